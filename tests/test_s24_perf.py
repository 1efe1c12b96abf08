"""Session 24's speed mechanism (issue 19) gives what the slower code gave: the words a
character span covers (``doc.char_span(start, end, alignment_mode="expand")``, asked
for the same mentions and amounts by the deal context, each guard and each
attachment) found once per doc and span; a timeline's entry year read from the doc's
words, not a Token per word back to the line's start; a doc's flags made by numpy.

The sentences are written for these tests.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.deals.status import entry_year
from kg.doc import covering_span, covering_tokens, span_text, token_flags, token_lowers, token_texts

EN = "Harbor Pine agreed to buy Tollan Freight  from Quarry Lane.\n\nThe deal, worth $40m, closes."
ES = "Brivana compró Papelera Tormes a Ostrava Mills por 40 millones de euros.\n Cierra en mayo."


def _spacys(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else (span.start, span.end)


def test_the_words_covered_are_spacys_for_every_character_span() -> None:
    for lang, text in (("en", EN), ("es", ES)):
        doc = spacy.blank(lang)(text)
        # every span, starting and ending in a word, a space, a line break or beyond
        for start in range(-2, len(text) + 3):
            for end in range(start, len(text) + 3):
                assert covering_tokens(doc, start, end) == _spacys(doc, start, end), (start, end)


def test_asked_again_the_words_are_the_same() -> None:
    doc = spacy.blank("en")(EN)
    first = [covering_tokens(doc, s, s + 6) for s in range(0, len(EN), 5)]
    again = [covering_tokens(doc, s, s + 6) for s in range(0, len(EN), 5)]
    assert first == again
    # "Pine" touched by "ne agr": both words
    assert covering_tokens(doc, EN.index("ne agr"), EN.index("ne agr") + 6) == (1, 3)


def test_a_span_starting_on_a_words_trailing_space_starts_at_the_next_word() -> None:
    doc = spacy.blank("en")(EN)
    after_pine = EN.index(" agreed")
    assert covering_tokens(doc, after_pine, after_pine + 7) == (2, 3)  # "agreed"
    assert _spacys(doc, after_pine, after_pine + 7) == (2, 3)


def test_a_covering_span_is_spacys_span() -> None:
    doc = spacy.blank("es")(ES)
    start = ES.index("Papelera")
    span = covering_span(doc, start + 2, start + 12)
    assert span is not None
    assert (span.start, span.end, span.text) == (2, 4, "Papelera Tormes")
    assert span.text == span_text(doc, span.start, span.end)
    assert covering_span(doc, len(ES) + 1, len(ES) + 4) is None  # beyond the text


def test_an_empty_doc_covers_nothing() -> None:
    doc = spacy.blank("en")("")
    assert covering_tokens(doc, 0, 0) is None and covering_span(doc, 0, 3) is None


def test_a_doc_retokenised_is_read_again() -> None:
    doc = spacy.blank("en")(EN)
    start = EN.index("Quarry")
    assert covering_tokens(doc, start, start + 11) == (9, 11)  # (the double space is a word)
    with doc.retokenize() as retokenizer:  # "Quarry Lane" one word
        retokenizer.merge(doc[9:11])
    assert covering_tokens(doc, start, start + 11) == (9, 10) == _spacys(doc, start, start + 11)


def test_words_made_without_a_tokenizer_are_covered_as_spacy_covers_them() -> None:
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Orla", "bought", "Venn", ",", "then", "sold"],
              spaces=[True, True, False, True, False, False])  # "thensold": no space
    for start in range(-1, len(doc.text) + 2):
        for end in range(start, len(doc.text) + 2):
            assert covering_tokens(doc, start, end) == _spacys(doc, start, end)


TIMELINE = ("Hitos de Brivana.\n\n1998 — Brivana se fusiona con Tormes.\n"
            "  2007: compra Ostrava.\nSin fecha.")


def test_a_timelines_entry_year_is_read_from_the_words_of_its_line() -> None:
    doc = spacy.blank("es")(TIMELINE)
    by_text = {t.text: t for t in doc}
    assert entry_year(by_text["fusiona"]) == 1998
    assert entry_year(by_text["compra"]) == 2007  # (past the line's leading spaces)
    assert entry_year(by_text["fecha"]) is None and entry_year(by_text["Hitos"]) is None


def test_a_docs_flags_are_its_words_flags_as_python_bools() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("ACME  bought Venn for $4m. It closed in May!\n\nTHE END")
    for flag, attr in (("alpha", "is_alpha"), ("upper", "is_upper"),
                       ("punct", "is_punct"), ("space", "is_space")):
        found = token_flags(doc, flag)
        assert found == [getattr(t, attr) for t in doc]
        assert all(type(v) is bool for v in found)
    starts = token_flags(doc, "sent_start")
    assert starts == [bool(t.is_sent_start) for t in doc] and starts.count(True) >= 2
    assert all(type(v) is bool for v in starts)
    assert token_texts(doc) == [t.text for t in doc]
    assert token_lowers(doc) == [t.lower_ for t in doc]
