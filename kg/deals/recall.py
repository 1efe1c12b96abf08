"""Constructions of rounds and bids told on news the rules were not tuned on.

Each function is one construction a reader of business news recognises, called from
the frame or the lexicon that owns the trigger (``kg.deals.frames``):

- a funding series named by its letter stands for its round: "X led the company's
  Series A", "X había liderado la serie A de la empresa" (``lettered_series``); a
  series inside a round's own phrase ("una ronda serie B", "a Series B round") is the
  round's label, not a second round. Where the English parser makes the letter the
  head of the phrase ("Tidebrook's Series A"), the letter carries the round's
  arguments (``series_head``).
- a percentage written with its sign fused to the number ("el 40% de X", one token,
  as "40 %" is two) is a part of a company as much as the spaced one
  (``fused_percentage``): a bid for it is a bid for a stake.
- "the same 40%", "el mismo 40%", "la misma participación": a stake told again is the
  stake of the last stake deal told, held in the same company and sold by the same
  holder; a bid for it by another bidder is another bid for that stake
  (``same_stake``, ``stake_told_again``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.syntax import is_verbal
from kg.deals.words import FUNDING_NOUNS, OBJ_DEPS, STAKE_NOUNS

# The nouns of a funding series ("serie A", "Series B").
SERIES_NOUNS = frozenset({"serie", "series"})


def _series_letter(tok: Token) -> Token | None:
    """The letter that labels a series: the next word, one capital letter A-H ("serie
    A", "Series B"); the parser often reads the Spanish letter "A" as a preposition."""
    if tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    # the tokenizer keeps a sentence's last full stop on a capital letter ("Series A.")
    text = nxt.text[:-1] if nxt.text.endswith(".") else nxt.text
    return nxt if len(text) == 1 and "A" <= text <= "H" else None


def series_head(tok: Token) -> Token | None:
    """The letter that heads a series noun's phrase in the English parse ("led
    Tidebrook's Series A", "the Series A of X": the possessor and the "of" hang on the
    letter), unless the letter itself only labels another noun ("a Series A round")."""
    if tok.lower_ not in SERIES_NOUNS:
        return None
    letter = _series_letter(tok)
    if letter is None or tok.head.i != letter.i or letter.dep_ in ("compound", "nmod", "amod"):
        return None
    return letter


def lettered_series(tok: Token) -> bool:
    """A series noun states a round of its own only when a letter labels it and no
    other round noun holds it as its label: "lideró la serie A de X" is a round, "una
    serie de compras", "a series of deals" are none, and in "una ronda de inversión
    serie B", "a Series B round", "Series C funding" the round noun states the round."""
    if tok.lower_ not in SERIES_NOUNS:
        return True
    letter = _series_letter(tok)
    if letter is not None and tok.head.i == letter.i:
        # "the Series A of X": the English parser heads the phrase with the letter,
        # which then carries the round's arguments
        return series_head(tok) is not None
    if letter is None:
        return False
    near = [tok.head, *tok.children, tok.doc[tok.i - 1] if tok.i > 0 else tok]
    if letter.i + 1 < len(tok.doc):
        near.append(tok.doc[letter.i + 1])
    near += [letter.head, *letter.children]
    rounds = FUNDING_NOUNS - SERIES_NOUNS
    return not any(
        t.i != tok.i and (t.lemma_.lower() in rounds or t.lower_ in rounds) for t in near
    )


def fused_percentage(tok: Token) -> bool:
    """ "40%", "12,5%": a number and its percent sign written as one token."""
    text = tok.text
    if len(text) < 2 or not text.endswith("%"):
        return False
    digits = text[:-1].replace(",", "").replace(".", "")
    return digits.isdigit()


# Words that tell a thing again: "el mismo 40%", "the same stake".
SAME_WORDS = frozenset({"mismo", "misma", "same"})


def same_stake(tok: Token) -> bool:
    """ "el mismo 40%", "the same 40% stake", "la misma participación": a part of a
    company marked as the one told before (no company of its own)."""
    part = (
        fused_percentage(tok) or tok.lemma_.lower() in STAKE_NOUNS
        or any(c.text == "%" for c in tok.children)
    )
    return part and any(t.lower_ in SAME_WORDS for t in tok.subtree if t.i < tok.i)


def _stake_args(ctx: Context, tok: Token) -> list[Token]:
    """The "por" / "for" arguments of a deal noun, also where the parser hangs them on
    the verb the noun is the object of."""
    args = list(ctx.prep_args(tok))
    if tok.dep_ in OBJ_DEPS and is_verbal(tok.head):
        args += [(p, a) for p, a in ctx.prep_args(tok.head) if a.i > tok.i]
    return [a for p, a in args if p in ("por", "for", "sobre")]


def stake_told_again(
    ctx: Context, ms: list[Mention], before: list[Mention], si: int
) -> None:
    """ "X negocia la compra del 40% de Y ... Z retiró una oferta por el mismo 40%": a
    bid for the stake told again is a bid for a stake in the same company, from the
    same seller (parties:same-stake)."""
    for m in ms:
        roles = {role for role, _ in m.roles}
        if roles & {"target", "investee"} or not roles & {"acquirer", "investor"}:
            continue
        tok = ctx.doc[m.trigger]
        if not any(same_stake(a) for a in _stake_args(ctx, tok)):
            continue
        prior = next(
            (p for p in reversed(before) if p.type == "Investment"
             and any(role == "investee" for role, _ in p.roles)),
            None,
        )
        if prior is None:
            continue
        m.type = "Investment"
        m.roles = [("investor" if role == "acquirer" else role, x) for role, x in m.roles]
        for role, x in prior.roles:
            if role in ("investee", "seller") and x not in m.parties():
                m.add_role(role, x)
        m.rules.append("parties:same-stake")
