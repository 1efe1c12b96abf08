"""Session 22, unread4: deals whose parties and deal word stand in one sentence that kg
did not read.

- A bid's participle may carry what the bid is for after its bidder: "la OPA lanzada
  por X por acciones de Y" (kg.deals.roles.participle_agents): the second "por", on
  shares or a stake, names the company bought; a price after it names none.
- A definite asset ("the hotel tower", "la planta de Burgos") bought from a named seller
  is an acquisition of assets, as an indefinite one is (kg.deals.frames._goods_bought);
  a definite company description still is not goods.
- "recompra" buys a stake back ("la recompra del 40 % de Y"); a council's full sitting
  ("el pleno del Ayuntamiento") is its organ, as a board is; a buyback of a company's
  own shares names no other party.
- "X firmó con Y el contrato": a definite agreement whose verb names the other
  signatory is that agreement, no bare reference back to one told before
  (kg.deals.roles._is_bare_backref); with no signatory named it still refers back.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

FIRMS = ("Grupo Velasco", "Harinas del Sur", "Bosques Vivos", "Aerolíneas Pampa",
         "Ministerio de Caminos", "Constructora Quimbaya", "Aguas de Toral", "Hidrotec",
         "Verdant Canopy", "Skylane Airways", "Bellmont Bank", "Kestrel Foods",
         "Harlow REIT", "Osprey Hospitality", "Ayuntamiento de Toral", "Grupo Arenal")


def read(nlp: Language, text: str) -> list[tuple[str, dict[str, set[str]]]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, FIRMS)]


@pytest.mark.parametrize("text", [
    "La OPA lanzada por Grupo Velasco por acciones de Harinas del Sur recibió 400 "
    "aceptaciones.",
    "Vence el plazo de la OPA lanzada por Grupo Velasco por acciones de Harinas del Sur "
    "y solo la han aceptado 300 accionistas.",
    # the agent in apposition: the parser hangs the second "por" past it
    "Pocos accionistas acudieron a la OPA lanzada en marzo por Grupo Velasco, sociedad "
    "del Grupo Arenal, por acciones de Harinas del Sur.",
])
def test_the_second_por_of_a_bids_participle_names_the_shares_bought(
    es: Language, text: str
) -> None:
    assert [(t, r) for t, r in read(es, text) if t == "Acquisition"] == [
        ("Acquisition", {"acquirer": {"Grupo Velasco"}, "target": {"Harinas del Sur"}})
    ]


def test_a_price_after_the_bidder_names_no_target(es: Language) -> None:
    text = "La OPA lanzada por Grupo Velasco por 300 millones de euros recibió 400 aceptaciones."
    assert read(es, text) == []


@pytest.mark.parametrize("text", [
    "Ministerio de Caminos firmó con Constructora Quimbaya el contrato de obra de la autopista.",
    "Aguas de Toral ha firmado con Hidrotec el contrato de mantenimiento de las bombas.",
])
def test_the_definite_contract_signed_with_a_named_company(es: Language, text: str) -> None:
    [(kind, parties)] = read(es, text)
    assert kind == "PurchaseAgreement" and len(set().union(*parties.values())) == 2


def test_the_definite_contract_with_no_signatory_named_refers_back(es: Language) -> None:
    text = "Aguas de Toral firmó el contrato el lunes."
    assert read(es, text) == []


@pytest.mark.parametrize("text", [
    "Harlow REIT completed the purchase of the 12-storey Bayfront office tower from "
    "Osprey Hospitality for $240 million.",
    "Harinas del Sur cerró la compra de la planta de Burgos a Grupo Velasco por 40 millones.",
])
def test_a_definite_asset_bought_from_its_seller(
    es: Language, en: Language, text: str
) -> None:
    [(kind, parties)] = read(en if "REIT" in text else es, text)
    assert kind == "Acquisition" and set(parties) == {"acquirer", "seller"}


def test_a_definite_asset_with_no_seller_named_adds_none(en: Language) -> None:
    text = "Harlow REIT completed the purchase of the tower."
    assert read(en, text) == []


def test_a_stake_bought_back_by_a_councils_sitting(es: Language) -> None:
    text = ("Por mayoría, el pleno del Ayuntamiento de Toral aprobó ayer la recompra del 40 % "
            "de Aguas de Toral.")
    assert read(es, text) == [
        ("Investment", {"investor": {"Ayuntamiento de Toral"}, "investee": {"Aguas de Toral"}})
    ]


def test_a_buyback_of_own_shares_is_no_deal(es: Language) -> None:
    assert read(es, "Harinas del Sur aprobó la recompra de acciones propias por 40 millones.") == []
