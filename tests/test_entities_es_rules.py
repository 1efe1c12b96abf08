"""Spanish entity rules, each on sentences written for these tests: what kg publishes
as organisations and people for a class of Spanish text, and the rule id that decided.

Classes (issue 13): headlines in capitals whose common words the model reads as
names; advisers and auditors of a deal (law firms named after people); "contar con",
which is no verb of saying; the helpers the rules read (verb forms of the lexicon).
The first tests need only the lemmatiser's tables; the others run kg's Spanish
pipeline and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.entities.runs import _shouted_word


@pytest.fixture(scope="module")
def es_full() -> Language:
    from kg.nlp import build_pipeline

    return build_pipeline("es")


def entities(nlp: Language, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Name → (kind, rule ids) of what kg_entities resolves in ``text``."""
    doc = nlp(text)
    return {e.name: (e.kind, e.rules) for e in doc._.kg_entities}


def knowledge(nlp: Language):  # type: ignore[no-untyped-def]
    return nlp.get_pipe("kg_entities").knowledge  # type: ignore[attr-defined]


# --- the words the rules read --------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("word", [
    "PRESENTARA", "aceptaría", "ACEPTARIA", "reunen", "ARROPADA", "DECIDIO", "anunciaron",
    "VIOLAR", "cerrando",
])
def test_regular_verb_forms_are_read_from_the_lemma_lists(es_full: Language, word: str) -> None:
    assert knowledge(es_full).is_verb_form(word)


@pytest.mark.model
@pytest.mark.parametrize("word", ["IBARRA", "Telefónica", "Garrigues", "MATILDE", "Lumetra"])
def test_names_are_no_verb_forms(es_full: Language, word: str) -> None:
    assert not knowledge(es_full).is_verb_form(word)


@pytest.mark.model
def test_shouted_words_are_common_words_in_capitals(es_full: Language) -> None:
    kn = knowledge(es_full)
    # Nouns, adjectives, verb forms and function words written in capitals.
    assert all(_shouted_word(kn, w) for w in ("JUZGADOS", "PRESENTARA", "EOLICA", "POR", "SE"))
    # Not names, not places, not words in lower or title case, not short codes.
    assert not any(_shouted_word(kn, w) for w in (
        "IBARRA", "SEVILLA", "Candidatura", "candidatura", "UE", "PP"))


# --- headlines in capitals ------------------------------------------------------------------


@pytest.mark.model
def test_headline_common_words_are_no_organisations(es_full: Language) -> None:
    found = entities(es_full, (
        "PIDEN DIEZ AÑOS DE CARCEL PARA UN JOVEN POR INTENTO DE ROBO\n"
        "Palma, 23 may (EFE).\n"
        "La fiscalía pide diez años de cárcel para un joven acusado de robo."
    ))
    assert not {"CARCEL", "INTENTO", "AÑOS"} & set(found)


@pytest.mark.model
def test_a_person_in_a_headline_ends_before_its_verb(es_full: Language) -> None:
    found = entities(es_full, (
        "MATILDE FERNANDEZ PRESENTARA SU CANDIDATURA ARROPADA POR IBARRA\n"
        "Madrid, 23 may (EFE).\n"
        "La exministra presentará su candidatura el sábado."
    ))
    assert found.get("MATILDE FERNANDEZ", ("",))[0] == "person"
    assert not [name for name in found if "PRESENTARA" in name or "CANDIDATURA" in name]


@pytest.mark.model
def test_a_headline_surname_that_is_a_common_word_stays(es_full: Language) -> None:
    # "CANALES" is a plural noun, but after a given name it is a surname.
    found = entities(es_full, (
        "ANTONIO CANALES ABRIRA LA TEMPORADA DE BALLET\n"
        "Palma, 23 may (EFE).\n"
        "El bailarín abrirá la temporada el martes."
    ))
    assert found.get("ANTONIO CANALES", ("",))[0] == "person"


@pytest.mark.model
def test_an_initial_in_a_headline_ends_before_its_verb(es_full: Language) -> None:
    found = entities(es_full, (
        "R. IBARRA ACEPTARIA LA ENERGIA EOLICA SI CREA EMPLEO\n"
        "Mérida, 23 may (EFE).\n"
        "El presidente regional habló ayer."
    ))
    assert found.get("R. IBARRA", ("",))[0] == "person"
    assert not [name for name in found if "ACEPTARIA" in name]


@pytest.mark.model
def test_names_in_running_text_in_capitals_are_left_alone(es_full: Language) -> None:
    # Not a headline: one word in capitals among lower-case ones is an acronym.
    found = entities(es_full, "La petrolera vendió su filial a BANCO ATLANTICO por 300 millones.")
    assert "BANCO ATLANTICO" in found or "ATLANTICO" in found


# --- advisers and auditors ------------------------------------------------------------------


@pytest.mark.model
def test_the_subjects_of_asesorar_are_firms(es_full: Language) -> None:
    found = entities(es_full, (
        "Lumetra Partners, Alfred Brennan Wolcott y Deloitte han asesorado a Brivana, "
        "mientras que Quercia ha contado con Hogan Lovells."
    ))
    assert found["Alfred Brennan Wolcott"] == ("org", ("cue:given_name", "retype:adviser"))
    assert found["Deloitte"][0] == "org"
    assert "retype:adviser" in found["Deloitte"][1]
    # "contar con" is to have, not to say: Quercia is no person.
    assert "Quercia" not in found or found["Quercia"][0] != "person"


@pytest.mark.model
def test_the_agent_of_asesorado_por_is_a_firm(es_full: Language) -> None:
    found = entities(es_full, (
        "Brivana, asesorada por Garrigues y Uría Menéndez, compró la participación. "
        "La operación ha contado con el asesoramiento legal de Clifford Chance."
    ))
    assert found["Garrigues"][0] == "org"
    assert found["Clifford Chance"][0] == "org"
    assert "retype:adviser" in found["Clifford Chance"][1]


@pytest.mark.model
def test_a_titled_adviser_is_a_person(es_full: Language) -> None:
    found = entities(es_full, (
        "Brivana, asesorada por el abogado Julián Ferrero, vendió la filial."
    ))
    assert found["Julián Ferrero"][0] == "person"


@pytest.mark.model
def test_one_person_who_advises_someone_stays_a_person(es_full: Language) -> None:
    found = entities(es_full, "Marta Quiroga asesoró a la ministra durante la reforma.")
    assert found["Marta Quiroga"][0] == "person"


@pytest.mark.model
def test_contar_as_telling_still_reads_a_speaker(es_full: Language) -> None:
    found = entities(es_full, "Quiroga contó que la empresa había cerrado la compra.")
    assert found["Quiroga"] == ("person", ("cue:speech_subject",))


# --- a classifying noun before a given name -------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text,name", [
    ("El grupo Valentín Ordóñez compró la cadena de tiendas.", "Valentín Ordóñez"),
    ("La cadena Valentín Ordóñez abrirá cien tiendas.", "Valentín Ordóñez"),
    # "la portuguesa" cannot agree with a man's name: "la [empresa] portuguesa".
    ("La portuguesa Jerónimo Ordóñez compra la distribuidora gallega.", "Jerónimo Ordóñez"),
])
def test_a_classifying_noun_before_a_given_name_makes_a_company(
    es_full: Language, text: str, name: str
) -> None:
    found = entities(es_full, text)
    assert found[name][0] == "org"
    assert "cue:descriptor" in found[name][1]


@pytest.mark.model
def test_a_role_before_a_given_name_still_makes_a_person(es_full: Language) -> None:
    found = entities(es_full, "El presidente Valentín Ordóñez anunció la compra.")
    assert found["Valentín Ordóñez"][0] == "person"


# --- names in Portuguese and Catalan ------------------------------------------------------


@pytest.mark.model
def test_a_portuguese_and_inside_a_name_joins_it(es_full: Language) -> None:
    found = entities(es_full, (
        "La portuguesa Lusalta Indústria e Serviços vendió su participación."
    ))
    assert "Lusalta Indústria e Serviços" in found
    assert found["Lusalta Indústria e Serviços"][0] == "org"


@pytest.mark.model
def test_spanish_e_before_an_i_sound_still_coordinates_two_names(es_full: Language) -> None:
    found = entities(es_full, "Telefónica e Iberdrola firmaron un acuerdo de suministro.")
    assert {"Telefónica", "Iberdrola"} <= set(found)
    assert not [name for name in found if " e " in name]


@pytest.mark.model
@pytest.mark.parametrize("name", [
    "Consorci de Transports de Vallbona", "Fundació Miralles i Serra",
    "Associação Comercial de Braga",
])
def test_catalan_and_portuguese_institution_heads_open_a_name(
    es_full: Language, name: str
) -> None:
    found = entities(es_full, f"El {name} ha adjudicado el contrato de mantenimiento.")
    assert found[name][0] == "org"


@pytest.mark.model
def test_a_firm_of_lawyers_or_auditors_ends_in_its_trade(es_full: Language) -> None:
    found = entities(es_full, "Ferrán Abogados y Quintela Auditores revisaron las cuentas.")
    assert found["Ferrán Abogados"][0] == "org"
    assert found["Quintela Auditores"][0] == "org"


# --- one person, one name ------------------------------------------------------------------


@pytest.mark.model
def test_a_hyphenated_surname_alone_is_the_person_named_in_full(es_full: Language) -> None:
    doc = es_full(
        "El presidente Julián Sáenz-Arroyo anunció la compra. "
        "Sáenz-Arroyo dijo que era una gran operación."
    )
    people = {e.name: e.aliases for e in doc._.kg_entities if e.kind == "person"}
    orgs = {e.name for e in doc._.kg_entities if e.kind == "org"}
    assert "Julián Sáenz-Arroyo" in people and "Sáenz-Arroyo" not in orgs


# --- what is no organisation ------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text,portfolio", [
    ("El secretario de Desarrollo Económico dijo que la inversión llegará.",
     "Desarrollo Económico"),
    ("La consejera de Asuntos Sociales visitó ayer el centro.", "Asuntos Sociales"),
    ("El responsable de Finanzas citó los avances del año.", "Finanzas"),
])
def test_a_government_portfolio_is_no_organisation(
    es_full: Language, text: str, portfolio: str
) -> None:
    assert portfolio not in entities(es_full, text)


@pytest.mark.model
def test_a_board_member_of_a_company_names_the_company(es_full: Language) -> None:
    found = entities(es_full, "El consejero de la constructora Brivana Obras dimitió ayer.")
    assert found["Brivana Obras"][0] == "org"
    found = entities(es_full, "El consejero de Telefónica dimitió ayer.")
    assert found["Telefónica"][0] == "org"


@pytest.mark.model
def test_competitions_and_summits_are_no_organisations(es_full: Language) -> None:
    found = entities(es_full, (
        "El Osasuna ganó la Copa del Rey y la Supercopa de España. "
        "La Cumbre de Panamá terminó ayer."
    ))
    assert not {"Copa del Rey", "Supercopa de España", "Cumbre de Panamá"} & set(found)


@pytest.mark.model
def test_a_place_named_once_as_an_organisation_stays_a_place(es_full: Language) -> None:
    found = entities(es_full, (
        "Bogotá, 23 may (EFE).\n"
        "La Federación de Cafeteros informó en Bogotá que el precio subió. "
        "Bogotá registró un temblor."
    ))
    assert "Bogotá" not in found


@pytest.mark.model
def test_a_woman_after_a_feminine_nationality_stays_a_person(es_full: Language) -> None:
    # Gender agreement: "la española" agrees with a woman's name, not a company's
    # elided "empresa" (as in "la portuguesa Valentín Ordóñez").
    found = entities(es_full, "La española Marta Quiroga ganó el torneo de Roma.")
    assert found["Marta Quiroga"][0] == "person"


# --- institutions ------------------------------------------------------------------------------


@pytest.mark.model
def test_a_bare_institution_refers_to_the_one_the_article_names_in_full(
    es_full: Language
) -> None:
    doc = es_full(
        "El Gobierno español aprobó ayer la venta de la participación. "
        "El Gobierno dijo que la operación se cerrará en mayo."
    )
    orgs = [e for e in doc._.kg_entities if e.kind == "org"]
    assert [e.name for e in orgs] == ["Gobierno español"]
    assert "Gobierno" in orgs[0].aliases
    assert len(orgs[0].mentions) == 2


@pytest.mark.model
def test_a_bare_institution_stays_unresolved_between_two_or_none(es_full: Language) -> None:
    two = entities(es_full, (
        "El Gobierno español y el Gobierno francés firmaron el acuerdo. "
        "El Gobierno no dio detalles."
    ))
    assert "Gobierno" not in two and {"Gobierno español", "Gobierno francés"} <= set(two)
    none = entities(es_full, "El Gobierno aprobó ayer la venta de la participación.")
    assert "Gobierno" not in none


# --- coordination and classifiers with more words ------------------------------------------------


@pytest.mark.model
def test_a_classifier_with_adjectives_and_a_complement_makes_a_company(
    es_full: Language
) -> None:
    found = entities(es_full, "La agencia estadounidense de modelos Julia Brenner abrirá una sede.")
    assert found["Julia Brenner"] == ("org", ("cue:descriptor",))


@pytest.mark.model
def test_a_noun_of_its_own_between_classifier_and_name_keeps_the_person(
    es_full: Language
) -> None:
    found = entities(es_full, "La empresa del presidente Julián Ferrero compró la finca.")
    assert found["Julián Ferrero"][0] == "person"


@pytest.mark.model
def test_a_person_with_a_given_name_in_a_list_of_companies_stays_a_person(
    es_full: Language
) -> None:
    found = entities(
        es_full, "Invirtieron en la ronda Tencent, SoftBank, Jorge Soto y Goldman Sachs."
    )
    assert found["Jorge Soto"][0] == "person"
    assert found["Tencent"][0] == found["Goldman Sachs"][0] == "org"


# --- one person, however the article writes the name ----------------------------------------


def people_of(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in nlp(text)._.kg_entities if e.kind == "person"}


@pytest.mark.model
def test_a_compound_given_name_alone_is_the_person_named_in_full(es_full: Language) -> None:
    people = people_of(es_full, (
        "La presidenta de Telvia, María José Ortega, firmó el acuerdo. "
        "Según María José, la compra se cerrará en marzo."
    ))
    assert list(people) == ["María José Ortega"]
    assert "María José" in people["María José Ortega"]


@pytest.mark.model
def test_a_name_in_capitals_is_the_same_person(es_full: Language) -> None:
    people = people_of(es_full, (
        "El consejero delegado de Brivana, Juan Carlos Escotet, anunció la compra. "
        "JUAN CARLOS ESCOTET firmó ayer el contrato."
    ))
    assert list(people) == ["Juan Carlos Escotet"]
    assert "JUAN CARLOS ESCOTET" in people["Juan Carlos Escotet"]


# --- what a role is of --------------------------------------------------------------------------


@pytest.mark.model
def test_the_organisation_of_a_role_before_its_holder(es_full: Language) -> None:
    found = entities(es_full, "La presidenta de Telvia, María José Ortega, firmó el acuerdo.")
    assert found["Telvia"] == ("org", ("cue:role_of_org",))
    assert found["María José Ortega"][0] == "person"


@pytest.mark.model
def test_a_country_city_or_portfolio_of_a_role_is_no_organisation(es_full: Language) -> None:
    found = entities(es_full, (
        "El presidente de Colombia, Gustavo Petro, habló. El alcalde de Bogotá, Carlos "
        "Galán, inauguró la sede. El ministro de Economía, Carlos Cuerpo, aprobó la venta."
    ))
    assert not {"Colombia", "Bogotá", "Economía"} & set(found)
    assert {"Gustavo Petro", "Carlos Galán", "Carlos Cuerpo"} <= set(found)


@pytest.mark.model
@pytest.mark.parametrize("text,name", [
    ("El equipo de Valero Ordóñez rompió el partido en la segunda mitad.", "Valero Ordóñez"),
    ("Como contó ante un grupo de periodistas Pilar Quiroga, la feria acabó bien.",
     "Pilar Quiroga"),
])
def test_whose_group_it_is_stays_a_person(es_full: Language, text: str, name: str) -> None:
    # "el equipo de X" is X's team; "un grupo de periodistas" is a group of people.
    assert entities(es_full, text)[name][0] == "person"


@pytest.mark.model
def test_a_portfolio_of_a_country_is_no_organisation(es_full: Language) -> None:
    found = entities(es_full, (
        "El secretario de Finanzas de Chile, Tomás Urrutia, celebró el acuerdo. "
        "El presidente de la Comunidad de Madrid, Andrés Peñarroya, intervino."
    ))
    assert not [n for n in found if "Finanzas" in n or "Comunidad" in n]


# --- lists and places ------------------------------------------------------------------------


@pytest.mark.model
def test_a_name_read_as_a_place_among_companies_is_a_company(es_full: Language) -> None:
    found = entities(es_full, "Mercadona, Lidl y Carrefour lideran el mercado de la alimentación.")
    assert found["Mercadona"] == ("org", ("ner:LOC", "orgs:list"))


@pytest.mark.model
def test_places_listed_beside_one_company_stay_places(es_full: Language) -> None:
    found = entities(es_full, (
        "La empresa tiene oficinas en Bogotá, Lima y Quito, y clientes como Repsol."
    ))
    assert not {"Bogotá", "Lima", "Quito"} & set(found)
    assert found["Repsol"][0] == "org"


@pytest.mark.model
def test_a_facility_is_no_company(es_full: Language) -> None:
    found = entities(es_full, (
        "La final se jugó ayer en el estadio de la Cartuja de Sevilla. "
        "Llovió toda la tarde sobre Sevilla."
    ))
    assert not [n for n in found if "Cartuja" in n or n == "Sevilla"]


@pytest.mark.model
def test_a_headings_label_is_no_name(es_full: Language) -> None:
    found = entities(es_full, "Amistoso: Lautaro, 2 - Quillota, 1. Goles: 1-0, M.12: Rivas.")
    assert "Goles" not in found


@pytest.mark.model
def test_se_before_a_verb_in_a_headline_is_no_legal_form(es_full: Language) -> None:
    found = entities(es_full, (
        "LOS ALCALDES DE LA COMARCA SE REUNEN EN TORREVIEJA\n"
        "Torrevieja (Agencia Sur).\n"
        "Los alcaldes se reunieron ayer."
    ))
    assert not [n for n in found if "REUNEN" in n or "ALCALDES" in n]
    found = entities(es_full, "Corvalia SE compró la empresa alemana.")
    assert found["Corvalia"] == ("org", ("cue:legal_form",))


@pytest.mark.model
def test_a_role_in_a_headline_before_common_words_names_no_person(es_full: Language) -> None:
    found = entities(es_full, (
        "CONSEJERO TURISMO PRESIDE REUNION DE LA MESA DEL SECTOR\n"
        "Sevilla (EFE).\n"
        "El consejero presidió ayer la reunión."
    ))
    assert not [n for n, (kind, _) in found.items() if kind == "person"]


# --- articles and names --------------------------------------------------------------------


@pytest.mark.model
def test_an_article_opening_a_sentence_before_a_club_or_group_is_not_the_name(
    es_full: Language
) -> None:
    found = entities(es_full, (
        "Previa.\nEl FC Osorno se ha proclamado campeón. El Grupo Telvia ganó dinero."
    ))
    assert "FC Osorno" in found and "El FC Osorno" not in found
    assert "Grupo Telvia" in found


@pytest.mark.model
def test_an_article_capitalised_inside_a_sentence_is_the_names(es_full: Language) -> None:
    doc = es_full("La compra de El Corte Inglés se cerró ayer. El Corte Inglés ganó dinero.")
    orgs = {e.name: e.aliases for e in doc._.kg_entities if e.kind == "org"}
    assert list(orgs) == ["El Corte Inglés"]


@pytest.mark.model
def test_particles_stay_inside_a_name_in_a_headline(es_full: Language) -> None:
    found = entities(es_full, (
        "JOSE MANUEL DE LA SOTA PRESENTARA SU CANDIDATURA\n"
        "Córdoba (EFE).\n"
        "El gobernador habló ayer."
    ))
    assert [n for n, (kind, _) in found.items() if kind == "person"] == ["JOSE MANUEL DE LA SOTA"]


@pytest.mark.model
def test_whose_accounts_and_results_is_a_company(es_full: Language) -> None:
    found = entities(es_full, (
        "Además, Brivo recibirá una deuda. La venta tendrá un impacto sobre las cuentas "
        "de Brivo de 2023. Los resultados de Telvia mejoraron."
    ))
    assert found["Brivo"][0] == found["Telvia"][0] == "org"
    assert "cue:owner" in found["Telvia"][1]
