"""Clauses read by word order where the parse fails them.

Spanish headlines and ledes tell deals in the present ("Zegona compra Vodafone España
por 5.000 millones"), and the small Spanish parser often tags the verb there a noun or
an adjective ("compra" is also the noun *la compra*) and hangs the names around it on
each other. A present-tense form of a trigger verb with no determiner, right after a
name and before a name, an article or a number, is the verb: its subject is the names
just before it, its object the names just after, and a preposition of its frame
followed by a name an argument. The parser also hangs a trigger's argument on the
name before it ("vende su filial Ibercom a KKR": "a KKR" under "Ibercom"); such a
stranded complement belongs to the trigger (``stranded``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.syntax import case_of
from kg.deals.words import TRIGGERS
from kg.doc import doc_lang
from kg.facts import EntityRef
from kg.lexicon import LEXICON

PRESENT_FORMS = LEXICON.table("present_forms")
_COORD = (",", "y", "e", "and")
_OBJ_START = ("PROPN", "DET", "NUM")


def misread_verb(tok: Token) -> str | None:
    """The verb kind ("acquire_v") of a Spanish present-tense trigger verb the parser
    tagged a noun or an adjective: "Zegona compra Vodafone España", not "la compra de"."""
    doc = tok.doc
    if doc_lang(doc) == "en":
        return _headline_verb(tok) or _infinitive_after_adjective(tok)
    verb = PRESENT_FORMS.get(tok.lower_)
    if verb is None or tok.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None
    if tok.i == 0 or tok.i + 1 >= len(doc) or doc_lang(doc) != "es":
        return None
    if any(c.dep_ in ("det", "case", "nummod") for c in tok.children):
        return None
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    if before.pos_ != "PROPN" or after.pos_ not in _OBJ_START:
        return None
    return present_kind(tok.lower_)


def _infinitive_after_adjective(tok: Token) -> str | None:
    """The verb kind of an English infinitive after an adjective that the parser read
    as the preposition "to" and a noun: "X is proud to partner with Y", "excited to
    partner with Y" (frame:infinitive-after-adjective). A bare singular noun, the
    object of "to" on an adjective, with a preposition of its own ("proud to partner
    with"), and listed as a trigger verb; "open to a partnership with Y" (a
    determiner) and "a path to partnership" (no adjective) are nouns."""
    if tok.tag_ != "NN" or tok.dep_ != "pobj":
        return None
    to = tok.head
    if to.lower_ != "to" or to.dep_ != "prep" or to.head.pos_ != "ADJ" or to.i != tok.i - 1:
        return None
    if any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in tok.children):
        return None
    if not any(c.dep_ == "prep" for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    for kind, words in TRIGGERS.get("en", {}).items():
        if kind.endswith("_v") and lemma in words:
            return kind
    return None


def _headline_verb(tok: Token) -> str | None:
    """The verb kind of an English headline's present tense the parser tagged a plural
    noun and made the root: "Acme swoops on Zenith", "Acme bids for Zenith", "Acme
    invests in Zenith" (a name before it, a preposition after it, no determiner or
    modifier of a noun on it; "Acme's bids for Zenith" has one), a name the object of
    the preposition."""
    doc = tok.doc
    if tok.tag_ != "NNS" or tok.dep_ != "ROOT" or not tok.lower_.endswith("s"):
        return None
    if tok.i == 0 or tok.i + 1 >= len(doc):
        return None
    if any(c.dep_ in ("det", "nummod", "amod", "poss", "case") for c in tok.children):
        return None
    if doc[tok.i - 1].pos_ != "PROPN" or doc[tok.i + 1].pos_ != "ADP":
        return None
    if not any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in doc[tok.i + 1].children):
        return None  # "swoops on the rebound", "swoops on Y striker": no company its object
    lemma = tok.lemma_.lower()
    for kind, words in TRIGGERS.get("en", {}).items():
        if kind.endswith("_v") and lemma in words:
            return kind
    return None


def present_kind(form: str) -> str | None:
    """The verb kind of a Spanish present-tense form ("vende" → "sell_v")."""
    verb = PRESENT_FORMS.get(form)
    for kind, words in TRIGGERS.get("es", {}).items():
        if kind.endswith("_v") and verb in words:
            return kind
    return None


def names_before(ctx: Context, tok: Token) -> list[EntityRef]:
    """The names (one, or coordinated: "A y B", "A, B y C") right before ``tok``."""
    start = ctx.sents[ctx.sent_index(tok.i)].start
    refs: list[EntityRef] = []
    j = tok.i - 1
    while j >= start:
        ref = ctx.tok_ent.get(j)
        if ref is not None:
            if ref not in refs:
                refs.append(ref)
        elif not (ctx.doc[j].lower_ in _COORD and j - 1 in ctx.tok_ent):
            break
        j -= 1
    return refs


def names_after(ctx: Context, tok: Token) -> list[EntityRef]:
    """The names right after ``tok`` (past articles; coordinated ones too), up to the
    first preposition, verb or punctuation."""
    end = ctx.sents[ctx.sent_index(tok.i)].end
    refs: list[EntityRef] = []
    for t in ctx.doc[tok.i + 1 : end]:
        ref = ctx.tok_ent.get(t.i)
        if ref is not None:
            if ref not in refs:
                refs.append(ref)
        elif t.pos_ == "DET" and not refs:
            continue
        elif not (t.lower_ in _COORD and refs):
            break
    return refs


def linear_args(ctx: Context, tok: Token, frame: dict[str | None, str]) -> Iterator[
    tuple[str, Token]
]:
    """(preposition, name) after ``tok`` in its clause, for the prepositions of the
    frame: "compra Ibercom a Repsol"."""
    end = ctx.sents[ctx.sent_index(tok.i)].end
    doc = ctx.doc
    for t in doc[tok.i + 1 : end]:
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":", "."):
            return
        if t.pos_ != "ADP" or t.lower_ not in frame or t.lower_ in ("de", "of"):
            continue
        for k in range(t.i + 1, min(end, t.i + 3)):
            if k in ctx.tok_ent:
                yield t.lower_, doc[k]
                break
            if doc[k].pos_ != "DET":
                break


def stranded(ctx: Context, noun: Token, frame: dict[str | None, str]) -> Iterator[
    tuple[str, Token]
]:
    """Names under ``noun`` that the parser hung there with a preposition of the
    trigger's frame other than "de"/"of": "vende su filial Ibercom a KKR" ("a KKR"
    under "Ibercom"), "la OPA de X sobre Y" ("sobre Y" under "X")."""
    for t in noun.subtree:
        if t.i == noun.i or t.dep_ not in ("flat", "appos", "nmod", "conj"):
            continue
        if t.i not in ctx.tok_ent:
            continue
        prep = case_of(t)
        if prep is None or prep in ("de", "of") or prep not in frame:
            continue
        if not _within_phrase(t, noun):
            continue  # inside a clause of its own ("Y, que tiene una filial a cargo de Z")
        marker = next(c for c in t.children if c.dep_ == "case")
        if any(g.dep_ == "fixed" for g in marker.children):
            continue  # "a través de", "junto a": not the plain preposition
        yield prep, t


def _within_phrase(t: Token, noun: Token) -> bool:
    """Whether ``t`` hangs on ``noun`` through names and noun complements only."""
    cur = t
    while cur.i != noun.i:
        if cur.dep_ not in ("flat", "appos", "nmod", "conj", "compound") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def bare_obliques(verb: Token) -> Iterator[Token]:
    """ "compra el 20 % de X": a percentage the parser made an oblique with no
    preposition is the verb's object."""
    for c in verb.children:
        if c.dep_ in ("obl", "nmod") and c.i > verb.i and case_of(c) is None and (
            c.pos_ == "NUM" and any(g.text == "%" or g.lower_ == "por" for g in c.children)
        ):
            yield c
