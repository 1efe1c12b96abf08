"""False names of genres kg rarely reads (session 25, probe8). Every sentence is
written for these tests, with invented companies and people.

- A transcript's speaker tag opening a line is a role in capitals before its colon,
  perhaps with the speaker's name in brackets ("CHAIR:", "ACCIONISTA (Sr. Pedro
  Galán):", "INTERVIEWER:"): the role names nobody, and the word after the colon opens
  a sentence (kg.entities.furniture, ``_speaker_tag``; lexicon ``speaker_roles`` beside
  the people's roles). A company's name in capitals before a colon is no role.
- A commenter's or poster's handle runs letters into digits or an underscore
  ("MarkyB_77", "Luisa_R"): no person's name is written so (``furniture:handle``).
- A slide deck's "Slide 4:" / "Diapositiva 3:" and "Speaker notes:" / "Notas del
  orador:", and a style guide's "Correcto:" / "Incorrecto:" marks are labels
  (lexicon ``head_labels``).
- A heading in capitals joined by a possessive ("CHAIRMAN'S STATEMENT") is a rubric,
  as one joined by a function word is ("WEEK IN DEALS").

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import names

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def people(nlp: Language, text: str) -> set[str]:
    return names(nlp, text, "person")


def orgs(nlp: Language, text: str) -> set[str]:
    return names(nlp, text, "org")


def parties(nlp: Language, text: str) -> set[str]:
    return {x.name for d in nlp(text)._.kg_deals or () for _, x in d.roles}


# ---------------------------------------------------------------- speaker tags

def test_a_speaker_tags_role_with_a_name_in_brackets_is_no_name(es: Language) -> None:
    text = ("ACCIONISTA (Sr. Anselmo Peral): ¿Se vende la compañía?\n"
            "PRESIDENTA (Sra. Nerea Oyarbide): No hemos recibido ninguna oferta.")
    assert not orgs(es, text) & {"ACCIONISTA", "PRESIDENTA", "Accionista", "Presidenta"}
    assert not parties(es, text) & {"ACCIONISTA", "Accionista"}
    assert {"Anselmo Peral", "Nerea Oyarbide"} <= people(es, text)


def test_a_speaker_tags_role_leaves_the_sentence_after_it(en: Language) -> None:
    text = ("SHAREHOLDER: Why was the plant sold?\n"
            "CHAIR: Lumbridge Foods bought the Tolsey warehouse.")
    assert "Lumbridge Foods" in orgs(en, text)
    assert not orgs(en, text) & {"SHAREHOLDER", "CHAIR"}


def test_a_speakers_name_in_capitals_is_no_role(en: Language) -> None:
    text = "WINIFRED ASHCROFT: We sold the mill to Caxlow Paper in 1988."
    assert "Caxlow Paper" in orgs(en, text)


# ---------------------------------------------------------------- handles

@pytest.mark.parametrize("lang, text, handle", [
    ("en", "Comments (3)\nMarkyB_77 says:\nGreat news that Fenwick Foods bought Oldacre "
     "Bakery. About time.\nSandraQ says:\nReply to MarkyB_77: they paid too much, £12m "
     "for a bakery?", "MarkyB_77"),
    ("es", "Comentarios\nPepeM dice:\nLa compra de Bodegas Urtasun por Vinos del Cierzo "
     "es una mala noticia.\nLuisa_R responde:\nNo estoy de acuerdo, pagaron 5 millones.",
     "Luisa_R"),
])
def test_a_commenters_handle_is_no_person(
    request: pytest.FixtureRequest, lang: str, text: str, handle: str
) -> None:
    assert handle not in people(request.getfixturevalue(lang), text)


# ---------------------------------------------------------------- labels

def test_a_slide_label_is_no_acquirer(en: Language) -> None:
    text = ("Slide 6\nSpeaker notes: We closed the purchase of Tamerlane Copper in Q3.\n"
            "Slide 7: Strategic Acquisitions Driving Growth")
    assert "Slide" not in orgs(en, text)
    assert "Slide" not in parties(en, text)


def test_a_slide_label_in_spanish_is_no_name(es: Language) -> None:
    text = "Diapositiva 3: Resultados\nNotas del orador: Compramos Minera Quillota en marzo."
    assert "Diapositiva" not in orgs(es, text)


def test_a_style_guides_mark_is_no_target(es: Language) -> None:
    text = ("Correcto: «La empresa Lácteos Ferrán fue comprada por Grupo Tresmar».\n"
            "Incorrecto: «Lácteos Ferrán fueron comprados».")
    assert "Incorrecto" not in orgs(es, text)
    assert "Incorrecto" not in parties(es, text)


def test_a_possessive_heading_in_capitals_is_a_rubric(en: Language) -> None:
    text = ("CHAIRMAN'S STATEMENT\nDear Shareholders,\n"
            "This year we completed the acquisition of Pellingham Dairy for £18 million.")
    assert "STATEMENT" not in orgs(en, text)
    assert "STATEMENT" not in parties(en, text)
