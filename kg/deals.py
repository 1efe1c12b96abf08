"""Deals: typed transactions with parties, money, status and evidence.

The ``kg_deals`` component runs after ``kg_entities`` and ``kg_money``. A lookup of
each token's lemma and form (one vectorised pass over the Doc's arrays, which is what
a ``Matcher`` of one-token patterns did at several times the cost) finds the words
that state a deal (verbs such as *adquirir* / *acquire* and nouns such as *ronda* /
*takeover*); the dependency parse around each one gives
the parties in their roles (subject, object, prepositional arguments, the passive
agent, appositions), the money attached to it, the words that set its status and
any attribution. Mentions of the same deal are then merged into one ``Deal``.

>>> nlp = kg.nlp.build_pipeline("es")  # doctest: +SKIP
>>> doc = nlp("Zegona compró Vodafone España por 5.000 millones de euros.")  # doctest: +SKIP
>>> doc._.kg_deals[0].type  # doctest: +SKIP
'Acquisition'
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from text_to_num import text2num

from kg.entities import DESCRIPTORS, PERSON_ROLES
from kg.extract import ARTICLE_KEY, sentence_span
from kg.facts import Amount, Deal, Entity, EntityRef, Quantity, Span, has_required_roles
from kg.iri import fold
from kg.lexicon import LEXICON as _LEX
from kg.lexicon import NEWS_AGENCIES

if not Doc.has_extension("kg_deals"):
    Doc.set_extension("kg_deals", default=None, force=True)
# The earlier components register these; defaults let the component run on a Doc
# that another pipeline (or a test) built without them.
for _name in ("kg_entities", "kg_amounts", "kg_quantities"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# ---------------------------------------------------------------------------
# Lexicon: every word list is data, in lexicon/deals.toml (kg.lexicon), with what it
# is for. Trigger lemmas by kind: a kind fixes the deal type and how the syntactic
# arguments map to roles (see _FRAMES).

_TRIGGERS = _LEX.triggers()

# Nouns that refer back to a deal already told ("el acuerdo", "the deal").
_BACKREF_NOUNS = _LEX.words("backref_nouns")
_GENERIC_BACKREF = _LEX.words("generic_backref")

# Objects of buy/sell that make it a stake (an Investment) rather than a takeover.
_STAKE_NOUNS = _LEX.words("stake_nouns")
_WHOLE_WORDS = _LEX.words("whole_words")
# Objects that are a part of another company: the company named inside is the seller.
_UNIT_NOUNS = _LEX.words("unit_nouns")
# Common nouns that stand for a company already named ("la startup", "the lender").
_COMPANY_NOUNS = _LEX.words("company_nouns")
# Modifiers that make an agreement a purchase of goods or services.
_SUPPLY_WORDS = _LEX.words("supply_words")
_FUNDING_NOUNS = _LEX.words("funding_nouns")
_LEAD_VERBS = _LEX.words("lead_verbs")
_OFFER_NOUNS = _LEX.words("offer_nouns")
_BID_NOUNS = _LEX.words("bid_nouns")
# Light verbs whose subject receives what the deal noun gives ("X recibió inversiones
# de Y", "X won a contract from Y"): the subject is the investee or the supplier, and
# the source ("de" / "from") the investor or the buyer.
_RECEIVE_VERBS = _LEX.words("receive_verbs")
_RECEIVE_FRAMES: dict[str, dict[str | None, str]] = {
    "invest": {None: "investee", "de": "investor", "from": "investor", "por": "investor",
               "by": "investor"},
    "agreement": {None: "seller", "de": "buyer", "from": "buyer", "con": "buyer",
                  "with": "buyer", "por": "buyer", "by": "buyer"},
}
# Heads that a deal word only describes ("investment fund", "fondo de inversión",
# "banco de inversión", "sales chief"): the phrase names a holder, not a deal.
_DESCRIBED_HEADS = _LEX.words("described_heads")
# Prepositions by which a deal noun is only the frame of the verb it hangs on ("bought
# X in a deal valued at $Y", "compró X en una operación valorada en Y"): one deal.
_FRAME_PREPS = _LEX.words("frame_preps")

# Status cues, nearest first. Lemmas of verbs/nouns on the path from the trigger up.
_CANCELLED = _LEX.status("cancelled")
_RUMOURED = _LEX.status("rumoured")
_CONTROL_WORDS = _LEX.words("control_words")
_TAKE_VERBS = _LEX.words("take_verbs")
_FINANCING_WORDS = _LEX.words("financing_words")
_APPROVAL_NOUNS = _LEX.words("approval_nouns")
# A company's own organs: what they approve, the company does.
_ORGAN_NOUNS = _LEX.words("organ_nouns")
_ANOTHER = _LEX.words("another")
_NAMING_VERBS = _LEX.words("naming_verbs")
_NEGATIONS = _LEX.words("negations")
# Phrasal verbs that end a deal: "call off", "pull out of", "walk away from".
_PHRASAL_CANCEL = _LEX.table("phrasal_cancel")
_NEGOTIATING = _LEX.status("negotiating")
_COMPLETED = _LEX.status("completed")
_ANNOUNCED = _LEX.status("announced")
_ADJUNCT_PREPS = _LEX.words("adjunct_preps")
_AGREEMENT_NOUNS = frozenset(
    w for lang in _TRIGGERS.values() for w in lang["agreement_n"]
)
# Temporal and causal adjuncts ("with $2 million in funding" tells what the subject has).
_TEMPORAL_PREPS = _ADJUNCT_PREPS - {"with", "con"}
_CONCLUDE = _LEX.words("conclude")
# Verbs whose subject judges a deal rather than makes it: regulators, courts.
_THIRD_PARTY_VERBS = _LEX.words("third_party_verbs")
# Signing is the event for a purchase or partnership agreement (GOLD-FORMAT).
_SIGNED = _LEX.status("signed")
_HEDGE_AUX = _LEX.words("hedge_aux")
_HEDGE_ADV = _LEX.words("hedge_adv")

# Attribution: verbs whose subject reports, prepositions that name a source.
_REPORT_VERBS = _LEX.words("report_verbs")
_SOURCE_NOUNS = _LEX.words("source_nouns")

_DURATION_UNITS = _LEX.table("duration_units")
_DURATION_PREPS = _LEX.words("duration_preps")

_CONTRACTIONS = {"del": "de", "al": "a"}  # Spanish preposition + article
_SUBJ_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj"})
# Definite subjects that are not a company referred back to ("la operación", "el
# mercado", "la decisión").
_NOT_COMPANY_SUBJECTS = _BACKREF_NOUNS | _SOURCE_NOUNS | _LEX.words("not_company_subjects")
_PASSIVE_SUBJ = frozenset({"nsubj:pass", "nsubjpass"})
_OBJ_DEPS = frozenset({"obj", "dobj", "iobj", "dative"})
_NOMINAL_ARG_DEPS = frozenset({"obj", "dobj", "iobj", "obl", "nmod", "obl:arg", "obl:agent"})
_TYPE_OF_KIND = {
    "acquire": "Acquisition",
    "sell": "Acquisition",
    "merge": "Merger",
    "invest": "Investment",
    "round": "Investment",
    "raise": "Investment",
    "investor": "Investment",
    "valuation": "Valuation",
    "agreement": "Agreement",
    "partner": "Partnership",
    "pay": "PurchaseAgreement",
    "supply": "PurchaseAgreement",
    "control": "Acquisition",  # "gained control of X", "tomar el control de X"
    "take": "Acquisition",  # "hacerse con X"
    "deal": "",  # "la operación", "the transaction": only ever a deal told before
}
# (preposition → role) for each kind, separately for verbs and nouns. None is the
# subject (or the noun's governing subject / possessor), "" the direct object.
_FRAMES: dict[tuple[str, bool], dict[str | None, str]] = {
    ("acquire", False): {
        None: "acquirer",
        "": "target",
        "por": "acquirer",
        "by": "acquirer",
        "a": "seller",
        "de": "seller",
        "from": "seller",
    },
    ("acquire", True): {
        None: "acquirer",
        "": "target",
        "de": "target",
        "of": "target",
        "sobre": "target",
        "for": "target",
        "por": "acquirer",
        "by": "acquirer",
        "a": "seller",
        "from": "seller",
    },
    ("sell", False): {
        None: "seller",
        "": "target",
        "a": "acquirer",
        "to": "acquirer",
        "por": "seller",
        "by": "seller",
    },
    ("sell", True): {
        None: "seller",
        "": "target",
        "de": "target",
        "of": "target",
        "a": "acquirer",
        "to": "acquirer",
        "por": "seller",
        "by": "seller",
    },
    ("merge", False): {None: "partner", "": "partner", "con": "partner", "with": "partner"},
    ("control", True): {None: "acquirer", "of": "target", "de": "target", "over": "target",
                        "sobre": "target"},
    ("take", False): {None: "acquirer", "con": "target"},
    ("merge", True): {
        None: "partner",
        "": "partner",
        "de": "partner",
        "of": "partner",
        "entre": "partner",
        "between": "partner",
        "con": "partner",
        "with": "partner",
    },
    ("invest", False): {
        None: "investor",
        "": "investee",
        "en": "investee",
        "in": "investee",
        "into": "investee",
        "por": "investor",
        "by": "investor",
    },
    ("invest", True): {
        None: "investor",
        "en": "investee",
        "in": "investee",
        "into": "investee",
        "de": "investor",
        "from": "investor",
        "by": "investor",
        "por": "investor",
    },
    ("round", True): {
        None: "investee",
        "de": "investor",
        "from": "investor",
        "by": "investor",
        "por": "investor",
        "en": "investee",
        "in": "investee",
        "for": "investee",
    },
    ("raise", False): {None: "investee", "de": "investor", "from": "investor", "by": "investor"},
    ("investor", True): {
        None: "investor",
        "": "investor",
        "en": "investee",
        "de": "investee",
        "in": "investee",
        "of": "investee",
    },
    ("valuation", True): {None: "investee", "de": "investee", "of": "investee"},
    ("agreement", True): {
        None: "partner",
        "con": "partner",
        "with": "partner",
        "entre": "partner",
        "between": "partner",
    },
    ("partner", True): {
        None: "partner",
        "con": "partner",
        "with": "partner",
        "entre": "partner",
        "between": "partner",
        "de": "partner",
    },
    ("partner", False): {None: "partner", "": "partner", "con": "partner", "with": "partner"},
    ("pay", False): {None: "buyer", "": "seller", "a": "seller", "to": "seller"},
    ("supply", False): {None: "seller", "a": "buyer", "to": "buyer", "": "buyer"},
}


@dataclass
class _Mention:
    """One statement of a deal in one sentence, before merging."""

    type: str  # a DEAL_TYPE, or "Agreement" until a generic agreement is resolved
    roles: list[tuple[str, EntityRef]]
    sent: int
    evidence: Span
    trigger: int
    status: str | None = None
    status_explicit: bool = False
    amount: Amount | None = None
    valuation: Amount | None = None
    quantity: Quantity | None = None
    term: str | None = None
    reported_by: EntityRef | None = None
    hedge: str | None = None
    backref: bool = False
    distinct: bool = False  # "otro contrato", "another deal": never the deal told before
    supply: bool = False  # an agreement for goods or services
    extra_evidence: list[Span] = field(default_factory=list)
    kind: str = ""  # the trigger's kind ("acquire", "round", "investor", ...)
    rules: list[str] = field(default_factory=list)  # ids of the rules that made it

    def parties(self) -> set[EntityRef]:
        return {ref for _, ref in self.roles}

    def add_role(self, role: str, ref: EntityRef) -> None:
        if (role, ref) not in self.roles and ref not in self.parties():
            self.roles.append((role, ref))


class DealExtractor:
    """The ``kg_deals`` pipeline component (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "kg_deals") -> None:
        self.name = name
        self.lang: str = nlp.lang if nlp.lang and nlp.lang in _TRIGGERS else "en"
        # Trigger words keyed by the hash of the lemma or of the lower-case form (for
        # the lemmatiser's misses). A single-token lookup per token does what a Matcher
        # of one-token patterns did, at a fraction of its cost; the first kind listed
        # wins when a token fits several, as the Matcher's pattern order made it.
        self.by_lemma: dict[int, str] = {}
        self.by_lower: dict[int, str] = {}
        strings = nlp.vocab.strings
        for kind, words in _TRIGGERS[self.lang].items():
            for w in words:
                for v in (w, w.capitalize(), w.upper()):
                    self.by_lemma.setdefault(strings.add(v), kind)
                self.by_lower.setdefault(strings.add(w), kind)
                if self.lang == "es" and kind.endswith("_v"):
                    # An infinitive with an enclitic pronoun ("venderla", "transmitirle")
                    # is lemmatised as "vender él".
                    self.by_lemma.setdefault(strings.add(f"{w} él"), kind)
        self.rank = {kind: n for n, kind in enumerate(_TRIGGERS[self.lang])}
        self.lemma_keys = numpy.array(sorted(self.by_lemma), dtype=numpy.uint64)
        self.lower_keys = numpy.array(sorted(self.by_lower), dtype=numpy.uint64)
        # Every word that can open an attribution (see _Extraction.attribution): its
        # form, and the lemma of a reporting verb in any case.
        lowers = {"según", "per", "according", *_HEDGE_ADV}
        lemmas = {v for w in _REPORT_VERBS for v in (w, w.capitalize(), w.upper())}
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
            numpy.isin(array[:, 0], self.lemma_keys) | numpy.isin(array[:, 1], self.lower_keys)
        )
        for i in hits.tolist():
            a = by_lemma.get(int(array[i, 0]))
            b = by_lower.get(int(array[i, 1]))
            if a is None or (b is not None and rank[b] < rank[a]):
                found[i] = b  # type: ignore[assignment]
            else:
                found[i] = a
        cues = numpy.flatnonzero(
            numpy.isin(array[:, 1], self.cue_lowers) | numpy.isin(array[:, 0], self.cue_lemmas)
        )
        return found, frozenset(cues.tolist())

    def __call__(self, doc: Doc) -> Doc:
        triggers, cues = self.triggers(doc)
        doc._.kg_deals = _Extraction(doc, triggers, cues).run()
        return doc


@Language.factory("kg_deals")
def make_deal_extractor(nlp: Language, name: str) -> DealExtractor:
    """Build the ``kg_deals`` component for ``nlp``'s language."""
    return DealExtractor(nlp, name)


# ---------------------------------------------------------------------------


def _feat(tok: Token, name: str) -> list[str]:
    """The values of one morphological feature of a token ("Tense" → ["Past"])."""
    return list(tok.morph.get(name, []))


def _is_verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and "Part" in _feat(tok, "VerbForm"))


class _Extraction:
    """The work for one Doc: index entities and money, read mentions, merge them."""

    def __init__(
        self, doc: Doc, triggers: dict[int, str], cues: frozenset[int] = frozenset()
    ) -> None:
        self.doc = doc
        self.by_token = triggers
        self.cues = cues  # tokens that can open an attribution
        self.entities: list[Entity] = list(doc._.kg_entities or [])
        self.amounts: list[Amount] = [
            a for a in (doc._.kg_amounts or []) if not a.exchange_rate and not a.per_share
        ]
        self.quantities: list[Quantity] = list(doc._.kg_quantities or [])
        self.tok_ent: dict[int, EntityRef] = {}
        self.mention_starts: list[tuple[int, EntityRef]] = []  # (token index, entity)
        for ent in self.entities:
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                self.mention_starts.append((span.start, ent.ref))
                for tok in span:
                    self.tok_ent.setdefault(tok.i, ent.ref)
        self.mention_starts.sort(key=lambda x: x[0])
        self.tok_amount: dict[int, Amount] = {}
        for amt in self.amounts:
            span = doc.char_span(amt.span.start, amt.span.end, alignment_mode="expand")
            if span is not None:
                for tok in span:
                    self.tok_amount.setdefault(tok.i, amt)
        self.tok_qty: dict[int, Quantity] = {}
        for qty in self.quantities:
            span = doc.char_span(qty.span.start, qty.span.end, alignment_mode="expand")
            if span is not None:
                for tok in span:
                    self.tok_qty.setdefault(tok.i, qty)
        self.sents: list[SpacySpan] = list(doc.sents)
        self.evidence: dict[int, Span] = {}  # sentence index → its evidence span
        self.sent_starts = [sent.start for sent in self.sents]
        self.reporters: set[EntityRef] = set()
        self.used_amounts: set[int] = set()  # id() of amounts already given to a deal
        self.signed: dict[int, list[EntityRef]] = {}  # purpose trigger → signatories
        self.cue: Token | None = None  # the word set_status is looking at
        # News agencies and the outlet that publishes the article report deals; they
        # are never a party to them.
        article = doc.user_data.get(ARTICLE_KEY)
        outlet = fold(getattr(article, "publisher", None) or "")
        self.not_parties: set[EntityRef] = {
            ent.ref
            for ent in self.entities
            if ent.kind == "org"
            and any(
                (w := fold(name)) in NEWS_AGENCIES or (outlet and w == outlet)
                for name in (ent.name, *ent.aliases)
            )
        }

    # -- entities -----------------------------------------------------------

    def np_entities(self, tok: Token, depth: int = 0) -> list[EntityRef]:
        """Entities the noun phrase headed by ``tok`` names directly (with appositions,
        flat names, compounds, "such as" lists and coordination)."""
        found: list[EntityRef] = []
        ref = self.tok_ent.get(tok.i)
        if ref is not None:
            found.append(ref)
        if depth > 4:
            return found
        for child in tok.children:
            dep = child.dep_
            if dep in ("flat", "compound", "appos", "conj", "name", "fixed", "flat:name"):
                if dep == "compound" and ref is None and child.i > tok.i:
                    continue
                if dep != "conj" and self.case_of(child) is not None:
                    continue  # "El CEO de OpenAI": a complement, not the name
                if dep == "appos" and ref is not None and self.is_ticker(child):
                    continue  # "Rockwell Collins (COL)": the same company's ticker
                for r in self.np_entities(child, depth + 1):
                    if r not in found:
                        found.append(r)
            elif dep == "prep" and child.lower_ in ("as", "like"):
                for g in child.children:
                    for r in self.np_entities(g, depth + 1):
                        if r not in found:
                            found.append(r)
            elif (
                child.i == tok.i + 1
                and ref is None
                and (tok.lower_ in DESCRIPTORS or tok.lemma_.lower() in _COMPANY_NOUNS)
                and self.case_of(child) is None
                and child.i in self.tok_ent
            ):
                # "La eléctrica Hidronorte": the name right after a descriptor, whatever
                # the parser made of it.
                for r in self.np_entities(child, depth + 1):
                    if r not in found:
                        found.append(r)
            elif dep in ("nmod", "npadvmod") and child.i < tok.i and any(
                g.dep_ == "cc" for g in child.children
            ):
                # "A and B said ...": a coordination the parser hung as a modifier.
                for r in self.np_entities(child, depth + 1):
                    if r not in found:
                        found.append(r)
            elif dep == "acl" and child.lemma_.lower() in _NAMING_VERBS:
                # "a bakery chain called X", "una startup llamada X"
                for g in child.children:
                    if g.dep_ in ("oprd", "xcomp", "dobj", "obj", "attr"):
                        for r in self.np_entities(g, depth + 1):
                            if r not in found:
                                found.append(r)
            elif dep == "nmod" and self.case_of(child) in ("como",):
                for r in self.np_entities(child, depth + 1):
                    if r not in found:
                        found.append(r)
        return found

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

    @staticmethod
    def case_of(tok: Token) -> str | None:
        for child in tok.children:
            if child.dep_ in ("case",) and child.pos_ in ("ADP", "PART"):
                return _CONTRACTIONS.get(child.lower_, child.lower_)
        return None

    def prep_args(self, head: Token) -> Iterator[tuple[str, Token]]:
        """(preposition, noun) for the prepositional arguments of ``head``."""
        for child in head.children:
            if child.dep_ in ("prep", "agent", "dative"):
                prep = "by" if child.dep_ == "agent" else child.lower_
                for g in child.children:
                    if g.dep_ in ("pobj", "pcomp", "dobj"):
                        yield prep, g
                    if g.dep_ == "pcomp" and g.pos_ == "VERB":
                        # "of messaging service X" parsed as a gerund with object X
                        for h in g.children:
                            if h.dep_ == "dobj" and h.i in self.tok_ent:
                                yield prep, h
                    elif g.dep_ == "prep" and g.lower_ == "of":  # "all of the shares of X"
                        for h in g.children:
                            if h.dep_ == "pobj":
                                yield prep, h
            elif child.dep_ in _NOMINAL_ARG_DEPS or child.dep_ in ("obl:agent",):
                case = self.case_of(child)
                if case is not None:
                    yield case, child

    def direct_objects(self, head: Token) -> Iterator[Token]:
        for child in head.children:
            # ("to" after "sell" is a dative ADP: an argument with a preposition)
            if child.dep_ in _OBJ_DEPS and self.case_of(child) is None and child.pos_ != "ADP":
                yield child

    def subjects(self, verb: Token) -> list[Token]:
        return [c for c in verb.children if c.dep_ in _SUBJ_DEPS]

    def salient_before(self, tok_i: int, exclude: set[EntityRef]) -> EntityRef | None:
        """The most recent organisation mentioned before token ``tok_i``."""
        for start, ref in reversed(self.mention_starts):
            if start >= tok_i:
                continue
            if ref in exclude or ref in self.reporters or ref.kind != "org":
                continue
            return ref
        return None

    def resolve_np(
        self, tok: Token, exclude: set[EntityRef], generic: bool = True
    ) -> list[EntityRef]:
        """Entities for an argument: named directly, through a relative pronoun, or a
        common noun for a company named before ("la startup")."""
        refs = self.np_entities(tok)
        if refs:
            return refs
        if tok.pos_ == "PRON" and tok.lower_ in ("que", "which", "who", "quien", "cual", "that"):
            clause = tok.head
            if clause.dep_ in ("acl", "relcl", "acl:relcl", "advcl") and clause.head != clause:
                return self.resolve_np(clause.head, exclude)
            return []
        if tok.pos_ == "PRON" and tok.lower_ in ("it", "they", "ella", "él", "ellos"):
            verb = tok.head
            upper = self.governing_subject(verb.head, exclude) if verb.head != verb else []
            if tok.lower_ == "it":
                # "it" is never a person: "X's chief executive Y said it was ..."
                upper = [r for r in upper if r.kind == "org"]
            if upper:
                return upper
            # A subject pronoun continues the subject of the sentence before (centering),
            # else it means the organisation named last.
            ref = self.previous_subject(tok, exclude) if tok.dep_ in _SUBJ_DEPS else None
            ref = ref or self.salient_before(tok.i, exclude)
            return [ref] if ref else []
        lemma = tok.lemma_.lower()
        if (
            generic
            and (lemma in _COMPANY_NOUNS or tok.lower_ in DESCRIPTORS
                 or (tok.dep_ in _SUBJ_DEPS and tok.pos_ == "NOUN"
                     and lemma not in _NOT_COMPANY_SUBJECTS and tok.lower_ not in PERSON_ROLES))
            and "Plur" not in _feat(tok, "Number")
            and self.is_definite(tok)
            and not any(c.dep_ == "poss" for c in tok.children)
        ):
            # "La compañía" as a subject continues the subject of the sentences before
            # it; elsewhere it is the company named last.
            ref = self.described_as(lemma, tok.i, exclude)
            if ref is None and tok.dep_ in _SUBJ_DEPS:
                ref = self.previous_subject(tok, exclude)
            ref = ref or self.topic_before(tok.i, exclude)
            return [ref] if ref else []
        return []

    def described_as(self, lemma: str, tok_i: int, exclude: set[EntityRef]) -> EntityRef | None:
        """The latest organisation introduced with the same head noun: "el fondo" after
        "el fondo Cumbre Capital" or "Cumbre Capital, un fondo ..."."""
        doc = self.doc
        for start, ref in reversed(self.mention_starts):
            if start >= tok_i or ref.kind != "org" or ref in exclude or ref in self.reporters:
                continue
            before = doc[max(0, start - 3) : start]
            after = doc[start : min(len(doc), start + 8)]
            if any(t.lemma_.lower() == lemma for t in before) or any(
                t.lemma_.lower() == lemma and t.dep_ == "appos" for t in after
            ):
                return ref
        return None

    def topic_before(self, tok_i: int, exclude: set[EntityRef]) -> EntityRef | None:
        """The discourse topic before token ``tok_i``: the organisation named most often
        so far (the latest of equals). A definite description ("la fintech", "the
        lender") refers to the topic more often than to the last name mentioned."""
        counts: dict[EntityRef, int] = {}
        for start, ref in self.mention_starts:
            if start >= tok_i:
                break
            if ref.kind == "org" and ref not in exclude and ref not in self.reporters:
                counts[ref] = counts.get(ref, 0) + 1
        if not counts:
            return None
        best = max(counts.values())
        latest = self.salient_before(tok_i, exclude | {r for r, n in counts.items() if n < best})
        return latest

    def previous_subject(
        self, tok: Token, exclude: set[EntityRef], depth: int = 0
    ) -> EntityRef | None:
        """The organisation that is the subject of the nearest sentence before ``tok``'s
        (within three sentences); a subject that is itself a description or a pronoun
        ("the company said ...") is resolved the same way, two steps back at most."""
        si = self.sent_index(tok.i)
        for prev in range(si - 1, max(-1, si - 4), -1):
            root = self.sents[prev].root
            for s in self.subjects(root):
                refs = self.np_entities(s)
                if not refs and depth < 2 and self.is_definite_or_pronoun(s):
                    ref = self.previous_subject(s, exclude, depth + 1)
                    refs = [ref] if ref is not None else []
                for ref in refs:
                    if ref.kind == "org" and ref not in exclude and ref not in self.reporters:
                        return ref
        return None

    def is_definite_or_pronoun(self, tok: Token) -> bool:
        """ "the company", "la entidad", "it": a subject that points back."""
        if tok.pos_ == "PRON":
            return tok.lower_ in ("it", "they", "ella", "él", "ellos")
        lemma = tok.lemma_.lower()
        return (lemma in _COMPANY_NOUNS or tok.lower_ in DESCRIPTORS) and self.is_definite(tok)

    def sent_index(self, i: int) -> int:
        """Index in ``self.sents`` of the sentence holding token ``i``."""
        return bisect.bisect_right(self.sent_starts, i) - 1

    def governing_subject(self, tok: Token, exclude: set[EntityRef]) -> list[EntityRef]:
        """The subject of the nearest verb that governs ``tok`` (climbing through
        infinitives, participles and clauses whose subject is unexpressed)."""
        cur = tok
        seen = 0
        while seen < 8:
            seen += 1
            if _is_verbal(cur) or cur.dep_ == "ROOT":
                subj = self.subjects(cur)
                if subj:
                    refs: list[EntityRef] = []
                    for s in subj:
                        refs.extend(r for r in self.resolve_np(s, exclude) if r not in refs)
                    return [r for r in refs if r not in exclude]
                if cur.dep_ in ("acl", "relcl", "acl:relcl") and cur.pos_ == "ADJ":
                    return []
            if cur.head == cur:
                break
            cur = cur.head
        return []

    # -- reading mentions ---------------------------------------------------

    def run(self) -> list[Deal]:
        by_token = self.by_token
        mentions: list[_Mention] = []
        for si, sent in enumerate(self.sents):
            reporter, hedge = self.attribution(sent)
            sent_mentions: list[_Mention] = []
            triggers = [(i, by_token[i]) for i in range(sent.start, sent.end) if i in by_token]
            trigger_set = {i for i, _ in triggers}
            for i, kind in triggers:
                tok = self.doc[i]
                kind = _kind_for_pos(kind, tok, self.doc.lang_)
                m = self.read(tok, kind, si, sent, trigger_set)
                if m is not None:
                    sent_mentions.append(m)
            if reporter is not None:
                for m in sent_mentions:
                    m.roles = [(r, e) for r, e in m.roles if e != reporter]
            self.share_parties(sent_mentions)
            self.attach_money(sent, sent_mentions)
            sent_mentions = _fold_sentence(sent_mentions)
            self.elided_investee(sent_mentions, mentions, si)
            self.attach_term_quantity(sent, sent_mentions)
            for m in sent_mentions:
                m.reported_by = reporter
                if hedge and m.hedge is None:
                    m.hedge = hedge
            if reporter is not None and not sent_mentions and mentions:
                # "Así lo adelantó X": the source of the deals just told.
                for m in mentions:
                    if m.sent == si - 1 and m.reported_by is None:
                        m.reported_by = reporter
            mentions.extend(sent_mentions)
        # A deal whose key party was not found (an acquisition with no target) says
        # too little to publish, and the shapes would refuse it.
        for m in mentions:
            m.roles = [(role, ref) for role, ref in m.roles if ref not in self.not_parties]
        return [
            deal for deal in _merge(mentions)
            if has_required_roles(deal) and not _between_people(deal)
        ]

    def share_parties(self, ms: list[_Mention]) -> None:
        """A partnership told as the frame of another deal of the sentence ("X invested
        $16 million in Y as part of a partnership", "en el marco de una alianza") is
        between that deal's parties."""
        for m in ms:
            if m.type not in ("Partnership", "Agreement") or len(m.parties()) >= 2:
                continue
            ancestors = {t.i for t in self.doc[m.trigger].ancestors}
            outer = next((o for o in ms if o is not m and o.trigger in ancestors), None)
            if outer is not None:
                for _, ref in outer.roles:
                    m.add_role("partner", ref)
                m.rules.append("parties:framed-deal")

    def elided_investee(self, ms: list[_Mention], before: list[_Mention], si: int) -> None:
        """"Existing backer X invested a further £25 million": an investment verb
        with no "in ..." continues the round told just before (ellipsis of the
        investee), within the two sentences before."""
        for m in ms:
            roles = {role for role, _ in m.roles}
            if m.type != "Investment" or "investee" in roles or "investor" not in roles:
                continue
            if not _is_verbal(self.doc[m.trigger]):
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

    def attribution(self, sent: SpacySpan) -> tuple[EntityRef | None, str | None]:
        """Who reports the sentence ("según fuentes de X", "X reported") and the hedge."""
        reporter: EntityRef | None = None
        hedge: str | None = None
        if not any(i in self.cues for i in range(sent.start, sent.end)):
            return reporter, hedge
        for tok in sent:
            low = tok.lower_
            if low == "per" and not any(
                t.i in self.tok_ent for t in self.doc[tok.i + 1 : min(sent.end, tok.i + 3)]
            ):
                continue  # "$34 per share"
            if low in ("según", "per") or (low == "according" and tok.i + 1 < sent.end):
                window = self.doc[tok.i : min(sent.end, tok.i + 8)]
                for t in window:
                    ref = self.tok_ent.get(t.i)
                    if ref is not None and ref.kind == "org":
                        reporter = ref
                        break
                if any(t.lemma_.lower() in _SOURCE_NOUNS for t in window[:4]):
                    end = next(
                        (t.i for t in window if t.i > tok.i + 1 and t.pos_ == "ADP"), tok.i + 2
                    )
                    hedge = self.doc[tok.i : end].text
            elif tok.lemma_.lower() in _REPORT_VERBS and tok.pos_ == "VERB":
                for s in self.subjects(tok):
                    refs = self.np_entities(s)
                    if (
                        refs
                        and refs[0].kind == "org"
                        and not any(
                            c.dep_ in ("obj", "dobj")
                            and self.case_of(c) is None
                            and c.lemma_.lower() not in ("lo",)
                            for c in tok.children
                            if c.pos_ != "PRON"
                        )
                    ):
                        reporter = refs[0]
            if low in _HEDGE_ADV:
                hedge = tok.text
        if reporter is not None:
            self.reporters.add(reporter)
        return reporter, hedge

    def read(
        self, tok: Token, kind_key: str, si: int, sent: SpacySpan, triggers: set[int]
    ) -> _Mention | None:
        """One mention for a trigger token, or None when it states no deal."""
        kind, _, pos = kind_key.rpartition("_")
        noun = pos == "n"
        if noun and tok.pos_ in ("VERB", "AUX"):
            return None
        if not noun and tok.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        # "ronda de inversión", "acuerdo de venta": the inner word is read with the outer.
        if noun and tok.dep_ in ("nmod", "compound", "pobj") and tok.head.i in triggers:
            head = tok.head if tok.dep_ != "pobj" else tok.head.head
            # Under an agreement ("acuerdo de venta", "partnership agreement") the
            # inner word says what deal it is, and the agreement is skipped below.
            outer = self.by_token.get(head.i, "")
            # (but a holder noun does not swallow a deal: "accionista de X para la compra")
            if head.i in triggers and kind != "agreement" and \
                    not outer.startswith(("agreement", "investor")):
                return None
            if self.by_token.get(head.i, "").startswith("agreement") and self.buys_goods(tok):
                return None  # "power purchase agreement": the agreement tells it
        nested = [c for c in tok.children if c.i in triggers and c.dep_ in ("nmod", "compound")]
        if kind == "agreement" and nested and not any(self.buys_goods(c) for c in nested):
            return None
        if noun and not self.states_deal(tok, kind, triggers):
            return None
        if not noun and kind in ("acquire", "sell") and self.is_impersonal(tok):
            return None
        if self.is_denied(tok, noun):
            return None
        ev = self.evidence.get(si)
        if ev is None:
            ev = self.evidence[si] = sentence_span(sent)
        m = _Mention(
            type=_TYPE_OF_KIND[kind], roles=[], sent=si, evidence=ev, trigger=tok.i, kind=kind,
            rules=[f"frame:{kind_key}({tok.lemma_.lower()})"],
        )
        if kind == "deal":
            # A generic word for a deal states none of its own: it refers back, and
            # brings its money ("la operación, valorada en 150 millones").
            if not self.is_definite(tok):
                return None
            m.backref = True
            self.set_status(m, tok, noun)
            return m
        if kind == "raise" and not self.raise_is_funding(tok):
            return None
        if kind == "control" and (noun is False or tok.head.lemma_.lower() not in _TAKE_VERBS):
            return None  # only "gain / take / assume control of X" is a takeover
        if kind == "take" and not (
            any(c.lower_ == "se" for c in tok.children)
            and any(p == "con" for p, _ in self.prep_args(tok))
        ):
            return None  # "hacerse con X" (to take X over), not any "hacer"
        if kind == "invest" and noun and tok.lemma_.lower() in ("participación", "stake"):
            if not self.stake_is_acquired(tok):
                return None
        if kind == "agreement" or kind == "partner":
            inner = self.purpose_trigger(tok, triggers)
            if inner is not None:
                self.signed[inner.i] = self.signatories(tok)
                return None
        # "oferta pública de adquisición (OPA) sobre X": the offer carries the arguments.
        anchor = tok
        if (
            noun
            and tok.dep_ in ("nmod", "appos", "compound", "flat")
            and (tok.head.lemma_.lower() in _OFFER_NOUNS)
        ):
            anchor = tok.head
        frame = _FRAMES.get((kind, noun)) or _FRAMES.get((kind, not noun)) or {}
        if noun and kind == "acquire" and (
            tok.lemma_.lower() in _BID_NOUNS or anchor.lemma_.lower() in _OFFER_NOUNS
        ):
            # "una contraoferta por X", "a bid for X": the offer is for the target;
            # "la opa de X sobre Y": X bids (a bid belongs to its bidder).
            frame = {**frame, "por": "target", "for": "target", "de": "acquirer"}
        received = self.received(tok, kind, noun)
        if received is not None:
            frame = _RECEIVE_FRAMES[kind]
            m.rules.append(f"frame:received({received.lemma_.lower()})")
        self.fill_roles(m, anchor, kind, noun, frame)
        m.distinct = noun and any(
            c.dep_ in ("det", "amod") and c.lower_ in _ANOTHER for c in tok.children
        )
        if received is not None:
            for prep, arg in self.prep_args(received):
                role = frame.get(prep)
                for r in self.np_entities(arg) if role else ():
                    m.add_role(role, r)  # type: ignore[arg-type]
            if kind == "agreement":
                m.type = "PurchaseAgreement"
        if self.signed.get(tok.i):
            m.rules.append("parties:signatories-of-agreement")
        for ref in self.signed.get(tok.i, []):
            if ref in m.parties():
                continue
            roles = {r for r, _ in m.roles}
            if m.type == "Acquisition":
                m.add_role(
                    "seller"
                    if "acquirer" in roles and "target" in roles
                    else "target"
                    if "acquirer" in roles
                    else "acquirer",
                    ref,
                )
            elif m.type == "PurchaseAgreement":
                m.add_role("seller" if "buyer" in roles else "buyer", ref)
            elif m.type == "Investment":
                m.add_role("investee" if "investor" in roles else "investor", ref)
            else:
                m.add_role("partner", ref)
        if kind == "pay":
            self.paid_for_company(m, tok)
        if kind in ("pay", "supply") and len({r for r, _ in m.roles}) < 2:
            return None
        if kind == "agreement" and received is None:
            m.supply = any(
                c.lemma_.lower() in _SUPPLY_WORDS
                or (c.dep_ == "nmod" and c.lemma_.lower() in _SUPPLY_WORDS)
                for c in tok.children
            ) or tok.lemma_.lower() in ("contrato", "contract", "ppa") or any(
                self.buys_goods(c) for c in nested
            )
        if not m.roles:
            if noun and tok.lemma_.lower() in _BACKREF_NOUNS and self.is_definite(tok):
                m.backref = True
            elif noun and tok.lemma_.lower() in _GENERIC_BACKREF:
                m.backref = True
            else:
                return None
        self.set_status(m, anchor, noun)
        return m

    def paid_for_company(self, m: _Mention, tok: Token) -> None:
        """ "X pagó 120 millones por la compañía a su fundador", "paid $2bn for Y": paying
        for a company is buying it (the payee, if any, is the seller)."""
        for prep, arg in self.prep_args(tok):
            if prep not in ("por", "for"):
                continue
            refs = self.resolve_np(arg, m.parties())
            if not refs or arg.pos_ == "PRON":
                continue
            m.type = "Acquisition"
            m.rules.append("frame:paid-for-company")
            m.roles = [("acquirer" if role == "buyer" else role, ref) for role, ref in m.roles]
            for r in refs:
                m.add_role("target", r)
            return

    @staticmethod
    def is_denied(tok: Token, noun: bool) -> bool:
        """A deal said not to exist: "X did not buy Y", "nunca tuvo ningún contrato con
        Y", "no agreement was reached"."""
        if noun:
            return any(
                c.dep_ == "det" and c.lower_ in ("ningún", "ninguna", "ningun", "no")
                for c in tok.children
            )
        return any(c.lower_ in _NEGATIONS for c in tok.children)

    def is_impersonal(self, tok: Token) -> bool:
        """Spanish "se" with no named subject is impersonal or a reflexive passive
        ("al precio al que se venden en tienda"): goods are sold, no deal is told."""
        if not any(c.lower_ == "se" for c in tok.children):
            return False
        return not any(self.resolve_np(s, set()) for s in self.subjects(tok))

    @staticmethod
    def buys_goods(tok: Token) -> bool:
        """A purchase word that names goods, not a company: "power purchase",
        "compraventa de energía"."""
        return tok.lemma_.lower() in ("compra", "compraventa", "purchase", "venta", "sale") and any(
            c.dep_ in ("compound", "nmod") and c.lemma_.lower() in _SUPPLY_WORDS
            for c in tok.children
        )

    @staticmethod
    def received(tok: Token, kind: str, noun: bool) -> Token | None:
        """The light verb of "receive an investment" / "win a contract", if ``tok`` is
        its object: its subject is then the investee or the supplier."""
        if not noun or kind not in _RECEIVE_FRAMES or tok.dep_ not in _OBJ_DEPS:
            return None
        if tok.lemma_.lower() in _STAKE_NOUNS:
            return None  # obtaining a stake makes the subject the investor
        head = tok.head
        return head if head.lemma_.lower() in _RECEIVE_VERBS and _is_verbal(head) else None

    def states_deal(self, tok: Token, kind: str, triggers: set[int]) -> bool:
        """Whether a deal noun tells a deal of its own. It does not when it only
        describes a holder ("investment fund", "fondo de inversión"), when it is plural
        sales or revenue ("ventas", "sales"), inside the fixed phrase "de acuerdo
        con/a" (according to), or when it is the frame of the trigger verb it hangs on
        ("bought X in a deal valued at $Y": the verb tells the deal, the noun its
        price)."""
        lemma = tok.lemma_.lower()
        if tok.dep_ in ("compound", "nmod", "amod") and tok.head.i != tok.i:
            if tok.head.lemma_.lower() in _DESCRIBED_HEADS:
                return False
        if kind == "sell" and "Plur" in _feat(tok, "Number"):
            return False
        if kind in ("agreement", "deal") and any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _FINANCING_WORDS
            for c in tok.children
        ):
            return False  # "10-year dollar deals", "bond deal": a debt issue, not a deal
        if lemma == "acuerdo" and 0 < tok.i < len(self.doc) - 1:
            if self.doc[tok.i - 1].lower_ == "de" and self.doc[tok.i + 1].lower_ in (
                "con", "a", "al"
            ):
                return False
        if kind in ("agreement", "deal"):
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
                prep, holder = tok.head.lower_, tok.head.head
            else:
                prep, holder = self.case_of(tok) or "", tok.head
            if (
                prep in _FRAME_PREPS
                and holder.i in triggers
                and holder.i != tok.i
                and _is_verbal(holder)
            ):
                return False
        return True

    @staticmethod
    def is_definite(tok: Token) -> bool:
        for c in tok.children:
            if c.dep_ in ("det", "poss") and (
                "Def" in _feat(c, "Definite")
                or "Dem" in _feat(c, "PronType")
                or c.lower_ in ("the", "this", "that", "these", "its", "su", "sus")
                or "Yes" in _feat(c, "Poss")
            ):
                return True
        return False

    def raise_is_funding(self, tok: Token) -> bool:
        """ "raise" / "levantar" is a funding round only with money or a round as object."""
        for child in tok.children:
            if child.dep_ in ("obj", "dobj") or (
                child.dep_ in ("prep", "obl") and child.lower_ in ("in", "en")
            ):
                sub = list(child.subtree)
                if any(t.lemma_.lower() in _FUNDING_NOUNS for t in sub):
                    return True
                # "closed a $10m round" is funding, "shares closed at $21.25" is a price:
                # money alone makes a funding only for the verbs that mean raising it.
                if tok.lemma_.lower() not in ("close", "cerrar") and any(
                    t.i in self.tok_amount for t in sub
                ):
                    return True
        return False

    def stake_is_acquired(self, tok: Token) -> bool:
        """A stake noun is a deal only as the object of buying, taking or selling."""
        head = tok.head
        return head.lemma_.lower() in (
            "tomar",
            "obtener",
            "obtain",
            "adquirir",
            "comprar",
            "vender",
            "take",
            "buy",
            "acquire",
            "sell",
            "acquired",
            "sold",
            "elevar",
            "aumentar",
            "raise",
            "increase",
            "agregar",
            "add",
            "sumar",
        )

    def purpose_trigger(self, tok: Token, triggers: set[int]) -> Token | None:
        """The trigger of an agreement's purpose clause ("acuerdo para vender",
        "agreement to acquire"), which carries the deal itself."""
        for t in tok.subtree:
            near = t.head.i == tok.i or t.head.head.i == tok.i  # its own clause, not one inside
            if t.i in triggers and t.i != tok.i and near and self.is_purpose(t):
                return t
        # Spanish often attaches the purpose clause to the verb ("llegar a un acuerdo
        # con X para vender"): look at the governing verb's clauses too.
        head = tok.head
        if head != tok and _is_verbal(head):
            for c in head.children:
                if c.i in triggers and c.i > tok.i and self.is_purpose(c, verb_level=True):
                    return c
        return None

    def is_purpose(self, t: Token, verb_level: bool = False) -> bool:
        """A clause or noun that states what an agreement is for: "para vender X", "to
        acquire X", "para la compra de X", "for the purchase of X". A clause with a
        subject of its own that names no party ("un acuerdo bajo el cual los clientes
        podrán comprar ...") tells what the agreement allows others, not its deal: the
        signatories are the understood subject of a purpose clause (control)."""
        deps = ("advcl", "xcomp") if verb_level else ("acl", "advcl", "xcomp", "relcl", "ccomp")
        if t.dep_ in deps:
            subjects = [c for c in t.children if c.dep_ in _SUBJ_DEPS and c.pos_ != "PRON"]
            return not subjects or any(self.np_entities(c) for c in subjects)
        if t.dep_ == "pobj" and t.head.lower_ == "for":
            return True
        return t.dep_ in ("nmod", "obl") and self.case_of(t) == "para"

    def signatories(self, tok: Token) -> list[EntityRef]:
        """The parties that sign an agreement: its subject and "con/with" partners."""
        refs = list(self.governing_subject(tok, set()))
        for anchor in (tok, tok.head):
            for prep, arg in self.prep_args(anchor):
                if prep in ("con", "with", "entre", "between"):
                    refs += [r for r in self.np_entities(arg) if r not in refs]
        return refs

    # -- roles --------------------------------------------------------------

    def fill_roles(
        self, m: _Mention, tok: Token, kind: str, noun: bool, frame: dict[str | None, str]
    ) -> None:
        """Parties of one trigger, from the parse around it."""
        passive = not noun and self.is_passive(tok)
        obj_role = frame.get("")
        subj_role = frame.get(None)
        typed_kind = kind
        # The verb's subject is read first so that "la startup" elsewhere in the
        # clause is not resolved to the subject itself.
        subj_refs: list[EntityRef] = []
        participle = not noun and tok.dep_ in ("amod", "acl") and "Part" in _feat(tok, "VerbForm")
        if not noun and not participle:
            subjects = self.subjects(tok)
            for s in subjects:
                subj_refs.extend(r for r in self.resolve_np(s, set()) if r not in subj_refs)
            if not subjects:
                subj_refs = self.governing_subject(tok.head, set()) if tok.head != tok else []
                if not subj_refs and _is_verbal(tok) and "Fin" in _feat(tok, "VerbForm"):
                    # A finite verb without a subject: Spanish drops a subject it
                    # has just named.
                    ref = self.salient_before(self.sents[m.sent].start, set())
                    if ref is not None:
                        subj_refs = [ref]
                elif not subj_refs and "Inf" in _feat(tok, "VerbForm"):
                    # "autorizó a X para vender ...": the infinitive's agent is the
                    # company named just before it.
                    ref = self.salient_before(tok.i, set())
                    if ref is not None and any(
                        i in self.tok_ent for i in range(self.sents[m.sent].start, tok.i)
                    ):
                        subj_refs = [ref]
        exclude = set(subj_refs)
        if participle:
            # "Groq (recientemente adquirida por NVIDIA)": the noun it describes.
            target = self.described_noun(tok)
            if target is not None and obj_role:
                for r in self.np_entities(target):
                    m.add_role(obj_role, r)
        # Direct object: a company, a stake, a unit of a company, or goods.
        if not noun:
            for obj in self.direct_objects(tok):
                refs = self.np_entities(obj)
                lemma = obj.lemma_.lower()
                if refs and obj_role:
                    for r in refs:
                        m.add_role(obj_role, r)
                    continue
                if self.tok_amount.get(obj.i) is not None or obj.pos_ == "PRON":
                    continue
                if kind in ("acquire", "sell"):
                    typed_kind = self.object_kind(obj, kind, m, exclude)
                elif obj_role and lemma in _COMPANY_NOUNS:
                    for r in self.resolve_np(obj, m.parties() | exclude):
                        m.add_role(obj_role, r)
        # Prepositional arguments, and the passive agent. A parser often hangs them
        # on the amount ("invested $16 million in Mistral").
        args = list(self.prep_args(tok))
        if noun:
            # "una OPA de 1.300 millones sobre X": the parser hangs X on the amount.
            for c in tok.children:
                if c.i in self.tok_amount:
                    args += [(p, a) for p, a in self.prep_args(c) if p not in ("de", "of")]
            # "the sale of X by Y to Z": the parser hangs "by Y", "to Z" on X.
            for prep, arg in list(args):
                if prep in ("of", "de") and self.np_entities(arg):
                    args += [
                        (p, a) for p, a in self.prep_args(arg)
                        if p not in ("de", "of") and p in frame
                    ]
        if not noun:
            for obj in self.direct_objects(tok):
                if obj.i in self.tok_amount or obj.like_num:
                    args += [(p, a) for p, a in self.prep_args(obj) if p != "de"]
                elif kind == "sell" and typed_kind == "stake":
                    # "vendió una participación del 15 % a X": the buyer hangs on the stake.
                    args += [(p, a) for p, a in self.prep_args(obj) if p in ("a", "to")]
        for prep, arg in args:
            role = frame.get(prep)
            if role is None:
                continue
            if kind == "acquire" and not noun and prep == "de" and typed_kind != "goods":
                continue
            refs = self.np_entities(arg)
            if not refs and arg.lemma_.lower() in _COMPANY_NOUNS:
                refs = self.resolve_np(arg, m.parties() | exclude)
            taken = kind == "take" and prep == "con"  # "se hace con el 100 % de X"
            if not refs and (taken or (noun and prep in ("de", "of", "sobre", "for"))):
                lemma = arg.lemma_.lower()
                if kind in ("acquire", "sell", "take") and (
                    lemma in _UNIT_NOUNS or lemma in _STAKE_NOUNS or lemma in _WHOLE_WORDS
                    or lemma.endswith("%")
                ):
                    typed_kind = self.object_kind(arg, "acquire" if taken else kind, m, exclude)
                    continue
            if passive and prep in ("por", "by"):
                role = subj_role or role
            for r in refs:
                if r not in exclude:
                    m.add_role(role, r)
        # Appositive and copular investors: "El CEO, Sam Altman, es inversor en X".
        if kind == "investor":
            for s in self.subjects(tok):
                for r in self.resolve_np(s, m.parties(), generic=False):
                    m.add_role("investor", r)
            for c in tok.children:
                if c.dep_ in ("appos", "compound", "flat"):
                    for r in self.np_entities(c):
                        m.add_role("investor", r)
            if tok.dep_ in ("appos",):
                for r in self.np_entities(tok.head):
                    m.add_role("investor", r)
            if tok.dep_ in _SUBJ_DEPS and any(c.dep_ == "cop" for c in tok.head.children):
                # "Los accionistas de X son A, B y C"
                for r in self.np_entities(tok.head):
                    m.add_role("investor", r)
        # The agent of a participle on a deal noun is the deal's agent: "la OPA
        # lanzada por X", "the bid made by X", "an investment announced by X".
        if noun and subj_role:
            for c in tok.children:
                if c.dep_ in ("amod", "acl") and "Part" in _feat(c, "VerbForm") and \
                        c.lemma_.lower() not in _LEAD_VERBS:
                    for prep, arg in self.prep_args(c):
                        # the parser often hangs the noun's own complements on it too
                        # ("la OPA lanzada por X sobre Y")
                        role = subj_role if prep in ("por", "by") else frame.get(prep)
                        if role is None or prep in ("de", "of"):
                            continue
                        for r in self.np_entities(arg):
                            m.add_role(role, r)
        # Investors that lead a round: "led by X", "liderada por X".
        for c in tok.subtree if kind in ("round", "raise", "invest") else ():
            if c.lemma_.lower() in _LEAD_VERBS and c.i != tok.i:
                for prep, arg in self.prep_args(c):
                    if prep in ("by", "por"):
                        for r in self.np_entities(arg):
                            m.add_role("investor", r)
        if noun and kind != "investor":
            self.noun_subject(m, tok, kind, frame)
            self.topic_as_acquirer(m, tok, kind)
        else:
            role = (obj_role if passive else subj_role) or subj_role
            for r in subj_refs:
                if role:
                    m.add_role(role, r)
        self.retype(m, typed_kind, kind)

    def noun_subject(
        self, m: _Mention, tok: Token, kind: str, frame: dict[str | None, str]
    ) -> None:
        """The agent of a deal noun: its possessor ("its takeover"), a name
        compounded with it, or the subject of the verb that governs it."""
        subj_role = frame.get(None)
        obj_role = frame.get("")
        for c in tok.children:
            if c.dep_ == "poss":
                refs = self.np_entities(c)
                if not refs and c.pos_ == "PRON":
                    refs = self.governing_subject(tok.head, m.parties())
                for r in refs:
                    if subj_role:
                        m.add_role(subj_role, r)
            elif c.dep_ == "compound" and c.i < tok.i:
                # "the Whole Foods acquisition": the name is the target; but with an
                # "of"-complement that names the target, the name before is the agent
                # ("the Acme acquisition of Zenith").
                of_target = obj_role is not None and any(
                    prep in ("of", "de") and self.np_entities(arg)
                    for prep, arg in self.prep_args(tok)
                )
                for r in self.np_entities(c):
                    role = subj_role if of_target else obj_role or frame.get("de") or subj_role
                    if role:
                        m.add_role(role, r)
        symmetric = kind in ("partner", "agreement", "merge")
        if (
            subj_role
            and (symmetric or not any(role == subj_role for role, _ in m.roles))
            and tok.dep_ not in _SUBJ_DEPS
            and not self.is_bare_backref(tok, m)
        ):
            judge = self.judged_by_third_party(tok)
            if judge is not None:
                subjects = self.organ_owner(judge, m.parties())
            elif self.in_adjunct(tok):
                subjects = []
            else:
                subjects = self.governing_subject(tok, m.parties())
            if kind in ("partner", "agreement", "merge") and tok.head != tok:
                # "in talks with X about a partnership": past the preposition too.
                holder = tok.head.head if tok.dep_ == "pobj" else tok.head
                for prep, arg in self.prep_args(holder):
                    if prep in ("a", "con", "with", "to", "in", "en"):
                        subjects += [r for r in self.np_entities(arg) if r not in subjects]
            for r in subjects:
                m.add_role(subj_role, r)

    def is_ticker(self, tok: Token) -> bool:
        """A stock ticker in brackets after a name: short, all capitals."""
        before = self.doc[tok.i - 1] if tok.i > 0 else None
        return (
            before is not None and before.text == "(" and tok.text.isupper()
            and tok.text.isalpha() and len(tok.text) <= 5
        )

    @staticmethod
    def in_adjunct(tok: Token) -> bool:
        """A deal noun in a temporal or causal adjunct ("fined for misleading regulators
        during the takeover of X", "tras la compra de X"): the clause's subject acts on
        something else and is not the deal's agent."""
        cur = tok
        for _ in range(4):
            head = cur.head
            if head.i == cur.i or (_is_verbal(head) and cur.dep_ not in ("pobj",)):
                return False
            if head.dep_ == "prep" and head.lower_ in _TEMPORAL_PREPS and cur.dep_ == "pobj":
                return True
            if _Extraction.case_of(cur) in _TEMPORAL_PREPS:
                return True
            cur = head
        return False

    @staticmethod
    def judged_by_third_party(tok: Token) -> Token | None:
        """The verb by which a regulator or court acts on a deal noun ("la CNMC vetó la
        fusión", "regulators cleared the merger"): its subject is not a party."""
        cur = tok
        for _ in range(4):  # through "el proyecto de fusión", "the plan for the merger"
            head = cur.head
            if head.i == cur.i:
                return None
            if head.lemma_.lower() in _THIRD_PARTY_VERBS or (
                # "dar el visto bueno / luz verde a la fusión", "gave the green light to"
                head.lemma_.lower() in ("dar", "give", "otorgar", "grant", "conceder")
                and any(c.lemma_.lower() in _APPROVAL_NOUNS for c in head.children)
            ):
                return head
            if _is_verbal(head):
                return None
            cur = head
        return None

    def organ_owner(self, verb: Token, exclude: set[EntityRef]) -> list[EntityRef]:
        """When a company's own organ approves its deal ("el consejo de X aprobó la
        fusión", "X's shareholders approved the merger"), the company is a party."""
        refs: list[EntityRef] = []
        for s in self.subjects(verb):
            if s.lemma_.lower() in _ORGAN_NOUNS:
                refs += [r for r in self.nested_entities(s) if r not in exclude]
        return refs

    def topic_as_acquirer(self, m: _Mention, tok: Token, kind: str) -> None:
        """ "Sales rose, spurred by last year's $30 billion acquisition of X": a takeover
        noun with its target and no agent in the sentence is the discourse topic's, the
        company the article is about (named at least twice before)."""
        roles = {role for role, _ in m.roles}
        if kind != "acquire" or roles != {"target"} or tok.lemma_.lower() in _BID_NOUNS:
            return
        if any(c.dep_ == "poss" and (c.pos_ == "PRON" or self.np_entities(c))
               for c in tok.children):
            return
        topic = self.topic_before(tok.i, m.parties())
        if topic is not None:
            mentions = sum(
                1 for start, ref in self.mention_starts if ref == topic and start < tok.i
            )
            if mentions >= 2:
                m.add_role("acquirer", topic)
                m.rules.append("parties:topic-acquirer")

    def is_bare_backref(self, tok: Token, m: _Mention) -> bool:
        """A definite deal noun with no argument of its own ("esta compra") refers
        back; it takes no party from the verb that governs it."""
        return (
            not m.roles
            and self.is_definite(tok)
            and not any(
                c.dep_ == "poss"
                # "X e Y cerraron su fusión": the pair that merges is the subject.
                or (c.dep_ == "det" and "Yes" in _feat(c, "Poss") and m.type == "Merger")
                for c in tok.children
            )
        )

    def described_noun(self, tok: Token) -> Token | None:
        """The noun a participle describes; inside brackets, the name before them."""
        left = [t for t in self.doc[max(0, tok.i - 4) : tok.i] if t.text == "("]
        if left:
            i = left[-1].i - 1
            if i >= 0 and i in self.tok_ent:
                return self.doc[i]
        return tok.head if tok.head != tok else None

    @staticmethod
    def is_passive(tok: Token) -> bool:
        if any(c.dep_ in _PASSIVE_SUBJ or c.dep_ in ("auxpass", "aux:pass") for c in tok.children):
            return True
        if (
            "Part" in _feat(tok, "VerbForm")
            and "Prog" not in _feat(tok, "Aspect")
            and any(c.lemma_ in ("ser", "be") and c.dep_ in ("aux", "cop") for c in tok.children)
        ):
            return True
        return tok.dep_ in ("amod", "acl") and "Part" in _feat(tok, "VerbForm")

    @staticmethod
    def is_control(obj: Token, words: set[str]) -> bool:
        """A stake that gives control is a takeover: "a majority stake", "una
        participación mayoritaria", "the controlling stake", "el 70 % de X"."""
        if words & _CONTROL_WORDS:
            return True
        doc = obj.doc
        for t in obj.subtree:
            after = doc[t.i + 1 : t.i + 3].text.lower()
            percent = t.text.endswith("%") or after.startswith(("%", "percent", "por ciento"))
            if not percent:
                continue
            try:
                share = float(t.text.rstrip("%").replace(",", "."))
            except ValueError:
                continue
            if 50 < share <= 100:
                return True
        return False

    def object_kind(self, obj: Token, kind: str, m: _Mention, exclude: set[EntityRef]) -> str:
        """What buying/selling ``obj`` is: a company (via a stake of it or a unit of it),
        a stake, or goods; records the nested parties."""
        lemma = obj.lemma_.lower()
        words = {t.lower_ for t in obj.subtree} | {lemma}
        nested = self.nested_entities(obj)
        stake = (
            bool(words & _STAKE_NOUNS) or obj.pos_ == "NUM" or any(w.endswith("%") for w in words)
        )
        if stake and (self.is_control(obj, words) or (
            words | {w.rstrip("%") for w in words}
        ) & _WHOLE_WORDS):
            for r in nested:
                m.add_role("target", r)
            return kind
        if lemma in _UNIT_NOUNS:
            for r in nested:
                m.add_role("seller" if kind == "acquire" else "target", r)
            return kind
        if stake:
            for r in nested:
                m.add_role("investee", r)
            return "stake"
        if lemma in _COMPANY_NOUNS:
            for r in self.resolve_np(obj, m.parties() | exclude):
                m.add_role("target", r)
            return kind
        for r in nested:
            m.add_role("seller" if kind == "acquire" else "buyer", r)
        return "goods"

    @staticmethod
    def retype(m: _Mention, typed_kind: str, kind: str) -> None:
        if typed_kind == "goods":
            mapping = {"acquirer": "buyer", "target": "buyer", "seller": "seller"}
            if kind == "sell":
                mapping = {"seller": "seller", "acquirer": "buyer", "buyer": "buyer"}
            m.type = "PurchaseAgreement"
            m.roles = [(mapping.get(r, r), e) for r, e in m.roles if r != "target"]
        elif typed_kind == "stake":
            mapping = {"acquirer": "investor", "target": "investee", "seller": "seller"}
            if kind == "sell" and not any(r in ("target", "investee") for r, _ in m.roles):
                # "X sold a 20% stake to Y": a stake in X itself, Y invests in X.
                mapping["seller"] = "investee"
            m.type = "Investment"
            m.roles = [(mapping.get(r, r), e) for r, e in m.roles]

    # -- status -------------------------------------------------------------

    def set_status(self, m: _Mention, tok: Token, noun: bool) -> None:
        """Status from the words that govern the trigger, nearest first."""
        chain: list[Token] = [tok]
        cur = tok
        while cur.head != cur and len(chain) < 8:
            cur = cur.head
            chain.append(cur)
        own_verb = tok if not noun else next((t for t in chain[1:] if _is_verbal(t)), None)
        # Past an adjunct ("launched its app with $2 million in funding", "after it
        # closed a round") the verbs above tell another event, not this deal's stage.
        adjunct = next(
            (
                n
                for n, t in enumerate(chain)
                if (t.dep_ == "prep" and t.lower_ in _ADJUNCT_PREPS)
                or (t is not tok and self.case_of(t) in _ADJUNCT_PREPS)
                # "..., after it closed a round": a clause the trigger's event opens
                or any(c.dep_ == "mark" and c.lower_ in _ADJUNCT_PREPS for c in t.children)
            ),
            len(chain),
        )
        for n, t in enumerate(chain):
            self.cue = t
            if n > adjunct and (
                t.lemma_.lower() in _ANNOUNCED
                or t.lemma_.lower() in _COMPLETED
                or t.lemma_.lower() in _SIGNED
            ):
                continue
            lemma = t.lemma_.lower()
            auxes = [c for c in t.children if c.dep_ in ("aux", "aux:pass", "auxpass")]
            if t is not tok or not noun:
                negated = any(c.lower_ in _NEGATIONS for c in t.children)
                if not negated and (
                    (lemma in _CANCELLED and lemma != "call")
                    or any(c.lower_ == _PHRASAL_CANCEL.get(lemma) for c in t.children)
                ):
                    self.status(m, "Cancelled")
                    return
                if lemma in _NEGOTIATING or (lemma == "talk" and t.tag_ == "NNS"):
                    self.status(m, "InNegotiation")
                    return
                if lemma in _RUMOURED and t is not tok:
                    self.status(m, "Rumoured", t.text)
                    return
                if "Cnd" in _feat(t, "Mood") and t is not tok and _is_verbal(t):
                    self.status(m, "Rumoured", t.text)
                    return
                hedge_aux = next((a for a in auxes if a.lemma_.lower() in _HEDGE_AUX), None)
                reported = (
                    hedge_aux is not None
                    and hedge_aux.lower_ == "would"
                    and t.dep_ == "ccomp"
                    and t.head.lemma_.lower() in ("say", "announce", "confirm", "state")
                    and any(
                        c.dep_ in _SUBJ_DEPS and c.lemma_.lower() not in _SOURCE_NOUNS
                        for c in t.head.children
                    )
                )
                if reported:
                    # "X said they would merge": the parties' own word, future in the past.
                    self.status(m, "Announced", explicit=True)
                    return
                if (
                    hedge_aux is not None
                    and (hedge_aux.lemma_.lower() != "poder" or "Cnd" in _feat(hedge_aux, "Mood"))
                    and hedge_aux.lower_ != "will"
                ):
                    self.status(m, "Rumoured", hedge_aux.text)
                    return
                if lemma == "say" and any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
                    self.status(m, "Rumoured", "is said to")
                    return
                if t is not tok and t.dep_ == "xcomp" and (
                    lemma in _SIGNED or lemma in _COMPLETED or lemma in _ANNOUNCED
                ):
                    # "estudia presentar una contraoferta", "is considering launching a
                    # bid": the verb that governs the plan says how certain it is.
                    upper = t.head.lemma_.lower()
                    if upper in _RUMOURED:
                        self.status(m, "Rumoured", t.head.text)
                        return
                    if upper in _NEGOTIATING:
                        self.status(m, "InNegotiation")
                        return
                if lemma in _RECEIVE_VERBS and t is not tok and m.type == "PurchaseAgreement":
                    self.status(m, "Completed")  # a contract won is a contract signed
                    return
                if lemma in _SIGNED and t is not tok:
                    self.status(
                        m,
                        "Completed"
                        if m.type in ("PurchaseAgreement", "Partnership", "Agreement")
                        else "Announced",
                    )
                    return
                if lemma in _COMPLETED and t is not tok:
                    self.status(m, "Completed")
                    return
                if lemma in _ANNOUNCED and t is not tok:
                    # Entering into or reaching a purchase or partnership agreement is
                    # its signing, the event itself (GOLD-FORMAT: signed = Completed).
                    # So is an agreement announced as made ("anunciaron un acuerdo").
                    concluded = m.type in ("PurchaseAgreement", "Partnership", "Agreement") and (
                        lemma in _CONCLUDE
                        or (lemma in ("anunciar", "announce", "comunicar")
                            and _AGREEMENT_NOUNS & {tok.lemma_.lower(), tok.head.lemma_.lower()})
                    )
                    self.status(m, "Completed" if concluded else "Announced")
                    return
            if t is own_verb or (t is tok and not noun):
                if self.is_future(t):
                    self.status(m, "Announced", explicit=True)
                    return
                if (
                    t is tok
                    and any(c.dep_ == "mark" and c.lower_ in ("para", "to") for c in t.children)
                    and not auxes
                ):
                    if m.type in ("Acquisition", "Merger", "Investment"):
                        self.status(m, "Announced", explicit=True)
                        return
                if self.is_past(t) and m.type in ("Acquisition", "Merger"):
                    self.status(m, "Completed", explicit=True)
                    return
        m.status = "Announced" if m.type in ("Acquisition", "Merger") else "Completed"
        m.rules.append(f"status:{m.status}<-default")

    def status(
        self, m: _Mention, status: str, hedge: str | None = None, explicit: bool = True
    ) -> None:
        m.status = status
        m.status_explicit = explicit
        if hedge:
            m.hedge = hedge
        cue = self.cue.lemma_.lower() if self.cue is not None else "?"
        m.rules.append(f"status:{status}<-{cue}")

    @staticmethod
    def is_future(t: Token) -> bool:
        if "Fut" in _feat(t, "Tense"):
            return True
        for c in t.children:
            if c.dep_ == "aux" and (
                c.lower_ in ("will", "'ll", "shall") or (c.lower_ == "to" and t.dep_ == "ROOT")
            ):
                return True
            if c.dep_ == "aux" and "Fut" in _feat(c, "Tense"):
                return True
        return False

    @staticmethod
    def is_past(t: Token) -> bool:
        if "Prog" in _feat(t, "Aspect") or t.tag_ == "VBG":
            return False  # "is buying": agreed, not done
        tense = _feat(t, "Tense")
        if "Past" in tense and "Fin" in _feat(t, "VerbForm"):
            return True
        if "Part" in _feat(t, "VerbForm") and any(
            c.dep_ in ("aux:pass", "auxpass") and "Past" in _feat(c, "Tense")
            for c in t.children
        ):
            return True  # "was bought by", "fue adquirida por"
        if "Part" in _feat(t, "VerbForm") and t.dep_ in ("amod", "acl", "ROOT", "conj"):
            return (
                any(
                    c.dep_ in ("aux", "aux:pass", "auxpass", "cop", "obj", "agent", "advmod")
                    or c.lower_ in ("por", "by")
                    for c in t.children
                )
                or t.dep_ == "amod"
            )
        return False

    # -- money, term, quantity ----------------------------------------------

    def amount_root(self, amt: Amount) -> Token | None:
        span = self.doc.char_span(amt.span.start, amt.span.end, alignment_mode="expand")
        if span is None:
            return None
        return span.root

    def is_valuation(self, root: Token) -> bool:
        """A valuation: under "valoración"/"valuation", the object of "values ... at",
        or beside "valoración" ("elevar su valoración a X")."""
        near: list[Token] = [root.head, root.head.head]
        near += [
            c
            for c in root.head.children
            if c.i != root.i and c.dep_ not in ("relcl", "acl", "acl:relcl")
        ]
        for t in near:
            lemma = t.lemma_.lower()
            if lemma in ("valoración", "valuation"):
                return True
            if lemma in ("value", "valorar", "valorado", "valued") and _is_verbal(t) and \
                    t in (root.head, root.head.head):
                # Only a verb that governs the amount: in "raised $60 million, valuing the
                # company at $480 million" the sibling clause values the other figure.
                # "a transaction valued at $X" is the deal's price, not a valuation.
                # "a deal that would have been valued at $X" too; but "a round that
                # values the company at $X" values the object.
                holder = t.head if t.dep_ in ("acl", "amod", "relcl", "acl:relcl") else None
                objects = [c for c in t.children if c.dep_ in ("dobj", "obj")]
                subj = [c for c in t.children if c.dep_ in _SUBJ_DEPS]
                nouns = objects or ([holder] if holder is not None else []) + subj
                if any(n.lemma_.lower() in _BACKREF_NOUNS for n in nouns):
                    return False
                return True
            if (
                lemma in ("value", "valor")
                and t.pos_ == "NOUN"
                and any(c.lower_ in ("enterprise", "empresa", "mercado") for c in t.children)
            ):
                return True
        prev = self.doc[max(root.sent.start, root.i - 5) : root.i]
        return any(t.lemma_.lower() in ("valoración", "valuation") for t in prev)

    def attach_money(self, sent: SpacySpan, ms: list[_Mention]) -> None:
        """Give each mention the nearest amount (and valuation) of its sentence."""
        cands: list[tuple[int, int, Amount, bool]] = []
        for amt in self.amounts:
            if not (sent.start_char <= amt.span.start < sent.end_char):
                continue
            root = self.amount_root(amt)
            if root is None:
                continue
            if self.in_brackets(root):  # a restatement in another currency
                continue
            val = self.is_valuation(root)
            for mi, m in enumerate(ms):
                if m.kind == "investor":
                    continue  # a holder ("accionista de X") has no price
                d = _tree_distance(self.doc[m.trigger], root)
                cands.append((d, mi, amt, val))
        cands.sort(key=lambda c: (c[0], c[2].span.start))
        for d, mi, amt, val in cands:
            m = ms[mi]
            if id(amt) in self.used_amounts or d > 9:
                continue
            if val:
                if m.valuation is None and m.type in ("Investment", "Valuation", "Acquisition"):
                    m.valuation = amt
                    self.used_amounts.add(id(amt))
            elif m.amount is None and m.type != "Valuation":
                m.amount = amt
                self.used_amounts.add(id(amt))

    def in_brackets(self, root: Token) -> bool:
        span = self.doc[max(root.sent.start, root.i - 6) : root.i]
        opened = [t for t in span if t.text in ("(", "[")]
        closed = [t for t in span if t.text in (")", "]")]
        return bool(opened) and (not closed or closed[-1].i < opened[-1].i)

    def attach_term_quantity(self, sent: SpacySpan, ms: list[_Mention]) -> None:
        if not ms:
            return
        for tok in sent:
            unit = _DURATION_UNITS.get(tok.lower_)
            if unit is None:
                continue
            number = self.number_before(tok)
            if number is None:
                continue
            pre = self.doc[max(sent.start, tok.i - 4) : tok.i]
            if not any(t.lower_ in _DURATION_PREPS for t in pre):
                continue
            if any(
                t.lower_ in ("hace", "ago", "pasado", "past", "últimos", "last")
                for t in self.doc[max(sent.start, tok.i - 3) : tok.i + 2]
            ):
                continue
            m = min(ms, key=lambda x: _tree_distance(self.doc[x.trigger], tok))
            if m.term is None:
                m.term = f"P{number}{unit}"
        for qty in self.quantities:
            if not (sent.start_char <= qty.span.start < sent.end_char):
                continue
            span = self.doc.char_span(qty.span.start, qty.span.end, alignment_mode="expand")
            if span is None:
                continue
            m = min(ms, key=lambda x: _tree_distance(self.doc[x.trigger], span.root))
            if m.quantity is None and _tree_distance(self.doc[m.trigger], span.root) <= 4:
                m.quantity = qty

    def number_before(self, unit: Token) -> int | None:
        for t in reversed(self.doc[max(unit.sent.start, unit.i - 2) : unit.i]):
            if t.like_num:
                try:
                    return int(t.text.replace(".", "").replace(",", ""))
                except ValueError:
                    try:
                        return int(text2num(t.lower_, self.doc.lang_ or "en"))
                    except ValueError:
                        return None
        return None


def _kind_for_pos(kind: str, tok: Token, lang: str) -> str:
    """The noun reading of a word listed as both verb and noun ("purchase") when the
    parser calls it a noun, and the verb reading when it calls it a verb."""
    base, _, pos = kind.rpartition("_")
    other = f"{base}_{'n' if pos == 'v' else 'v'}"
    words = _TRIGGERS.get(lang, {}).get(other)
    if not words:
        return kind
    is_noun = tok.pos_ in ("NOUN", "PROPN")
    if (pos == "v") != is_noun or tok.pos_ in ("ADJ",):
        return kind  # the parse agrees with the kind (or says nothing)
    if tok.lemma_.lower() in words or tok.lower_ in words:
        return other
    return kind


def _fold_sentence(ms: list[_Mention]) -> list[_Mention]:
    """Within one sentence: a valuation told beside a round is the round's valuation;
    investors named beside a round referred back to ("the round included investments
    from A and B") join that round."""
    rounds = [m for m in ms if m.type == "Investment"]
    out: list[_Mention] = []
    for m in ms:
        if m.type == "Valuation" and rounds:
            r = rounds[0]
            r.valuation = r.valuation or m.valuation
            for _, ref in m.roles:
                if ref not in r.parties() and not r.backref:
                    r.add_role("investee", ref)
            continue
        out.append(m)
    back = next((m for m in out if m.backref), None)
    if back is None:
        return out
    kept: list[_Mention] = []
    for m in out:
        if m is back or m.backref:
            kept.append(m)
            continue
        roles = {r for r, _ in m.roles}
        lacks = (m.type == "Investment" and "investee" not in roles) or (
            m.type == "Acquisition" and not {"target", "acquirer"} <= roles
        )
        if lacks and back.type in (m.type, "Agreement"):
            back.roles.extend(m.roles)
            back.amount = back.amount or m.amount
            back.valuation = back.valuation or m.valuation
            continue
        kept.append(m)
    return kept


def _tree_distance(a: Token, b: Token) -> int:
    """Number of edges between two tokens of the same sentence in the parse."""
    if a.i == b.i:
        return 0
    up_a = [a, *a.ancestors]
    pos = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in pos:
            return n + pos[t.i]
    return 99


# ---------------------------------------------------------------------------
# Merging mentions into deals


def _conflicts(a: Amount | None, b: Amount | None) -> bool:
    """Two amounts in the same currency with different figures are different deals;
    across currencies they are usually the same price restated."""
    if a is None or b is None or a is b:
        return False
    if a.currency != b.currency:
        return False
    av = a.value or a.min_value or a.max_value or Decimal(0)
    bv = b.value or b.min_value or b.max_value or Decimal(0)
    return abs(av - bv) > max(av, bv) * Decimal("0.01")


def _absorb(into: _Mention, other: _Mention) -> None:
    into.rules.extend(other.rules)
    for role, ref in other.roles:
        into.add_role(role, ref)
    if other.evidence != into.evidence and other.evidence not in into.extra_evidence:
        into.extra_evidence.append(other.evidence)
    for ev in other.extra_evidence:
        if ev != into.evidence and ev not in into.extra_evidence:
            into.extra_evidence.append(ev)
    into.amount = into.amount or other.amount
    into.valuation = into.valuation or other.valuation
    into.quantity = into.quantity or other.quantity
    into.term = into.term or other.term
    into.reported_by = into.reported_by or other.reported_by
    into.hedge = into.hedge or other.hedge
    if not into.status_explicit and other.status_explicit:
        into.status, into.status_explicit = other.status, True


def _compatible(a: _Mention, b: _Mention) -> bool:
    """Same type, no conflicting money, and no party in two different roles."""
    roles_a = dict((ref, role) for role, ref in a.roles)
    if any(ref in roles_a and roles_a[ref] != role for role, ref in b.roles):
        return False
    return (
        a.type == b.type
        and not _conflicts(a.amount, b.amount)
        and not _conflicts(a.valuation, b.valuation)
    )


def _merge(mentions: list[_Mention]) -> list[Deal]:
    deals: list[_Mention] = []
    agreements: list[_Mention] = []
    for m in mentions:
        if m.backref:
            _resolve_backref(m, deals)
            continue
        if m.type == "Agreement":
            agreements.append(m)
            continue
        target = None
        for d in deals if not m.distinct else ():
            if not _compatible(d, m):
                continue
            if d.parties() == m.parties() or (d.sent == m.sent and d.parties() & m.parties()):
                target = d
                break
            # A thin mention (no money, no explicit status) of part of a known deal.
            if m.parties() < d.parties() and (
                (m.amount is None and m.valuation is None)
                or _same_amount(m.amount, d.amount)
                or d.amount is None
            ):
                target = d
        if target is not None:
            _absorb(target, m)
        else:
            deals.append(m)
    for a in agreements:
        match = next(
            (
                d
                for d in deals
                if not a.distinct
                and a.parties()
                and a.parties() <= d.parties()
                and not _conflicts(d.amount, a.amount)
                and (not a.supply or d.type == "PurchaseAgreement")
            ),
            None,
        )
        if match is None and not a.supply:
            match = _same_sentence_deal(a, deals)
        if match is not None:
            _absorb(match, a)
            continue
        if a.supply:
            # Who buys is not told by "a cloud deal with X"; the subject is taken
            # as the buyer.
            a.type = "PurchaseAgreement"
            a.roles = [("buyer" if n == 0 else "seller", ref) for n, (_, ref) in enumerate(a.roles)]
        else:
            a.type = "Partnership"
        same = next(
            (d for d in deals if d.type == a.type and d.parties() == a.parties()), None
        ) if not a.distinct else None
        if same is not None:
            _absorb(same, a)
        else:
            deals.append(a)
    # A company whose round is reported with a valuation: other valuations of it
    # are sought or earlier figures, not a separate deal.
    valued = {
        ref
        for d in deals
        if d.type == "Investment" and d.valuation is not None
        for role, ref in d.roles
        if role == "investee"
    }
    out: list[Deal] = []
    for d in deals:
        if d.type == "Valuation" and d.parties() & valued:
            continue
        if d.type == "Valuation":
            d.roles = [("investee", ref) for _, ref in d.roles[:1]]
        if d.type == "Investment":
            d.roles = _one_investee(d.roles)
        if not _enough_parties(d):
            continue
        evidence = tuple(sorted({d.evidence, *d.extra_evidence}))
        out.append(
            Deal(
                type=d.type,
                roles=tuple(d.roles),
                evidence=evidence,
                status=d.status,
                amount=d.amount,
                valuation=d.valuation,
                quantity=d.quantity,
                term=d.term,
                reported_by=d.reported_by,
                hedge=d.hedge,
                rules=tuple(dict.fromkeys(d.rules)),
            )
        )
    return _split_investors(out)


_COUNTERPART = {
    "Acquisition": ("seller", "acquirer"),
    "Investment": ("seller", "investor"),
    "Merger": ("partner", "partner"),
    "PurchaseAgreement": ("seller", "buyer"),
}


def _same_sentence_deal(a: _Mention, deals: list[_Mention]) -> _Mention | None:
    """An agreement told in the sentence of a deal it shares a party with is that
    deal's agreement even when the parse does not link them ("X llegó a un acuerdo con
    Y, ..., para la compra de Z"): its other signatory is the counterparty (the seller
    when the deal has its buyer), never a separate partnership."""
    for d in deals:
        if d.sent != a.sent or d.type not in _COUNTERPART or len(d.parties()) < 2 \
                or not a.parties() & d.parties():
            continue
        roles = {role for role, _ in d.roles}
        first, second = _COUNTERPART[d.type]
        role = first if first not in roles else second
        a.roles = [(role, ref) if ref not in d.parties() else (r, ref) for r, ref in a.roles]
        a.rules.append("merge:agreement-in-deal-sentence")
        return d
    return None


def _between_people(deal: Deal) -> bool:
    """An agreement only between people ("reached an agreement with Y after the fight")
    is not a business deal; a person may still invest, buy or sell a company."""
    return deal.type in ("Partnership", "PurchaseAgreement") and all(
        ref.kind == "person" for _, ref in deal.roles
    )


def _enough_parties(d: _Mention) -> bool:
    """A transaction has two sides. One named party is enough only for a company's
    funding round or valuation with its figure (the investors often go unnamed);
    an investor, buyer or partner alone is half a deal and usually not one at all
    ("ejecutó inversiones por X", "con una inversión de X")."""
    parties = d.parties()
    if len(parties) >= 2:
        return True
    if not parties:
        return False
    (role,) = {role for role, _ in d.roles}
    return (
        d.type in ("Investment", "Valuation")
        and d.kind != "investor"  # "accionista de X" alone names no deal
        and role == "investee"
        and (d.amount is not None or d.valuation is not None)
    )


def _one_investee(roles: list[tuple[str, EntityRef]]) -> list[tuple[str, EntityRef]]:
    seen = False
    out = []
    for role, ref in roles:
        if role == "investee":
            if seen:
                continue
            seen = True
        out.append((role, ref))
    return out


def _split_investors(deals: list[Deal]) -> list[Deal]:
    """Holders named together ("accionistas: A, B y C") without a round amount are
    separate stakes, one deal each; a round keeps all its investors."""
    out: list[Deal] = []
    for d in deals:
        investors = [r for role, r in d.roles if role == "investor"]
        if d.type == "Investment" and len(investors) > 1 and d.amount is None:
            others = tuple((role, r) for role, r in d.roles if role != "investor")
            out.extend(replace(d, roles=(("investor", inv), *others)) for inv in investors)
        else:
            out.append(d)
    return out


def _resolve_backref(m: _Mention, deals: list[_Mention]) -> None:
    """Attach a mention that refers back ("el acuerdo supera los 10.000 millones") to
    the latest deal it can mean: its evidence, money, term and source."""
    generic = m.type in ("Agreement",) or m.type == ""
    candidates = [
        d
        for d in reversed(deals)
        if generic
        or d.type == m.type
        or (m.type == "Partnership" and d.type == "PurchaseAgreement")
    ]
    if not candidates:
        candidates = list(reversed(deals))
    if not candidates:
        return
    target = candidates[0]
    if m.amount is not None:
        free = next((d for d in candidates if d.amount is None), None)
        if free is None:
            m.amount = None  # the deal already has its price
        else:
            target = free
    if m.evidence != target.evidence and m.evidence not in target.extra_evidence:
        target.extra_evidence.append(m.evidence)
    for role, ref in m.roles:
        target.add_role(role, ref)
    target.amount = target.amount or m.amount
    target.valuation = target.valuation or m.valuation
    target.term = target.term or m.term
    target.quantity = target.quantity or m.quantity
    target.reported_by = target.reported_by or m.reported_by
    target.hedge = target.hedge or m.hedge


def _same_amount(a: Amount | None, b: Amount | None) -> bool:
    return a is not None and b is not None and not _conflicts(a, b) and a.currency == b.currency
