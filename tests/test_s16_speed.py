"""Session 16's speed mechanisms (issue 19) give what the slower code gave: the word
lists shared by kg's components, features and prepositions read once, the cue index
and the listing prefilter that skip work only where no rule could fire, the article's
places, N-Quads and the SHACL union.

The sentences are written for these tests.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.paths import SequencePath
from spacy.language import Language

from kg.deals.context import Context
from kg.deals.listing import _may_tell_listing_money, _tells_listing_money
from kg.deals.syntax import _case_of, case_of, feat
from kg.doc import token_lemma_lowers, token_lemmas, token_lowers, token_texts
from kg.entities.cues import ORG_CUES, _cues_at
from kg.entities.people import PERSON_CUES
from kg.rdfio import nquads
from kg.triples import IndexedGraph

ES = (
    "La cooperativa Valdemora adquirió el 40 % de Conservas Albaida a la familia Ortuño "
    "por 85 millones de euros, según ha informado la compañía de Teruel.\n\n"
    "El consejero delegado, Íñigo Barrenechea, dijo que la compra del grupo se cerrará "
    "en marzo."
)
EN = (
    "Tessaly Robotics will raise $300 million in its IPO, with a private investment in "
    "public equity, or PIPE, from Larchmont Partners.\n\n"
    "Quarry Hill Capital agreed to be a cornerstone investor in the listing.\n\n"
    "Its founder said the company's robots are sold in Ohio."
)


def test_the_components_share_one_list_of_each_kind_per_doc(en: Language) -> None:
    doc = en(EN)
    assert token_texts(doc) == [t.text for t in doc]
    assert token_lowers(doc) == [t.lower_ for t in doc]
    assert token_lemmas(doc) == [t.lemma_ for t in doc]
    assert token_lemma_lowers(doc) == [t.lemma_.lower() for t in doc]
    ctx = Context(doc, {})
    assert ctx.lowers is token_lowers(doc)  # the entities' list, not a new one
    assert ctx.lemma_lowers is token_lemma_lowers(doc)


def test_features_read_once_are_spacys(es: Language) -> None:
    doc = es(ES)
    for name in ("VerbForm", "Tense", "Mood", "Number", "NumType", "Person"):
        for tok in doc:
            values = feat(tok, name)
            assert values == list(tok.morph.get(name, []))
            values.append("changed")  # the caller's own list: the kept one is untouched
            assert feat(tok, name) == list(tok.morph.get(name, []))


def test_a_tokens_preposition_is_found_once_and_follows_a_retokenised_doc(
    es: Language,
) -> None:
    doc = es(ES)
    assert [case_of(t) for t in doc] == [_case_of(t) for t in doc]
    assert "de" in [case_of(t) for t in doc]  # "del grupo": the contraction undone
    assert [case_of(t) for t in doc] == [_case_of(t) for t in doc]  # from the cache
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert [case_of(t) for t in doc] == [_case_of(t) for t in doc]


@pytest.mark.parametrize("cues", [ORG_CUES, PERSON_CUES], ids=["org", "person"])
def test_the_cue_index_never_skips_a_cue_its_word_opens(cues: tuple) -> None:
    words = sorted({w for cue in cues for w in cue.words}) + ["Marbella", "the", "", "SA"]
    for word in words:
        x = SimpleNamespace(keys={"text": [word], "lower": [word], "lemma": [word]})
        every = [c for c in cues if not c.on or x.keys[c.on][0] in c.words]
        assert _cues_at(cues, x, 0) == every, word  # type: ignore[arg-type]


def test_a_list_of_cues_is_run_as_it_is() -> None:
    cues = list(ORG_CUES)
    x = SimpleNamespace(keys={"text": ["x"], "lower": ["x"], "lemma": ["x"]})
    assert _cues_at(cues, x, 0) is cues  # type: ignore[arg-type]


def test_the_listing_prefilter_lets_every_listing_sentence_through(en: Language) -> None:
    doc = en(EN)
    told = [_tells_listing_money(sent) for sent in doc.sents]
    assert told[:2] == [True, True]  # a PIPE; a cornerstone investor
    for sent in doc.sents:
        if not _may_tell_listing_money(sent):  # skipped only where none of its words is
            assert not any(t.lower_ in ("pipe", "investment", "cornerstone") for t in sent)
    assert not any(_tells_listing_money(s) for s in en("Its founder sold robots.").sents)


def test_the_listing_prefilter_finds_each_kind_of_word(en: Language) -> None:
    for text in (
        "Larchmont Partners joined the PIPE.",
        "Larchmont Partners joined the PIPEs.",
        "The investment came from Larchmont.",
        "Larchmont is an anchor investor.",
        "Larchmont is a cornerstone investor.",
    ):
        assert all(_may_tell_listing_money(s) for s in en(text).sents), text


def test_nquads_write_iris_and_literals_as_pyoxigraph_does() -> None:
    graph = IndexedGraph()
    s, p, q = URIRef("urn:x:deal"), URIRef("urn:x:amount"), URIRef("urn:x:name")
    graph.add((s, p, Literal("12.5", datatype=XSD.decimal)))
    graph.add((s, q, Literal('Caja "Rural"\nde Soria', lang="es")))
    graph.add((s, q, Literal("plain")))
    graph.add((s, URIRef("urn:x:of"), URIRef("urn:x:org")))
    written = nquads(graph, URIRef("urn:x:g")).decode()
    assert written == "".join(sorted(nquads(list(graph), URIRef("urn:x:g")).decode()
                                     .splitlines(keepends=True)))
    assert '<urn:x:deal> <urn:x:amount> "12.5"^^<http://www.w3.org/2001/XMLSchema#decimal>' \
        in written
    assert '"Caja \\"Rural\\"\\nde Soria"@es' in written
    graph.add((s, q, BNode()))
    with pytest.raises(ValueError, match="blank nodes"):
        nquads(graph, URIRef("urn:x:g"))


def test_an_indexed_graph_still_reads_a_property_path() -> None:
    a, b, c = URIRef("urn:x:a"), URIRef("urn:x:b"), URIRef("urn:x:c")
    p, q = URIRef("urn:x:p"), URIRef("urn:x:q")
    graph = IndexedGraph([(a, p, b), (b, q, c)])
    assert list(graph.objects(a, SequencePath(p, q))) == [c]
    assert list(graph.objects(a, p)) == [b]
    assert list(graph.triples((a, SequencePath(p, q), None))) == [(a, SequencePath(p, q), c)]


def test_the_shacl_union_keeps_each_graphs_triples() -> None:
    a, b = URIRef("urn:x:a"), URIRef("urn:x:b")
    p = URIRef("urn:x:p")
    one = IndexedGraph([(a, p, b), (a, p, Literal("1")), (b, p, a)])
    union = IndexedGraph()
    union.add_renamed(one, lambda node: URIRef(f"{node}#1"))
    union.add_renamed(one, lambda node: URIRef(f"{node}#2"))
    assert len(union) == 6
    assert set(union.objects(URIRef("urn:x:a#1"), p)) == {URIRef("urn:x:b#1"), Literal("1")}
    assert set(union.subjects(p, Literal("1"))) == {URIRef("urn:x:a#1"), URIRef("urn:x:a#2")}


def test_the_bid_prefilter_lets_every_sentence_with_a_bid_word_through(es: Language) -> None:
    from kg.deals import pugna

    for text in (
        "Grupo Alcaraz mejoró su oferta pública de adquisición sobre la conservera.",
        "Textiles Morvedre presentó una contraopa por la compañía.",
        "El consejo rechazó la oferta de Inversiones Garbí.",
        "La OPA de Inversiones Garbí vence en enero.",
    ):
        doc = es(text)
        ctx = Context(doc, {})
        for sent in doc.sents:
            has_bid = any(pugna._is_bid(t) for t in sent)
            assert pugna._bid_word_in(ctx, sent, []) or not has_bid, text
        assert any(pugna._bid_word_in(ctx, s, []) for s in doc.sents), text
    doc = es("La conservera vendió latas en Teruel.")
    assert not any(pugna._bid_word_in(Context(doc, {}), s, []) for s in doc.sents)
