"""Session 30, helper later (issue #13): a deal's sides and attributes told in a
sentence after the one that tells the deal (inventory tests/data/constructions/later).

- "Calloway Mining received a takeover offer. The bidder, X, ...": an offer its subject
  receives or rejects from no bidder named was made to the subject, the target
  (``kg.deals.frames._offer_from_someone``); "bidder", "suitor", "oferente", "postor"
  name the acquirer by its role (deals.toml ``role_nouns``), and so does offering a sum
  in the sentences after ("Ravel Group offered $90 million",
  ``kg.deals.roles._offering``).
- "X raised new funding. The investor is Y": a definite "investor" / "inversor" names
  the investor of the latest investment (``kg.deals.roles.add_role_named``).
- "The bidder, Y, offered $1.2 billion", "el fondo Y, que aportó 5 millones", "The
  seller, Z, will receive $85 million": the sum the party just named by its role pays,
  offers or puts in (or the seller receives) is the deal's amount
  (``kg.deals.attach.role_named_money``).
- "Y is being sold", "Y está siendo vendida": a passive progressive sale is under way,
  not done (``kg.deals.status._under_way``).
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- an offer received from a bidder named later -------------------------------------


def test_a_rejected_offer_is_for_its_subject_and_the_bidder_told_after(en: Language) -> None:
    (deal,) = _deals(en, "Dorrance Cable rejected a takeover offer on Friday. The bidder, "
                         "Halvard Media, declined to comment.")
    assert _roles(deal) == {("target", "Dorrance Cable"), ("acquirer", "Halvard Media")}


def test_el_postor_named_after_an_offer_received(es: Language) -> None:
    (deal,) = _deals(es, "Conservas Ribadeo recibió ayer una oferta de compra. El postor es "
                         "el grupo Pesqueras Foz.")
    assert _roles(deal) == {("target", "Conservas Ribadeo"), ("acquirer", "Pesqueras Foz")}


def test_an_offer_received_from_a_named_bidder_is_read_as_before(en: Language) -> None:
    (deal,) = _deals(en, "Dorrance Cable received a takeover offer from Halvard Media.")
    assert _roles(deal) == {("target", "Dorrance Cable"), ("acquirer", "Halvard Media")}


def test_the_suitor_named_after_a_rejected_bid(en: Language) -> None:
    (deal,) = _deals(en, "Brennan Foods rejected an unsolicited bid on Monday. The suitor, "
                         "Caxton Partners, had offered $300 million.")
    assert _roles(deal) == {("target", "Brennan Foods"), ("acquirer", "Caxton Partners")}
    assert deal.amount is not None and deal.amount.value == 300_000_000


def test_the_company_offering_a_sum_next_is_the_bidder(en: Language) -> None:
    (deal,) = _deals(en, "Pardoe Systems accepted a takeover offer. Ravel Group offered $90 "
                         "million.")
    assert _roles(deal) == {("target", "Pardoe Systems"), ("acquirer", "Ravel Group")}


def test_grupo_y_ofrece_after_una_oferta_recibida(es: Language) -> None:
    (deal,) = _deals(es, "Bodegas Irache recibió una oferta de compra. Grupo Estella ofrece 80 "
                         "millones de euros.")
    assert _roles(deal) == {("target", "Bodegas Irache"), ("acquirer", "Grupo Estella")}


def test_a_sum_offered_for_another_company_is_another_bid(en: Language) -> None:
    deals = _deals(en, "Pardoe Systems received a takeover offer. Ravel Group offered $40 "
                       "million for Kelso Mills.")
    assert not any({("target", "Pardoe Systems"), ("acquirer", "Ravel Group")} <= _roles(d)
                   for d in deals)


# -- the investor named by its role ---------------------------------------------------


def test_the_investor_is_y_joins_the_round_told_before(en: Language) -> None:
    (deal,) = _deals(en, "Nettle Bio closed a funding round on Tuesday. The investor is "
                         "Corbel Partners.")
    assert deal.type == "Investment"
    assert _roles(deal) == {("investee", "Nettle Bio"), ("investor", "Corbel Partners")}


def test_la_inversora_es_y(es: Language) -> None:
    (deal,) = _deals(es, "La tecnológica Rumbo Datos cerró una ronda de financiación. La "
                         "inversora es el fondo Semillas Tajo.")
    assert _roles(deal) == {("investee", "Rumbo Datos"), ("investor", "Semillas Tajo")}


def test_an_investor_in_another_company_is_no_party(en: Language) -> None:
    deals = _deals(en, "Nettle Bio closed a funding round on Tuesday. Corbel Partners, an "
                       "investor in Gannet Labs, praised the company.")
    assert not any({("investee", "Nettle Bio"), ("investor", "Corbel Partners")} <= _roles(d)
                   for d in deals)


# -- the money of the party named by its role ----------------------------------------


def test_what_the_seller_named_later_receives_is_the_price(en: Language) -> None:
    (deal,) = _deals(en, "Stourton Foods agreed to buy Lanyon Dairies. The seller, Brackwell "
                         "Holdings, will receive $60 million.")
    assert any(role == "seller" for role, _ in deal.roles)
    assert deal.amount is not None and deal.amount.value == 60_000_000


def test_what_la_oferente_ofrece_is_the_bid(es: Language) -> None:
    (deal,) = _deals(es, "Minera Caurel recibió una oferta de compra. La oferente, Recursos "
                         "Oribio, ofrece 200 millones de euros.")
    assert ("acquirer", "Recursos Oribio") in _roles(deal)
    assert deal.amount is not None and deal.amount.value == 200_000_000


def test_the_sellers_revenue_is_no_price(en: Language) -> None:
    (deal,) = _deals(en, "Stourton Foods agreed to buy Lanyon Dairies. The seller, Brackwell "
                         "Holdings, reported revenue of $60 million.")
    assert deal.amount is None


# -- a sale told in the passive progressive --------------------------------------------


def test_is_being_sold_is_under_way(en: Language) -> None:
    (deal,) = _deals(en, "Pennock Clinics is being sold to Ardley Health for $90 million.")
    assert _roles(deal) == {("target", "Pennock Clinics"), ("acquirer", "Ardley Health")}
    assert deal.status == "Announced"


def test_esta_siendo_vendida_is_under_way(es: Language) -> None:
    (deal,) = _deals(es, "Hoteles Orballo está siendo vendida a Grupo Cerdeira.")
    assert deal.status == "Announced"


def test_has_been_sold_is_done(en: Language) -> None:
    (deal,) = _deals(en, "Pennock Clinics has been sold to Ardley Health.")
    assert deal.status == "Completed"
