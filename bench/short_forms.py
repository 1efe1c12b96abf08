"""Study kg's organisations that match no gold one, on the OPENED halves only, and mark
those that are a short form or part of another name (issue #13).

    python bench/short_forms.py                 # every opened set
    python bench/short_forms.py heldout15 orgs  # sets whose folder names one of these

For each spurious organisation it prints how it relates to another name of the same
article: ``alias`` (a name the gold gives as an alias of one of its organisations, so
kg split one company in two), ``prefix`` / ``suffix`` / ``subset`` (its words open,
close or lie inside a gold or kg name), ``acronym``, or ``extends`` (it is the longer
one). Then the totals per relation. Closed halves are never read: the opened sets
and halves are those of the session's common rules.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import (  # noqa: E402
    evaluate,
    load_gold,
    normalize_name,
    read_predictions,
    store_from_graph,
)
from kg.graph import new_graph  # noqa: E402
from kg.ingest import read_articles  # noqa: E402
from kg.nlp import Pipelines  # noqa: E402
from kg.pipeline import make_run, process  # noqa: E402

DATA = ROOT / "tests" / "data"
DEV = ROOT.parent.parent / "shared" / "eval" / "dev"  # /work/shared/eval/dev


def half(article_id: str) -> str:
    return "AB"[int(hashlib.md5(article_id.encode("utf-8")).hexdigest(), 16) % 2]


def opened_sets() -> list[tuple[Path, str]]:
    """The opened (folder, halves) pairs."""
    sets = [(DEV, "A")] if DEV.is_dir() else []
    sets += [(DATA / f"heldout{n}", "A") for n in (2, 3, 4, 5, 8, *range(10, 21))]
    sets += [(DATA / f"heldout{n}", "AB") for n in (6, 7, 9)]
    for inv in sorted((DATA / "constructions").iterdir()):
        if (inv / "study").is_dir():
            sets.append((inv / "study", "AB"))
        elif inv.is_dir():
            sets.append((inv, "A"))
    return sets


def relation(short: str, name: str) -> str | None:
    """How ``short`` relates to another ``name`` of the article, or None."""
    a, b = normalize_name(short).split(), normalize_name(name).split()
    if not a or a == b:
        return None
    if len(a) < len(b) and b[:len(a)] == a:
        return "prefix"
    if len(a) < len(b) and b[-len(a):] == a:
        return "suffix"
    if set(a) < set(b):
        return "subset"
    letters = re.sub(r"[^A-Za-z]", "", short)
    if letters.isupper() and len(letters) >= 2 and "".join(
            w[0] for w in name.split() if w[:1].isupper()).upper().startswith(letters):
        return "acronym"
    if len(a) > len(b) and a[:len(b)] == b:
        return "extends"
    return None


def main(only: list[str]) -> None:
    pipelines = Pipelines()
    totals: Counter[str] = Counter()
    for folder, halves in opened_sets():
        if only and not any(o in str(folder) for o in only):
            continue
        golds = [g for g in load_gold(folder) if half(g.id) in halves]
        wanted = {g.id for g in golds}
        union = new_graph()
        articles = [a for a in read_articles([folder]) if a.id in wanted]
        for result in process(articles, pipelines, run=make_run()):
            for triple in result.graph:
                union.add(triple)
        store = store_from_graph(union)
        preds = read_predictions(store)
        by_id = {g.id: g for g in golds}
        for score in evaluate(golds, store).articles:
            gold, pred = by_id[score.id], preds.get(score.id)
            kg_names = [p.names[0] for p in (pred.organizations if pred else []) if p.names]
            for spurious in score.spurious["organizations"]:
                totals["spurious"] += 1
                key = normalize_name(spurious)
                hits = [("alias", g.name) for g in gold.organizations if key in g.keys]
                for g in gold.organizations:
                    rel = next(filter(None, (relation(spurious, n) for n in (g.name, *g.aliases))),
                               None)
                    if rel:
                        hits.append((f"gold {rel}", g.name))
                hits += [(f"kg {rel}", n) for n in kg_names if n != spurious
                         and (rel := relation(spurious, n))]
                if hits:
                    totals[hits[0][0]] += 1
                    print(f"{score.id[:44]:44s} {spurious!r}: "
                          + "; ".join(f"{r} {n!r}" for r, n in hits))
    print(dict(totals.most_common()))


if __name__ == "__main__":
    main(sys.argv[1:])
