"""The deal explorer at archive scale: `kg report` time and page load times in a
real headless Chromium, on graphs of bench/corpus.py's synthetic articles.

    python bench/report_bench.py                       # 1,000 and 10,000 articles
    python bench/report_bench.py --articles 1000 --work /tmp/kg-report-bench

Each size is extracted once with `kg extract` (kept in --work and reused when it
is there), then: the report is written (`kg report GRAPH -o DIR`, timed in this
process as the command runs it), and index.html and network.html are opened from
file:// in Chromium (/usr/bin/chromium through /usr/bin/chromedriver), timed from
navigation start until the page's script says it has drawn (the index's first
rows, the network's top 50 laid out), best of three loads. Also timed: typing an
organisation into the index's filter.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import generate  # noqa: E402

from kg.report import Site, report_from_files, write_site  # noqa: E402


def extract(work: Path, count: int) -> Path:
    graph = work / f"graph-{count}.nq"
    if graph.is_file():
        return graph
    corpus = work / f"corpus-{count}.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for item in generate(count):
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kg", "-q", "extract", str(corpus), "-o", str(graph),
         "--run-time", "2026-01-01T00:00:00Z"], check=True, cwd=ROOT,
    )
    print(f"  extracted {count} articles in {time.perf_counter() - start:.0f} s")
    return graph


def browser() -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000", f"--user-data-dir={tempfile.mkdtemp(prefix='kg-bench-')}",
    ):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def load_time(driver: Any, url: str, ready: str) -> float:
    """Seconds from navigation start to the page's ready flag, best of three."""
    from selenium.webdriver.support.ui import WebDriverWait

    best = float("inf")
    for _ in range(3):
        driver.get("about:blank")
        driver.get(url)
        WebDriverWait(driver, 60).until(lambda d: d.execute_script(f"return !!window.{ready}"))
        ms = driver.execute_script(f"return window.{ready}At")
        best = min(best, float(ms) / 1000)
    return best


def filter_time(driver: Any, url: str, name: str) -> tuple[float, int]:
    """Seconds to filter the index by an organisation (typed at once), and rows drawn."""
    driver.get(url)
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return !!window.kgIndexReady"))
    seconds, rows = driver.execute_script(
        "var box = document.getElementById('f-org'); box.value = arguments[0];"
        "var t = performance.now(); box.dispatchEvent(new Event('input'));"
        "return [(performance.now() - t) / 1000,"
        " document.querySelectorAll('#deals tbody tr[data-deal]').length];",
        name,
    )
    return float(seconds), int(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-report-bench"
    )
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    driver = browser()
    try:
        for count in args.articles:
            print(f"{count} articles")
            graph = extract(args.work, count)
            out = args.work / f"report-{count}"
            start = time.perf_counter()
            report = report_from_files([graph])
            read = time.perf_counter() - start
            files = write_site(Site(report, "en"), out)
            total = time.perf_counter() - start
            size = sum(p.stat().st_size for p in (out / "data").iterdir()) / 2**20
            print(f"  kg report: {total:.1f} s ({read:.1f} s reading the graph), "
                  f"{len(report.deals)} deals, {len(report.entities)} organisations and people, "
                  f"{files} files, data {size:.1f} MiB")
            index = (out / "index.html").as_uri()
            seconds = load_time(driver, index, "kgIndexReady")
            print(f"  index.html loaded and drawn: {seconds:.2f} s")
            seconds, rows = filter_time(driver, index, "Lumen AI")
            print(f"  filter by organisation: {seconds * 1000:.0f} ms ({rows} deals)")
            network = (out / "network.html").as_uri()
            print(f"  network.html, top 50 drawn: {load_time(driver, network, 'kgCy'):.2f} s")
            shutil.rmtree(out)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
