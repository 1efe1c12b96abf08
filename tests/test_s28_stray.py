"""False deals and stray parties in ordinary news (session 28, stray2): deal words
that tell no deal between the parties named, beside the deal the article tells. Every
sentence is written for these tests, with invented companies, people and places.

- A typing constraint on what is bought: a company buys or invests in a company, a
  unit or assets, never a person its occupation names ("bought defender X from Y",
  "adquirió al portero X"): a player's transfer, no takeover. A name the parser took
  for a person's with no occupation before it stays the company it names
  (kg.deals.guards.bought_person).
- Damages: a payment a court orders ("a jury ordered X to pay $40 million to Y", "un
  juez condenó a X a pagar 2 millones a Y") or that makes good a wrong ("por daños",
  "in damages") is no price of a purchase (kg.deals.guards.damages_paid; lexicon
  ``court_order_verbs``, ``damages_nouns``).
- A relative clause on a company dated in the past ("Halden, which acquired the brand
  from Y in 2015, said the sale ...", "X, que el año pasado firmó un acuerdo con Y")
  tells the company's past: another deal than the one the sentence refers back to or
  tells around it (kg.deals.component.told_earlier, past_agreements).
- A name that is the predicate of a copular clause, hung by the parser as an
  apposition ("la cadena X, cuyos principales clientes son A y B"), is no other name of
  the target (kg.deals.context._predicate_of_clause).
- A round read from the financing a purchase is paid with ("acquired Y with financing
  from X") is no stake in the buyer (kg.deals.guards.financed_purchase).
- A unit a possessive owns ("la venta de su filial logística a Y") is a part of the
  company, not the company: its owner is the seller (kg.deals.roles._own_unit).

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s26_stray import deals, parties

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


# ---------------------------------------------------------- a person is not bought

_TRANSFER_EN = (
    "Striker Luca Fenner has signed for Ashdown Rovers from Kelbridge City. Ashdown "
    "also bought defender Tomas Rivka from Dunmore United last week.")

_TRANSFER_ES = (
    "El Atlético Serrano compró al defensa Pablo Ruiz al Deportivo Fuentes por 3 millones.")


def test_a_player_bought_is_no_takeover(en: Language) -> None:
    assert deals(en, _TRANSFER_EN) == []


def test_a_player_bought_is_no_takeover_es(es: Language) -> None:
    assert deals(es, _TRANSFER_ES) == []


def test_a_club_bought_beside_a_player_is_still_read(en: Language) -> None:
    found = deals(en, _TRANSFER_EN + " Separately, Rowan Capital Partners agreed to buy "
                  "Ashdown Rovers for £40 million.")
    assert found == [("Acquisition", {"acquirer": {"Rowan Capital Partners"},
                                      "target": {"Ashdown Rovers"}})]


def test_a_stake_of_a_titled_owner_is_still_bought(en: Language) -> None:
    # the title is told in another sentence: "X's stake" is what the group pays for
    found = deals(en, "Rivermoor Town will come under new ownership after chairman "
                      "Peter Hadley agreed to sell the club to Bluegate Sports Group. "
                      "Bluegate will pay about £30m for Hadley's 85 per cent stake.")
    assert any(t == "Acquisition" and rs.get("acquirer") == {"Bluegate Sports Group"}
               for t, rs in found)


def test_a_name_with_no_occupation_stays_the_target(es: Language) -> None:
    # the small parser may take "Solaria Verde" for a person: the sale still stands
    found = deals(es, "Grupo Arcadia materializa la venta de Solaria Verde a Atlante Partners.")
    assert parties(found) == {"Grupo Arcadia", "Solaria Verde", "Atlante Partners"}


# ----------------------------------------------------------------------- damages

def test_a_payment_a_jury_orders_is_no_purchase(en: Language) -> None:
    assert deals(en, "A jury ordered Trident Chemicals to pay $40 million to Milford "
                     "Farms over a contaminated well. Trident said it would appeal.") == []


def test_a_payment_a_judge_orders_is_no_purchase(es: Language) -> None:
    assert deals(es, "Un juez condenó a Transportes Galán a pagar 2 millones de euros "
                     "a la aseguradora Mutua Sur por daños.") == []


def test_a_price_paid_is_still_a_purchase(en: Language) -> None:
    found = deals(en, "Ascot Industrial paid $40 million to Milford Farms for its "
                      "dairy plant, the companies said.")
    assert parties(found) == {"Ascot Industrial", "Milford Farms"}


# -------------------------------------------- a dated relative clause is the past

def test_a_dated_relative_clause_gives_no_seller_to_the_sale(en: Language) -> None:
    found = deals(en, "Halden Foods has sold its frozen pizza business to Pemberton "
                      "Partners. Halden, which acquired the brand from Grovely Brands "
                      "in 2015, said the sale would let it focus on snacks.")
    assert ("Acquisition", {"acquirer": {"Pemberton Partners"},
                            "seller": {"Halden Foods"}}) in found
    assert ("Acquisition", {"acquirer": {"Halden Foods"},
                            "seller": {"Grovely Brands"}}) in found


def test_a_past_purchase_told_apart_is_kept(en: Language) -> None:
    found = deals(en, "Marston Group has agreed to sell its paper mill to Fulton Paper. "
                      "Marston bought the mill from Keswick Industries in 2010.")
    assert ("Acquisition", {"acquirer": {"Fulton Paper"},
                            "seller": {"Marston Group"}}) in found


def test_a_dated_relative_clause_in_spanish(es: Language) -> None:
    found = deals(es, "Grupo Lorca ha vendido su filial de envases a Plastisur Ibérica. "
                      "La empresa, que compró la filial a Envases Girona en 2016, dijo "
                      "que la venta reducirá su deuda.")
    assert not any({"Grupo Lorca", "Envases Girona"} <= {n for ns in rs.values() for n in ns}
                   and "seller" in rs and len(rs["seller"]) > 1 for _, rs in found)


def test_an_agreement_of_the_past_is_no_partner_of_the_merger(es: Language) -> None:
    found = deals(es, "Bodegas Ribalta se fusionará con Viñedos Altozano, que el año "
                      "pasado firmó un acuerdo de distribución con Vinoteca Global.")
    assert ("Merger", {"partner": {"Bodegas Ribalta", "Viñedos Altozano"}}) in found
    assert not any(t == "Merger" and "Vinoteca Global" in parties([(t, rs)])
                   for t, rs in found)


def test_an_agreement_in_the_deal_sentence_still_joins_it(es: Language) -> None:
    # no time of its own: the agreement is the purchase's own
    found = deals(es, "Grupo Tordesillas llegó a un acuerdo con Harinas Duero para la "
                      "compra de Molinos Esla por 20 millones de euros.")
    assert parties(found) == {"Grupo Tordesillas", "Harinas Duero", "Molinos Esla"}


# ------------------------------------------------- a predicate is no apposition

def test_the_clients_of_the_target_are_not_bought(es: Language) -> None:
    found = deals(es, "Grupo Hostelero Sierra compró la cadena Hoteles Bahía, cuyos "
                      "principales clientes son Viajes Meridiano y Turavia, por 60 "
                      "millones de euros.")
    assert found == [("Acquisition", {"acquirer": {"Grupo Hostelero Sierra"},
                                      "target": {"Hoteles Bahía"}})]


# ---------------------------------------------- the financing of a purchase

def test_the_financing_of_a_purchase_is_no_round(en: Language) -> None:
    found = deals(en, "Falcon Software acquired Jetstream Apps for $45 million, with "
                      "financing from Northgate Bank.")
    assert found == [("Acquisition", {"acquirer": {"Falcon Software"},
                                      "target": {"Jetstream Apps"}})]


def test_the_financing_of_a_purchase_is_no_round_es(es: Language) -> None:
    found = deals(es, "Frutas Segura adquirió la exportadora Citrinos del Mar por 30 "
                      "millones con financiación de Banco Regional.")
    assert [t for t, _ in found] == ["Acquisition"]


def test_funding_of_growth_is_still_a_round(en: Language) -> None:
    found = deals(en, "Jetstream Apps expanded to Brazil with funding from Northgate "
                      "Ventures.")
    assert found == [("Investment", {"investor": {"Northgate Ventures"},
                                     "investee": {"Jetstream Apps"}})]


# ------------------------------------------- a company's own unit is not the company

def test_the_sale_of_its_own_unit_makes_the_owner_the_seller(es: Language) -> None:
    found = deals(es, "Distribuciones Levante negocia la venta de su filial logística a "
                      "Transportes Ebro.")
    assert found == [("Acquisition", {"acquirer": {"Transportes Ebro"},
                                      "seller": {"Distribuciones Levante"}})]


def test_a_company_told_before_is_still_the_target(es: Language) -> None:
    found = deals(es, "Transportes Ebro estudia la compra de Logística Turia. La venta "
                      "de la empresa valenciana se cerraría en junio.")
    assert ("Acquisition", {"acquirer": {"Transportes Ebro"},
                            "target": {"Logística Turia"}}) in found
