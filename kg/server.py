"""The ``oxigraph`` server process kg starts, its lifetime, and who else has a store open.

- ``serve`` starts the server on a store made by ``kg load`` (``kg.store``),
  ``wait_until_ready`` waits for it to answer, ``stop`` stops it.
- ``stop_on_signals``: SIGTERM and SIGHUP (a service manager stopping kg, a closed
  terminal) and Ctrl-C ask ``kg serve`` to stop, so that it stops its server; and the
  server is started so that it dies with kg even if kg is killed outright
  (``die_with_parent``, Linux).
- ``store_users``: the other processes that have a store directory open (an
  ``oxigraph`` server, read-only or not, or any process holding the store's write
  lock), so that a query never reads a store a server is writing to as if it were
  complete, and a load can say that a running server will not see the new graphs
  until it is restarted. Found through ``/proc`` (Linux); elsewhere nothing is found.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from kg.errors import InputError, StoreError

STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


@dataclass
class StopRequest:
    """Set by ``stop_on_signals`` when a stop signal arrives: true once asked to stop."""

    signal: signal.Signals | None = None

    def __bool__(self) -> bool:
        return self.signal is not None


@contextlib.contextmanager
def stop_on_signals(
    signals: Sequence[signal.Signals] = (*STOP_SIGNALS, signal.SIGINT),
) -> Iterator[StopRequest]:
    """Within the block, the ``signals`` (and Ctrl-C) only note that a stop was asked
    for: the caller polls the ``StopRequest`` it is given and stops when it is true.
    The previous handlers are restored after the block.

    Nothing is raised from the handler: a ``KeyboardInterrupt`` raised while Python
    runs code made by ``exec`` (dataclasses and templates do, while a server starts)
    makes CPython end the process by SIGINT at exit even when the exception was
    caught, so a clean stop would report exit -2 to the service manager.
    """
    request = StopRequest()

    def note(signum: int, frame: FrameType | None) -> None:
        if request.signal is None:
            request.signal = signal.Signals(signum)

    previous = {sig: signal.signal(sig, note) for sig in signals}
    try:
        yield request
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def die_with_parent() -> None:
    """For ``Popen(preexec_fn=...)``: the child gets SIGTERM when its parent dies
    (Linux ``PR_SET_PDEATHSIG``), so a killed ``kg serve`` leaves no server behind."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGTERM), 0, 0, 0)  # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):  # not Linux: the signal handlers still apply
        pass


@dataclass(frozen=True)
class StoreUser:
    """A process that has a store open: ``writes`` when it holds the write lock or
    is a writable server; ``url`` where a server answers, when known."""

    pid: int
    command: str
    writes: bool
    url: str | None = None

    def describe(self) -> str:
        where = f" at {self.url}" if self.url else ""
        return f"{self.command} (pid {self.pid}){where}"


def store_users(store_dir: Path) -> list[StoreUser]:
    """Other processes that have the store at ``store_dir`` open, by pid."""
    proc = Path("/proc")
    if not proc.is_dir() or not store_dir.is_dir():
        return []
    target = store_dir.resolve()
    holders = _lock_holders(store_dir / "LOCK")
    users: dict[int, StoreUser] = {}
    for entry in os.scandir(proc):
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        pid = int(entry.name)
        try:
            raw = (proc / entry.name / "cmdline").read_bytes()
        except OSError:
            continue
        args = [a.decode("utf-8", "replace") for a in raw.split(b"\0") if a]
        if not args:
            continue
        location = _option(args, "--location", "-l")
        if location is not None and "oxigraph" in Path(args[0]).name:
            try:
                cwd = Path(os.readlink(proc / entry.name / "cwd"))
            except OSError:
                cwd = Path.cwd()
            if (cwd / location).resolve() == target:
                read_only = "serve-read-only" in args
                bind = _option(args, "--bind", "-b")
                users[pid] = StoreUser(
                    pid,
                    " ".join(Path(args[0]).name.split() + args[1:2]),
                    writes=not read_only or pid in holders,
                    url=f"http://{bind}" if bind else None,
                )
                continue
        if pid in holders:
            users[pid] = StoreUser(pid, " ".join(args[:3]), writes=True)
    return [users[pid] for pid in sorted(users)]


def _option(args: list[str], *names: str) -> str | None:
    for index, arg in enumerate(args):
        for name in names:
            if arg == name and index + 1 < len(args):
                return args[index + 1]
            if arg.startswith(name + "="):
                return arg[len(name) + 1 :]
    return None


def _lock_holders(lock: Path) -> set[int]:
    """Pids holding a POSIX lock on the store's ``LOCK`` file (RocksDB's writer lock)."""
    try:
        info = lock.stat()
        table = Path("/proc/locks").read_text("ascii", "replace")
    except OSError:
        return set()
    wanted = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    pids = set()
    for line in table.splitlines():
        fields = line.split()
        # "1: POSIX  ADVISORY  WRITE 29499 fe:00:2162696 0 EOF"; a blocked waiter's
        # line has "->" after the number.
        if "->" in fields:
            continue
        if len(fields) >= 6 and fields[5] == wanted and fields[4].isdigit():
            pids.add(int(fields[4]))
    return pids - {os.getpid()}


def oxigraph_binary() -> Path:
    """The ``oxigraph`` server binary: next to this Python (a virtualenv) or on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return beside
    found = shutil.which("oxigraph")
    if found is None:
        raise StoreError(
            "the oxigraph server is not installed; install it with `pip install oxigraph` "
            "(or `pip install 'kg[server]'`)"
        )
    return Path(found)


def wait_until_ready(
    process: subprocess.Popen[bytes], host: str, port: int, timeout: float = 15.0
) -> None:
    """Wait until a started server accepts connections; a ``StoreError`` with the
    server's own message if it exits first (port taken, store locked) or never answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            message = _stderr_text(process)
            raise StoreError(
                f"the oxigraph server stopped at once (exit {process.returncode}): "
                f"{message or 'no message'}"
            )
        try:
            with socket.create_connection((host, port), timeout=0.5):
                pass
        except OSError:
            time.sleep(0.1)
            continue
        if process.poll() is None:
            return
    process.terminate()
    raise StoreError(f"the oxigraph server did not answer on {host}:{port} within {timeout:g}s")


def _stderr_text(process: subprocess.Popen[bytes]) -> str:
    if process.stderr is None:
        return ""
    return process.stderr.read().decode("utf-8", "replace").strip()


def stop(process: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    """Stop a server started by ``serve``: politely, then by force."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stderr is not None:
        process.stderr.close()


def _check_port_free(host: str, port: int) -> None:
    # A server already on the port would answer in the new one's place: say so first.
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as err:
            raise StoreError(
                f"cannot listen on {host}:{port}: {err.strerror or err}; "
                "is another server running there? Choose another --port"
            ) from err


def serve(
    store_dir: Path, host: str = "127.0.0.1", port: int = 7878, writable: bool = False
) -> subprocess.Popen[bytes]:
    """Start the ``oxigraph`` SPARQL server on a store; the caller stops it.

    Read-only (``serve-read-only``) unless ``writable``. Queries see the default
    graph, which ``load`` keeps as the merge of all article graphs. The query page is
    at ``http://host:port/``, the SPARQL endpoint at ``/query`` (and ``/update``
    and the Graph Store Protocol at ``/store`` when writable).
    """
    if not writable and not store_dir.is_dir():
        raise InputError(
            f"{store_dir}: no store there; create it with `kg load GRAPH... --store {store_dir}`"
        )
    binary = oxigraph_binary()
    _check_port_free(host, port)
    command = [
        str(binary),
        "serve" if writable else "serve-read-only",
        "--location", str(store_dir),
        "--bind", f"{host}:{port}",
    ]
    try:
        # Its own session: Ctrl-C reaches kg only, and kg stops the server cleanly;
        # and it dies with kg should kg be killed outright.
        return subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
            preexec_fn=die_with_parent,  # a prctl call only: safe after fork
        )
    except OSError as err:
        raise StoreError(f"cannot start {command[0]}: {err}") from err


__all__ = [
    "STOP_SIGNALS",
    "StoreUser",
    "die_with_parent",
    "oxigraph_binary",
    "serve",
    "stop",
    "StopRequest",
    "stop_on_signals",
    "store_users",
    "wait_until_ready",
]
