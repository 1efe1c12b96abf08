"""Organisations and people on unseen news (session 14), each rule on sentences written
for these tests.

Names cut at a comma or at "and": an institution's fields listed with commas and "y" /
"and" ("Secretaría de Agricultura, Ganadería y Pesca", "Department of Health and Human
Services"), a university's campus after a comma, a public department named by its
fields and its country ("Fisheries and Oceans Canada"), "Co-operative" in a name
(``kg.entities.cues``). Companies the model reads as people: an apposition headed by a
company noun whatever modifies it, "its" referring back to the subject, where shares
are listed (``kg.entities.standing``), a company's own short form, an article opening a
Spanish "person" (``kg.entities.retype``). A stock index with its member count before
a noun (``kg.entities.markets``), kinds of listed vehicles as common nouns
(``lexicon/entities.toml``), Spanish short forms less a place or an adjective
(``kg.entities.resolve``), places before the noun they place (``kg.entities.places``,
``retype``).

Every test runs the installed pipelines and is marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s13_entities import orgs, people

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def aliases(nlp: Language, text: str) -> dict[str, set[str]]:
    """Each organisation's name and the other forms kg read for it."""
    return {e.name: set(e.aliases) for e in nlp(text)._.kg_entities if e.kind == "org"}


# --- names cut at a comma or "and" ----------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("La Secretaría de Agricultura, Ganadería y Pesca firmó un contrato con la "
     "constructora Hidalgo Obras.", "Secretaría de Agricultura, Ganadería y Pesca"),
    ("La Asociación Mexicana de Comercio, Industria y Servicios pidió cambios a la ley.",
     "Asociación Mexicana de Comercio, Industria y Servicios"),
    ("Una portavoz del Ministerio de Cultura, Turismo e Igualdad confirmó la subvención "
     "a la editorial Orbe Libros.", "Ministerio de Cultura, Turismo e Igualdad"),
])
def test_spanish_fields_listed_with_commas_close_with_y(
        es: Language, text: str, name: str) -> None:
    found = orgs(es, text)
    assert name in found
    assert not found & {"Ganadería", "Pesca", "Industria", "Servicios", "Turismo"}


@pytest.mark.parametrize(("text", "name"), [
    ("The Department of Health and Human Services approved the contract with Medline "
     "Supply.", "Department of Health and Human Services"),
    ("The Department of Energy, Mines and Resources awarded Boreas Drilling a contract.",
     "Department of Energy, Mines and Resources"),
    ("The Ministry of Trade, Industry, and Energy cleared the merger of Hanbit Steel.",
     "Ministry of Trade, Industry, and Energy"),
])
def test_english_fields_joined_by_and_stay_in_the_name(
        en: Language, text: str, name: str) -> None:
    assert name in orgs(en, text)


@pytest.mark.parametrize(("nlp_name", "text", "parties"), [
    ("es", "El Ministerio de Economía, Telefónica y Repsol firmaron el acuerdo.",
     {"Ministerio de Economía", "Telefónica", "Repsol"}),
    ("es", "El Ministerio de Industria y Aceros Grado firmaron un convenio.",
     {"Ministerio de Industria", "Aceros Grado"}),
    ("en", "The Department of Justice and Apple reached a settlement.",
     {"Department of Justice", "Apple"}),
    ("en", "The Department of Justice and Alphabet reached a settlement. Alphabet said it "
     "would appeal.", {"Department of Justice", "Alphabet"}),
])
def test_a_name_after_the_fields_is_another_party(
        request: pytest.FixtureRequest, nlp_name: str, text: str, parties: set[str]) -> None:
    assert parties <= orgs(request.getfixturevalue(nlp_name), text)


def test_a_campus_after_a_comma_is_the_universitys(en: Language) -> None:
    text = ("Ruth Ocampo, an economist at the University of Wisconsin, Madison, said the "
            "price was fair.")
    assert "University of Wisconsin, Madison" in orgs(en, text)
    assert people(en, text) == {"Ruth Ocampo"}


def test_a_list_of_universities_is_no_campus(en: Language) -> None:
    text = "The study was written at the University of Michigan, Stanford, Harvard and MIT."
    assert "University of Michigan" in orgs(en, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Natural Resources Canada and Fisheries and Oceans Canada signed the agreement with "
     "Kelp Marine.", "Fisheries and Oceans Canada"),
    ("Approval from Employment and Social Development Canada came on Friday, the ministry "
     "said.", "Employment and Social Development Canada"),
    ("Trade, Tourism and Regional Development Canada must still approve the sale of "
     "Thunder Steel.", "Trade, Tourism and Regional Development Canada"),
])
def test_a_department_named_by_its_fields_and_country(
        en: Language, text: str, name: str) -> None:
    assert name in orgs(en, text)


def test_places_joined_by_and_are_no_department(en: Language) -> None:
    assert not orgs(en, "Trade between Europe and North Korea stopped.")


@pytest.mark.parametrize(("text", "name"), [
    ("Bramble Hill, which is 58 per cent owned by the Prairie Growers Co-operative, said it "
     "would stay independent.", "Prairie Growers Co-operative"),
    ("Lough Dairy Co-operative Society has completed its acquisition of Kerry Creamery.",
     "Lough Dairy Co-operative Society"),
])
def test_co_operative_is_a_word_of_the_name(en: Language, text: str, name: str) -> None:
    assert name in orgs(en, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Brightwater Pumps won a $48 million contract from the Lakeside Water District in Ohio.",
     "Lakeside Water District"),
    ("The Clark County School District signed the contract with Kettle Buses.",
     "Clark County School District"),
])
def test_a_district_is_a_public_body(en: Language, text: str, name: str) -> None:
    assert name in orgs(en, text) and not people(en, text)


# --- companies the model reads as people ---------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Glenwood Row, the Nasdaq-listed payments company, said on Monday it would cut 200 "
     "jobs.", "Glenwood Row"),
    ("Marsh Hollow, the FTSE 250 engineering group that makes valves, has agreed to a "
     "takeover.", "Marsh Hollow"),
    ("Verdant Roots, a Fresno, California, start-up that sells soil probes, raised $12 "
     "million.", "Verdant Roots"),
])
def test_an_apposition_headed_by_a_company_noun(en: Language, text: str, name: str) -> None:
    assert name in orgs(en, text) and name not in people(en, text)


def test_a_person_called_what_a_company_may_be_called_stays_a_person(en: Language) -> None:
    text = "Tom Brack, the owner of a regional bank, said he would sell."
    assert people(en, text) == {"Tom Brack"}


@pytest.mark.parametrize(("text", "name"), [
    ("Harbour Freight and Vietnam's Song Lam Coldchain formed a venture. Song Lam "
     "Coldchain will contribute its existing depot in Hanoi.", "Song Lam Coldchain"),
    ("Ardmore Logistics and Thailand's Chao Phraya Coldway have formed a joint venture. "
     "Chao Phraya Coldway will put its cold stores into it.", "Chao Phraya Coldway"),
])
def test_its_refers_back_to_a_company(en: Language, text: str, name: str) -> None:
    assert name in orgs(en, text) and name not in people(en, text)


def test_its_of_another_clause_is_not_the_speakers(en: Language) -> None:
    assert people(en, "Ana Ruiz said the firm would expand its plant.") == {"Ana Ruiz"}


def test_where_shares_are_listed_is_an_exchange(en: Language) -> None:
    text = "Shares in Connor Ash, which is listed on Euronext Dublin, rose 6 per cent."
    assert "Euronext Dublin" in orgs(en, text)
    assert "Euronext Dublin" not in people(en, text)


def test_a_company_short_form_after_its_trade_and_article(es: Language) -> None:
    text = ("Grupo Financiero Tepic compra Seguros La Esperanza Norteña por 2.000 millones "
            "de pesos. La Esperanza Norteña es propiedad de la familia Ibarra y de "
            "Aseguradora Cántabra.")
    found = aliases(es, text)
    assert found.get("Seguros La Esperanza Norteña") == {"La Esperanza Norteña"}
    assert not people(es, text)


def test_spanish_writes_no_article_before_a_persons_name(es: Language) -> None:
    assert not people(es, "La Montañesa Gourmet cotiza en la Bolsa de Madrid desde 2019.")


# --- indexes, vehicles and places -----------------------------------------------------


def test_an_index_with_its_member_count_before_a_noun(en: Language) -> None:
    text = ("Marsh Hollow, the FTSE 250 engineering group that makes valves, has agreed to "
            "a takeover.")
    assert "FTSE" not in orgs(en, text)


@pytest.mark.parametrize(("nlp_name", "text", "name"), [
    ("es", "Mercado Sol venderá a Brenner Retail 30 locales por 900 millones de pesos.",
     "Brenner Retail"),
    ("en", "Aerlink ordered 20 Boeing 737 jets from Boeing.", "Boeing"),
])
def test_a_count_after_a_company_is_no_index(
        request: pytest.FixtureRequest, nlp_name: str, text: str, name: str) -> None:
    assert name in orgs(request.getfixturevalue(nlp_name), text)


def test_a_trust_kind_closes_a_name_and_alone_is_no_name(en: Language) -> None:
    text = ("Cedar Lodging REIT closed its purchase of eight hotels from Hartwell Hotels "
            "Group. The Denver-based REIT paid cash.")
    assert orgs(en, text) == {"Cedar Lodging REIT", "Hartwell Hotels Group"}


def test_a_placement_acronym_is_no_organisation(en: Language) -> None:
    text = ("The board of Indus Telecom approved a qualified institutional placement (QIP) "
            "of Rs 1,000 crore. The QIP opens on Monday.")
    assert "QIP" not in orgs(en, text)


@pytest.mark.parametrize(("text", "long", "short"), [
    ("La Comisión de Valores de Panamá aprobó la oferta de Grupo Istmo. La Comisión de "
     "Valores tiene diez días para revisar el folleto.", "Comisión de Valores de Panamá",
     "Comisión de Valores"),
    ("Grupo Empresarial Tolima lanzó una oferta por Lácteos Ibagué. Grupo Tolima pagará "
     "en efectivo.", "Grupo Empresarial Tolima", "Grupo Tolima"),
])
def test_spanish_short_forms_less_a_place_or_an_adjective(
        es: Language, text: str, long: str, short: str) -> None:
    found = aliases(es, text)
    assert short in found.get(long, set()) and short not in found


def test_a_city_before_the_noun_it_places_is_no_party(en: Language) -> None:
    text = ("Hillcrest Inns and Moncton investment firm Tidal Bay Capital will buy hotels in "
            "Atlantic Canada and Quebec.")
    found = orgs(en, text)
    assert "Tidal Bay Capital" in found
    assert not found & {"Moncton", "Atlantic Canada"}


# --- acronyms, partners' firms, places written as places ------------------------------


def test_an_acronym_of_a_name_a_company_noun_opens_is_an_organisation(es: Language) -> None:
    text = "Gestora Atlántica de Patrimonios (GAP) anunció su fusión con Banca Lusa."
    assert aliases(es, text).get("Gestora Atlántica de Patrimonios") == {"GAP"}
    assert not people(es, text)


def test_a_persons_acronym_stays_a_persons(es: Language) -> None:
    text = "El presidente Andrés Manuel López Obrador (AMLO) habló del acuerdo."
    assert "Andrés Manuel López Obrador" in people(es, text)


def test_a_firm_named_after_two_partners_written_alone_too(es: Language) -> None:
    text = ("Gestora Atlántica de Inversiones (GAI) y Vidal y Roca Asset Management han roto "
            "su fusión. Los socios de GAI tendrían el 55% y los de Vidal y Roca el 45%. "
            "Vidal y Roca gestiona 11.700 millones.")
    found = aliases(es, text)
    assert found.get("Vidal y Roca Asset Management") == {"Vidal y Roca"}
    assert not set(found) & {"Vidal", "Roca Asset Management"}


def test_two_parties_before_a_tail_stay_two(es: Language) -> None:
    found = orgs(es, "Telefónica y Roca Asset Management firmaron un acuerdo.")
    assert {"Telefónica", "Roca Asset Management"} <= found


def test_a_city_with_its_state_is_a_place(en: Language) -> None:
    text = ("Verdant Roots, a Fresno, California, start-up that sells soil probes, raised "
            "$12 million.")
    assert not people(en, text) and orgs(en, text) == {"Verdant Roots"}


def test_a_trade_noun_opening_a_sentence_is_no_name(en: Language) -> None:
    text = "Logistics firm Ardmore Logistics and Vietnam's Song Lam Coldchain formed a venture."
    assert "Logistics" not in orgs(en, text)


def test_a_place_before_a_site_or_a_company_noun_is_a_place(en: Language) -> None:
    text = ("She said the company would hire 300 workers at its Halifax yard. In 2024 it "
            "bought Nova Scotia repair yard Sheet Harbour Marine.")
    found = orgs(en, text)
    assert "Sheet Harbour Marine" in found and not found & {"Halifax", "Nova Scotia"}


@pytest.mark.parametrize("text", [
    "Grupo Sierra participa en otras dos concesiones carreteras en Querétaro y San Luis "
    "Potosí.",
    "La empresa abrió una planta en San José Iturbide.",
])
def test_a_saint_before_a_given_name_is_a_place(es: Language, text: str) -> None:
    assert not people(es, text)


def test_a_person_after_a_role_keeps_the_given_name(es: Language) -> None:
    text = "El presidente de Grupo Norte, Luis Ramírez, habló."
    assert people(es, text) == {"Luis Ramírez"}


def test_a_pension_plan_is_a_fund(en: Language) -> None:
    text = "Tundra Freight is controlled by the Ontario pension fund Prairie Nurses Pension Plan."
    assert "Prairie Nurses Pension Plan" in orgs(en, text)
    assert "Marshall Plan" not in orgs(en, "The Marshall Plan rebuilt Europe.")


def test_an_acronym_before_a_company_noun_is_no_city(en: Language) -> None:
    text = "A consortium of a Polish SPC group and Swiss firms placed a bid."
    assert "SPC" in orgs(en, text)


@pytest.mark.parametrize(("nlp_name", "text", "person"), [
    ("es", '"Es una inversión a largo plazo", dijo desde Montreal Chantal Roy, directora de '
     "Arbor Capital.", "Chantal Roy"),
    ("en", '"We will keep every store open," said from Calgary Nadine Fortier, the '
     "chief executive of Prairie Goods.", "Nadine Fortier"),
])
def test_the_city_a_speaker_speaks_from_is_no_part_of_the_name(
        request: pytest.FixtureRequest, nlp_name: str, text: str, person: str) -> None:
    found = people(request.getfixturevalue(nlp_name), text)
    assert person in found and not any(p.startswith(("Montreal", "Calgary")) for p in found)
