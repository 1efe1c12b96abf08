"""Session 34, helper people2 (issue #13): people that a phrase before or after the
name marks as something else.

- A person's initials defined in brackets after the full name ("Mary Holt (MH)") are
  the label of a transcript's speaker, which joins that person, not a second person
  (``kg.entities.resolve._group_people``).
- English: "X, member FINRA/SIPC" is a firm's membership line; X is the member firm,
  not a person with a role (``kg.entities.people._membership_line``); "X, member of the
  board" stays a person.
- Spanish: a one-word "person" of the model's after "Name, de" is the person's home
  town where the town is known or the line has no verb ("Segunda llamada: Julia
  Moreno, de Torregamones."): ``kg.entities.retype.home_town``. An employer in a
  sentence with a verb stays an organisation ("Marta Ruiz, de Novaltia, dijo").
- Spanish classifiers: "casa de" and a trade ("la casa de subastas X", "una casa de
  cambio X"; ``kg.entities.runs.trade_house``) and the trades named by what does the
  work ("la envasadora X", "la comercializadora X") make a name that opens with a
  given name a company's; "la casa de X" is still X's home.
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def _people(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if str(e.kind) == "person"}


def _orgs(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if str(e.kind) == "org"}


# -- a speaker's initials ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Host Mary Holt (MH) spoke with Walter Brand (WB), owner of Brand Feed.",
    "MH: Welcome back. Today I am joined by Walter Brand. WB: Thanks, Mary Holt. Mary "
    "Holt (MH) and Walter Brand (WB) talked about the Trimble sale.",
])
def test_a_persons_initials_are_no_second_person(en: Language, text: str) -> None:
    people = _people(en, text)
    assert "Mary Holt" in people
    assert not people & {"MH", "WB"}


def test_an_acronym_of_a_company_after_a_person_stays_a_company(en: Language) -> None:
    text = "Lena Ortiz joined Harrow Data Systems (HDS) in March as chief executive."
    assert _people(en, text) == {"Lena Ortiz"}
    assert "Harrow Data Systems" in _orgs(en, text)


# -- a membership line ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "firm"), [
    ("Quotes are delayed 15 minutes. Harbin Lane Trader, member FINRA/SIPC.",
     "Harbin Lane Trader"),
    ("Past results do not guarantee future returns. Dalton Reed Investing, member SIPC.",
     "Dalton Reed Investing"),
    ("Prices shown are indicative. Marlow Kent, member FINRA/SIPC.", "Marlow Kent"),
])
def test_a_member_firm_is_no_person(en: Language, text: str, firm: str) -> None:
    assert _people(en, text) == set()
    assert firm in _orgs(en, text)


@pytest.mark.parametrize("text", [
    "Rhea Voss, member of the Ottery Savings board, voted against the sale.",
    "Rhea Voss, a member of the board, voted against the sale of Ottery Savings.",
])
def test_a_member_of_a_board_stays_a_person(en: Language, text: str) -> None:
    assert _people(en, text) == {"Rhea Voss"}


# -- a home town ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Segunda llamada: Julia Moreno, de Torregamones.",
])
def test_a_callers_home_town_is_no_person_nor_company(es: Language, text: str) -> None:
    assert _people(es, text) == {"Julia Moreno"}
    assert "Torregamones" not in _orgs(es, text)


@pytest.mark.parametrize(("text", "person", "org"), [
    ("Marta Ruiz, de Novaltia, dijo que la compra de Farmacias Ebro se cerrará en mayo.",
     "Marta Ruiz", "Novaltia"),
    ("Luis Soto, de Cerealia, explicó que la venta de Harinas Tajo se firmó ayer.",
     "Luis Soto", "Cerealia"),
])
def test_an_employer_in_a_sentence_with_a_verb_stays(
        es: Language, text: str, person: str, org: str) -> None:
    assert person in _people(es, text)
    assert org in _orgs(es, text)


def test_a_person_from_a_town_stays_a_person(es: Language) -> None:
    text = "Ana Gil, de Sevilla, dijo que la cooperativa Olivar del Sur venderá su almazara."
    assert _people(es, text) == {"Ana Gil"}


# -- classifiers ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "firm"), [
    ("La casa de subastas Tomás Berrueco vendió el cuadro por dos millones de euros.",
     "Tomás Berrueco"),
    ("La casa de cambio Elena Ribas Cano compró la red de oficinas de Divisas Turia.",
     "Elena Ribas Cano"),
    ("La envasadora murciana Linda Marrow compró una planta a Conservas Tarela.",
     "Linda Marrow"),
    ("La comercializadora Julia Serrano Pons vendió su red a Grupo Eléctrico Ebro.",
     "Julia Serrano Pons"),
])
def test_a_classifier_makes_a_given_name_a_companys(es: Language, text: str, firm: str) -> None:
    assert firm not in _people(es, text)
    assert firm in _orgs(es, text)


@pytest.mark.parametrize(("text", "person"), [
    ("La casa de Tomás Berrueco se vendió por dos millones de euros.", "Tomás Berrueco"),
    ("La vendedora Julia Serrano vendió su tienda a Grupo Eléctrico Ebro.", "Julia Serrano"),
    ("El abogado Juan Ortega asesoró a Conservas Tarela en la compra.", "Juan Ortega"),
    ("La presidenta de la aseguradora, Marta Ruiz, firmó la compra de Seguros Ondarre.",
     "Marta Ruiz"),
])
def test_a_person_noun_or_a_home_keeps_the_person(es: Language, text: str, person: str) -> None:
    assert person in _people(es, text)
