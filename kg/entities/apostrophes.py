"""English names of bodies whose members are named in a plural possessive: "the Alberta
Teachers' Retirement Fund", "the Millbrook Supporters' Trust", "the Professional
Footballers' Association". The tokenizer splits the apostrophe off the plural, and the
model then reads two names ("Alberta Teachers" and "Retirement Fund"), or none; the
apostrophe written on a capitalised plural, with a body's noun closing the capitalised
words after it, makes one organisation of the whole (rule
``cue:plural_possessive_name``)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.doc import token_texts
from kg.entities.context import _P_HEAD, Knowledge, _Cand
from kg.entities.runs import _run_end
from kg.entities.words import BODY_TAILS, MEMBER_BODIES, ORG_HEADS, ORG_TAILS

_APOSTROPHES = frozenset({"'", "’"})
_BODIES = ORG_TAILS | BODY_TAILS | ORG_HEADS | MEMBER_BODIES


def plural_possessive_names(
        kn: Knowledge, doc: Doc, chosen: list[_Cand], caps: list[bool]) -> list[_Cand]:
    """The chosen names, with each body named after its members in a plural possessive
    made one organisation that replaces the names inside it; in news in another
language too, where the plural is no word of that language.

    Not where the name modifies a noun after it ("Rovers' Premier League rivals"):
    the possessive is then the club's, not part of a body's name."""
    n = len(doc)
    texts = token_texts(doc)  # the words without a Token each
    found: list[_Cand] = []
    for k in range(1, n - 1):
        if texts[k] not in _APOSTROPHES:
            continue
        plural = doc[k - 1]
        if plural.whitespace_ or not caps[k - 1] or \
                not plural.text.endswith("s") or not plural.text[1:].islower() or \
                not caps[k + 1] or (kn.lang != "en" and kn.is_common(plural.text)):
            continue  # (another language's news quotes English names: "la gestora
            # Laurier Teachers' Fund"; its own plurals take no apostrophe)
        e = _run_end(doc, k + 1, caps)
        if doc[e - 1].text not in _BODIES or (
                e < n and doc[e].is_alpha and doc[e].is_lower and doc[e].pos_ == "NOUN"):
            continue
        s = k - 1
        while s > 0 and caps[s - 1] and not doc[s].is_sent_start and \
                doc[s - 1].pos_ != "DET" and doc[s - 1].text not in _APOSTROPHES:
            s -= 1
        inside = [c for c in chosen if c.start < e and c.end > s]
        if any(c.start < s or c.end > e for c in inside):
            continue  # a longer name holds it
        rules = tuple(r for c in inside for r in c.rules)
        found.append(_Cand(s, e, "ORG", max([_P_HEAD, *(c.priority for c in inside)]),
                           (*rules, "cue:plural_possessive_name")))
    if not found:
        return chosen
    covered = {i for c in found for i in range(c.start, c.end)}
    kept = [c for c in chosen if not any(i in covered for i in range(c.start, c.end))]
    return sorted([*kept, *found], key=lambda c: c.start)
