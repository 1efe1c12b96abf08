"""Processing articles in one or several worker processes.

Each worker builds its pipelines and loads the shapes once, then turns batches of
articles into validated graphs, returned as canonical N-Quads in each article's
named graph. Batches come back in input order, so the output is the same bytes
whatever the number of workers.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from typing import Any

from kg.facts import Article
from kg.graph import RunInfo
from kg.nlp import Pipelines
from kg.pipeline import ArticleResult, process
from kg.settings import UserLexicon


class Worker:
    """Pipelines and shapes, built once, and the work on one batch of articles."""

    def __init__(
        self,
        models: Mapping[str, str],
        run: RunInfo,
        validate: bool,
        lexicon: UserLexicon | None = None,
    ) -> None:
        from kg.validate import load_shapes

        self.pipelines = Pipelines(models=dict(models), lexicon=lexicon)
        self.run = run
        self.shapes = load_shapes() if validate else None

    def __call__(self, batch: list[Article]) -> list[ArticleResult]:
        """The results of one batch, in its order."""
        return list(self.stream(batch, batch_size=len(batch)))

    def stream(
        self, articles: Iterable[Article], *, batch_size: int = 32, overlap: bool = False
    ) -> Iterator[ArticleResult]:
        """Every article's result, in input order, with its N-Quads (no facts or
        graph: results may cross a process boundary).

        ``overlap``: build and validate a batch's graphs in a second thread while the
        next batch is parsed (``kg.pipeline.process``).
        """
        # The pipelines and shapes live as long as the run: frozen once built (again
        # when another language's pipeline is), the cyclic garbage collector stops
        # scanning their ~170,000 objects at each full collection. Only when nothing
        # else in the process froze objects; unfrozen when the stream ends.
        freeze = gc.get_freeze_count() == 0
        built = 0
        try:
            for result in process(
                articles,
                self.pipelines,
                run=self.run,
                shapes=self.shapes,
                batch_size=batch_size,
                overlap=overlap,
                nquads=True,
            ):
                if freeze and self.pipelines.built() > built:
                    built = self.pipelines.built()
                    gc.freeze()
                yield replace(result, facts=None, graph=None)
        finally:
            if freeze:
                gc.unfreeze()


# The worker of this process, when it is a pool process (set by _init_worker).
_worker: Worker | None = None


def _init_worker(
    models: Mapping[str, str], run: RunInfo, validate: bool, lexicon: UserLexicon | None
) -> None:
    global _worker
    # Ctrl-C is the parent's to handle: it stops handing out work and says how to
    # resume; workers just finish the batch they hold.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = Worker(models, run, validate, lexicon)


# How many pipelines this pool process had built when it last froze its objects.
_frozen = 0


def _work(batch: list[Article]) -> list[ArticleResult]:
    global _frozen
    assert _worker is not None, "pool process without a worker"
    results = _worker(batch)
    # A pool process lives as long as the run: its pipelines, once built, are frozen
    # for good (see Worker.stream).
    built = _worker.pipelines.built()
    if built > _frozen:
        _frozen = built
        gc.freeze()
    return results


def _batches(
    articles: Iterable[Article], size: int, workers: int = 1
) -> Iterator[list[Article]]:
    """Batches of ``size`` articles, in input order; the last ``2 × workers`` batches'
    worth of articles in batches a quarter that size, so that the workers finish
    together: with whole batches one worker may sit idle for most of a batch while
    the other ends the run (the batches are handed out in order). The input is read
    ahead by that tail only."""
    tail = 2 * workers * size if workers > 1 else 0
    ahead: deque[Article] = deque()
    for article in articles:
        ahead.append(article)
        if len(ahead) == tail + size:
            yield [ahead.popleft() for _ in range(size)]
    small = max(1, size // 4) if tail else size
    while ahead:
        yield [ahead.popleft() for _ in range(min(small, len(ahead)))]


def run_articles(
    articles: Iterable[Article],
    *,
    models: Mapping[str, str],
    run: RunInfo,
    workers: int = 1,
    validate: bool = True,
    batch_size: int = 32,
    lexicon: UserLexicon | None = None,
) -> Iterator[ArticleResult]:
    """Process articles in ``workers`` processes; yield every article's result (its
    N-Quads, or why it was left out), in input order."""
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
        for results in pool.map(_work, _batches(articles, batch_size, workers), chunksize=1):
            yield from results
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
