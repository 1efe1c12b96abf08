"""The shape of the rule code: no class over 300 lines and no function over 60 lines in
the packages listed, so that each rule stays small enough to read and test alone."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["kg/deals", "kg/entities"]
MAX_CLASS_LINES = 300
MAX_FUNCTION_LINES = 60


def _too_long(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            limit = MAX_CLASS_LINES
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            limit = MAX_FUNCTION_LINES
        else:
            continue
        # From the first decorator (or the def) to the last line of the body.
        first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
        lines = (node.end_lineno or node.lineno) - first + 1
        if lines > limit:
            where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            found.append(f"{where}:{node.lineno} {node.name}: {lines} lines (limit {limit})")
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_no_long_classes_or_functions(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"{package}: no Python files"
    problems = [problem for path in files for problem in _too_long(path)]
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_long_function(tmp_path: Path) -> None:
    body = "\n".join(f"    x{n} = {n}" for n in range(MAX_FUNCTION_LINES))
    source = tmp_path / "probe.py"
    source.write_text(f"def long():\n{body}\n\n\ndef short():\n    return 1\n")
    (problem,) = _too_long(source)
    assert "long" in problem and f"{MAX_FUNCTION_LINES + 1} lines" in problem


# Stages after the deal component: kg.deals may not import them (it runs before them).
LATER_THAN_DEALS = ("kg.extract", "kg.consolidate", "kg.graph", "kg.pipeline", "kg.validate",
                    "kg.publish", "kg.store", "kg.query", "kg.cli")


def test_the_deal_component_imports_no_later_stage() -> None:
    later = []
    for path in sorted((ROOT / "kg" / "deals").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            )
            later += [f"{path.name}: {name}" for name in names
                      if name.startswith(LATER_THAN_DEALS)]
    assert not later, later


# spaCy makes a new ``Token`` object on every access (``t.head``, ``doc[i]``,
# ``t.subtree``): ``t.head is not t`` is always true. Tokens are compared by position.
TOKEN_ACCESSORS = frozenset({"head", "subtree", "children", "lefts", "rights", "ancestors"})


def token_identity_tests(source: str) -> list[int]:
    """The lines of ``is``/``is not`` tests with a token's accessor on either side."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare) and any(
            isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops
        ):
            sides = [node.left, *node.comparators]
            if any(isinstance(s, ast.Attribute) and s.attr in TOKEN_ACCESSORS for s in sides):
                lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("package", PACKAGES)
def test_no_token_is_compared_by_identity_with_its_head(package: str) -> None:
    found = [f"{path.relative_to(ROOT)}:{line}"
             for path in sorted((ROOT / package).rglob("*.py"))
             for line in token_identity_tests(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_check_finds_an_identity_test_on_a_head() -> None:
    assert token_identity_tests("ok = t.head is not t\nsame = t.head.i == t.i\n") == [1]
