"""Session 39, helper perf5 (issue #19): what the deal rules ask of a word again and
again is found once per word of a doc, with the same answers as before.

- ``kg.deals.syntax.direct_objects`` and ``subjects``, kept by ``kg.doc.doc_memo`` (token
  indices per doc, emptied when the doc's length changes and by ``set_lemma``);
- ``Context.prep_args``, kept for the context's one doc.

The sentences are written for these tests.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.deals.context import Context, _prep_args
from kg.deals.syntax import _direct_objects, _subjects, direct_objects, subjects
from kg.doc import doc_memo, set_lemma

ES = (
    "Brenmoor Holdings compró a la familia Ostáriz el 30 % de Lácteos Quirós por 40 "
    "millones de euros, y Vandel Capital lo vendió después a un fondo de Gales.\n\n"
    "A Talleres Urbieta la adquirió el grupo Sarrendi, que invirtió 12 millones en la "
    "planta de Pamplona."
)
EN = (
    "Corrow Analytics agreed to buy Feldane Systems from its founders for $75 million, "
    "and Pitney Row sold its stake in the lender to Harlan Grove.\n\n"
    "The buyer is Corrow Analytics, which raised $20 million from Wexbridge Partners in "
    "May."
)


def _indices(tokens: object) -> list[int]:
    return [t.i for t in tokens]  # type: ignore[attr-defined]


def _same_as_uncached(doc: Doc) -> None:
    for _ in range(2):  # found, then read from the memo
        for tok in doc:
            assert _indices(direct_objects(tok)) == _indices(_direct_objects(tok))
            assert _indices(subjects(tok)) == _indices(_subjects(tok))


def test_objects_and_subjects_kept_per_word_are_the_rules_own(
    es: Language, en: Language
) -> None:
    for doc in (es(ES), en(EN)):
        _same_as_uncached(doc)
        assert any(list(direct_objects(t)) for t in doc)
        assert any(subjects(t) for t in doc)


def test_subjects_are_a_new_list_each_call(en: Language) -> None:
    doc = en(EN)
    verb = next(t for t in doc if subjects(t))
    first = subjects(verb)
    first.append(doc[0])  # the caller's own list: the kept answer is untouched
    assert _indices(subjects(verb)) == _indices(_subjects(verb))


def test_a_memo_is_one_docs_and_keeps_indices(es: Language) -> None:
    one, two = es(ES), es("Quesos Arbizu vendió su fábrica de Tudela a Grupo Lizarte.")
    _same_as_uncached(one)
    assert doc_memo(one, "direct_objects") is not doc_memo(two, "direct_objects")
    # (the pipeline's deal rules filled the second doc's memo: with its own words only)
    for i, found in doc_memo(two, "direct_objects").items():
        assert list(found) == _indices(_direct_objects(two[i]))
    _same_as_uncached(two)
    kept = doc_memo(one, "subjects")
    assert kept and all(isinstance(i, int) for found in kept.values() for i in found)


def test_a_memo_is_emptied_by_a_new_lemma_and_a_new_length(es: Language) -> None:
    doc = es(ES)
    _same_as_uncached(doc)
    assert doc_memo(doc, "subjects")
    set_lemma(doc, 2, doc[2].lemma_)
    assert not doc_memo(doc, "subjects")
    _same_as_uncached(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])  # "Brenmoor Holdings" one word: indices move
    assert not doc_memo(doc, "direct_objects")
    _same_as_uncached(doc)


def test_prepositional_arguments_kept_per_word_are_the_rules_own(
    es: Language, en: Language
) -> None:
    for doc in (es(ES), en(EN)):
        ctx = Context(doc, {})
        found = []
        for _ in range(2):  # found, then read from the context
            for tok in doc:
                kept = [(p, a.i) for p, a in ctx.prep_args(tok)]
                assert kept == [(p, a.i) for p, a in _prep_args(ctx, tok)]
                found += kept
        assert found
        assert Context(doc, {})._prep_known == {}  # each context its own


def test_words_among_a_sentence_kept_per_context_are_the_docs_own(es: Language) -> None:
    from kg.doc import word_positions

    doc = es(ES)
    ctx = Context(doc, {})
    asks = [(frozenset({"comprar", "vender", "adquirir"}), "lemma_lowers"),
            (frozenset({"el", "la"}), "lowers"), (frozenset({"ninguna"}), "lowers")]
    for _ in range(2):  # found, then read from the context
        for words, kind in asks:
            for sent in doc.sents:
                found = ctx.among(sent, words, kind)
                assert found == word_positions(doc, words, kind, sent.start, sent.end)
                found.append(-1)  # the caller's own list: the kept one is untouched
    first = ctx.among(next(iter(doc.sents)), asks[0][0])
    assert [doc[i].lower_ for i in first] == ["compró", "vendió"]
