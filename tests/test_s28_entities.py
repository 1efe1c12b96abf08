"""What kg published as a person that is not one, or as a person cut or run long, on
ordinary news (session 28, ent10). Every sentence is written for these tests, with
invented companies and people.

- A given name in brackets between a given name and a surname is the short form the
  person goes by, a word of one name, not a person of its own: "James (Jim)
  Abernathy" (kg.entities.people ``nicknamed_people``; the name is published without
  it, kg.entities.resolve ``_NICKNAME``). A bracket holding a party or a place is not
  read so ("Juan Sánchez (IU)").
- Military ranks, whole or of two words joined by a hyphen, are titles before a name,
  not words of it and no organisation ("Lieutenant-General Ross Fenwick"; lexicon
  ``office_titles``, ``honorifics``; kg.entities.titles ``trim_titles``,
  kg.entities.people ``title_before`` and ``_join_people``).
- English puts no article before a person's name: "the Carl Wexford" heading its noun
  phrase names a ship or a building (kg.entities.retype ``the_named``); a ship in
  apposition says so too ("the Carl Wexford, a tanker owned by";
  ``_product_apposition``). A name that modifies a noun keeps its person ("the Ann
  Kerr era").
- "Prensa" heads a press agency's or publisher's name ("Prensa Andina"; lexicon
  ``org_heads``).
- A firm named after its founders is read by its frame, whatever its words: a name
  premodifying a role before a person's name or the plural of a firm's staff is the
  employer ("Edward Quist analyst Tom Ridley", "Marlow James analysts raised";
  kg.entities.retype ``employer_or_company``, ``_employer_frame``), and the subject of
  "was financial / legal adviser to" is the deal's adviser, a firm (``_advising_subject``).
- An office tower or a building named after a person is no person ("la Torre Emilio
  Sáez", "el Edificio Ramón Ortiz"; lexicon ``namesake_places``).
- A lower-case particle opening a model's "person" whose other words are common nouns
  is a title's complement ("Presidente del Directorio" under a letter's signature),
  no name (kg.entities.retype ``particle_opened``); a surname alone keeps its particle
  ("de Guindos").
- A byline runs into the dateline's place on one line ("Por Julia Menéndez Quito, 12
  jun (EFE)."): the place, of one word or two, is no word of the name
  (kg.entities.people ``dateline_end``, ``_join_people``).

The tests that run the installed pipelines are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def people(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "person"}


def orgs(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "org"}


# ------------------------------------------------ a given name in brackets


@pytest.mark.model
@pytest.mark.parametrize("lang, text, person", [
    ("en", "James (Jim) Abernathy, who runs Quarry Lane Capital, led the round.",
     "James Abernathy"),
    ("en", "The board of Pellham Tools named Robert (Bob) Kinsale its finance chief.",
     "Robert Kinsale"),
    ("es", "José María (Chema) Alcántara dirige Inversiones Ladera desde 2019.",
     "José María Alcántara"),
])
def test_given_name_in_brackets_is_a_word_of_one_name(
    es: Language, en: Language, lang: str, text: str, person: str,
) -> None:
    nlp = es if lang == "es" else en
    assert people(nlp, text) == {person}


@pytest.mark.model
def test_the_bracketed_form_is_kept_as_an_alias(en: Language) -> None:
    doc = en("James (Jim) Abernathy, who runs Quarry Lane Capital, led the round.")
    person = next(e for e in doc._.kg_entities if e.kind == "person")
    assert "James (Jim) Abernathy" in person.aliases


@pytest.mark.model
def test_a_party_in_brackets_is_not_a_nickname(es: Language) -> None:
    found = people(es, "Votaron a favor Juan Sánchez (IU) y Ana Ruiz (PP) en el pleno.")
    assert "Juan Sánchez" in found
    assert not any("(" in name for name in found)


# ------------------------------------------------ military ranks


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    ("Lieutenant-General Ross Fenwick joined the board of Argent Defence Systems.",
     "Ross Fenwick"),
    ("The spokesman, Lieutenant-Colonel Max Marriner, said Argent Defence Systems won.",
     "Max Marriner"),
    ("Rear-Admiral Helen Carver will chair Tolland Marine.", "Helen Carver"),
])
def test_a_military_rank_is_no_word_of_the_name(en: Language, text: str, person: str) -> None:
    assert people(en, text) == {person}
    assert not any("General" in o or "Colonel" in o or "Admiral" in o for o in orgs(en, text))


@pytest.mark.model
def test_two_ranks_in_one_sentence(en: Language) -> None:
    text = "Major-General Alan Pike and Brigadier-General Lyn Carver met Argent Defence."
    assert people(en, text) == {"Alan Pike", "Lyn Carver"}


@pytest.mark.model
def test_companies_named_general_stay(en: Language) -> None:
    text = "General Motors and General Catalyst backed Argent Defence Systems."
    assert {"General Motors", "General Catalyst"} <= orgs(en, text)
    assert not people(en, text)


# ------------------------------------------------ "the" before a name


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Carl Wexford, a tanker owned by Ostrava Shipping, was sold for $40 million.",
    "Ostrava Shipping sold the Carl Wexford, a tanker, to Mereth Lines.",
    "The Carl Wexford docked at Rotterdam on Monday.",
])
def test_a_name_after_the_is_no_person(en: Language, text: str) -> None:
    assert not people(en, text)


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    ("Investors cheered the Ann Kerr era at Boltmore Bank.", "Ann Kerr"),
    ("The Tom Fry-led fund bought Quarto Foods.", "Tom Fry"),
    ("The company said Mark Tilden will step down.", "Mark Tilden"),
])
def test_a_name_that_modifies_a_noun_keeps_its_person(
    en: Language, text: str, person: str,
) -> None:
    assert people(en, text) == {person}


# ------------------------------------------------ press agencies


@pytest.mark.model
def test_prensa_heads_an_agency(en: Language, es: Language) -> None:
    assert orgs(en, "The deal was first reported by Prensa Andina on Tuesday.") == {
        "Prensa Andina"}
    assert not people(es, "Según Prensa Andina, Grupo Telmar venderá su filial.")


# ------------------------------------------------ a byline before the dateline


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    ("Por Julia Menéndez Quito, 12 jun (EFE).", "Julia Menéndez"),
    ("Por Luis Mora Tejada Santo Domingo, 23 may (EFE).", "Luis Mora Tejada"),
    ("Por Ana Ruiz Gil Madrid, 23 may (EFE).", "Ana Ruiz Gil"),
])
def test_a_bylines_name_stops_at_the_datelines_place(
    es: Language, text: str, person: str,
) -> None:
    assert people(es, text) == {person}


@pytest.mark.model
def test_a_place_word_in_a_name_before_an_age_stays(es: Language) -> None:
    assert people(es, "Ana Madrid, 45, dijo que Grupo Telmar venderá la planta.") == {
        "Ana Madrid"}


# ------------------------------------------------ firms named after people


@pytest.mark.model
@pytest.mark.parametrize("text, firm, person", [
    ("Edward Quist analyst Tom Ridley rated Belford Mining a buy.", "Edward Quist",
     "Tom Ridley"),
    ("Marlow James analysts raised their target for Belford Mining.", "Marlow James", None),
    ("Harold Vance economists expect Quarto Foods to cut prices.", "Harold Vance", None),
])
def test_a_name_before_a_role_is_the_employer(
    en: Language, text: str, firm: str, person: str | None,
) -> None:
    assert firm in orgs(en, text)
    assert people(en, text) == ({person} if person else set())


@pytest.mark.model
def test_a_person_before_a_plural_that_is_no_staff_stays(en: Language) -> None:
    assert "Ann Kerr" in people(en, "Ann Kerr supporters rallied outside Boltmore Bank.")


@pytest.mark.model
def test_financial_adviser_to_a_company_is_a_firm(en: Language) -> None:
    text = "Brenner Kaye was financial adviser to Belford Mining."
    assert "Brenner Kaye" in orgs(en, text)
    assert not people(en, text)
    assert people(en, "Tom Reilly was an adviser to the prime minister.") == {"Tom Reilly"}


@pytest.mark.model
def test_a_count_in_words_after_a_surname_is_no_date(es: Language) -> None:
    text = "Le sobreviven su viuda, Rosa Lemus de Marroquín, tres hijos y dos nietos."
    assert people(es, text) == {"Rosa Lemus de Marroquín"}


# ------------------------------------------------ buildings named after people


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Aceros Tajo trasladará su sede a la Torre Emilio Sáez.",
    "Grupo Telmar vendió el Edificio Ramón Ortiz a Inversiones Ponce.",
])
def test_a_building_named_after_a_person_is_no_person(es: Language, text: str) -> None:
    assert not people(es, text)


@pytest.mark.model
def test_torre_as_a_surname_stays(es: Language) -> None:
    assert people(es, "El consejero Luis Torre Ortega dimitió.") == {"Luis Torre Ortega"}


# ------------------------------------------------ a title's complement under a signature


@pytest.mark.model
def test_a_signatures_title_is_no_person(es: Language) -> None:
    text = "Gracias por su confianza.\n\nAtentamente,\n\nPablo Rey Ortiz\nPresidente del Directorio"
    assert people(es, text) == {"Pablo Rey Ortiz"}


@pytest.mark.model
def test_a_surname_with_its_particle_stays(es: Language) -> None:
    assert "Luis de Guindos" in people(
        es, "El ministro Luis de Guindos habló. Según de Guindos, Banco Andino está sano.")
