"""Spanish "que" as the object of a relative clause that buys or sells.

The small Spanish parser makes the relative pronoun "que" the subject of the verb of
its clause whatever its function. Before a verb of buying or selling it is the object
when the clause shows that something else acts (``parties:relative-object``):

- another subject is named: "Conservas Tajuña, la conservera que Grupo Alcesa vendió
  a Norvale Ibérica en 2019, ..." (two subjects cannot both be: "que" is what was sold,
  the name the noun is in apposition to);
- the noun "que" stands for is a part of a business, not a company ("su planta de
  Cuenca, que venderá a Norvale Ibérica"): a plant does not sell, it is sold. The one
  who sells it, left unsaid (Spanish drops a subject it has just named), is the subject
  of the clause the noun is in; the clause must then name the other side ("a Norvale
  Ibérica": the buyer of what is sold, the seller of what is bought), and the noun be
  no subsidiary or division, which may buy or sell itself ("su filial, que compró a
  Norvale Ibérica" may tell that the subsidiary bought it).

Not when the verb has an object of its own ("Grupo Alcesa, que vendió su planta a
Norvale": "que" is then the seller), a "se" (a reflexive passive or a pronominal verb)
or an object clitic, and not for a company noun with no other subject ("la empresa, que
vendió a Norvale", where "a Norvale" may be what was sold).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.longform import apposed_name
from kg.deals.syntax import ACCUSATIVE_CLITICS, case_of
from kg.deals.units import SUBSIDIARY_NOUNS
from kg.deals.words import ASSET_NOUNS, COMPANY_NOUNS, OBJ_DEPS, STAKE_NOUNS, UNIT_NOUNS
from kg.doc import doc_lang

RELATIVE_DEPS = ("acl", "relcl", "acl:relcl")
# What a business sells or buys as a thing, not as a company (``UNIT_NOUNS``,
# ``ASSET_NOUNS``, ``STAKE_NOUNS`` of the deal lexicon).
THINGS_SOLD = UNIT_NOUNS | ASSET_NOUNS | STAKE_NOUNS


@dataclass(frozen=True)
class RelativeObject:
    """The reading of a relative clause whose "que" is the object."""

    relative: Token  # "que", parsed as a subject
    subjects: tuple[Token, ...]  # the verb's true subjects (none: left unsaid)
    object: Token  # what "que" stands for: the name in apposition, or the noun itself
    sides: tuple[Token, ...] = ()  # "a Y" parsed as objects: sold to, or bought from


def relative_object(
    ctx: Context, tok: Token, kind: str, subj: list[Token]
) -> RelativeObject | None:
    """The reading of ``tok``, a Spanish verb of buying or selling with subjects
    ``subj``, as the verb of a relative clause whose "que" is its object (see the
    module's docstring); None when "que" is its subject or there is no such clause."""
    if doc_lang(tok.doc) != "es" or kind not in ("acquire", "sell"):
        return None
    noun = tok.head
    if tok.dep_ not in RELATIVE_DEPS or noun.pos_ not in ("NOUN", "PROPN") or noun.i > tok.i:
        return None
    relative = [s for s in subj if s.lower_ == "que" and noun.i < s.i < tok.i]
    if len(relative) != 1 or _clitic(tok):
        return None
    others = tuple(s for s in subj if s is not relative[0])
    if others and not all(ctx.np_entities(s) for s in others):
        return None
    # (an "object" with a preposition is an oblique misread: "por 45 millones")
    own = [c for c in tok.children
           if c.dep_ in OBJ_DEPS and case_of(c) is None and c.lower_ != "que"
           and c.i not in ctx.tok_amount]
    if (thing := _thing_above(ctx, noun)) is not None:
        # (a name right after the verb the parser made its object is its subject: "la
        # planta, que compró Norvale Ibérica a Grupo Alcesa")
        if not all(c.i > tok.i and c.pos_ == "PROPN" and ctx.np_entities(c) for c in own):
            return None
        if others or own or (_other_side(ctx, tok) and not _agentive(thing)):
            return RelativeObject(relative[0], (*others, *own), thing, _sides(tok))
        return None
    if not own and any(s.i < tok.i for s in others):
        return RelativeObject(relative[0], others, apposed_name(noun), _sides(tok))
    return None


def _clitic(tok: Token) -> bool:
    """Whether a "se" or an object clitic takes the object's place ("que la vendió",
    "que se vendió")."""
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in (*ACCUSATIVE_CLITICS, "se"):
        return True
    return any(c.lower_ == "se" for c in tok.children)


def _thing_above(ctx: Context, noun: Token) -> Token | None:
    """The thing sold that the relative clause tells of: ``noun`` itself, or the noun
    it completes when the parser hangs the clause on the last word of the phrase ("su
    red de fibra en Jaén, que venderá a Y": "Jaén" → "red"); None when neither is."""
    cur = noun
    for _ in range(3):
        if _thing_sold(ctx, cur):
            return cur
        if cur.dep_ != "nmod" or ctx.np_entities(cur) or cur.head.pos_ != "NOUN":
            return None
        cur = cur.head
    return None


def _thing_sold(ctx: Context, noun: Token) -> bool:
    """A common noun of a part of a business, a property or a stake, naming no company
    ("negocio", "planta", "participación"; not "empresa" nor a name)."""
    lemma, word = noun.lemma_.lower(), noun.lower_
    return (
        noun.pos_ == "NOUN"
        and noun.i not in ctx.tok_ent
        and (lemma in THINGS_SOLD or word in THINGS_SOLD)
        and lemma not in COMPANY_NOUNS
    )


def _agentive(noun: Token) -> bool:
    """A subsidiary, a division, a unit: a part of a business that is a company of its
    own and may buy or sell ("su filial, que compró a Y en 2019" may tell that the
    subsidiary bought Y)."""
    return noun.lemma_.lower() in SUBSIDIARY_NOUNS or noun.lower_ in SUBSIDIARY_NOUNS


def _other_side(ctx: Context, tok: Token) -> bool:
    """Whether the verb names a company with "a": the one sold to, or bought from."""
    return any(
        case_of(c) == "a" and ctx.np_entities(c)
        for c in tok.children if c.dep_ in ("obl", "obj", "iobj", "nmod", "obl:arg")
    )


def _sides(tok: Token) -> tuple[Token, ...]:
    """The verb's objects marked by "a" ("que compró en 2010 a Y"): with "que" its
    object, each is the one it was sold to or bought from, not what was bought."""
    return tuple(c for c in tok.children if c.dep_ in OBJ_DEPS and case_of(c) == "a")
