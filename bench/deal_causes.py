"""Why gold deals are missed and why false deals are made, counted per set.

    python bench/deal_causes.py                      # dev and every heldout set, by halves
    python bench/deal_causes.py --sets dev heldout12
    python bench/deal_causes.py --json
    python bench/deal_causes.py --detail               # false deals split into sub-classes

A missed gold deal is counted under the first reason that holds:

- ``taken``: a deal kg made matches it, but the greedy matching gave that deal to
  another gold deal first (kg read it, merged with a neighbour: not a reading miss);
- ``entity``: fewer than min(2, its parties) of its parties were found as entities;
- ``apart``: its parties found are never named in one sentence (a pronoun, "the
  company", a left-out subject or the headline stands for one of them);
- ``no trigger``: some sentence names both, but none of those holds a deal word of
  ``lexicon/deals.toml``;
- ``unread``: a sentence names both beside a deal word, yet no rule read the deal.

A false deal (one that matches no gold deal still free) is counted as:

- ``repeat``: it matches a gold deal another deal already matched (one event split in two);
- ``one party``: it names a single party;
- ``wrong pair``: each of its parties is a party of some gold deal, never of this one;
- ``stray party``: a party of it is a party of no gold deal.

``--detail`` splits each false deal's reason into sub-classes, still counts only
(``reason: sub-class`` lines under each row, then summed over the rows, and summed
again one part of a sub-class at a time):

- ``stray party``: for each party of no gold deal, its kind (``org``/``person``),
  whether gold lists it among the article's entities (``listed``), lists a name that
  holds it or that it holds as a run of words (``partial``: its bounds misread) or
  does not list it at all (``unlisted``), the deal's type, and its slot in the sentence
  that tells the deal (``subject``, ``object``, ``possessor``, ``prep``, ``modifier``, ``other``, or
  ``outside`` when that sentence does not name it);
- ``wrong pair``: the deal's type, whether a gold deal of one of its parties was
  missed (``neighbour missed``: kg paired it with the wrong party) or all were found,
  and whether its parties are all named in the sentences that tell it (``all named``)
  or some or all come from outside them (an antecedent, a topic);
- ``repeat``: the same type as the deal that took the gold deal or another, and its
  parties against that deal's (``same``, ``reversed`` roles, ``subset``, ``superset``,
  ``overlap``);
- ``one party``: the deal's type.

``--detail`` also splits the ``unread`` misses (``unread: <gold type>, <trigger noun /
verb / other>, <how the parties hang from it>``: both on the trigger, one on the
trigger's head, one under another word, one in another clause), so that the classes of
unread wording fixed on the opened halves can be checked to exist on the closed ones.
It splits the gold parties not found in the ``entity`` misses (``entity: <name / alias
in text or not>, <what kg made of it>, <the doc's ents over it>, <where it is written>``;
see :func:`entity_detail`), and the ``apart`` misses too (``apart: <gold type>, <what
holds the other party's slot beside the deal word>, <where the other party is named>,
<what kg drew from that sentence>``; see :func:`apart_detail`). A party kg left a
place (``nothing, ents LOC exact``) is split once more (``entity place: <known place or
not>, <named once or more>, <its slot>, <deal word or not>, <the rules that typed it>``; see
:func:`_place_config`).

Deals are kg's deals before the graph (``doc._.kg_deals``), matched as ``kg eval``
matches them (min(2, gold parties) of the gold parties named). Only counts are
printed, never an article, a name or a sentence: the script may be run on the halves
nobody studies, as ``bench/quality.py`` is. Sets and halves are those of
``bench/quality.py`` (``int(md5(id), 16) % 2``: 0 → A, 1 → B).
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import DEV, LOCAL_SETS  # noqa: E402
from spacy.tokens import Doc, Token  # noqa: E402
from spacy.tokens import Span as SpacySpan  # noqa: E402

from kg.antecedent import (  # noqa: E402
    Article,
    Choice,
    choices,
    features,
    leaves_no_gap,
    load_model,
)
from kg.deal_scorer import (  # noqa: E402
    Candidate,
    DocContext,
    ScorerModel,
    _parties,
    _topic,
    _trigger_tokens,
    candidates,
    trigger_kinds,
)
from kg.deal_scorer import features as scorer_features  # noqa: E402
from kg.deal_scorer import load_model as load_scorer  # noqa: E402
from kg.deals.words import COMPANY_NOUNS  # noqa: E402
from kg.doc import doc_lang  # noqa: E402
from kg.entities.gazetteer import known_places  # noqa: E402
from kg.entities.institutions import is_city  # noqa: E402
from kg.entities.words import WORLD_REGIONS  # noqa: E402
from kg.evaluate import normalize_name, parse_gold  # noqa: E402
from kg.facts import Deal, Entity, EntityRef  # noqa: E402
from kg.nlp import Pipelines  # noqa: E402
from train.deal_scorer import Document, GoldDeal, half, halves, matches, process  # noqa: E402

MISSES = ("taken", "entity", "apart", "no trigger", "unread")
FALSE = ("repeat", "one party", "wrong pair", "stray party")


def sentence_index(document: Document) -> dict[EntityRef, set[int]]:
    """The sentences (by index) in which each entity of ``document`` is named."""
    starts = [s.start_char for s in document.doc.sents]
    where: dict[EntityRef, set[int]] = {}
    for entity in document.entities.values():
        for mention in entity.mentions:
            where.setdefault(entity.ref, set()).add(bisect.bisect_right(starts, mention.start) - 1)
    return where


def causes(document: Document) -> tuple[Counter[str], Counter[str], int, int]:
    """(missed gold deals by reason, false deals by reason, gold deals, deals made)."""
    free = list(range(len(document.gold)))
    taken: list[int] = []
    false: Counter[str] = Counter()
    deals = list(document.doc._.kg_deals or ())
    for deal in deals:
        hit = next((g for g in free if matches(deal, document.gold[g], document)), None)
        if hit is None:
            false[_false_reason(deal, document, taken)] += 1
        else:
            free.remove(hit)
            taken.append(hit)
    where = sentence_index(document)
    pairs = [
        (cand.sent, [document.entities[r] for r in cand.pair if r in document.entities])
        for cand in candidates(document.doc)
    ]
    missed = Counter(
        "taken" if any(matches(deal, document.gold[g], document) for deal in deals)
        else _miss_reason(document.gold[g], document, where, pairs)
        for g in free
    )
    return missed, false, len(document.gold), len(deals)


def _false_reason(deal: Deal, document: Document, taken: Sequence[int]) -> str:
    if any(matches(deal, document.gold[g], document) for g in taken):
        return "repeat"
    parties = [document.entities[ref] for _, ref in deal.roles if ref in document.entities]
    if len(parties) < 2:
        return "one party"
    if all(any(gold.has(None, e) for gold in document.gold) for e in parties):
        return "wrong pair"
    return "stray party"


def _miss_reason(
    gold: GoldDeal,
    document: Document,
    where: dict[EntityRef, set[int]],
    pairs: Sequence[tuple[int, list]],
) -> str:
    need = min(2, len(gold.roles))
    found = [e for e in document.entities.values() if gold.parties([e])]
    if gold.parties(found) < need:
        return "entity"
    together = {
        s for entity in found for s in where.get(entity.ref, ())
        if gold.parties([e for e in found if s in where.get(e.ref, ())]) >= need
    }
    if not together:
        return "apart"
    if not any(s in together and gold.parties(parties) >= need for s, parties in pairs):
        return "no trigger"
    return "unread"


# --------------------------------------------------------------------------- detail

Listed = Callable[[Entity], str]
SUBJECT = {"nsubj", "nsubjpass", "nsubj:pass", "csubj", "expl"}
OBJECT = {"dobj", "obj", "iobj", "attr", "oprd", "dative"}
PREP = {"pobj", "obl", "obl:arg", "obl:agent", "agent", "nmod", "nmod:poss", "poss"}
MODIFIER = {"compound", "amod", "nummod", "flat", "appos"}
OF = {"of", "de", "del"}


def listed_in(folder: Path, which: tuple[int, ...]) -> dict[str, Listed]:
    """For each article of the halves ``which`` of ``folder`` (by id): whether an entity
    is one its gold lists among the organisations or people. Only those halves' gold
    files are opened."""
    found: dict[str, Listed] = {}
    for path in sorted(folder.glob("*.gold.json")):
        if half(path.name.split(".")[0]) in which:
            gold = parse_gold(json.loads(path.read_text(encoding="utf-8")), str(path))
            found[gold.id] = _lister(set().union(
                *(g.keys for g in (*gold.organizations, *gold.people))))
    return found


def _lister(keys: set[str]) -> Listed:
    """``listed`` (a name of the entity is a gold entity's name), ``partial`` (a gold
    name holds one of its names as a run of words, or the other way round: a name's
    bounds misread) or ``unlisted``."""
    padded = [f" {k} " for k in keys]

    def listed(entity: Entity) -> str:
        names = [normalize_name(n) for n in (entity.name, *entity.aliases)]
        if any(n in keys for n in names):
            return "listed"
        if any(n and (f" {n} " in k or k in f" {n} ") for n in names for k in padded):
            return "partial"
        return "unlisted"

    return listed


def detail(document: Document, listed: Listed) -> Counter[str]:
    """The false deals of ``document`` by ``reason: sub-class`` (see the docstring)."""
    free = list(range(len(document.gold)))
    taker: dict[int, Deal] = {}
    out: Counter[str] = Counter()
    deals = list(document.doc._.kg_deals or ())
    for deal in deals:
        hit = next((g for g in free if matches(deal, document.gold[g], document)), None)
        if hit is not None:
            free.remove(hit)
            taker[hit] = deal
            continue
        reason = _false_reason(deal, document, list(taker))
        for sub in _subclasses(reason, deal, document, listed, taker, free):
            out[f"{reason}: {sub}"] += 1
    return out


def _subclasses(
    reason: str, deal: Deal, document: Document, listed: Listed,
    taker: dict[int, Deal], free: Sequence[int],
) -> list[str]:
    if reason == "repeat":
        first = next(d for g, d in taker.items() if matches(deal, document.gold[g], document))
        kind = "same type" if first.type == deal.type else "other type"
        return [f"{kind}, {_compare_parties(deal, first)}"]
    if reason == "one party":
        return [deal.type]
    parties = [document.entities[ref] for _, ref in deal.roles if ref in document.entities]
    if reason == "wrong pair":
        missed = any(document.gold[g].has(None, e) for g in free for e in parties)
        outside = sum(_slot(document, deal, e) == "outside" for e in parties)
        told = ("all named" if not outside else
                "all from outside" if outside == len(parties) else "some from outside")
        return [f"{deal.type}, {'neighbour missed' if missed else 'neighbours found'}, {told}"]
    return [
        f"{e.kind}, {listed(e)}, {deal.type}, "
        f"{_slot(document, deal, e)}"
        for e in parties if not any(gold.has(None, e) for gold in document.gold)
    ]


def _compare_parties(deal: Deal, first: Deal) -> str:
    mine, theirs = set(deal.roles), set(first.roles)
    if mine == theirs:
        return "same parties"
    refs, their_refs = {r for _, r in deal.roles}, {r for _, r in first.roles}
    if refs == their_refs:
        return "reversed roles"
    if refs < their_refs:
        return "subset"
    if refs > their_refs:
        return "superset"
    return "overlap"


def _slot(document: Document, deal: Deal, entity: Entity) -> str:
    """The syntactic slot of ``entity``'s first mention inside the deal's evidence."""
    doc = document.doc
    for span in deal.evidence:
        for mention in entity.mentions:
            if span.start <= mention.start and mention.end <= span.end:
                found = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if found is not None and len(found):
                    return _dep_slot(found.root)
    return "outside"


def _dep_slot(token: Token) -> str:
    while token.dep_ in {"conj", "appos", "flat", "compound"} and token.head is not token:
        if token.dep_ == "compound" and token.head.ent_type_ != token.ent_type_:
            return "modifier"
        token = token.head
    dep = token.dep_
    if dep in SUBJECT:
        return "subject"
    if dep in OBJECT:
        return "object"
    if dep == "poss":
        return "possessor"
    if dep == "pobj" and token.head.lower_ in OF and token.head.head.pos_ in {"NOUN", "PROPN"}:
        return "possessor"
    if dep in {"nmod", "obl"} and any(c.lower_ in OF for c in token.children if c.dep_ == "case"):
        return "possessor" if dep == "nmod" else "prep"
    if dep in PREP:
        return "prep"
    if dep in MODIFIER:
        return "modifier"
    return "other"


# ------------------------------------------------------------------ unread detail

# How the parties of an unread gold deal hang from the trigger word of the sentence that
# names them both, from the closest to the furthest.
HANGS = ("both on the trigger", "one on the trigger's head", "one under another word",
         "one in another clause")
CONTENT = {"NOUN", "VERB", "ADJ", "AUX"}


def gold_types_in(folder: Path, which: tuple[int, ...]) -> dict[str, list[str]]:
    """For each article of the halves ``which`` of ``folder`` (by id): its gold deals'
    types, in the order of its gold file (that of ``Document.gold``). Only those halves'
    gold files are opened."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.gold.json")):
        if half(path.name.split(".")[0]) in which:
            gold = parse_gold(json.loads(path.read_text(encoding="utf-8")), str(path))
            found[gold.id] = [d.type for d in gold.deals]
    return found


def unread_detail(document: Document, types: Sequence[str]) -> Counter[str]:
    """The gold deals of ``document`` missed as ``unread`` by ``unread: <gold type>,
    <trigger noun/verb/other>, <how the parties hang from it>``: both are arguments of
    the trigger (through prepositions and the words of their names), one hangs on the
    trigger's head (a light verb: "signed an agreement with"), one under another content
    word, or one in another clause. The candidate read is the one of the sentences
    naming both whose parties hang closest. A last part tells what the learned scorer
    makes of the miss (:func:`scorer_view`)."""
    cands = list(candidates(document.doc))
    out: Counter[str] = Counter()
    context = DocContext.of(document.doc)
    for g, gold, _, pairs in _missed_as("unread", document, cands):
        need = min(2, len(gold.roles))
        read = [c for c, (_, parties) in zip(cands, pairs, strict=True)
                if gold.parties(parties) >= need]
        if not read:
            continue
        best = min(read, key=lambda c: HANGS.index(_hang_pair(document.doc, c)))
        trigger = document.doc[best.trigger]
        pos = ("noun" if trigger.pos_ in ("NOUN", "PROPN") else
               "verb" if trigger.pos_ in ("VERB", "AUX") else "other")
        kind = types[g] if g < len(types) else "?"
        view = scorer_view(document, gold, read, context)
        out[f"unread: {kind}, {pos}, {_hang_pair(document.doc, best)}, {view}"] += 1
    return out


@cache
def _scorer_model() -> ScorerModel:
    return load_scorer()


# The bands of the scorer's best probability for a missed pair, below its threshold.
SCORER_LOW = 0.3


def scorer_view(document: Document, gold: GoldDeal, read: Sequence[Candidate],
                context: DocContext) -> str:
    """What the learned scorer (``kg.deal_scorer``, its shipped model) makes of an
    unread gold deal, from ``read``, the candidates that pair its parties:
    ``scorer blocked (rules have the pair)`` or ``scorer blocked (rules drew a right
    deal here)`` / ``(... a wrong deal here)`` when the rules left it nothing to score
    (a deal of that pair, or a deal drawn from every such candidate's sentence, matching
    a gold deal or not); else its best probability, ``scorer p<0.3``, ``scorer
    p 0.3-thr`` or ``scorer p>=thr`` (it would add the deal when switched on), with
    ``gold roles`` or ``other roles`` for that best candidate."""
    doc = document.doc
    free = [c for c in read if not context.covered(doc, c)]
    if not free:
        if any(c.pair in context.rule_pairs for c in read):
            return "scorer blocked (rules have the pair)"
        return f"scorer blocked (rules drew a {_drawn_here(document, read)} deal here)"
    model = _scorer_model()
    p, best = max(((model.probability(scorer_features(doc, c, context)), c) for c in free),
                  key=lambda pc: pc[0])
    (r1, a), (r2, b) = best.roles
    right = gold.has(r1, document.entities[a]) and gold.has(r2, document.entities[b])
    band = ("p<0.3" if p < SCORER_LOW else "p 0.3-thr" if p < model.threshold
            else "p>=thr")
    return f"scorer {band} {'gold' if right else 'other'} roles"


def _drawn_here(document: Document, read: Sequence[Candidate]) -> str:
    """``right`` when a rule deal told in a sentence of ``read``'s candidates matches a
    gold deal of the document, else ``wrong``."""
    sents = list(document.doc.sents)
    spans = [(sents[c.sent].start_char, sents[c.sent].end_char) for c in read]
    here = [d for d in document.doc._.kg_deals or ()
            if any(a <= e.start < b for e in d.evidence for a, b in spans)]
    right = any(matches(d, g, document) for d in here for g in document.gold)
    return "right" if right else "wrong"


def _hang_pair(doc: Doc, cand: Candidate) -> str:
    """The furthest hang of the candidate's two parties."""
    trigger = doc[cand.trigger]
    return HANGS[max(
        HANGS.index(_hang(trigger, doc[p.head])) for _, p in (cand.first, cand.second))]


def _hang(trigger: Token, party: Token) -> str:
    """How one party's head hangs from the trigger (see ``HANGS``)."""
    path = []
    tok = party
    while tok.i != trigger.i and tok.head.i != tok.i:
        path.append(tok)
        tok = tok.head
    if tok.i == trigger.i:
        # the words between, other than the name's own and the prepositions
        between = [t for t in path[1:] if t.pos_ in CONTENT and t.ent_iob_ == "O"]
        return HANGS[0] if not between else HANGS[2]
    above = {t.i for t in party.ancestors} | {party.i}
    common = next((t for t in trigger.ancestors if t.i in above), None)
    if common is not None and common.i == trigger.head.i:
        return HANGS[1]
    return HANGS[3]


# ------------------------------------------------------------------ apart detail

# Words that stand for a company already named: a personal or possessive pronoun.
PRONOUNS = frozenset({
    "it", "its", "itself", "they", "them", "their", "we", "our", "us",
    "él", "ella", "ellos", "ellas", "su", "sus", "nosotros", "nuestra", "nuestro"})
DEFINITE = frozenset({"the", "this", "that", "these", "el", "la", "los", "las", "este",
                      "esta", "estos", "estas", "dicha", "dicho"})
ARGUMENTS = SUBJECT | OBJECT | PREP
PASSIVE = {"auxpass", "aux:pass", "nsubjpass", "nsubj:pass"}


def apart_detail(document: Document, types: Sequence[str]) -> Counter[str]:
    """The gold deals of ``document`` missed as ``apart`` by ``apart: <gold type>, <what
    holds the other party's slot>, <where the other party is named>, <what kg drew>``,
    read at the sentence that names one party beside a deal word of
    ``lexicon/deals.toml`` (the gold's own sentence when it is known and fits, else the
    one nearest a mention of the other party, one after it first): the slot held by a
    ``pronoun``, a ``description`` ("the company", "la chilena"), ``another name`` or
    ``nothing`` (split by the trigger: ``nothing, noun``, ``nothing, passive``,
    ``nothing, no subject``, ``nothing, other``), or the other party's name written
    there but not linked to it (``its name unlinked``, ``part of its name unlinked``);
    the other party named in the ``previous sentence``, ``further back`` (``2-3`` or
    ``4+`` sentences before), the ``headline only`` or ``only later`` (`` (topic)``
    added when it is the article's most-named company, as ``kg.deal_scorer`` takes
    it); and kg's deals from that sentence: ``none drawn``,
    ``drawn with a wrong partner`` (the named party with another) or ``other drawn``.
    A party named before adds ``last as subject`` or ``last not as subject`` and
    ``others between`` or ``none between`` (``_last_named``). With no such sentence:
    ``apart: <gold type>, no deal word beside a party``."""
    deals = list(document.doc._.kg_deals or ())
    out: Counter[str] = Counter()
    view = ChooserView.of(document)
    for g, gold, where, _ in _missed_as("apart", document, list(candidates(document.doc))):
        kind = types[g] if g < len(types) else "?"
        out[f"apart: {kind}, {_apart_config(document, gold, where, deals)}"] += 1
        out[f"chooser: {view.verdict(gold, where)}"] += 1
    return out


@dataclass
class ChooserView:
    """What the antecedent chooser (``kg.antecedent``) makes of an article, read on the
    rules' deals only (its own additions, when ``KG_ANTECEDENT=on``, left out): each of
    its choices with its probability under the shipped model."""

    document: Document
    article: Article
    scored: list[tuple[float, Choice]]
    threshold: float

    @classmethod
    def of(cls, document: Document) -> ChooserView:
        doc = document.doc
        deals = list(doc._.kg_deals or ())
        doc._.kg_deals = [d for d in deals if not any(
            r.startswith("learned:antecedent") for r in d.rules)]
        try:
            article = Article.of(doc)
            found = choices(doc, article)
            model = _chooser_model()
            scored = [(model.probability(features(doc, c, article)), c) for c in found]
        finally:
            doc._.kg_deals = deals
        return cls(document, article, scored, model.threshold)

    def verdict(self, gold: GoldDeal, where: dict[EntityRef, set[int]]) -> str:
        """How the chooser sees a gold deal missed as ``apart``: ``no one-party
        sentence`` (no sentence names one of its parties beside a deal word), ``one-party
        sentence not read (<why>)`` (no choice names a gold party: the rules drew another
        deal there, another company is named there, a precision guard of the chooser
        holds, the party is a source or officer),
        ``gold party not a candidate (<why>)`` (choices name one party, never the other
        as antecedent: ``named only later``, ``a source``, ``an officer``, ``a judge``,
        ``no party mention``), else ``gold party rank <N>, p <bucket>`` at the deal word
        where it ranks best, with ``would be right above thr`` when it is first there
        and at or above the model's threshold."""
        sides = [{e.ref for e in self.document.entities.values() if m(e)} for _, m in gold.roles]
        sides = [side for side in sides if side]
        if len(sides) < 2:
            return "no one-party sentence"
        mine = [(p, c) for p, c in self.scored
                if any(c.named[1].ref in side for side in sides)]
        if not mine:
            return self._unread(sides, where)
        hits = [(p, c) for p, c in mine if any(
            c.named[1].ref in side and c.antecedent[1] in other
            for side in sides for other in sides if other is not side)]
        if not hits:
            return f"gold party not a candidate ({self._why_not(mine, sides)})"
        best = min(hits, key=lambda pc: (self._rank(pc[1].trigger, pc[0]), -pc[0]))
        p, rank = best[0], self._rank(best[1].trigger, best[0])
        label = f"gold party rank {min(rank, 3)}{'+' if rank >= 3 else ''}, p {_p_bucket(p)}"
        if rank == 1 and p >= self.threshold:
            label += ", would be right above thr"
        return label

    def _rank(self, trigger: int, p: float) -> int:
        """1 + how many other antecedents score above ``p`` at the deal word."""
        return 1 + len({c.antecedent[1] for q, c in self.scored
                        if c.trigger == trigger and q > p})

    def _unread(self, sides: list[set[EntityRef]], where: dict[EntityRef, set[int]]) -> str:
        doc = self.document.doc
        kinds = trigger_kinds(doc_lang(doc))
        named = [set().union(*(where.get(r, set()) for r in side)) for side in sides]
        reasons = []
        for si, sent in enumerate(doc.sents):
            holders = [k for k, ins in enumerate(named) if si in ins]
            if len(holders) != 1 or not any(True for _ in _trigger_tokens(sent, kinds)):
                continue
            in_sent = self.article.context.parties.get(sent.start, [])
            refs = {p.ref for p in in_sent}
            mine = [p for p in in_sent if any(p.ref in side for side in sides)]
            if any(sent.start_char <= s < sent.end_char for s in self.article.context.rule_sents):
                reasons.append("rules drew another deal there")
            elif len(refs) > 1:
                reasons.append("another party named there")
            elif mine and any(leaves_no_gap(doc, tok, kind, mine[0])
                              for tok, kind in _trigger_tokens(sent, kinds)):
                reasons.append("a precision guard")
            else:
                reasons.append("the party a source, officer or bystander")
        if not reasons:
            return "no one-party sentence"
        return f"one-party sentence not read ({sorted(reasons)[0]})"

    def _why_not(self, mine: list[tuple[float, Choice]], sides: list[set[EntityRef]]) -> str:
        article = self.article
        first = min(c.sent for _, c in mine)
        named = next((c.named[1].ref for _, c in mine), None)
        others = [side for side in sides if named not in side]
        other = set().union(*others) if others else set()
        if not other & set(article.seen):
            return "no party mention"
        if other & article.judges:
            return "a judge"
        if other & article.officers:
            return "an officer"
        before = [w for r in other for w in article.seen.get(r, []) if w < first]
        if not before and not other & article.headline:
            return "named only later"
        if all(article.function.get((r, w)) == "source" for r in other
               for w in article.seen.get(r, []) if w < first):
            return "a source"
        return "other"


def _p_bucket(p: float) -> str:
    for edge, name in ((0.1, "<0.1"), (0.3, "0.1-0.3"), (0.45, "0.3-0.45"), (0.6, "0.45-0.6")):
        if p < edge:
            return name
    return ">=0.6"


@cache
def _chooser_model() -> ScorerModel:
    return load_model()


def _missed_as(reason: str, document: Document, cands: Sequence[Candidate]) -> Iterator[
        tuple[int, GoldDeal, dict[EntityRef, set[int]], list]]:
    """Each gold deal of ``document`` that no kg deal matches (greedily, as ``kg eval``
    matches) and that ``_miss_reason`` counts under ``reason``: its index, the gold
    deal, the sentences naming each entity, and each of ``cands``' sentence and named
    parties."""
    deals = list(document.doc._.kg_deals or ())
    free = list(range(len(document.gold)))
    for deal in deals:
        hit = next((g for g in free if matches(deal, document.gold[g], document)), None)
        if hit is not None:
            free.remove(hit)
    where = sentence_index(document)
    pairs = [(c.sent, [document.entities[r] for r in c.pair if r in document.entities])
             for c in cands]
    for g in free:
        gold = document.gold[g]
        if any(matches(deal, gold, document) for deal in deals):
            continue
        if _miss_reason(gold, document, where, pairs) == reason:
            yield g, gold, where, pairs


def _apart_config(document: Document, gold: GoldDeal,
                  where: dict[EntityRef, set[int]], deals: Sequence[Deal]) -> str:
    doc = document.doc
    sents = list(doc.sents)
    kinds = trigger_kinds(doc_lang(doc))
    # each gold party found: the entities that name it
    sides = [[e for e in document.entities.values() if m(e)] for _, m in gold.roles]
    sides = [side for side in sides if side]
    named_in = [set().union(*(where.get(e.ref, set()) for e in side)) for side in sides]
    fits = []
    for si, sent in enumerate(sents):
        holders = [k for k, ins in enumerate(named_in) if si in ins]
        if len(holders) == 1 and any(True for _ in _trigger_tokens(sent, kinds)):
            told = gold.where is not None and gold.where[0] < sent.end_char \
                and sent.start_char < gold.where[1]
            other = next(k for k in range(len(sides)) if k != holders[0])
            # nearest the other party, one named before (an antecedent) first
            near = min((abs(si - s) * 2 + (s > si) for s in named_in[other]), default=0)
            fits.append((not told, near, si, holders[0], other))
    if not fits:
        return "no deal word beside a party"
    _, _, si, named, other = min(fits)
    sent = sents[si]
    mine = {e.ref for e in sides[named]}
    refs = _token_refs(document)
    filler = _unlinked(sent, sides[other], sides[named]) or _filler(
        sent, kinds, refs, mine | {e.ref for e in sides[other]})
    topic = _topic(_parties(doc, doc._.kg_entities or ()))
    is_topic = topic is not None and any(e.ref == topic.ref for e in sides[other])
    told = _other_named(doc, sents, si, named_in[other])
    back = _last_named(document, sents, si, sides[other], mine, where)
    return f"{filler}, {told}{' (topic)' if is_topic else ''}, {_drawn(sent, deals, mine)}" \
        + (f", {back}" if back else "")


def _last_named(document: Document, sents: Sequence[SpacySpan], si: int,
                other: Sequence[Entity], mine: set[EntityRef],
                where: dict[EntityRef, set[int]]) -> str:
    """For a party named before sentence ``si``: whether its last mention before it is
    the subject of its clause (``last as subject``, a center that may go on) or not
    (``last not as subject``), and whether another company is named between (``others
    between``) or none (``none between``)."""
    before = [s for e in other for s in where.get(e.ref, ()) if s < si]
    if not before:
        return ""
    last = max(before)
    sent = sents[last]
    heads = [span.root for e in other for m in e.mentions
             if sent.start_char <= m.start < sent.end_char
             and (span := document.doc.char_span(m.start, m.end, alignment_mode="expand"))]
    slot = "last as subject" if any(_dep_slot(h) == "subject" for h in heads) \
        else "last not as subject"
    refs = {e.ref for e in other} | mine
    between = any(ref not in refs and ref.kind == "org" and any(last < s < si for s in ins)
                  for ref, ins in where.items())
    return f"{slot}, {'others between' if between else 'none between'}"


def _token_refs(document: Document) -> dict[int, EntityRef]:
    found: dict[int, EntityRef] = {}
    for entity in document.entities.values():
        for mention in entity.mentions:
            span = document.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            for tok in span or ():
                found[tok.i] = entity.ref
    return found


def _unlinked(sent: SpacySpan, entities: Sequence[Entity],
              named: Sequence[Entity]) -> str | None:
    """Whether the sentence writes the other party's name, or a distinctive word of it
    (one the named party's names do not share), without kg taking it for a mention of
    that party (an entity-linking miss)."""
    words = {t.text for t in sent}
    text = f" {sent.text} "
    names = [n for e in entities for n in (e.name, *e.aliases)]
    if any(f" {n} " in text or f" {n}'" in text or f" {n}," in text for n in names):
        return "its name unlinked"
    distinctive = {w for n in names for w in n.split()
                   if len(w) >= 4 and w[0].isupper() and w.lower() not in COMPANY_NOUNS}
    distinctive -= {w for e in named for n in (e.name, *e.aliases) for w in n.split()}
    if distinctive & words:
        return "part of its name unlinked"
    return None


def _filler(sent: SpacySpan, kinds: dict[str, str], refs: dict[int, EntityRef],
            parties: set[EntityRef]) -> str:
    """What holds an argument slot nearest a trigger of ``sent``, other than a party."""
    triggers = [t for t, _ in _trigger_tokens(sent, kinds)]
    args = [t for t in sent if t.dep_ in ARGUMENTS and refs.get(t.i) not in parties]
    args.sort(key=lambda t: min(abs(t.i - x.i) for x in triggers))
    for tok in args:
        if tok.lower_ in PRONOUNS:
            return "pronoun"
        if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children) and (
                tok.lemma_.lower() in COMPANY_NOUNS or tok.lower_ in COMPANY_NOUNS
                or tok.pos_ == "ADJ"):
            return "description"
        ref = refs.get(tok.i)
        if ref is not None and ref.kind == "org":
            return "another name"
    trigger = triggers[0]
    if trigger.pos_ in ("NOUN", "PROPN"):
        return "nothing, noun"
    if any(c.dep_ in PASSIVE for c in trigger.children):
        return "nothing, passive"
    if not any(c.dep_ in SUBJECT for c in trigger.children):
        return "nothing, no subject"
    return "nothing, other"


def _other_named(doc: Doc, sents: Sequence[SpacySpan], si: int, named_in: set[int]) -> str:
    if si - 1 in named_in:
        return "previous sentence"
    headline = doc.text.find("\n")
    earlier = {s for s in named_in if s < si}
    body = [s for s in earlier if headline < 0 or sents[s].start_char > headline]
    if body:
        return f"further back ({'2-3' if si - max(body) <= 3 else '4+'} sentences)"
    if earlier:
        return "headline only"
    return "only later"


def _drawn(sent: SpacySpan, deals: Sequence[Deal], mine: set[EntityRef]) -> str:
    drawn = [d for d in deals if any(
        e.start < sent.end_char and sent.start_char < e.end for e in d.evidence)]
    if not drawn:
        return "none drawn"
    if any(ref in mine for d in drawn for _, ref in d.roles):
        return "drawn with a wrong partner"
    return "other drawn"


# ------------------------------------------------------------------ entity detail

# Where a gold party's name is written: marks that open a quotation before it.
QUOTES = frozenset("«“\"'‘")
AND = frozenset({",", "and", "y", "e", "&", "or", "o"})
# Each gold deal's parties as the names of the gold entity each names, per role.
GoldNames = list[list[tuple[str, ...]]]


def gold_names_in(folder: Path, which: tuple[int, ...]) -> dict[str, GoldNames]:
    """For each article of the halves ``which`` of ``folder`` (by id): its gold deals'
    parties, each as the names (name first, then aliases) of the gold organisation or
    person it names, in the order of its gold file (that of ``Document.gold``). Only
    those halves' gold files are opened."""
    found: dict[str, GoldNames] = {}
    for path in sorted(folder.glob("*.gold.json")):
        if half(path.name.split(".")[0]) in which:
            gold = parse_gold(json.loads(path.read_text(encoding="utf-8")), str(path))
            names = {normalize_name(n): (g.name, *g.aliases)
                     for g in (*gold.organizations, *gold.people)
                     for n in (g.name, *g.aliases)}
            found[gold.id] = [[names.get(normalize_name(n), (n,)) for _, n in d.roles]
                              for d in gold.deals]
    return found


def entity_detail(document: Document, names: GoldNames) -> Counter[str]:
    """The gold parties kg did not find, in the gold deals of ``document`` missed as
    ``entity``, by ``entity: <written>, <what kg made of it>, <the doc's ents>, <where>``
    (see :func:`_party_config`)."""
    out: Counter[str] = Counter()
    for g, gold, _, _ in _missed_as("entity", document, list(candidates(document.doc))):
        for k, (_, match) in enumerate(gold.roles):
            if any(match(e) for e in document.entities.values()):
                continue
            written = names[g][k] if g < len(names) and k < len(names[g]) else ()
            config = _party_config(document, written)
            out[f"entity: {config}"] += 1
            if ", nothing, ents LOC exact, " in config:
                out[f"entity place: {_place_config(document, written)}"] += 1
    return out


def _place_config(document: Document, names: Sequence[str]) -> str:
    """For a party kg left a place (the doc's ``LOC`` exactly over it): ``<known place |
    no known place>`` (the gazetteer's, as the retyper reads it), ``<once | more>``
    (whether the text names it again), the slot of its first mention (:func:`_dep_slot`)
    and ``<deal word | no deal word>``: whether the word it hangs from (through a
    preposition) is a deal's trigger."""
    doc = document.doc
    found = sorted(_occurrences(doc.text, names))
    start, end, k = found[0]
    name = names[k]
    known = "known place" if name in WORLD_REGIONS or is_city(name) or \
        name in known_places() else "no known place"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return f"{known}, {'once' if len(found) == 1 else 'more'}, other, no deal word"
    root = span.root
    head = root.head.head if root.head.pos_ == "ADP" else root.head
    words = set(trigger_kinds(doc_lang(doc)))
    near = "deal word" if head.i != root.i and (
        head.lemma_.lower().split(" ")[0] in words or head.lower_ in words) else "no deal word"
    rules = (doc.user_data.get(RULES_KEY) or {}).get((span.start, span.end), ())
    typed = "+".join(sorted({r.split("(")[0] for r in rules})) or "no rule"
    return f"{known}, {'once' if len(found) == 1 else 'more'}, {_dep_slot(root)}, {near}, " \
        f"typed by {typed}"


# Where the entity rules' ids of each candidate are kept on a doc for ``_place_config``.
RULES_KEY = "deal_causes_rules"


def keep_rules(pipelines: Pipelines) -> None:
    """Make the entity component of each pipeline keep the ids of the rules that found
    and typed each of its entities on the doc (``doc.user_data[RULES_KEY]``, by token
    span), so that ``--detail`` can say which rules left a party a place."""
    for lang in ("es", "en"):
        pipe = pipelines.get(lang).get_pipe("kg_entities")
        refine = pipe._refine

        def kept(doc: Doc, titles: list, refine: Callable = refine) -> tuple:
            ents, pairs, rules = refine(doc, titles)
            doc.user_data[RULES_KEY] = rules
            return ents, pairs, rules

        pipe._refine = kept


def _occurrences(text: str, names: Sequence[str]) -> list[tuple[int, int, int]]:
    """(start, end, which name) of every whole-word occurrence of ``names`` in ``text``."""
    found = []
    for k, name in enumerate(names):
        at = text.find(name) if name else -1
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (
                    end == len(text) or not text[end].isalnum()):
                found.append((at, end, k))
            at = text.find(name, at + 1)
    return found


def _party_config(document: Document, names: Sequence[str]) -> str:
    """``<name in text | alias in text | not in text>``; what kg made of its best
    occurrence (``person``, ``nothing``, ``org, first word dropped``, ``org, tail cut
    at of``, ``org, tail cut``, ``org, extra word``, ``org, split``, ``org, same
    bounds``), or with no occurrence ``org under another name (short form | acronym)``
    or ``description only``; the label of the doc's entity over it and whether its
    bounds are the name's (``ents ORG exact``, ``ents LOC other bounds``, ``ents
    none``); and where it is written (``headline``, ``after a quote``, ``sentence
    start``, ``in a list``, ``other``)."""
    doc = document.doc
    text = doc.text
    found = _occurrences(text, names)
    if not found:
        return f"not in text, {_other_name(document, names)}"
    made = [(_kg_bounds(document, s, e), s, e, k) for s, e, k in found]
    order = ("org, same bounds", "org, first word dropped", "org, tail cut at of",
             "org, tail cut", "org, extra word", "org, split", "person", "nothing")
    kg, start, end, k = min(made, key=lambda m: (order.index(m[0]), m[1]))
    written = "name in text" if k == 0 else "alias in text"
    return f"{written}, {kg}, {_ents_over(doc, start, end)}, {_written_where(doc, start)}"


def _kg_bounds(document: Document, start: int, end: int) -> str:
    over = [(m.start, m.end, e.kind) for e in document.entities.values()
            for m in e.mentions if m.start < end and start < m.end]
    orgs = sorted((s, e) for s, e, kind in over if kind == "org")
    if not orgs:
        return "person" if over else "nothing"
    if len(orgs) > 1:
        return "org, split"
    s, e = orgs[0]
    if (s, e) == (start, end):
        return "org, same bounds"
    if s < start or e > end:
        return "org, extra word"
    if s > start:
        return "org, first word dropped"
    after = document.doc.text[e:end].split()
    return "org, tail cut at of" if after and after[0].lower() in OF else "org, tail cut"


def _ents_over(doc: Doc, start: int, end: int) -> str:
    for ent in doc.ents:
        if ent.start_char < end and start < ent.end_char:
            exact = (ent.start_char, ent.end_char) == (start, end)
            return f"ents {ent.label_} {'exact' if exact else 'other bounds'}"
    return "ents none"


def _written_where(doc: Doc, start: int) -> str:
    headline = doc.text.find("\n")
    if headline < 0 or start < headline:
        return "headline"
    before = doc.text[:start].rstrip(" ")
    if before and before[-1] in QUOTES:
        return "after a quote"
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return "other"
    tok = span[0]
    if tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].is_sent_start
                             and doc[tok.i - 1].is_punct):
        return "sentence start"
    if tok.i > 0 and doc[tok.i - 1].lower_ in AND:
        return "in a list"
    return "other"


def _other_name(document: Document, names: Sequence[str]) -> str:
    """Whether an organisation kg made has a name that is a short form (its words a
    part of the gold name's) or an acronym (the gold name's initials) of a gold name."""
    folded = [normalize_name(n).split() for n in names]
    for entity in document.entities.values():
        if entity.kind != "org":
            continue
        for name in (entity.name, *entity.aliases):
            mine = normalize_name(name).split()
            if not mine:
                continue
            if any(set(mine) < set(words) for words in folded):
                return "org under another name (short form)"
            if len(mine) == 1 and any(len(words) > 1 and mine[0] == "".join(
                    w[0] for w in words) for words in folded):
                return "org under another name (acronym)"
    return "description only"


def set_halves(names: Sequence[str]) -> list[tuple[str, Path, tuple[int, ...]]]:
    """(row name, folder, halves) for each set: its A and B halves."""
    folders = {"dev": DEV, **{n: p for n, p in LOCAL_SETS.items() if n.startswith("heldout")}}
    rows = []
    for name in names:
        if name not in folders:
            raise SystemExit(f"deal_causes: unknown set {name!r} (known: {', '.join(folders)})")
        rows += [(f"{name} A", folders[name], (0,)), (f"{name} B", folders[name], (1,))]
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=["dev", *sorted(
        (n for n in LOCAL_SETS if n.startswith("heldout")), key=lambda n: (len(n), n))])
    parser.add_argument("--json", action="store_true", help="one JSON object per row")
    parser.add_argument("--detail", action="store_true",
                        help="split each false deal's reason into sub-classes (counts only)")
    args = parser.parse_args(argv)
    pipelines = Pipelines()
    if args.detail:
        keep_rules(pipelines)
    header = f"{'set':14s} {'gold':>5s} {'made':>5s}  " + " ".join(f"{k:>10s}" for k in MISSES)
    if not args.json:
        print(header + "  |  " + " ".join(f"{k:>11s}" for k in FALSE))
    total: Counter[str] = Counter()
    for name, folder, which in set_halves(args.sets):
        missed: Counter[str] = Counter()
        false: Counter[str] = Counter()
        subs: Counter[str] = Counter()
        listed = listed_in(folder, which) if args.detail else {}
        types = gold_types_in(folder, which) if args.detail else {}
        gold_names = gold_names_in(folder, which) if args.detail else {}
        gold = made = 0
        for document in process(halves(folder, which), pipelines):
            m, f, g, d = causes(document)
            missed += m
            false += f
            gold += g
            made += d
            if args.detail:
                subs += detail(document, listed.get(document.id, _lister(set())))
                subs += unread_detail(document, types.get(document.id, []))
                subs += apart_detail(document, types.get(document.id, []))
                subs += entity_detail(document, gold_names.get(document.id, []))
        total += subs
        _print_row(args.json, name, gold, made, missed, false, subs if args.detail else None)
    if args.detail and not args.json:
        print("all rows")
        _print_detail(total)
        print("all rows, one sub-class at a time")
        _print_detail(marginals(total))
    return 0


def marginals(subs: Counter[str]) -> Counter[str]:
    """The sub-class counts summed over all but one of their parts: "stray party: org,
    listed, Acquisition, object" counts once under each of "stray party: org", "stray
    party: listed", "stray party: Acquisition" and "stray party: object"."""
    out: Counter[str] = Counter()
    for key, count in subs.items():
        reason, _, rest = key.partition(": ")
        for part in rest.split(", "):
            out[f"{reason}: {part}"] += count
    return out


def _print_row(as_json: bool, name: str, gold: int, made: int, missed: Counter[str],
               false: Counter[str], subs: Counter[str] | None) -> None:
    if as_json:
        row = {"set": name, "gold": gold, "made": made,
               "missed": dict(missed), "false": dict(false)}
        if subs is not None:
            row["detail"] = dict(sorted(subs.items()))
        print(json.dumps(row))
        return
    print(f"{name:14s} {gold:5d} {made:5d}  " + " ".join(f"{missed[k]:10d}" for k in MISSES)
          + "  |  " + " ".join(f"{false[k]:11d}" for k in FALSE))
    if subs is not None:
        _print_detail(subs)


def _print_detail(subs: Counter[str]) -> None:
    for key, count in sorted(subs.items(), key=lambda kv: (kv[0].split(":")[0], -kv[1], kv[0])):
        print(f"    {count:4d}  {key}")


if __name__ == "__main__":
    sys.exit(main())
