"""Session 24, unread6: deals whose parties and deal word stand in one sentence that kg
did not read.

- "selló un contrato de compra de créditos de carbono con Y": a credit
  qualified as an emission allowance is goods, not lending; the contract is no debt
  issue (kg.deals.frames._is_financing).
- "un acuerdo para comprarle electricidad al parque solar de Y", "to buy electricity
  from the wind park of Y": a plant that names no company stands for its owner, who sells
  (kg.deals.longform.facility_owner_sells).
- "X metió / puso 2 millones de euros en Y": "poner" with money as its object and a
  company it goes into is an investment, as "meter" and "put" are.
- "X estaría en conversaciones avanzadas para ser comprada por Y", "X está en conversaciones
  para comprar Y": the subject of the copular predicate whose noun the purpose
  infinitive complements controls it; a passive infinitive ("ser adquirida") heads a
  clause of its own, not a participle describing a noun, and is no past form
  (kg.deals.roles._noun_controller, kg.deals.syntax.is_past).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

FIRMS = ("Tambo Real Hostales", "Cruceros Ucayali", "Hostales Ucayali",
         "Hollin Capital", "Marlow Estates", "Tarrant Royalty", "Boyd Prospecting",
         "Dunmore Foods", "Aerona Industries", "Reforestadora Pampa Alta",
         "Transportes Aéreos Cierzo",
         "Banco Cierzo", "Aguas del Valle Ralco", "Solar Quilmes", "Ralco Water",
         "Quilmes Solar", "Inversiones Larraga", "Zorrotza Robotics")


def read(nlp: Language, text: str) -> list[tuple[str, dict[str, set[str]]]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, FIRMS)]


def test_what_the_goods_were_leased_from_sells_nothing(en: Language) -> None:
    # "from" inside a clause about the goods: who leased them, not who sold them
    assert read(en, "Hollin Capital bought a warehouse it had leased from Marlow Estates.") == []


def test_a_seller_told_on_the_verb_is_not_read_twice(en: Language) -> None:
    found = deals_among(
        en, "Hollin Capital bought the office tower from Marlow Estates for $40 million.", FIRMS
    )
    assert [roles(d) for d in found] == [
        {"acquirer": {"Hollin Capital"}, "seller": {"Marlow Estates"}}
    ]


def test_a_contract_for_carbon_credits_is_no_debt_issue(es: Language) -> None:
    found = read(es, "Reforestadora Pampa Alta selló un contrato de compra de créditos "
                     "de carbono con Transportes Aéreos Cierzo.")
    assert [(t, set().union(*r.values())) for t, r in found] == [
        ("PurchaseAgreement", {"Reforestadora Pampa Alta", "Transportes Aéreos Cierzo"})
    ]


def test_a_credit_contract_with_a_bank_is_still_lending(es: Language) -> None:
    assert read(es, "Reforestadora Pampa Alta firmó un contrato de créditos con Banco "
                    "Cierzo.") == []


@pytest.mark.parametrize("lang,text", [
    ("es", "Aguas del Valle Ralco suscribió en octubre un acuerdo a 15 años para comprarle "
           "electricidad al parque solar de Solar Quilmes, por unos 72 millones de euros."),
    ("en", "Ralco Water signed a 15-year contract to buy electricity from the wind park "
           "of Quilmes Solar."),
])
def test_a_plant_bought_from_stands_for_its_owner(
    es: Language, en: Language, lang: str, text: str
) -> None:
    nlp = es if lang == "es" else en
    (found,) = deals_among(nlp, text, FIRMS)
    buyer, seller = ("Aguas del Valle Ralco", "Solar Quilmes") if lang == "es" else (
        "Ralco Water", "Quilmes Solar")
    assert (found.type, roles(found)) == (
        "PurchaseAgreement", {"buyer": {buyer}, "seller": {seller}}
    )
    assert "parties:facility-owner-sells" in found.rules


def test_a_plant_bought_outright_keeps_its_seller(es: Language) -> None:
    # a plant as what is bought, not as the one bought from: the frame's own reading
    found = deals_among(es, "Aguas del Valle Ralco compró la planta de Solar Quilmes.", FIRMS)
    assert [roles(d) for d in found] == [
        {"acquirer": {"Aguas del Valle Ralco"}, "seller": {"Solar Quilmes"}}
    ]
    assert all("parties:facility-owner-sells" not in d.rules for d in found)


@pytest.mark.parametrize("text", [
    "Inversiones Larraga puso 2 millones de euros en la empresa Zorrotza Robotics en 2015.",
    "Inversiones Larraga metió 2 millones de euros en la empresa Zorrotza Robotics en 2015.",
])
def test_money_put_into_a_company_is_an_investment(es: Language, text: str) -> None:
    assert read(es, text) == [
        ("Investment", {"investor": {"Inversiones Larraga"}, "investee": {"Zorrotza Robotics"}})
    ]


@pytest.mark.parametrize("text", [
    "Inversiones Larraga puso en marcha la planta de Zorrotza Robotics con 3 millones de "
    "euros.",
    "Inversiones Larraga puso a la venta su participación en Zorrotza Robotics.",
])
def test_putting_no_money_into_a_company_is_no_investment(es: Language, text: str) -> None:
    assert all("frame:invest_v(poner)" not in d.rules for d in deals_among(es, text, FIRMS))


@pytest.mark.parametrize("text", [
    "Tambo Real Hostales estaría en conversaciones avanzadas para ser comprada por la "
    "naviera Cruceros Ucayali.",
    "La empresa Tambo Real Hostales está en conversaciones para ser comprada por la naviera "
    "Cruceros Ucayali.",
])
def test_the_subject_in_talks_controls_a_passive_infinitive(es: Language, text: str) -> None:
    found = deals_among(es, text, FIRMS)
    assert [(d.type, roles(d), d.status) for d in found] == [
        ("Acquisition", {"acquirer": {"Cruceros Ucayali"}, "target": {"Tambo Real Hostales"}},
         "InNegotiation")
    ]


def test_the_subject_in_talks_controls_an_active_infinitive(es: Language) -> None:
    # (read before as well: the active infinitive keeps its reading)
    assert read(es, "Tambo Real Hostales está en conversaciones para comprar la cadena Hostales "
                    "Ucayali.") == [
        ("Acquisition", {"acquirer": {"Tambo Real Hostales"}, "target": {"Hostales Ucayali"}})
    ]


def test_a_passive_told_in_the_past_is_still_done(es: Language) -> None:
    (found,) = deals_among(es, "Tambo Real Hostales fue adquirida por la naviera Cruceros Ucayali.",
                           FIRMS)
    assert found.status == "Completed"
