"""The right amount on the right deal (session 13), each rule on sentences written for
these tests: an outlet's country told in brackets after its name decides what "$" and
"pesos" mean; a price per share written "$40-a-share" or "A$3.10 cash per share" is no
deal's amount; what a round values the company at is a valuation however the parse hides
the verb's object; a back-reference of another type gives no money; a takeover bid that
values its target, and the worth put on a stake bought, give the price; "the order" told
back is the order's; the level a debt reaches is no price; a participle set off at the
end of a deal noun's phrase, or on the noun that completes it, tells the deal's worth;
who agreed to pay, and what partners put into their venture, give the amount.

The tests that run the installed pipelines are marked ``model``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from kg.deals.attach import _LEVEL_BEFORE_RE
from kg.deals.mention import Mention
from kg.deals.merge import merge
from kg.facts import Amount, Deal, EntityRef, Span
from kg.money import find_money
from kg.origin import OutletTable


def deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def parties(deal: Deal, role: str) -> set[str]:
    return {ref.name for r, ref in deal.roles if r == role}


def with_party(found: list[Deal], name: str) -> Deal:
    (deal,) = [d for d in found if name in {ref.name for _, ref in d.roles}]
    return deal


def figure(deal: Deal) -> float | None:
    if deal.amount is None:
        return None
    value = deal.amount.value or deal.amount.min_value or deal.amount.max_value
    return float(value) if value is not None else None


# -- the outlet's country, told in brackets ---------------------------------------------

@pytest.mark.parametrize("outlet, lang, country", [
    ("Diario del Valle (Colombia)", "es", "CO"),
    ("La Voz Financiera (México)", "es", "MX"),
    ("Business Ledger (Canada)", "en", "CA"),
    ("Harbour Post (Reuters)", "en", None),
    ("Prairie Times (via PressReader)", "en", None),
])
def test_a_country_in_brackets_after_the_outlet_is_its_country(
        outlet: str, lang: str, country: str | None) -> None:
    assert OutletTable({}, {}).country_of(None, outlet, lang) == country


def test_an_outlet_listed_with_its_bracket_is_found_by_its_whole_name() -> None:
    table = OutletTable({}, {"la gaceta (sur)": "AR"})
    assert table.country_of(None, "La Gaceta (Sur)", "es") == "AR"


# -- a price per share is no deal's amount ----------------------------------------------

@pytest.mark.parametrize("text, figure_text", [
    ("Tamsin rejected a $31-a-share offer from Corbel.", "$31-a-share"),
    ("Kestrel will buy its shares for A$3.15 cash per share.", "A$3.15 cash per share"),
])
def test_a_price_per_share_hyphenated_or_in_cash_is_per_share(text: str, figure_text: str) -> None:
    (amount,) = find_money(text, "en")[0]
    assert amount.span.text == figure_text
    assert amount.per_share


@pytest.mark.model
def test_a_hyphenated_share_price_is_no_takeover_amount(en: Language) -> None:
    deal = with_party(deals(en, "Tamsin Foods Inc. rejected a $31-a-share offer from Corbel "
                                "Brands Corp. in 2023."), "Corbel Brands")
    assert deal.amount is None


@pytest.mark.model
def test_a_cash_price_per_share_leaves_the_value_put_on_the_target(en: Language) -> None:
    deal = with_party(deals(en, "ASX-listed Perivale Health has entered into a scheme "
                                "implementation deed with Kestrel Equity Partners, under which "
                                "the buyout firm will acquire all of its shares for A$3.15 cash "
                                "per share, valuing Perivale at A$820 million."), "Perivale Health")
    assert figure(deal) == 820_000_000


# -- what a round values the company at is its valuation, not its size -------------------

@pytest.mark.model
def test_a_clitic_before_valorar_makes_the_figure_a_valuation(es: Language) -> None:
    found = deals(es, "La fintech mexicana Pagalia cerró una ronda Serie A por US$ 30 millones, "
                      "liderada por Monteverde Capital, que la valora en US$ 200 millones.")
    (deal,) = [d for d in found if d.type == "Investment"]
    assert figure(deal) == 30_000_000
    assert deal.valuation is not None and deal.valuation.value == 200_000_000


@pytest.mark.model
def test_the_object_read_as_a_second_subject_of_valorar_is_valued(es: Language) -> None:
    found = deals(es, "La startup Rutalia ha cerrado una ronda liderada por Almenara Ventures. "
                      "Según fuentes conocedoras de la operación, la ronda valora la empresa "
                      "en unos 150 millones de euros.")
    deal = with_party(found, "Rutalia")
    assert deal.amount is None
    assert deal.valuation is not None and deal.valuation.value == 150_000_000


@pytest.mark.model
def test_a_figure_hung_on_the_object_of_values_is_a_valuation(en: Language) -> None:
    found = deals(en, "Corvex Labs closed a $50 million round led by Tidemark Capital. "
                      "The round values the three-year-old startup at about $400 million, "
                      "post-money.")
    deal = with_party(found, "Corvex Labs")
    assert figure(deal) == 50_000_000
    assert deal.valuation is not None and deal.valuation.value == 400_000_000


# -- a back-reference of another type gives its evidence, not its money ------------------

@pytest.mark.model
def test_a_market_total_told_beside_an_association_is_no_price_of_the_purchase(
        es: Language) -> None:
    found = deals(es, "Grupo Tarragó ha firmado un acuerdo para adquirir la startup Datavela, "
                      "por un importe que no se ha desvelado. Según la Asociación de Empresas "
                      "Tecnológicas (AET), las startups del país captaron 1.800 millones de "
                      "euros en el primer semestre.")
    assert with_party(found, "Datavela").amount is None


def test_a_typed_back_reference_with_no_deal_of_its_type_leaves_its_money() -> None:
    buyer, target = EntityRef("org", "Grupo Tarragó"), EntityRef("org", "Datavela")
    sale = Mention("Acquisition", [("acquirer", buyer), ("target", target)], 0,
                   Span(0, 10, "adquirir"), 1)
    money = Amount(Span(40, 60, "1.800 millones de euros"), "EUR", value=Decimal(1_800_000_000))
    back = Mention("Partnership", [], 1, Span(30, 70, "la Asociación"), 8, amount=money,
                   backref=True)
    (deal,) = merge([sale, back])
    assert deal.amount is None


# -- the value a takeover or a stake deal puts on what it buys ---------------------------

@pytest.mark.model
def test_a_takeover_bid_that_values_its_target_gives_its_price(es: Language) -> None:
    found = deals(es, "El consejo de Papelera del Ebro rechazó la OPA lanzada por Grupo Montsant. "
                      "La OPA de Grupo Montsant sobre Papelera del Ebro valora la papelera en "
                      "unos 900 millones de euros.")
    assert figure(with_party(found, "Papelera del Ebro")) == 900_000_000


@pytest.mark.model
@pytest.mark.parametrize("lang, text, investee, value", [
    ("es", "La china Jinlong Metals negocia la compra de una participación del 40% en Minera "
           "Huanca, en una operación que valoraría ese paquete en alrededor de US$ 300 "
           "millones.", "Minera Huanca", 300_000_000),
    ("en", "Qadira Investment Authority is in talks to buy a 20% stake in Greyline Data "
           "Centres in a deal that would value the stake at about $1.2 billion.",
     "Greyline Data Centres", 1_200_000_000),
])
def test_the_worth_put_on_the_stake_bought_is_its_price(
        es: Language, en: Language, lang: str, text: str, investee: str, value: int) -> None:
    deal = with_party(deals(es if lang == "es" else en, text), investee)
    assert figure(deal) == value
    assert deal.valuation is None


@pytest.mark.model
def test_the_order_told_back_is_the_order_not_a_memorandum_told_after_it(en: Language) -> None:
    found = deals(en, "Bharat Sky Airways has firmed an order with Airbus for 30 A320neo "
                      "aircraft, converting a memorandum of understanding signed in June into a "
                      "binding purchase agreement. The order is worth about $3.5 billion at list "
                      "prices, although airlines usually secure steep discounts.")
    deal = with_party(found, "Airbus")
    assert figure(deal) == 3_500_000_000


# -- the level a company's debt or income reaches is no price ---------------------------

@pytest.mark.model
def test_the_debt_a_sale_brought_down_to_is_no_deals_amount(es: Language) -> None:
    found = deals(es, "Minera Tolar y Solar Andes firmaron un memorando de entendimiento para "
                      "estudiar la producción de hidrógeno verde. El acuerdo llega semanas "
                      "después de que Minera Tolar cerrara la venta de la fundición Refinadora "
                      "Norte a la canadiense Pinecrest Metals, una operación con la que la "
                      "empresa redujo su deuda neta a US$ 900 millones.")
    assert found and all(d.amount is None for d in found)


@pytest.mark.parametrize("lang, text", [
    ("es", "La empresa redujo su deuda neta a US$ 900 millones tras la venta."),
    ("es", "El grupo elevó su facturación hasta 300 millones de euros."),
    ("en", "The sale cut its debt to $2 billion."),
])
def test_a_figure_after_debt_or_income_and_to_is_a_level_reached(lang: str, text: str) -> None:
    (amount,) = find_money(text, lang)[0]
    assert _LEVEL_BEFORE_RE.search(text[: amount.span.start]) is not None


# -- a participle set off by a comma at the end of a deal noun's phrase -------------------

@pytest.mark.model
@pytest.mark.parametrize("text, target, value", [
    ("La CNMC ha autorizado sin condiciones la compra de Laboratorios Tejo por parte del "
     "grupo gallego Farmaluz, valorada en 65 millones de euros.", "Laboratorios Tejo", 65_000_000),
    ("La Cofece aprobó la compra de la cadena de cines Cinemex Norte por parte de Grupo Lucero, "
     "valorada en 2.800 millones de pesos mexicanos.", "Cinemex Norte", 2_800_000_000),
])
def test_a_participle_agreeing_with_the_deal_noun_gives_the_price(
        es: Language, text: str, target: str, value: int) -> None:
    deal = with_party(deals(es, text), target)
    assert figure(deal) == value
    assert deal.valuation is None


# -- the buyer who agreed to pay, told after the deal -------------------------------------

@pytest.mark.model
def test_the_buyer_who_had_agreed_to_pay_gives_the_price(es: Language) -> None:
    found = deals(es, "El acuerdo para la venta de Hidrosella a Energías del Norte caducó el 30 "
                      "de junio sin que se cumplieran las condiciones. Energías del Norte había "
                      "acordado pagar 280 millones de euros por la hidroeléctrica.")
    assert figure(with_party(found, "Hidrosella")) == 280_000_000


# -- what partners put into their venture -------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, partner, value", [
    ("Naviera Astur y la coreana Busan Shipping crearán una empresa conjunta para operar buques "
     "metaneros. Las compañías invertirán 250 millones de euros en los próximos cinco años.",
     "Busan Shipping", 250_000_000),
    ("La cerealera Agrovalle y la brasileña Sementes Paraná firmaron un acuerdo para crear una "
     "empresa conjunta de semillas. Ambas compañías aportarán en partes iguales US$ 60 millones "
     "durante los primeros cinco años.", "Sementes Paraná", 60_000_000),
])
def test_what_the_partners_put_in_is_the_ventures_amount(
        es: Language, text: str, partner: str, value: int) -> None:
    (deal,) = [d for d in deals(es, text) if d.type == "Partnership"]
    assert partner in parties(deal, "partner")
    assert figure(deal) == value


# -- a participle on the noun that completes a deal noun ---------------------------------

@pytest.mark.model
def test_a_merger_of_equals_valued_at_a_figure_has_that_amount(en: Language) -> None:
    (deal,) = deals(en, "British insurers Pellham Mutual and Corvane Life have agreed an all-share "
                        "merger of equals valued at £2.4bn, creating one of the country's largest "
                        "pension providers.")
    assert deal.type == "Merger"
    assert figure(deal) == 2_400_000_000
