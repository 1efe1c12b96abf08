"""Scores kg's acquisitions against SENTiVENT's Merger/Acquisition events.

SENTiVENT (English economic news, event annotations by its authors) is read from its
JSONL form: one document per line, ``{"doc_id", "text", "events": [{"type",
"args": [{"role", "text", ...}], ...}]}``. Only events of type
``Merger/Acquisition`` and their ``Acquirer`` and ``Target`` arguments are used.

The scoring rules, all per document:

1. A gold argument is *named* when it names a company or person: it contains a word
   with a capital letter, it is not a pronoun, and it does not open with a
   determiner or possessive ("the company", "The Boston-based company", "its", "It",
   "the grocer" are not named; "Whole Foods Market", "messaging service WhatsApp",
   "Walt Disney Co. ( DIS )" are).
2. Gold pairs are the (acquirer, target) pairs of every Merger/Acquisition event
   whose acquirer and target are both named (an event with two targets gives two
   pairs); the same pair told twice in a document counts once (names compared by
   :func:`kg.evaluate.normalize_name`), and a pair whose two sides are the same
   name is dropped.
3. kg's pairs are the (acquirer, target) pairs of its ``deal:Acquisition`` nodes that
   have both a ``deal:acquirer`` and a ``deal:target`` (*two-party acquisitions*).
   Acquisitions with one party only are counted apart and never scored.
4. A kg party matches a gold argument when one of its names (``schema:name``,
   ``schema:alternateName``), normalised by :func:`kg.evaluate.normalize_name`,
   equals the normalised argument, appears in it as whole words (gold arguments
   often carry a descriptor: "upscale US grocer Whole Foods Market"), or has the
   argument as its first words ("Whole Foods" for kg's "Whole Foods Market").
5. Recall: the share of gold pairs for which kg has a pair with the acquirer
   matching the gold acquirer and the target the gold target. A gold pair kg found
   with the roles swapped is reported, and is not a hit.
6. Precision: the share of kg's two-party pairs that match a gold pair (rule 5).
   A kg pair that matches no gold pair but matches the named side of a gold event
   whose other side is not named (a pronoun, "the company") or absent cannot be
   judged, and is left out of precision; such pairs are reported as ``unjudged``.
7. Documents are read the way kg reads news: the corpus's Penn Treebank token
   spacing ("Amazon 's", "$ 13.7 billion", "( DIS )") is undone first
   (:func:`detokenize`); a document whose graph the SHACL shapes refuse publishes
   nothing and is listed as refused.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.errors import InputError
from kg.evaluate import Counts, normalize_name
from kg.vocab import DEAL, SCHEMA

if TYPE_CHECKING:
    from kg.nlp import Pipelines

EVENT_TYPE = "Merger/Acquisition"

# Words that never name a party on their own, and words that open a description.
_PRONOUNS = frozenset({
    "it", "its", "they", "them", "their", "theirs", "we", "us", "our", "ours", "he",
    "him", "his", "she", "her", "hers", "who", "whom", "whose", "which", "that", "this",
    "these", "those", "itself", "themselves", "one",
})
_DETERMINERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his",
    "her", "your", "my", "which", "whose", "another", "other", "such", "some", "any",
})


def is_named(text: str) -> bool:
    """Whether a gold argument names a party (rule 1 of the module docstring).

    >>> [is_named(t) for t in ("Whole Foods Market", "its", "The company", "it")]
    [True, False, False, False]
    >>> is_named("messaging service WhatsApp"), is_named("the Brazilian jet maker")
    (True, False)
    """
    words = text.split()
    if not words or words[0].casefold() in _DETERMINERS:
        return False
    return any(
        any(c.isupper() for c in w) and w.casefold() not in _PRONOUNS for w in words
    )


def names_match(predicted: Iterable[str], gold: str) -> bool:
    """Whether any of a kg party's names matches a gold argument (rule 4).

    >>> names_match(["Whole Foods Market"], "upscale US grocer Whole Foods Market")
    True
    >>> names_match(["Whole Foods Market"], "Whole Foods"), names_match(["Foods"], "Whole")
    (True, False)
    """
    gold_words = normalize_name(gold).split()
    if not gold_words:
        return False
    for name in predicted:
        words = normalize_name(name).split()
        if not words:
            continue
        if words == gold_words or words[: len(gold_words)] == gold_words:
            return True
        n = len(words)
        if any(gold_words[i : i + n] == words for i in range(len(gold_words) - n + 1)):
            return True
    return False


# ``Amazon 's`` → ``Amazon's``; ``$ 13.7`` → ``$13.7``; ``( DIS )`` → ``(DIS)``; quotes.
_DETOKENIZE = (
    (re.compile(r" ([,.;:?!%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m)(?=\s|$|[,.;:?!)])"), r"\1"),
    (re.compile(r"([(\[{$]) (?=\S)"), r"\1"),
    (re.compile(r"`` ?"), '"'),
    (re.compile(r" ?''"), '"'),
)


def detokenize(text: str) -> str:
    """Running text from Penn Treebank token spacing (line breaks kept).

    >>> detokenize("Amazon 's $ 13.7 billion deal ( AMZN ) , `` big '' .")
    'Amazon\\'s $13.7 billion deal (AMZN), "big".'
    """
    for _ in range(2):  # "Inc . ," needs two passes
        for pattern, replacement in _DETOKENIZE:
            text = pattern.sub(replacement, text)
    return text


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldPair:
    acquirer: str
    target: str

    @property
    def key(self) -> tuple[str, str]:
        return (normalize_name(self.acquirer), normalize_name(self.target))


@dataclass(frozen=True)
class GoldDocument:
    """One SENTiVENT document: its text, its named pairs and the named sides of the
    events whose other side is not named (role, name)."""

    id: str
    text: str
    pairs: tuple[GoldPair, ...]
    partial: tuple[tuple[str, str], ...]
    events: int  # Merger/Acquisition events in the document


def parse_document(data: Mapping[str, Any], where: str) -> GoldDocument:
    """A document of the JSONL file (rules 1 and 2)."""
    doc_id, text, events = data.get("doc_id"), data.get("text"), data.get("events")
    if not isinstance(doc_id, str) or not isinstance(text, str) or not isinstance(events, list):
        raise InputError(f"{where}: expected an object with \"doc_id\", \"text\" and \"events\"")
    pairs: dict[tuple[str, str], GoldPair] = {}
    partial: dict[tuple[str, str], tuple[str, str]] = {}
    count = 0
    for event in events:
        if not isinstance(event, Mapping) or event.get("type") != EVENT_TYPE:
            continue
        count += 1
        args = [a for a in event.get("args", ()) if isinstance(a, Mapping)]
        acquirers = [str(a.get("text", "")) for a in args if a.get("role") == "Acquirer"]
        targets = [str(a.get("text", "")) for a in args if a.get("role") == "Target"]
        named_acquirers = [a for a in acquirers if is_named(a)]
        named_targets = [t for t in targets if is_named(t)]
        for acquirer in named_acquirers:
            for target in named_targets:
                pair = GoldPair(acquirer, target)
                if pair.key[0] != pair.key[1]:  # a company "acquiring" itself: no pair
                    pairs.setdefault(pair.key, pair)
        # A named side whose other side is a pronoun, a description or absent.
        if named_acquirers and len(named_targets) < max(1, len(targets)):
            for acquirer in named_acquirers:
                partial.setdefault(("acquirer", normalize_name(acquirer)), ("acquirer", acquirer))
        if named_targets and len(named_acquirers) < max(1, len(acquirers)):
            for target in named_targets:
                partial.setdefault(("target", normalize_name(target)), ("target", target))
    return GoldDocument(doc_id, text, tuple(pairs.values()), tuple(partial.values()), count)


def load_sentivent(path: Path) -> list[GoldDocument]:
    """Every document of a SENTiVENT JSONL file, in file order."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read the SENTiVENT file ({err})") from err
    documents = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{where}: not a JSON object ({err.msg})") from err
        if not isinstance(data, Mapping):
            raise InputError(f"{where}: expected a JSON object")
        documents.append(parse_document(data, where))
    if not documents:
        raise InputError(f"{path}: no document found; expected one JSON object a line")
    return documents


# --------------------------------------------------------------------------- graph


@dataclass(frozen=True)
class PredPair:
    """A two-party acquisition of kg: the names of its acquirer and of its target."""

    deal: str
    acquirer: tuple[str, ...]
    target: tuple[str, ...]

    def describe(self) -> str:
        return f"{self.acquirer[0] if self.acquirer else '?'} → " + (
            self.target[0] if self.target else "?"
        )


_ACQUISITIONS = """
SELECT ?id ?d ?role ?x ?name WHERE {
  ?article schema:identifier ?id ; schema:mentions ?d .
  ?d a deal:Acquisition ; ?role ?x .
  VALUES ?role { deal:acquirer deal:target }
  OPTIONAL { ?x schema:name|schema:alternateName ?name }
}"""


@dataclass
class PredDocument:
    pairs: list[PredPair] = field(default_factory=list)
    one_party: int = 0  # acquisitions with an acquirer or a target only


def read_acquisitions(store: ox.Store) -> dict[str, PredDocument]:
    """kg's acquisitions per article identifier: two-party pairs (acquirer × target)
    and the number of one-party ones (rule 3), read through SPARQL."""
    rows = store.query(
        _ACQUISITIONS,
        prefixes={"schema": str(SCHEMA), "deal": str(DEAL)},
        use_default_graph_as_union=True,
    )
    assert isinstance(rows, ox.QuerySolutions)
    deals: dict[tuple[str, str], dict[str, dict[str, set[str]]]] = {}
    for row in rows:
        key = (str(row["id"].value), str(row["d"].value))
        role = "acquirer" if str(row["role"].value) == str(DEAL.acquirer) else "target"
        parties = deals.setdefault(key, {"acquirer": {}, "target": {}})[role]
        names = parties.setdefault(str(row["x"].value), set())
        if row["name"] is not None:
            names.add(str(row["name"].value))
    found: dict[str, PredDocument] = {}
    for (article_id, deal), roles in sorted(deals.items()):
        document = found.setdefault(article_id, PredDocument())
        if not roles["acquirer"] or not roles["target"]:
            document.one_party += 1
            continue
        for _a, acquirer in sorted(roles["acquirer"].items()):
            for _t, target in sorted(roles["target"].items()):
                pair = PredPair(deal, tuple(sorted(acquirer)), tuple(sorted(target)))
                document.pairs.append(pair)
    return found


def extract_documents(
    golds: Sequence[GoldDocument],
    pipelines: Pipelines,
    *,
    ptb_spacing: bool = False,
    on_done: Callable[[], None] | None = None,
) -> tuple[ox.Store, list[str]]:
    """Run kg extract's pipeline and SHACL gate on the documents (English, PTB spacing
    undone unless ``ptb_spacing``): the published graphs in a store, and the ids of
    the documents whose graph the shapes refused (rule 7). ``on_done`` is called
    after each document."""
    from kg.evaluate import store_from_graph
    from kg.facts import Article
    from kg.graph import make_run, new_graph
    from kg.pipeline import process
    from kg.validate import load_shapes

    articles = [
        Article(id=g.id, text=g.text if ptb_spacing else detokenize(g.text), lang="en")
        for g in golds
    ]
    refused: list[str] = []
    union = new_graph()
    for done in process(articles, pipelines, run=make_run(), shapes=load_shapes()):
        if done.failed is not None:
            raise done.failed
        if done.graph is None:  # refused by the shapes
            refused.append(done.article.id)
        else:
            for triple in done.graph:
                union.add(triple)
        if on_done is not None:
            on_done()
    return store_from_graph(union), refused


# --------------------------------------------------------------------------- scores


@dataclass
class DocumentScore:
    id: str
    found: list[str] = field(default_factory=list)  # gold pairs kg has
    missed: list[str] = field(default_factory=list)
    swapped: list[str] = field(default_factory=list)  # missed, but kg has them reversed
    correct: list[str] = field(default_factory=list)  # kg pairs matching a gold pair
    wrong: list[str] = field(default_factory=list)
    unjudged: list[str] = field(default_factory=list)
    one_party: int = 0
    refused: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "refused": self.refused, "found": self.found,
            "missed": self.missed, "swapped": self.swapped, "correct": self.correct,
            "wrong": self.wrong, "unjudged": self.unjudged, "one_party": self.one_party,
        }


@dataclass
class EventEvaluation:
    """Recall of gold named pairs, precision of kg's two-party acquisitions."""

    documents: list[DocumentScore] = field(default_factory=list)
    events: int = 0

    @property
    def recall_counts(self) -> Counts:
        found = sum(len(d.found) for d in self.documents)
        return Counts(tp=found, fn=sum(len(d.missed) for d in self.documents))

    @property
    def precision_counts(self) -> Counts:
        return Counts(
            tp=sum(len(d.correct) for d in self.documents),
            fp=sum(len(d.wrong) for d in self.documents),
        )

    @property
    def recall(self) -> float:
        return self.recall_counts.recall

    @property
    def precision(self) -> float:
        return self.precision_counts.precision

    def total(self, name: str) -> int:
        return sum(len(getattr(d, name)) for d in self.documents)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": len(self.documents),
            "events": self.events,
            "gold_pairs": self.total("found") + self.total("missed"),
            "recall": round(self.recall, 4),
            "found": self.total("found"),
            "swapped": self.total("swapped"),
            "precision": round(self.precision, 4),
            "predicted_pairs": self.total("correct") + self.total("wrong")
            + self.total("unjudged"),
            "correct": self.total("correct"),
            "wrong": self.total("wrong"),
            "unjudged": self.total("unjudged"),
            "one_party": sum(d.one_party for d in self.documents),
            "refused": [d.id for d in self.documents if d.refused],
            "details": [d.to_dict() for d in self.documents],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def _describe(acquirer: str, target: str) -> str:
    return f"{acquirer} → {target}"


def score_document(
    gold: GoldDocument, pred: PredDocument | None, refused: bool = False
) -> DocumentScore:
    """Rules 5 and 6 for one document."""
    score = DocumentScore(gold.id, one_party=pred.one_party if pred else 0, refused=refused)
    pairs = pred.pairs if pred else []

    def hit(p: PredPair, acquirer: str, target: str) -> bool:
        return names_match(p.acquirer, acquirer) and names_match(p.target, target)

    for g in gold.pairs:
        label = _describe(g.acquirer, g.target)
        if any(hit(p, g.acquirer, g.target) for p in pairs):
            score.found.append(label)
            continue
        score.missed.append(label)
        if any(hit(p, g.target, g.acquirer) for p in pairs):
            score.swapped.append(label)
    for p in pairs:
        if any(hit(p, g.acquirer, g.target) for g in gold.pairs):
            score.correct.append(p.describe())
        elif any(
            names_match(p.acquirer if role == "acquirer" else p.target, name)
            for role, name in gold.partial
        ):
            score.unjudged.append(p.describe())
        else:
            score.wrong.append(p.describe())
    return score


def score_events(
    golds: Sequence[GoldDocument],
    predictions: Mapping[str, PredDocument],
    refused: Iterable[str] = (),
) -> EventEvaluation:
    """Score kg's acquisitions per document and sum the counts.

    >>> score_events(load_sentivent(path), read_acquisitions(store))  # doctest: +SKIP
    """
    refused_ids = set(refused)
    result = EventEvaluation(events=sum(g.events for g in golds))
    for gold in golds:
        result.documents.append(
            score_document(gold, predictions.get(gold.id), gold.id in refused_ids)
        )
    return result
