"""kg's deals on a second inventory of Spanish and Latin-American deal constructions
(tests/data/constructions/es2).

The 32 short items were written, with their gold files, before kg was run on them, to
vary how the Spanish-language business press reports deals: headlines and leads,
compound tenses and periphrases ("ha cerrado la compra de", "llegó a un acuerdo para
adquirir", "se quedará con", "está a punto de cerrar"), passives and reflexive passives
("fue vendida a", "se vendió a"), nominal deals with "por parte de", stakes, rounds,
supply contracts, awards, alliances and joint ventures, cancelled, blocked, negotiated
and rumoured deals, parties named again as "la compañía", "el grupo" or by a short
name, and one item with no deal. Outlets from Spain, Mexico, Argentina, Colombia,
Chile and Peru, with their number and currency conventions.

Items whose int(md5(id), 16) is even were studied (tests/test_deals_es_constructions2.py);
the odd ones were scored as totals only. First run, deals recall: 0.786 on the study
half, 0.778 on the held half (after the rules: 0.929 and 0.778). The floors sit a
little under the figures kg reaches on the whole inventory, so that a regression fails
here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli.eval import eval_command
from kg.evaluate import load_gold

INVENTORY = Path(__file__).parent / "data" / "constructions" / "es2"

F1_FLOORS = {"deals": 0.88, "organizations": 0.95}
ACCURACY_FLOORS = {"type": 0.96, "roles": 0.96, "status": 0.88}


@pytest.fixture(scope="module")
def payload() -> Any:
    """``kg eval tests/data/constructions/es2 --json``, run once for the module."""
    result = CliRunner().invoke(eval_command, [str(INVENTORY), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_inventory_is_spanish_with_an_item_without_a_deal() -> None:
    golds = load_gold(INVENTORY)
    assert len(golds) >= 30
    assert {g.lang for g in golds} == {"es"}
    assert any(not g.deals for g in golds)
    for gold in golds:
        head = (INVENTORY / f"{gold.id}.txt").read_text(encoding="utf-8").split("\n\n", 1)[0]
        assert "# lang: es" in head and "# outlet: " in head


@pytest.mark.model
def test_every_item_is_extracted(payload: Any) -> None:
    assert len(payload["articles"]) == len(load_gold(INVENTORY))
    assert all(article["in_graph"] for article in payload["articles"])


@pytest.mark.model
@pytest.mark.parametrize("kind", sorted(F1_FLOORS))
def test_inventory_f1_stays_above_its_floor(payload: Any, kind: str) -> None:
    figures = payload["kinds"][kind]
    assert figures["f1"] >= F1_FLOORS[kind], f"{kind}: {figures}"


@pytest.mark.model
@pytest.mark.parametrize("attribute", sorted(ACCURACY_FLOORS))
def test_inventory_matched_deal_accuracy_stays_above_its_floor(
    payload: Any, attribute: str
) -> None:
    figures = payload["deal_accuracy"][attribute]
    assert figures["accuracy"] >= ACCURACY_FLOORS[attribute], f"{attribute}: {figures}"
