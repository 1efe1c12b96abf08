"""Spanish "estar" + participle with an agent is a passive of result (session 13, issue
13): "la ronda está liderada por X", "ha estado encabezada por X" make X the round's
lead investor, as "fue liderada por X" does; without an agent ("está controlada desde
2019" told of ownership) nothing changes. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.syntax import is_passive
from tests.test_background_deals import deals, parties

ROUNDS = [
    "La agrotecnológica Semillas Andinas ha captado 12 millones de euros. La ronda ha "
    "estado encabezada por el fondo Alba Ventures.",
    "La agrotecnológica Semillas Andinas ha captado 12 millones de euros. La ronda está "
    "liderada por Alba Ventures y cuenta con la participación de Ceres Capital.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", ROUNDS)
def test_a_round_led_with_estar_has_its_lead_investor(es: Language, text: str) -> None:
    (deal,) = deals(es, text)
    assert parties(deal, "investee") == {"Semillas Andinas"}
    assert "Alba Ventures" in parties(deal, "investor")


@pytest.mark.model
def test_estar_with_a_participle_is_passive_only_with_an_agent(es: Language) -> None:
    with_agent = es("La ronda está liderada por Alba Ventures.")
    without = es("La planta está cerrada desde enero.")
    (led,) = [t for t in with_agent if t.lower_ == "liderada"]
    (closed,) = [t for t in without if t.lower_ == "cerrada"]
    assert is_passive(led)
    assert not is_passive(closed)
