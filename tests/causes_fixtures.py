"""Pieces shared by the tests of ``bench/deal_causes.py``: gold deals written as their
parties' names, and an article of the test's own run through kg's pipelines as the
counting script runs it (``train.deal_scorer.process``)."""

from __future__ import annotations

from collections.abc import Callable

from kg.facts import Article, Entity
from kg.nlp import Pipelines
from train.deal_scorer import Document, GoldDeal, process


def named(name: str) -> Callable[[Entity], bool]:
    return lambda entity: entity.name == name


def gold(*deals: tuple[tuple[str, str], ...]) -> list[GoldDeal]:
    """Gold deals, each given as (role, name) pairs."""
    return [GoldDeal([(role, named(name)) for role, name in roles]) for roles in deals]


def processed(article_id: str, text: str, lang: str = "en") -> Document:
    """One article read as ``deal_causes`` reads it (no gold deals attached)."""
    (doc,) = process([(Article(id=article_id, text=text, lang=lang), [])], Pipelines())
    return doc
