"""Deals told across sentences (session 18, helper xsent3): a party said by a
description or left to the story's topic, in another sentence than the one that names
it. Tested on sentences written for these tests; the organisations are given by hand.

- a stake in a company the sentence names only by a description ("compró el 30% de la
  empresa", "bought a 30% stake in the company") is a stake in the company the
  description refers to (kg.deals.roles._stake_in_described);
- a noun introduces the name it stands before only with modifiers between them: "informó
  la aerolínea a la Bolsa X" does not make X "la aerolínea" (kg.deals.refer.described_as);
- a deal noun with no agent ("a completar la compra de X", "helped by the purchase of X")
  is the deal of the company the lede is about, among companies named as often
  (kg.deals.refer.topic_before, lede_subject).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_deal_roles_es import deals_among, roles

pytestmark = pytest.mark.model

NAMES = (
    "Hortalizas del Valle", "Brisamar Capital", "Harwick Foods", "Delmont Partners",
    "Club Atlético Sorrento", "Larkspur Holdings", "Aerolíneas Brisa", "Motores del Golfo",
    "Bolsa Andina de Valores", "Salmonera Austral", "Tidemark Partners", "Ostras del Sur",
    "Pemberton Mills", "Quillfield Capital", "Ardent Yarns", "Vellum Press",
)


def deals(nlp: Language, text: str) -> list[Deal]:
    return deals_among(nlp, text, NAMES)


def with_party(found: list[Deal], name: str) -> list[dict[str, set[str]]]:
    return [roles(d) for d in found if any(ref.name == name for _, ref in d.roles)]


# -- a stake in a company said by a description ------------------------------------------


@pytest.mark.parametrize("text", [
    "La cadena Hortalizas del Valle abrirá 40 tiendas este año. El fondo Brisamar Capital "
    "compró el 30% de la empresa por 50 millones de euros.",
    "Hortalizas del Valle abrirá 40 tiendas este año. En 2021, Brisamar Capital adquirió el "
    "25% del capital de la compañía.",
    "La cadena Hortalizas del Valle facturó 300 millones en 2025. El fondo Brisamar Capital "
    "ha cerrado la compra de un 20% de la cadena.",
])
def test_a_stake_in_a_described_company_es(es: Language, text: str) -> None:
    (found,) = with_party(deals(es, text), "Brisamar Capital")
    assert found.get("investee") == {"Hortalizas del Valle"}
    assert found.get("investor") == {"Brisamar Capital"}


@pytest.mark.parametrize("text", [
    "Harwick Foods reported higher sales on Tuesday. Private equity firm Delmont Partners "
    "bought a 30% stake in the company for $50 million in 2021.",
    "Harwick Foods makes frozen pies in Ohio. Delmont Partners acquired 20% of the company "
    "last year.",
])
def test_a_stake_in_a_described_company_en(en: Language, text: str) -> None:
    (found,) = with_party(deals(en, text), "Delmont Partners")
    assert found.get("investee") == {"Harwick Foods"}


def test_a_described_stake_is_never_the_buyers_own_es(es: Language) -> None:
    # no company before the one that buys: the description has no other to mean
    text = "El fondo Brisamar Capital compró el 30% de la empresa por 50 millones de euros."
    for found in with_party(deals(es, text), "Brisamar Capital"):
        assert "Brisamar Capital" not in found.get("investee", set())
        assert "Brisamar Capital" not in found.get("target", set())


def test_a_described_stake_is_never_the_buyers_own_en(en: Language) -> None:
    text = "Delmont Partners reported higher fees. The firm bought a 30% stake in the company."
    for found in with_party(deals(en, text), "Delmont Partners"):
        assert "Delmont Partners" not in found.get("investee", set())


def test_a_club_described_after_its_name_es(es: Language) -> None:
    text = (
        "El Club Atlético Sorrento cambiará de dueño. El fondo británico Larkspur Holdings ha "
        "firmado la compra del 75% de la sociedad al empresario Tomás Reyes."
    )
    (found,) = with_party(deals(es, text), "Larkspur Holdings")
    assert "Club Atlético Sorrento" in found.get("target", set()) | found.get("investee", set())


def test_a_described_company_with_modifiers_is_another_es(es: Language) -> None:
    # "la empresa pública de aguas" introduces a company of its own: not the buyer
    text = (
        "Hortalizas del Valle abrirá 40 tiendas. La Junta vendió hoy a Brisamar Capital el 40% "
        "de la empresa pública de aguas por 90 millones de euros."
    )
    for found in with_party(deals(es, text), "Brisamar Capital"):
        assert "Brisamar Capital" not in found.get("investee", set())
        assert "Hortalizas del Valle" not in found.get("investee", set())


# -- a noun introduces only the name right after it ---------------------------------------


def test_a_noun_before_a_preposition_introduces_no_name_es(es: Language) -> None:
    text = (
        "Aerolíneas Brisa firmó un pedido de 12 aviones, informó la aerolínea a la Bolsa Andina "
        "de Valores. La aerolínea también firmó un contrato de mantenimiento por diez años con "
        "Motores del Golfo por 45 millones de dólares."
    )
    found = with_party(deals(es, text), "Motores del Golfo")
    assert found, "the maintenance contract is read"
    parties = set().union(*(set().union(*r.values()) for r in found))
    assert "Bolsa Andina de Valores" not in parties
    assert "Aerolíneas Brisa" in parties


def test_a_noun_with_modifiers_still_introduces_its_name_es(es: Language) -> None:
    # "el fondo británico Brisamar Capital": only an adjective between noun and name
    text = (
        "El fondo británico Brisamar Capital gestiona 900 millones. Hortalizas del Valle abrirá "
        "40 tiendas. El fondo compró el 30% de Hortalizas del Valle."
    )
    (found,) = with_party(deals(es, text), "Hortalizas del Valle")
    assert found.get("investor") == {"Brisamar Capital"}


# -- a deal noun with no agent: the lede's company among equals -----------------------------


def test_an_agentless_purchase_is_the_lede_companys_es(es: Language) -> None:
    text = (
        "La salmonera Salmonera Austral completó este miércoles su salida a bolsa. Tidemark "
        "Partners vendió parte de sus acciones en la colocación. Salmonera Austral emplea a "
        "3.000 personas. Tidemark Partners conservará un 20%. Los fondos se destinarán a "
        "completar la compra de la piscicultura Ostras del Sur, acordada en septiembre."
    )
    (found,) = with_party(deals(es, text), "Ostras del Sur")
    assert found.get("acquirer") == {"Salmonera Austral"}
    assert found.get("target") == {"Ostras del Sur"}


def test_an_agentless_purchase_is_the_lede_companys_en(en: Language) -> None:
    text = (
        "Pemberton Mills reported higher quarterly profit on Tuesday. Quillfield Capital, "
        "which owns 8% of Pemberton Mills, welcomed the results. Quillfield Capital has held "
        "the shares since 2019. Profit was helped by the purchase of Ardent Yarns, completed "
        "in March."
    )
    (found,) = with_party(deals(en, text), "Ardent Yarns")
    assert found.get("acquirer") == {"Pemberton Mills"}


def test_an_agency_in_a_dateline_is_no_lede(es: Language) -> None:
    # the agency in the dateline's brackets tells the story; it is not its topic
    text = (
        "MADRID, 2 dic (Vellum Press) - La batalla por Salmonera Austral sumó un nuevo asalto. "
        "Vellum Press informó de la oferta. Tidemark Partners mejoró su oferta por Salmonera "
        "Austral. Los fondos se destinarán a completar la compra de la piscicultura Ostras del Sur."
    )
    for found in with_party(deals(es, text), "Ostras del Sur"):
        assert "Vellum Press" not in found.get("acquirer", set())


# -- an apposition after a name is no subject (Spanish) -----------------------------------

TALLERES = ("Talleres Ribera", "Forjas del Norte", "Calderas Tajo", "Carga Andina")


@pytest.mark.parametrize("text", [
    "Talleres Ribera facturó 30 millones de euros en 2025. Más tarde se hizo con Forjas del "
    "Norte, una fundición de Soria que fabrica válvulas.",
])
def test_an_apposition_after_the_name_leaves_the_subject_unsaid_es(
    es: Language, text: str
) -> None:
    (found,) = deals_among(es, text, TALLERES)
    assert roles(found).get("acquirer") == {"Talleres Ribera"}
    assert roles(found).get("target") == {"Forjas del Norte"}


def test_an_indefinite_subject_before_its_verb_is_a_subject_es(es: Language) -> None:
    # "un fondo británico" comes before its verb: the subject said, not an apposition
    text = (
        "Talleres Ribera facturó 30 millones de euros en 2025. Tras reunirse con Calderas Tajo, "
        "un fondo británico compró Forjas del Norte."
    )
    for found in deals_among(es, text, TALLERES):
        assert "Talleres Ribera" not in roles(found).get("acquirer", set())
