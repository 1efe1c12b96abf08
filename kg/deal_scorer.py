"""A learned scorer over candidate deals: (trigger, party, party) triples.

The deal rules (``kg_deals``) read a deal off the parse when a frame they know fits.
Where no frame fits, the ``kg_deal_scorer`` component, which runs after them, looks at
every sentence that holds a deal trigger (a word of ``lexicon/deals.toml``) and two
organisations or people that ``kg_entities`` found, and scores each way of giving the
two parties the roles of the trigger's deal type (acquirer and target, investor and
investee, buyer and seller, partners); a sentence with a trigger and one party pairs it
with the subject of the sentence before or the article's topic ("Acme ... It bought
Beta"). It is a back-off: a candidate whose pair the rules found, or in a sentence the
rules drew a deal from, is left alone; any other that scores at or above the model's
threshold becomes a ``Deal`` whose ``rules`` say so (``"learned:deal_scorer(p=0.87)"``).

The features are the ones a linguist reads a deal by, and never what the rules found
(a model taught that learns "the rules found it"): the trigger's lemma and frame class,
the dependency path from the trigger to each party (with its prepositions), each
party's own relation and preposition, the voice, the word order and distances, negation
and hedge words, the status cues above the trigger, the words around the trigger and
between the parties, what holds the trigger's subject slot when a party comes from
outside the sentence, and how salient each party is in the article.
The model is a logistic regression over these (binary) features, fitted with numpy by
:func:`fit` (see ``train/deal_scorer.py``), and shipped as ``models/deal_scorer.json``
(read through :mod:`kg.resources`; nothing is downloaded).

>>> nlp.add_pipe("kg_deal_scorer", after="kg_deals")  # doctest: +SKIP
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.deals.asserted import retracted, supposed
from kg.deals.attach import says_the_sentence
from kg.deals.award import bid_for_only
from kg.deals.frame import news_outlets
from kg.deals.guards import (
    court_officers,
    damages_told,
    denied_intent,
    judges,
    lenders,
    market_venues,
    speaker_affiliations,
    supervisors,
)
from kg.deals.mention import Mention
from kg.deals.status import default_status, set_status
from kg.deals.syntax import is_verbal
from kg.deals.words import (
    COMPANY_NOUNS,
    DENIAL_VERBS,
    DENIED_NOUNS,
    DENIED_TALK_NOUNS,
    NEGATIONS,
)
from kg.doc import covering_span, doc_lang, sentence_span
from kg.entities.furniture import other_stories
from kg.entities.words import SPEECH_VERBS
from kg.errors import ConfigError
from kg.facts import Amount, Deal, Entity, EntityRef, Span
from kg.lexicon import LEXICON
from kg.logistic import FORMAT as FORMAT
from kg.logistic import ScorerModel as ScorerModel
from kg.logistic import model_text as model_text
from kg.logistic import read_model as read_model
from kg.resources import data_dir

MODEL_FILE = "deal_scorer.json"

# A trigger kind's deal type and the roles of an ordered pair of parties (first,
# second); a symmetric type (partners) gives one candidate per unordered pair.
FRAME_CLASSES: dict[str, tuple[str, str, str]] = {
    "acquire": ("Acquisition", "acquirer", "target"),
    "sell": ("Acquisition", "acquirer", "target"),
    "control": ("Acquisition", "acquirer", "target"),
    "take": ("Acquisition", "acquirer", "target"),
    "merge": ("Merger", "partner", "partner"),
    "invest": ("Investment", "investor", "investee"),
    "round": ("Investment", "investor", "investee"),
    "raise": ("Investment", "investor", "investee"),
    "investor": ("Investment", "investor", "investee"),
    "valuation": ("Investment", "investor", "investee"),
    "agreement": ("Partnership", "partner", "partner"),
    "partner": ("Partnership", "partner", "partner"),
    "pay": ("PurchaseAgreement", "buyer", "seller"),
    "supply": ("PurchaseAgreement", "buyer", "seller"),
}
# Further readings of a trigger kind: "pay" tells a purchase of goods ("pays Acme for
# parts", buyer and seller) or of a company ("will pay $52 a share for Beta", acquirer
# and target); each gives its own candidates, told apart by the type feature.
# A word of agreement tells a partnership ("an alliance agreement with Beta") or a
# purchase of goods or services ("a supply contract with Beta", buyer and seller); a
# partnership candidate is taught only by gold partners (train/deal_scorer.py,
# labels:partner-sides), so each reading has its own candidates.
EXTRA_FRAMES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "pay": (("Acquisition", "acquirer", "target"),),
    "agreement": (("PurchaseAgreement", "buyer", "seller"),),
}
# Status cues on the path up from the trigger, nearest first (as the rules read them).
_STATUS_CUES = (
    ("Cancelled", LEXICON.status("cancelled")),
    ("Rumoured", LEXICON.status("rumoured")),
    ("InNegotiation", LEXICON.status("negotiating")),
    ("Completed", LEXICON.status("completed")),
    ("Announced", LEXICON.status("announced")),
)
_HEDGES = LEXICON.words("hedge_aux") | LEXICON.words("hedge_adv")
_JUDGES = LEXICON.words("third_party_verbs")  # their subject judges a deal
_PASSIVE_DEPS = frozenset({"nsubj:pass", "nsubjpass", "aux:pass", "auxpass", "expl:pass"})
_PREP_DEPS = frozenset({"prep", "agent", "case", "mark"})
_MAX_PATH = 4  # longer dependency paths are only counted by length
_GAP = 6  # the words between the trigger and a party this near are features
_BETWEEN = 10  # and those between two parties this near
# A party inside a modifier names something else ("Chicago-based", "Boeing jets").
_MODIFIER_DEPS = frozenset({"compound", "amod", "flat", "nummod", "npadvmod"})
# Steps of a path that cross into another clause.
_CLAUSE_DEPS = frozenset({
    "ccomp", "xcomp", "advcl", "relcl", "acl", "acl:relcl", "conj", "parataxis", "csubj",
})


# --------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class Party:
    """One mention of an entity in a sentence: its reference and its head token."""

    ref: EntityRef
    head: int  # token index of the mention's syntactic head
    start: int  # token span of the mention
    end: int


@dataclass(frozen=True)
class Candidate:
    """A possible deal: a trigger and two parties in the roles of its type."""

    sent: int  # index of the sentence in ``doc.sents``
    trigger: int  # token index
    kind: str  # the trigger's frame class ("acquire", "round", ...)
    type: str  # the deal type it would publish
    first: tuple[str, Party]  # (role, party)
    second: tuple[str, Party]
    # Where the party from outside the sentence comes from ("prev_subject": the subject
    # of the sentence before, "topic": the article's most-named organisation); empty
    # when both parties are named in the trigger's sentence.
    outside: str = ""

    @property
    def roles(self) -> tuple[tuple[str, EntityRef], tuple[str, EntityRef]]:
        return ((self.first[0], self.first[1].ref), (self.second[0], self.second[1].ref))

    @property
    def pair(self) -> frozenset[EntityRef]:
        return frozenset((self.first[1].ref, self.second[1].ref))


def trigger_kinds(lang: str) -> dict[str, str]:
    """Trigger word → frame class for a language, from ``lexicon/deals.toml`` (the
    first kind listed wins, as in the rules).

    >>> trigger_kinds("en")["takeover"], trigger_kinds("es")["ronda"]
    ('acquire', 'round')
    """
    return dict(_trigger_kinds(lang))


@cache
def _trigger_kinds(lang: str) -> tuple[tuple[str, str], ...]:
    table = LEXICON.triggers()
    found: dict[str, str] = {}
    for kind, words in table.get(lang, table.get("en", {})).items():
        frame = kind.rsplit("_", 1)[0]
        if frame not in FRAME_CLASSES:
            continue
        for word in words:
            found.setdefault(word, frame)
    return tuple(found.items())


def _parties(doc: Doc, entities: Sequence[Entity]) -> dict[int, list[Party]]:
    """Every mention of an organisation or person, by sentence start token, leaving
    out news agencies and the outlet (they report deals, never make them), unless the
    outlet writes the text itself (``kg.deals.frame``), and the bodies no deal rule
    gives a role (:func:`no_party_bodies`)."""
    reporters = news_outlets(doc, entities) | no_party_bodies(doc, entities)
    found: dict[int, list[Party]] = {}
    for entity in entities:
        if entity.ref in reporters:
            continue
        for mention in entity.mentions:
            span = covering_span(doc, mention.start, mention.end)
            if span is None:
                continue
            party = Party(entity.ref, span.root.i, span.start, span.end)
            found.setdefault(span.sent.start, []).append(party)
    return found


def no_party_bodies(doc: Doc, entities: Sequence[Entity]) -> frozenset[EntityRef]:
    """The organisations and people the deal rules never give a role, as
    ``kg.deals.guards`` finds them (scorer:no-party-bodies): regulators and courts, a
    judge by title, stock exchanges, the lender of a loan, a body every mention of which
    judges a deal, the outlet a transcript's questioner speaks for. They rule on, list,
    lend for or ask about deals and make none: "The Mercantile Court of Tarvia approved
    the sale of Norvale's port unit" gives the court no role. (The rules take an exchange
    or a lender a sentence names in a frame that fits; the scorer, with no frame, never.)
    """
    return (
        supervisors(entities) | court_officers(doc, entities) | market_venues(entities)
        | lenders(doc, entities) | judges(doc, entities) | speaker_affiliations(doc, entities)
    )


# Partnership words that also say "together" of any noun ("a joint statement", "su
# beneficio conjunto", "emplean en conjunto"): a deal word only on a company noun.
_TOGETHER_KINDS = frozenset({"partner"})
# Spanish verbs of competing or bidding for a contract ("pujan por el contrato").
_BIDDING_ES = frozenset({"competir", "pujar", "optar", "aspirar", "concursar", "licitar"})


def not_a_deal(tok: Token, kind: str) -> bool:
    """Whether a deal word tells no deal of its own in its sentence, so that it gives no
    candidate:

    - scorer:rules-no-deal: a word the deal rules' own screens read as asserting no
      deal: an intent denied ("Norvale has no plans to buy Pellam",
      ``kg.deals.guards.denied_intent``), a deal supposed in a conditional ("if Alcesa
      bought Brisamar, it would ...", ``kg.deals.asserted.supposed``), a report taken
      back (``kg.deals.asserted.retracted``);
    - scorer:negated: a deal word its own negation takes back ("Norvale did not buy
      Pellam", "Alcesa nunca firmó un contrato con Brisamar": a noun object through
      the verb that has it), as the rules read none there;
    - scorer:joint-modifier: a partnership adjective or the idiom "en conjunto" that
      says "together" of a statement, a sum or a profit ("Norvale and Pellam issued a
      joint statement", "en conjunto, Alcesa y Brisamar emplean a 900 personas"); on a
      company noun it stays ("una empresa conjunta"), and "joint venture" is told by
      "venture" itself;
    - scorer:sought-contract: a contract a company bids or competes for, not yet signed
      ("Norvale is preparing a bid for a depot contract with Pellam", "Alcesa puja por
      el contrato de limpieza de Brisamar"; ``kg.deals.award.bid_for_only`` in English), and the bid
      for it, which buys no company;
    - scorer:raised-what: a verb of raising that raises no money and no deal
      (:func:`_raises_nothing`);
    - scorer:damages-paid: a payment a court orders or that meets a fine or damages
      ("Norvale agreed to pay damages to Pellam"), as ``kg.deals.guards`` reads a
      purchase from a verb of paying.

    >>> # not_a_deal(joint, "partner") in "They issued a joint statement" is True
    """
    if denied_intent(tok) or supposed(tok) or retracted(tok) or _negated(tok):
        return True
    if kind in _TOGETHER_KINDS and (tok.pos_ == "ADJ" or _adverbial(tok)):
        return tok.pos_ != "ADJ" or tok.head.lemma_.lower() not in COMPANY_NOUNS
    if kind == "agreement":
        return bid_for_only(tok) or _competed_for(tok)
    if kind == "pay":
        return damages_told(tok)
    if kind == "raise" and _raises_nothing(tok):
        return True
    return any(
        bid_for_only(obj) or _competed_for(obj)
        for prep in tok.children if prep.lower_ in ("for", "por")
        for obj in (prep, *prep.children) if obj.lower_ in _contract_words(doc_lang(tok.doc))
    )


def _negated(tok: Token) -> bool:
    """Whether a negation word hangs on the deal word, or on the verb a deal noun is the
    object of (scorer:negated)."""
    heads = (tok, tok.head) if tok.pos_ == "NOUN" and tok.dep_ in ("obj", "dobj") else (tok,)
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for h in heads for c in h.children)


_RAISED_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass"})


def _raises_nothing(tok: Token) -> bool:
    """scorer:raised-what: a verb of raising or closing tells a round only with money or
    a deal word as what it raises or closes, or as its subject when it has no object:
    "Norvale closed a $20 million round", "the deal closed"; not "Norvale closed its
    best quarter on record", "las acciones de Alcesa cerraron con subidas", "Brisamar
    obtuvo permisos nuevos", "Norvale secured new orders"."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    told = [c for c in tok.children if c.dep_ in _RAISED_DEPS] or [
        c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
    kinds = _trigger_kinds_of(doc_lang(tok.doc))
    return bool(told) and not any(
        t.like_num or t.is_currency or t.lemma_.lower() in kinds or t.lower_ in kinds
        for c in told for t in c.subtree
    )


@cache
def _trigger_kinds_of(lang: str) -> frozenset[str]:
    return frozenset(word for word, _ in _trigger_kinds(lang))


def _competed_for(contract: Token) -> bool:
    """ "pujan por el contrato", "optará al contrato": the contract is the object or
    oblique of a Spanish verb of competing or bidding."""
    return contract.dep_ in ("obj", "obl") and contract.head.lemma_.lower() in _BIDDING_ES


@cache
def _contract_words(lang: str) -> frozenset[str]:
    """The deal words of the agreement kind ("contract", "contrato", "deal")."""
    return frozenset(w for w, kind in _trigger_kinds(lang) if kind == "agreement")


def _adverbial(tok: Token) -> bool:
    """ "en conjunto": a noun with the preposition "en" and nothing else of its own (no
    determiner, no "con" party: "en alianza con Brisamar" stays), hung on a verb or an
    adjective as a manner adverbial."""
    children = list(tok.children)
    return tok.pos_ == "NOUN" and tok.head.pos_ in ("VERB", "AUX", "ADJ") and bool(children) \
        and all(c.dep_ == "case" for c in children) and children[0].lower_ == "en"


# The roles of what is bought or invested in: a company, a unit or assets, never a person.
_THEME_ROLES = frozenset({"target", "investee"})


def person_bought(cand: Candidate) -> bool:
    """Whether a candidate gives a person the role of what is bought or funded
    (scorer:person-not-bought, the rules' typing constraint, ``kg.deals.guards``): in
    "Ana Ruiz said Norvale would sell its mill" Ana Ruiz is no target.

    >>> # person_bought(Candidate(..., ("target", Party(person ...)))) is True
    """
    return any(role in _THEME_ROLES and ref.kind == "person" for role, ref in cand.roles)


def _trigger_tokens(sent: SpacySpan, kinds: Mapping[str, str]) -> Iterator[tuple[Token, str]]:
    for tok in sent:
        kind = kinds.get(tok.lemma_.lower()) or kinds.get(tok.lower_)
        if kind is not None and tok.pos_ in ("NOUN", "VERB", "PROPN", "ADJ", "AUX"):
            yield tok, kind


def candidates(
    doc: Doc, parties: Mapping[int, list[Party]] | None = None, *, across: bool = True
) -> list[Candidate]:
    """Every candidate deal of a processed doc: for each sentence with a trigger and
    two different parties, each role assignment of the trigger's type (both orders,
    except for partners). A party mentioned twice in the sentence is taken at the
    mention nearest the trigger in the parse. A sentence with a trigger and one party
    also pairs it with a party from outside (see :func:`outside_parties`): the subject
    of the sentence before ("Acme ... It bought Beta") or the article's topic, unless
    ``across`` is false."""
    kinds = trigger_kinds(doc_lang(doc))
    if parties is None:
        parties = _parties(doc, doc._.kg_entities or ())
    topic = _topic(parties)
    found: list[Candidate] = []
    sents = list(doc.sents)
    elsewhere = other_stories(doc)  # scorer:other-stories: related links, captions
    for si, sent in enumerate(sents):
        mentions = parties.get(sent.start, [])
        refs = {p.ref for p in mentions}
        if not refs or sent.start in elsewhere:
            continue
        prev = parties.get(sents[si - 1].start, []) if si else []
        outside = outside_parties(doc, prev, topic, refs) if across else []
        if len(refs) < 2 and not outside:
            continue
        for tok, kind in _trigger_tokens(sent, kinds):
            if denied(tok) or not_a_deal(tok, kind):
                continue
            nearest: dict[EntityRef, Party] = {}
            for party in mentions:
                if tok.i in range(party.start, party.end) or _bystander(doc, party, tok):
                    continue  # the trigger is inside the name ("Deal Corp")
                best = nearest.get(party.ref)
                if best is None or _rank(tok, party) < _rank(tok, best):
                    nearest[party.ref] = party
            inside = sorted(nearest.values(), key=_order)
            found.extend(_assignments(si, tok, kind, inside))
            for source, party in outside:
                found.extend(_assignments(si, tok, kind, inside, (party, source)))
    return [cand for cand in found if not person_bought(cand)]


# What a party denies: a report, a rumour ("denied a report that ..."), or loose talk
# ("dismissed talk of a merger"); the verbs that deny it (lexicon/deals.toml).
_DENIED = DENIED_NOUNS | DENIED_TALK_NOUNS
# Steps up that leave the clause a denial may govern: a relative or adverbial clause, a
# clause set beside it, tells something the denial does not deny.
_OTHER_CLAUSE_DEPS = frozenset({"relcl", "acl:relcl", "advcl", "parataxis"})
_DENIAL_REACH = 8  # heads above the trigger, as the rules' status cues read them


def denied(tok: Token) -> bool:
    """Whether a deal word is told inside what a party denies (scorer:denied): its head
    chain, within its clause or down a complement, reaches a verb of denial not itself
    negated, whose complement clause or object noun of report or talk holds it:
    "Acme denied that it would buy Beta", "Acme dismissed talk of a merger with Beta",
    "Alcesa desmintió que negocie la compra de Brisamar". Such a sentence is no
    candidate: the rules read a denied deal as a rumour when a frame fits, the scorer,
    with no frame, adds none. "Acme denied the merger" (a deal turned down), "Acme did
    not deny that it would buy Beta" and "Acme dismissed its chief after buying Beta"
    are not denials of the deal.

    >>> # denied(buy) in "Acme denied that it would buy Beta" is True
    """
    below = tok
    for _ in range(_DENIAL_REACH):
        head = below.head
        if head.i == below.i or below.dep_ in _OTHER_CLAUSE_DEPS:
            return False
        told = below.dep_ in ("ccomp", "xcomp") or below.lemma_.lower() in _DENIED \
            or below.lower_ in _DENIED
        if head.lemma_.lower() in DENIAL_VERBS and is_verbal(head) and told \
                and not any(c.lower_ in NEGATIONS for c in head.children):
            return True
        below = head
    return False


# The relations of a clause's subject (spaCy's English and UD labels).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def outside_parties(
    doc: Doc, prev: Sequence[Party], topic: Party | None, inside: set[EntityRef]
) -> list[tuple[str, Party]]:
    """The parties a sentence may speak of without naming them: the subject of the
    main clause of the sentence before (``prev`` holds its parties) and the article's
    topic, each with its source, leaving out the parties the sentence names."""
    found: dict[EntityRef, tuple[str, Party]] = {}
    for party in prev:
        head = doc[party.head]
        if head.dep_ in _SUBJECT_DEPS and head.head.dep_ == "ROOT":
            found.setdefault(party.ref, ("prev_subject", party))
    if topic is not None:
        source, party = found.get(topic.ref, ("", topic))
        found[topic.ref] = ("+".join(filter(None, (source, "topic"))), party)
    return [found[ref] for ref in sorted(found, key=lambda r: r.name) if ref not in inside]


def _topic(parties: Mapping[int, list[Party]]) -> Party | None:
    """The article's most-named organisation (at its first mention), when it is named
    at least twice and more often than any other."""
    counts: dict[EntityRef, list[Party]] = {}
    for start in sorted(parties):
        for party in parties[start]:
            if party.ref.kind == "org":
                counts.setdefault(party.ref, []).append(party)
    ranked = sorted(counts.values(), key=lambda ps: -len(ps))
    if not ranked or len(ranked[0]) < 2 or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
        return None
    return min(ranked[0], key=lambda p: p.start)


def _bystander(doc: Doc, party: Party, tok: Token) -> bool:
    """Whether a mention names no party of the trigger's deal: a modifier of another
    noun than the trigger ("Lumora rival Photonix", "the Harrow-backed startup"), the
    subject of a verb that judges a deal ("the Authority blocked Acme's bid"), or the
    source the sentence is told by (:func:`_told_by`)."""
    head = doc[party.head]
    governor = head.head
    if head.dep_ in _MODIFIER_DEPS and governor.i != tok.i and governor.i != head.i:
        return not party.start <= governor.i < party.end
    return (head.dep_ in _SUBJECT_DEPS and governor.lemma_.lower() in _JUDGES) \
        or _told_by(head, tok)


# "según" brings in a clause telling where a sentence comes from ("según publicó X"),
# as "as" does with a verb of saying or reporting ("as X reported").
_SEGUN = frozenset({"según", "segun"})
_REPORT_VERBS = frozenset({"report", "publish", "write"})


def _told_by(head: Token, tok: Token) -> bool:
    """Whether a mention is the source a deal word's sentence is told by, not a party
    (scorer:source-no-party): a name marked by "according to" / "según" ("Acme bought
    Beta, according to Gamma"), or the subject of a verb of saying, or of a clause
    brought in by "según" or "as" ("según publicó el diario Gamma", "as Gamma
    reported"), that does not govern the deal word. The subject of a verb of saying
    that governs it stays a party ("Acme said it would buy Beta")."""
    while head.dep_ in ("appos", "flat") and head.head.i != head.i:
        head = head.head
    verb = head.head
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    marked = bool(marks & _SEGUN) or (
        "as" in marks and verb.lemma_.lower() in SPEECH_VERBS | _REPORT_VERBS)
    if not says_the_sentence(head) and not (head.dep_ in _SUBJECT_DEPS and marked):
        return False
    return head.dep_ not in _SUBJECT_DEPS or not verb.left_edge.i <= tok.i <= verb.right_edge.i


def _order(party: Party) -> tuple[int, str]:
    return (party.start, party.ref.name)


def _rank(tok: Token, party: Party) -> tuple[int, int]:
    return (len(dependency_path(tok, tok.doc[party.head])), abs(tok.i - party.head))


def _assignments(
    si: int, tok: Token, kind: str, parties: Sequence[Party],
    outside: tuple[Party, str] | None = None,
) -> list[Candidate]:
    """The role assignments of a trigger's type to the pairs of ``parties``, or, with
    ``outside``, to that party paired with each of ``parties`` (it comes first for
    partners)."""
    found = []
    for deal_type, first, second in (FRAME_CLASSES[kind], *EXTRA_FRAMES.get(kind, ())):
        if outside is not None:
            party, source = outside
            for pb in parties:
                found.append(Candidate(
                    si, tok.i, kind, deal_type, (first, party), (second, pb), source
                ))
                if first != second:
                    found.append(Candidate(
                        si, tok.i, kind, deal_type, (first, pb), (second, party), source
                    ))
            continue
        for a, pa in enumerate(parties):
            for b, pb in enumerate(parties):
                if a == b or (first == second and b < a):
                    continue
                found.append(Candidate(si, tok.i, kind, deal_type, (first, pa), (second, pb)))
    return found


# --------------------------------------------------------------------------- features


def dependency_path(source: Token, target: Token) -> list[str]:
    """The dependency path from ``source`` to ``target``: ``↑dep`` for each step up to
    their lowest common ancestor, ``↓dep`` for each step down, a preposition or case
    marker written in brackets.

    >>> # "Acme bought Beta": dependency_path(bought, Acme) == ["↓nsubj"]
    """
    up = [source, *source.ancestors]
    down = [target, *target.ancestors]
    common = next((t for t in up if t in set(down)), None)
    if common is None:
        return ["∅"]
    steps = [f"↑{_step(t)}" for t in up[: up.index(common)]]
    steps += [f"↓{_step(t)}" for t in reversed(down[: down.index(common)])]
    return steps


def _step(tok: Token) -> str:
    if tok.dep_ in _PREP_DEPS:
        return f"{tok.dep_}({tok.lower_})"
    case = _case(tok)
    return f"{tok.dep_}({case})" if case else tok.dep_


def _case(tok: Token) -> str:
    """The preposition that marks a noun phrase: its own case child (UD), or the head
    preposition it is the object of (English ClearNLP labels)."""
    for child in tok.children:
        if child.dep_ == "case":
            return child.lower_
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        return tok.head.lower_
    return ""


def _bucket(n: int) -> str:
    for limit, name in ((0, "0"), (2, "1-2"), (5, "3-5"), (10, "6-10")):
        if n <= limit:
            return name
    return ">10"


def _is_passive(tok: Token) -> bool:
    voice = tok.morph.get("Voice", [])
    return "Pass" in voice or any(c.dep_ in _PASSIVE_DEPS for c in tok.children)


def _status_cue(tok: Token) -> str | None:
    for t in (tok, *tok.ancestors):
        lemma = t.lemma_.lower()
        for status, cues in _STATUS_CUES:
            if lemma in cues:
                return status
    return None


@dataclass
class DocContext:
    """What the scorer needs of the whole doc: the parties of each sentence, how
    salient each party is, and what the rules found (to leave it alone)."""

    parties: dict[int, list[Party]]  # sentence start token → its parties
    rule_pairs: set[frozenset[EntityRef]] = field(default_factory=set)
    rule_sents: set[int] = field(default_factory=set)  # start chars of the rules' evidence
    named: dict[EntityRef, int] = field(default_factory=dict)  # mentions of each party
    lede: set[EntityRef] = field(default_factory=set)  # parties of the first two sentences
    together: dict[frozenset[EntityRef], int] = field(default_factory=dict)  # sentences
    topic: EntityRef | None = None

    @classmethod
    def of(cls, doc: Doc) -> DocContext:
        parties = _parties(doc, doc._.kg_entities or ())
        context = cls(parties)
        for deal in doc._.kg_deals or ():
            refs = [ref for _, ref in deal.roles]
            context.rule_pairs.update(
                frozenset((a, b)) for a in refs for b in refs if a != b
            )
            context.rule_sents.update(span.start for span in deal.evidence)
        lede = {sent.start for sent in itertools.islice(doc.sents, 2)}
        for start in sorted(parties):
            refs = sorted({p.ref for p in parties[start]}, key=lambda r: r.name)
            for party in parties[start]:
                context.named[party.ref] = context.named.get(party.ref, 0) + 1
            if start in lede:
                context.lede.update(refs)
            for i, a in enumerate(refs):
                for b in refs[i + 1 :]:
                    pair = frozenset((a, b))
                    context.together[pair] = context.together.get(pair, 0) + 1
        topic = _topic(parties)
        context.topic = topic.ref if topic else None
        return context

    def covered(self, doc: Doc, cand: Candidate) -> bool:
        """Whether the rules already told this candidate's deal: they found a deal
        between its two parties, or drew a deal from the trigger's sentence (the scorer
        is a back-off: it reads only the sentences the rules read nothing from)."""
        if cand.pair in self.rule_pairs:
            return True
        sent = doc[cand.trigger].sent
        return any(sent.start_char <= start < sent.end_char for start in self.rule_sents)

    def salience(self, cand: Candidate) -> list[str]:
        """How prominent each party is in the article (the topic, named in the lede,
        how often named) and how often the two are named in one sentence."""
        (r1, a), (r2, b) = cand.roles
        found = [f"together={_bucket(self.together.get(cand.pair, 0))}"]
        for tag, ref in ((r1 if r1 != r2 else "p", a), (r2 if r1 != r2 else "p", b)):
            found += [
                f"{tag}:topic={ref == self.topic}",
                f"{tag}:lede={ref in self.lede}",
                f"{tag}:named={_bucket(self.named.get(ref, 0))}",
            ]
        return found


def features(doc: Doc, cand: Candidate, context: DocContext | None = None) -> list[str]:
    """The binary features of a candidate, as strings (sorted, no duplicates)."""
    context = context or DocContext.of(doc)
    tok = doc[cand.trigger]
    lemma = tok.lemma_.lower()
    sent = tok.sent
    base = [f"kind={cand.kind}", f"lemma={lemma}", f"pos={tok.pos_}", f"lang={doc_lang(doc)}"]
    if cand.type != FRAME_CLASSES[cand.kind][0]:
        base.append(f"type={cand.type}")
    if _is_passive(tok):
        base.append("passive")
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in (*tok.children, *tok.head.children)):
        base.append("negated")
    if words & _HEDGES:
        base.append("hedged")
    base.append(f"status={_status_cue(tok)}")
    n_parties = len({p.ref for p in context.parties.get(sent.start, ())})
    base.append(f"n_parties={_bucket(n_parties)}")
    found = [*base, *(f"{cand.kind}|{f}" for f in base[2:])]
    in_sent = context.parties.get(sent.start, [])
    if cand.outside:
        found += _outside_features(doc, cand, tok, in_sent)
    else:
        found += _pair_features(doc, cand, tok)
    found += _lexical_features(doc, cand, tok, in_sent)
    found += context.salience(cand)
    return sorted(set(found))


def _party_features(tag: str, kind: str, lemma: str, tok: Token, party: Party) -> list[str]:
    head = tok.doc[party.head]
    path = dependency_path(tok, head)
    short = "/".join(path) if len(path) <= _MAX_PATH else f"long{_bucket(len(path))}"
    case = _case(head)
    side = "before" if party.end <= tok.i else "after"
    dist = _bucket(abs(tok.i - party.head))
    found = [
        f"{tag}:path={short}",
        f"{tag}:dep={head.dep_}",
        f"{tag}:case={case}",
        f"{tag}:dep_case={head.dep_}({case})",
        f"{tag}:side={side}",
        f"{tag}:dist={dist}",
        f"{tag}:len={_bucket(len(path))}",
        f"{tag}:ent={party.ref.kind}",
        f"{tag}:head_is_trigger={head.head.i == tok.i}",
        f"{tag}:argument={_is_argument(path)}",
        f"{tag}:modifier={head.dep_ in _MODIFIER_DEPS}",
        f"{tag}:clauses={sum(step[1:].split('(')[0] in _CLAUSE_DEPS for step in path)}",
    ]
    lexical = [f"{kind}|{f}" for f in found] + [
        f"{lemma}|{tag}:path={short}",
        f"{lemma}|{tag}:dep_case={head.dep_}({case})",
    ]
    if path and path[0].startswith("↑"):  # through the word the trigger hangs from
        lexical.append(f"{tag}:via={tok.head.lemma_.lower()}")
    gap = tok.doc[min(tok.i + 1, party.end) : max(tok.i, party.start)]
    if len(gap) <= _GAP:
        lexical += [f"{tag}:gap={_word(t)}" for t in gap if not t.is_punct]
    return found + lexical


def _is_argument(path: Sequence[str]) -> bool:
    """Whether a path goes straight down from the trigger to a party, past at most a
    preposition: the party is one of the trigger's own arguments."""
    down = [step for step in path if not step.startswith(("↓prep", "↓agent", "↓case"))]
    return all(step.startswith("↓") for step in path) and len(down) == 1


def _pair_features(doc: Doc, cand: Candidate, tok: Token) -> list[str]:
    (r1, p1), (r2, p2) = cand.first, cand.second
    found = _party_features(r1 if r1 != r2 else "p1", cand.kind, tok.lemma_.lower(), tok, p1)
    found += _party_features(r2 if r1 != r2 else "p2", cand.kind, tok.lemma_.lower(), tok, p2)
    order = "".join(
        name for _, name in sorted(((p1.start, "A"), (p2.start, "B"), (tok.i, "T")))
    )
    h1, h2 = doc[p1.head], doc[p2.head]
    related = "none"
    if h2.head.i == h1.i or h1.head.i == h2.i:
        related = h2.dep_ if h2.head.i == h1.i else f"inv_{h1.dep_}"
    between = doc[min(p1.end, p2.end) : max(p1.start, p2.start)]
    found += [
        f"order={order}",
        f"{cand.kind}|order={order}",
        f"{cand.kind}|order={order}|passive={_is_passive(tok)}",
        f"related={related}",
        f"{cand.kind}|related={related}",
        f"between={_bucket(len(between))}",
        f"kinds={p1.ref.kind}-{p2.ref.kind}",
        f"{cand.kind}|kinds={p1.ref.kind}-{p2.ref.kind}",
        f"arguments={sum(_is_argument(dependency_path(tok, h)) for h in (h1, h2))}",
    ]
    return found


def _outside_features(doc: Doc, cand: Candidate, tok: Token, in_sent: Sequence[Party]) -> list[str]:
    """The features of a candidate one of whose parties is not named in the trigger's
    sentence: the named party's as usual; for the other, where it comes from and what
    stands in the trigger's subject slot (a pronoun, "the company", nothing)."""
    sent = tok.sent
    (r1, p1), (r2, _) = cand.first, cand.second
    swap = sent.start <= p1.start < sent.end  # the first party is the named one
    (ro, po), (ri, pi) = (cand.second, cand.first) if swap else (cand.first, cand.second)
    tag_o, tag_i = (ro, ri) if r1 != r2 else ("p_out", "p_in")
    lemma = tok.lemma_.lower()
    slot = _subject_slot(tok, in_sent)
    source = cand.outside
    found = _party_features(tag_i, cand.kind, lemma, tok, pi)
    return found + [
        f"outside={source}",
        f"{cand.kind}|outside={source}",
        f"{tag_o}:outside={source}",
        f"{tag_o}:ent={po.ref.kind}",
        f"{tag_o}:slot={slot}",
        f"{tag_o}:slot={slot}|passive={_is_passive(tok)}",
        f"{cand.kind}|{tag_o}:slot={slot}",
        f"{lemma}|{tag_o}:slot={slot}",
        f"kinds={po.ref.kind}-{pi.ref.kind}",
    ]


def _subject_slot(tok: Token, in_sent: Sequence[Party]) -> str:
    """What is the subject of the trigger's clause: ``party`` (a named party), ``pron``
    (it, they), ``det_noun`` ("the company", "la empresa"), ``none`` (no subject: a
    left-out subject, a title), ``other``."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else next(
        (t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None
    )
    if verb is None:
        return "none"
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None:
        return "none"
    if any(p.start <= subject.i < p.end for p in in_sent):
        return "party"
    if subject.pos_ == "PRON":
        return "pron"
    if subject.pos_ == "NOUN" and any(c.dep_ == "det" for c in subject.children):
        return "det_noun"
    return "other"


def _word(tok: Token) -> str:
    return "#" if tok.like_num else tok.lemma_.lower()


def _lexical_features(doc: Doc, cand: Candidate, tok: Token, in_sent: Sequence[Party]) -> list[str]:
    """The words around the trigger (two each side; a party's words read ``PARTY``),
    the word the trigger hangs from, and the words between two named parties."""
    sent = tok.sent
    named = {i for p in in_sent for i in range(p.start, p.end)}
    found = [f"head={tok.head.lemma_.lower() if tok.head.i != tok.i else 'ROOT'}"]
    for off in (-2, -1, 1, 2):
        i = tok.i + off
        if sent.start <= i < sent.end:
            word = "PARTY" if i in named else _word(doc[i])
            found += [f"w{off:+d}={word}", f"{cand.kind}|w{off:+d}={word}"]
    if not cand.outside:
        (_, p1), (_, p2) = cand.first, cand.second
        between = doc[min(p1.end, p2.end) : max(p1.start, p2.start)]
        if len(between) > _BETWEEN:
            found.append("btw=long")
        else:
            found += [f"btw={_word(t)}" for t in between if not t.is_punct and t.i != tok.i]
    return found


def doc_features(doc: Doc, *, across: bool = True) -> list[tuple[Candidate, list[str]]]:
    """Every candidate of a doc with its features."""
    context = DocContext.of(doc)
    return [
        (cand, features(doc, cand, context))
        for cand in candidates(doc, context.parties, across=across)
    ]


# --------------------------------------------------------------------------- model


def model_path() -> Path:
    """Where the shipped model is (``models/deal_scorer.json``, in the wheel under
    ``kg/_data/models``)."""
    return data_dir("models") / MODEL_FILE


def load_model(path: Path | None = None) -> ScorerModel:
    """Read a model file (the shipped one by default)."""
    path = path or model_path()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(
            f"{path}: cannot read the deal scorer's model ({err}); "
            "retrain it with `make train-deals`"
        ) from err
    return ScorerModel.from_json(text, str(path))


def fit(
    samples: Sequence[Sequence[str]],
    labels: Sequence[int],
    *,
    l2: float = 1.0,
    epochs: int = 400,
    rate: float = 0.1,
    min_count: int = 2,
    seed: int = 13,
) -> ScorerModel:
    """Fit a logistic regression with L2 penalty by full-batch Adam (deterministic:
    the same samples give the same weights). Features seen fewer than ``min_count``
    times are dropped. The threshold is left at 0.5; see :func:`choose_threshold`.
    """
    counts: dict[str, int] = {}
    for feats in samples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    rows: list[int] = []
    cols: list[int] = []
    for r, feats in enumerate(samples):
        for f in sorted(set(feats)):
            if f in index:
                rows.append(r)
                cols.append(index[f])
    row = numpy.array(rows, dtype=numpy.int64)
    col = numpy.array(cols, dtype=numpy.int64)
    y = numpy.array(labels, dtype=numpy.float64)
    n, d = len(samples), len(vocab)
    # Small random start from a fixed seed (zeros would do as well; the seed keeps any
    # future change to the start reproducible).
    rng = numpy.random.default_rng(seed)
    w = rng.normal(0.0, 1e-3, size=d + 1)
    m = numpy.zeros(d + 1)
    v = numpy.zeros(d + 1)
    for step in range(1, epochs + 1):
        z = w[d] + numpy.bincount(row, weights=w[col], minlength=n) if n else numpy.zeros(0)
        p = 1.0 / (1.0 + numpy.exp(-numpy.clip(z, -30, 30)))
        err = p - y
        grad = numpy.empty(d + 1)
        grad[:d] = numpy.bincount(col, weights=err[row], minlength=d) / max(n, 1)
        grad[:d] += l2 * w[:d] / max(n, 1)
        grad[d] = err.sum() / max(n, 1)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9**step)) / (numpy.sqrt(v / (1 - 0.999**step)) + 1e-8)
    weights = {f: float(w[i]) for f, i in index.items() if abs(w[i]) >= 1e-4}
    return ScorerModel(weights, float(w[d]), 0.5)


def choose_threshold(
    scored: Sequence[tuple[float, bool]],
    base: tuple[int, int, int],
    min_precision: float = 0.5,
) -> tuple[float, float]:
    """The threshold that maximises deal F1 once candidates at or above it are added
    to what the rules found: ``scored`` holds (probability, is a gold deal the rules
    missed) for each candidate pair the rules did not produce, ``base`` the rules'
    (tp, fp, fn). Only thresholds at which at least ``min_precision`` of the added
    deals are right qualify (an addition more often wrong than right is noise on
    unseen news, whatever it does to the training F1). Returns (threshold, F1 at
    it), the threshold rounded down to four decimals; 1.0 when no threshold helps.

    >>> choose_threshold([(0.9, True), (0.6, False), (0.4, False)], (1, 0, 2))
    (0.9, 0.8)
    """
    tp, fp, fn = base
    best = (2 * tp / max(1, 2 * tp + fp + fn), 1.0)
    right = added = 0
    for p, good in sorted(scored, key=lambda s: -s[0]):
        tp, fp, fn = (tp + 1, fp, fn - 1) if good else (tp, fp + 1, fn)
        right, added = right + good, added + 1
        f1 = 2 * tp / max(1, 2 * tp + fp + fn)
        if f1 > best[0] + 1e-12 and right >= min_precision * added:
            best = (f1, p)
    # Rounded down: a threshold rounded up past the last chosen probability would leave
    # that candidate out.
    return math.floor(best[1] * 10_000) / 10_000, round(best[0], 4)


# --------------------------------------------------------------------------- component


class DealScorer:
    """The ``kg_deal_scorer`` pipeline component (see the module docstring)."""

    def __init__(self, name: str = "kg_deal_scorer", model: ScorerModel | None = None) -> None:
        self.name = name
        self._model = model

    @property
    def model(self) -> ScorerModel:
        """The model, read from the shipped file on first use."""
        if self._model is None:
            self._model = load_model()
        return self._model

    def __call__(self, doc: Doc) -> Doc:
        rules = list(doc._.kg_deals or ())
        doc._.kg_deals = rules + self.learned(doc)
        return doc

    def learned(self, doc: Doc) -> list[Deal]:
        """The deals of the candidates the rules missed that score at or above the
        threshold: one per pair of parties, from its best candidate."""
        context = DocContext.of(doc)
        best: dict[frozenset[EntityRef], tuple[float, Candidate, list[Span]]] = {}
        sents = list(doc.sents)
        across = bool(self.model.meta.get("across_sentences", True))
        for cand in candidates(doc, context.parties, across=across):
            if context.covered(doc, cand):
                continue
            p = self.model.probability(features(doc, cand, context))
            if p < self.model.threshold:
                continue
            evidence = {sentence_span(sents[cand.sent], doc.text)}
            if "prev_subject" in cand.outside:
                evidence.add(sentence_span(sents[cand.sent - 1], doc.text))
            held = best.get(cand.pair)
            spans = sorted({*(held[2] if held else ()), *evidence})
            if held is None or p > held[0]:
                best[cand.pair] = (p, cand, spans)
            else:
                best[cand.pair] = (held[0], held[1], spans)
        used = {id(a) for d in doc._.kg_deals or () for a in (d.amount, d.valuation) if a}
        return [
            _deal(doc, cand, p, spans, used)
            for p, cand, spans in sorted(best.values(), key=lambda b: (b[1].sent, b[1].trigger))
        ]


def _deal(doc: Doc, cand: Candidate, p: float, evidence: list[Span], used: set[int]) -> Deal:
    tok = doc[cand.trigger]
    return Deal(
        type=cand.type,
        roles=cand.roles,
        evidence=tuple(evidence),
        status=_status(tok, cand.type, cand.roles),
        amount=_amount(doc, tok, used),
        rules=(f"frame:{cand.kind}({tok.lemma_.lower()})", f"learned:deal_scorer(p={p:.2f})"),
    )


def _status(tok: Token, deal_type: str, roles: Sequence[tuple[str, EntityRef]] = ()) -> str:
    """The status the deal rules give a deal of ``deal_type`` told by the trigger ``tok``
    (:func:`kg.deals.status.set_status`: the words that govern it, nearest first, by
    the same status rules; the type's default where none speaks), as for a deal a rule
    read ("Norvale was in talks to buy Pellam": in negotiation, not announced)."""
    evidence = sentence_span(tok.sent, tok.doc.text)
    m = Mention(deal_type, list(roles), 0, evidence, tok.i)
    set_status(m, tok, not is_verbal(tok))
    return m.status or default_status(deal_type)


def _amount(doc: Doc, tok: Token, used: set[int]) -> Amount | None:
    """The one amount of money inside the trigger's phrase that no rule deal took."""
    subtree = range(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge))
    found = [
        a for a in doc._.kg_amounts or ()
        if id(a) not in used and not a.per_share and not a.exchange_rate
        and a.span.start in subtree
    ]
    return found[0] if len(found) == 1 else None


@Language.factory("kg_deal_scorer", default_config={"model_file": ""})
def make_deal_scorer(nlp: Language, name: str, model_file: str) -> DealScorer:
    """Build the ``kg_deal_scorer`` component with the shipped model, or with the one
    in ``model_file`` (``bench/deal_scorer.py --model``)."""
    return DealScorer(name, load_model(Path(model_file)) if model_file else None)


def add_deal_scorer(nlp: Language) -> Language:
    """Switch the scorer on in a kg pipeline built without it (right after
    ``kg_deals``). kg's own pipelines have it only with ``KG_DEAL_SCORER=on``
    (``kg.settings.DEAL_SCORER``, off; README, "The learned deal scorer").

    >>> add_deal_scorer(build_pipeline("en")).pipe_names[-2:]  # doctest: +SKIP
    ['kg_deals', 'kg_deal_scorer']
    """
    if "kg_deal_scorer" not in nlp.pipe_names:
        nlp.add_pipe("kg_deal_scorer", after="kg_deals")
    return nlp
