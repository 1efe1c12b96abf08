"""kg.rdfio: one table of formats, one reader, and every command reads every format
kg writes (``.json`` included), with one wording for each problem."""

from __future__ import annotations

import doctest
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib import BNode, Literal, URIRef

import kg.rdfio
from kg.cli import cli
from kg.errors import InputError, no_such_file
from kg.evaluate import load_graph
from kg.publish.files import write_article_graphs
from kg.rdfio import (
    EXTENSIONS,
    FORMATS,
    format_of,
    nquads,
    output_format,
    read_graph,
    read_quads,
    to_oxigraph,
    to_rdflib,
)
from kg.report.model import graph_store
from kg.store import article_graphs, memory_store
from kg.validate import load_shapes, validate_file

EXAMPLE_GRAPH = Path(__file__).resolve().parent / "data" / "query" / "example.ttl"
# Every extension kg writes, and the format it names.
WRITTEN = [(ext, fmt.name) for ext, fmt in sorted(EXTENSIONS.items())]


def test_doctests() -> None:
    assert doctest.testmod(kg.rdfio).failed == 0


def test_one_table_names_each_format_once() -> None:
    assert set(FORMATS) == {"turtle", "ntriples", "trig", "nquads", "jsonld"}
    assert {fmt.extensions[0] for fmt in FORMATS.values()} == {
        ".ttl", ".nt", ".trig", ".nq", ".jsonld"
    }
    assert EXTENSIONS[".json"] is FORMATS["jsonld"] is EXTENSIONS[".json-ld"]
    assert [fmt.name for fmt in FORMATS.values() if fmt.datasets] == ["trig", "nquads"]
    assert FORMATS["nquads"].media_type == "application/n-quads"


def test_output_format() -> None:
    assert output_format(Path("a.JSON")).name == "jsonld"
    assert output_format(Path("a.graph")).name == "turtle"  # unknown extension: Turtle
    assert output_format(Path("a.ttl"), "nquads").name == "nquads"
    with pytest.raises(InputError, match="unknown output format 'rdfxml'; use one of turtle"):
        output_format(Path("a.ttl"), "rdfxml")


def _triples(quads: list[ox.Quad]) -> set[ox.Triple]:
    return {q.triple for q in quads}


@pytest.fixture(scope="module")
def example() -> set[ox.Triple]:
    return _stored(_triples(list(ox.parse(path=str(EXAMPLE_GRAPH), format=ox.RdfFormat.TURTLE))))


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example graph written by kg's own writer in every extension kg writes."""
    folder = tmp_path_factory.mktemp("written")
    graphs, rest = article_graphs([EXAMPLE_GRAPH])
    assert not rest
    chunks = [
        "".join(f"{t.subject} {t.predicate} {t.object} {name} .\n" for t in triples).encode()
        for name, triples in graphs.items()
    ]
    paths = {}
    for ext, name in WRITTEN:
        path = folder / f"example{ext}"
        write_article_graphs(chunks, path, name)
        paths[ext] = path
    return paths


def _stored(triples: set[ox.Triple]) -> set[ox.Triple]:
    """The triples as a store holds them (Oxigraph writes numbers in canonical form)."""
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return _triples(list(store))


def _from_rdflib(graph: rdflib.Graph) -> set[ox.Triple]:
    return _stored({
        ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))  # type: ignore[arg-type]
        for s, p, o in graph
    })


READERS: dict[str, Callable[[Path], set[ox.Triple]]] = {
    "read_quads": lambda p: _stored(_triples(read_quads(p))),
    "memory_store": lambda p: _triples(list(memory_store([p]))),
    "load_graph": lambda p: _triples(list(load_graph(p))),
    "graph_store": lambda p: _triples(list(graph_store([p]))),
    "read_graph": lambda p: _from_rdflib(read_graph(p)),
}


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize(("ext", "name"), WRITTEN)
def test_every_reader_reads_every_format_kg_writes(
    written: dict[str, Path], example: set[ox.Triple], reader: str, ext: str, name: str
) -> None:
    assert READERS[reader](written[ext]) == example


@pytest.mark.parametrize(("ext", "name"), WRITTEN)
def test_every_command_reads_every_format_kg_writes(
    written: dict[str, Path], tmp_path: Path, ext: str, name: str
) -> None:
    path = str(written[ext])
    runner = CliRunner()
    result = runner.invoke(cli, ["validate", path])
    assert result.exit_code == 0, result.output
    assert f"{path}: conforms" in result.output
    result = runner.invoke(cli, ["stats", path])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("articles          2\n"), result.output
    result = runner.invoke(cli, ["query", path, "--name", "deals"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["load", path, "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("loaded 2 article graphs (337 triples"), result.output


# --- one wording for each problem ------------------------------------------------

PROBLEM_READERS: dict[str, Callable[[Path], object]] = {
    "read_quads": read_quads,
    "memory_store": lambda p: memory_store([p]),
    "load_graph": load_graph,
    "graph_store": lambda p: graph_store([p]),
    "validate_file": lambda p: validate_file(p, load_shapes()),
    "article_graphs": lambda p: article_graphs([p]),
}


@pytest.mark.parametrize("reader", sorted(PROBLEM_READERS))
def test_one_wording_for_each_problem(tmp_path: Path, reader: str) -> None:
    read = PROBLEM_READERS[reader]
    missing = tmp_path / "missing.nq"
    with pytest.raises(InputError) as raised:
        read(missing)
    assert str(raised.value) == str(no_such_file(missing))
    odd = tmp_path / "graph.rdf"
    odd.write_text("", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read(odd)
    assert str(raised.value) == (
        f"{odd}: unknown graph file extension '.rdf'; "
        "use one of .json .json-ld .jsonld .nq .nt .trig .ttl"
    )
    broken = tmp_path / "broken.trig"
    broken.write_text("<urn:g> { <urn:a> <urn:b> }\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{broken}: not valid TriG: .*line 1"):
        read(broken)
    json = tmp_path / "broken.json"
    json.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{json}: not valid JSON-LD: "):
        read(json)


# --- terms ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "term",
    [
        URIRef("https://example.org/a"),
        BNode("b1"),
        Literal("plain"),
        Literal("hola", lang="es"),
        Literal("4.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal")),
    ],
)
def test_terms_round_trip(term: rdflib.term.Node) -> None:
    assert to_rdflib(to_oxigraph(term)) == term


def test_xsd_string_literal_comes_back_plain() -> None:
    typed = ox.Literal("x", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#string"))
    assert to_rdflib(typed) == Literal("x")


def test_canonical_nquads_refuse_blank_nodes() -> None:
    graph = rdflib.Graph()
    graph.add((BNode(), URIRef("urn:p"), Literal("x")))
    with pytest.raises(ValueError, match="no blank nodes"):
        nquads(graph, URIRef("urn:g"))


def test_format_of_unknown_extension_without_suffix() -> None:
    with pytest.raises(InputError, match=r"graph: unknown graph file extension '\(none\)'"):
        format_of(Path("graph"))


def test_extract_offers_every_format_of_the_table() -> None:
    # The option lists the names itself (kg --help must not import rdflib for it).
    import click

    from kg.cli.extract import extract_command

    (option,) = [p for p in extract_command.params if p.name == "fmt"]
    assert isinstance(option.type, click.Choice)
    assert list(option.type.choices) == list(FORMATS)
