"""Session 21, lead: deals the parser hid, and names in their places.

Two names coordinated in running text where the parser, lost in the first name's words,
hung it under the second one's phrase; a verb's object after an adjunct set off by commas;
talks declared over with "dar por ..." ("dieron por terminadas las negociaciones"); a
group of investors named by who leads it; an English relative clause with no relative
word in apposition ("Y, the printer X snapped up"); a city as a company's seat or an
agent's workplace; agreements of supply over a term; a name after a trade noun and its
adjective of origin ("la cementera cordobesa X"); Spanish plural trade nouns closing a
company's name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles
from tests.test_s13_entities import orgs

Read = list[tuple[str, str | None, dict[str, set[str]]]]


def _read(nlp: Language, text: str, names: tuple[str, ...]) -> Read:
    return [(d.type, d.status, roles(d)) for d in deals_among(nlp, text, names)]


# --- names coordinated in the text, not in the parse (kg.deals.context) -------------------


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the hyphen of "Co-operative" breaks the parse: "Co" is hung under "Foods"
    "Alderbrook Dairy Co-operative and Fennick Foods have agreed to merge in a deal that "
    "would create the country's third-largest food group.",
    "DUBLIN - Alderbrook Dairy Co-operative and Fennick Foods plc have agreed to merge in a "
    "deal that would create the country's third-largest food group.",
])
def test_two_names_joined_by_and_are_both_partners(en: Language, text: str) -> None:
    # the names as kg's own entity rules find them ("plc" left out of the name)
    read = [(d.type, d.status, roles(d)) for d in en(text)._.kg_deals]
    names = {"Alderbrook Dairy Co-operative", "Fennick Foods"}
    assert read == [("Merger", "Announced", {"partner": names})]


# --- an object after an adjunct set off by commas (kg.deals.syntax) -----------------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "investor", "investee"), [
    ("The Harbour Fund has purchased, through the market, a 9.5 per cent shareholding in "
     "Reef Bank Limited.", "Harbour Fund", "Reef Bank Limited"),
    ("Tamsin Capital acquired, over the past six months, a 12 per cent stake in Dunmore "
     "Cables.", "Tamsin Capital", "Dunmore Cables"),
])
def test_an_object_after_a_comma_adjunct_is_the_verb_s_object(
    en: Language, text: str, investor: str, investee: str
) -> None:
    assert ("Investment", "Completed", {"investor": {investor}, "investee": {investee}}) in _read(
        en, text, (investor, investee))


# --- talks declared over with "dar por ..." (kg.deals.status) ------------------------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "kind"), [
    ("Marqués Capital y Gestora Norte han dado por terminadas las negociaciones de fusión.",
     "Merger"),
    ("Marqués Capital dio por concluidas las conversaciones para comprar Gestora Norte.",
     "Acquisition"),
])
def test_talks_declared_over_end_the_deal(es: Language, text: str, kind: str) -> None:
    read = _read(es, text, ("Marqués Capital", "Gestora Norte"))
    assert [(t, s) for t, s, _ in read] == [(kind, "Cancelled")]


@pytest.mark.model
def test_talks_still_held_are_in_negotiation(es: Language) -> None:
    read = _read(es, "Marqués Capital mantiene negociaciones para comprar Gestora Norte.",
                 ("Marqués Capital", "Gestora Norte"))
    assert [(t, s) for t, s, _ in read] == [("Acquisition", "InNegotiation")]


# --- a body of investors named by who leads it (lexicon: led_nouns) -----------------------


@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "names", "acquirer"), [
    ("en", "Lowther Holdings sold Carrick Athletic to a group of investors led by Tay Capital.",
     ("Lowther Holdings", "Carrick Athletic", "Tay Capital"), "Tay Capital"),
    ("es", "Ana López y su familia han vendido la totalidad del capital de Talleres Nalón a un "
           "equipo encabezado por Íñigo Larrañaga.", ("Talleres Nalón",), "Íñigo Larrañaga"),
])
def test_the_leader_of_a_group_of_investors_buys(
    request: pytest.FixtureRequest, lang: str, text: str, names: tuple[str, ...], acquirer: str
) -> None:
    read = _read(request.getfixturevalue(lang), text, names)
    assert any(acquirer in r.get("acquirer", set()) for _, _, r in read)


@pytest.mark.model
def test_the_investors_of_a_company_are_not_the_company(en: Language) -> None:
    # "of" names whose investors they are, never who they are
    text = "Marlow Foods sold its bakery unit to the investors of Kestrel Mills."
    read = _read(en, text, ("Marlow Foods", "Kestrel Mills"))
    assert not any("Kestrel Mills" in r.get("acquirer", set()) for _, _, r in read)


# --- a relative clause with no relative word, in apposition (kg.deals.gapped) ------------


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Some of that growth came from Tweed Lane Publishing, the Newry printer Kelso Media "
    "snapped up for £11.5m in 2024.",
    "Tweed Lane Publishing, the printer Kelso Media snapped up in 2024, prints maps.",
    "Tweed Lane Publishing, the printer Kelso Media acquired in 2024, prints maps.",
])
def test_the_subject_of_a_contact_relative_bought_the_company_described(
    en: Language, text: str
) -> None:
    read = _read(en, text, ("Tweed Lane Publishing", "Kelso Media"))
    assert ("Acquisition", "Completed",
            {"acquirer": {"Kelso Media"}, "target": {"Tweed Lane Publishing"}}) in read


@pytest.mark.model
def test_a_name_before_a_subject_with_an_object_is_not_bought(en: Language) -> None:
    text = "After Harlow Foods, the market leader Kelso Media bought Tweed Lane Publishing."
    read = _read(en, text, ("Harlow Foods", "Kelso Media", "Tweed Lane Publishing"))
    assert [r for _, _, r in read] == [
        {"acquirer": {"Kelso Media"}, "target": {"Tweed Lane Publishing"}}]


# --- a city as the seat of a company or of an agent (kg.entities.places) -----------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # "of" a city right after a company's name: where the company is
    ("Msasa Lines agreed to buy the vessels from Kalliope Maritime of Piraeus for US$31.5 "
     "million.", {"Msasa Lines", "Kalliope Maritime"}),
    # a city before an agent noun: where the producer works
    ("Wattle Fertilisers signed an agreement to buy gas from Geelong producer Tarwin Energy.",
     {"Wattle Fertilisers", "Tarwin Energy"}),
    # a wire's desk
    ("Tarwin Energy could not be reached for comment. (Mombasa newsroom; +254 20 000 0000)",
     {"Tarwin Energy"}),
])
def test_a_city_as_a_company_s_seat_is_a_place(en: Language, text: str, expected: set[str]) -> None:
    assert orgs(en, text) == expected


@pytest.mark.model
def test_a_city_that_opens_a_company_s_name_stays_in_it(en: Language) -> None:
    assert orgs(en, "Piraeus Bank said it would buy Attica Finance.") == {
        "Piraeus Bank", "Attica Finance"}


# --- agreements to supply goods or services over a term (lexicon: supply_words) ----------


@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "names"), [
    ("es", "Minera Cerro Alto firmó un acuerdo de streaming con la canadiense Polar Streams por "
           "el que recibirá un pago anticipado de US$ 150 millones.",
     ("Minera Cerro Alto", "Polar Streams")),
    ("en", "Kgale Health has signed a five-year wholesale agreement with Medline Wholesalers.",
     ("Kgale Health", "Medline Wholesalers")),
    ("es", "Vehículos Norte cerró en agosto un acuerdo de abastecimiento con Celdas Sur por "
           "US$ 140 millones.", ("Vehículos Norte", "Celdas Sur")),
])
def test_an_agreement_to_supply_is_a_purchase_agreement(
    request: pytest.FixtureRequest, lang: str, text: str, names: tuple[str, ...]
) -> None:
    read = _read(request.getfixturevalue(lang), text, names)
    assert [t for t, _, _ in read] == ["PurchaseAgreement"]
    assert {n for _, _, r in read for v in r.values() for n in v} == set(names)


@pytest.mark.model
def test_a_joint_venture_agreement_stays_an_alliance(en: Language) -> None:
    read = _read(en, "Msasani Lines signed a joint venture agreement with Kilwa Shipping.",
                 ("Msasani Lines", "Kilwa Shipping"))
    assert [t for t, _, _ in read] == ["Partnership"]


# --- a trade noun and an adjective of origin before the name (kg.deals.context) ----------


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the parser makes the adjective of origin the object, the trade noun its modifier
    "Agro Litoral compró la cementera cordobesa Cementos Norte.",
    "Agro Litoral desistió de comprar la semillera cordobesa Cementos Norte.",
    "Agro Litoral compró la minera jujeña Cementos Norte.",
])
def test_a_name_after_a_trade_noun_and_its_origin_is_the_object(es: Language, text: str) -> None:
    read = _read(es, text, ("Agro Litoral", "Cementos Norte"))
    assert [r for _, _, r in read] == [{"acquirer": {"Agro Litoral"}, "target": {"Cementos Norte"}}]


# --- Spanish plural trade nouns close a company's name (lexicon: org_tails) -------------


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Aguas de Tordesillas ha firmado con Hidrotec Servicios un contrato de asistencia.",
     "Hidrotec Servicios"),
    ("El contrato fue para Ruiz Transportes y la constructora Obras Tajuña.", "Ruiz Transportes"),
])
def test_a_name_closed_by_a_plural_trade_noun_is_a_company(
    es: Language, text: str, name: str
) -> None:
    assert name in orgs(es, text)
