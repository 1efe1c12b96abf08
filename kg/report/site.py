"""The deal explorer's pages, rendered from a ``Report``.

``Site`` renders one page at a time by its path (``index.html``, ``network.html``,
``org/KEY.html``, ``person/KEY.html``, ``deal/KEY.html``, ``data/*.js``,
``assets/*``): ``write_site`` writes them all as a static site that opens from
disk, and ``kg.report.server`` serves them live. Links are relative, data is
loaded with ``<script>`` tags (never ``fetch``, which file:// forbids), and the
network is drawn by Cytoscape.js, vendored in ``assets/`` with its licence.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, select_autoescape

from kg.errors import InputError
from kg.query import list_queries
from kg.report.i18n import TEXT
from kg.report.model import (
    DEAL_TYPES,
    ID_BASE,
    STATUSES,
    Deal,
    Entity,
    Money,
    Report,
    prefix_block,
)
from kg.report.money import Lang, format_bounds, format_count
from kg.report.network import STATUS_STYLES, TYPE_COLOURS, Network, build_network

ASSETS = Path(__file__).resolve().parent / "assets"
TEMPLATES = Path(__file__).resolve().parent / "templates"
MARKER = ".kg-report"  # marks a folder as a report kg may replace

_CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".LICENSE": "text/plain; charset=utf-8",
}


def content_type(path: str) -> str:
    """The Content-Type to serve a page path with."""
    suffix = "." + path.rsplit(".", 1)[-1] if "." in path else ""
    return _CONTENT_TYPES.get(suffix, "application/octet-stream")


def _json(value: Any) -> str:
    # Also inlined in <script> elements: "</" must not close them.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _js_data(name: str, value: Any) -> bytes:
    return f"window.{name} = {_json(value)};\n".encode()


class Site:
    """The pages of one report in one language."""

    def __init__(self, report: Report, lang: Lang = "en", *, live: bool = False) -> None:
        self.report = report
        self.lang: Lang = lang
        self.live = live  # served by `kg serve`: adds the query page
        self.text = TEXT[lang]
        self.env = Environment(
            loader=FileSystemLoader(str(TEMPLATES)),
            autoescape=select_autoescape(["html"]),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.globals.update(
            t=self.text, lang=lang, live=live, label=self.label, money=self.money,
            fmt_date=self.date, entity_href=self.entity_href, deal_href=self.deal_href,
            colours=TYPE_COLOURS, styles=STATUS_STYLES, report=report, count=self.count,
        )

    # --- helpers the templates use -------------------------------------------------

    def label(self, term: str | None) -> str:
        """The ontology's label of a deal type, role or status, capitalised."""
        text = self.report.label(term, self.lang) if term else ""
        return text[:1].upper() + text[1:]

    def money(self, money: Money | None) -> str:
        if money is None:
            return ""
        return format_bounds(money.value, money.minimum, money.maximum, money.currency, self.lang)

    def date(self, iso: str | None) -> str:
        if not iso:
            return ""
        try:
            return format_date(date.fromisoformat(iso[:10]), format="medium", locale=self.lang)
        except ValueError:
            return iso

    def entity_href(self, iri: str, root: str = "../") -> str:
        entity = self.report.entities.get(iri)
        return f"{root}{entity.kind}/{entity.key}.html" if entity else ""

    def deal_href(self, iri: str, root: str = "../") -> str:
        deal = self.report.deals.get(iri)
        return f"{root}deal/{deal.key}.html" if deal else ""

    @cached_property
    def network(self) -> Network:
        return build_network(self.report)

    # --- the pages -----------------------------------------------------------------

    def paths(self) -> Iterator[str]:
        """Every path of the site."""
        yield from ("index.html", "network.html", "data/deals.js", "data/network.js")
        if self.live:
            yield "query.html"
        for entity in self.report.entities.values():
            yield f"{entity.kind}/{entity.key}.html"
        for deal in self.report.deals.values():
            yield f"deal/{deal.key}.html"
        for asset in sorted(ASSETS.iterdir()):
            yield f"assets/{asset.name}"

    def render(self, path: str) -> bytes | None:
        """The bytes of one page, or None if the site has no such path."""
        if path in ("", "index.html"):
            return self._page("index.html", root="")
        if path == "network.html":
            return self._page("network.html", root="", network=self.network)
        if path == "query.html" and self.live:
            return self._query_page()
        if path == "data/deals.js":
            return _js_data("KG_DEALS", self.deal_rows())
        if path == "data/network.js":
            return _js_data("KG_NETWORK", self.network_data())
        folder, _, name = path.partition("/")
        if folder == "assets" and name and "/" not in name:
            asset = ASSETS / name
            return asset.read_bytes() if asset.is_file() else None
        if not name.endswith(".html"):
            return None
        key = name[: -len(".html")]
        if folder == "deal":
            deal = self._deals_by_key.get(key)
            return self._page("deal.html", root="../", deal=deal) if deal else None
        if folder in ("org", "person"):
            entity = self._entities_by_key.get((folder, key))
            return self._page("entity.html", root="../", entity=entity) if entity else None
        return None

    @cached_property
    def _deals_by_key(self) -> dict[str, Deal]:
        return {d.key: d for d in self.report.deals.values()}

    @cached_property
    def _entities_by_key(self) -> dict[tuple[str, str], Entity]:
        return {(e.kind, e.key): e for e in self.report.entities.values()}

    def _query_page(self) -> bytes:
        queries = [
            {"name": q.name, "title": q.title, "description": q.description, "text": q.text}
            for q in list_queries()
        ]
        text = {"rows": self.text["rows"], "idBase": ID_BASE}
        return self._page(
            "query.html", root="", queries=queries, prefixes=prefix_block(),
            queries_json=_json(queries), text_json=_json(text),
        )

    def _page(self, template: str, root: str, **context: Any) -> bytes:
        page = self.env.get_template(template)
        return page.render(root=root, **context).encode("utf-8")

    # --- data for the scripts ------------------------------------------------------

    def deal_rows(self) -> dict[str, Any]:
        """The index's data: one row per deal, and the labels the filters show."""
        report = self.report
        rows = []
        for deal in report.deals.values():
            first = report.articles.get(deal.articles[0]) if deal.articles else None
            day = report.deal_date(deal)
            status = report.current_status(deal)
            rows.append({
                "k": deal.key,
                "t": deal.type,
                "p": [[self.label(role) if role != "party" else self.text["party"],
                       report.entities[p].name, report.entities[p].kind, report.entities[p].key]
                      for role, p in deal.parties if p in report.entities],
                "a": self.money(deal.amount),
                "v": float(deal.amount.magnitude) if deal.amount else None,
                "c": deal.amount.currency if deal.amount else None,
                "s": status,
                "d": day,
                "df": self.date(day),
                "y": day[:4] if day else None,
                "ar": (first.headline or first.identifier) if first else None,
                "u": first.url if first else None,
            })
        return {
            "rows": rows,
            "types": {t: self.label(t) for t in DEAL_TYPES},
            "statuses": {s: self.label(s) for s in STATUSES},
            "text": {k: self.text[k] for k in ("shown", "no_deals", "party")},
            "lang": self.lang,
        }

    def network_data(self) -> dict[str, Any]:
        """The network page's data: every node and edge; the page shows the top N."""
        network = self.network
        nodes = [{
            "id": node.key if node.kind == "org" else f"person:{node.key}",
            "label": node.label,
            "kind": node.kind,
            "money": float(node.money),
            "moneyText": format_bounds(node.money, None, None, None, self.lang)
            if node.money else "",
            "degree": node.degree,
            "href": f"{node.kind}/{node.key}.html",
        } for node in network.nodes.values()]
        ids = {n.id: (n.key if n.kind == "org" else f"person:{n.key}")
               for n in network.nodes.values()}
        edges = [{
            "id": f"{edge.kind}:{edge.key}:{ids[edge.source]}",
            "source": ids[edge.source],
            "target": ids[edge.target],
            "kind": edge.kind,
            "type": edge.type,
            "status": edge.status or "",
            "colour": TYPE_COLOURS.get(edge.type, "#777777"),
            "style": "dotted" if edge.kind == "co-party"
            else STATUS_STYLES.get(edge.status or "", "solid"),
            "label": self.label(edge.type),
            "href": f"deal/{edge.key}.html",
        } for edge in network.edges]
        return {
            "nodes": nodes,
            "edges": edges,
            "text": {k: self.text[k] for k in ("nodes_shown",)},
            "lang": self.lang,
        }

    def count(self, value: int) -> str:
        return format_count(value, self.lang)


def write_site(site: Site, out_dir: Path) -> int:
    """Write every page of ``site`` under ``out_dir``, all or nothing; returns the
    number of files. An existing ``out_dir`` is replaced only if it is empty or an
    earlier report (it holds the ``.kg-report`` marker)."""
    if out_dir.exists():
        if not out_dir.is_dir():
            raise InputError(f"{out_dir}: exists and is not a folder")
        if any(out_dir.iterdir()) and not (out_dir / MARKER).is_file():
            raise InputError(
                f"{out_dir}: the folder is not empty and holds no earlier report; "
                "choose an empty or new folder"
            )
    parent = out_dir.resolve().parent
    if not parent.is_dir():
        raise InputError(f"{out_dir}: the folder {parent} does not exist")
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=parent))
    count = 0
    try:
        made: set[Path] = set()
        for path in site.paths():
            payload = site.render(path)
            assert payload is not None, path
            target = staging / path
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            target.write_bytes(payload)
            count += 1
        (staging / MARKER).write_text("written by kg report\n", encoding="utf-8")
        os.chmod(staging, 0o755)
        if out_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old.", dir=parent))
            os.replace(out_dir, old / "site")
            os.replace(staging, out_dir)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return count
