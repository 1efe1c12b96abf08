"""False organisations (session 20, issue #13), each rule on sentences written for
these tests.

A capitalised head noun of organisations alone after a determiner ("the Fund", "this
House", "el Fondo", "dicha Comisión") is a definite description, no name: it is one
more mention of the organisation the article names with that head, or, where the
article names none or several, of nobody (``kg.entities.definite``).

Every test runs the installed pipelines and is marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s13_entities import orgs

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def _org_of(nlp: Language, text: str, word: str) -> set[str]:
    """The names of the organisations any mention of ``word`` belongs to."""
    doc = nlp(text)
    return {e.name for e in doc._.kg_entities if e.kind == "org"
            and any(m.text == word for m in e.mentions)}


# --- definite descriptions ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "head", "org"), [
    ("The Tongan Ocean Fund was created by Parliament last year. In March the Fund "
     "bought 20 per cent of Reefline Telecom for $14 million.", "Fund", "Tongan Ocean Fund"),
    ("Castlemere Trust Holdings will buy Orrin Fiduciary Group plc. The Group employs "
     "400 people in Guernsey.", "Group", "Orrin Fiduciary Group"),
    ("El Fondo Andino de Infraestructura compró el 30% de Vialsur. El Fondo pagó 40 "
     "millones de dólares por la participación.", "Fondo", "Fondo Andino de Infraestructura"),
    ("La Sociedad Minera Quillacollo vendió su planta a Metales Oruro. Según la "
     "Sociedad, la venta cerrará en junio.", "Sociedad", "Sociedad Minera Quillacollo"),
])
def test_a_definite_head_is_a_mention_of_the_organisation_it_refers_to(
        en: Language, es: Language, text: str, head: str, org: str) -> None:
    nlp = es if " el " in f" {text.lower()} " or " la " in f" {text.lower()} " else en
    found = orgs(nlp, text)
    assert head not in found
    assert org in found
    assert _org_of(nlp, text, head) <= {org}


@pytest.mark.parametrize(("lang", "text", "head"), [
    ("en", "Bidco has received undertakings to vote in favour of the Scheme. The Scheme "
     "is expected to become effective in March.", "Scheme"),
    ("en", "I can confirm to this House that the Kestrel Ports sale is complete.", "House"),
    ("en", "Ashdown Minerals and Corrib Mining said the Board would meet on Friday.",
     "Board"),
    ("es", "La Comisión aprobó la compra de Lácteos Tarija por parte de Grupo Chaco.",
     "Comisión"),
    ("es", "La Sociedad comunicó a la Comisión que había cerrado la venta de Aceites "
     "Morón.", "Comisión"),
    # two banks named: which one "the Bank" is, is unsaid
    ("en", "Harwick Bank and Stonegate Bank agreed to merge. The Bank said the deal would "
     "close in May.", "Bank"),
])
def test_a_definite_head_no_organisation_bears_names_nobody(
        en: Language, es: Language, lang: str, text: str, head: str) -> None:
    assert head not in orgs(es if lang == "es" else en, text)


@pytest.mark.parametrize(("lang", "text", "org"), [
    # a name of several words after "the" is a name
    ("en", "The Royal Court sanctioned the scheme on Tuesday.", "Royal Court"),
    ("es", "La Comisión Nacional de Valores aprobó la oferta de Grupo Chaco.",
     "Comisión Nacional de Valores"),
    # a word that heads no organisation keeps its reading
    ("en", "Brenmoor Capital, advised by Larkhill Partners, bought the Selwyn Arms hotel.",
     "Larkhill Partners"),
])
def test_a_name_after_a_determiner_is_still_a_name(
        en: Language, es: Language, lang: str, text: str, org: str) -> None:
    assert org in orgs(es if lang == "es" else en, text)
