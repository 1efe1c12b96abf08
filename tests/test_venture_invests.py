"""A joint venture referred back to as the subject of "invest" ("The venture will invest
$150 million", "la empresa conjunta invertirá 25 millones", "the joint venture plans to
invest"): the sum is the venture's, the amount of the partnership told before
(``frame:venture-invests``), not an investment of its own. Sentences written for these
tests; they run the installed pipelines (``model``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "value"), [
    ("Kestrow Foods and Daltan Agri have formed a joint venture to build grain silos in "
     "Kenya. The venture will invest $150 million over four years.", 150_000_000),
    ("Kestrow Foods and Daltan Agri agreed to set up a joint venture to run cold stores. The "
     "joint venture, 51% owned by Kestrow Foods, plans to invest $80 million in its first "
     "plant.", 80_000_000),
])
def test_the_venture_invests_gives_the_partnership_its_amount(
    en: Language, text: str, value: int
) -> None:
    (jv,) = deals(en, text)
    assert jv.type == "Partnership"
    assert parties(jv, "partner") == {"Kestrow Foods", "Daltan Agri"}
    assert jv.amount is not None and jv.amount.value == value
    assert "frame:venture-invests" in jv.rules


def test_la_empresa_conjunta_invertira(es: Language) -> None:
    (jv,) = deals(es, "Frutas Alcaraz y Bodegas Teruel han creado una empresa conjunta para "
                      "exportar vino a China. La empresa conjunta invertirá 25 millones de euros "
                      "en una planta en Ningbo.")
    assert jv.type == "Partnership"
    assert jv.amount is not None and jv.amount.value == 25_000_000


def test_the_company_invests_is_no_venture(en: Language) -> None:
    found = deals(en, "Kestrow Foods bought Daltan Agri for $150 million. The company will "
                      "invest $20 million in new ovens.")
    (deal,) = [d for d in found if d.type == "Acquisition"]
    assert deal.amount is not None and deal.amount.value == 150_000_000
    assert not any(d.type == "Partnership" for d in found)
