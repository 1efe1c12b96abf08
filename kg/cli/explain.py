"""``kg explain``: each fact kg publishes for an article, with the rules that made it
and the sentence that says so.

The facts are read the way ``kg extract`` reads them (``kg.pipeline.process``: long
articles in pieces, entities consolidated, each deal's mentions merged into the one
node the graph gets), so what is explained is what the graph holds."""

from __future__ import annotations

import click
from rdflib import URIRef

from kg import iri
from kg.cli.errors import handle_errors
from kg.deals import one_deal_per_node
from kg.facts import Amount, Deal, Facts
from kg.graph import make_run
from kg.ingest import read_articles
from kg.nlp import Pipelines
from kg.pipeline import process


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
    articles = read_articles(list(inputs), lang=lang)
    for result in process(articles, Pipelines(), run=make_run(), batch_size=1):
        if result.skipped is not None:
            click.echo(f"== {result.article.id}: {result.skipped}")
            continue
        facts = result.check().facts
        assert facts is not None, "process gives the facts of an article it read"
        click.echo(_explain(one_deal_per_node(facts)))


def _explain(facts: Facts) -> str:
    lines = [f"== {facts.article.id} ({facts.article.lang})"]
    numbers: dict[URIRef, int] = {}
    for deal in facts.deals:
        node = iri.deal_node(deal, facts.article.id)
        if node in numbers:  # a further claim on a node told above (its own money)
            lines.append(f"  also claimed (deal {numbers[node]}):{_claim(deal)}")
            lines.extend(f"  > {' '.join(span.text.split())}" for span in deal.evidence)
            continue
        numbers[node] = len(numbers) + 1
        lines.append(f"deal {numbers[node]}: {_deal(deal)}")
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


def _claim(deal: Deal) -> str:
    parts = [f" amount {_money(deal.amount)}" if deal.amount else "",
             f" valuation {_money(deal.valuation)}" if deal.valuation else "",
             f" per {deal.reported_by.name}" if deal.reported_by else "",
             f" ({deal.hedge})" if deal.hedge else ""]
    return ",".join(part for part in parts if part)


def _money(amount: Amount) -> str:
    if amount.value is not None:
        figure = f"{amount.value:,}"
    else:
        low = f"≥ {amount.min_value:,}" if amount.min_value is not None else ""
        high = f"≤ {amount.max_value:,}" if amount.max_value is not None else ""
        figure = " ".join(part for part in (low, high) if part)
    return f"{figure} {amount.currency}"


__all__ = ["explain_command"]
