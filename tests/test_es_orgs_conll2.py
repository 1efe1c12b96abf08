"""Organisations of Spanish wire news (session 11), on sentences written for these tests
with invented names: a name written between quotation marks is mentioned with its marks
("el diario "Tribuna Austral""), as CoNLL-2002 Spanish annotates it.

The classes were found on CoNLL-2002 Spanish testa (EFE newswire); the sentences here
are our own. Tests that run the installed pipeline are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.entities.quotes import quoted_extent, quoted_org_mentions
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
