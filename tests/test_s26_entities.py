"""Deal parties kg never found as organisations (session 26, ent8). Every sentence is
written for these tests, with invented companies and people.

- A Spanish function word ("hoy", "con", "para") opens no false name in an English
  text, where it is a name's first word ("Hoy Sound Distillery"); a Spanish text still
  drops it, and English "Meanwhile" stays no name (lexicon ``false_names``,
  ``english_false_names``; kg.entities.labels ``_trim_edges``).
- A hyphen written without spaces joins a place's name through its lower-case
  particles ("Baie-des-Chaleurs Seafood", "Anse-aux-Loups Fisheries"), as it joins two
  capitalised words (lexicon ``hyphen_particles``; kg.entities.component ``_caps``).
- French writes an organisation's name in lower case after its head up to the proper
  name that closes it ("Coopérative des pêcheurs de Lamèque", "Caisse de retraite
  Mauricie", "Usine de crabe Shippagan Inc."): one name, even in an English text
  (lexicon ``french_org_heads``, ``french_name_particles``; kg.entities.cues
  ``french_name``).

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import names

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def orgs(nlp: Language, text: str) -> set[str]:
    return names(nlp, text, "org")


# ------------------------------------------------- a Spanish function word in English


@pytest.mark.parametrize("text, name", [
    ("Kelvane Spirits bought Hoy Bay Brewery in 1990 for £3m.", "Hoy Bay Brewery"),
    ("The tour ends at Sin Valley Winery, which Tarrow Estates bought in 2019.",
     "Sin Valley Winery"),
])
def test_spanish_function_word_opens_an_english_name(en: Language, text: str, name: str) -> None:
    assert name in orgs(en, text)


def test_spanish_function_word_still_no_name_in_spanish(es: Language) -> None:
    found = orgs(es, "Hoy Corvalia compró Tornesa por 12 millones de euros.")
    assert "Corvalia" in found
    assert not any(n.startswith("Hoy") for n in found)


def test_english_adverb_still_no_name(en: Language) -> None:
    found = orgs(en, "Meanwhile Brantock Foods agreed to buy Ravelston Mills for $40 million.")
    assert "Brantock Foods" in found
    assert not any(n.startswith("Meanwhile") for n in found)


# ------------------------------------------------------------ a hyphened place's name


@pytest.mark.parametrize("text, name", [
    ("Anse-aux-Loups Fisheries Ltd. agreed to buy a plant from Tormeau Foods for $12 million.",
     "Anse-aux-Loups Fisheries"),
    ("Pointe-des-Ormes Seafood Ltd. has signed an agreement to buy a cannery from "
     "Valdren Foods.", "Pointe-des-Ormes Seafood"),
])
def test_hyphened_place_name_is_one_word(en: Language, text: str, name: str) -> None:
    found = orgs(en, text)
    assert name in found
    assert not {"Anse", "Pointe", "Loups Fisheries", "Ormes Seafood"} & found


def test_spaced_hyphen_still_separates(en: Language) -> None:
    found = orgs(en, "Tarnbridge Foods - de facto the market leader - bought Quillby Ales.")
    assert not any("de facto" in n for n in found)


# ------------------------------------------------------------- French names in lower case


@pytest.mark.parametrize("text, name", [
    ("The Coopérative des producteurs de Valmoret and Tarnbridge Foods Ltd. agreed to buy "
     "a cannery from Groupe Morlaix for $20 million.", "Coopérative des producteurs de Valmoret"),
    ("Tarnbridge Foods agreed to buy the Usine de pâtes Belcourt Inc. from Groupe Morlaix "
     "for $20 million.", "Usine de pâtes Belcourt"),
    ("Pension manager Caisse de prévoyance Lorvaine bought a 10% stake in Halvern Mining "
     "for C$40 million.", "Caisse de prévoyance Lorvaine"),
])
def test_french_name_in_lower_case_is_one_name(en: Language, text: str, name: str) -> None:
    assert name in orgs(en, text)


@pytest.mark.parametrize("text, false", [
    # no proper name closes it: where the name ends is unknown
    ("The plant was financed with a loan from the Fonds de soutien régional.",
     "Fonds de soutien"),
    # a head with no lower-case word is any head's name
    ("Banque de Morlaix said on Tuesday that its rates would hold.", "Banque de Morlaix said"),
])
def test_french_head_without_closing_name(en: Language, text: str, false: str) -> None:
    assert not any(n.startswith(false) for n in orgs(en, text))
