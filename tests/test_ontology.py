"""The deal ontology declares every ``deal:`` term kg writes, in English and Spanish."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Literal, URIRef

import kg
from kg.errors import ConfigError
from kg.facts import DEAL_ROLES, DEAL_STATUSES, DEAL_TYPES
from kg.ontology import load_ontology
from kg.resources import data_files
from kg.validate import load_shapes
from kg.vocab import DEAL, SCHEMA

ROOT = Path(__file__).resolve().parent.parent
GRAPH_DOC = ROOT / "docs" / "GRAPH.md"
ONTOLOGY_IRI = URIRef("https://w3id.org/dealkg/ontology")
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty}
# Every term of the ontology contract, beyond what docs/GRAPH.md happens to show.
CONTRACT_PROPERTIES = {
    "party", "amount", "valuation", "quantity", "term", "status", "reportedBy", "hedge",
    "evidence", "surfaceForm", "approximate", "currencyInferred", "perShare", "exchangeRate",
    *DEAL_ROLES,
}
CONTRACT_TERMS = {"Deal", "Status", *DEAL_TYPES, *DEAL_STATUSES, *CONTRACT_PROPERTIES}


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return load_ontology()


def terms_in_graph_doc() -> set[str]:
    return set(re.findall(r"\bdeal:([A-Za-z]+)", GRAPH_DOC.read_text(encoding="utf-8")))


def test_ontology_loads_in_rdflib_and_pyoxigraph(ontology: rdflib.Graph) -> None:
    (path,) = data_files("ontology", ".ttl")
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(ontology) > 0


def test_ontology_header_has_the_package_version(ontology: rdflib.Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal(kg.__version__)
    assert ontology.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef(
        f"https://w3id.org/dealkg/ontology/{kg.__version__}"
    )


def test_graph_doc_uses_only_contract_terms() -> None:
    # If GRAPH.md gains a deal: term, CONTRACT_TERMS (and the ontology) must follow.
    assert terms_in_graph_doc() <= CONTRACT_TERMS


@pytest.mark.parametrize("name", sorted(CONTRACT_TERMS | terms_in_graph_doc()))
def test_term_is_declared_in_english_and_spanish(ontology: rdflib.Graph, name: str) -> None:
    term = DEAL[name]
    assert set(ontology.objects(term, RDF.type)), f"deal:{name} has no rdf:type"
    for prop in (RDFS.label, RDFS.comment):
        languages = {o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)}
        assert {"en", "es"} <= languages, f"deal:{name} lacks {prop} in en and es"
    assert ontology.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI


@pytest.mark.parametrize("name", sorted(CONTRACT_PROPERTIES))
def test_property_has_domain_and_range(ontology: rdflib.Graph, name: str) -> None:
    term = DEAL[name]
    assert PROPERTY_TYPES & set(ontology.objects(term, RDF.type))
    assert ontology.value(term, RDFS.domain) is not None
    assert ontology.value(term, RDFS.range) is not None


def test_every_declared_term_is_a_contract_term(ontology: rdflib.Graph) -> None:
    declared = {
        str(s).removeprefix(str(DEAL)) for s in ontology.subjects() if str(s).startswith(str(DEAL))
    }
    assert declared == CONTRACT_TERMS


def test_deal_classes_and_roles_form_the_hierarchy(ontology: rdflib.Graph) -> None:
    assert (DEAL.Deal, RDFS.subClassOf, SCHEMA.Action) in ontology
    for name in DEAL_TYPES:
        assert (DEAL[name], RDF.type, OWL.Class) in ontology
        assert (DEAL[name], RDFS.subClassOf, DEAL.Deal) in ontology
    for name in DEAL_ROLES:
        assert (DEAL[name], RDF.type, OWL.ObjectProperty) in ontology
        assert (DEAL[name], RDFS.subPropertyOf, DEAL.party) in ontology
    for name in DEAL_STATUSES:
        assert (DEAL[name], RDF.type, DEAL.Status) in ontology


def test_alignments_point_at_schema_org_and_fibo(ontology: rdflib.Graph) -> None:
    assert (DEAL.Acquisition, SKOS.closeMatch, SCHEMA.BuyAction) in ontology
    assert (DEAL.Investment, SKOS.closeMatch, SCHEMA.InvestAction) in ontology
    targets = {str(o) for o in ontology.objects(None, SKOS.closeMatch)}
    assert any(t.startswith("https://spec.edmcouncil.org/fibo/ontology/") for t in targets)
    allowed = ("https://schema.org/", "https://spec.edmcouncil.org/fibo/ontology/")
    assert all(t.startswith(allowed) for t in targets)


def test_shapes_use_only_declared_deal_terms(ontology: rdflib.Graph) -> None:
    shapes = load_shapes()
    used = {
        term
        for triple in shapes
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(str(DEAL))
    }
    undeclared = {t for t in used if (t, RDFS.label, None) not in ontology}
    assert not undeclared


def test_broken_ontology_file_is_a_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix deal: <https://w3id.org/dealkg/ontology#> .\ndeal:x deal:y\n")
    monkeypatch.setattr("kg.resources.data_files", lambda kind, suffix: [broken])
    with pytest.raises(ConfigError, match=r"broken\.ttl.*line"):
        load_ontology()
