"""The discourse center a later sentence continues (centering theory: the entities of
the utterance just before, ranked subject first). A subject left unsaid or said by a
description ("En 2023 adquirió ...", "The firm already owns ...") continues the
company the sentence before is about, even when that sentence tells it in a clause
below its main one: a reported clause ("X plans more purchases, its chief told
investors"), a cleft ("No es la primera vez que X crece a golpe de compras"), a
clause of belief ("Analysts expect that X will keep buying"). Only when the sentence
before has no company as the subject of any of its clauses does the reader look
further back.

With no company as the subject of any clause, the company that owns the main subject
or the main clause's predicate noun is the center: "Kestrel's shares rose 5%", "Los
títulos de La Sabana cerraron al alza", "No es el primer intento de Almenara de
crecer por esta vía" (a possessor of the subject ranks next to the subject). A
company after another preposition ("analysts at X") is not its owner.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.syntax import is_verbal, subjects
from kg.deals.words import COMPANY_NOUNS, RELATIVE_POSSESSIVES, SUBJ_DEPS
from kg.facts import EntityRef

_QUOTES = frozenset({'"', "“", "”", "«", "»", "``", "''"})
# Conjunctions of a condition or an alternative: what such a clause tells may not be.
_IRREALIS = frozenset({"if", "unless", "whether", "si"})


def embedded_subject(
    ctx: Context, sent: SpacySpan, exclude: set[EntityRef]
) -> EntityRef | None:
    """The first company named as the subject of a clause below the main one of
    ``sent`` (the main clause's own subjects are asked first, by the caller): the
    leftmost, as the reader meets it. Only a subject in the topic position, before
    its verb (one after it is new information, or an object the parser took for a
    subject), named by its own name (not "X's stock"); never one of a relative
    clause (it stands for the noun the clause hangs on), of a condition ("if X
    bids"), or of words quoted (a speaker's, not the story's). None when the main
    clause's subject is itself a company noun ("X agreed to sell a stake to Y, the
    companies said"): that subject is the center, resolved as descriptions are."""
    if any(s.lemma_.lower() in COMPANY_NOUNS for s in subjects(sent.root)):
        return None
    for tok in sent:
        if not _topical_subject(tok, sent) or quoted(tok, sent):
            continue
        for ref in ctx.np_entities(tok):
            if ref.kind == "org" and ref not in exclude and ref not in ctx.reporters:
                return ref
    return None


def _topical_subject(tok: Token, sent: SpacySpan) -> bool:
    clause = tok.head
    if tok.dep_ not in SUBJ_DEPS or clause.i == sent.root.i or tok.i > clause.i:
        return False
    if tok.pos_ != "PROPN" or tok.tag_ in ("WDT", "WP"):
        return False
    if not is_verbal(clause) and clause.dep_ != "acl":
        return False
    if clause.dep_ in ("relcl", "acl:relcl"):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in _IRREALIS for c in clause.children)


def quoted(tok: Token, sent: SpacySpan) -> bool:
    """Inside quotation marks: an odd number of them before it in its sentence."""
    return sum(1 for t in sent[: tok.i - sent.start] if t.text in _QUOTES) % 2 == 1


_OWNER_PREPS = frozenset({"of", "de"})


def subject_owner(ctx: Context, sent: SpacySpan, exclude: set[EntityRef]) -> EntityRef | None:
    """The company that owns the main subject of ``sent`` ("X's shares", "las acciones
    de X") or, in a copular sentence, its predicate noun ("No es la primera compra
    de X"); the caller asks it only when no clause of ``sent`` has a company subject."""
    root = sent.root
    heads = list(subjects(root))
    if root.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "cop" for c in root.children):
        heads.append(root)
    for head in heads:
        owners = [c for c in head.children if c.dep_ == "poss"]
        owners += [arg for prep, arg in ctx.prep_args(head) if prep in _OWNER_PREPS]
        for owner in owners:
            if quoted(owner, sent):
                continue
            for ref in ctx.np_entities(owner):
                if ref.kind == "org" and ref not in exclude and ref not in ctx.reporters:
                    return ref
    return None


# The words that open a relative clause ("which", "que", "la cual", "whose").
_RELATIVE_OPENERS = RELATIVE_POSSESSIVES | frozenset({
    "which", "who", "whom", "que", "quien", "quienes", "cual", "cuales"})


def non_restrictive(dep: Token) -> bool:
    """ "a 20% stake in the brewery, which posted a loss in March", "el 20 % de
    la conservera, que facturó 40 millones": a relative clause set off by a comma says
    something more of a referent the noun has already picked out (a non-restrictive
    relative, refer:non-restrictive-relative); it does not single out another one, as
    a restrictive clause does ("the brewery that Y opened": one among others), so the
    noun is still the bare description of a company told before. The clause's comma,
    a child of the noun, goes with it. Only a clause that closes its sentence: where
    the sentence goes on after it ("la venta del negocio de la cadena, que cerró en
    marzo, a Y") the reader cannot tell where the clause ends, and the noun is left
    as it was (session 37, apart13)."""
    if dep.dep_ == "punct" and dep.text == ",":
        return any(non_restrictive(c) for c in dep.head.children
                   if c.i == dep.i + 1 or c.left_edge.i == dep.i + 1)
    if dep.dep_ not in ("relcl", "acl:relcl", "acl") or dep.i < dep.head.i:
        return False
    start = dep.left_edge.i
    doc = dep.doc
    comma = doc[start].text == ","  # (the parser may hang the comma on the clause)
    if comma:
        start += 1
    opens = any(t.lower_ in _RELATIVE_OPENERS for t in doc[start : min(start + 3, dep.i + 1)])
    after = doc[dep.right_edge.i + 1 : dep.sent.end]
    closes = all(t.is_space or t.is_punct and t.text not in (",", ";", ":") for t in after)
    return opens and closes and (comma or start > 0 and doc[start - 1].text == ",")
