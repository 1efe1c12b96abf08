"""Session 26, the lead's rules (issue #13).

- English "The largest shareholder of Y is X": the copula's complement is the holder, as
  in Spanish "El mayor accionista de Y es X" (kg.deals.roles.holders).
- A dateline's second part places the story: "FLIN FLON, Manitoba —", "HAMILTON,
  Bermuda —", "TRURO, N.S. —". A town too small for GeoNames' list, or a city with
  namesakes abroad, no longer leaves the outlet unplaced, and a bare "$" is then the
  local dollar or peso (kg.origin.region_countries).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from kg.money import find_money
from kg.origin import dateline_country, region_countries
from tests.test_s22_lead import deals


def read(text: str, lang: str) -> list[tuple[str, Decimal]]:
    """(currency, value) of each exact amount, the outlet placed by the dateline only."""
    amounts = find_money(text, lang, dateline_country(text, lang))[0]
    return [(a.currency, a.value) for a in amounts if a.value is not None]


# -- a dateline's province, state or country ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("FLIN FLON, Manitoba — Tundra Drilling said on Monday ...", "en", "CA"),
        ("HAMILTON, Bermuda — Reefline Insurance said ...", "en", "BM"),
        ("TRURO, N.S. — The dairy co-operative said ...", "en", "CA"),
        ("SAN RAFAEL, Mendoza.- La bodega Valle Azul compró ...", "es", "AR"),
        ("CASTRO, Los Lagos.- La salmonera Quellón vendió ...", "es", "CL"),
    ],
)
def test_the_province_or_country_after_the_city_places_the_story(
    text: str, lang: str, expected: str,
) -> None:
    assert dateline_country(text, lang) == expected


def test_a_region_beats_a_more_populous_namesake_of_the_city() -> None:
    # London alone is Britain's; "London, Ontario" is in Canada
    assert dateline_country("LONDON, Ontario — The foundry said ...", "en") == "CA"
    assert dateline_country("LONDON — The foundry said ...", "en") == "GB"


def test_the_citys_country_wins_when_the_region_could_be_it() -> None:
    # "Georgia" is a country and a US state: Tbilisi says which
    assert dateline_country("TBILISI, Georgia — The winery said ...", "en") == "GE"
    assert dateline_country("ATLANTA, Georgia — The bottler said ...", "en") == "US"


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        (" Manitoba", {"CA"}),
        (" P.E.I.", {"CA"}),
        (" Qld", {"AU"}),
        (" Bermuda", {"BM"}),
        (" Córdoba", {"AR", "CO", "ES"}),  # three countries have a Córdoba province
        (" 12 nov.", set()),  # a date
        (" the company said", set()),
    ],
)
def test_what_a_datelines_second_part_may_name(region: str, expected: set[str]) -> None:
    assert region_countries(region, "en") == expected


def test_a_province_several_countries_have_leaves_the_city_to_decide() -> None:
    # "Villa Nueva" alone is a Guatemalan city; no Córdoba province is in Guatemala
    assert dateline_country("VILLA NUEVA, Córdoba.- La aceitera ...", "es") is None


def test_a_wire_story_stays_unplaced_whatever_its_region() -> None:
    assert dateline_country("FLIN FLON, Manitoba (Reuters) — The miner ...", "en") is None


# -- what the place means for a bare "$" ---------------------------------------------------


def test_a_bare_dollar_under_a_canadian_province_is_the_canadian_dollar() -> None:
    text = ("FLIN FLON, Manitoba — Tundra Drilling bought Copper Lake Services for "
            "$6.5 million, the company said.")
    assert read(text, "en") == [("CAD", Decimal("6.5e6"))]


def test_a_bare_dollar_under_bermuda_is_the_bermudian_dollar() -> None:
    text = "HAMILTON, Bermuda — Reefline Insurance paid $40 million for Coral Re."
    assert read(text, "en") == [("BMD", Decimal("4e7"))]


def test_a_bare_peso_sign_under_an_argentine_province_is_the_argentine_peso() -> None:
    text = ("SAN RAFAEL, Mendoza.- La bodega Valle Azul compró la finca Los Sauces por "
            "$ 900 millones.")
    assert read(text, "es") == [("ARS", Decimal("9e8"))]


# -- halves and quarters of a scale word --------------------------------------------------


def plain(text: str, lang: str) -> list[tuple[str, Decimal]]:
    return [(a.currency, a.value) for a in find_money(text, lang, None)[0] if a.value is not None]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Brindle Foods paid a quarter of a billion dollars for the dairy.", "en",
         ("USD", Decimal("2.5e8"))),
        ("The stake went for three quarters of a million pounds.", "en",
         ("GBP", Decimal("7.5e5"))),
        ("Halden Air raised one and a half million dollars from its pilots.", "en",
         ("USD", Decimal("1.5e6"))),
        ("The yard was sold for two-and-a-half billion dollars.", "en",
         ("USD", Decimal("2.5e9"))),
        ("The trust paid a million and a half dollars for the mill.", "en",
         ("USD", Decimal("1.5e6"))),
        ("Cerámicas Ribera pagó un millón y medio de euros por el almacén.", "es",
         ("EUR", Decimal("1.5e6"))),
        ("El fondo invirtió dos millones y medio de dólares en la bodega.", "es",
         ("USD", Decimal("2.5e6"))),
    ],
)
def test_a_half_or_a_quarter_of_a_scale_word_is_counted(
    text: str, lang: str, expected: tuple[str, Decimal],
) -> None:
    assert plain(text, lang) == [expected]


def test_a_scale_word_alone_after_a_fraction_is_not_the_whole_sum() -> None:
    # before the rule, "a quarter of a billion dollars" read as a billion
    found = plain("Brindle Foods paid a quarter of a billion dollars for the dairy.", "en")
    assert ("USD", Decimal("1e9")) not in found


def test_y_medio_after_a_figure_with_no_scale_is_no_half() -> None:
    # "y medio" halves only a scale word: "3 euros y medio" is left to the cents rules
    assert plain("La cooperativa cobró 40 millones de euros y medio año después vendió.", "es") \
        == [("EUR", Decimal("4e7"))]


# -- home signs the press writes with a full stop; Uruguay's "$U"; "MM" -------------------


def test_bs_with_a_full_stop_is_the_boliviano_in_bolivian_news() -> None:
    text = "La azucarera Tajibo compró el ingenio Guarayos por Bs. 210 millones."
    assert read_in(text, "es", "BO") == [("BOB", Decimal("2.1e8"))]
    # elsewhere "Bs." stays Venezuela's bolívar
    assert read_in(text, "es", "VE") == [("VES", Decimal("2.1e8"))]


def test_gs_is_the_guarani_in_paraguayan_news() -> None:
    text = "La estancia se vendió por Gs. 5.000 millones a Ganadera Itá."
    assert read_in(text, "es", "PY") == [("PYG", Decimal("5e9"))]


def test_dollar_u_is_the_uruguayan_peso() -> None:
    text = "El frigorífico Tacuarí fue vendido por $U 300 millones."
    assert plain(text, "es") == [("UYU", Decimal("3e8"))]


def test_mm_after_a_dollar_figure_is_millions() -> None:
    assert plain("Ridgeback Capital put $3.5MM into the brewer.", "en") == \
        [("USD", Decimal("3.5e6"))]


def read_in(text: str, lang: str, country: str) -> list[tuple[str, Decimal]]:
    return [(a.currency, a.value) for a in find_money(text, lang, country)[0]
            if a.value is not None]


# -- thousands grouped by plain spaces; names and initials the press uses -------------------


@pytest.mark.parametrize(
    ("text", "lang", "country", "expected"),
    [
        ("La cooperativa Vallehermoso pagó 35 000 000 euros por la almazara.", "es", None,
         ("EUR", Decimal("3.5e7"))),
        ("El lote salió por 1 250 000 € en la subasta.", "es", None, ("EUR", Decimal("1.25e6"))),
        ("La nave se alquiló por 12 345,50 euros al mes.", "es", None,
         ("EUR", Decimal("12345.50"))),
        ("Karoo Feeds paid R4 500 000 for the farm near Graaff-Reinet.", "en", "ZA",
         ("ZAR", Decimal("4.5e6"))),
    ],
)
def test_thousands_grouped_by_spaces_are_one_number(
    text: str, lang: str, country: str | None, expected: tuple[str, Decimal],
) -> None:
    # before the rule: "35 000 000 euros" read as "000 euros", a sum of nought
    assert read_in(text, lang, country) if country else plain(text, lang) == [expected]


def test_spaced_groups_take_only_three_digits_and_never_join_a_year() -> None:
    found = plain("En 2025 la naviera Arnela invirtió 300 000 euros en grúas.", "es")
    assert found == [("EUR", Decimal("3e5"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fjordline agreed a bid worth 1.2 billion Norwegian crowns.", ("NOK", Decimal("1.2e9"))),
        ("Lotus Plastics paid RMB600 million for the Ningbo plant.", ("CNY", Decimal("6e8"))),
        ("Lotus Plastics paid 600 million RMB for the plant.", ("CNY", Decimal("6e8"))),
        ("The resort went for 2 million Fiji dollars.", ("FJD", Decimal("2e6"))),
    ],
)
def test_currency_names_and_initials_of_the_press(text: str, expected: tuple[str, Decimal]) -> None:
    assert plain(text, "en") == [expected]


# -- "The largest shareholder of Y is X" -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The largest shareholder of Arden Tile is Keswick Partners, with 30 per cent.",
        "The biggest shareholder in Arden Tile is still Keswick Partners.",
    ],
)
def test_the_complement_of_a_holder_nouns_copula_is_the_holder(en: Language, text: str) -> None:
    assert deals(en, text) == [{"investee": "Arden Tile", "investor": "Keswick Partners"}]


def test_a_holder_noun_said_to_be_no_name_makes_no_deal(en: Language) -> None:
    text = "The largest shareholder of Arden Tile is unknown, said Keswick Partners."
    assert deals(en, text) == []


# -- trades that close a company's name ------------------------------------------------------


@pytest.mark.parametrize("name", ["Casco Seafoods", "Rathlin Fisheries"])
def test_a_food_trade_in_the_plural_closes_a_companys_name(en: Language, name: str) -> None:
    # after an agency's dateline the model leaves "Seafoods" outside any name ("Fisheries"
    # was found before: a guard)
    text = f"PORTLAND, Maine (AP) — {name} agreed to buy Bayside Lobster for $12 million."
    assert deals(en, text) == [{"target": "Bayside Lobster", "acquirer": name}]
