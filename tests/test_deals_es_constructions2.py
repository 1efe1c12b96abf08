"""Spanish deal constructions found on the study halves of tests/data/constructions/es2
(and es), tested here on sentences written for these tests: the reflexive passive of a
sale ("se vendió a X", kg.deals.roles.reflexive_passive), a stake as the subject of a
passive sale (kg.deals.roles._passive_stake), the award of a work or a
service ("X adjudicó a Y la obra", kg.deals.frames._awarded) and the imminent completion
"a punto de cerrar" however the small parser hangs it (kg.deals.status._imminent).
The organisations are given by hand, so that an entity miss does not hide what the
deal rules do."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_deal_roles_es import deals_among, roles

pytestmark = pytest.mark.model

NAMES = (
    "Lumbral", "Grupo Norte", "Textil Ribera", "Roble Capital", "Acme Foods",
    "Vidal Seguros", "Acme Salud", "Panificadora Olmo", "Fondo Cierzo", "Cárnicas Duero",
    "Inversiones Lagasca", "Aguas del Tormes", "Vinos Sarmiento", "Ministerio de Obras",
    "Puente Azul", "Acme Obras", "Ayuntamiento de Villaverde", "Limpiezas Roble",
    "Construcciones Ebro", "Gobierno de Aragón", "Acme Aire",
)


def deals(nlp: Language, text: str) -> list[Deal]:
    """The deals of ``text``, with the organisations of ``NAMES`` given by hand."""
    return deals_among(nlp, text, NAMES)


# -- the reflexive passive of a sale: the subject changes hands, "a X" buys it -----------


@pytest.mark.parametrize("text, acquirer, target", [
    ("La distribuidora Lumbral se vendió a Grupo Norte por 30 millones de euros.",
     "Grupo Norte", "Lumbral"),
    ("Textil Ribera se ha vendido al fondo Roble Capital, según fuentes del sector.",
     "Roble Capital", "Textil Ribera"),
    ("La harinera Panificadora Olmo se venderá a Cárnicas Duero antes de fin de año.",
     "Cárnicas Duero", "Panificadora Olmo"),
])
def test_se_vendio_a_x_makes_x_the_acquirer_of_the_subject(
    es: Language, text: str, acquirer: str, target: str
) -> None:
    (deal,) = deals(es, text)
    assert deal.type == "Acquisition"
    assert roles(deal) == {"acquirer": {acquirer}, "target": {target}}
    assert "parties:se-passive" in deal.rules


def test_the_se_passive_keeps_its_tense_for_the_status(es: Language) -> None:
    (deal,) = deals(es, "Aguas del Tormes se venderá a Inversiones Lagasca en marzo.")
    assert deal.status == "Announced"


def test_pronominal_verbs_of_taking_are_no_passive(es: Language) -> None:
    (deal,) = deals(es, "Grupo Norte se hizo con Acme Foods el año pasado.")
    assert roles(deal) == {"acquirer": {"Grupo Norte"}, "target": {"Acme Foods"}}
    assert "parties:se-passive" not in deal.rules


def test_goods_sold_with_se_and_no_named_subject_are_no_deal(es: Language) -> None:
    assert deals(es, "Los pisos se vendieron a 3.000 euros el metro cuadrado.") == []


# -- a stake as the subject of a passive sale: investee, holder (seller), buyer ------------


@pytest.mark.parametrize("text, investee, seller, investor", [
    ("La participación del 35% que tenía Grupo Norte en la aerolínea Acme Aire se vendió a "
     "la gestora Roble Capital por 40 millones de euros.", "Acme Aire", "Grupo Norte",
     "Roble Capital"),
    ("El 20% que Vidal Seguros tenía en Acme Salud fue vendido a Fondo Cierzo.",
     "Acme Salud", "Vidal Seguros", "Fondo Cierzo"),
    ("La participación de Vidal Seguros en Acme Salud fue vendida a Fondo Cierzo por 12 "
     "millones de euros.", "Acme Salud", "Vidal Seguros", "Fondo Cierzo"),
])
def test_a_stake_sold_in_the_passive_is_an_investment_of_the_buyer(
    es: Language, text: str, investee: str, seller: str, investor: str
) -> None:
    (deal,) = deals(es, text)
    assert deal.type == "Investment"
    assert roles(deal) == {"investee": {investee}, "seller": {seller}, "investor": {investor}}
    assert "parties:passive-stake" in deal.rules


def test_a_stake_of_a_company_sold_with_se_is_no_impersonal_sale(es: Language) -> None:
    (deal,) = deals(es, "El 35% de Acme Foods se vendió a Roble Capital.")
    assert roles(deal) == {"investee": {"Acme Foods"}, "investor": {"Roble Capital"}}


# -- "a punto de cerrar": a completion not yet done ------------------------------------


@pytest.mark.parametrize("text", [
    "Grupo Norte está a punto de cerrar la compra de Acme Foods.",
    "Grupo Norte estaba a punto de completar la adquisición de Acme Foods por 40 millones "
    "de euros.",
    "Vidal Seguros está a punto de cerrar la venta de su filial Acme Salud a Grupo Norte.",
])
def test_a_punto_de_cerrar_is_in_negotiation(es: Language, text: str) -> None:
    (deal,) = deals(es, text)
    assert deal.status == "InNegotiation"


def test_a_closed_purchase_stays_completed(es: Language) -> None:
    (deal,) = deals(es, "Fondo Cierzo ha cerrado la compra de Vinos Sarmiento.")
    assert deal.status == "Completed"


# -- "X adjudicó a Y la obra": an award buys the work from Y ---------------------------


@pytest.mark.parametrize("text, buyer, seller", [
    ("El Ministerio de Obras adjudicó al consorcio Puente Azul la construcción del puente "
     "por 40 millones de euros.", "Ministerio de Obras", "Puente Azul"),
    ("El Ayuntamiento de Villaverde adjudicó a Limpiezas Roble el servicio de recogida de "
     "basuras durante cuatro años.", "Ayuntamiento de Villaverde", "Limpiezas Roble"),
    ("La reforma del hospital fue adjudicada a Construcciones Ebro por el Gobierno de "
     "Aragón.", "Gobierno de Aragón", "Construcciones Ebro"),
])
def test_adjudicar_a_x_una_obra_is_a_purchase_from_x(
    es: Language, text: str, buyer: str, seller: str
) -> None:
    (deal,) = deals(es, text)
    assert deal.type == "PurchaseAgreement"
    assert roles(deal) == {"buyer": {buyer}, "seller": {seller}}


def test_an_award_to_no_company_is_no_deal(es: Language) -> None:
    assert deals(es, "El jurado adjudicó el primer premio a la mejor novela del año.") == []
