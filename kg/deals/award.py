"""English contract awards the parse leaves half told (session 16, helper endeals).

kg.deals.frames._awarded_to reads "Y awarded X a contract": the awarder buys, the
dative sells. Two English shapes of the same frame name the winner elsewhere:

- "Y has awarded a $90 million contract to X": the parser hangs "to X" on the
  contract rather than on the verb;
- "shares of X rose after Y awarded it a contract": the winner is a pronoun, which
  stands for the company the sentence is about (kg.deals.refer.resolve_np);
- "X, Town, has been awarded a $N contract for … Y, Town, is the contracting
  activity": a US contract announcement names the body that buys in a sentence of its
  own after the award (``contracting_activity``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.refer import governing_subject, resolve_np
from kg.deals.syntax import case_of, is_verbal, subjects
from kg.deals.words import (
    AWARDING_VERBS,
    COMMISSIONED_WORKS,
    CONTRACT_BIDDING_WORDS,
    GRANTED_NOT_BOUGHT,
    OBJ_DEPS,
    PREVAIL_VERBS,
    PRIZE_CONTEST_WORDS,
    RECEIVE_VERBS,
    TENDER_MODIFIERS,
)
from kg.doc import doc_lang
from kg.facts import EntityRef

# What a US contract announcement calls the body that buys ("Y is the contracting
# activity"): nouns after "contracting".
_CONTRACTING_NOUNS = frozenset({"activity", "agency", "office", "command"})
# How many sentences after the award its contracting activity may be named.
_CONTRACTING_REACH = 3

# Personal pronouns that can stand for the company a contract is awarded to.
_WINNER_PRONOUNS = frozenset({"it", "them"})


def contract_winners(ctx: Context, verb: Token, contract: Token) -> list[EntityRef]:
    """The company an English awarding verb gives its contract to, when the parse
    does not make it the verb's named dative: "awarded a contract to X" ("to X" on
    the contract), "awarded it a contract" (a pronoun dative, resolved)."""
    named = [
        x for prep, arg in ctx.prep_args(contract) if prep == "to"
        for x in ctx.np_entities(arg) if x.kind == "org"
    ]
    if named:
        return named
    subjects = {x for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                for x in ctx.np_entities(c)}
    return [
        x for c in verb.children
        if c.dep_ in ("dative", "iobj") and c.pos_ == "PRON" and c.lower_ in _WINNER_PRONOUNS
        for x in resolve_np(ctx, c, subjects) if x.kind == "org" and x not in subjects
    ]


def goods_conjunct(verb: Token) -> list[Token]:
    """ "a contract to supply and install pumps", "to supply and maintain cranes": two
    verbs sharing one object leave the first with none (the parser hangs the object on
    the second verb, or makes it a noun conjoined to the first); those are its goods."""
    if verb.pos_ != "VERB" or doc_lang(verb.doc) != "en":
        return []
    conjuncts = [c for c in verb.children if c.dep_ == "conj"]
    return [c for c in conjuncts if c.pos_ == "NOUN"] + [
        o for c in conjuncts if c.pos_ == "VERB" for o in c.children if o.dep_ == "dobj"
    ]


# Relative pronouns of a clause that tells an agreement's terms ("under which X will
# pay $90 million", "by which Y would receive ...").
_TERMS_PREPS = frozenset({"under", "by"})


def price_clause(ctx: Context, agreement: Token, inner: Token) -> bool:
    """ "their agreement, under which X would have paid $155m": a paying verb in a
    relative clause of the terms of an agreement pays the agreement's price, and buys
    nothing of its own; the agreement is the deal (English)."""
    if doc_lang(agreement.doc) != "en" or not ctx.by_token.get(inner.i, "").startswith("pay_v"):
        return False
    if inner.dep_ != "relcl" or inner.head.i != agreement.i:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in _TERMS_PREPS
        and any(g.lower_ in ("which", "whom") for g in c.children)
        for c in inner.children
    ) and not any(prep == "for" for prep, _ in ctx.prep_args(inner))


def licensed_between(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "X has licensed the Asian rights to its drug to Y", "X in-licensed a pill from
    Y": a licensing verb with a company it licenses to or from, and no company as what
    is licensed (rights, a product, a technology), allies the two (a Partnership, as
    a licensing deal is)."""
    if noun or tok.pos_ != "VERB" or tok.tag_ in ("VBZ", "VBP"):
        return False  # ("X licenses its software to banks": what it does, no deal)
    if any(ctx.np_entities(c) and not _owners_of(ctx, c)
           for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        return False  # "licensed Y to ..." names no rights: not this frame
    return bool(_licence_sides(ctx, tok))


def _owners_of(ctx: Context, thing: Token) -> list[EntityRef]:
    """The companies that own what is licensed, named as its possessor ("to license
    Pemberton Labs' gene therapy"), when the thing itself is no company."""
    if thing.i in ctx.tok_ent:
        return []
    return [x for c in thing.children if c.dep_ == "poss"
            for x in ctx.np_entities(c) if x.kind == "org"]


def _licence_sides(ctx: Context, verb: Token) -> list[EntityRef]:
    """The companies a licence goes to or comes from: "to" / "from" on the verb, or
    hung by the parser on what is licensed ("the rights to a pill from Y"); or the
    owner of what is licensed ("X exercised its option to license Y's gene therapy":
    X takes the licence from Y)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [verb, *(t for c in verb.children if c.dep_ in ("dobj", "prep")
                     for t in c.subtree if t.pos_ in ("NOUN", "PROPN"))]
    return list(dict.fromkeys([
        *(x for h in heads for prep, arg in ctx.prep_args(h) if prep in ("to", "from")
          for x in ctx.np_entities(arg) if x.kind == "org"),
        *(x for c in objects for x in _owners_of(ctx, c)),
    ]))


def licence_sides(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """The licence's other side, where the parser hung it on what is licensed."""
    for x in _licence_sides(ctx, tok):
        m.add_role("partner", x)
    return len(m.parties()) >= 2


def commissioned_work(ctx: Context, tok: Token) -> bool:
    """ "Naviera X encargó a Astilleros Y la construcción de dos buques", "encargó a Y
    el suministro de botellas": a verb of ordering whose object is a work or a supply
    (lexicon/deals.toml commissioned_works), with the company that is to do it named
    in an "a" phrase, orders it from that company; not "encargó a Y un informe" nor
    "le encargó la venta" (a task, not a work bought)."""
    works = [c for c in tok.children if c.dep_ in ("obj", "dobj")
             and c.lemma_.lower() in COMMISSIONED_WORKS and c.i not in ctx.tok_ent]
    return bool(works) and any(
        prep == "a" and any(x.kind == "org" for x in ctx.np_entities(arg))
        for prep, arg in ctx.prep_args(tok)
    )


def bid_for_only(contract: Token) -> bool:
    """ "Draymoor is bidding for a contract with Ferncliff", "X submitted a bid for a
    contract with Y", "X bid $30 million for Y's contract": a contract a company bids or
    competes for is sought, not signed; its "with" company is no buyer yet. "X won the
    bid for the contract" still tells it (a bid won, RECEIVE_VERBS). English."""
    if contract.dep_ != "pobj" or contract.head.lower_ != "for":
        return False
    bid = contract.head.head
    if bid.dep_ == "dobj" and bid.head.lemma_.lower() in CONTRACT_BIDDING_WORDS:
        bid = bid.head  # "X bid $30 million for the contract": "for" hung on the sum
    if bid.lemma_.lower() not in CONTRACT_BIDDING_WORDS:
        return False
    return bid.pos_ == "VERB" or bid.head.lemma_.lower() not in RECEIVE_VERBS


def owner_chain(ctx: Context, contract: Token) -> list[Token]:
    """The "de" phrases of a contract and of the nouns that say what it is for ("el
    contrato de recolección de residuos de la Municipalidad X", "el contrato de limpieza
    de colegios del Ayuntamiento X", the parser hanging the owner on any of those
    nouns): the last of them that names a company is the contract's owner."""
    found: list[Token] = []
    heads = [contract]
    while heads:
        args = [arg for h in heads for prep, arg in ctx.prep_args(h) if prep == "de"]
        found += [arg for arg in args if ctx.np_entities(arg)]
        heads = [a for a in args if a.pos_ == "NOUN" and not ctx.np_entities(a)]
    return found


# What makes a "concurso" an insolvency, not a tender ("el concurso de acreedores").
_INSOLVENCY_WORDS = frozenset({"acreedor", "acreedores"})


def tender_won(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "Y ganó la licitación del Ayuntamiento de X", "Y won a tender from X", "la
    licitación de X, ganada por Y": a public tender states a deal only as won (the
    object of a verb of winning, or with a participle of winning and its agent); the
    winner sells the works, the body whose tender it is buys them. Not a tender opened
    or bid for ("sacó a licitación", "optan al concurso"), nor "el concurso de
    acreedores" (an insolvency), nor a concession or award of a loan, a grant or a
    licence (lexicon/deals.toml granted_not_bought). "Y obtuvo la buena pro de X" (Peru)
    is a tender won, "pro" only with its "buena" (tender_modifiers)."""
    if not noun or any(t.lemma_.lower() in _INSOLVENCY_WORDS for t in tok.subtree):
        return False
    if any(prep == "de" and arg.lemma_.lower() in GRANTED_NOT_BOUGHT
           for prep, arg in ctx.prep_args(tok)):
        return False  # "obtuvo la concesión de un crédito de X": a grant, not a contract
    if prize_contest(ctx, tok):
        return False
    needed = TENDER_MODIFIERS.get(tok.lemma_.lower())
    if needed and not any(c.dep_ == "amod" and c.lower_ in needed.split() for c in tok.children):
        return False  # "a favor o en contra (pro)": only "la buena pro" is an award
    head = tok.head
    won = (tok.dep_ in OBJ_DEPS and head.lemma_.lower() in RECEIVE_VERBS and is_verbal(head))
    return won or prevailed_in(tok) or bool(_tender_winners(ctx, tok))


def prevailed_in(tok: Token) -> bool:
    """ "Y se impuso en el concurso de X", "Y se alzó con la licitación de X", "Y se quedó
    con el contrato de X", "Y se llevó la concesión", "tras imponerse en la licitación":
    a pronominal verb of prevailing wins the contest or contract it governs with its own
    preposition (lexicon/deals.toml prevail_verbs), as "ganar" does; not without "se"
    ("impuso una multa", "llevó a cabo la licitación"), nor "se quedó sin el contrato"."""
    verb = tok.head
    words = verb.lemma_.lower().split()
    want = PREVAIL_VERBS.get(words[0]) if words else None
    if want is None or verb.i == tok.i or not is_verbal(verb):
        return False
    if not (verb.lower_.endswith("se") or any(c.lower_ == "se" for c in verb.children)):
        return False
    # (the parser may make "con el contrato" an object, with its preposition)
    return tok.dep_ in (*OBJ_DEPS, "obl") and (case_of(tok) or "") == want


def prize_contest(ctx: Context, contest: Token) -> bool:
    """ "el concurso de startups del Ayuntamiento X", "the innovation award": a contest
    for a prize (its "de" phrase or a modifier a prize contest's subject, lexicon/deals.toml
    prize_contest_words) buys nothing from its winner."""
    return any(
        c.lemma_.lower() in PRIZE_CONTEST_WORDS or c.lower_ in PRIZE_CONTEST_WORDS
        for c in (*(arg for _, arg in ctx.prep_args(contest)), *contest.children)
    )


def _tender_winners(ctx: Context, tender: Token) -> list[EntityRef]:
    """The agent of a participle of winning on a tender ("ganada por Y", "won by Y"),
    or on the name of its body, where the parser may hang it ("la licitación de la
    Secretaría X, ganada por Y")."""
    heads = [tender, *(c for c in tender.children if c.dep_ == "nmod" and c.i in ctx.tok_ent)]
    return participle_agents(ctx, heads, _winning)


def participle_agents(
    ctx: Context, heads: list[Token], keep: Callable[[Token], bool]
) -> list[EntityRef]:
    """The organisations named as the agent ("por X", "by X") of a participle on any of
    ``heads`` that ``keep`` admits ("la licitación, ganada por Y", "el concurso
    convocado por X")."""
    return [
        x for h in heads for c in h.children
        if c.dep_ in ("acl", "amod") and keep(c)
        for prep, arg in ctx.prep_args(c) if prep in ("por", "by")
        for x in ctx.np_entities(arg) if x.kind == "org"
    ]


def _winning(tok: Token) -> bool:
    """A form of a verb of winning; the tagger may lemmatise a participle it calls an
    adjective as itself ("ganada" → "ganado")."""
    lemma = tok.lemma_.lower()
    return lemma in RECEIVE_VERBS or (
        tok.pos_ == "ADJ" and lemma.endswith("ado") and lemma[:-3] + "ar" in RECEIVE_VERBS
    )


def tender_sides(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """A tender won names its winner (the seller) and the body whose tender it is (the
    buyer); the winner may be a participle's agent (parties:tender-won-by)."""
    for x in _tender_winners(ctx, tok):
        if x not in m.parties():
            m.add_role("seller", x)
            m.rules.append("parties:tender-won-by")
    _tender_called_by(ctx, m, tok, received)
    return len({role for role, _ in m.roles}) >= 2


def _tender_called_by(ctx: Context, m: Mention, tok: Token, received: Token | None) -> None:
    """ "Y obtuvo la adjudicación de la carretera, licitada por X", "el concurso convocado
    por X": the agent of a participle of any other verb than winning on the tender
    called it, and buys the works; the winner is the one who got it, the subject of the
    verb of winning (parties:tender-called-by)."""
    # (the parser may hang the participle on the tender's "de" complement)
    heads = [tok, *(arg for prep, arg in ctx.prep_args(tok)
                    if prep == "de" and arg.pos_ == "NOUN" and arg.i not in ctx.tok_ent)]
    callers = participle_agents(
        ctx, heads, lambda c: c.pos_ in ("ADJ", "VERB") and not _winning(c)
    )
    if not callers or received is None:
        return
    m.roles = [(role, x) for role, x in m.roles if x not in callers]
    for x in callers:
        m.add_role("buyer", x)
    if not any(role == "seller" for role, _ in m.roles):
        for x in governing_subject(ctx, received, set(callers)):
            if x.kind == "org":
                m.add_role("seller", x)
    m.rules.append("parties:tender-called-by")


def contracting_activity(ctx: Context, m: Mention, contract: Token) -> None:
    """ "Corbell Marine Inc., Mobile, Alabama, has been awarded a $12 million contract
    for … Southern Fleet Command, Mobile, Alabama, is the contracting activity." A
    contract its winner "has been awarded" with no buyer named in the clause is
    bought by the subject of "is the contracting activity" (agency, office) in one of
    the sentences after it, as US contract announcements name the buying command
    (parties:contracting-activity)."""
    verb = contract.head
    if ctx.lang != "en" or any(role == "buyer" for role, _ in m.roles) or \
            verb.lemma_.lower() not in AWARDING_VERBS or \
            not any(c.dep_ == "nsubjpass" for c in verb.children):
        return
    for sent in ctx.sents[m.sent + 1:m.sent + 1 + _CONTRACTING_REACH]:
        root = sent.root
        attr = next((c for c in root.children if c.dep_ == "attr"), None)
        if root.lemma_ != "be" or attr is None or attr.lemma_.lower() not in \
                _CONTRACTING_NOUNS or not any(c.lower_ == "contracting" for c in attr.children):
            continue
        for x in (x for s in subjects(root) for x in ctx.np_entities(s) if x.kind == "org"):
            if x not in m.parties():
                m.add_role("buyer", x)
                m.rules.append("parties:contracting-activity")
                return
        return
