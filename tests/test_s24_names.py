"""Named things and company shapes read as people (session 24, names8). Every sentence
is written for these tests, with invented companies. (English trade plurals closing a
company's name, "Arrasate Bikes", were tried and dropped: see the commit log.)

- A given name after a monarch's or noble's title names the thing named after the
  royal, not a person, where an event's or a place's tail closes it in English ("the
  King George Stakes", "the Queen Mary Cup") or a namesake head opens it in Spanish
  ("el Premio Rey Jaime I", "la Universidad Rey Juan Carlos"): lexicon
  ``royal_titles`` (kg.entities.people.namesake); race words close an event's name
  (``namesake_event_tails``: "Stakes", "Handicap"); a tail that is also a surname
  ("Day") keeps "Prince William Day" a person.
- A style of address ("Su Majestad", "His Royal Highness") is no name: lexicon
  ``address_styles`` (kg.entities.labels); the name after it is the person's.
- A horse's name is no company's or person's: after a horse noun ("su caballo Duque de
  Alba", "its colt, Silver Storm,") or before one in apposition ("Tormenta de Plata, el
  caballo de"): lexicon ``animal_words`` (kg.entities.retype, ``_named_animal``).

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import names

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def people(nlp: Language, text: str) -> set[str]:
    return names(nlp, text, "person")


# ---------------------------------------------------------------- named after a royal


@pytest.mark.parametrize("text", [
    "Dunmore Capital agreed to buy Felgate Foods. Its colt won the King George Stakes.",
    "The Queen Elizabeth Stakes was won by a horse owned by Tarvel Capital.",
    "Tarvel Capital sponsors the Prince Albert Handicap and the Queen Mary Cup.",
])
def test_a_royals_given_name_before_an_events_tail_names_no_person(
        en: Language, text: str) -> None:
    assert people(en, text) == set()


def test_a_royals_name_alone_stays_a_persons(en: Language) -> None:
    text = "King Charles met the board of Tarvel Capital."
    assert people(en, text) == {"Charles"}


def test_a_surname_tail_after_a_title_stays_a_persons_name(en: Language) -> None:
    text = "Prince William Day, the chief executive of Tarvel Capital, resigned."
    assert people(en, text) == {"William Day"}


@pytest.mark.parametrize("text", [
    "Grupo Arvento compró Textil Noria. Su fundador recibió el Premio Rey Jaime I en 2019.",
    "Su fundador ganó el Trofeo Reina Sofía y el Premio Rey Jaime I.",
    "Grupo Arvento financia el Premio Rey Jaime I de Economía.",
])
def test_a_spanish_prize_named_after_a_king_names_no_person(es: Language, text: str) -> None:
    assert people(es, text) == set()


def test_a_university_named_after_a_king_is_one_organisation(es: Language) -> None:
    text = "Grupo Arvento firmó un acuerdo con la Universidad Rey Juan Carlos."
    assert people(es, text) == set()
    assert "Universidad Rey Juan Carlos" in names(es, text)


def test_a_king_by_his_title_stays_a_person(es: Language) -> None:
    assert people(es, "El Rey Felipe VI visitó la planta de Grupo Arvento.") == {"Felipe VI"}


# ---------------------------------------------------------------- styles of address


def test_a_style_of_address_is_no_name(es: Language) -> None:
    text = ("Grupo Arvento compró Textil Noria. La fábrica fue inaugurada por Su Majestad "
            "el Rey Felipe VI.")
    assert people(es, text) == {"Felipe VI"}
    assert not any("Majestad" in n for n in names(es, text))


def test_a_name_after_a_style_of_address_stays_a_persons(es: Language) -> None:
    assert people(es, "Su Excelencia Omar Haddad visitó Grupo Arvento.") == {"Omar Haddad"}


# ---------------------------------------------------------------- horses


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Grupo Arvento compró Textil Noria. Su caballo, Duque de Alba, ganó la carrera."),
    ("es", "Grupo Arvento compró Textil Noria. Duque de Alba, el caballo de la cuadra, "
           "ganó la carrera."),
    ("es", "Grupo Arvento compró Textil Noria. Su caballo Pedro Salinas ganó la carrera."),
    ("en", "Tarvel Capital bought Felgate Foods. Its colt, Silver Storm, won the race."),
    ("en", "Tarvel Capital bought Felgate Foods. Its horse Maria Luisa won the race."),
])
def test_a_horses_name_is_no_company_nor_person(
        request: pytest.FixtureRequest, lang: str, text: str) -> None:
    nlp = request.getfixturevalue(lang)
    assert people(nlp, text) == set()
    assert len(names(nlp, text)) == 2  # the buyer and the company bought only


def test_a_company_owning_a_horse_stays_a_company(es: Language) -> None:
    text = "Cuadra Montejurra, dueña del caballo, compró Textil Noria."
    assert "Cuadra Montejurra" in names(es, text)
