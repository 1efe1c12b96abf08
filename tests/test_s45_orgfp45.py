"""Session 45, helper orgfp45 (issue #13): the corroboration of organisations of several
words that ``company:reads_as_company`` typed from another of the model's labels
(``kg.corroborate.multi_droppable``, ``models/corroborate_multi.json``; off by default,
``KG_CORROBORATE_LONGER=on``).

- A phrase of common words after an article ("el Desarrollo Industrial") that the rule
  read as a company's is dropped by the model of longer names.
- A name with a proper word ("Inversiones Carvela"), with a place's name ("Caja Rural de
  Ortegal"), the subject of a verb, one the model itself labelled an organisation, or a
  deal party is kept.
- The model of longer names is trained apart (``train_multi``), the same bytes on rerun.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.corroborate import (
    Corroborator,
    kept_by_name,
    load_multi_model,
    multi_droppable,
    name_shape,
    to_json,
)
from kg.deal_scorer import ScorerModel
from kg.facts import Entity
from train.corroborate import Sample, train_multi

_READ = ("ner:LOC", "company:reads_as_company")
# A model of longer names that would drop every name it scores.
_STRICT = ScorerModel({}, -30.0, 0.99)


def test_only_longer_names_read_as_a_company_are_droppable() -> None:
    assert multi_droppable(Entity("org", "Fomento Ganadero", rules=_READ))
    # the model's own organisation label, a cue of kg's, or one word: never
    assert not multi_droppable(Entity("org", "Fomento Ganadero", rules=("ner:ORG",)))
    assert not multi_droppable(Entity("org", "Fomento Ganadero",
                                      rules=(*_READ, "cue:org_head")))
    assert not multi_droppable(Entity("org", "Fomento", rules=_READ))
    assert not multi_droppable(Entity("person", "Fomento Ganadero", rules=_READ))


def test_a_proper_word_or_a_place_keeps_a_name() -> None:
    def common(word: str) -> bool:
        return word in {"Inversiones", "Caja", "Rural", "Fomento", "Ganadero"}

    def place(word: str) -> bool:
        return word == "Ortegal"

    proper = name_shape(["Inversiones", "Carvela"], is_common=common, is_place=place)
    assert "multi_no_proper|org" not in proper
    assert kept_by_name([*proper, "det_before|org"])
    bank = name_shape(["Caja", "Rural", "de", "Ortegal"], is_common=common, is_place=place)
    assert "place_word|org" in bank and kept_by_name([*bank, "det_before|org"])
    generic = name_shape(["Fomento", "Ganadero"], is_common=common, is_place=place)
    assert "multi_no_proper|org" in generic
    assert not kept_by_name([*generic, "det_before|org", "dep=obl|org"])
    # the subject of a verb is an agent; no article and no heading: a name's place
    assert kept_by_name([*generic, "det_before|org", "dep=nsubj|org"])
    assert kept_by_name([*generic, "before=de|org", "dep=nmod|org"])


_TEXT = ("Grupo Alcesa vendió su planta de envases a Conservas Norvale por 12 millones "
         "de euros, según el Desarrollo Industrial del municipio.")


def _kept(nlp: Language, text: str, corroborator: Corroborator) -> set[str]:
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n == "kg_corroborate"]):
        doc = nlp(text)
    return {e.name for e in corroborator(doc)._.kg_entities}


def test_phrase_of_common_words_after_an_article_is_dropped(es: Language) -> None:
    model = load_multi_model()
    assert model is not None
    kept = _kept(es, _TEXT, Corroborator(es, multi_model=model))
    assert "Desarrollo Industrial" not in kept
    assert {"Grupo Alcesa", "Conservas Norvale"} <= kept


def test_off_by_default(es: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_CORROBORATE_LONGER", raising=False)
    corroborator = Corroborator(es)
    assert corroborator.multi_model is None
    assert "Desarrollo Industrial" in _kept(es, _TEXT, corroborator)


def test_model_label_and_parties_are_kept(es: Language) -> None:
    strict = Corroborator(es, multi_model=_STRICT)
    # the model's own organisation label: not the longer names' model's to drop
    text = "La cooperativa presentó su plan ante el Fomento Agrario de la comarca."
    with es.select_pipes(disable=["kg_corroborate"]):
        doc = es(text)
    model_label = {e.name for e in doc._.kg_entities if e.rules == ("ner:ORG",)}
    assert model_label and model_label <= {e.name for e in strict(doc)._.kg_entities}
    # a deal party is never dropped
    deal = "Brightwater Foods compró Desarrollo Industrial por 4 millones de euros."
    with es.select_pipes(disable=["kg_corroborate"]):
        doc = es(deal)
    parties = {ref for d in doc._.kg_deals for _, ref in d.roles}
    assert parties and parties <= {e.ref for e in strict(doc)._.kg_entities}


def _samples() -> list[Sample]:
    out = []
    for n in range(40):
        doc = f"doc{n % 10}"
        out.append(Sample(doc, "org", ["kind=org", "legal_form|org"], 1, False))
        out.append(Sample(doc, "org", ["kind=org", "multi_no_proper|org", "det_before|org"],
                          int(n % 4 == 0), False, True))
    return out


def test_longer_names_model_is_reproducible_and_drops_mostly_wrong() -> None:
    a = train_multi(_samples(), 60, lambda _: None, "fixture")
    b = train_multi(_samples(), 60, lambda _: None, "fixture")
    assert to_json(a) == to_json(b)
    assert 0.0 < a.threshold < 1.0
    assert a.probability(["kind=org", "multi_no_proper|org", "det_before|org"]) < a.threshold
