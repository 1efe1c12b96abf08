"""Deals told in other words (session 15, the ``constructions/lexical`` inventory).

- A stake bought with a phrasal or colloquial verb ("picked up / snapped up / scooped up
  a 30% holding in Y", "purchased a 10% stake in Y", "grabbed a stake") is an
  investment in Y, and the price on the verb is its amount (``kg.deals.roles``: the
  phrasal take-over verbs read their object as ``tomar`` does; ``frames._STAKE_VERBS``).
- A contract "clinched", "snagged", "scooped" or "conseguido" is won, like one "won"
  or "landed" (``lexicon/deals.toml`` ``receive_verbs``).
- A contract awarded with its definite article ("el Ayuntamiento adjudicó a X el
  contrato de limpieza", "Y awarded X the contract") is the awarder's purchase: the
  article does not make it a back-reference that takes no party from its verb.
- "se quedará con la red de 80 gasolineras de Y", "se quedó con las tiendas de Y":
  premises taken over from Y are bought from Y (an acquisition with a seller and no
  target), as "compró la red de gasolineras de Y" already was.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Harlow Optics picked up a 25% stake in Brisket Labs for $40 million.",
    "Camera maker Harlow Optics snapped up a 30% holding in Brisket Labs for $40 million.",
    "Last week Harlow Optics scooped up a 9% stake in Brisket Labs for $40 million.",
    "Harlow Optics purchased a 12% stake in Brisket Labs for $40 million.",
])
def test_a_stake_bought_in_other_words_is_an_investment_with_its_price(
    en: Language, text: str,
) -> None:
    (deal,) = deals(en, text)
    assert deal.type == "Investment"
    assert parties(deal, "investor") == {"Harlow Optics"}
    assert parties(deal, "investee") == {"Brisket Labs"}
    assert deal.amount is not None and int(deal.amount.value) == 40_000_000


def test_a_company_snapped_up_is_still_a_takeover(en: Language) -> None:
    (deal,) = deals(en, "Harlow Optics snapped up Brisket Labs for $40 million.")
    assert deal.type == "Acquisition"
    assert parties(deal, "target") == {"Brisket Labs"}


def test_picking_up_something_that_is_no_stake_is_no_deal(en: Language) -> None:
    assert deals(en, "Harlow Optics picked up the phone to call Brisket Labs.") == []


@pytest.mark.parametrize(("text", "buyer"), [
    ("Quarry Rail has clinched a £90m contract to build 12 trains for Westline Transit.",
     "Westline Transit"),
    ("Quarry Rail snagged a $30 million order from Westline Transit.", "Westline Transit"),
])
def test_a_contract_clinched_or_snagged_is_won(en: Language, text: str, buyer: str) -> None:
    (deal,) = deals(en, text)
    assert deal.type == "PurchaseAgreement"
    assert parties(deal, "seller") == {"Quarry Rail"}
    assert parties(deal, "buyer") == {buyer}


@pytest.mark.parametrize(("lang", "text", "buyer", "seller"), [
    ("es", "Grupo Lince adjudicó a Servicios Arlanza el contrato de limpieza por 40 "
           "millones de euros.", "Grupo Lince", "Servicios Arlanza"),
    ("es", "La Agencia Nacional de Carreteras adjudicó el contrato de mantenimiento a "
           "Obras Tordesillas por 12 millones de euros.", "Agencia Nacional de Carreteras",
     "Obras Tordesillas"),
    ("en", "Westline Transit awarded Quarry Rail the contract to build 12 trains.",
     "Westline Transit", "Quarry Rail"),
])
def test_a_contract_awarded_with_its_article_is_the_awarders_purchase(
    request: pytest.FixtureRequest, lang: str, text: str, buyer: str, seller: str,
) -> None:
    nlp: Language = request.getfixturevalue(lang)
    (deal,) = deals(nlp, text)
    assert deal.type == "PurchaseAgreement"
    assert parties(deal, "buyer") == {buyer}
    assert parties(deal, "seller") == {seller}


@pytest.mark.parametrize(("text", "status"), [
    ("Grupo Lince se quedará con la red de 80 gasolineras de Carburantes Norte, que "
     "recibirá 200 millones de euros.", "Announced"),
    ("Grupo Lince se quedó con las 80 gasolineras de Carburantes Norte por 200 millones "
     "de euros.", "Completed"),
])
def test_premises_taken_over_are_bought_from_their_owner(
    es: Language, text: str, status: str,
) -> None:
    (deal,) = deals(es, text)
    assert deal.type == "Acquisition"
    assert parties(deal, "acquirer") == {"Grupo Lince"}
    assert parties(deal, "seller") == {"Carburantes Norte"}
    assert parties(deal, "target") == set()
    assert deal.status == status


def test_taking_over_a_whole_company_keeps_it_the_target(es: Language) -> None:
    (deal,) = deals(es, "Grupo Lince se hizo con el 100 % de Carburantes Norte.")
    assert parties(deal, "target") == {"Carburantes Norte"}
