"""Session 33, helper unread2 (issue #13): English wire wordings kg read as no deal
(sentences written for these tests, names invented).

- The name a funding round is "in" is the company that raised it, not a place nor a
  person ("X led a $4 million round in Pendra", "a $25 million Series A in Harrowby";
  ``kg.entities.cues.round_company``); "a round in Lisbon" (a known place), "a Series A
  in March" and "the final round in Augusta" (no funding) are left alone.
- A bid for a contract or a tender ("X bid for the Brenwick Council bridge contract",
  "X bid $30 million for Y's contract") seeks work: the name in the contract is its owner,
  no takeover target, and the contract is not signed
  (``kg.deals.frames._bid_for_contest``, ``kg.deals.award.bid_for_only``); "X bid $200
  million for Y" is still a takeover bid.
- A book of policies or assets transferred from X to Y is an asset sale, Y the acquirer
  and X the seller ("the transfer of 40,000 policies from X to Y", "X will transfer its
  annuity book to Y"; ``kg.deals.transfer.book_transferred``); a transfer of staff, of a
  player or of money is none.
- "X raised a $25 million Series A." names no investor and no valuation: no deal, as
  before (``kg.deals.merge._enough_parties``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_s32_unread import _deals, _one, _roles

from kg.facts import Deal


def _labels(nlp: Language, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


# -- the company a round is "in" -------------------------------------------------------


def test_round_in_a_name_read_as_place(en: Language) -> None:
    text = "Coral Bay Partners led a $4 million round in Pendra, a lending app."
    assert _labels(en, text).get("Pendra") == "ORG"
    d = _one(en, text)
    assert d.type == "Investment"
    assert _roles(d) == {("investor", "Coral Bay Partners"), ("investee", "Pendra")}


def test_series_in_a_name_read_as_person(en: Language) -> None:
    text = "Stallard Ventures led a $25 million Series A in Harrowby."
    assert _labels(en, text).get("Harrowby") == "ORG"
    d = _one(en, text)
    assert _roles(d) == {("investor", "Stallard Ventures"), ("investee", "Harrowby")}


def test_seed_round_in_a_name(en: Language) -> None:
    d = _one(en, "Quillon Capital led a seed round in Dornet.")
    assert _roles(d) == {("investor", "Quillon Capital"), ("investee", "Dornet")}


def test_round_in_a_known_place_is_none(en: Language) -> None:
    text = "Coral Bay Partners led a $4 million round in Lisbon."
    assert _labels(en, text).get("Lisbon") == "LOC"
    assert _deals(en, text) == []


def test_series_in_a_month_is_no_company(en: Language) -> None:
    assert "March" not in _labels(en, "Harrowby raised a $25 million Series A in March.")


def test_final_round_in_a_place_is_no_company(en: Language) -> None:
    labels = _labels(en, "Ellis Moran shot a 68 in the final round in Augusta.")
    assert labels.get("Augusta") != "ORG"


def test_round_with_no_investor_is_no_deal(en: Language) -> None:
    assert _deals(en, "Harrowby raised a $25 million Series A.") == []


# -- a bid for a contract -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Corran Construction bid for the Brenwick Council bridge contract.",
    "Corran Construction submitted a bid for the Brenwick Council bridge contract.",
    "Corran Construction bid $30 million for the Brenwick Council bridge contract.",
])
def test_bid_for_a_contract_is_no_takeover(en: Language, text: str) -> None:
    assert _deals(en, text) == []


def test_bid_for_a_company_still_a_takeover(en: Language) -> None:
    for text in ("Corran Capital bid $200 million for Mellory Foods.",
                 "Corran Capital made a bid for Mellory Foods."):
        d = _one(en, text)
        assert d.type == "Acquisition"
        assert _roles(d) == {("acquirer", "Corran Capital"), ("target", "Mellory Foods")}


# -- a book transferred ----------------------------------------------------------------


def _transfer(nlp: Language, text: str, acquirer: str, seller: str) -> Deal:
    d = _one(nlp, text)
    assert d.type == "Acquisition"
    assert _roles(d) == {("acquirer", acquirer), ("seller", seller)}
    return d


def test_transfer_of_policies_from_to(en: Language) -> None:
    _transfer(
        en,
        "Regulators approved the transfer of 40,000 policies from Garrow Life to Pellick"
        " Assurance.",
        "Pellick Assurance", "Garrow Life",
    )


def test_transfer_of_accounts_agreed(en: Language) -> None:
    _transfer(en, "Garrow Life agreed the transfer of its mortgage accounts to Pellick Bank.",
              "Pellick Bank", "Garrow Life")


def test_transfer_verb_of_a_book(en: Language) -> None:
    d = _transfer(en, "Garrow Life will transfer its annuity book to Pellick Assurance.",
                  "Pellick Assurance", "Garrow Life")
    assert d.status == "Announced"


def test_transfer_of_staff_is_none(en: Language) -> None:
    text = "The transfer of 200 staff from Garrow Life to Pellick Assurance will take place in May."
    assert _deals(en, text) == []


def test_transfer_of_money_is_none(en: Language) -> None:
    assert _deals(en, "Garrow Life transferred $5 million to Pellick Assurance.") == []


def test_transfer_of_a_player_is_none(en: Language) -> None:
    text = "The transfer of striker Tom Dell from Garrow Town to Pellick United was completed."
    assert _deals(en, text) == []
