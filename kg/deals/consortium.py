"""A consortium named by its members is an alliance of them.

"Y opened its books to a consortium of A and B", "firmó con el consorcio formado por A y
B", "el consorcio ganador lo integran A, con el 60 %, y B", "the consortium comprises A
and B": companies that band together to bid for a company or a concession, or to run a
project, have agreed to act as one; the consortium is their partnership, made
(GOLD-FORMAT: a partnership in force is Completed), whatever the consortium goes on to
do, which is a deal of its own with the consortium's members as its parties
(``kg.deals.context.Context.np_entities`` reads a consortium as its members). A
consortium with one member named ("a consortium led by A") tells no alliance.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.syntax import case_of
from kg.deals.words import CONSORTIUM_NOUNS, MEMBER_VERBS, OBJ_DEPS, SUBJ_DEPS
from kg.facts import EntityRef

# The prepositions that bring a consortium's members after a verb of forming it
# ("formado por A y B", "made up of A and B", "led by A").
_MEMBER_PREPS = frozenset({"by", "of", "por"})


def consortia(ctx: Context, sent: Span, si: int) -> list[Mention]:
    """A partnership for each consortium of the sentence with two or more named
    organisations as its members (frame:consortium-members)."""
    found: list[Mention] = []
    for tok in sent:
        if tok.lower_ not in CONSORTIUM_NOUNS and tok.lemma_.lower() not in CONSORTIUM_NOUNS:
            continue
        members: list[EntityRef] = []
        for head in _member_phrases(ctx, tok):
            members += [x for x in ctx.np_entities(head) if x.kind == "org" and x not in members]
        if len(members) < 2:
            continue
        m = Mention(
            type="Partnership", roles=[("partner", x) for x in members], sent=si,
            evidence=ctx.sentence_evidence(si), trigger=tok.i, kind="partner",
            rules=["frame:consortium-members", "status:Completed<-consortium"],
        )
        m.status = "Completed"
        found.append(m)
    return found


def _member_phrases(ctx: Context, tok: Token) -> list[Token]:
    """The phrases that name the members of the consortium ``tok``: "of A and B", "de A
    y B", the complement of a participle of forming it ("formado por A y B"), and the
    other arguments of a verb of forming it that it is the subject or the object of
    ("el consorcio lo integran A y B", "the consortium comprises A and B", "el consorcio
    está formado por A y B"). A consortium that is a name of its own ("Consorcio Vial
    Norte") has only the last."""
    phrases: list[Token] = []
    if tok.i not in ctx.tok_ent:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                phrases += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "nmod" and case_of(c) == "de" and c.i in ctx.tok_ent:
                phrases.append(c)
            elif c.dep_ in ("acl", "amod") and _forms(c):
                phrases += _arguments(ctx, c, tok)
    verb = tok.head
    if verb.i != tok.i and tok.dep_ in (*SUBJ_DEPS, *OBJ_DEPS, "dislocated") and _forms(verb):
        phrases += _arguments(ctx, verb, tok)
    return phrases


def _forms(verb: Token) -> bool:
    return verb.lemma_.lower() in MEMBER_VERBS or verb.lower_ in MEMBER_VERBS


def _arguments(ctx: Context, verb: Token, group: Token) -> list[Token]:
    """The members a verb of forming names: its "por" / "by" / "of" complement, and its
    subject or object other than the consortium (not a pronoun, "lo")."""
    args = [a for prep, a in ctx.prep_args(verb) if prep in _MEMBER_PREPS]
    return args + [
        c for c in verb.children
        if c.i != group.i and c.pos_ != "PRON" and (c.dep_ in SUBJ_DEPS or c.dep_ in OBJ_DEPS)
        and case_of(c) is None
    ]
