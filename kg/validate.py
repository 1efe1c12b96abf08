"""The validate stage: a graph checked against the SHACL shapes of ``shapes/``.

Nothing is written unless the graph conforms (README, "Errors"). The shapes are SHACL
Core only and are loaded once by the caller (``load_shapes``) and passed in. Each
violation is traced back, in the data graph, to the article it came from and the
sentence that supports it, so that a report can be read without opening the graph.

pyshacl is the engine, run through ``kg.shacl``, which prepares the shapes once
(``Shapes.prepared``) and holds everything kg does to make pyshacl fast. Many article
graphs can be validated in one pyshacl run (``validate_many``, ``check_many``) with
the same results, graph by graph, as one ``validate`` each: the SHACL gate's fixed cost
is then paid once per batch rather than once per article.

``bench/validate_bench.py`` measures the gain against plain pyshacl.

>>> shapes = load_shapes()
>>> validate(rdflib.Graph(), shapes)
[]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import NamespaceManager
from rdflib.term import BNode, Literal, Node, URIRef

from kg.errors import ValidationFailed
from kg.rdfio import read_graph
from kg.resources import read_turtle
from kg.shacl import SH, Prepared, prepare
from kg.triples import IndexedGraph
from kg.vocab import DEAL, NIF, PREFIXES, PROV, RDF, SCHEMA

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Violation:
    """One SHACL result, with the article and sentence it came from when known."""

    focus: str
    path: str | None
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    value: str | None
    article: str | None  # schema:identifier of the article
    sentence: str | None  # nif:anchorOf of the supporting sentence or mention


class Shapes(rdflib.Graph):
    """The shapes graph as written in ``shapes/*.ttl``, and the form pyshacl runs.

    It is an ordinary rdflib graph (read it like one); the form pyshacl runs is made
    from it on first use, and again if triples were added or removed since.
    """

    def __init__(self) -> None:
        super().__init__()
        self._prepared: Prepared | None = None

    def prepared(self) -> Prepared:
        """The shapes ready for pyshacl (made once, kept while the graph is unchanged)."""
        size = len(self)
        if self._prepared is None or self._prepared.size != size:
            self._prepared = prepare(self, size)
        return self._prepared


def load_shapes() -> Shapes:
    """All ``shapes/*.ttl`` in one graph; a broken file raises ``ConfigError``."""
    shapes = Shapes()
    read_turtle("shapes", shapes)
    return shapes


def _prepared(shapes: rdflib.Graph) -> Prepared:
    return shapes.prepared() if isinstance(shapes, Shapes) else prepare(shapes)


def validate(graph: rdflib.Graph, shapes: rdflib.Graph) -> list[Violation]:
    """Every SHACL result for ``graph``, sorted by article, focus node and path.

    An empty list means the graph conforms. Results of severity Warning or Info are
    included; only ``severity == "Violation"`` makes ``check`` fail. ``shapes`` is
    best the ``Shapes`` of ``load_shapes``, prepared once for many calls; any other
    graph of shapes is prepared for this call only. ``graph`` is not changed. A graph
    that uses a class of ``shapes/classes.ttl`` raises ``InputError``.
    """
    return _violations(graph, _prepared(shapes).run(graph))


def validate_many(
    graphs: Sequence[rdflib.Graph], shapes: rdflib.Graph
) -> list[list[Violation]]:
    """``validate(graph, shapes)`` for each graph, in one pyshacl run where it can.

    The same results, graph by graph, as one ``validate`` call each; one run pays
    pyshacl's fixed cost per shape once for all the graphs. A graph that uses a class of
    ``shapes/classes.ttl`` raises ``InputError`` for the whole call (validate the graphs
    one by one to find it).
    """
    found = _prepared(shapes).run_many(graphs)
    return [_violations(graph, results) for graph, results in zip(graphs, found, strict=True)]


def _violations(graph: rdflib.Graph, results: rdflib.Graph | None) -> list[Violation]:
    if results is None:
        return []
    names = _namespace_manager()
    violations = {
        _violation(graph, results, result, names)
        for result in results.subjects(RDF.type, SH.ValidationResult)
    }
    return sorted(
        violations,
        key=lambda v: (
            _SEVERITY_ORDER.get(v.severity, 3),
            v.article or "",
            v.focus,
            v.path or "",
            v.message,
            v.value or "",
        ),
    )


def check(graph: rdflib.Graph, shapes: rdflib.Graph) -> None:
    """Raise ``ValidationFailed`` (with the readable report) if any result is a Violation."""
    failed = _failure(validate(graph, shapes))
    if failed is not None:
        raise failed


def check_many(
    graphs: Sequence[rdflib.Graph], shapes: rdflib.Graph
) -> list[ValidationFailed | None]:
    """``check`` for each graph, in one pyshacl run where it can: for each graph None
    when it passes, else the ``ValidationFailed`` that ``check`` would raise."""
    return [_failure(violations) for violations in validate_many(graphs, shapes)]


def _failure(violations: list[Violation]) -> ValidationFailed | None:
    failing = [v for v in violations if v.severity == "Violation"]
    if not failing:
        return None
    articles = sorted({v.article for v in failing if v.article})
    where = f" in article {', '.join(articles)}" if articles else ""
    return ValidationFailed(
        f"the graph does not conform to the shapes: {len(failing)} "
        f"violation{'s' if len(failing) != 1 else ''}{where}",
        report=format_report(violations),
    )


def format_report(violations: Iterable[Violation]) -> str:
    """A readable report: one block per violation, separated by blank lines.

    >>> print(format_report([Violation("id:org/x", "schema:name", "Needs a name.",
    ...     "Violation", None, "a1", "X compró Y.")]))
    Violation: Needs a name.
      focus:    id:org/x
      path:     schema:name
      article:  a1
      sentence: "X compró Y."
    """
    blocks = []
    for v in violations:
        lines = [f"{v.severity}: {v.message}", f"  focus:    {v.focus}"]
        if v.path is not None:
            lines.append(f"  path:     {v.path}")
        if v.value is not None:
            lines.append(f"  value:    {v.value}")
        if v.article is not None:
            lines.append(f"  article:  {v.article}")
        if v.sentence is not None:
            lines.append(f"  sentence: {_quote(v.sentence)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def validate_file(path: Path, shapes: rdflib.Graph) -> list[Violation]:
    """Parse an RDF file (``kg.rdfio.read_graph``: format from its extension) and
    validate it; a file kg cannot read raises ``InputError`` naming it."""
    return validate(read_graph(path, into=IndexedGraph()), shapes)


# --- tracing a result back to its article and sentence -----------------------------


def _violation(
    data: rdflib.Graph, results: rdflib.Graph, result: Node, names: NamespaceManager
) -> Violation:
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    value = results.value(result, SH.value)
    severity = results.value(result, SH.resultSeverity)
    article, sentence = _origin(data, focus)
    return Violation(
        focus="" if focus is None else _show(focus, names),
        path=None if path is None else _show_path(results, path, names),
        message=_message(results, result),
        severity=_local_name(severity) if isinstance(severity, URIRef) else "Violation",
        # Node-level constraints (sh:not, sh:or) report the focus node as the value.
        value=None if value is None or value == focus else _show(value, names),
        article=article,
        sentence=sentence,
    )


def _message(results: rdflib.Graph, result: Node) -> str:
    messages = sorted(results.objects(result, SH.resultMessage), key=str)
    english = [m for m in messages if isinstance(m, Literal) and m.language in (None, "en")]
    chosen = english or messages
    return str(chosen[0]) if chosen else "does not conform to the shapes"


def _origin(data: rdflib.Graph, focus: Node | None) -> tuple[str | None, str | None]:
    """(article identifier, sentence text) for a focus node, looked up in the data."""
    if focus is None:
        return None, None
    mention = _first(data.objects(focus, DEAL.evidence))
    if mention is None and (focus, RDF.type, NIF.String) in data:
        mention = focus
    sentence: str | None = None
    if mention is not None:
        sentence_node = data.value(mention, NIF.sentence) or mention
        anchor = data.value(sentence_node, NIF.anchorOf)
        sentence = None if anchor is None else str(anchor)
    return _article_of(data, focus, mention), sentence


def _article_of(data: rdflib.Graph, focus: Node, mention: Node | None) -> str | None:
    candidates: list[Node] = []
    if (focus, RDF.type, SCHEMA.NewsArticle) in data:
        candidates.append(focus)
    candidates += sorted(data.subjects(SCHEMA.mentions, focus), key=str)
    candidates += sorted(data.objects(focus, PROV.wasDerivedFrom), key=str)
    for node in (mention, focus):
        if node is None:
            continue
        context = data.value(node, NIF.referenceContext)
        if context is None and (node, RDF.type, NIF.Context) in data:
            context = node
        if context is not None:
            candidates += sorted(data.objects(context, NIF.sourceUrl), key=str)
    for article in candidates:
        identifier = data.value(article, SCHEMA.identifier)
        if identifier is not None:
            return str(identifier)
    return None


def _first(nodes: Iterable[Node]) -> Node | None:
    return min(nodes, key=str, default=None)


# --- showing terms -----------------------------------------------------------------


def _namespace_manager() -> NamespaceManager:
    names = NamespaceManager(rdflib.Graph(), bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        names.bind(prefix, namespace, override=True, replace=True)
    names.bind("sh", str(SH))
    return names


def _show(node: Node, names: NamespaceManager) -> str:
    if isinstance(node, URIRef):
        # A prefixed name where one is valid Turtle (deal:Completed), else <IRI>.
        return names.normalizeUri(node)
    if isinstance(node, Literal):
        return node.n3(names)
    return str(node)


def _show_path(results: rdflib.Graph, path: Node, names: NamespaceManager) -> str:
    """A property path as SPARQL writes it (alternatives joined with ``|``)."""
    if isinstance(path, BNode):
        alternatives = results.value(path, SH.alternativePath)
        if alternatives is not None:
            members = Collection(results, alternatives)
            return "|".join(_show_path(results, p, names) for p in members)
        inverse = results.value(path, SH.inversePath)
        if inverse is not None:
            return "^" + _show_path(results, inverse, names)
        if (path, RDF.first, None) in results:
            return "/".join(_show_path(results, p, names) for p in Collection(results, path))
    return _show(path, names)


def _local_name(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1]


def _quote(text: str) -> str:
    return '"' + " ".join(text.split()) + '"'
