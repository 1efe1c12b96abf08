"""Session 29, one deal told many times (issue #13, inventory tests/data/constructions/retold).

- A price told with the debt taken on ("$4.6 billion including debt", "2.150 millones
  incluida la deuda", "an enterprise value of") is marked ``with_debt`` (kg.money).
- One takeover's price told two ways is one price, not two deals (kg.deals.merge
  ._restated): a bound and a figure within it ("more than $10bn" ... "$10.3 billion"),
  a rounded figure and the exact one within 5 % ("£200 million" ... "£205 million"),
  the price and the larger price with debt. Rounds and contracts keep their figures
  apart, as before.
- One event between two companies told as two kinds of deal, or both ways round, is one
  deal (kg.deals.merge._one_event): a merger and a takeover of its two companies, a
  merger and its tie-up, a takeover and the buyer's investment in its target, a takeover
  told once the wrong way round. The first told keeps its kind; a merger beats a tie-up.
- An acronym spells a name less the article that opens it ("The National Grain
  Cooperative" ... "NGC"; kg.entities.resolve).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from kg.deals.merge import merge, merge_deals
from kg.facts import Amount, Span
from kg.money import find_money
from tests.test_deal_merge import ACME, NOVA, ORBIT, ZENITH, mention, usd
from tests.test_s22_lead import deals, names

# -- a price told with its debt ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The deal values Quell at $4.6 billion including debt.", "en"),
        ("The offer is worth $780 million, including net debt.", "en"),
        ("Tarrow agreed an enterprise value of $2.3 billion for the unit.", "en"),
        ("La operación asciende a 2.150 millones de euros incluida la deuda.", "es"),
        ("La compra valora la empresa en 640 millones de euros (deuda incluida).", "es"),
    ],
)
def test_a_price_told_with_its_debt_is_marked(text: str, lang: str) -> None:
    amounts, _ = find_money(text, lang)
    assert [a.with_debt for a in amounts] == [True]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Halden will pay $4.2 billion in cash and take on the debt.", "en"),
        ("Velmora pagará 500 millones de euros y asumirá 200 millones de euros de deuda.", "es"),
    ],
)
def test_a_price_and_a_debt_beside_it_are_not_marked(text: str, lang: str) -> None:
    amounts, _ = find_money(text, lang)
    assert amounts and not any(a.with_debt for a in amounts)


# -- one takeover's price told two ways ----------------------------------------------------


def bound(low: int | None = None, high: int | None = None) -> Amount:
    return Amount(Span(0, 3, "$"), "USD", min_value=Decimal(low) if low else None,
                  max_value=Decimal(high) if high else None)


def with_debt(value: int) -> Amount:
    return Amount(Span(0, 3, "$"), "USD", value=Decimal(value), with_debt=True)


def takeovers(first: Amount, second: Amount, kind: str = "Acquisition") -> int:
    roles = (("acquirer", ACME), ("target", ZENITH)) if kind == "Acquisition" else \
        (("investor", ACME), ("investee", ZENITH))
    return len(merge([mention(kind, *roles, sent=0, amount=first),
                      mention(kind, *roles, sent=2, amount=second)]))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (bound(low=10_000_000_000), usd(10_300_000_000)),  # "more than $10bn"
        (usd(700_000_000), bound(high=900_000_000)),  # "up to $900 million"
        (usd(10_000_000_000), usd(10_300_000_000)),  # a headline's round figure
        (usd(200_000_000), usd(205_000_000)),
        (usd(4_200_000_000), with_debt(4_600_000_000)),  # "... including debt"
    ],
)
def test_one_takeovers_price_told_two_ways_is_one_deal(first: Amount, second: Amount) -> None:
    assert takeovers(first, second) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (usd(4_200_000_000), usd(4_600_000_000)),  # two exact prices, no debt said
        (usd(10_000_000), usd(12_000_000)),  # more than 5 % apart
        (bound(low=10_000_000_000), usd(9_000_000_000)),  # outside the bound
        (usd(4_600_000_000), with_debt(4_200_000_000)),  # the debt makes it larger
    ],
)
def test_two_prices_of_two_takeovers_stay_apart(first: Amount, second: Amount) -> None:
    assert takeovers(first, second) == 2


def test_two_rounds_keep_their_figures_apart() -> None:
    # A company raises again from the same backers: a round is no takeover.
    assert takeovers(usd(10_000_000), usd(10_300_000), kind="Investment") == 2


def test_the_exact_price_replaces_the_bound_a_headline_told() -> None:
    (deal,) = merge([
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), amount=bound(10**10)),
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=1,
                amount=usd(10_300_000_000)),
    ])
    assert deal.amount is not None and deal.amount.value == Decimal(10_300_000_000)


def test_the_graph_keeps_one_node_for_a_price_told_two_ways() -> None:
    (a,) = merge([mention("Acquisition", ("acquirer", ACME), ("target", ZENITH),
                          amount=bound(10**10))])
    (b,) = merge([mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=3,
                          amount=usd(10_300_000_000))])
    assert len({d.apart for d in merge_deals([a, b], "a1")}) == 1


# -- one event told as two kinds, or both ways round ---------------------------------------


def one_event(*ms: object) -> list[tuple[str, frozenset[tuple[str, str]]]]:
    out = merge(list(ms))  # type: ignore[arg-type]
    return [(d.type, frozenset((r, x.name) for r, x in d.roles)) for d in out]


def test_a_merger_told_as_a_takeover_is_one_merger() -> None:
    got = one_event(
        mention("Merger", ("partner", ACME), ("partner", ZENITH)),
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=1),
    )
    assert got == [("Merger", frozenset({("partner", "Acme"), ("partner", "Zenith")}))]


def test_a_takeover_first_told_keeps_its_kind_over_the_merger_said_later() -> None:
    got = one_event(
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH)),
        mention("Merger", ("partner", ACME), ("partner", ZENITH), sent=2),
    )
    assert [kind for kind, _ in got] == ["Acquisition"]


def test_a_tie_up_of_a_merger_is_the_merger() -> None:
    got = one_event(
        mention("Partnership", ("partner", ACME), ("partner", ZENITH)),
        mention("Merger", ("partner", ACME), ("partner", ZENITH), sent=1),
    )
    assert [kind for kind, _ in got] == ["Merger"]


def test_the_buyers_investment_in_its_target_is_the_takeover() -> None:
    got = one_event(
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), amount=usd(400)),
        mention("Investment", ("investor", ACME), ("investee", ZENITH), sent=2,
                rules=["frame:invest_n(investment)"]),
    )
    assert got == [("Acquisition", frozenset({("acquirer", "Acme"), ("target", "Zenith")}))]


def test_of_a_takeover_told_once_each_way_the_first_telling_wins() -> None:
    got = one_event(
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH)),
        mention("Acquisition", ("acquirer", ZENITH), ("target", ACME), sent=1),
    )
    assert got == [("Acquisition", frozenset({("acquirer", "Acme"), ("target", "Zenith")}))]


def test_a_takeover_told_once_the_wrong_way_round_is_one_deal() -> None:
    wrong = mention("Acquisition", ("acquirer", ZENITH), ("target", ACME))
    right = mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=1)
    again = mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=2)
    got = one_event(wrong, right, again)
    assert got == [("Acquisition", frozenset({("acquirer", "Acme"), ("target", "Zenith")}))]


def _takeover() -> object:
    return mention("Acquisition", ("acquirer", ACME), ("target", ZENITH),
                   status="Announced", status_explicit=True, amount=usd(400_000_000))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another company: the buyer's purchase beside its merger
        (mention("Merger", ("partner", ACME), ("partner", ZENITH)),
         mention("Acquisition", ("acquirer", ACME), ("target", NOVA), sent=1)),
        # two stages each told outright: an earlier investment, a takeover now
        (_takeover(), mention("Investment", ("investor", ACME), ("investee", ZENITH), sent=1,
                              status="Completed", status_explicit=True,
                              rules=["frame:invest_n(investment)"])),
        # an investment told by its verb tells an event of its own ("first invested in
        # it in 2019")
        (_takeover(), mention("Investment", ("investor", ACME), ("investee", ZENITH), sent=1,
                              rules=["frame:invest_v(invest)"])),
        # told as another deal ("a second offer")
        (_takeover(), mention("Acquisition", ("acquirer", ZENITH), ("target", ACME), sent=1,
                              distinct=True)),
        # a stake told by its noun is a part, never the takeover of the whole
        (_takeover(), mention("Investment", ("investor", ACME), ("investee", ZENITH), sent=1,
                              rules=["frame:invest_n(stake)"])),
        # the target investing in its buyer is no telling of the takeover
        (_takeover(), mention("Investment", ("investor", ZENITH), ("investee", ACME), sent=1,
                              rules=["frame:invest_n(investment)"])),
        # two different prices
        (_takeover(), mention("Acquisition", ("acquirer", ZENITH), ("target", ACME), sent=1,
                              amount=usd(900_000_000))),
    ],
)
def test_deals_of_other_kinds_or_parties_stay_apart(first: object, second: object) -> None:
    assert len(one_event(first, second)) == 2


# -- a seller guessed as the buyer of what it sells ---------------------------------------


def _sale() -> object:
    return mention("Acquisition", ("acquirer", NOVA), ("target", ZENITH), ("seller", ACME),
                   amount=usd(300_000_000))


def test_a_purchase_guessed_to_be_by_the_seller_is_the_sale() -> None:
    guessed = mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=2,
                      rules=["frame:acquire_n(compra)", "parties:topic-acquirer"])
    (deal,) = merge([_sale(), guessed])  # type: ignore[list-item]
    assert {(r, x.name) for r, x in deal.roles} == {
        ("acquirer", "Nova"), ("target", "Zenith"), ("seller", "Acme")}


@pytest.mark.parametrize(
    "bought",
    [
        # its buyer named in its clause: the seller's own earlier purchase
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=2),
        # a price of its own
        mention("Acquisition", ("acquirer", ACME), ("target", ZENITH), sent=2,
                amount=usd(90_000_000), rules=["parties:topic-acquirer"]),
    ],
)
def test_the_sellers_own_purchase_stays_apart(bought: object) -> None:
    assert len(merge([_sale(), bought])) == 2  # type: ignore[list-item]



# -- the assets of a company bought with it -------------------------------------------------


def _takeover_of_zenith() -> object:
    return mention("Acquisition", ("acquirer", NOVA), ("target", ZENITH), ("seller", ACME),
                   amount=usd(120_000_000))


def test_the_assets_of_a_target_bought_by_its_buyer_are_the_takeover() -> None:
    assets = mention("Acquisition", ("acquirer", NOVA), ("seller", ZENITH), sent=1)
    (deal,) = merge([_takeover_of_zenith(), assets])  # type: ignore[list-item]
    assert ("target", ZENITH) in deal.roles


@pytest.mark.parametrize(
    "assets",
    [
        # a price of its own: another purchase
        mention("Acquisition", ("acquirer", NOVA), ("seller", ZENITH), sent=1,
                amount=usd(40_000_000)),
        # assets of the seller, not of the target
        mention("Acquisition", ("acquirer", NOVA), ("seller", ORBIT), sent=1),
    ],
)
def test_other_assets_stay_their_own_purchase(assets: object) -> None:
    assert len(merge([_takeover_of_zenith(), assets])) == 2  # type: ignore[list-item]



# -- the whole pipeline, on sentences of our own ---------------------------------------------






def test_an_earlier_investment_told_by_its_verb_stays_apart(en: Language) -> None:
    text = ("Harrowby Motors raised its stake in the chip maker Tessel Devices to 70 percent "
            "on Monday. Harrowby Motors first invested in Tessel Devices in 2018.")
    assert len(deals(en, text)) == 2


def test_two_targets_of_one_buyer_stay_two_deals(en: Language) -> None:
    text = ("Harwick buys two chip designers\n"
            "Harwick Semiconductor has acquired Ostrava Logic for $150 million and agreed "
            "to buy Pemberly Circuits for $155 million. The Ostrava Logic deal closed on "
            "Friday.")
    assert len(deals(en, text)) == 2


def test_an_acronym_after_a_sentence_opening_article_is_the_name(en: Language) -> None:
    text = ("NGC to buy Prairie Mills\n"
            "The National Grain Cooperative has agreed to acquire flour maker Prairie "
            "Mills for $90 million. NGC expects the deal to close in June.")
    assert "NGC" not in names(en, text)


def test_an_acronym_of_other_words_stays_its_own_name(en: Language) -> None:
    text = ("The Northern Grain Board said on Monday that PMC would buy Prairie Mills. "
            "PMC expects the deal to close in June.")
    assert "PMC" in names(en, text)


def test_an_acronym_of_one_name_told_with_and_without_its_article_joins_it(
        en: Language) -> None:
    text = ("The Harlow Shipping Group said on Monday it would buy Fenwick Ports. "
            "Harlow Shipping Group expects the deal to close in June, HSG said.")
    assert "HSG" not in names(en, text)


# -- the whole pipeline, on sentences of our own: one deal ----------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the purchase by the fund described is the sale to it
        ("es", "Telmar vende su filial Cablenor a Ondas Capital\n"
         "Telmar ha vendido su filial Cablenor al fondo Ondas Capital por 300 millones "
         "de euros. La compra de Cablenor por parte del fondo se cerró el martes."),
        # the plants of the unit sold are the sale
        ("es", "Iberfruta ha acordado la venta de su negocio de zumos, Zumos Iber, a Cítricos "
         "Vega por 120 millones de euros. Cítricos Vega se hará con las dos plantas de "
         "Zumos Iber."),
        # a headline bound and the exact price are one deal
        ("en", "Marsh to buy Tolland for more than $10bn\n"
         "Marsh Industries agreed to buy Tolland Corp for $10.3 billion. "
         "The deal is worth $11.1 billion including debt, Marsh said."),
        # a merger by absorption told by its verb is one deal
        ("es", "Cordel y Bramante se fusionan\n"
         "Cordel Textil y Bramante Hilos han acordado su fusión. La integración de "
         "Cordel y Bramante creará un gigante del hilo. Cordel absorberá a Bramante "
         "mediante un canje de acciones."),
        # a takeover told as the deal of a merger is one deal
        ("en", "Bexley and Corran to merge\n"
         "Bexley Group and Corran plc agreed to merge. Under the deal, Bexley will "
         "acquire Corran in an all-share transaction valued at $3 billion."),
        # a takeover told as the buyer's investment is one deal
        ("es", "Grupo Ardal ha adquirido el 60% de Conservas Miera por 45 millones de euros. "
         "La inversión de Ardal en Miera es la mayor de su historia."),
    ],
)
def test_one_deal_told_many_ways_is_one_deal(
        request: pytest.FixtureRequest, lang: str, text: str) -> None:
    assert len(deals(request.getfixturevalue(lang), text)) == 1
