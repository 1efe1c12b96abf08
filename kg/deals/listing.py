"""Investors named in a company's listing (English): a SPAC merger's PIPE, an IPO's
cornerstone or anchor tranche.

"a $150 million PIPE anchored by A and B", "backed by a PIPE from A and B",
"cornerstone investors A and B agreed to buy $80 million of the shares", "A and B
signed up as anchor investors": each names investors in the company going public,
which the sentence rarely names again. That company is the one the article says
goes public ("X agreed to go public by merging with ...", "X's IPO", "X will list in
Hong Kong") in the sentence or the three before, else the discourse topic
(``parties:listing-investors``).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.refer import resolve_np
from kg.deals.status import set_status
from kg.deals.syntax import subjects
from kg.deals.tacit import settled_topic
from kg.deals.words import (
    ANCHOR_VERBS,
    CORNERSTONE_WORDS,
    GOING_PUBLIC_VERBS,
    LISTING_WORDS,
    PUBLIC_EQUITY_WORDS,
)
from kg.doc import token_lemma_lowers, token_lowers, token_texts
from kg.facts import EntityRef

# The listing nouns whose possessor goes public ("X's IPO", "the flotation of X").
_LISTINGS = frozenset({"ipo", "listing", "flotation", "debut", "offering"})


def listing_investors(
    ctx: Context, sent: SpacySpan, ms: list[Mention], si: int
) -> list[Mention]:
    """The sentence's listing investors: a PIPE's or a cornerstone tranche's investors
    invest in the company going public; an investment of the sentence with investors
    and no investee, told with a PIPE or a cornerstone, too."""
    if ctx.lang != "en" or not _tells_listing_money(sent):
        return []
    made: list[Mention] = []
    found: dict[int, list[EntityRef]] = {}
    for tok in sent:
        investors = _pipe_investors(ctx, tok) + _cornerstones(ctx, tok)
        if investors:
            found[tok.i] = list(dict.fromkeys(x for x in investors if x.kind == "org"))
    open_ms = [m for m in ms if m.type == "Investment"
               and {role for role, _ in m.roles} == {"investor"}]
    if not found and not open_ms:
        return []
    told = {x for refs in found.values() for x in refs} | {x for m in open_ms
                                                           for x in m.parties()}
    company = _going_public(ctx, sent, si, told)
    if company is None:
        return []
    for m in open_ms:
        m.add_role("investee", company)
        m.rules.append("parties:listing-investors")
    if len(open_ms) > 1:
        # "cornerstone investors A and B": one tranche, told by one holder noun each
        for m in open_ms[1:]:
            for ref in m.parties():
                open_ms[0].add_role("investor", ref)
        ms[:] = [m for m in ms if m not in open_ms[1:]]
    covered = {x for m in ms if m.type == "Investment" for x in m.parties()}
    for i, investors in found.items():
        investors = [x for x in investors if x not in covered and x != company]
        if not investors:
            continue
        for other in ms:
            # "The deal is backed by a PIPE from A": the investors are the PIPE's, not
            # the merger's that "the deal" refers back to
            other.roles = [(role, x) for role, x in other.roles if x not in investors]
        tok = ctx.doc[i]
        m = Mention(
            type="Investment", roles=[("investor", x) for x in investors], sent=si,
            evidence=ctx.sentence_evidence(si), trigger=i, kind="invest",
            rules=[f"frame:listing({tok.lower_})", "parties:listing-investors"],
        )
        m.add_role("investee", company)
        m.amount = next((ctx.tok_amount[t.i] for t in tok.subtree
                         if t.i < tok.i and t.i in ctx.tok_amount), None)
        set_status(m, tok, True)
        covered |= set(investors)
        made.append(m)
    return made


def _tells_listing_money(sent: SpacySpan) -> bool:
    """A PIPE or a cornerstone / anchor investor is told in the sentence."""
    if not _may_tell_listing_money(sent):
        return False
    return any(
        _is_pipe(t) or (t.lower_ in CORNERSTONE_WORDS and t.i + 1 < len(t.doc)
                        and t.nbor().lemma_.lower() in ("investor", "investment", "tranche"))
        for t in sent
    )


def _may_tell_listing_money(sent: SpacySpan) -> bool:
    """Whether a word of the sentence is one that ``_tells_listing_money`` needs (a
    PIPE's, "investment", a cornerstone word): read from the doc's word lists, without
    a Token per word, since most sentences have none."""
    doc = sent.doc
    texts, lowers, lemmas = token_texts(doc), token_lowers(doc), token_lemma_lowers(doc)
    return any(
        texts[i].rstrip("s") in PUBLIC_EQUITY_WORDS or lemmas[i] == "investment"
        or lowers[i] in CORNERSTONE_WORDS
        for i in range(sent.start, sent.end)
    )


def _is_pipe(tok: Token) -> bool:
    """ "PIPE", "a private investment in public equity": written in capitals (a pipe
    is also a tube), or spelt out."""
    if tok.text.rstrip("s") in PUBLIC_EQUITY_WORDS:
        return True
    return tok.lemma_.lower() == "investment" and any(
        t.lower_ == "equity" and t.head.lower_ == "in" and t.head.head.i == tok.i
        for t in tok.subtree
    ) and any(c.lower_ == "private" for c in tok.children)


def _pipe_investors(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "a PIPE anchored by A and B", "a PIPE from A", "a private investment in public
    equity, or PIPE, led by A": the agents of a participle of backing on the PIPE
    (or on the phrase it restates), and its "from"."""
    if not _is_pipe(tok):
        return []
    heads = [tok]
    if tok.dep_ in ("conj", "appos") and _is_pipe(tok.head):
        return []  # the phrase it restates is read instead
    heads += [c for c in tok.children if c.dep_ in ("conj", "appos") and _is_pipe(c)]
    found: list[EntityRef] = []
    for head in heads:
        for prep, arg in ctx.prep_args(head):
            if prep == "from":
                found += ctx.np_entities(arg)
        for c in head.children:
            if c.dep_ in ("acl", "amod") and c.lemma_.lower() in ANCHOR_VERBS:
                found += [x for p, a in ctx.prep_args(c) if p == "by"
                          for x in ctx.np_entities(a)]
    return found


def _cornerstones(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "cornerstone investors A and B", "A, an anchor investor", "A and B signed on
    as cornerstone investors": the names an investor noun of a listing describes."""
    if tok.lemma_.lower() != "investor" or not any(
        c.lower_ in CORNERSTONE_WORDS for c in tok.children if c.i < tok.i
    ):
        return []
    found: list[EntityRef] = []
    for c in tok.children:
        if c.dep_ in ("appos",) or (c.dep_ == "compound" and c.i > tok.i):
            found += ctx.np_entities(c)
        elif c.dep_ == "prep" and c.lower_ in ("including", "such"):
            found += [x for g in c.subtree if g.dep_ == "pobj" for x in ctx.np_entities(g)]
    if tok.dep_ == "appos":
        found += ctx.np_entities(tok.head)
    if tok.dep_ == "attr" or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
        verb = tok.head if tok.dep_ == "attr" else tok.head.head
        found += [x for s in subjects(verb) for x in ctx.np_entities(s)]
    return found


def _going_public(
    ctx: Context, sent: SpacySpan, si: int, exclude: set[EntityRef]
) -> EntityRef | None:
    """The company the article says goes public, in this sentence or the three
    before; else the discourse topic (named at least twice, or the subject of the
    sentence before)."""
    for back in range(si, max(-1, si - 4), -1):
        for tok in ctx.sents[back]:
            for x in _lister(ctx, tok, exclude):
                return x
    return settled_topic(ctx, sent[0], exclude)


def _lister(ctx: Context, tok: Token, exclude: set[EntityRef]) -> list[EntityRef]:
    """ "X will list in Hong Kong", "X agreed to go public", "X's IPO", "the flotation
    of X": who goes public."""
    lemma = tok.lemma_.lower()
    refs: list[EntityRef] = []
    if tok.pos_ in ("VERB", "AUX") and (
        lemma in GOING_PUBLIC_VERBS
        or (lemma == "go" and any(c.lower_ == "public" for c in tok.children))
    ):
        verb = tok
        while not subjects(verb) and verb.dep_ in ("xcomp", "advcl", "conj") \
                and verb.head.i != verb.i:
            verb = verb.head  # "X has agreed to go public": the subject of "agreed"
        refs = [x for s in subjects(verb) for x in resolve_np(ctx, s, exclude)]
    elif tok.lower_ in _LISTINGS and tok.lower_ in LISTING_WORDS:
        refs = [x for c in tok.children if c.dep_ == "poss" for x in ctx.np_entities(c)]
        refs += [x for p, a in ctx.prep_args(tok) if p == "of" for x in ctx.np_entities(a)]
    return [x for x in refs if x.kind == "org" and x not in exclude]
