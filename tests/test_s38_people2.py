"""Session 38, helper people2 (issue #13): people kg published that are no person, or
a person's name with a word too many.

- A form of address between a role and a name is no word of the name: "managing
  director Dr Jane Holt" is Jane Holt (``kg.entities.people.title_before``).
- Sarawak's and Sabah's style "Datu" opens a name as "Datuk" does (``styles``).
- "The Harveys, who own the orchard," is the family of a person the article names,
  whichever rule read it (``retype.family_name`` through ``_family_plural``).
- Japanese nouns of a trade ("Suisan", "Kisen"), "Agro" and a utility's "Water" close
  a company's name (``org_tails``).
- Catalan plural trade nouns ("Supermercats") and the lines of shipping firms
  ("Líneas", "Línies") open a company's name (``trade_heads``).
- Malay and Indonesian heads ("Universiti", "Politeknik") open a body's name
  (``org_heads``).
- A name between "the" and a plural noun of a firm's people ("the Sable Ridge
  founders") is the firm (``retype.members_of``).
- A month written short after a day or before a year ("4 DIC 2026") is a date's word
  (``retype.short_month``).
- Spanish names no person after a river's or a hill's noun: "el río Tres Cruces", "el
  río Pedro Moreno" are places (``retype.site_in_apposition``, ``namesake_places``).
- ``bench/entity_causes.py`` counts why a published person matches no gold person.
"""

from __future__ import annotations

import sys
from pathlib import Path

from spacy.language import Language

from kg.evaluate import GoldArticle, GoldEntity, PredArticle, PredEntity

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import entity_causes  # noqa: E402


def _people(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "person"}


def _orgs(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "org"}


# -- a form of address after a role ----------------------------------------------------


def test_address_form_after_a_role_is_no_word_of_the_name(en: Language) -> None:
    people = _people(en, "Founder and managing director Dr Jane Holt said the offer "
                     "was too low for the brewery.")
    assert "Jane Holt" in people
    assert "Dr Jane Holt" not in people


def test_role_before_a_bare_name_keeps_the_name(en: Language) -> None:
    people = _people(en, "Managing director Jane Holt said the offer was too low.")
    assert "Jane Holt" in people


def test_datu_style_is_no_word_of_the_name(en: Language) -> None:
    people = _people(en, "Chairman Datu Peter Anyi said the plantation would be sold.")
    assert "Peter Anyi" in people
    assert not any(p.startswith("Datu") for p in people)


# -- a family named by its plural --------------------------------------------------------


_ORCHARD = "Tom Harvey and Jane Harvey founded Harvey Orchard in 1999. "


def test_plural_surname_with_a_relative_clause_is_the_family(en: Language) -> None:
    people = _people(en, _ORCHARD + "The Harveys, who hold all of the company, are to be "
                     "paid in Cobalt Cider stock.")
    assert not any("Harveys" in p for p in people)
    assert {"Tom Harvey", "Jane Harvey"} <= people


def test_one_person_with_a_relative_clause_stays_a_person(en: Language) -> None:
    people = _people(en, _ORCHARD + "Tom Harvey, who owns half of the business, will "
                     "receive shares in Cobalt Cider.")
    assert "Tom Harvey" in people


# -- company words of other languages -----------------------------------------------------


def test_japanese_trade_noun_closes_a_company(en: Language) -> None:
    text = ("Osaka Holdings sold a 30% stake in Tasman Fishing to Yamada Suisan of Japan "
            "for $5 million.")
    assert "Yamada Suisan" in _orgs(en, text)
    assert "Yamada Suisan" not in _people(en, text)


def test_agro_closes_a_company(en: Language) -> None:
    text = "Vanua Trading will sell its copra mill to Tanna Agro for $2 million."
    assert "Tanna Agro" not in _people(en, text)


def test_water_closes_a_utility(en: Language) -> None:
    text = "Marlow Water hired Bexley Pipeworks to renew thirty miles of mains."
    assert "Marlow Water" in _orgs(en, text)


def test_surname_waters_stays_a_person(en: Language) -> None:
    assert "Ann Waters" in _people(en, "Ann Waters said the utility would be sold.")


def test_japanese_person_stays_a_person(en: Language) -> None:
    assert "Hiroshi Yamada" in _people(en, "Hiroshi Yamada said the fleet would be sold.")


def test_catalan_trade_noun_opens_a_company(es: Language) -> None:
    text = "Supermercats Bonet abrirá una tienda en Inca el próximo año."
    assert "Supermercats Bonet" not in _people(es, text)


def test_person_named_like_a_trade_stays_a_person(es: Language) -> None:
    assert "Marta Bonet" in _people(es, "Marta Bonet abrirá una tienda en Inca el próximo año.")


def test_malay_head_opens_a_body(en: Language) -> None:
    text = ("Borneo Enzymes has begun talks with Universiti Teknologi Kapit about a shared "
            "laboratory, Lim said.")
    assert "Teknologi Kapit" not in _people(en, text)
    assert "Universiti Teknologi Kapit" in _orgs(en, text)


def test_malay_person_stays_a_person(en: Language) -> None:
    assert "Ahmad Rahim" in _people(en, "Ahmad Rahim said the polytechnic would expand.")


# -- the people of a firm ----------------------------------------------------------------


def test_name_before_a_firms_people_is_the_firm(en: Language) -> None:
    assert "Sable Ridge" not in _people(en, "We thank you all.\n— The Sable Ridge founders")


def test_person_before_a_firms_people_with_a_possessive_stays(en: Language) -> None:
    assert "Tom Hale" in _people(en, "Tom Hale's employees thanked him.")


# -- a month written short ---------------------------------------------------------------


def test_short_month_of_a_byline_is_no_person(es: Language) -> None:
    people = _people(es, "Por Lucía Romero Vidal | 9 DIC 2026 · 07:45\n"
                     "La conservera Brisa del Cantábrico compró una planta en Santoña.")
    assert "DIC" not in people
    assert "Lucía Romero Vidal" in people


def test_given_name_like_a_month_stays_a_person(en: Language) -> None:
    assert "Jan Kowalski" in _people(en, "Jan Kowalski said the yard would be sold.")


# -- a site's noun in apposition ---------------------------------------------------------


def test_name_after_a_river_noun_is_a_place(es: Language) -> None:
    text = "La minera compró tierras junto al río Pedro Moreno por 2 millones de dólares."
    assert "Pedro Moreno" not in _people(es, text)


def test_model_name_after_a_river_noun_is_a_place(es: Language) -> None:
    text = "El proyecto de la maderera está a orillas del río Madre de Dios, dijo el gerente."
    assert "Madre de Dios" not in _people(es, text)


def test_person_after_a_role_stays_a_person(es: Language) -> None:
    text = "El presidente Pedro Moreno compró tierras por 2 millones de dólares."
    assert "Pedro Moreno" in _people(es, text)


# -- bench/entity_causes.py ----------------------------------------------------------------


_LISTS = entity_causes.Lists(places=frozenset({"Dorne"}), given_names=frozenset({"Ana"}))
_TEXT = ("By Ana Quill\nBrisk Foods bought Pell Mills. Rook Dairy said. Dorne grew. "
         "The Sable ship sailed.")
_GOLD = GoldArticle(
    id="x", lang="en",
    organizations=(GoldEntity("Brisk Foods"), GoldEntity("Pell Mills Group")),
    people=(GoldEntity("Tom Rook", ("Rook",)), GoldEntity("Ida Vance")), amounts=(), deals=())


def _reason(name: str) -> str:
    start = _TEXT.find(name)
    return entity_causes.false_reason([name], _GOLD, _TEXT, [(start, start + len(name))], _LISTS)


def test_false_people_get_the_first_reason_that_holds() -> None:
    assert _reason("Brisk Foods") == "org"
    assert _reason("Pell Mills") == "org part"
    assert _reason("Rook Dairy") == "person part"
    assert _reason("Dorne") == "place"
    assert _reason("Sable") == "thing"
    assert _reason("Ana Quill") == "credit"


def test_missed_people_get_their_reason() -> None:
    pred = PredArticle("x", organizations=[PredEntity("o", ("Ida Vance",))],
                       people=[PredEntity("p", ("Tom Rook Jr",))])
    assert entity_causes.missed_reason(_GOLD.people[1].keys, pred) == "as org"
    assert entity_causes.missed_reason(frozenset({"tom rook"}), pred) == "partial"
    assert entity_causes.missed_reason(frozenset({"zed"}), pred) == "unfound"
    assert entity_causes.missed_reason(frozenset({"zed"}), None) == "unfound"
