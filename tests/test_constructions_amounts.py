"""kg's deal amounts on the two inventories of competing sums, short news items invented
for these tests, half Spanish and half English:

- ``money`` (tests/data/constructions/money): fifty items (papers of Spain, Mexico,
  Argentina, Colombia and Chile; the United States, the United Kingdom, India, Australia
  and Canada), each a deal with several figures competing for its amount: the price
  against the target's revenue, profit, market value or debt, a per-share price and
  premium, synergies and a break fee, an earlier round, the total raised, a valuation, a
  contract's annual value, an enterprise value including debt, restatements in another
  currency in brackets; amounts before the verb, in the next sentence and in headlines;
  local number styles and units (1.200 millones, 4,500 millones, 2 mil 300 millones,
  billones, mdp, mdd, UF, crore, A$, C$, US$, £1.2bn, mn); qualifiers, and vague sums
  that are not annotated.
- ``amount2`` (tests/data/constructions/amount2, issue 13): forty items of four to ten
  sentences (Peru added), each with one or two deals and at least four sums competing
  for their price: the target's revenue, profit and debt, debt assumed or refinanced,
  market values, per-share prices and premiums, an earlier round or purchase, the money
  raised so far, a fund's size, a market's size, fines, synergies, capex plans,
  restatements in another currency, a price told only in a later sentence or paragraph,
  the equity price paid against the value including debt, a round with its valuation,
  tranches, earn-outs ("up to ... if") and a contract's total against its yearly value.

The items were written before kg was run on them; the floors sit a little under the
figures kg reaches, so that a regression fails here."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kg.evaluate import GoldArticle, load_gold
from tests.inventories import INVENTORIES, payload


@dataclass(frozen=True)
class Inventory:
    """An inventory's size per language, what each item must hold, and its floors: F1
    per fact kind and accuracy per attribute of matched deals."""

    per_language: int
    deals: tuple[int, int]  # fewest and most gold deals per item
    sums: int  # fewest gold amounts per item
    priced: bool  # whether every item has a deal with an amount
    f1: dict[str, float]
    accuracy: dict[str, float]


INVENTORY_FLOORS = {
    "money": Inventory(25, (1, 99), 1, False, {"amounts": 0.96, "deals": 0.68}, {"amount": 0.9}),
    "amount2": Inventory(20, (1, 2), 4, True, {"amounts": 0.97, "deals": 0.77}, {"amount": 0.9}),
}


def _item_problem(gold: GoldArticle, inventory: Inventory) -> str | None:
    fewest, most = inventory.deals
    if not fewest <= len(gold.deals) <= most:
        return f"{len(gold.deals)} gold deals"
    if len(gold.amounts) < inventory.sums:
        return f"fewer than {inventory.sums} sums"
    if inventory.priced and all(d.amount is None for d in gold.deals):
        return "no deal amount"
    return None


@pytest.mark.parametrize("name", sorted(INVENTORY_FLOORS))
def test_the_inventory_is_half_spanish_half_english_with_deals_and_sums(name: str) -> None:
    inventory = INVENTORY_FLOORS[name]
    golds = load_gold(INVENTORIES / name)
    assert sorted(g.lang for g in golds) == (
        ["en"] * inventory.per_language + ["es"] * inventory.per_language
    )
    problems = {g.id: p for g in golds if (p := _item_problem(g, inventory))}
    assert not problems


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "kind"),
    [(n, k) for n, inv in sorted(INVENTORY_FLOORS.items()) for k in sorted(inv.f1)],
)
def test_inventory_f1_stays_above_its_floor(name: str, kind: str) -> None:
    figures = payload(name)["kinds"][kind]
    assert figures["f1"] >= INVENTORY_FLOORS[name].f1[kind], f"{kind}: {figures}"


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "attribute"),
    [(n, a) for n, inv in sorted(INVENTORY_FLOORS.items()) for a in sorted(inv.accuracy)],
)
def test_inventory_matched_deal_accuracy_stays_above_its_floor(name: str, attribute: str) -> None:
    figures = payload(name)["deal_accuracy"][attribute]
    floor = INVENTORY_FLOORS[name].accuracy[attribute]
    assert figures["accuracy"] >= floor, f"{attribute}: {figures}"
