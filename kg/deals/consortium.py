"""The members of a consortium are partners: companies that join to bid for, build or
run one undertaking have agreed to do it together (a Partnership of the members, as
the gold files tell it). Where a deal of the sentence has the members as its parties
("Un consorcio formado por A y B compró Y"), the consortium acts as one side and that
deal tells it.

The members are named by the consortium's own phrase or by the clause it is an argument
of, in both languages:

- a complement: "a consortium of A and B", "un consorcio de A y B";
- a participle of forming: "un consorcio formado por A y B", "a consortium made up of
  A and B", "el consorcio integrado por A, con el 60 %, y B";
- a clause of forming with the consortium its subject ("El consorcio está formado por A
  y B", "The consortium comprises A and B") or its object ("El consorcio lo integran A
  y B", "A y B formaron un consorcio").

At least two members must be named: "a consortium led by A" names its head, not who is
in it (``leader_verbs``), and "un consorcio de bancos" names no one. A consortium
denied ("A y B no formarán un consorcio") is none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.status import set_status
from kg.deals.syntax import ACCUSATIVE_CLITICS, case_of, subjects
from kg.deals.words import (
    CONSORTIUM_NOUNS,
    LEADER_VERBS,
    MEMBER_VERBS,
    NEGATIONS,
    OBJ_DEPS,
    SUBJ_DEPS,
)
from kg.facts import EntityRef

RULE = "frame:consortium-members"
_FORMING = MEMBER_VERBS - LEADER_VERBS
# The prepositions that introduce the members after a verb of forming ("formado por",
# "made up of", "formed by", "compuesto de").
_MEMBER_CASES = frozenset({"por", "de", "of", "by"})


def consortium_partners(
    ctx: Context, sent: Span, si: int, ms: list[Mention]
) -> list[Mention]:
    """ "Ravenmoor Heat, a consortium of Selkirk Hydro and Dunmore, won the tender", "El
    consorcio vencedor lo integran Navegación Ulloa, con el 70 %, y Sakaide, con el 30
    %": a Partnership of the consortium's named members (two or more), unless a mention
    of the sentence (``ms``) already has them all as parties (their partnership, or the
    deal the consortium makes: "Un consorcio formado por A y B compró Y"). Formed in a
    clause ("A y B podrían formar un consorcio"), its status is the one the words
    governing the consortium give; named as it stands, Completed
    (frame:consortium-members)."""
    found: list[Mention] = []
    doc = sent.doc
    for i in ctx.among(sent, CONSORTIUM_NOUNS):
        group = doc[i]
        phrases = _member_phrases(group)
        if phrases is None:
            continue
        heads, formed_in_clause = phrases
        own = ctx.tok_ent.get(group.i)
        members: list[EntityRef] = []
        for head in heads:
            for ref in ctx.np_entities(head):
                if ref != own and ref not in members:
                    members.append(ref)
        if len(members) < 2 or _told(ms + found, members):
            continue
        m = Mention(
            type="Partnership", roles=[("partner", x) for x in members], sent=si,
            evidence=ctx.sentence_evidence(si), trigger=group.i, kind="partner",
            rules=[RULE],
        )
        if formed_in_clause:
            set_status(m, group, True)  # "A y B podrían formar un consorcio": Rumoured
        else:
            # a consortium named as it stands ("adjudicado al consorcio formado por A y
            # B"): the words around it tell the other deal's stage, not its making
            m.status = "Completed"
            m.rules.append("status:Completed<-consortium-named")
        found.append(m)
    return found


def _member_phrases(group: Token) -> tuple[list[Token], bool] | None:
    """The heads of the phrases that name the members of the consortium ``group``, and
    whether a clause of forming names some (its subject or object the consortium); None
    when the clause that tells them is denied."""
    heads: list[Token] = []
    for child in group.children:
        if (child.dep_ == "prep" and child.lower_ == "of") or (
                child.dep_ == "nmod" and case_of(child) == "de"):
            # "a consortium of A and B", "un consorcio de A y B"
            heads += [g for g in child.children if g.dep_ == "pobj"] or [child]
            # "a consortium of A and the local firm B": the parser may coordinate the
            # second member with the consortium, not with the first
            heads += [c for c in group.children if c.dep_ == "conj"]
        elif child.dep_ in ("acl", "amod") and child.lemma_.lower() in _FORMING:
            # "un consorcio formado por A y B", "a consortium made up of A and B"
            heads += _formed_by(child)
    verb = group.head
    in_clause = len(heads)
    if group.dep_ in SUBJ_DEPS and verb.lemma_.lower() in _FORMING:
        # "El consorcio está formado por A y B", "The consortium comprises A and B"
        heads += _formed_by(verb) + [c for c in verb.children if c.dep_ in OBJ_DEPS]
        if any(c.dep_ in OBJ_DEPS and c.lower_ in ACCUSATIVE_CLITICS for c in verb.children):
            # "El consorcio lo integran A y B": the fronted object doubled by its
            # clitic, which the parser reads as a second subject
            heads += [s for s in subjects(verb) if s.i != group.i]
    elif group.dep_ in OBJ_DEPS and verb.lemma_.lower() in _FORMING:
        # "El consorcio lo integran A y B", "A y B formaron un consorcio"
        heads += subjects(verb)
    else:
        verb = group
    if any(c.lower_ in NEGATIONS for c in (*verb.children, *group.children)):
        return None
    return heads, len(heads) > in_clause


def _formed_by(verb: Token) -> list[Token]:
    """The members a verb of forming names: "por A y B" (which the Spanish parser may
    hang as an object with its preposition), "up of A and B", "by A and B"."""
    heads: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in _MEMBER_CASES:
            heads += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "prt":
            heads += [g for p in child.children if p.dep_ == "prep"
                      for g in p.children if g.dep_ == "pobj"]
        elif child.dep_ in ("obl", "obj", "nmod") and case_of(child) in _MEMBER_CASES:
            heads.append(child)
    return heads


def _told(ms: list[Mention], members: list[EntityRef]) -> bool:
    """Whether a mention of the sentence already has all the members as its parties: a
    partnership of theirs, or a deal the consortium makes as one side ("Un consorcio
    formado por A y B compró Y": A and B buy; the consortium acts, and is told no
    further)."""
    return any(set(members) <= m.parties() for m in ms)
