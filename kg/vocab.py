"""Namespaces of the deal ontology (ontology/deal.ttl, docs/GRAPH.md). Keep these IRIs exact."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL as _OWL
from rdflib.namespace import PROV as _PROV
from rdflib.namespace import RDF as _RDF
from rdflib.namespace import RDFS as _RDFS
from rdflib.namespace import SKOS as _SKOS
from rdflib.namespace import XSD as _XSD

_TERMS: dict[str, URIRef] = {}


class Vocabulary(Namespace):
    """An rdflib ``Namespace`` that makes each of its terms once.

    ``SCHEMA.name`` on a plain Namespace builds (and checks) a new ``URIRef`` on
    every use; kg uses a few dozen terms millions of times.

    >>> Vocabulary("https://schema.org/").name is Vocabulary("https://schema.org/").name
    True
    """

    def term(self, name: str) -> URIRef:
        key = str.__add__(self, name)
        found = _TERMS.get(key)
        if found is None:
            found = _TERMS[key] = super().term(name)
        return found

    def __getattr__(self, name: str) -> URIRef:
        found = super().__getattr__(name)
        # Kept as an attribute: the next ``SCHEMA.name`` is a plain attribute read.
        self.__dict__[name] = found
        return found


def interned(term: URIRef) -> URIRef:
    """The one ``URIRef`` kg uses for ``term``'s IRI (``term`` itself if kg has none
    yet; it is then the one). Terms read from a file are new objects: interned, a
    look-up of one in a dict keyed by kg's own terms matches it by identity, where an
    equal object costs rdflib's ``__eq__`` (Python) on every look-up.

    >>> interned(URIRef(str(SCHEMA) + "name")) is SCHEMA.name
    True
    """
    if type(term) is not URIRef:
        return term
    return _TERMS.setdefault(str(term), term)


OWL = Vocabulary(str(_OWL))
PROV = Vocabulary(str(_PROV))
RDF = Vocabulary(str(_RDF))
RDFS = Vocabulary(str(_RDFS))
SKOS = Vocabulary(str(_SKOS))
XSD = Vocabulary(str(_XSD))
DEAL = Vocabulary("https://w3id.org/dealkg/ontology#")
ID = Vocabulary("https://w3id.org/dealkg/id/")
SCHEMA = Vocabulary("https://schema.org/")
ORG = Vocabulary("http://www.w3.org/ns/org#")
NIF = Vocabulary("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
TIME = Vocabulary("http://www.w3.org/2006/time#")
QUDT = Vocabulary("http://qudt.org/schema/qudt/")
UNIT = Vocabulary("http://qudt.org/vocab/unit/")
WD = Vocabulary("http://www.wikidata.org/entity/")
FIBO_FND_AGR = Vocabulary("https://spec.edmcouncil.org/fibo/ontology/FND/Agreements/Contracts/")

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

# Prefixes for kg's own data IRIs, so that Turtle and JSON-LD name a node
# ``orgid:openai`` rather than by its 40-character IRI. Each ends in ``id``: the plain
# words clash with vocabularies kg uses (``org:`` is W3C ORG, ``deal:`` the ontology)
# or, in JSON-LD, with property names (``amount``, ``quantity``, ``role``). The order
# is the order of subjects in Turtle: the facts first.
DATA_PREFIXES: dict[str, str] = {
    f"{kind}id": f"{ID}{kind}/"
    for kind in ("deal", "org", "person", "membership", "role", "amount", "quantity",
                 "article", "run")
}
PREFIXES.update(DATA_PREFIXES)

__all__ = [
    "DATA_PREFIXES",
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
    "Vocabulary",
    "interned",
]
