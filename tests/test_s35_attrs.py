"""Session 35, helper attrs (issue #13): the status and roles of deals kg finds.

- An end told of the talks, of the deal's plan told again, or of a definite offer, in
  the deal's sentence or the next, ends that deal ("The talks collapsed", "aunque
  las negociaciones fracasaron", "el proyecto se canceló", "the offer expired";
  ``kg.deals.ended``, ``kg.deals.frames._deal_ended_back`` and
  ``_offer_ended``). Not an end hedged or to come ("the negotiations might still
  collapse", "the offer will expire"), nor a rejection ("rejected its approaches"), nor talks ended
  before any deal is told.
- An offtake agreement sells the signer's output: the other party buys
  (``kg.deals.frames._offtake_signer_sells``), unless the signer signs it "to buy".
- A supply agreement's party described as a client (customer, importer, retailer,
  "cadena de supermercados"; not "cadena" alone, which may run hotels) buys, one
  described as a supplier (supplier, contractor, services firm) sells
  (``kg.deals.frames._sides_described``); an agreement with a party described as a
  client is a purchase agreement, not a partnership (``_client_described``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s34_matched import _one, _roles

# -- an end told of the talks, the plan or the offer -------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Harlow Tiles agreed in 2021 to acquire Penrith Glazing for $40 million. The "
     "talks collapsed after a row about pensions."),
    ("en", "Harlow Tiles was negotiating a takeover of Penrith Glazing last spring. The "
     "negotiations collapsed in May."),
    ("en", "Corvel Logistics made a cash approach to Ardent Freight early in March. The "
     "approach was withdrawn weeks later."),
    ("en", "Corvel Logistics made an unsolicited offer for Ardent Freight early in March. "
     "Weeks later, the offer expired."),
    ("es", "Banco Tormes negoció en 2019 su fusión con Banco Arlanzón, aunque las "
     "negociaciones fracasaron en otoño."),
    ("es", "En 2015 Quesos Valdemar y Lácteos Ribera anunciaron un proyecto de fusión. "
     "Meses después, el proyecto se canceló."),
])
def test_an_end_told_back_cancels_the_deal(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert _one(es if lang == "es" else en, text).status == "Cancelled"


@pytest.mark.parametrize(("text", "status"), [
    # hedged or to come: not ended yet
    ("Dunmore Freight is negotiating to buy Selwyn Cargo. The negotiations might still "
     "collapse, one adviser warned.", "InNegotiation"),
    ("Dunmore Freight made an offer for Selwyn Cargo. The offer will expire on Friday if "
     "too few holders accept.", "Announced"),
    # talks ended before the deal told
    ("The talks collapsed in June. Dunmore Freight later bought Selwyn Cargo.", "Completed"),
    # a plan not the deal's own
    ("Dunmore Freight bought Selwyn Cargo in 2020. The plan was abandoned in 2022.",
     "Completed"),
    # a rejection ends no offer
    ("Corvel Logistics went hostile with an offer for Ardent Freight once the board had "
     "rejected its approaches.", "Announced"),
])
def test_no_end_told_back_en(en: Language, text: str, status: str) -> None:
    assert _one(en, text).status == status


def test_another_plan_is_not_the_deal_es(es: Language) -> None:
    d = _one(es, "Metales Orbe anunció un plan de inversiones. Luego Metales Orbe compró "
                 "Fundiciones Ayala. El plan se abandonó en 2010.")
    assert d.status == "Completed"


# -- an offtake agreement sells the signer's output ---------------------------------------


def test_the_offtaker_buys(en: Language) -> None:
    d = _one(en, "Orrin Lithium signed an offtake agreement with Daesan Cells for 30,000 "
                 "tonnes of concentrate a year.")
    assert _roles(d) == {("buyer", "Daesan Cells"), ("seller", "Orrin Lithium")}


def test_an_offtake_signed_to_buy_keeps_the_signer_buying(en: Language) -> None:
    d = _one(en, "To secure lithium, Daesan Cells signed an offtake agreement with Orrin "
                 "Lithium to buy 8,000 tonnes a year.")
    assert _roles(d) == {("buyer", "Daesan Cells"), ("seller", "Orrin Lithium")}


# -- a party's descriptor tells its side ---------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "buyer", "seller"), [
    ("es", "En 2023 Bodegas Almudí cerró con el importador Nordvin Trading un contrato de "
     "suministro.", "Nordvin Trading", "Bodegas Almudí"),
    ("es", "En 2021 Embutidos Yela cerró con la cadena de supermercados Mercados Bravia un "
     "contrato de suministro.", "Mercados Bravia", "Embutidos Yela"),
    ("en", "Kestrel Mills and the furniture retailer Vanhoek Interiors signed a supply "
     "contract in 2023.", "Vanhoek Interiors", "Kestrel Mills"),
    ("en", "Kestrel Mills signed a supply contract with the timber supplier Vanhoek Lumber "
     "in 2023.", "Kestrel Mills", "Vanhoek Lumber"),
    # an agreement with a client is a purchase agreement, not a partnership
    ("es", "Tramoya Labs cerró en mayo un pacto con la cadena de supermercados Mercados "
     "Alborán.", "Mercados Alborán", "Tramoya Labs"),
    ("en", "Tramoya Labs agreed a distribution deal in May with the grocery retailer "
     "Fenwick Stores.", "Fenwick Stores", "Tramoya Labs"),
])
def test_a_described_side(
    en: Language, es: Language, lang: str, text: str, buyer: str, seller: str
) -> None:
    d = _one(es if lang == "es" else en, text)
    assert (d.type, _roles(d)) == ("PurchaseAgreement", {("buyer", buyer), ("seller", seller)})


def test_no_descriptor_keeps_the_sides(en: Language) -> None:
    d = _one(en, "Kestrel Mills signed a supply contract with Tarrant Drilling in 2023.")
    assert "roles:sides-described" not in d.rules


def test_a_hotel_chain_is_no_client(es: Language) -> None:
    d = _one(es, "En 2022 Inmobiliaria Quiroga cerró con la cadena hotelera Posadas Rías "
                 "un contrato de gestión de su hotel de Vigo.")
    assert "roles:sides-described" not in d.rules


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Tramoya Labs cerró en mayo un acuerdo con la tecnológica Nubaria Sistemas para "
     "desarrollar juntas un lector."),
    ("en", "Tramoya Labs signed a research agreement with Nubaria Systems in May."),
])
def test_an_agreement_with_no_client_stays_a_partnership(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert _one(es if lang == "es" else en, text).type == "Partnership"
