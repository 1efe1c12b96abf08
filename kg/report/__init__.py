"""The deal explorer: a graph's deals as pages a business reader can use.

    report_from_files(paths) → Report       (kg.report.model)
    Site(report, lang).render(path)         one page, by path (kg.report.site)
    write_site(site, out_dir)               the whole static site, atomically
    build_network(report), write_network()  the deal network; GraphML or DOT
    PageServer                              the same pages, live (kg.report.server)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kg.report.model import Report, build_report, graph_store, local_select, ontology_labels
from kg.report.network import build_network, write_network
from kg.report.site import Site, write_site


def report_from_files(files: Sequence[Path]) -> Report:
    """Read graph files (any format kg reads) into a report.

    >>> report_from_files([Path("out/example.ttl")]).deals  # doctest: +SKIP
    """
    return build_report(local_select(graph_store(files)), ontology_labels())


__all__ = [
    "Report",
    "Site",
    "build_network",
    "build_report",
    "report_from_files",
    "write_network",
    "write_site",
]
