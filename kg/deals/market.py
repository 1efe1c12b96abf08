"""A company put on the market, won, or left: deals the press tells with verbs of no
deal kind of their own (session 25, wordings8).

- "X pone a la venta Y", "X saca a la venta Y", "X puso Y en venta", "X put Y up for
  sale": a sale its seller announces, the buyer not yet known (an Acquisition with
  seller and target, ``frame:put-up-for-sale``); a stake put up for sale ("su
  participación en Y") an Investment with seller and investee. Only with the sale noun
  after "a la", "en" or "up for", and a verb of putting (``[words] market_verbs``);
  never denied ("no pone a la venta Y"), never a company merely "en venta" with no one
  selling it; "Y no está en venta", "Y is not for sale" state no sale at all.
- "X se adjudica Y por 12 millones", "X se alza con Y": a company won is taken over
  (``frame:company-won``), only with the clitic of the reflexive and a named company
  right after the verb (or after "con"): "se adjudica la victoria", "se alzó con el
  título", "se adjudicó el contrato de Z" tell no takeover (``[words] win_verbs``).
- "X sale del capital de Y", "X abandona el accionariado de Y": a stake sold, its buyer
  unsaid (an Investment with seller and investee, ``frame:capital-left``), only with a
  capital noun of a named company (``[words] leave_verbs``, ``capital_nouns``).
- "X da entrada a Y en su capital (con un 20 %)": a company letting another into its
  capital takes its investment (``frame:let-into-capital``), only with a capital noun.
- "X lands Y for $40 million", "X netted Y in a $40m deal", "X scoops Y for $40m":
  headline verbs of getting, a takeover only with a named company their object and a
  price told (``frame:landed-for-a-price``, ``[words] land_verbs``).
- "X pasará a controlar el 60 % de Y", "X pasa a poseer el 20 % de Y": coming to hold
  a part of a named company buys it, a majority a takeover (``frame:part-to-hold``),
  only with the percentage (``[words] come_to_hold_verbs``).

The parser often hangs the names around these verbs on each other ("Y" the subject of
"se adjudica", the appositive of "venta"), so the parties are read by word order, as
kg.deals.linear reads a headline's present tense: the names right before the verb (past
the clitic and the auxiliaries), the names right after the word that opens the object.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.linear import names_after, names_before
from kg.deals.mention import Mention
from kg.deals.status import set_status
from kg.deals.syntax import subjects
from kg.deals.words import (
    CAPITAL_NOUNS,
    COME_TO_HOLD_VERBS,
    LAND_VERBS,
    LEAVE_VERBS,
    MARKET_VERBS,
    NEGATIONS,
    STAKE_NOUNS,
    WIN_VERBS,
)
from kg.facts import EntityRef

_SALE_NOUNS = frozenset({"venta", "sale"})
# "no está en venta", "is not for sale", "niega estar en venta"
_BE_VERBS = frozenset({"estar", "be", "seguir"})
_DENY_VERBS = frozenset({"negar", "deny", "desmentir"})
# Statuses a sale put on the market may have: it is announced, never done by being so.
_OPEN = ("Announced", "Rumoured", "InNegotiation", "Cancelled")
# The lemmas market_moves reads.
_MARKET_WORDS = _SALE_NOUNS | WIN_VERBS | LEAVE_VERBS | LAND_VERBS | {"pasar", "dar"}


def market_moves(
    ctx: Context, sent: SpacySpan, ms: list[Mention], others: list[Mention], si: int
) -> list[Mention]:
    """The sentence's companies put up for sale, won or left (see the module
    docstring), unless a mention of the sentence (``ms``, or ``others`` made from the
    sentences before) already has their parties. A company denied to be for sale
    takes its sale noun's mention out of ``ms``."""
    made: list[Mention] = []
    lemmas = ctx.lemma_lowers
    for i in ctx.among(sent, _MARKET_WORDS):  # (only its words: the others are passed)
        lemma = lemmas[i]
        if lemma in _SALE_NOUNS:
            on_sale = _for_sale(ctx, ctx.doc[i])
            if on_sale is not None:
                if on_sale:
                    _on_the_market(ms, i)  # "Y está en venta": announced, not done
                else:
                    ms[:] = [x for x in ms if x.trigger != i]  # "Y no está en venta"
                continue
            m = _put_up_for_sale(ctx, ctx.doc[i], si)
            if m is not None:
                _on_the_market(ms, i)
        elif lemma in WIN_VERBS and ctx.lang == "es":
            m = _company_won(ctx, ctx.doc[i], si)
        elif lemma in LEAVE_VERBS and ctx.lang == "es":
            m = _capital_left(ctx, ctx.doc[i], si)
        elif lemma == "pasar" and ctx.lang == "es":
            m = _part_to_hold(ctx, ctx.doc[i], si)
        elif lemma == "dar" and ctx.lang == "es":
            m = _let_into_capital(ctx, ctx.doc[i], si)
        elif lemma in LAND_VERBS and ctx.lang == "en":
            m = _landed_for_a_price(ctx, ctx.doc[i], si)
        else:
            continue
        if m is not None and not _told(ms + others + made, m):
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


def _for_sale(ctx: Context, sale: Token) -> bool | None:
    """ "Y está en venta", "Y is for sale": True, a company on the market; "Y no está
    en venta", "Y is not for sale", "niega estar en venta": False, a company denied to
    be (the sale noun states no sale); None when the sale noun follows no copula."""
    doc = ctx.doc
    if sale.i < 2 or doc[sale.i - 1].lower_ not in ("en", "for"):
        return None
    verb = doc[sale.i - 2]
    if verb.lemma_.lower() not in _BE_VERBS:
        return None
    near = doc[max(0, verb.i - 3) : verb.i + 1]
    return not any(t.lower_ in NEGATIONS or t.lemma_.lower() in _DENY_VERBS for t in near)


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


def _part_to_hold(ctx: Context, verb: Token, si: int) -> Mention | None:
    """ "X pasará a controlar el 60 % de Y", "X pasa a poseer el 20 % de Y": coming to
    hold a part of a named company is buying it (a majority a takeover, less a stake);
    never without the percentage ("pasa a controlar Y" may be a stock of goods)."""
    doc = ctx.doc
    end = ctx.sents[ctx.sent_index(verb.i)].end
    if verb.pos_ not in ("VERB", "AUX") or verb.i + 2 >= end or _denied(ctx, verb):
        return None
    if doc[verb.i + 1].lower_ != "a" or doc[verb.i + 2].lemma_.lower() not in COME_TO_HOLD_VERBS:
        return None
    share: float | None = None
    for t in doc[verb.i + 3 : min(end, verb.i + 7)]:
        if t.text == "%" and t.i >= 1:
            try:
                share = float(doc[t.i - 1].text.replace(",", "."))
            except ValueError:
                return None
            if t.i + 1 < end and doc[t.i + 1].lower_ in ("de", "del"):
                held = names_after(ctx, doc[t.i + 1])
                break
            return None
    else:
        return None
    if share is None or not 0 < share <= 100:
        return None
    if share > 50:
        return _mention(ctx, verb, si, "Acquisition", "part-to-hold", ("acquirer", "target"),
                        _names_before(ctx, verb), held)
    return _mention(ctx, verb, si, "Investment", "part-to-hold", ("investor", "investee"),
                    _names_before(ctx, verb), held)


def _let_into_capital(ctx: Context, verb: Token, si: int) -> Mention | None:
    """ "X da entrada a Y en su capital", "X dio entrada en su capital a Y con un 20 %":
    a company that lets another into its capital takes its investment; "en el capital
    de Z" lets it into Z's. Only with a capital noun ("da entrada a nuevos productos"
    invests nothing)."""
    doc = ctx.doc
    end = ctx.sents[ctx.sent_index(verb.i)].end
    if verb.i + 1 >= end or doc[verb.i + 1].lower_ != "entrada" or _denied(ctx, verb):
        return None
    investors: list[EntityRef] = []
    capital: Token | None = None
    for t in doc[verb.i + 2 : min(end, verb.i + 12)]:
        if t.lower_ in ("a", "al") and not investors:
            investors = names_after(ctx, t)
        elif t.lemma_.lower() in CAPITAL_NOUNS and capital is None:
            capital = t
    if not investors or capital is None:
        return None
    own = _names_before(ctx, verb)
    if capital.i + 1 < end and doc[capital.i + 1].lower_ == "de":
        # "X da entrada a Y en el capital de Z": Z's holder X sells Y its way in
        m = _mention(ctx, verb, si, "Investment", "let-into-capital", ("investee", "investor"),
                     names_after(ctx, doc[capital.i + 1]), investors)
        if m is not None:
            for x in own:
                if x not in m.parties() and x.kind == "org":
                    m.add_role("seller", x)
        return m
    if not any(c.lower_ in ("su", "sus") for c in doc[capital.i - 2 : capital.i]):
        return None
    return _mention(ctx, verb, si, "Investment", "let-into-capital", ("investee", "investor"),
                    own, investors)


def _landed_for_a_price(ctx: Context, verb: Token, si: int) -> Mention | None:
    """ "X lands Y for $40 million", "X nets Y in a $40m deal": a named company got for
    a price told with it is taken over."""
    if verb.pos_ != "VERB" or _denied(ctx, verb):
        return None
    targets = [x for o in verb.children if o.dep_ == "dobj" for x in ctx.np_entities(o)]
    priced = any(
        prep in ("for", "in") and any(t.i in ctx.tok_amount for t in arg.subtree)
        for prep, arg in ctx.prep_args(verb)
    )
    if not targets or not priced:
        return None
    buyers = [x for s in subjects(verb) for x in ctx.np_entities(s)] or _names_before(ctx, verb)
    return _mention(ctx, verb, si, "Acquisition", "landed-for-a-price", ("acquirer", "target"),
                    buyers, targets)


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
        kind={"acquirer": "acquire", "investor": "invest", "investee": "invest"}.get(
            roles[0], "sell"),
        rules=[f"frame:{rule}({verb.lemma_.lower()})"],
    )
    set_status(m, verb, False)
    return m


def _names_before(ctx: Context, verb: Token) -> list[EntityRef]:
    """The names right before the verb, past its clitic and auxiliaries ("X se ha
    adjudicado", "X ha puesto"); coordinated ones too (``linear.names_before``)."""
    doc = ctx.doc
    start = ctx.sents[ctx.sent_index(verb.i)].start
    j = verb.i
    while j - 1 >= start and (doc[j - 1].lower_ == "se" or doc[j - 1].pos_ == "AUX"):
        j -= 1
    return names_before(ctx, doc[j])


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
