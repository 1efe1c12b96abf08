"""The one who speaks about a deal is not its party (English; session 17, helper endeals).

"Last year's purchase of Y paid off, chief executive Z said", "Asked about a merger
with Y, Z said ...": a person who is the subject of a verb of saying, with the deal
noun inside what is said (its complement) or inside the adjunct that sets the scene
("asked about ..."), comments on the deal; the frame must not take the speaker for the
buyer or the partner the noun leaves unsaid. A deal noun with a possessor ("his
purchase of Y", "Z said her firm's bid ...") names its own agent (not a
possessor of time: "last year's purchase of Y") and is left alone,
and so is a deal noun that is the speech verb's own object ("Z confirmed the sale").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.roles import noun_topic_acquirer
from kg.deals.syntax import subjects
from kg.facts import EntityRef

# Verbs of saying whose subject is a speaker (not "confirm" or "announce": a company
# that announces a deal noun is often its party).
_SPEECH_VERBS = frozenset({
    "say", "add", "tell", "note", "explain", "reply", "answer", "insist", "comment",
    "remark", "argue", "stress", "recall",
})
# Possessors that tell when, not who ("last year's purchase of Y").
_TIME_NOUNS = frozenset({
    "year", "month", "week", "day", "quarter", "decade", "today", "yesterday", "tomorrow",
    "summer", "winter", "spring", "autumn", "fall",
})
# The edges by which what is said, or the scene it is said in, hangs on the verb.
_SAID_DEPS = frozenset({"ccomp", "advcl", "parataxis", "xcomp"})


def speaker_not_party(ctx: Context, m: Mention) -> None:
    """Drop from a deal noun's parties the person who speaks about it."""
    if ctx.lang != "en":
        return
    tok = ctx.doc[m.trigger]
    if tok.pos_ not in ("NOUN", "PROPN") or any(
        c.dep_ == "poss" and c.lemma_.lower() not in _TIME_NOUNS for c in tok.children
    ):
        return
    speakers = _speakers(ctx, m)
    if any(x in speakers for x in m.parties()):
        m.roles = [(role, x) for role, x in m.roles if x not in speakers]
        m.rules.append("parties:speaker-not-party")
        if m.type == "Acquisition":
            # "Last year's purchase of Y paid off, chief executive Z said": with the
            # speaker dropped the noun has no agent, and is the topic's (apart17)
            noun_topic_acquirer(ctx, m, tok)


def _speakers(ctx: Context, m: Mention) -> set[EntityRef]:
    """The people who say (or are asked) what the deal noun is in."""
    found: set[EntityRef] = set()
    below = ctx.doc[m.trigger]
    for verb in below.ancestors:
        if verb.lemma_.lower() in _SPEECH_VERBS and _said(below):
            found |= {x for s in subjects(verb) if s.i != below.i
                      for x in ctx.np_entities(s) if x.kind == "person"}
        below = verb
    return found


def _said(clause: Token) -> bool:
    """Whether ``clause`` is what a speech verb says or the scene it is said in; a
    quoted clause before "said" the parser may take for the verb's subject ("The win
    vindicates the purchase, Z said")."""
    return clause.dep_ in _SAID_DEPS or (
        clause.dep_ in ("nsubj", "csubj") and clause.pos_ in ("VERB", "AUX")
    )
