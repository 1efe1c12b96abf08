"""One deal published twice (session 26, repeat1, #13). Every sentence is written for
these tests, with invented companies.

- A Spanish company's name less its plural noun of a trade's place, shop or agent
  (-deros, -erías, -dores, -doras: "Secaderos", "Panaderías", "Embotelladores") names
  the company when two words or more are left ("Lumbrera Alta" of "Secaderos Lumbrera
  Alta"), as "Bodegas" goes from "Bodegas X" (kg.entities.resolve, ``_trade_words``):
  a headline's short form is the same party, not a second merger.

The last test runs the installed pipelines and is marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.entities.resolve import _is_short_org, _org_short_forms, _plural_trade_noun

# ---------------------------------------------------------------- a trade noun left out


@pytest.mark.parametrize("word, trade", [
    ("secaderos", True), ("aserraderos", True), ("panaderias", True),
    ("embotelladores", True), ("distribuidoras", True),
    ("carlos", False), ("hermanos", False), ("herreros", False), ("socios", False),
])
def test_plural_nouns_of_a_trades_place_shop_or_agent(word: str, trade: bool) -> None:
    assert _plural_trade_noun(word) is trade


def test_a_name_less_its_plural_trade_noun_names_the_company() -> None:
    assert _is_short_org(["lumbrera", "alta"], ["secaderos", "lumbrera", "alta"], lang="es")
    assert "Lumbrera Alta" in set(_org_short_forms(
        ["Secaderos", "Lumbrera", "Alta"], lang="es"))


def test_one_word_left_is_not_enough() -> None:
    # "Aserraderos Tornel": "Tornel" alone may be a place or a family
    assert not _is_short_org(["tornel"], ["aserraderos", "tornel"], lang="es")


def test_outside_spanish_the_first_word_stays() -> None:
    assert not _is_short_org(["lumbrera", "alta"], ["secaderos", "lumbrera", "alta"], lang="en")


@pytest.mark.model
def test_a_headlines_short_form_is_the_same_partner(es: Language) -> None:
    text = ("Secaderos Lumbrera Alta y Cárnicas Osera anunciaron su fusión en 2010. "
            "Dos años después, Osera y Lumbrera Alta rompieron su fusión.")
    deals = es(text)._.kg_deals
    assert len(deals) == 1
    assert {x.name for _, x in deals[0].roles} == {"Secaderos Lumbrera Alta", "Cárnicas Osera"}
    assert deals[0].status == "Cancelled"

