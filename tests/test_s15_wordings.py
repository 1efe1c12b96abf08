"""Deals told in many wordings (session 15, the ``constructions/lexical2`` inventory).

- Hyphenated nouns of joining forces ("a tie-up", "a link-up", "team-up") are
  partnership words: the tokenizer splits them in three, and the trigger lookup reads
  the pieces as one word (``kg.deals.component``).
- Talks about a partnership name both partners: the one the talks are held with, and
  the one holding them ("X is in talks with Y about a link-up"; ``kg.deals.negotiation``).
- Two companies joining their own businesses ("X e Y integrarán sus negocios", "X and Y
  will combine their businesses") or one joining another ("X se integrará en Y") merge;
  not a company integrating what it bought, nor one regrouping its own units.
- A verb of backing with the money given ("financió con 5 millones a Y", "respaldó a Y
  con una inversión de ...", "capitalizó su filial Y con 60 millones") is an
  investment; not a loan, nor support.
- "anchored a round" leads it, as "led" does.
- Buying out a company's holders ("bought out the remaining shareholders of Y", "the
  minority investors in Y", "the founders of Y") takes the company over.
- "la fusión por absorción de Y" is a merger of Y and the one absorbing it; a headline's
  "X absorbe a Y" of the same pair is that merger.
- A contract for work on the signer's own things ("para el mantenimiento de sus
  locomotoras", "for the maintenance of its jets") is bought by the signer, also when a
  headline told the contract first (``kg.deals.merge``).
- The holder of a part bought ("el 51 % que estaba en manos de X", "que tenía X en Y",
  "the 49% stake in Y held by X") sells it; it is not the company the part is of.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


def _nlp(request: pytest.FixtureRequest, lang: str) -> Language:
    nlp: Language = request.getfixturevalue(lang)
    return nlp


# -- hyphenated partnership nouns, and both sides of talks --------------------------------

@pytest.mark.parametrize("text", [
    "Velmont Motors and Kiyota Cells have agreed a tie-up to build battery packs in Spain.",
    "Velmont Motors has sealed a ticketing tie-up with Harrowgate Rail.",
    "Velmont Motors agreed a team-up with Harrowgate Rail on charging hubs.",
])
def test_a_hyphenated_tie_up_is_a_partnership(en: Language, text: str) -> None:
    (deal,) = deals(en, text)
    assert deal.type == "Partnership"
    assert len(parties(deal, "partner")) == 2


@pytest.mark.parametrize(("text", "status"), [
    ("Satellite operator Brisa Orbital is in talks with Tanager Telecom about a link-up.",
     "InNegotiation"),
    ("Kessel Airways is holding talks with Portside Ferries over a possible tie-up.",
     "InNegotiation"),
    ("Kessel Airways said it is in talks with Portside Ferries about a partnership.",
     "InNegotiation"),
])
def test_talks_about_a_partnership_name_both_partners(
    en: Language, text: str, status: str,
) -> None:
    (deal,) = deals(en, text)
    assert deal.type == "Partnership"
    assert deal.status == status
    assert len(parties(deal, "partner")) == 2


def test_talks_with_one_company_held_by_no_company_are_no_partnership(en: Language) -> None:
    assert deals(en, "Analysts expect talks with Portside Ferries about a partnership.") == []


def test_traffic_tied_up_is_no_deal(en: Language) -> None:
    assert deals(en, "Traffic was tied up for hours near the Kessel Airways depot.") == []


# -- joining businesses -------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("es", "Aceites Sierra Sur y Olivar de Baena integrarán sus negocios el próximo año.",
     {"Aceites Sierra Sur", "Olivar de Baena"}),
    ("es", "Bodegas Arlanza se integrará en Grupo Vinícola Duero.",
     {"Bodegas Arlanza", "Grupo Vinícola Duero"}),
    ("es", "Papelera Navarra y Cartonajes Bidasoa han iniciado conversaciones para integrar "
           "sus negocios.", {"Papelera Navarra", "Cartonajes Bidasoa"}),
    ("en", "Corbett Insurance and Lyle Mutual will combine their businesses in an all-share "
           "deal.", {"Corbett Insurance", "Lyle Mutual"}),
])
def test_two_companies_joining_their_businesses_merge(
    request: pytest.FixtureRequest, lang: str, text: str, pair: set[str],
) -> None:
    (deal,) = deals(_nlp(request, lang), text)
    assert deal.type == "Merger"
    assert parties(deal, "partner") == pair


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Grupo Hidalgo integrará la red de Farmacias Solvia en los próximos meses."),
    ("es", "Grupo Hidalgo integrará sus negocios de seguros en una sola filial."),
    ("en", "Corbett Insurance will combine its cloud and data units."),
])
def test_integrating_what_one_owns_is_no_merger(
    request: pytest.FixtureRequest, lang: str, text: str,
) -> None:
    assert [d for d in deals(_nlp(request, lang), text) if d.type == "Merger"] == []


# -- backing with money -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "investor", "investee", "value"), [
    ("El fondo de capital riesgo Nopal Ventures financió con 5 millones de dólares a la "
     "startup Rutalibre.", "Nopal Ventures", "Rutalibre", 5_000_000),
    ("El fondo Aconcagua Capital respaldó a la empresa Frutos de Cuyo con una inversión de "
     "3.000 millones de pesos argentinos.", "Aconcagua Capital", "Frutos de Cuyo",
     3_000_000_000),
    ("Corporación Arlanza capitalizó su filial Arlanza Renovables con 60 millones de euros "
     "para financiar tres parques eólicos.", "Corporación Arlanza", "Arlanza Renovables",
     60_000_000),
])
def test_backing_a_company_with_money_is_an_investment(
    es: Language, text: str, investor: str, investee: str, value: int,
) -> None:
    (deal,) = deals(es, text)
    assert deal.type == "Investment"
    assert parties(deal, "investor") == {investor}
    assert parties(deal, "investee") == {investee}
    assert deal.amount is not None and int(deal.amount.value) == value


@pytest.mark.parametrize("text", [
    "Banco Meridional financió a Grupo Tordesillas con un préstamo de 200 millones de euros.",
    "La patronal respaldó a Hoteles Brisamar en su disputa con el Ayuntamiento de Cádiz.",
])
def test_a_loan_or_support_is_no_investment(es: Language, text: str) -> None:
    assert [d for d in deals(es, text) if d.type == "Investment"] == []


# -- a round anchored ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Redwater Capital anchored a $40 million Series B round for telehealth company "
    "Brightpath Health.",
    "Brightpath Health raised $40 million in a round anchored by Redwater Capital.",
])
def test_the_anchor_of_a_round_invests(en: Language, text: str) -> None:
    (deal,) = deals(en, text)
    assert deal.type == "Investment"
    assert parties(deal, "investor") == {"Redwater Capital"}
    assert parties(deal, "investee") == {"Brightpath Health"}


def test_a_boat_anchored_is_no_deal(en: Language) -> None:
    assert deals(en, "The boat was anchored off the coast near the Redwater Capital offices.") == []


# -- holders bought out -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ferrowood Partners has bought out the remaining shareholders of Tiltmark Logistics for "
    "€95 million.",
    "Ferrowood Partners has bought out the minority investors in Tiltmark Logistics for "
    "€95 million.",
    "Ferrowood Partners bought out the founders of Tiltmark Logistics for €95 million.",
])
def test_buying_out_a_companys_holders_takes_it_over(en: Language, text: str) -> None:
    (deal,) = deals(en, text)
    assert deal.type == "Acquisition"
    assert parties(deal, "acquirer") == {"Ferrowood Partners"}
    assert parties(deal, "target") == {"Tiltmark Logistics"}
    assert deal.amount is not None and int(deal.amount.value) == 95_000_000


# -- a merger by absorption ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "status"), [
    ("Banco Cantón completó la fusión por absorción de Caja del Sil.", "Completed"),
    ("La fusión por absorción de Caja del Sil por Banco Cantón concluyó en marzo.",
     "Completed"),
    ("Banco Cantón aprobó la fusión por absorción de Caja del Sil.", "Announced"),
])
def test_a_merger_by_absorption_names_both_companies(es: Language, text: str, status: str) -> None:
    (deal,) = deals(es, text)
    assert deal.type == "Merger"
    assert deal.status == status
    assert parties(deal, "partner") == {"Banco Cantón", "Caja del Sil"}


def test_a_headline_absorption_is_the_merger_by_absorption(es: Language) -> None:
    found = deals(
        es, "Banco Cantón absorbe a Caja del Sil\nBanco Cantón completó la fusión por "
            "absorción de Caja del Sil tras recibir el visto bueno del Banco de España.",
    )
    (deal,) = found
    assert deal.type == "Merger"
    assert parties(deal, "partner") == {"Banco Cantón", "Caja del Sil"}


# -- a contract for work on the signer's own things ----------------------------------------

@pytest.mark.parametrize(("lang", "text", "buyer", "seller"), [
    ("es", "Ferrocarriles Andinos rubricó un contrato con Talleres Maipo para el "
           "mantenimiento de sus 30 locomotoras.", "Ferrocarriles Andinos", "Talleres Maipo"),
    ("es", "Hospital San Rafael firmó un contrato con Limpiezas Duero para la limpieza de sus "
           "quirófanos.", "Hospital San Rafael", "Limpiezas Duero"),
    ("en", "Meriden Airways signed a contract with Tolland Aero Services for the maintenance "
           "of its 40 regional jets.", "Meriden Airways", "Tolland Aero Services"),
])
def test_a_contract_for_work_on_the_signers_things_is_bought_by_the_signer(
    request: pytest.FixtureRequest, lang: str, text: str, buyer: str, seller: str,
) -> None:
    (deal,) = deals(_nlp(request, lang), text)
    assert deal.type == "PurchaseAgreement"
    assert parties(deal, "buyer") == {buyer}
    assert parties(deal, "seller") == {seller}


def test_a_headline_contract_takes_its_buyer_from_the_body(es: Language) -> None:
    (deal,) = deals(
        es, "Hospital San Rafael firma un contrato con Limpiezas Duero\nHospital San Rafael "
            "firmó un contrato con Limpiezas Duero para la limpieza de sus quirófanos.",
    )
    assert parties(deal, "buyer") == {"Hospital San Rafael"}
    assert parties(deal, "seller") == {"Limpiezas Duero"}


# -- the holder of a part bought sells it ---------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "target"), [
    ("es", "Minera Antay adquirió el 51 % que estaba en manos de Inversiones Sechura por 95 "
           "millones de dólares.", None),
    ("es", "Minera Antay compró el 51 % de Compañía Minera Huaylas que estaba en manos de "
           "Inversiones Sechura.", "Compañía Minera Huaylas"),
    ("es", "Minera Antay adquirió la participación del 51 % que tenía Inversiones Sechura en "
           "Compañía Minera Huaylas.", "Compañía Minera Huaylas"),
])
def test_the_holder_of_a_part_bought_sells_it(
    request: pytest.FixtureRequest, lang: str, text: str, target: str | None,
) -> None:
    (deal,) = deals(_nlp(request, lang), text)
    assert deal.type == "Acquisition"
    assert parties(deal, "acquirer") == {"Minera Antay"}
    assert parties(deal, "seller") == {"Inversiones Sechura"}
    assert parties(deal, "target") == ({target} if target else set())


def test_a_stake_held_by_a_company_is_bought_from_it(en: Language) -> None:
    (deal,) = deals(
        en, "Dunmore Energy bought the 49% stake in Kestle Wind held by Vantage "
            "Infrastructure for $210 million.",
    )
    assert parties(deal, "investor") == {"Dunmore Energy"}
    assert parties(deal, "investee") == {"Kestle Wind"}
    assert parties(deal, "seller") == {"Vantage Infrastructure"}

