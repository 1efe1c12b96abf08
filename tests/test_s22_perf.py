"""Session 22's speed changes (issue 19) give what the slower code gave: the Spanish deal
verbs' lemmas restored from the doc's lists of lowers and parts of speech (a Token only
for a form of a deal verb), and the lenders and judges found from the spans of the
organisations' mentions only (no span of a person's or a place's mention).

The sentences are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.deals.conjugation import restore_lemmas, verb_forms
from kg.deals.guards import _judges, _lends, _span_head, judges, lenders
from kg.facts import Entity, EntityRef

ES = (
    "La textil Marandú vendieron su filial a Grupo Caltría en marzo. "
    "Caltría compraría después la planta de Oruña, y la compra se cerraría en junio. "
    "Los accionistas de Ventisca no quisieron que la empresa se fusionen con Arbeloa, "
    "y el préstamo de 9 millones concedido por Banco Ruedal financió la operación."
)
EN = (
    "The Lerwick Competition Authority approved the purchase of Tamsin Ports by Brackley "
    "Holdings. The loan, arranged by Fairmead Bank and Corran Trust, pays for it, said "
    "Sarah Whitcombe, its chief executive."
)


def _old_restore_lemmas(doc: Doc) -> None:
    # session 21's reading: a Token for every word of the doc
    forms = verb_forms()
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        infinitive = forms.get(tok.lower_)
        if infinitive is not None and tok.lemma_.split(" ")[0] != infinitive:
            tok.lemma_ = infinitive


def _copies(nlp: Language, doc: Doc) -> tuple[Doc, Doc]:
    blob = doc.to_bytes(exclude=["user_data"])
    return Doc(nlp.vocab).from_bytes(blob), Doc(nlp.vocab).from_bytes(blob)


def test_deal_verbs_get_the_lemma_the_token_per_word_reading_gave(es: Language) -> None:
    old, new = _copies(es, es(ES))
    forms = verb_forms()
    for doc in (old, new):  # the model's rule lemmatiser's kind of error, on every form
        for tok in doc:
            if forms.get(tok.lower_) is not None:
                tok.lemma_ = "vendar"
    _old_restore_lemmas(old)
    restore_lemmas(new)
    assert [t.lemma_ for t in new] == [t.lemma_ for t in old]
    assert any(t.lemma_ == "vendar" for t in new)  # a noun ("la compra") keeps its lemma
    restored = {t.lower_: t.lemma_ for t in new if t.pos_ in ("VERB", "AUX")}
    assert restored.get("vendieron") in (None, "vender")
    assert any(lemma != "vendar" and forms.get(lower) == lemma
               for lower, lemma in restored.items())


def test_restore_lemmas_leaves_an_english_doc_and_an_empty_doc_alone(
    es: Language, en: Language
) -> None:
    doc = en(EN)
    before = [t.lemma_ for t in doc]
    restore_lemmas(doc)
    assert [t.lemma_ for t in doc] == before
    restore_lemmas(es.make_doc(""))


def _old_every_mention(
    doc: Doc, entities: list[Entity], test: Callable[[Token], bool]
) -> frozenset[EntityRef]:
    # session 21's reading: the spans of every entity's mentions first
    found = []
    for ent in entities:
        spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in ent.mentions]
        if ent.kind == "org" and spans and all(
            span is not None and test(_span_head(span)) for span in spans
        ):
            found.append(ent.ref)
    return frozenset(found)


def test_lenders_and_judges_are_those_the_eager_reading_found(
    es: Language, en: Language
) -> None:
    others = 0
    for nlp, text in ((es, ES), (en, EN)):
        doc = nlp(text)
        entities = list(doc._.kg_entities or [])
        others += sum(e.kind != "org" for e in entities)
        assert lenders(doc, entities) == _old_every_mention(doc, entities, _lends)
        assert judges(doc, entities) == _old_every_mention(doc, entities, _judges)
    assert others  # a person or a place the new reading skips
    assert judges(doc, entities) or lenders(doc, entities)  # the rules still find one
