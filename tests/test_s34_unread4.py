"""Session 34, helper unread4 (issue #13): more deal wordings whose parties share a
sentence but were read as no deal.

- Verbs of handing over ("X ceded its stake in Y to Z", "X handed its Y unit to Z", "X
  transfirió su filial Y a Z", "X ceded control of Y to Z") sell a company, a stake, a
  unit, an asset or control of a company (``kg.deals.transfer.handed_over``); "ceded
  ground to Z", "handed Z a contract", "handed control of its board to Z" and
  "transfirió 5 millones a Z" sell nothing.
- "un consorcio formado por A y B": the Spanish parse hangs "por A" as an object with
  its preposition; the group is still its members (``kg.deals.context``).
- "vendió su filial al consorcio de A y B": the buyer hung on the unit sold
  (``kg.deals.roles.arguments``); "adjudicó el contrato al consorcio ...": the winner
  hung on the contract after the fused "al" (``kg.deals.frames._awarded_to``).
- "'We are in discussions with Y on a partnership,' said A, chief executive of X": "we"
  holding talks is the speaker's organisation (``kg.deals.negotiation``); a union
  leader's "we" is none.
- "Y had also bid for T, but X won with a $300m offer": the winner takes the rival's bid,
  the rival's is lost (``kg.deals.beaten.contest_winners``); "X won a contract" and "X
  won market share" are no such win.
"""

from __future__ import annotations

from spacy.language import Language
from test_s32_unread import _deals, _one, _roles

# -- verbs of handing over -------------------------------------------------------------


def test_handed_unit_is_sold(en: Language) -> None:
    d = _one(en, "Quarnex Inc. handed its Velmont unit to Daskor Corp. for $40 million.")
    assert d.type == "Acquisition"
    assert _roles(d) == {("seller", "Quarnex"), ("target", "Velmont"), ("acquirer", "Daskor")}
    assert d.amount is not None and d.amount.value == 40_000_000


def test_handed_over_unit_is_sold(en: Language) -> None:
    d = _one(en, "Pellory Group handed over its Stanmere division to Orvik Corp. last week.")
    assert ("acquirer", "Orvik") in _roles(d) or ("acquirer", "Orvik Corp.") in _roles(d)


def test_ceded_stake_is_sold(en: Language) -> None:
    d = _one(en, "Quarnex Inc. ceded its stake in Velmont Ltd. to Daskor Corp. for $40 million.")
    assert d.type == "Investment"
    assert ("investor", "Daskor") in _roles(d) and ("investee", "Velmont") in _roles(d)


def test_transferred_subsidiary_is_sold(es: Language) -> None:
    d = _one(es, "Quarnex S.A. transfirió su participación en Velmont S.L. a Grupo Daskor "
                 "por 40 millones de euros.")
    assert ("seller", "Quarnex") in _roles(d) and ("investor", "Grupo Daskor") in _roles(d)


def test_ceded_control_of_a_company_is_sold(en: Language) -> None:
    d = _one(en, "Quarnex Inc. ceded control of Velmont Ltd. to Daskor Corp.")
    assert _roles(d) == {("seller", "Quarnex"), ("target", "Velmont"), ("acquirer", "Daskor")}


def test_handed_control_of_a_board_is_no_sale(en: Language) -> None:
    assert _deals(en, "Quarnex Inc. handed control of its board to Daskor Corp.") == []


def test_ceded_ground_is_no_sale(en: Language) -> None:
    assert _deals(en, "Quarnex Inc. ceded ground to Daskor Corp. in the cloud market.") == []


def test_transferred_money_is_no_sale(es: Language) -> None:
    assert _deals(es, "Quarnex S.A. transfirió 5 millones de euros a Grupo Daskor.") == []


def test_handed_contract_stays_an_award(en: Language) -> None:
    d = _one(en, "Quarnex Inc. handed Daskor Corp. a $40 million contract.")
    assert d.type == "PurchaseAgreement"


# -- a consortium's members --------------------------------------------------------------


def test_unit_sold_to_consortium_formed_by(es: Language) -> None:
    d = _one(es, "Aguas de Morvedre vendió su filial al consorcio formado por "
                 "Construcciones Talvora y Grupo Brimex.")
    assert _roles(d) == {("seller", "Aguas de Morvedre"), ("acquirer", "Construcciones Talvora"),
                         ("acquirer", "Grupo Brimex")}


def test_contract_awarded_to_consortium_formed_by(es: Language) -> None:
    d = _one(es, "Aguas de Morvedre adjudicó el contrato al consorcio integrado por "
                 "Construcciones Talvora y Grupo Brimex.")
    assert d.type == "PurchaseAgreement"
    assert _roles(d) == {("buyer", "Aguas de Morvedre"), ("seller", "Construcciones Talvora"),
                         ("seller", "Grupo Brimex")}


def test_consortium_of_one_named_member_only(es: Language) -> None:
    d = _one(es, "Aguas de Morvedre vendió su filial al consorcio formado por "
                 "Grupo Brimex y varios fondos.")
    assert ("acquirer", "Grupo Brimex") in _roles(d)


# -- a contest's winner ---------------------------------------------------------------


def test_winner_with_offer_takes_rivals_bid(en: Language) -> None:
    deals = _deals(en, "Quensy Inc. had also bid for Velmont Ltd., but Daskor Corp. won "
                       "with a $300m offer.")
    won = [d for d in deals if ("acquirer", "Daskor") in _roles(d)]
    lost = [d for d in deals if ("acquirer", "Quensy") in _roles(d)]
    assert len(won) == 1 and ("target", "Velmont") in _roles(won[0])
    assert won[0].status == "Announced"
    assert won[0].amount is not None and won[0].amount.value == 300_000_000
    assert len(lost) == 1 and lost[0].status == "Cancelled" and lost[0].amount is None


def test_winner_of_auction_takes_rivals_bid(en: Language) -> None:
    deals = _deals(en, "Quensy Inc. had also bid for Velmont Ltd., but Daskor Corp. won the "
                       "auction.")
    assert any(("acquirer", "Daskor") in _roles(d) for d in deals)


def test_imponerse_con_oferta(es: Language) -> None:
    deals = _deals(es, "Quensy S.A. también presentó una oferta por Velmont S.L., pero Grupo "
                       "Daskor se impuso con una oferta de 300 millones de euros.")
    won = [d for d in deals if ("acquirer", "Grupo Daskor") in _roles(d)]
    assert len(won) == 1 and ("target", "Velmont") in _roles(won[0])


def test_won_contract_is_no_contest_win(en: Language) -> None:
    deals = _deals(en, "Quensy Inc. had also bid for Velmont Ltd., but Daskor Corp. won a "
                       "$300m contract.")
    assert not any(("acquirer", "Daskor") in _roles(d) for d in deals)
    assert all(d.status != "Cancelled" for d in deals)


def test_won_market_share_is_no_contest_win(en: Language) -> None:
    deals = _deals(en, "Quensy Inc. had also bid for Velmont Ltd., but Daskor Corp. won "
                       "market share.")
    assert not any(("acquirer", "Daskor") in _roles(d) for d in deals)


# -- "we" in talks ---------------------------------------------------------------------


def test_we_in_discussions_is_the_speakers_company(en: Language) -> None:
    d = _one(en, '"We are in discussions with Daskor Corp. on a partnership," said Ana Ruiz, '
                 "chief executive of Velmont Inc.")
    assert d.type == "Partnership" and d.status == "InNegotiation"
    assert _roles(d) == {("partner", "Daskor"), ("partner", "Velmont")}


def test_we_in_talks_said_by_the_company(en: Language) -> None:
    d = _one(en, '"We are in talks with Daskor Corp. about a partnership," Velmont Inc. said.')
    assert ("partner", "Velmont") in _roles(d)


def test_we_of_a_union_leader_is_no_partner(en: Language) -> None:
    assert _deals(en, '"We are in discussions with Daskor Corp. on a partnership," said '
                      "union leader Ana Ruiz.") == []
