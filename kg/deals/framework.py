"""A place won on a buyer's framework or supplier panel (session 33, helper unread2).

Public bodies and large buyers choose their suppliers for a term by a framework
agreement or a panel, and the press tells a supplier chosen as winning a place on it:
"Y secured a place on X's £60m highways framework", "Y won a spot on the X framework",
"Y was appointed to the panel of suppliers of X", "X appointed Y to its framework", "Y
joined X's supplier framework". The company placed sells (the works or services called
off the framework), the framework's owner buys: a PurchaseAgreement, as the winners
inventory's gold has it (``wn_en06``).

Only a framework or a panel of suppliers (not "a place on the board of X", "a place in
the final", "a panel of experts"), and only with the company placed and the owner both
named.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.award import participle_agents
from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.syntax import subjects
from kg.facts import EntityRef
from kg.lexicon import LEXICON

# A place on a framework, and the verbs that win one ("secured a place on", "won a spot
# on", "was awarded a place on").
_PLACE_NOUNS = LEXICON.words("framework_places")
_WIN_VERBS = LEXICON.words("framework_place_verbs")
# Verbs that put a supplier on a framework ("was appointed to", "X added Y to its
# panel", "Y joined X's framework").
_APPOINT_VERBS = LEXICON.words("framework_appoint_verbs")
_JOIN_VERBS = frozenset({"join"})
# A panel is a framework only as one of suppliers ("the panel of suppliers", "a
# supplier panel").
_SUPPLIERS = LEXICON.words("supplier_nouns")


def framework_place(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """A framework or supplier panel on which a company is placed, with its owner
    named."""
    return noun and _panel_of_suppliers(ctx, tok) and bool(framework_sides_of(ctx, tok)[0])


def _panel_of_suppliers(ctx: Context, tok: Token) -> bool:
    """ "framework"; "panel" only of suppliers ("the panel of suppliers of X", "X's
    supplier panel")."""
    if tok.lemma_.lower() != "panel":
        return True
    kinds = [c for c in tok.children if c.dep_ == "compound"]
    kinds += [arg for prep, arg in ctx.prep_args(tok) if prep == "of"]
    return any(k.lemma_.lower() in _SUPPLIERS for k in kinds)


def _placing_verb(tok: Token) -> Token | None:
    """The verb that places a company on the framework ``tok``: "secured a place on
    it", "was appointed to it", "joined it"."""
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in _JOIN_VERBS:
        return head
    if tok.dep_ != "pobj" or head.lower_ not in ("on", "to"):
        return None
    holder = head.head
    if head.lower_ == "on" and holder.lemma_.lower() in _PLACE_NOUNS and \
            holder.dep_ in ("dobj", "nsubjpass") and holder.head.lemma_.lower() in _WIN_VERBS:
        return holder.head
    if head.lower_ == "to" and holder.pos_ == "VERB" and holder.lemma_.lower() in _APPOINT_VERBS:
        return holder
    return None


def _orgs(ctx: Context, toks: list[Token]) -> list[EntityRef]:
    return [x for t in toks for x in ctx.np_entities(t) if x.kind == "org"]


def framework_sides_of(ctx: Context, tok: Token) -> tuple[list[EntityRef], list[EntityRef]]:
    """The companies placed on the framework ``tok`` (the subject of the verb that
    places them, the object of an active "X appointed Y to its framework") and its
    owners (its possessor, a name before it, its "of" phrase or that of its suppliers,
    "run by X", the subject of an active verb of appointing)."""
    verb = _placing_verb(tok)
    if verb is None:
        return [], []
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i != tok.i]
    active = verb.lemma_.lower() in _APPOINT_VERBS and objects
    placed = _orgs(ctx, objects if active else subjects(verb))
    found = [c for c in tok.children if c.dep_ in ("poss", "compound")]
    found += [arg for prep, arg in ctx.prep_args(tok) if prep == "of"]
    found += [arg for _, inner in ctx.prep_args(tok) if inner.lemma_.lower() in _SUPPLIERS
              for prep, arg in ctx.prep_args(inner) if prep == "of"]
    if active:
        found += subjects(verb)
    owners = [*_orgs(ctx, found), *participle_agents(ctx, [tok], lambda c: True)]
    owners = [x for x in dict.fromkeys(owners) if x not in placed]
    return (placed, owners) if placed and owners else ([], [])


def framework_sides(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """The company placed sells, the framework's owner buys (parties:framework-place)."""
    placed, owners = framework_sides_of(ctx, tok)
    if not placed:
        return False
    m.roles = [("seller", x) for x in placed] + [("buyer", x) for x in owners]
    m.rules.append("parties:framework-place")
    return True
