"""English deal frames of session 15 (helper endeals), each a class of miss on unseen
English news: parties a sentence leaves unsaid because the article has told them.
Sentences written for these tests, with invented companies.

- a stake with no company named ("X, which disclosed a 5 per cent stake in March",
  "X now holds a 7.5% stake") is a stake in the company the article is about
  (``parties:stake-in-topic``, kg.deals.tacit);
- a rival's bid ("a rival bid", "a competing offer from X", "X, which submitted a lower
  offer", "a potential white knight, X", "other bidders, including X") is for the
  company already in play (``parties:rival-bidder``, kg.deals.rivals);
- a PIPE's or a cornerstone tranche's investors invest in the company going public
  (``parties:listing-investors``, kg.deals.listing).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_background_deals import deals, parties


def with_investor(found: list[Deal], name: str) -> Deal:
    (deal,) = [d for d in found if d.type == "Investment" and name in parties(d, "investor")]
    return deal


def with_acquirer(found: list[Deal], name: str) -> Deal:
    (deal,) = [d for d in found if d.type == "Acquisition" and name in parties(d, "acquirer")]
    return deal


# -- a stake whose company goes unsaid ------------------------------------------------

OPEN_STAKES = [
    "Brantwood Foods cut its forecast on Monday. Activist fund Pelham Ridge, which "
    "disclosed a 5 per cent stake in March, wants a new board.",
    "Brantwood Foods reported weaker sales. Pelham Ridge has quietly built a 6% stake "
    "through market purchases and is pushing for a sale.",
    "Brantwood Foods shares rose. Pelham Ridge now holds a 7.5% stake and wants two "
    "board seats.",
    "Brantwood Foods cut its forecast. The company has been under pressure since last "
    "year, when Pelham Ridge amassed a 6-per-cent position and called for asset sales.",
    "Brantwood Foods cut its forecast. Brantwood said Pelham Ridge had acquired a 9% "
    "holding over the summer.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", OPEN_STAKES)
def test_a_stake_with_no_company_is_in_the_company_told(en: Language, text: str) -> None:
    deal = with_investor(deals(en, text), "Pelham Ridge")
    assert parties(deal, "investee") == {"Brantwood Foods"}
    assert "parties:stake-in-topic" in deal.rules


@pytest.mark.model
def test_a_stake_is_in_the_company_another_deal_of_the_sentence_is_about(
    en: Language,
) -> None:
    text = ("Hollin Mills reported record sales. Orrin Group bought Brantwood Foods from "
            "its founders and Pelham Ridge, which took a minority stake in 2019.")
    deal = with_investor(deals(en, text), "Pelham Ridge")
    assert parties(deal, "investee") == {"Brantwood Foods"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a majority held says who owns the company, no deal
    "Brantwood Foods shares rose. Orrin Group holds a 60 per cent stake and will keep it.",
    # the stake names its company: the holding verb's, not the topic's
    "Brantwood Foods shares rose. Pelham Ridge holds a 7.5% stake in Corlan Mining.",
])
def test_a_majority_or_a_named_company_is_no_stake_in_the_topic(
    en: Language, text: str
) -> None:
    found = deals(en, text)
    assert not any("parties:stake-in-topic" in d.rules for d in found)
    assert not any("Brantwood Foods" in parties(d, "investee") for d in found)


# -- rival bidders ---------------------------------------------------------------------

RIVAL_BIDS = [
    "Brantwood Foods rejected a hostile bid from Orrin Group. Brantwood has approached a "
    "potential white knight, Dutch dairy group Veldhoven, people familiar with the matter "
    "said.",
    "Orrin Group offered $2 billion for Brantwood Foods last month. Veldhoven is weighing "
    "a rival bid, according to people familiar with the matter.",
    "Orrin Group made a $2 billion offer for Brantwood Foods. On Friday, Veldhoven tabled "
    "a competing offer of $2.3 billion.",
    "Orrin Group made an offer for Brantwood Foods. A rival offer from Veldhoven could "
    "follow.",
    "Brantwood Foods agreed to a takeover bid by Orrin Group. The sale process drew "
    "interest from two other bidders, including Veldhoven, which submitted a lower offer.",
    "Orrin Group's offer for Brantwood Foods expires on Friday. Veldhoven is seen as a "
    "possible suitor.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", RIVAL_BIDS)
def test_a_rival_bid_is_for_the_company_in_play(en: Language, text: str) -> None:
    found = deals(en, text)
    rival = with_acquirer(found, "Veldhoven")
    assert parties(rival, "target") == {"Brantwood Foods"}
    assert rival.status != "Completed"
    assert "parties:rival-bidder" in rival.rules
    assert parties(with_acquirer(found, "Orrin Group"), "target") == {"Brantwood Foods"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # no rival word: a company's own results
    "Orrin Group bought Brantwood Foods in 2019. Veldhoven reported higher sales and "
    "lower costs.",
    # the last deal told is a contract: a bid for it is a tender, no takeover contest
    "Orrin Group agreed to buy Brantwood Foods in May. Separately, Marden County awarded "
    "a $48 million contract to Delmar Pumps. Delmar beat Sable Flow Systems, which had "
    "submitted a lower bid.",
])
def test_no_rival_bid_without_a_rival_or_with_a_contest_for_a_contract(
    en: Language, text: str
) -> None:
    found = deals(en, text)
    assert not any("parties:rival-bidder" in d.rules for d in found)


# -- investors in a listing ------------------------------------------------------------

LISTINGS = [
    ("Lantern Robotics has agreed to go public by merging with Quarry Lane Acquisition "
     "Corp. The deal gives Lantern up to $300 million: $100 million in trust and a $200 "
     "million private investment in public equity, or PIPE, anchored by Greyholm Capital "
     "and Fennick Partners.", {"Greyholm Capital", "Fennick Partners"}),
    ("Lantern Robotics will go public by merging with Quarry Lane Acquisition Corp. The "
     "merger is backed by a $200 million PIPE from Greyholm Capital and Fennick Partners.",
     {"Greyholm Capital", "Fennick Partners"}),
    ("Lantern Robotics plans to list in Hong Kong next month. Cornerstone investors Brill "
     "Capital and Osgood Fund agreed to buy $80 million of the shares on offer.",
     {"Brill Capital", "Osgood Fund"}),
    ("Lantern Robotics plans to list in Hong Kong next month. Brill Capital and Osgood "
     "Fund have signed up as anchor investors, committing $80 million.",
     {"Brill Capital", "Osgood Fund"}),
    ("Lantern Robotics said its IPO would raise $400 million. Brill Capital, a "
     "cornerstone investor, will take $50 million of the shares.", {"Brill Capital"}),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "investors"), LISTINGS)
def test_listing_investors_invest_in_the_company_going_public(
    en: Language, text: str, investors: set[str]
) -> None:
    found = deals(en, text)
    (deal,) = [d for d in found if d.type == "Investment"]
    assert parties(deal, "investor") == investors
    assert parties(deal, "investee") == {"Lantern Robotics"}
    # read as a listing's investors, or (for "cornerstone / anchor investors A and B"
    # with the listing in the sentence before) as the anchor investors of an offering
    assert {"parties:listing-investors", "parties:anchor-investors"} & set(deal.rules)
    # the PIPE's investors are not the merger's parties
    assert not any(investors & {ref.name for _, ref in d.roles}
                   for d in found if d.type == "Merger")


@pytest.mark.model
def test_a_pipe_in_lower_case_is_a_tube(en: Language) -> None:
    text = ("Lantern Robotics plans to list in Hong Kong. Its steel pipe supplier, Brill "
            "Capital, anchored the project.")
    assert not any("parties:listing-investors" in d.rules for d in deals(en, text))


# -- the owner a stake or a company is bought from ------------------------------------

FROM_ITS_OWNER = [
    "Corlan Group will spin off its pipeline arm as Corlan Midstream. Ahead of the split, "
    "Brill Pension Plan agreed to buy a 19.9 per cent stake in Corlan Midstream from its "
    "parent for $1.1 billion.",
    "Corlan Group is selling its pipeline arm, Corlan Midstream. Brill Pension Plan agreed "
    "to buy Corlan Midstream from its owner for $3 billion.",
    "Corlan Group said the review was over. Brill Pension Plan has acquired a minority "
    "stake in Corlan Midstream from its parent company.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", FROM_ITS_OWNER)
def test_bought_from_its_parent_is_sold_by_the_company_told(en: Language, text: str) -> None:
    (deal,) = [d for d in deals(en, text) if "Brill Pension Plan" in {
        ref.name for _, ref in d.roles}]
    assert parties(deal, "seller") == {"Corlan Group"}
    assert {"Corlan Midstream"} in (parties(deal, "investee"), parties(deal, "target"))


@pytest.mark.model
def test_a_founding_family_sold_from_is_no_company_told(en: Language) -> None:
    text = ("Corlan Group reported higher profits. Brill Pension Plan bought Osgood Foods "
            "from its founding family.")
    (deal,) = deals(en, text)
    assert parties(deal, "seller") == set()


# -- a reservation ----------------------------------------------------------------------

@pytest.mark.model
def test_a_reservation_agreement_buys_what_it_reserves(en: Language) -> None:
    text = ("Ostrava Fusion has signed a reservation agreement with Kelso Data Centers for "
            "its first 80-megawatt unit, for which Kelso paid a $25 million deposit.")
    (deal,) = deals(en, text)
    assert deal.type == "PurchaseAgreement"
    assert parties(deal, "buyer") == {"Kelso Data Centers"}
    assert parties(deal, "seller") == {"Ostrava Fusion"}


# -- holders a holder noun lists ----------------------------------------------------------

HOLDERS_LISTED = [
    "Lantern Robotics will go public through a SPAC. Lantern investors, including "
    "Greyholm Capital and Fennick Partners, will roll all of their equity into the new "
    "company.",
    "Lantern Robotics will go public through a SPAC. Its existing investors, including "
    "Greyholm Capital and Fennick Partners, will keep their shares.",
    "Lantern Robotics cut its forecast. The shareholders of Lantern Robotics, including "
    "Greyholm Capital and Fennick Partners, approved the plan.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", HOLDERS_LISTED)
def test_the_holders_a_holder_noun_lists_invest_in_its_company(
    en: Language, text: str
) -> None:
    found = deals(en, text)
    for name in ("Greyholm Capital", "Fennick Partners"):
        deal = with_investor(found, name)
        assert parties(deal, "investee") == {"Lantern Robotics"}
        assert "parties:holders-listed" in deal.rules


@pytest.mark.model
def test_investors_listed_with_no_company_are_no_holders(en: Language) -> None:
    text = "Lantern Robotics hired bankers. Investors including Greyholm Capital bought bonds."
    assert not any("parties:holders-listed" in d.rules for d in deals(en, text))
