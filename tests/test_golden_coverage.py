"""The golden cases lock every rule (issue 14): each frame of ``kg.deals.frames.FRAMES``
and each status rule of ``kg.deals.status.STATUS_RULES`` decides at least one deal of
``tests/data/golden``. A new frame or status rule needs a golden case of its own."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from golden import GOLDEN, case_names

import kg.deals.status as status
from kg.deals.frames import FRAMES
from kg.extract import article_doc
from kg.ingest import read_articles
from kg.nlp import Pipelines

pytestmark = pytest.mark.model

FRAME_RULE = re.compile(r"frame:([a-z_-]+?)(?:_[vn])?\(")


@pytest.fixture(scope="module")
def fired() -> Iterator[tuple[Counter[str], Counter[str]]]:
    """(frames, status rules) that decided the golden cases' deals."""
    decided: Counter[str] = Counter()
    original = status.STATUS_RULES

    def counted(rule: status.StatusRule) -> status.StatusRule:
        def decide(cue: status.Cue) -> status.Verdict | None:
            verdict = rule.decide(cue)
            if verdict is not None:
                decided[rule.name] += 1
            return verdict

        return status.StatusRule(rule.name, rule.on, decide, rule.lemmas)

    status.STATUS_RULES = tuple(counted(rule) for rule in original)
    try:
        frames: Counter[str] = Counter()
        pipelines = Pipelines()
        for case in case_names():
            (article,) = read_articles([GOLDEN / case / "input.txt"])
            nlp = pipelines.get(article.lang)
            for deal in nlp(article_doc(nlp, article))._.kg_deals or []:
                frames.update(m.group(1) for r in deal.rules if (m := FRAME_RULE.match(r)))
        yield frames, decided
    finally:
        status.STATUS_RULES = original


def test_every_frame_makes_a_golden_deal(fired: tuple[Counter[str], Counter[str]]) -> None:
    frames, _ = fired
    assert sorted(set(FRAMES) - set(frames)) == []


def test_every_status_rule_decides_a_golden_deal(
    fired: tuple[Counter[str], Counter[str]],
) -> None:
    _, decided = fired
    assert sorted(r.name for r in status.STATUS_RULES if r.name not in decided) == []
