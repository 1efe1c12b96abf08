"""A company named as another's unit ("Halden Flow, a unit of Halden Group", "Velia
Carga, filial de Grupo Velia"): the pairs the article states, so that merging can take
a purchase told once by the unit and once by its parent ("Halden Group buys Y" over
"Halden Flow, a unit of Halden Group, has acquired Y") as one deal
(``kg.deals.merge``, ``merge:unit-of-buyer``).

The apposition is read from the words, not the parse (the parser often hangs "filial"
or "unit" on the verb): a name, a comma, an optional article and up to three words,
a noun of ``subsidiary_nouns`` (and its adjectives after it, in Spanish), "of" / "de" /
"del", an optional article, and the parent's name. Only each name's mentions are
looked at, never every token.
"""

from __future__ import annotations

from kg.deals.context import Context
from kg.facts import EntityRef
from kg.lexicon import LEXICON

SUBSIDIARY_NOUNS = LEXICON.words("subsidiary_nouns")

_OF = frozenset({"of", "de", "del"})
_ARTICLES = frozenset({"a", "an", "the", "its", "un", "una", "el", "la", "su"})
# Words that may stand between the article and the unit noun ("the life sciences
# subsidiary", "la filial logística"): no verb, no punctuation, no name.
_MODIFIER_POS = frozenset({"ADJ", "NOUN"})
_MAX_MODIFIERS = 3


def units_of(ctx: Context) -> dict[EntityRef, EntityRef]:
    """Each organisation named as a unit of another in apposition, with its parent."""
    doc = ctx.doc
    units: dict[EntityRef, EntityRef] = {}
    for start, ref in ctx.mention_starts:
        if ref.kind != "org":
            continue
        end = start
        while ctx.tok_ent.get(end) == ref:
            end += 1
        if end >= len(doc) or doc[end].text != ",":
            continue
        parent = _parent_after(ctx, end + 1, ref)
        if parent is not None:
            units.setdefault(ref, parent)
    return units


def _parent_after(ctx: Context, i: int, unit: EntityRef) -> EntityRef | None:
    doc = ctx.doc
    if i < len(doc) and doc[i].lower_ in _ARTICLES:
        i += 1
    for _ in range(_MAX_MODIFIERS + 1):
        if i >= len(doc) or i in ctx.tok_ent:
            return None
        tok = doc[i]
        if tok.lower_ in SUBSIDIARY_NOUNS:
            break
        if tok.pos_ not in _MODIFIER_POS:
            return None
        i += 1
    else:
        return None
    i += 1
    # (Spanish adjectives follow the noun: "la filial vinícola de Y")
    for _ in range(_MAX_MODIFIERS):
        if i < len(doc) and doc[i].pos_ == "ADJ" and i not in ctx.tok_ent:
            i += 1
    if i >= len(doc) or doc[i].lower_ not in _OF:
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ in _ARTICLES and i not in ctx.tok_ent:
        i += 1
    parent = ctx.tok_ent.get(i)
    if parent is None or parent == unit or parent.kind != "org":
        return None
    return parent
