"""Deal amounts (session 15) on sentences written for three classes:

- an agreement named again, set off by a comma and an indefinite article, with its worth
  ("Acme signed an agreement with Beta to run its stores, a contract valued at $3
  million", "firmó un acuerdo con Beta para ..., un contrato valorado en 3 millones",
  "sellaron una alianza ..., un pacto valorado en 12 millones"): the worth is that
  agreement's amount (``amount:agreement-renamed`` in kg.deals.attach), and a contract or
  pact "valued at" a figure is worth it, not a company's valuation (``AGREEMENT_NOUNS``
  beside the deal nouns in ``_values_its_object``); a company named after the agreement
  and valued keeps its value to itself;
- a clause on a party where the party pays, a value put on the deal's company, or a
  clause on the deal noun itself gives the deal its figure (regression guards for a rule
  tried and left out: a figure in a clause on a party, "which is building a plant with
  $300 million of loans", is still taken as the price);
- a deposit paid on a contract is not its worth ("paid a $25 million deposit", "un
  depósito de 5 millones": ``not_price_words``), nor a sum per period ("£3m a season",
  "2 millones al año", "por temporada": ``_UNIT_RATE_RE``), while the contract's total is.

The organisations are given by hand, so that a miss of the entity component does not
hide what the amount rules do."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from kg.money import find_money
from tests.test_deals import deals

pytestmark = pytest.mark.model

ES = ("Arcadia", "Velia")
EN = ("Brantley", "Osgood")


def _nlp(es: Language, en: Language, lang: str) -> tuple[Language, tuple[str, str]]:
    return (es, ES) if lang == "es" else (en, EN)


@pytest.mark.parametrize("lang,text,value", [
    ("es", "Arcadia ha firmado un acuerdo con Velia para instalar su software en 200 tiendas "
           "durante cinco años, un contrato valorado en unos 3 millones de euros.", 3_000_000),
    ("es", "Arcadia y Velia sellaron una alianza para distribuir vinos en México, un pacto "
           "valorado en 12 millones de euros.", 12_000_000),
    ("en", "Brantley signed a ten-year agreement with Osgood to maintain its turbines, a "
           "contract valued at about $80 million.", 80_000_000),
    ("en", "Brantley agreed a licensing deal with Osgood for its vaccine, an agreement valued "
           "at up to $150 million.", 150_000_000),
])
def test_an_agreement_named_again_with_its_worth_takes_it(
    es: Language, en: Language, lang: str, text: str, value: int
) -> None:
    nlp, names = _nlp(es, en, lang)
    found = deals(nlp, text, names)
    assert found
    priced = [d for d in found if d.amount is not None]
    assert len(priced) == 1
    amount = priced[0].amount
    assert amount is not None
    assert Decimal(value) in (amount.value, amount.min_value, amount.max_value)
    assert priced[0].type in ("PurchaseAgreement", "Partnership")


@pytest.mark.parametrize("lang,text", [
    ("en", "Brantley signed a supply deal with Osgood, a startup valued at $2 billion."),
    ("es", "Arcadia firmó un contrato de suministro con Velia, una empresa valorada en 500 "
           "millones de euros."),
])
def test_a_company_valued_after_the_agreement_keeps_its_value(
    es: Language, en: Language, lang: str, text: str
) -> None:
    nlp, names = _nlp(es, en, lang)
    (deal,) = deals(nlp, text, names)
    assert deal.amount is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Brantley signed a reservation agreement with Osgood for its first reactor, for "
           "which Osgood paid a $25 million deposit."),
    ("es", "Arcadia firmó un contrato de reserva con Velia, que abonó un depósito de 5 "
           "millones de euros."),
])
def test_a_deposit_is_no_price(
    es: Language, en: Language, lang: str, text: str
) -> None:
    nlp, names = _nlp(es, en, lang)
    (deal,) = deals(nlp, text, names)
    assert deal.amount is None


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Brantley sold its pump unit to Osgood, which paid $50 million in cash.", 50_000_000),
    ("es", "Arcadia vendió su filial de envases a Velia, que pagó 50 millones de euros.",
     50_000_000),
    ("es", "Arcadia selló con Velia una asociación que llegará a valer 900 millones de euros.",
     900_000_000),
    # the price after the clause on the target, whatever the parser hangs it on
    ("es", "Arcadia comprará Velia, que opera una planta con un crédito de 60 millones de "
           "euros, por 400 millones de euros.", 400_000_000),
    ("en", "Brantley will buy Osgood, which runs a plant built with $60 million of state "
           "loans, for $400 million.", 400_000_000),
    ("es", "En 2022 el regulador bloqueó la compra de la distribuidora Velia por parte de la "
           "empresa Arcadia, valorada entonces en 300 millones de euros.", 300_000_000),
])
def test_a_clause_that_pays_values_or_tells_the_deal_keeps_its_figure(
    es: Language, en: Language, lang: str, text: str, value: int
) -> None:
    nlp, names = _nlp(es, en, lang)
    (deal,) = deals(nlp, text, names)
    assert deal.amount is not None
    assert deal.amount.value == Decimal(value)


@pytest.mark.parametrize("text", [
    "Arcadia firmó con Velia un contrato de patrocinio de cuatro años por 2 millones de euros "
    "al año.",
    "Arcadia firmó con Velia un contrato de patrocinio por 2 millones de euros por temporada.",
])
def test_a_sum_per_period_is_no_price(es: Language, text: str) -> None:
    (deal,) = deals(es, text, ES)
    assert deal.amount is None


def test_the_total_of_a_contract_is_its_price_beside_its_yearly_sum(en: Language) -> None:
    text = ("Brantley signed a five-year contract with Osgood worth £15m, or £3m a season.")
    found = [d for d in deals(en, text, EN) if d.amount is not None]
    assert [d.amount.value for d in found if d.amount] == [Decimal(15_000_000)]


@pytest.mark.parametrize("lang,text,value", [
    ("es", "Entregará baterías por valor de 300 millones de euros hasta 2029.", 300_000_000),
    ("es", "Suministrará gas por un importe de 45 millones de euros desde 2026 hasta 2031.",
     45_000_000),
])
def test_a_year_after_hasta_is_no_bound_of_a_range(lang: str, text: str, value: int) -> None:
    (amount,) = find_money(text, lang)[0]
    assert amount.value == Decimal(value)
    assert amount.max_value is None


@pytest.mark.parametrize("text,low,high", [
    ("Pagará entre 900 y 1.200 millones de euros.", 900_000_000, 1_200_000_000),
    ("La cifra irá de 900 hasta 1.200 millones de euros.", 900_000_000, 1_200_000_000),
])
def test_a_range_of_two_figures_stays_a_range(text: str, low: int, high: int) -> None:
    (amount,) = find_money(text, "es")[0]
    assert (amount.min_value, amount.max_value) == (Decimal(low), Decimal(high))
