"""Session 17's speed mechanisms (issue 19) give what the slower code gave: words and
flags read from the doc's lists instead of a Token per word (headlines in title case,
courts, datelines, the deal rules' trigger words), and the loader's block split that
no longer sends a block holding a hashtag quad by quad.

The sentences are written for these tests.
"""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from spacy.language import Language
from spacy.tokens import Doc

import kg.store
from kg.deals.context import Context
from kg.deals.rivals import tender_near
from kg.deals.transfer import _GO_VERBS
from kg.doc import token_flags
from kg.entities.furniture import _title_case
from kg.entities.sense import _title_case_lines
from kg.store import _holds_comment, _split_graph_names, load

EN = (
    "Brannock Foods Takes Majority Stake in Welsh Dairy Group Pellow\n\n"
    "The 14 depots will go to Orrin Logistics for about $41m, and the tender drew "
    "interest from Calloway Freight.\n\n"
    "NOTICE TO READERS\n\n"
    "Halvard Mining said it had drawn takeover interest from two rivals; the contract "
    "for the mine's haulage went to Tressel Group.\n\n"
    "Shares in #Pellow rose 3 % (Reuters) - in London."
)


def _old_title_case(kn: object, doc: Doc, s: int, e: int) -> bool:
    # session 16's reading, a Token per word
    if kn.lang != "en" or not doc[s].text[:1].isalpha():  # type: ignore[attr-defined]
        return False
    words = [t for t in doc[s:e] if t.is_alpha]
    if len(words) < 4 or all(t.is_upper for t in words):
        return False
    stop = kn.stop_words  # type: ignore[attr-defined]
    if any(not t.text[0].isupper() and (len(t.text) > 3 or t.lower_ not in stop) for t in words):
        return False
    common = sum(1 for t in words if t.lower_ not in stop and (
        kn.is_common(t.text) or kn.is_verb_form(t.text)))  # type: ignore[attr-defined]
    return common >= 2


def test_the_flags_are_spacys(en: Language) -> None:
    doc = en(EN)
    assert token_flags(doc, "alpha") == [t.is_alpha for t in doc]
    assert token_flags(doc, "upper") == [t.is_upper for t in doc]
    assert token_flags(doc, "alpha") is token_flags(doc, "alpha")  # once per doc


def test_a_title_case_line_is_read_as_before(en: Language) -> None:
    doc = en(EN)
    kn = en.get_pipe("kg_entities").knowledge  # type: ignore[attr-defined]
    starts = [0] + [t.i + 1 for t in doc if "\n" in t.text]
    ends = [t.i for t in doc if "\n" in t.text] + [len(doc)]
    seen = set()
    for s in starts:
        for e in [*ends, len(doc) + 3]:  # every line, and spans past the end
            if s < e and s < len(doc):
                seen.add(_title_case(kn, doc, s, e))
                assert _title_case(kn, doc, s, e) == _old_title_case(kn, doc, s, min(e, len(doc)))
    assert seen == {True, False}
    assert _title_case_lines(kn, doc) == [(0, ends[0])]  # the headline


def test_the_deal_rules_still_see_their_words(en: Language) -> None:
    doc = en(EN)
    ctx = Context(doc, {})
    for si in range(len(ctx.sents)):
        old = any(t.lemma_.lower() in {"contract", "tender"}
                  for back in range(max(0, si - 1), si + 1) for t in ctx.sents[back])
        assert tender_near(ctx, si, frozenset({"contract", "tender"})) == old
    lemmas = ctx.lemma_lowers
    for sent in ctx.sents:
        assert [t for t in sent if t.lemma_.lower() == "interest"] == \
            [doc[i] for i in range(sent.start, sent.end) if lemmas[i] == "interest"]
        assert [t for t in sent if t.lemma_.lower() in _GO_VERBS] == \
            [doc[i] for i in range(sent.start, sent.end) if lemmas[i] in _GO_VERBS]
    assert any(lemmas[i] == "interest" for i in range(len(doc)))
    assert any(lemmas[i] in _GO_VERBS for i in range(len(doc)))


# Session 16's split, read against the new one.
_OLD_COMMENT = re.compile(rb"#[ \t.\n]")


def _old_split(block: bytes) -> tuple[set[bytes], bytes] | None:
    backwards = block[::-1]
    if not backwards.startswith(b"\n") or _OLD_COMMENT.search(backwards):
        return None
    if backwards.endswith(b"#"):
        return None
    pieces = kg.store._GRAPH_NAME_BACKWARDS.split(backwards)
    labels = pieces[1::2]
    if len(labels) != block.count(b"\n"):
        return None
    return {label[::-1] for label in set(labels)}, b"\n. ".join(pieces[0::2])[::-1]


BLOCKS = [
    b'<urn:x:s> <urn:x:p> "plain" <urn:x:g> .\n<urn:x:s> <urn:x:q> <urn:x:o> <urn:x:g2> .\n',
    b'<urn:x:s> <urn:x:p> "says <urn:x:h> . too" <urn:x:g> .\n',
    b'<urn:x:s> <urn:x:p> <urn:x:o> .\n',  # the default graph
    b'<urn:x:s> <urn:x:p> "x" <urn:x:g> .',  # no final newline
    b'<urn:x:s> <urn:x:p> "x" <urn:x:g> .\n\n',  # a blank line
]


@pytest.mark.parametrize("block", BLOCKS)
def test_a_block_is_split_as_before(block: bytes) -> None:
    assert _split_graph_names(block) == _old_split(block)


@pytest.mark.parametrize(("block", "comment"), [
    (b'<urn:x:s> <urn:x:p> "trended as #Pellow" <urn:x:g> .\n', False),
    (b'<urn:x:s> <urn:x:p> "ranked No. #1" <urn:x:g> .\n', False),
    (b'<urn:x:s> <urn:x:p> "a \\" #quote" <urn:x:g> .\n', False),  # an escaped quote
    (b'<urn:x:s> <urn:x:p> <http://ex.org/a.#b> <urn:x:g> .\n', False),  # in an IRI
    (b"# a comment naming <urn:x:g> .\n", True),
    (b'<urn:x:s> <urn:x:p> "x" <urn:x:g> .\n# at a line start <urn:x:g> .\n', True),
    (b"<urn:x:s> <urn:x:p> <urn:x:o> . # <urn:x:g> .\n", True),
    (b'<urn:x:s> <urn:x:p> "#x" <urn:x:o> . # <urn:x:g> .\n', True),  # both on a line
    (b'<urn:x:s> <urn:x:p> "unterminated #x <urn:x:g> .\n', True),  # unsure: yes
])
def test_a_hash_in_a_literal_is_no_comment(block: bytes, comment: bool) -> None:
    assert _holds_comment(block) is comment
    split = _split_graph_names(block)
    assert (split is None) is comment
    if not comment:
        names, without = split  # type: ignore[misc]
        assert names == {b"<urn:x:g>"}
        assert [q.triple for q in ox.parse(without, format=ox.RdfFormat.N_TRIPLES)] == [
            q.triple for q in ox.parse(block, format=ox.RdfFormat.N_QUADS)
        ]


def test_a_block_with_a_hashtag_goes_to_the_store_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        f'<urn:x:s{i}> <urn:x:p> "post {i} tagged #Deal{i}" <urn:x:g{i % 3}> .\n'
        for i in range(60)
    ]
    path = tmp_path / "tags.nq"
    path.write_text("".join(lines), encoding="utf-8")
    streams: list[kg.store._Stream] = []
    original = kg.store._Stream.load

    def keep(self: kg.store._Stream, paths: list[Path]) -> None:
        streams.append(self)
        original(self, paths)

    monkeypatch.setattr(kg.store._Stream, "load", keep)
    summary = load([path], tmp_path / "store")
    assert streams[0].blocks_as_text == 1
    assert (summary.graphs, summary.triples) == (3, 60)
    # the kept stream holds the loader's store open: let it go before another process's
    # view of the folder opens, or a compaction may remove a file that view lists
    streams.clear()
    gc.collect()
    store = ox.Store.read_only(str(tmp_path / "store"))
    quads = set(store)
    assert len(quads) == 120  # each triple in its article's graph and in the merge
    named = {q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert {q.triple for q in named} == {q.triple for q in quads if q not in named}
