"""Money constructions of unseen news (kg.money): the Chilean unidad de fomento, a bare
"600 millones" in a text that names no currency (the outlet's currency), and the
verbs of a funding round as a money frame. Every sentence is written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.money import find_money


def figures(text: str, lang: str = "es", country: str | None = None) -> list[tuple[str, Decimal]]:
    amounts, _ = find_money(text, lang, country)
    return [
        (a.currency, next(v for v in (a.value, a.min_value, a.max_value) if v is not None))
        for a in amounts
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Viña Los Aromos fue adquirida por Bodegas Austral en UF 3,2 millones.", "3200000"),
        ("La inmobiliaria pagó 1,8 millones de UF por el edificio de oficinas.", "1800000"),
        ("El terreno se vendió en UF 450.000 a Constructora Maule.", "450000"),
        ("Un crédito hipotecario de 2.500 unidades de fomento.", "2500"),
    ],
)
def test_the_chilean_unidad_de_fomento_is_clf(text: str, value: str) -> None:
    assert figures(text, "es", "CL") == [("CLF", Decimal(value))]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Gators held on, UF 42, Georgia 35, in Saturday's game.", None),
        ("Researchers at UF 3 labs shared the grant.", "US"),
        ("The survey counted 1,200 UF students.", None),
    ],
)
def test_uf_in_english_text_outside_chile_is_an_initialism(text: str, country: str | None) -> None:
    assert figures(text, "en", country) == []


def test_uf_in_english_text_of_a_chilean_outlet_is_still_clf() -> None:
    assert figures("The office tower sold for UF 320,000.", "en", "CL") == [
        ("CLF", Decimal("320000"))
    ]


def test_uf_in_spanish_text_needs_no_chilean_outlet() -> None:
    assert figures("Se pagaron 3,2 millones de UF por el terreno.", "es") == [
        ("CLF", Decimal("3200000"))
    ]


def test_a_lower_case_uf_after_a_figure_is_no_currency() -> None:
    assert figures("Vendió 300 uf de madera a Aserradero Sur.", "es", "CL") == []


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # A Spanish paper's headline with no currency anywhere: euros.
        (
            "Renovables Tajo vende nueve parques solares a Fondo Cierzo por 450 millones",
            "ES",
            [("EUR", Decimal("450000000"))],
        ),
        # A round and its valuation, the round's verb opening the money frame.
        (
            "Datanube levanta 6 millones en una ronda con una valoración post-money de 30 "
            "millones",
            "ES",
            [("EUR", Decimal("6000000")), ("EUR", Decimal("30000000"))],
        ),
        ("Pagos Ágiles captó 15 millones en su primera ronda.", "MX",
         [("MXN", Decimal("15000000"))]),
        ("Grupo Ceres invierte 20 millones en la planta de Tolosa.", "ES",
         [("EUR", Decimal("20000000"))]),
    ],
)
def test_a_text_that_names_no_currency_counts_in_its_outlets(
    text: str, country: str, expected: list[tuple[str, Decimal]]
) -> None:
    assert figures(text, "es", country) == expected


def test_an_english_text_with_no_currency_counts_in_its_outlets() -> None:
    text = "Kelpie Foods sold its frozen unit to Marlow Brands for 30 million."
    assert figures(text, "en", "AU") == [("AUD", Decimal("30000000"))]


@pytest.mark.parametrize(
    "text",
    [
        # No outlet: no currency to give.
        "Renovables Tajo vende nueve parques solares a Fondo Cierzo por 450 millones",
        # Counted things are not money, outlet or not.
        "La plataforma suma 8 millones de usuarios en España.",
    ],
)
def test_no_outlet_currency_without_an_outlet_or_outside_a_money_frame(text: str) -> None:
    country = None if "Tajo" in text else "ES"
    assert figures(text, "es", country) == []


def test_a_text_that_states_a_currency_keeps_it_for_its_bare_figures() -> None:
    text = (
        "Banco Litoral compró Seguros Faro por 200 millones de dólares. La aseguradora "
        "facturó 90 millones el año pasado."
    )
    assert figures(text, "es", "ES") == [
        ("USD", Decimal("200000000")),
        ("USD", Decimal("90000000")),
    ]


@pytest.mark.model
def test_the_uf_before_a_price_is_no_organisation() -> None:
    from kg.nlp import build_pipeline

    doc = build_pipeline("es")(
        "Inmobiliaria Cóndor compró el edificio de Banco Austral por UF 2,1 millones."
    )
    assert "UF" not in {e.name for e in doc._.kg_entities}
    assert [(a.currency, a.value) for a in doc._.kg_amounts] == [("CLF", Decimal("2100000"))]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Shareholders will get $20 in cash for each share.", "en"),
        ("Los accionistas recibirán 8 euros en efectivo por acción.", "es"),
    ],
)
def test_the_form_of_payment_may_come_before_per_share(text: str, lang: str) -> None:
    amounts, _ = find_money(text, lang)
    assert [a.per_share for a in amounts] == [True]
