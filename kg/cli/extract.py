"""``kg extract`` (articles → validated graph file) and ``kg stats``."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import click

from kg.cli.errors import fail, handle_errors


def parse_models(values: tuple[str, ...]) -> dict[str, str]:
    """``("es=es_core_news_md",)`` → ``{"es": "es_core_news_md"}``."""
    models = {}
    for value in values:
        lang, sep, name = value.partition("=")
        if not sep or not lang or not name:
            raise click.BadParameter(f"{value!r}: expected LANG=PIPELINE, e.g. es=es_core_news_sm")
        models[lang.strip().lower()] = name.strip()
    return models


def parse_run_time(value: str | None) -> dt.datetime | None:
    """``--run-time`` (ISO 8601) or ``SOURCE_DATE_EPOCH`` (seconds), for reproducible output."""
    if value:
        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as err:
            raise click.BadParameter(f"{value!r} is not an ISO 8601 date-time") from err
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        except ValueError as err:
            raise click.BadParameter(
                f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds"
            ) from err
    return None


class Progress:
    """A progress bar on a terminal; plain periodic lines otherwise; silent with --quiet."""

    def __init__(self, total: int, *, quiet: bool, label: str = "articles") -> None:
        self.total = total
        self.quiet = quiet
        self.label = label
        self.done = 0
        self.started = time.monotonic()
        self.last_line = self.started
        self._bar: Any = None
        self._task: Any = None
        if not quiet and sys.stderr.isatty():
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f}/s"),
                TimeRemainingColumn(),
                transient=True,
            )

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=self.total, rate=0.0)
        return self

    def reach(self, done: int) -> None:
        """Advance to ``done`` items in all (for callbacks that report a running total)."""
        self.advance(done - self.done)

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        rate = self.done / max(now - self.started, 1e-9)
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, advance=n, rate=rate)
        elif not self.quiet and (now - self.last_line >= 10 or self.done == self.total):
            self.last_line = now
            click.echo(f"{self.done}/{self.total} {self.label} ({rate:.1f}/s)", err=True)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()


@contextlib.contextmanager
def remembered_interrupts() -> Iterator[Callable[[], bool]]:
    """Ctrl-C raises ``KeyboardInterrupt`` as usual and is also remembered; the block
    gets a function saying whether one came.

    Python raises the interrupt in whatever code the main thread runs when the signal
    arrives; inside a finaliser or a compiled callback (spaCy's, thinc's) it is
    reported as "Exception ignored" and lost. A caller that asks after each article
    stops the run anyway. Where Ctrl-C is ignored (a job started with ``nohup``) or
    outside the main thread, nothing changes.
    """
    seen = threading.Event()
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or previous == signal.SIG_IGN:
        yield seen.is_set
        return

    def interrupt(signum: int, frame: object) -> None:
        seen.set()
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupt)
    try:
        yield seen.is_set
    finally:
        signal.signal(signal.SIGINT, previous)


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Graph file to write (format from the extension: .ttl .nt .trig .nq .jsonld).",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["turtle", "ntriples", "trig", "nquads", "jsonld"]),
    help="Output format, overriding the extension.",
)
@click.option(
    "--lang", type=click.Choice(["es", "en"]), help="Language of every article (skip detection)."
)
@click.option(
    "--model",
    "models",
    multiple=True,
    metavar="LANG=PIPELINE",
    help="spaCy pipeline for a language, e.g. --model en=en_core_web_sm (repeatable).",
)
@click.option(
    "--run-time",
    metavar="ISO8601",
    help="Time recorded for the run (default: SOURCE_DATE_EPOCH, else now).",
)
@click.option(
    "--keep-going",
    is_flag=True,
    help="Skip bad inputs and articles kg fails on, list them at the end, exit non-zero.",
)
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes; the output is the same bytes whatever the number.",
)
@click.option(
    "--prune",
    is_flag=True,
    help="Drop from the output the articles of earlier runs that are not in INPUTS.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Process every article again, ignoring the graphs kept from earlier runs.",
)
@click.option(
    "--gazetteer",
    "gazetteers",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Your own organisations and aliases (.tsv or .jsonl, see gazetteer/README.md), "
    "read after kg's list and ~/.config/kg/. Repeatable.",
)
@click.option(
    "--inline-context",
    is_flag=True,
    help="JSON-LD: hold kg's @context in the file instead of referring to its URL.",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write a JSON account of the run: the output, and each article or input "
    "left out with the reason (for scripts and shard runners).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary; only problems.")
@click.pass_context
@handle_errors
def extract_command(
    ctx: click.Context,
    inputs: tuple[str, ...],
    output: Path,
    fmt: str | None,
    lang: str | None,
    models: tuple[str, ...],
    run_time: str | None,
    keep_going: bool,
    workers: int,
    prune: bool,
    force: bool,
    gazetteers: tuple[Path, ...],
    inline_context: bool,
    report_path: Path | None,
    quiet: bool,
) -> None:
    """Extract a validated deal graph from news articles.

    INPUTS are .txt files (optional "# key: value" header lines, a blank line, the
    body), .html files, .jsonl corpora (one {"id", "text", ...} object a line),
    folders of those, or - for standard input. Only graphs that conform to the
    SHACL shapes are written: an article whose graph does not (a bug in kg) is left
    out and reported with the rule it broke, the others are written, and the exit
    status is 1. An article over 5 MB of text is refused; a long one is read in
    pieces, with progress. With --keep-going, bad inputs and articles kg fails on
    are skipped and listed too.

    Runs are incremental: a manifest (OUTPUT.manifest.json) and a cache of each
    article's graph (.OUTPUT.cache/) live beside the output, so a re-run processes
    only new and changed articles (--force processes them all again). Articles of
    earlier runs stay in the output unless --prune. An interrupted run leaves the
    previous output as it was; run the same command again to resume.

    Organisations kg should know (names, aliases, Wikidata ids) go in gazetteer
    files: --gazetteer FILE, or *.tsv / *.jsonl files (and given_names*.txt) in
    $XDG_CONFIG_HOME/kg/ (default ~/.config/kg/), read on every run.

    \b
    Examples:
      kg extract examples/ -o out/example.ttl
      kg extract corpus.jsonl -o out/corpus.nq --workers 2 --keep-going
      cat article.txt | kg extract - --lang es -o out/article.ttl
      kg extract examples/ -o out/example.ttl --gazetteer my-companies.tsv --force
    """
    from kg.runtime import (
        fast_thread_switching,
        keep_freed_memory,
        paused_collector,
        started,
    )

    if workers == 1:  # this process starts, then builds a pipeline: a quiet start
        ctx.with_resource(paused_collector())
    from kg.run import Extraction

    keep_freed_memory()  # a long run of batches: freed memory kept for the next batch

    quiet = quiet or bool(ctx.find_root().obj and ctx.find_root().obj.get("quiet"))
    extraction = Extraction.prepare(
        inputs,
        output,
        fmt=fmt,
        lang=lang,
        models=parse_models(models),
        run_time=parse_run_time(run_time),
        workers=workers,
        keep_going=keep_going,
        prune=prune,
        force=force,
        gazetteers=gazetteers,
        inline_context=inline_context,
        stdin=sys.stdin.buffer,
    )
    todo = len(extraction.todo)
    # One process reads and builds graphs in two threads: let them take turns often.
    switching = fast_thread_switching() if workers == 1 else contextlib.nullcontext()
    try:
        with Progress(todo, quiet=quiet) as progress, switching, remembered_interrupts() as seen:
            for _ in extraction.results():
                progress.advance()
                if seen():  # an interrupt something swallowed: stop all the same
                    raise KeyboardInterrupt
        started()  # (when no pipeline was needed: every article cached)
    except KeyboardInterrupt:
        fail(
            f"interrupted after {extraction.processed} of {todo} articles; {output} and its "
            "manifest are unchanged; run the same command again to resume (finished "
            "articles are kept)",
            130,
        )
    summary = extraction.finish(report=report_path)
    written = summary.written
    if written is not None and not quiet:
        pruned = f", {summary.pruned} pruned (no longer in the input)" if summary.pruned else ""
        click.echo(
            f"wrote {written.path} ({written.format}): {written.graphs} "
            f"article{'' if written.graphs == 1 else 's'} "
            f"({summary.processed} processed, {summary.unchanged} unchanged{pruned}), "
            f"{written.triples} triples",
            err=True,
        )
    invalid, failed = summary.invalid, summary.failed
    if invalid:
        for _, err in invalid:
            click.echo(err.report or str(err), err=True)
    if failed:
        fail(
            f"{len(failed)} article(s) left out because kg failed on them (listed above; "
            f"a bug in kg, please report it): {_ids(e.article.id for e in failed)}",
            3,
        )
    if invalid:
        fail(
            f"{len(invalid)} article(s) left out because kg's graph of them broke its own "
            f"shapes (reported above; a bug in kg, please report it): "
            f"{_ids(article_id for article_id, _ in invalid)}",
            1,
        )
    if summary.problems:
        fail(f"{len(summary.problems)} bad input(s) skipped (listed above)", 2)


def _ids(ids: Iterable[str]) -> str:
    listed = [str(i) for i in ids]
    shown = ", ".join(listed[:10])
    return shown + (f" and {len(listed) - 10} more" if len(listed) > 10 else "")


@click.command("stats")
@click.argument(
    "graphs", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path)
)
@handle_errors
def stats_command(graphs: tuple[Path, ...]) -> None:
    """Count what graph files hold: articles, organisations, people, amounts, deals.

    Every count is of distinct things in the merge of the files' graphs: a triple
    that two article graphs share counts once ("kg load" sums over the article
    graphs, so it reports more).

    \b
    Example:
      kg stats out/example.ttl
    """
    from kg.query import graph_stats

    counts = graph_stats(graphs)
    width = max(len(k) for k in counts)
    for label, n in counts.items():
        click.echo(f"{label:<{width}}  {n}")


__all__ = ["extract_command", "stats_command"]
