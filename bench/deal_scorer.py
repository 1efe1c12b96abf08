"""Deal figures with and without the learned deal scorer (``kg_deal_scorer``).

    python bench/deal_scorer.py            # both, side by side
    python bench/deal_scorer.py --json

    python bench/deal_scorer.py --model /tmp/other.json --side with   # another model

Rows: the dev set's halves A (the scorer's training half) and B (held out; totals only);
``tests/data/heldout`` and ``generalization`` whole; ``heldout2``, ``heldout3`` … by
halves (a half that ``train/deal_scorer.py``'s ``STUDIED_SETS`` names is studied, so the
scorer may train on it; the others are held out, totals only); and the sum of the
held-out rows' deal F1 (dev B, heldout, generalization and every half not studied), the
figure the scorer must raise to be switched on. Then the B half of every inventory under
``tests/data/constructions/`` and their mean (totals only; the scorer may train on the A
halves), and SENTiVENT M&A pairs (precision of kg's two-party acquisitions, recall of
the named gold pairs) on the half the scorer never saw (``int(md5(doc_id), 16) % 2`` is
1), on its training half (0) and on the whole file.
Each row is computed as ``bench/quality.py`` computes it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import DEV, INVENTORIES, SENTIVENT, gold_rows, inventory_rows  # noqa: E402
from spacy.language import Language  # noqa: E402

from kg.eval_events import (  # noqa: E402
    extract_documents,
    load_sentivent,
    read_acquisitions,
    score_events,
)
from kg.nlp import Pipelines  # noqa: E402
from train.deal_scorer import STUDIED_SETS  # noqa: E402

DATA = ROOT / "tests" / "data"
# Held-out sets scored by halves: those with a studied half (the scorer may train on
# it), and any newer ``heldoutN`` folder, which nobody has opened; ``heldout`` and
# ``generalization`` are scored whole.
WHOLE = ("heldout", "generalization")
HELD_OUT_SUM = "held-out deal F1 (sum)"
SCORER = "kg_deal_scorer"


@dataclass
class WithScorer(Pipelines):
    """kg's pipelines with the deal scorer switched on or off, whatever the default."""

    scorer: bool = True
    model: Path | None = None  # the scorer's model file (the shipped one by default)

    def get(self, lang: str) -> Language:
        import kg.deal_scorer  # noqa: F401  (registers the factory)

        nlp = super().get(lang)
        if self.scorer and SCORER not in nlp.pipe_names:
            config = {"model_file": str(self.model)} if self.model else {}
            nlp.add_pipe(SCORER, after="kg_deals", config=config)
        if not self.scorer and SCORER in nlp.pipe_names:
            nlp.remove_pipe(SCORER)
        return nlp


def _numbered_sets() -> list[str]:
    """``heldout2``, ``heldout3`` … in number order."""
    names = [p.name for p in DATA.glob("heldout[0-9]*") if p.name[7:].isdigit()]
    return sorted(names, key=lambda n: int(n[7:]))


def _half(doc_id: str) -> int:
    return int(hashlib.md5(doc_id.encode("utf-8")).hexdigest(), 16) % 2


def rows(scorer: bool, model: Path | None = None) -> list[dict[str, Any]]:
    pipelines = WithScorer(scorer=scorer, model=model)
    found = []
    for row in gold_rows("dev", DEV, pipelines, split=True)[:2]:
        found.append({"name": row["name"], "deals": row["kinds"]["deals"]})
    studied = {"dev A"}
    for name in (*WHOLE, *_numbered_sets()):
        folder = DATA / name
        if not folder.is_dir():
            continue
        # With split, gold_rows gives the A row, the B row and the whole set's row.
        split = name not in WHOLE
        for row in gold_rows(name, folder, pipelines, split=split)[:2 if split else 1]:
            found.append({"name": row["name"], "deals": row["kinds"]["deals"]})
        studied |= {f"{name} {'AB'[h]}" for h in STUDIED_SETS.get(name, ())}
    unseen = [r for r in found if r["name"] not in studied]
    found.append({"name": HELD_OUT_SUM, "deals": {
        "f1": round(sum(r["deals"]["f1"] for r in unseen), 3)
    }})
    held: list[dict[str, Any]] = []
    for folder in sorted(INVENTORIES.glob("*/")) if INVENTORIES.is_dir() else ():
        row = inventory_rows(folder, pipelines)[1]
        held.append(row)
        found.append({"name": row["name"], "deals": row["kinds"]["deals"]})
    if held:
        found.append({"name": "inv B (mean over folders)", "deals": {
            k: round(sum(r["kinds"]["deals"][k] for r in held) / len(held), 3)
            for k in ("precision", "recall", "f1")
        }})
    golds = load_sentivent(SENTIVENT)
    store, refused = extract_documents(golds, pipelines)
    predictions = read_acquisitions(store)
    for name, subset in (
        ("sentivent held-out half (1)", [g for g in golds if _half(g.id) == 1]),
        ("sentivent training half (0)", [g for g in golds if _half(g.id) == 0]),
        ("sentivent whole file", golds),
    ):
        result = score_events(subset, predictions, refused)
        data = result.to_dict()
        found.append({
            "name": name,
            "deals": {"precision": round(result.precision, 3), "recall": round(result.recall, 3)},
            "pairs": f"{data['found']}/{data['gold_pairs']} found, "
            f"{data['correct']}/{data['correct'] + data['wrong']} right",
        })
    return found


def render(before: Sequence[dict[str, Any]], after: Sequence[dict[str, Any]]) -> str:
    lines = [f"{'set':30} {'without the scorer':>26} {'with it':>26}"]
    for a, b in zip(before, after, strict=True):
        cells = [
            " ".join(f"{k[0].upper()} {v:.3f}" for k, v in row["deals"].items())
            for row in (a, b)
        ]
        lines.append(f"{a['name']:30} {cells[0]:>26} {cells[1]:>26}")
        if "pairs" in a:
            lines.append(f"{'':30} {a['pairs']:>26} {b['pairs']:>26}")
    return "\n".join(lines)


def render_one(rows_: Sequence[dict[str, Any]]) -> str:
    lines = []
    for row in rows_:
        cell = " ".join(f"{k[0].upper()} {v:.3f}" for k, v in row["deals"].items())
        lines.append(f"{row['name']:30} {cell:>26} {row.get('pairs', '')}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--model", type=Path, help="a model file (default: the shipped one)")
    parser.add_argument("--side", choices=("both", "with", "without"), default="both",
                        help="compute only the figures with or without the scorer")
    args = parser.parse_args(argv)
    before = rows(False) if args.side != "with" else []
    after = rows(True, args.model) if args.side != "without" else []
    if not before or not after:
        print(json.dumps(before or after, indent=1) if args.json else render_one(before or after))
        return 0
    if args.json:
        print(json.dumps({"without": before, "with": after}, indent=2))
    else:
        print(render(before, after))
    return 0


if __name__ == "__main__":
    sys.exit(main())
