"""Contracts and orders won or awarded (session 13, issue 13), each rule on sentences
written for these tests.

A contract awarded to a company buys that company's work: the awarder buys, the winner
sells. The winner can be the subject of a light verb ("won / secured a contract from
Y"), of a passive ("was awarded a contract by Y"), of a reflexive ("se adjudicó un
contrato de Y"), or the dative of the awarding verb ("Y awarded X a contract", "Y
adjudicó un contrato a la empresa X"; the passive "the contract was awarded to X by Y";
``parties:awarded-to``). The awarder can hang on the contract's value ("a contract
worth $90 million from Y"), and the work it buys can be a purpose clause that supplies
goods ("to supply 40 trams"): that clause is the contract's work, not a deal of its own.
A won order is a purchase even when the goods go unsaid ("secured an order from Y"),
and "secured a $90 million order" is no funding round.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

SUPPLY = [
    ("en", "Fennick Rail Systems has won a $90 million contract from Ostrava Transit Corp "
           "to supply 40 trams.", "Ostrava Transit", "Fennick Rail Systems"),
    ("en", "Fennick Rail Systems won a contract worth $90 million from Ostrava Transit "
           "Corp.", "Ostrava Transit", "Fennick Rail Systems"),
    ("en", "Fennick Rail Systems was awarded a $90 million contract by Ostrava Transit "
           "Corp.", "Ostrava Transit", "Fennick Rail Systems"),
    ("en", "Ostrava Transit Corp awarded Fennick Rail Systems a $90 million contract to "
           "supply 40 trams.", "Ostrava Transit", "Fennick Rail Systems"),
    ("en", "Fennick Rail Systems secured a $90 million order from Ostrava Transit Corp.",
     "Ostrava Transit", "Fennick Rail Systems"),
    ("es", "Construcciones Arganda se adjudicó un contrato de 12 millones de Aguas de "
           "Tordesillas.", "Aguas de Tordesillas", "Construcciones Arganda"),
    ("es", "Construcciones Arganda ganó un contrato de Aguas de Tordesillas para "
           "suministrar 40 bombas.", "Aguas de Tordesillas", "Construcciones Arganda"),
    ("en", "The contract was awarded to Fennick Rail Systems by Ostrava Transit Corp in "
           "May.", "Ostrava Transit", "Fennick Rail Systems"),
    ("es", "El Ministerio de Fomento adjudicó un contrato de 12 millones de euros a la "
           "empresa Construcciones Arganda S.A.", "Ministerio de Fomento",
     "Construcciones Arganda"),
]


@pytest.mark.model
@pytest.mark.parametrize(("lang", "text", "buyer", "seller"), SUPPLY)
def test_a_contract_won_or_awarded_is_bought_from_its_winner(
    lang: str, text: str, buyer: str, seller: str, request: pytest.FixtureRequest
) -> None:
    nlp: Language = request.getfixturevalue(lang)
    (deal,) = deals(nlp, text)
    assert deal.type == "PurchaseAgreement"
    assert parties(deal, "buyer") == {buyer}
    assert parties(deal, "seller") == {seller}


@pytest.mark.model
def test_a_won_contract_keeps_its_value(en: Language) -> None:
    (deal,) = deals(en, "Fennick Rail Systems was awarded a $90 million contract by Ostrava "
                        "Transit Corp.")
    assert deal.amount is not None and deal.amount.value == 90_000_000
    assert deal.amount.currency == "USD"


@pytest.mark.model
def test_a_secured_order_is_no_funding_round(en: Language) -> None:
    found = deals(en, "Fennick Rail Systems secured a $90 million order from Ostrava "
                      "Transit Corp.")
    assert [d.type for d in found] == ["PurchaseAgreement"]


@pytest.mark.model
def test_an_award_without_a_winner_named_is_no_purchase(en: Language) -> None:
    # The winner is not named: no seller, so no purchase of its work.
    found = deals(en, "Ostrava Transit Corp awarded a $90 million contract last week.")
    assert not [d for d in found if d.type == "PurchaseAgreement"]


@pytest.mark.model
def test_a_lost_contract_stays_no_deal(en: Language) -> None:
    assert not deals(en, "Fennick Rail Systems lost a $90 million contract from Ostrava "
                         "Transit Corp.")
