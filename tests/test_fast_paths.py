"""The shortcuts taken for speed give what the plain way gives.

- ``kg.iri.fold`` skips the Unicode normalisations for ASCII text;
- ``kg.triples.IndexedGraph`` answers triple patterns as rdflib's own store does;
- ``kg.vocab.Vocabulary`` makes each term once;
- ``kg.rdfio.nquads`` writes the bytes of pyoxigraph's sorted serialisation;
- ``kg.entities.institutions._latin`` (one compiled pattern) tells Latin-script names
  as the character loop did, and GeoNames' cities are read once per process.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef

from kg import geonames, origin
from kg.entities import institutions
from kg.iri import fold
from kg.publish.files import serialize
from kg.rdfio import nquads, to_oxigraph
from kg.triples import IndexedGraph
from kg.vocab import SCHEMA, XSD, Vocabulary


def _fold_the_long_way(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


@given(st.text(alphabet=st.characters(max_codepoint=127)))
@settings(max_examples=500)
def test_fold_of_ascii_text_is_the_full_fold(text: str) -> None:
    assert fold(text) == _fold_the_long_way(text)


@given(st.text())
@settings(max_examples=300)
def test_fold_of_any_text_is_the_full_fold(text: str) -> None:
    assert fold(text) == _fold_the_long_way(text)


NODES = [URIRef(f"urn:n{i}") for i in range(4)]
PREDICATES = [URIRef(f"urn:p{i}") for i in range(3)]
OBJECTS = [*NODES, Literal("x"), Literal("x", lang="es"), Literal(1)]
triples = st.tuples(st.sampled_from(NODES), st.sampled_from(PREDICATES), st.sampled_from(OBJECTS))


@given(st.lists(triples, max_size=25), st.lists(triples, max_size=5))
@settings(max_examples=200)
def test_indexed_graph_answers_every_pattern_as_rdflib_does(
    added: list[tuple], removed: list[tuple]
) -> None:
    plain, indexed = rdflib.Graph(), IndexedGraph()
    for triple in added:
        plain.add(triple)
        indexed.add(triple)
    for triple in removed:
        plain.remove(triple)
        indexed.remove(triple)
    assert len(indexed) == len(plain)
    assert bool(indexed) == bool(len(plain))
    for s, p, o in itertools.product([None, *NODES], [None, *PREDICATES], [None, *OBJECTS]):
        assert set(indexed.triples((s, p, o))) == set(plain.triples((s, p, o))), (s, p, o)
    choices = set(indexed.triples_choices((NODES[:2], None, None)))
    assert choices == set(plain.triples_choices((NODES[:2], None, None)))


def test_indexed_graph_serialises_and_answers_sparql() -> None:
    graph = IndexedGraph()
    graph.bind("schema", str(SCHEMA))
    graph.add((URIRef("urn:a"), SCHEMA.name, Literal("Vatio")))
    graph += [(URIRef("urn:b"), SCHEMA.name, Literal("Lumen"))]
    turtle = graph.serialize(format="turtle")
    assert "schema:name" in turtle and "Lumen" in turtle
    rows = graph.query("SELECT ?n WHERE { ?x <https://schema.org/name> ?n } ORDER BY ?n")
    assert [str(row[0]) for row in rows] == ["Lumen", "Vatio"]


def test_vocabulary_terms_are_made_once_and_equal_plain_ones() -> None:
    ns = Vocabulary("https://example.org/v#")
    assert ns.thing is ns.thing is ns["thing"]
    assert ns.thing == rdflib.Namespace("https://example.org/v#").thing
    assert XSD.decimal == rdflib.XSD.decimal


def test_nquads_are_the_bytes_of_the_sorted_serialisation() -> None:
    graph = IndexedGraph()
    s = URIRef("https://w3id.org/dealkg/id/org/vatio")
    graph.add((s, SCHEMA.name, Literal('Vatio "Energía"\nS.A.')))
    graph.add((s, SCHEMA.alternateName, Literal("Vatio", lang="es")))
    graph.add((s, SCHEMA.value, Literal("12.5", datatype=XSD.decimal)))
    graph.add((URIRef("https://w3id.org/dealkg/id/org/a"), SCHEMA.knows, s))
    name = URIRef("https://w3id.org/dealkg/id/article/a1")
    quads = [
        ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.NamedNode(str(name)))
        for s, p, o in graph
    ]
    assert nquads(graph, name) == serialize(quads, "nquads")


def _latin_the_long_way(name: str) -> bool:
    return name[:1].isupper() and all(
        c.isspace() or c in "-'." or (c.isalpha() and c <= "ž") for c in name)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x3100), max_size=12))
def test_the_latin_name_pattern_is_the_character_loop(name: str) -> None:
    assert institutions._latin(name) == _latin_the_long_way(name)


def test_latin_names_and_others() -> None:
    for name in ("Río Cuarto", "Saint-Étienne", "St. Louis", "O'Higgins", "Łódź"):
        assert institutions._latin(name), name
    for name in ("Москва", "北京", "río Cuarto", "Zone 5", ""):
        assert not institutions._latin(name), name


def test_geonames_cities_are_read_once() -> None:
    first = geonames.cities()
    assert geonames.cities() is first
    assert len(first) > 20_000
    assert institutions.is_city("Córdoba") and institutions.city_country("Córdoba") == "AR"


def test_the_entities_and_a_datelines_country_share_one_geonames_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # no index kept from before
    geonames.cities.cache_clear()
    institutions._cities.cache_clear()
    origin._city_index.cache_clear()
    assert institutions.is_city("Rosario")
    assert origin._city_index()["rosario"]
    assert geonames.cities.cache_info().misses == 1
