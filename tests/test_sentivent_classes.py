"""English takeover constructions that SENTiVENT's Merger/Acquisition events hold and kg
read with one party or none (issue 13): the acquirer told in another clause as the
recipient of what the deal gives, a name cut off by a sentence-final abbreviation, a
company that becomes part of another, a deal noun in apposition with what it bought, a
buyout from its bidder, the buyer of a sale hung on the verb. Each rule on sentences
written for this test, run through the whole English pipeline; every company name is
invented.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal

pytestmark = pytest.mark.model


def acquisitions(nlp: Language, text: str) -> list[Deal]:
    return [d for d in nlp(text)._.kg_deals if d.type == "Acquisition"]


def roles(deal: Deal) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for role, ref in deal.roles:
        out.setdefault(role, set()).add(ref.name)
    return out


def pair(nlp: Language, text: str) -> tuple[set[str], set[str]]:
    """The acquirers and targets of the one acquisition of ``text``."""
    (deal,) = acquisitions(nlp, text)
    found = roles(deal)
    return found.get("acquirer", set()), found.get("target", set())


# -- the understood subject of a subject gerund or event noun: the recipient of a verb of
#    giving or enabling, the one it is good for, a headline's topic (parties:gerund-controller,
#    parties:event-recipient; kg.deals.controller) ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acquiring Brightmoor Labs would give Halvorsen Group a foothold in Japan.",
        "Purchasing Brightmoor Labs would allow Halvorsen Group to sell in Japan.",
        "Acquiring Brightmoor Labs would be a smart move for Halvorsen Group.",
        "The purchase of Brightmoor Labs gives Halvorsen Group a foothold in Japan.",
        "Halvorsen Group earnings: buying Brightmoor Labs would be a good idea\n"
        "Halvorsen Group posted weaker results on Tuesday.",
    ],
)
def test_the_recipient_or_topic_controls_a_subject_gerund(en: Language, text: str) -> None:
    assert pair(en, text) == ({"Halvorsen Group"}, {"Brightmoor Labs"})


def test_a_gerund_of_no_company_gives_no_takeover(en: Language) -> None:
    text = "Acquiring new customers would give Halvorsen Group a foothold in Japan."
    assert acquisitions(en, text) == []


# -- control given to a company (parties:control-given) -----------------------------------


def test_control_given_to_a_company_is_a_takeover(en: Language) -> None:
    text = "The merger agreement gives Halvorsen Group control of Brightmoor Labs."
    assert pair(en, text) == ({"Halvorsen Group"}, {"Brightmoor Labs"})


def test_control_of_no_company_is_no_takeover(en: Language) -> None:
    assert acquisitions(en, "The new budget gives Halvorsen Group control of its costs.") == []


# -- a name whose legal suffix ends the sentence: the parser takes its period for the
#    sentence's and cuts the name off the preposition or the verb (orphan object) --------


def test_a_buyer_cut_off_its_preposition_is_kept(en: Language) -> None:
    text = (
        "Quillon Media agreed to sell Tessaly Networks to Marlow Optics Corp. "
        "The deal is worth $2 billion."
    )
    (deal,) = acquisitions(en, text)
    assert roles(deal) == {
        "acquirer": {"Marlow Optics"}, "target": {"Tessaly Networks"}, "seller": {"Quillon Media"},
    }


def test_a_target_cut_off_its_verb_is_kept(en: Language) -> None:
    text = "Marlow Optics said it bought Tessaly Networks Corp. The deal closed in May."
    assert pair(en, text) == ({"Marlow Optics"}, {"Tessaly Networks"})


# -- "Y became part of X", "Y will become a subsidiary of X" (frame:became-part) -----------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Tessaly Networks became part of Marlow Optics in 2014.", "Completed"),
        ("Tessaly Networks Inc. will become a wholly owned subsidiary of Marlow Optics Corp.",
         "Announced"),
    ],
)
def test_a_company_that_becomes_part_of_another_is_bought(
    en: Language, text: str, status: str
) -> None:
    (deal,) = acquisitions(en, text)
    assert roles(deal) == {"acquirer": {"Marlow Optics"}, "target": {"Tessaly Networks"}}
    assert deal.status == status


def test_becoming_part_of_an_index_is_no_deal(en: Language) -> None:
    assert acquisitions(en, "Tessaly Networks became part of the Nasdaq-100 index in 2014.") == []


# -- a deal noun in apposition with a name names what was bought (parties:appositive-theme)


@pytest.mark.parametrize(
    "text",
    [
        "Tessaly Networks, Marlow Optics' latest acquisition, makes lenses.",
        "Marlow Optics said its recent acquisition, Tessaly Networks, added to sales.",
    ],
)
def test_a_name_in_apposition_with_an_acquisition_is_its_target(
    en: Language, text: str
) -> None:
    (deal,) = acquisitions(en, text)
    assert roles(deal) == {"acquirer": {"Marlow Optics"}, "target": {"Tessaly Networks"}}
    assert deal.status == "Completed"


# -- a buyout or takeover "from" a company, of no company named: its bidder ---------------


def test_a_buyout_from_a_company_comes_from_its_bidder(en: Language) -> None:
    text = "Tessaly Networks agreed to a $5 billion buyout from Kestrel Capital."
    assert pair(en, text) == ({"Kestrel Capital"}, {"Tessaly Networks"})


def test_a_takeover_of_a_company_from_another_keeps_from_as_seller(en: Language) -> None:
    text = "Marlow Optics completed the takeover of Tessaly Networks from Quillon Media."
    acquirer, target = pair(en, text)
    assert acquirer == {"Marlow Optics"} and target == {"Tessaly Networks"}


# -- the buyer of a sale noun that the parser hangs on the verb ("approved the sale of the
#    company to X": right after the noun's phrase, it is the noun's) ----------------------


def test_the_buyer_after_a_sale_phrase_is_the_sales(en: Language) -> None:
    text = "Shareholders of Tessaly Networks approved the sale of the company to Marlow Optics."
    assert pair(en, text) == ({"Marlow Optics"}, {"Tessaly Networks"})


# -- a stake raised past half "from X% to Y%" (or "to Y% from X%") is control taken; the
#    parser hangs the new stake under the old one (frame:controlling-stake) ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Optics increased its stake in Tessaly Networks from 33% to 75%.",
        "Marlow Optics will be increasing its stake in Tessaly Networks from 33 percent to "
        "75 percent.",
        "Marlow Optics raised its holding in Tessaly Networks to 60 percent from 40 percent.",
    ],
)
def test_a_stake_raised_past_half_is_a_takeover(en: Language, text: str) -> None:
    assert pair(en, text) == ({"Marlow Optics"}, {"Tessaly Networks"})


def test_a_stake_raised_below_half_stays_an_investment(en: Language) -> None:
    text = "Marlow Optics raised its stake in Tessaly Networks from 10 percent to 20 percent."
    assert acquisitions(en, text) == []
    (deal,) = en(text)._.kg_deals
    assert deal.type == "Investment"
