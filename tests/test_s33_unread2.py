"""Session 33, helper unread2 (issue #13): English wire wordings kg read as no deal
(sentences written for these tests, names invented).

- The name a funding round is "in" is the company that raised it, not a place nor a
  person ("X led a $4 million round in Pendra", "a $25 million Series A in Harrowby";
  ``kg.entities.cues.round_company``); "a round in Lisbon" (a known place), "a Series A
  in March" and "the final round in Augusta" (no funding) are left alone.
- A supplier placed on a buyer's framework or supplier panel sells to it ("Y secured a
  place on X's framework", "Y was appointed to the panel of suppliers of X", "X
  appointed Y to its framework", "Y joined X's supplier framework"; ``kg.deals.framework``);
  "a place on the board of X", "a panel of experts" and "a framework agreement" (read
  by the agreement noun, as before) are not this frame.
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


# -- a place on a framework --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tavistock Systems won a place on Brenwick Council's framework.",
    "Tavistock Systems secured a place on the Brenwick Council framework.",
    "Tavistock Systems was appointed to the panel of suppliers of Brenwick Council.",
    "Brenwick Council appointed Tavistock Systems to its framework.",
    "Brenwick Council has added Tavistock Systems to its supplier panel.",
    "Tavistock Systems joined Brenwick Council's supplier framework.",
])
def test_placed_on_framework_sells_to_its_owner(en: Language, text: str) -> None:
    d = _one(en, text)
    assert d.type == "PurchaseAgreement"
    assert _roles(d) == {("seller", "Tavistock Systems"), ("buyer", "Brenwick Council")}
    assert d.status == "Completed"


def test_place_on_a_board_is_none(en: Language) -> None:
    assert _deals(en, "Tavistock Systems secured a place on the board of Brenwick Council.") == []


def test_panel_of_experts_is_none(en: Language) -> None:
    text = "Tavistock Systems was appointed to a panel of experts of Brenwick Council."
    assert _deals(en, text) == []


def test_framework_agreement_still_read_by_agreement(en: Language) -> None:
    d = _one(en, "Tavistock Systems won a place on a framework agreement with Brenwick Council.")
    assert not any(rule.startswith("frame:framework") for rule in d.rules)
    assert {ref.name for _, ref in d.roles} == {"Tavistock Systems", "Brenwick Council"}


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
