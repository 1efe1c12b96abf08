"""kg's own CPU after spaCy (session 28, speed2; issue 19): the rules read the doc's
word lists and the article's text instead of building a Token per word, with the same
answers. Every sentence is written for these tests, with invented names.

- ``titles.style_end`` looks a style up only at a word that opens one (a style's text
  opens with its first word's text), and reads the span's text without a Span.
- ``sense._shouted_names`` tries a headline's words in capitals only where a name of
  the article opens with that word, its words read from the doc's lists.
- ``bounds._outside_legal_forms`` reads the article's text (``doc_text``), not
  ``Doc.text``.

The tests that run the installed pipelines are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.entities.titles import style_end
from kg.entities.words import STYLES


def _style_end_plain(doc, s: int, stop: int) -> int:  # type: ignore[no-untyped-def]
    """``style_end`` as it read before: a Span per length tried."""
    for j in range(min(stop, s + 5), s, -1):
        if doc[s:j].text in STYLES:
            return j
    return s


@pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py
def test_style_end_same_as_a_span_per_length(en: Language) -> None:
    doc = en.make_doc(
        "Tan Sri Farid Osman met Dato' Sri Wee Kah Loon, Engr. Tobi Adeyemi and Datuk "
        "Seri Nora Ismail in Ipoh; Tanjung Holdings, Datin Paduka Zara and Haji Musa sat."
    )
    for s in range(len(doc)):
        for stop in (s, s + 1, len(doc) - 1, len(doc)):
            assert style_end(doc, s, stop) == _style_end_plain(doc, s, stop), (s, stop)
    assert style_end(doc, 0, len(doc)) == 2  # "Tan Sri"
    assert style_end(doc, 5, len(doc)) > 5  # "Dato' Sri"


@pytest.mark.model
def test_a_shouted_headline_name_takes_the_article_label(en: Language) -> None:
    doc = en("ORVELLE TAKES THE HELM\n\nMarisol Orvelle will run Quindar Freight from "
             "Monday, the board said. Orvelle joined the company in 2019.")
    people = {e.name for e in doc._.kg_entities if e.kind == "person"}
    assert "Marisol Orvelle" in people
    assert not any(e.name == "ORVELLE TAKES" for e in doc._.kg_entities)


@pytest.mark.model
def test_no_name_inside_a_spaced_legal_form(es: Language) -> None:
    doc = es("Viñedos Arrasate, S. en C. compró el 40 % de Lácteos Ubieta S.A. por 12 "
             "millones de euros.")
    names = {e.name for e in doc._.kg_entities}
    assert "Viñedos Arrasate" in names
    assert not any(n in ("S.", "C.") for n in names)
