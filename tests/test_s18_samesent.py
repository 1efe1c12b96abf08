"""Deals told in one sentence that no rule read (session 18): both parties and a deal word
share the sentence, yet the parse hides the link.

- a purchase of goods or assets whose seller ("from Y", "a Y") the parser hangs far
  from the purchase noun: low inside the goods' phrase, on a list of places coordinated
  with the noun, or on the verb the purchase is the object of
  (kg.deals.disposal.bought_from);
- the seller's own unit, described with a possessive and named between commas ("the
  sale of its freight business, Y, to Z", "la venta de su filial, Y, a Z"), read by
  word order (kg.deals.disposal.named_unit_sold, parties:named-unit-sold);
- relative clauses the Spanish parser hangs away from the name they describe: on a
  nominalised adjective in apposition ("Y, la chocolatera riojana que X compró",
  kg.deals.longform.apposed_name) or on another noun of the clause ("..., para X, que
  absorbió a Y", kg.deals.refer.named_before_comma);
- "will pay $52 a share in cash for Y", "will pay $300 million upfront for Y": the "for"
  the parser hangs on a word of how it is paid (kg.deals.frames._paid_args);
- "compró más del 60 % de Y": the "del" of a bound ("más del", "cerca del") marks no
  argument, the object stays direct (kg.deals.syntax.case_of);
- "Y, controlada por Z y participada en un 25 % por X", "Y, participada por el fondo
  X": a holding participle coordinated with another, or with no percentage
  (kg.deals.frames._stake_held, _held_by);
- "X, que compró A en 2017, analiza ahora la adquisición de B": two takeovers of
  different companies told at different stages in one sentence are two deals, not one
  with two targets (kg.deals.merge._other_takeover);
- "lanzó una OPA por el 100 % de Y": a bid noun's "por" names the part it is for, and
  the part's company is the target (kg.deals.roles._argument).

Sentences written for these tests; the organisations are given by hand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_deal_roles_es import deals_among, roles

pytestmark = pytest.mark.model

NAMES = (
    "Brindle Logistics", "Calder Freight", "Ravenna Foods", "Hartwell Care", "Corvane Hotels",
    "Tallis Hospitality", "Grupo Almirante", "Inmobiliaria Tajo", "Clínicas Arlanza",
    "Sanitas Norte", "Harlow Foods", "Glacier Treats", "Penrose Brands", "Grupo Ventura",
    "Transportes Ventura del Sur", "Logística Andina", "Dulces Larrea", "Grupo Bretón",
    "Cooperativa Arlanza", "Cooperativa Tormes", "Marlow Estates", "Glacier Tower",
    "Pinar Capital", "Aceros Cierzo", "Harwick Systems", "Tessen Diagnostics", "Lácteos Tormes",
    "Grupo Larrea", "Transportes Arlanza", "Encina Infraestructuras", "Panificadora Aurora",
    "Bollería Norte", "Horneados del Sur", "Grupo Tajo", "Supermercados Ebro",
)


def found(nlp: Language, text: str) -> list[tuple[str, dict[str, set[str]]]]:
    deals: list[Deal] = deals_among(nlp, text, NAMES)
    return [(d.type, roles(d)) for d in deals]


def has(nlp: Language, text: str, **want: str) -> bool:
    return any(
        all(name in r.get(role, set()) for role, name in want.items())
        for _, r in found(nlp, text)
    )


# -- the seller of goods or assets, wherever the parser hung "from" / "a" -----------------


@pytest.mark.parametrize("text", [
    # "from" hung on the last place of a list inside the goods' phrase
    "Brindle Logistics closed its acquisition of a network of 14 warehouses in Leeds, York "
    "and the Hull docks from Calder Freight for £90m.",
    # "from" hung on the verb the purchase is the object of
    "The regulator did clear Ravenna Foods' purchase of 12 clinics from the Ohio-based "
    "Hartwell Care in May, a deal worth about $40 million.",
])
def test_seller_of_assets_hung_low_en(en: Language, text: str) -> None:
    seller = "Calder Freight" if "Calder" in text else "Hartwell Care"
    buyer = "Brindle Logistics" if "Brindle" in text else "Ravenna Foods"
    (deal,) = found(en, text)
    assert deal == ("Acquisition", {"acquirer": {buyer}, "seller": {seller}})


def test_seller_of_assets_after_places_es(es: Language) -> None:
    # "a Y" hung on the last place, which the parser coordinated with "compra"
    text = (
        "Grupo Almirante cerró la compra de una cartera de 20 oficinas en Madrid, Sevilla y "
        "las afueras de Valencia a Inmobiliaria Tajo por 150 millones de euros."
    )
    assert found(es, text) == [
        ("Acquisition", {"acquirer": {"Grupo Almirante"}, "seller": {"Inmobiliaria Tajo"}})
    ]


def test_clinics_are_assets_es(es: Language) -> None:
    text = (
        "El regulador autorizó en mayo la compra por parte de Clínicas Arlanza de ocho "
        "clínicas en Castilla a la aseguradora Sanitas Norte."
    )
    assert found(es, text) == [
        ("Acquisition", {"acquirer": {"Clínicas Arlanza"}, "seller": {"Sanitas Norte"}})
    ]


@pytest.mark.parametrize("text", [
    # "from" inside a clause about the goods: whom they were leased from, not bought
    "Brindle Logistics completed the purchase of 14 warehouses in Leeds, which it had leased "
    "from Calder Freight since 2010.",
    "Brindle Logistics completed the purchase of 14 warehouses previously rented from Calder "
    "Freight by a retailer.",
])
def test_no_seller_from_a_clause_on_the_goods(en: Language, text: str) -> None:
    assert not has(en, text, seller="Calder Freight")


# -- the seller's own unit, named between commas -----------------------------------------


@pytest.mark.parametrize("text", [
    "As part of the plan, Harlow Foods will go ahead with the sale of its frozen desserts "
    "business, Glacier Treats, to Penrose Brands of Denver for $140 million.",
    "Harlow Foods has completed the sale of its U.S. frozen desserts unit, Glacier Treats, "
    "to Denver-based snack maker Penrose Brands.",
])
def test_named_unit_sold_en(en: Language, text: str) -> None:
    assert has(en, text, seller="Harlow Foods", target="Glacier Treats", acquirer="Penrose Brands")


@pytest.mark.parametrize("text", [
    "La compra llega dos meses después de que Grupo Ventura concretara la venta de su "
    "filial de transporte, Transportes Ventura del Sur, a Logística Andina por 400 millones "
    "de pesos.",
    "La operación llega tras la venta de su división de transporte, Transportes Ventura del "
    "Sur, a la operadora Logística Andina, que Grupo Ventura cerró en marzo.",
])
def test_named_unit_sold_es(es: Language, text: str) -> None:
    assert has(es, text, target="Transportes Ventura del Sur", acquirer="Logística Andina")


@pytest.mark.parametrize("text", [
    # no unit: a building sold is no company, its name is no target
    "Harlow Foods announced the sale of its former headquarters, Glacier Tower, to Penrose "
    "Brands for $40 million.",
    # the name between commas is who says it, not what is sold
    "The sale of its frozen desserts business, Glacier Treats said, to a buyer is not planned.",
])
def test_named_unit_sold_needs_a_unit_named(en: Language, text: str) -> None:
    assert not has(en, text, target="Glacier Tower", acquirer="Penrose Brands")
    assert not has(en, text, target="Glacier Treats")


# -- relative clauses hung away from their name (Spanish) ------------------------------


@pytest.mark.parametrize("text", [
    "Las ventas crecieron en Dulces Larrea, la chocolatera riojana que Grupo Bretón compró "
    "por 90 millones de euros en marzo.",
    "El alza vino de Dulces Larrea, la galletera que Grupo Bretón adquirió el año pasado.",
])
def test_object_relative_on_nominalised_adjective(es: Language, text: str) -> None:
    assert has(es, text, acquirer="Grupo Bretón", target="Dulces Larrea")


@pytest.mark.parametrize("text", [
    "No es la primera operación para Cooperativa Arlanza, que en 2021 absorbió a la pequeña "
    "Cooperativa Tormes, de Salamanca.",
    "Tampoco es la primera compra de Cooperativa Arlanza, que ya adquirió Cooperativa Tormes "
    "en 2019.",
])
def test_subject_relative_after_comma(es: Language, text: str) -> None:
    assert has(es, text, acquirer="Cooperativa Arlanza", target="Cooperativa Tormes")


@pytest.mark.parametrize("text", [
    # no name before the comma: "la región" is what was bought, no company
    "Las ventas de Aceros Cierzo crecieron en la región, que Grupo Bretón compró en 2019.",
])
def test_relative_after_comma_needs_a_name_before_it(es: Language, text: str) -> None:
    assert not has(es, text, target="Aceros Cierzo")


def test_relative_subject_is_not_the_buyer_named_by_por(es: Language) -> None:
    # the relative's subject expects the deal; the one "por" names buys
    text = (
        "La noticia sorprendió a Cooperativa Arlanza, que no esperaba la compra de "
        "Cooperativa Tormes por Grupo Bretón."
    )
    assert found(es, text) == [
        ("Acquisition", {"acquirer": {"Grupo Bretón"}, "target": {"Cooperativa Tormes"}})
    ]


# -- paying for a company, the "for" hung on how it is paid -------------------------------


@pytest.mark.parametrize("text", [
    "Harwick Systems will pay $48 a share in cash for Tessen Diagnostics, a 30% premium.",
    "Harwick Systems will pay $200 million upfront for Tessen Diagnostics, plus up to $50 "
    "million more if targets are met.",
])
def test_paid_for_company_after_how_it_is_paid(en: Language, text: str) -> None:
    assert has(en, text, acquirer="Harwick Systems", target="Tessen Diagnostics")


def test_paid_in_cash_for_nothing_named(en: Language) -> None:
    # what is paid for is a licence, in no clause naming a company
    text = "Harwick Systems will pay $20 million in cash for a licence to the patents."
    assert found(en, text) == []


# -- a bound's "de" is no preposition of the object (Spanish) -----------------------------


@pytest.mark.parametrize("text", [
    "Grupo Larrea compró más del 55% de Lácteos Tormes en una transacción de más de 80 "
    "millones de dólares.",
    "Grupo Larrea adquirió cerca del 70% de Lácteos Tormes por 80 millones de dólares.",
])
def test_bounded_percentage_is_the_object(es: Language, text: str) -> None:
    assert has(es, text, acquirer="Grupo Larrea", target="Lácteos Tormes")


def test_bounded_percentage_of_no_company(es: Language) -> None:
    # "más del 55 % de sus ventas": a share of sales, no company bought
    text = "Grupo Larrea vendió más del 55% de su producción a clientes de Europa."
    assert not has(es, text, target="Lácteos Tormes")
    assert found(es, text) == []


# -- holding participles in Spanish ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "Transportes Arlanza, controlada por la familia Ruiz y participada en un 30% por el "
    "fondo Encina Infraestructuras, anunció el acuerdo en marzo.",
    "Transportes Arlanza, participada por el fondo Encina Infraestructuras, anunció el "
    "acuerdo en marzo.",
])
def test_participle_of_holding(es: Language, text: str) -> None:
    want = {"investor": {"Encina Infraestructuras"}, "investee": {"Transportes Arlanza"}}
    assert found(es, text) == [("Investment", want)]


def test_controlled_by_is_no_stake(es: Language) -> None:
    # control alone says who owns the company, not a deal
    text = (
        "Transportes Arlanza, controlada por el fondo Encina Infraestructuras, anunció el "
        "acuerdo en marzo."
    )
    assert found(es, text) == []


# -- two takeovers at different stages in one sentence ---------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Panificadora Aurora, que compró la cadena Bollería Norte en 2017, analiza ahora "
           "la adquisición de la chilena Horneados del Sur."),
    ("es", "Panificadora Aurora compró Bollería Norte en 2017 y ahora analiza la adquisición "
           "de Horneados del Sur."),
    ("en", "Panificadora Aurora, which bought Bollería Norte in 2017, is now weighing an "
           "acquisition of Horneados del Sur."),
])
def test_two_takeovers_at_two_stages(es: Language, en: Language, lang: str, text: str) -> None:
    got = sorted(
        (sorted(r["target"]), status)
        for _, r, status in (
            (d.type, roles(d), d.status)
            for d in deals_among(es if lang == "es" else en, text, NAMES)
        )
    )
    assert got == [(["Bollería Norte"], "Completed"), (["Horneados del Sur"], got[1][1])]
    assert got[1][1] in ("Rumoured", "InNegotiation")


def test_two_targets_of_one_takeover(en: Language) -> None:
    # one agreement for both: one deal
    text = "Panificadora Aurora agreed to buy Bollería Norte and Horneados del Sur for $90 million."
    assert found(en, text) == [
        ("Acquisition", {
            "acquirer": {"Panificadora Aurora"}, "target": {"Bollería Norte", "Horneados del Sur"},
        })
    ]


# -- a bid "por" a part of a company (Spanish) ------------------------------------------


@pytest.mark.parametrize("text", [
    "Grupo Tajo lanzó una OPA por el 100% de Supermercados Ebro que valora la compañía en "
    "500 millones de euros.",
    "Grupo Tajo lanzó ayer una contraoferta por el 60% del capital de Supermercados Ebro.",
])
def test_bid_for_a_part_of_a_company(es: Language, text: str) -> None:
    assert found(es, text) == [
        ("Acquisition", {"acquirer": {"Grupo Tajo"}, "target": {"Supermercados Ebro"}})
    ]


def test_bid_for_its_own_shares(es: Language) -> None:
    # a buy-back names no company bought
    assert found(es, "Grupo Tajo lanzó una OPA por el 100% de sus propias acciones.") == []
