"""Compacted, framed JSON-LD for kg's graphs, with kg's published ``@context``.

A web developer reads ``deal.buyer.name`` and ``deal.amount.value`` without an RDF
library; an RDF tool gets exactly the triples of the Turtle file. The document is
``{"@context": ..., "@graph": [...]}`` where ``@graph`` lists:

1. every deal, with its parties (``buyer``, ``target``, ...) nested as a summary
   (``@id``, ``@type``, ``name``, ``alternateName``, ``sameAs``), its ``amount``,
   ``valuation`` and ``quantity`` nested in full, and its ``evidence`` sentences
   nested in full (``anchorOf``, ``beginIndex``, ...);
2. then every other node that was not already written in full inside a deal:
   articles, organisations and people (with their evidence), memberships, the run,
   and the remaining mentions.

A node may appear more than once (an organisation in two deals); each copy holds
the same statements, so the triples are the same. Terms come from the context
(``ontology/context.jsonld``, published at ``CONTEXT_URL``): the document refers to
it by URL, or holds it with ``inline_context``. Typed values follow the context's
coercions: ``"value": 6500000000`` is ``"6500000000"^^xsd:decimal``; a whole number
is written as a JSON number when it is below 2^53 (exact in JavaScript), else as a
string. Keys are ordered (``@id``, ``@type``, then by name) and values sorted, so the
same triples give the same bytes.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from kg.ldcontext import CONTEXT_URL, context
from kg.publish.turtle import object_key, subject_key
from kg.vocab import DEAL, NIF, ORG, OWL, RDF, SCHEMA, SKOS, XSD

_TYPE = str(RDF.type)
_SUMMARY = {_TYPE, str(SCHEMA.name), str(SCHEMA.alternateName), str(OWL.sameAs),
            str(SKOS.prefLabel)}
# Links whose object is shown as a summary wherever it appears: who took part.
_SUMMARISED = {
    str(DEAL[role])
    for role in ("acquirer", "target", "seller", "buyer", "investor", "investee", "partner",
                 "reportedBy")
} | {str(SCHEMA.publisher), str(ORG.member), str(ORG.organization), str(ORG.role)}
# Links whose object is written in full under a deal, every time.
_OWNED = {str(DEAL.amount), str(DEAL.valuation), str(DEAL.quantity), str(DEAL.evidence)}
# Links whose object is written in full the first time only.
_ONCE = {str(DEAL.evidence), str(NIF.sentence)}
_DEAL = str(DEAL.Deal)
_XSD_STRING = str(XSD.string)
_XSD_BOOLEAN = str(XSD.boolean)
_XSD_INTEGER = str(XSD.integer)
_WHOLE_TYPES = {str(XSD.decimal), str(XSD.integer), str(XSD.nonNegativeInteger)}
_CANONICAL_WHOLE = re.compile(r"0|-?[1-9][0-9]*")
_SAFE_INTEGER = 2**53
_VOCAB_TERM = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

Subject = ox.NamedNode | ox.BlankNode


class _Context:
    """The context's terms, read for compaction."""

    def __init__(self, ctx: dict[str, Any]) -> None:
        self.vocab = str(ctx.get("@vocab", ""))
        self.prefixes: dict[str, str] = {
            k: v for k, v in ctx.items()
            if not k.startswith("@") and isinstance(v, str) and "://" in v
            and v.endswith(("/", "#"))
        }
        self.by_iri: dict[str, tuple[str, dict[str, str]]] = {}
        for term, definition in ctx.items():
            if term.startswith("@") or term in self.prefixes:
                continue
            spec = {"@id": definition} if isinstance(definition, str) else dict(definition)
            self.by_iri[self.expand(spec["@id"])] = (term, {
                k: (self.expand(v) if k == "@type" and v not in ("@id", "@vocab") else v)
                for k, v in spec.items()
            })
        self._order = sorted(self.prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        self.terms = {term for term, _ in self.by_iri.values()} | set(self.prefixes)
        self._compact: dict[str, str] = {}

    def expand(self, value: str) -> str:
        prefix, sep, rest = value.partition(":")
        if sep and prefix in self.prefixes and not rest.startswith("//"):
            return self.prefixes[prefix] + rest
        return value

    def iri(self, value: str) -> str:
        """A node IRI as a compact IRI (``orgid:lumen-ai``) or in full."""
        found = self._compact.get(value)
        if found is None:
            found = self._compact[value] = self._iri(value)
        return found

    def _iri(self, value: str) -> str:
        for prefix, namespace in self._order:
            rest = value[len(namespace):]
            if value.startswith(namespace) and rest and not rest.startswith("//"):
                return f"{prefix}:{rest}"
        return value

    def vocab_iri(self, value: str) -> str:
        """A class, property or ``@vocab`` value: a term, a name in ``@vocab``, or
        a compact IRI."""
        found = self.by_iri.get(value)
        if found is not None:
            return found[0]
        if self.vocab and value.startswith(self.vocab):
            rest = value[len(self.vocab):]
            if _VOCAB_TERM.fullmatch(rest) and rest not in self.terms:
                return rest
        return self.iri(value)


class _Writer:
    def __init__(self, triples: Iterable[ox.Triple], ctx: _Context) -> None:
        self.ctx = ctx
        self.props: dict[Subject, dict[str, list[ox.NamedNode | ox.BlankNode | ox.Literal]]]
        self.props = defaultdict(lambda: defaultdict(list))
        for triple in triples:
            subject, obj = triple.subject, triple.object
            if not isinstance(subject, ox.NamedNode | ox.BlankNode) or isinstance(obj, ox.Triple):
                raise TypeError(f"kg writes no RDF-star triples, found {triple!r}")
            self.props[subject][triple.predicate.value].append(obj)
        self.written: set[Subject] = set()

    def document(self) -> list[dict[str, Any]]:
        subjects = sorted(self.props, key=subject_key)
        deals = [s for s in subjects if self._is_deal(s)]
        graph = [self.node(s, frozenset(), full=True) for s in deals]
        graph += [self.node(s, frozenset(), full=True) for s in subjects if s not in self.written]
        return graph

    def _is_deal(self, subject: Subject) -> bool:
        return any(
            isinstance(t, ox.NamedNode) and t.value == _DEAL
            for t in self.props[subject].get(_TYPE, ())
        )

    def node(self, subject: Subject, path: frozenset[Subject], *, full: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"@id": self._node_id(subject)}
        if full:
            self.written.add(subject)
        props = self.props.get(subject, {})
        types = props.get(_TYPE)
        if types:
            names = sorted(
                self.ctx.vocab_iri(t.value) for t in types if isinstance(t, ox.NamedNode)
            )
            out["@type"] = names[0] if len(names) == 1 else names
        is_deal = self._is_deal(subject)
        inner = path | {subject}
        # Keys in order, objects in order: which copy of a node is written in full
        # depends on the order of the walk, and the bytes must not.
        keyed = []
        for predicate in props:
            if predicate == _TYPE or (not full and predicate not in _SUMMARY):
                continue
            term, definition = self.ctx.by_iri.get(predicate, (None, {}))
            keyed.append((term or self.ctx.vocab_iri(predicate), predicate, definition))
        for key, predicate, definition in sorted(keyed, key=lambda k: k[0]):
            objects = sorted(props[predicate], key=object_key)
            values = [self.value(predicate, o, definition, inner, is_deal) for o in objects]
            if len(values) > 1:
                values.sort(key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
            single = len(values) == 1 and definition.get("@container") != "@set"
            out[key] = values[0] if single else values
        return out

    def _node_id(self, node: Subject) -> str:
        return self.ctx.iri(node.value) if isinstance(node, ox.NamedNode) else str(node)

    def value(
        self,
        predicate: str,
        obj: ox.NamedNode | ox.BlankNode | ox.Literal,
        definition: dict[str, str],
        path: frozenset[Subject],
        in_deal: bool,
    ) -> Any:
        coerce = definition.get("@type")
        if isinstance(obj, ox.Literal):
            return self.literal(obj, coerce)
        if obj in self.props and obj not in path:
            if predicate in _SUMMARISED:
                return self.node(obj, path, full=False)
            if (in_deal and predicate in _OWNED) or (
                predicate in _ONCE and obj not in self.written
            ):
                return self.node(obj, path, full=True)
        if isinstance(obj, ox.BlankNode):
            return {"@id": str(obj)}
        if coerce == "@id":
            return self.ctx.iri(obj.value)
        if coerce == "@vocab":
            return self.ctx.vocab_iri(obj.value)
        return {"@id": self.ctx.iri(obj.value)}

    def literal(self, literal: ox.Literal, coerce: str | None) -> Any:
        value = literal.value
        if literal.language:
            return {"@value": value, "@language": literal.language}
        datatype = literal.datatype.value
        if coerce == datatype:
            if datatype in _WHOLE_TYPES and _CANONICAL_WHOLE.fullmatch(value):
                number = int(value)
                if abs(number) < _SAFE_INTEGER:
                    return number
            return value
        if coerce is None:
            if datatype == _XSD_STRING:
                return value
            if datatype == _XSD_BOOLEAN and value in ("true", "false"):
                return value == "true"
            if datatype == _XSD_INTEGER and _CANONICAL_WHOLE.fullmatch(value):
                if abs(int(value)) < _SAFE_INTEGER:
                    return int(value)
        if datatype == _XSD_STRING:
            return {"@value": value}
        return {"@value": value, "@type": self.ctx.vocab_iri(datatype)}


def jsonld(triples: Iterable[ox.Triple], *, inline_context: bool = False) -> bytes:
    """The triples as compacted, framed JSON-LD (see the module doc).

    >>> t = ox.Triple(ox.NamedNode("https://w3id.org/dealkg/id/org/acme"),
    ...               ox.NamedNode("https://schema.org/name"), ox.Literal("Acme"))
    >>> json.loads(jsonld([t]))["@graph"]
    [{'@id': 'orgid:acme', 'name': 'Acme'}]
    """
    ctx = context()
    graph = _Writer(triples, _Context(ctx)).document()
    document = {"@context": ctx if inline_context else CONTEXT_URL, "@graph": graph}
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


__all__ = ["CONTEXT_URL", "jsonld"]
