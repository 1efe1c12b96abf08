"""False people of unseen news (session 25, false8). Every sentence is written for
these tests, with invented companies and people.

- Spanish minutes and records put the verb first and its subject after a form of
  address ("Preside D. Xoán Lago", "Interviene Dña. Iria Pena", "Asisten D. Roi Calvo
  y ..."): the verb is no name and no word of the name (kg.entities.bounds,
  ``_without_opening_verbs``).
- A legal form of several words written in capitals, as a heading or a letterhead
  writes a company's name ("ADEGAS SOUTO BAIXO, S. COOP."), is a legal form, as "S.
  Coop." is; Galicia's co-operatives add their region ("S. Coop. Galega"; lexicon
  ``spaced_legal_forms``).
- What a person calls her or his chain, company or group, named in apposition, is a
  firm ("her bakery chain, Panadería Lupe,", "his restaurant group, Kusina Manila,"),
  as what a company calls its subsidiary is (kg.entities.cues, ``_possessed_apposition``);
  not a partner or a rival.
- A shop's noun opening a Spanish "person", Spanish or Portuguese and Galician, with or
  without its accent ("Charcutaria Beira Norte", "Panaderia San Roque"), and Galicia's
  "Adegas" as "Bodegas" make a company (kg.entities.retype, ``trade_name``).
- A transcript's stage directions in brackets ("[Aplausos]", "(Risas)", "[Applause]")
  are no names (lexicon ``stage_directions``, kg.entities.retype.stage_direction); a
  Spanish verb in the first person plural opening a sentence ("Vendimos caro") is no
  person (kg.entities.retype, ``_we_form``).
- Malay "Nur" opens a woman's given name ("Nur Aisyah Hamid"), which kg cut after it
  (gazetteer/given_names_regional.txt).
- Spain's professional partnerships close a law firm's name with "SLP" ("Puig Advocats
  SLP"), a legal form (lexicon ``legal_forms``).
- Malay and Indonesian heads of a place's name ("Jalan Ampang", "Lebuh Chulia", "Bukit
  Bintang") make a place, never a person (lexicon ``malay_place_heads``,
  ``bounds:malay_place``); in English a given name before "Town" or "City" names a
  settlement ("George Town"; lexicon ``settlement_tails``, kg.entities.people.namesake).
- A parliament or a court addressed with "Honourable" ("this Honourable House", "the
  Honourable Court") is no person and no organisation's name (lexicon
  ``addressed_bodies``; kg.entities.people.title_before, kg.entities.objects).

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


# ---------------------------------------------------------------- a record's verb first


@pytest.mark.parametrize("text, verb", [
    ("Preside D. Xoán Figueiras Lago, presidente del Consejo Rector.", "Preside"),
    ("Interviene D. Anxo Pereiro Souto, socio número 12, que pregunta por la venta.",
     "Interviene"),
    ("Asisten D. Roi Mariño Calvo y Dña. Iria Lamas Pena.", "Asisten"),
    ("Pregunta Dña. Sabela Otero Gil por el precio de la venta.", "Pregunta"),
])
def test_a_records_verb_before_a_form_of_address_is_no_name(
        es: Language, text: str, verb: str) -> None:
    doc = es(text)
    found = {e.name for e in doc._.kg_entities}
    assert not any(verb in name for name in found)
    assert any(name.endswith(("Lago", "Souto", "Calvo", "Gil")) for name in people(es, text))


def test_a_given_name_before_an_initial_stays_the_persons(es: Language) -> None:
    text = "Carlos D. Ferrán firmó la venta de Conservas Ebro."
    assert people(es, text) == {"Carlos D. Ferrán"}


# ---------------------------------------------------------------- legal forms in capitals


@pytest.mark.parametrize("text", [
    "ACTA DE LA ASAMBLEA GENERAL DE ADEGAS SOUTO BAIXO, S. COOP.",
    "ADEGAS SOUTO BAIXO, S. COOP. GALEGA, vende su embotelladora.",
    "La venta de Adegas Souto Baixo, S. Coop. Galega, se cerró ayer.",
])
def test_a_legal_form_in_capitals_names_nobody(es: Language, text: str) -> None:
    assert people(es, text) == set()
    assert not {"GALEGA", "Galega", "S. COOP"} & orgs(es, text)


# ---------------------------------------------------------------- a person's firm


@pytest.mark.parametrize("text, firm", [
    ("Maria Santos says her bakery chain, Panaderia San-Roque, raised money from "
     "Cordova Capital.", "Panaderia San-Roque"),
    ("Maria Santos says her chain, Dulce Vida, raised money from Cordova Capital.",
     "Dulce Vida"),
    ("Ellen Hart says her family firm, Hart Brothers, was sold to Dorset Mills.",
     "Hart Brothers"),
    ("Nuestra cooperativa, Adegas Souto Baixo, aprobó la venta a Viños do Sil.",
     "Adegas Souto Baixo"),
])
def test_the_firm_a_person_calls_theirs_is_a_company(
        request: pytest.FixtureRequest, text: str, firm: str) -> None:
    nlp = request.getfixturevalue("es" if text.startswith("Nuestra") else "en")
    assert firm in orgs(nlp, text)
    assert firm not in people(nlp, text)


def test_a_persons_partner_in_apposition_stays_a_person(en: Language) -> None:
    text = "Tom Vale said his partner, Rosa Lind, joined. His rival, Mark Toll, did not."
    assert people(en, text) == {"Tom Vale", "Rosa Lind", "Mark Toll"}


# ---------------------------------------------------------------- a shop's name


@pytest.mark.parametrize("text, firm", [
    ("El acta fue facilitada por Adegas Souto Baixo.", "Adegas Souto Baixo"),
    ("Los socios de Adegas Souto Baixo aprobaron la venta.", "Adegas Souto Baixo"),
    ("La compra de Charcutaria Beira Norte se cerrará en enero.", "Charcutaria Beira Norte"),
    ("Según Panaderia San Roque, la venta se firmó ayer.", "Panaderia San Roque"),
    ("Los Hermanos Ruiz estudian adquirir la firma lusa de embutidos Salsicharia Monte "
     "Verde.", "Salsicharia Monte Verde"),
])
def test_a_shops_noun_opens_a_companys_name(es: Language, text: str, firm: str) -> None:
    assert firm in orgs(es, text)
    assert people(es, text) == set()


def test_a_surname_in_aria_stays_a_persons(es: Language) -> None:
    assert people(es, "Miguel Echevarria firmó el acuerdo con Lácteos Sil.") == {
        "Miguel Echevarria"}


# ---------------------------------------------------------------- a transcript


@pytest.mark.parametrize("lang, text", [
    ("es", "Metas alcanzadas. [Aplausos] Vendimos caro y cobramos pronto. [Aplausos] "
           "Gracias.\n\nMODERADORA: Gracias, gobernador."),
    ("es", "GOBERNADOR: Cumplimos. (Aplausos) Vendimos las acciones de la licorera a Grupo "
           "Andino.\n\nMODERADOR: Pasamos a preguntas."),
    ("en", "We sold the depot to Harlow Freight. [Applause] It was the right call. [Applause]"),
])
def test_stage_directions_and_what_we_did_are_no_names(
        request: pytest.FixtureRequest, lang: str, text: str) -> None:
    found = {e.name for e in request.getfixturevalue(lang)(text)._.kg_entities}
    assert not {"Aplausos", "Applause", "Vendimos", "Cumplimos"} & found


def test_a_company_in_brackets_stays_a_company(es: Language) -> None:
    text = "El grupo vendió la planta a su socio (Conservas Ebro) por 3 millones."
    assert "Conservas Ebro" in orgs(es, text)


def test_a_surname_shaped_as_we_stays_a_persons(es: Language) -> None:
    text = "Ana Ramos vendió su parte a Grupo Tormes. Ramos dijo que no se arrepiente."
    assert people(es, text) == {"Ana Ramos"}


# ---------------------------------------------------------------- Malay given names


@pytest.mark.parametrize("text", [
    "Nur Aisyah Hamid, a director of Tutong Advisory, said the offer was fair.",
    "For and on behalf of Tutong Advisory Sdn Bhd\nNur Aisyah Hamid, Director\n\nThe offer "
    "closes on 2 May.",
])
def test_nur_opens_a_malay_womans_name(en: Language, text: str) -> None:
    assert people(en, text) == {"Nur Aisyah Hamid"}


# ---------------------------------------------------------------- a law firm's legal form


@pytest.mark.parametrize("text", [
    "Saludos cordiales,\nAlbert Puig i Serra\nSoci director, Puig Advocats SLP",
    "Puig Advocats SLP asesoró a Grupo Duero en la compra de Lácteos Sil.",
])
def test_a_professional_partnerships_form_closes_a_firms_name(es: Language, text: str) -> None:
    assert "Puig Advocats SLP" in orgs(es, text)
    assert "Puig Advocats SLP" not in people(es, text)


# ---------------------------------------------------------------- places


@pytest.mark.parametrize("text, place", [
    ("We opened our first store in a George Town shophouse, then moved to Jalan Ampang.",
     "Jalan Ampang"),
    ("Our office on Lebuh Chulia is next to the old ferry terminal.", "Lebuh Chulia"),
    ("Tan Wei Ming, who grew up in George Town, founded Pinang Pay in 2021.", "George Town"),
    ("George Town and Charles Town both host branches of Pinang Pay.", "Charles Town"),
])
def test_a_malay_place_head_or_a_settlements_tail_names_a_place(
        en: Language, text: str, place: str) -> None:
    assert not {place, "George Town"} & people(en, text)


@pytest.mark.parametrize("text, person", [
    ("George Townsend, chief executive of Harbor Freight, said the deal closed.",
     "George Townsend"),
    ("Jackson Town, the founder of Harbor Freight, said the deal closed.", "Jackson Town"),
])
def test_a_surname_after_a_given_name_stays_a_persons(
        en: Language, text: str, person: str) -> None:
    assert person in people(en, text)


# ---------------------------------------------------------------- a body addressed


@pytest.mark.parametrize("text", [
    "Mr SPEAKER, let me report to this Honourable House on what the Sovereign Fund has put "
    "into Wewak Harbour so far.",
    "The Honourable Court dismissed the appeal by Harbor Freight against Dorset Mills.",
    "I now turn, before this Honourable House, to the sale of Wewak Harbour. Honourable "
    "members will have read that the Fund is buying Tarlena Resorts Limited.",
])
def test_a_body_addressed_as_honourable_is_no_name(en: Language, text: str) -> None:
    found = {e.name for e in en(text)._.kg_entities}
    assert not {"House", "Court", "Honourable", "Honourable House", "Honourable Court"} & found


def test_an_honourable_judge_stays_a_person(en: Language) -> None:
    text = "The Honourable Justice Mary Obi approved the scheme between Harbor Freight and " \
        "Dorset Mills."
    assert people(en, text) == {"Mary Obi"}
