"""One deal published twice (session 26, repeat1, #13). Every sentence is written for
these tests, with invented companies.

- A payment for a takeover told before ("It paid $30m to Y, which had owned the
  plant") is that takeover's price and seller (kg.deals.merge, ``_fold_payment``),
  folded as the mentions are read: a later mention of another purchase by the same
  buyer, naming only the buyer ("It also signed a deal to buy power"), can no longer
  join the payment first and keep it a purchase of its own.
- A Spanish company's name less its plural noun of a trade's place, shop or agent
  (-deros, -erías, -dores, -doras: "Secaderos", "Panaderías", "Embotelladores") names
  the company when two words or more are left ("Lumbrera Alta" of "Secaderos Lumbrera
  Alta"), as "Bodegas" goes from "Bodegas X" (kg.entities.resolve, ``_trade_words``):
  a headline's short form is the same party, not a second merger.

The last tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from kg.deals.mention import Mention
from kg.deals.merge import merge
from kg.entities.resolve import _is_short_org, _org_short_forms, _plural_trade_noun
from kg.facts import Amount, EntityRef, Span

SENTENCES = [Span(s, s + len(w), w) for s, w in ((0, "Uno."), (5, "Dos."), (10, "Tres."))]
CARROW, MILLET, GREYFIELD, TAMSIN = (EntityRef("org", n) for n in (
    "Carrow", "Millet", "Greyfield", "Tamsin"))


def mention(type_: str, *roles: tuple[str, EntityRef], sent: int, frame: str,
            **kw: object) -> Mention:
    m = Mention(type=type_, roles=list(roles), sent=sent, evidence=SENTENCES[sent],
                trigger=sent * 10, status="Completed", rules=[frame])
    for name, value in kw.items():
        setattr(m, name, value)
    return m


def usd(value: int) -> Amount:
    return Amount(Span(0, 3, "$"), "USD", value=Decimal(value))


# ---------------------------------------------------------------- a payment, then a purchase

TAKEOVER = ("Acquisition", ("target", MILLET), ("acquirer", CARROW))
PAYMENT = ("PurchaseAgreement", ("buyer", CARROW), ("seller", GREYFIELD))


def test_a_payment_to_the_owner_stays_the_takeovers_when_another_purchase_follows() -> None:
    # "Carrow closed its purchase of Millet. It paid $30m to Greyfield, which had owned
    # the plant. It has also signed a deal to buy power" (the seller of the power unnamed)
    deals = merge([
        mention(*TAKEOVER, sent=0, frame="frame:acquire_n(purchase)"),
        mention(*PAYMENT, sent=1, frame="frame:pay_v(pay)", amount=usd(30_000_000)),
        mention("PurchaseAgreement", ("buyer", CARROW), sent=2, frame="frame:acquire_v(buy)"),
    ])
    assert len(deals) == 1
    (deal,) = deals
    assert deal.type == "Acquisition"
    assert dict((r, x) for r, x in deal.roles) == {
        "target": MILLET, "acquirer": CARROW, "seller": GREYFIELD}
    assert deal.amount is not None and deal.amount.value == 30_000_000
    assert "merge:payment-to-seller" in deal.rules


def test_a_later_purchase_with_both_its_parties_stays_a_deal_of_its_own() -> None:
    # "... It also signed a deal to buy power from Tamsin": another purchase
    deals = merge([
        mention(*TAKEOVER, sent=0, frame="frame:acquire_n(purchase)"),
        mention(*PAYMENT, sent=1, frame="frame:pay_v(pay)", amount=usd(30_000_000)),
        mention("PurchaseAgreement", ("buyer", CARROW), ("seller", TAMSIN), sent=2,
                frame="frame:acquire_v(buy)"),
    ])
    assert [d.type for d in deals] == ["Acquisition", "PurchaseAgreement"]
    assert {x for _, x in deals[1].roles} == {CARROW, TAMSIN}


def test_a_payment_for_no_takeover_told_stays_a_purchase() -> None:
    # "Carrow paid $30m to Greyfield for its boilers": nothing bought before
    deals = merge([mention(*PAYMENT, sent=0, frame="frame:pay_v(pay)", amount=usd(30_000_000))])
    assert [d.type for d in deals] == ["PurchaseAgreement"]


# ---------------------------------------------------------------- a trade noun left out


@pytest.mark.parametrize("word, trade", [
    ("secaderos", True), ("aserraderos", True), ("panaderias", True),
    ("embotelladores", True), ("distribuidoras", True),
    ("carlos", False), ("hermanos", False), ("herreros", False), ("socios", False),
])
def test_plural_nouns_of_a_trades_place_shop_or_agent(word: str, trade: bool) -> None:
    assert _plural_trade_noun(word) is trade


def test_a_name_less_its_plural_trade_noun_names_the_company() -> None:
    assert _is_short_org(["lumbrera", "alta"], ["secaderos", "lumbrera", "alta"], lang="es")
    assert "Lumbrera Alta" in set(_org_short_forms(
        ["Secaderos", "Lumbrera", "Alta"], lang="es"))


def test_one_word_left_is_not_enough() -> None:
    # "Aserraderos Tornel": "Tornel" alone may be a place or a family
    assert not _is_short_org(["tornel"], ["aserraderos", "tornel"], lang="es")


def test_outside_spanish_the_first_word_stays() -> None:
    assert not _is_short_org(["lumbrera", "alta"], ["secaderos", "lumbrera", "alta"], lang="en")


@pytest.mark.model
def test_a_headlines_short_form_is_the_same_partner(es: Language) -> None:
    text = ("Secaderos Lumbrera Alta y Cárnicas Osera anunciaron su fusión en 2010. "
            "Dos años después, Osera y Lumbrera Alta rompieron su fusión.")
    deals = es(text)._.kg_deals
    assert len(deals) == 1
    assert {x.name for _, x in deals[0].roles} == {"Secaderos Lumbrera Alta", "Cárnicas Osera"}
    assert deals[0].status == "Cancelled"


@pytest.mark.model
def test_a_payment_to_the_seller_is_the_takeovers_price(en: Language) -> None:
    text = ("Ontario box maker Carrow Packaging Inc. completed its takeover of the Millet Creek "
            "Board Company on Monday. It paid 30 million dollars to the Boston investment "
            "firm Greyfield Partners, which had owned the plant since 2018. Carrow has "
            "also agreed a five-year deal to buy power from the gas plant across the road, "
            "operated by Tamsin Energy.")
    deals = en(text)._.kg_deals
    assert [d.type for d in deals] == ["Acquisition"]
    roles = {r: x.name for r, x in deals[0].roles}
    assert roles["seller"] == "Greyfield Partners"
    assert deals[0].amount is not None and deals[0].amount.value == 30_000_000
