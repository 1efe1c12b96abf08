"""Session 35, helper attrs (issue #13): the status and roles of deals kg finds.

- An end told of the talks, of the deal's plan told again, or of a definite offer, in
  the deal's sentence or the next, ends that deal ("Those talks fell through in June",
  "pero las conversaciones se rompieron", "El proyecto se abandonó", "The approach
  lapsed in April"; ``kg.deals.ended``, ``kg.deals.frames._deal_ended_back`` and
  ``_offer_ended``). Not an end hedged or to come ("the talks could fall apart", "the
  offer will lapse"), nor a rejection ("rejected its approaches"), nor talks ended
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


@pytest.mark.parametrize("text", [
    "In 2021 Harlow Tiles agreed to buy Penrith Glazing for $40 million. Those talks "
    "fell through in June over price.",
    "Harlow Tiles was in talks to acquire Penrith Glazing last spring. The negotiations "
    "collapsed in May.",
    "In March, Corvel Logistics made a non-binding approach to Ardent Freight at $2 per "
    "share. The approach lapsed in April.",
    "In March, Corvel Logistics made an offer for Ardent Freight. The offer lapsed in April.",
])
def test_an_end_told_back_cancels_the_deal_en(en: Language, text: str) -> None:
    assert _one(en, text).status == "Cancelled"


@pytest.mark.parametrize("text", [
    "En 2019 la entidad Banco Tormes negoció durante meses una fusión con Caja Rural del "
    "Sil, pero las conversaciones se rompieron por desacuerdos.",
    "En 2009 Quesos Valdemar y Lácteos Ribera anunciaron un proyecto de fusión. El "
    "proyecto se abandonó en 2010 por desacuerdos.",
])
def test_an_end_told_back_cancels_the_deal_es(es: Language, text: str) -> None:
    assert _one(es, text).status == "Cancelled"


@pytest.mark.parametrize(("text", "status"), [
    # hedged or to come: not ended yet
    ("Dunmore Freight is in talks to buy Selwyn Cargo, people familiar said. The talks "
     "could fall apart, they cautioned.", "InNegotiation"),
    ("Dunmore Freight made an offer for Selwyn Cargo. The offer will lapse on Friday "
     "unless shareholders accept.", "Announced"),
    # talks ended before the deal told
    ("The talks collapsed in June. Dunmore Freight later bought Selwyn Cargo.", "Completed"),
    # a plan not the deal's own
    ("Dunmore Freight bought Selwyn Cargo in 2020. The plan was abandoned in 2022.",
     "Completed"),
    # a rejection ends no offer; an end further up is not the bid's
    ("Corvel Logistics on Monday launched a hostile offer for Ardent Freight after the "
     "company rejected its approaches.", "Announced"),
])
def test_no_end_told_back_en(en: Language, text: str, status: str) -> None:
    assert _one(en, text).status == status


def test_another_plan_is_not_the_deal_es(es: Language) -> None:
    d = _one(es, "Metales Orbe anunció un plan de inversiones. Luego Metales Orbe compró "
                 "Fundiciones Ayala. El plan se abandonó en 2010.")
    assert d.status == "Completed"


# -- an offtake agreement sells the signer's output ---------------------------------------


@pytest.mark.parametrize("text", [
    "Orrin Lithium also signed an offtake agreement in March with battery maker Daesan "
    "Cells worth up to $90 million.",
    "Since the sale, Orrin Lithium has signed an offtake agreement with Daesan Cells for "
    "30,000 tonnes of concentrate a year.",
])
def test_the_offtaker_buys(en: Language, text: str) -> None:
    d = _one(en, text)
    assert _roles(d) == {("buyer", "Daesan Cells"), ("seller", "Orrin Lithium")}


def test_an_offtake_signed_to_buy_keeps_the_signer_buying(en: Language) -> None:
    d = _one(en, "Daesan Cells has signed a ten-year offtake agreement with Orrin Lithium "
                 "to buy half of the mine's output.")
    assert _roles(d) == {("buyer", "Daesan Cells"), ("seller", "Orrin Lithium")}


# -- a party's descriptor tells its side ---------------------------------------------------


@pytest.mark.parametrize(("text", "buyer", "seller"), [
    ("En 2023 Bodegas Almudí firmó con el importador sueco Nordvin Trading un contrato de "
     "suministro por tres años.", "Nordvin Trading", "Bodegas Almudí"),
    ("En 2021 Embutidos Yela firmó con la cadena de supermercados Mercados Bravia un "
     "contrato de suministro de chorizo.", "Mercados Bravia", "Embutidos Yela"),
])
def test_a_described_client_buys_es(es: Language, text: str, buyer: str, seller: str) -> None:
    assert _roles(_one(es, text)) == {("buyer", buyer), ("seller", seller)}


def test_a_described_client_buys_en(en: Language) -> None:
    d = _one(en, "Kestrel Mills' largest customer, the Dutch furniture retailer Vanhoek "
                 "Interiors, signed a two-year supply contract with the company in 2023.")
    assert _roles(d) == {("buyer", "Vanhoek Interiors"), ("seller", "Kestrel Mills")}


def test_a_described_supplier_sells_en(en: Language) -> None:
    d = _one(en, "Kestrel Mills signed a two-year supply contract with the Dutch "
                 "furniture supplier Vanhoek Interiors in 2023.")
    assert _roles(d) == {("buyer", "Kestrel Mills"), ("seller", "Vanhoek Interiors")}


def test_no_descriptor_keeps_the_sides(en: Language) -> None:
    d = _one(en, "Kestrel Mills signed a supply contract with Tarrant Drilling in 2023.")
    assert "roles:sides-described" not in d.rules


def test_a_hotel_chain_is_no_client(es: Language) -> None:
    d = _one(es, "En 2022 Inmobiliaria Quiroga firmó con la cadena hotelera Posadas Rías "
                 "un contrato de gestión de su hotel de Vigo.")
    assert "roles:sides-described" not in d.rules


@pytest.mark.parametrize(("lang", "text", "buyer", "seller"), [
    ("es", "Además, Tramoya Labs ha firmado un acuerdo con la cadena de supermercados "
     "Mercados Alborán para instalar su sistema en sus 120 tiendas.",
     "Mercados Alborán", "Tramoya Labs"),
    ("en", "Tramoya Labs signed a distribution agreement with the grocery retailer "
     "Fenwick Stores in May.", "Fenwick Stores", "Tramoya Labs"),
])
def test_an_agreement_with_a_client_sells_to_it(
    en: Language, es: Language, lang: str, text: str, buyer: str, seller: str
) -> None:
    d = _one(es if lang == "es" else en, text)
    assert (d.type, _roles(d)) == ("PurchaseAgreement", {("buyer", buyer), ("seller", seller)})


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Además, Tramoya Labs ha firmado un acuerdo con la tecnológica Nubaria Sistemas "
     "para desarrollar su sistema."),
    ("en", "Tramoya Labs signed a research agreement with Nubaria Systems in May."),
])
def test_an_agreement_with_no_client_stays_a_partnership(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert _one(es if lang == "es" else en, text).type == "Partnership"
