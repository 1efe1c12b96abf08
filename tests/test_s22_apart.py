"""Session 22, apart4: deals whose parties are named in different sentences.

A possessor said by a definite company noun ("the company's bid", "the group's
purchase") stands where "its" would: a generic one continues the subject of the
sentences before (centering), not the company named last (kg.deals.roles,
``described_possessor``); it also controls the infinitive its noun takes ("the
company's bid to take over Y").

A rival's offer in a sale another buyer has agreed ("X adquirirá el 100 % de Y. La
socimi Z también presentó una oferta vinculante") is the offer the sale did not take:
a deal of its own, cancelled (kg.deals.pugna, ``status:Cancelled<-outbid``). An offer
called binding or not ("vinculante", "no vinculante") is one in a sale process; a
participle on the offer ("presentada por Z") tells what was done with it, not what it
offers. A bid beside another bid (a takeover contest still open) keeps its stage."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

KILNS = ("Harbour Tiles", "Kalliope Maritime", "Pentland Glazes")


def found(nlp: Language, text: str, names: tuple[str, ...]) -> list[tuple[str, str, dict]]:
    return [(d.type, d.status, roles(d)) for d in deals_among(nlp, text, names)]


@pytest.mark.parametrize("bid", [
    "the company's bid to take over Pentland Glazes",
    "the company's bid for Pentland Glazes",
    "the group's attempt to buy Pentland Glazes",
])
def test_the_companys_bid_is_the_subject_before(en: Language, bid: str) -> None:
    text = ("Harbour Tiles said on Monday it had agreed to buy three kilns from Kalliope "
            "Maritime for $31.5 million. It follows the collapse of "
            f"{bid} last spring.")
    bid_lost = ("Acquisition", "Cancelled",
                {"acquirer": {"Harbour Tiles"}, "target": {"Pentland Glazes"}})
    assert bid_lost in found(en, text, KILNS)


def test_the_companys_bid_never_means_the_company_named_last(en: Language) -> None:
    text = ("Harbour Tiles said on Monday it had agreed to buy three kilns from Kalliope "
            "Maritime for $31.5 million. It follows the collapse of the company's "
            "bid for Pentland Glazes last spring.")
    assert all("Kalliope Maritime" not in parties.get("acquirer", set())
               for _, _, parties in found(en, text, KILNS))


SALE = ("Baldosas Tarifa", "Cerámicas Ronda", "Ladrillos Osuna", "Tejas Écija")
AGREED = "El grupo Baldosas Tarifa adquirirá el 100% de Cerámicas Ronda por 300 millones de euros. "


@pytest.mark.parametrize("rival", [
    "Quedó atrás la oferta vinculante, presentada por Ladrillos Osuna, de 250 millones y "
    "con dos fábricas menos.",
    "En agosto Ladrillos Osuna llegó a presentar una oferta no vinculante, "
    "pero se retiró del proceso.",
])
def test_a_rival_offer_in_an_agreed_sale_was_not_taken(es: Language, rival: str) -> None:
    deals = found(es, AGREED + rival, SALE)
    assert ("Acquisition", "Cancelled",
            {"acquirer": {"Ladrillos Osuna"}, "target": {"Cerámicas Ronda"}}) in deals
    assert ("Acquisition", "Announced",
            {"acquirer": {"Baldosas Tarifa"}, "target": {"Cerámicas Ronda"}}) in deals


def test_a_bid_beside_a_bid_keeps_its_stage(es: Language) -> None:
    text = ("Baldosas Tarifa lanzó una OPA sobre Cerámicas Ronda a 14 euros por acción. "
            "Ladrillos Osuna presentó ayer una oferta competidora de 15 euros por acción.")
    rival = [(s, p) for _, s, p in found(es, text, SALE)
             if "Ladrillos Osuna" in p.get("acquirer", ())]
    assert rival and all(status != "Cancelled" for status, _ in rival)


def test_an_offer_of_goods_presented_is_no_bid(es: Language) -> None:
    text = ("El grupo Baldosas Tarifa adquirirá el 100% de Cerámicas Ronda por 300 millones "
            "de euros. Ladrillos Osuna presentó una oferta comercial de tejas a Tejas Écija.")
    assert all("Ladrillos Osuna" not in p.get("acquirer", ()) for _, _, p in found(es, text, SALE))


# -- presentational inversion (kg.deals.refer._presented) ------------------------------

FOODS = ("Harbour Tiles", "Firth Milling", "Pentland Glazes", "Orwell Oils")


def test_a_company_brought_in_after_came_is_not_the_center(en: Language) -> None:
    text = ("In 2019 Harbour Tiles bought Firth Milling, then a struggling rival. Two years "
            "later came Pentland Glazes, a kiln business that Harbour Tiles picked up for "
            "$12 million. In 2022 the group went abroad, taking a 30 per cent stake "
            "in Orwell Oils, a cooking-oil refiner.")
    stakes = [p for t, _, p in found(en, text, FOODS) if t == "Investment"]
    assert stakes == [{"investor": {"Harbour Tiles"}, "investee": {"Orwell Oils"}}]


def test_a_subject_before_came_stays_the_center(en: Language) -> None:
    text = ("Harbour Tiles sold its kiln unit to Firth Milling in May. Pentland Glazes came "
            "next with an offer for the plant. The group later took a 30 per cent stake in "
            "Orwell Oils.")
    stakes = [p for t, _, p in found(en, text, FOODS) if t == "Investment"]
    assert stakes == [{"investor": {"Pentland Glazes"}, "investee": {"Orwell Oils"}}]


# -- a price the parser made the subject (kg.deals.roles.subject) ----------------------

CHEESE = ("Lácteos Tarifa", "Quesos Grazalema", "Cerámicas Ronda")


def test_a_price_after_the_verb_is_no_subject(es: Language) -> None:
    text = ("Lácteos Tarifa perdió la fusión con Cerámicas Ronda. Lácteos Tarifa buscará "
            "otras compras. La compañía, con ventas de S/ 900 millones, ya creció así: en "
            "2023 se hizo con la quesera gaditana Quesos Grazalema por S/ 46 millones.")
    bought = [(s, p) for t, s, p in found(es, text, CHEESE) if t == "Acquisition"]
    assert ("Completed", {"acquirer": {"Lácteos Tarifa"}, "target": {"Quesos Grazalema"}}) in bought
