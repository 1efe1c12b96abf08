"""Merging deal mentions into deals, and an article's deals into one per graph node
(kg.deals.merge): plain Python on hand-made mentions, no spaCy model."""

from __future__ import annotations

import copy
import random
from decimal import Decimal

from kg.deals.mention import Mention
from kg.deals.merge import (
    _absorb,
    _agreement_told_last,
    _compatible,
    _conflicts,
    _deal_told_again_here,
    _fold_takeovers_told_both_ways,
    _fold_thin_rounds,
    _publish,
    _resolve_backref,
    _same_amount,
    _same_sentence_deal,
    _split_investors,
    fold_sentence,
    merge,
    merge_deals,
)
from kg.facts import Amount, Deal, EntityRef, Span

SENTENCES = [Span(s, s + len(w), w) for s, w in ((0, "Uno."), (5, "Dos."), (10, "Tres."),
                                                  (16, "Cuatro."), (24, "Cinco."), (31, "Seis."))]


def org(name: str) -> EntityRef:
    return EntityRef("org", name)


ACME, ZENITH, NOVA, ORBIT = org("Acme"), org("Zenith"), org("Nova"), org("Orbit")


def usd(value: int, at: int = 0) -> Amount:
    return Amount(Span(at, at + 3, "$"), "USD", value=Decimal(value))


def mention(type_: str, *roles: tuple[str, EntityRef], sent: int = 0, **kw: object) -> Mention:
    m = Mention(type=type_, roles=list(roles), sent=sent, evidence=SENTENCES[sent],
                trigger=sent * 10, status=kw.pop("status", "Announced"),  # type: ignore[arg-type]
                rules=[f"frame:test({sent})"])
    for name, value in kw.items():
        setattr(m, name, value)
    return m


def parties(deal: Deal) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for role, ref in deal.roles:
        out.setdefault(role, set()).add(ref.name)
    return out


# -- mentions into deals -------------------------------------------------------------


def test_the_same_deal_told_twice_is_one_deal_with_both_sentences() -> None:
    (deal,) = merge([
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=0),
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=2,
                status="Completed", status_explicit=True, amount=usd(5)),
    ])
    assert deal.evidence == (SENTENCES[0], SENTENCES[2])
    assert deal.status == "Completed"  # an explicit status beats an implicit one
    assert deal.amount == usd(5)
    assert deal.rules == ("frame:test(0)", "frame:test(2)")


def test_different_prices_in_one_currency_are_different_deals() -> None:
    found = merge([
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), amount=usd(5)),
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=1, amount=usd(9)),
    ])
    assert [d.amount for d in found] == [usd(5), usd(9)]


def test_a_price_restated_in_another_currency_is_the_same_deal() -> None:
    eur = Amount(Span(5, 8, "€"), "EUR", value=Decimal(4))
    (deal,) = merge([
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), amount=usd(5)),
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=1, amount=eur),
    ])
    assert deal.amount == usd(5)


def test_a_thin_mention_of_part_of_a_deal_joins_it() -> None:
    (deal,) = merge([
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), ("seller", NOVA)),
        mention("Acquisition", ("target", ZENITH), sent=3),
    ])
    assert parties(deal) == {"acquirer": {"Acme"}, "target": {"Zenith"}, "seller": {"Nova"}}
    assert SENTENCES[3] in deal.evidence


def test_a_party_in_two_roles_makes_two_deals() -> None:
    # (with a third party who is no seller: one takeover of the same two told both ways
    # round, or again with a seller, is one telling misread, kg.deals.merge._one_event
    # and _fold_takeovers_told_both_ways)
    found = merge([
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH)),
        mention("Acquisition", ("acquirer", ZENITH), ("acquirer", NOVA), ("target", ACME),
                sent=1),
    ])
    assert len(found) == 2


def test_another_deal_is_never_the_one_told_before() -> None:
    found = merge([
        mention("PurchaseAgreement", ("buyer", ACME), ("seller", ZENITH)),
        mention("PurchaseAgreement", ("buyer", ACME), ("seller", ZENITH), sent=1, distinct=True),
    ])
    assert len(found) == 2


def test_a_word_that_refers_back_gives_its_price_to_the_deal_without_one() -> None:
    deal_with_price = mention("Acquisition", ("acquirer", NOVA), ("target", ORBIT), amount=usd(7))
    deal_without = mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=1)
    back = mention("", sent=2, backref=True, amount=usd(5, at=12))
    first, second = merge([deal_with_price, deal_without, back])
    assert (first.amount, second.amount) == (usd(7), usd(5, at=12))
    assert second.evidence == (SENTENCES[1], SENTENCES[2])


def test_an_agreement_between_the_parties_of_a_deal_is_that_deal() -> None:
    (deal,) = merge([
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH)),
        mention("Agreement", ("partner", ACME), ("partner", ZENITH), sent=1),
    ])
    assert deal.type == "Acquisition" and len(deal.evidence) == 2


def test_an_agreement_alone_is_a_partnership_or_for_goods_a_purchase() -> None:
    partnership, purchase = merge([
        mention("Agreement", ("partner", ACME), ("partner", ZENITH)),
        mention("Agreement", ("partner", NOVA), ("partner", ORBIT), sent=1, supply=True),
    ])
    assert (partnership.type, parties(partnership)) == (
        "Partnership", {"partner": {"Acme", "Zenith"}}
    )
    assert (purchase.type, parties(purchase)) == (
        "PurchaseAgreement", {"buyer": {"Nova"}, "seller": {"Orbit"}}
    )


def test_an_agreement_in_the_sentence_of_a_deal_names_its_counterparty() -> None:
    # "Acme reached an agreement with Nova, ..., to buy Zenith": Nova sells.
    (deal,) = merge([
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=2),
        mention("Agreement", ("partner", ACME), ("partner", NOVA), sent=2),
    ])
    assert parties(deal) == {"acquirer": {"Acme"}, "target": {"Zenith"}, "seller": {"Nova"}}
    assert "merge:agreement-in-deal-sentence" in deal.rules


def test_one_named_party_is_a_deal_only_for_a_round_with_its_figures() -> None:
    # session 18: a round's size alone is not enough, it needs the valuation too
    found = merge([
        mention("Investment", ("investee", ACME), amount=usd(5), valuation=usd(50, at=9)),
        mention("Investment", ("investor", NOVA), sent=1, amount=usd(6)),
        mention("Investment", ("investee", ZENITH), sent=2),
        mention("Investment", ("investee", ORBIT), sent=3, amount=usd(7)),
    ])
    assert [parties(d) for d in found] == [{"investee": {"Acme"}}]


def test_holders_named_together_without_a_round_are_one_stake_each() -> None:
    found = merge([
        mention("Investment", ("investee", ACME), ("investor", NOVA), ("investor", ORBIT))
    ])
    assert [parties(d)["investor"] for d in found] == [{"Nova"}, {"Orbit"}]


def test_a_valuation_beside_a_round_is_the_rounds() -> None:
    valuation = usd(100, at=20)
    (deal,) = fold_sentence([
        mention("Investment", ("investee", ACME), ("investor", NOVA), amount=usd(5)),
        mention("Valuation", ("investee", ACME), valuation=valuation),
    ])
    assert deal.valuation == valuation


# -- the index keeps the simple semantics ------------------------------------------------


def _reference_merge(mentions: list[Mention]) -> list[Deal]:
    """kg's merging as it was written first, comparing every mention with every deal."""
    deals: list[Mention] = []
    agreements: list[Mention] = []
    held: list[tuple[Mention, Mention]] = []
    last_deal_sent = -1
    for m in mentions:
        if m.backref:
            if m.distinct:
                continue
            agreement = _agreement_told_last(m, agreements, last_deal_sent)
            if agreement is not None:
                held.append((m, agreement))
            else:
                _resolve_backref(m, deals)
            continue
        if m.type == "Agreement":
            agreements.append(m)
            continue
        last_deal_sent = m.sent
        target = None
        for d in deals if not m.distinct else ():
            if not _compatible(d, m):
                continue
            if d.parties() == m.parties() or (d.sent == m.sent and d.parties() & m.parties()):
                target = d
                break
            if m.parties() < d.parties() and (
                (m.amount is None and m.valuation is None)
                or _same_amount(m.amount, d.amount) or d.amount is None
            ):
                target = d
        if target is None and m.type == "Acquisition" and not m.distinct:
            # a thin earlier telling (a headline) that the fuller one joins
            target = next((d for d in deals if len(d.parties()) >= 2
                           and d.parties() < m.parties() and d.amount is None
                           and d.valuation is None and _compatible(d, m)), None)
        if target is not None:
            _absorb(target, m)
        else:
            deals.append(m)
    placed: dict[int, Mention] = {}
    for a in agreements:
        placed[id(a)] = a
        match = next((d for d in deals if not a.distinct and a.parties()
                      and a.parties() <= d.parties() and not _conflicts(d.amount, a.amount)
                      and (not a.supply or d.type == "PurchaseAgreement")), None)
        if match is None and not a.supply and not a.distinct:
            match = _same_sentence_deal(a, deals) or _deal_told_again_here(a, deals)
        if match is not None:
            _absorb(match, a)
            placed[id(a)] = match
            continue
        if a.supply:
            a.type = "PurchaseAgreement"
            a.roles = [("buyer" if n == 0 else "seller", ref) for n, (_, ref) in enumerate(a.roles)]
        else:
            a.type = "Partnership"
        same = next((d for d in deals if d.type == a.type and d.parties() == a.parties()),
                    None) if not a.distinct else None
        if same is not None:
            _absorb(same, a)
            placed[id(a)] = same
        else:
            deals.append(a)
    for m, a in held:
        told = _resolve_backref(m, [placed[id(a)]])
        if told is not None:
            told.rules.append("merge:backref-to-agreement")
    # the post-pass over the merged deals is no part of the index this test checks
    # (the folds the random mentions reach are run on both sides)
    return _split_investors(_publish(_fold_takeovers_told_both_ways(_fold_thin_rounds(deals))))


def _random_mentions(rng: random.Random) -> list[Mention]:
    names = [org(n) for n in ("A", "B", "C", "D", "E")]
    kinds = {
        "Acquisition": ("acquirer", "target", "seller"),
        "Investment": ("investor", "investee"),
        "Agreement": ("partner",),
        "PurchaseAgreement": ("buyer", "seller"),
    }
    found = []
    for n in range(rng.randint(1, 14)):
        type_ = rng.choice([*kinds, ""])
        chosen = rng.sample(names, rng.randint(0, 3)) if type_ else []
        roles = [(rng.choice(kinds.get(type_, ("partner",))), ref) for ref in chosen]
        found.append(mention(
            type_ or "Agreement", *roles, sent=rng.randint(0, 5),
            amount=rng.choice([None, None, usd(5), usd(9)]),
            backref=not type_ or rng.random() < 0.1, distinct=rng.random() < 0.1,
            supply=rng.random() < 0.2, status_explicit=rng.random() < 0.3,
        ))
        found[-1].trigger = n
    return found


def test_merging_with_the_index_gives_what_comparing_every_pair_gives() -> None:
    rng = random.Random(20261202)
    for _ in range(400):
        mentions = _random_mentions(rng)
        assert merge(copy.deepcopy(mentions)) == _reference_merge(copy.deepcopy(mentions))


# -- one deal per graph node -------------------------------------------------------------


def _deal(status: str | None, sent: int, amount: Amount | None = None) -> Deal:
    return Deal("Acquisition", (("acquirer", ACME), ("target", ZENITH)), (SENTENCES[sent],),
                status=status, amount=amount)


def test_a_deal_told_twice_gets_the_latest_stage() -> None:
    (deal,) = merge_deals([_deal("Completed", 1), _deal("Announced", 0)], "a1")
    assert deal.status == "Completed"
    assert deal.evidence == (SENTENCES[0], SENTENCES[1])


def test_a_cancellation_is_the_last_word() -> None:
    (deal,) = merge_deals([_deal("Cancelled", 0), _deal("Completed", 1), _deal(None, 2)], "a1")
    assert deal.status == "Cancelled"


def test_the_stages_rank_from_rumour_to_cancellation() -> None:
    order = ["Rumoured", "InNegotiation", "Announced", "Completed", "Cancelled"]
    for lower, higher in zip(order, order[1:], strict=False):
        (deal,) = merge_deals([_deal(higher, 0), _deal(lower, 1)], "a1")
        assert deal.status == higher


def test_the_other_prices_of_a_node_in_its_sentence_stay_as_claims() -> None:
    # two figures in the one sentence of one deal: more often a misread figure than a
    # second deal (session 12 keeps prices told in other sentences apart: see
    # tests/test_s12_multi_deals.py)
    first, claim = merge_deals([_deal("Announced", 0, usd(5)), _deal("Completed", 0, usd(9))], "a1")
    assert (first.status, first.amount) == ("Completed", usd(5))
    assert (claim.status, claim.amount, claim.roles) == (None, usd(9), first.roles)


def test_deals_with_one_party_in_different_sentences_stay_apart() -> None:
    one = Deal("Investment", (("investee", ACME),), (SENTENCES[0],), status="Completed")
    two = Deal("Investment", (("investee", ACME),), (SENTENCES[1],), status="Announced")
    assert merge_deals([one, two], "a1") == [one, two]


# -- merge:described-target ------------------------------------------------------------


def test_a_takeover_of_a_described_target_joins_the_buyers_one_named_takeover() -> None:
    # "Acme completed the acquisition of the club from Nova for $5" ... "Acme's purchase
    # of Zenith": the description is Zenith; its price, seller and stage go there
    (deal,) = merge([
        mention("Acquisition", ("acquirer", ACME), ("seller", NOVA), amount=usd(5),
                status="Completed", status_explicit=True, described_target=True),
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=3),
    ])
    assert parties(deal) == {"acquirer": {"Acme"}, "target": {"Zenith"}, "seller": {"Nova"}}
    assert (deal.amount, deal.status) == (usd(5), "Completed")
    assert "merge:described-target" in deal.rules


def test_a_described_target_with_two_named_takeovers_stays_apart() -> None:
    found = merge([
        mention("Acquisition", ("acquirer", ACME), amount=usd(5), described_target=True),
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=2),
        mention("Acquisition", ("acquirer", ACME), ("target", ORBIT), sent=3),
    ])
    assert [d.amount for d in found] == [None, None]


# -- the latest stage told -----------------------------------------------------------


def test_a_later_stage_stated_outright_wins_over_an_earlier_one() -> None:
    # "Acme agreed to buy Zenith" ... "Acme completed its acquisition of Zenith"
    told = mention("Acquisition", ("acquirer", ACME), ("target", ZENITH),
                   status="Announced", status_explicit=True)
    done = mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=2,
                   status="Completed", status_explicit=True)
    done.rules.append("status:Completed<-complete")
    (deal,) = merge([copy.deepcopy(told), done])
    assert deal.status == "Completed"
    # ... but a past tense alone ("Acme bought Zenith") may tell an older deal
    bought = mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=2,
                     status="Completed", status_explicit=True)
    bought.rules.append("status:Completed<-buy")
    (deal,) = merge([copy.deepcopy(told), bought])
    assert deal.status == "Announced"
    # and an end is the last word ("Acme abandoned its takeover of Zenith")
    ended = mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=2,
                    status="Cancelled", status_explicit=True)
    (deal,) = merge([copy.deepcopy(told), ended])
    assert deal.status == "Cancelled"


def test_an_agreement_signed_for_a_takeover_leaves_it_announced() -> None:
    # "llegó a un acuerdo para la compra de Zenith": signing is the takeover's announcement
    (deal,) = merge([
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH),
                status="Announced", status_explicit=True),
        mention("Agreement", ("partner", ACME), ("partner", ZENITH),
                status="Completed", status_explicit=True),
    ])
    assert (deal.type, deal.status) == ("Acquisition", "Announced")


def test_a_deal_referred_back_takes_a_closing_or_an_end_but_no_other_stage() -> None:
    told = mention("Acquisition", ("acquirer", ACME), ("target", ZENITH),
                   status="Announced", status_explicit=True)
    closed = mention("", sent=1, backref=True, status="Completed", status_explicit=True)
    closed.rules.append("status:Completed<-close")  # "The deal closed on Monday"
    (deal,) = merge([copy.deepcopy(told), closed])
    assert deal.status == "Completed" and "merge:stage-told-back" in deal.rules
    # a past tense that closes nothing ("The deal gave Acme a bigger share") is no stage
    said = mention("", sent=1, backref=True, status="Completed", status_explicit=True)
    said.rules.append("status:Completed<-give")
    (deal,) = merge([copy.deepcopy(told), said])
    assert deal.status == "Announced"
