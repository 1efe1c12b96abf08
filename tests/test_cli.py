"""The command line through CliRunner: help, exit codes, and the extract command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import COMMANDS, cli
from kg.ldcontext import inline_known_context

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert f"kg {command}" in result.output


def test_top_level_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_top_level_help_shows_each_command_as_its_own_help_does(command: str) -> None:
    # kg --help reads the summaries from a table (kg.cli.SUMMARIES), so as not to
    # import every command: each must say what the command's own help says.
    from kg.cli import SUMMARIES

    real = cli.get_command(click.Context(cli), command)
    assert real is not None
    for limit in (45, 70, 200):
        shown = click.Command(command, help=SUMMARIES[command]).get_short_help_str(limit)
        assert shown == real.get_short_help_str(limit)


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["query", "{graph}", "-q", "ASK {{ ?s ?p ?o }}"],
        ["load", "{graph}", "--store", "{store}"],
    ],
)
def test_commands_that_need_neither_spacy_nor_pyshacl_do_not_import_them(
    args: list[str], tmp_path: Path
) -> None:
    graph = Path(__file__).resolve().parent / "data" / "query" / "example.ttl"
    argv = [a.format(graph=graph, store=tmp_path / "store") for a in args]
    script = (
        "import sys\n"
        "from kg.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit as done:\n    code = done.code\n"
        "heavy = sorted(m for m in ('spacy', 'pyshacl', 'thinc') if m in sys.modules)\n"
        "print('HEAVY', code, heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *argv], capture_output=True, text=True, timeout=120,
        check=False,
    )
    assert done.stdout.splitlines()[-1] == "HEAVY 0 []", done.stdout + done.stderr


def test_unknown_option_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["extract", "--no-such-option"])
    assert result.exit_code == 2


def test_missing_input_file_is_exit_2_with_one_line(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.txt"), "-o", str(out)])
    assert result.exit_code == 2
    assert "nope.txt" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_bad_model_option_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["extract", str(EXAMPLES), "-o", str(tmp_path / "g.ttl"), "--model", "es"]
    )
    assert result.exit_code == 2
    assert "LANG=PIPELINE" in result.output


def test_missing_model_is_exit_3_with_the_install_command(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(
        cli,
        ["extract", str(EXAMPLES / "es_lumen_vatio.txt"), "-o", str(out),
         "--model", "es=es_core_news_lg"],
    )
    assert result.exit_code == 3
    assert "pip install" in result.stderr
    assert "es_core_news_lg" in result.stderr
    assert not out.exists()


@pytest.fixture(scope="module")
def example_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out") / "example.ttl"
    result = CliRunner().invoke(
        cli, ["extract", str(EXAMPLES), "-o", str(out), "--run-time", "2026-01-01T00:00:00Z"]
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.model
def test_extract_examples_parses_in_rdflib_and_pyoxigraph(example_graph: Path) -> None:
    graph = Graph().parse(example_graph, format="turtle")
    store = ox.Store()
    store.load(path=str(example_graph), format=ox.RdfFormat.TURTLE)
    assert len(graph) == len(store) > 100
    ids = {
        row["id"].value
        for row in store.query(
            "PREFIX schema: <https://schema.org/> "
            "SELECT ?id WHERE { ?a a schema:NewsArticle ; schema:identifier ?id }"
        )  # type: ignore[union-attr]
    }
    assert ids == {"es_lumen_vatio", "en_harbor_quill"}


@pytest.mark.model
def test_extract_is_byte_identical_across_runs(example_graph: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.ttl"
    result = CliRunner().invoke(
        cli, ["extract", str(EXAMPLES), "-o", str(again), "--run-time", "2026-01-01T00:00:00Z"]
    )
    assert result.exit_code == 0, result.output
    assert again.read_bytes() == example_graph.read_bytes()


@pytest.mark.model
def test_source_date_epoch_fixes_the_run_time(tmp_path: Path) -> None:
    out = tmp_path / "a.nt"
    result = CliRunner().invoke(
        cli,
        ["extract", str(EXAMPLES / "en_harbor_quill.txt"), "-o", str(out)],
        env={"SOURCE_DATE_EPOCH": "1767225600"},
    )
    assert result.exit_code == 0, result.output
    assert '"2026-01-01T00:00:00' in out.read_text(encoding="utf-8")


@pytest.mark.model
@pytest.mark.parametrize(
    ("suffix", "fmt", "dataset"),
    [(".nt", ox.RdfFormat.N_TRIPLES, False), (".trig", ox.RdfFormat.TRIG, True),
     (".nq", ox.RdfFormat.N_QUADS, True), (".jsonld", ox.RdfFormat.JSON_LD, False)],
)
def test_output_format_follows_the_extension(
    tmp_path: Path, suffix: str, fmt: ox.RdfFormat, dataset: bool
) -> None:
    out = tmp_path / f"g{suffix}"
    result = CliRunner().invoke(cli, ["extract", str(EXAMPLES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    if fmt == ox.RdfFormat.JSON_LD:  # refers to kg's context by URL: use the shipped copy
        data = inline_known_context(data)
    quads = list(ox.parse(data, format=fmt))
    assert quads
    graphs = {str(q.graph_name) for q in quads}
    if dataset:
        assert len(graphs) == 2 and all("/article/" in g for g in graphs)
    else:
        assert graphs == {str(ox.DefaultGraph())}


@pytest.mark.model
def test_stdin_article(tmp_path: Path) -> None:
    out = tmp_path / "stdin.ttl"
    text = "Brava Foods adquirió Molinos del Sur por 20 millones de euros.\n"
    result = CliRunner().invoke(
        cli, ["extract", "-", "--lang", "es", "-o", str(out)], input=text.encode("utf-8")
    )
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out)
    assert any("stdin" in str(s) for s in graph.subjects())


@pytest.mark.model
def test_other_language_is_skipped_with_a_warning(tmp_path: Path) -> None:
    corpus = tmp_path / "mixed.jsonl"
    lines = [
        {"id": "fr1", "text": "La société Alpha a racheté la société Beta pour dix millions "
         "d'euros, selon le journal économique de la région."},
        {"id": "en1", "text": "Alpha Corp. bought Beta Ltd. for $10 million on Monday."},
    ]
    corpus.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(cli, ["extract", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "fr1" in result.stderr and "skipped" in result.stderr
    assert "en1" in out.read_text(encoding="utf-8")
    assert "fr1" not in out.read_text(encoding="utf-8")


def test_stats_counts_nodes(tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text(
        "@prefix schema: <https://schema.org/> .\n"
        "<http://x/a> a schema:NewsArticle .\n<http://x/o1> a schema:Organization .\n"
        "<http://x/o2> a schema:Organization .\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["stats", str(graph)])
    assert result.exit_code == 0, result.output
    lines = dict(line.rsplit(maxsplit=1) for line in result.output.splitlines())
    counts = {k.strip(): v for k, v in lines.items()}
    assert counts["articles"] == "1" and counts["organisations"] == "2"
    assert counts["distinct triples"] == "3"


@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"]])
def test_python_dash_m_kg_runs_from_any_folder(tmp_path: Path, args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kg", *args], cwd=tmp_path, capture_output=True, text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Usage: kg" in result.stdout


def test_installed_kg_finds_its_shapes_and_queries_from_any_folder(tmp_path: Path) -> None:
    # From outside the checkout, `python -m kg` is the installed package: its data
    # files (shapes, queries) must ship with it.
    good = ROOT / "tests" / "data" / "shapes" / "good.ttl"
    validate = subprocess.run(
        [sys.executable, "-m", "kg", "validate", str(good)],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    assert validate.returncode == 0, validate.stderr
    listing = subprocess.run(
        [sys.executable, "-m", "kg", "query", "--list"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    assert listing.returncode == 0, listing.stderr
    assert "biggest-deals" in listing.stdout


@pytest.mark.model
def test_readme_shows_the_true_output_of_a_canned_query(example_graph: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = "$ kg query out/example.ttl --name biggest-deals --format csv\n"
    shown = readme.split(command, 1)[1].split("\n$ ", 1)[0].strip().splitlines()
    result = CliRunner().invoke(
        cli, ["query", str(example_graph), "--name", "biggest-deals", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines() == shown


@pytest.mark.model
def test_progress_lines_when_not_on_a_terminal_and_quiet_silences_them(tmp_path: Path) -> None:
    args = ["extract", str(EXAMPLES), "-o", str(tmp_path / "g.ttl")]
    loud = CliRunner().invoke(cli, args)
    assert loud.exit_code == 0, loud.output
    assert "2/2 articles" in loud.stderr and "/s)" in loud.stderr
    assert "wrote" in loud.stderr
    quiet = CliRunner().invoke(cli, [*args[:-2], "-o", str(tmp_path / "q.ttl"), "--quiet"])
    assert quiet.exit_code == 0, quiet.output
    assert quiet.stderr == ""


# --- re-runs and users' own names ----------------------------------------------------


def _summary(result: object) -> str:
    return next(line for line in result.stderr.splitlines() if line.startswith("wrote "))  # type: ignore[attr-defined]


@pytest.mark.model
def test_force_processes_every_article_again(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    runner = CliRunner()
    args = ["extract", str(EXAMPLES), "-o", str(out)]
    assert "(2 processed, 0 unchanged)" in _summary(runner.invoke(cli, args))
    # Deleting the output and its manifest does not make kg work again: the cache
    # holds every article's graph.
    out.unlink()
    out.with_name(out.name + ".manifest.json").unlink()
    assert "(0 processed, 2 unchanged)" in _summary(runner.invoke(cli, args))
    forced = runner.invoke(cli, [*args, "--force"])
    assert forced.exit_code == 0, forced.output
    assert "(2 processed, 0 unchanged)" in _summary(forced)


@pytest.mark.model
def test_prune_says_how_many_articles_it_dropped(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article in EXAMPLES.glob("*.txt"):
        (corpus / article.name).write_bytes(article.read_bytes())
    out = tmp_path / "g.nq"
    runner = CliRunner()
    assert runner.invoke(cli, ["extract", str(corpus), "-o", str(out)]).exit_code == 0
    (corpus / "en_harbor_quill.txt").unlink()
    kept = runner.invoke(cli, ["extract", str(corpus), "-o", str(out)])
    assert "pruned" not in _summary(kept) and "2 articles" in _summary(kept)
    pruned = runner.invoke(cli, ["extract", str(corpus), "-o", str(out), "--prune"])
    assert pruned.exit_code == 0, pruned.output
    assert "1 article (0 processed, 1 unchanged, 1 pruned" in _summary(pruned)
    assert b"en_harbor_quill" not in out.read_bytes()


USER_GAZETTEER = (
    "name\taliases\twikidata\n"
    "Nordhavn Logística Internacional\tNordhavn Logística|NHL\t\n"
)
USER_ARTICLE = (
    "Nordhavn Logística compró la consultora Trevo por 40 millones de euros. "
    "NHL cerrará la operación en marzo.\n"
)


def _org_names(path: Path) -> set[str]:
    graph = Graph().parse(path)
    query = (
        "SELECT ?n WHERE { ?o a <https://schema.org/Organization> ; "
        "<https://schema.org/name> ?n }"
    )
    return {str(row[0]) for row in graph.query(query)}  # type: ignore[index]


@pytest.mark.model
def test_user_gazetteer_file_changes_the_extraction(tmp_path: Path) -> None:
    article = tmp_path / "nordhavn.txt"
    article.write_text(USER_ARTICLE, encoding="utf-8")
    mine = tmp_path / "mine.tsv"
    mine.write_text(USER_GAZETTEER, encoding="utf-8")
    runner = CliRunner(env={"XDG_CONFIG_HOME": str(tmp_path / "empty-config")})
    out = tmp_path / "g.ttl"
    plain = runner.invoke(cli, ["extract", str(article), "-o", str(out), "--lang", "es"])
    assert plain.exit_code == 0, plain.output
    assert "Nordhavn Logística Internacional" not in _org_names(out)
    # The same output file: the cached graph was made without the gazetteer, so the
    # article is processed again.
    given = runner.invoke(
        cli, ["extract", str(article), "-o", str(out), "--lang", "es", "--gazetteer", str(mine)]
    )
    assert given.exit_code == 0, given.output
    assert "(1 processed" in _summary(given)
    assert "Nordhavn Logística Internacional" in _org_names(out)
    assert "NHL" not in _org_names(out)  # an alias of the same organisation


@pytest.mark.model
def test_user_config_folder_adds_organisations(tmp_path: Path) -> None:
    article = tmp_path / "nordhavn.txt"
    article.write_text(USER_ARTICLE, encoding="utf-8")
    config = tmp_path / "config"
    (config / "kg").mkdir(parents=True)
    (config / "kg" / "companies.tsv").write_text(USER_GAZETTEER, encoding="utf-8")
    out = tmp_path / "g.ttl"
    runner = CliRunner(env={"XDG_CONFIG_HOME": str(config)})
    result = runner.invoke(cli, ["extract", str(article), "-o", str(out), "--lang", "es"])
    assert result.exit_code == 0, result.output
    assert "Nordhavn Logística Internacional" in _org_names(out)


def test_missing_gazetteer_file_is_exit_2_naming_it(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["extract", str(EXAMPLES), "-o", str(tmp_path / "g.ttl"),
         "--gazetteer", str(tmp_path / "nope.tsv")],
    )
    assert result.exit_code == 2
    assert "nope.tsv" in result.stderr and "--gazetteer" in result.stderr
    assert not (tmp_path / "g.ttl").exists()


@pytest.mark.parametrize("args", [
    ["extract", "MISSING", "-o", "OUT"],
    ["validate", "MISSING"],
    ["query", "MISSING", "--name", "deals"],
    ["stats", "MISSING"],
    ["load", "MISSING", "--store", "STORE"],
    ["publish", "MISSING", "--endpoint", "http://127.0.0.1:9/store"],
])
def test_a_missing_file_reads_the_same_in_every_command(tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "nope.ttl"
    names = {"MISSING": str(missing), "OUT": str(tmp_path / "o.ttl"),
             "STORE": str(tmp_path / "store")}
    result = CliRunner().invoke(cli, [names.get(a, a) for a in args])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == (
        f"error: {missing}: no such file or directory; check the path (typo? moved?)"
    )


@pytest.mark.model
def test_html_page_publisher_is_its_site_not_its_headline(tmp_path: Path) -> None:
    headline = "Brava Foods compra Molinos del Sur por 3.400 millones de euros"
    page = tmp_path / "brava.html"
    page.write_text(
        '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">'
        f"<title>{headline} | Economía</title>"
        '<link rel="canonical" href="https://www.gaceta-ejemplo.es/empresas/brava"></head>'
        f"<body><article><h1>{headline}</h1><p>Brava Foods ha acordado la compra de Molinos "
        "del Sur, la harinera andaluza, por 3.400 millones de euros, según ha comunicado la "
        "empresa este lunes.</p></article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(cli, ["extract", str(page), "-o", str(out)])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out)
    query = (
        "SELECT ?name WHERE { ?a <https://schema.org/publisher>/<https://schema.org/name> "
        "?name }"
    )
    assert [str(row[0]) for row in graph.query(query)] == ["gaceta-ejemplo.es"]  # type: ignore[index]
    assert "compra-molinos" not in out.read_text(encoding="utf-8")


def test_help_and_readme_point_only_into_the_repository() -> None:
    texts = {"README.md": (ROOT / "README.md").read_text(encoding="utf-8")}
    for command in [*COMMANDS, "eval gold", "eval ner"]:
        result = CliRunner().invoke(cli, [*command.split(), "--help"])
        texts[f"kg {command} --help"] = result.output
    for where, text in texts.items():
        assert "../shared" not in text and "/work/" not in text, where
    assert (ROOT / "docs" / "GOLD-FORMAT.md").is_file()
    assert "docs/GOLD-FORMAT.md" in texts["README.md"]
