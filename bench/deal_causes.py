"""Why gold deals are missed and why false deals are made, counted per set.

    python bench/deal_causes.py                      # dev and every heldout set, by halves
    python bench/deal_causes.py --sets dev heldout12
    python bench/deal_causes.py --json

A missed gold deal is counted under the first reason that holds:

- ``taken``: a deal kg made matches it, but the greedy matching gave that deal to
  another gold deal first (kg read it, merged with a neighbour: not a reading miss);
- ``entity``: fewer than min(2, its parties) of its parties were found as entities;
- ``apart``: its parties found are never named in one sentence (a pronoun, "the
  company", a left-out subject or the headline stands for one of them);
- ``no trigger``: some sentence names both, but none of those holds a deal word of
  ``lexicon/deals.toml``;
- ``unread``: a sentence names both beside a deal word, yet no rule read the deal.

A false deal (one that matches no gold deal still free) is counted as:

- ``repeat``: it matches a gold deal another deal already matched (one event split in two);
- ``one party``: it names a single party;
- ``wrong pair``: each of its parties is a party of some gold deal, never of this one;
- ``stray party``: a party of it is a party of no gold deal.

Deals are kg's deals before the graph (``doc._.kg_deals``), matched as ``kg eval``
matches them (min(2, gold parties) of the gold parties named). Only counts are
printed, never an article, a name or a sentence: the script may be run on the halves
nobody studies, as ``bench/quality.py`` is. Sets and halves are those of
``bench/quality.py`` (``int(md5(id), 16) % 2``: 0 → A, 1 → B).
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import DEV, LOCAL_SETS  # noqa: E402

from kg.deal_scorer import candidates  # noqa: E402
from kg.facts import Deal, EntityRef  # noqa: E402
from kg.nlp import Pipelines  # noqa: E402
from train.deal_scorer import Document, GoldDeal, halves, matches, process  # noqa: E402

MISSES = ("taken", "entity", "apart", "no trigger", "unread")
FALSE = ("repeat", "one party", "wrong pair", "stray party")


def sentence_index(document: Document) -> dict[EntityRef, set[int]]:
    """The sentences (by index) in which each entity of ``document`` is named."""
    starts = [s.start_char for s in document.doc.sents]
    where: dict[EntityRef, set[int]] = {}
    for entity in document.entities.values():
        for mention in entity.mentions:
            where.setdefault(entity.ref, set()).add(bisect.bisect_right(starts, mention.start) - 1)
    return where


def causes(document: Document) -> tuple[Counter[str], Counter[str], int, int]:
    """(missed gold deals by reason, false deals by reason, gold deals, deals made)."""
    free = list(range(len(document.gold)))
    taken: list[int] = []
    false: Counter[str] = Counter()
    deals = list(document.doc._.kg_deals or ())
    for deal in deals:
        hit = next((g for g in free if matches(deal, document.gold[g], document)), None)
        if hit is None:
            false[_false_reason(deal, document, taken)] += 1
        else:
            free.remove(hit)
            taken.append(hit)
    where = sentence_index(document)
    pairs = [
        (cand.sent, [document.entities[r] for r in cand.pair if r in document.entities])
        for cand in candidates(document.doc)
    ]
    missed = Counter(
        "taken" if any(matches(deal, document.gold[g], document) for deal in deals)
        else _miss_reason(document.gold[g], document, where, pairs)
        for g in free
    )
    return missed, false, len(document.gold), len(deals)


def _false_reason(deal: Deal, document: Document, taken: Sequence[int]) -> str:
    if any(matches(deal, document.gold[g], document) for g in taken):
        return "repeat"
    parties = [document.entities[ref] for _, ref in deal.roles if ref in document.entities]
    if len(parties) < 2:
        return "one party"
    if all(any(gold.has(None, e) for gold in document.gold) for e in parties):
        return "wrong pair"
    return "stray party"


def _miss_reason(
    gold: GoldDeal,
    document: Document,
    where: dict[EntityRef, set[int]],
    pairs: Sequence[tuple[int, list]],
) -> str:
    need = min(2, len(gold.roles))
    found = [e for e in document.entities.values() if gold.parties([e])]
    if gold.parties(found) < need:
        return "entity"
    together = {
        s for entity in found for s in where.get(entity.ref, ())
        if gold.parties([e for e in found if s in where.get(e.ref, ())]) >= need
    }
    if not together:
        return "apart"
    if not any(s in together and gold.parties(parties) >= need for s, parties in pairs):
        return "no trigger"
    return "unread"


def set_halves(names: Sequence[str]) -> list[tuple[str, Path, tuple[int, ...]]]:
    """(row name, folder, halves) for each set: its A and B halves."""
    folders = {"dev": DEV, **{n: p for n, p in LOCAL_SETS.items() if n.startswith("heldout")}}
    rows = []
    for name in names:
        if name not in folders:
            raise SystemExit(f"deal_causes: unknown set {name!r} (known: {', '.join(folders)})")
        rows += [(f"{name} A", folders[name], (0,)), (f"{name} B", folders[name], (1,))]
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=["dev", *sorted(
        (n for n in LOCAL_SETS if n.startswith("heldout")), key=lambda n: (len(n), n))])
    parser.add_argument("--json", action="store_true", help="one JSON object per row")
    args = parser.parse_args(argv)
    pipelines = Pipelines()
    header = f"{'set':14s} {'gold':>5s} {'made':>5s}  " + " ".join(f"{k:>10s}" for k in MISSES)
    if not args.json:
        print(header + "  |  " + " ".join(f"{k:>11s}" for k in FALSE))
    for name, folder, which in set_halves(args.sets):
        missed: Counter[str] = Counter()
        false: Counter[str] = Counter()
        gold = made = 0
        for document in process(halves(folder, which), pipelines):
            m, f, g, d = causes(document)
            missed += m
            false += f
            gold += g
            made += d
        if args.json:
            print(json.dumps({"set": name, "gold": gold, "made": made,
                              "missed": dict(missed), "false": dict(false)}))
        else:
            print(f"{name:14s} {gold:5d} {made:5d}  " + " ".join(f"{missed[k]:10d}" for k in MISSES)
                  + "  |  " + " ".join(f"{false[k]:11d}" for k in FALSE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
