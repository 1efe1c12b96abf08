"""kg's people (and organisations) on the session-8 inventory of person constructions
(tests/data/constructions/people): forty short invented news items, half Spanish and
half English, with people in hard forms (titles, compound and hyphenated given names,
two surnames, particles, Portuguese, Catalan, Basque, Asian, Indian and Arabic names,
initials, a surname alone after a first mention, possessives, headlines in capitals,
quoted speakers, people as investors) beside capitalised things that are not people
(companies, foundations and firms named after people, brands, products, streets,
trophies, events, saints' days, teams, job titles, months, sentence openers).

The items were split by md5 of their id: ``study`` (int(md5(id), 16) % 2 == 0), whose
misses were read to find the rules, and ``held``, scored as totals only. The floors
sit a little under the figures kg reaches, so that a regression fails here.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli.eval import eval_command
from kg.evaluate import load_gold

INVENTORY = Path(__file__).parent / "data" / "constructions" / "people"

# (precision, F1) floors of people, and the F1 floor of organisations, per half.
PEOPLE_FLOORS = {"study": (0.95, 0.96), "held": (0.89, 0.93)}
ORG_FLOORS = {"study": 0.85, "held": 0.92}


def test_the_inventory_is_forty_items_split_by_md5() -> None:
    langs = []
    for half in ("study", "held"):
        for gold in load_gold(INVENTORY / half):
            parity = int(hashlib.md5(gold.id.encode()).hexdigest(), 16) % 2
            assert parity == (0 if half == "study" else 1), gold.id
            assert gold.people, f"{gold.id}: an item without a person"
            langs.append(gold.lang)
    assert sorted(langs) == ["en"] * 20 + ["es"] * 20


def _scores(half: str) -> Any:
    result = CliRunner().invoke(eval_command, [str(INVENTORY / half), "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["kinds"]


@pytest.mark.model
@pytest.mark.parametrize("half", sorted(PEOPLE_FLOORS))
def test_people_of_the_inventory_stay_above_their_floors(half: str) -> None:
    kinds = _scores(half)
    precision, f1 = PEOPLE_FLOORS[half]
    assert kinds["people"]["precision"] >= precision, kinds["people"]
    assert kinds["people"]["f1"] >= f1, kinds["people"]
    assert kinds["organizations"]["f1"] >= ORG_FLOORS[half], kinds["organizations"]
