"""Sports metonymy: in a match report a place named as a side of a match is its team.

"Leicestershire beat Somerset", "Gales, 0 - Brasil, 3", "Goio (Eibar)", "el Parma se
hundió": news names a club or a national side by its city, county or country, and the
model reads a place. A name is a team (an organisation) when the article reports
matches (``sports_report``: several words of ``sports_words``, or scores) and the name
stands in a side's slot (``team_slot``): a score line of two sides, a standings row, a
line-up ("3 - Brasil:"), a fixture ("Birmingham v Barnsley"), a player's club in
brackets, the subject or object of a match verb, the side met ("ante Brasil",
"against Kent"), or in Spanish a city with the article clubs take ("el Parma", "al
Villarreal"; cities take none). Every other mention of that name in the article is
the team too (one sense per discourse), except where a locative preposition makes it
the venue ("en Cardiff", "at Chesterfield")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.entities.context import _P_CONTEXT, Knowledge, _Cand
from kg.entities.institutions import is_city
from kg.entities.runs import _lemmas, _lowers, _opens_sentence, _texts
from kg.entities.words import (
    COMPETITION_HEADS,
    FACILITY_DESCRIPTORS,
    LOCATIVES,
    SPORTS_VERBS,
    SPORTS_WORDS,
)

# A score or a points total: "3", "429-7" (runs for wickets); not a year.
_SCORE = re.compile(r"\d{1,3}(-\d{1,3})?")
# A result written as one token: "3-0", "1-1".
_RESULT = re.compile(r"\d{1,2}-\d{1,2}")
# Words that say which side is met: "ante Brasil", "against Kent", "v Surrey".
_MET = frozenset({"ante", "contra", "against", "v", "v.", "vs", "vs."})
# Words before "a" that say which side is met: "frente a Paraguay", "enfrentarse a
# Inglaterra", "medirse a Perú".
_MET_BEFORE_A = frozenset({"frente", "enfrentar", "medir", "enfrentarse", "medirse"})
# The words before a player's name in a list of players: "a Goio (Eibar)", ", Berruet
# (Villarreal)", "y Galán (Recreativo)".
_LIST_OPENERS = frozenset({",", "y", "e", "a", ":", ";"})
# The articles Spanish puts before a club's name and not before a city's.
_CLUB_ARTICLES = frozenset({"el", "al", "del", "un"})
# A date after a dateline's place: "1996-08-31".
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"(19|20)\d\d")
_ARTICLES = frozenset({"el", "la", "los", "las", "the"})
# The abbreviations of a club's kind that open its name in Spanish results tables:
# Fútbol Club, Club de Fútbol, Balonmano, Club Baloncesto, Club Deportivo, Unión
# Deportiva, Sociedad Deportiva, Real Club Deportivo, Club Atlético, Agrupación
# Deportiva ("FC BARCELONA", "BM. GRANOLLERS", "CB. ESTUDIANTES").
_CLUB_KINDS = frozenset({"FC", "CF", "BM", "CB", "CD", "UD", "SD", "RCD", "CA", "AD"})


def sports_report(doc: Doc) -> bool:
    """Whether the article reports matches: three or more sports words of two or more
    kinds, or a sports word and a result ("ganó 2-1")."""
    # Read from the word types (``_lowers``, ``_lemmas``, ``_texts``): building a Token
    # for every word of every article costs more than the test.
    words = [low for low, lemma in zip(_lowers(doc), _lemmas(doc), strict=True)
             if low in SPORTS_WORDS or lemma in SPORTS_WORDS]
    if not words:
        return False
    return (len(words) >= 3 and len(set(words)) >= 2) or \
        any(_RESULT.fullmatch(text) for text in _texts(doc))


def _score_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and bool(_SCORE.fullmatch(doc[i].text))


def _after_comma(doc: Doc, i: int) -> int:
    return i + 1 if i < len(doc) and doc[i].text == "," else i


def team_slot(
    kn: Knowledge, doc: Doc, c: _Cand, scored: set[int], person_ends: set[int],
    unknown_ends: frozenset[int] = frozenset(),
) -> bool:
    """Whether the name ``c`` stands where a side of a match stands (see the module
    docstring); ``scored`` holds the starts of the names followed by a score on a line
    that has two of them, ``person_ends`` the ends of the people's names,
    ``unknown_ends`` those of one-word names read as places that no list knows."""
    s, e, n = c.start, c.end, len(doc)
    prev = doc[s - 1].lower_ if s > 0 else ""
    if s in scored:
        return True
    # A standings row: the name opens the line, two figures follow ("Boston 74 59").
    if _opens_sentence(doc, s) and _score_at(doc, e) and _score_at(doc, e + 1):
        return True
    # A line-up: "3 - Brasil:", "69 - Adecco Estudiantes (31+38):".
    if s >= 2 and doc[s - 1].text == "-" and _score_at(doc, s - 2) and \
            _opens_sentence(doc, s - 2) and e < n and doc[e].text in (":", "("):
        return True
    # A player's club: "Goio (Eibar)".
    # (A country there is the player's nationality: "Jeff Tarango (USA)".)
    if prev == "(" and e < n and doc[e].text == ")" and s - 1 in person_ends and \
            doc[s:e].text not in kn.countries:
        return True
    # ... and after a one-word name the model misread, a town's club: a city or no
    # known place, not a region ("Lamas (Asturias)", a referee's federation).
    name = doc[s:e].text
    if prev == "(" and e < n and doc[e].text == ")" and s - 1 in unknown_ends and \
            (is_city(name) or name not in kn.places) and name not in kn.countries:
        return True
    # A fixture or the side met: "Birmingham v Barnsley", "ante Brasil".
    if prev in _MET or (e + 1 < n and doc[e].lower_ in ("v", "v.", "vs", "vs.")):
        return True
    if prev == "a" and s >= 2 and (doc[s - 2].lower_ in _MET_BEFORE_A
                                   or doc[s - 2].lemma_.lower() in _MET_BEFORE_A):
        return True
    root = doc[s:e].root
    if root.head.lemma_.lower() in SPORTS_VERBS and root.head.pos_ in ("VERB", "AUX") and \
            root.dep_ in ("nsubj", "dobj", "obj"):
        return True
    # "el Parma", "al Villarreal": a city (not a country) with a club's article.
    return kn.lang == "es" and prev in _CLUB_ARTICLES and e - s == 1 and \
        doc[s:e].text in kn.places and doc[s:e].text not in kn.countries and \
        not (s >= 2 and doc[s - 2].lower_ in FACILITY_DESCRIPTORS)


def _scored_pairs(doc: Doc, chosen: list[_Cand]) -> set[int]:
    """Starts of the names followed by a score, on lines with two such names ("Gales,
    0 - Brasil, 3", "Tulsa 4 Omaha 1")."""
    by_line: dict[int, list[int]] = {}
    line = 0
    starts = sorted(chosen, key=lambda c: c.start)
    for c in starts:
        if c.label not in ("LOC", "ORG"):
            continue
        line = doc[c.start].sent.start if doc.has_annotation("SENT_START") else 0
        after = _after_comma(doc, c.end)
        if _score_at(doc, after) and not (after + 1 < len(doc) and doc[after + 1].is_alpha
                                          and doc[after + 1].is_lower):
            by_line.setdefault(line, []).append(c.start)
    return {s for found in by_line.values() if len(found) >= 2 for s in found}


def _sports_teams(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """The places and other names a match report names as sides, as organisations
    (rule ``sports:team``)."""
    if not sports_report(doc):
        return chosen
    chosen = _club_names(kn, doc, chosen)
    chosen = _competitions(kn, doc, chosen)
    if not any(c.label != "ORG" for c in chosen):
        return chosen
    scored = _scored_pairs(doc, chosen)
    # A player the model read as a place or a thing ("Goio (Eibar)", "Berruet
    # (Villarreal)" in a list of sanctions): one word no list knows as a place.
    person_ends = {c.end for c in chosen if c.label == "PER"}
    unknown_ends = {c.end for c in chosen if c.label in ("LOC", "MISC") and
                    c.end - c.start == 1 and not _known_place(kn, doc[c.start].text)
                    and c.start > 0 and doc[c.start - 1].lower_ in _LIST_OPENERS}
    # A "misc" name is a team only if it is a place: others are competitions and
    # trophies ("la Copa de Europa", "9 Supercopas").
    sides = [c for c in chosen if (c.label in ("LOC", "ORG") or (
        c.label == "MISC" and doc[c.start:c.end].text in kn.places))
        and not (kn.lang == "en" and _country(kn, _name(doc, c)))]
    # A one-word name no candidate holds ("Kent beat Essex", where the model saw none).
    taken = {i for c in chosen for i in range(c.start, c.end)}
    loose = [_Cand(t.i, t.i + 1, "LOC", _P_CONTEXT) for t in doc
             if t.i not in taken and t.pos_ == "PROPN" and t.text[:1].isupper()
             and t.is_alpha and not _country(kn, t.text)]
    teams = {_name(doc, c) for c in [*sides, *loose]
             if team_slot(kn, doc, c, scored, person_ends, frozenset(unknown_ends))}
    out = []
    for c in [*chosen, *(c for c in loose if doc[c.start].text in teams)]:
        if c.label in ("LOC", "MISC") and _name(doc, c) in teams and not (
                c.start > 0 and doc[c.start - 1].lower_ in LOCATIVES) and \
                not _dateline(doc, c):
            # "El Barcelona ganó": the article is not the club's; "Las Palmas" is
            # a place's name that holds its article.
            start = c.start + 1 if c.end - c.start > 1 and doc[c.start].lower_ in _ARTICLES \
                and doc[c.start:c.end].text not in kn.places else c.start
            c = _Cand(start, c.end, c.label, c.priority, c.rules)
            c = c.retyped("ORG", _P_CONTEXT, "sports:team")
        out.append(c)
    return _sponsored_sides(doc, sorted(out, key=lambda c: c.start))


def _sponsored_sides(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """A sponsor's name before a club's, with nothing between, is one side's name in a
    match report (rule ``sports:sponsor``): "Adecco Estudiantes", "TEKA SANTANDER",
    "Unicaja Málaga"; both written alike, in capitals or not."""
    out: list[_Cand] = []
    for c in chosen:
        last = out[-1] if out else None
        if last is not None and last.end == c.start and last.label == c.label == "ORG" and \
                doc[last.start:last.end].text.isupper() == doc[c.start:c.end].text.isupper() \
                and "\n" not in doc[last.end - 1].whitespace_ and doc[c.start].is_alpha and \
                doc[c.start].text.rstrip(".") not in _CLUB_KINDS:  # two clubs: "FC X BM Y"
            out[-1] = _Cand(last.start, c.end, "ORG", max(last.priority, c.priority),
                            (*last.rules, *c.rules, "sports:sponsor"))
            continue
        out.append(c)
    return out


def _club_names(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """A club's kind abbreviation and the capitalised words after it, in a match report,
    are a club (rule ``sports:club_kind``): "FC BARCELONA", "BM. GRANOLLERS", "el CD
    Numancia". Written in capitals, a table runs the names together ("1992 FC BARCELONA
    BM GRANOLLERS"): the name ends at the next club kind and after a place's name,
    which is where a club's name ends ("BARCELONA")."""
    found: list[_Cand] = []
    i, n = 0, len(doc)
    while i < n - 1:
        if doc[i].text.rstrip(".") not in _CLUB_KINDS or doc[i].text.count(".") > 1:
            i += 1
            continue
        first = i + 2 if doc[i + 1].text == "." and not doc[i].whitespace_ else i + 1
        if first >= n:
            break
        upper = doc[first].text.isupper()
        e = first
        while e < n and e - first < 4 and doc[e].is_alpha and doc[e].text[:1].isupper() and \
                doc[e].text.rstrip(".") not in _CLUB_KINDS and \
                (doc[e].text.isupper() if upper else not doc[e].text.isupper()):
            e += 1
            if upper and (doc[e - 1].text.title() in kn.places or is_city(doc[e - 1].text.title())):
                break
        if e > first:
            found.append(_Cand(i, e, "ORG", _P_CONTEXT, ("sports:club_kind",)))
        i = max(e, i + 1)
    if not found:
        return chosen
    taken = {k for c in found for k in range(c.start, c.end)}
    kept = [c for c in chosen if not any(k in taken for k in range(c.start, c.end))]
    # The rest of a name the model ran on past the club's is the next side's name
    # ("FC BARCELONA TEKA CANTABRIA").
    for c in chosen:
        club = next((f for f in found if f.start <= c.start < f.end < c.end), None)
        if c.label == "ORG" and club is not None and not any(
                k in taken for k in range(club.end, c.end)) and \
                all(t.is_alpha and t.text.isupper() for t in doc[club.end:c.end]):
            kept.append(_Cand(club.end, c.end, c.label, c.priority, c.rules))
    return sorted([*kept, *found], key=lambda c: c.start)


def _competitions(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """In a Spanish match report a name headed by a competition's word is the
    competition, not an organisation (rule ``sports:competition``): "ganador de la Liga
    Asobal", "la final de la Copa del Rey"."""
    if kn.lang != "es":
        return chosen
    return [c.retyped("MISC", c.priority, "sports:competition")
            if c.label == "ORG" and doc[c.start].text in COMPETITION_HEADS else c
            for c in chosen]


def _dateline(doc: Doc, c: _Cand) -> bool:
    """A place opening a line before a date: "New York 1996-08-31", "Lima, 23 may",
    "Lyon (Francia), 23 may"."""
    e = c.end
    if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")":
        e += 3  # the place's country in brackets
    e = _after_comma(doc, e)
    return _opens_sentence(doc, c.start) and e < len(doc) and (
        bool(_DATE.fullmatch(doc[e].text)) or bool(_YEAR.fullmatch(doc[e].text))
        or (doc[e].is_digit and e + 1 < len(doc) and doc[e + 1].is_alpha
            and doc[e + 1].is_lower))


def _known_place(kn: Knowledge, name: str) -> bool:
    """A place kg's lists or GeoNames' cities know."""
    return name in kn.places or is_city(name)


def _country(kn: Knowledge, name: str) -> bool:
    return name in kn.countries or name.title() in kn.countries


def _name(doc: Doc, c: _Cand) -> str:
    """A name without the article that opened its sentence ("El Barcelona ganó")."""
    if c.end - c.start > 1 and doc[c.start].lower_ in _ARTICLES:
        return doc[c.start + 1:c.end].text
    return doc[c.start:c.end].text
