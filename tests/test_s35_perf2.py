"""Session 35, helper perf2 (issue #19): kg's CPU outside spaCy's own work.

- ``kg.entities.context._common_words`` folds the lemmatiser's word lists (some 80,000
  English words) once per pipeline: an ASCII word of letters is folded by lower case
  alone, an accented one by ``fold``'s own function, so the words never pass through
  ``fold``'s cache (65,536 entries), which they filled, pushing out the names and
  words each article asks of it again.
- ``kg.deals.frame._closes`` (is a line a letter's closing formula?) tests the line's
  length before folding it: the article's paragraphs, folded for nothing, cost more
  than the rest of the writer's frame.
- ``kg.lexicon.Lexicon`` objects of one file share its parse (``_parsed``): kg read
  ``lexicon/entities.toml`` five times at each start, once per module that opens it;
  a file changed since is parsed again.
- ``kg.nlp._extend_rule`` takes several alternatives and compiles the tokenizer's
  whole rule once for them: ``add_kg_components`` compiles the infix rule once, not
  three times (~10 ms each, per language, per process).

Each gives the same result as before; ``bench/RESULTS.md`` has the CPU before and after.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import spacy

from kg.deals.frame import _closes
from kg.entities.context import _common_words, _fold_word
from kg.iri import fold
from kg.lexicon import Lexicon, _parsed
from kg.nlp import _DASHES, _SLUG_NUMBER, _extend_rule, split_dashes, split_wire_slugs

_WORDS = (
    "harbour", "Harbour", "ACQUISITION", "adquisición", "Acuícola", "niño", "Straße",
    "œuvre", "ﬁnance", "café", "x", "Ünternehmen",
)


@pytest.mark.parametrize("word", _WORDS)
def test_a_lemma_word_is_folded_as_fold_folds_it(word: str) -> None:
    assert _fold_word(word) == fold(word)


class _Lemmatizer:
    def __init__(self, table: dict[str, list[Any]]) -> None:
        self.lookups = self
        self.table = table

    def get_table(self, name: str) -> dict[str, list[Any]]:
        assert name == "lemma_index"
        return self.table


class _Pipeline:
    def __init__(self, table: dict[str, list[Any]]) -> None:
        self.lemmatizer = _Lemmatizer(table)

    def get_pipe(self, name: str) -> _Lemmatizer:
        assert name == "lemmatizer"
        return self.lemmatizer


def test_the_lemma_lists_leave_folds_cache_as_it_was() -> None:
    table = {
        "noun": ["Quarrybeam", "gantry", "Tolvência", "x-ray", "lot42"],
        "adj": ["Brindled", 7],
        "verb": ["wander"],
    }
    fold("Ostrava Kilns")
    before = fold.cache_info().currsize
    words = _common_words(_Pipeline(table))  # type: ignore[arg-type]
    assert words == frozenset({"quarrybeam", "gantry", "tolvencia", "brindled"})
    assert fold.cache_info().currsize == before


def test_the_lemma_lists_are_folded_words_of_letters_only() -> None:
    table = {"noun": ["Córdoba", "co-op", "Ÿpres"], "verb": ["tarry"]}
    assert _common_words(_Pipeline(table)) == {"cordoba", "ypres"}  # type: ignore[arg-type]
    assert _common_words(_Pipeline(table), ("verb",)) == {"tarry"}  # type: ignore[arg-type]


@pytest.mark.parametrize("line", [
    "Yours sincerely,", "Kind regards,", "Atentamente,", "Un saludo cordial,",
])
def test_a_closing_formula_still_closes(line: str) -> None:
    assert _closes(line)


@pytest.mark.parametrize("line", [
    # a paragraph that opens like a formula is no formula
    "Kind regards, the directors of Pellworth Cables wrote to the lenders of the group, "
    "asked them to wait.",
    "Atentamente, la junta de Ferrolana Textil pidió a sus acreedores un plazo de seis meses.",
    "The board of Quillmere Foods met on Tuesday.",
])
def test_a_long_line_or_other_words_do_not_close(line: str) -> None:
    assert not _closes(line)


def _infix_pattern(nlp: spacy.language.Language) -> str:
    return str(nlp.tokenizer.infix_finditer.__self__.pattern)


def test_several_alternatives_make_the_rule_of_one_at_a_time_with_one_compile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    one_by_one = spacy.blank("en")
    split_dashes(one_by_one)
    split_wire_slugs(one_by_one)
    at_once = spacy.blank("en")
    compiled: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    assert _SLUG_NUMBER in _infix_pattern(one_by_one)
    listed = _infix_pattern(one_by_one).rsplit("|" + _SLUG_NUMBER, 1)[0].split(_DASHES + "|", 1)[1]
    _extend_rule(at_once, "infix_finditer", _DASHES, listed, _SLUG_NUMBER)
    assert len(compiled) == 1
    assert _infix_pattern(at_once) == _infix_pattern(one_by_one)
    # once: the alternatives already in the rule are not added again, nor compiled
    _extend_rule(at_once, "infix_finditer", _DASHES, _SLUG_NUMBER)
    assert len(compiled) == 1
    monkeypatch.undo()
    text = "BRIEF-Harrowgate Mills buys Tenby Looms–(WIRE)–Pellham"
    assert [t.text for t in at_once(text)] == [t.text for t in one_by_one(text)]


def test_the_lexicons_of_one_file_share_its_parse(tmp_path: Path) -> None:
    path = tmp_path / "words.toml"
    path.write_text("[words]\nlooms = ['telar', 'loom']\n", encoding="utf-8")
    misses = _parsed.cache_info().misses
    first, second = Lexicon(path), Lexicon(path)
    assert first.words("looms") == second.words("looms") == {"telar", "loom"}
    assert _parsed.cache_info().misses == misses + 1
    # a file written again (another size) is read again
    path.write_text("[words]\nlooms = ['telar', 'loom', 'métier']\n", encoding="utf-8")
    assert Lexicon(path).words("looms") == {"telar", "loom", "métier"}
    assert _parsed.cache_info().misses == misses + 2
