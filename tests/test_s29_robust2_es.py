"""Session 29, robust2-es (issue #13): Spanish deals under a second set of news
distortions (the inventory tests/data/constructions/robust2_es: six plain deals, each
told again with one distortion at a time).

- A name with "de" after a participle that follows a deal noun is the noun's
  complement: "rechazó la oferta no solicitada de X" (the small parser hangs "de X" on
  the participle; kg.deals.context._past_participle).
- "por Y" hung on the noun a bid complements, the bidder already named, is the bid's
  target: "La retirada de la oferta de X por Y" (kg.deals.context._target_past_bid).
- The unsaid subject of an infinitive adjunct is the main clause's: "Tras rechazar la
  OPA de X, el consejo de Y prepara …" — Y's board judges the bid, so Y is its target
  (kg.deals.frames._adjunct_controllers).
- A Spanish verb answering a bid with its subject unsaid continues the subject of the
  sentence before: "X no se venderá. Rechazó ayer la oferta de Y" (kg.deals.frames
  ._dropped_judge).
- A contract with no other party, to build or supply things "para" a company, has that
  company for its client: "X ha firmado un contrato para construir dos patrulleras para
  la Armada de Y" (kg.deals.frames._client_of_work).
- A lower-case word that ends in digits after a company's classifier and before its
  verb is a brand: "La tecnológica datos360 firmó …" (kg.entities.cues.lowercase_brand).
- A warehouse sold is a business's asset, not goods: "vendió su almacén de
  Getafe a Y" (lexicon/deals.toml [asset_nouns]).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model  # the ``es`` pipeline comes from conftest.py


def deals(nlp: Language, text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Each deal's type, status and sorted (role, name) pairs."""
    return [(d.type, d.status, sorted((r, x.name) for r, x in d.roles))
            for d in nlp(text)._.kg_deals]


# -- a "de" phrase after a participle on a deal noun -------------------------------------


@pytest.mark.parametrize("text", [
    "El consejo de Hilados Porma rechazó la oferta no solicitada de Grupo Curueño.",
    "El consejo de administración de Hilados Porma rechazó la oferta no solicitada de "
    "Grupo Curueño por 90 millones de euros.",
])
def test_a_name_after_a_participle_on_a_bid_is_the_bidder(es: Language, text: str) -> None:
    assert deals(es, text) == [
        ("Acquisition", "Cancelled", [("acquirer", "Grupo Curueño"), ("target", "Hilados Porma")])
    ]


def test_a_name_after_an_amount_under_a_participle_is_the_bids_target(es: Language) -> None:
    text = "Grupo Curueño retiró la oferta no solicitada de 90 millones de euros por Hilados Porma."
    assert deals(es, text) == [
        ("Acquisition", "Cancelled", [("acquirer", "Grupo Curueño"), ("target", "Hilados Porma")])
    ]


def test_the_agent_of_a_participle_keeps_its_own_reading(es: Language) -> None:
    """ "presentada por X": the participle's agent, not the noun's "por" (its target)."""
    text = "El consejo de Hilados Porma rechazó la OPA hostil presentada por Grupo Curueño."
    assert [r for _, _, r in deals(es, text)] == [
        [("acquirer", "Grupo Curueño"), ("target", "Hilados Porma")]
    ]


# -- the unsaid subject of an infinitive adjunct -----------------------------------------


@pytest.mark.parametrize("text", [
    "Tras rechazar la oferta de Tejas Cidacos, el consejo de Ladrillos Linares estudia "
    "recomprar acciones.",
    "Después de rechazar la OPA de Tejas Cidacos, el consejo de Ladrillos Linares "
    "recomprará acciones.",
])
def test_a_board_that_rejected_a_bid_in_a_fronted_infinitive_is_its_targets(
    es: Language, text: str
) -> None:
    parties = [("acquirer", "Tejas Cidacos"), ("target", "Ladrillos Linares")]
    assert deals(es, text) == [("Acquisition", "Cancelled", parties)]


def test_a_rejected_dividend_in_a_fronted_infinitive_is_no_bid(es: Language) -> None:
    text = ("Tras rechazar la propuesta de dividendo de Tejas Cidacos, el consejo de "
            "Ladrillos Linares estudia recomprar acciones.")
    assert deals(es, text) == []


# -- a lower-case brand ending in digits -------------------------------------------------


def orgs(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "org"}


@pytest.mark.parametrize(("text", "brand"), [
    ("La tecnológica datos360 firmó un contrato con Aguas del Tormes.", "datos360"),
    ("La empresa de reparto envios24 abrió un almacén en Coslada.", "envios24"),
])
def test_a_lower_case_word_ending_in_digits_after_a_classifier_is_a_brand(
    es: Language, text: str, brand: str
) -> None:
    assert brand in orgs(es, text)


def test_a_model_number_is_no_brand(es: Language) -> None:
    assert orgs(es, "La aerolínea a320 vuela a Lisboa.") == set()


# -- assets sold --------------------------------------------------------------------------


def test_a_warehouse_sold_is_an_acquisition(es: Language) -> None:
    text = "Muebles Ucero vendió su almacén de Soria a Maderas Duruelo."
    assert deals(es, text) == [
        ("Acquisition", "Completed", [("acquirer", "Maderas Duruelo"), ("seller", "Muebles Ucero")])
    ]


def test_goods_bought_stay_a_purchase(es: Language) -> None:
    text = "Muebles Ucero compró a Maderas Duruelo 300 toneladas de madera."
    assert [t for t, _, _ in deals(es, text)] == ["PurchaseAgreement"]


# -- the unsaid subject of a verb answering a bid -----------------------------------------


@pytest.mark.parametrize("text", [
    "Cables Besaya no se venderá. Rechazó ayer la oferta de 150 millones de euros de Grupo Pas.",
    "Cables Besaya presentó sus cuentas. Además, rechazó la oferta de Grupo Pas.",
])
def test_an_unsaid_subject_rejecting_a_bid_is_the_last_subject(es: Language, text: str) -> None:
    assert [r for _, _, r in deals(es, text)] == [
        [("acquirer", "Grupo Pas"), ("target", "Cables Besaya")]
    ]


def test_an_unsaid_subject_after_no_company_makes_no_target(es: Language) -> None:
    assert deals(es, "El mercado cayó ayer. Rechazó la oferta de Grupo Pas.") == []


# -- the client of a contract's work ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Astilleros Ares ha firmado un contrato de 110 millones de dólares para construir dos "
    "patrulleras para la Armada de Chile.",
    "Astilleros Ares ha cerrado un buen año. Ha firmado un contrato para fabricar 40 "
    "patrulleras para la Armada de Chile.",
])
def test_a_contract_to_build_things_for_a_company_has_it_for_client(
    es: Language, text: str
) -> None:
    assert [r for _, _, r in deals(es, text)] == [
        [("buyer", "Armada de Chile"), ("seller", "Astilleros Ares")]
    ]


def test_a_contract_with_a_partner_keeps_its_partner_for_client(es: Language) -> None:
    text = ("Astilleros Ares ha firmado un contrato con Navieras Loa para construir dos buques "
            "para la Armada de Chile.")
    assert [r for _, _, r in deals(es, text)] == [
        [("buyer", "Navieras Loa"), ("seller", "Astilleros Ares")]
    ]


# -- "por Y" after a bid with its bidder named --------------------------------------------


@pytest.mark.parametrize(("text", "status"), [
    ("La retirada de la oferta de Grupo Urbasa por Sidras Andia sorprendió ayer al mercado.",
     "Cancelled"),
    ("El rechazo de la oferta de Grupo Urbasa por Sidras Andia sorprendió al mercado.",
     "Cancelled"),
])
def test_por_after_a_bid_with_its_bidder_is_the_company_bid_for(
    es: Language, text: str, status: str
) -> None:
    assert deals(es, text) == [
        ("Acquisition", status, [("acquirer", "Grupo Urbasa"), ("target", "Sidras Andia")])
    ]


def test_por_after_a_bid_without_its_bidder_is_no_target(es: Language) -> None:
    assert deals(es, "La retirada de la oferta por Grupo Urbasa sorprendió al mercado.") == []
