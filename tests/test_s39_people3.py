"""Session 39, helper people3 (issue #13): the learned corroboration reads people too.

- A one-word person resting on the statistical model's label alone (no title, no given
  name of the gazetteer, no role; a full name's two words keep it, session 39 review) may
  be dropped when the model scores it below the people's
  own threshold (``person_threshold`` in the model's meta); a person with any cue of
  kg's is never scored.
- The training script chooses the people's threshold by cross-validation by article,
  after the organisations' drops, as it chooses the organisations' one.
- A model trained before people were corroborated drops none.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.corroborate import Corroborator, person_droppable, threshold_of
from kg.deal_scorer import ScorerModel
from kg.facts import Entity
from train.corroborate import Sample, choose, corroborable, train


def test_a_person_on_the_model_alone_is_droppable() -> None:
    assert person_droppable(Entity("person", "Tarrow", rules=("ner:PERSON",)), [])
    assert person_droppable(Entity("person", "Tarrow", rules=("one_sense:mention",)), [])


def test_a_full_name_s_shape_keeps_the_person() -> None:
    # two words or more are the shape the model reads a person by (session 39 review:
    # "Norwegian Ola Brekke", "el portavoz de Ortega Smith" were dropped)
    assert not person_droppable(Entity("person", "Tarrow Quint", rules=("ner:PERSON",)), [])


def test_a_person_with_a_cue_is_not_droppable() -> None:
    # a title, a given name, a role: each is a cue of kg's and keeps the person
    assert not person_droppable(
        Entity("person", "Tarrow Quint", rules=("ner:PER", "cue:title_before")), [])
    assert not person_droppable(
        Entity("person", "Maria Quint", rules=("ner:PER",)), ["given_name|person"])
    assert not person_droppable(
        Entity("person", "Tarrow Quint", rules=("ner:PER",)), ["in_role|person"])
    assert not person_droppable(Entity("org", "Tarrow", rules=("ner:ORG",)), [])


def test_training_marks_people_on_the_model_alone_droppable() -> None:
    assert corroborable(Entity("person", "Tarrow", rules=("ner:PER",)), [])
    # the people's threshold is chosen on full names too; only one-word ones are dropped
    assert corroborable(Entity("person", "Tarrow Quint", rules=("ner:PER",)), [])
    assert not corroborable(Entity("person", "Maria Quint", rules=("cue:given_name",)), [])
    assert corroborable(Entity("org", "Tarrow", rules=("ner:ORG",)), [])
    assert not corroborable(Entity("org", "Tarrow", rules=("ner:ORG",)), ["owns_noun|org"])


def test_people_have_their_own_threshold() -> None:
    model = ScorerModel({}, 0.0, 0.4, {"person_threshold": 0.6})
    assert threshold_of(model, "org") == 0.4
    assert threshold_of(model, "person") == 0.6
    # a model trained before people were corroborated drops none
    assert threshold_of(ScorerModel({}, 0.0, 0.4), "person") == 0.0


def test_choose_reads_only_the_droppable_of_its_kind() -> None:
    s = [Sample("a", "org", [], 0, True), Sample("a", "person", [], 0, True),
         Sample("a", "person", [], 1, True), Sample("a", "person", [], 1, False)]
    probs = [0.1, 0.2, 0.9, 0.9]
    threshold, _, (dropped, wrong) = choose(s, probs, 2, kind="person")
    assert (dropped, wrong) == (1, 1) and 0.2 < threshold <= 0.9
    threshold, _, (dropped, wrong) = choose(s, probs, 2)
    assert (dropped, wrong) == (1, 1) and 0.1 < threshold <= 0.2


def _samples() -> list[Sample]:
    out = []
    for n in range(40):
        doc = f"doc{n % 10}"
        out.append(Sample(doc, "person", ["kind=person", "given_name|person"], 1, False))
        out.append(Sample(doc, "person", ["kind=person", "rule=ner:PER|person",
                                          "before=in|person"], int(n % 5 == 0), True))
    return out


def test_training_writes_a_people_threshold() -> None:
    model = train(_samples(), 50, lambda _: None, "fixture")
    assert 0.0 < model.meta["person_threshold"] < 1.0
    assert model.probability(["kind=person", "rule=ner:PER|person", "before=in|person"]) \
        < model.meta["person_threshold"]


@pytest.fixture(scope="module")
def rules_en() -> Language:
    """kg's English pipeline without the shipped corroboration: the test runs its own."""
    from kg.nlp import build_pipeline

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KG_CORROBORATE", "off")
        return build_pipeline("en")


def test_the_component_drops_a_person_on_the_model_alone(rules_en: Language) -> None:
    en = rules_en
    text = ("Sandor Vell, the chief executive of Brennick Holdings Ltd, met Orlen Baxby "
            "in the port of Kelvar on Tuesday. Ivankov appeared in the courtroom on Monday.")
    doc = en(text)
    rules = {e.name: e.rules for e in doc._.kg_entities if e.kind == "person"}
    assert rules["Ivankov"] == ("ner:PERSON",) and rules["Orlen Baxby"] == ("ner:PERSON",)
    assert "cue:given_name" in rules["Sandor Vell"]
    low = {"kind=person": -5.0}
    # a model trained before people were corroborated keeps every person
    old = Corroborator(en, model=ScorerModel(low, 0.0, 0.5))
    assert {"Sandor Vell", "Orlen Baxby", "Ivankov"} <= {
        e.name for e in old(en(text))._.kg_entities}
    new = Corroborator(en, model=ScorerModel(low, 0.0, 0.5, {"person_threshold": 0.5}))
    kept = {e.name for e in new(en(text))._.kg_entities}
    assert "Ivankov" not in kept
    # a person with a cue of kg's (a given name here) is kept whatever the model scores,
    # and so is a full name's shape
    assert {"Sandor Vell", "Orlen Baxby"} <= kept
