"""Session 33, helper apart (issue #13): gold deals missed because their parties are
never named in one sentence, one of them said by a description.

- The partner of an agreement that the parser hangs on the verb ("Minera Quellón firmó
  con el consorcio un contrato de suministro") is the company a description stands for,
  never the signer (``kg.deals.roles._signed_with_described``): a company noun told
  before, or the one company whose name begins with the noun ("Consorcio Puerto
  Norte"); with two such companies, "el consorcio" is left unresolved, and with no
  other company, "the group" is nobody.
- The whole or a unit of a company said by a description is of the company the
  description stands for, as a part of it is ("compró la totalidad de la bodega", "la
  venta de la unidad productiva de la cadena a Y"; ``kg.deals.roles.object_kind``); "la
  cadena de cines de Mahón" (a restrictive complement) and "la totalidad de la cosecha"
  stay unread. So are assets said with a described owner, a possessor or a "de"
  complement ("buy the bank's loan portfolio", "comprará la planta de Ohio de la
  compañía": the company sells them); "a rival's plant" names no company told before.
  "El juzgado" (a court) is no company a subject description may mean
  (``not_company_subjects``).
- A holder told as answering a takeover bid ("El fondo Z, que posee un 6 %, tampoco
  aceptó", "Z, which holds 6 per cent, has not tendered its shares") holds the bid's
  target, even when the lede's subject (the story's topic) is the bidder
  (``kg.deals.tacit.part_of_topic``); a holder told doing something else stays with the
  topic.
- "X tabled a rival bid of $70 million": an "of" phrase that holds a sum is the bid's
  value, not what it is for, so the rival bids for the company in play
  (``kg.deals.rivals._says_what_for``); "a rival bid of $70 million for Y" is for Y.
- "Corran Street Capital offered $9 a share": a verb of offering whose only object is a
  sum bids for the company in play (``kg.deals.rivals._sum_offered``); a sum offered
  to someone ("to its customers"), for another company, or a bonus offered to staff is
  none.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _parties(deal: Deal) -> set[str]:
    return {ref.name for _, ref in deal.roles}


def _roles_of(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _facing(deals: list[Deal], side: tuple[str, str], role: str) -> set[str]:
    """The parties in ``role`` of the deals where ``side`` (role, name) is a party."""
    return {ref.name for d in deals if side in _roles_of(d) for r, ref in d.roles if r == role}


def _investees(deals: list[Deal], investor: str) -> set[str]:
    return _facing(deals, ("investor", investor), "investee")


def _targets_of(deals: list[Deal], acquirer: str) -> set[str]:
    return _facing(deals, ("acquirer", acquirer), "target")


def _one(nlp: Language, text: str) -> Deal:
    deals = _deals(nlp, text)
    assert len(deals) == 1, deals
    return deals[0]


# -- the partner of the verb, said by a description --------------------------------------


def test_no_other_company_leaves_the_description_unresolved(en: Language) -> None:
    assert not _deals(en, "Beta Mining opened a new mine in Chile. The company signed with "
                          "the group a ten-year supply contract in November.")


_ONE_DEAL = {
    "consorcio-by-its-head-word": (
        "es", "La concesión fue adjudicada al Consorcio Puerto Norte, que invertirá 400 "
        "millones. Minera Quellón firmó en noviembre con el consorcio un contrato de "
        "suministro por diez años.", {"Consorcio Puerto Norte", "Minera Quellón"}),
    "signed-with-the-company": (
        "en", "Acme Ports Ltd will invest $400 million in the terminal. Beta Mining signed "
        "with the company a ten-year supply contract in November.", {"Acme Ports", "Beta Mining"}),
    "unidad-productiva-de-la-cadena": (
        "es", "Las salas de Cines Arrecife seguirán abiertas. El juzgado autorizó ayer la venta "
        "de la unidad productiva de la cadena a la valenciana Luna Ocio por 3 millones de "
        "euros.", {"Cines Arrecife", "Luna Ocio"}),
}


@pytest.mark.parametrize("case", sorted(_ONE_DEAL))
def test_parties_of_the_one_deal(case: str, request: pytest.FixtureRequest) -> None:
    lang, text, parties = _ONE_DEAL[case]
    nlp = request.getfixturevalue(lang)
    assert _parties(_one(nlp, text)) == parties


def test_firmo_con_la_empresa_un_contrato(es: Language) -> None:
    d = _one(es, "Puerto Norte S.A. invertirá 400 millones en la terminal. Minera Quellón "
                 "firmó en noviembre con la empresa un contrato de suministro por diez años.")
    assert _parties(d) == {"Puerto Norte", "Minera Quellón"}
    assert "parties:signed-with-described" in d.rules


def test_two_consortia_leave_el_consorcio_unresolved(es: Language) -> None:
    deals = _deals(es, "El Consorcio Puerto Norte y el Consorcio Bahía Sur presentaron "
                       "ofertas por la concesión. Minera Quellón firmó en noviembre con el "
                       "consorcio un contrato de suministro por diez años.")
    assert not any("Minera Quellón" in _parties(d) for d in deals), deals


# -- the whole or a unit of a described company ----------------------------------------


def test_totalidad_de_la_bodega(es: Language) -> None:
    d = _one(es, "Las ventas de Bodegas Lanuza crecieron un 10%. En 2025, la Cooperativa del "
                 "Cinca compró la totalidad de la bodega.")
    assert ("target", "Bodegas Lanuza") in _roles_of(d)
    assert _parties(d) == {"Bodegas Lanuza", "Cooperativa del Cinca"}


def test_unidad_productiva_bought_from_the_described_company(es: Language) -> None:
    d = _one(es, "Las salas de Cines Arrecife seguirán abiertas. Luna Ocio compró la unidad "
                 "productiva de la cadena, en concurso de acreedores desde abril, por 3 "
                 "millones de euros.")
    assert _roles_of(d) == {("seller", "Cines Arrecife"), ("acquirer", "Luna Ocio")}


def test_a_restrictive_complement_or_goods_stay_unread(es: Language) -> None:
    assert not _deals(es, "Las salas de Cines Arrecife seguirán abiertas. Luna Ocio compró el "
                          "60% de la cadena de cines de Mahón por 3 millones de euros.")
    assert not _deals(es, "Las ventas de Bodegas Lanuza crecieron un 10%. En 2025, la "
                          "Cooperativa del Cinca compró la totalidad de la cosecha.")


# -- a holder answering the bid holds the target ---------------------------------------

_BID_ES = ("La noruega Fjordnor Holding decidió prorrogar su OPA por Salmones Quellón S.A., "
           "luego de que las aceptaciones llegaran al 61%. Fjordnor necesita el 67% para "
           "tomar el control. Fjordnor ofrece 1.800 pesos por acción. Salmones Quellón "
           "tiene cuatro centros de cultivo. ")


def test_holder_that_did_not_accept_holds_the_target(es: Language) -> None:
    deals = _deals(es, _BID_ES + "El fondo de inversión Calbuco Sur, que posee un 6%, "
                                 "tampoco aceptó.")
    assert _investees(deals, "Calbuco Sur") == {"Salmones Quellón"}


def test_holder_that_has_not_tendered_holds_the_target(en: Language) -> None:
    deals = _deals(en, "Norway's Fjordnor Holding extended its takeover offer for Quellon "
                       "Salmon Ltd after acceptances reached 61 per cent. Fjordnor needs 67 "
                       "per cent to take control. Fjordnor is offering 1,800 pesos a share. "
                       "Calbuco Capital, which holds 6 per cent, has not tendered its shares.")
    assert _investees(deals, "Calbuco Capital") == {"Quellon Salmon"}


def test_holder_not_answering_the_bid_stays_with_the_topic(es: Language) -> None:
    deals = _deals(es, _BID_ES + "El fondo de inversión Calbuco Sur, que posee un 6%, publicó "
                                 "ayer sus resultados.")
    assert _investees(deals, "Calbuco Sur") == {"Fjordnor Holding"}


# -- a rival bid of a sum ---------------------------------------------------------------

_PLAY_EN = ("Botsh Pharmacy Group this week agreed to buy Kgale Chemists, a 19-branch chain, "
            "for $64 million. Kgale Chemists did not come cheap. Cape Vital Pharmacy Group, "
            "a South African chain, tabled a rival bid of $70 million")


def test_rival_bid_of_a_sum_is_for_the_company_in_play(en: Language) -> None:
    deals = _deals(en, _PLAY_EN + " in September.")
    assert _targets_of(deals, "Cape Vital Pharmacy Group") == {"Kgale Chemists"}


def test_rival_bid_that_names_its_target_keeps_it(en: Language) -> None:
    deals = _deals(en, _PLAY_EN + " for Mokolodi Stores in September.")
    assert _targets_of(deals, "Cape Vital Pharmacy Group") == {"Mokolodi Stores"}


# -- a sum offered by a rival -----------------------------------------------------------

_SOLD_EN = "Quarry Hill Partners agreed to buy Valletta Games for $200 million. "


def test_sum_offered_is_a_bid_for_the_company_in_play(en: Language) -> None:
    deals = _deals(en, _SOLD_EN + "Corran Street Capital offered $9 a share.")
    assert _targets_of(deals, "Corran Street Capital") == {"Valletta Games"}
    deals = _deals(en, _SOLD_EN + "Rival Corran Street Capital offered $210 million.")
    assert _targets_of(deals, "Corran Street Capital") == {"Valletta Games"}


def test_sum_offered_to_someone_or_for_another_is_no_rival_bid(en: Language) -> None:
    for tail in ("Corran Street Capital offered $210 million in new loans to its customers.",
                 "Corran Street Capital offered staff a bonus of $2,000."):
        assert not _targets_of(_deals(en, _SOLD_EN + tail), "Corran Street Capital")
    deals = _deals(en, _SOLD_EN + "Corran Street Capital offered $210 million for Bugibba "
                                  "Slots.")
    assert _targets_of(deals, "Corran Street Capital") == {"Bugibba Slots"}


# -- assets of a described company --------------------------------------------------------


def test_the_banks_loan_portfolio_is_sold_by_the_bank(en: Language) -> None:
    d = _one(en, "Kenema Mutual Bank's licence was revoked at midnight. Harbour Recovery "
                 "Partners has agreed to buy the bank's loan portfolio for $18 million.")
    assert _roles_of(d) == {("seller", "Kenema Mutual Bank"),
                            ("acquirer", "Harbour Recovery Partners")}


def test_la_planta_de_la_compania_is_sold_by_the_company(es: Language) -> None:
    d = _one(es, "Aceros Kenema S.A. presentó pérdidas. Harbour Metals comprará la planta de "
                 "Ohio de la compañía por 18 millones de dólares.")
    assert _roles_of(d) == {("seller", "Aceros Kenema"), ("acquirer", "Harbour Metals")}


def test_an_indefinite_owner_names_no_seller(en: Language) -> None:
    assert not _deals(en, "Kenema Steel Ltd reported a loss on Monday. Harbour Metals has "
                          "agreed to buy a rival's Ohio plant for $18 million.")
