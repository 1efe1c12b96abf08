"""Organisations and people on unseen news (session 16), each rule on sentences written
for these tests.

Name boundaries and kinds by closed classes (``kg.entities.bounds``): a company's
founding year closes its name ("Inversiones Molinar 1948"), a judge's title after an
honorific is no part of the judge's name, a "person" closed by a place's kind word is
the place ("Kestrel Bay"), a name after a house number closed by a street word is an
address, a Spanish "person" closed by an abstract noun is a company ("Ribalta
Señalización"). Symbols of units are no names (``non_names``). A role word before a name
closed by a company's tail is no person's title ("commodities trader Ostrava Trading",
``kg.entities.people``), nor is a company's first word the subject of a verb of saying
once the model has read the whole name ("Rimu Hardware Stores ... Rimu said"). A "&"
between capitalised words makes a firm of a model's place or "misc" name ("Hartfield &
Crane"); a Portuguese "do" / "da" joins a name before a tail ("Fibras do Norte
Participações", ``kg.entities.cues``); English plural possessive bodies in Spanish news
(``kg.entities.apostrophes``). Spanish plurals are "-s" after a vowel and "-es" after a
consonant ("Vitalis" is no plural of "vital", ``kg.entities.context``). A company's
noun before a given name and a word no surname makes a company ("contract manufacturer
Arjun Lifecare", ``kg.entities.bounds``); life insurers' tails and Spanish industrial
trades with a regional demonym after them ("la química navarra X", ``lexicon``); a
country opens an institution's coordinated name, which its acronym and the name less
the country name too ("US Food and Drug Administration", "FDA", ``kg.entities.cues``,
``kg.entities.resolve``). Landforms' heads ("Quebrada Larga"), Spanish courts in full
("Juzgado de lo Social de Bilbao"), an article inside a name after no "de" ("Botanas La
Potosina", ``kg.entities.bounds``); a sector noun after a descriptor's "de" that the
tagger reads as an adjective ("la gestora de depuradoras X", ``kg.entities.cues``); a
legal form closes a name with "de" inside ("Aguas de Lerma S.L.", ``kg.entities.cues``);
no name runs over "for" into a sum ("Partners for NZ$500 million", ``kg.entities.runs``).

Every test runs the installed pipelines and is marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s13_entities import orgs, people

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def _ents(nlp: Language, text: str) -> dict[str, str]:
    """Each published organisation's and person's name, with its kind."""
    return {e.name: e.kind for e in nlp(text)._.kg_entities}


# --- founding years --------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "El fondo compró el 12% del grupo a Inversiones Molinar 1948, el vehículo de la familia.",
    "La familia controla el 40% a través de la sociedad Inversiones Molinar 1948, que no vende.",
])
def test_a_founding_year_closes_a_company_name(es: Language, text: str) -> None:
    assert "Inversiones Molinar 1948" in orgs(es, text)


def test_a_year_after_a_name_in_a_date_stays_apart(es: Language) -> None:
    found = orgs(es, "Grupo Olmedal ganó 40 millones en 2024 y Grupo Olmedal 2023 no existe.")
    assert "Grupo Olmedal" in found
    assert not any(name.endswith("2024") for name in found)


# --- judges, places, addresses -------------------------------------------------------------


def test_a_judges_title_is_no_part_of_the_name(en: Language) -> None:
    text = "Mr Justice Pendlebury said he was satisfied the transfer was fair."
    assert people(en, text) == {"Pendlebury"}


def test_a_person_closed_by_a_place_kind_is_the_place(en: Language) -> None:
    text = "The retailer has 30 shops in Mong Kok and Kestrel Bay, the chairman said."
    assert "Kestrel Bay" not in people(en, text)
    assert "Kestrel Bay" not in orgs(en, text)


def test_a_name_after_a_house_number_is_an_address(en: Language) -> None:
    text = "Fund manager Harrowgate Property Group has sold 88 Wattle Street, a Perth tower."
    assert orgs(en, text) == {"Harrowgate Property Group"}


def test_a_spanish_person_closed_by_an_abstract_noun_is_a_company(es: Language) -> None:
    text = ("Según el contrato, la filial de mantenimiento, Ribalta Conservación, pasa a manos "
            "de la vasca Obras Urkiola. \"Ribalta Conservación tiene contratos con el "
            "Ministerio\", dijo.")
    assert _ents(es, text).get("Ribalta Conservación") == "org"


# --- units, roles, short forms ----------------------------------------------------------------


def test_a_unit_symbol_is_no_organisation(es: Language) -> None:
    text = "Telandia se quedó con 80 MHz en la banda de 3,5 GHz por 120 millones."
    assert not {"MHz", "GHz"} & orgs(es, text)


def test_a_role_word_before_a_company_tail_is_no_title(en: Language) -> None:
    text = "The vessels were chartered to commodities trader Ostrava Trading for five years."
    assert _ents(en, text).get("Ostrava Trading") == "org"


def test_a_companys_first_word_saying_is_the_company(en: Language) -> None:
    text = ("The Commerce Commission has cleared Rimu Hardware Stores' $300 million takeover "
            "of Northern Timber Merchants. Rimu, which is listed on the NZX, said the "
            "takeover would be completed on 1 May.")
    assert "Rimu" not in people(en, text)
    assert next(e for e in en(text)._.kg_entities if e.name == "Rimu Hardware Stores").aliases \
        == ("Rimu",)


# --- firms and foreign names -----------------------------------------------------------------


def test_an_ampersand_makes_a_firm_of_a_models_place(es: Language) -> None:
    text = "Los asesores de Cobalto son Hartfield & Crane y el despacho Osorio."
    assert "Hartfield & Crane" in orgs(es, text)


def test_a_portuguese_of_joins_a_name_before_its_tail(es: Language) -> None:
    text = "Telandia negocia con la brasileña Fibras do Norte Participações la venta de torres."
    assert "Fibras do Norte Participações" in orgs(es, text)


def test_an_english_plural_possessive_body_in_spanish_news(es: Language) -> None:
    text = ("Brevia ha incorporado como coinversor a la gestora canadiense Tamarack "
            "Nurses' Fund, que aportará 200 millones.")
    assert "Tamarack Nurses' Fund" in orgs(es, text)


# --- common words ------------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "common"), [
    ("Vitalis", False), ("Textiles", True), ("Energías", True), ("jueces", True),
])
def test_spanish_plurals_by_their_ending(es: Language, word: str, common: bool) -> None:
    assert es.get_pipe("kg_entities").is_common(word) is common


def test_a_short_form_ending_in_is_joins_its_long_name(es: Language) -> None:
    text = ("La minera firmó un acuerdo con la canadiense Vitalis Royalty Partners por el que "
            "recibirá 50 millones. A cambio, Vitalis comprará el 30% de la plata.")
    found = {e.name: e.aliases for e in es(text)._.kg_entities if e.kind == "org"}
    assert found.get("Vitalis Royalty Partners") == ("Vitalis",)


# --- company nouns and tails, countries in names -----------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("It agreed the sale of its plant in Pune to Mumbai-based contract manufacturer Arjun "
     "Lifecare for Rs 200 crore.", "Arjun Lifecare"),
    ("It agreed the sale of its plant to drugmaker Meera Biologics for Rs 200 crore.",
     "Meera Biologics"),
])
def test_a_given_name_after_a_company_noun_opens_a_company(en: Language, text: str,
                                                             name: str) -> None:
    assert _ents(en, text).get(name) == "org"


def test_a_company_noun_before_a_full_name_still_reads_a_person(en: Language) -> None:
    assert "Peter Dawson" in people(en, "The company's rival Peter Dawson said he would bid.")


def test_life_insurers_are_named_by_their_tail(en: Language) -> None:
    text = "The watchdog has approved the transfer of 30,000 pension policies from Ashgrove " \
        "Life to Pennard Life."
    assert {"Ashgrove Life", "Pennard Life"} <= orgs(en, text)


def test_a_trade_noun_and_a_regional_demonym_before_a_company(es: Language) -> None:
    text = "El acuerdo que firmó en junio con la química navarra Resinas del Arga vence en 2030."
    assert "Resinas del Arga" in orgs(es, text)


def test_a_country_opens_an_institutions_name_and_its_acronym_fits(en: Language) -> None:
    text = ("Calder will handle filings with the US Food and Drug Administration. The FDA has "
            "not set a date.")
    found = {e.name: e.aliases for e in en(text)._.kg_entities if e.kind == "org"}
    assert found.get("US Food and Drug Administration") == ("FDA",)


def test_an_institution_less_its_country_is_one_organisation(en: Language) -> None:
    text = ("The US Food and Drug Administration approved the drug. The Food and Drug "
            "Administration said trials were sound.")
    assert orgs(en, text) == {"US Food and Drug Administration"}


def test_a_landforms_name_is_no_company_nor_person(es: Language) -> None:
    text = "Quebrada Larga demandará una inversión total de 900 millones y fue aprobado en mayo."
    assert not {"Quebrada Larga"} & (orgs(es, text) | people(es, text))


@pytest.mark.parametrize(("text", "name"), [
    ("ZARAGOZA, 3 mar (Efepress) - El Juzgado de lo Mercantil número 1 de Zaragoza ha "
     "aprobado la venta de Talleres Moncayo.", "Juzgado de lo Mercantil número 1 de Zaragoza"),
    ("El Juzgado de Primera Instancia número 4 de Lugo admitió la demanda de Lácteos Miño.",
     "Juzgado de Primera Instancia número 4 de Lugo"),
    ("El Juzgado de lo Social de Bilbao falló a favor de la plantilla de Forjas Nervión.",
     "Juzgado de lo Social de Bilbao"),
])
def test_a_spanish_court_is_named_in_full(es: Language, text: str, name: str) -> None:
    assert name in orgs(es, text)


def test_an_article_inside_a_name_after_no_de_is_a_brands(es: Language) -> None:
    text = ("Después de 40 años en manos de la misma familia, Botanas La Potosina cambiará de "
            "dueño. Botanas La Potosina facturó 2,000 mdp en 2025.")
    assert _ents(es, text).get("Botanas La Potosina") == "org"


def test_a_descriptors_sector_the_tagger_reads_as_an_adjective(es: Language) -> None:
    text = ("Hidrovia compró en 2023 la gestora de depuradoras Riberas del Cinca Gestión a la "
            "familia Llorente.")
    assert "Riberas del Cinca Gestión" in orgs(es, text)


def test_a_name_before_a_place_parts_noun_is_the_place(en: Language) -> None:
    text = "Photo: A Merlion Shipping vessel at the Tanjong Rhu anchorage."
    found = _ents(en, text)
    assert "Tanjong Rhu" not in found
    assert found.get("Merlion Shipping") == "org"  # no "A" opening it


def test_a_company_before_its_sites_noun_stays_a_company(en: Language) -> None:
    assert "Ford" in orgs(en, "Workers at the Ford plant went on strike.")


def test_a_name_slashed_to_another_before_a_number_is_an_index(en: Language) -> None:
    text = "Markets. The S&P/TSX 60 closed 1.2 per cent lower on Friday, while the Canadian " \
        "dollar fell."
    assert "S&P" not in orgs(en, text)


def test_solar_closes_a_company_name_but_not_a_persons(es: Language) -> None:
    text = ("La minera firmó un contrato de suministro por 10 años con Pampa Solar, que "
            "construirá un parque de 80 MW.")
    assert _ents(es, text).get("Pampa Solar") == "org"
    assert "Inés Solar" in people(es, "La consejera delegada, Inés Solar, dijo que la "
                                      "empresa crecerá.")


def test_a_power_generator_descriptor_makes_a_company(es: Language) -> None:
    text = ("Lima, dic. 2 (ANDINA). La Minera Tacora suscribió un contrato con la generadora "
            "Pukara Andes para el suministro de energía.")
    assert _ents(es, text).get("Pukara Andes") == "org"


def test_engineering_is_a_tail_a_short_form_leaves(es: Language) -> None:
    text = ("Constructora Ceiba y la china Longhai Rail firman alianza\nMedellín — La "
            "Constructora Ceiba y la china Longhai Rail Engineering firmaron una alianza.")
    found = {e.name: e.aliases for e in es(text)._.kg_entities if e.kind == "org"}
    assert found.get("Longhai Rail Engineering") == ("Longhai Rail",)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Shares in Tamsin Infrastructure rose 4% after the offer.", "Tamsin Infrastructure"),
    ("es", "La filial pasa a manos de la murciana Ribera Infraestructuras por 96 millones.",
     "Ribera Infraestructuras"),
])
def test_infrastructure_closes_a_company_name(es: Language, en: Language, lang: str,
                                              text: str, name: str) -> None:
    entity = next(e for e in (es if lang == "es" else en)(text)._.kg_entities if e.name == name)
    assert "cue:org_tail" in entity.rules


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Jinhai, which is controlled by a provincial government, bought Argentine brine "
     "developer Laguna del Sol S.A. for US$300 million in 2023.", "Laguna del Sol"),
    ("es", "La minera vendió su filial Aguas de Lerma S.L. a un fondo por 20 millones.",
     "Aguas de Lerma"),
])
def test_a_legal_form_closes_a_name_with_of_inside(es: Language, en: Language, lang: str,
                                                   text: str, name: str) -> None:
    assert name in orgs(es if lang == "es" else en, text)


def test_a_name_runs_over_for_into_no_sum_of_money(en: Language) -> None:
    text = ("Kauri Power agreed to sell its wind farm to Australian fund manager Tasman Sea "
            "Infrastructure Partners for NZ$500 million, the company said.")
    assert "Tasman Sea Infrastructure Partners" in orgs(en, text)


def test_a_legal_form_runs_back_over_de_to_no_acronym(es: Language) -> None:
    found = orgs(es, "La OPA de Pizarral S.A. sobre Cimentos Lugo S.A. no prosperó.")
    assert not any(name.startswith("OPA") for name in found)
