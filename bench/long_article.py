"""Time of ``kg extract`` on one long article against its length (issue 15).

    python bench/long_article.py            # 750 kB and 3 MB, English
    python bench/long_article.py 200000 800000

Each article is bench/corpus.py's English articles joined by blank lines up to the
length asked for. The run is the whole command (start-up included), as a user would
time it, in wall and CPU time; the ratio of the longest to the shortest time is
printed beside the ratio of their lengths: linear time gives about the same number.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402


def long_text(length: int, lang: str = "en") -> str:
    """Articles of ``lang`` from the benchmark corpus, joined by blank lines, cut at a
    sentence end at or before ``length`` characters."""
    parts: list[str] = []
    size = 0
    for article in generate(10 * length // 2000 + 100, seed=11):
        if article["lang"] != lang:
            continue
        parts.append(article["text"])
        size += len(article["text"]) + 2
        if size >= length:
            break
    text = "\n\n".join(parts)[:length]
    return text[: text.rfind(".") + 1]


def time_extract(text: str, work: Path) -> tuple[float, float]:
    corpus = work / f"long-{len(text)}.jsonl"
    corpus.write_text(json.dumps({"id": "long", "lang": "en", "text": text}) + "\n", "utf-8")
    out = work / f"long-{len(text)}.nq"
    cpu = _children_cpu()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kg", "-q", "extract", str(corpus), "-o", str(out),
         "--run-time", "2026-01-01T00:00:00Z"],
        check=True,
    )
    return time.perf_counter() - started, _children_cpu() - cpu


def _children_cpu() -> float:
    # CPU time, not only wall time: on a shared machine the wall clock measures the
    # neighbours too.
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    lengths = [int(a) for a in sys.argv[1:]] or [750_000, 3_000_000]
    with tempfile.TemporaryDirectory() as folder:
        times: dict[int, tuple[float, float]] = {}
        for length in lengths:
            text = long_text(length)
            times[length] = wall, cpu = time_extract(text, Path(folder))
            print(f"{len(text):>10,} characters  {wall:7.1f} s wall  {cpu:7.1f} s CPU",
                  flush=True)
    shortest, longest = min(lengths), max(lengths)
    print(
        f"ratio {longest / shortest:.2f} in length: "
        f"{times[longest][0] / times[shortest][0]:.2f} in wall time, "
        f"{times[longest][1] / times[shortest][1]:.2f} in CPU time"
    )


if __name__ == "__main__":
    main()
