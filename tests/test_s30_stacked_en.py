"""Session 30, stacked-en (issue #13): English deals told with two or three news
distortions in one sentence (the inventory tests/data/constructions/stacked_en, whose
README says how it was written).

- Leisure premises and one-word mills are a business's assets, bought from their owner
  as a unit is (an acquisition), not goods: "sold its golf courses to Y", "agreed to
  buy two sawmills from Y" (lexicon/deals.toml asset_nouns).
- A figure told as a sum ("for a combined $260 million") is no one deal's price: two
  names bought for it are two purchases (kg.deals.gapped.listed_targets), and gapped
  clauses ("two sawmills from A and a pulp mill from B for a combined C$410 million")
  leave it on none of theirs (kg.deals.gapped.gapped_deals).
- A sector's "major" before a name is a company in Indian business English: "FMCG
  major Raghav Consumer", "pharma major Suresh Laboratories"; not "several major
  Hollywood studios" nor "army major Ravi Kumar" (kg.entities.cues.after_sector_major).
- A named company's business or asset as the subject of a passive sale: "Navrang
  Paints' coatings business was sold to Y" is a sale by its possessor
  (kg.deals.transfer._named_besides_owner); a possessed stake is not.
- A bid as the subject of an English passive of bidding: "A tender offer for Y was
  launched on Friday by X", "the offer for Y was withdrawn by X" is X's bid (lexicon
  bid_verbs_en, kg.deals.roles._passive_bidders); "rejected by X" is not.
- The complement of a deal noun the parser hangs on the relative clause that makes it:
  "the takeover bid that X launched for Y" is a bid for Y
  (kg.deals.roles._relative_themes).
- "pick" without its particle is choosing ("X has picked Y for a C$140 million order",
  "picked Y to build 80 buses"), with it getting ("picked up a stake")
  (kg.deals.component._chosen_without_particle), and a supplier chosen for a contract
  or an order sells it (lexicon chosen_for_nouns, kg.deals.frames._chose_supplier).
- What "whose" owns, hung by the parser as an apposition, names no party: "Dalton
  Drinks, whose chief executive Sarah Penn, 51, joined from a rival, has withdrawn its
  offer for Y" (kg.deals.context._relative_possessed).
- An organ owned by a pronoun approves its company's deal: "X said its board had
  approved the acquisition of Y" (kg.deals.roles._organ_owner).
- A deal noun's complement hung on its price: "a bid of roughly $3 billion for Y"
  (kg.deals.roles._hung_elsewhere).
- A subject hung as an apposition on the last noun of a long fronted phrase: "In a
  deal that gives it control of the country's third-largest bakery chain, X (NYSE:
  XYZ) has acquired Y" (kg.deals.roles._subject_in_fronted_phrase).
- A place or its demonym may modify the descriptor of an apposition that types a name
  as a company's: "Brisk Pay, a Mumbai fintech backed by ...", "Halvorsen, a Danish
  brewer," (kg.entities.cues.apposition); "Priya Raman, a Mumbai banker," is a person.
- The price of a deal noun that tells what it does: "The £90 million deal will see X
  buy Y", "The deal, worth about $640 million, will see X take over Y"
  (lexicon deal_outcome_verbs, kg.deals.attach._outcome_of).
- Builders of ships, boats and coaches close a company's name: "Clydeside Marine",
  "Harbor Point Shipyards", "Bluenose Coachworks" (lexicon/entities.toml org_tails).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import names


def deal_facts(nlp: Language, text: str) -> list[tuple[str, str, dict[str, str], float | None]]:
    return [
        (d.type, d.status, {r: x.name for r, x in d.roles},
         float(d.amount.value) if d.amount is not None and d.amount.value is not None else None)
        for d in nlp(text)._.kg_deals
    ]


def deal_roles(nlp: Language, text: str) -> list[dict[str, str]]:
    return [{r: x.name for r, x in d.roles} for d in nlp(text)._.kg_deals]


# -- assets: leisure premises and one-word mills ------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Tavistock Inns, which runs 300 pubs, said it had sold its golf courses to Marlow "
         "Leisure for £38 million.", "Completed"),
        ("Hollin Paper has agreed to buy two sawmills from Skeena Timber for $40 million.",
         "Announced"),
        ("Orla Screens sold six cinemas to Brantley Pictures last year.", "Completed"),
    ],
)
def test_leisure_premises_and_mills_are_bought_as_assets(
        en: Language, text: str, status: str) -> None:
    (deal,) = deal_facts(en, text)
    assert deal[0] == "Acquisition" and deal[1] == status
    assert set(deal[2]) == {"acquirer", "seller"}


def test_goods_bought_from_a_supplier_stay_a_purchase_agreement(en: Language) -> None:
    text = "Hollin Paper bought 2,000 tonnes of pulp from Skeena Timber."
    assert [d[0] for d in deal_facts(en, text)] == ["PurchaseAgreement"]


# -- a figure told as a sum ---------------------------------------------------------------


def test_two_names_bought_for_a_combined_figure_are_two_purchases(en: Language) -> None:
    text = ("Hollisbrook Partners, the Boston buyout firm, bought Greyfield Labels and Ashcombe "
            "Print for a combined $260 million.")
    assert deal_facts(en, text) == [
        ("Acquisition", "Completed",
         {"acquirer": "Hollisbrook Partners", "target": "Greyfield Labels"}, None),
        ("Acquisition", "Completed",
         {"acquirer": "Hollisbrook Partners", "target": "Ashcombe Print"}, None),
    ]


def test_two_names_bought_for_one_price_stay_one_deal(en: Language) -> None:
    text = "Brantley Media bought Orrin Radio and Pell Studios for $260 million."
    ((kind, _, roles, amount),) = deal_facts(en, text)
    assert amount == 260_000_000


def test_a_combined_figure_after_gapped_clauses_is_no_one_deals_price(en: Language) -> None:
    text = ("Hollin Paper has agreed to buy two sawmills from Skeena Timber and a pulp mill from "
            "Nechako Paper for a combined C$410 million.")
    facts = deal_facts(en, text)
    assert len(facts) == 2 and all(amount is None for *_, amount in facts)


def test_gapped_clauses_with_their_own_prices_keep_them(en: Language) -> None:
    text = "Brantley Media bought Orrin Radio for $30 million and Pell Studios for $50 million."
    assert [amount for *_, amount in deal_facts(en, text)] == [30_000_000, 50_000_000]


# -- a sector's "major" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Sold for Rs 800 crore: Chatkara Snacks goes to FMCG major Raghav Consumer.",
         "Raghav Consumer"),
        ("Pharma major Suresh Laboratories has acquired Nirmal Biologics.",
         "Suresh Laboratories"),
    ],
)
def test_a_sectors_major_is_a_company(en: Language, text: str, company: str) -> None:
    assert company in names(en, text)
    assert company not in names(en, text, "person")


@pytest.mark.parametrize(
    "text",
    [
        "The convoy was led by army major Ravi Kumar, officials said.",
        "Several major Hollywood studios bid for the rights.",
    ],
)
def test_major_as_a_rank_or_an_adjective_makes_no_company(en: Language, text: str) -> None:
    assert names(en, text) == set()


# -- a named company's business sold in the passive ------------------------------------------


def test_a_named_companys_business_sold_in_the_passive_is_its_sale(en: Language) -> None:
    text = ("Following a strategic review, Navrang Paints' decorative coatings business was "
            "sold to Kaveri Industries.")
    assert deal_roles(en, text) == [{"acquirer": "Kaveri Industries", "seller": "Navrang Paints"}]


def test_a_named_companys_stake_sold_in_the_passive_is_no_asset_sale(en: Language) -> None:
    text = "Following a review, Navrang Paints' 20% stake was sold to Kaveri Industries."
    assert all("seller" not in roles for roles in deal_roles(en, text))


# -- bids told in the passive and in a relative clause --------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("A tender offer for all outstanding shares of Okanagan Orchards was launched on "
         "Friday by Fraser Crossing Foods.", "Announced"),
        ("A $300 million offer for Okanagan Orchards was withdrawn by Fraser Crossing Foods "
         "on Friday.", "Cancelled"),
    ],
)
def test_a_bid_made_or_withdrawn_in_the_passive_is_its_agents(
        en: Language, text: str, status: str) -> None:
    ((kind, got, roles, _),) = deal_facts(en, text)
    assert roles == {"acquirer": "Fraser Crossing Foods", "target": "Okanagan Orchards"}
    assert got == status


def test_a_bid_answered_in_the_passive_names_no_bidder(en: Language) -> None:
    text = "The bid for Okanagan Orchards was rejected by Fraser Crossing Foods."
    assert all(roles.get("acquirer") != "Fraser Crossing Foods"
               for roles in deal_roles(en, text))


def test_the_complement_of_a_bid_hung_on_its_relative_clause_is_its_target(
        en: Language) -> None:
    text = ("The takeover bid that Kookaburra Logistics launched for Mallee Grain values it at "
            "A$610 million.")
    assert deal_roles(en, text) == [
        {"acquirer": "Kookaburra Logistics", "target": "Mallee Grain"}]


def test_a_relative_clause_without_a_complement_adds_no_target(en: Language) -> None:
    text = "The takeover bid that Kookaburra Logistics launched lifted its shares."
    assert all("target" not in roles for roles in deal_roles(en, text))


# -- "pick" without its particle, and a supplier chosen for an order --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tollgate Transit Authority, which runs buses in and around the city, has picked "
        "Bluenose Coachworks for a C$140 million order for 80 electric buses.",
        "Tollgate Transit Authority has picked Bluenose Coachworks to build 80 electric buses.",
        "Tollgate Transit Authority chose Bluenose Coachworks for the contract.",
    ],
)
def test_a_supplier_picked_or_chosen_for_an_order_sells_it(en: Language, text: str) -> None:
    assert [(d[0], d[2]) for d in deal_facts(en, text)] == [
        ("PurchaseAgreement",
         {"buyer": "Tollgate Transit Authority", "seller": "Bluenose Coachworks"})]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tollgate Transit Authority picked Bluenose Coachworks for its board.", None),
        ("Sundaram Motors has picked up a 12% stake in Zippr Electric.", "Investment"),
        ("Hollin Media picked up Orrin Radio for $20 million.", "Acquisition"),
    ],
)
def test_picked_for_no_order_or_picked_up_is_no_supply(
        en: Language, text: str, kind: str | None) -> None:
    assert [d[0] for d in deal_facts(en, text)] == ([kind] if kind else [])


# -- builders of ships, boats and coaches ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("A £320 million contract to build 30 hybrid ferries has been awarded to Clydeside "
         "Marine by Hebridean Ferries.", "Clydeside Marine"),
        ("Tollgate Transit Authority has picked Bluenose Coachworks to build 80 electric buses.",
         "Bluenose Coachworks"),
    ],
)
def test_builders_of_ships_and_coaches_close_a_company_name(
        en: Language, text: str, company: str) -> None:
    assert company in names(en, text)


def test_marine_opening_a_persons_name_stays_a_person(en: Language) -> None:
    text = "Marine Leclerc, chief executive of Tolvane Foods, said the plant would close."
    assert "Marine Leclerc" in names(en, text, "person")


# -- "whose" on a party, and "its board" ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dalton Drinks, whose chief executive Sarah Penn, 51, joined from a rival last year, "
        "has withdrawn its £410 million offer for Ormsby Brewing.",
        "Thornaby Group, whose chairman Alistair Royce, 64, built the business from a single "
        "depot, launched a £780 million hostile bid for rival haulier Cleveland Freight.",
    ],
)
def test_the_person_whose_clause_names_is_no_bidder(en: Language, text: str) -> None:
    ((_, _, roles, _),) = deal_facts(en, text)
    assert roles["acquirer"] in {"Dalton Drinks", "Thornaby Group"}
    assert all(x.kind == "org" for d in en(text)._.kg_deals for _, x in d.roles)


def test_an_apposition_without_whose_still_names_its_company(en: Language) -> None:
    text = ("Dalton Drinks, the maker of Fenmore cider, has withdrawn its £410 million offer for "
            "Ormsby Brewing.")
    assert deal_roles(en, text) == [{"target": "Ormsby Brewing", "acquirer": "Dalton Drinks"}]


def test_its_board_approving_an_acquisition_makes_the_reporter_the_buyer(en: Language) -> None:
    text = ("Kaveri Industries Ltd, a Chennai-based maker of auto parts, said its board had "
            "approved the acquisition of Nilgiri Castings for Rs 640 crore.")
    assert deal_roles(en, text) == [
        {"target": "Nilgiri Castings", "acquirer": "Kaveri Industries"}]


def test_regulators_approving_an_acquisition_make_no_buyer(en: Language) -> None:
    text = "Kaveri Industries said regulators had approved the acquisition of Nilgiri Castings."
    assert all("acquirer" not in roles for roles in deal_roles(en, text))


# -- a complement on the price, a subject on a fronted phrase ----------------------------------


def test_a_bids_target_hung_on_its_price_is_its_target(en: Language) -> None:
    text = ("People familiar with the matter said Corvale Partners is preparing a bid of "
            "roughly $3 billion for Amberly Systems, a maker of payroll software.")
    assert deal_roles(en, text) == [{"target": "Amberly Systems", "acquirer": "Corvale Partners"}]


def test_a_fund_raised_for_itself_is_no_deal(en: Language) -> None:
    assert deal_roles(en, "Corvale Partners raised $3 billion for its fund.") == []


def test_a_subject_hung_on_a_long_fronted_phrase_is_the_buyer(en: Language) -> None:
    text = ("In a deal that gives it control of Brazil's third-largest bakery chain, Harwell "
            "Foods (NYSE: HWF) has acquired Padaria Serrana for $150 million.")
    assert deal_roles(en, text) == [{"target": "Padaria Serrana", "acquirer": "Harwell Foods"}]


def test_an_apposition_in_a_fronted_phrase_before_a_subject_is_not_it(en: Language) -> None:
    text = "In a deal with the bakery chain, Harwell Foods, Padaria Serrana was acquired."
    assert all(roles.get("acquirer") != "Harwell Foods" for roles in deal_roles(en, text))


# -- a place before the descriptor of an apposition ---------------------------------------------


def test_a_place_before_an_appositions_descriptor_still_types_the_name(en: Language) -> None:
    text = ("Brisk Pay, a Mumbai fintech backed by Peepal Grove Capital, raised $20 million in a "
            "round led by Sandbar Ventures.")
    assert "Brisk Pay" in names(en, text)
    assert {"investor": "Sandbar Ventures", "investee": "Brisk Pay"} in deal_roles(en, text)


def test_a_place_before_a_persons_job_types_no_company(en: Language) -> None:
    text = "Priya Raman, a Mumbai banker, said rates would rise."
    assert "Priya Raman" in names(en, text, "person")
    assert "Priya Raman" not in names(en, text)


# -- "the deal will see X buy Y" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The £90 million deal will see Harrow Rail buy Westmoor Trains.", 90_000_000),
        ("The deal, worth about $640 million, will see Harrow Rail take over Westmoor "
         "Trains, the companies said.", 640_000_000),
    ],
)
def test_the_price_of_a_deal_that_sees_a_purchase_is_the_purchases(
        en: Language, text: str, amount: int) -> None:
    ((kind, _, roles, got),) = deal_facts(en, text)
    assert roles == {"target": "Westmoor Trains", "acquirer": "Harrow Rail"} and got == amount


def test_a_deal_noun_in_another_clause_gives_no_price(en: Language) -> None:
    text = "The £90 million deal was criticised, and Harrow Rail bought Westmoor Trains."
    assert [amount for *_, amount in deal_facts(en, text)] == [None]
