"""``kg query``, ``kg load``, ``kg serve``, ``kg publish``: SPARQL for users."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import click
from rich.console import Console

from kg.cli.errors import handle_errors
from kg.cli.table import cut, fit, table
from kg.errors import InputError, StoreError, no_such_file
from kg.publish.endpoint import publish
from kg.query import (
    CannedQuery,
    QueryResult,
    adhoc_query,
    list_queries,
    run_canned,
    term_text,
)
from kg.server import StopRequest, serve, stop, stop_on_signals, wait_until_ready
from kg.store import load

_GRAPH_FILES = click.Path(dir_okay=False, path_type=Path)
_STORE_DIR = click.Path(file_okay=False, path_type=Path)


def _existing(paths: tuple[Path, ...]) -> list[Path]:
    """The graph files, each checked to exist (with the wording every command uses)."""
    for path in paths:
        if not path.exists():
            raise no_such_file(path)
    return list(paths)


def _params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise InputError(f"--param {item!r}: write it as NAME=VALUE, e.g. --param org=OpenAI")
        params[name.strip()] = value
    return params


@click.command("query")
@click.argument("graphs", nargs=-1, type=_GRAPH_FILES, metavar="GRAPH...")
@click.option("-q", "--query", "sparql", metavar="SPARQL", help="The SPARQL query text.")
@click.option(
    "-f", "--file", "query_file", type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE.rq", help="A file holding the SPARQL query.",
)
@click.option("-n", "--name", metavar="NAME", help="A canned query from queries/ (see --list).")
@click.option(
    "-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
    help="A parameter of the query, bound as an RDF term. Repeatable.",
)
@click.option("--store", "store_dir", type=_STORE_DIR, help="Query a store made by `kg load`.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
    show_default=True, help="table for people; csv, tsv or json (SPARQL results) for tools.",
)
@click.option(
    "--wide", is_flag=True,
    help="Table: every column, nothing cut, whatever the terminal's width.",
)
@click.option("--list", "list_only", is_flag=True, help="List the canned queries and exit.")
@handle_errors
def query_command(
    graphs: tuple[Path, ...],
    sparql: str | None,
    query_file: Path | None,
    name: str | None,
    params: tuple[str, ...],
    store_dir: Path | None,
    fmt: str,
    wide: bool,
    list_only: bool,
) -> None:
    """Run a SPARQL query over graph files or a store.

    GRAPH files are read by extension (.ttl .nt .nq .trig .jsonld); the query sees
    the union of all their graphs, with kg's prefixes (deal:, schema:, orgid:,
    dealid:, ...) predeclared. Give the query with -q, -f or --name. SELECT prints
    rows, ASK prints true or false, CONSTRUCT prints Turtle.

    On a terminal the table fits its width: words are never broken, long text is
    cut with "…", amounts are shown as one column, and columns that do not fit are
    named under the table. --wide shows everything; --format csv, tsv or json give
    every value in full for other tools.

    Exit status: 0 done, 2 bad query or input (a syntax error gives its line and
    column), 3 the store cannot be opened.

    \b
    Examples:
      kg query out/example.ttl --name deals
      kg query out/example.ttl --name investors-of --param org="Lumen Sensors" --format csv
      kg query out/example.ttl -q 'SELECT ?n WHERE { ?o a schema:Person ; schema:name ?n }'
      kg query --store store/ -f my-query.rq --format json
      kg query --list
    """
    if list_only:
        _print_list(list_queries())
        return
    given = [x for x in (sparql, query_file, name) if x is not None]
    if len(given) != 1:
        raise click.UsageError("give exactly one of -q SPARQL, -f FILE.rq or --name NAME")
    if not graphs and store_dir is None:
        raise click.UsageError("give GRAPH files to query, or --store DIR")
    values = _params(params)
    files = _existing(graphs)
    target: str | Path | CannedQuery = (
        adhoc_query(sparql) if sparql is not None
        else query_file if query_file is not None
        else str(name)
    )
    result = run_canned(target, values, files=files, store_dir=store_dir)
    _print_result(result, fmt, wide)


def _print_list(queries: list[CannedQuery]) -> None:
    for query in queries:
        click.echo(f"{query.name}: {query.title}")
        if query.description:
            click.echo(f"    {query.description}")
        for param in query.params:
            flag = "optional" if param.optional else "required"
            click.echo(f"    --param {param.name}=...  ({param.kind}, {flag}) {param.description}")
        click.echo()


def _print_result(result: QueryResult, fmt: str, wide: bool = False) -> None:
    sys.stdout.flush()
    out = sys.stdout.buffer
    if result.kind == "ask" and fmt == "table":
        click.echo("true" if result.boolean else "false")
    elif result.kind == "construct":
        result.write(out, "turtle")
        out.flush()
    elif fmt == "table":
        _print_table(result, wide)
    else:
        result.write(out, fmt)
        out.flush()


def _print_table(result: QueryResult, wide: bool) -> None:
    # Rich needs every row to size the columns: the table is for people reading a
    # screenful; tools should use --format csv/tsv/json, which stream.
    headers = list(result.variables)
    rows = [[term_text(term) for term in row] for row in result.rows()]
    headers, rows = _merge_amounts(headers, rows)
    # On a terminal (or with COLUMNS set) the table fits its width; piped, or with
    # --wide, nothing is cut.
    width = None
    if not wide and (sys.stdout.isatty() or os.environ.get("COLUMNS", "").isdigit()):
        width = shutil.get_terminal_size().columns
    console = Console(file=sys.stdout, width=width or 100_000, soft_wrap=False)
    if width is None:
        grid = table(headers)
        for row in rows:
            grid.add_row(*row)
        console.print(grid)
    else:
        layout = fit(headers, rows, width)
        grid = table(headers, layout)
        for row in rows:
            cells = [row[i] for i in layout.columns]
            grid.add_row(*(
                cut(cell, w) if is_text else cell
                for cell, w, is_text in zip(cells, layout.widths, layout.cut, strict=True)
            ))
        console.print(grid)
        if layout.dropped:
            console.print(
                f"not shown: {', '.join(layout.dropped)} (no room; see --wide or --format csv)"
            )
    count = len(rows)
    console.print(f"{count} row{'' if count == 1 else 's'}")


# Money as kg writes it: an exact schema:value or bounds, and a currency.
_AMOUNT_PARTS = ("value", "minValue", "maxValue", "currency")


def _merge_amounts(
    headers: list[str], rows: list[list[str]]
) -> tuple[list[str], list[list[str]]]:
    """Show value / minValue / maxValue / currency columns as one ``amount`` column
    ("≥ 6,500,000,000 USD"): in a table people read an amount, not four cells."""
    if "currency" not in headers or not any(h in headers for h in _AMOUNT_PARTS[:3]):
        return headers, rows
    index = {h: headers.index(h) for h in _AMOUNT_PARTS if h in headers}
    first = min(index.values())
    merged_headers = [h for h in headers if h not in index]
    merged_headers.insert(first, "amount")
    merged_rows = []
    for row in rows:
        part = {h: row[i] for h, i in index.items()}
        kept = [cell for i, cell in enumerate(row) if i not in index.values()]
        kept.insert(first, _amount_text(part))
        merged_rows.append(kept)
    return merged_headers, merged_rows


def _amount_text(part: dict[str, str]) -> str:
    """'2,400,000,000 USD', '≥ 6,500,000,000 USD', '1,000–2,000 EUR', or ''."""
    value, low, high = part.get("value", ""), part.get("minValue", ""), part.get("maxValue", "")
    currency = part.get("currency", "")
    if value:
        text = _number(value)
    elif low and high:
        text = f"{_number(low)}–{_number(high)}"
    elif low:
        text = f"≥ {_number(low)}"
    elif high:
        text = f"≤ {_number(high)}"
    else:
        return ""
    return f"{text} {currency}".strip()


def _number(text: str) -> str:
    """Digits grouped by thousands, decimals kept as written: 6500000000.5 → 6,500,000,000.5."""
    whole, dot, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("+-")
    if not digits.isdigit():
        return text
    return f"{sign}{int(digits):,}{dot}{fraction}"


@click.command("load")
@click.argument("graphs", nargs=-1, required=True, type=_GRAPH_FILES, metavar="GRAPH...")
@click.option("--store", "store_dir", type=_STORE_DIR, required=True, help="The store folder.")
@handle_errors
def load_command(graphs: tuple[Path, ...], store_dir: Path) -> None:
    """Load graph files into a persistent Oxigraph store, one named graph per article.

    Loading an article again replaces its graph, so the store never holds two copies.
    Turtle, N-Triples and JSON-LD files are split per article; TriG and N-Quads keep
    their named graphs. Stop `kg serve --writable` on the same store first: one
    writer at a time. A read-only `kg serve` on the store keeps serving what it
    had: restart it to serve the new graphs (kg load says so).

    Exit status: 0 loaded, 2 bad input file, 3 the store cannot be opened.

    \b
    Example:
      kg load out/example.ttl --store store/
    """
    summary = load(_existing(graphs), store_dir)
    # Summed over the article graphs: a triple two articles share (an organisation's
    # name) counts in each, so this is more than the distinct triples kg stats counts.
    click.echo(
        f"loaded {summary.graphs} article graph{'' if summary.graphs == 1 else 's'} "
        f"({summary.triples} triples, summed over the article graphs) into {store_dir}"
        + (f"; {summary.default_triples} triples of no article into the default graph"
           if summary.default_triples else "")
    )
    for server in summary.stale_servers:
        click.echo(
            f"warning: {server} has this store open read-only and does not see the new "
            "graphs: restart it to serve them",
            err=True,
        )


@click.command("serve")
@click.option("--store", "store_dir", type=_STORE_DIR, required=True, help="The store folder.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option("--writable", is_flag=True, help="Accept SPARQL Update and Graph Store writes.")
@click.option(
    "--pages-port", type=click.IntRange(0, 65535), default=None,
    help="Port of the deal explorer pages [default: --port + 1, or any free one; 0: none].",
)
@click.option("--lang", type=click.Choice(["en", "es"]), default="en", show_default=True,
              help="Language of the deal explorer pages.")
@handle_errors
def serve_command(
    store_dir: Path, host: str, port: int, writable: bool, pages_port: int | None, lang: str
) -> None:
    """Serve a store as a SPARQL 1.1 endpoint, with a query page, until Ctrl-C.

    Uses the `oxigraph` server (`pip install oxigraph`). Read-only unless
    --writable; listens on loopback unless --host says otherwise. Queries see the
    union of the article graphs. Beside it, on --pages-port, the deal explorer
    (the pages of `kg report`, live from the store) and a query page with kg's
    prefixes and canned queries.

    Exit status: 0 stopped by Ctrl-C (or SIGTERM, SIGHUP), 2 no store, 3 the server
    cannot start. The server never outlives kg serve.

    \b
    Example:
      kg load out/example.ttl --store store/
      kg serve --store store/ --port 7878
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:7878/query
    """
    with stop_on_signals() as stopping:  # Ctrl-C, SIGTERM and SIGHUP stop the server
        _serve(store_dir, host, port, writable, pages_port, lang, stopping)


def _serve(
    store_dir: Path,
    host: str,
    port: int,
    writable: bool,
    pages_port: int | None,
    lang: str,
    stopping: StopRequest,
) -> None:
    process = serve(store_dir, host=host, port=port, writable=writable)
    pages = None
    try:
        wait_until_ready(process, host, port)
        base = f"http://{host}:{port}"
        click.echo(f"query page:      {base}/")
        click.echo(f"SPARQL endpoint: {base}/query")
        if writable:
            click.echo(f"SPARQL update:   {base}/update")
            click.echo(f"graph store:     {base}/store")
        if pages_port != 0 and not stopping:
            from kg.report.server import start_pages  # jinja2 and babel: only when served

            pages = start_pages(f"{base}/query", host, pages_port, (port + 1) % 65536, lang,
                                writable=writable)
            click.echo(f"deal explorer:   {pages.url}")
        click.echo("read-write" if writable else "read-only; press Ctrl-C to stop")
        while not stopping:
            code = process.poll()
            if code is not None:
                message = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
                raise StoreError(f"the oxigraph server stopped (exit {code}): {message.strip()}")
            time.sleep(0.2)  # the stop request is looked at five times a second
        click.echo("stopping the server", err=True)
    finally:
        if pages is not None:
            pages.stop()
        stop(process)


@click.command("publish")
@click.argument("graphs", nargs=-1, required=True, type=_GRAPH_FILES, metavar="GRAPH...")
@click.option("--endpoint", metavar="URL", help="Graph Store Protocol URL, e.g. http://host:7878/store.")
@click.option("--update-endpoint", metavar="URL", help="Use SPARQL Update at this URL instead.")
@handle_errors
def publish_command(
    graphs: tuple[Path, ...], endpoint: str | None, update_endpoint: str | None
) -> None:
    """Push graph files to a SPARQL 1.1 store, one named graph per article.

    Each article's graph is replaced (Graph Store Protocol PUT, or SPARQL Update
    DROP + INSERT DATA with --update-endpoint), so publishing again never
    duplicates. Credentials come from the environment only: KG_ENDPOINT_USER and
    KG_ENDPOINT_PASSWORD (basic auth) or KG_ENDPOINT_TOKEN (bearer). Transient
    failures are retried with back-off.

    Exit status: 0 published, 2 bad input, 3 the store refused or is unreachable.

    \b
    Examples:
      kg publish out/example.ttl --endpoint http://127.0.0.1:7878/store
      KG_ENDPOINT_TOKEN=... kg publish out/*.trig --update-endpoint https://sparql.example.org/update
    """
    if endpoint is None and update_endpoint is None:
        raise click.UsageError("give --endpoint URL or --update-endpoint URL")
    summary = publish(_existing(graphs), endpoint, update_endpoint=update_endpoint)
    click.echo(
        f"published {summary.graphs} article graph{'' if summary.graphs == 1 else 's'} "
        f"({summary.triples} triples) to {summary.endpoint}"
        + (f"; {summary.default_triples} triples of no article added to the default graph"
           if summary.default_triples else "")
    )


__all__ = ["load_command", "publish_command", "query_command", "serve_command"]
