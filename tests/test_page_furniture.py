"""Page furniture (``kg.entities.furniture``): what a web page carries around a story
once its text is extracted, read as furniture and not as names or deals. Each test is
a short page written for it, with invented companies and people, in the forms the
inventory ``tests/data/constructions/pages`` collects.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp import Pipelines

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def es() -> Language:
    return Pipelines().get("es")


@pytest.fixture(scope="module")
def en() -> Language:
    return Pipelines().get("en")


def names(nlp: Language, text: str, kind: str = "org") -> list[str]:
    """The text of every mention of the page's organisations (``kind`` "person":
    people)."""
    return sorted({m.text for e in nlp(text)._.kg_entities if e.kind == kind
                   for m in e.mentions})


def deals(nlp: Language, text: str) -> list[set[str]]:
    """The parties of every deal of the page."""
    return [{ref.name for _, ref in d.roles} for d in nlp(text)._.kg_deals]


# furniture:label — labels are no names, and a share or follow segment names nothing.

@pytest.mark.parametrize("furniture", [
    "Lea también: Las aseguradoras ganan un 12% más en el trimestre",
    "Por Marta Gil | Redacción",
    "Síganos en WhatsApp",
    "Comentarios (4) · Compartir en Facebook · Compartir en X",
])
def test_spanish_furniture_line_names_nothing(es: Language, furniture: str) -> None:
    text = ("La aseguradora Corvina ha comprado la gestora Brenta Capital.\n\n"
            f"{furniture}\n")
    assert names(es, text) == ["Brenta Capital", "Corvina"]


@pytest.mark.parametrize("furniture", [
    "Share  Facebook  X  WhatsApp  Email",
    "Sign up for our Markets Morning newsletter",
    "Follow the topics, people and companies that matter to you.",
    "Save | Share | Gift this article",
    "Advertisement",
])
def test_english_furniture_line_names_nothing(en: Language, furniture: str) -> None:
    text = (f"{furniture}\n\nHollin Freight agreed to buy Taverley Logistics, "
            "the companies said on Monday.\n")
    assert names(en, text) == ["Hollin Freight", "Taverley Logistics"]


def test_copyright_word_is_not_part_of_the_outlet(en: Language) -> None:
    text = ("Hollin Freight said it had bought Taverley Logistics.\n\n"
            "Copyright The Morland Media Group 2026. All rights reserved.\n")
    assert "The Morland Media Group" in names(en, text)
    assert not any("Copyright" in n for n in names(en, text))


def test_newsroom_credit_keeps_the_outlet_it_names(es: Language) -> None:
    text = "Redacción Diario Ribereño\n\nLa naviera Cormar compró la estibadora Puertomar.\n"
    found = names(es, text)
    assert "Diario Ribereño" in found and not any("Redacción" in n for n in found)


# furniture:opening_word — after a label or a bullet, the first word is a sentence's.

@pytest.mark.parametrize("line", [
    "Lea también: Exportaciones de cobre caen un 8% en octubre",
    "- Petróleo sube por tercera semana consecutiva",
    "• Bolsas cierran con pérdidas en Europa",
])
def test_related_headline_opening_word_is_no_name(es: Language, line: str) -> None:
    text = f"Minera Tolva vendió su filial peruana a la canadiense Aurífera Quispe.\n\n{line}\n"
    assert names(es, text) == ["Aurífera Quispe", "Minera Tolva"]


def test_related_headline_keeps_a_company_it_names(en: Language) -> None:
    text = ("Hollin Freight agreed to buy Taverley Logistics on Monday.\n\n"
            "Related: Brackwater Energy raises $40 million\n")
    assert "Brackwater Energy" in names(en, text)


# furniture:tag — a tag list names only what the story names.

def test_tag_list_topics_are_no_organisations(es: Language) -> None:
    text = ("El banco Solvera ha comprado la fintech Pagalia por 30 millones de euros.\n\n"
            "Temas: Banca, Fusiones, Pagalia\n")
    assert names(es, text) == ["Pagalia", "Solvera"]


def test_english_tags_are_no_organisations(en: Language) -> None:
    text = ("Quenby Robotics has acquired Tallis Vision, a startup that makes camera "
            "software, the company said.\n\nTags: acquisitions, Robotics, Vision AI, "
            "Quenby Robotics\n")
    assert names(en, text) == ["Quenby Robotics", "Tallis Vision"]


# furniture:ticker — a ticker is no company of its own: at most its company's alias.

@pytest.mark.parametrize("ticker", ["(NYSE: HLF)", "(NASDAQ: TVLX)"])
def test_ticker_is_no_party_of_its_own(en: Language, ticker: str) -> None:
    text = f"Hollin Freight {ticker} said on Monday it would buy Taverley Logistics.\n"
    assert deals(en, text) == [{"Hollin Freight", "Taverley Logistics"}]


def test_spanish_ticker_is_no_company_of_its_own(es: Language) -> None:
    text = ("Corporativo Tizoc (BMV: TZC) anunció la compra de la cadena de tiendas "
            "Abarrotes Mixtli.\n")
    orgs = [e for e in es(text)._.kg_entities if e.kind == "org"]
    assert not any(e.name == "TZC" for e in orgs)


def test_companies_in_this_story_line_names_no_company(en: Language) -> None:
    text = ("TORONTO — Hollin Freight Inc. says it will buy Taverley Logistics.\n\n"
            "Companies in this story: (TSX:HFI)\n")
    assert "HFI" not in names(en, text)


# furniture:byline_agency — the reporter, then the agency.

def test_byline_in_capitals_before_the_agency(en: Language) -> None:
    text = ("Two utilities agreed to merge on Tuesday.\n\n"
            "By MAREN COLBY Associated Press\n")
    assert names(en, text, "person") == ["MAREN COLBY"]
    assert "Associated Press" in names(en, text)


# A press release's dateline glued to the story: "--(BUSINESS WIRE)--".

def test_press_release_dateline_with_double_hyphens(en: Language) -> None:
    text = ("AUSTIN, Texas--(BUSINESS WIRE)--Pellam Systems today completed its "
            "acquisition of Ostrava Data.\n")
    found = names(en, text)
    assert "Pellam Systems" in found and "BUSINESS WIRE" in found
    assert deals(en, text) == [{"Pellam Systems", "Ostrava Data"}]


# furniture:dateline_article — the article after a dateline's dash opens the sentence.

def test_article_after_a_place_and_country_dateline(es: Language) -> None:
    text = ("Cali, Colombia — La Constructora Yarumal y la española Obras Turia "
            "firmaron una alianza para construir un puerto.\n")
    assert "Constructora Yarumal" in names(es, text)
    assert not any(n.startswith("La ") for n in names(es, text))


# furniture:title_case — capitals of a Title Case headline say nothing.

def test_title_case_subheadline_of_common_words_is_no_company(en: Language) -> None:
    text = ("Dunmore Capital Takes Stake in Italian Packaging Group Ravelli\n"
            "Buyout Firm Acquires Minority Holding From Founders\n\n"
            "Dunmore Capital said on Tuesday it had bought a 30 per cent stake in "
            "Ravelli Imballaggi from the Ravelli family.\n")
    found = names(en, text)
    assert "Buyout Firm" not in found
    assert not any("Packaging Group" in n for n in found)
    assert "Dunmore Capital" in found and "Ravelli Imballaggi" in found


def test_title_case_headline_keeps_the_names_the_story_writes(en: Language) -> None:
    text = ("Harwick Foods Agrees to Buy Snack Maker Pellow Brands\n\n"
            "Harwick Foods said on Monday it would buy Pellow Brands for $400 million.\n")
    assert deals(en, text) == [{"Harwick Foods", "Pellow Brands"}]
    assert "Harwick Foods" in names(en, text) and "Pellow Brands" in names(en, text)


# Deals: links to other stories and captions tell no deal of this article.

def test_related_links_tell_no_deal(en: Language) -> None:
    text = ("Marwood Health said it raised $80 million in a round led by Ostler "
            "Ventures.\n\nRead more: Harwick Foods agrees to buy Pellow Brands for "
            "$1.1 billion\n\nRELATED STORIES\nCalder Pharma to acquire Senna Bio for "
            "$2 billion\n\nThe company will hire 50 people.\n")
    parties = deals(en, text)
    assert parties == [{"Marwood Health", "Ostler Ventures"}]


def test_spanish_related_links_tell_no_deal(es: Language) -> None:
    text = ("Norfeld Química ha comprado Tintes Arlanza por 40 millones de euros.\n\n"
            "Te puede interesar: Iberaz Energía compra Solmar Renovables por 200 "
            "millones de euros\n")
    assert deals(es, text) == [{"Norfeld Química", "Tintes Arlanza"}]
