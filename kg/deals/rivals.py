"""Rival bidders (English): another company's offer for the company already in play.

A takeover contest names its target once and then its rivals without it: "Veldhoven
is weighing a rival bid", "a competing offer from Veldhoven", "Veldhoven, which
submitted a lower offer", "other bidders, including Veldhoven", "a potential white
knight, Veldhoven". Each is a bid by that company for the target of the takeover
bid told before (``parties:rival-bidder``); its status comes from the usual rules.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.frames import _bidders
from kg.deals.mention import Mention
from kg.deals.refer import governing_subject, topic_before
from kg.deals.status import set_status
from kg.deals.syntax import direct_objects, subjects
from kg.deals.words import (
    BID_MAKING_VERBS,
    BID_NOUNS,
    BIDDER_NOUNS,
    OFFER_NOUNS,
    RIVAL_WORDS,
    TENDER_WORDS,
)
from kg.facts import EntityRef

# The nouns of an offer for a company ("plan" is not one a rival makes).
_OFFER_NOUNS = (OFFER_NOUNS | BID_NOUNS) - {"plan"}
_RIVAL_WORDS = _OFFER_NOUNS | BIDDER_NOUNS | {"knight"}  # (the words rival_bidders reads)


def rival_bidders(ctx: Context, sent: SpacySpan, ms: list[Mention], before: list[Mention],
                  si: int) -> list[Mention]:
    """The sentence's rival bids: a bid mention with its bidder and no target gets the
    target in play; an offer said to be a rival's, or a bidder noun naming a company,
    is a new bid for it."""
    if ctx.lang != "en":
        return []
    target, bidder = _in_play(ctx, before, sent.start)
    if target is None or tender_near(ctx, si):
        return []
    made: list[Mention] = []
    for m in ms:
        roles = {role for role, _ in m.roles}
        if m.type == "Acquisition" and roles == {"acquirer"} and _is_bid(ctx, m) \
                and not _says_what_for(ctx, ctx.doc[m.trigger]) \
                and target not in m.parties() and bidder not in m.parties():
            m.add_role("target", target)
            m.rules.append("parties:rival-bidder")
    told = {m.trigger for m in ms}
    # (a Token only for an offer or a bidder noun)
    for i in ctx.among(sent, _RIVAL_WORDS):
        if i in told:
            continue
        tok = ctx.doc[i]
        if tok.pos_ == "NOUN":
            rivals = _rival_offer(ctx, tok) + _bidder_named(ctx, tok)
        elif tok.pos_ == "VERB":
            rivals = _sum_offered(ctx, tok)
        else:
            continue
        rivals = [x for x in dict.fromkeys(rivals) if x.kind == "org"
                  and x not in (target, bidder)]
        if not rivals:
            continue
        seeker = knight_seeker(ctx, tok) if ctx.lemma_lowers[i] == "knight" else None
        m = Mention(
            type="Acquisition", roles=[("acquirer", x) for x in rivals], sent=si,
            evidence=ctx.sentence_evidence(si), trigger=tok.i, kind="offer",
            rules=[f"frame:rival({tok.lemma_.lower()})", "parties:rival-bidder"],
        )
        m.add_role("target", seeker if seeker is not None and seeker not in rivals else target)
        set_status(m, tok, tok.pos_ == "NOUN")
        if m.status == "Completed":
            # a rival's bid is never a takeover done ("which submitted a lower offer",
            # "sounded out a white knight"): the contest is still open
            m.status = "Rumoured"
            m.rules.append("status:Rumoured<-rival-bidder")
        made.append(m)
    return made


def knight_seeker(ctx: Context, knight: Token) -> EntityRef | None:
    """ "Brixton's bankers have approached a white knight, X", "the board of Brixton
    courted a white knight, X": a white knight is a friendly bidder the target of a
    hostile bid seeks, so the company that seeks it (the subject of the verb the knight
    is the object of, or the company whose advisers or board that subject is) is the
    company X would buy, whatever deal was told last (a sale of one of its units)."""
    verb = knight.head.head if knight.dep_ == "pobj" else knight.head
    if knight.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for s in subjects(verb):
        owners = [s, *(c for c in s.children if c.dep_ == "poss"),
                  *(arg for prep, arg in ctx.prep_args(s) if prep == "of")]
        refs = [x for o in owners for x in ctx.np_entities(o) if x.kind == "org"]
        if len(set(refs)) == 1:
            return refs[0]
    return None


def _is_bid(ctx: Context, m: Mention) -> bool:
    tok = ctx.doc[m.trigger]
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _OFFER_NOUNS


def _in_play(
    ctx: Context, before: list[Mention], start: int
) -> tuple[EntityRef | None, EntityRef | None]:
    """The company in play: the discourse topic when a takeover told before is for it,
    else the target of the last takeover told, in the three sentences before or
    named again in this one ("Y's chairman said ... X could return with a bid"); none
    when the last deal told is a contract or a partnership (a tender for a contract
    is no takeover contest). And the company's first bidder."""
    # (a deal with both sides named: not a generic "agreement" or a sale half told)
    told = [m for m in before if m.type not in ("", "Agreement") and len(m.parties()) >= 2]
    targets = [x for m in told if m.type == "Acquisition" for role, x in m.roles
               if role == "target"]
    if not targets or told[-1].type not in ("Acquisition", "Investment"):
        return None, None
    topic = topic_before(ctx, start, set())
    if topic in targets:
        target = topic
    elif ctx.sent_index(start) - told[-1].sent <= 3 or _named_in(ctx, targets[-1], start):
        target = targets[-1]
    elif (again := _target_taken_up(ctx, targets, start)) is not None:
        target = again
    else:
        return None, None  # a takeover told earlier, of another story
    bidder = next(
        (x for m in told if m.type == "Acquisition" and ("target", target) in m.roles
         for role, x in m.roles if role == "acquirer"), None,
    )
    return target, bidder


def _target_taken_up(
    ctx: Context, targets: list[EntityRef], start: int
) -> EntityRef | None:
    """The target of a takeover told further back that the sentence just before names
    again, alone of the targets: the story has come back to that company, and a bid
    told next is for it ("Bellhaven Pharmacies drew more than one suitor. Orrell
    Health Group made a rival bid"). Two targets named there: neither is sure."""
    si = ctx.sent_index(start)
    if si == 0:
        return None
    named = {x for x in targets if _named_in(ctx, x, ctx.sents[si - 1].start)}
    return named.pop() if len(named) == 1 else None


def _says_what_for(ctx: Context, tok: Token) -> bool:
    """A bid that says what it is for ("its offer for Y"), however it was read: its
    target is no company left unsaid. "A rival bid of around $70 million" says its
    value, not what it is for."""
    return any(
        prep in ("for", "of") and not any(t.i in ctx.tok_amount for t in arg.subtree)
        for prep, arg in ctx.prep_args(tok)
    )


def tender_near(ctx: Context, si: int, words: frozenset[str] = TENDER_WORDS) -> bool:
    """A contract or a tender (one of ``words``) told in the sentence or the one
    before: a bid there is for the work ("Y won the contract; it beat Z, which
    submitted a lower bid")."""
    lemmas = ctx.lemma_lowers  # (the doc's lemmas, no Token per word)
    return any(
        lemmas[i] in words
        for back in range(max(0, si - 1), si + 1)
        for i in range(ctx.sents[back].start, ctx.sents[back].end)
    )


def _named_in(ctx: Context, ref: EntityRef, start: int) -> bool:
    """Whether ``ref`` is named in the sentence that starts at token ``start``."""
    end = ctx.sents[ctx.sent_index(start)].end
    return any(r == ref and start <= i < end for i, r in ctx.mention_starts)


def _rival_offer(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "a rival offer from X", "X's competing bid", "X, which submitted a lower
    offer", "X is preparing a counter proposal": an offer another bidder makes."""
    if tok.lemma_.lower() not in _OFFER_NOUNS or not any(
        c.lower_ in RIVAL_WORDS or c.lemma_.lower() in RIVAL_WORDS
        for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
    ):
        return []
    found = _bidders(ctx, tok)
    if not found and tok.head.lemma_.lower() in BID_MAKING_VERBS:
        found = governing_subject(ctx, tok, set())
    return found


def _sum_offered(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "Corran Street Capital offered $210 million", "X offered $9 a share": a verb of
    offering whose only object is a sum, with nothing said of what it is for or whom it
    is offered to (no "for" / "to" complement, no indirect object), is a bid by its
    subject for the company in play."""
    if tok.lemma_.lower() != "offer":
        return []
    objects = list(direct_objects(tok))
    if not objects or not all(
        o.i in ctx.tok_amount or o.i in ctx.share_price_toks for o in objects
    ) or any(c.dep_ in ("dative", "iobj") for c in tok.children) or any(
        prep in ("for", "to") for prep, _ in ctx.prep_args(tok)
    ):
        return []
    return [x for s in subjects(tok) for x in ctx.np_entities(s)]


def _bidder_named(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "other bidders, including X", "a potential white knight, X", "rival suitor
    X", "X is a possible suitor": the companies a bidder noun names."""
    lemma = tok.lemma_.lower()
    knight = lemma == "knight" and any(c.lower_ == "white" for c in tok.children)
    if lemma not in BIDDER_NOUNS and not knight:
        return []
    found: list[EntityRef] = []
    for c in tok.children:
        if c.dep_ in ("appos", "compound"):
            found += ctx.np_entities(c)
        elif c.dep_ == "prep" and c.lower_ in ("including", "such", "like"):
            found += [x for g in c.subtree if g.dep_ == "pobj" for x in ctx.np_entities(g)]
    if tok.dep_ == "appos":
        found += ctx.np_entities(tok.head)
    if tok.dep_ == "attr" and tok.head.lemma_.lower() == "be":
        found += [x for s in subjects(tok.head) for x in ctx.np_entities(s)]
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        # "X is seen as a possible suitor", "analysts named X as a likely bidder"
        verb = tok.head.head
        found += [x for s in subjects(verb) for x in ctx.np_entities(s)]
    return found
