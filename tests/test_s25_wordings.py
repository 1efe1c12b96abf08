"""Session 25, wordings8: deals told with verbs of no deal kind of their own.

- "X pone a la venta Y", "X puso Y en venta", "X put Y up for sale": a sale its seller
  announces (kg.deals.market, frame:put-up-for-sale), announced whatever the tense of
  putting; never denied, never a thing that is no company.
- "X se adjudica Y por 12 millones", "X se alza con Y": a company won is taken over
  (frame:company-won); not "se adjudica la victoria", "se alzó con el título".
- "X sale del capital de Y", "X abandona el accionariado de Y": a stake sold, its buyer
  unsaid (frame:capital-left); "abandonar" there ends no deal.
- "Y no está en venta", "Y is not for sale": no sale; "Y está en venta": announced.
- "X da entrada a Y en su capital": Y invests in X (frame:let-into-capital); "en el
  capital de Z": in Z, X selling.
- "its $40m bid for Y": the parser's auxiliary "'m" read in the amount's scale letter
  makes no passive of the bid (kg.deals.syntax.is_passive): its subject bids.
- "X amplía su participación en Y": the lemmatiser's "amplíar" (the stress mark of the
  present carried into the infinitive) is "ampliar" (kg.deals.conjugation).
- "X lands Y for $40 million", "X scoops Y for $40m": headline verbs of getting, a
  takeover only with a company their object and a price (frame:landed-for-a-price).
- "X pasará a controlar el 60 % de Y": coming to hold a part of a named company buys
  it, a majority a takeover (frame:part-to-hold); never without the percentage.
- "X sale del capital de Y tras vender su 20 % a Z": a percentage the seller's
  possessive is on is its holding in another company, never a part of itself
  (kg.deals.roles._own_stake).
- "Acme swoops on Y", "Acme bids for Y", "Acme invests in Y": an English headline's
  present tense the parser tagged a plural noun and made the root is the verb
  (kg.deals.linear._headline_verb); "swoops on the rebound", "swoops on Y striker" take
  over nothing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

FIRMS = ("Harinas Tormes", "Lácteos Ucieza", "Grupo Arlanzón", "Brenton Capital",
         "Tolland Dairies", "Ashby Rovers", "Thornley Athletic")


def read(nlp: Language, text: str) -> list[tuple[str, str | None, dict[str, set[str]]]]:
    return [(d.type, d.status, roles(d)) for d in deals_among(nlp, text, FIRMS)]


# -- a company put up for sale ---------------------------------------------------------


@pytest.mark.parametrize(("nlp_name", "text"), [
    ("es", "Harinas Tormes pone a la venta Lácteos Ucieza."),
    ("es", "Harinas Tormes ha puesto a la venta Lácteos Ucieza."),
    ("es", "Harinas Tormes puso Lácteos Ucieza en venta."),
    ("es", "Harinas Tormes saca a la venta Lácteos Ucieza."),
    ("en", "Harinas Tormes puts Lácteos Ucieza up for sale."),
    ("en", "Harinas Tormes has put Lácteos Ucieza up for sale."),
])
def test_a_company_put_up_for_sale_is_an_announced_sale(
    request: pytest.FixtureRequest, nlp_name: str, text: str
) -> None:
    assert read(request.getfixturevalue(nlp_name), text) == [
        ("Acquisition", "Announced", {"seller": {"Harinas Tormes"}, "target": {"Lácteos Ucieza"}})
    ]


@pytest.mark.parametrize(("nlp_name", "text"), [
    ("es", "Harinas Tormes saca a la venta su participación en Lácteos Ucieza."),
    ("en", "Harinas Tormes put its stake in Lácteos Ucieza up for sale."),
])
def test_a_stake_put_up_for_sale_is_an_announced_stake_sale(
    request: pytest.FixtureRequest, nlp_name: str, text: str
) -> None:
    assert read(request.getfixturevalue(nlp_name), text) == [
        ("Investment", "Announced", {"seller": {"Harinas Tormes"}, "investee": {"Lácteos Ucieza"}})
    ]


@pytest.mark.parametrize(("nlp_name", "text"), [
    ("es", "Harinas Tormes no pone a la venta Lácteos Ucieza."),
    ("es", "Harinas Tormes pone a la venta sus pisos en Lácteos Ucieza."),
    ("es", "Harinas Tormes puso a la venta sus productos en las tiendas de Lácteos Ucieza."),
    ("en", "Harinas Tormes put its headquarters up for sale, Lácteos Ucieza said."),
    ("en", "Harinas Tormes did not put Lácteos Ucieza up for sale."),
])
def test_nothing_or_no_company_put_up_for_sale_is_no_deal(
    request: pytest.FixtureRequest, nlp_name: str, text: str
) -> None:
    assert read(request.getfixturevalue(nlp_name), text) == []


@pytest.mark.parametrize(("nlp_name", "text"), [
    ("es", "Lácteos Ucieza no está en venta, dijo Harinas Tormes."),
    ("en", "Tolland Dairies is not for sale, Harinas Tormes said."),
])
def test_a_company_denied_to_be_for_sale_is_no_sale(
    request: pytest.FixtureRequest, nlp_name: str, text: str
) -> None:
    assert read(request.getfixturevalue(nlp_name), text) == []


def test_a_company_for_sale_is_an_announced_sale_not_a_done_one(es: Language) -> None:
    assert [s for _, s, _ in read(es, "Lácteos Ucieza está en venta, dijo Harinas Tormes.")] == [
        "Announced"
    ]


# -- a company won ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Grupo Arlanzón se adjudica Lácteos Ucieza por 12 millones de euros.",
    "Grupo Arlanzón se alza con Lácteos Ucieza por 12 millones de euros.",
])
def test_a_company_won_is_taken_over(es: Language, text: str) -> None:
    found = deals_among(es, text, FIRMS)
    assert [(d.type, roles(d), d.amount.value if d.amount else None) for d in found] == [
        ("Acquisition", {"acquirer": {"Grupo Arlanzón"}, "target": {"Lácteos Ucieza"}},
         Decimal(12_000_000))
    ]


def test_a_company_won_in_the_perfect_is_completed(es: Language) -> None:
    assert read(es, "Grupo Arlanzón se ha adjudicado Lácteos Ucieza.") == [
        ("Acquisition", "Completed", {"acquirer": {"Grupo Arlanzón"}, "target": {"Lácteos Ucieza"}})
    ]


@pytest.mark.parametrize("text", [
    "Grupo Arlanzón se adjudica la victoria ante Lácteos Ucieza.",
    "Grupo Arlanzón se alzó con el título ante Lácteos Ucieza.",
    "Grupo Arlanzón no se adjudica Lácteos Ucieza.",
])
def test_winning_no_company_is_no_takeover(es: Language, text: str) -> None:
    assert read(es, text) == []


def test_a_contract_won_stays_a_contract(es: Language) -> None:
    found = read(es, "Grupo Arlanzón se adjudica el contrato de limpieza de Lácteos Ucieza.")
    assert [t for t, _, _ in found] == ["PurchaseAgreement"]


# -- a company's capital left -----------------------------------------------------------


@pytest.mark.parametrize(("text", "status"), [
    ("Harinas Tormes sale del capital de Lácteos Ucieza.", "Completed"),
    ("Harinas Tormes abandona el accionariado de Lácteos Ucieza.", "Completed"),
    ("Harinas Tormes abandonará el capital de Lácteos Ucieza.", "Announced"),
])
def test_a_companys_capital_left_is_a_stake_sold(es: Language, text: str, status: str) -> None:
    assert read(es, text) == [
        ("Investment", status, {"seller": {"Harinas Tormes"}, "investee": {"Lácteos Ucieza"}})
    ]


@pytest.mark.parametrize("text", [
    "Harinas Tormes salió de la crisis gracias a Lácteos Ucieza.",
    "Harinas Tormes abandona el capital riesgo por Lácteos Ucieza.",
    "Harinas Tormes no sale del capital de Lácteos Ucieza.",
])
def test_leaving_anything_else_is_no_stake_sold(es: Language, text: str) -> None:
    assert read(es, text) == []


# -- a part of a company come to be held --------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Harinas Tormes pasará a controlar el 60 % de Lácteos Ucieza.",
     ("Acquisition", "Announced", {"acquirer": {"Harinas Tormes"}, "target": {"Lácteos Ucieza"}})),
    ("Harinas Tormes pasará a poseer el 20 % de Lácteos Ucieza.",
     ("Investment", "Announced", {"investor": {"Harinas Tormes"}, "investee": {"Lácteos Ucieza"}})),
])
def test_a_part_come_to_be_held_is_bought(
    es: Language, text: str, expected: tuple[str, str, dict[str, set[str]]]
) -> None:
    assert read(es, text) == [expected]


@pytest.mark.parametrize("text", [
    "Harinas Tormes pasará a controlar Lácteos Ucieza.",
    "Harinas Tormes pasará a tener el 40 % del mercado ante Lácteos Ucieza.",
    "Harinas Tormes no pasará a controlar el 60 % de Lácteos Ucieza.",
])
def test_control_with_no_part_of_a_company_is_no_deal(es: Language, text: str) -> None:
    assert read(es, text) == []


# -- the seller's own percentage ----------------------------------------------------------


def test_the_sellers_percentage_is_its_stake_in_the_company_left(es: Language) -> None:
    text = ("Harinas Tormes sale del capital de Lácteos Ucieza tras vender su 20 % a Grupo "
            "Arlanzón.")
    assert [(t, r) for t, _, r in read(es, text)] == [
        ("Investment", {"seller": {"Harinas Tormes"}, "investor": {"Grupo Arlanzón"},
                        "investee": {"Lácteos Ucieza"}})
    ]


def test_a_percentage_sold_with_no_possessive_is_of_the_seller(es: Language) -> None:
    assert [(t, r) for t, _, r in read(es, "Harinas Tormes vendió un 20 % a Grupo Arlanzón.")] == [
        ("Investment", {"investor": {"Grupo Arlanzón"}, "investee": {"Harinas Tormes"}})
    ]


# -- an English headline's present tense tagged a noun ------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Brenton Capital swoops on Tolland Dairies.",
     ("Acquisition", {"acquirer": {"Brenton Capital"}, "target": {"Tolland Dairies"}})),
    ("Brenton Capital swoops on Tolland Dairies in a $40m deal.",
     ("Acquisition", {"acquirer": {"Brenton Capital"}, "target": {"Tolland Dairies"}})),
    ("Brenton Capital bids for Tolland Dairies.",
     ("Acquisition", {"acquirer": {"Brenton Capital"}, "target": {"Tolland Dairies"}})),
    ("Brenton Capital invests in Tolland Dairies.",
     ("Investment", {"investor": {"Brenton Capital"}, "investee": {"Tolland Dairies"}})),
    ("Brenton Capital merges with Tolland Dairies.",
     ("Merger", {"partner": {"Brenton Capital", "Tolland Dairies"}})),
])
def test_a_headline_verb_tagged_a_noun_is_read_as_the_verb(
    en: Language, text: str, expected: tuple[str, dict[str, set[str]]]
) -> None:
    assert [(t, r) for t, _, r in read(en, text)] == [expected]


@pytest.mark.parametrize("text", [
    "The striker swoops on the rebound.",
    "Ashby Rovers swoops on Thornley Athletic striker.",
    "Brenton Capital invests in new plant.",
])
def test_swooping_on_no_company_is_no_takeover(en: Language, text: str) -> None:
    assert read(en, text) == []


# -- a company landed for a price -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Brenton Capital lands Tolland Dairies for $40 million.",
    "Brenton Capital scoops Tolland Dairies for $40m.",
    "Brenton Capital has netted Tolland Dairies in a $40m deal.",
])
def test_a_company_landed_for_a_price_is_taken_over(en: Language, text: str) -> None:
    found = deals_among(en, text, FIRMS)
    assert [(d.type, roles(d), d.amount.value if d.amount else None) for d in found] == [
        ("Acquisition", {"acquirer": {"Brenton Capital"}, "target": {"Tolland Dairies"}},
         Decimal(40_000_000))
    ]


@pytest.mark.parametrize("text", [
    "Brenton Capital landed Tolland Dairies as a client.",
    "Brenton Capital nets $5m from Tolland Dairies.",
    "Brenton Capital scoops an award for Tolland Dairies.",
])
def test_landing_no_company_or_no_price_is_no_takeover(en: Language, text: str) -> None:
    assert read(en, text) == []


def test_a_contract_landed_stays_a_contract(en: Language) -> None:
    found = read(en, "Brenton Capital lands a $40m contract from Tolland Dairies.")
    assert [t for t, _, _ in found] == ["PurchaseAgreement"]


# -- a stressed present's infinitive ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Grupo Arlanzón amplía su participación en Lácteos Ucieza hasta el 30 %.",
    "Grupo Arlanzón amplía hasta el 30 % su participación en Lácteos Ucieza.",
])
def test_a_stake_raised_with_a_stressed_present_is_an_investment(es: Language, text: str) -> None:
    assert [(t, r) for t, _, r in read(es, text)] == [
        ("Investment", {"investor": {"Grupo Arlanzón"}, "investee": {"Lácteos Ucieza"}})
    ]


def test_the_infinitive_of_a_stressed_present_has_no_stress_mark(es: Language) -> None:
    doc = es("Grupo Arlanzón amplía su participación en Lácteos Ucieza.")
    assert [t.lemma_ for t in doc if t.lower_ == "amplía"] == ["ampliar"]


# -- a company let into a capital -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Grupo Arlanzón da entrada a Harinas Tormes en su capital con un 20 %.",
    "Grupo Arlanzón dio entrada en su capital a Harinas Tormes.",
])
def test_a_company_let_into_its_capital_takes_an_investment(es: Language, text: str) -> None:
    assert [(t, r) for t, _, r in read(es, text)] == [
        ("Investment", {"investee": {"Grupo Arlanzón"}, "investor": {"Harinas Tormes"}})
    ]


def test_a_holder_letting_a_company_into_anothers_capital_sells(es: Language) -> None:
    text = "Grupo Arlanzón da entrada a Harinas Tormes en el capital de Lácteos Ucieza."
    assert [(t, r) for t, _, r in read(es, text)] == [
        ("Investment", {"investee": {"Lácteos Ucieza"}, "investor": {"Harinas Tormes"},
                        "seller": {"Grupo Arlanzón"}})
    ]


@pytest.mark.parametrize("text", [
    "Grupo Arlanzón da entrada a nuevos productos de Harinas Tormes.",
    "Grupo Arlanzón no dará entrada a Harinas Tormes en su capital.",
    "Grupo Arlanzón da entrada a Harinas Tormes en su consejo.",
])
def test_letting_in_anywhere_else_is_no_investment(es: Language, text: str) -> None:
    assert read(es, text) == []


# -- an amount's scale letter is no passive auxiliary --------------------------------------


@pytest.mark.parametrize("text", [
    "Brenton Capital has abandoned its $40m bid for Tolland Dairies.",
    "Brenton Capital walked away from its $40m bid for Tolland Dairies.",
])
def test_a_bid_after_an_amounts_scale_letter_is_its_bidders(en: Language, text: str) -> None:
    assert read(en, text) == [
        ("Acquisition", "Cancelled",
         {"acquirer": {"Brenton Capital"}, "target": {"Tolland Dairies"}})
    ]


def test_a_passive_stays_passive(en: Language) -> None:
    assert [r for _, _, r in read(en, "Brenton Capital was bought by Tolland Dairies.")] == [
        {"acquirer": {"Tolland Dairies"}, "target": {"Brenton Capital"}}
    ]
