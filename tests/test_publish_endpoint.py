"""Publishing to a SPARQL 1.1 store: against a real oxigraph server (no duplicates on
re-publish, both protocols), a stopped server, and a scripted HTTP server for
retries, refusals and credentials."""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import OxigraphServer, free_port

from kg.cli.query import publish_command
from kg.errors import InputError, StoreError
from kg.publish.endpoint import PublishSummary, Retry, auth_headers, publish
from kg.server import stop
from kg.store import article_graphs

ID = "https://w3id.org/dealkg/id/"


def no_wait() -> Retry:
    return Retry(attempts=4, backoff=0.01, timeout=5, sleep=lambda _: None)


def select(server: OxigraphServer, sparql: str) -> list[dict[str, str]]:
    url = server.query_url + "?" + urllib.parse.urlencode({"query": sparql})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        answer = json.load(response)
    return [{k: v["value"] for k, v in b.items()} for b in answer["results"]["bindings"]]


def graph_sizes(server: OxigraphServer) -> dict[str, int]:
    rows = select(server, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {row["g"]: int(row["n"]) for row in rows}


def expected_sizes(graph: Path) -> dict[str, int]:
    graphs, _ = article_graphs([graph])
    return {name.value: len(triples) for name, triples in graphs.items()}


@pytest.mark.server
def test_publishing_twice_never_duplicates(
    example_graph: Path, oxigraph_server: OxigraphServer
) -> None:
    expected = expected_sizes(example_graph)
    first = publish([example_graph], oxigraph_server.store_url, retry=no_wait())
    assert first == PublishSummary(
        endpoint=oxigraph_server.store_url, graphs=2, triples=sum(expected.values()),
        default_triples=0, requests=2,
    )
    assert graph_sizes(oxigraph_server) == expected
    second = publish([example_graph], oxigraph_server.store_url, retry=no_wait())
    assert second == first
    assert graph_sizes(oxigraph_server) == expected
    deals = select(
        oxigraph_server, "SELECT DISTINCT ?d WHERE { ?d a <https://w3id.org/dealkg/ontology#Deal> }"
    )
    assert len(deals) == 4


@pytest.mark.server
def test_publishing_with_sparql_update_twice_never_duplicates(
    example_graph: Path, oxigraph_server: OxigraphServer
) -> None:
    expected = expected_sizes(example_graph)
    for _ in range(2):
        summary = publish([example_graph], None, update_endpoint=oxigraph_server.update_url,
                          retry=no_wait())
        assert (summary.graphs, summary.triples) == (2, sum(expected.values()))
        assert graph_sizes(oxigraph_server) == expected


@pytest.mark.server
def test_republishing_a_changed_article_replaces_its_graph(
    example_graph: Path, oxigraph_server: OxigraphServer, tmp_path: Path
) -> None:
    publish([example_graph], oxigraph_server.store_url, retry=no_wait())
    es = ox.NamedNode(ID + "article/example-es-1")
    graphs, _ = article_graphs([example_graph])
    hedge = ox.NamedNode("https://w3id.org/dealkg/ontology#hedge")
    kept = [t for t in graphs[es] if t.predicate != hedge]
    changed = tmp_path / "es.trig"
    changed.write_bytes(ox.serialize([ox.Quad(t.subject, t.predicate, t.object, es) for t in kept],
                                     format=ox.RdfFormat.TRIG) or b"")
    publish([changed], oxigraph_server.store_url, retry=no_wait())
    assert graph_sizes(oxigraph_server)[es.value] == len(kept)
    assert select(oxigraph_server, f"SELECT ?h WHERE {{ ?d {hedge} ?h }}") == []


@pytest.mark.server
def test_cli_publish_prints_the_summary(
    example_graph: Path, oxigraph_server: OxigraphServer
) -> None:
    result = CliRunner().invoke(publish_command, [str(example_graph), "--endpoint",
                                                  oxigraph_server.store_url])
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"published 2 article graphs (337 triples) to {oxigraph_server.store_url}\n"
    )


@pytest.mark.server
def test_a_stopped_server_is_a_store_error_and_exit_3(
    example_graph: Path, oxigraph_server: OxigraphServer
) -> None:
    stop(oxigraph_server.process)
    with pytest.raises(StoreError, match=r"cannot reach http://127\.0\.0\.1:\d+/store: .*"
                                         r"is the server running\?"):
        publish([example_graph], oxigraph_server.store_url, retry=no_wait())
    result = CliRunner().invoke(publish_command, [str(example_graph), "--endpoint",
                                                  oxigraph_server.store_url])
    assert result.exit_code == 3
    assert "is the server running?" in result.output


# --- a scripted HTTP server -----------------------------------------------------


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Script:
    """Answers each request with the next (status, body); the last one repeats."""

    replies: list[tuple[int, bytes]]
    seen: list[Seen] = field(default_factory=list)
    delay: float = 0.0  # seconds before answering, to make a client time out


@pytest.fixture
def scripted() -> Iterator[tuple[Script, str]]:
    script = Script(replies=[(204, b"")])

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            script.seen.append(Seen(self.command, self.path, dict(self.headers), body))
            if script.delay:
                time.sleep(script.delay)
            index = min(len(script.seen), len(script.replies)) - 1
            status, reply = script.replies[index]
            try:
                self.send_response(status)
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (a timeout test)

        do_PUT = do_POST = _answer

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield script, f"http://127.0.0.1:{server.server_address[1]}/store"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_transient_failures_are_retried_with_backoff(
    example_graph: Path, scripted: tuple[Script, str]
) -> None:
    script, url = scripted
    script.replies = [(503, b"busy"), (503, b"busy"), (204, b"")]
    waits: list[float] = []
    retry = Retry(attempts=4, backoff=0.25, timeout=5, sleep=waits.append)
    summary = publish([example_graph], url, retry=retry)
    assert summary.graphs == 2
    assert waits == [0.25, 0.5]  # two failures, doubling waits, then success
    assert [s.method for s in script.seen] == ["PUT"] * 4  # 3 for the first graph, 1 more
    assert script.seen[0].path == script.seen[2].path
    assert script.seen[0].path.startswith("/store?graph=https%3A%2F%2Fw3id.org%2Fdealkg%2Fid%2F")
    assert script.seen[0].headers["Content-Type"] == "application/n-triples"


def test_giving_up_after_the_last_attempt(
    example_graph: Path, scripted: tuple[Script, str]
) -> None:
    script, url = scripted
    script.replies = [(502, b"bad gateway")]
    with pytest.raises(StoreError, match="kept failing after 3 attempts: HTTP 502"):
        publish([example_graph], url, retry=Retry(attempts=3, sleep=lambda _: None))
    assert len(script.seen) == 3


def test_a_refusal_is_not_retried_and_shows_the_servers_message(
    example_graph: Path, scripted: tuple[Script, str]
) -> None:
    script, url = scripted
    script.replies = [(400, b"Invalid graph name: nope")]
    with pytest.raises(StoreError, match="refused the PUT: HTTP 400 Bad Request: "
                                         "Invalid graph name: nope"):
        publish([example_graph], url, retry=no_wait())
    assert len(script.seen) == 1


def test_unauthorised_says_where_credentials_go(
    example_graph: Path, scripted: tuple[Script, str]
) -> None:
    script, url = scripted
    script.replies = [(401, b"")]
    with pytest.raises(StoreError, match="HTTP 401.*KG_ENDPOINT_USER"):
        publish([example_graph], url, retry=no_wait(), environ={})


def test_credentials_come_from_the_environment(
    example_graph: Path, scripted: tuple[Script, str]
) -> None:
    script, url = scripted
    publish([example_graph], url, retry=no_wait(),
            environ={"KG_ENDPOINT_USER": "ana", "KG_ENDPOINT_PASSWORD": "s3cret"})
    assert script.seen[0].headers["Authorization"] == "Basic YW5hOnMzY3JldA=="
    publish([example_graph], url, retry=no_wait(), environ={"KG_ENDPOINT_TOKEN": "abc"})
    assert script.seen[-1].headers["Authorization"] == "Bearer abc"
    assert auth_headers({}) == {}


def test_cli_reads_credentials_from_the_environment_only(
    example_graph: Path, scripted: tuple[Script, str]
) -> None:
    script, url = scripted
    result = CliRunner().invoke(publish_command, [str(example_graph), "--endpoint", url],
                                env={"KG_ENDPOINT_TOKEN": "from-env"})
    assert result.exit_code == 0, result.output
    assert script.seen[0].headers["Authorization"] == "Bearer from-env"
    # A password in the URL would end up in shell history: refused.
    with_password = url.replace("http://", "http://ana:s3cret@")
    refused = CliRunner().invoke(publish_command, [str(example_graph), "--endpoint",
                                                   with_password])
    assert refused.exit_code == 2
    assert "must not carry credentials" in refused.output
    assert "s3cret" not in refused.output


def test_sparql_update_requests(example_graph: Path, scripted: tuple[Script, str]) -> None:
    script, url = scripted
    publish([example_graph], None, update_endpoint=url, retry=no_wait())
    assert [s.headers["Content-Type"] for s in script.seen] == ["application/sparql-update"] * 2
    first = script.seen[0].body.decode()
    graph = f"<{ID}article/example-en-1>"
    assert first.startswith(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{")


def test_triples_of_no_article_are_added_to_the_default_graph(
    tmp_path: Path, scripted: tuple[Script, str]
) -> None:
    script, url = scripted
    loose = tmp_path / "loose.nt"
    loose.write_text("<https://example.org/a> <https://example.org/p> \"1\" .\n")
    summary = publish([loose], url, retry=no_wait())
    assert (summary.graphs, summary.default_triples) == (0, 1)
    assert [(s.method, s.path) for s in script.seen] == [("POST", "/store?default")]


def test_endpoint_urls_are_checked() -> None:
    with pytest.raises(InputError, match="not an http"):
        publish([], "ftp://example.org/store")
    with pytest.raises(InputError, match="give --endpoint"):
        publish([], None)


def test_cli_needs_an_endpoint(example_graph: Path) -> None:
    result = CliRunner().invoke(publish_command, [str(example_graph)])
    assert result.exit_code == 2


def test_nothing_listening_is_a_store_error(example_graph: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/store"
    with pytest.raises(StoreError, match="is the server running"):
        publish([example_graph], url, retry=no_wait())


# --- the cause a store gave, named (issue 15) ------------------------------------


@pytest.mark.server
def test_a_read_only_store_is_named_as_such(example_graph: Path, tmp_path: Path) -> None:
    from conftest import start_oxigraph

    from kg.store import load

    load([example_graph], tmp_path / "ro")
    server = start_oxigraph(tmp_path / "ro", read_only=True)
    try:
        result = CliRunner().invoke(
            publish_command, [str(example_graph), "--endpoint", server.store_url], env={}
        )
    finally:
        stop(server.process)
    assert result.exit_code == 3
    assert "HTTP 403" in result.output and "The server is read-only" in result.output
    assert "the store is read-only: it does not accept writes" in result.output
    assert "KG_ENDPOINT" not in result.output  # credentials are not the problem


@pytest.mark.parametrize(
    ("status", "environ", "cause"),
    [
        (401, {}, "asks for credentials and none were given; set KG_ENDPOINT_USER"),
        (401, {"KG_ENDPOINT_TOKEN": "tok-s3cret"},
         "did not accept the credentials in KG_ENDPOINT_TOKEN"),
        (401, {"KG_ENDPOINT_USER": "ana", "KG_ENDPOINT_PASSWORD": "x"},
         "did not accept the credentials in KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD"),
        (403, {}, "forbids writing without credentials; set KG_ENDPOINT_USER"),
        (403, {"KG_ENDPOINT_TOKEN": "tok-s3cret"},
         "credentials in KG_ENDPOINT_TOKEN were accepted but are not allowed to write"),
        (413, {}, "bytes, one article's graph) is larger than the store accepts"),
        (404, {}, "nothing answers at that path"),
    ],
)
def test_a_refusal_names_its_cause(
    example_graph: Path,
    scripted: tuple[Script, str],
    status: int,
    environ: dict[str, str],
    cause: str,
) -> None:
    script, url = scripted
    script.replies = [(status, b"")]
    with pytest.raises(StoreError, match=f"HTTP {status}") as err:
        publish([example_graph], url, retry=no_wait(), environ=environ)
    assert cause in str(err.value)
    assert len(script.seen) == 1  # a refusal is not retried
    if "KG_ENDPOINT_TOKEN" in environ:
        assert environ["KG_ENDPOINT_TOKEN"] not in str(err.value).replace("KG_ENDPOINT_TOKEN", "")


def test_a_store_that_does_not_answer_in_time_is_named_a_timeout(
    example_graph: Path, scripted: tuple[Script, str]
) -> None:
    script, url = scripted
    script.delay = 1.0
    retry = Retry(attempts=2, backoff=0.01, timeout=0.2, sleep=lambda _: None)
    with pytest.raises(StoreError, match=r"kept failing after 2 attempts: no answer within "
                                         r"0\.2 s \(timed out\)"):
        publish([example_graph], url, retry=retry)
