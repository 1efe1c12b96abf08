"""Money as the press of each country writes it (kg.money): regional symbols and scale
words, a bare "$" read by the outlet and the text, elliptical figures. Every sentence
is written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.entities.gazetteer import currency_codes
from kg.facts import Amount
from kg.money import find_money


def found(text: str, lang: str, country: str | None = None) -> list[Amount]:
    return find_money(text, lang, country)[0]


def figures(text: str, lang: str, country: str | None = None) -> list[tuple[str, Decimal]]:
    """(currency, value or bound) of each amount, in text order."""
    return [
        (a.currency, next(v for v in (a.value, a.min_value, a.max_value) if v is not None))
        for a in found(text, lang, country)
    ]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # Indian press: "Cr" as well as "cr" and "crore".
        ("The deal values the firm at ₹ 12,000 Cr.", "IN", [("INR", Decimal("120000000000"))]),
        # Malaysian press: "mil" and "bil" after RM.
        ("The unit was sold for RM 300mil.", "MY", [("MYR", Decimal("300000000"))]),
        ("Petronas will spend RM1.2bil on the plant.", "MY", [("MYR", Decimal("1200000000"))]),
        # East African press.
        ("The Nairobi lender raised KSh 5 billion.", None, [("KES", Decimal("5000000000"))]),
        ("The group paid half a billion dollars for it.", None, [("USD", Decimal("500000000"))]),
    ],
)
def test_regional_symbols_and_scale_words(
    text: str, country: str | None, expected: list[tuple[str, Decimal]]
) -> None:
    assert figures(text, "en", country) == expected


def test_a_symbol_after_de_follows_the_scale_word() -> None:
    assert figures("La empresa pagará 1.200 millones de €.", "es") == [
        ("EUR", Decimal("1200000000"))
    ]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # Written by an Australian outlet that says so only through "A$" elsewhere.
        ("The offer of 52c a share values the miner at A$300 million.", "AUD"),
        ("The offer of 52 cents a share values the miner at A$300 million.", "AUD"),
        # No other dollar marked: the US cent.
        ("The stock closed at 89c, down from $1.05.", "USD"),
    ],
)
def test_cents_are_of_the_one_dollar_the_text_marks(text: str, currency: str) -> None:
    cents = found(text, "en")[0]
    assert cents.currency == currency and cents.value is not None and cents.value < 1


def test_billion_plus_is_a_floor() -> None:
    (amount,) = found("The takeover is worth $2 billion-plus.", "en")
    assert amount.min_value == Decimal("2000000000") and amount.value is None


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Analysts value the stake at $2 billion to $3 billion.", (2, 3)),
        ("La empresa valora la filial en US$ 2.000 millones a US$ 3.000 millones.", (2, 3)),
    ],
)
def test_a_figure_repeated_with_its_symbol_after_to_is_a_range(
    text: str, bounds: tuple[int, int]
) -> None:
    lang = "es" if " la " in text else "en"
    (amount,) = found(text, lang)
    assert (amount.min_value, amount.max_value) == tuple(
        Decimal(b) * 10**9 for b in bounds
    )


def test_a_change_to_a_figure_is_two_amounts_not_a_range() -> None:
    text = "The company cut its forecast of $2 billion to $1.5 billion."
    assert figures(text, "en") == [("USD", Decimal("2000000000")), ("USD", Decimal("1500000000"))]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Los ingresos crecieron hasta 3.500 millones, desde los 3.100 millones de euros.",
            "es",
            [("EUR", Decimal("3500000000")), ("EUR", Decimal("3100000000"))],
        ),
        (
            "Revenue was 2.1 billion, compared with $1.8 billion a year earlier.",
            "en",
            [("USD", Decimal("2100000000")), ("USD", Decimal("1800000000"))],
        ),
    ],
)
def test_a_figure_compared_with_the_next_takes_its_currency(
    text: str, lang: str, expected: list[tuple[str, Decimal]]
) -> None:
    assert figures(text, lang) == expected
    assert found(text, lang)[0].currency_inferred


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A gapped verb: "y el beneficio, (fue) de casi 4.000 (millones de euros)".
        (
            "Las ventas fueron de 35.527 millones de euros y el beneficio, de casi 4.000.",
            Decimal("4000000000"),
        ),
        # Compared by a percentage.
        (
            "El banco ganó 450.000 millones de euros en 2024, un 12 % más que los 401.000 "
            "del año anterior.",
            Decimal("401000000000"),
        ),
        # A part of the amount, and another sum beside it.
        (
            "La firma invertirá 2.500 millones de dólares en Chile, de los que 1.000 irán "
            "a la planta.",
            Decimal("1000000000"),
        ),
        (
            "Telefónica ingresará 4.500 millones de euros por la venta y se ahorrará otros 300.",
            Decimal("300000000"),
        ),
        ("Las ventas sumaron 12,500 millones de pesos mexicanos, frente a los 11,300 millones "
         "del año anterior.", Decimal("11300000000")),
    ],
)
def test_elliptical_figures_take_the_scale_and_currency_of_their_amount(
    text: str, expected: Decimal
) -> None:
    amounts = found(text, "es")
    assert len(amounts) == 2
    assert amounts[1].currency == amounts[0].currency
    assert next(v for v in (amounts[1].value, amounts[1].min_value) if v) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pagó 300 millones de euros por la planta y contrató a otros 300 trabajadores.",
        "Las ventas fueron de 35.527 millones de euros y la plantilla, de 18.000 personas.",
    ],
)
def test_a_figure_that_counts_something_else_is_not_elliptical_money(text: str) -> None:
    assert len(found(text, "es")) == 1


def test_spanish_billones_after_a_bare_dollar_sign_are_pesos() -> None:
    # No outlet: the city the text names says which pesos.
    text = "Grupo Andino pagará $1,2 billones por la aseguradora, según la firma bogotana."
    assert figures(text, "es") == [("COP", Decimal("1200000000000"))]
    # A sum over 100.000 millones in a text about a peso country: its pesos.
    text = "La cadena pagará $450.000 millones por la compañía de Medellín."
    assert figures(text, "es") == [("COP", Decimal("450000000000"))]
    # Pesos of no country named are dropped rather than read as dollars.
    assert found("La empresa vale $9 billones.", "es") == []
    # A modest sum after "$" stays a dollar amount.
    assert figures("La startup levantó $12 millones.", "es") == [("USD", Decimal("12000000"))]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "Maplewood Bank will pay $2.1 billion for Prairie Trust, the Toronto-based "
            "lender said. The deal is worth US$1.5 billion.",
            "CAD",
        ),
        (
            "The ASX-listed miner offered $2.5 billion, or about US$1.6 billion.",
            "AUD",
        ),
        # Wire style: "$" is the US dollar and other dollars are marked.
        ("The ASX-listed miner offered $2.5 billion, or A$3.8 billion.", "USD"),
    ],
)
def test_english_copy_that_writes_us_dollars_as_such_counts_in_local_dollars(
    text: str, currency: str
) -> None:
    assert found(text, "en")[0].currency == currency


def test_currency_symbols_in_letters_are_never_names() -> None:
    assert {"Rs", "RM", "STG", "KSh"} <= currency_codes()
    assert not {"Le", "UP", "SR"} & currency_codes()
