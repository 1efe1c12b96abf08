"""Deals a sentence names without asserting them as news, checked with the guards
(``kg.deals.guards.is_false_deal``):

- irrealis mood: a verb of buying in the protasis of a conditional ("If X bought Y,
  it would control a third of the market", "Si X compra Y, controlará el 30%") states
  a supposition, not an event; what only a condition tells is no deal;
- habitual aspect: a trade in goods told in the simple present (or as a past habit:
  the Spanish imperfect, "solía", "used to") with no contract,
  price, count or time of its own ("Brennock Dairies supplies the supermarket chain
  Fairhaven Markets", "Lácteos Valdivieso suministra leche a Supermercados Andinos",
  "Aceros Norte compra su mineral a Metales Colby") describes a standing trade, no
  agreement the article reports;
- a report taken back: a deal told in what a report said, which the writer marks wrong
  ("A story on Monday incorrectly said that X had acquired Y", "publicó erróneamente
  que X compró Y") or denies in the sentence that follows with a correction's formula
  ("… este diario afirmó que Y había sido adquirida por X. No es así: …"): a
  correction withdraws the deal, which never was (``retracted``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.deals.syntax import feat, is_verbal, year_of
from kg.deals.words import (
    AGREEMENT_NOUNS,
    CONDITIONAL_MARKS,
    DENIAL_FORMULAS,
    ERROR_NOUNS,
    REPORT_VERBS,
    RETRACTION_ADVERBS,
    STATING_VERBS,
    SUBJ_DEPS,
)
from kg.entities.words import SPEECH_VERBS

if TYPE_CHECKING:
    from kg.deals.context import Context

# The heads a verb of buying hangs on inside its own clause ("If X decided to buy Y",
# "if X bought Y and merged it with Z").
_CLAUSE_DEPS = frozenset({"xcomp", "conj"})


def supposed(trigger: Token) -> bool:
    """A verb of buying in the protasis of a conditional, or below one in its clause
    ("If Dalby Foods bought Renton Snacks, it would ...", "Si Lácteos Ibarra compra
    Quesos Tordesillas, controlará ...", "unless X agrees to buy Y"): the clause
    supposes the deal and asserts none. A deal noun there ("if the deal closes") is
    one told elsewhere and only its stage supposed (``kg.deals.status._supposed``)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    clause = trigger
    while clause.dep_ in _CLAUSE_DEPS and clause.head.i != clause.i:
        clause = clause.head
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children)


# Auxiliaries that make a verb future, perfect, modal or passive ("will supply", "has
# supplied", "can supply").
_AUX_DEPS = frozenset({"aux", "aux:pass", "auxpass"})


# The verbs of a trade in goods: supplying, and buying or selling read as a purchase
# agreement ("compra su mineral a Y", "sells most of its steel to Y").
_TRADE_KINDS = ("supply", "sell", "acquire")


# Verbs of habit whose infinitive complement is done again and again ("solía comprar",
# "acostumbraba a vender", "used to buy").
_HABIT_VERBS = frozenset({"acostumbrar", "soler", "use"})


# The endings of the Spanish imperfect indicative ("compraba", "vendían", "suministrábamos"):
# the tagger also reads some preterites as imperfect ("vendimos"), which tell one event.
_IMPERFECT = ("aba", "abas", "ábamos", "abais", "aban", "ía", "ías", "íamos", "íais", "ían")


def _habitual_past(trigger: Token) -> bool:
    """A past habit: the Spanish imperfect indicative ("a la que compraba los cerdos",
    "le vendía la leche"), or the infinitive under a verb of habit ("solía comprar su
    mineral a Y", "used to buy its wheat from Y"; "used" as a past form before "to")."""
    if "Imp" in feat(trigger, "Tense") and "Ind" in feat(trigger, "Mood") \
            and "Fin" in feat(trigger, "VerbForm") and trigger.lower_.endswith(_IMPERFECT):
        return True
    head = trigger.head
    if trigger.dep_ != "xcomp" or head.lemma_.lower() not in _HABIT_VERBS:
        return False
    return head.lemma_.lower() != "use" or (
        head.lower_ == "used" and any(c.lower_ == "to" for c in trigger.children)
    )


def habitual_trade(ctx: Context, kind: str, trigger: Token) -> bool:
    """A verb of supplying, buying or selling goods in the simple present, with no
    auxiliary, no contract or agreement, no price, no count and no date in its clause
    ("X supplies the supermarket chain Y", "X suministra leche a Y", "X sells most of
    its steel to Y"): the habitual present tells a standing trade. Not in the
    article's first sentence, whose headline present tells news ("X supplies Y with
    trains"), unless a relative clause there describes a noun, nor with a count of
    goods ("compra 200 camiones a Y": the news present), a future, a perfect or a
    modal ("will supply", "has agreed to supply"). A past habit ("a la que compraba
    los cerdos", "solía comprar su mineral a Y", "used to buy its wheat from Y") tells
    a trade that stood, in any sentence; with a price, a count or a date the Spanish
    imperfect is the press's narrative one ("ayer compraba 200 camiones a Y"), an
    event."""
    if not kind.startswith(_TRADE_KINDS) or trigger.pos_ != "VERB":
        return False
    if not _habitual_past(trigger) and (
        (trigger.i < ctx.sents[0].end
         and not (_describes_noun(trigger) and not ctx.signed.get(trigger.i)))
        or "Pres" not in feat(trigger, "Tense") or "Fin" not in feat(trigger, "VerbForm")
        or trigger.tag_ == "VBG" or any(c.dep_ in _AUX_DEPS for c in trigger.children)
    ):
        return False
    # (the clause's own words: not its subject's, which may be dated by a relative or a
    # participle, "The dairy, controlled by the X family since 1952, supplies Y")
    return not any(
        t.i in ctx.tok_amount or t.lemma_.lower() in AGREEMENT_NOUNS or t.like_num
        or t.ent_type_ in ("DATE", "TIME") or year_of(t) is not None
        for c in trigger.children if c.dep_ not in SUBJ_DEPS for t in c.subtree
    )


# Relative pronouns that open a clause describing a noun ("X, which supplies Y", "Y,
# que vende hilo a Z").
_RELATIVES = frozenset({"que", "quien", "quienes", "cual", "which", "who", "that"})


def _describes_noun(trigger: Token) -> bool:
    """ "X bought Y, which supplies Z", "X firmó con Y, que suministra hilo a Z": a verb
    heading a relative clause on a noun describes what that noun does; in the article's
    first sentence too, the habitual present there tells a standing trade, not the
    headline's news (``asserted:relative-habit-in-lead``). Not where an agreement's
    signatories are the clause's (``Context.signed``: "un acuerdo con Y, que suministra
    hilo a Z"), which the agreement's own reading keeps."""
    if trigger.dep_ in ("relcl", "acl:relcl"):
        return True
    return trigger.dep_ == "acl" and any(
        c.dep_ in SUBJ_DEPS and c.lower_ in _RELATIVES for c in trigger.children
    )


_STATING = REPORT_VERBS | SPEECH_VERBS | STATING_VERBS


def retracted(trigger: Token) -> bool:
    """A deal told in what a verb of saying reports, taken back: the verb marked wrong
    ("incorrectly said that X had acquired Y", "publicó erróneamente que", "la cifra
    que, por error, atribuimos a una compraventa de Y"), or, the deal in its clausal
    complement, its sentence followed by one that opens with a correction's formula
    ("… afirmó que Y había sido adquirida por X. No es así.", "That is not the
    case."). Not "correctly said", nor an adverb of error on the deal's own verb
    ("wrongly bought Y at the top of the market")."""
    below = trigger
    for t in trigger.ancestors:
        if is_verbal(t) and t.lemma_.lower() in _STATING:
            return any(_marks_error(x) for x in t.children) or (
                below.dep_ == "ccomp" and _denied_next(t)
            )
        below = t
    return False


def _marks_error(x: Token) -> bool:
    """An adverb of error ("incorrectly", "erróneamente") or an adverbial of error ("por
    error", "by mistake", "in error")."""
    if x.lower_ in RETRACTION_ADVERBS:
        return True
    if x.lower_ in ("by", "in"):  # "by mistake": the preposition heads its noun
        return any(y.dep_ == "pobj" and y.lower_ in ERROR_NOUNS for y in x.children)
    return x.lower_ in ERROR_NOUNS and any(
        y.dep_ == "case" and y.lower_ == "por" for y in x.children
    )


def _denied_next(t: Token) -> bool:
    """Whether the sentence after ``t``'s opens with a correction's formula ("No es
    así", "That is not the case")."""
    end = t.sent.end
    if end >= len(t.doc):
        return False
    text = t.doc[end].sent.text.lower()
    return any(
        text.startswith(f) and not text[len(f):len(f) + 1].isalpha() for f in DENIAL_FORMULAS
    )
