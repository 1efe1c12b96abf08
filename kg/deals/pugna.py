"""Spanish takeover bids told without the company they are for (a "pugna" por una cotizada).

A takeover contest names its target once and then tells its bids by the bidder alone:
"Brixton lanzó una OPA de 900 millones", "Farbwerk prepara una contraoferta", "su
oferta pública de adquisición sobre el fabricante de pinturas", "una oferta competidora
de Farbwerk", "el consejo rechazó una oferta de Farbwerk". Each is a bid by that company
for the company in play: the one the bid's own description stands for, else the target
of the takeover told before, else the company the article is about
(``parties:bid-in-play``). Its status comes from the usual rules; a bid made is
announced, never a takeover done.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.deals.context import Context
from kg.deals.frames import _bidders
from kg.deals.mention import Mention
from kg.deals.refer import governing_subject, resolve_np, topic_before, unsaid_subject
from kg.deals.rivals import _in_play, tender_near
from kg.deals.status import set_status
from kg.deals.syntax import feat, is_definite, subjects
from kg.deals.tacit import owners_company, settled_topic
from kg.deals.words import BID_VERBS_ES, OFFER_RECEIVERS, ORGAN_NOUNS
from kg.doc import token_lemma_lowers, token_lowers
from kg.facts import EntityRef
from kg.lexicon import LEXICON

# Spanish bid nouns that are always a bid for a company (an OPA, a counter-bid), and
# the offer nouns that are one only when the sentence says so.
_TAKEOVER_BIDS = LEXICON.words("takeover_bids_es")
_OFFERS = LEXICON.words("bid_offers_es")
# Adjectives of a bid in a contest.
_CONTEST_WORDS = LEXICON.words("bid_contest_words_es")
_RAISING_VERBS = LEXICON.words("bid_raising_verbs_es")
_PURPOSES = LEXICON.words("bid_purpose_nouns_es")
# A tender for a contract, a licence or spectrum: a bid there is for the work.
_TENDER_WORDS = LEXICON.words("tender_words_es")


def bids_in_play(
    ctx: Context, sent: SpacySpan, ms: list[Mention], before: list[Mention], si: int
) -> list[Mention]:
    """The sentence's Spanish bids with no target named: a bid read with only its
    bidder gets the company its description stands for; a bid noun no frame read ("una
    oferta competidora de X", "su oferta pública de adquisición") is a new bid by its
    bidder for the company in play. Returns the new mentions."""
    if ctx.lang != "es" or not _bid_word_in(ctx, sent, ms):
        return []
    if tender_near(ctx, si, _TENDER_WORDS):
        return []
    _targets_of_bids_read(ctx, ms, before)
    told = {m.trigger for m in ms} | {
        c.i for m in ms for c in ctx.doc[m.trigger].children if c.dep_ == "appos"
    }
    made: list[Mention] = []
    for tok in sent:
        if tok.i in told or not _is_bid(tok) or not _bid_in_contest(ctx, tok):
            continue
        bidders = [x for x in _bid_makers(ctx, tok) if x.kind == "org"]
        if any(m.type == "Acquisition" and m.parties() & set(bidders) for m in ms + made):
            continue  # the bidder's bid is told in the sentence already
        target = _bid_target(ctx, tok, before + ms + made, set(bidders)) if bidders else None
        sought, rule = [("target", target)] if target is not None else [], "parties:bid-in-play"
        if not sought and bidders and _called_rival(tok):
            sought, rule = _lede_sale(ctx, before, set(bidders)), "parties:bid-for-lede-deal"
        if not sought:
            continue
        m = Mention(
            type="Acquisition", roles=[("acquirer", x) for x in bidders], sent=si,
            evidence=ctx.sentence_evidence(si), trigger=tok.i, kind="offer",
            rules=[f"frame:bid_es({tok.lemma_.lower()})", rule],
        )
        for role, x in sought:
            m.add_role(role, x)
        _same_bid_told(m, before)
        # a rival's bid in the same sentence as another bidder's is a deal of its own
        m.distinct = any(
            ("target", target) in o.roles and not o.parties() & set(bidders) for o in ms + made
        )
        set_status(m, tok, True)
        if m.status == "Completed":
            m.status = "Announced"  # a bid made or improved: the contest is still open
            m.rules.append("status:Announced<-bid-made")
        _outbid(ctx, m, before)
        made.append(m)
        told |= {c.i for c in tok.children if c.dep_ == "appos"}
    return made


def _targets_of_bids_read(ctx: Context, ms: list[Mention], before: list[Mention]) -> None:
    """A bid the frames read with its bidder alone gets the company its description
    stands for, or, for a counter-bid, the company in play (such a bid is often told
    in background, "la OPA de 2019")."""
    for m in ms:
        tok = ctx.doc[m.trigger]
        if m.type != "Acquisition" or not _is_bid(tok) or _offer_of_goods(ctx, tok):
            continue
        _bidder_read_as_target(ctx, m, tok)
        if {r for r, _ in m.roles} == {"acquirer"}:
            target = _described(ctx, _bid_args(ctx, tok), m.parties())
            if target is None and _counter_bid(tok):
                target = _in_play_target(ctx, tok, before, m.parties())
            if target is not None:
                m.add_role("target", target)
                m.rules.append("parties:bid-in-play")
                _same_bid_told(m, before)


# How many sentences may open an article before the deal its story is about is told.
_LEDE_SENTENCES = 4


def _called_rival(tok: Token) -> bool:
    """ "una oferta competidora", "una oferta (no) vinculante", "una contraoferta": a
    bid that says by its own words it competes in a sale or a takeover contest."""
    return _counter_bid(tok) or any(
        c.lower_ in _CONTEST_WORDS or c.lemma_.lower() in _CONTEST_WORDS
        for c in tok.children if c.dep_ == "amod"
    )


def _lede_sale(
    ctx: Context, before: list[Mention], bidders: set[EntityRef]
) -> list[tuple[str, EntityRef]]:
    """ "X lanzó una OPA sobre Y ... [ten sentences on] ... Z estudia presentar una
    oferta competidora", "X ha vendido su hotel a W ... La socimi Z también presentó una
    oferta vinculante": a bid that calls itself a rival's or binding, with nothing said
    of what it is for and no takeover in play near it, competes for the deal the
    article opened with (its first takeover or sale, told in the lede): for its target
    and from its seller, those of them that are companies. None when a bidder is a
    party of that deal, or the lede tells no such deal."""
    lede = next((m for m in before if m.type == "Acquisition" and len(m.parties()) >= 2), None)
    if lede is None or lede.sent >= _LEDE_SENTENCES or lede.parties() & bidders:
        return []
    exclude = bidders | set(ctx.not_parties) | set(ctx.reporters)
    sought: list[tuple[str, EntityRef]] = []
    for role in ("target", "seller"):
        found = [x for r, x in lede.roles if r == role and x.kind == "org" and x not in exclude]
        if len(found) == 1:
            sought.append((role, found[0]))
    return sought


def _outbid(ctx: Context, m: Mention, before: list[Mention]) -> None:
    """ "X adquirirá el 100 % de Y. La socimi Z también presentó una oferta vinculante":
    a bid for a company another buyer has already agreed to take (a purchase told
    before, announced or done, that is itself no bid) is the offer the sale did not
    take: a deal of its own, cancelled (``status:Cancelled<-outbid``). A bid beside
    another bid (a takeover contest still open) keeps its stage."""
    # (what is bid for: the company, or what its seller sells, kg.deals.pugna._lede_sale)
    sought = next(((r, x) for r, x in m.roles if r in ("target", "seller")), None)
    bidders = {x for role, x in m.roles if role == "acquirer"}
    for b in reversed(before):
        if b.type != "Acquisition" or sought not in b.roles:
            continue
        buyers = {x for role, x in b.roles if role == "acquirer"}
        if b.status not in ("Announced", "Completed") or not buyers or buyers & bidders \
                or _is_bid(ctx.doc[b.trigger]) or b.kind == "offer":
            return
        m.status, m.status_explicit, m.distinct = "Cancelled", True, True
        m.rules.append("status:Cancelled<-outbid")
        return


def _same_bid_told(m: Mention, before: list[Mention]) -> None:
    """A bid told again by its bidder ("X mejoró su oferta hasta 16 euros") is the bid
    told before for the same company, not another deal: a new price it states is
    left to that one's money rather than split the deal in two."""
    if any(m.parties() <= b.parties() and b.type == "Acquisition" for b in before):
        m.amount = None
        m.valuation = None


def _bidder_read_as_target(ctx: Context, m: Mention, tok: Token) -> None:
    """ "X lanzó una OPA sobre la compañía": a bid whose only party is the subject of
    the verb that makes it, read as the target through the description; the subject
    is the bidder, and the description stands for another company."""
    if {r for r, _ in m.roles} != {"target"} or tok.head.lemma_.lower() not in BID_VERBS_ES:
        return
    makers = set(governing_subject(ctx, tok, set()))
    if not m.parties() <= makers:
        return
    m.roles = [("acquirer", x) for _, x in m.roles]
    m.rules.append("parties:bidder-not-target")


def _bid_word_in(ctx: Context, sent: SpacySpan, ms: list[Mention]) -> bool:
    """A word that may be a bid (``_is_bid`` but for its part of speech) in ``sent`` or
    as the trigger of one of its mentions: read from the doc's word lists, before any
    Token is built (most sentences have none, and then no rule here can fire)."""
    lowers, lemmas = token_lowers(ctx.doc), token_lemma_lowers(ctx.doc)
    return any(
        lemmas[i] in _TAKEOVER_BIDS or lowers[i] in _TAKEOVER_BIDS or lemmas[i] in _OFFERS
        for i in (*range(sent.start, sent.end), *(m.trigger for m in ms))
    )


def _is_bid(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("NOUN", "PROPN") and (
        lemma in _TAKEOVER_BIDS or tok.lower_ in _TAKEOVER_BIDS or lemma in _OFFERS
    )


def _in_play_target(
    ctx: Context, tok: Token, before: list[Mention], bidders: set[EntityRef]
) -> EntityRef | None:
    """The target of the takeover in play (kg.deals.rivals), if no bidder's: a
    counter-bid answers a bid still open, never a purchase done ("en 2022 se quedó con
    Y ... X prepara una contraoferta" is no counter-bid for Y)."""
    open_bids = [m for m in before if m.type != "Acquisition" or m.status != "Completed"]
    target, _ = _in_play(ctx, open_bids, tok.sent.start)
    exclude = bidders | set(ctx.not_parties) | set(ctx.reporters)
    return target if target is not None and target not in exclude else None


def _counter_bid(tok: Token) -> bool:
    """ "una contraoferta", "una contraopa": a bid that answers one in play."""
    return tok.lemma_.lower().startswith("contra") or tok.lower_.startswith("contra")


def _public_offer(tok: Token) -> bool:
    """ "una oferta pública de adquisición": the words of a takeover bid in full (a
    public offer alone may be a listing's, "una oferta pública de acciones")."""
    return tok.lemma_.lower() in _OFFERS and any(
        c.lower_ in ("pública", "publica") for c in tok.children if c.dep_ == "amod"
    ) and any(
        c.dep_ == "nmod" and c.lemma_.lower() in _PURPOSES for c in tok.children
    )


def _takeover_bid(tok: Token) -> bool:
    """ "una OPA", "una contraoferta", "una oferta pública de adquisición": a bid that
    is only ever for a company."""
    return tok.lemma_.lower() in _TAKEOVER_BIDS or tok.lower_ in _TAKEOVER_BIDS or (
        _public_offer(tok)
    )


def _bid_in_contest(ctx: Context, tok: Token) -> bool:
    """A bid noun told as a bid in a contest: a takeover bid, or an offer that names no
    goods ("una oferta de fibra", "una oferta comercial") called a rival's
    ("competidora", "alternativa"), raised or withdrawn, or judged by a company's
    organ."""
    if _offer_of_goods(ctx, tok):
        return False
    if _takeover_bid(tok):
        return True
    if any(c.lower_ in _CONTEST_WORDS or c.lemma_.lower() in _CONTEST_WORDS
           for c in tok.children if c.dep_ == "amod"):
        return True
    head = tok.head.lemma_.lower()
    if tok.dep_ not in ("obj", "dobj", "nsubj", "nsubj:pass"):
        return False
    if head in OFFER_RECEIVERS:
        # judged by the company's organ ("el consejo rechazó una oferta de X"), or by
        # its owners ("la familia rechazó una oferta de X") when the lede tells of a
        # company for them to own (kg.deals.tacit.owners_company)
        return any(s.lemma_.lower() in ORGAN_NOUNS for s in subjects(tok.head)) \
            or bool(owners_company(ctx, tok, set()))
    return head in _RAISING_VERBS


def _offer_of_goods(ctx: Context, tok: Token) -> bool:
    """ "una oferta de fibra", "su oferta comercial", "una oferta de recompra de bonos":
    an offer of goods, services or a buy-back, named by a noun or an adjective that is
    no bidder, price or contest word."""
    for c in tok.children:
        # (a participle tells what was done with the offer, "presentada por X", not
        # what it offers)
        if c.dep_ == "amod" and c.lower_ not in _CONTEST_WORDS and c.lower_ not in (
            "pública", "publica"
        ) and not c.like_num and "Part" not in feat(c, "VerbForm"):
            return True
        if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i not in ctx.tok_amount \
                and not any(g.like_num for g in c.children) \
                and c.lemma_.lower() not in _PURPOSES and not ctx.np_entities(c) \
                and any(g.dep_ == "case" and g.lower_ == "de" for g in c.children):
            return True
    return False


def _bid_makers(ctx: Context, tok: Token) -> list[EntityRef]:
    """Who makes the bid: "de X", "presentada por X", "su oferta" of the clause's
    subject, the subject of a verb that makes or improves it ("X presentó una oferta
    competidora")."""
    found = _bidders(ctx, tok)
    if found:
        return found
    own = any(c.dep_ in ("det", "poss") and c.lower_ in ("su", "sus") for c in tok.children)
    if own or tok.head.lemma_.lower() in BID_VERBS_ES:
        return governing_subject(ctx, tok, set()) or _unsaid_bidder(ctx, tok)
    return []


def _unsaid_bidder(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "X lanzó en mayo una oferta por Y. El lunes retiró la oferta": the verb that
    makes or withdraws the bid, in the third person with its subject left unsaid
    (sujeto tácito), continues the subject of the sentence before (centering), which
    is the bidder. Only the bid's own verb, finite and with no subject of its own."""
    verb = tok.head
    if tok.dep_ not in ("obj", "dobj") or "3" not in feat(verb, "Person"):
        return []
    return unsaid_subject(ctx, verb, tok, set())


def _bid_args(ctx: Context, tok: Token) -> list[Token]:
    """What a bid is "sobre" or "por" (also when the parser hangs it on the verb that
    makes the bid: "mejoró su oferta sobre el fabricante"); a bare noun is a price per
    unit ("15 euros por acción"), not what the bid is for."""
    args = list(ctx.prep_args(tok))
    if tok.dep_ in ("obj", "dobj") and tok.head.pos_ == "VERB":
        args += [(p, a) for p, a in ctx.prep_args(tok.head) if a.i > tok.i]
    return [
        a for p, a in args if p in ("sobre", "por") and any(c.dep_ == "det" for c in a.children)
    ]


def _described(ctx: Context, args: list[Token], bidders: set[EntityRef]) -> EntityRef | None:
    """The company a definite description of the bid's stands for, never a bidder, a
    news agency or a source."""
    exclude = bidders | set(ctx.not_parties) | set(ctx.reporters)
    for arg in args:
        if arg.pos_ != "NOUN" or not is_definite(arg):
            return None  # "una oferta por un segundo bloque": for something else
        for x in resolve_np(ctx, arg, exclude):
            if x.kind == "org" and x not in exclude:
                return x
    return None


def _bid_target(
    ctx: Context, tok: Token, before: list[Mention], bidders: set[EntityRef]
) -> EntityRef | None:
    """The company a bid with no named target is for: a definite description it is
    "sobre" or "por" ("sobre el fabricante de pinturas"), else the takeover in play,
    else, for a public takeover offer or an offer a board judges, the settled topic or
    the one company told before. Never a bidder, a news agency or a source."""
    args = _bid_args(ctx, tok)
    if args:
        # "la puja por los derechos de emisión": for what it names
        return _described(ctx, args, bidders)
    target = _in_play_target(ctx, tok, before, bidders)
    if target is not None:
        return target
    owned = owners_company(ctx, tok, bidders)  # "la familia rechazó una oferta de X"
    if owned:
        return owned[0]
    # (a public offer is for a listed company, the one told; an offer judged, "el
    # consejo rechazó una oferta de X", for the one judging it; a counter-offer answers
    # a bid in play, or it is a union's in a pay talk; the bare acronym may be told in
    # background, "la OPA de 2019")
    if not _public_offer(tok) and tok.head.lemma_.lower() not in OFFER_RECEIVERS:
        return None
    return _topic(ctx, tok, bidders)


def _topic(ctx: Context, tok: Token, bidders: set[EntityRef]) -> EntityRef | None:
    """The company the article is about, settled before ``tok`` (kg.deals.tacit), or the
    one company told before it; never a bidder, a news agency or a source."""
    exclude = bidders | set(ctx.not_parties) | set(ctx.reporters)
    topic = settled_topic(ctx, tok, exclude) or _only_company_before(ctx, tok, exclude)
    return topic if topic is not None and topic.kind == "org" and topic not in exclude else None


def _only_company_before(ctx: Context, tok: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """The one organisation named before ``tok`` but ``exclude``, if only one."""
    named = {ref for start, ref in ctx.mention_starts if start < tok.i and ref.kind == "org"}
    named -= exclude
    if len(named) != 1:
        return None
    return topic_before(ctx, tok.i, exclude)
