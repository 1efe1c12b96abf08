"""False organisations (session 20, issue #13), each rule on sentences written for
these tests.

A Spanish name opened by a noun of areas, routes, crossings or sites ("Zona
Metropolitana de X", "Camino de X", "Paso X", "Planta de X", "Depósito de X") is a
place's, not a company's (``not_company_heads``); an English "person" closed by a
street word is the street (``retype:street``).

A line opened by an honorific is a transcript's speaker, not a dateline: the word in
brackets after the speaker is his side, no news agency ("Mr KOIM (Opposition) —",
``kg.entities.lines``); a common word alone in brackets, read as a "person" nobody
introduces, is a label, no organisation (``retype.unintroduced``).

A title alone, before its holder's name, after "the" or addressed ("Advocate Jane Le
Sueur", "the Auditor-General", "Mr Speaker"), is no organisation, nor a person
(``drop:title_word``, ``honorifics``).

A name closed by a noun of shares or of their holders ("each Kelso Share", "Kelso
Shareholders") is an offer document's defined term, no organisation
(``drop:security_term``, ``security_tails``).

An ordinal before a comma numbers a statement's points ("Fourth, the Fund has signed",
"Cuarto, el Fondo"): no name (``ordinal_markers``, ``kg.entities.runs``).

A dateline's city in capitals and its state's abbreviation ("GUADALAJARA, Jal.") are
places (``state_abbreviations``, ``retype:city_and_state``); a section's rubric before
a bar ("COLUMNA | ...") is page furniture (``lexicon/furniture.toml``).

A capitalised head noun of organisations alone after a determiner ("the Fund", "this
House", "el Fondo", "dicha Comisión") is a definite description, no name: it is one
more mention of the organisation the article names with that head, or, where the
article names none or several, of nobody (``kg.entities.definite``).

Every test runs the installed pipelines and is marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s13_entities import orgs, people

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def _org_of(nlp: Language, text: str, word: str) -> set[str]:
    """The names of the organisations any mention of ``word`` belongs to."""
    doc = nlp(text)
    return {e.name for e in doc._.kg_entities if e.kind == "org"
            and any(m.text == word for m in e.mentions)}


# --- definite descriptions ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "head", "org"), [
    ("The Tongan Ocean Fund was created by Parliament last year. In March the Fund "
     "bought 20 per cent of Reefline Telecom for $14 million.", "Fund", "Tongan Ocean Fund"),
    ("Castlemere Trust Holdings will buy Orrin Fiduciary Group plc. The Group employs "
     "400 people in Guernsey.", "Group", "Orrin Fiduciary Group"),
    ("El Fondo Andino de Infraestructura compró el 30% de Vialsur. El Fondo pagó 40 "
     "millones de dólares por la participación.", "Fondo", "Fondo Andino de Infraestructura"),
    ("La Sociedad Minera Quillacollo vendió su planta a Metales Oruro. Según la "
     "Sociedad, la venta cerrará en junio.", "Sociedad", "Sociedad Minera Quillacollo"),
])
def test_a_definite_head_is_a_mention_of_the_organisation_it_refers_to(
        en: Language, es: Language, text: str, head: str, org: str) -> None:
    nlp = es if " el " in f" {text.lower()} " or " la " in f" {text.lower()} " else en
    found = orgs(nlp, text)
    assert head not in found
    assert org in found
    assert _org_of(nlp, text, head) <= {org}


@pytest.mark.parametrize(("lang", "text", "head"), [
    ("en", "Bidco has received undertakings to vote in favour of the Scheme. The Scheme "
     "is expected to become effective in March.", "Scheme"),
    ("en", "I can confirm to this House that the Kestrel Ports sale is complete.", "House"),
    ("en", "Ashdown Minerals and Corrib Mining said the Board would meet on Friday.",
     "Board"),
    ("es", "La Comisión aprobó la compra de Lácteos Tarija por parte de Grupo Chaco.",
     "Comisión"),
    ("es", "La Sociedad comunicó a la Comisión que había cerrado la venta de Aceites "
     "Morón.", "Comisión"),
    # two banks named: which one "the Bank" is, is unsaid
    ("en", "Harwick Bank and Stonegate Bank agreed to merge. The Bank said the deal would "
     "close in May.", "Bank"),
])
def test_a_definite_head_no_organisation_bears_names_nobody(
        en: Language, es: Language, lang: str, text: str, head: str) -> None:
    assert head not in orgs(es if lang == "es" else en, text)


@pytest.mark.parametrize(("lang", "text", "org"), [
    # a name of several words after "the" is a name
    ("en", "The Royal Court sanctioned the scheme on Tuesday.", "Royal Court"),
    ("es", "La Comisión Nacional de Valores aprobó la oferta de Grupo Chaco.",
     "Comisión Nacional de Valores"),
    # a word that heads no organisation keeps its reading
    ("en", "Brenmoor Capital, advised by Larkhill Partners, bought the Selwyn Arms hotel.",
     "Larkhill Partners"),
])
def test_a_name_after_a_determiner_is_still_a_name(
        en: Language, es: Language, lang: str, text: str, org: str) -> None:
    assert org in orgs(es if lang == "es" else en, text)


# --- names of areas, routes, crossings, sites and streets ---------------------------------


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("es", "Clínicas Tapatías tiene seis hospitales en la Zona Metropolitana de Monterrey "
     "y abrirá otros dos en 2027.", "Zona Metropolitana de Monterrey"),
    ("es", "Los peregrinos del Camino de Santiago llenaron los albergues de Galicia.",
     "Camino de Santiago"),
    ("es", "La constructora amplió la carretera entre Tarija y Paso Cañitas el año pasado.",
     "Paso Cañitas"),
    ("es", "La Planta de Quillabamba procesa 300 toneladas al día.",
     "Planta de Quillabamba"),
])
def test_an_area_route_site_or_street_is_no_organisation(
        en: Language, es: Language, lang: str, text: str, place: str) -> None:
    nlp = es if lang == "es" else en
    assert place not in orgs(nlp, text)
    assert place not in people(nlp, text)


@pytest.mark.parametrize("text", [
    "The largest building in the package, Mukuvisi House on Josina Machel Avenue, comes "
    "with a new tenant: grocer Tendai Foods has signed a lease.",
    "Customers queued outside the branch on Milton Margai Avenue on Wednesday.",
])
def test_a_person_closed_by_a_street_word_is_the_street(en: Language, text: str) -> None:
    doc = en(text)
    assert not any(e.name.endswith("Avenue") for e in doc._.kg_entities)


@pytest.mark.parametrize(("text", "person"), [
    ("Nathan Lane said the deal was fair.", "Nathan Lane"),
    ("Analyst Anna Place said the deal was fair.", "Anna Place"),
])
def test_a_person_whose_surname_is_a_street_word_is_kept(en: Language, text: str,
                                                         person: str) -> None:
    assert person in people(en, text)


@pytest.mark.parametrize(("lang", "text", "org"), [
    # a common noun that is no head of places still opens a company's name
    ("es", "Transportes Ébano y Cargas del Sur firmaron una alianza logística.",
     "Transportes Ébano"),
    ("es", "Ribera Alta Valores asesoró a la compradora en la operación.",
     "Ribera Alta Valores"),
    ("es", "La ronda de US$ 8 millones fue liderada por Quebrada Ventures.",
     "Quebrada Ventures"),
    # an English "person" that ends in a common noun is still a company
    ("en", "Baltica Freight agreed to buy Norrland Cold Storage for $40 million.",
     "Baltica Freight"),
])
def test_a_company_opened_or_closed_by_a_common_noun_is_kept(
        en: Language, es: Language, lang: str, text: str, org: str) -> None:
    assert org in orgs(es if lang == "es" else en, text)


# --- a transcript's speaker labels -------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "label"), [
    ("en", "Mr KOIM (Opposition) — Is the Minister aware that the Fund bought shares in "
     "Kumul Bank?\n\nMr TAPO (Minister) — I am.", "Opposition"),
    ("en", "Mr KOIM (Opposition) — Is the Minister aware that the Fund bought shares in "
     "Kumul Bank?\n\nMr TAPO (Minister) — I am.", "Minister"),
    ("es", "Sra. ROBLES (Oposición) — ¿Sabe el consejero que Aguas del Turia fue vendida?",
     "Oposición"),
])
def test_a_speakers_side_in_brackets_is_no_agency(
        en: Language, es: Language, lang: str, text: str, label: str) -> None:
    found = orgs(es if lang == "es" else en, text)
    assert label not in found
    assert ("Kumul Bank" if lang == "en" else "Aguas del Turia") in found


@pytest.mark.parametrize("text", [
    "SYDNEY (Reuters) - Kestrel Mining agreed to buy Emu Ore for A$2 billion.",
    "BOGOTÁ, 3 mar (Reuters) - Grupo Cóndor compró Lácteos Sabana.",
])
def test_a_datelines_agency_is_still_read(en: Language, es: Language, text: str) -> None:
    assert "Reuters" in orgs(es if "BOGOTÁ" in text else en, text)


# --- titles alone --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "title"), [
    ("Counsel for the objector, Advocate Rosalind Le Quesne, said her client would "
     "appeal.", "Advocate"),
    ("Every payment will be published in the annual report, and the Auditor-General "
     "will audit it.", "Auditor-General"),
    ("Mr Speaker, the Tongan Ocean Fund has signed a mandate with Reefline Asset "
     "Management.", "Mr Speaker"),
])
def test_a_title_alone_is_no_organisation(en: Language, text: str, title: str) -> None:
    assert title not in orgs(en, text)
    assert title.split()[-1] not in people(en, text)


def test_a_holder_after_a_parliamentary_title_is_a_person(en: Language) -> None:
    text = "Counsel for the objector, Advocate Rosalind Le Quesne, said her client would appeal."
    assert "Rosalind Le Quesne" in people(en, text)


@pytest.mark.parametrize(("text", "org"), [
    ("Coach said sales of its handbags rose 4% in the quarter.", "Coach"),
    ("Premier Foods raised its forecast.", "Premier Foods"),
])
def test_a_company_named_like_a_title_is_kept(en: Language, text: str, org: str) -> None:
    assert org in orgs(en, text)


# --- defined terms of offer documents --------------------------------------------------------


@pytest.mark.parametrize(("text", "term"), [
    ("Under the terms of the Acquisition, each Kelso Shareholder shall be entitled to "
     "receive 142 pence in cash for each Kelso Share.", "Kelso Share"),
    ("Under the terms of the Acquisition, each Kelso Shareholder shall be entitled to "
     "receive 142 pence in cash for each Kelso Share.", "Kelso Shareholder"),
    ("Kelso Shareholders will in addition remain entitled to the final dividend of Kelso "
     "Payments plc.", "Kelso Shareholders"),
])
def test_a_defined_term_for_shares_or_holders_is_no_organisation(
        en: Language, text: str, term: str) -> None:
    assert term not in orgs(en, text)


def test_the_company_of_the_defined_terms_is_kept(en: Language) -> None:
    text = ("Kelso Shareholders will in addition remain entitled to the final dividend of "
            "Kelso Payments plc.")
    assert "Kelso Payments" in orgs(en, text)


# --- ordinals numbering a statement's points -------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Third, the Fund bought 5 per cent of Kumul Bank.\n\nFourth, the Fund has signed "
     "a five-year mandate with Lagatoi Asset Management, a Port Moresby firm.", "Fourth"),
    ("es", "Cuarto, el Fondo firmó un mandato con Gestora Andina, una firma de Lima.",
     "Cuarto"),
])
def test_an_ordinal_before_a_comma_is_no_name(
        en: Language, es: Language, lang: str, text: str, word: str) -> None:
    assert word not in orgs(es if lang == "es" else en, text)


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "First Solar agreed to buy Helio Panels.", "First Solar"),
    ("en", "Second Sight Medical raised $10 million.", "Second Sight Medical"),
    ("es", "Quinto Elemento Capital invirtió en Vialsur.", "Quinto Elemento Capital"),
])
def test_a_name_opened_by_an_ordinal_is_kept(
        en: Language, es: Language, lang: str, text: str, org: str) -> None:
    assert org in orgs(es if lang == "es" else en, text)


# --- datelines and rubrics -----------------------------------------------------------------


def test_a_datelines_city_and_state_abbreviation_are_places(es: Language) -> None:
    text = ("GUADALAJARA, Jal. / Rodrigo Anaya\n\nLa firma Mezcal Capital adquirirá "
            "Clínicas Tapatías.")
    found = orgs(es, text)
    assert not {"GUADALAJARA", "Jal"} & found
    assert {"Mezcal Capital", "Clínicas Tapatías"} <= found


def test_a_sections_rubric_before_a_bar_is_no_name(es: Language) -> None:
    text = ("COLUMNA | Confidencias del Parque Lleras | Domingo 29 de noviembre de 2026\n\n"
            "Textiles Sabaneta busca comprador.")
    assert "COLUMNA" not in orgs(es, text)
    assert "Textiles Sabaneta" in orgs(es, text)


def test_a_company_named_like_a_rubric_is_kept(es: Language) -> None:
    assert "Editorial Planeta" in orgs(es, "Editorial Planeta compró Ediciones Sur.")
