"""What a sentence says a name stands for, when only a company can stand so: typing
constraints on the model's "people" that no given name opens (``kg.entities.retype``
reads them in ``_company_names``).

- ``company_apposition``: the name's apposition is headed by a company noun, whatever
  capitalised or numeric modifiers stand before it ("X, the FTSE 250 engineering
  group that ...", "X, the Nasdaq-listed lender,", "X, a Boise, Idaho, start-up");
- ``its_owner``: the name is the subject of a clause whose object "its" refers back
  to it ("X will close its plant", "X bought a stake in its supplier"): a
  person's is "his" or "her";
- ``listing_venue``: the name is where shares are listed or traded ("listed on X",
  "cotiza en X"): an exchange.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.entities.context import Knowledge, _Cand
from kg.entities.institutions import is_city
from kg.entities.words import DESCRIPTORS

# Descriptors that a person may be called too ("X, the owner of the club", "X, a
# rival of ..."): they say nothing of a name the model reads as a person's.
_PERSON_TOO = frozenset({
    "owner", "peer", "rival", "giant", "parent", "team", "equipo", "club", "competidora",
    "gigante", "partido", "vendor", "broker", "bróker", "developer", "producer",
    "publisher", "builder", "miner", "operator", "operador", "holding",
})
_COMPANY_NOUNS = DESCRIPTORS - _PERSON_TOO

_ARTICLES = frozenset({"a", "an", "the", "un", "una", "la", "el"})
# Where an apposition's noun phrase ends: a relative pronoun, a participle of seat or
# ownership, a preposition, a comma or a full stop after its head noun.
_CLOSERS = frozenset({
    ",", ".", ";", ")", "that", "which", "whose", "with", "in", "of", "based", "que",
    "con", "de", "del", "en", "owned", "backed", "founded", "controlled",
})


def company_apposition(kn: Knowledge, doc: Doc, c: _Cand) -> bool:
    """Whether the name ``c`` is followed by an apposition whose head is a noun of a
    company ("X, the FTSE 250 engineering group that makes ...", "X, the Nasdaq-listed
    payments firm,", "X, a Boise, Idaho, start-up"), whatever capitalised,
    numeric or hyphenated words modify it. Not a noun a person may be called ("the
    owner"), nor one that opens the next name ("the seed company Mavuno Seeds") or
    owns something ("the company's lawyer")."""
    n = len(doc)
    k = c.end
    if not (k + 2 < n and doc[k].text == "," and doc[k + 1].lower_ in _ARTICLES):
        return False
    k += 2
    for _ in range(10):
        if k >= n:
            return False
        tok = doc[k]
        if tok.lower_ == "start" and k + 2 < n and doc[k + 1].text in ("-", "‐") and \
                doc[k + 2].lower_ == "up":
            k += 2  # "start-up", which the tokenizer splits at its hyphen
            tok = doc[k]
            after = doc[k + 1] if k + 1 < n else None
            return after is None or after.lower_ in _CLOSERS
        if tok.lower_ in _COMPANY_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
            after = doc[k + 1] if k + 1 < n else None
            return after is None or after.lower_ in _CLOSERS
        if tok.text == "," and _place_comma(kn, doc, k):
            k += 1  # "a Boise, Idaho, start-up": the state between two commas
        elif tok.is_punct and tok.text not in ("-", "‐") or \
                tok.pos_ in ("ADP", "SCONJ", "CCONJ", "PRON") and tok.text not in ("-", "‐") or \
                tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm", []) or \
                kn.lang == "es" and tok.pos_ == "NOUN":
            # a clause, a preposition's phrase ("the owner of a bank"), or in Spanish
            # the head noun, which comes first ("el sistema de pagos del Banco X")
            return False
        k += 1
    return False


def _place_comma(kn: Knowledge, doc: Doc, k: int) -> bool:
    """Whether the comma at ``k`` opens or closes a state or country named after a
    city, as American English writes a place inside a noun phrase ("a Reno, Nevada,
    company")."""
    nxt = k + 1
    if nxt < len(doc) and doc[nxt].text[:1].isupper():
        end = nxt
        while end < len(doc) and doc[end].text[:1].isupper() and end - nxt < 3:
            end += 1
        if doc[nxt:end].text in kn.places and end < len(doc) and doc[end].text == ",":
            return True
    return k > 0 and doc[k - 1].text in kn.places and k > 1 and \
        any(t.text == "," for t in doc[max(0, k - 4):k - 1])


def its_owner(doc: Doc, c: _Cand) -> bool:
    """Whether the name ``c`` is the subject of a clause whose object holds "its"
    ("X will close its plant", "X bought a stake in its supplier"), with no other
    verb between the two that could own it ("Ana Ruiz said the firm would expand its
    plant" is the firm's)."""
    root = doc[c.start:c.end].root
    if c.end - c.start < 2 or root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return False  # one word may be a surname "its" does not refer to
    verb = root.head
    for tok in verb.subtree:
        if tok.lower_ != "its" or tok.dep_ != "poss" or tok.i < c.end:
            continue
        if _path_without_verb(tok, verb):
            return True
    return False


def _path_without_verb(tok: Token, verb: Token) -> bool:
    """Whether the way up from ``tok`` to ``verb`` passes no other verb, nor a noun
    in between that could own the possessive (a subject of its own)."""
    head = tok.head
    while head.i != verb.i:
        if head.pos_ in ("VERB", "AUX") or head.dep_ in ("nsubj", "nsubjpass", "conj"):
            return False
        if head.head.i == head.i:
            return False
        head = head.head
    return True


# Words after which "on" / "en" names where a company's shares trade.
_LISTING_WORDS = frozenset({
    "listed", "traded", "listing", "debuted", "cotiza", "cotizan", "cotizada",
    "cotizadas", "cotizado", "cotizados", "debutó",
})


def listing_venue(doc: Doc, c: _Cand) -> bool:
    """Whether the name ``c`` is where shares are listed or traded: "listed on X",
    "cotiza en X": a stock exchange, not a city ("listed in London" is written so).
    "trading on X" is not read: it may be a street or a day."""
    k = c.start
    if k > 0 and doc[k - 1].lower_ in ("the", "la", "el"):
        k -= 1
    return k > 1 and doc[k - 1].lower_ in ("on", "en") and \
        doc[k - 2].lower_ in _LISTING_WORDS and not is_city(doc[c.start:c.end].text)
