"""Session 32, helper unread (issue #13): deals whose parties share a sentence but were
read as no deal (inventory tests/data/constructions/unread).

- An owner told as a new state with "now" ("Y is now in the hands of X", "Y, now part
  of X", "Y está ya en manos de X", "Y, ahora integrada en X", "Y, hoy propiedad de X",
  "desde enero Y forma parte de X"): X took Y over (``kg.deals.held_now``); "still in
  the hands of", "sigue en manos de", "ya no está en manos de", "now part of the FTSE
  250 index" and a plain "integrada en X" tell no change.
- A company called an addition to an owner's holdings ("Y is the latest addition to the
  X portfolio", "Y es la última incorporación a la cartera de X"): X bought Y
  (``kg.deals.held_now``); "a welcome addition to the high street", "la última
  incorporación al equipo de X" (a hire) are none.
- "After a three-way contest, X ended up with Y": X bought Y
  (``kg.deals.possession.ended_with``); "ended up with a loss" is none.
- "the scheme of arrangement under which Y passes to X", "el acuerdo por el que Y pasa
  a X": a company gone to another under an agreement is bought, as one gone for a price
  (``kg.deals.possession._under_deal``); an office that passes ("the chairmanship
  passes to X") is none.
- "X would be open to offers for its unit Y", "X estaría abierto a ofertas por su filial
  Y": X is the seller, not a bidder (``kg.deals.frames._open_to_offers``).
- "Y has been selected as preferred supplier by X": the agent the parser hangs on the
  role noun is the buyer, and a preferred supplier is still in talks
  (``kg.deals.frames._chosen_sides``, ``kg.deals.winner.winner_status``); "X eligió a Y
  como adjudicataria de su concurso" chooses the winner of a contract
  (``kg.deals.winner.wins_contract``), not of a prize.
- "consiste en comprar todo Y por parte de X": the "por parte de" agent hung
  on the verb is the noun's (``kg.deals.roles._following_dative``).
- "X agreed to fold Y into its network": a takeover; "fold its unit Y into its main
  business" and "X folded" are none (``kg.deals.frames._folded_into_own``).
- "X assumed the deposits of failed Y", "X asumió los depósitos de la quebrada Y": X
  takes the lender over; "asumió la deuda de Y" is none
  (``kg.deals.frames._deposits_assumed``).
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _one(nlp: Language, text: str) -> Deal:
    deals = _deals(nlp, text)
    assert len(deals) == 1, deals
    return deals[0]


# -- an owner told as a new state ------------------------------------------------------


def test_now_in_the_hands_of_is_a_takeover(en: Language, es: Language) -> None:
    d = _one(en, "Marsh Valve is now in the hands of Corlett Engineering.")
    assert (d.type, d.status) == ("Acquisition", "Completed")
    assert _roles(d) == {("acquirer", "Corlett Engineering"), ("target", "Marsh Valve")}
    d = _one(es, "Quesos Arbolí está ya en manos de Grupo Ventisca.")
    assert _roles(d) == {("acquirer", "Grupo Ventisca"), ("target", "Quesos Arbolí")}
    assert d.status == "Completed"


def test_now_part_of_in_apposition_is_a_done_takeover(en: Language, es: Language) -> None:
    d = _one(en, "Brindle Tools, now part of Oakhurst Industries, will open a plant.")
    assert _roles(d) == {("acquirer", "Oakhurst Industries"), ("target", "Brindle Tools")}
    assert d.status == "Completed"  # the state holds already, whatever the clause's tense
    d = _one(en, "Brindle Tools is now a unit of Oakhurst Industries.")
    assert _roles(d) == {("acquirer", "Oakhurst Industries"), ("target", "Brindle Tools")}


def test_ahora_integrada_hoy_propiedad_forma_parte(es: Language) -> None:
    d = _one(es, "Bodegas Ferral, ahora integrada en Grupo Lucena, abrirá diez tiendas.")
    assert _roles(d) == {("acquirer", "Grupo Lucena"), ("target", "Bodegas Ferral")}
    assert d.status == "Completed"
    d = _one(es, "Talleres Orcasitas, hoy propiedad de Grupo Benasque, abrirá una planta.")
    assert _roles(d) == {("acquirer", "Grupo Benasque"), ("target", "Talleres Orcasitas")}
    d = _one(es, "Talleres Orcasitas, que ahora forma parte de Grupo Benasque, abrirá una "
                 "planta.")
    assert _roles(d) == {("acquirer", "Grupo Benasque"), ("target", "Talleres Orcasitas")}
    d = _one(es, "Desde enero, Transportes Lirquén forma parte de Grupo Andes Logística.")
    assert _roles(d) == {("acquirer", "Grupo Andes Logística"),
                         ("target", "Transportes Lirquén")}


def test_a_state_with_no_change_is_no_deal(en: Language, es: Language) -> None:
    assert not _deals(en, "Marsh Valve is still in the hands of Corlett Engineering.")
    assert not _deals(en, "Brindle Tools, now part of the FTSE 250 index, rose 3%.")
    assert not _deals(es, "Quesos Arbolí ya no está en manos de Grupo Ventisca.")
    assert not _deals(es, "Quesos Arbolí sigue en manos de Grupo Ventisca.")
    assert not _deals(es, "Bodegas Ferral, integrada en Grupo Lucena, abrirá diez tiendas.")
    assert not _deals(es, "Desde 1990, Transportes Lirquén forma parte de Grupo Andes "
                          "Logística.")


# -- open to offers ----------------------------------------------------------------------


def test_open_to_offers_for_a_unit_names_the_seller(en: Language, es: Language) -> None:
    d = _one(en, "Halden Group would be open to offers for its unit Brisk Coatings, its "
                 "chairman said.")
    assert _roles(d) == {("seller", "Halden Group"), ("target", "Brisk Coatings")}
    d = _one(es, "Grupo Ansó estaría abierto a ofertas por su filial Pinturas Tena.")
    assert _roles(d) == {("seller", "Grupo Ansó"), ("target", "Pinturas Tena")}


def test_an_offer_made_keeps_its_bidder(en: Language, es: Language) -> None:
    d = _one(en, "Halden Group made an offer for Brisk Coatings.")
    assert _roles(d) == {("acquirer", "Halden Group"), ("target", "Brisk Coatings")}
    d = _one(es, "Grupo Ansó presentó una oferta por Pinturas Tena.")
    assert _roles(d) == {("acquirer", "Grupo Ansó"), ("target", "Pinturas Tena")}


# -- a supplier or a winner chosen -------------------------------------------------------


def test_preferred_supplier_chosen_by_a_buyer(en: Language) -> None:
    d = _one(en, "Garston Textiles has been selected as preferred supplier by Northvale "
                 "Council for its new uniforms.")
    assert d.type == "PurchaseAgreement"
    assert _roles(d) == {("buyer", "Northvale Council"), ("seller", "Garston Textiles")}
    assert d.status == "InNegotiation"


def test_a_finalist_chosen_is_no_deal(en: Language) -> None:
    assert not _deals(en, "Garston Textiles has been selected as a finalist by Northvale "
                          "Council.")


def test_chosen_as_winner_of_a_contest(es: Language) -> None:
    d = _one(es, "Limpiezas Arlanza fue elegida por el Ayuntamiento de Burgos como "
                 "adjudicataria de su concurso de limpieza viaria.")
    assert d.type == "PurchaseAgreement"
    assert _roles(d) == {("buyer", "Ayuntamiento de Burgos"), ("seller", "Limpiezas Arlanza")}


def test_chosen_as_winner_of_a_prize_is_no_deal(es: Language) -> None:
    assert not _deals(es, "El Ayuntamiento de Burgos eligió a Limpiezas Arlanza como "
                          "ganadora de su concurso de startups.")


# -- "por parte de" hung on the verb -----------------------------------------------------


def test_por_parte_de_after_the_deal_noun_is_its_agent(es: Language) -> None:
    d = _one(es, "La operación consiste en la compra del 100% de las acciones de Lácteos "
                 "Ubierna por parte de Grupo Cidacos.")
    assert _roles(d) == {("acquirer", "Grupo Cidacos"), ("target", "Lácteos Ubierna")}


def test_por_of_a_passive_is_no_agent_of_the_noun(es: Language) -> None:
    d = _deals(es, "La compra de Lácteos Ubierna fue criticada por el Ministerio de Consumo.")
    assert not any(("acquirer", "Ministerio de Consumo") in _roles(x) for x in d)


# -- fold into one's network ---------------------------------------------------------------


def test_fold_a_company_into_ones_network(en: Language) -> None:
    d = _one(en, "Harlan Health agreed to fold Tarrow Pharmacy into its network for $64 "
                 "million.")
    assert d.type == "Acquisition"
    assert _roles(d) == {("acquirer", "Harlan Health"), ("target", "Tarrow Pharmacy")}


def test_fold_ones_own_unit_or_closing_is_no_deal(en: Language) -> None:
    assert not _deals(en, "Harlan Health will fold its unit Tarrow Pharmacy into its main "
                          "business.")
    assert not _deals(en, "Harlan Health folded after a weak year.")


# -- deposits assumed ---------------------------------------------------------------------


def test_deposits_of_a_failed_lender_assumed(en: Language, es: Language) -> None:
    d = _one(en, "Halvard Trust assumed the deposits of failed Redmere Savings Bank.")
    assert (d.type, d.status) == ("Acquisition", "Completed")
    assert _roles(d) == {("acquirer", "Halvard Trust"), ("target", "Redmere Savings Bank")}
    d = _one(es, "Banco Andino del Sur asumió los depósitos y las sucursales de la quebrada "
                 "Caja Rural Chancay.")
    assert _roles(d) == {("acquirer", "Banco Andino del Sur"), ("target", "Caja Rural Chancay")}


def test_debt_or_a_role_assumed_is_no_deal(en: Language, es: Language) -> None:
    assert not _deals(es, "Banco Andino del Sur asumió la deuda de Caja Rural Chancay.")
    assert not _deals(en, "Halvard Trust assumed the role of Redmere Savings Bank as lead "
                          "lender.")


def test_copula_carries_the_adverb(es: Language) -> None:
    d = _one(es, "La conservera Salazones Oriñón está ya en manos de Grupo Santoña Mar.")
    assert _roles(d) == {("acquirer", "Grupo Santoña Mar"), ("target", "Salazones Oriñón")}


# -- an addition to an owner's holdings ------------------------------------------------


def test_latest_addition_to_a_portfolio_is_bought(en: Language, es: Language) -> None:
    d = _one(en, "Penrose Candles is the latest addition to the Whitcombe Equity portfolio.")
    assert (d.type, d.status) == ("Acquisition", "Completed")
    assert _roles(d) == {("acquirer", "Whitcombe Equity"), ("target", "Penrose Candles")}
    d = _one(en, "The Fairhaven Inn, the newest addition to Corbett Hospitality's portfolio, "
                 "reopens in May.")
    assert _roles(d) == {("acquirer", "Corbett Hospitality"), ("target", "Fairhaven Inn")}
    d = _one(es, "El Hotel Miramar es la última incorporación a la cartera de Hoteles "
                 "Almadraba.")
    assert _roles(d) == {("acquirer", "Hoteles Almadraba"), ("target", "Hotel Miramar")}


def test_an_addition_to_no_holdings_is_no_deal(en: Language, es: Language) -> None:
    assert not _deals(en, "Penrose Candles is a welcome addition to the high street.")
    assert not _deals(es, "Marta Olazábal es la última incorporación al equipo de Hoteles "
                          "Almadraba.")
    assert not _deals(en, "Penrose Candles is the latest addition to the FTSE 250 index.")


# -- ended up with -------------------------------------------------------------------------


def test_ended_up_with_a_company(en: Language) -> None:
    d = _one(en, "Harwell Grain ended up with Ashby Mills.")
    assert (d.type, d.status) == ("Acquisition", "Completed")
    assert _roles(d) == {("acquirer", "Harwell Grain"), ("target", "Ashby Mills")}
    d = _one(en, "After a long auction, Harwell Grain ended up with the flour maker Ashby "
                 "Mills for $55 million.")
    assert _roles(d) == {("acquirer", "Harwell Grain"), ("target", "Ashby Mills")}


def test_ended_up_with_a_loss_or_in_hands(en: Language) -> None:
    assert not _deals(en, "Harwell Grain ended up with a loss of $4 million.")
    d = _one(en, "Ashby Mills ended up in the hands of Harwell Grain.")
    assert _roles(d) == {("acquirer", "Harwell Grain"), ("target", "Ashby Mills")}


# -- passed to a buyer under an agreement ------------------------------------------------


def test_a_company_passes_under_a_scheme(en: Language, es: Language) -> None:
    d = _one(en, "The court sanctioned the scheme of arrangement under which Grouville "
                 "Trust plc passes to Rozel Holdings.")
    assert d.type == "Acquisition"
    assert {role for role, _ in d.roles} == {"acquirer", "target"}
    assert ("target", "Grouville Trust") in _roles(d)
    d = _one(es, "La junta aprobó el acuerdo por el que Conservas Ribadeo pasa a Grupo Lugo "
                 "Alimentación.")
    assert _roles(d) == {("acquirer", "Grupo Lugo Alimentación"), ("target", "Conservas Ribadeo")}


def test_an_office_passing_under_a_plan_is_no_deal(en: Language, es: Language) -> None:
    assert not _deals(en, "The court sanctioned the plan under which the chairmanship passes "
                          "to Rozel Holdings.")
    assert not _deals(es, "La junta aprobó el acuerdo por el que la presidencia pasa a Grupo "
                          "Lugo Alimentación.")
