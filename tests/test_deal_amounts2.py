"""Which sum of an article is a deal's price when several compete for it, the classes
found on tests/data/constructions/amount2 (kg.deals.attach, kg.nlp): a figure in
millions that ends its sentence ("at £640m."); the price paid by the group named in the
sentence before, the deal told there with a deal noun in apposition; a buyer that pays
in a later sentence with a round of the target's told in between, or called by its short
name; an earn-out ("up to $300 million more if ...") beside the price; the offer that
"values" the target with "values" misread as a noun. Every sentence is written for
these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from tests.test_deal_amounts import figure
from tests.test_deals import deals

pytestmark = pytest.mark.model


def test_a_figure_in_millions_ends_its_sentence(en: Language) -> None:
    doc = en("The offer values Ostler Foods at £640m. Ostler made a profit of £41m.")
    assert len(list(doc.sents)) == 2
    # the figure keeps its scale letter (kg.nlp.keep_scale_figures), the stop its own
    assert [t.text for t in doc[6:10]] == ["£", "640m", ".", "Ostler"]
    # an initial keeps its full stop
    assert "M." in [t.text for t in en("The chairman, M. Dufresne, said so.")]


def test_the_offer_that_values_the_target_in_the_next_sentence_is_its_price(
    en: Language,
) -> None:
    text = (
        "Bramwell Group agreed a takeover of Ostler Foods on Monday. The offer values "
        "Ostler Foods at £640m. Ostler Foods made a pre-tax profit of £41m last year."
    )
    (deal,) = deals(en, text, ("Bramwell Group", "Ostler Foods"))
    assert figure(deal.amount) == Decimal("640000000")
    # the price comes back from the next sentence, as the valuation of the deal told
    # before, or (session 29) as the offer that values its target, read as that deal
    assert {"amount:deal-valuation-back", "parties:offer-values"} & set(deal.rules)


@pytest.mark.parametrize(
    ("lang", "text", "names", "price"),
    [
        (
            "es",
            "Grupo Velarde ha cerrado la compra de Aceites Jándula, la mayor operación de "
            "su historia. El grupo andaluz ha pagado 230 millones de euros por la "
            "totalidad del capital.",
            ("Grupo Velarde", "Aceites Jándula"),
            Decimal("230000000"),
        ),
        (
            "en",
            "Harlan Tools has completed its purchase of Brightcut, its largest deal in a "
            "decade. The company paid $310 million in cash.",
            ("Harlan Tools", "Brightcut"),
            Decimal("310000000"),
        ),
    ],
)
def test_the_buyer_of_a_deal_told_with_a_deal_noun_beside_it_pays_its_price(
    es: Language, en: Language, lang: str, text: str, names: tuple[str, ...], price: Decimal
) -> None:
    (deal,) = deals(es if lang == "es" else en, text, names)
    assert figure(deal.amount) == price


def test_the_buyer_pays_after_a_round_of_the_target_told_in_between(en: Language) -> None:
    text = (
        "Marlow Systems has completed its acquisition of Quillfeather. Quillfeather was "
        "valued at $400 million in a funding round last year. Marlow did not give a price "
        "at signing, but a filing showed it paid $520 million."
    )
    found = deals(en, text, ("Marlow Systems", "Quillfeather"))
    (deal,) = [d for d in found if d.type == "Acquisition"]
    assert figure(deal.amount) == Decimal("520000000")
    assert "amount:buyer-pays-back" in deal.rules
    assert all(figure(d.amount) != Decimal("520000000") for d in found if d is not deal)


def test_the_buyer_called_by_its_short_name_pays(es: Language) -> None:
    text = (
        "La aseguradora Previsión Andina pasará a manos del grupo Kestrel Holdings. "
        "Kestrel pagará 280 millones de dólares por las acciones y asumirá una deuda de 90 "
        "millones de dólares."
    )
    (deal,) = deals(es, text, ("Previsión Andina", "Kestrel Holdings"))
    assert figure(deal.amount) == Decimal("280000000")


def test_the_target_called_by_its_short_name_does_not_pay(es: Language) -> None:
    text = (
        "La aseguradora Previsión Andina pasará a manos del grupo Kestrel Holdings. "
        "Previsión pagará un dividendo extraordinario de 15 millones de dólares."
    )
    (deal,) = deals(es, text, ("Previsión Andina", "Kestrel Holdings"))
    assert deal.amount is None


@pytest.mark.parametrize(
    ("lang", "text", "names", "price"),
    [
        (
            "en",
            "Dunmore Pharma agreed to buy Caldera Bio on Monday. The deal includes up to "
            "$300 million more in payments if its lead drug wins approval.",
            ("Dunmore Pharma", "Caldera Bio"),
            None,
        ),
        (
            "es",
            "Laboratorios Serranía comprará Biomed Tajo y pagará hasta 40 millones de euros "
            "adicionales si el fármaco supera los ensayos.",
            ("Laboratorios Serranía", "Biomed Tajo"),
            None,
        ),
        (
            "es",
            "Laboratorios Serranía ha invertido en Biomed Tajo, que podrá recibir hasta 90 "
            "millones de euros en hitos.",
            ("Laboratorios Serranía", "Biomed Tajo"),
            None,
        ),
    ],
)
def test_an_earn_out_is_not_the_price(
    es: Language, en: Language, lang: str, text: str, names: tuple[str, ...],
    price: Decimal | None,
) -> None:
    (deal,) = deals(es if lang == "es" else en, text, names)
    assert figure(deal.amount) == price


def test_a_ceiling_without_a_condition_is_the_contracts_amount(en: Language) -> None:
    text = (
        "Ferrovia Norte has signed an eight-year contract with Metrolink Transit worth up to "
        "$900 million."
    )
    (deal,) = deals(en, text, ("Ferrovia Norte", "Metrolink Transit"))
    assert deal.amount is not None and deal.amount.max_value == Decimal("900000000")


def test_a_payer_left_unsaid_continues_the_sentence_befores_subject(es: Language) -> None:
    text = (
        "Grupo Harwick ha acordado la compra de Alimentos Tolland. Pagará 450 millones de "
        "euros en efectivo y asumirá 30 millones de euros de deuda."
    )
    (deal,) = deals(es, text, ("Grupo Harwick", "Alimentos Tolland"))
    assert figure(deal.amount) == Decimal("450000000")


def test_a_target_left_unsaid_as_the_subject_does_not_pay(es: Language) -> None:
    text = (
        "Alimentos Tolland ha sido adquirida por Grupo Harwick. Pagará 12 millones de "
        "euros a sus empleados en bonificaciones."
    )
    (deal,) = deals(es, text, ("Grupo Harwick", "Alimentos Tolland"))
    assert deal.amount is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Conservas Olmedo compró Pescados Tarifa, que tuvo ventas por 70 millones de "
               "euros en 2025."),
        ("es", "Conservas Olmedo, que gestiona activos por 3.000 millones de euros, compró "
               "Pescados Tarifa."),
        ("en", "Harwood Capital bought Ellery Foods, which generated $90 million in revenue "
               "last year."),
        ("en", "Harwood Capital bought Ellery Foods, which has 400 staff and $35 million in "
               "annual sales."),
        ("en", "Harwood Capital bought Ellery Foods, which earned $12 million last year."),
        ("en", "Harwood Capital, which manages $14 billion in assets, bought Ellery Foods."),
        ("en", "Harwood Capital, which closed a $2 billion fund in May, bought Ellery Foods."),
        ("en", "Harwood Capital bought Ellery Foods months after a $3 million fine from "
               "regulators."),
    ],
)
def test_what_a_party_earns_makes_manages_or_was_fined_is_not_the_price(
    es: Language, en: Language, lang: str, text: str
) -> None:
    names = ("Conservas Olmedo", "Pescados Tarifa", "Harwood Capital", "Ellery Foods")
    (deal,) = deals(es if lang == "es" else en, text, tuple(n for n in names if n in text))
    assert deal.amount is None


def test_a_name_that_ends_in_an_income_word_is_no_income(en: Language) -> None:
    text = "Harwood Bank agreed to buy regional lender Ellery Savings for $420 million."
    (deal,) = deals(en, text, ("Harwood Bank", "Ellery Savings"))
    assert figure(deal.amount) == Decimal("420000000")


def test_revenue_from_the_contract_is_its_value(en: Language) -> None:
    text = (
        "Ellery Power has signed a supply contract with Harwood Data and expects to earn "
        "about $6 billion in sales from the contract through 2040."
    )
    (deal,) = deals(en, text, ("Ellery Power", "Harwood Data"))
    assert figure(deal.amount) == Decimal("6000000000")


def test_a_premium_hung_on_the_buying_verb_is_no_stake(en: Language) -> None:
    text = (
        "Corrigan Group agreed to buy Bellweather Mills for $840 million, or $31 a share, a "
        "27% premium to Friday's close."
    )
    (deal,) = deals(en, text, ("Corrigan Group", "Bellweather Mills"))
    assert deal.type == "Acquisition"
    assert figure(deal.amount) == Decimal("840000000")
