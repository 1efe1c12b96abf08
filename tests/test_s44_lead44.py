"""Session 44, lead: a name cut at a trailing connector says why it was cut.

``kg.entities.figures.money_names`` cuts a name that ran on into a price ("Kolovai
Solar Works for T$62,000") back to the name, and the connector before the price with it
(rule ``figure:money``). A name that merely ends in a connector, with no price after it
("Banco de" where the model stopped a span early), is cut too — a name never ends in
"de" or "of" — but nothing there was money: its rule is ``bounds:trailing_connector``.
"""

from __future__ import annotations

import pytest
import spacy

from kg.entities.context import _P_MODEL, _Cand
from kg.entities.figures import money_names


def _cut(lang: str, text: str, first: str, last: str) -> tuple[str, tuple[str, ...]]:
    doc = spacy.blank(lang)(text)
    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text == last and t.i >= start) + 1
    [cand] = money_names(doc, [_Cand(start, end, "ORG", _P_MODEL, ("ner:ORG",))])
    return doc[cand.start:cand.end].text, cand.rules


@pytest.mark.parametrize("lang, text, first, last, name", [
    ("es", "La oferta llegó del Banco de forma inesperada.", "Banco", "de", "Banco"),
    ("en", "Shares of Ardmore Holdings of course rose.", "Ardmore", "of", "Ardmore Holdings"),
])
def test_trailing_connector_without_price_is_a_bounds_cut(
        lang: str, text: str, first: str, last: str, name: str) -> None:
    cut, rules = _cut(lang, text, first, last)
    assert cut == name
    assert "bounds:trailing_connector" in rules
    assert "figure:money" not in rules


def test_name_run_on_into_a_price_is_still_a_money_cut() -> None:
    cut, rules = _cut("en", "It went to Fjellhem Living for ₱2.4bn.", "Fjellhem", "₱")
    assert cut == "Fjellhem Living"
    assert "figure:money" in rules
    assert "bounds:trailing_connector" not in rules
