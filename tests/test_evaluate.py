"""The scorer (kg.evaluate) and ``kg eval GOLD_DIR`` on hand-made graphs and gold files."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.cli.eval import eval_command
from kg.errors import InputError
from kg.evaluate import (
    Evaluation,
    MoneyValue,
    evaluate,
    load_gold,
    load_graph,
    money_matches,
    normalize_name,
    parse_gold,
    store_from_graph,
)
from kg.iri import slug
from kg.vocab import DEAL, ID, SCHEMA

DATA = Path(__file__).parent / "data" / "eval"


# --------------------------------------------------------------------------- helpers


def add_article(
    graph: Graph,
    article_id: str,
    *,
    orgs: list[list[str]] | None = None,
    people: list[list[str]] | None = None,
    amounts: list[dict[str, str]] | None = None,
    deals: list[dict[str, Any]] | None = None,
) -> None:
    """Write one article in the shape of docs/GRAPH.md: each entity is a list of its
    names (schema:name first), amounts and deals are small dicts."""
    article = ID[f"article/{article_id}"]
    graph.add((article, RDF.type, SCHEMA.NewsArticle))
    graph.add((article, SCHEMA.identifier, Literal(article_id)))
    nodes: dict[str, URIRef] = {}
    for kind, folder, entities in (
        (SCHEMA.Organization, "org", orgs or []),
        (SCHEMA.Person, "person", people or []),
    ):
        for n, names in enumerate(entities):
            # One node per listed entity, even when two share a name.
            node = ID[f"{folder}/{slug(names[0])}-{n}"]
            graph.add((node, RDF.type, kind))
            graph.add((node, SCHEMA.name, Literal(names[0])))
            for alias in names[1:]:
                graph.add((node, SCHEMA.alternateName, Literal(alias)))
            graph.add((article, SCHEMA.mentions, node))
            nodes[names[0]] = node

    def money(spec: dict[str, str], key: str) -> URIRef:
        node = ID[f"amount/{article_id}-{key}"]
        graph.add((node, RDF.type, SCHEMA.MonetaryAmount))
        graph.add((node, SCHEMA.currency, Literal(spec["currency"])))
        for field, prop in (("value", SCHEMA.value), ("min", SCHEMA.minValue),
                            ("max", SCHEMA.maxValue)):
            if field in spec:
                graph.add((node, prop, Literal(spec[field], datatype=XSD.decimal)))
        if "text" in spec:
            graph.add((node, DEAL.surfaceForm, Literal(spec["text"], lang="es")))
        return node

    for n, spec in enumerate(amounts or []):
        graph.add((article, SCHEMA.mentions, money(spec, str(n))))
    for n, spec in enumerate(deals or []):
        node = ID[f"deal/{article_id}-{n}"]
        graph.add((node, RDF.type, DEAL.Deal))
        if "type" in spec:
            graph.add((node, RDF.type, DEAL[spec["type"]]))
        for role, names in spec.get("roles", {}).items():
            for name in names:
                graph.add((node, DEAL[role], nodes[name]))
                graph.add((node, DEAL.party, nodes[name]))
        if "status" in spec:
            graph.add((node, DEAL.status, DEAL[spec["status"]]))
        for key in ("amount", "valuation"):
            if key in spec:
                # Deal money is not mentioned by the article on its own here, so the
                # scorer must find it through the deal.
                graph.add((node, DEAL[key], money(spec[key], f"deal{n}-{key}")))
        graph.add((article, SCHEMA.mentions, node))


def score(golds: list[dict[str, Any]], graph: Graph) -> Evaluation:
    return evaluate([parse_gold(g) for g in golds], store_from_graph(graph))


def counts(result: Evaluation, kind: str) -> tuple[int, int, int]:
    c = result.counts[kind]
    return c.tp, c.fp, c.fn


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Telefónica", "TELEFONICA"),
        ("Telefónica, S.A.", "telefónica"),
        ("Banco Caribeño S. A.", "banco caribeno"),
        ("Cerebras Systems, Inc.", "Cerebras Systems"),
        ("Siemens AG", "siemens"),
        ("Zegona Communications plc", "Zegona Communications"),
        ("Acme Co., Ltd.", "ACME"),
        ("Ｔｅｓｌａ", "Tesla"),  # full-width letters, NFKC
        ("Moody’s", "Moody's"),
    ],
)
def test_names_equal_after_normalisation(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Only the legal suffixes docs/GOLD-FORMAT.md lists are dropped.
        ("SoftBank Group Holdings", "SoftBank Group"),
        ("Vodafone España", "Vodafone"),
    ],
)
def test_names_differ_after_normalisation(a: str, b: str) -> None:
    assert normalize_name(a) != normalize_name(b)


def test_a_name_that_is_only_a_suffix_is_kept() -> None:
    assert normalize_name("SE") == "se"


# --------------------------------------------------------------------------- entities


def test_aliases_legal_suffixes_accents_and_case_match() -> None:
    gold = {
        "id": "a1",
        "organizations": [
            {"name": "Sociedad Estatal de Participaciones Industriales", "aliases": ["SEPI"]},
            {"name": "Zegona Communications"},
            {"name": "Telefónica"},
            {"name": "Banco Caribeño"},
        ],
        "people": [{"name": "José Núñez", "aliases": ["Núñez"]}],
    }
    g = Graph()
    add_article(
        g, "a1",
        orgs=[["SEPI"], ["Zegona Communications plc"], ["TELEFONICA S.A."],
              ["Caribeño Holdings", "banco caribeno"], ["Madrid Digital"]],
        people=[["Nunez"]],
    )
    result = score([gold], g)
    assert counts(result, "organizations") == (4, 1, 0)
    assert counts(result, "people") == (1, 0, 0)
    assert result.articles[0].spurious["organizations"] == ["Madrid Digital"]


def test_one_gold_item_is_never_matched_twice() -> None:
    gold = {"id": "a1", "organizations": [{"name": "Telefónica"}]}
    g = Graph()
    add_article(g, "a1", orgs=[["Telefónica"], ["Telefónica, S.A."]])
    result = score([gold], g)
    assert counts(result, "organizations") == (1, 1, 0)


def test_one_prediction_is_never_matched_twice() -> None:
    gold = {"id": "a1", "organizations": [{"name": "Orange"}, {"name": "MásMóvil"}]}
    g = Graph()
    add_article(g, "a1", orgs=[["Orange", "MásMóvil"]])  # two companies merged by mistake
    result = score([gold], g)
    assert counts(result, "organizations") == (1, 0, 1)


def test_matching_finds_the_assignment_that_matches_most() -> None:
    # Greedy in file order would give "Nordbank" to the first gold item and leave the
    # second one unmatched; the maximum matching matches both.
    gold = {
        "id": "a1",
        "organizations": [
            {"name": "Nordbank Group", "aliases": ["Nordbank"]},
            {"name": "Nordbank"},
        ],
    }
    g = Graph()
    add_article(g, "a1", orgs=[["Nordbank"], ["Nordbank Group"]])
    result = score([gold], g)
    assert counts(result, "organizations") == (2, 0, 0)


def test_people_and_organisations_are_separate_kinds() -> None:
    gold = {"id": "a1", "organizations": [{"name": "Ana Gil"}]}
    g = Graph()
    add_article(g, "a1", people=[["Ana Gil"]])
    result = score([gold], g)
    assert counts(result, "organizations") == (0, 0, 1)
    assert counts(result, "people") == (0, 1, 0)


# --------------------------------------------------------------------------- amounts


@pytest.mark.parametrize(
    ("predicted", "matches"),
    [
        ({"currency": "EUR", "value": "5000000000"}, True),
        ({"currency": "EUR", "value": "4960000000"}, True),  # 0.8 % below
        ({"currency": "EUR", "value": "5049000000"}, True),  # 0.98 % above
        ({"currency": "EUR", "value": "4940000000"}, False),  # 1.2 % below
        ({"currency": "USD", "value": "5000000000"}, False),  # currency mismatch
        ({"currency": "EUR", "min": "5000000000"}, True),  # a bound still matches a value
    ],
)
def test_amount_tolerance_and_currency(predicted: dict[str, str], matches: bool) -> None:
    gold = {"id": "a1", "amounts": [{"text": "5.000 millones de euros", "currency": "EUR",
                                     "value": 5000000000}]}
    g = Graph()
    add_article(g, "a1", amounts=[predicted])
    result = score([gold], g)
    assert counts(result, "amounts") == ((1, 0, 0) if matches else (0, 1, 1))


def test_amount_bounds() -> None:
    gold = {
        "id": "a1",
        "amounts": [
            {"text": "más de 300 millones de libras", "currency": "GBP", "min": 300000000},
            {"text": "entre 19.000 y 22.000 millones de dólares", "currency": "USD",
             "min": 19000000000, "max": 22000000000},
            {"text": "hasta 50 millones de euros", "currency": "EUR", "max": 50000000},
        ],
    }
    g = Graph()
    add_article(g, "a1", amounts=[
        {"currency": "GBP", "min": "300000000"},
        {"currency": "USD", "max": "22000000000"},  # the upper bound of the range
        {"currency": "EUR", "max": "60000000"},  # no number within 1 % of 50 M
    ])
    result = score([gold], g)
    assert counts(result, "amounts") == (2, 1, 1)
    assert result.articles[0].missed["amounts"] == ["hasta 50 millones de euros"]


def test_exchange_rate_notes_are_not_scored_as_amounts() -> None:
    # Regression: "$1 = 0.93 euros" notes, flagged deal:exchangeRate, counted as spurious.
    gold = {"id": "a1", "amounts": [{"text": "200 millones de euros", "currency": "EUR",
                                     "value": 200000000}]}
    g = Graph()
    add_article(g, "a1", amounts=[{"currency": "EUR", "value": "200000000"},
                                  {"currency": "USD", "value": "1"},
                                  {"currency": "EUR", "value": "0.93"}])
    for n in (1, 2):
        g.add((ID[f"amount/a1-{n}"], DEAL.exchangeRate, Literal(True)))
    assert counts(score([gold], g), "amounts") == (1, 0, 0)


def test_same_currency_and_numbers_count_once_and_deal_money_counts() -> None:
    gold = {
        "id": "a1",
        "organizations": [{"name": "Alfa"}, {"name": "Beta"}],
        "amounts": [
            {"text": "1.000 millones de euros", "currency": "EUR", "value": 1000000000},
            {"text": "valorada en 8.000 millones de dólares", "currency": "USD",
             "value": 8000000000},
        ],
    }
    g = Graph()
    add_article(
        g, "a1",
        orgs=[["Alfa"], ["Beta"]],
        amounts=[{"currency": "EUR", "value": "1000000000"},
                 {"currency": "EUR", "value": "1000000000.00"}],
        deals=[{"type": "Investment", "roles": {"investor": ["Alfa"], "investee": ["Beta"]},
                "amount": {"currency": "EUR", "value": "1000000000"},
                "valuation": {"currency": "USD", "value": "8000000000"}}],
    )
    result = score([gold], g)
    # Three EUR nodes with the same numbers are one prediction; the valuation, only
    # reachable through the deal, is the second.
    assert counts(result, "amounts") == (2, 0, 0)


def test_money_matches_any_number_against_any_number() -> None:
    gold = MoneyValue("USD", min_value=Decimal(19), max_value=Decimal(22))
    assert money_matches(MoneyValue("USD", Decimal("19.1")), gold)
    assert not money_matches(MoneyValue("USD", Decimal("20.5")), gold)


# --------------------------------------------------------------------------- deals

DEAL_GOLD: dict[str, Any] = {
    "id": "d1",
    "organizations": [{"name": "Santander"}, {"name": "TSB Bank", "aliases": ["TSB"]},
                      {"name": "Sabadell"}],
    "deals": [
        {"type": "Acquisition", "status": "Announced",
         "roles": {"acquirer": ["Santander"], "target": ["TSB Bank"], "seller": ["Sabadell"]},
         "amount": {"currency": "GBP", "value": 2650000000}},
    ],
}
ORGS = [["Santander"], ["TSB"], ["Sabadell"]]


def test_deal_with_roles_swapped_matches_but_roles_are_wrong() -> None:
    g = Graph()
    add_article(g, "d1", orgs=ORGS, deals=[{
        "type": "Acquisition", "status": "Announced",
        "roles": {"acquirer": ["TSB"], "target": ["Santander"], "seller": ["Sabadell"]},
        "amount": {"currency": "GBP", "value": "2650000000"},
    }])
    result = score([DEAL_GOLD], g)
    assert counts(result, "deals") == (1, 0, 0)
    accuracy = {k: (a.correct, a.total) for k, a in result.deal_accuracy.items()}
    assert accuracy == {"type": (1, 1), "roles": (0, 1), "amount": (1, 1), "status": (1, 1)}
    assert "wrong roles" in result.articles[0].deal_errors[0]


def test_deal_attributes_scored_on_matched_deals() -> None:
    g = Graph()
    add_article(g, "d1", orgs=ORGS, deals=[{
        "type": "Merger", "status": "Completed",
        "roles": {"acquirer": ["Santander"], "target": ["TSB"]},
        "amount": {"currency": "EUR", "value": "2650000000"},
    }])
    result = score([DEAL_GOLD], g)
    accuracy = {k: (a.correct, a.total) for k, a in result.deal_accuracy.items()}
    # Two of the three gold parties with their roles: matched, roles right.
    assert accuracy == {"type": (0, 1), "roles": (1, 1), "amount": (0, 1), "status": (0, 1)}


def test_deal_needs_two_gold_parties() -> None:
    g = Graph()
    add_article(g, "d1", orgs=ORGS, deals=[{
        "type": "Acquisition", "roles": {"acquirer": ["Santander"]},
    }])
    result = score([DEAL_GOLD], g)
    assert counts(result, "deals") == (0, 1, 1)
    assert result.deal_accuracy["type"].total == 0


def test_deal_with_one_gold_party_needs_one() -> None:
    gold = {"id": "d2", "organizations": [{"name": "Lumen"}, {"name": "Kappa"}],
            "deals": [{"type": "Investment", "status": "Completed",
                       "roles": {"investee": ["Lumen"]}}]}
    g = Graph()
    add_article(g, "d2", orgs=[["Lumen"], ["Kappa"]], deals=[{
        "type": "Investment", "status": "Completed",
        "roles": {"investee": ["Lumen"], "investor": ["Kappa"]},
    }])
    result = score([gold], g)
    assert counts(result, "deals") == (1, 0, 0)
    assert result.deal_accuracy["roles"].correct == 1


def test_gold_deal_matched_once_prefers_the_better_prediction() -> None:
    g = Graph()
    add_article(g, "d1", orgs=ORGS, deals=[
        {"type": "Merger", "roles": {"partner": ["Santander", "TSB"]}},
        {"type": "Acquisition", "status": "Announced",
         "roles": {"acquirer": ["Santander"], "target": ["TSB"], "seller": ["Sabadell"]},
         "amount": {"currency": "GBP", "value": "2650000000"}},
    ])
    result = score([DEAL_GOLD], g)
    assert counts(result, "deals") == (1, 1, 0)
    assert all(a.correct == 1 for a in result.deal_accuracy.values())
    assert result.articles[0].spurious["deals"] == ["Merger(partner=Santander, TSB)"]


# --------------------------------------------------------------------------- articles


def test_article_missing_from_graph_counts_all_gold_as_missed() -> None:
    other = {"id": "gone", "organizations": [{"name": "Kappa"}],
             "people": [{"name": "Lía Soto"}],
             "amounts": [{"text": "$5m", "currency": "USD", "value": 5000000}],
             "deals": [{"type": "Investment", "roles": {"investee": ["Kappa"]}}]}
    g = Graph()
    add_article(g, "d1", orgs=ORGS)
    result = score([DEAL_GOLD, other], g)
    missing = result.articles[1]
    assert not missing.in_graph
    assert missing.missed["people"] == ["Lía Soto"]
    # Micro-averaged: the counts of both articles add up.
    assert counts(result, "organizations") == (3, 0, 1)
    assert counts(result, "people") == (0, 0, 1)
    assert counts(result, "amounts") == (0, 0, 1)
    assert counts(result, "deals") == (0, 0, 2)
    assert result.counts["organizations"].recall == pytest.approx(0.75)


def test_graph_built_by_kg_from_gold_facts_scores_perfectly() -> None:
    """The scorer reads what kg.graph writes (the contract of docs/GRAPH.md)."""
    from kg.facts import Amount, Article, Deal, Entity, Facts, Span
    from kg.graph import RunInfo, build_graph

    text = "Santander compra TSB Bank a Sabadell por 2.650 millones de libras."
    span = Span(0, len(text), text)
    santander = Entity("org", "Santander", mentions=(Span(0, 9, "Santander"),))
    tsb = Entity("org", "TSB Bank", aliases=("TSB",), mentions=(Span(17, 25, "TSB Bank"),))
    sabadell = Entity("org", "Sabadell", mentions=(Span(28, 36, "Sabadell"),))
    amount = Amount(Span(41, 66, text[41:66]), "GBP", value=Decimal("2650000000"))
    facts = Facts(
        article=Article(id="d1", text=text, lang="es"),
        entities=(santander, tsb, sabadell),
        amounts=(amount,),
        deals=(Deal("Acquisition", (("acquirer", santander.ref), ("target", tsb.ref),
                                    ("seller", sabadell.ref)),
                    evidence=(span,), status="Announced", amount=amount),),
        sentences=(span,),
    )
    run = RunInfo(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "0.1.0")
    gold = {**DEAL_GOLD, "amounts": [{"text": "2.650 millones de libras", "currency": "GBP",
                                      "value": 2650000000}]}
    result = score([gold], build_graph(facts, run))
    assert {k: c.f1 for k, c in result.counts.items()} == {
        "organizations": 1.0, "people": 0.0, "amounts": 1.0, "deals": 1.0}
    assert all(a.value == 1.0 for a in result.deal_accuracy.values())


# --------------------------------------------------------------------------- files


def test_load_gold_reads_a_folder() -> None:
    golds = load_gold(DATA / "small")
    assert [g.id for g in golds] == ["en_harbor_lumen", "es_ferrovial_caribe"]
    assert golds[1].amounts[1].min_value == Decimal(300000000)


def test_bad_gold_file_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "x.gold.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="x.gold.json"):
        load_gold(tmp_path)


def test_empty_gold_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no \\*.gold.json"):
        load_gold(tmp_path)


def test_unknown_graph_extension_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "graph.xyz"
    path.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="extension"):
        load_graph(path)


def test_broken_graph_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(InputError, match="graph.ttl: not valid Turtle"):
        load_graph(path)


# --------------------------------------------------------------------------- CLI


def invoke(*args: str) -> Any:
    return CliRunner().invoke(eval_command, list(args), catch_exceptions=False)


def test_cli_prints_one_table_of_the_small_case() -> None:
    result = invoke(str(DATA / "small"), "--graph", str(DATA / "small" / "graph.ttl"))
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.output.splitlines()
            if line.strip() and line.split()[0] in
            ("organizations", "people", "amounts", "deals", "type", "status")}
    # organizations: 3 of 3 in es, Luminar Labs spurious; en is not in the graph (2 missed)
    assert rows["organizations"] == ["0.750", "0.600", "0.667", "3", "1", "2"]
    assert rows["amounts"] == ["0.667", "0.500", "0.571", "2", "1", "2"]
    assert rows["deals"][3:] == ["1", "0", "1"]
    assert rows["status"] == ["0.000", "0", "1"]
    assert rows["type"] == ["1.000", "1", "1"]


def test_cli_json_and_the_gold_subcommand_agree() -> None:
    args = [str(DATA / "small"), "--graph", str(DATA / "small" / "graph.ttl"), "--json"]
    short = json.loads(invoke(*args).stdout)
    long = json.loads(invoke("gold", *args).stdout)
    assert short == long
    assert short["kinds"]["people"] == {
        "precision": 1.0, "recall": 0.5, "f1": 0.6667, "tp": 1, "fp": 0, "fn": 1}
    assert [a["in_graph"] for a in short["articles"]] == [False, True]


def test_cli_details_show_what_was_missed_and_spurious() -> None:
    result = invoke(str(DATA / "small"), "--graph", str(DATA / "small" / "graph.ttl"),
                    "--details")
    assert "en_harbor_lumen (not in the graph)" in result.output
    assert "spurious organizations: Luminar Labs" in result.output
    assert "missed amounts: hasta 40 millones de euros" in result.output
    assert "wrong status" in result.output


def test_cli_bad_input_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_command, [str(tmp_path)])
    assert result.exit_code == 2
    assert "no *.gold.json" in result.output


@pytest.mark.parametrize(
    "args", [["--help"], ["gold", "--help"], ["ner", "--help"], ["sentivent", "--help"]]
)
def test_every_eval_command_has_help_with_examples(args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 0
    assert "Examples:" in result.output


def test_cli_options_may_come_before_the_gold_dir() -> None:
    result = invoke("--json", "--graph", str(DATA / "small" / "graph.ttl"), str(DATA / "small"))
    assert json.loads(result.stdout)["kinds"]["deals"]["tp"] == 1


@pytest.mark.model
def test_cli_runs_extraction_on_the_gold_articles() -> None:
    result = invoke(str(DATA / "small"), "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert [a["in_graph"] for a in payload["articles"]] == [True, True]
    # Whatever kg finds, every gold item is either matched or missed.
    gold_sizes = {"organizations": 5, "people": 2, "amounts": 4, "deals": 2}
    for kind, size in gold_sizes.items():
        figures = payload["kinds"][kind]
        assert figures["tp"] + figures["fn"] == size


# --------------------------------------------------------------------------- SENTiVENT


def _event(*args: tuple[str, str], kind: str = "Merger/Acquisition") -> dict[str, Any]:
    return {"type": kind, "args": [{"role": role, "text": text} for role, text in args]}


SENTIVENT_DOCS = [
    {   # a named pair, told twice, plus a pronoun acquirer and an Investment event
        "doc_id": "d1",
        "text": "Northwind Labs agreed to buy Brightpath Inc. for $ 1.2 billion .\n"
                "It also bought Carrow .",
        "events": [
            _event(("Acquirer", "Northwind Labs"), ("Target", "Brightpath Inc.")),
            _event(("Acquirer", "Northwind"), ("Target", "Brightpath")),
            _event(("Acquirer", "It"), ("Target", "Carrow")),
            _event(("Investor", "Vantor"), ("Investee", "Paylark"), kind="Investment"),
        ],
    },
    {   # a descriptor in the target, two targets, the same company on both sides
        "doc_id": "d2",
        "text": "Globex bought chipmaker Initech and Zentro .",
        "events": [
            _event(("Acquirer", "Globex"), ("Target", "chipmaker Initech"),
                   ("Target", "Zentro")),
            _event(("Acquirer", "Globex"), ("Target", "Globex")),
            _event(("Acquirer", "the company"), ("Target", "the stock")),
        ],
    },
]


def _sentivent_file(tmp_path: Path) -> Path:
    path = tmp_path / "sentivent.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in SENTIVENT_DOCS), encoding="utf-8")
    return path


def _acquisitions_graph(deals: list[tuple[str, list[tuple[str, str]]]]) -> Graph:
    """Articles d1, d2 with acquisitions: (article id, [(role, party name), ...])."""
    graph = Graph()
    for n, (article_id, roles) in enumerate(deals):
        article = ID[f"article/{article_id}"]
        graph.add((article, RDF.type, SCHEMA.NewsArticle))
        graph.add((article, SCHEMA.identifier, Literal(article_id)))
        deal = ID[f"deal/{n}"]
        graph.add((article, SCHEMA.mentions, deal))
        graph.add((deal, RDF.type, DEAL.Deal))
        graph.add((deal, RDF.type, DEAL.Acquisition))
        for role, name in roles:
            party = ID[f"org/{slug(name)}"]
            graph.add((party, SCHEMA.name, Literal(name)))
            graph.add((deal, DEAL[role], party))
    return graph


@pytest.mark.parametrize(
    ("text", "named"),
    [("Whole Foods Market", True), ("messaging service WhatsApp", True), ("its", False),
     ("It", False), ("The company", False), ("the Brazilian jet maker", False),
     ("pharmacy capabilities", False), ("AT&T", True), ("eviCore healthcare", True)],
)
def test_a_gold_argument_is_named_when_it_names_a_party(text: str, named: bool) -> None:
    from kg.eval_events import is_named

    assert is_named(text) is named


@pytest.mark.parametrize(
    ("names", "gold", "matches"),
    [(["Initech"], "chipmaker Initech", True),
     (["Brightpath"], "Brightpath Inc.", True),
     (["Whole Foods Market"], "Whole Foods", True),
     (["Foods"], "Whole Foods", True),  # whole words inside the argument
     (["Whole"], "Wholesale Partners", False),
     (["Initech Labs"], "Initech", True),
     (["Labs Initech"], "Initech", False)],
)
def test_party_names_match_gold_arguments(names: list[str], gold: str, matches: bool) -> None:
    from kg.eval_events import names_match

    assert names_match(names, gold) is matches


def test_gold_pairs_are_named_deduplicated_and_never_reflexive(tmp_path: Path) -> None:
    from kg.eval_events import load_sentivent

    d1, d2 = load_sentivent(_sentivent_file(tmp_path))
    assert [(p.acquirer, p.target) for p in d1.pairs] == [
        ("Northwind Labs", "Brightpath Inc."), ("Northwind", "Brightpath")]
    assert d1.partial == (("target", "Carrow"),) and d1.events == 3
    assert [(p.acquirer, p.target) for p in d2.pairs] == [
        ("Globex", "chipmaker Initech"), ("Globex", "Zentro")]


def test_sentivent_recall_precision_swapped_and_unjudged(tmp_path: Path) -> None:
    from kg.eval_events import load_sentivent, read_acquisitions, score_events

    graph = _acquisitions_graph([
        ("d1", [("acquirer", "Northwind Labs"), ("target", "Brightpath")]),  # both d1 pairs
        ("d1", [("acquirer", "Northwind Labs"), ("target", "Carrow")]),  # "It" bought Carrow
        ("d1", [("target", "Paylark")]),  # one party: not scored
        ("d2", [("acquirer", "Initech"), ("target", "Globex")]),  # swapped
        ("d2", [("acquirer", "Zentro"), ("target", "Initech")]),  # wrong
    ])
    result = score_events(load_sentivent(_sentivent_file(tmp_path)),
                          read_acquisitions(store_from_graph(graph)))
    data = result.to_dict()
    assert (data["gold_pairs"], data["found"], data["swapped"]) == (4, 2, 1)
    assert result.recall == 0.5
    assert (data["correct"], data["wrong"], data["unjudged"], data["one_party"]) == (1, 2, 1, 1)
    assert result.precision == pytest.approx(1 / 3)
    d2 = result.documents[1]
    assert d2.swapped == ["Globex → chipmaker Initech"]
    assert d2.wrong == ["Initech → Globex", "Zentro → Initech"]


def test_sentivent_cli_scores_a_graph_file(tmp_path: Path) -> None:
    graph = _acquisitions_graph([
        ("d2", [("acquirer", "Globex"), ("target", "Initech")]),
        ("d2", [("acquirer", "Globex"), ("target", "Zentro")]),
    ])
    graph_file = tmp_path / "graph.ttl"
    graph.serialize(graph_file, format="turtle")
    path = _sentivent_file(tmp_path)
    payload = json.loads(invoke("sentivent", str(path), "--graph", str(graph_file),
                                "--json").stdout)
    assert (payload["recall"], payload["precision"]) == (0.5, 1.0)
    assert payload["documents"] == 2 and payload["refused"] == []
    table = invoke("sentivent", str(path), "--graph", str(graph_file), "--details").output
    assert "recall (gold pairs found)" in table and "0.500" in table
    assert "missed: Northwind Labs → Brightpath Inc." in table


def test_sentivent_bad_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"doc_id": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(eval_command, ["sentivent", str(path)])
    assert result.exit_code == 2
    assert "bad.jsonl:1" in result.output


def test_ptb_spacing_is_undone_and_lines_kept() -> None:
    from kg.eval_events import detokenize

    assert detokenize("Amazon 's $ 13.7 billion bid ( AMZN ) , `` big '' .\nIt did n't .") == (
        "Amazon's $13.7 billion bid (AMZN), \"big\".\nIt didn't.")


@pytest.mark.model
def test_sentivent_cli_extracts_the_documents(tmp_path: Path) -> None:
    path = _sentivent_file(tmp_path)
    payload = json.loads(invoke("sentivent", str(path), "--json", "--limit", "1").stdout)
    assert payload["documents"] == 1 and payload["gold_pairs"] == 2
    # kg reads "Northwind Labs agreed to buy Brightpath Inc." as a two-party acquisition.
    assert payload["found"] == 2 and payload["correct"] >= 1
