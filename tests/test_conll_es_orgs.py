"""Organisation typing and segmentation on the conventions of Spanish wire news (session
10), each on sentences written for these tests with invented names: a player's club in
brackets in a list of sanctions, where the model reads the player as a place.

The rules were found on the classes of organisation error of CoNLL-2002 Spanish testa
(EFE newswire); the sentences here are our own. The tests run the installed pipelines
and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model  # the ``es`` pipeline comes from conftest.py


def names(nlp: Language, text: str, kind: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == kind}


SANCTIONS = (
    "Madrid, 4 mar (EFE).\n"
    "El Comité de Competición sancionó hoy con un partido de suspensión a varios "
    "jugadores tras la última jornada de liga.\n"
    "Un partido de suspensión por doble amonestación a Urtasun (Eibar), Goñaran "
    "(Villarreal) y Belosti (Mérida).\n"
    "Amonestación por juego peligroso a Arizkun (Eibar) y Txerrena (Las Palmas)."
)


def test_a_players_club_in_brackets_is_a_team_after_a_misread_player(es: Language) -> None:
    orgs = names(es, SANCTIONS, "org")
    assert {"Eibar", "Villarreal", "Mérida", "Las Palmas"} <= orgs


def test_a_town_in_brackets_after_a_place_of_several_words_stays_a_place(
        es: Language) -> None:
    text = (
        "Badajoz, 4 mar (EFE).\n"
        "El entrenador del equipo local presentará mañana la temporada de liga.\n"
        "El partido de la jornada se jugará en Valverde de los Olivos (Badajoz) el "
        "domingo, y el campeonato sigue con la final en junio."
    )
    assert "Badajoz" not in names(es, text, "org")


def test_a_region_in_brackets_after_a_referee_stays_a_place(es: Language) -> None:
    text = (
        "Oviedo, 4 mar (EFE).\n"
        "El partido de liga terminó con empate y el entrenador protestó al árbitro.\n"
        "Arbitros: Olazagoitia y Urrestarazu (Asturias)."
    )
    assert "Asturias" not in names(es, text, "org")


# --- headlines in capitals run into the dateline -------------------------------------


@pytest.mark.parametrize("headline", [
    # verbs whose stem changes ("mostrar" → "MUESTRAN", "pedir" → "PIDEN") or takes a
    # "g" ("poner" → "PONGA")
    "(XZ4411) VECINOS MUESTRAN SU RECHAZO AL PLAN URBANISTICO Soria (EFE).",
    "(XZ4410) CONCEJALES PIDEN QUE SE PONGA FIN AL RUIDO Burgos (EFE).",
])
def test_the_common_words_of_a_headline_in_capitals_are_no_organisation(
        es: Language, headline: str) -> None:
    text = f"{headline}\n-\nLos vecinos del barrio alto protestaron hoy ante el consistorio."
    assert names(es, text, "org") <= {"Agencia EFE"}


def test_a_headlines_last_word_in_capitals_is_cut_from_the_datelines_place(
        es: Language) -> None:
    text = ("(XZ2232) AGRICULTORES PIDEN AYUDAS DIRECTAS UE Huelva (EFE).\n-\n"
            "Los agricultores de la comarca reclamaron hoy más ayudas.")
    found = {m.text for e in es(text)._.kg_entities for m in e.mentions}
    assert "UE" in found
    assert not any("Huelva" in m for m in found)


def test_a_plural_in_ces_is_a_common_word(es: Language) -> None:
    knowledge = es.get_pipe("kg_entities").knowledge
    assert knowledge.is_common("JUECES") and knowledge.is_common("luces")


# --- the dateline's institutions ----------------------------------------------------


@pytest.mark.parametrize("text, institution", [
    ("Quito, 3 mar (EFE).\n-\nLa Fiscalía abrió hoy una investigación contra la "
     "constructora Obras Andinas por el contrato del puente.", "Fiscalía de Ecuador"),
    ("Lima, 3 mar (EFE).\n-\nLa Contraloría rechazó hoy las dos apelaciones de las "
     "empresas que perdieron el concurso del aeropuerto.", "Contraloría de Perú"),
    ("Caracas, 3 mar (EFE).\n-\nLa Cancillería recordó en una nota que el acuerdo "
     "con la petrolera Orinoco Sur sigue vigente.", "Cancillería de Venezuela"),
])
def test_a_state_body_named_alone_is_the_datelines_countrys(
        es: Language, text: str, institution: str) -> None:
    assert institution in names(es, text, "org")


@pytest.mark.parametrize("opening", [
    "EFE ab-c Quito, 3 mar (EFE).",  # the previous story's signature on the line
    "Por Marta Ibarrola Quito, 3 mar (EFE).",  # a byline
])
def test_a_dateline_is_read_after_other_words_on_its_line(es: Language, opening: str) -> None:
    text = (f"{opening}\n-\nEl Congreso aprobó hoy la ley de hidrocarburos que "
            "reclamaban las petroleras, y el Parlamento la publicará el lunes.")
    assert {"Congreso de Ecuador", "Parlamento de Ecuador"} <= names(es, text, "org")


# --- companies in lists the model reads as people or places -------------------------


@pytest.mark.parametrize("text, firms", [
    ("Los bancos elegidos como coordinadores de la emisión fueron Kaneda y Ruffo Hartley.",
     {"Kaneda", "Ruffo Hartley"}),
    ("Respaldaron la fusión varias calificadoras, entre ellas Dorsey Platt, Gresham "
     "Vane y Moody's.", {"Dorsey Platt", "Gresham Vane"}),
    ("La asociación ha demandado a los fabricantes de teléfonos Velko, Sarvin y Ostrava.",
     {"Velko", "Sarvin", "Ostrava"}),
])
def test_the_names_a_plural_company_noun_lists_are_organisations(
        es: Language, text: str, firms: set[str]) -> None:
    assert firms <= names(es, text, "org")


def test_people_a_plural_noun_lists_stay_people(es: Language) -> None:
    text = "Los inversores de la ronda fueron Marta Ibáñez y Jorge Salas."
    assert {"Marta Ibáñez", "Jorge Salas"} <= names(es, text, "person")


def test_a_plural_company_noun_before_a_common_word_reads_no_name(es: Language) -> None:
    text = "Los bancos fueron los grandes perdedores de la sesión en Madrid."
    assert names(es, text, "org") == set()


# --- a body named after its city does not make the city a short form of it ------------


@pytest.mark.parametrize("text, body, city", [
    ("El foro reunió ayer en Zaragoza a cien empresarios. La Universidad de Zaragoza "
     "presentó allí su nuevo parque tecnológico.", "Universidad de Zaragoza", "Zaragoza"),
    ("El ministro llegó hoy a La Paz para la cumbre. El Ayuntamiento de La Paz cerró "
     "el centro al tráfico.", "Ayuntamiento de La Paz", "La Paz"),
])
def test_the_city_a_body_is_of_stays_a_place(
        es: Language, text: str, body: str, city: str) -> None:
    mentions = {m.text for e in es(text)._.kg_entities if e.kind == "org" for m in e.mentions}
    assert body in mentions
    assert city not in mentions


def test_a_bank_named_after_its_city_is_still_called_by_the_city(es: Language) -> None:
    from kg.entities.resolve import _org_short_forms

    knowledge = es.get_pipe("kg_entities").knowledge
    forms = list(_org_short_forms("Banco de Ferrol".split(), knowledge.generic_word, "es"))
    assert forms == ["Ferrol"]
    assert list(_org_short_forms("Caja de Ferrol".split(), knowledge.generic_word, "es")) == []


# --- a meeting counted by its editions is an event ------------------------------------


@pytest.mark.parametrize("text", [
    "Mañana se inaugura en Cuenca el III Congreso Nacional de Cerámica Industrial, con "
    "doscientos ponentes.",
    "La Segunda Reunión Ministerial de Pesca Artesanal tratará las cuotas de captura.",
])
def test_a_numbered_meeting_is_no_organisation(es: Language, text: str) -> None:
    assert names(es, text, "org") == set()


def test_the_body_of_a_meeting_word_stays_an_organisation(es: Language) -> None:
    text = "La Conferencia Episcopal Española se reúne hoy en Ávila."
    assert "Conferencia Episcopal Española" in names(es, text, "org")


# --- a news agency's one-word name stands alone ---------------------------------------


@pytest.mark.parametrize("opening", [
    "EFECOM jl-m Lisboa, 9 jun (EFE).",  # the previous story's signature and code
    "EFE Galicia Oporto, 9 jun (EFE).",  # a regional desk before the dateline's place
])
def test_an_agencys_signature_is_the_agency_alone(es: Language, opening: str) -> None:
    text = f"{opening}\n-\nLa naviera Atlantis Cargo ganó hoy el concurso del puerto."
    mentions = {m.text for e in es(text)._.kg_entities if e.kind == "org" for m in e.mentions}
    assert mentions & {"EFECOM", "EFE"}
    assert not any(" " in m and m.split()[0] in ("EFE", "EFECOM") for m in mentions)


def test_the_agency_a_quote_is_given_to_is_no_part_of_the_speakers_name(
        es: Language) -> None:
    text = "La grieta apareció tras las lluvias, explicó a Efe Arrizabalaga."
    orgs = {m.text for e in es(text)._.kg_entities if e.kind == "org" for m in e.mentions}
    assert "Efe" in orgs and "Efe Arrizabalaga" not in orgs


def test_agencia_efe_keeps_its_head(es: Language) -> None:
    orgs = {m.text for e in es("La Agencia EFE abrió una delegación en Lima.")._.kg_entities
            for m in e.mentions}
    assert "Agencia EFE" in orgs


def test_the_junta_of_a_story_filed_from_an_accented_city_is_its_regions(
        es: Language) -> None:
    # GeoNames writes "Cadiz": the accented name must find the city's region too.
    text = ("Cádiz, 3 mar (EFE).\n-\nLos astilleros pidieron hoy a la Junta más fondos "
            "para renovar el dique seco.")
    assert "Junta de Andalucía" in names(es, text, "org")
