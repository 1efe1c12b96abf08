"""Assets that change hands with their owner left unsaid (English, session 16).

- "five Ontario hotels were sold to X for $122 million", "including five hotels sold
  to X in May", "Navrang Paints' coatings business was sold to X": a passive or
  participle sale of things (no company named as what is sold, but maybe as the
  possessor of a business) with its buyer and no agent is a sale by their owner: the
  possessor ("its hotels", "Navrang Paints' business"), the subject of the verb that
  governs the clause ("The trust has sold $610 million of assets, including ..."),
  else the company the article is about (``parties:assets-owner``);
- "the transfer of 40,000 policies from X to Y", "X will transfer its annuity book to
  Y": a book of business or assets transferred to a new owner is an asset sale (an
  Acquisition with its acquirer and its seller, as heldout10's Part VII transfer's gold
  has it), only with such a book or asset transferred (``book_transferred``), not
  staff, players nor money; a transfer noun "from" Y with no "to" is received by the
  subject of the verb that governs it ("X completed the transfer of the policies from
  Y", ``transfer_received``);
- "Quarnex ceded its stake in Velmont to Daskor", "Quarnex handed its Velmont unit to
  Daskor", "Quarnex transfirió su filial Velmont a Daskor": a verb of handing over is
  a sale verb (lexicon/deals.toml sell_v) only when what is handed over is a company,
  a stake, a unit, an asset or control (``handed_over``); not "ceded ground to Daskor", "handed
  Daskor a contract" (an award), "transfirió 5 millones a Daskor";
- "The 11 stores will go to X for about $38m": things that go (or pass) to a company
  for a price are bought by it, from the one named as saying it would sell them in
  the sentences before (``frame:assets-go-to``); with no such seller, nothing is read.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.refer import governing_subject, previous_subject, resolve_np
from kg.deals.status import set_status
from kg.deals.syntax import subjects
from kg.deals.tacit import settled_topic
from kg.deals.words import (
    ASSET_NOUNS,
    COMPANY_NOUNS,
    COMPLETED,
    CONTROL_WORDS,
    STAKE_NOUNS,
    UNIT_NOUNS,
)
from kg.facts import EntityRef
from kg.lexicon import LEXICON

# What a business transfers to a new owner as an asset sale (lexicon/deals.toml
# transferred_books, with the units and assets a sale takes).
_TRANSFERRED = LEXICON.words("transferred_books") | UNIT_NOUNS | ASSET_NOUNS


def book_transferred(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "the transfer of 40,000 policies from X to Y", "X transferred its mortgage book to
    Y": what is transferred (the noun's "of" phrase, the verb's object) is a book of
    business or an asset; not "the transfer of 200 staff", "transferred $5m to Y"."""
    things = [arg for prep, arg in ctx.prep_args(tok) if prep == "of"] if noun else [
        c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.lemma_.lower() in _TRANSFERRED or t.lower_ in _TRANSFERRED for t in things)


# Verbs of handing over (lexicon/deals.toml handover_verbs) and what they sell.
_HANDOVER_VERBS = LEXICON.words("handover_verbs")
_HANDED = STAKE_NOUNS | UNIT_NOUNS | ASSET_NOUNS | COMPANY_NOUNS


def handed_over(ctx: Context, tok: Token, noun: bool) -> bool:
    """ "Quarnex ceded its stake in Velmont to Daskor", "transfirió su filial Velmont a
    Daskor", "handed control of Velmont to Daskor": a verb of handing over sells only a
    company, a stake, a unit or an asset, its object (a proper name, or a noun of
    those), or control of a named company; not "ceded ground to Daskor", "handed Daskor
    a contract", "transfirió 5 millones a Daskor", "handed control of its board to
    Daskor". Other sale words pass."""
    if noun or tok.lemma_.lower() not in _HANDOVER_VERBS:
        return True
    # (not the Spanish parse's "obj" with a preposition, the receiver: "a Daskor")
    things = [
        c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass")
        and not any(g.dep_ == "case" for g in c.children)
    ]
    return any(
        t.pos_ == "PROPN" or t.lemma_.lower() in _HANDED or t.lower_ in _HANDED
        or (t.lemma_.lower() in CONTROL_WORDS and ctx.nested_entities(t))
        for t in things
    )


def transfer_received(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """ "Corvane completed the transfer of 30,000 policies from Milbrook Life": a transfer
    noun, object of a verb, whose "from" names where the book comes from and no "to"
    where it goes, is received by the subject of the verb of completion that governs it,
    its acquirer (a subject that hands the book over says where it goes: "Milbrook
    completed the transfer of its policies to Corvane"; and one who approves or blocks
    it is no party: "the court sanctioned the transfer of the policies from Y"). Always
    keeps the reading."""
    if tok.dep_ not in ("dobj", "obj") or tok.head.lemma_.lower() not in COMPLETED:
        return True
    preps = {p for p, a in ctx.prep_args(tok) if ctx.np_entities(a)}
    if "from" not in preps or "to" in preps or {r for r, _ in m.roles} != {"seller"}:
        return True
    receivers = [
        x for x in governing_subject(ctx, tok, m.parties()) if x.kind == "org"
    ]
    if len(receivers) == 1:
        m.add_role("acquirer", receivers[0])
        m.rules.append("parties:transfer-received")
    return True


# Verbs by which things go to a new owner ("will go to X", "will pass to X").
_GO_VERBS = frozenset({"go", "pass"})
_PASSIVE_DEPS = ("nsubjpass", "nsubj:pass")


def owner_of_assets(ctx: Context, ms: list[Mention]) -> None:
    """A passive or participle sale of things to a named buyer, with no seller: the
    seller is their owner (see the module docstring)."""
    if ctx.lang != "en":
        return
    for m in ms:
        if m.kind != "sell" or m.type != "Acquisition" or {r for r, _ in m.roles} != {"acquirer"}:
            continue
        verb = ctx.doc[m.trigger]
        things = _sold_things(ctx, verb)
        if not things:
            continue
        owner = _owner(ctx, things[0], verb, m.parties())
        if owner is not None:
            m.add_role("seller", owner)
            m.rules.append("parties:assets-owner")


def _sold_things(ctx: Context, verb: Token) -> list[Token]:
    """What a passive sale ("hotels were sold to X") or a participle ("hotels sold to
    X") sells, when it is a common noun naming no company."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return []
    if verb.dep_ in ("acl", "relcl") and not subjects(verb):
        things = [verb.head]
    else:
        things = [c for c in verb.children if c.dep_ in _PASSIVE_DEPS]
    return [
        t for t in things
        if t.pos_ == "NOUN" and not ctx.np_entities(t) and not _named_besides_owner(ctx, t)
        and not any(c.dep_ in ("agent",) for c in verb.children)
    ]


def _named_besides_owner(ctx: Context, thing: Token) -> bool:
    """Whether a company is named inside the noun phrase of ``thing``, other than the
    named possessor of a business, unit or division (``UNIT_NOUNS``): "Navrang Paints'
    coatings business was sold to X" sells a business that Navrang Paints owns
    (``_owner``); "Navrang's 20% stake" is a stake in Navrang. (Assets with a named
    possessor, "X's stores", were read so too, and made a false deal on a closed
    half, session 30.)"""
    named = ctx.nested_entities(thing)
    if thing.lemma_.lower() not in UNIT_NOUNS:
        return bool(named)
    owners = {r for c in thing.children if c.dep_ == "poss" for r in ctx.np_entities(c)}
    return any(r not in owners for r in named)


def _owner(ctx: Context, thing: Token, verb: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """Whose the things are: a possessor, the subject governing the clause, the topic."""
    for c in thing.children:
        if c.dep_ == "poss" and c.pos_ == "PRON":
            # "its hotels": the company the sentences before are about
            return previous_subject(ctx, thing, exclude) or settled_topic(ctx, thing, exclude)
        if c.dep_ == "poss":
            refs = [x for x in resolve_np(ctx, c, exclude) if x.kind == "org"]
            return refs[0] if refs else None
    above = thing.head if verb.dep_ in ("acl", "relcl") else verb.head
    if above.i != verb.i:
        refs = [x for x in governing_subject(ctx, above, exclude) if x.kind == "org"]
        if refs:
            return refs[0]
    return settled_topic(ctx, thing, exclude)


def assets_go_to(
    ctx: Context, sent: SpacySpan, before: list[Mention], si: int
) -> list[Mention]:
    """ "The 11 stores will go to X for about $38m": things going to a company for a
    price are its purchase from their seller (see the module docstring)."""
    if ctx.lang != "en":
        return []
    made: list[Mention] = []
    # (a Token only for the verbs of going)
    for verb in (ctx.doc[i] for i in ctx.among(sent, _GO_VERBS)):
        if verb.pos_ != "VERB":
            continue
        args = list(ctx.prep_args(verb))
        buyers = [x for p, a in args if p == "to" for x in ctx.np_entities(a) if x.kind == "org"]
        prices = [ctx.tok_amount[t.i] for p, a in args if p == "for"
                  for t in a.subtree if t.i in ctx.tok_amount]
        things = [s for s in subjects(verb) if s.pos_ == "NOUN" and not ctx.np_entities(s)]
        if len(buyers) != 1 or not prices or not things:
            continue
        seller = _seller_before(ctx, before, si, buyers[0])
        if seller is None:
            continue
        m = Mention(
            type="Acquisition", roles=[("acquirer", buyers[0]), ("seller", seller)], sent=si,
            evidence=ctx.sentence_evidence(si), trigger=verb.i, kind="acquire",
            rules=["frame:assets-go-to"],
        )
        m.amount = prices[0]
        set_status(m, verb, False)
        made.append(m)
    return made


def _seller_before(
    ctx: Context, before: list[Mention], si: int, buyer: EntityRef
) -> EntityRef | None:
    """The seller of a sale told in the sentences before with no buyer ("X promised to
    sell 11 stores"), when it is the subject of its verb (or of the verb above)."""
    for m in reversed(before):
        if si - m.sent > 6:
            break
        roles = {r for r, _ in m.roles}
        if m.kind == "sell" and roles == {"seller"}:
            seller = next(ref for r, ref in m.roles if r == "seller")
            named = governing_subject(ctx, ctx.doc[m.trigger], set())
            return seller if seller in named and seller != buyer and seller.kind == "org" else None
    return None
