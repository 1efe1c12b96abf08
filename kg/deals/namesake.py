"""A definite description whose noun is the head word of a company's name means that
company: "la panificadora" after "Panificadora Huancaína", "la cementera" after
"Cementera del Sur", "el ingenio" after "Ingenio Santa Rita"; in English, where the
head comes last, "the fund" after "Lantau Growth Fund", "the cooperative" after "Mahé
Tuna Cooperative Ltd".

Many company names carry the common noun of their trade or kind (a bakery,
"Panificadora X"; a fund, "Y Fund"): first in Spanish, last in English (before a
legal form). A later definite description with that noun is the writer's short name
for it. Only one company so named before may be meant: with two ("Banco A", "Banco
B"), "el banco" is left to the other rules. An English generic head ("the company",
"the group") is left to them too: it means the story's company, whatever the name of
another ends in ("Harbourline Group" advising); but as a subject, the noun of trade
before it says which ("the hotel company" after "Marlow Quarry Hotels Ltd", not the
town council named as the subject before: session 26, stray10).

An English name often carries its trade in the plural ("Kelso Grain Mills", "Harrow
Lake Resorts Ltd"), and the writer's short name is the singular ("the mill", "the
resort"): the noun of the description is the name's head in the singular (session 26,
apart8). "Company" and "Corporation" after the trade word are the name's legal form
here ("Kelso Grain Mills Company" → "mills").

So does a Spanish name, first ("Bodegas Peñaval", "Talleres Ebro"): "la bodega", "el
taller" (session 26, pair1); not a generic noun ("la empresa" after "Empresas X"),
which the topic's rules read. A Spanish noun or adjective of trade is made from the
noun of the product a name's first word gives: "la cementera" after "Cementos X", "la
conservera" after "Conservas Y", "la láctea" after "Lácteos Z" share its stem, and
mean that company when no name begins with the description's own noun (session 29,
apart-robust).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.agree import TRADE_WORDS
from kg.deals.context import Context
from kg.deals.syntax import feat, is_definite
from kg.deals.words import GENERIC_COMPANY_NOUNS, SUBJ_DEPS
from kg.facts import EntityRef
from kg.iri import fold


def namesake_before(ctx: Context, tok: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """The one organisation named before ``tok`` whose name begins with ``tok``'s noun
    ("la panificadora juanina" → Panificadora Huancaína); None when there is none or
    more than one, or when ``tok`` is no definite singular common noun."""
    if (
        tok.pos_ != "NOUN" or not tok.is_lower
        or tok.i in ctx.tok_ent or "Plur" in feat(tok, "Number") or not is_definite(tok)
    ):
        return None
    words = {tok.lower_}
    if ctx.lang != "es" and tok.lower_ in GENERIC_COMPANY_NOUNS:
        trade = _trade_of(tok)
        if trade is None:
            return None  # "the company", "the group": the topic's, whatever its name ends in
        words = {trade}  # (and its plural, below)
    head = _first_word if ctx.lang == "es" else _last_word
    if ctx.lang != "es":
        words |= {_plural(w) for w in words}
    elif tok.lower_ not in GENERIC_COMPANY_NOUNS:
        words |= _plurales(tok.lower_)
    named = [ref for start, ref in ctx.mention_starts
             if start < tok.i and ref.kind == "org" and ref not in ctx.reporters]
    found = {ref for ref in named if head(ref.name) in words}
    if not found and ctx.lang == "es" and tok.lower_ not in GENERIC_COMPANY_NOUNS:
        # "la cementera" after "Cementos X", "la láctea" after "Lácteos Y"
        found = {ref for ref in named if _stems(head(ref.name)) & _stems(tok.lower_)}
    if not found and ctx.lang == "es" and tok.lower_ not in GENERIC_COMPANY_NOUNS:
        found = _english_trade(tok, named)
    if len(found) != 1:
        return None
    (ref,) = found
    return None if ref in exclude else ref


def _english_trade(tok: Token, named: list[EntityRef]) -> set[EntityRef]:
    """ "La aerolínea" after "Fjordlys Airlines": a Spanish story calls a company with
    an English name by its trade in Spanish; the companies whose English name ends in a
    word of the description's trade (deals.toml ``[trade_words]``: "aerolínea" and
    "Airlines" are both "airline")."""
    trade = TRADE_WORDS.get(fold(tok.lower_))
    if trade is None:
        return set()
    return {ref for ref in named if TRADE_WORDS.get(fold(_last_word(ref.name))) == trade}


def _trade_of(tok: Token) -> str | None:
    """The noun of trade right before an English generic head that is a subject ("the
    resort company", "the hotel group" → "resort", "hotel"), which the name of the
    company meant ends in, singular or plural ("Marlow Quarry Hotels Ltd"); None
    without one. Elsewhere the description is left to the rules of recency and trade
    (``kg.deals.agree``): measured, the name's noun moved a deal's price there."""
    if tok.i == 0 or tok.dep_ not in SUBJ_DEPS:
        return None
    mod = tok.doc[tok.i - 1]
    if mod.head != tok or mod.dep_ != "compound" or mod.pos_ != "NOUN" or not mod.is_lower \
            or mod.lower_ in GENERIC_COMPANY_NOUNS:
        return None
    return mod.lower_


def _first_word(name: str) -> str:
    """The first word of a name, in lower case ("Panificadora Huancaína" → "panificadora")."""
    words = name.split()
    return words[0].lower() if words else ""


def _plural(word: str) -> str:
    """The regular English plural a name writes its trade in: "mill" → "mills",
    "refinery" → "refineries", "business" → "businesses"."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _plurales(word: str) -> set[str]:
    """The Spanish plural a name writes its trade in: "bodega" → "bodegas", "taller" →
    "talleres", "construcción" → "construcciones" (the plural drops the accent)."""
    if word.endswith(("a", "e", "i", "o", "u")):
        return {word + "s"}
    return {word + "es", fold(word) + "es"}


# Endings that make a Spanish noun or adjective of trade from the noun of its product
# ("cemento" → "cementera", "conserva" → "conservera", "lácteo" → "láctea"), and the
# plural endings of a name's first word ("Cementos", "Conservas", "Papeles").
# ("-ería", "-eria" once folded, makes the place or business of a trade from its
# product: "quesería" after "Quesos X", "carnicería" after "Cárnicas Y")
_TRADE_ENDINGS = ("erias", "eria", "eras", "eros", "era", "ero", "as", "os", "es", "a", "o", "s")


def _stems(word: str) -> set[str]:
    """The stems a Spanish word of trade shares with the name its company goes by: the
    word without one ending of ``_TRADE_ENDINGS``, four letters or more, accents
    dropped ("cementera" and "Cementos" → "cement"; "láctea" and "Lácteos" → "lacte")."""
    word = fold(word.lower())
    return {word[: -len(end)] for end in _TRADE_ENDINGS
            if word.endswith(end) and len(word) - len(end) >= 4}


# Legal forms written after an English company's head noun ("X Fund Ltd", "X Mills
# Company").
_LEGAL_TAILS = frozenset({"ltd", "limited", "inc", "plc", "llc", "llp", "lp", "corp", "co",
                          "pty", "bhd", "sdn", "pte", "ag", "sa", "nv", "bv", "company",
                          "corporation"})


def _last_word(name: str) -> str:
    """The last word of an English name before its legal form, in lower case ("Mahé
    Tuna Cooperative Ltd" → "cooperative"); none for a one-word name."""
    words = [w.lower().strip(".,") for w in name.split()]
    while len(words) > 1 and words[-1] in _LEGAL_TAILS:
        words.pop()
    return words[-1] if len(words) > 1 else ""
