"""English deal constructions seen missed on unseen news (issue 13, inventory of
tests/data/constructions/en): each rule on sentences written for this test, run through
the English pipeline with the organisations given by hand (so that a miss of the entity
component does not hide what the deal rules do). Every company name here is invented.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_deals import deals

_NAMES = (
    "Acme Air", "Borealis Aviation", "Corvina Group", "Dunlin Holdings", "Egret Bank",
    "Fulmar Pay", "Gannet Renewables", "Heron Hosting", "Ibis Capital", "Jacana Foods",
)
AA, BA, CG, DH, EB, FP, GR, HH, IC, JF = _NAMES

pytestmark = pytest.mark.model


def one(en: Language, text: str) -> Deal:
    found = deals(en, text, _NAMES)
    assert len(found) == 1, (text, found)
    return found[0]


def roles(deal: Deal) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for role, ref in deal.roles:
        out.setdefault(role, set()).add(ref.name)
    return out


# -- "swoop on": a British headline verb of takeovers ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{CG} has swooped on {DH} in a £90m deal.",
        f"{CG} swooped on rival caterer {JF} last week.",
    ],
)
def test_swooping_on_a_company_takes_it_over(en: Language, text: str) -> None:
    deal = one(en, text)
    assert deal.type == "Acquisition"
    assert roles(deal)["acquirer"] == {CG}
    assert "frame:take_v(swoop)" in deal.rules


def test_swooping_without_on_is_no_deal(en: Language) -> None:
    assert deals(en, f"{CG} swooped into profit as {DH} cut prices.", _NAMES) == []


# -- orders of goods: a purchase agreement -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (f"{AA} has ordered 25 wide-body jets from {BA}.", "frame:order_v(order)"),
        (f"{AA} placed an order for 12 freighters with {BA}.", "frame:order_n(order)"),
        (f"{BA} has won an order from {AA} for 30 regional jets.", "frame:order_n(order)"),
    ],
)
def test_goods_ordered_from_a_supplier_are_a_purchase(
    en: Language, text: str, rule: str
) -> None:
    deal = one(en, text)
    assert deal.type == "PurchaseAgreement"
    assert roles(deal) == {"buyer": {AA}, "seller": {BA}}
    assert rule in deal.rules


@pytest.mark.parametrize(
    "text",
    [
        f"A court ordered {CG} to pay damages to {DH}.",
        f"{CG} cut 300 jobs in order to save money, {DH} said.",
        f"{AA} said the order from {BA} would be delivered by 2028.",
    ],
)
def test_an_order_that_orders_no_goods_is_no_purchase(en: Language, text: str) -> None:
    found = deals(en, text, _NAMES)
    assert not [d for d in found if any(r.startswith("frame:order") for r in d.rules)]


# -- a purpose that states no deal leaves the partnership the deal -----------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{FP} is partnering with {EB} to offer instalment loans to its customers.",
        f"{EB} has teamed up with {FP} to offer savings accounts in Ireland.",
    ],
)
def test_partners_that_offer_products_together_are_partners(en: Language, text: str) -> None:
    deal = one(en, text)
    assert deal.type == "Partnership"
    assert roles(deal) == {"partner": {EB, FP}}


def test_an_agreement_to_buy_a_company_is_still_the_takeover(en: Language) -> None:
    deal = one(en, f"{CG} signed an agreement with {DH} to acquire its bakery unit.")
    assert deal.type == "Acquisition"


# -- the perfect in reported speech is done ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{CG} has taken over {JF}, saving 400 jobs, administrators said.",
        f"{CG} has bought {JF} for $60 million, people close to the deal said.",
    ],
)
def test_a_perfect_under_a_speech_verb_is_completed(en: Language, text: str) -> None:
    deal = one(en, text)
    assert (deal.type, deal.status) == ("Acquisition", "Completed")


def test_an_agreement_under_a_speech_verb_stays_announced(en: Language) -> None:
    deal = one(en, f"{CG} has agreed to buy {JF}, the two companies said.")
    assert deal.status == "Announced"


# -- "per cent" (British, Indian) as a percentage -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{CG} bought 60 per cent of {JF} last year.",
        f"{CG} has completed the acquisition of a 51 per cent stake in {JF}.",
    ],
)
def test_over_half_per_cent_of_a_company_is_a_takeover(en: Language, text: str) -> None:
    deal = one(en, text)
    assert deal.type == "Acquisition"
    assert roles(deal) == {"acquirer": {CG}, "target": {JF}}


def test_a_minority_per_cent_is_a_stake(en: Language) -> None:
    deal = one(en, f"{CG} bought 20 per cent of {JF} last year.")
    assert deal.type == "Investment"
    assert roles(deal) == {"investor": {CG}, "investee": {JF}}


# -- a participle on an apposition describes the name ------------------------------------


def test_a_backer_of_an_apposition_invests_in_the_name(en: Language) -> None:
    text = f"{FP}, a Dublin-based payments startup backed by {IC}, cut 40 jobs."
    deal = one(en, text)
    assert deal.type == "Investment"
    assert roles(deal) == {"investor": {IC}, "investee": {FP}}
    assert "parties:described-apposition" in deal.rules


def test_an_acquired_apposition_is_the_target(en: Language) -> None:
    deal = one(en, f"{JF}, a snack maker acquired by {CG} in 2021, opened a plant in Ohio.")
    assert roles(deal) == {"acquirer": {CG}, "target": {JF}}


# -- in a power purchase agreement the producer sells -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{HH} has signed a 12-year power purchase agreement with {GR}.",
        f"{GR} has signed a power purchase agreement with {HH}.",
    ],
)
def test_the_power_producer_is_the_seller(en: Language, text: str) -> None:
    deal = one(en, text)
    assert deal.type == "PurchaseAgreement"
    assert roles(deal) == {"buyer": {HH}, "seller": {GR}}


def test_a_cloud_agreement_keeps_its_reading(en: Language) -> None:
    # not a power agreement: a producer's name does not make it the seller
    deal = one(en, f"{GR} has signed a cloud services agreement with {HH}.")
    assert roles(deal) == {"buyer": {HH}, "seller": {GR}}


# -- a completion still to come, told after a past tense ----------------------------------


def test_a_deal_expected_to_close_is_not_done_yet(en: Language) -> None:
    text = f"{CG} bought {JF} for $40 million. The deal is expected to close in June."
    deal = one(en, text)
    assert deal.status == "Announced"
    assert "merge:completion-to-come" in deal.rules


def test_a_completed_deal_stays_done_whatever_is_expected_of_it(en: Language) -> None:
    text = f"{CG} completed its purchase of {JF}. The deal is expected to add to earnings."
    assert one(en, text).status == "Completed"


# -- entities a deal needs: a unit named after "its" --------------------------------------


def entity_names(en: Language, text: str) -> set[str]:
    return {e.name for e in en(text)._.kg_entities if e.kind == "org"}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Orland Industries agreed to sell its packaging unit, Mirecourt, to a rival.",
         "Mirecourt"),
        ("Shares of Orland Industries rose after its Tamsin Beauty unit reported record sales.",
         "Tamsin Beauty"),
    ],
)
def test_a_unit_named_after_its_is_a_company(en: Language, text: str, unit: str) -> None:
    assert unit in entity_names(en, text)


@pytest.mark.parametrize(
    "text",
    [
        "Orland Industries will sell its UK unit next year.",
        "Orland Industries said its European business grew by 4%.",
    ],
)
def test_a_place_before_a_unit_noun_is_no_company(en: Language, text: str) -> None:
    assert entity_names(en, text) <= {"Orland Industries"}


def test_the_unit_sold_is_the_target(en: Language) -> None:
    text = ("Orland Industries agreed to sell its packaging unit, Mirecourt, to Ibis Capital "
            "for $200 million.")
    (deal,) = en(text)._.kg_deals
    assert roles(deal) == {
        "acquirer": {"Ibis Capital"}, "target": {"Mirecourt"}, "seller": {"Orland Industries"}
    }


# -- taking a company private ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the parser reads "private" as the object's modifier, or the name as a
        # compound of "private"
        ("Ibis Capital took Zenith Labs private in 2019.", "Zenith Labs"),
        ("Ibis Capital took Marston Retail private in 2019.", "Marston Retail"),
        (f"{IC} will take {JF} private for $2 billion.", JF),
    ],
)
def test_taking_a_company_private_takes_it_over(en: Language, text: str, target: str) -> None:
    found = deals(en, text, (*_NAMES, "Zenith Labs", "Marston Retail"))
    assert [(d.type, roles(d)) for d in found] == [
        ("Acquisition", {"acquirer": {IC}, "target": {target}})
    ]


def test_a_company_taken_private_is_a_company(en: Language) -> None:
    text = "Ibis Capital will take Carrow Retail private, the Leeds-based chain said on Monday."
    assert "Carrow Retail" in entity_names(en, text)


def test_taking_a_private_jet_is_no_deal(en: Language) -> None:
    assert deals(en, f"{IC} took a private jet to meet {JF}.", _NAMES) == []


# -- all of a company's shares -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{CG} will acquire all of the outstanding shares of {JF} for $12 a share.",
        f"{JF} said {CG} would acquire all of its shares for $12 each.",
        f"{JF} has entered into a deed with {CG}, under which the buyer will acquire all "
        "of its shares.",
    ],
)
def test_all_of_a_companys_shares_is_the_company(en: Language, text: str) -> None:
    found = [d for d in deals(en, text, _NAMES) if d.type == "Acquisition"]
    assert [roles(d) for d in found] == [{"acquirer": {CG}, "target": {JF}}]


def test_all_of_a_holders_shares_in_a_company_is_no_takeover(en: Language) -> None:
    found = deals(en, f"{CG} sold all of its shares in {JF} last year.", _NAMES)
    assert not [d for d in found if "parties:all-shares" in d.rules]


# -- a supplier chosen, a contract's client ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{EB} has selected {FP} to supply payment terminals for its branches.",
        f"{EB} chose {FP} as its card supplier.",
    ],
)
def test_a_chosen_supplier_sells(en: Language, text: str) -> None:
    deal = one(en, text)
    assert deal.type == "PurchaseAgreement"
    assert roles(deal) == {"buyer": {EB}, "seller": {FP}}
    assert "frame:choose_v" in " ".join(deal.rules)


@pytest.mark.parametrize(
    "text",
    [
        f"{EB} picked {IC} to lead its funding round.",
        f"{EB} appointed {IC} as its adviser on the sale.",
    ],
)
def test_a_company_chosen_for_no_supply_is_no_supplier(en: Language, text: str) -> None:
    assert not [d for d in deals(en, text, _NAMES) if d.type == "PurchaseAgreement"]


def test_the_client_of_a_won_contract_buys(en: Language) -> None:
    text = f"{DH} has won a $75 million contract to build a depot for {AA}."
    deal = one(en, text)
    assert deal.type == "PurchaseAgreement"
    assert roles(deal) == {"buyer": {AA}, "seller": {DH}}
    assert "parties:contract-client" in deal.rules


# -- a takeover raised with its target ----------------------------------------------------


def test_the_company_approached_about_a_takeover_is_its_target(en: Language) -> None:
    text = f"{CG} has approached {JF} about a possible takeover, {JF} confirmed."
    deal = one(en, text)
    assert roles(deal) == {"acquirer": {CG}, "target": {JF}}
    assert deal.status == "InNegotiation"
    assert "parties:approached-about" in deal.rules


# -- entities a deal needs: trade nouns before a name, mutual insurers --------------------


def test_a_trade_noun_opening_a_sentence_is_no_part_of_the_name(en: Language) -> None:
    text = "Brewer Oakhurst Ales has agreed to buy Tamar Brewing."
    assert "Oakhurst Ales" in entity_names(en, text)


def test_a_mutual_is_a_company(en: Language) -> None:
    text = "Hartwell Mutual has approached Penrose Life about a possible takeover."
    assert "Hartwell Mutual" in entity_names(en, text)


# -- a name before its apposition, parsed apart ---------------------------------------------


_AGENCY = "Boatwright, the UK's largest independent estate agency, has agreed to be bought by"


def test_a_name_with_a_possessive_apposition_is_a_company(en: Language) -> None:
    assert "Boatwright" in entity_names(en, f"{_AGENCY} Ibis Capital.")


def test_the_name_before_an_apposition_made_subject_is_the_target(en: Language) -> None:
    # the parser makes "agency" the subject and hangs "Tellwright" (an adjective to it)
    # on the verb
    text = ("Tellwright, the UK's biggest independent estate agency, has agreed to be "
            "bought by Kelderstone.")
    (deal,) = en(text)._.kg_deals
    assert roles(deal) == {"acquirer": {"Kelderstone"}, "target": {"Tellwright"}}


# -- backers a company's relative clause or possessive lists --------------------------------


def test_a_name_whose_backers_are_told_is_a_company(en: Language) -> None:
    text = "Quenby, whose backers include Ibis Capital, opened an office in Vienna."
    assert "Quenby" in entity_names(en, text)


@pytest.mark.parametrize(
    "text",
    [
        f"{FP}, whose backers include {IC}, opened an office in Vienna.",
        f"{FP}'s investors include {IC}.",
    ],
)
def test_the_backers_a_company_includes_invest_in_it(en: Language, text: str) -> None:
    deal = one(en, text)
    assert (deal.type, roles(deal)) == ("Investment", {"investor": {IC}, "investee": {FP}})
    assert "parties:holders-include" in deal.rules


def test_customers_included_are_no_investors(en: Language) -> None:
    assert deals(en, f"{FP}'s customers include {EB}.", _NAMES) == []


# -- a holding built, a supply to come, mergers talked about or voted down ------------------


def test_a_holding_built_in_a_company_is_a_stake(en: Language) -> None:
    deal = one(en, f"{IC} has built a 7.2% holding in {JF}, a filing showed.")
    assert (deal.type, roles(deal)) == ("Investment", {"investor": {IC}, "investee": {JF}})
    assert "frame:invest_n(holding)" in deal.rules


def test_a_supply_to_come_is_an_agreement_made(en: Language) -> None:
    deal = one(en, f"{GR} will supply {HH} with electricity from next year.")
    assert (deal.type, deal.status) == ("PurchaseAgreement", "Completed")


def test_a_takeover_to_come_stays_announced(en: Language) -> None:
    assert one(en, f"{CG} will buy {JF} next year.").status == "Announced"


def test_the_parties_of_talks_about_a_merger_are_its_partners(en: Language) -> None:
    text = f"Talks between {EB} and {DH} about a merger have ended without agreement."
    deal = one(en, text)
    assert (deal.type, deal.status) == ("Merger", "Cancelled")
    assert roles(deal) == {"partner": {EB, DH}}
    assert "parties:talks-about" in deal.rules


def test_its_merger_is_the_merger_of_the_company_named_before(en: Language) -> None:
    text = f"Shareholders of {EB} voted against its proposed merger with {DH} on Friday."
    deal = one(en, text)
    assert (deal.type, deal.status) == ("Merger", "Cancelled")
    assert roles(deal) == {"partner": {EB, DH}}
