"""``kg report``: the deal explorer as a static site, or the deal network as a file."""

from __future__ import annotations

import time
from pathlib import Path

import click

from kg.cli.errors import handle_errors
from kg.report import Site, build_network, report_from_files, write_network, write_site
from kg.report.money import LANGS


@click.command("report")
@click.argument(
    "graphs", nargs=-1, required=True, metavar="GRAPH...",
    type=click.Path(dir_okay=False, path_type=Path),
)
@click.option(
    "-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
    help="The folder to write the site to (created; an earlier report there is replaced).",
)
@click.option(
    "--network-only", "network_file", type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE.graphml|FILE.dot",
    help="Write only the deal network, as GraphML (Gephi, yEd) or DOT (Graphviz).",
)
@click.option(
    "--lang", type=click.Choice(LANGS), default="en", show_default=True,
    help="Language of the pages and locale of the numbers.",
)
@handle_errors
def report_command(
    graphs: tuple[Path, ...], out_dir: Path | None, network_file: Path | None, lang: str
) -> None:
    """Write the deal explorer: pages a business reader can use, from graph files.

    The site opens from disk (file://) with no network: an index of deals that can
    be sorted and filtered by organisation, type, status and year; a page per
    organisation, person and deal (parties in roles, amounts, statuses by article,
    evidence sentences with the words read highlighted); and the deal network.

    Exit status: 0 written, 2 bad input file or output folder.

    \b
    Examples:
      kg report out/example.ttl -o out/report
      kg report out/example.ttl -o out/informe --lang es
      kg report out/example.ttl --network-only out/deals.graphml
      kg report out/example.ttl --network-only out/deals.dot
    """
    if (out_dir is None) == (network_file is None):
        raise click.UsageError("give -o DIR for the site or --network-only FILE, one of the two")
    started = time.monotonic()
    report = report_from_files(list(graphs))
    if network_file is not None:
        network = build_network(report)
        write_network(network, network_file)
        click.echo(
            f"wrote {network_file}: {len(network.nodes)} nodes, "
            f"{sum(1 for e in network.edges if e.kind == 'deal')} deals"
        )
        return
    assert out_dir is not None
    site = Site(report, lang)  # type: ignore[arg-type]  # click.Choice checked it
    files = write_site(site, out_dir)
    click.echo(
        f"wrote {out_dir}/index.html: {len(report.deals)} deals, "
        f"{sum(1 for e in report.entities.values() if e.deals)} parties, "
        f"{len(report.articles)} articles ({files} files, {time.monotonic() - started:.1f}s)"
    )


__all__ = ["report_command"]
