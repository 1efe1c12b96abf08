"""Publishing to a SPARQL 1.1 store: one named graph per article, replaced on re-publish.

Two protocols, both standard:

- the Graph Store HTTP Protocol (default): ``PUT {endpoint}?graph=<article IRI>``
  with an N-Triples body replaces the named graph. Oxigraph serves it at ``/store``,
  Fuseki at ``/{dataset}/data``, GraphDB at ``/repositories/{id}/rdf-graphs/service``;
- SPARQL Update (``update_endpoint``): ``DROP SILENT GRAPH <g> ; INSERT DATA {...}``
  in one request.

Either way publishing twice leaves the store as publishing once. Triples that belong
to no article are added (POST, never PUT) to the default graph. A node shared by two
articles (an organisation) is in both graphs; a store whose "union default graph"
keeps duplicates (Oxigraph's ``--union-default-graph`` does) counts such triples once
per graph, so query it with ``GRAPH ?g`` or ``DISTINCT`` (``kg load`` keeps a merged
default graph instead).

Credentials come from the environment only, never from arguments (they would leak
into shell history and process lists): ``KG_ENDPOINT_USER`` and
``KG_ENDPOINT_PASSWORD`` for HTTP basic auth, or ``KG_ENDPOINT_TOKEN`` for a bearer
token. Transient failures (connection reset, timeouts, HTTP 429/502/503/504) are
retried with exponential back-off; a refusal (other 4xx/5xx) or an endpoint that
cannot be reached raises ``StoreError``.
"""

from __future__ import annotations

import base64
import http.client
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, StoreError
from kg.rdfio import FORMATS
from kg.store import article_graphs, replace_graph_update

TRANSIENT_STATUS = frozenset({429, 502, 503, 504})
NTRIPLES = FORMATS["ntriples"].media_type


@dataclass(frozen=True)
class PublishSummary:
    """What was sent: named graphs replaced, their triples, and the triples added to
    the default graph, to which URL."""

    endpoint: str
    graphs: int
    triples: int
    default_triples: int = 0
    requests: int = 0


@dataclass(frozen=True)
class Retry:
    """How hard to try: ``attempts`` in all, waiting ``backoff``, then twice as long,
    ... between them. ``sleep`` is injectable so tests need not wait."""

    attempts: int = 4
    backoff: float = 0.5
    timeout: float = 30.0
    sleep: Callable[[float], None] = time.sleep


def auth_headers(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The Authorization header from ``KG_ENDPOINT_TOKEN`` or ``KG_ENDPOINT_USER`` /
    ``KG_ENDPOINT_PASSWORD``; none if they are unset.

    >>> auth_headers({"KG_ENDPOINT_TOKEN": "t0k"})
    {'Authorization': 'Bearer t0k'}
    """
    env = os.environ if environ is None else environ
    token = env.get("KG_ENDPOINT_TOKEN")
    if token:
        return {"Authorization": f"Bearer {token}"}
    user = env.get("KG_ENDPOINT_USER")
    if user:
        password = env.get("KG_ENDPOINT_PASSWORD", "")
        pair = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        return {"Authorization": f"Basic {pair}"}
    return {}


def graph_url(endpoint: str, graph: ox.NamedNode | None) -> str:
    """The Graph Store Protocol URL of one graph (``?graph=`` or ``?default``).

    >>> graph_url("http://localhost:7878/store", ox.NamedNode("https://w3id.org/dealkg/id/article/a1"))
    'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fdealkg%2Fid%2Farticle%2Fa1'
    """
    separator = "&" if "?" in endpoint else "?"
    if graph is None:
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph.value})}"


def _ntriples(triples: Iterable[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


def _check_url(url: str, option: str) -> None:
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise InputError(f"{option} {url!r} is not an http(s) URL")
    if parsed.username or parsed.password:
        raise InputError(
            f"{option} must not carry credentials; set KG_ENDPOINT_USER and "
            "KG_ENDPOINT_PASSWORD (or KG_ENDPOINT_TOKEN) in the environment instead"
        )


def send(
    method: str,
    url: str,
    body: bytes,
    content_type: str,
    *,
    retry: Retry,
    headers: Mapping[str, str] | None = None,
) -> int:
    """One HTTP request with retries on transient failures; returns the status.

    Raises ``StoreError`` when the server refuses (with its status and message) or
    cannot be reached.
    """
    base = urllib.parse.urlsplit(url)
    where = f"{base.scheme}://{base.netloc}{base.path}"
    last = ""
    for attempt in range(1, retry.attempts + 1):
        request = urllib.request.Request(url, data=body, method=method)
        request.add_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=retry.timeout) as response:
                status: int = response.status
                return status
        except urllib.error.HTTPError as err:
            message = _server_message(err)
            if err.code not in TRANSIENT_STATUS:
                said = f": {message}" if message else ""
                raise StoreError(
                    f"{where} refused the {method}: HTTP {err.code} {err.reason}{said}; "
                    f"{refusal_cause(err.code, message, headers or {}, len(body))}"
                ) from err
            last = f"HTTP {err.code} {err.reason}{': ' + message if message else ''}"
        except urllib.error.URLError as err:
            reason = err.reason
            if isinstance(reason, ConnectionRefusedError | socket.gaierror):
                raise StoreError(
                    f"cannot reach {where}: {reason}: is the server running?"
                ) from err
            if not isinstance(reason, TimeoutError | ConnectionError | OSError):
                raise StoreError(f"cannot reach {where}: {reason}") from err
            last = _timeout(reason, retry) or f"{type(reason).__name__}: {reason}"
        except (TimeoutError, ConnectionError, http.client.HTTPException) as err:
            last = _timeout(err, retry) or f"{type(err).__name__}: {err}"
        if attempt < retry.attempts:
            retry.sleep(retry.backoff * 2 ** (attempt - 1))
    raise StoreError(f"{where} kept failing after {retry.attempts} attempts: {last}")


def _timeout(err: BaseException, retry: Retry) -> str | None:
    if isinstance(err, TimeoutError | socket.timeout):
        return (
            f"no answer within {retry.timeout:g} s (timed out); the store may be "
            "overloaded or the graph too big for one request"
        )
    return None


def refusal_cause(
    status: int, message: str, headers: Mapping[str, str], size: int
) -> str:
    """What a refusal means and what to do, from the status, what the store said and
    whether kg sent credentials.

    >>> refusal_cause(403, "The server is read-only", {}, 10)[:47]
    'the store is read-only: it does not accept writes'
    """
    auth = headers.get("Authorization", "")
    sent = (
        "KG_ENDPOINT_TOKEN" if auth.startswith("Bearer ")
        else "KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD" if auth.startswith("Basic ")
        else None
    )
    lowered = message.lower()
    if status in (403, 405) and any(
        words in lowered for words in ("read-only", "read only", "readonly")
    ):
        return (
            "the store is read-only: it does not accept writes; publish to a writable "
            "endpoint (e.g. one served by `kg serve --writable`)"
        )
    if status == 401:
        if sent:
            return f"the store did not accept the credentials in {sent}; check them"
        return (
            "the store asks for credentials and none were given; set KG_ENDPOINT_USER "
            "and KG_ENDPOINT_PASSWORD, or KG_ENDPOINT_TOKEN, in the environment"
        )
    if status == 403:
        if sent:
            return (
                f"the credentials in {sent} were accepted but are not allowed to write "
                "there; ask for write access"
            )
        return (
            "the store forbids writing without credentials; set KG_ENDPOINT_USER and "
            "KG_ENDPOINT_PASSWORD, or KG_ENDPOINT_TOKEN, in the environment"
        )
    if status == 413:
        return (
            f"the request ({size:,} bytes, one article's graph) is larger than the "
            "store accepts; raise the store's upload limit"
        )
    if status == 404:
        return "nothing answers at that path; check the URL (Oxigraph: /store or /update)"
    if status == 405:
        return (
            "that URL does not take this method; give the Graph Store Protocol URL with "
            "--endpoint or the SPARQL Update URL with --update-endpoint"
        )
    if status == 400 or status == 415:
        return "the store could not use the data sent (see its message above)"
    return "see the store's message above"


def _server_message(err: urllib.error.HTTPError) -> str:
    try:
        text = err.read().decode("utf-8", "replace")
    except OSError:
        return ""
    return " ".join(text.split())[:500]


def publish(
    files: Sequence[Path],
    endpoint: str | None,
    *,
    update_endpoint: str | None = None,
    retry: Retry | None = None,
    environ: Mapping[str, str] | None = None,
) -> PublishSummary:
    """Push graph files to a SPARQL 1.1 store, one named graph per article.

    With ``update_endpoint``, SPARQL Update is used; otherwise the Graph Store HTTP
    Protocol at ``endpoint``. Re-publishing an article replaces its graph.

    >>> publish([Path("out/graph.ttl")], "http://localhost:7878/store")  # doctest: +SKIP
    PublishSummary(endpoint='http://localhost:7878/store', graphs=12, triples=3400, ...)
    """
    if endpoint is None and update_endpoint is None:
        raise InputError("give --endpoint (Graph Store Protocol) or --update-endpoint")
    if endpoint is not None:
        _check_url(endpoint, "--endpoint")
    if update_endpoint is not None:
        _check_url(update_endpoint, "--update-endpoint")
    retry = retry or Retry()
    headers = auth_headers(environ)
    graphs, rest = article_graphs(files)
    triples = requests = 0
    for name, graph_triples in graphs.items():
        if not isinstance(name, ox.NamedNode):
            raise InputError(f"a graph named by a blank node ({name}) cannot be published")
        if update_endpoint is not None:
            update = replace_graph_update(name, graph_triples).encode("utf-8")
            send("POST", update_endpoint, update, "application/sparql-update",
                 retry=retry, headers=headers)
        else:
            assert endpoint is not None
            send("PUT", graph_url(endpoint, name), _ntriples(graph_triples), NTRIPLES,
                 retry=retry, headers=headers)
        triples += len(graph_triples)
        requests += 1
    if rest:
        if update_endpoint is not None:
            body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in rest)
            send("POST", update_endpoint, f"INSERT DATA {{\n{body}\n}}".encode(),
                 "application/sparql-update", retry=retry, headers=headers)
        else:
            assert endpoint is not None
            send("POST", graph_url(endpoint, None), _ntriples(rest), NTRIPLES,
                 retry=retry, headers=headers)
        requests += 1
    return PublishSummary(
        endpoint=update_endpoint or endpoint or "",
        graphs=len(graphs),
        triples=triples,
        default_triples=len(rest),
        requests=requests,
    )
