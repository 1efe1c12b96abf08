"""Why kg publishes organisations gold lacks, and why it misses gold ones, counted per set.

    python bench/org_causes.py                      # dev and every heldout set, by halves
    python bench/org_causes.py --sets dev heldout22
    python bench/org_causes.py --json

Organisations are scored as ``kg eval`` scores them: the published graph's
organisations of each article against its gold organisations, one to one on any shared
name (after ``normalize_name``: accents, case, punctuation and legal suffixes dropped).
An organisation kg publishes that matches no gold one is counted under the first class
that holds:

- ``person``: a name of it is a gold person's name or alias;
- ``glued``: its words hold the names of two gold organisations ("A y B");
- ``longer left`` / ``longer right``: a gold organisation's name runs inside its words,
  with a word more before it or after it;
- ``shorter left`` / ``shorter right``: its words run inside a gold organisation's
  name, the missing word(s) before or after them (``shorter inside``: both sides);
- ``person part``: it shares a word with a gold person's name;
- ``place``: kg's own lists know it as a place (countries, subdivisions, cities);
- ``caps``: a single all-capitals word (a ticker, a currency, an acronym with no
  expansion gold lists);
- ``thing``: a mention of it stands beside a noun of a product, vessel, event, work or
  index (``lexicon/entities.toml``), or inside quotation marks;
- ``start``: every mention of it is in the headline or opens a sentence;
- ``common words``: every capitalised word of it is a common noun or adjective of the
  language (kg's own ``Knowledge.is_common``: "Regional Office", "Closing Price");
- ``model place`` / ``model person``: the model read a mention of it as a place or a
  person, and a rule of kg's made it an organisation;
- ``other``: none of these.

A false organisation of a bounds class (``glued``, ``longer``/``shorter``) is also
counted by the word that lies across the bound (``bounds``: "longer left: place"),
the word kg's name has and gold's lacks, or the reverse, next to the words both share
(for ``glued``, the word between the two gold names): a ``legal form``, a ``generic
head`` ("Grupo", "Holdings", ``org_heads``/``org_tails``), an ``article/preposition``
("de", "of", "the"), a ``conjunction`` ("y", "and"), a ``place`` (kg's own lists), a
``person name`` (a word of a gold person's name, or a given name kg knows), a
``possessive`` ("Rosa's"), a ``hyphen/ampersand``, a ``quote``, a ``month`` or
weekday, a ``lower-case`` word (a trailing descriptor), a ``capitalised common`` noun
(``Knowledge.is_common``), an ``acronym``, another ``name word``, or ``unaligned``
when the words differ elsewhere. "(two bodies)" is added to a preposition or a
conjunction when a body's head (``org_heads``) or a capitalised common noun opens both
the words the two names share and the words beyond the bound ("Unidad de
Reclamaciones" and "de la Federación de Transportistas": a body named inside another's
name); ", rest published" is added to a ``shorter`` one when another organisation kg
published runs inside the rest of the gold name (the name read as two); ", gold
matched" when the gold organisation it is a word more or less of matched another
published one (one company published twice, a matter of resolution more than of
bounds).

Each false organisation is also counted by the rules that typed it (``Entity.rules``,
each rule's name without its argument): ``ner:ORG alone`` when only the model's labels
typed it, else once for each other rule.

A missed gold organisation is ``as person`` (kg published a person with one of its
names), ``partial`` (a published organisation shares a word with it), else by the
doc's entity over its first written occurrence: ``ents ORG exact``, ``ents LOC other
bounds``, ``ents none``..., or ``not in text``.

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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from entity_causes import (  # noqa: E402
    THING_NOUNS,
    Lists,
    _beside,
    _words,
    read_half,
    set_halves,
)
from quality import LOCAL_SETS  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from kg.consolidate import consolidate  # noqa: E402
from kg.deals.merge import one_deal_per_node  # noqa: E402
from kg.entities.words import CONNECTORS, LEGAL_FORMS, ORG_HEADS, ORG_TAILS  # noqa: E402
from kg.evaluate import (  # noqa: E402
    GoldArticle,
    PredArticle,
    PredEntity,
    _max_matching,
    normalize_name,
    read_predictions,
    store_from_graph,
)
from kg.extract import article_doc, extract  # noqa: E402
from kg.facts import Entity  # noqa: E402
from kg.graph import build_graph, make_run, new_graph  # noqa: E402
from kg.ingest import read_articles  # noqa: E402
from kg.nlp import Pipelines, pipeline_id  # noqa: E402

FALSE = ("person", "glued", "longer left", "longer right", "shorter left", "shorter right",
         "shorter inside", "person part", "place", "caps", "thing", "start", "common words",
         "model place", "model person", "other")
INDEX_NOUNS = frozenset({"index", "índice", "indice", "award", "awards", "premio",
                         "premios", "prize"})
_WORD = re.compile(r"\w+")
_MODEL_PLACE = frozenset({"ner:LOC", "ner:GPE", "ner:FAC"})
_MODEL_PERSON = frozenset({"ner:PER", "ner:PERSON"})
BOUNDS = ("glued", "longer left", "longer right", "shorter left", "shorter right",
          "shorter inside")
_CONJUNCTIONS = frozenset({"y", "e", "and", "et", "und", "i"})
_ARTICLES = frozenset({"el", "a", "an", "le", "les", "en", "in", "para", "por", "for"})
_QUOTES = frozenset("\"'“”«»‘’")
_CALENDAR = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "enero", "febrero", "marzo", "abril", "mayo",
    "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre",
    "diciembre", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"})


@dataclass
class Found:
    """One article as kg read it: its text, doc and resolved entities."""

    text: str
    doc: Doc | None
    entities: tuple[Entity, ...] = ()
    common: Callable[[str], bool] | None = None  # a common word of the article's language


@dataclass
class Row:
    """The counts of one set half."""

    gold: int = 0
    made: int = 0
    false: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    missed: Counter[str] = field(default_factory=Counter)
    bounds: Counter[str] = field(default_factory=Counter)


def _at(part: tuple[str, ...], whole: tuple[str, ...]) -> int:
    """Where ``part`` runs inside ``whole`` (shorter than it), or -1."""
    n = len(part)
    if not 0 < n < len(whole):
        return -1
    return next((i for i in range(len(whole) - n + 1) if whole[i:i + n] == part), -1)


def _bounds_class(words: list[tuple[str, ...]], gold: GoldArticle) -> str | None:
    org_names = [[_words(k) for k in (g.name, *g.aliases)] for g in gold.organizations]
    inside = {i for i, names in enumerate(org_names) for o in names for w in words
              if _at(o, w) >= 0}
    if len(inside) > 1:
        return "glued"
    for names in org_names:
        for o in names:
            for w in words:
                at = _at(o, w)
                if at >= 0:
                    return "longer left" if at > 0 else "longer right"
                at = _at(w, o)
                if at >= 0:
                    left, right = at > 0, at + len(w) < len(o)
                    return "shorter inside" if left and right else (
                        "shorter left" if left else "shorter right")
    return None


def false_class(names: Sequence[str], entity: Entity | None, gold: GoldArticle,
                found: Found, lists: Lists) -> str:
    """The first class that holds for an organisation kg published that gold lacks."""
    keys = {normalize_name(n) for n in names}
    if any(keys & g.keys for g in gold.people):
        return "person"
    words = [w for w in (_words(n) for n in names) if w]
    bounds = _bounds_class(words, gold)
    if bounds:
        return bounds
    person_words = {w for g in gold.people for k in (g.name, *g.aliases) for w in _words(k)}
    if any(set(w) & person_words for w in words):
        return "person part"
    if any(lists.place(n) for n in names):
        return "place"
    if any(len(n.split()) == 1 and n.isupper() and len(n) > 1 for n in names):
        return "caps"
    spans = [(m.start, m.end) for m in entity.mentions] if entity else []
    if _beside_thing(found.text, spans):
        return "thing"
    if found.doc is not None and spans:
        tokens = [found.doc.char_span(s, e, alignment_mode="expand") for s, e in spans]
        tokens = [t for t in tokens if t is not None and len(t)]
        if tokens and all(_opens(t[0]) for t in tokens):
            return "start"
    if found.common is not None and any(_common(n, found.common) for n in names):
        return "common words"
    rules = set(entity.rules) if entity else set()
    if rules & _MODEL_PLACE:
        return "model place"
    if rules & _MODEL_PERSON:
        return "model person"
    return "other"


def _common(name: str, common: Callable[[str], bool]) -> bool:
    words = [w for w in _WORD.findall(name) if w[:1].isupper()]
    return bool(words) and all(common(w) for w in words)


def _beside_thing(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """A mention next to a thing or index noun ("the Pell cider", "índice Alba") or quoted."""
    return _beside(text, spans, THING_NOUNS | INDEX_NOUNS)


def _opens(tok: object) -> bool:
    """The token is in the headline (the first line) or opens a sentence."""
    doc = tok.doc  # type: ignore[attr-defined]
    if tok.idx < max(doc.text.find("\n"), 0) or doc.text.find("\n") < 0:  # type: ignore[attr-defined]
        return True
    i = tok.i  # type: ignore[attr-defined]
    return bool(tok.is_sent_start or (i > 0 and doc[i - 1].is_sent_start  # type: ignore[attr-defined]
                                      and doc[i - 1].is_punct))


def _keyed(name: str) -> list[tuple[str, str]]:
    """(raw word, key) for each word of ``name`` that has letters or figures; a legal
    form keeps its key here ("Inc."), as a word of its own."""
    return [(w, k) for w in name.split() if (k := normalize_name(w).replace(" ", ""))]


def _across_pair(cls: str, pub: list[tuple[str, str]], gold: list[tuple[str, str]]
                 ) -> tuple[str, str, str] | None:
    """The raw word across the bound of a ``longer``/``shorter`` pair of names, the
    first word the two share and the first capitalised word beyond the bound ("de",
    "Unidad", "Federación" for "Unidad de Reclamaciones" of "Unidad de Reclamaciones de
    la Federación de Transportistas"), or None."""
    pk, gk = tuple(k for _, k in pub), tuple(k for _, k in gold)
    whole, part, raw = (pk, gk, pub) if cls.startswith("longer") else (gk, pk, gold)
    at = _at(part, whole)
    if at < 0:
        return None
    end = at + len(part)
    left = cls.endswith("left") or cls == "shorter inside"
    if (left and at == 0) or (not left and end >= len(raw)):
        return None
    beyond = [w for w, _ in (raw[:at] if left else raw[end:]) if w[:1].isupper()]
    return raw[at - 1][0] if left else raw[end][0], raw[at][0], (beyond or [""])[0]


def across_word(cls: str, names: Sequence[str], gold: GoldArticle
                ) -> tuple[str, str, str] | None:
    """The raw word that lies across the bound of a false organisation of bounds class
    ``cls`` (the word one name has beyond the other next to their shared words; for
    ``glued`` the first word between two gold names inside it), and the first words of
    the names on each side of it."""
    golds = [_keyed(k) for g in gold.organizations for k in (g.name, *g.aliases)]
    for name in names:
        pub = _keyed(name)
        if cls == "glued":
            keys = tuple(k for _, k in pub)
            ends = sorted((at, at + len(g)) for g in golds
                          if (at := _at(tuple(k for _, k in g), keys)) >= 0)
            pairs = [(e, s) for (_, e), (s, _) in zip(ends, ends[1:], strict=False) if e <= s]
            if pairs:
                e, s = pairs[0]
                return pub[e][0], pub[ends[0][0]][0], pub[s][0]
            continue
        for g in golds:
            found = _across_pair(cls, pub, g)
            if found is not None:
                return found
    return None


def word_kind(across: tuple[str, str, str] | None, gold: GoldArticle, found: Found,
              lists: Lists) -> str:
    """What kind of word lies across a bound (the ``bounds`` split of the module
    docstring), "(two bodies)" added when a body's head or a capitalised common noun
    opens the words on each side."""
    if across is None:
        return "unaligned"
    word, first, other = across

    def head(w: str) -> bool:
        return w in ORG_HEADS or (found.common is not None and found.common(w))

    two = head(first) and head(other)  # "Unidad de Reclamaciones" / "de la Federación"
    bare = word.strip(".,;:()[]\"'“”«»‘’")
    key = normalize_name(bare)
    people = {w for g in gold.people for k in (g.name, *g.aliases) for w in _words(k)}
    checks: tuple[tuple[str, bool], ...] = (
        ("quote", any(c in _QUOTES for c in word) and not bare.endswith(("'s", "’s"))),
        ("possessive", bare.endswith(("'s", "’s", "'", "’"))),
        ("hyphen/ampersand", "&" in word or "-" in bare.strip("-")),
        ("legal form", bare in LEGAL_FORMS or f"{bare}." in LEGAL_FORMS),
        ("generic head", bare in ORG_HEADS or bare in ORG_TAILS),
        ("conjunction", bare.lower() in _CONJUNCTIONS),
        ("article/preposition", bare.lower() in CONNECTORS | _ARTICLES),
        ("month", key in _CALENDAR),
        ("place", lists.place(bare)),
        ("person name", key in people or bare in lists.given_names),
        ("lower-case", bare[:1].islower()),
        ("capitalised common", found.common is not None and found.common(bare)),
        ("acronym", bare.isupper() and len(bare) > 1),
    )
    kind = next((kind for kind, holds in checks if holds), "name word")
    return f"{kind} (two bodies)" if two and kind in ("conjunction", "article/preposition") \
        else kind


def _gold_matched(p: PredEntity, gold: GoldArticle, matched: dict[int, int]) -> bool:
    """Whether a gold organisation whose name holds ``p``'s words, or runs inside them,
    matched another published organisation (one company published twice)."""
    mine = [w for w in (_words(n) for n in p.names) if w]
    return any(i in matched and (_at(w, o) >= 0 or _at(o, w) >= 0)
               for i, g in enumerate(gold.organizations)
               for o in (_words(k) for k in (g.name, *g.aliases)) for w in mine)


def _rest_published(p: PredEntity, orgs: Sequence[PredEntity], gold: GoldArticle) -> bool:
    """Whether another published organisation runs inside the part of a gold name
    that ``p``'s words do not cover ("Unidad de Reclamaciones" and "Federación de
    Transportistas" of "Unidad de Reclamaciones de la Federación de Transportistas")."""
    mine = [w for w in (_words(n) for n in p.names) if w]
    for g in gold.organizations:
        for name in (g.name, *g.aliases):
            whole = _words(name)
            for w in mine:
                at = _at(w, whole)
                if at < 0:
                    continue
                rest = (whole[:at], whole[at + len(w):])
                if any(_at(o, r) >= 0 or (o == r and o) for q in orgs if q is not p
                       for o in (_words(n) for n in q.names) for r in rest):
                    return True
    return False


def rule_keys(entity: Entity | None) -> list[str]:
    """The rules that typed ``entity``, each by its name without an argument."""
    if entity is None or not entity.rules:
        return ["none"]
    if all(r.startswith("ner:") for r in entity.rules):
        return [f"{'+'.join(sorted(set(entity.rules)))} alone"]
    return sorted({r.split("(")[0] for r in entity.rules if not r.startswith("ner:")})


def missed_class(gold_names: Sequence[str], keys: frozenset[str], pred: PredArticle | None,
                 doc: Doc | None) -> str:
    """Why a gold organisation matched no published one."""
    if pred is not None and any(keys & p.keys for p in pred.people):
        return "as person"
    words = {w for k in keys for w in k.split()}
    if pred is not None and any(words & {w for k in o.keys for w in k.split()}
                                for o in pred.organizations):
        return "partial"
    if doc is None:
        return "not in text"
    text = doc.text
    for name in gold_names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            for ent in doc.ents:
                if ent.start_char < m.end() and m.start() < ent.end_char:
                    exact = (ent.start_char, ent.end_char) == (m.start(), m.end())
                    return f"ents {ent.label_} {'exact' if exact else 'other bounds'}"
            return "ents none"
    return "not in text"


def _entity_of(names: Sequence[str], entities: Sequence[Entity]) -> Entity | None:
    want = set(names)
    return next((e for e in entities if e.kind == "org" and want & {e.name, *e.aliases}), None)


def article_causes(gold: GoldArticle, pred: PredArticle | None, found: Found,
                   lists: Lists) -> Iterator[tuple[str, str, PredEntity | None, Entity | None]]:
    """("false" | "missed" | "rule" | "bounds", class, the published organisation, its entity) for
    every organisation of one article kg published that gold lacks and every gold one it
    missed, matched one to one as ``kg eval`` matches them."""
    orgs: list[PredEntity] = pred.organizations if pred else []
    candidates = [[i for i, p in enumerate(orgs) if p.keys & g.keys] for g in gold.organizations]
    matched = _max_matching(candidates)
    taken = set(matched.values())
    for i, p in enumerate(orgs):
        if i in taken:
            continue
        entity = _entity_of(p.names, found.entities)
        cls = false_class(p.names, entity, gold, found, lists)
        yield "false", cls, p, entity
        if cls in BOUNDS:
            across = across_word(cls, p.names, gold)
            key = f"{cls}: {word_kind(across, gold, found, lists)}"
            if cls.startswith("shorter") and _rest_published(p, orgs, gold):
                key += ", rest published"
            if _gold_matched(p, gold, matched):
                key += ", gold matched"
            yield "bounds", key, p, entity
        for key in rule_keys(entity):
            yield "rule", key, p, entity
    for i, g in enumerate(gold.organizations):
        if i not in matched:
            yield "missed", missed_class((g.name, *g.aliases), g.keys, pred, found.doc), None, None


def read_row(folder: Path, which: str, pipelines: Pipelines
             ) -> tuple[dict[str, GoldArticle], dict[str, PredArticle], dict[str, Found]]:
    """The gold, kg's published organisations and kg's reading of one set half."""
    items = read_half(folder, which) if which != "*" else [
        (g, t) for w in "AB" for g, t in read_half(folder, w)]
    golds = {g.id: g for g, _ in items}
    graph, run = new_graph(), make_run()
    found: dict[str, Found] = {}
    for article in read_articles([t for _, t in items]):
        if article.id not in golds:
            continue
        nlp = pipelines.get(article.lang or "en")
        doc = nlp(article_doc(nlp, article))
        facts = consolidate(extract(doc, article, pipeline_id(nlp)))
        build_graph(one_deal_per_node(facts), run, graph)
        common = nlp.get_pipe("kg_entities").knowledge.is_common
        found[article.id] = Found(article.text, doc, tuple(facts.entities), common)
    return golds, read_predictions(store_from_graph(graph)), found


def row_causes(folder: Path, which: str, pipelines: Pipelines, lists: Lists) -> Row:
    golds, predictions, found = read_row(folder, which, pipelines)
    row = Row()
    for gold in golds.values():
        pred = predictions.get(gold.id)
        for kind, key, _, _ in article_causes(gold, pred, found.get(gold.id, Found("", None)),
                                              lists):
            {"false": row.false, "rule": row.rules, "missed": row.missed,
             "bounds": row.bounds}[kind][key] += 1
        row.gold += len(gold.organizations)
        row.made += len(pred.organizations) if pred else 0
    return row


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=["dev", *sorted(
        (n for n in LOCAL_SETS if n.startswith("heldout")),
        key=lambda n: (len(n), n))], help='set names; "inv NAME" for an inventory')
    parser.add_argument("--json", action="store_true", help="one JSON object per row")
    args = parser.parse_args(argv)
    pipelines, lists = Pipelines(), Lists.load()
    total: dict[str, Row] = {"A": Row(), "B": Row()}
    for name, folder, which in set_halves(args.sets):
        row = row_causes(folder, which, pipelines, lists)
        _print(name, row, args.json)
        acc = total[name[-1]]
        acc.gold, acc.made = acc.gold + row.gold, acc.made + row.made
        acc.false, acc.rules, acc.missed = (acc.false + row.false, acc.rules + row.rules,
                                            acc.missed + row.missed)
        acc.bounds += row.bounds
    for which, row in total.items():
        _print(f"all {which}", row, args.json)
    return 0


def _print(name: str, row: Row, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"set": name, "gold": row.gold, "made": row.made,
                          "false": dict(row.false), "rules": dict(row.rules),
                          "missed": dict(row.missed), "bounds": dict(row.bounds)}))
        return
    def show(counter: Counter[str]) -> str:
        return ", ".join(f"{k} {n}" for k, n in counter.most_common())
    print(f"{name}: gold {row.gold}, made {row.made}, false {sum(row.false.values())}, "
          f"missed {sum(row.missed.values())}")
    print(f"  false:  {show(row.false)}")
    print(f"  rules:  {show(row.rules)}")
    print(f"  missed: {show(row.missed)}")
    print(f"  bounds: {show(row.bounds)}")


if __name__ == "__main__":
    sys.exit(main())
