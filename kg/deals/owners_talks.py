"""Talks with a company's owners: a company that negotiates with, or sounds out, the
owners of another is negotiating to buy it.

"X sigue en conversaciones con los accionistas de Y", "X held talks with the owners of
Y", "X habría sondeado a los accionistas de Y": the owners are who would sell, and what
they own is what would be sold; the words of talks (``kg.deals.negotiation``) name the
counterpart, and the owners' noun names the company.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.negotiation import is_talks
from kg.deals.refer import governing_subject
from kg.deals.status import set_status
from kg.deals.syntax import case_of, is_verbal
from kg.deals.words import APPROACH_VERBS, COUNTERPART_TALKS, OBJ_DEPS, OWNERS_OF_COMPANY
from kg.facts import EntityRef

_TALKS_OR_APPROACH = COUNTERPART_TALKS | APPROACH_VERBS


def talks_with_owners(ctx: Context, sent: Span, si: int) -> list[Mention]:
    """ "X sigue en conversaciones con los accionistas de Y", "X held talks with the
    owners of Y", "X ha sondeado a los accionistas de Y": a company that talks with, or
    sounds out, the owners of another is negotiating to buy it; an acquisition in talks
    (a hedge, "habría sondeado", makes it a rumour), the talker the acquirer, the owned
    company the target (frame:talks-with-owners). Talks with one's own shareholders buy nothing."""
    found: list[Mention] = []
    doc = sent.doc
    # A Token only for a word of talks or approach, found from the doc's index (which
    # kg.deals.conjugation keeps: it gives a verb its lemma by kg.doc.set_lemma).
    for i in sorted({*ctx.among(sent, COUNTERPART_TALKS, "lowers"),
                     *ctx.among(sent, _TALKS_OR_APPROACH)}):
        t = doc[i]
        approach = t.lemma_.lower() in APPROACH_VERBS and is_verbal(t)
        if not approach and not is_talks(t):
            continue
        owners = [o for o in _owners_talked_with(ctx, t, approach) if _owned(ctx, o)]
        if not owners:
            continue
        owned = [y for o in owners for y in _owned(ctx, o)]
        buyers = [x for x in governing_subject(ctx, t, set(owned)) if x.kind == "org"]
        if not buyers:
            continue
        m = Mention(
            type="Acquisition", roles=[("acquirer", x) for x in buyers], sent=si,
            evidence=ctx.sentence_evidence(si), trigger=t.i, kind="acquire",
            rules=["frame:talks-with-owners"],
        )
        for y in owned:
            m.add_role("target", y)
        # (from the owners up, so that the talks and their hedge govern it)
        set_status(m, owners[0], True)
        if m.status not in ("Rumoured", "Cancelled", "InNegotiation"):
            m.status = "InNegotiation"
            m.rules.append("status:InNegotiation<-talks-with-owners")
        found.append(m)
    return found


def _owners_talked_with(ctx: Context, t: Token, approach: bool) -> list[Token]:
    """The owners' nouns the talks ``t`` are held with ("con los accionistas", "with
    the owners"; on the talks or on the verb that holds them), or that are sounded out
    ("sondeó a los accionistas", "approached the shareholders")."""
    heads = [t, t.head] if t.dep_ in OBJ_DEPS else [t]
    args = [a for h in heads for prep, a in ctx.prep_args(h) if prep in ("with", "con")]
    if approach:
        args += [c for c in t.children if c.dep_ in OBJ_DEPS or (
            c.dep_ == "obj" and case_of(c) == "a")]
        args += [a for prep, a in ctx.prep_args(t) if prep == "a"]
    return [a for a in args if a.lemma_.lower() in OWNERS_OF_COMPANY
            or a.lower_ in OWNERS_OF_COMPANY]


def _owned(ctx: Context, owners: Token) -> list[EntityRef]:
    """The organisation the owners' noun names as theirs: "los accionistas de Y", "the
    owners of Y", "Y's shareholders"."""
    found = [x for prep, arg in ctx.prep_args(owners) if prep in ("de", "of")
             for x in ctx.np_entities(arg)]
    found += [x for c in owners.children if c.dep_ == "poss" for x in ctx.np_entities(c)]
    return [x for x in found if x.kind == "org"]
