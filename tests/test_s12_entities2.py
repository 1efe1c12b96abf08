"""Organisations and people on unseen news (issue #13), second round: a company named by
a tail word that is also a surname ("Astley Power"), two companies coordinated in one
run ("Ardlow Fund and Kelso Fund"), the organisation of an office ("presidente de Agro
Litoral"), a company described by a participle or a seat compound ("Nubaria,
especializada en", "Corvel, a Leeds-based maker"), the subject of raising a sum
("Cuenta Nopal ha levantado 3 millones") and the owner of shares ("Plumtree's
shares"). Each class has its negatives. Every sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language


def orgs(nlp: Language, text: str) -> set[str]:
    """The organisations kg publishes for a text."""
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "org"}


def people(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "person"}


# ----------------------------------------- a tail that is also a surname (cues.org_tail)


def test_power_closes_a_company_name_en(en: Language) -> None:
    text = '"We are pleased," said Maddox Power, which owns three plants.'
    assert "Maddox Power" in orgs(en, text)
    assert "Dalton Power" in orgs(en, "He told Reuters that Dalton Power would cut jobs.")


def test_power_closes_a_company_name_es(es: Language) -> None:
    assert "Astley Power" in orgs(es, "Astley Power anunció el cierre de dos plantas.")


def test_a_person_named_power_stays_a_person(en: Language, es: Language) -> None:
    assert "Marcus Power" in people(en, "Marcus Power said he would retire next year.")
    assert "Marcus Power" in people(es, "Marcus Power, el consejero delegado, dimitió.")
    assert not orgs(en, "Ms Power said the plan was sound.")


def test_power_as_a_common_noun_names_nothing(en: Language) -> None:
    assert not orgs(en, "The city needs more power and cheaper energy.")
    assert not orgs(en, "Nuclear Power is a growing field for engineers.")


# ------------------------------------- two companies in one run (cues.coordinated_head)


def test_two_funds_coordinated_are_two(en: Language) -> None:
    found = orgs(en, "Ardlow Fund and Kelso Fund led the round.")
    assert {"Ardlow Fund", "Kelso Fund"} <= found
    assert not [name for name in found if " and " in name]
    found = orgs(en, "The round was led by Ardlow Fund and Kelso Foundation.")
    assert {"Ardlow Fund", "Kelso Foundation"} <= found
    assert {"Hale Power", "Ross Fund"} <= orgs(en, "Hale Power and Ross Fund invested $4 million.")


def test_one_body_with_and_stays_one(en: Language) -> None:
    assert "Securities and Exchange Commission" in orgs(
        en, "The Securities and Exchange Commission fined the lender.")
    assert "Bill and Melinda Gates Foundation" in orgs(
        en, "The Bill and Melinda Gates Foundation gave $5 million.")


# ------------------------------------------ the organisation of an office (retype.office_of)


def test_office_of_an_organisation_es(es: Language) -> None:
    text = "Luis Ortega, presidente de Agro Litoral, anunció la compra."
    assert "Agro Litoral" in orgs(es, text)
    assert "Agro Litoral" not in people(es, text)
    assert "Agro Litoral" in orgs(es, "Ana Pérez es la presidenta de Agro Litoral.")


def test_office_held_for_a_person_keeps_the_person(es: Language) -> None:
    assert "Pedro Sánchez" in people(es, "La abogada de Pedro Sánchez recurrió la multa.")
    assert "Juan Pérez" in people(es, "Es compañero de Juan Pérez desde 2010.")
    assert "Ortega Smith" in people(es, "El portavoz de Ortega Smith negó los hechos.")


# --------------------------------- a participle or a seat describes a company (cues)


def test_participle_apposition_es(es: Language) -> None:
    assert "Nubaria" in orgs(
        es, "Nubaria, especializada en baterías para motos, ha cerrado una ronda.")
    assert "Lumora" in orgs(es, "Lumora, con sede en Valencia, cerró una ronda.")
    assert "Brenta Solar" in orgs(
        es, "Brenta Solar, participada por el fondo Iberis, vendió dos plantas.")


def test_participle_apposition_negatives_es(es: Language) -> None:
    assert not orgs(es, "Valencia, dedicada al turismo, recibió más visitantes.")
    assert "Juan Pérez" in people(
        es, "Juan Pérez, especializado en derecho mercantil, asesoró la venta.")


def test_seat_compound_apposition_en(en: Language) -> None:
    assert "Corvel" in orgs(en, "Corvel, a Leeds-based maker of valves, said sales rose.")
    assert "Brandmoor" in orgs(
        en, "Brandmoor, a Dublin-based developer of payment software, hired a chief.")
    assert "Tom Hale" in people(
        en, "Tom Hale, a London-based analyst at the bank, said shares fell.")


# ----------------------------- the subject of raising a sum, the owner of shares (cues)


def test_raise_subject_es(es: Language) -> None:
    assert "Cuenta Nopal" in orgs(es, "Cuenta Nopal ha levantado 3 millones de euros.")
    assert "Vida Sana" in orgs(es, "Vida Sana ha captado 4 millones de euros en una ronda.")


def test_raise_subject_negatives(es: Language, en: Language) -> None:
    assert "Marta Ruiz" in people(es, "Marta Ruiz recaudó 3.000 euros para la asociación.")
    assert not orgs(es, "Sevilla captó 20 millones de euros en turismo.")
    assert not orgs(en, "Smith raised $2 million for charity.")


def test_raise_subject_negatives_state(es: Language) -> None:
    # the state's, after an article: no company
    assert not orgs(es, "El Tesoro captó 3.000 millones de euros en la subasta.")
    assert "La Seguridad Social" not in orgs(
        es, "La Seguridad Social recaudó 500 millones de euros.")


def test_share_owner_en(en: Language) -> None:
    assert "Plumtree" in orgs(en, "Plumtree's shares rose 5% on Tuesday.")
    assert not orgs(en, "Texas's revenue grew last year.")
