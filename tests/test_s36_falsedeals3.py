"""Session 36, helper falsedeals3 (issue #13): one event told twice, kept as one deal.

- A purchase told once with a group as buyer and once with its unit, which the article
  names as the group's unit in apposition ("X, a unit of Y", "X, filial de Y"), is one
  deal with both buyers (``kg.deals.units``, ``merge:unit-of-buyer``); a purchase of
  another company by the group, or one told in a sentence of another year, stays apart,
  and a company named as something else of the group ("a customer of Y") is no unit.
- A supply contract and the partnership of the same two companies, told in one article
  at one stage, are one deal: the contract, which says what they exchange
  (``merge:one-event-retold``); an alliance of one year and a contract of another stay
  two.
- A purchase noun with a buyer and a seller and nothing named bought ("Oriel's purchase
  from Vantor") names the goods purchase between the same two told before it
  (``merge:purchase-named-again``); a unit bought by a verb, or a purchase of another
  year, stays apart.
- A round told with its lead only (a headline) and then with all its investors, same
  company and figure, is one round (``merge:round-lead-told-again``); another round of
  the same figure ("another $25 million", another year) or of another figure stays
  apart.
- Money put in told by a verb at the very price of the takeover of the same company by
  the same buyer is that takeover (``merge:one-event-retold``, ``_one_price``); money
  of another figure is an earlier deal.
"""

from __future__ import annotations

from spacy.language import Language

from kg.deals.context import Context
from kg.facts import Deal, EntityRef


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _org(name: str) -> EntityRef:
    return EntityRef("org", name)


def _units(nlp: Language, text: str) -> dict[EntityRef, EntityRef]:
    from kg.deals.units import units_of  # (new in session 36)

    return units_of(Context(nlp(text), {}))


# -- a unit named in apposition -------------------------------------------------------


def test_unit_of_in_apposition(en: Language) -> None:
    units = _units(en, "Pellow Marine, a unit of Garrick Shipping, opened a yard in Leith.")
    assert units == {_org("Pellow Marine"): _org("Garrick Shipping")}


def test_filial_with_adjective_in_apposition(es: Language) -> None:
    assert _units(es, "Ostara Vinos, la filial vinícola de Grupo Ostara, abrió una tienda en "
                  "Haro.") == {_org("Ostara Vinos"): _org("Grupo Ostara")}


def test_customer_is_no_unit(en: Language) -> None:
    units = _units(en, "Pellow Marine, a customer of Garrick Shipping, opened a yard in Leith.")
    assert units == {}


# -- a purchase told by the group and by its unit -------------------------------------


def test_headline_group_lede_unit_one_deal(en: Language) -> None:
    deals = _deals(en, "Garrick Shipping buys Tamsin Valves\n\nPellow Flow, a unit of Garrick "
                   "Holdings, has acquired Tamsin Valves for $75 million.")
    (d,) = deals
    assert ("target", "Tamsin Valves") in _roles(d)
    assert {("acquirer", "Garrick Shipping"), ("acquirer", "Pellow Flow")} <= _roles(d)
    assert "merge:unit-of-buyer" in d.rules


def test_titular_grupo_filial_una_compra(es: Language) -> None:
    (d,) = _deals(es, "Grupo Ostara compra la bodega Viña Luceno\n\nOstara Vinos, la filial "
                  "vinícola de Grupo Ostara, ha adquirido Viña Luceno por 35 millones de euros.")
    assert {("acquirer", "Grupo Ostara"), ("acquirer", "Ostara Vinos"),
            ("target", "Viña Luceno")} <= _roles(d)


def test_group_buys_another_company_stays_apart(es: Language) -> None:
    deals = _deals(es, "Ostara Vinos, filial de Grupo Ostara, ha comprado Viña Luceno por 35 "
                   "millones de euros. En 2020 Grupo Ostara compró Bodegas Terral por 10 "
                   "millones de euros.")
    targets = sorted(name for d in deals for role, name in _roles(d) if role == "target")
    assert targets == ["Bodegas Terral", "Viña Luceno"]


def test_unit_purchase_in_other_year_stays_apart(en: Language) -> None:
    deals = _deals(en, "Garrick Shipping bought Tamsin Valves in 2019. Pellow Flow, a unit of "
                   "Garrick Shipping, has acquired Tamsin Valves in 2024 for $75 million.")
    assert len(deals) == 2


def test_unit_purchase_at_another_price_stays_apart(en: Language) -> None:
    deals = _deals(en, "Garrick Shipping bought Tamsin Valves for $20 million. Pellow Flow, a unit "
                   "of Garrick Shipping, has acquired Tamsin Valves for $75 million.")
    assert len(deals) == 2


def test_unit_purchase_after_a_cancelled_one_stays_apart(en: Language) -> None:
    deals = _deals(en, "Garrick Shipping agreed to buy Tamsin Valves in 2019, but the deal "
                   "collapsed. Pellow Flow, a unit of Garrick Shipping, acquired Tamsin Valves "
                   "for $75 million in 2024.")
    assert sorted(d.status or "" for d in deals) == ["Cancelled", "Completed"]


def test_customer_buying_the_same_company_stays_apart(en: Language) -> None:
    deals = _deals(en, "Garrick Shipping buys Tamsin Valves\n\nPellow Flow, a customer of "
                   "Garrick Shipping, has acquired Tamsin Valves for $75 million.")
    assert len(deals) == 2


# -- a contract and the partnership of the same two ----------------------------------


def test_supply_contract_and_partnership_one_deal(en: Language) -> None:
    (d,) = _deals(en, "Corbel Grid signs supply pact with Hastwell Cables\n\nCorbel Grid has "
                  "signed a $40 million contract with Hastwell Cables to supply undersea cable. "
                  "The partnership between Corbel Grid and Hastwell Cables runs for five years.")
    assert d.type == "PurchaseAgreement"
    assert d.amount is not None and d.amount.value == 40_000_000


def test_contrato_y_alianza_un_acuerdo(es: Language) -> None:
    (d,) = _deals(es, "Eólica Barbanza firma un contrato con Naval Ferrol\n\nEólica Barbanza "
                  "ha firmado un contrato de 30 millones de euros con Naval Ferrol para el "
                  "suministro de 40 torres. La alianza entre Eólica Barbanza y Naval Ferrol es "
                  "la primera de la eólica en Galicia.")
    assert d.type == "PurchaseAgreement"


def test_alliance_and_contract_of_other_years_stay_two(en: Language) -> None:
    deals = _deals(en, "Corbel Grid and Hastwell Cables formed a partnership in 2019. In 2024 "
                   "Corbel Grid signed a $40 million contract to buy cable from Hastwell Cables.")
    assert sorted(d.type for d in deals) == ["Partnership", "PurchaseAgreement"]


# -- a goods purchase named again by a purchase noun -----------------------------------


def test_purchase_noun_names_goods_purchase_again(en: Language) -> None:
    (d,) = _deals(en, "Oriel Power agreed to buy 300 MW of turbines from Vantor Wind for $400 "
                  "million. Oriel Power's purchase from Vantor Wind is the largest in its history.")
    assert d.type == "PurchaseAgreement"
    assert _roles(d) == {("buyer", "Oriel Power"), ("seller", "Vantor Wind")}


def test_unit_bought_by_verb_from_supplier_stays_apart(en: Language) -> None:
    deals = _deals(en, "Oriel Power agreed to buy 300 MW of turbines from Vantor Wind for $400 "
                   "million. In 2021 Oriel Power bought the cable business of Vantor Wind for $90 "
                   "million.")
    assert sorted(d.type for d in deals) == ["Acquisition", "PurchaseAgreement"]


def test_purchase_noun_of_another_year_stays_apart(en: Language) -> None:
    deals = _deals(en, "In 2019 Oriel Power bought 300 MW of turbines from Vantor Wind. Oriel "
                   "Power's purchase from Vantor Wind in 2024 was larger.")
    assert len(deals) == 2


def test_partners_selling_together_keep_their_partnership(es: Language) -> None:
    deals = _deals(es, "Lumbra Energía y Hotelera Costa Brava firmaron ayer una alianza para "
                   "vender juntas paquetes de turismo rural con energía verde.")
    assert [d.type for d in deals] == ["Partnership"]


# -- a round told with its lead, then with all its investors ---------------------------


def test_round_told_with_lead_then_all_investors_one_deal(es: Language) -> None:
    (d,) = _deals(es, "Mercurio Ventures lidera una ronda de 20 millones en Datalia\n\nLa "
                  "startup Datalia ha cerrado una ronda de 20 millones de euros liderada por "
                  "Mercurio Ventures y con la participación de Fondo Teide.")
    assert _roles(d) == {("investor", "Mercurio Ventures"), ("investor", "Fondo Teide"),
                         ("investee", "Datalia")}
    assert "merge:round-lead-told-again" in d.rules


def test_another_round_of_the_same_figure_stays_apart(en: Language) -> None:
    deals = _deals(en, "Quorra Robotics raised $25 million from Belmont Ventures in 2021. In 2024 "
                   "Quorra Robotics raised another $25 million from Belmont Ventures and Tiller "
                   "Capital.")
    assert len(deals) == 2


def test_round_of_another_figure_stays_apart(en: Language) -> None:
    deals = _deals(en, "Belmont Ventures leads $25 million round in Quorra Robotics\n\nQuorra "
                   "Robotics has raised $40 million in Series B funding led by Belmont Ventures, "
                   "with Tiller Capital joining.")
    assert len(deals) == 2


# -- money put in at the price of the takeover ---------------------------------------


def test_investment_at_takeover_price_is_the_takeover(es: Language) -> None:
    (d,) = _deals(es, "Fondo Nervión invierte 30 millones en Quesos Anoeta\n\nFondo Nervión ha "
                  "comprado el 100 % de Quesos Anoeta por 30 millones de euros.")
    assert d.type == "Acquisition"
    assert _roles(d) == {("acquirer", "Fondo Nervión"), ("target", "Quesos Anoeta")}


def test_earlier_investment_at_another_price_stays_apart(en: Language) -> None:
    deals = _deals(en, "Lark Capital invested $10 million in Verdan Solar in 2020. Lark Capital "
                   "has now acquired Verdan Solar outright for $50 million.")
    assert sorted(d.type for d in deals) == ["Acquisition", "Investment"]


def test_rounds_told_far_apart_stay_two(en: Language) -> None:
    deals = _deals(en, "Quorra Robotics raised $5 million from Belmont Ventures. The company "
                   "moved to a larger plant in Ohio. Its robots now sort parcels for three "
                   "carriers. Sales doubled over two years. Quorra Robotics then raised $5 "
                   "million from Belmont Ventures and Tiller Capital.")
    assert len(deals) == 2


def test_partnership_told_as_one_more_stays_apart(es: Language, en: Language) -> None:
    # an additive adverb tells one more event besides the supply contract
    text_en = ("Marlow Shipping agreed to buy 12 cranes from Tessel Ports. The two groups "
               "also signed a partnership to build a new terminal.")
    types = sorted(d.type for d in _deals(en, text_en))
    assert "Partnership" in types and "PurchaseAgreement" in types
    text_es = ("Naviera Ulloa acordó comprar 12 grúas a Puertos Tavera. Ambas compañías "
               "firmaron además una alianza para construir una nueva terminal.")
    types = sorted(d.type for d in _deals(es, text_es))
    assert "Partnership" in types and "PurchaseAgreement" in types
