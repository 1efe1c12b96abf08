"""Session 26, unread10: deals a sentence tells with its parties and a word no rule read.

- "X signed a vessel charter / a mandate / a subcontract with Y": contracts named by
  what they buy are purchase agreements ([words] contract_nouns, kg.deals.frames._supply);
  a charter or mandate nobody signs with anyone is no deal.
- "X signed a mandate with Y to manage its portfolio", "firmó un contrato con Y para
  gestionar su cartera": a contract's purpose worked on the signer's own things has the
  signer buy the work (kg.deals.frames._work_on_own); "to sell its cheeses" does not.
- "Y is itself 30 per cent owned by X": the reflexive the parser makes the attribute
  of "is" leaves the measure the held part (kg.deals.frames._measure_copula).
- "X walked away from its pursuit of Y": a bid told as a chase ([triggers.en] acquire_n).
- "X has / keeps / retains a 20% stake in Y", "X conserva / mantiene una participación
  del 5 % en Y": a part of a named company held ([triggers] hold_v); never a majority;
  a part kept is held now, whatever the tense (kg.deals.status._part_kept).
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


def test_a_vessel_charter_signed_with_a_company_is_a_purchase_agreement(en: Language) -> None:
    assert read(en, "Tolland Dairies signed a seven-year tanker charter with Brenton Capital "
                    "worth $48 million.") == [
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
    "Under its charter, Tolland Dairies may not sell milk abroad.",
])
def test_a_mandate_or_charter_with_no_counterparty_is_no_deal(en: Language, text: str) -> None:
    assert read(en, text) == []


# -- "is itself 30 per cent owned by" ---------------------------------------------------


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


def test_walking_away_from_a_pursuit_cancels_a_bid(en: Language) -> None:
    assert read(en, "Tolland Dairies has walked away from its pursuit of Ashby Rovers "
                    "after a third proposal was turned down.") == [
        ("Acquisition", "Cancelled", {"acquirer": {"Tolland Dairies"}, "target": {"Ashby Rovers"}})
    ]


def test_the_pursuit_of_no_company_is_no_bid(en: Language) -> None:
    assert read(en, "The pursuit of margins led Tolland Dairies out of cheese.") == []


# -- a stake had, kept or retained ------------------------------------------------------


@pytest.mark.parametrize(("nlp_name", "text", "status"), [
    ("en", "Brenton Capital has a 15% stake in Tolland Dairies.", "Completed"),
    ("en", "Brenton Capital retains a minority stake in Tolland Dairies.", "Completed"),
    ("en", "Brenton Capital will keep a 12-per-cent stake in Tolland Dairies after the sale.",
     "Completed"),
    ("en", "Brenton Capital will also have a small equity stake in Tolland Dairies.",
     "Announced"),
    ("es", "Brenton Capital conservará una participación minoritaria en Lácteos Ucieza.",
     "Completed"),
    ("es", "Brenton Capital mantiene una participación del 8% en Lácteos Ucieza.", "Completed"),
])
def test_a_stake_had_or_kept_in_a_named_company_is_a_holding(
    request: pytest.FixtureRequest, nlp_name: str, text: str, status: str
) -> None:
    investee = "Tolland Dairies" if nlp_name == "en" else "Lácteos Ucieza"
    assert read(request.getfixturevalue(nlp_name), text) == [
        ("Investment", status, {"investor": {"Brenton Capital"}, "investee": {investee}})
    ]


@pytest.mark.parametrize(("nlp_name", "text"), [
    ("en", "Brenton Capital has a majority stake in Tolland Dairies."),
    ("en", "Tolland Dairies has 20% of the yoghurt market."),
    ("en", "Tolland Dairies will not keep its stake in Ashby Rovers."),
    ("es", "Harinas Tormes mantiene conversaciones con Lácteos Ucieza."),
    ("es", "Harinas Tormes mantiene el control de Lácteos Ucieza."),
])
def test_control_a_market_share_or_talks_kept_are_no_holding(
    request: pytest.FixtureRequest, nlp_name: str, text: str
) -> None:
    assert read(request.getfixturevalue(nlp_name), text) == []
