"""kg's components read a doc's words from the word types, once per doc, instead of
building a Token per word for every rule (issue 19): what they read that way is what
the Tokens say, also for a doc made from a bare text, and also after a doc's tokens
change.

The sentences are written for these tests.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from kg.deals.context import Context
from kg.doc import ARTICLE_KEY, doc_text
from kg.entities.runs import _lemmas, _lowers, _texts
from kg.entities.sports import sports_report
from kg.facts import Article

TEXT = (
    "Calderina Foods said on Monday it would buy the Portside Dairy Board's cheese unit.\n\n"
    "The buyer, Calderina, pays 40 million euros."
)


def test_word_lists_are_what_the_tokens_say(en: Language) -> None:
    doc = en(TEXT)
    assert _texts(doc) == [t.text for t in doc]
    assert _lowers(doc) == [t.lower_ for t in doc]
    assert _lemmas(doc) == [t.lemma_ for t in doc]
    assert _texts(doc) is _texts(doc)  # made once for the doc


def test_word_lists_follow_a_retokenised_doc() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Harrowgate Mills sold its bakery")
    before = _texts(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert before == ["Harrowgate", "Mills", "sold", "its", "bakery"]
    assert _texts(doc) == ["Harrowgate Mills", "sold", "its", "bakery"]


def test_an_empty_doc_has_no_words() -> None:
    doc = spacy.blank("es")("")
    assert _texts(doc) == _lowers(doc) == _lemmas(doc) == []
    assert doc_text(doc) == ""


def test_doc_text_of_a_bare_doc_and_of_an_article_doc(en: Language) -> None:
    bare = en(TEXT)
    assert doc_text(bare) == bare.text == TEXT
    assert doc_text(bare) is doc_text(bare)  # joined once
    article = Article(id="fast-paths", text=TEXT, lang="en")
    doc = en.make_doc(TEXT)
    doc.user_data[ARTICLE_KEY] = article
    assert doc_text(doc) is article.text


def test_deal_context_word_lists(en: Language) -> None:
    doc = en(TEXT)
    ctx = Context(doc, {})
    assert ctx.lowers == [t.lower_ for t in doc]
    assert ctx.lemma_lowers == [t.lemma_.lower() for t in doc]


def test_sports_report_reads_the_words_and_results(es: Language) -> None:
    # Sports words of two kinds and three in all, or one and a result written "2-1".
    assert sports_report(es("El equipo ganó el partido y el entrenador celebró el gol."))
    assert sports_report(es("El Rayadillo venció 2-1 al Tormes en la liga."))
    assert not sports_report(es("Brenara compró la fábrica de Ourense por 12 millones."))
