"""Organisations and people in news nobody tuned to (issue 13): datelines in capitals
with a dash, acronyms in brackets that are a translation's or read as a word, Spanish
institutions whose "de" governs fields joined by "y", an article after a dateline, the
short form of a Spanish company without its trade words, Peruvian legal forms, English
public bodies named by field and kind, two companies joined by "and", a currency sign
after "for", double-barrelled surnames, a company's title in capitals before a person,
and a company's first word as the subject of a verb of saying. Every sentence is
written for these tests; each class has negatives."""

from __future__ import annotations

from spacy.language import Language


def orgs(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    """The organisations kg publishes for a text: name → aliases."""
    return {e.name: e.aliases for e in nlp(text)._.kg_entities if e.kind == "org"}


def people(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "person"}


# ------------------------------------------- datelines in capitals (lines._capital_place)


def test_capital_dateline_with_dash_is_a_place_es(es: Language) -> None:
    text = "CIUDAD DE PANAMÁ - La fintech Pago Ceiba levantó US$ 20 millones."
    found = orgs(es, text)
    assert "Pago Ceiba" in found
    assert not [n for n in found if "PANAM" in n.upper()]


def test_capital_dateline_with_dash_is_a_place_en(en: Language) -> None:
    found = orgs(en, "MUMBAI - Harbourline Logistics said on Monday it would buy a rival.")
    assert "MUMBAI" not in found and "Mumbai" not in found


def test_capitals_opening_a_line_that_are_no_place_stay(es: Language) -> None:
    # an acronym opening a line before a dash is no dateline unless it names a place
    found = orgs(es, "La CNMV multó a Vidrios Arlanza.\nCNMV - La multa asciende a 2 millones.")
    assert any("CNMV" in (n, *a) for n, a in found.items())


# ----------------------------------- an article after a dateline (runs._opens_sentence)


def test_article_after_dateline_opens_the_sentence_es(es: Language) -> None:
    found = orgs(es, "ROSARIO - El Gobierno de Santa Fe firmó un contrato con Transportes Olmedo.")
    assert "Gobierno de Santa Fe" in found
    assert "El Gobierno de Santa Fe" not in found


def test_article_inside_a_sentence_keeps_its_name_es(es: Language) -> None:
    found = orgs(es, "Los clientes de El Corte Inglés compraron más el lunes en Sevilla.")
    assert "El Corte Inglés" in found


# ------------------------------- acronyms in brackets (cues.acronym_definition and kin)


def test_translated_acronym_is_an_alias_es(es: Language) -> None:
    text = ("La Agencia Europea del Medicamento (EMA) aprobó el fármaco de Laboratorios "
            "Quirós. La EMA tardó un año.")
    found = orgs(es, text)
    assert "EMA" in found.get("Agencia Europea del Medicamento", ())
    assert "EMA" not in found


def test_word_acronym_is_an_alias_es(es: Language) -> None:
    text = ("El visto bueno llegó de la Comisión Federal de Telecomunicaciones y Radio "
            "(Cofetel) el martes. Cofetel no comentó.")
    found = orgs(es, text)
    assert "Cofetel" in found.get("Comisión Federal de Telecomunicaciones y Radio", ())


def test_bracketed_word_that_is_no_acronym_is_left_alone_es(es: Language) -> None:
    found = orgs(es, "Vidrios Arlanza (Burgos) vendió su planta a Grupo Lema por 20 millones.")
    assert not any("Burgos" in a for a in found.get("Vidrios Arlanza", ()))


def test_acronym_helpers() -> None:
    from kg.entities.cues import _reordered_initials, _syllabic_acronym

    assert _reordered_initials("OTAN", "Organización del Tratado del Atlántico Norte")
    assert not _reordered_initials("BCE", "Agencia Europea del Medicamento")
    assert _syllabic_acronym("Banobras", "Banco Nacional de Obras y Servicios Públicos")
    assert not _syllabic_acronym("Madrid", "Museo Arqueológico Nacional")
    assert not _syllabic_acronym("Fece", "Comisión Federal de Competencia Económica")


# ------------------------------- fields joined by "y" (cues._coordinated_fields)


def test_institution_fields_joined_by_y_es(es: Language) -> None:
    text = "El Ministerio de Industria y Turismo celebró el acuerdo de Aceros Grado."
    found = orgs(es, text)
    assert "Ministerio de Industria y Turismo" in found
    assert "Turismo" not in found


def test_association_of_two_fields_es(es: Language) -> None:
    text = "La Asociación de Productores y de Exportadores de Fruta criticó la venta."
    assert "Asociación de Productores y de Exportadores de Fruta" in orgs(es, text)


def test_two_companies_joined_by_y_stay_two_es(es: Language) -> None:
    found = orgs(es, "Aceros Grado y Papelera Soria firmaron un acuerdo de suministro.")
    assert {"Aceros Grado", "Papelera Soria"} <= set(found)


# -------------------------------- short forms after trade words (resolve._trade_words)


def test_short_form_after_plural_trade_word_es(es: Language) -> None:
    text = ("MADRID - El grupo Inversiones Tormaleo vendió su filial. Las acciones de "
            "Tormaleo subieron.")
    assert orgs(es, text) == {"Inversiones Tormaleo": ("Tormaleo",)}


def test_short_form_after_two_heads_es(es: Language) -> None:
    text = "Compañía Minera Lucanas cerró la venta. Las acciones de Lucanas subieron un 3%."
    assert orgs(es, text) == {"Compañía Minera Lucanas": ("Lucanas",)}


def test_short_form_that_is_a_country_stays_apart_es(es: Language) -> None:
    found = orgs(es, "Telecom Argentina ganó clientes. Argentina creció un 2%.")
    assert "Argentina" not in found.get("Telecom Argentina", ())


def test_peruvian_legal_form_is_dropped_es(es: Language) -> None:
    text = "Minera Ocoña S.A.C. exporta zinc desde 1998. Ocoña no respondió a las preguntas."
    found = orgs(es, text)
    assert set(found) == {"Minera Ocoña"}
    assert {"Minera Ocoña S.A.C.", "Ocoña"} <= set(found["Minera Ocoña"])


# --------------------------------------- English public bodies (cues._public_body)


def test_public_body_named_by_field_and_kind_en(en: Language) -> None:
    text = "Regulators at the Coastal Water Pricing Board must still clear Dunmore's offer."
    assert "Coastal Water Pricing Board" in orgs(en, text)


def test_company_board_is_no_public_body_en(en: Language) -> None:
    # one capitalised word before "Board": the company's own board
    found = orgs(en, "Shareholders asked the Norvale Board to reject the bid.")
    assert "Norvale Board" not in found


# ----------------------------- two companies joined by "and" (cues.coordinated_head)


def test_two_banks_joined_by_and_en(en: Language) -> None:
    found = orgs(en, "Eastgate Bank and Tasman Bank will lend the builder A$300 million.")
    assert {"Eastgate Bank", "Tasman Bank"} <= set(found)


def test_two_investors_joined_by_and_en(en: Language) -> None:
    text = "The round drew money from Halden Ventures and Green Valley Fund, a filing shows."
    assert {"Halden Ventures", "Green Valley Fund"} <= set(orgs(en, text))


def test_one_body_of_two_fields_stays_one_en(en: Language) -> None:
    text = "The Securities and Exchange Commission fined Norvale Capital on Tuesday."
    assert "Securities and Exchange Commission" in orgs(en, text)


# --------------------------------------------- a currency after "for" (runs._run_end)


def test_currency_sign_after_for_is_no_name_en(en: Language) -> None:
    text = "Two years ago Kelso acquired Arctic Feldspar Corp. for US$90 million in cash."
    found = orgs(en, text)
    assert "Arctic Feldspar" in found
    assert not [n for n in found if "US$" in n]


# ----------------------------------------- double-barrelled surnames (runs._double_barrel)


def test_double_barrelled_surname_en(en: Language) -> None:
    text = ("Jo Hale, the chief executive, set up the lab in 2019 together with the chemist "
            "Kwame Osei-Bonsu, a company filing shows.")
    assert "Kwame Osei-Bonsu" in people(en, text)


def test_hyphenated_trade_word_is_no_surname_en(en: Language) -> None:
    text = "Analyst Tom Reyes said the Boston-based lender would grow."
    assert "Tom Reyes" in people(en, text)
    assert not [p for p in people(en, text) if "Boston" in p]


# ------------------------------ a title in capitals after a company (labels._title_inside)


def test_company_title_person_en(en: Language) -> None:
    text = ("Brixley Oil Corp may sell its storage arm. Brixley would not comment. Last "
            "spring Brixley Chief Executive Wade Norris promised investors lower debt.")
    assert "Wade Norris" in people(en, text)
    assert not [n for n in orgs(en, text) if "Norris" in n]


# -------------------------- a company's first word speaking (people._opens_company_name)


def test_company_first_word_speaking_is_the_company_en(en: Language) -> None:
    text = ("Seedwise AI, a startup that forecasts harvests, raised $20 million on Tuesday. "
            "Seedwise says farmers in ten states pay for its forecasts.")
    assert "Seedwise" not in people(en, text)


def test_person_speaking_stays_a_person_en(en: Language) -> None:
    text = ("Seedwise AI, a startup that forecasts harvests, raised $20 million on Tuesday. "
            "Chief executive Maria Olsen said she would hire 40 engineers.")
    assert "Maria Olsen" in people(en, text)


# ------------------------------ kinds of Spanish firms (org_heads, cues.org_head)


def test_mexican_brokerage_kind_opens_the_name_es(es: Language) -> None:
    text = "Lorenzo Vidal, analista de Casa de Bolsa Tepic, cree que la oferta es baja."
    found = orgs(es, text)
    assert "Casa de Bolsa Tepic" in found
    assert not {"Casa", "Bolsa Tepic"} & set(found)


def test_stock_exchange_without_casa_stays_es(es: Language) -> None:
    found = orgs(es, "Las acciones de Vidrios Arlanza subieron un 2% en la Bolsa de Madrid.")
    assert "Bolsa de Madrid" in found


def test_brokerage_trade_word_opens_a_name_es(es: Language) -> None:
    text = "Para Paula Soto, analista de Corredora Andes Norte, el precio es razonable."
    assert "Corredora Andes Norte" in orgs(es, text)


# ---------------------------------------------- a country with its article (labels._trim)


def test_country_with_article_is_no_company_es(es: Language) -> None:
    text = "El Perú es una plaza clave para nosotros, dijo el presidente de Acme Minería."
    assert not [n for n in orgs(es, text) if "Perú" in n]


def test_newspaper_with_article_stays_es(es: Language) -> None:
    text = "Según publicó ayer el diario El Heraldo, Vidrios Arlanza venderá su planta."
    assert "El Heraldo" in orgs(es, text)


# ----------------------------------------- a source adverbial (cues._source_adverbial)


def test_source_adverbial_is_no_apposition_es(es: Language) -> None:
    text = ("\"Es un buen acuerdo\", dijo Martín Ferraro, consejero delegado de Vidrios "
            "Arlanza. Según Ferraro, la firma no comprará más plantas este año.")
    assert "Ferraro" not in orgs(es, text)


def test_apposition_after_a_name_stays_es(es: Language) -> None:
    text = "Vidrios Arlanza, la firma burgalesa de envases, compró una planta en Soria."
    assert "Vidrios Arlanza" in orgs(es, text)


# ------------------------------------- a round's letter is no initial (people.initial)


def test_round_letter_then_sentence_is_no_person_es(es: Language) -> None:
    text = "Paguma cerró su Serie A. En 2024, Paguma había levantado 12 millones de dólares."
    assert "En" not in people(es, text)


def test_initial_before_surname_stays_a_person_es(es: Language) -> None:
    assert "J. Zanetti" in people(es, "El defensa J. Zanetti firmó con el club por dos años.")


# ---------------------------------------------------------- brands (retype.brand_name)


def test_brand_of_a_company_is_no_company_en(en: Language) -> None:
    text = "Harlow, which runs 900 shops under the Harlow Express brand, will receive a fee."
    found = orgs(en, text)
    assert "Harlow Express" not in found
    assert "Harlow Express" not in found.get("Harlow", ())


def test_company_named_like_a_brand_stays_en(en: Language) -> None:
    text = "Harlow Express, a convenience chain, said its sales rose 4% last year."
    assert "Harlow Express" in orgs(en, text)


# ------------------------------ a state written without its romanisation's marks


def test_state_without_macron_is_a_place_en(en: Language) -> None:
    text = "The business operates two plants in Telangana and employs 900 people."
    assert "Telangana" not in orgs(en, text)


# ------------------------------------------ trades closing or opening an English name


def test_housebuilder_and_research_house_en(en: Language) -> None:
    text = ("The firm bought Welsh builder Cwm Valley Homes for £340m. Analysts at "
            "Berenguer & Soto Research raised their target.")
    assert {"Cwm Valley Homes", "Berenguer & Soto Research"} <= set(orgs(en, text))


# --------------------------------------- a name that is a possessive (retype.possessive_names)


def test_possessive_company_name_en(en: Language) -> None:
    text = ("Retailer Hobson's has walked away from its bid for Farrow Foods. Hobson's offer "
            "was too low, the regulator said. Farrow will receive a fee from Hobson's under "
            "the deal.")
    found = orgs(en, text)
    assert "Hobson's" in found
    assert "Hobson" not in found


def test_possessive_of_a_company_stays_its_owner_en(en: Language) -> None:
    found = orgs(en, "Acme Robotics said on Monday that Acme Robotics's board approved the plan.")
    assert "Acme Robotics's" not in found


# ------------------------- sites after a possessive, mines "de" a metal (retype, cues)


def test_site_after_possessive_is_no_company_en(en: Language) -> None:
    text = "Mulberry Mining sold 20% of its flagship Pilbara project to Hanwell Metals."
    assert "Pilbara" not in orgs(en, text)


def test_company_before_its_site_noun_stays_en(en: Language) -> None:
    text = "Ford will close the Wuxi plant next year, Ford said."
    assert "Ford" in orgs(en, text)


def test_mine_of_a_metal_is_no_company_es(es: Language) -> None:
    text = "Minera Ocoña opera la mina de cobre Huaylla, en Arequipa, desde 1998."
    found = orgs(es, text)
    assert "Minera Ocoña" in found and "Huaylla" not in found


def test_plant_of_a_company_names_the_company_es(es: Language) -> None:
    found = orgs(es, "La planta de Aceros Grado en Soria cerrará en mayo.")
    assert "Aceros Grado" in found


# ---------------------- an organisation's last words a person's cue read (sense._one_sense)


def test_org_end_read_as_a_person_is_the_org_es(es: Language) -> None:
    text = ("El estado firmó un contrato con la armadora Vehículos Sierra Alta. \"Nos obliga "
            "a crecer\", dijo Juan Pérez, director general de Sierra Alta, quien anunció "
            "una inversión.")
    assert "Sierra Alta" not in people(es, text)


def test_chain_introduces_a_company_en(en: Language) -> None:
    text = "Texas chain Mesquite Valley Grocers completed a merger with Red Clay Foods."
    assert "Mesquite Valley Grocers" in orgs(en, text)


# ------------------------- a gazetteer short name that is the seat's city (component)


def test_city_of_a_seat_is_no_bank_es(es: Language) -> None:
    text = "Vidrios Arlanza tiene su sede en Santander y fábricas en Burgos."
    found = orgs(es, text)
    assert "Banco Santander" not in found and "Santander" not in found


def test_bank_by_its_short_name_stays_es(es: Language) -> None:
    found = orgs(es, "Santander compró el 5% de Vidrios Arlanza por 40 millones.")
    assert "Banco Santander" in found
