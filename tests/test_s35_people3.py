"""Session 35, helper people3 (issue #13): people who are not people.

- A role after a place's comma that titles the name after it opens the subject, so it
  is no apposition of the place: "Sales rose in Europe, chief executive X said", "En
  Ourense, el director financiero de la bodega, X, explicó" (``kg.entities.titles.
  role_of_next_name``, read by ``people.relative_or_role`` and ``cues.apposition``);
  "Quiroga, consejero delegado de Talvera, dijo" stays a person.
- The romanised Japanese words of a company's trade close a company's name, never a
  person's ("Tanabe Kasei", "Morikawa Kogyo"; ``org_tails`` in lexicon/entities.toml).
- Spanish makers named by the plural of what they make, that the lemmatiser's lists
  lack ("Sidras Ordás", "Licores Baztán"; ``trade_heads``).
- A brand named like a person after a brand noun ("la marca Don Curro", "la gama Doña
  Rufina") is no person (``people.title_before``); "el empresario Don Curro Llanes"
  stays one.
- A byline's newsroom title and desk are no part of the name ("Ronan Pryce Business
  Reporter", "Marta Quiñones Redacción Economía", "Senior Editor Ronan Pryce"), nor is
  the dateline's place after a name in capitals ("MARTA QUIÑONES Madrid")
  (``titles._byline_title``, ``titles.trim_titles``); nor a programme's host before it
  ("Host Dana Pryce"; ``people._join_people``).
- Spanish fund and asset managers named "X Gestión" are companies (``org_tails``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def _people(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if str(e.kind) == "person"}


def _orgs(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if str(e.kind) == "org"}


# -- a role that titles the name after the place ----------------------------------------


@pytest.mark.parametrize(("text", "place", "person"), [
    ("Pellow Robotics wants to grow in Europe, chief executive Tamsin Oakley told "
     "analysts on Monday.", "Europe", "Tamsin Oakley"),
    ("The chain has 40 shops at Dunmore, chief executive Priya Kessel said on Tuesday.",
     "Dunmore", "Priya Kessel"),
])
def test_a_place_before_a_titled_name_is_no_person_en(
        en: Language, text: str, place: str, person: str) -> None:
    people = _people(en, text)
    assert place not in people
    assert person in people


@pytest.mark.parametrize(("text", "place", "person"), [
    ("En Ourense, el director financiero de la bodega, Rufino Albar Cuesta, explicó por "
     "qué compraron Viñas Lerma.", "Ourense", "Rufino Albar Cuesta"),
    ("En Lugo, la presidenta de la cooperativa láctea, Nieves Carral, pidió calma a los "
     "socios.", "Lugo", "Nieves Carral"),
])
def test_a_place_before_a_role_and_its_holder_is_no_party_es(
        es: Language, text: str, place: str, person: str) -> None:
    assert place not in _people(es, text) | _orgs(es, text)
    assert person in _people(es, text)


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("es", "Quiroga, consejero delegado de Talvera, dijo que la venta se cerrará en mayo.",
     "Quiroga"),
    ("en", "Dunmore, chief executive of Ashgrove, said the deal made sense.", "Dunmore"),
    ("es", "El abogado Juan Ortega dijo que la venta se cerrará en mayo.", "Juan Ortega"),
    ("es", "Ana Gil, de Sevilla, dijo que la compra es positiva.", "Ana Gil"),
    ("en", "Mr. Baxter said the deal would close in May.", "Baxter"),
])
def test_a_name_with_its_own_role_stays_a_person(
        en: Language, es: Language, lang: str, text: str, person: str) -> None:
    assert person in _people(en if lang == "en" else es, text)


# -- Japanese company words ------------------------------------------------------------


@pytest.mark.parametrize(("text", "firm"), [
    ("Last year Pellow Chemicals teamed up with Tanabe Kasei on a resin plant in Ohio.",
     "Tanabe Kasei"),
])
def test_a_japanese_trade_word_closes_a_company(en: Language, text: str, firm: str) -> None:
    assert firm in _orgs(en, text)
    assert firm not in _people(en, text)


def test_a_japanese_persons_name_stays_a_person(en: Language) -> None:
    assert "Hiroshi Tanabe" in _people(en, "Hiroshi Tanabe said the plant would open in May.")


# -- Spanish makers named by what they make ------------------------------------------------


def test_a_cider_maker_is_a_company(es: Language) -> None:
    text = ("Bodegas Arlanzón se queda con Sidras Ordás\n\nSidras Ordás, fundada en 1962, "
            "produce dos millones de botellas al año.")
    assert "Sidras Ordás" in _orgs(es, text)
    assert "Sidras Ordás" not in _people(es, text)


def test_a_person_named_like_the_maker_stays_a_person(es: Language) -> None:
    text = "Marta Ordás, directora de la sidrería, dijo que la venta se cerrará en mayo."
    assert "Marta Ordás" in _people(es, text)


# -- a brand named like a person ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Talvera lanzó la marca Don Curro para sus embutidos.",
    "Talvera compró la marca Doña Rufina por 4 millones.",
])
def test_a_brand_after_a_brand_noun_is_no_person(es: Language, text: str) -> None:
    assert not _people(es, text)


def test_a_man_styled_don_stays_a_person(es: Language) -> None:
    text = "El empresario Don Curro Llanes vendió su bodega a Talvera."
    assert any("Curro Llanes" in p for p in _people(es, text))


# -- a byline's newsroom title ------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "By Ronan Pryce Business Reporter\n\nPellow Foods bought Larkfield for $5 "
     "million.", "Ronan Pryce"),
    ("en", "Senior Editor Ronan Pryce wrote about the sale of Larkfield.", "Ronan Pryce"),
    ("en", "Show notes: Host Dana Pryce talks about the sale of Larkfield.", "Dana Pryce"),
    ("es", "Por Marta Quiñones Redacción Economía\n\nTalvera compró Nurexa por 30 "
     "millones.", "Marta Quiñones"),
    ("es", "MARTA QUIÑONES Madrid\n\nTalvera compró Nurexa por 30 millones.",
     "MARTA QUIÑONES"),
])
def test_a_bylines_title_is_no_part_of_the_name(
        en: Language, es: Language, lang: str, text: str, person: str) -> None:
    assert _people(en if lang == "en" else es, text) == {person}


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "The board named K. R. Vellan as chairman of Pellow Foods.", "K. R. Vellan"),
    ("es", "Texto y fotos: J. M. Arroyal", "J. M. Arroyal"),
])
def test_initials_keep_their_surname(
        en: Language, es: Language, lang: str, text: str, person: str) -> None:
    assert person in _people(en if lang == "en" else es, text)


def test_a_name_in_capitals_keeps_its_particles(es: Language) -> None:
    text = "JUAN de la CRUZ GARCÍA dijo que la venta se cerrará en mayo."
    assert _people(es, text) == {"JUAN de la CRUZ GARCÍA"}


# -- an asset manager named by its trade -------------------------------------------------


def test_an_asset_manager_named_by_its_trade_is_a_company(es: Language) -> None:
    text = "Atentamente,\nArlanza Gestión"
    assert "Arlanza Gestión" in _orgs(es, text)
    assert not _people(es, text)
