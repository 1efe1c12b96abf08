"""Session 29, robust-en (issue #13): English deal sentences that survive news-style
distortions (the inventory tests/data/constructions/robust_en, whose README says how
it was written).

- A deal told as announced only in what unnamed sources say is a rumour: "X is set to
  buy Y, people familiar with the matter said", "according to people close to the
  talks" (kg.deals.attach.rumoured_by_sources); talks stay talks, a deal the parties
  themselves announce stays announced.
- Spanish trade words that close or open a Latin-American company's name in English
  news: "Mixco Pagos", "Tecnologías Ribereñas" (lexicon/entities.toml).
- "picked up a contract from Y", the phrasal verb of getting, as "won a contract"
  (lexicon/deals.toml receive_verbs).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import names


def statuses(nlp: Language, text: str) -> list[str]:
    return [d.status for d in nlp(text)._.kg_deals]


def deal_roles(nlp: Language, text: str) -> list[dict[str, str]]:
    return [{r: x.name for r, x in d.roles} for d in nlp(text)._.kg_deals]


# -- unnamed sources ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Corvane Foods is set to buy Lintwater Dairy for $80 million, people familiar with "
        "the matter said.",
        "Corvane Foods plans a bid for Lintwater Dairy, according to people close to the "
        "talks.",
        "Corvane Foods will buy Lintwater Dairy, two sources told the newspaper.",
    ],
)
def test_a_deal_announced_only_by_unnamed_sources_is_a_rumour(en: Language, text: str) -> None:
    assert statuses(en, text) == ["Rumoured"]


def test_a_deal_announced_only_by_unnamed_sources_is_a_rumour_in_spanish(es: Language) -> None:
    text = "Grupo Orvane lanzará una OPA sobre Lácteos Brina, según fuentes del mercado."
    assert statuses(es, text) == ["Rumoured"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the parties' own word
        ("Corvane Foods agreed to buy Lintwater Dairy for $80 million, the companies said.",
         "Announced"),
        # talks reported stay talks
        ("Corvane Foods is in talks to buy Lintwater Dairy, people familiar with the matter "
         "said.", "InNegotiation"),
    ],
)
def test_a_deal_the_parties_announce_or_talks_keep_their_status(
        en: Language, text: str, status: str) -> None:
    assert statuses(en, text) == [status]


# -- Spanish trade words in Latin-American names -----------------------------------------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Harlan Capital took a 15% stake in Mixco Pagos, which processes card payments for "
         "small shops, for $30 million.", "Mixco Pagos"),
        ("Harlan Capital took a 15% stake in Sacapulas Pagos, which processes card payments "
         "for small shops, for $30 million.", "Sacapulas Pagos"),
        ("Fenwick Ventures led the $8 million round of Tecnologías Ribereñas.",
         "Tecnologías Ribereñas"),
    ],
)
def test_spanish_trade_words_make_a_company_name_in_english_news(
        en: Language, text: str, company: str) -> None:
    assert company in names(en, text)
    assert company not in names(en, text, "person")


def test_a_spanish_trade_word_alone_names_no_company(en: Language) -> None:
    text = "Fenwick Ventures said online pagos and tecnologías were popular words in Lima."
    assert names(en, text) == {"Fenwick Ventures"}


# -- "picked up a contract" --------------------------------------------------------------


def test_picking_up_a_contract_is_winning_it(en: Language) -> None:
    text = ("Brannock Systems picked up a £40 million contract from Tarrow Council to "
            "maintain its bridges.")
    assert deal_roles(en, text) == [{"buyer": "Tarrow Council", "seller": "Brannock Systems"}]


def test_picking_up_skills_is_no_contract(en: Language) -> None:
    text = "Brannock Systems staff picked up the award at a dinner hosted by Tarrow Council."
    assert deal_roles(en, text) == []
