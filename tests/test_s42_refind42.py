"""Session 42, helper refind42 (issue #13): English entity typing measured on REFinD's
annotated pairs, and the typing rules it led to (sentences written for these tests,
names invented).

- ``bench/refind.py`` groups the rows by sentence, runs each as a tiny article and
  scores the organisations, people and amounts kg publishes against the gold strings.
- A legal form cut off (kg.entities.cues): after a bracketed country or kind
  (``cue:bracketed_legal_form``, "Brill Retail (UK) Limited"), after the comma of "Co."
  (lexicon ``spaced_legal_forms``, "Co., Limited"), and after a firm's "& Co."
  (``cue:firm_legal_form``, "Fenwick & Co. LLC"): one name through the last form, and
  no organisation or person read from the form alone; "N.A." (a US national bank) is a
  legal form (lexicon ``legal_forms``), and a legal form after a bare capitalised
  article names nothing ("The N.A. figure").
- A plural honorific before a list of surnames (``cue:plural_honorific``, lexicon
  ``plural_honorifics``: "Messrs. Tavel, Orrin and Brack"): each name of the list, up
  to the one after its "and", is a person.
- Two trades joined by "and" inside a company's name (``cue:trade_pair``, lexicon
  ``trade_pairs``: "Tamsin Oil and Gas, Inc.", "Pellam Savings Bank and Trust Company"):
  one name through its legal form; the pair alone is a sector.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import refind  # noqa: E402

# -- the scorer ----------------------------------------------------------------------------

SENTENCE = "Halvern Tools , Inc. named Mara Quill chief executive of Halvern Tools , Inc. in 2020 ."
ROWS = [
    {"sentence": SENTENCE, "rel_group": "PERSON-ORG", "relation": "pers:org:employee_of",
     "ORG": "Halvern Tools , Inc.", "PERSON": "Mara Quill"},
    {"sentence": SENTENCE, "rel_group": "ORG-DATE", "relation": "no_relation",
     "ORG": "Halvern Tools , Inc.", "DATE": "2020"},
    {"sentence": "Corlin Ltd paid $ 4.5 million .", "rel_group": "ORG-MONEY",
     "relation": "no_relation", "ORG": "Corlin Ltd", "MONEY": "$ 4.5 million"},
]


def test_rows_are_grouped_by_sentence() -> None:
    items = refind.load_items(json.dumps(r) for r in ROWS)
    assert [i.sentence for i in items] == [SENTENCE, ROWS[2]["sentence"]]
    assert items[0].gold == {"ORG": {"Halvern Tools , Inc."}, "PER": {"Mara Quill"}}
    assert items[1].gold == {"ORG": {"Corlin Ltd"}, "MONEY": {"$ 4.5 million"}}


def test_text_is_running_text_and_gold_found_by_tokens() -> None:
    text, offsets = refind.article_text(SENTENCE)
    assert text.startswith("Halvern Tools, Inc. named Mara Quill")
    spans = refind.locate(SENTENCE.split(), offsets, "Halvern Tools , Inc.")
    assert [text[b:e] for b, e in spans] == ["Halvern Tools, Inc.", "Halvern Tools, Inc."]
    assert refind.locate(SENTENCE.split(), offsets, "Orla Vance") == []


@pytest.mark.parametrize(
    ("mentions", "label", "expected"),
    [
        ([(0, 19, "ORG")], "ORG", "exact"),
        ([(0, 13, "ORG")], "ORG", "bounds"),
        ([(0, 13, "PER"), (0, 19, "ORG")], "ORG", "exact"),
        ([(0, 13, "PER")], "ORG", "swapped"),
        ([(0, 13, "PER"), (0, 13, "ORG")], "ORG", "bounds"),
        ([(26, 36, "ORG")], "ORG", "none"),
        ([(0, 19, "MONEY")], "ORG", "none"),
    ],
)
def test_outcome_of_a_gold_string(mentions: list[refind.Mention], label: str,
                                  expected: str) -> None:
    text, offsets = refind.article_text(SENTENCE)
    gold = "Halvern Tools , Inc."
    spans = refind.locate(SENTENCE.split(), offsets, gold)[:1]
    assert refind.classify(text, spans, gold, label, mentions) == expected


def test_absent_gold_is_not_scored() -> None:
    assert refind.classify("Orla Vance left.", [], "Mara Quill", "PER", []) == "absent"


def test_score_and_table() -> None:
    items = refind.load_items(json.dumps(r) for r in ROWS)
    text, _ = refind.article_text(SENTENCE)
    person = text.index("Mara Quill")
    mentions = {(0, 19, "ORG"), (person, person + 10, "ORG")}
    outcomes = refind.score(items[0], mentions)
    assert [(o.kind, o.outcome) for o in outcomes] == [("ORG", "exact"), ("PER", "swapped")]
    money_text, _ = refind.article_text(ROWS[2]["sentence"])
    assert money_text == "Corlin Ltd paid $4.5 million."
    money = refind.score(items[1], {(16, 28, "MONEY")})
    assert [(o.kind, o.outcome) for o in money] == [("ORG", "none"), ("MONEY", "read")]
    rendered = refind.table("fixture", outcomes + money, 2)
    assert "  ORG        2        1        0        0        1   0.500   0.500" in rendered
    assert "  PER        1        0        0        1        0   0.000   0.000" in rendered
    assert "MONEY      1 read 1 (1.000)" in rendered


def test_half_is_the_md5_rule() -> None:
    assert {refind.half(s) for s in ("a", "b", "c", "d", "e")} <= {"A", "B"}
    assert refind.half("x") == "AB"[int("9dd4e461268c8034f5c8564e155c67a6", 16) % 2]


# -- a legal form cut off (kg.entities.cues) ------------------------------------------------


def _names(nlp: Language, text: str) -> set[tuple[str, str]]:
    """(mention text, kind) of every organisation and person kg reads in ``text``."""
    return {(m.text, e.kind) for e in nlp(text)._.kg_entities for m in e.mentions}


@pytest.mark.model
def test_legal_form_after_a_bracketed_country(en: Language) -> None:
    names = _names(en, "Brill Retail (UK) Limited, a unit of Brill, will run the stores.")
    assert ("Brill Retail (UK) Limited", "org") in names
    assert ("Brill Retail", "org") not in names


@pytest.mark.model
def test_legal_form_after_a_bracketed_kind(en: Language) -> None:
    names = _names(en, "Ostara Mining (Pty) Ltd said output fell in the third quarter.")
    assert ("Ostara Mining (Pty) Ltd", "org") in names
    assert not any(text == "Ltd" for text, _ in names)


@pytest.mark.model
def test_bracket_without_legal_form_is_no_name(en: Language) -> None:
    names = _names(en, "Shares of Tamsin Brill (UK) fell 4% on the news.")
    assert not any("(UK)" in text for text, _ in names)
    names = _names(en, "Harlan Vekt (a unit of Dexo Corp) Ltd was sold in May.")
    assert not any("(a unit" in text for text, _ in names)


@pytest.mark.model
def test_company_limited_after_its_comma(en: Language) -> None:
    names = _names(en, "Yanbo Marine Engineering Co., Limited won the port contract.")
    assert ("Yanbo Marine Engineering Co., Limited", "org") in names
    assert not any(text == "Limited" for text, _ in names)


@pytest.mark.model
def test_firm_and_co_with_a_further_form(en: Language) -> None:
    names = _names(en, "Fenwick Harrow & Co. LLC advised the buyer on the sale.")
    assert ("Fenwick Harrow & Co. LLC", "org") in names
    assert not any(text == "LLC" for text, _ in names)


@pytest.mark.model
def test_firm_and_co_alone_is_left_to_the_model(en: Language) -> None:
    names = _names(en, "Corlin Vance & Co. said it would hire 500 people next year.")
    assert ("Corlin Vance & Co.", "org") in names


@pytest.mark.model
def test_national_association_after_a_bank(en: Language) -> None:
    names = _names(en, "Corland Bank, N.A. will act as trustee for the new notes.")
    assert ("Corland Bank, N.A.", "org") in names
    assert not any(text == "N.A." for text, _ in names)


@pytest.mark.model
def test_legal_form_after_a_bare_article_names_nothing(en: Language) -> None:
    names = _names(en, "The N.A. figure was revised in May by the statistics office.")
    assert not any(text.startswith("The") for text, _ in names)


# -- a plural honorific before a list of surnames (kg.entities.people) ------------------------


@pytest.mark.model
def test_plural_honorific_makes_each_surname_a_person(en: Language) -> None:
    names = _names(en, "The board said Messrs. Tavel, Orrin and Brack are independent.")
    assert {("Tavel", "person"), ("Orrin", "person"), ("Brack", "person")} <= names


@pytest.mark.model
def test_plural_doctors_parted_from_their_stop(en: Language) -> None:
    names = _names(en, "The options were granted to Drs. Brumley and Kessel in May.")
    assert {("Brumley", "person"), ("Kessel", "person")} <= names


@pytest.mark.model
def test_plural_honorific_list_ends_after_its_and(en: Language) -> None:
    names = _names(en, "Messrs. Tavel, Orrin, and Brack, Independent Directors, approved it.")
    assert ("Independent Directors", "person") not in names


# -- two trades joined by "and" inside a company's name (kg.entities.cues) -------------------


@pytest.mark.model
def test_trade_pair_before_a_legal_form(en: Language) -> None:
    names = _names(en, "He worked at Tamsin Oil and Gas, Inc. for ten years.")
    assert ("Tamsin Oil and Gas, Inc.", "org") in names
    assert ("Gas, Inc.", "org") not in names


@pytest.mark.model
def test_trade_pair_before_a_company_tail(en: Language) -> None:
    names = _names(en, "Loans rose at Pellam Savings Bank and Trust Company last year.")
    assert ("Pellam Savings Bank and Trust Company", "org") in names


@pytest.mark.model
def test_trade_pair_alone_is_a_sector(en: Language) -> None:
    assert not _names(en, "Jobs in the Oil and Gas industry fell sharply last year.")
    names = _names(en, "Shares of Shell and Brill Oil and Gas rose on Monday.")
    assert ("Shell", "org") in names
