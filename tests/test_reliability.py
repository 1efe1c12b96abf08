"""Bad input, untrusted text, broken configuration (issue 9), through the CLI:
one clear line, the documented exit code, no traceback, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.cli import cli


def run(*args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def one_line_error(result: Result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def bad_inputs(tmp: Path) -> dict[str, tuple[list[str], str]]:
    """name → (INPUTS, words the message must contain)."""
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (tmp / "bad.jsonl").write_text('{"id": "a", "text": "Hola."}\n{not json}\n', "utf-8")
    (tmp / "noid.jsonl").write_text('{"text": "Hola."}\n', "utf-8")
    (tmp / "menu.html").write_text("<html><body><nav>Home</nav></body></html>", "utf-8")
    (tmp / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp / "dir").mkdir()
    (tmp / "dir" / "readme.md").write_text("nothing here", "utf-8")
    (tmp / "one.txt").write_text("Vatio compró Lumen por 5 millones de euros.", "utf-8")
    (tmp / "dup.jsonl").write_text('{"id": "one", "text": "Otra vez Vatio."}\n', "utf-8")
    return {
        "missing file": ([str(tmp / "nope.txt")], "nope.txt"),
        "directory without articles": ([str(tmp / "dir")], "dir"),
        "empty file": ([str(tmp / "empty.txt")], "empty.txt"),
        "binary file": ([str(tmp / "binary.txt")], "binary.txt"),
        "jsonl line not json": ([str(tmp / "bad.jsonl")], "bad.jsonl:2"),
        "jsonl line without id": ([str(tmp / "noid.jsonl")], "noid.jsonl:1"),
        "html without article text": ([str(tmp / "menu.html")], "menu.html"),
        "unknown extension": ([str(tmp / "notes.pdf")], "notes.pdf"),
        "duplicate ids": ([str(tmp / "one.txt"), str(tmp / "dup.jsonl")], "one"),
    }


CASES = [
    "missing file", "directory without articles", "empty file", "binary file",
    "jsonl line not json", "jsonl line without id", "html without article text",
    "unknown extension", "duplicate ids",
]


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_one_line_exit_2_and_nothing_written(tmp_path: Path, case: str) -> None:
    inputs, needle = bad_inputs(tmp_path)[case]
    out = tmp_path / "out" / "g.ttl"
    result = run("extract", *inputs, "-o", str(out))
    assert result.exit_code == 2, result.output
    assert needle in one_line_error(result)
    assert not out.exists()


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = run("--debug", "extract", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "g.ttl"))
    assert result.exit_code == 2
    assert "Traceback" in result.stderr


def test_unreadable_output_folder(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x", "utf-8")
    (tmp_path / "one.txt").write_text("Vatio compró Lumen por 5 millones de euros.", "utf-8")
    result = run("extract", str(tmp_path / "one.txt"), "--lang", "es",
                 "-o", str(tmp_path / "a-file" / "g.ttl"))
    assert result.exit_code == 2
    assert "cannot write output here" in one_line_error(result)


@pytest.mark.model
def test_only_unsupported_languages_is_an_error(tmp_path: Path) -> None:
    corpus = tmp_path / "fr.jsonl"
    corpus.write_text(json.dumps({
        "id": "fr1", "text": "La société Alpha a racheté la société Beta pour dix millions "
        "d'euros, selon le journal économique de la région.",
    }) + "\n", "utf-8")
    out = tmp_path / "g.ttl"
    result = run("extract", str(corpus), "-o", str(out))
    assert result.exit_code == 2
    assert "fr1" in result.stderr and "'fr'" in result.stderr
    assert "no article kg can read" in one_line_error(result)
    assert not out.exists()


@pytest.mark.model
def test_keep_going_writes_the_good_articles_and_exits_non_zero(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "good", "lang": "es", "text": "Vatio compró Lumen por 5 millones de euros."}\n'
        "{broken\n"
        '{"id": "also-good", "lang": "en", '
        '"text": "Harbor Inc. bought Quill Ltd. for $3 million."}\n',
        "utf-8",
    )
    out = tmp_path / "g.nq"
    result = run("extract", str(corpus), "-o", str(out), "--keep-going")
    assert result.exit_code == 2
    assert "c.jsonl:2" in result.stderr
    written = out.read_text("utf-8")
    assert "article/good>" in written and "article/also-good>" in written
    # Without --keep-going the first bad article stops the run before anything is written.
    out2 = tmp_path / "g2.nq"
    assert run("extract", str(corpus), "-o", str(out2)).exit_code == 2
    assert not out2.exists()


@pytest.mark.parametrize("kind", ["shapes", "ontology"])
def test_broken_configuration_file_is_exit_3_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    import kg.resources

    real = kg.resources.data_dir
    broken = tmp_path / kind
    broken.mkdir()
    (broken / "broken.ttl").write_text("@prefix ex: <http://x/> .\nex:a ex:b", "utf-8")

    def data_dir(name: str) -> Path:
        return broken if name == kind else real(name)

    monkeypatch.setattr(kg.resources, "data_dir", data_dir)
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://x/a> <http://x/b> <http://x/c> .\n", "utf-8")
    args = ["validate", str(graph)] if kind == "shapes" else ["query", str(graph), "-q",
                                                               "ASK { ?s ?p ?o }"]
    if kind == "ontology":
        from kg.validate import load_ontology

        with pytest.raises(Exception) as err:
            load_ontology()
        assert "broken.ttl" in str(err.value)
        assert getattr(err.value, "exit_code", None) == 3
        return
    result = run(*args)
    assert result.exit_code == 3, result.output
    assert "broken.ttl" in one_line_error(result)


names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60
)


@pytest.mark.model
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(body=names, article_id=names, title=names)
def test_any_unicode_text_gives_a_valid_graph_or_a_clean_refusal(
    tmp_path_factory: pytest.TempPathFactory, body: str, article_id: str, title: str
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    corpus = folder / "c.jsonl"
    text = f"{body} compró {body[::-1]} por 3 millones de euros. \u202e{title}\u202c 😀 <x> \"q\""
    corpus.write_text(json.dumps({"id": article_id, "title": title, "lang": "es",
                                  "text": text}) + "\n", "utf-8")
    out = folder / "g.ttl"
    result = run("extract", str(corpus), "-o", str(out))
    if result.exit_code != 0:
        assert result.exit_code == 2, result.output
        one_line_error(result)
        assert not out.exists()
        return
    data = out.read_bytes()
    graph = Graph().parse(data=data.decode("utf-8"), format="turtle")
    assert len(list(ox.parse(data, format=ox.RdfFormat.TURTLE))) == len(graph)
    check = run("validate", str(out))
    assert check.exit_code == 0, check.output


def test_unexpected_error_is_exit_3_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Regression: a missing optional module (lxml_html_clean) surfaced as exit 1
    # with a traceback instead of the documented internal-error exit code.
    import kg.ingest

    def broken(*args: object, **kwargs: object) -> None:
        raise ImportError("some module is missing")

    monkeypatch.setattr(kg.ingest, "read_articles", broken)
    result = run("extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "g.ttl"))
    assert result.exit_code == 3
    assert "internal error: ImportError: some module is missing" in one_line_error(result)
