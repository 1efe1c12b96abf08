"""Session 21, apart3: deals told across a reference, and the rivals a winner beat.

"We" speaks for an organisation (kg.deals.first_person): the company of the person
quoted, the company that is itself the speaker ("the company said"), or, with no
speaker near, the company the article is about (an interview's answers, a company's
own newsletter). A speaker with no company, or one whose company is the deal's other
party, is not the company in the story; a "we" that only weighs a deal ("we looked at
options, including a sale") makes none.

The rival a contest's winner beat ("X se impuso a Y", "X beat two rivals, including
Y") bid for the deal the winner won, in its place, and lost it (kg.deals.beaten); a
description of the winner never means the public body that holds the contest. A
bidder a tender puts out ("fue descalificado", "quedó fuera", "retiró su oferta") lost
the deal its holder awarded."""

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


# -- the rival a contest's winner beat (kg.deals.beaten) --------------------------------

CONTEST = ("Gobierno de Tarapacá", "Autobuses Atacama", "Yangtze Bus", "Orwell Pumps",
           "Tamar Flow Systems", "Severn Water District")


def test_the_rival_a_described_winner_beat_lost_the_contract(es: Language) -> None:
    # "la empresa" is the contractor, never the government that holds the tender
    text = ("El Gobierno de Tarapacá firmó un contrato con la armadora Autobuses Atacama "
            "para la compra de 420 autobuses eléctricos por 4.900 millones de pesos. La "
            "empresa iquiqueña se impuso a la china Yangtze Bus, cuya oferta de 4.620 "
            "millones fue descalificada.")
    found = [(d.type, d.status, roles(d)) for d in deals_among(es, text, CONTEST)]
    assert ("PurchaseAgreement", "Cancelled",
            {"buyer": {"Gobierno de Tarapacá"}, "seller": {"Yangtze Bus"}}) in found
    assert ("PurchaseAgreement", "Completed",
            {"buyer": {"Gobierno de Tarapacá"}, "seller": {"Autobuses Atacama"}}) in found


def test_rivals_including_one_the_winner_beat(en: Language) -> None:
    text = ("Orwell Pumps won a $48 million contract from the Severn Water District to "
            "supply pumps for three plants. Orwell Pumps beat two rivals, including Tamar "
            "Flow Systems, which had submitted a lower bid of $44.5 million.")
    found = [(d.type, d.status, roles(d)) for d in deals_among(en, text, CONTEST)]
    assert ("PurchaseAgreement", "Cancelled",
            {"buyer": {"Severn Water District"}, "seller": {"Tamar Flow Systems"}}) in found


def test_beating_a_rival_outside_a_contest_is_no_deal(es: Language) -> None:
    text = ("Autobuses Atacama compró la planta de Yangtze Bus. En ventas, Autobuses "
            "Atacama superó a Orwell Pumps el año pasado.")
    assert all("Orwell Pumps" not in {x.name for _, x in d.roles}
               for d in deals_among(es, text, CONTEST))


TENDER = ("Agencia Nacional de Vías", "Concesión Vial del Norte", "Consorcio Vial del Sur",
          "Autoridad Portuaria de Chiriquí", "Consorcio Istmo Aéreo",
          "Consorcio Aeroportuario Barú")


@pytest.mark.parametrize(("text", "holder", "rival"), [
    ("La Agencia Nacional de Vías adjudicó este martes la concesión de la doble calzada a "
     "la Concesión Vial del Norte. Un tercer participante, el Consorcio Vial del Sur, fue "
     "descalificado por no acreditar la capacidad financiera exigida.",
     "Agencia Nacional de Vías", "Consorcio Vial del Sur"),
    ("La Autoridad Portuaria de Chiriquí adjudicó el contrato por 30 años al Consorcio "
     "Aeroportuario Barú. Quedó fuera de la competencia el Consorcio Istmo Aéreo.",
     "Autoridad Portuaria de Chiriquí", "Consorcio Istmo Aéreo"),
])
def test_a_bidder_put_out_of_a_tender_lost_the_award(
    es: Language, text: str, holder: str, rival: str
) -> None:
    found = {(d.status, frozenset(x.name for _, x in d.roles))
             for d in deals_among(es, text, TENDER)}
    assert ("Cancelled", frozenset({holder, rival})) in found


def test_a_company_disqualified_outside_a_tender_lost_nothing(es: Language) -> None:
    text = ("La Concesión Vial del Norte compró el Consorcio Vial del Sur. El Consorcio "
            "Istmo Aéreo fue descalificado de la liga de fútbol empresarial.")
    assert all("Consorcio Istmo Aéreo" not in {x.name for _, x in d.roles}
               for d in deals_among(es, text, TENDER))
