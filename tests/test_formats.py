"""What kg writes reads well in the tools people use: short Turtle with the facts
first, and JSON-LD a web developer reads as plain JSON, both holding exactly the
triples of the graph (compared as graphs, with rdflib and pyld, never kg's reader)."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from pyld import jsonld as pyld
from rdflib.compare import graph_diff, isomorphic

from kg.cli import cli
from kg.ldcontext import CONTEXT_URL
from kg.publish.files import serialize
from kg.resources import data_dir

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CONTEXT_FILE = ROOT / "ontology" / "context.jsonld"
EXAMPLE_GRAPH = Path(__file__).resolve().parent / "data" / "query" / "example.ttl"
RUN_TIME = ["--run-time", "2026-01-01T00:00:00Z"]


def example_quads() -> list[ox.Quad]:
    return list(ox.parse(path=str(EXAMPLE_GRAPH), format=ox.RdfFormat.TURTLE))


def rdflib_graph(data: bytes | str, fmt: str) -> rdflib.Graph:
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    with warnings.catch_warnings():
        # rdflib's JSON-LD and TriG parsers use its own deprecated ConjunctiveGraph.
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="rdflib")
        if fmt in ("json-ld", "trig"):
            dataset = rdflib.Dataset()
            dataset.parse(data=text, format=fmt)
            graph = rdflib.Graph()
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        return rdflib.Graph().parse(data=text, format=fmt)


def offline_loader(url: str, options: Any = None) -> dict[str, Any]:
    """pyld's document loader with no network: only kg's context, from the shipped file."""
    assert url == CONTEXT_URL, f"the JSON-LD asked for {url}"
    document = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": document}


def pyld_graph(document: dict[str, Any]) -> rdflib.Graph:
    """The triples pyld (the JSON-LD reference algorithms) reads from a document."""
    nquads = pyld.to_rdf(
        document, {"format": "application/n-quads", "documentLoader": offline_loader}
    )
    return rdflib_graph(nquads, "nt")


def assert_same_graph(got: rdflib.Graph, expected: rdflib.Graph) -> None:
    if not isomorphic(got, expected):
        _, only_got, only_expected = graph_diff(got, expected)
        raise AssertionError(
            "graphs differ\nonly in the output:\n"
            + only_got.serialize(format="nt")
            + "\nmissing from the output:\n"
            + only_expected.serialize(format="nt")
        )


# --- Turtle ----------------------------------------------------------------------


def test_turtle_names_kg_nodes_with_short_prefixed_names() -> None:
    data = serialize(example_quads(), "turtle").decode("utf-8")
    subjects = [line.split(" ", 1)[0] for line in data.splitlines() if line[:1] not in "@\t"]
    assert any(s.startswith("dealid:") for s in subjects)
    assert any(s.startswith("orgid:") for s in subjects)
    assert any(s.startswith("personid:") for s in subjects)
    assert any(s.startswith("articleid:") for s in subjects)
    # Mentions are relative to @base, the article namespace: <example-en-1#char=0,18>.
    assert "@base <https://w3id.org/dealkg/id/article/> ." in data
    mentions = [s for s in subjects if "#char=" in s]
    assert mentions and all(re.fullmatch(r"<example-e[ns]-1#char=\d+,\d+>", s) for s in mentions)
    # Only nodes outside kg's data namespaces are written in full.
    long_subjects = [s for s in subjects if s.startswith("<https://w3id.org/dealkg/id/")]
    assert all("/software/" in s or "/pipeline/" in s for s in long_subjects)
    # W3C ORG keeps its own prefix: kg's organisations are orgid:, not org:.
    assert "@prefix org: <http://www.w3.org/ns/org#> ." in data
    assert "@prefix orgid: <https://w3id.org/dealkg/id/org/> ." in data


def test_turtle_puts_deals_organisations_and_people_before_mentions() -> None:
    data = serialize(example_quads(), "turtle").decode("utf-8")
    subjects = [line.split(" ", 1)[0] for line in data.splitlines() if line[:1] not in "@\t"]
    kinds = ["mention" if "#char=" in s else re.sub(r"[:<].*", "", s) for s in subjects]
    first_mention = kinds.index("mention")
    assert "mention" not in kinds[:first_mention]
    assert set(kinds[first_mention:]) == {"mention"}
    order = [k for i, k in enumerate(kinds) if i == 0 or kinds[i - 1] != k]
    assert order[:3] == ["dealid", "orgid", "personid"]


def test_turtle_mentions_come_in_text_order() -> None:
    data = serialize(example_quads(), "turtle").decode("utf-8")
    spans = [
        (m[1], int(m[2]), int(m[3]))
        for m in re.finditer(r"^<([^#>]+)#char=(\d+),(\d+)>", data, re.M)
    ]
    assert spans == sorted(spans)


def test_turtle_is_the_same_graph_and_the_same_bytes() -> None:
    quads = example_quads()
    data = serialize(quads, "turtle")
    assert_same_graph(rdflib_graph(data, "turtle"), rdflib.Graph().parse(EXAMPLE_GRAPH))
    assert serialize(list(reversed(quads)), "turtle") == data


def test_trig_keeps_named_graphs_with_short_names() -> None:
    article = ox.NamedNode("https://w3id.org/dealkg/id/article/example-en-1")
    quads = [ox.Quad(q.subject, q.predicate, q.object, article) for q in example_quads()]
    data = serialize(quads, "trig")
    assert b"articleid:example-en-1 {" in data
    parsed = list(ox.parse(data, format=ox.RdfFormat.TRIG))
    assert {q.graph_name for q in parsed} == {article}
    assert_same_graph(rdflib_graph(data, "trig"), rdflib.Graph().parse(EXAMPLE_GRAPH))


# --- JSON-LD ---------------------------------------------------------------------


def example_jsonld(**options: bool) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(serialize(example_quads(), "jsonld", **options))
    return document


def test_jsonld_refers_to_the_published_context_and_reads_as_the_same_triples() -> None:
    document = example_jsonld()
    assert document["@context"] == CONTEXT_URL
    assert_same_graph(pyld_graph(document), rdflib.Graph().parse(EXAMPLE_GRAPH))


def test_jsonld_with_the_context_inlined_reads_without_any_loader() -> None:
    document = example_jsonld(inline_context=True)
    assert isinstance(document["@context"], dict)
    graph = rdflib_graph(json.dumps(document), "json-ld")
    assert_same_graph(graph, rdflib.Graph().parse(EXAMPLE_GRAPH))


def test_a_deal_reads_as_plain_json() -> None:
    deals = {
        d["@id"]: d for d in example_jsonld()["@graph"] if "Deal" in d.get("@type", [])
    }
    assert deals, "deals come first in @graph"
    for deal in deals.values():
        parties = [deal[role] for role in ("buyer", "seller", "acquirer", "target", "investor",
                                           "investee", "partner") if role in deal]
        assert parties
        for party in parties:
            for node in party if isinstance(party, list) else [party]:
                assert isinstance(node["name"], str)
        assert isinstance(deal["status"], str) and ":" not in deal["status"]
        assert all(isinstance(e["anchorOf"], str) for e in deal["evidence"])
    with_amount = [d for d in deals.values() if "amount" in d]
    assert with_amount
    for deal in with_amount:
        amount = deal["amount"]
        assert amount["@type"] == "MonetaryAmount"
        numbers = [amount[k] for k in ("value", "minValue", "maxValue") if k in amount]
        assert numbers and all(isinstance(n, int | str) for n in numbers)
        assert re.fullmatch(r"[A-Z]{3}", amount["currency"])


def test_every_property_kg_writes_has_a_term_in_the_context() -> None:
    keys: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            keys.update(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(example_jsonld()["@graph"])
    assert keys
    assert not [k for k in keys if ":" in k or "/" in k], "a property without a term"


def test_whole_numbers_are_json_numbers_and_big_ones_stay_exact() -> None:
    amount = ox.NamedNode("https://w3id.org/dealkg/id/amount/big")
    value = ox.NamedNode("https://schema.org/value")
    decimal = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
    quads = [
        ox.Quad(amount, value, ox.Literal("6500000000", datatype=decimal)),
        ox.Quad(amount, value, ox.Literal("12.5", datatype=decimal)),
        ox.Quad(amount, value, ox.Literal("90071992547409930", datatype=decimal)),
    ]
    document = json.loads(serialize(quads, "jsonld"))
    assert sorted(map(str, document["@graph"][0]["value"])) == sorted(
        ["6500000000", "12.5", "90071992547409930"]
    )
    assert 6500000000 in document["@graph"][0]["value"]
    assert "90071992547409930" in document["@graph"][0]["value"]  # beyond 2^53: a string
    assert_same_graph(pyld_graph(document), rdflib_graph(serialize(quads, "ntriples"), "nt"))


def test_the_context_ships_with_the_data_files() -> None:
    shipped = data_dir("ontology") / "context.jsonld"
    assert json.loads(shipped.read_text(encoding="utf-8"))["@context"]["dealid"].endswith(
        "/id/deal/"
    )


# --- through the command line, on the examples -----------------------------------


@pytest.mark.model
def test_extract_writes_short_turtle_and_json_ld_of_the_same_graph(tmp_path: Path) -> None:
    runner = CliRunner()
    outputs = {}
    for suffix in (".ttl", ".nt", ".jsonld"):
        out = tmp_path / f"g{suffix}"
        result = runner.invoke(cli, ["extract", str(EXAMPLES), "-o", str(out), *RUN_TIME])
        assert result.exit_code == 0, result.output
        outputs[suffix] = out
    expected = rdflib.Graph().parse(outputs[".nt"], format="nt")
    turtle = outputs[".ttl"].read_text(encoding="utf-8")
    assert_same_graph(rdflib_graph(turtle, "turtle"), expected)
    assert "\ndealid:" in turtle and "\norgid:lumen-ai a schema:Organization" in turtle
    document = json.loads(outputs[".jsonld"].read_text(encoding="utf-8"))
    assert_same_graph(pyld_graph(document), expected)
    purchase = next(d for d in document["@graph"] if "PurchaseAgreement" in d["@type"])
    assert purchase["buyer"]["name"] == "Lumen AI"
    assert purchase["amount"]["minValue"] == 6500000000
    assert purchase["amount"]["currency"] == "USD"
    # kg reads its own JSON-LD back with no network: validate, stats and query agree.
    for command in (["validate"], ["stats"]):
        result = runner.invoke(cli, [*command, str(outputs[".jsonld"])])
        assert result.exit_code == 0, result.output
    stats_ttl = runner.invoke(cli, ["stats", str(outputs[".ttl"])]).output
    assert runner.invoke(cli, ["stats", str(outputs[".jsonld"])]).output == stats_ttl
    # Same input, same bytes.
    again = tmp_path / "again.ttl"
    result = runner.invoke(cli, ["extract", str(EXAMPLES), "-o", str(again), *RUN_TIME])
    assert again.read_bytes() == outputs[".ttl"].read_bytes()


@pytest.mark.model
def test_extract_inline_context(tmp_path: Path) -> None:
    out = tmp_path / "g.jsonld"
    result = CliRunner().invoke(
        cli, ["extract", str(EXAMPLES), "-o", str(out), "--inline-context", *RUN_TIME]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["@context"]["orgid"] == "https://w3id.org/dealkg/id/org/"
    graph = rdflib_graph(out.read_text(encoding="utf-8"), "json-ld")
    assert len(graph) > 100
