"""English deal frames of session 14 (helper endeals), each a class of miss on unseen
English news. Sentences written for these tests, with invented companies.

- a holder noun names the company held by its possessor ("X is Y's largest
  shareholder", "Y, whose biggest investor is X", "X, its main backer"):
  ``parties:holder-of-possessor``;
- "X owns 12 per cent of the company": the company the bare description stands for,
  never the holder, and only for a company holding (``parties:part-of-the-company``);
- a business's premises bought with a noun ("its purchase of nine hotels from Y",
  "its first purchase: a portfolio of motels from Y") are an acquisition from their
  seller, as when sold (``frame:assets-bought``); "five hotels sold to Y in May": the
  participle names what was sold, a takeover done (``status:Completed<-sold-participle``);
- "offer to sell four plants to Y" is a promise, not the takeover's price told again;
- a joint venture formed is a partnership whatever it is formed to do; its founders
  buy together what it is formed to buy;
- "X hired Y to build the plant", "X engaged Y to design it": hiring a company for
  work buys the work (``frame:choose_v(hire)``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_background_deals import deals, parties


def only(found: list[Deal], deal_type: str) -> Deal:
    (deal,) = [d for d in found if d.type == deal_type]
    return deal


HOLDERS = [
    "Corvina Partners is Mallory Robotics's largest shareholder.",
    "Mallory Robotics, whose largest shareholder is Corvina Partners with 18 per cent, "
    "reported a wider loss.",
    "The bid has the support of Mallory Robotics's biggest investor, Corvina Partners.",
    "Mallory Robotics said Corvina Partners, its main backer, would vote for the plan.",
    "Mallory Robotics' second-largest shareholder is Corvina Partners.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", HOLDERS)
def test_the_possessor_of_a_holder_noun_is_the_company_held(en: Language, text: str) -> None:
    deal = only(deals(en, text), "Investment")
    assert parties(deal, "investor") == {"Corvina Partners"}
    assert parties(deal, "investee") == {"Mallory Robotics"}
    assert deal.status == "Completed"
    assert "parties:holder-of-possessor" in deal.rules


@pytest.mark.model
def test_a_pronoun_possessor_stands_for_the_company_before(en: Language) -> None:
    text = ("Mallory Robotics cut its forecast on Monday. Corvina Partners, its largest "
            "investor, said it would not sell.")
    deal = only(deals(en, text), "Investment")
    assert parties(deal, "investee") == {"Mallory Robotics"}
    assert parties(deal, "investor") == {"Corvina Partners"}


PART_OF_THE_COMPANY = [
    "Mallory Robotics reported a loss. Corvina Partners, which owns 9 per cent of the "
    "company, said the price was too low.",
    "Mallory Robotics reported a loss. Corvina Partners holds 12 percent of the group and "
    "will vote against the plan.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", PART_OF_THE_COMPANY)
def test_a_part_of_the_company_is_held_in_the_company_told(en: Language, text: str) -> None:
    deal = only(deals(en, text), "Investment")
    assert parties(deal, "investor") == {"Corvina Partners"}
    assert parties(deal, "investee") == {"Mallory Robotics"}
    assert "parties:part-of-the-company" in deal.rules


@pytest.mark.model
def test_a_part_of_a_company_yet_to_be_is_no_holding(en: Language) -> None:
    text = ("Mallory Robotics agreed to merge with Tessaly Motion. Tessaly Motion "
            "shareholders will hold 40 per cent of the combined company.")
    assert not [d for d in deals(en, text) if d.type == "Investment"]


@pytest.mark.model
def test_a_founders_own_part_is_no_deal(en: Language) -> None:
    text = ("Mallory Robotics filed for a listing. Its founder, Dana Whitcombe, who is "
            "chief executive, owns 14 per cent of the company.")
    assert not [d for d in deals(en, text) if d.type == "Investment"]


ASSETS_BOUGHT = [
    ("Harwick Lodging completed its purchase of a portfolio of eight motels from "
     "Belmont Hospitality Group for $90 million.", "Completed"),
    ("Harwick Lodging closed the purchase of nine hotels from Belmont Hospitality Group.",
     "Completed"),
    ("Harwick Lodging and Ardent Capital agreed to make their first purchase: a portfolio "
     "of six hotels from Belmont Hospitality Group.", "Announced"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "status"), ASSETS_BOUGHT)
def test_premises_bought_with_a_noun_are_an_acquisition_from_their_seller(
    en: Language, text: str, status: str
) -> None:
    deal = only(deals(en, text), "Acquisition")
    assert "Harwick Lodging" in parties(deal, "acquirer")
    assert parties(deal, "seller") == {"Belmont Hospitality Group"}
    assert deal.status == status
    assert "frame:assets-bought" in deal.rules


@pytest.mark.model
def test_goods_bought_with_a_noun_stay_a_purchase_agreement(en: Language) -> None:
    text = "Harwick Lodging completed its purchase of 400 beds from Belmont Furniture Group."
    deal = only(deals(en, text), "PurchaseAgreement")
    assert parties(deal, "buyer") == {"Harwick Lodging"}
    assert parties(deal, "seller") == {"Belmont Furniture Group"}


@pytest.mark.model
def test_premises_sold_to_a_buyer_in_a_participle_were_sold(en: Language) -> None:
    text = ("Belmont Hospitality Group is shrinking. The group has sold $300 million of "
            "assets, including four motels sold to Harwick Lodging in March for $40 million.")
    deal = only(deals(en, text), "Acquisition")
    assert parties(deal, "seller") == {"Belmont Hospitality Group"}
    assert parties(deal, "acquirer") == {"Harwick Lodging"}
    assert deal.status == "Completed"


@pytest.mark.model
def test_warehouses_sold_are_a_takeover_of_premises(en: Language) -> None:
    deal = only(
        deals(en, "Harwick Lodging agreed to sell three warehouses to Quarry Lane Logistics."),
        "Acquisition",
    )
    assert parties(deal, "seller") == {"Harwick Lodging"}
    assert parties(deal, "acquirer") == {"Quarry Lane Logistics"}


@pytest.mark.model
def test_an_offer_to_sell_is_not_the_takeover_told_again(en: Language) -> None:
    text = ("Harwick Lodging has abandoned its takeover of Marsh Terminals. The tribunal "
            "said Harwick's offer to sell four elevators to Quarry Lane Logistics would "
            "not restore competition.")
    found = deals(en, text)
    takeover = next(d for d in found if parties(d, "target") == {"Marsh Terminals"})
    assert "Quarry Lane Logistics" not in parties(takeover, "acquirer")
    sale = next(d for d in found if "Quarry Lane Logistics" in parties(d, "acquirer"))
    assert parties(sale, "seller") == {"Harwick Lodging"}


VENTURES = [
    "Harwick Lodging and Ardent Capital formed a joint venture to acquire Marsh Inns.",
    "Harwick Lodging set up a joint venture with Ardent Capital to buy Marsh Inns.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", VENTURES)
def test_a_venture_formed_to_buy_is_a_partnership_and_a_joint_purchase(
    en: Language, text: str
) -> None:
    found = deals(en, text)
    assert parties(only(found, "Partnership"), "partner") == {"Harwick Lodging", "Ardent Capital"}
    takeover = only(found, "Acquisition")
    assert parties(takeover, "acquirer") == {"Harwick Lodging", "Ardent Capital"}
    assert parties(takeover, "target") == {"Marsh Inns"}


@pytest.mark.model
def test_an_agreement_to_buy_is_still_no_deal_of_its_own(en: Language) -> None:
    found = deals(en, "Harwick Lodging signed an agreement with Ardent Capital to buy Marsh Inns.")
    assert not [d for d in found if d.type == "Partnership"]


HIRED = [
    ("Solvane Energy said it had hired Brockway Builders to build the solar farm.",
     "Solvane Energy", "Brockway Builders"),
    ("Solvane Energy Inc. has engaged Dunmore Construction Ltd. to design and install the "
     "turbines.", "Solvane Energy", "Dunmore Construction"),
    ("Solvane Energy Inc. hired Dunmore Construction Ltd. as its contractor.",
     "Solvane Energy", "Dunmore Construction"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "buyer", "seller"), HIRED)
def test_a_company_hired_for_work_sells_it(
    en: Language, text: str, buyer: str, seller: str
) -> None:
    deal = only(deals(en, text), "PurchaseAgreement")
    assert parties(deal, "buyer") == {buyer}
    assert parties(deal, "seller") == {seller}


@pytest.mark.model
def test_hiring_an_adviser_or_a_person_is_no_purchase(en: Language) -> None:
    assert not deals(en, "Solvane Energy Inc. hired Goldman Sachs to advise on the sale.")
    assert not deals(en, "Solvane Energy Inc. hired Jane Doe to run the company.")


BIDS_TO_HOLDERS = [
    "Quarry Lane Logistics launched an unsolicited takeover bid directly to Harwick "
    "Lodging shareholders in August.",
    "Quarry Lane Logistics made a tender offer to Harwick Lodging's stockholders at $12 "
    "a share.",
    "Quarry Lane Logistics took its offer directly to the shareholders of Harwick Lodging.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", BIDS_TO_HOLDERS)
def test_a_bid_made_to_a_companys_shareholders_is_for_the_company(
    en: Language, text: str
) -> None:
    deal = only(deals(en, text), "Acquisition")
    assert parties(deal, "acquirer") == {"Quarry Lane Logistics"}
    assert parties(deal, "target") == {"Harwick Lodging"}
    assert "parties:bid-to-holders" in deal.rules


@pytest.mark.model
def test_an_offer_of_something_else_to_shareholders_is_no_bid(en: Language) -> None:
    assert not deals(en, "Quarry Lane Logistics sent an offer of jobs to Harwick Lodging "
                         "shareholders.")


SHARES_BOUGHT = [
    ("Solvane Energy Inc. will also buy $30 million of Dunmore Construction shares at $14 "
     "each.", "investor", "Solvane Energy"),
    ("Solvane Energy Inc. sold $40 million of Dunmore Construction shares to Quarry Lane "
     "Logistics.", "seller", "Solvane Energy"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "role", "name"), SHARES_BOUGHT)
def test_money_worth_of_a_companys_shares_is_a_stake_in_it(
    en: Language, text: str, role: str, name: str
) -> None:
    deal = only(deals(en, text), "Investment")
    assert parties(deal, "investee") == {"Dunmore Construction"}
    assert parties(deal, role) == {name}


@pytest.mark.model
def test_money_worth_of_a_company_itself_is_no_stake(en: Language) -> None:
    found = deals(en, "Solvane Energy Inc. bought $30 million of Dunmore Construction.")
    assert not [d for d in found if d.type == "Investment"]


OFFERS_TALKED_OVER = [
    "Quarry Lane Logistics confirmed it was in talks with Harwick Lodging's board about a "
    "possible offer.",
    "Quarry Lane Logistics said it was in talks with Harwick Lodging about a possible cash "
    "offer.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", OFFERS_TALKED_OVER)
def test_an_offer_talked_over_with_a_company_is_for_it(en: Language, text: str) -> None:
    deal = only(deals(en, text), "Acquisition")
    assert parties(deal, "acquirer") == {"Quarry Lane Logistics"}
    assert parties(deal, "target") == {"Harwick Lodging"}
    assert deal.status == "InNegotiation"


@pytest.mark.model
def test_talks_over_an_offer_of_something_else_are_no_bid(en: Language) -> None:
    assert not deals(en, "Quarry Lane Logistics is in talks with Harwick Lodging about an "
                         "offer of new jobs.")


FOLLOWED = [
    "The acquisition follows Harwick Lodging's purchase of Marsh Inns from Quarry Lane "
    "Logistics in 2025.",
    "The deal follows Harwick Lodging's takeover of Marsh Inns last year.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", FOLLOWED)
def test_a_takeover_the_news_follows_is_done(en: Language, text: str) -> None:
    deal = next(d for d in deals(en, text) if parties(d, "target") == {"Marsh Inns"})
    assert deal.status == "Completed"
    assert "status:Completed<-follow" in deal.rules


@pytest.mark.model
def test_a_takeover_to_be_followed_is_not_done_yet(en: Language) -> None:
    text = "Harwick Lodging will follow its purchase of Marsh Inns with more deals."
    deal = next(d for d in deals(en, text) if parties(d, "target") == {"Marsh Inns"})
    assert deal.status != "Completed"
