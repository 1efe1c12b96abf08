"""A company named once in full and then without its closing tail word: "Orrin Leisure
Partners made an offer ... Orrin Leisure is bidding alongside ..." (rule
``cue:name_without_tail``).

The full name is found by its tail (``kg.entities.cues.org_tail``), which the short
form lacks; the small models may read the short form as nothing, or take one of its
words for a place ("Orrin" alone). Two or more capitalised words that open a company
name found earlier and stand alone (no capitalised word before or after them) are
that company, as "Kintaro Travel" is of "Kintaro Travel Holdings"; identity is then
``kg.entities.resolve``'s.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.doc import token_texts
from kg.entities.context import _P_CONTEXT, _P_MODEL, Knowledge, _Cand
from kg.entities.words import LEGAL_FORMS, LOCATIVES, ORG_TAILS

RULE = "cue:name_without_tail"


def names_without_tail(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """``chosen`` with the later uses of a company's name without its tail word added
    as organisations (``cue:name_without_tail``). Not a run that is a known place
    ("New Zealand" of "New Zealand Petroleum"), nor one inside a longer capitalised run
    ("Orrin Leisure Fund" is another name), nor one another candidate already covers in
    part or in full; a shorter candidate inside the run gives way ("Orrin" read as a
    place)."""
    texts = token_texts(doc)
    shorts: dict[tuple[str, ...], int] = {}  # leading words → end of the full name
    owners: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for c in chosen:
        if c.label != "ORG":
            continue
        for words in _short_keys(texts[c.start:c.end]):
            if " ".join(words) not in kn.places:
                shorts.setdefault(words, c.end)
                owners.setdefault(words, set()).add(tuple(texts[c.start:c.end]))
    # A short form two of the article's organisations share names neither.
    shorts = {w: e for w, e in shorts.items() if len(owners[w]) == 1}
    if not shorts:
        return chosen
    added: list[_Cand] = []
    for words, after in shorts.items():
        k = len(words)
        for i in range(after, len(doc) - k + 1):
            if tuple(texts[i:i + k]) != words or _capitalised(kn, doc, i - 1) or \
                    _capitalised(kn, doc, i + k):
                continue
            if any(c.start < i + k and i < c.end and not (i <= c.start and c.end <= i + k
                                                           and (c.end - c.start < k
                                                                or _misread(doc, c)))
                   for c in chosen):
                continue
            added.append(_Cand(i, i + k, "ORG", _P_CONTEXT, (RULE,)))
    if not added:
        return chosen
    kept = [c for c in chosen if not any(a.start <= c.start and c.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda c: c.start)


def _misread(doc: Doc, c: _Cand) -> bool:
    """Whether the model's candidate over the whole short form took it for a place or a
    thing ("Merrow Vale" a place): so it is, after "in"/"en" ("prices in Merrow
    Vale")."""
    return c.priority == _P_MODEL and c.label in ("LOC", "MISC") and not (
        c.start > 0 and doc[c.start - 1].lower_ in LOCATIVES)


def _short_keys(full: list[str]) -> list[tuple[str, ...]]:
    """The leading words of a company's full name that may name it alone: less its
    legal form ("Corp.", "S.A."), and then less each of its closing tail words
    ("Partners", "Holdings") in turn; where a legal form closed the name and no tail
    word did, less the one word before the form too, the trade the press drops
    ("Merrow Vale" of "Merrow Vale Agri Corp."). Two words at least, each a
    capitalised word."""
    words = list(full)
    while words and (words[-1] in LEGAL_FORMS or words[-1] in (",", ".")):
        words.pop()
    legal = len(words) < len(full)
    keys: list[tuple[str, ...]] = []
    if legal and len(words) >= 2:
        keys.append(tuple(words))
    tailed = False
    while len(words) >= 3 and words[-1] in ORG_TAILS:
        words.pop()
        tailed = True
        keys.append(tuple(words))
    if legal and not tailed and len(words) >= 3:
        keys.append(tuple(words[:-1]))
    return [k for k in keys if all(w[:1].isupper() and w.isalpha() for w in k)]


def _capitalised(kn: Knowledge, doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` is a capitalised word that would carry a name on (not
    a function word opening its sentence: "The Orrin Leisure bid")."""
    if i < 0 or i >= len(doc):
        return False
    tok = doc[i]
    return tok.is_alpha and tok.text[:1].isupper() and not (
        tok.is_sent_start and tok.lower_ in kn.stop_words)
