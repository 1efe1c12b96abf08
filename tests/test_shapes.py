"""The SHACL shapes accept a graph written as docs/GRAPH.md says and reject each kind
of broken graph with a message that says what is wrong; ``kg validate`` maps that to
exit codes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.term import BNode, Literal, URIRef

from kg.cli.validate import validate_command
from kg.errors import ConfigError, InputError, ValidationFailed
from kg.publish.turtle import Names
from kg.validate import (
    Violation,
    check,
    format_report,
    load_shapes,
    validate,
    validate_file,
)
from kg.vocab import DEAL, ID, NIF, ORG, PROV, RDF, SCHEMA, XSD

GOOD = Path(__file__).resolve().parent / "data" / "shapes" / "good.ttl"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
ARTICLE = ID["article/shapes-good"]
SENTENCE_1 = "Acme Robotics comprará Beta Labs por más de 120 millones de euros, según El Diario."
SENTENCE_3 = (
    "Delta Capital invirtió 5 millones de dólares en Beta Labs, "
    "que valoró en unos 50 millones de dólares."
)


def mention(begin: int, end: int) -> URIRef:
    return URIRef(f"{ARTICLE}#char={begin},{end}")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return load_shapes()


@pytest.fixture
def good() -> rdflib.Graph:
    return rdflib.Graph().parse(GOOD, format="turtle")


def shown(node: URIRef) -> str:
    """How a report names a node: kg's short names (orgid:acme), else <IRI>."""
    return Names().iri(str(node))


# --- the good graph ---------------------------------------------------------------


def test_good_graph_conforms(good: rdflib.Graph, shapes: rdflib.Graph) -> None:
    assert validate(good, shapes) == []
    check(good, shapes)


def test_good_graph_covers_every_kind_of_node(good: rdflib.Graph) -> None:
    # So that "conforms" means something: every shape target occurs in the fixture.
    kinds = set(good.objects(None, RDF.type))
    assert {
        SCHEMA.NewsArticle, SCHEMA.Organization, SCHEMA.Person, ORG.Membership, ORG.Role,
        SCHEMA.MonetaryAmount, SCHEMA.QuantitativeValue, NIF.Context, NIF.String,
        NIF.Sentence, PROV.Activity, PROV.SoftwareAgent, SCHEMA.SoftwareApplication,
        DEAL.Deal, DEAL.Acquisition, DEAL.Merger, DEAL.Investment, DEAL.PurchaseAgreement,
        DEAL.Partnership, DEAL.Valuation,
    } <= kinds


def test_shapes_are_sparql_free_and_every_shape_has_a_message(shapes: rdflib.Graph) -> None:
    assert not set(shapes.subjects(SH.sparql, None))
    assert not set(shapes.subjects(RDF.type, SH.SPARQLConstraint))
    targeted = {
        s
        for p in (SH.targetClass, SH.targetObjectsOf, SH.targetSubjectsOf, SH.targetNode)
        for s in shapes.subjects(p, None)
    }
    top_level = targeted | {o for s in targeted for o in shapes.objects(s, SH.property)}
    missing = [s for s in top_level if shapes.value(s, SH.message) is None]
    assert not missing


# --- each kind of broken graph ----------------------------------------------------

Mutation = Callable[[rdflib.Graph], None]


def _remove(subject: URIRef, predicate: URIRef) -> Mutation:
    def mutate(g: rdflib.Graph) -> None:
        assert (subject, predicate, None) in g, "the fixture lost the triple this case breaks"
        g.remove((subject, predicate, None))

    return mutate


def _set(subject: URIRef, predicate: URIRef, value: rdflib.term.Node) -> Mutation:
    return lambda g: g.set((subject, predicate, value))


def _add(subject: URIRef, predicate: URIRef, value: rdflib.term.Node) -> Mutation:
    return lambda g: g.add((subject, predicate, value))


def _all(*mutations: Mutation) -> Mutation:
    def mutate(g: rdflib.Graph) -> None:
        for m in mutations:
            m(g)

    return mutate


def _to_blank_node(node: URIRef) -> Mutation:
    def mutate(g: rdflib.Graph) -> None:
        blank = BNode()
        for p, o in list(g.predicate_objects(node)):
            g.add((blank, p, o))
        for s, p in list(g.subject_predicates(node)):
            g.add((s, p, blank))
        g.remove((node, None, None))
        g.remove((None, None, node))

    return mutate


def _decimal(text: str) -> Literal:
    return Literal(text, datatype=XSD.decimal)


ORG_BETA = ID["org/beta-labs"]
A1, A2 = ID["amount/a1"], ID["amount/a2"]
Q1 = ID["quantity/q1"]
KG = ID["software/kg-0.1.0"]
RUN = ID["run/r1"]
ACQ, PURCHASE, INVEST = ID["deal/acquisition"], ID["deal/purchase"], ID["deal/investment"]
VALUATION, PARTNERSHIP, MERGER = ID["deal/valuation"], ID["deal/partnership"], ID["deal/merger"]

# (case, mutation, focus node, the start of the expected message)
BAD_CASES: list[tuple[str, Mutation, URIRef, str]] = [
    ("org-without-name", _remove(ORG_BETA, SCHEMA.name), ORG_BETA,
     "An organisation needs exactly one schema:name"),
    ("org-with-two-names", _add(ORG_BETA, SCHEMA.name, Literal("Beta")), ORG_BETA,
     "An organisation needs exactly one schema:name"),
    ("org-name-language-tagged", _set(ORG_BETA, SCHEMA.name, Literal("Beta Labs", lang="es")),
     ORG_BETA, "An organisation needs exactly one schema:name"),
    ("org-sameas-not-wikidata",
     _set(ID["org/acme-robotics"], rdflib.OWL.sameAs, URIRef("https://example.org/acme")),
     ID["org/acme-robotics"], "An organisation's owl:sameAs must be a Wikidata entity IRI"),
    ("mentioned-org-without-evidence", _remove(ORG_BETA, DEAL.evidence), ORG_BETA,
     "A node that an article mentions (an organisation, person, amount, quantity or deal) "
     "needs at least one deal:evidence"),
    ("person-without-evidence", _remove(ID["person/ana-ruiz"], DEAL.evidence),
     ID["person/ana-ruiz"], "A person needs at least one deal:evidence"),
    ("membership-without-role", _remove(ID["membership/m1"], ORG.role), ID["membership/m1"],
     "A membership needs exactly one org:role"),
    ("amount-bad-currency", _set(A2, SCHEMA.currency, Literal("US$")), A2,
     "An amount needs exactly one schema:currency, an ISO 4217 code"),
    ("amount-lowercase-currency", _set(A2, SCHEMA.currency, Literal("usd")), A2,
     "An amount needs exactly one schema:currency, an ISO 4217 code"),
    ("amount-value-and-min", _add(A1, SCHEMA.value, _decimal("120000000")), A1,
     "An amount or quantity has both schema:value and a bound"),
    ("amount-no-value", _remove(A2, SCHEMA.value), A2, "An amount states no number"),
    ("amount-value-not-decimal", _set(A2, SCHEMA.value, Literal("5 millones")), A2,
     "An amount has at most one schema:value, an xsd:decimal"),
    ("amount-min-above-max", _add(A1, SCHEMA.maxValue, _decimal("100")), A1,
     "An amount has at most one schema:minValue, an xsd:decimal no greater than"),
    ("amount-surface-form-untagged", _set(A2, DEAL.surfaceForm, Literal("5 millones")), A2,
     "An amount needs a deal:surfaceForm"),
    ("quantity-without-unit-code", _remove(Q1, SCHEMA.unitCode), Q1,
     "A quantity needs exactly one schema:unitCode"),
    ("quantity-typed-as-money", _add(Q1, RDF.type, SCHEMA.MonetaryAmount), Q1,
     "A node is typed both schema:QuantitativeValue and schema:MonetaryAmount"),
    ("mention-without-anchor", _remove(mention(23, 32), NIF.anchorOf), mention(23, 32),
     "A mention needs exactly one nif:anchorOf"),
    ("mention-negative-begin",
     _set(mention(23, 32), NIF.beginIndex, Literal("-1", datatype=XSD.nonNegativeInteger)),
     mention(23, 32), "A mention needs exactly one nif:beginIndex, a non-negative"),
    ("mention-begin-after-end",
     _set(mention(23, 32), NIF.beginIndex, Literal(40, datatype=XSD.nonNegativeInteger)),
     mention(23, 32), "A mention needs exactly one nif:beginIndex"),
    ("mention-without-context", _remove(mention(23, 32), NIF.referenceContext),
     mention(23, 32), "A mention needs exactly one nif:referenceContext"),
    ("context-without-source", _remove(mention(0, 362), NIF.sourceUrl), mention(0, 362),
     "A nif:Context needs exactly one nif:sourceUrl"),
    ("article-without-identifier", _remove(ARTICLE, SCHEMA.identifier), ARTICLE,
     "An article needs exactly one schema:identifier"),
    ("article-without-language", _remove(ARTICLE, SCHEMA.inLanguage), ARTICLE,
     "An article needs exactly one schema:inLanguage"),
    ("run-without-software-version", _remove(KG, SCHEMA.softwareVersion), KG,
     "A software node needs exactly one schema:softwareVersion"),
    ("run-without-start-time", _remove(RUN, PROV.startedAtTime), RUN,
     "A run needs exactly one prov:startedAtTime"),
    ("acquisition-without-target", _remove(ACQ, DEAL.target), ACQ,
     "An acquisition needs at least one deal:target"),
    ("merger-without-partner", _remove(MERGER, DEAL.partner), MERGER,
     "A merger needs at least one deal:partner"),
    ("investment-without-investor-or-investee",
     _all(_remove(INVEST, DEAL.investor), _remove(INVEST, DEAL.investee)), INVEST,
     "An investment needs a deal:investee"),
    ("purchase-without-buyer-or-seller",
     _all(_remove(PURCHASE, DEAL.buyer), _remove(PURCHASE, DEAL.seller)), PURCHASE,
     "A purchase agreement needs a deal:buyer or a deal:seller"),
    ("partnership-without-partner", _remove(PARTNERSHIP, DEAL.partner), PARTNERSHIP,
     "A partnership needs at least one deal:partner"),
    ("valuation-without-investee", _remove(VALUATION, DEAL.investee), VALUATION,
     "A valuation needs exactly one deal:investee"),
    ("valuation-with-two-investees", _add(VALUATION, DEAL.investee, ID["org/acme-robotics"]),
     VALUATION, "A valuation needs exactly one deal:investee"),
    ("subclass-without-deal-type", lambda g: g.remove((ACQ, RDF.type, DEAL.Deal)), ACQ,
     "An acquisition must also be typed deal:Deal"),
    ("deal-without-evidence", _remove(ACQ, DEAL.evidence), ACQ,
     "A deal needs at least one deal:evidence"),
    ("deal-without-article", _remove(ACQ, PROV.wasDerivedFrom), ACQ,
     "A deal must be prov:wasDerivedFrom at least one schema:NewsArticle"),
    ("deal-unknown-status", _set(ACQ, DEAL.status, DEAL.Signed), ACQ,
     "A deal's deal:status is one of deal:Rumoured"),
    ("deal-amount-not-money", _set(ACQ, DEAL.amount, Q1), ACQ,
     "A deal's deal:amount must be a schema:MonetaryAmount"),
    ("deal-term-not-duration", _set(PURCHASE, DEAL["term"], Literal("tres años")), PURCHASE,
     "A deal's deal:term is an ISO 8601 duration"),
    ("party-neither-org-nor-person",
     _all(_add(INVEST, DEAL.investor, A2), _add(INVEST, DEAL.party, A2)), INVEST,
     "A deal's party (deal:party or any role such as deal:buyer) must be a schema:Organization"),
    ("role-value-neither-org-nor-person", _add(PURCHASE, DEAL.seller, Q1), PURCHASE,
     "A deal's party (deal:party or any role such as deal:buyer) must be a schema:Organization"),
]


# Breaks that rightly show on a second node too.
ALSO_REPORTED: dict[str, set[URIRef]] = {
    # The article then mentions a node that is no longer a deal:Deal.
    "subclass-without-deal-type": {ARTICLE},
}


@pytest.mark.parametrize(
    ("case", "mutate", "focus", "message"),
    [pytest.param(case, m, f, msg, id=case) for case, m, f, msg in BAD_CASES],
)
def test_bad_graph_is_rejected_with_the_expected_message(
    good: rdflib.Graph,
    shapes: rdflib.Graph,
    case: str,
    mutate: Mutation,
    focus: URIRef,
    message: str,
) -> None:
    mutate(good)
    violations = validate(good, shapes)
    assert violations, "the broken graph was accepted"
    # The break is reported on the node that was broken, and on no other node.
    expected = {focus} | ALSO_REPORTED.get(case, set())
    assert {v.focus for v in violations} == {shown(node) for node in expected}
    assert any(v.message.startswith(message) for v in violations), [
        v.message for v in violations
    ]
    assert all(v.severity == "Violation" for v in violations)
    with pytest.raises(ValidationFailed) as raised:
        check(good, shapes)
    assert message in raised.value.report


def test_an_acquisition_of_a_unit_needs_its_seller(
    good: rdflib.Graph, shapes: rdflib.Graph
) -> None:
    # "Acme bought Beta's robotics unit": no target of its own, bought from a seller.
    seller = ID["org/beta-labs"]
    good.remove((ACQ, DEAL.target, None))
    good.add((ACQ, DEAL.seller, seller))
    assert validate(good, shapes) == []
    good.remove((ACQ, DEAL.seller, None))
    violations = validate(good, shapes)
    assert {v.focus for v in violations} == {shown(ACQ)}
    assert any(v.message.startswith("An acquisition needs at least one deal:target")
               for v in violations)


def test_blank_node_organisation_is_rejected(good: rdflib.Graph, shapes: rdflib.Graph) -> None:
    _to_blank_node(ID["org/el-diario"])(good)
    violations = validate(good, shapes)
    assert any(
        v.message.startswith("An organisation node must be an IRI under") for v in violations
    )


def test_publisher_needs_no_evidence(good: rdflib.Graph, shapes: rdflib.Graph) -> None:
    publisher = good.value(ARTICLE, SCHEMA.publisher)
    assert publisher is not None
    assert (publisher, DEAL.evidence, None) not in good
    assert (ARTICLE, SCHEMA.mentions, publisher) not in good
    assert validate(good, shapes) == []


# --- how the shapes are run (kg/validate.py prepares them for pyshacl) --------------

STARTUP = URIRef("https://example.org/Startup")


def _organisations_as_startups(g: rdflib.Graph) -> None:
    """Every organisation typed only by a subclass of schema:Organization (declared
    in the data), which sh:class and sh:targetClass must still see as one."""
    g.add((STARTUP, rdflib.RDFS.subClassOf, SCHEMA.Organization))
    for node in list(g.subjects(RDF.type, SCHEMA.Organization)):
        g.remove((node, RDF.type, SCHEMA.Organization))
        g.add((node, RDF.type, STARTUP))


def test_subclass_in_the_data_counts_for_targets_and_class_unions(
    good: rdflib.Graph, shapes: rdflib.Graph
) -> None:
    _organisations_as_startups(good)
    # Parties, mentions and the publisher are still organisations (dsh:Party,
    # dsh:Mentionable of shapes/classes.ttl go through the data's subclass).
    assert validate(good, shapes) == []
    # And the organisation shapes still target them.
    good.remove((ORG_BETA, SCHEMA.name, None))
    good.remove((ORG_BETA, DEAL.evidence, None))
    messages = {(v.focus, v.message.split(":")[0]) for v in validate(good, shapes)}
    assert messages == {
        (shown(ORG_BETA), "An organisation needs exactly one schema"),
        (shown(ORG_BETA), "A node that an article mentions (an organisation, person, amount, "
         "quantity or deal) needs at least one deal"),
    }


def test_party_of_an_unknown_class_is_rejected(good: rdflib.Graph, shapes: rdflib.Graph) -> None:
    # Typed, under the org/ namespace, yet neither schema:Organization nor schema:Person.
    good.remove((ORG_BETA, RDF.type, SCHEMA.Organization))
    good.add((ORG_BETA, RDF.type, SCHEMA.Brand))
    violations = validate(good, shapes)
    party = "A deal's party (deal:party or any role such as deal:buyer) must be"
    deals = set(good.subjects(DEAL.party, ORG_BETA))
    assert deals
    assert {(v.focus, v.value) for v in violations if v.message.startswith(party)} == {
        (shown(deal), shown(ORG_BETA)) for deal in deals
    }
    mentions = "What an article schema:mentions must be"
    assert any(v.focus == shown(ARTICLE) and v.message.startswith(mentions) for v in violations)


def test_validation_leaves_the_graph_as_it_was(good: rdflib.Graph, shapes: rdflib.Graph) -> None:
    good.remove((ORG_BETA, SCHEMA.name, None))
    before = set(good)
    assert validate(good, shapes)
    assert set(good) == before


def test_any_graph_of_shapes_gives_the_same_results(
    good: rdflib.Graph, shapes: rdflib.Graph
) -> None:
    # A plain rdflib graph (prepared per call) and load_shapes() (prepared once) agree.
    plain = rdflib.Graph()
    for triple in shapes:
        plain.add(triple)
    assert validate(good, plain) == []
    good.remove((A2, SCHEMA.value, None))
    good.set((ACQ, DEAL.status, DEAL.Signed))
    assert validate(good, plain) == validate(good, shapes) != []


def test_changed_shapes_are_prepared_again(good: rdflib.Graph) -> None:
    shapes = load_shapes()
    assert validate(good, shapes) == []
    rule = BNode()
    shapes.add((URIRef("https://example.org/NeedsUrl"), SH.targetClass, SCHEMA.NewsArticle))
    shapes.add((URIRef("https://example.org/NeedsUrl"), SH.property, rule))
    shapes.add((rule, SH.path, SCHEMA.url))
    shapes.add((rule, SH.minCount, Literal(2)))
    shapes.add((rule, SH.message, Literal("Two URLs.")))
    assert [v.message for v in validate(good, shapes)] == ["Two URLs."]


def test_graph_using_a_class_reserved_for_the_shapes_is_an_input_error(
    good: rdflib.Graph, shapes: rdflib.Graph
) -> None:
    good.add((ID["org/x"], RDF.type, URIRef("https://w3id.org/dealkg/shapes#Party")))
    with pytest.raises(InputError, match=r"shapes#Party, a class reserved for kg's shapes"):
        validate(good, shapes)


def test_every_class_union_is_declared_and_used(shapes: rdflib.Graph) -> None:
    unions = set(shapes.objects(None, rdflib.RDFS.subClassOf))
    assert unions == {URIRef("https://w3id.org/dealkg/shapes#Party"),
                      URIRef("https://w3id.org/dealkg/shapes#Mentionable")}
    assert unions <= set(shapes.objects(None, SH["class"]))
    assert not unions & set(shapes.objects(None, SH.targetClass))


# --- the report -------------------------------------------------------------------


def test_report_names_article_and_sentence_of_an_entity(
    good: rdflib.Graph, shapes: rdflib.Graph
) -> None:
    good.remove((ORG_BETA, SCHEMA.name, None))
    (violation,) = validate(good, shapes)
    assert violation == Violation(
        focus=shown(ORG_BETA),
        path="schema:name",
        message=violation.message,
        severity="Violation",
        value=None,
        article="shapes-good",
        sentence=SENTENCE_1,  # the sentence of its first evidence mention
    )
    report = format_report([violation])
    assert report.splitlines() == [
        f"Violation: {violation.message}",
        f"  focus:    {shown(ORG_BETA)}",
        "  path:     schema:name",
        "  article:  shapes-good",
        f'  sentence: "{SENTENCE_1}"',
    ]


def test_report_names_article_and_sentence_of_a_deal_and_the_bad_value(
    good: rdflib.Graph, shapes: rdflib.Graph
) -> None:
    good.set((INVEST, DEAL.status, DEAL.Signed))
    (violation,) = validate(good, shapes)
    assert violation.article == "shapes-good"
    assert violation.sentence == SENTENCE_3  # the deal's evidence is the sentence itself
    assert violation.value == "deal:Signed"
    assert violation.path == "deal:status"
    report = format_report([violation])
    assert "  value:    deal:Signed" in report
    assert f'  sentence: "{SENTENCE_3}"' in report


def test_report_of_a_mention_names_its_sentence(
    good: rdflib.Graph, shapes: rdflib.Graph
) -> None:
    good.remove((mention(211, 232), NIF.anchorOf, None))
    (violation,) = validate(good, shapes)
    assert (violation.article, violation.sentence) == ("shapes-good", SENTENCE_3)


def test_report_of_an_alternative_path_reads_like_sparql(
    good: rdflib.Graph, shapes: rdflib.Graph
) -> None:
    good.add((PURCHASE, DEAL.seller, Q1))
    (violation,) = validate(good, shapes)
    assert violation.path is not None
    assert violation.path.split("|")[:2] == ["deal:party", "deal:acquirer"]
    assert violation.value == shown(Q1)


def test_check_message_counts_violations_and_names_the_article(
    good: rdflib.Graph, shapes: rdflib.Graph
) -> None:
    good.remove((ORG_BETA, SCHEMA.name, None))
    good.remove((A2, SCHEMA.value, None))
    with pytest.raises(ValidationFailed, match="2 violations in article shapes-good") as raised:
        check(good, shapes)
    assert raised.value.report.count("Violation: ") == 2


# --- files ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "fmt"),
    [(".ttl", "turtle"), (".nt", "nt"), (".nq", "nquads"), (".trig", "trig"),
     (".jsonld", "json-ld"), (".json-ld", "json-ld")],
)
def test_validate_file_reads_every_format(
    good: rdflib.Graph, shapes: rdflib.Graph, tmp_path: Path, suffix: str, fmt: str
) -> None:
    target = tmp_path / f"graph{suffix}"
    if fmt in ("nquads", "trig"):
        # The triples in a named graph, as kg's TriG output may put them.
        lines = good.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
        lines = [line.removesuffix(" .") for line in lines if line.strip()]
        if fmt == "nquads":
            text = "".join(f"{line} <https://example.org/graph> .\n" for line in lines)
        else:
            text = "<https://example.org/graph> {\n" + " .\n".join(lines) + " .\n}\n"
        target.write_text(text, encoding="utf-8")
    else:
        good.serialize(target, format=fmt, encoding="utf-8")
    assert validate_file(target, shapes) == []


def test_validate_file_reports_violations(
    good: rdflib.Graph, shapes: rdflib.Graph, tmp_path: Path
) -> None:
    good.remove((Q1, SCHEMA.unitCode, None))
    target = tmp_path / "bad.nt"
    good.serialize(target, format="nt", encoding="utf-8")
    (violation,) = validate_file(target, shapes)
    assert violation.path == "schema:unitCode"


def test_syntax_error_names_the_file_and_line(shapes: rdflib.Graph, tmp_path: Path) -> None:
    target = tmp_path / "broken.ttl"
    target.write_text('@prefix schema: <https://schema.org/> .\n\n<a> schema:name "x" \n<b>\n')
    with pytest.raises(InputError, match=r"broken\.ttl: not valid Turtle: .*line 4"):
        validate_file(target, shapes)


def test_missing_file_and_unknown_extension(shapes: rdflib.Graph, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.ttl: no such file or directory"):
        validate_file(tmp_path / "missing.ttl", shapes)
    other = tmp_path / "graph.rdf"
    other.write_text("")
    with pytest.raises(InputError, match=r"graph\.rdf: unknown graph file extension"):
        validate_file(other, shapes)


def test_broken_shapes_file_is_a_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "deal.ttl"
    broken.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n[ a sh:NodeShape \n")
    monkeypatch.setattr("kg.resources.data_files", lambda kind, suffix: [broken])
    with pytest.raises(ConfigError, match=r"deal\.ttl: the shapes file does not parse"):
        load_shapes()


# --- kg validate ------------------------------------------------------------------


def _write_bad(tmp_path: Path) -> Path:
    graph = rdflib.Graph().parse(GOOD, format="turtle")
    graph.remove((ACQ, DEAL.target, None))
    target = tmp_path / "bad.ttl"
    graph.serialize(target, format="turtle")
    return target


def test_cli_conforming_file_exits_0() -> None:
    result = CliRunner().invoke(validate_command, [str(GOOD)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{GOOD}: conforms\n"


def test_cli_violations_exit_1_with_the_report(tmp_path: Path) -> None:
    bad = _write_bad(tmp_path)
    result = CliRunner().invoke(validate_command, [str(GOOD), str(bad)])
    assert result.exit_code == 1
    assert f"{GOOD}: conforms" in result.stdout
    assert f"{bad}: does not conform (1 violation)" in result.stdout
    assert "An acquisition needs at least one deal:target" in result.stdout
    assert "  article:  shapes-good" in result.stdout
    assert f'  sentence: "{SENTENCE_1}"' in result.stdout


def test_cli_unreadable_input_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle\n")
    bad = _write_bad(tmp_path)
    result = CliRunner().invoke(validate_command, [str(bad), str(broken)])
    assert result.exit_code == 2
    assert f"error: {broken}: not valid Turtle" in result.stderr
    assert f"{bad}: does not conform" in result.stdout  # the other file is still checked


def test_cli_missing_file_and_no_arguments_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(validate_command, [str(tmp_path / "nope.ttl")])
    assert result.exit_code == 2
    assert "nope.ttl: no such file or directory" in result.stderr
    result = CliRunner().invoke(validate_command, [])
    assert result.exit_code == 2
    assert "Missing argument" in result.stderr


def test_cli_help_has_an_example() -> None:
    result = CliRunner().invoke(validate_command, ["--help"])
    assert result.exit_code == 0
    assert "kg validate out/example.ttl" in result.stdout


def test_cli_unexpected_error_exits_3_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Regression: a bug while validating surfaced as a traceback and exit 1, which
    # means "does not conform".
    import kg.cli.validate

    def broken(path: Path, shapes: rdflib.Graph) -> list[object]:
        raise KeyError("a bug")

    monkeypatch.setattr(kg.cli.validate, "validate_file", broken)
    result = CliRunner().invoke(validate_command, [str(GOOD)])
    assert result.exit_code == 3, result.output
    assert result.output.strip().splitlines() == [
        "error: internal error: KeyError: 'a bug' (rerun with --debug for details)"
    ]
