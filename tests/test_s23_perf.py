"""Session 23's speed mechanism (issue 19) gives what the slower code gave: a doc's
language (``doc.lang_``, a Python call in spaCy on every access) read once per doc and
kept with what kg keeps of it, and once per deal reading in the ``Context``; every
rule that asked the doc or a token now asks ``doc_lang`` or ``ctx.lang``.

The sentences are written for these tests.
"""

from __future__ import annotations

import gc

import spacy
from spacy.language import Language

from kg.deals.context import Context
from kg.doc import doc_lang, doc_text, token_texts

EN = "Harbor Pine agreed to buy Tollan Freight from Quarry Lane."
ES = "Brivana compró Papelera Tormes a Ostrava Mills por 40 millones de euros."


def test_a_docs_language_is_the_docs_and_its_words() -> None:
    for lang, text in (("en", EN), ("es", ES)):
        doc = spacy.blank(lang)(text)
        assert doc_lang(doc) == doc.lang_ == lang
        assert {t.lang_ for t in doc} == {lang}  # a word's language is its doc's
        assert doc_lang(doc[2:4].doc) == lang


def test_the_language_kept_follows_the_doc_asked_about() -> None:
    one, two = spacy.blank("en")(EN), spacy.blank("es")(ES)
    for _ in range(2):  # asked alternately: each doc's own, never the other's
        assert [doc_lang(d) for d in (one, two, one, two)] == ["en", "es", "en", "es"]
    # kept beside the doc's text and words, which stay the doc's own
    assert doc_text(two) == ES and token_texts(one) == [t.text for t in one]


def test_a_doc_gone_leaves_its_language_to_no_other() -> None:
    for lang, text in (("es", ES), ("en", EN), ("es", ES)):
        doc = spacy.blank(lang)(text)
        assert doc_lang(doc) == lang
        del doc
        gc.collect()


def test_the_context_reads_the_language_once(en: Language, es: Language) -> None:
    for nlp in (en, es):
        doc = nlp.make_doc(EN if nlp is en else ES)
        for name, proc in nlp.pipeline:  # the model's parse, not kg's components
            if not name.startswith("kg_"):
                doc = proc(doc)
        assert Context(doc, {}).lang == doc.lang_ == nlp.lang


def test_the_heads_above_a_word_are_read_as_before(en: Language) -> None:
    from kg.deals.status import _ancestors

    doc = en("Harbor Pine said it denied a report that it would buy Tollan Freight.")
    word = next(t for t in doc if t.text == "buy")
    above, t = [], word
    for _ in range(8):  # the old walk: its stop test never held, so eight heads
        t = t.head
        above.append(t)
    assert [h.i for h in _ancestors(word)] == [h.i for h in above]
    assert [h.i for h in _ancestors(word, 2)] == [word.head.i, word.head.head.i]
