"""Why kg publishes people gold lacks, and why it misses gold people, counted per set.

    python bench/entity_causes.py                      # dev and every heldout set, by halves
    python bench/entity_causes.py --sets dev heldout22
    python bench/entity_causes.py --json

People are scored as ``kg eval`` scores them: the published graph's people of each
article against its gold people, one to one on any shared name. A person kg publishes
that matches no gold person is counted under the first reason that holds:

- ``org``: a name of it is a gold organisation's name or alias;
- ``org part``: its words run inside a gold organisation's name, or one of those names
  inside its words (the model cut a company's name or glued a word to it);
- ``person part``: it shares a word with a gold person (a span one word too long or
  short, a name glued to a title or a verb, a name split in two);
- ``place``: kg's own lists know it as a place (countries and their subdivisions,
  GeoNames cities);
- ``thing``: a mention of it stands beside a noun of a product, vessel, event or work
  (``lexicon/entities.toml``), or inside quotation marks;
- ``credit``: a real person named on a short line of its own (a byline, a photo or
  contact credit), whom gold does not list;
- ``unlisted``: it opens with a known given name (a real person gold does not list: a
  name in a quote, an author, a passer-by);
- ``other``: none of these.

A missed gold person is ``as org`` (kg published an organisation with its name),
``partial`` (a published person shares a word with it) or ``unfound``.

Only counts are printed, never an article, a name or a sentence: the script may be run
on the halves nobody studies, as ``bench/quality.py`` is. Sets and halves are those of
``bench/quality.py`` (``int(md5(id), 16) % 2``: 0 → A, 1 → B); the files of the other
half are never opened.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import DEV, INVENTORIES, LOCAL_SETS  # noqa: E402

from kg.entities.gazetteer import known_places, load_given_names  # noqa: E402
from kg.entities.institutions import is_city  # noqa: E402
from kg.entities.words import (  # noqa: E402
    EVENT_HEADS,
    PRODUCT_DESCRIPTORS,
    PRODUCT_HEADS,
    PRODUCT_TAILS,
    VESSEL_WORDS,
    WORK_NOUNS,
)
from kg.evaluate import (  # noqa: E402
    GoldArticle,
    PredArticle,
    PredEntity,
    _max_matching,
    normalize_name,
    parse_gold,
    read_predictions,
    store_from_graph,
)
from kg.facts import Entity  # noqa: E402
from kg.graph import new_graph  # noqa: E402
from kg.ingest import read_articles  # noqa: E402
from kg.nlp import Pipelines  # noqa: E402
from kg.pipeline import make_run, process  # noqa: E402
from train.deal_scorer import half  # noqa: E402

FALSE = ("org", "org part", "person part", "place", "thing", "credit", "unlisted", "other")
MISSED = ("as org", "partial", "unfound")

THING_NOUNS = frozenset(
    PRODUCT_DESCRIPTORS | PRODUCT_HEADS | PRODUCT_TAILS | VESSEL_WORDS | EVENT_HEADS | WORK_NOUNS
)
_WORD = re.compile(r"\w+")
_QUOTES = frozenset("\"'«»“”‘’")
CREDIT_LINE = 60  # characters: a line this short holding a name is a credit or byline


@dataclass(frozen=True)
class Lists:
    """What kg itself knows of places and given names (never the gold)."""

    places: frozenset[str]
    given_names: frozenset[str]

    @classmethod
    def load(cls) -> Lists:
        return cls(known_places(), load_given_names())

    def place(self, name: str) -> bool:
        return name in self.places or is_city(name)


def _words(name: str) -> tuple[str, ...]:
    return tuple(normalize_name(name).split())


def _inside(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    n = len(part)
    return 0 < n < len(whole) and any(whole[i:i + n] == part for i in range(len(whole) - n + 1))


def _beside(text: str, spans: Iterable[tuple[int, int]],
            nouns: frozenset[str] = THING_NOUNS) -> bool:
    """A mention next to a thing noun ("the Pell cider", "buque Alba") or quoted."""
    for start, end in spans:
        before = _WORD.findall(text[max(0, start - 30):start])[-1:]
        after = _WORD.findall(text[end:end + 30])[:1]
        if any(w.lower() in nouns for w in (*before, *after)):
            return True
        if text[start - 1:start] in _QUOTES and text[end:end + 1] in _QUOTES:
            return True
    return False


def _credit(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    for start, end in spans:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start <= CREDIT_LINE:
            return True
    return False


def false_reason(
    names: Sequence[str], gold: GoldArticle, text: str, spans: Sequence[tuple[int, int]],
    lists: Lists,
) -> str:
    """The first reason that holds for a person kg published that gold lacks."""
    keys = {normalize_name(n) for n in names}
    if any(keys & g.keys for g in gold.organizations):
        return "org"
    words = [_words(n) for n in names]
    org_words = [_words(k) for g in gold.organizations for k in (g.name, *g.aliases)]
    if any(_inside(w, o) or _inside(o, w) for w in words for o in org_words):
        return "org part"
    person_words = {w for g in gold.people for k in (g.name, *g.aliases) for w in _words(k)}
    if any(set(w) & person_words for w in words):
        return "person part"
    if any(lists.place(n) for n in names):
        return "place"
    if _beside(text, spans):
        return "thing"
    looks_named = any(n.split()[0] in lists.given_names and len(n.split()) > 1 for n in names)
    if looks_named and _credit(text, spans):
        return "credit"
    if looks_named:
        return "unlisted"
    return "other"


def missed_reason(gold_keys: frozenset[str], pred: PredArticle | None) -> str:
    """Why a gold person (its keys) matched no published person."""
    if pred is None:
        return "unfound"
    if any(gold_keys & o.keys for o in pred.organizations):
        return "as org"
    gold_words = {w for k in gold_keys for w in k.split()}
    if any(gold_words & {w for k in p.keys for w in k.split()} for p in pred.people):
        return "partial"
    return "unfound"


def people_causes(
    gold: GoldArticle, pred: PredArticle | None, text: str,
    entities: Sequence[Entity], lists: Lists,
) -> tuple[Counter[str], Counter[str]]:
    """(false people by reason, missed gold people by reason) of one article, matched
    one to one as ``kg eval`` matches them."""
    people: list[PredEntity] = pred.people if pred else []
    candidates = [[i for i, p in enumerate(people) if p.keys & g.keys] for g in gold.people]
    matched = _max_matching(candidates)
    taken = set(matched.values())
    mentions = {}
    for entity in entities:
        for name in (entity.name, *entity.aliases):
            mentions.setdefault(name, [(m.start, m.end) for m in entity.mentions])
    false = Counter(
        false_reason(p.names, gold, text, [s for n in p.names for s in mentions.get(n, ())], lists)
        for i, p in enumerate(people) if i not in taken
    )
    missed = Counter(
        missed_reason(g.keys, pred) for i, g in enumerate(gold.people) if i not in matched
    )
    return false, missed


def read_half(folder: Path, which: str) -> list[tuple[GoldArticle, Path]]:
    """The gold articles of ``folder`` in half ``which`` and their text files; the
    other half's files are never opened."""
    out = []
    for path in sorted(folder.glob("*.gold.json")):
        stem = path.name[: -len(".gold.json")]
        if "AB"[half(stem)] != which:
            continue
        gold = parse_gold(json.loads(path.read_text(encoding="utf-8")), str(path))
        texts = [p for p in folder.glob(stem + ".*") if not p.name.endswith(".gold.json")]
        if texts:
            out.append((gold, texts[0]))
    return out


def set_halves(names: Sequence[str]) -> list[tuple[str, Path, str]]:
    """(row name, folder, half) for each set: its A and B halves; an inventory split
    into ``study/`` and ``held/`` folders gives those."""
    folders = {"dev": DEV, **{n: p for n, p in LOCAL_SETS.items() if n.startswith("heldout")}}
    rows = []
    for name in names:
        if name.startswith("inv "):
            folder = INVENTORIES / name[4:]
            if (folder / "study").is_dir():
                rows += [(f"{name} A", folder / "study", "*"), (f"{name} B", folder / "held", "*")]
            else:
                rows += [(f"{name} A", folder, "A"), (f"{name} B", folder, "B")]
            continue
        if name not in folders:
            raise SystemExit(f"entity_causes: unknown set {name!r} (known: {', '.join(folders)})")
        rows += [(f"{name} A", folders[name], "A"), (f"{name} B", folders[name], "B")]
    return rows


def row_causes(
    folder: Path, which: str, pipelines: Pipelines, lists: Lists
) -> tuple[Counter[str], Counter[str], int, int]:
    """(false people by reason, missed by reason, gold people, people published)."""
    items = read_half(folder, which) if which != "*" else [
        (g, t) for w in "AB" for g, t in read_half(folder, w)]
    golds = {g.id: g for g, _ in items}
    articles = [a for a in read_articles([t for _, t in items]) if a.id in golds]
    graph = new_graph()
    found: dict[str, tuple[str, tuple[Entity, ...]]] = {}
    for result in process(articles, pipelines, run=make_run()):
        checked = result.check()
        for triple in checked.graph or ():
            graph.add(triple)
        facts = checked.facts
        found[result.article.id] = (result.article.text,
                                    tuple(facts.entities) if facts else ())
    predictions = read_predictions(store_from_graph(graph))
    false: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    n_gold = n_made = 0
    for gold in golds.values():
        pred = predictions.get(gold.id)
        text, entities = found.get(gold.id, ("", ()))
        f, m = people_causes(gold, pred, text, entities, lists)
        false += f
        missed += m
        n_gold += len(gold.people)
        n_made += len(pred.people) if pred else 0
    return false, missed, n_gold, n_made


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=["dev", *sorted(
        (n for n in LOCAL_SETS if n.startswith("heldout")),
        key=lambda n: (len(n), n))], help='set names; "inv NAME" for an inventory')
    parser.add_argument("--json", action="store_true", help="one JSON object per row")
    args = parser.parse_args(argv)
    pipelines, lists = Pipelines(), Lists.load()
    if not args.json:
        print(f"{'set':20s} {'gold':>4s} {'made':>4s}  " + " ".join(f"{k:>6s}" for k in MISSED)
              + "  |  " + " ".join(f"{k[:11]:>11s}" for k in FALSE))
    for name, folder, which in set_halves(args.sets):
        false, missed, gold, made = row_causes(folder, which, pipelines, lists)
        if args.json:
            print(json.dumps({"set": name, "gold": gold, "made": made,
                              "missed": dict(missed), "false": dict(false)}))
        else:
            print(f"{name:20s} {gold:4d} {made:4d}  " + " ".join(f"{missed[k]:6d}" for k in MISSED)
                  + "  |  " + " ".join(f"{false[k]:11d}" for k in FALSE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
