"""An incremental extraction run: articles in, one validated graph file out.

This is what ``kg extract`` does, as a library: read the inputs, work out from the
manifest beside the output (``kg.incremental``) which articles are new or changed,
process only those (``kg.parallel``), keep each article's graph in the cache, then
write the output from the cache, and the manifest after it. An interrupted run
leaves the previous output and manifest as they were.

    from kg.run import Extraction
    extraction = Extraction.prepare(["corpus.jsonl"], Path("out/corpus.nq"), keep_going=True)
    for result in extraction.results():   # one ArticleResult per article processed
        ...
    summary = extraction.finish()         # writes the output and the manifest

``extract_to_file`` does the three steps in one call. Every article's result is a
``kg.pipeline.ArticleResult``; the run's account is a ``RunSummary``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from kg import incremental
from kg.errors import ArticleFailed, InputError, ValidationFailed
from kg.facts import Article
from kg.graph import RunInfo, make_run
from kg.incremental import CacheWriter, GraphCache, Manifest, article_key, cache_dir
from kg.ingest import read_articles
from kg.publish.files import WriteSummary, atomic_write, write_article_graphs
from kg.rdfio import output_format
from kg.runtime import import_spacy
from kg.settings import UserLexicon, user_lexicon

if TYPE_CHECKING:
    from kg.pipeline import ArticleResult

# The stages that read articles (kg.parallel, kg.pipeline: spaCy's pipelines, kg's
# rules, pyshacl) are imported only when an article is to be read: a run whose
# articles are all cached writes the output from the cache without them.

log = logging.getLogger("kg.run")


def shape_bug(article_id: str, err: ValidationFailed) -> str:
    """One line: the article, and the rules its graph broke."""
    rules = sorted({
        line.split(":", 1)[1].strip()
        for line in err.report.splitlines()
        if line.startswith("Violation:")
    })
    return (
        f"article {article_id!r} left out: kg's graph of it breaks kg's own shapes "
        f"({'; '.join(rules) or err}); a bug in kg, please report it with the article"
    )


@dataclass(frozen=True)
class RunSummary:
    """The account of one run: what was written (``None`` when nothing was), how many
    articles were processed, kept unchanged from earlier runs and pruned, and what was
    left out: bad inputs (``problems``) and the articles skipped, refused by the
    shapes (``invalid``) or failed on (``failed``)."""

    output: Path
    written: WriteSummary | None
    processed: int
    unchanged: int
    pruned: int
    problems: tuple[str, ...] = ()
    left_out: tuple[ArticleResult, ...] = ()

    @property
    def articles(self) -> int:
        """The articles the output holds."""
        return self.written.graphs if self.written is not None else 0

    @property
    def invalid(self) -> list[tuple[str, ValidationFailed]]:
        return [(r.article.id, r.invalid) for r in self.left_out if r.invalid is not None]

    @property
    def failed(self) -> list[ArticleFailed]:
        return [r.failed for r in self.left_out if r.failed is not None]

    @property
    def skipped(self) -> list[tuple[str, str]]:
        return [(r.article.id, r.skipped) for r in self.left_out if r.skipped is not None]

    def reasons(self) -> list[tuple[str | None, str]]:
        """Each input or article left out, with the reason: ``(None, reason)`` for a
        bad input, ``(article id, reason)`` for an article."""
        reasons: list[tuple[str | None, str]] = [(None, reason) for reason in self.problems]
        reasons += [(i, shape_bug(i, err)) for i, err in self.invalid]
        reasons += [(err.article.id, str(err)) for err in self.failed]
        reasons += [(i, reason) for i, reason in self.skipped]
        return reasons

    def account(self) -> dict[str, object]:
        """The run as JSON-ready data (``kg extract --report``): the output, the
        articles it holds, the articles processed, and each article or input left
        out with the reason (``article`` is ``None`` for a bad input)."""
        return {
            "output": str(self.output) if self.articles else None,
            "articles": self.articles,
            "processed": self.processed,
            "left_out": [{"article": i, "reason": reason} for i, reason in self.reasons()],
        }

    def write_account(self, path: Path) -> None:
        """Write ``account()`` as JSON, atomically."""
        text = json.dumps(self.account(), indent=1, ensure_ascii=False) + "\n"
        atomic_write(path, text.encode("utf-8"))


@dataclass
class Extraction:
    """One incremental run, prepared: the articles, their content keys, the graphs the
    output will hold (``included``: id → key, from this run or kept from earlier
    ones), and the articles to process (``todo``); ``results()`` processes them,
    ``finish()`` writes the output. Made by ``prepare``."""

    inputs: tuple[str, ...]
    output: Path
    format: str
    articles: list[Article]
    todo: list[Article]
    models: dict[str, str]
    run: RunInfo
    lexicon: UserLexicon
    cache: GraphCache
    keys: dict[str, str] = field(repr=False)
    included: dict[str, str] = field(repr=False)
    dropped: list[str] = field(repr=False)  # in the manifest, no longer in the inputs
    workers: int = 1
    keep_going: bool = False
    prune: bool = False
    inline_context: bool = False
    problems: list[str] = field(default_factory=list)
    processed: int = 0
    left_out: list[ArticleResult] = field(default_factory=list)
    _writer: CacheWriter = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._writer = CacheWriter(self.cache)

    @classmethod
    def prepare(
        cls,
        inputs: Sequence[str | Path],
        output: Path,
        *,
        fmt: str | None = None,
        lang: str | None = None,
        models: Mapping[str, str] | None = None,
        run_time: dt.datetime | None = None,
        workers: int = 1,
        keep_going: bool = False,
        prune: bool = False,
        force: bool = False,
        gazetteers: Sequence[Path] = (),
        inline_context: bool = False,
        stdin: BinaryIO | None = None,
    ) -> Extraction:
        """Read the inputs and the manifest of earlier runs; nothing is processed yet.

        ``fmt`` overrides the format ``output``'s extension names (``kg.rdfio``);
        ``models`` maps languages to spaCy pipelines; ``run_time`` fixes the time
        recorded (for reproducible output); ``gazetteers`` are users' name lists. With
        ``keep_going`` a bad input is logged and listed in ``problems`` instead of
        raising ``InputError``. With ``force`` every article is processed again; with
        ``prune`` the articles of earlier runs that are not in ``inputs`` leave the
        output.
        """
        model_map = dict(models or {})
        out_format = output_format(output, fmt).name  # a bad format before any work
        lexicon = user_lexicon(gazetteers)
        run = make_run(run_time)
        problems: list[str] = []

        def bad_input(err: InputError) -> None:
            problems.append(str(err))
            log.warning("%s", err)

        names = tuple(str(i) for i in inputs)
        articles = list(
            read_articles(names, stdin=stdin, lang=lang, on_error=bad_input if keep_going else None)
        )
        if not articles:
            raise InputError(f"{' '.join(names)}: no articles to process")

        manifest = Manifest.load(output)
        cache = GraphCache(cache_dir(output))
        # Users' name lists change the graphs as kg's code does.
        code = incremental.code_fingerprint() + lexicon.fingerprint()
        keys = {article.id: article_key(article, model_map, code) for article in articles}
        included = dict(keys)
        dropped = [article_id for article_id in manifest.articles if article_id not in keys]
        if not prune:
            for article_id in dropped:
                key = manifest.articles[article_id]
                if cache.has(key):
                    included[article_id] = key
        todo = [article for article in articles if force or not cache.has(keys[article.id])]
        return cls(
            inputs=names,
            output=output,
            format=out_format,
            articles=articles,
            todo=todo,
            models=model_map,
            run=run,
            lexicon=lexicon,
            workers=workers,
            keep_going=keep_going,
            prune=prune,
            inline_context=inline_context,
            problems=problems,
            cache=cache,
            keys=keys,
            included=included,
            dropped=dropped,
        )

    def results(self) -> Iterator[ArticleResult]:
        """Process the articles of ``todo``; yield each one's result as it comes.

        An article's graph goes into the cache at once, written beside the work on
        the next articles (an interrupted run resumes from there). One that is
        skipped or refused by the shapes (a bug in kg, never a reason to lose the
        other articles) is logged and left out; one that kg fails on raises
        ``ArticleFailed`` unless ``keep_going``.
        """
        # Graphs are written on a thread of their own; leaving this loop (done,
        # interrupted or failed) waits for those already queued.
        with self._writer:
            yield from self._results()

    def _results(self) -> Iterator[ArticleResult]:
        if not self.todo:
            return
        import_spacy()  # spaCy only now: a run whose articles are all cached never needs it
        from kg.parallel import run_articles

        for result in run_articles(
            self.todo, models=self.models, run=self.run, workers=self.workers,
            lexicon=self.lexicon,
        ):
            article = result.article
            if result.nquads is not None:
                self._writer.put(self.keys[article.id], result.nquads)
                self.processed += 1
            else:
                del self.included[article.id]
                if result.failed is not None and not self.keep_going:
                    raise result.failed
                self.left_out.append(result)
                if result.skipped is not None:
                    log.warning("%s", result.skipped)
                elif result.invalid is not None:
                    log.warning("%s", shape_bug(article.id, result.invalid))
                elif result.failed is not None:
                    log.warning("%s; left out", result.failed)
            yield result

    def finish(self, *, report: Path | None = None) -> RunSummary:
        """Write the output (from the cache, every article sorted by id), then the
        manifest, and drop the cached graphs the output no longer holds; with
        ``report``, write the run's account there too (``RunSummary.write_account``).

        When no article is left to write and none was refused or failed on, raises
        ``InputError`` and writes nothing but the report.
        """
        self._writer.close()  # every graph of this run in the cache
        included = self.included
        written = None
        if included:
            written = write_article_graphs(
                (self.cache.get(included[article_id]) for article_id in sorted(included)),
                self.output,
                self.format,
                inline_context=self.inline_context,
            )
            Manifest(included, self.format).save(self.output)
            self.cache.keep_only(included.values())
        summary = RunSummary(
            output=self.output,
            written=written,
            processed=self.processed,
            unchanged=len(included) - self.processed,
            pruned=len(self.dropped) if self.prune else 0,
            problems=tuple(self.problems),
            left_out=tuple(self.left_out),
        )
        if report is not None:
            summary.write_account(report)
        if not included and not (summary.invalid or summary.failed):
            raise InputError(
                f"{' '.join(self.inputs)}: no article kg can read (see the warnings above); "
                "nothing was written"
            )
        return summary


def extract_to_file(
    inputs: Sequence[str | Path],
    output: Path,
    *,
    report: Path | None = None,
    on_result: Callable[[ArticleResult], None] | None = None,
    **options: Any,
) -> RunSummary:
    """Extract the articles of ``inputs`` into the graph file ``output``, incrementally:
    ``Extraction.prepare`` (``options`` are its keyword arguments), ``results``,
    ``finish``. ``on_result`` sees each article's result as it comes.

    >>> extract_to_file(["examples/"], Path("out/example.ttl"))  # doctest: +SKIP
    RunSummary(output=PosixPath('out/example.ttl'), written=WriteSummary(...), ...)
    """
    extraction = Extraction.prepare(inputs, output, **options)
    for result in extraction.results():
        if on_result is not None:
            on_result(result)
    return extraction.finish(report=report)


def __getattr__(name: str) -> Any:
    if name == "ArticleResult":  # found here as before, imported when asked for
        from kg.pipeline import ArticleResult

        return ArticleResult
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ArticleResult", "Extraction", "RunSummary", "extract_to_file", "shape_bug"]
