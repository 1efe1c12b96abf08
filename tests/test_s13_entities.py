"""Organisations and people on unseen news (issue 13), each rule on sentences written
for these tests.

Places are no organisations: a country named anywhere, a known city or region after a
preposition of place (``kg.entities.places``), a Latin American dateline closed by a
full stop or followed by a state's code (``kg.entities.lines``); the noun phrase after
a name's comma is no apposition of it when it introduces the next name, owns something
or says something (``kg.entities.cues``). Spanish companies the model reads as people:
a product or trade noun opening the name, an agentive trade noun in -dora
(``retype:trade_name``), an employer closing a person's role before "quien". Stock
indexes: a name and its member count before a noun of the index or its members, after
a place's possessive, "the" and a bare name moving by a percentage, a "person" after an
index noun. An acronym that spells the "y" of its long form; a Spanish classifier
before its complement ("su marca de papel higiénico X").

Every test runs the installed pipelines and is marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


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


# --- companies the model took for people -----------------------------------------------


def test_a_product_noun_opening_a_spanish_name_makes_a_company(es: Language) -> None:
    text = ("SANTIAGO - Celulosa Pangal acordó vender su planta de tableros por 185 millones "
            "de dólares. En abril, Pangal vendió también su negocio de embalajes.")
    found = orgs(es, text)
    assert "Celulosa Pangal" in found and not people(es, text) & {"Celulosa Pangal", "Pangal"}
    assert "Pangal" not in found  # the short form is an alias of the company


def test_an_agentive_trade_noun_in_dora_makes_a_company(es: Language) -> None:
    text = "La firma vendió su parte en la fundición Norpacífico Fundidora a Tarran Metals."
    assert "Norpacífico Fundidora" in orgs(es, text)
    assert "Norpacífico Fundidora" not in people(es, text)


def test_a_given_name_in_dora_stays_a_person(es: Language) -> None:
    text = ("La presidenta de la compañía, Isadora Quintanilla, dijo que la venta se cerrará "
            "en mayo.")
    assert "Isadora Quintanilla" in people(es, text)


def test_the_employer_closing_a_role_is_no_antecedent_of_quien(es: Language) -> None:
    text = ('"Los márgenes se recuperarán", opinó Andrés Felipe Londoño, director de análisis '
            "de Corredores del Tolima, quien recordó que la mora se mantiene baja.")
    assert "Corredores del Tolima" not in people(es, text)
    assert "Andrés Felipe Londoño" in people(es, text)


# --- stock indexes -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Brackenridge Homes rejected a fourth offer, and the FTSE 250 company's board said the "
    "bid undervalued it.",
    "LONDON - Britain's FTSE 100 fell on Tuesday, dragged down by mining stocks.",
    "In Asia, the Hang Seng climbed 1.1% and the Kospi added 0.4% on Thursday.",
])
def test_an_english_index_is_no_organisation(en: Language, text: str) -> None:
    assert not orgs(en, text) & {"FTSE", "Hang Seng", "Kospi"}


def test_an_index_after_its_noun_is_no_person(es: Language) -> None:
    text = ("Las acciones de Grupo Estrada cayeron 9,4%, en una rueda en la que el índice "
            "S&P Merval retrocedió 1,2%.")
    doc = es(text)
    names = {e.name for e in doc._.kg_entities}
    assert "S&P Merval" not in names and "Grupo Estrada" in names


def test_an_index_noun_after_its_count_makes_the_index(en: Language) -> None:
    text = ("Carrow Foods fell 18%, while the domestically focused FTSE 250 midcap index shed "
            "0.3% on Tuesday.")
    assert "FTSE" not in orgs(en, text)


# --- long forms and classifiers ----------------------------------------------------------


def test_an_acronym_may_spell_the_conjunction_of_its_long_form(es: Language) -> None:
    text = ("Las acciones de Collón Sur cayeron un 6,1% en Bolsas y Mercados Argentinos "
            "(BYMA), hasta 8.450 pesos.")
    found = orgs(es, text)
    assert "Bolsas y Mercados Argentinos" in found
    assert not found & {"Bolsas", "Mercados Argentinos"}


def test_a_classifier_with_its_complement_names_a_brand(es: Language) -> None:
    text = ("En abril, Llanquihue Forestal traspasó su marca de papel higiénico Suave Norte a "
            "Papeles del Maule por 98 millones de dólares.")
    found = orgs(es, text)
    assert "Suave Norte" not in found and "Papeles del Maule" in found


def test_a_classifier_before_a_verb_names_nothing(es: Language) -> None:
    text = "La marca compró Tiendas Aurora por 20 millones de euros."
    assert "Tiendas Aurora" in orgs(es, text)


def test_the_owner_after_a_classifier_and_de_stays_an_organisation(es: Language) -> None:
    text = "La nueva marca de ropa deportiva de Textiles Brezo se venderá en junio."
    assert "Textiles Brezo" in orgs(es, text)


# --- words that name no one ----------------------------------------------------------------


def test_a_hashtag_is_no_organisation(es: Language) -> None:
    text = "Los usuarios difundieron la etiqueta #NoAlCierre contra la decisión de Telcosur."
    assert "NoAlCierre" not in orgs(es, text)


@pytest.mark.parametrize("text", [
    "The rating agency Ibérica Rating raised the company's grade to BBB, with a stable "
    "outlook.",
    "Moody's cut the lender to Baa3 on Friday, citing Portavia Bank's weaker deposits.",
])
def test_a_credit_rating_is_no_organisation(en: Language, text: str) -> None:
    assert not orgs(en, text) & {"BBB", "Baa3"}


def test_a_pronoun_before_a_copula_is_no_organisation(en: Language) -> None:
    text = "This is a club with a big fanbase, said the buyer Cedar Ridge Sports."
    assert "This" not in orgs(en, text)


def test_a_name_before_a_copula_and_a_descriptor_is_an_organisation(en: Language) -> None:
    text = "Quorvell is a cybersecurity firm based in Leeds."
    assert "Quorvell" in orgs(en, text)


# --- descriptors --------------------------------------------------------------------------


def test_a_nationality_between_a_descriptor_and_a_name_keeps_the_cue(es: Language) -> None:
    text = ("MONTEVIDEO - La biotecnológica uruguaya Genética del Litoral firmó un acuerdo de "
            "licencia con la farmacéutica veterinaria suiza Brenner Animal Health para "
            "fabricar su vacuna.")
    found = orgs(es, text)
    assert {"Genética del Litoral", "Brenner Animal Health"} <= found
    assert not people(es, text)
