"""English deal frames of session 17 (helper endeals), each a class of miss or false
deal on unseen English news. Sentences written for these tests, with invented
companies.

- "X paid $N for Y": the parser hangs "for Y" on the sum (or on the payee of "paid
  $N to Z for Y"), not on the verb; paying for a company is buying it
  (kg.deals.frames._paid_args);
- "X, which counts Y as a 30 per cent shareholder", "X counts Y among its backers":
  the holders a company counts invest in it (kg.deals.holders);
- "It is X's second purchase after it paid $N for Y": "it" in the clause of time
  under a pronoun said to be X's deal is X (kg.deals.refer._deal_pronoun);
- "owns 26% of Y, a stake it bought in 2019": a stake bought in a relative clause is
  an investment in Y, not a takeover (kg.deals.gapped.relative_object_target);
- "X has agreed to take 70% of Y from Z", "took 25 per cent of Y": taking a part of a
  named company is buying it (control) or investing in it (kg.deals.frames._taken_over);
- "agreed to buy X's 50% stake in Y", "bought X's half of Y": the possessor of the part
  bought sells it, and the stake states no investment of its own
  (kg.deals.roles._possessor_of_part, kg.deals.frames._holding_bought);
- "X, the Singapore hedge fund that has held 4.2% of Y": the relative clause on a
  noun in apposition to a name is about the name, however long the name; not a habit
  in the simple present ("a crossover fund that typically invests")
  (kg.deals.refer._apposed_name);
- "X, which owns Y shares": shares named after their company, held by a company, are
  a stake in it (kg.deals.frames._shares_named);
- "... the sale of a controlling stake in Y. The seller, X, bought the stake from W":
  "the stake" bought is the stake told just before, a takeover when that was one
  (kg.deals.holders.stake_bought_again);
- "the purchase of Y paid off, chief executive Z said", "Asked about a merger with Y,
  Z said ...": the person who speaks about a deal noun is not its party
  (kg.deals.speaker).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


def of_type(found: list[Deal], kind: str) -> list[Deal]:
    return [d for d in found if d.type == kind]


# -- paid $N for Y -------------------------------------------------------------------

PAID_FOR = [
    "Brightwater Capital paid $18 million for Redgum Lane Publishing in 2025.",
    "Hollis Mining will pay C$300 million for Barrow Creek Resources, the companies said.",
    "Tamsin Foods paid about £45 million for Corrie Bakeries Ltd last year.",
]


@pytest.mark.parametrize("text", PAID_FOR)
def test_paying_a_sum_for_a_company_is_buying_it(en: Language, text: str) -> None:
    (deal,) = of_type(deals(en, text), "Acquisition")
    assert len(parties(deal, "acquirer")) == 1
    assert len(parties(deal, "target")) == 1
    assert deal.amount is not None


def test_paid_to_a_seller_for_a_company(en: Language) -> None:
    text = "Orvane Group paid €40m to Kessler Holdings for Lindqvist Tools last year."
    (deal,) = of_type(deals(en, text), "Acquisition")
    assert parties(deal, "acquirer") == {"Orvane Group"}
    assert parties(deal, "target") == {"Lindqvist Tools"}


def test_paid_to_a_seller_for_its_services_buys_no_company(en: Language) -> None:
    text = "Orvane Group paid €40m to Kessler Holdings for its services."
    assert not of_type(deals(en, text), "Acquisition")


def test_it_after_a_deal_said_to_be_the_company_s(en: Language) -> None:
    text = (
        "Southern Wave Capital, whose largest shareholder is pension fund Tamar Super, "
        "bought the catalogue. It is Southern Wave's second big purchase after it paid "
        "$18 million for Redgum Lane Publishing in 2025."
    )
    found = [d for d in deals(en, text) if "Redgum Lane Publishing" in parties(d, "target")]
    (deal,) = found
    assert parties(deal, "acquirer") == {"Southern Wave Capital"}


# -- holders a company counts -----------------------------------------------------

COUNTED = [
    ("Brightwater Music, which counts pension fund Norfolk Super as a 30 per cent "
     "shareholder, confirmed the purchase on Monday.", {"Norfolk Super"}, "Brightwater Music"),
    ("Harbour Logistics counts Kuroshio Trading among its biggest shareholders.",
     {"Kuroshio Trading"}, "Harbour Logistics"),
    ("Tessaly Foods, which counts Orrin Capital and Bexley Partners among its backers, "
     "raised prices.", {"Orrin Capital", "Bexley Partners"}, "Tessaly Foods"),
    ("Tessaly Foods lists Orrin Capital as its largest investor.", {"Orrin Capital"},
     "Tessaly Foods"),
]


@pytest.mark.parametrize(("text", "investors", "investee"), COUNTED)
def test_a_counted_holder_invests(
    en: Language, text: str, investors: set[str], investee: str
) -> None:
    # (one holding per holder, as "X and Y own 12% of Z" gives)
    found = of_type(deals(en, text), "Investment")
    assert {x for d in found for x in parties(d, "investor")} == investors
    assert all(parties(d, "investee") == {investee} for d in found)
    assert all(d.status == "Completed" for d in found)


@pytest.mark.parametrize("text", [
    "Tessaly Foods counts Walmart as its largest customer.",
    "Tessaly Foods counts founder Jane Orrin as its largest shareholder.",
])
def test_a_counted_customer_or_person_is_no_investment(en: Language, text: str) -> None:
    assert not of_type(deals(en, text), "Investment")


# -- a stake bought in a relative clause -----------------------------------------------


def test_a_stake_it_bought_is_an_investment(en: Language) -> None:
    text = (
        "Japan's Moriya Chemical owns 26% of Tessaly Polymers, a stake it bought in "
        "2019, and will keep it after the listing."
    )
    found = deals(en, text)
    assert not of_type(found, "Acquisition")
    (deal,) = of_type(found, "Investment")
    assert parties(deal, "investor") == {"Moriya Chemical"}


def test_a_unit_it_bought_is_still_a_takeover(en: Language) -> None:
    text = ("Ashgrove agreed to sell Blyth Solar, the unit it bought from Perrin Energy "
            "in 2020, to Quorn Power.")
    found = [d for d in deals(en, text) if "Perrin Energy" in parties(d, "seller")]
    (deal,) = found
    assert deal.type == "Acquisition"


# -- the speaker is not a party ---------------------------------------------------------

SPOKEN_ABOUT = [
    "Asked about market talk of a merger with Tamar Mobile, chief executive Aisha Rahman "
    "said the company was not in talks.",
    "Asked about a possible sale of Tamar Mobile, Aisha Rahman said she was not in talks.",
    "The win vindicates last year's $112m purchase of Farrow Optics Systems, whose "
    "lenses sit at the heart of the sights, chief executive Gwen Madoc said.",
]


@pytest.mark.parametrize("text", SPOKEN_ABOUT)
def test_the_speaker_is_no_party_of_the_deal_noun(en: Language, text: str) -> None:
    assert all(ref.kind != "person" for d in deals(en, text) for _, ref in d.roles)


def test_a_speaker_s_own_sale_keeps_her(en: Language) -> None:
    text = "Aisha Rahman confirmed the sale of her stake in Orvane Foods to Brixton Capital."
    (deal,) = deals(en, text)
    assert parties(deal, "seller") == {"Aisha Rahman"}


# -- "the company" in a relative clause on the buyer --------------------------------------


SPANISH_RELATIVE = [
    "Andesol Energía firmó un contrato con Grupo Vial. La empresa Nubeaustral es propiedad "
    "desde 2024 del fondo canadiense Laurentide Pension Partners, que pagó US$ 620 millones "
    "por la compañía.",
    "Grupo Vial firmó un contrato con Andesol Energía. Datacentros Nubeaustral es propiedad "
    "desde 2024 de la gestora Laurentide Capital, que pagó 600 millones de euros por la "
    "compañía.",
]


@pytest.mark.parametrize("text", SPANISH_RELATIVE)
def test_the_company_in_a_relative_clause_is_the_main_subject(es: Language, text: str) -> None:
    (deal,) = of_type(deals(es, text), "Acquisition")
    assert parties(deal, "acquirer") <= {"Laurentide Pension Partners", "Laurentide Capital"}
    assert parties(deal, "target") <= {"Nubeaustral", "Datacentros Nubeaustral"}
    assert parties(deal, "target")


@pytest.mark.parametrize("text", [
    "Hollis Mining is in talks to buy Barrow Creek Resources. Hollis will pay about "
    "C$300 million for the company, people familiar with the matter said.",
    "Hollis Mining is in advanced talks to acquire Barrow Creek Resources and will pay "
    "about C$300 million for the miner, according to people familiar with the matter.",
])
def test_a_price_to_be_paid_keeps_the_talks_stage(en: Language, text: str) -> None:
    (deal,) = of_type(deals(en, text), "Acquisition")
    assert deal.status == "InNegotiation"


# -- take N% of Y -------------------------------------------------------------------------


def test_taking_a_majority_of_a_company_is_a_takeover(en: Language) -> None:
    text = ("Corran Logistics has agreed to take 70% of Sidra Cold Stores from the Hamdan "
            "Family Office for $170 million.")
    (deal,) = deals(en, text)
    assert deal.type == "Acquisition"
    assert parties(deal, "acquirer") == {"Corran Logistics"}
    assert parties(deal, "target") == {"Sidra Cold Stores"}
    assert deal.status == "Announced"


@pytest.mark.parametrize("text", [
    "Tamar Capital will take 25% of Orvane Foods for $40 million.",
    "Tamar Capital took 25 per cent of Orvane Foods in a $40 million deal last year.",
])
def test_taking_a_minority_of_a_company_is_an_investment(en: Language, text: str) -> None:
    (deal,) = deals(en, text)
    assert deal.type == "Investment"
    assert parties(deal, "investee") == {"Orvane Foods"}


@pytest.mark.parametrize("text", [
    "Kinabalu Telecom took 25% of Suria Mobile's prepaid customers last year.",
    "Kinabalu Telecom will take 40% of the output of Suria Solar's new plant.",
    "Tamar Capital took 25% of the market last year.",
])
def test_taking_a_share_of_what_a_company_has_is_no_deal(en: Language, text: str) -> None:
    assert not deals(en, text)


def test_taking_a_company_private_is_still_a_takeover(en: Language) -> None:
    (deal,) = deals(en, "Tamar Capital took Orvane Foods private in 2019.")
    assert parties(deal, "target") == {"Orvane Foods"}


# -- X's stake in Y bought -----------------------------------------------------------------

POSSESSED_PARTS = [
    "Harbour Logistics agreed to buy Daewon Chain's 50% stake in Coldline Logistics for "
    "$62 million.",
    "Harbour Logistics said it had agreed to buy Daewon Chain's half of Coldline Logistics "
    "for $62 million in cash.",
    "Tamar Capital bought Brixton Holdings Ltd's 20 per cent of Orvane Foods last year.",
]


@pytest.mark.parametrize("text", POSSESSED_PARTS)
def test_the_possessor_of_a_part_bought_sells_it(en: Language, text: str) -> None:
    (deal,) = deals(en, text)
    assert deal.type == "Investment"
    assert len(parties(deal, "seller")) == 1
    assert parties(deal, "investee") <= {"Coldline Logistics", "Orvane Foods"}
    assert parties(deal, "investee")


def test_shares_of_a_possessor_are_its_own(en: Language) -> None:
    (deal,) = deals(en, "Tamar Capital bought Orvane Foods' shares last year.")
    assert parties(deal, "investee") == {"Orvane Foods"}
    assert not parties(deal, "seller")


# -- a relative clause on an apposition ------------------------------------------------

APPOSED = [
    ("Tessaly Foods will split in two. The push for a split came in part from Lion City "
     "Value Partners, the Singapore hedge fund that has held 4.2% of Tessaly Foods since "
     "early 2025.", "Lion City Value Partners"),
    ("The push came from Ardent Hill Value Capital Partners, a New York activist hedge "
     "fund which owns 6% of Tessaly Foods.", "Ardent Hill Value Capital Partners"),
]


@pytest.mark.parametrize(("text", "holder"), APPOSED)
def test_a_relative_on_an_apposition_is_about_the_name(
    en: Language, text: str, holder: str
) -> None:
    (deal,) = of_type(deals(en, text), "Investment")
    assert parties(deal, "investor") == {holder}
    assert parties(deal, "investee") == {"Tessaly Foods"}


# -- shares named after their company ------------------------------------------------------


@pytest.mark.parametrize("text", [
    '"It is real," said Ritu Mehta, a fund manager at Sahyadri Asset Management, which '
    "owns Vantor Industries shares.",
    "Sahyadri Asset Management owns Vantor Industries shares.",
])
def test_a_company_owning_named_shares_invests(en: Language, text: str) -> None:
    (deal,) = deals(en, text)
    assert deal.type == "Investment"
    assert parties(deal, "investor") == {"Sahyadri Asset Management"}
    assert parties(deal, "investee") == {"Vantor Industries"}


def test_a_person_owning_named_shares_is_no_deal(en: Language) -> None:
    assert not deals(en, "Chairman John Pereira owns Vantor Industries shares.")


# -- "the stake" bought again ------------------------------------------------------------

STAKE_AGAIN = [
    "The government has vetoed the sale of a controlling stake in Ogden Gas Pipelines Plc "
    "to Nakheel Energy Holdings. The seller, Lagos-based Obalende Capital Partners, bought "
    "the stake from the Bureau of Public Enterprises in 2019 for $120 million.",
    "Vesta Holdings agreed to sell a 60% stake in Corran Foods to Brixton Capital. Vesta "
    "Holdings acquired the stake from Orvane Group in 2018.",
]


@pytest.mark.parametrize("text", STAKE_AGAIN)
def test_the_stake_bought_is_the_controlling_stake_told(en: Language, text: str) -> None:
    earlier = [d for d in deals(en, text) if d.status == "Completed"]
    (deal,) = earlier
    assert deal.type == "Acquisition"
    assert parties(deal, "target") <= {"Ogden Gas Pipelines", "Corran Foods"}
    assert parties(deal, "target")
    assert len(parties(deal, "seller")) == 1


def test_a_habit_of_the_apposed_kind_is_no_deal(en: Language) -> None:
    text = (
        "Last month Corvane Health sold $150 million of shares to Ebbrook Capital, a "
        "crossover fund that typically invests shortly before companies go public."
    )
    assert all("Ebbrook Capital" in parties(d, "investor") | parties(d, "acquirer")
               for d in deals(en, text))
    assert len(deals(en, text)) <= 1
