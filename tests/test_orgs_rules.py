"""Organisations in general news: sides of a match named by their place
(``kg.entities.sports``) and bare institutions of the dateline's country or city
(``kg.entities.institutions``). Every sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language

from kg.entities.institutions import city_country, dateline_place, spanish_country


def orgs(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    """The organisations kg publishes for a text: name → aliases."""
    return {e.name: e.aliases for e in nlp(text)._.kg_entities if e.kind == "org"}


# --------------------------------------------------------------------------- sports


def test_score_line_sides_are_teams(es: Language) -> None:
    text = ("Partido de liga disputado ayer en el estadio municipal.\n"
            "Zamora, 2 - Soria, 1.\n"
            "Goles: 1-0, m.12: Pardo. 2-0, m.40: Ruiz. 2-1, m.77: Olmos.\n"
            "El entrenador del Zamora celebró la victoria de su equipo.")
    found = orgs(es, text)
    assert "Zamora" in found and "Soria" in found


def test_player_club_in_brackets_is_a_team(es: Language) -> None:
    text = ("Sanciones de la jornada de liga tras los partidos del domingo.\n"
            "Un partido de suspensión por doble amonestación a Andrés Molina (Cuenca) "
            "y a Tomás Ribas (Logroño), según el comité de competición.")
    found = orgs(es, text)
    assert "Cuenca" in found and "Logroño" in found


def test_english_county_that_beat_another_is_a_team(en: Language) -> None:
    text = ("Kent beat Essex by six wickets on Tuesday to go top of the county "
            "championship.\nKent's bowlers took eight wickets in the match and the "
            "coach praised the team after the game.")
    assert "Kent" in orgs(en, text)


def test_english_national_side_stays_a_place(en: Language) -> None:
    # English news (and CoNLL-2003) keeps a country that plays as a place.
    text = ("Peru beat Chile 3-1 in a friendly match on Sunday.\nThe coach said "
            "the team played its best game of the season and both goals came late.")
    found = orgs(en, text)
    assert "Peru" not in found and "Chile" not in found


def test_place_outside_a_match_report_stays_a_place(es: Language) -> None:
    text = ("El pleno de Zamora aprobó ayer el presupuesto municipal.\nLa ciudad de "
            "Soria estudia un plan parecido para el próximo año.")
    found = orgs(es, text)
    assert "Zamora" not in found and "Soria" not in found


def test_venue_after_a_locative_is_no_team(es: Language) -> None:
    text = ("Liga de fútbol, jornada 30.\nZamora, 2 - Soria, 1.\n"
            "El Zamora jugará el próximo partido en Soria ante el líder del grupo.")
    found = orgs(es, text)
    assert "Zamora" in found
    # "Soria" is a team in the score line; "en Soria" stays the venue, and is no
    # mention of the team.
    soria = [m for e in es(text)._.kg_entities if e.name == "Soria" for m in e.mentions]
    assert all(text[m.start - 3:m.start] != "en " for m in soria)


# ---------------------------------------------------------------------- institutions


def test_dateline_place_is_read() -> None:
    assert dateline_place(_doc("Lima, 23 may (EFE).\nEl Gobierno aprobó hoy.")) == \
        ("Lima", None)
    assert dateline_place(_doc("Linz (Austria), 14 jun (EFE).\nTexto.")) == \
        ("Linz", "Austria")
    assert dateline_place(_doc("El Gobierno aprobó hoy un plan.")) is None


def test_city_country_prefers_a_country_the_article_names() -> None:
    assert city_country("Lima") == "PE"
    assert city_country("Mérida", frozenset({"ES"})) == "ES"
    assert spanish_country("PE") == "Perú"
    assert city_country("Ciudad Que No Existe") is None


def test_bare_government_is_the_dateline_country(es: Language) -> None:
    text = ("Lima, 4 feb (EFE).\nEl Gobierno aprobó hoy un plan de riego para los "
            "valles del sur.\nEl Parlamento debatirá la propuesta la próxima semana.")
    found = orgs(es, text)
    assert found.get("Gobierno de Perú") == ("Gobierno",)
    assert found.get("Parlamento de Perú") == ("Parlamento",)


def test_bare_council_is_the_dateline_city(es: Language) -> None:
    text = ("Mérida, 4 feb (EFE).\nEl Ayuntamiento cerrará el mercado central en "
            "agosto, y la Junta de Extremadura pagará las obras.")
    assert "Ayuntamiento de Mérida" in orgs(es, text)


def test_bare_government_without_dateline_stays_unresolved(es: Language) -> None:
    text = "El Gobierno aprobó hoy un plan de riego para los valles del sur."
    assert not any(name.startswith("Gobierno") for name in orgs(es, text))


def test_government_named_in_full_wins_over_the_dateline(es: Language) -> None:
    text = ("Lima, 4 feb (EFE).\nEl Gobierno de Chile firmó hoy un acuerdo de pesca. "
            "El Gobierno lo anunció en un comunicado.")
    found = orgs(es, text)
    assert "Gobierno de Perú" not in found and "Gobierno de Chile" in found


def _doc(text: str):  # type: ignore[no-untyped-def]
    import spacy

    return spacy.blank("es")(text)
