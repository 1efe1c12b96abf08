"""Session 43, helper people43 (issue #13): a learned check of the people only the
statistical model calls a person (``kg.entities.learned_people``,
``train/retype_people.py``, ``models/retype_people.json``). Sentences and names are
invented for these tests."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import partial

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.entities.learned_people import (
    RULE,
    load_people_retyper,
    name_features,
    names_to_score,
    promote,
)
from kg.facts import Entity
from kg.incremental import code_fingerprint
from kg.logistic import ScorerModel
from kg.settings import retype_people_default
from train.retype import Sample
from train.retype_people import RULES_ORG, to_json, train


def _with_person(nlp: Language, text: str, name: str) -> Doc:
    """The doc of ``text`` up to the entity rules, the model's label over ``name`` a
    person's (whatever the statistical model said)."""
    names = nlp.pipe_names
    with nlp.select_pipes(disable=names[names.index("kg_entities"):]):
        doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    label = "PER" if nlp.lang == "es" else "PERSON"
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        SpacySpan(doc, span.start, span.end, label=label)]
    return doc


def _features(nlp: Language, text: str, name: str) -> list[str]:
    found: dict[str, list[str]] = {}

    def record(kn, doc, chosen):  # type: ignore[no-untyped-def]
        for n, mentions in names_to_score(kn, doc, chosen).items():
            found[n] = name_features(kn, doc, n, mentions, chosen)
        return chosen

    pipe = nlp.get_pipe("kg_entities")
    kept, pipe.people_retyper = pipe.people_retyper, record
    try:
        pipe(_with_person(nlp, text, name))
    finally:
        pipe.people_retyper = kept
    assert name in found, found
    return found[name]


def _typed(nlp: Language, text: str, name: str,
           model: ScorerModel | None = None) -> Entity | None:
    pipe = nlp.get_pipe("kg_entities")
    kept, pipe.people_retyper = pipe.people_retyper, partial(
        promote, model=model or load_people_retyper())
    try:
        doc = pipe(_with_person(nlp, text, name))
    finally:
        pipe.people_retyper = kept
    return next((e for e in doc._.kg_entities if name in (e.name, *e.aliases)), None)


# -- features ------------------------------------------------------------------------------


@pytest.mark.model
def test_features_of_a_person_with_a_pronoun_after(en: Language) -> None:
    feats = _features(en, "Marrowby told reporters that he would stay on.", "Marrowby")
    assert {"pronoun_after", "subject", "verb_arg=nsubj:tell", "w=NAME"} <= set(feats)


@pytest.mark.model
def test_features_of_a_possessive_with_an_owned_noun(en: Language) -> None:
    feats = _features(en, "Talbot Osney's workers went on strike.", "Talbot Osney")
    assert "owns=worker" in feats and "possessive" in feats
    assert "pronoun_after" not in feats


@pytest.mark.model
def test_features_of_a_spanish_subject(es: Language) -> None:
    feats = _features(es, "Corvelo Ustarri recurrió la multa ante el tribunal.", "Corvelo Ustarri")
    assert {"subject", "verb_arg=nsubj:recurrir", "lang=es", "words=2",
            "shape=Xx_Xx"} <= set(feats)


@pytest.mark.model
def test_a_name_opening_with_a_given_name_is_not_scored(en: Language) -> None:
    with pytest.raises(AssertionError):
        _features(en, "Peter Marrowby told reporters he would stay on.", "Peter Marrowby")


# -- the check in the pipeline --------------------------------------------------------------


@pytest.mark.model
def test_a_company_only_the_model_calls_a_person_becomes_an_organisation(
        es: Language) -> None:
    # The shipped model's margin on one invented sentence moves with each retraining, so
    # the test holds the model to an order (a company's frame above a person speaking of
    # himself) and the check to its threshold, at the score the sentence gets.
    name = "Dravenor Ostrales"
    text = "Dravenor Ostrales recurrió la adjudicación del contrato de dragado del puerto."
    model = load_people_retyper()
    company = model.probability(_features(es, text, name))
    person = model.probability(_features(es, "Dravenor Ostrales dijo que él no aceptaría "
                                             "el cargo.", name))
    assert company > person
    entity = _typed(es, text, name, replace(model, threshold=company - 0.001))
    assert entity is not None and entity.kind == "org" and RULE in entity.rules
    entity = _typed(es, text, name, replace(model, threshold=company + 0.001))
    assert entity is not None and entity.kind == "person" and RULE not in entity.rules


@pytest.mark.model
def test_a_person_who_speaks_of_himself_stays_a_person(es: Language) -> None:
    text = "Dravenor Ostrales dijo que él no aceptaría el cargo."
    entity = _typed(es, text, "Dravenor Ostrales")
    assert entity is not None and entity.kind == "person" and RULE not in entity.rules


@pytest.mark.model
def test_a_person_with_a_title_and_a_given_name_stays_a_person(en: Language) -> None:
    text = "Tomas Ardell, the chief executive, said he would step down."
    entity = _typed(en, text, "Tomas Ardell")
    assert entity is not None and entity.kind == "person" and RULE not in entity.rules


# -- training ------------------------------------------------------------------------------


def _tiny() -> list[Sample]:
    out = []
    for i in range(60):
        org = i % 3 == 0
        feats = ["w=NAME", "owns=plant" if org else "pronoun_after", f"suf2={'ab'[i % 2]}"]
        if i % 4 == 0:
            feats.append(RULES_ORG)
        out.append(Sample(f"doc{i}", f"N{i}", feats, [(0, 2)], int(org)))
    return out


def test_training_is_deterministic() -> None:
    first = to_json(train(_tiny(), lambda _: None, "a fixture"))
    assert first == to_json(train(_tiny(), lambda _: None, "a fixture"))
    model = json.loads(first)
    assert model["format"] == "kg-retype-people/1" and model["threshold"] < 1.0
    # the mark of the rules' organisations selects samples; it is never a weight
    assert RULES_ORG not in model["weights"] and model["meta"]["typed_by_rules"] == 15


def test_the_shipped_model_reads() -> None:
    model = load_people_retyper()
    assert 0.0 < model.threshold <= 1.0 and model.weights
    assert model.meta["cv_right"] >= model.meta["min_right"] * model.meta["cv_promoted"]


def test_the_switch_is_part_of_the_cache_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_RETYPE_PEOPLE", "off")
    without = code_fingerprint()
    assert not retype_people_default()
    monkeypatch.setenv("KG_RETYPE_PEOPLE", "on")
    assert retype_people_default() and code_fingerprint() != without
