"""English entity typing measured on REFinD's annotated pairs (SEC filings).

    python bench/refind.py                   # a table per half (A studied, B totals only)
    python bench/refind.py --detail          # also half A's misses, by sub-class
    python bench/refind.py --limit 200       # the first 200 sentences of each half

The data (``../shared/data/relations/refind_test_org_money_person.jsonl``, see its
``SOURCES.md``; local evaluation only) is a sentence per row with one annotated
entity pair keyed by type (``ORG_1``/``ORG_2``, ``ORG``/``PERSON``, ``ORG``/``MONEY``,
``ORG``/``DATE``): surface strings without offsets, in tokenised text. The same
sentence recurs with other pairs, so rows are grouped by sentence, and the sentences
split into halves by the md5 of their text (``bench/quality.py``'s ``half``).

Each sentence is run as a tiny English article through ``kg.pipeline.process`` with
kg's shapes, as ``kg extract`` runs it (its tokens joined as running text, as
``kg eval ner``'s graph view does), and what kg *publishes* is scored: the evidence
mentions of the schema:Organization (ORG) and schema:Person (PER) nodes, and of the
schema:MonetaryAmount nodes. Each gold ORG or PERSON string is

- ``exact``: published with its type and the same bounds (compared with the spaces
  around punctuation removed);
- ``bounds``: published with its type over part of it, or over more;
- ``swapped``: published with the other type (a company as a person, or back);
- ``none``: nothing of that type or the other over it;
- ``absent``: the string is not in its sentence (a quirk of the data; not scored).

A gold MONEY string is ``read`` when a published amount overlaps it. The gold is
not exhaustive (only the pair is annotated), so precision is not measured.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.conll import Sentence, document_text  # noqa: E402
from kg.ingest import Article  # noqa: E402
from kg.nlp import Pipelines  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "relations" / "refind_test_org_money_person.jsonl"
OUTCOMES = ("exact", "bounds", "swapped", "none")
KINDS = {"ORG": "ORG", "ORG_1": "ORG", "ORG_2": "ORG", "PERSON": "PER", "MONEY": "MONEY"}
Mention = tuple[int, int, str]  # (begin, end, label) in the article text


@dataclass
class Item:
    """One sentence and its gold strings by kind (ORG, PER, MONEY)."""

    sentence: str
    gold: dict[str, set[str]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return "refind-" + hashlib.md5(self.sentence.encode("utf-8")).hexdigest()[:16]


def half(text: str) -> str:
    """``A`` (studied) or ``B`` (held out), by the md5 of the sentence text."""
    return "AB"[int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16) % 2]


def load_items(lines: Iterable[str]) -> list[Item]:
    """Rows grouped by sentence, in first-seen order."""
    items: dict[str, Item] = {}
    for line in lines:
        if not line.strip():
            continue
        row = json.loads(line)
        item = items.setdefault(row["sentence"], Item(row["sentence"]))
        for key, kind in KINDS.items():
            if row.get(key):
                item.gold.setdefault(kind, set()).add(row[key].strip())
    return list(items.values())


def norm(text: str) -> str:
    """Text without the spaces around punctuation, other runs of space as one."""
    text = re.sub(r"\s*([^\w\s])\s*", r"\1", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def tokens(text: str) -> list[str]:
    """The tokens of a sentence or gold string, a hyphen glued to the words it joins
    (the data splits ``short-term`` as ``short - term``)."""
    out: list[str] = []
    glue = False
    for token in text.split():
        if token == "-" and out and out[-1][-1:].isalnum():
            out[-1] += "-"
            glue = True
            continue
        if glue and token[:1].isalnum():
            out[-1] += token
        else:
            out.append(token)
        glue = False
    return out


def article_text(sentence: str) -> tuple[str, list[tuple[int, int]]]:
    """The sentence's tokens as running text, and each token's char span in it."""
    text, offsets = document_text([Sentence(tuple(tokens(sentence)), frozenset())])
    return text, offsets[0]


def locate(words: Sequence[str], offsets: Sequence[tuple[int, int]], gold: str) -> list[
    tuple[int, int]
]:
    """Char spans of the gold string's occurrences as a run of the sentence's tokens."""
    wanted = tokens(gold)
    found = []
    for i in range(len(words) - len(wanted) + 1):
        if list(words[i : i + len(wanted)]) == wanted:
            found.append((offsets[i][0], offsets[i + len(wanted) - 1][1]))
    return found


def classify(
    text: str, spans: Sequence[tuple[int, int]], gold: str, label: str,
    mentions: Iterable[Mention],
) -> str:
    """The outcome (one of ``OUTCOMES``, or ``absent``) of a gold ORG or PER string."""
    if not spans:
        return "absent"
    other = "PER" if label == "ORG" else "ORG"
    best = "none"
    for begin, end, kind in mentions:
        if kind not in (label, other):
            continue
        over = [(b, e) for b, e in spans if begin < e and b < end]
        if not over:
            continue
        if kind == label:
            if (begin, end) in spans or norm(text[begin:end]) == norm(gold):
                return "exact"
            best = "bounds"
        elif best == "none":
            best = "swapped"
    return best


def graph_mentions(graph: object) -> set[Mention]:
    """(begin, end, label) of the published organisations, people and amounts."""
    from rdflib import Literal

    from kg.vocab import DEAL, NIF, RDF, SCHEMA

    found: set[Mention] = set()
    kinds = ((SCHEMA.Organization, "ORG"), (SCHEMA.Person, "PER"),
             (SCHEMA.MonetaryAmount, "MONEY"))
    for kind, label in kinds:
        for node in graph.subjects(RDF.type, kind):  # type: ignore[attr-defined]
            for mention in graph.objects(node, DEAL.evidence):  # type: ignore[attr-defined]
                begin = graph.value(mention, NIF.beginIndex)  # type: ignore[attr-defined]
                end = graph.value(mention, NIF.endIndex)  # type: ignore[attr-defined]
                if isinstance(begin, Literal) and isinstance(end, Literal):
                    found.add((int(begin.toPython()), int(end.toPython()), label))
    return found


def publish(items: Sequence[Item], pipelines: Pipelines) -> Iterator[tuple[Item, set[Mention]]]:
    """Each item with the mentions kg publishes for it (none when the gate refuses)."""
    from kg.pipeline import make_run, process
    from kg.validate import load_shapes

    by_id = {item.id: item for item in items}
    articles = [Article(id=i.id, text=article_text(i.sentence)[0], lang="en") for i in items]
    for result in process(articles, pipelines, run=make_run(), shapes=load_shapes()):
        if result.failed is not None:
            raise result.failed
        mentions = graph_mentions(result.graph) if result.graph is not None else set()
        yield by_id[result.article.id], mentions


@dataclass
class Outcome:
    """One gold string's outcome, with what it needs for the detail listing."""

    kind: str
    gold: str
    outcome: str
    item: Item
    mentions: set[Mention]


def score(item: Item, mentions: set[Mention]) -> list[Outcome]:
    """The outcome of each gold string of one sentence."""
    text, offsets = article_text(item.sentence)
    words = tokens(item.sentence)
    outcomes = []
    for kind in ("ORG", "PER"):
        for gold in sorted(item.gold.get(kind, ())):
            spans = locate(words, offsets, gold)
            outcome = classify(text, spans, gold, kind, mentions)
            outcomes.append(Outcome(kind, gold, outcome, item, mentions))
    for gold in sorted(item.gold.get("MONEY", ())):
        spans = locate(words, offsets, gold)
        read = any(label == "MONEY" and b < e_ and b_ < e
                   for b, e, label in mentions for b_, e_ in spans)
        outcome = "absent" if not spans else "read" if read else "unread"
        outcomes.append(Outcome("MONEY", gold, outcome, item, mentions))
    return outcomes


def table(name: str, outcomes: Sequence[Outcome], sentences: int) -> str:
    """A half's counts: per kind, gold strings by outcome."""
    lines = [f"{name}: {sentences} sentences"]
    head = f"  {'kind':6} {'n':>5} " + " ".join(f"{o:>8}" for o in OUTCOMES)
    lines.append(head + f" {'exact%':>7} {'typed%':>7} {'absent':>7}")
    for kind in ("ORG", "PER"):
        counts = Counter(o.outcome for o in outcomes if o.kind == kind)
        n = sum(counts[o] for o in OUTCOMES)
        cells = " ".join(f"{counts[o]:8d}" for o in OUTCOMES)
        exact = counts["exact"] / n if n else 0.0
        typed = (counts["exact"] + counts["bounds"]) / n if n else 0.0
        lines.append(f"  {kind:6} {n:5d} {cells} {exact:7.3f} {typed:7.3f} "
                     f"{counts['absent']:7d}")
    money = Counter(o.outcome for o in outcomes if o.kind == "MONEY")
    n = money["read"] + money["unread"]
    lines.append(f"  MONEY  {n:5d} read {money['read']} ({money['read'] / max(n, 1):.3f}), "
                 f"unread {money['unread']}, absent {money['absent']}")
    return "\n".join(lines)


def _edge(words: str) -> str:
    """A left-out or added run of words as a class: a legal form, a title, ..."""
    if not words:
        return ""
    last = words.split()[-1].strip(".,").casefold()
    first = words.split()[0].strip(".,").casefold()
    if first in _LEGAL or last in _LEGAL:
        return "legal form"
    if first in ("the", "a", "an"):
        return "article"
    if not any(ch.isalnum() for ch in words):
        return "punctuation"
    if words.isupper():
        return "capitals"
    if words[0].islower():
        return "lowercase"
    return "capitalised"


_LEGAL = frozenset(
    "inc incorporated corp corporation co company llc ltd limited lp l.p llp plc sa s.a "
    "ag nv n.v bv gmbh holdings trust bancorp group na n.a".split()
)


def sub_class(o: Outcome, ents: dict[str, list[tuple[int, int, str]]]) -> str:
    """Why a gold string missed: what was cut or added, or the doc's entity over it."""
    text, offsets = article_text(o.item.sentence)
    spans = locate(tokens(o.item.sentence), offsets, o.gold)
    if o.outcome == "bounds":
        b0, e0 = spans[0]
        for b, e, label in sorted(o.mentions, key=lambda m: m[0] - m[1]):
            if label == o.kind and b < e0 and b0 < e:
                if b0 <= b and e <= e0:
                    cut = (text[b0:b].strip() + " | " + text[e:e0].strip()).strip(" |")
                    return "cut: " + (_edge(text[b0:b].strip()) or "-") + " / " + (
                        _edge(text[e:e0].strip()) or "-") + f"   [{cut}]"
                if b <= b0 and e0 <= e:
                    return "wider: " + (_edge(text[b:b0].strip()) or "-") + " / " + (
                        _edge(text[e0:e].strip()) or "-") + f"   [{text[b:e]}]"
                return f"crosses   [{text[b:e]}]"
    over = sorted({label for b, e, label in ents.get(o.item.id, ())
                   for b0, e0 in spans if b < e0 and b0 < e})
    caps = "capitals" if o.gold.isupper() else "mixed"
    got = sorted(f"{label}:{text[b:e]}" for b, e, label in o.mentions
                 if label != "MONEY" and any(b < e0 and b0 < e for b0, e0 in spans))
    return f"ents {'+'.join(over) or '-'}, {caps}   {got}"


def detail(outcomes: Sequence[Outcome], ents: dict[str, list[tuple[int, int, str]]]) -> str:
    """Half A's misses by kind, outcome and sub-class, with the gold and its sentence."""
    lines = []
    for kind in ("ORG", "PER", "MONEY"):
        for outcome in ("bounds", "swapped", "none", "unread"):
            misses = [o for o in outcomes if o.kind == kind and o.outcome == outcome]
            if not misses:
                continue
            lines.append(f"\n== {kind} {outcome}: {len(misses)}")
            keys = {id(o): sub_class(o, ents).split("   [")[0] for o in misses}
            for key, count in Counter(keys.values()).most_common():
                lines.append(f"  {count:4d}  {key}")
            for o in sorted(misses, key=lambda o: keys[id(o)]):
                text = article_text(o.item.sentence)[0]
                lines.append(f"- [{sub_class(o, ents)}] {o.gold!r}")
                lines.append(f"    {text}")
    return "\n".join(lines)


def doc_ents(items: Sequence[Item], pipelines: Pipelines) -> dict[str, list[tuple[int, int, str]]]:
    """The kg pipeline's Doc.ents of each item's text (for the detail only)."""
    nlp = pipelines.get("en")
    texts = [article_text(i.sentence)[0] for i in items]
    return {item.id: [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            for item, doc in zip(items, nlp.pipe(texts, batch_size=64), strict=True)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--detail", action="store_true", help="half A's misses by class")
    parser.add_argument("--limit", type=int, help="the first N sentences of each half")
    parser.add_argument("--half", choices=["A", "B"], help="score one half only")
    args = parser.parse_args(argv)
    items = load_items(args.data.read_text(encoding="utf-8").splitlines())
    pipelines = Pipelines()
    for name in ("A", "B"):
        if args.half and name != args.half:
            continue
        chosen = [i for i in items if half(i.sentence) == name][: args.limit]
        outcomes = [o for item, mentions in publish(chosen, pipelines)
                    for o in score(item, mentions)]
        print(table(f"refind {name}", outcomes, len(chosen)))  # noqa: T201
        if args.detail and name == "A":
            print(detail(outcomes, doc_ents(chosen, pipelines)))  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
