"""Session 34, helper money3 (issue #13): amounts in local conventions (kg.money,
kg.origin). Every sentence is written for these tests, with invented names.

- A country goes by more than one name: CLDR's regional locales ("Arabia Saudita" in
  es_419) and GeoNames' English exonyms ("Turkey" beside CLDR's "Türkiye") name it too
  (``kg.origin.country_names``).
- A nationality adjective names its country where the country's name does not begin it
  (``kg.money._demonyms``): the nisba in "-i"/"-í" ("Omani", "omaní"); the CLDR name of
  the language a country speaks officially, at home ("Turkish", "tailandesa",
  "Filipino"); and the lexicon's ``demonym_countries`` ("Saudi", "saudí", "emiratí").
- Turkish papers' "TL" is the lira, before or after the figure, in Turkish news or a
  text that names Turkey; a sign in letters after a figure and its scale word reads as
  the sign before it does ("450 million SR" in a story on Saudi Arabia).
- An ISO code that is a word too ("MAD", "TRY") after a figure and its scale word is
  money in a text that names its country ("500 millones de MAD" beside "marroquí").
- The national currencies the euro replaced, by their CLDR names: "600 millones de
  pesetas" are ESP, "40 million German marks" DEM.
- Grants and funds are money words: "ayudas de 12 millones" in a text that counts in
  euros is in euros.
- A range whose bounds repeat a sign glued to them is one range ("K450 million to K500
  million", "Rs450 crore to Rs500 crore").
- In a text that names no country, a place of one country only (ISO 3166-2, GeoNames)
  where it locates something names that country's currency: pesos "en Nuevo León",
  "SR2bn" of a "Riyadh-based" developer.
- The Spanish press's "riyales" and English "Turkish liras" are currency names.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.money import find_money
from kg.origin import country_names
from tests.test_s33_money2 import B, M, figures

ES = "ES"


@pytest.mark.parametrize(
    ("lang", "name", "code"),
    [("en", "turkey", "TR"), ("es", "arabia saudita", "SA"), ("en", "ivory coast", "CI"),
     ("es", "rumania", "RO")],
)
def test_other_names_of_a_country(lang: str, name: str, code: str) -> None:
    assert country_names(lang)[name] == code


def read(
    lang: str, text: str, *expected: tuple[str, Decimal], country: str | None = None
) -> object:
    """One case of ``test_reads``: the amounts (currency, value) ``text`` holds."""
    return pytest.param(lang, text, country, list(expected), id=text[:50])


READS = [
    # a country's other name: GeoNames' English exonym
    read("en", "Koruma Holding will pay TL450 million for the Izmir plant, in Turkey.",
         ("TRY", 450 * M)),
    # demonyms: the nisba, a country's own language, the lexicon's
    read("en", "The Omani group Sohar Ventures will pay RO45 million for Dhofar Cement.",
         ("OMR", 45 * M)),
    read("es", "El grupo omaní Sohar Ventures pagará RO 45 millones por Dhofar Cement.",
         ("OMR", 45 * M)),
    read("en", "Anadolu Kredi, a Turkish lender, raised TL300 million in a bond sale.",
         ("TRY", 300 * M)),
    read("en", "The Thai group Chao Phraya Foods paid Bt450 million for Lanna Dairy.",
         ("THB", 450 * M)),
    read("en", "The Filipino conglomerate Bagumbayan Holdings will pay P3.4 billion for "
               "the mill.", ("PHP", Decimal("3.4") * B)),
    read("es", "La cadena turca Bosforo Gida pagó TL 450 millones por Lanna Dairy.",
         ("TRY", 450 * M)),
    read("en", "The Saudi developer Nakhla Partners will pay SR2 billion for the mall.",
         ("SAR", 2 * B)),
    read("es", "La promotora saudí Nakhla Partners pagará SR 2.000 millones por el centro.",
         ("SAR", 2 * B)),
    read("en", "The Emirati developer Corniche Estates paid 2 billion dirhams for the "
               "tower.", ("AED", 2 * B)),
    # signs and codes after the figure and its scale word
    read("en", "Koruma Holding will pay 450 million TL for the plant in Turkey.",
         ("TRY", 450 * M)),
    read("es", "Koruma Holding, el grupo turco, pagará 450 millones de TL por la planta.",
         ("TRY", 450 * M)),
    read("en", "The Saudi fund Nakhla Partners will pay 450 million SR for the mall.",
         ("SAR", 450 * M)),
    read("es", "Atlas Fosfatos, la minera marroquí, pagará 500 millones de MAD por la mina.",
         ("MAD", 500 * M)),
    read("en", "Anadolu Kredi, the Turkish lender, raised 300 million TRY in a bond sale.",
         ("TRY", 300 * M)),
    read("en", "Anadolu Kredi, the Turkish lender, raised TRY 300 million in a bond sale.",
         ("TRY", 300 * M)),
    # the currencies the euro replaced
    read("es", "En 1988 la familia Olaeta vendió la fundición por 210 millones de pesetas.",
         ("ESP", 210 * M)),
    read("en", "In 1990 the Brandt family sold the mill for 40 million German marks.",
         ("DEM", 40 * M)),
    read("es", "Naviera Egeo se vendió en 1996 por 3.000 millones de dracmas.",
         ("GRD", 3 * B)),
    read("es", "Pagaron 300.000 euros, unos 50 millones de pesetas de entonces.",
         ("EUR", Decimal(300000)), ("ESP", 50 * M)),
    read("es", "Valsecchi costó 90.000 millones de liras italianas en 1997.", ("ITL", 90 * B)),
    # grants and funds are money words
    read("es", "Quesería Ortal vendió por 64 millones de euros el año pasado.\n\nLeer "
               "más: El Gobierno regional abre ayudas de 9 millones para el campo.",
         ("EUR", 64 * M), ("EUR", 9 * M), country=ES),
    read("es", "Textil Albaida facturó 118 millones de euros en 2025.\n\nRelacionado: "
               "Brezal Capital reúne 250 millones en un nuevo fondo.",
         ("EUR", 118 * M), ("EUR", 250 * M), country=ES),
    # a place of one country, in a text that names none
    read("es", "Abarrotes Cienfuegos, que tiene tiendas en Nuevo León, pagó 1.200 "
               "millones de pesos por Droguerías Tlaloc.", ("MXN", Decimal("1.2") * B)),
    read("es", "Cementos Ramírez, que opera una planta en Guanajuato, pagó 800 millones "
               "de pesos.", ("MXN", 800 * M)),
    read("en", "Malaya Snacks, a chip maker based in Cebu, was sold for 3.4 billion "
               "pesos.", ("PHP", Decimal("3.4") * B)),
    read("en", "The Riyadh-based developer Nakhla Partners will pay SR2bn for the mall.",
         ("SAR", 2 * B)),
    read("en", "Istanbul-based Koruma Holding will pay TL450m for the plant.",
         ("TRY", 450 * M)),
    read("en", "Gulf Ports paid 2.5 billion dirhams for the container terminal in Dubai.",
         ("AED", Decimal("2.5") * B)),
    # riyales, Turkish liras
    read("es", "Nakhla, de Arabia Saudí, pagará 2.000 millones de riyales saudíes.",
         ("SAR", 2 * B), country=ES),
    read("es", "Doha Ventures, de Catar, pagará 2.000 millones de riyales por el centro.",
         ("QAR", 2 * B)),
    read("en", "Koruma paid 1.2 billion Turkish liras ($40 million) for the mill.",
         ("TRY", Decimal("1.2") * B), ("USD", 40 * M), country="TR"),
]


# Read as before the rules above: "liras" alone stays the Turkish lira (the euro's
# legacy names take no head a current currency has); a country named wins over places
# (the Zambian miller's "K" beside Port Moresby, whose kina writes "K" too).
KEPT = [
    read("es", "Koruma pagó 450 millones de liras en Turquía.", ("TRY", 450 * M)),
    read("en", "Copperbelt Mills, a Zambian miller with a depot in Port Moresby, paid "
               "K450 million for Ndola Grain.", ("ZMW", 450 * M)),
]


@pytest.mark.parametrize(("lang", "text", "country", "expected"), READS + KEPT)
def test_reads(
    lang: str, text: str, country: str | None, expected: list[tuple[str, Decimal]]
) -> None:
    assert figures(text, lang, country) == expected


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        # no country named: "TL" and "TRY" are initials and words, "riyales" unknown
        ("en", "Koruma Holding will pay 450 million TL for the plant.", None),
        ("en", "Anadolu Kredi raised TRY 300 million in a bond sale.", None),
        ("es", "Atlas Fosfatos pagará 500 millones de MAD por la mina.", None),
        ("es", "Nakhla pagará 2.000 millones de riyales por el centro.", ES),
        # a title, a model number, a count of people
        ("en", "Sr. Vela, the Saudi investor, said 450 million people use the app.", None),
        ("en", "The Saudi fund bought 2 million SR-71 parts.", None),
        ("es", "La ciudad turca tiene 500 millones de habitantes, TL;DR.", None),
        # places several countries have, a surname, no locative frame
        ("es", "Constructora Olmos, fundada en León, pagó 800 millones de pesos.", None),
        ("en", "In Santiago, Koruma Andina paid 3 billion pesos for the mill.", None),
        ("es", "Juan Mendoza pagó 500 millones de pesos, según Carlos Guerrero.", None),
        ("en", "Gulf Ports paid 2.5 billion dirhams for the terminal in Casablanca.", None),
        ("en", "The Jeddah developer Nakhla Partners will pay SR 2 billion for the mall.",
         None),
    ],
)
def test_no_money(lang: str, text: str, country: str | None) -> None:
    assert figures(text, lang, country) == []


def test_grants_to_households_are_no_sum() -> None:
    text = ("Quesería Ortal vendió por 64 millones de euros el año pasado.\n\n"
            "El Gobierno regional dará ayudas a 12 millones de hogares.")
    assert figures(text, "es", ES) == [("EUR", 64 * M)]


@pytest.mark.parametrize(
    ("text", "country", "low", "high", "currency"),
    [
        ("Bankers put Lusaka Maize Co. at K450 million to K500 million.",
         "ZM", 450 * M, 500 * M, "ZMW"),
        ("Brikama Oil is worth between D2.2 billion and D2.7 billion, brokers say.", "GM",
         Decimal("2.2") * B, Decimal("2.7") * B, "GMD"),
        ("Revenue at Selangor Wire was between RM2.1 billion and RM2.6 billion.", None,
         Decimal("2.1") * B, Decimal("2.6") * B, "MYR"),
        ("The stake in Godavari Cables is valued at Rs450 crore to Rs500 crore.", None,
         Decimal("4.5") * B, 5 * B, "INR"),
    ],
)
def test_a_range_whose_bounds_repeat_a_glued_sign(
    text: str, country: str | None, low: Decimal, high: Decimal, currency: str
) -> None:
    amounts = find_money(text, "en", country)[0]
    assert [(a.currency, a.min_value, a.max_value) for a in amounts] == [
        (currency, low, high)
    ]


def test_a_change_between_two_glued_sums_stays_two() -> None:
    text = "Sales at Karoo Steel rose from R2.1 billion to R2.6 billion."
    assert figures(text, "en", "ZA") == [("ZAR", Decimal("2.1") * B), ("ZAR", Decimal("2.6") * B)]
