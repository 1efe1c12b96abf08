"""Names and deals read right (session 23): the company a shareholding is of ("compró el
40 % de Brisval", "sold 30 per cent of Ketterly"), even where the model reads an unknown
place there; a place the lists know, a place with its article and "X-based" stay places.
Every sentence is written for these tests.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def names(nlp: Language, text: str, kind: str = "org") -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == kind}


def deals(nlp: Language, text: str) -> list[dict[str, str]]:
    return [{r: x.name for r, x in d.roles} for d in nlp(text)._.kg_deals]


# ---------------------------------------------------------------- a shareholding's company


@pytest.mark.parametrize("text", [
    "Norvento compró el 40% de Brisval por 300 millones de euros.",
    "Norvento adquirió el 40 % de Brisval.",
    "Norvento ha comprado el 40 por ciento del capital social de Brisval.",
])
def test_the_company_a_spanish_percentage_is_of(es: Language, text: str) -> None:
    assert "Brisval" in names(es, text)
    assert {"investor": "Norvento", "investee": "Brisval"}.items() <= deals(es, text)[0].items()


@pytest.mark.parametrize("text", [
    "Harwell Energy bought 40% of Ketterly for $30 million.",
    "Harwell Energy bought 40 per cent of Ketterly for $30 million.",
    "Harwell Energy will buy 25 pct of the issued share capital of Ketterly.",
])
def test_the_company_an_english_percentage_is_of(en: Language, text: str) -> None:
    assert "Ketterly" in names(en, text)
    assert {"investor": "Harwell Energy", "investee": "Ketterly"}.items() <= \
        deals(en, text)[0].items()


def test_a_percentage_sold_names_its_company_its_seller_and_its_buyer(es: Language) -> None:
    text = "Norvento vendió el 40 por ciento de Brisval a Grupo Calderia."
    assert deals(es, text) == [
        {"investee": "Brisval", "investor": "Grupo Calderia", "seller": "Norvento"}]


@pytest.mark.parametrize("text", [
    "Norvento controla el 30% de España en el negocio de los envases.",  # a known country
    "Norvento compró el 15% de La Mancha Verde, según la memoria anual.",  # an article
    "Norvento controla el 40% del mercado de Soria.",  # a share of a market
    "Las ventas crecieron un 12% de enero a marzo en Ketterly.",  # no verb of holding
])
def test_a_percentage_of_a_place_or_a_market_names_no_company(es: Language, text: str) -> None:
    assert not {"España", "Mancha Verde", "Soria", "Ketterly"} & names(es, text)


def test_a_percentage_of_a_company_based_somewhere_leaves_the_place_alone(
        en: Language) -> None:
    text = "Harwell Energy agreed to take 70% of Denbury-based Ketterly Foods from its founders."
    assert "Denbury" not in names(en, text)


# ---------------------------------------------------------------- a wire's credit words


@pytest.mark.parametrize("credit", [
    "(Reporte de Lucía Barrantes; Editado en español por Tomás Villaseca)",
    "Reporte adicional de Lucía Barrantes. Editado por Tomás Villaseca.",
])
def test_the_word_of_a_spanish_credit_line_is_no_name(es: Language, credit: str) -> None:
    text = f"Norvento compró Brisval por 30 millones de euros. {credit}"
    orgs, people = names(es, text), names(es, text, "person")
    assert "Editado" not in orgs | people
    assert {"Lucía Barrantes", "Tomás Villaseca"} <= people
