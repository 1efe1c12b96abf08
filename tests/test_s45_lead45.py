"""Session 45, lead: a deal noun a verb of denial takes as its object is no completed
deal (status:deal-denied in kg.deals.status).

Before it, the past tense of the denying verb ("denied", "desmintió") was read as the
deal's completion. Sentences written for these tests.
"""

from __future__ import annotations

from functools import cache

import pytest

from kg.nlp import Pipelines

pytestmark = pytest.mark.model


@cache
def pipelines() -> Pipelines:
    return Pipelines()


def statuses(text: str, lang: str) -> list[tuple[str, str]]:
    doc = pipelines().get(lang)(text)
    return [(d.type, d.status) for d in doc._.kg_deals or ()]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Norvale Systems denied the merger with Brightwater Foods.", ("Merger", "Rumoured")),
    ("es", "Grupo Alcesa desmintió la compra de Conservas Brisamar.",
     ("Acquisition", "Rumoured")),
    ("en", "Brightwater Foods dismissed the bid from Norvale Systems.",
     ("Acquisition", "Cancelled")),
    ("en", "The regulator denied the merger of Norvale Systems and Brightwater Foods.",
     ("Merger", "Cancelled")),
])
def test_a_deal_denied_as_an_object_is_not_completed(
        lang: str, text: str, expected: tuple[str, str]) -> None:
    assert statuses(text, lang) == [expected]


@pytest.mark.parametrize(("lang", "text", "status"), [
    # a negated denial says nothing against the deal
    ("en", "Norvale Systems did not deny the purchase of Brightwater Foods.", "Announced"),
    # a word of completion still tells a completion
    ("en", "Norvale Systems completed the purchase of Brightwater Foods on Monday.",
     "Completed"),
    # a regulator's refusal stays a refusal
    ("es", "La comisión denegó la fusión de Grupo Alcesa y Conservas Brisamar.", "Cancelled"),
])
def test_other_governing_verbs_keep_their_reading(lang: str, text: str, status: str) -> None:
    assert [s for _, s in statuses(text, lang)] == [status]
