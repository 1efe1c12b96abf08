"""Rules that compared spaCy tokens by identity (session 25). ``t.head``, ``t.subtree``
and ``doc[i]`` make a new ``Token`` object on every access, so ``head is not tok`` was
always true and ``word is trigger.head`` always false: two rules never ran and others
ran past the root. They now compare positions (``.i``). Every sentence is written for
these tests.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.guards import lenders
from tests.test_s22_lead import deals, names

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def statuses(nlp: Language, text: str) -> list[str]:
    return [d.status for d in nlp(text)._.kg_deals]


@pytest.mark.parametrize("lang,text", [
    ("es", "La compra de Lácteos Ucieza por Harinas Tormes, sujeta al visto bueno de la "
           "CNMC, se cerró por 12 millones de euros."),
    ("es", "Harinas Tormes cerró la compra de Lácteos Ucieza, sujeta al visto bueno de la CNMC."),
    ("en", "Harwell Foods completed the purchase of Tolland Dairies, subject to regulatory "
           "approval."),
])
def test_a_deal_noun_whose_own_modifier_awaits_an_approval_is_not_done(
    request: pytest.FixtureRequest, lang: str, text: str,
) -> None:
    # the modifier hangs on the deal noun, right under the verb that closes it
    assert statuses(request.getfixturevalue(lang), text) == ["Announced"]


def test_a_deal_closed_with_no_approval_pending_is_done(es: Language) -> None:
    text = "La compra de Lácteos Ucieza por Harinas Tormes se cerró por 12 millones de euros."
    assert statuses(es, text) == ["Completed"]


@pytest.mark.parametrize("text", [
    "The money came as a $20 million loan from Brackley Bank. "
    "The company bought Tolland Dairies a week later.",
    "A facility from Brackley Bank was signed in March. It bought Tolland Dairies in May.",
])
def test_an_english_lender_after_from_is_no_antecedent(en: Language, text: str) -> None:
    # "a loan from X": the name hangs on the preposition, the preposition on the loan
    assert not any(d.get("acquirer") == "Brackley Bank" for d in deals(en, text))


def test_the_source_of_an_english_facility_is_its_lender(en: Language) -> None:
    doc = en("A facility from Brackley Bank was signed in March.")
    assert {ref.name for ref in lenders(doc, doc._.kg_entities)} == {"Brackley Bank"}


def test_a_buyer_named_beside_a_loan_is_still_a_party(en: Language) -> None:
    text = "Last year Harwell Foods arranged a loan from Brackley Bank.\n\nIt then acquired " \
           "Tolland Dairies for $40 million."
    assert deals(en, text) == [{"acquirer": "Harwell Foods", "target": "Tolland Dairies"}]


# ---------------------------------------------------------------- defined terms


def test_a_defined_term_and_its_uses_are_the_company_it_defines(en: Language) -> None:
    text = ('Harwell Foods Ltd (the "Offeror") has made an offer for Tolland Dairies plc (the '
            '"Company"). The Offeror acquired 20 per cent of the Company in 2021 for $4 million.')
    assert names(en, text) == {"Harwell Foods", "Tolland Dairies"}
    assert {"investor": "Harwell Foods", "investee": "Tolland Dairies"} in deals(en, text)


def test_a_spanish_defined_term_after_a_legal_form_is_the_company(es: Language) -> None:
    text = ('Harinas Tormes, S.A. (en adelante, la "Sociedad") comunicó que la Sociedad ha '
            'vendido su negocio de piensos a Grupo Arlanzón por 12 millones de euros.')
    assert names(es, text) == {"Harinas Tormes", "Grupo Arlanzón"}
    assert deals(es, text) == [{"acquirer": "Grupo Arlanzón", "seller": "Harinas Tormes"}]


def test_the_company_is_published_under_its_name_not_its_term(es: Language) -> None:
    # the term is written more often than the name: the name is still the entity's
    text = ('La CNMV recibió la oferta de Harinas Tormes (el "Oferente") por Lácteos Ucieza (la '
            '"Sociedad Afectada"). El Oferente adquirió el 20% de la Sociedad Afectada en 2021.')
    assert {"Harinas Tormes", "Lácteos Ucieza"} <= names(es, text)
    assert not names(es, text) & {"Oferente", "El Oferente", "Sociedad Afectada"}


def test_a_curly_quoted_term_after_a_lower_case_legal_form(en: Language) -> None:
    text = ("The offer for Tolland Dairies plc (the “Company”) was made by Harwell Foods. "
            "The Company's board backs it.")
    assert names(en, text) == {"Harwell Foods", "Tolland Dairies"}


@pytest.mark.parametrize("text", [
    'Harwell Foods signed a supply deal with Tolland Dairies (the "Agreement"). '
    'The Agreement runs for five years.',
    'Harwell Foods bought a plant in Leeds (the "Site") from Tolland Dairies.',
])
def test_a_term_for_a_document_or_a_place_is_no_company(en: Language, text: str) -> None:
    assert names(en, text) == {"Harwell Foods", "Tolland Dairies"}


def test_a_term_inside_a_longer_name_is_not_its_use(en: Language) -> None:
    text = ('Tolland Dairies plc ("Tolland") agreed to the offer. Each Tolland Share will be '
            'paid 142 pence, and Tolland Shareholders keep the final dividend.')
    assert names(en, text) == {"Tolland Dairies"}


# ---------------------------------------------------------------- goods and shareholdings


@pytest.mark.parametrize("goods", ["water", "grain"])
def test_a_purchase_agreement_named_for_its_goods_is_a_purchase(en: Language, goods: str) -> None:
    text = f"Corwen Water signed a 25-year {goods} purchase agreement with Tolland Farms."
    assert deals(en, text) == [{"buyer": "Corwen Water", "seller": "Tolland Farms"}]


def test_a_share_or_asset_purchase_agreement_buys_no_goods(en: Language) -> None:
    assert deals(en, "Harwell Foods signed an asset purchase agreement with Tolland Dairies.") == []
    text = ("Harwell Foods signed a share purchase agreement with Corwen Capital to buy "
            "Tolland Dairies.")
    assert deals(en, text) == [{"acquirer": "Harwell Foods", "target": "Tolland Dairies"}]


def test_a_shareholding_sold_is_a_stake(en: Language) -> None:
    text = "The council completed the sale of its shareholding in Tolland Dairies to Harwell Foods."
    assert deals(en, text) == [{"investee": "Tolland Dairies", "investor": "Harwell Foods"}]


def test_an_entire_shareholding_sold_is_the_company(en: Language) -> None:
    text = ("The council sold its entire shareholding in Tolland Dairies to Harwell Foods for "
            "$38 million.")
    assert deals(en, text) == [{"target": "Tolland Dairies", "acquirer": "Harwell Foods"}]


@pytest.mark.parametrize("lang,text,deal", [
    ("en", "The council completed the sale of its shareholding in Tolland Dairies Limited to "
           "Harwell Foods for $38 million.",
     {"investee": "Tolland Dairies", "investor": "Harwell Foods"}),
    ("en", "The sale of a 20% stake in Tolland Dairies Ltd to Harwell Foods closed on Monday.",
     {"investee": "Tolland Dairies", "investor": "Harwell Foods"}),
    ("es", "Los socios aprobaron la venta de un 40% de su filial Lácteos Ucieza, S.L. al grupo "
           "Harinas Tormes.",
     {"investee": "Lácteos Ucieza", "investor": "Harinas Tormes"}),
])
def test_the_buyer_hung_on_the_stakes_company_is_the_deal_nouns(
    request: pytest.FixtureRequest, lang: str, text: str, deal: dict[str, str],
) -> None:
    # the parser hangs "to Y" / "al grupo Y" on the company's legal form
    assert deals(request.getfixturevalue(lang), text) == [deal]


# ---------------------------------------------------------------- a lender's borrower


@pytest.mark.parametrize("text", [
    "Brackley Bank lent Harwell Foods $20 million for its takeover of Tolland Dairies.",
    "Brackley Bank lent $20 million to Harwell Foods for its takeover of Tolland Dairies.",
    "Brackley Bank provided a $20 million loan to Harwell Foods for its acquisition of "
    "Tolland Dairies.",
])
def test_the_deal_a_loan_is_for_is_the_borrowers(en: Language, text: str) -> None:
    found = deals(en, text)
    assert [d.get("acquirer") for d in found] == ["Harwell Foods"]
    assert all(d.get("target") == "Tolland Dairies" for d in found)


def test_money_raised_for_a_deal_is_still_the_raisers(en: Language) -> None:
    text = ("Harwell Foods raised $20 million from Brackley Bank for its takeover of "
            "Tolland Dairies.")
    assert {"acquirer": "Harwell Foods", "target": "Tolland Dairies"} in deals(en, text)


def test_the_sum_lent_is_no_price_of_the_deal(en: Language) -> None:
    doc = en("Brackley Bank lent Harwell Foods $20 million for its takeover of Tolland Dairies.")
    assert [d.amount for d in doc._.kg_deals] == [None]

