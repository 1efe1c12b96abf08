"""Long forms a later short form vouches for: a name of several capitalised words whose
first word the article goes on to use alone ("Tessaract Micro Devices is in talks ...
Tessaract declined to comment") is an organisation, and so is each of those lone uses.

News calls a company by the first word of its name and a person by the surname, the
last word: "Goldman Sachs" becomes "Goldman", "Priya Natarajan" becomes "Natarajan".
A first word that recurs alone is therefore the short form of a company, whatever the
model made of the full name (nothing, a person, a place), even where no cue word
stands next to it (a lead right after a dateline: "CITY, Jan 27 (Agency) - Foo Bar
Devices is in talks ..."). The first word must be a word no list explains otherwise:
not a common word of the language ("General", "Pension"), not a given name, not a
place, a country's people or a month.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from kg.doc import span_text, token_flags, token_lowers
from kg.entities.context import _P_CONTEXT, Knowledge, _Cand
from kg.entities.cues import Ctx
from kg.entities.people import _apposition_role
from kg.entities.runs import _label_at, _sentence_initial_false
from kg.entities.words import (
    CALENDAR_WORDS,
    CONNECTORS,
    FOLDED_TAILS,
    GENERIC_HEAD,
    HONORIFICS,
    LOCATIVES,
    NON_NAMES,
    PERSON_ROLES,
)
from kg.iri import fold

# How many times the first word must stand alone for the long form to be a company.
_MIN_ALONE = 2
# The longest run read as one name: beyond it, a run is a headline or a list.
_MAX_WORDS = 4


def echoed_names(x: Ctx) -> list[_Cand]:
    """Multi-word names whose first word recurs alone, and those lone uses, as
    organisations (rule ``cue:echoed_first_word``)."""
    doc, caps, texts, n = x.doc, x.caps, x.texts, x.n
    alpha, starts = token_flags(doc, "alpha"), token_flags(doc, "sent_start")
    runs: list[tuple[int, int]] = []
    alone: Counter[str] = Counter()
    lone_at: dict[str, list[int]] = {}
    i = 0
    while i < n:
        if not caps[i] or (i > 0 and caps[i - 1] and not starts[i]):
            i += 1
            continue
        e = i
        while e < n and caps[e] and alpha[e] and (e == i or not starts[e]):
            e += 1
        if e == i:
            i += 1
            continue
        if e - i == 1:
            # Not a word of a name joined by "&" ("Douglas & Lomason"), nor a place
            # after a preposition of place ("a plant in Wuxi").
            if not _joined(x, i, e):
                lone_at.setdefault(texts[i], []).append(i)
                if not (i > 0 and x.lowers[i - 1] in LOCATIVES):
                    alone[texts[i]] += 1
        elif not _joined(x, i, e):
            runs.append((i, e))
        i = e
    out: list[_Cand] = []
    vouched: set[str] = set()
    # Surnames of the article's people: "Camacho" of "Manuel Camacho" (and of "Camacho
    # Solís", as Spanish calls a person by the first of two surnames).
    placed = places_named(x.doc, texts)
    # A token's ``whitespace_`` is one space or none: a line break is a token's text.
    headline_end = next((i for i, text in enumerate(texts) if "\n" in text), n)
    surnames = {texts[k] for c in x.model if c.label == "PER" for k in range(c.start + 1, c.end)}
    for s, e in runs:
        word = texts[s]
        if alone[word] < _MIN_ALONE or word in surnames or word in placed or \
                not _may_open_company(x, s):
            continue
        # The full name introduces the company and the first word refers back to it; a
        # run after the word alone is another thing the company names ("Foo said ...
        # its Foo Pay service"). A headline's short form comes first and is no telling.
        if any(k < s and k > headline_end for k in lone_at[word]):
            continue
        end = next((k for k in range(s + 1, e) if _ends_name(x, k)), e)
        if end - s < 2 or end - s > _MAX_WORDS or span_text(doc, s, end) in x.kn.places or \
                _reads_as_person(x, s, end):
            continue
        out.append(_Cand(s, end, "ORG", _P_CONTEXT, ("cue:echoed_first_word",)))
        vouched.add(word)
    for word in sorted(vouched):
        for k in lone_at[word]:
            if not x.initial_false(k):
                out.append(_Cand(k, k + 1, "ORG", _P_CONTEXT, ("cue:echoed_first_word",)))
    return out


def _joined(x: Ctx, i: int, e: int) -> bool:
    """Whether the capitalised words ``i:e`` are part of a longer name, joined to the
    next by "&" or a hyphen written without spaces ("Douglas & Lomason", "Rhein-Ruhr")."""
    doc, texts = x.doc, x.texts
    before = i > 0 and (texts[i - 1] == "&" or (
        texts[i - 1] == "-" and not doc[i - 1].whitespace_ and i > 1
        and not doc[i - 2].whitespace_))
    after = e < x.n and (texts[e] == "&" or (
        texts[e] == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_))
    return before or after


def _may_open_company(x: Ctx, s: int) -> bool:
    """Whether the word at ``s`` can be the first word of a company's name that stands
    for the whole (``_company_word``), and is no word that only opens a sentence."""
    return _company_word(x.kn, x.texts[s]) and x.lowers[s] not in CONNECTORS and \
        x.lowers[s] not in PERSON_ROLES and not x.initial_false(s)


def _reads_as_person(x: Ctx, s: int, e: int) -> bool:
    """Whether ``s:e`` reads as a person's name: a later word is a surname or a given
    name of the lists, a role follows it in apposition, or, in Spanish, the model
    calls it a person and it ends in no common word ("Elián Quesada": a person called
    by the given name; not "Altonorte Refinadora")."""
    kn = x.kn
    if any(x.texts[k] in kn.surnames or x.texts[k] in kn.given_names for k in range(s + 1, e)):
        return True
    if e + 1 < x.n and x.texts[e] == "," and _apposition_role(x.doc, e + 1):
        return True  # "Xiao Qiang, executive director of ...": a surname first
    return kn.lang == "es" and _label_at(x.model, s, e) == "PER" and \
        not kn.is_common(x.texts[e - 1])


def _ends_name(x: Ctx, k: int) -> bool:
    """Whether the word at ``k`` is past the name: a role title or an honorific
    ("Foo Chief Executive"), a given name (the next person's), a month."""
    word = x.texts[k]
    return x.lowers[k] in PERSON_ROLES or word in HONORIFICS or \
        word in x.kn.given_names or word in CALENDAR_WORDS


def first_word_mentions(
    kn: Knowledge, doc: Doc, chosen: list[_Cand], caps: list[bool], texts: list[str]
) -> list[_Cand]:
    """The unlabelled later uses of an organisation's first word, where one organisation
    of the article opens with it ("The chipmaker Virelda Photonics ... said Virelda
    could"), as that organisation's mentions (rule ``one_sense:first_word``). The word
    passes the tests of ``_may_open_company``; a use before the full name is left
    alone."""
    taken = [False] * len(doc)
    for c in chosen:
        for k in range(c.start, c.end):
            taken[k] = True
    opened: dict[str, list[int]] = {}  # first word → where the names it opens start
    named: dict[str, set[str]] = {}
    for c in chosen:
        s = c.start + (texts[c.start] == "The" and c.end - c.start > 2)
        if c.label == "ORG" and c.end - s >= 2:
            opened.setdefault(texts[s], []).append(c.start)
            named.setdefault(texts[s], set()).add(span_text(doc, s, c.end))
    labelled = {span_text(doc, c.start, c.end) for c in chosen}
    placed = places_named(doc, texts)
    out: list[_Cand] = []
    for word, starts in sorted(opened.items()):
        if len(named[word]) != 1 or word in labelled or word in placed or \
                not _company_word(kn, word):
            continue
        first = min(starts)
        for k, text in enumerate(texts):
            if text == word and k > first and not taken[k] and caps[k] and \
                    (k + 1 == len(doc) or not caps[k + 1]) and \
                    not _sentence_initial_false(doc, k, kn.stop_words):
                out.append(_Cand(k, k + 1, "ORG", _P_CONTEXT, ("one_sense:first_word",)))
    return out


def _company_word(kn: Knowledge, word: str) -> bool:
    """A word that can stand for a company's whole name: capitalised letters, three or
    more, not all capitals, no common word, given name, surname, place or people."""
    return len(word) >= 3 and word.isalpha() and word[:1].isupper() and \
        not word.isupper() and word.lower() not in kn.stop_words and \
        word not in kn.given_names and word not in kn.surnames and \
        word not in kn.places and word not in kn.demonyms and \
        word not in CALENDAR_WORDS and word not in NON_NAMES and word not in HONORIFICS \
        and fold(word) not in FOLDED_TAILS and fold(word) not in GENERIC_HEAD and \
        not kn.is_common(word)


def places_named(doc: Doc, texts: list[str]) -> set[str]:
    """The capitalised words the article puts after a preposition of place ("a plant
    in Wuxi"): places, not short forms of the companies named after them."""
    lowers = token_lowers(doc)  # (no Token per word; each word with the one before it)
    return {text for low, text in zip(lowers[:-1], texts[1:], strict=True)
            if low in LOCATIVES and text[:1].isupper()}


def opens_one_org(kn: Knowledge, word: str, orgs: list[str]) -> bool:
    """Whether ``word`` is the first word of exactly one of the article's organisation
    names ``orgs`` and can stand for it (``_company_word``): the model's place, person
    or "misc" reading of the word alone gives way ("Virelda" after "Virelda
    Photonics")."""
    opened = {o for o in orgs if len(o.split()) >= 2 and
              o.split()[o.startswith("The ") and len(o.split()) > 2] == word}
    return len(opened) == 1 and _company_word(kn, word)
