"""kg's public API: the names ``import kg`` gives, imported only when used, and the
README's library example, run as it is."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parent.parent

# Pinned: adding a public name is a decision, removing one breaks users.
PUBLIC = [
    "Amount", "Article", "ArticleFailed", "ArticleResult", "ConfigError", "Deal",
    "Entity", "Extraction", "FORMATS", "Facts", "InputError", "KgError",
    "ModelMissingError", "Pipelines", "Quantity", "Role", "RunSummary", "Span",
    "StoreError", "ValidationFailed", "Violation", "__version__", "check",
    "extract_corpus", "extract_to_file", "graph_stats", "load", "load_shapes",
    "make_run", "open_store", "process", "publish_to_endpoint", "read_articles",
    "read_graph", "read_quads", "run_canned", "run_query", "term_text",
    "validate_file", "validate_graph",
]


def test_exported_names_are_pinned() -> None:
    assert kg.__all__ == sorted(PUBLIC)
    assert sorted(kg._EXPORTS) == sorted(n for n in PUBLIC if n != "__version__")


def test_every_exported_name_resolves_to_what_its_module_defines() -> None:
    import kg.publish.endpoint
    import kg.validate

    for name in kg.__all__:
        assert getattr(kg, name) is not None, name
        assert name in dir(kg)
    # Two names differ from their module's, because kg.validate and kg.publish are
    # modules: importing those modules does not shadow them.
    assert kg.validate_graph is kg.validate.validate
    assert kg.publish_to_endpoint is kg.publish.endpoint.publish


def test_the_error_family_is_exported_whole() -> None:
    import kg.errors

    family = {
        name for name, value in vars(kg.errors).items()
        if isinstance(value, type) and issubclass(value, kg.errors.KgError)
    }
    assert family <= set(kg.__all__)
    assert kg.StoreError.exit_code == 3


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        kg.nothing  # noqa: B018


def test_import_kg_stays_light() -> None:
    code = (
        "import sys, kg\n"
        "heavy = [m for m in ('rdflib', 'pyoxigraph', 'spacy', 'pyshacl', 'kg.facts') "
        "if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


@pytest.mark.model
def test_readme_library_example_runs(tmp_path: Path) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## kg as a library", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```python\n(.*?)```", section, re.S)
    assert block, "the library section has no python block"
    # Run from a copy of the checkout's examples, so out/ is written under tmp_path.
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    script = tmp_path / "example.py"
    script.write_text(block.group(1), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env,
        capture_output=True, text=True, check=False, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2 articles, " + lines[0].split(", ", 1)[1]
    assert lines[0].endswith(" triples")
    assert any(line.endswith(" deals") and not line.startswith("0 ") for line in lines)
    assert (tmp_path / "out" / "library.nq").is_file()
