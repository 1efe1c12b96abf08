"""Changes of owner told without a buying verb, and stakes the parser splits from their
company (kg.deals.possession, kg.deals.roles, kg.deals.syntax): sentences written for
these tests, with the organisations given by hand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.facts import Deal
from tests.test_deals import deals, roles

pytestmark = pytest.mark.model

NAMES = ("Grupo Norte", "Lácteos Vidal", "Acme Capital", "Hoteles Brisa", "Brisa Hotels",
         "Brisota", "Vitesse Arnhem", "Atlético Norte", "Deportivo Sur", "Norte Group")


def _found(nlp: Language, text: str) -> list[Deal]:
    return deals(nlp, text, tuple(n for n in NAMES if n in text))


def _acquisition(found: list[Deal]) -> Deal:
    of_type = [d for d in found if d.type == "Acquisition"]
    assert len(of_type) == 1, found
    return of_type[0]


# -- "el nuevo dueño de Y", "the new owner of Y" ---------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("es", "Grupo Norte es el nuevo dueño de Lácteos Vidal desde este lunes.", "Completed"),
        ("es", "Grupo Norte, nuevo propietario de Lácteos Vidal, cerrará dos fábricas.",
         "Completed"),
        ("es", "Grupo Norte será el nuevo dueño de Lácteos Vidal.", "Announced"),
        ("en", "Acme Capital is the new owner of Brisa Hotels.", "Completed"),
    ],
)
def test_new_owner_is_the_acquirer(
    es: Language, en: Language, lang: str, text: str, status: str
) -> None:
    d = _acquisition(_found(es if lang == "es" else en, text))
    owner, owned = ("Grupo Norte", "Lácteos Vidal") if lang == "es" else (
        "Acme Capital", "Brisa Hotels")
    assert roles(d) == {"acquirer": {owner}, "target": {owned}}
    assert d.status == status


@pytest.mark.parametrize(
    "text",
    [
        "Grupo Norte es el dueño de Lácteos Vidal desde 2010.",  # who owns it: no deal
        "Grupo Norte, dueño de Lácteos Vidal, presentó resultados.",
    ],
)
def test_an_owner_not_called_new_states_no_deal(es: Language, text: str) -> None:
    assert _found(es, text) == []


# -- "Y pasa a manos de X", "Y passed into the hands of X" -----------------------------


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("es", "Hoteles Brisa pasó a manos de Acme Capital en 2019.", "Completed"),
        ("es", "Hoteles Brisa cayó en manos de Acme Capital.", "Completed"),
        ("es", "Hoteles Brisa podría pasar a manos de Acme Capital.", "Rumoured"),
        ("en", "Brisa Hotels passed into the hands of Acme Capital.", "Completed"),
    ],
)
def test_into_the_hands_of_the_acquirer(
    es: Language, en: Language, lang: str, text: str, status: str
) -> None:
    d = _acquisition(_found(es if lang == "es" else en, text))
    owned = "Hoteles Brisa" if lang == "es" else "Brisa Hotels"
    assert roles(d) == {"acquirer": {"Acme Capital"}, "target": {owned}}
    assert d.status == status


def test_control_into_the_hands_of_the_acquirer(es: Language) -> None:
    d = _acquisition(_found(es, "El control de Hoteles Brisa pasa a manos de Acme Capital."))
    assert roles(d) == {"acquirer": {"Acme Capital"}, "target": {"Hoteles Brisa"}}


def test_a_stake_into_the_hands_of_an_investor(es: Language) -> None:
    found = _found(es, "El 60% de Hoteles Brisa pasa a manos de Acme Capital.")
    assert [(d.type, roles(d)) for d in found] == [
        ("Investment", {"investor": {"Acme Capital"}, "investee": {"Hoteles Brisa"}})
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El Deportivo Sur cayó a manos del Atlético Norte en la final."),  # a defeat
        ("en", "Deportivo Sur fell at the hands of Atlético Norte in the final."),
    ],
)
def test_a_defeat_at_the_hands_of_a_team_is_no_deal(
    es: Language, en: Language, lang: str, text: str
) -> None:
    assert _found(es if lang == "es" else en, text) == []


# -- "Y es la última adquisición de X", "Y is X's latest acquisition" ------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Lácteos Vidal es la última adquisición de Grupo Norte."),
        ("es", "Lácteos Vidal se convierte en la tercera compra de Grupo Norte este año."),
        ("en", "Brisota is Acme Capital's latest acquisition."),
        ("en", "Brisota is the latest acquisition of Acme Capital."),
    ],
)
def test_the_subject_of_a_copular_deal_noun_is_the_target(
    es: Language, en: Language, lang: str, text: str
) -> None:
    d = _acquisition(_found(es if lang == "es" else en, text))
    buyer, bought = ("Grupo Norte", "Lácteos Vidal") if lang == "es" else (
        "Acme Capital", "Brisota")
    assert roles(d) == {"acquirer": {buyer}, "target": {bought}}
    assert d.status == "Completed"


def test_the_subject_of_a_copular_sale_is_what_was_sold(es: Language) -> None:
    d = _acquisition(_found(es, "Lácteos Vidal fue la primera venta de Grupo Norte."))
    assert roles(d) == {"seller": {"Grupo Norte"}, "target": {"Lácteos Vidal"}}


# -- stakes ------------------------------------------------------------------------


def test_a_stake_whose_company_follows_an_adjunct(en: Language) -> None:
    text = "Acme Capital reported results. It acquired a 10% stake on Tuesday in Brisa Hotels."
    found = _found(en, text)
    assert [(d.type, roles(d)) for d in found] == [
        ("Investment", {"investor": {"Acme Capital"}, "investee": {"Brisa Hotels"}})
    ]


def test_coordinated_stakes_are_two_deals(en: Language) -> None:
    text = "Acme Capital bought a minority stake in Brisa Hotels and a majority stake in " \
        "Vitesse Arnhem."
    found = {(d.type, frozenset(x.name for _, x in d.roles)) for d in _found(en, text)}
    assert found == {
        ("Investment", frozenset({"Acme Capital", "Brisa Hotels"})),
        ("Acquisition", frozenset({"Acme Capital", "Vitesse Arnhem"})),
    }


# -- a town's name bought from a company is a company (kg.entities.cues) -----------------


def test_a_town_name_bought_from_a_company_is_the_target(es: Language) -> None:
    text = "Grupo Norte ha comprado Santa Rita a la chilena Viña Sur por 40 millones de dólares."
    d = _acquisition(deals(es, text))
    assert roles(d) == {
        "acquirer": {"Grupo Norte"}, "target": {"Santa Rita"}, "seller": {"Viña Sur"}
    }


@pytest.mark.parametrize(
    "text",
    [
        "Grupo Norte compró terrenos en Santa Rita a Viña Sur.",  # a place where it buys
        "Grupo Norte compró Santa Rita el año pasado.",  # no company sells it
    ],
)
def test_a_town_name_without_a_selling_company_stays_a_place(es: Language, text: str) -> None:
    doc = es(text)
    assert "Santa Rita" not in {e.name for e in doc._.kg_entities}


def test_a_stake_is_not_made_controlling_by_the_percentage_coordinated_with_it(
    es: Language,
) -> None:
    text = "Acme Capital compró una participación minoritaria en Hoteles Brisa y el 60% de " \
        "Lácteos Vidal."
    found = [(d.type, roles(d)) for d in _found(es, text)]
    assert ("Investment", {"investor": {"Acme Capital"}, "investee": {"Hoteles Brisa"}}) in found
    assert all(t != "Acquisition" or "Hoteles Brisa" not in r.get("target", set())
               for t, r in found)


# -- "recibió aportes de X": a contribution received is an investment ----------------------


def test_contributions_received_are_an_investment(es: Language) -> None:
    text = "Brisota recibió aportes de Acme Capital y Norte Group en su última ronda."
    found = _found(es, text)
    assert {x.name for d in found if d.type == "Investment" for role, x in d.roles
            if role == "investor"} == {"Acme Capital", "Norte Group"}
    assert all(roles(d).get("investee") == {"Brisota"} for d in found)


@pytest.mark.parametrize(
    "text",
    [
        "Grupo Norte destacó la aportación de Acme Capital al empleo regional.",
        "La aportación de Grupo Norte al proyecto de Lácteos Vidal fue clave.",
    ],
)
def test_a_contribution_neither_received_nor_of_capital_is_no_investment(
    es: Language, text: str
) -> None:
    assert _found(es, text) == []
