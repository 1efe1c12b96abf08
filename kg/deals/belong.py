"""A stake told by whom it belongs to (Spanish "pertenecer"): "el 30 % de Y pertenece
al fondo X", "Y, cuyo 30 % pertenece desde 2022 al fondo X", "Y pertenece en un 40 % a
X". The owner of a part of a company is its investor (GOLD-FORMAT: a named holder of
a stake is a completed investment); a company that belongs to another as a whole
("Y pertenece al grupo X") says who owns it, not that a deal was done, and is left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.refer import resolve_np
from kg.deals.syntax import case_of, spanish_percentage, subjects
from kg.facts import EntityRef

# The relative possessive of "Y, cuyo 30 % pertenece a X".
_WHOSE = frozenset({"cuyo", "cuya", "cuyos", "cuyas"})


def stake_belongs(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "pertenecer" states a stake only with a percentage: its subject ("el 30 % de
    Y", "cuyo 30 %") or an "en" phrase ("pertenece en un 40 % a X")."""
    if noun or ctx.lang != "es":
        return False
    return any(spanish_percentage(s) for s in subjects(tok)) or bool(_stake_in(tok))


def belonging_sides(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """The investee (the company the stake is of) and the investor (the "a" phrase)."""
    for x in _company(ctx, tok):
        m.add_role("investee", x)
    # (the parser may hang the owner on the percentage: "en un 40 % a X")
    for c in (*tok.children, *(g for p in _stake_in(tok) for g in p.children)):
        if c.dep_ in ("obj", "obl", "iobj", "nmod") and case_of(c) == "a":
            for x in ctx.np_entities(c):
                if x not in m.parties():
                    m.add_role("investor", x)
    m.holding = True
    roles = {role for role, _ in m.roles}
    if {"investor", "investee"} <= roles:
        m.rules.append("parties:stake-belongs")
        return True
    return False


def _company(ctx: Context, tok: Token) -> list[EntityRef]:
    """The company the stake is of: "el 30 % de Y"; "Y, cuyo 30 %"; "Y pertenece en un
    40 %"."""
    for s in subjects(tok):
        if not spanish_percentage(s):
            return ctx.np_entities(s) if _stake_in(tok) else []
        for prep, arg in ctx.prep_args(s):
            if prep == "de":
                return ctx.np_entities(arg) or resolve_np(ctx, arg, set())
        if any(c.lower_ in _WHOSE for c in s.children) and tok.dep_ in ("acl", "acl:relcl"):
            return ctx.np_entities(tok.head) or resolve_np(ctx, tok.head, set())
    return []


def _stake_in(tok: Token) -> list[Token]:
    """The percentage of "pertenece en un 40 % a X"."""
    return [c for c in tok.children if case_of(c) == "en" and spanish_percentage(c)]
