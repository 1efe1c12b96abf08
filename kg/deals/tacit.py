"""Parties an English sentence leaves unsaid because the article has already told them.

- A stake with no company named ("Halvard, which has quietly built a 4.9% stake,
  wants a seat", "an activist that disclosed a 6 per cent position in May") is a
  stake in the company the article is about: in the company a deal of the same
  sentence is about, else in the discourse topic (``parties:stake-in-topic``);
- a company or a stake bought "from its parent" or "from its owners" is sold by the
  company the article is about, the one that owns it (``parties:seller-told``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.refer import previous_subject, topic_before
from kg.deals.syntax import is_verbal
from kg.deals.words import OWNER_NOUNS
from kg.facts import EntityRef

# The nouns of a stake whose company may go unsaid: held, built or disclosed.
_OPEN_STAKES = frozenset({"stake", "holding", "position"})
# What makes a stake a part of a company rather than a stake in a project or a debate:
# a percentage counted on it, or the size words of a shareholding.
_STAKE_SIZES = frozenset({"minority", "significant", "blocking"})


def stake_in_topic(ctx: Context, ms: list[Mention], before: list[Mention]) -> None:
    """An English stake noun with its holder and no company ("X, which disclosed a
    3.8-per-cent stake in the spring, ..."): the company is the target or investee of
    another deal of the same sentence, else the discourse topic, named at least twice
    before or the subject of the sentence before (``parties:stake-in-topic``)."""
    if ctx.doc.lang_ != "en":
        return
    for m in ms:
        roles = {role for role, _ in m.roles}
        if m.type != "Investment" or roles != {"investor"}:
            continue
        tok = ctx.doc[m.trigger]
        if not open_stake(ctx, tok):
            continue
        held = _held_in_sentence(ms, m) or settled_topic(ctx, tok, m.parties())
        if held is not None and held.kind == "org" and held not in m.parties():
            m.add_role("investee", held)
            m.rules.append("parties:stake-in-topic")


def open_stake(ctx: Context, tok: Token) -> bool:
    """An English stake noun counted as a minority part ("a 4.9% stake", "a minority
    holding", "a 6-per-cent position") that names no company it is in."""
    if tok.lang_ != "en" or tok.lemma_.lower() not in _OPEN_STAKES:
        return False
    words = {t.lower_ for t in tok.subtree if t.i < tok.i}
    if words & {"majority", "controlling"} or _per_cent_over_half(tok):
        return False  # who owns a company is no deal
    return _sized(tok) and not _names_company(ctx, tok)


def _per_cent_over_half(tok: Token) -> bool:
    """ "a 60 per cent holding": a count of more than half."""
    for t in tok.subtree:
        if t.i >= tok.i:
            break
        number = t.text.rstrip("%").split("-")[0].replace(",", "")
        try:
            if t.like_num and float(number) > 50:
                return True
        except ValueError:
            continue
    return False


def _sized(tok: Token) -> bool:
    """ "a 4.9% stake", "a 3.8-per-cent stake", "a minority stake": a counted part."""
    words = [t for t in tok.subtree if t.i < tok.i]
    return any(
        t.like_num or t.text.endswith("%") or t.lower_ in ("cent", "percent", "pc")
        or t.lower_ in _STAKE_SIZES
        for t in words
    )


def _names_company(ctx: Context, tok: Token) -> bool:
    """Whether the stake names what it is in ("a stake in Y", "a 5% stake of Y's
    shares", "a Y stake"); a possessor ("its stake", "X's stake") is its holder."""
    if any(ctx.np_entities(arg) or ctx.nested_entities(arg) for _, arg in ctx.prep_args(tok)):
        return True
    return any(c.dep_ in ("compound", "nmod") and ctx.np_entities(c) for c in tok.children)


def _held_in_sentence(ms: list[Mention], m: Mention) -> EntityRef | None:
    """The company another deal of the sentence is about: "bought the business from
    its founder and Y, which took a minority stake in 2022"."""
    for other in ms:
        if other is m:
            continue
        for role, ref in other.roles:
            if role in ("target", "investee") and ref not in m.parties():
                return ref
    return None


def settled_topic(ctx: Context, tok: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """The discourse topic before ``tok`` when it is settled: named at least twice
    before, or the subject of the sentence before."""
    topic = topic_before(ctx, tok.i, exclude)
    if topic is None:
        return None
    mentions = sum(1 for start, ref in ctx.mention_starts if ref == topic and start < tok.i)
    if mentions >= 2 or previous_subject(ctx, tok, exclude) == topic:
        return topic
    return None


def seller_told(ctx: Context, ms: list[Mention]) -> None:
    """ "agreed to buy a 19.9% stake in Y from its parent", "bought Y from its owners",
    "from its parent company":
    the owner a possessive stands for is the discourse topic (other than the deal's own
    parties), when it is a company (``parties:seller-told``)."""
    if ctx.doc.lang_ != "en":
        return
    for m in ms:
        roles = {role for role, _ in m.roles}
        # (both sides found: a sale half read is no place to add a third party)
        if "seller" in roles or not (
            {"acquirer", "target"} <= roles or {"investor", "investee"} <= roles
        ):
            continue
        tok = ctx.doc[m.trigger]
        heads = [tok] if is_verbal(tok) else [tok, tok.head]
        owners = [
            arg for h in heads for prep, arg in ctx.prep_args(h)
            if prep == "from" and (arg.lemma_.lower() in OWNER_NOUNS or any(
                c.dep_ == "compound" and c.lower_ in OWNER_NOUNS for c in arg.children
            )) and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in arg.children)
        ]
        if not owners:
            continue
        seller = settled_topic(ctx, tok, m.parties())
        if seller is not None and seller.kind == "org":
            m.add_role("seller", seller)
            m.rules.append("parties:seller-told")
