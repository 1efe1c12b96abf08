"""Session 18 (scorer2): the deal scorer reads language, not the rules' output, and pairs
a trigger's one named party with a party from outside its sentence (the subject of the
sentence before, or the article's topic)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kg.deal_scorer import (
    Candidate,
    DocContext,
    candidates,
    doc_features,
    features,
)
from kg.facts import Deal, Entity, EntityRef, Span
from tests.test_deal_scorer import active, parsed, roles


def _with_mentions(doc: Doc, kind: str, name: str) -> Doc:
    """Give the entity ``name`` every one of its occurrences as a mention."""
    starts, at = [], doc.text.find(name)
    while at >= 0:
        starts.append(at)
        at = doc.text.find(name, at + 1)
    mentions = tuple(Span(s, s + len(name), name) for s in starts)
    doc._.kg_entities = [
        Entity(kind, name, mentions=mentions) if e.name == name else e  # type: ignore[arg-type]
        for e in doc._.kg_entities
    ]
    return doc


def pronoun_subject() -> Doc:
    # "Acme reported results. It bought Beta."
    return parsed(
        ["Acme", "reported", "results", ".", "It", "bought", "Beta", "."],
        [1, 1, 1, 1, 5, 5, 5, 5],
        ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
        ["Acme", "report", "result", ".", "it", "buy", "Beta", "."],
        ["PROPN", "VERB", "NOUN", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT"],
        [("org", "Acme"), ("org", "Beta")],
    )


def outside(found: Sequence[Candidate]) -> list[tuple[str, list[tuple[str, str]]]]:
    return sorted((c.outside, roles(c)) for c in found if c.outside)


# --------------------------------------------------------------------------- candidates


def test_a_pronoun_subject_pairs_the_named_party_with_the_subject_before() -> None:
    found = candidates(pronoun_subject())
    assert outside(found) == [
        ("prev_subject", [("acquirer", "Acme"), ("target", "Beta")]),
        ("prev_subject", [("acquirer", "Beta"), ("target", "Acme")]),
    ]
    assert all(c.sent == 1 and c.trigger == 5 for c in found)


def test_a_spanish_left_out_subject_pairs_with_the_subject_before() -> None:
    # "Lumbre SA ganó más. Compró Ocaso." (no subject in the second sentence)
    doc = parsed(
        ["Lumbre", "SA", "ganó", "más", ".", "Compró", "Ocaso", "."],
        [2, 0, 2, 2, 2, 5, 5, 5],
        ["nsubj", "flat", "ROOT", "obj", "punct", "ROOT", "obj", "punct"],
        ["Lumbre", "SA", "ganar", "más", ".", "comprar", "Ocaso", "."],
        ["PROPN", "PROPN", "VERB", "ADV", "PUNCT", "VERB", "PROPN", "PUNCT"],
        [("org", "Lumbre SA"), ("org", "Ocaso")], lang="es",
    )
    found = candidates(doc)
    assert ("prev_subject", [("acquirer", "Lumbre SA"), ("target", "Ocaso")]) in outside(found)
    right = next(
        f for c, f in doc_features(doc) if roles(c)[0] == ("acquirer", "Lumbre SA")
    )
    assert {"outside=prev_subject", "acquirer:slot=none", "target:path=↓obj"} <= set(right)


def test_the_articles_topic_is_a_party_from_outside() -> None:
    # "Acme grew. Acme hired staff. Analysts praised it. The merger with Beta failed."
    doc = parsed(
        ["Acme", "grew", ".", "Acme", "hired", "staff", ".", "Analysts", "praised", "it", ".",
         "The", "merger", "with", "Beta", "failed", "."],
        [1, 1, 1, 4, 4, 4, 4, 8, 8, 8, 8, 12, 15, 12, 13, 15, 15],
        ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "dobj",
         "punct", "det", "nsubj", "prep", "pobj", "ROOT", "punct"],
        ["Acme", "grow", ".", "Acme", "hire", "staff", ".", "analyst", "praise", "it", ".",
         "the", "merger", "with", "Beta", "fail", "."],
        ["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT", "NOUN", "VERB", "PRON",
         "PUNCT", "DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
        [("org", "Acme"), ("org", "Beta")],
    )
    doc = _with_mentions(doc, "org", "Acme")
    assert outside(candidates(doc)) == [("topic", [("partner", "Acme"), ("partner", "Beta")])]


def test_no_party_from_outside_when_the_one_before_is_not_a_subject() -> None:
    # "Analysts praised Acme. It bought Beta." (Acme is named once: no topic either)
    doc = parsed(
        ["Analysts", "praised", "Acme", ".", "It", "bought", "Beta", "."],
        [1, 1, 1, 1, 5, 5, 5, 5],
        ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
        ["analyst", "praise", "Acme", ".", "it", "buy", "Beta", "."],
        ["NOUN", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT"],
        [("org", "Acme"), ("org", "Beta")],
    )
    assert candidates(doc) == []


def test_no_party_from_outside_for_a_sentence_without_a_named_party() -> None:
    # "Acme reported results. It bought a rival."
    doc = parsed(
        ["Acme", "reported", "results", ".", "It", "bought", "a", "rival", "."],
        [1, 1, 1, 1, 5, 5, 7, 5, 5],
        ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "det", "dobj", "punct"],
        ["Acme", "report", "result", ".", "it", "buy", "a", "rival", "."],
        ["PROPN", "VERB", "NOUN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
        [("org", "Acme")],
    )
    assert candidates(doc) == []


def test_two_named_parties_give_no_outside_pairing_of_themselves() -> None:
    assert [c.outside for c in candidates(active())] == ["", ""]


# --------------------------------------------------------------------------- features


def test_features_read_words_not_what_the_rules_found() -> None:
    doc = active()
    acme, beta = EntityRef("org", "Acme"), EntityRef("org", "Beta")
    doc._.kg_deals = [
        Deal("Acquisition", (("acquirer", acme), ("target", beta)), (Span(0, 17, doc.text),))
    ]
    found = {f for _, feats in doc_features(doc) for f in feats}
    assert not any(f.startswith("rules_") for f in found)
    assert {"w-1=PARTY", "w+1=PARTY", "head=ROOT", "acquire|w+1=PARTY"} <= found
    doc._.kg_deals = []
    assert found == {f for _, feats in doc_features(doc) for f in feats}


def test_words_between_the_parties_and_near_the_trigger_are_features() -> None:
    # "Acme quietly bought the rival Beta."
    doc = parsed(
        ["Acme", "quietly", "bought", "the", "rival", "Beta", "."],
        [2, 2, 2, 5, 5, 2, 2],
        ["nsubj", "advmod", "ROOT", "det", "amod", "dobj", "punct"],
        ["Acme", "quietly", "buy", "the", "rival", "Beta", "."],
        ["PROPN", "ADV", "VERB", "DET", "ADJ", "PROPN", "PUNCT"],
        [("org", "Acme"), ("org", "Beta")],
    )
    right = next(set(f) for c, f in doc_features(doc) if roles(c)[0] == ("acquirer", "Acme"))
    assert {"btw=quietly", "btw=the", "btw=rival", "w-1=quietly", "w+2=rival",
            "target:gap=rival", "acquirer:gap=quietly"} <= right
    assert "btw=buy" not in right  # the trigger is read as the trigger


def test_the_subject_slot_tells_a_pronoun_from_a_named_party() -> None:
    doc = pronoun_subject()
    by_roles = {tuple(roles(c)): set(f) for c, f in doc_features(doc) if c.outside}
    right = by_roles[(("acquirer", "Acme"), ("target", "Beta"))]
    wrong = by_roles[(("acquirer", "Beta"), ("target", "Acme"))]
    assert {"acquirer:slot=pron", "acquirer:outside=prev_subject", "target:path=↓dobj"} <= right
    assert {"target:slot=pron", "target:outside=prev_subject", "acquirer:path=↓dobj"} <= wrong


def test_salience_features_name_the_topic_and_the_lede() -> None:
    doc = _with_mentions(pronoun_subject(), "org", "Acme")
    context = DocContext.of(doc)
    assert context.topic is None  # named once
    cand = next(c for c in candidates(doc) if roles(c)[0] == ("acquirer", "Acme"))
    feats = set(features(doc, cand, context))
    assert {"acquirer:lede=True", "target:lede=True", "together=0", "acquirer:named=1-2"} <= feats


# --------------------------------------------------------------------------- covered


def test_the_scorer_leaves_alone_what_the_rules_told() -> None:
    doc = pronoun_subject()
    acme, beta = EntityRef("org", "Acme"), EntityRef("org", "Beta")
    cand = next(c for c in candidates(doc) if c.outside)
    assert not DocContext.of(doc).covered(doc, cand)
    # A deal the rules read in the trigger's sentence (with another party): the
    # pairing with a party from outside is left alone.
    gamma = EntityRef("org", "Gamma")
    doc._.kg_deals = [
        Deal("Acquisition", (("acquirer", gamma), ("target", beta)), (Span(24, 40, doc.text),))
    ]
    assert DocContext.of(doc).covered(doc, cand)
    # The same pair found anywhere by the rules.
    doc._.kg_deals = [
        Deal("Acquisition", (("acquirer", acme), ("target", beta)), (Span(0, 22, doc.text),))
    ]
    assert DocContext.of(doc).covered(doc, cand)


# --------------------------------------------------------------------------- bystanders


def pairs(doc: Doc) -> set[frozenset[str]]:
    return {frozenset(ref.name for ref in c.pair) for c in candidates(doc)}


def test_the_subject_of_a_verb_that_judges_a_deal_is_no_party() -> None:
    # "The Authority blocked Acme's takeover of Beta."
    doc = parsed(
        ["The", "Authority", "blocked", "Acme", "'s", "takeover", "of", "Beta", "."],
        [1, 2, 2, 5, 3, 2, 5, 6, 2],
        ["det", "nsubj", "ROOT", "poss", "case", "dobj", "prep", "pobj", "punct"],
        ["the", "Authority", "block", "Acme", "'s", "takeover", "of", "Beta", "."],
        ["DET", "PROPN", "VERB", "PROPN", "PART", "NOUN", "ADP", "PROPN", "PUNCT"],
        [("org", "Authority"), ("org", "Acme"), ("org", "Beta")],
    )
    assert pairs(doc) == {frozenset({"Acme", "Beta"})}


def test_a_spanish_regulator_that_approves_a_purchase_is_no_party() -> None:
    # "Regula aprobó la compra de Ocaso por Lumbre."
    doc = parsed(
        ["Regula", "aprobó", "la", "compra", "de", "Ocaso", "por", "Lumbre", "."],
        [1, 1, 3, 1, 5, 3, 7, 3, 1],
        ["nsubj", "ROOT", "det", "obj", "case", "nmod", "case", "nmod", "punct"],
        ["Regula", "aprobar", "el", "compra", "de", "Ocaso", "por", "Lumbre", "."],
        ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
        [("org", "Regula"), ("org", "Ocaso"), ("org", "Lumbre")], lang="es",
    )
    assert pairs(doc) == {frozenset({"Ocaso", "Lumbre"})}


def test_a_party_inside_a_modifier_of_another_noun_is_no_party() -> None:
    # "Ostrava invested in Lumora rival Photonix."
    doc = parsed(
        ["Ostrava", "invested", "in", "Lumora", "rival", "Photonix", "."],
        [1, 1, 1, 4, 5, 2, 1],
        ["nsubj", "ROOT", "prep", "compound", "compound", "pobj", "punct"],
        ["Ostrava", "invest", "in", "Lumora", "rival", "Photonix", "."],
        ["PROPN", "VERB", "ADP", "PROPN", "NOUN", "PROPN", "PUNCT"],
        [("org", "Ostrava"), ("org", "Lumora"), ("org", "Photonix")],
    )
    assert pairs(doc) == {frozenset({"Ostrava", "Photonix"})}


def test_a_party_that_modifies_the_trigger_or_the_subject_of_a_deal_verb_stays() -> None:
    # "The Acme takeover of Beta ended.": a modifier of the trigger is a party, and so
    # is the subject of a deal verb ("Acme bought Beta").
    doc = parsed(
        ["The", "Acme", "takeover", "of", "Beta", "ended", "."],
        [2, 2, 5, 2, 3, 5, 5],
        ["det", "compound", "nsubj", "prep", "pobj", "ROOT", "punct"],
        ["the", "Acme", "takeover", "of", "Beta", "end", "."],
        ["DET", "PROPN", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
        [("org", "Acme"), ("org", "Beta")],
    )
    assert pairs(doc) == {frozenset({"Acme", "Beta"})}
    assert pairs(active()) == {frozenset({"Acme", "Beta"})}


def test_a_model_trained_within_sentences_reads_no_party_from_outside() -> None:
    from kg.deal_scorer import DealScorer, ScorerModel

    doc = pronoun_subject()
    # A model that adds anything the subject slot holds a pronoun for.
    model = ScorerModel({"acquirer:slot=pron": 30.0}, -10.0, 0.5)
    added = DealScorer(model=model).learned(doc)
    assert [[(r, e.name) for r, e in d.roles] for d in added] == [
        [("acquirer", "Acme"), ("target", "Beta")]
    ]
    assert [s.text for s in added[0].evidence] == [doc.text[:23], doc.text[24:40]]
    within = ScorerModel(model.weights, model.bias, 0.5, {"across_sentences": False})
    assert DealScorer(model=within).learned(doc) == []
