"""Organisations and people on unseen news (session 15), each rule on sentences written
for these tests.

Spanish company names by their trade: a dateline whose place, stop and dash are one
token ("LIMA.-", ``kg.entities.lines``); trade descriptors ("la salmonera X", "la
calificadora X"), adjectives of a trade opening a name ("Acuícola X", not inside
"Cooperativa Agrícola X"), the heads of concessions, consortia and under-secretariats,
servicers' and investment arms' tails (``lexicon/entities.toml``); compound trade words
in -cultura and -ícola as common words (``kg.entities.context``); no person's name
after "el"/"del"/"al" (``kg.entities.people``). English: bodies named after their
members in a plural possessive (``kg.entities.apostrophes``), a sports league after an
honorific-looking word, a name that modifies a descriptor is no deal's object, a title
the model ran into a company, a sentence-opening modifier (``kg.entities.labels``),
acronyms defined by a common noun phrase and Spanish acronyms made plural
(``kg.entities.acronyms``). A gazetteer name inside another headed name
(``kg.entities.component``), a supporters' trust is not its club
(``kg.entities.resolve``), a two-word city is no company, the article's own outlet
named in its body (``kg.entities.lines``).

Every test runs the installed pipelines and is marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import article_doc
from kg.facts import Article
from tests.test_s13_entities import orgs, people

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


# --- Spanish datelines --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "LIMA.- La minera Cerro Alto vendió su planta a Fundiciones Sur.",
    "QUITO.– El banco Pichincha Norte compró una cartera de créditos.",
    "SAN JOSÉ.- La cooperativa Coopemonte firmó un crédito con Banco Lacustre.",
    "MEDELLÍN.- La Agencia de Vivienda adjudicó el contrato a Obras Urabá.",
    "AREQUIPA.- Cementos Misti colocó bonos por 40 millones de soles.",
])
def test_a_dateline_with_its_stop_and_dash_is_no_organisation(es: Language, text: str) -> None:
    found = orgs(es, text)
    assert not any(name.isupper() or name.endswith(("-", "–")) for name in found)
    assert found  # the organisation of the sentence is still read


# --- Spanish company names by their trade ------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("La salmonera Estuarios Boreales completó su salida a bolsa.", "Estuarios Boreales"),
    ("Según la calificadora Riesgocentral, la prima pagada es razonable.", "Riesgocentral"),
    ("La compra de la piscicultura Alevines Lago Azul se cerró en septiembre.",
     "Alevines Lago Azul"),
    ("El holding compró la láctea cordobesa Tambos del Río por 30 millones.",
     "Tambos del Río"),
    ("La pesquera Mares Australes redujo su flota.", "Mares Australes"),
])
def test_a_trade_descriptor_makes_the_name_a_company(
        es: Language, text: str, name: str) -> None:
    assert name in orgs(es, text)
    assert name not in people(es, text)


@pytest.mark.parametrize(("text", "name"), [
    ("El fondo compró en 2022 un 15% de Acuícola Bahía Norte.", "Acuícola Bahía Norte"),
    ("Vinícola Cerro Largo exportó un 20% más.", "Vinícola Cerro Largo"),
    ("La Financiera de Fomento Regional aportará un crédito de 500 millones.",
     "Financiera de Fomento Regional"),
])
def test_an_adjective_of_a_trade_opens_a_company_name(
        es: Language, text: str, name: str) -> None:
    assert name in orgs(es, text)


def test_an_adjective_of_a_trade_inside_a_name_does_not_cut_it(es: Language) -> None:
    found = orgs(es, "La Cooperativa Agrícola Pisquera Elqui vendió su planta.")
    assert "Cooperativa Agrícola Pisquera Elqui" in found
    assert "Agrícola Pisquera Elqui" not in found
    assert "Banco Agrícola de Valdivia" in orgs(
        es, "El Banco Agrícola de Valdivia prestó 20 millones a la cooperativa.")


@pytest.mark.parametrize(("text", "name"), [
    ("El tramo se adjudicó a la Concesión Vial del Valle Alto, una sociedad de dos "
     "constructoras.", "Concesión Vial del Valle Alto"),
    ("Un tercer participante, el Consorcio Vial Andino, fue descalificado.",
     "Consorcio Vial Andino"),
    ("La Subsecretaría de Minería estudia nuevas normas para las canteras.",
     "Subsecretaría de Minería"),
    ("La Concesionaria Autopista del Sol cobrará peajes desde enero.",
     "Concesionaria Autopista del Sol"),
])
def test_concessions_consortia_and_under_secretariats_head_a_name(
        es: Language, text: str, name: str) -> None:
    assert name in orgs(es, text)


def test_fields_in_cultura_are_common_words_of_a_body(es: Language) -> None:
    name = "Subsecretaría de Pesca y Acuicultura"
    assert name in orgs(es, f"La {name} estudia nuevas restricciones.")
    assert "Ministerio de Agricultura y Silvicultura" in orgs(
        es, "El Ministerio de Agricultura y Silvicultura aprobó el plan.")


@pytest.mark.parametrize(("text", "name"), [
    ("La gestión recaerá en Cierzo Recobros, que firmó un contrato con el fondo.",
     "Cierzo Recobros"),
    ("El banco vendió la cartera a Norte Cobranzas por 8 millones.", "Norte Cobranzas"),
    ("CAF Invest, el brazo privado del banco, aportará 20 millones.", "CAF Invest"),
    ("Kestrel Invest led the round in the start-up.", "Kestrel Invest"),
])
def test_servicers_and_investment_arms_close_a_name(
        request: pytest.FixtureRequest, text: str, name: str) -> None:
    nlp = request.getfixturevalue("en" if text.startswith("Kestrel") else "es")
    assert name in orgs(nlp, text)


@pytest.mark.parametrize(("text", "person"), [
    ("La vía une el Magdalena Medio con la costa.", "Magdalena Medio"),
    ("El puerto del Rosario Norte exporta soja.", "Rosario Norte"),
    ("La autopista llega al Carmen Alto en 2027.", "Carmen Alto"),
])
def test_no_person_after_a_masculine_article(es: Language, text: str, person: str) -> None:
    assert person not in people(es, text)


def test_a_given_name_after_del_inside_a_persons_name_is_kept(es: Language) -> None:
    assert "María del Carmen Ortiz" in people(
        es, "La directora María del Carmen Ortiz firmó el acuerdo.")


def test_a_group_is_named_by_what_follows_its_heads(es: Language) -> None:
    text = ("El banco venderá su filial al Grupo Empresarial Quetzal por 100 millones. "
            "Para Quetzal, la compra duplica su tamaño.")
    found = {e.name: set(e.aliases) for e in es(text)._.kg_entities if e.kind == "org"}
    assert "Quetzal" in found.get("Grupo Empresarial Quetzal", set())
    assert "Quetzal" not in found
    text = ("El vendedor es la Constructora Andina Solís, que conservará el 60%. Para "
            "Andina Solís, la venta es clave.")
    found = {e.name: set(e.aliases) for e in es(text)._.kg_entities if e.kind == "org"}
    assert "Andina Solís" in found.get("Constructora Andina Solís", set())


# --- English bodies, leagues, titles ------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Ahead of the split, the Halvard Teachers' Pension Fund agreed to buy a stake in "
     "Kestrel Oil.", "Halvard Teachers' Pension Fund"),
    ("Ian Moss, chair of the Dunford Athletic Supporters' Trust, welcomed the deal.",
     "Dunford Athletic Supporters' Trust"),
    ("The Ontario Nurses' Association said it would appeal.", "Ontario Nurses' Association"),
    ("The Prairie Farmers' Retirement Plan sold its shares.",
     "Prairie Farmers' Retirement Plan"),
])
def test_a_body_named_after_its_members_is_one_name(
        en: Language, text: str, name: str) -> None:
    found = orgs(en, text)
    assert name in found
    assert not found & {"Pension Fund", "Retirement Plan", "Halvard Teachers"}


def test_a_possessive_before_a_noun_is_no_body(en: Language) -> None:
    assert not any("'" in name for name in orgs(
        en, "Dunford Rovers' Premier League rivals bid for the striker."))


def test_a_supporters_trust_is_not_its_club(en: Language) -> None:
    text = ("Dunford Rovers agreed a sale to Carla Hunt. Ian Moss, chair of the Dunford "
            "Rovers Supporters' Trust, welcomed it. Dunford Rovers play at home.")
    assert {"Dunford Rovers", "Dunford Rovers Supporters' Trust"} <= orgs(en, text)


@pytest.mark.parametrize("text", [
    "He wants to take the club to the Premier League within three seasons.",
    "The Premier League fined the club for late payments.",
])
def test_a_league_is_no_person(en: Language, text: str) -> None:
    assert "Premier League" in orgs(en, text)
    assert "League" not in people(en, text)


def test_an_honorific_before_a_surname_still_reads_a_person(en: Language) -> None:
    assert "Biden" in people(en, "President Biden spoke to reporters on Monday.")


@pytest.mark.parametrize(("text", "club", "league"), [
    ("A group agreed to buy a 30 per cent stake in Championship club Dunford Rovers.",
     "Dunford Rovers", "Championship"),
    ("The buyers took a stake in Serie B club Ternana from the founding family.", "Ternana",
     "Serie B"),
])
def test_a_name_that_modifies_a_descriptor_is_not_the_stake(
        en: Language, text: str, club: str, league: str) -> None:
    found = orgs(en, text)
    assert club in found
    assert league not in found


@pytest.mark.parametrize(("text", "company"), [
    ('"We acted fairly," Bramwell Chief Executive Jo Hart said in a statement.', "Bramwell"),
    ("Torvane Chief Financial Officer Dana Whit declined to comment.", "Torvane"),
])
def test_a_title_after_a_company_is_not_its_name(en: Language, text: str, company: str) -> None:
    found = orgs(en, text)
    assert company in found
    assert not any("Chief" in name for name in found)


# --- acronyms -----------------------------------------------------------------------


@pytest.mark.parametrize(("nlp_name", "text", "acronym"), [
    ("en", "The deal includes a $90 million private investment in public equity, or "
     "PIPE, anchored by Dunmore Capital. The PIPE closes in May.", "PIPE"),
    ("en", "Assets sit in special purpose vehicles (SPVs) run by Corlan Bank. The SPVs "
     "hold bonds.", "SPVs"),
    ("es", "El grupo emitirá bonos de deuda subordinada (BDS) con el Banco Lacustre. "
     "Los BDS vencen en 2030.", "BDS"),
])
def test_an_acronym_defined_by_a_common_phrase_is_no_organisation(
        request: pytest.FixtureRequest, nlp_name: str, text: str, acronym: str) -> None:
    found = orgs(request.getfixturevalue(nlp_name), text)
    assert not {acronym, f"The {acronym}"} & found
    assert found  # the company of the sentence is still read


def test_an_acronym_defined_by_a_name_stays_a_short_form(en: Language) -> None:
    doc = en("Last week the Commodity Futures Trading Commission (CFTC) fined the broker.")
    found = {e.name: set(e.aliases) for e in doc._.kg_entities}
    assert "CFTC" in found["Commodity Futures Trading Commission"]


@pytest.mark.parametrize("text", [
    "La demanda fue alta, con fuerte presencia de las AFP y de las aseguradoras.",
    "Las ONG denunciaron el acuerdo ante la fiscalía.",
    "Varios bancos y unas SGR firmaron el convenio.",
])
def test_a_spanish_acronym_made_plural_is_a_kind(es: Language, text: str) -> None:
    assert not orgs(es, text) & {"AFP", "ONG", "SGR"}
    assert not people(es, text) & {"AFP", "ONG", "SGR"}


# --- gazetteer names inside other names, cities ---------------------------------------


def test_a_gazetteer_name_inside_a_headed_name_is_a_word_of_it(es: Language) -> None:
    found = orgs(es, "Un tercer postor, el Consorcio Santander Vial, fue descalificado.")
    assert "Consorcio Santander Vial" in found
    assert "Banco Santander" not in found
    assert "Banco Santander" in orgs(es, "Santander y BBVA ganaron cuota de mercado.")


def test_a_two_word_city_is_no_company(es: Language) -> None:
    text = ("La salmonera, que emplea a 3.000 personas entre Puerto Montt y Punta Arenas, "
            "se comprometió a pagar dividendos.")
    assert not orgs(es, text) & {"Puerto Montt", "Punta Arenas"}


# --- the outlet named in the body ---------------------------------------------------


@pytest.mark.parametrize(("lang", "publisher", "body", "name"), [
    ("en", "The Morning Ledger", "Kestrel Oil bought a refinery.\n\nDisclosure: The "
     "Morning Ledger holds no shares in the companies mentioned.", "The Morning Ledger"),
    ("en", "Harbour Desk", "Kestrel Oil bought a refinery.\n\nHarbour Desk newsletters: "
     "sign up for the evening briefing.", "Harbour Desk"),
    ("es", "El Diario Austral", "La minera Cerro Alto compró una planta. Según El Diario "
     "Austral, la operación se cerró ayer.", "El Diario Austral"),
])
def test_the_outlet_named_in_the_body_is_an_organisation(
        request: pytest.FixtureRequest, lang: str, publisher: str, body: str,
        name: str) -> None:
    nlp = request.getfixturevalue(lang)
    article = Article(id="outlet-test", text=body, lang=lang, publisher=publisher)
    doc = nlp(article_doc(nlp, article))
    found = {e.name for e in doc._.kg_entities if e.kind == "org"}
    assert {name, name.removeprefix("The ")} & found  # kg's names drop an English "The"


def test_no_outlet_without_a_publisher(en: Language) -> None:
    article = Article(id="no-outlet", text="Harbour Desk newsletters: sign up.", lang="en")
    doc = en(article_doc(en, article))
    assert "Harbour Desk" not in {e.name for e in doc._.kg_entities if e.kind == "org"}
