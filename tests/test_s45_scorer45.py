"""Session 45, helper scorer45: the learned deal scorer's back-off (kg.deal_scorer).

- labels:role-sides (train/deal_scorer.py): a candidate is labelled a deal when a gold
  deal has its two parties on the sides of its roles, whatever the gold type's role
  names ("Acme took a stake in Beta": gold investor and investee, read by the acquire
  frame as acquirer and target); partners take either side;
- scorer:source-no-party (kg.deal_scorer._told_by): the name a sentence is told by
  ("according to X", "según publicó X", "as X reported") is no candidate party;
- bench/deal_causes.py: each unread miss ends with what the scorer made of it;
- scorer:denied (kg.deal_scorer.denied): a deal word inside what a party denies
  (a complement clause or a report, rumour or talk of a verb of denial) gives no
  candidate;
- a switch (kg.settings.DEAL_SCORER, off; KG_DEAL_SCORER=on|off) puts the scorer right
  after the deal rules in kg's pipelines, and the cache key sees it.

Every sentence here is written for the test, about invented companies.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from spacy.tokens import Doc

from kg.deal_scorer import (
    Candidate,
    DealScorer,
    Party,
    ScorerModel,
    candidates,
    denied,
    trigger_kinds,
)
from kg.doc import doc_lang
from kg.evaluate import parse_gold
from kg.facts import Entity, EntityRef

ROOT = Path(__file__).resolve().parent.parent


def _module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@cache
def training_script() -> ModuleType:
    return _module("train_deal_scorer_s45", ROOT / "train" / "deal_scorer.py")


NORVALE, KESTRA = Entity("org", "Norvale"), Entity("org", "Kestra Foods")
ENTITIES = {NORVALE.ref: NORVALE, KESTRA.ref: KESTRA}


def candidate(kind: str, first: tuple[str, EntityRef], second: tuple[str, EntityRef],
              deal_type: str) -> Candidate:
    return Candidate(0, 1, kind, deal_type, (first[0], Party(first[1], 0, 0, 1)),
                     (second[0], Party(second[1], 2, 2, 3)))


def gold(deal_type: str, roles: dict[str, str | list[str]]) -> list:
    article = parse_gold({
        "id": "s45", "organizations": [{"name": "Norvale"}, {"name": "Kestra Foods"}],
        "deals": [{"type": deal_type, "roles": roles}],
    })
    return training_script().dev_gold(article)


def test_an_investment_read_by_a_buying_word_is_a_deal_on_the_same_sides() -> None:
    # "Norvale took a 30 % stake in Kestra Foods": gold Investment, the acquire frame's roles.
    deals = gold("Investment", {"investor": "Norvale", "investee": "Kestra Foods"})
    label = training_script().label
    right = candidate("acquire", ("acquirer", NORVALE.ref), ("target", KESTRA.ref), "Acquisition")
    reversed_ = candidate("acquire", ("acquirer", KESTRA.ref), ("target", NORVALE.ref),
                          "Acquisition")
    assert label(right, deals, ENTITIES, (0, 40)) == 1  # 0 before: the role names differ
    assert label(reversed_, deals, ENTITIES, (0, 40)) == 0


def test_a_purchase_read_as_an_acquisition_keeps_its_buyer_and_seller_apart() -> None:
    deals = gold("PurchaseAgreement", {"buyer": "Norvale", "seller": "Kestra Foods"})
    label = training_script().label
    taken = candidate("acquire", ("acquirer", NORVALE.ref), ("target", KESTRA.ref), "Acquisition")
    paid = candidate("pay", ("buyer", NORVALE.ref), ("seller", KESTRA.ref), "PurchaseAgreement")
    assert label(paid, deals, ENTITIES, (0, 40)) == 1
    assert label(taken, deals, ENTITIES, (0, 40)) == 0  # a seller is not the thing taken


def test_partners_take_either_side() -> None:
    label = training_script().label
    partners = gold("Partnership", {"partner": ["Norvale", "Kestra Foods"]})
    bought = candidate("acquire", ("acquirer", KESTRA.ref), ("target", NORVALE.ref), "Acquisition")
    assert label(bought, partners, ENTITIES, (0, 40)) == 1
    merged = gold("Acquisition", {"acquirer": "Norvale", "target": "Kestra Foods"})
    merger = candidate("merge", ("partner", NORVALE.ref), ("partner", KESTRA.ref), "Merger")
    assert label(merger, merged, ENTITIES, (0, 40)) == 1
    elsewhere = gold("Acquisition", {"acquirer": "Norvale", "target": "Dunmore Paper"})
    assert label(merger, elsewhere, ENTITIES, (0, 40)) == 0


# --------------------------------------------------------------------- sources


@cache
def pipelines():  # type: ignore[no-untyped-def]
    from kg.nlp import Pipelines

    return Pipelines()


def doc_of(text: str, lang: str = "en") -> Doc:
    return pipelines().get(lang)(text)


def pairs(doc: Doc) -> set[frozenset[str]]:
    return {frozenset(r.name for r in c.pair) for c in candidates(doc)}


@pytest.mark.parametrize(("lang", "text", "source"), [
    ("en", "Harwick Logistics bought Pellam Freight in March, according to Tessaly Research.",
     "Tessaly Research"),
    ("es", "Grupo Alcesa compró la naviera Brisamar, según publicó el diario La Voz de Tarsia.",
     "La Voz de Tarsia"),
    ("en", "Harwick Logistics sold its trucking arm to Pellam Freight, as Tessaly Research "
     "reported on Friday.", "Tessaly Research"),
])
def test_the_source_of_a_sentence_is_no_party(lang: str, text: str, source: str) -> None:
    doc = doc_of(text, lang)
    names = {e.name for e in doc._.kg_entities}
    assert source in names  # found, and left out of the candidates only
    assert pairs(doc) and not any(source in pair for pair in pairs(doc))


@pytest.mark.parametrize("text", [
    "Harwick Logistics said on Monday it would buy Pellam Freight.",
    "As Harwick Logistics grew, it bought Pellam Freight.",
])
def test_a_speaker_who_tells_its_own_deal_stays_a_party(text: str) -> None:
    assert frozenset({"Harwick Logistics", "Pellam Freight"}) in pairs(doc_of(text))


# --------------------------------------------------------------------- the shipped model


def rules_only(text: str, lang: str = "en") -> Doc:
    """``text`` processed, with the deals the rules drew only (the scorer, where
    switched on, has added its own)."""
    doc = doc_of(text, lang)
    doc._.kg_deals = [d for d in doc._.kg_deals or ()
                      if not any(r.startswith("learned:") for r in d.rules)]
    return doc


def learned(text: str, lang: str = "en") -> list[tuple[str, set[tuple[str, str]]]]:
    """The deals the scorer (the shipped model) adds to the rules' on ``text``."""
    doc = rules_only(text, lang)
    return [(d.type, {(role, ref.name) for role, ref in d.roles})
            for d in DealScorer().learned(doc)]


def test_the_scorer_reads_no_partnership_in_a_service_contract() -> None:
    # The rules draw nothing. Session 45's model read a partnership here (0.985); since
    # session 46 a partnership is taught only by gold partners (labels:partner-sides) and
    # the contract's purchase reading scores 0.43, under the threshold (0.765).
    text = "Harwick Logistics will manage the depots of Pellam Freight under a five-year " \
        "agreement unveiled in Tromsø."
    assert not rules_only(text)._.kg_deals
    assert learned(text) == []


@pytest.mark.parametrize(("lang", "text"), [
    # a market report
    ("en", "Shares of Norvale Systems rose 4 percent while Brightwater Foods fell 2 percent "
     "in Tuesday trading."),
    ("es", "Las acciones de Grupo Alcesa subieron un 3% y las de Conservas Brisamar cayeron "
     "un 1% en la sesión del lunes."),
    # two companies compared
    ("en", "Norvale Systems is larger than Brightwater Foods by revenue, analysts at Tamsin "
     "Research noted."),
    # a deal denied (whatever the rules make of it, the scorer adds nothing)
    ("en", "Norvale Systems rejected claims of a bid for Brightwater Foods, calling them idle "
     "speculation."),
    ("es", "Grupo Alcesa negó que vaya a comprar Conservas Brisamar."),
])
def test_the_scorer_adds_no_deal_where_none_is_told(lang: str, text: str) -> None:
    assert learned(text, lang) == []


# --------------------------------------------------------------------- diagnostic


@cache
def causes_script() -> ModuleType:
    return _module("deal_causes_s45", ROOT / "bench" / "deal_causes.py")


def test_an_unread_miss_says_what_the_scorer_made_of_it() -> None:
    script = training_script()
    causes = causes_script()
    # The rules read no deal here; the gold says Harwick invested in Pellam.
    text = "Harwick Logistics and Pellam Freight share a depot, and Harwick holds a " \
        "minority investment in the smaller hauler."
    doc = doc_of(text)
    article = parse_gold({
        "id": "s45b", "organizations": [{"name": "Harwick Logistics"},
                                         {"name": "Pellam Freight"}],
        "deals": [{"type": "Investment",
                   "roles": {"investor": "Harwick Logistics", "investee": "Pellam Freight"}}],
    })
    doc._.kg_deals = []
    entities = {e.ref: e for e in doc._.kg_entities}
    document = script.Document("s45b", doc, script.dev_gold(article), entities)
    found: Counter[str] = causes.unread_detail(document, ["Investment"])
    assert sum(found.values()) == 1
    (key,) = found
    assert key.startswith("unread: Investment, ") and ", scorer " in key
    assert key.rsplit(", ", 1)[1].split(" ")[1] in ("p<0.3", "p", "p>=thr", "blocked")


# --------------------------------------------------------------------- denials


def trigger_denials(doc: Doc) -> dict[str, bool]:
    kinds = trigger_kinds(doc_lang(doc))
    return {t.text: denied(t) for t in doc
            if (kinds.get(t.lemma_.lower()) or kinds.get(t.lower_)) and t.pos_ != "PROPN"}


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Norvale Systems denied it meant to buy Brightwater Foods.", "buy"),
    ("en", "Norvale Systems dismissed talk of a merger with Brightwater Foods as baseless.",
     "merger"),
    ("en", "Brightwater Foods rebutted a newsletter report that Norvale Systems had agreed "
     "to acquire it.", "acquire"),
    ("es", "Grupo Alcesa desmintió que vaya a comprar Conservas Brisamar este año.",
     "comprar"),
    ("es", "Grupo Alcesa negó los rumores de fusión con Conservas Brisamar.", "fusión"),
])
def test_a_deal_a_party_denies_is_no_candidate(lang: str, text: str, word: str) -> None:
    doc = doc_of(text, lang)
    assert trigger_denials(doc)[word] is True
    assert candidates(doc) == []  # before scorer:denied each gave candidates


@pytest.mark.parametrize(("text", "word"), [
    # a deal not yet closed is still a deal (the rules publish it, Announced)
    ("Norvale Systems said its purchase of Brightwater Foods had not yet closed.",
     "purchase"),
    # a denial itself denied
    ("Norvale Systems did not deny it meant to buy Brightwater Foods.", "buy"),
    # a verb of denial with another object, the deal in an adverbial
    ("Norvale Systems dismissed Hal Brenner weeks after buying Brightwater Foods.",
     "buying"),
    # a deal turned down rather than denied: the rules' business (a cancelled deal)
    ("The regulator denied the merger of Norvale Systems and Brightwater Foods.", "merger"),
])
def test_a_deal_beside_a_denial_stays_a_candidate(text: str, word: str) -> None:
    doc = doc_of(text)
    assert trigger_denials(doc)[word] is False
    assert frozenset({"Norvale Systems", "Brightwater Foods"}) in pairs(doc)


# --------------------------------------------------------------------- switched on


def test_the_switch_puts_the_scorer_right_after_the_rules(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.nlp import Pipelines
    from kg.settings import deal_scorer_default

    assert deal_scorer_default({}) is False  # off by default (kg.settings.DEAL_SCORER)
    assert deal_scorer_default({"KG_DEAL_SCORER": "on"}) is True
    monkeypatch.setenv("KG_DEAL_SCORER", "on")
    nlp = Pipelines().get("en")
    names = nlp.pipe_names
    assert names[names.index("kg_deals") + 1] == "kg_deal_scorer"
    # the shipped model with a lower threshold, so that it adds the pair it scores 0.43
    scorer = nlp.get_pipe("kg_deal_scorer")
    model = scorer.model
    scorer._model = ScorerModel(model.weights, model.bias, 0.4, model.meta)
    text = "Harwick Logistics will manage the depots of Pellam Freight under a five-year " \
        "agreement unveiled in Tromsø."
    try:
        deals = nlp(text)._.kg_deals
    finally:
        scorer._model = model
    assert [d.rules[-1] for d in deals] == ["learned:deal_scorer(p=0.43)"]
    monkeypatch.setenv("KG_DEAL_SCORER", "off")
    assert "kg_deal_scorer" not in Pipelines().get("en").pipe_names


def test_the_cache_key_sees_the_scorer_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.incremental import code_fingerprint

    monkeypatch.delenv("KG_DEAL_SCORER", raising=False)
    default = code_fingerprint()
    monkeypatch.setenv("KG_DEAL_SCORER", "off")
    assert code_fingerprint() == default  # (the default's key is unchanged)
    monkeypatch.setenv("KG_DEAL_SCORER", "on")
    assert code_fingerprint() != default
