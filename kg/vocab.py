"""Namespaces of the deal ontology contract (DESIGN.md §2). Keep these IRIs exact."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

DEAL = Namespace("https://w3id.org/dealkg/ontology#")
ID = Namespace("https://w3id.org/dealkg/id/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
TIME = Namespace("http://www.w3.org/2006/time#")
QUDT = Namespace("http://qudt.org/schema/qudt/")
UNIT = Namespace("http://qudt.org/vocab/unit/")
WD = Namespace("http://www.wikidata.org/entity/")
FIBO_FND_AGR = Namespace("https://spec.edmcouncil.org/fibo/ontology/FND/Agreements/Contracts/")

PREFIXES: dict[str, str] = {
    "deal": str(DEAL),
    "id": str(ID),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "nif": str(NIF),
    "prov": str(PROV),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "time": str(TIME),
    "wd": str(WD),
}

__all__ = [
    "DEAL",
    "ID",
    "NIF",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "QUDT",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "TIME",
    "UNIT",
    "WD",
    "XSD",
]
