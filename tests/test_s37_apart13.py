"""Session 37, helper apart13 (issue #13): Spanish deals whose parties are never named
in one sentence.

- A possessive holder noun with its holder apposed and its stake beside it ("Su
  accionista minoritario, el fondo Y, con un 25 %, ya anunció que vendería") says what
  the holder holds, as "Y es su accionista" does, whatever verb it is the subject of
  (``kg.deals.holding_es.stake_apposed``); without the stake the apposed name is only
  who is meant, and holds nothing said.
- In a run of holders ("Su accionista de control es X, con el 61 %. El fondo Y posee el
  24 %"), a bare part is of the company the holders hold, not of the holder told just
  before it (``kg.deals.tacit.part_of_topic``); a person's part is still no deal.
- "aprobó la venta del negocio de la cadena, en liquidación desde marzo, a Y": a phrase
  set off by commas between a sale noun and the "a" phrase the parser hangs on the verb
  leaves that phrase the sale's buyer (``kg.deals.roles._aside``); an aside with a verb
  of its own ("que cerró en marzo") does not.
- "X firmó un acuerdo de venta con Y", "X firmó con Y un acuerdo de compra": a sale or
  purchase noun that says what an agreement is for takes the agreement's "con" phrase
  as its other side, the buyer of a sale, the seller of a purchase
  (``kg.deals.roles._agreement_for``); "un contrato de compraventa con Y" says neither
  side and is left alone.
- The adjectives of a legal form make a company noun no new company: "la compra del 75 %
  de la sociedad anónima deportiva" is of the company told before, as "de la sociedad"
  is (``kg.deals.roles._legal_form``); "la sociedad pública de aguas" introduces another.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- a holder apposed to a possessive holder noun, with its stake ----------------------


_CANNERY = "La conservera Atlántica Pesca factura 80 millones al año. "


def test_apposed_holder_with_its_stake_holds_the_possessor(es: Language) -> None:
    deals = _deals(es, _CANNERY + "Su accionista minoritario, el fondo Berrondo Capital, "
                   "con un 25%, ya anunció que vendería sus acciones.")
    assert {("investor", "Berrondo Capital"), ("investee", "Atlántica Pesca")} in [
        _roles(d) for d in deals
    ]


def test_apposed_holder_without_a_stake_is_left_alone(es: Language) -> None:
    deals = _deals(es, _CANNERY + "Su accionista minoritario, el fondo Berrondo Capital, "
                   "ya anunció que vendería sus acciones.")
    assert not any(("investor", "Berrondo Capital") in _roles(d) for d in deals)


# -- a run of holders: each holds a part of the same company ---------------------------


_WINERY = "Bodegas Orbaneja exporta a 25 países. Tiene 350 empleados. "


def test_bare_part_after_a_holder_is_of_the_company_held(es: Language) -> None:
    deals = _deals(es, _WINERY + "Su accionista de control es Inversiones Garde, con el 61% "
                   "del capital. El fondo Larrun Partners posee el 24% desde 2021.")
    assert {("investor", "Larrun Partners"), ("investee", "Bodegas Orbaneja")} in [
        _roles(d) for d in deals
    ]
    assert not any(("investee", "Inversiones Garde") in _roles(d) for d in deals)


def test_bare_part_of_a_person_is_no_deal(es: Language) -> None:
    deals = _deals(es, _WINERY + "El empresario Mikel Olaso posee el 24% desde 2021.")
    assert deals == []


# -- an aside between a sale noun and its buyer ----------------------------------------


_HOTELS = "Los cuatro hoteles de Hoteles Brisamar en la costa de Huelva no cerrarán. "


def test_buyer_after_an_aside_is_the_sale_buyer(es: Language) -> None:
    deals = _deals(es, _HOTELS + "Un juez de Huelva aprobó el martes la venta del negocio "
                   "de la cadena, en liquidación desde marzo, a la gaditana Alcora Ocio por "
                   "4 millones de euros.")
    assert [_roles(d) for d in deals] == [
        {("acquirer", "Alcora Ocio"), ("target", "Hoteles Brisamar")}
    ]


def test_aside_with_a_verb_leaves_the_buyer_unread(es: Language) -> None:
    deals = _deals(es, _HOTELS + "Un juez de Huelva aprobó el martes la venta del negocio "
                   "de la cadena, que cerró en marzo, a la gaditana Alcora Ocio por 4 "
                   "millones de euros.")
    assert not any(("acquirer", "Alcora Ocio") in _roles(d) for d in deals)


# -- the other side of an agreement of sale or purchase ---------------------------------


def test_agreement_of_sale_with_y_is_a_sale_to_y(es: Language) -> None:
    deals = _deals(es, "Quesera Navia firmó un acuerdo de venta con Granjas Sella por 20 "
                   "millones.")
    assert [_roles(d) for d in deals] == [
        {("seller", "Quesera Navia"), ("acquirer", "Granjas Sella")}
    ]


def test_agreement_of_purchase_with_y_when_the_parser_hangs_y_on_the_verb(
    es: Language,
) -> None:
    deals = _deals(es, "Quesera Navia firmó con Granjas Sella un acuerdo de compra de su "
                   "planta de Gijón.")
    assert [_roles(d) for d in deals] == [
        {("acquirer", "Quesera Navia"), ("seller", "Granjas Sella")}
    ]


def test_contract_of_compraventa_says_no_side(es: Language) -> None:
    deals = _deals(es, "Quesera Navia firmó un contrato de compraventa con Granjas Sella "
                   "por 20 millones.")
    assert deals == []


# -- a company noun with the adjectives of its legal form ------------------------------


_CLUB = "El Real Club Deportivo Tambre cambiará de manos. "


def test_part_of_the_sociedad_anonima_is_of_the_company_told(es: Language) -> None:
    deals = _deals(es, _CLUB + "El fondo británico Kestrel Sports Capital ha cerrado la "
                   "compra del 75% de la sociedad anónima deportiva al constructor Anselmo "
                   "Ferreiro por 15 millones.")
    assert ("target", "Real Club Deportivo Tambre") in _roles(deals[0])


def test_a_public_water_company_is_another_company(es: Language) -> None:
    deals = _deals(es, _CLUB + "El fondo británico Kestrel Sports Capital ha cerrado la "
                   "compra del 75% de la sociedad pública de aguas al constructor Anselmo "
                   "Ferreiro por 15 millones.")
    assert not any(("target", "Real Club Deportivo Tambre") in _roles(d) for d in deals)
