"""Deals whose parties are told in different sentences (session 19, helper lede4,
issue #13). Tested on sentences written for these tests; the organisations are given by
hand.

- a part held with no company named after it ("Y holds 9.8 per cent", "el fondo Y, que
  tiene el 8 %") is a part of the company the lede is about, when that company is the
  settled topic (kg.deals.tacit.part_of_topic); never of anything a complement names
  ("12 per cent of the market", "12% market share"), never a person's part, never a
  count said of another noun ("tiene clientes que representan el 40 %");
- "3pc" is a percentage (kg.deals.tacit.counted_part);
- the source of a sentence ("Jo Bell, a fund manager at Y, which owns 3pc of the
  company, said ...") is a party of what its own relative clause tells
  (kg.deals.component.reporter_acts).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_deal_roles_es import deals_among, roles

pytestmark = pytest.mark.model

NAMES = (
    "Kinvara Telecom", "Fenwick Partners", "Alimentos Tabora", "Previsión Austral",
    "Grupo Caldas", "Cervezas Moraña", "Fondo Aralar", "Osprey Lane", "Dunmore Trust",
    "Harlow Group",
)


def deals(nlp: Language, text: str) -> list[Deal]:
    return deals_among(nlp, text, NAMES)


def holdings(found: list[Deal], investor: str) -> list[dict[str, set[str]]]:
    return [r for d in found if (r := roles(d)).get("investor") == {investor}]


# -- a part held with no company named: the lede's company ------------------------------


@pytest.mark.parametrize("text", [
    "Kinvara Telecom said on Monday it would sell its fibre network for $500 million. "
    "Kinvara Telecom reported a loss for the quarter. Foreign group Fenwick Partners "
    "holds 9.8 per cent, which it bought in 2020.",
    "Kinvara Telecom will sell its towers to raise cash. The carrier's debts have "
    "doubled since 2022, Kinvara Telecom said. Fenwick Partners owns 14%.",
])
def test_a_bare_part_is_of_the_lede_company_en(en: Language, text: str) -> None:
    (found,) = holdings(deals(en, text), "Fenwick Partners")
    assert found.get("investee") == {"Kinvara Telecom"}


@pytest.mark.parametrize("text", [
    "Cervezas Moraña ha cerrado una ronda de 20 millones de euros. Cervezas Moraña "
    "fabrica cerveza en Galicia. El fondo Fondo Aralar posee el 12% desde 2021.",
    "Cervezas Moraña abrirá una fábrica en Lugo. La cervecera Cervezas Moraña facturó "
    "80 millones. El fondo Fondo Aralar, que tiene el 9%, apoyará la inversión.",
])
def test_a_bare_part_is_of_the_lede_company_es(es: Language, text: str) -> None:
    (found,) = holdings(deals(es, text), "Fondo Aralar")
    assert found.get("investee") == {"Cervezas Moraña"}


@pytest.mark.parametrize("text", [
    # a complement says what the part is of
    "Kinvara Telecom said it would sell its fibre network. Kinvara Telecom reported a "
    "loss. Fenwick Partners holds 12 per cent of the market.",
    "Kinvara Telecom reported a loss. Kinvara Telecom cut prices. Fenwick Partners holds "
    "12% market share in Ireland.",
    # the lede is about another company
    "Harlow Group reported record sales on Monday. Kinvara Telecom said it would sell "
    "its fibre network. Kinvara Telecom reported a loss. Fenwick Partners holds 9.8 per "
    "cent.",
])
def test_a_part_of_something_else_is_no_holding_en(en: Language, text: str) -> None:
    assert not holdings(deals(en, text), "Fenwick Partners")


@pytest.mark.parametrize("text", [
    "Cervezas Moraña ha cerrado una ronda de 20 millones. Cervezas Moraña fabrica "
    "cerveza en Galicia. El fondo Fondo Aralar tiene el 12% del mercado gallego.",
    "Cervezas Moraña ha cerrado una ronda de 20 millones. Cervezas Moraña fabrica "
    "cerveza en Galicia. Fondo Aralar tiene clientes que representan el 40%.",
])
def test_a_part_of_something_else_is_no_holding_es(es: Language, text: str) -> None:
    assert not holdings(deals(es, text), "Fondo Aralar")


def test_a_persons_bare_part_is_no_deal(en: Language) -> None:
    text = ("Kinvara Telecom said it would sell its fibre network. Kinvara Telecom "
            "reported a loss. Its founder, Ann Byrne, holds 9.8 per cent.")
    assert not [d for d in deals(en, text) if "investee" in roles(d)]


# -- "3pc"; the source's own relative clause ---------------------------------------------


def test_pc_is_a_percentage(en: Language) -> None:
    text = ("Kinvara Telecom agreed to be taken private for £1.4bn. Dunmore Trust, "
            "which owns 4pc of Kinvara Telecom, backed the offer.")
    (found,) = holdings(deals(en, text), "Dunmore Trust")
    assert found.get("investee") == {"Kinvara Telecom"}


def test_a_sources_relative_clause_is_its_fact(en: Language) -> None:
    text = ("Kinvara Telecom agreed to be taken private for £1.4bn. Not everyone is "
            "convinced. Jo Bell, a fund manager at Fenwick Partners, which owns 3pc of "
            "the company, said she would vote against.")
    (found,) = holdings(deals(en, text), "Fenwick Partners")
    assert found.get("investee") == {"Kinvara Telecom"}


def test_a_source_that_comments_is_still_no_party(en: Language) -> None:
    text = ("Kinvara Telecom agreed to buy Osprey Lane for £1.4bn. The price is too "
            "high, said Jo Bell, an analyst at Fenwick Partners.")
    assert all("Fenwick Partners" not in {x.name for _, x in d.roles} for d in deals(en, text))


# -- an offer the owners judge: for the lede's company -----------------------------------

OFFER_NAMES = (
    "Tarrow Mills", "Brisk Foods", "Caldwell Group", "Almacenes Tordesillas",
    "Grupo Valmaseda", "Comercial Nansa", "Harlow Group",
)


def offers(nlp: Language, text: str, bidder: str) -> list[dict[str, set[str]]]:
    return [r for d in deals_among(nlp, text, OFFER_NAMES)
            if (r := roles(d)).get("acquirer") == {bidder}]


@pytest.mark.parametrize("text", [
    "After 60 years in the hands of one family, Tarrow Mills is changing owners. Caldwell "
    "Group agreed to buy the miller for $300 million. Caldwell Group makes biscuits in "
    "Leeds and Caldwell Group sells them abroad. In 2023 the family rejected an offer "
    "from Brisk Foods.",
    "Tarrow Mills agreed to be sold to Caldwell Group for $300 million on Monday. "
    "Caldwell Group has bought four mills since 2020. The founders had rejected an "
    "approach from Brisk Foods in 2022.",
])
def test_an_offer_the_owners_judge_is_for_the_lede_company_en(en: Language, text: str) -> None:
    (found,) = offers(en, text, "Brisk Foods")
    assert found.get("target") == {"Tarrow Mills"}


@pytest.mark.parametrize("text", [
    "Después de 50 años en manos de la misma familia, Almacenes Tordesillas cambiará de "
    "dueño. Grupo Valmaseda acordó comprar la cadena por 300 millones. Grupo Valmaseda "
    "tiene 400 tiendas y Grupo Valmaseda opera en cinco países. No es la primera vez que "
    "Almacenes Tordesillas despierta interés. En 2023 la familia rechazó una oferta de "
    "la riojana Comercial Nansa.",
    "Almacenes Tordesillas será vendida a Grupo Valmaseda por 300 millones. Grupo "
    "Valmaseda facturó 900 millones. Sus accionistas rechazaron el año pasado una oferta "
    "de Comercial Nansa.",
])
def test_an_offer_the_owners_judge_is_for_the_lede_company_es(es: Language, text: str) -> None:
    (found,) = offers(es, text, "Comercial Nansa")
    assert found.get("target") == {"Almacenes Tordesillas"}


@pytest.mark.parametrize("text", [
    # no company to own: the lede tells no company's story
    "In 2023 the family rejected an offer from Brisk Foods.",
    # an offer of goods judged by owners
    "Tarrow Mills reported record sales. The family rejected a supply offer of flour "
    "from Brisk Foods.",
    # a named judge is the target itself, not the lede's company
    "Tarrow Mills reported record sales. Harlow Group rejected an offer from Brisk Foods.",
])
def test_an_offer_judged_otherwise_is_not_the_lede_companys(en: Language, text: str) -> None:
    assert all(found.get("target") != {"Tarrow Mills"} for found in offers(en, text, "Brisk Foods"))


def test_an_offer_the_owners_judge_in_a_lede_of_no_company_es(es: Language) -> None:
    text = "En 2023 la familia rechazó una oferta de la riojana Comercial Nansa."
    assert not [f for f in offers(es, text, "Comercial Nansa") if f.get("target")]
