"""The cache of article graphs is written on a thread of its own (``CacheWriter``):
the pipeline hands a graph over and goes on; every graph handed over is in the cache
once the run leaves its loop; a failed write is raised in the run; and a run killed
at any moment leaves each cached graph whole or absent."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.errors import InputError
from kg.facts import Article
from kg.incremental import CacheWriter, GraphCache
from kg.pipeline import ArticleResult
from kg.run import Extraction

ROOT = Path(__file__).resolve().parents[1]


def graph(n: int) -> bytes:
    return f"<urn:x:s{n}> <urn:x:p> \"{n}\" <urn:x:g{n}> .\n".encode() * 50


class HeldCache(GraphCache):
    """A cache whose writes wait until the test lets them go."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.go = threading.Event()

    def put(self, key: str, nquads: bytes) -> None:
        assert self.go.wait(timeout=60), "the writes were never let go"
        super().put(key, nquads)


def test_put_hands_the_graph_over_without_waiting_for_the_disk(tmp_path: Path) -> None:
    cache = HeldCache(tmp_path / "cache")
    writer = CacheWriter(cache, depth=8)
    for n in range(5):
        writer.put(f"k{n}", graph(n))  # returns at once though no write can finish
    assert writer.written == 0 and not cache.folder.exists()
    cache.go.set()
    writer.close()
    assert writer.written == 5
    assert [cache.get(f"k{n}") for n in range(5)] == [graph(n) for n in range(5)]


def test_a_failed_write_is_raised_in_the_run(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("a file where the folder should be")
    writer = CacheWriter(GraphCache(tmp_path / "cache"))
    writer.put("k0", graph(0))
    with pytest.raises(InputError, match="cannot write"):
        writer.close()
    with pytest.raises(InputError):  # and every later put says so too
        writer.put("k1", graph(1))


def test_the_run_waits_for_its_graphs_before_writing_the_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = [Article(id=f"a{n}", text=f"text {n}") for n in range(6)]

    def fake_run(todo: list[Article], **_: Any) -> Iterator[ArticleResult]:
        for n, article in enumerate(todo):
            yield ArticleResult(article=article, nquads=graph(n))

    monkeypatch.setattr("kg.parallel.run_articles", fake_run)  # (kg.run imports it to read)
    monkeypatch.setattr("kg.run.read_articles", lambda *_, **__: iter(articles))
    out = tmp_path / "g.nq"
    extraction = Extraction.prepare(["corpus"], out)
    cache = HeldCache(extraction.cache.folder)
    extraction.cache = cache
    extraction._writer = CacheWriter(cache)
    results = extraction.results()
    assert next(results).nquads == graph(0)  # the run goes on before the write
    cache.go.set()
    assert len(list(results)) == 5
    summary = extraction.finish()
    assert summary.processed == 6
    assert out.read_bytes() == b"".join(graph(n) for n in range(6))


KILLED = """
import sys, time
from pathlib import Path
from kg.incremental import CacheWriter, GraphCache

class Slow(GraphCache):
    def put(self, key, nquads):
        time.sleep(0.005)
        super().put(key, nquads)

writer = CacheWriter(Slow(Path(sys.argv[1])), depth=16)
for n in range(100_000):
    writer.put(f"k{n}", (f"<urn:x:s{n}> <urn:x:p> <urn:x:o> <urn:x:g> .\\n" * 2000).encode())
    print(n, flush=True)
"""


def test_a_run_killed_while_graphs_wait_to_be_written_leaves_each_whole_or_absent(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "cache"
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED, str(folder)], stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    assert process.stdout is not None
    for _ in range(40):  # graphs queued, some written, one being written
        process.stdout.readline()
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    cache = GraphCache(folder)
    done = sorted(int(p.stem[1:]) for p in folder.glob("k*.nq"))
    assert done, "nothing was written before the kill"
    for n in done:
        assert cache.get(f"k{n}") == (f"<urn:x:s{n}> <urn:x:p> <urn:x:o> <urn:x:g> .\n"
                                      * 2000).encode()
    cache.keep_only([f"k{n}" for n in done])  # a resumed run drops stray temporary files
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"k{n}.nq" for n in done)
