"""Defined terms of legal and regulatory prose: a company's name followed by the short
name the document will use for it, in quotes inside brackets ("Harwell Foods Ltd (the
"Offeror")", "Lácteos Ucieza, S.A. (en adelante, la "Sociedad")", "Harwell Foods
("Harwell" or the "Offeror")"). Every later use of the term, capitalised, names that
company: "The Offeror acquired 20 per cent of the Company", "la Sociedad ha vendido".
The term and the name are one entity, published under the name (the pair joins them,
as an acronym's definition does).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.entities.context import _P_ACRONYM, _Cand
from kg.entities.runs import _ent_start
from kg.entities.words import DEAL_NOUNS, DEFINED_DOCUMENT_NOUNS, LEGAL_FORMS, ORG_TAILS

if TYPE_CHECKING:
    from kg.entities.cues import Ctx, Found

_OPEN_QUOTES = frozenset({'"', "“", "«", "‘", "'"})
_CLOSE_QUOTES = frozenset({'"', "”", "»", "’", "'"})
# The words that may open a term inside its quotes and are not part of it.
_ARTICLES = frozenset({"the", "el", "la", "los", "las"})
_OPENING_WORDS = frozenset({"The", "El", "La", "Los", "Las", '"', "“", "«", "‘", "'"})
_LONGEST_BRACKET = 16  # tokens between the brackets
_LONGEST_TERM = 4  # words of a term


def _terms(texts: list[str], i: int, end: int) -> list[tuple[str, ...]]:
    """The capitalised terms quoted between the brackets at ``i`` and ``end``, without
    a leading article ("the Company", la "Sociedad")."""
    terms: list[tuple[str, ...]] = []
    j = i + 1
    while j < end:
        if texts[j] not in _OPEN_QUOTES:
            j += 1
            continue
        k = next((k for k in range(j + 1, end) if texts[k] in _CLOSE_QUOTES), end)
        words = texts[j + 1:k]
        if words and words[0].lower() in _ARTICLES:
            words = words[1:]
        if 0 < len(words) <= _LONGEST_TERM and words[0][:1].isupper() and all(
            w[:1].isupper() or w.isalpha() and w.islower() for w in words
        ) and words[-1][:1].isupper():
            terms.append(tuple(words))
        j = k + 1
    return terms


def _names_one_company(x: Ctx, term: tuple[str, ...]) -> bool:
    last = term[-1].lower()
    return " ".join(term) not in x.kn.places and last not in DEAL_NOUNS and not (
        last.endswith("s") and not last.endswith("ss") and len(last) > 3
    ) and last not in DEFINED_DOCUMENT_NOUNS


def _uses(x: Ctx, term: tuple[str, ...], start: int) -> list[int]:
    """Where ``term`` is written from ``start`` on, as a name of its own: not inside a
    longer name ("Harwell Shares", "the Harwell Directors" are not Harwell)."""
    texts, caps, size = x.texts, x.caps, len(term)
    return [
        j for j in range(start, x.n - size + 1)
        if tuple(texts[j:j + size]) == term
        and not (j + size < x.n and caps[j + size])
        and not (j > 0 and caps[j - 1] and texts[j - 1] not in _OPENING_WORDS)
    ]


def _name_start(x: Ctx, last: int) -> int:
    start = _ent_start(x.model, last)
    return min(last if start is None else start, x.name_start(last), x.run_start(last))


def defined_term(x: Ctx, i: int) -> Found:
    """A defined term after a company's name: the name, the term in its brackets and
    every later use of the term are the company's. The name is an organisation the
    model found or one with a company's word or legal form; a term that names a deal
    or a document ("the "Transaction"", el "Contrato"), or several things ("the
    "Sellers""), is none of its."""
    texts = x.texts
    legal = i > 0 and texts[i - 1] in LEGAL_FORMS
    if texts[i] != "(" or i < 2 or not (x.caps[i - 1] or legal):
        return None
    end = next((k for k in range(i + 1, min(x.n, i + _LONGEST_BRACKET)) if texts[k] == ")"), -1)
    if end < 0:
        return None
    terms = [t for t in _terms(texts, i, end) if _names_one_company(x, t)]
    if not terms:
        return None
    s = _name_start(x, i - 1)
    if legal and s == i - 1:  # "Harinas Tormes, S.A. (la "Sociedad")", "Tolland plc (the ...)"
        last = i - 3 if texts[i - 2] == "," else i - 2
        if last < 0 or not x.caps[last]:
            return None
        s = _name_start(x, last)
    name = x.doc[s:i].text
    labels = {c.label for c in x.model if c.start < i and s < c.end}
    if texts[s] in x.kn.given_names or name in x.kn.places or not (
        labels or legal or texts[i - 1] in ORG_TAILS
    ):
        return None  # "Marta Ortega (the "Chairman")", a place, a date
    found = [_Cand(s, i, "ORG", _P_ACRONYM)]
    for term in terms:
        x.pairs.append((name, " ".join(term)))
        found += [_Cand(j, j + len(term), "ORG", _P_ACRONYM) for j in _uses(x, term, i + 1)]
    return found
