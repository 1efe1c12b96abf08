"""Deal parties kg never found as organisations (session 26, ent8). Every sentence is
written for these tests, with invented companies and people.

- A Spanish function word ("hoy", "con", "para") opens no false name in an English
  text, where it is a name's first word ("Hoy Bay Brewery"); a Spanish text still
  drops it, and English "Meanwhile" stays no name (lexicon ``false_names``,
  ``english_false_names``; kg.entities.labels ``_trim_edges``, kg.entities.runs
  ``_run_start``).
- "Distillery", "Winery", "Creamery" close a firm's name as "Brewery" does ("Kestrel
  Glen Distillery"; lexicon ``org_tails``).
- A hyphen written without spaces joins a place's name through its lower-case
  particles ("Pointe-des-Ormes Seafood", "Anse-aux-Loups Fisheries"), as it joins two
  capitalised words (lexicon ``hyphen_particles``; kg.entities.component ``_caps``).
- French writes an organisation's name in lower case after its head up to the proper
  name that closes it ("Coopérative des producteurs de Valmoret", "Caisse de
  prévoyance Lorvaine", "Usine de pâtes Belcourt Inc."): one name, even in an English text
  (lexicon ``french_org_heads``, ``french_name_particles``; kg.entities.cues
  ``french_name``).
- A name the model ran on into its price ends before it when the price's sign is one
  of Unicode's currency class ("Fjellhem Living for ₱2.4 billion") or a dollar written
  with its country's letters ("Kolovai Solar Works for T$62,000"; kg.entities.figures
  ``money_names``, rule ``figure:money``).

The tests that run the installed pipelines are marked ``model``; the price's run on
hand-made candidates.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from kg.entities.context import _P_MODEL, _Cand
from kg.entities.figures import money_names
from tests.test_s22_lead import names


def orgs(nlp: Language, text: str) -> set[str]:
    return names(nlp, text, "org")


# ------------------------------------------------- a Spanish function word in English


@pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py
@pytest.mark.parametrize("text, name", [
    ("Kelvane Spirits bought Hoy Bay Brewery in 1990 for £3m.", "Hoy Bay Brewery"),
    # inside a run of capitals, after "to" (kg.entities.runs, _run_start)
    ("Visitors to Con Loch Distillery can taste the new cask strength.", "Con Loch Distillery"),
    ("The tour ends at Sin Valley Winery, which Tarrow Estates bought in 2019.",
     "Sin Valley Winery"),
])
def test_spanish_function_word_opens_an_english_name(en: Language, text: str, name: str) -> None:
    assert name in orgs(en, text)


@pytest.mark.model
def test_spanish_function_word_still_no_name_in_spanish(es: Language) -> None:
    found = orgs(es, "Hoy Corvalia compró Tornesa por 12 millones de euros.")
    assert "Corvalia" in found
    assert not any(n.startswith("Hoy") for n in found)


@pytest.mark.model
def test_english_adverb_still_no_name(en: Language) -> None:
    found = orgs(en, "Meanwhile Brantock Foods agreed to buy Ravelston Mills for $40 million.")
    assert "Brantock Foods" in found
    assert not any(n.startswith("Meanwhile") for n in found)


# ------------------------------------------------------ the house that makes a drink


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Visitors to Kestrel Glen Distillery can taste the new cask strength.",
     "Kestrel Glen Distillery"),
    ("Guests at Ashcombe Ridge Winery sampled the first vintage.", "Ashcombe Ridge Winery"),
])
def test_distillery_and_winery_close_a_firm_name(en: Language, text: str, name: str) -> None:
    assert name in orgs(en, text)


# ------------------------------------------------------------ a hyphened place's name


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Anse-aux-Loups Fisheries Ltd. agreed to buy a plant from Tormeau Foods for $12 million.",
     "Anse-aux-Loups Fisheries"),
    ("Pointe-des-Ormes Seafood Ltd. will take over a cannery owned by Valdren Foods.",
     "Pointe-des-Ormes Seafood"),
])
def test_hyphened_place_name_is_one_word(en: Language, text: str, name: str) -> None:
    found = orgs(en, text)
    assert name in found
    assert not {"Anse", "Pointe", "Loups Fisheries", "Ormes Seafood"} & found


@pytest.mark.model
def test_spaced_hyphen_still_separates(en: Language) -> None:
    found = orgs(en, "Tarnbridge Foods - de facto the market leader - bought Quillby Ales.")
    assert not any("de facto" in n for n in found)


# ------------------------------------------------------------- French names in lower case


@pytest.mark.model
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


@pytest.mark.model
@pytest.mark.parametrize("text, false", [
    # no proper name closes it: where the name ends is unknown
    ("The plant was financed with a loan from the Fonds de soutien régional.",
     "Fonds de soutien"),
    # a head with no lower-case word is any head's name
    ("Banque de Morlaix said on Tuesday that its rates would hold.", "Banque de Morlaix said"),
])
def test_french_head_without_closing_name(en: Language, text: str, false: str) -> None:
    assert not any(n.startswith(false) for n in orgs(en, text))


# ------------------------------------------------------------ a name run on into its price


@pytest.mark.parametrize("text, name", [
    ("Panels were bought from Kolovai Solar Works for T$62,000.", "Kolovai Solar Works"),
    ("It went to Fjellhem Living for ₱ 2.4 billion.", "Fjellhem Living"),
    ("It went to Fjellhem Living for ₱2.4bn.", "Fjellhem Living"),
    ("It went to Apia Timber for WS$ 3 million.", "Apia Timber"),
])
def test_name_run_on_into_its_price_is_cut(text: str, name: str) -> None:
    doc = spacy.blank("en")(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    end = next(t.i for t in doc if t.text == "for") + 2  # the model's run-on span
    [cand] = money_names(doc, [_Cand(start, end, "ORG", _P_MODEL, ("ner:ORG",))])
    assert doc[cand.start:cand.end].text == name
    assert "figure:money" in cand.rules


def test_sign_alone_is_no_name() -> None:
    doc = spacy.blank("en")("He paid in T$ and ₱ alike.")
    cands = [_Cand(t.i, t.i + 1, "ORG", _P_MODEL) for t in doc if t.text in ("T$", "₱")]
    assert len(cands) == 2 and money_names(doc, cands) == []


def test_capitalised_word_after_for_is_kept() -> None:
    doc = spacy.blank("en")("It joined Partners for Growth last year.")
    [cand] = money_names(doc, [_Cand(2, 5, "ORG", _P_MODEL)])
    assert doc[cand.start:cand.end].text == "Partners for Growth"
