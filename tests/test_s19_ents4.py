"""Deal parties kg did not find as organisations (session 19), each rule on sentences
written for these tests.

A firm's name closed by its trade ("Kallisto Maritime", "Thames Cellar Imports") or a
football club's by its club word ("Harlow Athletic") is an organisation, and a tail
name reaches back over Spanish "de" / "del" ("Estrella del Norte Capital"); the nouns
of traders, meat packers, wallets and co-operatives are descriptors ("el frigorífico
X", "X, a forest cooperative"), and "Cooperativa", "Mutua" open a name
(``lexicon/entities.toml``); who a contract is signed
with is a company, even where the model read an unknown place ("firmó con X",
"signed with X": ``kg.entities.cues.signed_with``), so is the other party of "un
contrato con X", "a contract with X" (``[deal_nouns]``); a company's own filial named
in apposition ("su filial de biomasa, X,") is one; a Spanish body's name may close with
the date it commemorates, written with a capitalised month ("Asociación de Pescadores
12 de Octubre") (``kg.entities.cues``).

Every test runs the installed pipelines and is marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s13_entities import orgs, people

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


# --- trade and club words closing a name ------------------------------------------------


@pytest.mark.parametrize(("text", "org"), [
    ("Ostra Foods bought the ships from Kallisto Maritime of Piraeus for $31 million.",
     "Kallisto Maritime"),
    ("Aire Brook Weavers employs 300 people in Yorkshire.", "Aire Brook Weavers"),
    ("Marisol Cosmetics was snapped up for $300 million in 2024 by Larchmont Beauty.",
     "Marisol Cosmetics"),
    ("Corran Imports ships wine to Dublin.", "Corran Imports"),
    ("Harlow Athletic are set to come under American ownership after the chairman "
     "agreed to sell the club.", "Harlow Athletic"),
    ("Ravensby United are set to be taken over by an American investor.",
     "Ravensby United"),
    ("Supporters of Brackley Wanderers welcomed the takeover.", "Brackley Wanderers"),
])
def test_a_trade_or_club_word_closes_an_organisations_name(en: Language, text: str,
                                                           org: str) -> None:
    assert org in orgs(en, text)


def test_a_club_word_keeps_the_person_a_person(en: Language) -> None:
    text = "Fenby Rovers sold striker Tom Ashe to Kestrel United for £3m."
    assert "Tom Ashe" in people(en, text)


@pytest.mark.parametrize(("text", "org"), [
    ("El fondo Estrella del Norte Capital entró en el capital de Logimax.",
     "Estrella del Norte Capital"),
    ("Olmedo Foods compró Estrella del Norte Capital por 20 millones.",
     "Estrella del Norte Capital"),
    ("El fondo Puerta de Hierro Partners invirtió en Logimax.", "Puerta de Hierro Partners"),
])
def test_a_tail_name_reaches_back_over_de(es: Language, text: str, org: str) -> None:
    assert org in orgs(es, text)


@pytest.mark.parametrize(("text", "org", "not_org"), [
    ("Compra de Norte Capital se cerró ayer.", "Norte Capital", "Compra de Norte Capital"),
    ("La filial de Madrid de Norte Capital creció.", "Norte Capital",
     "Madrid de Norte Capital"),
])
def test_a_common_word_or_a_place_before_de_is_no_part_of_the_name(
        es: Language, text: str, org: str, not_org: str) -> None:
    found = orgs(es, text)
    assert org in found and not_org not in found


# --- descriptors -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "org"), [
    ("El frigorífico Campo Austral aceptó la oferta de Carnes Bravas.", "Campo Austral"),
    ("La billetera digital Pagalia compró la financiera Ahorrosur.", "Pagalia"),
    ("Dorvalia firmó un acuerdo con el importador londinense Thames Cellar Wines.",
     "Thames Cellar Wines"),
])
def test_spanish_trade_descriptors(es: Language, text: str, org: str) -> None:
    assert org in orgs(es, text)


@pytest.mark.parametrize(("text", "org"), [
    ("Frigorífico Pampeano cerró la compra de Cueros Sur.", "Frigorífico Pampeano"),
    ("Importadora Andina compró Vinos Sur.", "Importadora Andina"),
])
def test_a_trade_noun_opening_a_name_stays_in_it(es: Language, text: str, org: str) -> None:
    assert org in orgs(es, text)


def test_an_english_cooperative_in_apposition(en: Language) -> None:
    text = "Ostra Foods signed a supply deal with Vaskivara, a Finnish forest cooperative."
    assert "Vaskivara" in orgs(en, text)


@pytest.mark.parametrize(("text", "org"), [
    ("La empresa renovó su convenio con Cooperativa Sierra Alta.", "Cooperativa Sierra Alta"),
    ("La naviera mantiene un contrato con Cooperativa Pesquera Islas hasta 2030.",
     "Cooperativa Pesquera Islas"),
])
def test_a_cooperative_head_opens_a_name(es: Language, text: str, org: str) -> None:
    assert org in orgs(es, text)


def test_a_cooperative_in_lower_case_is_no_name(es: Language) -> None:
    assert not orgs(es, "El socio de la cooperativa dijo que no venderá.")


# --- who a contract is signed with -------------------------------------------------------


@pytest.mark.parametrize(("text", "org"), [
    ("El dinero servirá para pagar el pedido de aviones que la aerolínea firmó con "
     "Aerovalia en 2025.", "Aerovalia"),
    ("La Agencia de Control firmó el viernes los títulos con Ondacel y Conecta Perú.",
     "Ondacel"),
])
def test_spanish_signed_with(es: Language, text: str, org: str) -> None:
    assert org in orgs(es, text)


def test_english_signed_with(en: Language) -> None:
    assert "Norvale" in orgs(en, "The carrier signed with Norvale for ten aircraft.")


@pytest.mark.parametrize(("lang", "text", "not_org"), [
    ("es", "El Gobierno firmó con Chile un acuerdo comercial.", "Chile"),
    ("es", "Transportes Sur firmó con Ana Ruiz un contrato.", "Ana Ruiz"),
    ("en", "The club signed with Marcus Hale on Friday.", "Marcus Hale"),
    ("en", "The UK signed with France a defence pact.", "France"),
])
def test_a_known_place_or_a_person_signed_with_stays_so(
        es: Language, en: Language, lang: str, text: str, not_org: str) -> None:
    assert not_org not in orgs(es if lang == "es" else en, text)


def test_the_other_party_of_an_alliance(en: Language) -> None:
    assert "Coral Sky" in orgs(en, "The airline signed an alliance with Coral Sky last year.")


def test_a_country_a_contract_is_with_stays_a_place(en: Language) -> None:
    assert "Japan" not in orgs(en, "Rowan Defence won a contract with Japan last year.")


# --- a company's own filial in apposition ------------------------------------------------


@pytest.mark.parametrize("text", [
    "Dorvalia vendió su filial de biomasa, Bioverde Lleida, al grupo Tavira.",
    "Luxa vendió su filial de envases, Envasur Levante, a la gestora Orbe.",
    "Luxa vendió su filial, Termas Alto Duero, al fondo Orbe.",
])
def test_a_filial_named_in_apposition(es: Language, text: str) -> None:
    name = text.split(", ")[1]
    assert name in orgs(es, text)


def test_a_rival_named_in_apposition_is_no_company(es: Language) -> None:
    assert "Nadal" not in orgs(es, "El tenista recordó a su rival, Nadal, en la final.")


# --- a date a Spanish body's name commemorates -------------------------------------------


@pytest.mark.parametrize(("text", "org"), [
    ("Lanuza suscribió un convenio con la Asociación de Pescadores 12 de Octubre, que "
     "agrupa a 200 familias.", "Asociación de Pescadores 12 de Octubre"),
    ("La Asociación de Pescadores 12 de Octubre firmó un convenio con Lanuza.",
     "Asociación de Pescadores 12 de Octubre"),
    ("Club Deportivo 25 de Mayo firmó un convenio con Lanuza.", "Club Deportivo 25 de Mayo"),
])
def test_a_capitalised_date_closes_a_bodys_name(es: Language, text: str, org: str) -> None:
    assert org in orgs(es, text)


def test_a_date_in_lower_case_is_the_date_of_the_event(es: Language) -> None:
    found = orgs(es, "La Asociación de Pescadores firmó el 12 de octubre un convenio.")
    assert "Asociación de Pescadores" in found
