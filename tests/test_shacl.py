"""kg's adapter to pyshacl (``kg/shacl.py``): many graphs in one pyshacl run give each
graph the results it gets alone; nothing in pyshacl changes for its other users; and
a pyshacl upgrade that silently disables the speed-ups fails here (verdicts against
plain pyshacl, and the pyshacl work saved, counted, against plain pyshacl)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph
import pyshacl
import pytest
import rdflib
from rdflib.term import Literal, URIRef

from kg.errors import InputError
from kg.rdfio import to_rdflib as _term  # the file reader's converter
from kg.resources import data_files
from kg.triples import IndexedGraph
from kg.validate import (
    Shapes,
    check,
    check_many,
    load_shapes,
    validate,
    validate_many,
)
from kg.vocab import ID, RDF, SCHEMA
from tests.test_shapes import BAD_CASES, GOOD, ORG_BETA

ROOT = Path(__file__).resolve().parent.parent
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


@pytest.fixture(scope="module")
def shapes() -> Shapes:
    return load_shapes()


def good() -> rdflib.Graph:
    return rdflib.Graph().parse(GOOD, format="turtle")


def broken(mutate: Callable[[rdflib.Graph], None]) -> rdflib.Graph:
    graph = good()
    mutate(graph)
    return graph


def golden_graphs() -> list[rdflib.Graph]:
    """The golden cases' article graphs (kg's own output, one article each)."""
    graphs = []
    for path in sorted((ROOT / "tests" / "data" / "golden").glob("*/expected.nq")):
        graph = IndexedGraph()
        for quad in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.N_QUADS):
            graph.add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
        graphs.append(graph)
    return graphs


# --- many graphs in one run -------------------------------------------------------


def test_a_batch_gives_each_graph_its_results_alone(shapes: Shapes) -> None:
    # Every graph names the same nodes (the same article, organisations, run): in
    # one data graph they would merge, and the batch must keep them apart.
    graphs = [good(), *(broken(mutate) for _, mutate, _, _ in BAD_CASES), good()]
    alone = [validate(graph, shapes) for graph in graphs]
    assert alone[0] == alone[-1] == []
    assert all(alone[1:-1])
    assert validate_many(graphs, shapes) == alone


def test_one_bad_article_among_good_ones_costs_only_itself(shapes: Shapes) -> None:
    graphs = golden_graphs()
    assert len(graphs) > 30
    bad = graphs[7]
    name = next(bad.subjects(RDF.type, SCHEMA.NewsArticle))
    bad.remove((name, SCHEMA.identifier, None))
    verdicts = check_many(graphs, shapes)
    assert [i for i, v in enumerate(verdicts) if v is not None] == [7]
    with pytest.raises(type(verdicts[7])) as alone:
        check(bad, shapes)
    assert str(verdicts[7]) == str(alone.value)
    assert verdicts[7].report == alone.value.report  # type: ignore[union-attr]


def test_a_batch_is_one_pyshacl_run(shapes: Shapes, monkeypatch: pytest.MonkeyPatch) -> None:
    prepared = shapes.prepared()
    runs: list[int] = []
    evaluate = prepared._evaluate

    def counted(data: rdflib.Graph, use: Any) -> Any:
        runs.append(len(data))
        return evaluate(data, use)

    monkeypatch.setattr(prepared, "_evaluate", counted)
    graphs = golden_graphs()[:10]
    validate_many(graphs, shapes)
    assert len(runs) == 1
    # Every graph's triples, but those of the nodes several graphs describe alike
    # (the run, its software), which the batch holds once.
    assert sum(len(g) for g in graphs) > runs[0] > sum(len(g) for g in graphs) - 20 * len(graphs)


def test_a_graph_about_a_term_of_the_shapes_runs_on_its_own(shapes: Shapes) -> None:
    # It says something about schema:Organization itself, a node every graph shares.
    odd = good()
    odd.add((SCHEMA.Organization, rdflib.RDFS.label, Literal("Organisation")))
    odd.remove((ORG_BETA, SCHEMA.name, None))
    graphs = [good(), odd, broken(lambda g: g.remove((ORG_BETA, SCHEMA.name, None)))]
    assert validate_many(graphs, shapes) == [validate(g, shapes) for g in graphs]


def test_a_graph_using_a_reserved_class_fails_the_batch(shapes: Shapes) -> None:
    odd = good()
    odd.add((ID["org/x"], RDF.type, URIRef("https://w3id.org/dealkg/shapes#Party")))
    with pytest.raises(InputError, match="a class reserved for kg's shapes"):
        validate_many([good(), odd], shapes)


# --- pyshacl contained ------------------------------------------------------------

_SNAPSHOT = textwrap.dedent(
    """
    import json, sys
    import pyshacl, rdflib

    def snapshot():
        return {
            name: sorted((key, id(value)) for key, value in vars(module).items())
            for name, module in sorted(sys.modules.items())
            if module is not None
            and (name.split(".")[0] == "pyshacl" or name in ("rdflib.term", "rdflib.graph"))
        }

    def plain(data):
        conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes_ttl, inference="none")
        return conforms, len(results)

    shapes_ttl = rdflib.Graph().parse(sys.argv[1], format="turtle")
    data = rdflib.Graph().parse(sys.argv[2], format="turtle")
    first = plain(data)
    before = snapshot()
    from kg.validate import load_shapes, validate, validate_many
    shapes = load_shapes()
    validate(data, shapes)
    validate_many([data, data], shapes)
    after = snapshot()
    changed = sorted(
        f"{name}.{key}" for name in before
        for key, _ in set(before[name]) ^ set(after[name])
    )
    print(json.dumps({"changed": changed, "same": plain(data) == first}))
    """
)


def test_kg_changes_nothing_in_pyshacl_for_its_other_users(tmp_path: Path) -> None:
    # Another user's shapes: one rule, on the graph kg validates too.
    other = tmp_path / "other.ttl"
    other.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix schema: <https://schema.org/> .\n"
        "<urn:x:NeedsTwoNames> sh:targetClass schema:Organization ;\n"
        "    sh:property [ sh:path schema:name ; sh:minCount 2 ] .\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", _SNAPSHOT, str(other), str(GOOD)],
        capture_output=True, text=True, cwd=ROOT, check=True, timeout=300,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"changed": [], "same": True}


# --- the speed-ups still work with this pyshacl -------------------------------------


def _plain_shapes() -> tuple[rdflib.Graph, rdflib.Graph]:
    """kg's shapes as written, and the class unions as pyshacl's extra ontology
    (as shapes/classes.ttl says another SHACL processor should be given them)."""
    plain, unions = rdflib.Graph(), rdflib.Graph()
    for path in data_files("shapes", ".ttl"):
        plain.parse(path, format="turtle")
    unions.parse(next(p for p in data_files("shapes", ".ttl") if p.name == "classes.ttl"))
    return plain, unions


def test_same_verdicts_as_plain_pyshacl(shapes: Shapes) -> None:
    plain, unions = _plain_shapes()
    graphs = [good(), *(broken(mutate) for _, mutate, _, _ in BAD_CASES)]
    for graph, violations in zip(graphs, validate_many(graphs, shapes), strict=True):
        conforms, results, _ = pyshacl.validate(
            graph, shacl_graph=plain, ont_graph=unions, inference="none",
            allow_warnings=True, allow_infos=True,
        )
        assert isinstance(results, rdflib.Graph)
        expected = {
            (str(results.value(r, SH.focusNode)), str(results.value(r, SH.resultMessage)))
            for r in results.subjects(RDF.type, SH.ValidationResult)
        }
        assert conforms == (not violations)
        assert {(v.focus, v.message) for v in violations} <= {
            (_short(focus), message) for focus, message in expected
        }
        assert len({v.focus for v in violations}) == len({focus for focus, _ in expected})


def _short(iri: str) -> str:
    from kg.publish.turtle import Names

    return Names().iri(iri)


class _Work:
    """pyshacl's work, counted where its fixed costs are paid: each evaluation of a
    shape (``Shape.validate``, nested shapes included) and each parse of a shapes
    graph (``ShapesGraph``). Counts, not times: the same on any machine, however busy."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.evaluations = 0
        self.parses = 0
        validate_shape = pyshacl.shape.Shape.validate
        parse = pyshacl.ShapesGraph.__init__

        def counted_validate(shape: Any, *args: Any, **kwargs: Any) -> Any:
            self.evaluations += 1
            return validate_shape(shape, *args, **kwargs)

        def counted_parse(graph: Any, *args: Any, **kwargs: Any) -> None:
            self.parses += 1
            parse(graph, *args, **kwargs)

        monkeypatch.setattr(pyshacl.shape.Shape, "validate", counted_validate)
        monkeypatch.setattr(pyshacl.ShapesGraph, "__init__", counted_parse)

    def of(self, run: Callable[[], object]) -> tuple[int, int]:
        """(shape evaluations, shapes-graph parses) that ``run`` costs."""
        before = self.evaluations, self.parses
        run()
        return self.evaluations - before[0], self.parses - before[1]


def test_the_speed_ups_still_apply_with_this_pyshacl(
    shapes: Shapes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The speed-ups, as pyshacl work saved against plain pyshacl on the same graphs:
    a pyshacl release that makes kg's shortcuts fall back to the slow path (shapes
    parsed per call, nested shapes evaluated per focus node, one run per graph) shows
    here. The time they save is measured by ``bench/`` (see bench/RESULTS.md)."""
    plain, unions = _plain_shapes()
    graphs = golden_graphs()[:24]
    validate_many(graphs, shapes)  # prepared once, before counting
    work = _Work(monkeypatch)

    def plain_run() -> None:
        for graph in graphs:
            pyshacl.validate(graph, shacl_graph=plain, ont_graph=unions, inference="none")

    baseline, baseline_parses = work.of(plain_run)
    single, single_parses = work.of(lambda: [validate(graph, shapes) for graph in graphs])
    batch, batch_parses = work.of(lambda: validate_many(graphs, shapes))
    assert baseline_parses >= len(graphs)  # plain pyshacl parses the shapes per call
    assert single_parses == batch_parses == 0  # kg parsed them once, when preparing
    # Hoisted property shapes run once per graph, not once per focus node; a batch
    # runs each shape once for all its graphs. Counted with pyshacl 0.40.1 on these
    # 24 graphs: 4,116 shape evaluations plain, 946 one by one, 97 in one batch.
    assert single * 3 < baseline, (baseline, single)
    assert batch * 10 < baseline, (baseline, batch)
    assert batch * 4 < single, (single, batch)


@pytest.mark.model
def test_the_pipeline_refuses_one_article_of_a_batch_as_it_would_alone() -> None:
    from kg.errors import ValidationFailed
    from kg.facts import Article
    from kg.nlp import Pipelines
    from kg.pipeline import make_run, process

    # One more rule: an article's identifier is a or c. Article b breaks it.
    strict = load_shapes()
    rule = URIRef("urn:test:KnownArticles")
    strict.add((rule, SH.targetClass, SCHEMA.NewsArticle))
    strict.add((rule, SH.path, SCHEMA.identifier))
    strict.add((rule, SH.pattern, Literal("^[ac]$")))
    strict.add((rule, SH.message, Literal("Test: only articles a and c.")))
    articles = [
        Article("a", "Vela Systems agreed to buy Sol Energy for $4 million.", "en"),
        Article("b", "Nadir Labs compró Orbe Datos por 3 millones de euros.", "es"),
        Article("c", "Vela Systems invested $2 million in Nadir Labs.", "en"),
    ]
    pipelines, run = Pipelines(), make_run()
    results = list(process(articles, pipelines, run=run, shapes=strict))
    assert [r.article.id for r in results if r.ok] == ["a", "c"]
    refused = [(r.article.id, r.invalid) for r in results if r.invalid is not None]
    ((article, error),) = refused
    (alone,) = process(articles[1:2], pipelines, run=run)
    with pytest.raises(ValidationFailed) as raised:
        check(alone.graph, strict)
    assert (article, str(error), error.report) == ("b", str(raised.value), raised.value.report)
    assert "Test: only articles a and c." in error.report
