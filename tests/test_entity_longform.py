"""Organisations named in full once and by a short form after (session 11, issue 13),
each rule on sentences written for these tests:

- a name of several capitalised words whose first word the article goes on to use
  alone is an organisation, also in a lead right after a dateline where no cue word
  stands next to it (``cue:echoed_first_word``, ``kg.entities.longform``);
- the later one-word form is the earlier full name ("Quorvane" of "Quorvane Optic
  Systems"), not a different company that opens with the same word and is named
  only after it;
- an English name's opening "The" is no part of the canonical name (kept as an alias);
- a public body's head after a field closed by a tail word ("Yukon Energy Board");
- what is based in a place ("Lisbon-based Travona") is a company;
- a consultancy before its partners' names ("consultancy Hale & Ortiz");
- an English deal's adviser named like a person ("its legal counsel is X") is a firm;
- a Spanish trade plural before a name with its article ("Ferreterías El Candil");
- SAB and SAA are legal forms;
- the first-word rules leave alone a place after "in"/"at" and a person whose role
  follows in apposition (surname first: "Teng Wuyan, executive director of").

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.entities.resolve import _strip_article
from kg.facts import Entity

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def orgs(nlp: Language, text: str) -> list[Entity]:
    return [e for e in nlp(text)._.kg_entities if e.kind == "org"]


def org_named(nlp: Language, text: str, name: str) -> Entity:
    found = [e for e in orgs(nlp, text) if e.name == name or name in e.aliases]
    assert len(found) == 1, [(e.name, e.aliases) for e in orgs(nlp, text)]
    return found[0]


LEAD = (
    "OSLO, March 3 (Nordwire) - Quorvane Optic Systems is in talks to buy the sensor "
    "maker Belvik, two people close to the talks said on Monday. Quorvane declined to "
    "comment. Shares of Quorvane rose 4% in Oslo trading."
)


def test_a_lead_after_a_dateline_names_the_company_its_short_form_echoes(
        en: Language) -> None:
    entity = org_named(en, LEAD, "Quorvane Optic Systems")
    assert entity.name == "Quorvane Optic Systems"
    assert "Quorvane" in entity.aliases


def test_the_echoed_word_finds_an_organisation_the_model_missed(en: Language) -> None:
    text = ("Brennock Sable Dynamics agreed to supply the rotors. Brennock said the deal "
            "would add staff, and Brennock expects more orders next year.")
    entity = org_named(en, text, "Brennock")
    assert entity.name == "Brennock Sable Dynamics"


def test_a_name_whose_first_word_never_recurs_alone_is_left_to_other_rules(
        en: Language) -> None:
    text = "Talvessa Korrin Brume arrived in Lyon on Friday and left on Sunday."
    assert all("cue:echoed_first_word" not in e.rules for e in orgs(en, text))


def test_a_given_name_that_recurs_alone_makes_no_company(en: Language) -> None:
    text = ("Maria Delvecchio opened the meeting. Maria thanked the staff, and Maria "
            "left early.")
    assert not any(e.name == "Maria Delvecchio" for e in orgs(en, text))


def test_the_later_short_form_is_the_earlier_full_name(en: Language) -> None:
    text = ("The chipmaker Virelda Photonics reported higher sales on Tuesday. Analysts "
            "said Virelda could raise its forecast again in the spring.")
    entity = org_named(en, text, "Virelda Photonics")
    assert "Virelda" in entity.aliases


def test_a_short_form_named_before_the_longer_name_stays_apart(en: Language) -> None:
    text = ("Osterlin Group said on Monday it would sell a unit. Osterlin also owns a "
            "stake in the lender Pellmar Bank. Separately, Osterlin Capital Trust raised "
            "$200 million from pension funds.")
    trust = org_named(en, text, "Osterlin Capital Trust")
    assert "Osterlin" not in trust.aliases


def test_a_word_two_longer_names_open_joins_neither_by_first_word(en: Language) -> None:
    text = ("Dravik Motors and Dravik Ventures both reported results on Friday. The "
            "carmaker Halsen said Dravik would be a rival.")
    entities = orgs(en, text)
    motors = next(e for e in entities if e.name == "Dravik Motors")
    ventures = next(e for e in entities if e.name == "Dravik Ventures")
    assert "Dravik Ventures" not in motors.aliases and "Dravik Motors" not in ventures.aliases


@pytest.mark.parametrize("written, name", [
    ("The Corvell Nurses' Retirement Fund", "Corvell Nurses' Retirement Fund"),
    ("The Halvard Mutual Insurance Company", "Halvard Mutual Insurance Company"),
    ("The Times", "The Times"),  # "Times" alone would name nothing
    ("The hundred", "The hundred"),
    ("El Corte Inglés", "El Corte Inglés"),  # a Spanish name keeps its article
])
def test_an_opening_the_is_no_part_of_the_canonical_name(written: str, name: str) -> None:
    assert _strip_article(written) == name


def test_a_body_after_a_field_and_its_tail_word_is_one_name(en: Language) -> None:
    text = "The merger needs approval from the Yukon Energy Board before June."
    names = {e.name for e in orgs(en, text)}
    assert "Yukon Energy Board" in names
    assert "Yukon Energy" not in names


def test_what_is_based_in_a_place_is_a_company(en: Language) -> None:
    text = "In April, Lisbon-based Travona raised $12 million from two funds."
    names = {e.name for e in orgs(en, text)}
    assert "Travona" in names
    assert "Lisbon" not in names


def test_a_consultancy_named_after_its_partners_is_one_organisation(en: Language) -> None:
    text = "\"Prices will fall,\" said Leon Park, a partner at consultancy Hale & Ortiz."
    names = {e.name for e in orgs(en, text)}
    assert "Hale & Ortiz" in names
    assert not any(e.name == "Hale & Ortiz" for e in en(text)._.kg_entities
                   if e.kind == "person")


def test_a_spanish_company_echoed_by_its_first_word(es: Language) -> None:
    text = ("Trevalco Andina Servicios cerró la compra de una planta en Arequipa. "
            "Según Trevalco, la planta producirá desde mayo. Trevalco no dio el precio.")
    entity = org_named(es, text, "Trevalco")
    assert entity.name.startswith("Trevalco Andina")


@pytest.mark.parametrize("text, firm", [
    ("Harwick Foods hired two banks; its legal counsel is Tolliver Crane.", "Tolliver Crane"),
    ("The seller's financial advisers are Ostrander Vale and Pimsley Rook.", "Pimsley Rook"),
])
def test_an_english_deals_adviser_named_like_a_person_is_a_firm(
        en: Language, text: str, firm: str) -> None:
    entities = en(text)._.kg_entities
    assert not any(e.kind == "person" and e.name == firm for e in entities)


def test_an_adviser_with_a_given_name_stays_a_person(en: Language) -> None:
    text = "The company said its legal counsel is David Marsh, a former judge."
    assert any(e.kind == "person" and e.name == "David Marsh" for e in en(text)._.kg_entities)


def test_a_trade_plural_before_a_name_with_its_article_is_one_company(es: Language) -> None:
    text = ("La compra de Ferreterías El Candil por parte del grupo Norvalle se cerró ayer. "
            "El Candil tiene 40 tiendas.")
    entity = org_named(es, text, "Ferreterías El Candil")
    assert "El Candil" in entity.aliases or entity.name == "Ferreterías El Candil"


def test_a_latin_american_listed_company_form_is_a_legal_form(es: Language) -> None:
    text = "El fondo Quetzal Inversiones SAB compró el 10% de la cadena Tiendas Palmira."
    entity = org_named(es, text, "Quetzal Inversiones SAB")
    assert entity.name == "Quetzal Inversiones"


def test_a_place_named_after_a_preposition_is_no_short_form(en: Language) -> None:
    text = ("The joint venture will be called the Tarnow Velm Photonics Company. It will "
            "use an old plant in Tarnow, and a second site at Tarnow will follow.")
    assert not any(e.name == "Tarnow" or "Tarnow" in e.aliases for e in orgs(en, text))


def test_a_name_with_a_role_in_apposition_is_a_person_whose_surname_comes_first(
        en: Language) -> None:
    text = ("Teng Wuyan, executive director of a rights group, spoke on Monday. Teng said "
            "the camps were full, and Teng asked for an inquiry.")
    assert not any("cue:echoed_first_word" in e.rules for e in orgs(en, text))
