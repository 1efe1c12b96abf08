"""English deal constructions, second inventory (tests/data/constructions/en2): the
parties a deal loses when the entity component misses them, and a status. Each rule on
sentences written for this test, run through the whole English pipeline (the parties
must be found, not given). Every company name here is invented.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal

pytestmark = pytest.mark.model


def orgs(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "org"}


def found_deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def parties(deal: Deal) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for role, ref in deal.roles:
        out.setdefault(role, set()).add(ref.name)
    return out


# -- partnering verbs ("team up with", "partner with"): their subject and partner are
#    companies (cue:deal_subject, cue:deal_object), past a descriptor noun ------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Solvik teamed up with Marrow Bank on Monday to offer loans to farmers.",
         "Solvik", "Marrow Bank"),
        ("Brisker has partnered with fintech Ulvaro to offer instant payouts to drivers.",
         "Brisker", "Ulvaro"),
    ],
)
def test_partners_of_a_partnering_verb_are_companies(
    en: Language, text: str, first: str, second: str
) -> None:
    assert {first, second} <= orgs(en, text)
    (deal,) = found_deals(en, text)
    assert deal.type == "Partnership"
    assert parties(deal)["partner"] == {first, second}


def test_a_lowercase_word_after_the_partner_is_no_name(en: Language) -> None:
    text = "Tarrant Foods has teamed up with rivals in three cities to cut costs."
    assert orgs(en, text) <= {"Tarrant Foods"}


# -- an apposition whose head noun is a descriptor, past any modifier (cue:apposition) ----


def test_apposition_headed_by_a_descriptor_past_a_hyphenated_modifier(en: Language) -> None:
    text = ("Ferncastle, the Orrin Capital-backed logistics startup, has raised $12 million "
            "from Tamsin Ventures.")
    assert "Ferncastle" in orgs(en, text)
    investees = [parties(d).get("investee", set()) for d in found_deals(en, text)]
    assert {"Ferncastle"} in investees


# -- "Having acquired Y, X ...": a perfect participle tells a deal done -------------------


def test_perfect_participle_clause_is_completed(en: Language) -> None:
    text = "Having acquired Norlund Pumps last year, Esker Industries is now looking at Asia."
    (deal,) = found_deals(en, text)
    assert deal.type == "Acquisition"
    assert deal.status == "Completed"
    assert "status:Completed<-acquire" in deal.rules


# -- a takeover told thin first (a headline), then in full with a seller: one deal --------


def test_a_fuller_telling_joins_the_thin_headline_deal(en: Language) -> None:
    text = ("Tarsk Bank buys Olmo Leasing\n\n"
            "Lender Olmo Leasing has been sold by its owner Pendle Capital to Tarsk Bank "
            "for $300 million.")
    takeovers = [d for d in found_deals(en, text) if d.type == "Acquisition"]
    assert len(takeovers) == 1, takeovers
    assert parties(takeovers[0]) == {
        "acquirer": {"Tarsk Bank"}, "target": {"Olmo Leasing"}, "seller": {"Pendle Capital"}
    }
    assert takeovers[0].status == "Completed"
