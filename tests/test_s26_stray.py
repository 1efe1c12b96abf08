"""Session 26, stray10: false deals with a party the deal does not have (a stray party).

- A name never runs on into the price after it (kg.entities.figures, ``figure:money``):
  any sign of Unicode's currency class ("₱", "₦") and a dollar with a country's
  capitals before it ("T$45,000") are money, as the listed signs are, so "Velmora
  Living for ₱2.5 billion" is Velmora Living, and the deal's party with it.
- A numbered label names nothing (kg.entities.furniture, ``furniture:rubric``): a line
  opened by a common word in capitals and the number it heads ("LOT 41", "PANEL 3 ·
  1929: ..."), a catalogue's lot or an exhibition's panel, is no organisation, and no
  "the company" after it stands for it. A word that is also a place ("LOT") is a label
  only when the article numbers it twice.
- A hyphenated place's name is one name through its particles (kg.entities.component,
  ``_caps``; lexicon ``hyphen_particles``): "Anse-des-Roches Seafood Ltd." is one
  buyer, not "Anse" and "Roches Seafood", as "Couche-Tard" is one.
- The noun of trade before an English generic head says which company it is
  (kg.deals.namesake): "the hotel company" after "Marlow Quarry Hotels Ltd" is that
  company, not the council that was the subject before.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.entities.figures import _is_money


def names(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities}


def deals(nlp: Language, text: str) -> list[tuple[str, dict[str, set[str]]]]:
    out = []
    for d in nlp(text)._.kg_deals:
        roles: dict[str, set[str]] = {}
        for role, ref in d.roles:
            roles.setdefault(role, set()).add(ref.name)
        out.append((d.type, roles))
    return out


def parties(found: list[tuple[str, dict[str, set[str]]]]) -> set[str]:
    return {name for _, rs in found for ns in rs.values() for name in ns}


# -- a name never runs on into the price -------------------------------------------------


@pytest.mark.parametrize("text, money", [
    ("₱", True),
    ("₦", True),
    ("₱1.3", True),
    ("T$", True),
    ("T$45,000", True),
    ("FJ$2m", True),
    ("Works", False),
    ("AT&T", False),
    ("Ke$ha", False),
    ("-", False),
])
def test_a_currency_sign_is_told_by_its_class(text: str, money: bool) -> None:
    assert _is_money(text) is money


def test_a_buyer_named_before_a_peso_sign_is_cut_at_the_sign(en: Language) -> None:
    text = ("Dana Pell says Corlan Breads has been sold to Norwegian retailer Nordvik "
            "Living for ₱1.3 billion.")
    found = names(en, text)
    assert "Nordvik Living" in found
    assert not any(name.endswith(" for") for name in found)
    assert ("Acquisition", {"acquirer": {"Nordvik Living"}, "target": {"Corlan Breads"}}) \
        in deals(en, text)


def test_a_seller_named_before_an_island_dollar_is_cut_at_the_sign(en: Language) -> None:
    text = "The Town Council has agreed to buy heaters from Kessel Heat Works for T$45,000."
    assert "Kessel Heat Works" in names(en, text)
    assert parties(deals(en, text)) == {"Town Council", "Kessel Heat Works"}


# -- a numbered label names nothing ------------------------------------------------------

_CATALOGUE = """AUCTION 318 · SUNDAY, MAY 3, 2026

LOT 41
Harlow Creamery Co., share certificate, 1931.
Remark: This printed sheet records a deal under which the company would deliver butter \
to Pemberton Stores for five years.

LOT 42
Quarry Bank share, 1969.
Note: The company agreed to sell its quarry to Tamsin Aggregates."""


def test_a_catalogues_lot_is_no_organisation(en: Language) -> None:
    found = names(en, _CATALOGUE)
    assert not found & {"LOT", "AUCTION"}
    assert {"Harlow Creamery", "Quarry Bank", "Tamsin Aggregates"} <= found


def test_the_company_after_a_lot_is_not_the_lot(en: Language) -> None:
    assert "LOT" not in parties(deals(en, _CATALOGUE))


def test_a_panel_heading_is_no_organisation(es: Language) -> None:
    text = ("PANEL 1 · 1907: NACE UNA NAVIERA\n"
            "La Naviera Quintral compró tres vapores a Astilleros Mardel.\n\n"
            "PANEL 2 · 1930: LA VENTA\n"
            "La empresa vendió su flota a Transportes Cabo Norte.")
    found = names(es, text)
    assert "PANEL" not in found
    assert "PANEL" not in parties(deals(es, text))


def test_a_place_word_before_a_number_once_is_left_to_the_results_line(en: Language) -> None:
    # one line, one number: a score as much as a label ("LOT" is a French department)
    text = "LOT 2\nThe Marne side lost at home on Sunday."
    assert "LOT" in names(en, text)


def test_a_name_in_capitals_before_a_number_is_no_label(en: Language) -> None:
    text = "KESTREL 4\nKestrel Foods said on Monday it would sell its dairy to Orvale."
    assert "Kestrel Foods" in names(en, text)


# -- the noun of trade before a generic head says which company ------------------------


def investees(nlp: Language, text: str) -> set[str]:
    return {n for t, rs in deals(nlp, text) if t == "Investment"
            for n in rs.get("investee", set())}


def test_the_hotel_company_is_the_company_named_hotels(en: Language) -> None:
    text = ("The Town Council has signed a 30-year lease of the old quarry to Marlow "
            "Quarry Hotels Ltd, which plans a spa. The lease brings the town $50,000 a "
            "year. The hotel company is backed by the Kestrel Growth Fund, which has "
            "invested $4 million in it.")
    found = deals(en, text)
    assert ("Investment", {"investor": {"Kestrel Growth Fund"},
                           "investee": {"Marlow Quarry Hotels"}}) in found
    assert "Town Council" not in parties(found)


def test_a_plain_generic_head_still_continues_the_subject(en: Language) -> None:
    # no noun of trade: "the company" is the subject before, as it was
    text = ("Tarvin Hotels said its profit rose. Brackley Mining runs two pits. The company "
            "is backed by the Kestrel Growth Fund, which has invested $4 million in it.")
    assert investees(en, text) == {"Brackley Mining"}


def test_a_trade_no_company_is_named_after_is_left_to_the_other_rules(en: Language) -> None:
    text = ("Tarvin Foods has signed a lease with Orrin Estates. The shipping company is "
            "backed by the Kestrel Growth Fund, which has invested $4 million in it.")
    assert investees(en, text) == {"Tarvin Foods"}


# -- a hyphenated place's name is one name -----------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Anse-des-Roches Seafood Ltd. and a growers' co-op will purchase the cannery from "
     "Groupe Marin for $12 million.", "Anse-des-Roches Seafood"),
    ("Anse-aux-Pins Fisheries agreed to buy Tarvo Boats.", "Anse-aux-Pins Fisheries"),
    ("Tarvo Boats was sold to Southend-on-Sea Marine Ltd.", "Southend-on-Sea Marine"),
])
def test_a_hyphenated_place_name_is_one_name(en: Language, text: str, name: str) -> None:
    found = names(en, text)
    assert name in found
    assert not found & {"Anse", "Roches Seafood", "Pins Fisheries", "Sea Marine"}
    assert name in parties(deals(en, text))


def test_common_words_hyphenated_about_a_particle_are_no_name(en: Language) -> None:
    text = "Kestrel Foods said sales rose 5% Year-on-Year after it bought Orvale."
    assert not any("Year" in name for name in names(en, text))


@pytest.mark.parametrize("text, trade", [
    ("The hotel company is backed by a fund.", "hotel"),
    ("The company is backed by a fund.", None),
    # an object is left to the rules of recency and trade
    ("A fund invested $4 million in the hotel company.", None),
])
def test_the_noun_of_trade_is_read_before_a_subjects_generic_head(
    en: Language, text: str, trade: str | None
) -> None:
    from kg.deals.namesake import _trade_of

    (company,) = [t for t in en(text) if t.lower_ == "company"]
    assert _trade_of(company) == trade
