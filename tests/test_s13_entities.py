"""Organisations and people on unseen news (issue 13), each rule on sentences written
for these tests.

Places are no organisations: a country named anywhere, a known city or region after a
preposition of place (``kg.entities.places``), a Latin American dateline closed by a
full stop or followed by a state's code (``kg.entities.lines``); the noun phrase after
a name's comma is no apposition of it when it introduces the next name, owns something
or says something (``kg.entities.cues``).

Every test runs the installed pipelines and is marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import Pipelines

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def en() -> Language:
    return Pipelines().get("en")


@pytest.fixture(scope="module")
def es() -> Language:
    return Pipelines().get("es")


def orgs(nlp: Language, text: str) -> set[str]:
    """The names of the organisations kg publishes for ``text``."""
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "org"}


def people(nlp: Language, text: str) -> set[str]:
    """The names of the people kg publishes for ``text``."""
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "person"}


# --- places ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place", "org"), [
    ("Skyway chief executive Ravi Menon said the jets would let the airline open routes "
     "from its bases in Chennai and Kolkata.", "Chennai", "Skyway"),
    ("Skyway chief executive Ravi Menon said the jets would let the airline open routes "
     "from its bases in Chennai and Kolkata.", "Kolkata", "Skyway"),
    ("Brennan Pharma said it would spend $600 million on a new plant in Cork, its largest "
     "outside the United States.", "Cork", "Brennan Pharma"),
    ("Miyakawa Corporation already co-owns a solar farm in Northland with the retailer "
     "Harbourline.", "Northland", "Harbourline"),
])
def test_a_city_or_region_after_a_preposition_of_place_is_a_place(
        en: Language, text: str, place: str, org: str) -> None:
    found = orgs(en, text)
    assert place not in found and org in found


def test_a_stake_in_a_name_that_is_also_a_city_keeps_the_organisation(en: Language) -> None:
    # "Milan" is a city, but a stake is held in a club or a company.
    text = "Lombard Partners bought a minority stake in Milan, the Italian football club."
    assert "Milan" in orgs(en, text)


def test_a_country_is_no_organisation_whatever_cue_reads_it(es: Language) -> None:
    text = ("El fondo Harbormar, que gestiona 900 millones de euros, cerró su tercera "
            "inversión en Portugal. La firma Vendalia es rentable en Chile desde marzo.")
    found = orgs(es, text)
    assert not found & {"Portugal", "Chile"} and {"Harbormar", "Vendalia"} <= found


def test_a_compass_word_and_a_country_is_a_place(en: Language) -> None:
    text = ("The sale hands Pinegate Networks one of the largest fibre networks in Western "
            "Canada.")
    found = orgs(en, text)
    assert "Western Canada" not in found and "Pinegate Networks" in found


@pytest.mark.parametrize("text", [
    "LIMA. La minera Ancash Metales cerró una venta de activos por 40 millones de dólares.",
    "QUITO.– La aseguradora Pichincha Seguros firmó un acuerdo con el banco Banandes.",
    "GUADALAJARA, JAL - La cadena Tiendas Tapatías anunció su fusión con Abarrotes Sol.",
])
def test_a_dateline_closed_by_a_stop_or_a_state_code_is_a_place(
        es: Language, text: str) -> None:
    found = orgs(es, text)
    assert not found & {"LIMA", "QUITO", "GUADALAJARA", "JAL", "Lima", "Quito"}
    assert found


# --- appositions -----------------------------------------------------------------------


def test_a_descriptor_before_the_next_name_is_no_apposition(en: Language) -> None:
    text = ("As a result of the drought in Kenya, the seed company Mavuno Seeds has raised "
            "its prices by a fifth.")
    found = orgs(en, text)
    assert "Kenya" not in found and "Mavuno Seeds" in found


def test_a_speech_tag_after_a_comma_is_no_apposition(en: Language) -> None:
    text = "Tirelli Capital will spend $200 million on a new plant in Limerick, the company said."
    found = orgs(en, text)
    assert "Limerick" not in found and "Tirelli Capital" in found


def test_an_apposition_still_makes_an_organisation(en: Language) -> None:
    text = "Quorvell, a cybersecurity firm, raised $30 million from Oakridge Partners."
    assert "Quorvell" in orgs(en, text)
