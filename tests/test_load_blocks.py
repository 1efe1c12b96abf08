"""``kg load`` hands N-Quads to the store as text, a block at a time: each block
twice (without its graph names for the default graph, then as it is), so no Python
object is made per quad and memory is bounded by a block. Blocks that are not one
plain statement a line go quad by quad; either way the store ends up the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

import kg.store
from kg.errors import InputError, StoreError
from kg.store import article_graphs, load, open_store

ID = "https://w3id.org/dealkg/id/"
NQ = ox.RdfFormat.N_QUADS


class Recording:
    """A store that records what each bulk call was given."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.texts: list[int] = []  # bytes per bulk_load call
        self.quads = 0  # quads given one by one (bulk_extend)

    def bulk_load(self, data: bytes, **options: Any) -> None:
        self.texts.append(len(data))
        self.store.bulk_load(data, **options)

    def bulk_extend(self, quads: list[ox.Quad]) -> None:
        self.quads += len(quads)
        self.store.bulk_extend(quads)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


@pytest.fixture
def recording(monkeypatch: pytest.MonkeyPatch) -> list[Recording]:
    made: list[Recording] = []
    real = kg.store.open_store

    def open_recording(store_dir: Path, *, read_only: bool = False) -> Any:
        made.append(Recording(real(store_dir, read_only=read_only)))
        return made[-1]

    monkeypatch.setattr("kg.store.open_store", open_recording)
    return made


@pytest.fixture
def quads(example_graph: Path) -> list[ox.Quad]:
    graphs, _ = article_graphs([example_graph])
    return sorted(
        (ox.Quad(t.subject, t.predicate, t.object, name) for name, ts in graphs.items()
         for t in ts),
        key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)),
    )


def nquads_text(quads: list[ox.Quad]) -> str:
    return (ox.serialize(quads, format=NQ) or b"").decode()


def contents(store_dir: Path) -> set[ox.Quad]:
    return set(open_store(store_dir, read_only=True))


def reference(quads: list[ox.Quad], extra: list[ox.Quad] = ()) -> set[ox.Quad]:  # type: ignore[assignment]
    """Each graph, and the merge of all in the default graph."""
    store = ox.Store()
    store.extend(quads)
    store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    store.extend(extra)
    return set(store)


def test_kg_nquads_go_to_the_store_as_text_in_bounded_blocks(
    quads: list[ox.Quad], tmp_path: Path, recording: list[Recording],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("kg.store._BLOCK", 2000)  # several blocks, a graph across two
    path = tmp_path / "g.nq"
    path.write_text(nquads_text(quads), encoding="utf-8")
    summary = load([path], tmp_path / "store")
    (store,) = recording
    assert store.quads == 0  # no quad went through Python one by one
    assert len(store.texts) >= 2 * (path.stat().st_size // 2000)
    longest_line = max(len(line) for line in path.read_bytes().splitlines(keepends=True))
    assert max(store.texts) <= 2000 + longest_line  # memory bounded by a block
    del store
    recording.clear()  # the writer closes before the store is read
    assert contents(tmp_path / "store") == reference(quads)
    assert (summary.graphs, summary.triples) == (2, len(set(quads)))


@pytest.mark.parametrize("oddity", [
    "# a comment naming <urn:x:g> .\n",  # a comment line ending like a graph name
    "<urn:x:s> <urn:x:p> <urn:x:o> . # <urn:x:g> .\n",  # default graph, then a comment
    "<urn:x:s> <urn:x:p> <urn:x:o> .\n",  # default graph: its object looks like a graph name
    "\n",  # a blank line
    "<urn:x:s>  <urn:x:p> \"two spaces\"  <urn:x:g>  .\n",  # other spacing
    "<urn:x:s> <urn:x:p> \"x\" <urn:x:g\\u0041> .\n",  # an escape in the graph name
])
def test_blocks_written_otherwise_give_the_same_store(
    quads: list[ox.Quad], oddity: str, tmp_path: Path, recording: list[Recording]
) -> None:
    path = tmp_path / "g.nq"
    text = nquads_text(quads)
    half = text.index("\n", len(text) // 2) + 1
    path.write_text(text[:half] + oddity + text[half:], encoding="utf-8")
    summary = load([path], tmp_path / "store")
    assert recording[0].quads > 0  # that block went quad by quad
    recording.clear()  # the writer closes before the store is read (its compaction
    # may remove files a reader opened beside it is about to read)
    extra = list(ox.parse(oddity.encode(), format=NQ))
    graphs = [q for q in extra if not isinstance(q.graph_name, ox.DefaultGraph)]
    assert summary.graphs == len({q.graph_name for q in quads + graphs})  # none made up
    # A triple of the default graph that belongs to no article stays in the default graph.
    expected = reference(quads + graphs, [q for q in extra if q not in graphs])
    assert contents(tmp_path / "store") == expected


def test_a_block_of_an_article_already_in_the_store_replaces_it(
    quads: list[ox.Quad], tmp_path: Path, recording: list[Recording]
) -> None:
    path = tmp_path / "g.nq"
    path.write_text(nquads_text(quads), encoding="utf-8")
    load([path], tmp_path / "store")
    recording.clear()  # the store closes
    fewer = [q for q in quads if q.predicate != ox.NamedNode("https://schema.org/name")]
    path.write_text(nquads_text(fewer), encoding="utf-8")
    load([path], tmp_path / "store")
    assert recording[0].texts == []  # replaced in a transaction, not bulk loaded
    recording.clear()  # the writer closes before the store is read
    assert contents(tmp_path / "store") == reference(fewer)


def test_a_syntax_error_names_its_line_in_the_file_not_in_the_block(
    quads: list[ox.Quad], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kg.store._BLOCK", 1500)
    text = nquads_text(quads)
    lines = text.count("\n")
    path = tmp_path / "broken.nq"
    path.write_text(text + "<urn:x:a> <urn:x:b> \"unterminated .\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"broken\.nq: not valid N-Quads: .*line {lines + 1}\b"):
        load([path], tmp_path / "store")
    assert not list(open_store(tmp_path / "store", read_only=True))


def test_a_duplicated_statement_counts_once(quads: list[ox.Quad], tmp_path: Path) -> None:
    text = nquads_text(quads)
    first = text[: text.index("\n") + 1]
    path = tmp_path / "g.nq"
    path.write_text(first + text, encoding="utf-8")
    assert load([path], tmp_path / "store").triples == len(set(quads))
    assert contents(tmp_path / "store") == reference(quads)


def test_a_file_without_a_final_newline(quads: list[ox.Quad], tmp_path: Path) -> None:
    path = tmp_path / "g.nq"
    path.write_text(nquads_text(quads).rstrip("\n"), encoding="utf-8")
    load([path], tmp_path / "store")
    assert contents(tmp_path / "store") == reference(quads)


def test_a_line_is_cut_at_its_own_graph_name_only() -> None:
    # A literal may say " <IRI> ." itself: only the name that ends the line is cut.
    block = (b'<urn:x:s> <urn:x:p> "says <urn:x:h> . too" <urn:x:g> .\n'
             b'<urn:x:s> <urn:x:q> <urn:x:o> <urn:x:g2> .\n')
    split = kg.store._split_graph_names(block)
    assert split == (
        {b"<urn:x:g>", b"<urn:x:g2>"},
        b'<urn:x:s> <urn:x:p> "says <urn:x:h> . too" .\n<urn:x:s> <urn:x:q> <urn:x:o> .\n',
    )


class FailingSecondPass(Recording):
    """A store whose bulk loader fails (a full disk, a killed writer) on one call, as
    if the load died between the named graphs of a block and their default copy."""

    def __init__(self, store: ox.Store, fail_at: int) -> None:
        super().__init__(store)
        self.fail_at = fail_at

    def bulk_load(self, data: bytes, **options: Any) -> None:
        if len(self.texts) + 1 == self.fail_at:
            raise OSError("No space left on device")
        super().bulk_load(data, **options)


def test_a_write_failing_between_the_two_passes_of_a_block_leaves_the_store_as_it_was(
    quads: list[ox.Quad], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_dir = tmp_path / "store"
    first = min({q.graph_name for q in quads}, key=str)
    path = tmp_path / "first.nq"
    path.write_text(nquads_text([q for q in quads if q.graph_name == first]), encoding="utf-8")
    load([path], store_dir)
    before = contents(store_dir)
    monkeypatch.setattr("kg.store._BLOCK", 2000)
    rest = [q for q in quads if q.graph_name != first]
    path = tmp_path / "rest.nq"
    path.write_text(nquads_text(rest), encoding="utf-8")
    real = kg.store.open_store
    monkeypatch.setattr(
        "kg.store.open_store",
        lambda store_dir, read_only=False: FailingSecondPass(real(store_dir), fail_at=4),
    )
    with pytest.raises(StoreError, match="No space left"):
        load([path], store_dir)
    monkeypatch.undo()
    # The second block's first pass got in: it is taken out again, in both copies.
    assert contents(store_dir) == before


def test_loading_a_store_does_without_rdflib(quads: list[ox.Quad], tmp_path: Path) -> None:
    # Loading needs only pyoxigraph: rdflib's import alone would cost the load a
    # tenth of a second and 20 MB, a tenth of the memory it may use on a 100 MB file.
    path = tmp_path / "g.nq"
    path.write_text(nquads_text(quads), encoding="utf-8")
    script = (
        "import sys\nfrom pathlib import Path\nfrom kg.store import load\n"
        f"load([Path({str(path)!r})], Path({str(tmp_path / 'store')!r}))\n"
        "print(sorted(m for m in ('rdflib', 'spacy', 'pyshacl') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
