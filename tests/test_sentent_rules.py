"""English deal parties mis-typed or mis-linked (issue 13, SENTiVENT's class of error),
each rule on sentences written for these tests; every company name is invented.

- a phrasal takeover verb's object is a company: "snapped up X", "took over X",
  "bought out X" (``company:reads_as_company``, ``cue:deal_object`` past the particle);
- a ticker aliases the company before it: "(Nasdaq: ABCD)", and in English a bare
  "(ABCD)" after a company's name (``cue:ticker``);
- a headline in title case runs a name into the words after it ("Orvane Earnings",
  "Quentaris Agrees"): cut back to the name the running text gives
  (``one_sense:title_case``);
- a company named after a person is called by the surname: "Brennan" of "The Harold
  Brennan Co.", the first-named of the long names the surname could shorten.

The tests run the installed English pipeline (they are about what the model gets
wrong); the helper functions of the rules are tested alone where they have one.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.entities.gazetteer import load_given_names
from kg.facts import Deal, Entity
from kg.nlp import Pipelines


@pytest.fixture(scope="module")
def en() -> Language:
    return Pipelines().get("en")


def run(nlp: Language, text: str) -> tuple[list[Entity], list[Deal]]:
    doc = nlp(text)
    return list(doc._.kg_entities), list(doc._.kg_deals)


def kinds(entities: list[Entity]) -> dict[str, str]:
    return {e.name: e.kind for e in entities}


def entity(entities: list[Entity], name: str) -> Entity:
    (found,) = [e for e in entities if e.name == name]
    return found


def pairs(deals: list[Deal]) -> set[tuple[str, str, str]]:
    out = set()
    for d in deals:
        roles = {role: ref.name for role, ref in d.roles}
        out.add((d.type, roles.get("acquirer", ""), roles.get("target", "")))
    return out


# -- the object of a phrasal takeover verb ---------------------------------------------


@pytest.mark.parametrize("text", [
    "Harlow Biotech snapped up Quentaris last year.",
    "Harlow Biotech took over Quentaris in 2019.",
    "Harlow Biotech bought out Quentaris for $2 billion in 2019.",
])
def test_the_object_of_a_phrasal_takeover_is_a_company(en: Language, text: str) -> None:
    entities, deals = run(en, text)
    assert kinds(entities)["Quentaris"] == "org"
    assert ("Acquisition", "Harlow Biotech", "Quentaris") in pairs(deals)


def test_bought_out_reads_past_the_particle_when_the_model_saw_no_name(en: Language) -> None:
    # The model labels nothing after "bought out" here; the cue reads the object.
    entities, deals = run(
        en, "When Harlow Biotech bought out Quentaris for a modest $7.2 billion in 2015 "
        "and added its drug, the price looked cheap.")
    assert kinds(entities)["Quentaris"] == "org"
    assert ("Acquisition", "Harlow Biotech", "Quentaris") in pairs(deals)


def test_a_person_with_a_given_name_after_a_phrasal_verb_stays_a_person(en: Language) -> None:
    entities, _ = run(en, "Harlow Biotech took John Meyer to court over the patent.")
    assert kinds(entities)["John Meyer"] == "person"


def test_snap_without_its_particle_types_nothing(en: Language) -> None:
    from kg.entities.cues import _PHRASAL_ONLY

    assert {"snap", "scoop", "gobble"} <= _PHRASAL_ONLY
    assert "buy" not in _PHRASAL_ONLY  # "buy X" is a takeover without a particle


# -- tickers ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Benton Grain Corp. (Nasdaq: BNGR) agreed to buy Marlow Feeds. BNGR shares rose 4%.",
    "The Benton Grain Co. (BNGR) agreed to buy Marlow Feeds. BNGR shares rose 4%.",
    "Shares of Benton Grain (BNGR) rose after it agreed to buy Marlow Feeds.",
])
def test_a_ticker_is_one_more_name_of_the_company_before_it(en: Language, text: str) -> None:
    entities, deals = run(en, text)
    assert "BNGR" in entity(entities, "Benton Grain").aliases
    assert not any(e.name == "BNGR" for e in entities)
    assert {(t, a) for t, a, _ in pairs(deals)} == {("Acquisition", "Benton Grain")}


def test_brackets_that_are_initials_a_place_or_a_currency_are_no_ticker(en: Language) -> None:
    entities, _ = run(en, "The Benton Grain Company (BGC) said Marlow Feeds Ltd (UK) "
                          "would pay Benton Grain Inc (USD) in cash.")
    names = {e.name for e in entities} | {a for e in entities for a in e.aliases}
    assert "UK" not in names and "USD" not in names
    assert "BGC" in entity(entities, "Benton Grain").aliases  # an acronym's definition


def test_a_person_before_a_bracket_gets_no_ticker(en: Language) -> None:
    entities, _ = run(en, "Senator Mark Jones (R) said Benton Grain should not buy Marlow Feeds.")
    assert kinds(entities)["Mark Jones"] == "person"
    assert "R" not in {a for e in entities for a in e.aliases}


def test_no_bare_ticker_in_spanish() -> None:
    # A Spanish bracket after a name is as often a party or a place as a ticker.
    es = Pipelines().get("es")
    doc = es("Grupo Marlow (PSX) compró Tarvik Foods por 300 millones de euros.")
    assert not any("PSX" in e.aliases for e in doc._.kg_entities)


# -- headlines in title case -----------------------------------------------------------


def test_a_title_case_headline_cuts_a_name_back_to_the_one_the_text_gives(en: Language) -> None:
    entities, deals = run(
        en, "Brennan Earnings: Buying Tarvik Would Be a Good Idea\n"
            "The Harold Brennan Co. reported lower profit. Brennan considered acquiring Tarvik.")
    names = {e.name for e in entities} | {a for e in entities for a in e.aliases}
    assert "Brennan Earnings" not in names and "Tarvik Would Be" not in names
    assert ("Acquisition", "Harold Brennan", "Tarvik") in pairs(deals)


def test_a_headline_verb_after_a_name_is_no_part_of_it(en: Language) -> None:
    entities, deals = run(
        en, "Quentaris Agrees to Be Acquired by Harlow Biotech\n"
            "Quentaris Inc. said it had agreed to be acquired by Harlow Biotech Corp. "
            "for $40 a share.")
    assert kinds(entities) == {"Quentaris": "org", "Harlow Biotech": "org"}
    assert pairs(deals) == {("Acquisition", "Harlow Biotech", "Quentaris")}


def test_a_headline_name_the_text_never_gives_is_left_alone(en: Language) -> None:
    entities, _ = run(en, "Velmora Holdings Posts Record Profit\n"
                          "The company said revenue rose 12% in the quarter.")
    assert any(e.name.startswith("Velmora") for e in entities)


def test_title_case_lines_are_told_from_sentences(en: Language) -> None:
    from kg.entities.sense import _title_case_lines

    kn = en.get_pipe("kg_entities").knowledge
    doc = en.make_doc("Orvane Buys Tarvik in Cash Deal\nOrvane said it would buy Tarvik.\n"
                      "ORVANE BUYS TARVIK")
    assert [doc[s:e].text for s, e in _title_case_lines(kn, doc)] == [
        "Orvane Buys Tarvik in Cash Deal"]


# -- companies named after a person ----------------------------------------------------


def test_a_founders_surname_names_the_company_not_a_park_named_after_it(en: Language) -> None:
    entities, deals = run(
        en, "The Harold Brennan Co. said it would build a new resort. Brennan World in Ohio "
            "drew fewer visitors. Brennan also bought Tarvik Foods.")
    assert "Brennan" in entity(entities, "Harold Brennan").aliases
    assert entity(entities, "Brennan World").aliases == ()
    assert ("Acquisition", "Harold Brennan", "Tarvik Foods") in pairs(deals)


def test_eponym_needs_a_given_name_and_two_words() -> None:
    from kg.entities.resolve import _eponym

    class Kn:
        given_names = load_given_names()
        places = frozenset({"Georgia"})

    assert _eponym(["brennan"], "The Harold Brennan Co.", Kn())  # type: ignore[arg-type]
    assert _eponym(["disney"], "Walt Disney Co.", Kn())  # type: ignore[arg-type]
    assert not _eponym(["brennan"], "Euro Brennan", Kn())  # type: ignore[arg-type]
    assert not _eponym(["foods"], "Harold Foods", Kn())  # type: ignore[arg-type]
    assert not _eponym(["brennan"], "Harold Brennan Cole Co.", Kn())  # type: ignore[arg-type]


def test_a_person_and_a_company_sharing_a_surname_stay_apart(en: Language) -> None:
    entities, deals = run(en, "Harold Brennan, the founder, said Brennan Foods would buy Tarvik.")
    assert kinds(entities)["Harold Brennan"] == "person"
    assert ("Acquisition", "Brennan Foods", "Tarvik") in pairs(deals)


# -- a party the model took for a place --------------------------------------------------


@pytest.mark.parametrize("text, kind", [
    ("Veltrix bought Nordale for $13.7 billion in June.", "Acquisition"),
    ("Veltrix is buying Nordale in a deal valued at $70 billion.", "Acquisition"),
    ("Veltrix agreed to acquire Nordale, the organic grocer, for $42 a share.", "Acquisition"),
    ("Veltrix completed its acquisition of Nordale in August.", "Acquisition"),
    ("Veltrix completed its purchase of Nordale in May.", "Acquisition"),
    ("Veltrix's $85 billion acquisition of Nordale will not be blocked, the judge said.",
     "Acquisition"),
])
def test_the_buyer_the_model_took_for_a_place_is_a_company(
    en: Language, text: str, kind: str
) -> None:
    entities, deals = run(en, text)
    assert kinds(entities) == {"Veltrix": "org", "Nordale": "org"}
    assert (kind, "Veltrix", "Nordale") in pairs(deals)


def test_merged_with_types_both_companies(en: Language) -> None:
    entities, deals = run(en, "Veltrix merged with Nordale in 2016.")
    assert kinds(entities) == {"Veltrix": "org", "Nordale": "org"}
    assert [d.type for d in deals] == ["Merger"]


def test_a_known_place_that_buys_stays_a_place(en: Language) -> None:
    entities, _ = run(en, "Ohio bought the bridge in 2016, and France acquired a stake in it.")
    assert not any(e.name in ("Ohio", "France") for e in entities)


def test_a_known_place_owning_a_purchase_stays_a_place(en: Language) -> None:
    entities, _ = run(en, "Ohio's purchase of the bridge was approved.")
    assert not any(e.name == "Ohio" for e in entities)


@pytest.mark.parametrize("text", [
    "Talvana, which Brixo acquired in 2016, posted a loss.",
    "Talvana, which was acquired by Brixo in 2016, posted a loss.",
])
def test_the_noun_a_relative_pronoun_object_stands_for_is_the_target(
    en: Language, text: str
) -> None:
    entities, deals = run(en, text)
    assert kinds(entities)["Talvana"] == "org"
    assert ("Acquisition", "Brixo", "Talvana") in pairs(deals)


def test_a_person_a_relative_who_stands_for_stays_a_person(en: Language) -> None:
    entities, _ = run(en, "Mark Lewin, who Brixo acquired from a rival, scored twice.")
    assert kinds(entities)["Mark Lewin"] == "person"


def test_a_stake_is_held_in_a_company(en: Language) -> None:
    entities, deals = run(en, "Pemberton acquired a majority stake in Carrow in 2015.")
    assert kinds(entities)["Carrow"] == "org"
    assert deals and {r for d in deals for r, ref in d.roles if ref.name == "Carrow"}


def test_what_is_sold_and_its_buyer_are_companies(en: Language) -> None:
    entities, deals = run(en, "Pemberton sold Carrow to Hollister for $2 billion.")
    assert kinds(entities) == {"Pemberton": "org", "Carrow": "org", "Hollister": "org"}
    (deal,) = deals
    assert {role: ref.name for role, ref in deal.roles} == {
        "seller": "Pemberton", "target": "Carrow", "acquirer": "Hollister"}


def test_a_citys_sale_of_bonds_keeps_the_city(en: Language) -> None:
    entities, _ = run(en, "The city completed the sale of its bonds, and Chicago's sale of "
                          "land to Ohio was approved.")
    assert not any(e.name in ("Chicago", "Ohio") for e in entities)
