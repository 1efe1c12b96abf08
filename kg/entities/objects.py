"""Names of objects that are no organisations, read from the frame a name stands in
(issue 13: organisations right on unseen news). Each rule is a typing constraint a
reader applies without knowing the name:

- ``retype:model_code``: a name that ends in a model designation ("Huayu T8", "Tikal
  X1", "A320neo") is a product's; in "el E2 de Embraer" the maker after
  "de" is the organisation.
- ``retype:named_object``: a name before a noun of a named object, after a possessive
  ("its Tres Cruces mine", "Perihelion's Tern rocket", "its Ridgeback gin") or before
  a noun that only names ("the Vanta GT coupe", "the Tern rocket"), is that object's.
- ``retype:object_classifier``: a name right after a noun that classifies it as no
  organisation ("el programa Start-Up Chile", "la formación Vaca Muerta", "el
  noticiero Sol Noticias", "las marcas Cumbre y Pachamama Dorada") is the object's.
- ``retype:thing_acronym``: an acronym made of the initials of a thing's name that the
  article spells out ("the Consumer Electronics Show" ... "at CES") is the thing's.
- ``retype:index_count``: a name right before the count of an index's members ("the
  FTSE 250", "el Ibex 35", "the Nikkei 225") is the index's, wherever the model cut it.
- ``retype:code_name``: "Project Kuiper", "Operación Cóndor" name projects.
- ``retype:title_prefix``: a job title run into the employer's name ("Directora General
  de Operaciones de Seguros Levante") leaves the employer.
- ``drop:generic_word``: a lone generic word that opens a sentence ("Bank stocks
  rallied") names nobody.
- ``drop:title_word``: a title alone ("Advocate Jane Le Sueur", "the Auditor-General")
  names no organisation.
- ``drop:security_term``: "each Snaefell Share", "Snaefell Shareholders": an offer
  document's defined term for shares or their holders.
- ``drop:headline_fragment``: in an English title-case headline, capitalised common
  words run into names ("Stocks Edge Higher as Oil Slips"): a name made of common
  words read only there, that the body never names, is none; nor is the first part of
  a longer name of the body, cut off by the model ("Tres" of "Tres Cruces Mine"). A
  name of its own that only the headline gives ("Velmora Holdings") stays.

A name so found to be an object (but for a bare name before an object noun,
``retype:named_object_bare``) is the object's in the whole article, except where it
acts as a company does (the subject of "buy", "raise", "sign", "say"...), so that a
company named like its product keeps its mentions as an actor.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.doc import doc_lang, span_text, token_flags, token_texts
from kg.entities.context import _P_GAZ, Knowledge, _Cand
from kg.entities.things import one_sense_as_thing, thing_spans
from kg.entities.words import (
    ADDRESSED_BODIES,
    GENERIC_HEAD,
    HONORIFICS,
    LEGAL_FORMS,
    PERSON_ROLES,
    SECURITY_TAILS,
)
from kg.lexicon import LEXICON

# A model designation closing a name of several words: letters and figures together
# ("T8", "X1", "EX5", "A220", "3a"); figures alone are a channel's or a fund's ("Antena 3").
_MODEL_TAIL = re.compile(r"[A-Z]{0,3}-?\d{1,4}[A-Za-z]{0,3}")
# A one-word model: a plane's or a chip's ("A320neo", "B737"); not "G4S", "F5" or "3M",
# which are companies, nor a name with a serial, a channel's as often as a satellite's
# ("Tele-5", "Quetzal-1").
_MODEL_WORD = re.compile(r"[A-Z]{1,3}\d{3,4}[a-z]*|[A-Z]{1,3}\d+[a-z]{2,}")

# Nouns that a possessed name before them names ("its Tres Cruces mine", "su Onda 5
# teléfono" is not Spanish: Spanish puts the noun first, see _CLASSIFIERS).
_POSSESSED_OBJECTS = frozenset({
    "mine", "mines", "smelter", "refinery", "mill", "field", "oilfield", "deposit",
    "project", "pipeline", "terminal", "plant", "factory", "site", "campus",
    "coupe", "coupes", "sedan", "sedans", "hatchback", "suv", "suvs", "pickup", "truck",
    "gin", "cider", "lager", "beer", "vodka", "whisky", "whiskey", "rum", "wine", "rocket",
    "satellite", "satellites", "system", "database", "app", "drug", "injection", "phone",
    "smartphone", "robot", "line", "range", "brand", "chip", "engine", "programme",
    "program", "scheme", "index",
})
# Of those, the nouns a bare name before them names even without a possessive (a maker
# before "plant", "chip" or "engine" is the owner: "the Boeing plant", "Nvidia chips").
# Nor "mine", "smelter", "refinery": news names those after their owner ("the Caltex
# refinery") as often as by their own name.
_NAMING_OBJECTS = frozenset({
    "oilfield", "deposit", "coupe", "coupes", "sedan", "sedans", "hatchback", "suv", "suvs",
    "gin", "cider", "lager", "vodka", "whisky", "whiskey",
    "rocket", "satellite", "satellites",
})
_POSSESSIVE_WORDS = frozenset({"its", "their", "his", "her"})

# Lower-case nouns right before a name that make it no organisation's: a programme, a
# geological formation, a show, a fair, a brand, a vessel.
_CLASSIFIERS = frozenset({
    "programa", "proyecto", "formación", "cuenca", "yacimiento", "mina", "feria",
    "noticiero", "telenovela", "concurso", "reality", "satélite", "cohete", "marca",
    "marcas", "campaña", "hashtag", "etiqueta", "token", "programme", "rocket",
    "satellite", "brand", "brands",
    # ships (not "carrier", an airline too, nor "ferry": "ferry operator X")
    "tanker", "ship", "vessel", "yacht", "freighter", "buque", "petrolero", "barco",
    "yate", "carguero", "portacontenedores",
})

# Verbs whose subject acts as a company does: a name there is the company, even where
# the company is named like its product ("Nova raised $40 million").
_ACTING = frozenset({
    "say", "buy", "acquire", "sell", "raise", "sign", "announce", "agree", "hire",
    "invest", "plan", "launch", "open", "close", "report", "expect", "unveil", "win",
    "decir", "comprar", "adquirir", "vender", "firmar", "anunciar", "invertir",
    "cerrar", "levantar", "lanzar", "presentar", "abrir", "contratar", "ganar",
    "prever", "esperar", "explicar", "afirmar", "asegurar",
})

_RULES = frozenset({"retype:model_code", "retype:named_object", "retype:object_classifier"})


def named_objects(kn: Knowledge, doc: Doc, chosen: list[_Cand], caps: list[bool]) -> list[_Cand]:
    """The candidates, with names of objects (module docstring) no organisations.

    >>> named_objects(kn, nlp("Huayu lanzó la Huayu T8."), cands, caps)  # doctest: +SKIP
    """
    out: list[_Cand] = []
    for c in chosen:
        if c.label not in ("ORG", "PER") or c.priority >= _P_GAZ or _legal(doc, c):
            out.append(c)
            continue
        out += _model_code(doc, c) or _named_object(kn, doc, c) or _classified(doc, c) or \
            _index_count(kn, doc, c) or _code_name(doc, c) or _title_prefix(kn, doc, c) or \
            _generic_word(doc, c) or _title_word(doc, c) or _security_term(doc, c) or [c]
    out = [c for c in out if c.label != "DROP"]
    out = _thing_acronyms(kn, doc, out, caps)
    out = _one_sense(doc, out)
    return _headline_fragments(kn, doc, out)


def _legal(doc: Doc, c: _Cand) -> bool:
    """Whether the name carries a legal form ("Vanta GT SA" is a company)."""
    return any(t.text.rstrip(".") in LEGAL_FORMS or t.text in LEGAL_FORMS
               for t in doc[c.start:c.end])


def _model_code(doc: Doc, c: _Cand) -> list[_Cand]:
    """``retype:model_code``: "Huayu T8", "A320neo" are products; "E2 de Embraer" is a
    product of the organisation Embraer."""
    words = doc[c.start:c.end]
    for k in range(c.start, c.end - 1):
        if doc[k].lower_ in ("de", "of") and k > c.start and _is_model(doc, c.start, k, True) and \
                doc[k + 1].text[:1].isupper():
            return [_Cand(c.start, k, "MISC", c.priority, (*c.rules, "retype:model_code")),
                    _Cand(k + 1, c.end, "ORG", c.priority, (*c.rules, "retype:model_code"))]
    if len(words) > 0 and _is_model(doc, c.start, c.end):
        return [c.retyped("MISC", c.priority, "retype:model_code")]
    return []


def _is_model(doc: Doc, start: int, end: int, maker: bool = False) -> bool:
    """Whether ``start:end`` is a model's name (``_MODEL_TAIL``, ``_MODEL_WORD``); before
    its maker ("E2 de Embraer") a short code is one too."""
    last = doc[end - 1].text
    if end - start == 1 and maker:
        return bool(_MODEL_WORD.fullmatch(last) or _MODEL_TAIL.fullmatch(last)) and \
            any(ch.isalpha() for ch in last) and any(ch.isdigit() for ch in last)
    if end - start == 1:
        return bool(_MODEL_WORD.fullmatch(last))
    return bool(_MODEL_TAIL.fullmatch(last)) and any(ch.isalpha() for ch in last) and \
        any(ch.isdigit() for ch in last) and doc[start].text[:1].isupper()


def _named_object(kn: Knowledge, doc: Doc, c: _Cand) -> list[_Cand]:
    """``retype:named_object`` (English): the name before an object noun, possessed
    ("its Tres Cruces mine", "Perihelion's Tern rocket") or not ("the Vanta GT
    coupe"); adjectives and one noun may come between ("its Chartwell records
    system", "Vanta EX electric SUVs"). A place's possessive is no owner's ("Japan's
    Nikkei index", "Spain's Repsol plant" say where, not whose)."""
    if doc_lang(doc) != "en" or c.start == 0:
        return []
    if _possessed_brand(doc, c):
        return [c.retyped("MISC", c.priority, "retype:named_object")]
    head = _object_head(doc, c.end)
    if head is None:
        return []
    k = _before_modifiers(doc, c.start - 1)
    before = doc[k]
    possessed = before.lower_ in _POSSESSIVE_WORDS or (
        before.text in ("'s", "’s") and k > 0 and doc[k - 1].text not in kn.places)
    if possessed and head in _POSSESSED_OBJECTS:
        return [c.retyped("MISC", c.priority, "retype:named_object")]
    if head in _NAMING_OBJECTS:
        # read here only: a bare name before a noun may yet be its maker elsewhere
        return [c.retyped("MISC", c.priority, "retype:named_object_bare")]
    return []


def _before_modifiers(doc: Doc, k: int) -> int:
    """Back from ``k`` over the lower-case adjectives and participles between a
    possessive and the name it owns ("its retired X plant", "the utility's
    majority-owned X plant", "its flagship X mine"), three words at most."""
    for j in range(k, max(-1, k - 4), -1):
        tok = doc[j]
        if not (tok.text == "-" or (tok.is_lower and tok.is_alpha and (
                tok.pos_ in ("ADJ", "VERB", "ADV")
                or (j + 1 <= k and doc[j + 1].text == "-")))):
            return j
    return k


def _possessed_brand(doc: Doc, c: _Cand) -> bool:
    """ "its Harlow's Lager brand": a possessed name with a possessive of its own, then
    capitalised words and an object noun, is the object's."""
    if c.start == 0 or c.end + 2 >= len(doc) or doc[c.end].text not in ("'s", "’s") or \
            doc[c.start - 1].lower_ not in _POSSESSIVE_WORDS:
        return False
    k = c.end + 1
    while k < len(doc) and doc[k].text[:1].isupper():
        k += 1
    return k > c.end + 1 and _object_head(doc, k) is not None


def _object_head(doc: Doc, k: int) -> str | None:
    """The object noun that closes the lower-case noun phrase starting at ``k`` (at
    most two words before it), if any: "mine", "records system", "electric SUVs"."""
    for j in range(k, min(len(doc), k + 3)):
        tok = doc[j]
        low = tok.lower_
        if low in _POSSESSED_OBJECTS and (tok.is_lower or tok.text.rstrip("s").isupper()):
            nxt = doc[j + 1] if j + 1 < len(doc) else None
            if nxt is not None and (nxt.text in ("'s", "’s") or nxt.lower_ in _POSSESSED_OBJECTS):
                continue  # "the mine's owner", "a drug plant"
            return low
        if not tok.is_lower or tok.pos_ not in ("NOUN", "ADJ"):
            return None
    return None


def _classified(doc: Doc, c: _Cand) -> list[_Cand]:
    """``retype:object_classifier``: a name right after a lower-case classifier ("la
    formación Vaca Muerta", "el noticiero Sol Noticias"), or listed after one ("las
    marcas Cumbre y Pachamama Dorada")."""
    k = c.start - 1
    while k > 1 and doc[k].lower_ in (",", "y", "and", "e") and doc[k - 1].text[:1].isupper():
        k -= 1  # back over a list of names to its classifier
        while k > 0 and doc[k].text[:1].isupper():
            k -= 1
    if doc_lang(doc) == "es" and k >= 0 and doc[k].is_lower and \
            doc[k].lower_ not in _CLASSIFIERS and doc[k].lower_ not in ("de", "del"):
        k = _modified_classifier(doc, k)
    if k < 0 or not doc[k].is_lower or doc[k].lower_ not in _CLASSIFIERS or \
            (c.label == "ORG" and _agreement_counterpart(doc, c)):
        return []
    return [c.retyped("MISC", c.priority, "retype:object_classifier")]


def _agreement_counterpart(doc: Doc, c: _Cand) -> bool:
    """Whether the name completes an agreement's noun after "with" ("con"): the side that
    signs it is an organisation, though a classifier calls it a brand ("a sponsorship
    deal with running-shoe brand Ridgewalker", "una alianza con la marca Ridgewalker"): a
    deal is made with a brand's owner, never with a product."""
    root = doc[c.start:c.end].root
    if root.dep_ != "pobj" and root.head.lower_ in _CLASSIFIERS:
        root = root.head  # Spanish: "con la marca deportiva X", the name hung on "marca"
    if root.dep_ == "pobj":
        prep, noun = root.head, root.head.head
    else:
        prep = next((t for t in root.children if t.dep_ == "case"), root)
        noun = root.head
    return prep.lower_ in ("with", "con") and noun.i != root.i and \
        noun.pos_ in ("NOUN", "PROPN") and \
        noun.lemma_.lower() in _AGREEMENT_NOUNS.get(doc_lang(doc), frozenset())


# The nouns of agreements and partnerships (deals.toml's agreement_n and partner_n).
_AGREEMENT_NOUNS = {
    lang: frozenset(w for kind in ("agreement_n", "partner_n") for w in kinds.get(kind, ()))
    for lang, kinds in LEXICON.triggers().items()
}


def _modified_classifier(doc: Doc, k: int) -> int:
    """The classifier before the words that modify it, ending at ``k``, or -1: Spanish
    "su marca de papel higiénico X", "la formación geológica X" (its complement and
    adjectives, lower-case nouns, adjectives and "de"; not its owner, "de" right before
    the name)."""
    if doc[k].pos_ not in ("NOUN", "ADJ"):
        return -1
    for j in range(k - 1, max(-1, k - 5), -1):
        tok = doc[j]
        if tok.is_lower and tok.lower_ in _CLASSIFIERS:
            return j
        if not (tok.is_lower and tok.is_alpha and (
                tok.pos_ in ("NOUN", "ADJ") or tok.lower_ in ("de", "del"))):
            return -1
    return -1


# Counts of an index's members ("FTSE 100", "S&P 500", "Ibex 35", "Nikkei 225").
_INDEX_COUNTS = frozenset({"10", "20", "25", "30", "35", "40", "50", "100", "200", "225",
                           "250", "300", "400", "500", "600", "1000", "2000", "3000"})


def _index_count(kn: Knowledge, doc: Doc, c: _Cand) -> list[_Cand]:
    """``retype:index_count``: a name after "the"/"el" or a place's possessive ("Britain's
    FTSE 100"), right before the count of its members that no noun follows ("on the
    FTSE 250 after", "el Ibex 35 cerró") or a noun of the index or its members ("the
    FTSE 250 company's board", "the FTSE 250 midcap index")."""
    if c.label != "ORG" or c.start == 0 or c.end + 1 >= len(doc):
        return []
    count, after = doc[c.end], doc[c.end + 1]
    before = doc[c.start - 1].lower_
    opened = before in ("the", "el", "del", "al") or (
        before in ("'s", "’s") and c.start > 1 and doc[c.start - 2].text in kn.places) or \
        any(t.lower_ in _INDEX_HEADS for t in doc[c.end + 1:c.end + 3])
    if count.text in _INDEX_COUNTS and opened and (
            not (after.is_alpha and after.pos_ == "NOUN") or after.lower_ in _INDEX_MEMBERS):
        return [c.retyped("MISC", c.priority, "retype:index_count")]
    return []


# Nouns that say a name and count before them is an index's ("the domestically focused
# FTSE 250 midcap index").
_INDEX_HEADS = frozenset({"index", "índice", "benchmark"})
# Nouns after an index's name and count that name the index or what is listed in it
# ("the FTSE 250 company", "the Nikkei 225 index", "S&P 500 stocks").
_INDEX_MEMBERS = frozenset({
    "company", "companies", "firm", "firms", "group", "stock", "stocks", "share", "shares",
    "member", "members", "constituent", "constituents", "index", "midcap", "benchmark",
    "empresa", "empresas", "valor", "valores", "índice",
})


# Heads of code names of projects (not "Plan": "Plan International" is an NGO).
_CODE_HEADS = frozenset({"Project", "Proyecto", "Operation", "Operación", "Codename"})


def _code_name(doc: Doc, c: _Cand) -> list[_Cand]:
    """``retype:code_name``: "Amazon's Project Kuiper" names a project."""
    if c.label == "ORG" and c.end - c.start > 1 and doc[c.start].text in _CODE_HEADS:
        return [c.retyped("MISC", c.priority, "retype:code_name")]
    return []


def _title_prefix(kn: Knowledge, doc: Doc, c: _Cand) -> list[_Cand]:
    """``retype:title_prefix`` (Spanish): "Directora General de Operaciones de Seguros
    Levante" is a title, then "de" and the employer: the employer is the organisation
    (its last complement that holds a word no common noun)."""
    if kn.lang != "es" or c.label != "ORG" or doc[c.start].lower_ not in PERSON_ROLES:
        return []
    for k in range(c.end - 2, c.start, -1):
        if doc[k].lower_ in ("de", "del") and doc[k + 1].text[:1].isupper():
            words = [t for t in doc[k + 1:c.end] if t.is_alpha]
            if any(not kn.is_common(t.text) for t in words):
                return [_Cand(k + 1, c.end, "ORG", c.priority, (*c.rules, "retype:title_prefix"))]
            break
    return []


def _generic_word(doc: Doc, c: _Cand) -> list[_Cand]:
    """``drop:generic_word``: "Bank stocks rallied": a lone generic head at a sentence's
    start, before a lower-case word, is a common noun."""
    if c.label == "ORG" and c.end - c.start == 1 and doc[c.start].is_sent_start and \
            doc[c.start].lower_ in GENERIC_HEAD and c.end < len(doc) and doc[c.end].is_lower:
        return [_Cand(c.start, c.end, "DROP", c.priority, (*c.rules, "drop:generic_word"))]
    return []


def _title_word(doc: Doc, c: _Cand) -> list[_Cand]:
    """``drop:title_word``: a title alone, before the name of who holds it or after
    "the" ("Advocate Jane Le Sueur", "the Auditor-General will audit it"), or titles
    alone ("Mr Speaker"), or a body addressed with its honorific ("this Honourable
    House", "the Honourable Court"), name no organisation."""
    if c.label != "ORG":
        return []
    addressed = c.end - c.start > 1 and all(t.text in HONORIFICS for t in doc[c.start:c.end])
    addressed = addressed or (c.end - c.start == 2 and doc[c.start].text in HONORIFICS
                              and doc[c.start + 1].text in ADDRESSED_BODIES)
    if addressed or span_text(doc, c.start, c.end) in HONORIFICS and (
            (c.end < len(doc) and doc[c.end].text[:1].isupper() and doc[c.end].is_alpha)
            # "Honourable members will have read ..."
            or (c.end < len(doc) and doc[c.end].text.title() in ADDRESSED_BODIES)
            or (c.start > 0 and doc[c.start - 1].lower_ == "the")):
        return [_Cand(c.start, c.end, "DROP", c.priority, (*c.rules, "drop:title_word"))]
    return []


def _security_term(doc: Doc, c: _Cand) -> list[_Cand]:
    """``drop:security_term``: a name closed by a noun of shares or of their holders
    ("each Snaefell Share", "Snaefell Shareholders will receive") is an offer
    document's defined term for the securities or their holders."""
    if c.label == "ORG" and c.end - c.start > 1 and doc[c.end - 1].text in SECURITY_TAILS:
        return [_Cand(c.start, c.end, "DROP", c.priority, (*c.rules, "drop:security_term"))]
    return []


def _acting(doc: Doc, c: _Cand) -> bool:
    """Whether the name is the subject of a verb of acting companies ("Nova raised")."""
    root = doc[c.start:c.end].root
    return root.dep_.startswith("nsubj") and root.head.lemma_.lower() in _ACTING


def _one_sense(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """A name these rules found to be an object's is the object's in the whole
    article ("its Ridgeback gin ... Ridgeback was its best-selling gin"), except where
    it acts as a company."""
    return one_sense_as_thing(doc, chosen, _RULES, "retype:named_object", acts=_acting)


def _initials(words: list[Token]) -> str:
    """The initials of a name's capitalised words ("Consumer Electronics Show" → CES)."""
    return "".join(t.text[0] for t in words if t.text[:1].isupper())


def _thing_acronyms(kn: Knowledge, doc: Doc, chosen: list[_Cand], caps: list[bool]) -> list[_Cand]:
    """``retype:thing_acronym``: an organisation spelled as the initials of a thing's
    name in the same article (a fair, an award, a law) is the thing's."""
    spans = thing_spans(kn, doc, caps) + [(c.start, c.end) for c in chosen
                                          if c.label == "MISC" and c.end - c.start > 2]
    initials = {_initials(list(doc[s:e])) for s, e in spans if e - s > 1}
    initials.discard("")
    if not initials:
        return chosen
    return [c.retyped("MISC", c.priority, "retype:thing_acronym")
            if c.label == "ORG" and c.priority < _P_GAZ and c.end - c.start == 1
            and doc[c.start].text.isupper() and len(doc[c.start].text) > 1
            and doc[c.start].text in initials else c for c in chosen]


def _headline_fragments(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """``drop:headline_fragment``: organisations of common words found only in an
    English title-case first line, whose text the rest of the article never names, and
    names the model cut off there."""
    if kn.lang != "en":
        return chosen
    end = _headline_end(doc)
    if end == 0 or _sentence_case(kn, doc, end):
        return chosen
    body = doc[end:].text
    out = []
    for c in chosen:
        text = span_text(doc, c.start, c.end)
        if not _headline_words(kn, doc, c):
            out.append(c)
            continue
        if c.label == "ORG" and c.end <= end and c.priority < _P_GAZ and \
                all(kn.is_common(t.text) for t in doc[c.start:c.end] if t.is_alpha) and \
                not re.search(rf"(?<!\w){re.escape(text)}(?!\w)", body):
            continue  # "Oil Slips" (but "Velmora Holdings Posts Record Profit" names one)
        if c.label == "ORG" and c.end <= end and c.priority < _P_GAZ and \
                c.end < end and _cut_off(doc, c, [o for o in chosen if o.start >= end]):
            continue  # "Tres" of the headline's "in Tres Cruces Mine", "Tres Cruces" below
        out.append(c)
    return out


def _cut_off(doc: Doc, c: _Cand, below: list[_Cand]) -> bool:
    """Whether a headline's name is the first part of a longer name of the body, cut off
    before the word that goes on with it there ("Tres" of "in Tres Cruces Mine" and "the
    Tres Cruces mine"; not "Quentaris" of "Quentaris Agrees" and "Quentaris Inc.")."""
    n = c.end - c.start
    words = [t.text for t in doc[c.start:c.end]]
    return any(o.end - o.start > n and [t.text for t in doc[o.start:o.start + n]] == words
               and doc[o.start + n].text == doc[c.end].text for o in below)


def _headline_words(kn: Knowledge, doc: Doc, c: _Cand) -> bool:
    """Whether a name may be made of a headline's capitalised words: no acronym is
    ("FDA" is a name wherever it stands, and may be the only form of a long name)."""
    words = [t for t in doc[c.start:c.end] if t.is_alpha]
    return bool(words) and not any(t.text.isupper() and len(t.text) > 1 for t in words)


def _sentence_case(kn: Knowledge, doc: Doc, end: int) -> bool:
    """Whether the headline ending at ``end`` writes a word other than a short function
    word in lower case ("Harlow Systems to buy Lantern Data for $1.2bn"): Title Case
    leaves only those in lower case, so the headline is in sentence case, and its
    capitals are those of names."""
    texts, alpha = token_texts(doc), token_flags(doc, "alpha")
    return any(alpha[k] and not texts[k][:1].isupper() and texts[k].lower() not in kn.stop_words
               for k in range(end))


def _headline_end(doc: Doc) -> int:
    """The end of the first line when it is an English title-case headline (four words
    or more, most of them capitalised, no full stop), else 0."""
    texts, alpha = token_texts(doc), token_flags(doc, "alpha")  # (no Token per word)
    end = next((i for i, text in enumerate(texts) if "\n" in text), 0)
    words = [texts[k] for k in range(end) if alpha[k]]
    if len(words) < 4 or "." in texts[:end]:
        return 0
    long_words = [w for w in words if len(w) > 3]
    capitalised = sum(1 for w in long_words if w[:1].isupper())
    return end if long_words and capitalised == len(long_words) else 0
