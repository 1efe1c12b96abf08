"""Assets swapped between two companies: two sales, one each way (session 35, unread5).

- "Harlow Mining and Brisket Copper will swap two mines", "Minera Lunares y Cobre
  Tornasol intercambiarán dos yacimientos", "Harlow will swap its copper mine with
  Brisket for a lithium project", "Harlow will exchange its copper mine for Brisket's
  lithium project": an exchange of things two companies own is two asset sales
  (Acquisitions with acquirer and seller, no company sold), each company the buyer of
  what the other gives (``frame:asset-swap``). Only with a verb of swapping (lexicon
  ``swap_verbs``) whose object is an asset, a unit or a site (``swapped_things``), and
  two companies its subjects, or its subject and the one named by "with" / "con" or
  owning what is got "for" / "por"; not "swapped debt for shares", "intercambiaron
  información", a swap denied, nor one whose side's name the recogniser cut short
  (``_cut_short``).
- "Harlow is handing three tenements to Brisket and will receive in return a gold mine",
  "Minera Lunares cederá sus yacimientos a Cobre Tornasol y recibirá a cambio sus
  licencias": a verb of receiving marked "in return" / "a cambio", coordinated with
  a verb of handing over or selling something to a company, is the sale read on that
  verb the other way round: its seller buys from its buyer
  (``frame:taken-in-return``); "a cambio de" / "in return for" name a price, no
  second deal.

Each direction is one mention, made unless a mention of the sentence already has its
acquirer and seller, and kept apart from the other way round (``distinct``: not one
takeover told both ways, kg.deals.merge).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.status import set_status
from kg.deals.syntax import case_of, is_denied, subjects
from kg.deals.words import ASSET_NOUNS, NEGATIONS, TRIGGERS, UNIT_NOUNS
from kg.facts import EntityRef
from kg.lexicon import LEXICON

_SWAP_VERBS = LEXICON.words("swap_verbs")
_SWAPPED = LEXICON.words("swapped_things") | ASSET_NOUNS | UNIT_NOUNS
_RECEIVE_VERBS = LEXICON.words("receive_in_return_verbs")
_SWAP_OR_RECEIVE = _SWAP_VERBS | _RECEIVE_VERBS
_GIVE_VERBS = LEXICON.words("handover_verbs").union(
    *(TRIGGERS[lang].get("sell_v", ()) for lang in TRIGGERS)
)
# "in return", "a cambio", "en contrapartida": what follows is got for what was given
_IN_RETURN = (("in", "return"), ("a", "cambio"), ("en", "contrapartida"))
_OBJ_DEPS = ("dobj", "obj")


def asset_swaps(
    ctx: Context, sent: SpacySpan, ms: list[Mention], si: int
) -> list[Mention]:
    """The sales each way of the sentence's swaps of assets (see the module docstring)."""
    made: list[Mention] = []
    for i in ctx.among(sent, _SWAP_OR_RECEIVE):
        tok, lemma = ctx.doc[i], ctx.lemma_lowers[i]
        if tok.pos_ != "VERB" or _denied(tok):
            continue
        if lemma in _SWAP_VERBS:
            pairs = _swap_pairs(ctx, tok)
            rule = "asset-swap"
        elif lemma in _RECEIVE_VERBS:
            pairs = _taken_in_return(ctx, tok, ms)
            rule = "taken-in-return"
        else:
            continue
        for buyer, seller in pairs:
            if not _told(ms + made, buyer, seller):
                made.append(_mention(ctx, tok, si, rule, buyer, seller))
    return made


def _swap_pairs(ctx: Context, verb: Token) -> list[tuple[EntityRef, EntityRef]]:
    """(buyer, seller) both ways: "A and B swap two mines", "A swaps its mine with B",
    "A exchanges its mine for B's project"."""
    things = [c for c in verb.children if c.dep_ in _OBJ_DEPS and case_of(c) is None]
    if not any(_swapped(t) for t in things):
        return []
    subjects_ = [t for s in subjects(verb) for t in (s, *s.conjuncts)]
    if any(_cut_short(ctx, t) for t in subjects_):
        return []
    sides = _orgs([r for s in subjects(verb) for r in ctx.np_entities(s)])
    for prep, arg in _preps(ctx, verb, things):
        if prep in ("with", "con") and len(sides) == 1:
            sides += _orgs(ctx.np_entities(arg))
        elif prep in ("for", "por") and len(sides) == 1:
            sides += _orgs(_owners(ctx, arg))
    sides = list(dict.fromkeys(sides))
    if len(sides) != 2:
        return []
    a, b = sides
    return [(a, b), (b, a)]


def _taken_in_return(
    ctx: Context, verb: Token, ms: list[Mention]
) -> list[tuple[EntityRef, EntityRef]]:
    """(buyer, seller) of "... and will receive in return a mine": the sale read on the
    verb of giving it is coordinated with, the other way round (its sellers buy, its
    buyers sell), whatever the parser made of what is taken."""
    given = verb.head
    if verb.dep_ != "conj" or given.lemma_.lower() not in _GIVE_VERBS or not _in_return(verb):
        return []
    sale = next((m for m in ms if m.trigger == given.i and m.type == "Acquisition"), None)
    if sale is None:
        return []
    # the giver is the subject of giving, not a name in brackets beside it ("Harlow
    # Mining (ASX: HMG) will hand ...": not the exchange)
    givers = {
        ref for s in subjects(given) for t in (s, *s.conjuncts)
        if (ref := ctx.tok_ent.get(t.i)) is not None and ctx.doc[t.i - 1].text != "("
    }
    buyers = [r for role, r in sale.roles if role == "seller" and r in givers]
    sellers = [r for role, r in sale.roles if role == "acquirer" and r.kind == "org"]
    return [(b, s) for b in buyers for s in sellers if b != s]


def _in_return(verb: Token) -> bool:
    """ "receive in return", "recibirá a cambio", "y a cambio recibirá": the phrase right
    after the verb or right before it, not followed by "de" / "for" (a price)."""
    doc = verb.doc
    for start in (verb.i + 1, verb.i - 2):
        pair = tuple(t.lower_ for t in doc[max(0, start) : start + 2])
        after = doc[start + 2].lower_ if start + 2 < len(doc) else ""
        if start >= 0 and pair in _IN_RETURN and after not in ("de", "for", "of"):
            return True
    return False


def _cut_short(ctx: Context, name: Token) -> bool:
    """A name whose phrase keeps capitalised words outside any entity ("Baie-des-
    Chaleurs Seafood" read as "Seafood"): the recogniser cut the party short, and a
    swap needs both sides whole."""
    words = [name, *(c for c in name.children if c.dep_ == "compound")]
    return any(w.text[:1].isupper() and w.i not in ctx.tok_ent for w in words)


def _swapped(t: Token) -> bool:
    return t.lemma_.lower() in _SWAPPED or t.lower_ in _SWAPPED


def _preps(ctx: Context, verb: Token, things: list[Token]) -> list[tuple[str, Token]]:
    """Prepositional arguments of the verb, and of its object (where the parser may
    hang "for B's project"); Spanish "con B" / "por" as the verb's obliques."""
    found = list(ctx.prep_args(verb))
    for t in things:
        found += list(ctx.prep_args(t))
    found += [
        (case, c) for c in verb.children
        if c.dep_ in ("obl", "obj") and (case := case_of(c)) in ("con", "por")
    ]
    return found


def _owners(ctx: Context, thing: Token) -> list[EntityRef]:
    """The company owning ``thing``: "B's project", "los activos de B"."""
    found: list[EntityRef] = []
    for c in thing.children:
        if c.dep_ == "poss" or (c.dep_ == "nmod" and case_of(c) == "de"):
            found += ctx.np_entities(c)
    return found


def _orgs(refs: list[EntityRef]) -> list[EntityRef]:
    return list(dict.fromkeys(r for r in refs if r.kind == "org"))


def _denied(verb: Token) -> bool:
    """ "will not swap", "no intercambiarán" (``is_denied``), or a negation the parser
    hung elsewhere in the three words before the verb."""
    doc = verb.doc
    return is_denied(verb, False) or any(
        t.lower_ in NEGATIONS for t in doc[max(0, verb.i - 3) : verb.i]
    )


def _told(ms: list[Mention], buyer: EntityRef, seller: EntityRef) -> bool:
    """Whether a mention already has this buyer and this seller."""
    return any(
        ("acquirer", buyer) in m.roles and ("seller", seller) in m.roles for m in ms
    )


def _mention(
    ctx: Context, verb: Token, si: int, rule: str, buyer: EntityRef, seller: EntityRef
) -> Mention:
    m = Mention(
        type="Acquisition", roles=[("acquirer", buyer), ("seller", seller)], sent=si,
        evidence=ctx.sentence_evidence(si), trigger=verb.i, kind="acquire", distinct=True,
        rules=[f"frame:{rule}({verb.lemma_.lower()})"],
    )
    set_status(m, verb, False)
    return m
