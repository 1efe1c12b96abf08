"""English deal parties (issue 13, session 7): possessive pronouns across sentences,
takeovers told by what is bought (a majority, the rest,
"take private"), "combine" and "merge into", a fronted phrase's misparsed subject,
and names that open with an ordinal. Every name and sentence is invented.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_deals import deals
from tests.test_deals_english import pairs

_NAMES = ("Orvane Labs", "Tessaly Foods", "Brightmoor Energy", "Quillon Holdings")
OL, TF, BE, QH = _NAMES


def partners(found: list[Deal]) -> set[frozenset[str]]:
    return {
        frozenset(x.name for r, x in d.roles if r == "partner")
        for d in found if d.type == "Merger"
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # a possessive pronoun on a deal noun that is the subject continues the topic
        (f"{OL} posted a loss. Its $900 million purchase of {TF} hurt margins.",
         {(OL, TF)}, "parties:possessive-pronoun"),
        (f"{OL} posted a loss. Its takeover of {TF} in 2019 was a mistake.",
         {(OL, TF)}, "parties:possessive-pronoun"),
        # ... never the name compounded with the noun
        (f"{OL} posted a loss. Its {TF} acquisition is expected to close in May.",
         {(OL, TF)}, "parties:possessive-pronoun"),
        # "whose" stands for the noun its clause hangs on
        (f"{OL}, whose takeover of {TF} closed in May, posted a profit.",
         {(OL, TF)}, "parties:whose-possessor"),
        # a deal for a company, with no signatory, is the topic's
        (f"{OL} posted a profit. The deal for {TF} is expected to close in May.",
         {(OL, TF)}, "parties:topic-acquirer"),
        # the companies a plural takeover noun includes
        (f"{OL}'s acquisitions include {TF} and {BE}.", {(OL, TF), (OL, BE)},
         "parties:listed-target"),
        (f"{OL} has made several purchases, including {TF}.", {(OL, TF)},
         "parties:listed-target"),
        # most of a company
        (f"{OL} agreed to buy much of {TF} for $52 billion.", {(OL, TF)},
         "parties:control-bought"),
        (f"{OL} will buy the bulk of {TF}.", {(OL, TF)}, "parties:control-bought"),
        # a plural descriptor takes the names coordinated after it
        (f"{OL} bought rivals {TF} and {BE}.", {(OL, TF), (OL, BE)}, "frame:acquire_v(buy)"),
        (f"{OL} has bought online retailers {TF}, {BE} and {QH}.",
         {(OL, TF), (OL, BE), (OL, QH)}, "frame:acquire_v(buy)"),
        # the board of a company judges a takeover of it
        (f"The board of {TF} recommended the acquisition by {OL}.", {(OL, TF)},
         "parties:organ-of-target"),
        # a party named by its role, with an English copula
        (f"{TF} agreed to be acquired. The buyer is {OL}.", {(OL, TF)}, "parties:role-noun"),
        (f"{OL} is in talks to buy a rival. The target is {TF}.", {(OL, TF)},
         "parties:role-noun"),
        # a present participle after a name is active: the name is its subject
        (f"{OL} buying {TF} would create a snacks giant.", {(OL, TF)}, "frame:acquire_v(buy)"),
        (f"There is talk of {OL} buying {TF}.", {(OL, TF)}, "frame:acquire_v(buy)"),
        # a noun's possessor controls a gerund under its preposition
        (f"{OL}'s interest in buying {TF} is no secret.", {(OL, TF)}, "frame:acquire_v(buy)"),
        # gapping: the verb left out of the second clause
        (f"{OL} acquired {TF} in 2015 and {BE} in 2018.", {(OL, TF), (OL, BE)},
         "frame:acquire_v(acquire)"),
        # ... and is what is sold when the buyer follows "to"
        (f"{TF} posted a loss. Its sale to {OL} closed in June.",
         {(OL, TF)}, "parties:possessor-is-target"),
        # taking a company private
        (f"{OL} took {TF} private in 2017.", {(OL, TF)}, "frame:take_v(take)"),
        (f"{TF} was taken private by {OL} last year.", {(OL, TF)}, "frame:take_v(take)"),
        # a majority or the rest of a company
        (f"{OL} bought a majority of {TF} last year.", {(OL, TF)}, "parties:control-bought"),
        (f"{OL} bought the rest of {TF} in March.", {(OL, TF)}, "parties:rest-bought"),
        (f"{OL} acquired the remaining 40% of {TF} for $80 million.",
         {(OL, TF)}, "parties:rest-bought"),
    ],
)
def test_english_parties(
    en: Language, text: str, expected: set[tuple[str, str]], rule: str
) -> None:
    found = deals(en, text, _NAMES)
    assert pairs(found) == expected, text
    assert any(rule in d.rules for d in found), text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # "take" with no "private" (nor "over") takes no company
        f"{OL} took a private jet to {BE}.",
        # the rest of the seller's own holding is no takeover
        f"{OL} sold its remaining stake in {TF} to {BE}.",
        f"{OL} bought {QH}'s remaining stake in {TF}.",
        # what a company's customers or sales include was not bought
        f"{OL}'s customers include {TF} and {BE}.",
        f"{OL}'s sales include {TF}.",
        # a participle before a drug's name sells no company
        f"{OL} faces rivals to its top selling snack {TF}.",
        # a target that is no takeover's
        f"{OL} set a sales target. The target is {TF}.",
        # most of what is named after a company is not the company
        f"Analysts expect {OL} to absorb most of the {TF} licence costs.",
        f"{OL} sued rivals {TF} and {BE}.",
        # a majority of a company's assets is a part it sells: no target
        f"{OL} acquired the majority of {TF}'s assets.",
    ],
)
def test_no_takeover(en: Language, text: str) -> None:
    assert pairs(deals(en, text, _NAMES)) == set(), text


@pytest.mark.model
def test_the_remaining_stake_of_a_seller_stays_an_investment(en: Language) -> None:
    found = deals(en, f"{OL} sold its remaining stake in {TF} to {BE}.", _NAMES)
    assert [d.type for d in found] == ["Investment"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{OL} and {TF} agreed to combine in an all-stock deal.", {frozenset({OL, TF})}),
        (f"{OL} will combine with {TF} next year.", {frozenset({OL, TF})}),
        (f"{TF} agreed to merge into {OL}.", {frozenset({OL, TF})}),
        # combining one's own units is no merger, nor is adding figures up
        (f"{OL} will combine its cloud and battery units.", set()),
        (f"{OL}, combined with {TF}, would hold a third of the market.", set()),
    ],
)
def test_combine_and_merge_into(en: Language, text: str, expected: set[frozenset[str]]) -> None:
    assert partners(deals(en, text, _NAMES)) == expected, text


@pytest.mark.model
def test_the_name_opening_the_main_clause_is_no_conjunct_of_a_fronted_phrase(
    en: Language,
) -> None:
    # The parser coordinates "Orvane Corp" with "Tessaly Systems"; it is the subject.
    names = ("Tessaly Systems", "Orvane Corp")
    found = deals(en, "With the purchase of Tessaly Systems, Orvane Corp expanded.", names)
    assert not any(
        role == "target" and x.name == "Orvane Corp" for d in found for role, x in d.roles
    )


@pytest.mark.model
def test_a_list_of_names_after_a_preposition_is_still_coordinated(en: Language) -> None:
    found = deals(en, f"The merger of {OL}, {TF} and {BE} closed.", _NAMES)
    assert partners(found) == {frozenset({OL, TF, BE})}


# -- names that open with an ordinal ------------------------------------------------------


def org_names(nlp: Language, text: str) -> set[str]:
    doc = nlp(text)
    return {e.name for e in doc._.kg_entities if e.kind == "org"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the model reads the ordinal apart (ORDINAL) ...
        ("Shares of 31st Avenue Partners Inc. rose on Monday.", "31st Avenue Partners"),
        # ... or runs a date into the name
        ("22nd Harbor Robotics agreed to buy Orvane Labs.", "22nd Harbor Robotics"),
        # figures written onto a name
        ("Orvane Labs agreed to buy 3D Printing Works for $2 billion.", "3D Printing Works"),
        ("Orvane Labs agreed to buy 7-Fresh Markets.", "7-Fresh Markets"),
        ("Orvane Labs sold 5G Networks to Tessaly Foods.", "5G Networks"),
    ],
)
def test_an_ordinal_opens_an_organisation_name(en: Language, text: str, name: str) -> None:
    assert name in org_names(en, text), org_names(en, text)


@pytest.mark.model
def test_the_ordinal_of_a_date_is_no_part_of_a_name(en: Language) -> None:
    names = org_names(en, "On March 21st Orvane Labs said it bought Tessaly Foods.")
    assert "Orvane Labs" in names and not any(n.startswith("21st") for n in names)


# -- title-case headlines -------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised verb splits the names it ran into ...
        ("Orvane Labs Agrees to Buy Tessaly Foods", {(OL, TF)}),
        ("Orvane Labs Completes Acquisition of Tessaly Foods", {(OL, TF)}),
        # ... and a name never opens with a headline verb
        ("Orvane Labs to Buy Tessaly Foods for $2 Billion", {(OL, TF)}),
    ],
)
def test_title_case_headline(en: Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(deals(en, text)) == expected, org_names(en, text)


@pytest.mark.model
def test_a_name_ending_in_a_deal_word_keeps_it(en: Language) -> None:
    names = org_names(en, "Quillon Holdings Acquisition Corp agreed to merge with Tessaly Foods.")
    assert "Quillon Holdings Acquisition" in names, names


@pytest.mark.model
def test_a_deal_that_weighs_on_something_is_not_being_weighed(en: Language) -> None:
    text = f"{OL} posted a loss. Its $900 million purchase of {TF} weighed on margins."
    (deal,) = deals(en, text, _NAMES)
    assert deal.status != "Rumoured"
    (bid,) = deals(en, f"{OL} is weighing a bid for {TF}.", _NAMES)
    assert bid.status == "Rumoured"
