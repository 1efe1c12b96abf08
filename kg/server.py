"""The lifetime of the ``oxigraph`` server kg starts, and who else has a store open.

- ``stop_on_signals``: SIGTERM and SIGHUP (a service manager stopping kg, a closed
  terminal) end ``kg serve`` as Ctrl-C does, so that it stops its server; and the
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
import signal
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


@contextlib.contextmanager
def stop_on_signals(signals: Sequence[signal.Signals] = STOP_SIGNALS) -> Iterator[None]:
    """Within the block, the ``signals`` raise ``KeyboardInterrupt`` in the main
    thread, as Ctrl-C does; the previous handlers are restored after it."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt(signal.Signals(signum).name)

    previous = {sig: signal.signal(sig, interrupt) for sig in signals}
    try:
        yield
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


__all__ = ["STOP_SIGNALS", "StoreUser", "die_with_parent", "stop_on_signals", "store_users"]
