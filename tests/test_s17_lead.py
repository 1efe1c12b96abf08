"""Session 17, lead: Spanish datelines closed by ").-" and the outlet named in the body."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Literal
from spacy.language import Language

from kg import iri
from kg.facts import Article, Entity, Facts, Span
from kg.graph import RunInfo, build_graph
from kg.validate import load_shapes, validate
from kg.vocab import SCHEMA

RUN = RunInfo(dt.datetime(2026, 12, 3, tzinfo=dt.UTC), "0.1.0")


def outlet_facts(body_name: str, publisher: str) -> Facts:
    text = f"QUITO ({body_name}).- La empresa Cobres del Pacífico vendió su planta."
    start = text.index(body_name)
    first = Span(0, len(text), text)
    outlet = Entity("org", body_name, (), (Span(start, start + len(body_name), body_name),))
    article = Article(id="s17-outlet", text=text, lang="es", publisher=publisher)
    return Facts(article=article, entities=(outlet,), sentences=(first,))


@pytest.mark.parametrize(("body_name", "publisher"), [
    ("Páramo Económico S.A.", "Páramo Económico"),
    ("PÁRAMO ECONÓMICO", "Páramo Económico"),
])
def test_an_outlet_named_in_the_body_keeps_one_name_and_the_graph_conforms(
    body_name: str, publisher: str
) -> None:
    graph = build_graph(outlet_facts(body_name, publisher), RUN)
    node = iri.entity_iri("org", publisher)
    assert node == iri.entity_iri("org", body_name)
    assert list(graph.objects(node, SCHEMA.name)) == [Literal(body_name)]
    assert not [v for v in validate(graph, load_shapes()) if v.severity == "Violation"]


def test_the_outlet_of_the_header_alone_is_still_named() -> None:
    facts = outlet_facts("Páramo Económico", "Páramo Económico")
    graph = build_graph(Facts(article=facts.article, sentences=facts.sentences), RUN)
    node = iri.entity_iri("org", "Páramo Económico")
    assert list(graph.objects(node, SCHEMA.name)) == [Literal("Páramo Económico")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "QUITO (Páramo Económico).- La estatal Minera Ríos del Sur firmó un contrato.",
    "ASUNCIÓN, 2 dic (Crónica del Chaco).– El banco Fondo Guaraní compró una financiera.",
])
def test_a_dateline_closed_by_a_bracket_and_a_dash_splits_from_the_outlets_name(
    text: str,
) -> None:
    from kg.nlp import Pipelines

    nlp = Pipelines().get("es")
    doc = nlp(text)
    words = [t.text for t in doc]
    close = words.index(")")
    assert words[close + 1] in (".-", ".–")
    names = [e.name for e in doc._.kg_entities or ()]
    assert not [n for n in names if ")" in n or n.endswith((".-", ".–"))]


def test_the_story_starts_after_a_spanish_datelines_stop(es: Language) -> None:
    doc = es(
        "MENDOZA (Andes Diario).- Bodegas Tupungato, la compañía que elabora vinos de "
        "altura, firmó un acuerdo con la chilena Viña Maipo Sur."
    )
    first, second = list(doc.sents)
    assert first.text == "MENDOZA (Andes Diario).-"
    assert second.text.startswith("Bodegas Tupungato")
    assert second.root.lemma_ == "firmar"


def test_a_description_means_the_company_whose_name_opens_with_its_noun(es: Language) -> None:
    doc = es(
        "Minera Cerro Azul, la compañía que desarrolla el proyecto de cobre Loma Alta, "
        "firmó un acuerdo de venta con la canadiense Boreal Streams por el que recibirá "
        "un pago de US$ 150 millones.\n\nBoreal Streams comprará el 20 % de la plata de la "
        "mina.\n\nLa minera también cerró un contrato de abastecimiento eléctrico por 15 "
        "años con Pocito Energía, que construirá un parque solar."
    )
    supply = [d for d in doc._.kg_deals or () if "Pocito Energía" in {r.name for _, r in d.roles}]
    assert [{r.name for role, r in d.roles if role == "buyer"} for d in supply] == [
        {"Minera Cerro Azul"}
    ]
