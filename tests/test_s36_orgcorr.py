"""Session 36, helper orgcorr (issue #13): a learned corroboration of organisations and
people that rest on the statistical model's label alone (``kg.corroborate``).

- The training script is reproducible: the same samples give the same model file.
- The threshold is chosen where dropping helps F1 and most of what is dropped is wrong.
- The component drops a model-only name with the features of page furniture (a lone
  word on a short line after a credit) and keeps a company named with a legal form,
  and never drops a deal party.
- The shipped model is read from the package's data, without the network.
"""

from __future__ import annotations

import socket

import pytest
from spacy.language import Language

from kg.corroborate import Corroborator, droppable, load_model, model_path, to_json
from kg.facts import Entity
from train.corroborate import Sample, choose, train


def _samples() -> list[Sample]:
    out = []
    for n in range(40):
        doc = f"doc{n % 10}"
        out.append(Sample(doc, "org", ["kind=org", "legal_form|org"], 1, False))
        out.append(Sample(doc, "org", ["kind=org", "rule=ner:ORG|org", "short_line|org"],
                          int(n % 4 == 0), True))
    return out


def test_training_is_reproducible() -> None:
    a = to_json(train(_samples(), 60, lambda _: None, "fixture"))
    b = to_json(train(_samples(), 60, lambda _: None, "fixture"))
    assert a == b
    assert '"format": "kg-corroborate/1"' in a


def test_threshold_drops_only_where_most_dropped_are_wrong() -> None:
    s = [Sample("a", "org", [], y, True) for y in (0, 0, 1, 1)]
    threshold, f1, (dropped, wrong) = choose(s, [0.1, 0.2, 0.3, 0.9], 2)
    assert (dropped, wrong) == (2, 2) and 0.2 < threshold <= 0.3 and f1 == 1.0
    # nothing to gain: a right name is never dropped
    assert choose(s[2:], [0.3, 0.9], 2)[0] == 0.0


def test_only_model_names_are_droppable() -> None:
    assert droppable(Entity("org", "Quillmark", rules=("ner:ORG",)))
    assert not droppable(Entity("org", "Quillmark Ltd", rules=("ner:ORG", "cue:legal_form")))
    assert not droppable(Entity("person", "Ana Ferro", rules=("given_name",)))
    # longer model-only names and people are kept: dropping them was as often wrong
    assert not droppable(Entity("org", "Quillmark Group", rules=("ner:ORG",)))
    assert not droppable(Entity("person", "Ferro", rules=("ner:PER",)))


def test_model_is_read_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the model must be read without the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    model = load_model()
    assert model_path().name == "corroborate.json"
    assert 0.0 < model.threshold < 1.0 and model.weights


def _names(nlp: Language, text: str) -> set[str]:
    doc = Corroborator(nlp)(nlp(text))
    return {e.name for e in doc._.kg_entities}


def test_furniture_word_after_a_credit_is_dropped(en: Language) -> None:
    text = ("Quillmark Industries Ltd plans to double its apprentice intake next spring. "
            "Reuters Graphics\nPhoto: Getty Images")
    # the model's ORG, before the corroboration (on by default since session 37)
    with en.select_pipes(disable=[n for n in en.pipe_names if n == "kg_corroborate"]):
        assert "Graphics" in {e.name for e in en(text)._.kg_entities}
    names = _names(en, text)
    assert "Graphics" not in names
    assert "Quillmark Industries" in names


def test_company_with_legal_form_is_kept(en: Language) -> None:
    names = _names(en, "Quillmark Industries Ltd plans to double its apprentice intake "
                   "next spring, a spokeswoman for Quillmark said.")
    assert "Quillmark Industries" in names


def test_deal_party_is_never_dropped(en: Language) -> None:
    # a model that would drop every droppable name still keeps the parties of a deal
    from kg.deal_scorer import ScorerModel

    strict = Corroborator(en, model=ScorerModel({}, -30.0, 0.99))
    doc = en("Quillmark Industries Ltd agreed to buy Dorrow for $40 million on Friday.")
    parties = {ref for d in doc._.kg_deals for _, ref in d.roles}
    kept = {e.ref for e in strict(doc)._.kg_entities}
    assert parties and parties <= kept
