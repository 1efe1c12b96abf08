"""Several deals told together (session 12, issue 13), each rule on sentences written
for these tests: deals of one type between the same parties with different prices in
different sentences are different graph nodes (``merge:same-parties-apart``, the first
keeps the IRI of its type and parties); coordination with the verb left out ("bought A
for $75m and B for $40m", "sold A to X and B to Y", ``parties:gapped-clauses``); a
list of three or more targets with no price of their own (``parties:listed-targets``);
lists paired by "respectively" (``parties:respectively``); "and a further $18m" after a
deal's figure, another deal of the same parties; a round told in a headline with its
company and figure only joins the one round told with its investors and that figure
(``merge:thin-round-told-again``); a takeover in a relative clause with a subject of
its own and no object takes the company of the noun it is on as its target
(``parties:relative-object-target``).
The inventory these came from is tests/data/constructions/multi.

The sentence tests run the installed pipelines and are marked ``model``; the node
tests are plain Python on hand-made deals.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.language import Language

from kg import iri
from kg.deals import merge_deals
from kg.facts import Amount, Deal, EntityRef, Span
from tests.test_background_deals import deals, parties

QUILL, TIDE = EntityRef("org", "Quill Ventures"), EntityRef("org", "Tide Robotics")
ONE, TWO = Span(0, 40, "Quill led Tide's $40m round."), Span(41, 90, "Quill led its $12m round.")


def usd(value: int, at: int) -> Amount:
    return Amount(Span(at, at + 4, "$"), "USD", value=Decimal(value))


def eur(value: int, at: int) -> Amount:
    return Amount(Span(at, at + 4, "€"), "EUR", value=Decimal(value))


def round_(evidence: Span, amount: Amount | None) -> Deal:
    return Deal("Investment", (("investor", QUILL), ("investee", TIDE)), (evidence,),
                status="Completed", amount=amount)


# -- the same parties, different prices, different sentences: two nodes ----------------


def test_two_rounds_with_the_same_parties_and_different_prices_are_two_nodes() -> None:
    found = merge_deals([round_(ONE, usd(40, 10)), round_(TWO, usd(12, 60))], "art")
    assert [d.amount.value for d in found if d.amount] == [40, 12]
    nodes = [iri.deal_node(d, "art") for d in found]
    assert nodes[0] != nodes[1]
    assert "merge:same-parties-apart" in found[1].rules


def test_the_first_deal_keeps_the_iri_of_its_type_and_parties() -> None:
    alone = round_(ONE, usd(40, 10))
    first, _ = merge_deals([alone, round_(TWO, usd(12, 60))], "art")
    assert iri.deal_node(first, "art") == iri.deal_node(alone, "art")
    assert iri.deal_node(alone, "art") == iri.deal_iri(
        "Investment", [("investor", "quill-ventures"), ("investee", "tide-robotics")], ""
    )


def test_the_second_deals_iri_is_stable_from_run_to_run() -> None:
    runs = [merge_deals([round_(ONE, usd(40, 10)), round_(TWO, usd(12, 60))], "art")
            for _ in range(2)]
    assert [iri.deal_node(d, "art") for d in runs[0]] == [iri.deal_node(d, "art") for d in runs[1]]


@pytest.mark.parametrize("second", [usd(40, 60), eur(37, 60), None])
def test_one_price_told_again_or_restated_or_left_out_is_one_node(second: Amount | None) -> None:
    found = merge_deals([round_(ONE, usd(40, 10)), round_(TWO, second)], "art")
    assert len({iri.deal_node(d, "art") for d in found}) == 1


def test_a_late_deal_with_no_price_joins_the_first_node() -> None:
    found = merge_deals(
        [round_(ONE, usd(40, 10)), round_(TWO, usd(12, 60)), round_(Span(91, 99, "x"), None)],
        "art",
    )
    nodes = [iri.deal_node(d, "art") for d in found]
    assert len(set(nodes)) == 2
    (first,) = [d for d in found if d.amount and d.amount.value == 40]
    assert Span(91, 99, "x") in first.evidence


# -- sentences ----------------------------------------------------------------------


def by(found: list[Deal], role: str, name: str) -> Deal:
    (deal,) = [d for d in found if name in parties(d, role)]
    return deal


def price(deal: Deal) -> int | None:
    return int(deal.amount.value) if deal.amount and deal.amount.value else None


@pytest.mark.model
@pytest.mark.parametrize("lang, text, buyer, priced", [
    ("en", "Norbury Foods bought Calloway Dairy for $75 million and Wexford Farms for $40 "
           "million.", "Norbury Foods",
     {"Calloway Dairy": 75_000_000, "Wexford Farms": 40_000_000}),
    ("es", "Grupo Tordesillas compró Aceites Duratón por 30 millones de euros y Conservas "
           "Pisuerga por 12 millones de euros.", "Grupo Tordesillas",
     {"Aceites Duratón": 30_000_000, "Conservas Pisuerga": 12_000_000}),
])
def test_each_gapped_target_with_its_price_is_a_deal(
    request: pytest.FixtureRequest, lang: str, text: str, buyer: str, priced: dict[str, int]
) -> None:
    found = deals(request.getfixturevalue(lang), text)
    for target, value in priced.items():
        deal = by(found, "target", target)
        assert parties(deal, "acquirer") == {buyer}
        assert price(deal) == value
        assert "parties:gapped-clauses" in deal.rules


@pytest.mark.model
def test_each_gapped_stake_with_its_price_is_an_investment(en: Language) -> None:
    found = deals(en, "Harlan Capital paid $50 million for a 20% stake in Ostend Solar and "
                      "$30 million for 10% of Brill Wind.")
    assert price(by(found, "investee", "Ostend Solar")) == 50_000_000
    brill = by(found, "investee", "Brill Wind")
    assert (brill.type, parties(brill, "investor"), price(brill)) == (
        "Investment", {"Harlan Capital"}, 30_000_000)


@pytest.mark.model
@pytest.mark.parametrize("lang, text, seller, pairs", [
    ("en", "Redwood Holdings sold Alder Hotels to Pine Capital and Birch Inns to Cedar Group.",
     "Redwood", {"Alder Hotels": "Pine Capital", "Birch Inns": "Cedar Group"}),
    ("es", "Inmobiliaria Segura vendió Hoteles Cazorla a Fondo Jaén y Apartamentos Úbeda a "
           "Grupo Baeza.", "Inmobiliaria Segura",
     {"Hoteles Cazorla": "Fondo Jaén", "Apartamentos Úbeda": "Grupo Baeza"}),
])
def test_each_gapped_sale_has_its_own_buyer(
    request: pytest.FixtureRequest, lang: str, text: str, seller: str, pairs: dict[str, str]
) -> None:
    found = deals(request.getfixturevalue(lang), text)
    for target, buyer in pairs.items():
        deal = by(found, "target", target)
        assert parties(deal, "acquirer") == {buyer}
        assert {name.split()[0] for name in parties(deal, "seller")} == {seller.split()[0]}


@pytest.mark.model
@pytest.mark.parametrize("lang, text", [
    # the second stretch is a clause of its own, not a gapped object
    ("en", "Norbury Foods bought Calloway Dairy for $75 million and now employs 6,000 "
           "people."),
    # one price for both names: one transaction
    ("en", "Norbury Foods bought Calloway Dairy and Wexford Farms for $75 million."),
    ("es", "Grupo Tordesillas compró Aceites Duratón por 30 millones de euros y cerró dos "
           "fábricas."),
])
def test_no_gapped_stretch_no_second_deal(
    request: pytest.FixtureRequest, lang: str, text: str
) -> None:
    found = deals(request.getfixturevalue(lang), text)
    assert len(found) == 1
    assert not any("parties:gapped-clauses" in d.rules for d in found)


@pytest.mark.model
@pytest.mark.parametrize("lang, text, buyer, targets", [
    ("es", "Grupo Tormes adquirió Autocares Alagón, Viajes Jerte y Rutas Ambroz el año "
           "pasado.", "Grupo Tormes", ["Autocares Alagón", "Viajes Jerte", "Rutas Ambroz"]),
    ("en", "Kelso Media has agreed to buy Fenby Radio, Orrin Studios and Wexley Press in deals "
           "worth $90 million combined.", "Kelso Media",
     ["Fenby Radio", "Orrin Studios", "Wexley Press"]),
])
def test_a_list_of_targets_without_a_price_of_its_own_is_a_deal_each(
    request: pytest.FixtureRequest, lang: str, text: str, buyer: str, targets: list[str]
) -> None:
    found = deals(request.getfixturevalue(lang), text)
    for target in targets:
        deal = by(found, "target", target)
        assert parties(deal, "acquirer") == {buyer}
        assert deal.amount is None  # a sum is no one deal's price
        assert "parties:listed-targets" in deal.rules


@pytest.mark.model
def test_a_list_of_targets_with_one_price_stays_one_deal(es: Language) -> None:
    found = deals(es, "Grupo Tormes adquirió Autocares Alagón, Viajes Jerte y Rutas Ambroz "
                      "por 40 millones de euros.")
    assert len([d for d in found if d.type == "Acquisition"]) == 1


@pytest.mark.model
def test_two_rounds_of_one_startup_by_one_investor_are_two_nodes(en: Language) -> None:
    doc = en("Tide Robotics has raised $40 million in a round led by Quill Ventures. Quill "
             "Ventures had also backed Tide Robotics with $12 million in 2023.")
    found = merge_deals(doc._.kg_deals, "art")
    both = [d for d in found if parties(d, "investor") == {"Quill Ventures"}
            and parties(d, "investee") == {"Tide Robotics"}]
    assert {price(d) for d in both} == {40_000_000, 12_000_000}
    assert len({iri.deal_node(d, "art") for d in both}) == 2


@pytest.mark.model
@pytest.mark.parametrize("lang, text, theme, pairs", [
    ("en", "Oakmere Capital and Rowan Partners bought 25% and 10% of Tilbury Ports for $80 "
           "million and $30 million, respectively.", ("investee", "Tilbury Ports"),
     {"Oakmere Capital": 80_000_000, "Rowan Partners": 30_000_000}),
    ("es", "Fondo Olmo y Fondo Haya compraron el 20% y el 10% de Minas Sauce por 50 millones de "
           "dólares y 30 millones de dólares, respectivamente.", ("investee", "Minas Sauce"),
     {"Fondo Olmo": 50_000_000, "Fondo Haya": 30_000_000}),
])
def test_stakes_paired_with_their_prices_by_respectively(
    request: pytest.FixtureRequest, lang: str, text: str, theme: tuple[str, str],
    pairs: dict[str, int],
) -> None:
    found = deals(request.getfixturevalue(lang), text)
    for investor, value in pairs.items():
        deal = by(found, "investor", investor)
        assert deal.type == "Investment"
        assert parties(deal, theme[0]) == {theme[1]}
        assert price(deal) == value
        assert "parties:respectively" in deal.rules


@pytest.mark.model
def test_buyers_and_targets_paired_by_respectivamente(es: Language) -> None:
    found = deals(es, "Grupo Sabinal y Corporación Nevada comprarán Lácteos Pinar y Quesos "
                      "Arlanza, respectivamente, por 70 millones de euros y 25 millones de euros.")
    assert parties(by(found, "acquirer", "Grupo Sabinal"), "target") == {"Lácteos Pinar"}
    nevada = by(found, "acquirer", "Corporación Nevada")
    assert (parties(nevada, "target"), price(nevada)) == ({"Quesos Arlanza"}, 25_000_000)


@pytest.mark.model
@pytest.mark.parametrize("lang, text", [
    # one list only: nothing to pair it with
    ("en", "Oakmere Capital and Rowan Partners bought Tilbury Ports for $80 million."),
    # lists of different lengths: not a pairing kg can read
    ("en", "Oakmere Capital and Rowan Partners bought Tilbury Ports, Dover Quays and Hythe "
           "Docks for $80 million and $30 million, respectively."),
])
def test_no_pairing_without_two_lists_of_one_length(
    request: pytest.FixtureRequest, lang: str, text: str
) -> None:
    found = deals(request.getfixturevalue(lang), text)
    assert not any("parties:respectively" in d.rules for d in found)


@pytest.mark.model
@pytest.mark.parametrize("lang, text, investor, investee, values", [
    ("en", "Halberd Capital invested $5 million in Zephyr Labs Inc in 2022 and a further $18 "
           "million in March this year.", "Halberd Capital", "Zephyr Labs",
     {5_000_000, 18_000_000}),
    ("es", "Inversora Atalaya invirtió 5 millones de euros en Biomar Labs en 2021 y otros 20 "
           "millones de euros este año.", "Inversora Atalaya", "Biomar Labs",
     {5_000_000, 20_000_000}),
])
def test_a_further_figure_after_and_is_another_investment(
    request: pytest.FixtureRequest, lang: str, text: str, investor: str, investee: str,
    values: set[int],
) -> None:
    found = merge_deals(deals(request.getfixturevalue(lang), text), "art")
    both = [d for d in found if parties(d, "investor") == {investor}
            and parties(d, "investee") == {investee}]
    assert {price(d) for d in both} == values
    assert len({iri.deal_node(d, "art") for d in both}) == 2


@pytest.mark.model
def test_a_second_figure_of_one_price_is_no_second_deal(en: Language) -> None:
    # cash and shares: one price in two parts, no word of another payment
    found = deals(en, "Norbury Foods bought Calloway Dairy for $75 million in cash and $25 "
                      "million in shares.")
    assert len(found) == 1


@pytest.mark.model
@pytest.mark.parametrize("lang, text", [
    ("en", "Sorrel Robotics raises $30m\n\nSorrel Robotics has raised $30 million in a round "
           "led by Pike Ventures."),
    ("es", "Rutaclara levanta 6 millones de euros\n\nLa startup Rutaclara ha levantado 6 "
           "millones de euros en una ronda liderada por Alcor Capital."),
])
def test_a_headline_round_joins_the_round_told_with_its_investors(
    request: pytest.FixtureRequest, lang: str, text: str
) -> None:
    found = [d for d in deals(request.getfixturevalue(lang), text) if d.type == "Investment"]
    assert len(found) == 1
    assert parties(found[0], "investor")
    assert len(found[0].evidence) == 2
    assert "merge:thin-round-told-again" in found[0].rules


@pytest.mark.model
def test_a_round_of_another_figure_keeps_its_headline_apart(en: Language) -> None:
    found = deals(en, "Sorrel Robotics raises $30m\n\nPike Ventures led a $5 million seed round "
                      "in Sorrel Robotics in 2021.")
    # the headline's $30m is not the seed round's; with no investor and no valuation it
    # is no deal of its own either (session 18, kg.deals.merge._enough_parties)
    assert sorted(price(d) or 0 for d in found if d.type == "Investment") == [5_000_000]


@pytest.mark.model
def test_a_background_purchase_in_a_relative_clause_has_the_described_company_as_target(
    en: Language,
) -> None:
    found = deals(en, "Ashdown Power has agreed to sell Kestrel Solar, the unit it bought from "
                      "Perrin Grid in 2019, to Coldharbour Capital for $300m.")
    earlier = by(found, "seller", "Perrin Grid")
    assert parties(earlier, "target") == {"Kestrel Solar"}
    assert parties(earlier, "acquirer") == {"Ashdown Power"}
    assert "parties:relative-object-target" in earlier.rules
    sale = by(found, "acquirer", "Coldharbour Capital")
    assert parties(sale, "target") == {"Kestrel Solar"}


@pytest.mark.model
def test_a_relative_pronoun_subject_is_no_object_gap(en: Language) -> None:
    # "the unit that bought X": the unit is the buyer, not the thing bought
    found = deals(en, "Ashdown Power owns Kestrel Solar, the unit that bought Perrin Grid in "
                      "2019.")
    assert not any("parties:relative-object-target" in d.rules for d in found)
