"""Session 24, apart6: parties told apart from the words that name the deal.

A pronoun in a part held is free in its clause ("X, which holds 30 per cent of it":
not X, the company before; kg.deals.frames._part_of_it), and never the phrase that
holds it (kg.deals.refer.object_antecedent); a Spanish participle on the thing bought
has that thing for its object, so its "a Y" is whom it was bought from
(kg.deals.roles._participle_on_noun); a past participle on an offer tells who made it
and for what ("the offer submitted by X for Y"; kg.deals.frames._clauses_on_offer)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles


def found(nlp: Language, text: str, names: tuple[str, ...]) -> list[tuple[str, dict]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, names)]


FISH = ("Nordvik Sjømat", "Brenmark Foods", "Halvard Invest")


def test_a_part_of_it_is_the_company_before_not_the_holder(en: Language) -> None:
    text = ("Nordvik Sjømat has agreed to buy Brenmark Foods. Nordvik Sjømat is not a charity. It "
            "is a profitable company, and Halvard Invest, which holds 30 per cent of it, is "
            "a patient owner.")
    held = ("Investment", {"investor": {"Halvard Invest"}, "investee": {"Nordvik Sjømat"}})
    assert held in found(en, text, FISH)


def test_a_part_of_it_in_a_main_clause_is_the_subject_before(en: Language) -> None:
    text = ("Nordvik Sjømat has agreed to buy Brenmark Foods. Nordvik Sjømat is not a charity. "
            "Halvard Invest holds 30 per cent of it.")
    held = ("Investment", {"investor": {"Halvard Invest"}, "investee": {"Nordvik Sjømat"}})
    assert held in found(en, text, FISH)


def test_a_part_of_it_that_is_a_plant_is_no_holding(en: Language) -> None:
    # "it" is the plant, no company: no company is the one held
    text = ("Nordvik Sjømat has agreed to buy the Brenmark plant. The plant was built in 1990. "
            "Halvard Invest holds 30 per cent of it.")
    assert not [r for kind, r in found(en, text, FISH) if kind == "Investment"]


def test_a_part_of_it_after_a_plant_is_left_unsaid(en: Language) -> None:
    # the plant named after the company may be what "it" stands for
    for verb in ("owns", "bought"):
        text = f"Nordvik Sjømat built a new plant in 1990. Halvard Invest {verb} 30 per cent of it."
        assert all("Nordvik Sjømat" not in r.get("investee", set())
                   for _, r in found(en, text, FISH))


def test_a_part_of_it_bought_is_the_company_before(en: Language) -> None:
    text = ("Nordvik Sjømat has agreed to buy Brenmark Foods. Nordvik Sjømat is not a charity. "
            "Halvard Invest, which bought 30 per cent of it in 2019, has deep pockets.")
    bought = ("Investment", {"investor": {"Halvard Invest"}, "investee": {"Nordvik Sjømat"}})
    assert bought in found(en, text, FISH)


LODGE = ("Posadas Itaya", "Expediciones Tambo", "Grupo Nauta")


def test_a_participle_on_the_thing_bought_makes_its_a_the_seller(es: Language) -> None:
    text = ("El hotel, adquirido por Posadas Itaya a Expediciones Tambo en 2024, tiene 40 "
            "habitaciones.")
    bought = found(es, text, LODGE)
    assert ("Acquisition", {"acquirer": {"Posadas Itaya"}, "seller": {"Expediciones Tambo"}}) \
        in bought
    assert all("Expediciones Tambo" not in r.get("target", set()) for _, r in bought)


def test_a_definite_object_with_a_is_still_the_target(es: Language) -> None:
    # no noun the verb tells of: "a Y" marks its object, the company bought
    text = "Posadas Itaya adquirió a Expediciones Tambo en 2024."
    assert ("Acquisition", {"acquirer": {"Posadas Itaya"}, "target": {"Expediciones Tambo"}}) \
        in found(es, text, LODGE)


MILL = ("Orvex Holdings", "Lumen Textiles", "Kestrel Bank")


def test_an_offer_submitted_by_a_bidder_for_a_company(en: Language) -> None:
    text = "The board rejected the offer submitted by Orvex Holdings for Lumen Textiles."
    offers = found(en, text, MILL)
    assert ("Acquisition", {"acquirer": {"Orvex Holdings"}, "target": {"Lumen Textiles"}}) \
        in offers


def test_an_offer_approved_by_a_bank_is_made_by_its_bidder(en: Language) -> None:
    text = "Kestrel Bank approved the offer made by Orvex Holdings for Lumen Textiles."
    offers = found(en, text, MILL)
    assert all("Kestrel Bank" not in r.get("acquirer", set()) for _, r in offers)
    assert any(r.get("acquirer") == {"Orvex Holdings"} and r.get("target") == {"Lumen Textiles"}
               for _, r in offers)


FORGE = ("Calderería Moncayo", "Ebro Inversiones", "Talleres Borja")


def test_a_part_of_the_capital_entered_is_the_topics(es: Language) -> None:
    text = ("Pilar Sancho fundó Calderería Moncayo en 1971 con cuatro operarios. En 1994 "
            "Calderería Moncayo compró una nave vecina. En 2005 el fondo aragonés Ebro Inversiones "
            "entró con un 30% del capital por 12 millones de euros.")
    entered = ("Investment", {"investor": {"Ebro Inversiones"}, "investee": {"Calderería Moncayo"}})
    assert entered in found(es, text, FORGE)


def test_a_part_of_a_named_capital_entered_is_that_companys(es: Language) -> None:
    text = ("Calderería Moncayo facturó 210 millones. En 2005 el fondo Ebro Inversiones entró con "
            "un 30 % del capital de Talleres Borja.")
    entered = ("Investment", {"investor": {"Ebro Inversiones"}, "investee": {"Talleres Borja"}})
    assert entered in found(es, text, FORGE)


def test_entering_with_no_part_of_a_capital_is_no_investment(es: Language) -> None:
    # entering a market with a share of it is no part of a company
    text = ("Calderería Moncayo facturó 210 millones. En 2005 el fondo Ebro Inversiones entró en "
            "el mercado francés con un 25% de cuota.")
    assert not [r for kind, r in found(es, text, FORGE) if kind == "Investment"]
