"""Which amount is a deal's amount (kg.deals.attach): the price, not a company's
revenue or market value, a market's size, an earlier offer or round, a holder's or a
company's running total, a debt, a loan, a fee or a net sum; the deal's total before a
tranche; a price told back ("The deal, worth ...", "The purchase price is ..."); the
value a takeover puts on its target; the price of a takeover whose target is first
only described. Every sentence is written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from kg.facts import Amount
from tests.test_deals import deals

pytestmark = pytest.mark.model


def figure(amount: Amount | None) -> Decimal | None:
    if amount is None:
        return None
    return next(v for v in (amount.value, amount.min_value, amount.max_value) if v is not None)


BUYER, TARGET = "Harbourline Capital", "Norvex Systems"
COMPRADOR, OBJETIVO = "Iberdrola", "Eólica Norte"


@pytest.mark.parametrize(
    ("text", "price"),
    [
        # Revenue in a relative clause the parser hangs the price from.
        (
            "Iberdrola comprará Eólica Norte, que facturó 300 millones de euros en 2023, "
            "por 1.200 millones de euros.",
            Decimal("1200000000"),
        ),
        (
            "Iberdrola pagará 1.200 millones de euros por Eólica Norte, una empresa con una "
            "capitalización bursátil de 900 millones.",
            Decimal("1200000000"),
        ),
        # "una operación valorada en X" is the price, not a valuation.
        (
            "Iberdrola adquirirá Eólica Norte en una operación valorada en 1.200 millones "
            "de euros.",
            Decimal("1200000000"),
        ),
    ],
)
def test_the_spanish_deal_amount_is_the_price(es: Language, text: str, price: Decimal) -> None:
    (deal,) = deals(es, text, (COMPRADOR, OBJETIVO))
    assert figure(deal.amount) == price and deal.valuation is None


@pytest.mark.parametrize(
    ("text", "price"),
    [
        (
            "Harbourline Capital has agreed to buy Norvex Systems, a company with a market "
            "value of $4 billion, for $5.2 billion in cash.",
            Decimal("5200000000"),
        ),
        (
            "Norvex Systems, which had revenue of $900 million last year, agreed to be "
            "acquired by Harbourline Capital for $5.2 billion.",
            Decimal("5200000000"),
        ),
        (
            "Harbourline Capital agreed to acquire Norvex Systems for $800 million, giving "
            "it a bigger share of the $30 billion chip market.",
            Decimal("800000000"),
        ),
    ],
)
def test_the_english_deal_amount_is_the_price(en: Language, text: str, price: Decimal) -> None:
    (deal,) = deals(en, text, (BUYER, TARGET))
    assert figure(deal.amount) == price


def test_an_earlier_offer_is_not_the_deal_amount(en: Language) -> None:
    text = (
        "Harbourline Capital dropped its bid for Norvex Systems, a takeover worth "
        "£27.4bn. Talks began after Norvex Systems rebuffed an opening proposal from "
        "Harbourline Capital, a £21.9bn offer, in March."
    )
    found = deals(en, text, (BUYER, TARGET))
    assert [figure(d.amount) for d in found if d.amount] == [Decimal("27400000000")]


def test_a_running_total_is_no_deal_amount_and_a_deal_total_wins(en: Language) -> None:
    text = (
        "Harbourline Capital will invest $2 billion in Norvex Systems, taking its total "
        "investment in the company to $6 billion."
    )
    (deal,) = deals(en, text, (BUYER, TARGET))
    assert figure(deal.amount) == Decimal("2000000000")
    text = (
        "Harbourline Capital will invest $1 billion in Norvex Systems now and up to "
        "$4 billion more later, bringing the total deal size to $5 billion."
    )
    (deal,) = deals(en, text, (BUYER, TARGET))
    assert figure(deal.amount) == Decimal("5000000000")


def test_a_round_valued_by_valora_keeps_its_size_and_valuation(es: Language) -> None:
    text = (
        "La startup Lumio ha cerrado una ronda de 60 millones de euros liderada por "
        "Birchwood Ventures, que la valora en 1.100 millones de euros."
    )
    (deal,) = deals(es, text, ("Lumio", "Birchwood Ventures"))
    assert figure(deal.amount) == Decimal("60000000")
    assert figure(deal.valuation) == Decimal("1100000000")


@pytest.mark.parametrize(
    "second",
    [
        "The deal, worth about $2.1 billion, is expected to close next year.",
        "Under the terms, Harbourline Capital will pay $2.1 billion.",
    ],
)
def test_a_price_told_in_the_next_sentence_is_the_deals(en: Language, second: str) -> None:
    text = f"Harbourline Capital has agreed to acquire Norvex Systems. {second}"
    (deal,) = deals(en, text, (BUYER, TARGET))
    assert figure(deal.amount) == Decimal("2100000000")


def test_a_figure_in_the_next_sentence_about_something_else_is_not_the_price(
    en: Language,
) -> None:
    text = (
        "Harbourline Capital has agreed to acquire Norvex Systems. "
        "The company's revenue reached $2.1 billion last year."
    )
    (deal,) = deals(en, text, (BUYER, TARGET))
    assert deal.amount is None



@pytest.mark.parametrize(
    ("lang", "text", "price"),
    [
        # debt under the figure, and the price after it
        ("es", "Iberdrola compra Eólica Norte, con una deuda de 200 millones de euros, por "
         "90 millones de euros.", Decimal("90000000")),
        ("es", "Iberdrola ha comprado Eólica Norte, que tiene una deuda de 200 millones de "
         "euros, por 750 millones de euros.", Decimal("750000000")),
        # a debt figure and no price at all
        ("en", "Harbourline Capital will acquire Norvex Systems, which has debt of $200 "
         "million.", None),
        ("en", "Harbourline Capital will acquire Norvex Systems and assume $200 million of "
         "its debt.", None),
        # a loan that finances the deal is no price
        ("en", "Harbourline Capital has agreed to acquire Norvex Systems. The deal will be "
         "financed with a $400 million loan.", None),
        ("es", "Iberdrola ha comprado Eólica Norte. La compra se financiará con un préstamo "
         "de 400 millones de euros.", None),
        # a fee owed if the deal fails
        ("en", "Harbourline Capital agreed to buy Norvex Systems. Harbourline Capital would "
         "pay a $100 million break fee if the deal fails.", None),
        # a net sum is what the seller keeps
        ("en", "Harbourline Capital agreed to buy Norvex Systems. The seller expects $600 "
         "million in net proceeds from the sale.", None),
        # "including debt" still tells the price
        ("en", "Harbourline Capital has bought Norvex Systems for $750 million, including "
         "$200 million of debt.", Decimal("750000000")),
    ],
)
def test_a_debt_or_a_net_sum_is_not_the_price(
    es: Language, en: Language, lang: str, text: str, price: Decimal | None
) -> None:
    nlp, names = (es, (COMPRADOR, OBJETIVO)) if lang == "es" else (en, (BUYER, TARGET))
    (deal,) = deals(nlp, text, names)
    assert figure(deal.amount) == price


@pytest.mark.parametrize(
    ("lang", "second", "price"),
    [
        ("es", "El precio pactado es de 750 millones de euros.", Decimal("750000000")),
        ("es", "El importe asciende a 750 millones de euros.", Decimal("750000000")),
        ("en", "The purchase price is $750 million.", Decimal("750000000")),
        ("en", "People close to the talks put the price at $750 million.", Decimal("750000000")),
        ("en", "The price tag was $750 million.", Decimal("750000000")),
        ("es", "Según fuentes del sector, el desembolso rondará los 750 millones de euros.",
         Decimal("750000000")),
        # a share's price is no deal's
        ("es", "El precio de la acción de Eólica Norte subió hasta 14 euros.", None),
        ("en", "The share price of Norvex Systems rose to $14.", None),
    ],
)
def test_a_price_noun_in_the_next_sentence_gives_the_deal_its_price(
    es: Language, en: Language, lang: str, second: str, price: Decimal | None
) -> None:
    if lang == "es":
        nlp, names, first = es, (COMPRADOR, OBJETIVO), "Iberdrola ha comprado Eólica Norte."
    else:
        nlp, names, first = en, (BUYER, TARGET), "Harbourline Capital has bought Norvex Systems."
    (deal,) = deals(nlp, f"{first} {second}", names)
    assert figure(deal.amount) == price


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Norvex Systems raised $20 million in a round led by Harbourline Capital. "
         "The company has raised $45 million so far."),
        ("en", "Norvex Systems, which has raised $45 million to date, raised $20 million in a "
         "round led by Harbourline Capital."),
        ("es", "Eólica Norte ha levantado 20 millones de euros en una ronda liderada por "
         "Iberdrola. La empresa ha captado 45 millones de euros desde su fundación."),
        ("es", "Eólica Norte ha cerrado una ronda de 20 millones de euros liderada por "
         "Iberdrola, con lo que la financiación obtenida hasta la fecha asciende a 35 "
         "millones de euros."),
    ],
)
def test_a_running_total_is_not_a_rounds_amount(es: Language, en: Language, lang: str,
                                                 text: str) -> None:
    nlp, names = (es, (COMPRADOR, OBJETIVO)) if lang == "es" else (en, (BUYER, TARGET))
    found = deals(nlp, text, names)
    assert [figure(d.amount) for d in found] == [Decimal("20000000")]


def test_a_rounds_record_so_far_keeps_its_amount(en: Language) -> None:
    text = (
        "Norvex Systems raised $20 million in a round led by Harbourline Capital, its "
        "largest so far."
    )
    (deal,) = deals(en, text, (BUYER, TARGET))
    assert figure(deal.amount) == Decimal("20000000")


def test_the_price_of_a_described_target_goes_to_the_buyers_named_takeover(
    en: Language,
) -> None:
    # the target told first by a description ("the club"), then by its name
    text = (
        "Norvex Systems said that Harbourline Capital had completed the acquisition of "
        "the Dutch champions for €1.2 billion. Harbourline Capital's purchase of Norvex "
        "Systems comes a year after its first bid."
    )
    (deal,) = deals(en, text, (BUYER, TARGET))
    assert figure(deal.amount) == Decimal("1200000000") and deal.status == "Completed"


@pytest.mark.parametrize(
    ("lang", "text", "price"),
    [
        ("en", "Harbourline Capital agreed to buy Norvex Systems for $45 a share in cash, "
         "valuing the company at $3.1 billion.", Decimal("3100000000")),
        ("en", "Harbourline Capital will acquire Norvex Systems in a deal that values Norvex "
         "Systems at $3 billion.", Decimal("3000000000")),
        ("es", "Iberdrola comprará Eólica Norte por 12 euros por acción, lo que valora la "
         "compañía en 3.000 millones de euros.", Decimal("3000000000")),
        # a value the company had by itself is no price
        ("en", "Harbourline Capital agreed to buy Norvex Systems, which was valued at $2 "
         "billion in its last funding round.", None),
        # a price told beside the value stays the price
        ("en", "Harbourline Capital agreed to buy Norvex Systems for $2.5 billion, valuing the "
         "company at $3 billion including debt.", Decimal("2500000000")),
        # the value is read where it is told, whatever figure the sentence gives last
        ("en", "Harbourline Capital agreed to buy Norvex Systems in a deal that values Norvex "
         "Systems at $3 billion, and Harbourline Capital expects savings of $50 million.",
         Decimal("3000000000")),
    ],
)
def test_the_value_a_takeover_puts_on_its_target_is_its_price(
    es: Language, en: Language, lang: str, text: str, price: Decimal | None
) -> None:
    nlp, names = (es, (COMPRADOR, OBJETIVO)) if lang == "es" else (en, (BUYER, TARGET))
    (deal,) = deals(nlp, text, names)
    assert figure(deal.amount) == price


def test_a_stake_keeps_the_value_it_puts_on_the_company_as_a_valuation(en: Language) -> None:
    text = ("Harbourline Capital bought a 20% stake in Norvex Systems for $50 million, valuing "
            "Norvex Systems at $250 million.")
    (deal,) = deals(en, text, (BUYER, TARGET))
    assert (figure(deal.amount), figure(deal.valuation)) == (Decimal("50000000"),
                                                             Decimal("250000000"))


@pytest.mark.parametrize(
    ("lang", "text", "deal_type"),
    [
        ("es", "Iberdrola ha pagado 500 millones de euros por el 100% de Eólica Norte.",
         "Acquisition"),
        ("en", "Harbourline Capital paid $2 billion for a 70% stake in Norvex Systems.",
         "Acquisition"),
        ("en", "Harbourline Capital paid $2 billion for a minority stake in Norvex Systems.",
         "Investment"),
    ],
)
def test_paying_for_control_is_a_takeover_with_that_price(
    es: Language, en: Language, lang: str, text: str, deal_type: str
) -> None:
    nlp, names = (es, (COMPRADOR, OBJETIVO)) if lang == "es" else (en, (BUYER, TARGET))
    (deal,) = deals(nlp, text, names)
    assert deal.type == deal_type and deal.amount is not None
