"""The validate stage: a graph checked against the SHACL shapes of ``shapes/``.

Nothing is written unless the graph conforms (DESIGN.md §5). The shapes are SHACL
Core only and are loaded once by the caller (``load_shapes``) and passed in. Each
violation is traced back, in the data graph, to the article it came from and the
sentence that supports it, so that a report can be read without opening the graph.

pyshacl is the engine; what makes one article graph cost a few milliseconds rather
than a few tens is how the shapes are handed to it (``Shapes``, prepared once):

- pyshacl evaluates a property shape nested in a node shape once per focus node, and
  each evaluation has a fixed cost; a property shape with the node shape's targets of
  its own (the same check, by the SHACL spec) is evaluated once for all of them. So
  the property shapes are lifted out of their node shapes ("hoisted") when prepared.
- The parsed shapes (pyshacl's ``ShapesGraph``) are kept across calls.
- Each call names the shapes that can apply to the graph (``use_shapes``): a shape
  whose targets are absent, or an optional property shape whose predicate is absent,
  cannot produce a result, and pyshacl would still pay for looking.
- ``shapes/classes.ttl`` declares unions of classes (``dsh:Party``) that replace
  ``sh:or`` of ``sh:class``; they are added to pyshacl's copy of the data graph.
- pyshacl reads both graphs through triple patterns, thousands of times per article:
  it gets them as ``kg.triples.IndexedGraph`` (plain dict indexes; kg's article
  graphs are one already, any other graph is copied), and the shapes without the
  triples it only reads while parsing.

``bench/validate_bench.py`` measures the gain against the shapes of the last commit.

>>> shapes = load_shapes()
>>> validate(rdflib.Graph(), shapes)
[]
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
import pyshacl
import pyshacl.shape
import rdflib
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
from pyshacl.graph_abstraction import DataGraph
from rdflib.collection import Collection
from rdflib.namespace import RDFS, NamespaceManager
from rdflib.term import BNode, Literal, Node, URIRef

from kg.errors import ConfigError, InputError, ValidationFailed, no_such_file
from kg.ldcontext import inline_known_context
from kg.resources import data_files
from kg.triples import IndexedGraph
from kg.vocab import DEAL, NIF, PREFIXES, PROV, RDF, SCHEMA, Vocabulary

SH = Vocabulary("http://www.w3.org/ns/shacl#")

# File extension → format. Files are parsed with pyoxigraph (fast, and its syntax
# errors give line and column); quad formats are validated as the union of graphs.
FORMATS: dict[str, pyoxigraph.RdfFormat] = {
    ".ttl": pyoxigraph.RdfFormat.TURTLE,
    ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
    ".nq": pyoxigraph.RdfFormat.N_QUADS,
    ".trig": pyoxigraph.RdfFormat.TRIG,
    ".jsonld": pyoxigraph.RdfFormat.JSON_LD,
    ".json-ld": pyoxigraph.RdfFormat.JSON_LD,
}
_XSD_STRING = pyoxigraph.NamedNode("http://www.w3.org/2001/XMLSchema#string")
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
        self._prepared: _Prepared | None = None

    def prepared(self) -> _Prepared:
        """The shapes ready for pyshacl (made once, kept while the graph is unchanged)."""
        size = len(self)
        if self._prepared is None or self._prepared.size != size:
            self._prepared = _prepare(self, size)
        return self._prepared


def load_shapes() -> Shapes:
    """All ``shapes/*.ttl`` in one graph; a broken file raises ``ConfigError``."""
    shapes = Shapes()
    _load_turtle_files("shapes", shapes)
    return shapes


def load_ontology() -> rdflib.Graph:
    """All ``ontology/*.ttl`` in one graph; a broken file raises ``ConfigError``."""
    return _load_turtle_files("ontology", rdflib.Graph())


def _load_turtle_files(kind: str, graph: rdflib.Graph) -> rdflib.Graph:
    files = data_files(kind, ".ttl")
    if not files:
        raise ConfigError(f"no {kind} files (*.ttl) found; the kg installation is incomplete")
    for path in files:
        try:
            graph.parse(path, format="turtle")
        except Exception as err:  # rdflib raises many unrelated types for bad syntax
            raise ConfigError(
                f"{path}: the {kind} file does not parse as Turtle: {_one_line(err)}; "
                "fix the file or reinstall kg"
            ) from err
    return graph


def validate(graph: rdflib.Graph, shapes: rdflib.Graph) -> list[Violation]:
    """Every SHACL result for ``graph``, sorted by article, focus node and path.

    An empty list means the graph conforms. Results of severity Warning or Info are
    included; only ``severity == "Violation"`` makes ``check`` fail. ``shapes`` is
    best the ``Shapes`` of ``load_shapes``, prepared once for many calls; any other
    graph of shapes is prepared for this call only. ``graph`` is not changed. A graph
    that uses a class of ``shapes/classes.ttl`` raises ``InputError``.
    """
    prepared = shapes.prepared() if isinstance(shapes, Shapes) else _prepare(shapes, 0)
    results = prepared.run(graph)
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
    violations = validate(graph, shapes)
    failing = [v for v in violations if v.severity == "Violation"]
    if failing:
        articles = sorted({v.article for v in failing if v.article})
        where = f" in article {', '.join(articles)}" if articles else ""
        raise ValidationFailed(
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
    """Parse an RDF file (format from its extension) and validate it.

    An unreadable file, an unknown extension or a syntax error raises ``InputError``
    naming the file and, for syntax errors, the parser's message with line and column.
    """
    fmt = FORMATS.get(_extension(path))
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        raise InputError(f"{path}: unknown RDF file extension; use one of {known}")
    if not path.exists():
        raise no_such_file(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read the file: {err.strerror or err}") from err
    if fmt == pyoxigraph.RdfFormat.JSON_LD:
        data = inline_known_context(data)
    graph = IndexedGraph()  # what the validator reads: no copy made of it
    try:
        for quad in pyoxigraph.parse(data, fmt, base_iri=path.resolve().as_uri()):
            graph.add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
    except SyntaxError as err:
        # err.msg already says where (line and columns); str(err) would repeat it.
        raise InputError(f"{path}: not valid {fmt.name}: {err.msg or _one_line(err)}") from err
    except ValueError as err:  # e.g. an RDF 1.2 triple term, which rdflib cannot hold
        raise InputError(f"{path}: cannot be validated: {_one_line(err)}") from err
    return validate(graph, shapes)


def _term(term: object) -> Node:
    """A pyoxigraph term as the rdflib term pyshacl works on."""
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype == _XSD_STRING:
            return Literal(term.value)  # rdflib writes xsd:string as a plain literal
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise ValueError(f"unsupported RDF term {term!r}")


# --- the shapes as pyshacl runs them ------------------------------------------------

_LOG = logging.getLogger(__name__)


class _ParameterList(list[Node]):
    """pyshacl's list of constraint parameters, with a set's ``in``.

    For every shape evaluation pyshacl tests each predicate of the shape with ``in``
    against this list (some forty ``==`` on terms each, a tenth of an article's
    validation). It reads the list from a cache on its ``shape`` module, which is
    filled here with this one; should pyshacl stop reading that cache, it fills it
    itself and only the speed is lost.
    """

    def __init__(self, items: Iterable[Node]) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members


pyshacl.shape.CONSTRAINT_PARAMS = (  # type: ignore[attr-defined]
    _ParameterList(ALL_CONSTRAINT_PARAMETERS),
    CONSTRAINT_PARAMETERS_MAP,
)
_TARGETS = (SH.targetClass, SH.targetNode, SH.targetObjectsOf, SH.targetSubjectsOf)
_PARAMETERS = frozenset(ALL_CONSTRAINT_PARAMETERS)
# Constraints that only ever test value nodes, so a property shape made of them has
# nothing to report when its path has no value at all.
_PER_VALUE = frozenset(
    SH[name]
    for name in (
        "class datatype nodeKind maxCount minExclusive minInclusive maxExclusive "
        "maxInclusive minLength maxLength pattern languageIn uniqueLang in node property "
        "not and or xone lessThan lessThanOrEquals disjoint"
    ).split()
)
_SHAPE_TYPES = (SH.NodeShape, SH.PropertyShape)


@dataclass(frozen=True)
class _Target:
    """One top-level shape, and what a data graph needs for it to have anything to say."""

    name: str
    nodes: bool  # has sh:targetNode: always runs
    classes: frozenset[Node]
    predicates: frozenset[Node]  # of sh:targetObjectsOf / sh:targetSubjectsOf
    needs: frozenset[Node] | None  # a property shape that is silent unless one is used


@dataclass
class _Prepared:
    """Shapes ready to run: the compiled graph, pyshacl's parse of it, and the targets."""

    size: int
    graph: rdflib.Graph
    shapes_graph: pyshacl.ShapesGraph
    targets: list[_Target] | None  # None: some top-level shape is a blank node
    unions: list[tuple[Node, Node, Node]]
    union_classes: frozenset[Node]

    def run(self, graph: rdflib.Graph) -> rdflib.Graph | None:
        """pyshacl's results graph for ``graph``, or None when it conforms."""
        # An IndexedGraph (kg's article graphs) is read as it is, the class unions added
        # for the run and taken out again; any other graph is copied into one.
        data = graph if isinstance(graph, IndexedGraph) else IndexedGraph(graph)
        for union in self.union_classes:
            if data.has_object(union) or (union, None, None) in data:
                raise InputError(
                    f"the graph uses {union}, a class reserved for kg's shapes "
                    "(shapes/classes.ttl); it cannot be validated"
                )
        use = self._applicable(data)
        if use is not None and not use:
            return None
        for triple in self.unions:
            data.add(triple)
        try:
            return self._run(data, use)
        finally:
            for triple in self.unions:
                data.remove(triple)

    def _run(self, data: IndexedGraph, use: list[str] | None) -> rdflib.Graph | None:
        validator = pyshacl.Validator(
            DataGraph.from_rdflib(data),
            shacl_graph=self.graph,
            options={
                "inference": "none",
                "abort_on_first": False,
                "allow_infos": True,
                "allow_warnings": True,
                # No inference, so pyshacl changes nothing: our copy needs no copy.
                "inplace": True,
                "use_shapes": use,
                "logger": _LOG,
            },
        )
        # Reuse the shapes pyshacl parsed once, rather than the fresh parse the Validator
        # makes of the same graph.
        validator.shacl_graph = self.shapes_graph
        conforms, results, _ = validator.run()  # type: ignore[no-untyped-call]
        if conforms:
            return None
        assert isinstance(results, rdflib.Graph)
        return results

    def _applicable(self, data: IndexedGraph) -> list[str] | None:
        """The names of the shapes that may have something to say about ``data``."""
        if self.targets is None:
            return None  # pyshacl looks for every shape's targets itself
        predicates = data.predicate_set()
        # A target class also targets the instances of its subclasses: with subclass
        # statements in the data, leave the class targets to pyshacl.
        any_class = RDFS.subClassOf in predicates
        classes = data.object_set(RDF.type)
        return [
            t.name
            for t in self.targets
            if (
                t.nodes
                or not t.predicates.isdisjoint(predicates)
                or (t.classes and (any_class or not t.classes.isdisjoint(classes)))
            )
            and (t.needs is None or not t.needs.isdisjoint(predicates))
        ]


def _prepare(shapes: rdflib.Graph, size: int) -> _Prepared:
    graph, unions = _compile(shapes)
    union_classes = frozenset(o for _, _, o in unions)
    targeted = set(union_classes) & set(graph.objects(None, SH.targetClass))
    if targeted:
        raise ConfigError(
            f"a shape targets {min(map(str, targeted))}, a class union of "
            "shapes/classes.ttl; target the classes themselves"
        )
    shapes_graph = pyshacl.ShapesGraph(graph, False, _LOG)
    targets = _targets(graph)
    _prune(graph, shapes_graph)
    return _Prepared(size, graph, shapes_graph, targets, unions, union_classes)


def _prune(graph: rdflib.Graph, shapes_graph: pyshacl.ShapesGraph) -> None:
    """Take out of ``graph`` what pyshacl read once into its parsed shapes.

    On every evaluation of a shape, pyshacl tests each predicate of the shape against
    its list of constraint parameters (some thirty ``==`` on terms each); ``sh:message``
    and ``sh:path`` are read once when the shapes are parsed. Without them in the graph
    a shape evaluation costs less. Checked: if this pyshacl reads them again after
    parsing, the triples are put back.
    """
    shapes = list(shapes_graph.shapes)  # the property parses every shape, now, once
    parsed = [(shape, sorted(shape.message), shape.path()) for shape in shapes]
    pruned = [(s, p, o) for p in (SH.message, SH.path) for s, o in graph.subject_objects(p)]
    for triple in pruned:
        graph.remove(triple)
    if any(sorted(s.message) != m or s.path() != path for s, m, path in parsed):
        for triple in pruned:
            graph.add(triple)


def _compile(shapes: rdflib.Graph) -> tuple[rdflib.Graph, list[tuple[Node, Node, Node]]]:
    """The graph pyshacl runs (property shapes hoisted), and the class unions."""
    graph = IndexedGraph()
    unions: list[tuple[Node, Node, Node]] = []
    for triple in shapes:
        if triple[1] == RDFS.subClassOf:
            unions.append(triple)
        else:
            graph.add(triple)
    for shape in sorted(_top_level(graph), key=str):
        if (shape, SH.deactivated, Literal(True)) in graph:
            continue
        targets = [(p, o) for p in _TARGETS for o in graph.objects(shape, p)]
        for index, prop in enumerate(sorted(graph.objects(shape, SH.property), key=str)):
            name: Node = BNode() if isinstance(shape, BNode) else URIRef(f"{shape}-{index}")
            for p, o in list(graph.predicate_objects(prop)):
                graph.add((name, p, o))
            for p, o in targets:
                graph.add((name, p, o))
            graph.remove((shape, SH.property, prop))
            if isinstance(prop, BNode) and (None, None, prop) not in graph:
                graph.remove((prop, None, None))
    # A shape with targets is a shape without its rdf:type; dropping the type spares
    # pyshacl a look-up per shape evaluation.
    for shape in _top_level(graph):
        for kind in _SHAPE_TYPES:
            graph.remove((shape, RDF.type, kind))
    return graph, sorted(unions)


def _top_level(graph: rdflib.Graph) -> set[Node]:
    return {s for p in _TARGETS for s in graph.subjects(p, None)}


def _targets(graph: rdflib.Graph) -> list[_Target] | None:
    targets = []
    for shape in sorted(_top_level(graph), key=str):
        if not isinstance(shape, URIRef):
            return None
        predicates = set(graph.predicates(shape, None))
        if predicates.isdisjoint(_PARAMETERS):
            continue  # no constraint: nothing to report, ever
        path = graph.value(shape, SH.path)
        needs = None
        if path is not None and predicates & _PARAMETERS <= _PER_VALUE:
            needs = _path_predicates(graph, path)
        targets.append(
            _Target(
                name=str(shape),
                nodes=(shape, SH.targetNode, None) in graph,
                classes=frozenset(graph.objects(shape, SH.targetClass)),
                predicates=frozenset(
                    o
                    for p in (SH.targetObjectsOf, SH.targetSubjectsOf)
                    for o in graph.objects(shape, p)
                ),
                needs=needs,
            )
        )
    return targets


def _path_predicates(graph: rdflib.Graph, path: Node) -> frozenset[Node] | None:
    """Predicates one of which a node must have (either way) for ``path`` to reach
    anything, or None when the path can have values without them (it may be empty)."""
    if isinstance(path, URIRef):
        return frozenset({path})
    for step in (SH.inversePath, SH.oneOrMorePath):
        inner = graph.value(path, step)
        if inner is not None:
            return _path_predicates(graph, inner)
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        found: set[Node] = set()
        for member in Collection(graph, alternatives):
            predicates = _path_predicates(graph, member)
            if predicates is None:
                return None
            found |= predicates
        return frozenset(found)
    if (path, RDF.first, None) in graph:  # a sequence: its first step must be taken
        return _path_predicates(graph, graph.value(path, RDF.first))  # type: ignore[arg-type]
    return None  # zero-or-more and zero-or-one paths always reach the focus node


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


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split()) or type(err).__name__


def _extension(path: Path) -> str:
    name = path.name.lower()
    return ".json-ld" if name.endswith(".json-ld") else path.suffix.lower()
