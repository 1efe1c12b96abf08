"""Session 41, helper perf7 (issue #19): what the ``kg extract`` process does that bare
spaCy's does not, cut, with the same bytes out.

- ``kg.pipeline.keep_freed_memory``: glibc keeps the memory a batch frees for the next
  batch instead of handing it back to the kernel and faulting it in again page by
  page. Opt-in: ``kg extract`` turns it on; a library caller's process is left alone.

The bytes are checked by ``tests/test_run.py`` (a library run, before any opt-in, and
``kg extract`` write the same file) and the golden cases; here, that the setting does
what it says, and who turns it on.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent

glibc = pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="mallopt is glibc's",
)

# In a fresh process: allocate 96 MiB in 2 MiB blocks (each written), free them all,
# and print the resident memory (bytes) with the blocks and after they are freed.
_FREED = """
import os, sys
from kg.pipeline import keep_freed_memory

if sys.argv[1] == "keep":
    assert keep_freed_memory()
page = os.sysconf("SC_PAGE_SIZE")

def resident():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * page

blocks = [bytearray(2 << 20) for _ in range(48)]
held = resident()
del blocks
print(held, resident())
"""


def _environment() -> dict[str, str]:
    """This process's environment without the allocator's own settings (they would
    decide the test), with this checkout's kg first."""
    env = {
        key: value for key, value in os.environ.items()
        if not key.startswith("MALLOC_") and key != "GLIBC_TUNABLES"
    }
    env["PYTHONPATH"] = str(ROOT)
    return env


def resident_after_free(mode: str) -> tuple[int, int]:
    done = subprocess.run(
        [sys.executable, "-c", _FREED, mode],
        cwd=ROOT, capture_output=True, text=True, check=True,
        env=_environment(),
    )
    held, after = (int(n) for n in done.stdout.split())
    return held, after


@glibc
def test_freed_memory_stays_with_the_process_for_the_next_batch() -> None:
    mib = 1 << 20
    held, after = resident_after_free("keep")
    assert after > held - 8 * mib  # kept: the next batch takes it without page faults
    # Near miss: without it, glibc hands the 96 MiB back to the kernel at once.
    held, after = resident_after_free("default")
    assert after < held - 64 * mib


def test_kg_extract_turns_it_on_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.runtime

    calls: list[str] = []
    monkeypatch.setattr(kg.runtime, "keep_freed_memory", lambda: calls.append("kept") or True)
    result = CliRunner().invoke(
        cli, ["extract", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "g.nq")]
    )
    assert result.exit_code == 2  # no such input: refused, after the setting was made
    assert calls == ["kept"]


@pytest.mark.skipif(sys.platform.startswith("linux"), reason="Linux has it")
def test_elsewhere_it_says_it_did_nothing() -> None:
    from kg.pipeline import keep_freed_memory

    assert keep_freed_memory() is False
