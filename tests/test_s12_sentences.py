"""Where a sentence may start (session 12, issue 13): ``kg_sentence_starts`` runs before
the parser and presets a start after a line break and no start where the previous word
is not sentence-final punctuation, so the small parsers cannot cut a clause at a
capitalised word ("Grupo" / "Lanzarote" / ", propietario de …" after a headline) and lose
the deals told in it. Real boundaries stay: after a full stop, after a headline or a
list item's line, after a closing quote.

The preset tests run the component alone on a blank tokenizer; the sentence and deal
tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp import sentence_starts, split_dashes


def presets(lang: str, text: str) -> dict[str, bool | None]:
    """The start preset on each word of ``text`` (word → True, False or None), on kg's
    tokenizer (dashes split)."""
    nlp = spacy.blank(lang)
    split_dashes(nlp)
    doc = sentence_starts(nlp.make_doc(text))
    return {t.text: t.is_sent_start for t in doc if not t.is_space}


def sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


# -- the presets ---------------------------------------------------------------------


def test_no_start_inside_a_clause() -> None:
    found = presets("es", "Grupo Lanzarote, propietario de Hoteles Maspalomas, adquirirá Tinamar.")
    assert found["Lanzarote"] is False
    assert found[","] is False
    assert found["Maspalomas"] is False
    assert found["adquirirá"] is False


def test_a_line_break_starts_a_sentence() -> None:
    text = "Lanzarote compra Tinamar\n\nLanzarote pagará"
    doc = sentence_starts(spacy.blank("es").make_doc(text))
    assert [(t.text, t.is_sent_start) for t in doc[3:]] == [
        ("\n\n", None), ("Lanzarote", True), ("pagará", False)]


@pytest.mark.parametrize("text, after", [
    ("La venta asciende a 40 millones. Grupo Esla compró Órbigo.", "Grupo"),
    ("¿Quién comprará Órbigo? Grupo Esla, según fuentes.", "Grupo"),
    ("«Es una gran operación», dijo. «Seguiremos comprando.» Grupo Esla calla.", "Grupo"),
    ("The bid failed; Westmarch walked away.", "Westmarch"),
    ("Tarrant (a mill owner) sold Fellgate Paper (2019) Westmarch bought it.", "Westmarch"),
])
def test_after_final_punctuation_the_parser_decides(text: str, after: str) -> None:
    lang = "en" if text.startswith(("The", "Tarrant")) else "es"
    assert presets(lang, text)[after] is None


@pytest.mark.parametrize("text", [
    "SEVILLA (Agencia Sur) - Aceitera Valdepinos compra Bodegas Almorox.",
    "LEEDS–(Northgate Wire)–Westmarch Holdings will sell Fellgate Paper.",
])
def test_after_a_dateline_the_parser_decides(text: str) -> None:
    found = presets("es" if "SEVILLA" in text else "en", text)
    assert found["Aceitera" if "SEVILLA" in text else "Westmarch"] is None


def test_a_dash_inside_a_clause_starts_nothing() -> None:
    assert presets("en", "Westmarch - a paper maker - sold Fellgate.")["a"] is False


def test_no_sentence_opens_with_closing_punctuation() -> None:
    found = presets("es", "Toledo, 4 jun (Agencia Sur). Aceitera Valdepinos compra Almorox.")
    assert found["."] is False


def test_an_abbreviation_full_stop_leaves_the_choice_to_the_parser() -> None:
    assert presets("en", "Brimley Inc. Ferncastle bought it.")["Ferncastle"] is None


def test_a_preset_boundary_is_kept() -> None:
    nlp = spacy.blank("en")
    words = ["Acme", "bought", "Beta", "Gamma", "sold", "Delta"]
    doc = Doc(nlp.vocab, words=words, sent_starts=[True, False, False, True, False, False])
    starts = [t.is_sent_start for t in sentence_starts(doc)]
    assert starts == [True, False, False, True, False, False]


# -- the parser keeps them -----------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("lang, text, body", [
    ("es", "Grupo Lanzarote cierra una compra\n\nGrupo Lanzarote, propietario de Hoteles "
           "Maspalomas, adquirirá Cruceros Tinamar por 90 millones de euros.",
     "Grupo Lanzarote, propietario de Hoteles Maspalomas, adquirirá Cruceros Tinamar por 90 "
     "millones de euros."),
    ("es", "Constructora Peñalara vende su filial\n\nConstructora Peñalara, dueña de Áridos "
           "Tajuña, venderá Hormigones Jarama a Cementos Orcasitas por 60 millones de euros.",
     "Constructora Peñalara, dueña de Áridos Tajuña, venderá Hormigones Jarama a Cementos "
     "Orcasitas por 60 millones de euros."),
    ("en", "Westmarch Holdings to sell paper unit\n\nWestmarch Holdings, owner of Tarrant "
           "Mills, will sell Fellgate Paper to Dunmore Packaging for $90 million.",
     "Westmarch Holdings, owner of Tarrant Mills, will sell Fellgate Paper to Dunmore "
     "Packaging for $90 million."),
])
def test_a_body_sentence_after_a_headline_stays_whole(
    request: pytest.FixtureRequest, lang: str, text: str, body: str
) -> None:
    headline = text.split("\n")[0]
    assert sentences(request.getfixturevalue(lang), text) == [headline, body]


@pytest.mark.model
@pytest.mark.parametrize("lang, text, expected", [
    ("es", "La venta asciende a 40 millones. Grupo Esla compró Calzados Órbigo en 2020.",
     ["La venta asciende a 40 millones.", "Grupo Esla compró Calzados Órbigo en 2020."]),
    ("en", "- Acme bought Beta for $5 million\n- Gamma sold Delta to Epsilon",
     ["- Acme bought Beta for $5 million", "- Gamma sold Delta to Epsilon"]),
    ("es", "Textil Boedo cambia de manos\nModa Torío compra Textil Boedo.",
     ["Textil Boedo cambia de manos", "Moda Torío compra Textil Boedo."]),
    ("en", '"We will keep buying," Dunmore said. "Paper is our future."',
     ['"We will keep buying," Dunmore said.', '"Paper is our future."']),
])
def test_real_boundaries_stay(
    request: pytest.FixtureRequest, lang: str, text: str, expected: list[str]
) -> None:
    assert sentences(request.getfixturevalue(lang), text) == expected


@pytest.mark.model
def test_the_deal_of_a_body_sentence_after_a_headline_is_read(es: Language) -> None:
    doc = es("Grupo Lanzarote cierra una compra\n\nGrupo Lanzarote, propietario de Hoteles "
             "Maspalomas, adquirirá Cruceros Tinamar por 90 millones de euros.")
    found = [d for d in doc._.kg_deals if d.type == "Acquisition"]
    assert len(found) == 1
    roles = {(role, ref.name) for role, ref in found[0].roles}
    assert ("acquirer", "Grupo Lanzarote") in roles
    assert ("target", "Cruceros Tinamar") in roles
    assert found[0].amount is not None and found[0].amount.value == 90_000_000
