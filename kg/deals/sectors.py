"""Deals told in one industry's own words (session 31, helper sectors).

The oil, gas and mining trades pass an interest in an asset (a licence block, a
project) by agreements named for how it passes: "Norvane signed a farm-in agreement
with Kestrel for a 40% working interest in the block", "X can earn up to 70% of Y's
project under an earn-in agreement", "Minera X firmó un acuerdo de opción con Y". The
agreement is the purchase of the interest, an Acquisition: the one who farms in, earns
in or holds the option acquires, the holder it signs with ("with" / "con") sells;
in a farm-out agreement the signer sells to the one it signs with
(lexicon/deals.toml ``interest_in_agreements``, ``interest_out_agreements``).

Property companies and funds tell a purchase as assets added to what they hold: "la
socimi X suma a su cartera el edificio de oficinas de Y", "X REIT has added 14 office
buildings from Y to its portfolio". A verb of adding (``add_v``) with its holdings as
the goal and an asset or a company as its object buys it, from the owner named in it
or after "de" / "from" (``added_to_holdings``); "añadió a su cartera dos nuevos
fármacos" (products it makes) and "added 300 clients to its portfolio" buy nothing.

Retail and banking news tell a takeover of a business as taking charge of it: "la
cadena X se hará cargo de las 40 tiendas de Y", "X se hace cargo de Y". "hacerse cargo
de" buys what follows only when that is an asset (``asset_nouns``: its owner named
inside sells) or a named company (the target); "se hará cargo de la deuda / de la
gestión / de los costes" takes on no business (``charge_taken``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.roles import Reading
from kg.deals.syntax import case_of, is_verbal
from kg.deals.words import (
    ASSET_NOUNS,
    HOLDINGS_NOUNS,
    INTEREST_IN_AGREEMENTS,
    INTEREST_OUT_AGREEMENTS,
    OBJ_DEPS,
)

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


def _holdings_goal(ctx: Context, verb: Token) -> Token | None:
    """ "a su cartera", "to its portfolio", "to its holdings": the goal of adding when
    it is what the subject holds (a holdings noun with a possessive); the Spanish
    parser may make "a su cartera" an object."""
    goals = [arg for prep, arg in ctx.prep_args(verb) if prep in ("a", "to")]
    goals += [c for c in verb.children if c.dep_ in OBJ_DEPS and case_of(c) == "a"]
    return next((
        g for g in goals
        if (g.lemma_.lower() in HOLDINGS_NOUNS or g.lower_ in HOLDINGS_NOUNS)
        and any(c.lower_ in _POSSESSIVES for c in g.children)
    ), None)


_POSSESSIVES = frozenset({"su", "sus", "its", "their"})


def added_to_holdings(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "X suma a su cartera el edificio de Y", "X has added 14 office buildings from Y
    to its portfolio": adding an asset or a company to one's holdings buys it."""
    goal = None if noun or not is_verbal(tok) else _holdings_goal(ctx, tok)
    if goal is None:
        return False
    return any(
        o.lemma_.lower() in ASSET_NOUNS or o.lower_ in ASSET_NOUNS
        or any(x.kind == "org" for x in ctx.np_entities(o))
        for o in tok.children if o.dep_ in OBJ_DEPS and o.i != goal.i
    )


def seller_beside_holdings(r: Reading) -> None:
    """The owner the added assets come from: named inside them ("suma a su cartera el
    edificio de oficinas de Y", which the object step misses behind "a su cartera"), or
    hung by the parser on the holdings noun ("added 14 buildings to its holdings from
    Y"); it sells (parties:added-from)."""
    goal = _holdings_goal(r.ctx, r.tok)
    if goal is None:
        return
    owners = [x for prep, arg in r.ctx.prep_args(goal) if prep in ("from", "de")
              for x in r.ctx.np_entities(arg)]
    owners += [x for o in r.tok.children if o.dep_ in OBJ_DEPS and o.i != goal.i
               and (o.lemma_.lower() in ASSET_NOUNS or o.lower_ in ASSET_NOUNS)
               for x in r.ctx.nested_entities(o)]
    for x in owners:
        if x.kind == "org" and x not in r.m.parties():
            r.m.add_role("seller", x)
            r.m.rules.append("parties:added-from")


def _charge_of(tok: Token) -> Token | None:
    """What "hacerse cargo de" takes charge of: the "de" noun of a reflexive "hacer"
    with "cargo" ("se hará cargo de las tiendas de Y"), which the parser hangs on the
    verb (with "cargo" a compound of it) or on "cargo"."""
    if tok.lemma_.lower() != "hacer" or not any(c.lower_ == "se" for c in tok.children):
        return None
    charge = next((c for c in tok.children if c.lower_ == "cargo" and c.i > tok.i), None)
    if charge is None:
        return None
    return next((c for h in (tok, charge) for c in h.children
                 if c.i > charge.i and c.dep_ in _CHARGE_DEPS and case_of(c) == "de"), None)


# The dependencies the parser gives what "hacerse cargo de" takes charge of.
_CHARGE_DEPS = frozenset({"obj", "obl", "nmod"})


def charge_taken(ctx: Context, tok: Token) -> bool:
    """ "X se hará cargo de las 40 tiendas de Y", "X se hace cargo de Y": taking charge
    of an asset or a named company."""
    what = _charge_of(tok)
    return what is not None and (
        what.lemma_.lower() in ASSET_NOUNS or what.lower_ in ASSET_NOUNS
        or any(x.kind == "org" for x in ctx.np_entities(what))
    )


def taken_in_charge(r: Reading) -> None:
    """The parties of "hacerse cargo de": the company taken charge of is the target, the
    owner named inside the assets the seller (parties:charge-taken)."""
    what = _charge_of(r.tok)
    if what is None:
        return
    named = [x for x in r.ctx.np_entities(what) if x.kind == "org"]
    owners = [] if named else [x for x in r.ctx.nested_entities(what) if x.kind == "org"]
    for role, refs in (("target", named), ("seller", owners)):
        for x in refs:
            if x not in r.m.parties():
                r.m.add_role(role, x)
                r.m.rules.append("parties:charge-taken")
