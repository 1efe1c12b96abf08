"""False people (session 20): offices and forms of address read as people ("Mr
Speaker", "the Deputy Bailiff"), titles, nationalities and post-nominal letters kept in
a name ("Advocate Helena Marsh", "Anna Reid MP"), speaker labels in capitals, time
zones after a clock, participles of asking, sites and buildings named after a person,
companies closed by a trade word, shops named "Don X" after their owner, and a
photographer's credit read as a company. Every sentence is written for these tests.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def names(nlp: Language, text: str, kind: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == kind}


def people(nlp: Language, text: str) -> set[str]:
    return names(nlp, text, "person")


# ---------------------------------------------------------------- offices, no people


@pytest.mark.parametrize("text", [
    "Mr Speaker, the Board of the Corvane Fund has approved two transactions.",
    "Mr President, the Ministry has approved the sale of Harbourline Ports.",
    "Third, Mr Speaker, the stake in Lagoon Towers was sold for K90 million.",
])
def test_a_form_of_address_to_an_office_names_no_one(en: Language, text: str) -> None:
    assert not people(en, text)


@pytest.mark.parametrize("text, person", [
    ("Sitting alone, the Deputy Bailiff, Advocate Helena Marsh, approved the scheme.",
     "Helena Marsh"),
    ("The Attorney-General, Ms Rosalind Achebe SC, told the committee the sale was lawful.",
     "Rosalind Achebe"),
])
def test_court_offices_are_no_people_and_leave_the_name(
        en: Language, text: str, person: str) -> None:
    assert people(en, text) == {person}


def test_a_parliamentary_title_and_post_nominal_come_off_the_name(en: Language) -> None:
    text = ("The statement was delivered by Treasurer Hon. Peter Lavaka Moi MP on Tuesday. "
            "Mr LAVAKA MOI — Mr Speaker, the price was fair.")
    assert people(en, text) == {"Peter Lavaka Moi"}


def test_hon_opens_a_member_of_parliament(en: Language) -> None:
    text = "Hon. Tevita Lolo (Tonga Central): Will the Minister table the contract?"
    assert people(en, text) == {"Tevita Lolo"}


@pytest.mark.parametrize("text, person", [
    ("The buyer was advised by Tom Vane KC and Lucy Hart.", "Tom Vane"),
    ("Local member Anna Reid MP welcomed the sale of the mill.", "Anna Reid"),
])
def test_post_nominal_letters_are_no_part_of_a_name(
        en: Language, text: str, person: str) -> None:
    assert person in people(en, text)
    assert not any(p.endswith((" KC", " MP")) for p in people(en, text))


def test_a_surname_that_is_an_honorific_stays_a_person(en: Language) -> None:
    # "King" is an honorific and a surname: only offices are dropped, not honorifics.
    assert "Martha King" in people(en, "Analyst Martha King said the price was high.")


def test_capitalised_surnames_of_a_speaker_join_the_full_name(en: Language) -> None:
    text = ("Minister Kalani Ruatu Vesi said the fund would buy the port. "
            "Mr RUATU VESI — The price was agreed.")
    entities = [e for e in en(text)._.kg_entities if e.kind == "person"]
    assert len(entities) == 1 and "RUATU VESI" in entities[0].aliases


@pytest.mark.parametrize("text", [
    "Consultado, el presidente de Lácteos Arenal, Rubén Olaya, evitó dar cifras.",
    "Consultada, la portavoz de Telvia, Marta Roig, declinó hacer comentarios.",
])
def test_a_participle_of_asking_opening_a_sentence_is_no_person_es(
        es: Language, text: str) -> None:
    found = people(es, text)
    assert not any(p.startswith("Consultad") for p in found)
    assert len(found) == 1


def test_a_surname_in_ado_opening_a_sentence_stays_a_person(es: Language) -> None:
    text = "Ignacio Delgado preside Vialta. Delgado, el presidente de Vialta, firmó ayer."
    assert "Ignacio Delgado" in people(es, text)


# ---------------------------------------------------------------- time zones


@pytest.mark.parametrize("text", [
    "HARARE — Rufaro Dube | 27 November 2026, 07:30 CAT\n\nThe fund sold its offices.",
    "NAIROBI — Amina Yusuf | 12 March 2026, 09:15 EAT\n\nKestrel bought the mill.",
])
def test_a_time_zone_after_a_clock_is_no_name(en: Language, text: str) -> None:
    found = names(en, text, "person") | names(en, text, "org")
    assert not found & {"CAT", "EAT"}


# ---------------------------------------------------------------- names of things


@pytest.mark.parametrize("text, site", [
    ("Work on the Kumul Ridge project will start in May.", "Kumul Ridge"),
    ("Guests returned to the Vuda Manu hotel on Friday.", "Vuda Manu"),
])
def test_a_name_between_the_and_a_site_noun_is_no_person(
        en: Language, text: str, site: str) -> None:
    assert site not in people(en, text)


@pytest.mark.parametrize("text, place", [
    ("The summit was held at the Kwesi Mensah Convention Centre in Accra.",
     "Kwesi Mensah Convention Centre"),
    ("Visitors queued outside the Julius Kamara Mausoleum on Sunday.",
     "Julius Kamara Mausoleum"),
    ("Flights to Jomo Mwangi International were cancelled on Monday.",
     "Jomo Mwangi International"),
    ("Talks were held at the Jaime Lusinchi Conference Hall.", "Jaime Lusinchi Conference Hall"),
])
def test_a_building_named_after_a_person_is_no_person(
        en: Language, text: str, place: str) -> None:
    assert not people(en, text)


def test_a_surname_that_is_a_building_word_stays_a_person(en: Language) -> None:
    found = people(en, "Jane Hall and Tom House joined the board of Kestrel Mining.")
    assert {"Jane Hall", "Tom House"} <= found


@pytest.mark.parametrize("text, person", [
    ("Kenyan Wanjiru Kamau and Dutchman Pieter Claes joined the board.",
     {"Wanjiru Kamau", "Pieter Claes"}),
    ("Briton Jane Holloway and Norwegian Ola Brekke co-founded Kelda.",
     {"Jane Holloway", "Ola Brekke"}),
])
def test_a_nationality_before_a_name_is_no_part_of_it(
        en: Language, text: str, person: set[str]) -> None:
    assert person <= people(en, text)


@pytest.mark.parametrize("lang, text, firm", [
    ("en", "Lombard Rive Advisory advised the buyer on the sale.", "Lombard Rive Advisory"),
    ("en", "Halden Cinemas to reopen 40 screens after the sale.", "Halden Cinemas"),
    ("es", "La operación, asesorada por Ortiz Abogados (vendedores) y Tarsis Rowe Advisory "
           "(comprador), espera la autorización.", "Tarsis Rowe Advisory"),
    ("es", "Entre los inversionistas del fondo figura Afore Solidaria, que comprometió "
           "recursos en 2024.", "Afore Solidaria"),
])
def test_a_trade_word_makes_a_company(
        es: Language, en: Language, lang: str, text: str, firm: str) -> None:
    nlp = es if lang == "es" else en
    assert firm not in people(nlp, text)
    assert firm in names(nlp, text, "org")


@pytest.mark.parametrize("text, shop", [
    ("La cadena Abarrotes Don Lalo firmó una alianza con Telmex.", "Abarrotes Don Lalo"),
    ("Tortillería Doña Cuca abrió diez locales en Puebla.", "Tortillería Doña Cuca"),
])
def test_a_shop_named_don_after_its_owner_is_an_organisation(
        es: Language, text: str, shop: str) -> None:
    assert shop in names(es, text, "org")
    assert not people(es, text)


def test_don_before_a_person_is_an_honorific(es: Language) -> None:
    text = "El presidente Don Julián Ferrero vendió su participación."
    assert people(es, text) == {"Julián Ferrero"}


def test_don_after_a_preposition_opens_no_shop(es: Language) -> None:
    assert people(es, "Según Don Álvaro Pereda, la venta se cerró ayer.") == {"Álvaro Pereda"}


# ---------------------------------------------------------------- credits


@pytest.mark.parametrize("text, person", [
    ("Flood damage at the hotel. (Nadi Post/Losana Vuki)", "Losana Vuki"),
])
def test_a_photographer_after_the_outlet_and_a_slash_is_a_person(
        en: Language, text: str, person: str) -> None:
    assert person in people(en, text)
    assert person not in names(en, text, "org")


def test_a_company_after_a_slash_stays_a_company(en: Language) -> None:
    text = "The venture (Harlow Foods/Kestrel Holdings) will open in May."
    assert "Kestrel Holdings" not in people(en, text)


# ---------------------------------------------------------------- places after a preposition


@pytest.mark.parametrize("lang, text, place", [
    ("es", "La naviera tiene muelles en Viti Levu y en Taveuni.", "Viti Levu"),
    ("en", "The group owns two lodges on Vanua Levu and one in Savusavu.", "Vanua Levu"),
])
def test_a_model_person_after_a_preposition_of_place_is_the_place(
        es: Language, en: Language, lang: str, text: str, place: str) -> None:
    assert place not in people(es if lang == "es" else en, text)


@pytest.mark.parametrize("lang, text, person", [
    ("en", "Pressure mounted on Okafor Nwosu after the sale collapsed.", "Okafor Nwosu"),
    ("en", "The vote went in Tomasz Wielki's favour.", "Tomasz Wielki"),
    ("es", "La decisión recae en Xabier Etxeberria y en Itziar Goikoetxea.", "Itziar Goikoetxea"),
])
def test_a_person_after_a_preposition_stays_a_person(
        es: Language, en: Language, lang: str, text: str, person: str) -> None:
    assert person in people(es if lang == "es" else en, text)


@pytest.mark.parametrize("text, firm", [
    ("Shares of Eli Lilly rose 3% after the weight-loss trial.", "Eli Lilly"),
    ("The group owns Louis Vuitton and sells its bags in Lima.", "Louis Vuitton"),
])
def test_a_company_named_after_a_founder_long_dead_is_an_organisation(
        en: Language, text: str, firm: str) -> None:
    assert firm in names(en, text, "org")
    assert not people(en, text)


def test_a_short_trade_word_opening_a_name_makes_a_company(es: Language) -> None:
    text = "Telecom Ribera vendió su red de torres a Infra Cantabria por 300 millones."
    assert "Infra Cantabria" in names(es, text, "org")
    assert not people(es, text)


def test_people_whose_names_begin_like_trade_words_stay_people(es: Language) -> None:
    text = "Ana Infante y Luis Petronio dirigen la empresa."
    assert people(es, text) == {"Ana Infante", "Luis Petronio"}


@pytest.mark.parametrize("lang, text, person", [
    ("en", "Separately, the chief executive of Kestrel, Tom Rowe, said the deal was done.",
     {"Tom Rowe"}),
    ("en", "Undeterred, the founder of Kestrel, who owns 30%, rejected the bid.", set()),
    ("es", "Satisfecho, el presidente de Vialta, Rubén Olaya, celebró el acuerdo.",
     {"Rubén Olaya"}),
    ("es", "Sorprendido, el director de Braxia, Luis Ferro, admitió la oferta.",
     {"Luis Ferro"}),
])
def test_an_adverb_or_adjective_opening_a_sentence_before_a_role_is_no_name(
        es: Language, en: Language, lang: str, text: str, person: set[str]) -> None:
    assert people(es if lang == "es" else en, text) == person


@pytest.mark.parametrize("lang, text, person", [
    ("es", "Juan Blanco preside Vialta. Blanco, el presidente de Vialta, firmó ayer.",
     "Juan Blanco"),
    ("en", "Kelly, the chief executive of Kestrel, said the deal was done.", "Kelly"),
])
def test_a_surname_opening_a_sentence_before_a_role_stays_a_person(
        es: Language, en: Language, lang: str, text: str, person: str) -> None:
    assert person in people(es if lang == "es" else en, text)


def test_a_common_noun_opening_a_sentence_is_no_speaker(es: Language) -> None:
    text = "Analistas de Banco Ruiz afirmaron que la prima es alta."
    assert not people(es, text)


def test_a_surname_introduced_before_stays_the_speaker(es: Language) -> None:
    text = "Javier Díez preside Vialta. Díez afirmó que la venta se cerrará en mayo."
    assert people(es, text) == {"Javier Díez"}


@pytest.mark.parametrize("lang, text, firm", [
    ("en", "Pembrook, a unit of Marlowe Webb, makes biscuits.", "Marlowe Webb"),
    ("en", "The plant belongs to a division of Harcourt Mellor.", "Harcourt Mellor"),
    ("es", "Hidrandes, una participada de Pereda Lasa, compró la planta.", "Pereda Lasa"),
])
def test_the_owner_of_a_unit_or_division_is_a_company(
        es: Language, en: Language, lang: str, text: str, firm: str) -> None:
    nlp = es if lang == "es" else en
    assert firm in names(nlp, text, "org")
    assert firm not in people(nlp, text)


def test_the_place_a_unit_owner_is_based_in_is_no_company(en: Language) -> None:
    text = "Sunvale, a unit of Boulder-based Orvane Energy, hired two builders."
    assert "Boulder" not in names(en, text, "org")
