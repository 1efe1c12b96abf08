"""Session 29, speed3 (issue #19): kg's own CPU, same output.

- The status rules are indexed by the lemma of the word they look at
  (``StatusRule.lemmas``, ``kg.deals.status._rules_for``): a rule of the words that
  end a deal is not asked about "buy". Every rule declares its lemmas or "any"; the
  index leaves out only rules that would have said nothing, so every deal keeps the
  status, and the rule named for it, that the whole list gave.
- Talks with a company's owners (``kg.deals.owners_talks``) make a Token only for a
  word of talks or approach, or a verb (``kg.doc.token_flags(doc, "verb")``); the
  walks up the parse in ``kg.deals.status`` read each head once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Token

from kg.deals import status
from kg.deals.status import FALLBACK_RULES, STATUS_RULES, StatusRule
from kg.doc import set_lemma, token_flags, token_lemma_lowers

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"

# Sentences of every stage, in both languages, whose status a lemma-listed rule decides
# or could decide (invented names).
EN = [
    "Harbor Pine agreed to buy Tollan Freight for $310 million.",
    "Harbor Pine called off its planned purchase of Tollan Freight.",
    "Harbor Pine abandoned plans to acquire Tollan Freight.",
    "Regulators approved the merger of Harbor Pine and Tollan Freight.",
    "Regulators did not approve the merger of Harbor Pine and Tollan Freight.",
    "Harbor Pine is in talks to acquire Tollan Freight.",
    "Harbor Pine ended talks to buy Tollan Freight.",
    "Harbor Pine is weighing a bid for Tollan Freight.",
    "Harbor Pine tried to buy Tollan Freight in 2019.",
    "Harbor Pine is said to be buying Tollan Freight.",
    "Harbor Pine completed its acquisition of Tollan Freight on Monday.",
    "Harbor Pine has not yet completed the purchase of Tollan Freight.",
    "Harbor Pine expects to complete the purchase of Tollan Freight in March.",
    "Harbor Pine signed an agreement to supply Tollan Freight with trucks.",
    "Harbor Pine and Tollan Freight dissolved their joint venture.",
    "Harbor Pine lost its bid for Tollan Freight to Quarry Lane.",
    "The merger of Harbor Pine and Tollan Freight did not go ahead.",
    "Harbor Pine announced the acquisition of Tollan Freight.",
    "Harbor Pine won a contract to supply Tollan Freight.",
    "The acquisition follows Harbor Pine's purchase of Tollan Freight in 2023.",
    "Harbor Pine could buy Tollan Freight.",
    "Harbor Pine bought Tollan Freight last year.",
]
ES = [
    "Grupo Valdora ha abandonado la compra de Textiles Brivesa.",
    "Grupo Valdora firmó un acuerdo con Textiles Brivesa.",
    "La CNMC ha autorizado la compra de Textiles Brivesa por Grupo Valdora.",
    "La CNMC no autorizó la fusión de Grupo Valdora y Textiles Brivesa.",
    "Grupo Valdora negocia la compra de Textiles Brivesa.",
    "Grupo Valdora estudia comprar Textiles Brivesa.",
    "Grupo Valdora intentó comprar Textiles Brivesa en 2019.",
    "Grupo Valdora cerrará la compra de Textiles Brivesa en marzo.",
    "Grupo Valdora ha completado la compra de Textiles Brivesa.",
    "La OPA de Grupo Valdora sobre Textiles Brivesa no prosperó.",
    "Grupo Valdora y Textiles Brivesa pusieron fin a su alianza.",
    "Grupo Valdora anunció la compra de Textiles Brivesa.",
    "Grupo Valdora compró Textiles Brivesa por 40 millones de euros.",
    "Grupo Valdora podría comprar Textiles Brivesa.",
]


def _statuses(nlp: Language, texts: list[str]) -> list[tuple[str | None, list[str]]]:
    return [(m.status, [r for r in m.rules if r.startswith("status:")])
            for doc in nlp.pipe(texts) for m in doc._.kg_deals]


def _golden(lang: str) -> list[str]:
    texts = []
    for case in sorted(GOLDEN.iterdir()):
        text = (case / "input.txt").read_text(encoding="utf-8")
        if text.startswith(f"# lang: {lang}"):
            texts.append(text.split("\n", 1)[1])
    return texts


# -- every rule declares its lemmas ---------------------------------------------------


@pytest.mark.parametrize("rule", STATUS_RULES + FALLBACK_RULES, ids=lambda r: r.name)
def test_every_status_rule_declares_its_lemmas_or_any(rule: StatusRule) -> None:
    assert rule.lemmas == "any" or (
        isinstance(rule.lemmas, frozenset) and rule.lemmas
        and all(isinstance(w, str) and w == w.lower() for w in rule.lemmas)
    ), f"{rule.name}: declare the lemmas it decides on, or 'any'"


def test_a_rule_on_the_trigger_or_the_verb_is_asked_at_any_lemma() -> None:
    # (their verdicts hang on the trigger's modifiers and the verb's tense)
    assert all(r.lemmas == "any" for r in STATUS_RULES + FALLBACK_RULES if r.on != "word")


def test_the_index_asks_the_rules_that_list_a_lemma_and_the_any_rules_in_order() -> None:
    names = [r.name for r in status._rules_for(STATUS_RULES, True, False, False, "abandonar")]
    assert "cancelled" in names and "signed" not in names and "supposed" in names
    names = [r.name for r in status._rules_for(STATUS_RULES, True, False, False, "firmar")]
    assert "signed" in names and "cancelled" not in names
    for lemma in ("abandonar", "sign", "group", "decir", ""):
        for flags in ((True, False, False), (True, True, False), (False, True, True)):
            every = status._rules_on(STATUS_RULES, *flags)
            expected = tuple(r for r in every if r.lemmas == "any" or lemma in r.lemmas)
            assert status._rules_for(STATUS_RULES, *flags, lemma) == expected


def test_a_word_no_rule_lists_is_asked_only_the_any_rules() -> None:
    found = status._rules_for(STATUS_RULES, True, False, False, "grupo")
    assert found and all(r.lemmas == "any" for r in found)
    fewer = STATUS_RULES[:3]  # another tuple of rules is indexed anew
    assert status._rules_for(fewer, True, True, True, "grupo") == fewer


# -- the index decides as the whole list did ------------------------------------------


def _unindexed(monkeypatch: pytest.MonkeyPatch, broken: list[str]) -> None:
    """Ask every rule at every word, as before the index, and record a rule that
    decides on a lemma it does not list (a declaration that is too narrow)."""

    def checked(rule: StatusRule) -> StatusRule:
        def decide(cue: status.Cue) -> status.Verdict | None:
            verdict = rule.decide(cue)
            if verdict is not None and rule.lemmas != "any" and cue.lemma not in rule.lemmas:
                broken.append(f"{rule.name} on {cue.lemma!r}")
            return verdict
        return StatusRule(rule.name, rule.on, decide, rule.lemmas)

    monkeypatch.setattr(status, "STATUS_RULES", tuple(checked(r) for r in STATUS_RULES))
    monkeypatch.setattr(
        status, "_rules_for", lambda rules, word, verb, trigger, lemma: status._rules_on(
            rules, word, verb, trigger))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_index_gives_every_deal_the_status_the_whole_list_gave(
    lang: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    nlp: Language = request.getfixturevalue(lang)
    texts = (EN if lang == "en" else ES) + _golden(lang)
    indexed = _statuses(nlp, texts)
    broken: list[str] = []
    with monkeypatch.context() as m:
        _unindexed(m, broken)
        whole = _statuses(nlp, texts)
    assert not broken
    assert indexed == whole
    assert len({s for s, _ in indexed}) == 5  # every stage was decided somewhere


def test_a_rule_indexed_under_its_lemmas_still_fires(en: Language, es: Language) -> None:
    assert _statuses(en, ["Harbor Pine called off its planned purchase of Tollan Freight."]) \
        == [("Cancelled", ["status:Cancelled<-call"])]
    assert _statuses(es, ["Grupo Valdora ha abandonado la compra de Textiles Brivesa."]) \
        == [("Cancelled", ["status:Cancelled<-abandonar"])]


def test_a_word_no_rule_lists_leaves_the_status_to_the_any_rules(en: Language) -> None:
    # "said" is listed by no rule: the deal's own verb in the past decides (rule "past")
    assert _statuses(en, ["Harbor Pine bought Tollan Freight last year, it said."]) == [
        ("Completed", ["status:Completed<-buy"])]


# -- talks with owners: a Token only for the words that can hold them --------------------


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_verb_flags_are_the_tokens_own(lang: str, request: pytest.FixtureRequest) -> None:
    nlp: Language = request.getfixturevalue(lang)
    for doc in nlp.pipe((EN if lang == "en" else ES)[:6] + ["", "Acme."]):
        assert token_flags(doc, "verb") == [t.pos_ in ("VERB", "AUX") for t in doc]


@pytest.mark.parametrize(("lang", "text", "status"), [
    ("es", "Grupo Valdora mantiene conversaciones con los accionistas de Textiles Brivesa.",
     "InNegotiation"),
    ("es", "Grupo Valdora habría sondeado a los accionistas de Textiles Brivesa.", "Rumoured"),
    ("en", "Harbor Pine approached the shareholders of Tollan Freight.", "InNegotiation"),
])
def test_talks_with_a_companys_owners_are_still_found(
    lang: str, text: str, status: str, request: pytest.FixtureRequest
) -> None:
    nlp: Language = request.getfixturevalue(lang)
    found = [(m.type, m.status) for m in nlp(text)._.kg_deals
             if "frame:talks-with-owners" in m.rules]
    assert found == [("Acquisition", status)]


def test_talks_with_ones_own_shareholders_buy_nothing(es: Language) -> None:
    assert not es("Grupo Valdora mantiene conversaciones con sus accionistas.")._.kg_deals


def test_a_verb_given_its_lemma_after_the_lists_were_read_is_still_looked_at(
    es: Language,
) -> None:
    # kg.deals.conjugation gives verbs their infinitive after kg_entities read the
    # doc's lemmas, through kg.doc.set_lemma, which keeps the per-doc lists and the
    # word index (session 36, perf3): the verb is looked at by its new lemma
    doc = es("Grupo Valdora contactó a los accionistas de Textiles Brivesa.")
    assert not doc._.kg_deals
    verb = next(t for t in doc if t.lower_ == "contactó")
    assert token_lemma_lowers(doc)[verb.i] == "contactar"  # the lists are read ...
    set_lemma(doc, verb.i, "sondear")  # ... then the verb takes another lemma
    doc = es.get_pipe("kg_deals")(doc)
    assert [m.type for m in doc._.kg_deals if "frame:talks-with-owners" in m.rules] == [
        "Acquisition"]


def _old_is_subject_of(trigger: Token, word: Token) -> bool:
    t = trigger  # session 28's walk, two Tokens made per step
    while t.head.i != t.i and t.head.i != word.i:
        t = t.head
    return t.head.i == word.i and t.dep_ in ("nsubj", "csubj")


def test_the_walks_up_the_parse_read_each_head_once_and_find_the_same(en: Language) -> None:
    doc = en("The purchase of Tollan Freight weighed on Harbor Pine's margins, which "
             "analysts said was completed in May.")
    trigger, verb = doc[1], next(t for t in doc if t.lower_ == "weighed")
    assert status._is_subject_of(trigger, verb)  # "the purchase weighed on"
    for t in doc:
        for w in doc:
            assert status._is_subject_of(t, w) == _old_is_subject_of(t, w)
        chain = [t]
        while chain[-1].head.i != chain[-1].i and len(chain) < 8:
            chain.append(chain[-1].head)
        assert [x.i for x in status._governors(t)] == [x.i for x in chain]
