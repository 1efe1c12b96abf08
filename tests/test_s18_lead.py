"""Session 18, lead: ``bench/deal_causes.py`` counts why gold deals are missed and why
false deals are made, on an article written for the test."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import deal_causes  # noqa: E402
from causes_fixtures import gold, processed  # noqa: E402

from kg.facts import Deal  # noqa: E402
from train.deal_scorer import Document  # noqa: E402

TEXT = (
    "Harlow Mills bought Denby Textiles for $40 million on Monday. "
    "Ravel Dyes, a dye maker based in Leeds, said its own sale was agreed last week. "
    "Harlow Mills and Pell Foods have shared a chairman since 2019."
)


@pytest.fixture(scope="module")
def document() -> Document:
    doc = processed("s18-causes", TEXT)
    names = {e.name for e in doc.entities.values()}
    assert {"Harlow Mills", "Denby Textiles", "Ravel Dyes", "Pell Foods"} <= names
    assert "Quorn Weaving" not in names
    return doc


@pytest.mark.model
def test_each_missed_gold_deal_gets_the_first_reason_that_holds(document: Document) -> None:
    doc = dataclasses.replace(document, gold=gold(
        (("acquirer", "Harlow Mills"), ("target", "Denby Textiles")),  # found
        (("acquirer", "Harlow Mills"), ("target", "Ravel Dyes")),  # never in one sentence
        (("partner", "Harlow Mills"), ("partner", "Pell Foods")),  # together, no deal word
        (("acquirer", "Harlow Mills"), ("target", "Quorn Weaving")),  # no such entity
    ))
    missed, false, n_gold, made = deal_causes.causes(doc)
    assert (n_gold, made) == (4, 1)
    assert missed == {"apart": 1, "no trigger": 1, "entity": 1}
    assert not false


@pytest.mark.model
def test_false_deals_are_told_apart_by_their_parties(document: Document) -> None:
    (deal,) = document.doc._.kg_deals
    stray = dataclasses.replace(document, gold=gold(
        (("partner", "Harlow Mills"), ("partner", "Pell Foods")),
    ))
    assert deal_causes.causes(stray)[1] == {"stray party": 1}
    wrong = dataclasses.replace(document, gold=gold(
        (("acquirer", "Harlow Mills"), ("target", "Pell Foods")),
        (("investor", "Pell Foods"), ("investee", "Denby Textiles")),
    ))
    assert deal_causes.causes(wrong)[1] == {"wrong pair": 1}
    one = dataclasses.replace(deal, roles=deal.roles[:1])
    assert deal_causes._false_reason(one, stray, []) == "one party"
    right = dataclasses.replace(document, gold=gold(
        (("acquirer", "Harlow Mills"), ("target", "Denby Textiles")),
    ))
    assert deal_causes._false_reason(deal, right, [0]) == "repeat"


@pytest.mark.model
def test_entities_are_indexed_by_the_sentences_that_name_them(document: Document) -> None:
    where = {ref.name: found for ref, found in deal_causes.sentence_index(document).items()}
    assert where["Harlow Mills"] == {0, 2}
    assert where["Ravel Dyes"] == {1}
    assert where["Pell Foods"] == {2}


def test_every_set_gives_an_a_and_a_b_row_and_an_unknown_set_is_refused() -> None:
    rows = deal_causes.set_halves(["dev", "heldout12"])
    assert [(name, halves) for name, _, halves in rows] == [
        ("dev A", (0,)), ("dev B", (1,)), ("heldout12 A", (0,)), ("heldout12 B", (1,)),
    ]
    with pytest.raises(SystemExit, match="unknown set 'heldout99'"):
        deal_causes.set_halves(["heldout99"])


@pytest.mark.model
def test_a_deal_with_no_party_in_the_entities_is_one_party(document: Document) -> None:
    lonely = Deal("Investment", (), ())
    assert deal_causes._false_reason(lonely, document, []) == "one party"


@pytest.mark.model
def test_a_gold_deal_whose_kg_deal_went_to_another_is_counted_as_taken(document: Document) -> None:
    """Session 37: two gold deals one kg deal matches; the second is not a reading miss."""
    doc = dataclasses.replace(document, gold=gold(
        (("acquirer", "Harlow Mills"), ("target", "Denby Textiles")),
        (("acquirer", "Harlow Mills"), ("target", "Denby Textiles")),
    ))
    missed, false, n_gold, made = deal_causes.causes(doc)
    assert (n_gold, made) == (2, 1)
    assert missed == {"taken": 1}
    assert not false
