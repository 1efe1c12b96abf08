"""A sale of assets, not of a company: who sells and who buys what no name stands for.

- "the sale of ten aircraft to Y", "la venta de una cartera de parques eólicos al fondo
  Y", "ha vendido una cartera de proyectos al fondo Y": a sale whose object is goods (a
  common noun naming no company, stake or unit) is a purchase agreement between its
  seller and the one it is sold to, as "X sold ten jets to Y" is; a business's assets
  (``asset_nouns``: a portfolio, a plant) are an acquisition from their seller. The
  parser often hangs the "a" / "to" phrase low, inside the assets' own phrase ("una
  cartera de parques eólicos al fondo Y"); there, past the assets, it is the sale's
  (``goods_sold``, parties:goods-sold).
- "la venta de una participación del 49 % en una cartera de plantas solares al fondo
  Y": a stake in assets, not in a company, is bought by its buyer as an investment
  whose seller is the one who sells it; no company is the investee.
- "agreed to supply battery packs worth $80 million to Y": the one goods are supplied
  to, hung by the parser on their value or inside their phrase, buys them
  (``supplied_to``, parties:supplied-to).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.refer import governing_subject
from kg.deals.syntax import case_of, in_adjunct, is_definite, is_verbal
from kg.deals.words import (
    ASSET_NOUNS,
    COMPANY_NOUNS,
    DESCRIPTORS,
    OBJ_DEPS,
    STAKE_NOUNS,
    UNIT_NOUNS,
)
from kg.facts import EntityRef

# The prepositions that name who a thing is sold to, and bought from.
_TO = ("a", "al", "to")
_FROM = ("a", "al", "from")


def goods_sold(ctx: Context, m: Mention, tok: Token) -> None:
    """A sale (verb or noun) of assets that names no company: the one it is sold to,
    wherever the parser hung the "a" / "to" phrase inside the assets' phrase, buys; the
    seller is the clause's subject. Only when nothing named is sold and both sides are
    named (a stake in no company: an investment with a seller and no investee)."""
    roles = {role for role, _ in m.roles}
    if roles & {"target", "investee", "buyer", "investor"}:
        return
    assets = _sold_assets(ctx, tok)
    if assets is None or ctx.nested_entities(assets):
        return
    buyers = [
        x for x in _sold_to(ctx, tok, assets)
        if x not in m.parties() and x.kind == "org"
    ]
    buyers += [x for role, x in m.roles if role == "acquirer" and x not in buyers]
    sellers = [x for role, x in m.roles if role == "seller"]
    if not sellers and not in_adjunct(tok):
        sellers = governing_subject(ctx, tok, set(buyers))
        if _sold_participle(tok):
            # what a company has sold, "including five hotels sold to Y": a company's
            # (the parser may hang the list on a clause about a person)
            sellers = [x for x in sellers if x.kind == "org"]
    if not buyers or not sellers:
        return
    stake = assets.lemma_.lower() in STAKE_NOUNS or assets.lower_ in STAKE_NOUNS
    # a business's assets ("una cartera de parques eólicos") are bought as a unit is:
    # an acquisition from their seller (GOLD-FORMAT's buying a part of a company)
    asset = assets.lemma_.lower() in ASSET_NOUNS
    m.type = "Investment" if stake else "Acquisition" if asset else "PurchaseAgreement"
    buyer_role = "investor" if stake else "acquirer" if asset else "buyer"
    m.roles = [(role, x) for role, x in m.roles if role not in ("acquirer", "seller")]
    for x in sellers:
        m.add_role("seller", x)
    for x in buyers:
        m.add_role(buyer_role, x)
    m.rules.append("parties:goods-sold")


# Possessive determiners of the seller's own unit ("its", "su filial").
_OWN = frozenset({"its", "their", "su", "sus"})


def named_unit_sold(ctx: Context, m: Mention, tok: Token) -> None:
    """ "the sale of its freight business, Y Ltd, to Z", "la venta de su filial de
    transporte, Y, a Z", "la venta de su fábrica, Y, a Z": the seller's own unit (or an
    asset it trades from, or a business told by its descriptor: "su quesería"),
    described with a possessive and named in apposition between commas, is the target,
    the one it goes to the acquirer. The
    parser rarely keeps this apposition whole (it hangs the name on the verb, or makes
    it a subject), so it is read by word order (parties:named-unit-sold)."""
    if any(role in ("target", "investee") for role, _ in m.roles):
        return
    sent, doc = ctx.sents[m.sent], tok.doc
    j = tok.i + 1 + (tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in ("of", "de"))
    if j >= sent.end or doc[j].lower_ not in _OWN:
        return
    comma = next((k for k in range(j + 1, min(j + 8, sent.end)) if doc[k].text == ","), None)
    if comma is None or any(k in ctx.tok_ent for k in range(j + 1, comma)) or not any(
        _names_a_business(t) for t in doc[j + 1 : comma]
    ):
        return
    unit = ctx.tok_ent.get(comma + 1)
    end = comma + 1
    while end < sent.end and unit is not None and ctx.tok_ent.get(end) == unit:
        end += 1
    end += end < sent.end and doc[end].text == ","
    if unit is None or end >= sent.end or doc[end].lower_ not in _TO:
        return
    buyer = _next_name(ctx, end + 1, sent.end)
    if buyer is None or buyer == unit or any(
        role == "acquirer" and x != buyer for role, x in m.roles
    ):
        return
    m.roles = [(role, x) for role, x in m.roles if x not in (unit, buyer)]
    m.add_role("target", unit)
    m.add_role("acquirer", buyer)
    if not any(role == "seller" for role, _ in m.roles) and not in_adjunct(tok):
        for x in governing_subject(ctx, tok, {unit, buyer}):
            m.add_role("seller", x)
    m.type = "Acquisition"
    m.rules.append("parties:named-unit-sold")


def _names_a_business(tok: Token) -> bool:
    """A unit, an asset a business trades from, or a company's descriptor ("its freight
    business", "su fábrica", "su quesería"): what a name in apposition can name."""
    lemma = tok.lemma_.lower()
    return any(w in words for w in (lemma, tok.lower_)
               for words in (UNIT_NOUNS, ASSET_NOUNS, DESCRIPTORS))


def _next_name(ctx: Context, start: int, end: int) -> EntityRef | None:
    """The entity named first from ``start``, after at most a few words that describe
    it ("a la eléctrica Y", "to Denver-based maker Y"), no other punctuation between."""
    for k in range(start, min(start + 6, end)):
        if k in ctx.tok_ent:
            return ctx.tok_ent[k]
        if ctx.doc[k].is_punct and ctx.doc[k].text != "-":
            return None
    return None


def _sold_assets(ctx: Context, tok: Token) -> Token | None:
    """What a sale sells when it is no company: the "of" / "de" object of the noun, the
    direct object of the verb; a stake only when it is in no company ("una
    participación en una cartera")."""
    if _sold_participle(tok):
        # "including five hotels sold to Y in May": the participle describes what is sold
        objs = [tok.head]
    elif is_verbal(tok):
        objs = [c for c in tok.children if c.dep_ in OBJ_DEPS]
    else:
        # "a sale-and-leaseback of ten jets": the goods hang on the last noun coordinated
        nouns = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
        objs = [arg for n in nouns for prep, arg in ctx.prep_args(n) if prep in ("de", "of")]
    if len(objs) != 1:
        return None
    obj = objs[0]
    lemma = obj.lemma_.lower()
    if obj.pos_ != "NOUN" or obj.i in ctx.tok_ent or obj.i in ctx.tok_amount:
        return None
    if lemma in STAKE_NOUNS or obj.lower_ in STAKE_NOUNS:
        held_in = [arg for prep, arg in ctx.prep_args(obj) if prep in ("en", "in")]
        if not held_in or any(_names_company(ctx, h) for h in held_in):
            return None
        return obj
    if obj.i in ctx.by_token or lemma in UNIT_NOUNS | COMPANY_NOUNS or is_definite(obj):
        return None  # a unit or a company told before ("la filial", "the business")
    return obj


def _sold_participle(tok: Token) -> bool:
    """ "five hotels sold to Y": an English participle of selling on the noun of what
    is sold."""
    return tok.dep_ in ("acl", "amod") and tok.lower_ == "sold"


def _names_company(ctx: Context, tok: Token) -> bool:
    """Whether a phrase names a company or stands for one ("Y", "la empresa")."""
    return bool(ctx.np_entities(tok)) or tok.lemma_.lower() in UNIT_NOUNS | COMPANY_NOUNS


def _sold_to(ctx: Context, tok: Token, assets: Token) -> list[EntityRef]:
    """The named ones a sale is made to: "a" / "to" on the trigger, or hung low inside
    the assets' phrase, from the assets on."""
    heads = [tok, *(t for t in assets.subtree if t.i >= assets.i)]
    # "la venta de una cartera con un valor de 700 millones al fondo Y": a phrase that
    # continues the sale's noun phrase, hung by the parser on the verb, carries the "a"
    # phrase with it
    end = max(assets.right_edge.i, tok.right_edge.i)
    heads += [
        t for c in tok.head.children
        if tok.dep_ in OBJ_DEPS and c.dep_ in ("obl", "nmod") and c.left_edge.i == end + 1
        for t in c.subtree
    ]
    found: list[EntityRef] = []
    for head in heads:
        for prep, arg in ctx.prep_args(head):
            if prep in _TO and arg.pos_ != "PRON":
                found += [x for x in ctx.np_entities(arg) if x not in found]
    return found


def bought_from(ctx: Context, tok: Token, goods: Token) -> list[EntityRef]:
    """The named ones goods are bought from: "from" / "a" on the purchase noun, or hung
    by the parser low inside the goods' phrase ("a portfolio of hotels in A, B and the
    C suburbs from Y") or on the verb the purchase is the object of ("cleared X's
    purchase of 12 clinics from Y"), right after the goods."""
    # (a list of places in the goods' phrase is often coordinated with the purchase
    # noun itself: "la compra de una cartera de oficinas en A, B y las afueras de C a Y")
    listed = [c for c in tok.children if c.dep_ == "conj" and c.i > goods.i]
    # (not inside a clause about the goods: "14 warehouses it had leased from Y")
    heads = [
        tok, *(t for t in goods.subtree if t.i >= goods.i and not in_clause(t, goods)),
        *(t for c in listed if c.i not in ctx.by_token for t in c.subtree
          if not in_clause(t, tok)),
    ]
    told = [pair for head in heads for pair in ctx.prep_args(head)]
    end = max(goods.right_edge.i, tok.right_edge.i)
    for c in tok.head.children if tok.dep_ in OBJ_DEPS else ():
        if c.left_edge.i != end + 1:
            continue
        if c.dep_ == "prep":
            told += [(c.lower_, g) for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in ("obl", "nmod"):
            told.append((case_of(c) or "", c))
    found: list[EntityRef] = []
    for prep, arg in told:
        if prep in _FROM and arg.pos_ != "PRON":
            found += [x for x in ctx.np_entities(arg) if x not in found]
    return found


def in_clause(tok: Token, top: Token) -> bool:
    """Whether a verb stands between ``tok`` and ``top`` (``tok`` itself included)."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if is_verbal(cur):
            return True
        cur = cur.head
    return False


def supplied_to(ctx: Context, m: Mention, tok: Token) -> None:
    """A supply verb with no buyer yet: the named one its goods go to ("to" / "a"),
    wherever inside the goods' phrase the parser hung it, buys them."""
    if not is_verbal(tok) or any(role == "buyer" for role, _ in m.roles):
        return
    objs = [c for c in tok.children if c.dep_ in OBJ_DEPS]
    if len(objs) != 1 or objs[0].pos_ != "NOUN" or ctx.nested_entities(objs[0]):
        return
    goods = objs[0]
    for x in [*_sold_to(ctx, tok, goods), *_to_after_value(ctx, goods)]:
        if x.kind == "org" and x not in m.parties():
            m.add_role("buyer", x)
            m.rules.append("parties:supplied-to")


# Words that open the value of goods ("battery packs worth $80 million to Y").
_VALUE_WORDS = frozenset({"worth", "valued", "valorados", "valoradas", "por"})


def _to_after_value(ctx: Context, goods: Token) -> list[EntityRef]:
    """The "to" / "a" phrase right after the goods and their value ("inverters worth Rs
    250 crore to Y"), wherever the parser hung the value: by its place, the supply's."""
    j = goods.right_edge.i + 1
    if j >= len(ctx.doc) or ctx.doc[j].lower_ not in _VALUE_WORDS:
        return []
    j += 1
    while j < len(ctx.doc) and (j in ctx.tok_amount or ctx.doc[j].like_num):
        j += 1
    if j == goods.right_edge.i + 2 or j >= len(ctx.doc) or ctx.doc[j].lower_ not in _TO:
        return []
    prep = ctx.doc[j]
    args = [c for c in prep.children if c.dep_ == "pobj"] or (
        [prep.head] if prep.dep_ == "case" else []
    )
    return [x for a in args for x in ctx.np_entities(a)]
