"""Session 36, helper people4 (issue #13): false and missed people in the genres news
comes in (minutes, programme notes, listings, captions, results, notices), from the
inventory tests/data/constructions/genres.

- Spanish "D." before a given name is the style "don" of minutes and notices, no
  initial: the person is the name after it (``titles.trim_titles``).
- A shop's capitalised singular noun before a person's name makes the words the
  shop's ("la Librería Tomás Arnedo"; ``people._shop_head`` in ``namesake``).
- A street's noun, a given name, "de" and a capitalised word is the street, where the
  word after "de" is a town's ("la avenida Rosalía de Castro";
  ``people._street_particles``).
- English: a model's person closed by a street word that is a surname too ("Lane") is
  the street after "on", "in", "off", "along", "at" (``retype._street``).
- A title word before a division of a competition names no one ("Premier Division");
  nor does "the" + a title + a given name alone, a vessel's or an inn's name ("the
  Lady Margaret") (``people.title_before``).
- Spanish: a verb that opens a listing's line is no part of the name after it (``people.
  _join_people``).
- A line or sentence that opens with a part only a person plays and a colon, then two
  or three capitalised words, names a person whatever the given name ("Secretaria:
  Amparo Villalón", "Guest: Priyanka Dasgupta"; ``people.role_label``).
- An honorific before an office alone addresses the office ("Sr. Alcalde-Presidente";
  ``people.title_before``).
- In a list of people, a name in brackets after a person's, or one a company's word
  closes, is their firm or club, no person (``people._affiliation``).
- English: a model's person closed by a club's letters ("Marston Vale CC") is the club
  (``retype:club_letters``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def _people(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if str(e.kind) == "person"}


# -- Spanish "D." ---------------------------------------------------------------------------


def test_spanish_d_is_a_style(es: Language) -> None:
    people = _people(es, "Asisten a la reunión D. Ernesto Valbuena y Dña. Claudia Ferrán, "
                     "consejeros de Harinas Tobed.")
    assert "Ernesto Valbuena" in people
    assert not any(p.startswith("D.") for p in people)


def test_the_style_leaves_no_company(es: Language) -> None:
    doc = es("D. Alfonso Berrueta vende Harinas Tobed a Grupo Arenal.")
    assert not any(e.name.startswith("D.") for e in doc._.kg_entities)


def test_an_initial_before_a_surname_stays(es: Language) -> None:
    assert "J. Valbuena" in _people(es, "El consejero J. Valbuena votó en contra de la venta "
                                   "de Harinas Tobed.")


# -- shops and streets named after people -----------------------------------------------------


def test_a_shop_named_after_its_owner(es: Language) -> None:
    text = "La presentación será en la Librería Tomás Arnedo, junto a la plaza."
    assert "Tomás Arnedo" not in _people(es, text)


def test_a_bookseller_is_a_person(es: Language) -> None:
    text = "La presentación correrá a cargo del librero Tomás Arnedo, que cumple 40 años."
    assert "Tomás Arnedo" in _people(es, text)


def test_a_street_with_de_after_the_given_name(es: Language) -> None:
    text = "La nave de la conservera está en la avenida Rosalía de Castro, junto al puerto."
    assert "Rosalía de Castro" not in _people(es, text)


def test_a_person_with_de_after_the_given_name(es: Language) -> None:
    text = "La nueva gerente, Rosalía de Castro, explicó el plan de la conservera."
    assert "Rosalía de Castro" in _people(es, text)


def test_a_lane_after_on_is_a_street(en: Language) -> None:
    text = "Brightwell Homes will build 40 houses on Mill Lane next year."
    assert "Mill Lane" not in _people(en, text)


def test_a_lane_as_a_surname_stays(en: Language) -> None:
    text = "Brightwell Homes chief executive Harriet Lane said the houses would sell fast."
    assert "Harriet Lane" in _people(en, text)


# -- a title before a competition or a vessel ----------------------------------------------


def test_premier_division_is_no_person(en: Language) -> None:
    text = "Premier Division: Calder Athletic 2 (Jamal Oduya 34) Wexley Rovers 1."
    people = _people(en, text)
    assert "Division" not in people
    assert "Jamal Oduya" in people


def test_a_premier_before_a_name_is_a_title(en: Language) -> None:
    assert "Dalton Reyes" in _people(en, "Premier Dalton Reyes said the province would sell "
                                     "its ferry company.")


def test_the_lady_and_a_given_name_is_a_vessel(en: Language) -> None:
    text = "Caption: The Lady Rowena, the mill's restored barge, on the canal."
    assert "Rowena" not in _people(en, text)


def test_a_queen_after_a_vessel_noun_is_a_vessel(en: Language) -> None:
    text = "The ship Queen Isolde docked at Harwich on Monday with 900 passengers."
    assert "Isolde" not in _people(en, text)


def test_a_lady_with_a_surname_is_a_person(en: Language) -> None:
    text = "Lady Rowena Tilbury opened the restored mill on Saturday."
    assert "Rowena Tilbury" in _people(en, text)


# -- a listing's verb ------------------------------------------------------------------------


def test_a_listing_verb_joins_no_name(es: Language) -> None:
    text = ("Martes 12, Hotel Arlanza, 9.30 h. Interviene Jaime Urquiza, consejero delegado "
            "de Bodegas Valcuerna.")
    people = _people(es, text)
    assert "Jaime Urquiza" in people
    assert not any(p.startswith("Interviene") for p in people)


def test_another_listing_verb_joins_no_name(es: Language) -> None:
    text = "Martes 12, Hotel Arlanza, 9.30 h. Habla Jaime Urquiza Lasheras sobre la compra."
    assert "Jaime Urquiza Lasheras" in _people(es, text)


def test_a_listing_name_of_three_words_stays_whole(es: Language) -> None:
    text = "Martes 12, Hotel Arlanza, 9.30 h. Jaime Urquiza Lasheras abre la jornada."
    assert "Jaime Urquiza Lasheras" in _people(es, text)


# -- a part and a colon ----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("es", "Preside: el alcalde, Félix Rebollo. Secretaria: Amparo Villalón.",
     "Amparo Villalón"),
    ("en", "Show notes, episode 48\nGuest: Priyanka Dasgupta of Lantern Pay\nWe talk "
     "about the round.", "Priyanka Dasgupta"),
])
def test_a_part_before_a_colon_names_a_person(
        es: Language, en: Language, lang: str, text: str, person: str) -> None:
    assert person in _people(es if lang == "es" else en, text)


def test_a_part_before_a_company_names_no_person(en: Language) -> None:
    text = "Board notes\nChairman: Harbour Holdings Ltd\nThe board met on Monday."
    assert not _people(en, text)


# -- an office addressed, an affiliation in a list -------------------------------------------


def test_an_honorific_before_an_office_names_no_one(es: Language) -> None:
    text = "Asistentes: Sr. Alcalde-Presidente, D. Tomás Ibarra Lezcano; Dña. Pilar Urrutia."
    people = _people(es, text)
    assert "Alcalde-Presidente" not in people
    assert "Tomás Ibarra Lezcano" in people


def test_an_honorific_before_a_name_is_a_person(es: Language) -> None:
    assert "Tomás Ibarra" in _people(es, "Asistentes: Sr. Tomás Ibarra, Dña. Pilar Urrutia.")


def test_a_bracketed_firm_in_a_list_of_people(en: Language) -> None:
    text = ("Event: Dealmakers Breakfast. Speakers: Tom Ashby (Keller Partners), Nia Osei "
            "(Fold Bank).")
    people = _people(en, text)
    assert "Keller Partners" not in people
    assert {"Tom Ashby", "Nia Osei"} <= people


def test_a_list_of_people_stays_people(en: Language) -> None:
    text = "Speakers include Tom Ashby, Nia Osei and Halvard Brekke of Fold Bank."
    assert {"Tom Ashby", "Nia Osei", "Halvard Brekke"} <= _people(en, text)


# -- a club's letters --------------------------------------------------------------------------


def test_club_letters_close_a_club(en: Language) -> None:
    text = "Hosts Marston Vale CC were beaten by Eastleigh, said captain Tom Hardacre."
    people = _people(en, text)
    assert "Marston Vale CC" not in people
    assert "Tom Hardacre" in people


def test_a_name_with_initials_after_it_stays_a_person(en: Language) -> None:
    assert "Tom Hardacre" in _people(en, "Tom Hardacre, the club's captain, said the ground "
                                     "would be sold.")
