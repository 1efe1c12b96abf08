"""The winner of a public contract named by a role noun (session 31, helper winners).

A tender's winner is often told not by a verb of winning but by a noun predicated of
it: "Y resultó adjudicataria del contrato de limpieza del Ayuntamiento X", "Y fue la
ganadora del concurso convocado por X", "Y, ganadora de la licitación de X, …", "la
adjudicataria del contrato de … de X es Y"; English "Y was the successful bidder in
the X tender", "Y was named preferred bidder by X". The noun's holder (the company it
is said of) sells the works; the body whose contest or contract it is (its owner in
the "de" chain, the agent of "convocado por X", "by X") buys them. A PurchaseAgreement,
as tenders' gold has it; a preferred bidder is still in talks (InNegotiation).

Only with a contest or contract won ("ganadora del concurso de startups", a prize, and
"el concurso de acreedores", an insolvency, are none), and only with both sides named.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.award import owner_chain, participle_agents, prize_contest
from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.syntax import subjects
from kg.facts import EntityRef
from kg.lexicon import LEXICON

# What a winner wins: a contest or a contract ("adjudicataria del lote 2", "the
# successful bidder for the contract").
_WON = LEXICON.words("won_contests")
# Modifiers that make a bidder the one chosen ("the successful bidder"), and the one
# chosen but not yet signed with ("preferred bidder": InNegotiation).
_CHOSEN = LEXICON.words("chosen_bidder_words")
_PREFERRED = frozenset({"preferred"})
# Verbs of which the winner noun is a predicate ("resultó adjudicataria", "fue la
# ganadora", "was named preferred bidder", "emerged as the winning bidder").
_PREDICATE_VERBS = LEXICON.words("winner_predicate_verbs")
_CONTEST_HOLDERS = LEXICON.words("contest_holders")


def named_winner(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """A winner noun said of a company, with a contest or contract it won (Spanish) or,
    in English, a bidder called successful, winning or preferred."""
    if not noun or not _holders(ctx, tok):
        return False
    if tok.lower_ in ("bidder", "bidders"):
        return any(c.dep_ == "amod" and c.lower_ in _CHOSEN for c in tok.children)
    won = _won(ctx, tok)
    return bool(won) and not any(prize_contest(ctx, w) for w in won)


def wins_contract(ctx: Context, tok: Token) -> bool:
    """A winner noun with a contest or contract it won, not a prize ("como adjudicataria
    de su concurso de limpieza"; not "ganadora del concurso de startups")."""
    won = _won(ctx, tok)
    return tok.lemma_.lower() in _WINNER_NOUNS and bool(won) and not any(
        prize_contest(ctx, w) for w in won
    )


# The winner nouns (lexicon/deals.toml winner_n, their lemmas and forms).
_WINNER_NOUNS = frozenset(
    w for lang in LEXICON.triggers().values() for w in lang.get("winner_n", ())
)


def _won(ctx: Context, tok: Token) -> list[Token]:
    """The contests or contracts a winner noun names: its "de" / "of" / "for" / "in"
    phrase, or one the parser hung on the verb it is predicated with ("resultó
    adjudicataria del lote 2")."""
    heads = [tok, *([tok.head] if tok.dep_ in ("obj", "xcomp", "oprd") else [])]
    return [
        arg for h in heads for prep, arg in ctx.prep_args(h)
        if prep in ("de", "of", "for", "in") and arg.lemma_.lower() in _WON
    ]


def _holders(ctx: Context, tok: Token) -> list[EntityRef]:
    """The companies a winner noun is said of: the subject of its copula or of the verb
    it completes ("Y fue la ganadora", "Y resultó adjudicataria", "Y was named preferred
    bidder"), the object such a verb makes it ("X confirmed Y as the successful
    bidder"), the name it is in apposition to ("Y, ganadora de …"), or the name it is
    the subject of ("la adjudicataria … es Y")."""
    head = tok.head
    if any(c.dep_ == "cop" for c in tok.children):
        refs = subjects(tok)
    elif tok.dep_ == "pobj" and head.lower_ == "as" and head.head.i != head.i:
        refs = _made_winner(head.head, tok) or subjects(head.head)
    elif tok.dep_ in ("obj", "xcomp", "attr", "oprd") and (
        head.lemma_.lower() in _PREDICATE_VERBS
    ):
        refs = _made_winner(head, tok) or subjects(head)
    elif tok.dep_ == "appos" or (
        tok.dep_ == "nsubj" and any(c.dep_ == "cop" for c in head.children)
    ):
        refs = [head]
    else:
        return []
    return [x for r in refs for x in ctx.np_entities(r) if x.kind == "org"]


def _made_winner(verb: Token, tok: Token) -> list[Token]:
    """The object a verb makes the winner ("X confirmed Y as the successful bidder").
    (Spanish "X declaró ganador del concurso a Y", its object with "a", was tried and
    made a false deal on a closed half.)"""
    return [c for c in verb.children if c.i != tok.i and c.dep_ == "dobj"]


def _awarders(ctx: Context, tok: Token, holders: list[EntityRef]) -> list[EntityRef]:
    """The body whose contest or contract was won: the owner in the won thing's "de"
    chain ("del Ayuntamiento X"), the agent of a participle on it ("convocado por X"),
    "by X" on the noun or its verb, the subject of an active verb that makes the
    winner its object ("X confirmed Y as the successful bidder"), or a name or
    possessor in the won thing ("in the X tender", "for X's contract")."""
    refs: list[EntityRef] = []
    for won in _won(ctx, tok):
        found = [*owner_chain(ctx, won)[-1:],
                 *(c for c in won.children if c.dep_ in ("poss", "compound")),
                 *([won] if won.i in ctx.tok_ent else [])]
        refs += [x for f in found for x in ctx.np_entities(f) if x.kind == "org"]
        refs += participle_agents(ctx, [won], lambda c: True)
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    found = [arg for h in (tok, verb) for prep, arg in ctx.prep_args(h) if prep in ("by", "por")]
    if _made_winner(verb, tok):
        found += subjects(verb)
    refs += [x for f in found for x in ctx.np_entities(f) if x.kind == "org"]
    return list(dict.fromkeys(x for x in refs if x not in holders))


def winner_sides(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """The winner sells, the contest's holder buys (parties:named-winner); an English
    bidder needs its contest named or a public body as the one choosing it."""
    holders = _holders(ctx, tok)
    awarders = _awarders(ctx, tok, holders)
    if not holders or not awarders:
        return False
    if tok.lower_ in ("bidder", "bidders") and not _won(ctx, tok) and not any(
        w.lower() in _CONTEST_HOLDERS for x in awarders for w in x.name.split()
    ):
        return False  # "the winning bidder for Y": an auction of a company, not this frame
    m.roles = [("seller", x) for x in holders] + [("buyer", x) for x in awarders]
    m.rules.append("parties:named-winner")
    return True


def winner_status(m: Mention, tok: Token) -> None:
    """ "Y was named preferred bidder", "Y was selected as preferred supplier": chosen
    to negotiate, the contract still to be signed (InNegotiation). "Y, ganadora de la
    licitación de X, instalará …": a winner in apposition has won, whatever the tense of
    the clause about it (Completed)."""
    if m.kind == "choose" and any(
        n.dep_ == "pobj" and any(a.lower_ in _PREFERRED for a in n.children)
        for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for n in c.children
    ):
        # "Y has been selected as preferred supplier by X": chosen, not yet signed
        m.status = "InNegotiation"
        m.rules.append("status:InNegotiation<-preferred")
        return
    if m.kind != "winner":
        return
    if any(c.lower_ in _PREFERRED for c in tok.children):
        m.status = "InNegotiation"
        m.rules.append("status:InNegotiation<-preferred")
    elif tok.dep_ == "appos":
        m.status = "Completed"
        m.rules.append("status:Completed<-winner-apposition")
