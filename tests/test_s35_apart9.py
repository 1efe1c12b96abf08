"""Session 35, helper apart9 (issue #13): deals whose parties are told in different
sentences.

- A takeover told several sentences back comes into play again when the sentence just
  before names its target, alone of the targets told: "Bellhaven Pharmacies drew more
  than one suitor. Orrell Health Group made a rival bid" is a bid by Orrell for Bellhaven
  (``kg.deals.rivals._target_taken_up``). A sentence before that names no target, or
  two of them, brings none into play.
- A bid for all or a part of what a description stands for is a bid for that company:
  "su oferta de compra por la totalidad de la compañía", "por el 100 % del capital de
  la sociedad", "an offer for all of the company" (``kg.deals.frames._whole_of``), also when
  the parser hangs the "por" phrase on the verb an infinitive completes ("decidió
  lanzar una oferta por ..."). A whole of something that is no company ("la
  totalidad de la deuda", "30% of the market") is no bid for one.
- A sale or purchase noun whose "de" complement is a name of its own that is no party
  (a hotel, a building: "X completó la venta del Playa Sablón") is no bare reference
  back to a deal told before: the subject of its verb is its seller, and "La compradora
  es Y" after it names the buyer (``kg.deals.roles._named_theme``). With no buyer told,
  the seller alone makes no deal.
- A greeting that opens a line names the organisation that speaks: the host a guide
  or a speaker welcomes the audience to ("Welcome to Skerray Brewing!"), the
  organisation whose friends a letter's salutation addresses ("Dear friends of Skerray
  Lodge,"); the text's "we" is that organisation (``kg.deals.frame._GREETING``). A
  welcome to a place ("Welcome to Orkney") names no organisation and says nothing.
- A bank's branches are premises sold with their business (``asset_nouns`` in
  ``lexicon/deals.toml``): "se quedó con las sucursales de Y en la ciudad" is a purchase
  from Y, by the subject the sentence leaves out; branches opened are no deal.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- a takeover's target named again in the sentence before a rival's bid ---------------

_ROLLUP = (
    "Harwell Logistics agreed to buy Bellhaven Pharmacies for £64 million. Harwell has "
    "done four deals since 2021. Its first was Maun Dispensary, which cost £12 million. "
    "In June it bought Tsholo Chemists for £86 million. Harwell Logistics now runs 60 "
    "shops. \"Bigger chains get better prices,\" the founder said. \"That is the whole "
    "point.\" "
)


_KELSO = (
    "Dunmore Foods agreed to buy Kelso Creameries for £40 million in May. It was "
    "Dunmore's fourth purchase since 2022. Dunmore Foods runs 20 plants, and Dunmore "
    "Foods also bought Alnwick Bakeries last year. \"We like steady businesses,\" "
    "the chief executive said. \"Scale matters in dairy.\" "
)


@pytest.mark.parametrize(
    "text,bidder,target",
    [
        (_ROLLUP + "Bellhaven Pharmacies drew more than one suitor. Orrell Health Group made "
         "a rival bid worth £70 million last month.", "Orrell Health Group",
         "Bellhaven Pharmacies"),
        # a sum offered, with nothing said of what for
        (_KELSO + "Kelso Creameries was not the only prize on the table. Orrell Dairies "
         "offered £45 million.", "Orrell Dairies", "Kelso Creameries"),
        # near misses: the sentence before names no target, or two of them
        (_ROLLUP + "Prices at the chain are rising. Orrell Health Group made a rival bid "
         "worth £70 million last month.", "Orrell Health Group", None),
        (_ROLLUP + "Bellhaven Pharmacies and Tsholo Chemists drew more than one suitor. "
         "Orrell Health Group made a rival bid worth £70 million last month.",
         "Orrell Health Group", None),
    ],
)
def test_rival_bid_after_its_target_is_named_again(
    en: Language, text: str, bidder: str, target: str | None
) -> None:
    deals = _deals(en, text)
    if target is None:
        assert not any(bidder in {r.name for _, r in d.roles} for d in deals)
    else:
        assert any(_roles(d) == {("acquirer", bidder), ("target", target)} for d in deals)


# -- a bid for the whole or a part of a company told by a description ------------------


def _bid(deals: list[Deal], bidder: str, target: str) -> bool:
    return any(
        d.type == "Acquisition"
        and _roles(d) >= {("acquirer", bidder), ("target", target)}
        for d in deals
    )


_ORDUNA = "Los hermanos Ibarrola han puesto en venta Navieras Ibarrola Mundaka. "
_DUNMORE = "Dunmore Foods has been put up for sale by its founders. "


@pytest.mark.parametrize(
    "lang,text,bidder,target,is_bid",
    [
        # the whole of the company a description stands for
        ("es", _ORDUNA + "En 2025, el grupo Tresmares lanzó una oferta firme por la "
         "totalidad de la compañía.", "Tresmares", "Navieras Ibarrola Mundaka", True),
        # all of its capital
        ("es", _ORDUNA + "En 2025, el grupo Tresmares presentó una oferta por el 100% "
         "del capital de la sociedad.", "Tresmares", "Navieras Ibarrola Mundaka", True),
        # the "por" phrase hung on the verb an infinitive completes
        ("es", _ORDUNA + "No fue el único candidato. En 2025, el grupo Tresmares quiso "
         "presentar una oferta por el 80% de la naviera, sin éxito.",
         "Tresmares", "Navieras Ibarrola Mundaka", True),
        ("en", _DUNMORE + "In March, Kelso Creameries made an offer for all of the company.",
         "Kelso Creameries", "Dunmore Foods", True),
        # near misses: the whole of a debt, a share of a market
        ("es", _ORDUNA + "En 2025, el grupo Tresmares presentó una oferta firme "
         "por la totalidad de la deuda.", "Tresmares", "Navieras Ibarrola Mundaka", False),
        ("en", _DUNMORE + "In March, Kelso Creameries made an offer for 30% of the market.",
         "Kelso Creameries", "Dunmore Foods", False),
    ],
)
def test_bid_for_the_whole_or_a_part_of_a_described_company(
    request: pytest.FixtureRequest, lang: str, text: str, bidder: str, target: str,
    is_bid: bool,
) -> None:
    nlp = request.getfixturevalue(lang)
    assert _bid(_deals(nlp, text), bidder, target) is is_bid


# -- the sale of named premises: a hotel that is no party, a bank's branches ------------


_SABLON = "Hoteles Brañavieja completó en marzo la venta del Playa Sablón, su hotel de Llanes. "
_CARIBE = "El Banco Caribe de Ahorros quiere crecer en Ponce. "


@pytest.mark.parametrize(
    "text,wanted",
    [
        # the sale of a named hotel, then its buyer told by a role noun
        (_SABLON + "La compradora es Inmobiliaria Zeelander.",
         {("seller", "Hoteles Brañavieja"), ("acquirer", "Inmobiliaria Zeelander")}),
        # no buyer told: the seller alone is no deal
        (_SABLON + "La escritura se firmó en Oviedo.", None),
        # a bank's branches taken by the subject the sentence leaves out
        (_CARIBE + "En 2021 se quedó con las sucursales de Banco Isleño en la ciudad.",
         {("acquirer", "Banco Caribe de Ahorros"), ("seller", "Banco Isleño")}),
        # branches opened are no deal
        (_CARIBE + "El año pasado abrió 12 sucursales en la ciudad, frente a las 30 de Banco "
         "Isleño.", None),
    ],
)
def test_sale_of_named_premises(
    es: Language, text: str, wanted: set[tuple[str, str]] | None
) -> None:
    deals = _deals(es, text)
    if wanted is None:
        assert not deals
    else:
        assert any(_roles(d) >= wanted for d in deals)


# -- a greeting names the organisation that says "we" -----------------------------------

_HISTORY = (
    "The brewhouse dates from 1901. Dunlin Drinks owned it for forty years, and "
    "Northfield Beverages ran it until 2015.\n\nIn March we signed a £1m supply "
    'contract with Thurso Maltings for our barley."'
)


def _parties(deals: list[Deal]) -> list[set[str]]:
    return [{ref.name for _, ref in d.roles} for d in deals]


def test_welcome_to_names_the_speakers_company(en: Language) -> None:
    text = (
        '"Welcome to Skerray Brewing! I am Ailsa, and I will be showing you round.\n\n'
        + _HISTORY
    )
    assert {"Skerray Brewing", "Thurso Maltings"} in _parties(_deals(en, text))


def test_dear_friends_of_names_the_letters_writer(en: Language) -> None:
    text = (
        "Dear friends of Skerray Lodge,\n\nThe lodge has new owners: Norland Leisure "
        "bought it from Caithness Hotels Ltd in June.\n\nFlights will not change: in May "
        "we signed a new contract with Pentland Air for the island route.\n\nWarm "
        "wishes,\n\nMorag Gunn\nManager"
    )
    assert {"Skerray Lodge", "Pentland Air"} in _parties(_deals(en, text))


def test_welcome_to_a_place_changes_no_speaker(en: Language) -> None:
    greeted = '"Welcome to Orkney, everyone! I am Ailsa.\n\n' + _HISTORY
    assert _parties(_deals(en, greeted)) == _parties(_deals(en, '"' + _HISTORY))
