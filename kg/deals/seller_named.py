"""Sellers the parser hangs away from the buying verb (session 44, issue #13).

- parties:from-on-described-part: "Holm Foods bought 30 percent of the bakery from
  Vesey Capital": with the part bought told by a percentage or a stake of a company
  described, not named, the parser hangs "from Vesey Capital" on the description ("the
  bakery"); a bakery taken from a company is not what is meant, the seller is the
  verb's.
- parties:from-on-bought-name: "Tarn Homes bought Ashby Mill from Corrin Estates": the
  parser hangs "from Corrin Estates" on the name bought; a name is not taken from
  anyone within its own phrase, the seller is the verb's (session 46).
- parties:owner-apposed-name: "Tostadores Ibar compró el 40 % de la tostadora a su
  dueño, Ramiro Alcón": the "a" phrase holds a role noun of ownership ("su dueño", "its
  owner") and the name set off after it by a comma is that owner; the parser hangs the
  name on the percentage, makes it the verb's object, or hangs the role noun with its
  name on the description of the part bought; the seller is the name.
  A role noun with no name after it ("a su fundador") names no party here.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.syntax import case_of
from kg.deals.words import STAKE_NOUNS

# Role nouns of those who own a company and so may sell it ("su fundador", "its owner")
OWNER_NOUNS = frozenset({
    "fundador", "fundadora", "fundadores", "cofundador", "cofundadora", "propietario",
    "propietaria", "propietarios", "dueño", "dueña", "dueños", "founder", "founders",
    "co-founder", "owner", "owners",
})

# Possessive determiners of a role noun ("su fundador", "its owner", "their founders")
_POSSESSIVES = frozenset({"su", "sus", "its", "their"})

def _part(tok: Token) -> bool:
    """ "55 percent", "a 40% stake", "51 per cent": a word naming a part of a company
    (``stake_nouns`` of lexicon/deals.toml, as the deal frames read a stake)."""
    return tok.lower_ in STAKE_NOUNS or tok.text.endswith("%")


def from_on_described_part(
    ctx: Context, objects: list[Token], frame: dict[str | None, str]
) -> Iterator[tuple[str, Token]]:
    """ "bought 30 percent of the bakery from Vesey Capital": the "from" phrase the
    parser hangs on an unnamed "of" complement of a part bought, when it names a
    company or a person (parties:from-on-described-part). Not "from the market", not
    "from 2019": they name no one."""
    if "from" not in frame:
        return
    for obj in objects:
        if not _part(obj):
            continue
        for p, of in ctx.prep_args(obj):
            if p != "of" or ctx.np_entities(of) or of.pos_ != "NOUN":
                continue
            for q, a in ctx.prep_args(of):
                if q == "from" and ctx.np_entities(a):
                    yield q, a


def from_on_bought_name(
    ctx: Context, objects: list[Token], frame: dict[str | None, str]
) -> Iterator[tuple[str, Token]]:
    """ "Tarn Homes bought Ashby Mill from Corrin Estates": the "from" phrase the parser
    hangs on a named object of a buying verb, when it names a company or a person
    (parties:from-on-bought-name). Not "from Texas" (a place names no party), not the
    "from" of a description set beside the name ("Ashby Mill, a spin-off from Y")."""
    if "from" not in frame:
        return
    for obj in objects:
        if obj.pos_ != "PROPN" or not ctx.np_entities(obj):
            continue
        for p, a in ctx.prep_args(obj):
            if p == "from" and a.head.head.i == obj.i and ctx.np_entities(a):
                yield p, a


# Dependencies that open a clause of its own below the verb
_CLAUSE_DEPS = frozenset({"acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj"})


def _in_verbs_phrases(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` hangs on ``verb`` through noun phrases alone (no clause of its
    own between them: "la panadería, que compró a su dueño, ..." is not)."""
    cur = noun
    while cur.i != verb.i:
        if cur.head.i == cur.i or cur.dep_.split(":")[0] in _CLAUSE_DEPS:
            return False
        cur = cur.head
    return True


def owner_apposed_name(ctx: Context, verb: Token) -> Iterator[tuple[str, Token]]:
    """ "compró el 40 % de la tostadora a su dueño, Ramiro Alcón": a role noun of
    ownership with a possessive, marked by "a", naming no one itself, and followed by a
    comma and a name; the name is the role noun's apposition wherever the parser hung
    it, and the role noun the verb's wherever the parser hung it (on the part bought,
    on its description) (parties:owner-apposed-name)."""
    doc = verb.doc
    for noun in doc[verb.i + 1 : verb.sent.end]:
        if noun.lower_ not in OWNER_NOUNS or noun.i in ctx.tok_ent or case_of(noun) != "a":
            continue
        if not any(c.lower_ in _POSSESSIVES for c in noun.children):
            continue
        if not _in_verbs_phrases(noun, verb):
            continue  # "..., que vendió su parte a su fundador, X": another clause's
        named = [c for c in noun.children if c.dep_ == "appos" and c.i in ctx.tok_ent]
        if named and noun.head.i != verb.i:
            yield "a", named[0]  # the parser's apposition, its noun hung on the part
            continue
        after = noun.right_edge.i + 1
        if after + 1 < verb.sent.end and doc[after].text == "," and after + 1 in ctx.tok_ent:
            yield "a", doc[after + 1]
