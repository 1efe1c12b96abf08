"""English organisation and person rules, each on sentences written for these tests.

Datelines of a place and a date, surnames against the "ends in a common noun, so a
company" reading, a later surname alone, an organisation's kind after its name
("Voss news agency"), acronym long forms across "and", institutions opened by "The"
or closed by a title, "X and Y Administration", a person's role in apposition over the
model's organisation, and "X chairman Y".

The tests that need a parse run the installed English pipeline and are marked
``model``; the others build ``Doc``s by hand on a blank pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import kg.entities  # noqa: F401  (registers the "kg_entities" factory)
from kg.entities import load_given_names
from kg.entities.gazetteer import known_places, load_surnames
from kg.entities.lines import _dated_places
from kg.entities.words import ORG_HEADS, ORG_TAILS, TRAILING_DESCRIPTORS
from kg.nlp import Pipelines


@pytest.fixture(scope="module")
def blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_entities")
    return nlp


@pytest.fixture(scope="module")
def en() -> Language:
    return Pipelines().get("en")


def hand_made(nlp: Language, text: str, ents: Sequence[tuple[str, str]]) -> Doc:
    """``text`` with the model's entities given, every capitalised word a proper noun
    and each "." closing a sentence; run through kg_entities."""
    doc = nlp.make_doc(text)
    spans = []
    for phrase, label in ents:
        start = 0
        while (at := text.find(phrase, start)) >= 0:
            span = doc.char_span(at, at + len(phrase), label=label)
            assert span is not None, phrase
            if not any(s.start < span.end and span.start < s.end for s in spans):
                spans.append(span)
            start = at + len(phrase)
    doc.ents = spans
    for i, tok in enumerate(doc):
        tok.pos_ = "PUNCT" if tok.is_punct else "PROPN" if tok.text[0].isupper() else "NOUN"
        tok.is_sent_start = i == 0 or doc[i - 1].text == "."
    out: Doc = nlp.get_pipe("kg_entities")(doc)
    return out


def ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def people_and_orgs(doc: Doc) -> dict[str, str]:
    return {e.name: e.kind for e in doc._.kg_entities}


# --- the surname list -------------------------------------------------------------------


def test_surnames_are_neither_places_nor_organisation_words() -> None:
    surnames = load_surnames()
    assert {"Miller", "Harrison", "Roberts", "Khan"} <= surnames
    assert not surnames & known_places()
    assert not surnames & (ORG_TAILS | ORG_HEADS)
    # Given names and surnames are separate lists: a surname file is no given name.
    assert "Harrison" not in load_given_names()


def test_trailing_descriptors_are_lower_case_nouns() -> None:
    assert {"agency", "party", "group"} <= TRAILING_DESCRIPTORS
    assert all(w.islower() for w in TRAILING_DESCRIPTORS)


# --- datelines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "places"),
    [
        ("LISBON 2024-03-05", ["LISBON"]),
        ("PORTLAND, Maine 2024-03-05", ["PORTLAND", "Maine"]),
        ("SAO TOME 05/03/2024", ["SAO TOME"]),
    ],
)
def test_a_line_of_a_place_and_a_date_names_places(
    blank: Language, line: str, places: list[str]
) -> None:
    doc = blank.make_doc(f"MARKETS - COPPER RALLIES .\n{line}\nCopper rose 3 percent .")
    assert [doc[c.start:c.end].text for c in _dated_places(doc)] == places
    assert all(c.label == "LOC" and c.rules == ("line:dateline_place",)
               for c in _dated_places(doc))


def test_a_results_line_is_no_dateline(blank: Language) -> None:
    doc = blank.make_doc("Norwich 2 Leeds 1\nCardiff 0 Hull 3")
    assert _dated_places(doc) == []


@pytest.mark.model
def test_dateline_place_is_no_organisation_in_the_graph(en: Language) -> None:
    doc = en("LISBON 2024-03-05\nHalcyon Freight said on Tuesday it would sell its unit .")
    assert ("LISBON", "LOC") in ents(doc)
    assert people_and_orgs(doc) == {"Halcyon Freight": "org"}


# --- people the common-noun reading took for companies ---------------------------------


@pytest.mark.model
def test_a_surname_that_is_a_common_noun_stays_a_person(en: Language) -> None:
    doc = en("Shares rose after Jorin Miller joined the board of Tessaly Freight .")
    found = people_and_orgs(doc)
    assert found["Jorin Miller"] == "person"
    assert found["Tessaly Freight"] == "org"


# --- a surname alone after the full name -----------------------------------------------


def test_a_later_surname_alone_is_the_person(blank: Language) -> None:
    doc = hand_made(blank, "Yesterday Neil Ostrova spoke . Then Ostrova left .",
                    [("Neil Ostrova", "PERSON"), ("Ostrova", "ORG")])
    assert ents(doc) == [("Neil Ostrova", "PER"), ("Ostrova", "PER")]
    (person,) = doc._.kg_entities
    assert person.name == "Neil Ostrova" and len(person.mentions) == 2


def test_a_founder_s_name_that_names_the_company_stays_the_company(blank: Language) -> None:
    doc = hand_made(blank, "Yesterday Marc Dellon founded Dellon Technologies . Then Dellon rose .",
                    [("Marc Dellon", "PERSON"), ("Dellon", "ORG")])
    assert ents(doc)[-1] == ("Dellon", "ORG")


@pytest.mark.model
def test_a_surname_that_is_a_place_is_the_person_when_it_speaks(en: Language) -> None:
    doc = en('Singer Ava Jordan signed with the label . "We are thrilled," Jordan said .')
    assert ents(doc) == [("Ava Jordan", "PER"), ("Jordan", "PER")]
    (person,) = doc._.kg_entities
    assert len(person.mentions) == 2 and "retype:surname_alone" in person.rules


@pytest.mark.model
def test_a_surname_that_is_a_place_stays_the_place_elsewhere(en: Language) -> None:
    doc = en("Singer Ava Jordan signed with the label . The band toured Jordan last year .")
    assert ents(doc)[-1] == ("Jordan", "LOC")


# --- an organisation's kind after its name ---------------------------------------------


@pytest.mark.model
def test_a_kind_after_a_name_makes_an_organisation(en: Language) -> None:
    doc = en("Prices fell , Voss news agency reported . "
             "Kel Marrow spoke for the Green Front party on Friday .")
    found = people_and_orgs(doc)
    assert found["Voss"] == "org" and found["Green Front"] == "org"
    assert "cue:trailing_descriptor" in next(
        e for e in doc._.kg_entities if e.name == "Voss").rules


@pytest.mark.model
def test_a_kind_before_the_next_name_is_that_name_s(en: Language) -> None:
    doc = en("Challenger bank Veltra Bank raised money .")
    assert people_and_orgs(doc) == {"Veltra Bank": "org"}


# --- acronyms ---------------------------------------------------------------------------


@pytest.mark.model
def test_an_acronym_s_long_form_runs_across_and(en: Language) -> None:
    doc = en("The order came from the Regional Water and Power Authority (RWPA) on Monday .")
    entity = next(e for e in doc._.kg_entities if e.kind == "org")
    assert entity.name == "Regional Water and Power Authority"
    assert entity.aliases == ("RWPA",)


@pytest.mark.model
def test_an_acronym_s_long_form_runs_across_two_joiners(en: Language) -> None:
    doc = en("Officials of the Union for the Defence of Tenants (UDT) met on Monday .")
    assert ("Union for the Defence of Tenants", "ORG") in ents(doc)


@pytest.mark.model
def test_an_acronym_then_its_long_form_in_brackets(en: Language) -> None:
    doc = en("The CFPA (Council for Fair Petroleum Access) objected to the plan .")
    (entity,) = doc._.kg_entities
    assert (entity.name, entity.aliases) == ("Council for Fair Petroleum Access", ("CFPA",))


# --- institutions ------------------------------------------------------------------------


@pytest.mark.model
def test_the_before_an_institution_is_no_part_of_its_name(en: Language) -> None:
    doc = en("The Commerce Department said orders rose . The Daily Ledger reported it .")
    assert ("Commerce Department", "ORG") in ents(doc)


@pytest.mark.model
def test_a_month_and_a_title_are_no_part_of_an_institution(en: Language) -> None:
    doc = en("Traders cited the August National Association of Home Builders index . "
             "Arrian Growers Association President Lena Okafor spoke .")
    found = people_and_orgs(doc)
    assert found == {"National Association of Home Builders": "org",
                     "Arrian Growers Association": "org", "Lena Okafor": "person"}


@pytest.mark.model
def test_two_nouns_joined_by_and_before_an_institution_head(en: Language) -> None:
    doc = en("The Food and Drug Administration approved the drug .")
    assert people_and_orgs(doc) == {"Food and Drug Administration": "org"}


@pytest.mark.model
def test_a_place_is_no_short_form_of_an_institution(en: Language) -> None:
    doc = en("The Texas Cattle Commission said herds grew in Texas .")
    assert ("Texas", "LOC") in ents(doc)
    assert people_and_orgs(doc) == {"Texas Cattle Commission": "org"}


# --- people by their roles ---------------------------------------------------------------


@pytest.mark.model
def test_a_role_in_apposition_outweighs_the_model_s_organisation(en: Language) -> None:
    doc = en("Brandt , chairman of Orvel Holdings , said the board agreed . Later Brandt left .")
    assert ents(doc) == [("Brandt", "PER"), ("Orvel Holdings", "ORG"), ("Brandt", "PER")]


@pytest.mark.model
def test_a_name_before_chairman_is_an_organisation(en: Language) -> None:
    doc = en("On Tuesday Calverton chairman Piers Wendlake said he would resign .")
    assert people_and_orgs(doc) == {"Calverton": "org", "Piers Wendlake": "person"}


@pytest.mark.model
def test_a_country_before_an_institution_names_that_institution(en: Language) -> None:
    doc = en("On Friday the U.S. Treasury Department rejected the proposal .")
    assert people_and_orgs(doc) == {"U.S. Treasury Department": "org"}
    doc = en("Yields of U.S. Treasury notes rose while the Treasury stayed silent .")
    assert people_and_orgs(doc) == {"U.S. Treasury": "org"}


# --- places named by their kind -----------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels attacked the northern city of Arbelo on Saturday .", "Arbelo"),
        ("The mill , 200 km east of the capital Dorvana , was closed .", "Dorvana"),
        ("Halvex will open a depot in Wuhan city in central China .", "Wuhan"),
    ],
)
def test_a_place_noun_around_a_name_makes_a_place(en: Language, text: str, place: str) -> None:
    doc = en(text)
    assert (place, "LOC") in ents(doc)
    assert place not in people_and_orgs(doc)


@pytest.mark.model
def test_an_institution_after_a_place_noun_stays_an_organisation(en: Language) -> None:
    doc = en("Officials of the city of Vantoria Development Authority met on Monday .")
    assert ("Vantoria Development Authority", "LOC") not in ents(doc)


# --- the edges of a person's name --------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Last Friday Mitchell , who came fourth , upstaged the champions .", "Mitchell"),
        ("The state offered a stake but in March Kaczorek cancelled the tender .", "Kaczorek"),
        ("Delacroix will see Foreign Minister Juan Carlos Ibarrondo Tuesday for talks .",
         "Juan Carlos Ibarrondo"),
        ("The plan came from Agriculture Secretary Dan Glenholm .", "Dan Glenholm"),
        ("Prime Minister Theresa May spoke .", "Theresa May"),
    ],
)
def test_days_months_and_titles_are_no_part_of_a_name(
    en: Language, text: str, person: str
) -> None:
    doc = en(text)
    assert [e.name for e in doc._.kg_entities if e.kind == "person"][-1] == person


@pytest.mark.model
def test_an_initial_before_a_country_is_a_compass_point(en: Language) -> None:
    doc = en("N. Korea asks S. Korea to release two fishermen .")
    assert people_and_orgs(doc) == {}


@pytest.mark.model
def test_an_institution_word_closes_a_longer_name(en: Language) -> None:
    doc = en("A spokesman of the Kurdish Democratic Congress said the talks failed . "
             "Carmakers wrote to the National Highway Traffic Safety Administration .")
    assert people_and_orgs(doc) == {"Kurdish Democratic Congress": "org",
                                    "National Highway Traffic Safety Administration": "org"}
    doc = en("The September Treasury bond future fell .")
    assert ("September Treasury", "ORG") not in ents(doc)


@pytest.mark.model
def test_a_plural_common_noun_opening_a_sentence_is_no_organisation(en: Language) -> None:
    doc = en("Travellers arriving in Lisbon say fares rose . Siemens said profit rose .")
    assert people_and_orgs(doc) == {"Siemens": "org"}
