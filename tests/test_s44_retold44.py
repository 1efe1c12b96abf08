"""Session 44, helper retold44 (issue #13): a deal told first by its outcome and then
as background is one deal (sentences written for these tests, names invented).

"Halden Tools has completed its $60 million acquisition of Marrow Gauges. Halden Tools
had agreed in January to buy Marrow Gauges from Crandall Partners": the background
telling, at an earlier stage and naming who sold, joins the outcome, which keeps its
status and money (``kg.deals.merge._fold_backgrounds_of_outcomes``,
merge:background-of-outcome). Another price, another year, a word of another deal
("another offer") or another party keep the two apart.
"""

from __future__ import annotations

from decimal import Decimal

from spacy.language import Language

from kg.deals.mention import Mention
from kg.deals.merge import _fold_backgrounds_of_outcomes
from kg.facts import Amount, Deal, EntityRef, Span
from tests.test_s44_repeat44 import (
    BUYER,
    OTHER,
    SELLER,
    SENTENCES,
    TARGET,
    _deals,
    _roles,
)


def _mention(status: str, *roles: tuple[str, EntityRef], sent: int = 0,
             amount: Amount | None = None, rule: str = "frame:test") -> Mention:
    return Mention(type="Acquisition", roles=list(roles), sent=sent,
                   evidence=SENTENCES[sent], trigger=sent * 10, status=status,
                   status_explicit=True, amount=amount, rules=[rule])


_CANCELLED_EN = (
    "Halden Tools Inc. has dropped its $60 million takeover of Marrow Gauges Ltd., the "
    "Ohio instrument maker, after a dispute over pension liabilities. Halden Tools had "
    "agreed in January to buy Marrow Gauges from Crandall Partners."
)

_COMPLETED_EN = (
    "Halden Tools Inc. has completed its $60 million acquisition of Marrow Gauges Ltd., "
    "the Ohio instrument maker. Halden Tools had agreed in January to buy Marrow Gauges "
    "from Crandall Partners."
)

_CANCELLED_ES = (
    "Grupo Velarde ha cancelado la compra de Conservas Arnedo por 40 millones de euros "
    "tras no lograr la autorización de Competencia. Grupo Velarde había acordado en abril "
    "comprar el 70 % de Conservas Arnedo a Inversiones Cierzo."
)

_COMPLETED_ES = (
    "Grupo Velarde ha completado la compra de Conservas Arnedo por 40 millones de euros. "
    "Grupo Velarde había acordado en abril adquirir Conservas Arnedo a Inversiones Cierzo."
)


def _one_outcome(deals: list[Deal], status: str, buyer: str, target: str,
                 seller: str) -> None:
    assert len(deals) == 1
    (deal,) = deals
    assert deal.type == "Acquisition"
    assert deal.status == status
    assert deal.amount is not None
    assert _roles(deal) == {("acquirer", buyer), ("target", target), ("seller", seller)}
    assert "merge:background-of-outcome" in deal.rules


def test_cancelled_takeover_and_its_background_are_one_en(en: Language) -> None:
    _one_outcome(_deals(en, _CANCELLED_EN), "Cancelled", "Halden Tools", "Marrow Gauges",
                 "Crandall Partners")


def test_completed_takeover_and_its_background_are_one_en(en: Language) -> None:
    _one_outcome(_deals(en, _COMPLETED_EN), "Completed", "Halden Tools", "Marrow Gauges",
                 "Crandall Partners")


def test_cancelled_takeover_and_its_background_are_one_es(es: Language) -> None:
    _one_outcome(_deals(es, _CANCELLED_ES), "Cancelled", "Grupo Velarde", "Conservas Arnedo",
                 "Inversiones Cierzo")


def test_completed_takeover_and_its_background_are_one_es(es: Language) -> None:
    _one_outcome(_deals(es, _COMPLETED_ES), "Completed", "Grupo Velarde", "Conservas Arnedo",
                 "Inversiones Cierzo")


def test_outcome_keeps_status_and_money_and_takes_the_seller() -> None:
    price = Amount(SENTENCES[0], "USD", value=Decimal(60))
    outcome = _mention("Cancelled", ("acquirer", BUYER), ("target", TARGET), amount=price)
    background = _mention("Announced", ("acquirer", BUYER), ("target", TARGET),
                          ("seller", SELLER), sent=1)
    (deal,) = _fold_backgrounds_of_outcomes([outcome, background])
    assert deal is outcome
    assert deal.status == "Cancelled" and deal.amount == price
    assert ("seller", SELLER) in deal.roles


def test_another_deal_price_year_or_party_stays_apart() -> None:
    """A word of another deal, another price, another year, another buyer, a stage no
    earlier than the outcome's, or an outcome told by a past tense alone: two deals."""
    price = Amount(SENTENCES[0], "USD", value=Decimal(60))

    def outcome() -> Mention:
        return _mention("Cancelled", ("acquirer", BUYER), ("target", TARGET), amount=price,
                        rule="status:Cancelled<-drop")

    def background(*extra: tuple[str, EntityRef], sent: int = 1) -> Mention:
        return _mention("Announced", ("target", TARGET), ("seller", SELLER), *extra, sent=sent)

    another = background(("acquirer", BUYER))
    another.distinct = True
    assert len(_fold_backgrounds_of_outcomes([outcome(), another])) == 2
    priced = background(("acquirer", BUYER))
    priced.amount = Amount(SENTENCES[1], "USD", value=Decimal(35))
    assert len(_fold_backgrounds_of_outcomes([outcome(), priced])) == 2
    dated = outcome()
    dated.evidence = Span(0, 9, "Uno 2024.")
    old = background(("acquirer", BUYER))
    old.evidence = Span(10, 19, "Dos 2019.")
    assert len(_fold_backgrounds_of_outcomes([dated, old])) == 2
    rival = background(("acquirer", OTHER))
    assert len(_fold_backgrounds_of_outcomes([outcome(), rival])) == 2
    done = background(("acquirer", BUYER))
    done.status = "Completed"
    assert len(_fold_backgrounds_of_outcomes([outcome(), done])) == 2
    bought = _mention("Completed", ("acquirer", BUYER), ("target", TARGET),
                      rule="status:Completed<-buy")
    assert len(_fold_backgrounds_of_outcomes([bought, background(("acquirer", BUYER))])) == 2


_STAKE_EN = (
    "Tarvos Capital has completed its $80 million investment in Quenby Labs, the battery "
    "start-up. Tarvos Capital had agreed in June to buy a 30% stake in Quenby Labs from "
    "Orrin Ventures."
)


def test_completed_investment_and_its_background_are_one_en(en: Language) -> None:
    deals = _deals(en, _STAKE_EN)
    assert len(deals) == 1
    (deal,) = deals
    assert deal.type == "Investment" and deal.status == "Completed"
    assert _roles(deal) == {("investor", "Tarvos Capital"), ("investee", "Quenby Labs"),
                            ("seller", "Orrin Ventures")}
    assert "merge:background-of-outcome" in deal.rules


_SHARE_FROM_OWNER_EN = (
    "Corrib Foods has scrapped its $30 million bid for Dunlin Dairies. In May, Corrib had "
    "agreed to acquire 55 percent of the company from its owner, Ruth Maher, pending "
    "approval."
)


def test_background_share_bought_from_owner_joins_cancelled_bid_en(en: Language) -> None:
    deals = _deals(en, _SHARE_FROM_OWNER_EN)
    assert len(deals) == 1
    (deal,) = deals
    assert deal.status == "Cancelled" and deal.amount is not None
    assert deal.amount.value == Decimal(30_000_000)
    assert _roles(deal) == {("acquirer", "Corrib Foods"), ("target", "Dunlin Dairies"),
                            ("seller", "Ruth Maher")}
    assert "merge:background-of-outcome" in deal.rules
