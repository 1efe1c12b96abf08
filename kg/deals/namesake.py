"""A Spanish definite description whose noun is the first word of a company's name
means that company: "la panificadora" after "Panificadora Huancaína", "la cementera"
after "Cementera del Sur", "el ingenio" after "Ingenio Santa Rita".

Many Spanish company names begin with the common noun of their trade (a bakery,
"Panificadora X"; a textile mill, "Textiles Y"); a later definite description with
that noun is the writer's short name for it. Only one company so named before may
be meant: with two ("Banco A", "Banco B"), "el banco" is left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.syntax import feat, is_definite
from kg.facts import EntityRef


def namesake_before(ctx: Context, tok: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """The one organisation named before ``tok`` whose name begins with ``tok``'s noun
    ("la panificadora juanina" → Panificadora Huancaína); None when there is none or
    more than one, or when ``tok`` is no definite singular common noun."""
    if (
        ctx.doc.lang_ != "es" or tok.pos_ != "NOUN" or not tok.is_lower
        or tok.i in ctx.tok_ent or "Plur" in feat(tok, "Number") or not is_definite(tok)
    ):
        return None
    word = tok.lower_
    found = {
        ref for start, ref in ctx.mention_starts
        if start < tok.i and ref.kind == "org" and ref not in ctx.reporters
        and _first_word(ref.name) == word
    }
    if len(found) != 1:
        return None
    (ref,) = found
    return None if ref in exclude else ref


def _first_word(name: str) -> str:
    """The first word of a name, in lower case ("Panificadora Huancaína" → "panificadora")."""
    words = name.split()
    return words[0].lower() if words else ""
