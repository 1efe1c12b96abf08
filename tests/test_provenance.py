"""Rule provenance in evaluation (issue 14, item 4): ``kg eval --details`` shows the
rules that made each spurious fact, diagnoses each missed deal, and counts spurious
facts per rule; ``kg explain`` shows the cues of each entity.

The rule ids are never published: a ``Provenance`` table kept beside the graph maps
its nodes back to the facts' rules. Unit tests use facts written by hand; the CLI
tests run the real model on the articles of ``tests/data/eval/rules``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg import iri
from kg.cli import cli
from kg.cli.eval import _article_details, eval_command
from kg.cli.explain import _explain
from kg.consolidate import consolidate
from kg.evaluate import NO_RULE, evaluate, parse_gold, store_from_graph
from kg.facts import Article, Deal, Entity, EntityKind, Facts, Span
from kg.graph import RunInfo, build_graph
from kg.provenance import Provenance

DATA = Path(__file__).parent / "data" / "eval"
RULES = DATA / "rules"
EXAMPLES = Path(__file__).parent.parent / "examples"
RUN = RunInfo(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "test")


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


TEXT = (
    "Aceros Norte compra Laminados del Sur. Tubos Vega y Aceros Norte firman una alianza. "
    "Marta Lince preside Grupo Lince."
)


def entity(kind: EntityKind, name: str, *rules: str) -> Entity:
    return Entity(kind, name, mentions=(span(TEXT, name),), rules=rules)


ACEROS = entity("org", "Aceros Norte", "gazetteer")
LAMINADOS = entity("org", "Laminados del Sur", "cue:legal-form")
TUBOS = entity("org", "Tubos Vega", "cue:run")
LINCE = entity("person", "Grupo Lince", "cue:title(preside)")  # the wrong kind
MARTA = entity("person", "Marta Lince")
BUY = Deal(
    "Acquisition",
    (("acquirer", ACEROS.ref), ("target", LAMINADOS.ref)),
    (span(TEXT, "Aceros Norte compra Laminados del Sur."),),
    status="Completed",
    rules=("frame:acquire_v(comprar)", "status:Completed<-comprar"),
)
ALLIANCE = Deal(
    "Partnership",
    (("partner", TUBOS.ref), ("partner", ACEROS.ref)),
    (span(TEXT, "Tubos Vega y Aceros Norte firman una alianza."),),
    status="Announced",
    rules=("frame:partner_n(alianza)", "status:Announced<-firmar"),
)


def facts() -> Facts:
    return Facts(
        Article("a1", TEXT, "es"),
        entities=(ACEROS, LAMINADOS, TUBOS, LINCE, MARTA),
        deals=(BUY, ALLIANCE),
    )


GOLD: dict[str, Any] = {
    "id": "a1",
    "organizations": [{"name": "Aceros Norte"}, {"name": "Laminados del Sur"},
                      {"name": "Grupo Lince"}],
    "people": [{"name": "Marta Lince"}],
    "deals": [
        # Found, with the wrong status.
        {"type": "Acquisition", "status": "Announced",
         "roles": {"acquirer": ["Aceros Norte"], "target": ["Laminados del Sur"]}},
        # Missed: kg has Aceros Norte in a partnership, and Grupo Lince as a person.
        {"type": "Investment", "status": "Completed",
         "roles": {"investor": ["Grupo Lince"], "investee": ["Aceros Norte"]}},
    ],
}


# --------------------------------------------------------------------------- the table


def test_provenance_keys_nodes_as_the_graph_builder_names_them() -> None:
    table = Provenance()
    table.add(facts())
    graph = build_graph(facts(), RUN)
    node = iri.entity_iri("person", "Grupo Lince")
    assert (None, None, node) in graph
    assert table.rules("a1", str(node)) == ("cue:title(preside)",)
    assert table.rules("a1", str(iri.deal_node(BUY, "a1"))) == BUY.rules
    assert table.rules("other", str(node)) == ()  # keyed by article too


def test_deals_merged_into_one_node_keep_the_rules_of_all() -> None:
    """Two mentions of one deal become one node (kg.deals.merge_deals): its rules are
    both mentions' rules, each once."""
    again = Deal(BUY.type, BUY.roles, BUY.evidence, status="Announced",
                 rules=("frame:acquire_n(compra)", "status:Completed<-comprar"))
    table = Provenance()
    table.add(Facts(Article("a1", TEXT, "es"), entities=(ACEROS, LAMINADOS), deals=(BUY, again)))
    assert table.rules("a1", str(iri.deal_node(BUY, "a1"))) == (
        "frame:acquire_v(comprar)", "status:Completed<-comprar", "frame:acquire_n(compra)")


def test_regression_consolidating_an_entity_keeps_its_cues() -> None:
    """Two forms of one name merged into one entity lost Entity.rules."""
    upper = Entity("org", "ACEROS NORTE", mentions=(Span(0, 12, "ACEROS NORTE"),),
                   rules=("cue:legal-form",))
    mixed = Entity("org", "Aceros Norte", mentions=(Span(20, 32, "Aceros Norte"),),
                   rules=("gazetteer", "cue:legal-form"))
    merged = consolidate(Facts(Article("a1", "x" * 40), entities=(upper, mixed))).entities
    assert [(e.name, e.rules) for e in merged] == [
        ("Aceros Norte", ("cue:legal-form", "gazetteer"))]


# --------------------------------------------------------------------------- scoring


def scored(with_rules: bool = True) -> Any:
    table = Provenance()
    table.add(facts())
    store = store_from_graph(build_graph(facts(), RUN))
    return evaluate([parse_gold(GOLD)], store, table if with_rules else None)


def test_spurious_and_wrong_facts_carry_their_rules() -> None:
    article = scored().articles[0]
    (spurious_deal,) = article.spurious_rules["deals"]
    assert spurious_deal.fact == "Partnership(partner=Aceros Norte, Tubos Vega)"
    assert spurious_deal.rules == ("frame:partner_n(alianza)", "status:Announced<-firmar")
    assert [(a.fact, a.rules) for a in article.spurious_rules["organizations"]] == [
        ("Tubos Vega", ("cue:run",))]
    assert [(a.fact, a.rules) for a in article.spurious_rules["people"]] == [
        ("Grupo Lince", ("cue:title(preside)",))]
    (wrong,) = article.wrong_deals
    assert "wrong status: Completed, gold Announced" in wrong.fact
    assert wrong.rules == BUY.rules


def test_a_missed_deal_gets_the_closest_deal_and_how_each_party_was_read() -> None:
    (missed,) = scored().articles[0].missed_deals
    assert missed.gold == "Investment(investor=Grupo Lince; investee=Aceros Norte)"
    assert missed.closest is not None
    assert missed.closest.fact == "Partnership(partner=Aceros Norte, Tubos Vega)"
    assert missed.closest.rules == ALLIANCE.rules
    assert missed.shared == 1 and missed.kg_deals == 2
    readings = {p.name: [(f.fact, f.rules) for f in p.found] for p in missed.parties}
    assert readings == {
        "Grupo Lince": [("person Grupo Lince", ("cue:title(preside)",))],
        "Aceros Norte": [("org Aceros Norte", ("gazetteer",))],
    }


def test_a_missed_organisation_read_as_a_person_says_so_with_its_cues() -> None:
    article = scored().articles[0]
    assert [(r.name, [(f.fact, f.rules) for f in r.found])
            for r in article.missed_readings["organizations"]] == [
        ("Grupo Lince", [("person Grupo Lince", ("cue:title(preside)",))])]
    lines = _article_details(article)
    assert "  missed organizations: Grupo Lince (kg: person Grupo Lince [cues: "\
        "cue:title(preside)])" in lines
    assert "    Tubos Vega  [cues: cue:run]" in lines
    assert "      Grupo Lince: found as person Grupo Lince  [cues: cue:title(preside)]" in lines
    assert any(line.startswith("  matched deal with errors: ") and line.endswith(
        "[rules: frame:acquire_v(comprar), status:Completed<-comprar]") for line in lines)


def test_no_rule_fired_when_no_deal_shares_a_party_or_the_type() -> None:
    gold = {**GOLD, "deals": [{"type": "Merger", "roles": {"partner": ["Nadie", "Otro"]}}]}
    store = store_from_graph(build_graph(facts(), RUN))
    (missed,) = evaluate([parse_gold(gold)], store).articles[0].missed_deals
    assert missed.closest is None and missed.kg_deals == 2
    assert [(p.name, p.found) for p in missed.parties] == [("Nadie", ()), ("Otro", ())]


def test_rule_table_counts_spurious_and_correct_facts_per_rule_worst_first() -> None:
    result = scored()
    rows = [(c.kind, c.rule, c.spurious, c.correct) for c in result.rule_table()]
    assert rows == [
        ("deals", "frame:partner_n(alianza)", 1, 0),
        ("deals", "status:Announced<-firmar", 1, 0),
        ("organizations", "cue:run", 1, 0),
        ("people", "cue:title(preside)", 1, 0),
        # A matched deal counts as correct for its rules, whatever its attributes.
        ("deals", "frame:acquire_v(comprar)", 0, 1),
        ("deals", "status:Completed<-comprar", 0, 1),
        ("organizations", "cue:legal-form", 0, 1),
        ("organizations", "gazetteer", 0, 1),
        ("people", NO_RULE, 0, 1),  # Marta Lince: typed by no recorded cue
    ]


def test_without_the_run_the_rules_are_unknown_not_empty() -> None:
    result = scored(with_rules=False)
    article = result.articles[0]
    assert result.rules is None and result.rule_table() == []
    assert all(a.rules is None for items in article.spurious_rules.values() for a in items)
    assert article.missed_deals[0].closest is not None
    assert article.missed_deals[0].closest.rules is None
    # The rest of the figures do not depend on the rules.
    assert result.counts["deals"].tp == scored().counts["deals"].tp == 1


# --------------------------------------------------------------------------- CLI


def invoke(*args: str) -> Any:
    return CliRunner().invoke(eval_command, list(args), catch_exceptions=False)


def test_cli_graph_file_says_rule_ids_are_not_available() -> None:
    small = DATA / "small"
    text = invoke(str(small), "--graph", str(small / "graph.ttl"), "--details").output
    assert "rule ids: not available" in text
    assert "spurious facts per rule" not in text
    assert "spurious organizations: Luminar Labs" in text  # no rules beside it
    payload = json.loads(invoke(str(small), "--graph", str(small / "graph.ttl"), "--json").stdout)
    assert payload["rules_available"] is False and payload["rules"] is None
    assert "not available" in payload["rules_note"]
    spurious = payload["articles"][1]["spurious_rules"]["organizations"]
    assert spurious == [{"fact": "Luminar Labs", "rules": None}]


@pytest.mark.model
def test_cli_details_show_the_frame_rule_of_a_spurious_deal() -> None:
    result = invoke(str(RULES), "--details")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = lines.index("en_zorba_kestrel")
    assert lines[at + 1] == "  spurious deals:"
    assert lines[at + 2].startswith(
        "    Acquisition(acquirer=Zorba Mining; target=Kestrel Metals)  [rules: "
        "frame:acquire_n(takeover)")
    # The missed deal no rule read, and how its parties were read.
    at = lines.index("en_brightwater_tallis")
    assert lines[at + 1:at + 4] == [
        "  missed deals:",
        "    Acquisition(acquirer=Brightwater Foods; target=Tallis Dairy)",
        "      no rule fired: kg has no deal in this article",
    ]
    assert lines[at + 4].startswith("      Brightwater Foods: found as org Brightwater Foods")
    # The per-rule table, worst first.
    table = lines[lines.index("spurious facts per rule, worst first"):]
    first = next(line.split() for line in table if line.strip().startswith(("frame:", "status:")))
    assert first == ["frame:acquire_n(takeover)", "deals", "1", "0", "0.000"]


@pytest.mark.model
def test_cli_json_carries_the_rules_and_the_per_rule_counts() -> None:
    result = invoke(str(RULES), "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["rules_available"] is True
    deals = {r["rule"]: (r["spurious"], r["correct"], r["precision"])
             for r in payload["rules"] if r["kind"] == "deals"}
    assert deals == {
        "frame:acquire_n(takeover)": (1, 0, 0.0),
        "status:Rumoured<-consider": (1, 0, 0.0),
        "frame:acquire_v(comprar)": (0, 1, 1.0),
        "status:Completed<-comprar": (0, 1, 1.0),
        "frame:acquire_v(buy)": (0, 1, 1.0),
        "status:Announced<-agree": (0, 1, 1.0),
    }
    # Every organisation and person is right: whatever cues typed them, none is
    # counted spurious, and each fact counts under at least one row.
    for kind, tp in (("organizations", 8), ("people", 1)):
        rows = [r for r in payload["rules"] if r["kind"] == kind]
        assert rows and all(r["spurious"] == 0 for r in rows)
        assert sum(r["correct"] for r in rows) >= tp == payload["kinds"][kind]["tp"]
    by_id = {a["id"]: a for a in payload["articles"]}
    (spurious,) = by_id["en_zorba_kestrel"]["spurious_rules"]["deals"]
    assert spurious["rules"][0] == "frame:acquire_n(takeover)"
    (missed,) = by_id["en_brightwater_tallis"]["missed_deals"]
    assert missed["closest"] is None and missed["kg_deals"] == 0
    assert [p["found"][0]["fact"] for p in missed["parties"]] == [
        "org Brightwater Foods", "org Tallis Dairy"]


# --------------------------------------------------------------------------- explain


def test_explain_lists_each_entity_with_its_cues() -> None:
    text = _explain(facts())
    assert "org: Aceros Norte\n  cues: gazetteer" in text
    assert "person: Grupo Lince\n  cues: cue:title(preside)" in text
    assert "person: Marta Lince\n  cues: -" in text


@pytest.mark.model
@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_explain_works_on_every_bundled_example(example: Path) -> None:
    result = CliRunner().invoke(cli, ["explain", str(example)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"== {example.stem} (")
    deal_rules = [line for line in lines if line.startswith("  rules: ")]
    assert deal_rules and all("frame:" in line for line in deal_rules)
    entities = [n for n, line in enumerate(lines) if line.startswith(("org: ", "person: "))]
    assert entities
    assert all(lines[n + 1].startswith("  cues: ") for n in entities)
