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
