"""English deal frames of session 16 (helper endeals), each a class of miss on unseen
English news. Sentences written for these tests, with invented companies.

- a contract awarded with the winner named where the parse does not make it the
  verb's dative: "awarded a contract to X" ("to X" on the contract), "awarded it a
  contract" (a pronoun, resolved) (``parties:awarded-to``, kg.deals.award);
- a won contract whose supply purpose has two verbs sharing one object ("to supply
  and install pumps") is itself the purchase (kg.deals.award.goods_conjunct);
- interest a company draws from a suitor, with a sale told in the clause or a
  takeover word on the interest, is a rumoured takeover
  (``parties:suitor-interest``, kg.deals.interest);
- talks the parser made the subject of their own infinitive ("said talks to merge
  with Y had ended"): the agent is the one who said it, and the clause beside tells
  the status (kg.deals.negotiation.talks_read_as_subject);
- "Shares of X fell after the company said ...": a generic description in an
  adverbial clause is the company the main clause is about
  (kg.deals.refer.main_clause_company);
- "their agreement, under which X would have paid $155m": the price of the agreement,
  no purchase of its own (kg.deals.award.price_clause); an agreement terminated
  cancels the deal it is the agreement of (kg.deals.merge);
- things sold to a buyer with no seller named are their owner's sale, and things that
  "will go to X for $N" are X's purchase from the one that said it would sell them
  (kg.deals.transfer);
- rights licensed to or from a company ally the two (the ``license`` frame,
  kg.deals.award.licensed_between);
- "said X, a partner at Y. The firm ...": a speaker told as a member of a company
  stands for it as the subject a later description continues
  (kg.deals.refer.speaker_company); not an analyst's firm; so does a company's
  organ named with its owner ("X's board approved ..."), and "it" in a relative
  clause on a company's own noun ("X's plant, which it bought") is that company;
  a deal said to be "X's largest" has X for agent, for a pronoun under it ("since it
  bought Y") and for a description in the next sentence.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


def of_type(found: list[Deal], kind: str) -> Deal:
    (deal,) = [d for d in found if d.type == kind]
    return deal


# -- contract awards -----------------------------------------------------------------

AWARDS_TO = [
    "Westmark Transit Authority has awarded a $240 million contract to Fennick "
    "Engineering Ltd. to maintain its tram fleet.",
    "The Department of Harbours has awarded a C$1.2-billion contract to Fennick "
    "Engineering Ltd. to dredge the port, the department said Tuesday.",
]


@pytest.mark.parametrize("text", AWARDS_TO)
def test_a_contract_awarded_to_a_company_buys_its_work(en: Language, text: str) -> None:
    deal = of_type(deals(en, text), "PurchaseAgreement")
    assert parties(deal, "seller") == {"Fennick Engineering"}
    assert parties(deal, "buyer") and "Fennick Engineering" not in parties(deal, "buyer")
    assert deal.amount is not None


def test_a_contract_awarded_to_a_pronoun_goes_to_the_company_it_stands_for(
    en: Language,
) -> None:
    text = ("Aerospace supplier Quentar Systems rose 4% after the Royal Navy awarded it a "
            "$900 million contract to supply radar systems over six years.")
    deal = of_type(deals(en, text), "PurchaseAgreement")
    assert parties(deal, "seller") == {"Quentar Systems"}
    assert parties(deal, "buyer") == {"Royal Navy"}
    assert "parties:awarded-to" in deal.rules


def test_a_won_contract_to_supply_and_install_goods_is_the_purchase(en: Language) -> None:
    text = ("Brennock Engineering won a $36 million contract from the Lakeside Water District "
            "to supply and install pumps for two treatment plants.")
    deal = of_type(deals(en, text), "PurchaseAgreement")
    assert parties(deal, "seller") == {"Brennock Engineering"}
    assert parties(deal, "buyer") == {"Lakeside Water District"}


def test_a_contract_awarded_to_a_person_pronoun_is_not_read(en: Language) -> None:
    text = "Harwick Council praised the bidder and awarded him a prize for the design."
    assert not [d for d in deals(en, text) if d.type == "PurchaseAgreement"]


# -- interest drawn from a suitor ----------------------------------------------------

SUITORS = [
    "Midland lender Ashvale Bancorp rose 6% after a report that it is exploring a sale "
    "and has drawn interest from larger rival Corran Financial.",
    "Ashvale Bancorp has attracted takeover interest from Corran Financial, according "
    "to people familiar with the matter.",
    "Ashvale Bancorp put itself up for sale in May and has received interest from "
    "Corran Financial.",
]


@pytest.mark.parametrize("text", SUITORS)
def test_interest_drawn_from_a_suitor_is_a_rumoured_takeover(en: Language, text: str) -> None:
    deal = of_type(deals(en, text), "Acquisition")
    assert parties(deal, "acquirer") == {"Corran Financial"}
    assert parties(deal, "target") == {"Ashvale Bancorp"}
    assert deal.status == "Rumoured"


NOT_SUITORS = [
    # interest in goods or in a bond sale, not in the company
    "Ashvale Foods' new oat drink has drawn interest from Corran Stores.",
    "Ashvale Bancorp drew strong interest from investors in its bond sale.",
    # no sale told, no takeover word: a customer's interest
    "Ashvale Robotics has drawn interest from Corran Motors for its welding arms.",
]


@pytest.mark.parametrize("text", NOT_SUITORS)
def test_interest_without_a_sale_is_no_takeover(en: Language, text: str) -> None:
    assert not [d for d in deals(en, text) if d.type == "Acquisition"]


# -- talks misparsed as the subject of their infinitive ------------------------------


def test_talks_to_merge_that_ended_cancel_the_merger_of_the_speaker(en: Language) -> None:
    text = ("Shares of Pellow Foods sank 9.4% after the packaged-food company said talks to "
            "merge with rival Danbury Brands had ended.")
    deal = of_type(deals(en, text), "Merger")
    assert parties(deal, "partner") == {"Pellow Foods", "Danbury Brands"}
    assert deal.status == "Cancelled"


def test_talks_to_merge_that_ended_after_another_deal(en: Language) -> None:
    text = ("Oakhurst Medical agreed to buy Telby Labs for $1.1 billion. Shares of Pellow "
            "Foods sank 8% after the packaged-food company said talks to merge with rival "
            "Danbury Brands had ended.")
    deal = of_type(deals(en, text), "Merger")
    assert parties(deal, "partner") == {"Pellow Foods", "Danbury Brands"}
    assert deal.status == "Cancelled"


def test_talks_to_merge_still_held_are_negotiations(en: Language) -> None:
    text = ("Shares of Pellow Foods rose 5% after the company said talks to merge with "
            "rival Danbury Brands were continuing.")
    deal = of_type(deals(en, text), "Merger")
    assert parties(deal, "partner") == {"Pellow Foods", "Danbury Brands"}
    assert deal.status == "InNegotiation"


# -- the company the main clause is about --------------------------------------------


def test_the_company_in_an_adverbial_clause_is_the_main_clause_company(en: Language) -> None:
    text = ("Oakhurst Medical agreed to buy Telby Labs. Shares of Pellow Foods rose 4% "
            "after the company said it would sell its bakery unit to Danbury Brands.")
    (sale,) = [d for d in deals(en, text) if "Danbury Brands" in parties(d, "acquirer")]
    assert parties(sale, "seller") == {"Pellow Foods"}


def test_a_description_in_the_main_clause_still_continues_the_subject_before(
    en: Language,
) -> None:
    text = ("Oakhurst Medical reported higher sales. The company said it would sell its "
            "bakery unit to Danbury Brands.")
    (sale,) = [d for d in deals(en, text) if "Danbury Brands" in parties(d, "acquirer")]
    assert parties(sale, "seller") == {"Oakhurst Medical"}


def test_a_description_in_a_relative_clause_is_not_the_main_clause_company(
    en: Language,
) -> None:
    text = ("ASX-listed Brisk Health has entered into a scheme implementation deed with "
            "Mallee Capital, under which the private equity firm will acquire all of its "
            "shares for A$1.10 cash per share.")
    deal = of_type(deals(en, text), "Acquisition")
    assert parties(deal, "acquirer") == {"Mallee Capital"}
    assert parties(deal, "target") == {"Brisk Health"}


# -- an agreement's price told in its terms ------------------------------------------


def test_a_price_paid_under_an_agreement_ended_is_the_cancelled_deal(en: Language) -> None:
    text = ("Carrow Dairies agreed to buy Tinaku Milk last year. Carrow and Tinaku said they "
            "had terminated their agreement, under which Carrow would have paid $95m.")
    (deal,) = deals(en, text)
    assert deal.type == "Acquisition"
    assert parties(deal, "acquirer") == {"Carrow Dairies"}
    assert deal.status == "Cancelled"
    assert deal.amount is not None and deal.amount.value == 95_000_000


# -- assets that change hands with their owner unsaid ---------------------------------

PASSIVE_ASSET_SALES = [
    "Brantley Hotels Trust reported a loss. Its six Ontario hotels were sold to Corvel "
    "Lodging for $90 million.",
    "Brantley Hotels Trust said six Ontario hotels were sold to Corvel Lodging for $90 "
    "million.",
]


@pytest.mark.parametrize("text", PASSIVE_ASSET_SALES)
def test_things_sold_to_a_buyer_are_sold_by_their_owner(en: Language, text: str) -> None:
    deal = of_type(deals(en, text), "Acquisition")
    assert parties(deal, "acquirer") == {"Corvel Lodging"}
    assert parties(deal, "seller") == {"Brantley Hotels Trust"}


def test_stores_that_go_to_a_buyer_for_a_price_are_its_purchase(en: Language) -> None:
    text = ("Marrick Hardware agreed to sell nine stores to win clearance. The nine stores "
            "will go to Oakden Building Supplies for about $25m.")
    deal = of_type(deals(en, text), "Acquisition")
    assert parties(deal, "acquirer") == {"Oakden Building Supplies"}
    assert parties(deal, "seller") == {"Marrick Hardware"}
    assert deal.amount is not None and deal.amount.value == 25_000_000
    assert deal.status == "Announced"


NOT_TRANSFERS = [
    "Marrick Hardware reported a loss. Most of the money will go to Oakden Building "
    "Supplies over the next five years.",
    "Marrick Hardware reported a loss. The design award will go to Oakden Building "
    "Supplies for its new depot.",
]


@pytest.mark.parametrize("text", NOT_TRANSFERS)
def test_going_to_a_company_without_a_price_is_no_purchase(en: Language, text: str) -> None:
    assert not [d for d in deals(en, text) if d.type == "Acquisition"]


# -- licences of rights ---------------------------------------------------------------

LICENCES = [
    ("Hollin Biotherapeutics has licensed the Asian rights to its asthma drug to Tamsin "
     "Pharma for $85 million upfront.", "Hollin Biotherapeutics"),
    ("Tamsin Pharma has licensed the Japanese rights to a psoriasis pill from Hollin Bio "
     "Therapeutics Inc.", "Hollin Bio Therapeutics"),
]


@pytest.mark.parametrize(("text", "licensor"), LICENCES)
def test_rights_licensed_between_two_companies_are_an_alliance(
    en: Language, text: str, licensor: str
) -> None:
    deal = of_type(deals(en, text), "Partnership")
    assert parties(deal, "partner") == {licensor, "Tamsin Pharma"}


NOT_LICENCES = [
    # what a company does, in the simple present: no deal
    "Quillfern licenses its accounting software to banks and Harlow Insurance.",
    # no company it is licensed to or from
    "Hollin Biotherapeutics has licensed the rights to its asthma drug in Asia.",
]


@pytest.mark.parametrize("text", NOT_LICENCES)
def test_a_licence_with_no_counterpart_deal_is_none(en: Language, text: str) -> None:
    assert not [d for d in deals(en, text) if d.type == "Partnership"]


# -- the company of the one who spoke ------------------------------------------------


def test_the_firm_after_a_partner_spoke_is_the_partners_firm(en: Language) -> None:
    text = ("Elmsworth Homes shares fell 12 per cent. \"We could not agree a price,\" said "
            "Nadia Brook, a partner at Corrowby Capital. The firm bought Welsh builder Tarn "
            "Valley Homes for £210m last year.")
    deal = of_type(deals(en, text), "Acquisition")
    assert parties(deal, "acquirer") == {"Corrowby Capital"}
    assert parties(deal, "target") == {"Tarn Valley Homes"}


def test_an_analysts_firm_is_not_the_company_meant(en: Language) -> None:
    text = ("Elmsworth Homes reported weaker sales. \"Margins are thin,\" said Nadia Brook, "
            "an analyst at Corrowby Securities. The company bought Welsh builder Tarn Valley "
            "Homes for £210m last year.")
    deal = of_type(deals(en, text), "Acquisition")
    assert parties(deal, "acquirer") != {"Corrowby Securities"}


def test_a_companys_board_as_subject_is_the_company_a_description_continues(
    en: Language,
) -> None:
    text = ("Harlow Foods reported higher sales on Monday. Separately, Brisa Snacks's board "
            "approved the sale of its Leeds plant. Last year, the company signed a "
            "distribution pact with Tamar Holdings to sell its crisps in Japan.")
    deal = of_type(deals(en, text), "Partnership")
    assert "Brisa Snacks" in parties(deal, "partner")
    assert "Harlow Foods" not in parties(deal, "partner")


def test_it_in_a_relative_clause_on_a_companys_plant_is_that_company(en: Language) -> None:
    text = ("Harlow Foods reported higher sales on Monday. Brisa Snacks' Leeds plant, which "
            "it bought from Tamar Holdings in 2023, is running at capacity.")
    assert not [d for d in deals(en, text) if "Harlow Foods" in parties(d, "acquirer")]


def test_it_under_a_deal_said_to_be_a_companys_largest_is_that_company(
    en: Language,
) -> None:
    text = ("Its largest investor, venture firm Pelling Partners, backs the deal. The "
            "acquisition is Ostrava Medical's largest since it bought Tarrow Biologics for "
            "$600 million in 2021. Earlier this year the company sold its implants unit to "
            "private equity firm Greyfell Equity for $400 million.")
    found = deals(en, text)
    (bought,) = [d for d in found if "Tarrow Biologics" in parties(d, "target")]
    assert parties(bought, "acquirer") == {"Ostrava Medical"}
    (sold,) = [d for d in found if "Greyfell Equity" in parties(d, "acquirer")]
    assert parties(sold, "seller") == {"Ostrava Medical"}
