"""Session 34, helper perf (issue #19): kg's own CPU after spaCy, with the same bytes out.

- N-Quads (``kg.rdfio.nquads``) write a literal that needs no escaping as it is,
  between quotes, with its language or datatype suffix as pyoxigraph writes it: the
  same bytes as pyoxigraph's own N-Quads writer, and a graph that parses back equal.
- A SHACL batch (``kg.shacl``) keeps untagged the IRIs no graph describes (leaves such
  as ``nif:RFC5147String``) and makes one node of an IRI that a group of graphs
  describes alike (the run, its software and pipelines): its results go to each graph
  of the group. Each graph still gets exactly the results it gets alone, and one bad
  graph costs only itself.
- The shapes use kg's own term objects (``kg.vocab.interned``), so pyshacl's look-ups
  in the data graph match by identity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pyoxigraph as ox
import pytest
import rdflib
import rdflib.collection
from rdflib.term import Literal, URIRef

from kg.facts import Article, Entity, Facts, Span
from kg.graph import RunInfo, build_graph
from kg.rdfio import nquads, to_oxigraph
from kg.shacl import _shared
from kg.triples import IndexedGraph
from kg.validate import Shapes, load_shapes, validate, validate_many
from kg.vocab import ID, NIF, PROV, RDF, SCHEMA, XSD, interned

NAME = ID["article/a1"]
SUBJECT = ID["org/acme"]


@pytest.fixture(scope="module")
def shapes() -> Shapes:
    return load_shapes()


RUN = RunInfo(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "0.1.0")


def article_graph(index: int, lang: str) -> IndexedGraph:
    """An invented article's graph as kg builds it: two organisations, one sentence,
    the run and the language's pipeline."""
    verb = "compró" if lang == "es" else "bought"
    text = f"Corvane Holdings {verb} Tessaly Labs."
    start = text.index("Tessaly")
    facts = Facts(
        Article(id=f"perf-{lang}-{index}", text=text, lang=lang),
        entities=(
            Entity("org", "Corvane Holdings", mentions=(Span(0, 16, "Corvane Holdings"),)),
            Entity("org", "Tessaly Labs", mentions=(Span(start, start + 12, "Tessaly Labs"),)),
        ),
        sentences=(Span(0, len(text), text),),
        pipeline=((f"{lang}_core_sm", "3.0.0"),),
    )
    graph = build_graph(facts, RUN)
    assert isinstance(graph, IndexedGraph)
    return graph


@pytest.fixture(scope="module")
def batch() -> list[IndexedGraph]:
    """Articles in two languages: two runs (one per language's pipeline)."""
    return [article_graph(i, "es" if i < 7 else "en") for i in range(12)]


def _copy(graph: rdflib.Graph) -> IndexedGraph:
    copy = IndexedGraph()
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace)
    for triple in graph:
        copy.add(triple)
    return copy


def _oxigraph_nquads(graph: rdflib.Graph, name: URIRef) -> bytes:
    """pyoxigraph's own writer, its lines sorted and de-duplicated (what ``nquads``
    promises)."""
    quads = [
        ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.NamedNode(str(name)))  # type: ignore[arg-type]
        for s, p, o in graph
    ]
    text = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert text is not None
    return "".join(sorted(set(text.decode("utf-8").splitlines(keepends=True)))).encode("utf-8")


# --- N-Quads -----------------------------------------------------------------------

AWKWARD = [
    Literal("plain"),
    Literal("Acme compró \"Beta\" por 3\u00a0M€"),
    Literal("two\nlines\tand a tab\r"),
    Literal("back\\slash"),
    Literal("bell\x07 and delete\x7f"),
    Literal("emoji 😀 and\u2028separator"),
    Literal("en español", lang="es"),
    Literal("Upper tag", lang="EN-gb"),
    Literal("1500000", datatype=XSD.decimal),
    Literal("2026-01-01", datatype=XSD.date),
    Literal("https://example.org/a?b=1&c=\"2\"", datatype=XSD.anyURI),
    Literal("typed string", datatype=XSD.string),
    Literal(""),
]


@pytest.mark.parametrize("literal", AWKWARD, ids=repr)
def test_a_literal_is_written_as_pyoxigraph_writes_it(literal: Literal) -> None:
    graph = IndexedGraph()
    graph.add((SUBJECT, SCHEMA.name, literal))
    assert nquads(graph, NAME) == _oxigraph_nquads(graph, NAME)


def test_an_article_graph_gives_pyoxigraphs_bytes_and_parses_back_equal(
    batch: list[IndexedGraph],
) -> None:
    for graph in batch[:6]:
        data = nquads(graph, NAME)
        assert data == _oxigraph_nquads(graph, NAME)
        parsed = {
            (q.subject, q.predicate, q.object)
            for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)
        }
        assert parsed == {tuple(to_oxigraph(t) for t in triple) for triple in graph}


def test_a_literal_pyoxigraph_refuses_is_still_refused() -> None:
    graph = IndexedGraph()
    graph.add((SUBJECT, SCHEMA.name, Literal("lone \udc80 surrogate")))
    with pytest.raises(ValueError):
        nquads(graph, NAME)


# --- SHACL batches ------------------------------------------------------------------


def _run(graph: rdflib.Graph) -> URIRef:
    node = graph.value(None, RDF.type, PROV.Activity)
    assert isinstance(node, URIRef)
    return node


def _software(graph: rdflib.Graph) -> URIRef:
    node = graph.value(_run(graph), PROV.wasAssociatedWith)
    assert isinstance(node, URIRef)
    return node


def _pipeline(graph: rdflib.Graph) -> URIRef:
    node = graph.value(_run(graph), PROV.used)
    assert isinstance(node, URIRef)
    return node


def _changed(
    batch: list[IndexedGraph], which: list[int], change: Callable[[IndexedGraph], None]
) -> list[IndexedGraph]:
    graphs = [_copy(g) for g in batch]
    for index in which:
        change(graphs[index])
    return graphs


def _same_as_alone(graphs: list[IndexedGraph], shapes: Shapes) -> list[int]:
    """The graphs that fail; asserts the batch gives each graph its results alone."""
    alone = [validate(g, shapes) for g in graphs]
    assert validate_many(graphs, shapes) == alone
    return [i for i, found in enumerate(alone) if any(v.severity == "Violation" for v in found)]


def test_the_run_its_software_and_pipelines_are_one_node_per_language(
    batch: list[IndexedGraph], shapes: Shapes
) -> None:
    prepared = shapes.prepared()
    leaves, groups = _shared(batch, prepared.vocabulary, prepared.object_targets)
    assert NIF.RFC5147String in leaves
    assert groups[_software(batch[0])] == [tuple(range(len(batch)))]
    runs = groups[_run(batch[0])]
    assert len(runs) == 2 and sorted(i for group in runs for i in group) == list(range(12))
    # Organisations are objects of schema:mentions (sh:targetObjectsOf): never shared.
    assert not any(str(node).startswith(str(ID["org/"])) for node in groups)
    assert _same_as_alone(batch, shapes) == []


def test_a_run_one_graph_describes_otherwise_fails_only_that_graph(
    batch: list[IndexedGraph], shapes: Shapes
) -> None:
    def twice_started(graph: IndexedGraph) -> None:
        graph.add((_run(graph), PROV.startedAtTime, Literal("2026-02-02T00:00:00Z",
                                                            datatype=XSD.dateTime)))

    assert _same_as_alone(_changed(batch, [3], twice_started), shapes) == [3]


def test_a_shared_node_that_breaks_the_shapes_fails_every_graph_holding_it(
    batch: list[IndexedGraph], shapes: Shapes
) -> None:
    def no_version(graph: IndexedGraph) -> None:
        graph.remove((_software(graph), SCHEMA.softwareVersion, None))

    graphs = _changed(batch, list(range(len(batch))), no_version)
    assert _same_as_alone(graphs, shapes) == list(range(len(batch)))


def test_a_graph_that_names_the_run_without_describing_it_sees_no_other_graphs_run(
    batch: list[IndexedGraph], shapes: Shapes
) -> None:
    def undescribed(graph: IndexedGraph) -> None:
        graph.remove((_run(graph), None, None))

    assert _same_as_alone(_changed(batch, [5], undescribed), shapes) == [5]


def test_a_node_pointing_at_a_node_described_otherwise_is_not_shared(
    batch: list[IndexedGraph], shapes: Shapes
) -> None:
    # Graph 2 describes the run as the others of its language do, but not its pipeline.
    def unnamed_pipeline(graph: IndexedGraph) -> None:
        pipeline = _pipeline(graph)
        graph.remove((pipeline, SCHEMA.name, None))
        graph.add((pipeline, SCHEMA.name, Literal("")))

    graphs = _changed(batch, [2], unnamed_pipeline)
    prepared = shapes.prepared()
    _, groups = _shared(graphs, prepared.vocabulary, prepared.object_targets)
    assert not any(2 in group for group in groups.get(_run(graphs[2]), []))
    assert not any(2 in group for group in groups.get(_pipeline(graphs[2]), []))
    assert _same_as_alone(graphs, shapes) == [2]


def test_near_miss_graphs_each_naming_their_own_run_share_nothing(
    batch: list[IndexedGraph], shapes: Shapes
) -> None:
    # Each graph's run under an IRI of its own: nothing for two graphs to share.
    graphs = [_copy(g) for g in batch[:4]]
    for index, graph in enumerate(graphs):
        old = _run(graph)
        new = ID[f"run/own-{index}"]
        for s, p, o in list(graph):
            if old in (s, o):
                graph.remove((s, p, o))
                graph.add((new if s == old else s, p, new if o == old else o))
    prepared = shapes.prepared()
    _, groups = _shared(graphs, prepared.vocabulary, prepared.object_targets)
    assert not any(str(node).startswith(str(ID["run/"])) for node in groups)
    assert _software(graphs[0]) in groups
    assert _same_as_alone(graphs, shapes) == []


# --- the shapes' terms --------------------------------------------------------------


def test_the_prepared_shapes_use_kgs_own_term_objects(shapes: Shapes) -> None:
    prepared = shapes.prepared()
    assert any(shape.path() is SCHEMA.name for shape in prepared.shapes_graph.shapes)
    classes = set(prepared.graph.objects(None, URIRef("http://www.w3.org/ns/shacl#class")))
    assert SCHEMA.Organization in classes
    assert all(interned(c) is c for c in classes)  # type: ignore[arg-type]


def test_interned_gives_the_one_object_and_leaves_other_terms_alone() -> None:
    assert interned(URIRef(str(SCHEMA.name))) is SCHEMA.name
    literal = Literal("x")
    assert interned(literal) is literal  # type: ignore[arg-type]


# --- the graphs' indexes ------------------------------------------------------------


def test_an_rdf_list_reads_as_rdflib_reads_it() -> None:
    plain = rdflib.Graph()
    head = rdflib.BNode()
    rdflib.collection.Collection(plain, head, [SCHEMA.name, SCHEMA.alternateName, Literal("x")])
    loop = rdflib.BNode()
    plain.add((loop, RDF.first, SCHEMA.name))
    plain.add((loop, RDF.rest, loop))
    indexed = _copy(plain)
    assert list(indexed.items(head)) == list(plain.items(head)) == [
        SCHEMA.name, SCHEMA.alternateName, Literal("x")]
    assert list(indexed.items(RDF.nil)) == list(plain.items(RDF.nil)) == []
    assert list(indexed.items(SUBJECT)) == []  # not a list at all
    with pytest.raises(ValueError):
        list(plain.items(loop))
    with pytest.raises(ValueError):
        list(indexed.items(loop))


def test_a_triple_added_twice_is_held_once_in_both_indexes() -> None:
    graph = IndexedGraph()
    name = Literal("Corvane", lang="es")
    graph.add_triple(SUBJECT, SCHEMA.name, name)
    graph.add_triple(SUBJECT, SCHEMA.name, Literal("Corvane", lang="es"))
    graph.add((SUBJECT, SCHEMA.name, Literal("Corvane")))  # no language: another literal
    assert len(graph) == 2
    assert set(graph.subjects(SCHEMA.name, name)) == {SUBJECT}
    assert set(graph) == {(SUBJECT, SCHEMA.name, name), (SUBJECT, SCHEMA.name, Literal("Corvane"))}
