"""Article graphs are freed when their last user lets go, and made without rdflib's
per-prefix cost (issue 19): ``IndexedGraph``'s namespace manager holds the store,
not the graph (no reference cycle), new graphs copy kg's bindings from one graph
(``IndexedGraph.empty_copy``), the SHACL batch adds each graph with its terms
renamed in one call (``add_renamed``), and the N-Quads of an ``IndexedGraph`` are
written subject by subject. Each is checked against what it replaces."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from collections.abc import Iterator

import pytest
from rdflib import BNode, Literal, URIRef

from kg.facts import Article, Facts
from kg.graph import RunInfo, build_graph, new_graph
from kg.iri import article_iri
from kg.rdfio import nquads
from kg.triples import IndexedGraph
from kg.validate import check_many, load_shapes
from kg.vocab import PREFIXES

RUN = RunInfo(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "0.0.0")
EX = "http://example.org/"


@pytest.fixture
def no_collector() -> Iterator[None]:
    """Only reference counting frees objects inside the test."""
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _article_graph(number: int = 1) -> IndexedGraph:
    article = Article(id=f"a{number}", text="Acme compró Beta por 5 millones.", lang="es")
    graph = build_graph(Facts(article), RUN)
    assert isinstance(graph, IndexedGraph)
    return graph


def _bound_one_by_one() -> IndexedGraph:
    graph = IndexedGraph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def test_a_graph_is_freed_by_reference_counting(no_collector: None) -> None:
    graph = _article_graph()
    assert list(graph.namespaces())  # the namespace manager made and used
    gone = weakref.ref(graph)
    del graph
    assert gone() is None  # without the cycle collector


def test_validating_and_writing_graphs_leaves_no_cycle_of_graphs(no_collector: None) -> None:
    shapes = load_shapes()
    graphs = [_article_graph(n) for n in range(3)]
    assert check_many(graphs, shapes) == [None, None, None]  # one batch of three
    for number, graph in enumerate(graphs):
        nquads(graph, article_iri(f"a{number}"))
    del graphs
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, IndexedGraph)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert left == []


def test_new_graph_has_the_state_binding_one_by_one_gives() -> None:
    copied, bound = new_graph(), _bound_one_by_one()
    assert list(copied.namespaces()) == list(bound.namespaces())
    assert (
        copied.namespace_manager._NamespaceManager__trie  # type: ignore[attr-defined]
        == bound.namespace_manager._NamespaceManager__trie  # type: ignore[attr-defined]
    )
    for iri in (
        "https://w3id.org/dealkg/id/org/acme",
        "https://schema.org/name",
        f"{EX}things/one",  # no prefix: rdflib makes one up (ns1) in each graph
    ):
        assert copied.compute_qname(iri) == bound.compute_qname(iri)
    assert list(copied.namespaces()) == list(bound.namespaces())


def test_copies_do_not_share_bindings() -> None:
    first, second = new_graph(), new_graph()
    first.bind("ex", EX)
    assert ("ex", URIRef(EX)) in set(first.namespaces())
    assert ("ex", URIRef(EX)) not in set(second.namespaces())
    assert ("ex", URIRef(EX)) not in set(new_graph().namespaces())


def test_add_renamed_is_addn_of_the_renamed_triples() -> None:
    source = IndexedGraph()
    a, b, c, p, q = (URIRef(EX + x) for x in "abcpq")
    blank = BNode("n1")
    for triple in [(a, p, b), (a, p, Literal("x")), (b, q, a), (blank, p, c), (a, q, blank)]:
        source.add(triple)

    def rename(node: URIRef | BNode) -> URIRef | BNode:
        return node if node == c else type(node)(f"{node}-renamed")

    expected = IndexedGraph()
    expected.add((c, p, c))  # already there: not counted twice
    expected.addN(
        (rename(s), pred, o if isinstance(o, Literal) else rename(o), expected)
        for s, pred, o in source
    )
    got = IndexedGraph()
    got.add((c, p, c))
    got.add_renamed(source, rename)
    assert list(got) == list(expected)
    assert len(got) == len(expected) == len(source) + 1
    assert set(got.triples((None, None, c))) == set(expected.triples((None, None, c)))


def test_nquads_of_an_indexed_graph_are_those_of_its_triples() -> None:
    graph = _article_graph()
    graph.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal('quote " and\nline', lang="es")))
    name = article_iri("a1")
    assert nquads(graph, name) == nquads(list(graph), name)


def test_objects_are_those_rdflib_gives() -> None:
    from rdflib import Graph
    from rdflib.paths import ZeroOrMore

    a, b, c, p, q = (URIRef(EX + x) for x in "abcpq")
    triples = [(a, p, b), (a, p, Literal(1)), (b, p, c), (a, q, c), (c, q, a)]
    indexed, plain = IndexedGraph(triples), Graph()
    for triple in triples:
        plain.add(triple)
    patterns = [(a, p), (a, q), (b, q), (URIRef(EX + "none"), p), (None, p), (a, None),
                (None, None), (a, p * ZeroOrMore)]
    for subject, predicate in patterns:
        got = list(indexed.objects(subject, predicate))
        assert sorted(got) == sorted(plain.objects(subject, predicate)), (subject, predicate)
        assert sorted(set(got)) == sorted(plain.objects(subject, predicate, unique=True))
    assert indexed.value(a, q) == c
