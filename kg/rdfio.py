"""RDF files: the formats kg reads and writes, the one reader, and the converters
between rdflib terms (graph building, SHACL) and pyoxigraph terms (parsing, SPARQL,
serialising).

One table, ``FORMATS``, names each format kg writes with its file extensions and
media type; every command reads every one of them, with the same messages for the
same problems. Files are parsed with pyoxigraph: fast, and its syntax errors give
the line and column. JSON-LD that refers to kg's ``@context`` by its URL is read
with the copy kg ships (nothing is fetched).

The writers of kg's own output (sorted Turtle, TriG and JSON-LD, written
atomically) are in ``kg.publish.files``; the canonical N-Quads of one article's
graph, which the pipeline and the cache use, are here (``nquads``).

>>> output_format(Path("out/graph.json")).name
'jsonld'
>>> format_of(Path("g.trig")).media_type
'application/trig'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import InputError, no_such_file
from kg.ldcontext import inline_known_context

if TYPE_CHECKING:
    from rdflib import BNode, Graph, Literal, URIRef
    from rdflib.term import Node

# rdflib is imported by the functions that convert to or from it, not here: reading
# files and loading a store (``kg load``, ``kg query``) need only pyoxigraph, and
# importing rdflib would cost them a tenth of a second and 20 MB.

Term = ox.NamedNode | ox.BlankNode | ox.Literal


@dataclass(frozen=True)
class Format:
    """One RDF format: kg's name for it (``--format``), pyoxigraph's, the file
    extensions (the first is the one kg writes), the media type, and whether kg
    keeps one named graph per article in it (``datasets``: TriG, N-Quads; the other
    formats get the union of the article graphs)."""

    name: str
    rdf_format: ox.RdfFormat
    extensions: tuple[str, ...]
    media_type: str
    datasets: bool = False

    @property
    def label(self) -> str:
        """The format's usual name, for messages ("Turtle", "N-Quads")."""
        return str(self.rdf_format.name)


FORMATS: dict[str, Format] = {
    fmt.name: fmt
    for fmt in (
        Format("turtle", ox.RdfFormat.TURTLE, (".ttl",), "text/turtle"),
        Format("ntriples", ox.RdfFormat.N_TRIPLES, (".nt",), "application/n-triples"),
        Format("trig", ox.RdfFormat.TRIG, (".trig",), "application/trig", datasets=True),
        Format("nquads", ox.RdfFormat.N_QUADS, (".nq",), "application/n-quads", datasets=True),
        Format("jsonld", ox.RdfFormat.JSON_LD, (".jsonld", ".json", ".json-ld"),
               "application/ld+json"),
    )
}

EXTENSIONS: dict[str, Format] = {
    extension: fmt for fmt in FORMATS.values() for extension in fmt.extensions
}
"""File extension → format, for every extension kg reads and writes."""


def _extension(path: Path) -> str:
    name = path.name.lower()
    return ".json-ld" if name.endswith(".json-ld") else path.suffix.lower()


def format_of(path: Path) -> Format:
    """The format of a graph file, from its extension; ``InputError`` if kg does not
    know the extension.

    >>> format_of(Path("out/graph.nq")).label
    'N-Quads'
    """
    fmt = EXTENSIONS.get(_extension(path))
    if fmt is None:
        known = " ".join(sorted(EXTENSIONS))
        raise InputError(
            f"{path}: unknown graph file extension {path.suffix or '(none)'!r}; "
            f"use one of {known}"
        )
    return fmt


def output_format(path: Path, name: str | None = None) -> Format:
    """The format to write ``path`` in: the one named (``--format``), else the one
    its extension names, else Turtle.

    >>> output_format(Path("out/graph"), "nquads").extensions[0]
    '.nq'
    """
    if name:
        if name not in FORMATS:
            raise InputError(
                f"unknown output format {name!r}; use one of {', '.join(FORMATS)}"
            )
        return FORMATS[name]
    return EXTENSIONS.get(_extension(path), FORMATS["turtle"])


def read_quads(path: Path) -> list[ox.Quad]:
    """Parse one graph file (format from its extension); triples come back in the
    default graph, TriG and N-Quads graphs in their named graphs. Relative IRIs
    resolve against the file's location.

    Every problem raises ``InputError`` naming the file: missing, unknown
    extension, unreadable, or not valid in its format (with the parser's line and
    column).
    """
    fmt = format_of(path)
    if not path.exists():
        raise no_such_file(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read it: {err.strerror or err}") from err
    if fmt.rdf_format == ox.RdfFormat.JSON_LD:  # kg's context by URL: the shipped copy
        data = inline_known_context(data)
    try:
        return list(ox.parse(data, fmt.rdf_format, base_iri=path.resolve().as_uri()))
    except SyntaxError as err:
        # err.msg already says where (line and columns); str(err) would repeat it.
        raise InputError(f"{path}: not valid {fmt.label}: {err.msg or _one_line(err)}") from err
    except ValueError as err:  # e.g. a JSON-LD document pyoxigraph cannot expand
        raise InputError(f"{path}: not valid {fmt.label}: {_one_line(err)}") from err


def read_graph(path: Path, into: Graph | None = None) -> Graph:
    """One graph file as an rdflib graph: the union of its graphs, added to ``into``
    (a new ``rdflib.Graph`` by default). Errors as ``read_quads``."""
    from rdflib import Graph

    graph = Graph() if into is None else into
    convert = _rdflib_converter()
    try:
        for quad in read_quads(path):
            graph.add((convert(quad.subject), convert(quad.predicate), convert(quad.object)))
    except ValueError as err:  # e.g. an RDF 1.2 triple term, which rdflib cannot hold
        raise InputError(f"{path}: cannot be read into rdflib: {_one_line(err)}") from err
    return graph


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split()) or type(err).__name__


# --- terms ------------------------------------------------------------------------

_XSD_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")


def to_oxigraph(term: object) -> Term:
    """A pyoxigraph term from an rdflib (or pyoxigraph) term.

    >>> from rdflib import Literal, URIRef
    >>> to_oxigraph(Literal("3", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer")))
    <Literal value=3 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term
    BNode, Literal, URIRef = _rdflib_terms()  # noqa: N806

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


@functools.cache
def _rdflib_terms() -> tuple[type[BNode], type[Literal], type[URIRef]]:
    """rdflib's term classes, imported on first use (see the imports above)."""
    from rdflib import BNode, Literal, URIRef

    return BNode, Literal, URIRef


def to_rdflib(term: object) -> Node:
    """An rdflib term from a pyoxigraph term (``xsd:string`` literals plain, as rdflib
    writes them).

    >>> to_rdflib(ox.Literal("x"))
    rdflib.term.Literal('x')
    """
    return _rdflib_converter()(term)


def _rdflib_converter() -> Callable[[object], Node]:
    """``to_rdflib`` with rdflib imported once, for converting many terms."""
    from rdflib import BNode, Literal, URIRef

    def convert(term: object) -> Node:
        if isinstance(term, ox.NamedNode):
            return URIRef(term.value)
        if isinstance(term, ox.BlankNode):
            return BNode(term.value)
        if isinstance(term, ox.Literal):
            if term.language:
                return Literal(term.value, lang=term.language)
            if term.datatype == _XSD_STRING:
                return Literal(term.value)
            return Literal(term.value, datatype=URIRef(term.datatype.value))
        raise ValueError(f"unsupported RDF term {term!r}")

    return convert


def nquads(triples: Iterable[tuple[Node, Node, Node]], name: URIRef) -> bytes:
    """Canonical N-Quads of ``triples`` in the named graph ``name``: one line per
    triple, the lines sorted, so the same triples always give the same bytes (those
    ``kg.publish.files.serialize`` gives for the same quads). kg's graphs have no
    blank nodes: one raises ``ValueError``.
    """
    from rdflib import BNode, Literal, URIRef

    from kg.triples import IndexedGraph  # imports rdflib: not at module level

    seen: dict[Node, str] = {}

    def text(term: Node) -> str:
        # An IRI (most terms, the same ones many times) is written once per graph; a
        # literal, nearly always written once, is not kept (rdflib hashes a literal in
        # Python). pyoxigraph checks the IRI.
        kind = type(term)
        if kind is URIRef:
            found = seen.get(term)
            if found is None:
                found = seen[term] = str(ox.NamedNode(str(term)))
            return found
        if kind is Literal:
            return _literal_text(term)  # type: ignore[arg-type]
        if not isinstance(term, BNode):
            return str(to_oxigraph(term))
        raise ValueError(f"kg graphs have no blank nodes, found {term!r}")

    tail = f" {ox.NamedNode(str(name))} .\n"
    if isinstance(triples, IndexedGraph):
        # Each subject and predicate written once for all its objects, and an object
        # IRI or literal without a call to ``text`` (a graph has hundreds of objects).
        found: set[str] = set()
        add = found.add
        for s, by_predicate in triples.by_subject():
            subject = text(s)
            for p, objects in by_predicate:
                head = f"{subject} {_iri_text(p) if type(p) is URIRef else text(p)} "
                for o in objects:
                    kind = type(o)
                    if kind is URIRef:
                        written = seen.get(o)
                        if written is None:
                            written = seen[o] = str(ox.NamedNode(str(o)))
                    elif kind is Literal:
                        written = _literal_text(o)  # type: ignore[arg-type]
                    else:
                        written = text(o)
                    add(f"{head}{written}{tail}")
        lines = sorted(found)
    else:
        lines = sorted({f"{text(s)} {text(p)} {text(o)}{tail}" for s, p, o in triples})
    return "".join(lines).encode("utf-8")


# What N-Quads escapes in a literal's lexical form (quotes, backslashes, control
# characters) and what pyoxigraph refuses (lone surrogates): a literal holding none
# is written as it is, between quotes.
_ESCAPED = re.compile(r'[\x00-\x1f"\\\x7f\ud800-\udfff]')


def _literal_text(literal: Literal) -> str:
    """A literal as pyoxigraph writes it in N-Quads, without a pyoxigraph term when
    its lexical form needs no escaping (nearly all of kg's: names, anchors,
    offsets): the quoted form and its language or datatype suffix, the suffix as
    pyoxigraph writes it (made once per language and datatype)."""
    lexical = str(literal)
    if _ESCAPED.search(lexical) is not None:
        return str(to_oxigraph(literal))
    return f'"{lexical}"{_literal_suffix(literal.language, literal.datatype)}'


@functools.lru_cache(maxsize=256)
def _literal_suffix(language: str | None, datatype: URIRef | None) -> str:
    """What follows a literal's closing quote in N-Quads: ``@lang``, ``^^<datatype>``
    or nothing (``xsd:string``, plain), read off pyoxigraph's own writing."""
    if language:
        sample = ox.Literal("x", language=language)
    elif datatype is not None:
        sample = ox.Literal("x", datatype=ox.NamedNode(str(datatype)))
    else:
        sample = ox.Literal("x")
    return str(sample)[len('"x"') :]


@functools.lru_cache(maxsize=1024)
def _iri_text(iri: URIRef) -> str:
    """An IRI as N-Quads writes it, kept for the predicates: kg's graphs use the same
    few dozen in every graph, so each is written once per process."""
    return str(ox.NamedNode(str(iri)))


__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "Format",
    "format_of",
    "nquads",
    "output_format",
    "read_graph",
    "read_quads",
    "to_oxigraph",
    "to_rdflib",
]
