"""kg explain: each fact with the rules that made it (issue 14, rule provenance)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

pytestmark = pytest.mark.model


def test_explain_names_the_frame_and_status_rule_of_each_deal(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "# lang: en\n\nZorba Mining has pulled out of its planned takeover of rival Kestrel "
        "Metals in a deal that would have been valued at £12.4bn.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["explain", str(article)])
    assert result.exit_code == 0, result.output
    assert "deal 1: Acquisition [target=Kestrel Metals; acquirer=Zorba Mining] Cancelled" in (
        result.output
    )
    assert "rules: frame:acquire_n(takeover), status:Cancelled<-pull" in result.output
    assert "> Zorba Mining has pulled out" in result.output


def test_explain_says_when_there_is_no_deal(tmp_path: Path) -> None:
    article = tmp_path / "b.txt"
    article.write_text("# lang: es\n\nLas ventas de Aceros Norte crecieron un 12 %.\n",
                       encoding="utf-8")
    result = CliRunner().invoke(cli, ["explain", str(article)])
    assert result.exit_code == 0, result.output
    assert "no deal" in result.output


def test_explain_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["explain", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "nope.txt" in result.output


def test_explain_shows_one_deal_per_graph_node_with_its_further_claims(tmp_path: Path) -> None:
    # Two mentions of one investment (same type and parties: one node in the graph),
    # each with its own sum: one deal, its rules from both mentions, the second sum
    # as a further claim on it, as the graph has them.
    article = tmp_path / "c.txt"
    article.write_text(
        "# lang: es\n\nGrupo Norte ha invertido 300 millones de euros en Lácteos Vidal.\n"
        "La primera inversión de Grupo Norte en Lácteos Vidal, de 100 millones de euros, "
        "se produjo en 2021.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["explain", str(article)])
    assert result.exit_code == 0, result.output
    assert "deal 2" not in result.output
    assert "deal 1: Investment [investee=Lácteos Vidal; investor=Grupo Norte] Completed, " \
        "amount 300,000,000 EUR" in result.output
    assert "frame:invest_v(invertir)" in result.output and \
        "frame:invest_n(inversión)" in result.output
    assert "also claimed (deal 1): amount 100,000,000 EUR" in result.output


def test_explain_names_an_article_in_a_language_kg_does_not_read(tmp_path: Path) -> None:
    article = tmp_path / "d.txt"
    article.write_text("# lang: fr\n\nLe groupe Nord a racheté Laiteries Vidal.\n",
                       encoding="utf-8")
    result = CliRunner().invoke(cli, ["explain", str(article)])
    assert result.exit_code == 0, result.output
    assert "== d: " in result.output and "skipped" in result.output and "fr" in result.output
