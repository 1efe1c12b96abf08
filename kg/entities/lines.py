"""Lines that are no prose: results and standings tables, whose names are teams, and
datelines, which name a place and a news agency."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.doc import ARTICLE_KEY, doc_text
from kg.entities.context import _P_CONTEXT, _P_LEGAL, Knowledge, _Cand
from kg.entities.institutions import is_city
from kg.entities.runs import _DATE_SHAPE, _run_end, _texts, glued_dateline
from kg.entities.words import (
    CALENDAR_WORDS,
    HONORIFICS,
    NEWS_AGENCIES,
    NON_NAMES,
    TABLE_WORDS,
)

_MONTH_PREFIXES = frozenset(w[:3] for w in CALENDAR_WORDS)


def _table_candidates(doc: Doc, caps: list[bool], kn: Knowledge) -> list[_Cand]:
    """Teams in a results or standings line ("Norwich 1 Wolverhampton 0", "Hull 4 2 2 0
    4 2"): a line of names and numbers only, where a name is followed by a score.
    Teams are organisations; people in such lines are found by the person cues. A
    headline in capitals with a figure in it is no table (``_headline_words``)."""
    out: list[_Cand] = []
    n = len(doc)
    line_start = 0
    for end in [*(i for i, text in enumerate(_texts(doc)) if "\n" in text), n]:
        table, numbers = True, False
        for t in doc[line_start:end]:
            if t.is_alpha and not caps[t.i] and t.lower_ not in TABLE_WORDS:
                table = False  # prose: stop reading this line
                break
            numbers = numbers or (t.like_num and any(c.isdigit() for c in t.text))
        if table and numbers:
            k = line_start
            while k < end:
                if caps[k] and doc[k].text not in NON_NAMES:
                    e = _run_end(doc, k, caps)
                    if e < end and doc[e].like_num and any(c.isdigit() for c in doc[e].text) \
                            and e - k <= 4 and not _headline_words(kn, doc[k:e]) \
                            and not (e - k == 1 and _month(doc[k].text)):
                        out.append(_Cand(k, e, "ORG", _P_CONTEXT, ("line:results_table",)))
                    k = e
                else:
                    k += 1
        line_start = end + 1
    return out


def _month(text: str) -> bool:
    """A month or a weekday, whole or shortened with its full stop, before its day:
    a date in a section's line ("OUTDOORS | Dec. 4, 2026"), no team."""
    stem = text[:-1] if text.endswith(".") else text
    if len(stem) < 3 or not stem.isalpha():
        return False
    return any(word.lower() == stem.lower() or (
        text.endswith(".") and word.lower().startswith(stem.lower())) for word in CALENDAR_WORDS)


def _headline_words(kn: Knowledge, words: Span) -> bool:
    """Capitals before a figure that are words of a sentence, not a team: a run that
    opens with a function word other than an article ("LE PIDEN 8 AÑOS"; not "LAS
    PALMAS 2"), ends in one ("MAS DE 200", "16 MUERTOS Y 54") or holds a verb form
    that is no noun ("SEVILLA PRESENTARA BORRADOR 2000")."""
    first, last = words[0].lower_, words[-1].lower_
    return last in kn.stop_words or (
        first in kn.stop_words and first not in ("el", "la", "los", "las")) or any(
        len(t.text) > 3 and t.text.isupper() and kn.is_verb_form(t.lower_)
        and not kn.is_common(t.lower_) and t.text.title() not in kn.places
        for t in words
    )


# An editor's code after the agency in a wire story's signature: "pa-c", "CL/rb/rs".
_EDITOR_CODE = re.compile(r"[A-Za-z]{1,3}([-/][A-Za-z]{1,3})+|[a-z]{2,3}")


def _agency_candidates(doc: Doc) -> list[_Cand]:
    """A news agency's one-word name is the agency alone, not the start of the name
    after it: the signature that ends a wire story ("EFECOM pa-c", "EFE CL/rb/rs") and
    runs into the next story's dateline ("EFE Baleares Washington, 23 may (EFE)"), and
    the source of a quote ("explicó a Efe Castellano", a person). "Agencia EFE" keeps
    its head (rule ``line:agency``)."""
    out: list[_Cand] = []
    n = len(doc)
    for i, text in enumerate(_texts(doc)):
        if text not in NEWS_AGENCIES or i + 1 >= n or (
                i > 0 and doc[i - 1].lower_ in ("agencia", "agency")):
            continue
        t = doc[i]
        nxt = doc[t.i + 1]
        if (nxt.text[:1].isupper() and nxt.is_alpha and not t.whitespace_.count("\n")) or \
                _EDITOR_CODE.fullmatch(nxt.text):
            out.append(_Cand(t.i, t.i + 1, "ORG", _P_LEGAL, ("line:agency",)))
            # The next story's dateline after the signature: its desk and place.
            e = t.i + 1
            while e < n and doc[e].is_alpha and doc[e].text[:1].isupper():
                e += 1
            if t.i + 1 < e < n - 1 and doc[e].text == "," and doc[e + 1].like_num:
                out.append(_Cand(t.i + 1, e, "LOC", _P_LEGAL, ("line:dateline_place",)))
    return out


def outlet_candidates(doc: Doc) -> list[_Cand]:
    """The outlet that publishes the article (its ``publisher``), where the body names
    it ("Disclosure: The Ledger holds no positions", "Ledger newsletters: sign up"):
    an organisation whatever the model read, since the article says who it is (rule
    ``line:outlet_named``). Its name must be written as the outlet writes it, with or
    without its opening "The"."""
    article = doc.user_data.get(ARTICLE_KEY)
    name = (getattr(article, "publisher", None) or "").split()
    if name and name[0] in ("The", "El", "La"):
        forms = [name, name[1:]]
    else:
        forms = [name]
    forms = [f for f in forms if f and any(w[:1].isupper() for w in f)]
    if not forms:
        return []
    texts = _texts(doc)
    out: list[_Cand] = []
    for i in range(len(texts)):
        for form in forms:  # the fuller form first
            e = i + len(form)
            if texts[i:e] == form and (e >= len(texts) or not texts[e][:1].isupper()):
                out.append(_Cand(i, e, "ORG", _P_LEGAL, ("line:outlet_named",)))
                break
    return out


_DASHES = frozenset({"-", "–", "—"})
# What closes a dateline's agency in brackets: a dash, a full stop, both ("MADRID, 2
# dic (EFE).-", Spanish wire copy) or a press release's double hyphen ("--(BUSINESS
# WIRE)--").
_AFTER_AGENCY = _DASHES | {".", ".-", ".–", ".—", "--"}
# Words a place's name writes in small letters ("Ciudad de México", "Isle of Man").
_PLACE_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "of", "the", "upon"})


def _capital_place(kn: Knowledge, words: str) -> bool:
    """Whether a dateline's words in capitals name a city or a country ("SANTIAGO",
    "CIUDAD DE MÉXICO", "SAN JOSÉ"): written in capitals, the place is no company.

    >>> _capital_place(Knowledge("es"), "CIUDAD DE MÉXICO")  # doctest: +SKIP
    True
    """
    name = " ".join(w.lower() if w.lower() in _PLACE_PARTICLES and k else w.title()
                    for k, w in enumerate(words.split()))
    return is_city(name) or name in kn.places


def _line_starts(doc: Doc) -> list[int]:
    """The first word of every line."""
    n = len(doc)
    # A token's ``whitespace_`` is one space or none: line breaks are tokens of their own.
    starts = [0] + [i + 1 for i, text in enumerate(_texts(doc))
                    if "\n" in text and doc[i].is_space]
    out = []
    for i in starts:
        while i < n and doc[i].is_space:
            i += 1
        if i < n:
            out.append(i)
    return out


def _dateline_candidates(kn: Knowledge, doc: Doc) -> list[_Cand]:
    """A dateline: the place in capitals opening a line and the news agency in
    brackets ("SAN FRANCISCO (AP) —", "BOGOTÁ, 3 mar (Reuters) -", "June 11
    (Reuters) -"), or a known place in capitals and a dash ("SANTIAGO - El grupo");
    not a line opened by an honorific, a transcript's speaker ("Mr KOIM (Opposition)
    —", "Sra. ROBLES (Grupo Mixto) —")."""
    out: list[_Cand] = []
    n = len(doc)
    for i in _line_starts(doc):
        if doc[i].text in HONORIFICS:
            continue  # a speaker and his side or party in brackets: no dateline
        # The agency: "( X )" within the line's first words, then a dash or a stop.
        agency = False
        texts = _texts(doc)  # (a token's ``whitespace_`` is " " or "", never a line break)
        for k in range(i, min(n - 2, i + 10)):
            if "\n" in texts[k]:
                break
            if texts[k] != "(":
                continue
            close = next((j for j in range(k + 1, min(n, k + 5)) if doc[j].text == ")"), -1)
            inside = doc[k + 1:close].text if close > k else ""
            if k > i and close > k + 1 and len(inside) > 1 and inside not in kn.places \
                    and inside.title() not in kn.places and \
                    any(ch.isupper() for ch in inside) and \
                    all(t.is_alpha or t.text in ("-", "&") for t in doc[k + 1:close]) and (
                        close + 1 >= n or doc[close + 1].text in _AFTER_AGENCY
                        or "\n" in doc[close].whitespace_):
                agency = True
                out.append(_Cand(k + 1, close, "ORG", _P_LEGAL, ("line:dateline_agency",)))
                # The place before it, in capitals.
                e = i
                while e < k and doc[e].is_alpha and doc[e].text.isupper() and \
                        len(doc[e].text) > 1:
                    e += 1
                if e > i and doc[e].text in (",", "("):
                    out.append(_Cand(i, e, "LOC", _P_LEGAL, ("line:dateline_place",)))
            break
        if not agency:
            out += _place_without_agency(kn, doc, i)
    return out + _dated_places(doc)


def _place_without_agency(kn: Knowledge, doc: Doc, i: int) -> list[_Cand]:
    """The place in capitals opening the line at ``i`` with no agency after it:
    "BOGOTÁ.- La agencia", "SANTIAGO - El grupo", "NAIROBI, Kenya —", "MONTERREY, NL -",
    or the first field of a page's line before the date ("IQUITOS | 04.12.2026")."""
    n = len(doc)
    out: list[_Cand] = []
    e = i
    while e < n and doc[e].is_alpha and doc[e].text.isupper() and len(doc[e].text) > 1:
        e += 1
    glued = glued_dateline(doc[e].text) if e < n else None
    if glued and _capital_place(kn, " ".join([*(t.text for t in doc[i:e]), glued])):
        # "BOGOTÁ.- La agencia", "SAN JOSÉ.– El banco": the Spanish tokenizer
        # keeps the place's last word, its stop and its dash as one token.
        out.append(_Cand(i, e + 1, "LOC", _P_LEGAL, ("line:dateline_place",)))
        return out
    if e > i and e + 1 < n and ((doc[e].text in (",", "|", "·") and (
        doc[e + 1].like_num or doc[e + 1].text[:3].title() in _MONTH_PREFIXES
        or _FULL_DATE.fullmatch(doc[e + 1].text)
    )) or _DATE_SHAPE.fullmatch(doc[e].text) or (
        doc[e].text in _DASHES_OR_STOP and _capital_place(kn, doc[i:e].text))):
        out.append(_Cand(i, e, "LOC", _P_LEGAL, ("line:dateline_place",)))
    elif e > i and (k := _country_after(kn, doc, e)) and \
            _capital_place(kn, doc[i:e].text):
        # "NAIROBI, Kenya —": the city in capitals, then its country.
        out.append(_Cand(i, e, "LOC", _P_LEGAL, ("line:dateline_place",)))
        out.append(_Cand(e + 1, k, "LOC", _P_LEGAL, ("line:dateline_place",)))
    elif e > i and _state_code(doc, e) and _capital_place(kn, doc[i:e].text):
        # "MONTERREY, NL - Dos aerolíneas": the city, then its state's code.
        out.append(_Cand(i, e, "LOC", _P_LEGAL, ("line:dateline_place",)))
        out.append(_Cand(e + 1, e + 2, "LOC", _P_LEGAL, ("line:dateline_place",)))
    return out


# A day, month and year written with stops, slashes or dashes: "04.12.2026".
_FULL_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")


# What closes a dateline's place in capitals before the story: a dash, or in Latin
# American papers a full stop ("BOGOTÁ. La fintech", "SANTIAGO.– La generadora").
_DASHES_OR_STOP = _DASHES | {"."}


def _country_after(kn: Knowledge, doc: Doc, e: int) -> int:
    """The end of the country written after a dateline's city, between its comma and a
    dash, a stop or the date ("NAIROBI, Kenya —", "PORT MORESBY, Papua New Guinea -",
    "LAGOS, Nigeria, Dec 3 —"), or 0."""
    n = len(doc)
    if not (e + 2 < n and doc[e].text == ","):
        return 0
    for k in range(e + 2, min(n - 1, e + 5)):
        if not (doc[k - 1].is_alpha and doc[k - 1].text[0].isupper()):
            return 0
        ends = doc[k].text in _DASHES_OR_STOP or doc[k].text == "," and (
            doc[k + 1].like_num or doc[k + 1].text[:3].title() in _MONTH_PREFIXES)
        if ends and doc[e + 1:k].text in kn.places:
            return k
    return 0


def _state_code(doc: Doc, e: int) -> bool:
    """A comma, a state's or province's code in capitals and a dash after a dateline's
    city: "MONTERREY, NL -", "AUSTIN, TX —"."""
    return e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].is_alpha and \
        doc[e + 1].text.isupper() and 2 <= len(doc[e + 1].text) <= 3 and \
        doc[e + 2].text in _DASHES


# A line that is only a place and a date: "LONDON 1996-08-30", "ROCHESTER, N.H.
# 2024-05-02", "Lyon, France 02/05/2024" (the place, then its region or country).
_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_DATED_PLACE = re.compile(
    rf"^[ \t]*(?P<place>{_PLACE})(?:, (?P<region>{_PLACE}))?[ \t]+"
    rf"(?:{_DATE_SHAPE.pattern})[ \t]*$", re.MULTILINE
)


def _dated_places(doc: Doc) -> list[_Cand]:
    """A dateline of a place and a date alone on its line names places, not
    organisations, whatever a results table or the model reads there."""
    out: list[_Cand] = []
    for match in _DATED_PLACE.finditer(doc_text(doc)):
        for group in ("place", "region"):
            if match.group(group) is None:
                continue
            span = doc.char_span(match.start(group), match.end(group))
            if span is not None:
                out.append(_Cand(span.start, span.end, "LOC", _P_LEGAL,
                                 ("line:dateline_place",)))
    return out

