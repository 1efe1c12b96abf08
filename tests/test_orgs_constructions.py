"""kg's organisations on the two organisation-typing inventories, forty short news items
each, twenty Spanish or Latin-American and twenty English, written for these tests:

- ``orgs`` (tests/data/constructions/orgs): capitalised things that are no organisations
  (products and models, brands, events and fairs, laws and programmes, indexes, places
  and buildings, job titles, currencies and tickers, nationalities, holidays, quoted
  works) beside organisations in hard forms (acronyms, short names, subsidiaries);
- ``orgs2`` (tests/data/constructions/orgs2, issue 13): denser in names that are no
  organisations (facilities, vessels, shows, competitions, committees, headline words,
  awards, hashtags) beside organisations that are hard to see (possessives, a maker after
  a model, a company named like its product).

Their gold lists organisations, people and amounts in full; deals are not annotated.
Half of each inventory's items (by md5 of the id) were studied, the other half scored
as totals only. The floors sit a little under the figures kg reaches."""

from __future__ import annotations

import pytest

from kg.evaluate import load_gold
from tests.inventories import INVENTORIES, payload

# (precision, recall) floors per inventory and kind.
FLOORS = {
    "orgs": {"organizations": (0.74, 0.87), "people": (0.80, 0.97), "amounts": (0.95, 0.95)},
    "orgs2": {"organizations": (0.75, 0.87), "people": (0.87, 0.97), "amounts": (0.95, 0.95)},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_inventory_is_twenty_spanish_and_twenty_english_items(name: str) -> None:
    golds = load_gold(INVENTORIES / name)
    assert sorted(g.lang for g in golds) == ["en"] * 20 + ["es"] * 20
    assert all(g.organizations for g in golds)


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "kind"), [(name, kind) for name in sorted(FLOORS) for kind in sorted(FLOORS[name])]
)
def test_inventory_stays_above_its_floors(name: str, kind: str) -> None:
    figures = payload(name)["kinds"][kind]
    precision, recall = FLOORS[name][kind]
    assert figures["precision"] >= precision and figures["recall"] >= recall, f"{kind}: {figures}"
