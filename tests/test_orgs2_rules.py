"""Spanish organisations, second round: regional and provincial institutions of a story
filed from Spain (``kg.entities.institutions``), clubs named by their kind's
abbreviation and competitions in match reports (``kg.entities.sports``), and story
codes that are no names (``kg.entities.labels``). Every sentence is written for these
tests."""

from __future__ import annotations

from spacy.language import Language

from kg.entities.institutions import spanish_region


def orgs(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    """The organisations kg publishes for a text: name → aliases."""
    return {e.name: e.aliases for e in nlp(text)._.kg_entities if e.kind == "org"}


# --------------------------------------------------------------- regional institutions


def test_spanish_region_of_a_dateline_city() -> None:
    assert spanish_region("la Junta aprobó el plan", "Sevilla") == "Andalucía"
    # Mérida is not a province's capital: it shares Badajoz's region.
    assert spanish_region("la Junta aprobó el plan", "Mérida") == "Extremadura"
    assert spanish_region("la Xunta aprobó el plan", "Vigo") == "Galicia"
    # An autonomous city is no autonomous community.
    assert spanish_region("el Gobierno aprobó el plan", "Ceuta") is None


def test_spanish_region_the_text_names_wins() -> None:
    # The only region the story names is the one its bare Govern belongs to.
    assert spanish_region("el Govern de Baleares aprobó el plan", None) == "Islas Baleares"
    assert spanish_region("la Generalitat y la Xunta de Galicia", "Barcelona") == "Galicia"
    # Two regions named, neither the dateline's: which one is unsaid.
    assert spanish_region("Galicia y Aragón firmaron", "Sevilla") is None
    # A region's short name that is also a city ("Madrid") does not name the region.
    assert spanish_region("viajó a Madrid", "Sevilla") == "Andalucía"


def test_bare_junta_of_a_story_filed_from_a_spanish_city(es: Language) -> None:
    text = ("Valladolid, 3 feb (EFE). - La Junta y la Diputación firmaron hoy un "
            "convenio para reparar caminos rurales, informó el presidente de la "
            "Diputación, Luis Moreno.")
    found = orgs(es, text)
    assert "Junta de Castilla y León" in found
    assert "Diputación de Valladolid" in found
    assert "Junta" not in found


def test_bare_govern_of_a_story_naming_its_region(es: Language) -> None:
    text = ("Palma, 14 abr (EFE). - El Govern aprobará el plan de costas de Baleares "
            "antes del verano, según la consejera de Medio Ambiente, Marta Vidal.\n"
            "La patronal hotelera pidió al Govern que retire la tasa.")
    assert "Govern de Islas Baleares" in orgs(es, text)


def test_bare_junta_of_a_story_filed_abroad_stays_unresolved(es: Language) -> None:
    text = ("Lima, 9 jul (EFE). - La Junta de accionistas aprobó hoy las cuentas, y la "
            "Junta se reunirá de nuevo en otoño.")
    found = orgs(es, text)
    assert not any(name.startswith("Junta de Andalucía") for name in found)
    assert "Junta" not in found


# --------------------------------------------------------------------- sports tables


def test_club_kind_abbreviations_in_a_table_of_capitals(es: Language) -> None:
    text = ("Campeones del campeonato de liga de balonmano en las últimas temporadas: "
            "1988 FC BARCELONA BM CALDAS 1989 BM. GRANADA CB. TORRELAVEGA 1990 FC "
            "BARCELONA CD ALMERIA.\n"
            "El CD Numancia ganó 2-1 al Logroñés en el partido de liga.")
    found = orgs(es, text)
    for name in ("FC BARCELONA", "BM CALDAS", "BM. GRANADA", "CB. TORRELAVEGA",
                 "CD ALMERIA", "CD Numancia"):
        assert name in found, name
    assert "FC BARCELONA BM CALDAS" not in found


def test_club_kind_outside_a_match_report_is_left_to_the_model(es: Language) -> None:
    text = "La empresa presentó hoy su nuevo modelo CA ABIERTO en la feria de Lyon."
    assert "CA ABIERTO" not in orgs(es, text)


def test_competition_is_no_organisation_in_a_match_report(es: Language) -> None:
    text = ("El Almería se proclamó campeón de la Liga Cántabra de balonmano tras ganar "
            "2-1 el último partido de la temporada, y jugará la Copa Ibérica.")
    found = orgs(es, text)
    assert not any(name.startswith(("Liga", "Copa")) for name in found)


def test_story_code_is_no_organisation(es: Language) -> None:
    text = ("( MD2071 ) EL AYUNTAMIENTO APRUEBA EL PRESUPUESTO Toledo ( EFE ) .\n"
            "El Ayuntamiento de Toledo aprobó hoy el presupuesto de la ciudad.")
    found = orgs(es, text)
    assert "MD2071" not in found


# ------------------------------------------------------------------ state bodies


def test_state_body_name_is_its_capitalised_head(es: Language) -> None:
    text = ("Madrid, 2 may (EFE). - El Gobierno colombiano vendió hoy su participación en "
            "la eléctrica Luz del Valle a la española Iberia Energía.")
    entity = next(e for e in es(text)._.kg_entities if e.name == "Gobierno colombiano")
    # The nationality says whose; the name written is "Gobierno".
    assert [s.text for s in entity.mentions] == ["Gobierno"]


def test_branch_of_state_is_an_organisation(es: Language) -> None:
    found = orgs(es, "La ley fue aprobada por el Poder Legislativo y recurrida ante el "
                     "Poder Judicial.")
    assert "Poder Legislativo" in found and "Poder Judicial" in found
    assert not orgs(es, "Poder votar es un derecho de todos.")
