"""kg's command line: parses arguments, calls the stages, maps errors to exit codes.

Exit codes: 0 success, 1 validation failed, 2 usage or input error, 3 internal or
environment error (a model missing, a broken shapes file, a store unreachable).
Subcommands are imported only when used, so ``kg --help`` starts fast.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import Any

import click

from kg import __version__

# command name → (module, attribute); loaded lazily.
COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("kg.cli.extract", "extract_command"),
    "validate": ("kg.cli.validate", "validate_command"),
    "query": ("kg.cli.query", "query_command"),
    "load": ("kg.cli.query", "load_command"),
    "serve": ("kg.cli.query", "serve_command"),
    "publish": ("kg.cli.query", "publish_command"),
    "stats": ("kg.cli.extract", "stats_command"),
    "eval": ("kg.cli.eval", "eval_command"),
    "explain": ("kg.cli.explain", "explain_command"),
    "report": ("kg.cli.report", "report_command"),
}

# command name → the first sentence of its help, for `kg --help`: reading it from the
# command would import every command's module, spaCy and pyshacl among them.
# tests/test_cli.py checks that each matches its command's own help.
SUMMARIES: dict[str, str] = {
    "eval": "Measure kg's extraction: against gold articles, SENTiVENT events or CoNLL NER.",
    "explain": "Show, for each article, every deal with the rules that made it and its "
    "sentences, then the organisations and people with the cues that typed them, and the "
    "amounts.",
    "extract": "Extract a validated deal graph from news articles.",
    "load": "Load graph files into a persistent Oxigraph store, one named graph per article.",
    "publish": "Push graph files to a SPARQL 1.1 store, one named graph per article.",
    "query": "Run a SPARQL query over graph files or a store.",
    "report": "Write the deal explorer: pages a business reader can use, from graph files.",
    "serve": "Serve a store as a SPARQL 1.1 endpoint, with a query page, until Ctrl-C.",
    "stats": "Count what graph files hold: articles, organisations, people, amounts, deals.",
    "validate": "Check graph files against kg's SHACL shapes.",
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name]
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(map(len, names), default=0)
        rows = []
        for name in names:
            summary = SUMMARIES.get(name)
            # A stand-in with the summary as its help shortens it as the command would.
            command = (
                click.Command(name, help=summary) if summary else self.get_command(ctx, name)
            )
            rows.append((name, command.get_short_help_str(limit) if command is not None else ""))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


class _StderrFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage()}"


def _configure_logging(quiet: bool, debug: bool) -> None:
    logger = logging.getLogger("kg")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_StderrFormatter())
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.ERROR if quiet else logging.INFO)
    logger.propagate = False


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug messages.")
@click.option("-q", "--quiet", is_flag=True, help="Only print errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool, quiet: bool) -> None:
    """kg: a knowledge graph of business deals, from news articles in Spanish and English.

    \b
    Examples:
      kg extract examples/ -o out/example.ttl
      kg validate out/example.ttl
      kg query out/example.ttl --name deals
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    ctx.obj["quiet"] = quiet
    _configure_logging(quiet, debug)


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the ``kg`` script and ``python -m kg``."""
    from kg.runtime import no_collection_at_exit

    no_collection_at_exit()  # the process ends with the command
    try:
        return cli.main(args=argv, prog_name="kg")
    except KeyboardInterrupt:
        # Ctrl-C before a command took charge (while starting up): nothing was written.
        click.echo("error: interrupted; nothing was written", err=True)
        sys.exit(130)


__all__ = ["cli", "main"]
