"""A deal's status (GOLD-FORMAT: Rumoured, InNegotiation, Announced, Completed,
Cancelled) from the words that govern its trigger.

``set_status`` walks up the parse from the trigger, nearest word first; on each word
it tries ``STATUS_RULES`` in order, and the first rule that decides sets the status:
the order of the list is the rules' priority. Each decision is recorded in the
mention's rules as ``status:<Status><-<lemma of the word>`` (for example
``status:Cancelled<-abandon``); with no decision, the type's default is recorded as
``status:<Status><-default``. The words each rule tests are in
``lexicon/deals.toml`` (``[status]`` and the word classes it names).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from spacy.tokens import Token

from kg.deals.conjugation import verb_forms
from kg.deals.mention import Mention
from kg.deals.negotiation import talks_read_as_subject
from kg.deals.syntax import (
    case_of,
    feat,
    founding_verb,
    is_conditional,
    is_future,
    is_past,
    is_verbal,
    modifier_clause,
    subjects,
    year_of,
)
from kg.deals.words import (
    ADJUNCT_PREPS,
    AGREEMENT_NOUNS,
    ANNOUNCED,
    APPROVAL_NOUNS,
    APPROVAL_VERBS,
    BEFORE_MARKS,
    BID_NOUNS,
    BINDING_WORDS,
    CANCELLED,
    CANCELLED_STATES,
    CANCELLED_VERBS,
    COMMENTATOR_NOUNS,
    COMPLETED,
    COMPLETION_EXPECTED,
    COMPLETION_EXPECTED_AUX,
    CONCLUDE,
    CONDITIONAL_MARKS,
    DATING_PREPS,
    DECLARED_ENDED,
    DENIAL_VERBS,
    DENIED_NOUNS,
    FOLLOWING_VERBS,
    FOUNDED_NOUNS,
    HEARSAY_VERBS,
    HEDGE_ADV,
    HEDGE_AUX,
    HOLDINGS_ADDED,
    HOSTILE_WORDS,
    INTENT_NOUNS,
    INTENTION,
    INTERVAL_NOUNS,
    LETTER_NOUNS,
    LOSE_VERBS,
    MONEY_USE_VERBS,
    NEGATIONS,
    NEGOTIATING,
    NOT_BINDING,
    OFFER_NOUNS,
    PARTNERSHIP_END,
    PENDING_ADVERBS,
    PENDING_CONDITIONS,
    PENDING_WORDS,
    PHRASAL_ANSWERS,
    PHRASAL_CANCEL,
    PLANNED_MODIFIERS,
    POSSIBLE_MODIFIERS,
    PRELIMINARY_DOCUMENTS,
    PRIOR_PREPS,
    RECEIVE_VERBS,
    REFUSE_VERBS,
    REFUSING_DENIALS,
    REJECTING,
    RUMOURED,
    SHARE_CLOSE_WORDS,
    SHAREHOLDER_NOUNS,
    SIGNED,
    SOURCE_NOUNS,
    SUBJ_DEPS,
    SUCCESS_PARTICLES,
    SUCCESS_VERBS,
    SUPERVISOR_WORDS,
    SUSPENDED_WORDS,
    SUSPENSE_NOUNS,
    TALKS_DECLARED_ENDED,
    TALKS_END,
    TALKS_PREPS,
    TEMPORAL_MARKS,
    TRIGGERS,
    TRY_VERBS,
    UNTIL_WORDS,
    VOID_NOUNS,
    answer_lemma,
)
from kg.doc import ARTICLE_KEY, doc_lang, token_flags, token_texts

# English verbs of supplying: a supply told in the future ("will supply Y with chips
# from 2027") tells deliveries agreed, not a deal still to come.
SUPPLY_LEMMAS = frozenset({"supply"})

# The forms of the Spanish verbs of completion ("culmina" → "culminar").
_COMPLETION_FORMS = verb_forms(
    tuple(sorted(v for v in COMPLETED if v.endswith(("ar", "er", "ir"))))
)

# Agreements whose signing is the event itself (GOLD-FORMAT: signed = Completed).
_SIGNED_IS_DONE = ("PurchaseAgreement", "Partnership", "Agreement")


# (Not frozen: a frozen dataclass sets each field through ``object.__setattr__``, and
# a Cue is made for every word above every trigger; no rule changes one.)
@dataclass(eq=False)
class Cue:
    """One word on the path from a trigger up, as the status rules see it."""

    word: Token  # the word looked at
    trigger: Token
    noun: bool  # the trigger is a noun
    deal_type: str
    lemma: str  # the word's lemma, lower case

    @property
    def above(self) -> bool:
        """The word governs the trigger (it is not the trigger itself)."""
        return self.word is not self.trigger

    @cached_property
    def auxes(self) -> list[Token]:
        return [c for c in self.word.children if c.dep_ in ("aux", "aux:pass", "auxpass")]

    @cached_property
    def hedge_aux(self) -> Token | None:
        """A modal auxiliary that hedges ("could", "podría", "would"); the contracted
        "'d" is "would" only before a bare verb (``_contracted_would``)."""
        return next(
            (
                a for a in self.auxes
                if a.lower_ in CONTRACTED_D and _contracted_would(a)
                or a.lower_ not in CONTRACTED_D and a.lemma_.lower() in HEDGE_AUX
            ),
            None,
        )


# English "'d" contracts both "would" and "had".
CONTRACTED_D = frozenset({"'d", "\u2019d"})


def _contracted_would(aux: Token) -> bool:
    """ "'d" before a bare verb is "would" ("it'd buy Y"); before a past form it is
    "had" ("it'd agreed to buy Y", "they'd sold it"), a pluperfect that hedges nothing."""
    return aux.head.tag_ not in ("VBN", "VBD")


# (status, hedge): the words that make the deal uncertain, if any.
Verdict = tuple[str, str | None]


@dataclass(frozen=True)
class StatusRule:
    """A named rule: on ``"word"`` it looks at every governing word (and at a verb
    trigger); on ``"verb"``, only at the deal's own verb, for its tense; on
    ``"trigger"``, only at the trigger itself (noun or verb), for its modifiers.

    ``lemmas`` are the lemmas of the word (``Cue.lemma``) the rule can decide on: a
    rule of the words that end a deal ("abandon", "call off") says nothing of "buy",
    and is not asked there (``_rules_for``); ``"any"`` for a rule whose verdict hangs
    on something else than the word's lemma (its tense, its auxiliaries, its
    children, the trigger)."""

    name: str
    on: Literal["word", "verb", "trigger"]
    decide: Callable[[Cue], Verdict | None]
    lemmas: frozenset[str] | Literal["any"]


def _negated(t: Token) -> bool:
    return any(x.lower_ in NEGATIONS for x in t.children)


def phrasal_cancel(lemma: str, t: Token) -> bool:
    """Whether ``t`` (of lemma ``lemma``) has a particle that makes it end a deal: "called
    off", "walked away", "fell apart", "dio marcha atrás"; or the noun of an idiom, said
    after the verb or fixed in its complement ("se fue al traste", "quedó en agua de
    borrajas")."""
    particles = PHRASAL_CANCEL.get(lemma)
    if not particles:
        return False  # (most words have none: no child is looked at)
    words = particles.split()
    return any(
        x.lower_ in words
        or any(y.lower_ in words for y in x.children if y.dep_ in ("nmod", "fixed", "flat"))
        for x in t.children
    )


def _ended_state(t: Token) -> bool:
    """A word that says a deal ended: "fallida", "failed", "frustrada", "desierta"."""
    return t.lower_ in CANCELLED_STATES or t.lemma_.lower() in CANCELLED_STATES


def _supposed(c: Cue) -> Verdict | None:
    """A stage in a clause of condition or of a time to come is supposed, not reached:
    "a break fee if the deal fails", "si la CNMC veta la operación", "once the deal
    closes", "upon completion of the deal", "cuando se complete la compra"; the deal
    is announced (but "when Acme bought X in 2019" tells a real, past event)."""
    t = c.word
    if not c.above or (t is c.trigger and c.noun):
        return None
    if t.dep_ == "pobj" and t.head.lower_ == "upon":
        return "Announced", None
    for x in t.children:
        # (English "when" is often an adverbial modifier of its clause's verb)
        if x.dep_ != "mark" and not (x.dep_ == "advmod" and x.i < t.i and x.pos_ == "SCONJ"):
            continue
        if x.lower_ in CONDITIONAL_MARKS or (x.lower_ in TEMPORAL_MARKS and not is_past(t)):
            return "Announced", None
    return None


def _cancelled_modifier(c: Cue) -> Verdict | None:
    """ "la fallida OPA sobre X", "its failed bid for X", "the abandoned merger", a
    relative clause that ends it ("la compra, que la CNMC vetó,"), and the Spanish
    headline verb before its subject ("Fracasa la fusión entre X e Y")."""
    t = c.trigger
    for x in t.children:
        ends = _ended_state(x) or x.lemma_.lower() in CANCELLED
        if not ends or _negated(x):
            continue
        # (not a gerund: "una participación ... cancelando 7 dólares", where Latin
        # American "cancelar" is to pay)
        if x.dep_ in ("amod", "acl", "relcl", "acl:relcl") and "Ger" not in feat(
            x, "VerbForm"
        ) or (
            x.i < t.i and is_verbal(x) and "Fin" in feat(x, "VerbForm")
        ):
            return "Cancelled", None
    # (a verb's object is no phrase of the deal's: "X bought Y, which collapsed in May"
    # tells of Y)
    return ("Cancelled", None) if c.noun and _ended_by_relative_on_party(t) else None


# Verbs that end a deal and take only an event for subject, in a relative clause: "que
# se frustró", "que fracasó", "which fell through", "which collapsed in May" (a company
# may reject or withdraw, but no company "se frustra"; one that fails or collapses
# goes bust, which the relative clause closing a deal's phrase does not tell: the
# writer would not name the deal's parties to say so); and "which fell through",
# "which fell apart", "which was called off".
_EVENT_ENDINGS = frozenset({
    "fracasar", "caducar", "expirar", "expire", "lapse", "collapse", "fail",
})


def _ended_by_relative_on_party(t: Token) -> bool:
    """A relative clause that ends the deal, read by the parser as said of the last name
    of the deal's phrase: "la compra de la cadena X por parte de la brasileña Y, que se
    frustró en septiembre" (the purchase fell through, not Y); or a second relative
    clause coordinated with one on the deal noun or its phrase, with its own relative
    pronoun: "una fusión con Y que ambos consejos habían aprobado y que se rompió a
    última hora"."""
    for d in t.subtree:
        relatives = [
            x for x in d.children if x.dep_ in ("acl", "relcl", "acl:relcl") and x.i > t.i
        ]
        # (the trigger's own relative clause is read by _cancelled_modifier; only the
        # one coordinated with it is read here)
        clauses = [y for x in relatives for y in x.children if y.dep_ == "conj"]
        if d.i != t.i:
            clauses += relatives
        for x in clauses:
            if _negated(x):
                continue
            lemma = x.lemma_.lower()
            subject = [c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")]
            reflexive = any(c.lower_ == "se" for c in x.children)
            if (
                subject and subject[0].lower_ in ("que", "which", "that")
                and (
                    (lemma in CANCELLED and reflexive)
                    or lemma in _EVENT_ENDINGS
                    or (lemma in ("fall", "call") and phrasal_cancel(lemma, x))
                )
            ):
                return True
    return False


def _closed_by_relative(c: Cue) -> Verdict | None:
    """A deal noun whose relative clause says it closed is done, whatever the main verb
    tells of its effects: "The acquisition of Y by X, which closed on Friday, adds 300
    stores", "the deal, which was completed in March, will give X ...", "la compra de Y
    por X, que se cerró el viernes, ..." (the parser often hangs the clause on the last
    name of the noun's phrase). The verb of completion is past, its subject the relative
    pronoun, and it has no object: "Y, which closed its plant" tells of Y; "which is
    expected to close in March" is not past."""
    if not c.noun:
        return None
    t = c.trigger
    for x in t.subtree:
        if x.dep_ not in ("acl", "relcl", "acl:relcl") or x.i < t.i or _negated(x):
            continue
        if x.lemma_.lower() not in COMPLETED or not is_past(x) or is_conditional(x):
            continue
        subject = next((y for y in x.children if y.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in ("que", "which", "that"):
            continue
        if any(
            y.dep_ in ("obj", "dobj", "xcomp", "ccomp") and y.lower_ != "se"
            for y in x.children
        ) or _share_close(x):
            continue
        return "Completed", None
    return None


def _share_close(x: Token) -> bool:
    """ "Y, which closed at $12 a share on Friday", "which closed up 3%": a company's
    shares closing a session, told with a price, a percentage or a move."""
    return any(
        y.is_currency or y.ent_type_ in ("MONEY", "PERCENT") or y.lower_ in SHARE_CLOSE_WORDS
        for y in x.subtree
    )


def _subject_left_behind(c: Cue) -> Verdict | None:
    """ "Y shut down after its proposed sale to X fell through": the parser takes the
    conjunction "after" for a preposition, hangs the deal noun on it and leaves the
    clause's verb without a subject; the verb that follows the noun's phrase at once,
    subjectless, is the deal's own verb, and when it ends a deal the deal is cancelled
    (not done before the main event)."""
    t = c.trigger
    if not c.noun or t.dep_ != "pobj" or t.right_edge.i + 1 >= len(t.doc):
        return None
    verb = t.doc[t.right_edge.i + 1]
    if verb.dep_ != "advcl" or verb.head.i != t.head.head.i or _negated(verb):
        return None
    if any(x.dep_ in SUBJ_DEPS | {"nsubjpass", "expl"} for x in verb.children):
        return None
    lemma = verb.lemma_.lower()
    if lemma in CANCELLED or phrasal_cancel(lemma, verb):
        return "Cancelled", None
    return None


def _pending_approval(c: Cue) -> Verdict | None:
    """A deal that waits for an approval is not done: "the investment is subject to
    regulatory approval", "la alianza está pendiente de la autorización", "la compra,
    sujeta a la aprobación de la CNMC, ..." (an investment or agreement told is
    otherwise done)."""
    if not c.above:
        return None
    words = [c.word]
    if c.word.i == c.trigger.head.i:  # "la compra, sujeta a ...": the deal noun's modifier
        words += [x for x in c.trigger.children if x.dep_ in ("amod", "acl")]
    # "is subject to approval", "is pending approval": the copula's predicate
    predicates = [x for x in c.word.children if x.dep_ in ("acomp", "attr", "xcomp", "oprd")]
    words += [*predicates, *(x for p in predicates for x in p.children if x.dep_ == "amod")]
    for w in words:
        if w.lemma_.lower() in PENDING_WORDS or w.lower_ in PENDING_WORDS:
            scope = w.head.subtree if w.dep_ == "amod" else w.subtree
            if any(t.lemma_.lower() in PENDING_CONDITIONS for t in scope if t.i != w.i):
                return "Announced", None
    return None


# The deals that a preliminary document leads to: still negotiated. (A partnership or
# a purchase agreement signed as a memorandum is signed: GOLD-FORMAT.)
_LED_TO_BY_PRELIMINARY = ("Acquisition", "Merger", "Investment")


def _preliminary_document(t: Token) -> bool:
    """A memorandum, a letter of intent ("letter of intent", "carta de intenciones"),
    or an agreement said not to bind ("non-binding agreement", "acuerdo no vinculante")."""
    lemma = t.lemma_.lower()
    if lemma in PRELIMINARY_DOCUMENTS or t.lower_ in PRELIMINARY_DOCUMENTS:
        return True
    if lemma in LETTER_NOUNS and any(
        d.lemma_.lower() in INTENT_NOUNS or d.lower_ in INTENT_NOUNS
        for p in t.children for d in (p, *p.children)
    ):
        return True
    return lemma in AGREEMENT_NOUNS | PRELIMINARY_DOCUMENTS | LETTER_NOUNS and any(
        b.lower_ in BINDING_WORDS
        and any(n.lower_ in NOT_BINDING for n in (*b.children, *b.head.children) if n.i < b.i)
        for b in t.children
    )


def _ancestors(t: Token, limit: int = 8) -> list[Token]:
    """The ``limit`` heads above ``t``, nearest first, the root's own head (itself)
    repeated to the end. (A test ``t.head is not t`` used to stop at the root, but
    spaCy makes a new Token each time, so it never held: kept as it read.)"""
    out: list[Token] = []
    for _ in range(limit):
        t = t.head
        out.append(t)
    return out


def _preliminary(c: Cue) -> Verdict | None:
    """A takeover, merger or stake that a preliminary document leads to is negotiated,
    not agreed: "signed a non-binding letter of intent to acquire X", "firmaron un
    memorando de entendimiento para estudiar una fusión", "firmó una carta de
    intenciones para adquirir X" (but "terminated the letter of intent" ends it)."""
    if c.deal_type not in _LED_TO_BY_PRELIMINARY:
        return None
    above = _ancestors(c.trigger)
    if any(t.lemma_.lower() in CANCELLED or phrasal_cancel(t.lemma_.lower(), t) for t in above):
        return None
    # the document itself above the deal, or signed by the verb above it ("firmaron un
    # memorando ... para estudiar una fusión": the purpose hangs on the verb)
    led = any(
        _preliminary_document(t)
        or (t.lemma_.lower() in SIGNED and any(
            _preliminary_document(x) for x in t.children if x.dep_ in ("obj", "dobj")
        ))
        for t in above
    )
    return ("InNegotiation", None) if led else None


def _denied(c: Cue) -> Verdict | None:
    """A deal told inside what a party denies stays a rumour: "denied a report that it
    was in talks to buy X", "negó que esté negociando la compra de X", "desmintió que
    vaya a comprar X" (but "denied approval for the merger" turns it down: an approval
    on the way is another rule's)."""
    below = c.trigger
    for t in _ancestors(c.trigger):
        lemma = t.lemma_.lower()
        if lemma in APPROVAL_NOUNS or lemma in CANCELLED or (
            lemma in APPROVAL_VERBS and _refused_approval(t)
        ):
            return None  # ("se negó a autorizar la compra": a refusal, not a denial)
        told = below.dep_ in ("ccomp", "xcomp") or below.lemma_.lower() in DENIED_NOUNS
        if lemma in DENIAL_VERBS and is_verbal(t) and told and not _negated(t):
            return "Rumoured", t.text
        below = t
    return None


def _deal_denied(c: Cue) -> Verdict | None:
    """A deal noun that a verb of denial takes as its own object (status:deal-denied):
    a party denying the deal itself leaves it a rumour ("Grupo Alcesa desmintió la
    compra de Viveros Tajo", "Norvale denied the merger with Kell Foods"), where the
    past of the verb said nothing of the deal's completion; "dismissed the bid" (a verb
    that also rejects, ``refusing_denials``) or a supervisor's denial ("the regulator
    denied the merger": a word of ``supervisor_words`` in the subject) turns it down.
    Not a negated denial ("did not deny the purchase"), nor one whose object is a report
    (``_denied``)."""
    t = c.trigger
    if not (c.noun and c.lemma in DENIAL_VERBS and t.head.i == c.word.i
            and t.dep_ in ("obj", "dobj")
            and is_verbal(c.word) and not _negated(c.word)):
        return None
    refused = c.lemma in REFUSING_DENIALS or any(
        w.lower_ in SUPERVISOR_WORDS for x in c.word.children if x.dep_ in SUBJ_DEPS
        for w in x.subtree)
    return ("Cancelled" if refused else "Rumoured"), c.word.text


def _approved(c: Cue) -> Verdict | None:
    """A takeover or merger approved (by a regulator, a board, shareholders) is cleared,
    not closed: "la CNMC ha autorizado la compra de X", "shareholders approved the
    merger" (its completion is told by a word of completion)."""
    if (
        c.above
        and c.deal_type in ("Acquisition", "Merger")
        and c.lemma in APPROVAL_VERBS
        and is_verbal(c.word)
        and not _negated(c.word)
    ):
        return "Announced", None
    return None


def _planned_modifier(c: Cue) -> Verdict | None:
    """With no word above to tell its stage, a deal noun's own modifier does: "a planned
    investment of $4 billion", "the proposed partnership", "la inversión prevista" are
    announced; "a potential deal", "una posible alianza" are a rumour."""
    if not c.noun:
        return None
    for x in c.trigger.children:
        if x.dep_ not in ("amod", "acl") or _negated(x):
            continue
        forms = {x.lower_, x.lemma_.lower()}
        if forms & POSSIBLE_MODIFIERS:
            return "Rumoured", x.text
        if forms & PLANNED_MODIFIERS:
            return "Announced", None
    return None


def _added_to_holdings(c: Cue) -> Verdict | None:
    """With no word above to tell its stage, a verb of adding assets to one's holdings
    tells them held: "la socimi X suma a su cartera el edificio de Y" is a purchase
    done, as "X added four warehouses from Y to its portfolio" is (a future or a plan
    is decided before, by the words above)."""
    if c.noun or c.lemma not in HOLDINGS_ADDED or c.deal_type != "Acquisition":
        return None
    return "Completed", None


def _completed_modifier(c: Cue) -> Verdict | None:
    """With no word above to tell its stage, a deal noun's own past participle of
    completion does: "the purchase, completed on Friday, ...", "la operación, cerrada
    el viernes, ...", "la compra, culminada en mayo" are done ("the purchase, to be
    completed in May" has an auxiliary and is not)."""
    if not c.noun:
        return None
    for x in [*c.trigger.children, *_hung_on_complement(c.trigger)]:
        if x.dep_ not in ("amod", "acl") or x.i < c.trigger.i or _negated(x):
            continue
        if "Part" not in feat(x, "VerbForm") or any(
            y.dep_ in ("aux", "auxpass", "aux:pass", "mark") for y in x.children
        ):
            continue
        lemma = x.lemma_.lower()
        infinitives = {lemma}
        if lemma.endswith(("ado", "ido", "ada", "ida")):  # "cerrada" -> "cerrar"
            infinitives |= {lemma[:-3] + end for end in ("ar", "er", "ir")}
        if infinitives & COMPLETED:
            return "Completed", None
    return None


def _hung_on_complement(noun: Token) -> list[Token]:
    """ "La compra de Y por X, cerrada en 2019, …": a participle set off by a comma
    after the deal noun's complements, which the small parser hangs on the last name;
    it describes the noun when it agrees with it in gender and number (a name has
    none of its own)."""
    gender, number = feat(noun, "Gender"), feat(noun, "Number")
    if doc_lang(noun.doc) != "es" or not gender or not number:
        return []
    return [
        x for n in noun.children if n.dep_ == "nmod" and n.pos_ == "PROPN"
        for x in n.children
        if x.dep_ in ("amod", "acl") and x.i > n.i and noun.doc[x.i - 1].text == ","
        and feat(x, "Gender") == gender and feat(x, "Number") == number
    ]


def _sold_participle(c: Cue) -> Verdict | None:
    """With no word above to tell its stage, an English past participle that describes
    what was bought or sold ("five hotels sold to Y in May", "the plants acquired from
    Z last year") tells a change of hands made: a takeover done."""
    t = c.trigger
    if c.noun or t.dep_ != "acl" or t.tag_ != "VBN" or c.deal_type not in ("Acquisition",):
        return None
    if any(x.dep_ in ("aux", "auxpass") for x in t.children):
        return None  # "the hotels to be sold"
    return "Completed", None


def _misread_completion(c: Cue) -> Verdict | None:
    """ "Grupo X culmina la adquisición de Y": a Spanish present of a verb of completion
    between a name and the deal noun's phrase, which the small parser swallowed into
    the name (a lower-case word tagged a proper noun, the deal noun hung on the name as
    an apposition), is the verb that tells the deal done, as "completa" would be; the
    verb is known by its form (kg.deals.conjugation), as kg.deals.linear knows a deal
    verb so misread."""
    t = c.trigger
    if not c.noun or doc_lang(t.doc) != "es" or t.left_edge.i < 2:
        return None
    word, name = t.doc[t.left_edge.i - 1], t.doc[t.left_edge.i - 2]
    if word.pos_ in ("VERB", "AUX") or not word.is_lower or name.pos_ != "PROPN":
        return None
    if word.pos_ not in ("PROPN", "NOUN", "ADJ") or t.head.i >= t.i:
        return None
    return ("Completed", None) if _COMPLETION_FORMS.get(word.lower_) else None


def _done_before(c: Cue) -> Verdict | None:
    """A deal told as what came before the main event is done: "After buying Y in 2019,
    X moved into Asia", "Since acquiring Y, X has doubled its revenue", "Tras adquirir
    Y, X entró en ..." (a gerund or infinitive after the mark, the main verb past or
    perfect; "After buying Y, X will ..." is still to come)."""
    t = c.trigger
    if c.noun or not ("Ger" in feat(t, "VerbForm") or "Inf" in feat(t, "VerbForm")
                      or t.tag_ in ("VBG", "VB")):
        return None
    if t.dep_ == "pcomp" and t.head.lower_ in BEFORE_MARKS:
        main = t.head.head
    elif t.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in BEFORE_MARKS for m in t.children
    ):
        main = t.head
    else:
        return None
    perfect = any(a.dep_ == "aux" and a.lemma_.lower() in ("have", "haber") for a in main.children)
    return ("Completed", None) if main.i != t.i and (is_past(main) or perfect) else None


def _done_before_clause(c: Cue) -> Verdict | None:
    """ "La venta llega dos años después de que X comprara Y": a deal told in a clause
    of "después de que" / "tras que" with its verb in the past subjunctive came before
    the main event, and is done (the English "after X bought Y" is told in the past;
    "si X comprara Y" is another rule's)."""
    t = c.trigger
    if c.noun or not ("Sub" in feat(t, "Mood") and "Imp" in feat(t, "Tense")):
        return None
    if not any(m.dep_ == "mark" and m.lower_ == "que" for m in t.children):
        return None
    marks = (t.head, *(m for m in t.children if m.dep_ == "mark"))
    return ("Completed", None) if any(m.lower_ in BEFORE_MARKS for m in marks) else None


def article_year(t: Token) -> int | None:
    """The year the article the token is read from was published, when known."""
    published = getattr(t.doc.user_data.get(ARTICLE_KEY), "published", None) or ""
    head = published.strip()[:4]
    return int(head) if head.isdigit() else None


def dated_before(t: Token, now: int) -> bool:
    """Whether ``t`` is dated in a year before ``now``: "in 2023", "en 2022", "during
    2021" on it, or the year before a deal noun ("its 2019 purchase of Y")."""
    for x in t.children:
        if x.dep_ == "prep" and x.lower_ in DATING_PREPS:
            years = [o for o in x.children if o.dep_ == "pobj"]
        elif case_of(x) in DATING_PREPS or (
            x.dep_ in ("compound", "nummod") and x.i < t.i and not is_verbal(t)
        ):
            years = [x]
        else:
            continue
        if any((y := year_of(o)) is not None and y < now for o in years):
            return True
    return False


# What follows a year that opens an entry of a timeline ("1998 — X se fusiona con Y",
# "2007: Y buys 20% of Z").
_ENTRY_MARKS = frozenset({"—", "–", "-", ":", "."})


def entry_year(t: Token) -> int | None:
    """The year that opens the line of ``t`` as a timeline's entry ("1998 — Textil X se
    fusiona con Y"): the entry tells in the present what happened that year."""
    doc, k = t.doc, t.i
    texts, spaces = token_texts(doc), token_flags(doc, "space")  # (no Token per word)
    while k > 0 and "\n" not in texts[k - 1]:
        k -= 1
    while k < t.i and spaces[k]:
        k += 1
    if k + 1 >= len(texts) or texts[k + 1] not in _ENTRY_MARKS:
        return None
    return year_of(doc[k])


def _dated_past(c: Cue) -> Verdict | None:
    """The deal's own verb dated in a year before the article's tells a deal made then,
    done by the time of writing: "paying €260m in 2024 for Y", "en 2022 compraba Y"
    (a deal told as to come, hedged or turned down is decided by the rules before; a
    date on the verb that tells it, "In 2020 X said it was buying Y", dates what was
    said, not the deal)."""
    t = c.word
    now = article_year(t)
    if now is None or c.above or _negated(t) or is_future(t) or c.hedge_aux:
        return None
    entry = entry_year(t)
    return ("Completed", None) if dated_before(t, now) or (
        entry is not None and entry < now) else None


def _dated_past_noun(c: Cue) -> Verdict | None:
    """With no word above to tell its stage, a deal noun dated in a year before the
    article's tells a deal made then: "has grown through acquisitions, including the
    $1.1 billion purchase of Y in 2023", "la compra de Y en 2022", "its 2019 takeover
    of Y"."""
    if c.noun and _last_periods(c.trigger):
        return "Completed", None  # (whatever year the article is of)
    now = article_year(c.trigger)
    if not c.noun or now is None:
        return None
    t = c.trigger
    entry = entry_year(t)
    if entry is not None and entry < now:
        return "Completed", None  # "2015: compra de Y por X"
    objects = [o for x in t.children if x.dep_ == "prep" for o in x.children if o.dep_ == "pobj"]
    objects += [x for x in t.children if x.dep_ == "nmod"]
    if any(dated_before(x, now) for x in (t, *objects)):
        return "Completed", None
    return ("Completed", None) if _date_right_after(t, now) else None


# Spans of time whose last one, as a deal noun's possessor, dates it in the past.
_PERIODS = frozenset({"year", "month", "week", "quarter", "summer", "winter", "spring",
                      "autumn"})


def _last_periods(t: Token) -> bool:
    """ "last year's purchase of Y", "the previous summer's takeover of Y": a deal noun
    whose possessor is a span of time gone by is dated in the past (English;
    apart17)."""
    return any(
        x.dep_ == "poss" and x.lemma_.lower() in _PERIODS
        and any(a.lower_ in ("last", "previous") for a in x.children if a.dep_ == "amod")
        for x in t.children
    )


# Prepositions of the means by which an event came about ("entered Chile with its
# purchase of Y", "grew through the acquisition of Y").
_MEANS_PREPS = frozenset({"with", "through", "via", "con", "mediante"})


def _means_of_past(c: Cue) -> Verdict | None:
    """A takeover noun that is the means of an event told in the past is done: "X
    entered Ghana in 2022 with its purchase of Y", "grew through the acquisition of Y"
    (the event came about by it); not a bid or an offer, which a past event may only
    have made ("surprised the market with its offer for Y")."""
    t = c.trigger
    if not c.noun or t.dep_ != "pobj" or t.head.lower_ not in _MEANS_PREPS or \
            c.deal_type not in ("Acquisition", "Merger"):
        return None
    verb = t.head.head
    if t.lemma_.lower() in BID_NOUNS | OFFER_NOUNS or not is_verbal(verb) or _negated(verb):
        return None
    return ("Completed", None) if is_past(verb) else None


def _date_right_after(t: Token, now: int) -> bool:
    """ "stems from its purchase of Y in 2025": a date that follows the deal noun's phrase
    at once, which the parser hangs on the verb above, dates the deal."""
    holder = t.head if t.dep_ == "pobj" else t
    verb = holder.head
    after = t.doc[t.right_edge.i + 1] if t.right_edge.i + 1 < len(t.doc) else None
    if after is None or not is_verbal(verb) or after.head.i != verb.i:
        return False
    if after.dep_ != "prep" or after.lower_ not in DATING_PREPS:
        return False
    return any((y := year_of(o)) is not None and y < now
               for o in after.children if o.dep_ == "pobj")


def _followed(c: Cue) -> Verdict | None:
    """ "The acquisition follows Pennine's purchase of Y in 2025", "The deal follows its
    takeover of Z": a deal noun that the event of the clause follows came before it,
    and is done (not "X will follow its purchase of Y with ...": only a present or past
    "follow" whose subject is another event)."""
    t = c.word
    if not c.noun or c.lemma not in FOLLOWING_VERBS or c.trigger.head.i != t.i:
        return None
    if c.trigger.dep_ not in ("dobj", "obj") or c.auxes:
        return None
    return "Completed", None


def _attempted(c: Cue) -> Verdict | None:
    """ "X tried to buy Y in 2019", "intentó comprar Y": an attempt told in the past
    failed (one that succeeded is told with the verb of the deal)."""
    t = c.word
    if c.above and c.lemma in TRY_VERBS and is_past(t) and not _negated(t):
        return "Cancelled", None
    return None


def _hedging_adverb(c: Cue) -> Verdict | None:
    """ "X is reportedly planning to buy Y", "supuestamente negocia": the adverb makes
    the plan a report, a rumour (talks reported stay talks: the negotiating rule comes
    first)."""
    adverb = next((x for x in c.word.children if x.lower_ in HEDGE_ADV), None)
    return ("Rumoured", adverb.text) if adverb is not None else None


def _completion_state(c: Cue) -> Verdict | None:
    """A participle of completion that heads its clause, its copula beside it (the
    Spanish parse of "la compra está cerrada"): the copula's tense and the negation
    tell the stage: "ya está cerrada" is done, "aún no está cerrada" and "estará
    cerrada en marzo" are still to come."""
    t = c.word
    cop = next((x for x in t.children if x.dep_ == "cop"), None)
    if cop is None or not c.above or not _is_subject_of(c.trigger, t):
        return None
    lemma = t.lemma_.lower()
    infinitives = {lemma}
    if lemma.endswith(("ado", "ido")):  # "cerrado" -> "cerrar", "concluido" -> "concluir"
        infinitives |= {lemma[:-3] + end for end in ("ar", "er", "ir")}
    if not infinitives & COMPLETED:
        return None
    if _negated(t) or is_future(cop) or "Cnd" in feat(cop, "Mood"):
        return "Announced", None
    return "Completed", None


def _completion_negated(c: Cue) -> Verdict | None:
    """A completion denied is still to come: "has not yet completed the purchase",
    "aún no ha cerrado la compra", "no obliga a cerrar la operación" (the deal stays
    agreed: announced)."""
    t = c.word
    if c.lemma not in COMPLETED or not c.above or not is_verbal(t):
        return None
    governed = t.dep_ in ("xcomp", "ccomp") and "Inf" in feat(t, "VerbForm")
    late = any(w.lower_ in UNTIL_WORDS for x in t.children for w in (x, *x.children))
    if not late and (_negated(t) or (governed and _negated(t.head))):
        return "Announced", None
    return None


def _completing(c: Cue) -> Verdict | None:
    """A completion under way is not done: "está cerrando la compra", "is finalizing
    its acquisition", "está a punto de cerrar la compra" (the talks are at their end)."""
    t = c.word
    if c.lemma not in COMPLETED or not c.above:
        return None
    progressive = ("Ger" in feat(t, "VerbForm") or t.tag_ == "VBG") and any(
        a.lemma_.lower() in ("estar", "be") for a in c.auxes
    )
    return ("InNegotiation", None) if progressive or _imminent(t) else None


def _imminent(t: Token) -> bool:
    """ "a punto de cerrar": the verb under "a punto de", however the parser hangs it:
    a mark "de" that holds "punto", or the verb as a clause on the noun "punto" itself
    ("Acme está a punto de cerrar la compra": "punto" the root, "cerrar" its acl), or
    the fixed phrase "a punto" the verb's governor ("estaba a punto de completar")."""
    if any(m.dep_ == "mark" and any(f.lower_ == "punto" for f in m.children) for m in t.children):
        return True
    head = t.head
    if head.i >= t.i:
        return False
    if head.lower_ == "punto":
        return any(c.lower_ == "a" and c.dep_ == "case" for c in head.children)
    return head.lower_ == "a" and any(c.lower_ == "punto" for c in head.children)


def _cancelled_predicate(c: Cue) -> Verdict | None:
    """A governing verb that predicates an ended state of the deal: "la compra ha
    quedado frustrada", "la BVC declaró desierta la OPA", "the deal is dead", "la venta
    quedó sin efecto", "declared the merger null and void"."""
    if not c.above or _negated(c.word):
        return None
    # a small clause, the state its head: "declared the merger null and void"
    small = c.word.pos_ in ("ADJ", "NOUN") and _is_subject_of(c.trigger, c.word)
    if small and _ended_state(c.word):
        return "Cancelled", None
    for x in c.word.children:
        if (
            x.dep_ in ("obj", "dobj", "xcomp", "acomp", "attr", "oprd")
            and x.i not in (c.trigger.i,)
            and _ended_state(x)
            and not any(a.i == x.i for a in c.trigger.ancestors)
        ):
            return "Cancelled", None
        if x.dep_ in ("obl", "prep", "advmod") and (_declared_ended(x) or _left_void(x)):
            return "Cancelled", None
    return None


def _left_void(x: Token) -> bool:
    """ "la venta quedó sin efecto", "dejó sin efecto la compra", "queda sin validez": a
    noun of force after "sin" (the verb's adjunct, "sin" its case marker; or "sin" the
    adjunct and the noun its object)."""
    if x.lower_ == "sin":
        return any(_bare_void(o) for o in x.children if o.dep_ in ("pobj", "obj"))
    return _bare_void(x) and any(k.lower_ == "sin" and k.dep_ == "case" for k in x.children)


def _bare_void(x: Token) -> bool:
    """A noun of force with nothing it bears on: "sin efecto", not "sin efectos sobre el
    empleo" (an effect on something else)."""
    return x.lower_ in VOID_NOUNS and not any(
        d.dep_ in ("nmod", "prep", "amod") for d in x.children
    )


# What talks are declared by "dar por ...", over: the deal's ended states and the talks' own.
_TALKS_OVER = DECLARED_ENDED | TALKS_DECLARED_ENDED


def _declared_ended(x: Token, ended: frozenset[str] = DECLARED_ENDED) -> bool:
    """ "dar por terminada la fusión": an ended state after "por", said of the deal ("por"
    its case marker; or "por" the adjunct, the state fixed to it: "por terminadas")."""
    if x.lower_ == "por":
        return any(k.dep_ == "fixed" and (k.lower_ in ended or _ended_state(k))
                   for k in x.children)
    by = any(k.lower_ == "por" and k.dep_ == "case" for k in x.children)
    return by and (x.lower_ in ended or _ended_state(x))


def _talks_ended(c: Cue) -> Verdict | None:
    """Talks that ended end the deal they were about: "ended talks to buy X", "rompió
    las negociaciones para comprar X", "talks collapsed", "las fallidas negociaciones",
    "walked away from talks to buy X", "pulled out of talks"."""
    t = c.word
    if not (c.lemma in NEGOTIATING and c.above and t.pos_ in ("NOUN", "PROPN")):
        return None
    head = t.head
    # "walked away from talks", "pulled out of talks": the verb past the preposition
    for _ in range(2):
        if head.pos_ in ("ADP", "ADV") and head.head.i != head.i:
            head = head.head
    lemma = head.lemma_.lower()
    if head.i != t.i and not _negated(head) and (
        lemma in TALKS_END or lemma in CANCELLED
        or phrasal_cancel(lemma, head)
    ):
        return "Cancelled", None
    if any(x.dep_ == "amod" and _ended_state(x) for x in t.children):
        return "Cancelled", None
    if lemma == "dar" and any(
        x.dep_ in ("obl", "advmod") and _declared_ended(x, _TALKS_OVER) for x in head.children
    ):
        return "Cancelled", None  # "dieron por terminadas las negociaciones"
    return None


def _talks_misread_as_subject(c: Cue) -> Verdict | None:
    """ "X said talks to merge with Y had ended", "X said talks to buy Y were
    continuing": where the parser makes the talks the subject of their own infinitive
    (kg.deals.negotiation.talks_read_as_subject), the verb the talks are really the
    subject of is a clause beside it with no subject of its own; talks that ended end
    the deal, talks still held keep it in negotiation."""
    t = c.word
    if c.noun or doc_lang(t.doc) != "en" or not talks_read_as_subject(t, subjects(t)):
        return None
    told = [v for v in t.head.children if v.i > t.i and v.dep_ in ("ccomp", "conj")
            and v.pos_ in ("VERB", "AUX") and not subjects(v)]
    if not told:
        return None
    lemma = told[0].lemma_.lower()
    if not _negated(told[0]) and (lemma in TALKS_END or lemma in CANCELLED
                                  or phrasal_cancel(lemma, told[0])):
        return "Cancelled", None
    return "InNegotiation", None


def _approval_denied(c: Cue) -> Verdict | None:
    """An approval withheld turns the deal down: "no autorizó la fusión", "did not
    approve the takeover", "declined to clear the purchase", "negó la autorización para
    la compra", "denied approval for the merger"; but "aún no ha aprobado" leaves it
    pending."""
    t = c.word
    if not c.above:
        return None
    if c.lemma in APPROVAL_VERBS and _negated(t):
        pending = any(x.lower_ in PENDING_ADVERBS for x in t.children)
        return ("Announced" if pending else "Cancelled"), None
    head = t.head
    if c.lemma in APPROVAL_VERBS and _refused_approval(t):
        # "the regulator declined to clear the purchase", "se negó a autorizar la
        # fusión": the approval refused
        return "Cancelled", None
    if (
        c.lemma in APPROVAL_NOUNS
        and head.i != t.i
        and head.lemma_.lower() in REFUSE_VERBS
        and not _negated(head)
    ):
        return "Cancelled", None
    return None


def _refused_approval(t: Token) -> bool:
    """``t`` (an approval verb) is what the verb above refuses: "declined to clear",
    "se negó a autorizar"."""
    head = t.head
    return (
        head.i != t.i
        and t.dep_ == "xcomp"
        and head.lemma_.lower() in REFUSE_VERBS
        and not _negated(head)
    )


def _cancelled(c: Cue) -> Verdict | None:
    """ "abandonó la compra", "called off the merger", "the merger foundered" (a verb
    only: not "the founder"), "se fue al traste" (but not "did not abandon")."""
    t = c.word
    negated = any(x.lower_ in NEGATIONS for x in t.children)
    if not negated and (
        (c.lemma in CANCELLED and c.lemma != "call")
        or (c.lemma in CANCELLED_VERBS and t.pos_ == "VERB")
        or phrasal_cancel(c.lemma, t)
    ):
        return ("Announced", None) if _hostile_offer_rejected(c) else ("Cancelled", None)
    # "abandoned plans to buy X", "abandonó sus planes de comprar X": the intention
    # itself is called off.
    head = t.head
    if (
        c.above and c.lemma in ANNOUNCED and t.pos_ == "NOUN" and head.i != t.i
        and head.lemma_.lower() in CANCELLED
        and not any(x.lower_ in NEGATIONS for x in head.children)
    ):
        return "Cancelled", None
    # "descartó lanzar una oferta por Y", "ruled out launching a bid for Y": the act of
    # bidding is the complement of a verb that calls it off.
    if c.above and c.lemma in ANNOUNCED and t.pos_ == "VERB" and _called_off_act(t):
        return "Cancelled", None
    return None


def _called_off_act(t: Token) -> bool:
    """``t`` is the infinitive complement of a verb that calls a deal off ("descartó
    lanzar"), or the gerund right after it, which the small English parser hangs as an
    adverbial clause ("ruled out launching"; not "dropped its objections, launching ...")."""
    head = t.head
    lemma = head.lemma_.lower()
    if head.i == t.i or not (lemma in CANCELLED or phrasal_cancel(lemma, head)):
        return False
    if any(x.lower_ in NEGATIONS for x in head.children):
        return False
    if t.dep_ == "xcomp":
        return True
    between = [x for x in head.doc[head.i + 1:t.i] if x.dep_ != "prt"]
    return t.dep_ == "advcl" and t.tag_ == "VBG" and not between


# The lemmas ``_cancelled`` decides on: a verb that ends a deal, one that does with its
# particle ("call off"), and a plan's noun that one ends ("abandoned plans to buy X").
_CANCELLING = CANCELLED | CANCELLED_VERBS | frozenset(PHRASAL_CANCEL) | ANNOUNCED


# Words of bidding: a bid made ("X bid for Y", "pujó por Y", "the offer", "la puja").
_BIDDING = BID_NOUNS | OFFER_NOUNS | frozenset({"pujar", "ofertar", "licitar", "tender"})


def _lost_bid(c: Cue) -> Verdict | None:
    """A bid that lost to another failed: "X lost its bid for Y", "perdió la puja por
    Y", and "X bid for Y ... but lost out to Z", "pujó por Y, pero perdió frente a Z"
    (the loss coordinated with the bid). Only a bid: "bought Y but lost money" is
    done."""
    if _lemma(c.trigger) not in _BIDDING:
        return None
    t = c.word
    if c.above and c.lemma in LOSE_VERBS and not _negated(t):
        return "Cancelled", None
    if any(x.dep_ == "conj" and _lemma(x) in LOSE_VERBS and not _negated(x) for x in t.children):
        return "Cancelled", None
    return None


# "put an end to", "poner fin a": the noun of an end a verb puts to the deal.
_END_PUT = {"put": "end", "poner": "fin"}


def _below(c: Cue) -> Token | None:
    """The word under ``c.word`` on the path up from the trigger (the trigger itself
    when the word governs it directly)."""
    w = c.word.i
    return next(
        (t for t in (c.trigger, *c.trigger.ancestors) if t.head.i == w and t.i != w), None
    )


def _partnership_ended(c: Cue) -> Verdict | None:
    """A partnership or joint venture ended by its partners: "ended their alliance",
    "dissolved the venture", "disolvieron la empresa conjunta" (the trigger the verb's
    object); "put an end to the deal", "pusieron fin a la fusión" (any deal); "five
    years after they formed a venture, X and Y are parting ways". Not negated."""
    t = c.word
    if not c.above or t.pos_ not in ("VERB", "AUX") or _negated(t):
        return None
    below = _below(c)
    if below is None:
        return None
    end_noun = _END_PUT.get(c.lemma)
    if end_noun and (below.lower_ == end_noun or any(
        x.lower_ == end_noun and x.dep_ in ("dobj", "obj", "compound") for x in t.children
    )):
        return "Cancelled", None
    if c.deal_type != "Partnership":
        return None
    if c.lemma in PARTNERSHIP_END and below.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass"):
        return "Cancelled", None
    if c.lemma == "part" and any(x.lower_ == "ways" for x in t.children):
        return "Cancelled", None
    return None


# The lemmas ``_partnership_ended`` decides on: "put an end to", "dissolve", "part ways".
_ENDING_PARTNERSHIP = frozenset(_END_PUT) | PARTNERSHIP_END | {"part"}


def _hostile_offer_rejected(c: Cue) -> bool:
    """A hostile offer that the target's board rejects still stands: the bidder takes it
    to the shareholders ("Y's board rejected a hostile $2 billion offer from X", "el
    consejo de Y rechazó la OPA hostil lanzada por X"); not when the shareholders
    themselves reject it ("los accionistas rechazaron la oferta hostil")."""
    if not c.above or c.lemma not in REJECTING:
        return False
    if any(s.lower_ in SHAREHOLDER_NOUNS or s.lemma_.lower() in SHAREHOLDER_NOUNS
           for s in subjects(c.word)):
        return False
    t = c.trigger
    phrase = t.head if t.dep_ == "compound" else t
    return any(
        x.lower_ in HOSTILE_WORDS and _in_noun_phrase(x, phrase) for x in phrase.subtree
    )


def _in_noun_phrase(x: Token, head: Token) -> bool:
    """Whether ``x`` is within the noun phrase of ``head``, no verb between them."""
    t = x
    while t.i != head.i:
        if t.head.i == t.i or (is_verbal(t) and t is not x):
            return False
        t = t.head
    return True


def _negotiating(c: Cue) -> Verdict | None:
    """ "negocia la compra", "in talks to buy", "close to a deal"."""
    if c.lemma in NEGOTIATING or (c.lemma == "talk" and c.word.tag_ == "NNS"):
        return "InNegotiation", None
    if c.lemma == "close" and c.word.pos_ == "ADJ" and c.above:
        return "InNegotiation", None
    # "X is in advanced talks to acquire Y": the deal hangs on the copula, beside the talks
    if c.above and any(
        p.dep_ == "prep" and p.lower_ in TALKS_PREPS and any(
            o.dep_ == "pobj" and o.lemma_.lower() in NEGOTIATING for o in p.children
        )
        for p in c.word.children
    ):
        return "InNegotiation", None
    if c.above and c.trigger.head.i == c.word.i and _opens_talks(c.trigger):
        return "InNegotiation", None
    return None


def _opens_talks(t: Token) -> bool:
    """Whether a verb ``t`` is the purpose of a verb whose object names talks, itself or
    as the period of them: "abrió un periodo de negociación en exclusiva para comprar
    Y", "began a period of exclusive talks to buy Y". A deal that is the purpose of
    opening talks is negotiated, not agreed."""
    return t.dep_ in ("advcl", "xcomp") and any(
        o.dep_ in ("obj", "dobj") and _talks_noun(o) for o in t.head.children
    )


def _talks_noun(o: Token) -> bool:
    """Whether a noun names talks, itself or by a modifier ("periodo de negociación")."""
    return o.lemma_.lower() in NEGOTIATING or any(
        x.dep_ in ("nmod", "prep") and (x.lemma_.lower() in NEGOTIATING or any(
            p.dep_ == "pobj" and p.lemma_.lower() in NEGOTIATING for p in x.children))
        for x in o.children
    )


def _rumour_word(c: Cue) -> Verdict | None:
    """ "estudia comprar", "is weighing a bid": the word is the hedge; but not a verb
    the deal is the subject of ("the purchase weighed on margins": a deal that weighs
    on something is not being weighed)."""
    if c.lemma not in RUMOURED or not c.above or _is_subject_of(c.trigger, c.word):
        return None
    return "Rumoured", c.word.text


def _is_subject_of(trigger: Token, word: Token) -> bool:
    """Whether the phrase holding ``trigger`` is the active subject of ``word``."""
    # (each head read once: spaCy makes a new Token at every ``.head``)
    t, w = trigger, word.i
    head = t.head
    while head.i != t.i and head.i != w:
        t, head = head, head.head
    return head.i == w and t.dep_ in ("nsubj", "csubj")


def _conditional(c: Cue) -> Verdict | None:
    """A governing verb in the conditional ("supondría la compra")."""
    t = c.word
    if is_conditional(t) and c.above and is_verbal(t):
        return "Rumoured", t.text
    # "estaría interesada en comprar X": the copula carries the conditional
    cop = next((x for x in t.children if x.dep_ == "cop" and "Cnd" in feat(x, "Mood")), None)
    if cop is not None and c.above and is_verbal(t):
        return "Rumoured", f"{cop.text} {t.text}"
    return None


def _reported_would(c: Cue) -> Verdict | None:
    """ "X said they would merge": the parties' own word, future in the past (not a
    commentator's: "analysts said a merger would make sense" is a conjecture)."""
    t, aux = c.word, c.hedge_aux
    reported = (
        aux is not None
        and aux.lower_ in ("would", *CONTRACTED_D)
        and t.dep_ == "ccomp"
        and t.head.lemma_.lower() in ("say", "announce", "confirm", "state")
        and any(
            x.dep_ in SUBJ_DEPS
            and x.lemma_.lower() not in SOURCE_NOUNS
            and x.lower_ not in COMMENTATOR_NOUNS
            for x in t.head.children
        )
    )
    return ("Announced", None) if reported else None


def _hedging_aux(c: Cue) -> Verdict | None:
    """ "could buy", "podría comprar" (but not "will", nor a plain "puede")."""
    aux = c.hedge_aux
    if (
        aux is not None
        and (aux.lemma_.lower() != "poder" or "Cnd" in feat(aux, "Mood"))
        and aux.lower_ != "will"
    ):
        return "Rumoured", aux.text
    return None


def _said_to(c: Cue) -> Verdict | None:
    """ "X is said to be buying Y", "is believed to be preparing a bid", "is understood
    to be weighing"."""
    if c.lemma in HEARSAY_VERBS and any(
        x.dep_ in ("auxpass", "nsubjpass") for x in c.word.children
    ):
        return "Rumoured", f"is {c.word.text} to"
    return None


def _not_succeeded(c: Cue) -> Verdict | None:
    """A deal that did not succeed failed: "la OPA no prosperó", "la fusión no salió
    adelante", "the merger did not go ahead"."""
    t = c.word
    if not c.above or c.lemma not in SUCCESS_VERBS or not _negated(t):
        return None
    particles = SUCCESS_PARTICLES.get(c.lemma)
    if particles is not None and not any(x.lower_ in particles.split() for x in t.children):
        return None
    return "Cancelled", None


def _plan(c: Cue) -> Verdict | None:
    """ "estudia presentar una contraoferta", "is considering launching a bid": the verb
    that governs the plan says how certain it is."""
    t = c.word
    if c.above and t.dep_ == "xcomp" and (
        c.lemma in SIGNED or c.lemma in COMPLETED or c.lemma in ANNOUNCED
    ):
        upper = t.head.lemma_.lower()
        if upper in RUMOURED:
            return "Rumoured", t.head.text
        if upper in NEGOTIATING:
            return "InNegotiation", None
        if _intends(t.head):  # "expects to sign a contract": not signed yet
            return "Announced", None
    return None


# "tiene previsto invertir": the intention is the participle beside "tener".
_HAVE_INTENDED = frozenset({"previsto", "prevista", "pensado", "pensada"})


def _intends(t: Token) -> bool:
    """A verb of intention or expectation: "expects", "is set to", "prevé", "quiere",
    "tiene previsto"."""
    if t.lemma_.lower() in INTENTION or t.lower_ in INTENTION:
        return True
    return t.lemma_.lower() == "tener" and any(x.lower_ in _HAVE_INTENDED for x in t.children)


def _intended(c: Cue) -> Verdict | None:
    """A deal that is the infinitive complement of a verb of intention is a plan made
    public, announced: "X expects to invest $50 million in Y", "X intends to take a
    stake", "X prevé invertir", "X tiene previsto invertir", "X quiere invertir" (an
    investment told is otherwise done)."""
    t = c.word
    if not c.above or not is_verbal(t) or _negated(t) or not _intends(t):
        return None
    path = {c.trigger.i, *(a.i for a in c.trigger.ancestors)}
    if any(x.dep_ == "xcomp" and x.i in path for x in t.children):
        return "Announced", None
    return None


def _to_be_founded(c: Cue) -> Verdict | None:
    """A joint venture that partners agree to form is still to be made, announced: "X
    and Y agreed to form a joint venture", "have agreed to set up a venture",
    "acordaron constituir una sociedad conjunta" (the founding verb the infinitive
    complement of the verb of agreement, the company its object). Not an alliance agreed
    ("agreed to form an alliance": the agreement makes it), nor a venture formed."""
    if not c.above or c.deal_type != "Partnership" or _negated(c.word):
        return None
    verb = _below(c)
    if verb is None or verb.dep_ != "xcomp" or not founding_verb(verb):
        return None
    made = (c.trigger, c.trigger.head)
    if any(
        x.dep_ in ("dobj", "obj") and x in made and x.lemma_.lower() in FOUNDED_NOUNS
        for x in verb.children
    ):
        return "Announced", None
    return None


def _contract_won(c: Cue) -> Verdict | None:
    """A contract won is a contract signed ("ganó un contrato")."""
    if c.lemma in RECEIVE_VERBS and c.above and c.deal_type == "PurchaseAgreement":
        return "Completed", None
    return None


def _signed(c: Cue) -> Verdict | None:
    """ "firmó un acuerdo": an agreement signed is done; a takeover signed, announced;
    a signing still to come ("firmará el contrato la próxima semana", "will sign")
    leaves either announced."""
    if c.lemma in SIGNED and c.above:
        if is_future(c.word):
            return "Announced", None
        return ("Completed" if c.deal_type in _SIGNED_IS_DONE else "Announced"), None
    return None


def _completion_expected(c: Cue) -> Verdict | None:
    """A completion still to come leaves the deal announced: "cerrará la compra",
    "expects to complete the purchase", "prevé cerrar la compra", "is expected to
    close", "se espera que la compra se complete", "the deal should close in March"
    (a modal of expectation, ``completion_expected_aux``)."""
    t = c.word
    if not c.above:
        return None
    if c.lemma in COMPLETED and (
        is_future(t) or t.head.lemma_.lower() in COMPLETION_EXPECTED or _for_to(t)
        or any(a.lower_ in COMPLETION_EXPECTED_AUX for a in c.auxes)
    ):
        return "Announced", None
    if c.lemma in COMPLETION_EXPECTED and any(
        x.dep_ in ("xcomp", "ccomp", "csubj", "advcl") and (
            x.lemma_.lower() in COMPLETED or _predicates_completion(x)
        )
        for x in t.children
    ):
        return "Announced", None
    return None




def _for_to(t: Token) -> bool:
    """ "clearing the way for the deal to close this month", "paves the way for X to
    complete its purchase of Y": an infinitive with its own subject brought in by
    "for" (a for-to infinitive) tells an event still unrealised, not one that was."""
    return any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children) and any(
        x.dep_ == "mark" and x.lower_ == "for" for x in t.children
    )


def _predicates_completion(t: Token) -> bool:
    """A copula whose predicate is a word of completion ("to be complete")."""
    return t.lemma_.lower() in ("be", "estar", "ser") and any(
        x.dep_ in ("acomp", "attr") and x.lemma_.lower() in COMPLETED for x in t.children
    )


def _completed(c: Cue) -> Verdict | None:
    if c.lemma in COMPLETED and c.above:
        return "Completed", None
    return ("Completed", None) if _completed_predicate(c) else None


def _completed_predicate(c: Cue) -> bool:
    """A copula that says the deal is done, its predicate a word of completion: "the
    merger is complete", "the sale was completed last week" (a passive told by its
    copula), "la compra está cerrada"; not told as to come ("will be complete", "is
    expected to be complete") nor denied ("is not yet complete")."""
    t = c.word
    if not c.above or not _is_subject_of(c.trigger, t) or _negated(t):
        return False
    if is_future(t) or t.head.lemma_.lower() in COMPLETION_EXPECTED or c.hedge_aux is not None:
        return False
    return _predicates_completion(t) and not any(_negated(x) for x in t.children)


def _announced(c: Cue) -> Verdict | None:
    """ "anunció la compra". Entering into or reaching a purchase or partnership
    agreement is its signing, the event itself (GOLD-FORMAT: signed = Completed); so is
    an agreement announced as made ("anunciaron un acuerdo")."""
    if c.lemma not in ANNOUNCED or not c.above:
        return None
    tok = c.trigger
    concluded = c.deal_type in _SIGNED_IS_DONE and (
        c.lemma in CONCLUDE
        or (c.lemma in ("anunciar", "announce", "comunicar")
            and AGREEMENT_NOUNS & {tok.lemma_.lower(), tok.head.lemma_.lower()})
    )
    return ("Completed" if concluded else "Announced"), None


def _future(c: Cue) -> Verdict | None:
    """ "comprará X", "will buy X"; but not the terms of an agreement ("un contrato por
    el que suministrará energía", "a contract under which it will supply"): what the
    agreement provides is not its stage, its signing is."""
    if not is_future(c.word) or _agreement_terms(c.word):
        return None
    if c.deal_type == "PurchaseAgreement" and _spelled_out(c.word):
        return None  # "un acuerdo de distribución: X venderá ...": its terms
    if c.deal_type == "PurchaseAgreement" and c.trigger.lemma_.lower() in SUPPLY_LEMMAS:
        return None  # "X will supply Y with chips": the deliveries are to come, not the deal
    if _money_used(c):
        return None
    return "Announced", None


def _money_used(c: Cue) -> bool:
    """ "Birchline's $20 million Series A, led by X, will fund hiring", "la ronda
    financiará su expansión": a round that is the subject of a verb of spending is money
    already raised; the future tells what it will pay for, not the round's stage."""
    return (
        c.noun and c.deal_type == "Investment" and c.word.lemma_.lower() in MONEY_USE_VERBS
        and _is_subject_of(c.trigger, c.word)
    )


def _agreement_terms(t: Token) -> bool:
    """A clause that states what an agreement provides: a relative clause of the
    agreement noun, or the complement of a verb whose subject it is ("el acuerdo
    establece que suministrará ...")."""
    head = t.head
    if t.dep_ in ("acl", "relcl", "acl:relcl") and head.lemma_.lower() in AGREEMENT_NOUNS:
        return True
    return t.dep_ == "ccomp" and any(
        s.dep_ in SUBJ_DEPS and s.lemma_.lower() in AGREEMENT_NOUNS for s in head.children
    )


def _spelled_out(t: Token) -> bool:
    """A clause after a colon that spells out the agreement noun before it: "firmaron un
    acuerdo de distribución en exclusiva: X venderá los quesos de Y durante cinco
    años", "signed a supply deal: X will deliver 40 turbines" (the parser hangs the
    clause on the noun). What a purchase agreement provides is not its stage."""
    return t.head.lemma_.lower() in AGREEMENT_NOUNS and t.head.i < t.i and any(
        x.dep_ == "punct" and x.text == ":" and x.i < t.i for x in t.children
    )


def _purpose(c: Cue) -> Verdict | None:
    """ "para comprar X", "to buy X" (no auxiliary): an intention, announced."""
    t = c.word
    if t.head.lemma_.lower() in NEGOTIATING | RUMOURED | CANCELLED or _opens_talks(t):
        return None  # "en conversaciones para comprar X": the talks say how far it is
    if (
        not c.above
        and any(x.dep_ == "mark" and x.lower_ in ("para", "to") for x in t.children)
        and not c.auxes
        and c.deal_type in ("Acquisition", "Merger", "Investment")
    ):
        return "Announced", None
    return None


def _suspended(c: Cue) -> Verdict | None:
    """A deal put on hold is still pending, not done nor called off: "la compra de Y
    quedó en suspenso", "the sale was put on hold", "the takeover has stalled" (a past
    verb above the deal says only that it was halted)."""
    t = c.word
    if t is c.trigger or _negated(t):
        return None
    if c.lemma in SUSPENDED_WORDS or any(
        x.lower_ in SUSPENSE_NOUNS for p in t.children for x in (p, *p.children)
    ):
        return "Announced", None
    return None


# The verbs of buying and selling: what changes hands in one act, which a progressive
# tells under way ("is pouring billions into Y", "is investing in Y" tell money that
# goes on flowing, a deal made).
_CHANGE_HANDS = frozenset(
    w for lang in TRIGGERS.values() for kind in ("acquire_v", "sell_v")
    for w in lang.get(kind, ())
)


def _under_way(c: Cue) -> Verdict | None:
    """A purchase or sale told in the present progressive is under way, not done:
    "Harrow is buying a stake in Y", "X is selling its 20% of Y to Z", "Acme está
    comprando el 10% de Y" (announced; a stake bought or sold told plainly is done by
    default); so is its passive, whose gerund is the auxiliary: "Y is being sold for
    $150 million", "Y está siendo vendida". Not a partnership ("X is working with Y"
    tells one that runs), nor a past progressive."""
    t = c.word
    if c.deal_type == "Partnership" or not is_verbal(t):
        return None
    if c.trigger.lemma_.lower() not in _CHANGE_HANDS:
        return None
    if "Ger" not in feat(t, "VerbForm") and t.tag_ != "VBG" and not any(
        a.lemma_.lower() in ("be", "ser") and ("Ger" in feat(a, "VerbForm") or a.tag_ == "VBG")
        for a in c.auxes
    ):
        return None
    present = any(
        a.lemma_.lower() in ("be", "estar")
        and ("Pres" in feat(a, "Tense") or a.tag_ in ("VBZ", "VBP"))
        for a in c.auxes
    )
    return ("Announced", None) if present else None


def _past(c: Cue) -> Verdict | None:
    """ "compró X", "was bought by": a takeover or merger in the past is done; but a
    bid made ("made an offer for X", "mejoró su oferta") is only announced."""
    if c.noun and c.trigger.lemma_.lower() in BID_NOUNS | OFFER_NOUNS:
        return None
    if (is_past(c.word) or _we_did(c.word)) and c.deal_type in ("Acquisition", "Merger"):
        return "Completed", None
    return None


def _we_did(t: Token) -> bool:
    """ "En abril compramos Y", "vendimos Y a Z": the Spanish first person plural of the
    preterite ("-amos" of the first conjugation, "-imos" of the second and third),
    which the tagger reads as a present (the "-ar" and "-ir" present is spelled the
    same) or an imperfect. A company that says "we" buy or sell a company tells what it
    did: its present is no announcement ("compramos la leche a Y" buys goods, no
    company). Not "vendemos" (the present of "-er"), "compraremos", "compremos",
    "vendamos" (a future, a subjunctive), whose endings differ."""
    lemma = t.lemma_.lower()
    if doc_lang(t.doc) != "es" or "Ind" not in feat(t, "Mood") or lemma[-2:] not in (
            "ar", "er", "ir"):
        return False
    return t.lower_ == lemma[:-2] + ("amos" if lemma.endswith("ar") else "imos") \
        and "1" in feat(t, "Person")


# The priority of the rules is their order: on each word (nearest first), the first
# rule that decides wins.
STATUS_RULES: tuple[StatusRule, ...] = (
    StatusRule("cancelled-modifier", "trigger", _cancelled_modifier, "any"),
    StatusRule("preliminary", "trigger", _preliminary, "any"),
    StatusRule("denied", "trigger", _denied, "any"),
    StatusRule("subject-left-behind", "trigger", _subject_left_behind, "any"),
    StatusRule("closed-by-relative", "trigger", _closed_by_relative, "any"),
    StatusRule("done-before", "trigger", _done_before, "any"),
    StatusRule("done-before-clause", "trigger", _done_before_clause, "any"),
    StatusRule("talks-misread-as-subject", "trigger", _talks_misread_as_subject, "any"),
    StatusRule("lost-bid-trigger", "trigger", _lost_bid, "any"),
    StatusRule("supposed", "word", _supposed, "any"),
    StatusRule("cancelled", "word", _cancelled, _CANCELLING),
    StatusRule("partnership-ended", "word", _partnership_ended, _ENDING_PARTNERSHIP),
    StatusRule("deal-denied", "word", _deal_denied, DENIAL_VERBS),
    StatusRule("lost-bid", "word", _lost_bid, "any"),
    StatusRule("cancelled-predicate", "word", _cancelled_predicate, "any"),
    StatusRule("not-succeeded", "word", _not_succeeded, SUCCESS_VERBS),
    StatusRule("approval-denied", "word", _approval_denied, APPROVAL_VERBS | APPROVAL_NOUNS),
    StatusRule("approved", "word", _approved, APPROVAL_VERBS),
    StatusRule("talks-ended", "word", _talks_ended, NEGOTIATING),
    StatusRule("negotiating", "word", _negotiating, "any"),
    StatusRule("rumour-word", "word", _rumour_word, RUMOURED),
    StatusRule("hedging-adverb", "word", _hedging_adverb, "any"),
    StatusRule("attempted", "word", _attempted, TRY_VERBS),
    StatusRule("followed", "word", _followed, FOLLOWING_VERBS),
    StatusRule("conditional", "word", _conditional, "any"),
    StatusRule("reported-would", "word", _reported_would, "any"),
    StatusRule("hedging-aux", "word", _hedging_aux, "any"),
    StatusRule("said-to", "word", _said_to, HEARSAY_VERBS),
    StatusRule("plan", "word", _plan, SIGNED | COMPLETED | ANNOUNCED),
    StatusRule("intended", "word", _intended, "any"),
    StatusRule("to-be-founded", "word", _to_be_founded, CONCLUDE),
    StatusRule("contract-won", "word", _contract_won, RECEIVE_VERBS),
    StatusRule("signed", "word", _signed, SIGNED),
    StatusRule("pending-approval", "word", _pending_approval, "any"),
    StatusRule("completion-state", "word", _completion_state, "any"),
    StatusRule("completion-negated", "word", _completion_negated, COMPLETED),
    StatusRule("completing", "word", _completing, COMPLETED),
    StatusRule(
        "completion-expected", "word", _completion_expected, COMPLETED | COMPLETION_EXPECTED
    ),
    StatusRule("completed", "word", _completed, "any"),
    StatusRule("dated-past", "word", _dated_past, "any"),
    StatusRule("announced", "word", _announced, ANNOUNCED),
    StatusRule("future", "verb", _future, "any"),
    StatusRule("purpose", "verb", _purpose, "any"),
    StatusRule("suspended", "word", _suspended, "any"),
    StatusRule("under-way", "verb", _under_way, "any"),
    StatusRule("past", "verb", _past, "any"),
)

# Rules tried on the trigger only when no word of the chain decided, before the type's
# default.
FALLBACK_RULES: tuple[StatusRule, ...] = (
    StatusRule("planned-modifier", "trigger", _planned_modifier, "any"),
    StatusRule("sold-participle", "trigger", _sold_participle, "any"),
    StatusRule("completed-modifier", "trigger", _completed_modifier, "any"),
    StatusRule("added-to-holdings", "trigger", _added_to_holdings, "any"),
    StatusRule("misread-completion", "trigger", _misread_completion, "any"),
    StatusRule("dated-past-noun", "trigger", _dated_past_noun, "any"),
    StatusRule("means-of-past", "trigger", _means_of_past, "any"),
)

# Verbs of a stage that, past an adjunct, tell another event than this deal's.
_STAGE_WORDS = ANNOUNCED | COMPLETED | SIGNED


def default_status(deal_type: str) -> str:
    """The status of a deal no word qualifies: a takeover or merger told is
    announced; an investment, agreement or partnership told is done."""
    return "Announced" if deal_type in ("Acquisition", "Merger") else "Completed"


# Modifiers that make a shareholder one still to come ("su futuro accionista").
_PROSPECTIVE = frozenset({
    "future", "futura", "futuro", "new", "nueva", "nuevo", "potential", "potencial",
    "prospective",
})


def _holder_named(m: Mention, tok: Token, noun: bool) -> bool:
    """ "El principal accionista de X, la Fundación Y, se ha comprometido a votar a
    favor", "X's largest shareholder, Z, said it would back the deal": a shareholder
    noun that names who holds the company now, as the clause's subject or in
    apposition, states a holding already made, whatever the clause's verb plans
    (status:Completed<-holder-named); not "its new / future shareholder"."""
    return (
        noun and m.kind == "investor" and tok.dep_ in (SUBJ_DEPS | {"appos"})
        and not any(c.lower_ in _PROSPECTIVE for c in tok.children)
    )


def set_status(m: Mention, tok: Token, noun: bool) -> None:
    """Status from the words that govern the trigger ``tok``, nearest first; the
    words of another clause than the deal's (past a relative clause or a modifier
    of a name, ``_own_clause``; past an adjunct that puts the deal before its
    clause's event, ``_prior_adjunct``) say nothing of it."""
    if _holder_named(m, tok, noun):
        m.status = "Completed"
        m.rules.append("status:Completed<-holder-named")
        return
    chain = _own_clause(_governors(tok))
    prior = _prior_adjunct(tok, noun)
    if prior is not None:
        chain = chain[: chain.index(prior) + 1] if prior in chain else chain[:1]
    own_verb = tok if not noun else next((t for t in chain[1:] if is_verbal(t)), None)
    adjunct = _adjunct_index(chain, tok)
    for n, t in enumerate(chain):
        lemma = _lemma(t)
        if t is not tok and lemma in PHRASAL_ANSWERS:
            lemma = answer_lemma(t)  # "turned down the bid" as "rejected the bid"
        if n > adjunct and lemma in _STAGE_WORDS:
            continue
        cue = Cue(t, tok, noun, m.type, lemma)
        for rule in _rules_for(
            STATUS_RULES, t is not tok or not noun, t is own_verb or (t is tok and not noun),
            t is tok, lemma,
        ):
            verdict = rule.decide(cue)
            if verdict is not None:
                _decide(m, verdict, lemma)
                return
    if prior is not None:
        m.status = "Completed"
        m.rules.append(f"status:Completed<-prior-event({prior.lower_})")
        return
    cue = Cue(tok, tok, noun, m.type, tok.lemma_.lower())
    for rule in FALLBACK_RULES:
        verdict = rule.decide(cue)
        if verdict is not None:
            _decide(m, verdict, rule.name)
            return
    m.status = default_status(m.type)
    m.rules.append(f"status:{m.status}<-default")


def _rules_on(
    rules: tuple[StatusRule, ...], word: bool, verb: bool, trigger: bool
) -> tuple[StatusRule, ...]:
    """The rules of ``rules`` that look at a word of the chain, in their order: those
    on "word" where ``word``, on "verb" where ``verb``, on "trigger" where
    ``trigger``; picked once per process for each of the eight combinations (and
    again for another tuple of rules: a test may count the rules' calls)."""
    if _RULES_ON_OF[0] is not rules:
        _RULES_ON.clear()
        _RULES_ON_OF[0] = rules
    key = (word, verb, trigger)
    found = _RULES_ON.get(key)
    if found is None:
        applies = {"word": word, "verb": verb, "trigger": trigger}
        found = _RULES_ON[key] = tuple(rule for rule in rules if applies[rule.on])
    return found


_RULES_ON: dict[tuple[bool, bool, bool], tuple[StatusRule, ...]] = {}
_RULES_ON_OF: list[tuple[StatusRule, ...] | None] = [None]  # the rules they were picked from


def _rules_for(
    rules: tuple[StatusRule, ...], word: bool, verb: bool, trigger: bool, lemma: str
) -> tuple[StatusRule, ...]:
    """The rules of ``_rules_on`` that can decide on a word of lemma ``lemma``, in
    their order: those on "any" lemma and those that list it (``StatusRule.lemmas``).
    A rule left out would have said nothing, so the first verdict is the same; most
    words of a chain ("said", "plans", "group") are listed by no rule, and only the
    "any" rules are asked there. Indexed once per process for each combination."""
    if _RULES_FOR_OF[0] is not rules:
        _RULES_FOR.clear()
        _RULES_FOR_OF[0] = rules
    key = (word, verb, trigger)
    index = _RULES_FOR.get(key)
    if index is None:
        found = _rules_on(rules, word, verb, trigger)
        listed = {w for rule in found if rule.lemmas != "any" for w in rule.lemmas}
        by_lemma = {
            w: tuple(rule for rule in found if rule.lemmas == "any" or w in rule.lemmas)
            for w in listed
        }
        index = _RULES_FOR[key] = (
            by_lemma, tuple(rule for rule in found if rule.lemmas == "any"),
        )
    return index[0].get(lemma, index[1])


_RULES_FOR: dict[
    tuple[bool, bool, bool], tuple[dict[str, tuple[StatusRule, ...]], tuple[StatusRule, ...]]
] = {}
_RULES_FOR_OF: list[tuple[StatusRule, ...] | None] = [None]


def _lemma(t: Token) -> str:
    """The word's lemma, lower case; a Spanish preterite of the first conjugation that
    the lemmatizer leaves as it is ("bloqueó", a form its tables lack) is taken back
    to its infinitive ("bloquear"), as every such "-ó" form is made."""
    lemma = t.lemma_.lower()
    low = t.lower_
    if (
        lemma == low and low.endswith("ó") and not low.endswith("ió") and len(low) > 3
        and t.pos_ in ("VERB", "AUX") and doc_lang(t.doc) == "es"
    ):
        return low[:-1] + "ar"
    return lemma


def _decide(m: Mention, verdict: Verdict, source: str) -> None:
    """Give ``m`` a status rule's verdict (status, hedge), naming what decided it."""
    status, hedge = verdict
    m.status, m.status_explicit = status, True
    if hedge:
        m.hedge = hedge
    m.rules.append(f"status:{status}<-{source}")


def _own_clause(chain: list[Token]) -> list[Token]:
    """The chain up to the verb of the deal's own clause when that clause is a
    relative clause or a participle on a company (``syntax.modifier_clause``): the
    main clause's verb tells what the company does now ("The brewer, which is backed
    by X, plans to open 30 pubs"), not the stage of the deal told in the background;
    and up to a coordinated verb with a subject of its own (``_clause_of_its_own``)."""
    clause = modifier_clause(chain[0])
    if clause in chain:
        return chain[: chain.index(clause) + 1]
    second = next((t for t in chain if _clause_of_its_own(t)), None)
    return chain[: chain.index(second) + 1] if second is not None else chain


def _clause_of_its_own(t: Token) -> bool:
    """A verb coordinated with another clause's verb, with its own subject: "X agreed
    to buy Y for $40m and Z took a stake in W", "X acordó comprar Y y Z tomó una
    participación en W". The verbs of the first clause ("agreed") tell its deal's
    stage, not the second's; a conjunct with no subject shares the first one's ("X
    agreed to buy Y and to sell W")."""
    return t.dep_ == "conj" and is_verbal(t) and any(
        c.dep_ in SUBJ_DEPS and c.i < t.i for c in t.children
    )


def _prior_adjunct(tok: Token, noun: bool) -> Token | None:
    """The word that puts a deal noun before its clause's event: "after its $1bn
    purchase of Y", "tras la compra de Y", "un año después de la adquisición de la
    empresa", "since its 2019 takeover". A deal that came first is done, unless the
    clause is still to come and no span of time measures the gap ("Tras la fusión, el
    grupo tendrá 10.000 empleados": the merger is announced). A bid is a bid."""
    if not noun or tok.lemma_.lower() in BID_NOUNS | OFFER_NOUNS:
        return None
    if case_of(tok) in PRIOR_PREPS:
        adjunct = tok
    elif tok.dep_ == "pobj" and tok.head.lower_ in PRIOR_PREPS:
        adjunct = tok.head
    elif case_of(tok) == "de" and tok.head.lemma_.lower() in PRIOR_PREPS:
        adjunct = tok.head
    else:
        return None
    # "18 months after", "un año después" (the span its head or its modifier)
    measured = any(
        t.lemma_.lower() in INTERVAL_NOUNS for t in (adjunct.head, *adjunct.children)
    )
    verb = next((t for t in adjunct.ancestors if is_verbal(t)), None)
    if not measured and verb is not None and (is_future(verb) or "Cnd" in feat(verb, "Mood")):
        return None
    return adjunct


def _governors(tok: Token) -> list[Token]:
    """The trigger and the words above it, nearest first (eight at most)."""
    chain: list[Token] = [tok]
    cur = tok
    while len(chain) < 8:
        head = cur.head  # (read once: spaCy makes a new Token at every ``.head``)
        if head.i == cur.i:
            break
        chain.append(head)
        cur = head
    return chain


def _adjunct_index(chain: list[Token], tok: Token) -> int:
    """Where the chain leaves an adjunct ("launched its app with $2 million in
    funding", "after it closed a round"): the verbs above tell another event, not
    this deal's stage."""
    return next(
        (
            n
            for n, t in enumerate(chain)
            if (t.dep_ == "prep" and t.lower_ in ADJUNCT_PREPS)
            or (t is not tok and case_of(t) in ADJUNCT_PREPS)
            # "..., after it closed a round": a clause the trigger's event opens
            or any(c.dep_ == "mark" and c.lower_ in ADJUNCT_PREPS for c in t.children)
        ),
        len(chain),
    )
