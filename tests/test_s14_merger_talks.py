"""Merger talks whose parties are named on the talks noun that the merger noun
modifies ("merger talks between A and B", "las negociaciones de fusión entre A y B"):
the two are the merger's partners, and talks that broke down cancel it (session 14)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "Merger talks between Halden Bank and Corvex Financial broke down last week.",
     {"Halden Bank", "Corvex Financial"}),
    ("es", "Las negociaciones de fusión entre Banco Halden y Corvex Financiera se rompieron "
           "la semana pasada.", {"Banco Halden", "Corvex Financiera"}),
])
def test_the_parties_of_merger_talks_are_its_partners(
    request: pytest.FixtureRequest, lang: str, text: str, pair: set[str],
) -> None:
    nlp: Language = request.getfixturevalue(lang)
    (deal,) = deals(nlp, text)
    assert deal.type == "Merger"
    assert parties(deal, "partner") == pair
    assert deal.status == "Cancelled"
