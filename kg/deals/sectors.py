"""Deals told in one industry's own words (session 31, helper sectors).

The oil, gas and mining trades pass an interest in an asset (a licence block, a
project) by agreements named for how it passes: "Norvane signed a farm-in agreement
with Kestrel for a 40% working interest in the block", "X can earn up to 70% of Y's
project under an earn-in agreement", "Minera X firmó un acuerdo de opción con Y". The
agreement is the purchase of the interest, an Acquisition: the one who farms in, earns
in or holds the option acquires, the holder it signs with ("with" / "con") sells;
in a farm-out agreement the signer sells to the one it signs with
(lexicon/deals.toml ``interest_in_agreements``, ``interest_out_agreements``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.words import INTEREST_IN_AGREEMENTS, INTEREST_OUT_AGREEMENTS

# The dependencies by which an agreement's kind is written before or after it ("a
# farm-in agreement", "un acuerdo de opción").
_KIND_DEPS = frozenset({"compound", "nmod", "amod"})


def _agreement_kind(tok: Token) -> str:
    """ "in" when the agreement passes an interest to its signer, "out" when to the
    one it is signed with, "" otherwise. A hyphenated kind is read whole from its
    pieces ("farm", "-", "in")."""
    for c in tok.children:
        if c.dep_ not in _KIND_DEPS:
            continue
        words = {c.lemma_.lower(), c.lower_}
        if c.i < tok.i:
            words.add("".join(t.lower_ for t in c.subtree if t.i < tok.i))
        if words & INTEREST_OUT_AGREEMENTS:
            return "out"
        if words & INTEREST_IN_AGREEMENTS:
            return "in"
    return ""


def _signed_with(ctx: Context, tok: Token) -> set[object]:
    """The companies an agreement is signed with: "with" / "con" on it or on the noun
    of its kind, where the parser may hang it ("un acuerdo de opción con Y")."""
    heads = [tok, *(c for c in tok.children if c.dep_ in _KIND_DEPS)]
    return {
        x for h in heads for prep, arg in ctx.prep_args(h) if prep in ("with", "con")
        for x in ctx.np_entities(arg)
    }


def interest_agreement(ctx: Context, m: Mention, tok: Token) -> None:
    """ "X signed a farm-in agreement with Y", "X firmó un acuerdo de opción con Y": the
    agreement buys an interest in Y's asset, an Acquisition with X as acquirer and Y as
    seller (reversed for a farm-out); both sides named, else left as it was."""
    kind = _agreement_kind(tok)
    holders = _signed_with(ctx, tok)
    others = [x for role, x in m.roles if x not in holders]
    if not kind or not holders or not others:
        return
    buyer, seller = ("acquirer", "seller") if kind == "in" else ("seller", "acquirer")
    m.type = "Acquisition"
    m.roles = [(seller if x in holders else buyer, x) for _, x in m.roles]
    m.rules.append(f"frame:interest-{kind}-agreement")
