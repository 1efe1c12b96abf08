"""kg explain: each fact with the rules that made it (issue 14, rule provenance)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.cli.explain import _explain
from kg.deals import one_deal_per_node
from kg.facts import Amount, Article, Deal, EntityRef, Facts, Span

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


def test_explain_shows_two_investments_of_the_same_parties_with_their_own_sums(
    tmp_path: Path,
) -> None:
    # Two investments of the same type and parties, each told in its sentence with its
    # own sum: two deals, two graph nodes (session 12, issue 13; before, one node with
    # the second sum as a further claim on it).
    article = tmp_path / "c.txt"
    article.write_text(
        "# lang: es\n\nGrupo Norte ha invertido 300 millones de euros en Lácteos Vidal.\n"
        "La primera inversión de Grupo Norte en Lácteos Vidal, de 100 millones de euros, "
        "se produjo en 2021.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["explain", str(article)])
    assert result.exit_code == 0, result.output
    assert "deal 1: Investment [investee=Lácteos Vidal; investor=Grupo Norte] Completed, " \
        "amount 300,000,000 EUR" in result.output
    assert "deal 2: Investment [investor=Grupo Norte; investee=Lácteos Vidal] Completed, " \
        "amount 100,000,000 EUR" in result.output
    assert "merge:same-parties-apart" in result.output
    assert "also claimed" not in result.output


def test_explain_shows_a_further_claim_on_a_node_told_above() -> None:
    # Two deals of one node (the second sum told in the first one's sentence): one deal,
    # the second sum as a further claim on it, as the graph has them.
    text = "Grupo Norte invirtió 300 millones de euros en Lácteos Vidal."
    sentence = Span(0, len(text), text)
    roles = (("investor", EntityRef("org", "Grupo Norte")),
             ("investee", EntityRef("org", "Lácteos Vidal")))

    def eur(value: int) -> Amount:
        return Amount(Span(21, 44, "300 millones de euros"), "EUR", value=Decimal(value))

    deals = (Deal("Investment", roles, (sentence,), status="Completed", amount=eur(300)),
             Deal("Investment", roles, (sentence,), status="Completed", amount=eur(100)))
    facts = Facts(article=Article(id="c", text=text, lang="es"), deals=deals)
    shown = _explain(one_deal_per_node(facts))
    assert "deal 2" not in shown
    assert "also claimed (deal 1): amount 100 EUR" in shown


def test_explain_names_an_article_in_a_language_kg_does_not_read(tmp_path: Path) -> None:
    article = tmp_path / "d.txt"
    article.write_text("# lang: fr\n\nLe groupe Nord a racheté Laiteries Vidal.\n",
                       encoding="utf-8")
    result = CliRunner().invoke(cli, ["explain", str(article)])
    assert result.exit_code == 0, result.output
    assert "== d: " in result.output and "skipped" in result.output and "fr" in result.output
