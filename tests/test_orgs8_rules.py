"""Organisations, eighth round: capitalised things that are no organisations in news
(job titles, a company's own bodies, laws, programmes, prizes and events, quoted works,
products named in an apposition, stock indexes with a member count), and organisations
in hard forms (an acronym keeping a preposition's letter, an institution named after a
king). Every sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language


def orgs(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    """The organisations kg publishes for a text: name → aliases."""
    return {e.name: e.aliases for e in nlp(text)._.kg_entities if e.kind == "org"}


def people(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "person"}


# ---------------------------------------------------- job titles (retype.title_in_capitals)


def test_title_in_capitals_is_no_name_es(es: Language) -> None:
    text = ("La junta de Vidrios Arlanza nombró a Laura Vidal como Consejera Delegada y "
            "a Pedro Salas como Director Financiero.")
    assert not {"Consejera Delegada", "Director Financiero"} & set(orgs(es, text))
    assert not {"Consejera Delegada", "Director Financiero"} & people(es, text)


def test_title_in_capitals_is_no_name_en(en: Language) -> None:
    text = "Brightwell Foods named Tom Reyes as Chief Financial Officer on Monday."
    assert not [name for name in orgs(en, text) if name.startswith("Chief")]


def test_one_capitalised_institution_word_stays(es: Language) -> None:
    # "el Ejecutivo" is the government, not the title "ejecutivo"
    text = "El portavoz dijo que el Ejecutivo aprobará hoy el plan de Acme Ibérica."
    assert "Acme Ibérica" in orgs(es, text)


# ------------------------------------------------ a company's bodies (cues._body_owner)


def test_company_body_names_its_company_es(es: Language) -> None:
    text = ("La Junta General de Accionistas de Acme Ibérica aprobó ayer el dividendo. "
            "El Consejo de Administración de Grupo Lema propuso a Ana Seoane.")
    found = orgs(es, text)
    assert {"Acme Ibérica", "Grupo Lema"} <= set(found)
    assert not [n for n in found if n.startswith(("Junta", "Consejo"))]


def test_company_body_names_its_company_en(en: Language) -> None:
    found = orgs(en, "The Audit Committee of Brightwell Group named Tom Reyes on Friday.")
    assert "Brightwell Group" in found
    assert not [n for n in found if "Committee" in n]


# ----------------------------------------- laws, programmes, prizes (things.named_things)


def test_law_and_plan_hold_no_organisation(es: Language) -> None:
    text = ("El Gobierno aprobó el Régimen de Incentivo para Grandes Inversiones (RIGI) y "
            "el Plan de Recuperación, Transformación y Resiliencia, según Acme Ibérica.")
    found = orgs(es, text)
    assert not {"Grandes Inversiones", "RIGI", "Transformación", "Resiliencia"} & set(found)
    assert not [n for n in found if "Plan" in n]


def test_prize_keeps_its_owner_acronym(es: Language) -> None:
    text = ("El Premio Laura Vidal de Innovación Química de la UVA recayó en la empresa "
            "Brezo Lab. El rector de la UVA entregó el premio.")
    assert "UVA" in orgs(es, text)


def test_competition_name_holds_no_organisation(es: Language) -> None:
    text = "El Deportivo Ría jugará la Copa de la UEFA tras ganar al Atlético Valdés."
    assert "UEFA" not in orgs(es, text)


def test_act_and_program_are_no_organisations(en: Language) -> None:
    text = ("Lawmakers passed the Digital Markets Fairness Act on Tuesday, and Rivermark "
            "Health joined the Medicare Part D program.")
    found = orgs(en, text)
    assert not [n for n in found if "Act" in n or "Medicare" in n]


# ------------------------------------------------ works and products (retype rules)


def test_quoted_work_after_a_work_noun(es: Language) -> None:
    text = ("La ficción, basada en la novela 'Mareas' de Sara Quintana, se estrenará en el "
            "Festival de Cádiz.")
    assert "Mareas" not in orgs(es, text)


def test_product_apposition_es(es: Language) -> None:
    text = ("Laboratorios Arnedo podrá vender Velorix, su nuevo tratamiento contra la "
            "migraña. El desarrollo de Velorix costó diez años.")
    found = orgs(es, text)
    assert "Velorix" not in found and "Laboratorios Arnedo" in found


def test_product_apposition_en(en: Language) -> None:
    text = ("The agency approved Zelvora, a psoriasis treatment from Rivermark Health. "
            "Lumen Street bought 'The Quiet Harbor', a drama produced by Oakmoor Studios.")
    found = orgs(en, text)
    assert not {"Zelvora", "The Quiet Harbor"} & set(found)


def test_a_model_in_apposition_stays_a_person(es: Language, en: Language) -> None:
    # "modelo" / "model" name a product and a person alike: no product reading
    assert "Zaida Orlov" in people(es, "Zaida Orlov, una modelo, invirtió en Lácteos Vidal.")
    assert "Naomi Vance" in people(en, "Naomi Vance, a model, backed Brisa Hotels.")


def test_maker_apposition_stays_a_company(en: Language) -> None:
    assert "Kestrel Mobile" in orgs(en, "Kestrel Mobile, a phone maker, agreed to buy Orvale.")


def test_project_noun_before_a_name(es: Language) -> None:
    text = ("El consejero delegado, Pedro Salas, aseguró que el proyecto Lince Dorado "
            "creará 2.000 empleos en Teruel.")
    assert "Lince Dorado" not in set(orgs(es, text)) | people(es, text)


# ----------------------------------------------- stock indexes (markets._numbered_move)


def test_index_with_member_count_es(es: Language) -> None:
    found = orgs(es, "El Euro Stoxx 50 cedió un 0,8% y el DAX alemán, un 1%.")
    assert not {"Euro Stoxx", "DAX"} & set(found)


def test_index_with_member_count_en(en: Language) -> None:
    text = "The FTSE 100 was flat and Rivermark Health fell 3% in London."
    found = orgs(en, text)
    assert "FTSE" not in found and "Rivermark Health" in found


# ----------------------------------------------------- hard forms of organisations


def test_acronym_keeps_a_preposition_letter(es: Language) -> None:
    found = orgs(es, "La Petrolera del Sur (PDS) anunció una inversión. PDS subió un 6%.")
    assert found.get("Petrolera del Sur") == ("PDS",)


def test_institution_named_after_a_king(es: Language) -> None:
    text = "La presidenta agradeció el apoyo del Instituto de Salud Carlos III al proyecto."
    assert "Instituto de Salud Carlos III" in orgs(es, text)


def test_competition_tail_outranks_a_gazetteer_short_form(en: Language) -> None:
    # "Fed" is the Federal Reserve's short form in the gazetteer
    text = ("Spain will host this year's Fed Cup final, Acme Sports said. "
            "TENNIS - DRAW FOR 1998 FED CUP .")
    found = orgs(en, text)
    assert not [n for n in found if "Cup" in n or "CUP" in n or n == "Fed"]
    assert "Acme Sports" in found


def test_championships_are_events(en: Language) -> None:
    text = "Rivermark Health sponsors the Lakeside Open Tennis Championships in Denver."
    found = orgs(en, text)
    assert not [n for n in found if "Championships" in n] and "Rivermark Health" in found


def test_possessed_brand_and_app_are_products(es: Language) -> None:
    text = ("El grupo hotelero Playasol abrirá un hotel en Málaga bajo su marca Playasol "
            "Premium. La startup Kubo lanzó Kubo Pay, su nueva app de pagos.")
    found = orgs(es, text)
    assert not {"Playasol Premium", "Kubo Pay"} & set(found)
    assert {"Playasol", "Kubo"} <= set(found)


def test_report_head_is_no_company(es: Language) -> None:
    text = ("Las acciones de Aceros Duero subieron un 3%. El Banco de España publicó su "
            "Informe de Estabilidad Financiera.")
    found = orgs(es, text)
    assert "Informe de Estabilidad Financiera" not in found and "Aceros Duero" in found


def test_trade_show_is_an_event(en: Language) -> None:
    text = "Halden Mobile showed the phone at the Consumer Electronics Show in Las Vegas."
    assert "Consumer Electronics Show" not in orgs(en, text)
