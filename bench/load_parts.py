"""``kg load`` against pyoxigraph's ``bulk_load`` in one process, and the parts of
``kg load``: CPU time (all threads: the bulk loader runs several) and wall time, each
load into a fresh store, alternately, best of N rounds.

    python bench/load_parts.py out/corpus.nq --rounds 3
    python bench/load_parts.py out/corpus.nq --before /tmp/old-checkout

Run from a checkout's root (its ``kg`` is the one measured). ``--before DIR`` adds the
``kg/store.py`` of another checkout as a third load, for a before / after in one run.
The parts: the named graphs alone as kg gives them to the loader (blocks of text), the
default-graph copy alone (the blocks without their graph names, lenient N-Triples),
both copies (the store's own work for ``kg load``, the blocks split beforehand), the
split that makes that copy, and the count of the loaded triples (as a load into an
empty store counts them).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

import pyoxigraph as ox  # noqa: E402

from kg import store as kg_store  # noqa: E402

NQ = ox.RdfFormat.N_QUADS


def _module(path: Path) -> object:
    spec = importlib.util.spec_from_file_location("store_before", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["store_before"] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def loads(source: Path, work: Path, before: Path | None) -> dict[str, Callable[[], object]]:
    def fresh(name: str) -> Path:
        shutil.rmtree(work / name, ignore_errors=True)
        return work / name

    def bulk() -> None:
        store = ox.Store(str(fresh("bulk")))
        store.bulk_load(path=str(source), format=NQ)
        store.flush()

    def named_blocks() -> None:
        store = ox.Store(str(fresh("named")))
        for block in kg_store._blocks(source):
            store.bulk_load(block, format=NQ)
        store.flush()

    def default_copy() -> None:
        store = ox.Store(str(fresh("default")))
        for block in kg_store._blocks(source):
            split = kg_store._split_graph_names(block)
            if split is not None:
                store.bulk_load(split[1], format=ox.RdfFormat.N_TRIPLES, lenient=True)
        store.flush()

    def both_copies() -> None:  # the store's own work for kg's two copies
        store = ox.Store(str(fresh("both")))
        for block, without_names in texts:
            store.bulk_load(block, format=NQ)
            store.bulk_load(without_names, format=ox.RdfFormat.N_TRIPLES, lenient=True)
        store.flush()

    def split() -> None:
        for block in kg_store._blocks(source):
            kg_store._split_graph_names(block)

    def count() -> None:
        store = ox.Store(str(work / "kg"))
        stream = kg_store._Stream(store, set())
        stream.new = set(store.named_graphs())
        stream.alone = True  # as a load into an empty store counts them
        stream.count()

    found: dict[str, Callable[[], object]] = {
        "bulk_load": bulk,
        "kg load": lambda: kg_store.load([source], fresh("kg")),
    }
    if before is not None:
        old = _module(before / "kg" / "store.py")
        found["kg load before"] = lambda: old.load([source], fresh("before"))  # type: ignore[attr-defined]
    texts = [
        (block, cut[1])
        for block in kg_store._blocks(source)
        if (cut := kg_store._split_graph_names(block)) is not None
    ]
    found |= {"named graphs": named_blocks, "default copy": default_copy,
              "both copies": both_copies, "split": split, "count": count}
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("nquads", type=Path, help="an N-Quads file kg extract wrote")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", type=Path, metavar="CHECKOUT")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-load-parts-"))
    best: dict[str, tuple[float, float]] = {}
    try:
        for _ in range(args.rounds):
            for name, run in loads(args.nquads, work, args.before).items():
                cpu, wall = time.process_time(), time.perf_counter()
                run()
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                old = best.get(name, (float("inf"), float("inf")))
                best[name] = (min(old[0], cpu), min(old[1], wall))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    size = args.nquads.stat().st_size / 2**20
    print(f"{args.nquads} ({size:.1f} MiB), best of {args.rounds}, "
          f"{time.strftime('%Y-%m-%d %H:%M')}")
    floor_cpu, floor_wall = best["bulk_load"]
    for name, (cpu, wall) in best.items():
        print(f"  {name:<15} {cpu:6.2f} s CPU ({cpu / floor_cpu:.2f}x)  "
              f"{wall:6.2f} s wall ({wall / floor_wall:.2f}x)")


if __name__ == "__main__":
    main()
