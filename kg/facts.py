"""Plain data passed between the stages: ``Article`` (ingest → nlp) and ``Facts``
(extract → graph).

``Facts`` is the seam between language and RDF: extraction is tested without RDF
and the graph builder without spaCy. Every fact carries the character span(s) of
the article body it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

EntityKind = Literal["org", "person"]

DEAL_TYPES = (
    "Acquisition",
    "Merger",
    "Investment",
    "PurchaseAgreement",
    "Partnership",
    "Valuation",
)
DEAL_ROLES = ("acquirer", "target", "seller", "buyer", "investor", "investee", "partner")
DEAL_STATUSES = ("Rumoured", "InNegotiation", "Announced", "Completed", "Cancelled")
# What each deal type needs to be published, as shapes/deal.ttl checks it: at least
# one party in one of these roles (a Valuation: exactly one investee).
REQUIRED_ROLES: dict[str, tuple[str, ...]] = {
    "Acquisition": ("target",),
    "Merger": ("partner",),
    "Investment": ("investee", "investor"),
    "PurchaseAgreement": ("buyer", "seller"),
    "Partnership": ("partner",),
    "Valuation": ("investee",),
}


@dataclass(frozen=True)
class Article:
    """One news article: ``text`` is the body; every offset in kg indexes it."""

    id: str
    text: str
    lang: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    source: str | None = None  # the file (and line) it was read from, for messages


@dataclass(frozen=True, order=True)
class Span:
    """A stretch ``text[start:end]`` of the article body."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class EntityRef:
    """Points at an ``Entity`` of the same ``Facts`` by kind and canonical name."""

    kind: EntityKind
    name: str


@dataclass(frozen=True)
class Entity:
    """An organisation or a person, named once, with every alias seen and mention."""

    kind: EntityKind
    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    wikidata: str | None = None  # a Wikidata id such as "Q12345", from the gazetteer
    # Which cues typed it ("cue:title(CEO)", "gazetteer"): not published; ``kg explain``
    # and ``kg eval --details`` show them.
    rules: tuple[str, ...] = ()

    @property
    def ref(self) -> EntityRef:
        return EntityRef(self.kind, self.name)


@dataclass(frozen=True)
class Role:
    """A person's role in an organisation ("CEO of OpenAI")."""

    person: EntityRef
    organization: EntityRef
    title: str
    mention: Span


@dataclass(frozen=True)
class Amount:
    """An amount of money, normalised.

    Exactly one of these holds: ``value`` is set (an exact or approximate amount),
    or one or both of ``min_value`` / ``max_value`` are set (bounds and ranges).
    """

    span: Span
    currency: str  # ISO 4217 code
    value: Decimal | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    approximate: bool = False
    currency_inferred: bool = False
    per_share: bool = False
    exchange_rate: bool = False  # "$1 = 0.93 euros": a note, not a deal's amount
    # "$4.6bn including debt", "2.150 millones incluida la deuda": an enterprise value,
    # the price of a takeover told with the debt the buyer takes on (kg.deals.merge)
    with_debt: bool = False


@dataclass(frozen=True)
class Quantity:
    """A quantity that is not money (750 MW), with its UN/CEFACT unit code."""

    span: Span
    value: Decimal
    unit_code: str  # UN/CEFACT common code, e.g. "MAW" for megawatt
    unit_text: str


@dataclass(frozen=True)
class Deal:
    """A transaction the article reports."""

    type: str  # one of DEAL_TYPES
    roles: tuple[tuple[str, EntityRef], ...]  # (role in DEAL_ROLES, party)
    evidence: tuple[Span, ...]
    status: str | None = None  # one of DEAL_STATUSES
    amount: Amount | None = None
    valuation: Amount | None = None
    quantity: Quantity | None = None  # what it buys (750 MW), or a stake
    term: str | None = None  # ISO 8601 duration, e.g. "P3Y"
    reported_by: EntityRef | None = None
    hedge: str | None = None  # the words that make it uncertain ("podría", "según")
    # Which rules made it: its frame ("frame:acquire_v(comprar)"), its status cue
    # ("status:Cancelled<-abandon"), and any rule that added a party. Not published:
    # ``kg explain`` shows it.
    rules: tuple[str, ...] = ()
    # What sets this deal apart from an earlier one of the article with the same type
    # and parties (another round, another contract): empty for the first, so the
    # ordinary deal keeps the IRI of its type and parties (``kg.iri.deal_node``).
    apart: str = ""


def has_required_roles(deal: Deal) -> bool:
    """Whether a deal names the parties its type needs (an acquisition, its target; or,
    for a unit or assets bought with no name of their own, its buyer and its seller:
    "X bought Y's cement business")."""
    roles = [role for role, _ in deal.roles]
    if deal.type == "Valuation":
        return roles.count("investee") == 1
    if deal.type == "Acquisition" and {"acquirer", "seller"} <= set(roles):
        return True
    return any(role in roles for role in REQUIRED_ROLES.get(deal.type, ()))


@dataclass(frozen=True)
class Facts:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    amounts: tuple[Amount, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    roles: tuple[Role, ...] = ()
    deals: tuple[Deal, ...] = ()
    sentences: tuple[Span, ...] = ()  # every sentence of the body, in order
    pipeline: tuple[tuple[str, str], ...] = field(default=())  # (name, version) used
