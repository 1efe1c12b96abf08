"""Session 29, helper award-robust (issue #13): contracts, awards and orders told in
news wordings other than "X signed a contract with Y" (tests/data/constructions/
award_robust).

- Choosing or hiring a company to do works on the buyer's property buys them from it:
  "selected Y to repair its mains", "hired Y to overhaul its systems", "contrató a Y
  para renovar la red" (lexicon/deals.toml supplier_verbs).
- The chosen company may be the subject of the passive ("Y was chosen by X to operate
  its depots", "Y fue elegida por X para ..."), and Spanish chooses too: "X eligió /
  seleccionó / contrató a Y para construir ...", "... a Y como proveedor"
  (kg.deals.frames._chose_supplier, lexicon choose_v).
- A work or a supply commissioned from a named company is an order: "X encargó a Y la
  construcción de dos buques" (kg.deals.award.commissioned_work); not a report or a
  sale ("encargó a Y un informe", "le encargó la venta").
- The awarder of a contract for works buys them ("X has awarded a $90 million contract to
  Y to build the pier"), though the signer of one with another does them
  (kg.deals.frames._signer_first).
- The company that gets an order supplies it, the one the order is "de" places it:
  "Y obtuvo / recibió un pedido de X de 12 locomotoras" (kg.deals.frames.RECEIVE_FRAMES).
- Trades of works and services open Spanish company names as "Construcciones" does
  ("Perforaciones X", "Limpiezas X", "Paisajismo X"), and "Mancomunidad" a public body
  as "Consorcio" does (lexicon/entities.toml org_heads).
- A contract a company bids or competes for is sought, not signed: "X submitted a bid
  for a contract with Y", "X is bidding for a contract with Y"; "won the bid for" still
  tells it (kg.deals.award.bid_for_only).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import names


def contracts(nlp: Language, text: str) -> list[dict[str, str]]:
    return [
        {r: x.name for r, x in d.roles} for d in nlp(text)._.kg_deals
        if d.type == "PurchaseAgreement"
    ]


# -- choosing or hiring a supplier for works --------------------------------------------


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        ("Trevane Logistics was chosen by Halvern Foods to operate its distribution centres.",
         "Halvern Foods", "Trevane Logistics"),
        ("Redfern Mutual hired Lattice Point Consulting to overhaul its claims systems.",
         "Redfern Mutual", "Lattice Point Consulting"),
        ("Colbeck Utilities selected Marston Construction to repair 40 miles of mains.",
         "Colbeck Utilities", "Marston Construction"),
    ],
)
def test_an_english_client_choosing_a_company_for_works_buys_them(
        en: Language, text: str, buyer: str, seller: str) -> None:
    assert {"buyer": buyer, "seller": seller} in contracts(en, text)


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        ("La Autoridad Portuaria de Calaverde seleccionó a Dragados Norte para construir "
         "el nuevo muelle.", "Autoridad Portuaria de Calaverde", "Dragados Norte"),
        ("Grupo Albaceda contrató a Constructora Pampeana para construir una planta "
         "potabilizadora.", "Grupo Albaceda", "Constructora Pampeana"),
        ("El Hospital Universitario de Montealto eligió a Grupo Medisur como proveedor de "
         "equipos.", "Hospital Universitario de Montealto", "Grupo Medisur"),
        ("Consultora Ábaco Sur fue elegida por el Instituto Tecnológico de Valdelomar para "
         "renovar sus laboratorios.", "Instituto Tecnológico de Valdelomar",
         "Consultora Ábaco Sur"),
    ],
)
def test_a_spanish_client_choosing_a_supplier_buys_from_it(
        es: Language, text: str, buyer: str, seller: str) -> None:
    assert {"buyer": buyer, "seller": seller} in contracts(es, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Quarry Ventures was chosen by Halvern Foods to lead its funding round."),
        ("en", "Redfern Mutual hired Lattice Point Consulting to advise on its sale."),
        ("es", "Grupo Albaceda contrató a Banco Ribera para asesorarle en la venta de su "
               "filial."),
        ("es", "El Hospital Universitario de Montealto eligió a Grupo Medisur como socio "
               "tecnológico."),
        ("es", "Logística Brañosa contrató a 200 conductores para su nuevo almacén."),
    ],
)
def test_choosing_a_company_for_no_work_bought_is_no_contract(
        es: Language, en: Language, lang: str, text: str) -> None:
    assert contracts(es if lang == "es" else en, text) == []


# -- a work commissioned from a named company ------------------------------------------


def test_a_work_commissioned_from_a_company_is_an_order(es: Language) -> None:
    text = ("Naviera Castromar encargó a Astilleros del Bidasoa la construcción de dos "
            "buques de carga por 60 millones de euros.")
    assert {"buyer": "Naviera Castromar", "seller": "Astilleros del Bidasoa"} in contracts(
        es, text)


@pytest.mark.parametrize(
    "text",
    [
        "Grupo Albaceda encargó a Consultora Vantia un informe sobre el mercado.",
        "Grupo Albaceda encargó a Banco Ribera la venta de su filial.",
    ],
)
def test_a_task_commissioned_is_no_order(es: Language, text: str) -> None:
    assert contracts(es, text) == []


# -- a contract bid for is not signed --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Draymoor Logistics is bidding for a warehousing contract with Ferncliff Retail.",
        "Draymoor Logistics submitted a bid for a warehousing contract with Ferncliff Retail.",
    ],
)
def test_a_contract_bid_for_is_no_deal(en: Language, text: str) -> None:
    assert contracts(en, text) == []


def test_a_bid_won_for_a_contract_still_tells_it(en: Language) -> None:
    text = "Draymoor Logistics won the bid for a warehousing contract with Ferncliff Retail."
    assert {"buyer": "Ferncliff Retail", "seller": "Draymoor Logistics"} in contracts(en, text)


# -- the awarder of a contract for works buys them --------------------------------------


@pytest.mark.parametrize("work", ["build", "refurbish"])
def test_the_awarder_of_a_contract_for_works_is_its_buyer(en: Language, work: str) -> None:
    text = (f"The Department of Waterways has awarded a C$900-million contract to Holbeck "
            f"Engineering Ltd. to {work} the canal, the department said Tuesday.")
    assert {"buyer": "Department of Waterways", "seller": "Holbeck Engineering"} in contracts(
        en, text)


def test_a_signer_of_a_contract_for_works_still_does_them(en: Language) -> None:
    text = "Dunhill Marine signed a $90 million contract with Quayside Ports to build a pier."
    assert {"buyer": "Quayside Ports", "seller": "Dunhill Marine"} in contracts(en, text)


# -- an order received -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        ("Talleres Ibarrola obtuvo un pedido de Ferrocarriles Andinos de 12 locomotoras por "
         "45 millones de dólares.", "Ferrocarriles Andinos", "Talleres Ibarrola"),
        ("Astilleros Balea recibió un pedido de 4 remolcadores de Naviera Corvo.",
         "Naviera Corvo", "Astilleros Balea"),
    ],
)
def test_the_company_that_gets_an_order_supplies_it(
        es: Language, text: str, buyer: str, seller: str) -> None:
    assert {"buyer": buyer, "seller": seller} in contracts(es, text)


def test_a_loan_obtained_is_no_order(es: Language) -> None:
    text = "Talleres Ibarrola obtuvo un préstamo de Banco Andino de 12 millones de dólares."
    assert contracts(es, text) == []


# -- trades of works and services that open a company's name -----------------------------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Paisajismo Olvera cuidará los jardines del nuevo hospital.", "Paisajismo Olvera"),
        ("La Mancomunidad del Alto Curueño renovó el servicio de agua.",
         "Mancomunidad del Alto Curueño"),
    ],
)
def test_a_trade_of_works_opens_a_company_name(es: Language, text: str, company: str) -> None:
    assert company in names(es, text)
