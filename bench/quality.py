"""kg's whole quality picture in one table, from one command.

    python bench/quality.py                 # every row whose data is present
    python bench/quality.py --no-conll      # skip CoNLL testb (the slowest rows)
    python bench/quality.py --json          # the figures as JSON
    make quality

Rows (each computed the way its ``kg eval`` command computes it):

- ``dev A`` / ``dev B``: ``kg eval`` on the two halves of ``../shared/eval/dev``,
  split here by ``int(md5(id).hexdigest(), 16) % 2`` (0 → A, the half studied;
  1 → B, held out), and ``dev`` on the whole set; the symlinked /work/evalA and
  /work/evalB folders are not needed. ``--dev DIR`` takes another gold folder.
- ``heldout``, ``generalization``, ``heldout2`` to ``heldout23``: ``kg eval``
  on ``tests/data/heldout``, ``tests/data/generalization`` and the unseen sets
  ``tests/data/heldout2`` to ``heldout23`` (totals only: never study their misses);
  each ``heldout*`` folder also gets ``A`` / ``B`` rows by the md5 rule below, so a
  brief can open one half of a held-out set to study and keep the other unseen.
- ``inv NAME A`` / ``inv NAME B``: each inventory under ``tests/data/constructions/``
  (short items written by the team to cover one area: Spanish and English deal
  constructions, deal amounts, organisations, people), split by the same md5 rule:
  A was studied, B only scored.

  As in ``kg eval``, every article's graph is scored; each one is also put through
  the SHACL gate, and the articles ``kg extract`` would refuse are noted.
- ``sentivent``: ``kg eval sentivent`` on
  ``../shared/data/relations/sentivent_en_deal_docs.jsonl``; its precision and recall
  stand in the ``deals`` columns (precision of kg's two-party acquisitions, recall of
  the named gold (acquirer, target) pairs).
- ``conll es`` / ``conll en``: ``kg eval ner`` (the published graph) on
  ``../shared/data/ner/{esp,eng}.testb``; ORG stands in the ``orgs`` columns and PER in
  the ``people`` columns.

Rows whose data is missing (no ``../shared``) are left out with a note.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.conll import evaluate_ner_graph, read_conll  # noqa: E402
from kg.errors import ValidationFailed  # noqa: E402
from kg.eval_events import (  # noqa: E402
    extract_documents,
    load_sentivent,
    read_acquisitions,
    score_events,
)
from kg.evaluate import (  # noqa: E402
    DEAL_ATTRIBUTES,
    KINDS,
    GoldArticle,
    evaluate,
    load_gold,
    store_from_graph,
)
from kg.graph import new_graph  # noqa: E402
from kg.ingest import read_articles  # noqa: E402
from kg.nlp import Pipelines  # noqa: E402
from kg.pipeline import make_run, process  # noqa: E402
from kg.validate import check, load_shapes  # noqa: E402

SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"
SENTIVENT = SHARED / "data" / "relations" / "sentivent_en_deal_docs.jsonl"
CONLL = {"es": SHARED / "data" / "ner" / "esp.testb", "en": SHARED / "data" / "ner" / "eng.testb"}
LOCAL_SETS = {
    "heldout": ROOT / "tests" / "data" / "heldout",
    "generalization": ROOT / "tests" / "data" / "generalization",
    "heldout2": ROOT / "tests" / "data" / "heldout2",
    "heldout3": ROOT / "tests" / "data" / "heldout3",
    "heldout4": ROOT / "tests" / "data" / "heldout4",
    "heldout5": ROOT / "tests" / "data" / "heldout5",
    "heldout6": ROOT / "tests" / "data" / "heldout6",
    "heldout7": ROOT / "tests" / "data" / "heldout7",
    "heldout8": ROOT / "tests" / "data" / "heldout8",
    "heldout9": ROOT / "tests" / "data" / "heldout9",
    "heldout10": ROOT / "tests" / "data" / "heldout10",
    "heldout11": ROOT / "tests" / "data" / "heldout11",
    "heldout12": ROOT / "tests" / "data" / "heldout12",
    "heldout13": ROOT / "tests" / "data" / "heldout13",
    "heldout14": ROOT / "tests" / "data" / "heldout14",
    "heldout15": ROOT / "tests" / "data" / "heldout15",
    "heldout16": ROOT / "tests" / "data" / "heldout16",
    "heldout17": ROOT / "tests" / "data" / "heldout17",
    "heldout18": ROOT / "tests" / "data" / "heldout18",
    "heldout19": ROOT / "tests" / "data" / "heldout19",
    "heldout20": ROOT / "tests" / "data" / "heldout20",
    "heldout21": ROOT / "tests" / "data" / "heldout21",
    "heldout22": ROOT / "tests" / "data" / "heldout22",
    "heldout23": ROOT / "tests" / "data" / "heldout23",
}
# Inventories of constructions, one folder per area (see the module docstring).
INVENTORIES = ROOT / "tests" / "data" / "constructions"

Row = dict[str, Any]  # name, n, per-kind {precision, recall, f1}, accuracy, note


def half(article_id: str) -> str:
    """``A`` (studied) or ``B`` (held out): the md5 rule of the project's dev split.

    >>> half("007_es_santander-tsb-libras-euros")  # doctest: +SKIP
    'A'
    """
    return "AB"[int(hashlib.md5(article_id.encode("utf-8")).hexdigest(), 16) % 2]


def gold_rows(name: str, gold_dir: Path, pipelines: Pipelines, *, split: bool) -> list[Row]:
    """``kg eval`` rows of a gold folder: the whole set, and its halves with ``split``."""
    golds = load_gold(gold_dir)
    wanted = {g.id for g in golds}
    articles = [a for a in read_articles([gold_dir]) if a.id in wanted]
    # Scored like `kg eval` (every article's graph), and each graph also put through
    # the SHACL gate: an article kg extract would refuse is noted.
    shapes = load_shapes()
    union = new_graph()
    refused: set[str] = set()
    for result in process(articles, pipelines, run=make_run()):
        assert result.check().graph is not None
        try:
            check(result.graph, shapes)
        except ValidationFailed:
            refused.add(result.article.id)
        for triple in result.graph:
            union.add(triple)
    store = store_from_graph(union)
    groups: list[tuple[str, Sequence[GoldArticle]]] = [(name, golds)]
    if split:
        groups = [
            (f"{name} A", [g for g in golds if half(g.id) == "A"]),
            (f"{name} B", [g for g in golds if half(g.id) == "B"]),
            *groups,
        ]
    rows = []
    for label, subset in groups:
        result = evaluate(subset, store)
        bad = sorted(g.id for g in subset if g.id in refused)
        rows.append({
            "name": label,
            "n": len(subset),
            "kinds": {k: _prf(c.precision, c.recall, c.f1) for k, c in result.counts.items()},
            "accuracy": {a: round(v.value, 3) for a, v in result.deal_accuracy.items()},
            "matched": result.deal_accuracy["type"].total,
            "note": f"{len(bad)} refused by the shapes: {', '.join(bad)}" if bad else "",
        })
    return rows


def inventory_rows(folder: Path, pipelines: Pipelines) -> list[Row]:
    """The two halves of an inventory: one folder split by md5 here, or one already
    split into ``study/`` (A) and ``held/`` (B) folders by the same rule."""
    name = f"inv {folder.name}"
    if not (folder / "study").is_dir():
        return gold_rows(name, folder, pipelines, split=True)[:2]
    return [
        {**gold_rows(name, folder / part, pipelines, split=False)[0], "name": f"{name} {half_}"}
        for part, half_ in (("study", "A"), ("held", "B"))
    ]


def sentivent_row(path: Path, pipelines: Pipelines) -> Row:
    golds = load_sentivent(path)
    store, refused = extract_documents(golds, pipelines)
    result = score_events(golds, read_acquisitions(store), refused)
    data = result.to_dict()
    note = (
        f"{data['gold_pairs']} gold pairs, {data['correct'] + data['wrong']} kg pairs judged, "
        f"{data['unjudged']} unjudged, {data['swapped']} swapped"
    )
    if refused:
        note += f", {len(refused)} docs refused by the shapes"
    return {
        "name": "sentivent",
        "n": len(golds),
        "kinds": {"deals": _prf(result.precision, result.recall, None)},
        "note": note,
    }


def conll_row(lang: str, path: Path, pipelines: Pipelines) -> Row:
    result = evaluate_ner_graph(read_conll(path), pipelines, lang, source=str(path))
    labels = result.systems["kg"].labels
    note = "ORG in orgs, PER in people (published graph)"
    if result.refused:
        note += f"; {len(result.refused)} docs refused by the shapes"
    return {
        "name": f"conll {lang}",
        "n": result.documents,
        "kinds": {
            "organizations": _prf(labels["ORG"].precision, labels["ORG"].recall, labels["ORG"].f1),
            "people": _prf(labels["PER"].precision, labels["PER"].recall, labels["PER"].f1),
        },
        "note": note,
    }


def _prf(precision: float, recall: float, f1: float | None) -> dict[str, float]:
    if f1 is None:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def render(rows: Sequence[Row], notes: Sequence[str]) -> str:
    """One plain-text table: P/R/F1 of each kind, accuracy on matched deals."""
    short = {"organizations": "orgs", "people": "people", "amounts": "amounts", "deals": "deals"}
    header = ["set", "n"]
    for kind in KINDS:
        header += [f"{short[kind]} P", "R", "F1"]
    header += [*DEAL_ATTRIBUTES, "matched"]
    lines = [header]
    for row in rows:
        cells = [row["name"], str(row["n"])]
        for kind in KINDS:
            figures = row["kinds"].get(kind)
            cells += (
                [f"{figures[m]:.3f}" for m in ("precision", "recall", "f1")]
                if figures else ["", "", ""]
            )
        accuracy = row.get("accuracy")
        cells += [f"{accuracy[a]:.3f}" if accuracy else "" for a in DEAL_ATTRIBUTES]
        cells.append(str(row["matched"]) if "matched" in row else "")
        lines.append(cells)
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    text = [
        "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                  enumerate(zip(line, widths, strict=True)))
        for line in lines
    ]
    text.insert(1, "-" * len(text[0]))
    tail = [f"{row['name']}: {row['note']}" for row in rows if row.get("note")]
    return "\n".join([*text, "", *tail, *notes])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEV, help="gold folder split in halves")
    parser.add_argument("--no-conll", action="store_true", help="skip the CoNLL testb rows")
    parser.add_argument("--no-sentivent", action="store_true", help="skip the SENTiVENT row")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    pipelines = Pipelines()
    rows: list[Row] = []
    notes: list[str] = []
    if args.dev.is_dir():
        rows += gold_rows("dev", args.dev, pipelines, split=True)
    else:
        notes.append(f"dev: {args.dev} not found, skipped")
    for name, folder in LOCAL_SETS.items():
        # Every held-out folder is also split by the md5 rule: a helper may be given
        # one half to study while the other stays totals only.
        rows += gold_rows(name, folder, pipelines, split=name.startswith("heldout"))
    for folder in sorted(INVENTORIES.glob("*/")) if INVENTORIES.is_dir() else ():
        rows += inventory_rows(folder, pipelines)
    if args.no_sentivent:
        pass
    elif SENTIVENT.exists():
        rows.append(sentivent_row(SENTIVENT, pipelines))
    else:
        notes.append(f"sentivent: {SENTIVENT} not found, skipped")
    for lang, path in CONLL.items():
        if args.no_conll:
            break
        if path.exists():
            rows.append(conll_row(lang, path, pipelines))
        else:
            notes.append(f"conll {lang}: {path} not found, skipped")
    if args.json:
        print(json.dumps({"rows": rows, "notes": notes}, ensure_ascii=False, indent=2))
    else:
        print(render(rows, notes))
        print(f"\n{time.perf_counter() - started:.0f} s; pipelines: "
              + ", ".join(f"{n} {v}" for n, v in pipelines.used()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
