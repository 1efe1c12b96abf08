"""Deal parties kg did not find as organisations (session 25, ent7). Every sentence is
written for these tests, with invented companies.

- A legal form written with a slash is one token ("Skovgaard Shipping A/S", Denmark's
  and Norway's aktieselskab; "Alfa S/A", Brazil's sociedade anônima): the tokenizer
  keeps the legal forms of lexicon ``legal_forms`` that hold a slash whole
  (kg.nlp.keep_legal_forms); split, the name ended in a stray capital
  ("Skovgaard Shipping A"). A currency's "S/" stays a sign.
- Two names of two capitalised words or more, joined by "and"/"y", are two companies
  (kg.entities.labels._two_complete_names): the model's "Eastgate Direct Lending and
  Heron Credit Partners" was lost whole (no name holds an "and"); "Procter and
  Gamble"-like names of one word a side, and "Ministerio de Agricultura y Desarrollo
  Rural", stay one; so does a title-case headline's span, whose capitals say nothing
  ("... Tolmo Analytics and Expands Partnership with ...").
- More trade nouns say "la empresa ..." (lexicon ``descriptors``): "la sociedad X" (the
  legal word for a company), "la tejedora X", "la quesera X", "la agrotecnológica X",
  "la comisionista X"; not "la sociedad civil" or "la sociedad española".
- A capitalised trade noun before a co-operative's name found from its head is part of
  the name ("Quesera Cooperativa Almarcha", "Bodega Cooperativa San Roque";
  kg.entities.labels._trade_before_head), not a company "Quesera" of its own.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.entities.labels import _two_complete_names
from tests.test_s22_lead import deals, names

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


# ---------------------------------------------------------------- slashed legal forms


def test_a_danish_legal_form_closes_the_buyers_name(es: Language) -> None:
    text = ("Tarvel Capital vendió Logística Portobelo al grupo danés Skovgaard "
            "Shipping A/S por 20 millones de euros.")
    assert "Skovgaard Shipping A/S" in names(es, text)
    assert "Skovgaard Shipping A" not in names(es, text)
    assert {"acquirer": "Skovgaard Shipping A/S", "target": "Logística Portobelo",
            "seller": "Tarvel Capital"} in deals(es, text)


def test_a_slashed_legal_form_is_one_token_in_english(en: Language) -> None:
    doc = en("Tarvel Capital sold its stake to Fjordby Marine A/S, the Danish group.")
    assert "A/S" in [t.text for t in doc]
    assert "Fjordby Marine A/S" in {e.name for e in doc._.kg_entities}


def test_a_short_form_after_the_slashed_legal_form_is_the_same_company(
        es: Language) -> None:
    doc = es("El grupo danés Skovgaard Shipping A/S compró Logística Portobelo. "
             "Skovgaard Shipping pagó 5 millones de euros.")
    ents = {e.name: e.aliases for e in doc._.kg_entities if e.kind == "org"}
    assert ents.get("Skovgaard Shipping A/S") == ("Skovgaard Shipping",)


def test_a_currencys_slash_stays_a_sign(es: Language) -> None:
    doc = es("Reclaman S/ 42 millones a Pesquera Ancón.")
    assert "S/" in [t.text for t in doc]


# ---------------------------------------------------------------- two names joined


@pytest.mark.parametrize(("text", "pair"), [
    ("Brisa Foods refinanced its debt with a facility from Eastgate Direct Lending and "
     "Heron Credit Partners.", {"Eastgate Direct Lending", "Heron Credit Partners"}),
    ("Brisa Foods said Eastgate Direct Lending and Heron Credit Partners had provided a "
     "£30m facility.", {"Eastgate Direct Lending", "Heron Credit Partners"}),
])
def test_two_names_of_two_words_joined_by_and_are_two_companies(
        en: Language, text: str, pair: set[str]) -> None:
    assert pair <= names(en, text)


def _joined_at_and(nlp: Language, text: str, first: str, last: str) -> bool:
    """_two_complete_names of the span from the word ``first`` to the word ``last``."""
    doc = nlp(text)
    words = [t.text for t in doc]
    start, end = words.index(first), words.index(last) + 1
    i = words.index("and", start)
    caps = [t.text[:1].isupper() for t in doc]
    return _two_complete_names(doc, start, i, end, caps)


def test_and_between_two_names_in_prose_parts_them(en: Language) -> None:
    text = "The loan was arranged by Tolmo Direct Lending and Verdal Credit Group."
    assert _joined_at_and(en, text, "Tolmo", "Group")


def test_a_title_case_headlines_and_parts_no_two_names(en: Language) -> None:
    text = ("Brisa Data Systems Completes Acquisition of Tolmo Analytics and Expands "
            "Partnership with Verdal Cloud")
    assert not _joined_at_and(en, text, "Tolmo", "Partnership")


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "The Food and Drug Administration approved the drug made by Brisa Pharma.",
     "Food and Drug Administration"),
    ("en", "The Arts and Humanities Research Council funds Brisa Labs.",
     "Arts and Humanities Research Council"),
    ("es", "El Ministerio de Agricultura y Desarrollo Rural multó a Lácteos Tordera.",
     "Ministerio de Agricultura y Desarrollo Rural"),
])
def test_a_name_that_holds_and_stays_one(
        request: pytest.FixtureRequest, lang: str, text: str, name: str) -> None:
    assert name in names(request.getfixturevalue(lang), text)


# ---------------------------------------------------------------- trade nouns


@pytest.mark.parametrize(("text", "name"), [
    ("Los socios son Ana Ruiz y la sociedad Promotora Valles de Ortega, dueña de un "
     "tercio del hotel.", "Promotora Valles de Ortega"),
    ("La empresa compró la tejedora Hilaturas Benicolet por 6 millones.",
     "Hilaturas Benicolet"),
])
def test_a_trade_noun_before_a_name_says_it_is_a_company(
        es: Language, text: str, name: str) -> None:
    assert name in names(es, text)


@pytest.mark.parametrize("text", [
    "La sociedad española vive un momento difícil, dijo Ana Ruiz.",
    "La sociedad civil de Teruel pide más transparencia, dijo Ana Ruiz.",
])
def test_society_in_its_common_sense_names_no_company(es: Language, text: str) -> None:
    assert names(es, text) == set()


# ---------------------------------------------------------------- a trade before a head


@pytest.mark.parametrize(("text", "name"), [
    ("Lácteos Tordera no logró comprar Quesera Cooperativa Almarcha en 2023.",
     "Quesera Cooperativa Almarcha"),
    ("Lácteos Tordera compró Bodega Cooperativa San Roque por 3 millones de euros.",
     "Bodega Cooperativa San Roque"),
])
def test_a_capitalised_trade_opens_a_cooperatives_name(
        es: Language, text: str, name: str) -> None:
    found = names(es, text)
    assert name in found
    assert name.split()[0] not in found


def test_a_cooperative_without_its_trade_stays_as_written(es: Language) -> None:
    text = "La Cooperativa Almarcha rechazó la oferta de Lácteos Tordera."
    assert names(es, text) == {"Cooperativa Almarcha", "Lácteos Tordera"}
