"""kg's adapter to pyshacl: kg's shapes prepared once, and graphs run through pyshacl
one at a time or many in one run.

Everything kg does to make pyshacl fast lives here and applies to the shapes kg
prepares (``prepare``), never to pyshacl itself: nothing in pyshacl's modules is
replaced, so another pyshacl user in the same process sees pyshacl as it ships.
``tests/test_shacl.py`` checks the results against plain ``pyshacl.validate`` and
counts the pyshacl work saved (shape evaluations, shapes parses) against it, so that a
pyshacl release that changes what this module relies on fails a test rather than
silently going slow or wrong;
``pyproject.toml`` pins pyshacl to the releases that were tested.

What makes one article graph cost a millisecond or two rather than a few tens:

- pyshacl evaluates a property shape nested in a node shape once per focus node, and
  each evaluation has a fixed cost; a property shape with the node shape's targets of
  its own (the same check, by the SHACL spec) is evaluated once for all of them. So
  the property shapes are lifted out of their node shapes ("hoisted").
- The parsed shapes (pyshacl's ``ShapesGraph``) are kept across calls, and each call
  runs them directly (``Shape.validate``), without the ``pyshacl.Validator`` that
  would parse them again on every call.
- Each call runs only the shapes that can apply to the graph: a shape whose targets
  are absent, or an optional property shape whose predicate is absent, cannot
  produce a result, and pyshacl would still pay for looking.
- ``shapes/classes.ttl`` declares unions of classes (``dsh:Party``) that replace
  ``sh:or`` of ``sh:class``; they are added to pyshacl's view of the data graph.
- pyshacl reads both graphs through triple patterns, thousands of times per article:
  it gets them as ``kg.triples.IndexedGraph``, and the shapes without the triples it
  only reads while parsing (``sh:message``, ``sh:path``).
- Many graphs in one run (``Prepared.run_many``): each shape is then evaluated once
  per batch instead of once per article. The graphs are put side by side in one data
  graph with each graph's IRIs and blank nodes *tagged*: a tagged term is the same
  string (so ``sh:pattern``, ``sh:nodeKind`` and messages see the same term) of a
  class of its own per graph, and rdflib terms of different classes are never equal.
  Two graphs naming the same organisation hold two different nodes in the batch, so
  no graph sees another's triples, and each result is traced back to its graph by the
  class of its focus node. Terms the shapes name (classes, ``sh:in`` values) are not
  tagged, and a graph that says something about one of them is run on its own, as are
  all graphs when the shapes hold a constraint that looks beyond a focus node's own
  triples (SPARQL, inverse paths, ``sh:targetNode``). Nor are the IRIs no graph
  describes (a class the shapes do not name); a node that several graphs describe
  alike (kg's run, its software) is one node for them, its results theirs (``_shared``):
  32 copies of one IRI would be 32 terms of one hash, walked past on every look-up.
- The shapes are made of kg's own term objects (``kg.vocab.interned``): pyshacl's
  look-ups in the data graph then match their keys by identity, not by rdflib's
  ``__eq__``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pyshacl
import rdflib
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS
from pyshacl.pytypes import SHACLExecutor
from rdflib.collection import Collection
from rdflib.namespace import RDFS
from rdflib.term import BNode, Literal, Node, URIRef

from kg.errors import ConfigError, InputError
from kg.triples import IndexedGraph
from kg.vocab import RDF, Vocabulary, interned

SH = Vocabulary("http://www.w3.org/ns/shacl#")

_LOG = logging.getLogger("kg.validate")
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
# Shape terms whose constraint may read beyond the triples reachable forwards from a
# focus node (a SPARQL query over the whole graph, an inverse path into another
# graph's nodes, fixed focus nodes): with one of them, graphs are run one at a time.
_NOT_LOCAL = frozenset(
    {
        SH.sparql, SH.SPARQLConstraint, SH.SPARQLTarget, SH.target, SH.targetNode,
        SH.inversePath, SH.validator, SH.nodeValidator, SH.propertyValidator,
        SH.ConstraintComponent, SH.select, SH.ask, SH.js, SH.rule, SH.expression,
    }
)
_ALLOWED = frozenset({SH.Info, SH.Warning})  # severities that leave a graph conforming

# pyshacl's raw result: (text, result node, triples whose objects may be
# (graph, node) pairs); turned into a results graph by pyshacl itself.
Report = tuple[str, Node, list[tuple[Any, Any, Any]]]
Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class _Target:
    """One top-level shape, and what a data graph needs for it to have anything to say."""

    node: URIRef
    nodes: bool  # has sh:targetNode: always runs
    classes: frozenset[Node]
    predicates: frozenset[Node]  # of sh:targetObjectsOf / sh:targetSubjectsOf
    needs: frozenset[Node] | None  # a property shape that is silent unless one is used


@dataclass
class Prepared:
    """Shapes ready to run: the compiled graph, pyshacl's parse of it, and the targets."""

    size: int
    graph: rdflib.Graph
    shapes_graph: pyshacl.ShapesGraph
    targets: list[_Target] | None  # None: some top-level shape is a blank node
    unions: list[Triple]
    union_classes: frozenset[Node]
    # Terms of the shapes: never tagged in a batch (see the module docstring).
    vocabulary: frozenset[Node]
    object_targets: frozenset[Node]  # predicates of sh:targetObjectsOf
    batches: bool  # whether the shapes allow graphs to share a run
    _tags: list[tuple[type[URIRef], type[BNode]]] = field(default_factory=list)

    def run(self, graph: rdflib.Graph) -> rdflib.Graph | None:
        """pyshacl's results graph for ``graph``, or None when it conforms.

        A graph that uses a class of ``shapes/classes.ttl`` raises ``InputError``.
        """
        # An IndexedGraph (kg's article graphs) is read as it is, the class unions added
        # for the run and taken out again; any other graph is copied into one.
        data = _indexed(graph)
        self._check_unions(data)
        use = self._applicable(data)
        if use is not None and not use:
            return None
        for triple in self.unions:
            data.add(triple)
        try:
            reports = self._evaluate(data, use)
        finally:
            for triple in self.unions:
                data.remove(triple)
        return self._results(reports)

    def run_many(self, graphs: Sequence[rdflib.Graph]) -> list[rdflib.Graph | None]:
        """``run(graph)`` for each graph, as far as possible in one pyshacl run.

        The same results, graph by graph, as ``run`` on each; a graph that uses a class
        of ``shapes/classes.ttl`` raises ``InputError`` for the whole call.
        """
        datas = [_indexed(graph) for graph in graphs]
        for data in datas:
            self._check_unions(data)
        results: list[rdflib.Graph | None] = [None] * len(datas)
        bindings = _bindings(datas[0]) if datas else set()
        together = [i for i, data in enumerate(datas) if self._can_share(data, bindings)]
        for i in sorted(set(range(len(datas))) - set(together)):
            results[i] = self.run(datas[i])
        if len(together) == 1:
            results[together[0]] = self.run(datas[together[0]])
        elif together:
            batch = self._batch([datas[i] for i in together])
            for i, found in zip(together, batch, strict=True):
                results[i] = found
        return results

    # --- one run over many graphs ----------------------------------------------------

    def _can_share(self, data: IndexedGraph, bindings: set[tuple[str, URIRef]]) -> bool:
        """Whether ``data`` can be run beside other graphs: it says nothing about a term
        of the shapes (which would be shared, untagged), no focus node of it can be
        such a term or a literal, and its prefixes (used in pyshacl's own messages)
        are those of the batch (``bindings``, its first graph's)."""
        if not self.batches or not self.vocabulary.isdisjoint(data.subject_set()):
            return False
        for predicate in self.object_targets:
            for node in data.object_set(predicate):
                if isinstance(node, Literal) or node in self.vocabulary:
                    return False
        return _bindings(data) == bindings

    def _batch(self, datas: Sequence[IndexedGraph]) -> list[rdflib.Graph | None]:
        union = IndexedGraph()
        for prefix, namespace in datas[0].namespaces():
            union.bind(prefix, namespace)
        leaves, groups = _shared(datas, self.vocabulary, self.object_targets)
        untagged = self.vocabulary | leaves
        # A node described alike by a group of graphs is one node, tagged as the
        # group's first graph's: its results go to each graph of the group.
        fixed: list[dict[Node, Node]] = [{} for _ in datas]
        members: dict[Node, tuple[int, ...]] = {}
        for node, node_groups in groups.items():
            for group in node_groups:
                tagged = str.__new__(self._tag_types(group[0])[0], node)
                members[tagged] = group
                for index in group:
                    fixed[index][node] = tagged
        owners: dict[type, int] = {}
        for index, data in enumerate(datas):
            uri_type, bnode_type = self._tag_types(index)
            owners[uri_type] = owners[bnode_type] = index
            _add_tagged(union, data, uri_type, bnode_type, untagged, fixed[index])
        use = self._applicable(union)
        if use is not None and not use:
            return [None] * len(datas)
        for triple in self.unions:
            union.add(triple)
        by_graph: list[list[Report]] = [[] for _ in datas]
        for report in self._evaluate(union, use):
            focus = _focus(report)
            owner = owners.get(type(focus))
            if owner is None:  # cannot be traced to its graph: run them one by one
                return [self.run(data) for data in datas]
            shared = isinstance(focus, URIRef) and members.get(focus)
            for index in shared or (owner,):
                by_graph[index].append(report)
        return [self._results(reports) for reports in by_graph]

    def _tag_types(self, index: int) -> tuple[type[URIRef], type[BNode]]:
        while len(self._tags) <= index:
            n = len(self._tags)
            self._tags.append(
                (
                    type(f"URIRef{n}", (URIRef,), {"__slots__": ()}),
                    type(f"BNode{n}", (BNode,), {"__slots__": ()}),
                )
            )
        return self._tags[index]

    # --- pyshacl -------------------------------------------------------------------

    def _evaluate(self, data: rdflib.Graph, use: list[URIRef] | None) -> list[Report]:
        """pyshacl's raw results of the shapes (those named by ``use``, else all) on
        ``data``: what ``pyshacl.Validator.run`` does with no inference, in place."""
        executor = SHACLExecutor(
            abort_on_first=False, allow_infos=True, allow_warnings=True
        )
        shapes = (
            self.shapes_graph.shapes_from_uris(use) if use else self.shapes_graph.shapes
        )
        reports: list[Report] = []
        for shape in shapes:
            _, found = shape.validate(executor, data)
            reports.extend(found)
        return reports

    def _results(self, reports: list[Report]) -> rdflib.Graph | None:
        """pyshacl's results graph, or None when no result makes the graph fail."""
        if all(_severity(report) in _ALLOWED for report in reports):
            return None
        results, _ = pyshacl.Validator.create_validation_report(
            self.shapes_graph, False, reports
        )
        assert isinstance(results, rdflib.Graph)
        return results

    def _check_unions(self, data: IndexedGraph) -> None:
        for union in self.union_classes:
            if data.has_object(union) or (union, None, None) in data:
                raise InputError(
                    f"the graph uses {union}, a class reserved for kg's shapes "
                    "(shapes/classes.ttl); it cannot be validated"
                )

    def _applicable(self, data: IndexedGraph) -> list[URIRef] | None:
        """The shapes that may have something to say about ``data``."""
        if self.targets is None:
            return None  # pyshacl looks for every shape's targets itself
        predicates = data.predicate_set()
        # A target class also targets the instances of its subclasses: with subclass
        # statements in the data, leave the class targets to pyshacl.
        any_class = RDFS.subClassOf in predicates
        classes = data.object_set(RDF.type)
        return [
            t.node
            for t in self.targets
            if (
                t.nodes
                or not t.predicates.isdisjoint(predicates)
                or (t.classes and (any_class or not t.classes.isdisjoint(classes)))
            )
            and (t.needs is None or not t.needs.isdisjoint(predicates))
        ]


def prepare(shapes: rdflib.Graph, size: int = 0) -> Prepared:
    """kg's shapes made ready for pyshacl (``size``: the source graph's, to tell when
    it changed). A shape that targets a class union raises ``ConfigError``."""
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
    vocabulary = frozenset(
        node
        for triple in (*graph, *unions)
        for node in triple
        if isinstance(node, URIRef)
    )
    local = not any((None, p, None) in graph or (None, None, p) in graph for p in _NOT_LOCAL)
    _prune(graph, shapes_graph)
    return Prepared(
        size=size,
        graph=graph,
        shapes_graph=shapes_graph,
        targets=targets,
        unions=unions,
        union_classes=union_classes,
        vocabulary=vocabulary,
        object_targets=frozenset(graph.objects(None, SH.targetObjectsOf)),
        batches=local and targets is not None,
    )


def _indexed(graph: rdflib.Graph) -> IndexedGraph:
    if isinstance(graph, IndexedGraph):
        return graph
    copy = IndexedGraph(graph)
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace)
    return copy


def _bindings(graph: rdflib.Graph) -> set[tuple[str, URIRef]]:
    # What graph.namespaces() gives, read from the store: the manager makes each
    # namespace a URIRef anew, a few dozen microseconds a graph.
    return {
        (prefix, namespace if type(namespace) is URIRef else URIRef(namespace))
        for prefix, namespace in graph.store.namespaces()
    }


def _shared(
    datas: Sequence[IndexedGraph], vocabulary: frozenset[Node], object_targets: frozenset[Node]
) -> tuple[frozenset[Node], dict[Node, list[tuple[int, ...]]]]:
    """The IRIs that several graphs of a batch hold and that need not be tagged per
    graph: the leaves (untagged), and the nodes described alike by a group of graphs
    (each such group's graphs, in order; one node for the group).

    Tagging keeps each graph's nodes apart; it costs where many graphs of a batch hold
    the same IRI: each copy is a term of the same hash, and every look-up of one walks
    past the others (kg's run, its software and pipelines, in every article graph).
    No graph sees more through these than on its own:

    - a leaf, which no graph describes (a class such as ``nif:RFC5147String``):
      nothing lies beyond it;
    - a node that a group of graphs describes with the same triples, whose objects are
      literals, terms of the shapes, leaves or nodes that the same graphs share in turn
      (the run of the articles in one language): each graph of the group sees the
      description it holds; the node's own results go to each of them.

    Neither may be an object of a ``sh:targetObjectsOf`` predicate (a focus node by
    one graph's triple, not by its own description).
    """
    naming: dict[Node, int] = {}  # how many graphs name each IRI
    subject_of: dict[Node, list[int]] = {}
    excluded: set[Node] = set()
    for index, data in enumerate(datas):
        named: set[Node] = set()
        for subject in data.subject_set():
            if type(subject) is URIRef:
                named.add(subject)
                subject_of.setdefault(subject, []).append(index)
        for predicate, objects in data.objects_by_predicate():
            if predicate in object_targets:
                excluded.update(objects)
            named.update(o for o in objects if type(o) is URIRef)
        for node in named:
            naming[node] = naming.get(node, 0) + 1
    leaves: set[Node] = set()
    groups: dict[Node, list[tuple[int, ...]]] = {}
    for node, count in naming.items():
        if count < 2 or node in vocabulary or node in excluded:
            continue
        holders = subject_of.get(node)
        if holders is None:
            leaves.add(node)
            continue
        alike: list[list[int]] = []
        for index in holders:
            description = datas[index].description(node)
            for group in alike:
                if datas[group[0]].description(node) == description:
                    group.append(index)
                    break
            else:
                alike.append([index])
        found = [tuple(group) for group in alike if len(group) > 1]
        if found:
            groups[node] = found

    def same_node(node: Node, group: tuple[int, ...]) -> bool:
        # Whether every graph of ``group`` renames ``node`` to the same term.
        if type(node) is Literal or node in vocabulary or node in leaves:
            return True
        return any(set(group) <= set(other) for other in groups.get(node, ()))

    # A group's node stays one only if all it points at is one node for the group too.
    changed = True
    while changed:
        changed = False
        for node, node_groups in list(groups.items()):
            kept = [
                group
                for group in node_groups
                if all(
                    same_node(o, group)
                    for objects in datas[group[0]].description(node).values()
                    for o in objects
                )
            ]
            if len(kept) < len(node_groups):
                changed = True
                if kept:
                    groups[node] = kept
                else:
                    del groups[node]
    return frozenset(leaves), groups


def _add_tagged(
    union: IndexedGraph,
    data: IndexedGraph,
    uri_type: type[URIRef],
    bnode_type: type[BNode],
    untagged: frozenset[Node],
    fixed: dict[Node, Node],
) -> None:
    """Add ``data``'s triples to ``union`` with its IRIs and blank nodes tagged, but
    for ``untagged`` (the terms of the shapes, the batch's leaves) and the nodes
    ``fixed`` already names (those a group of graphs shares)."""

    def tag(node: Node) -> Node:
        if node in untagged:
            return node
        found = fixed.get(node)
        if found is not None:
            return found
        if isinstance(node, BNode):
            return str.__new__(bnode_type, node)
        return str.__new__(uri_type, node)

    union.add_renamed(data, tag)


def _focus(report: Report) -> object:
    _, node, triples = report
    for s, p, o in triples:
        if s == node and p == SH.focusNode:
            return o[1] if isinstance(o, tuple) else o
    return None


def _severity(report: Report) -> object:
    _, node, triples = report
    for s, p, o in triples:
        if s == node and p == SH.resultSeverity:
            return o
    return SH.Violation


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


def _compile(shapes: rdflib.Graph) -> tuple[rdflib.Graph, list[Triple]]:
    """The graph pyshacl runs (property shapes hoisted), and the class unions."""
    graph = IndexedGraph()
    unions: list[Triple] = []
    # kg's own objects for the IRIs the shapes name: pyshacl then asks the data graph
    # for the very objects its keys are (an identity match in each dict look-up).
    for s, p, o in shapes:
        triple = (interned(s), interned(p), interned(o))  # type: ignore[arg-type]
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
                node=shape,
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

