"""Deal frames, types and roles on news written by an outsider (session 13), each rule
on sentences written for these tests.

- A going concern's plant, mill or brands sold whole by the company that runs them
  (``asset_nouns``, kg.deals.assets) is an acquisition from that seller, the buyer the
  acquirer, with no company as the target: not a purchase of goods. Such an
  acquisition is published with its acquirer and its seller (kg.facts.has_required_roles,
  shapes/deal.ttl); so is an unnamed unit sold ("sold its frozen-food unit to Y",
  ``parties:unit-sold``).
- A name the parser makes a second object right after the plant or brand is the asset's
  own name, no party ("traspasó su marca de papel Suave Norte a X").
- A name in apposition to the bought noun's bare classifier ("la cadena de
  laboratorios X") is the company bought, the target (``parties:named-object``).
- A contract awarded (kg.deals.award): the awarder buys, the company awarded sells
  (``frame:contract-awarded``), active, passive and Spanish "adjudicó ... a X".
- "negocia su venta a X": a sale possessed by its seller that names nothing sold is
  the sale of the seller itself, the target (``parties:own-sale``).
- A shareholder noun naming who holds a company now, as subject or apposition, is a
  holding already made (``status:Completed<-holder-named``), whatever its clause plans.
- "investment in marketing" (an activity) is spending, no deal.
- A later "the deal" never means a backer told in passing ("X, backed by Y").

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal, EntityRef, Span, has_required_roles
from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def only(found: list[Deal], kind: str) -> Deal:
    (deal,) = [d for d in found if d.type == kind]
    return deal


# -- a plant or brands sold whole: an acquisition from the seller ----------------------

def test_an_english_plant_sold_is_an_acquisition_from_its_owner(en: Language) -> None:
    found = deals(en, "Delmont Foods has agreed to sell its snacks plant in Fresno to "
                      "Brightvale Group for $200 million.")
    deal = only(found, "Acquisition")
    assert parties(deal, "acquirer") == {"Brightvale Group"}
    assert parties(deal, "seller") == {"Delmont Foods"}
    assert parties(deal, "target") == set()
    assert deal.status == "Announced"  # agreed, not closed
    assert not [d for d in found if d.type == "PurchaseAgreement"]


def test_a_spanish_plant_sold_is_an_acquisition_from_its_owner(es: Language) -> None:
    found = deals(es, "Forestal Arauco Sur acordó vender su planta de papel de Temuco a "
                      "Cartones Lautaro por 90 millones de dólares.")
    deal = only(found, "Acquisition")
    assert parties(deal, "acquirer") == {"Cartones Lautaro"}
    assert parties(deal, "seller") == {"Forestal Arauco Sur"}
    assert deal.status == "Announced"


def test_brands_sold_are_an_acquisition_not_goods(en: Language) -> None:
    found = deals(en, "Pardoe Cosmetics sold its haircare brands to Quenby Beauty for "
                      "$75 million in March.")
    deal = only(found, "Acquisition")
    assert parties(deal, "acquirer") == {"Quenby Beauty"}
    assert parties(deal, "seller") == {"Pardoe Cosmetics"}


def test_a_plant_bought_from_its_owner_names_the_seller(es: Language) -> None:
    found = deals(es, "Cementos Lluvia compró la fábrica de Hormigones Tauste por 40 "
                      "millones de euros.")
    deal = only(found, "Acquisition")
    assert parties(deal, "acquirer") == {"Cementos Lluvia"}
    assert parties(deal, "seller") == {"Hormigones Tauste"}


def test_goods_sold_are_still_a_purchase_agreement(en: Language) -> None:
    found = deals(en, "Orvane Aerospace agreed to sell 40 regional jets to Tasman Skyways "
                      "for $1.2 billion.")
    deal = only(found, "PurchaseAgreement")
    assert parties(deal, "seller") == {"Orvane Aerospace"}
    assert parties(deal, "buyer") == {"Tasman Skyways"}


def test_an_acquisition_needs_a_target_or_its_buyer_and_seller() -> None:
    a = EntityRef("org", "Acme")
    b = EntityRef("org", "Zenith")
    ev = (Span(0, 4, "Acme"),)
    assert has_required_roles(Deal("Acquisition", (("acquirer", a), ("seller", b)), ev))
    assert not has_required_roles(Deal("Acquisition", (("seller", b),), ev))
    assert not has_required_roles(Deal("Acquisition", (("acquirer", a),), ev))


def test_the_shapes_take_an_asset_bought_from_its_seller_and_no_target() -> None:
    import rdflib

    from kg.validate import load_shapes, validate
    from kg.vocab import DEAL, ID
    from tests.test_shapes import GOOD

    graph = rdflib.Graph().parse(GOOD, format="turtle")
    acquisition = ID["deal/acquisition"]
    graph.remove((acquisition, DEAL.target, None))
    assert validate(graph, load_shapes())  # neither a target nor a seller
    graph.add((acquisition, DEAL.seller, ID["org/beta-labs"]))
    assert validate(graph, load_shapes()) == []


# -- a name in apposition to the bought noun's classifier: the target ------------------

# -- an unnamed unit sold: an acquisition from the seller --------------------------------

def test_an_unnamed_unit_sold_is_an_acquisition_from_its_owner(en: Language) -> None:
    found = deals(en, "Delmont Foods has agreed to sell its frozen-food unit to Brightvale "
                      "Group for $200 million.")
    deal = only(found, "Acquisition")
    assert parties(deal, "acquirer") == {"Brightvale Group"}
    assert parties(deal, "seller") == {"Delmont Foods"}


# -- a contract awarded: the awarder buys from the company awarded ---------------------

@pytest.mark.parametrize("text", [
    "The Royal Navy has awarded Brackwell Shipbuilding a contract worth up to $900 million "
    "to refit six frigates.",
    "The Royal Navy awarded a $300 million contract to Brackwell Shipbuilding on Monday.",
])
def test_an_english_contract_awarded_is_bought_by_the_awarder(en: Language, text: str) -> None:
    deal = only(deals(en, text), "PurchaseAgreement")
    assert parties(deal, "buyer") == {"Royal Navy"}
    assert parties(deal, "seller") == {"Brackwell Shipbuilding"}


def test_a_contract_the_winner_awards_itself_is_not_read_as_awarded(es: Language) -> None:
    found = deals(es, "Navalia Sistemas se adjudicó un contrato del Ministerio de Defensa por "
                      "300 millones de euros.")
    assert not [d for d in found if "frame:contract-awarded" in d.rules]


# -- "negocia su venta a X": the seller is what is sold ---------------------------------

def test_a_company_negotiating_its_own_sale_is_the_target(es: Language) -> None:
    found = deals(es, "Textiles Moraña confirmó que negocia su venta a la gallega Inditex Norte.")
    deal = only(found, "Acquisition")
    assert parties(deal, "target") == {"Textiles Moraña"}
    assert parties(deal, "acquirer") == {"Inditex Norte"}
    assert parties(deal, "seller") == set()


def test_a_sale_of_something_named_keeps_its_seller(es: Language) -> None:
    found = deals(es, "Textiles Moraña negocia la venta de su filial Hilados Lugo a la "
                      "gallega Inditex Norte.")
    deal = only(found, "Acquisition")
    assert parties(deal, "seller") == {"Textiles Moraña"}
    assert "parties:own-sale" not in deal.rules


# -- a shareholder named is a holding already made ---------------------------------------

def test_a_named_main_shareholder_is_a_completed_investment(es: Language) -> None:
    found = deals(es, "El principal accionista de Banco Tormes, la Fundación Tormes, con un "
                      "18% del capital, se ha comprometido a votar a favor de la fusión.")
    deal = only(found, "Investment")
    assert parties(deal, "investor") == {"Fundación Tormes"}
    assert parties(deal, "investee") == {"Banco Tormes"}
    assert deal.status == "Completed"


def test_a_shareholder_to_be_keeps_its_future(es: Language) -> None:
    found = deals(es, "Inversiones Duero se convertirá en el principal accionista de Banco "
                      "Tormes tras la ampliación.")
    assert all(d.status != "Completed" for d in found if d.type == "Investment")


# -- an investment in an activity ---------------------------------------

def test_investment_in_an_activity_is_no_deal(en: Language) -> None:
    found = deals(en, '"The brands need more investment in advertising," Harrow Peak Capital '
                      "chief executive Dana Quill said.")
    assert not [d for d in found if d.type == "Investment"]


def test_an_investment_in_a_company_is_still_one(en: Language) -> None:
    deal = only(deals(en, "Harrow Peak Capital made an investment in Lindqvist Foods last "
                          "year."), "Investment")
    assert parties(deal, "investee") == {"Lindqvist Foods"}


# -- "the deal" after a backer told in passing -----------------------------------------

def test_the_deal_never_means_a_backer_told_in_passing(en: Language) -> None:
    found = deals(en, "Lowveld Foods has agreed to sell its juice brands to Marula Drinks "
                      "for $90 million. Marula, a beverage group backed by Sandveld Capital, "
                      "will take over a bottling plant. The deal is the second disposal by "
                      "Lowveld this year.")
    backing = only(found, "Investment")
    assert parties(backing, "investor") == {"Sandveld Capital"}
    assert parties(backing, "seller") == set()
