"""Bad input, untrusted text, broken configuration (issue 9), through the CLI:
one clear line, the documented exit code, no traceback, nothing written."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.cli import cli
from kg.facts import Article


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
        from kg.ontology import load_ontology

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
    import kg.run

    def broken(*args: object, **kwargs: object) -> None:
        raise ImportError("some module is missing")

    monkeypatch.setattr(kg.run, "read_articles", broken)
    result = run("extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "g.ttl"))
    assert result.exit_code == 3
    assert "internal error: ImportError: some module is missing" in one_line_error(result)


# --- no run lost to one article (issue 15) --------------------------------------

GOOD_EN = "Harbor Analytics Inc. agreed to buy Quill Data for $12 million, the companies said."
GOOD_ES = "Banco Meridiano compró Norte Capital por 35 millones de euros, según la entidad."


def corpus_of(path: Path, articles: dict[str, tuple[str, str]]) -> Path:
    """id → (lang, text) as a JSONL corpus."""
    path.write_text("".join(
        json.dumps({"id": key, "lang": lang, "text": text}, ensure_ascii=False) + "\n"
        for key, (lang, text) in articles.items()
    ), "utf-8")
    return path


def graph_ids(out: Path) -> set[str]:
    """The article ids a written N-Quads file holds."""
    quads = ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS)
    prefix = "https://w3id.org/dealkg/id/article/"
    return {q.graph_name.value[len(prefix):] for q in quads
            if isinstance(q.graph_name, ox.NamedNode)}


@pytest.mark.model
def test_regression_byline_in_capitals_gives_one_person_with_one_name(tmp_path: Path) -> None:
    """"By JAMES WHITFIELD" then "James Whitfield": two people for one node, refused by
    the shapes (two schema:name); now one person, the capitals form an alternate name."""
    text = (
        "By JAMES WHITFIELD\nNEW YORK, June 3 - James Whitfield, chief executive of "
        "Harbor Analytics, said the company agreed to buy Quill Data for $12 million."
    )
    out = tmp_path / "g.nq"
    result = run("extract", str(corpus_of(tmp_path / "c.jsonl", {"byline": ("en", text)})),
                 "-o", str(out))
    assert result.exit_code == 0, result.output
    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))
    person = ox.NamedNode("https://w3id.org/dealkg/id/person/james-whitfield")
    values = {(q.predicate.value.rsplit("/", 1)[-1], q.object.value) for q in quads
              if q.subject == person and isinstance(q.object, ox.Literal)}
    assert values == {("name", "James Whitfield"), ("alternateName", "JAMES WHITFIELD")}


def _break_on(monkeypatch: pytest.MonkeyPatch, target: str, bad_id: str) -> None:
    """Make kg's ``target`` stage (kg.pipeline.extract or .consolidate) raise on one
    article, as a bug would."""
    import kg.pipeline

    real = getattr(kg.pipeline, target)

    def broken(*args: object) -> object:
        article = getattr(args[0], "article", None) or args[1]
        if getattr(article, "id", None) == bad_id:
            raise ZeroDivisionError("a bug met on this article")
        return real(*args)

    monkeypatch.setattr(kg.pipeline, target, broken)


@pytest.mark.model
@pytest.mark.parametrize("stage", ["extract", "consolidate"])
def test_keep_going_skips_an_article_kg_fails_on_and_writes_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    corpus = corpus_of(tmp_path / "c.jsonl", {
        "first": ("en", GOOD_EN), "bad": ("en", "Vela Systems bought Nadir Labs."),
        "last": ("es", GOOD_ES),
    })
    _break_on(monkeypatch, stage, "bad")
    out = tmp_path / "g.nq"
    result = run("extract", str(corpus), "-o", str(out), "--keep-going",
                 "--report", str(tmp_path / "report.json"))
    assert result.exit_code == 3, result.output
    assert graph_ids(out) == {"first", "last"}
    assert "'bad'" in result.stderr and "ZeroDivisionError: a bug met on this article" in \
        result.stderr
    assert "1 article(s) left out because kg failed on them" in one_line_error(result)
    report = json.loads((tmp_path / "report.json").read_text("utf-8"))
    assert report["articles"] == 2 and report["output"] == str(out)
    assert [item["article"] for item in report["left_out"]] == ["bad"]
    # Without --keep-going the run stops, naming the article, and writes nothing.
    out2 = tmp_path / "g2.nq"
    stopped = run("extract", str(corpus), "-o", str(out2))
    assert stopped.exit_code == 3
    assert "'bad'" in one_line_error(stopped)
    assert not out2.exists()


@pytest.mark.model
def test_a_shape_violation_is_a_kg_bug_that_costs_no_other_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should a graph still break the shapes, the article is left out and named with
    the rule, as a bug in kg; the other articles are written, even without
    --keep-going, and the exit status is 1."""
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "consolidate", lambda facts: facts)  # the old way
    # The byline writes the name without its accents: two people, one IRI.
    byline = "By RENEE WHITFIELD\nRenée Whitfield said Harbor Analytics bought Quill Data."
    corpus = corpus_of(tmp_path / "c.jsonl", {
        "first": ("en", GOOD_EN), "byline": ("en", byline), "last": ("es", GOOD_ES),
    })
    out = tmp_path / "g.nq"
    result = run("extract", str(corpus), "-o", str(out))
    assert result.exit_code == 1, result.output
    assert graph_ids(out) == {"first", "last"}
    assert "article 'byline' left out: kg's graph of it breaks kg's own shapes (A person " \
        "needs exactly one schema:name" in result.stderr
    assert "a bug in kg" in one_line_error(result)


@pytest.mark.model
def test_a_long_article_is_read_in_pieces_with_body_offsets_and_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "PIECE_CHARS", 1500)
    paragraphs = [
        f"Harbor Analytics agreed to buy Quill Data {i} for ${i + 3} million, the "
        f"companies said on Monday. Analysts expect the deal number {i} to close soon."
        for i in range(40)
    ]
    body = "\n\n".join(paragraphs)
    out = tmp_path / "g.nq"
    result = run("extract", str(corpus_of(tmp_path / "c.jsonl", {"long": ("en", body)})),
                 "-o", str(out))
    assert result.exit_code == 0, result.output
    assert f"article 'long': {len(body):,} of {len(body):,} characters read" in result.stderr
    assert result.stderr.count("characters read") >= len(body) // 1500
    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))
    begin = {q.subject: int(q.object.value) for q in quads if q.predicate.value.endswith(
        "#beginIndex")}
    end = {q.subject: int(q.object.value) for q in quads if q.predicate.value.endswith(
        "#endIndex")}
    anchors = {q.subject: q.object.value for q in quads if q.predicate.value.endswith(
        "#anchorOf")}
    assert len(anchors) > 100
    for node, anchor in anchors.items():
        assert body[begin[node]:end[node]] == anchor
    # The last paragraph's money, far past the first piece, is there at its offset.
    last = body.index("$42 million")
    assert any(begin[n] == last for n in anchors)


@pytest.mark.model
def test_regression_an_article_longer_than_spacy_takes_in_one_doc(tmp_path: Path) -> None:
    """E088 ("Text of length ... exceeds maximum"): pieces never exceed the pipeline's
    max_length, whatever it is."""
    from kg.nlp import Pipelines
    from kg.pipeline import make_run, process

    pipelines = Pipelines()
    pipelines.get("en").max_length = 2_000
    body = " ".join(f"Vela Systems bought Nadir Labs {i} for ${i + 1} million." for i in range(120))
    assert len(body) > 5_000
    (result,) = process([Article("big", body, "en")], pipelines, run=make_run())
    assert {a.span.text for a in result.facts.amounts} >= {"$1 million", "$120 million"}


@pytest.mark.model
def test_an_article_over_5_mb_is_refused_and_keep_going_writes_the_others(
    tmp_path: Path,
) -> None:
    huge = "Vela Systems bought Nadir Labs. " * 200_000  # 6.4 MB
    corpus = corpus_of(tmp_path / "c.jsonl", {
        "first": ("en", GOOD_EN), "huge": ("en", huge), "last": ("es", GOOD_ES),
    })
    out = tmp_path / "g.nq"
    result = run("extract", str(corpus), "-o", str(out), "--keep-going")
    assert result.exit_code == 2
    assert "c.jsonl:2: article text is 6,400,000 bytes, over the limit of 5,242,880 bytes" \
        in result.stderr
    assert graph_ids(out) == {"first", "last"}
    refused = run("extract", str(corpus), "-o", str(tmp_path / "g2.nq"))
    assert refused.exit_code == 2
    assert "over the limit of 5,242,880 bytes" in one_line_error(refused)


@pytest.mark.model
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640)])
def test_files_are_written_with_the_permissions_the_umask_gives(
    tmp_path: Path, umask: int, mode: int
) -> None:
    corpus = corpus_of(tmp_path / "c.jsonl", {"first": ("en", GOOD_EN)})
    out = tmp_path / "g.nq"
    previous = os.umask(umask)
    try:
        result = run("extract", str(corpus), "-o", str(out), "--report",
                     str(tmp_path / "r.json"))
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.output
    written = [out, tmp_path / "g.nq.manifest.json", tmp_path / "r.json",
               *(tmp_path / ".g.nq.cache").iterdir()]
    assert len(written) == 4
    assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {mode}


@pytest.mark.model
def test_a_component_that_breaks_mid_batch_costs_only_its_article() -> None:
    """spaCy's pipe stops at the first exception: the articles of the batch are read
    again one at a time, so the failure is pinned on its article alone."""
    from spacy.language import Language

    from kg.errors import ArticleFailed
    from kg.nlp import Pipelines
    from kg.pipeline import make_run, process

    if "kg_test_trap" not in Language.factories:

        @Language.component("kg_test_trap")
        def trap(doc: object) -> object:
            if "TRAPDOOR" in str(doc):
                raise RuntimeError("a component broke")
            return doc

    pipelines = Pipelines()
    pipelines.get("en").add_pipe("kg_test_trap", first=True)
    articles = [
        Article("a", GOOD_EN, "en"),
        Article("b", "TRAPDOOR Industries bought Nadir Labs.", "en"),
        Article("c", "Vela Systems agreed to buy Sol Energy for $4 million.", "en"),
    ]
    results = list(process(articles, pipelines, run=make_run()))
    assert [r.article.id for r in results if r.ok] == ["a", "c"]
    failed = [r.failed for r in results if r.failed is not None]
    assert [e.article.id for e in failed] == ["b"]
    assert "kg failed while reading it: RuntimeError: a component broke" in str(failed[0])
    with pytest.raises(ArticleFailed, match="article 'b'"):
        results[1].check()


@pytest.mark.model
def test_keep_going_with_two_workers_skips_an_article_kg_fails_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = corpus_of(tmp_path / "c.jsonl", {
        "first": ("en", GOOD_EN), "bad": ("en", "Vela Systems bought Nadir Labs."),
        "last": ("es", GOOD_ES),
    })
    _break_on(monkeypatch, "consolidate", "bad")  # the workers are forked: they see it
    out = tmp_path / "g.nq"
    result = run("extract", str(corpus), "-o", str(out), "--keep-going", "--workers", "2")
    assert result.exit_code == 3, result.output
    assert graph_ids(out) == {"first", "last"}
    assert "ZeroDivisionError: a bug met on this article" in result.stderr
