"""The rival a contest's winner beat made the same deal, and lost it (session 21, apart3).

A tender, an auction or a sale names its winner's deal and then the rivals the winner
beat, without the other side again: "El Gobierno firmó un contrato con X para la
compra de 420 autobuses. La empresa se impuso a la china Y, cuya oferta fue
descalificada"; "X won a $48 million contract from Z. X beat two rivals, including Y,
which had submitted a lower bid". The one beaten bid for the same deal in the
winner's place: the deal told before with the winner as a party, the winner's role
given to the rival, cancelled (``parties:beaten-bidder``). The winner may be said by a
description ("la empresa regiomontana", "the airline"), as any subject
(kg.deals.refer.resolve_np).

The other way round, a rival's bid told first and then its winner: "Quensy had also
bid for Velmont, but Daskor won with a $300m offer", "Quensy también pujó por Velmont,
pero Daskor se impuso con una oferta de 300 millones". A verb of winning with no rival
or prize of its own (lexicon/deals.toml contest_winning_verbs), said of a company
"with" an offer or a bid, or of an auction or a contest won, wins the bid told in the
sentence or the two before: the winner's deal is the rival's with the winner in the
rival's place (``parties:contest-winner``), and the rival's bid is lost
(``status:Cancelled<-outbid``). Not "Daskor won a contract" (an award, kg.deals.award),
"Daskor won market share" nor "Daskor won" with no offer said.

Only in a contest: a contract, a tender, a bid or an offer told in the sentence or
the two before ("X superó a Y en ventas" is no contest).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.refer import resolve_np
from kg.deals.syntax import feat, subjects
from kg.deals.words import BID_NOUNS, OBJ_DEPS, OFFER_NOUNS, TENDER_WORDS
from kg.facts import Amount, EntityRef
from kg.lexicon import LEXICON

_BEAT_VERBS = LEXICON.words("beat_rival_verbs")
_WINNING_VERBS = LEXICON.words("contest_winning_verbs")
# What is won in a contest for a company ("won the auction", "ganó la puja").
_CONTESTS_WON = LEXICON.words("contests_won")
_HOLDERS = LEXICON.words("contest_holders")
_LOSING_VERBS = LEXICON.words("contest_losing_verbs")
_WITHDRAWING_VERBS = LEXICON.words("contest_withdrawing_verbs")
_LOST_TO_VERBS = LEXICON.words("contest_lost_to_verbs")
_LOST_TO_PREPS = LEXICON.words("contest_lost_to_preps")
_PAYING = frozenset({"pay", "pagar"})
_CONTEST_WORDS = (
    TENDER_WORDS | LEXICON.words("tender_words_es") | OFFER_NOUNS | BID_NOUNS | {"auction"}
)
# The deals a contest is for (not a merger, which has no rival in the winner's place).
# ("Agreement": a contract whose sides kg.deals.merge places later, first the buyer)
_CONTESTED = frozenset({"PurchaseAgreement", "Acquisition", "Investment", "Agreement"})
# How far back the winner's deal may be told, in sentences.
_REACH = 3


def beaten_bidders(
    ctx: Context, sent: SpacySpan, before: list[Mention], si: int
) -> list[Mention]:
    """The cancelled deals of the rivals a contest's winner beat in ``sent`` (module
    docstring)."""
    verbs = [ctx.doc[i] for i in _lemmas_in(ctx, sent, _BEAT_VERBS) if _beats(ctx.doc[i])]
    if not verbs or not _contest_near(ctx, si):
        return []
    made: list[Mention] = []
    for verb in verbs:
        winner, won = _winner(ctx, verb, before, si)
        if winner is None or won is None:
            continue
        role = next(r for r, x in won.roles if x == winner)
        for rival in _beaten(ctx, verb):
            if rival in won.parties():
                continue
            # (a copy of the won deal, for what it is: a supply contract stays one)
            m = replace(
                won, sent=si, evidence=ctx.sentence_evidence(si), trigger=verb.i,
                roles=[(r, x) if x != winner else (role, rival) for r, x in won.roles],
                status="Cancelled", status_explicit=True, amount=None, valuation=None,
                quantity=None, reported_by=None, hedge=None, backref=False,
                extra_evidence=[],
                rules=[f"frame:beaten({verb.lemma_.lower()})", "parties:beaten-bidder",
                       "status:Cancelled<-beaten"],
            )
            made.append(m)
    return made


def lost_bidders(
    ctx: Context, sent: SpacySpan, before: list[Mention], si: int
) -> list[Mention]:
    """The cancelled deals of the bidders a contest put out in ``sent`` with no winner
    said: "Un tercer participante, el Consorcio Y, fue descalificado", "Quedó fuera de
    la competencia Y", "La tercera participante, Y, retiró su oferta". Each bid for
    the deal the contest's holder (a public body, ``_holds_contests``) awarded, told
    just before, in the place of its winners (``parties:lost-bidder``)."""
    verbs = [ctx.doc[i] for i in _lemmas_in(ctx, sent, _PUT_OUT_LEMMAS)
             if _puts_out(ctx.doc[i])]
    if not verbs or not _contest_near(ctx, si):
        return []
    made: list[Mention] = []
    for verb in verbs:
        won = _awarded(before, si)
        if won is None:
            continue
        role = next(r for r, x in won.roles if not _holds_contests(x))
        for s in subjects(verb):
            named = ctx.np_entities(s) + [
                x for c in s.children if c.dep_ == "appos" for x in ctx.np_entities(c)
            ]
            for rival in dict.fromkeys(x for x in named if x.kind == "org"):
                if rival in won.parties():
                    continue
                made.append(replace(
                    won, sent=si, evidence=ctx.sentence_evidence(si), trigger=verb.i,
                    roles=[(r, x) for r, x in won.roles if _holds_contests(x)]
                    + [(role, rival)],
                    status="Cancelled", status_explicit=True, amount=None, valuation=None,
                    quantity=None, reported_by=None, hedge=None, backref=False,
                    extra_evidence=[],
                    rules=[f"frame:lost({verb.lemma_.lower()})", "parties:lost-bidder",
                           "status:Cancelled<-lost"],
                ))
    return made


def _lemmas_in(ctx: Context, sent: SpacySpan, lemmas: frozenset[str]) -> list[int]:
    """The positions of ``sent`` whose lemma is one of ``lemmas`` (read from the doc's
    lemma list, not a Token per word: most sentences have none)."""
    return ctx.among(sent, lemmas)


def _puts_out(verb: Token) -> bool:
    """ "fue descalificado", "was disqualified", "retiró su oferta", "withdrew its
    bid", "quedó fuera"."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in _LOSING_VERBS:
        return any(c.dep_ in ("aux", "aux:pass", "auxpass") and c.lemma_.lower() in ("ser", "be")
                   for c in verb.children)
    if lemma in _WITHDRAWING_VERBS:
        return any(c.dep_ in OBJ_DEPS and c.lemma_.lower() in OFFER_NOUNS | BID_NOUNS
                   for c in verb.children)
    return lemma == "quedar" and any(c.lower_ == "fuera" for c in verb.children)


# The lemmas ``_puts_out`` may accept.
_PUT_OUT_LEMMAS = _LOSING_VERBS | _WITHDRAWING_VERBS | {"quedar"}


def _awarded(before: list[Mention], si: int) -> Mention | None:
    """The latest deal told just before between a public body that holds a contest
    and the bidders it chose, all in one role."""
    for m in reversed(before):
        if si - m.sent > _REACH or m.type not in _CONTESTED or m.status == "Cancelled":
            continue
        holders = [x for x in m.parties() if _holds_contests(x)]
        chosen = {r for r, x in m.roles if not _holds_contests(x)}
        if len(holders) == 1 and len(chosen) == 1:
            return m
    return None


def _winner(
    ctx: Context, verb: Token, before: list[Mention], si: int
) -> tuple[EntityRef | None, Mention | None]:
    """The one organisation that beats, and the deal it won. A description ("la
    empresa iquiqueña", "the airline") never means the public body that holds the
    contest: it means the won deal's other side."""
    for s in subjects(verb):
        named = [x for x in ctx.np_entities(s) if x.kind == "org"]
        found = named or [x for x in resolve_np(ctx, s, set()) if x.kind == "org"]
        if len(found) != 1:
            continue
        won = _deal_won(before, found[0], si)
        if won is not None and not named and _holds_contests(found[0]):
            others = [x for x in won.parties() if x != found[0]]
            return (others[0], won) if len(others) == 1 else (None, None)
        return found[0], won
    return None, None


def _holds_contests(ref: EntityRef) -> bool:
    """A public body by the first word of its name ("Gobierno de X", "X Water
    District" by its last)."""
    words = ref.name.lower().split()
    return bool(words) and (words[0] in _HOLDERS or words[-1] in _HOLDERS)


def _contest_near(ctx: Context, si: int) -> bool:
    """A contract, a tender, a bid or an offer told in sentence ``si`` or the two
    before."""
    lemmas = ctx.lemma_lowers
    return any(
        lemmas[i] in _CONTEST_WORDS
        for back in range(max(0, si - 2), si + 1)
        for i in range(ctx.sents[back].start, ctx.sents[back].end)
    )


def _beats(verb: Token) -> bool:
    """A verb of beating a rival; Spanish "imponer" only as "imponerse a"."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in _BEAT_VERBS:
        return False
    return lemma != "imponer" or any(c.lower_ == "se" for c in verb.children)


def _deal_won(before: list[Mention], winner: EntityRef, si: int) -> Mention | None:
    """The latest contested deal with both sides named, told in the sentences just
    before, that ``winner`` is a party of."""
    return next(
        (m for m in reversed(before)
         if m.type in _CONTESTED and si - m.sent <= _REACH and winner in m.parties()
         and len(m.parties()) >= 2 and m.status != "Cancelled"),
        None,
    )


def _beaten(ctx: Context, verb: Token) -> list[EntityRef]:
    """The organisations the verb's object names: "beat Y", "se impuso a la china Y",
    "beat two rivals, including Y"."""
    found: list[EntityRef] = []
    for obj in verb.children:
        if obj.dep_ not in OBJ_DEPS or obj.lower_ in ("se", "him", "her", "them"):
            continue
        refs = ctx.np_entities(obj)
        if not refs:
            refs = [x for c in obj.children if c.dep_ == "prep"
                    and c.lower_ in ("including", "incluida", "incluido", "entre")
                    for g in c.children if g.dep_ == "pobj" for x in ctx.np_entities(g)]
        found += [x for x in refs if x.kind == "org" and x not in found]
    return found


def contest_winners(
    ctx: Context, sent: SpacySpan, ms: list[Mention], before: list[Mention], si: int
) -> list[Mention]:
    """The deals of the companies that won a contest for a rival's bid (module
    docstring)."""
    made: list[Mention] = []
    for verb in (ctx.doc[i] for i in _lemmas_in(ctx, sent, _WINNING_VERBS)):
        if verb.pos_ != "VERB" or not _won_with_offer(ctx, verb):
            continue
        winners = [x for s in subjects(verb) for x in ctx.np_entities(s) if x.kind == "org"]
        if len(winners) != 1:
            continue
        lost = _rival_bid(ms + before, winners[0], si)
        if lost is None:
            continue
        price = _winning_price(ctx, verb)
        if price is not None and lost.amount == price:
            lost.amount = None  # (the winner's offer, not the rival's)
        made.append(replace(
            lost, sent=si, evidence=ctx.sentence_evidence(si), trigger=verb.i,
            roles=[(r, x) if r != "acquirer" else (r, winners[0]) for r, x in lost.roles],
            status="Announced", status_explicit=False, amount=price, reported_by=None,
            hedge=None, backref=False, extra_evidence=[],
            rules=[f"frame:won({verb.lemma_.lower()})", "parties:contest-winner",
                   "status:Announced<-won"],
        ))
        lost.status, lost.status_explicit = "Cancelled", True
        lost.rules.append("status:Cancelled<-outbid")
    return made


def lost_to_rival(
    ctx: Context, sent: SpacySpan, ms: list[Mention], before: list[Mention], si: int
) -> list[Mention]:
    """The deal of the company a bidder lost a contest to: "Quensy bid for Velmont,
    but lost out to Daskor, which paid $300m", "Quensy pujó por Velmont, pero perdió
    frente a Daskor". A verb of losing (lexicon/deals.toml contest_lost_to_verbs) with
    no object but a contest ("lost the auction to Daskor") and one company "to" /
    "frente a" / "ante" it: the winner takes the bid for a company told in the sentence
    or the two before by the verb's subject (or by anyone, when the subject is no name),
    in the bidder's place (``parties:lost-to``), and the bidder's bid is lost. Not "lost
    market share to Daskor", nor a loss with no bid told."""
    made: list[Mention] = []
    for verb in (ctx.doc[i] for i in _lemmas_in(ctx, sent, _LOST_TO_VERBS)):
        if verb.pos_ != "VERB" or not _lost_contest(verb):
            continue
        args = _winner_args(ctx, verb)
        winners = list(dict.fromkeys(
            x for arg in args for x in ctx.np_entities(arg) if x.kind == "org"))
        if len(winners) != 1:
            continue
        losers = {x for s in _loser_subjects(verb) for x in ctx.np_entities(s)}
        lost = _bid_lost(ms + before, winners[0], losers, si)
        if lost is None:
            continue
        price = next((ctx.tok_amount[t.i] for arg in args for t in arg.subtree
                      if t.i in ctx.tok_amount), None)
        # ("lost out to Y, which paid $30m": the winner's price paid, the deal done)
        paid = any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _PAYING
                   and "Past" in feat(c, "Tense") for arg in args for c in arg.children)
        status = "Completed" if paid else "Announced"
        made.append(replace(
            lost, sent=si, evidence=ctx.sentence_evidence(si), trigger=verb.i,
            roles=[(r, x) if r != "acquirer" else (r, winners[0]) for r, x in lost.roles],
            status=status, status_explicit=paid, amount=price, reported_by=None,
            hedge=None, backref=False, extra_evidence=[],
            rules=[f"frame:lost-to({verb.lemma_.lower()})", "parties:lost-to",
                   f"status:{status}<-{'paid' if paid else 'won'}"],
        ))
        if lost.status != "Cancelled":
            lost.status, lost.status_explicit = "Cancelled", True
            lost.rules.append("status:Cancelled<-lost-to")
    return made


def _winner_args(ctx: Context, verb: Token) -> list[Token]:
    """The nouns "to" / "frente a" / "ante" the verb, or the contest it lost, which the
    parser may hang them on ("perdió la puja frente a Y"); Spanish "frente", which the
    small parser tags a noun, still marks its case."""
    heads = [verb, *(c for c in verb.children if c.dep_ in OBJ_DEPS)]
    found = [arg for h in heads for prep, arg in ctx.prep_args(h) if prep in _LOST_TO_PREPS]
    found += [c for h in heads for c in h.children if c.dep_ in ("obl", "nmod") and any(
        g.dep_ == "case" and g.lower_ in _LOST_TO_PREPS for g in c.children)]
    return list(dict.fromkeys(found))


def _lost_contest(verb: Token) -> bool:
    """ "lost out to Y", "perdió frente a Y", "lost the auction to Y": no object but a
    contest or a bid."""
    objs = [c for c in verb.children if c.dep_ in OBJ_DEPS and c.lower_ != "se"]
    return all(o.lemma_.lower() in _CONTESTS_WON | BID_NOUNS | OFFER_NOUNS for o in objs)


def _loser_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is coordinated with ("X bid for Y
    but lost out to Z")."""
    found = subjects(verb)
    if not found and verb.dep_ == "conj":
        found = subjects(verb.head)
    return found


def _bid_lost(
    told: list[Mention], winner: EntityRef, losers: set[EntityRef], si: int
) -> Mention | None:
    """The latest bid for a named company told in sentence ``si`` or the two before by
    one of ``losers`` (by anyone but ``winner`` when no loser is named), not completed."""
    for m in sorted(told, key=lambda m: m.sent, reverse=True):
        if si - m.sent > 2 or m.type != "Acquisition" or m.kind not in ("acquire", "offer"):
            continue
        bidders = {x for r, x in m.roles if r == "acquirer"}
        roles = {r for r, _ in m.roles}
        if {"acquirer", "target"} <= roles and winner not in m.parties() and (
            m.status != "Completed") and (not losers or bidders & losers):
            return m
    return None


def _won_with_offer(ctx: Context, verb: Token) -> bool:
    """ "won with a $300m offer", "prevailed with its bid", "se impuso con una oferta",
    "won the auction", "ganó la puja": a win by an offer, or of a contest; not a
    verb with another object ("won a contract", "won market share"), nor Spanish
    "imponer" without "se"."""
    if verb.lemma_.lower() == "imponer" and not any(c.lower_ == "se" for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ in OBJ_DEPS and c.lower_ != "se"]
    if objs:
        return all(o.lemma_.lower() in _CONTESTS_WON for o in objs)
    return any(
        prep in ("with", "con") and (
            arg.lemma_.lower() in OFFER_NOUNS | BID_NOUNS or arg.i in ctx.tok_amount)
        for prep, arg in ctx.prep_args(verb)
    )


def _winning_price(ctx: Context, verb: Token) -> Amount | None:
    """The money of the offer the contest was won "with" ("with a $300m offer")."""
    return next((
        ctx.tok_amount[t.i] for prep, arg in ctx.prep_args(verb) if prep in ("with", "con")
        for t in arg.subtree if t.i in ctx.tok_amount
    ), None)


def _rival_bid(told: list[Mention], winner: EntityRef, si: int) -> Mention | None:
    """The latest bid for a company told in sentence ``si`` or the two before by
    another bidder than ``winner``, with its target named and still open."""
    for m in sorted(told, key=lambda m: m.sent, reverse=True):
        roles = {r for r, _ in m.roles}
        if si - m.sent > 2 or m.type != "Acquisition" or m.kind not in ("acquire", "offer"):
            continue
        if {"acquirer", "target"} <= roles and winner not in m.parties() and (
            m.status not in ("Completed", "Cancelled")
        ):
            return m
    return None
