"""Per-article cost of the SHACL gate: the shapes and call as they were (pyshacl.validate
with the shapes of the last commit) against kg.validate now, on the same article graphs.

    python bench/corpus.py 200 > /tmp/c200.jsonl
    python bench/validate_bench.py /tmp/c200.jsonl

Builds the article graphs with kg's pipeline (spaCy, no validation), then validates
every graph the old way, the new way one by one, and the new way in batches of 32 (as
``kg extract`` does), checks that all give the same verdict on each, and prints
milliseconds per article (wall clock and process CPU) and the ratios.
The old shapes are read from git (``git show REV:shapes/<file>``): by default REV is
the last commit before shapes/classes.ttl (the class unions that came with the faster
shapes) was added, or HEAD if it never was; ``--rev`` names another. Run it from a
checkout of kg.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pyshacl
import rdflib

import kg.nlp
import kg.pipeline
from kg.ingest import read_articles
from kg.validate import load_shapes, validate, validate_many

ROOT = Path(__file__).resolve().parent.parent
BATCH = 32  # articles per batch in kg extract


def baseline_rev() -> str:
    """The commit just before shapes/classes.ttl was added (HEAD if it never was)."""
    added = _git("log", "--diff-filter=A", "--format=%H", "--", "shapes/classes.ttl").split()
    return f"{added[-1]}^" if added else "HEAD"


def old_shapes(rev: str) -> rdflib.Graph:
    """The shapes as they were at ``rev``: every shapes/*.ttl that git has there."""
    listing = _git("ls-tree", "--name-only", rev, "shapes/")
    names = [n for n in listing.splitlines() if n.endswith(".ttl")]
    if not names:
        sys.exit(f"no shapes/*.ttl at {rev}")
    graph = rdflib.Graph()
    for name in names:
        graph.parse(data=_git("show", f"{rev}:{name}"), format="turtle")
    return graph


def _default_store_copy(graph: rdflib.Graph) -> rdflib.Graph:
    copy = rdflib.Graph()
    for triple in graph:
        copy.add(triple)
    return copy


def old_validate(graph: rdflib.Graph, shapes: rdflib.Graph) -> bool:
    """The call kg.validate made before: one pyshacl.validate per graph."""
    conforms, _, _ = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
        inplace=True,
    )
    return bool(conforms)


def new_validate(graph: rdflib.Graph, shapes: rdflib.Graph) -> bool:
    return not any(v.severity == "Violation" for v in validate(graph, shapes))


def timed(
    run: Callable[[rdflib.Graph, rdflib.Graph], bool],
    graphs: Sequence[rdflib.Graph],
    shapes: rdflib.Graph,
) -> tuple[float, float, list[bool]]:
    """(wall ms per graph, CPU ms per graph, verdicts), after one warm-up call."""
    run(graphs[0], shapes)
    wall, cpu = time.perf_counter(), time.process_time()
    verdicts = [run(g, shapes) for g in graphs]
    n = len(graphs)
    return (
        (time.perf_counter() - wall) * 1000 / n,
        (time.process_time() - cpu) * 1000 / n,
        verdicts,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default="/tmp/c200.jsonl", help="JSONL articles")
    parser.add_argument("--rev", help="git revision of the old shapes (default: see above)")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    args = parser.parse_args()

    articles = list(read_articles([args.corpus]))
    if args.limit:
        articles = articles[: args.limit]
    started = time.perf_counter()
    results = list(
        kg.pipeline.process(articles, kg.nlp.Pipelines(), run=kg.pipeline.make_run(), shapes=None)
    )
    # kg builds article graphs on rdflib's SimpleMemory store, which plain pyshacl
    # cannot wrap; the old call gets the same triples in a default rdflib graph.
    graphs = [_default_store_copy(r.graph) for r in results]
    triples = sum(len(g) for g in graphs) / len(graphs)
    print(
        f"{len(graphs)} article graphs, {triples:.0f} triples each on average "
        f"(built in {time.perf_counter() - started:.1f} s)"
    )

    rev = args.rev or baseline_rev()
    short = _git("rev-parse", "--short", rev).strip()
    before = old_shapes(rev)
    prepared = time.perf_counter()
    after = load_shapes()
    after.prepared()
    prepare_ms = (time.perf_counter() - prepared) * 1000

    old_wall, old_cpu, old_verdicts = timed(old_validate, graphs, before)
    new_wall, new_cpu, new_verdicts = timed(new_validate, graphs, after)
    differ = [i for i, (a, b) in enumerate(zip(old_verdicts, new_verdicts, strict=True)) if a != b]
    # As kg extract validates: kg's own article graphs, BATCH at a time in one run.
    own = [r.graph for r in results]
    validate_many(own[:BATCH], after)
    wall, cpu = time.perf_counter(), time.process_time()
    batched = [
        [v for v in found if v.severity == "Violation"]
        for first in range(0, len(own), BATCH)
        for found in validate_many(own[first:first + BATCH], after)
    ]
    batch_wall = (time.perf_counter() - wall) * 1000 / len(own)
    batch_cpu = (time.process_time() - cpu) * 1000 / len(own)
    differ += [i for i, v in enumerate(batched) if (not v) != new_verdicts[i]]

    print(f"{'':24}{'wall ms/article':>16}{'CPU ms/article':>16}")
    print(f"{'old (shapes of ' + short + ')':24}{old_wall:16.2f}{old_cpu:16.2f}")
    print(f"{'new (kg.validate)':24}{new_wall:16.2f}{new_cpu:16.2f}")
    print(f"{f'batches of {BATCH}':24}{batch_wall:16.2f}{batch_cpu:16.2f}")
    print(f"{'ratio old/new':24}{old_wall / new_wall:15.1f}x{old_cpu / new_cpu:15.1f}x")
    print(f"{'ratio old/batches':24}{old_wall / batch_wall:15.1f}x{old_cpu / batch_cpu:15.1f}x")
    print(f"shapes loaded and prepared once in {prepare_ms:.0f} ms")
    print(f"conforming: old {sum(old_verdicts)}, new {sum(new_verdicts)} of {len(graphs)}")
    if differ:
        sys.exit(f"the verdicts differ on {len(differ)} articles, e.g. #{differ[0]}")


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


if __name__ == "__main__":
    main()
