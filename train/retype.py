"""Train kg's learned retyper (``kg/entities/learned.py``) and write
``models/retype.json``.

Training data: the opened halves only, read by ``train/corroborate.py``'s loader and
guards (``read_opened``: the dev set's half A, the inventories' A halves, the studied
halves of ``STUDIED_SETS``; no file of a closed half is opened), and the CoNLL
development files (``--conll``: ``testa`` only, a ``testb`` file is refused before
anything is read). Each article goes through kg's entity rules; every distinct name
that only the model typed ``LOC`` or ``MISC``, or that is a capitalised run nobody
labelled (``kg.entities.learned.unlabelled_runs``), is a sample with
``kg.entities.learned.name_features``. In the news halves it is positive when its
name is one of a gold organisation's (``kg.evaluate.normalize_name``, as ``kg eval``
matches; a short form of an organisation kg found, in parentheses after its name or
its last words, joins it: ``kg.entities.learned.defined_pairs``); in a CoNLL
document when at least half of its mentions are gold ``ORG`` spans at the same
characters.

The L2 penalty and the threshold are chosen by 5-fold cross-validation by article
(folds by md5 of the id): the threshold is the one that promotes the most right names
net of wrong ones among thresholds at which at least ``MIN_RIGHT`` of what is promoted
is right out of fold (1.0, promote none, when none does); the final model is fitted on
everything, full-batch and seeded, so the same data and rules give the same bytes.

    make train-retype   # the same as:
    python train/retype.py --dev ../shared/eval/dev \\
        --inventories tests/data/constructions \\
        --studied tests/data/heldout2 ... tests/data/heldout22 \\
        --conll ../shared/data/ner/esp.testa ../shared/data/ner/eng.testa \\
        -o models/retype.json
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.conll import document_text, group_documents, read_conll  # noqa: E402
from kg.deal_scorer import ScorerModel, fit, model_text  # noqa: E402
from kg.entities.context import Knowledge, _Cand  # noqa: E402
from kg.entities.learned import FORMAT, MIN_RIGHT, name_features, names_to_score  # noqa: E402
from kg.evaluate import GoldArticle, normalize_name  # noqa: E402
from kg.extract import article_doc  # noqa: E402
from kg.facts import Article  # noqa: E402
from kg.nlp import Pipelines  # noqa: E402
from train.corroborate import (  # noqa: E402
    conll_lang,
    cross_validate,
    read_opened,
    refuse_conll_test,
)
from train.deal_scorer import (  # noqa: E402
    SEED,
    add_opened_arguments,
    opened_sources,
    write_model,
)

__all__ = ["Recorder", "Sample", "collect", "choose", "train", "main"]

# The L2 penalties tried: the deal scorer's grid, a weaker one (few names, many
# features each) and one between.
L2_GRID = (1.0, 3.0, 5.0, 10.0, 30.0, 100.0)


@dataclass
class Sample:
    doc: str  # the article's id (its fold)
    name: str
    feats: list[str]
    spans: list[tuple[int, int]]  # the characters of its mentions
    label: int = 0


class Recorder:
    """Stands in ``kg_entities`` for a learned step (the retyper by default): records
    every name it would score, with the features ``features`` gives it."""

    def __init__(self, to_score: Callable[..., Any] = names_to_score,
                 features: Callable[..., list[str]] = name_features) -> None:
        self.found: list[tuple[str, list[str], list[tuple[int, int]]]] = []
        self.to_score, self.features = to_score, features

    def add(self, kn: Knowledge, doc: Any, chosen: list[_Cand],
            names: Mapping[str, Sequence[_Cand]], extra: Sequence[str] = ()) -> None:
        """Record ``names`` (name → its mentions), each with ``extra`` features."""
        for name, mentions in names.items():
            spans = [(doc[c.start:c.end].start_char, doc[c.start:c.end].end_char)
                     for c in mentions]
            self.found.append((name, [*self.features(kn, doc, name, mentions, chosen), *extra],
                               spans))

    def __call__(self, kn: Knowledge, doc: Any, chosen: list[_Cand]) -> list[_Cand]:
        self.add(kn, doc, chosen, self.to_score(kn, doc, chosen))
        return chosen


def collect(nlp: Any, article: Article, recorder: Recorder | None = None,
            slot: str = "retyper") -> list[Sample]:
    """The unlabelled samples of one article (kg's entity rules only): what ``recorder``
    records standing in ``kg_entities``'s ``slot``."""
    pipe = nlp.get_pipe("kg_entities")
    recorder = recorder or Recorder()
    kept = getattr(pipe, slot)
    setattr(pipe, slot, recorder)
    names = nlp.pipe_names
    later = names[names.index("kg_entities") + 1:]
    try:
        with nlp.select_pipes(disable=later):
            nlp(article_doc(nlp, article))
    finally:
        setattr(pipe, slot, kept)
    return [Sample(article.id, n, f, s) for n, f, s in recorder.found]


def news_samples(items: Sequence[tuple[Article, GoldArticle]], pipelines: Pipelines,
                 log: Callable[[str], None]) -> list[Sample]:
    """The samples of the opened news halves, labelled by their gold organisations."""
    out: list[Sample] = []
    for n, (article, gold) in enumerate(items):
        samples = collect(pipelines.get(article.lang or "en"), article)
        keys = {k for g in gold.organizations for k in g.keys}
        for s in samples:
            s.label = int(normalize_name(s.name) in keys)
            out.append(s)
        if n % 200 == 199:
            log(f"{n + 1} articles read")
    return out


def conll_samples(path: Path, pipelines: Pipelines, log: Callable[[str], None],
                  collect: Callable[[Any, Article], list[Sample]] = collect) -> list[Sample]:
    """The samples of a CoNLL development file, labelled by its gold ``ORG`` spans
    (``collect`` reads an article's: the retyper's by default)."""
    refuse_conll_test(path)
    nlp = pipelines.get(conll_lang(path))
    out: list[Sample] = []
    documents = group_documents(read_conll(path))
    for number, document in enumerate(documents, 1):
        text, offsets = document_text(document)
        orgs = {(spans[first][0], spans[end - 1][1])
                for sentence, spans in zip(document, offsets, strict=True)
                for first, end, label in sentence.spans if label == "ORG"}
        article = Article(id=f"{path.name}-{number:05d}", text=text, lang=conll_lang(path))
        for s in collect(nlp, article):
            s.label = int(2 * sum(span in orgs for span in s.spans) >= len(s.spans))
            out.append(s)
        if number % 200 == 0:
            log(f"{path.name}: {number} of {len(documents)} documents read")
    return out


def choose(labels: Sequence[int], probs: Sequence[float],
           min_right: float = MIN_RIGHT) -> tuple[float, tuple[int, int]]:
    """The threshold at or above which promoting maximises right minus wrong names,
    among thresholds at which at least ``min_right`` of the promoted are right:
    (threshold, (promoted, right)); (1.0, (0, 0)) when none does.

    >>> choose([1, 1, 0, 1], [0.9, 0.8, 0.7, 0.2])
    (0.8, (2, 2))
    """
    best = (0, 1.0, (0, 0))
    promoted = right = 0
    ordered = sorted(zip(probs, labels, strict=True), reverse=True)
    for i, (p, y) in enumerate(ordered):
        promoted, right = promoted + 1, right + y
        if i + 1 < len(ordered) and ordered[i + 1][0] >= p:
            continue  # a tie: the threshold cannot fall between them
        gain = right - (promoted - right)
        if gain > best[0] and right >= min_right * promoted:
            best = (gain, math.floor(p * 10_000) / 10_000, (promoted, right))
    return best[1], best[2]


def search_l2(samples: Sequence[Sample], log: Callable[[str], None],
              min_right: float = MIN_RIGHT, scored: Sequence[int] | None = None,
              verb: str = "promotes") -> tuple[float, float, tuple[int, int]]:
    """The L2 penalty of :data:`L2_GRID` and the threshold (:func:`choose`) whose
    out-of-fold choice gains most, judged on the samples ``scored`` (all by default):
    (l2, threshold, (promoted, right))."""
    scored = range(len(samples)) if scored is None else scored
    labels = [samples[i].label for i in scored]
    best: tuple[int, float, float, tuple[int, int]] | None = None
    for l2 in L2_GRID:
        probs = cross_validate(samples, l2)
        threshold, (promoted, right) = choose(labels, [probs[i] for i in scored], min_right)
        news = [samples[i].label for i in scored if probs[i] >= threshold
                and not samples[i].doc.startswith(("esp.", "eng."))]
        log(f"l2={l2}: threshold {threshold}: out of fold it {verb} {promoted}, "
            f"{right} right (news: {len(news)}, {sum(news)} right)")
        gain = 2 * right - promoted
        if best is None or gain > best[0]:
            best = (gain, l2, threshold, (promoted, right))
    assert best is not None
    return best[1], best[2], best[3]


def train(samples: Sequence[Sample], log: Callable[[str], None], sources: str = "",
          min_right: float = MIN_RIGHT) -> ScorerModel:
    """Choose L2 and the threshold by cross-validation, then fit on everything."""
    l2, threshold, (promoted, right) = search_l2(samples, log, min_right)
    labels = [s.label for s in samples]
    model = fit([s.feats for s in samples], labels, l2=l2, seed=SEED)
    meta = {
        "trained_on": sources,
        "names": len(samples),
        "positives": sum(labels),
        "l2": l2,
        "cv_promoted": promoted,
        "cv_right": right,
        "min_right": min_right,
        "seed": SEED,
    }
    return ScorerModel(model.weights, model.bias, threshold, meta)


def to_json(model: ScorerModel) -> str:
    """The model file's text (the deal scorer's layout, ``kg-retype/1``)."""
    return model_text(model, FORMAT)


def _samples(args: argparse.Namespace, log: Callable[[str], None]) -> list[Sample]:
    if args.samples is not None and args.samples.exists():
        return read_samples(args.samples)
    for path in args.conll:
        refuse_conll_test(path)
    items = read_opened(args.dev, args.inventories, args.studied)
    pipelines = Pipelines()
    samples = news_samples(items, pipelines, log)
    log(f"{len(items)} articles: {len(samples)} names, {sum(s.label for s in samples)} "
        "organisations")
    for path in args.conll:
        more = conll_samples(path, pipelines, log)
        log(f"{path.name}: {len(more)} names, {sum(s.label for s in more)} organisations")
        samples += more
    if args.samples is not None:
        save_samples(args.samples, samples)
    return samples


def read_samples(path: Path) -> list[Sample]:
    """The samples a training run saved (``--samples``)."""
    return [Sample(**json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()]


def save_samples(path: Path, samples: Sequence[Sample]) -> None:
    """Save ``samples``, one JSON object a line, for a later run to read instead."""
    path.write_text("".join(json.dumps(s.__dict__, ensure_ascii=False) + "\n" for s in samples),
                    encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_opened_arguments(parser, conll=True)
    parser.add_argument("--min-right", type=float, default=MIN_RIGHT,
                        help=f"least share of the promoted that must be right ({MIN_RIGHT})")
    parser.add_argument("--samples", type=Path,
                        help="a file of samples: read when present, else written")
    parser.add_argument("-o", "--output", type=Path, default=Path("models/retype.json"))
    args = parser.parse_args(argv)
    if args.dev is None and args.inventories is None and not args.studied \
            and not args.conll and args.samples is None:
        parser.error("give --dev, --inventories, --studied and/or --conll")
    started = time.monotonic()
    log = lambda text: print(text, file=sys.stderr)  # noqa: E731
    try:
        samples = _samples(args, log)
    except ValueError as err:
        parser.error(str(err))
    sources = opened_sources(args)
    model = train(samples, log, sources, args.min_right)
    write_model(args.output, to_json(model), model, started, log)
    return 0


if __name__ == "__main__":
    sys.exit(main())
