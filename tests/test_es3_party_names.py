"""Deal parties in the shapes and places Spanish news gives them (the classes behind
tests/data/constructions/es3): the subject of a verb whose object is a deal noun, a
name after a company's classifier with a sector complement or an honorific, a name
that opens with its article, a brand in lower case, a currency sign after a deal verb,
and a deal noun counted by an ordinal. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model


def orgs(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "org"}


def people(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "person"}


def deals(nlp: Language, text: str) -> list[tuple[str, dict[str, set[str]]]]:
    out = []
    for deal in nlp(text)._.kg_deals:
        roles: dict[str, set[str]] = {}
        for role, ref in deal.roles:
            roles.setdefault(role, set()).add(ref.name)
        out.append((deal.type, roles))
    return out


# ------------------------- the subject of a verb whose object is a deal noun (cues)


def test_subject_of_closing_a_purchase_is_a_company(es: Language) -> None:
    text = "Trevala ha cerrado la compra de Fonsalia, una distribuidora de riego de Murcia."
    assert {"Trevala", "Fonsalia"} <= orgs(es, text)
    assert deals(es, text) == [
        ("Acquisition", {"acquirer": {"Trevala"}, "target": {"Fonsalia"}})
    ]


def test_subject_of_announcing_an_acquisition_is_a_company(es: Language) -> None:
    text = "Quorelia anunció ayer la adquisición de Maderas Tajuña por 12 millones de euros."
    assert "Quorelia" in orgs(es, text)


def test_a_known_city_closing_a_purchase_stays_a_place(es: Language) -> None:
    text = "Zaragoza ha cerrado la compra de 40 autobuses eléctricos a Carrocerías Ebrotrans."
    assert "Zaragoza" not in orgs(es, text)


def test_a_surname_closing_a_purchase_is_no_company(es: Language) -> None:
    text = ("El empresario Julián Ortega ha vendido su hotel. Ortega cerró la compra de "
            "Quintaluz en marzo.")
    assert "Ortega" not in orgs(es, text)


# --------------------- a classifier with a sector complement or an honorific (people)


def test_name_after_a_classifier_with_a_sector_complement_is_a_company(es: Language) -> None:
    # "defensa" is also a player's position, which titles a person ("el defensa Ruiz")
    text = "La empresa de defensa Arvantis compró Sistemas Tarpón por 20 millones de euros."
    assert "Arvantis" in orgs(es, text)
    assert "Arvantis" not in people(es, text)


def test_honorific_after_a_classifier_opens_a_brand(es: Language) -> None:
    text = ("Grupo Lema ha adquirido la bodega Don Aurelio por 8 millones de euros. "
            "Don Aurelio elabora vinos en Toro.")
    assert "Don Aurelio" in orgs(es, text)
    assert not people(es, text)
    assert deals(es, text) == [
        ("Acquisition", {"acquirer": {"Grupo Lema"}, "target": {"Don Aurelio"}})
    ]


def test_honorific_before_a_person_stays_a_title(es: Language) -> None:
    text = "El presidente de Grupo Lema, don Aurelio Prieto, firmó la compra de Vinos Toresanos."
    assert "Aurelio Prieto" in people(es, text)
    assert "Aurelio Prieto" not in orgs(es, text)


def test_trade_nouns_classify_the_name_after_them(es: Language) -> None:
    text = ("La almazara cordobesa Oleosur Vega compró la embotelladora Aguas Tinajo y la "
            "harinera Molinos Ribagorza.")
    assert {"Oleosur Vega", "Aguas Tinajo", "Molinos Ribagorza"} <= orgs(es, text)


# ----------------------------------------------- a name that opens with its article


def test_name_opening_with_its_article_after_a_classifier(es: Language) -> None:
    text = "Panaderías Ruiz ha comprado en 2025 la cervecera artesanal La Golondrina."
    assert "La Golondrina" in orgs(es, text)
    assert deals(es, text) == [
        ("Acquisition", {"acquirer": {"Panaderías Ruiz"}, "target": {"La Golondrina"}})
    ]


# ------------------------------------------------------------ a brand in lower case


def test_lower_case_brand_after_a_classifier_and_opening_a_sentence(es: Language) -> None:
    text = ("La app de pagos peruana yupay cerró una ronda de 5 millones de dólares liderada "
            "por Cóndor Ventures. yupay opera en Lima y Arequipa.")
    assert "yupay" in orgs(es, text)
    assert ("Investment", {"investor": {"Cóndor Ventures"}, "investee": {"yupay"}}) in \
        deals(es, text)


def test_a_loanword_after_a_classifier_is_no_brand(es: Language) -> None:
    text = ("La aerolínea low cost vuela desde mayo a Bogotá. Según la empresa, la aerolínea "
            "low cost opera ya 20 rutas.")
    assert not {"low", "cost"} & orgs(es, text)


# --------------------------------------------- a currency sign after a deal verb (cues)


def test_currency_sign_after_invest_is_no_company(es: Language) -> None:
    text = "El fondo Piedra Azul invertirá US$ 6 millones en Tupac Foods, una empresa de Cusco."
    assert "US$" not in orgs(es, text)
    assert deals(es, text)[0][1]["investee"] == {"Tupac Foods"}


# ------------------------------------- a deal noun counted by an ordinal (kg.deals.frames)


def test_counted_purchase_of_x_is_x_buying(es: Language) -> None:
    # without the ordinal, the subject of the sentence before would be the buyer
    text = ("Corvina Capital ha adquirido la láctea Quesos Ralún por 30 millones de dólares. "
            "Quesos Ralún fabrica quesos en Osorno. Es la segunda adquisición de Corvina "
            "Capital en Chile.")
    found = deals(es, text)
    assert found == [
        ("Acquisition", {"acquirer": {"Corvina Capital"}, "target": {"Quesos Ralún"}})
    ]


def test_uncounted_purchase_of_x_is_x_bought(es: Language) -> None:
    text = "La compra de Quesos Ralún por Corvina Capital se cerró en marzo."
    assert deals(es, text) == [
        ("Acquisition", {"acquirer": {"Corvina Capital"}, "target": {"Quesos Ralún"}})
    ]
