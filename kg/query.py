"""The query stage: SPARQL over graph files or a store, with pyoxigraph.

``run_query`` runs any SPARQL 1.1 query over graph files (loaded into memory, named
graphs kept) or over a store made by ``kg load``; the default graph is the merge of
all graphs, so queries need no ``GRAPH`` clause (see ``kg.store``). SELECT rows stream; ASK gives a
boolean; CONSTRUCT and DESCRIBE give triples.

Canned queries live in ``queries/*.rq``. Each opens with a comment header::

    # title: Investors of an organisation
    # description: Who invested in the organisation, ...
    #   (indented lines continue the field above)
    # param org (org): IRI or name of an organisation

A parameter is ``# param NAME (KIND[, optional][, prefix P]): DESCRIPTION`` where
KIND is ``org`` or ``person`` (an IRI, or a name looked up in the graph), ``iri``
(a full or prefixed IRI; with ``prefix P``, a bare name is taken in namespace
``P:``), ``string``, ``integer`` or ``decimal``. Parameters are bound as RDF terms
(pyoxigraph ``substitutions``), never pasted into the query text; Oxigraph only
substitutes variables that the SELECT clause projects, so a canned query lists its
parameters among its columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import BinaryIO, Literal

import pyoxigraph as ox

from kg import iri
from kg.errors import ConfigError, InputError, no_such_file
from kg.facts import EntityKind
from kg.rdfio import FORMATS, Term, to_oxigraph
from kg.resources import data_dir
from kg.store import memory_store, open_store
from kg.vocab import DEAL, PREFIXES, SCHEMA, XSD

QueryKind = Literal["select", "ask", "construct"]
ResultFormat = Literal["csv", "tsv", "json", "xml"]
PARAM_KINDS = ("org", "person", "iri", "string", "integer", "decimal")

_RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}


class QueryResult:
    """The answer to one query. ``kind`` says which of the three shapes it has:

    - ``select``: ``variables`` and ``rows()``, an iterator of tuples of terms (None
      where a variable is unbound), consumed once, streamed from the engine;
    - ``ask``: ``boolean``;
    - ``construct``: ``triples()``, an iterator of ``pyoxigraph.Triple``.

    >>> result = run_query("ASK { ?s ?p ?o }", files=[])
    >>> result.kind, result.boolean
    ('ask', False)
    """

    def __init__(
        self,
        raw: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples,
        store: ox.Store,
    ) -> None:
        self._raw = raw
        self._store = store  # keeps the data alive while results stream
        self._consumed = False
        self.kind: QueryKind
        self.variables: tuple[str, ...] = ()
        self.boolean: bool | None = None
        if isinstance(raw, ox.QuerySolutions):
            self.kind = "select"
            self.variables = tuple(v.value for v in raw.variables)
        elif isinstance(raw, ox.QueryBoolean):
            self.kind = "ask"
            self.boolean = bool(raw)
        else:
            self.kind = "construct"

    def _take(self, kind: QueryKind) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        if self.kind != kind:
            raise TypeError(f"a {self.kind.upper()} result has no {kind.upper()} answer")
        if self._consumed:
            raise RuntimeError("the results were already read; run the query again")
        self._consumed = True
        return self._raw

    def rows(self) -> Iterator[tuple[Term | None, ...]]:
        """The SELECT rows, in order, as tuples aligned with ``variables``."""
        solutions = self._take("select")
        assert isinstance(solutions, ox.QuerySolutions)
        width = len(self.variables)
        for solution in solutions:
            yield tuple(solution[i] for i in range(width))

    def triples(self) -> Iterator[ox.Triple]:
        """The CONSTRUCT (or DESCRIBE) triples."""
        triples = self._take("construct")
        assert isinstance(triples, ox.QueryTriples)
        yield from triples

    def write(self, output: BinaryIO, fmt: str) -> None:
        """Write the result to a binary stream, streaming rows as they come.

        SELECT and ASK: ``csv``, ``tsv``, ``json`` (SPARQL 1.1 Query Results JSON) or
        ``xml``; CONSTRUCT: ``turtle`` (kg's prefixes) or ``ntriples``.
        """
        if self.kind == "construct":
            if fmt not in ("turtle", "ntriples"):
                raise InputError(f"a CONSTRUCT result is written as turtle or ntriples, not {fmt}")
            if fmt == "turtle":  # kg's Turtle: short names, facts before mentions
                from kg.publish.turtle import turtle

                output.write(turtle(self.triples()))
            else:
                ox.serialize(self.triples(), output, FORMATS[fmt].rdf_format)
            return
        results = _RESULT_FORMATS.get(fmt)
        if results is None:
            known = ", ".join(_RESULT_FORMATS)
            raise InputError(f"unknown result format {fmt!r}; use one of {known}")
        raw = self._take(self.kind)
        assert isinstance(raw, ox.QuerySolutions | ox.QueryBoolean)
        raw.serialize(output, results)


# --- running queries -------------------------------------------------------------


def dataset(files: Sequence[Path] = (), store_dir: Path | None = None) -> ox.Store:
    """The data a query runs on: a store made by ``kg load`` (opened read-only), or
    the graph files loaded into memory."""
    if store_dir is not None:
        if files:
            raise InputError("give graph files or --store, not both")
        return open_store(store_dir, read_only=True)
    for path in files:
        if not path.exists():
            raise no_such_file(path)
    return memory_store(files)


def run_query(
    sparql: str,
    *,
    files: Sequence[Path] = (),
    store_dir: Path | None = None,
    bindings: Mapping[str, object] | None = None,
    store: ox.Store | None = None,
) -> QueryResult:
    """Run one SPARQL query over graph files, a store directory, or an open store.

    ``bindings`` maps variable names to RDF terms (pyoxigraph or rdflib terms) that
    replace the variables before evaluation. kg's prefixes (``deal:``, ``schema:``,
    ``id:``...) are predeclared. A syntax error raises ``InputError`` with the
    parser's message, which gives the line and column.

    >>> result = run_query("SELECT ?x WHERE { }", bindings={"x": ox.NamedNode("https://example.org/a")})
    >>> [row[0].value for row in result.rows()]
    ['https://example.org/a']
    """
    data = store if store is not None else dataset(files, store_dir)
    substitutions: dict[ox.Variable, Term | ox.Triple] = {
        ox.Variable(name): to_oxigraph(term) for name, term in (bindings or {}).items()
    }
    try:
        raw = data.query(
            sparql,
            prefixes=PREFIXES,
            substitutions=substitutions or None,
        )
    except SyntaxError as err:
        raise InputError(explain_syntax_error(sparql, str(err))) from err
    except (OSError, RuntimeError) as err:
        # pyoxigraph raises RuntimeError for queries it parses but cannot run, such
        # as a substituted variable missing from the SELECT clause.
        raise InputError(f"the query cannot run: {err}") from err
    return QueryResult(raw, data)


QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_OPERATIONS = (
    "INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH",
)
# Comments, IRIs and string literals: where a colon or a keyword means nothing.
_OPAQUE = re.compile(
    r"#[^\n]*|<[^<>\"{}|^`\\\s]*>|\"\"\"(?:[^\\]|\\.)*?\"\"\"|'\''\''(?:[^\\]|\\.)*?'\''\''"
    r"|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'"
)
_PREFIX_DECL = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)
_PREFIXED_NAME = re.compile(r"(?<![\w?$:])([A-Za-z][\w.-]*)?:(?=[\w%\\]|\s|[;,.)\]}]|$)")
# PREFIX and BASE declarations, with their IRIs already blanked out.
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s*(?:<[^>]*>)?\s*)*", re.IGNORECASE)


_COUNTED = {
    "articles": SCHEMA.NewsArticle,
    "organisations": SCHEMA.Organization,
    "people": SCHEMA.Person,
    "amounts": SCHEMA.MonetaryAmount,
    "quantities": SCHEMA.QuantitativeValue,
    "deals": DEAL.Deal,
}


def graph_stats(files: Sequence[Path] = (), store: ox.Store | None = None) -> dict[str, int]:
    """What graph files (or an open store) hold: articles, organisations, people,
    amounts, quantities, deals, and distinct triples (``kg stats``).

    Every count is of distinct things in the merge of the graphs (the default graph):
    a triple that two article graphs share counts once.

    >>> graph_stats(store=ox.Store())["deals"]
    0
    """
    data = store if store is not None else dataset(files)
    counts: dict[str, int] = {}
    for label, cls in _COUNTED.items():
        rows = data.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{cls}> }}")
        assert isinstance(rows, ox.QuerySolutions)
        n = next(iter(rows))["n"]
        counts[label] = int(n.value) if n is not None else 0
    counts["distinct triples"] = sum(
        1 for _ in data.quads_for_pattern(None, None, None, ox.DefaultGraph())
    )
    return counts


def explain_syntax_error(sparql: str, message: str) -> str:
    """The parser's message, with what kg knows of the usual causes: a prefix that is
    not declared, a misspelt query form, or a SPARQL Update given to ``kg query``.

    >>> explain_syntax_error("SELEC * WHERE { ?s ?p ?o }", "error at 1:7: expected CONSTRUCT")
    "SPARQL syntax error at 1:7: 'SELEC' is not a query form; kg query accepts SELECT, ASK, \
CONSTRUCT or DESCRIBE (did you mean SELECT?)"
    """
    where = re.match(r"error at (\d+:\d+)", message)
    head = f"SPARQL syntax error at {where.group(1)}" if where else "SPARQL syntax error"
    plain = _OPAQUE.sub(lambda m: " " * len(m.group(0)), sparql)
    first = re.match(r"[A-Za-z]+", plain[_PROLOGUE.match(plain).end():])  # type: ignore[union-attr]
    keyword = first.group(0) if first else ""
    if keyword.upper() in UPDATE_OPERATIONS:
        operation = keyword.upper()
        if operation in ("INSERT", "DELETE"):
            following = re.match(r"\s*([A-Za-z]+)", plain[plain.upper().find(operation) + 6:])
            if following and following.group(1).upper() in ("DATA", "WHERE"):
                operation += " " + following.group(1).upper()
        return (
            f"{head}: {operation} is a SPARQL Update, and kg query only reads "
            f"({', '.join(QUERY_FORMS[:-1])} or {QUERY_FORMS[-1]}); to add graph files "
            "to a store use kg load (a local store) or kg publish (any SPARQL 1.1 store)"
        )
    if keyword and keyword.upper() not in QUERY_FORMS:
        import difflib

        guess = difflib.get_close_matches(keyword.upper(), QUERY_FORMS, n=1, cutoff=0.6)
        hint = f" (did you mean {guess[0]}?)" if guess else ""
        return (
            f"{head}: {keyword!r} is not a query form; kg query accepts "
            f"{', '.join(QUERY_FORMS[:-1])} or {QUERY_FORMS[-1]}{hint}"
        )
    # An undeclared prefix is an error whatever the parser met first.
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(plain)}
    unknown = sorted(
        {m.group(1) or "" for m in _PREFIXED_NAME.finditer(plain)}
        - declared - set(PREFIXES) - {"_"}
    )
    if unknown:
        names = ", ".join(f"{p}:" for p in unknown)
        known = " ".join(f"{p}:" for p in PREFIXES)
        return (
            f"{head}: unknown prefix {names}; kg declares {known} — "
            f"declare others with PREFIX {unknown[0]}: <namespace IRI>"
        )
    return f"{head}: {_short(message)}"


def _short(message: str) -> str:
    """The parser's message without its location (given already) and its lists of
    Unicode ranges, which say nothing to a reader."""
    text = re.sub(r"^error at \d+:\d+:\s*", "", message)
    text = " ".join(text.split())
    if "\\u{" in text or len(text) > 200:
        text = text.split(", [", 1)[0]
    return text


# --- canned queries -------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    """One parameter of a canned query."""

    name: str
    kind: str
    description: str
    optional: bool = False
    prefix: str | None = None  # namespace of bare names, for kind "iri"


@dataclass(frozen=True)
class CannedQuery:
    """A documented query from ``queries/``."""

    name: str
    path: Path
    title: str
    description: str
    params: tuple[Param, ...] = field(default=())
    text: str = ""

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


_FIELD_RE = re.compile(r"^#\s*(title|description|param)\b\s*(.*)$")
_PARAM_RE = re.compile(r"^(\w+)\s*(?:\(([^)]*)\))?\s*:\s*(.*)$")


def parse_header(text: str, path: Path) -> CannedQuery:
    """Read a ``.rq`` file's header comment (title, description, params)."""
    fields: dict[str, str] = {}
    params: list[Param] = []
    current: str | None = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _FIELD_RE.match(line)
        if match:
            key, value = match.group(1), match.group(2).lstrip(":").strip()
            if key == "param":
                params.append(_parse_param(value, path))
                current = "param"
            else:
                fields[key] = value
                current = key
        elif line[1:].startswith((" ", "\t")) and line[1:].strip() and current:
            more = line[1:].strip()
            if current == "param":
                last = params[-1]
                params[-1] = Param(last.name, last.kind, f"{last.description} {more}",
                                   last.optional, last.prefix)
            else:
                fields[current] = f"{fields[current]} {more}"
        else:
            current = None
    if "title" not in fields:
        raise ConfigError(f"{path}: a canned query needs a '# title:' line in its header")
    return CannedQuery(
        name=path.stem,
        path=path,
        title=fields["title"],
        description=fields.get("description", ""),
        params=tuple(params),
        text=text,
    )


def _parse_param(spec: str, path: Path) -> Param:
    match = _PARAM_RE.match(spec)
    if not match:
        raise ConfigError(f"{path}: bad param line {spec!r}; expected 'NAME (KIND): description'")
    name, options, description = match.groups()
    words = [w.strip() for w in (options or "iri").split(",") if w.strip()]
    kind = words[0]
    if kind not in PARAM_KINDS:
        raise ConfigError(f"{path}: param {name} has unknown kind {kind!r}; use {PARAM_KINDS}")
    optional = "optional" in words[1:]
    prefix = next((w.split()[1].rstrip(":") for w in words[1:] if w.startswith("prefix ")), None)
    if prefix is not None and prefix not in PREFIXES:
        raise ConfigError(f"{path}: param {name} names an unknown prefix {prefix!r}")
    return Param(name, kind, description.strip(), optional, prefix)


def list_queries() -> list[CannedQuery]:
    """The canned queries shipped in ``queries/``, sorted by name."""
    folder = data_dir("queries")
    return [load_query_file(path) for path in sorted(folder.glob("*.rq"))]


def load_query_file(path: Path) -> CannedQuery:
    """A ``.rq`` file with its header read (a file without header gets no params)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(f"{path}: cannot read the query file: {err}") from err
    if not text.lstrip().startswith("# title"):
        return CannedQuery(name=path.stem, path=path, title=path.stem, description="", text=text)
    return parse_header(text, path)


def get_query(name: str) -> CannedQuery:
    """One canned query by name; ``InputError`` listing the names if unknown."""
    for query in list_queries():
        if query.name == name:
            return query
    names = ", ".join(q.name for q in list_queries())
    raise InputError(f"no canned query named {name!r}; the canned queries are: {names}")


def bind_params(
    query: CannedQuery, values: Mapping[str, str], store: ox.Store
) -> dict[str, Term]:
    """Turn ``--param name=value`` strings into RDF terms by the declared kinds.

    Names given for ``org`` / ``person`` parameters are looked up in the data
    (canonical name or alias, compared as kg compares names); undeclared parameters
    of ad-hoc queries become IRIs when they look like one, else plain strings.
    """
    terms: dict[str, Term] = {}
    for name, value in values.items():
        param = query.param(name)
        if param is None and query.params:
            known = ", ".join(p.name for p in query.params)
            raise InputError(f"query {query.name!r} has no parameter {name!r}; it takes: {known}")
        terms[name] = parse_value(value, param, store)
    for param in query.params:
        if not param.optional and param.name not in terms:
            raise InputError(
                f"query {query.name!r} needs --param {param.name}=... ({param.description})"
            )
    return terms


def parse_value(value: str, param: Param | None, store: ox.Store) -> Term:
    """One parameter value as an RDF term (see ``bind_params``)."""
    kind = param.kind if param else None
    label = f"--param {param.name}" if param else "--param"
    if kind in ("org", "person"):
        node = _as_iri(value)
        return node if node is not None else resolve_entity(value, kind, store)
    if kind == "iri":
        node = _as_iri(value)
        if node is None and param is not None and param.prefix and re.fullmatch(r"[\w.-]+", value):
            node = ox.NamedNode(PREFIXES[param.prefix] + value)
        if node is None:
            raise InputError(f"{label}: {value!r} is not an IRI (write <https://...> or deal:Name)")
        return node
    if kind in ("integer", "decimal"):
        try:
            number = Decimal(value)
        except InvalidOperation as err:
            raise InputError(f"{label}: {value!r} is not a number") from err
        if kind == "integer" and number != number.to_integral_value():
            raise InputError(f"{label}: {value!r} is not an integer")
        datatype = XSD.integer if kind == "integer" else XSD.decimal
        return ox.Literal(value.strip(), datatype=ox.NamedNode(str(datatype)))
    if kind is None:
        node = _as_iri(value)
        if node is not None:
            return node
    return ox.Literal(value)


def _as_iri(value: str) -> ox.NamedNode | None:
    """``<iri>``, an absolute http(s)/urn IRI, or a name with one of kg's prefixes."""
    text = value.strip()
    try:
        if text.startswith("<") and text.endswith(">"):
            return ox.NamedNode(text[1:-1])
        if re.match(r"^(https?|urn):\S+$", text):
            return ox.NamedNode(text)
        prefix, sep, local = text.partition(":")
        if sep and prefix in PREFIXES and local and not local.startswith("//") and " " not in local:
            return ox.NamedNode(PREFIXES[prefix] + local)
    except ValueError as err:
        raise InputError(f"{value!r} is not a valid IRI: {err}") from err
    return None


_NAMES_QUERY = """
SELECT DISTINCT ?node ?name ?class WHERE {
  ?node a ?class .
  { ?node schema:name ?name } UNION { ?node schema:alternateName ?name }
}"""


def resolve_entity(name: str, kind: str, store: ox.Store) -> ox.NamedNode:
    """The IRI of the organisation (or person) with this name or alias in the data.

    Names are compared as kg compares them (case, accents and legal suffixes aside),
    so "telefonica" finds "Telefónica, S.A.". A name found nowhere gives the IRI kg
    would mint for it, so the query simply returns no rows.
    """
    kind_key: EntityKind = "org" if kind == "org" else "person"
    minted = iri.entity_iri(kind_key, name)
    wanted = iri.name_key(name)
    cls = SCHEMA.Organization if kind_key == "org" else SCHEMA.Person
    found: set[str] = set()
    rows = store.query(
        _NAMES_QUERY,
        prefixes=PREFIXES,
        substitutions={ox.Variable("class"): ox.NamedNode(str(cls))},
    )
    assert isinstance(rows, ox.QuerySolutions)
    for row in rows:
        node, label = row["node"], row["name"]
        if isinstance(node, ox.NamedNode) and isinstance(label, ox.Literal):
            if iri.name_key(label.value) == wanted:
                found.add(node.value)
    if len(found) > 1:
        raise InputError(
            f"the name {name!r} matches several {kind}s: {', '.join(sorted(found))}; "
            "give the IRI instead"
        )
    return ox.NamedNode(found.pop()) if found else ox.NamedNode(str(minted))


def adhoc_query(sparql: str) -> CannedQuery:
    """A query given as text (``kg query -q``); its parameters are undeclared, so
    values that look like IRIs are bound as IRIs and the rest as strings."""
    return CannedQuery(name="query", path=Path("-"), title="", description="", text=sparql)


def run_canned(
    name_or_path: str | Path | CannedQuery,
    params: Mapping[str, str] | None = None,
    *,
    files: Sequence[Path] = (),
    store_dir: Path | None = None,
    store: ox.Store | None = None,
) -> QueryResult:
    """Run a canned query (by name), a ``.rq`` file or a parsed query, binding its
    parameters from ``name=value`` strings (see ``bind_params``).

    >>> result = run_canned("deals", files=[Path("tests/data/query/example.ttl")])
    >>> result.variables[:3]
    ('deal', 'type', 'parties')
    """
    if isinstance(name_or_path, CannedQuery):
        query = name_or_path
    elif isinstance(name_or_path, Path):
        query = load_query_file(name_or_path)
    else:
        query = get_query(name_or_path)
    data = store if store is not None else dataset(files, store_dir)
    bindings = bind_params(query, params or {}, data)
    return run_query(query.text, bindings=bindings, store=data)


# --- display --------------------------------------------------------------------

_COMPACT = sorted(PREFIXES.items(), key=lambda kv: len(kv[1]), reverse=True)


def term_text(term: Term | ox.Triple | None) -> str:
    """A short human reading of a term: prefixed IRIs, literal values, '' if unbound.

    >>> term_text(ox.NamedNode("https://w3id.org/dealkg/id/org/openai"))
    'orgid:openai'
    """
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in _COMPACT:
            if term.value.startswith(namespace) and len(term.value) > len(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return term.value
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)
