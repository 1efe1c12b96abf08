"""Processing articles in one or several worker processes.

Each worker builds its pipelines and loads the shapes once, then turns batches of
articles into validated graphs, returned as canonical N-Quads in each article's
named graph. Batches come back in input order, so the output is the same bytes
whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from kg.errors import ArticleFailed, ValidationFailed
from kg.facts import Article
from kg.graph import RunInfo
from kg.nlp import Lexicon, Pipelines
from kg.pipeline import process


@dataclass(frozen=True)
class Outcome:
    """What became of one article: its graph, or why it was skipped, refused or failed."""

    article: Article
    nquads: bytes | None = None
    skipped: str | None = None  # the reason, for an unsupported language
    invalid: ValidationFailed | None = None
    failed: ArticleFailed | None = None  # kg broke on it (a bug)


class Worker:
    """Pipelines and shapes, built once, and the work on one batch of articles."""

    def __init__(
        self,
        models: Mapping[str, str],
        run: RunInfo,
        validate: bool,
        lexicon: Lexicon | None = None,
    ) -> None:
        from kg.validate import load_shapes

        self.pipelines = Pipelines(models=dict(models), lexicon=lexicon)
        self.run = run
        self.shapes = load_shapes() if validate else None

    def __call__(self, batch: list[Article]) -> list[Outcome]:
        """The outcomes of one batch, in its order."""
        outcomes = {o.article.id: o for o in self.stream(batch, batch_size=len(batch))}
        return [outcomes[article.id] for article in batch]

    def stream(
        self, articles: Iterable[Article], *, batch_size: int = 32, overlap: bool = False
    ) -> Iterator[Outcome]:
        """Every article's outcome; skipped, refused and failed ones may come a little early.

        ``overlap``: build and validate a batch's graphs in a second thread while the
        next batch is parsed (``kg.pipeline.process``).
        """
        aside: deque[Outcome] = deque()  # skipped and refused, as the handlers see them

        def skipped(article: Article, reason: str) -> None:
            aside.append(Outcome(article, skipped=reason))

        def invalid(article: Article, err: ValidationFailed) -> None:
            aside.append(Outcome(article, invalid=err))

        def failed(article: Article, err: ArticleFailed) -> None:
            aside.append(Outcome(article, failed=err))

        for result in process(
            articles,
            self.pipelines,
            run=self.run,
            shapes=self.shapes,
            on_skip=skipped,
            on_invalid=invalid,
            on_fail=failed,
            batch_size=batch_size,
            overlap=overlap,
            nquads=True,
        ):
            while aside:
                yield aside.popleft()
            yield Outcome(result.article, nquads=result.nquads)
        yield from aside


# The worker of this process, when it is a pool process (set by _init_worker).
_worker: Worker | None = None


def _init_worker(
    models: Mapping[str, str], run: RunInfo, validate: bool, lexicon: Lexicon | None
) -> None:
    global _worker
    # Ctrl-C is the parent's to handle: it stops handing out work and says how to
    # resume; workers just finish the batch they hold.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = Worker(models, run, validate, lexicon)


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
    lexicon: Lexicon | None = None,
) -> Iterator[Outcome]:
    """Process articles in ``workers`` processes; yield every article's outcome.

    With several workers, outcomes come in input order; with one, skipped and refused
    articles may come a little ahead of the articles before them.
    """
    if workers <= 1:
        # A second core, if there is one, takes the graph stages beside spaCy.
        overlap = (os.cpu_count() or 1) > 1
        yield from Worker(models, run, validate, lexicon).stream(
            articles, batch_size=batch_size, overlap=overlap
        )
        return
    # fork shares the parent's imported modules copy-on-write; elsewhere, spawn.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context: Any = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(dict(models), run, validate, lexicon),
    )
    try:
        # map() keeps input order.
        for outcomes in pool.map(_work, _batches(articles, batch_size), chunksize=1):
            yield from outcomes
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
