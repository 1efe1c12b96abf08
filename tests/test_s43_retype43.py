"""Session 43, helper retype43 (issue #13): the learned retyper also scores the
capitalised runs nobody labelled (``kg.entities.learned.unlabelled_runs``, rule
``learned:unlabelled_run``), and reads a company's slot (``slot=...`` features).
Sentences written for these tests, names invented."""

from __future__ import annotations

import json
from functools import partial

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.entities.learned import load_retyper, promote
from kg.facts import Entity
from train.retype import Recorder, Sample, to_json, train


def _unlabelled(nlp: Language, text: str, name: str | None = None,
                label: str | None = None) -> Doc:
    """The doc of ``text`` up to the entity rules, with no model entity over ``name``
    (or the model's ``label`` forced over it)."""
    names = nlp.pipe_names
    with nlp.select_pipes(disable=names[names.index("kg_entities"):]):
        doc = nlp(text)
    if name is not None:
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        assert span is not None
        doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + (
            [SpacySpan(doc, span.start, span.end, label=label)] if label else [])
    return doc


def _scored(nlp: Language, text: str, name: str | None = None,
            label: str | None = None) -> dict[str, list[str]]:
    """Every name the retyper would score in ``text``, with its features."""
    doc = _unlabelled(nlp, text, name, label)
    pipe = nlp.get_pipe("kg_entities")
    recorder = Recorder()
    kept, pipe.retyper = pipe.retyper, recorder
    try:
        pipe(doc)
    finally:
        pipe.retyper = kept
    return {n: f for n, f, _ in recorder.found}


def _entity(nlp: Language, text: str, name: str) -> Entity | None:
    doc = _unlabelled(nlp, text, name)
    pipe = nlp.get_pipe("kg_entities")
    kept, pipe.retyper = pipe.retyper, partial(promote, model=load_retyper())
    try:
        pipe(doc)
    finally:
        pipe.retyper = kept
    return next((e for e in doc._.kg_entities if name in (e.name, *e.aliases)), None)


# -- unlabelled runs ------------------------------------------------------------------------


@pytest.mark.model
def test_an_unlabelled_name_and_trade_noun_is_promoted(en: Language) -> None:
    text = ("Brisk orders for the winter meant that Wrenfield Looms had hired forty weavers "
            "by March.")
    entity = _entity(en, text, "Wrenfield Looms")
    assert entity is not None and entity.kind == "org"
    assert "learned:unlabelled_run" in entity.rules


@pytest.mark.model
def test_a_capitalised_sentence_start_is_no_run(en: Language) -> None:
    found = _scored(en, "Yesterday the weavers went home early. Meanwhile prices rose.")
    assert "Yesterday" not in found and "Meanwhile" not in found


@pytest.mark.model
def test_a_city_without_a_label_stays_a_place(en: Language) -> None:
    text = "Orvane opened a small office in Lisbon last year."
    assert "Lisbon" not in _scored(en, text, "Lisbon")  # a known place: never scored
    entity = _entity(en, text, "Lisbon")
    assert entity is None or entity.kind != "org"


@pytest.mark.model
def test_days_demonyms_headlines_and_known_names_are_no_runs(en: Language) -> None:
    from kg.entities.learned import UNLABELLED, unlabelled_runs

    text = ("Weavers Hire Staff Across Town\n"
            "Talia Wrenfield said on Tuesday that Wrenfield Looms and Canadian weavers "
            "would share Dunmoor Textiles' looms.")
    doc = _unlabelled(en, text)
    pipe = en.get_pipe("kg_entities")
    seen: list[str] = []

    def record(kn, doc, chosen):  # type: ignore[no-untyped-def]
        seen.extend(doc[c.start:c.end].text for c in unlabelled_runs(kn, doc, chosen)
                    if c.label == UNLABELLED)
        return chosen

    kept, pipe.retyper = pipe.retyper, record
    try:
        pipe(doc)
    finally:
        pipe.retyper = kept
    # the headline's words, the day, the demonym, the person's surname: none is a run
    assert not {"Weavers Hire Staff", "Tuesday", "Canadian", "Wrenfield Looms"} & set(seen)


# -- features -------------------------------------------------------------------------------


def _features_of(nlp: Language, text: str, name: str, orgs: tuple[str, ...] = ()) -> list[str]:
    """``name_features`` of ``name`` as a model's place, ``orgs`` the article's
    organisations (the parse is the model's; no rule runs)."""
    from kg.entities.context import _Cand
    from kg.entities.learned import name_features

    doc = _unlabelled(nlp, text)

    def cand(words: str, label: str) -> _Cand:
        start = text.index(words)
        span = doc.char_span(start, start + len(words))
        assert span is not None
        return _Cand(span.start, span.end, label, 0, (f"ner:{label}",))

    mention = cand(name, "LOC")
    chosen = [mention, *(cand(o, "ORG") for o in orgs)]
    kn = nlp.get_pipe("kg_entities").knowledge
    return name_features(kn, doc, name, [mention], chosen)


@pytest.mark.model
def test_features_of_a_name_and_a_trade_noun(en: Language) -> None:
    feats = _scored(en, "Brisk orders for the winter meant that Wrenfield Looms had hired "
                    "forty weavers by March.", "Wrenfield Looms")["Wrenfield Looms"]
    assert {"label=NONE", "pattern=NC", "name_then_common", "name_then_plural",
            "rule=learned:unlabelled_run"} <= set(feats)


@pytest.mark.model
def test_features_of_a_deal_nouns_complement(es: Language) -> None:
    feats = _features_of(es, "El fondo cerró la compra de Teverga en abril.", "Teverga")
    assert {"slot=deal_complement", "LOC|slot=deal_complement"} <= set(feats)


@pytest.mark.model
def test_features_of_a_deal_verbs_object(en: Language) -> None:
    feats = _features_of(en, "Last year the lender acquired Harrowgate outright.", "Harrowgate")
    assert "slot=deal_argument" in feats


@pytest.mark.model
def test_features_of_a_descriptor_before_the_name(en: Language) -> None:
    feats = _features_of(en, "Shares in the toymaker Brindlecott fell sharply.", "Brindlecott")
    assert "slot=descriptor" in feats
    # a word before it that is no company's descriptor
    near = _features_of(en, "Shares in the old Brindlecott fell sharply.", "Brindlecott")
    assert "slot=descriptor" not in near


@pytest.mark.model
def test_features_of_a_name_coordinated_with_an_organisation(en: Language) -> None:
    text = "Quarrow Holdings and Velmont signed the contract."
    feats = _features_of(en, text, "Velmont", ("Quarrow Holdings",))
    assert "slot=coordinated_org" in feats
    assert "slot=coordinated_org" not in _features_of(en, text, "Velmont")


# -- training -------------------------------------------------------------------------------


def _tiny() -> list[Sample]:
    out = []
    for i in range(60):
        org = i % 4 == 0
        label = "label=NONE" if i % 2 else "label=LOC"
        feats = [label, "name_then_plural" if org else "pattern=N", f"suf2={'ab'[i % 3 % 2]}"]
        if org:
            feats.append("slot=deal_argument")
        out.append(Sample(f"doc{i}", f"N{i}", feats, [(0, 2)], int(org)))
    return out


def test_retraining_gives_the_same_bytes() -> None:
    first = to_json(train(_tiny(), lambda _: None, "a fixture"))
    assert first == to_json(train(_tiny(), lambda _: None, "a fixture"))
    assert json.loads(first)["format"] == "kg-retype/1"


def test_the_shipped_model_keeps_precision_out_of_fold() -> None:
    from kg.entities.learned import MIN_RIGHT

    model = load_retyper()
    assert model.meta["min_right"] == MIN_RIGHT >= 0.85
    assert model.meta["cv_right"] >= MIN_RIGHT * model.meta["cv_promoted"]
    assert any(w.startswith("NONE|") for w in model.weights)  # it learned the runs
