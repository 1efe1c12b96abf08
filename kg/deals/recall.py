"""Constructions of rounds and bids told on news the rules were not tuned on.

Each function is one construction a reader of business news recognises, called from
the frame or the lexicon that owns the trigger (``kg.deals.frames``):

- a funding series named by its letter stands for its round: "X led the company's
  Series A", "X había liderado la serie A de la empresa" (``lettered_series``); a
  series inside a round's own phrase ("una ronda serie B", "a Series B round") is the
  round's label, not a second round. Read where the series noun heads its phrase
  (Spanish); the English parser makes the letter the head and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.words import FUNDING_NOUNS

# The nouns of a funding series ("serie A", "Series B").
SERIES_NOUNS = frozenset({"serie", "series"})


def _series_letter(tok: Token) -> Token | None:
    """The letter that labels a series: the next word, one capital letter A-H ("serie
    A", "Series B"); the parser often reads the Spanish letter "A" as a preposition."""
    if tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    text = nxt.text
    return nxt if len(text) == 1 and "A" <= text <= "H" else None


def lettered_series(tok: Token) -> bool:
    """A series noun states a round of its own only when a letter labels it and no
    other round noun holds it as its label: "lideró la serie A de X" is a round, "una
    serie de compras", "a series of deals" are none, and in "una ronda de inversión
    serie B", "a Series B round", "Series C funding" the round noun states the round."""
    if tok.lower_ not in SERIES_NOUNS:
        return True
    letter = _series_letter(tok)
    if letter is None or tok.head.i == letter.i:
        # "the Series A of X": the English parser heads the phrase with the letter and
        # leaves the series noun no arguments to read
        return False
    near = [tok.head, *tok.children, tok.doc[tok.i - 1] if tok.i > 0 else tok]
    if letter.i + 1 < len(tok.doc):
        near.append(tok.doc[letter.i + 1])
    near += [letter.head, *letter.children]
    rounds = FUNDING_NOUNS - SERIES_NOUNS
    return not any(
        t.i != tok.i and (t.lemma_.lower() in rounds or t.lower_ in rounds) for t in near
    )
