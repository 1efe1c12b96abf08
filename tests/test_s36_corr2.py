"""Session 36, helper corr2 (issue #13): the corroboration of organisations also learns
from CoNLL development files (``testa``), labelled by their gold spans.

- Training reads a ``testa`` file and refuses a ``testb`` one (the test set
  ``kg eval ner`` reports) before anything is read.
- A CoNLL document's entities are labelled by whether their mentions are gold spans of
  their kind, at the characters kg writes the document with.
- Fitting on news and CoNLL samples together is reproducible.
- An initialism (a word in capitals) is a name by its form and is never dropped; a
  capitalised word resting on the model alone still may be.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.corroborate import droppable, to_json
from kg.facts import Entity
from train.corroborate import Sample, conll_samples, main, refuse_conll_test, train

_CONLL = """-DOCSTART- -X- -X- O

Brindlecote NNP B-NNP B-ORG
said VBD B-VP O
on IN B-PP O
Tuesday NNP B-NP O
that IN B-SBAR O
Hollis NNP B-NP B-PER
Verran NNP I-NP I-PER
will MD B-VP O
run VB I-VP O
its PRP$ B-NP O
Lisbon NNP I-NP B-LOC
office NN I-NP O
. . O O
"""
# The same document, where the gold calls the first name something else than a company.
_CONLL_OTHER = _CONLL.replace("B-NNP B-ORG", "B-NNP B-MISC")


class _One:
    """A stand-in for ``kg.nlp.Pipelines`` serving one pipeline."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def get(self, lang: str) -> Language:
        return self.nlp


def test_conll_test_file_is_refused(tmp_path: Path) -> None:
    for name in ("eng.testb", "esp.testb"):
        with pytest.raises(ValueError, match="testa"):
            refuse_conll_test(tmp_path / name)
    with pytest.raises(ValueError):
        refuse_conll_test(tmp_path / "testb" / "eng.testa")  # under a test folder
    refuse_conll_test(tmp_path / "esp.testa")  # a development file is read


def test_training_refuses_a_test_file_before_reading(tmp_path: Path) -> None:
    missing = tmp_path / "eng.testb"  # never opened: the guard speaks first
    with pytest.raises(SystemExit) as err:
        main(["--conll", str(missing), "-o", str(tmp_path / "model.json")])
    assert err.value.code == 2
    assert not (tmp_path / "model.json").exists()


def test_conll_entities_are_labelled_by_gold_spans(en: Language, tmp_path: Path) -> None:
    path = tmp_path / "eng.testa"
    path.write_text(_CONLL + "\n" + _CONLL_OTHER, encoding="utf-8")
    samples, golds = conll_samples(path, _One(en), lambda _: None)  # type: ignore[arg-type]
    assert golds == {"eng.testa-00001": 2, "eng.testa-00002": 1}
    first = {(s.kind, s.label) for s in samples if s.doc.endswith("1")}
    second = {(s.kind, s.label) for s in samples if s.doc.endswith("2")}
    # the company is right where the gold has an ORG span at its characters, wrong
    # where the gold gives the same words another label
    assert ("org", 1) in first and ("org", 0) not in first
    assert ("org", 0) in second and ("org", 1) not in second


def test_fit_on_news_and_conll_is_reproducible() -> None:
    samples = []
    for n in range(30):
        samples.append(Sample(f"news{n % 6}", "org", ["kind=org", "legal_form|org"], 1, False))
        samples.append(Sample(f"eng.testa-{n % 5:05d}", "org",
                              ["kind=org", "rule=ner:ORG|org", "after=NUM|org"],
                              int(n % 3 == 0), True))
    first = to_json(train(samples, 45, lambda _: None, "fixture"))
    assert first == to_json(train(list(samples), 45, lambda _: None, "fixture"))


def test_initialism_is_not_droppable() -> None:
    assert not droppable(Entity("org", "QMX", rules=("ner:ORG",)))
    assert not droppable(Entity("org", "FNTV", rules=("ner:ORG",)))
    # near miss: a capitalised word the model alone calls a company may still go
    assert droppable(Entity("org", "Qmx", rules=("ner:ORG",)))
