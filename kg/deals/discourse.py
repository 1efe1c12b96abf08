"""The discourse center a later sentence continues (centering theory: the entities of
the utterance just before, ranked subject first). A subject left unsaid or said by a
description ("En 2023 adquirió ...", "The firm already owns ...") continues the
company the sentence before is about, even when that sentence tells it in a clause
below its main one: a reported clause ("X plans more purchases, its chief told
investors"), a cleft ("No es la primera vez que X crece a golpe de compras"), a
clause of belief ("Analysts expect X to keep buying"). Only when the sentence before
has no company as the subject of any of its clauses does the reader look further
back.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.deals.context import Context
from kg.deals.syntax import is_verbal, subjects
from kg.deals.words import COMPANY_NOUNS, SUBJ_DEPS
from kg.facts import EntityRef


def embedded_subject(
    ctx: Context, sent: SpacySpan, exclude: set[EntityRef]
) -> EntityRef | None:
    """The first company named as the subject of a clause below the main one of
    ``sent`` (the main clause's own subjects are asked first, by the caller): the
    leftmost, as the reader meets it. Relative clauses are left out: their subject
    is the noun they hang on, a part of another argument ("Y, which X bought").
    None when the main clause's subject is itself a company noun ("X agreed to sell a
    stake to Y, the companies said"): that subject is the center, and what it stands
    for is resolved as descriptions are."""
    if any(s.lemma_.lower() in COMPANY_NOUNS for s in subjects(sent.root)):
        return None
    for tok in sent:
        if tok.dep_ not in SUBJ_DEPS or tok.head.i == sent.root.i:
            continue
        clause = tok.head
        if not is_verbal(clause) and clause.dep_ != "acl":
            continue
        if clause.dep_ in ("relcl", "acl:relcl") or tok.tag_ in ("WDT", "WP"):
            continue
        for ref in ctx.np_entities(tok):
            if ref.kind == "org" and ref not in exclude and ref not in ctx.reporters:
                return ref
    return None
