"""Processing articles in one or several worker processes.

Each worker builds its pipelines and loads the shapes once, then turns batches of
articles into validated graphs, returned as canonical N-Quads in each article's
named graph. Batches come back in input order, so the output is the same bytes
whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from kg import iri
from kg.errors import ValidationFailed
from kg.facts import Article
from kg.graph import RunInfo
from kg.nlp import Pipelines
from kg.pipeline import process
from kg.publish.files import nquads


@dataclass(frozen=True)
class Outcome:
    """What became of one article: its graph, or why it was skipped or refused."""

    article: Article
    nquads: bytes | None = None
    skipped: str | None = None  # the reason, for an unsupported language
    invalid: ValidationFailed | None = None


class Worker:
    """Pipelines and shapes, built once, and the work on one batch of articles."""

    def __init__(self, models: Mapping[str, str], run: RunInfo, validate: bool) -> None:
        from kg.validate import load_shapes

        self.pipelines = Pipelines(models=dict(models))
        self.run = run
        self.shapes = load_shapes() if validate else None

    def __call__(self, batch: list[Article]) -> list[Outcome]:
        outcomes: dict[str, Outcome] = {}

        def skipped(article: Article, reason: str) -> None:
            outcomes[article.id] = Outcome(article, skipped=reason)

        def invalid(article: Article, err: ValidationFailed) -> None:
            outcomes[article.id] = Outcome(article, invalid=err)

        for result in process(
            batch,
            self.pipelines,
            run=self.run,
            shapes=self.shapes,
            on_skip=skipped,
            on_invalid=invalid,
            batch_size=len(batch),
        ):
            data = nquads(result.graph, iri.article_iri(result.article.id))
            outcomes[result.article.id] = Outcome(result.article, nquads=data)
        return [outcomes[article.id] for article in batch]


# The worker of this process, when it is a pool process (set by _init_worker).
_worker: Worker | None = None


def _init_worker(models: Mapping[str, str], run: RunInfo, validate: bool) -> None:
    global _worker
    # Ctrl-C is the parent's to handle: it stops handing out work and says how to
    # resume; workers just finish the batch they hold.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = Worker(models, run, validate)


def _work(batch: list[Article]) -> list[Outcome]:
    assert _worker is not None, "pool process without a worker"
    return _worker(batch)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_articles(
    articles: Iterable[Article],
    *,
    models: Mapping[str, str],
    run: RunInfo,
    workers: int = 1,
    validate: bool = True,
    batch_size: int = 32,
) -> Iterator[Outcome]:
    """Process articles in ``workers`` processes; yield outcomes in input order."""
    if workers <= 1:
        worker = Worker(models, run, validate)
        for batch in _batches(articles, batch_size):
            yield from worker(batch)
        return
    # fork shares the parent's imported modules copy-on-write; elsewhere, spawn.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context: Any = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(dict(models), run, validate),
    )
    try:
        # map() keeps input order.
        for outcomes in pool.map(_work, _batches(articles, batch_size), chunksize=1):
            yield from outcomes
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
