"""The deal explorer served live, beside a SPARQL endpoint (``kg serve``).

``PageServer`` answers the same paths as the static site, built from what the
endpoint holds now: the report is re-read through SPARQL when a page is asked for
and the last reading is older than ``refresh`` seconds. ``query.html`` is a query
page with kg's prefixes declared and the canned queries as examples; its queries
go to ``/sparql`` here, which forwards them to the endpoint (same origin: no CORS
needed, and the endpoint's address never reaches the browser).
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from kg.errors import StoreError
from kg.report.model import Row, Select, build_report, ontology_labels, with_prefixes
from kg.report.money import Lang
from kg.report.site import Site, content_type

_TIMEOUT = 60.0


def remote_select(endpoint: str) -> Select:
    """A ``Select`` over a SPARQL 1.1 endpoint (results read as SPARQL JSON)."""

    def select(query: str) -> Iterable[Row]:
        body = urllib.parse.urlencode({"query": with_prefixes(query)}).encode()
        request = urllib.request.Request(endpoint, data=body, headers={
            "Accept": "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded",
        })
        try:
            with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
                payload = json.load(response)
        except (urllib.error.URLError, OSError, ValueError) as err:
            raise StoreError(f"the SPARQL endpoint {endpoint} did not answer: {err}") from err
        for binding in payload["results"]["bindings"]:
            yield {name: term["value"] for name, term in binding.items()}

    return select


class PageServer:
    """Serves the deal explorer's pages from a SPARQL endpoint, in a thread.

    >>> server = PageServer("http://127.0.0.1:7878/query", port=7879)  # doctest: +SKIP
    >>> server.start(); server.url  # doctest: +SKIP
    'http://127.0.0.1:7879/'
    """

    def __init__(
        self, endpoint: str, *, host: str = "127.0.0.1", port: int = 0,
        lang: Lang = "en", refresh: float = 2.0,
    ) -> None:
        self.endpoint = endpoint
        self.lang: Lang = lang
        self.refresh = refresh
        self._labels = ontology_labels()
        self._site: Site | None = None
        self._read_at = 0.0
        self._lock = threading.Lock()
        try:
            self._httpd = ThreadingHTTPServer((host, port), self._handler())
        except OSError as err:
            raise StoreError(
                f"cannot serve the pages on {host}:{port}: {err.strerror or err}; "
                "choose another --pages-port"
            ) from err
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/"

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="kg-pages", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def site(self) -> Site:
        """The pages as the endpoint's data stands (re-read at most every ``refresh`` s)."""
        with self._lock:
            now = time.monotonic()
            if self._site is None or now - self._read_at > self.refresh:
                report = build_report(remote_select(self.endpoint), self._labels)
                self._site = Site(report, self.lang, live=True)
                self._read_at = time.monotonic()
            return self._site

    def forward(self, body: bytes, accept: str) -> tuple[int, str, bytes]:
        """Send a query (a form body) to the endpoint; its status, type and answer."""
        request = urllib.request.Request(self.endpoint, data=body, headers={
            "Accept": accept or "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded",
        })
        try:
            with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
                return response.status, response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as err:
            return err.code, "text/plain; charset=utf-8", err.read()
        except (urllib.error.URLError, OSError) as err:
            message = f"the SPARQL endpoint did not answer: {err}".encode()
            return HTTPStatus.BAD_GATEWAY, "text/plain; charset=utf-8", message

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "kg-pages"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass  # quiet: kg serve prints its own lines

            def _send(self, status: int, kind: str, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802
                path = urllib.parse.urlsplit(self.path).path.lstrip("/")
                try:
                    page = server.site().render(urllib.parse.unquote(path))
                except StoreError as err:
                    self._send(HTTPStatus.BAD_GATEWAY, "text/plain; charset=utf-8",
                               str(err).encode())
                    return
                if page is None:
                    self._send(HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8",
                               b"no such page\n")
                    return
                self._send(HTTPStatus.OK, content_type(path or "index.html"), page)

            do_HEAD = do_GET  # noqa: N815

            def do_POST(self) -> None:  # noqa: N802
                if urllib.parse.urlsplit(self.path).path != "/sparql":
                    self._send(HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8",
                               b"no such page\n")
                    return
                length = int(self.headers.get("Content-Length") or 0)
                status, kind, body = server.forward(
                    self.rfile.read(length), self.headers.get("Accept", "")
                )
                self._send(status, kind or "application/octet-stream", body)

        return Handler


def start_pages(
    endpoint: str, host: str, port: int | None, default_port: int, lang: str,
    *, writable: bool = False,
) -> PageServer:
    """Start a ``PageServer`` for ``kg serve``; the caller stops it.

    On ``port`` if given (an error if it is taken), else on ``default_port`` or,
    if that one is taken, any free port. A read-only store cannot change while it
    is served, so its report is read once; a writable one is re-read when a page is
    asked for at least 2 s after the last reading.
    """
    if lang not in ("en", "es"):
        raise StoreError(f"unknown page language {lang!r}; use en or es")
    options: dict[str, Any] = {
        "host": host, "lang": lang, "refresh": 2.0 if writable else float("inf"),
    }
    if port is not None:
        server = PageServer(endpoint, port=port, **options)
    else:
        try:
            server = PageServer(endpoint, port=default_port, **options)
        except StoreError:
            server = PageServer(endpoint, port=0, **options)
    server.start()
    return server
