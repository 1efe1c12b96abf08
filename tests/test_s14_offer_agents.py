"""The bidder of an offer named as the agent of a participle on it ("rechazó la oferta
presentada por X", "rejected the offer made by X"), also when the parser hangs the
participle on the offer's sum: the subject that rejects or receives it is the target
(session 14)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("lang", "text", "bidder", "target"), [
    ("es", "El consejo de Bodegas Ribera rechazó la oferta de 300 millones de euros "
           "presentada por el fondo Cierzo Capital.", "Cierzo Capital", "Bodegas Ribera"),
    ("es", "Lácteos Ordesa recibió la oferta formulada por Grupo Almunia.", "Grupo Almunia",
     "Lácteos Ordesa"),
    ("en", "Harlow Foods rejected the offer made by Cierzo Capital.", "Cierzo Capital",
     "Harlow Foods"),
])
def test_the_agent_of_an_offers_participle_is_the_bidder(
    request: pytest.FixtureRequest, lang: str, text: str, bidder: str, target: str,
) -> None:
    nlp: Language = request.getfixturevalue(lang)
    (deal,) = deals(nlp, text)
    assert deal.type == "Acquisition"
    assert parties(deal, "acquirer") == {bidder}
    assert parties(deal, "target") == {target}
