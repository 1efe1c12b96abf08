"""The model's entities in kg's label set: OntoNotes and CoNLL labels folded into PER,
ORG, LOC and MISC, each entity trimmed or split where it ran past a name, and the best of
overlapping candidates kept."""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.doc import doc_lang, doc_text, span_text, token_flags
from kg.entities.context import _P_CONTEXT, _P_MODEL, Knowledge, _Cand
from kg.entities.institutions import is_city
from kg.entities.people import dateline_end
from kg.entities.runs import (
    _breaks_name,
    _double_barrel,
    _foreign_and,
    _funding_sentence,
    _lowers,
    _opens_sentence,
    _run_end,
    _sentence_initial_false,
    _shouted_word,
    _shouting,
    _strip_bodies,
    _texts,
    an_initial,
    glued_dateline,
    opens_clause,
)
from kg.entities.words import (
    ADDRESS_STYLES_BY_FIRST,
    APPOSITION_ROLES,
    ARTICLES,
    CONNECTORS,
    CORPORATE_TITLES,
    DESCRIPTORS,
    FALSE_NAMES_OF,
    FOLDED_HEADS,
    GENERIC_HEAD,
    HEADLINE_DEAL_NOUNS,
    HEADLINE_SPLIT_VERBS,
    HEADLINE_VERBS,
    HONORIFICS,
    LEGAL_FORMS,
    NON_NAMES,
    ORG_HEADS,
    ORG_TAILS,
    PERSON_NOUNS_OF,
    PERSON_ROLES,
    ROLE_TITLES,
    ROUND_WORDS,
    SAINT_WORDS,
)
from kg.iri import fold

# OntoNotes (English pipelines) and CoNLL labels → CoNLL labels; others are dropped.
LABEL_MAP: dict[str, str] = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
    "MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC",
}


# Capitals run into three or more digits: a wire story's slug code, a part number.
_CODE = re.compile(r"[A-Z]{1,4}\d{3,}")


def model_candidates(kn: Knowledge, doc: Doc, caps: list[bool]) -> list[_Cand]:
    """The model's entities as candidates (rule ``ner:LABEL``), cleaned."""
    cands: list[_Cand] = []
    shouting: dict[int, bool] = {}
    has_sents = doc.has_annotation("SENT_START")
    for ent in doc.ents:
        label = LABEL_MAP.get(ent.label_)
        if ent.label_ == "DATE" and _date_into_name(ent):
            cands.append(_Cand(ent.start, ent.end, "ORG", _P_MODEL,
                               ("ner:DATE", "model:ordinal_in_name")))
            continue
        if label == "MISC" and kn.lang == "es" and has_sents and \
                ent.sent.start not in shouting:
            shouting[ent.sent.start] = _shouting(ent.sent)
        if label is None or len(ent) == 1 and _CODE.fullmatch(ent.text):
            # A story's or a part's code ("PM2043", "SV2113") is no name.
            continue
        if label == "MISC" and (
            shouting.get(ent.sent.start, False)
            or (len(ent) == 1 and any(c.isdigit() for c in ent.text))
        ):
            # Codes such as "M.70" are no names; and the Spanish model's MISC in
            # all-capitals headlines are mostly wrong (the English model's are not).
            continue
        if label == "PER" and all(an_initial(t.text) for t in ent):
            continue  # initials alone: a photo's or a note's signature ("/ D. A.")
        rule = f"ner:{ent.label_}"
        if kn.lang == "es" and label != "MISC" and has_sents and (
                any(_shouted_word(kn, t.text) for t in ent)
                or any(_case_turns(doc, k) for k in range(ent.start + 1, ent.end))):
            if ent.sent.start not in shouting:
                shouting[ent.sent.start] = _shouting(ent.sent)
            # The parser cuts a headline in capitals into pieces ("VECINOS MUESTRAN" |
            # "SU RECHAZO AL PLAN"): its line is what is written in capitals.
            if shouting[ent.sent.start] or _shouting(_line(doc, ent.start)):
                for start, end in _clean(kn, doc, ent.start, ent.end, caps, label):
                    for s, e in _unshouted(kn, doc, start, end):
                        # What is left may be the dateline's place ("... Beirut (EFE)"),
                        # a country, a region or a city GeoNames knows.
                        place = span_text(doc, s, e)
                        piece = "LOC" if place in kn.places or is_city(place) else label
                        cands.append(_Cand(s, e, piece, _P_MODEL, (rule, "model:headline_words")))
                continue
        for start, end in _clean(kn, doc, ent.start, ent.end, caps, label):
            cands.append(_model_candidate(kn, doc, ent, start, end, label, rule))
    return _descriptive_names(kn, doc, caps, cands)


def _descriptive_names(
    kn: Knowledge, doc: Doc, caps: list[bool], cands: list[_Cand]
) -> list[_Cand]:
    """A Spanish organisation the model named by common words alone goes on with whose
    it is: "la Orquesta Sinfónica de RTVE", "el Cuerpo Nacional de Policía", one common
    word too ("Aceites de Baena": the model stops at "de"); a model name inside it gives
    way."""
    if kn.lang != "es":
        return cands
    out: list[_Cand] = []
    for c in cands:
        e, n = c.end, len(doc)
        words = [t for t in doc[c.start:c.end] if t.lower_ not in CONNECTORS]
        if c.label == "ORG" and words and e + 1 < n and \
                doc[e].lower_ in ("de", "del") and caps[e + 1] and \
                not doc[e + 1].is_sent_start and \
                all(caps[t.i] and t.text[1:].islower() and kn.is_common(t.text) for t in words):
            c = _Cand(c.start, _run_end(doc, e + 1, caps), c.label, c.priority,
                      (*c.rules, "model:descriptive_name"))
        out.append(c)
    longer = [c for c in out if "model:descriptive_name" in c.rules]
    return [c for c in out if not any(
        o is not c and o.start <= c.start and c.end <= o.end for o in longer)]


def _unshouted(kn: Knowledge, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names left in a model entity of a headline in capitals once its common
    words are taken out ("MATILDE FERNANDEZ PRESENTARA CANDIDATURA" → "MATILDE
    FERNANDEZ"): Spanish headlines drop articles and run words together, and the model
    reads them as names. A word after a given name is a surname ("ANTONIO CANALES"),
    and an institution head keeps its name ("FUNDACION RUBIAL")."""
    if fold(doc[start].text) in FOLDED_HEADS and end - start > 1:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    piece = start
    for i in range(start, end + 1):
        if i < end and i > piece and _case_turns(doc, i):
            # The headline's last word in capitals, then the dateline's place in small
            # letters ("... CANDIDATOS UE Málaga (EFE)"): two names.
            pieces.append((piece, i))
            piece = i
        if i < end and not (_shouted_word(kn, doc[i].text) and not (
                i > piece and doc[i - 1].text.title() in kn.given_names)):
            continue
        while piece < i and not doc[i - 1].is_alpha and doc[piece].is_punct:
            piece += 1
        if i > piece:
            pieces.append((piece, i))
        piece = i + 1
    return pieces


def _line(doc: Doc, i: int) -> SpacySpan:
    """The line of the article token ``i`` is on."""
    start = i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and \
            "\n" not in doc[start - 1].text:
        start -= 1
    end = i + 1
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and \
            "\n" not in doc[end].text:
        end += 1
    return doc[start:end]


def _case_turns(doc: Doc, i: int) -> bool:
    """A word in capitals followed by one in small letters ("UE Málaga")."""
    before, word = doc[i - 1].text, doc[i].text
    return len(before) > 1 and before.isalpha() and before.isupper() and \
        word.isalpha() and word[:1].isupper() and word[1:].islower() and len(word) > 1


def _model_candidate(
    kn: Knowledge, doc: Doc, ent: SpacySpan, start: int, end: int, label: str, rule: str
) -> _Cand:
    # "Perú afirmó" is a country, and in English "Surrey" is a place; not so in
    # Spanish, where many surnames are place names (León, Toledo).
    if label == "PER" and (
        span_text(doc, start, end) in kn.countries
        or (kn.lang != "es" and end - start == 1 and doc[start].text in kn.places)
    ):
        return _Cand(start, end, "LOC", _P_MODEL, (rule, "model:place_not_person"))
    if label == "PER" and kn.lang == "es" and end - start > 1 and \
            doc[start].text in ("El", "La", "Los", "Las") and not _opens_sentence(doc, start):
        # A Spanish person's name never opens with an article: "La Amarga Chica" (an
        # oil field), "La Coruña"; "El País" is a title.
        piece = "LOC" if span_text(doc, start, end) in kn.places else "MISC"
        return _Cand(start, end, piece, _P_MODEL, (rule, "model:article_not_person"))
    if label == "PER" and end - start > 1 and saint_place(span_text(doc, start, end)):
        return _Cand(start, end, "LOC", _P_MODEL, (rule, "model:saint_place"))
    while label == "PER" and end - start > 2 and doc[start].text[:1].isupper() and (
            doc[start].lower_ in PERSON_ROLES or doc[start].text in HONORIFICS):
        start += 1  # a title is no part of the name: "Comptroller Ann Vale"
    if label == "PER":
        end = dateline_end(kn, doc, start, end)
    if label == "PER" and start > ent.start and doc[start - 1].lower_ in ("'s", "’s"):
        # What a person owns and the model ran into the name is no person ("Silvio
        # Berlusconi's Fininvest").
        return _Cand(start, end, "ORG", _P_CONTEXT, (rule, "model:owned_by_person"))
    return _Cand(start, end, label, _P_MODEL, (rule,))


_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")


def ordinal_names(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """ "21st Century Fox", "20th Century Studios": an English ordinal in figures right
    before an organisation's name is its first word, which the model leaves out (as
    an ORDINAL, or in a DATE it ran into the name: "21st Century Robotics") or which
    the split at numbers cut off; the ordinal of a date that ends before the name ("on
    March 21st Acme said") is not. Figures hyphened onto a name open it in Spanish too
    ("7-Eleven compró ..."); "5G" there is the network's generation."""
    english = doc_lang(doc) == "en"
    taken = {i for c in chosen for i in range(c.start, c.end)}
    out = []
    for c in chosen:
        k = c.start - 1
        if english and c.label == "ORG" and k >= 0 and k not in taken and \
                _ORDINAL.fullmatch(doc[k].lower_) \
                and doc[c.start].text[:1].isupper() and _ordinal_free(doc, k):
            c = _Cand(k, c.end, c.label, c.priority, (*c.rules, "model:ordinal_in_name"))
        elif c.label == "ORG" and (k := _figure_joined(doc, c.start)) < c.start and \
                not taken & set(range(k, c.start)) and (english or doc[k + 1].text == "-"):
            c = _Cand(k, c.end, c.label, c.priority, (*c.rules, "model:figure_in_name"))
        out.append(c)
    return out


_LETTERED_FIGURE = re.compile(r"\d+[A-Z]+")


def _figure_joined(doc: Doc, start: int) -> int:
    """Where a name starts that opens with figures written onto it: "3D Printing Works"
    (figures and capitals in one word), "7-Fresh Markets" (figures hyphened to the
    name, no spaces); ``start`` when there are none."""
    k = start - 1
    if k >= 0 and _LETTERED_FIGURE.fullmatch(doc[k].text) and doc[k].whitespace_:
        return k
    if k >= 0 and doc[k].is_digit and not doc[k].whitespace_:
        return k  # "5G Networks", which the tokenizer cut after the figures
    if k >= 1 and doc[k].text == "-" and not doc[k].whitespace_ and doc[k - 1].is_digit \
            and not doc[k - 1].whitespace_:
        return k - 1
    return start


def headline_names(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """ "Acme Corp Agrees to Buy Zenith Labs": in an English title-case headline the
    verbs are capitalised and run into the names. An organisation is split at an
    inflected headline verb ("Agrees", "Completes"), loses a headline verb it opens
    with ("Buy Zenith Labs" → "Zenith Labs"), and a deal noun left alone
    ("Acquisition") is no name."""
    if doc_lang(doc) != "en":
        return chosen
    out: list[_Cand] = []
    for c in chosen:
        cuts = [i for i in range(c.start, c.end) if doc[i].lower_ in HEADLINE_SPLIT_VERBS
                and doc[i].text[:1].isupper()]
        if c.label != "ORG" or (not cuts and doc[c.start].lower_ not in HEADLINE_VERBS):
            out.append(c)
            continue
        for s, e in zip([c.start, *(i + 1 for i in cuts)], [*cuts, c.end], strict=True):
            while s < e and doc[s].lower_ in HEADLINE_VERBS and doc[s].text[:1].isupper():
                s += 1
            if e - s == 1 and doc[s].lower_ in HEADLINE_DEAL_NOUNS or e <= s:
                continue
            out.append(_Cand(s, e, c.label, c.priority, (*c.rules, "model:headline_verb")))
    return out


# The closed class of words a date is made of, past its numbers.
_DATE_WORDS = frozenset({
    "century", "centuries", "year", "years", "quarter", "quarters", "decade", "decades",
    "week", "weeks", "day", "days", "month", "months", "half", "fiscal", "session",
    "anniversary", "birthday", "edition", "annual", "spring", "summer", "autumn", "fall",
    "winter", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
})


def _date_into_name(ent: SpacySpan) -> bool:
    """ "21st Century Fox" read as a DATE: an English date that opens with an ordinal
    in figures and ends in capitalised words that are no date's ("Fox") ran into an
    organisation's name ("the 21st Century", "4th Quarter" are dates)."""
    words = list(ent)
    return (
        doc_lang(ent.doc) == "en" and len(words) >= 2
        and bool(_ORDINAL.fullmatch(words[0].lower_))
        and all(t.text[:1].isupper() for t in words[1:])
        and words[-1].lower_ not in _DATE_WORDS
        and not (ent.start > 0 and ent.doc[ent.start - 1].pos_ == "DET")
    )


def _ordinal_free(doc: Doc, k: int) -> bool:
    """The ordinal at ``k`` is no part of a date of its own ("the 21st", "on 21st")."""
    tok = doc[k]
    if k > 0 and (doc[k - 1].pos_ == "DET" or doc[k - 1].lower_ == "on"):
        return False
    if tok.ent_type_ in ("", "ORDINAL", "ORG"):  # ORG: the model had it in the name
        return True
    ent = next((e for e in doc.ents if e.start <= k < e.end), None)
    return tok.ent_type_ == "DATE" and ent is not None and ent.start == k and ent.end > k + 1


def _clean(
    kn: Knowledge, doc: Doc, start: int, end: int, caps: list[bool], label: str = ""
) -> list[tuple[int, int]]:
    """Trim or drop a model entity; split it at line breaks, numbers and brackets."""
    kept = []
    if label in ("ORG", "MISC"):
        end = _title_inside(doc, start, end, caps)
    for s, e in _pieces(kn, doc, start, end, caps, label):
        trimmed = _trim(kn, doc, s, e, end, caps, label)
        if trimmed is not None:
            s, e = trimmed
            if label == "PER" and e == end and _double_barrel(doc, e, caps):
                e += 2  # the model's "Kofi Mensah" of "Kofi Mensah-Bright"
            kept.append((s, e))
    return kept


def _pieces(
    kn: Knowledge, doc: Doc, start: int, end: int, caps: list[bool], label: str
) -> list[tuple[int, int]]:
    """A model entity split where no name runs across."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    # A person, place or "misc" name never runs across "y"/"and" between two
    # capitalised words ("Ébano y Logística Quercus" is two companies), unless the
    # whole is a known place ("Castilla y León").
    joins = ("y", "e", "and", ",") if label == "PER" else ("y", "e", "and")
    split = label != "ORG" and span_text(doc, start, end) not in kn.places
    texts, lowers = _texts(doc), _lowers(doc)  # (the doc's lists: no Token per test)
    for i in range(start, end + 1):
        if i == end or (not caps[i] and _breaks_name(doc[i])) or (
            split and lowers[i] in joins and i > start
            and caps[i - 1] and i + 1 < end and caps[i + 1] and not _foreign_and(doc, i)
        ) or (
            # Nor does a Spanish person's, place's or "misc" name run across the "a"
            # of a transfer between two names ("traspasa Lácteos Ucieza a Grupo
            # Arlanzón"); an organisation's may ("Ayuda a Domicilio").
            split and lowers[i] in ("a", "al") and i > start and caps[i - 1]
            and i + 1 < end and caps[i + 1] and texts[i] == lowers[i]
        ) or (
            # A comma never falls inside a name, save before a legal form
            # ("Telefónica, S.A."): "Mercado Libre, Globant" is two companies.
            texts[i] == "," and i + 1 < end and texts[i + 1] not in LEGAL_FORMS
        ) or (
            # A round's name ends before its company: "Serie E de Ruvo".
            i - start >= 2 and texts[i - 2] in ROUND_WORDS
            and len(texts[i - 1]) <= 2 and lowers[i] in ("de", "of", "del")
            and _funding_sentence(doc, i)
        ) or (
            # A possessive ends the owner's name: "Silvio Berlusconi's Fininvest".
            lowers[i] in ("'s", "’s") and i + 1 < end and caps[i + 1]
        ) or (
            label == "ORG" and _two_complete_names(doc, start, i, end, caps)
        ) or glued_dateline(texts[i]):  # "CUSCO.- Hoteles Inkari": the dateline's place
            if i > piece_start:
                pieces.append((piece_start, i))
            piece_start = i + 1
    return pieces


def _title_inside(doc: Doc, start: int, end: int, caps: list[bool]) -> int:
    """Where an organisation the model ran into a person's title in capitals ends:
    "Brixley Chief Executive Wade Norris" is the company, then its chief executive
    (the person's own cues find him). The model may stop before the name, after the
    title or inside it ("Brixley Chief Executive" as a work's title, "Brixley Chief
    Financial" of "Brixley Chief Financial Officer Wade Norris")."""
    for i in range(start + 1, end):
        if not caps[i]:
            continue
        for k in (3, 2, 1):
            after = i + k
            if after < len(doc) and caps[after] and \
                    all(caps[j] for j in range(i, after)) and \
                    span_text(doc, i, after).lower() in CORPORATE_TITLES:
                return i
    return end


def _two_complete_names(doc: Doc, start: int, i: int, end: int, caps: list[bool]) -> bool:
    """An organisation never runs across "and"/"y" after a word that closes a company's
    name, before another such name: "Eastgate Bank and Tasman Bank", "Halden Ventures
    and Green Valley Fund" are two (but one "Food and Drug Administration", "Banco de
    Crédito y Inversiones"). Nor between two names of two capitalised words or more
    each, with no "of"/"de" inside: "Eastgate Direct Lending and Heron Credit
    Partners", "Ashcombe Reed and Tolland & Price" (one name joins a single word,
    "Procter and Gamble", "Arts and Humanities Research Council", or a complement,
    "Ministerio de Agricultura y Desarrollo Rural"). The model's span, whose "and"
    no name holds, was otherwise lost whole."""
    if not (doc[i].lower_ in ("and", "y") and i - start >= 2 and end - i >= 3
            and caps[i + 1]):
        return False
    after = doc[i + 1:end]
    if doc[i - 1].text in ORG_TAILS and all(caps[t.i] for t in after) and (
            after[-1].text in ORG_TAILS or after[-1].text in ORG_HEADS
            or after[-1].text in LEGAL_FORMS):
        return True
    return _capitalised_words(doc, start, i, caps) >= 2 and \
        _capitalised_words(doc, i + 1, end, caps) >= 2 and \
        not _title_case_sentence(doc, start, end)


def _title_case_sentence(doc: Doc, start: int, end: int) -> bool:
    """Whether most words of the sentence around the entity ``start:end`` are
    capitalised: a headline in title case ("X Completes Acquisition of Y and Expands
    Partnership with Z"), whose capitals say nothing of where a name ends."""
    if not doc.has_annotation("SENT_START"):
        return False
    sent = doc[start].sent
    words = [t.text for t in sent if t.is_alpha and not start <= t.i < end]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _capitalised_words(doc: Doc, s: int, e: int, caps: list[bool]) -> int:
    """How many words ``s:e`` has, where every one is capitalised but an ampersand
    ("Tolland & Price"); 0 where any is not."""
    words = [t for t in doc[s:e] if t.text != "&"]
    return len(words) if all(caps[t.i] for t in words) else 0


def _trim_edges(
    kn: Knowledge, doc: Doc, s: int, e: int, label: str
) -> tuple[int, int]:
    """A piece without the words around a name: leading punctuation and function words
    ("¿Qué", "Según Reuters"), a headline verb, an article opening a term or a
    company, a company body, and trailing punctuation and connectors."""
    texts, lowers, punct = _texts(doc), _lowers(doc), token_flags(doc, "punct")
    false_names = FALSE_NAMES_OF.get(kn.lang, FALSE_NAMES_OF["es"])
    while s < e and (
        punct[s]
        or (lowers[s] in false_names)
        or (lowers[s] in kn.stop_words and doc[s].is_sent_start
            and doc[s].pos_ not in ("DET", "PROPN"))
    ):
        s += 1
    s = _past_address_style(texts, s, e)
    while s < e and lowers[s] in HEADLINE_VERBS and texts[s][:1].isupper():
        s += 1
    # An article opening a sentence belongs to a title ("El País", "The Information")
    # but not to a term or a company ("El EBITDA", "The Volkswagen Group").
    if e - s >= 2 and doc[s].lower_ in ARTICLES and opens_clause(doc, s) and (
        doc[s + 1].text in NON_NAMES or doc[s + 1].text in kn.currencies
        or doc[e - 1].text in ORG_TAILS or doc[e - 1].text in LEGAL_FORMS
        or (kn.lang == "es" and _common_head(doc, s + 1, e))
        # nor to an English institution ("The Commerce Department", "The Supreme Court")
        or (kn.lang == "en" and any(doc[k].text in ORG_HEADS for k in range(s + 1, e)))
    ):
        s += 1
    if _opening_modifier(kn, doc, s, e):
        s += 1
    e = _strip_bodies(doc, s, e)
    while e > s and (punct[e - 1] or lowers[e - 1] in ("'s", "’s")
                     or lowers[e - 1] in CONNECTORS
                     or texts[e - 1] in kn.currencies
                     # "Norvex Systems for A$" (3.2 billion): a dollar sign with letters
                     or (texts[e - 1].endswith("$") and texts[e - 1][:-1].isalpha())):
        e -= 1
    while label == "PER" and e - s > 1 and texts[e - 1] in NON_NAMES:
        e -= 1  # a person's name never ends in a term ("Global VC investment")
    while label == "ORG" and kn.lang == "en" and e - s > 1 and texts[e - 1] in HONORIFICS:
        e -= 1  # the title is the next person's: "Growers Association President Ann Lee"
    return s, e


def _opening_modifier(kn: Knowledge, doc: Doc, s: int, e: int) -> bool:
    """English: an adjective or a participle that opens the sentence, capitalised only
    there, before a name the article writes without it ("Existing Brightwater
    investors", "Rival Castlemoor bid"): the word modifies the name's noun phrase; it
    is no part of the name ("Advanced Micro Devices", never written "Micro Devices")."""
    if kn.lang != "en" or e - s < 2 or not _opens_sentence(doc, s) or \
            not doc[s].text[1:].islower() or doc[s].pos_ not in ("ADJ", "VERB") or \
            doc[s].text in kn.given_names:
        return False
    rest = span_text(doc, s + 1, e)
    text = doc_text(doc)
    return text.count(rest) > text.count(span_text(doc, s, e))


def _past_address_style(texts: list[str], s: int, e: int) -> int:
    """Where a name begins past a style of address, no name itself ("Su Majestad",
    "His Royal Highness"): "Su Majestad el Rey Tomás" names the king, "Su Majestad"
    alone no one by name."""
    if s >= e:
        return s
    for words in ADDRESS_STYLES_BY_FIRST.get(texts[s], ()):  # (those that open with it)
        if tuple(texts[s:min(s + len(words), e)]) == words:
            return s + len(words)
    return s


def _common_head(doc: Doc, s: int, e: int) -> bool:
    """A name opening with a club's initials or a generic head ("FC Barcelona", "Grupo
    Telvia"), or an institution head alone ("Consejo"): an article before it is the
    noun phrase's ("El FC Barcelona ganó"), not part of a title as in "El País"."""
    return fold(doc[s].text) in GENERIC_HEAD or (e - s == 1 and doc[s].text in ORG_HEADS)


def _trim(
    kn: Knowledge, doc: Doc, s: int, e: int, end: int, caps: list[bool], label: str
) -> tuple[int, int] | None:
    """A piece of a model entity trimmed to its name, or None where it is none."""
    s, e = _trim_edges(kn, doc, s, e, label)
    if e - s == 1 and doc[s].text in NON_NAMES:
        return None
    if e - s == 2 and doc[s].lower_ in ARTICLES and doc[s + 1].text in kn.countries:
        return None  # a country with its article ("El Perú es clave"), no company
    if e - s == 1 and label == "PER" and _opens_sentence(doc, s) and \
            doc[s].text not in kn.given_names and kn.is_common(doc[s].text) and e < end:
        return None  # what is left is a common word opening the sentence
    if kn.lang == "en" and e - s == 1 and s > 0 and doc[s - 1].text == "The" and \
            not _opens_sentence(doc, s - 1) and kn.is_common(doc[s].text):
        s -= 1  # "The Information reported": a title, whose "The" is capitalised
    if e <= s or not any(caps[s:e]):
        return None
    if not caps[s] and not doc[s].is_digit:
        # A name starts with a capital ("the Financial Times" → "Financial Times").
        while s < e and not caps[s]:
            s += 1
        if e <= s:
            return None
    if any(
        doc[i].is_alpha and not caps[i] and doc[i].lower_ not in CONNECTORS
        for i in range(s + 1, e)
    ):
        return None  # a phrase or heading, not a name ("La operación está sujeta")
    if e - s == 1 and _sentence_initial_false(doc, s, kn.stop_words):
        return None
    if e - s == 1 and doc[s].is_sent_start and doc[s].pos_ == "NOUN" and \
            e < len(doc) and doc[e].text == ":":
        return None  # a heading's label ("Goles:", "Incidencias:")
    return s, e


def _resolve_overlaps(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Keep the best of overlapping candidates: the higher source, then the longer.

    A candidate that overlaps better ones only at one edge keeps the rest ("Comisión
    Regional de UCE" before the person "Emilio Guerrero"). A model entity that extends
    a cued organisation to the right ("Santander UK" around the gazetteer's
    "Santander") keeps its length and takes the cue's label.
    """
    chosen: list[_Cand] = []
    owner: dict[int, _Cand] = {}
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        clash = {id(owner[i]): owner[i] for i in range(c.start, c.end) if i in owner}
        if clash and len(clash) == 1 and (c.priority == _P_MODEL or c.label == "ORG"):
            other = next(iter(clash.values()))
            widens = c.start <= other.start and other.end <= c.end and \
                (c.end - c.start) > (other.end - other.start)
            if widens and _role_org_before_name(doc, c, other):
                # "el expresidente de Gasnor José Ignacio Tellaeche": the model's person
                # runs over the role's organisation before a cued given name
                c = _Cand(c.start, other.start, "ORG", c.priority,
                          (*c.rules, "people:role_org_before_name"))
                widens = False
            firm = widens and _firm_before_given_name(doc, c, other)
            if widens and "line:agency" not in other.rules and (
                firm or (other.start == c.start and other.label != "PER")
                or _trade_before_head(doc, c, other)
                or (other.label == c.label == "PER" and all(
                    doc[i].text[:1].isupper() and doc[i].lower_ not in PERSON_ROLES
                    and doc[i].text not in HONORIFICS and not _spoken_from(doc, i)
                    for i in [*range(c.start, other.start), *range(other.end, c.end)]
                ))
            ) and not any(i in owner for i in [*range(c.start, other.start),
                                               *range(other.end, c.end)]):
                _widen(other, c, firm)
                for i in range(c.start, c.end):
                    owner[i] = other
                continue
        if clash:
            free = [i for i in range(c.start, c.end) if i not in owner]
            if not free or free[-1] - free[0] + 1 != len(free) or \
                    (free[0] != c.start and free[-1] != c.end - 1):
                continue
            start, end = free[0], free[-1] + 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_lower):
                end -= 1
            while start < end and (doc[start].is_punct or doc[start].is_lower):
                start += 1
            if end <= start or (end - start == 1 and (
                doc[start].lower_ in DESCRIPTORS or doc[start].lower_ in PERSON_ROLES
                or doc[start].text in HONORIFICS or doc[start].lower_ in ARTICLES
            )):
                continue  # what is left is a word such as "Chipmaker", not a name
            c = _Cand(start, end, c.label, c.priority, c.rules)
        chosen.append(c)
        for i in range(c.start, c.end):
            owner[i] = c
    return sorted(chosen, key=lambda c: c.start)


def _trade_before_head(doc: Doc, c: _Cand, other: _Cand) -> bool:
    """Whether the model's entity ``c`` extends the organisation ``other`` found from its
    head to the left by a capitalised trade noun, ending where it ends: "Quesera
    Cooperativa Almarcha", "Bodega Cooperativa San Roque" are one company whose name
    opens with its trade; the trade alone ("Quesera") names none."""
    return other.label == "ORG" and "cue:org_head" in other.rules and \
        other.end == c.end and other.start - c.start <= 2 and all(
            doc[k].text[:1].isupper() and doc[k].lower_ in DESCRIPTORS
            for k in range(c.start, other.start))


def _widen(other: _Cand, c: _Cand, firm: bool) -> None:
    """Stretch ``other`` over ``c``, adding ``c``'s rules; an organisation over a
    person a given name opens (``_firm_before_given_name``) makes it the firm."""
    other.start, other.end = c.start, c.end
    other.rules = (*other.rules, *(r for r in c.rules if r not in other.rules))
    if firm:
        other.label = "ORG"
        other.rules = (*other.rules, "bounds:firm_before_given_name")


def _firm_before_given_name(doc: Doc, c: _Cand, other: _Cand) -> bool:
    """Whether an organisation ``c`` runs over a person a given name opens, ending where
    it ends, with one or two capitalised words of its own first, after "of", "de", "the"
    or an opening quote ("the sale of Brightmoor Daniel Hale", "la compra de Grupo
    Lucía Ferrán", "«Talleres Andrés Olmo»"): a firm named after its founder, whose
    first word the person's name would cut off. Not after a person's "of" ("the chief
    of Acme Daniel Hale", "la exdirectora de Brantia Lucía Ferrán": the organisation,
    then the person), nor when a word before the given name is a role or an honorific
    ("of Boston Mayor Daniel Hale"). A word that is also a town's name stays the
    firm's (most firms' first words are somewhere's name)."""
    if not (c.label == "ORG" and other.label == "PER" and "cue:given_name" in other.rules
            and other.end == c.end and 1 <= other.start - c.start <= 2 and c.start >= 1):
        return False
    before = doc[c.start - 1]
    if before.lower_ not in _FIRM_OPENERS or (before.is_alpha and not before.is_lower):
        return False
    if before.is_alpha:
        k = c.start - 2
        if k >= 0 and doc[k].lower_ in ("the", "la", "el", "los", "las"):
            k -= 1
        if k >= 0 and (doc[k].lower_ in _PERSON_NOUNS or doc[k].lower_[2:] in _PERSON_NOUNS
                       or doc[k].text in HONORIFICS):
            return False
    return all(doc[i].text[:1].isupper() and doc[i].is_alpha
               and doc[i].lower_ not in _PERSON_NOUNS and doc[i].text not in HONORIFICS
               for i in range(c.start, other.start))


# The words before a firm's name that leave no role or person between ("of", "de",
# "the", an opening quote).
_FIRM_OPENERS = frozenset({"of", "de", "del", "the", "«", "“", '"'})
# Nouns of a person whose "of"/"de" complement is the organisation they belong to.
_PERSON_NOUNS = PERSON_ROLES | CORPORATE_TITLES | frozenset(ROLE_TITLES) | APPOSITION_ROLES | \
    PERSON_NOUNS_OF


def _spoken_from(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is the city someone speaks from, before their name
    ("dijo desde Toronto Ana Ruiz"): the model runs the two together."""
    return i > 0 and doc[i - 1].lower_ in ("desde", "from") and is_city(doc[i].text)


def _role_org_before_name(doc: Doc, c: _Cand, person: _Cand) -> bool:
    """Whether a model's person ``c`` adds, before a person a given name opens, the
    capitalised words after a role's "de" ("presidente de Gasnor José Ignacio Tellaeche",
    no comma between): those words are the role's organisation, not the person's."""
    return c.label == person.label == "PER" and c.priority == _P_MODEL and \
        c.start < person.start and c.end == person.end and \
        "cue:given_name" in person.rules and c.start >= 2 and \
        doc[c.start - 1].lower_ in ("de", "del") and doc[c.start - 2].is_lower and \
        (doc[c.start - 2].lower_ in PERSON_ROLES or doc[c.start - 2].lower_.startswith("ex"))


def saint_place(name: str) -> bool:
    """ "Santo Domingo", "São Paulo": a city named after a saint, which GeoNames knows
    (a company or a person whose name opens with "San" or "Santo" stays what it is)."""
    return name.split(" ", 1)[0] in SAINT_WORDS and is_city(name)

