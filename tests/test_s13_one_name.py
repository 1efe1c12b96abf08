"""One name, one sense, after the typing constraints (session 13, issue 13): a mention
of a name that the constraints dropped (the model's person with no given name, "Last
year Lumora signed ...") is kept as an organisation when they made the same name an
organisation elsewhere in the article ("Lumora, a battery start-up"), so the deals told
with it are not lost. Text written for this test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

TEXT = ("Lumora, a Berlin-based battery start-up, has raised €60 million in a Series C round "
        "led by Fjord Capital. Last year Lumora signed a supply agreement with Veltro Motors.")


@pytest.mark.model
def test_a_dropped_mention_of_an_organisation_is_kept(en: Language) -> None:
    doc = en(TEXT)
    lumora = [e for e in doc.ents if e.text == "Lumora"]
    assert [e.label_ for e in lumora] == ["ORG", "ORG"]


@pytest.mark.model
def test_the_deal_told_with_it_is_found(en: Language) -> None:
    found = deals(en, TEXT)
    (supply,) = [d for d in found if d.type == "PurchaseAgreement"]
    assert parties(supply, "seller") == {"Lumora"}
    assert parties(supply, "buyer") == {"Veltro Motors"}
