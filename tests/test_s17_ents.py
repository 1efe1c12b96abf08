"""Organisations and people on unseen news (session 17), each rule on sentences written
for these tests.

Legal forms of Malaysia, Singapore and Paraguay ("Berhad", "Pte", "S.A.E.C.A.") close
a name and go from its canonical form (``lexicon/entities.toml``); a "person" of the
model's whose words open an organisation's name in the same article is its short form,
and an Arabic article opening it ("Al") still makes a short form
(``kg.entities.retype.org_opening``, ``kg.entities.resolve``); a section's rubric in
capitals is page furniture (``kg.entities.furniture``); a currency symbol alone or glued
to a figure is no name, nor the price a name ran into (``kg.entities.figures``); a
city owning a company by its "'s", and the city a company is "of", are places
(``kg.entities.places``); a byline's "By" is no given name (``kg.entities.people``).

Every test runs the installed pipelines and is marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s13_entities import orgs, people

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def _org_entities(nlp: Language, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.name, e.aliases) for e in nlp(text)._.kg_entities if e.kind == "org"]


# --- legal forms ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name", "alias"), [
    ("Corvo Foods signed a supply deal with Malaysia's Seri Padi Berhad on Monday.",
     "Seri Padi", "Seri Padi Berhad"),
    ("Harbour Cold agreed to buy Tembusu Freight Pte Ltd from its founders.",
     "Tembusu Freight", "Tembusu Freight Pte Ltd"),
])
def test_asian_legal_forms_leave_the_canonical_name(en: Language, text: str, name: str,
                                                    alias: str) -> None:
    assert (name, (alias,)) in _org_entities(en, text)


@pytest.mark.parametrize("text", [
    "El Banco Guaraní S.A.E.C.A. emitió bonos. El Banco Guaraní dijo que pagará 5 millones.",
    "La financiera Crédito Yaguarón S.A.E. vendió su cartera. Crédito Yaguarón cerró la "
    "operación en marzo.",
])
def test_a_paraguayan_legal_form_and_the_name_without_it_are_one(es: Language,
                                                                 text: str) -> None:
    assert len(_org_entities(es, text)) == 1


# --- a person of the model's that opens an organisation's name ----------------------


@pytest.mark.parametrize(("text", "short"), [
    ("The fund bought a stake in Al Waha Energy Holdings last year. Al Waha, which runs "
     "pipelines in Oman, said it was pleased.", "Al Waha"),
    ("Harbor Pine Logistics has agreed to buy Tern Cold Stores from the Al Rashidi Family "
     "Office for $40 million. Al Rashidi declined to comment.", "Al Rashidi"),
])
def test_the_short_form_of_an_arabic_company_name_is_the_company(en: Language, text: str,
                                                                 short: str) -> None:
    assert short not in people(en, text)
    assert any(short in aliases for _, aliases in _org_entities(en, text))


# --- rubrics ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "rubric"), [
    ("HEALTHCARE — Private-equity firm Oakridge Capital bought 40% of Meditrust Clinics.",
     "HEALTHCARE"),
    ("RETAIL — Store chain Penrose Market agreed to buy Cobalt Grocers for $90 million.",
     "RETAIL"),
    ("WEEK IN DEALS\n\nCopperline Resources agreed to buy Tallis Metals for $300 million.",
     "DEALS"),
])
def test_a_rubric_in_capitals_is_no_organisation(en: Language, text: str, rubric: str) -> None:
    found = orgs(en, text)
    assert not any(rubric in name for name in found) and len(found) >= 2


def test_a_dateline_before_a_dash_is_still_read_as_before(en: Language) -> None:
    text = "TORONTO — Maplecrest Foods agreed to buy Birchline Dairy for C$200 million."
    assert {"Maplecrest Foods", "Birchline Dairy"} <= orgs(en, text)


# --- money is no name -----------------------------------------------------------------


@pytest.mark.parametrize(("nlp_name", "text", "symbol"), [
    ("en", "\"Margins are thin,\" said Sipho Ndlovu of Rosebank Equity Research, which "
           "rates the share a hold with a target price of R45.", "R45"),
    ("es", "El contrato, valorado en B/. 200 millones, obliga a Constructora Vela a "
           "invertir B/. 50 millones.", "B/."),
])
def test_a_currency_symbol_is_no_organisation(request: pytest.FixtureRequest, nlp_name: str,
                                              text: str, symbol: str) -> None:
    nlp = request.getfixturevalue(nlp_name)
    found = orgs(nlp, text)
    assert symbol not in found and found


def test_a_name_run_into_its_price_ends_before_it(en: Language) -> None:
    text = ("The group bought Tamboti Crisps from the founding Mokoena family's holding "
            "company Marula Investments for R2.4bn in May.")
    assert "Marula Investments" in orgs(en, text)


# --- places -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "city", "company"), [
    ("Abu Dhabi's Harbor Pine Logistics agreed to buy Tern Cold Stores.", "Abu Dhabi",
     "Harbor Pine Logistics"),
    ("Doha's Pearl Gate Marine signed a contract with Busan's Hanjin Yards.", "Busan",
     "Hanjin Yards"),
])
def test_a_city_owning_a_company_is_a_place(en: Language, text: str, city: str,
                                            company: str) -> None:
    found = orgs(en, text)
    assert city not in found and company in found


def test_the_city_a_company_is_of_is_no_part_of_its_name(en: Language) -> None:
    text = "The deal, backed by Sapphire Growth of Mumbai and Orchid Capital of Pune, closed."
    found = orgs(en, text)
    assert "Orchid Capital" in found and "Orchid Capital of Pune" not in found


def test_a_bank_of_a_country_keeps_its_country(en: Language) -> None:
    text = "The Development Bank of Japan and the Bank of Korea lent to Orchid Capital."
    assert {"Development Bank of Japan", "Bank of Korea"} <= orgs(en, text)


# --- bylines ----------------------------------------------------------------------------


@pytest.mark.parametrize("byline", ["— By Goh Siew Ling", "By Lim Wei Ling"])
def test_a_bylines_by_is_no_part_of_the_reporters_name(en: Language, byline: str) -> None:
    text = ("Kedah Mobile Bhd added 90,000 new prepaid subscribers in the third quarter, "
            f"according to figures released on Thursday.\n\n{byline}")
    name = byline.split("By ")[1]
    assert name in people(en, text) and name not in orgs(en, text)


# --- Spanish nationalities before a company ------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Quedó fuera el Consorcio Istmo Norte, liderado por la turca Kayseri Havacılık "
     "Yatırım junto a la colombiana Vías del Norte.", "Kayseri Havacılık Yatırım"),
    ("La oferta de la polaca Kopalnie Śląskie fue rechazada por el regulador.",
     "Kopalnie Śląskie"),
])
def test_a_feminine_nationality_before_a_name_makes_it_a_company(es: Language, text: str,
                                                                 name: str) -> None:
    assert name in orgs(es, text) and name not in people(es, text)


def test_a_woman_named_after_her_nationality_stays_a_person(es: Language) -> None:
    text = "La rusa Natalia Petrova ganó el torneo ante la británica Emma Clarke."
    assert {"Natalia Petrova", "Emma Clarke"} <= people(es, text)


# --- a person's job after a company word -----------------------------------------------


@pytest.mark.parametrize("text", [
    "\"It is too cheap,\" said Tarini Vaswani, a fund manager at Konkan Asset Management, "
    "which owns shares.",
    "\"Rates will fall,\" said Ishwari Bhandarkar, a bank economist at Deccan Securities.",
])
def test_a_company_word_before_a_job_makes_no_company_apposition(en: Language,
                                                                 text: str) -> None:
    name = text.split("said ")[1].split(",")[0]
    assert name not in orgs(en, text)


def test_a_company_apposition_still_reads(en: Language) -> None:
    assert "Kestrel Finance" in orgs(en, "Kestrel Finance, a fund that backs start-ups, "
                                         "bought Tovo.")


# --- an institution's fields before its country ----------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("En 2019, la Comisión Nacional de Bancos y Seguros de Nicaragua frenó su intento de "
     "comprar el Banco Lago.", "Comisión Nacional de Bancos y Seguros"),
    ("La Comisión Nacional de Banca y Seguros de Honduras multó al banco.",
     "Comisión Nacional de Banca y Seguros"),
])
def test_the_last_field_of_an_institution_goes_on_before_its_country(
        es: Language, text: str, name: str) -> None:
    found = orgs(es, text)
    assert name in found and not any(n.startswith("Seguros") for n in found)


def test_a_company_after_an_institutions_field_is_still_its_own(es: Language) -> None:
    text = "El Ministerio de Industria y Aceros Grado firmaron un convenio."
    assert {"Ministerio de Industria", "Aceros Grado"} <= orgs(es, text)


# --- a Spanish group's name without its trade ------------------------------------------


@pytest.mark.parametrize(("text", "short"), [
    ("El Grupo Tamarindo Constructores ganó la licitación. Grupo Tamarindo, fundado en "
     "1990, construirá la terminal.", "Grupo Tamarindo"),
    ("Grupo Vallejo Inmobiliaria compró un terreno. Grupo Vallejo pagará 3 millones.",
     "Grupo Vallejo"),
])
def test_a_group_named_without_its_trade_is_the_same_group(es: Language, text: str,
                                                           short: str) -> None:
    found = _org_entities(es, text)
    assert len(found) == 1 and short in found[0][1]


def test_a_bank_of_a_field_and_its_longer_namesake_stay_two(es: Language) -> None:
    text = "El Banco de Crédito Rural y el Banco de Crédito firmaron un acuerdo."
    assert len(_org_entities(es, text)) == 2


def test_a_name_in_capitals_on_its_own_line_is_no_rubric(en: Language) -> None:
    text = "AMERICAN LEAGUE\n\nThe Orioles beat the Yankees 5-3 on Tuesday."
    assert "AMERICAN LEAGUE" in orgs(en, text) or "American League" in orgs(en, text)


def test_a_bank_and_its_arm_in_a_country_stay_two(es: Language) -> None:
    text = ("El Banco Cordillera vendió el Banco Cordillera Costa Rica al grupo Poasito. "
            "El Banco Cordillera dijo que saldrá del país.")
    assert len([n for n, _ in _org_entities(es, text) if n.startswith("Banco Cordillera")]) == 2


def test_a_fixtures_line_of_cities_is_no_rubric(en: Language) -> None:
    text = ("SCHEDULE\nDENVER AT PHOENIX\n\nDenver beat Phoenix 4-2 on Tuesday, and "
            "Pinegate Networks sponsored the game.")
    assert "Pinegate Networks" in orgs(en, text)
