"""The deal scorer's training data and candidate shapes (issue 13, session 11): the
loader reads the A halves of the inventories and never a held-out folder, the
scorer's component takes another model file, and "pay ... for X" is also read as an
acquisition of X."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import kg.deal_scorer  # noqa: F401  (registers the factory)
from kg.deal_scorer import ScorerModel, candidates, doc_features
from kg.facts import Entity, Span
from tests.test_deal_scorer import training_script

ROOT = Path(__file__).resolve().parent.parent


def _half(identifier: str) -> int:
    return int(hashlib.md5(identifier.encode("utf-8")).hexdigest(), 16) % 2


def _ids(which: int, count: int, prefix: str) -> list[str]:
    found = [f"{prefix}{i}" for i in range(200) if _half(f"{prefix}{i}") == which]
    return found[:count]


def _write_item(folder: Path, identifier: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{identifier}.txt").write_text(
        "Marrowby Tools agreed to buy Fennick Labs on Tuesday.\n", encoding="utf-8")
    gold = {
        "id": identifier,
        "lang": "en",
        "organizations": [{"name": "Marrowby Tools"}, {"name": "Fennick Labs"}],
        "people": [],
        "deals": [{"type": "Acquisition",
                   "roles": {"acquirer": "Marrowby Tools", "target": "Fennick Labs"}}],
    }
    (folder / f"{identifier}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_inventory_loader_reads_a_halves_and_study_folders_only(tmp_path: Path) -> None:
    script = training_script()
    root = tmp_path / "constructions"
    a_ids, b_ids = _ids(0, 2, "flat"), _ids(1, 2, "flat")
    for identifier in (*a_ids, *b_ids):
        _write_item(root / "flat", identifier)
    study, held = _ids(0, 1, "split"), _ids(1, 1, "split")
    _write_item(root / "split" / "study", study[0])
    _write_item(root / "split" / "held", held[0])
    read = sorted(article.id for article, _ in script.read_inventories(root))
    assert read == sorted([*a_ids, study[0]])
    assert all(gold for _, gold in script.read_inventories(root))


@pytest.mark.parametrize("parts", [
    ("tests", "data", "heldout2"),
    ("tests", "data", "heldout5"),
    ("constructions", "people", "held"),
    ("ner", "eng.testb"),
])
def test_loader_refuses_held_out_folders(tmp_path: Path, parts: Sequence[str]) -> None:
    script = training_script()
    folder = tmp_path.joinpath(*parts)
    _write_item(folder, _ids(0, 1, "h")[0])
    with pytest.raises(ValueError, match="held-out"):
        script.read_dev(folder)


def test_loader_reads_the_shipped_inventories_without_their_b_halves() -> None:
    script = training_script()
    items = script.read_inventories(ROOT / "tests" / "data" / "constructions")
    assert items, "the inventories' A halves are training data"
    people_held = {p.name.split(".")[0]
                   for p in (ROOT / "tests/data/constructions/people/held").iterdir()}
    for article, _ in items:
        assert article.id not in people_held
        assert _half(article.id) == 0


def test_component_reads_another_model_file(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text(ScorerModel({"kind=pay": 1.0}, -0.5, 0.75).to_json(), encoding="utf-8")
    nlp = spacy.blank("en")
    scorer = nlp.add_pipe("kg_deal_scorer", config={"model_file": str(path)})
    assert scorer.model.threshold == 0.75  # type: ignore[attr-defined]
    assert scorer.model.weights == {"kind=pay": 1.0}  # type: ignore[attr-defined]


def _pay_for() -> Doc:
    # "Harlow will pay cash for Kestrel ."
    words = ["Harlow", "will", "pay", "cash", "for", "Kestrel", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 2, 2, 4, 2],
              deps=["nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "punct"],
              lemmas=["Harlow", "will", "pay", "cash", "for", "Kestrel", "."],
              pos=["PROPN", "AUX", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"])
    found = []
    for name in ("Harlow", "Kestrel"):
        start = doc.text.index(name)
        found.append(Entity("org", name, mentions=(Span(start, start + len(name), name),)))
    doc._.kg_entities = found
    doc._.kg_deals = []
    return doc


def test_pay_for_a_company_is_also_an_acquisition_candidate() -> None:
    doc = _pay_for()
    shapes = {
        (c.type, tuple((role, ref.name) for role, ref in c.roles)) for c in candidates(doc)
    }
    assert ("Acquisition", (("acquirer", "Harlow"), ("target", "Kestrel"))) in shapes
    assert ("PurchaseAgreement", (("buyer", "Harlow"), ("seller", "Kestrel"))) in shapes
    typed = [f for c, f in doc_features(doc) if c.type == "Acquisition"]
    assert typed and all("type=Acquisition" in f and "pay|type=Acquisition" in f for f in typed)
    untyped = [f for c, f in doc_features(doc) if c.type == "PurchaseAgreement"]
    assert untyped and not any(x.startswith("type=") for f in untyped for x in f)
