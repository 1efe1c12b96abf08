"""Session 46 (lead): the learned deal scorer reads no deal where the deal rules' own
screens read none.

- scorer:rules-no-deal (``kg.deal_scorer.not_a_deal``): a deal word that
  ``kg.deals.guards.denied_intent``, ``kg.deals.asserted.supposed`` or
  ``kg.deals.asserted.retracted`` reads as asserting no deal gives no candidate;
- scorer:negated: a deal word its own negation takes back (a noun object through its
  verb) gives none;
- scorer:other-stories: a sentence of a related link or a caption
  (``kg.entities.furniture.other_stories``) gives none;
- a scored deal's status is the one the rules' status rules give its trigger
  (``kg.deals.status.set_status``), not the scorer's own cue list.

Switched on, the scorer had added a deal to each of these in the project's own no-deal
tests (tests/test_s19_falsepos3.py, tests/test_s31_nodeal.py, tests/test_deals.py,
tests/test_page_furniture.py). Every sentence here is written for these tests, about
invented companies.
"""

from __future__ import annotations

import pytest

from tests.test_s46_scorer46 import doc_of, triggers

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("lang", "text", "word"), [
    # scorer:rules-no-deal: an intent denied
    ("en", "Corvane Mills has no plans to acquire Ternby Paper, its finance chief said.",
     "acquire"),
    ("es", "Papelera Ardanza no tiene intención de comprar Cartonajes Lumbier.", "comprar"),
    # scorer:rules-no-deal: a deal supposed in a conditional
    ("en", "If Corvane Mills bought Ternby Paper, it would own every mill in the valley.",
     "bought"),
    ("es", "Si Papelera Ardanza SA adquiriera Cartonajes Lumbier SL, controlaría la mitad del "
     "mercado.", "adquiriera"),
    # scorer:negated
    ("en", "Corvane Mills did not buy Ternby Paper after all.", "buy"),
    ("es", "Papelera Ardanza nunca firmó un contrato con Cartonajes Lumbier.", "contrato"),
])
def test_a_deal_the_rules_read_as_none_gives_no_candidate(lang: str, text: str,
                                                          word: str) -> None:
    doc = doc_of(text, lang)
    assert len({e.ref for e in doc._.kg_entities}) >= 2  # two parties to pair
    assert word not in triggers(doc)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Corvane Mills plans to acquire Ternby Paper, its finance chief said.", "acquire"),
    ("es", "Papelera Ardanza tiene intención de comprar Cartonajes Lumbier.", "comprar"),
    ("en", "Corvane Mills bought Ternby Paper after all.", "bought"),
    ("es", "Papelera Ardanza firmó un contrato con Cartonajes Lumbier.", "contrato"),
])
def test_the_same_deal_asserted_still_gives_candidates(lang: str, text: str,
                                                       word: str) -> None:
    assert word in triggers(doc_of(text, lang))


def test_a_related_link_gives_no_candidate() -> None:
    text = ("Corvane Mills said it hired 40 engineers at its Ternby plant.\n\n"
            "RELATED STORIES\nOstrava Paper to acquire Lindqvist Packaging for $300 million\n\n"
            "The company will open a second line next year.\n")
    doc = doc_of(text)
    assert {"Ostrava Paper", "Lindqvist Packaging"} <= {e.ref.name for e in doc._.kg_entities}
    assert "acquire" not in triggers(doc)
    # the same headline as the article's own sentence is a candidate
    own = doc_of("Ostrava Paper agreed to acquire Lindqvist Packaging for $300 million.")
    assert "acquire" in triggers(own)


# ------------------------------------------------- the status of the scorer's deals


@pytest.mark.parametrize(("lang", "text", "status"), [
    # a hedge and a deal called off: the rules' status rules, which the scorer's own
    # cue list (past tense, else announced) read as announced
    ("en", "Corvane Mills may buy Ternby Paper, people familiar with the matter said.",
     "Rumoured"),
    ("es", "Papelera Ardanza SA podría comprar Cartonajes Lumbier SL.", "Rumoured"),
    ("en", "Corvane Mills called off its purchase of Ternby Paper.", "Cancelled"),
    # and as before where both agree
    ("en", "Corvane Mills is in advanced talks to buy Ternby Paper.", "InNegotiation"),
    ("es", "Papelera Ardanza SA compró Cartonajes Lumbier SL en 2019.", "Completed"),
    ("en", "Corvane Mills will buy Ternby Paper.", "Announced"),
])
def test_a_scored_deal_takes_the_status_the_rules_give_its_trigger(
        lang: str, text: str, status: str) -> None:
    from kg.deal_scorer import _status, candidates

    doc = doc_of(text, lang)
    cand = next(c for c in candidates(doc) if c.type == "Acquisition")
    assert _status(doc[cand.trigger], cand.type, cand.roles) == status
