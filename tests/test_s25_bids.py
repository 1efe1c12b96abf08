"""Who bids for whom in English bid wordings (session 25, #13): a figure written with
the scale letter of millions stays one token ("£240m", as "1.5bn" is), so that the
noun after it is read a noun ("rejected a £240m bid from X": X bids, the rejecter is
the target; split, "bid" was read a verb, X its seller); a bidder's possessive hung on
the offer's sum ("X's £240m offer") is still the bidder. Every sentence is written for
these tests, with invented names.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.words import answer_lemma
from tests.test_s22_lead import deals

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py

BID = {"acquirer": "Harwell Foods", "target": "Tolland Dairies"}


# ---------------------------------------------------------------- a figure's scale letter


@pytest.mark.parametrize(("text", "tokens"), [
    ("£240m", ["£", "240m"]),
    ("€3.2m,", ["€", "3.2m", ","]),
    ("US$40m", ["US$", "40m"]),
    ("$1.5bn", ["$", "1.5bn"]),
    ("5km", ["5", "km"]),
])
def test_a_figure_keeps_its_scale_letter(en: Language, text: str, tokens: list[str]) -> None:
    assert [t.text for t in en.tokenizer(text)] == tokens


def test_spanish_figures_are_left_as_they_were(es: Language) -> None:
    assert [t.text for t in es.tokenizer("240m")] == ["240", "m"]


@pytest.mark.parametrize("text", [
    "Tolland Dairies rejected a £240m bid from Harwell Foods.",
    "Tolland Dairies rejected a hostile £240m bid from Harwell Foods.",
    "Harwell Foods tables a $40m bid for Tolland Dairies.",
    "Harwell Foods lodged a £300m bid for Tolland Dairies.",
    "Harwell Foods withdrew its £240m bid for Tolland Dairies.",
])
def test_a_bid_after_a_figure_in_millions_is_the_bidders(en: Language, text: str) -> None:
    assert deals(en, text) == [BID]


def test_the_amount_of_a_figure_in_millions_is_read(en: Language) -> None:
    found = en("Harwell Foods lodged a £300m bid for Tolland Dairies.")._.kg_deals
    assert [d.amount.value for d in found if d.amount] == [300_000_000]


# ---------------------------------------------------------------- the bidder's possessive


def test_a_bidders_possessive_hung_on_the_sum_is_the_bidder(en: Language) -> None:
    text = "Tolland Dairies' board backs Harwell Foods' £240m offer."
    assert deals(en, text) == [BID]


# ---------------------------------------------------------------- no false readings


@pytest.mark.parametrize("text", [
    "Manchester rejected a £90m bid to host the Olympics.",
    "Tolland Dairies rejected a £5m bid from the council to build a school.",
])
def test_a_bid_that_buys_no_company_states_no_deal(en: Language, text: str) -> None:
    assert deals(en, text) == []


# ---------------------------------------------------------------- a phrasal answer


@pytest.mark.parametrize("text", [
    "Tolland Dairies turned down an offer from Harwell Foods.",
    "Tolland Dairies turned down Harwell Foods' offer.",
])
def test_turning_an_offer_down_rejects_it(en: Language, text: str) -> None:
    found = en(text)._.kg_deals
    assert [{r: x.name for r, x in d.roles} for d in found] == [BID]
    assert [d.status for d in found] == ["Cancelled"]


def test_a_hostile_offer_turned_down_still_stands(en: Language) -> None:
    found = en("Tolland Dairies turned down a hostile bid from Harwell Foods.")._.kg_deals
    assert [d.status for d in found] == ["Announced"]


@pytest.mark.parametrize(("text", "lemma"), [
    ("Tolland Dairies turned down the offer.", "reject"),
    ("Tolland Dairies turned the corner.", "turn"),
])
def test_only_the_particle_makes_turn_reject(en: Language, text: str, lemma: str) -> None:
    assert answer_lemma(en(text)[2]) == lemma


# ---------------------------------------------------------------- a bid from X for Y


def test_a_for_hung_on_the_bidders_name_is_the_target(en: Language) -> None:
    text = "A bid from Harwell Foods for Tolland Dairies was rejected."
    assert deals(en, text) == [BID]


def test_a_bid_from_a_company_for_a_contract_names_no_target(en: Language) -> None:
    assert deals(en, "A bid from Harwell Foods for the contract was rejected.") == []


# ---------------------------------------------------------------- a hostile bid's sum


@pytest.mark.parametrize(("text", "status"), [
    ("Tolland Dairies rejected a hostile £240m bid from Harwell Foods.", "Announced"),
    ("Tolland Dairies rejected a hostile £1.2bn bid from Harwell Foods.", "Announced"),
    ("Tolland Dairies rejected a £240m bid from Harwell Foods.", "Cancelled"),
])
def test_a_hostile_bid_hung_on_its_sum_still_stands(en: Language, text: str, status: str) -> None:
    assert [d.status for d in en(text)._.kg_deals] == [status]


# ---------------------------------------------------------------- an approach to Y


def test_a_takeover_approach_to_a_company_is_for_it(en: Language) -> None:
    text = "Harwell Foods has made a takeover approach to Tolland Dairies."
    assert deals(en, text) == [{"target": "Tolland Dairies", "acquirer": "Harwell Foods"}]


def test_an_approach_to_a_company_that_names_no_takeover_is_no_bid(en: Language) -> None:
    text = "Harwell Foods changed its approach to Tolland Dairies after the strike."
    assert deals(en, text) == []
