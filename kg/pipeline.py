"""Joins the stages for a stream of articles: nlp → extract → graph → validate.

Articles are parsed with ``nlp.pipe`` in batches, one pipeline per language (built
once by ``Pipelines``), and each article's graph is validated on its own as it is
built, so the cost of the SHACL gate grows linearly with the corpus.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from rdflib import Graph

from kg import __version__
from kg.errors import ValidationFailed
from kg.extract import extract
from kg.facts import Article, Facts
from kg.graph import RunInfo, build_graph, new_graph
from kg.nlp import DEFAULT_MODELS, Pipelines, pipeline_id

SkipHandler = Callable[[Article, str], None]
InvalidHandler = Callable[[Article, ValidationFailed], None]


@dataclass(frozen=True)
class ArticleResult:
    """One article's facts and its graph (validated when shapes were given)."""

    article: Article
    facts: Facts
    graph: Graph


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
) -> Iterator[ArticleResult]:
    """Yield each article's result, in input order.

    An article in a language with no configured pipeline is passed to ``on_skip``
    with the reason and left out. With ``shapes``, a graph that violates them
    raises ``ValidationFailed`` naming the article, or, with ``on_invalid``, is
    passed to it and left out.
    """
    from kg.validate import check  # pyshacl is heavy: only import it when validating

    languages = set(DEFAULT_MODELS) | set(pipelines.models)
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, batch_size)):
        by_lang: dict[str, list[int]] = {}
        for index, article in enumerate(batch):
            if article.lang in languages:
                by_lang.setdefault(article.lang, []).append(index)
            elif on_skip is not None:
                on_skip(article, _skip_reason(article, languages))
        results: dict[int, ArticleResult] = {}
        for lang, indexes in sorted(by_lang.items()):
            nlp = pipelines.get(lang)
            pid = pipeline_id(nlp)
            # The memory zone frees the strings spaCy interns for these docs once they
            # are facts (plain Python), so memory does not grow with the corpus.
            with nlp.memory_zone():
                docs = nlp.pipe(batch[i].text for i in indexes)
                facts_list = [
                    extract(doc, batch[i], pid) for i, doc in zip(indexes, docs, strict=True)
                ]
            for index, facts in zip(indexes, facts_list, strict=True):
                graph = build_graph(facts, run)
                if shapes is not None:
                    try:
                        check(graph, shapes)
                    except ValidationFailed as err:
                        if on_invalid is None:
                            raise
                        on_invalid(batch[index], err)
                        continue
                results[index] = ArticleResult(batch[index], facts, graph)
        for index in sorted(results):
            yield results[index]


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
