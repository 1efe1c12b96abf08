"""What kg's spaCy components and the extract stage share about a ``Doc``: where a doc
keeps the article it was made from, and a sentence as a span of the article body.

Below both the components (``kg_money``, ``kg_deals``) and ``kg.extract``, so that a
component never imports the stage that runs after it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Any
from weakref import WeakKeyDictionary, ref

from spacy.attrs import (
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    IS_UPPER,
    LEMMA,
    LENGTH,
    LOWER,
    ORTH,
    POS,
    SENT_START,
)
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.facts import Entity, EntityRef, Span
from kg.iri import fold
from kg.lexicon import NEWS_AGENCIES

# Every attribute kg's components keep on a Doc (None until the component ran), in
# pipeline order: kg_entities (and its people's roles), kg_money, kg_deals. Registered
# here once, so a component can run on a Doc another pipeline (or a test) built.
EXTENSIONS = ("kg_entities", "kg_roles", "kg_amounts", "kg_quantities", "kg_deals")


def register_extensions(force: bool = False) -> None:
    """Register ``doc._.<name>`` for every name in ``EXTENSIONS`` (default None);
    ``force`` registers them again (a test or another library replaced one)."""
    for name in EXTENSIONS:
        if force or not Doc.has_extension(name):
            Doc.set_extension(name, default=None, force=True)


register_extensions()

# Where a doc keeps the article it was made from, for components that read its
# metadata (kg_money reads the outlet's country from its URL).
ARTICLE_KEY = "kg_article"


def doc_text(doc: Doc) -> str:
    """The doc's text, without rebuilding it from the tokens (``Doc.text`` joins every
    token on each access): the body of the article the doc carries, which is the
    text it was made from (``kg.extract.article_doc``), else ``doc.text``.
    """
    # Found once per doc, then kept while the doc lives: a doc's text never changes
    # (retokenising merges or splits its tokens, not its characters).
    kept = _kept(doc)
    text = kept.text
    if text is None:
        text = getattr(doc.user_data.get(ARTICLE_KEY), "text", None)
        if not (isinstance(text, str) and len(doc) and _carries(doc, text)):
            text = doc.text  # a doc made from a bare text (``nlp(text)``): joined once
        kept.text = text
    return text


def doc_lang(doc: Doc) -> str:
    """``doc.lang_`` ("es", "en"), read once per doc: spaCy's getter calls the
    language's Python function on every access, and the rules ask at every word.
    A token's ``lang_`` is the same (its word type takes the vocab's language)."""
    kept = _kept(doc)
    lang = kept.lang
    if lang is None:
        lang = kept.lang = doc.lang_
    return lang


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without building the Span and a Token per word: the doc's
    text from the first word's start to the last word's end.

    >>> span_text(doc, 0, 2) == doc[0:2].text  # doctest: +SKIP
    True
    """
    n = len(doc)
    if not 0 <= start < end <= n:
        return doc[start:end].text
    kept = _kept_at_length(doc)
    bounds = kept.bounds
    if bounds is None:
        starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist()
        bounds = kept.bounds = (starts, [s + k for s, k in zip(starts, lengths, strict=True)])
    text = kept.text
    if text is None:
        text = doc_text(doc)
    return text[bounds[0][start] : bounds[1][end - 1]]


def covering_tokens(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    """The first and end word of ``doc.char_span(start_char, end_char,
    alignment_mode="expand")`` (every word the characters touch), or None where that
    is None: found once per doc and character span, since the rules ask about the same
    mentions and amounts again and again (the context, each guard, each attachment).

    >>> covering_tokens(doc, 0, 5) == (0, 1)  # "Acme " in "Acme buys Brio"  # doctest: +SKIP
    True
    """
    spans = _kept_at_length(doc).spans
    key = (start_char, end_char)
    if key in spans:
        return spans[key]
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    found = spans[key] = None if span is None else (span.start, span.end)
    return found


def covering_span(doc: Doc, start_char: int, end_char: int) -> SpacySpan | None:
    """``doc.char_span(start_char, end_char, alignment_mode="expand")``, its words
    found once per doc and character span (``covering_tokens``); a new Span each call
    (a kept Span would keep its doc alive)."""
    found = covering_tokens(doc, start_char, end_char)
    return None if found is None else doc[found[0] : found[1]]


class _Kept:
    """What kg reads once from a doc and keeps while the doc lives: its text (which
    never changes), and, for its length (kg's components never retokenise nor set a
    lemma: a doc of another length is read again), each word's first and end
    character (``span_text``), the lists of words and flags (``token_texts`` ...) and
    the words each character span covers (``covering_tokens``), and what the rules
    found of its words (``doc_memo``)."""

    __slots__ = ("length", "text", "lang", "bounds", "words", "spans", "positions", "memos")

    def __init__(self, length: int) -> None:
        self.text: str | None = None
        self.lang: str | None = None
        self.reset(length)

    def reset(self, length: int) -> None:
        self.length = length
        self.bounds: tuple[list[int], list[int]] | None = None
        self.words: dict[str, list[Any]] = {}
        self.spans: dict[tuple[int, int], tuple[int, int] | None] = {}
        # (kind, words) → positions; (kind, None) → each word of that kind's positions
        self.positions: dict[tuple[str, frozenset[str] | None], Any] = {}
        self.memos: dict[str, dict[Any, Any]] = {}


_KEPT: WeakKeyDictionary[Doc, _Kept] = WeakKeyDictionary()
# The doc asked about last and what is kept of it: the rules ask about one doc many
# thousand times in a row, and a weak reference called is cheaper than a look-up in
# ``_KEPT`` (which makes a new weak reference each time). A dead reference returns
# None, never another doc.
_LAST: tuple[Callable[[], Doc | None], _Kept] | None = None


def _kept(doc: Doc) -> _Kept:
    global _LAST
    last = _LAST
    if last is not None and last[0]() is doc:
        return last[1]
    kept = _KEPT.get(doc)
    if kept is None:
        kept = _KEPT[doc] = _Kept(len(doc))
    _LAST = (ref(doc), kept)
    return kept


def token_texts(doc: Doc) -> list[str]:
    """Every token's ``text``, read from the word types without building Tokens.

    Made once per doc and shared by every caller (the entities' and the deals' rules
    all read them): never change the list.

    >>> token_texts(doc) == [t.text for t in doc]  # doctest: +SKIP
    True
    """
    return _words(doc, "texts")


def token_lowers(doc: Doc) -> list[str]:
    """Every token's ``lower_``, made once per doc (shared: never change the list)."""
    return _words(doc, "lowers")


def token_lemmas(doc: Doc) -> list[str]:
    """Every token's ``lemma_`` as spaCy gives it, made once per doc (shared)."""
    return _words(doc, "lemmas")


def token_lemma_lowers(doc: Doc) -> list[str]:
    """Every token's ``lemma_.lower()``, made once per doc (shared)."""
    return _words(doc, "lemma_lowers")


def set_lemma(doc: Doc, i: int, lemma: str) -> None:
    """Give token ``i`` the lemma ``lemma``, in the doc and in the lists of lemmas
    already made of it (``token_lemmas``, ``token_lemma_lowers``), so that every rule
    reads the same lemma whichever way it asks ("vendieron": "vender", not the
    lemmatiser's "vendar", in the lists as on the Token)."""
    doc[i].lemma_ = lemma
    words = _words_of(doc)
    if (lemmas := words.get("lemmas")) is not None:
        lemmas[i] = lemma
    if (lowers := words.get("lemma_lowers")) is not None:
        lowers[i] = lemma.lower()
    kept = _kept_at_length(doc)
    kept.positions.clear()  # (word_positions: found again)
    kept.memos.clear()  # (doc_memo: a rule may read the lemma)


def doc_memo(doc: Doc, name: str) -> dict[Any, Any]:
    """A dict kept for ``doc`` under ``name``, for a function of the parse and the
    lemmas to keep what it found of each word (``kg.deals.syntax.direct_objects``: asked
    of the same verb four times on average): emptied when the doc's length changes and
    by ``set_lemma``. Keep token indices in it, never Tokens (a Token keeps its doc,
    and so the doc's memo, alive).

    >>> doc_memo(doc, "direct_objects").setdefault(3, (5,))  # doctest: +SKIP
    (5,)
    """
    memos = _kept_at_length(doc).memos
    memo = memos.get(name)
    if memo is None:
        memo = memos[name] = {}
    return memo


def word_positions(
    doc: Doc, words: frozenset[str], kind: str = "lemma_lowers", start: int = 0,
    end: int | None = None,
) -> list[int]:
    """The indices, in order, of the tokens from ``start`` to ``end`` whose word of
    ``kind`` ("lemma_lowers", "lowers", "lemmas" or "texts", as ``token_lemma_lowers``
    ... give them) is one of ``words``: what ``[t.i for t in doc[start:end] if
    t.lemma_.lower() in words]`` finds, without building a Token per word. The doc's
    positions of each word class are found once per doc (the rules ask of every
    sentence) and found again after ``set_lemma``; a new list each call.

    >>> word_positions(doc, frozenset({"buy"}), start=sent.start, end=sent.end)  # doctest: +SKIP
    [3]
    """
    kept = _kept_at_length(doc)
    key = (kind, words)
    found = kept.positions.get(key)
    if found is None:
        index = kept.positions.get((kind, None))  # each word's positions, in one pass
        if index is None:
            index = kept.positions[(kind, None)] = {}
            for i, w in enumerate(_words(doc, kind)):
                at = index.get(w)  # (no new list per word, as setdefault would make)
                if at is None:
                    index[w] = [i]
                else:
                    at.append(i)
        hits = [index[w] for w in (words if len(words) < len(index) else index)
                if w in words and w in index]
        found = kept.positions[key] = hits[0] if len(hits) == 1 else sorted(
            i for at in hits for i in at)
    n = len(doc) if end is None else end
    if not found or (start <= found[0] and found[-1] < n):
        return list(found)
    return found[bisect_left(found, start) : bisect_left(found, n)]


def token_flags(doc: Doc, flag: str) -> list[bool]:
    """Every token's ``is_alpha`` (``flag`` "alpha"), ``is_upper`` ("upper"),
    ``is_punct`` ("punct"), ``is_space`` ("space"), ``bool(is_sent_start)``
    ("sent_start"), ``pos_ in ("VERB", "AUX")`` ("verb") or ``pos_ == "NOUN"``
    ("noun"), read from the word types
    and the doc's array without building Tokens, once per doc (shared: never change
    it; kg's components set no sentence start nor part of speech,
    ``kg.nlp.sentence_starts`` runs before them).

    >>> token_flags(doc, "alpha") == [t.is_alpha for t in doc]  # doctest: +SKIP
    True
    """
    words = _words_of(doc)
    found = words.get(flag)
    if found is None:
        if not len(doc):
            found = []
        elif flag == "sent_start":  # 1, or -1 (not a start) and 0 (unknown) as uint64
            found = (doc.to_array(SENT_START) == 1).tolist()  # (numpy makes the bools)
        elif flag == "verb":
            pos = doc.to_array(POS)
            found = ((pos == VERB) | (pos == AUX)).tolist()
        elif flag == "noun":
            found = (doc.to_array(POS) == NOUN).tolist()
        else:
            attr = {"alpha": IS_ALPHA, "upper": IS_UPPER, "punct": IS_PUNCT, "space": IS_SPACE}
            found = doc.to_array(attr[flag]).astype(bool).tolist()
        words[flag] = found
    return found


def _kept_at_length(doc: Doc) -> _Kept:
    """What is kept of ``doc``, its word data read again if its length changed."""
    kept = _kept(doc)
    n = len(doc)
    if kept.length != n:
        kept.reset(n)
    return kept


def _words_of(doc: Doc) -> dict[str, list[Any]]:
    return _kept_at_length(doc).words


def _words(doc: Doc, kind: str) -> list[str]:
    words = _words_of(doc)
    found = words.get(kind)
    if found is not None:
        return found
    if kind == "lemma_lowers":
        found = [lemma.lower() for lemma in _words(doc, "lemmas")]
    elif not len(doc):
        found = []
    else:
        strings = doc.vocab.strings
        attr = {"texts": ORTH, "lowers": LOWER, "lemmas": LEMMA}[kind]
        found = [strings[key] for key in doc.to_array(attr).tolist()]
    words[kind] = found
    return found


def _carries(doc: Doc, text: str) -> bool:
    """Whether ``text`` is the text ``doc`` was made from (its article's body)."""
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text) and text.startswith(doc[0].text)


def sentence_span(sent: SpacySpan, body: str | None = None) -> Span:
    """A sentence as a body span, without the spaces and line breaks around it.

    ``body`` is the doc's text: pass it when you have it, since ``Doc.text`` is
    rebuilt from the tokens on every access.
    """
    text = sent.text if body is None else body[sent.start_char : sent.end_char]
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = max(start, sent.end_char - (len(text) - len(text.rstrip())))
    return Span(start, end, text[start - sent.start_char : end - sent.start_char])


def reporting_outlets(doc: Doc, entities: Iterable[Entity]) -> set[EntityRef]:
    """The organisations among ``entities`` that report the article's deals, never
    make them: news agencies, and the outlet that publishes the article."""
    article = doc.user_data.get(ARTICLE_KEY)
    outlet = fold(getattr(article, "publisher", None) or "")
    return {
        ent.ref
        for ent in entities
        if ent.kind == "org"
        and any(
            (w := fold(name)) in NEWS_AGENCIES or (outlet and w == outlet)
            for name in (ent.name, *ent.aliases)
        )
    }
