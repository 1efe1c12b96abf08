"""The learned deal scorer (kg.deal_scorer) and its training script (train/deal_scorer.py):
candidates and features on hand-made parses, the fit's reproducibility, the threshold
rule, and the shipped model's decision on a sentence the rules miss."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.deal_scorer import (
    FORMAT,
    Candidate,
    ScorerModel,
    candidates,
    choose_threshold,
    dependency_path,
    doc_features,
    fit,
    load_model,
    model_path,
)
from kg.errors import ConfigError
from kg.evaluate import parse_gold
from kg.facts import Deal, Entity, EntityRef, Span

ROOT = Path(__file__).resolve().parent.parent


def parsed(
    words: Sequence[str],
    heads: Sequence[int],
    deps: Sequence[str],
    lemmas: Sequence[str],
    pos: Sequence[str],
    entities: Sequence[tuple[str, str]] = (),
    lang: str = "en",
) -> Doc:
    """A doc with a hand-written parse and kg's entities (kind, name) found by their
    first occurrence in the text."""
    doc = Doc(spacy.blank(lang).vocab, words=list(words), heads=list(heads), deps=list(deps),
              lemmas=list(lemmas), pos=list(pos))
    found = []
    for kind, name in entities:
        start = doc.text.index(name)
        found.append(Entity(kind, name, mentions=(Span(start, start + len(name), name),)))  # type: ignore[arg-type]
    doc._.kg_entities = found
    doc._.kg_deals = []
    return doc


def active() -> Doc:
    # "Acme bought Beta."
    return parsed(
        ["Acme", "bought", "Beta", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
        ["Acme", "buy", "Beta", "."], ["PROPN", "VERB", "PROPN", "PUNCT"],
        [("org", "Acme"), ("org", "Beta")],
    )


def passive() -> Doc:
    # "Beta was bought by Acme."
    return parsed(
        ["Beta", "was", "bought", "by", "Acme", "."], [2, 2, 2, 2, 3, 2],
        ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
        ["Beta", "be", "buy", "by", "Acme", "."], ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
        [("org", "Beta"), ("org", "Acme")],
    )


def roles(cand: Candidate) -> list[tuple[str, str]]:
    return [(role, ref.name) for role, ref in cand.roles]


# --------------------------------------------------------------------------- candidates


def test_a_trigger_with_two_parties_gives_both_role_assignments() -> None:
    found = candidates(active())
    assert [(c.kind, c.type, c.trigger) for c in found] == [("acquire", "Acquisition", 1)] * 2
    assert sorted(roles(c) for c in found) == [
        [("acquirer", "Acme"), ("target", "Beta")],
        [("acquirer", "Beta"), ("target", "Acme")],
    ]


def test_partners_give_one_candidate_per_pair() -> None:
    # "Acme partnered with Beta."
    doc = parsed(
        ["Acme", "partnered", "with", "Beta", "."], [1, 1, 1, 2, 1],
        ["nsubj", "ROOT", "prep", "pobj", "punct"], ["Acme", "partner", "with", "Beta", "."],
        ["PROPN", "VERB", "ADP", "PROPN", "PUNCT"], [("org", "Acme"), ("org", "Beta")],
    )
    assert [roles(c) for c in candidates(doc)] == [[("partner", "Acme"), ("partner", "Beta")]]


def test_no_candidate_without_two_parties_or_without_a_trigger() -> None:
    one = parsed(
        ["Acme", "bought", "shares", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
        ["Acme", "buy", "share", "."], ["PROPN", "VERB", "NOUN", "PUNCT"], [("org", "Acme")],
    )
    assert candidates(one) == []
    # "Acme praised Beta."
    none = parsed(
        ["Acme", "praised", "Beta", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
        ["Acme", "praise", "Beta", "."], ["PROPN", "VERB", "PROPN", "PUNCT"],
        [("org", "Acme"), ("org", "Beta")],
    )
    assert candidates(none) == []


def test_a_news_agency_is_never_a_party() -> None:
    # "Reuters said Acme bought Beta."
    doc = parsed(
        ["Reuters", "said", "Acme", "bought", "Beta", "."], [1, 1, 3, 1, 3, 1],
        ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"],
        ["Reuters", "say", "Acme", "buy", "Beta", "."],
        ["PROPN", "VERB", "PROPN", "VERB", "PROPN", "PUNCT"],
        [("org", "Reuters"), ("org", "Acme"), ("org", "Beta")],
    )
    names = {ref.name for c in candidates(doc) for ref in c.pair}
    assert names == {"Acme", "Beta"}


# --------------------------------------------------------------------------- features


def test_dependency_paths_write_prepositions() -> None:
    doc = passive()
    assert dependency_path(doc[2], doc[0]) == ["↓nsubjpass"]
    assert dependency_path(doc[2], doc[4]) == ["↓agent(by)", "↓pobj(by)"]
    assert dependency_path(doc[4], doc[0]) == ["↑pobj(by)", "↑agent(by)", "↓nsubjpass"]


def test_features_of_an_active_sentence() -> None:
    doc = active()
    right = next(set(f) for c, f in doc_features(doc) if roles(c)[0] == ("acquirer", "Acme"))
    assert {
        "kind=acquire", "lemma=buy", "acquirer:path=↓nsubj", "target:path=↓dobj",
        "order=ATB", "acquirer:argument=True", "target:argument=True", "arguments=2",
        "kinds=org-org", "status=None",
    } <= right
    assert "passive" not in right and "negated" not in right


def test_features_of_a_passive_sentence_read_the_agent() -> None:
    doc = passive()
    right = next(set(f) for c, f in doc_features(doc) if roles(c)[0] == ("acquirer", "Acme"))
    assert {"passive", "acquirer:path=↓agent(by)/↓pobj(by)", "acquirer:case=by",
            "target:dep=nsubjpass", "order=BTA", "acquire|order=BTA|passive=True"} <= right


def test_features_do_not_read_what_the_rules_found() -> None:
    # "Acme bought Beta."
    doc = parsed(
        ["Acme", "bought", "Beta", "."], [1, 1, 1, 1],
        ["nsubj", "ROOT", "dobj", "punct"], ["Acme", "buy", "Beta", "."],
        ["PROPN", "VERB", "PROPN", "PUNCT"], [("org", "Acme"), ("org", "Beta")],
    )
    before = {tuple(roles(c)): set(f) for c, f in doc_features(doc)}
    assert (("acquirer", "Acme"), ("target", "Beta")) in before
    acme, beta = EntityRef("org", "Acme"), EntityRef("org", "Beta")
    doc._.kg_deals = [
        Deal("Acquisition", (("acquirer", acme), ("target", beta)), (Span(0, 17, doc.text),))
    ]
    by_roles = {tuple(roles(c)): set(f) for c, f in doc_features(doc)}
    # Session 18: the scorer learns the language, not "the rules found it".
    assert by_roles == before


def test_a_negated_deal_word_gives_no_candidate() -> None:
    # "Acme did not buy Beta." (scorer:negated, session 46; a feature before)
    doc = parsed(
        ["Acme", "did", "not", "buy", "Beta", "."], [3, 3, 3, 3, 3, 3],
        ["nsubj", "aux", "neg", "ROOT", "dobj", "punct"], ["Acme", "do", "not", "buy", "Beta", "."],
        ["PROPN", "AUX", "PART", "VERB", "PROPN", "PUNCT"], [("org", "Acme"), ("org", "Beta")],
    )
    assert doc_features(doc) == []


# --------------------------------------------------------------------------- model


def synthetic(seed: int, n: int = 300) -> tuple[list[list[str]], list[int]]:
    """Candidates whose label follows two features, with noise features around."""
    rng = random.Random(seed)
    samples, labels = [], []
    for _ in range(n):
        good = rng.random() < 0.3
        feats = [f"noise={rng.randrange(20)}", f"other={rng.randrange(5)}"]
        if good or rng.random() < 0.1:
            feats.append("path=↓nsubj")
        if good and rng.random() < 0.8:
            feats.append("argument=True")
        samples.append(feats)
        labels.append(int(good))
    return samples, labels


def test_fit_is_reproducible_and_learns() -> None:
    samples, labels = synthetic(1)
    first = fit(samples, labels, l2=1.0, epochs=200, seed=7)
    again = fit(samples, labels, l2=1.0, epochs=200, seed=7)
    assert first.to_json() == again.to_json()
    assert first.weights["path=↓nsubj"] > 1.0
    assert first.probability(["path=↓nsubj", "argument=True"]) > 0.8
    assert first.probability(["noise=3"]) < 0.2


def test_model_file_round_trip_and_bad_file(tmp_path: Path) -> None:
    samples, labels = synthetic(2, 100)
    model = fit(samples, labels, epochs=50)
    model = ScorerModel(model.weights, model.bias, 0.4, {"note": "synthetic"})
    path = tmp_path / "m.json"
    path.write_text(model.to_json(), encoding="utf-8")
    back = load_model(path)
    assert back.to_json() == model.to_json() and back.threshold == 0.4
    path.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"m\.json: not a deal scorer model"):
        load_model(path)
    with pytest.raises(ConfigError, match="make train-deals"):
        load_model(tmp_path / "missing.json")


def test_threshold_maximises_f1_with_mostly_right_additions() -> None:
    # Rules: 5 right, 1 wrong, 4 missed. Adding the first two helps; the third is wrong.
    scored = [(0.9, True), (0.8, True), (0.7, False), (0.6, False), (0.5, True)]
    assert choose_threshold(scored, (5, 1, 4)) == (0.8, 0.8235)  # tp 7, fp 1, fn 2
    # Additions right less than half the time never qualify, even where they would lift
    # the F1 of weak rules (tp 1, fn 9: one right of three added gives 0.286 > 0.182).
    assert choose_threshold([(0.9, False), (0.8, False), (0.7, True)], (1, 0, 9)) == (1.0, 0.1818)


def test_threshold_is_rounded_down_so_the_last_chosen_candidate_stays_in() -> None:
    # Regression: 0.30006 rounded to 0.3001 left out the very candidate that set it.
    threshold, f1 = choose_threshold([(0.30006, True), (0.2, False)], (1, 0, 1))
    assert (threshold, f1) == (0.3, 1.0) and 0.30006 >= threshold


# --------------------------------------------------------------------------- training script


def training_script() -> ModuleType:
    path = ROOT / "train" / "deal_scorer.py"
    spec = importlib.util.spec_from_file_location("train_deal_scorer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_training_script_labels_by_distant_supervision() -> None:
    script = training_script()
    gold = parse_gold({
        "id": "x", "organizations": [{"name": "Acme Corp", "aliases": ["Acme"]}, {"name": "Beta"}],
        "deals": [{"type": "Acquisition", "roles": {"acquirer": "Acme Corp", "target": "Beta"}}],
    })
    deals = script.dev_gold(gold)
    acme, beta = Entity("org", "Acme"), Entity("org", "Beta")
    entities = {acme.ref: acme, beta.ref: beta}
    doc = active()
    right, wrong = sorted(candidates(doc), key=lambda c: roles(c)[0][1])
    assert script.label(right, deals, entities, (0, 17)) == 1
    assert script.label(wrong, deals, entities, (0, 17)) == 0
    assert script.half("x") in (0, 1)


def test_training_script_is_reproducible_on_a_synthetic_set() -> None:
    script = training_script()
    nlp = spacy.blank("en")
    documents, samples = [], []
    rng = random.Random(3)
    for i in range(30):
        a, b = Entity("org", f"A{i}"), Entity("org", f"B{i}")
        doc = nlp("x")
        doc._.kg_deals = []
        gold = [script.GoldDeal([("acquirer", lambda e, n=a.name: e.name == n),
                                 ("target", lambda e, n=b.name: e.name == n)])]
        documents.append(script.Document(f"doc{i}", doc, gold, {a.ref: a, b.ref: b}))
        for first, second, y in ((a, b, 1), (b, a, 0)):
            party = [script_party(first), script_party(second)]
            cand = Candidate(0, 0, "acquire", "Acquisition", ("acquirer", party[0]),
                             ("target", party[1]))
            feats = ["rules_pair=False", f"noise={rng.randrange(4)}"]
            feats.append("path=↓nsubj" if y else "path=↓dobj")
            samples.append(script.Sample(i, cand, feats, y))
    logs: list[str] = []
    first = script.train(documents, samples, logs.append)
    again = script.train(documents, samples, lambda _: None)
    assert first.to_json() == again.to_json()
    assert len(logs) == len(script.L2_GRID)
    assert first.threshold < 1.0  # the synthetic deals are learnable: the scorer adds them


def script_party(entity: Entity) -> object:
    from kg.deal_scorer import Party

    return Party(entity.ref, 0, 0, 1)


# The split of the studied held-out sets: only their A halves are ever opened.


def ids_of_half(which: int, n: int = 2) -> list[str]:
    script = training_script()
    return [i for i in (f"en{k:02d}_item" for k in range(100)) if script.half(i) == which][:n]


def write_items(folder: Path, ids: Sequence[str]) -> None:
    """Two-party acquisitions in the gold format, one per id."""
    folder.mkdir(parents=True, exist_ok=True)
    for ident in ids:
        (folder / f"{ident}.txt").write_text(
            f"# lang: en\n\nNorthwind Tools bought Quarry Labs ({ident}).\n", encoding="utf-8"
        )
        (folder / f"{ident}.gold.json").write_text(json.dumps({
            "id": ident, "lang": "en",
            "organizations": [{"name": "Northwind Tools"}, {"name": "Quarry Labs"}],
            "deals": [{"type": "Acquisition", "status": "Completed", "roles": {
                "acquirer": ["Northwind Tools"], "target": ["Quarry Labs"]}}],
        }), encoding="utf-8")


def unreadable_items(folder: Path, ids: Sequence[str]) -> None:
    """Items whose files cannot be opened (dangling links): reading one fails."""
    folder.mkdir(parents=True, exist_ok=True)
    for ident in ids:
        for suffix in (".txt", ".gold.json"):
            (folder / f"{ident}{suffix}").symlink_to(folder / "missing" / f"{ident}{suffix}")


def test_studied_set_gives_its_a_half_and_never_opens_its_b_half(tmp_path: Path) -> None:
    script = training_script()
    a_ids, b_ids = ids_of_half(0), ids_of_half(1)
    folder = tmp_path / "heldout3"
    write_items(folder, a_ids)
    unreadable_items(folder, b_ids)
    items = script.read_studied([folder])
    assert sorted(article.id for article, _ in items) == sorted(a_ids)
    assert all(len(deals) == 1 for _, deals in items)


def test_a_set_with_both_halves_studied_gives_both_and_one_with_a_gives_only_a(
    tmp_path: Path,
) -> None:
    script = training_script()
    a_ids, b_ids = ids_of_half(0), ids_of_half(1)
    both = tmp_path / "heldout6"
    write_items(both, [*a_ids, *b_ids])
    assert sorted(a.id for a, _ in script.read_studied([both])) == sorted([*a_ids, *b_ids])
    only_a = tmp_path / "heldout10"
    write_items(only_a, a_ids)
    unreadable_items(only_a, b_ids)
    assert sorted(a.id for a, _ in script.read_studied([only_a])) == sorted(a_ids)
    assert script.STUDIED_SETS["heldout11"] == (0,) and script.STUDIED_SETS["heldout8"] == (0,)
    assert script.STUDIED_SETS["heldout12"] == (0,) and script.STUDIED_SETS["heldout13"] == (0,)
    assert script.STUDIED_SETS["heldout14"] == (0,)
    assert script.STUDIED_SETS["heldout15"] == (0,) and script.STUDIED_SETS["heldout16"] == (0,)
    assert script.STUDIED_SETS["heldout17"] == (0,) and script.STUDIED_SETS["heldout18"] == (0,)
    assert script.STUDIED_SETS["heldout19"] == (0,) and script.STUDIED_SETS["heldout20"] == (0,)
    assert script.STUDIED_SETS["heldout21"] == (0,) and script.STUDIED_SETS["heldout22"] == (0,)
    assert "heldout23" not in script.STUDIED_SETS


@pytest.mark.parametrize("name", [
    "heldout", "heldout23", "generalization", "held", "study",
    "esp.testb", "dev",
])
def test_only_the_studied_held_out_sets_are_taken(tmp_path: Path, name: str) -> None:
    script = training_script()
    folder = tmp_path / name
    write_items(folder, ids_of_half(0))
    with pytest.raises(ValueError, match="never trains on it"):
        script.read_studied([folder])


def test_a_studied_name_inside_a_held_out_folder_or_through_a_link_is_refused(
    tmp_path: Path,
) -> None:
    script = training_script()
    nested = tmp_path / "heldout21" / "heldout2"
    write_items(nested, ids_of_half(0))
    with pytest.raises(ValueError, match="never trains on it"):
        script.read_studied([nested])
    unseen = tmp_path / "generalization"
    write_items(unseen, ids_of_half(0))
    (tmp_path / "links").mkdir()
    link = tmp_path / "links" / "heldout4"
    link.symlink_to(unseen)
    with pytest.raises(ValueError, match="never trains on it"):
        script.read_studied([link])


def test_studied_sets_are_still_refused_as_dev_folders(tmp_path: Path) -> None:
    script = training_script()
    folder = tmp_path / "heldout5"
    write_items(folder, ids_of_half(0))
    with pytest.raises(ValueError, match="a held-out folder"):
        script.read_dev(folder)


def test_the_script_stops_before_reading_anything_on_a_refused_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    script = training_script()
    studied, unseen = tmp_path / "heldout2", tmp_path / "heldout23"
    write_items(studied, ids_of_half(0))
    unreadable_items(studied, ids_of_half(1))
    write_items(unseen, ids_of_half(0))
    out = tmp_path / "model.json"
    with pytest.raises(SystemExit) as stop:
        script.main(["--studied", str(studied), str(unseen), "-o", str(out)])
    assert stop.value.code == 2
    assert "heldout23: not a held-out set whose A half has been studied" in capsys.readouterr().err
    assert not out.exists()


def test_the_make_target_trains_on_every_studied_set() -> None:
    script = training_script()
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8").split("train-scorer:")[1]
    recipe = recipe.split("\n\n")[0]
    given = {word.rsplit("/", 1)[-1] for word in recipe.split() if "tests/data/heldout" in word}
    assert given == set(script.STUDIED_SETS)


# --------------------------------------------------------------------------- shipped model


def test_shipped_model_loads() -> None:
    model = load_model()
    assert model_path().name == "deal_scorer.json" and model_path().is_file()
    assert model.to_json().startswith("{") and f'"{FORMAT}"' in model.to_json()
    assert 0.0 < model.threshold < 1.0
    assert "half A" in str(model.meta["trained_on"])
    assert any(k.startswith("acquire|") for k in model.weights)



@pytest.mark.model
def test_shipped_model_adds_a_deal_the_rules_miss(es: Language, tmp_path: Path) -> None:
    import dataclasses

    # Negotiating "the acquisition of a part of" a company: no frame of the rules fits.
    # The shipped model (session 46) scores it 0.83, over its threshold (0.765): switched
    # on, the component adds it; the same weights at a threshold of 0.9 add nothing.
    text = "Energía Norteña negocia desde marzo la adquisición de una parte de Solar Bahía."
    shipped = "kg_deal_scorer" in es.pipe_names
    if not shipped:
        assert es(text)._.kg_deals == []
        es.add_pipe("kg_deal_scorer", after="kg_deals")
    model = load_model()
    path = tmp_path / "scorer.json"
    path.write_text(dataclasses.replace(model, threshold=0.9).to_json(), encoding="utf-8")
    try:
        found = es(text)._.kg_deals
        es.replace_pipe("kg_deal_scorer", "kg_deal_scorer", config={"model_file": str(path)})
        assert es(text)._.kg_deals == []
    finally:
        if shipped:
            es.replace_pipe("kg_deal_scorer", "kg_deal_scorer")
        else:
            es.remove_pipe("kg_deal_scorer")
    assert len(found) == 1
    deal = found[0]
    assert deal.type == "Acquisition"
    assert [(r, e.name) for r, e in deal.roles] == [
        ("acquirer", "Energía Norteña"), ("target", "Solar Bahía")
    ]
    assert deal.evidence[0].text == text
    assert any(r.startswith("learned:deal_scorer(p=0.") for r in deal.rules)
