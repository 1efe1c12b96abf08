"""Why gold amounts are missed and why false amounts are published, counted per set.

    python bench/amount_causes.py                      # dev and every heldout set, by halves
    python bench/amount_causes.py --sets dev heldout21

Amounts are compared as ``kg eval`` compares them (same currency, a number within 1 %;
each gold amount matched at most once). A missed gold amount, or a published amount that
matches none, is counted under the first reason that holds against the amounts left
unmatched on the other side of the same article:

- ``currency``: a number within 1 % of it, in another currency (a "$" read as the wrong
  dollar or peso, a restated amount given the original's currency);
- ``scale``: the same currency and its number times a power of ten (a scale word such as
  "millones", "crore", "bn" read wrong or not at all);
- ``near``: the same currency and a number within 10 % (a rounded or approximate figure
  told as another one);
- ``twin`` (false amounts only): its number matches a gold amount already matched (the
  same amount published twice, e.g. once as a bound and once as a value);
- ``absent``: nothing of the sort (a missed amount kg never read; a published amount that
  is no gold amount at all: not money, or money gold does not count).

The currency misses are also counted by the currencies involved ("CAD→USD 3": gold's
code, then kg's). Only counts are printed, never an article, an amount or a sentence,
so the script may be run on the halves nobody studies, as ``bench/quality.py`` and
``bench/deal_causes.py`` are. Sets and halves are those of ``bench/quality.py``
(``int(md5(id), 16) % 2``: 0 → A, 1 → B).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import DEV, LOCAL_SETS, half  # noqa: E402

from kg.evaluate import (  # noqa: E402
    TOLERANCE,
    MoneyValue,
    load_gold,
    match_amounts,
    money_matches,
    read_predictions,
    store_from_graph,
)
from kg.graph import new_graph  # noqa: E402
from kg.ingest import read_articles  # noqa: E402
from kg.nlp import Pipelines  # noqa: E402
from kg.pipeline import make_run, process  # noqa: E402

REASONS = ("currency", "scale", "near", "twin", "absent")


def _ratio_close(a: Decimal, b: Decimal, tolerance: Decimal) -> bool:
    return bool(b) and abs(a - b) <= abs(b) * tolerance


def _scaled(a: Decimal, b: Decimal) -> bool:
    """Whether ``a`` is ``b`` times a power of ten other than 1 (10⁻⁹ to 10⁹)."""
    return any(_ratio_close(a, b * Decimal(10) ** k, TOLERANCE) for k in range(-9, 10) if k)


def reason(value: MoneyValue, others: Sequence[MoneyValue], matched: Sequence[MoneyValue]) -> str:
    """The first reason (``REASONS``) that holds for an unmatched ``value`` against the
    ``others`` left unmatched on the other side and the ``matched`` gold amounts.

    >>> usd, eur = MoneyValue("USD", Decimal(5)), MoneyValue("EUR", Decimal(5))
    >>> reason(usd, [eur], [])
    'currency'
    >>> reason(usd, [MoneyValue("USD", Decimal(5000))], [])
    'scale'
    >>> reason(usd, [], [MoneyValue("USD", min_value=Decimal(5))])
    'twin'
    >>> reason(usd, [MoneyValue("USD", Decimal(9))], [])
    'absent'
    """
    pairs = [(o, a, b) for o in others for a in value.numbers for b in o.numbers]
    if any(o.currency != value.currency and _ratio_close(a, b, TOLERANCE) for o, a, b in pairs):
        return "currency"
    same = [(a, b) for o, a, b in pairs if o.currency == value.currency]
    if any(_scaled(a, b) for a, b in same):
        return "scale"
    if any(_ratio_close(a, b, Decimal("0.1")) for a, b in same):
        return "near"
    if any(money_matches(value, m) for m in matched):
        return "twin"
    return "absent"


def currency_pairs(gold: Sequence[MoneyValue], pred: Sequence[MoneyValue]) -> Counter[str]:
    """"GOLD→KG" currency codes of each missed gold amount whose number kg published in
    another currency (the ``currency`` misses, by the currencies involved)."""
    out: Counter[str] = Counter()
    for g in gold:
        other = next((p for p in pred if p.currency != g.currency and any(
            _ratio_close(a, b, TOLERANCE) for a in g.numbers for b in p.numbers)), None)
        if other is not None and not any(money_matches(p, g) for p in pred):
            out[f"{g.currency}→{other.currency}"] += 1
    return out


def article_causes(
    gold: Sequence[MoneyValue], pred: Sequence[MoneyValue]
) -> tuple[Counter[str], Counter[str]]:
    """(missed gold amounts by reason, false amounts by reason) of one article, matched
    as ``kg.evaluate`` matches them."""
    matched = match_amounts(gold, pred)
    taken = set(matched.values())
    gold_left = [g for i, g in enumerate(gold) if i not in matched]
    gold_hit = [g for i, g in enumerate(gold) if i in matched]
    pred_left = [p for i, p in enumerate(pred) if i not in taken]
    missed = Counter(reason(g, pred_left, ()) for g in gold_left)
    false = Counter(reason(p, gold_left, gold_hit) for p in pred_left)
    return missed, false


def set_causes(
    folder: Path, which: str, pipelines: Pipelines
) -> tuple[Counter, Counter, Counter, int, int]:
    """(missed by reason, false by reason, currency pairs of the currency misses, gold
    amounts, published amounts) of one half."""
    golds = [g for g in load_gold(folder) if half(g.id) == which]
    wanted = {g.id for g in golds}
    articles = [a for a in read_articles([folder]) if a.id in wanted]
    union = new_graph()
    for result in process(articles, pipelines, run=make_run()):
        for triple in result.graph:
            union.add(triple)
    predictions = read_predictions(store_from_graph(union))
    missed: Counter[str] = Counter()
    false: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    n_gold = n_pred = 0
    for g in golds:
        pred = predictions[g.id].amounts if g.id in predictions else []
        m, f = article_causes(g.amounts, pred)
        missed += m
        false += f
        pairs += currency_pairs(g.amounts, pred)
        n_gold += len(g.amounts)
        n_pred += len(pred)
    return missed, false, pairs, n_gold, n_pred


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=["dev", *sorted(
        (n for n in LOCAL_SETS if n.startswith("heldout")), key=lambda n: (len(n), n))])
    args = parser.parse_args(argv)
    folders = {"dev": DEV, **LOCAL_SETS}
    unknown = [n for n in args.sets if n not in folders]
    if unknown:
        raise SystemExit(f"amount_causes: unknown set {unknown[0]!r}")
    pipelines = Pipelines()
    missed_cols = [r for r in REASONS if r != "twin"]
    print(f"{'set':14s} {'gold':>5s} {'made':>5s}  missed: "
          + " ".join(f"{r:>8s}" for r in missed_cols) + "  |  false: "
          + " ".join(f"{r:>8s}" for r in REASONS))
    for name in args.sets:
        for which in "AB":
            missed, false, pairs, n_gold, n_pred = set_causes(folders[name], which, pipelines)
            print(f"{name + ' ' + which:14s} {n_gold:5d} {n_pred:5d}          "
                  + " ".join(f"{missed[r]:8d}" for r in missed_cols) + "          "
                  + " ".join(f"{false[r]:8d}" for r in REASONS)
                  + ("   " + ", ".join(f"{k} {v}" for k, v in sorted(pairs.items()))
                     if pairs else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
