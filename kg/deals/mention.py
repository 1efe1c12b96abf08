"""A ``Mention``: one statement of a deal in one sentence, before merging (plain Python)."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.facts import Amount, EntityRef, Quantity, Span

# The rule of a deal told as one step of a deal done in several ("in a first tranche,
# X will acquire 40% of Y"): set by kg.deals.frames, read by kg.deals.merge.
TOLD_AS_STEP = "frame:told-as-step"
# The rule that gives a contract a figure told per period ("worth £2 million a year",
# kg.deals.attach); kg.deals.merge takes the figure off a deal that is no contract of supply.
PERIOD_RULE = "amount:contract-per-period"


@dataclass
class Mention:
    """One statement of a deal in one sentence, before merging."""

    type: str  # a DEAL_TYPE, or "Agreement" until a generic agreement is resolved
    roles: list[tuple[str, EntityRef]]
    sent: int
    evidence: Span
    trigger: int
    status: str | None = None
    status_explicit: bool = False
    amount: Amount | None = None
    valuation: Amount | None = None
    quantity: Quantity | None = None
    term: str | None = None
    reported_by: EntityRef | None = None
    hedge: str | None = None
    backref: bool = False
    distinct: bool = False  # "otro contrato", "another deal": never the deal told before
    supply: bool = False  # an agreement for goods or services
    # an agreement told with the definite article ("the agreement", "el acuerdo"): one
    # the reader already knows, so the deal told before between its parties (kg.deals.merge)
    definite: bool = False
    # a part held ("X, which owns 12% of Y"): a state told in passing, which no later
    # "the deal" refers back to (kg.deals.merge)
    holding: bool = False
    # a takeover whose target is told by a description ("the acquisition of the club"):
    # the target of another takeover by the same buyer (kg.deals.merge)
    described_target: bool = False
    # that description told by its noun alone ("sold the business to X", "vendió el
    # negocio a X"): the company told before, never another part ("its dairy business")
    bare_description: bool = False
    extra_evidence: list[Span] = field(default_factory=list)
    kind: str = ""  # the trigger's kind ("acquire", "round", "investor", ...)
    rules: list[str] = field(default_factory=list)  # ids of the rules that made it

    def parties(self) -> set[EntityRef]:
        return {ref for _, ref in self.roles}

    def add_role(self, role: str, ref: EntityRef) -> None:
        """Give ``ref`` the role, unless it already has one in this mention."""
        if (role, ref) not in self.roles and ref not in self.parties():
            self.roles.append((role, ref))
