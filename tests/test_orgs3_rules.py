"""Spanish organisations, third round: names the model took for places or works that
open with a venue, event or text noun stay what they are (``retype._company_names``
through ``not_company_heads``); a capitals headline is no results table and the place it
runs into is the dateline's (``lines``, ``labels``); a city GeoNames knows keeps its
place label when the model is split on it (``sense``). Every sentence is written for
these tests."""

from __future__ import annotations

import spacy
from spacy.language import Language

from kg.entities.context import _P_MODEL, _Cand
from kg.entities.sense import _labels, _places


def orgs(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    """The organisations kg publishes for a text: name → aliases."""
    return {e.name: e.aliases for e in nlp(text)._.kg_entities if e.kind == "org"}


# ------------------------------------------------------- venues, events and texts


def test_venue_is_no_company(es: Language) -> None:
    found = orgs(es, "El concierto se celebró anoche en el Auditorio Municipal de Lugo "
                     "ante dos mil personas.")
    assert "Auditorio Municipal de Lugo" not in found
    found = orgs(es, "La final se jugará en el Estadio Olímpico de Sevilla el próximo sábado.")
    assert "Estadio Olímpico de Sevilla" not in found
    found = orgs(es, "El tenor cantó en la Puerta del Sol ante miles de vecinos.")
    assert "Puerta del Sol" not in found


def test_trophies_in_the_plural_are_no_companies(es: Language) -> None:
    found = orgs(es, "El club de balonmano suma ya seis Copas del Rey y cuatro Ligas "
                     "Asobal en su historia.")
    assert not {"Copas del Rey", "Ligas Asobal"} & set(found)


def test_declaration_is_no_company(es: Language) -> None:
    found = orgs(es, "Los ministros firmarán el viernes la Declaración de Quito, que "
                     "recoge veinte compromisos.")
    assert "Declaración de Quito" not in found


# ----------------------------------------------------------- headlines in capitals


def test_capitals_headline_with_a_figure_is_no_results_table(es: Language) -> None:
    text = ("(AB1234) MAS DE 300 FAMILIAS RECIBIRAN AYUDAS POR LAS INUNDACIONES\n"
            "Valencia, 12 mar (EFE).\n"
            "El Ayuntamiento repartirá ayudas a las familias afectadas.")
    found = orgs(es, text)
    assert "MAS DE" not in found
    assert "Ayuntamiento de Valencia" in found


def test_results_table_keeps_its_teams(es: Language) -> None:
    text = ("Resultados de la jornada:\n"
            "REAL OVIEDO 2 - RAYO VALLECANO 1\n"
            "Lugo 0 - Burgos 3")
    found = orgs(es, text)
    assert {"REAL OVIEDO", "RAYO VALLECANO", "Lugo", "Burgos"} <= set(found)


def test_city_a_capitals_headline_runs_into_is_the_dateline(es: Language) -> None:
    text = ("ELECCIONES OPOSICION DENUNCIA FRAUDE EN RECUENTO DE VOTOS Caracas (EFE).\n"
            "La oposición pidió repetir el recuento en tres estados.")
    found = orgs(es, text)
    assert "Caracas" not in found
    assert "Agencia EFE" in found


# ------------------------------------------------------------ one sense of a city


def test_city_split_between_place_and_organisation_stays_a_place(es: Language) -> None:
    doc = spacy.blank("es")("Rosario , 4 may . Informó en Rosario el Servicio Nacional .")
    chosen = [_Cand(0, 1, "LOC", _P_MODEL), _Cand(7, 8, "ORG", _P_MODEL)]
    kn = es.get_pipe("kg_entities").knowledge
    label_of, _ = _labels(doc, chosen, _places(kn, doc, chosen))
    assert label_of["Rosario"] == "LOC"


def test_company_split_between_place_and_organisation_is_an_organisation(
        es: Language) -> None:
    doc = spacy.blank("es")("Vendió Acmeria a Lorbex . Acmeria cotiza .")
    chosen = [_Cand(1, 2, "LOC", _P_MODEL), _Cand(5, 6, "ORG", _P_MODEL)]
    kn = es.get_pipe("kg_entities").knowledge
    label_of, _ = _labels(doc, chosen, _places(kn, doc, chosen))
    assert label_of["Acmeria"] == "ORG"


# ------------------------------------------------- a state body and its region


def test_regional_government_by_its_adjective(es: Language) -> None:
    found = orgs(es, "El Govern balear aprobó hoy el plan de costas, y el Ejecutivo "
                     "andaluz estudia otro parecido.")
    assert "Govern balear" in found
    assert "Ejecutivo andaluz" in found


def test_regional_government_without_dateline(es: Language) -> None:
    ents = es("Los diputados estudian el proyecto remitido por el Gobierno extremeño "
              "la semana pasada.")._.kg_entities
    government = next(e for e in ents if e.name == "Gobierno extremeño")
    # The mention is the capitalised head, as for a nationality.
    assert [m.text for m in government.mentions] == ["Gobierno"]


def test_national_congress_by_its_nationality(es: Language) -> None:
    found = orgs(es, "La ley fue aprobada por el Congreso peruano con 70 votos a favor.")
    assert "Congreso peruano" in found


def test_surname_after_a_state_head_is_no_region(es: Language) -> None:
    # "Navarro" capitalised is a surname, not the region's adjective.
    found = orgs(es, "El portavoz del Gobierno Navarro Pérez dijo que la reforma esperará.")
    assert "Gobierno Navarro" not in found


# ------------------------------------------------ a headline run into a dateline


def test_bare_junta_of_a_dateline_after_a_capitals_headline(es: Language) -> None:
    text = ("(XY1234) AGRICULTORES PIDEN AYUDAS POR LA SEQUIA Huelva (EFE).\n"
            "-\n"
            "Los agricultores se reunieron ayer con el jefe de la Junta, Tomás Vela, "
            "para reclamar ayudas por las cosechas perdidas.")
    assert "Junta de Andalucía" in orgs(es, text)


# ---------------------------------------------------------------- stock indexes


def test_index_moving_in_points_is_no_organisation(es: Language) -> None:
    text = ("En una jornada de fuertes ventas el Nasdaq perdió 120,35 puntos y quedó "
            "en 3.240,12.\n"
            "Las acciones de Acme cotizan en el Nasdaq desde 1999.")
    found = orgs(es, text)
    assert "Nasdaq" not in found
    assert "Acme" in found


def test_name_after_an_index_noun_is_no_organisation(es: Language) -> None:
    found = orgs(es, "Según las cifras de cierre, el promedio Dow Jones de Transportes, el "
                     "más seguido por los inversores, perdió 35,20 puntos.")
    assert not any("Dow Jones" in name for name in found)


def test_exchange_where_a_company_lists_stays_an_organisation(es: Language) -> None:
    found = orgs(es, "Acme salió a bolsa en el Nasdaq en marzo y recaudó 300 millones "
                     "de dólares.")
    assert "Nasdaq" in found


def test_points_of_a_rate_or_a_poll_are_no_index(es: Language) -> None:
    assert "Banco Central Europeo" in orgs(
        es, "El Banco Central Europeo subió 25 puntos básicos los tipos de interés.")
    assert "Partido Popular" in orgs(
        es, "El Partido Popular ganó cinco puntos en la última encuesta.")
    assert "Bolsa de Lima" in orgs(
        es, "La Bolsa de Lima cerró la sesión con una baja de 120,40 puntos.")


# ------------------------------------------- a lone name the article never introduces


def _retyped_alone(es: Language, text: str, word: str) -> str:
    """The label ``_retype`` gives ``word`` of ``text`` when the model read it as the
    article's only one-word person."""
    from kg.entities.retype import _retype

    doc = es(text)
    i = next(t.i for t in doc if t.text == word)
    kn = es.get_pipe("kg_entities").knowledge
    caps = [t.text[:1].isupper() for t in doc]
    out = _retype(kn, doc, [_Cand(i, i + 1, "PER", _P_MODEL)], caps)
    return out[0].label if out else ""


def test_unintroduced_name_that_speaks_stays_a_person(es: Language) -> None:
    assert _retyped_alone(es, "Los ciudadanos, según Cabrales, perciben un cambio.",
                          "Cabrales") == "PER"
    assert _retyped_alone(es, "La reforma llegará pronto, subrayó Cabrales en la rueda "
                              "de prensa.", "Cabrales") == "PER"


def test_unintroduced_place_is_a_place(es: Language) -> None:
    assert _retyped_alone(es, "El cantante, que vivió muchos años en Yucatán, actuará "
                              "en mayo.", "Yucatán") == "LOC"


def test_unintroduced_name_of_an_owner_is_an_organisation(es: Language) -> None:
    assert _retyped_alone(es, "Los trabajadores protestaron ante las plantas de Danone "
                              "en el sur.", "Danone") == "ORG"


def test_capitals_headline_opening_with_a_pronoun_is_no_results_table(
        es: Language) -> None:
    text = ("(AB1234) LE PIDEN 8 AÑOS POR ROBAR UN COCHE\n"
            "Lugo, 2 may (EFE).\n"
            "El fiscal pidió la pena para el acusado.")
    assert "LE PIDEN" not in orgs(es, text)
    text = "Resultados:\nLAS PALMAS 2 - EL EJIDO 1"
    assert {"LAS PALMAS", "EL EJIDO"} <= set(orgs(es, text))


# ------------------------------------------- a name after the sentence's first article


def _mentions(nlp: Language, text: str, name: str) -> list[str]:
    return next(
        [m.text for m in e.mentions] for e in nlp(text)._.kg_entities if e.name == name)


def test_acronym_after_the_opening_article_is_a_mention(es: Language) -> None:
    text = ("El presidente del Consejo Nacional de Arbitraje (CNA), Luis Moreno, revisará "
            "el caso.\nEl CNA decidirá mañana, jueves, si acepta la demanda.")
    assert _mentions(es, text, "Consejo Nacional de Arbitraje").count("CNA") == 2


def test_model_name_run_into_the_opening_article_loses_it(es: Language) -> None:
    text = ("La ministra visitó ayer la sede de la Organización Andina de Comercio (OAC).\n"
            "La OAC y la patronal firmaron un acuerdo para reducir aranceles.")
    assert _mentions(es, text, "Organización Andina de Comercio").count("OAC") == 2


def test_roman_numeral_alone_is_no_name(es: Language) -> None:
    ents = es("El rey Alfonso XIII inauguró el palacio en 1912.\n"
              "La XIII edición del festival reunió a miles de personas.")._.kg_entities
    assert all(m.text != "XIII" for e in ents for m in e.mentions)


# ------------------------------------------------ royal charters and given names


def test_royal_charter_opens_the_name(es: Language) -> None:
    found = orgs(es, "La regata, patrocinada por la Real Federación Española de Vela y por "
                     "el Ayuntamiento, empieza el lunes.")
    assert "Real Federación Española de Vela" in found
    assert "Real" not in found


def test_given_name_that_is_a_common_noun_opens_a_person(es: Language) -> None:
    ents = es("En el concierto intervinieron la soprano Milagros Vidal y el tenor "
              "Aquiles Soto.")._.kg_entities
    assert ("person", "Milagros Vidal") in {(e.kind, e.name) for e in ents}


# ------------------------------------------------------------------ match reports


def test_national_side_met_is_a_team(es: Language) -> None:
    found = orgs(es, "La selección ganó el partido amistoso con dos goles. El equipo jugará "
                     "la próxima jornada contra Bolivia, y el sábado frente a Paraguay, "
                     "según el entrenador.")
    assert {"Bolivia", "Paraguay"} <= set(found)


def test_sponsor_and_club_are_one_side() -> None:
    from kg.entities.sports import _sponsored_sides

    doc = spacy.blank("es")("Telvia Getafe 81 - FC Norte BM Sur 77")
    chosen = [_Cand(0, 1, "ORG", 4), _Cand(1, 2, "ORG", 1), _Cand(4, 6, "ORG", 1),
              _Cand(6, 8, "ORG", 1)]
    sides = [(c.start, c.end) for c in _sponsored_sides(doc, chosen)]
    # Two clubs, each opening with its kind, stay two.
    assert sides == [(0, 2), (4, 6), (6, 8)]


# ---------------------------------------------------- long institution names


def test_institution_name_goes_on_with_its_purpose(es: Language) -> None:
    found = orgs(es, "Luis Ortega, portavoz del Consejo por la Vivienda Digna, reclamó "
                     "ayudas.")
    assert "Consejo por la Vivienda Digna" in found
    found = orgs(es, "La Comisión contra el Fraude Fiscal multó hoy a tres empresas.")
    assert "Comisión contra el Fraude Fiscal" in found


def test_descriptive_name_goes_on_with_whose_it_is(es: Language) -> None:
    found = orgs(es, "El concierto contó con la Orquesta Sinfónica de RTVE, dirigida por "
                     "Luis Soto.")
    assert "Orquesta Sinfónica de RTVE" in found
    assert "Orquesta Sinfónica" not in found


def test_agent_after_por_is_another_organisation(es: Language) -> None:
    found = orgs(es, "La absorción de Caja Rural del Turia por Caja Levante se cerrará en "
                     "junio.")
    assert {"Caja Rural del Turia", "Caja Levante"} <= set(found)


def test_headline_capitals_give_way_to_the_running_text_name(es: Language) -> None:
    ents = es("ACMERA COMPRA LORBEX POR 90 MILLONES\n\nLa teleco Acmera ha comprado la "
              "tecnológica Lorbex por 90 millones de euros.")._.kg_entities
    assert "Lorbex" in {e.name for e in ents}
    assert "LORBEX" not in {e.name for e in ents}


def test_dateline_place_stays_a_place_beside_its_club(es: Language) -> None:
    text = ("Parma (Italia), 23 may (EFE).\n"
            "El Parma ganó el partido por dos goles a uno, y el entrenador del Parma "
            "celebró el triunfo ante su afición.")
    club = next(e for e in es(text)._.kg_entities if e.name == "Parma")
    assert len(club.mentions) == 2
    assert all(m.start > 30 for m in club.mentions)  # not the dateline's


def test_place_after_a_venue_noun_and_article_is_no_club(es: Language) -> None:
    found = orgs(es, "Los vecinos se concentraron ayer en la plaza del Rosal para pedir "
                     "más autobuses.")
    assert "Rosal" not in found
    found = orgs(es, "El delantero, que jugó en el Sabadell, ha firmado por el Zamora.")
    assert "Zamora" in found
