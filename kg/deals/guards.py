"""Guards against false deals: constraints a mention must meet to be published, checked
after every sentence was read and before the mentions are merged (``extract_deals``).

Each guard names a class of misreading seen on news nobody tuned to:

- a typing constraint: money is no party ("invertir B/. 385 millones" read the
  currency sign "B/." as a company), and a person merges with no company ("a merger
  with Y, X said" read the speaker as Y's partner);
- a closed class of places where shares trade (stock exchanges): one is a party only
  where a sentence names it beside its deal ("the shares closed higher on the NSE. In
  2021 it acquired Y": the exchange is no antecedent of "it");
- control: whoever blocks or thwarts an attempt ("la Comisión frenó el intento de X de
  quedarse con Y") is a third party, not the agent of the attempted deal;
- a typing constraint on funding: what a company obtains measured in megahertz or
  megawatts ("obtuvo 2 x 10 MHz por 96 millones") is capacity bought, not money raised;
- lenders: a bank named only as the one who grants a loan ("un préstamo concedido por
  X", "the loan, arranged by X and Y") finances a deal and is no antecedent of "it" or
  of a dropped subject, as an exchange is not;
- supervisors, a typing constraint: a body whose name says it regulates or judges
  ("Superintendencia de Banca", "Comisión Nacional de Banca y Seguros", "the
  Competition and Markets Authority", "a tribunal"), or legislates ("the Legislative
  Council", "the National Assembly") rules on deals and makes none. It
  is no party, not even where its deal's sentence names it ("the Authority had cleared
  its purchase of Y"), and no antecedent of "it" or of a dropped subject;
- speakers' affiliations: an organisation named only in a transcript's speaker labels
  ("PERIODISTA (Radio Norte 95.3): ...") is the outlet a questioner speaks for, no
  topic of the deals asked about;
- credit lines: the organisations a verbless line thanks ("Con la colaboración de la
  Diputación de X y de la Cámara de Y") help the unnamed author of a brochure or an
  event, and make no partnership with each other;
- judges: a body named only as the subject of a verb that judges a deal ("La Comisión
  Nacional de la Competencia autorizó ayer la operación", "the Bureau approved the
  deal") is no antecedent either, nor the topic whose deal an agentless "la compra de
  Y" is;
- a typing constraint on what is bought: a company buys or invests in a company, a
  unit or assets, never a person ("Ashdown also bought defender X from Y", "el Arenal
  adquirió al portero X"): a player's transfer, no takeover;
- damages: money a court orders paid ("a jury ordered X to pay $40 million to Y",
  "un juez condenó a X a pagar 2 millones a Y") or paid for a wrong ("in damages",
  "como indemnización") is no price of a purchase;
- the financing of a purchase: a round read from a phrase of means on the verb of
  buying ("acquired Y with financing from X", "adquirió Y con financiación de X") is
  money lent or put up for the purchase, no stake X takes in the buyer;
- what a sentence names without asserting (``kg.deals.asserted``): a verb of buying in
  the protasis of a conditional ("If X bought Y, it would ..."), and a standing trade
  in goods told in the habitual present ("X supplies the supermarket chain Y").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.deals.asserted import habitual_trade, retracted, supposed
from kg.deals.mention import Mention
from kg.deals.syntax import feat, subjects
from kg.deals.words import (
    CAPACITY_UNITS,
    COURT_ORDER_VERBS,
    COURT_TITLES,
    CREDIT_OPENERS,
    DAMAGES_NOUNS,
    DENIED_INTENT_ADJECTIVES,
    DENIED_INTENT_NOUNS,
    DENIED_INTENT_VERBS,
    LEGISLATURE_BODIES,
    LEGISLATURE_SCOPES,
    LENDER_PREPOSITIONS,
    LOAN_NOUNS,
    MARKET_VENUE_NAMES,
    MARKET_VENUE_WORDS,
    NEGATIONS,
    OBJ_DEPS,
    OBSTRUCT_VERBS,
    SUPERVISOR_BODIES,
    SUPERVISOR_FIELDS,
    SUPERVISOR_WORDS,
    THIRD_PARTY_VERBS,
)
from kg.doc import covering_span, covering_tokens, doc_text
from kg.entities.words import PERSON_ROLES
from kg.facts import Entity, EntityRef

if TYPE_CHECKING:
    from kg.deals.context import Context


def money_signs(ctx: Context) -> frozenset[EntityRef]:
    """Entities every mention of which lies inside an amount of money: a currency sign
    or code read as a name ("B/. 385 millones", "Bs. 20 millones"). Money is no party."""
    amounts = [(a.span.start, a.span.end) for a in ctx.doc._.kg_amounts or []]
    if not amounts:
        return frozenset()
    return frozenset(
        ent.ref for ent in ctx.entities
        if ent.mentions and all(
            any(start <= m.start and m.end <= end for start, end in amounts)
            for m in ent.mentions
        )
    )


def market_venues(entities: Iterable[Entity]) -> frozenset[EntityRef]:
    """The stock exchanges among the organisations: "Bolsa Mexicana de Valores", "the
    London Stock Exchange", "Nasdaq", "NSE" (the name words and short names of
    ``market_venue_*`` in the lexicon). Shares trade there; an exchange is no antecedent
    of "it" or "la empresa" (``Context.salient_before``)."""
    return frozenset(
        ent.ref for ent in entities
        if ent.kind == "org" and any(
            name in MARKET_VENUE_NAMES
            or any(w.lower() in MARKET_VENUE_WORDS for w in name.split())
            for name in (ent.name, *ent.aliases)
        )
    )


def supervisors(entities: Iterable[Entity]) -> frozenset[EntityRef]:
    """The regulators and courts among the organisations, by their names: a word that
    alone makes a supervisor ("Superintendencia de Sociedades", "the Lisbon court"), or
    a body's word with the field it oversees ("Comisión para el Mercado Financiero",
    "Securities and Exchange Board"). They rule on deals and make none
    (``Context.venues``)."""
    return frozenset(
        ent.ref for ent in entities
        if ent.kind == "org" and any(
            _supervisor_name(name) for name in (ent.name, *ent.aliases)
        )
    )


def court_officers(doc: Doc, entities: Iterable[Entity]) -> frozenset[EntityRef]:
    """The people a judge's title names at one of their mentions ("Judge Harriet
    Olmos", "la jueza Ana Ledesma", "a federal judge, Raymond Castillo"): a judge
    rules on deals and makes none, as a court does (``supervisors``)."""
    return frozenset(
        ent.ref for ent in entities
        if ent.kind == "person" and any(_judge_titled(doc, m.start) for m in ent.mentions)
    )


def _judge_titled(doc: Doc, start: int) -> bool:
    """Whether a judge's title stands right before the name at character ``start``,
    past a comma ("a federal judge, Raymond Castillo")."""
    return _titled(doc, start, COURT_TITLES)


def _titled(doc: Doc, start: int, titles: frozenset[str]) -> bool:
    """Whether one of ``titles`` stands right before the name at character ``start``,
    past a comma."""
    words = covering_tokens(doc, start, start + 1)  # the name's first word
    k = (words[0] if words is not None else 0) - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    return k >= 0 and doc[k].lower_ in titles


def occupied_people(
    doc: Doc, entities: Iterable[Entity], start: int, end: int
) -> frozenset[EntityRef]:
    """The people an occupation names right before one of their mentions between
    characters ``start`` and ``end`` ("defender Tomas Rivka", "al portero Diego Solís";
    ``person_roles``): a person the sentence itself types, whatever a deal's verb makes
    of them (``bought_person``). A title told elsewhere ("chairman X" ... "paid £38m for
    X's stake") says nothing of what the sentence bought."""
    return frozenset(
        ent.ref for ent in entities
        if ent.kind == "person" and any(
            start <= m.start < end and _titled(doc, m.start, PERSON_ROLES)
            for m in ent.mentions
        )
    )


def _supervisor_name(name: str) -> bool:
    words = {w.strip(".,'’()").lower() for w in name.split()}
    return bool(words & SUPERVISOR_WORDS) or bool(
        words & SUPERVISOR_BODIES and words & SUPERVISOR_FIELDS
    ) or bool(words & LEGISLATURE_BODIES and words & LEGISLATURE_SCOPES)


def speaker_affiliations(doc: Doc, entities: Iterable[Entity]) -> frozenset[EntityRef]:
    """The organisations named only in a transcript's speaker labels, in brackets after
    the speaker's role or name at a line's start and before the colon of the turn
    ("PERIODISTA (Radio Norte 95.3): ¿Es cierto?", "REPORTER (Harbour Daily): Will
    you sell?"): the outlet or firm a questioner speaks for, which asks about the deals
    told and makes none. Never the topic whose deal an agentless "la compra de Y" is."""
    text = doc_text(doc)
    return frozenset(
        ent.ref for ent in entities
        if ent.kind == "org" and ent.mentions
        and all(_in_speaker_label(text, m.start, m.end) for m in ent.mentions)
    )


def _in_speaker_label(text: str, start: int, end: int) -> bool:
    """Whether characters ``start:end`` stand in the brackets of a speaker label: a line
    opening with a short run of words, "(", the name, ")" and ":"."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if not before.endswith("(") or not before[:-1].strip() or len(before[:-1].split()) > 4:
        return False
    if "(" in before[:-1] or ":" in before:
        return False
    close = text.find(")", end)
    line_end = text.find("\n", end)
    return close != -1 and (line_end == -1 or close < line_end) and \
        "(" not in text[end:close] and text[close + 1:close + 3].lstrip().startswith(":")


def lenders(doc: Doc, entities: Iterable[Entity]) -> frozenset[EntityRef]:
    """The organisations every mention of which names the lender of a loan: the agent
    of a participle on a loan noun ("un préstamo de 9 millones concedido por X", "the
    loan, arranged by X and Y") or the source of one ("a facility from X"). A lender
    finances a deal; it is no antecedent of "it", "la empresa" or a dropped subject
    (``Context.salient_before``)."""
    return _every_mention(doc, entities, _lends)


def judges(doc: Doc, entities: Iterable[Entity]) -> frozenset[EntityRef]:
    """The organisations every mention of which is the subject of a verb that judges a
    deal (``third_party_verbs``: approve, autorizar, block, vetar...), coordinated
    subjects too: regulators and courts, which decide on deals and make none."""
    return _every_mention(doc, entities, _judges)


def _every_mention(
    doc: Doc, entities: Iterable[Entity], test: Callable[[Token], bool]
) -> frozenset[EntityRef]:
    """The organisations each mention of which passes ``test`` (on the word its name
    hangs by)."""
    found = []
    for ent in entities:
        # the spans only of an organisation's mentions, and only until one fails
        if ent.kind == "org" and ent.mentions and all(
            span is not None and test(_span_head(span))
            for span in (covering_span(doc, m.start, m.end) for m in ent.mentions)
        ):
            found.append(ent.ref)
    return frozenset(found)


def _judges(name: Token) -> bool:
    """Whether ``name`` is the subject of a judging verb (the first of coordinated
    subjects stands for all)."""
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head
    return name.dep_ == "nsubj" and name.head.lemma_.lower() in THIRD_PARTY_VERBS


def _span_head(span: SpacySpan) -> Token:
    """The word of a name its phrase hangs by (the first whose head is outside it;
    ``Span.root`` fails on a tree some parses leave unfinished)."""
    return next((t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i),
                span[-1])


def _lends(name: Token) -> bool:
    """Whether ``name`` is the object of "por"/"by"/"from" on a loan noun, or on a
    participle that hangs on one (the first of coordinated names stands for all)."""
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head
    prep = next((c for c in name.children if c.dep_ == "case"), None)
    if prep is None and name.head.pos_ == "ADP":
        prep = name.head
    if prep is not None and prep.lower_ in _OF and _loan_amount_of(name):
        return True
    if prep is None or prep.lower_ not in LENDER_PREPOSITIONS:
        return False
    head = name.head if name.head.i != prep.i else prep.head
    if head.pos_ in ("VERB", "AUX", "ADJ") and head.dep_ in ("acl", "amod", "relcl", "acl:relcl"):
        head = head.head
    return head.pos_ == "NOUN" and head.lower_ in LOAN_NOUNS


_OF = frozenset({"de", "del"})


def _loan_amount_of(name: Token) -> bool:
    """ "un préstamo de 20 millones de euros de Y": a name told with "de" after the
    amount of a loan is where the money comes from, its lender
    (``guard:lender-after-amount``). Only after an amount: "el préstamo de Y" alone may
    be the borrower's."""
    head, amount = name.head, False
    for _ in range(3):
        if name.dep_ != "nmod" or head.pos_ not in ("NOUN", "NUM"):
            return False
        if head.lower_ in LOAN_NOUNS:
            return amount
        amount = amount or head.like_num or any(c.dep_ == "nummod" for c in head.children)
        name, head = head, head.head
    return False


def named_in_sentence(ctx: Context, m: Mention, ref: EntityRef) -> bool:
    """Whether a name of ``ref`` is in the mention's own sentence."""
    sent = ctx.sents[m.sent]
    return any(ctx.tok_ent.get(i) == ref for i in range(sent.start, sent.end))


def screen(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """The mentions that may be published: each without the parties no deal can have
    (a news outlet, money, a regulator or court, a stock exchange its sentence does not
    name: an antecedent found for "it" or "the company"), and none that tells no deal
    (``is_false_deal``)."""
    drop = ctx.not_parties | money_signs(ctx) | ctx.supervisors
    kept = []
    for m in mentions:
        # (first: a regulator that blocks an attempt gives the attempt's own agent)
        obstructed_agents(ctx, m)
        m.roles = [
            (role, ref) for role, ref in m.roles
            if ref not in drop and not (ref in ctx.venues and not named_in_sentence(ctx, m, ref))
        ]
        if not bought_person(ctx, m) and not is_false_deal(ctx, m):
            kept.append(m)
    return kept


# The roles of what a deal buys or invests in.
_THEME_ROLES = frozenset({"target", "investee"})


def bought_person(ctx: Context, m: Mention) -> bool:
    """A typing constraint on what is bought: a company buys or invests in a company, a
    unit or assets, not a person. A takeover whose only target is a person its
    sentence names by an occupation ("Ashdown also bought defender Tomas Rivka from Dunmore", "el
    Arenal adquirió al portero Diego Solís") tells a player's transfer: no deal of the
    graph (True). Such a person read beside a company as what is bought is left out of
    the deal (False: the deal stays). A name the parser took for a person's with no
    occupation before it ("la venta de Solaria Verde a X") is the company it names."""
    themes = [ref for role, ref in m.roles if role in _THEME_ROLES]
    if not any(ref.kind == "person" for ref in themes):
        return False
    sent = ctx.sents[m.sent]
    occupied = occupied_people(ctx.doc, ctx.entities, sent.start_char, sent.end_char)
    people = [ref for ref in themes if ref in occupied]
    if not people:
        return False
    if len(people) == len(themes):
        return True
    m.roles = [(role, ref) for role, ref in m.roles
               if not (role in _THEME_ROLES and ref in people)]
    m.rules.append("parties:person-not-bought")
    return False


def is_false_deal(ctx: Context, m: Mention) -> bool:
    """Whether a mention tells no deal of the article (see the module's docstring)."""
    if m.type == "Merger" and any(
        role == "partner" and ref.kind == "person" for role, ref in m.roles
    ):
        return True
    trigger = ctx.doc[m.trigger]
    return obtains_capacity(ctx, m, trigger) or denied_intent(trigger) or \
        credit_line(ctx, m, trigger) or damages_paid(ctx, m, trigger) or \
        financed_purchase(ctx, m, trigger) or supposed(trigger) or retracted(trigger) or \
        (m.type == "PurchaseAgreement"
         and habitual_trade(ctx, ctx.by_token.get(m.trigger, ""), trigger))


# The deals a purchase is told by ("acquire_v", "sell_n", ...), by kind of trigger.
_PURCHASE_KINDS = ("acquire", "sell", "take", "pay")
# The prepositions of the means a deal is done with.
_MEANS_PREPOSITIONS = frozenset({"with", "con"})


def financed_purchase(ctx: Context, m: Mention, trigger: Token) -> bool:
    """A round read from the financing a purchase is paid with, in a phrase of means
    on the verb of buying ("acquired Y for $45 million, with financing from X",
    "adquirió Y con financiación de X"): the money lent or put up for that purchase,
    no stake X takes in the buyer."""
    if m.type != "Investment" or trigger.pos_ != "NOUN" or \
            not ctx.by_token.get(m.trigger, "").startswith("round"):
        return False
    prep = trigger.head if trigger.dep_ == "pobj" else next(
        (c for c in trigger.children if c.dep_ == "case"), None)
    if prep is None or prep.lower_ not in _MEANS_PREPOSITIONS:
        return False
    verb = prep.head if trigger.dep_ == "pobj" else trigger.head
    if verb.i not in ctx.by_token and (
        verb.i in ctx.tok_amount or verb.like_num or any(c.like_num for c in verb.children)
    ):
        verb = verb.head  # hung on the price: "por 30 millones con financiación de X"
    return verb.i != trigger.i and ctx.by_token.get(verb.i, "").startswith(_PURCHASE_KINDS)


def damages_paid(ctx: Context, m: Mention, trigger: Token) -> bool:
    """A purchase read from a verb of paying that a court orders ("a jury ordered X to
    pay $40 million to Y", "un juez condenó a X a pagar 2 millones a Y"), or whose money
    makes good a wrong ("pay $5 million in damages to Y", "pagará 5 millones como
    indemnización"): damages, a fine or a settlement, not a price."""
    if m.type != "PurchaseAgreement" or not ctx.by_token.get(m.trigger, "").startswith("pay"):
        return False
    return damages_told(trigger)


def damages_told(pay: Token) -> bool:
    """Whether a verb of paying is one a court orders, or pays damages, a fine or a
    settlement (:func:`damages_paid`; the deal scorer's scorer:damages-paid)."""
    if pay.dep_ in ("xcomp", "ccomp") and pay.head.lemma_.lower() in COURT_ORDER_VERBS:
        return True
    for c in pay.children:
        noun = c
        if c.pos_ == "ADP":  # "in damages"
            noun = next((o for o in c.children if o.dep_ == "pobj"), c)
        if noun.lower_ in DAMAGES_NOUNS and noun.pos_ == "NOUN":
            return True
    return False


def credit_line(ctx: Context, m: Mention, trigger: Token) -> bool:
    """A partnership read from a credit line: a sentence without a finite verb that
    opens with "con" / "with" and the noun ("Con la colaboración de la Diputación de X
    y de la Cámara de Y.", "In partnership with X and Y."). Those it names help the
    brochure's or the event's unnamed author; they are no partners of each other."""
    sent = ctx.sents[m.sent]
    if m.type != "Partnership" or sent[0].lower_ not in CREDIT_OPENERS or \
            trigger.i - sent.start > 3:
        return False
    return not any(t.pos_ in ("VERB", "AUX") and "Fin" in feat(t, "VerbForm")
                   for t in sent)


# what denies an intent: a negation on its verb, or "no", "ningún" before its noun
_NO_WORDS = frozenset({"no", "ningún", "ninguna", "ninguno", "zero"})


def denied_intent(trigger: Token) -> bool:
    """A deal verb under a denied intent: "said there were no plans to sell the
    company", "has no intention of buying Y", "no tiene planes de vender", "no
    pretende comprar Y", "does not intend to sell", "is not interested in buying Y": the
    sentence denies the deal."""
    head = trigger.head
    if head.pos_ == "ADP":  # "intention of buying"
        head = head.head
    if head.i == trigger.i or trigger.pos_ not in ("VERB", "AUX"):
        return False
    if head.lemma_.lower() in DENIED_INTENT_VERBS and head.pos_ in ("VERB", "AUX"):
        return any(c.lower_ in NEGATIONS for c in head.children)
    if head.lower_ in DENIED_INTENT_ADJECTIVES:
        # "no está interesada en comprar" (the negation on the adjective), "was not
        # interested in buying" (on its copula)
        holders = (head, head.head) if head.dep_ == "acomp" else (head,)
        return any(c.lower_ in NEGATIONS for h in holders for c in h.children)
    if head.lower_ not in DENIED_INTENT_NOUNS or head.pos_ != "NOUN":
        return False
    if any(c.lower_ in _NO_WORDS for c in head.children if c.i < head.i):
        return True
    verb = head.head  # "no tiene planes de", "doesn't have any plans to"
    return verb.i != head.i and any(c.lower_ in NEGATIONS for c in verb.children)


def obtains_capacity(ctx: Context, m: Mention, trigger: Token) -> bool:
    """A funding read from "obtain" / "obtener" whose object is a quantity that is not
    money ("obtuvo 2 x 10 MHz por 96 millones", "secured 300 MW of capacity"): a
    purchase of capacity, not money raised."""
    if m.type != "Investment" or not ctx.by_token.get(m.trigger, "").startswith("raise"):
        return False
    return any(
        c.lower_ in CAPACITY_UNITS or (c.i in ctx.tok_qty and c.i not in ctx.tok_amount)
        for c in trigger.children if c.dep_ in OBJ_DEPS
    )


_AGENT_ROLES = frozenset({"acquirer", "buyer", "investor"})


def obstructed_agents(ctx: Context, m: Mention) -> None:
    """Take from a deal told as an infinitive on a noun ("su intento de quedarse con Y",
    "the group's attempt to buy Y") the agent read from the subject of the verb that
    stops it ("la Comisión frenó su intento ...", "regulators blocked ..."): whoever
    blocks or thwarts an attempt is a third party, not the one who tried."""
    trigger = ctx.doc[m.trigger]
    if trigger.pos_ != "VERB" or "Inf" not in trigger.morph.get("VerbForm", []):
        return
    noun = trigger.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i == trigger.i:
        return
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    stoppers = OBSTRUCT_VERBS | THIRD_PARTY_VERBS
    if verb is None or not {verb.lemma_.lower(), verb.lower_} & stoppers:
        return
    blockers = {
        ctx.tok_ent[t.i] for s in subjects(verb) for t in s.subtree if t.i in ctx.tok_ent
    }
    dropped = [role for role, ref in m.roles if role in _AGENT_ROLES and ref in blockers]
    if not dropped:
        return
    m.roles = [(role, ref) for role, ref in m.roles if ref not in blockers]
    m.rules.append("parties:obstructed-agent")
    # the noun's own agent, named before the infinitive: "Halvorsen's attempt", "el
    # intento de Grupo Ortega de comprar"
    for c in noun.children:
        if c.dep_ in ("poss", "nmod") and c.i < trigger.i and c.i in ctx.tok_ent:
            m.add_role(dropped[0], ctx.tok_ent[c.i])
            return
