"""English people as wire news writes them: surnames in headlines in capitals,
surnames alone after the full name, names in sports lists. Each test is a sentence
written for it, with invented names.

The tests run the installed pipeline and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import Pipelines

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def en() -> Language:
    return Pipelines().get("en")


def mentions(nlp: Language, text: str, kind: str = "person") -> list[str]:
    """The text of every mention of the article's people (or organisations)."""
    return sorted(m.text for e in nlp(text)._.kg_entities if e.kind == kind
                  for m in e.mentions)


def test_surname_in_a_headline_in_capitals_before_its_verb(en: Language) -> None:
    text = ("TENNIS - VARNOK REFUSES TO RETIRE.\nLONDON 1996-08-30\n"
            "Petr Varnok said on Friday he would play another season.")
    assert "VARNOK" in mentions(en, text)


def test_deal_verb_in_a_headline_in_capitals_makes_no_company(en: Language) -> None:
    text = ("GOLF - HALLORAN TAKES LEAD IN DENVER.\nDENVER 1996-08-29\n"
            "Kevin Halloran fired a 64 to take a two-shot lead on Thursday.")
    assert not any("TAKES" in m for m in mentions(en, text, "organization"))
    assert "HALLORAN" in mentions(en, text)


def test_headline_common_word_is_no_person_of_a_list(en: Language) -> None:
    text = ("GOLF - HALLORAN TAKES LEAD IN DENVER, BRENNICK MAKES PRO DEBUT.\n"
            "DENVER 1996-08-29\n"
            "Kevin Halloran leads by two shots and Tom Brennick shot 70 on his debut.")
    assert not any("MAKES" in m for m in mentions(en, text))
