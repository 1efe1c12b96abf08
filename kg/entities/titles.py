"""Titles, offices and time zones around people's names: the words a name's edges
must not keep ("Advocate Helena Marsh", "Anna Reid MP"), and the "people" that are
only an office ("Mr Speaker", "the Deputy Bailiff"), a participle of asking
("Consultado, el presidente ...") or a time zone ("07:30 CAT").

These are typing constraints and span rules a linguist would name: an office is not
a person, the letters after a name are not part of it, a clock's zone is no name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.doc import span_text, token_texts
from kg.entities.context import _P_GAZ, Knowledge, _Cand
from kg.entities.words import (
    APPOSITION_ROLES,
    ASKED_PARTICIPLES,
    HONORIFICS,
    NATIONALITY_NOUNS,
    NEWSROOM_TITLES,
    OFFICE_TITLES,
    POST_NOMINALS,
    STYLES,
    TIME_ZONES,
    TITLE_MODIFIERS,
)
from kg.iri import fold

_FOLDED_OFFICES = frozenset(fold(w).rstrip(".") for w in OFFICE_TITLES)
# Honorifics of parliaments that close a title before the name ("Treasurer Hon. Peter
# Vane", "the Rt Hon"), which the model may take into the "person".
_CLOSING_HONORIFICS = frozenset({"Hon", "Hon.", "Rt", "Rt."})
# Spanish honorifics the model takes into a name ("el presidente Don Juan Ferrero").
_LEADING_HONORIFICS = frozenset({"Don", "Doña"})
# Spanish "don" and "doña" written short, as minutes and notices write them before a
# name ("D. Julián Cifuentes", "D.ª Pilar Urrutia"): a style, no initial of the name.
_SPANISH_STYLE_ABBREVIATIONS = frozenset({"D.", "Dña.", "Dª", "D.ª", "Dª."})


def title_word(word: str) -> bool:
    """Whether a capitalised word is an office or a form of address of parliaments and
    courts, not a name: "Speaker", "Bailiff", "Hon.", "Treasurer", "SPEAKER". Not the
    honorifics and roles that are also surnames ("King", "Bishop", "Rey")."""
    return fold(word).rstrip(".") in _FOLDED_OFFICES


def trim_titles(kn: Knowledge, doc: Doc, c: _Cand) -> None:
    """A person's name without the nationality that opens it ("Briton Jane Holt"), the
    title that opens it before a given name ("Advocate Helena Marsh" → "Helena Marsh",
    "Emeritus Walter Dunmore" → "Walter Dunmore", "Editor Ronan Pryce") and without the
    post-nominal letters or the parliamentary honorific that close it ("Tom Vane KC" →
    "Tom Vane", "Treasurer Hon." → "Treasurer"), nor a byline's newsroom title
    (``_byline_title``)."""
    c.end = _byline_title(kn, doc, c)
    while c.end - c.start > 1 and (
            doc[c.end - 1].text in POST_NOMINALS or doc[c.end - 1].text in _CLOSING_HONORIFICS):
        c.end -= 1
    if c.end - c.start >= 3 and doc[c.start + 1].text[:1].isupper() and (
            doc[c.start].text in NATIONALITY_NOUNS or doc[c.start].text in kn.demonyms):
        c.start += 1  # "Kenyan Wanjiru Kamau", "Dutchman Pieter Claes"
    k = c.start
    while k + 1 < c.end and (doc[k].text in OFFICE_TITLES or doc[k].text in _LEADING_HONORIFICS
                             or (kn.lang == "es" and doc[k].text in _SPANISH_STYLE_ABBREVIATIONS)
                             or doc[k].text in NEWSROOM_TITLES
                             or doc[k].text in TITLE_MODIFIERS or _rank_hyphen(doc, k, c.end)):
        k += 1
    if k > c.start and doc[k].text in kn.given_names:
        c.start = k
    c.start = _past_style(doc, c.start, c.end)


def _byline_title(kn: Knowledge, doc: Doc, c: _Cand) -> int:
    """Where a byline's name ends before the newsroom title the line goes on with
    ("Ronan Pryce Business Reporter", "Marta Quiñones Redacción Economía"): the title
    (``NEWSROOM_TITLES``) and the desk's common words before it are no part of the name,
    which keeps two words at least. A name in capitals ends where the capitals do, before
    the place of the dateline ("MARTA QUIÑONES Madrid")."""
    shouted = all(t.is_alpha and len(t.text) > 1 and t.text.isupper()
                  for t in doc[c.start:c.start + 2])  # (not initials: "K. R. Menon")
    for k in range(c.start + 2, c.end):
        if shouted and doc[k].is_alpha and doc[k].is_title:
            return k
        if doc[k].text in NEWSROOM_TITLES:
            while k > c.start + 2 and _desk_word(kn, doc[k - 1].text):
                k -= 1
            if all(_desk_word(kn, t.text) for t in doc[c.start:k]):
                # a job whole, no name before it ("Chief Economics Correspondent"): the
                # byline's job is no one (kg.entities.furniture)
                return c.end
            return k
    return c.end


def _desk_word(kn: Knowledge, word: str) -> bool:
    """A common word of a desk or a rank ("Economics", "Chief"), no name's."""
    return kn.is_common(word) and word not in kn.surnames and word not in kn.given_names


def _rank_hyphen(doc: Doc, k: int, end: int) -> bool:
    """Whether token ``k`` is the hyphen of a rank of two titles that the tokenizer
    split ("Lieutenant-General": "Lieutenant", "-", "General")."""
    return doc[k].text == "-" and k > 0 and k + 1 < end and not doc[k - 1].whitespace_ \
        and not doc[k].whitespace_ and doc[k - 1].text in OFFICE_TITLES \
        and doc[k + 1].text in OFFICE_TITLES


def _past_style(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts past a style that opens it or ends inside it ("Tan
    Sri Ahmad Zulkifli", the "Seri Lim Boon Huat" of "Datuk Seri Lim Boon Huat")."""
    for s in range(max(0, start - 3), start + 1):
        j = style_end(doc, s, end - 1)
        if j > start:
            return j
    return start


def style_end(doc: Doc, s: int, stop: int) -> int:
    """The end of the longest style (``STYLES``: "Tan Sri", "Dato' Sri", "Engr.") that
    opens at token ``s`` and ends by ``stop``; ``s`` where none does."""
    texts = token_texts(doc)
    if s < len(texts) and texts[s] not in _STYLE_OPENINGS:
        return s  # a style's text opens with its first word: most words open none
    for j in range(min(stop, s + 5), s, -1):
        if span_text(doc, s, j) in STYLES:
            return j
    return s


# Every beginning of a style's text ("T", "Ta", "Tan", "Tan S", ... "Tan Sri").
_STYLE_OPENINGS = frozenset(style[:k] for style in STYLES for k in range(1, len(style) + 1))


def office_only(doc: Doc, c: _Cand) -> bool:
    """Whether a "person" is only titles and offices ("Speaker", "Deputy Bailiff",
    "Treasurer", "Counsel"), or an honorific before them, the form of address to an
    office ("Mr Speaker", "Madam Chair"): no word of it is a name."""
    words = [t.text for t in doc[c.start:c.end] if not t.is_punct]
    k = 0
    while k < len(words) - 1 and words[k] in HONORIFICS and not title_word(words[k]):
        k += 1
    return bool(words) and all(title_word(w) for w in words[k:]) and c.priority < _P_GAZ


def asked_opener(doc: Doc, c: _Cand) -> bool:
    """A participle of asking that opens a sentence before a comma ("Consultado, el
    presidente dijo", "Asked, the minister said") is no name."""
    return c.end - c.start == 1 and doc[c.start].text in ASKED_PARTICIPLES and \
        bool(doc[c.start].is_sent_start)


_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}|\d{1,2}(am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)
_MERIDIEM = frozenset({"am", "pm", "a.m.", "p.m.", "hrs", "h", "horas"})


def clock_zone(doc: Doc, c: _Cand) -> bool:
    """A time zone after a clock time ("07:30 CAT", "10 am ET", "a las 9.00 CET") is
    no name."""
    if c.end - c.start != 1 or doc[c.start].text not in TIME_ZONES:
        return False
    k = c.start - 1
    if k >= 0 and doc[k].lower_ in _MERIDIEM:
        k -= 1
    return k >= 0 and bool(_CLOCK.fullmatch(doc[k].text)) and \
        any(ch.isdigit() for ch in doc[k].text)


def role_of_next_name(kn: Knowledge, doc: Doc, s: int, k: int) -> bool:
    """Whether the role after the comma at ``k - 1`` titles the name after it, not the
    name at ``s`` before it: a preposition's object ends a fronted or closing adverbial
    of place, and the role opens the subject ("Sales rose in Europe, chief executive
    Tamsin Oakley said", "En Ourense, el director financiero de la bodega, Rufino Albar
    Cuesta, explicó ..."). The role runs straight into a name of two words, or through
    its "de"/"of" complement and a comma into one closed by a comma;
    "Quiroga, consejero delegado de Talvera, dijo" is an apposition of Quiroga."""
    if s == 0 or doc[s - 1].pos_ != "ADP" or not (doc[s - 1].is_lower or doc[s - 1].is_sent_start):
        return False
    n, j, role = len(doc), k, False
    while j < min(n, k + 5) and doc[j].is_lower and (
            doc[j].lower_ in APPOSITION_ROLES or doc[j].pos_ in ("DET", "ADJ")):
        role = role or doc[j].lower_ in APPOSITION_ROLES
        j += 1
    if not role or j + 1 >= n:
        return False
    if _name_at(kn, doc, j):
        return True  # "chief executive Tamsin Oakley"
    if doc[j].lower_ not in ("de", "del", "of", "at"):
        return False
    comma = next((m for m in range(j + 1, min(n, j + 7)) if doc[m].text == ","), -1)
    if comma < 0 or not _name_at(kn, doc, comma + 1):
        return False
    e = comma + 2
    while e < n and doc[e].text[:1].isupper():
        e += 1
    return e < n and doc[e].text == ","  # ", Rufino Albar Cuesta,"


def _name_at(kn: Knowledge, doc: Doc, j: int) -> bool:
    """A person's name opens at ``j``: two capitalised words, the first no place."""
    return j + 1 < len(doc) and doc[j].text[:1].isupper() and doc[j + 1].text[:1].isupper() \
        and doc[j].is_alpha and doc[j].text not in kn.places
