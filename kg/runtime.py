"""How a kg command's process runs: settings a command opts into, since each changes
the whole process. To start fast: spaCy imported without its own command line
(``import_spacy``), and the cyclic garbage collector paused while the process starts
(``paused_collector``). To run many batches: freed memory kept for the next batch
(``keep_freed_memory``), and threads that take turns often (``fast_thread_switching``).
To end fast: no collection at exit (``no_collection_at_exit``).
This module imports nothing heavy: a command sets them before it imports the rest.

A re-run that processes 10 changed articles of 1,000 is mostly start-up (imports, the
inputs read and hashed, one pipeline built): 3.46 s of CPU before these, 2.45 s with
them (medians of 6, a busy machine); spaCy's command line took 0.17 s, the collector
0.35 s while the process started and 0.1 s at its exit.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import sys
import types
from collections.abc import Iterator
from typing import Any


def import_spacy() -> None:
    """Import spaCy, without the command line its package imports only to re-export
    ``spacy.info`` (typer, weasel, httpx, jinja2 and every ``spacy`` subcommand: 0.17 s
    of CPU, a sixth of spaCy's import). Nothing of spaCy is replaced: while spaCy's
    ``__init__`` runs, ``spacy.cli`` and ``spacy.cli.info`` are stand-ins, taken out of
    ``sys.modules`` as soon as it ends, so a later ``import spacy.cli`` imports the real
    package; ``spacy.info`` imports and calls the real ``info``. A spaCy that imports
    more of its command line than that is imported as it ships.
    """
    if "spacy" in sys.modules:
        return
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package, so that ``spacy.cli.info`` may be imported from it
    module = types.ModuleType("spacy.cli.info")
    module.info = _real_info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": package, "spacy.cli.info": module}
    sys.modules.update(stand_ins)
    try:
        import spacy  # noqa: F401
    except ImportError:
        # A spaCy that imports more of its command line: drop what was half imported,
        # and import it as it ships.
        for name in [name for name in sys.modules if name.split(".")[0] == "spacy"]:
            del sys.modules[name]
        _drop(stand_ins)
        import spacy  # noqa: F401
    finally:
        _drop(stand_ins)


def _drop(stand_ins: dict[str, types.ModuleType]) -> None:
    for name, module in stand_ins.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]


def _real_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, from spaCy's command line imported at the first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


class _Start:
    """A process's start, while ``paused_collector`` holds the collector: the
    collector's thresholds to restore (``None`` when it does not hold it), and whether
    it froze objects."""

    def __init__(self) -> None:
        self.thresholds: tuple[int, ...] | None = None
        self.froze = False

    def end(self) -> None:
        """The start is over (a pipeline is built): what the process holds is frozen
        (``gc.freeze``: the collector passes over it from now on; not when something
        in the process froze objects already) and the collector runs again. Nothing
        when the collector is not paused."""
        if self.thresholds is not None:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                self.froze = True
            self.resume()

    def resume(self) -> None:
        if self.thresholds is not None:
            gc.set_threshold(*self.thresholds)
            self.thresholds = None


_START = _Start()


def started() -> None:
    """The end of the start-up, if ``paused_collector`` holds the collector: called by
    ``kg.pipeline`` once it has built a pipeline."""
    _START.end()


@contextlib.contextmanager
def paused_collector() -> Iterator[None]:
    """Within the block, Python's cyclic garbage collector does not run by itself
    until a pipeline is built (``started``), then what the process holds is frozen
    and it runs again; at the end of the block it runs again in any case, and what it
    froze is unfrozen. Opt-in, for a command that starts by importing kg and spaCy and
    building a pipeline (``kg extract`` with one worker does), since it changes the
    whole process.

    What a process makes while it starts lives as long as it: modules, the articles
    read, the pipeline. The collector would walk them again and again as they pile up,
    and find almost nothing to free (a few hundred objects): 0.35 s of CPU in a re-run
    of 10 changed articles of 1,000. It is paused by its threshold (0: no automatic
    run), not ``gc.disable()``, which spaCy's model loading undoes (srsly turns the
    collector off and on around each msgpack file it reads). With the collector
    already off (a caller's choice), nothing changes.
    """
    thresholds = gc.get_threshold()
    if not gc.isenabled() or thresholds[0] == 0:
        yield
        return
    gc.set_threshold(0)
    _START.thresholds = thresholds
    try:
        yield
    finally:
        _START.resume()  # when no pipeline was built (every article cached), or it failed
        if _START.froze:  # the process as it was (a host's, in tests)
            _START.froze = False
            gc.unfreeze()


def no_collection_at_exit() -> None:
    """At the process's exit, the collector passes over what the process made instead
    of walking it all once more: opt-in, for a program that ends with its command
    (``kg``'s does), since it changes the whole process.

    Python's finalisation runs the collector over every object still tracked; after
    ``kg extract`` those are the run's pipeline, rules and graphs, none of which needs
    freeing when the process's memory goes back to the system as it ends (0.1 s of
    CPU after a re-run of 10 changed articles of 1,000, 0.2 s after a run of 1,000).
    They are frozen (``gc.freeze``) at exit, after every other exit handler; kg
    closes its files itself, so nothing waits for a finaliser in a reference cycle.
    """
    atexit.register(gc.freeze)


def collector_paused() -> bool:
    """Whether the collector is paused (off, or by its threshold)."""
    return not gc.isenabled() or gc.get_threshold()[0] == 0


@contextlib.contextmanager
def fast_thread_switching() -> Iterator[None]:
    """Within the block, Python switches threads every 0.1 ms instead of 5 ms, then
    the interval is restored: opt-in, for a command that runs
    ``kg.pipeline.process(..., overlap=True)`` (``kg extract`` does), since it changes
    the whole process.

    spaCy takes the GIL back after each matrix product; at the default switch
    interval it would wait for the graph thread that long each time, which undoes
    the overlap.
    """
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, _SWITCH_INTERVAL))
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


def keep_freed_memory() -> bool:
    """For the rest of the process, the C allocator (glibc's malloc) keeps the memory
    a batch frees for the next batch instead of handing it back to the kernel:
    opt-in, for a command that runs many batches (``kg extract`` does), since it
    changes the whole process. Whether it applied: only on Linux with glibc.

    Each batch frees its docs, arrays and, at the end of its memory zone
    (``kg.pipeline._read_into``), the strings spaCy interned for it; glibc hands the freed top
    of its heap back to the kernel, and the next batch takes it again page by page,
    each page a fault: on the corpus benchmark (1,000 articles), 740,000 page faults
    where bare spaCy takes 110,000, and 2 s of kernel time where it takes 0.5 s; with
    this, 110,000 and 0.6 s. The pages kept are ones the process already used, so the
    peak memory does not grow. Arrays of up to 32 MiB are put on the heap, as glibc
    itself comes to do after the first few batches.
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # a C library without mallopt (musl has it)
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(
        mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD) and mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD)
    )


# mallopt's parameters (malloc.h) and kg's values: the most glibc's own sliding
# threshold reaches (32 MiB on 64-bit), and a trim threshold above what a batch frees
# (measured: 64 MiB of free heap top is still handed back once a batch or so).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_MMAP_THRESHOLD = 32 * 1024 * 1024
_TRIM_THRESHOLD = 256 * 1024 * 1024


# Seconds; measured on the corpus benchmark: 0.1 ms overlaps as well as 0.05 ms, and
# 0.2 ms half as well.
_SWITCH_INTERVAL = 0.0001


__all__ = [
    "collector_paused",
    "fast_thread_switching",
    "import_spacy",
    "keep_freed_memory",
    "no_collection_at_exit",
    "paused_collector",
    "started",
]
