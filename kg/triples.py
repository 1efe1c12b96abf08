"""``IndexedGraph``: an rdflib graph that keeps its triples in plain dict indexes.

An article's graph is built, validated and serialised once, a few hundred triples
at a time, thousands of times per corpus. rdflib's stores spend most of an ``add``
or a triple pattern on generic bookkeeping (named graphs, contexts, ``!=`` on
terms); pyshacl asks a few thousand triple patterns per article. Here an ``add`` is
two dict inserts and a pattern a dict look-up or two.

It is an ordinary ``rdflib.Graph`` to its readers: ``triples`` and everything rdflib
derives from it (iteration, ``in``, ``objects``, ``value``, serialisers, SPARQL),
``add``, ``addN``, ``remove`` and ``len`` work. The rdflib store underneath stays
empty (it only holds the namespace bindings). Not for changing while it is read.

Two things rdflib does per graph cost more than the triples of an article:

- rdflib's namespace manager holds its graph, which holds it: a reference cycle, so
  a graph no longer used (with its thousands of index dicts) lived on until Python's
  cycle collector came by, and every collection before that walked it. An
  ``IndexedGraph``'s manager holds the store instead, and reference counting frees
  the graph the moment its last user lets go.
- Binding a prefix costs rdflib some ten microseconds; ``empty_copy`` gives a new
  graph the bindings of another by copying them (kg's article graphs start from one
  graph holding kg's prefixes, ``kg.graph.new_graph``).

>>> from rdflib import URIRef
>>> g = IndexedGraph()
>>> _ = g.add((URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b")))
>>> (URIRef("urn:a"), None, None) in g, len(g)
(True, 1)
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any

import rdflib
from rdflib.namespace import NamespaceManager
from rdflib.plugins.stores.memory import Memory
from rdflib.store import Store
from rdflib.term import Literal, Node, URIRef

from kg.vocab import RDF

Triple = tuple[Node, Node, Node]
_MANAGER = "_Graph__namespace_manager"  # where rdflib's Graph keeps its namespace manager
_Index = dict[Node, dict[Node, dict[Node, None]]]


class IndexedGraph(rdflib.Graph):
    """A graph of triples in dict indexes (subject → predicate → objects, and
    predicate → object → subjects; object → subject → predicates on demand)."""

    def __init__(self, triples: Iterable[Triple] = (), **kwargs: Any) -> None:
        kwargs.setdefault("bind_namespaces", "none")
        super().__init__(**kwargs)
        self._spo: _Index = {}
        self._pos: _Index = {}
        self._osp_index: _Index | None = None
        self._size = 0
        self.addN((s, p, o, self) for s, p, o in triples)

    @property
    def _osp(self) -> _Index:
        # Only "what points at o?" needs it, which is rarely asked: built on demand.
        if self._osp_index is None:
            index: _Index = {}
            for s, by_p in self._spo.items():
                for p, objects in by_p.items():
                    for o in objects:
                        index.setdefault(o, {}).setdefault(s, {})[p] = None
            self._osp_index = index
        return self._osp_index

    @property
    def namespace_manager(self) -> NamespaceManager:
        """rdflib's, made on first use as rdflib makes it, over the store (no cycle)."""
        manager: NamespaceManager | None = getattr(self, _MANAGER, None)
        if manager is None:
            manager = _Namespaces(self.store, self._bind_namespaces)
            setattr(self, _MANAGER, manager)
        return manager

    @namespace_manager.setter
    def namespace_manager(self, manager: NamespaceManager) -> None:
        setattr(self, _MANAGER, manager)

    def empty_copy(self) -> IndexedGraph:
        """A new, empty graph with this graph's namespace bindings: the state binding
        them one by one would leave (the store's bindings and the manager's look-up
        trie of namespaces), copied from a graph whose manager only bound them
        (``kg.graph.new_graph``'s)."""
        copy = IndexedGraph()
        store, mine = copy.store, self.store
        manager = self.namespace_manager
        trie = getattr(manager, "_NamespaceManager__trie", None)
        if not (_copyable(store) and _copyable(mine) and isinstance(trie, dict)):
            # Not the store or the rdflib this was written for: bind them one by one.
            for prefix, namespace in self.namespaces():
                copy.bind(prefix, namespace)
            return copy
        store._Memory__namespace = dict(mine._Memory__namespace)  # type: ignore[attr-defined]
        store._Memory__prefix = dict(mine._Memory__prefix)  # type: ignore[attr-defined]
        copy.namespace_manager._NamespaceManager__trie = _copy_trie(trie)  # type: ignore[attr-defined]
        return copy

    def add(self, triple: Triple) -> IndexedGraph:  # type: ignore[override, unused-ignore]
        self.add_triple(*triple)
        return self

    def add_triple(self, s: Node, p: Node, o: Node) -> None:
        """``add((s, p, o))``, one call (the graph builder's, per triple). A literal
        is hashed in Python (rdflib's ``Literal.__hash__``): twice here, once per index."""
        by_predicate = self._spo.get(s)
        if by_predicate is None:
            by_predicate = self._spo[s] = {}
        objects = by_predicate.get(p)
        if objects is None:
            objects = by_predicate[p] = {}
        size = len(objects)
        objects[o] = None  # an object already there stays as it was
        if len(objects) == size:
            return
        by_object = self._pos.get(p)
        if by_object is None:
            by_object = self._pos[p] = {}
        by_object.setdefault(o, {})[s] = None
        if self._osp_index is not None:
            self._osp_index.setdefault(o, {}).setdefault(s, {})[p] = None
        self._size += 1

    def addN(self, quads: Iterable[Any]) -> IndexedGraph:  # type: ignore[override, unused-ignore]  # noqa: N802
        for s, p, o, *_ in quads:
            self.add((s, p, o))
        return self

    def add_renamed(self, other: IndexedGraph, rename: Callable[[Node], Node]) -> None:
        """Add the triples of ``other`` with their subjects and their objects that are
        not literals renamed by ``rename`` (asked once per node), in ``other``'s order:
        what ``addN`` of the renamed triples does, without a call per triple."""
        names: dict[Node, Node] = {}
        spo, pos, osp = self._spo, self._pos, self._osp_index
        added = 0
        for s, by_predicate in other._spo.items():
            subject = names.get(s)
            if subject is None:
                subject = names[s] = rename(s)
            mine = spo.get(subject)
            if mine is None:
                mine = spo[subject] = {}
            for p, objects in by_predicate.items():
                targets = mine.get(p)
                if targets is None:
                    targets = mine[p] = {}
                by_object = pos.get(p)
                if by_object is None:
                    by_object = pos[p] = {}
                for o in objects:
                    value: Node | None
                    kind = type(o)  # an IRI or a literal: tested without the ABC first
                    if kind is Literal or (kind is not URIRef and isinstance(o, Literal)):
                        value = o
                    else:
                        value = names.get(o)
                        if value is None:
                            value = names[o] = rename(o)
                    # A literal is hashed in Python: once per index, not once per test.
                    size = len(targets)
                    targets[value] = None
                    if len(targets) == size:
                        continue
                    by_object.setdefault(value, {})[subject] = None
                    if osp is not None:
                        osp.setdefault(value, {}).setdefault(subject, {})[p] = None
                    added += 1
        self._size += added

    def remove(self, triple: Any) -> IndexedGraph:  # type: ignore[override, unused-ignore]
        for s, p, o in list(self.triples(triple)):
            for index, (a, b, c) in (
                (self._spo, (s, p, o)),
                (self._pos, (p, o, s)),
                (self._osp_index, (o, s, p)),
            ):
                if index is not None:
                    del index[a][b][c]
                    if not index[a][b]:
                        del index[a][b]
                        if not index[a]:
                            del index[a]
            self._size -= 1
        return self

    def __len__(self) -> int:
        return self._size

    def __bool__(self) -> bool:
        return self._size > 0

    def by_subject(self) -> Iterable[tuple[Node, Iterable[tuple[Node, Iterable[Node]]]]]:
        """Every triple, grouped: (subject, its (predicate, objects) pairs)."""
        return ((s, by_p.items()) for s, by_p in self._spo.items())

    def subject_set(self) -> set[Node]:
        """The subjects in use."""
        return set(self._spo)

    def predicate_set(self) -> set[Node]:
        """The predicates in use."""
        return set(self._pos)

    def objects_by_predicate(self) -> Iterable[tuple[Node, Iterable[Node]]]:
        """Every predicate in use, with its objects."""
        return self._pos.items()

    def description(self, subject: Node) -> dict[Node, dict[Node, None]]:
        """What the graph says about ``subject``: its predicates, each with its objects
        (as keys); empty when it is no subject. Read-only."""
        return self._spo.get(subject, {})

    def has_object(self, node: Node) -> bool:
        """Whether ``node`` is the object of some triple (without the object index)."""
        return any(node in by_object for by_object in self._pos.values())

    def object_set(self, predicate: Node) -> set[Node]:
        """The objects of ``predicate``."""
        return set(self._pos.get(predicate, ()))

    def objects(  # type: ignore[override]
        self, subject: Any = None, predicate: Any = None, unique: bool = False
    ) -> Iterator[Any]:
        # pyshacl asks the objects of one subject and predicate tens of thousands of
        # times per batch: read from the index, without rdflib's two generators (and,
        # for a term, the usual predicate, without a call to ``_path``).
        if subject is not None and predicate is not None and (
            isinstance(predicate, str) or not _path(predicate)
        ):
            by_predicate = self._spo.get(subject)
            objects = by_predicate.get(predicate) if by_predicate else None
            return iter(objects) if objects else iter(())
        return super().objects(subject, predicate, unique)

    def transitive_objects(
        self, subject: Any, predicate: Any, remember: dict[Any, int] | None = None
    ) -> Generator[Any, None, None]:
        """rdflib's ``transitive_objects`` (the depth-first closure of ``predicate`` from
        ``subject``, in the same order), walked with a stack instead of a generator per
        level: pyshacl asks it for every type of every value of an ``sh:class``."""
        if predicate is None or not isinstance(predicate, str):
            yield from super().transitive_objects(subject, predicate, remember)
            return
        seen = {} if remember is None else remember
        if subject in seen:
            return
        seen[subject] = 1
        yield subject
        stack = [self.objects(subject, predicate)]
        while stack:
            for found in stack[-1]:
                if found not in seen:
                    seen[found] = 1
                    yield found
                    stack.append(self.objects(found, predicate))
                    break
            else:
                stack.pop()

    def items(self, list: Node) -> Generator[Node, None, None]:  # noqa: A002 (rdflib's name)
        """The members of the RDF list ``list``, as rdflib's ``items`` gives them, read
        from the index: pyshacl walks a shape's list of alternative paths anew for
        every focus node, each step through rdflib's ``value``."""
        chain = {list}
        spo = self._spo
        while list:
            by_predicate = spo.get(list)
            if by_predicate is None:
                return
            found = by_predicate.get(RDF.first)
            if found:
                yield next(iter(found))
            rest = by_predicate.get(RDF.rest)
            list = next(iter(rest)) if rest else None  # type: ignore[assignment]
            if list in chain:
                raise ValueError("List contains a recursive rdf:rest reference")
            chain.add(list)

    def triples_choices(self, triple: Any, context: Any = None) -> Iterator[Any]:  # type: ignore[override, unused-ignore]
        # rdflib's version asks the store, which is empty here.
        s, p, o = triple
        for position, choices in enumerate(triple):
            if isinstance(choices, list | tuple):
                for choice in choices:
                    pattern = [s, p, o]
                    pattern[position] = choice
                    yield from self.triples(tuple(pattern))
                return
        yield from self.triples(triple)

    def triples(self, triple: Any) -> Iterator[Any]:  # type: ignore[override, unused-ignore]
        s, p, o = triple
        if p is not None and not isinstance(p, str) and _path(p):
            return ((s2, p, o2) for s2, o2 in p.eval(self, s, o))
        if s is not None:
            by_predicate = self._spo.get(s)
            if not by_predicate:
                return iter(())
            if p is not None:
                objects = by_predicate.get(p)
                if not objects:
                    return iter(())
                if o is not None:
                    return iter(((s, p, o),) if o in objects else ())
                return ((s, p, x) for x in objects)
            if o is not None:
                return ((s, q, o) for q, xs in by_predicate.items() if o in xs)
            return ((s, q, x) for q, xs in by_predicate.items() for x in xs)
        if p is not None:
            by_object = self._pos.get(p)
            if not by_object:
                return iter(())
            if o is not None:
                return ((x, p, o) for x in by_object.get(o, ()))
            return ((x, p, y) for y, xs in by_object.items() for x in xs)
        if o is not None:
            by_subject = self._osp.get(o)
            if not by_subject:
                return iter(())
            return ((x, q, o) for x, qs in by_subject.items() for q in qs)
        return ((x, q, y) for x, by_p in self._spo.items() for q, ys in by_p.items() for y in ys)


def _path(predicate: object) -> bool:
    """Whether ``predicate`` is a property path object, not a term. A term is a str:
    tested first, since rdflib's term classes are ABCs, costly to test against."""
    return not isinstance(predicate, str) and not isinstance(predicate, Node)


class _Namespaces(NamespaceManager):
    """rdflib's namespace manager reading the bindings from the store it is given,
    where rdflib's reads them from its graph's (see the module docstring)."""

    def __init__(self, store: Store, bind_namespaces: Any = "none") -> None:
        self._store = store
        super().__init__(None, bind_namespaces)  # type: ignore[arg-type]

    @property
    def store(self) -> Store:
        return self._store


def _copyable(store: Store) -> bool:
    return type(store) is Memory and isinstance(getattr(store, "_Memory__namespace", None), dict)


def _copy_trie(trie: dict[str, Any]) -> dict[str, Any]:
    return {key: _copy_trie(below) for key, below in trie.items()}
