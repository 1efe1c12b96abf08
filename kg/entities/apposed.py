"""Names typed by the noun written right before them.

People named after a role noun: a name the model read as a person's, written right
after a lower-case noun of a role or trade only a person has ("the Ruritanian leader
Tomas Quill", "Dunmore scrum-half Kit Fallow"), stays a person's in every mention: no
company reading (:func:`kg.entities.retype._company_names`) takes it (:func:`role_named`),
though its last word is a common noun too ("Quill", "Fallow": a surname and a noun
alike); and a name that the model alone read as an organisation's becomes a person's
("her assistant Tin Oo Htein"). The apposed noun is the typing constraint: no firm is
called a leader or a scrum-half (the trades a firm plies too, "the broker X", are left
out of ``PERSON_APPOSED``).

Firms named after a person: a name that only a given name (or an initial) made a person's, written
right after a noun of a kind of firm ("the modelling agency Carla Benton", "las agencias
Carla Benítez", "la agencia de modelos Carla Benítez"), or owning what only a company
has ("the shareholders of Harold Gaines", "Harold Gaines's subsidiary", "la cotización
de Carla Benítez") or is a company's part ("Harold Gaines, a subsidiary of ...",
"Carla Benítez, filial de ..."), or written after a firm's noun and "of" ("the law firm
of Carla Benton"), or joined as an employer ("Before joining Carla Benton, Mr. Teague
...", "joined Carla Benton in 2012 as an analyst"), is the firm's
(:func:`firm_named_people`): a person is no agency, has no shareholders and is joined
in an act, not in a year as an analyst."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.entities.context import _P_CONTEXT, _Cand
from kg.entities.words import (
    EMPLOYER_JOIN_VERBS,
    FIRM_KIND_NOUNS,
    FIRM_OF_NOUNS,
    LISTED_COMPANY_NOUNS,
    LISTED_COMPANY_NOUNS_OF,
    PERSON_APPOSED,
    PERSON_ONLY_APPOSED,
)

RULE = "person:role_apposed"
FIRM_RULE = "company:firm_kind_before"
OWNER_RULE = "company:listed_owner"
FIRM_OF_RULE = "company:firm_of"
EMPLOYER_RULE = "company:joined_employer"
# The rules a person's name rests on when nothing but its given name, or an initial
# written for one ("K Tarvel", "J. Harland"), typed it.
_GIVEN_NAME_ONLY = frozenset({"cue:given_name", "cue:initial", "ner:PER", "ner:PERSON"})


def role_named(doc: Doc, chosen: list[_Cand]) -> frozenset[str]:
    """The names of people one of whose mentions follows a person's role noun
    ("the Ruritanian leader Tomas Quill", "Dunmore scrum-half Kit Fallow"): no company
    reading may take them (:func:`kg.entities.retype._company_names`), in any mention."""
    return frozenset(doc[c.start:c.end].text for c in chosen
                     if c.label == "PER" and role_before(doc, c.start, PERSON_APPOSED))


def role_apposed_people(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """``chosen`` with every organisation of the model's label alone made a person's
    when one of its mentions follows a noun of a role only a person has (``RULE``); its
    other mentions so typed follow it."""
    restored = {doc[c.start:c.end].text for c in chosen
                if _model_org(c) and role_before(doc, c.start, PERSON_ONLY_APPOSED)}
    if not restored:
        return chosen
    return [_Cand(c.start, c.end, "PER", c.priority, (*c.rules, RULE))
            if _model_org(c) and doc[c.start:c.end].text in restored else c
            for c in chosen]


def _model_org(c: _Cand) -> bool:
    """Whether ``c`` is an organisation on the model's label alone."""
    return c.label == "ORG" and bool(c.rules) and all(r.startswith("ner:") for r in c.rules)


def role_before(doc: Doc, start: int, roles: frozenset[str]) -> bool:
    """Whether a lower-case noun of a person's role stands right before ``start``,
    written whole ("leader") or as two words the tokenizer split at a hyphen
    ("scrum-half")."""
    k = start - 1
    if k < 0 or not doc[k].is_lower:
        return False
    if doc[k].lower_ in roles:
        return True
    return k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and \
        not doc[k - 2].whitespace_ and \
        f"{doc[k - 2].lower_}-{doc[k].lower_}" in roles


def firm_named_people(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """``chosen`` with every person that only a given name typed made a company's
    when one of its mentions follows a noun of a kind of firm (``FIRM_RULE``) or owns
    what only a company has (``OWNER_RULE``), and so every other mention of the same
    name that rests on as little."""
    named: dict[str, str] = {}
    for c in chosen:
        if not _given_name_only(c):
            continue
        if _firm_kind_before(doc, c.start) and not _relative_subject(doc, c):
            named.setdefault(doc[c.start:c.end].text, FIRM_RULE)
        elif _company_owns(doc, c):
            named.setdefault(doc[c.start:c.end].text, OWNER_RULE)
        elif _firm_of(doc, c.start):
            named.setdefault(doc[c.start:c.end].text, FIRM_OF_RULE)
        elif _joined_employer(doc, c):
            named.setdefault(doc[c.start:c.end].text, EMPLOYER_RULE)
    if not named:
        return chosen
    return [c.retyped("ORG", max(c.priority, _P_CONTEXT), named[doc[c.start:c.end].text])
            if _given_name_only(c) and doc[c.start:c.end].text in named else c
            for c in chosen]


def _given_name_only(c: _Cand) -> bool:
    return c.label == "PER" and bool(c.rules) and set(c.rules) <= _GIVEN_NAME_ONLY


def _firm_kind_before(doc: Doc, start: int) -> bool:
    """Whether a lower-case noun of a kind of firm stands right before ``start``
    ("the agency X"), or before "de" and the lower-case noun of its trade ("la agencia
    de modelos X")."""
    k = start - 1
    if k >= 0 and doc[k].is_lower and doc[k].lower_ in FIRM_KIND_NOUNS:
        return True
    return k >= 2 and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ != "VERB" and \
        doc[k - 1].lower_ == "de" and doc[k - 2].lower_ in FIRM_KIND_NOUNS


def _firm_of(doc: Doc, start: int) -> bool:
    """Whether a firm's noun and "of" stand right before ``start`` ("the law firm of
    Carla Benton"): a partnership named after its partners."""
    k = start - 1
    return k >= 1 and doc[k].lower_ == "of" and doc[k - 1].is_lower and \
        doc[k - 1].lower_ in FIRM_OF_NOUNS


def _joined_employer(doc: Doc, c: _Cand) -> bool:
    """Whether the name is the object of a verb of joining an employer with an
    employment's particulars after it: "as" and the role, "from" and the former
    employer, "in" and a year ("Ms. Avery joined Hadley Voss in 2012 as an analyst"),
    or, after a gerund of time, the comma before the main clause ("Before joining
    Hadley Voss, Mr. Teague worked ..."). A person is joined "in" an act, "on" a
    stage or "at" a place, and with no such particulars."""
    head = doc[c.end - 1]
    verb = head.head
    if head.dep_ != "dobj" or verb.i >= c.start or not verb.is_lower or \
            verb.lemma_.lower() not in EMPLOYER_JOIN_VERBS:
        return False
    e = c.end
    if e >= len(doc):
        return False
    after = doc[e].lower_
    if after in ("as", "from"):
        return True
    if after == "in":
        return e + 1 < len(doc) and doc[e + 1].like_num
    return after == "," and verb.tag_ == "VBG" and verb.head.lower_ in _TIME_PREPOSITIONS


# The prepositions of time before a gerund ("before joining", "prior to joining").
_TIME_PREPOSITIONS = frozenset({"before", "after", "since", "upon", "to", "on"})


def _relative_subject(doc: Doc, c: _Cand) -> bool:
    """Whether the name may be the subject of a relative clause without its pronoun
    that qualifies the firm's noun, as English writes one ("the company Harold Gaines
    founded in 1990 was sold"): the person who founded it, not its name. The parser
    seldom sees such a clause; its verb with no object after it does ("founded in",
    "runs.", "started has"), where a firm's own verb takes one ("won the contract")."""
    k = c.end
    if k >= len(doc) or doc[k].pos_ != "VERB":
        return False
    return k + 1 >= len(doc) or doc[k + 1].pos_ in _NO_OBJECT


# What follows a verb whose object went before it, to the relative clause's noun.
_NO_OBJECT = frozenset({"ADP", "PUNCT", "AUX", "VERB", "SCONJ", "PART", "CCONJ", "ADV"})


def _company_owns(doc: Doc, c: _Cand) -> bool:
    """Whether the name owns what only a company has: after the noun and "of"/"de"
    ("the shareholders of X", "shares of X", "la cotización de X"), or before an
    English possessive and the noun ("X's shareholders")."""
    k = c.start
    if k >= 2 and doc[k - 1].lower_ in ("of", "de", "del") and \
            doc[k - 2].lower_ in LISTED_COMPANY_NOUNS_OF:
        return True
    e = c.end
    if e + 1 < len(doc) and doc[e].text in ("'s", "’s") and \
            doc[e + 1].lower_ in LISTED_COMPANY_NOUNS:
        return True
    return _owned_apposition(doc, e)


def _owned_apposition(doc: Doc, e: int) -> bool:
    """Whether an apposition after the name makes it a company's part ("X, a subsidiary
    of ...", "X, filial de ..."): only a company is one. (Not "owned by", "propiedad
    de": a mine, a hotel or a ship is owned so too.)"""
    words = [t.lower_ for t in doc[e:e + 4]]
    if len(words) < 3 or words[0] != ",":
        return False
    if words[1] in _APPOSITION_ARTICLES:
        words = words[1:]
    return len(words) >= 3 and words[1] in LISTED_COMPANY_NOUNS and words[2] in _OF


_APPOSITION_ARTICLES = frozenset({"a", "an", "the", "una", "la", "un", "el"})
_OF = frozenset({"of", "de", "del"})
