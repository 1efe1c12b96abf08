"""A stake sold by its holder (session 13, issue 13): a stake is in a company, never in
a person. "Its founder sold his 30% stake to Y": the stake is in the company the
article makes him founder (or officer) of (``parties:stake-of-sellers-company``); "X
sold its 30% stake to Y" is a stake X holds in another company, not one in X itself;
"X sold a 30% stake to Y" still is one in X. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

SOLD_BY_A_PERSON = [
    ("en", "Marcus Delaney, the founder of Quillon Foods, sold his 30% stake to Harborline "
           "Capital.", "Quillon Foods", "Marcus Delaney", "Harborline Capital"),
    ("en", "Quillon Foods founder Marcus Delaney sold his 30% stake to Harborline Capital.",
     "Quillon Foods", "Marcus Delaney", "Harborline Capital"),
    ("es", "El fundador de Velia Alimentos, Marcos Delgado, vendió su participación del 30% "
           "a Arcadia Capital.", "Velia Alimentos", "Marcos Delgado", "Arcadia Capital"),
]


@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "investee", "seller", "investor"), SOLD_BY_A_PERSON)
def test_a_persons_stake_is_in_the_company_they_lead(
    lang: str, text: str, investee: str, seller: str, investor: str,
    request: pytest.FixtureRequest,
) -> None:
    nlp: Language = request.getfixturevalue(lang)
    (deal,) = deals(nlp, text)
    assert deal.type == "Investment"
    assert parties(deal, "investee") == {investee}
    assert parties(deal, "seller") == {seller}
    assert parties(deal, "investor") == {investor}


@pytest.mark.model
def test_a_companys_own_stake_is_not_a_stake_in_itself(en: Language) -> None:
    (deal,) = deals(en, "Harborline Capital sold its 30% stake to Quillon Foods.")
    assert parties(deal, "seller") == {"Harborline Capital"}
    assert not parties(deal, "investee")


@pytest.mark.model
def test_a_stake_sold_without_a_possessive_is_in_the_seller(en: Language) -> None:
    (deal,) = deals(en, "Harborline Capital sold a 30% stake to Quillon Foods.")
    assert parties(deal, "investee") == {"Harborline Capital"}
    assert parties(deal, "investor") == {"Quillon Foods"}
