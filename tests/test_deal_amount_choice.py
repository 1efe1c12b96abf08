"""Which sum of an article becomes a deal's amount, and which currency a bare "$"
is (kg.deals.attach, kg.money), the classes found on news nobody tuned to: the worth
of an order told in the sentence after it ("The order is worth $2 billion"); the worth
of the stake a fund weighs, told of "a stake of that size"; the value of the company a
merger creates, which is no price; the "$" of English copy written in a Commonwealth
dollar country ("per cent", "$3.1-billion", no other currency, a Canadian city). Every sentence is
written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from kg.money import find_money
from tests.test_deal_amounts import figure
from tests.test_deals import deals

# -- which dollar a bare "$" is -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # Commonwealth spelling, dollars alone, a Canadian city: Canadian dollars
        (
            "Maplecrest Utilities, the Calgary-based power company, agreed to buy two "
            "wind farms for $1.4-billion. Its shares rose 2 per cent to $31.50.",
            "CAD",
        ),
        # the hyphen alone, or "per cent" alone, is no Canadian copy
        (
            "Brisbane miner Tallowood Resources will spend $800 million on a new "
            "lithium plant, lifting output by 40 per cent.",
            "USD",
        ),
        (
            "Maplecrest Utilities, the Calgary-based power company, agreed to buy two "
            "wind farms for $1.4-billion.",
            "USD",
        ),
        # US spelling: the US dollar, whatever city is named
        (
            "Maplecrest Utilities, the Calgary-based power company, agreed to buy two "
            "wind farms for $1.4 billion. Its shares rose 2 percent to $31.50.",
            "USD",
        ),
        # London copy that counts in pounds beside the dollars: the US dollar
        (
            "The Toronto-listed group bought the depot for $300m and will spend £50m "
            "on it, lifting capacity by 10 per cent.",
            "USD",
        ),
        # no dollar country named: the US dollar
        (
            "Ferncastle Holdings raised $250 million, and its shares rose 3 per cent.",
            "USD",
        ),
    ],
)
def test_a_bare_dollar_in_canadian_copy_is_the_canadian_dollar(
    text: str, currency: str
) -> None:
    amounts, _ = find_money(text, "en")
    assert amounts
    assert {a.currency for a in amounts if "$" in a.span.text} == {currency}


# -- which sum is the deal's amount -------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "price"),
    [
        (
            "Coastal carrier Pelican Airways has signed an order with Embraer for 30 "
            "E195-E2 jets. The order is worth about $2.3 billion at list prices, though "
            "buyers usually get steep discounts.",
            ("Pelican Airways", "Embraer"),
            Decimal("2300000000"),
        ),
        (
            "Lindqvist Rail placed an order with Siemens Mobility for 12 trains on "
            "Tuesday. The order was valued at $640 million.",
            ("Lindqvist Rail", "Siemens Mobility"),
            Decimal("640000000"),
        ),
    ],
)
def test_the_worth_of_an_order_told_in_the_next_sentence_is_its_amount(
    en: Language, text: str, names: tuple[str, str], price: Decimal
) -> None:
    (deal,) = deals(en, text, names)
    assert figure(deal.amount) == price
    assert "amount:order-worth-back" in deal.rules


@pytest.mark.model
def test_the_worth_of_the_stake_a_fund_weighs_is_its_amount(en: Language) -> None:
    text = (
        "Osprey Sovereign Fund is considering buying a stake of up to 20 per cent in "
        "Halden Ports, people familiar with the matter said. A stake of that size would "
        "be worth about $1.2bn, the people said."
    )
    (deal,) = deals(en, text, ("Osprey Sovereign Fund", "Halden Ports"))
    assert figure(deal.amount) == Decimal("1200000000")
    assert "amount:stake-worth-back" in deal.rules


@pytest.mark.model
def test_a_stake_held_by_someone_else_gives_no_amount(en: Language) -> None:
    text = (
        "Osprey Sovereign Fund is considering buying a stake in Halden Ports, people "
        "familiar with the matter said. Brenmoor Capital's stake is worth $300m."
    )
    (deal,) = deals(en, text, ("Osprey Sovereign Fund", "Halden Ports"))
    assert deal.amount is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Tillman Foods and Corvel Brands agreed to merge in an all-stock deal that "
        "creates a company with a combined equity value of about $9 billion.",
        "Tillman Foods and Corvel Brands agreed on Monday to merge, creating a group "
        "with a combined market value of $9 billion.",
    ],
)
def test_the_value_of_the_company_a_merger_creates_is_no_price(
    en: Language, text: str
) -> None:
    (deal,) = deals(en, text, ("Tillman Foods", "Corvel Brands"))
    assert deal.type == "Merger"
    assert deal.amount is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "names", "price"),
    [
        (
            "es",
            "Minera Quillay compró Cobres del Norte por 300 millones de dólares. Además, "
            "Hidroeléctrica Sur firmó un contrato de suministro por diez años con "
            "Aluminios del Sur. El acuerdo, según fuentes del sector, rondaría los US$ 40 "
            "millones anuales.",
            ("Hidroeléctrica Sur", "Aluminios del Sur"),
            Decimal("40000000"),
        ),
        (
            "en",
            "Corran Mining bought Tessel Copper for $300 million in March. Separately, "
            "Harlow Energy signed a ten-year supply agreement with Brixton Steel on "
            "Monday. The contract is worth about $45 million, analysts said.",
            ("Harlow Energy", "Brixton Steel"),
            Decimal("45000000"),
        ),
    ],
)
def test_the_agreement_told_again_after_a_takeover_takes_the_sum_told_of_it(
    lang: str, text: str, names: tuple[str, str], price: Decimal,
    es: Language, en: Language,
) -> None:
    others = ("Minera Quillay", "Cobres del Norte", "Corran Mining", "Tessel Copper")
    found = deals(es if lang == "es" else en, text, names + others)
    (contract,) = [d for d in found if {r.name for _, r in d.roles} == set(names)]
    assert figure(contract.amount) == price
    (takeover,) = [d for d in found if d is not contract]
    assert figure(takeover.amount) == Decimal("300000000")


@pytest.mark.model
def test_a_sale_told_after_another_deal_is_announced_gives_no_earlier_deal_its_sum(
    es: Language,
) -> None:
    text = (
        "Solaria Norte ha firmado un contrato de suministro de energía con Aceros "
        "Bierzo. El acuerdo permitirá a la acería cubrir el 30% de su consumo. La firma "
        "tiene además abierta otra operación: negocia con Endesa la venta de una cartera "
        "de proyectos eólicos por unos 90 millones de euros."
    )
    found = deals(es, text, ("Solaria Norte", "Aceros Bierzo", "Endesa"))
    (contract,) = [d for d in found if "Aceros Bierzo" in {r.name for _, r in d.roles}]
    assert contract.type == "PurchaseAgreement"
    assert contract.amount is None
    # the sale is a deal of its own (kg.deals.disposal, kg.deals.negotiation): its sum
    (sale,) = [d for d in found if d is not contract]
    assert {r.name for _, r in sale.roles} == {"Solaria Norte", "Endesa"}
    assert figure(sale.amount) == Decimal("90000000")


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "names", "round_", "valuation"),
    [
        (
            "en",
            "Brightwork, the Denver startup, has raised $75 million from seven backers "
            "in a deal that values the company at $600 million post-money.",
            ("Brightwork",),
            Decimal("75000000"),
            Decimal("600000000"),
        ),
        (
            "es",
            "La startup sevillana Trazia ha cerrado una ronda de 20 millones de euros con "
            "una valoración de 150 millones post-money.",
            ("Trazia",),
            Decimal("20000000"),
            Decimal("150000000"),
        ),
    ],
)
def test_a_figure_before_post_money_is_the_round_s_valuation(
    lang: str, text: str, names: tuple[str, ...], round_: Decimal, valuation: Decimal,
    es: Language, en: Language,
) -> None:
    (deal,) = deals(es if lang == "es" else en, text, names)
    assert figure(deal.amount) == round_
    assert figure(deal.valuation) == valuation


# -- which currency a bare "millones" is --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign sum restated in euros in brackets: the text counts in euros
        (
            "Ribera Solar vende su filial por 210 millones de euros.\n\nLa empresa "
            "obtendrá una plusvalía de unos 35 millones. Su comprador, que gestiona "
            "40.000 millones de coronas noruegas (unos 3.400 millones de euros), entra "
            "en el país.",
            {("unos 35 millones", "EUR")},
        ),
        # two currencies the text counts in: a bare sum far from both takes neither
        (
            "Ribera Solar vende su filial por 210 millones de euros.\n\nLa empresa "
            "obtendrá una plusvalía de unos 35 millones. Su comprador gestiona 40.000 "
            "millones de coronas noruegas.",
            set(),
        ),
        # what a sum includes follows it: still money
        (
            "Ribera Solar vende el 30% por 210 millones de euros, lo que valora el "
            "conjunto en unos 700 millones incluyendo deuda.",
            {("unos 700 millones", "EUR")},
        ),
    ],
)
def test_a_bare_sum_in_millions_takes_the_currency_the_text_counts_in(
    text: str, expected: set[tuple[str, str]]
) -> None:
    amounts, _ = find_money(text, "es")
    bare = {(a.span.text, a.currency) for a in amounts if a.currency_inferred}
    assert bare == expected


# -- who "the fund" is ----------------------------------------------------------------


@pytest.mark.model
def test_the_fund_is_the_company_described_as_one_of_the_funds(en: Language) -> None:
    text = (
        "Osprey Capital Authority, one of Asia's largest sovereign wealth funds, is "
        "weighing a bid for Halden Ports. Halden's owner, infrastructure investor "
        "Brenmoor Partners, bought the business in 2019. The fund, which manages about "
        "$280bn, last year took a 10 per cent stake in Danish grid group Nordnet Fibre "
        "for €500m."
    )
    names = ("Osprey Capital Authority", "Halden Ports", "Brenmoor Partners", "Nordnet Fibre")
    found = deals(en, text, names)
    (stake,) = [d for d in found if d.type == "Investment"]
    assert ("investor", "Osprey Capital Authority") in {(r, e.name) for r, e in stake.roles}
    assert figure(stake.amount) == Decimal("500000000")


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "names", "target", "price"),
    [
        (
            "es",
            "Grupo Mayab cerró ayer la compra de Boticas Itzá. La compra llega tres meses "
            "después de que Grupo Mayab concretara la venta de su subsidiaria de "
            "transporte, Fletes Mayab del Sur, a Transportes Bacalar por mil 200 mdp.",
            ("Grupo Mayab", "Fletes Mayab del Sur", "Transportes Bacalar", "Boticas Itzá"),
            "Fletes Mayab del Sur",
            Decimal("1200000000"),
        ),
        (
            "en",
            "Corvel Brands agreed the sale of its frozen pizza unit, Polar Crust, to "
            "Ridgeway Capital for $400 million on Monday.",
            ("Corvel Brands", "Polar Crust", "Ridgeway Capital"),
            "Polar Crust",
            Decimal("400000000"),
        ),
    ],
)
def test_the_unit_named_in_apposition_is_the_sale_s_target(
    lang: str, text: str, names: tuple[str, ...], target: str, price: Decimal,
    es: Language, en: Language,
) -> None:
    found = deals(es if lang == "es" else en, text, names)
    (sale,) = [d for d in found if ("target", target) in {(r, e.name) for r, e in d.roles}]
    assert figure(sale.amount) == price
