"""Session 36, helper perf3 (issue #19): kg's own CPU in the deal rules.

- ``kg.doc.word_positions`` (and ``Context.among``, its view of one sentence): the
  words of a class, by lemma or by lower case, found from a per-doc index, not by a
  Token per word of every sentence; the rules that scan each sentence for a few verbs
  or nouns (the role nouns, "behind", offering and swapping verbs) ask it instead.
- ``token_flags(doc, "noun")``: every word's ``pos_ == "NOUN"`` read once per doc, for
  the rules that look at every definite noun of a sentence.

Each gives what the loop over the sentence's Tokens gave; the index is made again
after ``set_lemma`` and never shared between docs.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.deals.context import Context
from kg.doc import set_lemma, token_flags, word_positions

_WORDS = ["Ostra", "Capital", "compró", "la", "empresa", ".", "El", "comprador", "pagó",
          "poco", ",", "y", "Ostra", "compra", "más", "."]
_LEMMAS = ["Ostra", "Capital", "comprar", "el", "empresa", ".", "el", "comprador", "pagar",
           "poco", ",", "y", "Ostra", "compra", "más", "."]
_POS = ["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "ADV", "PUNCT",
        "CCONJ", "PROPN", "NOUN", "ADV", "PUNCT"]


def _doc(words: list[str] = _WORDS, lemmas: list[str] = _LEMMAS) -> Doc:
    nlp = spacy.blank("es")
    pos = _POS[: len(words)] if len(words) <= len(_POS) else ["X"] * len(words)
    return Doc(nlp.vocab, words=words, lemmas=lemmas, pos=pos,
               sent_starts=[w in ("Ostra", "El") and i in (0, 6) for i, w in enumerate(words)])


def _loop(doc: Doc, words: frozenset[str], start: int, end: int, lower: bool = False) -> list[int]:
    """What the rules did before: a Token per word of the span."""
    return [t.i for t in doc[start:end] if (t.lower_ if lower else t.lemma_.lower()) in words]


def test_word_positions_give_what_the_token_loop_gave() -> None:
    doc = _doc()
    for words in (frozenset({"comprar", "compra"}), frozenset({"el"}), frozenset({"zzz"}),
                  frozenset({"ostra", "pagar"}), frozenset()):
        for start, end in ((0, len(doc)), (0, 6), (6, len(doc)), (3, 4), (5, 5)):
            assert word_positions(doc, words, start=start, end=end) == _loop(doc, words, start, end)
            assert word_positions(doc, words, "lowers", start, end) == \
                _loop(doc, words, start, end, lower=True)


def test_word_positions_of_each_sentence() -> None:
    doc = _doc()
    words = frozenset({"comprar", "compra", "comprador"})
    assert [word_positions(doc, words, start=s.start, end=s.end) for s in doc.sents] == \
        [_loop(doc, words, s.start, s.end) for s in doc.sents] == [[2], [7, 13]]


def test_word_positions_a_new_list_each_call() -> None:
    doc = _doc()
    words = frozenset({"el"})
    first = word_positions(doc, words)
    first.append(99)
    assert word_positions(doc, words) == [3, 6]


def test_word_positions_follow_a_lemma_set_after() -> None:
    doc = _doc()
    words = frozenset({"comprar"})
    assert word_positions(doc, words) == [2]
    set_lemma(doc, 13, "comprar")  # "compra" read as the verb
    assert word_positions(doc, words) == [2, 13] == _loop(doc, words, 0, len(doc))


def test_word_positions_not_shared_between_docs() -> None:
    words = frozenset({"comprar"})
    one = _doc()
    assert word_positions(one, words) == [2]
    other = _doc(["Lince", "Datos", "vendió", "todo", "."],
                 ["Lince", "Datos", "vender", "todo", "."])
    assert word_positions(other, words) == [] == _loop(other, words, 0, len(other))
    assert word_positions(one, words) == [2]


def test_noun_flags_are_the_nouns() -> None:
    doc = _doc()
    assert token_flags(doc, "noun") == [t.pos_ == "NOUN" for t in doc]
    assert [i for i, x in enumerate(token_flags(doc, "noun")) if x] == [4, 7, 13]
    assert token_flags(spacy.blank("en")(""), "noun") == []


def _context(doc: Doc, triggers: dict[int, str], cues: frozenset[int]) -> Context:
    return Context(doc, triggers, cues)


def test_among_triggers_in_and_has_cue_per_sentence() -> None:
    doc = _doc()
    triggers = {13: "acquire_n", 2: "acquire_v"}
    ctx = _context(doc, triggers, frozenset({8}))
    first, second = list(doc.sents)
    words = frozenset({"comprar", "compra", "pagar"})
    assert [ctx.among(s, words) for s in (first, second)] == [
        _loop(doc, words, first.start, first.end), _loop(doc, words, second.start, second.end)]
    # (what extract_deals and attribution asked of every word of the sentence before)
    assert [ctx.triggers_in(s) for s in (first, second)] == [
        [i for i in range(s.start, s.end) if i in triggers] for s in (first, second)] == [[2], [13]]
    assert [ctx.has_cue(s) for s in (first, second)] == [False, True]
    assert not _context(doc, {}, frozenset()).has_cue(second)
    assert _context(doc, {}, frozenset({15})).has_cue(second)
    assert not _context(doc, {}, frozenset({15})).has_cue(first)
