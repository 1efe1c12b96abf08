"""``kg load`` against pyoxigraph's own ``bulk_load`` of the same N-Quads file.

    python bench/load_bench.py out/corpus.nq     # a file kg extract wrote

Each load runs in a fresh process into a new store, twice alternately (the best of
each kept): wall and CPU time, and the process's peak memory (VmHWM) against the
file's size. ``kg load`` writes every triple twice (its article's named graph, and the
default graph that is the merge of all graphs), so pyoxigraph's ``bulk_load`` of
the named graphs alone is the floor, not the same work.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_BULK = """
import sys
import pyoxigraph as ox
store = ox.Store(sys.argv[2])
store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_QUADS)
store.flush()
"""
_KG = """
import sys
from pathlib import Path
from kg.store import load
print(load([Path(sys.argv[1])], Path(sys.argv[2])))
"""


def timed(script: str, source: Path, store: Path) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak RSS in MiB) of one fresh process."""
    shutil.rmtree(store, ignore_errors=True)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_before = usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", script, str(source), str(store)], cwd=ROOT)
    peak_kib = 0
    status = Path(f"/proc/{process.pid}/status")
    while process.poll() is None:
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak_kib = max(peak_kib, int(line.split()[1]))
        except (OSError, ValueError):
            pass
        time.sleep(0.05)
    wall = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"the load failed: {script}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, usage.ru_utime + usage.ru_stime - cpu_before, peak_kib // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("nquads", type=Path, help="an N-Quads file")
    args = parser.parse_args()
    size = args.nquads.stat().st_size / 2**20
    work = Path(tempfile.mkdtemp(prefix="kg-load-bench-"))
    print(f"kg load benchmark — {time.strftime('%Y-%m-%d %H:%M')} — {platform.node()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"file: {args.nquads} ({size:.1f} MiB)")
    runs: dict[str, list[tuple[float, float, int]]] = {"bulk_load": [], "kg load": []}
    for _ in range(2):
        runs["bulk_load"].append(timed(_BULK, args.nquads, work / "bulk"))
        runs["kg load"].append(timed(_KG, args.nquads, work / "kg"))
    best = {
        name: (min(r[0] for r in found), min(r[1] for r in found), max(r[2] for r in found))
        for name, found in runs.items()
    }
    for name, (wall, cpu, peak) in best.items():
        print(f"  {name:<10} {wall:7.2f} s wall {cpu:7.2f} s CPU  peak {peak:5d} MiB "
              f"({peak / size:.1f}x the file)")
    (kg_wall, kg_cpu, kg_peak), (bulk_wall, bulk_cpu, _) = best["kg load"], best["bulk_load"]
    print(f"  kg load / bulk_load: {kg_wall / bulk_wall:.2f} wall, {kg_cpu / bulk_cpu:.2f} CPU "
          "(target <= 1.5)")
    print(f"  kg load peak memory / file size: {kg_peak / size:.2f} (target < 2)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
