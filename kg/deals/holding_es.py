"""A Spanish holder noun told with its stake before its company: "X es accionista con
un 12 % de Y", "X es socio, con el 30 %, de Y". The small parser hangs the company on
the percentage ("un 12 % de Y"), not on the holder noun; the company the stake is of is
the company the holder holds (kg.deals.roles.arguments, investor nouns).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.syntax import case_of


def company_of_stake(ctx: Context, holder: Token) -> list[tuple[str, Token]]:
    """("de", Y) for "accionista con un 12 % de Y": the "de" phrase of a percentage
    marked with "con" under a Spanish holder noun; [] otherwise."""
    if ctx.doc.lang_ != "es":
        return []
    found: list[tuple[str, Token]] = []
    for c in holder.children:
        if case_of(c) != "con" or not _is_percentage(c):
            continue
        found += [(p, a) for p, a in ctx.prep_args(c) if p == "de" and ctx.np_entities(a)]
    return found


def _is_percentage(tok: Token) -> bool:
    """ "12%", "el 12 %", "un 12 por ciento": a share counted in percent."""
    return tok.text.endswith("%") or (
        tok.like_num and any(c.text == "%" or c.lower_ == "ciento" for c in tok.children)
    )
