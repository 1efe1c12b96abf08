"""Session 39, helper peryear (issue #13): a contract's value told per period.

- "a supply agreement worth an estimated £12 million a year", "por un valor de US$ 5
  millones por año", "El contrato asciende a 7 millones de euros al año": a figure per
  period of time told as what a contract is worth (a word of value before it or above
  it, or a contract noun above it) is the amount of the contract of supply or service
  (``kg.deals.attach.contract_value``, rule ``amount:contract-per-period``), in the
  sentence of the contract or in the next one that tells the contract back.
- A Spanish price per unit of measure ("4 euros por kilo", "25 euros por hectárea",
  "2,80 euros el kilo") is no deal's amount (``kg.deals.attach.unit_rate``, the units
  in ``measure_units``), as "per tonne" already was.
- Near misses: a price per unit ("£320 per tonne") stays off; a
  company's sales per year ("which sells £40 million of cheese a year", "que factura
  40 millones al año") are no contract's value; a fee per season is left out, and a
  fee per year on a sponsorship told as a partnership is no deal amount
  (``kg.deals.merge._publish``); the total of a contract beats its yearly sum.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from kg.facts import Deal


def _contracts(nlp: Language, text: str) -> list[Deal]:
    return [d for d in nlp(text)._.kg_deals if d.type == "PurchaseAgreement"]


def _amount(nlp: Language, text: str) -> Decimal | None:
    deals = _contracts(nlp, text)
    assert len(deals) == 1, deals
    amount = deals[0].amount
    return None if amount is None else amount.value


def test_english_contract_worth_per_year(en: Language) -> None:
    text = ("Pellbrook Grocers has signed a six-year supply agreement with Ostrava Creameries, "
            "worth an estimated £14 million a year.")
    assert _amount(en, text) == Decimal("14000000")
    assert "amount:contract-per-period" in _contracts(en, text)[0].rules


def test_english_contract_valued_per_year(en: Language) -> None:
    text = ("Tallow Water agreed to buy the output of a hydro plant from Merrin Power under "
            "a 12-year contract valued at about $25 million a year.")
    assert _amount(en, text) == Decimal("25000000")


def test_spanish_contract_value_por_ano(es: Language) -> None:
    text = ("Olivares del Tajo tiene además un contrato con la distribuidora belga Vanbree "
            "Foods para venderle aceite durante cinco años, por un valor de US$ 6 millones "
            "por año.")
    assert _amount(es, text) == Decimal("6000000")


def test_spanish_contract_amount_in_next_sentence(es: Language) -> None:
    text = ("Olivares del Tajo firmó un contrato de suministro con Vanbree Foods. "
            "El contrato asciende a 8 millones de euros al año.")
    assert _amount(es, text) == Decimal("8000000")


# -- near misses --------------------------------------------------------------------------


def test_price_per_tonne_is_no_contract_value(en: Language) -> None:
    text = ("Pellbrook Grocers signed a supply agreement with Ostrava Creameries to buy "
            "milk at £320 per tonne.")
    assert _amount(en, text) is None


def test_company_sales_per_year_are_no_contract_value(en: Language) -> None:
    text = ("Ostrava Creameries, which sells about £45 million of cheese a year, signed a "
            "supply agreement with Pellbrook Grocers.")
    assert _amount(en, text) is None


def test_spanish_annual_revenue_is_no_contract_value(es: Language) -> None:
    text = ("Olivares del Tajo, que factura 45 millones de euros al año, ha firmado un contrato "
            "de suministro con Vanbree Foods.")
    assert _amount(es, text) is None


@pytest.mark.parametrize("period", ["a season", "a year"])
def test_sponsorship_fee_per_period_is_no_deal_amount(en: Language, period: str) -> None:
    text = ("Kestrel Town announced a three-year shirt sponsorship deal with Vanbree Foods "
            f"worth £2m {period}.")
    deals = list(en(text)._.kg_deals)
    assert deals and all(d.amount is None for d in deals)


# -- a Spanish price per unit of measure ------------------------------------------------


def test_spanish_price_per_kilo_is_no_contract_amount(es: Language) -> None:
    text = ("Olivares del Tajo firmó un contrato con Vanbree Foods para venderle aceite "
            "a 4 euros por kilo.")
    assert _amount(es, text) is None


def test_spanish_fee_per_hectare_is_no_deal_amount(es: Language) -> None:
    text = ("Sensores Almanzora se alió en marzo con la Cooperativa Vega Alta para "
            "instalar sondas en sus fincas, que pagarán una cuota de 25 euros por hectárea.")
    deals = list(es(text)._.kg_deals)
    assert deals and all(d.amount is None for d in deals)


def test_spanish_contract_sum_is_still_its_amount(es: Language) -> None:
    # not followed by a unit of measure: the contract's price
    text = ("Olivares del Tajo firmó un contrato con Vanbree Foods para venderle su "
            "cosecha de aceite por 4 millones de euros.")
    assert _amount(es, text) == Decimal("4000000")


def test_bid_for_a_company_named_like_a_unit_keeps_its_price(es: Language) -> None:
    # "Caja" begins a savings bank's name: no unit of measure
    text = "Banco Olmedo presentó una oferta de 150 millones de euros por Caja Villamar."
    deals = list(es(text)._.kg_deals)
    assert any(d.amount is not None and d.amount.value == Decimal("150000000") for d in deals)


def test_total_of_a_contract_beats_its_yearly_sum(en: Language) -> None:
    text = ("Pellbrook Grocers signed a four-year supply contract with Ostrava Creameries "
            "worth £20m, or £5m a year.")
    assert _amount(en, text) == Decimal("20000000")
