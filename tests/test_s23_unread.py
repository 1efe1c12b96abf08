"""Session 23, unread5: deals whose parties and deal word stand in one sentence that kg
did not read.

- "X, que el año pasado compró el fundo Y": a noun that is also a verb form ("fundo", of
  *fundir*) after a determiner is the verb's object, though the Spanish parser hangs it
  as a complement clause (kg.deals.syntax._noun_read_as_verb).
- "X cuenta con Y como accionista", "X cuenta entre sus accionistas con Y": the holders
  a Spanish company counts are its investors; a "socio" only with its stake beside it
  (kg.deals.holders).
- "X, the investment arm of the Reyes family, which owns 17 per cent of Y": a
  which-clause of ownership after the apposition's "of" complement, which names no
  company, is about the name (kg.deals.refer._apposed_name).
- "the acquisition by X of Y", "the acquisition by the Company of Y": the theme after
  the agent of an English event noun, which the parser hangs on the agent's name
  (kg.deals.context._theme_after_agent).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

FIRMS = ("Frutos del Maule", "Viñas de Tambo", "Cárnicas Tolmo", "Inversiones Aldebarán",
         "Lácteos Brañosera", "Tramonte Capital", "Korvel Holdings", "Brandt Foods",
         "Sallow Group")


def read(nlp: Language, text: str) -> list[tuple[str, dict[str, set[str]]]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, FIRMS)]


@pytest.mark.parametrize("text", [
    "Frutos del Maule, que el año pasado compró el fundo Viñas de Tambo, quiere sumar más "
    "hectáreas de cerezos.",
    "Frutos del Maule compró el fundo Viñas de Tambo en 2024.",
])
def test_a_noun_read_as_a_verb_after_its_article_is_the_object(
    es: Language, text: str
) -> None:
    assert read(es, text) == [
        ("Acquisition", {"acquirer": {"Frutos del Maule"}, "target": {"Viñas de Tambo"}})
    ]


@pytest.mark.parametrize("text", [
    "Cárnicas Tolmo, por su parte, cuenta desde 2021 con el fondo Inversiones Aldebarán "
    "como accionista con un 35 %.",
    "Cárnicas Tolmo cuenta con Inversiones Aldebarán como accionista.",
])
def test_a_shareholder_a_spanish_company_counts_is_its_investor(
    es: Language, text: str
) -> None:
    found = deals_among(es, text, FIRMS)
    assert [(d.type, roles(d), d.status) for d in found] == [
        ("Investment", {"investor": {"Inversiones Aldebarán"}, "investee": {"Cárnicas Tolmo"}},
         "Completed")
    ]


def test_the_holders_counted_among_a_spanish_company_s_shareholders(es: Language) -> None:
    text = "Lácteos Brañosera cuenta entre sus accionistas con el fondo Tramonte Capital."
    assert read(es, text) == [
        ("Investment", {"investor": {"Tramonte Capital"}, "investee": {"Lácteos Brañosera"}})
    ]


def test_a_partner_counted_with_its_stake_is_an_investor(es: Language) -> None:
    text = "Lácteos Brañosera cuenta con Tramonte Capital como socio con el 20 %."
    assert read(es, text) == [
        ("Investment", {"investor": {"Tramonte Capital"}, "investee": {"Lácteos Brañosera"}})
    ]


@pytest.mark.parametrize("text", [
    # a partner with no stake is an ally, and a customer no holder
    "Lácteos Brañosera cuenta con Tramonte Capital como socio tecnológico.",
    "Lácteos Brañosera cuenta con Tramonte Capital como cliente.",
])
def test_no_holding_without_a_holder_noun(es: Language, text: str) -> None:
    assert read(es, text) == []


@pytest.mark.parametrize("text", [
    "Korvel Holdings, the investment arm of the Reyes family, which owns 17 per cent of "
    "Brandt Foods, said on Tuesday it would vote in favour.",
    "Korvel Holdings, the investment company of the founding Reyes family, which holds 17 "
    "per cent of Brandt Foods, backed the offer.",
])
def test_an_ownership_clause_after_the_apposition_s_family_is_the_name_s(
    en: Language, text: str
) -> None:
    assert read(en, text) == [
        ("Investment", {"investor": {"Korvel Holdings"}, "investee": {"Brandt Foods"}})
    ]


def test_a_company_in_the_apposition_s_complement_keeps_the_clause(en: Language) -> None:
    text = ("Korvel Holdings, the investment arm of Sallow Group, which owns 23 per cent of "
            "Brandt Foods, backed the offer.")
    assert read(en, text) == [
        ("Investment", {"investor": {"Sallow Group"}, "investee": {"Brandt Foods"}})
    ]


ENGLISH = ("Tamarind Agri", "Zephyr Mills", "Zephyr Holdings Trust")


@pytest.mark.parametrize("text", [
    "The acquisition by Tamarind Agri of Zephyr Mills was approved.",
    "Shareholders approved the acquisition by Tamarind Agri of 100 per cent of the issued "
    "shares of Zephyr Mills from Zephyr Holdings Trust.",
    # a notice's defined term for the company that calls the meeting
    "Tamarind Agri will hold a general meeting. THAT the acquisition by the Company of all "
    "the issued shares of Zephyr Mills for KSh 2.4 billion be and is hereby approved.",
])
def test_the_theme_after_the_agent_of_an_event_noun(en: Language, text: str) -> None:
    found = [(d.type, roles(d)) for d in deals_among(en, text, ENGLISH)]
    assert [(t, {k: v for k, v in r.items() if k != "seller"}) for t, r in found] == [
        ("Acquisition", {"acquirer": {"Tamarind Agri"}, "target": {"Zephyr Mills"}})
    ]


def test_an_of_after_a_common_noun_agent_stays_its_own(en: Language) -> None:
    text = "The purchase by the owners of Zephyr Mills of a new plant was approved."
    assert deals_among(en, text, ENGLISH) == []
