"""Session 31, helper nodeal (issue #13): news that names companies, money and deal
words but reports no new deal (inventory tests/data/constructions/nodeal).

- irrealis mood: a verb of buying in the protasis of a conditional ("If X bought Y, it
  would ...", "Si X compra Y, controlará ...") supposes a deal and asserts none
  (``kg.deals.asserted.supposed``);
- habitual aspect: a supply, purchase or sale of goods in the simple present with no
  contract, price, count or date ("X supplies the supermarket chain Y", "X compra su
  mineral a Y") describes a standing trade (``kg.deals.asserted.habitual_trade``).

Each rule has sentences it changes (no deal, where the code before this session made
one) and near misses it leaves alone (the real deal beside it still read).
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- the protasis of a conditional ------------------------------------------------------


def test_if_x_bought_y_it_would_is_no_deal(en: Language) -> None:
    assert _deals(en, "If Dalby Foods bought Renton Snacks, it would become the largest "
                      "snack maker in the country.") == []


def test_an_open_condition_in_english_is_no_deal_either(en: Language) -> None:
    assert _deals(en, "If Dalby Foods buys Renton Snacks, it will become the largest snack "
                      "maker in the country.") == []


def test_si_x_compra_y_controlara_is_no_deal(es: Language) -> None:
    assert _deals(es, "Si Lácteos Ibarra compra Quesos Tordesillas, controlará el 30% del "
                      "mercado.") == []


def test_a_condition_on_a_deal_told_in_the_main_clause_keeps_it(en: Language) -> None:
    (deal,) = _deals(en, "Dalby Foods will buy Renton Snacks if shareholders approve the deal.")
    assert _roles(deal) == {("acquirer", "Dalby Foods"), ("target", "Renton Snacks")}


def test_the_real_deal_before_a_supposed_one_is_still_read(en: Language) -> None:
    (deal,) = _deals(en, "Dalby Foods agreed to buy Renton Snacks for $300 million. If Dalby "
                         "bought another rival, it would need approval.")
    assert _roles(deal) == {("acquirer", "Dalby Foods"), ("target", "Renton Snacks")}
    assert deal.status == "Announced"


def test_la_compra_anunciada_beside_a_condition_is_still_read(es: Language) -> None:
    (deal,) = _deals(es, "Lácteos Ibarra compró Quesos Tordesillas por 40 millones de euros. "
                         "Si la operación sale bien, comprará más queserías.")
    assert _roles(deal) == {("acquirer", "Lácteos Ibarra"), ("target", "Quesos Tordesillas")}


# -- a standing trade in the habitual present ---------------------------------------------


def test_x_supplies_y_in_the_present_is_no_deal(en: Language) -> None:
    assert _deals(en, "Brennock Dairies posted record sales. The dairy's founder, Owen "
                      "Brennock, said Brennock Dairies supplies the supermarket chain Fairhaven "
                      "Markets.") == []


def test_x_supplies_goods_to_y_is_no_deal(en: Language) -> None:
    assert _deals(en, "Sales rose again. Brennock Dairies supplies milk to Fairhaven "
                      "Markets.") == []


def test_x_suministra_a_y_is_no_deal(es: Language) -> None:
    assert _deals(es, "Las ventas subieron. Lácteos Valdivieso suministra leche a "
                      "Supermercados Andinos.") == []


def test_a_supply_with_a_price_stays_a_deal(es: Language) -> None:
    (deal,) = _deals(es, "Las ventas subieron. Lácteos Valdivieso suministrará leche a "
                         "Supermercados Andinos por 10 millones de dólares.")
    assert deal.type == "PurchaseAgreement"
    assert _roles(deal) == {("seller", "Lácteos Valdivieso"), ("buyer", "Supermercados Andinos")}


def test_a_supply_under_a_contract_stays_a_deal(en: Language) -> None:
    (deal,) = _deals(en, "Sales rose again. Brennock Dairies supplies milk to Fairhaven "
                         "Markets under a five-year contract signed on Monday.")
    assert _roles(deal) == {("seller", "Brennock Dairies"), ("buyer", "Fairhaven Markets")}


def test_a_headline_in_the_present_stays_a_deal(en: Language) -> None:
    (deal,) = _deals(en, "Brennock Dairies supplies Fairhaven Markets. The dairy will deliver "
                         "milk to the chain's 40 stores.")
    assert _roles(deal) == {("seller", "Brennock Dairies"), ("buyer", "Fairhaven Markets")}


def test_x_sells_most_of_its_steel_to_y_is_no_deal(en: Language) -> None:
    assert _deals(en, "Sales rose. Harwick Steel sells most of its steel to Lindon Motors.") == []


def test_x_compra_su_mineral_a_y_is_no_deal(es: Language) -> None:
    assert _deals(es, "Las ventas subieron. Aceros Norte compra su mineral a Metales Colby.") == []


def test_goods_counted_in_the_news_present_stay_a_deal(es: Language) -> None:
    (deal,) = _deals(es, "Las ventas subieron. Transportes Quetzal compra 200 camiones a "
                         "Motores Itzá.")
    assert _roles(deal) == {("buyer", "Transportes Quetzal"), ("seller", "Motores Itzá")}


def test_a_company_bought_in_the_present_stays_a_deal(es: Language) -> None:
    (deal,) = _deals(es, "Las ventas subieron. Aceros Norte compra Metales Colby.")
    assert _roles(deal) == {("acquirer", "Aceros Norte"), ("target", "Metales Colby")}
