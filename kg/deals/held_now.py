"""An owner told as a new state with "now" (session 32, helper unread).

The press often tells a takeover by the state it left, not by the purchase: "Y is now
in the hands of X", "Y, now part of X, will open six shops", "Y está ya en manos de
X", "Y, ahora integrada en X, abrirá diez tiendas", "Y, hoy propiedad de X, duplicará
su producción". A phrase of ownership alone describes who holds a company ("Y, part of
X", "Y está en manos de X": no deal); the adverb of a changed state ("now", "ya",
"ahora", "hoy"), or a start dated this year ("desde enero Y forma parte de X"), says
the holder is a new one, so X took Y over (Completed, as any change of hands kg
reads). The owned company and the holder must both be named companies, the holder by
its name ("now part of the FTSE 250 index", "integrada en la red de compras de X": the
head is no company, no deal), and nothing may deny the state ("ya no está en manos de
X"). "Still" / "sigue" tell the opposite (no change) and are not in the list.

A company called an addition to an owner's holdings is new to them without any adverb:
"Y is the latest addition to the X portfolio", "Y, the newest addition to X's
portfolio, reopens in May", "Y es la última incorporación a la cartera de X" (only to
a holdings noun, [words] holdings_nouns, whose owner is named: not "la última
incorporación del equipo", a hire).

Verbs of owning tell the same state: "Y, now owned by X, will open two plants", "Y is
now owned by X", "the new-look Y, owned by X since March", "Y ahora pertenece a X",
"Y pertenece desde marzo a X", "Y belongs to X since its takeover in May". A start
dated by the takeover itself ("since its takeover", "desde su compra": [words]
change_of_owner_nouns) is a change of owner as a month is; "owned by X since 1998",
"pertenece a X" alone (a standing owner: ``kg.deals.standing``) read no deal. So do
the nouns of control with "under" / "bajo": "Y is now under the control of X", "Y,
under X's ownership since June, will open", "Y, bajo el control de X desde marzo"
("Y está bajo el control de X" alone: no deal).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.syntax import case_of, subjects
from kg.deals.words import (
    CHANGE_OF_OWNER_NOUNS,
    HANDS_NOUNS,
    HOLDINGS_NOUNS,
    NEGATIONS,
    PART_NOUNS,
    RECENT_START_WORDS,
)
from kg.facts import EntityRef
from kg.lexicon import LEXICON

# Adverbs of a changed state: "now in the hands of", "ya en manos de", "ahora integrada".
_NOW_WORDS = LEXICON.words("changed_state_adverbs")
_COPULAS = frozenset({"be", "ser", "estar"})
# Nouns of a thing added to holdings: new to them by themselves.
_ADDITION_NOUNS = frozenset({"addition", "incorporación"})
# Nouns of the power a company is under ("under the control of X", "bajo el control de X").
_UNDER_NOUNS = frozenset({"control", "ownership"})
# Verbs of owning, by the preposition of the owner: "owned by X", "belongs to X",
# "pertenece a X".
_OWNING_VERBS = {"own": "by", "belong": "to", "pertenecer": "a"}


def now_held(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """A word of ownership (the hands, a part, property, "integrada en") marked by an
    adverb of a changed state, naming a company as holder and one as held."""
    return _sides(ctx, tok) is not None


def now_held_sides(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """The holder takes the held company over (parties:now-held)."""
    sides = _sides(ctx, tok)
    if sides is None:
        return False
    held, holders = sides
    m.roles = [("acquirer", x) for x in holders] + [("target", x) for x in held]
    m.rules.append("parties:now-held")
    return True


def _sides(ctx: Context, tok: Token) -> tuple[list[EntityRef], list[EntityRef]] | None:
    """(held companies, holders) of an ownership word in a changed state, or None."""
    found = _state(ctx, tok)
    if found is None:
        return None
    state, holder_arg, held_arg = found
    if tok.lemma_.lower() in _ADDITION_NOUNS:
        return _named_sides(ctx, holder_arg, held_arg)
    marked = [c for h in {state.i: state, tok.i: tok}.values() for c in h.children]
    if tok.dep_ == "fixed":  # "ya en manos de X": the adverb hangs on "en"
        marked += list(tok.head.children)
    # "la conservera Y está ya en manos de X": or on the copula
    marked += [g for c in state.children if c.dep_ in ("cop", "aux") for g in c.children]
    if not any(c.dep_ == "advmod" and c.lower_ in _NOW_WORDS or _since_recent(c) for c in marked):
        return None
    if any(c.lower_ in NEGATIONS and c.dep_ in ("neg", "advmod") for c in marked):
        return None
    return _named_sides(ctx, holder_arg, held_arg)


def _named_sides(
    ctx: Context, holder_arg: Token | None, held_arg: Token | None
) -> tuple[list[EntityRef], list[EntityRef]] | None:
    """(held companies, holders), both named (the holder by the name itself), or None."""
    if holder_arg is None or held_arg is None or holder_arg.i not in ctx.tok_ent:
        return None
    holders = [x for x in ctx.np_entities(holder_arg) if x.kind == "org"]
    held = [x for x in ctx.np_entities(held_arg) if x.kind == "org" and x not in holders]
    if not holders or not held:
        return None
    return held, holders


def _since_recent(tok: Token) -> bool:
    """ "desde enero", "since March": a state begun on a month or a day of no year
    began this year, a change ("desde 1990" dates a standing one); so did one begun by
    the takeover itself ("since its takeover in May", "desde su compra"), with no year."""
    if tok.dep_ == "prep" and tok.lower_ == "since":
        return any(_since_recent(p) for p in tok.children if p.dep_ == "pobj")
    return (tok.dep_ == "pobj" or case_of(tok) == "desde") and (
        (tok.lower_ in RECENT_START_WORDS or tok.lemma_.lower() in CHANGE_OF_OWNER_NOUNS)
        and not any(t.like_num for t in tok.subtree)
    )


def _state(ctx: Context, tok: Token) -> tuple[Token, Token | None, Token | None] | None:
    """(the head that carries the state, the holder's noun, the held one's noun) for
    an ownership word in one of its shapes, or None."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if tok.dep_ == "fixed" and lower in HANDS_NOUNS and case_of(tok.head.head) is not None:
        # "Y está ya en manos de X": "en manos de" a fixed preposition of X
        owner = tok.head.head
        if not any(c.dep_ == "cop" and c.lemma_.lower() in _COPULAS for c in owner.children):
            return None
        return owner, owner, next(iter(subjects(owner)), None)
    if lower in HANDS_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        # "Y is now in the hands of X"
        verb = tok.head.head
        if verb.lemma_.lower() != "be":
            return None
        return verb, _of(tok), next(iter(subjects(verb)), None)
    if lemma in _ADDITION_NOUNS:
        holdings = next((
            a for prep, a in _preps(tok) if prep in ("to", "a")
            and (a.lemma_.lower() in HOLDINGS_NOUNS or a.lower_ in HOLDINGS_NOUNS)
        ), None)
        if holdings is None:
            return None
        holder = _of(holdings) or next(
            (c for c in holdings.children if c.dep_ in ("poss", "compound")), None
        )
        state = _part_state(tok)
        return None if state is None else (state[0], holder, state[2])
    if lemma in PART_NOUNS or lemma in ("propiedad", "integrado", "integrada"):
        return _part_state(tok)
    if lemma in _UNDER_NOUNS:
        return _under_state(tok)
    if lemma in _OWNING_VERBS and tok.pos_ in ("VERB", "AUX"):
        return _owning_state(ctx, tok, _OWNING_VERBS[lemma])
    return None


def _owning_state(
    ctx: Context, verb: Token, prep: str
) -> tuple[Token, Token | None, Token | None] | None:
    """ "Y, now owned by X", "Y is now owned by X", "Y, which now belongs to X", "Y
    ahora pertenece a X", "Y, que desde marzo pertenece a X": the owner is the verb's
    "by" / "to" / "a" phrase; the owned one its subject, the name a participle or a
    relative clause describes. A Spanish verb with no subject of its own, in a clause
    joined to another by a colon or "y", shares that clause's subject ("Y cambió de
    manos en marzo: ahora pertenece a X")."""
    owner = next((a for p, a in ctx.prep_args(verb) if p == prep), None)
    if owner is None:
        return None
    held = next(iter(subjects(verb)), None)
    if verb.dep_ in ("acl", "amod", "appos") and held is None:
        held = verb.head  # "Y, now owned by X"
    elif held is None and ctx.lang == "es" and verb.dep_ in ("advcl", "parataxis", "conj"):
        held = next(iter(subjects(verb.head)), None)
    elif held is not None and held.pos_ == "PRON" and verb.dep_ in ("relcl", "acl", "acl:relcl"):
        held = verb.head  # "Y, which now belongs to X"
    return verb, owner, held


def _under_state(tok: Token) -> tuple[Token, Token | None, Token | None] | None:
    """ "Y is now under the control of X", "Y has been under X's ownership since June",
    "Y, under X's ownership since June, ...", "Y, bajo el control de X desde marzo",
    "Under X's ownership since June, Y has ...": the holder is the noun's "of" / "de"
    or its possessor; the held one the subject of the copula the phrase is said by,
    the name it hangs on, or the subject of the clause it opens."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        prep = tok.head
    elif case_of(tok) == "bajo":
        prep = tok
    else:
        return None
    head = prep.head
    holder = _of(tok) or next((c for c in tok.children if c.dep_ == "poss"), None)
    if any(c.dep_ == "cop" for c in tok.children):  # "Y ya está bajo el control de X"
        return tok, holder, next(iter(subjects(tok)), None)
    if head.lemma_.lower() in _COPULAS:
        return head, holder, next(iter(subjects(head)), None)
    if head.pos_ == "PROPN":
        return tok, holder, head
    held = next((s for s in subjects(head) if s.i > prep.i), None)
    if held is not None and prep.i < head.i:
        return tok, holder, held
    return None


def described_state(tok: Token) -> bool:
    """Whether an ownership word tells its state as a description of the held company,
    not as its clause's predicate: "Y, now part of X, will open", "Y, now owned by X,
    will open", "Y, under X's ownership since June, will open", "Under X's ownership
    since June, Y will open" (a state already, whatever the clause's tense says)."""
    if tok.dep_ in ("appos", "amod", "acl") or tok.head.dep_ == "acl":
        return True
    if tok.lemma_.lower() not in _UNDER_NOUNS or any(c.dep_ == "cop" for c in tok.children):
        return False
    found = _under_state(tok)
    return found is not None and found[0].i == tok.i


def _preps(tok: Token) -> list[tuple[str, Token]]:
    """(preposition, noun) of a noun's "to X" (English) and "a X" (Spanish) phrases."""
    found = [(c.lower_, p) for c in tok.children if c.dep_ == "prep"
             for p in c.children if p.dep_ == "pobj"]
    return found + [(case, c) for c in tok.children
                    if c.dep_ == "nmod" and (case := case_of(c)) is not None]


def _part_state(tok: Token) -> tuple[Token, Token | None, Token | None] | None:
    """ "Y, now part of X", "Y is now a unit of X", "Y, hoy propiedad de X", "Y, ahora
    integrada en X", "Y, que ahora forma parte de X"."""
    holder = _of(tok) if tok.lemma_.lower() not in ("integrado", "integrada") else next(
        (c for c in tok.children if c.dep_ == "obl" and case_of(c) == "en"), None
    )
    head = tok.head
    if tok.dep_ in ("appos", "amod") and head.i != tok.i:
        return tok, holder, head
    if tok.dep_ == "attr" and head.lemma_.lower() in _COPULAS:
        return head, holder, next(iter(subjects(head)), None)
    if any(c.dep_ == "cop" for c in tok.children):
        return tok, holder, next(iter(subjects(tok)), None)
    if tok.dep_ in ("obj", "compound") and head.lemma_.lower() == "formar":
        holder = holder or next(
            (c for c in head.children if c.dep_ in ("obl", "obj") and case_of(c) == "de"), None
        )
        held = next(iter(subjects(head)), None)
        if held is not None and held.pos_ == "PRON" and head.dep_ in ("acl", "acl:relcl"):
            held = head.head  # "Y, que ahora forma parte de X"
        return head, holder, held
    return None


def _of(tok: Token) -> Token | None:
    """The "of" / "de" complement of a noun: "the hands of X", "parte de X"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
        if c.dep_ == "nmod" and case_of(c) == "de":
            return c
    return None
