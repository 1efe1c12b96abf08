"""Where a name begins and ends, and what kind of thing its words say it is.

Read once every name of the article is chosen (``bounded_names``):

- a company's legal form closes its name before the country it is of ("Tswelo Seed
  Co of South Africa" is Tswelo Seed Co, of South Africa);
- a company's founding year closes its name ("Inversiones Tárrega 1952", the vehicle
  of a family, told apart from the family's other "Inversiones Tárrega" that way);
  a Spanish court's name runs to its number and seat ("Juzgado de lo Mercantil número
  2 de Valencia");
- a month's or a weekday's name after a preposition of time opens no name: "By
  October Brightwater Foods had bought ..." names Brightwater Foods, "since Monday
  Kestrel Mills has ..." Kestrel Mills (rule ``bounds:calendar_opened``);
- a judge's title after an honorific is no part of the judge's name ("Mr Justice
  Harcastle" is Harcastle), nor does an indefinite article open a name ("Photo: A
  Merlion Shipping vessel");
- a "person" whose last word is a place's kind is the place ("Causeway Bay"), or
  whose first word is a landform's ("Quebrada Larga"), and a name after a house number
  and closed by a street word is an address ("140 Eagle Street"); so is a name between
  "the" and a noun of a place's part ("the Tanjong Rhu anchorage");
- a name slashed to another before a number is a stock index ("the S&P/TSX 60");
- a province's name right before a company's closed by a trade word opens it ("Hubei
  Fengyuan Fertiliser");
- a "person" after a company's noun, no surname closing it, is a company ("contract
  manufacturer Arjun Lifecare");
- in Spanish a "person" with an article inside after no "de" is a brand's ("Botanas
  La Potosina"), and one closed by an abstract noun is a company's ("Berrocal
  Conservación", "Tubos Distribución"): no one's surname is "Conservación".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.doc import doc_text, span_text, token_texts
from kg.entities.context import _P_CONTEXT, _P_GAZ, _P_MODEL, Knowledge, _Cand
from kg.entities.runs import PERSON_DESCRIPTORS, _opens_sentence
from kg.entities.words import (
    ABSTRACT_ENDINGS,
    CALENDAR_WORDS,
    COURT_HEADS,
    COURT_NUMBERS,
    DESCRIPTORS,
    HONORIFICS,
    JUDICIAL_TITLES,
    LANDFORM_HEADS,
    LEGAL_FORMS,
    MALAY_PLACE_HEADS,
    ORG_HEADS,
    ORG_TAILS,
    PARTNER_TAILS,
    PLACE_PART_NOUNS,
    PLACE_TAILS,
    SPACED_LEGAL_FORM,
    STREET_TAILS,
    STYLES,
    TRADE_HEADS,
)
from kg.iri import fold

# A year a company may be founded in, written alone: "1952", "2003".
_YEAR = re.compile(r"(?:18|19|20)\d\d")
# Words that open a company's name with its kind or trade ("Inversiones", "Grupo",
# "Cerámicas"): a year after such a name is the name's.
_COMPANY_OPENERS = ORG_HEADS | TRADE_HEADS | ORG_TAILS
# Lower-case nouns of a company that no person's name follows ("contract manufacturer
# X"): the descriptors less those a person may have too ("rival", "owner", "team").
_COMPANY_NOUNS = DESCRIPTORS - PERSON_DESCRIPTORS - {
    "owner", "parent", "club", "team", "equipo", "partido", "sindicato", "broker",
    "bróker", "agency", "agencia", "diario", "daily", "newspaper", "periódico", "outlet",
}
_ARTICLES = frozenset({"La", "El", "Los", "Las"})
# Honorifics a judge's title follows ("Mr Justice", "Lord Justice", "Chief Justice").
_JUDGE_HONORIFICS = HONORIFICS | {"Chief", "Madam"}


def bounded_names(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """The chosen names with their founding years, without judges' titles or an opening
    indefinite article, with Spanish courts in full, and retyped by their words or the
    noun around them (rules ``bounds:*``).

    >>> bounded_names(kn, nlp("Vendió el 5% a Inversiones Lasheras 1921."), cands)  # doctest: +SKIP
    """
    chosen = _without_opening_verbs(kn, doc, chosen)
    chosen = _without_opening_we(kn, doc, chosen)
    chosen = _with_numbers(doc, _with_partners(doc, _outside_legal_forms(doc, chosen)))
    chosen = _with_coordinated_place(kn, doc, chosen)
    taken = {c.start for c in chosen}
    out = [_without_calendar_opener(doc, _without_article(kn, doc, _without_judicial_title(
        doc, _with_founding_year(doc, _without_seat(kn, doc, c), taken)))) for c in chosen]
    out = _courts(kn, doc, out)
    out = _place_opened(kn, doc, out)
    # an index is one mention's reading ("S&P" alone may be the rating agency)
    out = [c.retyped("MISC", c.priority, "bounds:slashed_index")
           if c.label == "ORG" and _slashed_index(doc, c) else c for c in out]
    retyped: dict[str, tuple[str, str]] = {}
    for c in out:
        kind = _kind_by_words(kn, doc, c)
        if kind is not None:
            retyped[doc[c.start:c.end].text] = kind
    if not retyped:
        return out
    for index, c in enumerate(out):
        kind = retyped.get(doc[c.start:c.end].text) if c.label in ("PER", "ORG") else None
        if kind is not None and kind[0] != c.label:
            out[index] = c.retyped(kind[0], _P_CONTEXT, kind[1])
    return out


def _outside_legal_forms(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """No name inside a legal form of several words ("Viñas Albarca, S. en C."
    names no "S.", "Oleícola Tentudía, Sdad. Coop." no "Sdad")."""
    forms = [(m.start(), m.end()) for m in SPACED_LEGAL_FORM.finditer(doc_text(doc))]
    if not forms:
        return chosen
    return [c for c in chosen if not any(
        start <= doc[c.start].idx and doc[c.end - 1].idx + len(doc[c.end - 1]) <= end
        for start, end in forms)]


def _with_partners(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """A firm's name goes on with the partners it names after "y", "e", "&" or "and"
    at its end: "Hijos de Ramón Tellado y Cía.", "Quirós e Hijos", "Harrow & Sons" are
    one company, whatever the model made of the name before them (rule
    ``bounds:partners``)."""
    n, texts = len(doc), token_texts(doc)
    out: list[_Cand] = []
    swallowed: set[int] = set()
    for c in chosen:
        k = c.end
        if c.label in ("ORG", "PER") and k + 1 < n and texts[k].lower() in ("y", "e", "&", "and") \
                and texts[k + 1] in PARTNER_TAILS and (
                    k + 2 >= n or not texts[k + 2][:1].isupper()
                    or texts[k + 2] in LEGAL_FORMS):
            swallowed.update((k, k + 1))
            c = _Cand(c.start, k + 2, "ORG", max(c.priority, _P_CONTEXT),
                      (*c.rules, "bounds:partners"))
        out.append(c)
    return [c for c in out if c.start not in swallowed]


def _with_numbers(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """A figure inside a company's name is the name's (rule ``bounds:number_in_name``):

    - after the word of a company's kind that opens it, before more capitalised words:
      "Grupo 24 Horas compró ...", "Inversiones 3 Ríos" (the model reads "Grupo" and a
      place "Horas");
    - closing a name that a company's noun introduces, before no noun, sign or other
      figure: "la cadena de gimnasios Fit 360 por 12 millones", "the app maker Kuda 9,"
      (but not "Acme 5%", "Acme 3 plantas", nor a score, "Leicester 3 Somerset 1",
      which no company noun introduces, nor "Albion 2 Cowdenbeath 0", a score line
      whose second name is followed by its own figure).
    """
    n, texts = len(doc), token_texts(doc)
    out: list[_Cand] = []
    swallowed: set[int] = set()
    for c in chosen:
        k = c.end
        if c.label != "ORG" or k + 1 >= n or not texts[k].isdigit() or \
                not doc[k - 1].whitespace_ or not doc[k].whitespace_:
            out.append(c)
            continue
        if c.end - c.start == 1 and texts[c.start] in _COMPANY_OPENERS and \
                texts[k + 1][:1].isupper() and not doc[k + 1].is_sent_start and \
                texts[k + 1] not in LEGAL_FORMS:
            e = k + 2
            while e < n and texts[e][:1].isupper() and not doc[e].is_sent_start:
                e += 1
            if e < n and texts[e].isdigit():
                out.append(c)  # a score line: "Albion 2 Cowdenbeath 0"
                continue
            swallowed.update(range(k, e))
            c = _Cand(c.start, e, "ORG", max(c.priority, _P_CONTEXT),
                      (*c.rules, "bounds:number_in_name"))
        elif (c.start > 0 and doc[c.start - 1].lower_ in _COMPANY_NOUNS and
              doc[c.start - 1].is_lower or "cue:descriptor" in c.rules) and \
                not _YEAR.fullmatch(texts[k]) and \
                doc[k + 1].pos_ not in ("NOUN", "NUM", "SYM", "PROPN") and \
                texts[k + 1] not in ("%", "-", "–", "/"):
            c = _Cand(c.start, k + 1, "ORG", max(c.priority, _P_CONTEXT),
                      (*c.rules, "bounds:number_in_name"))
        out.append(c)
    return [c for c in out if c.start not in swallowed]


def _with_coordinated_place(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """In Spanish, a company named "de" a place goes on with a second place after "y"
    when the whole is the subject of a verb in the singular: "Conservas del Cantábrico
    y Galicia adquirió ..." is one company (two would take "adquirieron"), the model's
    company and place read as one (rule ``bounds:coordinated_place``). The place is
    one the lists know or the model read as a place."""
    if kn.lang != "es":
        return chosen
    n, texts = len(doc), token_texts(doc)
    out: list[_Cand] = []
    swallowed: set[int] = set()
    for c in chosen:
        k = c.end
        if c.label == "ORG" and k + 2 < n and texts[k] in ("y", "e") and \
                any(texts[j] in ("de", "del") for j in range(c.start + 1, c.end - 1)):
            e = k + 1
            while e < n and texts[e][:1].isupper() and not doc[e].is_sent_start:
                e += 1
            place = span_text(doc, k + 1, e) in kn.places or any(
                p.start == k + 1 and p.end == e and (p.label == "LOC" or "ner:LOC" in p.rules)
                for p in chosen)
            if e < n and e > k + 1 and place and _singular_finite(doc, e):
                swallowed.update(range(k, e))
                c = _Cand(c.start, e, "ORG", max(c.priority, _P_CONTEXT),
                          (*c.rules, "bounds:coordinated_place"))
        out.append(c)
    return [c for c in out if c.start not in swallowed]


def _singular_finite(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a finite verb (or its auxiliary) in the third person
    singular: "adquirió", "ha comprado"."""
    morph = doc[i].morph
    return doc[i].pos_ in ("VERB", "AUX") and morph.get("Number", []) == ["Sing"] and \
        morph.get("Person", []) == ["3"] and morph.get("VerbForm", []) == ["Fin"]


# Legal forms written short, after which a name does not go on: "Corporation" and
# "Limited" may ("Radio Corporation of America").
_SHORT_LEGAL_FORMS = LEGAL_FORMS - {"Corporation", "Limited"}


def _without_seat(kn: Knowledge, doc: Doc, c: _Cand) -> _Cand:
    """"Tswelo Seed Co of South Africa": a company's name closed by a short legal form,
    then "of" and a known place, ends at the legal form; the place says where the company
    is from, as "Tswelo Seed Co, of South Africa" would."""
    if c.label != "ORG":
        return c
    for k in range(c.start + 1, c.end - 2):
        if doc[k].text in _SHORT_LEGAL_FORMS and doc[k + 1].lower_ == "of":
            s = k + 3 if doc[k + 2].lower_ == "the" else k + 2
            if s < c.end and span_text(doc, s, c.end) in kn.places:
                return _Cand(c.start, k + 1, c.label, c.priority,
                             (*c.rules, "bounds:country_after_legal_form"))
    return c


def _with_founding_year(doc: Doc, c: _Cand, taken: set[int]) -> _Cand:
    """"Inversiones Tárrega 1952": a year right after a company's name that opens with
    its kind or trade, and that no number or name goes on after, closes the name."""
    k = c.end
    if c.label != "ORG" or c.end - c.start < 2 or k >= len(doc) or k in taken or \
            doc[c.start].text not in _COMPANY_OPENERS or \
            not _YEAR.fullmatch(doc[k].text) or doc[k - 1].whitespace_ == "":
        return c
    after = doc[k + 1] if k + 1 < len(doc) else None
    if after is not None and (after.like_num or after.text in ("-", "–", "/") or (
            after.text[:1].isupper() and not after.is_sent_start)):
        return c  # "Grupo Tárrega 2024 2025", "... 1952 Holdings", "1990-2000"
    return _Cand(c.start, k + 1, c.label, c.priority, (*c.rules, "bounds:founding_year"))


def _courts(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """Spanish courts named in full, which replace the names inside them: "Juzgado de
    lo Mercantil número 2 de Valencia" (rule ``bounds:court``)."""
    if kn.lang != "es":
        return chosen
    courts = [c for k, text in enumerate(token_texts(doc)) if text in COURT_HEADS
              and (c := _court_at(doc, k)) is not None]
    if not courts:
        return chosen
    covered = {i for c in courts for i in range(c.start, c.end)}
    kept = [c for c in chosen if not any(i in covered for i in range(c.start, c.end))]
    return sorted([*kept, *courts], key=lambda c: c.start)


def _place_opened(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """A province's or a city's name right before a company's of two words or more, or
    one a trade word closes, is the company's first word: "Hubei Fengyuan Fertiliser",
    "Sichuan Jinlu Chemicals" (rule ``bounds:place_opened``); not across punctuation
    ("Hubei, Fengyuan Fertiliser")."""
    out: list[_Cand] = []
    for c in chosen:
        prev = out[-1] if out else None
        joined = _place_across(kn, doc, prev, c) if prev is not None else None
        if joined is not None:
            out[-1] = joined
            continue
        if prev is not None and prev.label == "LOC" and prev.end == c.start and \
                prev.end - prev.start == 1 and c.label == "ORG" and \
                (doc[c.end - 1].text in ORG_TAILS or c.end - c.start >= 2) and \
                doc[prev.start].is_title:
            out[-1] = _Cand(prev.start, c.end, "ORG", c.priority,
                            (*c.rules, "bounds:place_opened"))
            continue
        out.append(c)
    return out


def _place_across(kn: Knowledge, doc: Doc, prev: _Cand, c: _Cand) -> _Cand | None:
    """A known place whose name has "of" or "and" inside opens a body's name that the
    model cut at that word: "Isle" and "Man Harbour Authority" of "the Isle of Man
    Harbour Authority" are one organisation, as "Trinidad" and "Tobago Gas Holdings" are
    (rule ``bounds:place_opened``), when two words at least follow the place."""
    k = c.start - 1
    if not (prev.label in ("LOC", "ORG") and c.label == "ORG" and prev.end == k and k > 0
            and doc[k].lower_ in ("of", "and")):
        return None
    for m in (1, 2):
        if c.end - (c.start + m) >= 2 and \
                span_text(doc, prev.start, c.start + m) in kn.places:
            return _Cand(prev.start, c.end, "ORG", c.priority, (*c.rules, "bounds:place_opened"))
    return None


def _court_at(doc: Doc, k: int) -> _Cand | None:
    """The court whose head is at ``k``: its jurisdiction ("de lo Mercantil", "de
    Primera Instancia"), then its number and seat, each optional but one."""
    n = len(doc)
    e = k + 1
    if e + 1 < n and doc[e].lower_ == "de" and doc[e + 1].lower_ in ("lo", "la"):
        e += 2
    elif e < n and doc[e].lower_ == "de":
        e += 1
    start = e
    while e < n and (doc[e].text[:1].isupper() or (
            doc[e].lower_ in ("de", "e", "y") and e + 1 < n and doc[e + 1].text[:1].isupper()
            and e > start)) and doc[e].is_alpha:
        e += 1
    if e == start:
        return None
    if e + 1 < n and doc[e].text in COURT_NUMBERS and doc[e + 1].like_num:
        e += 2
    if e + 1 < n and doc[e].lower_ == "de" and doc[e + 1].text[:1].isupper():
        e += 2
        while e < n and doc[e].text[:1].isupper() and doc[e].is_alpha:
            e += 1
    return _Cand(k, e, "ORG", _P_GAZ, ("bounds:court",))


# The forms of address a Spanish record writes before a name ("D." and "Dña." for
# "don" and "doña", "Sr.", "Dr."), on which ``_without_opening_verbs`` is keyed.
_ADDRESS = HONORIFICS | STYLES | {"D.", "Dª.", "Dra.", "Sres."}


def _without_opening_verbs(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """Spanish: a verb that opens its sentence before a form of address has its subject
    after it, as minutes and records write who acts ("Preside D. Xoán Lago",
    "Interviene Dña. Iria Pena", "Asisten D. Roi Calvo y ..."): the verb is no name
    and no word of the name after it (rule ``bounds:opening_verb``)."""
    if kn.lang != "es":
        return chosen
    out = []
    for c in chosen:
        s, word = c.start, doc[c.start].text
        if c.label in ("PER", "ORG") and s + 1 < len(doc) and doc[s + 1].text in _ADDRESS \
                and word[:1].isupper() and word not in _ADDRESS and \
                word not in kn.given_names and word not in kn.surnames and \
                _opens_sentence(doc, s) and kn.is_verb_form(word):
            if all(t.text in _ADDRESS or t.text == "." for t in doc[s + 1:c.end]):
                continue  # the verb alone, or with the form of address only
            c = _Cand(s + 1, c.end, c.label, c.priority, (*c.rules, "bounds:opening_verb"))
        out.append(c)
    return out


# Folded endings of the Spanish first person plural ("compramos", "venderemos",
# "firmaríamos").
_WE_ENDINGS = ("amos", "emos", "imos")


def _without_opening_we(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """Spanish: a verb of the first person plural that opens its sentence says "we", the
    speaker, and names no one ("Compraremos Minera Orbe", "Vendimos la filial",
    "Fusionamos Transportes Orbe con Y"): no company's or person's name is a verb so
    inflected; it is left out of the name it opens, and a name of that word alone is
    dropped (rule ``bounds:opening_we``). (A surname so ending, "Ramos", is no verb.)"""
    if kn.lang != "es":
        return chosen
    out = []
    for c in chosen:
        s, word = c.start, doc[c.start].text
        if c.label in ("PER", "ORG") and fold(word).endswith(_WE_ENDINGS) and \
                word[:1].isupper() and word not in kn.given_names and \
                word not in kn.surnames and _opens_sentence(doc, s) and kn.is_verb_form(word):
            if c.end - c.start == 1:
                continue
            c = _Cand(s + 1, c.end, c.label, c.priority, (*c.rules, "bounds:opening_we"))
        out.append(c)
    return out


def _without_judicial_title(doc: Doc, c: _Cand) -> _Cand:
    """"Mr Justice Harcastle": the judge's title after an honorific opens no name."""
    if c.label == "PER" and c.end - c.start >= 2 and doc[c.start].text in JUDICIAL_TITLES \
            and c.start > 0 and doc[c.start - 1].text in _JUDGE_HONORIFICS:
        return _Cand(c.start + 1, c.end, c.label, c.priority, (*c.rules, "bounds:judge"))
    return c


# Prepositions and determiners of time a month's or a day's name follows ("in March",
# "on Monday", "since June", "last Friday", "desde enero").
_TIME_OPENERS = frozenset({
    "in", "on", "since", "until", "till", "by", "during", "from", "through", "before",
    "after", "last", "next", "this", "early", "late", "mid", "en", "desde", "hasta"})


def _without_calendar_opener(doc: Doc, c: _Cand) -> _Cand:
    """A month's or a weekday's name after a preposition of time, or after the day's
    number, is the date's and opens no name: "By October Brightwater Foods had bought"
    names Brightwater Foods, "on 4 March Kestrel Mills said" Kestrel Mills; a company
    named by a month is written without the preposition ("March Networks said")
    (rule ``bounds:calendar_opened``)."""
    s = c.start
    if c.label not in ("ORG", "PER") or c.end - s < 2 or s == 0 or \
            doc[s].text not in CALENDAR_WORDS or not doc[s + 1].text[:1].isupper() or \
            doc[s + 1].text in CALENDAR_WORDS:
        return c
    before = doc[s - 1]
    if before.lower_ in _TIME_OPENERS or (before.like_num and len(before.text) <= 2):
        return _Cand(s + 1, c.end, c.label, c.priority, (*c.rules, "bounds:calendar_opened"))
    return c


def _without_article(kn: Knowledge, doc: Doc, c: _Cand) -> _Cand:
    """English: an indefinite article opens no name ("Photo: A Merlion Shipping
    vessel"), though a caption's colon hides that it opens the sentence."""
    if kn.lang == "en" and c.end - c.start >= 3 and doc[c.start].text in ("A", "An") and \
            doc[c.start + 1].text[:1].isupper():
        return _Cand(c.start + 1, c.end, c.label, c.priority, (*c.rules, "bounds:article"))
    return c


def _place_part(kn: Knowledge, doc: Doc, c: _Cand) -> bool:
    """English: a name between "the" and a noun of a part of a place ("the Tanjong Rhu
    anchorage") names that place, when only the model or a person's reading says
    otherwise."""
    return kn.lang == "en" and c.start > 0 and doc[c.start - 1].lower_ == "the" and \
        c.end < len(doc) and doc[c.end].lower_ in PLACE_PART_NOUNS and doc[c.end].is_lower \
        and (c.label == "PER" or c.priority == _P_MODEL)


def _slashed_index(doc: Doc, c: _Cand) -> bool:
    """A name joined by a slash to another and a number: a stock index the two
    publishers make ("the S&P/ASX 200", "S&P/TSX 60"), no organisation."""
    k = c.end
    return k + 2 < len(doc) and doc[k].text == "/" and not doc[k - 1].whitespace_ and \
        not doc[k].whitespace_ and doc[k + 1].text[:1].isupper() and doc[k + 2].like_num


def _kind_by_words(kn: Knowledge, doc: Doc, c: _Cand) -> tuple[str, str] | None:
    """The label and rule a name's own words, or the noun before or after it, give it
    in the whole article, if any."""
    if c.label in ("PER", "ORG") and _place_part(kn, doc, c):
        return "LOC", "bounds:place_part"
    if c.end - c.start < 2 or c.label not in ("PER", "ORG"):
        return None
    first, last = doc[c.start].text, doc[c.end - 1].text
    prev = doc[c.start - 1] if c.start > 0 else None
    if prev is not None and prev.like_num and last in STREET_TAILS:
        return "LOC", "bounds:address"
    if c.label != "PER" or (prev is not None and prev.text in HONORIFICS):
        return None
    if prev is not None and prev.lower_ in _COMPANY_NOUNS and prev.is_lower and \
            last not in kn.surnames and last not in kn.given_names and \
            first not in kn.surnames:
        # a company named like a person after a company's noun, no surname closing it:
        # "contract manufacturer Ravindra Lifecare"
        return "ORG", "bounds:company_noun"
    if first in kn.given_names:
        return None
    if fold(first) in LANDFORM_HEADS:
        return "LOC", "bounds:landform"  # "Quebrada Larga", "Laguna Seca"
    if first in MALAY_PLACE_HEADS:
        return "LOC", "bounds:malay_place"  # "Jalan Ampang", "Bukit Bintang"
    if kn.lang == "es" and any(doc[k].text in _ARTICLES and doc[k - 1].lower_ not in
                               ("de", "del") for k in range(c.start + 1, c.end - 1)):
        # an article inside a name, after no "de": a trade's and a brand's ("Botanas
        # La Norteña"), where a person's name has "de la" ("María de la Vega")
        return "ORG", "bounds:inner_article"
    if last in PLACE_TAILS:
        return "LOC", "bounds:place_tail"
    if kn.lang == "es" and last[:1].isupper() and last.lower().endswith(ABSTRACT_ENDINGS) \
            and last not in kn.given_names and kn.is_common(last):
        return "ORG", "bounds:abstract_tail"
    return None
