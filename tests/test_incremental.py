"""Incremental runs, worker processes, and what survives a crash or Ctrl-C (issues 8, 9)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.cli.extract import remembered_interrupts
from kg.incremental import Manifest, cache_dir, manifest_path
from kg.publish.files import atomic_writer

RUN_TIME = "2026-01-01T00:00:00Z"
COMPANIES = ["Vatio", "Lumen", "Cierzo", "Altamar", "Brava", "Kestrel", "Solano", "Atlas"]


def article(n: int, amount: int | None = None) -> dict[str, str]:
    a, b = COMPANIES[n % len(COMPANIES)], COMPANIES[(n + 3) % len(COMPANIES)]
    money = amount if amount is not None else 10 + n
    return {
        "id": f"art-{n:03d}",
        "lang": "es",
        "text": f"{a} Energía compró {b} Redes por {money} millones de euros. "
        "La operación se cerró ayer tras meses de negociaciones.",
    }


def write_corpus(path: Path, items: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), "utf-8")
    return path


def extract(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["extract", *args, "--run-time", RUN_TIME])
    return result.exit_code, result.output


def article_ids(path: Path) -> set[str]:
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix[1:]))
    query = "SELECT ?id WHERE { ?a <https://schema.org/identifier> ?id }"
    return {row["id"].value for row in store.query(query, use_default_graph_as_union=True)}  # type: ignore[union-attr]


pytestmark = pytest.mark.model


def test_grown_corpus_processes_only_new_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    out = tmp_path / "g.nq"
    code, output = extract(str(write_corpus(corpus, [article(0), article(1)])), "-o", str(out))
    assert code == 0, output
    assert "2 processed, 0 unchanged" in output
    code, output = extract(
        str(write_corpus(corpus, [article(0), article(1), article(2)])), "-o", str(out)
    )
    assert code == 0, output
    assert "1 processed, 2 unchanged" in output
    assert article_ids(out) == {"art-000", "art-001", "art-002"}
    assert set(Manifest.load(out).articles) == {"art-000", "art-001", "art-002"}


def test_edited_article_replaces_its_graph(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    out = tmp_path / "g.ttl"
    extract(str(write_corpus(corpus, [article(0), article(1)])), "-o", str(out))
    before = out.read_text("utf-8")
    assert "10 millones de euros" in before
    code, output = extract(
        str(write_corpus(corpus, [article(0, amount=77), article(1)])), "-o", str(out)
    )
    assert code == 0, output
    assert "1 processed, 1 unchanged" in output
    after = out.read_text("utf-8")
    assert "77 millones de euros" in after and "10 millones de euros" not in after
    assert len(list(cache_dir(out).iterdir())) == 2  # the old graph is gone from the cache


def test_articles_gone_stay_unless_pruned(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    out = tmp_path / "g.trig"
    extract(str(write_corpus(corpus, [article(0), article(1)])), "-o", str(out))
    write_corpus(corpus, [article(1)])
    code, output = extract(str(corpus), "-o", str(out))
    assert code == 0, output
    assert article_ids(out) == {"art-000", "art-001"}
    code, output = extract(str(corpus), "-o", str(out), "--prune")
    assert code == 0, output
    assert article_ids(out) == {"art-001"}
    assert set(Manifest.load(out).articles) == {"art-001"}


@pytest.mark.parametrize("suffix", [".nq", ".ttl"])
def test_two_workers_give_the_same_bytes_as_one(tmp_path: Path, suffix: str) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", [article(n) for n in range(12)])
    one, two = tmp_path / f"one{suffix}", tmp_path / f"two{suffix}"
    assert extract(str(corpus), "-o", str(one), "--workers", "1")[0] == 0
    code, output = extract(str(corpus), "-o", str(two), "--workers", "2")
    assert code == 0, output
    assert one.read_bytes() == two.read_bytes()


def test_unreadable_manifest_is_a_clear_error(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", [article(0)])
    out = tmp_path / "g.nq"
    manifest_path(out).write_text("{not json", "utf-8")
    code, output = extract(str(corpus), "-o", str(out))
    assert code == 2
    assert "manifest" in output and "delete it" in output
    assert not out.exists()


def kg_process(args: list[str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kg", "extract", *args, "--run-time", RUN_TIME],
        cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def cached(out: Path) -> int:
    folder = cache_dir(out)
    return len([p for p in folder.iterdir() if p.suffix == ".nq"]) if folder.is_dir() else 0


def wait_for_cache(out: Path, process: subprocess.Popen[str], timeout: float = 120) -> None:
    """Until the run has finished a new article (it is mid-run then)."""
    deadline = time.monotonic() + timeout
    start = cached(out)
    while time.monotonic() < deadline:
        if cached(out) > start:
            return
        if process.poll() is not None:
            pytest.fail(f"kg ended early: {process.stderr.read() if process.stderr else ''}")
        time.sleep(0.05)
    pytest.fail("kg never started writing")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killed_or_interrupted_run_leaves_previous_output_intact(
    tmp_path: Path, sig: signal.Signals
) -> None:
    out = tmp_path / "g.nq"
    small = write_corpus(tmp_path / "small.jsonl", [article(0)])
    assert extract(str(small), "-o", str(out))[0] == 0
    before_out, before_manifest = out.read_bytes(), manifest_path(out).read_bytes()
    # The new run must not finish before the signal: enough articles for a while.
    big = write_corpus(tmp_path / "big.jsonl", [article(n) for n in range(1, 800)])
    process = kg_process([str(big), "-o", str(out)], tmp_path)
    wait_for_cache(out, process)
    os.kill(process.pid, sig)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode != 0, stderr
    assert out.read_bytes() == before_out
    assert manifest_path(out).read_bytes() == before_manifest
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    if sig == signal.SIGINT:
        assert process.returncode == 130, stderr
        assert "run the same command again to resume" in stderr
        assert "Traceback" not in stderr
        # Resuming reuses what the interrupted run finished.
        code, output = extract(str(big), "-o", str(out))
        assert code == 0, output
        reused = re.search(r"\((\d+) processed, (\d+) unchanged\)", output)
        assert reused is not None, output
        # Fewer than all 799 processed again: the interrupted run's articles were kept.
        assert int(reused.group(1)) < 799, output


class _InterruptedFinaliser:
    """Sends Ctrl-C to this process from a finaliser: the interrupt is raised inside
    ``__del__``, where Python reports it as "Exception ignored" and drops it."""

    def __del__(self) -> None:
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(1000):  # the handler runs between these bytecodes
            time.sleep(0.001)


# The lost KeyboardInterrupt is what the test is about: pytest reports it as unraisable.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_interrupt_lost_in_a_finaliser_is_still_seen_by_kg_extract() -> None:
    before = signal.getsignal(signal.SIGINT)
    with remembered_interrupts() as seen:
        assert not seen()
        _InterruptedFinaliser()  # collected at once; its KeyboardInterrupt is lost
        assert seen()
    assert signal.getsignal(signal.SIGINT) is before


WRITER = """
import sys, time
from pathlib import Path
from kg.publish.files import atomic_writer
with atomic_writer(Path(sys.argv[1])) as handle:
    for _ in range(10_000):
        handle.write(b"<http://x/s> <http://x/p> <http://x/o> .\\n" * 100)
        handle.flush()
        print("writing", flush=True)
        time.sleep(0.01)
"""


def test_sigkill_in_the_middle_of_writing_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "g.nt"
    target.write_bytes(b"<http://x/old> <http://x/p> <http://x/o> .\n")
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1],
    )
    assert process.stdout is not None
    for _ in range(5):  # several chunks are on disk in the temporary file
        assert process.stdout.readline().strip() == "writing"
    process.kill()
    process.wait(timeout=30)
    process.stdout.close()
    assert target.read_bytes() == b"<http://x/old> <http://x/p> <http://x/o> .\n"


def test_error_while_writing_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "g.nt"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"partial")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.nt"]


def test_new_kg_code_processes_every_article_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Regression: a cache keyed on the version number alone served graphs made by
    # older code after kg's rules changed.
    import kg.incremental

    corpus = write_corpus(tmp_path / "c.jsonl", [article(0), article(1)])
    out = tmp_path / "g.nq"
    assert extract(str(corpus), "-o", str(out))[0] == 0
    assert "0 processed, 2 unchanged" in extract(str(corpus), "-o", str(out))[1]
    monkeypatch.setattr(kg.incremental, "code_fingerprint", lambda: "other-code")
    code, output = extract(str(corpus), "-o", str(out))
    assert code == 0, output
    assert "2 processed, 0 unchanged" in output
