"""False deals by class (session 18, issue #13), tested on sentences written for these
tests; the organisations are given by hand.

- A funding round with no investor named is half a deal (kg.deals.merge._enough_parties)
  unless the text gives both its size and its valuation: across the ~570 opened
  articles the gold holds 5 one-party deals among some 900; kg's one-party rounds with
  size and valuation matched 2 of 5, the others none of 15. A valuation alone stays.
- A deal noun inside a modifier of a noun naming a kind of company only says what the
  company does (kg.deals.frames._types_company): "the design-collaboration company", "a
  partnership-driven lender", "una empresa de inversiones".
- Holders named together with no company they hold (kg.deals.merge._split_investors)
  are not split into one-party stakes: "los accionistas de referencia son A y B".
- An indefinite object whose only name is a compound before it is an unnamed member of
  the kind the name modifies (kg.deals.roles._one_of_a_kind): "to buy a Football League
  club", "bought a Tesco supplier" name no target.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_deal_roles_es import deals_among, roles

pytestmark = pytest.mark.model

NAMES = (
    "Pellam Robotics", "Quarry Partners", "Brezo Analytics", "Fondo Alcotán", "Corbel",
    "Pintwise", "Harlow Bank", "Mercia Loans", "Tarn Holdings", "Velum Energy",
    "Ostrava", "Velora", "Fenmore", "Tolland", "Brindle Foods", "Nortia", "Acme Signal",
    "Beta Works", "Sorrel Labs", "Greyhame Capital", "Hojalata Norte", "Southern League",
    "Marlow Foods", "Kestrel Grocers", "Siemens", "Fenwick Dairy", "Cardo Ventures",
    "Brisa Capital", "Tintaleo",
)


def found(nlp: Language, text: str) -> list[tuple[str, dict[str, set[str]]]]:
    deals: list[Deal] = deals_among(nlp, text, NAMES)
    return [(d.type, roles(d)) for d in deals]


# -- a round with no investor named is no deal -------------------------------------------


@pytest.mark.parametrize("text", [
    "Pellam Robotics raised $40 million last year.",
    "Pellam Robotics, which was valued at $900 million in a funding round last spring, "
    "now employs 300 people.",
    "Pellam Robotics closed a $25 million Series B round in March.",
    "The company said Pellam Robotics would need another $60 million of funding next year.",
])
def test_a_round_with_no_investor_named_is_no_deal_en(en: Language, text: str) -> None:
    assert [t for t, _ in found(en, text) if t == "Investment"] == []


@pytest.mark.parametrize("text", [
    "Brezo Analytics levantó 12 millones de euros en 2023.",
    "La startup Brezo Analytics cerró una ronda de 8 millones de euros en marzo.",
    "Brezo Analytics aspira a captar unos 300 millones de euros en su salida a bolsa.",
])
def test_a_round_with_no_investor_named_is_no_deal_es(es: Language, text: str) -> None:
    assert [t for t, _ in found(es, text) if t == "Investment"] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pellam Robotics raised $40 million in a round led by Quarry Partners."),
    ("es", "Brezo Analytics levantó 12 millones de euros en una ronda liderada por Fondo "
           "Alcotán."),
])
def test_a_round_with_its_investor_is_still_a_deal(
    en: Language, es: Language, lang: str, text: str
) -> None:
    deals = found(en if lang == "en" else es, text)
    assert ("Investment", {"investee": {"Pellam Robotics" if lang == "en" else "Brezo Analytics"},
                           "investor": {"Quarry Partners" if lang == "en" else "Fondo Alcotán"}}
            ) in deals


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Pellam Robotics raised $40 million at a $300 million valuation.", "Pellam Robotics"),
    ("es", "Brezo Analytics levantó 12 millones de euros con una valoración de 90 millones "
           "de euros.", "Brezo Analytics"),
])
def test_a_round_told_with_its_size_and_valuation_needs_no_investor(
    en: Language, es: Language, lang: str, text: str, name: str
) -> None:
    assert found(en if lang == "en" else es, text) == [("Investment", {"investee": {name}})]


def test_a_valuation_alone_is_still_published(es: Language) -> None:
    deals = found(es, "La valoración de Brezo Analytics se triplicó a 900 millones de "
                      "dólares en un año.")
    assert deals == [("Valuation", {"investee": {"Brezo Analytics"}})]


# -- a deal noun that types a company is no deal -------------------------------------------


@pytest.mark.parametrize(("text", "acquirer", "target"), [
    ("Corbel, the Leeds design-collaboration company, has acquired Pintwise, a startup "
     "building note apps.", "Corbel", "Pintwise"),
    ("Harlow Bank, a partnership-driven lender based in Leeds, bought Mercia Loans for "
     "$40 million.", "Harlow Bank", "Mercia Loans"),
    ("Tarn Holdings, the merger-focused group, bought Velum Energy last week.",
     "Tarn Holdings", "Velum Energy"),
])
def test_a_deal_word_typing_a_company_is_no_deal_en(
    en: Language, text: str, acquirer: str, target: str
) -> None:
    assert found(en, text) == [("Acquisition", {"acquirer": {acquirer}, "target": {target}})]


@pytest.mark.parametrize("text", [
    "Ostrava, una empresa de inversiones de Bilbao, compró Velora por 20 millones de euros.",
    "Ostrava, una compañía de alianzas industriales, compró Velora por 20 millones de euros.",
])
def test_a_deal_word_typing_a_company_is_no_deal_es(es: Language, text: str) -> None:
    assert found(es, text) == [("Acquisition", {"acquirer": {"Ostrava"}, "target": {"Velora"}})]


@pytest.mark.parametrize(("lang", "text"), [
    # a joint venture company is the deal itself
    ("es", "Brindle Foods y Nortia crearán una empresa conjunta para fabricar baterías."),
    # the company noun is a party's description, after the deal word: not its modifier
    ("en", "Acme Signal signed a partnership with Beta Works, the design company."),
    ("es", "Brindle Foods firmó una alianza con Nortia, la empresa de diseño de Bilbao."),
])
def test_a_deal_word_beside_a_company_noun_still_tells_its_deal(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert [t for t, _ in found(en if lang == "en" else es, text)] == ["Partnership"]


# -- an indefinite object named only by a modifier names no party -------------------------


@pytest.mark.parametrize("text", [
    "Greyhame Capital is the third American group to buy a Southern League club this year.",
    "Marlow Foods bought a Kestrel Grocers supplier last year.",
    "Marlow Foods agreed to acquire a Southern League team for $40 million.",
])
def test_an_indefinite_object_named_by_a_modifier_is_no_target(en: Language, text: str) -> None:
    assert found(en, text) == []


@pytest.mark.parametrize(("text", "other"), [
    # the object is the company itself, or a part of its owner
    ("Marlow Foods bought Fenwick Dairy, a Kestrel Grocers supplier, last year.",
     "Fenwick Dairy"),
    ("Marlow Foods agreed to buy a Siemens unit for $300 million.", "Siemens"),
    ("Marlow Foods bought a Fenwick Dairy stake last year.", "Fenwick Dairy"),
])
def test_a_named_object_or_a_named_owners_part_is_still_read(
    en: Language, text: str, other: str
) -> None:
    deals = found(en, text)
    assert len(deals) == 1
    assert other in set().union(*deals[0][1].values())


# -- holders of no company named are no stakes ---------------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Los accionistas de referencia son Cardo Ventures y Brisa Capital."),
    ("en", "The largest shareholders are Cardo Ventures and Brisa Capital."),
])
def test_holders_of_no_company_named_are_no_stakes(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert found(en if lang == "en" else es, text) == []


def test_holders_of_a_named_company_are_one_stake_each(es: Language) -> None:
    deals = found(es, "Los accionistas de Tintaleo son Cardo Ventures y Brisa Capital.")
    assert sorted(sorted(r["investor"]) for _, r in deals) == [["Brisa Capital"],
                                                              ["Cardo Ventures"]]
    assert all(r["investee"] == {"Tintaleo"} for _, r in deals)
