"""kg's deals on the inventories of deal constructions (tests/data/constructions/es, es2,
es3, robust_es, robust2_es, stacked_es, en, en2, robust_en, robust2_en, stacked_en, and bg,
multi, status, lexical, lexical2, names3, names4, retold, award_robust, apart_robust,
failed_robust, twodeals, briefs, voices, later, copular, tenders, longread, rounds, winners,
owners, sectors, nodeal, forms, described, unread, persons, firstperson, orgs3, paymoney
and parties in both languages; each folder's README says what its items vary and how they
were written).

Every item was written, with its gold file, before kg was run on it; items whose
``int(md5(id), 16) % 2 == 0`` were studied (their misses read and fixed as classes, in
tests/test_deals_{es,en}_constructions*.py, tests/test_es3_party_names.py and
tests/test_background_deals.py, tests/test_s12_multi_deals.py, tests/test_s15_lexical.py,
tests/test_s15_wordings.py, tests/test_s29_robust_en.py, tests/test_s29_robust2_en.py,
tests/test_s29_robust2_es.py, tests/test_s29_apart.py, tests/test_s29_failed.py,
tests/test_s30_twodeals.py, tests/test_s30_briefs.py, tests/test_s30_voices.py,
tests/test_s30_stacked_en.py, tests/test_s30_stacked_es.py, tests/test_s30_names4.py,
tests/test_s30_later.py, tests/test_s30_copular.py, tests/test_s30_tenders.py,
tests/test_s31_longread.py, tests/test_s31_rounds.py, tests/test_s31_winners.py,
tests/test_s31_owners.py, tests/test_s31_sectors.py, tests/test_s31_nodeal.py,
tests/test_s32_forms.py, tests/test_s32_described.py, tests/test_s32_unread.py,
tests/test_s32_persons.py, tests/test_s32_firstperson.py, tests/test_s32_orgs3.py,
tests/test_s32_pay2.py, tests/test_s33_parties.py, tests/test_s33_wire.py,
tests/test_s33_nonpersons.py), the others
scored as totals only (``make quality`` prints both halves). The floors sit a little under
the figures kg reaches on each whole inventory, so that a regression fails here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from kg.evaluate import load_gold
from tests.inventories import INVENTORIES, payload


@dataclass(frozen=True)
class Inventory:
    lang: str  # its language, or its languages separated by a space ("es en")
    items: int  # how many items it holds (at least, for "es")
    without_deal: tuple[int, int]  # how many report no deal: (at least, at most)
    f1: dict[str, float] = field(default_factory=dict)  # F1 floor per fact kind
    accuracy: dict[str, float] = field(default_factory=dict)  # on matched deals


FLOORS = {
    "es": Inventory("es", 50, (4, 56), {"deals": 0.82},
                    {"type": 0.93, "roles": 0.93, "status": 0.93}),
    "es2": Inventory("es", 30, (1, 32), {"deals": 0.88, "organizations": 0.95},
                     {"type": 0.96, "roles": 0.96, "status": 0.88}),
    "es3": Inventory("es", 43, (0, 0), {"deals": 0.86, "organizations": 0.92},
                     {"type": 0.96, "roles": 0.94, "status": 0.94}),
    "en": Inventory("en", 114, (8, 12), {"organizations": 0.93, "amounts": 0.97, "deals": 0.91},
                    {"type": 0.96, "roles": 0.96, "status": 0.94}),
    "en2": Inventory("en", 32, (1, 1), {"organizations": 0.93, "amounts": 0.94, "deals": 0.80},
                     {"type": 0.96, "roles": 0.96, "status": 0.88}),
    "bg": Inventory("es en", 40, (2, 2), {"organizations": 0.89, "amounts": 0.96, "deals": 0.75},
                    {"type": 0.96, "roles": 0.96, "status": 0.90}),
    "multi": Inventory("es en", 40, (0, 0), {"organizations": 0.93, "amounts": 0.97,
                                             "deals": 0.80},
                       {"type": 0.96, "roles": 0.92, "status": 0.95}),
    "status": Inventory("es en", 40, (0, 0), {"organizations": 0.93, "amounts": 0.95,
                                              "deals": 0.82},
                        {"type": 0.97, "roles": 0.97, "status": 0.95}),
    "lexical": Inventory("es en", 40, (0, 0), {"organizations": 0.93, "amounts": 0.95,
                                               "deals": 0.86},
                         {"type": 0.96, "roles": 0.96, "status": 0.95}),
    "lexical2": Inventory("es en", 60, (4, 4), {"organizations": 0.96, "amounts": 0.97,
                                                "deals": 0.82},
                          {"type": 0.95, "roles": 0.95, "amount": 0.90, "status": 0.90}),
    "names3": Inventory("es en", 40, (0, 0), {"organizations": 0.89, "people": 0.93,
                                              "amounts": 0.96, "deals": 0.90},
                        {"type": 0.97, "roles": 0.97, "amount": 0.85, "status": 0.90}),
    "robust_en": Inventory("en", 100, (8, 8), {"organizations": 0.96, "amounts": 0.98,
                                               "deals": 0.94},
                           {"type": 0.97, "roles": 0.97, "amount": 0.98, "status": 0.97}),
    "retold": Inventory("es en", 40, (0, 0), {"organizations": 0.95, "amounts": 0.97,
                                              "deals": 0.92},
                        {"type": 0.95, "roles": 0.95, "status": 0.82}),
    "robust_es": Inventory("es", 97, (8, 8), {"organizations": 0.94, "amounts": 0.98,
                                              "deals": 0.94},
                           {"type": 0.98, "roles": 0.98, "amount": 0.95, "status": 0.97}),
    "robust2_en": Inventory("en", 54, (6, 6), {"organizations": 0.96, "amounts": 0.98,
                                               "deals": 0.88},
                            {"type": 0.97, "roles": 0.97, "amount": 0.93, "status": 0.88}),
    "robust2_es": Inventory("es", 61, (6, 6), {"organizations": 0.93, "amounts": 0.98,
                                               "deals": 0.84},
                            {"type": 0.96, "roles": 0.91, "amount": 0.98, "status": 0.93}),
    "award_robust": Inventory("es en", 62, (8, 8), {"organizations": 0.90, "amounts": 0.98,
                                                    "deals": 0.69},
                              {"type": 0.98, "roles": 0.91, "amount": 0.91, "status": 0.94}),
    "apart_robust": Inventory("es en", 60, (2, 2), {"organizations": 0.95, "amounts": 0.98,
                                                    "deals": 0.78},
                              {"type": 0.98, "roles": 0.98, "amount": 0.98, "status": 0.97}),
    "failed_robust": Inventory("es en", 42, (4, 4), {"organizations": 0.97, "amounts": 0.98,
                                                     "deals": 0.95},
                               {"type": 0.98, "roles": 0.98, "amount": 0.98, "status": 0.87}),
    "twodeals": Inventory("es en", 50, (4, 4), {"organizations": 0.96, "amounts": 0.98,
                                                "deals": 0.93},
                          {"type": 0.98, "roles": 0.98, "amount": 0.96, "status": 0.97}),
    "briefs": Inventory("es en", 50, (8, 8), {"organizations": 0.94, "amounts": 0.96,
                                              "deals": 0.90},
                        {"type": 0.96, "roles": 0.94, "amount": 0.94, "status": 0.84}),
    "voices": Inventory("es en", 50, (10, 10), {"organizations": 0.96, "people": 0.93,
                                                "amounts": 0.98, "deals": 0.94},
                        {"type": 0.97, "roles": 0.97, "amount": 0.95, "status": 0.82}),
    "stacked_en": Inventory("en", 70, (6, 6), {"organizations": 0.95, "amounts": 0.98,
                                               "deals": 0.89},
                            {"type": 0.98, "roles": 0.96, "amount": 0.98, "status": 0.98}),
    "stacked_es": Inventory("es", 63, (5, 5), {"organizations": 0.91, "amounts": 0.98,
                                               "deals": 0.80},
                            {"type": 0.98, "roles": 0.98, "amount": 0.95, "status": 0.89}),
    "names4": Inventory("es en", 50, (0, 0), {"organizations": 0.95, "people": 0.97,
                                              "amounts": 0.98, "deals": 0.92},
                        {"type": 0.97, "roles": 0.97, "amount": 0.97, "status": 0.93}),
    "later": Inventory("es en", 40, (4, 4), {"organizations": 0.97, "amounts": 0.96,
                                             "deals": 0.92},
                       {"type": 0.98, "roles": 0.98, "amount": 0.91, "status": 0.97}),
    "copular": Inventory("es en", 38, (6, 6), {"organizations": 0.97, "amounts": 0.92,
                                               "deals": 0.43},
                         {"type": 0.78, "roles": 0.78, "amount": 0.88, "status": 0.98}),
    "tenders": Inventory("es en", 31, (5, 5), {"organizations": 0.89, "amounts": 0.98,
                                               "deals": 0.43},
                         {"type": 0.98, "roles": 0.98, "amount": 0.72, "status": 0.98}),
    "longread": Inventory("es en", 22, (2, 2), {"organizations": 0.94, "people": 0.95,
                                                "amounts": 0.96, "deals": 0.86},
                          {"type": 0.98, "roles": 0.94, "amount": 0.94, "status": 0.94}),
    "rounds": Inventory("es en", 50, (6, 6), {"organizations": 0.97, "people": 0.80,
                                              "amounts": 0.98, "deals": 0.90},
                        {"type": 0.98, "roles": 0.98, "amount": 0.93, "status": 0.98}),
    "winners": Inventory("es en", 43, (7, 7), {"organizations": 0.95, "amounts": 0.98,
                                               "deals": 0.55},
                         {"type": 0.98, "roles": 0.98, "amount": 0.98, "status": 0.90}),
    "owners": Inventory("es en", 44, (8, 8), {"organizations": 0.93, "people": 0.70,
                                              "amounts": 0.98, "deals": 0.50},
                        {"type": 0.90, "roles": 0.90, "amount": 0.83, "status": 0.98}),
    # (session 43: the retyper's runs match one more deal, of the wrong type and roles:
    # 21 and 20 right of 27 matched, as of 26 before, so those two floors moved down)
    "sectors": Inventory("es en", 65, (9, 9), {"organizations": 0.89, "amounts": 0.98,
                                               "deals": 0.56},
                         {"type": 0.77, "roles": 0.73, "amount": 0.89, "status": 0.76}),
    # mostly items with no deal: its deals floor is set by precision
    "nodeal": Inventory("es en", 50, (38, 38), {"organizations": 0.96, "amounts": 0.98,
                                                "deals": 0.68},
                        {"type": 0.98, "roles": 0.98, "amount": 0.98, "status": 0.98}),
    "forms": Inventory("es en", 39, (6, 6), {"organizations": 0.90, "amounts": 0.98,
                                             "deals": 0.85},
                       {"type": 0.98, "roles": 0.98, "amount": 0.85, "status": 0.95}),
    "described": Inventory("es en", 40, (4, 4), {"organizations": 0.94, "amounts": 0.98,
                                                 "deals": 0.90},
                           {"type": 0.98, "roles": 0.98, "amount": 0.91, "status": 0.94}),
    "unread": Inventory("es en", 44, (8, 8), {"organizations": 0.91, "amounts": 0.98,
                                              "deals": 0.89},
                        {"type": 0.98, "roles": 0.98, "amount": 0.98, "status": 0.94}),
    # whole short articles dense in people and person-like names (session 32)
    "persons": Inventory("es en", 30, (0, 0), {"organizations": 0.91, "people": 0.96,
                                               "amounts": 0.98, "deals": 0.88},
                         {"type": 0.94, "roles": 0.90, "amount": 0.90, "status": 0.98}),
    "firstperson": Inventory("es en", 42, (6, 6), {"organizations": 0.94, "people": 0.89,
                                                   "amounts": 0.98, "deals": 0.67},
                             {"type": 0.93, "roles": 0.86, "amount": 0.95, "status": 0.82}),
    "orgs3": Inventory("es en", 30, (0, 0), {"organizations": 0.88, "people": 0.96,
                                             "amounts": 0.98, "deals": 0.77},
                       # roles 0.96 (session 34): a coordination agreeing with a
                       # singular verb read as one name lets one more deal match, its
                       # roles wrong (deals F1 up)
                       {"type": 0.98, "roles": 0.96, "amount": 0.98, "status": 0.98}),
    # verbs of spending or putting money, and their near-misses (session 32)
    "paymoney": Inventory("es en", 24, (8, 8), {"organizations": 0.93, "amounts": 0.98,
                                                "deals": 0.91},
                          {"type": 0.98, "roles": 0.98, "amount": 0.98, "status": 0.98}),
    "parties": Inventory("es en", 40, (0, 0), {"organizations": 0.93, "amounts": 0.97,
                                               "deals": 0.88},
                         {"type": 0.97, "roles": 0.97, "amount": 0.97, "status": 0.97}),
    # short wire news as agencies write it: dateline, lead, advisers, share price (session 33)
    "wire": Inventory("es en", 40, (0, 0), {"organizations": 0.95, "people": 0.88,
                                            "amounts": 0.98, "deals": 0.89},
                      {"type": 0.96, "roles": 0.96, "amount": 0.86, "status": 0.92}),
    # names that look like people's and are not, beside real people (session 33)
    "nonpersons": Inventory("es en", 40, (0, 0), {"organizations": 0.84, "people": 0.93,
                                                  "amounts": 0.97, "deals": 0.86},
                            {"type": 0.97, "roles": 0.97, "amount": 0.95, "status": 0.83}),
    # the genres news comes in: minutes, notes, listings, captions, results (session 36)
    "genres": Inventory("es en", 40, (0, 0), {"organizations": 0.82, "people": 0.94,
                                              "amounts": 0.97, "deals": 0.72},
                        {"type": 0.94, "roles": 0.82, "amount": 0.94, "status": 0.86}),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_inventory_is_in_its_languages_with_items_without_a_deal(name: str) -> None:
    inventory = FLOORS[name]
    golds = load_gold(INVENTORIES / name)
    assert len(golds) >= inventory.items
    assert {g.lang for g in golds} == set(inventory.lang.split())
    low, high = inventory.without_deal
    assert low <= sum(not g.deals for g in golds) <= high
    for gold in golds:
        head = (INVENTORIES / name / f"{gold.id}.txt").read_text(encoding="utf-8")
        assert f"# lang: {gold.lang}" in head.split("\n\n", 1)[0]


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_every_item_is_extracted(name: str) -> None:
    articles = payload(name)["articles"]
    assert len(articles) == len(load_gold(INVENTORIES / name))
    assert all(article["in_graph"] for article in articles)


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "kind"), [(n, k) for n, inv in sorted(FLOORS.items()) for k in sorted(inv.f1)]
)
def test_inventory_f1_stays_above_its_floor(name: str, kind: str) -> None:
    figures = payload(name)["kinds"][kind]
    assert figures["f1"] >= FLOORS[name].f1[kind], f"{name} {kind}: {figures}"


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "attribute"),
    [(n, a) for n, inv in sorted(FLOORS.items()) for a in sorted(inv.accuracy)],
)
def test_matched_deal_accuracy_stays_above_its_floor(name: str, attribute: str) -> None:
    figures = payload(name)["deal_accuracy"][attribute]
    assert figures["accuracy"] >= FLOORS[name].accuracy[attribute], (
        f"{name} {attribute}: {figures}"
    )
