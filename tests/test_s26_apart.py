"""Session 26, apart8: the writer's short name for a company whose name carries its
trade in the plural.

"Kelso Grain Mills Company" is later "the mill"; "Harrow Lake Resorts Ltd" is later
"the resort company": the description's noun, or the trade word compounded before its
generic head, is the singular of the name's head (kg.deals.namesake). Before this, the
description went to the subject of the sentence before or to the company named last.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.namesake import _last_word, _plural

pytestmark = pytest.mark.model  # the ``en`` pipeline comes from conftest.py


def _deals(nlp: Language, text: str) -> list[tuple[str, dict[str, set[str]]]]:
    out = []
    for deal in nlp(text)._.kg_deals:
        roles: dict[str, set[str]] = {}
        for role, ref in deal.roles:
            roles.setdefault(role, set()).add(ref.name)
        out.append((deal.type, roles))
    return out


def _parties(found: list[tuple[str, dict[str, set[str]]]], kind: str) -> set[str]:
    return {name for k, roles in found if k == kind for names in roles.values() for name in names}


@pytest.mark.parametrize("word, plural", [
    ("mill", "mills"), ("refinery", "refineries"), ("business", "businesses"),
    ("bay", "bays"), ("resort", "resorts"),
])
def test_the_plural_a_name_writes_its_trade_in(word: str, plural: str) -> None:
    assert _plural(word) == plural


def test_company_after_the_trade_word_is_the_legal_form() -> None:
    assert _last_word("Kelso Grain Mills Company") == "mills"
    assert _last_word("Acme Company") == ""  # one word left: no trade word


def test_the_singular_of_a_plural_trade_name_is_that_company(en: Language) -> None:
    text = ("The state sold 51 per cent of Kelso Grain Mills Company to Fenwick Foods Ltd "
            "in March. Since the sale, the mill has signed a supply agreement with "
            "Brightwater Oil Trading for 4,000 tonnes a year.")
    found = _deals(en, text)
    supply = _parties(found, "PurchaseAgreement")
    assert supply == {"Kelso Grain Mills", "Brightwater Oil Trading"}


def test_a_trade_word_before_a_generic_head_is_the_company_so_named(en: Language) -> None:
    text = ("The parish has signed a lease of its coastal block to Harrow Lake Resorts Ltd, "
            "which plans a lodge. The lease brings the Parish Council T$40,000 a year. "
            "The resort company is backed by the Tidewater Impact Fund, which has invested "
            "$6 million in it.")
    found = _deals(en, text)
    assert _parties(found, "Investment") == {"Tidewater Impact Fund", "Harrow Lake Resorts"}


def test_the_company_alone_still_means_the_story_s_company(en: Language) -> None:
    # no trade word before "company": the namesake rule leaves it to the others
    text = ("Ostrava Steel Mills Ltd buys scrap from Pell Metals. Marrick Holdings agreed to "
            "buy Dunmore Bakeries for $80 million. The company said the deal would close "
            "in May.")
    found = _deals(en, text)
    bought = [roles for kind, roles in found if kind == "Acquisition"]
    assert bought and all("Ostrava Steel Mills" not in names
                          for roles in bought for names in roles.values())
