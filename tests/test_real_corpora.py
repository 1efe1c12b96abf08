"""kg never refuses its own output (issue 15): ``kg extract`` over every real text the
project has beside it (``../shared``: the dev articles, the four CoNLL files read as
articles, the SENTiVENT documents) and the benchmark corpus gives zero articles
refused by the shapes and zero internal errors.

The real texts are converted to JSONL in the test's temporary folder and never kept.
Skipped where ``../shared`` is absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.conll import group_documents, read_conll

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"
NER = SHARED / "data" / "ner"
SENTIVENT = SHARED / "data" / "relations" / "sentivent_en_deal_docs.jsonl"
CONLL = ("eng.testa", "eng.testb", "esp.testa", "esp.testb")
BENCH_ARTICLES = 200

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(
        not (DEV.is_dir() and SENTIVENT.is_file() and all((NER / n).is_file() for n in CONLL)),
        reason="../shared (dev articles, CoNLL, SENTiVENT) is not there",
    ),
]


def _write(path: Path, records: list[dict[str, str]]) -> int:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8"
    )
    return len(records)


def conll_articles(name: str) -> list[dict[str, str]]:
    """A CoNLL file as articles: split at -DOCSTART- (English) or at the agency
    dateline (Spanish), one sentence a line, its tokens joined by spaces."""
    lang = "en" if name.startswith("eng") else "es"
    records = []
    for number, document in enumerate(group_documents(read_conll(NER / name))):
        text = "\n".join(" ".join(sentence.tokens) for sentence in document).strip()
        if text and text != "-DOCSTART-":
            records.append({"id": f"{name}-{number:04d}", "lang": lang, "text": text})
    return records


def sentivent_articles() -> list[dict[str, str]]:
    records = []
    for line in SENTIVENT.read_text("utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            records.append({"id": f"sentivent-{item['doc_id']}", "lang": "en",
                            "text": item["text"]})
    return records


def bench_articles() -> list[dict[str, str]]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from corpus import generate
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return list(generate(BENCH_ARTICLES))


def test_kg_extract_refuses_none_of_its_own_graphs_on_real_text(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    count = sum(1 for path in DEV.glob("*.txt"))
    for name in CONLL:
        count += _write(inputs / f"conll-{name}.jsonl", conll_articles(name))
    count += _write(inputs / "sentivent.jsonl", sentivent_articles())
    count += _write(inputs / "bench.jsonl", bench_articles())
    out = tmp_path / "all.nq"
    report = tmp_path / "report.json"
    result = CliRunner().invoke(cli, [
        "extract", str(DEV), str(inputs), "-o", str(out), "--keep-going", "--workers", "2",
        "--report", str(report), "--run-time", "2026-01-01T00:00:00Z",
    ])
    account = json.loads(report.read_text("utf-8"))
    assert account["left_out"] == [], result.stderr[-3000:]
    assert result.exit_code == 0, result.stderr[-3000:]
    assert account["articles"] == count
    assert count > 1000
