"""Names an article gives a company by a naming phrase after its full name: "Kellaway
Holdings, known as Kellaway Agri, ...", "Servicios Portuarios del Estrecho, conocida
como Portuaria Sur, ...", "Brandle Foods Ltd, trading as Greenbite, ...", "Corvane
Energy (formerly Halder Oil)", "Tejidos Yeste, S.L. (en adelante, la Empresa)"
(rule ``cue:naming_phrase``; the phrases are ``naming_phrases`` in
``lexicon/entities.toml``).

The name after the phrase is another name of the same company, whatever the article
later calls it by: the pair joins the two in ``kg.entities.resolve``, as an acronym's
definition does, and each later use of the name alone is an organisation's mention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.entities.context import _P_ACRONYM, _Cand
from kg.entities.defined import _name_start, _names_one_company, _uses
from kg.entities.words import LEGAL_FORMS, NAMING_PHRASES, ORG_HEADS, ORG_TAILS

if TYPE_CHECKING:
    from kg.entities.cues import Ctx, Found

# The first word of each naming phrase: no other token opens the cue.
NAMING_OPENERS = frozenset(p[0] for p in NAMING_PHRASES)
_OPEN_QUOTES = frozenset({'"', "“", "«", "‘", "'"})
_ARTICLES = frozenset({"the", "el", "la", "los", "las"})
# What may close the given name: the end of the apposition, its bracket or sentence.
_CLOSERS = frozenset({",", ")", ".", ";", ":", '"', "”", "»", "’", "'"})
_LONGEST_NAME = 5  # words of the given name


def _phrase_end(x: Ctx, i: int) -> int:
    """Where the naming phrase that opens at ``i`` ends (its last word + 1), or -1;
    the longest phrase first ("formerly known as" before "formerly")."""
    lowers = x.lowers
    for phrase in NAMING_PHRASES:
        e = i + len(phrase)
        if tuple(lowers[i:e]) == phrase:
            return e
    return -1


def _given_name(x: Ctx, k: int) -> tuple[int, int] | None:
    """The capitalised name that follows a naming phrase at ``k`` (after a comma, an
    article or an opening quote), as (start, end), when a comma, a bracket, a quote or
    the sentence's end closes it; else None."""
    texts, caps = x.texts, x.caps
    while k < x.n and (texts[k] == "," or texts[k] in _OPEN_QUOTES or
                       x.lowers[k] in _ARTICLES):
        k += 1
    if k >= x.n or not caps[k]:
        return None
    e = x.run_end(k)
    if e - k > _LONGEST_NAME or (e < x.n and texts[e] not in _CLOSERS):
        return None
    return k, e


def _joined_name_start(x: Ctx, s: int) -> int:
    """The start of the name that runs back from ``s`` across the lower-case words
    that join a long name's parts ("Servicios Portuarios del Estrecho"), two at most."""
    for _ in range(2):
        if s < 2 or x.lowers[s - 1] not in _JOINERS or not x.texts[s - 1].islower() or \
                not x.caps[s - 2]:
            break
        s = min(x.run_start(s - 2), _name_start(x, s - 2))
    return s


_JOINERS = frozenset({"de", "del", "y", "of", "and", "&"})


def _one_company(x: Ctx, term: tuple[str, ...]) -> bool:
    """Whether a given name names one company: a defined term's test
    (``kg.entities.defined``: no place, deal or document, no plural), where a name of
    two words or more may end in a plural tail ("Herrera Foods")."""
    if len(term) > 1 and term[-1] in ORG_TAILS:
        return " ".join(term) not in x.kn.places
    return _names_one_company(x, term)


def _company(x: Ctx, s: int, e: int, legal: bool, given: tuple[int, int]) -> bool:
    """Whether the full name at ``s``..``e`` or the name given it is a company's: a
    legal form, the model's organisation over either, a company's head or tail word
    closing or opening either, or (Spanish) a plural common noun opening the full name,
    its trade ("Servicios Portuarios del Estrecho")."""
    texts = x.texts
    if legal or any(c.label == "ORG" and c.start < e and s < c.end or
                    c.label == "ORG" and c.start < given[1] and given[0] < c.end
                    for c in x.model):
        return True
    if any(texts[a] in ORG_HEADS or texts[b - 1] in ORG_TAILS for a, b in ((s, e), given)):
        return True
    first = texts[s]
    return x.kn.lang == "es" and first.endswith("s") and x.kn.is_common(first)


def naming_phrase(x: Ctx, i: int) -> Found:
    """A company's full name, a comma or a bracket, a naming phrase and another name
    of the company ("X Holdings, known as X Agri,"): both names are the company's, and
    so is each later use of the second alone. The full name is an organisation the
    model found, or one with a company's head, tail word or legal form; not a person's
    name ("Robert Hale, known as Bob"), a place, nor a thing's ("the antibody, known
    as ..."); the given name is none of a deal or a document ("hereinafter the
    Agreement")."""
    texts = x.texts
    if i < 2 or texts[i - 1] not in (",", "("):
        return None
    end = _phrase_end(x, i)
    given = _given_name(x, end) if end > 0 else None
    if given is None:
        return None
    last = i - 2
    legal = texts[last] in LEGAL_FORMS
    if legal and last > 0:  # "Brandle Foods Ltd, trading as", "Yeste, S.L. (en adelante ..."
        last -= 1
        if texts[last] == ",":
            last -= 1
    if last < 0 or not x.caps[last]:
        return None
    s = _joined_name_start(x, _name_start(x, last))
    if s > 0 and texts[s - 1] in ORG_HEADS:
        s -= 1  # "Grupo" opening the sentence, which the run leaves out
    name = x.doc[s:i - 1].text
    term = tuple(texts[given[0]:given[1]])
    if not _company(x, s, i - 1, legal, given) or texts[s] in x.kn.given_names or \
            name in x.kn.places or not _one_company(x, term) or \
            " ".join(term) == name:
        return None
    x.pairs.append((name, " ".join(term)))
    found = [_Cand(s, i - 1, "ORG", _P_ACRONYM), _Cand(*given, "ORG", _P_ACRONYM)]
    found += [_Cand(j, j + len(term), "ORG", _P_ACRONYM) for j in _uses(x, term, given[1])]
    return found
