"""Interest from a suitor: a rumoured bid told from the target's side (English), or
from the suitor's (English and Spanish: ``shown_interest``).

"X is exploring a sale and has drawn interest from Y", "X has attracted takeover
interest from Y", "X received interest from Y and Z": a company that draws interest
from another, in a sentence about selling it or with a takeover word on the interest,
is the target of a possible takeover by that one (``parties:suitor-interest``). It is
a rumour, not a bid: the status is Rumoured unless the words around say more (talks,
a withdrawal).

Interest from buyers of goods or investors in a round is no takeover: the rule wants a
takeover word on the interest ("takeover interest", "bid interest") or a sale of the
company told in the same clause ("exploring a sale", "put itself up for sale").
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.refer import resolve_np
from kg.deals.status import set_status
from kg.deals.syntax import case_of, subjects
from kg.deals.words import BIDDER_NOUNS, NEGATIONS, OBJ_DEPS
from kg.facts import EntityRef

# Verbs by which a company gets interest from others ("drew", "attracted", "fielded").
_DRAWING_VERBS = frozenset({"draw", "attract", "receive", "field", "get", "garner"})
# Words that make interest a takeover interest ("takeover interest", "bid interest").
_TAKEOVER_WORDS = frozenset({"takeover", "bid", "buyout", "acquisition", "merger", "m&a"})
# Trigger kinds that tell a sale of the company in the same clause ("exploring a sale").
_SALE_KINDS = ("sell_", "acquire_", "offer_")


_INTEREST = frozenset({"interest"})


def suitor_interest(ctx: Context, sent: SpacySpan, ms: list[Mention], si: int) -> list[Mention]:
    """The sentence's rumoured takeovers told as interest drawn from a suitor."""
    if ctx.lang != "en":
        return []
    made: list[Mention] = []
    # (a Token only for the word "interest")
    for tok in (ctx.doc[i] for i in ctx.among(sent, _INTEREST)):
        if tok.pos_ != "NOUN" or tok.dep_ not in OBJ_DEPS:
            continue
        verb = tok.head
        if verb.lemma_.lower() not in _DRAWING_VERBS or not _about_a_sale(ctx, tok, verb):
            continue
        suitors = _suitors(ctx, tok, verb)
        targets = [x for s in _subjects_up(verb) for x in resolve_np(ctx, s, set(suitors))
                   if x.kind == "org" and x not in suitors]
        if not suitors or not targets or _told(ms, suitors, targets):
            continue
        made += [_rumoured_bid(ctx, tok, si, x, targets[0]) for x in suitors]
    return made + _among_bidders(ctx, sent, ms + made, si)


# Verbs by which a company shows its own interest ("has shown interest in Y", "ha
# mostrado interés por Y"), and the nouns of interest they take.
_SHOWING_VERBS = frozenset({
    "show", "express", "signal", "voice", "mostrar", "manifestar", "expresar", "demostrar",
})
_INTEREST_NOUNS = frozenset({"interest", "interés"})
# The prepositions that name what a company is interested in.
_INTEREST_PREPS = frozenset({"in", "en", "por"})
# The nouns of a sale a company is said to be in ("está en venta", "is up for sale").
_SALE_STATE_NOUNS = frozenset({"sale", "venta"})


def shown_interest(ctx: Context, sent: SpacySpan, ms: list[Mention], si: int) -> list[Mention]:
    """ "X has expressed interest in Y", "X ha mostrado interés por Y", "Y está en venta
    y X ha mostrado interés", "Y is up for sale and X has shown interest": a company
    that shows its interest in another by name, or with no complement in a sentence
    that puts a named company up for sale, may buy it (frame:shown-interest; Rumoured,
    as interest drawn from a suitor is). Interest in a product, a market or a
    partnership (the name is not the head of the complement), interest denied ("no ha
    mostrado interés") or interest rates name no target. A sale read with the suitor
    as its seller (the one who shows interest is the buyer) is set right."""
    made: list[Mention] = []
    for tok in (ctx.doc[i] for i in ctx.among(sent, _INTEREST_NOUNS)):
        verb = tok.head
        if tok.pos_ != "NOUN" or tok.dep_ not in OBJ_DEPS \
                or verb.lemma_.lower() not in _SHOWING_VERBS \
                or any(c.lower_ in NEGATIONS for c in (*verb.children, *tok.children)):
            continue
        suitors = [x for s in subjects(verb) for x in ctx.np_entities(s) if x.kind == "org"]
        args = [arg for prep, arg in ctx.prep_args(tok) if prep in _INTEREST_PREPS]
        args += [c for c in tok.children if c.dep_ == "nmod" and case_of(c) in _INTEREST_PREPS]
        if args:
            targets = [x for a in args if a.i in ctx.tok_ent
                       for x in ctx.np_entities(a) if x.kind == "org"]
        else:
            targets = _put_up_for_sale(ctx, sent)
        targets = [x for x in targets if x not in suitors]
        if not suitors or not targets or _buyer_read_as_seller(ms, suitors, targets):
            continue
        if _told(ms + made, suitors, targets[:1]):
            continue
        made += _rumoured_bids(ctx, tok, si, suitors, targets[0], "shown-interest")
    return made


def _put_up_for_sale(ctx: Context, sent: SpacySpan) -> list[EntityRef]:
    """The named companies a sentence says are for sale: "Y está en venta" (the sale
    noun a copula's predicate), "Y is (up) for sale"."""
    found: list[EntityRef] = []
    for tok in (ctx.doc[i] for i in ctx.among(sent, _SALE_STATE_NOUNS)):
        state: Token | None = None
        if any(c.dep_ == "cop" for c in tok.children) and case_of(tok) == "en":
            state = tok
        elif tok.dep_ == "pobj" and tok.head.lower_ == "for":
            up = tok.head.head
            state = up.head if up.lower_ == "up" else up
            if state.lemma_ != "be":
                state = None
        if state is not None:
            found += [x for s in subjects(state) for x in ctx.np_entities(s) if x.kind == "org"]
    return found


def _buyer_read_as_seller(
    ms: list[Mention], suitors: list[EntityRef], targets: list[EntityRef]
) -> bool:
    """Set right a sale of a target that took the suitor for its seller ("Y está en
    venta y X ha mostrado interés": X, the one left in the sentence, read as selling
    Y), or a sale state with no buyer, which the suitor is (a rumour, not a done
    deal); whether one was."""
    fixed = False
    for m in ms:
        if m.type != "Acquisition" or not any((("target", x) in m.roles) for x in targets):
            continue
        # (a sale state, "Y está en venta", with no other side: the suitor buys)
        state = m.kind == "sell" and "parties:copular-theme" in m.rules and all(
            role == "target" for role, _ in m.roles)
        if not state and not any(("seller", x) in m.roles for x in suitors):
            continue
        m.roles = [("acquirer", x) if role == "seller" and x in suitors else (role, x)
                   for role, x in m.roles]
        if state:
            m.roles += [("acquirer", x) for x in suitors]
        m.status, m.status_explicit = "Rumoured", True
        m.rules = [r for r in m.rules if not r.startswith("status:")]
        m.rules += ["parties:shown-interest", "status:Rumoured<-interest"]
        fixed = True
    return fixed


def _among_bidders(ctx: Context, sent: SpacySpan, ms: list[Mention], si: int) -> list[Mention]:
    """ "Y is among the suitors for X", "X is exploring a sale and Y is among potential
    bidders": a company counted among the bidders or suitors for another, named by
    "for" on the noun or the one the sentence puts up for sale (a sale with a target
    and no buyer), may buy it; a rumour, as interest drawn is (frame:among-bidders).
    "Y is among the bidders for the bridge contract" names no company to buy."""
    made: list[Mention] = []
    lemmas = ctx.lemma_lowers
    for tok in (ctx.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in BIDDER_NOUNS):
        among = tok.head
        if tok.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ != "be":
            continue
        suitors = [x for s in subjects(among.head) for x in ctx.np_entities(s) if x.kind == "org"]
        targets = [x for prep, arg in ctx.prep_args(tok) if prep == "for"
                   for x in ctx.np_entities(arg) if x.kind == "org"] or [
            ref for m in ms if m.type == "Acquisition" and m.kind in ("sell", "acquire")
            and not any(role in ("acquirer", "buyer") for role, _ in m.roles)
            for role, ref in m.roles if role == "target"
        ]
        targets = [x for x in targets if x not in suitors]
        if not suitors or not targets or _told(ms, suitors, targets[:1]):
            continue
        made += _rumoured_bids(ctx, tok, si, suitors, targets[0], "among-bidders")
    return made


def _rumoured_bids(ctx: Context, tok: Token, si: int, suitors: list[EntityRef],
                   target: EntityRef, rule: str) -> list[Mention]:
    """Each suitor's possible takeover of ``target``, read by the rule ``rule``
    ("frame:<rule>", "parties:<rule>")."""
    bids = [_rumoured_bid(ctx, tok, si, x, target) for x in suitors]
    for m in bids:
        m.rules[:2] = [f"frame:{rule}", f"parties:{rule}"]
    return bids


def _rumoured_bid(ctx: Context, tok: Token, si: int, suitor: EntityRef,
                  target: EntityRef) -> Mention:
    """One suitor's possible takeover (each suitor its own, as rival bids are)."""
    m = Mention(
        type="Acquisition", roles=[("acquirer", suitor), ("target", target)], sent=si,
        evidence=ctx.sentence_evidence(si), trigger=tok.i, kind="acquire",
        rules=["frame:suitor-interest", "parties:suitor-interest"],
    )
    set_status(m, tok, True)
    if m.status in ("Completed", "Announced"):
        m.status = "Rumoured"
        m.rules.append("status:Rumoured<-interest")
    return m


def _about_a_sale(ctx: Context, interest: Token, verb: Token) -> bool:
    """A takeover word on the interest, or a sale told by the verb's clause or a clause
    coordinated with it ("is exploring a sale and has drawn interest from Y")."""
    if any(c.lower_ in _TAKEOVER_WORDS for c in interest.children
           if c.dep_ in ("compound", "amod", "nmod")):
        return True
    clauses = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        clauses.append(verb.head)
    return any(
        ctx.by_token.get(t.i, "").startswith(_SALE_KINDS)
        for clause in clauses for c in clause.children
        if c.dep_ not in ("conj", "nsubj", "nsubjpass") and c.i != interest.i
        for t in c.subtree
    )


def _suitors(ctx: Context, interest: Token, verb: Token) -> list[EntityRef]:
    """The organisations the interest is "from" (hung on the noun or on the verb)."""
    return list(dict.fromkeys(
        x for head in (interest, verb) for prep, arg in ctx.prep_args(head) if prep == "from"
        for x in ctx.np_entities(arg) if x.kind == "org"
    ))


def _subjects_up(verb: Token) -> list[Token]:
    """The verb's subject, or that of the verb it is coordinated with ("X is exploring a
    sale and has drawn interest from Y": X is the subject of both)."""
    return subjects(verb) or (subjects(verb.head) if verb.dep_ == "conj" else [])


def _told(ms: list[Mention], suitors: list[EntityRef], targets: list[EntityRef]) -> bool:
    """Whether a mention of the sentence already has these parties."""
    return any(
        any(x in m.parties() for x in suitors) and any(x in m.parties() for x in targets)
        for m in ms
    )
