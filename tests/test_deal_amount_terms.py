"""Which amount a deal gets when a takeover's terms, its buyer, or a company's funding
so far compete for it (kg.deals.attach): a company's funding over every round told
beside the round; the value an offer's price per share puts on the target, in its
sentence or the next; the buyer, named or described, paying in a later sentence (not
the target); a dividend or synergies beside the deal. Every sentence is written for
these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from tests.test_deal_amounts import figure
from tests.test_deals import deals

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "round_size"),
    [
        (
            "Verdalia ha captado 12 millones de euros en una ronda liderada por Cierzo "
            "Capital que eleva a 21 millones la financiación total.",
            Decimal("12000000"),
        ),
        (
            "Verdalia has raised £12m in a round led by Cierzo Capital, taking the total "
            "raised to £21m.",
            Decimal("12000000"),
        ),
    ],
)
def test_a_funding_total_beside_the_round_is_not_its_amount(
    es: Language, en: Language, text: str, round_size: Decimal
) -> None:
    nlp = es if "ronda" in text else en
    found = deals(nlp, text, ("Verdalia", "Cierzo Capital"))
    assert found and all(figure(d.amount) in (round_size, None) for d in found)
    assert any(figure(d.amount) == round_size for d in found)


def test_an_offers_share_price_that_values_the_target_gives_its_price(es: Language) -> None:
    text = (
        "Grupo Alcor ha lanzado una opa sobre Papelera Orbe a 8 euros por acción, que "
        "valora la compañía en 640 millones de euros."
    )
    (deal,) = deals(es, text, ("Grupo Alcor", "Papelera Orbe"))
    assert figure(deal.amount) == Decimal("640000000")
    assert "amount:share-price-valuation" in deal.rules


def test_the_terms_told_in_the_next_sentence_give_the_takeovers_price(en: Language) -> None:
    text = (
        "Calloway Foods said it would acquire Brisket Brands. Brisket Brands shareholders "
        "will receive $18 per share, valuing the company at $1.3 billion."
    )
    (deal,) = deals(en, text, ("Calloway Foods", "Brisket Brands"))
    assert figure(deal.amount) == Decimal("1300000000")
    assert "amount:terms-valuation-back" in deal.rules


def test_a_value_told_of_a_company_in_the_next_sentence_is_no_price(en: Language) -> None:
    text = (
        "Calloway Foods said it would acquire Brisket Brands. Analysts value the company "
        "at $1.3 billion."
    )
    (deal,) = deals(en, text, ("Calloway Foods", "Brisket Brands"))
    assert deal.amount is None


@pytest.mark.parametrize(
    ("lang", "text", "price"),
    [
        (
            "es",
            "Grupo Alcor se hace con Papelera Orbe. El grupo pagará 300 millones de euros "
            "en efectivo y asumirá 90 millones de deuda.",
            Decimal("300000000"),
        ),
        (
            "en",
            "Grupo Alcor will buy Papelera Orbe. The company will pay $300 million in "
            "cash, funded by new debt.",
            Decimal("300000000"),
        ),
        # The target paying a dividend before closing pays no price.
        (
            "en",
            "Grupo Alcor will buy Papelera Orbe. Papelera Orbe will pay a special dividend "
            "of $40 million before the deal closes.",
            None,
        ),
    ],
)
def test_the_buyer_paying_in_a_later_sentence_gives_the_price(
    es: Language, en: Language, lang: str, text: str, price: Decimal | None
) -> None:
    found = deals(es if lang == "es" else en, text, ("Grupo Alcor", "Papelera Orbe"))
    assert [figure(d.amount) for d in found if d.type == "Acquisition"] == [price]


@pytest.mark.parametrize(
    "text",
    [
        "Banco Ribera y Caja Almenara acordaron su fusión, que prevé sinergias de 180 "
        "millones de euros.",
        "Banco Ribera agreed to merge with Caja Almenara, and the two expect synergies of "
        "$180 million.",
    ],
)
def test_synergies_are_no_merger_price(es: Language, en: Language, text: str) -> None:
    nlp = es if "acordaron" in text else en
    found = deals(nlp, text, ("Banco Ribera", "Caja Almenara"))
    assert found and all(d.amount is None for d in found)


@pytest.mark.parametrize(
    ("lang", "text", "price"),
    [
        (
            "en",
            "Calloway Foods is in talks to buy Brisket Brands, people familiar with the matter "
            "said. A deal could value Brisket Brands at about $1.3 billion.",
            Decimal("1300000000"),
        ),
        (
            "es",
            "Grupo Alcor negocia la compra de Papelera Orbe. La operación valoraría la "
            "papelera en unos 640 millones de euros, según fuentes financieras.",
            Decimal("640000000"),
        ),
    ],
)
def test_a_deal_that_would_value_the_target_gives_the_takeovers_price(
    es: Language, en: Language, lang: str, text: str, price: Decimal
) -> None:
    names = ("Calloway Foods", "Brisket Brands")
    if lang == "es":
        names = ("Grupo Alcor", "Papelera Orbe")
    found = deals(es if lang == "es" else en, text, names)
    (deal,) = [d for d in found if d.type == "Acquisition"]
    assert figure(deal.amount) == price
    assert "amount:deal-valuation-back" in deal.rules


def test_a_round_that_values_the_startup_gives_no_price(en: Language) -> None:
    text = (
        "Payvine raised $20 million in a round led by Anchor Peak. The round values Payvine "
        "at $200 million."
    )
    found = deals(en, text, ("Payvine", "Anchor Peak"))
    assert [figure(d.amount) for d in found] == [Decimal("20000000")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "La compra de Papelera Orbe por parte de Grupo Alcor, valorada en 640 millones de "
            "euros, recibió el visto bueno de la CNMC.",
            ("Papelera Orbe", "Grupo Alcor", "CNMC"),
        ),
        (
            "La adquisición de Papelera Orbe por Grupo Alcor, valorada en 640 millones de "
            "euros, se completó en marzo.",
            ("Papelera Orbe", "Grupo Alcor"),
        ),
    ],
)
def test_a_participle_agreeing_with_the_deal_noun_gives_its_price(
    es: Language, text: str, names: tuple[str, ...]
) -> None:
    (deal,) = [d for d in deals(es, text, names) if d.type == "Acquisition"]
    assert figure(deal.amount) == Decimal("640000000") and deal.valuation is None


def test_a_participle_of_the_investee_stays_its_valuation(es: Language) -> None:
    text = "Cierzo Capital invirtió 5 millones de euros en Verdalia, valorada en 40 millones."
    (deal,) = deals(es, text, ("Cierzo Capital", "Verdalia"))
    assert figure(deal.amount) == Decimal("5000000")
    assert figure(deal.valuation) == Decimal("40000000")


def test_a_named_companys_debt_is_no_price_and_the_deal_values_the_target(
    en: Language,
) -> None:
    text = (
        "Calloway Foods agreed to buy Brisket Brands. The deal, which includes $200 million "
        "of Brisket Brands debt, values Brisket Brands at $1.3 billion."
    )
    (deal,) = deals(en, text, ("Calloway Foods", "Brisket Brands"))
    assert figure(deal.amount) == Decimal("1300000000")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Brisket Brands agreed to be acquired by Calloway Foods. Under the agreement, "
            "Brisket Brands shareholders will get $20 in cash for each share.",
        ),
        (
            "es",
            "Grupo Alcor comprará Papelera Orbe. Los accionistas de Papelera Orbe recibirán "
            "8 euros en efectivo por acción.",
        ),
    ],
)
def test_a_cash_price_per_share_is_no_deal_amount(
    es: Language, en: Language, lang: str, text: str
) -> None:
    names = ("Calloway Foods", "Brisket Brands")
    if lang == "es":
        names = ("Grupo Alcor", "Papelera Orbe")
    found = deals(es if lang == "es" else en, text, names)
    assert found and all(d.amount is None for d in found if d.type == "Acquisition")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Grupo Alcor obtendrá 500 millones de euros por la venta de Papelera Orbe a Fondo "
            "Cierzo.",
        ),
        (
            "en",
            "Grupo Alcor will receive $500 million from the sale of Papelera Orbe to Fondo "
            "Cierzo.",
        ),
    ],
)
def test_a_sellers_proceeds_are_the_sale_price_not_a_round(
    es: Language, en: Language, lang: str, text: str
) -> None:
    names = ("Grupo Alcor", "Papelera Orbe", "Fondo Cierzo")
    found = deals(es if lang == "es" else en, text, names)
    assert [(d.type, figure(d.amount)) for d in found] == [("Acquisition", Decimal("500000000"))]


@pytest.mark.parametrize(
    "text",
    [
        "Cierzo Capital invirtió 200 millones de dólares en Pagora, con una valoración de "
        "1.500 millones de dólares.",
        "Pagora captó 200 millones de dólares de Cierzo Capital con una valuación de 1.500 "
        "millones.",
        "Pagora, valuada en 1.500 millones de dólares, recaudó 200 millones de dólares de "
        "Cierzo Capital.",
    ],
)
def test_a_round_beside_its_valuation_keeps_its_amount(es: Language, text: str) -> None:
    (deal,) = deals(es, text, ("Cierzo Capital", "Pagora"))
    assert figure(deal.amount) == Decimal("200000000")
    assert figure(deal.valuation) == Decimal("1500000000")


def test_investors_named_after_a_round_told_with_its_investee_only_join_it(
    es: Language,
) -> None:
    text = (
        "Pagora se convirtió ayer en el nuevo unicornio argentino. La fintech creada por "
        "Laura Vidal acaba de recaudar US$ 200 millones de un grupo de inversores privados, "
        "que la valuaron en US$ 1.500 millones. En esta ronda, la compañía recibió aportes "
        "de Fondo Cierzo y Atlas Capital."
    )
    found = deals(es, text)  # the pipeline's own entities and references
    rounds = [d for d in found if {r.name for _, r in d.roles} >= {"Pagora", "Fondo Cierzo"}]
    assert [figure(d.amount) for d in rounds] == [Decimal("200000000")]
