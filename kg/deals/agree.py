"""Agreement between a definite description and the organisations it may stand for.

A description says something of its referent: its trade ("the insurer", "la
tecnológica", "la firma de capital riesgo") or where it is from ("the Ohio-based
lender", "el grupo francés", "la entidad vasca"). An organisation the article has
described otherwise ("el despacho X", "the asset manager X", "la española X", "X, its
Boston rival") cannot be that referent, however salient it is; one the article says
nothing of stays a candidate. What kg knows of an organisation is read from its name
("Brightwell Insurance", "Caja Serrana") and from the words around its mentions: the
descriptor before it ("French rival X", "Germany's X", "la cordobesa X") and an
apposition or place after it ("X, the Dallas-based retailer,", "X of Columbus, Ohio").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.context import Context
from kg.entities import load_demonyms
from kg.entities.words import REGIONAL_DEMONYMS
from kg.facts import EntityRef
from kg.iri import fold
from kg.lexicon import LEXICON

# trade word → trade (deals.toml [trade_words]); place or demonym → one key for all
# its forms and languages (deals.toml [place_keys])
TRADE_WORDS = LEXICON.table("trade_words")
PLACE_KEYS = LEXICON.table("place_keys")

_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP"})


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(w.lower() for w in load_demonyms()) | {
        w.lower() for w in REGIONAL_DEMONYMS
    }


def place_key(word: str) -> str:
    """One key for a place and its demonyms, whatever the gender or language.

    >>> place_key("francesa") == place_key("French") == place_key("Francia")
    True
    """
    w = fold(word)
    if w in PLACE_KEYS:
        return PLACE_KEYS[w]
    return w[:-1] if len(w) > 4 and w[-1] in "ao" else w


@cache
def _trade_of(word: str) -> str | None:
    return TRADE_WORDS.get(fold(word))


def _profile(tokens: Iterable[Token]) -> tuple[set[str], set[str]]:
    """The trades and place keys said by ``tokens``."""
    trades: set[str] = set()
    places: set[str] = set()
    for t in tokens:
        for w in {t.lower_, t.lemma_.lower()}:
            trade = _trade_of(w)
            if trade:
                trades.add(trade)
        if t.lower_ in _demonyms() or fold(t.text) in PLACE_KEYS or (
            t.ent_type_ in _PLACE_ENTS and t.pos_ == "PROPN"
        ):
            places.add(place_key(t.text))
    return trades, places


def description_profile(tok: Token) -> tuple[set[str], set[str]]:
    """What a description says of its referent: the words of its noun phrase (the head,
    what stands before it, its adjectives and "de"-complements after it)."""
    words = list(tok.doc[tok.left_edge.i : tok.i + 1])
    for c in tok.rights:
        if c.dep_ in ("amod", "nmod", "compound", "flat"):
            words.extend(t for t in c.subtree if t.i - tok.i <= 5)
    return _profile(words)


def _mention_words(ctx: Context, ref: EntityRef) -> tuple[list[Token], list[Token]]:
    """The words of ``ref``'s mentions, and those of the noun phrase around them that
    describe it: its modifiers and appositions ("French rival X", "Germany's X", "X
    of Columbus, Ohio", "X, its Boston rival", "X, especializada en software"), and
    the descriptor noun it is apposed to ("la española X", "el banco vasco X")."""
    doc = ctx.doc
    names: list[Token] = []
    found: list[Token] = []
    for start, who in ctx.mention_starts:
        if who != ref:
            continue
        end = start
        while end + 1 < len(doc) and ctx.tok_ent.get(end + 1) == ref:
            end += 1
        span = doc[start : end + 1]
        names.extend(span)
        heads = [t for t in span if not start <= t.head.i <= end or t.head.i == t.i]
        for root in heads:
            holder = root.head
            if root.dep_ in _NAME_OF and holder.i < start and holder.pos_ in ("NOUN", "ADJ") \
                    and not any(c.dep_ == "case" for c in root.children):
                # "la española X", "el banco vasco X": the name in apposition to its
                # kind ("informó la aerolínea a la Bolsa X": a name after a preposition
                # is another argument, however the parser hangs it)
                found.append(holder)
                found.extend(_described_by(ctx, holder, ref))
            found.extend(_described_by(ctx, root, ref))
    return names, found


# the relations of a name to the kind noun it stands beside
_NAME_OF = frozenset({"appos", "flat", "compound", "nmod"})
# the relations of what describes a noun
_DESCRIBES = frozenset({"amod", "compound", "appos", "acl", "poss", "nmod", "prep", "npadvmod"})


def _described_by(ctx: Context, noun: Token, ref: EntityRef) -> list[Token]:
    """The words of the modifiers and appositions of ``noun`` (a few each), without
    other names and without relative clauses, which tell events, not kinds."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ not in _DESCRIBES or ctx.tok_ent.get(c.i) == ref or _relative(c):
            continue
        out.extend(
            t for t in c.subtree
            if abs(t.i - c.i) <= 6 and ctx.tok_ent.get(t.i, ref) == ref
        )
    return out


def _relative(clause: Token) -> bool:
    """ "X, que compró Y en 2021", "X, which bought Y": a clause with a relative pronoun
    (the Spanish parser hangs it as "acl")."""
    return clause.dep_ == "acl" and any(
        t.lower_ in ("que", "which", "who", "that", "quien", "cual") for t in clause.children
    )


def disagreeing(ctx: Context, tok: Token, candidates: Iterable[EntityRef]) -> set[EntityRef]:
    """The ``candidates`` a description cannot refer to, when another one fits it:
    those the article describes with another trade or place than the description's
    ("the insurer" is not "the asset manager X", "el grupo francés" not "la española
    X"), while another candidate has the description's, by its name or description
    ("Brightwell Insurance", "la francesa Y"). A name alone never rules a candidate
    out (a "... Bank" may be the fintech, a "... Tech" the telecom's arm); and when no
    candidate fits, the description says nothing kg can use and salience decides."""
    trades, places = description_profile(tok)
    if not trades and not places:
        return set()
    fits: dict[EntityRef, tuple[set[str], set[str]]] = {}
    said: dict[EntityRef, tuple[set[str], set[str]]] = {}
    for ref in set(candidates):
        if ref.kind != "org":
            continue
        names, described = _mention_words(ctx, ref)
        fits[ref] = _profile([*names, *described])
        said[ref] = _profile(described)
        # a place in the name is said of the company ("Vodafone España")
        said[ref][1].update(fits[ref][1])
    out: set[EntityRef] = set()
    for wanted, side in ((trades, 0), (places, 1)):
        if not wanted or not any(p[side] & wanted for p in fits.values()):
            continue
        out |= {ref for ref, p in said.items() if p[side] and not p[side] & wanted}
    return out


def says_other_trade(ctx: Context, tok: Token, ref: EntityRef) -> bool:
    """Whether ``ref``'s names or descriptions say a trade, and none of the trades the
    description ``tok`` says ("Fintrade Bank" for "the snack maker")."""
    trades, _ = description_profile(tok)
    names, described = _mention_words(ctx, ref)
    said, _ = _profile([*names, *described])
    return bool(said) and not said & trades


def last_sentence_fit(
    ctx: Context, tok: Token, candidates: Iterable[EntityRef]
) -> EntityRef | None:
    """A description that opens its sentence right after one naming a company of its
    trade is that company, when no other candidate says a trade at all: "The tie-up is a
    win for Z Capital. The activist fund, which ..." (Z, the only one the trade word
    "fund" fits; the merging companies before it say none). A candidate said to have
    another trade is for ``disagreeing``; two that fit leave it to salience."""
    trades, _ = description_profile(tok)
    si = ctx.sent_index(tok.i)
    if not trades or si == 0 or not _opens(tok, ctx.sents[si]):
        return None
    last = ctx.sents[si - 1]
    recent = {r for i, r in ctx.mention_starts if last.start <= i < last.end}
    fitting: list[EntityRef] = []
    others: set[EntityRef] = set()  # (said to have another trade)
    for ref in set(candidates):
        if ref.kind != "org":
            continue
        names, described = _mention_words(ctx, ref)
        said, _ = _profile([*names, *described])
        if said & trades:
            fitting.append(ref)
        elif said:
            others.add(ref)
    if not others and len(fitting) == 1:
        return fitting[0] if fitting[0] in recent else None
    # another trade said (not a choice between a fit and a blank), or two that fit:
    # the sentence just before names one company of the trade and none of another ("X's
    # managing director will join Y's board. The fund, which ...": X, whatever funds
    # the article named earlier; apart17)
    near = [r for r in fitting if r in recent]
    return near[0] if len(near) == 1 and not others & recent else None


def _opens(tok: Token, sent: SpacySpan) -> bool:
    """Whether ``tok``'s phrase opens ``sent``, an opening bracket or quote aside: "[The
    pension fund already owns ...]", an editor's note set in brackets (apart17)."""
    return all(t.is_punct for t in sent.doc[sent.start : tok.left_edge.i])


# "la empresa", "the company": a trading company, never an investment fund
_OPERATING_NOUNS = LEXICON.words("operating_company_nouns")


def funds_apart(ctx: Context, tok: Token, candidates: Iterable[EntityRef]) -> set[EntityRef]:
    """The ``candidates`` a plain "la empresa" / "the company" cannot refer to: those
    the article names or describes as an investment fund ("el fondo X", "X Capital",
    "the private equity firm X"), when another candidate is said to be no fund. The
    head noun of a description agrees with the kind of its referent: a fund invests in
    companies and is called "el fondo", "the firm", "the investor", not "la empresa"
    (so "el fondo X, que invirtió en la empresa hace años": the company is another)."""
    if tok.lemma_.lower() not in _OPERATING_NOUNS and tok.lower_ not in _OPERATING_NOUNS:
        return set()
    funds: set[EntityRef] = set()
    others = False
    for ref in set(candidates):
        if ref.kind != "org":
            continue
        names, described = _mention_words(ctx, ref)
        trades, _ = _profile([*names, *described])
        if "fund" in trades:
            funds.add(ref)
        else:
            others = True
    return funds if others else set()


def raisers_apart(ctx: Context, tok: Token, candidates: Iterable[EntityRef]) -> set[EntityRef]:
    """The ``candidates`` "the fund", "el fondo", "la gestora" cannot refer to: those
    the deals told so far name only as the company that took the money (an investee),
    while another candidate was told as an investor (``refer:fund-is-investor``). A
    description agrees with the part its referent plays in the story: "Morvel Health
    raised $85 million in a round led by Quillon Capital. Its chairman joins the
    board. The fund has already backed Tessary Labs": the fund is Quillon, not
    the company that raised the round, however recently named. A candidate whose name
    or description says it is a fund ("Fund X", "X Capital", "el fondo X") is never
    ruled out: a fund raises money too."""
    trades, _ = description_profile(tok)
    if trades != {"fund"}:
        return set()
    investors = {ref for role, ref in ctx.told_parties if role == "investor"}
    raisers = {ref for role, ref in ctx.told_parties if role == "investee"} - investors
    pool = set(candidates)
    if not raisers & pool or not investors & pool:
        return set()
    return {ref for ref in raisers & pool
            if "fund" not in _profile([*(w for ws in _mention_words(ctx, ref) for w in ws)])[0]}


_PUBLIC_HEADS = frozenset(fold(w) for w in LEXICON.words("public_body_heads"))
# What ends the head of a name and opens its complement ("Department of Labor").
_NAME_COMPLEMENT = frozenset({"of", "for", "de", "del", "para"})


def public_bodies_apart(tok: Token, candidates: Iterable[EntityRef]) -> set[EntityRef]:
    """The ``candidates`` a plain "the company" / "la empresa" cannot refer to: public
    bodies, by a head word of their name before its complement ("the Ohio Department
    of Labor", "Ministerio de Industria", "Tamworth Borough Council"). A department or a
    council is no trading company, however recently it was the subject ("X will build a
    mill. The county council gave it a grant. The company then agreed to buy power from
    Y": the company is X)."""
    if tok.lemma_.lower() not in _OPERATING_NOUNS and tok.lower_ not in _OPERATING_NOUNS:
        return set()
    return {ref for ref in candidates if ref.kind == "org" and _public_body(ref.name)}


def _public_body(name: str) -> bool:
    head: list[str] = []
    for word in fold(name).split():
        if word in _NAME_COMPLEMENT:
            break
        head.append(word)
    return any(w in _PUBLIC_HEADS for w in head)
