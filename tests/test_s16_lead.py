"""A deal made from parties told before (kg.deals.component.parties_told_before: rival
bids, bids in play, a listing's investors, assets gone to a buyer) takes the money of
its sentence that the sentence's other deals left. Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

from spacy.language import Language


def _deals(nlp: Language, text: str) -> list:
    return list(nlp(text)._.kg_deals or ())


def test_a_rival_bid_told_by_its_bidder_alone_takes_its_sentences_price(es: Language) -> None:
    deals = _deals(es, (
        "Grupo Alcaraz lanzó en marzo una OPA sobre Conservas Albaida, la fabricante de "
        "latas de Teruel. Este lunes, Textiles Morvedre presentó una oferta competidora "
        "de 310 millones de euros."
    ))
    rival = next(d for d in deals if "parties:bid-in-play" in d.rules)
    assert {ref.name for _, ref in rival.roles} == {"Textiles Morvedre", "Conservas Albaida"}
    assert rival.amount is not None and rival.amount.value == Decimal("310000000")
    first = next(d for d in deals if d is not rival)
    assert first.amount is None  # the rival's price is not the first bid's


def test_money_a_deal_of_the_sentence_took_is_not_taken_again(es: Language) -> None:
    deals = _deals(es, (
        "Grupo Alcaraz lanzó en marzo una OPA sobre Conservas Albaida. Este lunes, Grupo "
        "Alcaraz elevó su oferta a 320 millones de euros."
    ))
    priced = [d for d in deals if d.amount is not None]
    assert len(priced) == 1 and priced[0].amount.value == Decimal("320000000")


def test_an_approval_refused_in_spanish_cancels_the_deal(es: Language) -> None:
    (deal,) = _deals(es, (
        "La autoridad de competencia se negó a autorizar la compra de Conservas Albaida "
        "por Grupo Alcaraz."
    ))
    assert deal.status == "Cancelled"


def test_a_denial_of_talks_still_leaves_a_rumour(es: Language) -> None:
    (deal,) = _deals(es, "Grupo Alcaraz negó que esté negociando la compra de Conservas Albaida.")
    assert deal.status == "Rumoured"
