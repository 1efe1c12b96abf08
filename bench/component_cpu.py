"""CPU time of kg's own work after spaCy's model, per component and per stage, on
docs the model parsed once: for comparing two checkouts on a busy machine, where
wall-clock runs of ``bench/run.py`` say little.

    python bench/component_cpu.py --dev --examples --corpus 150 --rounds 5
    python bench/component_cpu.py --dev --profile kg_deals     # cProfile of one part

Run from a checkout's root (its ``kg`` is the one measured). Each round restores the
docs from bytes, runs kg's components (the parse repairs ``kg_sum_phrase`` and
``kg_clause_subject``, then ``kg_entities``, ``kg_money``, ``kg_deals``) one by one
over all of them, then extract, graph, the SHACL gate (in batches of 32,
as ``kg extract`` does) and N-Quads, and takes ``time.process_time`` per part; the
figure printed is each part's best round (the least disturbed by other processes).
Two checkouts are compared by running this in each, alternately.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

from spacy.tokens import Doc  # noqa: E402

from kg.deals import one_deal_per_node  # noqa: E402
from kg.extract import ARTICLE_KEY, article_doc, extract  # noqa: E402
from kg.facts import Article  # noqa: E402
from kg.graph import build_graph  # noqa: E402
from kg.ingest import read_articles  # noqa: E402
from kg.iri import article_iri  # noqa: E402
from kg.nlp import build_pipeline, pipeline_id  # noqa: E402
from kg.pipeline import make_run  # noqa: E402
from kg.rdfio import nquads  # noqa: E402
from kg.settings import corroborate_default, deal_scorer_default  # noqa: E402
from kg.validate import check_many, load_shapes  # noqa: E402

# kg's components after the model, in pipeline order: the two parse repairs, then
# entities, money and deals (kg_sentence_starts runs before the parser: the model's),
# the learned deal scorer and the corroboration of organisations when they are on.
COMPONENTS = ("kg_sum_phrase", "kg_clause_subject", "kg_entities", "kg_money", "kg_deals") \
    + (("kg_deal_scorer",) if deal_scorer_default() else ()) \
    + (("kg_corroborate",) if corroborate_default() else ())
STAGES = ("extract", "graph", "validate", "serialise")
DEV = Path("/work/shared/eval/dev")
BATCH = 32


def articles(args: argparse.Namespace) -> list[Article]:
    found: list[Article] = []
    if args.dev:
        found += read_articles(sorted(DEV.glob("*.txt")))
    if args.examples:
        found += read_articles(sorted(Path("examples").glob("*.txt")))
    if args.corpus:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from corpus import generate

        path = Path(f"/tmp/component_cpu_corpus{args.corpus}.jsonl")
        path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n"
                                for a in generate(args.corpus)), encoding="utf-8")
        found += read_articles([path])
    return found


def parsed(by_lang: dict[str, list[Article]]) -> dict[str, tuple[object, list[bytes]]]:
    """Each language's pipeline and its docs as the model left them, as bytes."""
    out = {}
    for lang, batch in by_lang.items():
        nlp = build_pipeline(lang)
        model = [n for n in nlp.pipe_names if n not in COMPONENTS]
        if [n for n in nlp.pipe_names if n in COMPONENTS] != list(COMPONENTS):
            raise SystemExit(f"kg's components are not {COMPONENTS}: {nlp.pipe_names}")
        with nlp.select_pipes(enable=model):
            docs = list(nlp.pipe(article_doc(nlp, a) for a in batch))
        out[lang] = (nlp, [d.to_bytes(exclude=["user_data"]) for d in docs])
    return out


def one_round(by_lang, pipes, shapes, run, only: str | None, profile: cProfile.Profile | None):
    times = dict.fromkeys(COMPONENTS + STAGES, 0.0)

    def timed(name: str, work: Callable[[], object]) -> object:
        on = profile is not None and (only == name)
        if on:
            profile.enable()
        if CALLGRIND:
            _callgrind("-i", "on")
        start = time.process_time()
        result = work()
        times[name] += time.process_time() - start
        if CALLGRIND:
            _callgrind("-i", "off")
            _callgrind(f"--dump={name}")
        if on:
            profile.disable()
        return result

    for lang, batch in by_lang.items():
        nlp, blobs = pipes[lang]
        pid = pipeline_id(nlp)
        docs = []
        for article, blob in zip(batch, blobs, strict=True):
            doc = Doc(nlp.vocab).from_bytes(blob)
            doc.user_data[ARTICLE_KEY] = article
            docs.append(doc)
        for name in COMPONENTS:
            proc = nlp.get_pipe(name)
            docs = timed(name, lambda proc=proc, docs=docs: [proc(d) for d in docs])
        for first in range(0, len(batch), BATCH):
            chunk = list(zip(batch[first:first + BATCH], docs[first:first + BATCH], strict=True))
            facts = timed("extract", lambda chunk=chunk, pid=pid: [
                extract(d, a, pid) for a, d in chunk])
            graphs = timed("graph", lambda facts=facts: [
                build_graph(one_deal_per_node(f), run) for f in facts])
            verdicts = timed("validate", lambda graphs=graphs: list(check_many(graphs, shapes)))
            if any(v is not None for v in verdicts):
                raise SystemExit(f"refused: {next(v for v in verdicts if v is not None)}")
            timed("serialise", lambda chunk=chunk, graphs=graphs: [
                nquads(g, article_iri(a.id)) for (a, _), g in zip(chunk, graphs, strict=True)])
    return times


# Under ``valgrind --tool=callgrind --instr-atstart=no``: instructions are counted
# only inside each timed part, and dumped per part (``--callgrind``), so that two
# checkouts can be compared by instruction counts on a busy machine.
CALLGRIND = False


def _callgrind(*args: str) -> None:
    subprocess.run(["callgrind_control", *args, str(os.getpid())], check=True,
                   stdout=subprocess.DEVNULL)


def main() -> None:
    global CALLGRIND
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", action="store_true")
    parser.add_argument("--examples", action="store_true")
    parser.add_argument("--corpus", type=int, default=0, metavar="N")
    parser.add_argument("--every", type=int, default=1, metavar="K", help="every K-th article")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", choices=COMPONENTS + STAGES)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--json", action="store_true", help="one JSON line of best times")
    parser.add_argument("--callgrind", action="store_true",
                        help="count instructions per part (run under callgrind)")
    parser.add_argument("--freeze", action="store_true", help="gc.freeze() after the warm-up")
    parser.add_argument("--dump", metavar="FILE", help="write the profile's stats to FILE")
    args = parser.parse_args()
    by_lang: dict[str, list[Article]] = {}
    for article in articles(args)[::args.every]:
        by_lang.setdefault(article.lang or "es", []).append(article)
    pipes = parsed(by_lang)
    shapes, run = load_shapes(), make_run()
    one_round(by_lang, pipes, shapes, run, None, None)  # warm-up: caches, lazy imports
    if args.freeze:
        import gc

        gc.freeze()
    profile = cProfile.Profile() if args.profile else None
    CALLGRIND = args.callgrind
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        times = one_round(by_lang, pipes, shapes, run, args.profile, profile)
        best = {k: min(v, best.get(k, v)) for k, v in times.items()}
    if args.json:
        print(json.dumps({k: round(v, 4) for k, v in best.items()}))
    else:
        docs = sum(len(b) for b in by_lang.values())
        print(f"{docs} docs, best of {args.rounds} rounds, CPU seconds")
        for name, value in best.items():
            print(f"  {name:17s} {value:8.3f}")
        print(f"  {'total':17s} {sum(best.values()):8.3f}")
    if profile is not None and args.dump:
        profile.dump_stats(args.dump)
    if profile is not None:
        pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
