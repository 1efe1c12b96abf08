"""Who buys and who sells in supply contracts and awards (session 17, helper roles2).
Sentences written for these tests, with invented companies.

- "X signed a $N contract with Y for six ships": the one who signs a contract with
  another for goods or work (not its own: "for its first unit") is its client, the
  buyer; English hangs "with Y" where it was read first
  (kg.deals.frames._signer_first, _contracted_for);
- "X signed a £N agreement with Y to build 500 homes": a purpose clause of work after
  the agreement is done by the signing subject, the seller
  (kg.deals.frames._signer_works);
- "with Y, under which it provides lasers", "con Y, por el que suministrará": a relative
  clause under a preposition is about the agreement, not the name it hangs on; "con
  el fabricante Y, al que entregará celdas", "to which it will deliver": the party
  supplied to is the buyer (kg.deals.frames._sides_told, _relative_case);
- "adjudicó la concesión a X, que presentó la oferta más alta": a right awarded to the
  highest bidder is bought by the winner; the awarder sells it
  (kg.deals.frames._highest_bid).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


def purchase(found: list[Deal]) -> Deal:
    (deal,) = [d for d in found if d.type == "PurchaseAgreement"]
    return deal


def sides(deal: Deal) -> tuple[set[str], set[str]]:
    return parties(deal, "buyer"), parties(deal, "seller")


# -- the signer of a supply contract is its client -----------------------------------

SIGNER_BUYS_EN = [
    ("Halvorsen Shipping signed a $300 million contract with Korea's Daewon Heavy "
     "Industries for six container ships.", "Halvorsen Shipping", "Daewon Heavy Industries"),
    ("Separately, Orrin Copper said it had signed a A$90 million contract with haulage "
     "firm Tallis Contracting for ore haulage at the mine.", "Orrin Copper",
     "Tallis Contracting"),
    ("Corvid Ferries has signed a contract with Finnish shipyard Aalto Yards for two "
     "electric ferries.", "Corvid Ferries", "Aalto Yards"),
]


@pytest.mark.parametrize(("text", "buyer", "seller"), SIGNER_BUYS_EN)
def test_the_english_signer_of_a_supply_contract_buys(
    en: Language, text: str, buyer: str, seller: str
) -> None:
    assert sides(purchase(deals(en, text))) == ({buyer}, {seller})


SIGNER_BUYS_ES = [
    ("Redes Andinas anunció un contrato de US$ 50 millones con la sueca Fjord Telecom "
     "para el suministro de antenas.", "Redes Andinas", "Fjord Telecom"),
    ("Navieras del Plata firmó un contrato de 200 millones de dólares con la coreana "
     "Hanjin Yards para cuatro buques.", "Navieras del Plata", "Hanjin Yards"),
]


@pytest.mark.parametrize(("text", "buyer", "seller"), SIGNER_BUYS_ES)
def test_the_spanish_signer_of_a_supply_contract_buys(
    es: Language, text: str, buyer: str, seller: str
) -> None:
    assert sides(purchase(deals(es, text))) == ({buyer}, {seller})


def test_a_purpose_clause_of_work_makes_the_signer_the_supplier(en: Language) -> None:
    text = ("Kelso Homes has signed a £120m agreement with Tynemouth Housing Association "
            "to build 500 affordable homes.")
    assert sides(purchase(deals(en, text))) == ({"Tynemouth Housing Association"}, {"Kelso Homes"})


def test_signatories_told_together_are_left_alone(en: Language) -> None:
    text = ("Halvorsen Shipping and Daewon Heavy Industries signed a $300 million contract "
            "for six container ships.")
    deal = purchase(deals(en, text))
    assert parties(deal, "buyer") | parties(deal, "seller") == {
        "Halvorsen Shipping", "Daewon Heavy Industries"
    }
    assert "roles:signer-first" not in deal.rules


# -- relative clauses that tell who supplies -------------------------------------------


def test_under_which_it_provides_is_the_signer_supplying(en: Language) -> None:
    text = ("Brennic Optics later agreed a $200 million supply deal with Cloudvale Systems, "
            "under which it provides lasers for the cloud company's data centres.")
    assert sides(purchase(deals(en, text))) == ({"Cloudvale Systems"}, {"Brennic Optics"})


def test_a_party_that_provides_is_the_seller(en: Language) -> None:
    text = ("Brennic Optics later agreed a $200 million supply deal with Cloudvale Systems, "
            "which provides lasers for its data centres.")
    assert sides(purchase(deals(en, text))) == ({"Brennic Optics"}, {"Cloudvale Systems"})


def test_por_el_cual_esta_le_suministrara(es: Language) -> None:
    text = ("Lácteos del Norte SA ha firmado con Enerlux un contrato de suministro, por el "
            "cual esta le suministrará energía.")
    assert sides(purchase(deals(es, text))) == ({"Lácteos del Norte"}, {"Enerlux"})


def test_al_que_entregara_names_the_buyer(es: Language) -> None:
    text = ("Cerámica Turia ha firmado un acuerdo de suministro con el fabricante francés "
            "Lumière Habitat, al que entregará azulejos por valor de 90 millones de euros.")
    assert sides(purchase(deals(es, text))) == ({"Lumière Habitat"}, {"Cerámica Turia"})


def test_to_which_it_will_deliver_names_the_buyer(en: Language) -> None:
    text = ("Orvane Cells has signed a supply agreement with German carmaker Kessler Werke, "
            "to which it will deliver battery cells worth €900 million.")
    assert sides(purchase(deals(en, text))) == ({"Kessler Werke"}, {"Orvane Cells"})


# -- awards: the highest bid buys a right, the lowest sells work ------------------------


def test_a_concession_won_by_the_highest_bid_is_bought_by_the_winner(es: Language) -> None:
    text = ("La Dirección de Puertos adjudicó el viernes la concesión por 25 años al "
            "Consorcio Portuario Norte, que presentó la oferta más alta en la licitación.")
    assert sides(purchase(deals(es, text))) == (
        {"Consorcio Portuario Norte"}, {"Dirección de Puertos"}
    )


def test_the_greatest_offer_buys_an_awarded_contract(es: Language) -> None:
    text = ("El Ministerio de Transportes adjudicó a Constructora Almansa el contrato de la "
            "autovía, tras presentar la mayor oferta económica.")
    assert sides(purchase(deals(es, text))) == (
        {"Constructora Almansa"}, {"Ministerio de Transportes"}
    )


def test_an_award_won_by_the_lowest_bid_is_left_alone(es: Language) -> None:
    text = ("La Dirección de Puertos adjudicó el viernes la concesión por 25 años al "
            "Consorcio Portuario Norte, que presentó la oferta más baja en la licitación.")
    assert sides(purchase(deals(es, text))) == (
        {"Dirección de Puertos"}, {"Consorcio Portuario Norte"}
    )


def test_an_english_award_without_bids_is_left_alone(en: Language) -> None:
    text = ("The Harbour Authority awarded a $90 million contract to Pelican Dredging, "
            "which made the lowest bid.")
    assert sides(purchase(deals(en, text))) == ({"Harbour Authority"}, {"Pelican Dredging"})
