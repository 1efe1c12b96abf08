"""Publishing to files: deterministic, sorted serialisation, written atomically.

Triple formats (Turtle, N-Triples, JSON-LD) get the union of the article graphs;
dataset formats (TriG, N-Quads) keep one named graph per article, named by the
article IRI; the formats, by name and extension, are ``kg.rdfio.FORMATS``. Turtle
and TriG are written by ``kg.publish.turtle`` (short names for kg's nodes, facts
before mentions), JSON-LD by ``kg.publish.jsonld`` (compacted, deals nesting their
parties, with kg's ``@context``). Output goes to a temporary
file beside the target and is renamed over it only when complete, so a crash never
leaves a partial file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.errors import InputError
from kg.publish.turtle import Names, trig_graph, turtle, turtle_body
from kg.rdfio import FORMATS
from kg.vocab import DATA_PREFIXES

# Mentions (<article IRI>#char=b,e) are written relative to this base.
ARTICLE_BASE = DATA_PREFIXES["articleid"]


@dataclass(frozen=True)
class WriteSummary:
    path: Path
    format: str
    graphs: int
    triples: int


def _sort_key(quad: ox.Quad) -> tuple[str, str, str, str]:
    return (str(quad.graph_name), str(quad.subject), str(quad.predicate), str(quad.object))


def _triple_key(triple: ox.Triple) -> tuple[str, str, str]:
    return (str(triple.subject), str(triple.predicate), str(triple.object))


def serialize(quads: Iterable[ox.Quad], fmt: str, *, inline_context: bool = False) -> bytes:
    """Sorted, de-duplicated serialisation: the same quads always give the same bytes.

    JSON-LD refers to kg's ``@context`` by its URL, or holds it with ``inline_context``.
    """
    rdf_format = FORMATS[fmt].rdf_format
    if fmt in ("turtle", "jsonld"):  # these writers order what they write themselves
        union = {q.triple for q in quads}
        if fmt == "turtle":
            return turtle(union)
        from kg.publish.jsonld import jsonld

        return jsonld(union, inline_context=inline_context)
    unique = sorted(set(quads), key=_sort_key)
    if fmt == "trig":
        names = Names(base=ARTICLE_BASE)
        graphs: dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, list[ox.Triple]] = {}
        for quad in unique:
            graphs.setdefault(quad.graph_name, []).append(quad.triple)
        parts = [names.header().encode()]
        for name, graph in graphs.items():
            if isinstance(name, ox.DefaultGraph):
                parts.append(turtle_body(graph, names).encode())
            else:
                parts.append(trig_graph(name, graph, names))
        return b"".join(parts)
    if rdf_format.supports_datasets:
        data = ox.serialize(unique, format=rdf_format)
    else:
        data = ox.serialize(sorted({q.triple for q in unique}, key=_triple_key), format=rdf_format)
    assert data is not None  # no output file given: pyoxigraph returns the bytes
    return data


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary file handle whose content replaces ``path`` only when the block ends
    without error; on any error (or Ctrl-C, or a kill) ``path`` is left as it was."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise InputError(
            f"{path}: cannot write output here ({err.strerror}); choose a writable folder with -o"
        ) from err
    try:
        with os.fdopen(fd, "wb") as handle:
            # mkstemp makes the file private (0600); the output is an ordinary file,
            # readable as the umask says (0644 under umask 022).
            os.fchmod(handle.fileno(), 0o666 & ~_umask())
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    with atomic_writer(path) as handle:
        handle.write(data)


def write_article_graphs(
    chunks: Iterable[bytes], path: Path, fmt: str, *, inline_context: bool = False
) -> WriteSummary:
    """Assemble per-article graphs, each canonical N-Quads in its own named graph.

    Dataset formats are streamed article by article, so memory does not grow with
    the corpus; triple formats need the union of all graphs (one graph, sorted).
    """
    graphs = 0
    triples = 0
    if fmt == "nquads":
        with atomic_writer(path) as handle:
            for chunk in chunks:
                handle.write(chunk)
                graphs += 1
                triples += chunk.count(b"\n")
        return WriteSummary(path=path, format=fmt, graphs=graphs, triples=triples)
    if fmt == "trig":
        with atomic_writer(path) as handle:
            handle.write(Names(base=ARTICLE_BASE).header().encode())
            for chunk in chunks:
                # A fresh cache of short names per article: memory stays flat.
                names = Names(base=ARTICLE_BASE)
                quads = list(ox.parse(chunk, format=ox.RdfFormat.N_QUADS))
                if quads:
                    by_graph: dict[ox.NamedNode | ox.BlankNode, list[ox.Triple]] = {}
                    for quad in quads:
                        name = quad.graph_name
                        assert not isinstance(name, ox.DefaultGraph)  # chunks are named
                        by_graph.setdefault(name, []).append(quad.triple)
                    for name, graph_triples in sorted(by_graph.items(), key=lambda kv: str(kv[0])):
                        handle.write(trig_graph(name, graph_triples, names))
                graphs += 1
                triples += len(quads)
        return WriteSummary(path=path, format=fmt, graphs=graphs, triples=triples)
    union: set[ox.Triple] = set()
    for chunk in chunks:
        union.update(q.triple for q in ox.parse(chunk, format=ox.RdfFormat.N_QUADS))
        graphs += 1
    data = serialize(
        (ox.Quad(t.subject, t.predicate, t.object) for t in union),
        fmt,
        inline_context=inline_context,
    )
    atomic_write(path, data)
    return WriteSummary(path=path, format=fmt, graphs=graphs, triples=len(union))
