"""``Context``: one Doc indexed for the deal rules (which token belongs to which entity,
amount and quantity; the sentences), and the noun phrases that name entities.

It also keeps what the reading of one Doc learns as it goes: the organisations that
report deals (never a party), the amounts already given to a deal, the signatories of
agreements whose purpose carries the deal.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cached_property
from typing import TypeVar

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.deals.frame import frame_speaker, outlets_besides
from kg.deals.guards import (
    court_officers,
    judges,
    lenders,
    market_venues,
    speaker_affiliations,
    supervisors,
)
from kg.deals.syntax import case_of, doubled_object, feat, is_ticker, opens_ticker
from kg.deals.words import (
    BID_NOUNS,
    CALENDAR_WORDS,
    COMPANY_NOUNS,
    COMPARISON_WORDS,
    DESCRIPTORS,
    FORCES_JOINED,
    GROUP_NOUNS,
    LED_NOUNS,
    MEMBER_VERBS,
    NAMING_VERBS,
    NOMINAL_ARG_DEPS,
    OFFER_NOUNS,
    RELATIONAL_NOUNS,
    RELATIVE_POSSESSIVES,
    SUBJ_DEPS,
)
from kg.doc import (
    covering_tokens,
    doc_lang,
    doc_text,
    sentence_span,
    token_lemma_lowers,
    token_lowers,
    word_positions,
)
from kg.facts import Amount, Entity, EntityRef, Quantity, Span

# Dependencies by which a noun phrase continues a name: flat names, compounds,
# appositions ("Zegona, el operador") and coordination ("A y B").
_NAME_DEPS = ("flat", "compound", "appos", "conj", "name", "fixed", "flat:name")

_Money = TypeVar("_Money", Amount, Quantity)

# A dateline: a place in capitals (and a date) at the start of a line, then the source
# in brackets ("MADRID, 3 (EUROPA PRESS) -", "SAN FRANCISCO (AP) —", "LONDON, May 3
# (Reuters) -").
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ .'\-]+(?:,[^()\n]{0,30})?)?\([^()\n]{0,30}$"
)


# Common nouns a notice, a circular or a contract capitalises as the defined term for
# one of its parties ("the Company", "the Offeror").
_DEFINED_TERMS = frozenset({"company", "group", "offeror", "purchaser", "buyer", "issuer"})


def _defined_term(tok: Token) -> bool:
    """ "the Company" in a notice: a capitalised common noun after "the" mid-sentence."""
    return tok.lower_ in _DEFINED_TERMS and tok.text[:1].isupper() and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children
    )


class Context:
    """The work for one Doc: its entities, money and sentences, indexed by token."""

    # what the context found once of a word or a class of words
    _np_known: dict[int, tuple[EntityRef, ...]]  # (np_entities)
    _prep_known: dict[int, tuple[tuple[str, Token], ...]]  # (prep_args)

    def __init__(
        self, doc: Doc, triggers: dict[int, str], cues: frozenset[int] = frozenset()
    ) -> None:
        self.doc = doc
        self.lang = doc_lang(doc)  # "es" or "en": doc.lang_ read once, not per rule
        self.by_token = triggers  # token index → trigger kind ("acquire_v", ...)
        self.cues = cues  # tokens that can open an attribution
        self.entities: list[Entity] = list(doc._.kg_entities or [])
        self.amounts: list[Amount] = [
            a for a in (doc._.kg_amounts or []) if not a.exchange_rate and not a.per_share
        ]
        self.quantities: list[Quantity] = list(doc._.kg_quantities or [])
        self.tok_ent, self.mention_starts = _mentions_by_token(doc, self.entities)
        self.tok_amount: dict[int, Amount] = self._by_token(self.amounts)
        self.tok_qty: dict[int, Quantity] = self._by_token(self.quantities)
        # tokens of prices per share ("15 euros por acción"): no deal's amount, but the
        # terms that value a takeover's target
        self.share_price_toks: frozenset[int] = frozenset(self._by_token(
            [a for a in (doc._.kg_amounts or []) if a.per_share]))
        self.sents: list[SpacySpan] = list(doc.sents)
        self.evidence: dict[int, Span] = {}  # sentence index → its evidence span
        self.sent_starts = [sent.start for sent in self.sents]
        # sources of what a sentence reports (kg.deals.attach.attribution), and the
        # outlets a transcript's questioners speak for (kg.deals.guards)
        self.reporters: set[EntityRef] = set(speaker_affiliations(doc, self.entities))
        self.used_amounts: set[int] = set()  # id() of amounts already given to a deal
        self.signed: dict[int, list[EntityRef]] = {}  # purpose trigger → signatories
        # purpose triggers of a venture founded ("formed a venture to buy X"): its
        # signatories are all on the buying side
        self.founders: set[int] = set()
        # the two parties of the latest deal told, which "las partes", "both companies"
        # mean (kg.deals.longform.the_parties)
        self.told_pair: list[EntityRef] = []
        # the parties of the latest deals told, by role, with the sentence that told
        # them: what "the buyer", "la compradora", "the target" mean
        # (kg.deals.refer.role_anaphor)
        self.told_roles: dict[str, tuple[int, EntityRef]] = {}
        # the holder of each role before the latest one, when another: two deals that
        # give a role to different parties leave "the buyer" open
        self.earlier_roles: dict[str, tuple[int, EntityRef]] = {}
        # the latest award's seller and sentence: "the contractor" (refer:awardee-anaphor)
        self.told_awardee: tuple[int, EntityRef] | None = None
        self.story_target: EntityRef | None = None  # the first takeover's (kg.deals.tacit)
        # every party told so far with its role, in the order told: whose ownership
        # the story follows (kg.deals.refer.owned_company)
        self.told_parties: list[tuple[str, EntityRef]] = []
        self.voice: EntityRef | None = None  # whose "we" the text is (kg.deals.refer)
        # the one organisation the text's frame names as its writer: its "we"
        self.frame_voice = frame_speaker(doc, self.entities)
        # news agencies and the article's outlet report deals, never make them
        # (not the organisation that writes the text itself, kg.deals.frame)
        self.not_parties = outlets_besides(doc, self.entities, self.frame_voice) | \
            dateline_sources(doc, self.entities)
        # stock exchanges, regulators and courts, lenders and judges (kg.deals.guards)
        self.supervisors = supervisors(self.entities) | court_officers(doc, self.entities)
        self.venues = (
            market_venues(self.entities) | self.supervisors
            | lenders(doc, self.entities) | judges(doc, self.entities)
        )
        self._np_known, self._prep_known = {}, {}

    @cached_property
    def lowers(self) -> list[str]:
        """Every token's ``lower_``, read once per doc (``kg.doc``; the entities
        component read them first): never change the list."""
        return token_lowers(self.doc)

    @cached_property
    def lemma_lowers(self) -> list[str]:
        """Every token's ``lemma_.lower()``, read once per doc (``kg.doc``)."""
        return token_lemma_lowers(self.doc)

    @cached_property
    def _orders(self) -> tuple[list[int], list[int]]:  # triggers and cues, in order
        return sorted(self.by_token), sorted(self.cues)

    def triggers_in(self, sent: SpacySpan) -> list[int]:
        """The trigger words of ``sent`` (``by_token``'s keys), in order."""
        order = self._orders[0]
        return order[bisect.bisect_left(order, sent.start) : bisect.bisect_left(order, sent.end)]

    def has_cue(self, sent: SpacySpan) -> bool:
        """Whether a word of ``sent`` can open an attribution (one of ``cues``)."""
        order = self._orders[1]
        at = bisect.bisect_left(order, sent.start)
        return at < len(order) and order[at] < sent.end

    def among(
        self, sent: SpacySpan, words: frozenset[str], kind: str = "lemma_lowers"
    ) -> list[int]:
        """The indices, in order, of the words of ``sent`` whose lemma (lowercased; or
        word of another ``kind``: ``kg.doc.word_positions``) is one of ``words``: the
        only words a rule that asks for them need look at, found without a Token per
        word from a per-doc index.

        >>> ctx.among(sent, frozenset({"comprar"}))  # doctest: +SKIP
        [4]
        """
        return word_positions(self.doc, words, kind, sent.start, sent.end)

    def _by_token(self, found: list[_Money]) -> dict[int, _Money]:
        index: dict[int, _Money] = {}
        for item in found:
            words = covering_tokens(self.doc, item.span.start, item.span.end)
            if words is not None:
                for i in range(*words):
                    index.setdefault(i, item)
        return index

    def sentence_evidence(self, si: int) -> Span:
        """Sentence ``si`` as the evidence span of the deals it tells (made once)."""
        ev = self.evidence.get(si)
        if ev is None:
            ev = self.evidence[si] = sentence_span(self.sents[si], doc_text(self.doc))
        return ev

    def sent_index(self, i: int) -> int:
        """Index in ``self.sents`` of the sentence holding token ``i``."""
        return bisect.bisect_right(self.sent_starts, i) - 1

    # -- noun phrases ---------------------------------------------------------

    def np_entities(self, tok: Token, depth: int = 0) -> list[EntityRef]:
        """Entities the noun phrase headed by ``tok`` names directly (with appositions,
        flat names, compounds, "such as" lists and coordination): ``_np_entities``,
        found once per word (many rules ask of the same words), a new list each time."""
        if depth or tok.doc is not self.doc:
            return _np_entities(self, tok, depth)
        known = self._np_known.get(tok.i)
        if known is None:
            known = self._np_known[tok.i] = tuple(_np_entities(self, tok, 0))
        return list(known)

    def _name_after_descriptor(self, tok: Token, depth: int = 0) -> list[EntityRef]:
        """ "in the Swedish battery maker Zenith Labs": a name right after a company
        descriptor is its close apposition even when the parser hung it elsewhere
        (on the verb); not a name that starts a clause of its own (a subject). A plural
        descriptor takes the names coordinated with it ("bought rivals Zenith and
        Borealis", "online retailers A, B and C")."""
        nxt = _after_descriptor(tok, self.tok_ent)
        lemma = tok.lemma_.lower()
        plural = "Plur" in feat(tok, "Number")
        under = _descriptor_under_adjective(tok)  # "compró la cementera cordobesa X"
        if under:
            nxt = tok.i + 1
        if (
            nxt is None or nxt >= len(self.doc)
            or not (under or tok.lower_ in DESCRIPTORS or lemma in COMPANY_NOUNS or (
                plural and lemma in DESCRIPTORS))
            or self.doc[nxt].dep_ in ("nsubj", "nsubjpass", "nsubj:pass")
        ):
            return []
        ref = self.tok_ent.get(nxt)
        if ref is None or tok.i in self.tok_ent:
            return []
        if not plural or depth > 4:
            return [ref]
        name = self.doc[nxt]
        while name.head.i != name.i and self.tok_ent.get(name.head.i) == ref:
            name = name.head
        found = self.np_entities(name, depth + 1)
        return found if ref in found else [ref]

    def _name_parts(self, tok: Token, ref: EntityRef | None, child: Token) -> list[Token]:
        """The tokens under ``child`` that continue the name of ``tok``'s phrase."""
        dep = child.dep_
        if dep in _NAME_DEPS:
            if dep == "compound" and ref is None and child.i > tok.i:
                return []
            if dep == "compound" and _before_relational(tok, child):
                return []  # "Google parent Alphabet": Google names the parent's child
            if dep != "conj" and case_of(child) is not None:
                return []  # "El CEO de OpenAI": a complement, not the name
            if dep == "flat" and _after_cased_flat(tok, child, self.tok_ent):
                return []  # "Tajo" of "de Grupo Calatrava sobre Cementos Tajo"
            if (dep == "appos" and ref is not None and is_ticker(child)) or (
                    dep == "conj" and _clause_subject_as_conj(tok, child)) or (
                    dep == "appos" and _descriptor_before(tok, child, self.tok_ent)):
                return []  # "Rockwell Collins (COL)"; "a stake to sovereign fund X"
            if dep == "appos" and (_predicate_of_clause(child) or _relative_possessed(
                    child, self.tok_ent)):  # "la cadena X, cuyos clientes son A y B": A is
                return []  # the clients; "X, whose chief executive Sarah Penn": not X
            return [child]
        if dep == "prep" and child.lower_ in ("as", "like", "including"):
            return list(child.children)  # "investors such as / including A and B"
        if dep in ("acl", "relcl") and ref is None and any(
            g.dep_ == "obl" and g.pos_ == "PRON" and case_of(g) == "entre"
            for g in child.children
        ):
            # "varios fondos, entre los que destacan A y B": the members named
            return [g for g in child.children if g.dep_ in ("nsubj", "nsubj:pass")]
        if ref is None and _broken_descriptor(self, tok, child):
            return [child]
        if ref is None and (named := _sector_named(tok, child, self.tok_ent)):
            return named
        if dep in ("nmod", "npadvmod") and child.i < tok.i and any(
            g.dep_ == "cc" for g in child.children
        ):
            # "A and B said ...": a coordination the parser hung as a modifier.
            return [child]
        if dep == "acl" and child.lemma_.lower() in NAMING_VERBS:
            # "a bakery chain called X", "una startup llamada X"
            return [g for g in child.children if g.dep_ in ("oprd", "xcomp", "dobj", "obj", "attr")]
        if dep == "nmod" and case_of(child) in ("como",):
            return [child]
        if _unnamed_group(tok, ref, self.tok_ent) and (
            (dep == "prep" and child.lower_ == "of")
            or (dep == "nmod" and case_of(child) == "de" and child.i in self.tok_ent)
        ):
            # "a consortium of A and B", "un consorcio de A y B": the group is its members
            return [child] if dep == "nmod" else [g for g in child.children if g.dep_ == "pobj"]
        if dep in ("acl", "amod") and ref is None and tok.lemma_.lower() in (
            GROUP_NOUNS | LED_NOUNS
        ) and child.lemma_.lower() in MEMBER_VERBS:
            # "un consorcio formado por A, B y C", "a consortium made up of A and B",
            # "a group of investors led by A": the group is its members (the Spanish
            # parse may hang "por A" as an object with its preposition).
            return [a for _, a in self.prep_args(child)] + [
                g for g in child.children
                if g.dep_ in ("dobj", "obj") and case_of(g) in (None, "por")
            ]
        return []

    def nested_entities(self, tok: Token) -> list[EntityRef]:
        """Entities inside prepositional complements of a noun ("100 % de TSB",
        "the unit of Merck"), up to two levels down."""
        found: list[EntityRef] = []
        frontier = [tok]
        for _ in range(3):
            nxt: list[Token] = []
            for head in frontier:
                for prep, noun in self.prep_args(head):
                    if prep in ("de", "of", "en", "in", "del"):
                        for r in self.np_entities(noun):
                            if r not in found:
                                found.append(r)
                        nxt.append(noun)
                if head.dep_ != "poss":
                    for child in head.children:
                        if child.dep_ == "poss":
                            for r in self.np_entities(child):
                                if r not in found:
                                    found.append(r)
            frontier = nxt
        return found

    def prep_args(self, head: Token) -> Iterator[tuple[str, Token]]:
        """(preposition, noun) for the prepositional arguments of ``head``: found once
        per word of the doc (``_prep_args``; the rules ask of the same head about three
        times on average, and the context's names and amounts do not change)."""
        found = self._prep_known.get(head.i)
        if found is None:
            found = self._prep_known[head.i] = tuple(_prep_args(self, head))
        return iter(found)

    def salient_before(self, tok_i: int, exclude: set[EntityRef]) -> EntityRef | None:
        """The most recent organisation mentioned before token ``tok_i``; not one named
        only to compare another with it (``compared``)."""
        for start, ref in reversed(self.mention_starts):
            if start >= tok_i:
                continue
            if ref in exclude or ref in self.reporters or ref in self.venues or ref.kind != "org":
                continue
            if compared(self.doc, start):
                continue
            return ref
        return None


def _prep_args(ctx: Context, head: Token) -> Iterator[tuple[str, Token]]:
    """``Context.prep_args`` found afresh."""
    for child in head.children:
        if child.dep_ in ("prep", "agent", "dative"):
            prep = "by" if child.dep_ == "agent" else child.lower_
            orphan = _orphan_object(child, ctx.tok_ent)
            if orphan is not None:
                yield prep, orphan
            for g in child.children:
                if g.dep_ in ("pobj", "pcomp", "dobj"):
                    yield prep, g
                    if prep == "by" and head.pos_ == "NOUN":
                        yield from _theme_after_agent(g, ctx.tok_ent)
                    yield from _with_after_date(g, ctx.tok_ent)
                if g.dep_ == "pcomp" and g.pos_ == "VERB":
                    # "of messaging service X" parsed as a gerund with object X
                    for h in g.children:
                        if h.dep_ == "dobj" and h.i in ctx.tok_ent:
                            yield prep, h
                elif g.dep_ == "prep" and g.lower_ == "of":  # "all of the shares of X"
                    for h in g.children:
                        if h.dep_ == "pobj":
                            yield prep, h
        elif child.dep_ in NOMINAL_ARG_DEPS or child.dep_ in ("obl:agent",) or \
                _cased_apposition(head, child):
            case = case_of(child)
            if case is not None and not _doubled(head, child, case):
                yield case, child
                yield from _cased_flat(child, ctx.tok_ent)
                yield from _past_amount(ctx, child)
        elif child.dep_ == "amod":
            yield from _past_participle(ctx, head, child)
    yield from _target_past_bid(ctx, head)
    yield from _bare_deal_noun_object(ctx, head)
    yield from _partner_on_idiom_noun(ctx, head)


def described_noun(ctx: Context, tok: Token) -> Token | None:
    """The noun a participle describes; inside brackets, the name before them."""
    left = [t for t in ctx.doc[max(0, tok.i - 4) : tok.i] if t.text == "("]
    if left:
        i = left[-1].i - 1
        if i >= 0 and i in ctx.tok_ent:
            return ctx.doc[i]
    return tok.head if tok.head != tok else None


def _broken_descriptor(ctx: Context, tok: Token, child: Token) -> bool:
    """A name the parser hung under the words that describe it: right after a
    descriptor ("La eléctrica Hidronorte"), "La fintech
    mexicana Pagomático" (the nationality adjective made the head, the name its
    modifier), "la cadena de electrodomésticos Hogar Total" (the name made the head
    of the descriptor's sector complement)."""
    if child.i not in ctx.tok_ent:
        return False
    if child.i == tok.i + 1 and case_of(child) is None and (
        tok.lower_ in DESCRIPTORS or tok.lemma_.lower() in COMPANY_NOUNS
    ):
        return True  # "La eléctrica Hidronorte", whatever the parser made of it
    if child.i == tok.i + 1 and tok.pos_ == "ADJ" and case_of(child) is None:
        return True
    if _adjective_between(tok, child) and (
        tok.lower_ in DESCRIPTORS or tok.lemma_.lower() in COMPANY_NOUNS
    ):
        return True  # "La start-up barcelonesa Kuvoa", the name hung as a bare dep
    return child.dep_ == "nmod" and tok.lower_ in DESCRIPTORS and \
        _sector_between(child, ctx.tok_ent)


def compared(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is told only to compare another company with it:
    "Wexcombe Foods, like Garside Group, bought a bakery: it acquired Pellow Bakes",
    "Jarama, como Grupo Tajuña, compró una cadena: adquirió Henares" ("unlike", "a
    diferencia de", "al igual que"). A company in such a phrase is no center: "it" and
    an unsaid subject after it mean the company compared, the subject."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in ("de", "que") and i >= start - 2:
        i -= 1  # "a diferencia de", "al igual que"
    return i >= 0 and doc[i].lower_ in COMPARISON_WORDS


def organisations_of(ctx: Context, people: list[EntityRef]) -> list[EntityRef]:
    """The organisations the article gives these people a role in ("Quillon founder X",
    "X, consejero delegado de Y"), in the order the roles were read."""
    found: list[EntityRef] = []
    for role in ctx.doc._.kg_roles or ():
        if role.person in people and role.organization not in found:
            found.append(role.organization)
    return found


def _sector_between(name: Token, tok_ent: dict[int, EntityRef]) -> bool:
    """Whether a name's "de" is followed by lower-case common words only, the sector
    of a descriptor ("de electrodomésticos", "de gas natural"), not by the name."""
    case = next((c for c in name.children if c.dep_ == "case"), None)
    if case is None or case.lower_ != "de" or case.i >= name.i - 1:
        return False
    between = name.doc[case.i + 1 : name.i]
    return all(t.pos_ in ("NOUN", "ADJ") and t.is_lower and t.i not in tok_ent for t in between)


def _theme_after_agent(agent: Token, tok_ent: dict[int, EntityRef]) -> Iterator[tuple[str, Token]]:
    """ "the acquisition by X of Y": an English event noun may put its agent before
    its theme; the parser then hangs "of Y" on the agent's name, which takes no
    complement of its own (an "of" inside a name is part of the name). A legal
    text's defined term ("the acquisition by the Company of Y") is a name too."""
    if agent.i not in tok_ent and not _defined_term(agent):
        return
    for h in agent.children:
        if h.dep_ == "prep" and h.lower_ == "of" and h.i not in tok_ent:
            for g in h.children:
                if g.dep_ == "pobj":
                    yield "of", g


def _orphan_object(prep: Token, tok_ent: dict[int, EntityRef]) -> Token | None:
    """ "agreed to sell Zenith Inc. to Acme Corp. The deal ...": a name whose legal
    suffix ends the sentence is split by the parser, which takes the suffix's period
    for the sentence's and hangs the name's pieces elsewhere; a preposition left
    with no object of its own takes the name that opens right after it."""
    if any(g.dep_ in ("pobj", "pcomp", "dobj") for g in prep.children):
        return None
    nxt = prep.i + 1
    if nxt >= len(prep.doc):
        return None
    name = prep.doc[nxt]
    # "with South Korean battery maker Y worth up to $1 billion": the parser makes Y
    # the subject of "worth" and its descriptor its modifiers; the name the descriptor
    # modifies is the preposition's object
    while name.i not in tok_ent and name.dep_ in ("amod", "compound") and name.head.i > name.i:
        name = name.head
    if name.i not in tok_ent:
        return None
    return name if not any(a.i == prep.i for a in name.ancestors) else None


def _cased_flat(name: Token, tok_ent: dict[int, EntityRef]) -> Iterator[tuple[str, Token]]:
    """ "la opa de Grupo Calatrava sobre Cementos Tajo": Spanish parses hang the next
    complement's name as more words of the name before it ("flat"); a word of another
    name than ``name``'s, with a preposition of its own, opens the complement of the
    noun the name depends on: (its preposition, the word)."""
    own = tok_ent.get(name.i)
    for part in name.children:
        if part.dep_ == "flat" and (case := case_of(part)) is not None and \
                tok_ent.get(part.i) not in (None, own):
            yield case, part


def _after_cased_flat(head: Token, part: Token, tok_ent: dict[int, EntityRef]) -> bool:
    """Whether a word hung on ``head`` as part of its name comes after one that opens
    another name with a preposition of its own (``_cased_flat``): it goes on with it."""
    own = tok_ent.get(head.i)
    return any(
        s.dep_ == "flat" and s.i < part.i and case_of(s) is not None
        and tok_ent.get(s.i) not in (None, own)
        for s in head.children
    )


def _doubled(head: Token, child: Token, case: str) -> bool:
    """ "A Y la compró X": the "a" phrase a clitic doubles is the object, which
    ``direct_objects`` reads, and no prepositional argument."""
    return case == "a" and child.i < head.i and doubled_object(head) == child


def _past_amount(ctx: Context, amount: Token) -> Iterator[tuple[str, Token]]:
    """ "retiró su oferta de 120 millones de dólares por Y", "invirtió 5 millones de
    euros en Y": the small Spanish parser hangs the phrase after an amount on the
    amount. A sum of money takes no company as its complement, so a name after it ("por
    Y", "en Y", "de Y") is an argument of the amount's head, with its own preposition;
    the currency after "de" names no company and stays the amount's."""
    if amount.i not in ctx.tok_amount:
        return
    for prep, arg in ctx.prep_args(amount):
        if arg.i in ctx.tok_ent:
            yield prep, arg


def _with_after_date(date: Token, tok_ent: dict[int, EntityRef]) -> Iterator[tuple[str, Token]]:
    """ "signed an agreement in February with Y": a date takes no "with"; the parser's
    "with" on the date is the head's, as is the object it left without one ("in
    February with battery maker Y worth $1 billion")."""
    if date.ent_type_ not in ("DATE", "TIME") and date.lower_ not in CALENDAR_WORDS:
        return
    for w in date.children:
        if w.dep_ == "prep" and w.lower_ == "with":
            orphan = _orphan_object(w, tok_ent)
            if orphan is not None:
                yield "with", orphan
            for g in w.children:
                if g.dep_ == "pobj":
                    yield "with", g


def _past_participle(ctx: Context, head: Token, participle: Token) -> Iterator[tuple[str, Token]]:
    """ "rechazó la oferta no solicitada de X", "retiró la oferta no solicitada de 90
    millones por Y": the small Spanish parser hangs the "de" phrase after a participle
    that follows a noun on the participle. A participle takes its agent with "por", not
    "de", so a name after it with "de" is the noun's complement, as is a name after an
    amount "de" hung there (``_past_amount``); "presentada por X" stays the participle's."""
    if head.pos_ not in ("NOUN", "PROPN") or participle.i < head.i or \
            "Part" not in feat(participle, "VerbForm"):
        return
    for arg in participle.children:
        if arg.dep_ not in NOMINAL_ARG_DEPS or case_of(arg) != "de":
            continue
        if arg.i in ctx.tok_ent:
            yield "de", arg
        yield from _past_amount(ctx, arg)


_BIDS = BID_NOUNS | OFFER_NOUNS


def _target_past_bid(ctx: Context, bid: Token) -> Iterator[tuple[str, Token]]:
    """ "La retirada de la oferta de X por Y sorprendió al mercado": the small Spanish
    parser hangs "por Y" on the noun the bid complements. With the bidder already named
    ("de X"), "por Y" can be no second agent of withdrawing or rejecting it: it is the
    bid's "por", the company bid for."""
    if bid.lemma_.lower() not in _BIDS or bid.dep_ != "nmod" or case_of(bid) != "de" \
            or bid.head.pos_ != "NOUN" or doc_lang(bid.doc) != "es":
        return
    if not any(c.dep_ == "nmod" and case_of(c) == "de" and c.i in ctx.tok_ent
               for c in bid.children):
        return
    for c in bid.head.children:
        if c.dep_ == "nmod" and c.i > bid.i and case_of(c) == "por" and c.i in ctx.tok_ent:
            yield "por", c


def _partner_on_idiom_noun(ctx: Context, verb: Token) -> Iterator[tuple[str, Token]]:
    """ "X has joined forces with Y": the parser hangs the "with" on the noun of the
    idiom of joining forces (lexicon ``forces_joined``); it is the verb's partner."""
    nouns = FORCES_JOINED.get(verb.lemma_.lower())
    if nouns is None:
        return
    for obj in verb.children:
        if obj.dep_ in ("dobj", "obj") and obj.lower_ in nouns:
            yield from ((p, a) for p, a in ctx.prep_args(obj) if p in ("with", "con"))


# Deal nouns that name a bare kind of agreement ("un acuerdo de compra", "un contrato de
# venta"), whose "de" is the thing bought or sold.
_BARE_DEAL_KINDS = ("acquire_n", "sell_n")


def _bare_deal_noun_object(ctx: Context, deal: Token) -> Iterator[tuple[str, Token]]:
    """ "firmó un acuerdo de compra de Y", "cerró un contrato de venta de Y": the small
    Spanish parser hangs "de Y" on the agreement noun that the bare deal noun (no
    determiner) qualifies; the name right after the deal noun is what it buys or sells,
    as in "la compra de Y" (parties:bare-deal-noun). Not when the deal noun has its
    own "de" ("acuerdo de venta de Y a Z") nor a name further on ("el contrato de
    compra de 2019 de Y"), nor when the agreement is a clause's subject ("el acuerdo
    de compra de X con Y incluye …": X is whose agreement it is)."""
    if ctx.by_token.get(deal.i) not in _BARE_DEAL_KINDS or deal.dep_ != "nmod" \
            or case_of(deal) != "de" or deal.head.pos_ != "NOUN" \
            or deal.head.dep_ in SUBJ_DEPS \
            or any(c.dep_ == "det" for c in deal.children) or doc_lang(deal.doc) != "es":
        return
    if any(c.dep_ == "nmod" and case_of(c) == "de" for c in deal.children):
        return
    after = next((c for c in deal.head.children if c.i > deal.i and c.dep_ == "nmod"), None)
    if after is not None and case_of(after) == "de" and after.i in ctx.tok_ent \
            and after.i == deal.right_edge.i + 2:
        yield "de", after


def _own_name_parts(ctx: Context, ref: EntityRef | None, child: Token) -> list[Token] | None:
    """What a word under a name adds to its phrase when the word is no other name's:
    the exchange of a ticker bracket ("Grupo Xolo (BMV: XOLO)", where its shares trade)
    adds only what the parser hung on it past the bracket ("… y Beta"); a word of the
    same name the parser made a complement adds itself and the name coordinated under
    it ("Fruites del Baix Ebre y Cooperativa X acordaron fusionarse"; also under a word
    the parser made "flat" was tried: one false deal on a closed half). None: neither."""
    if child.dep_ in _NAME_DEPS and opens_ticker(child):
        doc = child.doc
        close = next((t.i for t in doc[child.i:] if t.text == ")"), len(doc))
        return [c for c in child.children if c.i > close]
    if child.dep_ == "nmod" and ref is not None and ctx.tok_ent.get(child.i) == ref:
        return [child]
    return None


def _np_entities(ctx: Context, tok: Token, depth: int) -> list[EntityRef]:
    """``Context.np_entities``, read from the parse (the names never change while the
    doc is read)."""
    found: list[EntityRef] = []
    ref = ctx.tok_ent.get(tok.i)
    if ref is not None:
        found.append(ref)
    if depth > 4:
        return found
    for child in tok.children:
        own = _own_name_parts(ctx, ref, child)
        for part in ctx._name_parts(tok, ref, child) if own is None else own:
            for r in ctx.np_entities(part, depth + 1):
                if r not in found:
                    found.append(r)
    if ref is not None and (other := _coordinated_before(ctx, tok, ref)) is not None \
            and other not in found:
        found.insert(0, other)
    if not found:
        found += ctx._name_after_descriptor(tok, depth)
    return found


# The words that coordinate two names in running text.
_COORDINATORS = frozenset({"and", "y", "e", "&"})


def _predicate_of_clause(tok: Token) -> bool:
    """Whether ``tok`` is the predicate of a copular clause with a subject of its own,
    which the parser hung as an apposition ("compró la cadena X, cuyos principales
    clientes son A y B": A and B are the clients, no other name of the chain)."""
    return any(c.dep_ == "cop" for c in tok.children) and any(
        c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children
    )



def _relative_possessed(tok: Token, tok_ent: dict[int, EntityRef]) -> bool:
    """Whether ``tok`` is what a relative possessive owns, which the parser hung as an
    apposition ("Dalton Drinks, whose chief executive Sarah Penn, 51, joined from a
    rival ..."): the chief executive is Dalton's, and no other name of it. (A company
    the parser hung there is the relative clause's subject, "X, whose card portfolio
    Tilaran Bank bought": kept.)"""
    named = tok_ent.get(tok.i)
    if named is not None and named.kind == "org":
        return False
    return any(t.lower_ in RELATIVE_POSSESSIVES for t in tok.subtree if t.i < tok.i)


def _coordinated_before(ctx: Context, tok: Token, ref: EntityRef) -> EntityRef | None:
    """ "A Co-operative and B Foods have agreed to merge": the name just before "and"
    coordinated with the name of ``tok``, where the parser, lost in the first name's
    words, hung that name under the second one's phrase instead of coordinating them.
    Only a name wholly inside ``tok``'s phrase counts: one with a head of its own outside
    it ("X bought A and B agreed") is another clause's argument."""
    start = tok.i
    while start > 0 and ctx.tok_ent.get(start - 1) == ref:
        start -= 1
    if start < 2 or tok.doc[start - 1].lower_ not in _COORDINATORS:
        return None
    other = ctx.tok_ent.get(start - 2)
    if other is None or other == ref:
        return None
    first = start - 2
    while first > 0 and ctx.tok_ent.get(first - 1) == other:
        first -= 1
    if not all(tok in t.ancestors for t in tok.doc[first : start - 1]):
        return None
    return other


def _descriptor_under_adjective(tok: Token) -> bool:
    """Whether ``tok`` is a Spanish adjective of origin the parser made the head of "la
    cementera cordobesa": a descriptor right before it hangs on it as its modifier, and
    the article on it."""
    if tok.i < 2 or doc_lang(tok.doc) != "es" or tok.pos_ not in ("ADJ", "NOUN") \
            or not tok.is_lower:
        return False
    before = tok.doc[tok.i - 1]
    return (before.head.i == tok.i and before.lower_ in DESCRIPTORS
            and any(c.dep_ == "det" and c.i == tok.i - 2 for c in tok.children))


def _after_descriptor(tok: Token, tok_ent: dict[int, EntityRef]) -> int | None:
    """Where a name after the descriptor ``tok`` would start: the next token; in
    Spanish, past the adjectives of origin after a descriptor the tagger took for an
    adjective after its article ("la startup extremeña X"). None for no descriptor."""
    doc, nxt = tok.doc, tok.i + 1
    if doc_lang(doc) == "es" and tok.pos_ == "ADJ" and any(
        c.dep_ == "det" and c.i == tok.i - 1 for c in tok.children
    ):
        while nxt < len(doc) and doc[nxt].pos_ == "ADJ" and doc[nxt].is_lower \
                and nxt not in tok_ent:
            nxt += 1
        return nxt
    if tok.pos_ != "NOUN":
        return None
    if doc_lang(doc) == "es":
        # "la cementera cordobesa X": past the adjectives of origin on the descriptor
        while nxt < len(doc) and doc[nxt].pos_ == "ADJ" and doc[nxt].is_lower \
                and doc[nxt].head.i == tok.i and nxt not in tok_ent:
            nxt += 1
    return nxt


def _descriptor_before(tok: Token, child: Token, tok_ent: dict[int, EntityRef]) -> bool:
    """Whether the apposition ``child`` of ``tok`` comes right after a company descriptor
    of a phrase of its own between them ("a 15% stake to sovereign fund X": the
    parser hangs X on "stake"; it names the fund)."""
    left = child.left_edge.i - 1
    if left <= tok.i:
        return False
    before = tok.doc[left]
    return (
        before.pos_ == "NOUN" and left not in tok_ent and before.head.i != tok.i
        and (before.lower_ in DESCRIPTORS or before.lemma_.lower() in COMPANY_NOUNS)
    )


def _sector_named(tok: Token, child: Token, tok_ent: dict[int, EntityRef]) -> list[Token]:
    """ "la empresa de pinturas Tintes Arlanza", "el fabricante de chips X": after a
    company descriptor and its bare sector ("de pinturas", "de software"), the Spanish
    parser hangs the name as an apposition of the sector word; it names the
    descriptor. Not a sector with an article ("la empresa de la familia X", "filial
    del grupo X": the group is another company)."""
    if (
        child.dep_ != "nmod" or child.pos_ != "NOUN"
        or [c.lower_ for c in child.children if c.dep_ == "case"] != ["de"]
        or not child.is_lower or any(c.dep_ == "det" for c in child.children)
        or not (tok.lower_ in DESCRIPTORS or tok.lemma_.lower() in COMPANY_NOUNS)
    ):
        return []
    return [
        g for g in child.children
        if g.dep_ in ("appos", "flat") and g.i > child.i and g.i in tok_ent
        and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in tok.doc[child.i + 1 : g.i])
    ]


def _cased_apposition(head: Token, child: Token) -> bool:
    """ "la venta, cerrada en julio, del 49 % de X": after a participle set off by
    commas the Spanish parser takes the complement for an apposition; one with a
    preposition of its own is the noun's complement."""
    return child.dep_ == "appos" and child.i > head.i and doc_lang(head.doc) == "es"


def dateline_sources(doc: Doc, entities: list[Entity]) -> set[EntityRef]:
    """Organisations named only as the source of a dateline ("MADRID, 3 (EUROPA
    PRESS)", "SAN FRANCISCO (AP) —"): an agency or outlet that reports, never a party."""
    text = doc_text(doc)
    found: set[EntityRef] = set()
    for ent in entities:
        if ent.kind != "org" or not ent.mentions:
            continue
        if all(
            _DATELINE.search(text[max(0, m.start - 60) : m.start])
            and text[m.end : m.end + 3].lstrip(" ").startswith(")")
            for m in ent.mentions
        ):
            found.add(ent.ref)
    return found


def _clause_subject_as_conj(head: Token, conj: Token) -> bool:
    """ "With the purchase of Zenith, Acme expanded": the parser coordinates the name
    that opens the main clause with the last noun of the fronted phrase. A name after
    a comma, with no "and" / "or" in the coordination, right before a verb, when the
    first conjunct is a preposition's object, is the clause's subject."""
    doc = head.doc
    after = conj.right_edge.i + 1
    return (
        head.dep_ == "pobj"
        and conj.left_edge.i > 0 and doc[conj.left_edge.i - 1].text == ","
        and not any(t.dep_ == "cc" for t in (*head.children, *conj.subtree))
        and after < len(doc) and doc[after].pos_ in ("VERB", "AUX")
    )


def _adjective_between(tok: Token, child: Token) -> bool:
    """A name two words after its descriptor, the word between an adjective of origin
    or sector ("la start-up barcelonesa X", "el fondo británico X"), with no case of
    its own: the descriptor's close apposition, whatever the parser made of it."""
    doc = tok.doc
    return (
        child.i == tok.i + 2
        and doc[tok.i + 1].pos_ == "ADJ"
        and case_of(child) is None
        and child.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass")
    )


def _before_relational(head: Token, child: Token) -> bool:
    """Whether a compound ``child`` of a name is, or comes before, a relational noun
    compounded with it ("Google parent Alphabet", "Peugeot owner X", however the
    parser hangs "Google"): such a modifier names another company."""
    if child.i > head.i:
        return False
    # Only a left child comes before the head: the right ones need not be read.
    return any(
        c.dep_ == "compound" and c.lemma_.lower() in RELATIONAL_NOUNS and child.i <= c.i < head.i
        for c in head.lefts
    )


def _mentions_by_token(
    doc: Doc, entities: list[Entity]
) -> tuple[dict[int, EntityRef], list[tuple[int, EntityRef]]]:
    """Each token's entity (the first mention covering it), and where each mention
    starts (token index, entity), in order."""
    tok_ent: dict[int, EntityRef] = {}
    starts: list[tuple[int, EntityRef]] = []
    for ent in entities:
        ref = ent.ref  # (one reference per entity, not one per word)
        for m in ent.mentions:
            found = covering_tokens(doc, m.start, m.end)  # (no Span, no Token)
            if found is None:
                continue
            starts.append((found[0], ref))
            for i in range(*found):
                tok_ent.setdefault(i, ref)
    starts.sort(key=lambda x: x[0])
    return tok_ent, starts


def _unnamed_group(
    group: Token, ref: EntityRef | None, tok_ent: dict[int, EntityRef]
) -> bool:
    """A group noun with no name ("a consortium of A and B" stands for its members);
    not one in apposition to a name ("a contract with X, a consortium of A and B"),
    which describes that company, the party: its members are not."""
    return ref is None and group.lemma_.lower() in GROUP_NOUNS and not (
        group.dep_ == "appos" and group.head.i in tok_ent
    )
