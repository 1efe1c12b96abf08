"""A whole company bought with no company named: "firmó la compra del 100 % del
paquete accionario a Y", "compró la totalidad del capital". In Spanish news of a
buyout (by managers, a family, a fund) the company is the one the article is about,
told in the sentences before; the buyer and the seller are named, the company is not.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.syntax import direct_objects
from kg.deals.tacit import settled_topic
from kg.deals.words import WHOLE_WORDS

# The nouns of a company's whole equity ("el 100 % del capital", "de las acciones",
# "del paquete accionario").
_EQUITY = frozenset({"capital", "acciones", "accionariado", "paquete"})


def whole_of_topic(ctx: Context, m: Mention, tok: Token) -> None:
    """The target of a Spanish acquisition of the whole equity of no company named, told
    with its buyer or its seller: the settled discourse topic (named twice before, or
    the subject of the sentence before; ``parties:whole-of-topic``)."""
    roles = {role for role, _ in m.roles}
    if ctx.lang != "es" or m.type != "Acquisition" or "target" in roles or not roles:
        return
    if not any(_whole_equity(ctx, t) for t in _bought_things(ctx, tok)):
        return
    topic = settled_topic(ctx, tok, m.parties())
    if topic is not None:
        m.add_role("target", topic)
        m.rules.append("parties:whole-of-topic")


def _bought_things(ctx: Context, tok: Token) -> list[Token]:
    """What a buying noun or verb takes: "la compra del 100 %", "compró el 100 %"."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return [a for p, a in ctx.prep_args(tok) if p == "de"]
    return list(direct_objects(tok))


def _whole_equity(ctx: Context, part: Token) -> bool:
    """ "el 100 % del capital", "la totalidad de las acciones", "el 100 % del paquete
    accionario", with no company named in it."""
    whole = part.lemma_.lower() in WHOLE_WORDS or part.text.rstrip("%") in WHOLE_WORDS or any(
        c.text.rstrip("%") in WHOLE_WORDS for c in part.children if c.like_num
    )
    if not whole or ctx.nested_entities(part):
        return False
    return any(
        p == "de" and (a.lemma_.lower() in _EQUITY or a.lower_ in _EQUITY)
        and (a.lemma_.lower() != "paquete" or any(c.lower_ == "accionario" for c in a.children))
        for p, a in ctx.prep_args(part)
    )

