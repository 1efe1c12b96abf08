"""An English epithet for a company just named ("Shares of X jumped after Y agreed to buy
the snack maker"): the one organisation named before it in the sentence or the one
before, whose name says no other trade, is the target (session 14)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "target"), [
    ("Shares of Brightwater Foods jumped 12% after Kellan Group agreed to buy the snack "
     "maker for $2.1 billion.", "Brightwater Foods"),
    ("Tamsin Robotics said on Monday that Ardent Holdings would acquire the Swedish "
     "company for $400 million.", "Tamsin Robotics"),
    ("Corra Biologics has had a difficult year. Meridian Pharma agreed to buy the "
     "vaccine developer for $1.2 billion.", "Corra Biologics"),
])
def test_an_epithet_names_the_company_just_named(en: Language, text: str, target: str) -> None:
    (deal,) = deals(en, text)
    assert deal.type == "Acquisition"
    assert parties(deal, "target") == {target}


@pytest.mark.parametrize("text", [
    # two candidates: none is chosen
    "Brightwater Foods and Oakley Mills reported results. Kellan Group agreed to buy the "
    "snack maker.",
    # the only candidate's name says another trade
    "Fintrade Bank posted a record profit. Kellan Group agreed to buy the snack maker.",
    # nothing named before
    "Kellan Group agreed to buy the snack maker.",
])
def test_an_epithet_without_one_fitting_company_names_none(en: Language, text: str) -> None:
    assert all(not parties(d, "target") for d in deals(en, text))
