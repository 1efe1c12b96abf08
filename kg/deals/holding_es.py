"""A Spanish holder noun told with its stake before its company: "X es accionista con
un 12 % de Y", "X es socio, con el 30 %, de Y". The small parser hangs the company on
the percentage ("un 12 % de Y"), not on the holder noun; the company the stake is of is
the company the holder holds (kg.deals.roles.arguments, investor nouns).

A possessive holder noun with its holder apposed and its stake beside it ("Su
accionista minoritario, el fondo Y, con un 30 %, ya dijo que vendería") says what the
holder is, as "Y es su accionista" does, whatever verb the phrase is the subject of
(``stake_apposed``, session 37, apart13); "notificó a su accionista, Y" says no stake.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.syntax import case_of, spanish_percentage
from kg.doc import doc_lang


def company_of_stake(ctx: Context, holder: Token) -> list[tuple[str, Token]]:
    """("de", Y) for "accionista con un 12 % de Y": the "de" phrase of a percentage
    marked with "con" under a Spanish holder noun; [] otherwise."""
    if ctx.lang != "es":
        return []
    found: list[tuple[str, Token]] = []
    for c in holder.children:
        if case_of(c) != "con" or not spanish_percentage(c):
            continue
        found += [(p, a) for p, a in ctx.prep_args(c) if p == "de" and ctx.np_entities(a)]
    return found


def stake_apposed(holder: Token) -> bool:
    """Whether a Spanish holder noun has a name apposed to it (or to the noun apposed
    to it: "su accionista, el fondo Y") and a percentage marked with "con" beside it:
    "su accionista minoritario, el fondo Y, con un 30 %"."""
    if doc_lang(holder.doc) != "es":
        return False
    apposed = [c for c in holder.children if c.dep_ == "appos"]
    named = any(
        t.ent_type_ == "ORG" or t.pos_ == "PROPN"
        for a in apposed for t in (a, *(c for c in a.children if c.dep_ in ("appos", "flat")))
    )
    stake = any(
        case_of(c) == "con" and spanish_percentage(c)
        for t in (holder, *apposed) for c in t.children
    )
    return named and stake
