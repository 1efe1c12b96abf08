"""Names written between quotation marks: the marks belong to the mention.

Spanish wire copy (EFE style) puts the names of newspapers, foreign companies and
civic groups between quotation marks: el diario "Reforma", la empresa "Manza Music",
la organización «Queremos elegir». The quoted stretch is how the text names the
organisation, and CoNLL-2002 annotates it so, marks included. An organisation's
evidence mention that fills the quotes exactly therefore spans them; its name
(``schema:name``) stays the bare words, and a mention that is only part of a quotation
(``"Acme compró Beta"``) keeps its own ends.
"""

from __future__ import annotations

from dataclasses import replace

from kg.facts import Entity, Span

# Opening mark → the mark that closes it.
_PAIRS = {'"': '"', "«": "»", "“": "”", "'": "'"}


def quoted_extent(text: str, span: Span) -> Span:
    """``span`` widened to the quotation marks right around it, when one pair of marks
    holds exactly the span; otherwise ``span`` itself.

    >>> quoted_extent('el diario "Reforma" dijo', Span(11, 18, "Reforma"))
    Span(start=10, end=19, text='"Reforma"')
    """
    start, end = span.start, span.end
    if start == 0 or end >= len(text):
        return span
    opener, closer = text[start - 1], text[end]
    if _PAIRS.get(opener) != closer or not text[start:end].strip(' "«»“”\''):
        return span
    if opener == "'" and not _apostrophe_free(text, start - 1, end):
        return span
    return Span(start - 1, end + 1, text[start - 1 : end + 1])


def _apostrophe_free(text: str, left: int, right: int) -> bool:
    """Whether the straight single marks at ``left`` and ``right`` quote, not elide: a
    space or the line's start before the first, no letter after the second (not the
    apostrophe of "L'Oréal" or "McDonald's")."""
    before = text[left - 1] if left > 0 else " "
    after = text[right + 1] if right + 1 < len(text) else " "
    return before.isspace() and not after.isalpha()


def quoted_org_mentions(entity: Entity, text: str) -> Entity:
    """``entity`` with each mention of an organisation written between quotation marks
    widened to the marks (``quoted_extent``); a person is left as it is."""
    if entity.kind != "org":
        return entity
    spans = tuple(sorted({quoted_extent(text, m) for m in entity.mentions}))
    return entity if spans == entity.mentions else replace(entity, mentions=spans)
