"""What the deal explorer shows, read from a graph with a few SPARQL queries.

``build_report`` runs its queries through a ``Select`` function (query text → rows
of plain strings), so the same code reads graph files loaded into memory
(``local_select``) and a live SPARQL endpoint (``kg.report.server``). Everything
the pages need is gathered here once: deals with their parties in roles, money,
statuses per article, evidence sentences and the spans to highlight in them;
organisations and people with their other names, Wikidata links and roles;
articles.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox

from kg.rdfio import format_of, read_quads
from kg.resources import data_dir
from kg.store import article_graphs
from kg.vocab import PREFIXES

Row = Mapping[str, str]
Select = Callable[[str], Iterable[Row]]

ID_BASE = PREFIXES["id"]
DEAL_NS = PREFIXES["deal"]
WIKIDATA = PREFIXES["wd"]

# Buyers' side first, as the canned `deals` query orders them.
ROLES = ("acquirer", "buyer", "investor", "partner", "target", "seller", "investee")
BUY_SIDE = frozenset({"acquirer", "buyer", "investor"})
SELL_SIDE = frozenset({"target", "seller", "investee"})
DEAL_TYPES = ("Acquisition", "Merger", "Investment", "PurchaseAgreement", "Partnership",
              "Valuation", "Deal")
STATUSES = ("Rumoured", "InNegotiation", "Announced", "Completed", "Cancelled")

_PREFIX_BLOCK = "\n".join(f"PREFIX {k}: <{v}>" for k, v in PREFIXES.items())
_SAFE_KEY = re.compile(r"[^A-Za-z0-9_-]+")
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass(frozen=True)
class Money:
    """A ``schema:MonetaryAmount``: exact ``value`` or bounds, and its currency."""

    value: Decimal | None
    minimum: Decimal | None
    maximum: Decimal | None
    currency: str | None
    surface: str | None = None

    @property
    def magnitude(self) -> Decimal:
        """The number to sort and size by: the value, else a bound."""
        for number in (self.value, self.minimum, self.maximum):
            if number is not None:
                return number
        return Decimal(0)


@dataclass(frozen=True)
class Span:
    """Characters ``begin``..``end`` of an article body, and what they are."""

    begin: int
    end: int
    kind: str  # "evidence", "amount" or "party"


@dataclass
class Evidence:
    """One sentence that tells of a deal, with the spans to highlight in it."""

    article: str
    begin: int
    text: str
    spans: list[Span] = field(default_factory=list)

    def pieces(self) -> list[tuple[str, str | None]]:
        """The sentence cut into (text, kind) pieces, kind None outside any span; an
        evidence span wins over the amounts and parties it overlaps.

        >>> Evidence("a", 10, "Acme buys Bolt.", [Span(10, 14, "party")]).pieces()
        [('Acme', 'party'), (' buys Bolt.', None)]
        """
        marks: list[str | None] = [None] * len(self.text)
        rank = {"party": 1, "amount": 2, "evidence": 3}
        for span in sorted(self.spans, key=lambda s: rank.get(s.kind, 0)):
            start = max(span.begin - self.begin, 0)
            stop = min(span.end - self.begin, len(self.text))
            for i in range(start, stop):
                marks[i] = span.kind
        pieces: list[tuple[str, str | None]] = []
        for i, char in enumerate(self.text):
            if pieces and pieces[-1][1] == marks[i]:
                pieces[-1] = (pieces[-1][0] + char, marks[i])
            else:
                pieces.append((char, marks[i]))
        return pieces


@dataclass
class Deal:
    iri: str
    key: str
    type: str = "Deal"
    parties: list[tuple[str, str]] = field(default_factory=list)  # (role, entity IRI)
    amount: Money | None = None
    valuation: Money | None = None
    statuses: list[tuple[str, str | None]] = field(default_factory=list)  # (status, article)
    articles: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)


@dataclass
class Entity:
    """An organisation or a person."""

    iri: str
    key: str
    kind: str  # "org" or "person"
    name: str
    other_names: list[str] = field(default_factory=list)
    wikidata: str | None = None
    # (role label, the person or organisation at the other end, article or None)
    roles: list[tuple[str, str, str | None]] = field(default_factory=list)
    deals: list[str] = field(default_factory=list)  # deal IRIs, in the report's order


@dataclass(frozen=True)
class Article:
    iri: str
    identifier: str
    url: str | None
    headline: str | None
    date: str | None
    lang: str | None
    publisher: str | None


@dataclass
class Report:
    deals: dict[str, Deal]
    entities: dict[str, Entity]
    articles: dict[str, Article]
    labels: dict[str, dict[str, str]]  # lang → ontology term local name → label

    def deal_date(self, deal: Deal) -> str | None:
        """The earliest publication date among the articles that tell of a deal."""
        dates = [a.date for iri in deal.articles if (a := self.articles.get(iri)) and a.date]
        return min(dates) if dates else None

    def current_status(self, deal: Deal) -> str | None:
        """The status the latest article gives (by date, then by IRI)."""
        if not deal.statuses:
            return None

        def when(item: tuple[str, str | None]) -> tuple[str, str]:
            article = self.articles.get(item[1] or "")
            return (article.date or "" if article else "", item[1] or "")

        return max(deal.statuses, key=when)[0]

    def label(self, term: str, lang: str) -> str:
        """The ontology's label of a ``deal:`` term in ``lang`` (its name if none)."""
        return self.labels.get(lang, {}).get(term, term)


def node_key(iri: str) -> str:
    """A file-name-safe key for a node IRI: kg's own slug (``id:org/SLUG``), else
    the IRI made safe, with a hash so that two IRIs never share a key.

    >>> node_key("https://w3id.org/dealkg/id/org/harbor-analytics")
    'harbor-analytics'
    """
    if iri.startswith(ID_BASE):
        _, _, slug = iri[len(ID_BASE):].partition("/")
        if _SLUG.fullmatch(slug):
            return slug
    safe = _SAFE_KEY.sub("-", iri).strip("-.")[:60]
    return f"{safe}-{hashlib.sha1(iri.encode('utf-8')).hexdigest()[:8]}"


def _decimal(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rsplit("/", 1)[-1]


# --- the queries ----------------------------------------------------------------

_DEALS = """SELECT ?deal ?class WHERE {
  ?deal a deal:Deal .
  OPTIONAL { ?deal a ?class FILTER(?class != deal:Deal && STRSTARTS(STR(?class), STR(deal:))) }
}"""

_PARTIES = """SELECT ?deal ?role ?party WHERE {
  ?deal a deal:Deal ; deal:party ?party .
  OPTIONAL {
    VALUES ?role { deal:acquirer deal:buyer deal:investor deal:partner
                   deal:target deal:seller deal:investee }
    ?deal ?role ?party .
  }
}"""

_MONEY = """SELECT ?deal ?kind ?amount ?value ?min ?max ?currency ?surface WHERE {
  VALUES ?kind { deal:amount deal:valuation }
  ?deal a deal:Deal ; ?kind ?amount .
  OPTIONAL { ?amount schema:currency ?currency }
  OPTIONAL { ?amount schema:value ?value }
  OPTIONAL { ?amount schema:minValue ?min }
  OPTIONAL { ?amount schema:maxValue ?max }
  OPTIONAL { ?amount deal:surfaceForm ?surface }
}"""

# The article a status comes from: the named graph holding it (a store made by
# `kg load`, or the per-article split of graph files).
_STATUSES = """SELECT ?deal ?status ?article WHERE {
  ?deal a deal:Deal ; deal:status ?status .
  OPTIONAL { GRAPH ?article { ?deal deal:status ?status } }
}"""

_DERIVED = """SELECT ?deal ?article WHERE { ?deal a deal:Deal ; prov:wasDerivedFrom ?article }"""

_HEDGES = """SELECT ?deal ?hedge WHERE { ?deal a deal:Deal ; deal:hedge ?hedge }"""

_EVIDENCE = """SELECT ?deal ?begin ?end ?text ?sbegin ?stext ?article WHERE {
  ?deal a deal:Deal ; deal:evidence ?mention .
  ?mention nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?text ;
           nif:referenceContext/nif:sourceUrl ?article .
  OPTIONAL { ?mention nif:sentence ?sentence .
             ?sentence nif:beginIndex ?sbegin ; nif:anchorOf ?stext }
}"""

# Mentions inside a deal's evidence sentences (the evidence is a span whose
# nif:sentence is the sentence, or the sentence itself), with what they are
# evidence of: those of the deal's parties and money are highlighted. Walks from
# the sentence to its mentions, never from an organisation to all of its mentions
# in the archive; which things are the deal's is checked in Python (a UNION of
# roles here makes the engine join every deal with every party first: 30x slower).
_SPANS = """SELECT ?deal ?thing ?begin ?end ?article WHERE {
  ?deal a deal:Deal ; deal:evidence ?evidence .
  ?evidence nif:referenceContext/nif:sourceUrl ?article .
  OPTIONAL { ?evidence nif:sentence ?inside }
  BIND(COALESCE(?inside, ?evidence) AS ?sentence)
  ?mention nif:sentence ?sentence ; nif:beginIndex ?begin ; nif:endIndex ?end .
  ?thing deal:evidence ?mention .
}"""

_ENTITIES = """SELECT ?node ?type ?name WHERE {
  VALUES ?type { schema:Organization schema:Person }
  ?node a ?type .
  OPTIONAL { ?node schema:name ?name }
}"""

_OTHER_NAMES = """SELECT ?node ?name WHERE {
  VALUES ?type { schema:Organization schema:Person }
  ?node a ?type ; schema:alternateName ?name .
}"""

_SAME_AS = """SELECT ?node ?other WHERE {
  ?node owl:sameAs ?other . FILTER(STRSTARTS(STR(?other), STR(wd:)))
}"""

_MEMBERSHIPS = """SELECT ?person ?organization ?role ?article WHERE {
  {
    ?membership a org:Membership ; org:member ?person ; org:organization ?organization .
    OPTIONAL { ?membership org:role ?roleNode .
               OPTIONAL { ?roleNode skos:prefLabel ?roleLabel } }
    BIND(COALESCE(STR(?roleLabel), STRAFTER(STR(?roleNode), "/role/")) AS ?role)
    OPTIONAL { ?membership deal:evidence/nif:referenceContext/nif:sourceUrl ?article }
  }
  UNION
  { ?person schema:worksFor ?organization . OPTIONAL { ?person schema:jobTitle ?role } }
}"""

_ARTICLES = """SELECT ?article ?id ?url ?headline ?date ?lang ?publisher WHERE {
  ?article a schema:NewsArticle .
  OPTIONAL { ?article schema:identifier ?id }
  OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?article schema:headline ?headline }
  OPTIONAL { ?article schema:datePublished ?date }
  OPTIONAL { ?article schema:inLanguage ?lang }
  OPTIONAL { ?article schema:publisher/schema:name ?publisher }
}"""


def prefix_block() -> str:
    """kg's prefixes as SPARQL ``PREFIX`` lines."""
    return _PREFIX_BLOCK


def with_prefixes(query: str) -> str:
    """A query with kg's prefixes declared before it."""
    return f"{_PREFIX_BLOCK}\n{query}"


# --- reading data ----------------------------------------------------------------


def graph_store(files: Sequence[Path]) -> ox.Store:
    """An in-memory store of graph files, one named graph per article (as ``kg load``
    keeps them) and their merge in the default graph.

    N-Quads and TriG files name their graphs: Oxigraph parses them itself. Turtle,
    N-Triples and JSON-LD files are split per article (``kg.store.article_graphs``).
    """
    store = ox.Store()
    split: list[Path] = []
    for path in files:
        if not format_of(path).datasets:
            split.append(path)
            continue
        store.bulk_extend(read_quads(path))
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    if split:
        graphs, rest = article_graphs(split)
        quads: list[ox.Quad] = []
        for name, triples in graphs.items():
            for t in triples:
                quads.append(ox.Quad(t.subject, t.predicate, t.object, name))
                quads.append(ox.Quad(t.subject, t.predicate, t.object))
        quads.extend(ox.Quad(t.subject, t.predicate, t.object) for t in rest)
        store.bulk_extend(quads)
    return store


def local_select(store: ox.Store) -> Select:
    """A ``Select`` over a pyoxigraph store: each row maps variable → term value."""

    def select(query: str) -> Iterable[Row]:
        solutions = store.query(with_prefixes(query))
        assert isinstance(solutions, ox.QuerySolutions)
        names = [v.value for v in solutions.variables]
        for solution in solutions:
            row: dict[str, str] = {}
            for i, name in enumerate(names):
                term = solution[i]
                if term is not None:
                    row[name] = term.value
            yield row

    return select


def ontology_labels() -> dict[str, dict[str, str]]:
    """The English and Spanish labels of the ``deal:`` terms, from the ontology."""
    labels: dict[str, dict[str, str]] = {"en": {}, "es": {}}
    store = ox.Store()
    for path in sorted(data_dir("ontology").glob("*.ttl")):
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    for lang in labels:
        for row in local_select(store)(
            f'SELECT ?term ?label WHERE {{ ?term rdfs:label ?label . '
            f'FILTER(STRSTARTS(STR(?term), STR(deal:)) && LANG(?label) = "{lang}") }}'
        ):
            labels[lang][_local(row["term"])] = row["label"]
    return labels


def build_report(select: Select, labels: dict[str, dict[str, str]] | None = None) -> Report:
    """Gather deals, organisations, people and articles through ``select``."""
    deals: dict[str, Deal] = {}
    for row in select(_DEALS):
        deal = deals.setdefault(row["deal"], Deal(row["deal"], node_key(row["deal"])))
        if "class" in row:
            deal.type = _local(row["class"])

    roles: dict[str, dict[str, str]] = defaultdict(dict)  # deal → party → role
    for row in select(_PARTIES):
        if row["deal"] not in deals:
            continue
        current = roles[row["deal"]].get(row["party"])
        role = _local(row["role"]) if "role" in row else "party"
        if current is None or current == "party":
            roles[row["deal"]][row["party"]] = role
    rank = {role: i for i, role in enumerate(ROLES)}
    for iri, parties in roles.items():
        deals[iri].parties = sorted(
            ((role, party) for party, role in parties.items()),
            key=lambda rp: (rank.get(rp[0], len(ROLES)), rp[1]),
        )

    money_nodes: dict[str, set[str]] = defaultdict(set)  # deal → its amount nodes
    for row in select(_MONEY):
        told = deals.get(row["deal"])
        if told is None:
            continue
        money_nodes[told.iri].add(row["amount"])
        money = Money(_decimal(row.get("value")), _decimal(row.get("min")),
                      _decimal(row.get("max")), row.get("currency"), row.get("surface"))
        if _local(row["kind"]) == "amount":
            if told.amount is None or money.magnitude > told.amount.magnitude:
                told.amount = money
        elif told.valuation is None or money.magnitude > told.valuation.magnitude:
            told.valuation = money

    for row in select(_DERIVED):
        if (told := deals.get(row["deal"])) and row["article"] not in told.articles:
            told.articles.append(row["article"])

    statuses: dict[str, dict[str, set[str | None]]] = defaultdict(lambda: defaultdict(set))
    for row in select(_STATUSES):
        if row["deal"] in deals:
            statuses[row["deal"]][_local(row["status"])].add(row.get("article"))
    for iri, by_status in statuses.items():
        items: list[tuple[str, str | None]] = []
        for status, sources in by_status.items():
            named = sorted(a for a in sources if a)
            items.extend((status, a) for a in named) if named else items.append((status, None))
        deals[iri].statuses = sorted(items, key=lambda sa: (sa[1] or "", sa[0]))

    for row in select(_HEDGES):
        if (told := deals.get(row["deal"])) and row["hedge"] not in told.hedges:
            told.hedges.append(row["hedge"])

    _read_evidence(select, deals, money_nodes)
    entities = _read_entities(select, deals)
    articles = _read_articles(select)
    for deal in deals.values():
        for article in deal.articles:
            if article not in articles:  # an article only named: still linkable
                articles[article] = Article(article, _local(article), None, None, None, None, None)
    report = Report(deals, entities, articles, labels if labels is not None else {})
    # Newest first, then by IRI: the order of the index and of every list of deals.
    ordered = sorted(deals.values(), key=lambda d: d.iri)
    ordered.sort(key=lambda d: report.deal_date(d) or "", reverse=True)
    report.deals = {d.iri: d for d in ordered}
    for deal in ordered:
        for _, party in deal.parties:
            entity = entities.get(party)
            if entity is not None and deal.iri not in entity.deals:
                entity.deals.append(deal.iri)
    return report


def _read_evidence(
    select: Select, deals: dict[str, Deal], money_nodes: Mapping[str, set[str]]
) -> None:
    sentences: dict[tuple[str, str, int], Evidence] = {}
    for row in select(_EVIDENCE):
        deal = deals.get(row["deal"])
        begin, end = _int(row.get("begin")), _int(row.get("end"))
        if deal is None or begin is None or end is None:
            continue
        sbegin = _int(row.get("sbegin"))
        if sbegin is not None and "stext" in row:
            key = (deal.iri, row["article"], sbegin)
            evidence = sentences.get(key)
            if evidence is None:
                evidence = sentences[key] = Evidence(row["article"], sbegin, row["stext"])
                deal.evidence.append(evidence)
            evidence.spans.append(Span(begin, end, "evidence"))
        else:  # the mention is the sentence itself
            key = (deal.iri, row["article"], begin)
            if key not in sentences:
                sentences[key] = Evidence(row["article"], begin, row["text"])
                deal.evidence.append(sentences[key])
    by_deal: dict[str, list[Evidence]] = defaultdict(list)
    for (iri, _, _), evidence in sentences.items():
        by_deal[iri].append(evidence)
    for row in select(_SPANS):
        begin, end = _int(row.get("begin")), _int(row.get("end"))
        deal = deals.get(row["deal"])
        if begin is None or end is None or deal is None:
            continue
        if row["thing"] in money_nodes.get(deal.iri, ()):
            kind = "amount"
        elif any(party == row["thing"] for _, party in deal.parties):
            kind = "party"
        else:
            continue
        for evidence in by_deal.get(deal.iri, ()):
            inside = begin >= evidence.begin and end <= evidence.begin + len(evidence.text)
            if evidence.article == row["article"] and inside:
                evidence.spans.append(Span(begin, end, kind))
    for deal in deals.values():
        deal.evidence.sort(key=lambda e: (e.article, e.begin))
        for evidence in deal.evidence:
            evidence.spans = sorted(set(evidence.spans), key=lambda s: (s.begin, s.end, s.kind))


def _read_entities(select: Select, deals: dict[str, Deal]) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for row in select(_ENTITIES):
        kind = "org" if row["type"].endswith("Organization") else "person"
        iri = row["node"]
        if iri not in entities:
            entities[iri] = Entity(iri, node_key(iri), kind, row.get("name") or _local(iri))
        elif "name" in row and row["name"] < entities[iri].name:
            entities[iri].name = row["name"]  # several names: the same one every run
    # A party the graph does not type still gets a page.
    for deal in deals.values():
        for _, party in deal.parties:
            if party not in entities:
                entities[party] = Entity(party, node_key(party), "org", _local(party))
    for row in select(_OTHER_NAMES):
        entity = entities.get(row["node"])
        if entity and row["name"] != entity.name and row["name"] not in entity.other_names:
            entity.other_names.append(row["name"])
    for row in select(_SAME_AS):
        if (entity := entities.get(row["node"])) and entity.wikidata is None:
            entity.wikidata = row["other"]
    for row in select(_MEMBERSHIPS):
        person, organization = entities.get(row["person"]), entities.get(row["organization"])
        role = row.get("role") or ""
        article = row.get("article")
        if person is not None and (role, row["organization"], article) not in person.roles:
            person.roles.append((role, row["organization"], article))
        if organization is not None and (role, row["person"], article) not in organization.roles:
            organization.roles.append((role, row["person"], article))
    for entity in entities.values():
        entity.other_names.sort()
        entity.roles.sort(key=lambda r: (r[0], r[1], r[2] or ""))
    return entities


def _read_articles(select: Select) -> dict[str, Article]:
    articles: dict[str, Article] = {}
    for row in select(_ARTICLES):
        iri = row["article"]
        if iri in articles:
            continue
        articles[iri] = Article(
            iri, row.get("id") or _local(iri), row.get("url"), row.get("headline"),
            row.get("date", "")[:10] or None, row.get("lang"), row.get("publisher"),
        )
    return articles
