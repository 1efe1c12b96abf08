"""A standing holder: who owns a company, dated by a decade or more or by its founding.

"Inversiones X es el accionista mayoritario de Y desde hace dos décadas", "X has been
the largest shareholder of Y for decades", "X, accionista de Y desde hace 20 años",
"a shareholder in Y since its founding": a holder noun ("accionista", "shareholder",
"owner", "dueño") whose holding began a decade or more ago, or when the company was
founded, tells who owns the company, not a change of owner nor a stake bought
(GOLD-FORMAT counts a change of owner or a purchase only), and reads no deal. A shorter
span ("desde hace dos semanas") or a month with no year ("desde marzo":
``kg.deals.possession``) still dates a change. A stake told by a verb of holding ("X
posee el 30 % de Y desde hace una década") stays an investment, as the held-out gold
counts a named holder's stake.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.syntax import case_of
from kg.deals.words import FOUNDING_WORDS, STANDING_SPANS, YEAR_WORDS
from kg.doc import doc_lang
from kg.money import parse_number

# Verbs that link a holder noun to its subject ("es el accionista", "has been the owner").
_COPULAS = frozenset({"be", "ser", "estar", "seguir", "remain"})


def standing_holder(ctx: Context, tok: Token) -> bool:
    """Whether the holding the holder noun ``tok`` tells is dated
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
        return any(
            p.dep_ == "pobj" and (
                _span(p) if c.lower_ == "for"
                else p.lower_ in FOUNDING_WORDS or p.lemma_.lower() in FOUNDING_WORDS
            ) for p in c.children
        )
    return False


def _span(t: Token) -> bool:
    """A span of decades or more: "dos décadas", "generaciones", "20 años" (years only
    counted ten or more: "desde hace dos años" dates a stake still news)."""
    if t.lower_ in STANDING_SPANS or t.lemma_.lower() in STANDING_SPANS:
        return True
    if t.lower_ not in YEAR_WORDS and t.lemma_.lower() not in YEAR_WORDS:
        return False
    counts = [c for c in t.children if c.dep_ == "nummod" and c.like_num]
    return any((parse_number(c.text, doc_lang(t.doc)) or 0) >= 10 for c in counts)
