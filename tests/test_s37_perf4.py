"""Session 37, helper perf4 (issue #19): kg's own CPU in the entity rules.

- ``INTERNAL_BODIES_BY_LAST`` and ``ADDRESS_STYLES_BY_FIRST`` (``kg.entities.words``):
  the phrases of a lexicon sequence by the word a rule matches them at, so that
  ``_strip_bodies`` (a company body after a name) and ``_past_address_style`` (a style
  of address before one) try only the phrases that end, or open, with that word
  instead of every phrase at every name.

Each gives what the loop over every phrase gave, on every span of sentences written
for these tests, and keeps the lexicon's order (the first phrase that matches wins).

- ``kg.deals.frame.outlets_besides``: the deal rules' ``Context`` finds the text's
  writer (``frame_speaker``) once and takes the outlets but it, where it found the
  writer twice; ``news_outlets`` gives what it gave.
- ``Context``'s words by entity (``_mentions_by_token``) hold one reference per entity.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.deals.context import _mentions_by_token
from kg.deals.frame import frame_speaker, news_outlets, outlets_besides
from kg.doc import ARTICLE_KEY
from kg.entities.labels import _past_address_style
from kg.entities.runs import _strip_bodies
from kg.entities.words import (
    ADDRESS_STYLES,
    ADDRESS_STYLES_BY_FIRST,
    INTERNAL_BODIES,
    INTERNAL_BODIES_BY_LAST,
    _by_word,
)
from kg.facts import Article, Entity, EntityRef, Span

_SENTENCES = [
    "Orvane Board of Directors met the Telmix Supervisory Board , said Board member Ada .",
    "La Junta General Extraordinaria de Accionistas de Quenor votó ; su Consejo de "
    "Administración no .",
    "His Royal Highness Prince Odo visited Her Majesty 's yard , and Su Majestad el Rey "
    "Tomás also came .",
    "Board Audit Committee Risk Committee 's Junta Directiva , Comité de Dirección .",
]


def _docs() -> list[Doc]:
    nlp = spacy.blank("en")
    return [Doc(nlp.vocab, words=s.split()) for s in _SENTENCES]


def _strip_bodies_before(doc: Doc, s: int, e: int) -> int:
    """What ``_strip_bodies`` did before: every body tried at every name."""
    texts = [t.text for t in doc]
    for body in INTERNAL_BODIES:
        k = len(body)
        if e - s > k and tuple(texts[e - k:e]) == body:
            e -= k
            while e > s and (doc[e - 1].lower_ in ("'s", "’s") or doc[e - 1].is_punct):
                e -= 1
            return e
        if e - s == k and tuple(texts[s:e]) == body:
            return s
    return e


def _past_address_style_before(texts: list[str], s: int, e: int) -> int:
    for words in ADDRESS_STYLES:
        if tuple(texts[s:min(s + len(words), e)]) == words:
            return s + len(words)
    return s


def test_strip_bodies_by_last_word_gives_what_every_body_gave() -> None:
    for doc in _docs():
        for s in range(len(doc) + 1):
            for e in range(len(doc) + 1):
                assert _strip_bodies(doc, s, e) == _strip_bodies_before(doc, s, e), (s, e)


def test_strip_bodies_still_strips_a_body() -> None:
    doc = _docs()[0]
    assert _strip_bodies(doc, 0, 4) == 1  # "Orvane Board of Directors" → "Orvane"
    assert _strip_bodies(doc, 6, 9) == 8  # "Telmix Supervisory Board": the first body, "Board"
    assert _strip_bodies(doc, 1, 2) == 1  # "Board" alone is a body, no name


def test_address_style_by_first_word_gives_what_every_style_gave() -> None:
    for doc in _docs():
        texts = [t.text for t in doc]
        for s in range(len(doc) + 1):
            for e in range(len(doc) + 1):
                assert _past_address_style(texts, s, e) == \
                    _past_address_style_before(texts, s, e), (s, e)


def test_address_style_near_miss_a_style_cut_short() -> None:
    texts = "His Royal Highness Prince Odo".split()
    assert _past_address_style(texts, 0, 5) == 3
    assert _past_address_style(texts, 0, 2) == 0  # "His Royal" alone is no style


def test_by_word_keeps_the_lexicon_order() -> None:
    assert _by_word((("a", "b"), ("b",), ("c", "b"), ("d",)), -1) == {
        "b": (("a", "b"), ("b",), ("c", "b")), "d": (("d",),)}
    assert [p for ps in INTERNAL_BODIES_BY_LAST.values() for p in ps] == sorted(
        INTERNAL_BODIES, key=lambda p: [q[-1] for q in INTERNAL_BODIES].index(p[-1]))
    assert sum(len(ps) for ps in ADDRESS_STYLES_BY_FIRST.values()) == len(ADDRESS_STYLES)


_LETTER = ("Dear shareholders, this year we bought Tollmark Dairies, as the Harbour Ledger "
           "reported.\n\nYours sincerely,\nIda Brun\nChair, Quillon Foods plc")


def _letter() -> tuple[Doc, list[Entity]]:
    nlp = spacy.blank("en")
    doc = nlp(_LETTER)
    doc.user_data[ARTICLE_KEY] = Article("letter", _LETTER, "en", publisher="Harbour Ledger")

    def org(name: str) -> Entity:
        at = _LETTER.index(name)
        return Entity("org", name, mentions=(Span(at, at + len(name), name),))

    return doc, [org("Tollmark Dairies"), org("Harbour Ledger"), org("Quillon Foods plc")]


def test_outlets_besides_the_writer_found_once_gives_news_outlets() -> None:
    doc, entities = _letter()
    writer = frame_speaker(doc, entities)
    assert writer == EntityRef("org", "Quillon Foods plc")
    assert outlets_besides(doc, entities, writer) == news_outlets(doc, entities) == {
        EntityRef("org", "Harbour Ledger")}
    # near miss: with no writer, every outlet stays one
    assert outlets_besides(doc, entities, None) == {EntityRef("org", "Harbour Ledger")}


def test_mentions_by_token_one_reference_per_entity() -> None:
    doc, entities = _letter()
    tok_ent, starts = _mentions_by_token(doc, entities)
    assert [ref.name for _, ref in starts] == [
        "Tollmark Dairies", "Harbour Ledger", "Quillon Foods plc"]
    assert {tok_ent[i] for i in range(len(doc)) if i in tok_ent} == {e.ref for e in entities}
    first, second = (i for i in tok_ent if tok_ent[i].name == "Tollmark Dairies")
    assert tok_ent[first] is tok_ent[second]  # shared, not made again per word
