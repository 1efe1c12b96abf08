"""bench/quality.py: the dev split rule and the one-table rendering."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def quality() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quality", ROOT / "bench" / "quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["quality"] = module
    spec.loader.exec_module(module)
    return module


def test_the_halves_follow_the_md5_rule(quality: ModuleType) -> None:
    # md5("a") ends in ...661 (odd: B), md5("d") in ...1ad (odd: B), md5("e") in
    # ...c32 (even: A).
    assert [quality.half(x) for x in ("a", "d", "e")] == ["B", "B", "A"]


def test_one_table_with_blank_cells_for_what_a_row_does_not_measure(
    quality: ModuleType,
) -> None:
    figures = {"precision": 0.5, "recall": 0.25, "f1": 0.333}
    rows = [
        {"name": "dev A", "n": 2, "kinds": {k: figures for k in
                                            ("organizations", "people", "amounts", "deals")},
         "accuracy": {"type": 1.0, "roles": 0.5, "amount": 0.0, "status": 1.0},
         "matched": 2, "note": ""},
        {"name": "sentivent", "n": 3, "kinds": {"deals": figures}, "note": "4 gold pairs"},
    ]
    text = quality.render(rows, ["conll es: not found, skipped"])
    lines = text.splitlines()
    assert lines[0].split()[:5] == ["set", "n", "orgs", "P", "R"]
    assert lines[2].split() == ["dev", "A", "2", *["0.500", "0.250", "0.333"] * 4,
                                "1.000", "0.500", "0.000", "1.000", "2"]
    assert lines[3].split() == ["sentivent", "3", "0.500", "0.250", "0.333"]
    # The deals figures of the SENTiVENT row sit under the deals columns.
    assert lines[3].index("0.500") == lines[2].index("0.500", lines[0].index("deals P") - 2)
    assert "sentivent: 4 gold pairs" in text and "conll es: not found, skipped" in text
