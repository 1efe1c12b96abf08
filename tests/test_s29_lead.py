"""Session 29, the lead's change (issue #13).

- A Spanish verb given its infinitive by ``kg.deals.conjugation`` ("vendieron",
  which the lemmatiser reads "vendar") has it in the doc's kept lists of lemmas too
  (``kg.doc.set_lemma``): the rules that read the lists (``listing``, ``pugna``,
  ``Context.lemma_lowers``, the status index) and those that read the Token agree.
- An offer told as made (the object of a verb in the past) that unnamed sources report
  stays Announced; only an intention they report is a rumour
  (``kg.deals.attach.rumoured_by_sources``; the session's robust-en rule had turned
  "presentó una oferta por la compañía, según fuentes del sector" into a rumour).
"""

from __future__ import annotations

from spacy.language import Language

from kg.doc import set_lemma, token_lemma_lowers, token_lemmas


def test_a_restored_infinitive_is_in_the_kept_lists_of_lemmas(es: Language) -> None:
    doc = es("Los socios de Textiles Brivesa vendieron la empresa a Grupo Valdora.")
    verb = next(t for t in doc if t.lower_ == "vendieron")
    assert verb.lemma_ == "vender"
    assert token_lemmas(doc)[verb.i] == "vender"
    assert token_lemma_lowers(doc)[verb.i] == "vender"


def test_a_stress_mark_taken_out_of_an_infinitive_is_in_the_kept_lists(es: Language) -> None:
    doc = es("Grupo Valdora amplía su participación en Textiles Brivesa.")
    verb = next(t for t in doc if t.lower_ == "amplía")
    assert verb.lemma_ == token_lemma_lowers(doc)[verb.i] == "ampliar"


def test_set_lemma_changes_the_lists_already_made_and_nothing_else(es: Language) -> None:
    doc = es.make_doc("Alfa Vendió Beta")
    lemmas, lowers = token_lemmas(doc), token_lemma_lowers(doc)
    before = list(lemmas)
    set_lemma(doc, 1, "Vender")
    assert doc[1].lemma_ == "Vender"
    assert token_lemmas(doc) is lemmas and lemmas[1] == "Vender"
    assert lowers[1] == "vender"
    assert lemmas[:1] + lemmas[2:] == before[:1] + before[2:]


# -- an offer told as made, reported by sources, stays announced ----------------------


def _statuses(nlp: Language, text: str) -> list[str]:
    return [d.status for d in nlp(text)._.kg_deals if d.type == "Acquisition"]


def test_an_offer_made_in_the_past_and_reported_by_sources_stays_announced(
    es: Language, en: Language,
) -> None:
    assert _statuses(es, "Cementos Anáhuac presentó una oferta por Cementos del Sur, según "
                         "fuentes del sector.") == ["Announced"]
    assert _statuses(en, "Harbor Pine made a bid for Tollan Freight, people familiar with "
                         "the matter said.") == ["Announced"]


def test_an_intention_reported_by_sources_is_still_a_rumour(es: Language, en: Language) -> None:
    assert _statuses(es, "Cementos Anáhuac lanzará una oferta por Cementos del Sur, según "
                         "fuentes del sector.") == ["Rumoured"]
    assert _statuses(en, "Harbor Pine Capital plans a bid for Tollan Freight, according to "
                         "two sources.") == ["Rumoured"]
