"""Money written where a name would be: a currency symbol alone ("B/.", "S/.") or glued
to a figure ("R68", "Dh45", "RM1.2bn") is an amount or its unit, never an organisation
or a person, whatever the model or a deal frame read in it ("a target price of R68",
"invertir B/. 385 millones"): the candidate is dropped, or cut where a name ran on
into a price (rule id ``figure:money``).

Beyond them, any sign of Unicode's currency class ("₱", "₦") and a dollar written
with its country's letters ("T$", "WS$") are money. The signs are the closed lists
``currency_signs`` and ``currency_letters`` of ``lexicon/entities.toml`` with the ISO
codes and letter symbols of :func:`kg.entities.gazetteer.currency_codes`; the
one-letter signs that kg.money reads only in their own country's articles ("R", "P",
"Q") are money in any article once glued to a figure."""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc

from kg.doc import span_text
from kg.entities.context import _Cand
from kg.entities.gazetteer import currency_codes
from kg.entities.words import CONNECTORS, CURRENCY_LETTERS, CURRENCY_SIGNS, FIGURE_SCALES

_LETTERED = sorted({s for s in (*CURRENCY_SIGNS, *CURRENCY_LETTERS, *currency_codes())
                    if any(c.isalpha() for c in s)}, key=len, reverse=True)
# A symbol and a figure of two digits or more, or with decimals or a scale word.
_GLUED = re.compile(
    rf"(?:{'|'.join(re.escape(s) for s in _LETTERED)})"
    r"(?:\d{2,}(?:[.,]\d+)*|\d+[.,]\d+)(?:bn|m|mn|k|tn)?|"
    rf"(?:{'|'.join(re.escape(s) for s in _LETTERED)})\d+(?:bn|m|mn|k|tn)"
)
# Symbols that are no word: made of letters and signs ("B/.", "S/.", "R$", "US$").
_SIGNED = frozenset(s for s in CURRENCY_SIGNS if not s.isalpha())
# A dollar written with its country's letters, as each country writes its own ("T$"
# the pa'anga, "WS$" the tala, "TT$", "J$"), alone or glued to a figure; and a
# figure after a sign of Unicode's currency class ("₱", "₦", "₹", "€").
_FIGURE_TEXT = r"(?:\d[\d.,]*(?:bn|m|mn|k|tn)?)?"
_LETTERED_DOLLAR = re.compile(rf"[A-Z]{{1,3}}\${_FIGURE_TEXT}")
_FIGURE = re.compile(_FIGURE_TEXT)


def money_names(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """``chosen`` without the candidates that are a currency symbol, alone or glued to
    a figure, and without the price a name ran on into ("Greenmarket Investments for
    R1.1bn": the symbol is capitalised as a name's word is).

    >>> money_names(nlp("Analysts see a target price of R68."), cands)  # doctest: +SKIP
    """
    out = []
    for c in chosen:
        priced = c.end
        while priced > c.start and _is_money(doc[priced - 1].text):
            priced -= 1
        end = priced
        while end > c.start + 1 and doc[end - 1].lower_ in CONNECTORS:
            end -= 1
        if end == c.start or _is_money(span_text(doc, c.start, end)) or _spaced_unit(doc, c):
            continue
        if end < c.end:
            # a name never ends in a connector ("Banco de"), price or not; the rule says
            # which of the two cut it
            rule = "figure:money" if priced < c.end else "bounds:trailing_connector"
            c = _Cand(c.start, end, c.label, c.priority, (*c.rules, rule))
        out.append(c)
    return out


def _spaced_unit(doc: Doc, c: _Cand) -> bool:
    """A short word in capitals written apart before a figure and its scale word ("SR
    9.8 billion", "ZiG 75 million", "Bs 60 millones") is the money's unit, known
    sign or not: a name is not followed by a sum (rule id ``figure:spaced_unit``)."""
    if c.end - c.start != 1 or c.end + 1 >= len(doc):
        return False
    word, figure, scale = doc[c.start].text, doc[c.end].text, doc[c.end + 1].lower_
    return (word in _LETTERED or (len(word) <= 3 and word.isalpha() and word[0].isupper())) \
        and _FIGURE_ONLY.fullmatch(figure) is not None and scale in FIGURE_SCALES


_FIGURE_ONLY = re.compile(r"\d[\d.,]*")


def _is_money(text: str) -> bool:
    return text in _SIGNED or _GLUED.fullmatch(text) is not None or \
        _LETTERED_DOLLAR.fullmatch(text) is not None or _signed_figure(text)


def _signed_figure(text: str) -> bool:
    """A currency sign of Unicode's class Sc, alone or before a figure: "₱", "₦12m"."""
    k = 0
    while k < len(text) and unicodedata.category(text[k]) == "Sc":
        k += 1
    return k > 0 and _FIGURE.fullmatch(text, k) is not None
