"""Money read in the locale of the place a story comes from, and the figures a deal does
not take (session 14), each rule on sentences written for these tests:

- the dateline at the head of a body ("OTTAWA -", "MONTEVIDEO -", "SEVILLA, 4 mar. -")
  places a story whose outlet neither its domain nor its name places, and so decides
  what its "$" means; a city in brackets after the outlet's name places the outlet;
- "cent" is the hundredth of the euro in copy that counts in euros only, and of the
  rand in South African copy;
- a bare "N millones" in a text that counts its millions in one currency is in it; a
  sum "de 2025" is a sum of that year;
- one Spanish text writes one "$": a sum only pesos reach makes all its "$" pesos;
- what a company has ("a broker with $12 million of commissions") is no deal's price.

The tests that run the installed pipelines are marked ``model``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from kg.extract import article_doc
from kg.facts import Amount, Article, Deal
from kg.money import find_money
from kg.origin import OutletTable, dateline_country, place_country


def money(text: str, lang: str, country: str | None = None) -> list[tuple[str, Decimal]]:
    """(currency, value or bound) of each amount, in text order."""
    return [(a.currency, _figure(a)) for a in find_money(text, lang, country)[0]]


def _figure(a: Amount) -> Decimal:
    return next(v for v in (a.value, a.min_value, a.max_value) if v is not None)


def article_money(nlp: Language, text: str, outlet: str | None = None) -> list[tuple[str, Decimal]]:
    """The amounts the pipeline reads in ``text`` told as an article's body."""
    article = Article(id="t", text=text, lang=nlp.lang, publisher=outlet)
    doc = nlp(article_doc(nlp, article))
    return [(a.currency, _figure(a)) for a in doc._.kg_amounts]


def deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def amount_of(found: list[Deal], party: str) -> Decimal | None:
    (deal,) = [d for d in found if party in {ref.name for _, ref in d.roles}]
    return None if deal.amount is None else _figure(deal.amount)


# -- the dateline places the story --------------------------------------------------------

@pytest.mark.parametrize("text, lang, country", [
    ("WINNIPEG - The grain handler said on Monday ...", "en", "CA"),
    ("ROSARIO - La aceitera santafesina anunció ...", "es", "AR"),
    ("SEVILLA, 4 mar. - La constructora andaluza ...", "es", "ES"),
    ("MEDELLÍN (Agencia Andina de Noticias) - La cementera ...", "es", "CO"),
    ("SASKATOON, Sask. — The potash company ...", "en", "CA"),
    ("DURBAN – The retailer said ...", "en", "ZA"),
    ("CHILE - La minera ...", "es", "CL"),
    # a wire's English copy counts in its own dollars
    ("VANCOUVER (Reuters) - The miner said ...", "en", None),
    # a name several countries' cities bear alike places nothing
    ("VALENCIA - La naviera ...", "es", None),
    ("CAMBRIDGE - The chip designer ...", "en", None),
    # no dateline: a sentence that starts with a capitalised word, or a name in capitals
    ("The grain handler said on Monday - after a week of talks - ...", "en", None),
    ("ACME - the toolmaker - was sold.", "en", None),
])
def test_a_dateline_places_the_story(text: str, lang: str, country: str | None) -> None:
    assert dateline_country(text, lang) == country


def test_a_city_in_brackets_after_the_outlet_places_it() -> None:
    table = OutletTable({}, {})
    assert table.country_of(None, "Gaceta Minera (Antofagasta)", "es") == "CL"
    assert table.country_of(None, "Prairie Ledger (Regina)", "en") == "CA"
    assert table.country_of(None, "Diario Levante (Valencia)", "es") is None


def test_a_place_in_the_language_of_the_copy_wins() -> None:
    # "Córdoba" in Spanish copy: Argentina's city is six times Spain's
    assert place_country("CÓRDOBA", "es") == "AR"
    assert place_country("Birmingham", "en") == "GB"


@pytest.mark.model
def test_a_canadian_dateline_makes_a_bare_dollar_canadian(en: Language) -> None:
    text = ("HALIFAX - Bluenose Ferries has ordered two vessels for $310 million, it said "
            "on Friday. Its revenue was $95 million last year.")
    assert article_money(en, text) == [
        ("CAD", Decimal("310000000")), ("CAD", Decimal("95000000"))
    ]


@pytest.mark.model
def test_a_wire_dateline_leaves_the_dollar_american(en: Language) -> None:
    text = "HALIFAX (Reuters) - Bluenose Ferries has ordered two vessels for $310 million."
    assert article_money(en, text) == [("USD", Decimal("310000000"))]


@pytest.mark.model
def test_a_river_plate_dateline_makes_a_bare_dollar_pesos(es: Language) -> None:
    text = ("ROSARIO - La aceitera Delta Oleica pagará US$ 40 millones por la planta. La "
            "empresa facturó unos $ 85.000 millones el año pasado.")
    assert article_money(es, text) == [
        ("USD", Decimal("40000000")), ("ARS", Decimal("85000000000"))
    ]


@pytest.mark.model
def test_the_outlet_named_by_its_city_makes_a_bare_dollar_pesos(es: Language) -> None:
    text = "La salmonera Fiordo Austral ganó $ 9.400 millones, frente a US$ 12 millones."
    assert article_money(es, text, "Gaceta del Seno (Puerto Montt)") == [
        ("CLP", Decimal("9400000000")), ("USD", Decimal("12000000"))
    ]


@pytest.mark.model
def test_a_south_african_dateline_reads_rand(en: Language) -> None:
    text = ("DURBAN - Umgeni Mills will sell its bakery unit for R1.4bn, or 95c a share, "
            "to a rival.")
    assert article_money(en, text) == [
        ("ZAR", Decimal("1400000000")), ("ZAR", Decimal("0.95"))
    ]


# -- cents --------------------------------------------------------------------------------

def test_cent_in_copy_counting_in_euros_is_the_euro_cent() -> None:
    text = ("Glenree Dairies paid €40 million for the creamery. Farmers are paid 52 cent a "
            "litre.")
    assert money(text, "en") == [("EUR", Decimal("40000000")), ("EUR", Decimal("0.52"))]


def test_cents_beside_dollars_stay_dollar_cents() -> None:
    text = "Glenree paid €40 million; its US peer trades at 52 cents, or $3.1 billion."
    assert ("USD", Decimal("0.52")) in money(text, "en")


# -- a bare figure in a text that counts in one currency ----------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Textiles Moraña vendió su fábrica por 60 millones de euros. Con el dinero, la "
     "empresa recortó su deuda. El grupo cerró el año con 215 millones en caja.",
     Decimal("215000000")),
    ("Lácteos Pasiega compró una quesería por 12 millones de euros. El año pasado la "
     "firma ganó 9 millones. Este año, la compañía tendrá 3 millones de beneficio.",
     Decimal("3000000")),
])
def test_a_bare_figure_counts_in_the_one_currency_of_its_text(text: str, figure: Decimal) -> None:
    assert ("EUR", figure) in money(text, "es")


@pytest.mark.parametrize("text", [
    # things counted, not money
    "Bodegas Ulla vendió la marca por 30 millones de euros. La marca vende 4 millones de "
    "botellas. El grupo tiene 2 millones de clientes.",
    # no word of money around the figure: people, not money
    "Bodegas Ulla vendió la marca por 30 millones de euros. La región tiene una bodega "
    "por cada pueblo. La comarca supera los 7 millones, y sigue creciendo.",
    # two currencies told: a bare figure far from both takes neither
    "Minera Tacna pagó 30 millones de dólares y 12 millones de euros. Tiene otras "
    "plantas. La filial cerró el año con 8 millones en caja.",
])
def test_a_bare_figure_that_counts_things_or_has_two_currencies_to_choose_is_left(
    text: str,
) -> None:
    found = money(text, "es")
    assert all(value in (Decimal("30000000"), Decimal("12000000")) for _, value in found)


@pytest.mark.parametrize("text", [
    "La cadena Farma Lebrija prevé facturar 42 millones de euros este año, frente a los 35 "
    "millones de 2025.",
    "La naviera Olas del Sur recortó su deuda hasta 42 millones de euros, frente a los 35 "
    "millones de marzo.",
])
def test_a_sum_of_a_year_or_a_month_is_money(text: str) -> None:
    assert money(text, "es") == [("EUR", Decimal("42000000")), ("EUR", Decimal("35000000"))]


# -- one text, one "$" ---------------------------------------------------------------------

def test_a_peso_sized_sum_makes_every_bare_dollar_of_the_text_pesos() -> None:
    text = ("La aerolínea bogotana Cóndor Andino cerró la compra de la flota por $ 410.000 "
            "millones. La firma había recibido antes $ 38.000 millones de un socio.")
    assert money(text, "es") == [
        ("COP", Decimal("410000000000")), ("COP", Decimal("38000000000"))
    ]


def test_without_a_peso_sized_sum_a_bare_dollar_stays_the_dollar() -> None:
    text = "La aerolínea Cóndor Andino, de Miami, recibió $ 38.000 millones de un socio."
    assert money(text, "es") == [("USD", Decimal("38000000000"))]


# -- what a company has is no price --------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, party, figure", [
    ("Corvid Holdings agreed to buy Lanterna Brokers, a Denver broker with about $12 "
     "million of yearly commissions, for $41 million.", "Lanterna Brokers", Decimal("41000000")),
    ("Marlbank Capital has taken a 35% stake in Tessen Advisers, a wealth firm with $3.1 "
     "billion in client money, from its founders.", "Tessen Advisers", None),
    # under the verb, "with" tells how the buyer pays
    ("Orrin Motors bought Keelung Cells with $520 million in cash.", "Keelung Cells",
     Decimal("520000000")),
])
def test_what_a_company_has_is_no_price_en(
    en: Language, text: str, party: str, figure: Decimal | None
) -> None:
    assert amount_of(deals(en, text), party) == figure


@pytest.mark.model
@pytest.mark.parametrize("text, party, figure", [
    ("Grupo Tarsis compró la gestora Nervión Capital, una firma con 4.200 millones de euros "
     "de patrimonio, por 95 millones de euros.", "Nervión Capital", Decimal("95000000")),
    # a relative clause on a company leaves the price after it
    ("Alcor Energía firmó un contrato con Turbinas Sella, que gestiona activos por 3.000 "
     "millones de euros, por 60 millones de euros.", "Turbinas Sella", Decimal("60000000")),
    # a relative clause on a party may tell the deal itself
    ("Aceros Tormes firmó un contrato con la constructora Obras Duratón, a la que "
     "suministrará vigas por valor de 40 millones de euros.", "Obras Duratón",
     Decimal("40000000")),
    # a participle on the deal's phrase still tells its worth
    ("La compra de Conservas Miramar por parte de Grupo Tarraco, valorada en 180 millones "
     "de euros, se cerrará en marzo.", "Conservas Miramar", Decimal("180000000")),
])
def test_what_a_company_has_is_no_price_es(
    es: Language, text: str, party: str, figure: Decimal | None
) -> None:
    assert amount_of(deals(es, text), party) == figure


@pytest.mark.model
def test_a_relative_clause_of_paying_still_gives_the_price(en: Language) -> None:
    found = deals(en, "Tavira Foods agreed to sell its snack unit to Quell Snacks, which will "
                      "pay $15 million in cash.")
    assert amount_of(found, "Quell Snacks") == Decimal("15000000")
