"""Session 38, lead: ``bench/amount_causes.py`` counts why gold amounts are missed and
why false amounts are published, by class, so closed halves can be read by counts."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import amount_causes  # noqa: E402

from kg.evaluate import MoneyValue  # noqa: E402


def money(currency: str, value: int | None = None, *, low: int | None = None) -> MoneyValue:
    return MoneyValue(currency, None if value is None else Decimal(value),
                      min_value=None if low is None else Decimal(low))


def test_each_reason_is_told_apart_in_one_article() -> None:
    gold = [money("CAD", 4_000_000), money("EUR", 2_500_000), money("GBP", 900_000),
            money("USD", 10_000_000), money("ARS", 70)]
    pred = [money("USD", 4_000_000),    # the same figure in another currency
            money("EUR", 2_500),        # a scale word lost
            money("GBP", 950_000),      # a figure near the gold one
            money("USD", 10_000_000),   # right
            money("USD", low=10_000_000),  # the right one published again as a bound
            money("JPY", 123)]          # no gold amount at all
    missed, false = amount_causes.article_causes(gold, pred)
    assert missed == {"currency": 1, "scale": 1, "near": 1, "absent": 1}
    assert false == {"currency": 1, "scale": 1, "near": 1, "twin": 1, "absent": 1}


def test_currency_misses_are_counted_by_the_codes_involved() -> None:
    gold = [money("CAD", 4_000_000), money("CAD", 7_000_000), money("USD", 3)]
    pred = [money("USD", 4_000_000), money("USD", 7_000_000), money("USD", 3)]
    assert amount_causes.currency_pairs(gold, pred) == {"CAD→USD": 2}


def test_a_matched_article_has_no_causes() -> None:
    gold = [money("EUR", 1_000_000), money("EUR", low=5_000)]
    pred = [money("EUR", 1_004_000), money("EUR", 5_000)]
    missed, false = amount_causes.article_causes(gold, pred)
    assert not missed and not false
    assert not amount_causes.currency_pairs(gold, pred)
