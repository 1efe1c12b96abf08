"""A standing holder: who owns a company, dated by a span of years or by its founding.

"Inversiones X es el accionista mayoritario de Y desde hace dos décadas", "Y has been
owned by X for decades", "X ha sido socio de Y durante años", "Y, filial de X desde su
fundación", "a subsidiary of X since its founding": a holding that began years ago, or
when the company was founded, tells who owns the company, not a change of owner nor a
stake bought (GOLD-FORMAT counts a change of owner or a purchase only). The holder
nouns ("accionista", "owner", "dueño") and verbs ("owns", "posee") that read a named
holder as a deal are read as none when so dated; a span of weeks or months ("desde
hace dos semanas") or a month with no year ("desde marzo": ``kg.deals.possession``)
still dates a recent change.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.syntax import case_of
from kg.deals.words import FOUNDING_WORDS, STANDING_SPANS

# Verbs that link a holder noun to its subject ("es el accionista", "has been the owner").
_COPULAS = frozenset({"be", "ser", "estar", "seguir", "remain"})


def standing_holder(ctx: Context, tok: Token) -> bool:
    """Whether the holding ``tok`` (a holder noun or a verb of holding) tells is dated
    as standing: on the word itself or on its copula ("has been the owner ... for
    decades"), or on a name it governs (the small Spanish model may read the last word
    of "de Viñas Curicó desde hace 20 años" as a verb and hang the date on it)."""
    heads = [tok]
    if (tok.dep_ in ("attr", "nsubj", "oprd") and tok.head.lemma_.lower() in _COPULAS) or \
            tok.dep_ == "appos":  # "X, accionista de Y desde hace 20 años, ..."
        heads.append(tok.head)
    anchors = {h.i for h in heads}
    return any(
        _standing_date(t) for h in heads for t in h.subtree
        if t.head.i in anchors or (t.head.i in ctx.tok_ent and t.head.i != t.i)
    )


def _standing_date(c: Token) -> bool:
    """ "desde hace dos décadas" (the verb "hacer" marked by "desde"), "durante años",
    "for decades", "for 30 years", "desde su fundación", "since its founding"."""
    lemma = c.lemma_.lower()
    if lemma == "hacer" and any(m.lower_ == "desde" for m in c.children):
        return any(_span(t) for t in c.subtree)
    case = case_of(c)
    if case == "durante" or (case == "desde" and c.lower_ == "hace"):
        return any(_span(t) for t in c.subtree)
    if case == "desde":
        return lemma in FOUNDING_WORDS or c.lower_ in FOUNDING_WORDS
    if c.dep_ == "prep" and c.lower_ in ("for", "since"):
        words = STANDING_SPANS if c.lower_ == "for" else FOUNDING_WORDS
        return any(p.dep_ == "pobj" and (p.lower_ in words or p.lemma_.lower() in words)
                   for p in c.children)
    return False


def _span(t: Token) -> bool:
    return t.lower_ in STANDING_SPANS or t.lemma_.lower() in STANDING_SPANS
