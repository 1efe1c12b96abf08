"""Session 34, helper firstperson2 (issue #13): the writer's "we" in letters, reports and
interviews.

- "Nuestra filial Y, adquirida en 2024 a Z", "our subsidiary Y, acquired in 2022 from
  Z": a participle of buying, with no agent, on a company in apposition with a unit
  noun that the first person plural possesses tells that the one who says "our" bought
  it; the frame's signature or the lede's company is that voice
  (``kg.deals.roles._unit_owner``). "Nuestra ciudad, fundada en 1820" (no unit noun,
  no company) and a unit told with no participle of buying are none.
- "Bajo contrato con nosotros, Y presta el servicio", "under contract with us, Y runs
  it": "us" after "con"/"with" on a deal word is the party the deal is made with, the
  organisation whose voice says it (``kg.deals.roles._argument_refs``), when the clause
  names the other side as its subject (``_named_doer``); a quoted neighbour or a mayor
  with no company gives no party, nor a clause whose subject is no company.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

Read = tuple[str, frozenset[tuple[str, str]]]  # a deal's type and (role, party) pairs


def _read(nlp: Language, text: str) -> list[Read]:
    """Each deal kg reads in ``text``: its type and its (role, party name) pairs."""
    return [(d.type, frozenset((role, ref.name) for role, ref in d.roles))
            for d in nlp(text)._.kg_deals]


def _parties(nlp: Language, text: str) -> set[tuple[str, str]]:
    """The (role, party name) pairs of the one deal kg reads in ``text``."""
    found = _read(nlp, text)
    assert len(found) == 1, found
    return set(found[0][1])


# -- "our unit Y, bought from Z": the writer bought it ---------------------------------


@pytest.mark.parametrize("text", [
    "Grupo Varela presentó su memoria. Nuestra filial Pagos Balboa, adquirida en 2024 a "
    "Banco Ostrea, creció un 30 % este año.",
    "Grupo Varela presentó su memoria. Nuestra filial Pagos Balboa, adquirida en 2024 a "
    "Banco Ostrea, creció un 30 % este año.\n\nAtentamente,\nLaura Medina, presidenta de "
    "Grupo Varela",
    "Grupo Varela cerró un buen ejercicio. Nuestra filial Pagos Balboa, comprada en 2024 a "
    "Banco Ostrea, abrió dos oficinas.",
])
def test_our_unit_bought_from_es(es: Language, text: str) -> None:
    assert _read(es, text) == [("Acquisition", frozenset({
        ("acquirer", "Grupo Varela"), ("target", "Pagos Balboa"), ("seller", "Banco Ostrea")}))]


def test_our_subsidiary_acquired_from_in_a_signed_letter(en: Language) -> None:
    roles = _parties(en, (
        "Dear shareholders, our subsidiary Pellmore Pumps, acquired in 2022 from Castleton "
        "Engineering, doubled its sales.\n\nYours sincerely,\nAnna Reed\nChair, Hollins "
        "Industrial plc"))
    assert {("acquirer", "Hollins Industrial"), ("target", "Pellmore Pumps")} <= roles


# -- near misses ------------------------------------------------------------------------


def test_our_city_founded_is_no_purchase(es: Language) -> None:
    assert not [d for d in _read(es, (
        "La alcaldesa de Tolva habló en el pleno. \"Nuestra ciudad, fundada en 1820, "
        "recibió en 2024 una inversión de Banco Ostrea\", dijo.")) if d[0] == "Acquisition"]


def test_their_unit_bought_is_still_its_owner(es: Language) -> None:
    roles = _parties(es, (
        "Grupo Varela presentó su memoria. Su filial Pagos Balboa, adquirida en 2024 a "
        "Banco Ostrea, creció un 30 % este año."))
    assert ("acquirer", "Grupo Varela") in roles


# -- "por contrato con nosotros, Y": the writer contracted Y ---------------------------


@pytest.mark.parametrize("text", [
    "Torvel Logística presentó su plan anual. Desde enero el reparto lo presta, por "
    "contrato con nosotros, Transportes Ebrón.",
    "Torvel Logística presentó su plan anual. Bajo contrato con nosotros, Transportes Ebrón "
    "presta el servicio de reparto desde 2023.",
    "Torvel Logística presentó su plan anual. Transportes Ebrón presta el servicio de "
    "reparto bajo contrato con nosotros.",
])
def test_contract_with_us_es(es: Language, text: str) -> None:
    assert _parties(es, text) == {("buyer", "Torvel Logística"), ("seller", "Transportes Ebrón")}


def test_under_contract_with_us_en(en: Language) -> None:
    roles = _parties(en, (
        "Hollins Industrial published its annual report. Under contract with us, Ebron "
        "Transport runs the delivery service."))
    assert roles == {("buyer", "Hollins Industrial"), ("seller", "Ebron Transport")}


@pytest.mark.parametrize("text", [
    "\"Transportes Ebrón firmó un contrato con nosotros\", dijo Marta Gil, vecina de Tolva.",
    "La alcaldesa de Tolva habló en el pleno. \"Transportes Ebrón firmó un contrato con "
    "nosotros\", dijo.",
])
def test_contract_with_us_of_a_speaker_with_no_company(es: Language, text: str) -> None:
    assert not _read(es, text)


def test_contract_with_us_in_a_clause_with_no_company_subject(es: Language) -> None:
    assert not [d for d in _read(es, (
        "Torvel Logística presentó su plan anual. Desde marzo, por contrato con nosotros, "
        "la limpieza de los almacenes se hace de noche y Transportes Ebrón lleva el reparto."))
        if ("buyer", "Torvel Logística") in d[1]]
