"""Organisations on news nobody tuned to (session 18, issue #13): classes of
organisation and person errors seen across the opened articles, each rule on sentences
written for these tests.

- English: the subject of a verb whose object is "its" something is a company, not a
  person ("X sold a stake in its tower unit") (``kg.entities.retype``).
- Spanish: a "person" of two words that no given name opens, subject of a company's
  verb ("X facturó 800 millones", "X pagará 45.000 millones por ..."), is a company
  (``kg.entities.retype.acting_company``; the verbs in ``lexicon/entities.toml``).
- Spanish: a verb that opens its sentence before a comma or a preposition
  ("Consultado por este diario, ...", "Conviene, sin embargo, ...") is no name, where the
  tagger made it a subject (``kg.entities.retype.sentence_opener``).
- The firm after a market role ("chief market strategist at X", "head of consumer deals
  at X", "analista de X", "economista jefe de X") is an organisation
  (``kg.entities.cues.employer_of_role``).
- English: a name after a possessive and the adjectives or participles that follow it,
  before an object noun ("the utility's retired X coal plant", "its majority-owned X
  nuclear power plant"), is the object's (``kg.entities.objects``).
- Spanish "el X", "del X" (a club or a company, ``kg.entities.cues.article_name``) is
  no organisation when X is a region coordinated with a place or a part of the country
  ("Jalisco y el Bajío", "el Bajío y el occidente del país"), nor when the article is
  inside a longer name ("Fuente del Jarro", "del Centro para el Desarrollo ...").

Every test runs the installed pipelines and is marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s13_entities import orgs, people

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


# --- "its" after a subject: a company ---------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Last year, Rohan Netlink sold a 26% stake in its tower arm to Harbour Fund.",
     "Rohan Netlink"),
    ("Marisol Hidalgo has agreed to sell its cold-storage business to Kestrel Foods.",
     "Marisol Hidalgo"),
    ("Sunil Agrotech cut its annual sales forecast on Thursday.", "Sunil Agrotech"),
])
def test_the_subject_of_its_object_is_a_company(en: Language, text: str, name: str) -> None:
    assert name in orgs(en, text)
    assert name not in people(en, text)


@pytest.mark.parametrize(("text", "name"), [
    # "his": a person's
    ("Ravi Menon sold his 4% stake in Kestrel Foods to Harbour Fund.", "Ravi Menon"),
    # "its" belongs to the company of a reported clause, not to the speaker
    ("Ravi Menon said Kestrel Foods would sell its stake in Harbour Cold.", "Ravi Menon"),
    # "its" inside a relative clause of the object
    ("Ravi Menon bought the firm that cut its staff by half.", "Ravi Menon"),
])
def test_a_person_keeps_its_type_without_its_object(en: Language, text: str,
                                                     name: str) -> None:
    assert name in people(en, text)


# --- "el X" in Spanish: a club or a company, unless a region or part of a name --------


@pytest.mark.parametrize(("text", "word"), [
    # a region listed with a place or a part of the country
    ("La cadena abrirá 80 tiendas en el Cibao y el norte del país.", "Cibao"),
    ("Los clientes de Sonora y el Soconusco pagan más por la luz.", "Soconusco"),
    # the article inside a longer name
    ("La planta está en el polígono de Fuente del Olmo, en Valdemoro.", "Olmo"),
    ("Participa también el Centro para el Fomento Regional, con 4 millones.", "Centro"),
    ("Con la ayuda del Observatorio para la Innovación Agraria, la cooperativa creció.",
     "Observatorio"),
])
def test_a_region_or_a_word_of_a_longer_name_is_no_club(es: Language, text: str,
                                                        word: str) -> None:
    assert word not in orgs(es, text)


@pytest.mark.parametrize(("text", "club"), [
    ("La oferta del Sabadell por el Unicaja fue rechazada.", "Unicaja"),
    ("El Sabadell y el Unicaja cerraron el acuerdo.", "Unicaja"),
    ("El fichaje del Getafe costó 12 millones.", "Getafe"),
])
def test_a_club_with_an_article_stays_an_organisation(es: Language, text: str,
                                                      club: str) -> None:
    assert club in orgs(es, text)


# --- a possessed object's name, adjectives between --------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("The batteries will sit next to the utility's retired Harlan Ridge coal plant near "
     "Tucson.", "Harlan Ridge"),
    ("The company supplies data centres from its majority-owned Keswick Falls nuclear "
     "power plant.", "Keswick Falls"),
])
def test_a_possessed_plant_with_modifiers_is_no_organisation(en: Language, text: str,
                                                             name: str) -> None:
    assert name not in orgs(en, text) | people(en, text)


def test_the_owner_of_a_plant_stays_an_organisation(en: Language) -> None:
    text = "Teravia said it would close the retired Harlan Ridge plant it bought from Orvane."
    assert {"Teravia", "Orvane"} <= orgs(en, text)


# --- Spanish: a "person" acting as a company ---------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Logis Tajo facturó 800 millones de euros en 2025, un 6% más.", "Logis Tajo"),
    ("Hidro Sella pagará 45 millones por el 100% de Molinos del Carrión.", "Hidro Sella"),
    ("Retail Miño cerró 2025 con una deuda de 300 millones.", "Retail Miño"),
    ("Agro Tiétar vendió su planta de Plasencia por 30 millones.", "Agro Tiétar"),
])
def test_a_spanish_person_that_acts_as_a_company_is_one(es: Language, text: str,
                                                         name: str) -> None:
    assert name in orgs(es, text)
    assert name not in people(es, text)


@pytest.mark.parametrize(("text", "name"), [
    # a given name opens it
    ("Amancio Ortega compró un edificio de oficinas en Miami.", "Amancio Ortega"),
    # a title before it
    ("El presidente Ruiz Mateos vendió la empresa en 1983.", "Ruiz Mateos"),
])
def test_a_spanish_person_with_a_given_name_or_title_stays_one(es: Language, text: str,
                                                               name: str) -> None:
    assert name in people(es, text)


# --- Spanish: a verb opening a sentence ---------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("La minera Huarmey negocia la venta del 30% a un grupo chino por un precio no "
     "revelado.\n\nConsultado por este diario, Tomás Rengifo, gerente de la minera, no "
     "quiso opinar.", "Consultado"),
    ("El dividendo subirá un 8% en los próximos nueve meses.\n\nConviene, sin embargo, "
     "leer la letra pequeña del acuerdo.", "Conviene"),
])
def test_a_verb_opening_a_sentence_is_no_name(es: Language, text: str, word: str) -> None:
    assert word not in orgs(es, text) | people(es, text)


@pytest.mark.parametrize(("text", "name"), [
    # a company named like a verb, described by its apposition
    ("La operación se cerró en marzo.\n\nAvanza, la operadora de autobuses, ganó 40 "
     "millones.", "Avanza"),
    ("La operación se cerró en marzo.\n\nArcelia, la mayor cementera del país, ganó 40 "
     "millones.", "Arcelia"),
])
def test_a_company_opening_a_sentence_before_a_comma_stays(es: Language, text: str,
                                                           name: str) -> None:
    assert name in orgs(es, text)


# --- the employer of an analyst, a strategist, a banker ---------------------------------


@pytest.mark.parametrize(("text", "firm"), [
    ('"Every chain is for sale," said Tom Ashdown, head of retail deals at Brackley '
     'Vance.', "Brackley Vance"),
])
def test_the_firm_of_an_english_market_role_is_an_organisation(en: Language, text: str,
                                                                firm: str) -> None:
    assert firm in orgs(en, text)


@pytest.mark.parametrize(("text", "firm"), [
    ("Los analistas de Tunari Bursátil creen que la empresa volverá a ganar dinero.",
     "Tunari Bursátil"),
    # a firm the model took for a person
    ("Según Pablo Ríos, estratega de Paraná Bursátil, la bolsa subirá.", "Paraná Bursátil"),
])
def test_the_firm_of_a_spanish_analyst_is_an_organisation(es: Language, text: str,
                                                          firm: str) -> None:
    assert firm in orgs(es, text)


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "The analysts met at Davos on Tuesday to discuss rates.", "Davos"),
    ("en", "Partners at Silicon Valley firms have grown cautious.", "Silicon Valley"),
])
def test_a_place_after_a_role_stays_a_place(request: pytest.FixtureRequest, lang: str,
                                            text: str, place: str) -> None:
    assert place not in orgs(request.getfixturevalue(lang), text)


def test_an_analyst_of_a_person_is_no_firm(es: Language) -> None:
    text = "Pablo Ríos, analista de Lucía Ferrán en la campaña, no quiso opinar."
    assert "Lucía Ferrán" not in orgs(es, text)


def test_a_directors_department_is_no_firm(es: Language) -> None:
    text = "La directora de Sostenibilidad de Alvear, Ana Gil, dimitió el lunes."
    assert "Sostenibilidad" not in orgs(es, text)
