"""What a sentence attaches to the deals it tells: the nearest amount (a price or a
valuation), a term ("por cinco años"), a quantity (750 MW), and who reports it
("según fuentes de X", "X reported") with the words that hedge it.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token
from text_to_num import text2num

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.syntax import case_of, is_verbal, subjects, tree_distance
from kg.deals.words import (
    BACKREF_NOUNS,
    DURATION_PREPS,
    DURATION_UNITS,
    HEDGE_ADV,
    REPORT_VERBS,
    SOURCE_NOUNS,
    SUBJ_DEPS,
)
from kg.facts import Amount, EntityRef

# -- attribution -------------------------------------------------------------


def attribution(ctx: Context, sent: SpacySpan) -> tuple[EntityRef | None, str | None]:
    """Who reports the sentence ("según fuentes de X", "X reported") and the hedge."""
    reporter: EntityRef | None = None
    hedge: str | None = None
    if not any(i in ctx.cues for i in range(sent.start, sent.end)):
        return reporter, hedge
    for tok in sent:
        low = tok.lower_
        if low == "per" and not any(
            t.i in ctx.tok_ent for t in ctx.doc[tok.i + 1 : min(sent.end, tok.i + 3)]
        ):
            continue  # "$34 per share"
        if low in ("según", "per") or (low == "according" and tok.i + 1 < sent.end):
            reporter, hedge = _according_to(ctx, tok, sent, reporter, hedge)
        elif tok.lemma_.lower() in REPORT_VERBS and tok.pos_ == "VERB":
            reporter = _reporting_subject(ctx, tok) or reporter
        if low in HEDGE_ADV:
            hedge = tok.text
    if reporter is not None:
        ctx.reporters.add(reporter)
    return reporter, hedge


def _according_to(
    ctx: Context, tok: Token, sent: SpacySpan, reporter: EntityRef | None, hedge: str | None
) -> tuple[EntityRef | None, str | None]:
    """ "según X", "according to sources at X": the organisation named, and the
    hedge when the words name a source rather than the organisation itself."""
    window = ctx.doc[tok.i : min(sent.end, tok.i + 8)]
    for t in window:
        ref = ctx.tok_ent.get(t.i)
        if ref is not None and ref.kind == "org":
            reporter = ref
            break
    if any(t.lemma_.lower() in SOURCE_NOUNS for t in window[:4]):
        end = next((t.i for t in window if t.i > tok.i + 1 and t.pos_ == "ADP"), tok.i + 2)
        hedge = ctx.doc[tok.i : end].text
    return reporter, hedge


def _reporting_subject(ctx: Context, verb: Token) -> EntityRef | None:
    """The organisation that is the subject of a reporting verb with no object of
    its own ("X reported", "informó X"); the last such subject."""
    found: EntityRef | None = None
    for s in subjects(verb):
        refs = ctx.np_entities(s)
        if (
            refs
            and refs[0].kind == "org"
            and not any(
                c.dep_ in ("obj", "dobj")
                and case_of(c) is None
                and c.lemma_.lower() not in ("lo",)
                for c in verb.children
                if c.pos_ != "PRON"
            )
        ):
            found = refs[0]
    return found


# -- money -------------------------------------------------------------------


def attach_money(ctx: Context, sent: SpacySpan, ms: list[Mention]) -> None:
    """Give each mention the nearest amount (and valuation) of its sentence."""
    cands: list[tuple[int, int, Amount, bool]] = []
    for amt in ctx.amounts:
        if not (sent.start_char <= amt.span.start < sent.end_char):
            continue
        root = _amount_root(ctx, amt)
        if root is None:
            continue
        if _in_brackets(ctx, root):  # a restatement in another currency
            continue
        val = is_valuation(ctx, root)
        for mi, m in enumerate(ms):
            if m.kind == "investor":
                continue  # a holder ("accionista de X") has no price
            d = tree_distance(ctx.doc[m.trigger], root)
            cands.append((d, mi, amt, val))
    cands.sort(key=lambda c: (c[0], c[2].span.start))
    for d, mi, amt, val in cands:
        m = ms[mi]
        if id(amt) in ctx.used_amounts or d > 9:
            continue
        if val:
            if m.valuation is None and m.type in ("Investment", "Valuation", "Acquisition"):
                m.valuation = amt
                ctx.used_amounts.add(id(amt))
        elif m.amount is None and m.type != "Valuation":
            m.amount = amt
            ctx.used_amounts.add(id(amt))


def _amount_root(ctx: Context, amt: Amount) -> Token | None:
    span = ctx.doc.char_span(amt.span.start, amt.span.end, alignment_mode="expand")
    if span is None:
        return None
    return span.root


def _in_brackets(ctx: Context, root: Token) -> bool:
    span = ctx.doc[max(root.sent.start, root.i - 6) : root.i]
    opened = [t for t in span if t.text in ("(", "[")]
    closed = [t for t in span if t.text in (")", "]")]
    return bool(opened) and (not closed or closed[-1].i < opened[-1].i)


def is_valuation(ctx: Context, root: Token) -> bool:
    """A valuation: under "valoración"/"valuation", the object of "values ... at",
    or beside "valoración" ("elevar su valoración a X")."""
    near: list[Token] = [root.head, root.head.head]
    near += [
        c
        for c in root.head.children
        if c.i != root.i and c.dep_ not in ("relcl", "acl", "acl:relcl")
    ]
    for t in near:
        lemma = t.lemma_.lower()
        if lemma in ("valoración", "valuation"):
            return True
        if lemma in ("value", "valorar", "valorado", "valued") and is_verbal(t) and \
                t in (root.head, root.head.head):
            return _values_its_object(t)
        if (
            lemma in ("value", "valor")
            and t.pos_ == "NOUN"
            and any(c.lower_ in ("enterprise", "empresa", "mercado") for c in t.children)
        ):
            return True
    prev = ctx.doc[max(root.sent.start, root.i - 5) : root.i]
    return any(t.lemma_.lower() in ("valoración", "valuation") for t in prev)


def _values_its_object(verb: Token) -> bool:
    """Only a verb that governs the amount: in "raised $60 million, valuing the company
    at $480 million" the sibling clause values the other figure. "a transaction valued
    at $X" is the deal's price, not a valuation; "a deal that would have been valued at
    $X" too; but "a round that values the company at $X" values the object."""
    holder = verb.head if verb.dep_ in ("acl", "amod", "relcl", "acl:relcl") else None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    subj = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
    nouns = objects or ([holder] if holder is not None else []) + subj
    return not any(n.lemma_.lower() in BACKREF_NOUNS for n in nouns)


# -- term and quantity -------------------------------------------------------


def attach_term_quantity(ctx: Context, sent: SpacySpan, ms: list[Mention]) -> None:
    """Give the nearest mention a term ("por cinco años" → P5Y) and a quantity."""
    if not ms:
        return
    for tok in sent:
        unit = DURATION_UNITS.get(tok.lower_)
        if unit is None:
            continue
        number = _number_before(ctx, tok)
        if number is None:
            continue
        pre = ctx.doc[max(sent.start, tok.i - 4) : tok.i]
        if not any(t.lower_ in DURATION_PREPS for t in pre):
            continue
        if any(
            t.lower_ in ("hace", "ago", "pasado", "past", "últimos", "last")
            for t in ctx.doc[max(sent.start, tok.i - 3) : tok.i + 2]
        ):
            continue
        m = min(ms, key=lambda x: tree_distance(ctx.doc[x.trigger], tok))
        if m.term is None:
            m.term = f"P{number}{unit}"
    for qty in ctx.quantities:
        if not (sent.start_char <= qty.span.start < sent.end_char):
            continue
        span = ctx.doc.char_span(qty.span.start, qty.span.end, alignment_mode="expand")
        if span is None:
            continue
        m = min(ms, key=lambda x: tree_distance(ctx.doc[x.trigger], span.root))
        if m.quantity is None and tree_distance(ctx.doc[m.trigger], span.root) <= 4:
            m.quantity = qty


def _number_before(ctx: Context, unit: Token) -> int | None:
    for t in reversed(ctx.doc[max(unit.sent.start, unit.i - 2) : unit.i]):
        if t.like_num:
            try:
                return int(t.text.replace(".", "").replace(",", ""))
            except ValueError:
                try:
                    return int(text2num(t.lower_, ctx.doc.lang_ or "en"))
                except ValueError:
                    return None
    return None
