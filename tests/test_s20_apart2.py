"""The antecedent chooser (kg.antecedent) and its training script (train/antecedent.py):
the choices a deal sentence with one party gives (every entity named before, in each
role its deal word leaves), the features a linguist reads them by, the judge of a deal
never proposed as its party, the component's deals, the setting, the shipped model, and
the script's labelling, reproducibility and refusal of the closed halves (session 20)."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import pytest
import spacy
from spacy.tokens import Doc

from kg.antecedent import (
    FORMAT,
    AntecedentChooser,
    Article,
    Choice,
    antecedent_default,
    best_choices,
    choices,
    features,
    load_model,
    model_path,
    to_json,
)
from kg.deal_scorer import ScorerModel
from kg.doc import ARTICLE_KEY
from kg.errors import ConfigError
from kg.evaluate import parse_gold
from kg.facts import Article as NewsArticle
from kg.facts import Deal, Entity, EntityRef, Span

ROOT = Path(__file__).resolve().parent.parent

# (word, head, dep, lemma, pos), heads as absolute token indices.
Row = tuple[str, int, str, str, str]


def parsed(rows: Sequence[Row], entities: Sequence[tuple[str, str]], lang: str = "en",
           deals: Sequence[Deal] = (), title: str | None = None) -> Doc:
    """A doc with a hand-written parse (one tree per sentence) and kg's entities, each
    named at every occurrence of its name."""
    words, heads, deps, lemmas, pos = (list(x) for x in zip(*rows, strict=True))
    doc = Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, lemmas=lemmas,
              pos=pos)
    found = []
    for kind, name in entities:
        spans, at = [], doc.text.find(name)
        while at >= 0:
            spans.append(Span(at, at + len(name), name))
            at = doc.text.find(name, at + 1)
        found.append(Entity(kind, name, mentions=tuple(spans)))  # type: ignore[arg-type]
    doc._.kg_entities = found
    doc._.kg_deals = list(deals)
    doc._.kg_amounts = []
    if title is not None:
        doc.user_data[ARTICLE_KEY] = NewsArticle("t", doc.text, lang, title=title)
    return doc


def lede_then_deal() -> Doc:
    # "Kestrel Foods reported record sales . The company bought Orvane Labs ."
    return parsed([
        ("Kestrel", 1, "compound", "Kestrel", "PROPN"), ("Foods", 2, "nsubj", "Foods", "PROPN"),
        ("reported", 2, "ROOT", "report", "VERB"), ("record", 4, "amod", "record", "ADJ"),
        ("sales", 2, "dobj", "sale", "NOUN"), (".", 2, "punct", ".", "PUNCT"),
        ("The", 7, "det", "the", "DET"), ("company", 8, "nsubj", "company", "NOUN"),
        ("bought", 8, "ROOT", "buy", "VERB"), ("Orvane", 10, "compound", "Orvane", "PROPN"),
        ("Labs", 8, "dobj", "Labs", "PROPN"), (".", 8, "punct", ".", "PUNCT"),
    ], [("org", "Kestrel Foods"), ("org", "Orvane Labs")])


def regulator_lede(with_target: bool) -> Doc:
    # "The Competition Bureau approved the sale [of Harrow Milk] . Northfield Dairy
    # bought the cooperative ."
    rows: list[Row] = [
        ("The", 2, "det", "the", "DET"), ("Competition", 2, "compound", "Competition", "PROPN"),
        ("Bureau", 3, "nsubj", "Bureau", "PROPN"), ("approved", 3, "ROOT", "approve", "VERB"),
        ("the", 5, "det", "the", "DET"), ("sale", 3, "dobj", "sale", "NOUN"),
    ]
    if with_target:
        rows += [("of", 5, "prep", "of", "ADP"), ("Harrow", 8, "compound", "Harrow", "PROPN"),
                 ("Milk", 6, "pobj", "Milk", "PROPN")]
    n = len(rows)
    rows += [
        (".", 3, "punct", ".", "PUNCT"),
        ("Northfield", n + 2, "compound", "Northfield", "PROPN"),
        ("Dairy", n + 3, "nsubj", "Dairy", "PROPN"), ("bought", n + 3, "ROOT", "buy", "VERB"),
        ("the", n + 5, "det", "the", "DET"), ("cooperative", n + 3, "dobj", "cooperative", "NOUN"),
        (".", n + 3, "punct", ".", "PUNCT"),
    ]
    names = [("org", "Competition Bureau"), ("org", "Northfield Dairy")]
    return parsed(rows, names + ([("org", "Harrow Milk")] if with_target else []))


def passive_lede(passive: bool = True) -> Doc:
    # "Harrow Milk was sold on Monday . Northfield Dairy paid the owners ." (passive)
    # "Harrow Milk sold a plant on Monday . ..." (active)
    first: list[Row] = [
        ("Harrow", 1, "compound", "Harrow", "PROPN"),
        ("Milk", 3, "nsubjpass" if passive else "nsubj", "Milk", "PROPN"),
    ]
    first += [("was", 3, "auxpass", "be", "AUX")] if passive else [("a", 3, "det", "a", "DET")]
    first += [("sold", 3, "ROOT", "sell", "VERB"), ("on", 3, "prep", "on", "ADP"),
              ("Monday", 4, "pobj", "Monday", "PROPN"), (".", 3, "punct", ".", "PUNCT")]
    return parsed([*first,
        ("Northfield", 8, "compound", "Northfield", "PROPN"),
        ("Dairy", 9, "nsubj", "Dairy", "PROPN"), ("bought", 9, "ROOT", "buy", "VERB"),
        ("it", 9, "dobj", "it", "PRON"), (".", 9, "punct", ".", "PUNCT"),
    ], [("org", "Harrow Milk"), ("org", "Northfield Dairy")])


def spanish_lede() -> Doc:
    # "Textiles Albarracín presentó resultados . La compañía compró Hilaturas Moncayo ."
    return parsed([
        ("Textiles", 2, "nsubj", "Textiles", "PROPN"),
        ("Albarracín", 0, "flat", "Albarracín", "PROPN"),
        ("presentó", 2, "ROOT", "presentar", "VERB"), ("resultados", 2, "obj", "resultado", "NOUN"),
        (".", 2, "punct", ".", "PUNCT"), ("La", 6, "det", "el", "DET"),
        ("compañía", 7, "nsubj", "compañía", "NOUN"), ("compró", 7, "ROOT", "comprar", "VERB"),
        ("Hilaturas", 7, "obj", "Hilaturas", "PROPN"), ("Moncayo", 8, "flat", "Moncayo", "PROPN"),
        (".", 7, "punct", ".", "PUNCT"),
    ], [("org", "Textiles Albarracín"), ("org", "Hilaturas Moncayo")], lang="es")


def named(choice: Choice) -> list[tuple[str, str]]:
    return [(role, ref.name) for role, ref in choice.roles]


# A model that reads a deal word's subject and object: the antecedent takes the role
# of the argument that is not the named party; the passive subject is what was sold.
READER = ScorerModel({
    "named:subject=False|passive=False|ante=first": 3.0,
    "named:subject=True|passive=False|ante=second": 1.0,
    "ante_was=subj_pass|ante=second": 3.0,
    "ante_was=subj_pass|ante=first": -3.0,
}, -1.0, 0.5)


# --------------------------------------------------------------------------- choices


@pytest.mark.parametrize("doc", [lede_then_deal(), spanish_lede()], ids=["en", "es"])
def test_a_buyer_named_only_in_the_lede_is_a_choice_in_both_roles(doc: Doc) -> None:
    found = choices(doc)
    buyer, target = [e.name for e in doc._.kg_entities]
    assert sorted(named(c) for c in found) == sorted([
        [("acquirer", buyer), ("target", target)], [("acquirer", target), ("target", buyer)],
    ])
    assert all(c.sent == 1 and c.last == 0 for c in found)


def test_features_read_the_lede_subject_the_description_and_the_roles() -> None:
    doc = lede_then_deal()
    article = Article.of(doc)
    right = next(c for c in choices(doc, article) if named(c)[0] == ("acquirer", "Kestrel Foods"))
    feats = set(features(doc, right, article))
    assert {"lede_subject=True", "prev_subject=True", "slot=det_noun", "ante=first",
            "company_noun=True", "dist=1-2", "ante_was=subj", "lang=en",
            "named:subject=False|passive=False|ante=first"} <= feats
    assert not any(f.startswith(("rules", "in_deal=same")) for f in feats)


def test_the_chooser_adds_the_deal_with_the_lede_buyer_and_only_its_sentence_as_evidence() -> None:
    doc = lede_then_deal()
    AntecedentChooser(model=READER)(doc)
    [deal] = doc._.kg_deals
    assert [(r, e.name) for r, e in deal.roles] == [
        ("acquirer", "Kestrel Foods"), ("target", "Orvane Labs")
    ]
    assert [s.text for s in deal.evidence] == ["The company bought Orvane Labs ."]
    assert deal.rules[-1].startswith("learned:antecedent(p=0.")


def test_spanish_la_compania_takes_the_lede_subject() -> None:
    doc = spanish_lede()
    AntecedentChooser(model=READER)(doc)
    [deal] = doc._.kg_deals
    assert [(r, e.name) for r, e in deal.roles] == [
        ("acquirer", "Textiles Albarracín"), ("target", "Hilaturas Moncayo")
    ]


def test_a_regulator_that_approves_the_deal_is_never_its_party() -> None:
    doc = regulator_lede(with_target=False)
    assert choices(doc) == []  # the Bureau judges the sale; no one else is named before
    AntecedentChooser(model=READER)(doc)
    assert doc._.kg_deals == []


def test_after_a_regulator_lede_the_company_sold_is_chosen() -> None:
    doc = regulator_lede(with_target=True)
    assert {c.antecedent[1].name for c in choices(doc)} == {"Harrow Milk"}
    AntecedentChooser(model=READER)(doc)
    [deal] = doc._.kg_deals
    assert [(r, e.name) for r, e in deal.roles] == [
        ("acquirer", "Northfield Dairy"), ("target", "Harrow Milk")
    ]


def test_a_passive_lede_subject_is_what_was_sold() -> None:
    doc = passive_lede()
    article = Article.of(doc)
    target = next(c for c in choices(doc, article) if named(c)[1] == ("target", "Harrow Milk"))
    assert "ante_was=subj_pass|ante=second" in features(doc, target, article)
    AntecedentChooser(model=READER)(doc)
    [deal] = doc._.kg_deals
    assert [(r, e.name) for r, e in deal.roles] == [
        ("acquirer", "Northfield Dairy"), ("target", "Harrow Milk")
    ]


def test_an_active_lede_subject_is_read_as_the_subject_of_an_active_verb() -> None:
    doc = passive_lede(passive=False)
    article = Article.of(doc)
    feats = {f for c in choices(doc, article) for f in features(doc, c, article)}
    assert "ante_was=subj" in feats and "ante_was=subj_pass" not in feats


def test_nothing_is_chosen_where_the_rules_drew_a_deal_or_below_the_threshold() -> None:
    kestrel, orvane = EntityRef("org", "Kestrel Foods"), EntityRef("org", "Orvane Labs")
    doc = lede_then_deal()
    sent = list(doc.sents)[1]
    told = Deal(type="Acquisition", roles=(("acquirer", kestrel), ("target", orvane)),
                evidence=(Span(sent.start_char, sent.end_char, sent.text),))
    doc._.kg_deals = [told]
    assert choices(doc) == []
    AntecedentChooser(model=READER)(doc)
    assert doc._.kg_deals == [told]
    shy = ScorerModel(READER.weights, -10.0, 0.5)
    assert best_choices(lede_then_deal(), shy) == []


def deal_before_the_buyer(title: str | None) -> Doc:
    # "The company bought Orvane Labs . Kestrel Foods said so ."
    return parsed([
        ("The", 1, "det", "the", "DET"), ("company", 2, "nsubj", "company", "NOUN"),
        ("bought", 2, "ROOT", "buy", "VERB"), ("Orvane", 4, "compound", "Orvane", "PROPN"),
        ("Labs", 2, "dobj", "Labs", "PROPN"), (".", 2, "punct", ".", "PUNCT"),
        ("Kestrel", 7, "compound", "Kestrel", "PROPN"), ("Foods", 8, "nsubj", "Foods", "PROPN"),
        ("said", 8, "ROOT", "say", "VERB"), ("so", 8, "advmod", "so", "ADV"),
        (".", 8, "punct", ".", "PUNCT"),
    ], [("org", "Kestrel Foods"), ("org", "Orvane Labs")], title=title)


def test_a_company_named_in_the_headline_is_a_candidate_but_never_evidence() -> None:
    assert choices(deal_before_the_buyer(None)) == []  # named after the deal sentence only
    assert choices(deal_before_the_buyer("Orvane Labs changes hands")) == []
    doc = deal_before_the_buyer("Kestrel Foods buys Orvane Labs")
    found = choices(doc)
    assert {(c.antecedent[1].name, c.last) for c in found} == {("Kestrel Foods", -1)}
    article = Article.of(doc)
    assert all("headline=True" in features(doc, c, article) for c in found)
    AntecedentChooser(model=READER)(doc)
    [deal] = doc._.kg_deals
    assert [(r, e.name) for r, e in deal.roles] == [
        ("acquirer", "Kestrel Foods"), ("target", "Orvane Labs")
    ]
    assert [s.text for s in deal.evidence] == ["The company bought Orvane Labs ."]


# --------------------------------------------------------------------------- setting and model


def test_the_setting_is_read_from_the_environment() -> None:
    assert antecedent_default({"KG_ANTECEDENT": "on"}) is True
    assert antecedent_default({"KG_ANTECEDENT": "off"}) is False
    assert antecedent_default({}) is False  # off by default (README, "The antecedent chooser")


@pytest.mark.parametrize("setting", ["on", "off", ""])
def test_kg_pipelines_run_the_chooser_after_the_rules_only_when_switched_on(
    monkeypatch: pytest.MonkeyPatch, setting: str
) -> None:
    from kg.nlp import add_kg_components

    monkeypatch.setenv("KG_ANTECEDENT", setting)
    names = add_kg_components(spacy.blank("en")).pipe_names
    if setting == "on":  # right after the deal rules (the corroboration, the scorer aside)
        names = [n for n in names if n not in ("kg_corroborate", "kg_deal_scorer")]
        assert names[names.index("kg_deals") + 1] == "kg_antecedent"
    else:
        assert "kg_antecedent" not in names


def test_the_shipped_model_loads_and_says_what_it_trained_on() -> None:
    model = load_model()
    assert model_path().name == "antecedent.json" and model_path().is_file()
    assert f'"{FORMAT}"' in model_path().read_text(encoding="utf-8")
    assert 0.0 < model.threshold <= 1.0
    assert "dev A" in str(model.meta["trained_on"])
    assert "heldout14" in str(model.meta["trained_on"])
    assert any(k.startswith("lede_subject=") for k in model.weights)


def test_a_deal_scorer_file_is_not_an_antecedent_model(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not an antecedent chooser model"):
        load_model(ROOT / "models" / "deal_scorer.json")
    path = tmp_path / "m.json"
    path.write_text(to_json(READER), encoding="utf-8")
    assert load_model(path).weights == READER.weights


# --------------------------------------------------------------------------- training script


def training_script() -> ModuleType:
    path = ROOT / "train" / "antecedent.py"
    spec = importlib.util.spec_from_file_location("train_antecedent", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_training_script_labels_by_distant_supervision() -> None:
    script = training_script()
    from train.deal_scorer import Document, dev_gold  # importable once the script is

    gold = dev_gold(parse_gold({
        "id": "x", "organizations": [{"name": "Kestrel Foods"}, {"name": "Orvane Labs"}],
        "deals": [{"type": "Acquisition",
                   "roles": {"acquirer": "Kestrel Foods", "target": "Orvane Labs"}}],
    }))
    doc = lede_then_deal()
    document = Document("x", doc, gold, {e.ref: e for e in doc._.kg_entities})
    samples = script.samples_of([document])
    assert sorted((named(s.choice)[0][1], s.label) for s in samples) == [
        ("Kestrel Foods", 1), ("Orvane Labs", 0)
    ]


def synthetic_set(script: ModuleType, count: int) -> tuple[list, list]:
    """``count`` copies of ``lede_then_deal`` with its gold deal (Kestrel Foods buys
    Orvane Labs) as the trainer's documents, and the trainer's samples of them."""
    from train.deal_scorer import Document, GoldDeal

    documents, samples = [], []
    for i in range(count):
        doc = lede_then_deal()
        kestrel, orvane = doc._.kg_entities
        gold = [GoldDeal([("acquirer", lambda e: e.name == "Kestrel Foods"),
                          ("target", lambda e: e.name == "Orvane Labs")])]
        documents.append(Document(f"doc{i}", doc, gold, {kestrel.ref: kestrel,
                                                         orvane.ref: orvane}))
        for s in script.samples_of([documents[-1]]):
            s.doc = i
            samples.append(s)
    return documents, samples


def test_training_script_is_reproducible_and_learns_on_a_synthetic_set() -> None:
    script = training_script()
    documents, samples = synthetic_set(script, 40)
    logs: list[str] = []
    first = script.train(documents, samples, logs.append, "synthetic")
    again = script.train(documents, samples, lambda _: None, "synthetic")
    assert to_json(first) == to_json(again)
    assert len(logs) == len(script.L2_GRID)
    assert first.threshold < 1.0  # the rules found nothing: the chooser's deals are right


def write_items(folder: Path, ids: Sequence[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for ident in ids:
        (folder / f"{ident}.txt").write_text(
            f"# lang: en\n\nKestrel Foods reported sales ({ident}).\n", encoding="utf-8"
        )
        (folder / f"{ident}.gold.json").write_text(json.dumps({
            "id": ident, "lang": "en", "organizations": [{"name": "Kestrel Foods"}],
            "deals": [],
        }), encoding="utf-8")


def test_the_script_refuses_a_set_nobody_opened_before_reading_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    script = training_script()
    studied, unseen = tmp_path / "heldout2", tmp_path / "heldout23"
    write_items(studied, ["en01_item"])
    write_items(unseen, ["en01_item"])
    out = tmp_path / "model.json"
    with pytest.raises(SystemExit) as stop:
        script.main(["--studied", str(studied), str(unseen), "-o", str(out)])
    assert stop.value.code == 2
    assert "heldout23: not a held-out set" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("flag", ["--dev", "--inventories"])
def test_the_script_refuses_a_held_out_folder_as_dev_or_inventories(
    tmp_path: Path, flag: str
) -> None:
    script = training_script()
    folder = tmp_path / "heldout12"
    write_items(folder, ["en01_item"])
    with pytest.raises(SystemExit) as stop:
        script.main([flag, str(folder), "-o", str(tmp_path / "m.json")])
    assert stop.value.code == 2


def test_the_make_target_trains_on_every_studied_set() -> None:
    training_script()
    from train.deal_scorer import STUDIED_SETS

    recipe = (ROOT / "Makefile").read_text(encoding="utf-8").split("train-antecedent:")[1]
    recipe = recipe.split("\n\n")[0]
    given = {word.rsplit("/", 1)[-1] for word in recipe.split() if "tests/data/heldout" in word}
    assert given == set(STUDIED_SETS)
