"""Rules that compared spaCy tokens by identity (session 25). ``t.head``, ``t.subtree``
and ``doc[i]`` make a new ``Token`` object on every access, so ``head is not tok`` was
always true and ``word is trigger.head`` always false: two rules never ran and others
ran past the root. They now compare positions (``.i``). Every sentence is written for
these tests.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.guards import lenders
from tests.test_s22_lead import deals

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def statuses(nlp: Language, text: str) -> list[str]:
    return [d.status for d in nlp(text)._.kg_deals]


@pytest.mark.parametrize("lang,text", [
    ("es", "La compra de Lácteos Ucieza por Harinas Tormes, sujeta a la aprobación de la "
           "CNMC, se cerró por 12 millones de euros."),
    ("es", "Harinas Tormes cerró la compra de Lácteos Ucieza, sujeta a la aprobación de la CNMC."),
    ("en", "Harwell Foods completed the purchase of Tolland Dairies, subject to regulatory "
           "approval."),
])
def test_a_deal_noun_whose_own_modifier_awaits_an_approval_is_not_done(
    request: pytest.FixtureRequest, lang: str, text: str,
) -> None:
    # the modifier hangs on the deal noun, right under the verb that closes it
    assert statuses(request.getfixturevalue(lang), text) == ["Announced"]


def test_a_deal_closed_with_no_approval_pending_is_done(es: Language) -> None:
    text = "La compra de Lácteos Ucieza por Harinas Tormes se cerró por 12 millones de euros."
    assert statuses(es, text) == ["Completed"]


@pytest.mark.parametrize("text", [
    "The money came as a $20 million loan from Brackley Bank. "
    "The company bought Tolland Dairies a week later.",
    "A facility from Brackley Bank was signed in March. It bought Tolland Dairies in May.",
])
def test_an_english_lender_after_from_is_no_antecedent(en: Language, text: str) -> None:
    # "a loan from X": the name hangs on the preposition, the preposition on the loan
    assert not any(d.get("acquirer") == "Brackley Bank" for d in deals(en, text))


def test_the_source_of_an_english_facility_is_its_lender(en: Language) -> None:
    doc = en("A facility from Brackley Bank was signed in March.")
    assert {ref.name for ref in lenders(doc, doc._.kg_entities)} == {"Brackley Bank"}


def test_a_buyer_named_beside_a_loan_is_still_a_party(en: Language) -> None:
    text = "Last year Harwell Foods arranged a loan from Brackley Bank.\n\nIt then acquired " \
           "Tolland Dairies for $40 million."
    assert deals(en, text) == [{"acquirer": "Harwell Foods", "target": "Tolland Dairies"}]
