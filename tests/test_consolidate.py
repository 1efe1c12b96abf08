"""Consistency by construction (issue 15): the facts of an article are made to meet
the shapes before its graph is built, and long articles are read in pieces whose
facts keep the offsets of the whole body. No model needed: facts written by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from rdflib import Literal

from kg import iri
from kg.consolidate import consolidate, join, shift
from kg.errors import ValidationFailed
from kg.facts import Amount, Article, Deal, Entity, EntityRef, Facts, Role, Span
from kg.graph import RunInfo, build_graph
from kg.pipeline import split_pieces
from kg.validate import check, load_shapes
from kg.vocab import SCHEMA

RUN = RunInfo(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "test")


def span(text: str, part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part), part)


def sentence_spans(text: str) -> tuple[Span, ...]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append(Span(start, start + len(line), line))
        start += len(line) + 1
    return tuple(s for s in spans if s.text)


BYLINE = (
    "By JAMES WHITFIELD\n"
    "James Whitfield, chief executive of Harbor Analytics, said Harbor Analytics "
    "agreed to buy Quill Data for $5 million."
)


def byline_facts() -> Facts:
    """What the components gave for a byline in capitals: two people for one node."""
    text = BYLINE
    upper = Entity("person", "JAMES WHITFIELD", mentions=(span(text, "JAMES WHITFIELD"),))
    mixed = Entity("person", "James Whitfield", mentions=(span(text, "James Whitfield"),))
    harbor = Entity("org", "Harbor Analytics", mentions=(
        span(text, "Harbor Analytics"), span(text, "Harbor Analytics", 1)))
    quill = Entity("org", "Quill Data", mentions=(span(text, "Quill Data"),))
    sentence = sentence_spans(text)[1]
    money = Amount(span(text, "$5 million"), "USD", value=Decimal(5_000_000))
    deal = Deal(
        "Acquisition",
        (("acquirer", harbor.ref), ("target", quill.ref)),
        (sentence,),
        status="Announced",
        amount=money,
    )
    role = Role(upper.ref, harbor.ref, "chief executive", sentence)
    return Facts(
        Article("byline", text, "en"),
        entities=(upper, mixed, harbor, quill),
        amounts=(money,),
        roles=(role,),
        deals=(deal,),
        sentences=sentence_spans(text),
    )


def test_names_of_one_node_become_one_entity_named_as_the_body_writes_it() -> None:
    facts = consolidate(byline_facts())
    people = [e for e in facts.entities if e.kind == "person"]
    assert len(people) == 1
    (person,) = people
    assert person.name == "James Whitfield"  # mixed case before capitals
    assert person.aliases == ("JAMES WHITFIELD",)
    assert [m.text for m in person.mentions] == ["JAMES WHITFIELD", "James Whitfield"]
    # The membership that named the capitals form now points at the one node.
    assert facts.roles[0].person == EntityRef("person", "James Whitfield")


def test_regression_two_schema_names_on_one_person_node() -> None:
    """The graph of the raw facts breaks the shapes (two schema:name); consolidated, it
    conforms, and the other form is a schema:alternateName."""
    shapes = load_shapes()
    with pytest.raises(ValidationFailed, match="byline"):
        check(build_graph(byline_facts(), RUN), shapes)
    graph = build_graph(consolidate(byline_facts()), RUN)
    check(graph, shapes)
    node = iri.entity_iri("person", "James Whitfield")
    assert set(graph.objects(node, SCHEMA.name)) == {Literal("James Whitfield")}
    assert set(graph.objects(node, SCHEMA.alternateName)) == {Literal("JAMES WHITFIELD")}


def test_a_name_read_as_organisation_and_person_gets_one_kind() -> None:
    text = "ACME said on Monday that Acme would buy Beta. Acme shares rose."
    facts = Facts(
        Article("a", text, "en"),
        entities=(
            Entity("person", "ACME", mentions=(span(text, "ACME"),)),
            Entity("org", "Acme", mentions=(span(text, "Acme"), span(text, "Acme", 1))),
            Entity("org", "Beta", mentions=(span(text, "Beta"),)),
        ),
        deals=(Deal("Acquisition", (("acquirer", EntityRef("person", "ACME")),
                                    ("target", EntityRef("org", "Beta"))),
                    (Span(0, 45, text[:45]),)),),
        sentences=(Span(0, 45, text[:45]), Span(46, len(text), text[46:])),
    )
    fixed = consolidate(facts)
    assert [(e.kind, e.name, e.aliases) for e in fixed.entities] == [
        ("org", "Acme", ("ACME",)), ("org", "Beta", ()),
    ]
    assert fixed.deals[0].roles[0] == ("acquirer", EntityRef("org", "Acme"))
    check(build_graph(fixed, RUN), load_shapes())


def test_the_kind_follows_the_evidence() -> None:
    text = "Lena Hart is chief executive of Orbit. Lena Hart said so. LENA HART agreed."
    person = Entity("person", "Lena Hart", mentions=(span(text, "Lena Hart"),))
    as_org = Entity("org", "LENA HART", mentions=(span(text, "LENA HART"),
                                                  span(text, "Lena Hart", 1)))
    orbit = Entity("org", "Orbit", mentions=(span(text, "Orbit"),))
    role = Role(person.ref, orbit.ref, "chief executive", Span(0, 38, text[:38]))
    facts = consolidate(Facts(Article("b", text, "en"), entities=(person, as_org, orbit),
                              roles=(role,)))
    # Holding a role makes it a person, though it was read more often as a company.
    assert {(e.kind, e.name) for e in facts.entities} == {
        ("person", "Lena Hart"), ("org", "Orbit"),
    }
    assert facts.roles == (role,)
    # A gazetteer match (a Wikidata id) makes it an organisation, and then it cannot
    # be a member of anything: the membership goes.
    known = Entity("org", "Lena Hart", mentions=(span(text, "Lena Hart", 1),), wikidata="Q1")
    facts = consolidate(Facts(Article("b", text, "en"), entities=(person, known, orbit),
                              roles=(role,)))
    assert {(e.kind, e.name) for e in facts.entities} == {("org", "Lena Hart"), ("org", "Orbit")}
    assert facts.roles == ()


def test_deals_without_their_required_parties_are_not_emitted() -> None:
    text = "Vela bought a stake. Nadir and Sol were valued at $1 billion."
    vela = Entity("org", "Vela", mentions=(span(text, "Vela"),))
    nadir = Entity("org", "Nadir", mentions=(span(text, "Nadir"),))
    sol = Entity("org", "Sol", mentions=(span(text, "Sol"),))
    first, second = Span(0, 20, text[:20]), Span(21, len(text), text[21:])
    ghost = EntityRef("org", "Nobody Named")  # a party no entity stands for
    deals = (
        Deal("Acquisition", (("acquirer", vela.ref), ("target", ghost)), (first,)),
        Deal("Valuation", (("investee", nadir.ref), ("investee", sol.ref)), (second,)),
        Deal("Investment", (("investor", vela.ref),), ()),  # no evidence
        Deal("Investment", (("investor", vela.ref), ("investor", vela.ref)), (first,)),
    )
    facts = consolidate(Facts(Article("c", text, "en"), entities=(vela, nadir, sol),
                              deals=deals, sentences=(first, second)))
    assert facts.deals == (Deal("Investment", (("investor", vela.ref),), (first,)),)
    check(build_graph(facts, RUN), load_shapes())


def test_one_amount_per_stretch_of_text_and_bounds_in_order() -> None:
    text = "It paid $5 million, between $9 million and $2 million."
    five = span(text, "$5 million")
    bad = Amount(span(text, "between $9 million and $2 million"), "USD",
                 min_value=Decimal(9_000_000), max_value=Decimal(2_000_000))
    acme = Entity("org", "Acme", mentions=(Span(0, 2, "It"),))
    deal = Deal("Acquisition", (("target", acme.ref),), (Span(0, len(text), text),),
                amount=Amount(five, "USD", value=Decimal(5_000_001)), valuation=bad)
    facts = consolidate(Facts(
        Article("d", text, "en"),
        entities=(acme,),
        amounts=(Amount(five, "USD", value=Decimal(5_000_000)),
                 Amount(five, "USD", value=Decimal(5_000_001)), bad),
        deals=(deal,),
        sentences=(Span(0, len(text), text),),
    ))
    assert [a.value for a in facts.amounts] == [Decimal(5_000_000)]
    assert facts.deals[0].amount == facts.amounts[0]
    assert facts.deals[0].valuation is None
    check(build_graph(facts, RUN), load_shapes())


def test_pieces_cut_at_paragraphs_then_sentences_then_spaces() -> None:
    text = "Alpha one. Alpha two.\n\nBeta one. Beta two. Beta three.\nGamma words go on and on"
    pieces = split_pieces(text, size=30)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(end - start <= 30 for start, end in pieces)
    assert text[pieces[0][0]:pieces[0][1]] == "Alpha one. Alpha two.\n\n"  # the paragraph
    assert text[pieces[1][0]:pieces[1][1]] == "Beta one. Beta two. "  # a sentence end
    words = "word " * 40
    assert all(words[e - 1] == " " for _, e in split_pieces(words, size=32)[:-1])
    assert split_pieces("x" * 70, size=30) == [(0, 30), (30, 60), (60, 70)]
    assert split_pieces("") == [(0, 0)]


def test_pieces_keep_the_offsets_of_the_whole_body() -> None:
    body = "Intro text here.\n\n" + BYLINE
    offset = body.index("By JAMES")
    piece = byline_facts()
    joined = join([shift(piece, offset)], Facts(Article("long", body, "en")))
    assert joined.article.text == body
    for entity in joined.entities:
        for mention in entity.mentions:
            assert body[mention.start:mention.end] == mention.text
    for deal in joined.deals:
        assert all(body[e.start:e.end] == e.text for e in deal.evidence)
        assert deal.amount is not None
        assert body[deal.amount.span.start:deal.amount.span.end] == "$5 million"
    assert all(body[s.start:s.end] == s.text for s in joined.sentences)
    check(build_graph(consolidate(joined), RUN), load_shapes())
