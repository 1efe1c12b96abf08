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


def definite_heads(
    doc: Doc,
    orgs: list[SpacySpan],
    pairs: list[tuple[str, str]],
    rules: Mapping[tuple[int, int], tuple[str, ...]],
) -> tuple[list[SpacySpan], list[tuple[str, str]]]:
    """The organisation mentions less the definite descriptions that name nobody, and
    the (long form, head) pairs that make the others mentions of the organisation they
    refer back to.

    >>> doc = nlp("The Tongan Ocean Fund said so. The Fund bought it.")  # doctest: +SKIP
    >>> definite_heads(doc, orgs, [], rules)[1]  # doctest: +SKIP
    [('Tongan Ocean Fund', 'Fund')]
    """
    heads = {e.text for e in orgs if _definite(doc, e, rules)}
    # A head written once without a determiner ("Fund managers said") is read as it is.
    heads -= {e.text for e in orgs if e.text in heads and not _definite(doc, e, rules)}
    if not heads:
        return orgs, pairs
    extra: list[tuple[str, str]] = []
    resolved: set[str] = set()
    for head in sorted(heads):
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
