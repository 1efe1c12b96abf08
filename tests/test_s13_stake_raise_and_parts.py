"""Two ways news tells a holding grow or a company change hands without a deal word
(session 13, issue 13): raising a stake with verbs of growth ("lifted its holding in
X", "ha ampliado / reforzado su participación en X": an investment, or a takeover when
the stake reaches control), and "Y pasó a formar parte de X" (Y comes to be part of X:
taken over; "Y forma parte de X" only tells who owns it). Sentences written for these
tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

RAISED = [
    ("en", "Harborline Capital lifted its holding in Quillon Foods to 25%.",
     "Harborline Capital", "Quillon Foods"),
    ("es", "Arcadia Capital ha ampliado su participación en Velia Alimentos.",
     "Arcadia Capital", "Velia Alimentos"),
]


@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "investor", "investee"), RAISED)
def test_a_stake_raised_is_an_investment(
    lang: str, text: str, investor: str, investee: str, request: pytest.FixtureRequest
) -> None:
    nlp: Language = request.getfixturevalue(lang)
    (deal,) = deals(nlp, text)
    assert deal.type == "Investment"
    assert parties(deal, "investor") == {investor}
    assert parties(deal, "investee") == {investee}


@pytest.mark.model
def test_a_stake_raised_to_control_is_a_takeover(es: Language) -> None:
    (deal,) = deals(es, "Arcadia Capital ha reforzado su participación en Velia Alimentos "
                        "hasta el 60%.")
    assert deal.type == "Acquisition"
    assert parties(deal, "acquirer") == {"Arcadia Capital"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "status"), [
    ("Velia Alimentos pasará a formar parte de Arcadia Capital.", "Announced"),
    ("Tras la operación, Velia Alimentos pasó a formar parte del grupo Arcadia Capital.",
     "Completed"),
])
def test_coming_to_be_part_of_a_company_is_a_takeover(
    es: Language, text: str, status: str
) -> None:
    (deal,) = deals(es, text)
    assert deal.type == "Acquisition"
    assert parties(deal, "acquirer") == {"Arcadia Capital"}
    assert parties(deal, "target") == {"Velia Alimentos"}
    assert deal.status == status


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Velia Alimentos forma parte de Arcadia Capital desde 2019.",
    "Velia Alimentos pasó a formar parte del índice Ibex 35 en 2019.",
])
def test_being_part_of_something_is_no_deal(es: Language, text: str) -> None:
    assert not deals(es, text)
