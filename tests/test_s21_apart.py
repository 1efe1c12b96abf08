"""Session 21, apart3: deals told across a reference.

"We" speaks for an organisation (kg.deals.first_person): the company of the person
quoted, the company that is itself the speaker ("the company said"), or, with no
speaker near, the company the article is about (an interview's answers, a company's
own newsletter). A speaker with no company, or one whose company is the deal's other
party, is not the company in the story; a "we" that only weighs a deal ("we looked at
options, including a sale") makes none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

TILES = ("Harbour Tiles", "Pentland Glazes", "Firth Marine")


def read(
    nlp: Language, text: str, names: tuple[str, ...] = TILES
) -> list[tuple[str, dict[str, set[str]]]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, names)]


@pytest.mark.parametrize("text", [
    # the quoted speaker's company
    'Harbour Tiles makes ceramic tiles in Leith. "We sold the Dundee plant to Pentland '
    'Glazes last year," said Moira Baird, chief executive of Harbour Tiles.',
    # the company as the speaker
    'Harbour Tiles makes ceramic tiles in Leith. "We sold the Dundee plant to Pentland '
    'Glazes last year," the company said.',
    # an interview's answer: no speaker near, the company the article is about
    "Harbour Tiles makes ceramic tiles in Leith, and Harbour Tiles sells them across "
    "Scotland. Q: What about the Dundee plant? A: We sold it to Pentland Glazes in 2024 "
    "for $20 million.",
])
def test_we_who_sold_is_the_speakers_company(en: Language, text: str) -> None:
    assert read(en, text) == [
        ("Acquisition", {"acquirer": {"Pentland Glazes"}, "seller": {"Harbour Tiles"}})
    ]


def test_we_in_an_interview_answer_signs_for_the_company_interviewed(en: Language) -> None:
    text = ("Harbour Tiles makes ceramic tiles in Leith. Q: Who buys your tiles? "
            "A: We signed a supply agreement with Pentland Glazes in May.")
    assert [parties for _, parties in read(en, text)] == [
        {"buyer": {"Pentland Glazes"}, "seller": {"Harbour Tiles"}}
    ]


def test_a_company_newsletter_in_the_first_person(en: Language) -> None:
    text = ("Harbour Tiles had a good year, and Harbour Tiles paid a record dividend. "
            "This spring we sold the Dundee plant to Pentland Glazes for $20 million. "
            "We also signed a memorandum of understanding with Firth Marine.")
    assert read(en, text) == [
        ("Acquisition", {"acquirer": {"Pentland Glazes"}, "seller": {"Harbour Tiles"}}),
        ("Partnership", {"partner": {"Firth Marine", "Harbour Tiles"}}),
    ]


def test_we_said_by_the_other_partys_chief_is_that_party(en: Language) -> None:
    text = ('Firth Marine builds ferries. "We signed a supply deal with Harbour Tiles in '
            '2020," said Moira Baird, chief executive of Pentland Glazes.')
    assert [parties for _, parties in read(en, text)] == [
        {"buyer": {"Pentland Glazes"}, "seller": {"Harbour Tiles"}}
    ]


def test_we_said_by_someone_of_no_company_is_no_party(en: Language) -> None:
    text = ('Harbour Tiles makes ceramic tiles in Leith. "We sold the Dundee plant to '
            'Pentland Glazes last year," said Moira Baird, a union official.')
    assert read(en, text) == []


def test_we_who_only_weigh_a_sale_make_no_deal(en: Language) -> None:
    text = ('Harbour Tiles makes ceramic tiles in Leith. "We looked at many options, '
            'including a sale to Pentland Glazes," said Moira Baird, chief executive of '
            "Harbour Tiles.")
    assert read(en, text) == []
