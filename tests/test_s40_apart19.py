"""Session 40, helper apart19 (issue #13): the gold deals whose parties are never named
in one sentence (sentences written for these tests, names invented).

- ``bench/deal_causes.py --detail`` splits the ``apart`` misses, counts only, by what
  holds the other party's slot in the sentence that names one party beside a deal word
  (a pronoun, a definite description, another company's name or nothing), where the
  other party is named (the sentence before, further back, the headline only, only
  later) and what kg drew from that sentence, so that the configuration fixed on the
  opened halves can be checked to exist on the closed ones.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from train.deal_scorer import GoldDeal

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import deal_causes  # noqa: E402
from causes_fixtures import gold, processed  # noqa: E402

# -- the apart detail --------------------------------------------------------------------

PRONOUN_BEFORE = ("Orvane Systems writes payroll software for hospitals in Leeds. "
                  "In May it bought Tillworth Data for $12 million.")
DESCRIPTION_FURTHER = ("Orvane Systems writes payroll software for hospitals in Leeds. "
                       "Its staff grew to 300 people last year. Hospitals across the north "
                       "use its tools. Last week the company agreed to buy Tillworth Data.")
NO_DEAL_WORD = ("Orvane Systems writes payroll software for hospitals in Leeds. "
                "Tillworth Data keeps records for schools in York.")
ORVANE_TILLWORTH = (("acquirer", "Orvane Systems"), ("target", "Tillworth Data"))


def _apart(text: str, golds: list[GoldDeal], types: list[str]) -> dict[str, int]:
    document = processed("s40-apart", text)
    assert {"Orvane Systems", "Tillworth Data"} <= {e.name for e in document.entities.values()}
    doc = document.doc.copy()
    doc._.kg_deals = []  # as though no rule had read the deal
    found = deal_causes.apart_detail(dataclasses.replace(document, doc=doc, gold=golds), types)
    # the chooser's view of the miss is tested in tests/test_s45_ante45.py
    return {key: n for key, n in found.items() if not key.startswith("chooser: ")}


@pytest.mark.model
def test_a_pronoun_for_the_party_of_the_sentence_before() -> None:
    found = _apart(PRONOUN_BEFORE, gold(ORVANE_TILLWORTH), ["Acquisition"])
    assert found == {"apart: Acquisition, pronoun, previous sentence, none drawn, last as subject, "
                     "none between": 1}


@pytest.mark.model
def test_a_description_for_a_party_named_further_back() -> None:
    found = _apart(DESCRIPTION_FURTHER, gold(ORVANE_TILLWORTH), ["Acquisition"])
    assert found == {"apart: Acquisition, description, further back (2-3 sentences), none drawn, "
                     "last as subject, none between": 1}


@pytest.mark.model
def test_no_deal_word_beside_either_party() -> None:
    found = _apart(NO_DEAL_WORD, gold(ORVANE_TILLWORTH), ["Acquisition"])
    assert found == {"apart: Acquisition, no deal word beside a party": 1}


@pytest.mark.model
def test_a_deal_named_in_one_sentence_is_no_apart_miss() -> None:
    # near miss: both parties share a sentence, so the miss is another class
    text = "Orvane Systems bought Tillworth Data for $12 million in May."
    assert _apart(text, gold(ORVANE_TILLWORTH), ["Acquisition"]) == {}


@pytest.mark.model
def test_the_detail_counts_by_marginals() -> None:
    found = deal_causes.marginals(deal_causes.Counter(
        {"apart: Acquisition, pronoun, previous sentence, none drawn": 2}))
    assert found["apart: pronoun"] == 2 and found["apart: previous sentence"] == 2


@pytest.mark.model
def test_a_name_written_but_not_linked() -> None:
    document = processed("s40-apart", NO_DEAL_WORD)
    by_name = {e.name: e for e in document.entities.values()}
    orvane, tillworth = by_name["Orvane Systems"], by_name["Tillworth Data"]
    second = list(document.doc.sents)[1]
    assert deal_causes._unlinked(second, [tillworth], [orvane]) == "its name unlinked"
    longer = dataclasses.replace(tillworth, name="Tillworth Group Holdings", aliases=())
    assert deal_causes._unlinked(second, [longer], [orvane]) == "part of its name unlinked"
    # near miss: a word both parties' names share says nothing
    shared = dataclasses.replace(orvane, name="Tillworth Systems", aliases=())
    assert deal_causes._unlinked(second, [longer], [shared]) is None


@pytest.mark.model
def test_a_party_last_named_as_an_object_with_others_between() -> None:
    text = ("Harlow Mills sold its flour business to Orvane Systems in 2021. Dorne Bakeries "
            "opened a shop in Leeds. In May it bought Tillworth Data for $12 million.")
    found = _apart(text, gold(ORVANE_TILLWORTH), ["Acquisition"])
    assert found == {"apart: Acquisition, pronoun, further back (2-3 sentences), none drawn, "
                     "last not as subject, others between": 1}
