"""A cached graph depends on every switch that changes what kg extracts (session 41)."""

from __future__ import annotations

import pytest

from kg.incremental import code_fingerprint


@pytest.mark.parametrize("name, on, off", [
    ("KG_ANTECEDENT", "on", "off"),
    ("KG_CORROBORATE", "on", "off"),
    ("KG_NER", "tuned", "stock"),
])
def test_cached_graphs_depend_on_each_switch(
        monkeypatch: pytest.MonkeyPatch, name: str, on: str, off: str) -> None:
    monkeypatch.setenv(name, off)
    without = code_fingerprint()
    monkeypatch.setenv(name, on)
    assert code_fingerprint() != without


def test_the_antecedent_chooser_left_off_keeps_the_default_key(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_ANTECEDENT", raising=False)
    default = code_fingerprint()
    monkeypatch.setenv("KG_ANTECEDENT", "off")
    assert code_fingerprint() == default
