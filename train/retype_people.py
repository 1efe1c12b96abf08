"""Train kg's learned check of people (``kg/entities/learned_people.py``) and write
``models/retype_people.json``.

Training data: the opened halves only (``train/corroborate.py``'s ``read_opened`` and
its guards: no file of a closed half is opened) and the CoNLL development files
(``--conll``: ``testa`` only, a ``testb`` file is refused before anything is read)
and REFinD's half A (``--refind``; ``bench/refind.py``'s halves).
Each article goes through kg's entity rules and the place retyper; every distinct name
whose mentions rest on the model's person label alone
(``kg.entities.learned_people.names_to_score``) is a sample with its
``name_features``. In the news halves it is positive when its name is one of a gold
organisation's (``kg.evaluate.normalize_name``, as ``kg eval`` matches) and negative
otherwise (a gold person, or neither); in a CoNLL document positive when at least half
of its mentions are gold ``ORG`` spans at the same characters.

The L2 penalty and the threshold are chosen as ``train/retype.py`` chooses them (5-fold
cross-validation by article, the threshold that retypes the most right names net of
wrong ones among those at which at least ``MIN_RIGHT`` is right out of fold); the final
model is fitted on everything, full-batch and seeded: the same data and rules give the
same bytes.

    make train-retype-people   # the same as:
    python train/retype_people.py --dev ../shared/eval/dev \\
        --inventories tests/data/constructions \\
        --studied tests/data/heldout2 ... tests/data/heldout22 \\
        --conll ../shared/data/ner/esp.testa ../shared/data/ner/eng.testa \\
        --refind ../shared/data/relations/refind_test_org_money_person.jsonl \\
        -o models/retype_people.json
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))  # REFinD's reader (bench/refind.py)

import refind  # noqa: E402

from kg.deal_scorer import ScorerModel, fit, model_text  # noqa: E402
from kg.entities.context import Knowledge, _Cand  # noqa: E402
from kg.entities.learned_people import (  # noqa: E402
    FORMAT,
    MIN_RIGHT,
    model_people,
    name_features,
    names_to_score,
)
from kg.evaluate import GoldArticle, normalize_name  # noqa: E402
from kg.facts import Article  # noqa: E402
from kg.nlp import Pipelines  # noqa: E402
from train import retype  # noqa: E402
from train.corroborate import read_opened, refuse_conll_test  # noqa: E402
from train.deal_scorer import (  # noqa: E402
    SEED,
    add_opened_arguments,
    opened_sources,
    write_model,
)
from train.retype import Sample  # noqa: E402

__all__ = ["RULES_ORG", "collect", "main", "to_json", "train"]

# The mark of a sample the rules already made an organisation (``model_people``): it is
# fitted on, never scored, and the threshold is chosen on the other samples only, the
# names a run scores.
RULES_ORG = "typed_by_rules"


class _Recorder(retype.Recorder):
    """Stands in ``kg_entities`` for the check of people: records every name it would
    score, and the model's person spans the rules made organisations (:data:`RULES_ORG`)."""

    def __init__(self) -> None:
        super().__init__(names_to_score, name_features)

    def __call__(self, kn: Knowledge, doc: Any, chosen: list[_Cand]) -> list[_Cand]:
        super().__call__(kn, doc, chosen)
        self.add(kn, doc, chosen, model_people(kn, doc, chosen), (RULES_ORG,))
        return chosen


def collect(nlp: Any, article: Article) -> list[Sample]:
    """The unlabelled samples of one article (kg's entity rules only)."""
    return retype.collect(nlp, article, _Recorder(), "people_retyper")


def news_samples(items: Sequence[tuple[Article, GoldArticle]], pipelines: Pipelines,
                 log: Callable[[str], None]) -> list[Sample]:
    """The samples of the opened news halves, labelled by their gold organisations."""
    out: list[Sample] = []
    people = 0
    for n, (article, gold) in enumerate(items):
        keys = {k for g in gold.organizations for k in g.keys}
        persons = {k for g in gold.people for k in g.keys}
        for s in collect(pipelines.get(article.lang or "en"), article):
            s.label = int(normalize_name(s.name) in keys)
            people += normalize_name(s.name) in persons
            out.append(s)
        if n % 200 == 199:
            log(f"{n + 1} articles read")
    log(f"news: {len(out)} names, {sum(s.label for s in out)} organisations, "
        f"{people} people, {len(out) - people - sum(s.label for s in out)} neither")
    return out


def conll_samples(path: Path, pipelines: Pipelines,
                  log: Callable[[str], None]) -> list[Sample]:
    """The samples of a CoNLL development file, labelled by its gold ``ORG`` spans."""
    return retype.conll_samples(path, pipelines, log, collect)


def refind_samples(path: Path, pipelines: Pipelines,
                   log: Callable[[str], None]) -> list[Sample]:
    """The samples of REFinD's half A (``bench/refind.py``'s reader and halves; no
    sentence of half B is run), labelled by its annotated strings: positive a gold
    organisation's, negative a gold person's; a name of neither is left out (only one
    pair of each sentence is annotated)."""
    items = refind.load_items(path.read_text(encoding="utf-8").splitlines())
    nlp = pipelines.get("en")
    out: list[Sample] = []
    for item in items:
        if refind.half(item.sentence) != "A":
            continue
        orgs = {refind.norm(g) for g in item.gold.get("ORG", ())}
        people = {refind.norm(g) for g in item.gold.get("PER", ())}
        article = Article(id=item.id, text=refind.article_text(item.sentence)[0], lang="en")
        for s in collect(nlp, article):
            key = refind.norm(s.name)
            if key in orgs or key in people:
                s.label = int(key in orgs)
                out.append(s)
    log(f"{path.name} half A: {len(out)} names, {sum(s.label for s in out)} organisations")
    return out


def train(samples: Sequence[Sample], log: Callable[[str], None], sources: str = "",
          min_right: float = MIN_RIGHT) -> ScorerModel:
    """Choose L2 and the threshold by cross-validation on the names a run scores (not
    the ones the rules typed, :data:`RULES_ORG`), then fit on everything."""
    scored = [i for i, s in enumerate(samples) if RULES_ORG not in s.feats]
    labels = [samples[i].label for i in scored]
    # The mark only selects; fitted without it, the rules' organisations teach the
    # model the words and frames of a company's name rather than a bias of their own.
    samples = [Sample(s.doc, s.name, [f for f in s.feats if f != RULES_ORG], s.spans, s.label)
               for s in samples]
    l2, threshold, (promoted, right) = retype.search_l2(samples, log, min_right, scored,
                                                         "retypes")
    model = fit([s.feats for s in samples], [s.label for s in samples], l2=l2, seed=SEED)
    meta = {"trained_on": sources, "names": len(scored), "positives": sum(labels),
            "typed_by_rules": len(samples) - len(scored), "l2": l2,
            "cv_promoted": promoted, "cv_right": right, "min_right": min_right,
            "seed": SEED}
    return ScorerModel(model.weights, model.bias, threshold, meta)


def to_json(model: ScorerModel) -> str:
    """The model file's text (the deal scorer's layout, ``kg-retype-people/1``)."""
    return model_text(model, FORMAT)


def _samples(args: argparse.Namespace, log: Callable[[str], None]) -> list[Sample]:
    if args.samples is not None and args.samples.exists():
        return retype.read_samples(args.samples)
    for path in args.conll:
        refuse_conll_test(path)
    items = read_opened(args.dev, args.inventories, args.studied)
    os.environ["KG_RETYPE_PEOPLE"] = "off"  # the recorder stands in for it
    pipelines = Pipelines()
    samples = news_samples(items, pipelines, log)
    for path in args.conll:
        more = conll_samples(path, pipelines, log)
        log(f"{path.name}: {len(more)} names, {sum(s.label for s in more)} organisations")
        samples += more
    if args.refind is not None:
        samples += refind_samples(args.refind, pipelines, log)
    if args.samples is not None:
        retype.save_samples(args.samples, samples)
    return samples


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_opened_arguments(parser, conll=True)
    parser.add_argument("--min-right", type=float, default=MIN_RIGHT,
                        help=f"least share of the retyped that must be right ({MIN_RIGHT})")
    parser.add_argument("--refind", type=Path,
                        help="REFinD's JSONL (bench/refind.py's data): its half A only")
    parser.add_argument("--samples", type=Path,
                        help="a file of samples: read when present, else written")
    parser.add_argument("-o", "--output", type=Path,
                        default=Path("models/retype_people.json"))
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
    if args.refind is not None:
        sources += ", REFinD half A"
    model = train(samples, log, sources, args.min_right)
    write_model(args.output, to_json(model), model, started, log)
    return 0


if __name__ == "__main__":
    sys.exit(main())
