"""Golden cases (tests/data/golden): the graph of each hand-written article is the one
locked in its expected.nq. After an intended change: python -m tests.golden --regenerate
(see tests/golden.py), then read the diff of the .nq files before committing."""

from __future__ import annotations

from pathlib import Path

import pytest
from golden import (
    EXPECTED,
    GOLDEN,
    case_names,
    compare,
    describe_diff,
    main,
    parse_nquads,
    produce,
)

from kg.nlp import Pipelines

pytestmark = pytest.mark.model

CASES = case_names()


@pytest.fixture(scope="module")
def pipelines() -> Pipelines:
    return Pipelines()


def test_there_are_golden_cases_in_both_languages() -> None:
    assert len(CASES) >= 30
    langs = {c.split("-")[0] for c in CASES}
    assert {"es", "en"} <= langs


@pytest.mark.parametrize("case", CASES)
def test_golden_case(case: str, pipelines: Pipelines) -> None:
    diff = compare(case, produce(case, pipelines))
    assert diff is None, (
        f"{case}: the graph differs from {GOLDEN / case / EXPECTED} "
        f"(- expected only, + produced only):\n{diff}\n"
        f"If the change is intended: python -m tests.golden --regenerate {case}"
    )


_DEAL = "<https://w3id.org/dealkg/id/deal/x>"
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_G = "<https://w3id.org/dealkg/id/article/a>"


def test_the_diff_names_each_changed_triple() -> None:
    expected = parse_nquads(
        f"{_DEAL} {_TYPE} <https://w3id.org/dealkg/ontology#Acquisition> {_G} .\n".encode()
    )
    actual = parse_nquads(
        f"{_DEAL} {_TYPE} <https://w3id.org/dealkg/ontology#Merger> {_G} .\n".encode()
    )
    diff = describe_diff(expected, actual).splitlines()
    assert diff == [
        f"- {_DEAL} {_TYPE} <https://w3id.org/dealkg/ontology#Acquisition>",
        f"+ {_DEAL} {_TYPE} <https://w3id.org/dealkg/ontology#Merger>",
    ]


def test_a_case_without_expected_output_says_how_to_make_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import golden

    monkeypatch.setattr(golden, "GOLDEN", tmp_path)
    (tmp_path / "es-new").mkdir()
    (tmp_path / "es-new" / "input.txt").write_text("Acme compró Beta.\n", encoding="utf-8")
    message = compare("es-new", b"")
    assert message is not None and "--regenerate es-new" in message


def test_regenerate_writes_what_the_check_then_accepts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import golden

    monkeypatch.setattr(golden, "GOLDEN", tmp_path)
    case = tmp_path / "es-tmp"
    case.mkdir()
    source = GOLDEN / CASES[0] / "input.txt"
    (case / "input.txt").write_bytes(source.read_bytes())
    assert main(["--regenerate", "es-tmp"]) == 0
    assert (case / EXPECTED).read_bytes().endswith(b" .\n")
    assert main(["es-tmp"]) == 0
    (case / EXPECTED).write_bytes(b"")  # an emptied expectation is a difference
    assert main(["es-tmp"]) == 1
    assert "differs: es-tmp" in capsys.readouterr().out
    assert main(["no-such-case"]) == 2
