"""The ``kg_deals`` spaCy component: finds the trigger words of a Doc, reads each into
a mention sentence by sentence (``kg.deals.frames``), attaches money, term and
source (``kg.deals.attach``), and merges the mentions into ``Deal`` facts
(``kg.deals.merge``), left on ``doc._.kg_deals``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

import kg.doc  # noqa: F401  (registers doc._.kg_entities ... kg_deals)
from kg.deals.attach import (
    attach_back,
    attach_money,
    attach_term_quantity,
    attribution,
    rumoured_by_sources,
)
from kg.deals.beaten import beaten_bidders, contest_winners, lost_bidders, lost_to_rival
from kg.deals.conjugation import restore_lemmas
from kg.deals.consortium import consortium_partners
from kg.deals.context import Context
from kg.deals.coordinated import clitic_in_coordination, clitic_in_relative
from kg.deals.ended import ended_back
from kg.deals.fields import labelled_deals
from kg.deals.frames import read
from kg.deals.gapped import several_deals
from kg.deals.guards import screen
from kg.deals.holders import counted_holders, stake_bought_again
from kg.deals.interest import shown_interest, suitor_interest
from kg.deals.linear import PRESENT_FORMS, misread_verb, present_kind
from kg.deals.listing import listing_investors
from kg.deals.longform import remember_pair
from kg.deals.market import market_moves
from kg.deals.mention import Mention
from kg.deals.merge import between_people, fold_sentence, merge
from kg.deals.owners_talks import talks_with_owners
from kg.deals.part_of import round_of_stake
from kg.deals.pugna import bids_in_play
from kg.deals.recall import stake_told_again
from kg.deals.refer import RELATIVE_PRONOUNS, another_deal_announced
from kg.deals.rivals import rival_bidders
from kg.deals.roles import add_role_named, described_theme, unit_named_in_apposition
from kg.deals.speaker import speaker_not_party
from kg.deals.swap import asset_swaps
from kg.deals.syntax import (
    case_of,
    direct_objects,
    feat,
    is_definite,
    is_verbal,
    subjects,
    year_of,
)
from kg.deals.tacit import seller_told, stake_in_topic
from kg.deals.transfer import assets_go_to, owner_of_assets
from kg.deals.units import units_of
from kg.deals.words import (
    ASSET_NOUNS,
    COMPANY_NOUNS,
    DESCRIPTORS,
    FORCES_JOINED,
    HEDGE_ADV,
    INTERVAL_NOUNS,
    LEAD_VERBS,
    MONEY_INTO_VERBS,
    PARTICIPATE_WORDS,
    PAST_TIME_MODIFIERS,
    PAST_TIME_WORDS,
    PHRASAL_TAKEOVER,
    PRIOR_PREPS,
    REPORT_VERBS,
    TIME_UNITS,
    TRIGGERS,
)
from kg.entities.furniture import other_stories
from kg.facts import Deal, EntityRef, has_required_roles

# Trigger nouns that state a deal only as the head of their phrase ("the transfer of
# 40,000 policies from X to Y"): as a modifier each is a word of another deal's noun
# ("a transfer agreement"), never a trigger.
_HEADS_ONLY = frozenset({"transfer_n"})


class DealExtractor:
    """The ``kg_deals`` pipeline component (see ``kg.deals``)."""

    def __init__(self, nlp: Language, name: str = "kg_deals") -> None:
        self.name = name
        self.lang: str = nlp.lang if nlp.lang and nlp.lang in TRIGGERS else "en"
        # Trigger words keyed by the hash of the lemma or of the lower-case form (for
        # the lemmatiser's misses). A single-token lookup per token does what a Matcher
        # of one-token patterns did, at a fraction of its cost; the first kind listed
        # wins when a token fits several, as the Matcher's pattern order made it.
        self.by_lemma: dict[int, str] = {}
        self.by_lower: dict[int, str] = {}
        strings = nlp.vocab.strings
        for kind, words in TRIGGERS[self.lang].items():
            for w in words:
                for v in (w, w.capitalize(), w.upper()):
                    self.by_lemma.setdefault(strings.add(v), kind)
                self.by_lower.setdefault(strings.add(w), kind)
                if self.lang == "es" and kind.endswith("_v"):
                    # An infinitive with an enclitic pronoun ("venderla", "transmitirle")
                    # is lemmatised as "vender él".
                    self.by_lemma.setdefault(strings.add(f"{w} él"), kind)
        if self.lang == "es":
            # "Zegona compra X" tagged a noun: the verb's present form (kg.deals.linear).
            for form in PRESENT_FORMS:
                present = present_kind(form)
                if present is not None:
                    self.by_lower.setdefault(strings.add(form), present)
        self.rank = {kind: n for n, kind in enumerate(TRIGGERS[self.lang])}
        # Hyphenated trigger nouns ("tie-up", "link-up"), which the tokenizer splits in
        # three: (first piece, last piece) → kind, the last piece as written or as lemma.
        self.hyphenated: dict[tuple[str, str], str] = {
            (first, last): kind
            for kind, words in TRIGGERS[self.lang].items()
            for w in words if w.count("-") == 1
            for first, last in [w.split("-")]
        }
        self.hyphen_key = strings.add("-")
        # The object nouns of the idioms of joining forces ("joined forces with Y"),
        # whose verb is then a partnership verb (frame:forces-joined).
        self.idiom_keys = numpy.array(
            sorted({strings.add(n) for nouns in FORCES_JOINED.values() for n in nouns}),
            dtype=numpy.uint64,
        )
        self.lemma_keys = numpy.array(sorted(self.by_lemma), dtype=numpy.uint64)
        self.lower_keys = numpy.array(sorted(self.by_lower), dtype=numpy.uint64)
        # Every word that can open an attribution (see kg.deals.attach.attribution): its
        # form, and the lemma of a reporting verb in any case.
        lowers = {"según", "per", "according", *HEDGE_ADV}
        lemmas = {v for w in REPORT_VERBS for v in (w, w.capitalize(), w.upper())}
        self.cue_lowers = numpy.array(sorted(strings.add(w) for w in lowers), dtype=numpy.uint64)
        self.cue_lemmas = numpy.array(sorted(strings.add(w) for w in lemmas), dtype=numpy.uint64)

    def triggers(self, doc: Doc) -> tuple[dict[int, str], frozenset[int]]:
        """Token index → trigger kind for every token whose lemma or form is a trigger,
        and the indices of the tokens that can open an attribution ("según", "said")."""
        found: dict[int, str] = {}
        if not len(doc):
            return found, frozenset()
        by_lemma, by_lower, rank = self.by_lemma, self.by_lower, self.rank
        array = doc.to_array([LEMMA, LOWER])
        # Only the few tokens whose lemma or form is listed are looked at one by one.
        hits = numpy.flatnonzero(
            _among(array[:, 0], self.lemma_keys) | _among(array[:, 1], self.lower_keys)
        )
        for i in hits.tolist():
            if doc[i].pos_ not in ("VERB", "AUX") and doc[i].lemma_ in MONEY_INTO_VERBS:
                continue  # "a pump contract", "the kitchen sink": only the verbs move money
            a = by_lemma.get(int(array[i, 0]))
            b = by_lower.get(int(array[i, 1]))
            kind = b if a is None or (b is not None and rank[b] < rank[a]) else a
            if kind in _HEADS_ONLY and doc[i].dep_ == "compound":
                continue  # "a transfer agreement": a modifier
            found[i] = kind  # type: ignore[assignment]
        for i in numpy.flatnonzero(_among(array[:, 1], self.idiom_keys)).tolist():
            verb = _forces_joined(doc[i])
            if verb is not None:
                found[verb.i] = "partner_v"
        if self.hyphenated:
            for i in numpy.flatnonzero(array[:, 1] == self.hyphen_key).tolist():
                compound = _hyphen_compound(doc, i, self.hyphenated)
                if compound is not None:
                    found.setdefault(*compound)
        cues = numpy.flatnonzero(
            _among(array[:, 1], self.cue_lowers) | _among(array[:, 0], self.cue_lemmas)
        )
        return found, frozenset(cues.tolist())

    def __call__(self, doc: Doc) -> Doc:
        restore_lemmas(doc)  # "vendieron" lemmatised "vendar" (kg.deals.conjugation)
        triggers, cues = self.triggers(doc)
        doc._.kg_deals = extract_deals(Context(doc, triggers, cues))
        return doc


def _forces_joined(noun: Token) -> Token | None:
    """The verb of an idiom of joining forces whose object is ``noun``: "X has joined
    forces with Y", "X e Y han unido fuerzas" (lexicon ``forces_joined``); None for
    "the armed forces", "unir las redes"."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if noun.lower_ in FORCES_JOINED.get(verb.lemma_.lower(), ()) else None


def _hyphen_compound(
    doc: Doc, i: int, words: dict[tuple[str, str], str],
) -> tuple[int, str] | None:
    """The head and kind of a hyphenated trigger noun around the hyphen at ``i`` ("a
    tie-up with Y": the tokenizer splits "tie", "-", "up", and the parser hangs "tie"
    on "up"), when its pieces are written together and listed (the last one as
    written or as its lemma: "tie-ups")."""
    if i < 1 or i + 1 >= len(doc) or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return None
    first, last = doc[i - 1], doc[i + 1]
    kind = words.get((first.lower_, last.lower_)) or words.get((first.lower_, last.lemma_.lower()))
    if kind is None:
        return None
    return (first.i if last.head.i == first.i else last.i), kind


def _among(values: Any, keys: Any) -> Any:
    """Whether each of ``values`` is one of ``keys`` (a sorted array), as ``numpy.isin``
    says, by binary search: isin sorts both arrays on every call, ten times slower
    on a doc's tokens."""
    if not len(keys):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(keys, values), len(keys) - 1)
    return keys[at] == values


@Language.factory("kg_deals")
def make_deal_extractor(nlp: Language, name: str) -> DealExtractor:
    """Build the ``kg_deals`` component for ``nlp``'s language."""
    return DealExtractor(nlp, name)


def kind_for_pos(kind: str, tok: Token, lang: str) -> str:
    """The noun reading of a word listed as both verb and noun ("purchase") when the
    parser calls it a noun, and the verb reading when it calls it a verb."""
    verb = misread_verb(tok)
    if verb is not None:
        return verb
    if kind == "take_v" and _chosen_without_particle(tok, lang):
        return "choose_v"
    base, _, pos = kind.rpartition("_")
    other = f"{base}_{'n' if pos == 'v' else 'v'}"
    words = TRIGGERS.get(lang, {}).get(other)
    if not words:
        return kind
    is_noun = tok.pos_ in ("NOUN", "PROPN")
    if (pos == "v") != is_noun or tok.pos_ in ("ADJ",):
        return kind  # the parse agrees with the kind (or says nothing)
    if tok.lemma_.lower() in words or tok.lower_ in words:
        return other
    return kind


def readings(kind: str, tok: Token, lang: str) -> list[str]:
    """The kinds to read a trigger word as, in order: the kind its part of speech
    fits (``kind_for_pos``), then any other kind that lists the word. A word of two
    senses is read in the second when the first sense's frame finds no deal in the
    sentence: "the contract" is an agreement, "X contracted Y to build two ferries"
    chooses a supplier. ("pick" is told apart by its particle before any reading:
    ``_chosen_without_particle``.)"""
    return list(_senses(kind, tok, lang))


def _senses(kind: str, tok: Token, lang: str) -> Iterator[str]:
    """``readings`` one by one: the other senses are looked up only when asked for."""
    first = kind_for_pos(kind, tok, lang)
    yield first
    pos = _POS_LETTERS.get(tok.pos_)
    if pos is None:
        return
    base = first.rpartition("_")[0]
    # (only kinds of the word's part of speech: "the contract" is no verb of choosing)
    yield from (
        other for other in _kinds_listing(lang, (tok.lemma_.lower(), tok.lower_))
        if other.endswith(f"_{pos}") and other.rpartition("_")[0] != base
    )


_POS_LETTERS = {"VERB": "v", "AUX": "v", "NOUN": "n", "PROPN": "n"}


@functools.lru_cache(maxsize=4096)
def _kinds_listing(lang: str, words: tuple[str, str]) -> tuple[str, ...]:
    """Every trigger kind of ``lang`` that lists one of ``words``, in the lexicon's order."""
    return tuple(
        kind for kind, listed in TRIGGERS.get(lang, {}).items()
        if any(w in listed for w in words)
    )


def _read_trigger(
    ctx: Context, tok: Token, kind: str, si: int, triggers: set[int]
) -> Mention | None:
    """The mention a trigger word tells, read in the first of its senses that finds one
    (``readings``; the other senses are looked up only when the first finds none)."""
    for reading in _senses(kind, tok, ctx.lang):
        m = read(ctx, tok, reading, si, triggers)
        if m is not None:
            return m
    return None


def _chosen_without_particle(tok: Token, lang: str) -> bool:
    """A verb of taking over only with its particle ("picked up Y") and of choosing
    without it ("X has picked Y for a C$140 million order"): without the particle
    (``phrasal_takeover``) it is the choosing verb of ``choose_v``."""
    lemma = tok.lemma_.lower()
    particle = PHRASAL_TAKEOVER.get(lemma)
    return (
        particle is not None and lemma in TRIGGERS.get(lang, {}).get("choose_v", ())
        and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children)
    )


def extract_deals(ctx: Context) -> list[Deal]:
    """The deals of the Doc: its mentions, sentence by sentence, merged."""
    mentions: list[Mention] = []
    elsewhere = other_stories(ctx.doc)  # related links and captions: no deal of this article
    for si, sent in enumerate(ctx.sents):
        if sent.start in elsewhere:
            continue
        reporter, hedge = attribution(ctx, sent)
        triggers = [(i, ctx.by_token[i]) for i in ctx.triggers_in(sent)]
        trigger_set = {i for i, _ in triggers}
        sent_mentions: list[Mention] = []
        for i, kind in triggers:
            m = _read_trigger(ctx, ctx.doc[i], kind, si, trigger_set)
            if m is not None:
                sent_mentions.append(m)
        _not_commenters(ctx, sent_mentions, reporter)
        another_deal_announced(sent, sent_mentions)
        unit_named_in_apposition(ctx, sent_mentions)
        share_parties(ctx, sent_mentions)
        _described(ctx, sent_mentions)
        attach_money(ctx, sent, sent_mentions)
        round_of_stake(ctx, sent_mentions)
        if all(m.kind == "investor" for m in sent_mentions):
            # no deal told, or only holders ("Y shareholders will receive $30 per share,
            # valuing the company at $1.1 billion"): the money may be the last deal's
            attach_back(ctx, sent, si, mentions)
        elif all(
            m.kind == "investor" or (m.type in ("", "Agreement") and not m.roles)
            for m in sent_mentions
        ):
            # only "the deal" told again ("La operación valoraría la bodega en 400
            # millones"): the value it puts on the target may be the last takeover's price
            attach_back(ctx, sent, si, mentions, valuations_only=True)
        sent_mentions = fold_sentence(sent_mentions, earlier := told_earlier(ctx, sent_mentions))
        past_agreements(ctx, sent_mentions)
        sent_mentions = several_deals(ctx, sent, sent_mentions)
        sent_mentions = [
            one for m in sent_mentions
            for one in ([m] if "parties:gapped-clauses" in m.rules else dated_targets(ctx, sent, m))
        ]
        elided_investee(ctx, sent_mentions, mentions, si)
        earlier_round(sent_mentions, mentions, earlier)
        stake_bought_again(ctx, sent_mentions, mentions, si)
        round_joined_after(ctx, sent, sent_mentions, mentions, si)
        sent_mentions += parties_told_before(ctx, sent, sent_mentions, mentions, si)
        sent_mentions += talks_with_owners(ctx, sent, si)
        sent_mentions += consortium_partners(ctx, sent, si, sent_mentions)
        sent_mentions += ended_back(ctx, sent, si, sent_mentions, mentions)
        add_role_named(ctx, sent, sent_mentions, mentions, si)
        attach_term_quantity(ctx, sent, sent_mentions)
        _attribute(sent, sent_mentions, mentions, si, (reporter, hedge))
        mentions.extend(sent_mentions)
        remember_pair(ctx, sent_mentions)
    mentions += labelled_deals(ctx, mentions)  # deal cards and tables (kg.deals.fields)
    # a deal with no key party (a takeover with no target): too little to publish
    mentions = screen(ctx, mentions)  # parties no deal has, and no deal (kg.deals.guards)
    return [
        deal for deal in merge(mentions, units_of(ctx))
        if has_required_roles(deal) and not between_people(deal)
    ]


def _described(ctx: Context, ms: list[Mention]) -> None:
    """Mark each mention whose target is told by a description ("la bodega"), and
    whether that description is bare; read the described main subject."""
    for m in ms:
        m.described_target = described_target(ctx, m)
        m.bare_description = m.described_target and bare_description(ctx, m)
        main_subject_described(ctx, m)


def parties_told_before(
    ctx: Context, sent: SpacySpan, ms: list[Mention], before: list[Mention], si: int
) -> list[Mention]:
    """Parties the sentence leaves unsaid because the article has told them: the stake
    told again (kg.deals.recall); in English, the company a stake is in and the owner
    it is bought from (kg.deals.tacit), the company a rival bids for
    (kg.deals.rivals), the company a listing's investors invest in
    (kg.deals.listing), the suitor a company draws interest from
    (kg.deals.interest), the holders a company counts
    (kg.deals.holders), the owner of things sold or gone to a buyer
    (kg.deals.transfer); in Spanish, a bid told by its bidder alone
    (kg.deals.pugna) and a clitic object of a coordinated or a relative clause
    (kg.deals.coordinated); a company put up for sale, won or left by its holder
    (kg.deals.market); assets swapped, a sale each way (kg.deals.swap). Fills ``ms``
    and returns the sentence's new mentions, priced with the money of the sentence no
    other deal took."""
    stake_told_again(ctx, ms, before, si)
    clitic_in_coordination(ctx, ms)
    clitic_in_relative(ctx, ms)
    stake_in_topic(ctx, ms, before)
    seller_told(ctx, ms)
    owner_of_assets(ctx, ms)
    made = rival_bidders(ctx, sent, ms, before, si)
    made += suitor_interest(ctx, sent, ms, si) + assets_go_to(ctx, sent, before, si)
    made += shown_interest(ctx, sent, ms + made, si)
    made += bids_in_play(ctx, sent, ms, before, si)
    made += beaten_bidders(ctx, sent, before, si) + lost_bidders(ctx, sent, before, si)
    made += contest_winners(ctx, sent, ms, before, si) + lost_to_rival(ctx, sent, ms, before, si)
    made += listing_investors(ctx, sent, ms, si)
    made += counted_holders(ctx, sent, ms + made, si)
    made += market_moves(ctx, sent, ms, made, si)
    made += asset_swaps(ctx, sent, ms + made, si)
    # A new deal takes what money of its sentence the sentence's other deals left
    # ("Este lunes, X presentó una oferta competidora de 310 millones").
    attach_money(ctx, sent, [m for m in made if m.amount is None])
    return made


def told_earlier(ctx: Context, ms: list[Mention]) -> frozenset[int]:
    """The triggers of the deals told in a clause of time ("después de que X vendiera
    su filial a Y", "a year after X sold its unit to Y") whose sentence also refers
    back to a deal outside that clause ("La compra llega meses después de que ..."):
    the clause tells an earlier event, another deal than the one referred back. So does
    a relative clause on a name dated by a year of its own ("Halden, which acquired
    the brand from Y in 2015, said the sale ...", "Lorca, que compró la filial a Y en
    2016, dijo que la venta ..."): the company's past, told as background. So does a
    "when" clause on a year gone by ("The round doubles its valuation from 2023, when
    Wexford led a $20 million Series A", "... desde 2021, cuando X lideró una ronda de
    5 millones"): what happened in that year."""
    backs = [ctx.doc[m.trigger] for m in ms if m.backref]
    found: set[int] = set()
    for m in ms:
        if m.backref:
            continue
        tok = ctx.doc[m.trigger]
        clause = _time_clause(tok) or _dated_relative(tok) or _when_of_year(tok)
        if clause is not None and any(b not in clause.subtree for b in backs):
            found.add(m.trigger)
    return frozenset(found)


def _time_clause(tok: Token) -> Token | None:
    """The clause of time that ``tok`` is in: a verb hung on "después" / "after" or
    marked by it ("después de que X vendiera ...", "after X sold ...")."""
    for t in (tok, *tok.ancestors):
        if t.dep_ != "advcl" or not is_verbal(t):
            continue
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        if t.head.lower_ in _BEFORE_MARKS or marks & _BEFORE_MARKS:
            return t
    return None


_BEFORE_MARKS = frozenset(PRIOR_PREPS) | {"antes", "before"}


def _dated_relative(tok: Token) -> Token | None:
    """The relative clause on a company's name or noun that ``tok`` is in, when a time
    gone by stands in it ("Halden, which acquired the brand from Y in 2015", "La
    empresa, que compró la filial a Y en 2016", "X, que el año pasado firmó un acuerdo
    con Y")."""
    for t in (tok, *tok.ancestors):
        if t.dep_ not in ("relcl", "acl") or not is_verbal(t) or not (
            t.head.pos_ == "PROPN" or t.head.lemma_.lower() in COMPANY_NOUNS
        ):
            continue
        if not any(c.lower_ in RELATIVE_PRONOUNS and c.pos_ == "PRON" for c in t.children):
            return None
        return t if any(_time_gone_by(x) for x in t.subtree) else None
    return None


def _when_of_year(tok: Token) -> Token | None:
    """The "when" clause that ``tok`` is in, when it is dated by a time gone by, in the
    clause or just before it ("from 2023, when Wexford led a Series A", "en 2021,
    cuando X compró Y")."""
    for t in (tok, *tok.ancestors):
        if t.dep_ not in ("advcl", "relcl", "acl") or not is_verbal(t):
            continue
        when = [c for c in t.children if c.lower_ in _WHEN_WORDS and c.i < t.i]
        if not when:
            continue
        before = when[0].i - 1
        while before >= 0 and t.doc[before].is_punct:
            before -= 1
        dated = before >= 0 and _time_gone_by(t.doc[before])
        return t if dated or any(_time_gone_by(x) for x in t.subtree) else None
    return None


_WHEN_WORDS = frozenset({"when", "cuando"})


def _time_gone_by(t: Token) -> bool:
    """Whether a word puts its clause in the past: a year ("2015"), "ago" / "hace",
    or "last" / "pasado" on a unit of time ("last year", "el año pasado")."""
    return year_of(t) is not None or t.lower_ in PAST_TIME_WORDS or (
        t.lower_ in PAST_TIME_MODIFIERS and t.head.lemma_.lower() in TIME_UNITS
    )


def past_agreements(ctx: Context, ms: list[Mention]) -> None:
    """An agreement told in a dated relative clause on a company beside another deal
    of the sentence ("Bodegas X se fusionará con Viñedos Y, que el año pasado firmó un
    acuerdo de distribución con Z"): the company's past, another deal, never the
    agreement of the deal told around it (``distinct``)."""
    for m in ms:
        if m.type != "Agreement" or m.distinct:
            continue
        clause = _dated_relative(ctx.doc[m.trigger])
        if clause is not None and any(
            o.type not in ("Agreement", "") and ctx.doc[o.trigger] not in clause.subtree
            for o in ms
        ):
            m.distinct = True
            m.rules.append("parties:agreement-in-past-clause")


def _not_commenters(ctx: Context, ms: list[Mention], reporter: EntityRef | None) -> None:
    """The sentence's source is no party of its deals unless it acts in them
    (``reporter_acts``); nor is a person who speaks about a deal noun
    (kg.deals.speaker)."""
    for m in ms:
        if reporter is not None and not reporter_acts(ctx, m, reporter):
            m.roles = [(r, e) for r, e in m.roles if e != reporter]
        speaker_not_party(ctx, m)


def reporter_acts(ctx: Context, m: Mention, reporter: EntityRef) -> bool:
    """A company that reports its own deal is a party, not an outside source, when it
    is the subject of the trigger verb itself ("La petrolera X se quedó con Y, informó
    la compañía", where the parser makes X the subject of "informó" too)."""
    tok = ctx.doc[m.trigger]
    if not is_verbal(tok) or not any(
        reporter in ctx.np_entities(s) or _relative_on(ctx, s, reporter)
        for s in subjects(tok)
    ):
        return False
    m.rules.append("parties:reporter-acts")
    return True


def _relative_on(ctx: Context, subject: Token, reporter: EntityRef) -> bool:
    """ "Jo Bell, a fund manager at X, which owns 3pc of the company, said ...": the
    relative pronoun subject of a clause hung on the source's own name tells a fact of
    the source, not its comment (session 19)."""
    clause = subject.head
    return subject.tag_ in ("WDT", "WP") and clause.dep_ in ("relcl", "acl:relcl") \
        and reporter in ctx.np_entities(clause.head)


def _attribute(
    sent: SpacySpan, ms: list[Mention], before: list[Mention], si: int,
    source: tuple[EntityRef | None, str | None],
) -> None:
    """The sentence's source and hedge go to its mentions; a sentence that only
    reports ("Así lo adelantó X") is the source of the deals just told; what unnamed
    sources announce is a rumour (``rumoured_by_sources``)."""
    reporter, hedge = source
    rumoured_by_sources(sent, ms)
    for m in ms:
        m.reported_by = reporter
        if hedge and m.hedge is None:
            m.hedge = hedge
    if reporter is not None and not ms and before:
        for m in before:
            if m.sent == si - 1 and m.reported_by is None:
                m.reported_by = reporter


def described_target(ctx: Context, m: Mention) -> bool:
    """A takeover with a buyer and no named target whose object is a definite
    description ("has closed its takeover of the Dutch side from X", "cerró la compra
    del grupo"): the description refers to a company already known."""
    roles = {role for role, _ in m.roles}
    if m.type != "Acquisition" or "target" in roles or "acquirer" not in roles:
        return False
    tok = ctx.doc[m.trigger]
    if tok.pos_ in ("NOUN", "PROPN"):
        return described_theme(tok)
    return any(
        t.pos_ == "NOUN" and not ctx.np_entities(t) and is_definite(t)
        and not _owned_assets(t)
        for t in direct_objects(tok)
    )


def _owned_assets(tok: Token) -> bool:
    """A plural definite description of assets ("compró a Y las naves de Teruel", "X
    bought the leases from Y"): things a business owns, which no single company named
    elsewhere can be; their purchase is a deal of its own, not a takeover told again."""
    return "Plur" in feat(tok, "Number") and (
        tok.lemma_.lower() in ASSET_NOUNS or tok.lower_ in ASSET_NOUNS
    )


# The words a bare description may carry besides its determiner: "the business", "el
# negocio", and the buyer or price a parse may hang on it ("el negocio a X por 12 millones").
_BARE_DEPS = frozenset({"det", "poss", "case", "punct"})
_BARE_PREPS = frozenset({"a", "to", "por", "for"})


def bare_description(ctx: Context, m: Mention) -> bool:
    """A takeover's described object told by its noun alone ("Tolland sold the business
    to Crisp", "Grupo Tolosa vendió el negocio a Crujiente"): the company the article
    named before. A description with words of its own ("its dairy business", "su
    división láctea", "the business in Spain") may tell another part of the seller."""
    tok = ctx.doc[m.trigger]
    if tok.pos_ in ("NOUN", "PROPN"):
        return False
    return any(
        t.pos_ == "NOUN" and not ctx.np_entities(t) and is_definite(t)
        and all(c.dep_ in _BARE_DEPS or _buyer_or_price(c) for c in t.children)
        for t in direct_objects(tok)
    )


def _buyer_or_price(c: Token) -> bool:
    """A phrase "a X", "to X", "por N" hung on the object (where it means the verb's)."""
    if c.dep_ == "prep":
        return c.lower_ in _BARE_PREPS
    return c.dep_ == "nmod" and case_of(c) in _BARE_PREPS


# Conjunctions of a clause that tells what came before its main clause's event.
_BACKGROUND_MARKS = PRIOR_PREPS | {"when", "cuando", "que"}


def main_subject_described(ctx: Context, m: Mention) -> None:
    """A takeover told in a subordinate clause of time whose target is only described
    ("Greystone Mill will cut 400 jobs, its first since Brannock took over the
    company", "Cóndor transportó 4 millones de pasajeros desde que Avianza tomó el
    control de la aerolínea", "X will step down, months after the maker was acquired
    by Y"): the description is the company the main clause is about, its subject."""
    if m.type != "Acquisition":
        return
    tok = ctx.doc[m.trigger]
    clause = tok if is_verbal(tok) else next((t for t in tok.ancestors if is_verbal(t)), None)
    if clause is None or clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS for c in clause.children
    ):
        return
    if not any(_describes_company(ctx, t) for t in clause.subtree if t.i != clause.i):
        return
    if not is_verbal(tok) and m.roles and {role for role, _ in m.roles} == {"target"}:
        # "desde que el grupo X tomó el control de la empresa": the description was
        # read as the name nearest before it, the clause's own subject, who takes
        takers = {ref for s in subjects(clause) for ref in ctx.np_entities(s)}
        if m.parties() <= takers:
            m.roles = [("acquirer", ref) for _, ref in m.roles]
    roles = {role for role, _ in m.roles}
    if "target" in roles or "acquirer" not in roles:
        return
    main = [
        ref for s in subjects(clause.head) for ref in ctx.np_entities(s) if ref.kind == "org"
    ]
    if len(main) == 1 and main[0] not in m.parties():
        m.add_role("target", main[0])
        m.rules.append("parties:main-subject-described")


def _describes_company(ctx: Context, t: Token) -> bool:
    """A definite noun for a company that names none ("la aerolínea", "the maker")."""
    return (
        t.pos_ == "NOUN"
        and (t.lemma_.lower() in COMPANY_NOUNS or t.lower_ in DESCRIPTORS)
        and is_definite(t)
        and not ctx.np_entities(t)
    )


# The roles a takeover or an investment names what was bought with.
_THEME_ROLES = {"Acquisition": "target", "Investment": "investee"}


def dated_targets(ctx: Context, sent: SpacySpan, m: Mention) -> list[Mention]:
    """A timeline with the verb said once ("in 2021 the group acquired A; in 2023, B;
    and this year, C", "en 2021 compró A; en 2023, B, y este año, C", "bought A in 2019
    and B in 2022"): targets each told with a time of its own are as many deals, one a
    target; the money goes to the target whose stretch of the sentence holds it.
    Targets with no time between them ("bought A and B") stay one deal."""
    role = _THEME_ROLES.get(m.type)
    if role is None:
        return [m]
    targets = [ref for r, ref in m.roles if r == role]
    if targets:
        targets += [
            ref for ref in _gapped_dated(ctx, sent, m) if ref not in m.parties()
        ]
    if len(targets) < 2:
        return [m]
    first = {}
    for i in range(sent.start, sent.end):
        ref = ctx.tok_ent.get(i)
        if ref in targets and ref not in first:
            first[ref] = i
    if len(first) != len(targets):
        return [m]
    order = sorted(targets, key=first.__getitem__)
    starts = [first[ref] for ref in order]
    if not all(_time_between(ctx, a, b) for a, b in zip(starts, starts[1:], strict=False)):
        return [m]
    money = next(
        (i for i in range(sent.start, sent.end) if m.amount is not None
         and ctx.tok_amount.get(i) is m.amount),
        None,
    )
    others = [(r, ref) for r, ref in m.roles if r != role]
    out = []
    for n, ref in enumerate(order):
        end = starts[n + 1] if n + 1 < len(starts) else sent.end
        holds_money = money is not None and starts[n] <= money < end
        out.append(replace(
            m, roles=[*others, (role, ref)], amount=m.amount if holds_money else None,
            distinct=m.distinct or n > 0, rules=[*m.rules, "parties:dated-targets"],
            extra_evidence=list(m.extra_evidence),
        ))
    return out


def _gapped_dated(ctx: Context, sent: SpacySpan, m: Mention) -> list[EntityRef]:
    """The names of a timeline after the verb's own object, each in a stretch of its
    own (after ";" or a conjunction) with no verb and a time before it ("; in 2023,
    B; and this year, C", "; en 2023, B, y este año, C"): objects of the verb left
    out. The parser coordinates such stretches in many ways; their order does not
    change."""
    tok = ctx.doc[m.trigger]
    if not is_verbal(tok):
        return []
    stretches: list[list[Token]] = [[]]
    for t in ctx.doc[tok.i + 1 : sent.end]:
        if t.text == ";" or t.pos_ == "CCONJ":
            stretches.append([])
        else:
            stretches[-1].append(t)
    found: list[EntityRef] = []
    for stretch in stretches[1:]:
        if any(t.pos_ in ("VERB", "AUX") for t in stretch):
            break  # a clause of its own
        when = next((n for n, t in enumerate(stretch) if _is_time(t)), None)
        if when is None:
            continue
        ref = next(
            (ctx.tok_ent[t.i] for t in stretch[when + 1 :]
             if t.i in ctx.tok_ent and ctx.tok_ent[t.i].kind == "org"),
            None,
        )
        if ref is not None and ref not in found:
            found.append(ref)
    return found


def _is_time(tok: Token) -> bool:
    """A year, a date, or a span of time ("este año", "un año después")."""
    return (
        tok.ent_type_ == "DATE" or tok.lemma_.lower() in INTERVAL_NOUNS
        or (tok.text.isdigit() and len(tok.text) == 4 and 1900 <= int(tok.text) <= 2100)
    )


def _time_between(ctx: Context, start: int, end: int) -> bool:
    """Whether a year, a date or a span of time ("este año", "un año después") is told
    between two tokens."""
    return any(_is_time(tok) for tok in ctx.doc[start:end])


def share_parties(ctx: Context, ms: list[Mention]) -> None:
    """A partnership told as the frame of another deal of the sentence ("X invested
    $16 million in Y as part of a partnership", "en el marco de una alianza") is
    between that deal's parties. Not one ended in a clause of its own under the deal
    ("sold its plant to Y, ending a decade-long venture in Kenya": the venture the sale
    ends is the seller's, not one with the buyer)."""
    for m in ms:
        if m.type not in ("Partnership", "Agreement") or len(m.parties()) >= 2:
            continue
        trigger = ctx.doc[m.trigger]
        ended = m.status == "Cancelled" and m.status_explicit
        ancestors = {t.i for t in (_in_clause(trigger) if ended else trigger.ancestors)}
        outer = next((o for o in ms if o is not m and o.trigger in ancestors), None)
        if outer is not None:
            for _, ref in outer.roles:
                m.add_role("partner", ref)
            m.rules.append("parties:framed-deal")


def _in_clause(tok: Token) -> list[Token]:
    """The heads above ``tok`` up to the first verb that governs it (that verb
    included): the words of whose clause ``tok`` is a phrase."""
    heads: list[Token] = []
    for head in tok.ancestors:
        heads.append(head)
        if head.pos_ in ("VERB", "AUX"):
            break
    return heads


def elided_investee(ctx: Context, ms: list[Mention], before: list[Mention], si: int) -> None:
    """"Existing backer X invested a further £25 million": an investment verb
    with no "in ..." continues the round told just before (ellipsis of the
    investee), within the two sentences before."""
    for m in ms:
        roles = {role for role, _ in m.roles}
        if m.type != "Investment" or "investee" in roles or "investor" not in roles:
            continue
        if not is_verbal(ctx.doc[m.trigger]):
            continue
        prior = next(
            (
                p
                for p in reversed(before)
                if p.type == "Investment" and si - p.sent <= 2
                and any(role == "investee" for role, _ in p.roles)
            ),
            None,
        )
        if prior is not None:
            investee = next(ref for role, ref in prior.roles if role == "investee")
            if investee not in m.parties():
                m.add_role("investee", investee)
                m.rules.append("parties:elided-investee")


def earlier_round(ms: list[Mention], before: list[Mention], earlier: frozenset[int]) -> None:
    """ "The round more than doubles Coralbay's valuation from 2023, when Wexford led a
    $20 million Series A": a round told with its investors and no company in a clause
    of a time gone by, beside the round the sentence refers back to (``told_earlier``),
    is an earlier round of the same company, not more investors of this one: its
    investee is that of the round referred back, the latest told with its company
    (``parties:earlier-round``)."""
    for m in ms:
        roles = {role for role, _ in m.roles}
        if m.type != "Investment" or m.trigger not in earlier:
            continue
        if "investee" in roles or "investor" not in roles:
            continue
        prior = next(
            (p for p in reversed(before)
             if p.type == "Investment" and any(role == "investee" for role, _ in p.roles)),
            None,
        )
        if prior is None:
            continue
        m.add_role("investee", next(ref for role, ref in prior.roles if role == "investee"))
        m.distinct = True
        m.rules.append("parties:earlier-round")


# Verbs of joining a round whose subject, told after the round, is one more investor
# ("Oakfield Capital and Seren Partners also took part", "También participaron X e Y",
# "Se suman a la ronda X e Y", "X led the investment").
_JOIN_VERBS = PARTICIPATE_WORDS | LEAD_VERBS | {"sumar", "sumarse", "entrar", "take"}
# Joining verbs that take no object: a name after one is its subject, put last as Spanish
# does ("En la ronda han participado X e Y"), which the parser reads as an object.
_INTRANSITIVE_JOIN = frozenset({"participar"})
# what a joined round may be called: the round itself, or a deal noun that points back
_ROUND_KINDS = ("round_n", "invest_n", "deal_n", "raise_n")


def round_joined_after(
    ctx: Context, sent: SpacySpan, ms: list[Mention], before: list[Mention], si: int
) -> None:
    """ "Lumenwise raised €18 million. The round was led by A. B and C also took
    part.", "The funding came from A and B": investors named in a sentence after the
    round, with a verb of joining or leading (or of the round's money coming from them)
    and no company of their own to invest in, are investors of the round told in the
    two sentences before (``parties:round-joined-after``)."""
    if any(role == "investee" for m in ms for role, _ in m.roles):
        return  # the sentence tells a deal of its own
    prior = next(
        (
            p for p in reversed(before)
            if p.type == "Investment" and si - p.sent <= 2
            and any(role == "investee" for role, _ in p.roles)
        ),
        None,
    )
    if prior is None:
        return
    for verb in sent:
        if not is_verbal(verb):
            continue
        if verb.lemma_.lower() in _SOURCE_VERBS:
            joined = _money_sources(ctx, verb)
        elif verb.lemma_.lower() in _JOIN_VERBS:
            joined = _joined_investors(ctx, verb)
        else:
            continue
        for ref in joined:
            if ref not in prior.parties():
                prior.add_role("investor", ref)
        if joined:
            prior.rules.append("parties:round-joined-after")


# Verbs that tell where money came from ("The funding came from X and Y", "Los fondos
# proceden de X"): with a round or its money as subject, the source is an investor.
_SOURCE_VERBS = frozenset({"come", "proceder", "provenir"})
# What a round's money may be called as the subject of a verb of source.
_MONEY_NOUNS = frozenset({"money", "cash", "capital", "dinero", "fondos", "funds"})


def _money_sources(ctx: Context, verb: Token) -> list[EntityRef]:
    """ "The funding came from X and Y", "el dinero procede de X": the names a round's
    money comes from, when a round noun or a word for its money is the subject."""
    if not any(
        ctx.by_token.get(s.i) in _ROUND_KINDS or s.lemma_.lower() in _MONEY_NOUNS
        for s in subjects(verb)
    ):
        return []
    refs: list[EntityRef] = []
    for prep, arg in ctx.prep_args(verb):
        for x in ctx.np_entities(arg) if prep in ("from", "de") else ():
            if x not in refs:
                refs.append(x)
    return refs


def _joined_investors(ctx: Context, verb: Token) -> list[EntityRef]:
    """The names that join or lead a round with ``verb``: none when the verb takes an
    object or complement that is not a round ("joined the board", "took part in the
    talks", "participa en X")."""
    lemma = verb.lemma_.lower()
    args = [c for c in verb.children if c.dep_ in ("dobj", "obj", "prep", "obl")]
    if lemma == "take" and not any(c.lower_ == "part" for c in args):
        return []
    names: list[Token] = [*subjects(verb)]
    for c in args:
        noun = next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "prep" else c
        if c.lower_ == "part" or noun.pos_ == "PRON":
            continue  # "took part", "se suman"
        if ctx.by_token.get(noun.i) in _ROUND_KINDS and is_definite(noun):
            names.append(noun)  # "Lidera la operación X": the name apposed to the noun
            continue
        if lemma in _INTRANSITIVE_JOIN and c.dep_ == "obj" and c.i > verb.i and not case_of(c):
            # "En ella participaron X e Y": the subject after the verb (not "participa
            # en X", another company, which the small parser also hangs as an object)
            names.append(c)
            continue
        return []
    if lemma in LEAD_VERBS and not any(n.i in ctx.by_token for n in names):
        return []  # "X leads": a lead verb needs the round it leads
    refs: list[EntityRef] = []
    for n in names:
        for x in ctx.np_entities(n):
            if x not in refs:
                refs.append(x)
    return refs
