"""Resolve, before the graph is built, what the shapes require of an article's facts.

The components that read an article (entities, money, deals) each see part of it;
this step sees all of it and makes the facts consistent by construction:

- one type per name: a name read both as an organisation and as a person (a
  headline in capitals tagged as a person, the same company in the body tagged as
  an organisation) becomes one entity, of the kind the article's evidence favours;
- one node, one canonical name: names that give the same node (``ARAB CONTRACTORS``
  and ``Arab Contractors``, ``Acme S.A.`` and ``Acme``) are one entity, named by the
  form the article uses most (mixed case before capitals), the others kept as
  ``schema:alternateName``;
- every reference points at an entity that is there, of the kind its place needs
  (a membership's member is a person, its organisation an organisation);
- one amount (or quantity) per stretch of text;
- every deal names the parties its type needs (``has_required_roles``), or it is
  not emitted.

>>> from kg.facts import Article, Entity, Span
>>> facts = Facts(Article("a", "ACME buys. Acme sells.", "en"), entities=(
...     Entity("person", "ACME", mentions=(Span(0, 4, "ACME"),)),
...     Entity("org", "Acme", mentions=(Span(11, 15, "Acme"),)),
...     Entity("org", "Acme", mentions=(Span(11, 15, "Acme"),))))
>>> [(e.kind, e.name, e.aliases) for e in consolidate(facts).entities]
[('org', 'Acme', ('ACME',))]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kg import iri
from kg.facts import (
    Amount,
    Deal,
    Entity,
    EntityKind,
    EntityRef,
    Facts,
    Quantity,
    Span,
    has_required_roles,
)


def consolidate(facts: Facts) -> Facts:
    """The same facts, made consistent as the module docstring says."""
    entities, refs = _resolve_entities(facts)
    amounts: dict[tuple[int, int], Amount] = {}
    for amount in facts.amounts:
        if _amount_ok(amount):
            amounts.setdefault((amount.span.start, amount.span.end), amount)
    quantities: dict[tuple[int, int], Quantity] = {}
    for quantity in facts.quantities:
        quantities.setdefault((quantity.span.start, quantity.span.end), quantity)

    roles = []
    for role in facts.roles:
        person = refs.get((role.person.kind, role.person.name))
        organization = refs.get((role.organization.kind, role.organization.name))
        if person is None or organization is None:
            continue
        if person.kind != "person" or organization.kind != "org":
            continue  # the name turned out to be of the other kind: no membership
        roles.append(replace(role, person=person, organization=organization))

    deals = []
    for deal in facts.deals:
        fixed = _resolve_deal(deal, refs, amounts, quantities)
        if fixed is not None:
            deals.append(fixed)

    return replace(
        facts,
        entities=tuple(entities),
        amounts=tuple(sorted(amounts.values(), key=lambda a: (a.span.start, a.span.end))),
        quantities=tuple(
            sorted(quantities.values(), key=lambda q: (q.span.start, q.span.end))
        ),
        roles=tuple(dict.fromkeys(roles)),
        deals=tuple(deals),
    )


RefMap = dict[tuple[EntityKind, str], EntityRef]


def _resolve_entities(facts: Facts) -> tuple[list[Entity], RefMap]:
    """One entity per node, and where each (kind, name) the components used now points."""
    members = {role.person.name for role in facts.roles}
    employers = {role.organization.name for role in facts.roles}
    # One kind per name: group by the name's key, whatever kind it was read as.
    by_key: dict[str, list[Entity]] = {}
    for entity in facts.entities:
        by_key.setdefault(iri.slug(entity.name), []).append(entity)
    kind_of: dict[str, EntityKind] = {}
    for key, group in by_key.items():
        kinds = {entity.kind for entity in group}
        if len(kinds) == 1:
            kind_of[key] = group[0].kind
            continue
        kind_of[key] = _choose_kind(group, members, employers)

    merged: dict[tuple[EntityKind, str], list[Entity]] = {}
    for entity in facts.entities:
        key = iri.slug(entity.name)
        merged.setdefault((kind_of[key], key), []).append(entity)

    entities: list[Entity] = []
    refs: RefMap = {}
    for (kind, _), group in merged.items():
        entity = _merge(kind, group)
        entities.append(entity)
        for original in group:
            refs[(original.kind, original.name)] = entity.ref
    # A name a reference uses but that no entity has (the same node under a name of
    # the group) still resolves through its key.
    by_node = {(e.kind, iri.slug(e.name)): e.ref for e in entities}
    for kind, name in _referenced(facts):
        if (kind, name) not in refs:
            key = iri.slug(name)
            found = by_node.get((kind_of.get(key, kind), key))
            if found is not None:
                refs[(kind, name)] = found
    return entities, refs


def _referenced(facts: Facts) -> Iterable[tuple[EntityKind, str]]:
    for role in facts.roles:
        yield role.person.kind, role.person.name
        yield role.organization.kind, role.organization.name
    for deal in facts.deals:
        for _, party in deal.roles:
            yield party.kind, party.name
        if deal.reported_by is not None:
            yield deal.reported_by.kind, deal.reported_by.name


def _choose_kind(group: list[Entity], members: set[str], employers: set[str]) -> EntityKind:
    """The kind a name read both ways takes: what the article's evidence favours.

    A gazetteer match (a Wikidata id) or being someone's employer makes it an
    organisation; holding a role makes it a person; otherwise the kind it was read
    as most often, an organisation on a tie (these are business news).
    """
    if any(e.kind == "org" and e.wikidata for e in group):
        return "org"
    names = {e.name for e in group}
    if names & employers and not names & members:
        return "org"
    if names & members and not names & employers:
        return "person"
    counts = {"org": 0, "person": 0}
    for entity in group:
        counts[entity.kind] += max(1, len(entity.mentions))
    return "person" if counts["person"] > counts["org"] else "org"


def _merge(kind: EntityKind, group: list[Entity]) -> Entity:
    """One entity from the entities of one node: the name the article uses most
    (mixed case before all capitals, then the first seen) and the others as aliases."""
    if len(group) == 1 and group[0].kind == kind:
        return group[0]
    order = {entity.name: index for index, entity in reversed(list(enumerate(group)))}
    uses: dict[str, int] = {}
    for entity in group:
        uses[entity.name] = uses.get(entity.name, 0) + max(1, len(entity.mentions))
    name = min(uses, key=lambda n: (n.isupper(), -uses[n], order[n]))
    aliases = dict.fromkeys(
        alias
        for entity in group
        for alias in (entity.name, *entity.aliases)
        if alias != name and alias.strip()
    )
    mentions: tuple[Span, ...] = tuple(sorted({m for e in group for m in e.mentions}))
    wikidata = next((e.wikidata for e in group if e.wikidata), None)
    rules = tuple(dict.fromkeys(rule for entity in group for rule in entity.rules))
    return Entity(kind, name, tuple(aliases), mentions, wikidata, rules)


def _amount_ok(amount: Amount) -> bool:
    """An amount the shapes accept: a value or bounds, and bounds in order."""
    if amount.value is None and amount.min_value is None and amount.max_value is None:
        return False
    low, high = amount.min_value, amount.max_value
    return low is None or high is None or low <= high


def _resolve_deal(
    deal: Deal,
    refs: RefMap,
    amounts: dict[tuple[int, int], Amount],
    quantities: dict[tuple[int, int], Quantity],
) -> Deal | None:
    roles = []
    for role, party in deal.roles:
        found = refs.get((party.kind, party.name))
        if found is not None:
            roles.append((role, found))
    reported_by = None
    if deal.reported_by is not None:
        reported_by = refs.get((deal.reported_by.kind, deal.reported_by.name))

    def amount(value: Amount | None) -> Amount | None:
        return None if value is None else amounts.get((value.span.start, value.span.end))

    quantity = deal.quantity
    if quantity is not None:
        quantity = quantities.setdefault((quantity.span.start, quantity.span.end), quantity)
    fixed = replace(
        deal,
        roles=tuple(dict.fromkeys(roles)),
        reported_by=reported_by,
        amount=amount(deal.amount),
        valuation=amount(deal.valuation),
        quantity=quantity,
    )
    if not fixed.evidence or not has_required_roles(fixed):
        return None
    return fixed


def shift(facts_part: Facts, offset: int) -> Facts:
    """A piece's facts with every span moved ``offset`` characters on (see
    ``kg.pipeline``: long articles are read in pieces)."""
    if offset == 0:
        return facts_part

    def span(s: Span) -> Span:
        return Span(s.start + offset, s.end + offset, s.text)

    def amount(a: Amount | None) -> Amount | None:
        return None if a is None else replace(a, span=span(a.span))

    def quantity(q: Quantity | None) -> Quantity | None:
        return None if q is None else replace(q, span=span(q.span))

    return replace(
        facts_part,
        entities=tuple(
            replace(e, mentions=tuple(span(m) for m in e.mentions)) for e in facts_part.entities
        ),
        amounts=tuple(a for a in map(amount, facts_part.amounts) if a is not None),
        quantities=tuple(q for q in map(quantity, facts_part.quantities) if q is not None),
        roles=tuple(replace(r, mention=span(r.mention)) for r in facts_part.roles),
        deals=tuple(
            replace(
                d,
                evidence=tuple(span(e) for e in d.evidence),
                amount=amount(d.amount),
                valuation=amount(d.valuation),
                quantity=quantity(d.quantity),
            )
            for d in facts_part.deals
        ),
        sentences=tuple(span(s) for s in facts_part.sentences),
    )


def join(pieces: list[Facts], whole: Facts) -> Facts:
    """The facts of an article read in pieces, each already shifted to body offsets."""
    return replace(
        whole,
        entities=tuple(e for p in pieces for e in p.entities),
        amounts=tuple(a for p in pieces for a in p.amounts),
        quantities=tuple(q for p in pieces for q in p.quantities),
        roles=tuple(r for p in pieces for r in p.roles),
        deals=tuple(d for p in pieces for d in p.deals),
        sentences=tuple(s for p in pieces for s in p.sentences),
        pipeline=pieces[0].pipeline if pieces else whole.pipeline,
    )


__all__ = ["consolidate", "join", "shift"]
