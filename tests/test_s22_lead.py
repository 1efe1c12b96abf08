"""Names read right (session 22): a common word capitalised only at a sentence's start
and inside longer names is no name of its own (a heading "Energía para la planta" under
"la Secretaría de Energía"); a Spanish imperative with an enclitic pronoun opening a
line ("Escríbanos a ...") is a verb, no company; "near" and "cerca de" take a place,
known or not, and a relative clause after "the plant near X" is the plant's, not X's.
Every sentence is written for these tests.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def names(nlp: Language, text: str, kind: str = "org") -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == kind}


def deals(nlp: Language, text: str) -> list[dict[str, str]]:
    return [{r: x.name for r, x in d.roles} for d in nlp(text)._.kg_deals]


# ---------------------------------------------------------------- headings


def test_a_common_word_capitalised_only_in_longer_names_heads_no_company(
        es: Language) -> None:
    text = ("La Secretaría de Energía aprobó la compra de Hidro Ñuble por Grupo Calafate."
            "\n\nEnergía y empleo\n\n"
            "La firma también cerró un contrato con Vientos del Maule.")
    assert "Energía" not in names(es, text)
    assert {"Secretaría de Energía", "Grupo Calafate", "Hidro Ñuble"} <= names(es, text)


def test_a_word_capitalised_alone_in_a_sentence_still_names_a_company(es: Language) -> None:
    # "Cobre" stands alone mid-sentence too, so its heading is the company's name.
    text = ("Cobre compró la mina Los Álamos a Grupo Calafate.\n\n"
            "El consejo de Cobre aprobó la operación el lunes.")
    assert "Cobre" in names(es, text)


# ---------------------------------------------------------------- enclitic imperatives


@pytest.mark.parametrize("line", [
    "¿Tiene un dato? Escríbanos a redaccion@diariodelsur.com",
    "Suscríbete a nuestro boletín y recibe las claves cada viernes.",
])
def test_an_imperative_with_an_enclitic_pronoun_names_no_company(
        es: Language, line: str) -> None:
    text = f"Grupo Calafate compró Hidro Ñuble por 30 millones de euros.\n\n{line}"
    assert names(es, text) == {"Grupo Calafate", "Hidro Ñuble"}


def test_the_enclitic_reading_needs_the_accent_the_pronoun_moves() -> None:
    from kg.entities.retype import _enclitic_imperative
    from kg.nlp import Pipelines

    nlp = Pipelines().get("es")
    kn = next(p.knowledge for _, p in nlp.pipeline if hasattr(p, "knowledge"))
    assert _enclitic_imperative(kn, "Escríbanos")
    assert _enclitic_imperative(kn, "Síguenos")
    assert not _enclitic_imperative(kn, "Hermanos")  # no accent: a noun's plural
    assert not _enclitic_imperative(kn, "Llanos")


# ---------------------------------------------------------------- near


@pytest.mark.parametrize("text", [
    "Brightwater Power opened a depot near Tolbrook last year.",
    "The mill near Carrow Falls was sold to Ostrava Energy.",
])
def test_a_name_after_near_is_a_place(en: Language, text: str) -> None:
    assert "Tolbrook" not in names(en, text) and "Carrow Falls" not in names(en, text)


def test_cerca_de_takes_a_place(es: Language) -> None:
    text = "Grupo Calafate abrió una planta cerca de Villaluenga el año pasado."
    assert "Villaluenga" not in names(es, text)


def test_a_company_after_near_keeps_its_reading(en: Language) -> None:
    text = "Brightwater Power built a depot near Ostrava Energy's terminal."
    assert {"Brightwater Power", "Ostrava Energy"} <= names(en, text)


def test_a_relative_clause_after_a_thing_near_a_place_is_the_things(en: Language) -> None:
    text = ("The plant near Tolbrook, which Brightwater Power bought from Ostrava Energy, "
            "will close.")
    assert "Tolbrook" not in names(en, text)
    assert all("Tolbrook" not in d.values() for d in deals(en, text))


def test_a_relative_clause_after_a_company_still_makes_it_the_target(en: Language) -> None:
    # (the model reads "Tessaly" as a place; the relative clause makes it a company)
    text = "Tessaly, which Brightwater Power acquired in 2021, will close two plants."
    assert "Tessaly" in names(en, text)


# ---------------------------------------------------------------- European finance words


@pytest.mark.parametrize("text, name", [
    ("Corvid Holdings raised $60 million. Vestby Pensjon led the round, the group said.",
     "Vestby Pensjon"),
    ("Fjord Kapitalforvaltning bought 5% of Halden Foods on Monday.",
     "Fjord Kapitalforvaltning"),
    ("Halden Foods sold its Oslo unit to Lunde Sparebank for $12 million.", "Lunde Sparebank"),
    ("Corvid Re sold $90 million of new shares to pension funds, Corvid Re said.", "Corvid Re"),
])
def test_a_pension_fund_or_a_reinsurer_named_in_its_own_language_is_a_company(
        en: Language, text: str, name: str) -> None:
    assert name in names(en, text, "org")
    assert name not in names(en, text, "person")


# ---------------------------------------------------------------- means of a past event


def statuses(nlp: Language, text: str) -> list[str]:
    return [d.status for d in nlp(text)._.kg_deals]


@pytest.mark.parametrize("text, status", [
    ("Halden Foods entered Ghana in 2022 with its purchase of Volta Grain Mills.",
     "Completed"),
    ("Halden Foods will enter Ghana with its purchase of Volta Grain Mills.", "Announced"),
    ("Halden Foods hopes to enter Ghana with its purchase of Volta Grain Mills.",
     "Announced"),
    ("Halden Foods surprised the market with its offer for Volta Grain Mills.",
     "Announced"),
])
def test_a_takeover_that_brought_a_past_event_about_is_done(
        en: Language, text: str, status: str) -> None:
    assert statuses(en, text) == [status]


# ---------------------------------------------------------------- possessive relatives


@pytest.mark.parametrize("nlp_name, text, buyer, seller", [
    ("en", "Customers of Arenal Finance, whose card portfolio Tilaran Bank bought in 2023, "
     "will get new cards.", "Tilaran Bank", "Arenal Finance"),
    ("es", "Los clientes de Financiera Arenal, cuya cartera de tarjetas compró Banco Tilarán "
     "en 2023, recibirán tarjetas nuevas.", "Banco Tilarán", "Financiera Arenal"),
    ("es", "Financiera Arenal, cuyo negocio de seguros compró el Banco Tilarán en 2022, "
     "perdió dinero.", "Banco Tilarán", "Financiera Arenal"),
])
def test_what_a_whose_clause_says_was_bought_is_bought_from_the_name_before(
        request: pytest.FixtureRequest, nlp_name: str, text: str, buyer: str,
        seller: str) -> None:
    nlp = request.getfixturevalue(nlp_name)
    assert {"acquirer": buyer, "seller": seller} in deals(nlp, text)


def test_shares_a_whose_clause_says_were_bought_are_a_stake_in_the_name_before(
        en: Language) -> None:
    text = "Arenal Finance, whose shares Tilaran Bank bought last week, rose 5%."
    assert deals(en, text) == [{"investor": "Tilaran Bank", "investee": "Arenal Finance"}]


def test_a_whose_clause_with_no_deal_verb_makes_no_deal(en: Language) -> None:
    text = "Shares of Arenal Finance, whose chief executive Tilaran Bank hired in 2023, fell."
    assert deals(en, text) == []


# ---------------------------------------------------------------- a trade's town


@pytest.mark.parametrize("text, town", [
    ("Tèxtils Moltó compró Tints Serpa, un tintorero de Elda, por 3 millones.", "Elda"),
    ("Hilaturas Roig, una hilandera de Elda, fue vendida a Tèxtils Moltó en 2019.", "Elda"),
])
def test_a_town_after_a_trade_noun_and_de_is_no_person(
        es: Language, text: str, town: str) -> None:
    assert town not in names(es, text, "person")


@pytest.mark.parametrize("text, person", [
    ("Grupo Calafate compró la bodega de Ramón Soria por 3 millones.", "Ramón Soria"),
    ("La hija de Vicent Moltó vendió su participación a Grupo Calafate.", "Vicent Moltó"),
])
def test_a_full_name_or_a_kin_noun_keeps_the_person(
        es: Language, text: str, person: str) -> None:
    assert person in names(es, text, "person")


# ---------------------------------------------------------------- regional press labels


@pytest.mark.parametrize("label", ["Lea també", "Et pot interessar", "Le tamén"])
def test_a_related_link_label_in_catalan_or_galician_heads_another_story(
        es: Language, label: str) -> None:
    text = (f"Grupo Calafate compró Hidro Ñuble por 30 millones de euros.\n\n{label}: "
            "Grupo Levante compra Tèxtils Moltó\n\nEl acuerdo se cerró el lunes.")
    doc = es(text)
    assert [{r: x.name for r, x in d.roles} for d in doc._.kg_deals] == [
        {"target": "Hidro Ñuble", "acquirer": "Grupo Calafate"}]
    assert "Lea" not in {e.name for e in doc._.kg_entities}


# ---------------------------------------------------------------- a wire's credit line


@pytest.mark.parametrize("line", [
    "Reporting by Ama Serwaa in Accra; Editing by Kofi Mensah",
    "Additional reporting by Ama Serwaa in London; writing by Kofi Mensah",
])
def test_a_name_in_a_wires_credit_line_is_a_reporter(en: Language, line: str) -> None:
    text = f"Carib Brewers bought Blue Mountain Coffee.\n\n{line}"
    assert "Ama Serwaa" in names(en, text, "person")
    assert "Ama Serwaa" not in names(en, text, "org")


def test_a_company_after_compiled_by_in_a_sentence_stays_a_company(en: Language) -> None:
    text = "The report was compiled by Mayberry Investments for the board."
    assert "Mayberry Investments" in names(en, text, "org")


def test_a_savings_bank_named_by_its_tail_is_a_company(en: Language) -> None:
    text = ("The merger of Scottish Widows Bank and Clydesdale Savings, first announced in "
            "March, was completed on Friday.")
    assert {"Scottish Widows Bank", "Clydesdale Savings"} <= names(en, text)
    merger = [d for d in en(text)._.kg_deals if d.type == "Merger"]
    assert [sorted(x.name for _, x in d.roles) for d in merger] == [
        ["Clydesdale Savings", "Scottish Widows Bank"]]


# ---------------------------------------------------------------- alliances investing together


@pytest.mark.parametrize("nlp_name, text", [
    ("es", "Iberdrola y Masdar han sellado una alianza para invertir 1.600 millones en "
     "eólica marina."),
    ("es", "Iberdrola ha sellado una alianza con Masdar para invertir 1.600 millones en "
     "eólica marina."),
    ("en", "Iberdrola and Masdar have sealed an alliance to invest €1.6 billion in offshore "
     "wind."),
])
def test_partners_who_invest_together_in_a_sector_make_an_alliance(
        request: pytest.FixtureRequest, nlp_name: str, text: str) -> None:
    nlp = request.getfixturevalue(nlp_name)
    partnerships = [d for d in nlp(text)._.kg_deals if d.type == "Partnership"]
    assert [sorted(x.name for _, x in d.roles) for d in partnerships] == [
        ["Iberdrola", "Masdar"]]


def test_an_alliance_to_invest_in_a_company_is_the_investment(es: Language) -> None:
    text = "Iberdrola y Masdar han sellado una alianza para invertir en Renovables del Ebro."
    assert {"investor": "Iberdrola", "investee": "Renovables del Ebro"} in deals(es, text)
    assert not [d for d in es(text)._.kg_deals if d.type == "Partnership"]


# ---------------------------------------------------------------- deals on hold


@pytest.mark.parametrize("nlp_name, text, status", [
    ("es", "La compra de Aerolíneas del Sur por parte de Vuela Perú quedó en suspenso.",
     "Announced"),
    ("es", "La venta de Aerolíneas del Sur a Vuela Perú quedó cerrada el lunes.", "Completed"),
    ("en", "The sale of Kiwi Dairy to Maple Leaf Foods was put on hold in March.", "Announced"),
    ("en", "Maple Leaf Foods' takeover of Kiwi Dairy has stalled.", "Announced"),
    ("en", "Maple Leaf Foods bought Kiwi Dairy in 2020 and suspended its dividend.",
     "Completed"),
])
def test_a_deal_put_on_hold_is_pending_not_done(
        request: pytest.FixtureRequest, nlp_name: str, text: str, status: str) -> None:
    assert statuses(request.getfixturevalue(nlp_name), text) == [status]
