"""Organisations of Spanish wire news (session 11), on sentences written for these tests
with invented names: a name written between quotation marks is mentioned with its marks
("el diario "Tribuna Austral""), as CoNLL-2002 Spanish annotates it; and a government
portfolio or an academic field after its office is no organisation, with a nationality
between ("el ministro paraguayo de Agricultura"), the cabinet's "del" ("el ministro del
Interior"), a plural office, a chair or a lower-case department ("el ministerio de
Hacienda").

The classes were found on CoNLL-2002 Spanish testa (EFE newswire); the sentences here
are our own. Tests that run the installed pipeline are marked ``model``.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from kg.entities.quotes import quoted_extent, quoted_org_mentions
from kg.entities.retype import _after_office
from kg.extract import extract
from kg.facts import Article, Entity, Span


def span_of(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


@pytest.mark.parametrize(
    ("text", "words", "widened"),
    [
        ('según el diario "Tribuna Austral" de hoy', "Tribuna Austral", '"Tribuna Austral"'),
        ("la agencia «Moraleda Modelos» abrió", "Moraleda Modelos", "«Moraleda Modelos»"),
        ("con la firma “Pradera Sistemas” desde", "Pradera Sistemas", "“Pradera Sistemas”"),
        ("el grupo 'Los Alcores' actuó", "Los Alcores", "'Los Alcores'"),
    ],
)
def test_a_name_filling_its_quotation_marks_is_mentioned_with_them(
        text: str, words: str, widened: str) -> None:
    assert quoted_extent(text, span_of(text, words)).text == widened


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a name that is only part of a quotation keeps its own ends
        ('dijo "Almazara Norte compró la planta" ayer', "Almazara Norte"),
        # marks that do not pair
        ('el "contrato de Almazara» firmado', "Almazara"),
        # the apostrophe of an elision is no quotation mark
        ("la marca l'Orvella'", "Orvella"),
        # no mark at all, or at the text's edges
        ("Almazara Norte", "Almazara Norte"),
    ],
)
def test_a_name_not_filling_a_quotation_keeps_its_ends(text: str, words: str) -> None:
    span = span_of(text, words)
    assert quoted_extent(text, span) == span


def test_only_an_organisation_is_widened() -> None:
    text = 'el apodo "Tito" y la empresa "Vallecas Redes"'
    person = Entity("person", "Tito", mentions=(span_of(text, "Tito"),))
    org = Entity("org", "Vallecas Redes", mentions=(span_of(text, "Vallecas Redes"),))
    assert quoted_org_mentions(person, text) is person
    widened = quoted_org_mentions(org, text)
    assert [m.text for m in widened.mentions] == ['"Vallecas Redes"']
    assert widened.name == "Vallecas Redes"


@pytest.mark.model
def test_the_published_mention_of_a_quoted_newspaper_spans_the_marks(es: Language) -> None:
    text = (
        "Lima, 4 mar (EFE).\n"
        'El presidente de la compañía "Quillabamba Textil", Rosendo Huamaní, dijo al '
        'diario "Tribuna Austral" que la empresa abrirá dos fábricas este año.\n'
        'Según "Tribuna Austral", las fábricas darán empleo a 300 personas.'
    )
    article = Article(id="quoted", text=text, lang="es")
    facts = extract(es(text), article, ("es_core_news_sm", "test"))
    anchors = {text[m.start:m.end] for e in facts.entities if e.kind == "org"
               for m in e.mentions}
    names = {e.name for e in facts.entities if e.kind == "org"}
    assert '"Tribuna Austral"' in anchors and "Tribuna Austral" in names
    assert not any(a.startswith("Tribuna") for a in anchors)


def org_names(nlp: Language, text: str) -> set[str]:
    return {e.name for e in nlp(text)._.kg_entities if e.kind == "org"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "portfolio"),
    [
        # a nationality between the office and its portfolio
        ("El ministro paraguayo de Agricultura, Teodoro Benítez, visitó ayer la feria "
         "ganadera de Concepción.", "Agricultura"),
        # the cabinet's fixed "del"
        ("El ministro del Interior, Ramiro Ocaña, anunció hoy más patrullas en la "
         "frontera.", "Interior"),
        # a plural office
        ("Los viceministros de Educación de la región se reunirán en Quito la próxima "
         "semana.", "Educación"),
        # an academic chair names a field
        ("El catedrático de Derecho Mercantil Anselmo Ruiz presentó ayer su libro en "
         "Salamanca.", "Derecho Mercantil"),
        # a department in lower case: its name is the whole phrase
        ("Fuentes del ministerio de Hacienda explicaron que el déficit bajará este año.",
         "Hacienda"),
    ],
)
def test_a_portfolio_after_its_office_is_no_organisation(
        es: Language, text: str, portfolio: str) -> None:
    assert portfolio not in org_names(es, "Asunción, 4 mar (EFE).\n" + text)


@pytest.mark.model
def test_an_institution_after_a_head_and_del_stays_an_organisation(es: Language) -> None:
    text = ("Madrid, 4 mar (EFE).\n"
            "El jefe del Gobierno, Tomás Urquiza, recibió hoy en la sede de la "
            "presidencia a los sindicatos.\n"
            "El consejero de Iberlanda, Mateo Sáez, dimitió ayer.")
    orgs = org_names(es, text)
    assert any(o.startswith("Gobierno") for o in orgs) and "Iberlanda" in orgs


@pytest.mark.parametrize(
    ("text", "name", "after"),
    [
        ("el ministro paraguayo de Agricultura dijo", "Agricultura", True),
        ("el ministro del Interior dijo", "Interior", True),
        ("los viceministros de Educación llegaron", "Educación", True),
        ("el catedrático de Derecho Mercantil habló", "Derecho", True),
        ("fuentes del ministerio de Hacienda", "Hacienda", True),
        ("El Ministro de Hacienda dijo", "Hacienda", True),
        # an institution after a head and "del", not a portfolio
        ("el jefe del Gobierno dijo", "Gobierno", False),
        ("el titular del Congreso dijo", "Congreso", False),
        # a capitalised department opens its own name
        ("el Ministerio de Hacienda dijo", "Hacienda", False),
        # no office before the "de"
        ("la sede de Hacienda en Vigo", "Hacienda", False),
    ],
)
def test_the_office_before_a_portfolio(text: str, name: str, after: bool) -> None:
    doc = spacy.blank("es")(text)
    start = next(t.i for t in doc if t.text == name)
    assert _after_office(doc, start) is after
