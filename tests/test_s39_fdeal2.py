"""Session 39, helper fdeal2 (issue #13): false deals that take a party from outside
their sentence, or a party whose name was cut.

- "X abrió en 1990. En 2021 la adquirió el grupo Y. La firma cerró un acuerdo con Z":
  the object pronoun before the verb keeps the center; the subject after the verb is
  a newcomer, so a later description means X, not Y
  (``kg.deals.centering.newcomer_on_clitic``, ``refer:newcomer-on-clitic``, asked by
  ``kg.deals.refer.previous_subject``). With the subject before the verb ("el grupo
  Y la adquirió") the subject stays the center. So with a description of that company
  as what the subject acts on ("Y ofreció 14 millones por toda la compañía",
  ``refer:newcomer-on-description``); not a description inside a clause below the verb
  ("Y anunció que la compañía crecería").
- "Derwent Leisure Partners offered ... Derwent Leisure, which ...": a company named
  in full and then without its tail word is the same company, even where the model
  reads the short form as nothing (``kg.entities.tails.names_without_tail``,
  ``cue:name_without_tail``). A run inside a longer capitalised name is not it, nor a
  known place.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _parties(deals: list[Deal], kind: str) -> list[set[str]]:
    return [{ref.name for _, ref in d.roles} for d in deals if d.type == kind]


# -- refer:newcomer-on-clitic --------------------------------------------------------------

_WINERY = (
    "Viñedos Ontiveros abrió en 1990 como un proyecto de dos hermanos. En 2021 {bought}. "
    "La firma vende ya 4 millones al año y en mayo cerró un "
    "acuerdo de distribución con la cadena Vinoteca Azcárate para exportar a Japón."
)


def test_a_newcomer_acting_on_a_clitic_is_not_the_center(es: Language) -> None:
    deals = _deals(es, _WINERY.format(
        bought="la adquirió el navarro Grupo Brial por unos 9 millones de euros"))
    assert {"Vinoteca Azcárate", "Viñedos Ontiveros"} in _parties(deals, "Partnership")
    assert not any("Grupo Brial" in p for p in _parties(deals, "Partnership"))


def test_a_subject_before_its_verb_stays_the_center(es: Language) -> None:
    deals = _deals(es, _WINERY.format(
        bought="el navarro Grupo Brial la adquirió por unos 9 millones de euros"))
    assert {"Vinoteca Azcárate", "Grupo Brial"} in _parties(deals, "Partnership")


def test_a_newcomer_acting_on_a_description_is_not_the_center(es: Language) -> None:
    deals = _deals(es, _WINERY.format(
        bought="el navarro Grupo Brial ofreció 14 millones de euros por toda "
        "la compañía, algo que sus dueños rechazaron"))
    assert {"Vinoteca Azcárate", "Viñedos Ontiveros"} in _parties(deals, "Partnership")


def test_a_description_in_a_clause_below_leaves_the_subject_the_center(es: Language) -> None:
    deals = _deals(es, _WINERY.format(
        bought="el navarro Grupo Brial anunció que la compañía crecería en Asia"))
    assert {"Vinoteca Azcárate", "Grupo Brial"} in _parties(deals, "Partnership")


# -- cue:name_without_tail ---------------------------------------------------------------

_BID = (
    "Derwent Leisure Partners has offered A$300 million for Whitfield Cruises, the reef "
    "operator. The board rejected the approach on Monday. {again}, which runs funds worth "
    "about $2 billion, already knows the region well. In 2023 it bought Isles Ferry Lines "
    "for A$40 million."
)


def test_a_name_without_its_tail_is_the_company(en: Language) -> None:
    doc = en(_BID.format(again="Derwent Leisure"))
    (company,) = [e for e in doc._.kg_entities if e.name == "Derwent Leisure Partners"]
    assert len(company.mentions) == 2
    assert {"Derwent Leisure Partners", "Isles Ferry Lines"} in _parties(
        list(doc._.kg_deals), "Acquisition")


def test_a_longer_name_is_another_company(en: Language) -> None:
    doc = en(_BID.format(again="Derwent Leisure Fund"))
    (company,) = [e for e in doc._.kg_entities if e.name == "Derwent Leisure Partners"]
    assert len(company.mentions) == 1
