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

from kg.entities.context import _P_CONTEXT, Knowledge, _Cand
from kg.entities.words import ORG_TAILS

RULE = "cue:name_without_tail"


def names_without_tail(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """``chosen`` with the later uses of a company's name without its tail word added
    as organisations (``cue:name_without_tail``). Not a run that is a known place
    ("New Zealand" of "New Zealand Petroleum"), nor one inside a longer capitalised run
    ("Orrin Leisure Fund" is another name), nor one another candidate already covers in
    part or in full; a shorter candidate inside the run gives way ("Orrin" read as a
    place)."""
    texts = [t.text for t in doc]
    shorts: dict[tuple[str, ...], int] = {}  # leading words → end of the full name
    for c in chosen:
        words = tuple(texts[c.start:c.end - 1])
        if c.label == "ORG" and len(words) >= 2 and texts[c.end - 1] in ORG_TAILS and \
                all(w[:1].isupper() and w.isalpha() for w in words) and \
                " ".join(words) not in kn.places:
            shorts.setdefault(words, c.end)
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
                                                           and c.end - c.start < k)
                   for c in chosen):
                continue
            added.append(_Cand(i, i + k, "ORG", _P_CONTEXT, (RULE,)))
    if not added:
        return chosen
    kept = [c for c in chosen if not any(a.start <= c.start and c.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda c: c.start)


def _capitalised(kn: Knowledge, doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` is a capitalised word that would carry a name on (not
    a function word opening its sentence: "The Orrin Leisure bid")."""
    if i < 0 or i >= len(doc):
        return False
    tok = doc[i]
    return tok.is_alpha and tok.text[:1].isupper() and not (
        tok.is_sent_start and tok.lower_ in kn.stop_words)
