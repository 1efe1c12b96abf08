"""Shared fixtures: kg's Spanish and English pipelines (built once per test module), the
example graph and a real oxigraph server on a free loopback port."""

from __future__ import annotations

import signal
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings
from spacy.language import Language

from kg.server import oxigraph_binary, stop, wait_until_ready

# Property tests draw the same examples on every run, so a run (CI's) never passes or
# fails by chance; `pytest --hypothesis-profile=explore` draws new ones, to look for bugs.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")


def pytest_configure(config: pytest.Config) -> None:
    """Ctrl-C is part of what the tests check (kg extract, kg serve). A suite started in
    the background by a shell without job control (`cmd &` in a script) inherits SIGINT
    ignored, and so would every kg it starts: give this process Python's own handler
    back, which its child processes then start with too (exec resets a handled signal to
    the default; it keeps an ignored one)."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)

DATA = Path(__file__).resolve().parent / "data"
EXAMPLE_GRAPH = DATA / "query" / "example.ttl"


@pytest.fixture(scope="module")
def es() -> Language:
    from kg.nlp import build_pipeline

    return build_pipeline("es")


@pytest.fixture(scope="module")
def en() -> Language:
    from kg.nlp import build_pipeline

    return build_pipeline("en")


@pytest.fixture
def example_graph() -> Path:
    """Two invented articles in the exact shape of docs/GRAPH.md."""
    return EXAMPLE_GRAPH


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def loopback_port() -> int:
    """A free port on 127.0.0.1 for a server the test starts itself."""
    return free_port()


@dataclass
class OxigraphServer:
    """A running ``oxigraph serve`` (read-write, union default graph) in a temp dir."""

    process: subprocess.Popen[bytes]
    port: int
    location: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    @property
    def store_url(self) -> str:
        return f"{self.base}/store"

    @property
    def update_url(self) -> str:
        return f"{self.base}/update"


def start_oxigraph(location: Path, *, read_only: bool = False) -> OxigraphServer:
    port = free_port()
    command = [
        str(oxigraph_binary()),
        "serve-read-only" if read_only else "serve",
        "--location", str(location),
        "--bind", f"127.0.0.1:{port}",
        "--union-default-graph",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_until_ready(process, "127.0.0.1", port)
    return OxigraphServer(process, port, location)


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[OxigraphServer]:
    """A real, empty, writable oxigraph server; stopped after the test."""
    server = start_oxigraph(tmp_path / "server-store")
    try:
        yield server
    finally:
        stop(server.process)
