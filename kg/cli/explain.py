"""``kg explain``: each fact kg reads from an article, with the rules that made it and
the sentence that says so."""

from __future__ import annotations

import click

from kg.cli.errors import handle_errors
from kg.extract import article_doc, extract
from kg.facts import Amount, Deal, Facts
from kg.ingest import read_articles
from kg.nlp import Pipelines, pipeline_id


@click.command("explain")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--lang", type=click.Choice(["es", "en"]), help="Language of every article.")
@handle_errors
def explain_command(inputs: tuple[str, ...], lang: str | None) -> None:
    """Show, for each article, every deal with the rules that made it and its
    sentences, then the organisations and people with the cues that typed them, and
    the amounts.

    Rule ids name what fired: the frame of the trigger word ("frame:acquire_v(comprar)"),
    the word that set the status ("status:Cancelled<-abandon"), and any rule that added
    a party ("parties:topic-acquirer"); an entity's cues say why it is an organisation
    or a person ("-" when none was recorded). Use it to see which rule produced a wrong
    fact; kg eval GOLD_DIR --details counts them over a gold set.

    \b
    Examples:
      kg explain examples/es_lumen_vatio.txt
      kg explain article.html --lang en
    """
    pipelines = Pipelines()
    for article in read_articles(list(inputs), lang=lang):
        nlp = pipelines.get(article.lang or "en")
        doc = nlp(article_doc(nlp, article))
        click.echo(_explain(extract(doc, article, pipeline_id(nlp))))


def _explain(facts: Facts) -> str:
    lines = [f"== {facts.article.id} ({facts.article.lang})"]
    for n, deal in enumerate(facts.deals, 1):
        lines.append(f"deal {n}: {_deal(deal)}")
        lines.append(f"  rules: {', '.join(deal.rules) or '-'}")
        for span in deal.evidence:
            lines.append(f"  > {' '.join(span.text.split())}")
    if not facts.deals:
        lines.append("no deal")
    for entity in facts.entities:
        aliases = f" (also {', '.join(entity.aliases)})" if entity.aliases else ""
        lines.append(f"{entity.kind}: {entity.name}{aliases}")
        lines.append(f"  cues: {', '.join(entity.rules) or '-'}")
    for amount in facts.amounts:
        lines.append(f"amount: {amount.span.text!r} = {_money(amount)}")
    return "\n".join(lines)


def _deal(deal: Deal) -> str:
    roles = "; ".join(f"{role}={ref.name}" for role, ref in deal.roles)
    money = f", amount {_money(deal.amount)}" if deal.amount else ""
    valuation = f", valuation {_money(deal.valuation)}" if deal.valuation else ""
    return f"{deal.type} [{roles}] {deal.status}{money}{valuation}"


def _money(amount: Amount) -> str:
    if amount.value is not None:
        figure = f"{amount.value:,}"
    else:
        low = f"≥ {amount.min_value:,}" if amount.min_value is not None else ""
        high = f"≤ {amount.max_value:,}" if amount.max_value is not None else ""
        figure = " ".join(part for part in (low, high) if part)
    return f"{figure} {amount.currency}"


__all__ = ["explain_command"]
