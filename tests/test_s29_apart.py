"""Session 29, helper apart-robust (issue #13): deals whose parties are named in
different sentences (inventory tests/data/constructions/apart_robust).

- A Spanish infinitive under a finite control verb whose subject is dropped shares
  that subject, which continues the sentence before: "X elevó su beneficio. Además,
  acordó fusionarse con Y" (kg.deals.roles._subjectless_controller).
- A plural of companies counted as two ("las dos operadoras", "both companies", "the
  two operators"), with no deal told and no pair coordinated, takes the nearest stretch
  before it that names exactly two organisations (kg.deals.pairs.pair_named_before).
- A deal noun's own past participle of completion tells it done and closes the deal it
  refers back to: "The purchase, completed on Friday, ...", "La operación, cerrada el
  viernes, ..." (kg.deals.status._completed_modifier, kg.deals.merge._closing).
- A Spanish noun of trade made from the product noun a company's name begins with
  means that company: "la cementera" after "Cementos X", "la láctea" after "Lácteos
  Y" (kg.deals.namesake._stems).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import deals


def deal_statuses(nlp: Language, text: str) -> list[tuple[dict[str, str], str]]:
    return [({r: x.name for r, x in d.roles}, d.status) for d in nlp(text)._.kg_deals]


def parties(nlp: Language, text: str) -> list[set[str]]:
    return [{x.name for _, x in d.roles} for d in nlp(text)._.kg_deals]


# -- the dropped subject of a control verb -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        ("Seguros Almudévar ganó 9 millones de euros en 2025. Además, acordó fusionarse"
         " con Mutua Valderrobres.",
         {"partner": "Seguros Almudévar"}),
        ("Grupo Lantero abrió una tienda en Soria. El lunes decidió comprar Quesos"
         " Mirandilla.",
         {"acquirer": "Grupo Lantero", "target": "Quesos Mirandilla"}),
        ("Transportes Urdax renovó su flota en marzo. Ahora quiere invertir 5 millones de"
         " euros en Logística Belagua.",
         {"investor": "Transportes Urdax", "investee": "Logística Belagua"}),
    ],
)
def test_an_infinitive_shares_the_dropped_subject_of_its_control_verb(
        es: Language, text: str, deal: dict[str, str]) -> None:
    found = deals(es, text)
    assert any(deal.items() <= d.items() for d in found), found
    assert any(len(names) == 2 and set(deal.values()) <= names for names in parties(es, text))


def test_an_unsaid_yo_gives_the_infinitive_no_company(es: Language) -> None:
    text = ("Grupo Lantero abrió una tienda en Soria. El año pasado decidí comprar acciones"
            " de Quesos Mirandilla.")
    assert not any("Grupo Lantero" in d.values() for d in deals(es, text))


# -- a plural counted as two with no pair coordinated --------------------------------------


@pytest.mark.parametrize(
    ("nlp_name", "text", "pair"),
    [
        ("es", "Ferrocarriles Ansó transportó 3 millones de viajeros y Autobuses Hecho, 5"
         " millones. Las dos operadoras se fusionarán el próximo año.",
         {"Ferrocarriles Ansó", "Autobuses Hecho"}),
        ("es", "Ferrocarriles Ansó creció en 2025. Autobuses Hecho también creció. Las dos"
         " empresas se fusionarán en otoño.",
         {"Ferrocarriles Ansó", "Autobuses Hecho"}),
        ("en", "Wheatley Rail carried 3 million passengers, and Corran Buses carried 5"
         " million. The two operators will merge next year.",
         {"Wheatley Rail", "Corran Buses"}),
    ],
)
def test_a_pair_counted_as_two_takes_the_two_companies_named_before(
        request: pytest.FixtureRequest, nlp_name: str, text: str, pair: set[str]) -> None:
    nlp = request.getfixturevalue(nlp_name)
    assert pair in parties(nlp, text)


def test_a_pair_counted_as_two_after_three_companies_takes_none(es: Language) -> None:
    text = ("Ferrocarriles Ansó, Autobuses Hecho y Tranvías Canfranc crecieron en 2025. Las"
            " dos empresas se fusionarán en otoño.")
    assert deals(es, text) == []


# -- a deal noun's participle of completion ------------------------------------------------


@pytest.mark.parametrize(
    ("nlp_name", "text"),
    [
        ("en", "Tamsin Brewing buys Oakvale Cider\n\nThe purchase, completed on Friday, is"
         " worth $25 million."),
        ("en", "Harlan Mills' purchase of Fenby Oats, completed in May, is worth $9 million."),
        ("es", "Grupo Estivella vende Hoteles Peñíscola a Bahía Capital\n\nLa venta,"
         " cerrada el viernes, supone 45 millones de euros."),
    ],
)
def test_a_deal_nouns_participle_of_completion_tells_it_done(
        request: pytest.FixtureRequest, nlp_name: str, text: str) -> None:
    nlp = request.getfixturevalue(nlp_name)
    assert [s for _, s in deal_statuses(nlp, text)] == ["Completed"]


def test_a_completion_to_come_on_the_deal_noun_is_not_done(en: Language) -> None:
    text = "Harlan Mills' purchase of Fenby Oats, to be completed in May, will cost $9 million."
    assert [s for _, s in deal_statuses(en, text)] == ["Announced"]


# -- a Spanish word of trade made from the name's product noun -----------------------------


@pytest.mark.parametrize(
    ("text", "acquirer"),
    [
        ("Cementos Quintanar subió sus precios en marzo. Su proveedor, Hornos Dosrius,"
         " despidió a 50 trabajadores. La cementera ha comprado Canteras Fuensalida.",
         "Cementos Quintanar"),
        ("Grupo Arnal vende cemento a Cementos Olvena. La cementera comprará Canteras"
         " Fuensalida.", "Cementos Olvena"),
        ("Alimentos Vantaja compra la leche a Lácteos Quinsal. La láctea ha acordado comprar"
         " Quesos Ardales.", "Lácteos Quinsal"),
    ],
)
def test_a_word_of_trade_means_the_company_named_by_its_product(
        es: Language, text: str, acquirer: str) -> None:
    assert any(d.get("acquirer") == acquirer and d.get("target") for d in deals(es, text))


def test_a_word_of_trade_shares_a_stem_only_with_its_product() -> None:
    from kg.deals.namesake import _stems

    assert _stems("cementera") & _stems("Cementos")
    assert _stems("conservera") & _stems("Conservas")
    assert not _stems("conservera") & _stems("Cementos")
    assert not _stems("petrolera") & _stems("Papeles")


def test_a_pair_that_reports_the_deal_is_not_its_party(en: Language) -> None:
    text = ("Harwell Motors to invest in Tamsin Electric\n\nHarwell Motors plans to invest"
            " $2 billion in the carmaker Tamsin Electric, both companies announced.")
    assert {"investor": "Harwell Motors", "investee": "Tamsin Electric"} in deals(en, text)
