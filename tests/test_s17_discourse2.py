"""A company that reports on itself is no source (kg.deals.attach.attribution): it stays
the topic a later "it", "the company" or a left-out subject continues; a newspaper, a
news agency or a third party quoted about someone's deal stays out of the way. Tested
on sentences written for these tests; the organisations are given by hand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.merge import merge_deals
from kg.facts import Deal
from tests.test_deal_roles_es import deals_among, roles

pytestmark = pytest.mark.model

NAMES = (
    "Cobbleton Foods", "Marlow Brands", "Harwick Wire", "Tessen Mining", "Quarry Partners",
    "Kelp Street Journal", "Vantor Logistics", "Daily Ledger", "Conservas Albarán",
    "Grupo Luzmar", "Pesquera Ondarra", "El Heraldo Austral", "Brisa Capital",
)


def one(nlp: Language, text: str) -> dict[str, set[str]]:
    found: list[Deal] = deals_among(nlp, text, NAMES)
    assert len(found) == 1, found
    return roles(found[0])


# -- a company reporting its own results is the topic that follows ------------------------


@pytest.mark.parametrize("text", [
    # what it reports names no other company and no deal: its own results
    "Cobbleton Foods reported on Tuesday that quarterly revenue fell 8%. It agreed to sell "
    "Vantor Logistics to Marlow Brands for $300 million.",
    # "its" in the reported clause
    "Cobbleton Foods reported that its revenue fell 8% in the quarter, hurt by higher cocoa "
    "prices. The company has agreed to sell Vantor Logistics to Marlow Brands for $300 million.",
    # named elsewhere acting ("cut its dividend"): a party of the story, never a source
    "Harwick Wire said its steel costs rose. Cobbleton Foods reported on Tuesday that "
    "quarterly revenue fell 8%. Cobbleton Foods cut its dividend. It also agreed to sell "
    "Vantor Logistics to Marlow Brands for $300 million.",
    "Harwick Wire said its steel costs rose. Cobbleton Foods reported on Tuesday that "
    "quarterly revenue fell 8%. Cobbleton Foods cut its dividend. The company agreed to sell "
    "Vantor Logistics to Marlow Brands for $300 million.",
])
def test_a_company_reporting_its_own_results_stays_the_topic_en(
    en: Language, text: str
) -> None:
    found = one(en, text)
    assert found["seller"] == {"Cobbleton Foods"}
    assert found["target"] == {"Vantor Logistics"}


@pytest.mark.parametrize("text", [
    "Conservas Albarán informó el martes de que sus ventas cayeron un 5%. La compañía ha "
    "acordado vender Pesquera Ondarra a Grupo Luzmar por 40 millones de euros.",
    "Conservas Albarán informó que los ingresos del trimestre subieron un 7%. La empresa "
    "también pactó la venta de Pesquera Ondarra a Grupo Luzmar por 40 millones de euros.",
])
def test_a_company_reporting_its_own_results_stays_the_topic_es(
    es: Language, text: str
) -> None:
    found = one(es, text)
    assert found["seller"] == {"Conservas Albarán"}


# -- sources stay out of the way ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    # an outlet reporting a deal it names no party of
    "Tessen Mining plans to expand in Chile. Kelp Street Journal reported on Monday that "
    "talks were at an advanced stage. It agreed to buy Quarry Partners for $2 billion.",
    # an outlet called a newspaper
    "Tessen Mining plans to expand in Chile. The newspaper Kelp Street Journal reported on "
    "Monday that the company was doing well. It agreed to buy Quarry Partners for $2 billion.",
    # an outlet reporting someone else's deal
    "Tessen Mining is in talks to buy a copper mine, the Daily Ledger reported on Monday. "
    "The newspaper said the deal could be worth $2 billion. It agreed to buy Quarry Partners.",
])
def test_an_outlet_reporting_is_no_topic(en: Language, text: str) -> None:
    assert one(en, text)["acquirer"] == {"Tessen Mining"}


def test_a_spanish_newspaper_is_no_topic(es: Language) -> None:
    text = (
        "Grupo Luzmar estudia comprar una conservera, informó el diario El Heraldo Austral. "
        "Conservas Albarán ha contratado asesores. La compañía ha acordado vender Pesquera "
        "Ondarra por 40 millones de euros."
    )
    found = one(es, text)
    assert found["seller"] == {"Conservas Albarán"}
    assert "El Heraldo Austral" not in set().union(*found.values())


def test_a_company_reporting_on_another_is_still_a_source(en: Language) -> None:
    # (the "it" is the company of the reported clause, the center: kg.deals.discourse)
    text = (
        "Tessen Mining plans to expand in Chile. Marlow Brands reported on Monday that "
        "Vantor Logistics was in talks with a buyer. It agreed to buy Quarry Partners for "
        "$2 billion."
    )
    assert "Marlow Brands" not in one(en, text)["acquirer"]


# -- two deals of the same parties told as distinct (kg.deals.merge._told_apart) ---------


def merged(nlp: Language, text: str) -> list[Deal]:
    return merge_deals(deals_among(nlp, text, NAMES), "s17-discourse2")


@pytest.mark.parametrize("text", [
    "Tessen Mining made an offer for Quarry Partners in March, which was rejected. In May "
    "Tessen Mining made a second offer for Quarry Partners, and the board accepted it.",
    "Tessen Mining made a bid for Quarry Partners last year. This week Tessen Mining made "
    "another bid for Quarry Partners.",
])
def test_a_second_offer_is_another_deal_en(en: Language, text: str) -> None:
    found = merged(en, text)
    assert len(found) == 2
    assert found[0].apart == "" and found[1].apart.startswith("@")
    assert all(roles(d)["acquirer"] == {"Tessen Mining"} for d in found)


@pytest.mark.parametrize("text", [
    "Grupo Luzmar lanzó una OPA sobre Pesquera Ondarra en 2022. Grupo Luzmar lanzó una "
    "segunda OPA sobre Pesquera Ondarra en 2023.",
    "Grupo Luzmar compró el 20% de Pesquera Ondarra en 2021. En 2024, Grupo Luzmar realizó "
    "otra compra de acciones de Pesquera Ondarra.",
    "Grupo Luzmar lanzó dos ofertas sobre Pesquera Ondarra. Grupo Luzmar presentó la "
    "primera oferta por Pesquera Ondarra en enero. Grupo Luzmar presentó una tercera "
    "oferta por Pesquera Ondarra en julio.",
])
def test_a_second_offer_is_another_deal_es(es: Language, text: str) -> None:
    assert len(merged(es, text)) == 2


@pytest.mark.parametrize("lang, text", [
    # a verb whose object is told as another (kg.deals.frames._another_object)
    ("en", "Marlow Brands bought a 20% stake in Vantor Logistics in 2021. In 2024 Marlow "
           "Brands bought another stake in Vantor Logistics."),
    ("en", "Marlow Brands acquired 20% of Vantor Logistics in 2021. Three years later Marlow "
           "Brands acquired another 30% of Vantor Logistics."),
    ("es", "Grupo Luzmar compró el 20% de Pesquera Ondarra en 2021. En 2024, Grupo Luzmar "
           "adquirió otro 30% de Pesquera Ondarra."),
])
def test_a_stake_bought_again_is_another_deal(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert len(merged(en if lang == "en" else es, text)) == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "Marlow Brands agreed to buy Vantor Logistics. It is another deal for Marlow "
           "Brands, which agreed to buy Vantor Logistics after months of talks."),
    ("en", "Marlow Brands agreed to buy Vantor Logistics for $300 million. The acquisition "
           "of Vantor Logistics by Marlow Brands is expected to close in June."),
    ("es", "Grupo Luzmar ha acordado comprar Pesquera Ondarra por 40 millones de euros. La "
           "compra de Pesquera Ondarra por Grupo Luzmar se cerrará en junio."),
    ("en", "Marlow Brands agreed to buy Vantor Logistics. Marlow Brands said the purchase "
           "of Vantor Logistics, its second acquisition this year, would close in June."),
])
def test_one_deal_told_twice_stays_one(
    en: Language, es: Language, lang: str, text: str
) -> None:
    assert len(merged(en if lang == "en" else es, text)) == 1
