"""Session 26, pair1: a description in the singular for a name in the plural.

Many company names carry the noun of their trade in the plural: last in English
("Dunmore Textile Mills", "Fenwick Breweries"), first in Spanish ("Bodegas Peñaval",
"Talleres Ebro"). A later definite description in the singular ("the mill", "the
brewery", "la bodega", "el taller") is the writer's short name for that company, as
"the fund" is for "Lantau Growth Fund" (kg.deals.namesake, ``_plurales`` for Spanish,
session 26 apart8's ``_plural`` for English), not the
buyer of the mill nor the subject of the sentence before. Without it, an article
that tells how a mill was bought and then what "the mill" signed gave the buyer's
name to the mill's contract: a false deal of the wrong pair.

Every sentence is written for these tests, with invented companies.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.namesake import _plurales
from tests.test_deal_roles_es import deals_among, roles

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def found(nlp: Language, text: str, names: tuple[str, ...]) -> list[tuple[str, dict]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, names)]


def parties(nlp: Language, text: str, names: tuple[str, ...], other: str) -> set[str]:
    """Who signs with ``other`` in ``text``'s deals."""
    out: set[str] = set()
    for _, r in found(nlp, text, names):
        named = set().union(*r.values())
        if other in named:
            out |= named - {other}
    return out


MILL = ("Dunmore Textile Mills", "Arkley Holdings", "Quarry Lane Capital",
        "Ostrava Yarn Trading")


def test_the_mill_is_the_company_named_mills_not_its_buyer(en: Language) -> None:
    text = ("The audit covers the sale of 51 per cent of Dunmore Textile Mills to Arkley "
            "Holdings of Leeds.\n\n"
            "The auditors also note that Arkley Holdings is 30 per cent owned by Quarry "
            "Lane Capital, a private equity fund.\n\n"
            "Since the sale, the mill has signed a supply agreement with Ostrava Yarn "
            "Trading for 4,000 tonnes of cotton a year.")
    assert parties(en, text, MILL, "Ostrava Yarn Trading") == {"Dunmore Textile Mills"}


def test_the_brewery_is_the_company_named_breweries(en: Language) -> None:
    names = ("Fenwick Breweries", "Calder Drinks", "Tolland Glass")
    text = ("Calder Drinks bought Fenwick Breweries in 2023 for £80m. Calder Drinks "
            "later raised its dividend.\n\n"
            "This year the brewery signed a five-year contract with Tolland Glass for "
            "all its bottles.")
    assert parties(en, text, names, "Tolland Glass") == {"Fenwick Breweries"}


def test_la_bodega_is_the_company_named_bodegas(es: Language) -> None:
    names = ("Grupo Arlanza", "Bodegas Peñaval", "Fondo Meseta", "Vidrios Tormes")
    text = ("Grupo Arlanza compró en marzo el 60% de Bodegas Peñaval. Grupo Arlanza está "
            "participado en un 30% por Fondo Meseta.\n\n"
            "Desde entonces, la bodega ha firmado un contrato de suministro con Vidrios "
            "Tormes por 2 millones de euros.")
    assert parties(es, text, names, "Vidrios Tormes") == {"Bodegas Peñaval"}


@pytest.mark.parametrize("word, plural", [
    ("bodega", "bodegas"), ("taller", "talleres"), ("construcción", "construcciones"),
])
def test_a_spanish_trade_noun_matches_its_plural(word: str, plural: str) -> None:
    assert plural in _plurales(word)
