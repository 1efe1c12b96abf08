"""Corpora beyond one machine: shard, extract each shard where an engine puts it,
then load the N-Quads shards into one store.

kg does not schedule work across machines itself; an engine you already run does
(Dask here, Ray or a batch system alike). Each shard is an ordinary
``kg extract SHARD -o SHARD.nq`` run, so every shard is validated, incremental and
deterministic on its own, and the shards' N-Quads hold one named graph per article:
loading them all into a store (``kg load shards/*.nq --store DIR``) gives the same
graphs as one run over the whole corpus.

    from dask.distributed import Client
    from kg.shard import split_corpus, extract_shards
    shards = split_corpus(Path("corpus.jsonl"), Path("shards/"), count=8)
    outputs = extract_shards(Client("tcp://scheduler:8786"), shards)
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Sequence
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


def extract_shard(shard: str, *options: str) -> str:
    """Run ``kg extract`` on one shard (on whichever worker the engine chose)."""
    output = str(Path(shard).with_suffix(".nq"))
    command = [sys.executable, "-m", "kg", "-q", "extract", shard, "-o", output, *options]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise KgError(f"{shard}: kg extract failed ({result.returncode}): {result.stderr.strip()}")
    return output


def extract_shards(client: Any, shards: Sequence[Path], *options: str) -> list[Path]:
    """Extract every shard on the workers of a Dask ``distributed.Client``.

    ``options`` are passed to each ``kg extract`` (e.g. ``"--run-time", "..."``).
    Shards must be on storage every worker can read (a shared folder or bucket).
    """
    repeated = [[option] * len(shards) for option in options]
    futures = client.map(extract_shard, [str(s) for s in shards], *repeated)
    return [Path(p) for p in client.gather(futures)]
