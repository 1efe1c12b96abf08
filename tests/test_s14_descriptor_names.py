"""A name the English parser hangs as an apposition of the deal's object when it
follows a company descriptor in a phrase of its own ("sold a 15% stake to sovereign
fund X": X names the fund, not the stake), so the buyer is the investor and the
seller's stake is in the seller (session 14)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


def test_a_name_after_a_descriptor_names_the_descriptor(en: Language) -> None:
    (deal,) = deals(en, "Quanta Retail sold a 15% stake to sovereign fund Gulf Horizon for "
                        "$1 billion.")
    assert deal.type == "Investment"
    assert parties(deal, "investor") == {"Gulf Horizon"}
    assert parties(deal, "investee") == {"Quanta Retail"}


def test_an_apposition_right_after_the_object_still_names_it(en: Language) -> None:
    (deal,) = deals(en, "Tessel Foods sold its bakery unit, Crumb Bakeries, to Ardmore Partners.")
    assert parties(deal, "target") == {"Crumb Bakeries"}
    assert parties(deal, "acquirer") == {"Ardmore Partners"}
