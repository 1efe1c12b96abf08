"""Session 34, helper matched (issue #13): the type of deals kg does find.

- Land, farms, premises and oil or gas fields bought from their owner are assets a
  business owns, bought as a unit as plants and buildings are: an acquisition from the
  seller, not a purchase agreement for goods ("bought 2,000 acres of farmland from Y",
  "adquirió a Y 300 hectáreas de viñedo", "compró a Y las naves de Teruel", "la compra
  de 14 locales de Y", "sold its oil leases to Y"; ``lexicon/deals.toml`` asset_nouns,
  read by ``kg.deals.roles.object_kind`` and ``kg.deals.frames._goods_bought``). Goods
  bought ("40,000 tonnes of wheat", "20 aviones", "2.000 cerdos") stay a purchase
  agreement.
- Their purchase told with a plural definite description ("compró a Y las naves de
  Tudela", "bought the leases from Y") is a deal of its own: things a business owns are
  no description of a company named elsewhere, so it does not join a takeover by the
  same buyer (``kg.deals.component._owned_assets``); "bought the company from Y" still
  does.
- A management agreement (a business run for its owner for a fee: "a ten-year
  management agreement with Y") buys a service: a purchase agreement, not a
  partnership (``lexicon/deals.toml`` supply_words); a distribution or partnership
  agreement is left as it was.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal


def _one(nlp: Language, text: str) -> Deal:
    deals = list(nlp(text)._.kg_deals)
    assert len(deals) == 1, deals
    return deals[0]


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- land, farms, premises and fields bought from their owner -------------------------


@pytest.mark.parametrize(
    ("lang", "text", "buyer", "seller"),
    [
        ("en", "Corvane Farms bought 2,000 acres of farmland from Halden Group.",
         "Corvane Farms", "Halden Group"),
        ("en", "Halden Group sold its remaining oil leases to Corvane Energy for $12 million.",
         "Corvane Energy", "Halden Group"),
        ("en", "Corvane Energy bought the gas field from Halden Group for $90 million.",
         "Corvane Energy", "Halden Group"),
        ("en", "Corvane Realty bought the Marlow shopping centre from Halden Group in 2024.",
         "Corvane Realty", "Halden Group"),
        ("es", "Viñedos Corvane adquirió a Agrícola Halden 300 hectáreas de viñedo por 5 "
         "millones.", "Viñedos Corvane", "Agrícola Halden"),
        ("es", "Cárnicas Corvane compró a Grupo Halden las naves de Teruel por 3 millones de "
         "euros.", "Cárnicas Corvane", "Grupo Halden"),
        ("es", "Distribuidora Corvane cerró la compra de 14 locales de Grupo Halden.",
         "Distribuidora Corvane", "Grupo Halden"),
        ("es", "Lácteos Corvane compró la granja de Soria a Grupo Halden.",
         "Lácteos Corvane", "Grupo Halden"),
        ("es", "Corvane Energía compró a Grupo Halden el yacimiento de gas por 90 millones.",
         "Corvane Energía", "Grupo Halden"),
    ],
)
def test_property_bought_from_its_owner_is_an_acquisition(
    en: Language, es: Language, lang: str, text: str, buyer: str, seller: str
) -> None:
    d = _one(en if lang == "en" else es, text)
    assert d.type == "Acquisition"
    assert _roles(d) == {("acquirer", buyer), ("seller", seller)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Corvane Mills bought 40,000 tonnes of wheat from Halden Group."),
        ("es", "Aerolíneas Corvane compró 20 aviones a Fabricante Halden."),
        ("es", "Cárnicas Corvane compró a Grupo Halden 2.000 cerdos."),
        ("en", "Halden Group sold 200 local newspapers to Corvane Media."),
    ],
)
def test_goods_bought_stay_a_purchase_agreement(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert _one(en if lang == "en" else es, text).type == "PurchaseAgreement"


# -- owned assets are no described target ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "target"),
    [
        ("es", "Cárnicas Morel compró a Cooperativa Brezo las naves de Tudela por 40 millones "
         "de euros. Años después, Cárnicas Morel negoció la compra de Embutidos Quera.",
         "Embutidos Quera"),
        ("en", "Tovar Energy bought the leases from Brisk Oil for $30 million. Last year Tovar "
         "Energy agreed to buy Calder Resources.", "Calder Resources"),
    ],
)
def test_assets_bought_stay_apart_from_a_takeover(
    en: Language, es: Language, lang: str, text: str, target: str
) -> None:
    deals = list((en if lang == "en" else es)(text)._.kg_deals)
    assert len(deals) == 2, deals
    assert {d.type for d in deals} == {"Acquisition"}
    targets = [ref.name for d in deals for role, ref in d.roles if role == "target"]
    assert targets == [target]


def test_a_company_described_still_joins_the_takeover(en: Language) -> None:
    d = _one(en, "Tovar Energy bought the company from Brisk Oil for $30 million. Last year "
             "Tovar Energy agreed to buy Calder Resources.")
    assert ("target", "Calder Resources") in _roles(d)
    assert ("seller", "Brisk Oil") in _roles(d)


# -- a management agreement buys a service ---------------------------------------------


def test_management_agreement_is_a_purchase(en: Language) -> None:
    d = _one(en, "From March the lodge will be run by Halden Resorts under a management "
             "agreement signed with Corvane Hotels.")
    assert d.type == "PurchaseAgreement"
    assert _roles(d) == {("buyer", "Corvane Hotels"), ("seller", "Halden Resorts")}
    d = _one(en, "Corvane Hotels signed a ten-year management agreement with Halden Resorts "
             "for its lodge in Aspen.")
    assert d.type == "PurchaseAgreement"


@pytest.mark.parametrize(
    "text",
    [
        "Corvane Foods signed a distribution agreement with Halden Group.",
        "Corvane Foods and Halden Group signed a partnership agreement.",
    ],
)
def test_other_agreements_stay_partnerships(en: Language, text: str) -> None:
    assert _one(en, text).type == "Partnership"
