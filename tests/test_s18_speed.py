"""Session 18's speed mechanisms (issue 19) give what the slower code gave: the deal
rules that look a word up in the doc's lemma list before building a Token (counting
verbs, offer and bidder nouns), the money rules skipped where no mention can take a
price, the particle test that looks at no child of a word with no particle, the
rubric and name-trimming tests read from the doc's lists and flags, a span's text cut
from the doc's text, and the worker pool's smaller last batches.

The sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.deals.attach import attach_money
from kg.deals.component import extract_deals
from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.status import phrasal_cancel
from kg.doc import span_text, token_flags
from kg.entities.furniture import _rubric_end, _rubric_word
from kg.parallel import _batches

EN = (
    "WEEK IN DEALS\n\n"
    "LOGISTICS — Harbor Pine agreed to buy Tollan Freight for $310 million, the "
    "companies said on Monday.\n\n"
    "Quarry Lane Capital, which counts Morrow Partners among its shareholders, "
    "called off its bid for Ostrava Mills.\n\n"
    "AMERICAN LEAGUE\n\n"
    "Brisk & Co. (Reuters) - shares rose 4 %; a rival bidder, Fenwick Group, "
    "made a competing offer."
)


def _old_rubric_end(kn: object, doc: Doc, s: int, e: int, after_dash: int) -> int:
    # session 17's reading, a Token per word
    end = after_dash - 1 if after_dash else e
    words = [t for t in doc[s:end] if not t.is_space]
    if not words or not all(t.is_alpha and t.is_upper for t in words):
        return s
    stop = kn.stop_words  # type: ignore[attr-defined]
    if not any(len(t.text) > 1 and t.lower_ not in stop for t in words) or \
            not all(t.lower_ in stop or _rubric_word(kn, t.text) for t in words):  # type: ignore[arg-type]
        return s
    if not after_dash and len(words) > 1 and not any(t.lower_ in stop for t in words[1:-1]):
        return s
    return end


def test_the_punctuation_flags_are_spacys(en: Language) -> None:
    doc = en(EN)
    assert token_flags(doc, "punct") == [t.is_punct for t in doc]
    assert token_flags(doc, "punct") is token_flags(doc, "punct")  # once per doc


def test_a_span_text_is_the_spans(en: Language) -> None:
    doc = en(EN)
    for s in range(0, len(doc), 3):
        for e in (s, s + 1, s + 2, s + 7, len(doc), len(doc) + 2):
            assert span_text(doc, s, e) == doc[s:e].text


def test_a_rubric_is_read_as_before(en: Language) -> None:
    doc = en(EN)
    kn = en.get_pipe("kg_entities").knowledge  # type: ignore[attr-defined]
    starts = [0] + [t.i + 1 for t in doc if "\n" in t.text]
    ends = [t.i for t in doc if "\n" in t.text] + [len(doc)]
    dashes = [t.i + 1 for t in doc if t.text == "—"]
    found = set()
    for s in starts:
        for e in [*ends, len(doc) + 2]:
            if s >= e or s >= len(doc):
                continue
            for after_dash in (0, *(d for d in dashes if s < d <= e)):
                new = _rubric_end(kn, doc, s, e, after_dash)
                assert new == _old_rubric_end(kn, doc, s, min(e, len(doc)) if not after_dash
                                              else e, after_dash)
                found.add(new > s)
    assert found == {True, False}  # "WEEK IN DEALS", "LOGISTICS —" are rubrics


def test_a_particle_ends_a_deal_only_where_the_word_takes_one(en: Language) -> None:
    doc = en("Vance Motors called off the merger. Vance Motors called the merger a success.")
    called = [t for t in doc if t.lower_ == "called"]
    assert phrasal_cancel("call", called[0])
    assert not phrasal_cancel("call", called[1])
    assert not phrasal_cancel("buy", called[0])  # no particle listed: no child looked at


def test_the_money_of_a_sentence_goes_only_to_a_mention_that_takes_a_price(
    en: Language,
) -> None:
    doc = en("Harbor Pine agreed to buy Tollan Freight for $310 million on Monday.")
    deals = doc._.kg_deals
    assert [d.amount is not None for d in deals] == [True]  # the takeover keeps its price
    ctx = Context(doc, {})
    sent = ctx.sents[0]
    holder = Mention(type="Investment", roles=[], sent=0, evidence=ctx.sentence_evidence(0),
                     trigger=1, kind="investor")
    attach_money(ctx, sent, [holder])  # a holder takes no price: the figures are skipped
    attach_money(ctx, sent, [])
    assert holder.amount is None and not ctx.used_amounts


@pytest.mark.parametrize("text, rule", [
    # the counting verb and the rival's noun are found in the lemma list
    ("Quarry Lane Capital counts Morrow Partners among its largest shareholders.",
     "parties:counted-holder"),
])
def test_a_rule_still_sees_its_word(en: Language, text: str, rule: str) -> None:
    doc = en(text)
    assert any(rule in d.rules for d in doc._.kg_deals)
    # and the deals are the same when read again from a fresh context
    again = extract_deals(Context(doc, en.get_pipe("kg_deals").triggers(doc)[0],
                                  en.get_pipe("kg_deals").triggers(doc)[1]))
    assert [d.rules for d in again] == [d.rules for d in doc._.kg_deals]


def _counted(n: int, seen: list[int]) -> Iterator[int]:
    for i in range(n):
        seen.append(i)
        yield i


@pytest.mark.parametrize("count", [0, 1, 7, 31, 32, 33, 100, 128, 159, 160, 161, 1000])
@pytest.mark.parametrize("workers", [1, 2, 3])
def test_the_batches_keep_the_order_and_end_small(count: int, workers: int) -> None:
    seen: list[int] = []
    batches = []
    for batch in _batches(_counted(count, seen), 32, workers):  # type: ignore[arg-type]
        # the input is read ahead by the tail (and a batch) only
        assert len(seen) <= sum(map(len, batches)) + len(batch) + (2 * workers + 1) * 32
        batches.append(batch)
    assert [i for b in batches for i in b] == list(range(count))
    sizes = [len(b) for b in batches]
    if workers == 1:
        assert all(n == 32 for n in sizes[:-1])  # one worker: whole batches, as before
    else:
        # whole batches first, then batches of 8 for the last articles (at least the
        # last two batches' worth per worker)
        whole = next((k for k, n in enumerate(sizes) if n != 32), len(sizes))
        assert all(n <= 8 for n in sizes[whole:])
        small = sum(sizes[whole:])
        assert min(count, 2 * workers * 32) <= small < 2 * workers * 32 + 32
