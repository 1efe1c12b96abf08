"""Session 46, repeat46: a deal noun in apposition to another deal noun restates the
deal (kg.deals.frames._apposed_deal_noun, refer:apposed-deal-noun).

"X signed a deal with Y, its biggest contract": the apposition names again the deal
the head noun tells. Read as a deal of its own it made the one event twice, as a
partnership and a purchase agreement of the same two companies, or with a party only
its possessive brought. The parser often hangs the apposition on the name the deal is
made with: the deal noun that name hangs on is then the head. An apposition that names
companies of its own, and one to a name that hangs on no deal noun, still tell their
own deal or none.

Each sentence below is written for the test, about invented companies.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s27_apart import _deals

pytestmark = pytest.mark.model  # the ``es``/``en`` pipelines come from conftest.py


@pytest.mark.parametrize("text, one, other", [
    # the apposition hung on the partner's name: the deal it hangs on is the head
    ("On Tuesday Tesk Retail unveiled a marketing deal with Halden Sports, its third "
     "contract of the season.", "Tesk Retail", "Halden Sports"),
    ("Halden Foods sealed a distribution deal with Pellmore, its second contract this "
     "year.", "Halden Foods", "Pellmore"),
])
def test_a_contract_apposed_to_a_deal_is_that_deal(
    en: Language, text: str, one: str, other: str
) -> None:
    # before: a Partnership and a PurchaseAgreement of the same two companies
    assert _deals(en, text) == [("Partnership", {"partner": {one, other}})]


def test_a_spanish_contract_apposed_to_an_agreement_is_that_agreement(es: Language) -> None:
    # before: the agreement read as the contract's purchase agreement
    found = _deals(es, "Brightwater Foods ha firmado un acuerdo de distribución con Tesk "
                       "Retail, su primer contrato fuera de España.")
    assert found == [("Partnership", {"partner": {"Brightwater Foods", "Tesk Retail"}})]


def test_an_apposition_naming_companies_of_its_own_stays_apart(en: Language) -> None:
    # "a joint venture of A and B" describes the company, and names its own parties:
    # the rule leaves it to the readings it had
    text = ("Norvale signed a supply deal with Orrin Mills, a joint venture of Tesk Labs "
            "and Halden Foods.")
    found = _deals(en, text)
    assert ("PurchaseAgreement", {"buyer": {"Norvale"}, "seller": {"Orrin Mills"}}) in found


def test_a_partnership_apposed_with_its_own_partners_keeps_the_deal(en: Language) -> None:
    # the apposition names two companies of its own: the rule does not drop it, and the
    # head's deal is read as before
    found = _deals(en, "Tesk Retail unveiled a marketing deal with Halden Sports, a "
                       "partnership of Orrin Mills and Pellmore.")
    assert ("Partnership", {"partner": {"Tesk Retail", "Halden Sports"}}) in found
