"""Session 42, helper retype42 (issue #13): a learned retyper for the names the model
calls places or "other" (``LOC``, ``MISC``) that stand where a company stands
(``kg.entities.learned``, ``train/retype.py``, ``models/retype.json``). Sentences
written for these tests, names invented."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.entities.context import _Cand
from kg.entities.learned import RULE, defined_pairs, known_place, load_retyper, promote
from kg.facts import Entity
from kg.incremental import code_fingerprint
from kg.settings import retype_default
from train.retype import Recorder, Sample, choose, refuse_conll_test, to_json, train


def _with_model_label(nlp: Language, text: str, name: str, label: str) -> Doc:
    """The doc of ``text`` up to the entity rules, the model's label over ``name``
    forced to ``label`` (whatever the statistical model said)."""
    names = nlp.pipe_names
    with nlp.select_pipes(disable=names[names.index("kg_entities"):]):
        doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        SpacySpan(doc, span.start, span.end, label=label)]
    return doc


def _features(nlp: Language, text: str, name: str, label: str = "LOC") -> list[str]:
    doc = _with_model_label(nlp, text, name, label)
    pipe = nlp.get_pipe("kg_entities")
    recorder = Recorder()
    kept, pipe.retyper = pipe.retyper, recorder
    try:
        pipe(doc)
    finally:
        pipe.retyper = kept
    found = {n: f for n, f, _ in recorder.found}
    assert name in found, found
    return found[name]


def _retyped_entity(nlp: Language, text: str, name: str, label: str) -> Entity | None:
    doc = _with_model_label(nlp, text, name, label)
    pipe = nlp.get_pipe("kg_entities")
    kept, pipe.retyper = pipe.retyper, partial(promote, model=load_retyper())
    try:
        pipe(doc)
    finally:
        pipe.retyper = kept
    return next((e for e in doc._.kg_entities if name in (e.name, *e.aliases)), None)


def _retyped(nlp: Language, text: str, name: str, label: str) -> tuple[str, tuple[str, ...]]:
    entity = _retyped_entity(nlp, text, name, label)
    return ("place", ()) if entity is None else (entity.kind, entity.rules)


# -- features ------------------------------------------------------------------------------


@pytest.mark.model
def test_features_of_a_deal_noun_complement(es: Language) -> None:
    feats = _features(es, "La venta de Brenvik a un fondo se cerró en marzo.", "Brenvik")
    assert "deal_head" in feats and "noun_of=venta_de" in feats
    assert "label=LOC" in feats and "w=NAME" in feats  # a name's word, not the word


@pytest.mark.model
def test_features_of_a_short_form_defined_after_an_organisation(es: Language) -> None:
    text = "La Bolsa de Valores de Valdoria (BVVA) suspendió la cotización del banco."
    feats = _features(es, text, "BVVA", "MISC")
    assert {"in_parens", "defines_org", "shape=XX"} <= set(feats)


@pytest.mark.model
def test_features_of_the_subject_of_a_verb(es: Language) -> None:
    feats = _features(es, "Navelgas tiene el 40 % del capital.", "Navelgas")
    assert {"subject", "verb_arg=nsubj:tener", "sent_start"} <= set(feats)


@pytest.mark.model
def test_features_of_an_english_deal_noun(en: Language) -> None:
    feats = _features(en, "The bid from Korvadil lapsed.", "Korvadil")
    assert {"deal_head", "of=from", "prep_head=from:bid"} <= set(feats)


# -- the retyper in the pipeline ----------------------------------------------------------


@pytest.mark.model
def test_a_short_form_after_an_organisation_is_promoted(es: Language) -> None:
    text = "La Bolsa de Valores de Valdoria (BVVA) suspendió la cotización del banco."
    kind, rules = _retyped(es, text, "BVVA", "MISC")
    assert kind == "org" and RULE in rules
    # and it joins the organisation it stands after, as its short form
    entity = _retyped_entity(es, text, "BVVA", "MISC")
    assert entity is not None and entity.name == "Bolsa de Valores de Valdoria"


def test_short_forms_join_their_organisation(es: Language) -> None:
    doc = es.make_doc("La Caja Rural Ortegal (Carort) abrió oficinas y Ortegal creció.")
    chosen = [_Cand(1, 4, "ORG", 1, ("cue:org_head",)),
              _Cand(5, 6, "ORG", 1, ("ner:LOC", RULE)),
              _Cand(10, 11, "ORG", 1, ("ner:LOC", RULE))]
    assert defined_pairs(doc, chosen) == [("Caja Rural Ortegal", "Carort"),
                                          ("Caja Rural Ortegal", "Ortegal")]
    # a word of the opening letters of the organisation's words joins it too
    doc2 = es.make_doc("La Cooperativa Lechera de Arbás vende leche y Coolearbás crece.")
    assert defined_pairs(doc2, [_Cand(1, 5, "ORG", 1, ("cue:org_head",)),
                                _Cand(8, 9, "ORG", 1, ("ner:LOC", RULE))]) == \
        [("Cooperativa Lechera de Arbás", "Coolearbás")]
    # a name the model typed alone and no rule promoted is left alone
    chosen[2] = _Cand(10, 11, "LOC", 0, ("ner:LOC",))
    assert defined_pairs(doc, chosen) == [("Caja Rural Ortegal", "Carort")]


@pytest.mark.model
def test_a_bracket_that_is_no_short_form_of_the_name_before_it_stays(es: Language) -> None:
    # a ticker, a party or a place in brackets: its letters are not the name's
    text = "La Bolsa de Valores de Valdoria (QZT) suspendió la cotización del banco."
    assert _retyped(es, text, "QZT", "MISC") == ("place", ())


@pytest.mark.model
def test_a_city_stays_a_place(en: Language) -> None:
    assert _retyped(en, "Orvane opened an office in Lisbon last year.", "Lisbon",
                    "LOC") == ("place", ())


@pytest.mark.model
def test_a_country_that_buys_stays_a_place(es: Language) -> None:
    # the subject of a deal verb, but the gazetteer's country
    assert _retyped(es, "Alemania compró gas a Noruega en 2023.", "Alemania",
                    "LOC") == ("place", ())


def test_known_places_are_never_scored() -> None:
    from kg.entities.context import Knowledge

    kn = Knowledge.__new__(Knowledge)
    kn.places = frozenset({"Portugal"})
    assert known_place(kn, "Portugal") and known_place(kn, "Lisbon")
    assert known_place(kn, "Latin America") and not known_place(kn, "Brenvik")


# -- training ------------------------------------------------------------------------------


def _tiny() -> list[Sample]:
    out = []
    for i in range(40):
        org = i % 3 == 0
        feats = ["label=LOC", "deal_head" if org else "before=in", f"suf2={'ab'[i % 2]}"]
        out.append(Sample(f"doc{i}", f"N{i}", feats, [(0, 2)], int(org)))
    return out


def test_training_is_deterministic() -> None:
    first = to_json(train(_tiny(), lambda _: None, "a fixture"))
    assert first == to_json(train(_tiny(), lambda _: None, "a fixture"))
    model = json.loads(first)
    assert model["format"] == "kg-retype/1" and model["threshold"] < 1.0


def test_the_threshold_keeps_precision() -> None:
    # four right then a wrong one: promoting the fifth would fall under 0.9
    assert choose([1, 1, 1, 1, 0, 0, 1], [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3]) == \
        (0.6, (4, 4))
    assert choose([0, 1], [0.9, 0.8]) == (1.0, (0, 0))  # none: promote nothing


def test_conll_test_files_are_refused() -> None:
    with pytest.raises(ValueError):
        refuse_conll_test(Path("eng.testb"))


def test_the_shipped_model_reads() -> None:
    model = load_retyper()
    assert 0.0 < model.threshold <= 1.0 and model.weights
    assert model.meta["cv_right"] >= model.meta["min_right"] * model.meta["cv_promoted"]


def test_the_switch_is_part_of_the_cache_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_RETYPE", "off")
    without = code_fingerprint()
    monkeypatch.setenv("KG_RETYPE", "on")
    assert retype_default() and code_fingerprint() != without
