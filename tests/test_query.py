"""SPARQL over graph files: canned queries with exact rows, parameters bound as terms,
result formats, errors, and the ``kg query`` command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from kg.cli.query import query_command
from kg.errors import ConfigError, InputError
from kg.query import (
    adhoc_query,
    bind_params,
    get_query,
    list_queries,
    parse_header,
    resolve_entity,
    run_canned,
    run_query,
    term_text,
)
from kg.store import memory_store

ID = "https://w3id.org/dealkg/id/"
ACQUISITION = "dealid:369040cfb49692d5"
LUMEN_ROUND = "dealid:4924d081a8393b0b"
ORCA_ROUND = "dealid:83fd7669578e8920"
ORCA_POWER = "dealid:781af8288aef32b7"
EN = "articleid:example-en-1"
ES = "articleid:example-es-1"
S_EN_1 = (
    "Northwind Robotics agreed to buy Lumen Sensors for $1.2 billion, "
    "the companies said on Monday."
)
S_EN_2 = "Northwind chief executive Ada Moreno said the deal should close in the summer."
S_EN_3 = (
    "Earlier this year, Lumen Sensors raised €40 million from Bluefin Capital in a round "
    "that valued it at about €300 million."
)
S_ES_1 = (
    "Bluefin Capital invertirá hasta 25 millones de euros en Orca Labs, "
    "según fuentes cercanas a la operación."
)
S_ES_2 = (
    "Orca Labs ya firmó un contrato de cinco años con Ventisca Energía para comprar "
    "750 MW por 12 millones de euros."
)


def rows(name: str, graph: Path, **params: str) -> list[list[str]]:
    result = run_canned(name, params, files=[graph])
    return [[term_text(term) for term in row] for row in result.rows()]


def test_the_canned_queries_are_all_there_and_documented() -> None:
    queries = {q.name: q for q in list_queries()}
    assert set(queries) == {
        "biggest-deals", "deals", "deals-by-status", "deals-of-organization",
        "facts-with-evidence", "investors-of", "people-and-roles",
    }
    for query in queries.values():
        assert query.title and query.description, query.name
    org = queries["deals-of-organization"].params
    assert [(p.name, p.kind, p.optional) for p in org] == [("org", "org", False)]
    status = queries["deals-by-status"].params[0]
    assert (status.kind, status.optional, status.prefix) == ("iri", True, "deal")


def test_deals(example_graph: Path) -> None:
    result = run_canned("deals", files=[example_graph])
    assert result.variables == (
        "deal", "type", "parties", "value", "minValue", "maxValue", "currency", "status",
        "sentence", "article",
    )
    assert [[term_text(t) for t in row] for row in result.rows()] == [
        [ACQUISITION, "Acquisition", "acquirer: Northwind Robotics; target: Lumen Sensors",
         "1200000000", "", "", "USD", "Announced", S_EN_1, EN],
        [LUMEN_ROUND, "Investment", "investor: Bluefin Capital; investee: Lumen Sensors",
         "40000000", "", "", "EUR", "Completed", S_EN_3, EN],
        [ORCA_ROUND, "Investment", "investor: Bluefin Capital; investee: Orca Labs",
         "", "", "25000000", "EUR", "Rumoured", S_ES_1, ES],
        [ORCA_POWER, "PurchaseAgreement", "buyer: Orca Labs; seller: Ventisca Energía",
         "12000000", "", "", "EUR", "Completed", S_ES_2, ES],
    ]


@pytest.mark.parametrize("org", ["Bluefin Capital", "bluefin capital", "Bluefin Capital, Inc.",
                                 "id:org/bluefin-capital", "orgid:bluefin-capital",
                                 f"<{ID}org/bluefin-capital>"])
def test_deals_of_organization_by_name_or_iri(example_graph: Path, org: str) -> None:
    assert rows("deals-of-organization", example_graph, org=org) == [
        ["orgid:bluefin-capital", LUMEN_ROUND, "Investment", "investor", "Lumen Sensors",
         "investee", "40000000", "", "", "EUR", "Completed", EN],
        ["orgid:bluefin-capital", ORCA_ROUND, "Investment", "investor", "Orca Labs",
         "investee", "", "", "25000000", "EUR", "Rumoured", ES],
    ]


def test_deals_of_organization_by_alias(example_graph: Path) -> None:
    # "Northwind" is an alternateName of Northwind Robotics.
    assert rows("deals-of-organization", example_graph, org="Northwind") == [
        ["orgid:northwind-robotics", ACQUISITION, "Acquisition", "acquirer", "Lumen Sensors",
         "target", "1200000000", "", "", "USD", "Announced", EN],
    ]


def test_deals_of_an_unknown_organization_is_empty(example_graph: Path) -> None:
    assert rows("deals-of-organization", example_graph, org="Nobody Ltd") == []


def test_a_deal_with_one_known_party(example_graph: Path) -> None:
    # An unnamed-investors round: no counterparty, and no other organisation of the
    # article (Quarry Analytics) may slip into the empty counterparty columns.
    single = example_graph.parent / "single-party.ttl"
    assert rows("deals-of-organization", single, org="Kestrel Drones") == [
        ["orgid:kestrel-drones", "dealid:0f1e2d3c4b5a6978", "Investment", "investee", "", "",
         "", "", "", "", "Completed", "articleid:example-en-2"],
    ]
    assert [r[2] for r in rows("deals", single)] == ["investee: Kestrel Drones"]
    assert rows("biggest-deals", single) == []  # no amount, nothing to rank


def test_investors_of(example_graph: Path) -> None:
    assert rows("investors-of", example_graph, org="Lumen Sensors") == [
        ["orgid:lumen-sensors", "orgid:bluefin-capital", "Bluefin Capital", LUMEN_ROUND,
         "40000000", "", "", "EUR", "300000000", "Completed", S_EN_3, EN],
    ]
    assert rows("investors-of", example_graph, org="Orca Labs") == [
        ["orgid:orca-labs", "orgid:bluefin-capital", "Bluefin Capital", ORCA_ROUND,
         "", "", "25000000", "EUR", "", "Rumoured", S_ES_1, ES],
    ]
    assert rows("investors-of", example_graph, org="Northwind Robotics") == []


def test_people_and_roles(example_graph: Path) -> None:
    assert rows("people-and-roles", example_graph) == [
        ["personid:ada-moreno", "Ada Moreno", "chief executive", "orgid:northwind-robotics",
         "Northwind Robotics", S_EN_2, EN],
    ]


def test_deals_by_status(example_graph: Path) -> None:
    every = rows("deals-by-status", example_graph)
    assert [(r[0], r[1], r[2], r[7]) for r in every] == [
        ("deal:Announced", ACQUISITION, "Acquisition", ""),
        ("deal:Completed", LUMEN_ROUND, "Investment", ""),
        ("deal:Completed", ORCA_POWER, "PurchaseAgreement", ""),
        ("deal:Rumoured", ORCA_ROUND, "Investment", "según fuentes cercanas"),
    ]
    assert rows("deals-by-status", example_graph, status="Rumoured") == [
        ["deal:Rumoured", ORCA_ROUND, "Investment", "", "", "25000000", "EUR",
         "según fuentes cercanas", S_ES_1, ES],
    ]
    completed = rows("deals-by-status", example_graph, status="deal:Completed")
    assert [r[1] for r in completed] == [LUMEN_ROUND, ORCA_POWER]
    assert rows("deals-by-status", example_graph, status="Cancelled") == []


def test_biggest_deals_ranks_within_each_currency(example_graph: Path) -> None:
    assert rows("biggest-deals", example_graph) == [
        ["EUR", "40000000", "exact", LUMEN_ROUND, "Investment",
         "Bluefin Capital; Lumen Sensors", "Completed"],
        ["EUR", "25000000", "up to", ORCA_ROUND, "Investment",
         "Bluefin Capital; Orca Labs", "Rumoured"],
        ["EUR", "12000000", "exact", ORCA_POWER, "PurchaseAgreement",
         "Orca Labs; Ventisca Energía", "Completed"],
        ["USD", "1200000000", "exact", ACQUISITION, "Acquisition",
         "Lumen Sensors; Northwind Robotics", "Announced"],
    ]
    assert [r[3] for r in rows("biggest-deals", example_graph, currency="USD")] == [ACQUISITION]


def test_facts_with_evidence(example_graph: Path) -> None:
    found = rows("facts-with-evidence", example_graph)
    # (fact, type, text, begin, end, article): every mention of the two articles.
    assert [(r[0], r[1], r[2], r[3], r[4], r[6]) for r in found] == [
        ("orgid:northwind-robotics", "Organization", "Northwind Robotics", "0", "18", EN),
        (ACQUISITION, "Acquisition", S_EN_1, "0", "94", EN),
        ("orgid:lumen-sensors", "Organization", "Lumen Sensors", "33", "46", EN),
        ("amountid:37d73448b5316d82", "MonetaryAmount", "$1.2 billion", "51", "63", EN),
        ("orgid:northwind-robotics", "Organization", "Northwind", "95", "104", EN),
        ("membershipid:0dba3c1d881a33a4", "Membership",
         "Northwind chief executive Ada Moreno", "95", "131", EN),
        ("personid:ada-moreno", "Person", "Ada Moreno", "121", "131", EN),
        (LUMEN_ROUND, "Investment", S_EN_3, "174", "295", EN),
        ("orgid:lumen-sensors", "Organization", "Lumen Sensors", "193", "206", EN),
        ("amountid:d30f04498d7ddd44", "MonetaryAmount", "€40 million", "214", "225", EN),
        ("orgid:bluefin-capital", "Organization", "Bluefin Capital", "231", "246", EN),
        ("amountid:01988ddf6140acc7", "MonetaryAmount", "about €300 million", "276", "294", EN),
        ("orgid:bluefin-capital", "Organization", "Bluefin Capital", "0", "15", ES),
        (ORCA_ROUND, "Investment", S_ES_1, "0", "105", ES),
        ("amountid:c761d80fc6b12850", "MonetaryAmount", "hasta 25 millones de euros", "26", "52",
         ES),
        ("orgid:orca-labs", "Organization", "Orca Labs", "56", "65", ES),
        ("orgid:orca-labs", "Organization", "Orca Labs", "106", "115", ES),
        (ORCA_POWER, "PurchaseAgreement", S_ES_2, "106", "217", ES),
        ("orgid:ventisca-energia", "Organization", "Ventisca Energía", "155", "171", ES),
        ("quantityid:0124b275fc436928", "QuantitativeValue", "750 MW", "185", "191", ES),
        ("amountid:1d39efff41490290", "MonetaryAmount", "12 millones de euros", "196", "216", ES),
    ]
    # Each row's sentence holds its text, at the offsets the mention gives.
    sentences = {S_EN_1: 0, S_EN_2: 95, S_EN_3: 174, S_ES_1: 0, S_ES_2: 106}
    for row in found:
        start = sentences[row[5]]
        assert row[5][int(row[3]) - start:int(row[4]) - start] == row[2]


def test_the_example_graph_mentions_are_the_sentences_own_characters(
    example_graph: Path,
) -> None:
    # Guards the fixture itself: each mention's anchor is its sentence's substring.
    result = run_query(
        """SELECT ?text ?b ?sentence ?sb WHERE {
             ?m nif:anchorOf ?text ; nif:beginIndex ?b ; nif:sentence ?s .
             ?s nif:anchorOf ?sentence ; nif:beginIndex ?sb }""",
        files=[example_graph],
    )
    checked = 0
    for text, b, sentence, sb in result.rows():
        assert isinstance(text, ox.Literal) and isinstance(sentence, ox.Literal)
        assert isinstance(b, ox.Literal) and isinstance(sb, ox.Literal)
        start = int(b.value) - int(sb.value)
        assert sentence.value[start:start + len(text.value)] == text.value
        checked += 1
    assert checked == 17  # every mention but the four deal sentences


def test_parameters_are_bound_as_terms_never_pasted(example_graph: Path) -> None:
    # Pasted into the text, this value would close the string and match every deal.
    hostile = 'USD" || true || "'
    assert rows("biggest-deals", example_graph, currency=hostile) == []
    query = get_query("biggest-deals")
    store = memory_store([example_graph])
    assert bind_params(query, {"currency": hostile}, store) == {"currency": ox.Literal(hostile)}
    assert hostile not in query.text


def test_bindings_accept_rdflib_terms(example_graph: Path) -> None:
    result = run_query(
        "SELECT ?org ?name WHERE { ?org schema:name ?name }",
        files=[example_graph],
        bindings={"org": URIRef(ID + "org/orca-labs")},
    )
    assert [term_text(r[1]) for r in result.rows()] == ["Orca Labs"]


def test_parameter_errors(example_graph: Path) -> None:
    with pytest.raises(InputError, match="needs --param org"):
        run_canned("investors-of", {}, files=[example_graph])
    with pytest.raises(InputError, match="has no parameter 'company'.*takes: org"):
        run_canned("investors-of", {"company": "Orca Labs"}, files=[example_graph])
    with pytest.raises(InputError, match="not an IRI"):
        run_canned("deals-by-status", {"status": "two words"}, files=[example_graph])
    with pytest.raises(InputError, match="no canned query named 'nope'.*deals"):
        run_canned("nope", files=[example_graph])


def test_names_are_resolved_the_way_kg_compares_names(example_graph: Path) -> None:
    store = memory_store([example_graph])
    assert resolve_entity("VENTISCA ENERGIA", "org", store) == ox.NamedNode(
        ID + "org/ventisca-energia"
    )
    assert resolve_entity("ada moreno", "person", store) == ox.NamedNode(ID + "person/ada-moreno")


def test_a_syntax_error_gives_line_and_column(example_graph: Path) -> None:
    with pytest.raises(InputError, match=r"SPARQL syntax error at 2:\d+"):
        run_query("SELECT ?x WHERE {\n  ?x ?y }", files=[example_graph])


def test_ask_and_construct(example_graph: Path) -> None:
    assert run_query("ASK { ?d a deal:Acquisition }", files=[example_graph]).boolean is True
    assert run_query("ASK { ?d a deal:Merger }", files=[example_graph]).boolean is False
    result = run_query(
        "CONSTRUCT { ?o schema:name ?n } WHERE { ?o a schema:Organization ; schema:name ?n }",
        files=[example_graph],
    )
    assert result.kind == "construct"
    out = io.BytesIO()
    result.write(out, "turtle")
    graph = Graph().parse(data=out.getvalue().decode(), format="turtle")
    assert len(graph) == 6  # five organisations and the publisher


def test_result_formats(example_graph: Path) -> None:
    sparql = "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }"
    out = io.BytesIO()
    run_query(sparql, files=[example_graph]).write(out, "json")
    assert json.loads(out.getvalue()) == {
        "head": {"vars": ["name"]},
        "results": {"bindings": [{"name": {"type": "literal", "value": "Ada Moreno"}}]},
    }
    out = io.BytesIO()
    run_query(sparql, files=[example_graph]).write(out, "tsv")
    assert out.getvalue().decode().splitlines() == ["?name", '"Ada Moreno"']
    out = io.BytesIO()
    run_query("ASK { ?p a schema:Person }", files=[example_graph]).write(out, "json")
    assert json.loads(out.getvalue()) == {"head": {}, "boolean": True}


def test_rows_stream_and_are_read_once(example_graph: Path) -> None:
    result = run_query("SELECT ?s WHERE { ?s ?p ?o }", files=[example_graph])
    rows_iter = result.rows()
    assert next(rows_iter)  # the first row comes without reading the rest
    with pytest.raises(RuntimeError, match="already read"):
        list(result.rows())


def test_trig_keeps_named_graphs_and_queries_see_their_union(tmp_path: Path) -> None:
    trig = tmp_path / "two.trig"
    trig.write_text(
        "<https://example.org/g1> { <https://example.org/a> <https://schema.org/name> \"A\" }\n"
        "<https://example.org/g2> { <https://example.org/b> <https://schema.org/name> \"B\" }\n",
        encoding="utf-8",
    )
    union = run_query("SELECT ?n WHERE { ?x schema:name ?n } ORDER BY ?n", files=[trig])
    assert [term_text(r[0]) for r in union.rows()] == ["A", "B"]
    graphs = run_query(
        "SELECT ?g WHERE { GRAPH ?g { ?x schema:name \"B\" } }", files=[trig]
    )
    assert [term_text(r[0]) for r in graphs.rows()] == ["https://example.org/g2"]


def test_a_triple_in_two_graphs_counts_once(tmp_path: Path) -> None:
    trig = tmp_path / "shared.trig"
    trig.write_text(
        "<https://example.org/g1> { <https://example.org/o> <https://schema.org/name> \"O\" }\n"
        "<https://example.org/g2> { <https://example.org/o> <https://schema.org/name> \"O\" }\n",
        encoding="utf-8",
    )
    result = run_query("SELECT (COUNT(*) AS ?n) WHERE { ?o schema:name ?name }", files=[trig])
    assert [term_text(r[0]) for r in result.rows()] == ["1"]


def test_bad_graph_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="missing.ttl: no such file or directory"):
        run_query("ASK {}", files=[tmp_path / "missing.ttl"])
    odd = tmp_path / "graph.xyz"
    odd.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="unknown graph file extension"):
        run_query("ASK {}", files=[odd])
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="broken.ttl: not valid Turtle"):
        run_query("ASK {}", files=[broken])


def test_query_header_parsing(tmp_path: Path) -> None:
    path = tmp_path / "q.rq"
    text = (
        "# title: Things\n# description: first line\n#   second line\n"
        "# param who (person): a person\n#   by name\n# param n (integer, optional): a count\n"
        "SELECT ?who ?n WHERE {}\n"
    )
    query = parse_header(text, path)
    assert query.description == "first line second line"
    assert [(p.name, p.kind, p.optional, p.description) for p in query.params] == [
        ("who", "person", False, "a person by name"), ("n", "integer", True, "a count"),
    ]
    with pytest.raises(ConfigError, match="unknown kind"):
        parse_header("# title: X\n# param x (colour): bad\n", path)
    with pytest.raises(ConfigError, match="needs a '# title:'"):
        parse_header("# description: no title\n", path)


def test_adhoc_parameters_bind_by_their_looks(example_graph: Path) -> None:
    store = memory_store([example_graph])
    query = adhoc_query("SELECT ?x WHERE {}")
    assert bind_params(query, {"x": "deal:Completed", "y": "plain"}, store) == {
        "x": ox.NamedNode("https://w3id.org/dealkg/ontology#Completed"),
        "y": ox.Literal("plain"),
    }


# --- the command ----------------------------------------------------------------


def test_cli_csv_for_tools(example_graph: Path) -> None:
    result = CliRunner().invoke(query_command, [
        str(example_graph), "--name", "investors-of", "--param", "org=Lumen Sensors",
        "--format", "csv",
    ])
    assert result.exit_code == 0, result.output
    table = list(csv.reader(io.StringIO(result.output)))
    assert table[0][:4] == ["org", "investor", "investorName", "deal"]
    assert table[1][2:5] == ["Bluefin Capital", ID + "deal/4924d081a8393b0b", "40000000"]
    assert len(table) == 2


def test_cli_table_for_people(example_graph: Path) -> None:
    result = CliRunner().invoke(query_command, [str(example_graph), "--name", "people-and-roles"])
    assert result.exit_code == 0, result.output
    assert "Ada Moreno" in result.output and "chief executive" in result.output
    assert result.output.rstrip().endswith("1 row")


def test_cli_json_from_a_query_file(example_graph: Path, tmp_path: Path) -> None:
    query = tmp_path / "orgs.rq"
    query.write_text("SELECT (COUNT(?o) AS ?n) WHERE { ?o a schema:Organization }\n")
    result = CliRunner().invoke(query_command, [str(example_graph), "-f", str(query),
                                                "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["results"]["bindings"][0]["n"]["value"] == "6"


def test_cli_ask_and_construct(example_graph: Path) -> None:
    ask = CliRunner().invoke(query_command, [str(example_graph), "-q",
                                             "ASK { ?p a schema:Person }"])
    assert (ask.exit_code, ask.output) == (0, "true\n")
    construct = CliRunner().invoke(query_command, [
        str(example_graph), "-q",
        "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }",
    ])
    assert construct.exit_code == 0, construct.output
    graph = Graph().parse(data=construct.output, format="turtle")
    assert set(graph) == {(URIRef(ID + "person/ada-moreno"), URIRef("https://schema.org/name"),
                           next(iter(graph))[2])}


def test_cli_param_binds_a_term(example_graph: Path) -> None:
    result = CliRunner().invoke(query_command, [
        str(example_graph), "-q", "SELECT ?d ?s WHERE { ?d deal:status ?s }",
        "--param", "s=deal:Rumoured", "--format", "tsv",
    ])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:] == [
        f"<{ID}deal/83fd7669578e8920>\t<https://w3id.org/dealkg/ontology#Rumoured>"
    ]


def test_cli_syntax_error_is_one_line_and_exit_2(example_graph: Path) -> None:
    result = CliRunner().invoke(query_command, [str(example_graph), "-q",
                                                "SELECT ?x WHERE {\n?x }"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: SPARQL syntax error at 2:")


@pytest.mark.parametrize("args", [
    ["--name", "deals"],  # no graph
    ["GRAPH", "-q", "ASK {}", "--name", "deals"],  # two queries
    ["GRAPH", "--name", "deals", "--param", "novalue"],
])
def test_cli_usage_errors_exit_2(example_graph: Path, args: list[str]) -> None:
    args = [str(example_graph) if a == "GRAPH" else a for a in args]
    result = CliRunner().invoke(query_command, args)
    assert result.exit_code == 2, result.output


def test_cli_list(example_graph: Path) -> None:
    result = CliRunner().invoke(query_command, ["--list"])
    assert result.exit_code == 0
    assert "deals-of-organization: Deals of an organisation" in result.output
    assert "--param org=...  (org, required)" in result.output
    assert "--param status=...  (iri, optional)" in result.output


# --- tables that fit the terminal ----------------------------------------------------


def _words(text: str) -> set[str]:
    return {w.strip(",;:.") for w in text.split()} | set(text.split())


@pytest.mark.parametrize("columns", [100, 120])
def test_cli_table_fits_the_terminal_without_breaking_a_word(
    example_graph: Path, columns: int
) -> None:
    wide = CliRunner().invoke(query_command, [str(example_graph), "--name", "deals", "--wide"])
    words = _words(wide.output)
    result = CliRunner(env={"COLUMNS": str(columns)}).invoke(
        query_command, [str(example_graph), "--name", "deals"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert all(len(line.rstrip()) <= columns for line in lines)
    header = lines[0].split()
    assert header == ["type", "parties", "amount", "status", "sentence"]
    body = lines[2:-2]
    for token in " ".join(body).split():
        assert token.rstrip("…") in words, f"{token!r} is a broken word"
    assert "Investment" in result.output and "PurchaseAgreement" in result.output
    assert "≤ 25,000,000 EUR" in result.output  # the amount read as one
    assert "…" in result.output  # the sentences are cut, at a word
    assert "not shown: deal, article (no room; see --wide or --format csv)" in result.output
    assert "--wide" in result.output


def test_cli_wide_table_shows_every_column_in_full(example_graph: Path) -> None:
    result = CliRunner(env={"COLUMNS": "100"}).invoke(
        query_command, [str(example_graph), "--name", "deals", "--wide"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.split()[:3] == ["deal", "type", "parties"]
    assert S_EN_3 in result.output and "…" not in result.output
    assert "dealid:369040cfb49692d5" in result.output


def test_cli_csv_keeps_the_amount_columns_apart(example_graph: Path) -> None:
    result = CliRunner(env={"COLUMNS": "100"}).invoke(
        query_command, [str(example_graph), "--name", "deals", "--format", "csv"]
    )
    header = next(csv.reader(io.StringIO(result.output)))
    assert header == ["deal", "type", "parties", "value", "minValue", "maxValue", "currency",
                      "status", "sentence", "article"]


# --- SPARQL messages that say what to do -------------------------------------------


def _query_error(graph: Path, sparql: str) -> str:
    result = CliRunner().invoke(query_command, [str(graph), "-q", sparql])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_an_unknown_prefix_is_named_with_kg_prefixes(example_graph: Path) -> None:
    message = _query_error(example_graph, "SELECT ?x WHERE { ?x a foo:Bar }")
    assert "unknown prefix foo:" in message
    assert "deal: " in message and "schema: " in message and "orgid: " in message
    assert "PREFIX foo: <" in message
    assert "\\u{" not in message and "..=" not in message  # no Unicode ranges


def test_a_prefix_declared_in_the_query_is_not_unknown(example_graph: Path) -> None:
    message = _query_error(
        example_graph,
        'PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:p "a:b" ; bar:q <urn:x:y> }',
    )
    assert "unknown prefix bar:;" in message and "ex:," not in message


@pytest.mark.parametrize("form", ["SELEC", "selct", "SELEC DISTINCT"])
def test_a_misspelt_query_form_says_what_kg_query_accepts(example_graph: Path, form: str) -> None:
    message = _query_error(example_graph, f"PREFIX ex: <http://e/>\n{form} * WHERE {{ ?s ?p ?o }}")
    assert "is not a query form" in message
    assert "SELECT, ASK, CONSTRUCT or DESCRIBE" in message and "did you mean SELECT?" in message
    assert "expected CONSTRUCT" not in message


@pytest.mark.parametrize(("update", "named"), [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT DATA"),
    ("DELETE WHERE { ?s ?p ?o }", "DELETE WHERE"),
    ("DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", "DELETE"),
    ("LOAD <http://example.org/data.ttl>", "LOAD"),
    ("CLEAR ALL", "CLEAR"),
])
def test_an_update_says_kg_query_only_reads(example_graph: Path, update: str, named: str) -> None:
    message = _query_error(example_graph, update)
    assert f"{named} is a SPARQL Update" in message
    assert "kg query only reads" in message and "kg load" in message


def test_other_syntax_errors_keep_the_position(example_graph: Path) -> None:
    message = _query_error(example_graph, "SELECT ?x WHERE {\n?x }")
    assert message.startswith("error: SPARQL syntax error at 2:")


def test_cut_keeps_whole_words_and_marks_the_cut() -> None:
    from kg.cli.table import cut

    assert cut("Quill Data raised $150 million last year", 20) == "Quill Data raised…"
    assert cut("short", 20) == "short"
    assert cut("Supercalifragilistic", 8) == "Superca…"  # one word longer than the column
    assert cut("a,\nb  c", 10) == "a, b c"


def test_fit_leaves_out_identifiers_before_text() -> None:
    from kg.cli.table import fit, overhead

    headers = ["deal", "type", "sentence"]
    rows = [["dealid:369040cfb49692d5", "Acquisition", "word " * 30]]
    layout = fit(headers, rows, 60)
    assert [headers[i] for i in layout.columns] == ["type", "sentence"]
    assert layout.dropped == ["deal"]
    assert sum(layout.widths) + overhead(len(layout.columns)) <= 60
    wide = fit(headers, rows, 400)
    assert wide.dropped == [] and wide.widths == [23, 11, 150]


def test_cli_table_keeps_vocabulary_terms_and_leaves_out_node_names(example_graph: Path) -> None:
    result = CliRunner(env={"COLUMNS": "100"}).invoke(
        query_command, [str(example_graph), "--name", "deals-by-status"]
    )
    assert result.exit_code == 0, result.output
    header = result.output.splitlines()[0].split()
    assert "status" in header and "deal" not in header  # deal:Completed stays, dealid: goes
    assert "deal:Completed" in result.output or "Completed" in result.output


def test_cli_construct_prints_kg_short_turtle(example_graph: Path) -> None:
    result = CliRunner().invoke(query_command, [
        str(example_graph), "-q",
        "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }",
    ])
    assert result.exit_code == 0, result.output
    assert 'personid:ada-moreno schema:name "Ada Moreno" .' in result.output.splitlines()


def test_graph_stats_counts_distinct_things_of_the_merge(example_graph: Path) -> None:
    from kg.query import graph_stats

    assert graph_stats([example_graph]) == {
        "articles": 2, "organisations": 6, "people": 1, "amounts": 5, "quantities": 1,
        "deals": 4, "distinct triples": 320,
    }
    # The same article graph twice counts once.
    assert graph_stats([example_graph, example_graph]) == graph_stats([example_graph])
