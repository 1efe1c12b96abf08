"""Session 38, helper fdeal (issue #13): false deals counted by sub-class, and four
kinds of false deal: two a loan makes, a description read as an object, a standing
trade told in the lead.

- ``bench/deal_causes.py --detail`` splits each false deal's reason into sub-classes
  that can be read from counts alone (a stray party's kind, whether gold lists it, the
  deal's type, its slot in the deal's sentence; a repeat's type and parties against
  the deal that took its gold deal), so that it may run on the halves nobody studies.
- "la empresa tiene un préstamo de 20 millones de euros de Y": a loan a company has is
  debt it owes, not a stake held (``kg.deals.frames._loan_held``, ``hold:loan-held``),
  whatever a clause hung on the loan says of a capital.
- "... un préstamo de 20 millones de euros de Y": a name told with "de" after the amount
  of a loan is its lender, no antecedent of "el fondo" or of a dropped subject
  (``kg.deals.guards._loan_amount_of``, ``guard:lender-after-amount``).
- "X compró Y, el principal proveedor de Z, por 18 millones": a description with its
  article right after a named object is its apposition, not a second object read as
  goods bought from Z (``kg.deals.syntax._object_read_for_apposition``,
  ``syntax:object-apposition``); "Y, la filial de Z" still tells the seller Z.
- "X bought Y, which supplies Z": a relative clause on a noun in the article's first
  sentence tells a standing trade, as it does further on, not the headline's news
  (``kg.deals.asserted._describes_noun``, ``asserted:relative-habit-in-lead``).
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import deal_causes  # noqa: E402
from causes_fixtures import gold, processed  # noqa: E402

from kg.facts import Deal  # noqa: E402
from train.deal_scorer import Document, GoldDeal  # noqa: E402


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _investments(deals: list[Deal]) -> list[set[tuple[str, str]]]:
    return [_roles(d) for d in deals if d.type == "Investment"]


# -- a loan held is no stake ------------------------------------------------------------


def test_a_loan_held_is_no_stake(es: Language) -> None:
    deals = _deals(es, "El fondo Brisa Norte adquirirá la conservera Anchoas Urdain. La "
                   "conservera tiene un crédito de 9 millones de euros de Banco Lizarra, que "
                   "el comprador respetará cuando entre en el capital.")
    assert not any(("investee", "Banco Lizarra") in r for r in _investments(deals))


def test_a_part_held_of_a_company_is_still_a_stake(es: Language) -> None:
    deals = _deals(es, "El fondo Brisa Norte tiene el 14% de la conservera Anchoas Urdain "
                   "desde 2020.")
    assert {("investor", "Brisa Norte"), ("investee", "Anchoas Urdain")} in _investments(deals)


# -- the lender after a loan's amount ---------------------------------------------------


def test_the_lender_after_a_loans_amount_is_no_antecedent(es: Language) -> None:
    deals = _deals(es, "El fondo Brisa Norte adquirirá la conservera Anchoas Urdain. La "
                   "conservera tiene un préstamo de 15 millones de euros de Caja Orduña, que "
                   "el fondo conservará tras su entrada en el capital.")
    assert not any(
        ref.name == "Caja Orduña" for d in deals if d.type == "Investment" for _, ref in d.roles
    )


def test_a_convertible_loans_lender_still_invests(es: Language) -> None:
    deals = _deals(es, "La conservera Anchoas Urdain recibió un préstamo convertible de 2 "
                   "millones de euros de Brisa Norte.")
    assert {("investor", "Brisa Norte"), ("investee", "Anchoas Urdain")} in _investments(deals)


# -- deal_causes --detail ---------------------------------------------------------------

TEXT = (
    "Kelso Brewing bought Tarrant Maltings for $25 million on Friday. "
    "Kelso Brewing and Orrin Hops have shared a warehouse since 2018."
)


@pytest.fixture(scope="module")
def document() -> Document:
    doc = processed("s38-detail", TEXT)
    assert {"Kelso Brewing", "Tarrant Maltings", "Orrin Hops"} <= {
        e.name for e in doc.entities.values()}
    assert [d.type for d in doc.doc._.kg_deals] == ["Acquisition"]
    return doc


def _with_deals(document: Document, deals: list[Deal], golds: list[GoldDeal]) -> Document:
    doc = document.doc.copy()
    doc._.kg_deals = deals
    return dataclasses.replace(document, doc=doc, gold=golds)


@pytest.mark.model
def test_a_stray_party_is_told_by_kind_listing_type_and_slot(document: Document) -> None:
    stray = dataclasses.replace(document, gold=gold(
        (("partner", "Kelso Brewing"), ("partner", "Orrin Hops")),
    ))
    nobody = deal_causes._lister(set())
    assert deal_causes.detail(stray, nobody) == {
        "stray party: org, unlisted, Acquisition, object": 1}
    listed = deal_causes._lister({"tarrant maltings"})
    assert deal_causes.detail(stray, listed) == {
        "stray party: org, listed, Acquisition, object": 1}
    longer = deal_causes._lister({"tarrant maltings group"})  # its bounds misread
    assert deal_causes.detail(stray, longer) == {
        "stray party: org, partial, Acquisition, object": 1}
    # the plain count is the same reason, undivided
    assert deal_causes.causes(stray)[1] == {"stray party": 1}


@pytest.mark.model
def test_a_repeat_is_told_by_type_and_parties(document: Document) -> None:
    (deal,) = document.doc._.kg_deals
    reversed_roles = dataclasses.replace(
        deal, type="Investment",
        roles=tuple(("investor" if r == "target" else "investee", x) for r, x in deal.roles))
    twice = _with_deals(document, [deal, reversed_roles], gold(
        (("acquirer", "Kelso Brewing"), ("target", "Tarrant Maltings")),
    ))
    assert deal_causes.detail(twice, deal_causes._lister(set())) == {
        "repeat: other type, reversed roles": 1}
    same = _with_deals(document, [deal, deal], twice.gold)
    assert deal_causes.detail(same, deal_causes._lister(set())) == {
        "repeat: same type, same parties": 1}


@pytest.mark.model
def test_a_wrong_pair_says_whether_a_neighbours_deal_was_missed(document: Document) -> None:
    wrong = dataclasses.replace(document, gold=gold(
        (("acquirer", "Kelso Brewing"), ("target", "Orrin Hops")),
        (("investor", "Orrin Hops"), ("investee", "Tarrant Maltings")),
    ))
    assert deal_causes.detail(wrong, deal_causes._lister(set())) == {
        "wrong pair: Acquisition, neighbour missed, all named": 1}


def test_plain_output_is_unchanged_without_detail(capsys: pytest.CaptureFixture[str]) -> None:
    row = deal_causes.Counter({"apart": 2})
    deal_causes._print_row(False, "dev A", 5, 3, row, deal_causes.Counter(), None)
    out = capsys.readouterr().out
    assert out.startswith("dev A ") and "stray" not in out and out.count("\n") == 1


def test_marginals_count_each_part_of_a_subclass() -> None:
    subs = deal_causes.Counter({"stray party: org, listed, Acquisition, object": 2,
                                "stray party: person, listed, Investment, subject": 1,
                                "one party: Investment": 1})
    assert deal_causes.marginals(subs) == {
        "stray party: org": 2, "stray party: person": 1, "stray party: listed": 3,
        "stray party: Acquisition": 2, "stray party: Investment": 1,
        "stray party: object": 2, "stray party: subject": 1, "one party: Investment": 1}


# -- a description after a named object ------------------------------------------------


def test_a_supplier_described_after_the_object_is_no_goods_bought(es: Language) -> None:
    deals = _deals(es, "Curtidos Maraña compró Pieles Ontaneda, el principal proveedor de "
                   "Calzados Urbión, por 18 millones de euros.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Acquisition", {("acquirer", "Curtidos Maraña"), ("target", "Pieles Ontaneda")})]


def test_a_unit_described_after_the_object_still_names_its_seller(es: Language) -> None:
    deals = _deals(es, "Curtidos Maraña compró Pieles Ontaneda, la filial de pieles de "
                   "Calzados Urbión, por 18 millones de euros.")
    assert ("seller", "Calzados Urbión") in _roles(deals[0])
    assert ("target", "Pieles Ontaneda") in _roles(deals[0])


# -- a standing trade told in a relative clause of the lead --------------------------------


def test_a_relative_clause_in_the_lead_tells_a_standing_trade(en: Language) -> None:
    deals = _deals(en, "Corvel Foods bought Amberly Creamery, which supplies the grocer "
                   "Tessop Stores, for $18 million.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Acquisition", {("acquirer", "Corvel Foods"), ("target", "Amberly Creamery")})]


def test_a_relative_clause_in_the_lead_leaves_the_deal_it_describes(en: Language) -> None:
    deals = _deals(en, "Corvel Foods, which supplies Tessop Stores, signed a deal with "
                   "Amberly Creamery.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("Partnership", {("partner", "Corvel Foods"), ("partner", "Amberly Creamery")})]


def test_the_leads_own_present_still_tells_news(en: Language) -> None:
    deals = _deals(en, "Corvel Foods supplies Tessop Stores with cheese under a new contract.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("PurchaseAgreement", {("seller", "Corvel Foods"), ("buyer", "Tessop Stores")})]
