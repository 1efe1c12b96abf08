"""A lettered funding series stands for its round (kg.deals.recall.lettered_series)."""

from __future__ import annotations

import pytest

from kg.deals.recall import lettered_series
from kg.nlp import build_pipeline


@pytest.fixture(scope="module")
def es():
    return build_pipeline("es")


def _deals(nlp, text):
    return nlp(text)._.kg_deals


def _roles(deal):
    return {(role, ref.name) for role, ref in deal.roles}


def test_series_led_by_investor_is_its_round(es):
    deals = _deals(es, "Río Bravo Capital lideró en 2022 la serie A de Pampa Seguros, "
                       "de 5 millones de dólares.")
    assert len(deals) == 1
    assert _roles(deals[0]) == {("investor", "Río Bravo Capital"), ("investee", "Pampa Seguros")}
    assert deals[0].amount is not None and deals[0].amount.value == 5_000_000


def test_earlier_series_of_the_company_named_before(es):
    text = ("La aseguradora Pampa Seguros abrirá oficinas en Lima. Pampa Seguros tiene "
            "120 empleados. Río Bravo Capital había liderado en 2022 la serie A de la "
            "compañía, de 5 millones de dólares.")
    deals = _deals(es, text)
    series = [d for d in deals if d.amount is not None and d.amount.value == 5_000_000]
    assert len(series) == 1
    assert _roles(series[0]) == {("investor", "Río Bravo Capital"), ("investee", "Pampa Seguros")}


def test_series_label_of_a_round_is_no_second_round(es):
    deals = _deals(es, "Pampa Seguros cerró una ronda de inversión serie B por 20 millones "
                       "de dólares, liderada por Aconcagua Ventures.")
    assert len(deals) == 1
    assert ("investor", "Aconcagua Ventures") in _roles(deals[0])


def test_series_without_letter_states_nothing(es):
    doc = es("Pampa Seguros anunció una serie de cambios en su consejo.")
    serie = next(t for t in doc if t.lower_ == "serie")
    assert not lettered_series(serie)
    assert _deals(es, doc.text) == []


def test_letter_read_as_preposition_is_not_the_case(es):
    from kg.deals.syntax import case_of
    doc = es("Río Bravo Capital lideró la serie A de Pampa Seguros.")
    name = next(t for t in doc if t.text == "Pampa")
    assert case_of(name) == "de"


# -- a percentage written fused to its sign ("40%") --------------------------------


def test_fused_percentage_words():
    from kg.deals.recall import fused_percentage
    es = build_pipeline("es")
    doc = es("Compró el 30% y luego el 12,5% de la firma; el %")
    fused = [t.text for t in doc if fused_percentage(t)]
    assert "30%" in fused and "12,5%" in fused
    assert not any(t.text == "%" and fused_percentage(t) for t in doc)


def test_bid_for_fused_percentage_is_a_stake_bid(es):
    deals = _deals(es, "Tolmie Resources presentó una oferta por el 30% de Minera Quillay.")
    assert len(deals) == 1
    assert deals[0].type == "Investment"
    assert _roles(deals[0]) == {("investor", "Tolmie Resources"), ("investee", "Minera Quillay")}


# -- "the same stake" told again ---------------------------------------------------


def test_same_stake_is_held_in_the_company_told_before(es):
    text = ("La minera Vetaluna negocia la compra de una participación del 30% en Minera "
            "Quillay. En 2024, la canadiense Tolmie Resources retiró una oferta por el "
            "mismo 30% tras no llegar a un acuerdo con la familia.")
    deals = _deals(es, text)
    withdrawn = [d for d in deals if ("investor", "Tolmie Resources") in _roles(d)]
    assert len(withdrawn) == 1
    assert ("investee", "Minera Quillay") in _roles(withdrawn[0])
    assert withdrawn[0].status == "Cancelled"
    assert "parties:same-stake" in withdrawn[0].rules


def test_stake_not_marked_same_takes_no_company(es):
    text = ("La minera Vetaluna negocia la compra de una participación del 30% en Minera "
            "Quillay. En 2024, la canadiense Tolmie Resources retiró una oferta por un 30%.")
    deals = _deals(es, text)
    assert not any(("investor", "Tolmie Resources") in _roles(d) for d in deals)


def test_same_stake_english():
    en = build_pipeline("en")
    text = ("Vetaluna Mining is in talks to buy a 30% stake in Quillay Copper. In 2024, "
            "Tolmie Resources withdrew a bid for the same 30% stake.")
    deals = en(text)._.kg_deals
    withdrawn = [d for d in deals if ("investor", "Tolmie Resources") in _roles(d)]
    assert len(withdrawn) == 1
    assert ("investee", "Quillay Copper") in _roles(withdrawn[0])
