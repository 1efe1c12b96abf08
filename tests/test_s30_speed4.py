"""Session 30, helper speed4 (issue #19): this session's new rules read only the docs
and the verbs they can apply to, from the doc's arrays and cached word lists, with the
same output.

- ``kg.nlp._after_conjoined_name``: the verbs ``clause_subject`` may give a subject
  (a name right after a conjunction ends right before them), read from the parts of
  speech; none in a doc with no conjunction before a name.
- ``kg.nlp._closed_relative`` visits the relative clauses found in the doc's
  dependency array after a relative pronoun that follows a comma, not every token;
  ``kg.nlp.sum_phrase`` visits the nouns and the past forms after a possessive.
- ``kg.deals.fields._may_hold_fields``: a doc with no label word, or no bar and no
  colon right after a label word, holds no deal card or table and is not split into
  lines and cells.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.deals.fields import _may_hold_fields
from kg.nlp import _after_conjoined_name, clause_subject


def _parsed(nlp: Language, text: str) -> Doc:
    """The doc as the model and the pipes before ``kg_clause_subject`` leave it."""
    names = nlp.pipe_names
    before = names[:names.index("kg_clause_subject")]
    with nlp.select_pipes(enable=before):
        return nlp(text)


def _verbs(doc: Doc) -> list[str]:
    return [doc[v].text for v in _after_conjoined_name(doc)]


def test_the_verb_after_a_name_after_a_conjunction_is_a_candidate(
    en: Language, es: Language,
) -> None:
    doc = _parsed(en, "Harlen Tools agreed to buy Vesco Pumps and Brightmoor Ltd bought "
                      "Quay Metals for $40 million.")
    assert _verbs(doc) == ["bought"]
    doc = _parsed(es, "Grupo Tarvela tomó una participación en Ovenca y Lácteos Merindad "
                      "adquirió Quesos Umbral.")
    assert _verbs(doc) == ["adquirió"]


def test_no_verb_is_a_candidate_without_a_conjunction_before_a_name(en: Language) -> None:
    doc = _parsed(en, "Harlen Tools bought Quay Metals, and then it sold Vesco Pumps.")
    assert _verbs(doc) == []


def test_the_candidates_give_the_parse_the_rule_gives_reading_every_verb(
    en: Language,
) -> None:
    # a near miss: "X and Z agreed" (a coordinated subject) is a candidate the rule
    # leaves alone, as before
    for text in (
        "Harlen Tools and Brightmoor Ltd agreed to buy Quay Metals for $40 million.",
        "Harlen Tools agreed to buy Vesco Pumps and Brightmoor Ltd bought Quay Metals.",
    ):
        doc = _parsed(en, text)
        heads = [t.head.i for t in doc]
        clause_subject(doc)
        full = en(text)
        assert [t.head.i for t in doc] == [t.head.i for t in full]
        assert [t.dep_ for t in doc] == [t.dep_ for t in full]
        if "agreed to buy Quay" in text:
            assert [t.head.i for t in doc] == heads


def test_a_price_after_a_closed_relative_clause_still_hangs_on_the_main_verb(
    en: Language,
) -> None:
    doc = en("Harlen Tools bought Quay Metals, which had bought Vesco Pumps in 2020, "
             "for $600 million.")
    price = next(t for t in doc if t.text == "for" and t.i > 10)
    assert price.head.text == "bought" and price.head.i == 2


def test_a_relative_clause_with_no_comma_before_it_keeps_its_words(en: Language) -> None:
    # the near miss: no comma before "which", so the price stays where the parser put it
    text = "Harlen Tools bought the unit which had bought Vesco Pumps for $600 million."
    doc = _parsed(en, text)
    heads = [t.head.i for t in doc]
    clause_subject(doc)
    assert [t.head.i for t in doc] == heads


def test_a_doc_with_no_card_is_not_read_for_fields(en: Language, es: Language) -> None:
    # a label's word without its colon, a colon after other words
    assert not _may_hold_fields(en("The deal value was not disclosed. The buyer said: "
                                   "we are pleased."))
    assert not _may_hold_fields(es("Grupo Tarvela compró Ovenca por 10 millones."))


def test_a_card_or_a_table_is_read_for_fields(en: Language, es: Language) -> None:
    assert _may_hold_fields(en("Buyer: Kendal Instruments\nTarget: Soltera Optics\n"))
    assert _may_hold_fields(en("Deal value : $62 million\n"))
    assert _may_hold_fields(es("Empresa / Comprador / Monto\nOvenca / Grupo Tarvela / 10 M€\n"))
