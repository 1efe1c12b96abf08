"""bench/run.py times kg's components by name: the names must be the pipeline's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent


def test_the_benchmark_times_the_components_kg_adds() -> None:
    from kg.nlp import build_pipeline

    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    for lang in ("es", "en"):
        names = build_pipeline(lang).pipe_names
        assert set(run.KG_COMPONENTS) <= set(names), (lang, names)
        assert [n for n in names if n.startswith("kg_")] == list(run.KG_COMPONENTS)


def test_the_benchmark_compiles_kg_to_bytecode_before_timing(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    package = tmp_path / "pkg"
    package.mkdir()
    module = package / "mod.py"
    module.write_text("VALUE = 1\n", encoding="utf-8")
    cached = Path(importlib.util.cache_from_source(str(module)))
    assert not cached.exists()
    assert run.byte_compile(package)
    assert cached.is_file()
