"""Deals missed on news nobody tuned to (session 13), each class on sentences written
for these tests:

- a sale of goods, not of a company ("the sale of ten jets to Y"; a stake in a portfolio
  sold to a fund) is a purchase agreement, or for a stake an investment, between the
  seller and the one it is sold to, wherever the parser hung the "a" / "to" phrase
  (``kg.deals.disposal``); a business's assets ("una cartera de parques eólicos") are
  bought as a unit is: an acquisition from their seller;
- the one talks are held with is the other side of the deal they are about: "in talks
  with Y to set up a joint venture", "in talks with Y on a sale-and-leaseback of ten
  jets", "negocia con Y la venta de una cartera" (``kg.deals.negotiation``).

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def _nlp(es: Language, en: Language, lang: str) -> Language:
    return es if lang == "es" else en


# -- a sale of assets is a purchase agreement between seller and buyer -----------------

@pytest.mark.parametrize("lang, text, seller, buyer", [
    ("en", "Corvid Airlines agreed the sale of eight turboprops to Halden Aircraft Capital "
           "last week.",
     "Corvid Airlines", "Halden Aircraft Capital"),
])
def test_a_sale_of_goods_is_a_purchase_agreement(
        es: Language, en: Language, lang: str, text: str, seller: str, buyer: str) -> None:
    found = [d for d in deals(_nlp(es, en, lang), text) if d.type == "PurchaseAgreement"]
    assert len(found) == 1
    assert parties(found[0], "seller") == {seller}
    assert parties(found[0], "buyer") == {buyer}


@pytest.mark.parametrize("text", [
    "Grupo Ventoso ha cerrado la venta de una cartera de parques eólicos al fondo danés "
    "Skagen Infra por 90 millones de euros.",
    "Grupo Ventoso ha vendido una cartera de parques eólicos al fondo danés Skagen Infra.",
])
def test_a_portfolio_of_assets_sold_is_an_acquisition_from_its_seller(
        es: Language, text: str) -> None:
    # a business's assets are bought as a unit is (kg.deals.roles.object_kind)
    (deal,) = deals(es, text)
    assert deal.type == "Acquisition"
    assert parties(deal, "seller") == {"Grupo Ventoso"}
    assert parties(deal, "acquirer") == {"Skagen Infra"}


def test_a_stake_in_assets_sold_to_a_fund_is_its_investment(es: Language) -> None:
    (deal,) = deals(es, "Solaria Duero ha cerrado la venta de una participación del 30 % en "
                        "una cartera de plantas fotovoltaicas al fondo suizo Alpen Rente por "
                        "120 millones de euros.")
    assert deal.type == "Investment"
    assert parties(deal, "seller") == {"Solaria Duero"}
    assert parties(deal, "investor") == {"Alpen Rente"}
    assert parties(deal, "investee") == set()


@pytest.mark.parametrize("lang, text, target", [
    ("en", "Corvid Airlines completed the sale of its Skyhop Regional unit to Halden "
           "Capital.", "Skyhop Regional"),
    ("es", "Grupo Ventoso ha cerrado la venta de su filial Eólica Miño al fondo danés "
           "Skagen Infra.", "Eólica Miño"),
])
def test_a_sale_of_a_named_company_stays_a_takeover(
        es: Language, en: Language, lang: str, text: str, target: str) -> None:
    (deal,) = deals(_nlp(es, en, lang), text)
    assert deal.type == "Acquisition"
    assert parties(deal, "target") == {target}


def test_a_sale_of_assets_to_no_one_named_is_no_deal(en: Language) -> None:
    assert deals(en, "Corvid Airlines agreed the sale of eight turboprops last week.") == []


# -- the one talks are held with is the deal's other side ------------------------------

@pytest.mark.parametrize("lang, text, partners", [
    ("en", "Bramwell Motors is in advanced talks with Japan's Ikeda Polymers to set up a "
           "joint venture that would recycle batteries.", {"Bramwell Motors", "Ikeda Polymers"}),
])
def test_talks_with_a_company_to_form_a_venture_make_it_a_partner(
        es: Language, en: Language, lang: str, text: str, partners: set[str]) -> None:
    (deal,) = deals(_nlp(es, en, lang), text)
    assert deal.type == "Partnership"
    assert parties(deal, "partner") == partners
    assert deal.status == "InNegotiation"


@pytest.mark.parametrize("lang, text, seller, buyer", [
    ("en", "Corvid Airlines is also in talks with Irish lessor Halden Aircraft Capital on a "
           "sale-and-leaseback of six new jets.", "Corvid Airlines", "Halden Aircraft Capital"),
])
def test_talks_with_a_company_on_a_sale_make_it_the_buyer(
        es: Language, en: Language, lang: str, text: str, seller: str, buyer: str) -> None:
    (deal,) = deals(_nlp(es, en, lang), text)
    assert deal.type == "PurchaseAgreement"
    assert parties(deal, "seller") == {seller}
    assert parties(deal, "buyer") == {buyer}
    assert deal.status == "InNegotiation"


def test_talks_with_a_company_on_a_sale_of_assets_make_it_the_acquirer(es: Language) -> None:
    (deal,) = deals(es, "Grupo Ventoso negocia con Repsol la venta de una cartera de "
                        "proyectos eólicos en Lugo.")
    assert deal.type == "Acquisition"
    assert parties(deal, "seller") == {"Grupo Ventoso"}
    assert parties(deal, "acquirer") == {"Repsol"}
    assert deal.status == "InNegotiation"


def test_talks_about_buying_leave_the_other_side_alone(en: Language) -> None:
    # "in talks with Y to buy Z": Y may be Z's owner or Z itself; no role is guessed
    found = deals(en, "Bramwell Motors is in talks with Ikeda Polymers to buy a factory.")
    assert all("Ikeda Polymers" not in {p.name for _, p in d.roles} for d in found)


# -- goods supplied to a buyer hung on their value -------------------------------------

def test_goods_worth_a_sum_supplied_to_a_company_make_it_the_buyer(en: Language) -> None:
    found = deals(en, "Kavali Power signed a five-year agreement to supply solar inverters "
                      "worth Rs 250 crore to tractor maker Dholpur Agritech.")
    (deal,) = [d for d in found if d.type == "PurchaseAgreement"]
    assert parties(deal, "seller") == {"Kavali Power"}
    assert parties(deal, "buyer") == {"Dholpur Agritech"}


# -- a stake disclosed, a position built: the holder invests ---------------------------

@pytest.mark.parametrize("text, investor, investee", [
    ("Thornbury Capital disclosed a 5.2% stake in Ellison Paper in a filing on Tuesday.",
     "Thornbury Capital", "Ellison Paper"),
    ("Activist fund Thornbury Capital has built a 7 per cent position in Ellison Paper.",
     "Thornbury Capital", "Ellison Paper"),
])
def test_a_stake_made_known_is_an_investment(
        en: Language, text: str, investor: str, investee: str) -> None:
    (deal,) = deals(en, text)
    assert deal.type == "Investment"
    assert parties(deal, "investor") == {investor}
    assert parties(deal, "investee") == {investee}


@pytest.mark.parametrize("text", [
    "Thornbury Capital has built a strong position in Ellison Paper's home market.",
    "Ellison Paper holds a leading position in the packaging market.",
])
def test_a_position_that_is_no_stake_is_no_deal(en: Language, text: str) -> None:
    assert deals(en, text) == []


# -- a description right after the one company its trade word fits ---------------------

def test_a_fund_described_right_after_it_is_named_is_that_fund(en: Language) -> None:
    found = deals(en, "Toymaker Brindle Works agreed to merge with Pell Games on Friday. The "
                      "deal is also a win for Oakhurst Capital. The activist fund, which "
                      "disclosed a 4.8% stake in Pell Games in June, had urged a sale.")
    (stake,) = [d for d in found if d.type == "Investment"]
    assert parties(stake, "investor") == {"Oakhurst Capital"}
    assert parties(stake, "investee") == {"Pell Games"}


def test_a_description_whose_trade_another_candidate_has_is_left_to_salience(
        en: Language) -> None:
    # "the insurer" fits no name; Oakhurst Capital says another trade (a fund): the
    # subject told before, the insurer, stays the referent
    found = deals(en, "Insurer Brindle Assurance agreed to buy Pell Games on Friday. The deal "
                      "is also a win for Oakhurst Capital. The insurer, which disclosed a 4.8% "
                      "stake in Pell Games in June, had long eyed the company.")
    assert all("Oakhurst Capital" not in {p.name for _, p in d.roles} for d in found)


# -- a holders' agreement is the agreement, not a holding -------------------------------

@pytest.mark.parametrize("lang, text", [
    ("es", "Solaria Duero y la coreana Hanjin Storage firmaron un acuerdo de accionistas "
           "para crear una empresa conjunta de baterías."),
    ("en", "Bramwell Motors signed a shareholder agreement with Ikeda Polymers on Tuesday."),
])
def test_a_shareholders_agreement_between_two_companies_is_their_partnership(
        es: Language, en: Language, lang: str, text: str) -> None:
    (deal,) = deals(_nlp(es, en, lang), text)
    assert deal.type == "Partnership"
    assert len(parties(deal, "partner")) == 2


def test_talks_held_about_a_venture_make_their_other_side_a_partner(en: Language) -> None:
    (deal,) = deals(en, "Bramwell Motors held exploratory talks with Ikeda Polymers about a "
                        "joint venture in Ohio.")
    assert parties(deal, "partner") == {"Bramwell Motors", "Ikeda Polymers"}
