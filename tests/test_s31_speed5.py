"""Session 31, helper speed5 (issue #19): two workers against the machine's own
ceiling.

- ``bench/run.py`` runs bare spaCy in two processes at once, each on half the corpus
  (``halves``, ``bare_pair``), beside kg's two workers, every side alternately in the
  same rounds (``order``, ``alternately``), and prints both speed-ups and the cores
  kg's one worker keeps busy (``two_cores``).
- ``bench/component_cpu.py`` times the parse repairs ``kg_sum_phrase`` and
  ``kg_clause_subject`` as kg's own components, not as the model's time.
- ``kg.origin.country_currency``: a country's currency and its name without its
  symbols, for the questions ``kg.money`` asks of every country at import (which
  countries have a dollar of their own: "TT$", "BZ$") and of every country name (which
  count in a CFA franc). Asked through ``conventions``, each loaded the country's
  locales: two seconds of CPU at every start of kg, twice with two workers.
- ``kg.nlp.add_kg_components`` changes the tokenizer's affix rules with its special
  cases set aside (``_special_cases_loaded_once``), so they are built once, not once
  per change: the same tokenizer, a fifth of a second sooner in English.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pycountry
import pytest

from kg.money import _cfa_countries, _country_dollar_signs
from kg.nlp import (
    DEFAULT_MODELS,
    _special_cases_loaded_once,
    add_kg_components,
    keep_legal_forms,
    keep_scale_figures,
    load_model,
    split_dashes,
    split_dateline_close,
    split_scale_period,
    split_wire_slugs,
)
from kg.origin import conventions, country_currency, country_names

ROOT = Path(__file__).resolve().parent.parent


def _bench(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _bench("run")


def test_the_halves_share_the_lines_alternately(bench: ModuleType, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    items = [{"id": f"a{i}", "lang": "es" if i % 3 else "en", "text": f"Texto {i}."}
             for i in range(7)]
    corpus.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    first, second = bench.halves(corpus)
    one = [json.loads(line)["id"] for line in first.read_text(encoding="utf-8").splitlines()]
    two = [json.loads(line)["id"] for line in second.read_text(encoding="utf-8").splitlines()]
    assert one == ["a0", "a2", "a4", "a6"] and two == ["a1", "a3", "a5"]
    assert corpus.read_text(encoding="utf-8").count("\n") == 7  # the corpus is left whole
    assert first.parent == second.parent == tmp_path


def test_the_sides_alternate_and_neighbours_stay_neighbours(bench: ModuleType) -> None:
    names = ["kg1", "bare1", "kg2", "bare2"]
    rounds = [bench.order(names, r) for r in range(4)]
    assert rounds[0] == rounds[2] == names
    assert rounds[1] == rounds[3] == ["bare2", "kg2", "bare1", "kg1"]
    # over two rounds each side has the same mean place
    places = {n: rounds[0].index(n) + rounds[1].index(n) for n in names}
    assert len(set(places.values())) == 1
    # the pairs compared are run back to back in every round
    for order in rounds:
        assert abs(order.index("kg1") - order.index("bare1")) == 1
        assert abs(order.index("kg2") - order.index("bare2")) == 1


def test_every_side_runs_once_a_round_in_that_order(
    bench: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[str] = []

    def side(name: str, wall: float) -> object:
        def timed() -> tuple[float, float]:
            ran.append(name)
            return wall, wall / 2
        return timed

    monkeypatch.setattr(bench.os, "getloadavg", lambda: (1.5, 0.0, 0.0))
    times, loads = bench.alternately({"a": side("a", 2.0), "b": side("b", 3.0)}, 3)
    assert ran == ["a", "b", "b", "a", "a", "b"]
    assert times == {"a": [(2.0, 1.0)] * 3, "b": [(3.0, 1.5)] * 3}
    assert loads == [1.5] * 3


def test_the_two_core_lines_put_kg_beside_bare_spacy(bench: ModuleType) -> None:
    times = {
        "kg1": [(50.0, 55.0), (48.0, 52.8)],  # 1.1 cores busy in both rounds
        "bare1": [(45.0, 44.0), (46.0, 45.0)],
        "kg2": [(30.0, 58.0), (31.0, 59.0)],
        "bare2": [(25.0, 48.0), (26.0, 49.0)],
    }
    lines = bench.two_cores(times, True)
    assert "speed-up 1.60×" in lines[0] and "same bytes: True" in lines[0]  # 48 / 30
    assert "bare spaCy, 2 processes: 1.80×" in lines[1]  # 45 / 25
    assert "1.10 cores busy" in lines[2] and "at most 1.82×" in lines[2]


def test_component_cpu_times_the_parse_repairs_as_kg_components() -> None:
    saved = list(sys.path)
    try:
        component_cpu = _bench("component_cpu")
    finally:
        sys.path[:] = saved
    assert component_cpu.COMPONENTS[:2] == ("kg_sum_phrase", "kg_clause_subject")
    assert "kg_sentence_starts" not in component_cpu.COMPONENTS  # before the parser


@pytest.mark.model
def test_component_cpu_names_kg_components_in_pipeline_order() -> None:
    from kg.nlp import build_pipeline

    component_cpu = _bench("component_cpu")
    for lang in ("es", "en"):
        names = build_pipeline(lang).pipe_names
        assert [n for n in names if n in component_cpu.COMPONENTS] == list(
            component_cpu.COMPONENTS
        )
        kg_after_model = [n for n in names if n.startswith("kg_") and n != "kg_sentence_starts"]
        assert kg_after_model == list(component_cpu.COMPONENTS)


def test_a_countrys_currency_is_the_one_its_conventions_name() -> None:
    for country in pycountry.countries:
        full, cheap = conventions(country.alpha_2), country_currency(country.alpha_2)
        assert (cheap.country, cheap.currency, cheap.name) == (
            full.country, full.currency, full.name
        ), country.alpha_2
        assert cheap.is_dollar == full.is_dollar and cheap.is_peso == full.is_peso
        assert cheap.symbols == frozenset()
    assert country_currency("aq").currency is None  # Antarctica counts in none
    assert country_currency("tt").country == "TT"


def test_the_dollar_signs_and_cfa_countries_are_those_the_conventions_give() -> None:
    signs = {
        f"{c.alpha_2}$": found.currency
        for c in pycountry.countries
        if (found := conventions(c.alpha_2)).is_dollar
        and found.currency and found.currency[:2] == c.alpha_2
    }
    assert _country_dollar_signs() == signs
    assert {"TT$": "TTD", "BZ$": "BZD", "FJ$": "FJD"}.items() <= signs.items()
    assert "US$" in signs  # "US$" is read as a country's dollar like the others
    names, _ = _cfa_countries()
    assert names == {
        name: code
        for lang in ("es", "en")
        for name, code in country_names(lang).items()
        if conventions(code).currency in ("XAF", "XOF")
    }
    assert names["senegal"] == "SN" and names["camerún"] == "CM"


# My own sentences: the dashes and wire slugs of datelines, a legal form with a slash
# and one with a stop, a figure's scale letter with and without a stop after it.
_TOKENIZED = (
    "NEW YORK–(PRESS WIRE)–Harlen Tools agreed to buy Quay Metals A/S for £240m. "
    "BRIEF-Vesco Pumps sells 5 m. of pipe to Brightmoor Pte. Ltd. for $1.2m",
    "LIMA (Diario Tarvela).- Grupo Ovenca S/A y Lácteos Merindad Ltda. se fusionaron "
    "por 3 m. de euros--dijo la empresa.",
)


@pytest.mark.model
@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_tokenizer_is_the_one_the_changes_made_one_by_one(lang: str) -> None:
    one_by_one = load_model(DEFAULT_MODELS[lang])
    for change in (split_dashes, split_wire_slugs, split_dateline_close, split_scale_period,
                   keep_legal_forms, keep_scale_figures):
        change(one_by_one)
    at_once = add_kg_components(load_model(DEFAULT_MODELS[lang]))
    before, after = one_by_one.tokenizer, at_once.tokenizer
    assert list(after.rules.items()) == list(before.rules.items())
    assert "m." not in after.rules
    for text in _TOKENIZED:
        assert [(t.text, t.whitespace_) for t in after(text)] == [
            (t.text, t.whitespace_) for t in before(text)
        ]


def test_the_special_cases_come_back_when_the_block_ends() -> None:
    import spacy

    nlp = spacy.blank("en")
    held = dict(nlp.tokenizer.rules)
    assert "can't" in held
    with _special_cases_loaded_once(nlp) as rules:
        assert nlp.tokenizer.rules == {} and rules == held
        assert [t.text for t in nlp("don't")] == ["don't"]  # no special case held
        rules.pop("can't")
    assert [t.text for t in nlp("can't")] == ["can't"]
    assert "can't" not in nlp.tokenizer.rules and len(nlp.tokenizer.rules) == len(held) - 1
    with pytest.raises(RuntimeError), _special_cases_loaded_once(nlp):
        raise RuntimeError  # an error in the block leaves the special cases in place
    assert len(nlp.tokenizer.rules) == len(held) - 1
    assert [t.text for t in nlp("don't")] == ["do", "n't"]
