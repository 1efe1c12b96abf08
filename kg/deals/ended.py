"""Talks or a plan ended, told after the deal they were about: the deal is cancelled.

"Harlow agreed to acquire Penrith. The talks collapsed after a row about pensions",
"Banco X negoció su fusión con Y, aunque las negociaciones fracasaron", "X e Y
anunciaron un proyecto de fusión. Meses después, el proyecto se canceló": a definite
noun of talks, or the deal's own
plan noun told again, whose end is told (the cancelled words of ``lexicon/deals.toml``
``[status]``) refers back to the deal told in that sentence or the one before, and ends
it. A rejection is no end of its own here (an offer turned down may be raised). The
words of talks are no deal triggers (talks may be about anything), so the
back-reference is made here, only when the talks end and a deal was just told.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.status import set_status
from kg.deals.syntax import is_conditional, is_definite, is_future, is_verbal
from kg.deals.words import DEAL_PLAN_NOUNS, HEDGE_AUX, NEGOTIATING, REJECTING
from kg.doc import token_flags


def ended_back(
    ctx: Context, sent: Span, si: int, here: list[Mention], before: list[Mention]
) -> list[Mention]:
    """Back-references (type "", ``frame:talks-ended-back``) cancelled, one for each
    definite noun of talks or of the deal's plan in ``sent`` whose end is told, when a
    deal was told in this sentence or the one before. Near misses: "the talks continue"
    (no end told), "the talks collapsed" with no deal told just before, "el plan se
    abandonó" after a deal not told as a plan."""
    told = [m for m in (*before, *here) if not m.backref and m.sent >= si - 1]
    if not told:
        return []
    found: list[Mention] = []
    nouns = token_flags(ctx.doc, "noun")
    for i in ctx.among(sent, _ENDED_NOUNS):  # (the nouns _talks and _plan_told take)
        if not nouns[i] or i in ctx.by_token:
            continue
        t = ctx.doc[i]
        if not is_definite(t):
            continue
        if not (_talks(t) or _plan_told(ctx, t, told)):
            continue
        m = Mention(
            type="", roles=[], sent=si, evidence=ctx.sentence_evidence(si), trigger=t.i,
            kind="deal", backref=True, rules=["frame:talks-ended-back"],
        )
        if end_told(m, t):
            set_status(m, t, True)
            found.append(m)
    return found


def end_told(m: Mention, noun: Token) -> bool:
    """Whether the words governing a deal noun tell its end as a fact ("the offer
    expired", "el proyecto se canceló"): its status read as a noun's is Cancelled, and
    the verb it is the subject of is neither hedged nor to come ("the negotiations might
    still collapse", "the offer will expire on Friday": not ended yet)."""
    probe = replace(m, rules=[], roles=[])
    set_status(probe, noun, True)
    verb = next((a for a in noun.ancestors if is_verbal(a)), None)
    # (the end is the verb's the noun is an argument of, not one further up: "turned
    # the offer down, calling the bid mean" ends no bid; and a rejection ends no offer
    # of its own: "X went hostile once the board had rejected its approaches")
    if probe.status != "Cancelled" or verb is None or verb.lemma_.lower() in REJECTING \
            or f"status:Cancelled<-{verb.lemma_.lower()}" not in probe.rules:
        return False
    return not (
        is_conditional(verb) or is_future(verb)
        or any(c.dep_ == "aux" and c.lemma_.lower() in HEDGE_AUX for c in verb.children)
    )


_ENDED_NOUNS = NEGOTIATING | DEAL_PLAN_NOUNS


def _talks(t: Token) -> bool:
    """ "those talks", "las conversaciones", "the negotiations"."""
    return t.lemma_.lower() in NEGOTIATING


def _plan_told(ctx: Context, t: Token, told: list[Mention]) -> bool:
    """ "El proyecto" after "un proyecto de fusión": a plan noun the deal told just
    before was told with, as the head its trigger hangs on."""
    lemma = t.lemma_.lower()
    if lemma not in DEAL_PLAN_NOUNS:
        return False
    heads = (ctx.doc[m.trigger].head for m in told if m.trigger < t.i)
    return any(h.lemma_.lower() == lemma and h.i != t.i for h in heads)
