"""False deals with a stray party, false organisations and people of unseen news
(session 27, false10). Every sentence is written for these tests, with invented
companies, people and places.

- Mexico's legal forms of several words close a company's name whole ("Vinos Ures,
  S.A. de C.V.", "Fletes Tera, S. de R.L.", "Crédito Ures, S.A.B. de C.V., SOFOM
  E.R."; lexicon ``spaced_legal_forms``,
  kg.entities.cues.legal_form): the name less
  them is the company's, as "Telefónica" is of "Telefónica, S.A.", and no word of the
  form opens a person ("R.L. Acuerdo" of a court list's "S. de R.L. Acuerdo:").
- An institution's name goes on through the place it names with "y" in it ("Junta de
  Bosnia y Herzegovina"; kg.entities.cues.org_head, the known places).
- A credit line, a verbless sentence opened by "con" / "with" and a partnership's noun
  ("Con la colaboración de la Diputación de X y del Consorcio de Y."), tells no
  partnership (kg.deals.guards.credit_line; lexicon ``credit_openers``).
- A report's title before a company's name is none of its words ("los Estados
  Financieros de Vinos Ures S.A."; lexicon ``document_heads``), and a shareholders' meeting
  named by its kind ("la Junta Extraordinaria") is the company's body, no organisation
  (lexicon ``internal_bodies``): a letter's unsaid "we" is the company, not either;
  nor are the members after it ("la Junta General de Socios"; cues, ``_body_owner``).
- A heading line of an article and a common word in capitals ("LA CARTA", "THE
  LETTER") over a letter is furniture, no organisation, unless the prose writes it as
  a name (kg.entities.furniture, ``_article_heading``).
- Mexico's master's degree written short before a name ("Mtra. Lucía Ortega") is a
  style, no name (lexicon ``styles``).
- A Spanish verb's unsaid "yo" ("compré en la ferretería X un juego de cuchillos de
  Y") is the writer, whom no name stands for: neither the subject before nor the
  company named last is the buyer (kg.deals.first_person.unsaid_i).

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s25_false import orgs, people
from tests.test_s26_stray import deals

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def aliases(nlp: Language, text: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in nlp(text)._.kg_entities if e.kind == "org"}


# ---------------------------------------------------------------- Mexico's legal forms


_COURT_LIST = (
    "1. Exp. 77/2026. Juicio ordinario mercantil. Actor: Vinos Ures, S.A. de C.V. "
    "Demandada: Fletes Tera, S. de R.L. Acuerdo: queda admitida la demanda por el "
    "contrato que ambas firmaron en marzo.")


def test_a_mexican_legal_form_closes_the_name_whole(es: Language) -> None:
    found = aliases(es, _COURT_LIST)
    assert found["Vinos Ures"] == {"Vinos Ures, S.A. de C.V."}
    assert found["Fletes Tera"] == {"Fletes Tera, S. de R.L."}
    assert not people(es, _COURT_LIST)  # no "R.L. Acuerdo"


@pytest.mark.parametrize("text, name, alias", [
    ("Actor: Crédito Ures, S.A.B. de C.V., SOFOM E.R. Demandado: Fletes Tera. "
     "Acuerdo: se requiere el pago.", "Crédito Ures",
     "Crédito Ures, S.A.B. de C.V., SOFOM E.R."),
    ("Fletes Tera, S. de R.L. de C.V. vendió dos camiones a Panes Ures.", "Fletes Tera",
     "Fletes Tera, S. de R.L. de C.V."),
    ("Panes Tera, S.A.B. de C.V. compró Harinas Ures por 90 millones de pesos.",
     "Panes Tera", "Panes Tera, S.A.B. de C.V."),
])
def test_forms_after_a_comma_close_the_name_too(
        es: Language, text: str, name: str, alias: str) -> None:
    found = aliases(es, text)
    assert alias in found[name]
    assert not any(n.startswith(("C.V", "SOFOM")) for n in found)


def test_a_name_said_again_without_its_form_is_the_same_company(es: Language) -> None:
    text = ("Actor: Vinos Ures, S.A. de C.V. Trámite: queda admitida la demanda. Vinos Ures "
            "no quiso comentar la demanda.")
    assert orgs(es, text) == {"Vinos Ures"}


# ---------------------------------------------------------------- a place with "y"


@pytest.mark.parametrize("text, body", [
    ("El Gobierno de Bosnia y Herzegovina concedió una ayuda a Quesos Tera.",
     "Gobierno de Bosnia y Herzegovina"),
    ("El Gobierno de Trinidad y Tobago vendió su parte de Gas Ures a Fletes Tera.",
     "Gobierno de Trinidad y Tobago"),
])
def test_an_institution_names_its_place_whole(es: Language, text: str, body: str) -> None:
    found = orgs(es, text)
    assert body in found
    assert body.rsplit(" y ", 1)[0] not in found


def test_fields_joined_by_y_still_close_a_ministry(es: Language) -> None:
    text = "El Ministerio de Pesca y Acuicultura vendió Gas Ures a Fletes Tera."
    assert "Ministerio de Pesca y Acuicultura" in orgs(es, text)


# ---------------------------------------------------------------- a credit line


@pytest.mark.parametrize("nlp_name, text", [
    ("es", "Visita guiada por 12 euros.\nCon la colaboración de la Diputación de Ures y "
           "del Consorcio de Tera."),
    ("es", "Con el apoyo de Bodegas Ureña y la colaboración de Quesos Tera."),
    ("en", "Guided walks daily.\nIn partnership with Harlow Mills and Tayside Foods."),
])
def test_a_credit_line_tells_no_partnership(
        request: pytest.FixtureRequest, nlp_name: str, text: str) -> None:
    nlp = request.getfixturevalue(nlp_name)
    assert not [d for d in deals(nlp, text) if d[0] == "Partnership"]


@pytest.mark.parametrize("nlp_name, text, partners", [
    ("es", "Hoteles Duero firmó una colaboración con Bodegas Ureña para vender vino.",
     {"Hoteles Duero", "Bodegas Ureña"}),
    ("en", "In partnership with Harlow Mills, Tayside Foods will open a bakery.",
     {"Harlow Mills", "Tayside Foods"}),
])
def test_a_partnership_with_a_verb_is_still_one(
        request: pytest.FixtureRequest, nlp_name: str, text: str,
        partners: set[str]) -> None:
    nlp = request.getfixturevalue(nlp_name)
    assert ("Partnership", {"partner": partners}) in deals(nlp, text)


# ---------------------------------------------------------------- a report's title


_LETTER = (
    "Señoras y señores accionistas:\n\nLes presento los Estados Financieros de Vinos "
    "Ures S.A. y la Memoria del ejercicio 2025. En mayo adquirimos a Agrícola Tera 50 "
    "hectáreas de viñedo por 9 millones de bolivianos. El 3 de junio la Junta "
    "Extraordinaria votó la ampliación de capital.")


def test_a_reports_title_is_no_word_of_the_company(es: Language) -> None:
    found = orgs(es, _LETTER)
    assert "Vinos Ures" in found
    assert not any(name.startswith(("Estados", "Junta")) for name in found)


def test_the_letters_we_is_the_company_not_its_meeting(es: Language) -> None:
    # Land bought from its owner is an acquisition (session 34, tests/test_s34_matched.py).
    assert ("Acquisition", {"acquirer": {"Vinos Ures"}, "seller": {"Agrícola Tera"}}) \
        in deals(es, _LETTER)


# ---------------------------------------------------------------- an unsaid "yo"


def test_the_writers_purchase_in_a_shop_has_no_buyer(es: Language) -> None:
    text = ("LA CARTA\n\nSoria, 3 de enero de 2026\n\nMuy señores míos:\n\nEn octubre "
            "compré en Ferretería Duero un juego de cuchillos de Aceros Ures por 60 euros.")
    assert not deals(es, text)


def test_a_dropped_third_person_still_continues_the_subject(es: Language) -> None:
    text = "Lácteos Tera es de Soria. En 2020 compró Quesos Ures por 3 millones de euros."
    assert ("Acquisition", {"acquirer": {"Lácteos Tera"}, "target": {"Quesos Ures"}}) \
        in deals(es, text)


def test_a_quoted_yo_is_still_its_speaker(es: Language) -> None:
    text = ("Aceros Ures fabrica cuchillos. En 2024 compré la empresa a Metales Tera por "
            "2 millones de euros, dijo Ana Gil.")
    found = deals(es, text)
    assert found and found[0][1].get("acquirer") == {"Ana Gil"}


# ---------------------------------------------------------------- a letter's heading


@pytest.mark.parametrize("nlp_name, text, heading", [
    ("es", "LA CARTA\n\nSoria, 3 de enero de 2026\n\nMuy señores míos:\n\nEn octubre "
           "Aceros Ures me vendió un juego de cuchillos por 60 euros.", "CARTA"),
    ("es", "LA RESPUESTA\n\nEstimado cliente: Aceros Ures lamenta el problema.",
     "RESPUESTA"),
])
def test_a_letters_heading_names_nobody(
        request: pytest.FixtureRequest, nlp_name: str, text: str, heading: str) -> None:
    nlp = request.getfixturevalue(nlp_name)
    found = orgs(nlp, text)
    assert "Aceros Ures" in found
    assert not any(heading in name.upper() for name in found)



def test_a_heading_in_capitals_is_no_name_before_a_spaced_form(es: Language) -> None:
    text = ("DOCUMENTOS · Copiamos el extracto del acta que nos envió Adegas Souto Novo.\n\n"
            "ACTA DE LA REUNIÓN ORDINARIA DE SOCIOS DE ADEGAS SOUTO NOVO, S. COOP.\n\n"
            "En Ourense, a 4 de mayo, se reúnen los socios.")
    assert not any(name.upper().startswith("ACTA") for name in orgs(es, text))


# ---------------------------------------------------------------- Mexico's "Mtra."


@pytest.mark.parametrize("text, person", [
    ("El juzgado aprobó que Jugos Ures compre la nave; la síndica, Mtra. Lucía Ortega "
     "Ibarra, dará cuenta en una semana.", "Lucía Ortega Ibarra"),
    ("El Mtro. Raúl Ibarra Soto firmó la venta de Fletes Tera.", "Raúl Ibarra Soto"),
])
def test_a_masters_degree_before_a_name_is_no_name(es: Language, text: str, person: str) -> None:
    found = people(es, text) | orgs(es, text)
    assert person in people(es, text)
    assert not any(name.startswith("Mtr") for name in found)


def test_a_meetings_members_are_no_company(es: Language) -> None:
    text = "La Junta General de Socios votó la venta de Lácteos Ures a Quesos Tera."
    assert "Socios" not in orgs(es, text)
