"""kg report: amounts for readers, the report model, the static site, the network
exports and the command line. Graphs are built here from sentences written for
these tests (no spaCy); the browser and server checks are in test_report_browser.py."""

from __future__ import annotations

import json
import re
import warnings
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pydot
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, SKOS, XSD

from kg.cli import cli
from kg.report import Site, build_network, report_from_files, write_site
from kg.report.model import Evidence, Span, node_key
from kg.report.money import format_bounds, format_count, format_money
from kg.report.network import to_dot, to_graphml
from kg.vocab import DEAL, ID, NIF, ORG, SCHEMA

# --- amounts for readers -----------------------------------------------------------


@pytest.mark.parametrize(("value", "currency", "lang", "expected"), [
    ("6500000000", "USD", "en", "$6.5 billion"),
    ("6500000000", "USD", "es", "6.500 millones de dólares estadounidenses"),
    ("2400000000", "USD", "en", "$2.4 billion"),
    ("2400000000", "USD", "es", "2.400 millones de dólares estadounidenses"),
    ("300000000", "EUR", "en", "€300 million"),
    ("300000000", "EUR", "es", "300 millones de euros"),
    ("1000000", "EUR", "es", "1 millón de euros"),
    ("1500000000000", "EUR", "es", "1,5 billones de euros"),  # billón = 10^12
    ("1500000000000", "EUR", "en", "€1.5 trillion"),
    ("350000", "EUR", "es", "350.000 euros"),
    ("350000", "GBP", "en", "£350,000"),
    ("12345678", "USD", "en", "$12.35 million"),
    ("2000000000", "CHF", "en", "CHF 2 billion"),  # no symbol of its own: the code
    ("2000000000", None, "en", "2 billion"),
])
def test_format_money(value: str, currency: str | None, lang: str, expected: str) -> None:
    assert format_money(Decimal(value), currency, lang) == expected  # type: ignore[arg-type]


def test_format_bounds_in_both_languages() -> None:
    six = Decimal("6500000000")
    assert format_bounds(None, six, None, "USD", "en") == "more than $6.5 billion"
    assert format_bounds(None, six, None, "USD", "es").startswith("más de 6.500 millones de")
    assert format_bounds(None, None, Decimal("3e8"), "EUR", "es") == "hasta 300 millones de euros"
    assert format_bounds(None, Decimal("1e9"), Decimal("2e9"), "USD", "en") == (
        "$1 billion – $2 billion")
    assert format_bounds(None, None, None, "USD", "en") == ""
    assert format_count(10000, "es") == "10.000" and format_count(10000, "en") == "10,000"


def test_evidence_pieces_mark_spans_and_evidence_wins() -> None:
    evidence = Evidence("a", 100, "Acme buys Bolt for $5 million.", [
        Span(100, 104, "party"), Span(110, 114, "party"), Span(119, 129, "amount"),
        Span(105, 114, "evidence"),
    ])
    assert evidence.pieces() == [
        ("Acme", "party"), (" ", None), ("buys Bolt", "evidence"), (" for ", None),
        ("$5 million", "amount"), (".", None),
    ]


def test_node_key_is_a_safe_file_name() -> None:
    assert node_key(str(ID["org/acme"])) == "acme"
    weird = node_key("urn:x:We<ird> name/..")
    assert re.fullmatch(r"urn-x-We-ird-name-[0-9a-f]{8}", weird)
    assert node_key("urn:x:We<ird> name/.") != weird


# --- a graph written for these tests -----------------------------------------------

ARTICLE_1 = ("Acme may buy Bolt for $1.5 billion, people familiar with the matter said. "
             "Acme, Bolt and Cirrus <Labs> & \"Co\" formed a partnership.")
ARTICLE_2 = ("Acme completó la compra de Bolt por 1.500 millones de dólares. "
             "Ana Ruiz, consejera delegada de Cirrus, invirtió 20 millones de euros en Bolt.")
CIRRUS = 'Cirrus <Labs> & "Co"'


def _mention(g: Graph, article: URIRef, text: str, needle: str, occurrence: int = 0,
             sentence: URIRef | None = None) -> URIRef:
    begin = -1
    for _ in range(occurrence + 1):
        begin = text.index(needle, begin + 1)
    end = begin + len(needle)
    node = URIRef(f"{article}#char={begin},{end}")
    g.add((node, NIF.beginIndex, Literal(begin, datatype=XSD.nonNegativeInteger)))
    g.add((node, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
    g.add((node, NIF.anchorOf, Literal(needle)))
    g.add((node, NIF.referenceContext, URIRef(f"{article}#char=0,{len(text)}")))
    if sentence is not None:
        g.add((node, NIF.sentence, sentence))
    return node


def _article(g: Graph, key: str, text: str, *, lang: str, date: str, headline: str) -> URIRef:
    article = ID[f"article/{key}"]
    g.add((article, RDF.type, SCHEMA.NewsArticle))
    g.add((article, SCHEMA.identifier, Literal(key)))
    g.add((article, SCHEMA.url, Literal(f"https://example.org/{key}", datatype=XSD.anyURI)))
    g.add((article, SCHEMA.headline, Literal(headline, lang=lang)))
    g.add((article, SCHEMA.datePublished, Literal(date, datatype=XSD.date)))
    g.add((article, SCHEMA.inLanguage, Literal(lang)))
    context = URIRef(f"{article}#char=0,{len(text)}")
    g.add((context, NIF.sourceUrl, article))
    return article


def _org(g: Graph, article: URIRef, key: str, name: str, mention: URIRef) -> URIRef:
    node = ID[f"org/{key}"]
    g.add((node, RDF.type, SCHEMA.Organization))
    g.add((node, SCHEMA.name, Literal(name)))
    g.add((node, DEAL.evidence, mention))
    g.add((article, SCHEMA.mentions, node))
    return node


def _money(g: Graph, article: URIRef, key: str, currency: str, mention: URIRef,
           **bounds: str) -> URIRef:
    node = ID[f"amount/{key}"]
    g.add((node, RDF.type, SCHEMA.MonetaryAmount))
    g.add((node, SCHEMA.currency, Literal(currency)))
    for prop, value in bounds.items():
        g.add((node, SCHEMA[prop], Literal(value, datatype=XSD.decimal)))
    g.add((node, DEAL.evidence, mention))
    g.add((article, SCHEMA.mentions, node))
    return node


def _deal(g: Graph, article: URIRef, key: str, kind: str, status: str,
          roles: list[tuple[str, URIRef]], evidence: URIRef,
          amount: URIRef | None = None) -> URIRef:
    node = ID[f"deal/{key}"]
    g.add((node, RDF.type, DEAL.Deal))
    g.add((node, RDF.type, DEAL[kind]))
    g.add((node, DEAL.status, DEAL[status]))
    g.add((node, DEAL.evidence, evidence))
    g.add((node, PROV.wasDerivedFrom, article))
    g.add((article, SCHEMA.mentions, node))
    for role, party in roles:
        g.add((node, DEAL[role], party))
        g.add((node, DEAL.party, party))
    if amount is not None:
        g.add((node, DEAL.amount, amount))
    return node


def build_graphs() -> dict[URIRef, Graph]:
    """Two articles; the Acme–Bolt deal is told by both, rumoured then completed."""
    g1, g2 = Graph(), Graph()
    a1 = _article(g1, "a1", ARTICLE_1, lang="en", date="2025-05-10", headline="Acme eyes Bolt")
    a2 = _article(g2, "a2", ARTICLE_2, lang="es", date="2025-09-01",
                  headline="Acme cierra la compra de Bolt")
    # Article 1: the rumoured acquisition, and a partnership of three.
    s1 = _mention(g1, a1, ARTICLE_1, ARTICLE_1.split(" Acme, ")[0])
    s2 = _mention(g1, a1, ARTICLE_1, ARTICLE_1.split("said. ")[1])
    acme = _org(g1, a1, "acme", "Acme", _mention(g1, a1, ARTICLE_1, "Acme", sentence=s1))
    bolt = _org(g1, a1, "bolt", "Bolt", _mention(g1, a1, ARTICLE_1, "Bolt", sentence=s1))
    cirrus = _org(g1, a1, "cirrus", CIRRUS, _mention(g1, a1, ARTICLE_1, CIRRUS, sentence=s2))
    g1.add((acme, SCHEMA.alternateName, Literal("Acme Corp.")))
    g1.add((acme, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q1")))
    price = _money(g1, a1, "p1", "USD", _mention(g1, a1, ARTICLE_1, "$1.5 billion", sentence=s1),
                   value="1500000000")
    _deal(g1, a1, "buy", "Acquisition", "Rumoured", [("acquirer", acme), ("target", bolt)], s1,
          price)
    _deal(g1, a1, "trio", "Partnership", "Announced",
          [("partner", acme), ("partner", bolt), ("partner", cirrus)], s2)
    # Article 2: the same acquisition, completed; a person invests.
    t1 = _mention(g2, a2, ARTICLE_2, ARTICLE_2.split(" Ana ")[0])
    t2 = _mention(g2, a2, ARTICLE_2, ARTICLE_2.split("dólares. ")[1])
    for org, name, sentence in ((acme, "Acme", t1), (bolt, "Bolt", t1)):
        _org(g2, a2, node_key(str(org)), name, _mention(g2, a2, ARTICLE_2, name, sentence=sentence))
    _org(g2, a2, "cirrus", CIRRUS, _mention(g2, a2, ARTICLE_2, "Cirrus", sentence=t2))
    price2 = _money(g2, a2, "p2", "USD",
                    _mention(g2, a2, ARTICLE_2, "1.500 millones de dólares", sentence=t1),
                    value="1500000000")
    _deal(g2, a2, "buy", "Acquisition", "Completed", [("acquirer", acme), ("target", bolt)], t1,
          price2)
    ana = ID["person/ana-ruiz"]
    g2.add((ana, RDF.type, SCHEMA.Person))
    g2.add((ana, SCHEMA.name, Literal("Ana Ruiz")))
    g2.add((ana, DEAL.evidence, _mention(g2, a2, ARTICLE_2, "Ana Ruiz", sentence=t2)))
    membership = ID["membership/m1"]
    g2.add((membership, RDF.type, ORG.Membership))
    g2.add((membership, ORG.member, ana))
    g2.add((membership, ORG.organization, cirrus))
    g2.add((membership, ORG.role, ID["role/consejera-delegada"]))
    g2.add((ID["role/consejera-delegada"], SKOS.prefLabel,
            Literal("consejera delegada", lang="es")))
    role_text = "Ana Ruiz, consejera delegada de Cirrus"
    g2.add((membership, DEAL.evidence, _mention(g2, a2, ARTICLE_2, role_text)))
    stake = _money(g2, a2, "p3", "EUR",
                   _mention(g2, a2, ARTICLE_2, "20 millones de euros", sentence=t2),
                   value="20000000")
    _deal(g2, a2, "stake", "Investment", "Completed", [("investor", ana), ("investee", bolt)], t2,
          stake)
    return {a1: g1, a2: g2}


@pytest.fixture
def graph_files(tmp_path: Path) -> dict[str, Path]:
    """The test graph as N-Quads (one graph per article) and as Turtle (merged)."""
    graphs = build_graphs()
    nq = tmp_path / "deals.nq"
    nq.write_text("".join(
        f"{s.n3()} {p.n3()} {o.n3()} {name.n3()} .\n"
        for name, graph in graphs.items() for s, p, o in graph
    ), encoding="utf-8")
    merged = Graph()
    for graph in graphs.values():
        merged += graph
    ttl = tmp_path / "deals.ttl"
    merged.serialize(ttl, format="turtle")
    return {"nq": nq, "ttl": ttl}


# --- the report model --------------------------------------------------------------


def test_report_reads_deals_parties_money_and_status_history(graph_files: dict[str, Path]) -> None:
    report = report_from_files([graph_files["nq"]])
    assert len(report.deals) == 3
    buy = report.deals[str(ID["deal/buy"])]
    assert buy.type == "Acquisition"
    assert buy.parties == [("acquirer", str(ID["org/acme"])), ("target", str(ID["org/bolt"]))]
    assert buy.amount is not None and buy.amount.value == Decimal("1500000000")
    # Told by two articles: each article's status, the latest one current.
    assert buy.statuses == [("Rumoured", str(ID["article/a1"])),
                            ("Completed", str(ID["article/a2"]))]
    assert report.current_status(buy) == "Completed"
    assert report.deal_date(buy) == "2025-05-10"
    # Newest deal first.
    assert list(report.deals)[0] in (str(ID["deal/buy"]), str(ID["deal/stake"]))
    # Evidence: one sentence per article, spans of parties and money inside it.
    texts = [e.text for e in buy.evidence]
    assert texts[0].startswith("Acme may buy Bolt") and texts[1].startswith("Acme completó")
    marked = [(t, k) for t, k in buy.evidence[0].pieces() if k]
    assert marked == [("Acme", "party"), ("Bolt", "party"), ("$1.5 billion", "amount")]
    acme = report.entities[str(ID["org/acme"])]
    assert acme.other_names == ["Acme Corp."]
    assert acme.wikidata == "http://www.wikidata.org/entity/Q1"
    cirrus = report.entities[str(ID["org/cirrus"])]
    assert cirrus.roles == [("consejera delegada", str(ID["person/ana-ruiz"]),
                             str(ID["article/a2"]))]
    assert report.label("Acquisition", "es") == "adquisición"


def test_turtle_and_nquads_give_the_same_deals(graph_files: dict[str, Path]) -> None:
    quads = report_from_files([graph_files["nq"]])
    ttl = report_from_files([graph_files["ttl"]])
    assert set(quads.deals) == set(ttl.deals)
    for iri, deal in quads.deals.items():
        other = ttl.deals[iri]
        assert (deal.type, deal.parties, deal.amount) == (other.type, other.parties, other.amount)
        assert [e.text for e in deal.evidence] == [e.text for e in other.evidence]


# --- the network and its exports ---------------------------------------------------


def test_network_one_edge_per_deal_and_every_party_a_node(graph_files: dict[str, Path]) -> None:
    network = build_network(report_from_files([graph_files["nq"]]))
    assert {n.label for n in network.nodes.values()} == {"Acme", "Bolt", CIRRUS, "Ana Ruiz"}
    deals = [e for e in network.edges if e.kind == "deal"]
    assert sorted(node_key(e.id) for e in deals) == ["buy", "stake", "trio"]
    trio = [e for e in network.edges if e.key == "trio"]
    assert [e.kind for e in trio] == ["deal", "co-party"]  # the third partner joins
    acme = network.nodes[str(ID["org/acme"])]
    assert acme.money == Decimal("1500000000") and acme.degree == 2


def test_graphml_parses_back_with_its_attributes(graph_files: dict[str, Path]) -> None:
    network = build_network(report_from_files([graph_files["nq"]]))
    root = ET.fromstring(to_graphml(network))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", ns)}
    nodes = root.findall("g:graph/g:node", ns)
    edges = root.findall("g:graph/g:edge", ns)
    assert len(nodes) == len(network.nodes) and len(edges) == len(network.edges)
    ids = {n.get("id") for n in nodes}
    assert all(e.get("source") in ids and e.get("target") in ids for e in edges)
    labels = {d.text for n in nodes for d in n.findall("g:data", ns)
              if keys[d.get("key")] == "label"}
    assert CIRRUS in labels  # markup characters survive as text
    types = [d.text for e in edges for d in e.findall("g:data", ns) if keys[d.get("key")] == "type"]
    assert types.count("Acquisition") == 1


def test_dot_parses_back_with_graphviz_syntax(graph_files: dict[str, Path]) -> None:
    network = build_network(report_from_files([graph_files["nq"]]))
    with warnings.catch_warnings():
        # pydot's parser still calls pyparsing's old camelCase names.
        warnings.filterwarnings("ignore", "'\\w+' deprecated - use", DeprecationWarning)
        graphs = pydot.graph_from_dot_data(to_dot(network).decode("utf-8"))
    assert graphs is not None and len(graphs) == 1
    graph = graphs[0]
    nodes = [n for n in graph.get_nodes() if n.get_name() not in ("node", "edge", "graph")]
    assert len(nodes) == len(network.nodes)
    edges = graph.get_edges()
    assert len(edges) == len(network.edges)
    labels = {n.get("label")[1:-1].replace('\\"', '"') for n in nodes}
    assert CIRRUS in labels
    deal_edges = [e for e in edges if e.get("kind") == '"deal"']
    assert len(deal_edges) == 3
    # Styled by the current status: the acquisition was completed after the rumour.
    assert {(e.get("status"), e.get("style")) for e in deal_edges} == {
        ('"Completed"', "solid"), ('"Announced"', "solid")}
    assert {e.get("style") for e in edges if e.get("kind") == '"co-party"'} == {"dotted"}


# --- the site -----------------------------------------------------------------------


def _data(path: Path, name: str) -> dict[str, object]:
    text = path.read_text(encoding="utf-8")
    prefix = f"window.{name} = "
    assert text.startswith(prefix)
    return json.loads(text[len(prefix):].rstrip().rstrip(";"))  # type: ignore[no-any-return]


def test_site_pages_escape_markup_and_link_relatively(graph_files: dict[str, Path],
                                                       tmp_path: Path) -> None:
    report = report_from_files([graph_files["nq"]])
    out = tmp_path / "site"
    write_site(Site(report, "en"), out)
    cirrus = (out / "org" / "cirrus.html").read_text(encoding="utf-8")
    assert "Cirrus &lt;Labs&gt; &amp; &#34;Co&#34;" in cirrus and "<Labs>" not in cirrus
    assert "consejera delegada" in cirrus and 'href="../person/ana-ruiz.html"' in cirrus
    deal = (out / "deal" / "buy.html").read_text(encoding="utf-8")
    assert '<mark class="amount">$1.5 billion</mark>' in deal
    assert '<mark class="amount">1.500 millones de dólares</mark>' in deal
    assert deal.index("Rumoured") < deal.index("Completed")  # the status history, in order
    acme = (out / "org" / "acme.html").read_text(encoding="utf-8")
    assert 'href="http://www.wikidata.org/entity/Q1"' in acme and "Acme Corp." in acme
    # Every local link and script in every page points at a file of the site.
    for page in out.rglob("*.html"):
        for target in re.findall(r'(?:href|src)="([^"]+)"', page.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "data:")):
                continue
            assert (page.parent / target).resolve().is_file(), (page, target)
    rows = _data(out / "data" / "deals.js", "KG_DEALS")["rows"]
    assert isinstance(rows, list) and len(rows) == 3


def test_site_in_spanish(graph_files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "informe"
    write_site(Site(report_from_files([graph_files["nq"]]), "es"), out)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="es">' in index and "Operaciones" in index
    data = _data(out / "data" / "deals.js", "KG_DEALS")
    amounts = {r["k"]: r["a"] for r in data["rows"]}  # type: ignore[index, union-attr]
    assert amounts["buy"] == "1.500 millones de dólares estadounidenses"
    assert amounts["stake"] == "20 millones de euros"
    assert data["types"]["Acquisition"] == "Adquisición"  # type: ignore[index]


def test_write_site_refuses_a_folder_of_other_files(graph_files: dict[str, Path],
                                                    tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(cli, ["report", str(graph_files["nq"]), "-o", str(out)])
    assert result.exit_code == 2 and "not empty" in result.output
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_report_again_replaces_an_earlier_report(graph_files: dict[str, Path],
                                                 tmp_path: Path) -> None:
    out = tmp_path / "site"
    runner = CliRunner()
    for lang in ("en", "es"):
        result = runner.invoke(cli, ["report", str(graph_files["ttl"]), "-o", str(out),
                                     "--lang", lang])
        assert result.exit_code == 0, result.output
    assert '<html lang="es">' in (out / "index.html").read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_cli_bad_input_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "broken.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(cli, ["report", str(bad), "-o", str(out)])
    assert result.exit_code == 2 and "broken.ttl" in result.output
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]


@pytest.mark.parametrize("args", [[], ["--network-only", "x.graphml", "-o", "site"]])
def test_cli_needs_one_output(graph_files: dict[str, Path], args: list[str]) -> None:
    result = CliRunner().invoke(cli, ["report", str(graph_files["nq"]), *args])
    assert result.exit_code == 2 and "one of the two" in result.output


def test_cli_network_only(graph_files: dict[str, Path], tmp_path: Path) -> None:
    runner = CliRunner()
    for name in ("net.graphml", "net.dot"):
        result = runner.invoke(cli, ["report", str(graph_files["nq"]),
                                     "--network-only", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert "4 nodes, 3 deals" in result.output
    assert ET.parse(tmp_path / "net.graphml").getroot().tag.endswith("graphml")
    result = runner.invoke(cli, ["report", str(graph_files["nq"]),
                                 "--network-only", str(tmp_path / "net.png")])
    assert result.exit_code == 2 and ".graphml or .dot" in result.output
    assert not (tmp_path / "net.png").exists()


# --- the live pages of kg serve ------------------------------------------------------


def _get(url: str) -> tuple[int, str]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8")


@pytest.mark.server
def test_served_pages_follow_the_store_live(oxigraph_server: object,
                                            graph_files: dict[str, Path]) -> None:
    import urllib.parse
    import urllib.request

    from conftest import OxigraphServer

    from kg.publish.endpoint import publish
    from kg.report.server import PageServer

    assert isinstance(oxigraph_server, OxigraphServer)
    pages = PageServer(oxigraph_server.query_url, refresh=0.0, lang="es")
    pages.start()
    try:
        status, data = _get(pages.url + "data/deals.js")
        assert status == 200 and '"rows":[]' in data
        publish([graph_files["nq"]], oxigraph_server.store_url)
        status, data = _get(pages.url + "data/deals.js")
        assert status == 200 and data.count('"k":') == 3
        assert "1.500 millones de dólares estadounidenses" in data
        status, page = _get(pages.url + "deal/buy.html")
        assert status == 200 and '<mark class="amount">$1.5 billion</mark>' in page
        status, page = _get(pages.url + "query.html")
        assert "PREFIX deal: &lt;https://w3id.org/dealkg/ontology#&gt;" in page
        assert '"name":"deals"' in page  # the canned queries, as examples
        assert _get(pages.url + "org/nobody.html")[0] == 404
        assert _get(pages.url + "../../etc/passwd")[0] == 404
        # The query page's queries go through the page server to the endpoint.
        body = urllib.parse.urlencode({"query": "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { "
                                       "?d a <https://w3id.org/dealkg/ontology#Deal> }"})
        request = urllib.request.Request(pages.url + "sparql", data=body.encode(), headers={
            "Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            answer = json.load(response)
        assert answer["results"]["bindings"][0]["n"]["value"] == "3"
    finally:
        pages.stop()
