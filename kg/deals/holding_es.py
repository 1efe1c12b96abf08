"""A Spanish holder noun told with its stake before its company: "X es accionista con
un 12 % de Y", "X es socio, con el 30 %, de Y". The small parser hangs the company on
the percentage ("un 12 % de Y"), not on the holder noun; the company the stake is of is
the company the holder holds (kg.deals.roles.arguments, investor nouns).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.syntax import case_of, spanish_percentage


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
