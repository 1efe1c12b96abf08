"""The founding example (issues 2 and 6): the seed article of ../shared/eval/dev.

The article is read from the shared evaluation folder beside the checkout (CI has
it); it is never copied into the project. Without it these tests are skipped.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.facts import Amount, Deal, Facts
from kg.ingest import read_articles
from kg.iri import name_key
from kg.nlp import Pipelines
from kg.pipeline import make_run, process
from kg.validate import load_shapes

SEED = (
    Path(__file__).resolve().parents[1].parent
    / "shared" / "eval" / "dev" / "000_es_openai-cerebras-750mw.txt"
)
pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not SEED.exists(), reason="../shared/eval/dev is not beside the checkout"),
]


@pytest.fixture(scope="module")
def facts() -> Facts:
    (result,) = process(
        read_articles([SEED]), Pipelines(), run=make_run(), shapes=load_shapes()
    )
    return result.facts


def names(facts: Facts, kind: str) -> dict[str, set[str]]:
    """Canonical name → aliases, compared as the scorer does (case, accents, suffixes)."""
    return {
        name_key(e.name): {name_key(a) for a in e.aliases}
        for e in facts.entities
        if e.kind == kind
    }


def test_organisations_and_aliases(facts: Facts) -> None:
    orgs = names(facts, "org")
    for name in ("OpenAI", "NVIDIA", "Groq", "The Wall Street Journal"):
        assert name_key(name) in orgs, orgs
    assert "cerebras" in orgs["cerebras systems"]


def test_person_and_alias(facts: Facts) -> None:
    assert "altman" in names(facts, "person")["sam altman"]


def money(amount: Amount) -> tuple[str, Decimal | None, Decimal | None]:
    return amount.currency, amount.value, amount.min_value


def test_amounts_are_exact_and_750_mw_is_not_money(facts: Facts) -> None:
    found = {money(a) for a in facts.amounts}
    assert ("USD", None, Decimal("10000000000")) in found
    for value in ("1000000000", "22000000000", "1800000000"):
        assert ("USD", Decimal(value), None) in found
    assert not any("MW" in a.span.text for a in facts.amounts)
    assert any(q.unit_code == "MAW" and q.value == 750 for q in facts.quantities)


def deal(facts: Facts, type_: str, **roles: str) -> Deal:
    for candidate in facts.deals:
        have = {(r, name_key(p.name)) for r, p in candidate.roles}
        if candidate.type == type_ and all((r, name_key(n)) in have for r, n in roles.items()):
            return candidate
    raise AssertionError(f"no {type_} with {roles} in {facts.deals}")


def test_founding_deals(facts: Facts) -> None:
    purchase = deal(facts, "PurchaseAgreement", buyer="OpenAI", seller="Cerebras Systems")
    assert purchase.amount is not None and purchase.amount.min_value == Decimal("1E10")
    assert purchase.quantity is not None and purchase.quantity.value == 750
    assert purchase.term == "P3Y"
    assert purchase.reported_by is not None
    assert purchase.reported_by.name == "The Wall Street Journal"

    rounds = [d for d in facts.deals if d.type == "Investment" and d.amount is not None
              and d.amount.value == Decimal("1E9")]
    assert rounds, facts.deals
    round_ = rounds[0]
    assert round_.valuation is not None and round_.valuation.value == Decimal("2.2E10")
    assert round_.status == "InNegotiation"

    groq = deal(facts, "Acquisition", acquirer="NVIDIA", target="Groq")
    assert groq.status == "Completed"
    deal(facts, "Investment", investor="Sam Altman", investee="Cerebras Systems")


def test_seed_graph_is_byte_identical_across_runs(tmp_path: Path) -> None:
    outputs = []
    for name in ("a.ttl", "b.ttl"):
        out = tmp_path / name
        result = CliRunner().invoke(
            cli, ["extract", str(SEED), "-o", str(out), "--run-time", "2026-01-01T00:00:00Z"]
        )
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
