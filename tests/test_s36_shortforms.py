"""Session 36, helper shortforms (issue #13): a company's short form joined to its full
name when the words the press drops around it are ones the word lists do not know
(``kg.entities.resolve._named_within``, rule ``resolve:short_form_within``).

- The short form is the run of words left of one longer name named before it: a
  trade word no list holds opening it ("Agroexportadora Quelmar" ... "Quelmar"), a
  head and a sector word around it ("Grupo Tarvela Alimentación" ... "Tarvela"), a
  foreign group head ("Groupe Vendée Littoral" ... "Vendée Littoral"), a common word
  opening a name that ends in its trade ("Nimbus Compute" ... "Nimbus").
- A deal told on the short form is a deal of the full name.
- Left apart: a unit whose name adds a country ("Halvorsa Marine Brasil" beside
  "Halvorsa Marine"); a name made of two the article names alone ("Norvik Tessaly"
  beside "Tessaly"); a short form that is a person's surname too ("Rosa Quelmar");
  two long names that hold the short form ("Banco Tarvela", "Seguros Tarvela"); a
  common word a sentence names beside the long name it opens, a parent and its unit
  ("Nimbus" selling "Nimbus Compute").
- A body's name less the nationality or place opening it, named after it ("the Chilean
  Coast Guard" ... "the Coast Guard"; ``_named_less_place``, rule
  ``resolve:short_form_less_place``); not when two such names hold it.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Entity


def _orgs(nlp: Language, text: str) -> dict[str, Entity]:
    return {e.name: e for e in nlp(text)._.kg_entities if e.kind == "org"}


# -- joined ---------------------------------------------------------------------------


def test_unknown_trade_word_dropped(es: Language) -> None:
    orgs = _orgs(es, "Agroexportadora Quelmar ha comprado Frutas Olivenza por 40 millones de "
                 "euros. El consejero delegado de Quelmar, Luis Gómez, dijo que la compra "
                 "encaja.")
    assert "Quelmar" not in orgs
    assert "Quelmar" in orgs["Agroexportadora Quelmar"].aliases
    assert "resolve:short_form_within" in orgs["Agroexportadora Quelmar"].rules


def test_head_and_sector_word_dropped(es: Language) -> None:
    orgs = _orgs(es, "Grupo Tarvela Alimentación ha comprado Lácteos Urdiain por 40 millones "
                 "de euros. El consejero delegado de Tarvela, Luis Gómez, dijo que la compra "
                 "encaja.")
    assert "Tarvela" not in orgs
    assert "Tarvela" in orgs["Grupo Tarvela Alimentación"].aliases


def test_foreign_group_head_dropped(en: Language) -> None:
    orgs = _orgs(en, "Groupe Vendée Littoral agreed to buy Pelorus Seafoods for $50 million. "
                 "Shares of Vendée Littoral rose 4% after the news.")
    assert "Vendée Littoral" not in orgs
    assert "Vendée Littoral" in orgs["Groupe Vendée Littoral"].aliases


def test_common_first_word_of_a_trade_name(en: Language) -> None:
    orgs = _orgs(en, "Nimbus Compute and Arden Systems are bidding for a hospital contract. "
                 "Nimbus's offer includes a new data centre.")
    assert "Nimbus" not in orgs
    assert "Nimbus" in orgs["Nimbus Compute"].aliases


def test_deal_on_the_short_form_is_the_full_names(es: Language) -> None:
    doc = es("Grupo Tarvela Alimentación facturó 300 millones de euros en 2025. Tarvela ha "
             "comprado Lácteos Urdiain por 40 millones de euros.")
    (deal,) = doc._.kg_deals
    assert {(role, ref.name) for role, ref in deal.roles} == {
        ("acquirer", "Grupo Tarvela Alimentación"), ("target", "Lácteos Urdiain")}
    assert "Tarvela" not in {e.name for e in doc._.kg_entities}


# -- near misses: left apart ------------------------------------------------------------


def test_unit_in_a_country_stays_apart(en: Language) -> None:
    orgs = _orgs(en, "Halvorsa Marine Brasil agreed to buy Pelorus Shipping for $50 million. "
                 "Halvorsa Marine, its parent in Oslo, also bought Arden Docks.")
    assert {"Halvorsa Marine Brasil", "Halvorsa Marine"} <= set(orgs)


def test_name_made_of_two_keeps_the_second_apart(en: Language) -> None:
    orgs = _orgs(en, "Norvik Tessaly was formed when Norvik merged with Tessaly in 2001. "
                 "Tessaly had been the smaller of the two.")
    assert "Tessaly" in orgs
    assert "Tessaly" not in orgs["Norvik Tessaly"].aliases


def test_surname_of_a_person_stays_apart(es: Language) -> None:
    orgs = _orgs(es, "Agroexportadora Quelmar ha comprado Frutas Olivenza por 40 millones de "
                 "euros. Rosa Quelmar, fundadora de Quelmar, dijo que la compra encaja.")
    assert "Quelmar" not in orgs["Agroexportadora Quelmar"].aliases


def test_two_long_names_sharing_the_word_stay_two(es: Language) -> None:
    orgs = _orgs(es, "Banco Tarvela y Seguros Tarvela firmaron un acuerdo. El presidente de "
                 "Tarvela, Luis Gómez, dijo que crecerá.")
    assert {"Banco Tarvela", "Seguros Tarvela"} <= set(orgs)


# -- a body's name less the nationality or place opening it ---------------------------


def test_coast_guard_less_its_nationality(en: Language) -> None:
    orgs = _orgs(en, "The Chilean Coast Guard signed a $40 million contract with Pelorus "
                 "Shipyards for six patrol boats. The Coast Guard said the first boat would "
                 "arrive in May.")
    assert "Coast Guard" not in orgs
    assert "The Coast Guard" in orgs["Chilean Coast Guard"].aliases
    assert "resolve:short_form_less_place" in orgs["Chilean Coast Guard"].rules


def test_navy_less_its_nationality(en: Language) -> None:
    orgs = _orgs(en, "The Peruvian Navy signed a $40 million contract with Pelorus Shipyards "
                 "for two frigates. The Navy said the first ship would arrive in May.")
    assert "Navy" not in orgs
    assert "Navy" in orgs["Peruvian Navy"].aliases


def test_navy_of_two_nations_stays_apart(en: Language) -> None:
    orgs = _orgs(en, "The Peruvian Navy and the Chilean Navy signed contracts with Pelorus "
                 "Shipyards for frigates. The Navy said the first ship would arrive in May.")
    assert "Navy" in orgs
    assert "Navy" not in orgs["Peruvian Navy"].aliases


def test_common_word_parent_beside_its_unit_stays_apart(en: Language) -> None:
    doc = en("Nimbus Compute, the cloud arm, was sold by its parent Nimbus to Arden Systems "
             "for $50 million. Arden said the deal closes in May.")
    orgs = {e.name for e in doc._.kg_entities if e.kind == "org"}
    assert {"Nimbus Compute", "Nimbus"} <= orgs
    (deal,) = doc._.kg_deals
    assert ("seller", "Nimbus") in {(role, ref.name) for role, ref in deal.roles}
