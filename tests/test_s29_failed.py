"""Session 29, failed deals told every way (issue #13; inventory
tests/data/constructions/failed_robust).

- Going on with a deal, negated, is giving it up: "decided not to proceed with its
  purchase of Y", "decidió no seguir adelante con la compra de Y" are cancelled, as "the
  merger did not go ahead" was ("proceed", "seguir" with "adelante" among the verbs of
  success in lexicon/deals.toml; kg.deals.status ``not-succeeded``). Not negated, the
  deal stands; "seguir" without "adelante" is no verb of success.
- A Spanish bid withdrawn (or made) by a verb in the third person with its subject left
  unsaid is the bid of the subject of the sentence before (centering): "X lanzó una
  oferta por Y. El lunes retiró la oferta" cancels X's bid for Y
  (kg.deals.pugna._unsaid_bidder). With no bid for a company told before, nothing is
  withdrawn.
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
    text = ("Harinera Oropesa no siguió con atención la compra de Molinos Jarandilla "
            "por Grupo Ledesma.")
    assert "Cancelled" not in statuses(es, text)


def test_an_offer_withdrawn_with_its_subject_unsaid_is_the_bid_told_before(es: Language) -> None:
    text = ("Corporación Salinas lanzó en abril una oferta por Conservas Bermeo. "
            "El jueves retiró la oferta.")
    found = es(text)._.kg_deals
    assert [(d.status, {r: x.name for r, x in d.roles}) for d in found] == [
        ("Cancelled", {"acquirer": "Corporación Salinas", "target": "Conservas Bermeo"})
    ]


def test_an_offer_withdrawn_after_a_purchase_is_no_bid_withdrawn(es: Language) -> None:
    text = "Corporación Salinas compró en abril Conservas Bermeo. El jueves retiró la oferta."
    assert statuses(es, text) == ["Completed"]
