"""Train kg's antecedent chooser (``kg/antecedent.py``) and write ``models/antecedent.json``.

Training data: the opened halves only, read by ``train/deal_scorer.py``'s readers
(which open no file of a closed half and refuse a folder nobody opened): the dev set's
half A, the A halves of the inventories under ``tests/data/constructions`` and the
studied halves of the held-out sets (``STUDIED_SETS``). A choice (a deal word's
sentence, the party it names, an entity named before in the role it leaves empty) is
positive when a gold deal of its article has both in those roles (distant
supervision).

The L2 penalty and the threshold are chosen by 5-fold cross-validation by article
(folds by md5 of the id): out of fold, each deal word keeps its best choice, each pair
its best deal word, and the threshold is the one that maximises deal F1 of the rules
plus the chooser's additions among those at which most additions are right
(``kg.deal_scorer.choose_threshold``). The final model is fitted on everything; the
fit is full-batch and seeded, so the same data and rules give the same bytes.

    make train-antecedent    # the same as:
    python train/antecedent.py --dev ../shared/eval/dev \\
        --inventories tests/data/constructions \\
        --studied tests/data/heldout2 ... tests/data/heldout20 -o models/antecedent.json

``--hold heldout14`` leaves that set's studied half out of training and prints what
the chooser trained on the rest adds there (right and wrong): the figure to read
before shipping it. ``--show 40`` logs the 40 best pairs it proposes out of fold,
right or wrong, with their sentences (the opened halves only). Rerun after any
change to ``kg/deals``: what the chooser may add depends on what the rules found.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.antecedent import Article, Choice, choices, features, to_json  # noqa: E402
from kg.deal_scorer import ScorerModel  # noqa: E402
from kg.facts import EntityRef  # noqa: E402
from kg.nlp import Pipelines  # noqa: E402
from train.deal_scorer import (  # noqa: E402
    L2_GRID,
    SEED,
    Document,
    GoldDeal,
    add_opened_arguments,
    cross_validate,
    fit_best,
    process,
    read_dev,
    read_inventories,
    read_studied,
    refuse_held_out,
    refuse_unstudied,
    rule_counts,
    write_model,
)

__all__ = ["L2_GRID", "train", "main"]  # L2_GRID: the penalties tried, one log line each


@dataclass
class Sample:
    doc: int  # index of its Document
    choice: Choice
    feats: list[str]
    label: int


def label(choice: Choice, gold: Sequence[GoldDeal], document: Document) -> int:
    """1 when a gold deal has the named party and the antecedent in their roles."""
    (r1, a), (r2, b) = choice.roles
    ea, eb = document.entities.get(a), document.entities.get(b)
    if ea is None or eb is None:
        return 0
    return int(any(g.has(r1, ea) and g.has(r2, eb) for g in gold))


def samples_of(documents: Sequence[Document]) -> list[Sample]:
    """Every choice of every document, labelled."""
    found = []
    for index, document in enumerate(documents):
        article = Article.of(document.doc)
        for choice in choices(document.doc, article):
            feats = features(document.doc, choice, article)
            found.append(Sample(index, choice, feats, label(choice, document.gold, document)))
    return found


def proposals(
    documents: Sequence[Document], samples: Sequence[Sample], probs: Sequence[float]
) -> tuple[list[tuple[float, bool, Sample]], tuple[int, int, int]]:
    """What the chooser would add at any threshold: (probability, matches a gold deal
    the rules missed, the choice's sample) for each pair it would propose (each deal
    word's best choice, each pair's best word, none the rules found), best first, and
    the rules' (tp, fp, fn)."""
    per_word: dict[tuple[int, int], tuple[float, Sample]] = {}
    for s, p in zip(samples, probs, strict=True):
        key = (s.doc, s.choice.trigger)
        if key not in per_word or p > per_word[key][0]:
            per_word[key] = (p, s)
    per_pair: dict[tuple[int, frozenset[EntityRef]], tuple[float, Sample]] = {}
    for p, s in per_word.values():
        pair_key = (s.doc, s.choice.pair)
        if pair_key not in per_pair or p > per_pair[pair_key][0]:
            per_pair[pair_key] = (p, s)
    base = [0, 0, 0]
    free: dict[int, list[int]] = {}
    rule_pairs: dict[int, set[frozenset[EntityRef]]] = {}
    for index, document in enumerate(documents):
        counts, free[index] = rule_counts(document)
        base = [x + y for x, y in zip(base, counts, strict=True)]
        rule_pairs[index] = {
            frozenset((a, b)) for d in document.doc._.kg_deals or ()
            for _, a in d.roles for _, b in d.roles if a != b
        }
    scored = []
    for (index, pair), (p, s) in sorted(per_pair.items(), key=lambda kv: (-kv[1][0], kv[0][0])):
        if pair in rule_pairs[index]:
            continue
        document = documents[index]
        entities = [document.entities[ref] for ref in pair if ref in document.entities]
        hit = next((g for g in free[index] if document.gold[g].parties(entities) >= 2), None)
        if hit is not None:
            free[index].remove(hit)
        scored.append((p, hit is not None, s))
    return scored, (base[0], base[1], base[2])


def additions(
    documents: Sequence[Document], samples: Sequence[Sample], probs: Sequence[float]
) -> tuple[list[tuple[float, bool]], tuple[int, int, int]]:
    """:func:`proposals` without the samples: what ``fit_best`` reads."""
    scored, base = proposals(documents, samples, probs)
    return [(p, good) for p, good, _ in scored], base


def show(documents: Sequence[Document], samples: Sequence[Sample], l2: float,
         count: int, log: Callable[[str], None]) -> None:
    """Log the ``count`` best pairs the chooser proposes out of fold (5-fold, by
    article), right or wrong, with the deal word's sentence: what to read before
    changing its candidates or features. The documents are opened halves only."""
    scored, _ = proposals(documents, samples, cross_validate(documents, samples, l2))
    for p, good, s in scored[:count]:
        doc = documents[s.doc].doc
        tok = doc[s.choice.trigger]
        roles = ", ".join(f"{role}={ref.name}" for role, ref in s.choice.roles)
        log(f"{p:.2f} {'right' if good else 'wrong'} {documents[s.doc].id} "
            f"[{tok.lemma_.lower()}] {roles}\n    {tok.sent.text.strip()[:200]}")


def train(documents: Sequence[Document], samples: Sequence[Sample],
          log: Callable[[str], None], sources: str = "") -> ScorerModel:
    """Choose L2 and the threshold by cross-validation, then fit on everything."""
    model, l2, threshold, f1 = fit_best(documents, samples, additions, log, "the chooser")
    meta = {
        "trained_on": sources,
        "documents": len(documents),
        "choices": len(samples),
        "positives": sum(s.label for s in samples),
        "l2": l2,
        "cv_f1": f1,
        "seed": SEED,
    }
    return ScorerModel(model.weights, model.bias, threshold, meta)


def evaluate(model: ScorerModel, documents: Sequence[Document],
             samples: Sequence[Sample]) -> tuple[int, int, tuple[int, int, int]]:
    """(added, right, the rules' (tp, fp, fn)) of a model on documents it never saw."""
    scored, base = additions(documents, samples, [model.probability(s.feats) for s in samples])
    added = [good for p, good in scored if p >= model.threshold]
    return len(added), sum(added), base


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_opened_arguments(parser)
    parser.add_argument("--hold", metavar="SET",
                        help="a studied set left out of training and scored (e.g. heldout14)")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="log the N best pairs proposed out of fold, right or wrong")
    parser.add_argument("-o", "--output", type=Path, default=Path("models/antecedent.json"))
    args = parser.parse_args(argv)
    if args.dev is None and args.inventories is None and not args.studied:
        parser.error("give --dev, --inventories and/or --studied")
    started = time.monotonic()
    try:  # every folder checked before any is read
        for folder in args.studied:
            refuse_unstudied(folder)
        for folder in (args.dev, args.inventories):
            if folder is not None:
                refuse_held_out(folder)
    except ValueError as err:
        parser.error(str(err))
    items, held = [], []
    if args.dev is not None:
        items += read_dev(args.dev)
    if args.inventories is not None:
        items += read_inventories(args.inventories)
    for folder in args.studied:
        found = read_studied([folder])
        (held if folder.resolve().name == args.hold else items).extend(found)
    log = lambda text: print(text, file=sys.stderr)  # noqa: E731
    pipelines = Pipelines()
    documents = process(items, pipelines)
    samples = samples_of(documents)
    log(f"{len(documents)} documents, {len(samples)} choices, "
        f"{sum(s.label for s in samples)} positive")
    given = (("dev A", args.dev), ("the inventories' A halves", args.inventories))
    sources = "the opened halves: " + ", ".join(
        name for name, folder in given if folder is not None
    ) + "".join(f", {p.resolve().name}" for p in args.studied if p.resolve().name != args.hold)
    model = train(documents, samples, log, sources)
    if args.show:
        show(documents, samples, float(model.meta["l2"]), args.show, log)
    if held:
        tested = process(held, pipelines)
        added, right, (tp, fp, fn) = evaluate(model, tested, samples_of(tested))
        log(f"{args.hold}: rules tp {tp} fp {fp} fn {fn}; the chooser adds {added} deals, "
            f"{right} right")
    write_model(args.output, to_json(model), model, started, log)
    return 0


if __name__ == "__main__":
    sys.exit(main())
