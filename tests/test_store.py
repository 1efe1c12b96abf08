"""kg's on-disk store: split per article, load and re-load without duplicates, and the
``oxigraph`` server on it (queried with SPARQLWrapper and with plain HTTP)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import free_port
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.cli.query import load_command, query_command
from kg.errors import InputError, StoreError
from kg.query import run_canned, term_text
from kg.server import serve, stop, wait_until_ready
from kg.store import article_graphs, load, open_store, split_by_article

ID = "https://w3id.org/dealkg/id/"
EN = ox.NamedNode(ID + "article/example-en-1")
ES = ox.NamedNode(ID + "article/example-es-1")
BLUEFIN = ox.NamedNode(ID + "org/bluefin-capital")
EVIDENCE = ox.NamedNode("https://w3id.org/dealkg/ontology#evidence")


def example_triples(path: Path) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(path=str(path))]


def test_split_keeps_every_triple_and_puts_each_article_in_its_graph(example_graph: Path) -> None:
    triples = example_triples(example_graph)
    graphs, rest = split_by_article(triples)
    assert list(graphs) == [EN, ES]
    assert rest == []
    assert set().union(*map(set, graphs.values())) == set(triples)
    for article, other in ((EN, ES), (ES, EN)):
        for t in graphs[article]:
            # Nothing of the other article leaks in, not even through a shared org.
            for node in (t.subject, t.object):
                if isinstance(node, ox.NamedNode):
                    assert not node.value.startswith(other.value), t


def test_a_shared_organisation_is_in_both_graphs_with_its_own_evidence(
    example_graph: Path,
) -> None:
    graphs, _ = split_by_article(example_triples(example_graph))
    for article in (EN, ES):
        evidence = [t.object for t in graphs[article]
                    if t.subject == BLUEFIN and t.predicate == EVIDENCE]
        assert len(evidence) == 1
        assert isinstance(evidence[0], ox.NamedNode)
        assert evidence[0].value.startswith(article.value + "#char=")


def test_a_membership_goes_with_the_article_of_its_evidence(example_graph: Path) -> None:
    graphs, _ = split_by_article(example_triples(example_graph))
    membership = ox.NamedNode(ID + "membership/0dba3c1d881a33a4")
    assert any(t.subject == membership for t in graphs[EN])
    assert not any(t.subject == membership for t in graphs[ES])
    # and the role it points at comes along
    assert any(t.subject == ox.NamedNode(ID + "role/chief-executive") for t in graphs[EN])


def test_triples_of_no_article_are_kept_apart() -> None:
    loose = ox.Triple(ox.NamedNode("https://example.org/x"), ox.NamedNode("https://example.org/p"),
                      ox.Literal("1"))
    graphs, rest = split_by_article([loose])
    assert (graphs, rest) == ({}, [loose])


def count(store: ox.Store, where: str = "GRAPH ?g { ?s ?p ?o }") -> int:
    result = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    assert isinstance(result, ox.QuerySolutions)
    value = next(iter(result))["n"]
    assert isinstance(value, ox.Literal)
    return int(value.value)


def test_loading_twice_never_duplicates(example_graph: Path, tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    first = load([example_graph], store_dir)
    second = load([example_graph], store_dir)
    assert first == second
    assert (first.graphs, first.default_triples) == (2, 0)
    graphs, _ = article_graphs([example_graph])
    assert first.triples == sum(len(ts) for ts in graphs.values())
    store = open_store(store_dir, read_only=True)
    assert sorted(g.value for g in store.named_graphs()) == [EN.value, ES.value]
    assert count(store) == first.triples


def test_reloading_an_article_replaces_its_graph(example_graph: Path, tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    load([example_graph], store_dir)
    # The Spanish article again, without its purchase agreement: a new extraction.
    graphs, _ = article_graphs([example_graph])
    power_deal = ox.NamedNode(ID + "deal/781af8288aef32b7")
    kept = [t for t in graphs[ES] if power_deal not in (t.subject, t.object)]
    smaller = tmp_path / "es.nq"
    smaller.write_bytes(ox.serialize([ox.Quad(t.subject, t.predicate, t.object, ES) for t in kept],
                                     format=ox.RdfFormat.N_QUADS) or b"")
    summary = load([smaller], store_dir)
    assert (summary.graphs, summary.triples) == (1, len(kept))
    store = open_store(store_dir, read_only=True)
    assert count(store, f"GRAPH {ES} {{ ?s ?p ?o }}") == len(kept)
    assert count(store, f"GRAPH {EN} {{ ?s ?p ?o }}") == len(graphs[EN])
    assert count(store, f"GRAPH ?g {{ {power_deal} ?p ?o }}") == 0
    # The default graph, which queries see, follows: the deal is gone from it, and
    # what the English article still says of Bluefin Capital stays.
    assert count(store, f"{power_deal} ?p ?o") == 0
    assert count(store, f"{BLUEFIN} ?p ?o") == 4  # type, name, evidence in each article
    assert count(store, "?s ?p ?o") == len(
        set(graphs[EN]) | set(kept)
    )


def test_the_default_graph_is_the_merge_so_shared_triples_count_once(
    example_graph: Path, tmp_path: Path
) -> None:
    store_dir = tmp_path / "store"
    load([example_graph], store_dir)
    store = open_store(store_dir, read_only=True)
    # Bluefin's name is in both article graphs, but is one triple of the merge.
    name = '<https://schema.org/name> "Bluefin Capital"'
    assert count(store, f"GRAPH ?g {{ ?o {name} }}") == 2
    assert count(store, f"?o {name}") == 1
    assert count(store, "?s ?p ?o") == len(example_triples(example_graph))


def test_canned_queries_run_on_the_store(example_graph: Path, tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    load([example_graph], store_dir)
    # A deal of two articles is in both graphs: the union shows it once.
    result = run_canned("deals", store_dir=store_dir)
    assert [term_text(r[1]) for r in result.rows()] == [
        "Acquisition", "Investment", "Investment", "PurchaseAgreement"
    ]


def test_a_store_in_use_gives_a_store_error(example_graph: Path, tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    writer = ox.Store(str(store_dir))
    with pytest.raises(StoreError, match="cannot open the store"):
        load([example_graph], store_dir)
    del writer


def test_no_store_there(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no store there; create it with `kg load"):
        run_canned("deals", store_dir=tmp_path / "absent")


def test_cli_load_then_query(example_graph: Path, tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    loaded = CliRunner().invoke(load_command, [str(example_graph), "--store", str(store_dir)])
    assert loaded.exit_code == 0, loaded.output
    assert loaded.output.startswith(
        "loaded 2 article graphs (337 triples, summed over the article graphs)"
    )
    queried = CliRunner().invoke(query_command, [
        "--store", str(store_dir), "--name", "people-and-roles", "--format", "csv"
    ])
    assert queried.exit_code == 0, queried.output
    assert queried.output.splitlines()[1].startswith(f"{ID}person/ada-moreno,Ada Moreno,")


def test_cli_load_bad_file_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(load_command, [str(tmp_path / "x.ttl"), "--store",
                                               str(tmp_path / "s")])
    assert result.exit_code == 2
    assert "x.ttl: no such file or directory; check the path" in result.output


def test_serve_without_the_binary_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    (tmp_path / "store").mkdir()
    with pytest.raises(StoreError, match="pip install oxigraph"):
        serve(tmp_path / "store")


# --- the real server ------------------------------------------------------------

DEALS_BY_TYPE = """
PREFIX deal: <https://w3id.org/dealkg/ontology#>
SELECT ?type (COUNT(DISTINCT ?d) AS ?n)
WHERE { ?d a deal:Deal , ?type . FILTER(?type != deal:Deal) }
GROUP BY ?type ORDER BY ?type
"""
EXPECTED_DEALS_BY_TYPE = [
    ("https://w3id.org/dealkg/ontology#Acquisition", "1"),
    ("https://w3id.org/dealkg/ontology#Investment", "2"),
    ("https://w3id.org/dealkg/ontology#PurchaseAgreement", "1"),
]


@pytest.fixture
def served_store(example_graph: Path, tmp_path: Path, loopback_port: int) -> Iterator[str]:
    """The example graph loaded in a store, served read-only as `kg serve` does."""
    store_dir = tmp_path / "store"
    load([example_graph], store_dir)
    port = loopback_port
    process = serve(store_dir, port=port)
    try:
        wait_until_ready(process, "127.0.0.1", port)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)


@pytest.mark.server
def test_served_store_answers_sparqlwrapper(served_store: str) -> None:
    client = SPARQLWrapper(f"{served_store}/query")
    client.setQuery(DEALS_BY_TYPE)
    client.setReturnFormat(JSON)
    answer = client.queryAndConvert()
    assert isinstance(answer, dict)
    found = [(b["type"]["value"], b["n"]["value"]) for b in answer["results"]["bindings"]]
    assert found == EXPECTED_DEALS_BY_TYPE


@pytest.mark.server
def test_served_store_answers_plain_http(served_store: str) -> None:
    url = f"{served_store}/query?" + urllib.parse.urlencode({"query": DEALS_BY_TYPE})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        answer = json.load(response)
    found = [(b["type"]["value"], b["n"]["value"]) for b in answer["results"]["bindings"]]
    assert found == EXPECTED_DEALS_BY_TYPE
    # Without DISTINCT too: the served default graph holds each triple once.
    count_query = "SELECT (COUNT(*) AS ?n) WHERE { ?o <https://schema.org/name> ?name }"
    url = f"{served_store}/query?" + urllib.parse.urlencode({"query": count_query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        names = json.load(response)["results"]["bindings"][0]["n"]["value"]
    assert names == "10"  # 5 organisations, the publisher, a person, kg, 2 pipelines
    # The query page is there too.
    with urllib.request.urlopen(f"{served_store}/", timeout=10) as response:
        assert b"<html" in response.read().lower()


@pytest.mark.server
def test_served_store_is_read_only_by_default(served_store: str) -> None:
    request = urllib.request.Request(
        f"{served_store}/update", data=b"CLEAR ALL", method="POST",
        headers={"Content-Type": "application/sparql-update"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    refused.value.close()
    assert 400 <= refused.value.code < 500


@pytest.mark.server
def test_a_taken_port_is_a_store_error(served_store: str, tmp_path: Path) -> None:
    port = int(served_store.rsplit(":", 1)[1])
    (tmp_path / "other").mkdir()
    with pytest.raises(StoreError, match=f"cannot listen on 127.0.0.1:{port}.*another server"):
        serve(tmp_path / "other", port=port)


@pytest.mark.server
def test_kg_serve_runs_until_ctrl_c_and_stops_the_server(
    example_graph: Path, tmp_path: Path, loopback_port: int
) -> None:
    store_dir = tmp_path / "store"
    load([example_graph], store_dir)
    base = f"http://127.0.0.1:{loopback_port}"
    url = f"{base}/query?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    command = [sys.executable, "-m", "kg", "serve", "--store", str(store_dir),
               "--port", str(loopback_port)]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    ) as process:
        try:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == f"query page:      {base}/"
            assert process.stdout.readline().strip() == f"SPARQL endpoint: {base}/query"
            request = urllib.request.Request(
                url, headers={"Accept": "application/sparql-results+json"}
            )
            with urllib.request.urlopen(request, timeout=10) as response:
                assert json.load(response)["boolean"] is True
            process.send_signal(signal.SIGINT)
            assert process.wait(timeout=60) == 0
        finally:
            if process.poll() is None:
                process.kill()
    # The server went with it: the port is free again.
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)


# --- servers clean up; a store in use says so (issue 15) -------------------------


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _port_free(port: int) -> bool:
    """Nothing listens on the port, and a new server could listen there (as servers
    do, with SO_REUSEADDR: the closed connections' TIME_WAIT does not count)."""
    import socket

    with socket.socket() as client:
        if client.connect_ex(("127.0.0.1", port)) == 0:
            return False
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
            probe.listen()
        except OSError:
            return False
    return True


def _start_kg_serve(store_dir: Path, port: int, *extra: str) -> subprocess.Popen[bytes]:
    """``kg serve`` in its own process, once it says it is serving (its server
    answers and the deal explorer is up: a signal before then would land while it
    is still starting); its standard error goes to ``serve.log`` beside the store."""
    import time

    command = [sys.executable, "-m", "kg", "serve", "--store", str(store_dir),
               "--port", str(port), *extra]
    said = store_dir.parent / "serve.out"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with (store_dir.parent / "serve.log").open("wb") as log, said.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=log, env=env)
    for _ in range(1200):  # two minutes: a busy machine starts Python slowly
        lines = said.read_text("utf-8", "replace").splitlines()
        if any(line.startswith(("read-only", "read-write")) for line in lines):
            return process
        if process.poll() is not None:
            break
        time.sleep(0.1)
    process.kill()
    process.wait()
    raise AssertionError(f"kg serve did not start: {_serve_log(store_dir)}")


def _serve_log(store_dir: Path) -> str:
    return (store_dir.parent / "serve.log").read_text("utf-8", "replace")


@pytest.mark.server
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_kg_serve_stopped_by_a_signal_stops_its_server(
    example_graph: Path, tmp_path: Path, loopback_port: int, signum: signal.Signals
) -> None:
    store_dir = tmp_path / "store"
    load([example_graph], store_dir)
    process = _start_kg_serve(store_dir, loopback_port)
    try:
        (server,) = _children(process.pid)
        assert "oxigraph" in Path(f"/proc/{server}/cmdline").read_text()
        process.send_signal(signum)
        assert process.wait(timeout=60) == 0  # as on Ctrl-C
        assert "stopping the server" in _serve_log(store_dir)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert not _alive(server)
    assert _port_free(loopback_port)


_STOP_WHILE_EXEC = """
import os, signal, sys, time
from kg.server import stop_on_signals
with stop_on_signals() as stopping:
    # Code made by exec, as dataclasses and templates run while kg serve starts: a
    # signal landing there must not end the process by SIGINT at exit.
    exec("os.kill(os.getpid(), signal.SIG%s)\\nfor _ in range(100000): pass")
    while not stopping:
        time.sleep(0.01)
print(stopping.signal.name)
"""


@pytest.mark.parametrize("name", ["TERM", "HUP", "INT"])
def test_a_stop_signal_during_start_up_is_a_clean_stop(name: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _STOP_WHILE_EXEC % name], capture_output=True, text=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout.strip()) == (0, f"SIG{name}")
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # restored in this process too


@pytest.mark.server
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_kg_serve_signalled_while_it_starts_stops_cleanly(
    example_graph: Path, tmp_path: Path
) -> None:
    """The signal lands as soon as the oxigraph server answers, while kg serve still
    starts its deal explorer: still exit 0 and no server left."""
    import time

    store_dir = tmp_path / "store"
    load([example_graph], store_dir)
    for _ in range(3):
        port = free_port()
        command = [sys.executable, "-m", "kg", "serve", "--store", str(store_dir),
                   "--port", str(port)]
        with (tmp_path / "serve.log").open("wb") as log:
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
        url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": "ASK {}"})
        try:
            for _ in range(300):
                try:
                    with urllib.request.urlopen(url, timeout=1):
                        break
                except OSError:
                    time.sleep(0.05)
            servers = _children(process.pid)
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=30) == 0, (tmp_path / "serve.log").read_text()
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        assert not any(_alive(server) for server in servers)


@pytest.mark.server
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_the_server_dies_with_kg_serve_even_when_kg_is_killed(
    example_graph: Path, tmp_path: Path, loopback_port: int
) -> None:
    store_dir = tmp_path / "store"
    load([example_graph], store_dir)
    process = _start_kg_serve(store_dir, loopback_port)
    (server,) = _children(process.pid)
    process.kill()  # no handler runs: the kernel tells the server its parent is gone
    process.wait()
    import time

    for _ in range(100):
        if not _alive(server):
            break
        time.sleep(0.1)
    assert not _alive(server)


@pytest.mark.server
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_a_store_a_writable_server_holds_is_a_clear_error_never_an_empty_answer(
    example_graph: Path, tmp_path: Path, loopback_port: int
) -> None:
    store_dir = tmp_path / "store"
    store_dir.mkdir()
    process = _start_kg_serve(store_dir, loopback_port, "--writable")
    try:
        # Publish through the server: its writes are in the store it holds.
        published = CliRunner().invoke(
            __import__("kg.cli.query", fromlist=["publish_command"]).publish_command,
            [str(example_graph), "--endpoint", f"http://127.0.0.1:{loopback_port}/store"],
        )
        assert published.exit_code == 0, published.output
        result = CliRunner().invoke(query_command, ["--store", str(store_dir), "--name", "deals"])
        assert result.exit_code == 3, result.output
        assert f"the store at {store_dir} is open for writing by oxigraph serve" in result.output
        assert f"http://127.0.0.1:{loopback_port}/query" in result.output
        loaded = CliRunner().invoke(load_command, [str(example_graph), "--store", str(store_dir)])
        assert loaded.exit_code == 3
        assert f"--endpoint http://127.0.0.1:{loopback_port}/store" in loaded.output
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.mark.server
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_loading_into_a_served_store_says_the_server_must_be_restarted(
    example_graph: Path, tmp_path: Path, loopback_port: int
) -> None:
    store_dir = tmp_path / "store"
    load([example_graph], store_dir)
    process = _start_kg_serve(store_dir, loopback_port)
    try:
        loaded = CliRunner().invoke(load_command, [str(example_graph), "--store", str(store_dir)])
    finally:
        process.terminate()
        process.wait(timeout=20)
    assert loaded.exit_code == 0, loaded.output
    assert "loaded 2 article graphs" in loaded.stdout
    assert (f"warning: oxigraph serve-read-only (pid {_server_pid(loaded.stderr)}) at "
            f"http://127.0.0.1:{loopback_port} has this store open read-only and does not "
            "see the new graphs: restart it to serve them") in loaded.stderr
    # Once it is gone, nothing is said.
    again = CliRunner().invoke(load_command, [str(example_graph), "--store", str(store_dir)])
    assert again.exit_code == 0 and "warning" not in again.output


def _server_pid(text: str) -> str:
    return text.split("(pid ", 1)[1].split(")", 1)[0]
