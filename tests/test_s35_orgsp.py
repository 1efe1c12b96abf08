"""Session 35, helper orgsp (issue #13): organisations that are not organisations.

- A lone "person" the article never introduces is read as a company
  (``kg.entities.retype.unintroduced``) except where the noun before it says what it
  names (``_named_by_noun``): a facility's or a site's noun ("la estación Vallehermoso",
  "su unidad Quilcata", "el horno de Tiquipa") names a place, a noun of kin with "de"
  after a definite determiner ("la familia de Yeray") a person ("una familia de Calatorao"
  comes from a town).
- A Latin American dateline's stop and dash written as one word ("LIMA.- Equipo de
  ...") opens a sentence (``kg.entities.runs._opens_sentence``): the common word after
  it is no name.
- Common words shouted in capitals ("FAIR AND REASONABLE", "COPIED IN WHOLE") are
  no organisation (``kg.entities.retype.shouted_common_words``); a name in capitals
  beside them stays ("KESTREL AND BP AGREE").
- A one-word "organisation" that is a person's role ("firma el Juez, Lic. ...") is no
  name (``kg.entities.retype.role_word``); "Defensa" for its ministry stays.
- A word with an inner capital after "on" or after "de" and a noun of what a network
  holds ("cadenas de WhatsApp") is the network, not a company
  (``kg.entities.retype.medium_name``); the same word bought in a deal stays one.
- A name opened by a landform's head in the plural or a hill's ("los Valles X", "los
  Llanos X", "el Cerro X") is a place (``landform_heads`` in ``lexicon/entities.toml``,
  read as ``NOT_COMPANY_HEADS``), not a company the model's place was taken for.
- English: a name after a possessive and before a site's noun ("their Geelong looms")
  is the site's (``kg.entities.retype.brand_name``, now with mills and looms);
  a city the model took for a company before a kind of firm ("a Halifax outfit",
  "Hobart fund manager X") is the place (``kg.entities.retype.city_modifier``); "its
  Hitachi contract" and "a Toyota spokesman" keep the company.
- Spanish: a name with "el" after a word of standing by something ("junto al Tormes",
  "bajo los arcos del Puentecillo") is a river's or a monument's, not a club's or a
  company's (``kg.entities.cues._place_complement``); "la afición del X" stays a club.
- An honorific the model took for an organisation before a name ("Hon. Lamin Sowe")
  is none (``kg.entities.retype.not_a_name``); a subject of common words after a
  teacher's or a degree's noun ("profesor de Economía Aplicada", "a lecturer in
  Corporate Finance") is no organisation (``kg.entities.retype.taught_subject``); "profesor
  de la Escuela de Negocios del X" keeps the school.
"""

from __future__ import annotations

from spacy.language import Language


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.kind for e in nlp(text)._.kg_entities}


def _orgs(nlp: Language, text: str) -> set[str]:
    return {name for name, kind in _kinds(nlp, text).items() if kind == "org"}


# -- a lone name the noun before it names -----------------------------------------------


def test_station_named_in_apposition_is_no_company(es: Language) -> None:
    text = "Desde la estación Aranda-Chelva hay autobuses al centro cada 20 minutos."
    assert "Aranda-Chelva" not in _orgs(es, text)


def test_mining_unit_named_in_apposition_is_no_company(es: Language) -> None:
    text = "La compañía prevé duplicar la producción de su unidad Antacocha en 2027."
    assert "Antacocha" not in _orgs(es, text)


def test_kiln_of_a_town_is_no_company(es: Language) -> None:
    text = "El préstamo financiará la ampliación del horno de Chucura hasta 2028."
    assert "Chucura" not in _orgs(es, text)


def test_family_of_a_child_is_a_person(es: Language) -> None:
    kinds = _kinds(es, "Se llevó la cesta la familia de Yeray, de cuarto curso.")
    assert kinds.get("Yeray") != "org"


def test_family_from_a_town_is_no_person(es: Language) -> None:
    # near miss: "una familia de X" comes from a town; the kin rule keeps no person
    text = ("Harinas del Cierzo, que fundó en 1931 una familia de Calatorao, la ha vendido "
            "su dueño a Molinos Jalón por 9 millones de euros.")
    assert _kinds(es, text).get("Calatorao") != "person"


def test_plants_of_a_company_still_name_the_company(es: Language) -> None:
    # near miss: "las plantas de X" owns plants; no facility noun in the singular
    text = "Sintra compró las plantas de Danelia en Galicia por 50 millones."
    assert "Danelia" in _orgs(es, text)


def test_company_bought_by_a_group_stays_a_company(es: Language) -> None:
    # near miss: an unintroduced name with no noun before it
    text = "Brunix pasó a manos del fondo sueco Norrvik tras una subasta en 2024."
    assert "Brunix" in _orgs(es, text)


# -- a dateline's stop and dash -----------------------------------------------------------


def test_common_word_after_joined_dateline_dash_is_no_name(es: Language) -> None:
    text = "VALDIVIA.- Equipo de Sur Austral | Jueves 5 de marzo de 2026 | 11:40 hrs."
    assert "Equipo" not in _orgs(es, text)


def test_company_after_joined_dateline_dash_stays(es: Language) -> None:
    # near miss: a company's name after the dateline
    text = "TALCA.- Frutícola Lontué compró la planta de Cerro Nevado por 12 millones."
    assert "Frutícola Lontué" in _orgs(es, text)


# -- common words shouted -------------------------------------------------------------------


def test_shouted_opinion_is_no_organisation(en: Language) -> None:
    text = ("In our opinion the price offered to minority holders is FAIR AND "
            "REASONABLE, and we so advise the board.")
    orgs = _orgs(en, text)
    assert "FAIR" not in orgs and "REASONABLE" not in orgs


def test_shouted_legend_is_no_organisation(en: Language) -> None:
    text = ("IMPORTANT: THIS NOTICE MAY NOT BE COPIED OR SENT ON, IN WHOLE OR IN PART, "
            "TO ANY OTHER PERSON.\n\n"
            "Tarrow Mills plc has agreed to buy Glenbrook Dairies for £40 million.")
    assert "WHOLE" not in _orgs(en, text)


def test_company_in_a_shouted_headline_stays(en: Language) -> None:
    # near miss: a name in capitals no dictionary has, beside shouted words
    text = "SHELL AND BP AGREE ON ASSET SWAP"
    assert "SHELL" in _orgs(en, text)


# -- roles and pronouns ---------------------------------------------------------------------


def test_judge_before_his_name_is_no_organisation(es: Language) -> None:
    text = ("Visto el escrito, se admite la demanda y lo firma el Juez, Lic. Ramiro "
            "Olvera Cuesta, ante la secretaria.")
    assert "Juez" not in _orgs(es, text)


def test_ministry_called_by_its_portfolio_stays(es: Language) -> None:
    # near miss: "Defensa" names the ministry
    text = "Defensa adjudicó el contrato a Astilleros Carral por 300 millones."
    assert "Defensa" in _orgs(es, text)


# -- a network a message goes by --------------------------------------------------------------


def test_network_after_chain_noun_is_no_company(es: Language) -> None:
    text = "La falsa noticia se movió por cadenas de WhatsApp durante el puente."
    assert "WhatsApp" not in _orgs(es, text)


def test_network_after_on_is_no_company(en: Language) -> None:
    assert "WhatsApp" not in _orgs(en, "Get our morning briefing on WhatsApp every weekday.")


def test_network_bought_stays_a_company(en: Language) -> None:
    # near miss: the network's company is what a deal buys
    assert "WhatsApp" in _orgs(en, "Facebook agreed to buy WhatsApp for $19 billion in 2014.")


# -- a landform's plural head -----------------------------------------------------------------


def test_valleys_named_are_a_place(es: Language) -> None:
    text = "Los viñedos de la empresa están repartidos por los Valles Altiplánicos del norte."
    assert "Valles Altiplánicos" not in _orgs(es, text)


def test_plains_named_are_a_place(es: Language) -> None:
    text = "La Cooperativa Ganadera Sur agrupa a criadores de los Llanos Orientales."
    orgs = _orgs(es, text)
    assert "Llanos Orientales" not in orgs and "Cooperativa Ganadera Sur" in orgs


# -- a city before the premises it places -------------------------------------------------------


def test_city_of_their_looms_is_a_place(en: Language) -> None:
    text = "The group said it would close their Geelong looms by March."
    assert "Geelong" not in _orgs(en, text)


def test_company_named_like_a_city_before_a_contract_stays(en: Language) -> None:
    # near miss: "its X contract" is a contract with X, no premises X places
    orgs = _orgs(en, "Toyota said its Hitachi contract would be renewed.")
    assert "Hitachi" in orgs and "Toyota" in orgs


def test_company_named_like_a_city_before_its_spokesman_stays(en: Language) -> None:
    # near miss: a spokesman is no kind of firm
    assert "Toyota" in _orgs(en, "A Toyota spokesman said the carmaker would cut output.")


def test_city_before_a_kind_of_firm_is_a_place(en: Language) -> None:
    text = "On Monday, Perth fund manager Jarrah Partners said it had sold out."
    orgs = _orgs(en, text)
    assert "Perth" not in orgs and "Jarrah Partners" in orgs


# -- a river or a monument after a word of standing by it ---------------------------------------


def test_river_beside_a_plant_is_no_company(es: Language) -> None:
    text = "La nueva depuradora se levantará junto al Tormes, a las afueras de la ciudad."
    assert "Tormes" not in _orgs(es, text)


def test_monument_under_its_arches_is_no_company(es: Language) -> None:
    text = "Empiece el paseo bajo los arcos del Puentecillo y baje hasta el río."
    assert "Puentecillo" not in _orgs(es, text)


def test_club_with_its_article_stays_a_company(es: Language) -> None:
    # near miss: "la afición del X" is a club's
    assert "Calahorra" in _orgs(es, "La afición del Calahorra celebró la compra del estadio.")


# -- an honorific and a subject taught ------------------------------------------------------------


def test_honorific_before_a_name_is_no_organisation(en: Language) -> None:
    kinds = _kinds(en, "The committee chair, Hon. Lamin Sowe, said the sale had failed.")
    assert "Hon" not in kinds and kinds.get("Lamin Sowe") == "person"


def test_subject_taught_is_no_organisation(es: Language) -> None:
    text = "El autor es profesor de Economía Aplicada y consultor independiente."
    assert "Economía Aplicada" not in _orgs(es, text)


def test_subject_of_a_lecturer_is_no_organisation(en: Language) -> None:
    text = ("Dr Ama Owusu, a lecturer in Corporate Finance at Accra Business School, said "
            "the price was fair.")
    orgs = _orgs(en, text)
    assert "Corporate Finance" not in orgs and "Accra Business School" in orgs


def test_school_a_teacher_works_at_stays(es: Language) -> None:
    # near miss: a school takes its article
    text = "Luis Gil, profesor de la Escuela de Negocios del Levante, firmó el informe."
    assert "Escuela de Negocios del Levante" in _orgs(es, text)
