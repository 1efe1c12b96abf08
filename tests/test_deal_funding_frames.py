"""Investors and buyers the parser hangs away from the deal word (kg.deals.roles,
kg.deals.frames): sentences written for these tests, organisations given by hand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_deals import deals, roles

pytestmark = pytest.mark.model

NAMES = ("Zenith Labs", "Acme Capital", "Norte Ventures", "Norte Group", "Grupo Norte",
         "Lácteos Vidal", "Brisota")


def _found(nlp: Language, text: str) -> list[Deal]:
    return deals(nlp, text, tuple(n for n in NAMES if n in text))


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Labs closed a $10 million seed round, with Acme Capital and Norte Ventures "
        "participating.",
        "Zenith Labs raised $10 million in a round that included Acme Capital and Norte "
        "Ventures.",
    ],
)
def test_investors_named_around_the_round(en: Language, text: str) -> None:
    found = _found(en, text)
    assert [roles(d) for d in found] == [
        {"investee": {"Zenith Labs"}, "investor": {"Acme Capital", "Norte Ventures"}}
    ]


def test_investors_also_investing_beside_the_lead(en: Language) -> None:
    text = "Zenith Labs raised $10 million in a round led by Acme Capital, with Norte Ventures " \
        "and Norte Group also investing."
    found = _found(en, text)
    assert [roles(d) for d in found] == [
        {"investee": {"Zenith Labs"},
         "investor": {"Acme Capital", "Norte Ventures", "Norte Group"}}
    ]


def test_buying_the_remaining_stake_takes_the_company_over(en: Language) -> None:
    text = "Norte Group said it would buy the remaining 40% of Zenith Labs it does not own."
    found = _found(en, text)
    assert [(d.type, roles(d)) for d in found] == [
        ("Acquisition", {"acquirer": {"Norte Group"}, "target": {"Zenith Labs"}})
    ]


def test_with_an_investor_participating_after_raise(en: Language) -> None:
    found = _found(en, "Zenith Labs raised $10 million, with Acme Capital participating.")
    assert [roles(d) for d in found] == [
        {"investee": {"Zenith Labs"}, "investor": {"Acme Capital"}}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Norte Group completed the $30 million deal for Zenith Labs on Friday.",
        "Norte Group completed the deal for Zenith Labs on Friday.",
    ],
)
def test_a_definite_deal_for_a_company_is_its_purchase(en: Language, text: str) -> None:
    found = _found(en, text)
    assert [(d.type, roles(d)) for d in found] == [
        ("Acquisition", {"acquirer": {"Norte Group"}, "target": {"Zenith Labs"}})
    ]


def test_a_spanish_joint_venture_is_a_partnership(es: Language) -> None:
    found = _found(es, "Grupo Norte y Lácteos Vidal han constituido una joint venture.")
    assert [(d.type, roles(d)) for d in found] == [
        ("Partnership", {"partner": {"Grupo Norte", "Lácteos Vidal"}})
    ]


def test_paying_for_shares_is_no_takeover(en: Language) -> None:
    found = _found(en, "Norte Group paid $30 million for Zenith Labs shares.")
    assert all(d.type != "Acquisition" for d in found)


# -- controlling stakes and takeovers --------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Grupo Norte adquiere la mayoría de Lácteos Vidal."),
        ("es", "Grupo Norte ha tomado una participación mayoritaria en Lácteos Vidal."),
        ("es", "Grupo Norte ha elevado su participación en Lácteos Vidal hasta el 60%."),
        ("es", "Lácteos Vidal, que Grupo Norte compró en 2019, abrirá una planta."),
        ("en", "Norte Group picked up Zenith Labs for $20 million."),
    ],
)
def test_takeovers(es: Language, en: Language, lang: str, text: str) -> None:
    found = _found(es if lang == "es" else en, text)
    buyer, bought = ("Grupo Norte", "Lácteos Vidal") if lang == "es" else (
        "Norte Group", "Zenith Labs")
    assert [(d.type, roles(d)) for d in found] == [
        ("Acquisition", {"acquirer": {buyer}, "target": {bought}})
    ]


def test_a_minority_stake_taken_stays_an_investment(es: Language) -> None:
    found = _found(es, "Grupo Norte ha tomado una participación minoritaria en Lácteos Vidal.")
    assert [d.type for d in found] == ["Investment"]


def test_picking_up_the_phone_is_no_deal(en: Language) -> None:
    assert _found(en, "Norte Group picked up the phone.") == []


# -- an unknown name in a deal slot is a company (kg.entities.retype) ---------------------


@pytest.mark.parametrize(
    ("text", "type_", "role"),
    [
        ("Acme Capital took control of Brisota in 2020.", "Acquisition", "acquirer"),
        ("Acme Capital offloaded Brisota in 2020.", "Acquisition", "seller"),
    ],
)
def test_a_name_the_model_takes_for_a_place_in_a_takeover_slot(
    en: Language, text: str, type_: str, role: str
) -> None:
    found = deals(en, text)
    assert [(d.type, roles(d)) for d in found] == [
        (type_, {role: {"Acme Capital"}, "target": {"Brisota"}})
    ]


def test_a_town_taken_control_of_stays_a_place(en: Language) -> None:
    doc = en("Rebels took control of Kherson in 2022.")
    assert [e.name for e in doc._.kg_entities] == []


def test_a_name_before_a_spanish_trigger_verb_is_its_subject(es: Language) -> None:
    """The parser read "Farmavida" as the object and "Brezo Pharma" as the subject."""
    found = deals(es, "Laboratorios Farmavida ganó 10 millones. Farmavida compró Brezo Pharma "
                  "en marzo.")
    assert [roles(d) for d in found] == [
        {"acquirer": {"Laboratorios Farmavida"}, "target": {"Brezo Pharma"}}
    ]


# -- Spanish stakes: "entrar en X con ...", "tomar el 20 % de X" ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Grupo Norte entra en Lácteos Vidal con una inversión de 5 millones de euros.",
        "Grupo Norte entra en Lácteos Vidal con un 20%.",
        "Grupo Norte ha tomado el 20% de Lácteos Vidal.",
    ],
)
def test_entering_a_company_or_taking_part_of_it_is_an_investment(
    es: Language, text: str
) -> None:
    found = _found(es, text)
    assert [(d.type, roles(d)) for d in found] == [
        ("Investment", {"investor": {"Grupo Norte"}, "investee": {"Lácteos Vidal"}})
    ]


def test_taking_most_of_a_company_is_a_takeover(es: Language) -> None:
    found = _found(es, "Grupo Norte ha tomado el 60% de Lácteos Vidal.")
    assert [(d.type, roles(d)) for d in found] == [
        ("Acquisition", {"acquirer": {"Grupo Norte"}, "target": {"Lácteos Vidal"}})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Grupo Norte entra en Portugal con una inversión de 5 millones de euros.",  # a market
        "Grupo Norte tomó la decisión de crecer en Portugal.",
    ],
)
def test_entering_a_market_or_taking_a_decision_is_no_deal(es: Language, text: str) -> None:
    assert _found(es, text) == []


# -- "backed by X", "X-backed Y": a named backer is an investor ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Brisota, which is backed by Acme Capital, makes sensors.",
        "Brisota, backed by Acme Capital, makes sensors.",
        "Acme Capital-backed Brisota makes sensors.",
    ],
)
def test_a_named_backer_is_an_investor(en: Language, text: str) -> None:
    found = _found(en, text)
    assert [(d.type, roles(d)) for d in found] == [
        ("Investment", {"investor": {"Acme Capital"}, "investee": {"Brisota"}})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Acme Capital backed the plan.",  # support, not money
        "The plan was backed by Norte Group.",
    ],
)
def test_backing_a_plan_is_no_investment(en: Language, text: str) -> None:
    assert _found(en, text) == []


def test_a_backer_named_beside_a_round_is_not_its_investor(en: Language) -> None:
    found = _found(en, "Acme Capital-backed Brisota raised $10 million from Norte Ventures.")
    assert [roles(d) for d in found] == [
        {"investor": {"Norte Ventures"}, "investee": {"Brisota"}}
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La startup Brisota cierra una ronda de 10 millones de euros con Acme Capital "
               "como inversor principal."),
        ("en", "Brisota closed a $10 million round with Acme Capital as lead investor."),
        ("en", "Brisota raised $10 million, with Acme Capital as lead investor."),
    ],
)
def test_with_x_as_investor(es: Language, en: Language, lang: str, text: str) -> None:
    found = _found(es if lang == "es" else en, text)
    assert [roles(d) for d in found] == [{"investor": {"Acme Capital"}, "investee": {"Brisota"}}]


def test_with_x_as_partner_is_no_investor(es: Language) -> None:
    text = "Brisota cierra una ronda de 10 millones de euros con Acme Capital como socio técnico."
    assert all("investor" not in roles(d) for d in _found(es, text))


@pytest.mark.parametrize(
    "text",
    [
        "Acme Capital is an investor in Norte Group.",
        "Acme Capital is the largest shareholder of Norte Group.",
    ],
)
def test_an_english_copular_investor(en: Language, text: str) -> None:
    found = _found(en, text)
    assert [(d.type, roles(d)) for d in found] == [
        ("Investment", {"investor": {"Acme Capital"}, "investee": {"Norte Group"}})
    ]


def test_investing_in_two_companies_is_two_investments(en: Language) -> None:
    found = _found(en, "Acme Capital has invested in Brisota and Zenith Labs.")
    assert sorted((d.type, frozenset(roles(d)["investee"])) for d in found) == [
        ("Investment", frozenset({"Brisota"})), ("Investment", frozenset({"Zenith Labs"}))
    ]
    assert all(roles(d)["investor"] == {"Acme Capital"} for d in found)


def test_a_round_of_one_sum_keeps_one_investee(en: Language) -> None:
    found = _found(en, "Acme Capital invested $10 million in Brisota and Zenith Labs.")
    assert len(found) == 1
