"""Session 24, wordings7: deals told in the press's own words that kg did not read.

- "X desembarca en el capital de Y", "irrumpe en el accionariado de Y con un 10 %",
  "aterriza en Y con la compra del 30 %": the verbs of arriving enter a company's capital
  as "entrar" does, and only so ([words] enter_verbs; kg.deals.frames._stake_acquired).
- "Y pasa a X por 12 millones de euros", "Y went to X for $40 million", "Y fell to X in a
  $40m deal": a named company gone to a named company for a stated price is a takeover
  (the commercial-transfer frame; kg.deals.possession.priced_buyer_arg). Not a price
  that falls, a defeat, an office handed on.
- "X bags Y in $40m deal": headline English for buying (a company its object).
- "X mejora su oferta por Y hasta 45 millones": "hasta" after a bid raised is the price
  the bid reached, never a cap (kg.money._RAISED_BID_RE).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from kg.money import find_money
from tests.test_deal_roles_es import deals_among, roles

FIRMS = ("Conservas Orbaneja", "Quesos Valdeprado", "Grupo Tobalina", "Pennock Mills",
         "Garrow Brewing", "Ashby Rovers", "Thornley Athletic")


def read(nlp: Language, text: str) -> list[tuple[str, dict[str, set[str]]]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, FIRMS)]


# -- verbs of arriving in a company's capital ----------------------------------------


@pytest.mark.parametrize("text", [
    "Conservas Orbaneja desembarca en el capital de Quesos Valdeprado.",
    "Conservas Orbaneja irrumpe en el accionariado de Quesos Valdeprado con un 12 %.",
    "Conservas Orbaneja aterrizó en el capital de Quesos Valdeprado con un 15 %.",
    "Conservas Orbaneja desembarca en Quesos Valdeprado con la compra del 25 % de su capital.",
])
def test_a_verb_of_arriving_in_a_companys_capital_is_an_investment(
    es: Language, text: str
) -> None:
    assert read(es, text) == [
        ("Investment", {"investor": {"Conservas Orbaneja"}, "investee": {"Quesos Valdeprado"}})
    ]


@pytest.mark.parametrize("text", [
    "Conservas Orbaneja aterrizó en Quesos Valdeprado con veinte camiones.",
    "Conservas Orbaneja irrumpe en el mercado con un 10 % de cuota.",
    "El avión de Conservas Orbaneja aterrizó en Burgos.",
])
def test_arriving_anywhere_else_is_no_investment(es: Language, text: str) -> None:
    assert read(es, text) == []


# -- a company gone to a company for a price -------------------------------------------


@pytest.mark.parametrize(("nlp_name", "text", "value"), [
    ("es", "Quesos Valdeprado pasa a Grupo Tobalina por 12 millones de euros.", 12_000_000),
    ("es", "Quesos Valdeprado, que pasa a Grupo Tobalina por 9 millones de euros, cierra el "
           "año en beneficios.", 9_000_000),
    ("en", "Garrow Brewing went to Pennock Mills for $40 million.", 40_000_000),
    ("en", "Garrow Brewing passes to Pennock Mills in a $35 million deal.", 35_000_000),
    ("en", "Garrow Brewing fell to Pennock Mills in a $30m deal.", 30_000_000),
])
def test_a_company_gone_to_a_company_for_a_price_is_taken_over(
    request: pytest.FixtureRequest, nlp_name: str, text: str, value: int
) -> None:
    nlp = request.getfixturevalue(nlp_name)
    buyer = "Grupo Tobalina" if nlp_name == "es" else "Pennock Mills"
    target = "Quesos Valdeprado" if nlp_name == "es" else "Garrow Brewing"
    found = [d for d in deals_among(nlp, text, FIRMS) if "frame:priced-transfer" in d.rules]
    assert [(d.type, roles(d), d.amount.value if d.amount else None) for d in found] == [
        ("Acquisition", {"acquirer": {buyer}, "target": {target}}, Decimal(value))
    ]


@pytest.mark.parametrize(("nlp_name", "text"), [
    ("en", "Shares of Garrow Brewing fell to $3."),
    ("en", "Ashby Rovers fell to Thornley Athletic on Sunday."),
    ("en", "Ashby Rovers fell to Thornley Athletic for the second time this season."),
    ("en", "Revenue at Garrow Brewing fell to $40 million."),
    ("en", "The contract went to Pennock Mills for $40 million."),
    ("en", "Garrow Brewing went to Pennock Mills for help."),
    ("es", "Quesos Valdeprado pasa a Grupo Tobalina."),
    ("es", "La presidencia de Quesos Valdeprado pasa a Grupo Tobalina."),
    ("es", "El precio pasa a 12 millones de euros."),
])
def test_no_price_or_no_company_gone_is_no_takeover(
    request: pytest.FixtureRequest, nlp_name: str, text: str
) -> None:
    assert read(request.getfixturevalue(nlp_name), text) == []


# -- a company bagged ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Pennock Mills bags Garrow Brewing in $40m deal",
    "Pennock Mills has bagged Garrow Brewing.",
])
def test_a_company_bagged_is_bought(en: Language, text: str) -> None:
    assert read(en, text) == [
        ("Acquisition", {"acquirer": {"Pennock Mills"}, "target": {"Garrow Brewing"}})
    ]


@pytest.mark.parametrize("text", [
    "Pennock Mills bagged two awards at the show.",
    "Pennock Mills bags record profit.",
])
def test_bagging_no_company_is_no_deal(en: Language, text: str) -> None:
    assert read(en, text) == []


# -- a bid raised "hasta" a price -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Conservas Orbaneja mejora su oferta por Quesos Valdeprado hasta 45 millones de euros.",
    "Conservas Orbaneja elevó su puja hasta los 45 millones de euros.",
])
def test_hasta_after_a_bid_raised_is_the_price_it_reached(text: str) -> None:
    (amount,) = find_money(text, "es")[0]
    assert (amount.value, amount.max_value) == (Decimal(45_000_000), None)


def test_hasta_without_a_bid_raised_is_still_a_cap() -> None:
    (amount,) = find_money("La oferta podrá alcanzar hasta 45 millones de euros.", "es")[0]
    assert (amount.value, amount.max_value) == (None, Decimal(45_000_000))
