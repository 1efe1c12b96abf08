"""Names read right in the press of places kg rarely sees (session 23, probe6): styles
before a name in Nigeria, South Asia, the Gulf, Fiji and Latin America ("Alhaji",
"Syed", "H.E.", "Ratu", "Lic."); the legal forms of India, South Africa, Vietnam, the
Gulf and Colombia ("Pvt Ltd", "Proprietary Limited", "JSC", "PJSC", "S.A.S."); a share
bar's buttons on the lines below its label; a dateline's city before its country
("NAIROBI, Kenya —"). Every sentence is written for these tests.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import deals, names

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


# ---------------------------------------------------------------- styles before a name


@pytest.mark.parametrize(("text", "person"), [
    ("Alhaji Sani Bello, chairman of Kanem Flour Mills, said the company had acquired "
     "Zaria Grains Limited.", "Sani Bello"),
    ("Alhaja Kafayat Oyedele, managing director of Ikeja Foods, announced the purchase of "
     "Ilorin Dairies.", "Kafayat Oyedele"),
    ("Syed Kamran Naqvi, chief executive of Ravi Textiles, said the firm bought Chenab "
     "Looms.", "Kamran Naqvi"),
    ("H.E. Abdullah Saeed Al Mazrouei, Chairman of Falcon Ports, witnessed the signing "
     "of an agreement under which Falcon Ports will acquire Dhow Marine Services.",
     "Abdullah Saeed Al Mazrouei"),
    ("Bula Telecom has acquired Malo Mobile, chief executive Ratu Jone Naivalu said.",
     "Jone Naivalu"),
])
def test_an_english_style_before_a_name_is_no_part_of_it(
        en: Language, text: str, person: str) -> None:
    people = names(en, text, "person")
    style = text[:text.index(person)].split()[-1]
    assert person in people
    assert not any(style in p.split() for p in people)  # neither in a name nor alone


@pytest.mark.parametrize(("text", "person"), [
    ("El Lic. Marco Antonio Pérez Guzmán, gerente de Textiles Quetzal, anunció la compra "
     "de Hilados Petén.", "Marco Antonio Pérez Guzmán"),
    ("La Licda. Ana Lucía Morales Díaz, presidenta de Seguros Maya, confirmó la venta de "
     "la filial a Banco Itzá.", "Ana Lucía Morales Díaz"),
    ("La Corporación Favorita Andina anunció la compra del 51% de Supermercados del "
     "Pacífico, según un comunicado firmado por el Econ. Santiago Paredes Villacís.",
     "Santiago Paredes Villacís"),
])
def test_a_degree_before_a_spanish_name_is_no_part_of_it_and_no_company(
        es: Language, text: str, person: str) -> None:
    assert names(es, text, "person") == {person}
    assert not {"Lic.", "Licda", "Econ"} & names(es, text)


# ---------------------------------------------------------------- legal forms


@pytest.mark.parametrize(("text", "target", "acquirer"), [
    ("Vindhya Bricks Pvt Ltd was acquired by Narmada Ceramics Pvt. Ltd. for Rs 300 crore.",
     "Vindhya Bricks", "Narmada Ceramics"),
    ("Karoo Steel (Pty) Ltd was acquired by Highveld Metals Proprietary Limited.",
     "Karoo Steel", "Highveld Metals"),
    ("Song Hong Land JSC has bought Mekong Aqua JSC for VND900 billion.",
     "Mekong Aqua", "Song Hong Land"),
    ("Emirates Marine PJSC acquired Fujairah Docks LLC for AED 90 million.",
     "Fujairah Docks", "Emirates Marine"),
])
def test_an_english_legal_form_is_no_part_of_the_name(
        en: Language, text: str, target: str, acquirer: str) -> None:
    assert names(en, text) == {target, acquirer}
    assert {"target": target, "acquirer": acquirer}.items() <= deals(en, text)[0].items()


def test_a_colombian_sas_is_no_part_of_the_name(es: Language) -> None:
    text = "Alimentos Cundinamarca S.A.S. fue adquirida por Lácteos Boyacá S.A.S. por " \
        "80.000 millones de pesos."
    assert names(es, text) == {"Alimentos Cundinamarca", "Lácteos Boyacá"}


# ---------------------------------------------------------------- a share bar below its label


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Share this article:\nFacebook Twitter WhatsApp\nFynbos Ventures has invested "
           "$50 million in agritech startup Umhlaba."),
    ("en", "Share\n\nFacebook\nX\nLinkedIn\nFynbos Ventures has invested $50 million in "
           "agritech startup Umhlaba."),
    ("es", "Compartir\nFacebook\nTwitter\nWhatsApp\nTextiles Quetzal adquirió Hilados Petén "
           "por 5 millones de dólares."),
])
def test_the_buttons_below_a_share_label_name_nobody(
        request: pytest.FixtureRequest, lang: str, text: str) -> None:
    nlp = request.getfixturevalue(lang)
    assert not {"Meta", "Facebook", "Twitter", "X", "LinkedIn"} & names(nlp, text)
    assert not names(nlp, text, "person")
    assert all("Meta" not in d.values() for d in deals(nlp, text))


def test_a_network_named_in_the_story_is_still_a_company(en: Language) -> None:
    text = "Share this article:\nFynbos Ventures has sold its stake in Umhlaba to " \
        "Facebook for $50 million."
    assert "Meta" in names(en, text) or "Facebook" in names(en, text)


# ---------------------------------------------------------------- a dateline's city and country


@pytest.mark.parametrize("text", [
    "NAIROBI, Kenya — Safiri Logistics has bought Pwani Freight for $5 million.",
    "NAIROBI, Kenya, Dec 3 — Safiri Logistics has bought Pwani Freight for $5 million.",
    "LAGOS, Nigeria — Safiri Logistics has bought Pwani Freight for $5 million.",
])
def test_a_datelines_city_before_its_country_is_no_company(en: Language, text: str) -> None:
    assert names(en, text) == {"Safiri Logistics", "Pwani Freight"}
    assert deals(en, text) == [{"acquirer": "Safiri Logistics", "target": "Pwani Freight"}]


def test_a_company_named_after_a_city_opening_a_line_stays_a_company(en: Language) -> None:
    text = "NAIROBI Breweries, the Kenyan brewer, has bought Pwani Freight for $5 million."
    assert "Pwani Freight" in names(en, text)


# ---------------------------------------------------------------- Vietnamese names


@pytest.mark.parametrize(("text", "person"), [
    ("Tran Thi Mai, chairwoman of Hoa Binh Steel, said the firm had bought Dong Nai "
     "Cables.", "Tran Thi Mai"),
    ("Le Thi Hoa, general director of Saigon Garments, said the company sold its stake to "
     "Hue Textiles.", "Le Thi Hoa"),
    ("According to Vo Thi Lan, deputy general director of Mekong Seafood, the deal was "
     "worth $20 million.", "Vo Thi Lan"),
])
def test_a_vietnamese_family_name_opens_the_name_before_its_middle_name(
        en: Language, text: str, person: str) -> None:
    assert names(en, text, "person") == {person}


def test_a_given_name_after_a_company_word_opens_no_vietnamese_name(en: Language) -> None:
    text = "Dong Nai Cables hired Thi Mai Tran as chief financial officer."
    assert "Dong Nai Cables" in names(en, text)


# ---------------------------------------------------------------- the cedi's sign


def test_the_cedi_typed_with_a_cent_sign_ends_the_companys_name(en: Language) -> None:
    text = "Adinkra Capital has acquired Nyame Insurance for GH¢45 million."
    assert names(en, text) == {"Adinkra Capital", "Nyame Insurance"}


# ---------------------------------------------------------------- a newsroom's byline


@pytest.mark.parametrize("byline", ["Por Redacción Bata", "Por Redacción Central"])
def test_a_newsrooms_byline_with_its_city_or_desk_names_nobody(
        es: Language, byline: str) -> None:
    text = f"{byline}\nTextiles Quetzal adquirió Hilados Petén por 5 millones de dólares."
    assert names(es, text) == {"Textiles Quetzal", "Hilados Petén"}
    assert not names(es, text, "person")
