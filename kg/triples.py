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

>>> from rdflib import URIRef
>>> g = IndexedGraph()
>>> _ = g.add((URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b")))
>>> (URIRef("urn:a"), None, None) in g, len(g)
(True, 1)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import rdflib
from rdflib.term import Node

Triple = tuple[Node, Node, Node]
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

    def add(self, triple: Triple) -> IndexedGraph:  # type: ignore[override, unused-ignore]
        s, p, o = triple
        objects = self._spo.setdefault(s, {}).setdefault(p, {})
        if o in objects:
            return self
        objects[o] = None
        self._pos.setdefault(p, {}).setdefault(o, {})[s] = None
        if self._osp_index is not None:
            self._osp_index.setdefault(o, {}).setdefault(s, {})[p] = None
        self._size += 1
        return self

    def addN(self, quads: Iterable[Any]) -> IndexedGraph:  # type: ignore[override, unused-ignore]  # noqa: N802
        for s, p, o, *_ in quads:
            self.add((s, p, o))
        return self

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

    def subject_set(self) -> set[Node]:
        """The subjects in use."""
        return set(self._spo)

    def predicate_set(self) -> set[Node]:
        """The predicates in use."""
        return set(self._pos)

    def has_object(self, node: Node) -> bool:
        """Whether ``node`` is the object of some triple (without the object index)."""
        return any(node in by_object for by_object in self._pos.values())

    def object_set(self, predicate: Node) -> set[Node]:
        """The objects of ``predicate``."""
        return set(self._pos.get(predicate, ()))

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
        if p is not None and not isinstance(p, Node):  # a property path object
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
