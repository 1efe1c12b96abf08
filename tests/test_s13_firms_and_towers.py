"""Two classes of session 13 (issue 13), on sentences written for these tests: two
names joined by "&" are one firm's name, whatever a cue read in either half ("broker
Fenwick & Dale"; ``cue:ampersand_name``); towers and buildings sold by their owner are
a business's assets, bought as a unit is (an acquisition from their seller).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def test_names_joined_by_an_ampersand_are_one_firm(en: Language) -> None:
    doc = en("Insurer Aldgate Mutual is buying broker Fenwick & Dale in a deal worth about "
             "£80m.")
    assert ("Fenwick & Dale", "ORG") in [(e.text, e.label_) for e in doc.ents]
    (deal,) = deals(en, doc.text)
    assert parties(deal, "target") == {"Fenwick & Dale"}


def test_towers_sold_are_an_acquisition_from_their_seller(en: Language) -> None:
    (deal,) = deals(en, "Norland Telecom agreed to sell 2,000 mobile towers to Skyline "
                        "Infrastructure for €300m.")
    assert deal.type == "Acquisition"
    assert parties(deal, "seller") == {"Norland Telecom"}
    assert parties(deal, "acquirer") == {"Skyline Infrastructure"}
    assert deal.status == "Announced"
