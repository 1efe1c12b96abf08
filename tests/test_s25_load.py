"""``kg load`` at the store's own speed (issue 19): a block's graph names are cut a
run of one graph's lines at a time (C searches, no Python step per line), comments
are looked for with one search, and a load into an empty store counts its triples
without naming every graph. The results are those of the previous code."""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import _split_graph_names, _split_line_by_line, load

NQ = ox.RdfFormat.N_QUADS


def _graph_lines(graph: int, count: int) -> list[bytes]:
    """Lines of an invented article graph, one statement a line, as kg writes them."""
    name = f"<https://example.org/article/a{graph}>".encode()
    return [
        f'<https://example.org/org/o{graph}-{i}> <https://schema.org/name> '
        f'"Compañía Ficticia {i}"@es '.encode() + name + b" .\n"
        for i in range(count)
    ]


def _text(lines: list[bytes]) -> bytes:
    return b"".join(lines)


def test_runs_of_graphs_are_cut_as_line_by_line() -> None:
    block = _text([line for g in range(40) for line in _graph_lines(g, 7 + g % 5)])
    split = _split_graph_names(block)
    assert split is not None
    assert split == _split_line_by_line(block)
    assert len(split[0]) == 40
    assert b" <https://example.org/article/" not in split[1]


def test_a_graph_longer_than_the_first_window_is_one_run() -> None:
    # 2,000 lines of one graph (~200 KB) outgrow the 32 KB window several times.
    block = _text(_graph_lines(1, 2000) + _graph_lines(2, 3))
    assert _split_graph_names(block) == _split_line_by_line(block)


def test_lines_of_graphs_in_any_order_are_cut_all_the_same() -> None:
    lines = [line for g in range(30) for line in _graph_lines(g, 6)]
    random.Random(7).shuffle(lines)
    block = _text(lines)
    split = _split_graph_names(block)
    assert split is not None and len(split[0]) == 30
    assert split == _split_line_by_line(block)


def test_a_graph_coming_back_later_is_cut_in_each_of_its_runs() -> None:
    block = _text(_graph_lines(1, 4) + _graph_lines(2, 4) + _graph_lines(1, 4))
    split = _split_graph_names(block)
    assert split == _split_line_by_line(block)
    assert split is not None and len(split[0]) == 2


def test_a_default_graph_line_in_a_run_is_not_taken_for_a_named_one() -> None:
    # The middle line has no graph name: the block cannot go to the store as text.
    lines = _graph_lines(1, 3)
    lines.insert(1, b"<https://example.org/org/x> <https://schema.org/name> \"Ficticia\" .\n")
    assert _split_graph_names(_text(lines)) is None


@pytest.mark.parametrize("block", [
    b"# a comment first\n" + _text(_graph_lines(1, 2)),
    _text(_graph_lines(1, 2)) + b"# a comment last\n",
    _text(_graph_lines(1, 2)).replace(b" .\n", b" . # said so\n", 1),
    _text(_graph_lines(1, 2)).replace(b"> <https://schema.org/name>", b">\t#x", 1),
])
def test_a_block_that_may_hold_a_comment_goes_quad_by_quad(block: bytes) -> None:
    assert _split_graph_names(block) is None


def test_a_hashtag_in_a_literal_is_not_a_comment() -> None:
    block = _text(_graph_lines(1, 3)).replace(b"Ficticia 1", b"Ficticia #1 .#2")
    split = _split_graph_names(block)
    assert split is not None and split == _split_line_by_line(block)


def _named_triples(store_dir: Path) -> int:
    store = ox.Store.read_only(str(store_dir))
    return sum(1 for q in store if not isinstance(q.graph_name, ox.DefaultGraph))


def test_a_load_into_an_empty_store_counts_each_triple_once(tmp_path: Path) -> None:
    lines = [line for g in range(5) for line in _graph_lines(g, 4)]
    path = tmp_path / "g.nq"
    path.write_bytes(_text(lines + lines[:3]))  # three lines twice
    summary = load([path], tmp_path / "store")
    assert (summary.graphs, summary.triples) == (5, 20)
    assert _named_triples(tmp_path / "store") == 20


def test_an_article_in_the_default_graph_is_counted_once_too(tmp_path: Path) -> None:
    # A default graph holding an article: its graph is written after the stream, so
    # the count of the streamed graphs must not take it in as well.
    article = "https://example.org/article/d1"
    default = (
        f"<{article}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        f"<https://schema.org/NewsArticle> .\n"
        f'<{article}> <https://schema.org/headline> "Una noticia inventada" .\n'
    ).encode()
    path = tmp_path / "g.nq"
    path.write_bytes(_text(_graph_lines(1, 4)) + default)
    summary = load([path], tmp_path / "store")
    assert (summary.graphs, summary.triples) == (2, 6)
    assert _named_triples(tmp_path / "store") == 6


def test_a_second_load_counts_only_its_own_graphs(tmp_path: Path) -> None:
    first, second = tmp_path / "a.nq", tmp_path / "b.nq"
    first.write_bytes(_text(_graph_lines(1, 4)))
    second.write_bytes(_text(_graph_lines(2, 3)))
    load([first], tmp_path / "store")
    summary = load([second], tmp_path / "store")
    assert (summary.graphs, summary.triples) == (1, 3)
