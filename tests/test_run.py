"""kg.run: the incremental run of ``kg extract`` as a library function, with one
result type per article; and no process-wide switch changed behind a library
caller's back."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.facts import Article
from kg.pipeline import ArticleResult, fast_thread_switching, make_run
from kg.run import Extraction, extract_to_file

RUN_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
TEXTS = {
    "north": "Vela Systems agreed to buy Nadir Labs for $40 million on Monday.",
    "south": "Sol Energy raised $12 million from Bluefin Capital in a funding round.",
}


def corpus(path: Path, *extra: dict[str, str]) -> Path:
    records = [{"id": key, "lang": "en", "text": text} for key, text in TEXTS.items()]
    records += extra
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.model
def test_the_library_run_writes_what_kg_extract_writes(tmp_path: Path) -> None:
    # An article in a language kg does not read: skipped, listed with its reason.
    source = corpus(tmp_path / "c.jsonl", {"id": "rare", "lang": "fr", "text": "Un texte."})
    seen: list[ArticleResult] = []
    library = tmp_path / "lib" / "g.nq"
    report = tmp_path / "lib" / "report.json"
    summary = extract_to_file(
        [source], library, run_time=RUN_TIME, report=report, on_result=seen.append
    )
    assert sorted(r.article.id for r in seen) == ["north", "rare", "south"]
    assert [r.article.id for r in seen if r.ok] == ["north", "south"]
    (skipped,) = summary.left_out
    assert skipped.skipped is not None and "language 'fr'" in skipped.skipped
    assert (summary.articles, summary.processed, summary.unchanged) == (2, 2, 0)
    account = json.loads(report.read_text("utf-8"))
    assert account["output"] == str(library) and account["articles"] == 2
    assert [item["article"] for item in account["left_out"]] == ["rare"]

    command = tmp_path / "cli" / "g.nq"
    result = CliRunner().invoke(
        cli, ["extract", str(source), "-o", str(command), "--run-time", "2026-01-01T00:00:00Z"]
    )
    assert result.exit_code == 0, result.output
    assert command.read_bytes() == library.read_bytes()

    # Incremental: a second run processes nothing, and says so.
    again = Extraction.prepare([source], library, run_time=RUN_TIME)
    assert again.todo == [a for a in again.articles if a.id == "rare"]
    assert [r.article.id for r in again.results()] == ["rare"]
    summary = again.finish()
    assert (summary.processed, summary.unchanged) == (0, 2)


def test_thread_switching_is_opt_in_and_restored() -> None:
    before = sys.getswitchinterval()
    with fast_thread_switching():
        assert sys.getswitchinterval() < before
    assert sys.getswitchinterval() == before


@pytest.mark.model
def test_a_library_run_leaves_the_switch_interval_alone() -> None:
    from kg.parallel import run_articles

    before = sys.getswitchinterval()
    intervals = []
    for result in run_articles(
        [Article(key, text, "en") for key, text in TEXTS.items()], models={}, run=make_run()
    ):
        intervals.append(sys.getswitchinterval())
        assert result.ok and result.nquads
    assert intervals == [before, before]


def test_prepare_refuses_a_bad_format_before_any_work(tmp_path: Path) -> None:
    from kg.errors import InputError

    with pytest.raises(InputError, match="unknown output format 'xml'"):
        Extraction.prepare([tmp_path / "missing.txt"], tmp_path / "g.ttl", fmt="xml")
