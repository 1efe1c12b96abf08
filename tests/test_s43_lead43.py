"""Session 43 (lead): a run whose articles are all cached never imports spaCy.

The switches of kg's learned components and the user's name lists, which the cache key
and the run's set-up read before anything is extracted, live in ``kg.settings`` (no
spaCy); ``kg.nlp`` re-exports them; ``kg.run`` imports spaCy only when an article is
to be read.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

import kg.nlp
import kg.settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "en_harbor_quill.txt"

_RUN = """
import sys
from kg.cli import main
try:
    main(sys.argv[1:])
except SystemExit as done:
    assert not done.code, done.code
print(sorted(m for m in ("spacy", "thinc", "kg.nlp") if m in sys.modules))
"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, *args], capture_output=True, text=True, timeout=300,
        check=False, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return done


@pytest.mark.model
def test_an_all_cached_run_imports_no_spacy(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    args = ("extract", str(EXAMPLE), "-o", str(out), "--run-time", "2026-01-01T00:00:00Z")
    first = _run(*args)
    assert first.stdout.splitlines()[-1] == "['kg.nlp', 'spacy', 'thinc']"  # (one read)
    written = out.read_bytes()
    again = _run(*args)
    assert "(0 processed, 1 unchanged)" in again.stderr
    assert again.stdout.splitlines()[-1] == "[]"
    assert out.read_bytes() == written


def test_the_settings_and_the_run_import_no_spacy() -> None:
    script = "import sys, kg.settings, kg.incremental, kg.run; print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=True, cwd=ROOT)
    assert done.stdout.strip() == "False"


def test_kg_nlp_still_answers_for_the_settings() -> None:
    for name in ("UserLexicon", "user_lexicon", "user_config_dir", "retype_default",
                 "corroborate_default", "antecedent_default", "tuned_ner_default",
                 "RETYPE", "CORROBORATE", "ANTECEDENT", "TUNED_NER"):
        assert getattr(kg.nlp, name) is getattr(kg.settings, name), name


@pytest.mark.parametrize(
    ("function", "variable", "default"),
    [
        (kg.settings.antecedent_default, "KG_ANTECEDENT", kg.settings.ANTECEDENT),
        (kg.settings.corroborate_default, "KG_CORROBORATE", kg.settings.CORROBORATE),
        (kg.settings.retype_default, "KG_RETYPE", kg.settings.RETYPE),
    ],
)
def test_each_switch_reads_on_off_and_falls_back_to_its_default(
    function: Callable[[Mapping[str, str] | None], bool], variable: str, default: bool
) -> None:
    assert function({variable: " On "}) is True
    assert function({variable: "0"}) is False
    assert function({variable: "maybe"}) is default
    assert function({}) is default
