"""A deal told as one before the deal of the article ("Osprey had also led Fennic's
previous round", "an earlier round", "la ronda anterior", "una ronda previa") is a deal
of its own: its mention is ``distinct`` (``kg.deals.syntax.is_earlier``), so merging
never folds it into the deal it names only part of. Not "first" or "original" ("the
original offer" is the bid later raised), nor an "earlier" that dates a verb's event
("bought a stake earlier this year"). Sentences written for these tests; they run the
installed pipelines (``model``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.syntax import is_earlier
from kg.facts import Deal
from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model

ROUND_EN = ("Quarry Lane Ventures led a $45 million round in Fennic Labs, joined by Osprey "
            "Partners. ")
ROUND_ES = ("El fondo Ríos Capital lideró una ronda de 30 millones de euros en la startup Bitácora "
            "Salud, con la participación de Nexo Inversiones. ")


def investor_sets(found: list[Deal]) -> list[set[str]]:
    return sorted((parties(d, "investor") for d in found if d.type == "Investment"), key=len)


@pytest.mark.parametrize("second", [
    "Osprey Partners had also led Fennic Labs's previous round in 2023.",
    "Osprey Partners had led an earlier round in Fennic Labs.",
    "Osprey Partners led Fennic Labs's prior funding round.",
])
def test_an_earlier_round_in_english_is_a_round_of_its_own(en: Language, second: str) -> None:
    found = deals(en, ROUND_EN + second)
    assert investor_sets(found) == [
        {"Osprey Partners"}, {"Osprey Partners", "Quarry Lane Ventures"}
    ]
    (earlier,) = [d for d in found if parties(d, "investor") == {"Osprey Partners"}]
    assert parties(earlier, "investee") == {"Fennic Labs"}
    assert earlier.amount is None  # the $45 million is the new round's


@pytest.mark.parametrize("second", [
    "Nexo Inversiones ya había liderado la ronda anterior de Bitácora Salud.",
    "Nexo Inversiones encabezó una ronda previa de Bitácora Salud en 2022.",
])
def test_an_earlier_round_in_spanish_is_a_round_of_its_own(es: Language, second: str) -> None:
    found = deals(es, ROUND_ES + second)
    assert investor_sets(found) == [
        {"Nexo Inversiones"}, {"Nexo Inversiones", "Ríos Capital"}
    ]


def test_earlier_dating_a_verb_leaves_one_round(en: Language) -> None:
    found = deals(en, ROUND_EN + "Osprey Partners bought a stake in Fennic Labs earlier this year.")
    assert investor_sets(found) == [{"Osprey Partners", "Quarry Lane Ventures"}]


def test_el_año_anterior_dates_the_deal_and_leaves_one_round(es: Language) -> None:
    found = deals(es, ROUND_ES + "Nexo Inversiones compró una participación en Bitácora Salud "
                               "el año anterior.")
    assert investor_sets(found) == [{"Nexo Inversiones", "Ríos Capital"}]


def test_the_original_offer_is_the_bid_later_raised(en: Language) -> None:
    found = deals(en, "Brantwood Foods raised its offer for Kelso Dairies to $900 million. The "
                      "original offer from Brantwood Foods for Kelso Dairies was rejected.")
    (bid,) = [d for d in found if d.type == "Acquisition"]
    assert parties(bid, "target") == {"Kelso Dairies"}


def test_is_earlier_reads_the_adjective_on_the_noun(en: Language, es: Language) -> None:
    doc = en("Osprey led the previous round and then a first round in another firm.")
    rounds = [t for t in doc if t.lower_ == "round"]
    assert [is_earlier(t) for t in rounds] == [True, False]
    doc = es("Nexo lideró la ronda anterior y la primera ronda de otra empresa.")
    rondas = [t for t in doc if t.lower_ == "ronda"]
    assert [is_earlier(t) for t in rondas] == [True, False]
