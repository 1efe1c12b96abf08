"""Golden cases: today's extraction behaviour, locked as graphs.

Each case is a folder ``tests/data/golden/<case>/`` holding ``input.txt`` (an
article the team wrote: optional ``# lang: es`` header, a blank line, the body) and
``expected.nq``, the graph ``kg extract`` publishes for it (validated by kg's SHACL
shapes), as canonical N-Quads. The article's id is the case's folder name and the
run's time and software version are fixed (:data:`RUN`), so the output is the same
bytes on every run and on every release.

``tests/test_golden.py`` compares the graph of every case with its expected one
(``rdflib.compare.isomorphic``) and on a difference prints the triples only expected
and only produced, one per line.

When extraction changes *on purpose*, regenerate and read the diff before committing:

    python -m tests.golden --regenerate            # every case
    python -m tests.golden --regenerate CASE ...   # some cases
    python -m tests.golden                         # check only, list the cases that differ
    make golden                                    # the same as --regenerate

To add a case: make a folder with an ``input.txt`` and run ``--regenerate CASE``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.graph import RunInfo
from kg.ingest import read_articles
from kg.nlp import Pipelines
from kg.pipeline import process
from kg.validate import load_shapes

ROOT = Path(__file__).resolve().parent
GOLDEN = ROOT / "data" / "golden"
INPUT = "input.txt"
EXPECTED = "expected.nq"
# Any fixed time will do: it only appears in the run's IRI and prov:startedAtTime.
RUN_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
# A fixed software version too, so that a release does not rewrite every case.
RUN = RunInfo(started=RUN_TIME, software_version="golden")


def case_names() -> list[str]:
    """Every case folder with an input, sorted."""
    return sorted(p.parent.name for p in GOLDEN.glob(f"*/{INPUT}"))


def produce(case: str, pipelines: Pipelines | None = None) -> bytes:
    """The N-Quads ``kg extract`` publishes for the case's article (validated)."""
    path = GOLDEN / case / INPUT
    articles = [dataclasses.replace(a, id=case) for a in read_articles([path])]
    if len(articles) != 1:
        raise ValueError(f"{path}: expected one article, read {len(articles)}")
    results = list(
        process(articles, pipelines or Pipelines(), run=RUN, shapes=load_shapes(), nquads=True)
    )
    assert results and results[0].check().nquads is not None
    return results[0].nquads


def parse_nquads(data: bytes) -> Graph:
    """The triples of N-Quads (of one named graph) as one rdflib graph."""
    # pyoxigraph reads the quads (rdflib's Dataset parser warns of deprecations).
    triples = [quad.triple for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS)]
    graph = Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph


def describe_diff(expected: Graph, actual: Graph) -> str:
    """The triples only expected (``-``) and only produced (``+``), one N-Triples line
    each, sorted: what changed, readable in a test failure."""
    _both, only_expected, only_actual = graph_diff(
        to_isomorphic(expected), to_isomorphic(actual)
    )
    lines = [f"- {line}" for line in _nt_lines(only_expected)]
    lines += [f"+ {line}" for line in _nt_lines(only_actual)]
    return "\n".join(lines)


def _nt_lines(graph: Graph) -> list[str]:
    text = graph.serialize(format="nt")
    return sorted(line.rstrip(" .") for line in text.splitlines() if line.strip())


def compare(case: str, produced: bytes) -> str | None:
    """None when the case's expected graph and ``produced`` are isomorphic, else the diff."""
    expected_path = GOLDEN / case / EXPECTED
    if not expected_path.exists():
        return f"{expected_path} is missing; run: python -m tests.golden --regenerate {case}"
    expected = parse_nquads(expected_path.read_bytes())
    actual = parse_nquads(produced)
    if isomorphic(expected, actual):
        return None
    return describe_diff(expected, actual)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.golden", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("cases", nargs="*", help="case folder names (default: all)")
    parser.add_argument(
        "--regenerate", action="store_true", help="write expected.nq from today's output"
    )
    args = parser.parse_args(argv)
    known = case_names()
    unknown = [c for c in args.cases if c not in known]
    if unknown:
        print(f"error: no such case: {', '.join(unknown)} (under {GOLDEN})", file=sys.stderr)
        return 2
    pipelines = Pipelines()
    differ = 0
    for case in args.cases or known:
        produced = produce(case, pipelines)
        if args.regenerate:
            target = GOLDEN / case / EXPECTED
            changed = not target.exists() or target.read_bytes() != produced
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(produced)
            tmp.replace(target)
            print(f"{'updated' if changed else 'unchanged'}: {case}")
            continue
        diff = compare(case, produced)
        if diff is not None:
            differ += 1
            print(f"differs: {case}\n{diff}\n")
    if not args.regenerate:
        print(f"{len(args.cases or known) - differ} same, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
