"""Session 22, repeat: one deal told twice, and the stray party that kept two apart.

- "implying an equity value of $X for the company": the value of a company's equity
  is a valuation, not a second price of the stake the sentence tells
  (kg.deals.attach.is_valuation); the stake's verb and its noun stay one deal.
- "X took a stake in Y as part of a round led by Z" (kg.deals.part_of): the round is
  Y's, and X and Z its investors, one deal; not a round of X's.
- "sold its plant to Y, ending a decade-long venture": a partnership told in a clause
  of its own under a deal is no frame of that deal (kg.deals.component.share_parties).
- "X and Y said they had terminated their agreement": a pronoun bound by the subject
  of the verb above means that subject even when the deal has it already; it never
  falls to a name told before (kg.deals.refer)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

PIPES = ("Alder Teachers' Pension Fund", "Corvid Pipelines", "Brantwood Group")
CHIPS = ("Ostrava Chips", "Varga Labs", "Kestle Capital")
DAIRY = ("Marlow Dairies", "Fenby Milk", "Birchwood Timber", "Ardent Supplies")
FOODS = ("Dunmore Foods", "Volta River Drinks", "Hollis Brands")


def read(nlp: Language, text: str, names: tuple[str, ...]) -> list[tuple[str, dict[str, set[str]]]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, names)]


# -- an equity value is a valuation -------------------------------------------------


def test_an_implied_equity_value_is_the_stakes_valuation_not_a_second_price(
    en: Language,
) -> None:
    text = ("Before the spin-off, Alder Teachers' Pension Fund agreed to buy a "
            "19.9-per-cent stake in Corvid Pipelines from Brantwood Group for "
            "$1.15-billion, implying an equity value of about $5.8-billion for the "
            "pipeline company.")
    (deal,) = deals_among(en, text, PIPES)
    assert deal.type == "Investment"
    assert roles(deal) == {"investor": {"Alder Teachers' Pension Fund"},
                           "investee": {"Corvid Pipelines"}, "seller": {"Brantwood Group"}}
    assert deal.amount is not None and deal.amount.value == 1_150_000_000
    assert deal.valuation is not None and deal.valuation.value == 5_800_000_000


# -- a stake taken as part of a round ---------------------------------------------------

ONE_ROUND = ("Investment", {"investor": {"Ostrava Chips", "Kestle Capital"},
                            "investee": {"Varga Labs"}})


def test_a_stake_taken_as_part_of_a_round_is_that_round(en: Language) -> None:
    text = ("Ostrava Chips took a minority stake in Varga Labs as part of a $150 million "
            "funding round led by Kestle Capital.")
    (deal,) = deals_among(en, text, CHIPS)
    assert (deal.type, roles(deal)) == ONE_ROUND
    assert deal.amount is not None and deal.amount.value == 150_000_000
    assert "parties:round-of-stake" in deal.rules


def test_an_investment_as_part_of_a_round_is_that_round(en: Language) -> None:
    text = ("Ostrava Chips invested in Varga Labs as part of a $150 million funding round "
            "led by Kestle Capital.")
    assert read(en, text, CHIPS) == [ONE_ROUND]


def test_una_participacion_como_parte_de_una_ronda_es_esa_ronda(es: Language) -> None:
    text = ("Ostrava Chips tomó una participación minoritaria en Varga Labs como parte de "
            "una ronda de 150 millones de dólares liderada por Kestle Capital.")
    assert read(es, text, CHIPS) == [ONE_ROUND]


def test_the_buyers_own_round_told_in_a_relative_clause_stays_its_own(en: Language) -> None:
    text = ("Ostrava Chips, which raised $40 million in a round led by Kestle Capital last "
            "year, took a stake in Varga Labs.")
    found = read(en, text, CHIPS)
    assert len(found) == 2
    assert ("Investment", {"investor": {"Kestle Capital"}, "investee": {"Ostrava Chips"}}) in found
    assert ("Investment", {"investor": {"Ostrava Chips"}, "investee": {"Varga Labs"}}) in found


# -- a venture ended by a sale is no partnership with the buyer ---------------------------


def test_a_venture_ended_by_a_sale_is_not_a_partnership_with_the_buyer(en: Language) -> None:
    text = ("In June Dunmore Foods sold its bottling plant in Accra to Volta River Drinks "
            "for about $35m, ending an unprofitable venture that began in 2011.")
    assert read(en, text, FOODS) == [
        ("Acquisition", {"acquirer": {"Volta River Drinks"}, "seller": {"Dunmore Foods"}}),
    ]


def test_a_partnership_the_deal_is_part_of_is_still_between_its_parties(en: Language) -> None:
    text = "Dunmore Foods invested $16 million in Hollis Brands as part of a partnership."
    assert ("Partnership", {"partner": {"Dunmore Foods", "Hollis Brands"}}) in read(
        en, text, FOODS
    )


# -- "they" bound by the subject above --------------------------------------------------


def test_they_who_terminated_their_agreement_are_the_two_who_said_so(en: Language) -> None:
    text = ("The regulator cleared Ardent Supplies' takeover of Birchwood Timber. It "
            "declined to clear Marlow Dairies' proposed purchase of Fenby Milk. Birchwood "
            "Timber had annual sales of $610m.\n\nMarlow Dairies and Fenby Milk said they "
            "had terminated their agreement; Marlow Dairies was to pay $90m.")
    found = read(en, text, DAIRY)
    assert not any("Birchwood Timber" in parties.get("partner", set()) for _, parties in found)
    assert ("Acquisition", {"acquirer": {"Marlow Dairies"}, "target": {"Fenby Milk"}}) in found
    assert not any(kind == "Partnership" for kind, _ in found)


# -- a coordinated verb does not share an object the parser made a subject -----------------

ORTEGA = ("Corporación Ortega", "Ingenio San Lucas", "Grupo Azucarero del Norte", "Café Izalco")


def test_a_verb_coordinated_after_a_sale_shares_no_object_read_as_subject(es: Language) -> None:
    text = ("Corporación Ortega creció durante décadas. Antes había vendido el Ingenio San "
            "Lucas al mexicano Grupo Azucarero del Norte, en 2006, por US$ 95 millones, y "
            "en 2015 entró con un 25% en la cadena de cafeterías Café Izalco.")
    found = read(es, text, ORTEGA)
    assert ("Investment", {"investor": {"Corporación Ortega"}, "investee": {"Café Izalco"}}) \
        in found
    assert not any("Ingenio San Lucas" in parties.get("investor", set())
                   for _, parties in found)


def test_a_subject_told_before_the_verbs_is_still_shared(es: Language) -> None:
    text = ("Corporación Ortega vendió Ingenio San Lucas al Grupo Azucarero del Norte en "
            "2008 y en 2015 entró con un 25% en Café Izalco.")
    assert ("Investment", {"investor": {"Corporación Ortega"}, "investee": {"Café Izalco"}}) \
        in read(es, text, ORTEGA)


# -- a business sold is its possessor's -------------------------------------------------

FOOD = ("Hallam Foods", "Brightwater Brands", "Ridgeline Capital", "Zenith Pizza")


def test_the_possessor_of_a_business_divested_is_no_target(en: Language) -> None:
    text = ("Hallam Foods and Brightwater Brands agreed on Monday to merge. To win "
            "the regulator's approval, the companies said they are prepared to divest "
            "Brightwater Brands' ice-cream business, whose sales were $310 million.")
    found = read(en, text, FOOD)
    assert not any("Brightwater Brands" in parties.get("target", set()) for _, parties in found)


def test_a_business_sold_by_another_than_its_possessor_names_its_owner_as_seller(
    en: Language,
) -> None:
    text = ("Hallam Foods agreed to sell Brightwater Brands' frozen pizza business to "
            "Ridgeline Capital for $700 million.")
    assert read(en, text, FOOD) == [("Acquisition", {
        "acquirer": {"Ridgeline Capital"}, "seller": {"Hallam Foods", "Brightwater Brands"},
    })]


def test_a_name_compounded_with_the_business_sold_is_the_target(en: Language) -> None:
    text = ("Hallam Foods agreed to sell the Zenith Pizza business to Ridgeline Capital for "
            "$700 million.")
    assert read(en, text, FOOD) == [("Acquisition", {
        "target": {"Zenith Pizza"}, "acquirer": {"Ridgeline Capital"}, "seller": {"Hallam Foods"},
    })]
