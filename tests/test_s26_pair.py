"""Session 26, pair1: a description in the singular for a name in the plural.

Many company names carry the noun of their trade in the plural: last in English
("Dunmore Textile Mills", "Fenwick Breweries"), first in Spanish ("Bodegas Peñaval",
"Talleres Ebro"). A later definite description in the singular ("the mill", "the
brewery", "la bodega", "el taller") is the writer's short name for that company, as
"the fund" is for "Lantau Growth Fund" (kg.deals.namesake: ``_plurales`` in Spanish,
session 26 apart8's ``_plural`` in English), not the
buyer of the mill nor the subject of the sentence before. Without it, an article
that tells how a mill was bought and then what "the mill" signed gave the buyer's
name to the mill's contract: a false deal of the wrong pair.

A Spanish family group is named after its founders ("Grupo Soler Bofill"), and the
press drops "Grupo" ("la opa de Soler Bofill"). Those two surnames stay the group's
name when its chairman, "Pere-Joan Soler", bears one of them
(kg.entities.retype.surnames_of_person, ``_group_less_head``): read as a person,
they left the sentence that continues the group's story ("Es habitual que
Soler Bofill crezca ... En 2022 adquirió ...") to a fund named in between.

Every sentence is written for these tests, with invented companies and people.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.namesake import _plurales
from tests.test_deal_roles_es import deals_among, roles
from tests.test_s22_lead import names

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
    text = ("The audit reviews the 2024 sale of a 51 per cent stake in Dunmore Textile Mills "
            "to Arkley Holdings of Leeds.\n\n"
            "The auditors also note that Arkley Holdings has a private equity fund, Quarry "
            "Lane Capital, as its largest shareholder.\n\n"
            "Once the sale closed, the mill agreed to a supply contract with Ostrava Yarn "
            "Trading for 4,000 tonnes of cotton a year.")
    assert parties(en, text, MILL, "Ostrava Yarn Trading") == {"Dunmore Textile Mills"}


def test_the_brewery_is_the_company_named_breweries(en: Language) -> None:
    names = ("Fenwick Breweries", "Calder Drinks", "Tolland Glass")
    text = ("Calder Drinks bought Fenwick Breweries in 2023 for £80m. Calder Drinks "
            "later raised its dividend.\n\n"
            "This year the brewery signed a contract with Tolland Glass to buy all its "
            "bottles until 2030.")
    assert parties(en, text, names, "Tolland Glass") == {"Fenwick Breweries"}


def test_la_bodega_is_the_company_named_bodegas(es: Language) -> None:
    names = ("Grupo Arlanza", "Bodegas Peñaval", "Fondo Meseta", "Vidrios Tormes")
    text = ("Grupo Arlanza compró en marzo el 60% de Bodegas Peñaval. Grupo Arlanza está "
            "participado en un 30% por Fondo Meseta.\n\n"
            "Desde entonces, la bodega firmó con Vidrios Tormes un contrato para comprarle "
            "botellas por 2 millones de euros.")
    assert parties(es, text, names, "Vidrios Tormes") == {"Bodegas Peñaval"}


def test_la_empresa_is_left_to_the_topic_not_to_empresas_x(es: Language) -> None:
    # a generic noun ("la empresa", "el grupo") means the story's company, whatever
    # the name of another opens with
    names = ("Textiles Arauco", "Empresas Quillay", "Vidrios Tormes")
    text = ("Textiles Arauco compró en 2021 el 15% de Empresas Quillay. Este año Textiles "
            "Arauco duplicó sus ventas.\n\n"
            "Vidrios Tormes ha firmado un contrato con la empresa por 3 millones "
            "de dólares.")
    assert "Empresas Quillay" not in parties(es, text, names, "Vidrios Tormes")


@pytest.mark.parametrize("word, plural", [
    ("bodega", "bodegas"), ("taller", "talleres"), ("construcción", "construcciones"),
])
def test_a_spanish_trade_noun_matches_its_plural(word: str, plural: str) -> None:
    assert plural in _plurales(word)


# ---------------------------------------------------------------- a group less "Grupo"

GROUP = ("VALLADOLID, 9 feb (Telepress) — Los consejeros de Eléctrica Tormes rechazaron "
         "ayer la opa que presentó Grupo Soler Bofill.\n\n"
         "La OPA de Soler Bofill sobre Tormes valora la eléctrica en 900 millones de euros."
         "\n\nEl presidente de Soler Bofill, Pere-Joan Soler, replicó que la oferta es "
         "justa. Según el diario La Meseta, el fondo Halcón Capital estudia una oferta "
         "competidora. Halcón no quiso hacer comentarios.\n\n"
         "Es habitual que Soler Bofill crezca mediante compras. En 2022 adquirió "
         "la distribuidora Redes del Órbigo por 300 millones de euros.")


def test_a_group_less_its_head_is_no_person_for_its_chairmans_surname(es: Language) -> None:
    assert "Soler Bofill" not in names(es, GROUP, "person")
    assert "Pere-Joan Soler" in names(es, GROUP, "person")


def test_the_group_less_its_head_carries_its_story_on(es: Language) -> None:
    bought = [r for _, r in _all(es, GROUP) if "Redes del Órbigo" in r.get("target", set())]
    assert bought and bought[0].get("acquirer") == {"Grupo Soler Bofill"}


def test_a_persons_surnames_alone_are_still_the_person(es: Language) -> None:
    text = ("Fernando Chico Pardo compró el 10% de Aeropuertos del Sur. Chico Pardo dijo "
            "que la compra es una inversión a largo plazo.")
    assert "Fernando Chico Pardo" in names(es, text, "person")
    assert "Chico Pardo" not in names(es, text, "org")


def _all(nlp: Language, text: str) -> list[tuple[str, dict]]:
    return [(d.type, roles(d)) for d in nlp(text)._.kg_deals]
