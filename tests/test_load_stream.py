"""``kg load`` streams N-Quads and TriG into the store's bulk loader: the store holds
what the in-memory load put there (each article's graph, replaced or new, and the
default graph as their merge), and a file broken halfway leaves the store as it was."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import InputError
from kg.store import article_graphs, load, open_store

ID = "https://w3id.org/dealkg/id/"
NQ = ox.RdfFormat.N_QUADS


def quads_of(graphs: dict[ox.NamedNode, list[ox.Triple]]) -> list[ox.Quad]:
    return [ox.Quad(t.subject, t.predicate, t.object, name) for name, ts in graphs.items()
            for t in ts]


def write(path: Path, quads: Iterable[ox.Quad], fmt: ox.RdfFormat = NQ) -> Path:
    path.write_bytes(ox.serialize(list(quads), format=fmt) or b"")
    return path


def contents(store_dir: Path) -> set[ox.Quad]:
    return set(open_store(store_dir, read_only=True))


def expected(graphs: dict[ox.NamedNode, set[ox.Triple]], rest: set[ox.Triple] = frozenset()
             ) -> set[ox.Quad]:
    """What the store must hold: each graph, and the merge of all in the default graph
    (read back from a store, which writes some literals in a canonical form)."""
    store = ox.Store()
    store.extend(
        ox.Quad(t.subject, t.predicate, t.object, g) for g, ts in graphs.items() for t in ts
    )
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for ts in graphs.values() for t in ts)
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in rest)
    return set(store)


@pytest.fixture
def articles(example_graph: Path) -> dict[ox.NamedNode, list[ox.Triple]]:
    graphs, rest = article_graphs([example_graph])
    assert not rest and len(graphs) == 2
    return {name: ts for name, ts in graphs.items() if isinstance(name, ox.NamedNode)}


def test_nquads_into_a_new_store_gives_the_same_store_as_turtle(
    articles: dict[ox.NamedNode, list[ox.Triple]], example_graph: Path, tmp_path: Path
) -> None:
    # The Turtle file goes through the in-memory split; its N-Quads through the stream.
    nquads = write(tmp_path / "g.nq", quads_of(articles))
    from_turtle = load([example_graph], tmp_path / "a")
    streamed = load([nquads], tmp_path / "b")
    assert streamed == from_turtle
    assert contents(tmp_path / "b") == contents(tmp_path / "a") == expected(
        {name: set(ts) for name, ts in articles.items()}
    )


def test_replaced_new_split_and_repeated_graphs_in_one_load(
    articles: dict[ox.NamedNode, list[ox.Triple]], tmp_path: Path
) -> None:
    (en, en_triples), (es, es_triples) = sorted(articles.items(), key=lambda kv: kv[0].value)
    store = tmp_path / "store"
    load([write(tmp_path / "en.nq", quads_of({en: en_triples}))], store)
    new = ox.NamedNode(ID + "article/new-1")
    said = ox.NamedNode("https://schema.org/identifier")
    fewer = en_triples[: len(en_triples) // 2]  # the English article, re-extracted
    half = len(es_triples) // 2
    batch = [
        *quads_of({es: es_triples[:half]}),
        *quads_of({en: fewer}),
        *quads_of({es: es_triples[half:] + es_triples[:3]}),  # a second run, repeating
        ox.Quad(new, said, ox.Literal("new-1"), new),
    ]
    # The new article also in a TriG file, with one more triple.
    more = ox.Triple(new, ox.NamedNode("https://schema.org/headline"), ox.Literal("Hola"))
    trig = write(tmp_path / "more.trig", [ox.Quad(more.subject, more.predicate, more.object, new)],
                 ox.RdfFormat.TRIG)
    summary = load([write(tmp_path / "batch.nq", batch), trig], store)
    new_triples = {ox.Triple(new, said, ox.Literal("new-1")), more}
    assert contents(store) == expected({en: set(fewer), es: set(es_triples), new: new_triples})
    assert (summary.graphs, summary.triples) == (3, len(set(fewer)) + len(set(es_triples)) + 2)


def test_a_file_broken_halfway_leaves_the_store_as_it_was(
    articles: dict[ox.NamedNode, list[ox.Triple]], tmp_path: Path
) -> None:
    (en, en_triples), (es, es_triples) = sorted(articles.items(), key=lambda kv: kv[0].value)
    store = tmp_path / "store"
    load([write(tmp_path / "en.nq", quads_of({en: en_triples}))], store)
    before = contents(store)
    broken = tmp_path / "broken.nq"
    good = (ox.serialize(quads_of({es: es_triples}), format=NQ) or b"").decode()
    broken.write_text(good + "<urn:a> <urn:b> \"unterminated .\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.nq: not valid N-Quads"):
        load([broken], store)
    assert contents(store) == before


def test_articles_already_written_by_the_bulk_loader_are_taken_out_again(
    articles: dict[ox.NamedNode, list[ox.Triple]], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Small bulk calls: the first articles are in the store when the break is read.
    monkeypatch.setattr("kg.store._BATCH", 10)
    (en, en_triples), (es, es_triples) = sorted(articles.items(), key=lambda kv: kv[0].value)
    store = tmp_path / "store"
    load([write(tmp_path / "en.nq", quads_of({en: en_triples}))], store)
    before = contents(store)
    other = ox.NamedNode(ID + "article/other-1")
    text = (ox.serialize(quads_of({es: es_triples, other: es_triples[:5]}), format=NQ)
            or b"").decode()
    broken = tmp_path / "broken.nq"
    broken.write_text(text + "<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.nq: not valid N-Quads"):
        load([broken], store)
    assert contents(store) == before
