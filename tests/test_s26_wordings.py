"""Session 26, wordings9: deal wordings kg did not read.

- "X's takeover of Y, which collapsed in May", "which failed", "which fell apart",
  "which was called off": a relative clause closing a deal noun's phrase, hung by the
  parser on its last name, ends the deal, as "que se frustró" does
  (kg.deals.status._ended_by_relative_on_party); never when the name is a verb's
  object ("X bought Y, which collapsed": Y did).
- "X prestó 20 millones a Y para la compra de Z", "X lent Y $20 million for the takeover
  of Z": a deal in the purpose phrase of a verb of lending is the borrower's, with a
  possessive or without one; the lender never buys (kg.deals.roles._lending_verb).
- "la propuesta de X por Y", "X's proposal for Y": a proposal is a bid when it names the
  company it is for; "rechazó la propuesta de X", "a proposal for a new board" are none
  (lexicon offer_n, proposal_nouns).
- "X tabled a non-binding approach to Y": an approach made to a company is a bid for it
  (kg.deals.frames._bid_for_company); "an approach to pricing" is none.
- "vendió su parte de Y", "su mitad de Y", "its half of Y": an owner's part of a company
  named with a possessive is a stake, never goods (kg.deals.roles._is_stake, lexicon
  own_part_nouns); "la mayor parte de sus pisos" stays goods.
- "Y turned X's offer down": the particle past the object (kg.deals.words.answer_lemma).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

FIRMS = ("Harinas Tormes", "Lácteos Ucieza", "Grupo Arlanzón", "Banco Cierzo",
         "Brenton Capital", "Tolland Dairies", "Ashby Rovers", "Norvale Bank")


def read(nlp: Language, text: str) -> list[tuple[str, str | None, dict[str, set[str]]]]:
    return [(d.type, d.status, roles(d)) for d in deals_among(nlp, text, FIRMS)]


# -- a relative clause that ends the deal ------------------------------------------


@pytest.mark.parametrize("text", [
    "Brenton Capital's takeover of Tolland Dairies, which collapsed in May, was its third attempt.",
    "The takeover of Tolland Dairies by Brenton Capital, which collapsed in May, cost millions.",
    "Brenton Capital's bid for Tolland Dairies, which failed in May, was its largest.",
    "Brenton Capital's offer for Tolland Dairies, which was called off in June, was generous.",
])
def test_a_relative_clause_that_ends_the_deal_cancels_it(en: Language, text: str) -> None:
    assert read(en, text) == [
        ("Acquisition", "Cancelled",
         {"acquirer": {"Brenton Capital"}, "target": {"Tolland Dairies"}})
    ]


def test_a_merger_that_fell_apart_in_a_relative_clause_is_cancelled(en: Language) -> None:
    text = "Brenton Capital's merger with Tolland Dairies, which fell apart last year, left scars."
    assert [(t, s) for t, s, _ in read(en, text)] == [("Merger", "Cancelled")]


@pytest.mark.parametrize("text", [
    # the company bought collapsed, not the purchase
    "Brenton Capital bought Tolland Dairies, which collapsed in May.",
    # a relative clause that ends nothing
    "Brenton Capital's takeover of Tolland Dairies, which closed in May, was its third.",
])
def test_a_relative_clause_on_an_object_or_of_closing_cancels_nothing(
    en: Language, text: str
) -> None:
    assert [s for _, s, _ in read(en, text)] == ["Completed"]


# -- a loan for a purchase ---------------------------------------------------------


@pytest.mark.parametrize(("nlp_name", "text"), [
    ("es", "Banco Cierzo prestó 20 millones a Harinas Tormes para su compra de Lácteos Ucieza."),
    ("es", "Banco Cierzo prestó 20 millones de euros a Harinas Tormes para la compra de "
           "Lácteos Ucieza."),
    ("en", "Norvale Bank lent Harinas Tormes $20 million for the takeover of Lácteos Ucieza."),
])
def test_the_borrower_buys_what_a_loan_is_lent_for(
    request: pytest.FixtureRequest, nlp_name: str, text: str
) -> None:
    found = read(request.getfixturevalue(nlp_name), text)
    assert [r for _, _, r in found] == [
        {"acquirer": {"Harinas Tormes"}, "target": {"Lácteos Ucieza"}}
    ]


def test_a_payment_for_a_purchase_is_still_the_payers(es: Language) -> None:
    found = read(es, "Harinas Tormes pagó 20 millones por la compra de Lácteos Ucieza.")
    assert [r for _, _, r in found] == [
        {"acquirer": {"Harinas Tormes"}, "target": {"Lácteos Ucieza"}}
    ]


# -- a proposal for a company --------------------------------------------------------


@pytest.mark.parametrize(("nlp_name", "text", "status"), [
    ("es", "La propuesta de Harinas Tormes por Lácteos Ucieza fue rechazada.", "Cancelled"),
    ("es", "Harinas Tormes mejoró su propuesta por Lácteos Ucieza.", "Announced"),
    ("en", "Harinas Tormes's proposal for Lácteos Ucieza was rejected.", "Cancelled"),
    ("en", "Harinas Tormes made a $40m proposal for Lácteos Ucieza.", "Announced"),
])
def test_a_proposal_for_a_company_is_a_bid(
    request: pytest.FixtureRequest, nlp_name: str, text: str, status: str
) -> None:
    assert read(request.getfixturevalue(nlp_name), text) == [
        ("Acquisition", status, {"acquirer": {"Harinas Tormes"}, "target": {"Lácteos Ucieza"}})
    ]


@pytest.mark.parametrize(("nlp_name", "text"), [
    ("es", "Lácteos Ucieza rechazó la propuesta de Harinas Tormes."),
    ("es", "Harinas Tormes aprobó la propuesta de dividendo de Lácteos Ucieza."),
    ("es", "Harinas Tormes presentó una propuesta para reformar el puerto con Lácteos Ucieza."),
    ("en", "Lácteos Ucieza rejected a proposal from Harinas Tormes."),
    ("en", "Shareholders of Lácteos Ucieza voted on a proposal by Harinas Tormes for a new board."),
    ("en", "Lácteos Ucieza backed a proposal from Harinas Tormes to cut the dividend."),
])
def test_a_proposal_that_names_no_company_bought_is_no_bid(
    request: pytest.FixtureRequest, nlp_name: str, text: str
) -> None:
    assert read(request.getfixturevalue(nlp_name), text) == []


@pytest.mark.parametrize("text", [
    "Tolland Dairies rejected an unsolicited takeover proposal from Brenton Capital.",
    "In May, Tolland Dairies's board rejected a $40m takeover proposal from Brenton Capital.",
])
def test_a_takeover_proposal_rejected_is_still_the_rejecters(en: Language, text: str) -> None:
    assert read(en, text) == [
        ("Acquisition", "Cancelled",
         {"acquirer": {"Brenton Capital"}, "target": {"Tolland Dairies"}})
    ]


# -- an approach to a company ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Brenton Capital tabled a non-binding approach to Tolland Dairies.",
    "Brenton Capital has tabled a non-binding approach to Tolland Dairies worth $40m.",
    "Brenton Capital made a tentative approach to Tolland Dairies last month.",
])
def test_an_approach_made_to_a_company_is_a_bid_for_it(en: Language, text: str) -> None:
    assert read(en, text) == [
        ("Acquisition", "Announced",
         {"acquirer": {"Brenton Capital"}, "target": {"Tolland Dairies"}})
    ]


@pytest.mark.parametrize("text", [
    "Brenton Capital changed its approach to pricing.",
    "Brenton Capital took a cautious approach to Tolland Dairies's market.",
])
def test_an_approach_to_no_company_is_no_bid(en: Language, text: str) -> None:
    assert read(en, text) == []


# -- an owner's part of a company ------------------------------------------------------


@pytest.mark.parametrize(("nlp_name", "text", "expected"), [
    ("es", "Harinas Tormes vendió su parte de Lácteos Ucieza.",
     {"seller": {"Harinas Tormes"}, "investee": {"Lácteos Ucieza"}}),
    ("es", "Harinas Tormes vendió su mitad de Lácteos Ucieza a Grupo Arlanzón.",
     {"seller": {"Harinas Tormes"}, "investee": {"Lácteos Ucieza"},
      "investor": {"Grupo Arlanzón"}}),
    ("es", "Vendimos nuestra parte de Lácteos Ucieza a Harinas Tormes.",
     {"investee": {"Lácteos Ucieza"}, "investor": {"Harinas Tormes"}}),
    ("en", "Brenton Capital sold its half of Tolland Dairies to Ashby Rovers.",
     {"seller": {"Brenton Capital"}, "investee": {"Tolland Dairies"},
      "investor": {"Ashby Rovers"}}),
])
def test_an_owners_part_of_a_company_is_a_stake(
    request: pytest.FixtureRequest, nlp_name: str, text: str, expected: dict[str, set[str]]
) -> None:
    assert read(request.getfixturevalue(nlp_name), text) == [("Investment", "Completed", expected)]


@pytest.mark.parametrize(("nlp_name", "text"), [
    ("es", "Harinas Tormes vendió la mayor parte de sus pisos a Lácteos Ucieza."),
    ("es", "Harinas Tormes vendió parte de su cosecha a Lácteos Ucieza."),
    ("en", "Brenton Capital sold half of its herd to Tolland Dairies."),
])
def test_a_part_of_goods_is_still_goods(
    request: pytest.FixtureRequest, nlp_name: str, text: str
) -> None:
    assert [t for t, _, _ in read(request.getfixturevalue(nlp_name), text)] == [
        "PurchaseAgreement"
    ]


# -- an offer turned down --------------------------------------------------------------


def test_an_offer_turned_down_with_the_particle_after_it_is_rejected(en: Language) -> None:
    assert read(en, "Tolland Dairies turned Brenton Capital's offer down.") == [
        ("Acquisition", "Cancelled",
         {"acquirer": {"Brenton Capital"}, "target": {"Tolland Dairies"}})
    ]
