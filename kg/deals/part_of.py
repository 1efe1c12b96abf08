"""A stake taken as part of a round (session 22, helper repeat).

"X took a minority stake in Y as part of a $40 million round led by Z", "X entró en Y
como parte de una ronda de 20 millones liderada por Z": the round is the round of the
company the stake is in, and X one of its investors. Read alone, the round takes the
verb's subject as the company that raises it (X), and the article gets two deals for
one, the second between the wrong pair. The round named under "as part of" / "como
parte de" the verb of the stake takes the stake's company as its investee
(``parties:round-of-stake``), and merging joins the two as one round (same sentence,
same company).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.facts import EntityRef

# The nouns of "as part of", "como parte de", "en el marco de", "dentro de" a round.
_PART_NOUNS = frozenset({"part", "parte", "marco"})


def round_of_stake(ctx: Context, ms: list[Mention]) -> None:
    """Give each round told as what a stake of its sentence is part of the stake's
    company as its investee."""
    stakes = [m for m in ms if m.type == "Investment" and _investees(m)]
    for r in ms:
        if r.type != "Investment" or not any(x.startswith("frame:round_n") for x in r.rules):
            continue
        verb = _verb_of_part(ctx.doc[r.trigger])
        if verb is None:
            continue
        stake = next((s for s in stakes if s is not r and _told_by(ctx, s, verb)), None)
        if stake is None or _investees(stake) == _investees(r):
            continue
        investors = {ref for role, ref in stake.roles if role == "investor"}
        if not investors & _investees(r):
            continue  # the round's company is not the stake's buyer: two deals, perhaps
        r.roles = [(role, ref) for role, ref in r.roles if role != "investee"]
        for ref in sorted(_investees(stake), key=lambda x: x.name):
            r.roles.append(("investee", ref))
        for ref in investors:
            r.add_role("investor", ref)
        r.rules.append("parties:round-of-stake")


def _investees(m: Mention) -> set[EntityRef]:
    return {ref for role, ref in m.roles if role == "investee"}


def _verb_of_part(round_: Token) -> Token | None:
    """The verb whose "as part of" / "como parte de" phrase names ``round_``: the round
    under "of"/"de" under "part"/"parte", under the verb (English "as part of" hangs
    "part" from "as")."""
    of = round_.head if round_.dep_ == "pobj" else round_
    if of.lower_ not in ("of", "de") and not any(
        c.dep_ == "case" and c.lower_ == "de" for c in round_.children
    ):
        return None
    part = of.head if of is not round_ else round_.head
    if part.lemma_.lower() not in _PART_NOUNS or part.i == round_.i:
        return None
    above = part.head.head if part.head.lower_ in ("as", "within") else part.head
    return above if above.pos_ in ("VERB", "AUX") and above.i != part.i else None


def _told_by(ctx: Context, stake: Mention, verb: Token) -> bool:
    """The stake is told by ``verb``, or by its object ("took a minority stake")."""
    trigger = ctx.doc[stake.trigger]
    return trigger.i == verb.i or trigger.head.i == verb.i
