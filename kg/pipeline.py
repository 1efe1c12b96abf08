"""Joins the stages for a stream of articles: nlp → extract → graph → validate.

Articles are parsed with ``nlp.pipe`` in batches, one pipeline per language (built
once by ``Pipelines``), and each article's graph is validated on its own as it is
built, so the cost of the SHACL gate grows linearly with the corpus.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from rdflib import Graph

from kg import __version__, iri
from kg.errors import ValidationFailed
from kg.extract import article_doc, extract
from kg.facts import Article, Facts
from kg.graph import RunInfo, build_graph, new_graph
from kg.nlp import DEFAULT_MODELS, Pipelines, pipeline_id

SkipHandler = Callable[[Article, str], None]
InvalidHandler = Callable[[Article, ValidationFailed], None]


@dataclass(frozen=True)
class ArticleResult:
    """One article's facts and its graph (validated when shapes were given), and the
    graph as canonical N-Quads in the article's named graph when asked for."""

    article: Article
    facts: Facts
    graph: Graph
    nquads: bytes | None = None


def make_run(run_time: dt.datetime | None = None) -> RunInfo:
    """The run description; ``run_time`` fixed for reproducible output."""
    started = run_time or dt.datetime.now(dt.UTC).replace(microsecond=0)
    return RunInfo(started=started, software_version=__version__)


def process(
    articles: Iterable[Article],
    pipelines: Pipelines,
    *,
    run: RunInfo,
    shapes: Graph | None = None,
    on_skip: SkipHandler | None = None,
    on_invalid: InvalidHandler | None = None,
    batch_size: int = 32,
    overlap: bool = False,
    nquads: bool = False,
) -> Iterator[ArticleResult]:
    """Yield each article's result, in input order.

    An article in a language with no configured pipeline is passed to ``on_skip``
    with the reason and left out. With ``shapes``, a graph that violates them
    raises ``ValidationFailed`` naming the article, or, with ``on_invalid``, is
    passed to it and left out. The handlers run in the calling thread. With
    ``nquads``, each result also holds its graph written as N-Quads.

    With ``overlap``, a batch's graphs are built and validated in a second thread
    while the next batch is parsed: spaCy spends much of its time in matrix products
    that release the GIL, and the graph stages fill that time. Results and handlers
    come in the same order either way.
    """
    from kg.publish.files import nquads as to_nquads
    from kg.validate import check  # pyshacl is heavy: only import it when validating

    def finish(parsed: list[tuple[Article, Facts]]) -> list[ArticleResult | _Refused]:
        done: list[ArticleResult | _Refused] = []
        for article, facts in parsed:
            graph = build_graph(facts, run)
            if shapes is not None:
                try:
                    check(graph, shapes)
                except ValidationFailed as err:
                    done.append(_Refused(article, err))
                    continue
            data = to_nquads(graph, iri.article_iri(article.id)) if nquads else None
            done.append(ArticleResult(article, facts, graph, data))
        return done

    def deliver(done: list[ArticleResult | _Refused]) -> Iterator[ArticleResult]:
        for result in done:
            if isinstance(result, ArticleResult):
                yield result
            elif on_invalid is None:
                raise result.error
            else:
                on_invalid(result.article, result.error)

    batches = _parse(articles, pipelines, on_skip, batch_size)
    if not overlap:
        for parsed in batches:
            yield from deliver(finish(parsed))
        return
    # spaCy takes the GIL back after each matrix product; at the default switch
    # interval (5 ms) it would wait for the graph thread that long each time, which
    # undoes the overlap. Restored when the stream ends.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, _SWITCH_INTERVAL))
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-graphs") as graphs:
            pending: Future[list[ArticleResult | _Refused]] | None = None
            for parsed in batches:
                following = graphs.submit(finish, parsed)
                if pending is not None:
                    yield from deliver(pending.result())
                pending = following
            if pending is not None:
                yield from deliver(pending.result())
    finally:
        sys.setswitchinterval(interval)


# Seconds; measured on the corpus benchmark: 0.1 ms overlaps as well as 0.05 ms, and
# 0.2 ms half as well.
_SWITCH_INTERVAL = 0.0001


@dataclass(frozen=True)
class _Refused:
    """An article whose graph did not conform."""

    article: Article
    error: ValidationFailed


def _parse(
    articles: Iterable[Article],
    pipelines: Pipelines,
    on_skip: SkipHandler | None,
    batch_size: int,
) -> Iterator[list[tuple[Article, Facts]]]:
    """Batches of (article, facts), each batch in input order; spaCy's part of the work."""
    languages = set(DEFAULT_MODELS) | set(pipelines.models)
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, batch_size)):
        by_lang: dict[str, list[int]] = {}
        for index, article in enumerate(batch):
            if article.lang in languages:
                by_lang.setdefault(article.lang, []).append(index)
            elif on_skip is not None:
                on_skip(article, _skip_reason(article, languages))
        parsed: dict[int, Facts] = {}
        for lang, indexes in sorted(by_lang.items()):
            nlp = pipelines.get(lang)
            pid = pipeline_id(nlp)
            # The memory zone frees the strings spaCy interns for these docs once they
            # are facts (plain Python), so memory does not grow with the corpus.
            with nlp.memory_zone():
                docs = nlp.pipe(article_doc(nlp, batch[i]) for i in indexes)
                for index, doc in zip(indexes, docs, strict=True):
                    parsed[index] = extract(doc, batch[index], pid)
        yield [(batch[index], parsed[index]) for index in sorted(parsed)]


def _skip_reason(article: Article, languages: set[str]) -> str:
    known = ", ".join(sorted(languages))
    return (
        f"article {article.id!r} ({article.source or 'input'}) is in language "
        f"{article.lang!r}; kg reads {known}: skipped (use --lang or --model LANG=PIPELINE)"
    )


def extract_corpus(
    articles: Iterable[Article],
    pipelines: Pipelines,
    *,
    run_time: dt.datetime | None = None,
    validate: bool = False,
    on_skip: SkipHandler | None = None,
) -> Graph:
    """The union graph of all articles (convenient for evaluation and small corpora)."""
    shapes = None
    if validate:
        from kg.validate import load_shapes

        shapes = load_shapes()
    union = new_graph()
    for result in process(
        articles, pipelines, run=make_run(run_time), shapes=shapes, on_skip=on_skip
    ):
        for triple in result.graph:
            union.add(triple)
    return union
