"""Organisations and people named right (session 21): a form of address to an office
in apposition ("Mr Speaker, the honourable member ...") is no person; a company's short
form that drops its opening trade word ("Brise-Lune" of "Alimentation Brise-Lune") or
that the model cut at its left edge ("Sagar" in "Kothari Sagar's shares") is the same
company, and so is one the model took for a place or a person once the full name is
written ("Sierra Alta" of "Grupo Lácteo Sierra Alta, S.A."); three capitalised words
after "Dundee-based" name a company ("Silver River Pumps"); a legal form closes a
company's name before the country it is of ("Tswelo Seed Co of South Africa"); the
plural of a named person's surname ("the Brandts") is a family, no company; a place
with "of" or "and" inside ("Isle of Man") opens the name the model cut there. Every
sentence is written for these tests.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def names(nlp: Language, text: str, kind: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == kind}


# ---------------------------------------------------------------- forms of address


@pytest.mark.parametrize("text", [
    "Mr Speaker, the honourable member for Eastvale may table a question on Friday.",
    "Mr OKONJO — Mr Speaker, the honourable member for Eastvale has misread the figures.",
    "Madam Chair, the honourable member asked about the sale of Lagoon Towers.",
])
def test_an_honorific_before_an_office_in_apposition_names_no_one(
        en: Language, text: str) -> None:
    assert "Mr Speaker" not in names(en, text, "person")
    assert "Madam Chair" not in names(en, text, "person")


def test_an_honorific_before_a_surname_still_names_a_person(en: Language) -> None:
    text = "Mr Kettering, the honourable member for Harrowby, asked about the sale."
    assert "Mr Kettering" in names(en, text, "person") or \
        "Kettering" in names(en, text, "person")


# ---------------------------------------------------------------- short forms


def test_a_short_form_without_the_opening_trade_word_is_the_same_company(
        en: Language) -> None:
    text = ("The grocer Alimentation Brise-Lune agreed to buy Kanto Retail. "
            "Shares of Brise-Lune rose 3%.")
    assert names(en, text, "org") == {"Alimentation Brise-Lune", "Kanto Retail"}


def test_common_words_left_after_the_first_word_are_no_short_form(en: Language) -> None:
    text = ("Pacific Tower Partners bought Lagoon Towers. "
            "Tower Partners said the price was fair.")
    assert "Pacific Tower Partners" in names(en, text, "org")
    assert len(names(en, text, "org")) == 3


# ---------------------------------------------------------------- bounds


def test_a_legal_form_closes_a_name_before_its_country(en: Language) -> None:
    text = "Kafue Milling was outbid by Tswelo Seed Co of South Africa, which offered K90 million."
    orgs = names(en, text, "org")
    assert "Tswelo Seed" in orgs and not any("South Africa" in o for o in orgs)


def test_three_capitalised_common_words_after_based_name_a_company(en: Language) -> None:
    text = ("The shipyard has hired Dundee-based Silver River Pumps, in a contract worth "
            "about $40 million.")
    assert "Silver River Pumps" in names(en, text, "org")



def test_a_mention_the_model_cut_at_its_left_edge_joins_the_name_it_cuts() -> None:
    """"Kothari Sagar Industries ... Kothari Sagar's shares", where the model took
    only "Sagar": the word before the mention spells the long name's opening."""
    import spacy
    from spacy.tokens import Doc, Span

    from kg.entities.context import Knowledge
    from kg.entities.gazetteer import Gazetteer
    from kg.entities.resolve import _OrgGroups

    nlp = spacy.blank("en")
    words = ["Kothari", "Sagar", "Industries", "bought", "Velan", ".",
             "Kothari", "Sagar", "'s", "shares", "rose", ".", "Sagar", "rose", "."]
    doc = Doc(nlp.vocab, words=words)
    long, cut, alone = doc[0:3], doc[7:8], doc[12:13]

    def groups(mentions: list[Span]) -> set[frozenset[str]]:
        found = _OrgGroups(Knowledge(nlp, frozenset()), Gazetteer(()), mentions).linked([])
        return {frozenset(m.text for m in g) for g in found}

    assert groups([long, cut]) == {frozenset({"Kothari Sagar Industries", "Sagar"})}
    # the same word with no long name's opening written before it stands alone
    assert groups([long, alone]) == {frozenset({"Sagar"}),
                                     frozenset({"Kothari Sagar Industries"})}


@pytest.mark.parametrize("text, short", [
    ("Grupo Lácteo Sierra Alta, S.A. compró la quesera Montes de Ávila por 20 millones "
     "de euros. Sierra Alta dijo que la operación se cerrará en marzo.", "Sierra Alta"),
    ("Grupo Lácteo Costa Brava Norte, S.A. compró la quesera Valdeoro. Costa Brava Norte "
     "dijo que la operación se cerrará en marzo.", "Costa Brava Norte"),
])
def test_a_short_form_after_the_full_name_is_the_company_not_a_place_or_a_person(
        es: Language, text: str, short: str) -> None:
    assert short not in names(es, text, "person")
    companies = [e for e in es(text)._.kg_entities if e.kind == "org"]
    assert any(short in e.aliases and e.name.endswith(short) for e in companies)


def test_a_place_written_before_the_company_named_after_it_stays_a_place(
        es: Language) -> None:
    text = ("El turismo de Sierra Alta creció un 4%. Grupo Lácteo Sierra Alta, S.A. "
            "compró la quesera Valdeoro.")
    assert not any("Sierra Alta" in e.aliases for e in es(text)._.kg_entities
                   if e.kind == "org" and e.name != "Sierra Alta")


# ---------------------------------------------------------------- families


@pytest.mark.parametrize("text", [
    "Klaus Brandt founded Harlow Mills in 1970. The Brandts sold their stake to Quorvex "
    "Capital last year.",
    "Klaus Brandt founded Harlow Mills in 1970. Last year the Brandts sold their stake to "
    "Quorvex Capital.",
])
def test_the_plural_of_a_named_persons_surname_is_a_family_not_a_company(
        en: Language, text: str) -> None:
    assert "Brandts" not in names(en, text, "org")



# ---------------------------------------------------------------- places inside names


@pytest.mark.parametrize("text, org", [
    ("The scheme needs approval by the Isle of Man Harbour Supervisory Authority before "
     "it closes.", "Isle of Man Harbour Supervisory Authority"),
    ("Trinidad and Tobago Gas Holdings agreed to buy Caroni Pipelines.",
     "Trinidad and Tobago Gas"),
])
def test_a_place_with_of_or_and_inside_opens_the_name_the_model_cut_there(
        en: Language, text: str, org: str) -> None:
    orgs = names(en, text, "org")
    assert org in orgs
    assert not orgs & {"Trinidad", "Isle", "Man Harbour Supervisory Authority"}
