"""English contract awards the parse leaves half told (session 16, helper endeals).

kg.deals.frames._awarded_to reads "Y awarded X a contract": the awarder buys, the
dative sells. Two English shapes of the same frame name the winner elsewhere:

- "Y has awarded a $90 million contract to X": the parser hangs "to X" on the
  contract rather than on the verb;
- "shares of X rose after Y awarded it a contract": the winner is a pronoun, which
  stands for the company the sentence is about (kg.deals.refer.resolve_np).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.refer import resolve_np
from kg.facts import EntityRef

# Personal pronouns that can stand for the company a contract is awarded to.
_WINNER_PRONOUNS = frozenset({"it", "them"})


def contract_winners(ctx: Context, verb: Token, contract: Token) -> list[EntityRef]:
    """The company an English awarding verb gives its contract to, when the parse
    does not make it the verb's named dative: "awarded a contract to X" ("to X" on
    the contract), "awarded it a contract" (a pronoun dative, resolved)."""
    named = [
        x for prep, arg in ctx.prep_args(contract) if prep == "to"
        for x in ctx.np_entities(arg) if x.kind == "org"
    ]
    if named:
        return named
    subjects = {x for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                for x in ctx.np_entities(c)}
    return [
        x for c in verb.children
        if c.dep_ in ("dative", "iobj") and c.pos_ == "PRON" and c.lower_ in _WINNER_PRONOUNS
        for x in resolve_np(ctx, c, subjects) if x.kind == "org" and x not in subjects
    ]


def goods_conjunct(verb: Token) -> list[Token]:
    """ "a contract to supply and install pumps", "to supply and maintain cranes": two
    verbs sharing one object leave the first with none (the parser hangs the object on
    the second verb, or makes it a noun conjoined to the first); those are its goods."""
    if verb.pos_ != "VERB" or verb.lang_ != "en":
        return []
    conjuncts = [c for c in verb.children if c.dep_ == "conj"]
    return [c for c in conjuncts if c.pos_ == "NOUN"] + [
        o for c in conjuncts if c.pos_ == "VERB" for o in c.children if o.dep_ == "dobj"
    ]


# Relative pronouns of a clause that tells an agreement's terms ("under which X will
# pay $90 million", "by which Y would receive ...").
_TERMS_PREPS = frozenset({"under", "by"})


def price_clause(ctx: Context, agreement: Token, inner: Token) -> bool:
    """ "their agreement, under which X would have paid $155m": a paying verb in a
    relative clause of the terms of an agreement pays the agreement's price, and buys
    nothing of its own; the agreement is the deal (English)."""
    if agreement.lang_ != "en" or not ctx.by_token.get(inner.i, "").startswith("pay_v"):
        return False
    if inner.dep_ != "relcl" or inner.head.i != agreement.i:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in _TERMS_PREPS
        and any(g.lower_ in ("which", "whom") for g in c.children)
        for c in inner.children
    ) and not any(prep == "for" for prep, _ in ctx.prep_args(inner))
