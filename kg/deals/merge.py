"""Merging: the mentions of one Doc into deals, and the deals of an article into one per
graph node. Plain Python (no spaCy), so each rule is tested on hand-made mentions.

- ``fold_sentence``: within one sentence, a valuation told beside a round is the
  round's; deals told again by a word that refers back join the deal they repeat.
- ``merge``: mentions of the same deal across sentences become one ``Deal`` (same
  type, no conflicting money, no party in two roles); a word that refers back ("el
  acuerdo") gives its money and evidence to the deal it means; an agreement joins
  the deal it is the agreement of, else it is a partnership or a purchase agreement.
- ``merge_deals``: deals of one article that share a graph node (type and parties)
  become one, with one status: the latest stage told (``STAGE``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal

from rdflib import URIRef

from kg import iri
from kg.deals.mention import PERIOD_RULE, TOLD_AS_STEP, Mention
from kg.deals.words import APPROVAL_VERBS, COMPLETED, COMPLETION_EXPECTED, STAKE_NOUNS
from kg.facts import DEAL_STATUSES, Amount, Deal, EntityRef, Facts


def fold_sentence(ms: list[Mention], earlier: frozenset[int] = frozenset()) -> list[Mention]:
    """Within one sentence: a valuation told beside a round is the round's valuation;
    investors named beside a round referred back to ("the round included investments
    from A and B") join that round. A deal told in a clause of time before the deal
    referred back (``earlier``, by trigger: "la compra llega meses después de que X
    vendiera su filial a Y") is another, earlier deal, and keeps its parties."""
    _rounds_of_one_raiser(ms)
    rounds = [m for m in ms if m.type == "Investment"]
    out: list[Mention] = []
    for m in ms:
        if m.type == "Valuation" and rounds:
            r = rounds[0]
            r.valuation = r.valuation or m.valuation
            for _, ref in m.roles:
                if ref not in r.parties() and not r.backref:
                    r.add_role("investee", ref)
            continue
        out.append(m)
    back = next((m for m in out if m.backref), None)
    if back is None:
        return out
    kept: list[Mention] = []
    for m in out:
        if m is back or m.backref or m.trigger in earlier:
            kept.append(m)
            continue
        roles = {r for r, _ in m.roles}
        lacks = (m.type == "Investment" and "investee" not in roles) or (
            m.type == "Acquisition" and not {"target", "acquirer"} <= roles
        )
        if lacks and back.type in (m.type, "Agreement"):
            back.roles.extend(m.roles)
            back.amount = back.amount or m.amount
            back.valuation = back.valuation or m.valuation
            continue
        kept.append(m)
    return kept


def _rounds_of_one_raiser(ms: list[Mention]) -> None:
    """ "Tidewell raised $4m in a seed round led by A and $40m in a Series B led by B":
    the rounds one sentence tells apart by their leads (parties:lead-of-own-round,
    kg.deals.roles._of_another_round) are all raised by the one company the first is
    raised by; a round told with its investors and money but no company takes it
    (merge:round-of-same-raiser)."""
    told = {ref for m in ms if m.type == "Investment" and "parties:lead-of-own-round" in m.rules
            for role, ref in m.roles if role == "investee"}
    if len(told) != 1:
        return
    (company,) = told
    for m in ms:
        roles = {role for role, _ in m.roles}
        if m.type == "Investment" and m.amount is not None and roles == {"investor"} \
                and company not in m.parties():
            m.add_role("investee", company)
            m.rules.append("merge:round-of-same-raiser")


def _conflicts(a: Amount | None, b: Amount | None) -> bool:
    """Two amounts in the same currency with different figures are different deals;
    across currencies they are usually the same price restated."""
    if a is None or b is None or a is b:
        return False
    if a.currency != b.currency:
        return False
    av, bv = _figure(a), _figure(b)
    return abs(av - bv) > max(av, bv) * Decimal("0.01")


def _figure(a: Amount) -> Decimal:
    return a.value or a.min_value or a.max_value or Decimal(0)


# The deal types of which an article tells one company taken over once: two figures of
# one takeover are more often its price told two ways than two deals (rounds and
# contracts between the same parties recur, and keep ``_conflicts`` alone).
_TAKEN_ONCE = frozenset({"Acquisition", "Merger"})

# How far a rounded or approximate price may be from the exact one it tells again.
_ROUNDING = Decimal("0.05")


def _within_bound(bound: Amount, exact: Amount) -> bool:
    """ "more than $10bn" and "$10.3 billion", "up to $900m" and "$700m": a bound and
    a figure it holds."""
    if bound.value is not None or exact.value is None:
        return False
    low, high = bound.min_value, bound.max_value
    return (low is None or exact.value >= low) and (high is None or exact.value <= high)


def _rounded(a: Amount, b: Amount) -> bool:
    """ "10.000 millones" and "10.300 millones", "£200 million" and "£205 million",
    "about $1bn" and "$980 million": one figure the other rounded to its last
    significant digit, or told as approximate, within 5 %."""
    if a.value is None or b.value is None:
        return False
    rounder, other = sorted((a.value, b.value), key=_step, reverse=True)
    close = abs(a.value - b.value) <= max(a.value, b.value) * _ROUNDING
    return close and (a.approximate or b.approximate or abs(other - rounder) * 2 <= _step(rounder))


def _step(v: Decimal) -> Decimal:
    """The place of a figure's last significant digit (10.000 millones → 10^10)."""
    if v <= 0 or v != v.to_integral_value():
        return Decimal(1)
    n, step = int(v), 1
    while n % (step * 10) == 0:
        step *= 10
    return Decimal(step)


def _with_debt(a: Amount, b: Amount) -> bool:
    """ "$4.2 billion in cash" and "$4.6 billion including debt": a price and the
    larger enterprise value of the same takeover."""
    if a.with_debt == b.with_debt:
        return False
    debt, price = (a, b) if a.with_debt else (b, a)
    return _figure(debt) >= _figure(price)


def _restated(a: Amount | None, b: Amount | None) -> bool:
    """Two figures of one currency that tell one takeover's price two ways: a bound
    and a figure within it, a rounded figure and the exact one, the price with debt
    and without it."""
    if a is None or b is None or a.currency != b.currency:
        return False
    return _within_bound(a, b) or _within_bound(b, a) or _rounded(a, b) or _with_debt(a, b)


def _price_differs(kind: str, a: Amount | None, b: Amount | None) -> bool:
    """Whether two figures of deals of type ``kind`` are different prices (``_conflicts``),
    not one takeover's price restated (``_restated``)."""
    return _conflicts(a, b) and not (kind in _TAKEN_ONCE and _restated(a, b))


def _fill_in(into: Mention, other: Mention) -> None:
    """What a mention adds to the deal it tells again: its parties and sentence, and
    the money, stake, term, source and hedge the deal lacks."""
    for role, ref in other.roles:
        into.add_role(role, ref)
    if other.evidence != into.evidence and other.evidence not in into.extra_evidence:
        into.extra_evidence.append(other.evidence)
    if into.amount is not None and into.amount.value is None \
            and other.amount is not None and _within_bound(into.amount, other.amount):
        into.amount = other.amount  # the exact price for the bound a headline told
    into.amount = into.amount or other.amount
    into.valuation = into.valuation or other.valuation
    into.quantity = into.quantity or other.quantity
    into.term = into.term or other.term
    into.reported_by = into.reported_by or other.reported_by
    into.hedge = into.hedge or other.hedge


def _absorb(into: Mention, other: Mention) -> None:
    into.rules.extend(other.rules)
    _fill_in(into, other)
    for ev in other.extra_evidence:
        if ev != into.evidence and ev not in into.extra_evidence:
            into.extra_evidence.append(ev)
    if _later_stage(into, other) and (not into.status_explicit or _moves_on(into, other)):
        into.status, into.status_explicit = other.status, True


def _moves_on(into: Mention, other: Mention) -> bool:
    """Whether a later stage stated by ``other`` replaces the one ``into`` states: an
    end ("abandoned its takeover of X"), or a completion told by a word of completion
    ("completed its acquisition of X"); not a past tense alone ("X bought Y" may tell
    an older deal), nor the signing of the agreement of a takeover or stake ("llegó a
    un acuerdo para la compra": that deal's announcement). An agreement ended ("they
    terminated their agreement") ends the deal it is the agreement of."""
    if other.type == "Agreement" and into.type != "Agreement" and other.status != "Cancelled":
        return False
    return other.status != "Completed" or _closing(other)


def _later_stage(into: Mention, other: Mention) -> bool:
    """Whether ``other`` tells the deal at a later stage than ``into`` ("agreed to buy
    X" ... "completed its acquisition of X" ... "abandoned its takeover"): a stage
    stated outright beats a default, and a later stated stage an earlier one (as
    ``merge_deals`` does across the deals of a node; a cancellation is the last word)."""
    if not other.status_explicit or other.status is None:
        return False
    if not into.status_explicit or into.status is None:
        return True
    return STAGE[other.status] > STAGE[into.status]


def _closing(m: Mention) -> bool:
    """A stage told of a deal referred back to that ends it: done by a word of
    completion ("La operación se cerró el lunes", "the acquisition was completed") or
    by the deal noun's own participle of completion ("La operación, cerrada el viernes,
    ...": kg.deals.status._completed_modifier), or cancelled ("the deal collapsed", "la
    CNMC vetó la operación")."""
    if m.status == "Cancelled":
        return True
    return m.status == "Completed" and any(
        r.partition("<-")[2] in _CLOSING_SOURCES
        for r in m.rules if r.startswith("status:Completed<-")
    )


# What decides a completion that closes a deal told before: a word of completion, or
# the status rule of a deal noun's participle of completion.
_CLOSING_SOURCES = COMPLETED | {"completed-modifier"}


def _completion_to_come(into: Mention, other: Mention) -> bool:
    """ "Acme bought Zenith for $40 million. The deal is expected to close in the third
    quarter": a completion still to come, told of a deal that only a past tense made
    done (no word of completion), leaves it announced."""
    # (a sale of assets read as a purchase agreement closes as a takeover does: "Acme
    # vende 12 parques a Boreal. La operación se cerrará en marzo")
    sold = into.type == "PurchaseAgreement" and into.kind in ("acquire", "sell")
    if into.status != "Completed" or _closing(into) or not (
        into.type in ("Acquisition", "Merger") or sold
    ):
        return False
    # (expected; or, of a deal no word but its present tense made done, "vende", a
    # word of completion told to come: "La operación se cerrará en marzo")
    by_default = "status:Completed<-default" in into.rules
    words = COMPLETION_EXPECTED | (COMPLETED if by_default else frozenset())
    return other.status == "Announced" and 0 <= other.sent - into.sent <= 1 and any(
        r.partition("<-")[2] in words
        for r in other.rules if r.startswith("status:Announced<-")
    )


def _compatible(a: Mention, b: Mention) -> bool:
    """Same type, no conflicting money, and no party in two different roles."""
    roles_a = dict((ref, role) for role, ref in a.roles)
    if any(ref in roles_a and roles_a[ref] != role for role, ref in b.roles):
        return False
    return (
        a.type == b.type
        and not _price_differs(a.type, a.amount, b.amount)
        and not _conflicts(a.valuation, b.valuation)
    )


class _Deals:
    """The deals merged so far, in order, indexed by party and by (sentence, party):
    a mention is compared only with the deals that could take it (those holding all
    its parties, or one of them in its sentence), so merging stays near-linear in the
    number of mentions. A deal's parties only grow while it is merged into."""

    def __init__(self) -> None:
        self.list: list[Mention] = []
        self._position: dict[int, int] = {}  # id(deal) → its index in the list
        self._by_party: dict[EntityRef, set[int]] = {}
        self._by_sent_party: dict[tuple[int, EntityRef], set[int]] = {}
        self._indexed: list[set[EntityRef]] = []  # the parties indexed, per deal

    def append(self, d: Mention) -> None:
        self._position[id(d)] = len(self.list)
        self.list.append(d)
        self._indexed.append(set())
        self.reindex(d)

    def reindex(self, d: Mention) -> None:
        """Index the parties ``d`` gained (by merging) since it was last indexed."""
        n = self._position[id(d)]
        for ref in d.parties() - self._indexed[n]:
            self._indexed[n].add(ref)
            self._by_party.setdefault(ref, set()).add(n)
            self._by_sent_party.setdefault((d.sent, ref), set()).add(n)

    def _holding(self, parties: set[EntityRef]) -> set[int]:
        sets = sorted((self._by_party.get(ref, set()) for ref in parties), key=len)
        return set(sets[0]).intersection(*sets[1:])

    def _near(self, sent: int, parties: set[EntityRef]) -> set[int]:
        found: set[int] = set()
        for ref in parties:
            found |= self._by_sent_party.get((sent, ref), set())
        return found

    def by_party(self, ref: EntityRef) -> set[int]:
        """The indexes of the deals ``ref`` is a party of."""
        return self._by_party.get(ref, set())

    def in_order(self, ids: set[int]) -> list[Mention]:
        return self._in_order(ids)

    def _in_order(self, ids: set[int]) -> list[Mention]:
        return [self.list[n] for n in sorted(ids)]

    def holding(self, parties: set[EntityRef]) -> list[Mention]:
        """The deals (in order) whose parties include all of ``parties``; with no
        parties, every deal."""
        return self._in_order(self._holding(parties)) if parties else list(self.list)

    def near(self, sent: int, parties: set[EntityRef]) -> list[Mention]:
        """The deals (in order) first told in sentence ``sent`` that share a party."""
        return self._in_order(self._near(sent, parties))

    def candidates(self, m: Mention) -> list[Mention]:
        """The deals that could take ``m`` (see ``_target``), in order: every other
        deal fails both of its tests."""
        parties = m.parties()
        if not parties:
            return list(self.list)
        return self._in_order(self._holding(parties) | self._near(m.sent, parties))


def merge(
    mentions: list[Mention], units: dict[EntityRef, EntityRef] | None = None
) -> list[Deal]:
    """The deals of one Doc from its mentions, in the order they were first told.
    ``units`` maps each company the article names as another's unit to its parent
    (``kg.deals.units``)."""
    deals = _Deals()
    agreements: list[Mention] = []
    held: list[tuple[Mention, Mention]] = []  # (back-reference, the agreement it tells)
    last_deal_sent = -1
    for m in mentions:
        if m.backref:
            if m.distinct:
                continue  # "otro contrato", "otra operación: la venta de ...": a new deal
            agreement = _agreement_told_last(m, agreements, last_deal_sent)
            if agreement is not None:
                held.append((m, agreement))
                continue
            told = _resolve_backref(m, deals.list)
            if told is not None:
                deals.reindex(told)
            continue
        if m.type == "Agreement":
            agreements.append(m)
            continue
        last_deal_sent = m.sent
        target = _target(m, deals) if not m.distinct else None
        if "parties:backer-apart" not in m.rules:  # a backer is no investor of a round
            target = target or _round_of_investors(m, deals)
        if target is not None:
            _absorb(target, m)
            deals.reindex(target)
        else:
            deals.append(m)
    placed = {id(a): _place_agreement(a, deals) for a in agreements}
    for m, a in held:
        told = _resolve_backref(m, [placed[id(a)]])
        if told is not None:
            told.rules.append("merge:backref-to-agreement")
    folded = deals.list
    for fold in (
        _fold_described_targets, _fold_steps_of_takeovers, _fold_stakes_named_again,
        _fold_thin_takeovers_of_stakes, _fold_payments, _fold_absorptions, _fold_thin_rounds,
        _fold_assets_of_target, _fold_sold_told_bought, _fold_takeovers_told_both_ways,
        _fold_backgrounds_of_outcomes, _fold_retold_kinds, _fold_retold_sides,
    ):
        folded = fold(folded)
    return _split_investors(_publish(_fold_purchases_named_again(
        _fold_buyers_of_one_group(folded, units or {}))))


def _fold_purchases_named_again(deals: list[Mention]) -> list[Mention]:
    """ "Oriel Power agreed to buy 300 MW of turbines from Vantor Wind for $400 million.
    Oriel's purchase from Vantor Wind is its largest": a purchase noun with a buyer and a
    seller but nothing named bought (read as a takeover of an unnamed part) names the
    goods purchase between the same buyer and seller the article tells before it: it
    joins that purchase agreement. One told at another stage outright, at another
    price, or in a sentence of another year stays apart; so does a takeover told by a
    verb ("sold its cement business to Oriel"), or with its target described."""
    folded: set[int] = set()
    for d in deals:
        if d.type != "Acquisition" or _holders(d, "target") or d.described_target \
                or d.distinct or d.holding or not _noun_only(d):
            continue
        buyers, sellers = _holders(d, "acquirer"), _holders(d, "seller")
        if not buyers or not sellers or d.parties() != buyers | sellers:
            continue
        into = next((
            o for o in deals
            if o.type == "PurchaseAgreement" and id(o) not in folded and o.sent <= d.sent
            and not o.distinct and _holders(o, "buyer") == buyers
            and _holders(o, "seller") == sellers
            and not _price_differs(o.type, o.amount, d.amount) and not _other_years(o, d)
            and not (o.status_explicit and d.status_explicit and o.status != d.status)
        ), None)
        if into is not None:
            _absorb(into, replace(d, roles=[]))
            into.rules.append("merge:purchase-named-again")
            folded.add(id(d))
    return [d for d in deals if id(d) not in folded]


# The side that buys, and the side bought, in each kind of deal a group's unit may be
# told doing in its parent's stead.
_BUYER_SIDES = {"Acquisition": ("acquirer", "target"), "Investment": ("investor", "investee")}


def _fold_buyers_of_one_group(
    deals: list[Mention], units: dict[EntityRef, EntityRef]
) -> list[Mention]:
    """ "Halden Group buys Corrie Pumps" (a headline), then "Halden Flow, a unit of
    Halden Group, has acquired Corrie Pumps for $75 million": a purchase of one company
    told once with the parent as buyer and once with its unit (named as the parent's
    unit in the article, ``kg.deals.units``) is one deal, not two: the later telling
    joins the earlier, and both buyers stay on it. Two purchases of the same company
    told at two stages outright, in sentences of different years, at two prices, or one
    told as another ("a second bid") stay two."""
    if not units:
        return deals
    folded: set[int] = set()
    for n, d in enumerate(deals):
        if id(d) in folded or d.type not in _BUYER_SIDES or d.distinct or d.holding:
            continue
        buyer, bought = _BUYER_SIDES[d.type]
        for o in deals[n + 1:]:
            if id(o) in folded or o.type != d.type or o.distinct or o.holding:
                continue
            if not _one_group_buying(d, o, buyer, bought, units):
                continue
            _absorb(d, o)
            d.rules.append("merge:unit-of-buyer")
            folded.add(id(o))
    return [d for d in deals if id(d) not in folded]


def _one_group_buying(
    a: Mention, b: Mention, buyer: str, bought: str, units: dict[EntityRef, EntityRef]
) -> bool:
    """Whether ``a`` and ``b`` buy the same company, each buyer of one the unit or the
    parent of a buyer of the other, with nothing that tells two deals apart."""
    buyers_a, buyers_b = _holders(a, buyer), _holders(b, buyer)
    if not buyers_a or not buyers_b or buyers_a == buyers_b:
        return False
    bought_a = _holders(a, bought)
    if not bought_a or bought_a != _holders(b, bought):
        return False
    roles_a = dict((ref, role) for role, ref in a.roles)
    if any(ref in roles_a and roles_a[ref] != role for role, ref in b.roles):
        return False

    def kin(x: EntityRef, y: EntityRef) -> bool:
        return x == y or units.get(x) == y or units.get(y) == x

    if not all(any(kin(x, y) for y in buyers_b) for x in buyers_a) \
            or not all(any(kin(y, x) for x in buyers_a) for y in buyers_b):
        return False
    stages_differ = a.status_explicit and b.status_explicit and a.status != b.status
    return not stages_differ and not _price_differs(a.type, a.amount, b.amount) \
        and not _other_years(a, b)


# What the buyer and the company bought are in each kind of deal a step may be told as.
_STEP_SIDES = {"Investment": ("investor", "investee"), "Acquisition": ("acquirer", "target")}


def _fold_steps_of_takeovers(deals: list[Mention]) -> list[Mention]:
    """ "Marrick will buy Tolsey Foods in two stages. In a first tranche, Marrick will
    acquire 40% of Tolsey Foods for $60 million": a stake (or a part giving control)
    told as one numbered step of a deal done in several (kg.deals.syntax.told_as_step),
    bought by the buyer of a takeover of the same company the article tells, is that
    takeover's step, not a deal of its own. Its evidence and seller join the takeover,
    which keeps its own price and stage (a step's price and its being done are the
    step's, not the whole's). A stake with no step told ("took a 20% stake last year
    ... now agreed to buy the rest") and a step bought by another buyer stay apart."""
    folded: set[int] = set()
    for d in deals:
        if d.type not in _STEP_SIDES or TOLD_AS_STEP not in d.rules or d.distinct or d.holding:
            continue
        buyer, bought = _STEP_SIDES[d.type]
        buyers, companies = _holders(d, buyer), _holders(d, bought)
        into = next((
            o for o in deals
            if o is not d and id(o) not in folded and o.type == "Acquisition"
            and TOLD_AS_STEP not in o.rules and not o.distinct and not o.holding
            and buyers and buyers <= _holders(o, "acquirer")
            and companies and companies <= _holders(o, "target")
        ), None)
        if into is not None:
            sellers = [("seller", ref) for ref in _holders(d, "seller")]
            _absorb(into, replace(
                d, roles=sellers, amount=None, valuation=None, status=None,
                status_explicit=False, rules=[r for r in d.rules if not r.startswith("status:")]))
            into.rules.append("merge:step-of-takeover")
            folded.add(id(d))
    return [d for d in deals if id(d) not in folded]


# The stages a deal noun that names a deal told before may add: its approval, its
# completion, or its completion to come ("X's purchase of Y was approved").
_STAGES_OF_A_DEAL_TOLD = APPROVAL_VERBS | COMPLETED | COMPLETION_EXPECTED

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _fold_stakes_named_again(deals: list[Mention]) -> list[Mention]:
    """ "Acme Rail bought 30% of Zenith Signals for $50 million. Acme Rail's purchase
    of Zenith Signals was approved by regulators": a purchase noun whose object is the
    company a stake was bought in, by the stake's buyer, told after the stake with no
    price of its own (or the same) and with no stage but an approval or a completion,
    names the stake purchase by the company it is in: it joins the stake, which keeps
    its type and price. A takeover told with a stage of its own ("this week it agreed
    a takeover of Zenith", "launched a bid") is a deal of its own, and so is one told
    in a sentence of another year ("Acme bought 30% of Zenith in 2019 ... Acme's
    purchase of Zenith was completed in 2023")."""
    folded: set[int] = set()
    for d in deals:
        if d.type != "Acquisition" or d.distinct or d.holding or not _noun_only(d) \
                or not _stage_of_a_deal_told(d):
            continue
        into = next((
            o for o in deals
            if o.type == "Investment" and o.sent < d.sent and id(o) not in folded
            and not o.distinct and not o.holding and not _holders(o, "seller")
            and _holders(o, "investor") and _holders(o, "investor") == _holders(d, "acquirer")
            and _holders(o, "investee") and _holders(o, "investee") == _holders(d, "target")
            and set(d.roles) <= {(_TAKEN_AS.get(role, role), ref) for role, ref in o.roles}
            and (d.amount is None or _same_amount(d.amount, o.amount))
            and not _other_years(o, d)
        ), None)
        if into is not None:
            _absorb(into, replace(d, roles=[], amount=None))
            into.rules.append("merge:stake-named-again")
            folded.add(id(d))
    return [d for d in deals if id(d) not in folded]


# How many sentences on a stake may tell again a takeover told loosely: the next, or
# the one after a blank line (a headline's lede).
_NEXT_TELLING = 2


def _fold_thin_takeovers_of_stakes(deals: list[Mention]) -> list[Mention]:
    """ "Grupo Almar compra Conservas Nalón" (a headline), then "Grupo Almar ha adquirido
    el 45 % de Conservas Nalón por 30 millones": a takeover told once, first, with its
    buyer and company only (no price, no stage stated, no seller), is the stake the
    same buyer is told buying in that company after it, the one stake of the pair the
    article tells, in the next sentence (the lede after a headline, a blank line
    between): the loose telling joins the stake, which keeps its type, price and
    stage. A takeover told with a price or a stage ("agreed to buy Y for $90m"), one
    told after the stake ("took a 20% stake last year ... now buys the rest"), a stake
    told further on (an earlier stake, told as background), and a stake held or told
    as another stay apart."""
    folded: set[int] = set()
    for d in deals:
        if d.type != "Acquisition" or d.distinct or d.holding or d.amount is not None \
                or d.status_explicit or d.extra_evidence or len(d.roles) != 2 \
                or len(_holders(d, "acquirer")) != 1 or len(_holders(d, "target")) != 1:
            continue
        stakes = [
            o for o in deals
            if o.type == "Investment" and 0 < o.sent - d.sent <= _NEXT_TELLING
            and id(o) not in folded and not o.distinct and not o.holding
            and _holders(o, "investor") == _holders(d, "acquirer")
            and _holders(o, "investee") == _holders(d, "target")
        ]
        if len(stakes) == 1:
            _absorb(stakes[0], replace(d, roles=[], status=None, rules=[
                r for r in d.rules if not r.startswith("status:")]))
            stakes[0].rules.append("merge:thin-takeover-of-stake")
            folded.add(id(d))
    return [d for d in deals if id(d) not in folded]


# What each role of a stake is in the takeover noun that names it again.
_TAKEN_AS = {"investor": "acquirer", "investee": "target"}


def _noun_only(m: Mention) -> bool:
    """A deal told only by purchase nouns ("Acme's purchase of Zenith")."""
    frames = [r for r in m.rules if r.startswith("frame:")]
    return bool(frames) and all(r.startswith("frame:acquire_n(") for r in frames)


def _stage_of_a_deal_told(m: Mention) -> bool:
    """No stage stated, or only one a deal told before may reach: its approval or its
    completion (``_STAGES_OF_A_DEAL_TOLD``)."""
    sources = [r.partition("<-")[2] for r in m.rules if r.startswith("status:")]
    return not m.status_explicit or all(
        source in _STAGES_OF_A_DEAL_TOLD for source in sources if source != "default")


def _other_years(a: Mention, b: Mention) -> bool:
    """Two deals whose sentences each name a year, and no year in common: told apart
    by their dates."""
    ya, yb = set(_YEAR.findall(a.evidence.text)), set(_YEAR.findall(b.evidence.text))
    return bool(ya) and bool(yb) and not ya & yb


# What the payer and the payee of a payment are in the takeover or stake it pays for.
_PAYER_ROLES = frozenset({"acquirer", "investor"})
_PAYEE_ROLES = frozenset({"target", "seller", "investee"})


def _fold_payments(deals: list[Mention]) -> list[Mention]:
    """A purchase told only by a verb of paying, between the buyer and the target (or
    seller) of a takeover or stake told before, is the price of that deal, not a
    purchase of its own: "the regulator blocked X's purchase of Y. X and Y terminated
    their agreement, under which X would have paid $155m". Its money (if the deal
    has none), evidence and a later stage go to the deal."""
    folded: set[int] = set()
    for n, d in enumerate(deals):
        if d.type != "PurchaseAgreement" or not _payment_only(d):
            continue
        payers = {ref for role, ref in d.roles if role == "buyer"}
        payees = {ref for role, ref in d.roles if role == "seller"}
        into = next((
            e for e in deals[:n]
            if e.type in ("Acquisition", "Investment") and id(e) not in folded
            and payers and payers <= {ref for role, ref in e.roles if role in _PAYER_ROLES}
            and payees and payees <= {ref for role, ref in e.roles if role in _PAYEE_ROLES}
            and not _conflicts(e.amount, d.amount)
        ), None)
        if into is not None:
            _absorb(into, replace(d, roles=[]))
            into.rules.append("merge:payment-of-deal")
            folded.add(id(d))
            continue
        into = _paid_to_its_owner(d, payers, payees, [e for e in deals[:n] if id(e) not in folded])
        if into is not None:
            _absorb(into, replace(d, roles=[("seller", ref) for ref in payees]))
            into.rules.append("merge:payment-to-seller")
            folded.add(id(d))
    return [d for d in deals if id(d) not in folded]


def _paid_to_its_owner(
    d: Mention, payers: set[EntityRef], payees: set[EntityRef], before: list[Mention]
) -> Mention | None:
    """ "Acme closed its purchase of Zenith. It paid $48 million to Brindle Partners,
    owner of the mill for six years": money the buyer of a takeover told before
    pays to a company that takeover does not name is paid to the one who sold it. The
    one takeover by the payer with no seller yet takes the payee as its seller (and the
    price); with two such takeovers, or none, the payment stays apart."""
    if not payers or not payees or len(d.roles) != len(payers) + len(payees):
        return None
    owned = [
        e for e in before
        if e.type == "Acquisition"
        and payers <= {ref for role, ref in e.roles if role == "acquirer"}
        and any(role == "target" for role, _ in e.roles)
        and not any(role == "seller" for role, _ in e.roles)
        and not payees & e.parties()
        and not _conflicts(e.amount, d.amount)
    ]
    return owned[0] if len(owned) == 1 else None


# The rules of a takeover told as an absorption ("X absorbe a Y", "the absorption of Y").
_ABSORBED = ("frame:acquire_v(absor", "frame:acquire_n(absor")


def _fold_absorptions(deals: list[Mention]) -> list[Mention]:
    """A takeover told as an absorption ("Banco X absorbe a Caja Y", a headline) of the
    two companies of a merger by absorption told in the article ("completó la fusión
    por absorción de Caja Y") is that merger, its legal form: its evidence, money and
    stage go to the merger, and it is not a deal of its own."""
    mergers = [d for d in deals if "parties:merger-by-absorption" in d.rules]
    if not mergers:
        return deals
    folded: set[int] = set()
    for d in deals:
        if d.type != "Acquisition" or not any(r.startswith(_ABSORBED) for r in d.rules):
            continue
        into = next((g for g in mergers if d.parties() and d.parties() <= g.parties()), None)
        if into is not None:
            _absorb(into, replace(d, roles=[]))
            into.rules.append("merge:absorption-is-merger")
            folded.add(id(d))
    return [d for d in deals if id(d) not in folded]


def _fold_described_targets(deals: list[Mention]) -> list[Mention]:
    """A takeover told with its target only described ("Acme has closed its takeover
    of the Dutch side from Nova for €900m") is the one takeover by the same buyer
    whose target is named elsewhere ("Acme's purchase of Zenith"):
    its price, seller and stage go to that deal. Of two such deals, the one whose stage
    no telling has said ("X's purchase of Zenith comes after it bought a majority stake
    in Y in 2020": the stake's stage is told, the purchase's is not). With none, or
    still two, it stays apart (and, lacking a target, is not published)."""
    folded: set[int] = set()
    for d in deals:
        if not d.described_target:
            continue
        buyers = {ref for role, ref in d.roles if role == "acquirer"}
        named = [
            o for o in deals
            if not o.described_target and o.type == "Acquisition"
            and any(role == "target" for role, _ in o.roles)
            and buyers <= {ref for role, ref in o.roles if role == "acquirer"}
        ]
        if len(named) > 1:
            named = [o for o in named if not o.status_explicit]
        named = named or _sold_by_the_seller(d, deals)
        if len(named) == 1 and _compatible(named[0], d):
            _absorb(named[0], d)
            named[0].rules.append("merge:described-target")
            folded.add(id(d))
    return [d for d in deals if id(d) not in folded]


def _sold_by_the_seller(d: Mention, deals: list[Mention]) -> list[Mention]:
    """ "We sold Brightmoor Bakeries because bread no longer fit our plans ... Tolland
    Foods sold the business to Crisp Holdings for £12 million": a takeover whose target
    is only described by its noun (``Mention.bare_description``), with its seller
    named, is the takeover of the named company the same seller is told selling with no
    buyer: the takeovers so told (the caller takes only one). A description of its own
    ("sold its dairy business to Crisp") may be another part, and is no such retelling."""
    sellers = _holders(d, "seller")
    return [
        o for o in deals
        if sellers and d.bare_description and not o.described_target
        and o.type == "Acquisition"
        and _holders(o, "target") and not _holders(o, "acquirer")
        and sellers <= _holders(o, "seller")
    ]


def _fold_thin_rounds(deals: list[Mention]) -> list[Mention]:
    """A round told with its company and figure only (a headline: "Tidewell raises
    $40m"), or with part of its investors (``_same_round_told``), is the one round of
    that company told with more investors and the same figure ("... raised $40 million
    in a round led by Quillon"): it joins that round. With no such round, or with two,
    it stays apart."""
    folded: set[int] = set()
    for d in deals:
        if d.type != "Investment" or d.amount is None or d.backref:
            continue
        if any(role not in ("investee", "investor") for role, _ in d.roles):
            continue
        investees, investors = _holders(d, "investee"), _holders(d, "investor")
        if not investees:
            continue
        fuller = [
            o for o in deals
            if o is not d and id(o) not in folded and o.type == "Investment"
            and _holders(o, "investee") == investees
            and investors < _holders(o, "investor")
            and _same_amount(d.amount, o.amount) and _compatible(o, d)
            and (not investors or _same_round_told(d, o))
        ]
        if len(fuller) == 1:
            _absorb(fuller[0], d)
            fuller[0].rules.append(
                "merge:round-lead-told-again" if investors else "merge:thin-round-told-again")
            folded.add(id(d))
    return [d for d in deals if id(d) not in folded]


# The last sentence (by index) of an article's opening: its headline and lede.
_LEDE = 1


def _same_round_told(d: Mention, o: Mention) -> bool:
    """ "Mercurio leads €20m round in Datalia", then "Datalia closed a €20 million round
    led by Mercurio, with Teide taking part": a round told with part of its investors
    is the round of the same company and figure told with all of them in the very next
    sentence, the thin telling opening the article (the headline names its lead, the
    lede all); not one told as another
    ("another €20 million"), one of another year, one told further on (a long read
    tells a company's rounds one after another), or one told with a seller (a stake
    sold, not a round)."""
    return d.sent <= _LEDE and o.sent - d.sent == 1 \
        and not d.distinct and not o.distinct \
        and not d.holding and not o.holding and not _other_years(d, o) \
        and not _holders(o, "seller")


def _fold_retold_kinds(deals: list[Mention]) -> list[Mention]:
    """One event between two companies told as deals of two kinds, or both ways round,
    is one deal (``_one_event``): the first told keeps its kind (the headline and the
    lede name the deal; later sentences use looser words), except that a merger is
    never folded into the partnership it is also called ("tie-up", "alianza"); of
    one takeover told both ways round, the way told more often wins."""
    folded: set[int] = set()
    for n, d in enumerate(deals):
        if id(d) in folded:
            continue
        for o in deals[n + 1:]:
            if id(o) in folded or id(d) in folded or not _one_event(d, o):
                continue
            keep, drop = (o, d) if _outranks(o, d) else (d, o)
            sellers = [(r, ref) for r, ref in drop.roles if r == "seller"
                       and {keep.type, drop.type} <= _SOLD_FROM]
            _absorb(keep, replace(drop, roles=sellers))
            keep.rules.append("merge:one-event-retold")
            folded.add(id(drop))
    return [d for d in deals if id(d) not in folded]


def _fold_retold_sides(deals: list[Mention]) -> list[Mention]:
    """One event told again from the side of one of its parties: a backer's round
    (``_fold_backers_in_round``), the partners' joint investment
    (``_fold_joint_investments``), a seller's stake in the buyer's takeover
    (``_fold_stakes_in_takeovers``)."""
    return _fold_stakes_in_takeovers(_fold_joint_investments(_fold_backers_in_round(deals)))


def _is_round(m: Mention) -> bool:
    """A round told with its money or by a noun or verb of raising ("a $30m Series B",
    "ha levantado 12 millones")."""
    return m.type == "Investment" and (
        m.amount is not None or any(r.startswith(("frame:round_", "frame:raise_")) for r in m.rules)
    )


def _fold_backers_in_round(deals: list[Mention]) -> list[Mention]:
    """ "Brevia, respaldada por Olmeda Capital, ha levantado 12 millones en una ronda
    liderada por Ferrán Ventures. Olmeda Capital también ha participado en la ronda";
    "Kahurangi backs Putea Tech" over "Putea Tech raised NZ$12m in a round led by
    Kahurangi": a backer named in passing (parties:backer-apart) whom the article names
    as an investor of the one round of the same company is that round's investor, its
    backing the round told from its side, not a deal of its own. A backer the round does
    not name stays apart ("Cobalt Lane, backed by Pellmore, raised $30m in a round led by
    Garnet"), and so does one with money of its own."""
    folded: set[int] = set()
    for d in deals:
        if d.type != "Investment" or "parties:backer-apart" not in d.rules or d.distinct \
                or d.amount is not None or not _holders(d, "investor") \
                or not _holders(d, "investee"):
            continue
        rounds = [
            o for o in deals
            if o is not d and id(o) not in folded and _is_round(o)
            and "parties:backer-apart" not in o.rules
            and _holders(d, "investor") <= _holders(o, "investor")
            and _holders(d, "investee") == _holders(o, "investee")
        ]
        if len(rounds) == 1:
            _absorb(rounds[0], replace(d, roles=[]))
            rounds[0].rules.append("merge:backer-in-round")
            folded.add(id(d))
    return [d for d in deals if id(d) not in folded]


# The rules of money told put in by a word of investing ("una inversión conjunta",
# "invertirán conjuntamente").
_INVESTED = ("frame:invest_n(", "frame:invest_v(")


def _fold_joint_investments(deals: list[Mention]) -> list[Mention]:
    """ "Norvalia y Tesela han firmado un acuerdo para producir celdas, con una inversión
    conjunta de 300 millones"; "A and B signed an agreement to build the plant, with a
    joint investment of £200m": money two partners put in together, with no company
    invested in, is what they put into their partnership: its figure (if the
    partnership has none) and sentence go to the partnership of the same companies. An
    investment in a named company is one of its own ("A and B invested £50m in C"). Only
    money told by a word of investing; the partnership keeps its own stage."""
    folded: set[int] = set()
    for d in deals:
        investors = _holders(d, "investor")
        if d.type != "Investment" or len(investors) < 2 or investors != d.parties() \
                or not any(r.startswith(_INVESTED) for r in d.rules):
            continue
        into = next((
            o for o in deals
            if o.type == "Partnership" and o.parties() == investors
            and not _conflicts(o.amount, d.amount)
        ), None)
        if into is not None:  # (the partnership's stage is its own: "han firmado")
            _absorb(into, replace(d, roles=[], status=None, status_explicit=False))
            into.rules.append("merge:joint-investment-of-partners")
            folded.add(id(d))
    return [d for d in deals if id(d) not in folded]


# The rules that read a takeover from a stake or from control taken ("bought Y's 80%
# stake ..., taking control", "su participación del 60 %": kg.deals.frames).
_CONTROL_TAKEN = ("frame:controlling-stake", "frame:control_n(", "frame:paid-for-control")

# The rules of a deal told by a word of selling ("vende su 45 %", "the sale of our stake").
_SOLD = ("frame:sell_v(", "frame:sell_n(")


def _fold_stakes_in_takeovers(deals: list[Mention]) -> list[Mention]:
    """A stake sold to the buyer of a takeover of the same company is that takeover told
    from the seller's side: "El fondo Cedro vende su 45 % de Logística Bahía a Aldana,
    que ha comprado el 100 % de la compañía" (one sentence, the seller named or not: "we
    closed the sale of our 40% stake in Y to Z, which bought 100% of the company");
    "Wexford buys Delmont's stake in Carrow" over "Wexford bought Delmont's 80% stake in
    Carrow for £60m, taking control" (a takeover read from the control the stake gives,
    sold by the same seller, at the same stage). The seller joins the takeover. A stake
    bought before a takeover stays apart ("bought a 20% stake in Carrow from Delmont in
    2019 ... agreed to buy Carrow from Delmont": another stage, no control told; "compró
    el 30 % de Y en 2019 y ahora lanza una opa por el 100 %": two stages told), as does
    one with another price, or one the buyer tells as bought in the takeover's
    sentence ("bought a 30% stake in Y in 2019 and has now agreed to buy the whole")."""
    folded: set[int] = set()
    for d in deals:
        if d.type != "Investment" or d.distinct or d.holding:
            continue
        into = next((o for o in deals if _stake_of_takeover(d, o)), None)
        if into is not None:
            _absorb(into, replace(d, roles=[("seller", ref) for ref in _holders(d, "seller")]))
            into.rules.append("merge:stake-in-takeover")
            folded.add(id(d))
    return [d for d in deals if id(d) not in folded]


def _stake_of_takeover(stake: Mention, o: Mention) -> bool:
    """Whether ``stake`` (an investment) is the takeover ``o`` told from the seller's
    side (``_fold_stakes_in_takeovers``)."""
    buyers = _holders(stake, "investor")
    if o.type != "Acquisition" or o.distinct or o.holding or not buyers \
            or not buyers <= _holders(o, "acquirer") \
            or not _holders(stake, "investee") <= _holders(o, "target") \
            or _price_differs(o.type, o.amount, stake.amount):
        return False
    sellers, sold_by = _holders(o, "seller"), _holders(stake, "seller")
    if o.sent == stake.sent:  # told as sold, by its seller or a word of selling
        sold = bool(sold_by) or any(r.startswith(_SOLD) for r in stake.rules)
        stages_differ = stake.status_explicit and o.status_explicit and stake.status != o.status
        return sold and not stages_differ and (not sellers or not sold_by or sellers == sold_by)
    return bool(sold_by) and sellers == sold_by and o.status == stake.status \
        and any(r.startswith(_CONTROL_TAKEN) for r in o.rules)

# A buyer no clause names, guessed as the company the article is about (kg.deals.roles).
_TOPIC_BUYER = "parties:topic-acquirer"


def _fold_sold_told_bought(deals: list[Mention]) -> list[Mention]:
    """ "Telmar ha vendido su filial Cablenor al fondo Ondas Capital ... La compra de
    Cablenor por parte del fondo se cerró el martes": a purchase whose buyer no clause
    names (guessed as the article's topic) and whose guess is the company that sells
    the same target in a sale the article tells is that sale, told again from the
    buyer's side: a company does not buy what the story says it sells. A purchase with
    another price stays apart ("Quercus compró Trigal en 2019 por 90 millones")."""
    return _fold_takeover_told_again(
        deals, lambda d: _TOPIC_BUYER in d.rules,
        {"acquirer": "seller", "target": "target"}, "merge:seller-guessed-as-buyer")


def _fold_assets_of_target(deals: list[Mention]) -> list[Mention]:
    """ "Iberfruta vende Zumos Iber a Cítricos Vega ... Cítricos Vega se hará con las
    dos plantas de Zumos Iber": a purchase of a company's unnamed assets (no target,
    the company their seller) by the buyer of that company is the takeover told by
    what it brings: it joins the takeover. With another price it stays apart."""
    return _fold_takeover_told_again(
        deals, lambda d: not _holders(d, "target"),
        {"acquirer": "acquirer", "seller": "target"}, "merge:assets-of-target")


def _fold_takeovers_told_both_ways(deals: list[Mention]) -> list[Mention]:
    """A later takeover told of the same companies as an earlier one, with the buyer of
    the one the target of the other, is that takeover with a company misread (a company
    is not bought by the company it buys, nor is the buyer of a unit the unit sold):

    - "Fjordvik has dropped its takeover of Baltara ... The Norwegian group had agreed
      to acquire most of the firm from its founder", read with Fjordvik as the firm
      (buyer and target swapped);
    - "Grupo Andino vende su negocio de envases a Envasa por 180 millones ... acordó
      vender su división de envases a Envasa por 180 millones" (the buyer read as the
      thing sold, the seller the same).

    Whatever the stage each telling gives it, the two are one deal, with the roles of
    the telling read more fully (``_read_more_fully``) and the sellers the other adds
    (merge:takeover-told-both-ways). A takeover told as another ("a second offer"), a
    part held in passing, or another price stays apart."""
    folded: set[int] = set()
    for n, d in enumerate(deals):
        if d.type != "Acquisition" or d.distinct or d.holding:
            continue
        into = next((
            o for o in deals[:n]
            if id(o) not in folded and o.type == "Acquisition" and not o.holding
            and _misread_retelling(d, o) and not _price_differs(o.type, o.amount, d.amount)
        ), None)
        if into is None:
            continue
        keep, drop = (d, into) if _read_more_fully(d) > _read_more_fully(into) else (into, d)
        added = [("seller", ref) for ref in _holders(drop, "seller") - keep.parties()]
        _absorb(keep, replace(drop, roles=added))
        keep.rules.append("merge:takeover-told-both-ways")
        folded.add(id(drop))
    return [d for d in deals if id(d) not in folded]


def _fold_backgrounds_of_outcomes(deals: list[Mention]) -> list[Mention]:
    """A deal told first by its outcome and then again as background, at an earlier
    stage and with who sold, is one event: "Holmvik has called off its takeover of
    Tessaro ... Holmvik had agreed in May to buy 70% of the company from its founder,
    Ada Brenn"; "Corvel ha completado la compra de Lumina ... Corvel había acordado
    comprarla a sus socios fundadores". The outcome (``_closing``: a word of ending or
    of completion) keeps its status and money, and the sellers of the background join
    it (merge:background-of-outcome). Kept apart: a telling of its own ("another
    offer", "otra oferta"), other parties, another price, another year
    (``_background_of``)."""
    folded: set[int] = set()
    for n, d in enumerate(deals):
        if id(d) in folded or not _closing(d) or d.distinct or d.holding:
            continue
        for o in deals[n + 1:]:
            if id(o) not in folded and _background_of(o, d):
                _absorb(d, o)
                d.rules.append("merge:background-of-outcome")
                folded.add(id(o))
    return [d for d in deals if id(d) not in folded]


def _background_of(o: Mention, d: Mention) -> bool:
    """Whether ``o``, told after ``d``, tells ``d`` at an earlier stage stated outright,
    with the same roles but for the sellers it adds, no other price and no other
    year, and no word of another deal."""
    if (
        o.type != d.type or o.sent <= d.sent or o.distinct or o.holding
        or not o.status_explicit or o.status is None or d.status is None
        or STAGE[o.status] >= STAGE["Completed"] or _other_years(d, o)
    ):
        return False
    added = set(o.roles) - set(d.roles)
    return set(d.roles) <= set(o.roles) and all(role == "seller" for role, _ in added) \
        and _compatible(d, o)


def _read_more_fully(m: Mention) -> tuple[bool, bool, int]:
    """How fully a telling of a takeover was read: both its buyer and its target, or
    its buyer; then in how many sentences it is told. Of two tellings of one takeover,
    the fuller keeps its roles; the first told on a tie (the headline and the lede name
    the deal)."""
    buyer = bool(_holders(m, "acquirer"))
    return buyer and bool(_holders(m, "target")), buyer, len(m.extra_evidence)


_SWAPPED = frozenset({"acquirer", "target"})


def _misread_retelling(later: Mention, first: Mention) -> bool:
    """Whether ``later`` names two or more of the parties of ``first``, and no other but
    sellers, each in the role ``first`` gives it except one or more swapped between
    buyer and target."""
    mine = {ref: r for r, ref in later.roles}
    theirs = {ref: r for r, ref in first.roles}
    shared = set(mine) & set(theirs)
    if len(shared) < 2 or any(mine[ref] != "seller" for ref in set(mine) - shared):
        return False
    swapped = {ref for ref in shared if {mine[ref], theirs[ref]} == _SWAPPED}
    return bool(swapped) and all(mine[ref] == theirs[ref] for ref in shared - swapped)


def _holders(m: Mention, role: str) -> set[EntityRef]:
    return {ref for r, ref in m.roles if r == role}


def _fold_takeover_told_again(
    deals: list[Mention], told: Callable[[Mention], bool], reading: dict[str, str], rule: str
) -> list[Mention]:
    """Each takeover ``told`` (and not told as another deal) whose parties in each role
    of ``reading`` hold the role ``reading`` maps it to in another takeover of the
    article, with no other price, joins that takeover (its own roles left behind)."""
    folded: set[int] = set()
    for d in deals:
        if d.type != "Acquisition" or d.distinct or not told(d):
            continue
        into = next((
            o for o in deals
            if o is not d and id(o) not in folded and o.type == "Acquisition"
            and all(_holders(d, mine) and _holders(d, mine) <= _holders(o, theirs)
                    for mine, theirs in reading.items())
            and not _price_differs(o.type, o.amount, d.amount)
        ), None)
        if into is not None:
            _absorb(into, replace(d, roles=[]))
            into.rules.append(rule)
            folded.add(id(d))
    return [d for d in deals if id(d) not in folded]


def _outranks(later: Mention, first: Mention) -> bool:
    # (a merger is more than the tie-up it is also called; a supply contract says what
    # the partners exchange: merge:partnership-is-contract)
    if first.type == "Partnership" and later.type in ("Merger", "PurchaseAgreement"):
        return True
    if first.type == "Investment" and later.type == "Acquisition" \
            and _same_amount(first.amount, later.amount):
        return True  # the takeover the money put in is, at its price (_one_price)
    if first.type == later.type:
        return len(later.extra_evidence) > len(first.extra_evidence)
    return False


# The kinds one event between two companies is told as: a merger told as one absorbing
# or acquiring the other, or as a tie-up or alliance; a takeover told as an investment.
_KINDS_OF_ONE_EVENT = frozenset({
    frozenset({"Merger", "Acquisition"}),
    frozenset({"Merger", "Partnership"}),
    frozenset({"Acquisition", "Investment"}),
    frozenset({"Partnership", "PurchaseAgreement"}),
})

# What each role of a takeover is in the investment it is also told as.
_AS_INVESTMENT = {"acquirer": "investor", "target": "investee"}


def _one_event(a: Mention, b: Mention) -> bool:
    """Whether ``a`` and ``b`` tell one event between the same two companies:

    - a merger and a takeover of its two companies ("Bexley and Corran agreed to
      merge. Under the deal, Bexley will acquire Corran"; "Cordel absorberá a
      Bramante"), or a merger and the tie-up or alliance of the same two;
    - a takeover and an investment with the buyer as investor and the target as
      investee ("Ferro bought a 60% stake in Lindell ... Ferro's investment in Lindell"),
      or told by a verb at the takeover's very price (``_one_price``), whether or not
      either names who sold ("Ferro bought Lindell from Tarn Capital ... Ferro's
      investment in Lindell": the seller is a third party of the one event, and goes
      with it, merge:one-event-retold);
    - one takeover told both ways round, one telling misread ("Quill agreed to be
      taken over by Tanager ... Tanager will pay $25 a share for Quill"): the way
      told in more sentences wins, the first told on a tie.

    Never a deal told as another ("a second offer"), a part held in passing, two
    different prices, or two stages each told outright ("X, which invested in Y in
    2019, agreed to buy it")."""
    kinds = frozenset({a.type, b.type})
    pair_a, pair_b = (a.parties(), b.parties()) if a.type == b.type else (_core(a), _core(b))
    if len(pair_a) != 2 or pair_a != pair_b or a.distinct or b.distinct \
            or a.holding or b.holding:
        return False
    if a.type == b.type:
        if a.type != "Acquisition" or set(a.roles) & set(b.roles):
            return False
    elif kinds not in _KINDS_OF_ONE_EVENT:
        return False
    elif kinds == {"Acquisition", "Investment"}:
        takeover, money = (a, b) if a.type == "Acquisition" else (b, a)
        if {(_AS_INVESTMENT.get(role), ref) for role, ref in _core_roles(takeover)} \
                != set(_core_roles(money)) \
                or not (_told_by_a_money_noun(money) or _one_price(takeover, money)):
            return False
    elif kinds == {"Partnership", "PurchaseAgreement"}:
        contract = a if a.type == "PurchaseAgreement" else b
        if not _holders(contract, "buyer") or not _holders(contract, "seller") \
                or _other_years(a, b) or _told_as_more(a) or _told_as_more(b):
            # partners who sell together ("A y B se alían para vender ..."), no contract
            # between them; an alliance of 2018 and a contract of 2024 between the two;
            # one told as "also" made ("the two companies also signed a partnership")
            return False
    kind = "Acquisition" if kinds & _TAKEN_ONCE else a.type
    stages_differ = a.status_explicit and b.status_explicit and a.status != b.status
    return not stages_differ and not _price_differs(kind, a.amount, b.amount) \
        and not _conflicts(a.valuation, b.valuation)


# The types whose seller is a third party, besides the two companies of the event.
_SOLD_FROM = frozenset({"Acquisition", "Investment"})


def _core_roles(m: Mention) -> list[tuple[str, EntityRef]]:
    """The roles of ``m`` but its sellers, when a seller is a third party of its type."""
    return [(r, ref) for r, ref in m.roles if r != "seller" or m.type not in _SOLD_FROM]


def _core(m: Mention) -> set[EntityRef]:
    """The two companies of the event ``m`` tells: its parties but a seller of a
    takeover or a stake ("X bought Y from Z": X and Y)."""
    return {ref for _, ref in _core_roles(m)}


# Additive adverbs: the sentence tells an event besides one told ("also", "además").
_ADDITIVE = re.compile(r"\b(?:also|as well|además|también|asimismo)\b", re.IGNORECASE)


def _told_as_more(m: Mention) -> bool:
    """Whether ``m``'s sentence tells it as one more event with an additive adverb
    ("The two companies also signed a partnership", "Además, firmaron una alianza")."""
    return bool(_ADDITIVE.search(m.evidence.text))


def _one_price(takeover: Mention, money: Mention) -> bool:
    """ "Lark Capital invests $50m in Verdan Solar" (a headline), then "Lark Capital has
    acquired Verdan Solar outright for $50 million": money put in told by a verb, with
    the very price of the takeover of the same company by the same buyer, is that
    takeover (merge:investment-at-takeover-price); another figure ("invested $10
    million in 2020 ... now acquired it for $50 million"), or another year, is an
    earlier deal."""
    return _same_amount(takeover.amount, money.amount) and not _other_years(takeover, money)


def _told_by_a_money_noun(m: Mention) -> bool:
    """An investment told only by a noun of money put in ("Ferro's investment in
    Lindell", "la inversión de Mauro en Nava"), which may name the takeover told
    before; not by a verb, which tells an event of its own ("Calloway first invested
    in Ionix in 2019"), nor by a stake noun, a part of the company that is never the
    takeover of the whole ("taking a minority stake in the Japanese business")."""
    frames = [r for r in m.rules if r.startswith("frame:")]
    return bool(frames) and all(
        r.startswith("frame:invest_n(") and r.partition("(")[2].rstrip(")") not in STAKE_NOUNS
        for r in frames
    )


def _target(m: Mention, deals: _Deals) -> Mention | None:
    """The deal a mention tells again: the first with the same parties (or sharing one
    in the same sentence); else the last of which it names only part."""
    target = None
    for d in deals.candidates(m):
        if not _compatible(d, m) or _apart(d, m):
            continue
        if d.parties() == m.parties() or (d.sent == m.sent and d.parties() & m.parties()):
            return d
        # A thin mention (no money, no explicit status) of part of a known deal; a
        # purchase told otherwise than by paying is no part of a bare payment.
        if m.parties() < d.parties() and (_payment_only(m) or not _payment_only(d)) and (
            (m.amount is None and m.valuation is None)
            or _same_amount(m.amount, d.amount)
            or d.amount is None
        ):
            target = d
    return target or _thin_earlier_telling(m, deals)


def _apart(d: Mention, m: Mention) -> bool:
    """A named backer ("Y, backed by X, raised $10m from Z") is kept apart from the
    rounds told beside it: it joins, and is joined by, only a deal of its own parties.
    Two takeovers of different companies told at different stages in one sentence ("X,
    que compró A en 2017, analiza ahora la adquisición de B") are two deals."""
    backer = "parties:backer-apart" in d.rules or "parties:backer-apart" in m.rules
    return (backer and not m.parties() <= d.parties()) or _other_takeover(d, m) \
        or _other_buyer(d, m)


def _other_takeover(d: Mention, m: Mention) -> bool:
    """Two takeovers of one sentence, each of its own named company, whose statuses
    differ, one of them told explicitly (one done, one weighed or negotiated; "X's
    purchase of A comes after it bought a majority stake in B in 2020")."""
    if d.sent != m.sent or d.type != "Acquisition" or not (
        (d.status_explicit or m.status_explicit) and d.status != m.status
    ):
        return False
    targets_d = {x for role, x in d.roles if role == "target"}
    targets_m = {x for role, x in m.roles if role == "target"}
    return bool(targets_d) and bool(targets_m) and not (
        targets_d & m.parties() or targets_m & d.parties()
    )


def _other_buyer(d: Mention, m: Mention) -> bool:
    """Two takeovers of one company in one sentence, each by a buyer of its own and
    none shared ("X agreed to buy Y, which Z bought in 2015", "Y, which Z had tried to
    buy, was sold to X"): a company is taken over by one buyer at a time, and the
    second is its earlier owner or a rival, in a deal of its own. (Buyers that act
    together are told as one subject, "X and Z bought Y", in one mention.)"""
    if d.sent != m.sent or d.type != "Acquisition" or m.type != "Acquisition":
        return False
    buyers_d = {x for role, x in d.roles if role == "acquirer"}
    buyers_m = {x for role, x in m.roles if role == "acquirer"}
    targets_d = {x for role, x in d.roles if role == "target"}
    return bool(buyers_d) and bool(buyers_m) and not buyers_d & m.parties() \
        and not buyers_m & d.parties() and bool(targets_d) \
        and targets_d == {x for role, x in m.roles if role == "target"}


def _thin_earlier_telling(m: Mention, deals: _Deals) -> Mention | None:
    """A takeover told first with part of its parties and no money (a headline, "Mizora
    Bank buys Aster Credit"), then in full ("Aster Credit has been sold by Bellhaven to
    Mizora Bank for ¥90 billion"): the fuller telling joins the earlier one, and so it
    does when the first telling gave the same price ("Glenmore agrees €140m deal for
    Ashcombe", then "Glenmore has agreed to buy Ashcombe from Redwell for €140
    million"). So does a stake sold, told by its seller both times ("Norvale to sell 40%
    of Quillby", then "Norvale agreed to sell its 40% stake in Quillby to Tarrow for $90
    million"); a round, which a company raises again from the same backers, never
    does."""
    if m.type != "Acquisition" and not (m.type == "Investment" and _sellers(m)):
        return None
    parties = m.parties()
    sharing: set[int] = set()
    for ref in parties:
        sharing |= deals.by_party(ref)
    for d in deals.in_order(sharing):
        if (
            len(d.parties()) >= 2 and d.parties() < parties
            and (d.amount is None or _same_amount(d.amount, m.amount))
            and d.valuation is None and _compatible(d, m)
            and (m.type == "Acquisition" or _sellers(d))
        ):
            return d
    return None


def _sellers(m: Mention) -> set[EntityRef]:
    return {ref for role, ref in m.roles if role == "seller"}


_ROUND_REACH = 2  # sentences between a round and its investors told after it


def _round_of_investors(m: Mention, deals: _Deals) -> Mention | None:
    """Investors named just after a round told with its investee only are that round's
    ("La fintech acaba de recaudar US$ 200 millones. En esta ronda, la compañía recibió
    aportes de A y B"; "Pagora has raised $20 million. The round was led by A"): the
    round keeps its amount and takes them. Only a mention with no money of its own,
    within two sentences of the round."""
    if m.type != "Investment" or m.amount is not None or m.distinct:
        return None
    investees = {ref for role, ref in m.roles if role == "investee"}
    if not investees or not any(role == "investor" for role, _ in m.roles):
        return None
    for d in reversed(deals.list):
        if m.sent - d.sent > _ROUND_REACH:
            break
        if (
            d.type == "Investment" and d.amount is not None
            and not any(role == "investor" for role, _ in d.roles)
            and {ref for role, ref in d.roles if role == "investee"} == investees
            and _compatible(d, m)
        ):
            return d
    return None


def _agreement_told_last(
    m: Mention, agreements: list[Mention], last_deal_sent: int
) -> Mention | None:
    """The agreement a generic back-reference tells again when that agreement, placed
    only once every mention is read, is the deal told last before it: "X firmó un
    contrato de suministro con Y. El acuerdo rondaría los US$ 40 millones anuales"
    (the sum is the contract's, not that of a takeover told before it). Only an
    agreement between two parties: "FERC rejected an interconnection agreement" is none
    a sum can be told of."""
    if m.type not in ("Agreement", "") or not agreements:
        return None
    a = agreements[-1]
    if a.distinct or len(a.parties()) < 2 or a.sent < last_deal_sent or a.sent < m.sent - 2:
        return None
    return a


def _place_agreement(a: Mention, deals: _Deals) -> Mention:
    """An agreement is the agreement of a deal that holds its parties or that is told
    in its sentence; else a partnership, or a purchase agreement for goods. Returns
    the deal it is placed in."""
    match = None
    if not a.distinct and a.parties():
        match = next(
            (
                d
                for d in deals.holding(a.parties())
                if (not _conflicts(d.amount, a.amount) or _definite_told_back(a, d))
                and not d.holding and (not a.supply or d.type == "PurchaseAgreement")
            ),
            None,
        )
    if match is None and not a.supply and not a.distinct:
        match = _same_sentence_deal(a, deals.near(a.sent, a.parties())) \
            or _deal_told_again_here(a, deals.holding(a.parties()))
    if match is not None:
        _signer_told_buying(match, a)
        _absorb(match, a)
        deals.reindex(match)
        return match
    if a.supply:
        # Who buys is not told by "a cloud deal with X"; the subject is taken
        # as the buyer.
        a.type = "PurchaseAgreement"
        a.roles = [("buyer" if n == 0 else "seller", ref) for n, (_, ref) in enumerate(a.roles)]
    else:
        a.type = "Partnership"
    same = next(
        (d for d in deals.holding(a.parties())
         if d.type == a.type and d.parties() == a.parties()), None
    ) if not a.distinct else None
    if same is not None:
        _absorb(same, a)
        deals.reindex(same)
        return same
    deals.append(a)
    return a


def _payment_only(d: Mention) -> bool:
    """A purchase told only by a verb of paying ("It paid $52m to Granite Bay, which
    had owned the mill"): the price of a deal told before, not a purchase of goods, so
    a purchase the payer tells later with one party ("It has also signed a deal to buy
    steam from the plant next door") is no part of it."""
    frames = [r for r in d.rules if r.startswith("frame:")]
    return bool(frames) and all(r.startswith("frame:pay_v") for r in frames)


def _signer_told_buying(match: Mention, a: Mention) -> None:
    """A contract told again with words that say its signer buys ("firmó un contrato
    con Y para el mantenimiento de sus locomotoras", parties:signer-buys) settles who
    buys a purchase agreement told first without them (a headline's "X firma un
    contrato con Y", where the first party was taken as the buyer)."""
    if match.type != "PurchaseAgreement" or "parties:signer-buys" not in a.rules or (
        "parties:signer-buys" in match.rules
    ):
        return
    sides = {ref: ("buyer" if n == 0 else "seller") for n, (_, ref) in enumerate(a.roles)}
    if len(sides) == 2 and set(sides) == match.parties():
        match.roles = [(sides[ref], ref) for _, ref in match.roles]
        match.rules.append("merge:signer-told-buying")


def _publish(deals: list[Mention]) -> list[Deal]:
    """The merged mentions as ``Deal`` facts: a valuation of a company whose round is
    told with its valuation is dropped (an earlier or sought figure), a round keeps
    one investee, and a deal with too few parties is left out."""
    valued = {
        ref
        for d in deals
        if d.type == "Investment" and d.valuation is not None
        for role, ref in d.roles
        if role == "investee"
    }
    out: list[Deal] = []
    for d in [one for told in deals for one in _each_investee(told)]:
        if d.type == "Valuation" and d.parties() & valued:
            continue
        if d.type == "Valuation":
            d.roles = [("investee", ref) for _, ref in d.roles[:1]]
        if d.type == "Investment":
            d.roles = _one_investee(d.roles)
        if not _enough_parties(d):
            continue
        if PERIOD_RULE in d.rules and d.type != "PurchaseAgreement":
            d.amount = None  # "a shirt deal worth €3m a year": a fee, no deal's amount
            d.rules = [r for r in d.rules if r != PERIOD_RULE]
        evidence = tuple(sorted({d.evidence, *d.extra_evidence}))
        out.append(
            Deal(
                type=d.type,
                roles=tuple(d.roles),
                evidence=evidence,
                status=d.status,
                amount=d.amount,
                valuation=d.valuation,
                quantity=d.quantity,
                term=d.term,
                reported_by=d.reported_by,
                hedge=d.hedge,
                rules=tuple(dict.fromkeys([*d.rules, _TOLD_DISTINCT] if d.distinct else d.rules)),
            )
        )
    return out


_COUNTERPART = {
    "Acquisition": ("seller", "acquirer"),
    "Investment": ("seller", "investor"),
    "Merger": ("partner", "partner"),
    "PurchaseAgreement": ("seller", "buyer"),
}


def _same_sentence_deal(a: Mention, deals: list[Mention]) -> Mention | None:
    """An agreement told in the sentence of a deal it shares a party with is that
    deal's agreement even when the parse does not link them ("X llegó a un acuerdo con
    Y, ..., para la compra de Z"): its other signatory is the counterparty (the seller
    when the deal has its buyer), never a separate partnership."""
    for d in deals:
        if d.sent != a.sent or d.type not in _COUNTERPART or len(d.parties()) < 2 \
                or not a.parties() & d.parties() or d.holding:
            continue
        roles = {role for role, _ in d.roles}
        first, second = _COUNTERPART[d.type]
        role = first if first not in roles else second
        a.roles = [(role, ref) if ref not in d.parties() else (r, ref) for r, ref in a.roles]
        a.rules.append("merge:agreement-in-deal-sentence")
        return d
    return None


def _definite_told_back(a: Mention, d: Mention) -> bool:
    """ "Alimentos Harlan ha cerrado la compra de Lácteos Corran por 300 millones. El
    acuerdo entre Alimentos Harlan y Lácteos Corran incluye 50 millones en deuda": an
    agreement the definite article presents as known, between two or more parties of a
    deal told before it, is that deal's agreement even with another figure hung on it
    (a part of the terms, which the deal does not take): no partnership besides the
    takeover (merge:definite-agreement-told-back). Not a contract of supply, nor an
    agreement told first ("firmaron un acuerdo": the indefinite article)."""
    if not a.definite or a.supply or len(a.parties()) < 2 or d.sent >= a.sent:
        return False
    a.amount = None
    a.rules.append("merge:definite-agreement-told-back")
    return True


def _deal_told_again_here(a: Mention, deals: list[Mention]) -> Mention | None:
    """An agreement word in a sentence that tells again a deal between the very same
    parties is that deal, whatever sum the parse hung on the word ("Ostrava expects to
    invest up to $2 billion in Kellan. ... Ostrava will invest $500 million in Kellan
    now, lifting the total deal size to $2 billion": no partnership of $500 million
    besides the investment). The deal (of ``deals``) must hold every party of the
    agreement and have the agreement's sentence among those that tell it; a part held
    in passing is none (merge:agreement-of-deal-told-again)."""
    if len(a.parties()) < 2:
        return None
    for d in deals:
        if d.holding or d.type not in _COUNTERPART or not a.parties() <= d.parties() \
                or a.evidence not in d.extra_evidence:
            continue
        a.amount = None
        a.rules.append("merge:agreement-of-deal-told-again")
        return d
    return None


def between_people(deal: Deal) -> bool:
    """An agreement only between people ("reached an agreement with Y after the fight")
    is not a business deal; a person may still invest, buy or sell a company."""
    return deal.type in ("Partnership", "PurchaseAgreement") and all(
        ref.kind == "person" for _, ref in deal.roles
    )


def _enough_parties(d: Mention) -> bool:
    """A transaction has two sides. One named party is enough only for a company's
    valuation with its figure ("X was valued at $Y"), and for a funding round told with
    both its size and the valuation it was raised at ("X raised $40 million at a $300
    million valuation"; the investors often go unnamed there). An investor, buyer or
    partner alone is half a deal and usually not one at all ("ejecutó inversiones por
    X"), and so is a round with no investor and no valuation ("X raised $Y", "a
    capital increase of $Y"). On the ~570 opened articles (session 18) the gold holds 5
    one-party deals among some 900; kg's one-party rounds with size and valuation
    matched 2 of 5, the other one-party rounds none of 15."""
    parties = d.parties()
    if d.type == "PurchaseAgreement" and len({role for role, _ in d.roles}) < 2:
        # "A y B firmaron una alianza para vender paquetes": sellers with no buyer
        return False
    if len(parties) >= 2:
        return True
    if not parties:
        return False
    (role,) = {role for role, _ in d.roles}
    if role != "investee" or d.valuation is None:
        return False
    return d.type == "Valuation" or (
        d.type == "Investment"
        and d.kind != "investor"  # "accionista de X" alone names no deal
        and d.amount is not None
    )


def _each_investee(d: Mention) -> list[Mention]:
    """ "X invested in A and B" (no sum told): two investments, one in each company
    (a round of one sum keeps one investee, ``_one_investee``)."""
    investees = [ref for role, ref in d.roles if role == "investee"]
    if (
        d.type != "Investment" or len(investees) < 2 or d.amount is not None
        or "parties:coordinated-investees" not in d.rules
    ):
        return [d]
    others = [(role, ref) for role, ref in d.roles if role != "investee"]
    return [replace(d, roles=[*others, ("investee", ref)]) for ref in investees]


def _one_investee(roles: list[tuple[str, EntityRef]]) -> list[tuple[str, EntityRef]]:
    seen = False
    out = []
    for role, ref in roles:
        if role == "investee":
            if seen:
                continue
            seen = True
        out.append((role, ref))
    return out


def _split_investors(deals: list[Deal]) -> list[Deal]:
    """Holders named together ("accionistas: A, B y C") without a round amount are
    separate stakes, one deal each; a round keeps all its investors, and so do the
    investors of a listing's tranche ("cornerstone investors A and B",
    kg.deals.listing; "inversionistas ancla"), who buy one tranche together, and the
    backers a company's "backers include" lists ("Y's backers include A and B"): its
    group of backers, told as one (parties:holders-include)."""
    out: list[Deal] = []
    for d in deals:
        investors = [r for role, r in d.roles if role == "investor"]
        round_ = any(
            rule.startswith(("frame:round_", "frame:raise_", "parties:listing-",
                             "parties:anchor-investors", "parties:holders-include"))
            for rule in d.rules
        )
        if d.type == "Investment" and len(investors) > 1 and d.amount is None and not round_:
            others = tuple((role, r) for role, r in d.roles if role != "investor")
            if not others:
                continue  # holders of no company named: each alone is half a deal
            out.extend(replace(d, roles=(("investor", inv), *others)) for inv in investors)
        else:
            out.append(d)
    return out


def _resolve_backref(m: Mention, deals: list[Mention]) -> Mention | None:
    """Attach a mention that refers back ("el acuerdo supera los 10.000 millones") to
    the latest deal it can mean: its evidence, money, term and source. Returns that
    deal (None when there is none yet)."""
    generic = m.type in ("Agreement",) or m.type == ""
    # nor a backer told in passing ("X, backed by Y, will buy ..."): background, never
    # the deal a later "the deal" means
    deals = [d for d in deals if not d.holding and "parties:backer-apart" not in d.rules]
    candidates = [
        d
        for d in reversed(deals)
        if generic
        or d.type == m.type
        or (m.type == "Partnership" and d.type == "PurchaseAgreement")
    ]
    if not candidates and "frame:partnership-ended-back" in m.rules:
        return None  # a venture ended with no partnership told: no other deal ends
    if not candidates:
        # "La alianza ..." with no alliance told: the latest deal of another type takes
        # its evidence, but not its money ("Según la Asociación de X, las startups
        # captaron 2.150 millones": no price of the purchase told before).
        candidates = list(reversed(deals))
        m.amount = None
    if not candidates:
        return None
    target = candidates[0]
    if m.amount is not None:
        free = next((d for d in candidates if d.amount is None), None)
        if free is None:
            m.amount = None  # the deal already has its price
        else:
            target = free
    _fill_in(target, m)
    # the back-reference's frame ("frame:deal_n(operación)"); its status only when it
    # closes or ends the deal ("La operación se cerró el lunes", "the deal collapsed")
    if m.status_explicit and _closing(m) and _later_stage(target, m):
        target.status, target.status_explicit = m.status, True
        target.rules.extend(r for r in m.rules if r.startswith("status:"))
        target.rules.append("merge:stage-told-back")
    elif _completion_to_come(target, m):
        target.status = "Announced"
        target.rules.extend(r for r in m.rules if r.startswith("status:"))
        target.rules.append("merge:completion-to-come")
    target.rules.extend(r for r in m.rules if not r.startswith("status:"))
    return target


def _same_amount(a: Amount | None, b: Amount | None) -> bool:
    return a is not None and b is not None and not _conflicts(a, b) and a.currency == b.currency


# -- one deal per graph node ---------------------------------------------------------

# Later stages win when one article tells a deal twice ("agreed to buy", then "the
# purchase closed"); a cancellation is the last word.
STAGE = {status: rank for rank, status in enumerate(DEAL_STATUSES)}


def merge_deals(deals: Iterable[Deal], article_id: str) -> list[Deal]:
    """One Deal per node: deals of an article that share a key (type and parties) are
    merged, their evidence, amounts and sources kept, one status and term chosen.

    An article reports one status per deal; across articles a deal node may carry
    one from each (what each article said).
    """
    groups: dict[URIRef, list[Deal]] = {}
    for deal in deals:
        groups.setdefault(iri.deal_node(deal, article_id), []).append(deal)
    merged = []
    for group in (one for told in groups.values() for one in _set_apart(told)):
        first = group[0]
        if len(group) == 1:
            merged.append(first)
            continue
        statuses = [d.status for d in group if d.status]
        merged.append(
            Deal(
                type=first.type,
                roles=tuple(dict.fromkeys(r for d in group for r in d.roles)),
                evidence=tuple(sorted({e for d in group for e in d.evidence})),
                status=max(statuses, key=STAGE.__getitem__) if statuses else None,
                amount=first.amount,
                valuation=first.valuation,
                quantity=next((d.quantity for d in group if d.quantity), None),
                term=next((d.term for d in group if d.term), None),
                reported_by=first.reported_by,
                hedge=first.hedge,
                rules=tuple(dict.fromkeys(r for d in group for r in d.rules)),
                apart=first.apart,
            )
        )
        # The other mentions' money and sources stay as further claims on the node.
        merged.extend(
            Deal(
                first.type,
                first.roles,
                d.evidence,
                amount=d.amount,
                valuation=d.valuation,
                reported_by=d.reported_by,
                hedge=d.hedge,
                apart=first.apart,
            )
            for d in group[1:]
            if d.amount or d.valuation or d.reported_by or d.hedge
        )
    return merged


# The rules that read several deals in one sentence (kg.deals.gapped, kg.deals.component).
_SEVERAL_IN_SENTENCE = ("parties:gapped-clauses", "parties:dated-targets")


# A deal the text tells as another one ("a second offer", "otra compra", "its previous
# round"): never the deal of the same parties told before (kg.deals.frames).
_TOLD_DISTINCT = "merge:told-distinct"


def _told_apart(a: Deal, b: Deal) -> bool:
    """Two deals of one key are two deals when their prices differ and they are told
    in different sentences, or in one sentence that tells several deals. Two figures
    in the one sentence of one deal are more often a misread one (its valuation, a
    total raised) than a second deal. A deal told as another ("la segunda OPA",
    "another stake") is another even with no price, by the same test of sentences."""
    several = any(rule in _SEVERAL_IN_SENTENCE for d in (a, b) for rule in d.rules)
    told_as_another = _TOLD_DISTINCT in a.rules or _TOLD_DISTINCT in b.rules
    if not told_as_another and not _price_differs(a.type, a.amount, b.amount):
        return False
    return several or not set(a.evidence) & set(b.evidence)


def _set_apart(group: list[Deal]) -> list[list[Deal]]:
    """Deals of one article with the same type and parties but different prices in one
    currency are different deals ("Quillon led Tidewell's $40m round; it also led its
    $12m round in 2023", two contracts between the same buyer and seller), as
    ``merge`` holds within a Doc (``_conflicts``): each keeps a node of its own. The
    first told keeps the node of its type and parties; each later one is set apart by
    where it was first told (``Deal.apart``). Deals with no price of their own join
    the first."""
    parts: list[list[Deal]] = []
    for deal in group:
        home = next((p for p in parts if not any(_told_apart(deal, d) for d in p)), None)
        if home is None:
            parts.append([deal])
        else:
            home.append(deal)
    if len(parts) == 1:
        return parts
    out = [parts[0]]
    for part in parts[1:]:
        first = min(e.start for d in part for e in d.evidence) if part[0].evidence else 0
        apart = f"@{first}"
        out.append([replace(d, apart=apart, rules=(*d.rules, "merge:same-parties-apart"))
                    for d in part])
    return out


def one_deal_per_node(facts: Facts) -> Facts:
    """The facts ready for the graph stage: their deals merged by ``merge_deals``
    (``kg.graph.build_graph`` writes the deals it is given, one node per key)."""
    return replace(facts, deals=tuple(merge_deals(facts.deals, facts.article.id)))
