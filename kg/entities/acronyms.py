"""Acronyms that the article defines by a common noun phrase: "a private investment in
public equity, or PIPE", "una oferta pública de venta (OPV)", "special purpose
vehicles (SPVs)". Written in lower case, the long form is no name, so the acronym is
a common noun of finance or trade wherever the article uses it, not an organisation
(rule of ``common_acronyms``); an acronym defined by a capitalised name ("Sociedad
Estatal de Participaciones Industriales (SEPI)") stays an organisation's short form."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.doc import token_texts
from kg.entities.context import Knowledge, _Cand

# What joins a long form to its acronym: "(", ", or", ", o", "or".
_OPENERS = frozenset({"(", "or", "o", "u"})


def defined_common_acronyms(kn: Knowledge, doc: Doc) -> frozenset[str]:
    """The acronyms the article defines by a lower-case phrase whose words' initials
    spell them ("private investment in public equity, or PIPE"; the initials of the
    words other than function words count too: "in", "de" may be left out)."""
    out: set[str] = set()
    texts = token_texts(doc)  # the words without a Token each
    n = len(doc)
    for k in range(1, n):
        j = k - 1
        if texts[j] not in _OPENERS:
            continue  # (the cheaper test first: most words follow none)
        word = texts[k]
        acronym = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
        if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            continue
        if texts[j] != "(" and j > 0 and texts[j - 1] == ",":
            j -= 1
        if texts[j] != "(" and texts[j] != ",":
            continue
        words: list[str] = []
        i = j - 1
        while i >= 0 and j - i <= len(acronym) + 4 and doc[i].is_alpha and doc[i].is_lower:
            words.insert(0, texts[i])
            i -= 1
        if _spells(acronym.lower(), words, kn.stop_words):
            out.add(acronym)
            out.add(word)
    return frozenset(out)


def _spells(acronym: str, words: list[str], stop_words: frozenset[str]) -> bool:
    """Whether the last words of ``words`` have ``acronym`` as their initials, with or
    without the function words among them."""
    for size in range(len(acronym), len(words) + 1):
        tail = words[-size:]
        if "".join(w[0] for w in tail) == acronym:
            return True
        content = [w for w in tail if w not in stop_words]
        if content and content[0] == tail[0] and "".join(w[0] for w in content) == acronym:
            return True
    return False


def common_acronyms(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """The chosen names less the organisations that are an acronym the article defines
    by a common noun phrase, alone or after "the"/"la" ("The PIPE is the real vote of
    confidence"), and less the Spanish acronyms a plural determiner makes a kind of
    organisation ("las AFP vuelven a invertir", "los ETF de bonos": Spanish writes an
    acronym's plural without "s", and a plural names no single organisation)."""
    defined = defined_common_acronyms(kn, doc)
    out = []
    for c in chosen:
        words = [t.text for t in doc[c.start:c.end]]
        if words and words[0].lower() in ("the", "la", "el", "los", "las"):
            words = words[1:]
        if c.label == "ORG" and len(words) == 1 and words[0] in defined:
            continue
        if kn.lang == "es" and c.label in ("ORG", "PER") and c.end - c.start == 1 and \
                c.start > 0 and doc[c.start - 1].lower_ in _PLURAL_DETERMINERS and \
                words[0].isupper() and len(words[0]) > 1:
            continue
        out.append(c)
    return out


# Spanish plural determiners before an acronym that make it a kind: "las AFP", "unas ONG".
_PLURAL_DETERMINERS = frozenset({"las", "los", "unas", "unos", "estas", "estos", "sus",
                                 "otras", "otros", "varias", "varios", "muchas", "muchos"})
