"""Scores a published graph against gold annotations (rules: docs/GOLD-FORMAT.md).

The graph is read through SPARQL on the ontology contract (docs/GRAPH.md), the way a
user reads it: ``?article schema:identifier ?id ; schema:mentions ?x``. Nothing here
looks at kg's internal objects, so the figures measure what kg publishes.

Fact kinds and how a prediction matches a gold item:

- ``organizations`` / ``people``: any name (``schema:name``, ``schema:alternateName``)
  equals any gold name or alias after :func:`normalize_name`.
- ``amounts``: the article's ``schema:MonetaryAmount`` mentions plus the
  ``deal:amount`` / ``deal:valuation`` of its deals, counted once per (currency,
  numbers); equal currency and a predicted number within 1 % of a gold number.
- ``deals``: the predicted parties (role sub-properties of ``deal:party``) include at
  least min(2, number of gold parties) of the gold parties, whatever their roles.

Each gold item and each prediction is matched at most once (a maximum matching that
tries the best candidates first). On matched deals, type, roles, amount and status are
scored as accuracy. Figures are micro-averaged over articles; an article of the gold
set that the graph lacks counts all its gold items as missed.

Rule provenance: given the rule ids of the run that made the graph (a
``kg.provenance.Provenance``; the graph does not publish them), each spurious
organisation, person and deal, and each matched deal with errors, carries the rule ids
that made it, and ``Evaluation.rules`` counts the spurious and correct facts of each
rule. Each missed deal gets the closest deal kg has in its article and how kg read
each of its gold parties (``MissedDeal``), with or without rule ids.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib

from kg.errors import InputError
from kg.facts import DEAL_ROLES
from kg.provenance import Provenance
from kg.rdfio import read_quads
from kg.vocab import DEAL, SCHEMA

KINDS = ("organizations", "people", "amounts", "deals")
RULE_KINDS = ("organizations", "people", "deals")  # the kinds whose facts carry rule ids
NO_RULE = "(no rule id)"  # the rule-table row of facts that carry none
DEAL_ATTRIBUTES = ("type", "roles", "amount", "status")
TOLERANCE = Decimal("0.01")

# The legal suffixes of docs/GOLD-FORMAT.md, as they read once punctuation is removed
# ("S.A." -> "sa", "S. A." -> "s a"). kg.iri.name_key drops a longer list (Holdings,
# Limited, S.A.U., ...) and turns punctuation into spaces, so the scorer keeps its
# own normaliser to follow the gold rules exactly.
GOLD_LEGAL_SUFFIXES = (
    "sa", "s a", "inc", "corp", "corporation", "ltd", "plc", "llc", "sl", "s l",
    "ag", "se", "nv", "n v", "gmbh", "co",
)
_SUFFIX_RE = re.compile(
    r"(?:\s+(?:"
    + "|".join(re.escape(s) for s in sorted(GOLD_LEGAL_SUFFIXES, key=len, reverse=True))
    + r"))+$"
)


def normalize_name(name: str) -> str:
    """The comparison key of a name: NFKC, casefold, no accents, no punctuation, no
    legal suffix.

    >>> normalize_name("Telefónica, S.A.")
    'telefonica'
    >>> normalize_name("Coca-Cola Co.")
    'cocacola'
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = "".join(c for c in text if not unicodedata.category(c).startswith("P"))
    text = " ".join(text.split())
    # A name that is only a suffix ("SE") stays itself rather than becoming empty.
    return _SUFFIX_RE.sub("", text).strip() or text


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldEntity:
    """A gold organisation or person: its fullest name and the other forms used."""

    name: str
    aliases: tuple[str, ...] = ()

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(normalize_name(n) for n in (self.name, *self.aliases))


@dataclass(frozen=True)
class MoneyValue:
    """An amount as compared: a currency and an exact value and/or bounds."""

    currency: str
    value: Decimal | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    text: str = ""

    @property
    def numbers(self) -> tuple[Decimal, ...]:
        return tuple(n for n in (self.value, self.min_value, self.max_value) if n is not None)

    @property
    def key(self) -> tuple[str, Decimal | None, Decimal | None, Decimal | None]:
        return (self.currency, self.value, self.min_value, self.max_value)

    def describe(self) -> str:
        """The surface text when known, else the currency and numbers."""
        if self.text:
            return self.text
        parts = [self.currency]
        if self.value is not None:
            parts.append(f"{self.value:,}")
        if self.min_value is not None:
            parts.append(f"min {self.min_value:,}")
        if self.max_value is not None:
            parts.append(f"max {self.max_value:,}")
        return " ".join(parts)


@dataclass(frozen=True)
class GoldDeal:
    type: str
    roles: tuple[tuple[str, str], ...]  # (role, gold name), in the file's order
    status: str | None = None
    amount: MoneyValue | None = None
    valuation: MoneyValue | None = None

    def describe(self) -> str:
        return _describe_deal(self.type, self.roles)


@dataclass(frozen=True)
class GoldArticle:
    id: str
    lang: str | None
    organizations: tuple[GoldEntity, ...]
    people: tuple[GoldEntity, ...]
    amounts: tuple[MoneyValue, ...]
    deals: tuple[GoldDeal, ...]


def _decimal(value: Any, where: str) -> Decimal | None:
    if value is None:
        return None
    try:
        # str() first: a JSON float such as 2.65e9 must not carry binary noise.
        return Decimal(str(value))
    except InvalidOperation as err:
        raise InputError(f"{where}: {value!r} is not a number; write it as a JSON number") from err


def _gold_money(data: Mapping[str, Any], where: str) -> MoneyValue:
    currency = data.get("currency")
    if not isinstance(currency, str):
        raise InputError(f"{where}: an amount needs a \"currency\" (ISO 4217 code)")
    money = MoneyValue(
        currency=currency.upper(),
        value=_decimal(data.get("value"), where),
        min_value=_decimal(data.get("min"), where),
        max_value=_decimal(data.get("max"), where),
        text=str(data.get("text", "")),
    )
    if not money.numbers:
        raise InputError(f"{where}: an amount needs \"value\", \"min\" or \"max\"")
    return money


def _gold_entities(items: Iterable[Any], where: str) -> tuple[GoldEntity, ...]:
    entities = []
    for item in items:
        if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
            raise InputError(f"{where}: each entity needs a \"name\" string, got {item!r}")
        entities.append(GoldEntity(item["name"], tuple(str(a) for a in item.get("aliases", ()))))
    return tuple(entities)


def parse_gold(data: Mapping[str, Any], source: str = "<gold>") -> GoldArticle:
    """Read one gold annotation (the JSON object of docs/GOLD-FORMAT.md).

    >>> parse_gold({"id": "a1", "organizations": [{"name": "Acme"}]}).organizations
    (GoldEntity(name='Acme', aliases=()),)
    """
    article_id = data.get("id")
    if not isinstance(article_id, str) or not article_id:
        raise InputError(f"{source}: the gold file needs an \"id\" string")
    deals = []
    for n, item in enumerate(data.get("deals", ())):
        where = f"{source}: deal {n + 1}"
        roles = tuple(
            (str(role), str(name))
            for role, names in dict(item.get("roles", {})).items()
            for name in ([names] if isinstance(names, str) else names)
        )
        deals.append(
            GoldDeal(
                type=str(item.get("type", "")),
                roles=roles,
                status=item.get("status"),
                amount=_gold_money(item["amount"], where) if item.get("amount") else None,
                valuation=_gold_money(item["valuation"], where)
                if item.get("valuation")
                else None,
            )
        )
    return GoldArticle(
        id=article_id,
        lang=data.get("lang"),
        organizations=_gold_entities(data.get("organizations", ()), source),
        people=_gold_entities(data.get("people", ()), source),
        amounts=tuple(
            _gold_money(a, f"{source}: amount {n + 1}")
            for n, a in enumerate(data.get("amounts", ()))
        ),
        deals=tuple(deals),
    )


def load_gold(gold_dir: Path) -> list[GoldArticle]:
    """Read every ``*.gold.json`` of a folder, sorted by file name."""
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: not a folder; give the folder of *.gold.json files")
    paths = sorted(gold_dir.glob("*.gold.json"))
    if not paths:
        raise InputError(f"{gold_dir}: no *.gold.json file found; see docs/GOLD-FORMAT.md")
    golds = []
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            raise InputError(f"{path}: cannot read the gold file ({err})") from err
        if not isinstance(data, Mapping):
            raise InputError(f"{path}: a gold file holds one JSON object")
        golds.append(parse_gold(data, str(path)))
    return golds


# --------------------------------------------------------------------------- graph


@dataclass(frozen=True)
class PredEntity:
    iri: str
    names: tuple[str, ...]  # schema:name first, then the alternate names

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(normalize_name(n) for n in self.names)

    def describe(self) -> str:
        return self.names[0] if self.names else f"<{self.iri}> (no name)"


@dataclass(frozen=True)
class PredDeal:
    iri: str
    types: frozenset[str]  # local names of its rdf:types other than deal:Deal
    roles: tuple[tuple[str, str], ...]  # (role, party IRI); role "party" if no sub-property
    status: frozenset[str]
    amounts: tuple[MoneyValue, ...]

    def describe(self, names: Mapping[str, PredEntity]) -> str:
        return _describe_deal(
            "/".join(sorted(self.types)) or "Deal",
            [(r, names[p].describe() if p in names else p) for r, p in self.roles],
        )


@dataclass
class PredArticle:
    id: str
    organizations: list[PredEntity] = field(default_factory=list)
    people: list[PredEntity] = field(default_factory=list)
    amounts: list[MoneyValue] = field(default_factory=list)
    deals: list[PredDeal] = field(default_factory=list)
    parties: dict[str, PredEntity] = field(default_factory=dict)


def load_graph(path: Path) -> ox.Store:
    """Load a graph file (``kg.rdfio.read_quads``: format from its extension) into
    an in-memory store."""
    store = ox.Store()
    store.extend(read_quads(path))
    return store


def store_from_graph(graph: rdflib.Graph) -> ox.Store:
    """Copy an rdflib graph into a pyoxigraph store (SPARQL there is much faster)."""
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_PREFIXES = {"schema": str(SCHEMA), "deal": str(DEAL), "rdf": _RDF}
_ROLE_PATH = "|".join(f"deal:{r}" for r in DEAL_ROLES)

# Every article the graph publishes, whether or not kg found anything in it: one with
# nothing found is in the graph with no predictions, not missing from it.
_ARTICLE_QUERY = """
SELECT ?id WHERE { ?article a schema:NewsArticle ; schema:identifier ?id }"""

_ENTITY_QUERY = """
SELECT ?id ?x ?kind ?name ?alt WHERE {
  ?article schema:identifier ?id ; schema:mentions ?x .
  VALUES ?kind { schema:Organization schema:Person }
  ?x a ?kind .
  OPTIONAL { ?x schema:name ?name }
  OPTIONAL { ?x schema:alternateName ?alt }
}"""

_AMOUNT_QUERY = """
SELECT DISTINCT ?id ?m ?currency ?value ?min ?max ?text WHERE {
  ?article schema:identifier ?id .
  { ?article schema:mentions ?m . ?m a schema:MonetaryAmount }
  UNION
  { ?article schema:mentions ?d . ?d a deal:Deal ; deal:amount|deal:valuation ?m }
  OPTIONAL { ?m schema:currency ?currency }
  OPTIONAL { ?m schema:value ?value }
  OPTIONAL { ?m schema:minValue ?min }
  OPTIONAL { ?m schema:maxValue ?max }
  OPTIONAL { ?m deal:surfaceForm ?text }
  # An exchange-rate note ("$1 = 0.93 euros") is published, flagged, but is not an
  # amount the article reports (docs/GOLD-FORMAT.md lists deal values, rounds, revenue...).
  FILTER NOT EXISTS { ?m deal:exchangeRate true }
}"""

_DEAL_QUERY = """
SELECT ?id ?d ?p ?o WHERE {
  ?article schema:identifier ?id ; schema:mentions ?d .
  ?d a deal:Deal ; ?p ?o .
  VALUES ?p { rdf:type deal:party deal:status deal:amount ROLES }
}""".replace("ROLES", " ".join(f"deal:{r}" for r in DEAL_ROLES))

_PARTY_QUERY = """
SELECT DISTINCT ?x ?name ?alt WHERE {
  ?d a deal:Deal ; deal:party|ROLES ?x .
  OPTIONAL { ?x schema:name ?name }
  OPTIONAL { ?x schema:alternateName ?alt }
}""".replace("ROLES", _ROLE_PATH)


def _select(store: ox.Store, query: str) -> ox.QuerySolutions:
    result = store.query(query, prefixes=_PREFIXES, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)  # every query here is a SELECT
    return result


def _text(term: Any) -> str | None:
    return None if term is None else str(term.value)


def _number(term: Any) -> Decimal | None:
    if term is None:
        return None
    try:
        return Decimal(str(term.value))
    except InvalidOperation:
        return None  # a non-numeric value is no number the scorer can match


def _local(iri: str) -> str | None:
    """The local name of a term of the deal ontology (None for any other IRI)."""
    return iri[len(str(DEAL)):] if iri.startswith(str(DEAL)) else None


class _Names:
    """Collects the schema:name and schema:alternateName values of nodes."""

    def __init__(self) -> None:
        self._names: dict[str, set[str]] = defaultdict(set)
        self._alts: dict[str, set[str]] = defaultdict(set)

    def add(self, iri: str, row: ox.QuerySolution) -> None:
        name, alt = _text(row["name"]), _text(row["alt"])
        self._names[iri].update([name] if name is not None else [])
        self._alts[iri].update([alt] if alt is not None else [])

    def entity(self, iri: str) -> PredEntity:
        names = sorted(self._names.get(iri, ()))
        return PredEntity(iri, (*names, *sorted(set(self._alts.get(iri, ())) - set(names))))


def read_predictions(store: ox.Store) -> dict[str, PredArticle]:
    """Everything the graph says each article mentions, keyed by ``schema:identifier``."""
    articles: dict[str, PredArticle] = {}

    def article(row: ox.QuerySolution) -> PredArticle:
        key = str(row["id"].value)
        return articles.setdefault(key, PredArticle(key))

    for row in _select(store, _ARTICLE_QUERY):
        article(row)
    names = _Names()
    mentioned: set[tuple[str, str, str]] = set()
    for row in _select(store, _ENTITY_QUERY):
        iri = str(row["x"].value)
        mentioned.add((article(row).id, str(row["kind"].value), iri))
        names.add(iri, row)
    for article_id, kind, iri in sorted(mentioned):
        target = articles[article_id]
        group = target.organizations if kind == str(SCHEMA.Organization) else target.people
        group.append(names.entity(iri))

    money: dict[tuple[str, str], MoneyValue] = {}
    for row in _select(store, _AMOUNT_QUERY):
        slot = (article(row).id, str(row["m"].value))
        if slot in money:
            continue  # a second surface form of the same node
        money[slot] = MoneyValue(
            currency=(_text(row["currency"]) or "").upper(),
            value=_number(row["value"]),
            min_value=_number(row["min"]),
            max_value=_number(row["max"]),
            text=_text(row["text"]) or "",
        )
    for (article_id, _iri), value in sorted(money.items()):
        target = articles[article_id]
        if value.key not in {m.key for m in target.amounts}:  # same currency and numbers: once
            target.amounts.append(value)
    deal_money = {iri: value for (_a, iri), value in money.items()}

    props: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in _select(store, _DEAL_QUERY):
        props[(article(row).id, str(row["d"].value))][str(row["p"].value)].add(
            str(row["o"].value)
        )
    party_names = _Names()
    for row in _select(store, _PARTY_QUERY):
        party_names.add(str(row["x"].value), row)
    for (article_id, iri), values in sorted(props.items()):
        target = articles[article_id]
        roles = [(r, p) for r in DEAL_ROLES for p in sorted(values.get(str(DEAL[r]), ()))]
        with_role = {p for _r, p in roles}
        # A party asserted only through deal:party still counts for matching.
        roles += [("party", p) for p in sorted(values.get(str(DEAL.party), set()) - with_role)]
        for _role, party in roles:
            target.parties[party] = party_names.entity(party)
        types = {_local(t) for t in values.get(_RDF + "type", ())}
        statuses = {_local(s) for s in values.get(str(DEAL.status), ())}
        target.deals.append(
            PredDeal(
                iri=iri,
                types=frozenset(t for t in types if t and t != "Deal"),
                roles=tuple(roles),
                status=frozenset(s for s in statuses if s),
                amounts=tuple(
                    deal_money[m] for m in sorted(values.get(str(DEAL.amount), ()))
                    if m in deal_money
                ),
            )
        )
    return articles


# --------------------------------------------------------------------------- results


@dataclass
class Counts:
    """True positives, false positives and false negatives of one fact kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn,
        }


@dataclass
class Accuracy:
    """How many matched deals got one attribute right."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def to_dict(self) -> dict[str, float | int]:
        return {"accuracy": round(self.value, 4), "correct": self.correct, "total": self.total}


RuleLookup = Callable[[str], tuple[str, ...] | None]
"""The rule ids of a node of the article being scored, by IRI (None: not known)."""


def _unknown(_node: str) -> tuple[str, ...] | None:
    return None


@dataclass(frozen=True)
class Attributed:
    """A predicted fact as the details write it, and the rule ids that made it:
    ``()`` when the run recorded none, ``None`` when the run is not known (a graph
    made earlier)."""

    fact: str
    rules: tuple[str, ...] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"fact": self.fact, "rules": None if self.rules is None else list(self.rules)}


@dataclass(frozen=True)
class NameReading:
    """A gold name (a party of a missed deal, a missed organisation or person) and
    the kg entities that carry one of its names (``"org Quill Data"``, with the cues
    that typed it); none: kg did not find it (as the other kind, for a missed one)."""

    name: str
    found: tuple[Attributed, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "found": [f.to_dict() for f in self.found]}


@dataclass(frozen=True)
class MissedDeal:
    """What kg has in place of a missed gold deal.

    ``closest``: the deal of the article sharing most gold parties (then of the same
    type, then not matched to another gold deal), else one of the same type; None
    when no deal rule fired for it (``kg_deals`` says whether kg has any deal there).
    """

    gold: str
    closest: Attributed | None
    shared: int  # how many gold parties the closest deal has
    kg_deals: int  # deals kg has in the article
    parties: tuple[NameReading, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "closest": self.closest.to_dict() if self.closest else None,
            "shared_parties": self.shared,
            "kg_deals": self.kg_deals,
            "parties": [p.to_dict() for p in self.parties],
        }


@dataclass
class ArticleScore:
    """One article's counts, and what was missed, spurious or wrong, as text.

    ``spurious_rules`` and ``wrong_deals`` repeat ``spurious`` (organisations, people,
    deals) and ``deal_errors`` with the rule ids of each fact; ``missed_deals`` and
    ``missed_readings`` repeat ``missed`` (deals; organisations and people) with what
    kg has instead.
    """

    id: str
    in_graph: bool
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    missed: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KINDS})
    spurious: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KINDS})
    deal_errors: list[str] = field(default_factory=list)  # wrong attributes of matched deals
    spurious_rules: dict[str, list[Attributed]] = field(
        default_factory=lambda: {k: [] for k in RULE_KINDS}
    )
    wrong_deals: list[Attributed] = field(default_factory=list)
    missed_deals: list[MissedDeal] = field(default_factory=list)
    # Each missed organisation or person, and the kg entities of the other kind that
    # carry its name (an organisation kg read as a person).
    missed_readings: dict[str, list[NameReading]] = field(
        default_factory=lambda: {"organizations": [], "people": []}
    )
    # (kind, rule ids or None, matched a gold item) of each prediction: the rule table
    predictions: list[tuple[str, tuple[str, ...] | None, bool]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "in_graph": self.in_graph,
            "counts": {k: c.to_dict() for k, c in self.counts.items()},
            "missed": self.missed,
            "spurious": self.spurious,
            "deal_errors": self.deal_errors,
            "spurious_rules": {
                k: [a.to_dict() for a in items] for k, items in self.spurious_rules.items()
            },
            "wrong_deals": [a.to_dict() for a in self.wrong_deals],
            "missed_deals": [m.to_dict() for m in self.missed_deals],
            "missed_readings": {
                k: [r.to_dict() for r in items] for k, items in self.missed_readings.items()
            },
        }


@dataclass
class RuleCount:
    """How many spurious and correct facts of one kind carry one rule id."""

    kind: str
    rule: str
    spurious: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        total = self.correct + self.spurious
        return self.correct / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "rule": self.rule, "spurious": self.spurious,
            "correct": self.correct, "precision": round(self.precision, 4),
        }


@dataclass
class Evaluation:
    """Micro-averaged figures per fact kind, deal-attribute accuracy, per-article details."""

    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    deal_accuracy: dict[str, Accuracy] = field(
        default_factory=lambda: {k: Accuracy() for k in DEAL_ATTRIBUTES}
    )
    articles: list[ArticleScore] = field(default_factory=list)
    # Per (kind, rule id); None when the rule ids of the run are not known.
    rules: dict[tuple[str, str], RuleCount] | None = None

    def rule_table(self) -> list[RuleCount]:
        """The rules, worst first: most spurious facts, then lowest precision."""
        return sorted(
            (self.rules or {}).values(),
            key=lambda c: (-c.spurious, c.precision, c.kind, c.rule),
        )

    def count_rules(self) -> None:
        """Fill ``rules`` from the articles' predictions (a fact counts once for each
        rule id it carries; one that carries none, under ``NO_RULE``)."""
        table: dict[tuple[str, str], RuleCount] = {}
        for article in self.articles:
            for kind, rules, correct in article.predictions:
                if rules is None:
                    continue
                for rule in rules or (NO_RULE,):
                    count = table.setdefault((kind, rule), RuleCount(kind, rule))
                    count.correct += int(correct)
                    count.spurious += int(not correct)
        self.rules = table

    def to_dict(self) -> dict[str, Any]:
        return {
            "kinds": {k: c.to_dict() for k, c in self.counts.items()},
            "deal_accuracy": {k: a.to_dict() for k, a in self.deal_accuracy.items()},
            "rules_available": self.rules is not None,
            "rules": None if self.rules is None else [c.to_dict() for c in self.rule_table()],
            "articles": [a.to_dict() for a in self.articles],
        }

    def to_json(self) -> str:
        """The figures as indented JSON, keys in a stable order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


# --------------------------------------------------------------------------- matching


def _max_matching(candidates: Sequence[Sequence[int]]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths), gold index → prediction
    index; each gold item tries its candidates in the order given (best first)."""
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(gold: int, visited: set[int]) -> bool:
        for pred in candidates[gold]:
            if pred in visited:
                continue
            visited.add(pred)
            if pred not in owner or augment(owner[pred], visited):
                owner[pred] = gold
                return True
        return False

    for gold in range(len(candidates)):
        augment(gold, set())
    return {gold: pred for pred, gold in owner.items()}


def _close(pred: Decimal, gold: Decimal) -> bool:
    return abs(pred - gold) <= abs(gold) * TOLERANCE


def money_matches(pred: MoneyValue, gold: MoneyValue) -> bool:
    """Same currency and a predicted number within 1 % of a gold number.

    >>> money_matches(MoneyValue("EUR", Decimal(995)), MoneyValue("EUR", min_value=Decimal(1000)))
    True
    """
    return pred.currency == gold.currency and any(
        _close(p, g) for p in pred.numbers for g in gold.numbers
    )


def _money_distance(pred: MoneyValue, gold: MoneyValue) -> tuple[int, Decimal]:
    """Sort key of a candidate amount: same kind of number first, then the closest."""
    same_shape = (pred.value is None) == (gold.value is None)
    best = min(
        (abs(p - g) / abs(g) if g else abs(p)) for p in pred.numbers for g in gold.numbers
    )
    return (0 if same_shape else 1, best)


def _entity_preference(gold: GoldEntity, pred: PredEntity) -> tuple[bool, int]:
    """Sort key of a candidate: its canonical name is a gold name first, then the most
    names shared."""
    canonical_hits = bool(pred.names) and normalize_name(pred.names[0]) in gold.keys
    return (not canonical_hits, -len(pred.keys & gold.keys))


def _score_entities(
    gold: Sequence[GoldEntity],
    pred: Sequence[PredEntity],
    kind: str,
    score: ArticleScore,
    rules: RuleLookup = _unknown,
    other: tuple[str, Sequence[PredEntity]] = ("", ()),
) -> None:
    """Match one kind; ``other`` is the other kind's label and predictions, where a
    missed name may have been read."""
    candidates = [
        sorted(
            (i for i, p in enumerate(pred) if p.keys & g.keys),
            key=lambda i: _entity_preference(g, pred[i]),  # noqa: B023 - used at once
        )
        for g in gold
    ]
    matched = _max_matching(candidates)
    _count(score, kind, len(gold), len(pred), matched)
    score.missed[kind] += [g.name for i, g in enumerate(gold) if i not in matched]
    other_kind, others = other
    score.missed_readings[kind] += [
        NameReading(g.name, tuple(
            Attributed(f"{other_kind} {p.describe()}", rules(p.iri))
            for p in others if p.keys & g.keys
        ))
        for i, g in enumerate(gold) if i not in matched
    ]
    taken = set(matched.values())
    score.spurious[kind] += [p.describe() for i, p in enumerate(pred) if i not in taken]
    score.spurious_rules[kind] += [
        Attributed(p.describe(), rules(p.iri)) for i, p in enumerate(pred) if i not in taken
    ]
    score.predictions += [(kind, rules(p.iri), i in taken) for i, p in enumerate(pred)]


def _count(
    score: ArticleScore, kind: str, n_gold: int, n_pred: int, matched: Mapping[int, int]
) -> None:
    tp = len(matched)
    score.counts[kind] = Counts(tp=tp, fp=n_pred - tp, fn=n_gold - tp)


def match_amounts(gold: Sequence[MoneyValue], pred: Sequence[MoneyValue]) -> dict[int, int]:
    """Gold amount index → predicted amount index, one to one, as ``kg eval`` matches
    amounts (the closest candidates first)."""
    candidates = [
        sorted(
            (i for i, p in enumerate(pred) if money_matches(p, g)),
            key=lambda i: _money_distance(pred[i], g),  # noqa: B023 - used at once
        )
        for g in gold
    ]
    return _max_matching(candidates)


def _score_amounts(
    gold: Sequence[MoneyValue], pred: Sequence[MoneyValue], score: ArticleScore
) -> None:
    matched = match_amounts(gold, pred)
    _count(score, "amounts", len(gold), len(pred), matched)
    score.missed["amounts"] += [g.describe() for i, g in enumerate(gold) if i not in matched]
    taken = set(matched.values())
    score.spurious["amounts"] += [p.describe() for i, p in enumerate(pred) if i not in taken]


def _describe_deal(deal_type: str, roles: Iterable[tuple[str, str]]) -> str:
    by_role: dict[str, list[str]] = defaultdict(list)
    for role, name in roles:
        by_role[role].append(name)
    return f"{deal_type}(" + "; ".join(f"{r}={', '.join(n)}" for r, n in by_role.items()) + ")"


@dataclass(frozen=True)
class _DealPair:
    """How a predicted deal lines up with a gold deal."""

    matched_parties: int
    # gold party index -> (its gold roles, the predicted roles of the parties matching it)
    roles: dict[int, tuple[frozenset[str], frozenset[str]]]


def _align(
    gold_parties: Sequence[tuple[frozenset[str], frozenset[str]]],
    pred: PredDeal,
    names: Mapping[str, PredEntity],
) -> _DealPair:
    roles: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
    for n, (keys, gold_roles) in enumerate(gold_parties):
        pred_roles = frozenset(
            role for role, party in pred.roles if party in names and names[party].keys & keys
        )
        if pred_roles:
            roles[n] = (gold_roles, pred_roles)
    return _DealPair(len(roles), roles)


def _gold_parties(
    deal: GoldDeal, entities: Sequence[GoldEntity]
) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The distinct parties of a gold deal: (name keys incl. aliases, gold roles)."""
    by_key: dict[str, GoldEntity] = {}
    for entity in entities:
        for key in entity.keys:
            by_key.setdefault(key, entity)
    parties: dict[frozenset[str], set[str]] = {}
    for role, name in deal.roles:
        key = normalize_name(name)
        keys = by_key[key].keys if key in by_key else frozenset({key})
        parties.setdefault(keys, set()).add(role)
    return [(keys, frozenset(r)) for keys, r in parties.items()]


def _score_deals(
    gold: GoldArticle,
    pred: PredArticle | None,
    result: Evaluation,
    score: ArticleScore,
    rules: RuleLookup = _unknown,
) -> None:
    deals = pred.deals if pred else []
    names = pred.parties if pred else {}
    entities = [*gold.organizations, *gold.people]
    gold_parties = [_gold_parties(d, entities) for d in gold.deals]
    pairs: list[dict[int, _DealPair]] = []
    candidates: list[list[int]] = []
    for g, parties in zip(gold.deals, gold_parties, strict=True):
        # min(2, n) parties must match; a gold deal without parties can match nothing.
        needed = max(1, min(2, len(parties)))
        row = {i: _align(parties, d, names) for i, d in enumerate(deals)}
        row = {i: pair for i, pair in row.items() if pair.matched_parties >= needed}
        pairs.append(row)
        # Prefer the deal sharing most parties, then the one with most attributes right.
        preference = {
            i: (-pair.matched_parties, -sum(_deal_checks(g, deals[i], pair).values()))
            for i, pair in row.items()
        }
        candidates.append(sorted(row, key=lambda i: preference[i]))  # noqa: B023
    matched = _max_matching(candidates)
    _count(score, "deals", len(gold.deals), len(deals), matched)
    taken = set(matched.values())
    for n, g in enumerate(gold.deals):
        if n not in matched:
            score.missed["deals"].append(g.describe())
            score.missed_deals.append(
                _missed_deal(g, gold_parties[n], pred, taken, rules)
            )
            continue
        d = deals[matched[n]]
        checks = _deal_checks(g, d, pairs[n][matched[n]])
        for attribute, ok in checks.items():
            result.deal_accuracy[attribute].add(ok)
        wrong = [_explain(a, g, d) for a, ok in checks.items() if not ok]
        if wrong:
            error = f"{g.describe()} ~ {d.describe(names)}: {'; '.join(wrong)}"
            score.deal_errors.append(error)
            score.wrong_deals.append(Attributed(error, rules(d.iri)))
    score.spurious["deals"] += [d.describe(names) for i, d in enumerate(deals) if i not in taken]
    score.spurious_rules["deals"] += [
        Attributed(d.describe(names), rules(d.iri)) for i, d in enumerate(deals) if i not in taken
    ]
    score.predictions += [("deals", rules(d.iri), i in taken) for i, d in enumerate(deals)]


def _missed_deal(
    gold: GoldDeal,
    parties: Sequence[tuple[frozenset[str], frozenset[str]]],
    pred: PredArticle | None,
    taken: set[int],
    rules: RuleLookup,
) -> MissedDeal:
    """The closest deal kg has for a missed gold deal, and how kg read its parties."""
    deals = pred.deals if pred else []
    names = pred.parties if pred else {}
    best: tuple[tuple[int, bool, bool, int], int] | None = None
    for i, deal in enumerate(deals):
        shared = _align(parties, deal, names).matched_parties
        same_type = gold.type in deal.types
        if shared or same_type:
            key = (shared, same_type, i not in taken, -i)  # on a tie, the first deal
            best = max(best, (key, i)) if best else (key, i)
    closest = None
    if best is not None:
        deal = deals[best[1]]
        note = "" if best[1] not in taken else " (matched to another gold deal)"
        closest = Attributed(deal.describe(names) + note, rules(deal.iri))
    entities = [("org", e) for e in pred.organizations] if pred else []
    entities += [("person", e) for e in pred.people] if pred else []
    readings = []
    for keys, _roles in parties:
        name = next((n for _r, n in gold.roles if normalize_name(n) in keys), min(keys))
        found = tuple(
            Attributed(f"{kind} {e.describe()}", rules(e.iri))
            for kind, e in entities
            if e.keys & keys
        )
        readings.append(NameReading(name, found))
    return MissedDeal(
        gold.describe(),
        closest,
        best[0][0] if best else 0,
        len(deals),
        tuple(readings),
    )


def _explain(attribute: str, gold: GoldDeal, pred: PredDeal) -> str:
    """``wrong status: Completed, gold Announced`` and the like."""
    if attribute == "type":
        found = "/".join(sorted(pred.types)) or "none"
        return f"wrong type: {found}, gold {gold.type}"
    if attribute == "status":
        return f"wrong status: {'/'.join(sorted(pred.status)) or 'none'}, gold {gold.status}"
    if attribute == "amount":
        found = ", ".join(m.describe() for m in pred.amounts) or "none"
        return f"wrong amount: {found}, gold {gold.amount.describe() if gold.amount else 'none'}"
    return "wrong roles"


def _deal_checks(gold: GoldDeal, pred: PredDeal, pair: _DealPair) -> dict[str, bool]:
    """Accuracy of each attribute of a matched deal."""
    if gold.amount is None:
        amount_ok = not pred.amounts
    else:
        amount_ok = any(money_matches(m, gold.amount) for m in pred.amounts)
    return {
        "type": pred.types == {gold.type},
        # Role names must be equal for every party found in both deals.
        "roles": all(g == p for g, p in pair.roles.values()),
        "amount": amount_ok,
        "status": pred.status == ({gold.status} if gold.status else set()),
    }


def score_article(
    gold: GoldArticle,
    pred: PredArticle | None,
    result: Evaluation,
    rules: RuleLookup = _unknown,
) -> ArticleScore:
    """Score one article (``pred`` is None when the graph lacks it) and add its deal
    accuracy to ``result``; ``rules`` gives the rule ids of the article's nodes."""
    score = ArticleScore(gold.id, in_graph=pred is not None)
    orgs, people = (pred.organizations, pred.people) if pred else ([], [])
    _score_entities(gold.organizations, orgs, "organizations", score, rules, ("person", people))
    _score_entities(gold.people, people, "people", score, rules, ("org", orgs))
    _score_amounts(gold.amounts, pred.amounts if pred else [], score)
    _score_deals(gold, pred, result, score, rules)
    return score


def evaluate(
    golds: Sequence[GoldArticle],
    store: ox.Store,
    provenance: Provenance | None = None,
) -> Evaluation:
    """Score the graph in ``store`` against gold articles, micro-averaged.

    With the ``provenance`` of the run that made the graph, spurious and wrong facts
    carry their rule ids and ``Evaluation.rules`` counts them per rule; without it
    (a graph made earlier) the rule ids are not known and ``rules`` is None.

    >>> evaluate(load_gold(Path("gold")), load_graph(Path("graph.ttl")))  # doctest: +SKIP
    """
    predictions = read_predictions(store)
    result = Evaluation()
    for gold in golds:
        rules = _unknown
        if provenance is not None:
            rules = functools.partial(provenance.rules, gold.id)
        score = score_article(gold, predictions.get(gold.id), result, rules)
        for kind in KINDS:
            result.counts[kind].add(score.counts[kind])
        result.articles.append(score)
    if provenance is not None:
        result.count_rules()
    return result
