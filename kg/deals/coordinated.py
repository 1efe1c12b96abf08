"""A Spanish object pronoun in the second of two coordinated clauses stands for the
first clause's object: "X compró Y en 2020 y la vendió en 2024 a Z", "X separó su
negocio de puertos, Y, y un año después lo vendió a Z". The company sold or bought
again is the object of the verb it is coordinated with (``parties:clitic-in-coordination``).
So does one in a relative clause whose pronoun is its subject for the subject of the
clause the relative hangs on: "Y pertenece desde 2018 al fondo X, que la compró por 40
millones" (``parties:clitic-in-relative``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.refer import RELATIVE_PRONOUNS
from kg.deals.roles import preverbal_clitic
from kg.deals.syntax import direct_objects, is_verbal, subjects
from kg.deals.words import SUBJ_DEPS
from kg.facts import EntityRef

# The deal verbs whose object pronoun is the company changing hands.
_KINDS = frozenset({"sell", "acquire"})


def clitic_in_coordination(ctx: Context, ms: list[Mention]) -> None:
    """A sale or a purchase told by a verb with an object pronoun before it ("la
    vendió"), coordinated with an earlier verb of the sentence, and no target: the
    target is the company that verb's object names, itself or in apposition."""
    if ctx.lang != "es":
        return
    for m in ms:
        tok = ctx.doc[m.trigger]
        if m.kind not in _KINDS or tok.dep_ != "conj" or not preverbal_clitic(tok):
            continue
        if any(role == "target" for role, _ in m.roles) or tok.doc[tok.i - 1].pos_ != "PRON":
            continue
        for x in _object_named(ctx, tok.head):
            if x.kind == "org" and x not in m.parties():
                _company_sold(m)
                m.add_role("target", x)
                m.rules.append("parties:clitic-in-coordination")
                break


def clitic_in_relative(ctx: Context, ms: list[Mention]) -> None:
    """A sale or a purchase told by a verb with an object pronoun before it in a
    relative clause whose relative pronoun is its subject, and no target ("Y pertenece
    al fondo X, que la compró en 2018"): the pronoun cannot be the antecedent (that is
    the subject), so it takes up the company the clause the relative hangs on has as
    its subject."""
    if ctx.lang != "es":
        return
    for m in ms:
        tok = ctx.doc[m.trigger]
        if m.kind not in _KINDS or tok.dep_ not in ("acl", "relcl") or not preverbal_clitic(tok):
            continue
        if any(role == "target" for role, _ in m.roles) or not any(
            c.lower_ in RELATIVE_PRONOUNS and c.dep_ in SUBJ_DEPS for c in tok.children
        ):
            continue
        clause = tok.head.head
        if clause.i == tok.head.i or not is_verbal(clause):
            continue
        named = [x for s in subjects(clause) for x in ctx.np_entities(s)]
        for x in named:
            if x.kind == "org" and x not in m.parties():
                _company_sold(m)
                m.add_role("target", x)
                m.rules.append("parties:clitic-in-relative")
                break


def _company_sold(m: Mention) -> None:
    """A sale read as one of goods (no company sold was found) sells a company once its
    target is known: a takeover, whose buyer is the acquirer."""
    if m.type != "PurchaseAgreement":
        return
    m.type = "Acquisition"
    m.supply = False
    m.roles = [("acquirer" if role == "buyer" else role, x) for role, x in m.roles]


def _object_named(ctx: Context, verb: Token) -> list[EntityRef]:
    """The companies the direct object of ``verb`` names: "compró Y", "separó su
    negocio de puertos, Y"."""
    found: list[EntityRef] = []
    for obj in direct_objects(verb):
        found += ctx.np_entities(obj)
        # (the parser may hang the name on the last noun before it: "de puertos")
        found += [x for c in obj.subtree if c.dep_ == "appos" for x in ctx.np_entities(c)]
    return found
