"""False deals of session 17 (helper falsepos, issue #13): guards a deal must pass to be
published (kg.deals.guards, and word classes under "false deals" in
lexicon/deals.toml). Sentences written for these tests, with invented companies; each
guard has a case it removes and a case of the same words that is still a deal.

- money is no party: a currency sign read as a name ("invertir B/. 240 millones");
- a stock exchange is no antecedent of "it" or "la aerolínea", and a party only where
  its deal's sentence names it;
- a person merges with no company ("asked about a merger with Y, X said");
- whoever blocks or thwarts an attempt is not the buyer of the deal attempted;
- capacity obtained ("obtuvo 200 MW", "2 x 10 MHz") is bought, not raised;
- a levy or royalty paid ("un canon anual", "royalties") and a result a company
  reports ("un resultado bruto de explotación de 300 millones") are no price.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


def names(found: list[Deal]) -> set[str]:
    return {ref.name for d in found for _, ref in d.roles}


def of_type(found: list[Deal], kind: str) -> list[Deal]:
    return [d for d in found if d.type == kind]


# -- money is no party ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "La concesionaria Vialta Norte deberá invertir B/. 240 millones en la nueva autopista.",
    "El contrato obliga a Vialta Norte a invertir B/. 240 millones en una nueva terminal "
    "y a pagar al Estado un canon anual de B/. 5 millones.",
])
def test_currency_sign_is_no_party(es: Language, text: str) -> None:
    assert "B/." not in names(deals(es, text))


def test_money_in_a_deal_with_named_parties_stays(es: Language) -> None:
    found = deals(es, "El fondo Cumbral Capital invirtió B/. 40 millones en la naviera "
                      "Portobelo Lines.")
    (deal,) = of_type(found, "Investment")
    assert parties(deal, "investor") == {"Cumbral Capital"}
    assert parties(deal, "investee") == {"Portobelo Lines"}
    assert deal.amount is not None and deal.amount.currency == "PAB"


# -- a stock exchange is no antecedent -----------------------------------------------


def test_exchange_is_not_what_it_refers_to(en: Language) -> None:
    found = deals(en, "Investors cheered the plan. The shares of Varuna Textiles closed 5% "
                      "higher on the NSE. In 2021 it acquired Kettle Hill Mills for ₹900 "
                      "crore.")
    (deal,) = of_type(found, "Acquisition")
    assert parties(deal, "acquirer") == {"Varuna Textiles"}
    assert parties(deal, "target") == {"Kettle Hill Mills"}


def test_exchange_told_to_is_not_a_description_s_company(es: Language) -> None:
    found = deals(es, "Tornavía informó a la Bolsa Mexicana de Valores de su plan. La "
                      "aerolínea firmó un contrato de mantenimiento con Hidrolúmen por 50 "
                      "millones de dólares.")
    assert "Bolsa Mexicana de Valores" not in names(found)


def test_exchange_named_as_buyer_stays(en: Language) -> None:
    found = deals(en, "Nasdaq agreed to buy Veldrin Analytics for $2 billion.")
    (deal,) = of_type(found, "Acquisition")
    assert parties(deal, "acquirer") == {"Nasdaq"}


# -- a person merges with no company -------------------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Asked about reports of a merger with Caldera Telecom, Aisha Rahmani said: "
           "\"We are not talking to anyone.\""),
    ("en", "Quizzed about a possible merger with Orbis Retail, Daniel Okoro said the "
           "board had not discussed it."),
    ("es", "Preguntado por una posible fusión con Telvia, Marcos Ibarra dijo que no hay "
           "conversaciones."),
])
def test_speaker_is_no_merger_partner(
    request: pytest.FixtureRequest, lang: str, text: str
) -> None:
    found = deals(request.getfixturevalue(lang), text)
    assert not any(
        ref.kind == "person" for d in of_type(found, "Merger") for _, ref in d.roles
    )


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Caldera Telecom and Brisa Mobile are in talks about a merger, the companies "
           "said.", {"Caldera Telecom", "Brisa Mobile"}),
    ("es", "Telvia y Conexa Andina negocian una fusión, según fuentes del sector.",
     {"Telvia", "Conexa Andina"}),
])
def test_merger_of_two_companies_stays(
    request: pytest.FixtureRequest, lang: str, text: str, pair: set[str]
) -> None:
    (deal,) = of_type(deals(request.getfixturevalue(lang), text), "Merger")
    assert parties(deal, "partner") == pair


# -- capacity obtained is bought, not raised -----------------------------------------


@pytest.mark.parametrize("text", [
    "Conexa Andina, por su parte, obtuvo 2 x 10 MHz en la banda de 700 MHz por $ 96 "
    "millones.",
    "Energía Pampa obtuvo 200 MW en la subasta por 80 millones de dólares.",
])
def test_capacity_obtained_is_no_funding(es: Language, text: str) -> None:
    assert not of_type(deals(es, text), "Investment")


def test_money_obtained_in_a_round_is_funding(es: Language) -> None:
    found = deals(es, "Conexa Andina obtuvo 96 millones de dólares en una ronda liderada por "
                      "Fondo Cóndor.")
    (deal,) = of_type(found, "Investment")
    assert parties(deal, "investee") == {"Conexa Andina"}
    assert parties(deal, "investor") == {"Fondo Cóndor"}


# -- levies, royalties and results are no price --------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La operadora Aerovista pagará al Estado un canon anual de 3 millones de euros "
           "por la concesión."),
    ("en", "Veltra Pharma will pay Orvis Labs royalties of $3 million a year."),
])
def test_levy_or_royalty_paid_is_no_purchase(
    request: pytest.FixtureRequest, lang: str, text: str
) -> None:
    assert not of_type(deals(request.getfixturevalue(lang), text), "PurchaseAgreement")


def test_payment_for_a_unit_stays(en: Language) -> None:
    found = deals(en, "Veltra Pharma paid Orvis Labs $30 million for its Quench software unit.")
    (deal,) = of_type(found, "PurchaseAgreement")
    assert parties(deal, "buyer") == {"Veltra Pharma"}


def test_result_obtained_is_no_funding(es: Language) -> None:
    found = deals(es, "Ebrolux obtuvo un resultado bruto de explotación de 300 millones de "
                      "euros en 2025.")
    assert not of_type(found, "Investment")


def test_money_obtained_from_a_fund_stays(es: Language) -> None:
    found = deals(es, "Ebrolux obtuvo 30 millones de euros en una ronda de financiación "
                      "liderada por Fondo Moncayo.")
    (deal,) = of_type(found, "Investment")
    assert parties(deal, "investor") == {"Fondo Moncayo"}


# -- whoever stops an attempt did not make it ----------------------------------------


@pytest.mark.parametrize(("lang", "text", "agent"), [
    ("es", "La Comisión Federal de Competencia bloqueó el intento de Grupo Ortega de "
           "comprar Banco Tolima.", {"Grupo Ortega"}),
    ("es", "La Comisión Nacional de Valores frenó el intento de Grupo Ortega de quedarse "
           "con Banco Tolima.", {"Grupo Ortega"}),
    ("es", "En 2019, la Superintendencia de Bancos frenó su intento de quedarse con el "
           "Banco Tolima, según allegados.", set()),
    ("en", "In 2019, regulators at the Federal Trade Commission thwarted his attempt to "
           "acquire Ridgeline Foods.", set()),
])
def test_blocker_is_not_the_buyer(
    request: pytest.FixtureRequest, lang: str, text: str, agent: set[str]
) -> None:
    found = of_type(deals(request.getfixturevalue(lang), text), "Acquisition")
    acquirers = {name for d in found for name in parties(d, "acquirer")}
    assert acquirers == agent


def test_attempt_of_the_subject_keeps_its_buyer(en: Language) -> None:
    found = deals(en, "Halvorsen Group launched an attempt to buy Ridgeline Foods for "
                      "$600 million.")
    (deal,) = of_type(found, "Acquisition")
    assert parties(deal, "acquirer") == {"Halvorsen Group"}
