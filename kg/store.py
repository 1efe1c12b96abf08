"""kg's own SPARQL store: graph files → an Oxigraph store, one named graph per article.

``load`` writes a persistent on-disk store (``pyoxigraph.Store(path)``) in which
every article is a named graph named by its IRI (``id:article/...``). Loading the
same article again replaces its graph, in one transaction, so re-loading never
duplicates. ``kg.server.serve`` starts the ``oxigraph`` server (from the ``oxigraph``
package) on such a store, read-only unless asked otherwise.

The default graph holds the merge of all article graphs, kept up to date by each
load: queries run on it, with no ``GRAPH`` clause and no duplicates. (Oxigraph's
"union default graph" option counts a triple once per graph holding it, so an
organisation named in 500 articles would match 500 times: wrong counts and joins
that blow up. See oxigraph issue #1919.)

Turtle, N-Triples and JSON-LD files hold many articles in one graph: they are split
per article (``split_by_article``). TriG and N-Quads files keep the graphs they name.

One process at a time: a store directory opened for writing (``kg load``, or
``kg serve --writable``) is locked, and opening it elsewhere meanwhile fails with a
``StoreError``. A read-only server and read-only queries may share a store, but must
not run while something writes to it (Oxigraph calls that undefined behaviour).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, StoreError, no_such_file
from kg.rdfio import format_of, read_quads
from kg.server import StoreUser, store_users

# rdf:type and schema:NewsArticle (kg.vocab's RDF.type and SCHEMA.NewsArticle, written
# out: kg.vocab imports rdflib, which loading a store does without).
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_NEWS_ARTICLE = ox.NamedNode("https://schema.org/NewsArticle")

Subject = ox.NamedNode | ox.BlankNode
GraphName = ox.NamedNode | ox.BlankNode | ox.DefaultGraph


@dataclass(frozen=True)
class LoadSummary:
    """What a load (or a publish) wrote: graphs replaced, triples in them, and the
    triples that belong to no article (added to the default graph)."""

    graphs: int
    triples: int
    default_triples: int = 0
    # Servers that had the store open read-only during the load: they keep what
    # they read when they started, and see the new graphs once restarted.
    stale_servers: tuple[str, ...] = ()


def memory_store(files: Sequence[Path]) -> ox.Store:
    """An in-memory store holding the graph files: named graphs kept, and their merge
    in the default graph (as ``load`` keeps it), which queries run on."""
    store = ox.Store()
    for path in files:
        quads = read_quads(path)
        store.extend(quads)
        store.extend(
            ox.Quad(q.subject, q.predicate, q.object)
            for q in quads
            if not isinstance(q.graph_name, ox.DefaultGraph)
        )
    return store


def _owner(node: object, articles: set[str]) -> str | None:
    """The article a node belongs to: the article itself or one of its ``#char=`` mentions."""
    if not isinstance(node, ox.NamedNode):
        return None
    base = node.value.split("#", 1)[0]
    return base if base in articles else None


def split_by_article(triples: Iterable[ox.Triple | ox.Quad]) -> tuple[
    dict[ox.NamedNode, list[ox.Triple]], list[ox.Triple]
]:
    """Split one graph holding many articles into one list of triples per article.

    An article's graph holds the article's own triples and everything reachable from
    it by following object links (``schema:mentions``, ``deal:evidence``,
    ``nif:sentence``, ``prov:wasGeneratedBy``...), without entering another article
    or its mentions. A shared node (an organisation two articles mention) goes into
    both graphs, each with only the links that do not point into the other article.
    Nodes that no article reaches but that cite an article's mentions (memberships:
    ``deal:evidence <article#char=...>``) join that article. Returns the per-article
    triples and the triples that belong to no article.

    >>> a = ox.NamedNode("https://w3id.org/dealkg/id/article/a1")
    >>> t = ox.Triple(a, _RDF_TYPE, _NEWS_ARTICLE)
    >>> graphs, rest = split_by_article([t])
    >>> len(graphs[a]), rest
    (1, [])
    """
    by_subject: dict[Subject, list[ox.Triple]] = defaultdict(list)
    for item in triples:
        triple = item.triple if isinstance(item, ox.Quad) else item
        if isinstance(triple.subject, ox.NamedNode | ox.BlankNode):
            by_subject[triple.subject].append(triple)
    articles = {
        t.subject.value
        for ts in by_subject.values()
        for t in ts
        if t.predicate == _RDF_TYPE and t.object == _NEWS_ARTICLE
        and isinstance(t.subject, ox.NamedNode)
    }
    reached: dict[Subject, set[str]] = defaultdict(set)  # node -> articles holding it

    def visit(start: Subject, article: str) -> None:
        stack = [start]
        while stack:
            node = stack.pop()
            if article in reached[node]:
                continue
            reached[node].add(article)
            for triple in by_subject.get(node, ()):
                obj = triple.object
                owner = _owner(obj, articles)
                if owner is not None and owner != article:
                    continue  # a link into another article: that article's graph has it
                if isinstance(obj, ox.NamedNode | ox.BlankNode) and obj in by_subject:
                    stack.append(obj)

    for article in sorted(articles):
        visit(ox.NamedNode(article), article)
    # Nodes no article reaches (memberships): they join the articles whose mentions
    # they cite as evidence.
    for node, node_triples in list(by_subject.items()):
        if reached.get(node):
            continue
        for triple in node_triples:
            owner = _owner(triple.object, articles)
            if owner is not None:
                visit(node, owner)

    graphs: dict[ox.NamedNode, list[ox.Triple]] = {}
    rest: list[ox.Triple] = []
    for node, node_triples in by_subject.items():
        holders = reached.get(node)
        if not holders:
            rest.extend(node_triples)
            continue
        for article in holders:
            graph = graphs.setdefault(ox.NamedNode(article), [])
            graph.extend(
                t for t in node_triples if _owner(t.object, articles) in (None, article)
            )
    return dict(sorted(graphs.items(), key=lambda kv: kv[0].value)), rest


def article_graphs(files: Sequence[Path]) -> tuple[
    dict[ox.NamedNode | ox.BlankNode, list[ox.Triple]], list[ox.Triple]
]:
    """The named graphs to write for some graph files, and the triples of no article.

    TriG and N-Quads files keep their named graphs; their default graph, and whole
    Turtle, N-Triples and JSON-LD files, are split per article. An article appearing
    in several files gets the union of its triples.
    """
    graphs: dict[ox.NamedNode | ox.BlankNode, list[ox.Triple]] = {}
    rest: list[ox.Triple] = []
    for path in files:
        default: list[ox.Triple] = []
        for quad in read_quads(path):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                default.append(quad.triple)
            else:
                graphs.setdefault(quad.graph_name, []).append(quad.triple)
        split, leftover = split_by_article(default)
        for name, triples in split.items():
            graphs.setdefault(name, []).extend(triples)
        rest.extend(leftover)
    return {name: _unique(ts) for name, ts in graphs.items()}, _unique(rest)


def _unique(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    return list(dict.fromkeys(triples))


def open_store(store_dir: Path, *, read_only: bool = False) -> ox.Store:
    """Open (or, for writing, create) the on-disk store at ``store_dir``.

    Read-only, a store that another process is writing to (``kg serve --writable``,
    ``kg load``) is refused with a ``StoreError`` naming that process: read beside
    its writer, the store would answer from what was last flushed, often nothing.
    """
    if read_only and not store_dir.is_dir():
        raise InputError(
            f"{store_dir}: no store there; create it with `kg load GRAPH... --store {store_dir}`"
        )
    writers = [user for user in store_users(store_dir) if user.writes]
    if read_only and writers:
        raise StoreError(_busy(store_dir, writers, reading=True))
    try:
        if read_only:
            return ox.Store.read_only(str(store_dir))
        return ox.Store(str(store_dir))
    except OSError as err:
        if writers:
            raise StoreError(_busy(store_dir, writers, reading=False)) from err
        raise StoreError(
            f"cannot open the store at {store_dir}: {err}. If `kg serve --writable` or "
            "another `kg load` uses it, stop that first"
        ) from err


def _busy(store_dir: Path, writers: list[StoreUser], *, reading: bool) -> str:
    names = ", ".join(user.describe() for user in writers)
    urls = [user.url for user in writers if user.url]
    if not urls:
        advice = "wait for it to finish or stop it first"
    elif reading:
        advice = f"query the server instead (SPARQL endpoint {urls[0]}/query) or stop it first"
    else:
        advice = (
            f"publish through the server instead (`kg publish GRAPH... --endpoint "
            f"{urls[0]}/store`) or stop it first"
        )
    return (
        f"the store at {store_dir} is open for writing by {names}: one process at a "
        f"time; {advice}"
    )


_BATCH = 100_000  # quads per bulk insert when loading new articles
# Bytes of N-Quads read, checked and given to the bulk loader at a time: the loader
# holds what one call gives it, so this bounds memory whatever the file's size
# (larger blocks load a little faster: fewer files for the store to merge).
_BLOCK = 8 << 20
# A line's graph name, read backwards: right after the newline ending the line, the
# final dot, then an IRI written without escapes.
_GRAPH_NAME_BACKWARDS = re.compile(rb'\n\. (>[^\x00-\x20<>"{}|^`\\]*<) ')
# Where a comment may start: "#" after a space, tab, dot or newline (or opening a
# block). The pattern starts with its literal "#", which Python finds fastest.
_COMMENT_START = re.compile(rb"#(?<=[ \t.\n]#)")
# A graph name as kg writes it: an IRI without escapes.
_IRI_LABEL = re.compile(rb'<[^\x00-\x20<>"{}|^`\\]*>')
# The same read forwards (a "#" opening the block too), and a line's string literals
# and IRIs, skipped whole, or a "#" outside them (``_holds_comment``).
_HASH_AFTER_SPACE = re.compile(rb"(?:^|[ \t.\n])#")
_TERM_OR_HASH = re.compile(rb'"(?:[^"\\\n]|\\.)*"|<[^>\n]*>|#')


def _ntriples_lines(triples: Iterable[ox.Triple]) -> str:
    # pyoxigraph writes terms in N-Triples syntax, which SPARQL accepts as is: no
    # text is ever pasted unescaped.
    return "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)


def replace_graph_update(name: ox.NamedNode, triples: Iterable[ox.Triple]) -> str:
    """A SPARQL Update that replaces one named graph: ``DROP SILENT GRAPH`` then
    ``INSERT DATA``, for any SPARQL 1.1 store.

    >>> g = ox.NamedNode("https://w3id.org/dealkg/id/article/a1")
    >>> t = ox.Triple(g, ox.NamedNode("https://schema.org/identifier"), ox.Literal("a1"))
    >>> print(replace_graph_update(g, [t]))
    DROP SILENT GRAPH <https://w3id.org/dealkg/id/article/a1> ;
    INSERT DATA { GRAPH <https://w3id.org/dealkg/id/article/a1> {
    <https://w3id.org/dealkg/id/article/a1> <https://schema.org/identifier> "a1" .
    } }
    """
    body = _ntriples_lines(triples)
    return f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}"


def _replace_with_merge_update(name: ox.NamedNode, triples: Sequence[ox.Triple]) -> str:
    """Replace one article graph and keep the default graph the merge of all graphs:
    the old graph's triples that no other graph holds leave the default graph, the
    new ones enter it (a graph is a set: nothing doubles)."""
    body = _ntriples_lines(triples)
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {name}) }} }} ;\n"
        f"DROP SILENT GRAPH {name} ;\n"
        f"INSERT DATA {{\n{body}\nGRAPH {name} {{\n{body}\n}} }}"
    )


def _drop_with_merge_update(name: ox.NamedNode) -> str:
    """Drop one article graph and its triples that no other graph holds from the
    default graph."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {name}) }} }} ;\n"
        f"DROP SILENT GRAPH {name}"
    )


def load(files: Sequence[Path], store_dir: Path) -> LoadSummary:
    """Load graph files into the persistent store at ``store_dir`` (created if absent).

    Each article becomes the named graph ``<article IRI>``; an article already in the
    store has its graph replaced in one transaction, and the default graph (the merge
    of all graphs, which queries see) follows. Triples of no article go into the
    default graph only.

    N-Quads and TriG files are streamed: the graphs of articles new to the store go
    straight into the store's bulk loader as they are read (N-Quads as text, a block
    of ``_BLOCK`` bytes at a time), so memory is bounded by a block and the articles
    being replaced, not by the file. A file that
    turns out broken halfway raises ``InputError`` and the articles it had added are
    taken out again.

    >>> load([Path("out/graph.ttl")], Path("store"))  # doctest: +SKIP
    LoadSummary(graphs=12, triples=3400, default_triples=0)
    """
    for path in files:  # every problem of every file before any work
        format_of(path)
        if not path.exists():
            raise no_such_file(path)
    streamed = [path for path in files if format_of(path).datasets]
    graphs, rest = article_graphs([path for path in files if path not in streamed])
    store = open_store(store_dir)
    readers = tuple(user.describe() for user in store_users(store_dir) if not user.writes)
    stream = _Stream(store, set(graphs))
    try:
        stream.load(streamed)
    except (InputError, SyntaxError, OSError) as err:
        stream.undo()
        if isinstance(err, InputError):
            raise
        if isinstance(err, SyntaxError) and stream.path is not None:
            path = stream.path
            label = format_of(path).label
            raise InputError(f"{path}: not valid {label}: {err.msg or err}") from err
        raise StoreError(f"cannot write to the store at {store_dir}: {err}") from err
    for name, more in stream.aside.items():
        graphs.setdefault(name, []).extend(more)
    split, leftover = split_by_article(stream.default)
    for name, more in split.items():
        graphs.setdefault(name, []).extend(more)
    rest.extend(leftover)
    triples = 0
    fresh: list[ox.Quad] = []
    try:
        for name, graph_triples in graphs.items():
            if not isinstance(name, ox.NamedNode):
                raise InputError(f"a graph named by a blank node ({name}) cannot be loaded")
            graph_triples = _unique(graph_triples)
            if name in stream.new:  # streamed in this load, with more triples from elsewhere
                pass  # counted with the streamed graphs
            elif store.contains_named_graph(name):
                triples += len(graph_triples)
                # One update = one transaction: readers never see half a graph.
                store.update(_replace_with_merge_update(name, graph_triples))
                continue
            else:
                triples += len(graph_triples)
            # A new article: nothing to remove, so bulk inserts, batched; a graph is
            # never split across two batches. If a load dies midway, loading again
            # replaces whatever part of a graph got in.
            for t in graph_triples:
                fresh.append(ox.Quad(t.subject, t.predicate, t.object, name))
                fresh.append(ox.Quad(t.subject, t.predicate, t.object))
            if len(fresh) >= _BATCH:
                store.bulk_extend(fresh)
                fresh = []
        fresh.extend(ox.Quad(t.subject, t.predicate, t.object) for t in _unique(rest))
        store.bulk_extend(fresh)
        store.flush()
    except (OSError, SyntaxError) as err:
        raise StoreError(f"cannot write to the store at {store_dir}: {err}") from err
    triples += stream.count()
    return LoadSummary(
        graphs=len(set(graphs) | stream.new),
        triples=triples,
        default_triples=len(_unique(rest)),
        stale_servers=readers,
    )


class _Stream:
    """N-Quads and TriG files into the store's bulk loader, as they are read.

    The graph of an article new to the store goes to the loader (with its triples in
    the default graph, the merge); an article already in the store, or also read from
    another kind of file, is kept aside to be replaced in one transaction; default
    graph triples are kept aside to be split per article. The triples of the loaded
    graphs are counted in the store at the end.

    N-Quads files are read in blocks of ``_BLOCK`` bytes. A block of new graphs
    written one statement a line, each ending with its graph's name (as kg writes
    them), goes to the store as text, twice: once as it is (the named graphs), then
    without the graph names (the default graph), so the store parses and writes it
    without a Python object per quad. Any other block goes quad by quad.
    """

    def __init__(self, store: ox.Store, aside: set[ox.NamedNode | ox.BlankNode]) -> None:
        self.store = store
        self.existing = set(store.named_graphs()) | aside
        # No graph in the store, none from other files: unless the files' default
        # graphs hold articles, the store's graphs at the end are the streamed ones
        # (counted without naming them).
        self.alone = not self.existing
        self.new: set[ox.NamedNode | ox.BlankNode] = set()
        self.aside: dict[ox.NamedNode | ox.BlankNode, list[ox.Triple]] = {}
        self.default: list[ox.Triple] = []
        self.path: Path | None = None  # the file being read
        # The run of quads being read: its graph and where it goes (None: the loader).
        self.current: GraphName | None = None
        self.target: list[ox.Triple] | None = None
        self.blocks_as_text = 0  # blocks the store parsed itself (for tests)

    def load(self, paths: Sequence[Path]) -> None:
        """Load the files' new graphs into the store; keep the rest aside."""
        for path in paths:
            self.path = path
            rdf_format = format_of(path).rdf_format
            if rdf_format == ox.RdfFormat.N_QUADS:
                line = 0
                for block in _blocks(path):
                    self._load_block(block, line)
                    line += block.count(b"\n")
            else:
                self._bulk(self._quads(ox.parse(path=str(path), format=rdf_format)))
            self.current, self.target = None, None
        self.path = None

    def _bulk(self, quads: Iterator[ox.Quad]) -> None:
        # Calls of a bounded size keep memory bounded whatever the size of the files.
        while chunk := list(itertools.islice(quads, _BATCH)):
            self.store.bulk_extend(chunk)

    def _load_block(self, block: bytes, line: int) -> None:
        """Load one block of N-Quads that starts at line ``line`` + 1 of its file."""
        split = _split_graph_names(block)
        names = None if split is None else self._all_new(split[0])
        if split is not None and names is not None:
            without_names = split[1]
            del split  # memory: only the two texts while the store works
            added = names - self.new
            # Before the calls: if one dies midway, undo() takes out what got in.
            self.new |= added
            try:
                # The named graphs first, strictly checked: a call is all or nothing
                # (a block is far below the loader's batch), and whatever it wrote
                # undo() finds by graph name. Then the default graph: each line
                # without its graph name is a triple (the N-Triples parser checks
                # that), its terms already checked in the block, hence lenient.
                self.store.bulk_load(block, format=ox.RdfFormat.N_QUADS)
                self.store.bulk_load(
                    without_names, format=ox.RdfFormat.N_TRIPLES, lenient=True
                )
            except SyntaxError:
                self.new -= added  # not what it looked like: read it quad by quad below
            else:
                self.current, self.target = None, None
                self.blocks_as_text += 1
                return
            finally:
                del without_names
        try:
            self._bulk(self._quads(ox.parse(block, format=ox.RdfFormat.N_QUADS)))
        except SyntaxError as err:  # say where in the file, not in the block
            raise SyntaxError(re.sub(
                r"line (\d+)", lambda m: f"line {int(m[1]) + line}", err.msg or str(err)
            )) from err

    def _all_new(self, labels: set[bytes]) -> set[ox.NamedNode] | None:
        """The graphs named by ``labels`` (``<IRI>`` as written), or None unless each
        is a valid IRI that goes to the loader."""
        names = set()
        for label in labels:
            try:
                name = ox.NamedNode(label[1:-1].decode())
            except (UnicodeDecodeError, ValueError):
                return None
            if name in self.existing and name not in self.new:
                return None  # to be replaced, in one transaction
            names.add(name)
        return names

    def _quads(self, quads: Iterator[ox.Quad]) -> Iterator[ox.Quad]:
        """The quads for the loader, each followed by its triple in the default graph."""
        for quad in quads:
            name = quad.graph_name
            if name != self.current:
                self.current, self.target = name, self._target(name)
            if self.target is not None:
                self.target.append(quad.triple)
                continue
            yield quad
            yield ox.Quad(quad.subject, quad.predicate, quad.object)

    def _target(self, name: GraphName) -> list[ox.Triple] | None:
        """Where a run of quads in graph ``name`` goes: a list kept aside, or (None)
        the bulk loader."""
        if isinstance(name, ox.DefaultGraph):
            return self.default
        if isinstance(name, ox.BlankNode):
            raise InputError(
                f"{self.path}: a graph named by a blank node ({name}) cannot be loaded"
            )
        if name in self.new:
            return None
        if name in self.existing:
            return self.aside.setdefault(name, [])
        self.new.add(name)
        return None

    def count(self) -> int:
        """The triples of the streamed graphs, once the load is done (counted by the
        store: a triple written twice counts once)."""
        if self.alone and not self.default:
            rows = self.store.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
            assert isinstance(rows, ox.QuerySolutions)
            return sum(int(row[0].value) for row in rows)
        names = sorted(str(name) for name in self.new)
        total = 0
        for first in range(0, len(names), 1000):
            values = " ".join(names[first : first + 1000])
            rows = self.store.query(
                f"SELECT (COUNT(*) AS ?n) {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
            )
            assert isinstance(rows, ox.QuerySolutions)
            for row in rows:
                total += int(row[0].value)
        return total

    def undo(self) -> None:
        """Take the streamed articles out again (after a broken file)."""
        for name in self.new:
            if isinstance(name, ox.NamedNode):
                self.store.update(_drop_with_merge_update(name))
        self.store.flush()


def _blocks(path: Path) -> Iterator[bytes]:
    """The file in blocks of about ``_BLOCK`` bytes, each ending at the end of a line
    (the last one too: a final newline changes no statement)."""
    with path.open("rb") as handle:
        rest = b""
        while block := handle.read(_BLOCK):
            block = rest + block
            cut = block.rfind(b"\n") + 1
            rest = block[cut:]
            if cut:
                yield block[:cut]
        if rest:
            yield rest + b"\n"


def _split_graph_names(block: bytes) -> tuple[set[bytes], bytes] | None:
    """The graph names of a block's lines as written (``<IRI>``), and the block again
    without them; None unless every line ends with `` <IRI> .`` and no line may hold
    a comment.

    A graph's lines come one after the other in kg's files (and in most others): the
    block is read a run of lines of one graph at a time, the run's end found by
    searching for the line ending `` <IRI> .`` itself, its lines checked by counting
    that ending against the run's newlines, and the names cut from the run in one
    ``replace``: the bytes go through C searches only, not a Python step per line.
    Lines in no such order fall back to one regular expression over every line.

    >>> _split_graph_names(b'<urn:s> <urn:p> "o" <urn:g> .\\n')
    ({b'<urn:g>'}, b'<urn:s> <urn:p> "o" .\\n')
    """
    if not block.endswith(b"\n"):
        return None
    if _may_hold_comment(block) and _holds_comment(block):
        return None  # quad by quad
    names: set[bytes] = set()
    pieces: list[bytes] = []
    size, start, cut = len(block), 0, 0
    runs_allowed = 64 + size // 2048  # ~10 lines a graph or more
    while start < size:
        end = block.find(b"\n", start)  # the run's first line
        if not block.startswith(b" .", end - 2, end):
            return None
        at = block.rfind(b" <", start, end - 2)
        label = block[at + 1 : end - 2]
        if at < 0 or not _IRI_LABEL.fullmatch(label):
            return None
        if len(pieces) == runs_allowed:
            return _split_line_by_line(block)  # short runs: one pass is faster
        ending = b" " + label + b" .\n"
        stop = _run_end(block, start, ending)
        run = block[start:stop]
        pieces.append(run.replace(ending, b" .\n"))
        cut += (len(run) - len(pieces[-1])) // (len(ending) - 3)
        names.add(label)
        start = stop
    if cut != block.count(b"\n"):  # some line ends otherwise: a graph's lines apart
        return _split_line_by_line(block)
    return names, b"".join(pieces)


def _run_end(block: bytes, start: int, ending: bytes) -> int:
    """Where the run of lines ending with ``ending`` that starts at ``start`` ends,
    assuming a graph's lines come together: the last ``ending`` in a window from
    ``start``, the window doubled until the line after it ends inside (that line then
    ends otherwise: the search would have found it)."""
    window = max(1 << 15, 2 * (block.find(b"\n", start) + 1 - start))
    while True:
        limit = min(len(block), start + window)
        stop = block.rfind(ending, start, limit) + len(ending)
        if stop == len(block) or block.find(b"\n", stop, limit) >= 0:
            return stop
        window *= 2


def _split_line_by_line(block: bytes) -> tuple[set[bytes], bytes] | None:
    """``_split_graph_names`` for lines in any order: the block read backwards, where
    each line's graph name comes first, right after the newline that ends the line
    (one regular expression with a literal start, which Python finds far faster than
    a pattern anchored at the lines' ends)."""
    backwards = block[::-1]
    # (one pass cutting the names, one collecting them: no list of a block's pieces)
    cut, lines = _GRAPH_NAME_BACKWARDS.subn(b"\n. ", backwards)
    if lines != block.count(b"\n"):
        return None
    names = {label[::-1] for label in set(_GRAPH_NAME_BACKWARDS.findall(backwards))}
    del backwards
    return names, cut[::-1]


def _may_hold_comment(block: bytes) -> bool:
    """Whether a "#" follows a space, tab, dot or newline, or opens the block: where a
    comment may start (C searches; ``_holds_comment`` then looks closer)."""
    return block.startswith(b"#") or _COMMENT_START.search(block) is not None


def _holds_comment(block: bytes) -> bool:
    """Whether a line of the block may hold a comment: a "#" after a space, tab, dot
    or at a line's start, on a line where some "#" is outside the string literals and
    IRIs (a literal's "#hashtag" or "No. #1" is text, not a comment). Unsure (an
    unterminated literal) is yes: the block then goes quad by quad, through the
    parser that finds any error."""
    scanned = -1  # the start of the last line scanned
    for found in _HASH_AFTER_SPACE.finditer(block):
        at = found.end() - 1
        start = block.rfind(b"\n", 0, at) + 1
        if start == scanned:
            continue
        scanned = start
        end = block.find(b"\n", at)
        line_end = len(block) if end < 0 else end
        if any(term[0] == b"#" for term in _TERM_OR_HASH.finditer(block, start, line_end)):
            return True
    return False
