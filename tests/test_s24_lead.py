"""Names read right in a page's furniture (session 24): the first word after a field's
mark or a line's pictograph opens a sentence ("📲 Recibe las noticias", "LIBROS |
CRÍTICA"); a transcript's stage direction in square brackets is no name; no name runs
across a field's mark; a date in a section's line is no team; a place before a date in a
page's line is a dateline; initials alone are no person; an English company's name keeps
the proper noun that opens its sentence. Every sentence is written for these tests.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.entities.lines import _month
from kg.entities.runs import _symbol
from kg.entities.runs import an_initial as _is_initial
from tests.test_s22_lead import deals, names

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py

DEAL_ES = "La cooperativa Brenales compró la almazara de Olivas Tovar por 3 millones de euros."


# ---------------------------------------------------------------- a line's furniture


@pytest.mark.parametrize("line", [
    "📲 Recibe cada mañana el boletín de la comarca por correo.",
    "► Suscríbete gratis a nuestro boletín de los lunes.",
])
def test_a_word_after_a_lines_pictograph_opens_its_sentence(es: Language, line: str) -> None:
    text = f"{DEAL_ES}\n\n{line}"
    assert names(es, text) == {"Brenales", "Olivas Tovar"}
    assert names(es, text, "person") == set()


def test_a_company_after_a_lines_pictograph_is_still_read(es: Language) -> None:
    text = f"{DEAL_ES}\n\n📌 Olivas Tovar cerró 2025 con pérdidas."
    assert "Olivas Tovar" in names(es, text)


def test_a_sections_second_field_is_no_company(es: Language) -> None:
    text = f"LIBROS | CRÍTICA\n\nPor Irati Zubiaurre Lasa\n\n{DEAL_ES}"
    assert names(es, text) == {"Brenales", "Olivas Tovar"}


def test_a_name_ends_at_a_fields_mark(es: Language) -> None:
    text = f"{DEAL_ES}\n\n© Heraldo del Cierzo · Escríbanos: redaccion@heraldocierzo.es"
    found = names(es, text)
    assert not any("·" in name or "Escríbanos" in name for name in found)
    assert {"Brenales", "Olivas Tovar"} <= found


@pytest.mark.parametrize("text", [
    "El alcalde habló ante los vecinos. [Aplausos] Cerramos el año con las cuentas limpias, "
    "dijo Marta Ruiz Soler.",
    "La consejera respondió a la pregunta. [Risas] Nadie quiere esa fábrica, dijo.",
])
def test_a_stage_direction_and_the_word_after_it_are_no_names(es: Language, text: str) -> None:
    assert names(es, text) == set()
    assert names(es, text, "person") <= {"Marta Ruiz Soler"}


# ---------------------------------------------------------------- dates and places


@pytest.mark.parametrize("word,month", [
    ("Dec.", True), ("Sept.", True), ("May", True), ("Diciembre", True), ("Mon.", True),
    ("Dec", False), ("Decker", False), ("Ma.", False), ("Deco.", False),
])
def test_a_month_or_a_weekday_whole_or_shortened_with_its_stop(word: str, month: bool) -> None:
    assert _month(word) is month


def test_a_date_in_a_sections_line_is_no_team(en: Language) -> None:
    text = ("BUSINESS | Dec. 4, 2026\n\nBy Kendra Lyle\n\n"
            "Pine Hill Resorts bought Tamarack Lodging for $4 million.")
    assert names(en, text) == {"Pine Hill Resorts", "Tamarack Lodging"}


def test_a_results_line_still_names_its_teams(en: Language) -> None:
    text = "Results:\nHarbury Rovers 2 Millford Town 1\n"
    assert {"Harbury Rovers", "Millford Town"} <= names(en, text)


def test_a_place_before_a_date_in_a_pages_line_is_a_dateline(es: Language) -> None:
    text = ("YURIMAGUAS | 11.03.2026 | 08:45\n\n"
            "La operadora Selva Andina compró dos albergues a Turismo Camacho.")
    assert names(es, text) == {"Selva Andina", "Turismo Camacho"}


# ---------------------------------------------------------------- people and companies


@pytest.mark.parametrize("text,initials", [("D.", True), ("J.M.", True), ("A", True),
                                           ("Ng", False), ("Ana", False), ("ABC.", False)])
def test_initials(text: str, initials: bool) -> None:
    assert _is_initial(text) is initials


def test_initials_alone_sign_a_photo_and_name_no_one(es: Language) -> None:
    text = f"{DEAL_ES}\n\nFoto: El autor, en su taller de Tafalla. / D. A."
    assert names(es, text, "person") == set()


def test_an_initial_before_a_surname_is_still_a_person(en: Language) -> None:
    text = "Tamarack Lodging bought Quillon Foods, said its chairman, K. Varley."
    assert "K. Varley" in names(en, text, "person")


@pytest.mark.parametrize("text", [
    "Kelvar Ridge Ski Area opens for the season on Friday after Pine Hill Resorts bought it.",
    "Bluebird Ridge Ski Area will open on Saturday after Pine Hill Resorts bought it.",
])
def test_an_english_companys_name_keeps_the_word_that_opens_its_sentence(
        en: Language, text: str) -> None:
    first = text.split(" Ski Area")[0] + " Ski Area"
    assert first in names(en, text)
    assert {"target": first, "acquirer": "Pine Hill Resorts"}.items() <= deals(en, text)[0].items()


@pytest.mark.parametrize("text", [
    "Yesterday Pine Hill Resorts bought Tamarack Lodging.",
    "Meanwhile Pine Hill Resorts bought Tamarack Lodging.",
])
def test_a_day_or_a_word_of_the_sentence_joins_no_name(en: Language, text: str) -> None:
    assert names(en, text) == {"Pine Hill Resorts", "Tamarack Lodging"}


@pytest.mark.parametrize("text,symbol", [("📲", True), ("►", True), ("→", True),
                                         ("|", False), ("$", False), ("-", False)])
def test_a_lines_pictograph(text: str, symbol: bool) -> None:
    assert _symbol(text) is symbol


@pytest.mark.parametrize("text,name", [
    ("Pine Hill Resorts bought Tamarack Lodging. Rival Baltora Shipping declined to comment.",
     "Baltora Shipping"),
    ("Carmaker Elvanto Motors has signed a deal with Quarry Lane Lithium.", "Elvanto Motors"),
])
def test_a_descriptor_opening_the_sentence_stays_out_of_the_name(
        en: Language, text: str, name: str) -> None:
    found = names(en, text)
    assert name in found and not any(other.endswith(" " + name) for other in found)


# ---------------------------------------------------------------- firms' legal names


@pytest.mark.parametrize("text,firm", [
    ("La firma Hijos de Ramón Tellado y Cía. compró la bodega de Viñas Albarca.",
     "Hijos de Ramón Tellado y Cía."),
    ("Conservas Quirós e Hijos vendió su planta a Frigoríficos Tormes.",
     "Conservas Quirós e Hijos"),
])
def test_a_firms_partners_after_y_end_its_name(es: Language, text: str, firm: str) -> None:
    found = names(es, text)
    assert firm in found
    assert not {"Cía.", "Hijos"} & found


def test_sons_after_an_ampersand_end_an_english_firms_name(en: Language) -> None:
    text = "Harrow & Sons bought Pembury Mills for £3 million."
    assert "Harrow & Sons" in names(en, text)
    assert {"target": "Pembury Mills", "acquirer": "Harrow & Sons"}.items() <= \
        deals(en, text)[0].items()


def test_a_name_after_the_partners_word_is_its_own(es: Language) -> None:
    text = "Vinos Albarca y Compañía Minera Tolhuaca firmaron una alianza."
    assert {"Vinos Albarca", "Compañía Minera Tolhuaca"} <= names(es, text)


@pytest.mark.parametrize("text,firm", [
    ("La firma Talleres Ebro compró la bodega de Viñas Albarca, S. en C.", "Viñas Albarca"),
    ("Agrosur compró la almazara de Oleícola Tentudía, Sdad. Coop., por 2 millones de euros.",
     "Oleícola Tentudía"),
])
def test_a_legal_form_of_several_words_names_no_one(es: Language, text: str, firm: str) -> None:
    found = names(es, text)
    assert firm in found
    assert not {"S.", "Sdad", "Sdad.", "C."} & found
    assert all(firm in party or "Talleres" in party or "Agrosur" in party
               for deal in deals(es, text) for party in deal.values())


def test_one_common_word_the_model_named_goes_on_with_whose_it_is(es: Language) -> None:
    text = "Sí es cierto que Aceites de Baena adquirió dos líneas de envasado a Maquinaria Soto."
    assert "Aceites de Baena" in names(es, text)
    assert "Aceites" not in names(es, text)


# ---------------------------------------------------------------- deals in the press's words


def test_a_stake_upped_is_an_investment(en: Language) -> None:
    text = "Harwell Foods upped its stake in Tolland Dairies to 35%."
    assert deals(en, text) == [{"investor": "Harwell Foods", "investee": "Tolland Dairies"}]


def test_a_rival_swallowed_is_taken_over(en: Language) -> None:
    text = "Harwell Foods has swallowed rival Tolland Dairies."
    assert deals(en, text) == [{"acquirer": "Harwell Foods", "target": "Tolland Dairies"}]


def test_money_swallowed_is_no_takeover(en: Language) -> None:
    assert deals(en, "The merger swallowed $40 million of Harwell Foods' cash.") == []


@pytest.mark.parametrize("lang,text", [
    ("es", "Harinas Tormes tira la toalla en su intento de comprar Lácteos Ucieza."),
    ("en", "Harwell Foods threw in the towel on its bid for Tolland Dairies."),
])
def test_throwing_in_the_towel_ends_the_bid(
        es: Language, en: Language, lang: str, text: str) -> None:
    nlp = es if lang == "es" else en
    made = nlp(text)._.kg_deals
    assert len(made) == 1 and made[0].status == "Cancelled"


def test_a_spanish_name_ends_at_the_a_of_a_transfer(es: Language) -> None:
    text = "Harinas Tormes traspasó Lácteos Ucieza a Grupo Arlanzón por 12 millones de euros."
    assert {"Lácteos Ucieza", "Grupo Arlanzón"} <= names(es, text)
    assert deals(es, text) == [{"seller": "Harinas Tormes", "target": "Lácteos Ucieza",
                                "acquirer": "Grupo Arlanzón"}]


# ---------------------------------------------------------------- money


@pytest.mark.parametrize("text,value", [
    ("Harinas Tormes compró Lácteos Ucieza por 40 mde.", 40_000_000),
    ("Harinas Tormes compró Lácteos Ucieza por 40 MDE.", 40_000_000),
    ("Harinas Tormes compró Lácteos Ucieza por 1.5 mil mde.", 1_500_000_000),
])
def test_millions_of_euros_written_short_as_the_mexican_press_does(
        es: Language, text: str, value: int) -> None:
    (deal,) = es(text)._.kg_deals
    assert deal.amount is not None
    assert (deal.amount.currency, deal.amount.value) == ("EUR", value)


# ---------------------------------------------------------------- status


@pytest.mark.parametrize("text,status", [
    ("Harinas Tormes formaliza la compra de Lácteos Ucieza.", "Completed"),
    ("Harinas Tormes y Lácteos Ucieza formalizaron su fusión.", "Completed"),
    ("Harinas Tormes formalizará la compra de Lácteos Ucieza en marzo.", "Announced"),
])
def test_a_purchase_formalised_is_done(es: Language, text: str, status: str) -> None:
    assert [d.status for d in es(text)._.kg_deals] == [status]


# ---------------------------------------------------------------- advisers


@pytest.mark.parametrize("text,firm", [
    ("Houlihan Lokey and Raymond James advised Tolland Dairies on the sale.", "Houlihan Lokey"),
    ("Baker McKenzie and Clifford Chance advised on the deal.", "Baker McKenzie"),
    ("Piper Sandler acted as financial adviser to Harwell Foods.", "Piper Sandler"),
    ("Halloran Vost advised Harwell Foods on its acquisition of Tolland Dairies.",
     "Halloran Vost"),
])
def test_who_advises_a_deal_is_a_firm(en: Language, text: str, firm: str) -> None:
    assert firm in names(en, text)
    assert firm not in names(en, text, "person")


@pytest.mark.parametrize("text,person", [
    ("Ellison Hart advised the board of Harwell Foods.", "Ellison Hart"),
    ("Marta Quill advised Harwell Foods on the deal.", "Marta Quill"),
])
def test_one_name_advising_a_board_or_a_given_name_stays_a_person(
        en: Language, text: str, person: str) -> None:
    assert person in names(en, text, "person")
