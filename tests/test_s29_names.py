"""Session 29, helper names11 (issue #13): party names of every shape, found and typed.

- A Malay patronymic, given name, "bin"/"binti" and the father's name, is one person's
  name ("Rahim bin Osman said"; kg.entities.people.patronymic), not a company's words.
- Dutch, German and Malay family particles join a company's name before its tail or
  legal form ("Van den Brink Bier NV", "Van der Meer Logistics"; kg.entities.cues).
- A figure written against a capitalised word is a name's word ("7Mares", "4Sight");
  a unit is not ("10Mbps"; kg.entities.runs._is_cap).
- After a verb of investing and its sum, the name after "en"/"in" is the company
  invested in, unless a known place or town ("invirtió 5 millones de euros en X";
  kg.entities.cues._invested_in).
- A one-word name only the model read as a person is a place when it is a known town
  after a preposition of place ("hiring in Hamilton and Rotorua"; kg.entities.places).
- Italian trade heads open a company's name ("Cantine Sant'Orso", "Tenuta Colle
  d'Argento"; lexicon/entities.toml org_heads), not a person's.
- A people's adjective before the noun bought is no company ("buys Tuscan winery";
  kg.entities.runs.people_adjective), a company named after a region still is.
- A name of two words or more that another cuts at the hyphen of its last word is that
  company ("Vinos Lara" of "Vinos Lara-Soto"; kg.entities.resolve._double_barrel_cut).
- English: a "First" that opens a sentence and a name a tail or legal form closes is
  the name's first word ("First Kearney State Bank agreed"; kg.entities.cues._over_first).

Every sentence here is invented; the names are made up.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import deals, names

# -- Malay patronymics -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Rahim bin Osman, its managing director, said the deal was good.", "Rahim bin Osman"),
        ("The tug operator was set up by Aminah binti Yusof in 2001.", "Aminah binti Yusof"),
    ],
)
def test_a_malay_patronymic_is_one_persons_name(en: Language, text: str, person: str) -> None:
    assert person in names(en, text, "person")


def test_a_patronymic_inside_a_company_name_is_no_person(en: Language) -> None:
    text = "Zainal bin Abu Holdings Sdn Bhd bought the plant."
    assert not names(en, text, "person")


def test_a_bin_in_lower_case_names_nobody(en: Language) -> None:
    assert not names(en, "He threw the old files in the bin on Monday.", "person")


# -- family particles inside a company's name --------------------------------------------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Van den Brink Bier NV and Koster Dranken BV agreed to merge on Monday.",
         "Van den Brink Bier"),
        ("Shipping group Van der Meer Logistics said it would buy Koster Dranken BV.",
         "Van der Meer Logistics"),
    ],
)
def test_a_family_particle_stays_inside_a_company_name(
        en: Language, text: str, company: str) -> None:
    assert company in names(en, text)


def test_a_van_after_a_company_is_no_particle_of_it(en: Language) -> None:
    text = "Orvane Logistics sold a van to Koster Dranken BV on Monday."
    assert "Koster Dranken" in names(en, text)
    assert not any("van" in name.split() for name in names(en, text))


# -- a figure written against a capitalised word -----------------------------------------


def test_a_figure_spelt_into_a_name_is_the_names_word(es: Language) -> None:
    text = "La gestora Albor invirtió en 7Mares, una naviera de Vigo."
    assert "7Mares" in names(es, text)


def test_a_unit_against_its_figure_is_no_name(es: Language) -> None:
    assert not names(es, "La red de la comarca alcanza 10Mbps desde el lunes.")


# -- the company invested in after the sum -----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "company"),
    [
        ("es", "El despacho Marín & Socios ha invertido 2 millones de euros en 3Puntos, "
               "una aplicación de Murcia.", "3Puntos"),
        ("en", "Koru Capital invested $5 million in Tawhiri last year.", "Tawhiri"),
    ],
)
def test_the_name_after_an_invested_sum_is_the_company_invested_in(
        request: pytest.FixtureRequest, lang: str, text: str, company: str) -> None:
    nlp = request.getfixturevalue(lang)
    assert company in names(nlp, text)
    assert any(company in d.values() for d in deals(nlp, text))


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "El fondo invirtió 5 millones de euros en Valencia el año pasado.", "Valencia"),
        ("en", "Koru Capital invested $5 million in Wellington last year.", "Wellington"),
    ],
)
def test_a_town_after_an_invested_sum_stays_a_place(
        request: pytest.FixtureRequest, lang: str, text: str, place: str) -> None:
    assert place not in names(request.getfixturevalue(lang), text)


# -- a town the model read as a person ---------------------------------------------------


def test_a_town_after_a_preposition_of_place_is_no_person(en: Language) -> None:
    text = "Putea Tech founder Aroha Ngata said the money would fund hiring in Hamilton."
    assert "Hamilton" not in names(en, text, "person")
    assert "Aroha Ngata" in names(en, text, "person")


def test_a_surname_that_is_a_town_stays_a_person(en: Language) -> None:
    text = "Lewis Hamilton said the deal was signed in London."
    assert "Lewis Hamilton" in names(en, text, "person")


# -- Italian trade heads; a people's adjective before its noun ---------------------------


def test_an_italian_trade_head_opens_a_company_name(en: Language) -> None:
    text = ("Cantine Sant'Orso buys Tuscan winery\n"
            "Tenuta Colle d'Argento makes 200,000 bottles a year, said Giulia Ferri.")
    assert {"Cantine Sant'Orso", "Tenuta Colle d'Argento"} <= names(en, text)
    assert names(en, text, "person") == {"Giulia Ferri"}


def test_a_peoples_adjective_before_the_noun_bought_is_no_company(en: Language) -> None:
    text = ("Officine Valdera buys Tuscan winery\n"
            "Officine Valdera SpA has bought Podere Ulivo, a wine estate near Lucca, for "
            "8 million euros.")
    assert "Tuscan" not in names(en, text)
    assert [d for d in deals(en, text) if d.get("target") == "Tuscan"] == []


def test_a_company_named_after_a_region_is_still_bought(en: Language) -> None:
    text = "Harlow Group agreed to buy Tuscan Estates for $20 million."
    assert "Tuscan Estates" in names(en, text)


# -- a name cut at the hyphen of its double-barrelled last word --------------------------


def _orgs(nlp: Language, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.name, e.aliases) for e in nlp(text)._.kg_entities if e.kind == "org"]


def test_a_name_cut_at_its_hyphen_is_the_same_company(es: Language) -> None:
    text = "Aceites Beltrán compró Vinos Lara-Soto. Vinos Lara facturó 3 millones."
    assert ("Vinos Lara-Soto", ("Vinos Lara",)) in _orgs(es, text)


def test_one_word_before_the_hyphen_stays_apart(es: Language) -> None:
    text = "Aceites Beltrán compró Lara-Soto. Lara facturó 3 millones."
    assert all("Lara" not in aliases for _, aliases in _orgs(es, text))


# -- "First" opening a bank's name and its sentence --------------------------------------


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("First Kearney State Bank agreed to buy Platte Farm Credit for $40 million.",
         "First Kearney State Bank"),
        ("First Coastal Holdings Inc. said it sold its branch to Platte Farm Credit.",
         "First Coastal"),
    ],
)
def test_first_opening_a_sentence_opens_the_bank_name_too(
        en: Language, text: str, company: str) -> None:
    assert company in names(en, text)


def test_first_and_a_comma_count_a_point(en: Language) -> None:
    text = "First, Orvane Capital said it would sell Platte Farm Credit."
    assert "Orvane Capital" in names(en, text)
