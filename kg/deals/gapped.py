"""Several deals told by one verb: coordination with the verb left out (gapping).

"Norbury bought Calloway Dairy for $75m and Wexford Farms for $40m", "Grupo Tormes
compró A por 30 millones de euros y B por 12 millones", "sold A to X and B to Y",
"paid $50m for 20% of A and $30m for 10% of B": after the verb's own complement, a
conjunction opens a stretch with no verb of its own that repeats the complement's
pattern (a name with a price, or a name with a preposition and another name). Each
such stretch is another deal of the same kind by the same subject: its names take
the roles the names of the first complement took after the same preposition (a bare
name, the role of the first complement's object), and its money is its own. A stretch
with a figure and no name that says it is another payment ("invested $5m in A in 2022
and a further $18m this year", "y otros 20 millones este año") is another deal of the
same parties.

A bare list ("bought A and B", "adquirió A, B y C") is not gapping: nothing but the
name is repeated (``listed_targets`` in this module reads those lists). Lists paired by
"respectively" are read by ``respectively``.

Plain positions in the sentence, not the parse: the small models attach the second
stretch in many ways (to the verb, to the first object, to the first price), but its
words come in the same order.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.longform import copular_name
from kg.deals.mention import Mention
from kg.deals.syntax import direct_objects, feat, is_verbal, subjects
from kg.deals.words import (
    FURTHER_WORDS,
    RELATIVE_POSSESSIVES,
    RESPECTIVELY_WORDS,
    STAKE_NOUNS,
    SUM_WORDS,
)
from kg.doc import doc_lang
from kg.facts import Amount, EntityRef

# The deal kinds whose verb takes a thing bought (and maybe a price and a counterpart).
_GAPPED_TYPES = frozenset({"Acquisition", "Investment"})
_THEME = {"Acquisition": "target", "Investment": "investee"}


def several_deals(ctx: Context, sent: SpacySpan, ms: list[Mention]) -> list[Mention]:
    """The deals of a sentence's mentions once the sentence's ways of telling several
    deals are read: a background takeover's target in the noun its relative clause is
    on, gapped stretches, lists of targets, and pairings by "respectively"."""
    for m in ms:
        relative_object_target(ctx, m)
    ms = [one for m in ms for one in remnant_subject(ctx, sent, m)]
    ms = [
        one for m in ms for listed in gapped_deals(ctx, sent, m, ms)
        for one in listed_targets(ctx, sent, listed)
    ]
    return respectively(ctx, sent, ms)


class _Stretch:
    """One complement of the verb: its names (with the preposition before each) and
    its money, in the order of the sentence."""

    def __init__(self, toks: list[Token], ctx: Context) -> None:
        self.toks = toks
        self.names: list[tuple[str, EntityRef]] = []  # (preposition or "", name)
        self.money: list[Amount] = []
        for t in toks:
            ref = ctx.tok_ent.get(t.i)
            if ref is not None and ref.kind == "org" and all(r != ref for _, r in self.names):
                if t.i == 0 or ctx.tok_ent.get(t.i - 1) != ref:
                    self.names.append((_preposition(ctx, t), ref))
            amount = ctx.tok_amount.get(t.i)
            if amount is not None and not amount.per_share and amount not in self.money:
                self.money.append(amount)

    def counterparts(self) -> set[str]:
        return {prep for prep, _ in self.names if prep}


def _preposition(ctx: Context, tok: Token) -> str:
    """The preposition right before a name, over a determiner ("a la mexicana X")."""
    i = tok.i - 1
    while i >= 0 and ctx.doc[i].pos_ in ("DET", "ADJ") and i > tok.i - 3:
        i -= 1
    return ctx.doc[i].lower_ if i >= 0 and ctx.doc[i].pos_ == "ADP" else ""


def _stretches(ctx: Context, sent: SpacySpan, trigger: Token) -> list[_Stretch]:
    """The verb's complements: the words after it up to a comma, a verb or the end,
    cut at each coordinating conjunction or semicolon. The first is the verb's own;
    each later one has no verb (a clause of its own ends the list)."""
    out: list[list[Token]] = [[]]
    for t in ctx.doc[trigger.i + 1 : sent.end]:
        verb = t.pos_ in ("VERB", "AUX") and t.i not in ctx.tok_ent  # not "Úbeda" in a name
        if verb or (t.text == "," and out[-1] and len(out) > 1):
            break
        inside = t.i in ctx.tok_ent  # "&" of "Oak & Honey" joins no stretches
        if t.text == ";" or (t.pos_ == "CCONJ" and out[-1] and not inside):
            out.append([])
            continue
        out[-1].append(t)
    return [_Stretch(toks, ctx) for toks in out if toks]


def gapped_deals(
    ctx: Context, sent: SpacySpan, m: Mention, told: list[Mention] | None = None
) -> list[Mention]:
    """``m`` and one more deal for each gapped stretch after its verb (see the module
    docstring); ``[m]`` when the verb has no such stretch. A stretch whose name is a
    party to another deal ``told`` in the sentence is that deal's ("a minority stake
    in A and a majority stake in B": the second stake noun tells its own)."""
    elsewhere = {ref for o in told or [] if o is not m for ref in o.parties()}
    tok = ctx.doc[m.trigger]
    theme = _THEME.get(m.type)
    if theme is None or not is_verbal(tok) or m.backref:
        return [m]
    stretches = _stretches(ctx, sent, tok)
    if len(stretches) < 2 or not stretches[0].names:
        return [m]
    first = stretches[0]
    by_prep = {prep: role for prep, ref in first.names for role, r in m.roles if r == ref}
    bare = by_prep.get("", theme)
    later: list[_Stretch] = []
    # a preposition pairs stretches only when the first stretch's name after it is a
    # party ("sold A to X and B to Y"); "Y compró X, controlada por A y participada por
    # B": the owners after "por" are no party, so B is no second purchase
    told_after = {prep for prep in first.counterparts() if prep in by_prep}
    for s in stretches[1:]:
        priced = len(first.money) == 1 and len(s.money) == 1
        paired = bool(told_after & s.counterparts())
        again = priced and not s.names and _another_payment(ctx, s)
        if not again and (not s.names or not (priced or paired)):
            break
        if any(ref in elsewhere for _, ref in s.names):
            break
        later.append(s)
    if not later:
        return [m]
    moved = {ref for s in later for _, ref in s.names}
    subject = {ref for role, ref in m.roles if ref not in moved} - {r for _, r in first.names}
    if not subject:
        return [m]
    keep = [(role, ref) for role, ref in m.roles if ref not in moved]
    m = _without_sum(ctx, m, first, later[-1])
    out = [replace(m, roles=keep, amount=first.money[0] if first.money else m.amount,
                   rules=[*m.rules, "parties:gapped-clauses"],
                   extra_evidence=list(m.extra_evidence))]
    others = [(role, ref) for role, ref in m.roles if ref in subject]
    for s in later:
        # "and a further $18m in 2024": the same parties again
        roles = list(others) if s.names else list(keep)
        for prep, ref in s.names:
            if ref not in subject:
                roles.append((by_prep.get(prep, bare), ref))
        if s.money:
            ctx.used_amounts.add(id(s.money[0]))
        out.append(replace(
            m, roles=roles, amount=s.money[0] if s.money else None, valuation=None,
            distinct=True, rules=[*m.rules, "parties:gapped-clauses"],
            extra_evidence=list(m.extra_evidence),
        ))
    return out


def remnant_subject(ctx: Context, sent: SpacySpan, m: Mention) -> list[Mention]:
    """ "Lácteos Ebro compró Quesos Huerva, y Cárnicas Jalón, Embutidos Gállego",
    "Northcote bought Rylands Wire, and Pemberton, Ashdown Forge for $20m": after the
    verb's object, a conjunction opens a stretch with no verb of two names split by a
    comma: a clause with the verb left out that keeps its own subject (the first name)
    and object (the second). A list puts its conjunction before its last name ("A, B
    y C"); here it stands before the second of three. One deal for the verb's subject
    and object, one for the stretch's, each with the price told in its own part."""
    tok = ctx.doc[m.trigger]
    theme = _THEME.get(m.type)
    if theme is None or not is_verbal(tok) or m.backref:
        return [m]
    toks = list(ctx.doc[tok.i + 1 : sent.end])
    if any(t.pos_ in ("VERB", "AUX") and t.i not in ctx.tok_ent for t in toks):
        return [m]
    cut = next((k for k, t in enumerate(toks) if t.pos_ == "CCONJ" and t.i not in ctx.tok_ent), -1)
    comma = next((k for k, t in enumerate(toks) if k > cut and t.text == ","), -1)
    if cut < 0 or comma < 0 or not all(t.i in ctx.tok_ent for t in toks[cut + 1 : comma]):
        return [m]
    parts = [_Stretch(toks[:cut], ctx), _Stretch(toks[cut + 1 : comma], ctx),
             _Stretch(toks[comma + 1 :], ctx)]
    if any(len(p.names) != 1 or p.names[0][0] for p in parts):
        return [m]
    (_, obj), (_, other), (_, its_obj) = (p.names[0] for p in parts)
    if (theme, obj) not in m.roles:
        return [m]
    named = {obj, other, its_obj}
    agents = [(role, ref) for role, ref in m.roles if ref not in named and role != theme]
    if len(agents) != 1:
        return [m]
    for amount in parts[2].money[:1]:
        ctx.used_amounts.add(id(amount))
    rules = [*m.rules, "parties:remnant-subject"]
    return [
        replace(m, roles=[*agents, (theme, obj)], rules=rules,
                amount=parts[0].money[0] if parts[0].money else None,
                extra_evidence=list(m.extra_evidence)),
        replace(m, roles=[(agents[0][0], other), (theme, its_obj)], rules=rules,
                amount=parts[2].money[0] if parts[2].money else None, valuation=None,
                distinct=True, extra_evidence=list(m.extra_evidence)),
    ]


def _without_sum(ctx: Context, m: Mention, first: _Stretch, last: _Stretch) -> Mention:
    """ "two sawmills from A and a pulp mill from B for a combined C$410 million": a
    figure told as the stretches' sum (``_is_sum``) is none of their deals' price; it
    is taken from the stretches and from ``m``."""
    summed = [a for a in (*first.money, *last.money) if _is_sum(ctx, a)]
    if m.amount is not None and _is_sum(ctx, m.amount):
        summed.append(m.amount)
    if not summed:
        return m
    ctx.used_amounts.update(id(a) for a in summed)
    first.money = [a for a in first.money if a not in summed]
    last.money = [a for a in last.money if a not in summed]
    return replace(m, amount=None, extra_evidence=list(m.extra_evidence))


def _another_payment(ctx: Context, s: _Stretch) -> bool:
    """A stretch with a figure and no name that tells another payment: "a further
    $18m", "otros 20 millones", or a time of its own ("and $18m in 2024")."""
    return any(
        t.lower_ in FURTHER_WORDS or t.ent_type_ == "DATE"
        or (t.text.isdigit() and len(t.text) == 4 and 1900 <= int(t.text) <= 2100)
        for t in s.toks if t.i not in ctx.tok_amount
    )


def listed_targets(ctx: Context, sent: SpacySpan, m: Mention) -> list[Mention]:
    """ "Castro Media acquired Vane Radio, Lumen TV and Orla Press", "anunció la compra
    de A, B y C por un total de N": a list of three or more names bought with no price,
    or with a figure told as their sum ("combined", "en total"), is one takeover per
    name; the sum is no one deal's price. A list with one price of its own ("bought A,
    B and C for $50 million") stays one deal: one price, one transaction; so do two
    names ("bought A and B"), as often a company and its unit sold together as two
    deals, unless their figure is told as a sum ("bought A and B for a combined $260
    million"): a sum adds the prices of two purchases."""
    if m.type != "Acquisition" or m.backref or "parties:remnant-subject" in m.rules:
        return [m]
    targets = [ref for role, ref in m.roles if role == "target"]
    if not targets:
        return [m]
    listed = _name_list(ctx, sent, targets[0])
    total = m.amount is not None and _is_sum(ctx, m.amount)
    if len(listed) < (2 if total else 3) or not set(targets) <= set(listed):
        return [m]
    if any(ref in listed for role, ref in m.roles if role != "target"):
        return [m]
    if m.amount is not None and not total:
        return [m]
    others = [(role, ref) for role, ref in m.roles if role != "target"]
    return [
        replace(m, roles=[*others, ("target", ref)], amount=None,
                distinct=m.distinct or n > 0, rules=[*m.rules, "parties:listed-targets"],
                extra_evidence=list(m.extra_evidence))
        for n, ref in enumerate(listed)
    ]


def _name_list(ctx: Context, sent: SpacySpan, ref: EntityRef) -> list[EntityRef]:
    """The organisations named in a list with ``ref`` ("A, B y C", "A, B, and C"):
    names joined only by commas and a coordinating conjunction."""
    start = next((i for i in range(sent.start, sent.end) if ctx.tok_ent.get(i) == ref), None)
    if start is None:
        return []
    found: list[EntityRef] = []
    i = start
    while i < sent.end:
        cur = ctx.tok_ent.get(i)
        if cur is None or cur.kind != "org":
            break
        found.append(cur)
        while i < sent.end and ctx.tok_ent.get(i) == cur:
            i += 1
        j = i
        while j < sent.end and (ctx.doc[j].text == "," or ctx.doc[j].pos_ == "CCONJ"):
            j += 1
        if j == i or j >= sent.end or ctx.tok_ent.get(j) is None:
            break
        i = j
    return list(dict.fromkeys(found))


def _is_sum(ctx: Context, amount: Amount) -> bool:
    """A figure told as a sum: a word such as "combined" or "total" just before or
    after it ("a total of $300m", "$300m combined", "por un total de N")."""
    toks = [i for i, a in ctx.tok_amount.items() if a is amount]
    if not toks:
        return False
    near = ctx.doc[max(0, min(toks) - 3) : min(len(ctx.doc), max(toks) + 3)]
    return any(t.lower_ in SUM_WORDS or t.lemma_.lower() in SUM_WORDS for t in near)


def respectively(ctx: Context, sent: SpacySpan, ms: list[Mention]) -> list[Mention]:
    """ "Oakmere and Rowan bought 25% and 10% of Tilbury for $80m and $30m,
    respectively", "A y B comprarán X e Y, respectivamente, por N y M": the members of
    lists of one length are paired in order, one deal per member; a party named once
    (Tilbury) is in every deal. The deal's mentions in the sentence (the verb, "stake")
    are read as one. A stake whose company the parse missed takes the one organisation
    of the sentence after the verb that has no role. Left as it is unless two lists
    (of parties or of figures) have the length."""
    if not any(w in RESPECTIVELY_WORDS for w in ctx.lowers[sent.start:sent.end]):
        return ms
    deals = [m for m in ms if m.type in _GAPPED_TYPES and not m.backref]
    if not deals or any(m.type != deals[0].type for m in deals):
        return ms
    main = min(deals, key=lambda m: m.trigger)
    roles: list[tuple[str, EntityRef]] = []
    for m in deals:
        for role, ref in m.roles:
            if all(r != ref for _, r in roles):
                roles.append((role, ref))
    first = _first_tokens(ctx, sent)
    kind, roles = _loose_theme(ctx, main, first, roles)
    theme = _THEME[kind]
    if any(ref not in first for _, ref in roles):
        return ms
    lists: dict[str, list[EntityRef]] = {}
    for role, ref in sorted(roles, key=lambda rr: first[rr[1]]):
        lists.setdefault(role, []).append(ref)
    money = _Stretch(list(sent), ctx).money
    lengths = [len(v) for v in lists.values() if len(v) > 1]
    if len(money) > 1:
        lengths.append(len(money))
    if len(lengths) < 2 or len(set(lengths)) != 1 or theme not in lists:
        return ms
    (n,) = set(lengths)
    if any(len(v) not in (1, n) for v in lists.values()):
        return ms
    paired = []
    for k in range(n):
        paired.append(replace(
            main, type=kind,
            roles=[(role, refs[k] if len(refs) == n else refs[0]) for role, refs in lists.items()],
            amount=money[k] if len(money) == n else main.amount,
            distinct=main.distinct or k > 0, rules=[*main.rules, "parties:respectively"],
            extra_evidence=list(main.extra_evidence),
        ))
    for amount in money:
        ctx.used_amounts.add(id(amount))
    out: list[Mention] = []
    for m in ms:
        if m is main:
            out.extend(paired)
        elif all(m is not d for d in deals):
            out.append(m)
    return out


def _loose_theme(
    ctx: Context, main: Mention, first: dict[EntityRef, int], roles: list[tuple[str, EntityRef]]
) -> tuple[str, list[tuple[str, EntityRef]]]:
    """The deal type and roles of a paired deal whose company bought the parse missed:
    the one organisation after the verb with no role; "bought 25% and 10% of X" is
    stakes, the buyers investors."""
    kind = main.type
    if any(role == _THEME[kind] for role, _ in roles):
        return kind, roles
    loose = [ref for ref, i in first.items() if i > main.trigger and ref.kind == "org"
             and all(r != ref for _, r in roles)]
    if len(loose) != 1:
        return kind, roles
    between = ctx.doc[main.trigger + 1 : first[loose[0]]]
    if kind == "Acquisition" and any(
        t.text.endswith("%") or t.lemma_.lower() in STAKE_NOUNS for t in between
    ):
        kind = "Investment"
        roles = [("investor" if role == "acquirer" else role, ref) for role, ref in roles]
    return kind, [*roles, (_THEME[kind], loose[0])]


def _first_tokens(ctx: Context, sent: SpacySpan) -> dict[EntityRef, int]:
    """Where each name of the sentence is first told."""
    first: dict[EntityRef, int] = {}
    for i in range(sent.start, sent.end):
        ref = ctx.tok_ent.get(i)
        if ref is not None and ref not in first:
            first[ref] = i
    return first


def relative_object_target(ctx: Context, m: Mention) -> None:
    """ "Ashgrove agreed to sell Blyth Solar, the unit it bought from Perrin in 2020,
    to ...": a buying verb in a relative clause that has a subject of its own (not the
    relative pronoun) and no object has its object in the noun the clause is on: the
    company named there, or named by the noun's apposition. That company is the
    background deal's target. A relative pronoun as the subject ("the unit that
    bought X") is another construction, left to the frame."""
    tok = ctx.doc[m.trigger]
    if m.type in _GAPPED_TYPES and _possessive_relative(ctx, m):
        return
    if m.type != "Acquisition" or any(role == "target" for role, _ in m.roles):
        return
    if _contact_relative(ctx, m):
        return
    que = _que_read_as_conjunction(tok)
    if tok.dep_ not in ("relcl", "acl:relcl") and que is None:
        return
    if any(o is not que for o in direct_objects(tok)):
        return
    subj = subjects(tok)
    if not subj or any("Rel" in feat(s, "PronType") or s.tag_ in ("WDT", "WP") for s in subj):
        return
    head = tok.head
    ref = ctx.tok_ent.get(head.i)
    if ref is None and head.dep_ == "appos":
        ref = ctx.tok_ent.get(head.head.i)
    if ref is None and (named := copular_name(head)) is not None:
        ref = ctx.tok_ent.get(named.i)  # "Y es la harinera que X compró"
    if ref is None or ref.kind != "org" or ref in m.parties():
        return
    if head.lemma_.lower() in STAKE_NOUNS:
        # "owns 26% of Y, a stake it bought in 2019": what was bought is a stake in Y,
        # an investment in it (session 17, helper endeals)
        m.type = "Investment"
        m.roles = [("investor" if role == "acquirer" else role, x) for role, x in m.roles]
        m.roles.append(("investee", ref))
        m.rules.append("parties:relative-object-stake")
        return
    m.roles.append(("target", ref))
    m.rules.append("parties:relative-object-target")


def _que_read_as_conjunction(verb: Token) -> Token | None:
    """ "Y, la harinera que X compró en 2020": the small Spanish tagger may take the
    relative "que" of a clause on a noun for a conjunction (a marker or an object
    tagged SCONJ), where the relative pronoun (tagged PRON) is read as the object
    (``kg.deals.refer.object_antecedent``). With its subject said before the verb, the
    clause is an object relative; the "que", None when the clause is no such one
    (parties:relative-object-target). A subject after the verb ("la harinera que
    compró X") may be the relative's (the harinera bought X): left as parsed."""
    if doc_lang(verb.doc) != "es" or verb.dep_ != "acl" or verb.head.pos_ != "NOUN":
        return None
    que = next((c for c in verb.children if c.lower_ == "que" and c.pos_ == "SCONJ"
                and c.dep_ in ("obj", "mark") and c.i < verb.i), None)
    if que is None or any(c.pos_ == "ADP" for c in verb.children if c.i < que.i):
        return None
    said = subjects(verb)
    return que if said and all(que.i < s.i < verb.i for s in said) else None


def _contact_relative(ctx: Context, m: Mention) -> bool:
    """ "Y, the Newry printer X snapped up in 2024, ...": an English relative clause with
    no relative word ("the printer [that] X snapped up"), in apposition to a company: the
    clause's subject bought the company the apposition describes. Read off the words,
    as the parser rarely finds the clause: a past buying verb with no object, right
    after a name, itself right after "the" and a description (no verb, no name) set off
    by a comma from the company bought."""
    doc, t = ctx.doc, ctx.doc[m.trigger]
    if doc_lang(doc) != "en" or t.tag_ != "VBD" or any(True for _ in direct_objects(t)):
        return False
    buyer = ctx.tok_ent.get(t.i - 1)
    if buyer is None:
        return False
    start = t.i - 1
    while start > 0 and ctx.tok_ent.get(start - 1) == buyer:
        start -= 1
    the = start - 1
    while the > 0 and doc[the].lower_ != "the":
        word = doc[the]
        if word.is_punct or word.pos_ in ("VERB", "AUX", "PRON") or the in ctx.tok_ent:
            return False
        the -= 1
    if the < 2 or the == start - 1 or doc[the - 1].text != ",":
        return False
    target = ctx.tok_ent.get(the - 2)
    if target is None or target == buyer or target.kind != "org":
        return False
    m.roles = [(role, x) for role, x in m.roles if x != target]
    if not any(role == "acquirer" and x == buyer for role, x in m.roles):
        m.roles.append(("acquirer", buyer))
    m.roles.append(("target", target))
    m.rules.append("parties:contact-relative")
    return True



def _possessive_relative(ctx: Context, m: Mention) -> bool:
    """ "Arenal Finance, whose card portfolio Tilaran Bank bought in 2023", "Financiera
    Arenal, cuya cartera de tarjetas compró Banco Tilarán": a relative clause opened by
    its object, which "whose"/"cuyo" says the company before the comma owned; the name
    right before the buying verb (or, in Spanish, which puts the subject after the verb
    here, right after it) bought it from that company, or invested in it where what
    was bought is a stake ("whose shares X bought"). Read off the words, as the small
    parsers do not find the fronted object: at most six words between the relative and
    the verb, no verb and no name among them."""
    doc, t = ctx.doc, ctx.doc[m.trigger]
    if not is_verbal(t) or t.tag_ == "VBN" or "Part" in feat(t, "VerbForm"):
        return False
    k = t.i - 1
    buyer = ctx.tok_ent.get(k)
    if buyer is not None:  # "... whose portfolio Tilaran Bank bought"
        while k > 0 and ctx.tok_ent.get(k - 1) == buyer:
            k -= 1
        k -= 1
    elif doc_lang(doc) == "es":  # "... cuya cartera compró (el) Banco Tilarán"
        after = t.i + 2 if t.i + 2 < len(doc) and doc[t.i + 1].lower_ in ("el", "la") \
            else t.i + 1
        buyer = ctx.tok_ent.get(after)
    if buyer is None:
        return False
    rel = k
    while rel > 0 and k - rel < 6 and doc[rel].lower_ not in RELATIVE_POSSESSIVES:
        word = doc[rel]
        if word.is_punct or word.pos_ in ("VERB", "AUX", "PRON") or rel in ctx.tok_ent:
            return False
        rel -= 1
    if doc[rel].lower_ not in RELATIVE_POSSESSIVES or rel < 2 or doc[rel - 1].text != ",":
        return False
    owner = ctx.tok_ent.get(rel - 2)
    if owner is None or owner == buyer or owner.kind != "org":
        return False
    m.roles = [(role, x) for role, x in m.roles if x not in (owner, buyer)]
    if m.type == "Investment":  # "whose shares X bought": a stake in the company
        m.roles += [("investor", buyer), ("investee", owner)]
    else:
        m.roles += [("acquirer", buyer), ("seller", owner)]
    m.rules.append("parties:possessive-relative")
    return True
