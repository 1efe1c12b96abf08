"""Definite descriptions: a capitalised head noun of organisations alone after a
determiner ("the Fund", "this House", "la Sociedad", "dicha Comisión") is no name of
its own (GOLD-FORMAT: no generic phrases). It refers back to the organisation the
article names with that head ("the Fund" of "National Future Fund of Papua New
Guinea", "el Fondo" of "Fondo Andino de Infraestructura"), and is one more mention of
it, the way ``resolve._named_institutions`` reads "el Gobierno"; where the article
names none, or several, it names nobody and is left out (``definite:head``).

The heads and the determiners are closed lists of ``lexicon/entities.toml``
(``definite_heads``, ``definite_determiners``). A word the gazetteer or a legal form
made a name keeps its reading.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.entities.gazetteer import canonical_key
from kg.entities.words import DEFINITE_DETERMINERS, DEFINITE_HEADS

# Rules whose reading of a word as a name a definite article does not undo.
_NAMING_RULES = ("gazetteer", "cue:legal_form", "cue:ticker")


# Quotation marks around a defined term.
_QUOTES = frozenset({'"', "“", "”", "«", "»", "'", "‘", "’"})
# How far a definition's bracket may run after the name it defines.
_DEFINITION_SPAN = 16


def bracket_definitions(doc: Doc, orgs: list[SpacySpan]) -> list[tuple[str, str]]:
    """The terms a document defines for a name in brackets right after it, in quotes
    (a legal text's defined terms): "Foo Holdings Sdn Bhd ("FHS" or the "Offeror")",
    "Bar Services Ltd (the "Company")", "Baz, S.A. (en adelante, la "Sociedad")". Each
    (name, term) pair, the term as the organisation mentions write it: quoted short
    names, and heads of organisations after a determiner ("the Offeror"), whose later
    mentions ("the Offeror acquired ...", "the Company sold ...") are that name, not
    an organisation of their own nor the article's other name with that head.

    >>> doc = nlp('Foo Ltd (the "Company") said so.')  # doctest: +SKIP
    >>> bracket_definitions(doc, orgs)  # doctest: +SKIP
    [('Foo Ltd', 'Company')]
    """
    texts = {e.text for e in orgs}
    found: list[tuple[str, str]] = []
    for e in orgs:
        if len(e) < 2 or e.end >= len(doc) or doc[e.end].text != "(":
            continue
        k = e.end + 1
        while k < min(len(doc), e.end + _DEFINITION_SPAN) and doc[k].text != ")":
            tok = doc[k]
            quoted = doc[k - 1].text in _QUOTES and k + 1 < len(doc) \
                and doc[k + 1].text in _QUOTES
            if quoted and tok.text in texts and tok.text != e.text and (
                tok.text in DEFINITE_HEADS or tok.text.isupper()
            ):
                found.append((e.text, tok.text))
                found += [(e.text, t) for t in texts
                          if t.split()[-1] == tok.text and t.split()[0].lower()
                          in DEFINITE_DETERMINERS and len(t.split()) == 2]
            k += 1
    return found


def definite_heads(
    doc: Doc,
    orgs: list[SpacySpan],
    pairs: list[tuple[str, str]],
    rules: Mapping[tuple[int, int], tuple[str, ...]],
    defined: Mapping[str, str] | None = None,
) -> tuple[list[SpacySpan], list[tuple[str, str]]]:
    """The organisation mentions less the definite descriptions that name nobody, and
    the (long form, head) pairs that make the others mentions of the organisation they
    refer back to.

    >>> doc = nlp("The Tongan Ocean Fund said so. The Fund bought it.")  # doctest: +SKIP
    >>> definite_heads(doc, orgs, [], rules)[1]  # doctest: +SKIP
    [('Tongan Ocean Fund', 'Fund')]
    """
    defined = defined or {}
    heads = {e.text for e in orgs if _definite(doc, e, rules)}
    # A head written once without a determiner ("Fund managers said") is read as it is;
    # a defined term's head, written so in its definition, is the name it defines.
    heads -= {e.text for e in orgs if e.text in heads and not _definite(doc, e, rules)
              and e.text not in defined}
    if not heads:
        return orgs, pairs
    extra: list[tuple[str, str]] = []
    resolved: set[str] = {head for head in heads if head in defined}
    for head in sorted(heads - resolved):
        longs = {canonical_key(o.text): o.text for o in orgs
                 if len(o) > 1 and head in (t.text for t in o)}
        if len(longs) == 1:
            extra.append((next(iter(longs.values())), head))
            resolved.add(head)
    kept = [e for e in orgs if e.text not in heads or e.text in resolved]
    return kept, [*pairs, *extra]


def _definite(doc: Doc, e: SpacySpan, rules: Mapping[tuple[int, int], tuple[str, ...]]) -> bool:
    """Whether a one-word mention is a head of organisations after a determiner."""
    if len(e) != 1 or e.text not in DEFINITE_HEADS or e.start == 0:
        return False
    if any(r.startswith(_NAMING_RULES) for r in rules.get((e.start, e.end), ())):
        return False
    return doc[e.start - 1].lower_ in DEFINITE_DETERMINERS
