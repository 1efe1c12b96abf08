"""The other side of talks: whom a company negotiates a deal with.

"X is in talks with Y to set up a joint venture", "X is in talks with Y on a
sale-and-leaseback of ten jets", "X negocia con Y la venta de una cartera", "X mantiene
conversaciones con Y para crear una empresa conjunta": the deal the talks are about
(the "about" / "on" / "over" / "sobre" / "para" complement of the talks, the
infinitive of their purpose, the object of "negociar") has for its other side the one
the talks are held with ("with" / "con"). That one is a partner of a joint venture,
merger or agreement, and the buyer of what the subject sells (parties:talks-with).

"We" who hold the talks in a quotation ("'We are in discussions with Y on a
partnership,' X's chief executive said") are the speaker's organisation
(kg.deals.first_person.voice); a union leader's "we", or one with no speaker near, is
none.

The topic may hang on the verb that holds the talks ("held talks with Y about a joint
venture", "mantiene conversaciones con Y sobre una alianza").

A purchase, and a stake, are left alone: "in talks with Y to buy Z" may be talks with
Z's owner or with Z itself, "in talks with Y about an acquisition" may make Y the buyer
or the bought, "talks with Y about a stake" a stake in Y or one Y holds; the words do
not say which.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.first_person import FIRST_PLURAL, voice
from kg.deals.mention import Mention
from kg.deals.refer import governing_subject, our_voice
from kg.deals.syntax import case_of, feat, is_verbal, subjects
from kg.deals.words import COUNTERPART_TALKS, OBJ_DEPS, ORGAN_NOUNS
from kg.doc import doc_lang
from kg.facts import EntityRef

# The role the other side of the talks takes, by the kind of the deal's trigger.
_OTHER_SIDE = {
    "partner": "partner", "agreement": "partner", "merge": "partner", "sell": "acquirer",
}
# The buyer's role in a sale, by what is sold: a stake (an investment), goods.
_BUYER_OF_TYPE = {"Investment": "investor", "PurchaseAgreement": "buyer"}
# Prepositions by which talks name their topic ("talks on a sale", "conversaciones sobre
# una alianza", "negociaciones para una fusión").
_TOPIC_PREPS = frozenset({"about", "on", "over", "for", "sobre", "para"})
# Prepositions of being in talks ("is in talks with Y to ...", "está en conversaciones").
_IN = frozenset({"in", "en"})


def talks_counterpart(ctx: Context, m: Mention, tok: Token) -> None:
    """The one talks are held with, when the talks are about this trigger's deal, takes
    the other side of the deal (a partner; the buyer of a sale), unless the deal
    already has it or names it otherwise."""
    role = _OTHER_SIDE.get(m.kind)
    if role is None:
        return
    roles = {r for r, _ in m.roles}
    if role == "acquirer" and roles & {"acquirer", "buyer", "investor"}:
        return
    if role == "acquirer" and m.type in _BUYER_OF_TYPE:
        role = _BUYER_OF_TYPE[m.type]  # a stake sold ("investor"), goods sold ("buyer")
    for talks in _talks_about(ctx, tok):
        sides = 0
        for prep, arg in _talks_args(ctx, talks, tok):
            if prep not in ("with", "con"):
                continue
            for x in ctx.np_entities(arg):
                if x.kind == "org" and x not in m.parties():
                    m.add_role(role, x)
                    m.rules.append("parties:talks-with")
                sides += x in m.parties()
        if sides and role == "partner" and len(m.parties()) < 2:
            _talks_holder(ctx, m, talks)
        elif sides and m.kind == "sell":
            _talks_seller(ctx, m, talks)


def _talks_holder(ctx: Context, m: Mention, talks: Token) -> None:
    """The other partner: the one who holds the talks ("X is in talks with Y about a
    link-up", "X held talks with Y over a tie-up", "X mantiene conversaciones con Y
    sobre una alianza"), the subject of the verb the talks are the object or the "in"
    of, or of the talks verb itself (parties:talks-holder)."""
    for x in _holders(ctx, m, talks):
        m.add_role("partner", x)
        m.rules.append("parties:talks-holder")


def _talks_args(ctx: Context, talks: Token, tok: Token) -> list[tuple[str, Token]]:
    """The prepositional arguments of the talks; for a talks verb whose object is the
    deal, also a "with" / "con" the parser hung inside that object ("is negotiating the
    sale of 900 of its towers with Y": the towers are not negotiated with Y, the sale
    is)."""
    args = list(ctx.prep_args(talks))
    if is_verbal(talks) and tok.head.i == talks.i and tok.dep_ in OBJ_DEPS:
        args += [
            (prep, arg) for t in tok.subtree for prep, arg in ctx.prep_args(t)
            if prep in ("with", "con") and (prep, arg) not in args
        ]
    return args


def _talks_seller(ctx: Context, m: Mention, talks: Token) -> None:
    """The side that sells: the one who holds talks with a buyer about a sale ("X
    negocia con Y la venta de 900 de sus torres", "X is in talks with Y over the sale of
    a minority stake"), when the sale names no seller of its own. A stake that names no
    company it is in is the seller's own: the seller is the company invested in, as in
    "X sold a 20% stake to Y" (parties:talks-seller)."""
    if any(role == "seller" for role, _ in m.roles):
        return
    own_stake = m.type == "Investment" and not any(role == "investee" for role, _ in m.roles)
    # (only a name before the talks in the sentence: "la empresa negocia con Y la venta
    # de una participación" may be any company told before)
    named = {ctx.tok_ent[i] for i in range(talks.sent.start, talks.i) if i in ctx.tok_ent}
    for x in (x for x in _holders(ctx, m, talks) if x in named):
        m.add_role("investee" if own_stake else "seller", x)
        m.rules.append("parties:talks-seller")


def _holders(ctx: Context, m: Mention, talks: Token) -> list[EntityRef]:
    """The organisations that hold the talks: the subject of the talks verb, or of the
    verb the talks noun is the object or the "in" of."""
    held = talks.head if (
        talks.dep_ in OBJ_DEPS or (talks.dep_ == "pobj" and talks.head.lower_ in _IN)
    ) else talks if is_verbal(talks) else None
    if held is None:
        return []
    if held.dep_ == "prep":
        held = held.head
    found = [x for x in governing_subject(ctx, held, set(m.parties())) if x.kind == "org"]
    return found or _we_holding(ctx, m, held)


def _we_holding(ctx: Context, m: Mention, held: Token) -> list[EntityRef]:
    """ "'We are in discussions with Y on a partnership,' X's chief executive said":
    "we" holding the talks is the organisation of the one who says it
    (kg.deals.first_person.voice). With no speaker near, it is the text's own voice
    (``kg.deals.refer.our_voice``): the organisation a letter's greeting or signature
    names ("Dear friends of X, ... we are in talks with Y about a partnership"), else the
    company its lede tells of (parties:talks-holder-voice)."""
    for s in subjects(held):
        if s.lower_ in FIRST_PLURAL:
            spoken = voice(ctx, s, set(m.parties()))
            if spoken is None:
                spoken = our_voice(ctx, s, set(m.parties()))
                if spoken:
                    m.rules.append("parties:talks-holder-voice")
            return [x for x in spoken if x.kind == "org"]
    return []


def bid_talked_over(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "X was in talks with Y's board about a possible offer", "X held talks with Y
    about an offer": an offer that talks with a company (or its board) are about is an
    offer for that company, whoever makes it (parties:bid-talked-over). English only:
    a bid is made to the company it is for."""
    if doc_lang(tok.doc) != "en":
        return []
    # "an offer of new jobs": what an offer "of" something offers must be money
    if any(p == "of" and not any(t.i in ctx.tok_amount for t in a.subtree)
           for p, a in ctx.prep_args(tok)):
        return []
    found: list[EntityRef] = []
    for talks in _topic_of_talks(tok):
        for prep, arg in ctx.prep_args(talks):
            if prep != "with":
                continue
            if arg.lemma_.lower() in ORGAN_NOUNS:
                owners = [c for c in arg.children if c.dep_ in ("poss", "compound")]
                found += [x for c in owners for x in ctx.np_entities(c)]
            else:
                found += ctx.np_entities(arg)
    return [x for x in dict.fromkeys(found) if x.kind == "org"]


def _talks_about(ctx: Context, tok: Token) -> list[Token]:
    """The words of talks whose topic or purpose is the deal ``tok`` states: the talks
    noun or verb the trigger is the topic of, the talks whose purpose clause has it
    (on the talks, or on the verb that says a company is in them), or "negociar" whose
    object it is."""
    return _topic_of_talks(tok) or _purpose_of_talks(ctx, tok)


def _topic_of_talks(tok: Token) -> list[Token]:
    """The talks ``tok`` is the topic of: "talks with Y on a sale", "conversaciones con
    Y sobre una alianza", "held talks with Y about a stake"."""
    topic_of = None
    if tok.dep_ == "pobj" and tok.head.lower_ in _TOPIC_PREPS:
        topic_of = tok.head.head  # "talks with Y on a sale"
    elif not is_verbal(tok) and case_of(tok) in _TOPIC_PREPS:
        topic_of = tok.head  # "conversaciones con Y sobre una alianza"
    if topic_of is not None and is_talks(topic_of):
        return [topic_of]
    partnered = _talks_partnered(topic_of) if topic_of is not None else None
    if partnered is not None:
        return [partnered]
    if topic_of is not None and is_verbal(topic_of):
        # "held talks with Y about a stake", "mantiene conversaciones con Y sobre ...":
        # the topic hung on the verb that holds the talks
        held = [c for c in topic_of.children if c.dep_ in OBJ_DEPS and is_talks(c)]
        if held:
            return held
    return []


def _talks_partnered(name: Token) -> Token | None:
    """ "in discussions with the Y Trust on a partnership": the talks a topic the parser
    hung on the talks' "with" partner is about. A company is no talks, and has no
    topic: the "on"/"about" phrase is the talks'."""
    if name.pos_ != "PROPN":
        return None
    if name.dep_ == "pobj" and name.head.lower_ in ("with", "con") and is_talks(name.head.head):
        return name.head.head
    if name.dep_ == "nmod" and case_of(name) == "con" and is_talks(name.head):
        return name.head
    return None


def _purpose_of_talks(ctx: Context, tok: Token) -> list[Token]:
    """The talks whose purpose ``tok`` is: "in talks with Y to form a joint venture",
    "negocia con Y la venta de Z"."""
    clause = tok if is_verbal(tok) else tok.head if tok.dep_ in OBJ_DEPS else None
    if clause is None:
        return []
    if is_talks(clause) and clause is not tok:
        return [clause]  # "negocia con Y la venta de una cartera"
    if clause.dep_ not in ("advcl", "xcomp", "acl") or not _infinitive(clause):
        return []
    head = clause.head
    if is_talks(head):
        return [head]  # "talks with Y to form a joint venture"
    # "X is in talks with Y to form a joint venture": the talks are the verb's "in"
    return [arg for prep, arg in ctx.prep_args(head) if prep in _IN and is_talks(arg)]


def is_talks(tok: Token) -> bool:
    """A word of talks ("talks", "conversaciones", "negociar")."""
    return tok.lemma_.lower() in COUNTERPART_TALKS or tok.lower_ in COUNTERPART_TALKS


def _infinitive(verb: Token) -> bool:
    """A purpose infinitive: "to form", "para crear"."""
    return "Inf" in feat(verb, "VerbForm") or any(
        c.dep_ in ("aux", "mark") and c.lower_ in ("to", "para") for c in verb.children
    )


def talks_read_as_subject(verb: Token, subj: list[Token]) -> bool:
    """ "X said talks to merge with Y had ended", "X said negotiations to buy Y were
    continuing": the parser may make the talks the subject of their own infinitive,
    though talks merge nothing; the infinitive tells their purpose, and its agent is
    the one who holds the talks (the subject of the verb above, read then)."""
    return bool(subj) and "Inf" in feat(verb, "VerbForm") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ) and all(s.lower_ in COUNTERPART_TALKS and s.pos_ == "NOUN" for s in subj)
