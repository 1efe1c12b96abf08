"""A Spanish plural that counts two ("ambas entidades", "ambos bancos", "las dos
cooperativas", or "ambas" alone) means the two organisations just coordinated.

"Las asambleas de A y de B aprobaron la fusión de ambas entidades", "El consorcio lo
forman A, con el 60 %, y B, con el 40 %. Ambas firmaron su acuerdo en abril",
"convenció a los accionistas de A y B de unir ambas entidades": the anaphor takes the
nearest antecedent of its number, a coordination of exactly two organisations earlier
in its sentence, else in the sentence before (after Hobbs 1978: the nearest phrase
that agrees). Without one, ``kg.deals.longform.the_parties`` reads it as the two
parties of the deal told last.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.mention import Mention
from kg.deals.syntax import feat
from kg.deals.words import ANNOUNCED, COMPANY_NOUNS, OBJ_DEPS, PAIR_NOUNS, PAIR_WORDS, REPORT_VERBS
from kg.entities.words import SPEECH_VERBS
from kg.facts import EntityRef

# The words that count two, and the nouns a pair of organisations goes by beyond the
# lexicon's pair nouns ("ambas entidades", "los dos bancos").
_BOTH = frozenset({"ambas", "ambos"})
# "ambas partes", "ambas compañías", "las dos empresas": the two sides of a deal (a
# deal told before, or one of the same sentence that a merger only completes: "X
# comprará Y y fusionará ambas compañías"); kg.deals.longform.the_parties reads them.
# The nouns of lenders and societies ("ambas entidades", "los dos bancos") name the
# pair just coordinated.
_SIDES_OF_DEALS = frozenset({
    "parte", "partes", "compañía", "compañías", "empresa", "empresas", "grupo", "grupos",
    "firma", "firmas", "company", "companies", "group", "groups", "firm", "firms",
    "party", "parties", "side", "sides",
})


def both_named(ctx: Context, tok: Token) -> list[EntityRef]:
    """The two organisations "ambas entidades" / "ambas" / "both banks" refers to: the
    last coordination of exactly two organisations before it, in its sentence or the
    one before; [] when the word does not count two or no such pair is told."""
    if not _counts_two(tok):
        return []
    si = ctx.sent_index(tok.i)
    told = _told_pair_sentence(ctx)
    for at in (si, si - 1):
        if at < 0 or (told is not None and told >= at):
            # the pair of a deal told as recently is as near ("Y compró X. Ambas
            # compañías ...": kg.deals.longform.the_parties)
            return []
        sent = ctx.sents[at]
        pair = _last_pair(ctx, sent.start, min(sent.end, tok.i))
        if pair:
            return pair
    return []


def pair_named_before(ctx: Context, tok: Token) -> list[EntityRef]:
    """The two organisations a plural that counts two refers to when no deal has been
    told and none were coordinated: the nearest stretch before it that names exactly two
    ("A carried 3 million passengers, and B 5 million. The two operators will merge",
    "A abrió una oficina. B contrató a 200 ingenieros. Las dos compañías firmaron una
    alianza"): its sentence up to it, then the sentences before, one at a time, until
    two are named; [] when that stretch names more (after Hobbs 1978: the nearest
    antecedent of its number). Not the subject of a verb that reports a clause: "X plans
    to invest in Y, both companies announced" tells its parties itself, and the pair is
    its source."""
    if len(ctx.told_pair) == 2 or not _counted_companies(tok) or _says(tok):
        return []
    si = ctx.sent_index(tok.i)
    start = tok.i
    for at in range(si, max(-1, si - 3), -1):
        start = ctx.sents[at].start
        named = list(dict.fromkeys(
            ref for i, ref in ctx.mention_starts
            if start <= i < tok.i and ref.kind == "org" and ref not in ctx.reporters
        ))
        if len(named) >= 2:
            return named if len(named) == 2 else []
    return []


def _says(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a verb of saying, reporting or announcing with
    no object of its own: its content is the clause it reports ("..., both companies
    announced", "..., informaron ambas empresas"); not "both companies announced a
    partnership"."""
    verb = tok.head
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and verb.lemma_.lower() in SPEECH_VERBS | REPORT_VERBS | ANNOUNCED
        and not any(c.dep_ in OBJ_DEPS for c in verb.children)
    )


def _counted_companies(tok: Token) -> bool:
    """ "las dos operadoras", "ambas empresas", "both companies", "the two carriers": a
    plural noun of companies or of a pair counted by a word of ``PAIR_WORDS``."""
    if tok.pos_ != "NOUN" or "Plur" not in feat(tok, "Number"):
        return False
    lemma = tok.lemma_.lower()
    if lemma not in PAIR_NOUNS and lemma not in COMPANY_NOUNS and tok.lower_ not in PAIR_NOUNS:
        return False
    # (the parser may hang "dos" on the article: "las dos empresas")
    return any(t.lower_ in PAIR_WORDS for t in tok.doc[tok.left_edge.i : tok.i])


def subject_pair_before(ctx: Context, tok: Token) -> list[EntityRef]:
    """The two organisations an English subject "they" continues: a subject coordinating
    exactly two of them in the sentence before ("A and B have been in talks for weeks.
    On Friday they agreed to merge"); [] otherwise (centering: a plural pronoun
    subject continues a plural subject)."""
    if ctx.lang != "en" or tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    si = ctx.sent_index(tok.i)
    if si == 0:
        return []
    sent = ctx.sents[si - 1]
    for head in sent:
        if head.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "conj" for c in head.children):
            pair = _last_pair(ctx, head.left_edge.i, head.right_edge.i + 1)
            if pair:
                return pair
    return []


def _told_pair_sentence(ctx: Context) -> int | None:
    """The sentence of the deal whose two parties ``kg.deals.longform.the_parties``
    would take, None when there is none."""
    if len(ctx.told_pair) != 2:
        return None
    sents = [s for s, ref in ctx.told_roles.values() if ref in ctx.told_pair]
    return max(sents) if sents else None


def _counts_two(tok: Token) -> bool:
    """ "ambas entidades", "los dos bancos", "both banks" (a plural pair noun counted by
    a word of ``PAIR_WORDS``), or a bare Spanish "ambas" / "ambos" standing for the noun
    phrase."""
    if tok.lower_ in _BOTH and tok.dep_ not in ("nummod", "det", "amod"):
        return True
    if tok.pos_ != "NOUN" or "Plur" not in feat(tok, "Number"):
        return False
    if tok.lemma_.lower() not in PAIR_NOUNS and tok.lower_ not in PAIR_NOUNS:
        return False
    if tok.lemma_.lower() in _SIDES_OF_DEALS or tok.lower_ in _SIDES_OF_DEALS:
        return False  # "ambas compañías", "both parties": left to the_parties
    # (the parser may hang "dos" on the article: "los dos bancos")
    before = tok.doc[tok.left_edge.i : tok.i]
    return any(t.lower_ in PAIR_WORDS for t in before)


def _last_pair(ctx: Context, start: int, end: int) -> list[EntityRef]:
    """The last coordination of exactly two organisations in tokens [start, end)."""
    for i in range(end - 1, start - 1, -1):
        head = ctx.doc[i]
        conj = [c for c in head.children if c.dep_ == "conj" and c.i < end]
        if not conj:
            continue
        refs = ctx.np_entities(head)
        others = {x for c in conj for x in ctx.np_entities(c)}
        if (
            len(refs) == 2 and len(set(refs)) == 2 and all(x.kind == "org" for x in refs)
            and bool(others)
        ):
            return refs
    return []


# Verbs that make a merger of a pair only with the pair as object ("unir ambas
# entidades", "unir los dos bancos"); "unir fuerzas", "unirse a un consorcio" join no
# companies into one (kg.deals.frames._combined).
PAIR_JOIN_VERBS = frozenset({"unir"})


def joins_pair(ctx: Context, verb: Token) -> bool:
    """ "convenció a los accionistas de A y B de unir ambas entidades": a join verb
    whose object counts the two organisations just coordinated."""
    return any(
        c.dep_ in ("obj", "dobj") and both_named(ctx, c) for c in verb.children
    )


def join_both(ctx: Context, m: Mention, verb: Token) -> None:
    """The two partners of "unir ambas entidades", whoever else the clause names: the
    subject the verb borrows from a noun it hangs on may be one of them."""
    if verb.lemma_.lower() not in PAIR_JOIN_VERBS:
        return
    for c in verb.children:
        if c.dep_ not in ("obj", "dobj"):
            continue
        for x in both_named(ctx, c):
            if x not in m.parties():
                m.add_role("partner", x)
                m.rules.append("parties:both-named")
