"""People's names and page furniture of press kg rarely sees (session 24, probe7): the
Catalan "i" between two surnames, "Dña."/"Dª" before a woman's name, a nickname in
quotes inside a name, a given name after a saint's title in an English firm's name,
and an interview's turn labels ("P." / "R.", "Q:" / "A:"). Every sentence is written
for these tests.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import deals, names

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


# ---------------------------------------------------------------- Catalan surnames


@pytest.mark.parametrize(("text", "person"), [
    ("Antoni Vilaseca i Puig, presidente de Cava Penedès, anunció la compra de Vins "
     "Garraf.", "Antoni Vilaseca i Puig"),
    ("La consejera delegada de Farmacéutica Turia, Montserrat Roig i Ferrer, confirmó la "
     "venta a Laboratorios Júcar.", "Montserrat Roig i Ferrer"),
    ("Martí Soler i Vidal, director general de Transports Segre, anunció la compra de "
     "Logística Noguera.", "Martí Soler i Vidal"),
])
def test_a_catalan_i_joins_the_two_surnames_of_one_person(
        es: Language, text: str, person: str) -> None:
    assert names(es, text, "person") == {person}
    surname = person.split()[-1]
    assert surname not in names(es, text)  # neither a company of its own


# ---------------------------------------------------------------- "Dña." and "Dª"


@pytest.mark.parametrize(("text", "person"), [
    ("Según su presidenta, Dña. Rosario Castañeda de Villalba, Distribuciones Ancares "
     "retrasará la compra.", "Rosario Castañeda de Villalba"),
    ("Dª Carmen Lobato, consejera delegada de Seguros Ribera, firmó el acuerdo.",
     "Carmen Lobato"),
    ("D.ª Inés Barrachina vendió Cerámicas Mijares a Porcelanas Palancia.", "Inés Barrachina"),
    ("La Sra. Dña. Pilar Ortuño dijo que Textil Segura compró Hilaturas Mundo.",
     "Pilar Ortuño"),
])
def test_dona_written_short_is_a_style_before_a_womans_name(
        es: Language, text: str, person: str) -> None:
    assert names(es, text, "person") == {person}
    assert not {"Dña", "Dª", "D.ª"} & names(es, text)
    assert person not in names(es, text)


# ---------------------------------------------------------------- nicknames in quotes


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", 'William "Bill" Harrow, founder of Harrow Tools, sold the company to Granite '
     "Hardware for $12 million.", "William Harrow"),
    ("en", "Margaret 'Peggy' Olsen, chief executive of Fjord Seafood, announced the "
     "purchase of Tromso Salmon.", "Margaret Olsen"),
    ("en", 'Chief executive Daniel "Danny" Reyes said Coral Telecom would buy Reef Mobile.',
     "Daniel Reyes"),
    ("es", 'José Antonio "Pepe" Lorente, fundador de Muebles Jiloca, vendió la compañía a '
     "Grupo Moncayo.", "José Antonio Lorente"),
    ("es", "Manuel «Manolo» Salcedo, presidente de Conservas Tinto, anunció la compra de "
     "Salazones Odiel.", "Manuel Salcedo"),
])
def test_a_nickname_in_quotes_is_no_person_of_its_own_nor_part_of_the_name(
        request: pytest.FixtureRequest, lang: str, text: str, person: str) -> None:
    nlp = request.getfixturevalue(lang)
    people = [e for e in nlp(text)._.kg_entities if e.kind == "person"]
    assert [p.name for p in people] == [person]
    assert any('"' in a or "'" in a or "«" in a for a in people[0].aliases)  # as written
    assert not {"Reyes", "Olsen", "Lorente"} & names(nlp, text)


def test_a_quoted_title_after_a_name_is_no_nickname(en: Language) -> None:
    text = 'Ana Ruiz, chief executive of Brisa Media, said "Lighthouse" was sold to Tide Films.'
    assert names(en, text, "person") == {"Ana Ruiz"}


# ---------------------------------------------------------------- saints' names in firms


@pytest.mark.parametrize(("text", "target"), [
    ("Bramble Estates has bought Santa Rosa Orchards for $4 million.", "Santa Rosa Orchards"),
    ("Everton Ridge Wines has acquired San Lorenzo Vineyards for $9 million.",
     "San Lorenzo Vineyards"),
    ("Harbor Capital bought St Helena Farms for $3 million.", "St Helena Farms"),
])
def test_an_english_given_name_after_a_saints_title_names_no_person(
        en: Language, text: str, target: str) -> None:
    assert not names(en, text, "person")
    assert deals(en, text)[0]["target"] == target


def test_a_saints_surname_after_a_given_name_stays_a_persons(en: Language) -> None:
    text = "Juan San Martin, chief executive of Pampa Foods, said it bought Rio Mills."
    assert names(en, text, "person") == {"Juan San Martin"}


# ---------------------------------------------------------------- interview turns


def test_a_spanish_interviews_turn_labels_name_nobody(es: Language) -> None:
    text = ("Leche Cea compró Quesos Luna el mes pasado.\n\n"
            "P. ¿Qué supone la compra de Lácteos Órbigo?\n"
            "R. Es un paso clave para Leche Cea.\n\n"
            "P. ¿Y después?\n"
            "R. Seguimos mirando.")
    assert not names(es, text, "person")
    assert not any(n.startswith(("P.", "R.")) for n in names(es, text))
    assert all("P." not in d.values() for d in deals(es, text))


def test_an_english_interviews_turn_labels_name_nobody(en: Language) -> None:
    text = ("Gregory Hale runs Duero Steel.\n\n"
            "Q: Why did you buy Alcor Metals?\n"
            "A: We needed capacity.\n"
            "Q. What about Pisuerga Mutual?\n"
            "A. Tormes Insurance bought it.")
    assert names(en, text, "person") == {"Gregory Hale"}
    assert "Tormes Insurance" in names(en, text)


def test_a_line_opening_with_an_initial_is_no_turn_without_a_question(es: Language) -> None:
    text = "Textil Segura compró Hilaturas Mundo.\nR. Ortega, su presidente, lo anunció."
    assert "R. Ortega" in names(es, text, "person")


# ---------------------------------------------------------------- judges


@pytest.mark.parametrize(("lang", "text", "judge"), [
    ("en", "A federal judge, Raymond Castillo, halted the sale of Brazos Pipelines to Pecos "
     "Energy.", "Raymond Castillo"),
    ("es", "La jueza Ana Ledesma paralizó la venta de Aceitunas Guadaíra a Grupo Genil.",
     "Ana Ledesma"),
])
def test_a_judge_who_halts_a_sale_is_no_seller(
        request: pytest.FixtureRequest, lang: str, text: str, judge: str) -> None:
    nlp = request.getfixturevalue(lang)
    found = deals(nlp, text)
    assert found and all(judge not in d.values() for d in found)
    assert judge in names(nlp, text, "person")


def test_a_person_untitled_still_sells(en: Language) -> None:
    text = "Tom Hale sold his stake in Brazos Pipelines to Pecos Energy."
    assert deals(en, text)[0].get("seller") == "Tom Hale"


# ---------------------------------------------------------------- Korean given names


@pytest.mark.parametrize(("text", "person"), [
    ("Kim Min-jun, chief executive of Hanra Bio, said the firm bought Jeju Pharma. Lee "
     "Seo-yeon, its chief financial officer, agreed.", "Lee Seo-yeon"),
    ("Park Ji-hoon, president of Busan Marine, said it acquired Ulsan Tankers. Choi Yu-na, "
     "the chief financial officer, agreed.", "Choi Yu-na"),
])
def test_a_korean_given_names_syllables_keep_a_subject_of_agreeing_a_person(
        en: Language, text: str, person: str) -> None:
    assert person in names(en, text, "person")
    assert person not in names(en, text)


def test_a_name_without_a_given_name_agreeing_is_still_a_company(en: Language) -> None:
    assert "Harlow Stone" in names(en, "Harlow Stone agreed to buy Ulsan Tankers for $5 million.")


# ---------------------------------------------------------------- short given names


@pytest.mark.parametrize(("text", "person"), [
    ("Mª José Landaluce, presidenta de Conservas Urdaibai, anunció la compra de Anchoas "
     "Bermeo.", "Mª José Landaluce"),
    ("Fco. Javier Olabarria, consejero delegado de Aceros Deba, confirmó la venta de la "
     "filial.", "Fco. Javier Olabarria"),
    ("Mª del Carmen Arrieta, directora general de Textil Oria, firmó la compra de Tejidos "
     "Urola.", "Mª del Carmen Arrieta"),
    ("Según Ma. Teresa Goñi, presidenta de Lácteos Baztán, la empresa compró Quesos Roncal.",
     "Ma. Teresa Goñi"),
])
def test_a_spanish_given_name_written_short_opens_the_name(
        es: Language, text: str, person: str) -> None:
    assert names(es, text, "person") == {person}


def test_a_chinese_surname_ma_is_no_short_given_name(en: Language) -> None:
    text = "Ma Jun, chairman of Pearl River Foods, said it bought Canton Noodles."
    assert names(en, text, "person") == {"Ma Jun"}
