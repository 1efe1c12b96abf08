"""Session 38, lead: ``bench/amount_causes.py`` counts why gold amounts are missed and
why false amounts are published, by class, so closed halves can be read by counts."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import amount_causes  # noqa: E402
from spacy.language import Language  # noqa: E402

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


# A bare "$" in English copy set in a province, state or territory of Canada or
# Australia (ISO 3166-2) is that country's dollar, as it already was for the cities and
# exchanges kg named (kg.money._home_dollar: two names of the one country, nothing of the
# US, no other currency marked).

def _currencies(text: str) -> list[str]:
    from kg.money import find_money

    amounts, _ = find_money(text, "en")
    return [a.currency for a in amounts]


def test_a_story_set_in_two_provinces_counts_in_canadian_dollars() -> None:
    text = ("Brackenridge Seafoods, a lobster processor in Prince Edward Island, will "
            "sell its smokehouse to Quillon Foods for $4.2 million. Quillon already runs "
            "two plants in Nova Scotia.")
    assert _currencies(text) == ["CAD"]


def test_a_story_set_in_an_australian_state_counts_in_its_dollars() -> None:
    text = ("Tarrant Grain, a Queensland bulk handler, bought the Dalby silos from "
            "Merrow Farming for $18 million; Merrow keeps its Tasmania orchards.")
    assert _currencies(text) == ["AUD"]


def test_one_province_named_sets_nothing() -> None:
    text = "Brackenridge Seafoods of Prince Edward Island sold a smokehouse for $4.2 million."
    assert _currencies(text) == ["USD"]


def test_a_us_setting_keeps_the_us_dollar() -> None:
    text = ("Holloway Freight, which hauls grain from Saskatchewan and Manitoba to ports "
            "in Texas, raised $30 million from investors in New York.")
    assert _currencies(text) == ["USD"]


def test_a_state_named_like_cities_abroad_sets_nothing() -> None:
    text = ("The Victoria and Ontario growers' co-operative paid $2 million for "
            "packing sheds.")
    assert _currencies(text) == ["USD"]


def test_an_international_story_keeps_the_us_dollar() -> None:
    text = ("Alberta copper producer Verran Metals agreed to sell part of its mine in Peru "
            "to Korea's Daesan Smelting for $240 million; its mill stays in British Columbia.")
    assert _currencies(text) == ["USD"]


# A public body is named by its field and kind ("the Coastal Water Pricing Board"): a
# word that closes company names ("Water", a utility's, since people2) rules that
# reading out only as the field's last word, right before the kind (kg.entities.cues.
# _public_body; test_s12_entities keeps the company's own board).

def _org_names(nlp: Language, text: str) -> set[str]:
    doc = nlp(text)
    return {e.name for e in doc._.kg_entities or () if e.ref.kind == "org"}


def test_a_utility_word_inside_a_public_body_field(en: Language) -> None:
    text = "Regulators at the Coastal Water Pricing Board must still clear the offer."
    assert "Coastal Water Pricing Board" in _org_names(en, text)

