"""Classes of Spanish deal misses of session 14, on texts written for these tests.

- A dropped subject continues the company a coordinated clause is about ("Las ventas
  cayeron y la compañía tuvo que ..."), across a paragraph break; a company named last
  only as another noun's complement ("con la participación de Z") is not what it means.
- A relative clause on a bid names what the bid was made for ("la oferta que había
  presentado por X").
- The shares as the subject of "ceder" with a percentage tell a price move, not a sale.
- A deal noun whose complements follow a participle set off by commas ("la venta,
  cerrada en julio, del 49 % de X a Y") keeps them.
- An agreement named for distribution ("acuerdo de distribución con Y para vender
  seguros") is a partnership, not a sale between its signatories.
- A contract with its other side named on a participle of signing ("el contrato
  firmado en junio con Y para suministrarle cemento") is the subject's with Y.
- A relative pronoun after a preposition ("X, en la que Y tomó un 30 %", "X, a la que Y
  vendió Z") is the company the clause hangs on; a description that is another argument
  of the clause ("en la que la cementera tomó ...") is someone else.
- An object clitic fused to an infinitive ("intentó venderla a Y", "quiere comprarla")
  stands for the subject of the sentence before.
- Who joins a capital increase ("participará en la ampliación de capital de X") invests.
- A descriptor the tagger took for an adjective ("la startup gallega X") is the name's
  (the second test: the tagger reads "startup" there as an adjective).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


def only(found: list, kind: str) -> object:
    (deal,) = [d for d in found if d.type == kind]
    return deal


# -- who a dropped subject means ------------------------------------------------------

def test_a_dropped_subject_continues_the_company_of_a_coordinated_clause(es: Language) -> None:
    found = deals(es, "Cementos Andinos ganó 400 millones de soles en el semestre. La mina de "
                      "Cobre Pampa, que requerirá una inversión de 2.000 millones, es uno de los "
                      "proyectos del Ministerio de Minas. No todo fueron buenas noticias. Las "
                      "ventas de cemento cayeron un 6% y la compañía tuvo que cerrar un horno."
                      "\n\nAdemás, en agosto retiró su oferta de 60 millones de dólares por la "
                      "cementera ecuatoriana Cementos Chimbo.")
    bid = only(found, "Acquisition")
    assert parties(bid, "acquirer") == {"Cementos Andinos"}
    assert parties(bid, "target") == {"Cementos Chimbo"}
    assert bid.status == "Cancelled"


def test_a_company_named_in_passing_is_not_the_dropped_subject(es: Language) -> None:
    found = deals(es, "Baterías Solana cerró una ronda de 40 millones de euros. La ronda valora "
                      "a Baterías Solana en 300 millones. Los fondos se destinarán a una fábrica. "
                      "En 2024 levantó 65 millones en una serie B encabezada por Fenwick Partners, "
                      "con la participación del Instituto de Crédito Oficial. El año pasado compró "
                      "la startup gallega Vatio Campo.")
    purchase = only(found, "Acquisition")
    assert parties(purchase, "acquirer") == {"Baterías Solana"}
    assert parties(purchase, "target") == {"Vatio Campo"}


# -- what a bid was made for ----------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "bidder", "target", "status"), [
    ("es", "Frigorífico Norteño retiró la oferta de 40 millones de dólares que había "
           "presentado en marzo por la curtiembre Pieles del Sur.",
     "Frigorífico Norteño", "Pieles del Sur", "Cancelled"),
    ("es", "Minera Andina mejoró la oferta que lanzó en enero por Cobre del Norte hasta 900 "
           "millones de dólares.", "Minera Andina", "Cobre del Norte", "Announced"),
    ("en", "Harbour Foods withdrew the $40 million offer it had made in March for the tannery "
           "Riverside Leather.", "Harbour Foods", "Riverside Leather", "Cancelled"),
])
def test_a_relative_clause_names_what_a_bid_was_made_for(
    lang: str, text: str, bidder: str, target: str, status: str, request: pytest.FixtureRequest,
) -> None:
    nlp: Language = request.getfixturevalue(lang)
    (bid,) = deals(nlp, text)
    assert parties(bid, "acquirer") == {bidder}
    assert parties(bid, "target") == {target}
    assert bid.status == status


# -- a price move is no sale ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Las acciones de Talleres Ebro cedieron un 1,2% en la Bolsa de Madrid, hasta 24,36 euros.",
    "Los títulos de Hierros del Norte cedieron ayer un 3% en el mercado continuo.",
])
def test_shares_that_give_up_a_percentage_are_no_sale(es: Language, text: str) -> None:
    assert deals(es, text) == []


def test_a_company_that_cedes_a_stake_to_a_buyer_still_sells(es: Language) -> None:
    (sale,) = deals(es, "Talleres Ebro cedió un 12% de Motores Duero a Grupo Alcor.")
    assert parties(sale, "seller") == {"Talleres Ebro"}
    assert parties(sale, "investee") == {"Motores Duero"}


# -- a deal noun's complements after a participle set off by commas ---------------------

def test_a_sale_keeps_its_complements_after_a_participle_in_commas(es: Language) -> None:
    (sale,) = deals(es, "Los beneficios de Grupo Meseta subieron gracias a la venta, cerrada "
                        "en julio, del 49% de su filial Aparca Norte al fondo canadiense Maple "
                        "Ridge por 265 millones de euros.")
    assert parties(sale, "investee") == {"Aparca Norte"}
    assert parties(sale, "investor") == {"Maple Ridge"}


# -- who subscribes a capital increase invests --------------------------------------------

def test_who_joins_a_capital_increase_invests(es: Language) -> None:
    (deal,) = deals(es, "Inversiones Moncayo participará en la ampliación de capital de Aceros "
                        "del Cinca con 20 millones de euros.")
    assert deal.type == "Investment"
    assert parties(deal, "investor") == {"Inversiones Moncayo"}
    assert parties(deal, "investee") == {"Aceros del Cinca"}


def test_a_company_that_launches_a_capital_increase_is_no_investor(es: Language) -> None:
    # it would be the investee; with no subscriber and no valuation named the capital
    # increase is no deal at all (session 18, kg.deals.merge._enough_parties)
    found = deals(es, "Aceros del Cinca lanzará una ampliación de capital de 50 millones de "
                      "euros.")
    assert not any(parties(d, "investor") for d in found)
    assert found == []


# -- a distribution agreement is an alliance -----------------------------------------------

@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("es", "Aseguradora Turia firmó con Banco Levante un acuerdo de distribución exclusiva por "
           "diez años para vender seguros de hogar en las oficinas del banco.",
     {"Aseguradora Turia", "Banco Levante"}),
    ("es", "Bodegas Ribera firmó un acuerdo de distribución con Vinos Atlántico para vender sus "
           "caldos en México.", {"Bodegas Ribera", "Vinos Atlántico"}),
    ("en", "Harbour Insurance signed a ten-year distribution agreement with Westbank to sell "
           "home insurance in the bank's branches.", {"Harbour Insurance", "Westbank"}),
])
def test_a_distribution_agreement_to_sell_products_is_a_partnership(
    lang: str, text: str, pair: set[str], request: pytest.FixtureRequest,
) -> None:
    nlp: Language = request.getfixturevalue(lang)
    (deal,) = deals(nlp, text)
    assert deal.type == "Partnership"
    assert parties(deal, "partner") == pair


def test_an_agreement_to_sell_a_subsidiary_stays_a_sale(es: Language) -> None:
    (deal,) = deals(es, "Bodegas Ribera firmó un acuerdo con Vinos Atlántico para vender su "
                        "filial Viñedos del Sur.")
    assert deal.type == "Acquisition"
    assert parties(deal, "acquirer") == {"Vinos Atlántico"}


# -- the other side of a contract named on its participle of signing ----------------------

@pytest.mark.parametrize(("lang", "text", "seller", "buyer"), [
    ("es", "Cementos Andes destacó el contrato firmado en junio con Minera Andina para "
           "suministrarle cemento durante cinco años.", "Cementos Andes", "Minera Andina"),
    ("en", "Harbour Cement highlighted the contract signed in June with Ridge Mining to supply "
           "it with cement for five years.", "Harbour Cement", "Ridge Mining"),
])
def test_a_contract_signed_with_a_company_to_supply_it(
    lang: str, text: str, seller: str, buyer: str, request: pytest.FixtureRequest,
) -> None:
    nlp: Language = request.getfixturevalue(lang)
    (deal,) = deals(nlp, text)
    assert deal.type == "PurchaseAgreement"
    assert parties(deal, "seller") == {seller}
    assert parties(deal, "buyer") == {buyer}


def test_a_contract_signed_by_another_is_not_the_reviewers(es: Language) -> None:
    found = deals(es, "La Comisión Nacional de Energía revisará el contrato firmado por Cementos "
                      "Andes con Minera Andina para suministrarle cemento durante cinco años.")
    assert not any("Comisión Nacional de Energía" in parties(d, "seller") for d in found)


# -- a relative pronoun after a preposition names the stake's company ----------------------

@pytest.mark.parametrize(("text", "holder", "company"), [
    ("Cales Illampu, en la que Cementos Andes tomó una participación del 30% en 2025, creció "
     "un 10%.", "Cementos Andes", "Cales Illampu"),
    ("Cales Illampu, en la que Cementos Andes invirtió 30 millones de dólares en 2025, creció "
     "un 10%.", "Cementos Andes", "Cales Illampu"),
    # the description inside the clause is not the company the clause hangs on
    ("Cementos Andes sumó nueve meses de Cales Illampu, la fabricante boliviana de cal en la "
     "que la cementera tomó una participación del 60% en 2025 por 48 millones de dólares.",
     "Cementos Andes", "Cales Illampu"),
])
def test_a_relative_after_a_preposition_names_the_company_invested_in(
    es: Language, text: str, holder: str, company: str,
) -> None:
    (deal,) = deals(es, text)
    assert {x.name for _, x in deal.roles} == {holder, company}
    assert parties(deal, "investee") | parties(deal, "target") == {company}


def test_a_relative_after_a_preposition_names_the_buyer(es: Language) -> None:
    (deal,) = deals(es, "Cales Illampu, a la que Cementos Andes vendió su filial Hornos del Sur, "
                        "creció un 10%.")
    assert parties(deal, "acquirer") == {"Cales Illampu"}
    assert parties(deal, "seller") == {"Cementos Andes"}


# -- an object clitic fused to the infinitive ------------------------------------------------

def test_a_fused_object_clitic_stands_for_the_subject_before(es: Language) -> None:
    found = deals(es, "Grupo Alcor negocia la compra de la láctea Quesos del Río. La láctea, "
                      "que procesa un millón de litros diarios, tiene deudas con bancos locales. "
                      "Su principal accionista, la familia Pérez, intentó venderla en 2024 a la "
                      "francesa Fromages du Nord, pero la operación se cayó.")
    (failed,) = [d for d in found if "Fromages du Nord" in parties(d, "acquirer")]
    assert parties(failed, "target") == {"Quesos del Río"}
    assert failed.status == "Cancelled"


def test_a_buyer_that_wants_to_buy_it(es: Language) -> None:
    (deal,) = deals(es, "Hierros del Norte ganó 40 millones. El fondo Roble Capital quiere "
                        "comprarla por 300 millones de euros.")
    assert parties(deal, "acquirer") == {"Roble Capital"}
    assert parties(deal, "target") == {"Hierros del Norte"}


def test_a_dative_clitic_is_not_what_is_sold(es: Language) -> None:
    (deal,) = deals(es, "Hierros del Norte ganó 40 millones. Roble Capital quiere venderle su "
                        "filial Aceros Sur.")
    assert parties(deal, "target") == {"Aceros Sur"}
