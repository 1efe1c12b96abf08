"""Session 26, unread10: deals a sentence tells with its parties and a word no rule read.

- "X signed a mandate / a subcontract with Y": contracts named by what they buy are
  purchase agreements ([words] contract_nouns, kg.deals.frames._supply); a mandate
  nobody signs with anyone is no deal.
- "X signed a mandate with Y to manage its portfolio", "firmó un contrato con Y para
  gestionar su cartera": a contract's purpose worked on the signer's own things has the
  signer buy the work (kg.deals.frames._work_on_own); "to sell its cheeses" does not.
- "Y is itself 35% owned by X": the reflexive the parser makes the attribute
  of "is" leaves the measure the held part (kg.deals.frames._measure_copula).
- "X gave up its pursuit of Y": a bid told as a chase ([triggers.en] acquire_n).
- "X has a 20% stake in Y": a part of a named company held, as "tiene una participación"
  ([triggers.en] hold_v); never a majority, never a share of a market.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

FIRMS = ("Harinas Tormes", "Lácteos Ucieza", "Grupo Arlanzón", "Brenton Capital",
         "Tolland Dairies", "Ashby Rovers")


def read(nlp: Language, text: str) -> list[tuple[str, str | None, dict[str, set[str]]]]:
    return [(d.type, d.status, roles(d)) for d in deals_among(nlp, text, FIRMS)]


# -- contracts named by what they buy ----------------------------------------------------


def test_a_subcontract_signed_with_a_company_is_a_purchase_agreement(en: Language) -> None:
    assert read(en, "Tolland Dairies signed a $48 million subcontract with Brenton Capital.") == [
        ("PurchaseAgreement", "Completed",
         {"buyer": {"Brenton Capital"}, "seller": {"Tolland Dairies"}})
    ]


@pytest.mark.parametrize(("nlp_name", "text"), [
    ("en", "Tolland Dairies signed a four-year mandate with Brenton Capital to run its "
           "pension assets for fees of up to $9 million."),
    ("es", "Harinas Tormes firmó un contrato con Brenton Capital para gestionar su cartera "
           "de bonos."),
])
def test_work_on_the_signers_own_things_has_the_signer_buy_it(
    request: pytest.FixtureRequest, nlp_name: str, text: str
) -> None:
    signer = "Tolland Dairies" if nlp_name == "en" else "Harinas Tormes"
    assert read(request.getfixturevalue(nlp_name), text) == [
        ("PurchaseAgreement", "Completed", {"buyer": {signer}, "seller": {"Brenton Capital"}})
    ]


def test_selling_its_own_goods_through_a_contract_is_no_work_bought(en: Language) -> None:
    assert read(en, "Tolland Dairies signed a contract with Brenton Capital to sell its "
                    "yoghurts in Japan.") == [
        ("PurchaseAgreement", "Completed",
         {"buyer": {"Brenton Capital"}, "seller": {"Tolland Dairies"}})
    ]


@pytest.mark.parametrize("text", [
    "Tolland Dairies won a mandate from its members to cut prices.",
    "Under its mandate, Tolland Dairies may not sell milk abroad.",
])
def test_a_mandate_with_no_counterparty_is_no_deal(en: Language, text: str) -> None:
    assert read(en, text) == []


# -- "is itself 35% owned by" -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tolland Dairies is itself 35 per cent owned by Brenton Capital.",
    "Tolland Dairies is itself 45 per cent owned by Brenton Capital, a buyout fund.",
])
def test_a_reflexive_before_the_measure_keeps_the_passive_holding(
    en: Language, text: str
) -> None:
    assert read(en, text) == [
        ("Investment", "Completed",
         {"investor": {"Brenton Capital"}, "investee": {"Tolland Dairies"}})
    ]


# -- a bid told as a pursuit ------------------------------------------------------------


def test_a_pursuit_given_up_is_a_cancelled_bid(en: Language) -> None:
    assert read(en, "Tolland Dairies has abandoned its pursuit of Ashby Rovers "
                    "after a third proposal was turned down.") == [
        ("Acquisition", "Cancelled", {"acquirer": {"Tolland Dairies"}, "target": {"Ashby Rovers"}})
    ]


def test_the_pursuit_of_no_company_is_no_bid(en: Language) -> None:
    assert read(en, "The pursuit of margins led Tolland Dairies out of cheese.") == []


# -- a stake had ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "status"), [
    ("Brenton Capital has a 15% stake in Tolland Dairies.", "Completed"),
    ("Tolland Dairies, which has a small stake in Ashby Rovers, grew.", "Completed"),
    ("Brenton Capital will also have a small equity stake in Tolland Dairies.", "Announced"),
])
def test_a_stake_had_in_a_named_company_is_a_holding(
    en: Language, text: str, status: str
) -> None:
    investor, investee = (("Tolland Dairies", "Ashby Rovers") if "which" in text
                          else ("Brenton Capital", "Tolland Dairies"))
    assert read(en, text) == [
        ("Investment", status, {"investor": {investor}, "investee": {investee}})
    ]


@pytest.mark.parametrize("text", [
    "Brenton Capital has a majority stake in Tolland Dairies.",
    "Tolland Dairies has 20% of the yoghurt market.",
    "Tolland Dairies has talks with Brenton Capital about a stake.",
])
def test_control_a_market_share_or_talks_had_are_no_holding(en: Language, text: str) -> None:
    assert read(en, text) == []
