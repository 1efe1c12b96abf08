"""A sum and the deal noun after it are one noun phrase (session 25, #13): the small
English parser hangs the noun as a clause on the figure ("rejected X's £240m bid": "bid"
an ``acl`` of "240m"), or the figure as the noun's subject, and the phrase's owner on
the figure; ``kg.nlp.sum_phrase`` makes the noun the head again, so that the deal, its
bidder and its sum are found. A sum that is a company's size or revenue stays no deal.
Every sentence is written for these tests, with invented names.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import deals

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py

BID = {"acquirer": "Harwell Foods", "target": "Tolland Dairies"}


# ---------------------------------------------------------------- the parse


@pytest.mark.parametrize(("text", "noun", "figure"), [
    ("Tolland Dairies rejected Harwell Foods' £240m bid.", "bid", "240m"),
    ("Harwell Foods' £240m bid for Tolland Dairies was rejected.", "bid", "240m"),
    ("Harwell Foods raised its £240m bid for Tolland Dairies.", "bid", "240m"),
])
def test_the_noun_heads_its_sum(en: Language, text: str, noun: str, figure: str) -> None:
    doc = en(text)
    n = next(t for t in doc if t.text == noun)
    f = next(t for t in doc if t.text == figure)
    assert f.head == n and f.dep_ == "compound"
    assert n.dep_ != "acl"
    assert any(c.dep_ == "poss" for c in n.children)


# ---------------------------------------------------------------- the deal


@pytest.mark.parametrize("text", [
    "Tolland Dairies rejected Harwell Foods' £240m bid.",
    "Harwell Foods' £240m approach for Tolland Dairies was rejected.",
    "Harwell Foods' £240m bid for Tolland Dairies was rejected.",
])
def test_a_bid_with_its_sum_names_bidder_and_target(en: Language, text: str) -> None:
    assert deals(en, text) == [BID]


@pytest.mark.parametrize("text", [
    "Tolland Dairies rejected Harwell Foods' £240m bid.",
    "Harwell Foods raised its £240m bid for Tolland Dairies.",
    "Harwell Foods' £240m approach for Tolland Dairies was rejected.",
])
def test_the_bids_sum_is_its_amount(en: Language, text: str) -> None:
    [deal] = en(text)._.kg_deals
    assert deal.amount is not None and deal.amount.value == 240_000_000


def test_a_rejected_bid_with_its_sum_is_cancelled(en: Language) -> None:
    doc = en("Harwell Foods' £240m bid for Tolland Dairies was rejected.")
    assert [d.status for d in doc._.kg_deals] == ["Cancelled"]


# ---------------------------------------------------------------- guards


@pytest.mark.parametrize("text", [
    "Harwell Foods, the £240m company, hired a new chief.",
    "Harwell Foods said its $1bn revenue rose.",
    "Tolland Dairies reported $1bn revenue last year.",
])
def test_a_companys_size_or_revenue_is_no_deal(en: Language, text: str) -> None:
    assert deals(en, text) == []


def test_spanish_parses_are_left_as_they_were(es: Language) -> None:
    text = "Harwell Foods rechazó la oferta de 240 millones de euros de Tolland Dairies."
    with es.select_pipes(disable=["kg_sum_phrase"]):
        plain = [(t.head.i, t.dep_) for t in es(text)]
    assert [(t.head.i, t.dep_) for t in es(text)] == plain


# ---------------------------------------------------------------- a hyphenated figure


def test_a_hyphenated_figure_before_its_noun_is_one_phrase(en: Language) -> None:
    doc = en("Harwell Foods' $40m-plus deal for Tolland Dairies closed.")
    deal = next(t for t in doc if t.text == "deal")
    assert deal.dep_ == "nsubj" and doc[4].head == deal
    assert deals(en, "Harwell Foods' $40m-plus deal for Tolland Dairies closed.") == [BID]
