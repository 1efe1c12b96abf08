"""Session 42, helper startup42 (issue #19): ``kg extract``'s start-up, for a re-run that
processes a few changed articles of many (#8: at most 5 % of the full run).

- ``kg.runtime.import_spacy``: spaCy without the command line its package imports only
  to re-export ``spacy.info``; a later ``import spacy.cli`` gets the real one.
- ``kg.runtime.paused_collector``: the cyclic garbage collector waits while the
  process starts (imports, inputs, one pipeline built), then what was built is frozen
  and it runs again. ``kg extract`` with one worker opts in.

The bytes are checked by ``tests/test_run.py`` and the golden cases; here, that each
does what it says, and that ``kg extract`` uses them.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.runtime import collector_paused, paused_collector, started

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "es_lumen_vatio.txt"


def _python(script: str, *args: str) -> list[str]:
    """Run ``script`` in a fresh process (this checkout's kg); its output lines."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=300,
        check=False, cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout.splitlines()


_SPACY = """
import sys
from kg.runtime import import_spacy

import_spacy()
import spacy
print(sorted(m for m in ("spacy.cli", "spacy.cli.info", "typer", "weasel") if m in sys.modules))
print(callable(spacy.blank) and spacy.blank("es").lang)
import spacy.cli
from spacy.cli.download import download
print(spacy.cli.download is download and "spacy.cli.info" in sys.modules)
real = sys.modules["spacy.cli.info"].info  # (spacy.cli.info is the function, as shipped)
print(spacy.info(silent=True) == real(silent=True) and spacy.info is not real)
"""


def test_spacy_is_imported_without_its_command_line_which_stays_importable() -> None:
    lines = _python(_SPACY)
    assert lines == ["[]", "es", "True", "True"]


@pytest.fixture
def collector() -> Iterator[None]:
    """The collector as it was, and nothing left frozen, after the test."""
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    gc.enable()
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_waits_until_a_pipeline_is_built(collector: None) -> None:
    thresholds = gc.get_threshold()
    with paused_collector():
        assert collector_paused()
        gc.disable()
        gc.enable()  # as srsly does around each file spaCy's model loading reads
        assert collector_paused()
        started()
        assert not collector_paused() and gc.get_freeze_count() > 0
        assert gc.get_threshold() == thresholds
        started()  # once only
    assert not collector_paused() and gc.get_freeze_count() == 0


def test_the_collector_runs_again_when_no_pipeline_was_built_or_the_run_failed(
    collector: None,
) -> None:
    thresholds = gc.get_threshold()
    with paused_collector():
        assert collector_paused()
    assert gc.get_threshold() == thresholds and gc.get_freeze_count() == 0
    with pytest.raises(ZeroDivisionError), paused_collector():
        1 / 0  # noqa: B018
    assert not collector_paused()
    started()  # outside the block: nothing
    assert gc.get_freeze_count() == 0


def test_objects_a_host_froze_stay_frozen_and_no_more(collector: None) -> None:
    gc.freeze()
    held = gc.get_freeze_count()
    with paused_collector():
        started()
        assert not collector_paused() and gc.get_freeze_count() <= held
    assert gc.get_freeze_count() <= held and held - 1000 < gc.get_freeze_count()


def test_a_collector_the_caller_turned_off_stays_off(collector: None) -> None:
    gc.disable()
    with paused_collector():
        started()
        assert not gc.isenabled()
    assert not gc.isenabled() and gc.get_freeze_count() == 0


# kg extract in a fresh process, watched: whether the collector ran while the pipeline
# was built and while the articles were read.
_WATCHED = """
import sys
from kg.runtime import import_spacy

import_spacy()  # as kg extract does, before kg.nlp is imported here to watch it
import kg.nlp
import kg.pipeline
import kg.runtime

seen = {}
build = kg.nlp.build_pipeline
read = kg.pipeline._read

def watched(*args, **kwargs):
    nlp = build(*args, **kwargs)
    seen["collector paused after the build"] = kg.runtime.collector_paused()
    return nlp

def reading(*args, **kwargs):
    seen["collector paused while reading"] = kg.runtime.collector_paused()
    return read(*args, **kwargs)

kg.nlp.build_pipeline = watched
kg.pipeline._read = reading
from kg.cli import main
try:
    main(sys.argv[1:])
except SystemExit as done:
    assert not done.code, done.code
seen["collector paused after"] = kg.runtime.collector_paused()
print(sorted(seen.items()))
"""

_PLAIN = """
import sys
from kg.cli import main
try:
    main(sys.argv[1:])
except SystemExit as done:
    assert not done.code, done.code
print(sorted(m for m in ("spacy.cli", "typer", "weasel") if m in sys.modules))
"""


@pytest.mark.model
def test_kg_extract_builds_its_pipeline_with_the_collector_paused(tmp_path: Path) -> None:
    out = tmp_path / "g.nq"
    lines = _python(_WATCHED, "-q", "extract", str(EXAMPLE), "-o", str(out))
    assert lines[-1] == str([
        ("collector paused after", False),
        ("collector paused after the build", True),
        ("collector paused while reading", False),
    ])
    assert out.is_file()


@pytest.mark.model
def test_kg_extract_imports_no_command_line_of_spacy(tmp_path: Path) -> None:
    for workers in ("1", "2"):
        out = tmp_path / f"g{workers}.nq"
        lines = _python(_PLAIN, "-q", "extract", str(EXAMPLE), "-o", str(out),
                        "--workers", workers)
        assert lines[-1] == "[]", workers


_CACHED = """
import sys
from kg.cli import main
try:
    main(sys.argv[1:])
except SystemExit as done:
    assert not done.code, done.code
readers = ("kg.pipeline", "kg.parallel", "kg.extract", "kg.deals", "kg.entities", "kg.money",
           "kg.validate", "pyshacl")
print(sorted(m for m in readers if m in sys.modules))
"""


@pytest.mark.model
def test_a_run_whose_articles_are_all_cached_imports_nothing_that_reads_them(
    tmp_path: Path,
) -> None:
    out = tmp_path / "g.nq"
    args = ("extract", str(EXAMPLE), "-o", str(out), "--run-time", "2026-01-01T00:00:00Z")
    first = _python(_CACHED, "-q", *args)
    assert first[-1] != "[]"  # (an article read: its stages imported)
    written = out.read_bytes()
    again = subprocess.run(
        [sys.executable, "-c", _CACHED, *args], capture_output=True, text=True, timeout=300,
        check=False, cwd=ROOT,
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == "[]"
    assert "(0 processed, 1 unchanged)" in again.stderr
    assert out.read_bytes() == written


# At exit, after kg's handler (exit handlers run last registered first): whether the
# objects are frozen, so that Python's last collection passes over them.
_EXIT = """
import atexit, gc, sys
atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0))
if sys.argv[1] == "kg":
    from kg.cli import main
    main(["--help"])
"""


def test_kg_freezes_what_it_made_at_exit() -> None:
    assert _python(_EXIT, "kg")[-1] == "frozen at exit: True"
    # Near miss: a process that is not kg's program is left to collect as usual.
    assert _python(_EXIT, "other")[-1] == "frozen at exit: False"


DATA = ROOT / "tests" / "data" / "eval"


@pytest.mark.model
@pytest.mark.parametrize(
    "args",
    [
        [str(DATA / "small"), "--json"],
        ["ner", "--conll", str(DATA / "conll" / "esp.mini"), "--json"],
    ],
)
def test_kg_eval_keeps_freed_memory_when_it_extracts(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    import kg.runtime
    from kg.cli.eval import eval_command

    calls: list[str] = []
    monkeypatch.setattr(kg.runtime, "keep_freed_memory", lambda: calls.append("kept") or True)
    result = CliRunner().invoke(eval_command, args)
    assert result.exit_code == 0, result.output
    assert calls == ["kept"]


def test_kg_eval_of_a_graph_file_changes_no_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    import kg.runtime
    from kg.cli.eval import eval_command

    calls: list[str] = []
    monkeypatch.setattr(kg.runtime, "keep_freed_memory", lambda: calls.append("kept") or True)
    result = CliRunner().invoke(
        eval_command, [str(DATA / "small"), "--graph", str(DATA / "small" / "graph.ttl")]
    )
    assert result.exit_code == 0, result.output
    assert calls == []


_MONEY = """
from kg import money

before = money._currency_word_re.cache_info().currsize
found = sorted(money._text_currencies("Un fondo local pagó 40 millones de quetzales.", "es"))
again = money._currency_word_re() is money._currency_word_re()
print(before, found, again)
"""


def test_currency_names_are_compiled_when_a_text_first_asks_and_found_as_before() -> None:
    assert _python(_MONEY)[-1] == "0 ['GTQ'] True"
