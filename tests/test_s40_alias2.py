"""Session 40, helper alias2 (issue #13): English short forms without a place
complement.

- "Citizens Dunmore Bank of Ohio ... Dunmore": an "of" complement that is a known place
  and closes a company's name says where the company is; the press drops it with the
  head, and the one distinctive word left names the company
  (``kg.entities.resolve._less_of_place``, read by ``resolve:short_form_within``).
- Left alone: a body whose complement is its name: one an institution's word heads
  ("University of Kelso") or a state's word opens ("Reserve Kelbrook Bank of Ohio";
  ``of_place_institution_heads`` and ``of_place_state_openers`` in
  ``lexicon/entities.toml``); and a short form that is a common word ("Summit" of
  "Citizens Summit Bank of Ohio").
"""

from __future__ import annotations

from spacy.language import Language


def _orgs(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in nlp(text)._.kg_entities if e.kind == "org"}


_TEXT = ("{name} agreed to buy the lender Pexley Credit for $90 million. Shares of {short} "
         "rose 4 percent after the announcement, and {short} said the deal would close in "
         "May.")


def test_distinctive_word_of_a_bank_closed_by_its_place(en: Language) -> None:
    orgs = _orgs(en, _TEXT.format(name="Citizens Dunmore Bank of Ohio", short="Dunmore"))
    assert "Dunmore" in orgs["Citizens Dunmore Bank of Ohio"]
    assert "Dunmore" not in orgs


def test_distinctive_word_of_a_savings_bank(en: Language) -> None:
    text = ("Merchants Kelbrook Savings Bank of Ohio agreed to buy Pexley Credit for $90 "
            "million. Kelbrook said it would pay in cash.")
    assert "Kelbrook" in _orgs(en, text)["Merchants Kelbrook Savings Bank of Ohio"]


def test_state_opener_keeps_its_complement(en: Language) -> None:
    orgs = _orgs(en, _TEXT.format(name="Reserve Kelbrook Bank of Ohio", short="Kelbrook"))
    assert "Kelbrook" not in orgs.get("Reserve Kelbrook Bank of Ohio", ())


def test_common_word_left_is_no_short_form(en: Language) -> None:
    orgs = _orgs(en, _TEXT.format(name="Citizens Summit Bank of Ohio", short="Summit"))
    assert "Summit" not in orgs.get("Citizens Summit Bank of Ohio", ())


def test_institution_of_a_place(en: Language) -> None:
    text = ("The University of Kelso sold its stake in Trelawny Labs to Quorn Capital. "
            "Kelso will spend the money on a new library.")
    orgs = _orgs(en, text)
    assert "Kelso" not in orgs.get("University of Kelso", ())
