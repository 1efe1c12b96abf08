"""Session 40, helper perf6 (issue #19): kg's work after ``nlp.pipe``, cut, with the
same bytes out.

- ``kg.graph.plain_literal`` makes a string literal (names, anchors, currencies, the
  article's language-tagged texts) as rdflib's ``Literal`` makes it, without rdflib's
  datatype casts;
- ``kg.iri.slug`` is kept per name, and ``kg.iri.mention_iri`` makes its IRI without
  rdflib's check of the text;
- ``kg.rdfio.nquads`` writes an object IRI or literal of an ``IndexedGraph`` without a
  call per object;
- ``IndexedGraph.transitive_objects`` (pyshacl's ``sh:class`` walk) gives rdflib's
  closure in rdflib's order, and ``objects`` / ``triples`` test a term predicate
  without a call.

Each is checked against the path it replaces: the same literals, IRIs, triples, N-Quads
bytes and SHACL verdicts, on articles written for these tests, including a bad graph in
a batch (it alone is refused, with the message it gets alone on rdflib's path).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.term import Literal, URIRef

from kg import graph as kg_graph
from kg import iri
from kg.deals import one_deal_per_node
from kg.errors import ValidationFailed
from kg.facts import Article, Facts
from kg.graph import RunInfo, build_graph, plain_literal
from kg.nlp import Pipelines
from kg.pipeline import ArticleResult, _check, process
from kg.rdfio import nquads
from kg.triples import IndexedGraph
from kg.validate import Shapes, load_shapes
from kg.vocab import RDF, RDFS, SCHEMA

RUN = RunInfo(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "0.1.0")

ARTICLES = [
    Article(
        id="perf6-es-1",
        lang="es",
        title="Talleres Orbañeta compra Vidrios Lanz",
        text=(
            "Talleres Orbañeta ha cerrado la compra de Vidrios Lanz por 48 millones de "
            "euros, según ha comunicado la empresa navarra.\n\n"
            "Marta Ilundáin, consejera delegada de Talleres Orbañeta, explicó que la "
            "operación incluye un contrato de suministro de 30 MW durante cinco años con "
            "Eólica Gorramendi."
        ),
    ),
    Article(
        id="perf6-en-1",
        lang="en",
        title="Brackwell Foods raises $20m",
        text=(
            "Brackwell Foods said on Tuesday it had raised $20 million from Ostrey "
            "Partners, valuing the bakery chain at about $150 million.\n\n"
            "\"We will open twelve stores,\" said Dana Pruitt, chief executive of "
            "Brackwell Foods, adding that the chain may also buy Fenwick Mills."
        ),
    ),
    Article(
        id="perf6-es-2",
        lang="es",
        text=(
            "El fondo Arbeloa Capital invertirá hasta 12 millones de dólares en la "
            "tecnológica Sistemas Urdax, que prepara su salida a bolsa."
        ),
    ),
]


# --- string literals ---------------------------------------------------------------

TEXTS = [
    "Vidrios Lanz",
    "",
    "  spaces around  ",
    'a "quoted" name and a back\\slash',
    "two\nlines\tand a tab",
    "Eólica Gorramendi — 30 MW",
    "lone \ud800 surrogate",
    "emoji 😀",
]


@pytest.mark.parametrize("lang", [None, "es", "en", "EN-gb"])
@pytest.mark.parametrize("text", TEXTS, ids=repr)
def test_a_plain_literal_is_the_literal_rdflib_makes(text: str, lang: str | None) -> None:
    fast, slow = plain_literal(text, lang), Literal(text, lang=lang)
    assert type(fast) is type(slow) is Literal
    assert fast == slow and hash(fast) == hash(slow) and str(fast) == str(slow)
    assert (fast.language, fast.datatype, fast.value, fast.ill_typed) == (
        slow.language, slow.datatype, slow.value, slow.ill_typed
    )
    assert fast.n3() == slow.n3()
    assert _written(fast) == _written(slow)


def _written(literal: Literal) -> bytes | str:
    """The literal's N-Quads line, or the error writing it raises."""
    name = iri.article_iri("perf6")
    graph = IndexedGraph()
    graph.add((name, SCHEMA.name, literal))
    try:
        return nquads(graph, name)
    except Exception as err:  # pyoxigraph refuses a lone surrogate: so must both
        return type(err).__name__


def test_anything_but_a_string_goes_through_rdflib() -> None:
    class Name(str):
        pass

    made = plain_literal(Name("Ostrey Partners"))
    assert made == Literal(Name("Ostrey Partners")) and type(made.value) is str
    assert plain_literal("", "") == Literal("", lang="")  # no empty tag, as rdflib


def test_a_language_tag_rdflib_refuses_still_raises_when_a_text_is_written() -> None:
    article = Article(id="perf6-bad-tag", text="Ostrey Partners.", lang="e s", title="A title")
    with pytest.raises(ValueError, match="language tag"):
        build_graph(Facts(article), RUN)


def test_near_miss_an_article_without_language_texts_keeps_its_bad_tag_unread() -> None:
    # No language-tagged text is written: rdflib's Literal never saw the tag, nor does kg.
    article = Article(id="perf6-no-title", text="Ostrey Partners.", lang="e s")
    graph = build_graph(Facts(article), RUN)
    assert (iri.article_iri(article.id), SCHEMA.inLanguage, Literal("e s")) in graph


# --- IRIs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["Talleres Orbañeta S.L.", "Brackwell Foods, Inc.", "北京 Lanz", "---", "Ørsted"]
)
def test_a_kept_slug_is_the_slug(name: str) -> None:
    first, again = iri.slug(name), iri.slug(name)
    assert first == again == iri.slug.__wrapped__(name)


def test_a_mention_iri_is_the_uriref_rdflib_makes() -> None:
    article = iri.article_iri("perf6 es/1")
    made = iri.mention_iri(article, 12, 40)
    assert type(made) is URIRef
    assert made == URIRef(f"{article}#char=12,40") and hash(made) == hash(URIRef(made))


# --- the graph, N-Quads and the SHACL gate, against the replaced paths ---------------


def _slow_literal(text: str, lang: str | None = None) -> Literal:
    return Literal(text, lang=lang)


def _slow_mention(article: URIRef, start: int, end: int) -> URIRef:
    return URIRef(f"{article}#char={start},{end}")


@pytest.fixture(scope="module")
def shapes() -> Shapes:
    return load_shapes()


@pytest.fixture(scope="module")
def results() -> list[ArticleResult]:
    results = list(process(ARTICLES, Pipelines(), run=RUN, nquads=True))
    assert all(r.ok and r.graph is not None for r in results)
    return results


@pytest.fixture
def rdflib_paths(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """What the fast paths replace: rdflib's Literal and URIRef, rdflib's
    ``objects``/``transitive_objects``, the slug made anew each time."""
    monkeypatch.setattr(kg_graph, "plain_literal", _slow_literal)
    monkeypatch.setattr(iri, "mention_iri", _slow_mention)
    monkeypatch.setattr(iri, "slug", iri.slug.__wrapped__)
    monkeypatch.setattr(IndexedGraph, "transitive_objects", rdflib.Graph.transitive_objects)
    yield


def _graphs(results: list[ArticleResult]) -> list[IndexedGraph]:
    graphs = []
    for result in results:
        assert result.facts is not None
        made = build_graph(one_deal_per_node(result.facts), RUN)
        assert isinstance(made, IndexedGraph)
        graphs.append(made)
    return graphs


def test_the_graphs_and_their_nquads_are_those_of_rdflibs_paths(
    results: list[ArticleResult], rdflib_paths: None
) -> None:
    slow = _graphs(results)
    for result, graph in zip(results, slow, strict=True):
        assert result.graph is not None and isomorphic(result.graph, graph)
        assert result.nquads == nquads(graph, iri.article_iri(result.article.id))
    amounts = [o for g in slow for o in g.objects(None, SCHEMA.currency)]
    assert amounts  # the articles do write amounts (and names, anchors, roles)


def _without_a_name(graph: IndexedGraph) -> IndexedGraph:
    """The graph with one organisation's schema:name taken out (the shapes need one)."""
    org = next(iter(graph.subjects(RDF.type, SCHEMA.Organization)))
    graph.remove((org, SCHEMA.name, None))
    return graph


def _messages(verdicts: list[ValidationFailed | Exception | None]) -> list[str | None]:
    return [v.report if isinstance(v, ValidationFailed) else None for v in verdicts]


def test_a_bad_graph_in_a_batch_alone_is_refused_with_its_message_alone(
    results: list[ArticleResult], shapes: Shapes, monkeypatch: pytest.MonkeyPatch
) -> None:
    graphs = _graphs(results)
    graphs[1] = _without_a_name(graphs[1])
    verdicts = _check(graphs, shapes)
    assert [v is None for v in verdicts] == [True, False, True]
    assert isinstance(verdicts[1], ValidationFailed)
    alone = _check([graphs[1]], shapes)
    assert _messages(verdicts)[1] == _messages(alone)[0]
    # rdflib's own walks give the same verdicts and messages.
    monkeypatch.setattr(IndexedGraph, "transitive_objects", rdflib.Graph.transitive_objects)
    monkeypatch.setattr(IndexedGraph, "objects", rdflib.Graph.objects)
    assert _messages(_check(graphs, shapes)) == _messages(verdicts)


def test_near_miss_good_graphs_in_a_batch_all_pass(
    results: list[ArticleResult], shapes: Shapes
) -> None:
    assert _check(_graphs(results), shapes) == [None, None, None]


# --- the triple index ----------------------------------------------------------------


def _closure_graph() -> IndexedGraph:
    graph = IndexedGraph()
    a, b, c, d, e = (URIRef(f"urn:perf6:{x}") for x in "abcde")
    for s, o in [(a, b), (a, c), (b, d), (c, d), (d, a), (d, e), (c, e)]:
        graph.add((s, RDFS.subClassOf, o))
    graph.add((a, RDF.type, b))
    return graph


@pytest.mark.parametrize("start", ["a", "c", "e", "z"])
def test_the_transitive_objects_are_rdflibs_in_rdflibs_order(start: str) -> None:
    graph = _closure_graph()
    node = URIRef(f"urn:perf6:{start}")
    mine = list(graph.transitive_objects(node, RDFS.subClassOf))
    assert mine == list(rdflib.Graph.transitive_objects(graph, node, RDFS.subClassOf))
    remember = {URIRef("urn:perf6:d"): 1}
    theirs: dict[object, int] = dict(remember)
    assert list(graph.transitive_objects(node, RDFS.subClassOf, remember)) == list(
        rdflib.Graph.transitive_objects(graph, node, RDFS.subClassOf, theirs)
    )
    assert remember == theirs


def test_near_miss_a_path_predicate_is_still_walked_as_a_path() -> None:
    graph = _closure_graph()
    a = URIRef("urn:perf6:a")
    path = RDFS.subClassOf / RDFS.subClassOf
    assert sorted(graph.objects(a, path)) == sorted(
        rdflib.Graph.objects(graph, a, path)
    )
    assert sorted(graph.triples((a, path, None))) == sorted(
        rdflib.Graph.triples(graph, (a, path, None))
    )


def test_an_indexed_graphs_nquads_are_those_of_its_triples_written_one_by_one(
    results: list[ArticleResult],
) -> None:
    # The index's own loop (objects written without a call each) against the general
    # path, which writes each triple's three terms through one function.
    for result in results:
        assert isinstance(result.graph, IndexedGraph)
        name = iri.article_iri(result.article.id)
        assert nquads(result.graph, name) == nquads(list(result.graph), name) == result.nquads


def test_near_miss_a_blank_node_object_is_still_refused() -> None:
    graph = IndexedGraph()
    graph.add((URIRef("urn:perf6:a"), SCHEMA.name, rdflib.BNode("b1")))
    with pytest.raises(ValueError, match="blank nodes"):
        nquads(graph, iri.article_iri("perf6"))
