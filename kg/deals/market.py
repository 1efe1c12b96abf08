"""A company put on the market, won, or left: deals the press tells with verbs of no
deal kind of their own (session 25, wordings8).

- "X pone a la venta Y", "X saca a la venta Y", "X puso Y en venta", "X put Y up for
  sale": a sale its seller announces, the buyer not yet known (an Acquisition with
  seller and target, ``frame:put-up-for-sale``); a stake put up for sale ("su
  participación en Y") an Investment with seller and investee. Only with the sale noun
  after "a la", "en" or "up for", and a verb of putting (``[words] market_verbs``);
  never denied ("no pone a la venta Y"), never a company merely "en venta" with no one
  selling it.
- "X se adjudica Y por 12 millones", "X se alza con Y": a company won is taken over
  (``frame:company-won``), only with the clitic of the reflexive and a named company
  right after the verb (or after "con"): "se adjudica la victoria", "se alzó con el
  título", "se adjudicó el contrato de Z" tell no takeover (``[words] win_verbs``).
- "X sale del capital de Y", "X abandona el accionariado de Y": a stake sold, its buyer
  unsaid (an Investment with seller and investee, ``frame:capital-left``), only with a
  capital noun of a named company (``[words] leave_verbs``, ``capital_nouns``).

The parser often hangs the names around these verbs on each other ("Y" the subject of
"se adjudica", the appositive of "venta"), so the parties are read by word order, as
kg.deals.linear reads a headline's present tense: the names right before the verb (past
the clitic and the auxiliaries), the names right after the word that opens the object.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.linear import names_after
from kg.deals.mention import Mention
from kg.deals.status import set_status
from kg.deals.words import (
    CAPITAL_NOUNS,
    LEAVE_VERBS,
    MARKET_VERBS,
    NEGATIONS,
    STAKE_NOUNS,
    WIN_VERBS,
)
from kg.facts import EntityRef

_SALE_NOUNS = frozenset({"venta", "sale"})
_COORD = (",", "y", "e", "and")
# Statuses a sale put on the market may have: it is announced, never done by being so.
_OPEN = ("Announced", "Rumoured", "InNegotiation", "Cancelled")


def market_moves(ctx: Context, sent: SpacySpan, ms: list[Mention], si: int) -> list[Mention]:
    """The sentence's companies put up for sale, won or left (see the module
    docstring), unless a mention of the sentence already has their parties."""
    made: list[Mention] = []
    lemmas = ctx.lemma_lowers
    for i in range(sent.start, sent.end):
        lemma = lemmas[i]
        if lemma in _SALE_NOUNS:
            m = _put_up_for_sale(ctx, ctx.doc[i], si)
            if m is not None:
                _on_the_market(ms, i)
        elif lemma in WIN_VERBS and ctx.lang == "es":
            m = _company_won(ctx, ctx.doc[i], si)
        elif lemma in LEAVE_VERBS and ctx.lang == "es":
            m = _capital_left(ctx, ctx.doc[i], si)
        else:
            continue
        if m is not None and not _told(ms + made, m):
            made.append(m)
    return made


def _put_up_for_sale(ctx: Context, sale: Token, si: int) -> Mention | None:
    """ "X pone a la venta Y", "X puso Y en venta", "X put Y up for sale"."""
    doc = ctx.doc
    start = ctx.sents[ctx.sent_index(sale.i)].start
    before = [t.lower_ for t in doc[max(start, sale.i - 2) : sale.i]]
    if before == ["a", "la"] or (before == ["up", "for"] and ctx.lang == "en"):
        opener = doc[sale.i - 2]
    elif before[-1:] == ["en"] and ctx.lang == "es":
        opener = doc[sale.i - 1]
    else:
        return None
    verb = next(
        (t for t in reversed(doc[max(start, opener.i - 6) : opener.i])
         if t.lemma_.lower() in MARKET_VERBS and t.pos_ in ("VERB", "AUX")),
        None,
    )
    if verb is None or _denied(ctx, verb):
        return None
    # what is sold: the names between the verb and the opener ("puso Y en venta", "put
    # Y up for"), else those after the sale noun ("pone a la venta Y")
    what = [t for t in doc[verb.i + 1 : opener.i] if t.pos_ in ("NOUN", "PROPN")]
    targets = names_after(ctx, verb) if what else names_after(ctx, sale)
    kind, roles = "Acquisition", ("seller", "target")
    if not targets and what:
        stake = what[0]
        if stake.lemma_.lower() in STAKE_NOUNS or stake.lower_ in STAKE_NOUNS:
            targets = _stake_company(ctx, stake, opener)
            kind, roles = "Investment", ("seller", "investee")
    elif not targets and not what:
        end = ctx.sents[ctx.sent_index(sale.i)].end
        part = next((t for t in doc[sale.i + 1 : end] if t.pos_ != "DET"), None)
        if part is not None and part.lemma_.lower() in STAKE_NOUNS:
            targets = _stake_company(ctx, part, doc[end - 1])
            kind, roles = "Investment", ("seller", "investee")
    sellers = _names_before(ctx, verb)
    m = _mention(ctx, verb, si, kind, "put-up-for-sale", roles, sellers, targets)
    if m is not None and m.status not in _OPEN:
        # "ha puesto a la venta Y": put on the market, not sold
        m.status, m.status_explicit = "Announced", True
        m.rules.append("status:Announced<-put-up-for-sale")
    return m


def _on_the_market(ms: list[Mention], sale: int) -> None:
    """The sale noun's own mention ("puso Y en venta" read on "venta") tells a sale put
    on the market: announced, whatever the tense of putting it there."""
    for m in ms:
        if m.trigger == sale and m.status not in _OPEN:
            m.status, m.status_explicit = "Announced", True
            m.rules.append("status:Announced<-put-up-for-sale")


def _stake_company(ctx: Context, stake: Token, stop: Token) -> list[EntityRef]:
    """The company a stake is in ("su participación en Y", "its stake in Y"), named
    before ``stop``."""
    doc = ctx.doc
    for t in doc[stake.i + 1 : stop.i]:
        if t.lower_ in ("en", "in", "de", "of"):
            return names_after(ctx, t)
    return []


def _company_won(ctx: Context, verb: Token, si: int) -> Mention | None:
    """ "X se adjudica Y por 12 millones", "X se alza con Y"."""
    doc = ctx.doc
    if verb.pos_ not in ("VERB", "AUX") or not _reflexive(ctx, verb) or _denied(ctx, verb):
        return None
    if verb.lemma_.lower() == "alzar":
        if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "con":
            return None
        targets = names_after(ctx, doc[verb.i + 1])
    else:
        nxt = verb.i + 1
        if nxt >= len(doc) or nxt not in ctx.tok_ent:
            return None  # "se adjudica la victoria", "se adjudicó el contrato"
        targets = names_after(ctx, verb)
    return _mention(ctx, verb, si, "Acquisition", "company-won", ("acquirer", "target"),
                    _names_before(ctx, verb), targets)


def _capital_left(ctx: Context, verb: Token, si: int) -> Mention | None:
    """ "X sale del capital de Y", "X abandona el accionariado de Y"."""
    doc = ctx.doc
    if verb.pos_ not in ("VERB", "AUX") or _denied(ctx, verb):
        return None
    end = ctx.sents[ctx.sent_index(verb.i)].end
    capital = next(
        (t for t in doc[verb.i + 1 : min(end, verb.i + 4)] if t.lemma_.lower() in CAPITAL_NOUNS),
        None,
    )
    if capital is None or capital.i + 1 >= end or doc[capital.i + 1].lower_ != "de":
        return None
    if any(t.pos_ not in ("ADP", "DET") for t in doc[verb.i + 1 : capital.i]):
        return None
    m = _mention(ctx, verb, si, "Investment", "capital-left", ("seller", "investee"),
                 _names_before(ctx, verb), names_after(ctx, doc[capital.i + 1]))
    lemma = verb.lemma_.lower()
    if m is not None and m.rules[-1] == f"status:Cancelled<-{lemma}":
        # "abandona el accionariado": the verb leaves the capital, it ends no deal
        m.status = "Announced" if "Fut" in verb.morph.get("Tense", []) else "Completed"
        m.rules[-1] = f"status:{m.status}<-capital-left"
    return m


def _mention(
    ctx: Context, verb: Token, si: int, kind: str, rule: str, roles: tuple[str, str],
    firsts: list[EntityRef], seconds: list[EntityRef],
) -> Mention | None:
    firsts = [x for x in firsts if x.kind == "org"]
    seconds = [x for x in seconds if x.kind == "org" and x not in firsts]
    if not firsts or not seconds:
        return None
    m = Mention(
        type=kind, roles=[(roles[0], x) for x in firsts] + [(roles[1], x) for x in seconds],
        sent=si, evidence=ctx.sentence_evidence(si), trigger=verb.i,
        kind="acquire" if roles[0] == "acquirer" else "sell",
        rules=[f"frame:{rule}({verb.lemma_.lower()})"],
    )
    set_status(m, verb, False)
    return m


def _names_before(ctx: Context, verb: Token) -> list[EntityRef]:
    """The names right before the verb, past its clitic and auxiliaries ("X se ha
    adjudicado", "X ha puesto"); coordinated ones too."""
    doc = ctx.doc
    start = ctx.sents[ctx.sent_index(verb.i)].start
    j = verb.i - 1
    while j >= start and (doc[j].lower_ == "se" or doc[j].pos_ == "AUX"):
        j -= 1
    refs: list[EntityRef] = []
    while j >= start:
        ref = ctx.tok_ent.get(j)
        if ref is not None:
            if ref not in refs:
                refs.append(ref)
        elif not (doc[j].lower_ in _COORD and j - 1 in ctx.tok_ent):
            break
        j -= 1
    return refs


def _reflexive(ctx: Context, verb: Token) -> bool:
    """Whether the clitic "se" stands before the verb (past its auxiliaries)."""
    doc = ctx.doc
    j = verb.i - 1
    while j >= 0 and doc[j].pos_ == "AUX":
        j -= 1
    return j >= 0 and doc[j].lower_ == "se"


def _denied(ctx: Context, verb: Token) -> bool:
    """A negation on the verb or right before it ("no pone a la venta Y")."""
    doc = ctx.doc
    near = doc[max(0, verb.i - 3) : verb.i]
    return any(c.lower_ in NEGATIONS for c in verb.children) or any(
        t.lower_ in NEGATIONS for t in near
    )


def _told(ms: list[Mention], m: Mention) -> bool:
    """Whether a mention of the sentence already has these parties."""
    parties = m.parties()
    return any(parties <= other.parties() for other in ms)
