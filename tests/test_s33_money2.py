"""Session 33, helper money2 (issue #13): local currencies as the news writes them
(kg.money). Every sentence is written for these tests, with invented names.

- A sign that is a letter or a word elsewhere ("P", "D", "Q", "L", "K", "R", "N",
  "E", "MK", "LE", "DH", "Br", "Sh", "Le", "CFA", "¢") before a figure is the currency
  of the country (or the currency) the text names, whatever the outlet: "P70 million" in a text on
  Botswana is pula, "L120 millones" beside "un fondo hondureño" lempiras. A one-letter
  sign only glued to its figure, and only before a figure with a scale word or of four
  digits or more ("Q3 results", "P2P", "N95", "R&D", "K-pop" are no money). A sign two
  named currencies share stays unread; the outlet's own signs win
  (``_Reader._named_signs``, ``_Reader._named_figure``, ``_text_currencies``).
- "Rs" and a currency name several countries share ("kwachas") are those of the one
  country the text names: "Rs 5 billion" of a Pakistani firm are Pakistani rupees.
- An ISO code that is a word too ("MAD", "BOB") is a currency before a figure in a text
  that names its country ("MAD 500 million" beside "a Moroccan producer").
- A sign two currencies write ("Bs", "Bs.": boliviano and bolívar) is the one of the
  country the text names.
- "GH¢" (Ghana's cedi sign as typed) and "₲" (the guaraní) name one currency anywhere.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from kg.money import find_money


def figures(text: str, lang: str, country: str | None = None) -> list[tuple[str, Decimal]]:
    """(currency, value) of each amount, in text order."""
    return [(a.currency, a.value) for a in find_money(text, lang, country)[0]
            if a.value is not None]


M = Decimal(10**6)
B = Decimal(10**9)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Kgalagadi Mining paid P70 million for the Serowe copper project in "
               "Botswana.", [("BWP", 70 * M)]),
        ("en", "The Banjul lender offered D900 million for Kombo Telecom, the Gambian "
               "regulator said.", [("GMD", 900 * M)]),
        ("es", "Maya Textil pagó por Q45 millones la planta de Escuintla, en Guatemala.",
         [("GTQ", 45 * M)]),
        ("es", "Copán Agro recibió L120 millones de un fondo hondureño.", [("HNL", 120 * M)]),
        ("en", "Okoro Foods bought Ibeji Mills for N45 billion, Nigerian officials said.",
         [("NGN", 45 * B)]),
        ("en", "Karoo Steel bought Kimberley Wire for R3.2 billion, the South African firm "
               "said.", [("ZAR", Decimal("3.2") * B)]),
        ("en", "Copperbelt Mills paid K450 million for Ndola Grain, a Zambian miller.",
         [("ZMW", 450 * M)]),
        ("en", "Lilongwe Tea paid MK12 billion for Thyolo Estates in Malawi.",
         [("MWK", 12 * B)]),
        ("en", "Addis Brewing paid Br2.5 billion for Awash Bottlers in Ethiopia.",
         [("ETB", Decimal("2.5") * B)]),
        ("en", "Nile Cement sold its unit for LE3 billion, the Egyptian company said.",
         [("EGP", 3 * B)]),
        ("en", "Atlas Foods paid DH500 million for Fes Dairy, a Moroccan producer.",
         [("MAD", 500 * M)]),
        ("en", "Cebu Holdings paid P3 billion for Bohol Resorts, the Philippine firm said.",
         [("PHP", 3 * B)]),
        ("en", "Mbabane Sugar paid E250 million for Manzini Mills in Eswatini.",
         [("SZL", 250 * M)]),
        ("es", "Café Tarrazú pagó ¢4.500 millones por Cafetalera Orosi, en Costa Rica.",
         [("CRC", 4500 * M)]),
        ("en", "Dakar Agro paid CFA 20 billion for Thiès Mills in Senegal.",
         [("XOF", 20 * B)]),
        ("en", "Douala Timber paid CFA 20 billion for Kribi Wood, the Cameroonian group "
               "said.", [("XAF", 20 * B)]),
        ("en", "Nyeri Foods raised Sh5 billion from Kenyan pension funds.", [("KES", 5 * B)]),
        ("en", "Freetown Mining paid Le 45 billion for Bo Diamonds in Sierra Leone.",
         [("SLE", 45 * B)]),
        # a figure of four digits or more needs no scale word; "P70m" is one
        ("en", "Kgalagadi Mining paid P1,500,000 for Serowe Copper in Botswana.",
         [("BWP", Decimal(1500000))]),
        ("en", "Kgalagadi Mining paid P70m for Serowe Copper in Botswana.", [("BWP", 70 * M)]),
        # the currency named by name supports its sign as a country does
        ("en", "Kgalagadi Mining paid P70 million for Serowe Copper; the pula fell.",
         [("BWP", 70 * M)]),
    ],
)
def test_a_local_sign_is_the_currency_the_text_names(
    lang: str, text: str, expected: list[tuple[str, Decimal]]
) -> None:
    assert figures(text, lang) == expected


def test_a_local_sign_is_read_whatever_the_outlet_but_the_outlet_sign_wins() -> None:
    text = ("Kgalagadi Mining paid P70 million for Serowe Copper in Botswana; R5 million "
            "went to fees.")
    assert figures(text, "en", "US") == [("BWP", 70 * M)]
    assert figures(text, "en", "ZA") == [("BWP", 70 * M), ("ZAR", 5 * M)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no country nor currency named: the letter is no sign
        ("en", "Lilongwe Tea paid P70 million for Thyolo Estates."),
        # a one-letter sign apart from its figure
        ("en", "Kgalagadi Mining paid P 70 million for Serowe Copper in Botswana."),
        # letters and figures that are no money, in texts naming the country
        ("en", "Kgalagadi Mining beat forecasts in Q3 results, the Botswana miner said, "
               "with P2P lending up 40%."),
        ("en", "Okoro Foods ordered N95 masks for its Nigerian plants and 2,000 N95 "
               "respirators."),
        ("en", "Karoo Steel spent R&D funds in South Africa; its R3 engine line grew."),
        ("en", "The Gambian festival opened on D-Day; D5 tickets sold out."),
        ("en", "Copperbelt Mills in Zambia signed a K-pop star and bought a K2 drill."),
        ("es", "L'Oréal abrió en Honduras su tienda número L12 con 300 empleados."),
        ("en", "Kofi Mensah passed CFA 3 in Senegal."),
        # two named countries write "K" (or "CFA"): neither is read
        ("en", "Dakar Agro paid CFA 20 billion for Thiès Mills in Senegal and Douala "
               "Timber in Cameroon."),
        ("en", "Goroka Beans of Papua New Guinea paid K80 million; its Zambian rival "
               "paid K90 million."),
    ],
)
def test_a_letter_is_no_sign_without_its_country_a_glued_figure_or_a_sum(
    lang: str, text: str
) -> None:
    assert figures(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "Rs" and a shared name ("kwachas"): those of the one country named
        ("en", "Karachi Textiles paid Rs 5 billion for Lahore Looms, the Pakistani firm "
               "said.", [("PKR", 5 * B)]),
        ("en", "Kandy Tea paid Rs 5 billion for Galle Spices, the Sri Lankan firm said.",
         [("LKR", 5 * B)]),
        ("en", "Kathmandu Hydro paid Rs 5 billion for Pokhara Power, the Nepali firm said.",
         [("NPR", 5 * B)]),
        ("en", "Ndola Grain was sold for 450 million kwachas, the Zambian regulator said.",
         [("ZMW", 450 * M)]),
        ("en", "Pune Forge paid Rs 5 billion for Nashik Dies.", [("INR", 5 * B)]),
        ("en", "Ndola Grain was sold for 450 million kwachas.", []),
        # an ISO code that is a word too: a currency where its country is named
        ("en", "Atlas Foods paid MAD 500 million for Fes Dairy, a Moroccan producer.",
         [("MAD", 500 * M)]),
        ("es", "Altiplano Minera pagó BOB 300 millones por Oruro Estaño, en Bolivia.",
         [("BOB", 300 * M)]),
        ("en", "MAD 500 million in sales were booked by Atlas Foods.", []),
        # a sign two currencies write: that of the country named, else as before
        ("es", "Altiplano Minera pagó Bs. 300 millones por Oruro Estaño, en Bolivia.",
         [("BOB", 300 * M)]),
        ("es", "Orinoco Gas pagó Bs 300 millones por Maturín Petro, en Venezuela.",
         [("VES", 300 * M)]),
        ("es", "Orinoco Gas pagó Bs. 300 millones por Maturín Petro.", [("VES", 300 * M)]),
    ],
)
def test_the_country_named_decides_rupees_shared_names_codes_and_signs(
    lang: str, text: str, expected: list[tuple[str, Decimal]]
) -> None:
    assert figures(text, lang) == expected


def test_cedi_and_guarani_signs_name_one_currency_anywhere() -> None:
    assert figures("Ashanti Cocoa raised GH¢12 million from pension funds.", "en") == [
        ("GHS", 12 * M)
    ]
    assert figures("Itaipú Agro pagó ₲ 150.000 millones por Chaco Carne.", "es") == [
        ("PYG", 150000 * M)
    ]


def test_a_deal_takes_the_local_amount(en: Language, es: Language) -> None:
    deals = list(en("Kgalagadi Mining paid P70 million for Serowe Copper, the Botswana "
                    "group said.")._.kg_deals)
    assert [(d.amount.currency, d.amount.value) for d in deals if d.amount] == [
        ("BWP", 70 * M)
    ]
    deals = list(es("Maya Textil compró Hilos Escuintla por Q45 millones, informó la "
                    "empresa guatemalteca.")._.kg_deals)
    assert [(d.amount.currency, d.amount.value) for d in deals if d.amount] == [
        ("GTQ", 45 * M)
    ]
