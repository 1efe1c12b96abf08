"""The graph stage: ``Facts`` → ``rdflib.Graph`` in the deal ontology.

Builds exactly the shape described in ``docs/GRAPH.md``: IRIs minted by
``kg.iri`` (no blank nodes, so the same facts always give the same graph),
evidence as NIF/RFC 5147 mentions of the article body, and the run as a
``prov:Activity``. Knows nothing of spaCy.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg import __version__, iri
from kg.facts import Amount, Deal, Entity, EntityRef, Facts, Quantity, Role, Span
from kg.triples import IndexedGraph, Triple
from kg.vocab import DEAL, ID, NIF, ORG, OWL, PREFIXES, PROV, RDF, SCHEMA, SKOS, WD, XSD


@dataclass(frozen=True)
class RunInfo:
    """What produced a graph: kg's version and when it started.

    The pipelines are recorded per article (``Facts.pipeline``), since a run builds
    a language's pipeline only when it meets an article in that language.
    """

    started: dt.datetime
    software_version: str

    @property
    def iri(self) -> URIRef:
        return iri.run_iri(f"{_utc(self.started)}|{self.software_version}")


def make_run(run_time: dt.datetime | None = None) -> RunInfo:
    """The run description; ``run_time`` fixed for reproducible output."""
    started = run_time or dt.datetime.now(dt.UTC).replace(microsecond=0)
    return RunInfo(started=started, software_version=__version__)


def new_graph() -> IndexedGraph:
    """An empty graph with kg's prefixes bound.

    An ``IndexedGraph``: adding a triple is a few dict inserts, and the validate stage
    reads it as it is, where a graph on an rdflib store would be copied first.
    """
    return _prefixed_graph().empty_copy()


@functools.cache
def _prefixed_graph() -> IndexedGraph:
    # Bound once; every new graph copies its bindings (IndexedGraph.empty_copy).
    graph = IndexedGraph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def add_run(graph: Graph, run: RunInfo, pipelines: Iterable[tuple[str, str]] = ()) -> URIRef:
    """Describe the run (a prov:Activity) with the software and pipeline versions."""
    for triple in _run_triples(run, tuple(pipelines)):
        graph.add(triple)
    return run.iri


@functools.lru_cache(maxsize=16)
def _run_triples(run: RunInfo, pipelines: tuple[tuple[str, str], ...]) -> tuple[Triple, ...]:
    # The same for every article of a run in a language: made once.
    node = run.iri
    software = ID[f"software/kg-{run.software_version}"]
    triples: list[Triple] = [
        (node, RDF.type, PROV.Activity),
        (node, PROV.startedAtTime, Literal(_utc(run.started), datatype=XSD.dateTime)),
        (node, PROV.wasAssociatedWith, software),
        (software, RDF.type, PROV.SoftwareAgent),
        (software, RDF.type, SCHEMA.SoftwareApplication),
        (software, SCHEMA.name, Literal("kg")),
        (software, SCHEMA.softwareVersion, Literal(run.software_version)),
    ]
    for name, version in pipelines:
        pipeline = ID[f"pipeline/{iri.slug(name)}-{iri.slug(version)}"]
        triples += [
            (node, PROV.used, pipeline),
            (pipeline, RDF.type, SCHEMA.SoftwareApplication),
            (pipeline, SCHEMA.name, Literal(name)),
            (pipeline, SCHEMA.softwareVersion, Literal(version)),
        ]
    return tuple(triples)


@functools.lru_cache(maxsize=65536)
def _offset(value: int) -> Literal:
    """A character offset (xsd:nonNegativeInteger); mentions repeat them, made once
    (rdflib makes a literal in Python, a few microseconds; it is immutable)."""
    return Literal(value, datatype=XSD.nonNegativeInteger)


_TRUE = Literal(True)


def plain_literal(text: str, lang: str | None = None) -> Literal:
    """``Literal(text, lang=lang)``, the same object rdflib makes for a string (its
    lexical form and value the text, no datatype), without rdflib's general path:
    for a plain string its datatype casts come to a dozen Python calls, and an
    article has dozens of names and anchors. ``lang`` must be a tag rdflib accepts
    (``_Builder`` checks it once); anything but a ``str`` goes through rdflib.

    >>> plain_literal("Acme", "en") == Literal("Acme", lang="en")
    True
    """
    if type(text) is not str:
        return Literal(text, lang=lang)
    literal: Literal = str.__new__(Literal, text)
    literal._language = lang or None  # rdflib: no empty language tag
    literal._datatype = None
    literal._value = text
    literal._ill_typed = None
    return literal


def _valid_tag(lang: str | None) -> bool:
    try:
        Literal("", lang=lang)
    except ValueError:
        return False
    return True


def build_graph(facts: Facts, run: RunInfo, graph: Graph | None = None) -> Graph:
    """Add the triples of one article's facts (and the run) to ``graph``.

    Each deal is written as given, on the node its type and parties name
    (``kg.iri.deal_node``): an article's deals should be one per node first, one
    status each (``kg.deals.one_deal_per_node``, which the pipeline applies).

    >>> from kg.facts import Article
    >>> run = RunInfo(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc), "0.1.0")
    >>> g = build_graph(Facts(Article(id="a1", text="Hola.", lang="es")), run)
    >>> (iri.article_iri("a1"), SCHEMA.identifier, Literal("a1")) in g
    True
    """
    graph = graph if graph is not None else new_graph()
    builder = _Builder(graph, facts, add_run(graph, run, facts.pipeline))
    builder.build()
    return graph


def _utc(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@functools.lru_cache(maxsize=4096)
def _date_literal(text: str) -> Literal:
    """xsd:date or xsd:dateTime when the text is ISO 8601, else a plain string."""
    value = text.strip()
    try:
        return Literal(dt.date.fromisoformat(value).isoformat(), datatype=XSD.date)
    except ValueError:
        pass
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return Literal(value)
    return Literal(moment.isoformat(), datatype=XSD.dateTime)


def _decimal(value: Decimal) -> Literal:
    # normalize() + "f" gives one lexical form for 1E+9, 1000000000 and 1000000000.00.
    return _decimal_literal(format(value.normalize(), "f"))


@functools.lru_cache(maxsize=4096)
def _decimal_literal(lexical: str) -> Literal:
    """Amounts and quantities repeat across articles, and rdflib makes a typed literal
    in Python (~18 us; it is immutable): each lexical form made once, as dates (~30 us)
    and offsets are."""
    return Literal(lexical, datatype=XSD.decimal)


class _Builder:
    """Writes one article's facts; holds the per-article IRIs it needs."""

    def __init__(self, graph: Graph, facts: Facts, run: URIRef) -> None:
        self.graph = graph
        self.facts = facts
        self.article = facts.article
        self.run = run
        self.article_node = iri.article_iri(self.article.id)
        self.lang = self.article.lang or None
        # A tag rdflib refuses raises, as rdflib's own Literal does, on first use.
        self.valid_lang = _valid_tag(self.lang)
        length = len(self.article.text)
        self.context = iri.mention_iri(self.article_node, 0, length)
        self.sentences = sorted(facts.sentences)
        # Sentence starts, for a binary search: a long article has tens of thousands.
        self.starts = [sentence.start for sentence in self.sentences]
        self.written: dict[tuple[int, int], URIRef] = {}  # mentions described: their nodes
        # One call per triple: kg's own graphs take it without a tuple.
        self.add: Callable[[Node, Node, Node], object] = (
            graph.add_triple
            if isinstance(graph, IndexedGraph)
            else lambda s, p, o: graph.add((s, p, o))
        )


    def text(self, value: str) -> Literal:
        if not self.valid_lang:
            return Literal(value, lang=self.lang)
        return plain_literal(value, self.lang)

    def build(self) -> None:
        self._article()
        for entity in self.facts.entities:
            self._entity(entity)
        for role in self.facts.roles:
            self._role(role)
        for amount in self.facts.amounts:
            self._amount(amount)
        for quantity in self.facts.quantities:
            self._quantity(quantity)
        for deal in self.facts.deals:
            self._deal(deal)

    def _article(self) -> None:
        a, art = self.article_node, self.article
        self.add(a, RDF.type, SCHEMA.NewsArticle)
        self.add(a, SCHEMA.identifier, plain_literal(art.id))
        self.add(a, PROV.wasGeneratedBy, self.run)
        if art.url:
            self.add(a, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI))
        if art.title:
            self.add(a, SCHEMA.headline, self.text(art.title))
        if art.published:
            self.add(a, SCHEMA.datePublished, _date_literal(art.published))
        if art.lang:
            self.add(a, SCHEMA.inLanguage, plain_literal(art.lang))
        if art.publisher:
            publisher = iri.entity_iri("org", art.publisher)
            self.add(a, SCHEMA.publisher, publisher)
            self.add(publisher, RDF.type, SCHEMA.Organization)
            # An organisation the body names with the outlet's key is the outlet: its
            # node takes the entity's canonical name, one name per node (the shapes).
            if not any(
                e.kind == "org" and iri.entity_iri("org", e.name) == publisher
                for e in self.facts.entities
            ):
                self.add(publisher, SCHEMA.name, plain_literal(art.publisher))
        c = self.context
        self.add(c, RDF.type, NIF.Context)
        self.add(c, NIF.beginIndex, _offset(0))
        self.add(c, NIF.endIndex, _offset(len(art.text)))
        self.add(c, NIF.sourceUrl, a)

    def mention(self, span: Span, *, sentence: bool = False) -> URIRef:
        """The NIF mention node of a span; its anchor is the body's own characters."""
        node = self.written.get((span.start, span.end))
        if node is not None:
            if sentence:
                self.add(node, RDF.type, NIF.Sentence)
            return node
        node = self.written[span.start, span.end] = iri.mention_iri(
            self.article_node, span.start, span.end
        )
        anchor = self.article.text[span.start : span.end]
        self.add(node, RDF.type, NIF.String)
        self.add(node, RDF.type, NIF.RFC5147String)
        self.add(node, NIF.beginIndex, _offset(span.start))
        self.add(node, NIF.endIndex, _offset(span.end))
        self.add(node, NIF.anchorOf, plain_literal(anchor))
        self.add(node, NIF.referenceContext, self.context)
        if sentence:
            self.add(node, RDF.type, NIF.Sentence)
        else:
            container = self._sentence_of(span)
            if container is not None and container != span:
                self.add(node, NIF.sentence, self.mention(container, sentence=True))
        return node

    def _sentence_of(self, span: Span) -> Span | None:
        # The first sentence (in sorted order) holding the span: sentences do not
        # overlap, so it is the last one starting at or before the span's start.
        index = bisect.bisect_right(self.starts, span.start) - 1
        while index > 0 and self.sentences[index - 1].start == self.sentences[index].start:
            index -= 1
        for sentence in self.sentences[max(index, 0) : index + 2]:
            if sentence.start <= span.start and span.end <= sentence.end:
                return sentence
        return None

    def _mentions(self, node: URIRef, spans: Iterable[Span], *, sentence: bool = False) -> None:
        self.add(self.article_node, SCHEMA.mentions, node)
        for span in spans:
            self.add(node, DEAL.evidence, self.mention(span, sentence=sentence))

    def _entity(self, entity: Entity) -> None:
        node = iri.entity_iri(entity.kind, entity.name)
        kind = SCHEMA.Organization if entity.kind == "org" else SCHEMA.Person
        self.add(node, RDF.type, kind)
        self.add(node, SCHEMA.name, plain_literal(entity.name))
        for alias in entity.aliases:
            if alias != entity.name:
                self.add(node, SCHEMA.alternateName, plain_literal(alias))
        if entity.wikidata:
            self.add(node, OWL.sameAs, WD[entity.wikidata])
        self._mentions(node, entity.mentions)

    def _role(self, role: Role) -> None:
        node = iri.role_iri(role.person.name, role.organization.name, role.title)
        title = ID["role/" + iri.slug(role.title)]
        self.add(node, RDF.type, ORG.Membership)
        self.add(node, ORG.member, iri.entity_iri(role.person.kind, role.person.name))
        self.add(
            node, ORG.organization, iri.entity_iri(role.organization.kind, role.organization.name)
        )
        self.add(node, ORG.role, title)
        self.add(title, RDF.type, ORG.Role)
        self.add(title, SKOS.prefLabel, self.text(role.title))
        self.add(node, DEAL.evidence, self.mention(role.mention))

    def amount_node(self, amount: Amount) -> URIRef:
        return iri.amount_iri(self.article.id, amount.span.start, amount.span.end)

    def _amount(self, amount: Amount) -> URIRef:
        node = self.amount_node(amount)
        self.add(node, RDF.type, SCHEMA.MonetaryAmount)
        self.add(node, SCHEMA.currency, plain_literal(amount.currency))
        for prop, value in (
            (SCHEMA.value, amount.value),
            (SCHEMA.minValue, amount.min_value),
            (SCHEMA.maxValue, amount.max_value),
        ):
            if value is not None:
                self.add(node, prop, _decimal(value))
        for prop, flag in (
            (DEAL.approximate, amount.approximate),
            (DEAL.currencyInferred, amount.currency_inferred),
            (DEAL.perShare, amount.per_share),
            (DEAL.exchangeRate, amount.exchange_rate),
        ):
            if flag:
                self.add(node, prop, _TRUE)
        self.add(node, DEAL.surfaceForm, self.text(amount.span.text))
        self._mentions(node, [amount.span])
        return node

    def _quantity(self, quantity: Quantity) -> URIRef:
        node = iri.quantity_iri(self.article.id, quantity.span.start, quantity.span.end)
        self.add(node, RDF.type, SCHEMA.QuantitativeValue)
        self.add(node, SCHEMA.value, _decimal(quantity.value))
        self.add(node, SCHEMA.unitCode, plain_literal(quantity.unit_code))
        self.add(node, SCHEMA.unitText, plain_literal(quantity.unit_text))
        self.add(node, DEAL.surfaceForm, self.text(quantity.span.text))
        self._mentions(node, [quantity.span])
        return node

    def _deal(self, deal: Deal) -> None:
        node = iri.deal_node(deal, self.article.id)
        self.add(node, RDF.type, DEAL.Deal)
        self.add(node, RDF.type, DEAL[deal.type])
        for role, party in deal.roles:
            party_node = _entity_node(party)
            self.add(node, DEAL[role], party_node)
            self.add(node, DEAL.party, party_node)
        if deal.amount is not None:
            self.add(node, DEAL.amount, self._amount(deal.amount))
        if deal.valuation is not None:
            self.add(node, DEAL.valuation, self._amount(deal.valuation))
        if deal.quantity is not None:
            self.add(node, DEAL.quantity, self._quantity(deal.quantity))
        if deal.term:
            self.add(node, DEAL["term"], Literal(deal.term, datatype=XSD.duration))
        if deal.status:
            self.add(node, DEAL.status, DEAL[deal.status])
        if deal.reported_by is not None:
            self.add(
                node, DEAL.reportedBy, iri.entity_iri(deal.reported_by.kind, deal.reported_by.name)
            )
        if deal.hedge:
            self.add(node, DEAL.hedge, self.text(deal.hedge))
        self.add(node, PROV.wasDerivedFrom, self.article_node)
        self.add(node, PROV.wasGeneratedBy, self.run)
        self._mentions(node, deal.evidence, sentence=True)


def _entity_node(ref: EntityRef) -> URIRef:
    return iri.entity_iri(ref.kind, ref.name)
