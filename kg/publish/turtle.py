"""Readable Turtle and TriG for kg's graphs, byte for byte the same for the same triples.

pyoxigraph writes valid Turtle, but a kg node written in full is a 60-character IRI,
and a prefixed name for a mention needs escapes (``articleid:a\\#char\\=0\\,9``). This
writer gives kg's data IRIs short names (``orgid:lumen-ai``, ``dealid:48db...``; see
``kg.vocab.DATA_PREFIXES``) wherever a prefixed name needs no escape, writes
everything else in full, and orders the subjects so the facts come first: deals,
organisations, people, memberships, amounts and quantities, articles and the run,
then the mention nodes (``#char=``), by article and position. Mentions are written
relative to ``@base <https://w3id.org/dealkg/id/article/>`` (``<a1#char=0,9>``).

Terms are escaped by pyoxigraph (``str()`` of a term is its N-Triples form, which is
valid Turtle), so any text gives valid Turtle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pyoxigraph as ox

from kg.vocab import DATA_PREFIXES, PREFIXES, RDF, XSD

Subject = ox.NamedNode | ox.BlankNode
Object = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

# A local name that Turtle, SPARQL and JSON-LD all read without escapes.
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
_MENTION = re.compile(r"char=(\d+),(\d+)")
_TYPE = str(RDF.type)
_XSD_STRING = str(XSD.string)
_XSD_BOOLEAN = str(XSD.boolean)
_XSD_INTEGER = str(XSD.integer)
_INTEGER = re.compile(r"[+-]?[0-9]+")
# A relative reference that resolves against a base ending in "/" to base + itself:
# no scheme-like colon, no "/" or "?", no leading dot (a dot segment would be removed).
_RELATIVE = re.compile(r"[A-Za-z0-9_~%!$&'()*+,;=@-][A-Za-z0-9._~%!$&'()*+,;=@-]*"
                       r"#[A-Za-z0-9._~%!$&'()*+,;=@/?:-]*")
_ARTICLE_NS = DATA_PREFIXES["articleid"]
# Subject order: kg's data namespaces as DATA_PREFIXES lists them, then anything
# else, then mentions.
_RANKS = list(DATA_PREFIXES.values())


class Names:
    """Turns IRIs into prefixed names where one is valid without escapes."""

    def __init__(self, prefixes: Mapping[str, str] = PREFIXES, base: str | None = None) -> None:
        self.prefixes = dict(prefixes)
        # Longest namespace first: orgid: before id:.
        self._order = sorted(self.prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        self.base = base
        self._seen: dict[str, str] = {}

    def iri(self, value: str) -> str:
        """``deal:Acquisition`` for a vocabulary term, ``<...>`` where no prefix fits.

        >>> Names().iri("https://w3id.org/dealkg/id/org/lumen-ai")
        'orgid:lumen-ai'
        >>> Names().iri("https://w3id.org/dealkg/id/article/a#char=0,5")
        '<https://w3id.org/dealkg/id/article/a#char=0,5>'
        """
        found = self._seen.get(value)
        if found is None:
            found = self._compact(value)
            self._seen[value] = found
        return found

    def _compact(self, value: str) -> str:
        for prefix, namespace in self._order:
            if value.startswith(namespace) and _LOCAL.fullmatch(value[len(namespace):]):
                return f"{prefix}:{value[len(namespace):]}"
        if self.base and value.startswith(self.base):
            # A mention, <es_lumen_vatio#char=0,110>: relative to @base, which every
            # Turtle parser resolves back to the whole IRI.
            rest = value[len(self.base):]
            if _RELATIVE.fullmatch(rest):
                return f"<{rest}>"
        return str(ox.NamedNode(value))

    def term(self, term: Object) -> str:
        if isinstance(term, ox.NamedNode):
            return self.iri(term.value)
        if isinstance(term, ox.Literal):
            return self.literal(term)
        if isinstance(term, ox.BlankNode):
            return str(term)
        raise TypeError(f"kg writes no RDF-star triples, found {term!r}")

    def literal(self, literal: ox.Literal) -> str:
        """A literal the short way Turtle allows: ``true``, ``42``, ``"x"@es``,
        ``"5"^^xsd:decimal``."""
        value = literal.value
        if literal.language:
            return f"{_quoted(value)}@{literal.language}"
        datatype = literal.datatype.value
        if datatype == _XSD_STRING:
            return _quoted(value)
        if datatype == _XSD_BOOLEAN and value in ("true", "false"):
            return value
        if datatype == _XSD_INTEGER and _INTEGER.fullmatch(value):
            return value
        return f"{_quoted(value)}^^{self.iri(datatype)}"

    def header(self) -> str:
        """The ``@base`` and ``@prefix`` lines, in a fixed order (vocabularies, then
        kg's data)."""
        base = f"@base <{self.base}> .\n" if self.base else ""
        return base + "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in self.prefixes.items())


def _quoted(text: str) -> str:
    return str(ox.Literal(text))  # N-Triples escapes: valid Turtle


def iri_key(value: str) -> tuple[int, str, int, int, str]:
    """Where a node (by its IRI) goes: deals, organisations, people ... articles, other
    nodes, then mentions by article and position."""
    base, hashed, fragment = value.partition("#")
    if hashed and base.startswith(_ARTICLE_NS):
        match = _MENTION.fullmatch(fragment)
        if match:
            return (len(_RANKS) + 1, base, int(match[1]), int(match[2]), value)
    for rank, namespace in enumerate(_RANKS):
        if value.startswith(namespace):
            return (rank, value, 0, 0, value)
    return (len(_RANKS), value, 0, 0, value)


def subject_key(node: Subject) -> tuple[int, str, int, int, str]:
    """``iri_key`` of a node; blank nodes after everything."""
    if isinstance(node, ox.BlankNode):
        return (len(_RANKS) + 2, "", 0, 0, node.value)
    return iri_key(node.value)


def object_key(term: Object) -> tuple[int, str, int, int, str]:
    """Literals first (by their N-Triples form), then nodes as ``subject_key``."""
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return subject_key(term)
    return (-1, str(term), 0, 0, "")


def _text_key(text: str) -> tuple[int, str, int, int, str]:
    """``object_key`` of a term given as its N-Triples text."""
    if text.startswith("<"):
        return iri_key(text[1:-1])
    if text.startswith("_:"):
        return (len(_RANKS) + 2, "", 0, 0, text[2:])
    return (-1, text, 0, 0, "")


class _Render:
    """Terms, given as their N-Triples text (one call into pyoxigraph per term),
    written the short way; each distinct text is worked out once."""

    def __init__(self, names: Names) -> None:
        self.names = names
        self.seen: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        found = self.seen.get(text)
        if found is None:
            found = self.seen[text] = self._render(text)
        return found

    def _render(self, text: str) -> str:
        if text.startswith("<"):
            return self.names.iri(text[1:-1])
        if text.startswith("_:") or text.endswith('"'):
            return text  # a blank node, or a plain string as N-Triples escapes it
        if not text.endswith(">"):
            return text  # a language-tagged string: "..."@es
        cut = text.rindex('"^^<')
        quoted, datatype = text[: cut + 1], text[cut + 4 : -1]
        value = quoted[1:-1]  # digits and booleans carry no escapes
        if datatype == _XSD_BOOLEAN and value in ("true", "false"):
            return value
        if datatype == _XSD_INTEGER and _INTEGER.fullmatch(value):
            return value
        return f"{quoted}^^{self.names.iri(datatype)}"


def turtle_body(triples: Iterable[ox.Triple], names: Names, indent: str = "") -> str:
    """The triples as Turtle statements (no prefixes), one block per subject:
    ``rdf:type`` first, then predicates by IRI, objects sorted."""
    by_subject: dict[str, dict[str, dict[str, None]]] = {}
    for triple in triples:
        subject, predicate, obj = triple
        if isinstance(subject, ox.Triple) or isinstance(obj, ox.Triple):
            raise TypeError(f"kg writes no RDF-star triples, found {triple!r}")
        by_subject.setdefault(str(subject), {}).setdefault(predicate.value, {})[str(obj)] = None
    render = _Render(names)
    blocks: list[str] = []
    more = indent + "\t"
    for subject in sorted(by_subject, key=_text_key):
        predicates = by_subject[subject]
        order = sorted(predicates, key=lambda p: (p != _TYPE, p))
        parts = [
            ("a" if p == _TYPE else names.iri(p))
            + " "
            + " , ".join(render(o) for o in sorted(predicates[p], key=_text_key))
            for p in order
        ]
        blocks.append(f"{indent}{render(subject)} " + f" ;\n{more}".join(parts) + " .\n")
    return "".join(blocks)


def turtle(triples: Iterable[ox.Triple], names: Names | None = None) -> bytes:
    """A whole Turtle document: the prefixes, then the statements.

    >>> t = ox.Triple(ox.NamedNode("https://w3id.org/dealkg/id/org/acme"),
    ...               ox.NamedNode("https://schema.org/name"), ox.Literal("Acme"))
    >>> turtle([t]).decode().splitlines()[-1]
    'orgid:acme schema:name "Acme" .'

    Mentions are written relative to ``@base <https://w3id.org/dealkg/id/article/>``:
    ``<es_lumen_vatio#char=0,110>``.
    """
    names = names or Names(base=_ARTICLE_NS)
    return (names.header() + turtle_body(triples, names)).encode("utf-8")


def trig_graph(name: ox.NamedNode | ox.BlankNode, triples: Iterable[ox.Triple],
               names: Names) -> bytes:
    """One named graph as a TriG block (no prefixes)."""
    body = turtle_body(triples, names, indent="\t")
    return f"{names.term(name)} {{\n{body}}}\n".encode()


__all__ = ["Names", "iri_key", "object_key", "subject_key", "trig_graph", "turtle", "turtle_body"]
