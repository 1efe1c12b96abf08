"""What kg's spaCy components and the extract stage share about a ``Doc``: where a doc
keeps the article it was made from, and a sentence as a span of the article body.

Below both the components (``kg_money``, ``kg_deals``) and ``kg.extract``, so that a
component never imports the stage that runs after it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from weakref import WeakKeyDictionary

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_UPPER, LEMMA, LENGTH, LOWER, ORTH
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
    known = _TEXT_OF.get(doc)
    if known is not None:
        return known
    text = getattr(doc.user_data.get(ARTICLE_KEY), "text", None)
    if not (isinstance(text, str) and len(doc) and _carries(doc, text)):
        text = doc.text  # a doc made from a bare text (``nlp(text)``): joined once
    _TEXT_OF[doc] = text
    return text


_TEXT_OF: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without building the Span and a Token per word: the doc's
    text from the first word's start to the last word's end.

    >>> span_text(doc, 0, 2) == doc[0:2].text  # doctest: +SKIP
    True
    """
    if not 0 <= start < end <= len(doc):
        return doc[start:end].text
    bounds = _BOUNDS.get(doc)
    if bounds is None or len(bounds[0]) != len(doc):
        starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist()
        bounds = _BOUNDS[doc] = (starts, [s + n for s, n in zip(starts, lengths, strict=True)])
    return doc_text(doc)[bounds[0][start] : bounds[1][end - 1]]


# Each word's first and end character, read once per doc (``span_text``).
_BOUNDS: WeakKeyDictionary[Doc, tuple[list[int], list[int]]] = WeakKeyDictionary()


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


def token_flags(doc: Doc, flag: str) -> list[bool]:
    """Every token's ``is_alpha`` (``flag`` "alpha"), ``is_upper`` ("upper") or
    ``is_punct`` ("punct"), read from the word types without building Tokens, once per
    doc (shared: never change it).

    >>> token_flags(doc, "alpha") == [t.is_alpha for t in doc]  # doctest: +SKIP
    True
    """
    known = _WORDS.get(doc)
    if known is None or known[0] != len(doc):
        known = _WORDS[doc] = (len(doc), {})
    found = known[1].get(flag)
    if found is None:
        attr = {"alpha": IS_ALPHA, "upper": IS_UPPER, "punct": IS_PUNCT}[flag]
        found = known[1][flag] = [bool(v) for v in doc.to_array(attr).tolist()] if len(doc) else []
    return found


def _words(doc: Doc, kind: str) -> list[str]:
    # Kept while the doc lives, for its length: kg's components never retokenise nor
    # set a lemma (a doc of another length is read again).
    known = _WORDS.get(doc)
    if known is None or known[0] != len(doc):
        known = _WORDS[doc] = (len(doc), {})
    found = known[1].get(kind)
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
    known[1][kind] = found
    return found


# (lists of words, and of flags: ``token_flags``)
_WORDS: WeakKeyDictionary[Doc, tuple[int, dict[str, list[Any]]]] = WeakKeyDictionary()


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
