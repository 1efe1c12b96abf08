"""Change of ownership told without a deal word: the frames that say a company now
belongs to someone else.

- ``owner`` nouns with "new" ("X es el nuevo dueño de Y", "X is the new owner of Y"):
  X took Y over;
- ``hands`` verbs with "a manos de" / "into the hands of" ("Y pasa a manos de X", "Y
  fell into the hands of X"), "Y pasó a formar parte de X" and "Y pasará a estar
  controlada por X": Y goes to X;
- a deal noun as the predicate of a copula ("Y es la última adquisición de X", "Y is
  X's latest acquisition"): the subject is what was bought, not the buyer;
- "become" with a part noun ("Y became part of X", "Y will become a wholly owned
  subsidiary of X"): Y is bought by X;
- a backer named with "backed" ("Y, which is backed by X", "X-backed Y", "Backed by X,
  Y raised ..."): X is an investor in Y (GOLD-FORMAT: a named investor is a completed
  investment); and a company supported with an investment ("X apuesta por Y con una
  inversión de 3 millones"): X invests in Y.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.held_now import described_state
from kg.deals.longform import active_backing
from kg.deals.mention import Mention
from kg.deals.roles import Reading
from kg.deals.standing import standing_holder
from kg.deals.syntax import (
    case_of,
    direct_objects,
    feat,
    is_future,
    is_passive,
    subjects,
)
from kg.deals.words import (
    CONTROL_WORDS,
    HANDS_NOUNS,
    HEDGE_AUX,
    NEW_WORDS,
    PART_NOUNS,
    RECENT_START_WORDS,
    STAKE_NOUNS,
    SUPPORT_VERBS,
)
from kg.doc import doc_lang
from kg.facts import EntityRef

# Verbs that link a subject to a predicate noun ("es", "became", "se convierte en").
_COPULAS = frozenset({"be", "become", "ser", "convertir", "convertirse"})


def new_owner(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "el nuevo dueño", "the new owner": only an owner called new tells a change of
    hands; "X, dueño de Y" describes who owns Y (no deal). So does an owner since a
    month or a day (``_owner_since_recent``), and one a company becomes
    (``_owner_become``); not one dated as standing ("desde hace dos décadas":
    ``kg.deals.standing``)."""
    return noun and (any(
        c.dep_ == "amod" and c.lemma_.lower() in NEW_WORDS for c in tok.children
    ) or _owner_since_recent(tok) or _owner_become(tok)) and not standing_holder(ctx, tok)


def _owner_become(tok: Token) -> bool:
    """ "X will become the owner of Y", "X se convertirá en propietario de Y": an owner
    noun predicated by a verb of becoming tells a change of owner, as "new" does ("X
    is the owner of Y" alone says who owns Y)."""
    head = tok.head.lemma_.lower()
    return (tok.dep_ in ("attr", "oprd") and head == "become") or (
        tok.dep_ in ("obj", "obl") and case_of(tok) == "en" and head in ("convertir", "convertirse")
    )


def _owner_since_recent(tok: Token) -> bool:
    """ "X es desde marzo propietaria de Y", "Y's owner since January is X", "X has been
    the owner of Y since Monday": an ownership whose start is dated by a month or a day
    with no year began this year, a change of owner; "propiedad de X desde 1990",
    "since 2001" date a standing owner (no deal). The date hangs on the owner noun or
    on its copula."""
    heads = [tok]
    if tok.dep_ in ("attr", "nsubj") and tok.head.lemma_.lower() in _COPULAS:
        heads.append(tok.head)
    dates = [
        d for h in heads for c in h.children
        for d in ([c] if case_of(c) in ("desde", "since")
                  else [p for p in c.children if p.dep_ == "pobj"]
                  if c.dep_ == "prep" and c.lower_ == "since" else [])
    ]
    return any(
        d.lower_ in RECENT_START_WORDS and not any(t.like_num for t in d.subtree)
        for d in dates
    )


def into_hands(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "pasar a manos de X", "caer en manos de X", "to pass into the hands of X", "Y
    queda / acaba en manos de X", "Y landed in the hands of X": only these verbs with
    the hands of someone are a change of owner ("cayó a manos
    del Real Madrid", "fell at the hands of": a defeat, no deal). A named company that
    goes to another named company for a price is one too ("Y pasa a X por 12 millones",
    "Y went to X for $40m", "Y fell to X in a $40m deal"; ``priced_buyer_arg``), or
    under an agreement ("the scheme under which Y passes to X"; ``_under_deal``)."""
    if noun:
        return False
    if control_holder_arg(ctx, tok) is not None:
        return True
    if tok.lemma_.lower() in _ENDING_VERBS:
        return (_new_holder_arg(tok) is not None and _company_ended_up(ctx, tok)) or bool(
            _ended_up_with(ctx, tok)
        )
    return _new_holder_arg(tok) is not None or priced_buyer_arg(ctx, tok) is not None


def _ended_up_with(ctx: Context, verb: Token) -> list[EntityRef]:
    """ "After a three-way contest, X ended up with Y": a company that ends up with a
    named company is its new holder, the outcome of a sale (English "end up with" only:
    "acabar con Y" destroys it); "ended up with a loss" names no company."""
    if verb.lemma_.lower() != "end" or not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
    ) or not any(x.kind == "org" for s in subjects(verb) for x in ctx.np_entities(s)):
        return []
    return [x for prep, arg in ctx.prep_args(verb) if prep == "with"
            for x in ctx.np_entities(arg) if x.kind == "org"]


def ended_with(r: Reading) -> None:
    """The company "X ended up with" is the target, X the acquirer (parties:ended-up-with)."""
    held = _ended_up_with(r.ctx, r.tok)
    if not held:
        return
    holders = [x for s in subjects(r.tok) for x in r.ctx.np_entities(s) if x not in held]
    r.m.roles = [("acquirer", x) for x in holders] + [("target", x) for x in held]
    r.exclude |= set(held) | set(holders)
    r.m.rules.append("parties:ended-up-with")


def _company_ended_up(ctx: Context, verb: Token) -> bool:
    """ "Y queda en manos de X", "el control de Y acaba en manos de X", "Y landed in the
    hands of X": the one that ends up in the hands names a company, or its control or a
    stake of it; "la decisión queda en manos del juez" names none."""
    return _company_subject(ctx, verb) or any(
        (s.lemma_.lower() in CONTROL_WORDS or _is_stake(s)) and ctx.nested_entities(s)
        for s in subjects(verb)
    )


def owner_predicate(r: Reading) -> None:
    """ "Y's new owner is X", "Y's owner since January is X": an owner noun that is the
    subject of a copula is named by the predicate, its acquirer; its possessor is the
    company owned, the target (parties:owner-predicate)."""
    tok = r.tok
    if not r.noun or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _COPULAS:
        return
    owners = [x for c in tok.head.children if c.dep_ == "attr" for x in r.ctx.np_entities(c)]
    owned = [x for c in tok.children if c.dep_ == "poss" for x in r.ctx.np_entities(c)]
    _owner_and_owned(r, owners, owned, "parties:owner-predicate")


def _owner_and_owned(
    r: Reading, owners: list[EntityRef], owned: list[EntityRef], rule: str
) -> None:
    """The owners found are the acquirers and the owned the targets, when both are."""
    if not owners or not owned:
        return
    for x in owners:
        r.m.add_role("acquirer", x)
    for x in owned:
        r.m.add_role("target", x)
    r.exclude |= {*owners, *owned}
    r.m.rules.append(rule)


# Verbs by which a company has, or first has, an owner ("Y tiene nuevo dueño", "Y has
# a new owner", "Y estrena propietario").
_HAVE_VERBS = frozenset({"have", "tener", "estrenar"})


def owner_named(r: Reading) -> None:
    """ "Y tiene nuevo dueño: X", "Y has a new owner: X", "los nuevos dueños de Y, el
    grupo X, ...", "the new owners of Y, X, ...": an owner noun named in apposition, or
    by the name after a colon when a company has it, names the acquirer; the company
    that has it (the subject of "tener" / "have") or its "de" / "of" is the target
    (parties:owner-named)."""
    tok = r.tok
    if not r.noun:
        return
    had = tok.dep_ in ("obj", "dobj") and tok.head.lemma_.lower() in _HAVE_VERBS
    owners = [x for c in tok.children if c.dep_ == "appos" for x in r.ctx.np_entities(c)]
    if not owners and had:
        owners = _named_after_colon(r.ctx, tok)
    if not owners and not had:
        owners = _comma_apposition(r.ctx, tok)
    owned = [
        x for s in (subjects(tok.head) if had else _of_args(r.ctx, tok))
        for x in r.ctx.np_entities(s) if x not in owners
    ]
    _owner_and_owned(r, owners, owned, "parties:owner-named")


def _named_after_colon(ctx: Context, tok: Token) -> list[EntityRef]:
    """The entity named right after a colon that ends the phrase of ``tok`` ("tiene
    nuevo dueño: X"; the parser may start a sentence at the name)."""
    j = max(t.i for t in tok.subtree) + 1
    if j + 1 >= len(tok.doc) or tok.doc[j].text != ":":
        return []
    ref = ctx.tok_ent.get(j + 1)
    return [ref] if ref is not None else []


def _comma_apposition(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "the new owners of Y, X, plan ...": the parser joins the name set off by commas
    to the "of" complement as a conjunct with no "and"; a conjunct with no coordinator
    is the owner noun's apposition."""
    return [
        x for arg in _of_args(ctx, tok) if not any(c.dep_ == "cc" for c in arg.subtree)
        for c in arg.children if c.dep_ == "conj" for x in ctx.np_entities(c)
    ]


def _of_args(ctx: Context, tok: Token) -> list[Token]:
    """The nouns of a noun's "de" / "of" complements."""
    return [arg for prep, arg in ctx.prep_args(tok) if prep in ("de", "of")]


# The preposition of the buyer a company goes to for a price, by verb.
_PRICED_PREPS = {"pasar": ("a",), "pass": ("to",), "go": ("to",), "fall": ("to",)}
# The nouns a price is told in ("in a $40m deal", "en una operación de 12 millones").
_PRICED_DEAL_NOUNS = frozenset(
    {"deal", "transaction", "takeover", "acquisition", "operación", "transacción"}
)


def priced_buyer_arg(ctx: Context, verb: Token) -> Token | None:
    """ "Y pasa a X por 12 millones", "Y went to X for $40 million", "Y fell to X in a
    $40m deal": the commercial-transfer frame (a thing goes to its buyer for a price).
    Only a named company going to a named company, with the price said; else the verb
    tells a fall in price ("shares fell to $3"), a defeat ("Arsenal fell to Chelsea") or
    an office handed on ("la presidencia pasa a X"). The buyer's noun, or None."""
    preps = _PRICED_PREPS.get(verb.lemma_.lower(), ())
    if not preps or not _company_subject(ctx, verb):
        return None
    args = list(ctx.prep_args(verb))
    buyer = next((arg for prep, arg in args if prep in preps and _companies(ctx, arg)), None)
    if buyer is None or not (any(
        (prep in ("for", "por") and arg.i in ctx.tok_amount)
        or (prep in ("in", "en") and arg.lemma_.lower() in _PRICED_DEAL_NOUNS
            and any(t.i in ctx.tok_amount for t in arg.subtree))
        for prep, arg in args
    ) or _under_deal(verb)):
        return None
    return buyer


# Nouns of an agreement or scheme that a transfer is made under ("the scheme of
# arrangement under which Y passes to X", "el acuerdo por el que Y pasa a X").
_TRANSFER_DEALS = frozenset({
    "agreement", "arrangement", "deal", "scheme", "transaction", "acuerdo", "contrato",
    "operación",
})


def _under_deal(verb: Token) -> bool:
    """ "the scheme of arrangement under which Y passes to X", "el acuerdo por el que Y
    pasa a X": a company that goes to another under an agreement (a relative clause
    of the agreement noun, its pronoun under "under" / "por") goes to its buyer, as
    one with its price said does."""
    head = verb.head
    if verb.dep_ not in ("relcl", "acl", "acl:relcl") or head.lemma_.lower() not in _TRANSFER_DEALS:
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "under" and any(p.lower_ == "which" for p in c.children))
        or (c.pos_ == "PRON" and c.lower_ in ("que", "cual") and case_of(c) == "por")
        for c in verb.children
    )


def _companies(ctx: Context, np: Token) -> bool:
    refs = ctx.np_entities(np)
    return bool(refs) and all(x.kind == "org" for x in refs)


def _company_subject(ctx: Context, verb: Token) -> bool:
    """The verb's subject names companies only; a relative pronoun stands for the noun
    its clause hangs on ("Y, que pasa a X por 12 millones")."""
    subjs = [verb.head if s.pos_ == "PRON" and verb.dep_ in ("acl", "relcl", "acl:relcl")
             else s for s in subjects(verb)]
    return bool(subjs) and all(_companies(ctx, s) for s in subjs)


def priced_buyer(r: Reading) -> None:
    """The company a priced company goes to is its acquirer (frame:priced-transfer)."""
    if _new_holder_arg(r.tok) is not None:
        return
    arg = priced_buyer_arg(r.ctx, r.tok)
    if arg is None:
        return
    for x in r.ctx.np_entities(arg):
        if x not in r.exclude:
            r.m.add_role("acquirer", x)
    r.m.rules.append("frame:priced-transfer")


# The preposition before the hands, by verb: "pasar a manos", "caer en manos"; the
# verbs of ending up ("queda / acaba / termina en manos de X", "landed in the hands of
# X", "ended up in the hands of X") tell where a company came to be (``_ENDING_VERBS``).
_HANDS_PREPS = {"pasar": ("a",), "caer": ("en",), "pass": ("into", "to"), "fall": ("into",),
                "quedar": ("en",), "acabar": ("en",), "terminar": ("en",), "land": ("in",),
                "end": ("in",)}
# Verbs of ending up: "la decisión queda en manos del juez" hands on no company, so
# only a company (its control, a stake of it) ending up in someone's hands is a change
# of owner.
_ENDING_VERBS = frozenset({"quedar", "acabar", "terminar", "land", "end"})


def _new_holder_arg(verb: Token) -> Token | None:
    """The noun that names the new holder after "a manos de" / "into the hands of", or
    after "pasar a formar parte de" (to come to be part of it)."""
    preps = _HANDS_PREPS.get(verb.lemma_.lower(), ())
    whole = _whole_joined(verb) or _controlled_by(verb)
    if whole is not None:
        return whole
    for c in verb.children:
        # Spanish: the parser reads "a manos de" as one fixed preposition of the noun
        case = next((g for g in c.children if g.dep_ == "case"), None)
        if case is not None and case.lower_ in preps and any(
            f.dep_ == "fixed" and f.lower_ in HANDS_NOUNS for f in case.children
        ):
            return c
        if c.dep_ in ("obl", "nmod") and c.lower_ in HANDS_NOUNS and case_of(c) in preps:
            return next((g for g in c.children if case_of(g) == "de"), None)
        # English: "into the hands of X"
        if c.dep_ == "prep" and c.lower_ in preps:
            for hands in c.children:
                if hands.dep_ == "pobj" and hands.lower_ in HANDS_NOUNS:
                    return next(
                        (p for g in hands.children if g.dep_ == "prep" and g.lower_ == "of"
                         for p in g.children if p.dep_ == "pobj"),
                        None,
                    )
    return None


# The preposition before "control" by verb: "Y pasó a control de X", "Y quedó / cayó
# bajo el control de X", "Y came / fell under the control of X".
_UNDER_CONTROL_PREPS = {"pasar": ("a", "bajo"), "quedar": ("bajo",), "caer": ("bajo",),
                        "come": ("under",), "fall": ("under",)}
# Nouns of the power a company comes under ("control", "ownership").
_CONTROL_NOUNS = frozenset({"control", "ownership"})


def control_holder_arg(ctx: Context, verb: Token) -> Token | None:
    """ "Y came under the control of X", "Y fell under X's control", "Y pasó a control
    de X", "Y quedó bajo el control de X": a company that comes under the control of a
    named company changes hands to it, as into its hands ("Y is under the control of
    X" alone says who holds it; "quedó bajo control judicial", "came under the control
    of administrators" name no company). The holder's noun, or None."""
    preps = _UNDER_CONTROL_PREPS.get(verb.lemma_.lower(), ())
    if not preps or not _company_subject(ctx, verb):
        return None
    for prep, arg in ctx.prep_args(verb):
        if prep not in preps or arg.lemma_.lower() not in _CONTROL_NOUNS:
            continue
        holder = next((a for p, a in ctx.prep_args(arg) if p in ("of", "de")), None) or next(
            (c for c in arg.children if c.dep_ == "poss"), None
        )
        if holder is not None and _companies(ctx, holder):
            return holder
    return None


def _controlled_by(verb: Token) -> Token | None:
    """ "Y pasará a estar controlada por X", "el 80 % de Y pasa a ser controlado por un
    fondo": what comes to be controlled by someone changes hands (its agent, the "por"
    phrase, is the new holder); "Y está controlada por X" alone says who owns it."""
    if verb.lemma_.lower() != "pasar":
        return None
    for part in verb.children:
        if part.dep_ == "xcomp" and part.lemma_.lower() in _CONTROLLED and any(
            c.dep_ in ("aux", "cop", "aux:pass") and c.lemma_.lower() in ("estar", "ser")
            for c in part.children
        ):
            return next((a for a in part.children if case_of(a) == "por"), None)
    return None


_CONTROLLED = frozenset({"controlado", "controlada", "controlar"})


def _whole_joined(verb: Token) -> Token | None:
    """ "Y pasó a formar parte de X", "pasará a formar parte del grupo X": a company that
    comes to be part of another changes hands ("forma parte de X" alone tells who owns
    it: no deal); so does one that comes to be its subsidiary or property ("Y pasa a
    ser filial de X", "Y ha pasado a ser propiedad de X"; "es filial de X" alone: no
    deal)."""
    if verb.lemma_.lower() != "pasar":
        return None
    for part in verb.children:
        if part.dep_ == "xcomp" and part.lemma_.lower() in PART_NOUNS and any(
            c.dep_ == "cop" for c in part.children
        ):
            return next(
                (a for a in part.children if a.dep_ == "nmod" and case_of(a) == "de"), None
            )
    for form in verb.children:
        if form.dep_ != "xcomp" or form.lemma_.lower() != "formar" or not any(
            g.lower_ == "parte" for g in form.children
        ):
            continue
        for arg in form.children:
            if arg.dep_ in ("obj", "obl", "nmod") and case_of(arg) in ("de", "del"):
                return arg
    return None


def new_holder(r: Reading) -> None:
    """The one whose hands a company (or its control) passes into is its acquirer; a
    stake that passes ("el 60 % de Y pasa a manos de X") makes X an investor in Y, the
    whole of it ("el 100 % de Y", "la totalidad de Y") or a stake that comes to be
    controlled by X ("el 80 % de Y pasará a estar controlado por X") its acquirer."""
    arg = _new_holder_arg(r.tok) or control_holder_arg(r.ctx, r.tok)
    if arg is None:
        return
    control = _controlled_by(r.tok) is not None
    stakes = [s for s in subjects(r.tok) if not r.subj_refs and _is_stake(s)]
    control = control or any(_whole(s) for s in stakes)
    stake = [x for s in stakes for x in r.ctx.nested_entities(s)]
    if control:
        for x in stake:
            r.m.add_role("target", x)
        stake = []
    # "el control de Y pasa a manos de X": Y is taken over
    for s in subjects(r.tok):
        if not r.subj_refs and s.lemma_.lower() in CONTROL_WORDS:
            for x in r.ctx.nested_entities(s):
                r.m.add_role("target", x)
    role = "investor" if stake else "acquirer"
    for x in r.ctx.np_entities(arg):
        if x not in r.exclude:
            r.m.add_role(role, x)
    for x in stake:
        r.m.add_role("investee", x)
    if stake:
        r.m.type = "Investment"
    r.m.rules.append("frame:into-hands")


def became_part(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "Y became part of X", "Y will become a wholly owned subsidiary of X": a company
    that becomes a part of a named company is taken over by it; "became part of the
    index", "became a unit of the group" (no company named) tell no deal."""
    return not noun and _part_owner_arg(ctx, tok) is not None


def _part_owner_arg(ctx: Context, verb: Token) -> Token | None:
    """The "of" complement, naming a company, of the part noun a verb predicates."""
    for c in verb.children:
        if c.dep_ not in ("attr", "oprd", "acomp", "xcomp") or c.lemma_.lower() not in PART_NOUNS:
            continue
        for prep, arg in ctx.prep_args(c):
            if prep == "of" and any(x.kind == "org" for x in ctx.np_entities(arg)):
                return arg
    return None


def part_owner(r: Reading) -> None:
    """The company a subject becomes part of is its acquirer (frame:became-part)."""
    arg = _part_owner_arg(r.ctx, r.tok)
    if arg is None:
        return
    for x in r.ctx.np_entities(arg):
        if x.kind == "org" and x not in r.exclude:
            r.m.add_role("acquirer", x)
    r.m.rules.append("frame:became-part")


def _whole(stake: Token) -> bool:
    """ "el 100 %", "la totalidad": a stake that is the whole company."""
    return stake.lemma_.lower() in ("totalidad", "100%") or any(
        t.text in ("100%", "100") for t in stake.subtree)


def _is_stake(tok: Token) -> bool:
    """ "el 60 %", "a 20% stake", "la mitad del capital": a part of a company."""
    lemma = tok.lemma_.lower()
    return lemma in STAKE_NOUNS or lemma.endswith("%") or any(
        c.lower_ == "%" for c in tok.children
    )


def copular_theme(r: Reading) -> None:
    """ "Y es la última adquisición de X", "Y became X's third acquisition": a deal
    noun predicated of a company names it as what was bought (or sold); the noun's
    "de" / "of" and its possessor name the buyer (the seller). So does a company that
    is the predicate of a deal noun ("X's biggest acquisition was Y", "la última compra
    de X fue Y": ``_copula_predicate``)."""
    if not r.noun or r.kind not in ("acquire", "sell") or not r.obj_role:
        return
    subject_of = _copula_subject(r.tok)
    rule = "parties:copular-theme"
    if subject_of is not None:
        refs = [x for s in subjects(subject_of) for x in r.ctx.np_entities(s)]
    elif (predicate := _copula_predicate(r.tok)) is not None:
        refs = [x for x in r.ctx.np_entities(predicate) if x.kind == "org"]
    else:
        refs = _appositive_theme(r)
        rule = "parties:appositive-theme"
    if not refs:
        return
    for x in refs:
        r.m.add_role(r.obj_role, x)
    r.exclude |= set(refs)
    agent_role = r.subj_role or "acquirer"
    r.frame = {**r.frame, "de": agent_role, "of": agent_role}
    r.m.rules.append(rule)


def _copula_predicate(tok: Token) -> Token | None:
    """ "X's biggest acquisition was Y", "la última compra de X fue Y": a deal noun that
    is the subject of a copula is said to be its predicate, the thing bought (sold):
    the English copula's "attr", or the Spanish predicate the copula hangs on."""
    if tok.dep_ != "nsubj":
        return None
    head = tok.head
    if head.lemma_.lower() == "be":
        return next((c for c in head.children if c.dep_ == "attr"), None)
    return head if any(c.dep_ == "cop" for c in head.children) else None


def _appositive_theme(r: Reading) -> list[EntityRef]:
    """ "Zenith, Acme's latest acquisition, ...", "its recent purchase, Zenith, ...": a
    deal noun in apposition with a name, and with no "of" complement of its own, is
    said of that name as a predicate noun is (the thing bought or sold); its
    possessor is the buyer (the seller)."""
    tok, ctx = r.tok, r.ctx
    # English only: a Spanish headline's parse hangs the deal noun on the name before
    # its verb as an apposition ("Repsol culmina la venta de Ibercom")
    if doc_lang(tok.doc) != "en" or any(prep in ("of", "de") for prep, _ in ctx.prep_args(tok)):
        return []
    names = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "appos":
        names.append(tok.head)
    return [x for n in names for x in ctx.np_entities(n) if x.kind == "org"]


def _copula_subject(tok: Token) -> Token | None:
    """The token whose subject a predicate noun is said of: the noun itself with a
    Spanish copula ("Y es la compra"), the English copula ("Y is the purchase"), or
    "convertirse en" ("Y se convierte en la compra")."""
    if any(c.dep_ == "cop" for c in tok.children):
        return tok
    head = tok.head
    if tok.dep_ in ("attr", "oprd") and head.lemma_.lower() in _COPULAS:
        return head
    if tok.dep_ in ("obl", "obj") and case_of(tok) == "en" and head.lemma_.lower() in _COPULAS:
        return head
    return None


def owned_now(m: Mention, tok: Token) -> None:
    """A company said to be in new hands ("es el nuevo dueño", "pasa a manos de", "es
    la última compra de X") has changed owner: with no word that says otherwise
    ("será", "podría"), the deal is done. An owner named in apposition ("X, el nuevo
    dueño de Y, recortará empleo") is one already, whatever its clause says, and so is
    one whose name is in apposition ("the new owners of Y, X, plan to invest")."""
    told = m.kind in ("owner", "hands", "now") or bool(
        {"parties:copular-theme", "parties:appositive-theme"} & set(m.rules)
    )
    if not told:
        return
    if m.kind == "owner" and (tok.dep_ == "appos" or "parties:owner-named" in m.rules):
        m.status_explicit = False
    if m.kind == "now" and described_state(tok):
        m.status_explicit = False  # "Y, now part of X, will open": a state already
    copula = [c for c in tok.children if c.dep_ in ("cop", "aux")]
    if any(c.lemma_.lower() in HEDGE_AUX for c in copula):
        status, cue = "Rumoured", "hedged-copula"
    elif any(is_future(c) for c in copula):
        status, cue = "Announced", "future-copula"
    elif m.status_explicit:
        return
    else:
        status, cue = "Completed", "change-of-hands"
    m.status = status
    m.rules = [r for r in m.rules if not r.startswith("status:")]
    m.rules.append(f"status:{status}<-{cue}")


# Verbs of backing ("backed by X", "respaldada por X"): a named backer is an investor.
BACKING_VERBS = frozenset({"back", "respaldar", "respaldado"})


def backed(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "backed by X", "respaldada por X" (a passive with a named agent) and "X-backed
    Y" tell a backer, and so does "X has backed Y" with a named company as object
    (``kg.deals.longform.active_backing``); not "backed the plan" (support), nor a
    backer that is no name."""
    if noun or tok.lemma_.lower() not in BACKING_VERBS:
        return True
    return _hyphen_backer(ctx, tok) is not None or active_backing(ctx, tok) or (
        (is_passive(tok) or _participle_on_name(tok) or _fronted_participle(tok))
        and any(
            prep in ("by", "por") and ctx.np_entities(arg) for prep, arg in ctx.prep_args(tok)
        )
    )


def _participle_on_name(tok: Token) -> bool:
    """ "Pagalo, respaldada desde 2022 por X": a participle after the name it describes,
    however the parser hangs it (it may cut the sentence after the apposition)."""
    return "Part" in feat(tok, "VerbForm") and tok.head.pos_ == "PROPN" and tok.head.i < tok.i


def _fronted_participle(tok: Token) -> bool:
    """ "Backed by X, Y raised $20 million": a participle clause before the clause it
    modifies describes that clause's subject."""
    head = tok.head
    return (
        "Part" in feat(tok, "VerbForm") and tok.dep_ == "advcl" and tok.i < head.i
        and any(s.i > tok.i for s in subjects(head))
    )


def backer_apart(ctx: Context, m: Mention, tok: Token, triggers: set[int]) -> None:
    """ "X-backed Y raised $10m from Z", "Y, respaldada por X, ha levantado 20 millones
    en una ronda liderada por Z": a named backer is an investor of its own (GOLD-FORMAT:
    a named investor is a completed investment), no party of a round told beside it
    nor of its money; it joins only a deal of its own two parties
    (parties:backer-apart, ``kg.deals.merge``)."""
    if tok.lemma_.lower() in BACKING_VERBS:
        m.rules.append("parties:backer-apart")


def _hyphen_backer(ctx: Context, tok: Token) -> EntityRef | None:
    """The name before "-backed" in "Acme Capital-backed Brisota"."""
    i = tok.i
    if tok.dep_ != "amod" or i < 2 or tok.doc[i - 1].text not in ("-", "–"):
        return None
    return ctx.tok_ent.get(i - 2)


def fronted_backer(r: Reading) -> None:
    """ "Backed by X, Y raised $20 million": the subject of the clause a fronted
    participle of backing describes is the company backed, not a second investor
    (parties:fronted-backer)."""
    tok = r.tok
    if r.noun or tok.lemma_.lower() not in BACKING_VERBS or not _fronted_participle(tok):
        return
    backed_refs = [x for s in subjects(tok.head) for x in r.ctx.np_entities(s)]
    r.m.roles = [(role, x) for role, x in r.m.roles if x not in backed_refs]
    for x in backed_refs:
        r.m.add_role("investee", x)
    r.m.rules.append("parties:fronted-backer")


def supported_with_investment(r: Reading) -> None:
    """ "El fondo X apuesta por Y con una inversión de 3 millones", "X supported Y with
    a $5 million investment": an investment noun that is the means ("con", "with") of a
    verb of supporting a company is in the company supported, the verb's object or its
    "por" / "on" complement (parties:supported-with-investment)."""
    ctx, tok = r.ctx, r.tok
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    means = case_of(tok) in ("con", "with") or tok.head.lower_ == "with"
    if not r.noun or not means:
        return
    if verb.lemma_.lower() not in SUPPORT_VERBS or any(role == "investee" for role, _ in r.m.roles):
        return
    supported = [*direct_objects(verb)] + [
        a for p, a in ctx.prep_args(verb) if p in ("por", "a", "on")
    ]
    refs = [x for s in supported for x in ctx.np_entities(s) if x not in r.m.parties()]
    for x in refs:
        r.m.add_role("investee", x)
    if refs:
        r.m.rules.append("parties:supported-with-investment")


def hyphen_backer(r: Reading) -> None:
    """ "Acme Capital-backed Brisota": the name before the hyphen invests in the name
    the participle describes."""
    backer = _hyphen_backer(r.ctx, r.tok) if not r.noun else None
    if backer is None:
        return
    for x in r.ctx.np_entities(r.tok.head):
        if x != backer:
            r.m.add_role("investee", x)
    r.m.add_role("investor", backer)
    r.m.rules.append("parties:hyphen-backer")
