"""The members of a consortium are partners (session 23, helper unread5).

"Y granted due diligence access to a consortium of A and B", "un consorcio formado por
A y B ganó la licitación", "la alianza de A y B": companies that bid, build or buy as
one group formed that group together, a partnership of its members, whatever the
group then does (its bid is told by the frames, with the members as its parties). The
group exists as it is told: the partnership is Completed. A group that is itself a
name ("Consorcio Vial del Sur") names no members, and a group of one company is none.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.words import PARTNERSHIP_GROUP_NOUNS
from kg.facts import EntityRef


def consortium_partners(
    ctx: Context, sent: SpacySpan, ms: list[Mention], si: int
) -> list[Mention]:
    """The partnerships of the groups the sentence names by their members."""
    made: list[Mention] = []
    for i in range(sent.start, sent.end):
        if ctx.lemma_lowers[i] not in PARTNERSHIP_GROUP_NOUNS or i in ctx.tok_ent:
            continue
        noun = ctx.doc[i]
        if noun.pos_ != "NOUN":
            continue
        members: list[EntityRef] = []
        for ref in ctx.np_entities(noun):
            if ref.kind == "org" and ref not in members:
                members.append(ref)
        if len(members) < 2 or _told(ms + made, members):
            continue
        m = Mention(
            type="Partnership", roles=[("partner", x) for x in members], sent=si,
            evidence=ctx.sentence_evidence(si), trigger=i, kind="group",
            rules=["frame:consortium-members", "parties:consortium-members"],
        )
        m.status = "Completed"
        m.rules.append("status:Completed<-group-formed")
        made.append(m)
    return made


def _told(ms: list[Mention], members: list[EntityRef]) -> bool:
    """Whether a partnership of the sentence already joins these members."""
    return any(m.type == "Partnership" and set(members) <= m.parties() for m in ms)
