"""Spanish and Latin-American deal constructions that the dev articles never showed,
found on the study half of tests/data/constructions/es and tested here on sentences
written for these tests (kg.deals.frames, kg.deals.context, kg.deals.component). The
organisations are given by hand, so that an entity miss does not hide what the deal
rules do."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_deal_roles_es import deals_among, roles

pytestmark = pytest.mark.model

NAMES = (
    "Banco Araucano", "Crédito Austral", "Grupo Orballo", "Bonos Verdes Capital",
    "Pagomático", "Banco Itaparica", "Hogar Total", "Grupo Marconetti", "Andina Cuyo",
    "Yacimientos Tunuyán", "Comisión Nacional de Valores",
    "Minera Quillay", "Eólica Tamarugal", "Siderúrgica Ebro",
    "Vientos del Moncayo", "Aerolíneas Sur", "Aerotec Brasil", "Ferrocarriles del Norte",
    "Trenes Ibéricos", "Datalia", "Grupo Norte", "Energías Ribagorza", "Luz de Aragón",
    "Pampa Growth Partners", "Llevamos", "Obras Duero", "Inversiones Arranz",
    "Meridia Capital", "Clínicas Levante", "Banco Pacífico Sur", "Seguros Andinos",
    "Sierra Ventures", "Pagalo", "Grupo Calima", "Sakura Foods", "Viajes Altamar",
    "Vuelos del Sol", "Norwind Partners", "Belleza Natural", "Alantra Iberia",
    "Renovables Meseta", "Fjell Energy",
)


def deals(nlp: Language, text: str) -> list[Deal]:
    """The deals of ``text``, with the organisations of ``NAMES`` given by hand."""
    return deals_among(nlp, text, NAMES)


def one(nlp: Language, text: str) -> tuple[str, dict[str, set[str]]]:
    (deal,) = deals(nlp, text)
    return deal.type, roles(deal)


# -- a company whose name opens with a financing word ("Crédito ...", "Bonos ...") --------


@pytest.mark.parametrize("text, target", [
    ("El Banco Araucano estudia la compra de la financiera Crédito Austral, según publicó "
     "un diario.", "Crédito Austral"),
    ("Grupo Orballo negocia la compra de Bonos Verdes Capital.", "Bonos Verdes Capital"),
])
def test_a_named_company_after_compra_de_is_a_target_not_a_debt_issue(
    es: Language, text: str, target: str
) -> None:
    kind, found = one(es, text)
    assert kind == "Acquisition"
    assert found["target"] == {target}


def test_the_purchase_of_bonds_is_still_no_deal(es: Language) -> None:
    assert deals(es, "Grupo Orballo anunció la compra de bonos por 20 millones de euros.") == []


# -- a company that reports its own deal (kg.deals.component.reporter_acts) -------------


def test_the_company_that_reports_its_own_deal_keeps_its_role(es: Language) -> None:
    text = (
        "La petrolera Andina Cuyo se quedó con el 100 % de Yacimientos Tunuyán tras "
        "desembolsar US$ 140 millones, informó la compañía en una nota a la Comisión "
        "Nacional de Valores."
    )
    assert one(es, text) == (
        "Acquisition", {"acquirer": {"Andina Cuyo"}, "target": {"Yacimientos Tunuyán"}}
    )


# -- descriptor phrases the parser breaks up (kg.deals.context._name_parts) --------------


def test_a_name_after_a_nationality_adjective_the_parser_made_the_head(es: Language) -> None:
    text = (
        "La fintech mexicana Pagomático fue adquirida por el banco brasileño Banco Itaparica "
        "en una operación cuyo monto no fue revelado."
    )
    assert one(es, text) == (
        "Acquisition", {"acquirer": {"Banco Itaparica"}, "target": {"Pagomático"}}
    )


def test_a_name_after_the_sector_of_its_descriptor(es: Language) -> None:
    text = (
        "La cadena de electrodomésticos Hogar Total fue vendida por el Grupo Marconetti a "
        "un grupo de inversores liderado por el empresario Julián Ferreyra."
    )
    assert one(es, text) == (
        "Acquisition",
        {"acquirer": {"Julián Ferreyra"}, "target": {"Hogar Total"},
         "seller": {"Grupo Marconetti"}},
    )


# -- an investment whose "en X" the parser hung on its amount (kg.deals.roles) ------------


def test_the_investee_hung_on_a_word_of_the_investment_amount(es: Language) -> None:
    text = (
        "El fondo de capital privado Pampa Growth Partners completó una inversión de US$ 18 "
        "millones en la empresa de logística Llevamos."
    )
    assert one(es, text) == (
        "Investment", {"investor": {"Pampa Growth Partners"}, "investee": {"Llevamos"}}
    )


# -- who buys under a purchase contract (kg.deals.frames._signer_buys) ------------------


def test_the_signer_of_a_contract_to_buy_energy_is_the_buyer(es: Language) -> None:
    text = (
        "Minera Quillay firmó un contrato de compra de energía con la generadora Eólica "
        "Tamarugal para abastecer con energía renovable su faena en Atacama durante 15 años."
    )
    assert one(es, text) == (
        "PurchaseAgreement", {"buyer": {"Minera Quillay"}, "seller": {"Eólica Tamarugal"}}
    )


def test_the_signer_of_a_supply_contract_stays_the_seller(es: Language) -> None:
    text = (
        "Vientos del Moncayo ha firmado un contrato de suministro de energía con la "
        "Siderúrgica Ebro."
    )
    assert one(es, text) == (
        "PurchaseAgreement", {"buyer": {"Siderúrgica Ebro"}, "seller": {"Vientos del Moncayo"}}
    )


# -- orders of counted goods (kg.deals.frames, kind "encargo") -----------------------------


@pytest.mark.parametrize("text, buyer, seller", [
    ("La aerolínea Aerolíneas Sur encargó 12 aviones al fabricante Aerotec Brasil por "
     "unos US$ 600 millones.", "Aerolíneas Sur", "Aerotec Brasil"),
    ("Ferrocarriles del Norte ha hecho un pedido de 25 trenes al fabricante Trenes Ibéricos.",
     "Ferrocarriles del Norte", "Trenes Ibéricos"),
])
def test_an_order_of_counted_goods_is_a_purchase_agreement(
    es: Language, text: str, buyer: str, seller: str
) -> None:
    assert one(es, text) == ("PurchaseAgreement", {"buyer": {buyer}, "seller": {seller}})


def test_a_commissioned_report_is_no_order(es: Language) -> None:
    text = "Grupo Norte encargó a la consultora Datalia un informe sobre el sector."
    assert deals(es, text) == []


# -- a percentage the parser tags a noun (kg.deals.roles._percentage) --------------------


def test_hacerse_con_a_minority_percentage_is_an_investment(es: Language) -> None:
    text = (
        "La eléctrica Energías Ribagorza se hace con el 30 % de la comercializadora Luz de "
        "Aragón por 38 millones de euros."
    )
    assert one(es, text) == (
        "Investment", {"investor": {"Energías Ribagorza"}, "investee": {"Luz de Aragón"}}
    )


# -- Spanish company names that open with their trade (lexicon/entities.toml org_heads) ---


@pytest.mark.parametrize("text, name", [
    ("Cementos Alcudia lanza una opa sobre el 100 % de su rival.", "Cementos Alcudia"),
    ("Embotelladora del Sureste culminó la compra de una refresquera.",
     "Embotelladora del Sureste"),
    ("Minera Tolhuaca presentó una oferta por la totalidad de las acciones.",
     "Minera Tolhuaca"),
    ("Cementera del Atlántico rompió las negociaciones con su rival.", "Cementera del Atlántico"),
])
def test_a_name_that_opens_with_its_trade_is_one_organisation(
    es: Language, text: str, name: str
) -> None:
    names = {e.name for e in es(text)._.kg_entities if e.kind == "org"}
    assert name in names


# -- capital increases (kg.deals.frames, kind "capital") ---------------------------------


def test_a_capital_increase_subscribed_by_a_shareholder_is_its_investment(
    es: Language,
) -> None:
    text = (
        "La constructora Obras Duero ha completado una ampliación de capital de 60 millones "
        "de euros, suscrita íntegramente por su principal accionista, Inversiones Arranz."
    )
    assert one(es, text) == (
        "Investment", {"investor": {"Inversiones Arranz"}, "investee": {"Obras Duero"}}
    )


def test_the_enlargement_of_a_port_is_no_capital_increase(es: Language) -> None:
    text = "Obras Duero ha completado la ampliación del muelle sur, pagada por Inversiones Arranz."
    assert deals(es, text) == []


# -- a bid for a share of a company, hung on the verb (kg.deals.frames._bid_for_company) --


@pytest.mark.parametrize("text", [
    "El fondo Meridia Capital lanzará una oferta sobre el 100 % de Clínicas Levante a 9 "
    "euros por acción.",
    "El fondo Meridia Capital lanzará una oferta por la totalidad de Clínicas Levante.",
])
def test_a_bid_for_all_of_a_company_is_a_takeover_bid(es: Language, text: str) -> None:
    kind, found = one(es, text)
    assert kind == "Acquisition"
    assert found == {"acquirer": {"Meridia Capital"}, "target": {"Clínicas Levante"}}


def test_an_offer_of_products_is_still_no_bid(es: Language) -> None:
    text = "Meridia Capital lanzará una oferta de seguros de salud para las pymes."
    assert deals(es, text) == []


# -- "según fuentes ..." ends at its comma (kg.deals.attach._according_to) ---------------


def test_the_company_after_a_sources_phrase_is_no_source(es: Language) -> None:
    text = (
        "Según fuentes del mercado, Banco Pacífico Sur negocia la compra de la aseguradora "
        "Seguros Andinos."
    )
    (deal,) = deals(es, text)
    assert roles(deal) == {"acquirer": {"Banco Pacífico Sur"}, "target": {"Seguros Andinos"}}
    assert deal.status == "InNegotiation"


# -- a preposition the parser hung on a descriptor (kg.deals.syntax.case_of) --------------


def test_the_investee_after_en_la_fintech_is_no_object(es: Language) -> None:
    text = (
        "La firma de capital riesgo Sierra Ventures lideró una ronda Serie A de 10 millones "
        "de dólares en la fintech Pagalo."
    )
    assert one(es, text) == (
        "Investment", {"investor": {"Sierra Ventures"}, "investee": {"Pagalo"}}
    )


# -- joint ventures (kg.deals.frames._partnership) and one-sided purchase agreements ------


@pytest.mark.parametrize("text, status", [
    ("Grupo Calima y la japonesa Sakura Foods constituyeron una empresa conjunta para "
     "producir café soluble.", "Completed"),
    ("Grupo Calima creará una sociedad conjunta con la japonesa Sakura Foods para "
     "distribuir café en Perú.", "Announced"),
])
def test_founding_a_joint_company_is_a_partnership(es: Language, text: str, status: str) -> None:
    (deal,) = deals(es, text)
    assert (deal.type, roles(deal), deal.status) == (
        "Partnership", {"partner": {"Grupo Calima", "Sakura Foods"}}, status
    )


def test_a_joint_statement_is_no_partnership(es: Language) -> None:
    text = "Grupo Calima y Sakura Foods firmaron una declaración conjunta sobre el café."
    assert deals(es, text) == []


def test_partners_that_will_sell_goods_make_no_purchase_agreement(es: Language) -> None:
    text = (
        "Viajes Altamar y la aerolínea Vuelos del Sol firmaron una alianza para vender "
        "paquetes turísticos."
    )
    assert one(es, text) == ("Partnership", {"partner": {"Viajes Altamar", "Vuelos del Sol"}})


def test_the_name_after_a_sector_complement_keeps_its_place(es: Language) -> None:
    # "de cosméticos" is the descriptor's sector, not the name's preposition
    text = (
        "El fondo Norwind Partners ha cerrado la compra de una participación mayoritaria "
        "en la empresa de cosméticos Belleza Natural."
    )
    assert one(es, text) == (
        "Acquisition", {"acquirer": {"Norwind Partners"}, "target": {"Belleza Natural"}}
    )


# -- a stake's company hung on the verb (kg.deals.roles._argument) -----------------------


def test_selling_its_percentage_in_a_company_sells_a_stake_in_it(es: Language) -> None:
    text = "La gestora Alantra Iberia vendió su 15 % en Renovables Meseta al fondo Fjell Energy."
    assert one(es, text) == (
        "Investment",
        {"investee": {"Renovables Meseta"}, "investor": {"Fjell Energy"},
         "seller": {"Alantra Iberia"}},
    )
