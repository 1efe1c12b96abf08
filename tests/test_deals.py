"""Deals: types, roles, money, status, attribution, term and merging (kg.deals)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from spacy.language import Language

from kg.facts import DEAL_ROLES, DEAL_STATUSES, DEAL_TYPES, Deal, Entity, Span

pytestmark = pytest.mark.model




def deals(nlp: Language, text: str, names: tuple[str, ...] = ()) -> list[Deal]:
    """Run the pipeline; with ``names``, the organisations are given by hand (so that a
    miss of the entity component does not hide what the deal component does)."""
    doc = nlp.make_doc(text)
    for pipe_name, proc in nlp.pipeline:
        doc = proc(doc)
        if pipe_name == "kg_entities" and names:
            doc._.kg_entities = [org(text, name) for name in names]
    found: list[Deal] = doc._.kg_deals
    for deal in found:  # every deal keeps to the contract of kg.facts
        assert deal.type in DEAL_TYPES
        assert deal.status in DEAL_STATUSES
        assert deal.roles and all(role in DEAL_ROLES for role, _ in deal.roles)
        for ev in deal.evidence:
            assert doc.text[ev.start : ev.end] == ev.text
    return found


def org(text: str, name: str) -> Entity:
    spans = []
    start = text.find(name)
    while start >= 0:
        spans.append(Span(start, start + len(name), name))
        start = text.find(name, start + 1)
    return Entity("org", name, mentions=tuple(spans))


def roles(deal: Deal) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for role, ref in deal.roles:
        out.setdefault(role, set()).add(ref.name)
    return out


def only(found: list[Deal], type_: str) -> Deal:
    of_type = [d for d in found if d.type == type_]
    assert len(of_type) == 1, found
    return of_type[0]


# --- types and roles -------------------------------------------------------------


def test_spanish_acquisition_subject_object(es: Language) -> None:
    text = "La eléctrica Iberdrola adquirió la empresa Siemens Gamesa por 4.000 millones de euros."
    d = only(deals(es, text), "Acquisition")
    assert roles(d) == {"acquirer": {"Iberdrola"}, "target": {"Siemens Gamesa"}}
    assert d.amount is not None and d.amount.value == Decimal("4000000000")
    assert d.status == "Completed"


def test_spanish_passive_agent(es: Language) -> None:
    text = "La compañía Vodafone Italia fue adquirida en 2023 por la británica Zegona."
    d = only(deals(es, text, ("Vodafone Italia", "Zegona")), "Acquisition")
    assert roles(d) == {"acquirer": {"Zegona"}, "target": {"Vodafone Italia"}}
    assert d.status == "Completed"


def test_english_passive_agent(en: Language) -> None:
    d = only(
        deals(en, "Slack was acquired by Salesforce in 2021.", ("Slack", "Salesforce")),
        "Acquisition",
    )
    assert roles(d)["acquirer"] == {"Salesforce"}
    assert roles(d)["target"] == {"Slack"}


def test_participle_in_brackets_names_its_target(es: Language) -> None:
    text = "Firmas como Mellanox (recientemente adquirida por Nvidia) fabrican redes."
    d = only(deals(es, text), "Acquisition")
    assert roles(d) == {"acquirer": {"Nvidia"}, "target": {"Mellanox"}}
    assert d.status == "Completed"


def test_english_buy_from_seller(en: Language) -> None:
    d = only(
        deals(
            en,
            "Barclays agreed to buy Kensington from Blackstone for £2.3bn.",
            ("Barclays", "Kensington", "Blackstone"),
        ),
        "Acquisition",
    )
    assert roles(d) == {
        "acquirer": {"Barclays"},
        "target": {"Kensington"},
        "seller": {"Blackstone"},
    }
    assert d.amount is not None and d.amount.currency == "GBP"
    assert d.status == "Announced"


def test_noun_trigger_takes_the_governing_subject(es: Language) -> None:
    text = "Oracle anunció la adquisición de Cerner por 28.300 millones de dólares."
    d = only(deals(es, text), "Acquisition")
    assert roles(d) == {"acquirer": {"Oracle"}, "target": {"Cerner"}}
    assert d.amount is not None and d.amount.value == Decimal("28300000000")
    assert d.status == "Announced"


def test_possessive_takeover(en: Language) -> None:
    text = "Cisco has completed its $28bn takeover of Splunk."
    d = only(deals(en, text, ("Cisco", "Splunk")), "Acquisition")
    assert roles(d) == {"acquirer": {"Cisco"}, "target": {"Splunk"}}
    assert d.status == "Completed"
    assert d.amount is not None and d.amount.value == Decimal("28000000000")


def test_merger_between_two_companies(es: Language) -> None:
    d = only(
        deals(es, "La fusión entre el banco Unicaja y el banco Liberbank se completó en 2021."),
        "Merger",
    )
    assert roles(d) == {"partner": {"Unicaja", "Liberbank"}}
    assert d.status == "Completed"


def test_investment_prepositional_investee(es: Language) -> None:
    text = "El grupo Microsoft invirtió 2.000 millones de dólares en la startup Databricks."
    d = only(deals(es, text), "Investment")
    assert roles(d) == {"investor": {"Microsoft"}, "investee": {"Databricks"}}
    assert d.amount is not None and d.amount.value == Decimal("2000000000")


def test_english_investment_into(en: Language) -> None:
    d = only(deals(en, "Salesforce invested $250 million in Hugging Face."), "Investment")
    assert roles(d) == {"investor": {"Salesforce"}, "investee": {"Hugging Face"}}


def test_funding_round_led_by_investor_with_valuation(en: Language) -> None:
    text = (
        "Perplexity raised $500 million in a funding round led by Sequoia Capital "
        "that values the company at $9 billion."
    )
    d = only(deals(en, text, ("Perplexity", "Sequoia Capital")), "Investment")
    assert roles(d) == {"investee": {"Perplexity"}, "investor": {"Sequoia Capital"}}
    assert d.amount is not None and d.amount.value == Decimal("500000000")
    assert d.valuation is not None and d.valuation.value == Decimal("9000000000")


def test_person_is_an_investor(es: Language) -> None:
    text = "El fundador de Stripe, Patrick Collison, también es inversor en la empresa Figma."
    d = only(deals(es, text), "Investment")
    assert roles(d) == {"investor": {"Patrick Collison"}, "investee": {"Figma"}}
    assert d.status == "Completed"


def test_purchase_of_capacity_with_quantity_and_term(es: Language) -> None:
    text = (
        "Meta se ha comprometido a adquirir 500 MW de capacidad en los próximos cinco años "
        "a Iberdrola, una eléctrica española."
    )
    d = only(deals(es, text), "PurchaseAgreement")
    assert roles(d) == {"buyer": {"Meta"}, "seller": {"Iberdrola"}}
    assert d.term == "P5Y"
    assert d.quantity is not None and d.quantity.value == Decimal("500")
    assert d.status == "Completed"


def test_partnership_with(en: Language) -> None:
    text = "Accenture announced a partnership with Anthropic to train consultants."
    d = only(deals(en, text, ("Accenture", "Anthropic")), "Partnership")
    assert roles(d) == {"partner": {"Accenture", "Anthropic"}}


def test_valuation_without_round(es: Language) -> None:
    text = "La valoración de Revolut alcanzó los 45.000 millones de dólares, informó Bloomberg."
    d = only(deals(es, text), "Valuation")
    assert roles(d) == {"investee": {"Revolut"}}
    assert d.valuation is not None and d.valuation.value == Decimal("45000000000")
    assert d.reported_by is not None and d.reported_by.name == "Bloomberg"


def test_shareholders_listed_are_separate_stakes(es: Language) -> None:
    text = "Los principales accionistas de Naturgy son CriteriaCaixa, GIP y CVC."
    found = [
        d
        for d in deals(es, text, ("Naturgy", "CriteriaCaixa", "GIP", "CVC"))
        if d.type == "Investment"
    ]
    investors = {next(r.name for role, r in d.roles if role == "investor") for d in found}
    assert investors == {"CriteriaCaixa", "GIP", "CVC"}
    assert all(roles(d)["investee"] == {"Naturgy"} for d in found)


# --- status ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status", "hedge"),
    [
        ("BBVA podría lanzar una OPA sobre Banco Sabadell.", "Rumoured", "podría"),
        ("Telefónica estudia la compra de la operadora Digi.", "Rumoured", "estudia"),
        ("Mapfre negocia la compra de Verti con Allianz.", "InNegotiation", None),
        ("Repsol acordó la venta de Repsol Sinopec a Sinopec.", "Announced", None),
        ("Naturgy abandona la compra de la empresa Enel Green Power.", "Cancelled", None),
        ("El Banco Santander cerró la compra del Banco Popular.", "Completed", None),
    ],
)
def test_spanish_status(es: Language, text: str, status: str, hedge: str | None) -> None:
    found = deals(es, text)
    assert found, text
    assert found[0].status == status
    if hedge is not None:
        assert found[0].hedge == hedge


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Adobe called off its acquisition of Figma.", "Cancelled"),
        ("Microsoft is in talks to invest in Mistral.", "InNegotiation"),
        ("Chevron will acquire Hess for $53 billion.", "Announced"),
        ("Google could buy HubSpot.", "Rumoured"),
    ],
)
def test_english_status(en: Language, text: str, status: str) -> None:
    names = tuple(w.strip(".") for w in text.split() if w[0].isupper())
    found = deals(en, text, names)
    assert found, text
    assert found[0].status == status


# --- money across sentences, attribution and merging --------------------------------


def test_amount_from_a_later_sentence_and_attribution(es: Language) -> None:
    text = (
        "Amazon firma un acuerdo con Iberdrola para comprar energía renovable. "
        "Según fuentes de Expansión, el acuerdo supera los 2.000 millones de euros."
    )
    d = only(deals(es, text), "PurchaseAgreement")
    assert roles(d) == {"buyer": {"Amazon"}, "seller": {"Iberdrola"}}
    assert d.amount is not None and d.amount.min_value == Decimal("2000000000")
    assert d.reported_by is not None and d.reported_by.name == "Expansión"
    assert d.hedge is not None and d.hedge.startswith("Según fuentes")
    assert len(d.evidence) == 2


def test_english_deal_is_worth_later(en: Language) -> None:
    text = "Shell agreed to buy BG Group. The deal is worth $70 billion, Reuters reported."
    d = only(deals(en, text), "Acquisition")
    assert d.amount is not None and d.amount.value == Decimal("70000000000")
    assert len(d.evidence) == 2


def test_repeated_mentions_merge_into_one_deal(en: Language) -> None:
    text = (
        "Lloyds to buy Curve from Seedcamp. "
        "Lloyds has announced the acquisition of Curve. "
        "The acquisition of Curve strengthens Lloyds."
    )
    d = only(deals(en, text), "Acquisition")
    assert roles(d)["acquirer"] == {"Lloyds"} and roles(d)["target"] == {"Curve"}
    assert len(d.evidence) == 3


def test_two_rounds_with_different_amounts_stay_apart(es: Language) -> None:
    text = (
        "Google invirtió 300 millones de dólares en Anthropic en 2022. "
        "Google invirtió 2.000 millones de dólares en Anthropic en 2023."
    )
    found = [d for d in deals(es, text) if d.type == "Investment"]
    assert sorted(d.amount.value for d in found if d.amount) == [
        Decimal("300000000"),
        Decimal("2000000000"),
    ]


def test_no_party_no_deal(es: Language) -> None:
    assert deals(es, "La compra de acciones sigue siendo popular entre los ahorradores.") == []


def test_acquisition_without_a_target_is_not_published(en: Language) -> None:
    # Regression: "X was acquired by Y" where X was not found as an organisation gave
    # an Acquisition with only an acquirer, which the shapes refuse.
    found = deals(en, "Summit Retail was acquired by Molinos del Sur last year for $843 million.",
                  names=("Molinos del Sur",))
    assert all(d.type != "Acquisition" or "target" in roles(d) for d in found)


def test_every_deal_meets_the_roles_its_shape_requires() -> None:
    from kg.facts import EntityRef, has_required_roles

    a, b = EntityRef("org", "A"), EntityRef("org", "B")
    ev = (Span(0, 1, "x"),)
    assert has_required_roles(Deal("Acquisition", (("acquirer", a), ("target", b)), ev))
    assert not has_required_roles(Deal("Acquisition", (("acquirer", a),), ev))
    assert has_required_roles(Deal("Investment", (("investor", a),), ev))
    assert not has_required_roles(Deal("Valuation", (("investee", a), ("investee", b)), ev))
    assert not has_required_roles(Deal("Partnership", (("buyer", a),), ev))


# --- phrasings beyond the tuning articles -------------------------------------------------


def test_comprar_x_a_y_makes_y_the_seller_and_the_company_the_earlier_subject(
    es: Language,
) -> None:
    # "La empresa" continues the subject of the sentence before it; the agreement of
    # the first sentence is the same deal.
    found = deals(es, "Frío Polar firmó un acuerdo con Baterías Norte. La empresa se "
                      "comprometió a comprar 300 toneladas de litio a Baterías Norte.",
                  names=("Frío Polar", "Baterías Norte"))
    assert [(d.type, roles(d)) for d in found] == [
        ("PurchaseAgreement", {"buyer": {"Frío Polar"}, "seller": {"Baterías Norte"}})
    ]


def test_a_sold_stake_is_an_investment_by_its_buyer(en: Language) -> None:
    found = deals(en, "Quintana Solar sold a 30% stake to Harrow Fund for $90 million.",
                  names=("Quintana Solar", "Harrow Fund"))
    assert len(found) == 1
    assert found[0].type == "Investment"
    assert roles(found[0]) == {"investor": {"Harrow Fund"}, "investee": {"Quintana Solar"}}
    assert found[0].amount is not None and found[0].amount.value == Decimal("90000000")


def test_past_passive_purchase_is_completed(en: Language) -> None:
    found = deals(en, "Lindell Tools was bought by Arkwright Group for $300 million, the "
                      "companies said.", names=("Lindell Tools", "Arkwright Group"))
    assert [(d.type, d.status) for d in found] == [("Acquisition", "Completed")]
    assert roles(found[0]) == {"acquirer": {"Arkwright Group"}, "target": {"Lindell Tools"}}


def test_parties_saying_they_would_merge_announce_it(en: Language) -> None:
    found = deals(en, "Sable Freight and Marden Lines said they would merge in a deal "
                      "valued at $2 billion.", names=("Sable Freight", "Marden Lines"))
    assert [(d.type, d.status) for d in found] == [("Merger", "Announced")]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("en", "Vesta Mining called off its planned purchase of Ridge Copper.",
         ("Vesta Mining", "Ridge Copper")),
        ("es", "Banco Sella ha renunciado a la compra de Créditos Alba.",
         ("Banco Sella", "Créditos Alba")),
    ],
)
def test_abandoned_purchases_are_cancelled(
    es: Language, en: Language, lang: str, text: str, names: tuple[str, str]
) -> None:
    found = deals(es if lang == "es" else en, text, names=names)
    assert [(d.type, d.status) for d in found] == [("Acquisition", "Cancelled")]
    assert roles(found[0]) == {"acquirer": {names[0]}, "target": {names[1]}}


def test_takeover_bid_whose_target_hangs_on_the_amount(es: Language) -> None:
    found = deals(es, "Eólica Ter ha lanzado una OPA de 500 millones de euros sobre "
                      "Solar Cinca.", names=("Eólica Ter", "Solar Cinca"))
    assert [(d.type, d.status) for d in found] == [("Acquisition", "Announced")]
    assert roles(found[0]) == {"acquirer": {"Eólica Ter"}, "target": {"Solar Cinca"}}
    assert found[0].amount is not None and found[0].amount.value == Decimal("500000000")


def test_studying_a_counter_bid_is_a_rumour(es: Language) -> None:
    found = deals(es, "El fondo Roble Capital estudia presentar una contraoferta por "
                      "Solar Cinca.", names=("Roble Capital", "Solar Cinca"))
    assert [(d.type, d.status) for d in found] == [("Acquisition", "Rumoured")]
    assert roles(found[0]) == {"acquirer": {"Roble Capital"}, "target": {"Solar Cinca"}}


def test_partnership_agreement_and_talks_about_a_partnership(en: Language) -> None:
    signed = deals(en, "Nimbus Labs and Carrow Motors signed a partnership agreement on "
                       "Monday.", names=("Nimbus Labs", "Carrow Motors"))
    assert [(d.type, d.status, roles(d)) for d in signed] == [
        ("Partnership", "Completed", {"partner": {"Nimbus Labs", "Carrow Motors"}})
    ]
    talks = deals(en, "Gantry Data is in talks with Harlow Cloud about a partnership.",
                  names=("Gantry Data", "Harlow Cloud"))
    assert [(d.type, d.status, roles(d)) for d in talks] == [
        ("Partnership", "InNegotiation", {"partner": {"Gantry Data", "Harlow Cloud"}})
    ]


def test_their_merger_takes_the_coordinated_subject(es: Language) -> None:
    found = deals(es, "Maderas Soto y Muebles Lira han cerrado su fusión.",
                  names=("Maderas Soto", "Muebles Lira"))
    assert [(d.type, d.status, roles(d)) for d in found] == [
        ("Merger", "Completed", {"partner": {"Maderas Soto", "Muebles Lira"}})
    ]


def test_a_noun_listed_as_verb_and_noun_is_read_as_the_parse_says(en: Language) -> None:
    # "purchase" is both; as a noun it takes "of X" as the target.
    found = deals(en, "Orchard Health completed its purchase of Meridian Testing.",
                  names=("Orchard Health", "Meridian Testing"))
    assert [(d.type, roles(d)) for d in found] == [
        ("Acquisition", {"acquirer": {"Orchard Health"}, "target": {"Meridian Testing"}})
    ]


def test_the_operation_refers_back_with_its_money(es: Language) -> None:
    found = deals(es, "Banco Sella ha renunciado a la compra de Créditos Alba. La operación, "
                      "valorada en 150 millones de euros, se anunció en marzo.",
                  names=("Banco Sella", "Créditos Alba"))
    assert [(d.type, d.status) for d in found] == [("Acquisition", "Cancelled")]
    assert found[0].amount is not None and found[0].amount.value == Decimal("150000000")
    assert len(found[0].evidence) == 2


def test_a_round_valued_in_a_sibling_clause_keeps_its_size(en: Language) -> None:
    found = deals(en, "Kestrel Aerospace raised $85 million in a round led by Bluefin "
                      "Capital, valuing the company at $600 million.",
                  names=("Kestrel Aerospace", "Bluefin Capital"))
    assert len(found) == 1
    assert found[0].amount is not None and found[0].amount.value == Decimal("85000000")
    assert found[0].valuation is not None and found[0].valuation.value == Decimal("600000000")


# --- rules that generalise (issue 13): each named after the class of error it fixes ---


def test_half_a_deal_is_not_published(es: Language, en: Language) -> None:
    # An investor, buyer or partner alone is half a deal: capital spending, a pay
    # package or an industry total, not a transaction.
    assert deals(es, "Lumbre Energía ejecutó inversiones por 600 millones de dólares en 2025.",
                 names=("Lumbre Energía",)) == []
    assert deals(en, "Ostrava Capital has £4 billion of client investments under management.",
                 names=("Ostrava Capital",)) == []


def test_a_round_of_a_named_company_needs_no_named_investor(en: Language) -> None:
    # with its size and valuation (session 18: with the size alone it is no deal)
    d = only(deals(en, "Pellucid Labs raised $40 million in a Series B round at a $400 "
                       "million valuation.", names=("Pellucid Labs",)), "Investment")
    assert roles(d) == {"investee": {"Pellucid Labs"}}


def test_de_acuerdo_con_means_according_to(es: Language) -> None:
    text = ("Marta Ibáñez recibió 90.000 euros como consejera de Grupo Tallo, de acuerdo con "
            "el informe que Grupo Tallo remitió a la CNMV.")
    assert deals(es, text, names=("Grupo Tallo", "CNMV")) == []


def test_plural_sales_are_revenue_not_a_sale(es: Language, en: Language) -> None:
    assert deals(es, "Las ventas de Aceros Norte crecieron un 12 % hasta 900 millones de euros.",
                 names=("Aceros Norte",)) == []
    assert deals(en, "Sales at Brightwell Foods rose 8% to $2 billion.",
                 names=("Brightwell Foods",)) == []


def test_an_investment_fund_is_a_holder_not_a_deal(en: Language) -> None:
    text = "The investment fund Tarrow Partners hired Gale Advisory to review its portfolio."
    assert deals(en, text, names=("Tarrow Partners", "Gale Advisory")) == []


def test_receiving_an_investment_makes_the_subject_the_investee(es: Language) -> None:
    text = "Nubia Pagos recibió inversiones de Fondo Ceiba por 30 millones de dólares."
    d = only(deals(es, text, names=("Nubia Pagos", "Fondo Ceiba")), "Investment")
    assert roles(d) == {"investee": {"Nubia Pagos"}, "investor": {"Fondo Ceiba"}}


def test_winning_a_contract_makes_the_subject_the_supplier(en: Language) -> None:
    text = ("Valmet Defence said it had received a framework contract from the Danish Navy "
            "for radar systems worth up to 2 billion euros.")
    d = only(deals(en, text, names=("Valmet Defence", "Danish Navy")), "PurchaseAgreement")
    assert roles(d) == {"seller": {"Valmet Defence"}, "buyer": {"Danish Navy"}}
    assert d.amount is not None and d.amount.max_value == Decimal("2000000000")


def test_it_never_refers_to_a_person(en: Language) -> None:
    text = ("Corvid Mining's chief executive Dana Pruitt said it was unable to reach agreement "
            "with Halden Copper on the price.")
    found = deals(en, text, names=("Corvid Mining", "Halden Copper"))
    assert all(ref.kind == "org" for d in found for _, ref in d.roles)


def test_a_deal_noun_framing_the_verb_gives_the_verb_its_price(en: Language) -> None:
    text = "Ardent Oil is buying Pemberton Gas in an all-share deal valued at $7.5 billion."
    found = deals(en, text, names=("Ardent Oil", "Pemberton Gas"))
    assert [d.type for d in found] == ["Acquisition"]
    assert found[0].amount is not None and found[0].amount.value == Decimal("7500000000")


def test_a_deal_that_would_have_been_valued_at_states_a_price(en: Language) -> None:
    text = ("Zorba Mining has pulled out of its planned takeover of rival Kestrel Metals in a "
            "deal that would have been valued at £12.4bn.")
    d = only(deals(en, text, names=("Zorba Mining", "Kestrel Metals")), "Acquisition")
    assert d.amount is not None and d.amount.value == Decimal("12400000000")
    assert d.valuation is None


def test_phrasal_verbs_that_end_a_deal(en: Language) -> None:
    text = "Zorba Mining has pulled out of its planned takeover of rival Kestrel Metals."
    d = only(deals(en, text, names=("Zorba Mining", "Kestrel Metals")), "Acquisition")
    assert d.status == "Cancelled"


def test_transfer_verbs_with_an_enclitic_pronoun(es: Language) -> None:
    text = ("Supermercados Alba vende su filial de perfumerías. La compañía ha llegado a un "
            "acuerdo con el grupo colombiano Tardor para transmitirle 300 tiendas por un importe "
            "de 40 millones de euros.")
    found = deals(es, text, names=("Supermercados Alba", "Tardor"))
    assert any(roles(d).get("seller") == {"Supermercados Alba"} and "Tardor" in
               {ref.name for _, ref in d.roles} for d in found), found


def test_a_power_purchase_agreement_is_a_signed_purchase(en: Language, es: Language) -> None:
    d = only(deals(en, "Halvard Power has entered into a 900-MW power purchase agreement with "
                       "Nimbus Cloud.", names=("Halvard Power", "Nimbus Cloud")),
             "PurchaseAgreement")
    assert {ref.name for _, ref in d.roles} == {"Halvard Power", "Nimbus Cloud"}
    assert d.status == "Completed"
    d = only(deals(es, "Energías Solaria ha firmado un contrato de compraventa de energía con "
                       "Lácteos Brisa.", names=("Energías Solaria", "Lácteos Brisa")),
             "PurchaseAgreement")
    assert d.status == "Completed"


def test_a_regulator_that_vetoes_a_merger_is_not_a_party(es: Language) -> None:
    text = "La CNMC vetó la fusión de Ondas Telecom y Red Sur."
    d = only(deals(es, text, names=("CNMC", "Ondas Telecom", "Red Sur")), "Merger")
    assert {ref.name for _, ref in d.roles} == {"Ondas Telecom", "Red Sur"}
    assert d.status == "Cancelled"


def test_coordinated_subjects_the_parser_hung_as_modifiers(en: Language) -> None:
    text = "Sable Freight and Marden Lines said they would merge in a deal valued at $2 billion."
    d = only(deals(en, text, names=("Sable Freight", "Marden Lines")), "Merger")
    assert {ref.name for _, ref in d.roles} == {"Sable Freight", "Marden Lines"}


def test_a_funding_in_an_adjunct_takes_no_status_from_the_main_verb(en: Language) -> None:
    text = ("Orla Health publicly launched its care platform on Tuesday with $4.5 million in "
            "seed funding led by Cinder Ventures.")
    d = only(deals(en, text, names=("Orla Health", "Cinder Ventures")), "Investment")
    assert d.status == "Completed"  # "launched" tells the platform's launch, not the round's


def test_present_progressive_is_agreed_not_done(en: Language) -> None:
    text = "Ardent Oil is buying Pemberton Gas for $7.5 billion."
    d = only(deals(en, text, names=("Ardent Oil", "Pemberton Gas")), "Acquisition")
    assert d.status == "Announced"


def test_a_contract_won_is_signed(en: Language) -> None:
    text = "Valmet Defence has won a contract from the Danish Navy for radar systems."
    d = only(deals(en, text, names=("Valmet Defence", "Danish Navy")), "PurchaseAgreement")
    assert d.status == "Completed"


def test_an_agreement_announced_as_made_is_signed(es: Language) -> None:
    text = "Mercados Sol y Repartos Ya anunciaron un acuerdo de colaboración logística."
    d = only(deals(es, text, names=("Mercados Sol", "Repartos Ya")), "Partnership")
    assert d.status == "Completed"


def test_a_purpose_noun_carries_the_agreement_deal(es: Language, en: Language) -> None:
    text = ("Banco Austral llegó a un acuerdo con Ramón Ibarra para la compra de Seguros Delta.")
    found = deals(es, text, names=("Banco Austral", "Ramón Ibarra", "Seguros Delta"))
    assert [d.type for d in found] == ["Acquisition"]
    assert roles(found[0])["target"] == {"Seguros Delta"}
    text = "Talcott Bank reached an agreement with Hollis Group for the purchase of Pine Insurance."
    found = deals(en, text, names=("Talcott Bank", "Hollis Group", "Pine Insurance"))
    assert [d.type for d in found] == ["Acquisition"]


def test_a_clause_with_its_own_subject_is_not_the_agreement_purpose(es: Language) -> None:
    # Control: the signatories are the understood subject of a purpose clause; a clause
    # whose subject is someone else ("los clientes") tells what the agreement allows.
    text = ("Mercados Sol y Repartos Ya anunciaron un acuerdo bajo el cual los clientes de la "
            "plataforma podrán comprar productos de Mercados Sol al precio al que se venden en "
            "tienda.")
    found = deals(es, text, names=("Mercados Sol", "Repartos Ya"))
    assert [d.type for d in found] == ["Partnership"]


def test_a_partnership_framing_another_deal_shares_its_parties(en: Language) -> None:
    text = ("Halvorsen Systems invested $16 million in Quenta AI as part of a partnership to "
            "distribute its models.")
    found = deals(en, text, names=("Halvorsen Systems", "Quenta AI"))
    p = only(found, "Partnership")
    assert {ref.name for _, ref in p.roles} == {"Halvorsen Systems", "Quenta AI"}


def test_an_investor_with_no_investee_continues_the_round_before(en: Language) -> None:
    text = ("Brisa Bank has raised £40 million in a Series C round led by Tamsin Capital. "
            "Existing backer Ruth Okafor invested a further £20 million.")
    found = deals(en, text, names=("Brisa Bank", "Tamsin Capital", "Ruth Okafor"))
    okafor = [d for d in found if "Ruth Okafor" in {ref.name for _, ref in d.roles}]
    assert len(okafor) == 1 and roles(okafor[0])["investee"] == {"Brisa Bank"}
    assert okafor[0].amount is not None and okafor[0].amount.value == Decimal("20000000")


def test_a_negated_cancel_verb_does_not_cancel(en: Language) -> None:
    text = "Regulators will not block the Halcyon acquisition of Tessera Media, analysts said."
    d = only(deals(en, text, names=("Halcyon", "Tessera Media")), "Acquisition")
    assert d.status != "Cancelled"


def test_a_name_before_a_deal_noun_with_an_of_target_is_the_acquirer(en: Language) -> None:
    text = "Regulators cleared the Halcyon acquisition of Tessera Media on Monday."
    d = only(deals(en, text, names=("Halcyon", "Tessera Media")), "Acquisition")
    assert roles(d) == {"acquirer": {"Halcyon"}, "target": {"Tessera Media"}}


def test_a_deal_noun_in_a_temporal_adjunct_takes_no_agent_from_the_clause(en: Language) -> None:
    text = ("The Trade Commission is set to fine Orbis Social for misleading officials during "
            "the 2016 takeover of ChatLine.")
    found = deals(en, text, names=("Trade Commission", "Orbis Social", "ChatLine"))
    assert all(ref.name != "Trade Commission" for d in found for _, ref in d.roles)


def test_a_ticker_in_brackets_is_not_a_second_target(en: Language) -> None:
    text = "United Aero agreed to buy Rockfield Avionics (RKF) for $30 billion."
    d = only(deals(en, text, names=("United Aero", "Rockfield Avionics", "RKF")), "Acquisition")
    assert roles(d)["target"] == {"Rockfield Avionics"}


def test_a_description_refers_to_the_entity_introduced_with_the_same_noun(es: Language) -> None:
    text = ("Grupo Arenal negocia con el fondo Cumbre Capital. Lucerna Frío emplea a 1.400 "
            "personas. El fondo pagó 120 millones de euros por Lucerna Frío en 2019.")
    found = deals(es, text, names=("Grupo Arenal", "Cumbre Capital", "Lucerna Frío"))
    d = only(found, "Acquisition")
    assert roles(d)["acquirer"] == {"Cumbre Capital"}
    assert roles(d)["target"] == {"Lucerna Frío"}  # paying for a company is buying it


def test_a_subject_pronoun_continues_the_previous_subject(en: Language) -> None:
    text = ("In 2020 Hawthorn Energy said it was buying Ridge Oil for $4 billion. "
            "It then purchased Delta Basin in a cash deal.")
    found = deals(en, text, names=("Hawthorn Energy", "Ridge Oil", "Delta Basin"))
    delta = [d for d in found if "Delta Basin" in {ref.name for _, ref in d.roles}]
    assert len(delta) == 1 and roles(delta[0])["acquirer"] == {"Hawthorn Energy"}


def test_the_agent_of_a_participle_on_a_bid_is_the_bidder(es: Language) -> None:
    text = "La OPA lanzada por Banco Cima sobre Seguros Lince fracasó."
    d = only(deals(es, text, names=("Banco Cima", "Seguros Lince")), "Acquisition")
    assert roles(d) == {"acquirer": {"Banco Cima"}, "target": {"Seguros Lince"}}
    assert d.status == "Cancelled"


def test_a_holder_noun_does_not_swallow_a_deal_and_has_no_price(es: Language) -> None:
    # The parser hangs "para la compra" on "accionista" inside the dashes.
    text = ("Banco Austral anunció que llegó a un acuerdo con el empresario Ramón Ibarra "
            "–también accionista mayoritario de Aeropuertos Sur– para la compra de 25% de "
            "Seguros Delta, por un monto de 9.000 millones de euros.")
    found = deals(es, text, names=("Banco Austral", "Ramón Ibarra", "Aeropuertos Sur",
                                   "Seguros Delta"))
    assert [d.type for d in found] == ["Investment"]  # the stake; no partnership, no holder
    d = found[0]
    assert roles(d)["investee"] == {"Seguros Delta"}
    assert {ref.name for _, ref in d.roles} >= {"Banco Austral", "Ramón Ibarra"}
    assert d.amount is not None and d.amount.value == Decimal("9000000000")


def test_a_bid_belongs_to_its_bidder(es: Language) -> None:
    text = "La opa de Grupo Ferrán sobre Autopistas Sur fue presentada ayer ante la CNMV."
    d = only(deals(es, text, names=("Grupo Ferrán", "Autopistas Sur", "CNMV")), "Acquisition")
    assert roles(d) == {"acquirer": {"Grupo Ferrán"}, "target": {"Autopistas Sur"}}


def test_buying_all_of_a_company_written_100_percent_is_an_acquisition(es: Language) -> None:
    text = "La eléctrica Hidronorte ha adquirido el 100% de Eólica Gallega por 230 millones."
    d = only(deals(es, text, names=("Hidronorte", "Eólica Gallega")), "Acquisition")
    assert roles(d) == {"acquirer": {"Hidronorte"}, "target": {"Eólica Gallega"}}


def test_the_sale_of_x_by_y_to_z_even_when_hung_on_x(en: Language) -> None:
    text = ("The sale of Carrow Freight Ltd by Halden Group to Meridian Partners for $450 "
            "million closed on Friday.")
    d = only(deals(en, text, names=("Carrow Freight", "Halden Group", "Meridian Partners")),
             "Acquisition")
    assert roles(d) == {"target": {"Carrow Freight"}, "seller": {"Halden Group"},
                        "acquirer": {"Meridian Partners"}}


def test_sold_a_unit_to_a_buyer_through_the_dative(en: Language) -> None:
    text = "Halden Group sold its logistics unit Carrow Freight to Meridian Partners."
    d = only(deals(en, text, names=("Carrow Freight", "Halden Group", "Meridian Partners")),
             "Acquisition")
    assert roles(d) == {"target": {"Carrow Freight"}, "seller": {"Halden Group"},
                        "acquirer": {"Meridian Partners"}}


def test_a_company_introduced_as_called_x(en: Language) -> None:
    text = "In 2012 Corvid Coffee spent $100 million to acquire a bakery chain called Pan Dorado."
    d = only(deals(en, text, names=("Corvid Coffee", "Pan Dorado")), "Acquisition")
    assert roles(d) == {"acquirer": {"Corvid Coffee"}, "target": {"Pan Dorado"}}


def test_of_descriptor_name_misparsed_as_a_gerund(en: Language) -> None:
    text = ("The fine came as a result of Orbis 's acquisition of messaging service ChatLine "
            "in 2014.")
    d = only(deals(en, text, names=("Orbis", "ChatLine")), "Acquisition")
    assert roles(d) == {"acquirer": {"Orbis"}, "target": {"ChatLine"}}


def test_an_agentless_takeover_noun_belongs_to_the_topic_company(en: Language) -> None:
    text = ("Harrow Pharma reported higher sales. Harrow Pharma said its drugs grew 9 percent. "
            "Sales jumped 11 percent, spurred by last year's $30 billion acquisition of "
            "Swiss biotech Veltis.")
    d = only(deals(en, text, names=("Harrow Pharma", "Veltis")), "Acquisition")
    assert roles(d) == {"acquirer": {"Harrow Pharma"}, "target": {"Veltis"}}


@pytest.mark.parametrize(
    "text",
    [
        "Grupo Vela compró una participación mayoritaria en Hoteles Brisa.",
        "Grupo Vela adquirió el 70 % de Hoteles Brisa por 90 millones de euros.",
    ],
)
def test_a_stake_that_gives_control_is_a_takeover(es: Language, text: str) -> None:
    d = only(deals(es, text, names=("Grupo Vela", "Hoteles Brisa")), "Acquisition")
    assert roles(d) == {"acquirer": {"Grupo Vela"}, "target": {"Hoteles Brisa"}}


def test_a_minority_stake_is_an_investment(en: Language) -> None:
    text = "Tamsin Capital bought a 20% stake in Brisa Bank for $300 million."
    d = only(deals(en, text, names=("Tamsin Capital", "Brisa Bank")), "Investment")
    assert roles(d) == {"investor": {"Tamsin Capital"}, "investee": {"Brisa Bank"}}


def test_gaining_control_is_a_takeover(en: Language, es: Language) -> None:
    d = only(deals(en, "Harbor Leisure has gained full control of Parc Lumière.",
                   names=("Harbor Leisure", "Parc Lumière")), "Acquisition")
    assert roles(d) == {"acquirer": {"Harbor Leisure"}, "target": {"Parc Lumière"}}
    d = only(deals(es, "Grupo Vela tomó el control de Hoteles Brisa en 2019.",
                   names=("Grupo Vela", "Hoteles Brisa")), "Acquisition")
    assert roles(d) == {"acquirer": {"Grupo Vela"}, "target": {"Hoteles Brisa"}}
    assert deals(en, "Harbor Leisure lost control of its costs.", names=("Harbor Leisure",)) == []


def test_hacerse_con_is_to_take_over(es: Language) -> None:
    d = only(deals(es, "Ondas Telecom se hace con el 100% de Red Sur por 750 millones de euros.",
                   names=("Ondas Telecom", "Red Sur")), "Acquisition")
    assert roles(d) == {"acquirer": {"Ondas Telecom"}, "target": {"Red Sur"}}
    d = only(deals(es, "Ondas Telecom se hizo con un 15% de Red Sur.",
                   names=("Ondas Telecom", "Red Sur")), "Investment")
    assert roles(d) == {"investor": {"Ondas Telecom"}, "investee": {"Red Sur"}}


def test_a_news_agency_or_the_outlet_is_never_a_party(es: Language) -> None:
    from kg.extract import article_doc
    from kg.facts import Article

    text = ("Madrid, 12 mar (EFE).- Lumbre Modelos firmó un contrato de representación con "
            "Agencia EFE y con Diario Sol.")
    article = Article(id="t", text=text, lang="es", publisher="Diario Sol")
    doc = article_doc(es, article)
    for _, proc in es.pipeline:
        doc = proc(doc)
        if _ == "kg_entities":
            doc._.kg_entities = [org(text, n) for n in ("Lumbre Modelos", "Agencia EFE",
                                                        "Diario Sol")]
    assert doc._.kg_deals == []


def test_a_deal_between_people_only_is_not_a_business_deal(en: Language) -> None:
    from kg.facts import Entity

    text = "Ronald Brooks reached an agreement with Peter Pines after the fight."
    doc = en.make_doc(text)
    for name, proc in en.pipeline:
        doc = proc(doc)
        if name == "kg_entities":
            doc._.kg_entities = [
                Entity("person", n, mentions=org(text, n).mentions)
                for n in ("Ronald Brooks", "Peter Pines")
            ]
    assert doc._.kg_deals == []


def test_a_denied_deal_is_no_deal(es: Language, en: Language) -> None:
    assert deals(es, "Grupo Vela nunca tuvo ningún contrato con Hoteles Brisa.",
                 names=("Grupo Vela", "Hoteles Brisa")) == []
    assert deals(en, "Ardent Oil did not buy Pemberton Gas.",
                 names=("Ardent Oil", "Pemberton Gas")) == []


def test_a_price_that_closed_is_not_a_funding_round(en: Language) -> None:
    assert deals(en, "Index Group shares closed $21.25 higher on Friday.",
                 names=("Index Group",)) == []


def test_a_board_approving_a_merger_plan_is_not_a_partner(es: Language) -> None:
    text = ("El consejo de Bolsa Norte aprobó hoy el proyecto de fusión con Bolsa Sur.")
    found = deals(es, text, names=("Bolsa Norte", "Bolsa Sur"))
    d = only(found, "Merger")
    assert {ref.name for _, ref in d.roles} == {"Bolsa Norte", "Bolsa Sur"}


def test_a_debt_deal_is_not_a_partnership(en: Language) -> None:
    text = "Next week Kansai Power and Osaka Rail are likely to launch 10-year dollar deals."
    assert deals(en, text, names=("Kansai Power", "Osaka Rail")) == []


def test_who_gives_the_green_light_is_not_a_party(es: Language) -> None:
    text = ("Falta que la Contraloría General dé su visto bueno al acuerdo de Aeropuertos "
            "Andinos con la empresa Airport Group.")
    found = deals(es, text, names=("Contraloría General", "Aeropuertos Andinos",
                                   "Airport Group"))
    assert all(ref.name != "Contraloría General" for d in found for _, ref in d.roles)


def test_another_contract_is_a_second_deal(es: Language) -> None:
    text = ("Energías Solaria ha suscrito con Lácteos Brisa un contrato de compraventa de energía. "
            "Lácteos Brisa completará su consumo con otro contrato anual de energía con "
            "Energías Solaria.")
    found = deals(es, text, names=("Energías Solaria", "Lácteos Brisa"))
    assert [d.type for d in found] == ["PurchaseAgreement", "PurchaseAgreement"]
    assert found[0].status == "Completed"


def test_a_round_closed_after_which_something_else_happened_is_completed(en: Language) -> None:
    text = ("Last month Pavo Clinic became the first startup of its kind to reach a valuation "
            "above $1 billion, after it closed a $110 million Series D funding round.")
    d = only(deals(en, text, names=("Pavo Clinic",)), "Investment")
    assert d.status == "Completed"


def test_the_lexicon_is_data_a_newcomer_can_edit(tmp_path: Path) -> None:
    from kg.lexicon import LEXICON, Lexicon

    assert "adquirir" in LEXICON.triggers()["es"]["acquire_v"]
    assert "withdraw" in LEXICON.status("cancelled")
    broken = tmp_path / "deals.toml"
    broken.write_text("[words\n", encoding="utf-8")
    from kg.errors import ConfigError

    with pytest.raises(ConfigError, match="deals.toml: cannot read kg's lexicon"):
        Lexicon(broken).words("stake_nouns")

