"""Session 29, failed deals told every way (issue #13; inventory
tests/data/constructions/failed_robust).

- Going on with a deal, negated, is giving it up: "decided not to proceed with its
  purchase of Y", "decidió no seguir adelante con la compra de Y" are cancelled, as "the
  merger did not go ahead" was ("proceed", "seguir" with "adelante" among the verbs of
  success in lexicon/deals.toml; kg.deals.status ``not-succeeded``). Not negated, the
  deal stands; "seguir" without "adelante" is no verb of success.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def statuses(nlp: Language, text: str) -> list[str]:
    return [d.status for d in nlp(text)._.kg_deals]


@pytest.mark.parametrize(
    "text",
    [
        "Wendover Foods decided not to proceed with its proposed purchase of Lymgate Bakeries.",
        "Castleby Media said it would not proceed with the acquisition of Harnell Radio.",
    ],
)
def test_not_proceeding_with_a_deal_cancels_it(en: Language, text: str) -> None:
    assert statuses(en, text) == ["Cancelled"]


def test_proceeding_with_a_deal_does_not_cancel_it(en: Language) -> None:
    text = "Wendover Foods will proceed with its proposed purchase of Lymgate Bakeries."
    assert "Cancelled" not in statuses(en, text)


@pytest.mark.parametrize(
    "text",
    [
        "Harinera Oropesa decidió no seguir adelante con la compra de Molinos Jarandilla.",
        "Bodegas Trevías no siguió adelante con la adquisición de Viñedos Cangas.",
    ],
)
def test_no_seguir_adelante_con_una_compra_la_cancela(es: Language, text: str) -> None:
    assert statuses(es, text) == ["Cancelled"]


def test_seguir_sin_adelante_no_cancela(es: Language) -> None:
    text = "Harinera Oropesa no siguió con atención la compra de Molinos Jarandilla por Grupo Ledesma."
    assert "Cancelled" not in statuses(es, text)
