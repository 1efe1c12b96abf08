"""Shareholders a company is said to count (English; session 17, helper endeals).

"X, which counts Y as a 30 per cent shareholder", "X counts Y among its backers",
"X lists Y as its largest investor": a company that counts another among its
holders has that one as an investor (``parties:counted-holder``). The stake is held
now: the deal is Completed. A person counted among the holders is no deal (a
founder's or officer's own shares say who owns the company).

Spanish says it with *contar con* (session 23, helper unread5): "X cuenta con el fondo
Y como accionista con un 35 %", "X cuenta entre sus accionistas con Y". A partner
("socio") is a holder only with the stake it holds beside it ("como socio con el
20 %"): "cuenta con Y como socio tecnológico" is an alliance, no stake.

Both say it with *have* too (session 34, helper unread3): "X has Y as a 20 per cent
shareholder", "X tiene al fondo Y como accionista" (the holder the object, marked by
"a" in Spanish); "X has Y as a customer" counts no holder.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.refer import resolve_np
from kg.deals.syntax import subjects
from kg.deals.words import NEGATIONS
from kg.facts import EntityRef

# Verbs by which a company names its holders ("counts Y as", "lists Y among"), or
# admits a new one ("welcomed Y as a new investor", "brought in Y as a minority
# shareholder", "added Y as an investor"; parties:counted-holder).
_COUNTING_VERBS = frozenset({"count", "list", "number", "have", "welcome", "bring", "add",
                             "admit"})
# The holder nouns the object is counted as or among.
_HOLDER_NOUNS = frozenset({
    "shareholder", "stockholder", "investor", "backer", "owner", "holder", "unitholder",
})


def counted_holders(ctx: Context, sent: SpacySpan, ms: list[Mention], si: int) -> list[Mention]:
    """The sentence's investments told as holders a company counts."""
    if ctx.lang == "es":
        return _counted_holders_es(ctx, sent, ms, si)
    if ctx.lang != "en":
        return []
    made: list[Mention] = []
    for i in ctx.among(sent, _COUNTING_VERBS):  # (a Token only for a counting verb)
        verb = ctx.doc[i]
        if verb.pos_ != "VERB":
            continue
        holder_noun = _holder_noun(ctx, verb)
        if holder_noun is None:
            continue
        investors = [x for c in verb.children if c.dep_ == "dobj"
                     for x in ctx.np_entities(c) if x.kind == "org"]
        _count_holders(ctx, verb, holder_noun, investors, si, ms, made)
    return made


def _counted_holders_es(
    ctx: Context, sent: SpacySpan, ms: list[Mention], si: int
) -> list[Mention]:
    """ "X cuenta con Y como accionista": the holders a Spanish company counts."""
    made: list[Mention] = []
    for i in ctx.among(sent, _COUNTING_LEMMAS_ES):
        lemma = ctx.lemma_lowers[i]
        verb = ctx.doc[i]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        holder_noun = _holder_noun_es(verb)
        if holder_noun is None:
            continue
        # ("contar con Y", "tener a Y": the holder's preposition)
        holder_prep = _COUNTING_VERBS_ES[lemma]
        investors = [x for prep, arg in ctx.prep_args(verb) if prep == holder_prep
                     for x in ctx.np_entities(arg) if x.kind == "org"]
        _count_holders(ctx, verb, holder_noun, investors, si, ms, made)
    return made


def _count_holders(
    ctx: Context, verb: Token, holder_noun: Token, investors: list[EntityRef], si: int,
    ms: list[Mention], made: list[Mention],
) -> None:
    """Add to ``made`` the holding of ``investors`` in the company the counting verb's
    subject names, unless a mention already tells it."""
    if _denied(verb):
        return
    investees = [x for s in subjects(verb) for x in resolve_np(ctx, s, set(investors))
                 if x.kind == "org" and x not in investors]
    if investors and investees and not _told(ms + made, investors, investees[0]):
        made.append(_holding(ctx, holder_noun, si, investors, investees[0]))


def _denied(verb: Token) -> bool:
    """ "X does not have Y as a shareholder", "X no longer has Y as a shareholder", "ya no
    tiene a Y como accionista": the company counts no such holder (now)."""
    return any(
        c.lower_ in NEGATIONS
        or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
        for c in verb.children
    )


# The Spanish verbs by which a company names its holders, and the preposition of the
# holder ("cuenta con Y como accionista", "tiene al fondo Y como accionista").
# A company admits a new holder with "incorporar" / "sumar" ("incorporó a Y como
# accionista minoritario", "sumó a Y como nuevo inversor").
_COUNTING_VERBS_ES = {"contar": "con", "tener": "a", "incorporar": "a", "sumar": "a"}
_COUNTING_LEMMAS_ES = frozenset(_COUNTING_VERBS_ES)
# The Spanish holder nouns a company counts its holders "como" or "entre"; "socio"
# (a partner as well as a shareholder) only with its stake beside it.
_HOLDER_NOUNS_ES = frozenset({
    "accionista", "inversor", "inversionista", "dueño", "propietario", "partícipe",
})


def _holder_noun_es(verb: Token) -> Token | None:
    """The holder noun in "contar con Y como accionista" or "contar entre sus
    accionistas con Y", hung on the verb or on its "con" argument."""
    for tok in verb.subtree:
        lemma = tok.lemma_.lower()
        if lemma not in _HOLDER_NOUNS_ES and lemma != "socio":
            continue
        if tok.head.i != verb.i and tok.head.head.i != verb.i:
            continue
        if not any(c.lower_ in ("como", "entre") for c in tok.children):
            continue
        if lemma == "socio" and not any(t.text.endswith("%") for t in verb.subtree):
            continue
        return tok
    return None


def _holder_noun(ctx: Context, verb: Token) -> Token | None:
    """The holder noun the verb counts its object "as" or "among"."""
    for prep, arg in ctx.prep_args(verb):
        if prep in ("as", "among") and arg.lemma_.lower() in _HOLDER_NOUNS:
            return arg
    return None


def _holding(ctx: Context, noun: Token, si: int, investors: list[EntityRef],
             investee: EntityRef) -> Mention:
    """One holding: the holders counted together invest in the company together."""
    m = Mention(
        type="Investment", roles=[*(("investor", x) for x in investors), ("investee", investee)],
        sent=si,
        evidence=ctx.sentence_evidence(si), trigger=noun.i, kind="investor",
        rules=["frame:counted-holder", "parties:counted-holder"],
    )
    m.status = "Completed"
    m.rules.append("status:Completed<-holder-counted")
    m.holding = True
    return m


def _told(ms: list[Mention], investors: list[EntityRef], investee: EntityRef) -> bool:
    """Whether a mention of the sentence already has these parties."""
    return any(investee in m.parties() and any(x in m.parties() for x in investors)
               for m in ms)


def stake_bought_again(ctx: Context, ms: list[Mention], before: list[Mention], si: int) -> None:
    """ "... the sale of a controlling stake in Y to Z. The seller, X, bought the stake
    from W in 2019": "the stake" bought with no company named is the stake told in the
    sentences just before; a controlling stake told as a takeover of Y makes this
    purchase a takeover of Y too (English; ``parties:stake-told-before``)."""
    if ctx.lang != "en":
        return
    for m in ms:
        roles = {role for role, _ in m.roles}
        if m.type != "Investment" or roles & {"investee", "target"} or "investor" not in roles:
            continue
        trigger = ctx.doc[m.trigger]  # the verb that buys the stake, or the stake itself
        if not (_the_stake(trigger) and trigger.dep_ == "dobj") and not any(
            _the_stake(o) for o in trigger.children if o.dep_ == "dobj"
        ):
            continue
        prior = next((p for p in reversed(before) if si - p.sent <= 3
                      and p.type in ("Investment", "Acquisition") and _told_a_stake(ctx, p)), None)
        if prior is None:
            continue
        theme = "target" if prior.type == "Acquisition" else "investee"
        company = next((x for role, x in prior.roles if role == theme), None)
        if company is None or company in m.parties():
            continue
        if theme == "target":
            m.type = "Acquisition"
            m.roles = [("acquirer" if role == "investor" else role, x) for role, x in m.roles]
        m.add_role(theme, company)
        m.rules.append("parties:stake-told-before")


def _the_stake(obj: Token) -> bool:
    """ "the stake", "that stake": a definite stake with no company of its own."""
    return obj.lemma_.lower() in ("stake", "holding") and any(
        c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in obj.children
    ) and not any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in obj.children)


def _told_a_stake(ctx: Context, m: Mention) -> bool:
    """Whether the deal's trigger bought or sold a stake ("the sale of a controlling
    stake in Y", "bought a 30% stake in Y")."""
    trigger = ctx.doc[m.trigger]
    return any(t.lemma_.lower() == "stake" for t in trigger.subtree)
