"""Session 36, helper unread7 (issue #13): deal wordings kg did not read though both
parties share the sentence (sentences written for these tests, names invented).

- A relative clause of holding or striking an agreement names its parties as one of
  signing does: "the code-share agreement (that) X has with Y", "el acuerdo de
  distribución que X mantiene con Y", "the supply deal that X struck with Y", "el
  acuerdo que X alcanzó con Y" (``agreement_held_verbs``,
  ``kg.deals.frames._signed_in_relative``, parties:held-in-relative); and English "a
  contract X signed with Y", which the parser reads as the name the subject of a clause
  of its own, the noun a compound of the name. "the talks X held with Y" (no
  agreement) and "the contract X has" (no other side) name no pair.
- A definite merger or agreement told by a relative clause whose subject is "they" or
  left unsaid on a plural verb ("A y B dieron por rotas las conversaciones sobre la
  fusión que pactaron en abril", "A and B abandoned the merger they agreed last
  year") is the pair's, as "su fusión" is: no bare reference back
  (``kg.deals.roles._told_by_pair``). "the merger it announced", "la fusión que
  bloqueó la CNMC", "la fusión que creará un líder" and a bare "la fusión" still refer
  back.
- A company counted among the bidders or suitors for another ("Y is among the suitors
  for X", "X is exploring a sale and Y is among potential bidders") may buy it: a
  rumoured takeover (``kg.deals.interest``, frame:among-bidders); the bidders for a
  contract, or the investors a company is among, buy no company.
"""

from __future__ import annotations

from spacy.language import Language
from test_s32_unread import _deals, _roles

# -- a relative clause of holding or striking an agreement ---------------------------


def test_agreement_held_in_spanish_relative(es: Language) -> None:
    deals = _deals(es, "La venta no afecta al acuerdo de distribución que Calvera "
                       "mantiene con la alemana Holtz Logistik GmbH.")
    assert [_roles(d) for d in deals] == [
        {("partner", "Calvera"), ("partner", "Holtz Logistik")}
    ]


def test_agreement_reached_in_spanish_relative(es: Language) -> None:
    deals = _deals(es, "El acuerdo que Calvera alcanzó con Holtz Logistik en 2021 "
                       "sigue vigente.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Partnership", {("partner", "Calvera"), ("partner", "Holtz Logistik")})
    ]


def test_agreement_had_in_english_relative(en: Language) -> None:
    deals = _deals(en, "The takeover does not affect the code-share agreement that "
                       "Morrow Air has with Dunbar Airways.")
    assert any(
        _roles(d) == {("partner", "Morrow Air"), ("partner", "Dunbar Airways")} for d in deals
    )


def test_supply_deal_struck_in_english_relative(en: Language) -> None:
    deals = _deals(en, "The supply deal that Harlow Mining struck with Dunbar Oil in "
                       "2021 remains in force.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("PurchaseAgreement", {("buyer", "Dunbar Oil"), ("seller", "Harlow Mining")})
    ]


def test_contract_signed_in_reduced_relative_read_as_clause(en: Language) -> None:
    deals = _deals(en, "The jewel is a five-year cleaning contract Morrow Pipes signed "
                       "last spring with Dunbar Oil Co.")
    assert [(d.type, d.status, _roles(d)) for d in deals] == [
        ("PurchaseAgreement", "Completed",
         {("buyer", "Dunbar Oil"), ("seller", "Morrow Pipes")})
    ]


def test_contract_signed_in_reduced_relative_by_company_told_before(en: Language) -> None:
    # the signer already read as the contract's party (the company of the text): the
    # clause still names the other side
    deals = _deals(en, "Harlow Mining Corp. runs three quarries in Kent. The jewel is a "
                       "ten-year haulage contract Harlow Mining signed in May with Dunbar "
                       "Oil Co., worth $6 million.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("PurchaseAgreement", {("buyer", "Dunbar Oil"), ("seller", "Harlow Mining")})
    ]


def test_talks_held_in_relative_are_no_agreement(en: Language) -> None:
    assert _deals(en, "The talks that Morrow Air has held with Dunbar Airways were long.") == []


def test_contract_had_with_no_other_side(en: Language) -> None:
    assert _deals(en, "The contract Morrow Pipes has is worth $5 million.") == []


# -- a definite merger told by the pair's own relative clause ------------------------


def test_merger_talks_ended_told_by_pair_relative(es: Language) -> None:
    deals = _deals(es, "Grupo Tavira y Lácteos Belmonte SA dieron ayer por rotas las "
                       "conversaciones sobre la fusión entre iguales que pactaron en abril.")
    assert [(d.type, d.status, _roles(d)) for d in deals] == [
        ("Merger", "Cancelled", {("partner", "Grupo Tavira"), ("partner", "Lácteos Belmonte")})
    ]


def test_merger_abandoned_told_by_they_relative(en: Language) -> None:
    deals = _deals(en, "Morrow Foods and Dunbar Dairies have abandoned the merger that "
                       "they agreed last year.")
    assert [(d.type, d.status, _roles(d)) for d in deals] == [
        ("Merger", "Cancelled", {("partner", "Morrow Foods"), ("partner", "Dunbar Dairies")})
    ]


def test_merger_told_by_another_subject_still_refers_back(en: Language, es: Language) -> None:
    assert _deals(en, "Morrow Foods and Dunbar Dairies have abandoned the merger it "
                      "announced in March.") == []
    assert _deals(es, "Grupo Tavira y Lácteos Belmonte SA han aplaudido la fusión que "
                      "bloqueó la CNMC.") == []
    assert _deals(es, "Grupo Tavira y Lácteos Belmonte SA estudian la fusión que creará "
                      "un líder del sector.") == []
    assert _deals(es, "Grupo Tavira y Lácteos Belmonte SA han abandonado la fusión.") == []


# -- a company among the bidders -----------------------------------------------------


def test_among_bidders_with_sale_told(en: Language) -> None:
    deals = _deals(en, "Harwell Drones is exploring a sale and Ostrava Capital is among "
                       "potential bidders, the paper reported.")
    assert [(d.type, d.status, _roles(d)) for d in deals] == [
        ("Acquisition", "Rumoured", {("acquirer", "Ostrava Capital"), ("target", "Harwell Drones")})
    ]


def test_among_suitors_for_named_company(en: Language) -> None:
    deals = _deals(en, "Ostrava Capital is among the suitors for Harwell Drones, people "
                       "familiar said.")
    assert [(d.type, d.status, _roles(d)) for d in deals] == [
        ("Acquisition", "Rumoured", {("acquirer", "Ostrava Capital"), ("target", "Harwell Drones")})
    ]


def test_among_bidders_for_contract_or_among_investors(en: Language) -> None:
    assert _deals(en, "Ostrava Capital is among the bidders for the Leeds bridge contract.") == []
    assert _deals(en, "Ostrava Capital is among the largest investors in Harwell Drones.") == []
