"""Two classes of session 13 (issue 13), on texts written for these tests.

A business's assets (a loan book, a hotel portfolio, a plant, a network) bought from
their owner are an acquisition with an acquirer and a seller, as a unit is; goods
bought from a supplier stay a purchase agreement.

A generic company noun as a subject ("la empresa", "the company") continues the
subject before it; a company described in passing as "una empresa" is not what it
means.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

ASSETS = [
    ("en", "Harbour Credit Union has agreed to buy the mortgage book of Brightwater Bank "
           "for €410m.", "Harbour Credit Union", "Brightwater Bank", "Announced"),
    ("es", "La hotelera Costa Azul ha comprado la cartera de hoteles de Inmobiliaria Meseta "
           "por 90 millones de euros.", "Costa Azul", "Inmobiliaria Meseta", "Completed"),
    ("en", "Brightwater Bank agreed to sell its fibre network to Harbour Telecom in a deal "
           "worth $1.1 billion.", "Harbour Telecom", "Brightwater Bank", "Announced"),
]


@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "acquirer", "seller", "status"), ASSETS)
def test_assets_bought_from_their_owner_are_an_acquisition(
    lang: str, text: str, acquirer: str, seller: str, status: str,
    request: pytest.FixtureRequest,
) -> None:
    nlp: Language = request.getfixturevalue(lang)
    (deal,) = deals(nlp, text)
    assert deal.type == "Acquisition"
    assert parties(deal, "acquirer") == {acquirer}
    assert parties(deal, "seller") == {seller}
    assert deal.status == status


@pytest.mark.model
def test_goods_bought_from_a_supplier_stay_a_purchase(en: Language) -> None:
    (deal,) = deals(en, "Harbour Materials will buy 40 turbines from Brightwater Energy for "
                        "$90 million.")
    assert deal.type == "PurchaseAgreement"
    assert parties(deal, "buyer") == {"Harbour Materials"}


@pytest.mark.model
def test_the_company_continues_the_subject_not_a_company_described_in_passing(
    es: Language,
) -> None:
    found = deals(es, "Cementos del Valle anunció la compra de Concretos Andinos, una empresa "
                      "con plantas en Medellín. Con esta compra, Cementos del Valle suma seis "
                      "plantas. En 2022, la empresa había vendido su filial de transporte a "
                      "Logística Pacífico.")
    (sale,) = [d for d in found if "Logística Pacífico" in parties(d, "acquirer")]
    assert parties(sale, "seller") == {"Cementos del Valle"}
