"""Corpora beyond one machine: shard, extract each shard where an engine puts it,
then load the N-Quads shards into one store.

kg does not schedule work across machines itself; an engine you already run does
(Dask here, Ray or a batch system alike). Each shard is an ordinary incremental run
(``kg.run.extract_to_file``, what ``kg extract SHARD -o SHARD.nq`` does), so every
shard is validated, incremental and deterministic on its own, and the shards'
N-Quads hold one named graph per article: loading them all into a store
(``kg load shards/*.nq --store DIR``) gives the same graphs as one run over the
whole corpus.

    from dask.distributed import Client
    from kg.shard import split_corpus, extract_shards
    shards = split_corpus(Path("corpus.jsonl"), Path("shards/"), count=8)
    results = extract_shards(Client("tcp://scheduler:8786"), shards)
    outputs = [r.output for r in results if r.output]      # then kg load them
    failed = [r.shard for r in results if not r.ok]         # re-run these
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.ingest import read_articles
from kg.publish.files import atomic_write


def shard_of(article_id: str, count: int) -> int:
    """The shard an article goes to: stable across runs, machines and Python versions."""
    digest = hashlib.sha256(article_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count


def split_corpus(inputs: Sequence[Path | str], folder: Path, count: int) -> list[Path]:
    """Write the articles of ``inputs`` as ``count`` JSONL shards in ``folder``.

    An article always lands in the same shard, so a grown corpus re-shards with
    only its new articles added to each shard, and each shard's own incremental
    run does the rest.
    """
    if count < 1:
        raise ValueError("count must be at least 1")
    lines: list[list[str]] = [[] for _ in range(count)]
    for article in read_articles(inputs):
        record = {
            key: value
            for key, value in {
                "id": article.id,
                "text": article.text,
                "lang": article.lang,
                "url": article.url,
                "title": article.title,
                "published": article.published,
                "publisher": article.publisher,
            }.items()
            if value is not None
        }
        lines[shard_of(article.id, count)].append(json.dumps(record, ensure_ascii=False))
    paths = []
    for index, shard in enumerate(lines):
        if shard:  # with few articles some shards stay empty
            path = folder / f"shard-{index:04d}.jsonl"
            atomic_write(path, ("\n".join(shard) + "\n").encode("utf-8"))
            paths.append(path)
    return paths


@dataclass(frozen=True)
class ShardResult:
    """What became of one shard: its output (``None`` when nothing was written), the
    articles and inputs left out with the reasons, and, for a shard that failed even
    after the engine's retries, why."""

    shard: Path
    output: Path | None
    left_out: tuple[tuple[str | None, str], ...] = ()  # (article id or None, reason)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def extract_shard(
    shard: str, options: Mapping[str, Any] | None = None
) -> tuple[str | None, list[tuple[str | None, str]]]:
    """Extract one shard (on whichever worker the engine chose), as
    ``kg extract SHARD -o SHARD.nq --keep-going`` would: the output written, if any,
    and what was left out. ``options`` are keyword arguments of
    ``kg.run.Extraction.prepare`` (``run_time``, ``models``, ``lang``...).

    A bad article is left out and listed, never a reason to fail the shard. The
    shard fails (raises, and the engine retries) only when kg could not run at all:
    no article to read, or an error of kg's environment.
    """
    from kg.run import extract_to_file

    output = Path(shard).with_suffix(".nq")
    try:
        summary = extract_to_file(
            [shard], output, **{**(options or {}), "keep_going": True}
        )
    except KgError as err:
        raise KgError(f"{shard}: kg extract failed: {err}") from err
    return (str(summary.output) if summary.articles else None), summary.reasons()


def extract_shards(
    client: Any, shards: Sequence[Path], *, retries: int = 2, **options: Any
) -> list[ShardResult]:
    """Extract every shard on the workers of a Dask ``distributed.Client``; one
    ``ShardResult`` per shard, in order.

    ``options`` are passed to each shard's run (``kg.run.Extraction.prepare``: e.g.
    ``run_time=datetime(...)``, ``models={"es": "es_core_news_md"}``). Shards must be
    on storage every worker can read (a shared folder or bucket). A shard that fails
    (a worker lost, kg unable to start) is retried ``retries`` times by Dask, then
    reported in its result; the other shards' work is kept. Re-run the failed ones
    (``[r.shard for r in results if not r.ok]``).
    """
    futures = client.map(
        extract_shard,
        [str(s) for s in shards],
        [dict(options)] * len(shards),
        retries=retries,
        pure=False,
    )
    results = []
    for shard, future in zip(shards, futures, strict=True):
        try:
            output, left_out = future.result()
        except Exception as err:  # the shard's failure, reported with the others' results
            results.append(ShardResult(Path(shard), None, error=f"{type(err).__name__}: {err}"))
            continue
        results.append(
            ShardResult(
                Path(shard),
                Path(output) if output else None,
                tuple((article, reason) for article, reason in left_out),
            )
        )
    return results
