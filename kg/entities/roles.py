"""Roles: the titles of the text ("CEO", "consejero delegado") and the person and
organisation each one links."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.entities.words import DESCRIPTORS, TITLE_JOINERS
from kg.facts import EntityRef, Role, Span
from kg.iri import fold


def _roles(
    doc: Doc, found: list[tuple[int, int]], by_mention: dict[tuple[int, int], EntityRef]
) -> list[Role]:
    """The roles the titles ``found`` in the text give people in organisations ("el CEO
    de OpenAI, Sam Altman", "co-founder and CEO Arthur Mensch")."""
    titles = _merge_titles(doc, found)
    if not titles:
        return []
    ent_at_start = {e.start: e for e in doc.ents if (e.start, e.end) in by_mention}
    ent_at_end = {e.end: e for e in doc.ents if (e.start, e.end) in by_mention}
    roles: list[Role] = []
    seen: set[tuple[EntityRef, EntityRef, str]] = set()
    org_mentions = Counter(ref for ref in by_mention.values() if ref.kind == "org")
    main_org = org_mentions.most_common(1)[0][0] if org_mentions else None
    for ts, te in titles:
        person, org = _role_parties(doc, ts, te, ent_at_start, ent_at_end)
        if person is None or org is None:
            continue
        p_ref = by_mention[(person.start, person.end)]
        o_ref = by_mention.get((org.start, org.end), main_org)
        if o_ref is None:
            continue
        if p_ref.kind != "person" or o_ref.kind != "org":
            continue
        title = doc[ts:te].text
        key = (p_ref, o_ref, fold(title))
        if key in seen:
            continue
        seen.add(key)
        start = min(ts, person.start, org.start)
        end = max(te, person.end, org.end)
        s_char, e_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        roles.append(Role(p_ref, o_ref, title, Span(s_char, e_char, doc[start:end].text)))
    return sorted(roles, key=lambda r: (r.mention.start, r.mention.end, r.title))


def _merge_titles(doc: Doc, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest title matches, with joined ones merged ("co-founder and CEO")."""
    found.sort(key=lambda se: (se[0], -(se[1] - se[0])))
    merged: list[tuple[int, int]] = []
    for s, e in found:
        if merged and s < merged[-1][1]:
            continue
        if merged and all(doc[k].lower_ in TITLE_JOINERS for k in range(merged[-1][1], s)) \
                and s - merged[-1][1] <= 1:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _role_parties(
    doc: Doc, ts: int, te: int, at_start: dict[int, SpacySpan], at_end: dict[int, SpacySpan]
) -> tuple[SpacySpan | None, SpacySpan | None]:
    """The person and organisation a title phrase links, from the words around it.

    The organisation may be a generic phrase ("de la compañía"), not an entity: the
    caller reads it as the article's main organisation.
    """
    n = len(doc)

    def label(span: SpacySpan | None, want: str) -> SpacySpan | None:
        return span if span is not None and span.label_ == want else None

    org: SpacySpan | None = None
    generic: SpacySpan | None = None
    after = te
    # "CEO de OpenAI", "chief executive of Broadcom", "presidente de la compañía X".
    if after < n and doc[after].lower_ in ("de", "del", "of", "at", "en"):
        k = after + 1
        if k < n and doc[k].lower_ in ("la", "el", "the"):
            k += 1
        org = label(at_start.get(k), "ORG")
        if org is not None:
            after = org.end
        elif k < n and doc[k].lower_ in DESCRIPTORS and doc[k].is_lower:
            # "consejero delegado de la operadora": the article's main organisation.
            generic = doc[after:k + 1]
            after = k + 1
    # "OpenAI CEO Sam Altman", "Broadcom's chief executive", "Mistral co-founder".
    before = ts
    while before > 0 and doc[before - 1].lower_ in ("the", "el", "la", "su", "its", "former"):
        before -= 1
    if org is None and ts > 0:
        k = ts
        if k > 1 and doc[k - 1].lower_ in ("'s", "’s"):
            k -= 1
        org = label(at_end.get(k), "ORG")
        if org is not None:
            before = org.start
    # Person right after ("CEO Arthur Mensch", "el CEO de OpenAI, Sam Altman") ...
    k = after + 1 if after < n and doc[after].text == "," else after
    person = label(at_start.get(k), "PER")
    if person is None:
        # ... or right before, with a comma ("Sam Altman, CEO de OpenAI").
        k = before - 1 if before > 0 and doc[before - 1].text == "," else before
        person = label(at_end.get(k), "PER")
    return person, org if org is not None else generic

