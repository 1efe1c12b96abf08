"""Joins the stages for a stream of articles: nlp → extract → graph → validate.

Articles are parsed with ``nlp.pipe`` in batches, one pipeline per language (built
once by ``Pipelines``), and each article's graph is validated on its own as it is
built, so the cost of the SHACL gate grows linearly with the corpus.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace

from rdflib import Graph
from spacy.language import Language

from kg import iri
from kg.consolidate import consolidate, join, shift
from kg.deals import one_deal_per_node
from kg.errors import ArticleFailed, ValidationFailed
from kg.extract import article_doc, extract
from kg.facts import Article, Facts
from kg.graph import RunInfo, build_graph, make_run, new_graph
from kg.nlp import DEFAULT_MODELS, Pipelines, pipeline_id
from kg.runtime import fast_thread_switching, keep_freed_memory, started  # noqa: F401

# make_run (kg.graph), fast_thread_switching and keep_freed_memory (kg.runtime) were defined
# here, and are still found here.

log = logging.getLogger("kg.pipeline")

PERMANENT_WORDS = 20_000
"""Lexemes a pipeline keeps beyond the memory zones (``_read_into``): the words of the
first articles read (about 10 MiB; news needs fewer words than that for most of its
tokens)."""

PIECE_CHARS = 100_000
"""A longer article is read in pieces of at most this many characters, cut at a
paragraph break, else a sentence end, else a space: spaCy's memory and kg's
per-article work stay bounded, so time grows linearly with the article's length."""


@dataclass(frozen=True)
class ArticleResult:
    """What became of one article, the one account of it from ``process`` to
    ``kg.run``: its facts and graph (validated when shapes were given, and as
    canonical N-Quads in the article's named graph when asked for), or why it was
    left out: ``skipped`` (the reason: a language kg does not read), ``invalid``
    (its graph broke the shapes) or ``failed`` (kg broke on it, a bug).

    Results that cross a process boundary (``kg.parallel``) carry the N-Quads only.
    """

    article: Article
    facts: Facts | None = None
    graph: Graph | None = None
    nquads: bytes | None = None
    skipped: str | None = None
    invalid: ValidationFailed | None = None
    failed: ArticleFailed | None = None

    @property
    def ok(self) -> bool:
        """Whether kg made the article's graph."""
        return self.skipped is None and self.invalid is None and self.failed is None

    def check(self) -> ArticleResult:
        """The result itself, or, for an article kg refused or failed on, that error
        raised (``ValidationFailed``, ``ArticleFailed``); a skipped article passes."""
        if self.invalid is not None:
            raise self.invalid
        if self.failed is not None:
            raise self.failed
        return self


def process(
    articles: Iterable[Article],
    pipelines: Pipelines,
    *,
    run: RunInfo,
    shapes: Graph | None = None,
    batch_size: int = 32,
    overlap: bool = False,
    nquads: bool = False,
) -> Iterator[ArticleResult]:
    """Yield each article's ``ArticleResult``, in input order.

    An article in a language with no configured pipeline comes back ``skipped``,
    with the reason. With ``shapes``, a graph that violates them comes back
    ``invalid`` (the ``ValidationFailed`` names the article). An article on which kg
    itself fails (a bug: any exception while reading it or building its graph) comes
    back ``failed`` (an ``ArticleFailed`` naming the article and the cause); the
    other articles of its batch are kept either way. ``result.check()`` raises the
    error of a refused or failed article. With ``nquads``, each result also holds its
    graph written as N-Quads.

    An article longer than ``PIECE_CHARS`` is read in pieces (``split_pieces``),
    its facts joined with offsets into the whole body, and progress logged.

    With ``overlap``, a batch's graphs are built and validated in a second thread
    while the next batch is parsed: spaCy spends much of its time in matrix products
    that release the GIL, and the graph stages fill that time (faster still inside
    ``fast_thread_switching``). Results come in the same order either way.
    """
    from kg.rdfio import nquads as to_nquads

    def finish(parsed: list[tuple[Article, Facts | ArticleFailed | str]]) -> list[ArticleResult]:
        done: list[ArticleResult | None] = [None] * len(parsed)
        built: list[tuple[int, Article, Facts, Graph]] = []
        for index, (article, facts) in enumerate(parsed):
            if isinstance(facts, str):
                done[index] = ArticleResult(article, skipped=facts)
                continue
            if isinstance(facts, ArticleFailed):
                done[index] = ArticleResult(article, failed=facts)
                continue
            try:
                built.append((index, article, facts, build_graph(one_deal_per_node(facts), run)))
            except Exception as err:  # a bug in kg: pinned on its article, not the run
                failed = _failure(article, "building its graph", err)
                done[index] = ArticleResult(article, failed=failed)
        # The batch's graphs validated in one pyshacl run: the SHACL gate's fixed cost is
        # paid once per batch, each graph getting the verdict it would get on its own.
        verdicts = _check([graph for *_, graph in built], shapes)
        for (index, article, facts, graph), verdict in zip(built, verdicts, strict=True):
            if isinstance(verdict, ValidationFailed):
                done[index] = ArticleResult(article, invalid=verdict)
                continue
            try:
                if verdict is not None:
                    raise verdict
                data = to_nquads(graph, iri.article_iri(article.id)) if nquads else None
            except Exception as err:  # a bug in kg: pinned on its article, not the run
                failed = _failure(article, "building its graph", err)
                done[index] = ArticleResult(article, failed=failed)
                continue
            done[index] = ArticleResult(article, facts, graph, data)
        return [result for result in done if result is not None]

    batches = _parse(articles, pipelines, batch_size)
    if not overlap:
        for parsed in batches:
            yield from finish(parsed)
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-graphs") as graphs:
        pending: Future[list[ArticleResult]] | None = None
        for parsed in batches:
            following = graphs.submit(finish, parsed)
            if pending is not None:
                yield from pending.result()
            pending = following
        if pending is not None:
            yield from pending.result()


def _check(graphs: list[Graph], shapes: Graph | None) -> list[ValidationFailed | Exception | None]:
    """Each graph's verdict: None (it conforms, or nothing to check against), the
    ``ValidationFailed`` it earned, or the error kg met on it."""
    if shapes is None or not graphs:
        return [None] * len(graphs)
    from kg.validate import check_many  # pyshacl is heavy: only import it when validating

    try:
        return list(check_many(graphs, shapes))
    except Exception:
        # Something in one graph broke the shared run: each on its own, so that the
        # error is pinned on its article alone.
        verdicts: list[ValidationFailed | Exception | None] = []
        for graph in graphs:
            try:
                verdicts.extend(check_many([graph], shapes))
            except Exception as err:
                verdicts.append(err)
        return verdicts


def _failure(article: Article, stage: str, err: Exception) -> ArticleFailed:
    failed = ArticleFailed(
        article,
        f"article {article.id!r} ({article.source or 'input'}): kg failed while {stage}: "
        f"{type(err).__name__}: {err} (a bug in kg; please report it with this article)",
    )
    failed.__cause__ = err
    return failed


# A paragraph break; a sentence end (a full stop, question or exclamation mark, a
# closing quote or bracket after it) followed by white space; any white space.
_CUTS = (
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"""[.!?…]["'”’»)\]]*\s+"""),
    re.compile(r"\s+"),
)


def split_pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces covering ``text``, each at most ``size``
    characters, cut after a paragraph break where one falls in the second half of
    the piece, else after a sentence end, else after a space (else anywhere).

    >>> split_pieces("One. Two.\n\nThree four.", size=12)
    [(0, 11), (11, 22)]
    >>> split_pieces("short")
    [(0, 5)]
    """
    if size < 2:
        raise ValueError("size must be at least 2")
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        cut = limit
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(text, start + size // 2, limit)]
            if ends and ends[-1] <= limit:
                cut = ends[-1]
                break
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


def _parse(
    articles: Iterable[Article], pipelines: Pipelines, batch_size: int
) -> Iterator[list[tuple[Article, Facts | ArticleFailed | str]]]:
    """Batches of (article, its facts, what failed on it, or why it is skipped),
    each batch in input order; spaCy's part of the work."""
    languages = set(DEFAULT_MODELS) | set(pipelines.models)
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, batch_size)):
        by_lang: dict[str, list[int]] = {}
        parsed: dict[int, Facts | ArticleFailed | str] = {}
        for index, article in enumerate(batch):
            if article.lang in languages:
                by_lang.setdefault(article.lang, []).append(index)
            else:
                parsed[index] = _skip_reason(article, languages)
        for lang, indexes in sorted(by_lang.items()):
            nlp = pipelines.get(lang)
            started()  # a pipeline built: the end of a paused collector's start-up
            found = _read(nlp, [batch[i] for i in indexes])
            parsed.update(zip(indexes, found, strict=True))
        yield [(batch[index], parsed[index]) for index in sorted(parsed)]


def _read(nlp: Language, articles: Sequence[Article]) -> list[Facts | ArticleFailed]:
    """Each article's facts, or what failed on it, in order."""
    results: list[Facts | ArticleFailed | None] = [None] * len(articles)
    try:
        _read_into(nlp, articles, range(len(articles)), results)
    except Exception:
        # A component broke on one article in the middle of the batch: read the rest
        # one at a time, so that the error is pinned on its article alone.
        for index in range(len(articles)):
            if results[index] is None:
                try:
                    _read_into(nlp, articles, [index], results)
                except Exception as err:
                    results[index] = _failure(articles[index], "reading it", err)
    return [r if r is not None else _failure(a, "reading it", RuntimeError("no result"))
            for a, r in zip(articles, results, strict=True)]


def _read_into(
    nlp: Language,
    articles: Sequence[Article],
    indexes: Iterable[int],
    results: list[Facts | ArticleFailed | None],
) -> None:
    pid = pipeline_id(nlp)
    # Never more than spaCy takes in one doc (nlp.max_length, 1,000,000 by default).
    size = max(2, min(PIECE_CHARS, nlp.max_length))
    jobs = [
        (i, start, end, _piece(articles[i], start, end))
        for i in indexes
        for start, end in split_pieces(articles[i].text, size)
    ]
    parts: dict[int, list[Facts]] = {}
    # The memory zone frees the strings spaCy interns for these docs once they are
    # facts (plain Python), so memory does not grow with the corpus. But inside a
    # zone spaCy's tokenizer caches no word and makes each word's lexeme anew, zone
    # after zone (about a tenth of the tokenizer's speed): the words of the first
    # articles, up to PERMANENT_WORDS lexemes, are kept for the run instead, so the
    # common words are read once; past that, every batch has its zone.
    zone = nlp.memory_zone() if len(nlp.vocab) >= PERMANENT_WORDS else contextlib.nullcontext()
    with zone:
        docs = nlp.pipe(article_doc(nlp, piece) for *_, piece in jobs)
        for (i, start, end, piece), doc in zip(jobs, docs, strict=True):
            if results[i] is not None:
                continue  # an earlier piece of it failed
            article = articles[i]
            try:
                if piece is article:
                    results[i] = consolidate(extract(doc, article, pid))
                    continue
                parts.setdefault(i, []).append(shift(extract(doc, piece, pid), start))
                log.info(
                    "article %r: %s of %s characters read",
                    article.id, f"{end:,}", f"{len(article.text):,}",
                )
                if end == len(article.text):
                    results[i] = consolidate(join(parts.pop(i), Facts(article)))
            except Exception as err:
                parts.pop(i, None)
                results[i] = _failure(article, "reading it", err)


def _piece(article: Article, start: int, end: int) -> Article:
    """The article itself when the piece is all of it; else the article with the
    piece as its text (its metadata kept: kg_money reads the outlet from the URL)."""
    if start == 0 and end == len(article.text):
        return article
    return replace(article, text=article.text[start:end])


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
    on_facts: Callable[[Facts], None] | None = None,
) -> Graph:
    """The union graph of all articles (convenient for evaluation and small corpora).

    Articles in a language kg does not read are left out; with ``validate``, a graph
    that breaks the shapes raises ``ValidationFailed``; an article kg fails on raises
    ``ArticleFailed``. ``on_facts`` sees each article's facts, as its graph was built
    from them (the rules that made each fact, which the graph does not publish:
    ``kg.provenance``).
    """
    shapes = None
    if validate:
        from kg.validate import load_shapes

        shapes = load_shapes()
    union = new_graph()
    for result in process(articles, pipelines, run=make_run(run_time), shapes=shapes):
        graph = result.check().graph
        if graph is None:  # skipped
            continue
        if on_facts is not None and result.facts is not None:
            on_facts(result.facts)
        for triple in graph:
            union.add(triple)
    return union
