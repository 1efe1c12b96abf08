"""What a sentence attaches to the deals it tells: the nearest amount (a price or a
valuation), a term ("por cinco años"), a quantity (750 MW), and who reports it
("según fuentes de X", "X reported") with the words that hedge it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token
from text_to_num import text2num

from kg.deals.context import Context
from kg.deals.mention import PERIOD_RULE, Mention
from kg.deals.refer import previous_subject, resolve_np
from kg.deals.syntax import (
    case_of,
    direct_objects,
    feat,
    founding_verb,
    is_conditional,
    is_definite,
    is_verbal,
    modifier_clause,
    names_company,
    subjects,
    told_clause,
    tree_distance,
)
from kg.deals.words import (
    AGREEMENT_NOUNS,
    BACKREF_NOUNS,
    COMPANY_NOUNS,
    CONTRACT_VALUE_WORDS,
    DEAL_OUTCOME_VERBS,
    DURATION_PREPS,
    DURATION_UNITS,
    FUNDING_NOUNS,
    HEDGE_ADV,
    LENDING_VERBS,
    MEASURE_UNITS,
    NOT_PRICE_WORDS,
    OBJ_DEPS,
    OFFER_NOUNS,
    REPORT_VERBS,
    SOURCE_NOUNS,
    SUBJ_DEPS,
    TRIGGERS,
)
from kg.doc import covering_span, doc_text
from kg.entities.words import OUTLET_DESCRIPTORS, SPEECH_VERBS
from kg.facts import Amount, EntityRef
from kg.lexicon import LEXICON, alternation

# The money words of lexicon/deals.toml.
EARLIER_WORDS = LEXICON.words("earlier_words")
EARLIER_HEADS = LEXICON.words("earlier_heads") | OFFER_NOUNS | FUNDING_NOUNS
TOTAL_WORDS = LEXICON.words("total_words")
DEBT_WORDS = LEXICON.words("debt_words")
NET_WORDS = LEXICON.words("net_words")
PRICE_NOUNS = LEXICON.words("price_nouns")
CHOICE_VERBS = LEXICON.words("choice_verbs")
INCOME_VERBS = LEXICON.words("income_verbs")
RESULT_VERBS = LEXICON.words("result_verbs")
FUND_NOUNS = LEXICON.words("fund_nouns")
PRICE_NOT_OF = LEXICON.words("price_not_of")
# Seller's proceeds, partners' contributions, a stake told as a noun (see the file).
_PROCEEDS_VERBS = LEXICON.words("proceeds_verbs")
_SALE_NOUNS = LEXICON.words("sale_nouns")
_CONTRIBUTE_VERBS = LEXICON.words("contribute_verbs")
_PARTNER_WORDS = COMPANY_NOUNS | LEXICON.words("partner_words")
_STAKE_NOUNS = LEXICON.words("stake_worth_nouns")
_RUNNING_RE = re.compile(rf"\b(?:{alternation(LEXICON.words('running_total'))})\b")
_CONTINGENT_RE = re.compile(rf"\b(?:{alternation(LEXICON.words('contingent_words'))})\b")
_FUNDING_TOTAL_RE = re.compile(rf"\b(?:{alternation(LEXICON.words('funding_total'))})\b")
_FUNDING_TOTAL_REACH = 40  # characters either side of the figure
# What ends the stretch of a sentence a figure is told in.
_SEGMENT_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
# "market value", "valor de mercado", "valor bursátil": a company's worth on the market.
_MARKET_WORDS = frozenset({"market", "mercado", "bursátil", "bolsa", "stock"})
_VALUE_WORDS = frozenset({"value", "valor", "cap", "worth"})
# Prepositions that make a figure a price whatever it hangs from: "por 1.200 millones".
_PRICE_PREPS = frozenset({"por", "for"})
_PAY_VERBS = frozenset(
    w for kinds in TRIGGERS.values() for w in kinds.get("pay_v", ())
) | {"desembolsar", "spend"}
# "first" makes an offer an earlier one, not a round: "its first round" is this one.
_FIRST_WORDS = frozenset({"first", "primer", "primera", "original"})
_POSSESSIVES = frozenset({"its", "their", "his", "her", "su", "sus"})

# -- attribution -------------------------------------------------------------


_ATTRIBUTION_WORDS = frozenset({"según", "per", "according"})


def attribution(ctx: Context, sent: SpacySpan) -> tuple[EntityRef | None, str | None]:
    """Who reports the sentence ("según fuentes de X", "X reported") and the hedge."""
    reporter: EntityRef | None = None
    hedge: str | None = None
    if not ctx.has_cue(sent):
        return reporter, hedge
    lowers, lemmas = ctx.lowers, ctx.lemma_lowers
    for i in range(sent.start, sent.end):
        low = lowers[i]
        if low not in _ATTRIBUTION_WORDS and low not in HEDGE_ADV and \
                lemmas[i] not in REPORT_VERBS:
            continue  # (none of the tests below holds: no Token built)
        tok = ctx.doc[i]
        if low == "per" and not any(
            t.i in ctx.tok_ent for t in ctx.doc[tok.i + 1 : min(sent.end, tok.i + 3)]
        ):
            continue  # "$34 per share"
        if low in ("según", "per") or (low == "according" and tok.i + 1 < sent.end):
            reporter, hedge = _according_to(ctx, tok, sent, reporter, hedge)
        elif tok.lemma_.lower() in REPORT_VERBS and tok.pos_ == "VERB":
            reporter = _reporting_subject(ctx, tok) or reporter
        if low in HEDGE_ADV:
            hedge = tok.text
    if reporter is not None and not acts_in_story(ctx, reporter):
        ctx.reporters.add(reporter)
    return reporter, hedge


def acts_in_story(ctx: Context, ref: EntityRef) -> bool:
    """A company the article tells acting, not only reporting: named somewhere as
    the subject of a verb other than a reporting one ("Karoo reported a 9% rise ...
    Karoo sold its dairy arm"). It reports on itself and stays a candidate for the
    topic and for the "it" a later sentence continues; a source (a newspaper, a data
    firm, a regulator a filing was made to) is named only as one. News agencies and
    the article's outlet never act."""
    if ref in ctx.not_parties:
        return False
    for i, tok_ref in ctx.tok_ent.items():
        if tok_ref != ref:
            continue
        tok = ctx.doc[i]
        if tok.dep_ in SUBJ_DEPS and is_verbal(tok.head) and \
                ctx.lemma_lowers[tok.head.i] not in _SOURCE_VERBS:
            return True
    return False


def _according_to(
    ctx: Context, tok: Token, sent: SpacySpan, reporter: EntityRef | None, hedge: str | None
) -> tuple[EntityRef | None, str | None]:
    """ "según X", "according to sources at X": the organisation named, and the
    hedge when the words name a source rather than the organisation itself."""
    window = ctx.doc[tok.i : min(sent.end, tok.i + 8)]
    # "Según fuentes del mercado, X negocia ...": the source ends at the comma; the
    # name past it is the clause's subject, not the source.
    end = next((t.i for t in window if t.is_punct and t.i > tok.i + 1), window.end)
    for t in ctx.doc[tok.i : end]:
        ref = ctx.tok_ent.get(t.i)
        if ref is not None and ref.kind == "org":
            reporter = ref
            break
    if any(t.lemma_.lower() in SOURCE_NOUNS for t in window[:4]):
        end = next((t.i for t in window if t.i > tok.i + 1 and t.pos_ == "ADP"), tok.i + 2)
        hedge = ctx.doc[tok.i : end].text
    return reporter, hedge


# Verbs a source is the subject of: reporting and saying, and a data firm's counting
# ("X estimates", "X cifró la propuesta en ...").
_SOURCE_VERBS = REPORT_VERBS | SPEECH_VERBS | {
    "estimate", "estimar", "calculate", "calcular", "cifrar", "compile", "count",
}
_SELF_PRONOUNS = frozenset({"it", "its", "they", "their", "su", "sus"})


def _about_itself(clause: Token) -> bool:
    """A reported clause about the reporter: no subject of its own (Spanish "informó
    de que ha comprado Y"), or a subject that is "it" / "they" or owned by "its" /
    "su" ("that its profit fell", "que sus ventas crecieron")."""
    subs = list(subjects(clause))
    if not subs:
        return True
    return any(
        s.lower_ in _SELF_PRONOUNS
        or any(c.dep_ in ("poss", "det") and c.lower_ in _SELF_PRONOUNS for c in s.children)
        for s in subs
    )


_DEAL_TALK_WORDS = LEXICON.words("counterpart_talks") | OFFER_NOUNS | AGREEMENT_NOUNS


def _tells_a_deal(ctx: Context, tok: Token) -> bool:
    """A deal noun ("the sale", "una OPA") or a word of talks ("talks", "negociaciones")."""
    if ctx.lemma_lowers[tok.i] in _DEAL_TALK_WORDS or ctx.lowers[tok.i] in _DEAL_TALK_WORDS:
        return True
    return tok.i in ctx.by_token and tok.pos_ in ("NOUN", "PROPN")


def _reports_on_itself(ctx: Context, verb: Token, subject: Token, ref: EntityRef) -> bool:
    """ "Cobbleton reported on Tuesday that quarterly revenue fell 8%": what a company
    reports names no other company and tells no deal, so it is about the company itself
    (its results, its plans), not a third party's deal. A clause that tells a deal
    without naming its parties ("X reported that talks were advanced") is a source's;
    a news agency, the outlet, or a company called a newspaper ("el diario X") reports
    on others even when it names none."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and is_verbal(c)]
    if not clauses or ref.kind != "org" or ref in ctx.not_parties:
        return False
    if any(_tells_a_deal(ctx, t) for c in clauses for t in c.subtree):
        return False  # "X reported that talks were advanced": someone's deal, unnamed
    named = ctx.doc[max(0, subject.left_edge.i - 2) : subject.right_edge.i + 1]
    if any(ctx.lemma_lowers[t.i] in OUTLET_DESCRIPTORS for t in named):
        return False
    return not any(
        (other := ctx.tok_ent.get(t.i)) is not None and other != ref and other.kind == "org"
        for c in clauses
        for t in c.subtree
    )


def _reporting_subject(ctx: Context, verb: Token) -> EntityRef | None:
    """The organisation that is the subject of a reporting verb with no object of
    its own ("X reported", "informó X"); the last such subject."""
    found: EntityRef | None = None
    if any(c.dep_ == "ccomp" and is_verbal(c) and _about_itself(c) for c in verb.children):
        # "X informó de que ha comprado Y", "X reported that it had sold Y", "X
        # reported that its profit fell": X reports on itself, the unexpressed subject
        # of the clause, a pronoun or its possessor; it is a party, not a source.
        return None
    if any(told_clause(t) == verb for c in verb.children for t in c.children):
        # "X informó a la CNMV que ha comprado Y": what X tells the regulator it did
        # (kg.deals.syntax.told_clause)
        return None
    for s in subjects(verb):
        refs = ctx.np_entities(s)
        if refs and _reports_on_itself(ctx, verb, s, refs[0]):
            return None
        if (
            refs
            and refs[0].kind == "org"
            and not any(
                c.dep_ in ("obj", "dobj")
                and case_of(c) is None
                and c.lemma_.lower() not in ("lo",)
                for c in verb.children
                if c.pos_ != "PRON"
            )
        ):
            found = refs[0]
    return found


def rumoured_by_sources(sent: SpacySpan, ms: list[Mention]) -> None:
    """A deal told as announced in what unnamed sources say is a rumour: no party has
    announced it ("Alfa is set to buy Beta for $40 million, people familiar with the
    matter said", "Alfa plans a bid for Beta, according to two sources", "Alfa lanzará
    una OPA sobre Beta, según fuentes del mercado"). Talks stay talks and a deal told
    done stays done: only the announcement is the sources' word; so does a deal named by
    a definite noun ("La OPA de Alfa sobre Beta llegó sin contactos previos, según
    fuentes"): it is known, and the sources tell only what is said of it; and so does
    an offer told as made, the object of a verb in the past ("Y presentó una oferta por
    la compañía, según fuentes del sector", "X made a bid for Y, sources said"): the
    sources report an act, not an intention (``status:Rumoured<-unnamed-sources``)."""
    announced = [
        m for m in ms if m.status == "Announced"
        and not _known_deal(sent.doc[m.trigger]) and not _made_in_the_past(sent.doc[m.trigger])
    ]
    if not announced or not any(_unnamed_source(t) for t in sent):
        return
    for m in announced:
        m.status, m.status_explicit = "Rumoured", True
        m.rules.append("status:Rumoured<-unnamed-sources")


def _known_deal(tok: Token) -> bool:
    """A deal noun made definite by its determiner or its possessor ("la OPA de X",
    "the bid", "Corvane Foods' bid")."""
    return tok.pos_ in ("NOUN", "PROPN") and (
        is_definite(tok) or any(c.dep_ == "poss" for c in tok.children)
    )


def _made_in_the_past(tok: Token) -> bool:
    """A deal noun that is the object of a finite verb in the past ("presentó una
    oferta", "made a bid"); not a conditional ("habría presentado")."""
    head = tok.head
    return (
        tok.pos_ == "NOUN" and tok.dep_ in OBJ_DEPS and head.i != tok.i and is_verbal(head)
        and "Past" in feat(head, "Tense") and "Fin" in feat(head, "VerbForm")
        and not is_conditional(head)
    )


def _unnamed_source(t: Token) -> bool:
    """Whether ``t`` is a source noun that says the sentence ("people familiar with the
    matter said", "sources told Reuters", "according to people close to the talks")."""
    return t.lemma_.lower() in SOURCE_NOUNS and t.pos_ == "NOUN" and says_the_sentence(t)


def says_the_sentence(t: Token) -> bool:
    """Whether ``t`` says the sentence rather than takes part in what it tells: the
    subject of a verb of saying ("Acme said", "afirmó Acme", "sources told Reuters") or
    the object of "según" / "according to"."""
    head = t.head
    if t.dep_ in SUBJ_DEPS:
        return head.lemma_.lower() in SPEECH_VERBS and is_verbal(head)
    if head.lower_ in _SEGUN or any(c.dep_ == "case" and c.lower_ in _SEGUN for c in t.children):
        return True
    return head.lower_ == "to" and head.head.lower_ == "according"


_SEGUN = ("según", "segun")


# -- money -------------------------------------------------------------------


def attach_money(ctx: Context, sent: SpacySpan, ms: list[Mention]) -> None:
    """Give each mention the nearest amount (and valuation) of its sentence."""
    cands: list[tuple[bool, int, int, int, Amount, bool, Token]] = []
    # (the tests on each figure only read the doc: with no mention that can take a
    # price, they are skipped, as most sentences have none)
    for amt in ctx.amounts if any(m.kind != "investor" for m in ms) else ():
        if not (sent.start_char <= amt.span.start < sent.end_char):
            continue
        root = _amount_root(ctx, amt)
        if root is None:
            continue
        if not_a_price(ctx, sent, amt, root, periods=True):
            continue  # a restatement in another currency; a price per unit; a debt
        periodic = per_period(ctx, amt)
        if periodic and not contract_value(ctx, amt, root):
            continue  # "sells £40 million a year": a rate, no contract's value
        if told_of_a_company(root, {m.trigger for m in ms}):
            continue  # "Y, a broker with $14 million of commissions"
        val = is_valuation(ctx, root)
        rank = price_rank(root)
        if rank is None:
            continue
        paid_for_stake = _stake_paid_for(root)
        for mi, m in enumerate(ms):
            if m.kind == "investor" or (m.kind == "hold" and not paid_for_stake):
                continue  # a holder ("accionista de X", "owns 12% of X") has no price
            if periodic and m.type not in _CONTRACT_TYPES:
                continue
            if _outside_background(ctx.doc[m.trigger], root) or _price_of_another(ctx, root, m) \
                    or _price_in_other_clause(ctx, root, m):
                continue
            d = tree_distance(ctx.doc[m.trigger], root)
            # (a figure per period yields to the contract's total: "worth £15m, or £3m
            # a year")
            cands.append((periodic, rank, d, mi, amt, val and not periodic, root))
    cands.sort(key=lambda c: (c[0], c[1], c[2], c[4].span.start))
    for periodic, _, d, mi, amt, val, root in cands:
        m = ms[mi]
        if id(amt) in ctx.used_amounts or d > 9:
            continue
        if val:
            if m.valuation is None and m.type in ("Investment", "Valuation", "Acquisition"):
                m.valuation = amt
                ctx.used_amounts.add(id(amt))
                _takeover_valued(ctx, m, root)
        elif m.amount is None and m.type != "Valuation":
            m.amount = amt
            ctx.used_amounts.add(id(amt))
            if periodic:
                m.rules.append(PERIOD_RULE)
    _frame_price(ctx, ms)
    _sale_proceeds(ctx, ms)


def _price_of_another(ctx: Context, root: Token, m: Mention) -> bool:
    """A figure in a relative clause on a company that is no party of the deal is what
    that company did, not the deal's price: "lost its bid for Y to Z, which paid K310
    million", "perdió la puja por Y frente a Z, que pagó 42 millones"."""
    clause = next((t for t in (root, *root.ancestors)
                   if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.i == m.trigger or clause.is_ancestor(ctx.doc[m.trigger]) \
            or clause.head.pos_ != "PROPN":
        return False  # a clause on a name, not on a noun ("un paquete … que completan")
    described = ctx.np_entities(clause.head)
    parties = {ref for _, ref in m.roles}
    return bool(described) and not (set(described) & parties)


def _price_in_other_clause(ctx: Context, root: Token, m: Mention) -> bool:
    """A figure in a clause coordinated with the deal's whose verb chooses another
    company's offer is the price of that offer: "rechazó la oferta de X y aceptó la de Y
    por 60 millones", "rejected X's offer and accepted Y's for $60 million" (the price is
    Y's, not X's). (Any coordinated clause naming another company was tried first: it
    took a price from a deal on a held-out half.)"""
    clause = next((t for t in (root, *root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    trigger = ctx.doc[m.trigger]
    own = next((t for t in (trigger, *trigger.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if clause is None or own is None or clause == own or not (
            clause.dep_ == "conj" and clause.head == own) or \
            clause.lemma_.lower() not in CHOICE_VERBS:
        return False
    named = {ref for t in clause.subtree if t.pos_ == "PROPN" and t not in root.subtree
             and _argument_of(t, clause) for ref in ctx.np_entities(t)}
    parties = {ref for _, ref in m.roles}
    return bool(named) and not (named & parties)


def _argument_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is in a noun phrase that ``verb`` takes, through nouns alone ("la
    de Grupo Arnoia" of "aceptó"), not inside a clause of its own ("según la documentación
    a la que tuvo acceso X")."""
    head = tok.head
    while head != verb:
        if head.pos_ in ("VERB", "AUX") or head.head == head:
            return False
        head = head.head
    return True


def _stake_paid_for(root: Token) -> bool:
    """A figure paid for a stake, told in a clause on the stake noun: "owns 49% of Y, a
    stake for which it paid $72 million", "tiene el 49% de Y, participación por la que
    pagó 72 millones": what the holder paid is its holding's price."""
    for verb, _ in _governors(root):
        if verb.lemma_.lower() in _PAY_VERBS and verb.dep_ in ("acl", "relcl", "acl:relcl"):
            return verb.head.lemma_.lower() in _STAKE_NOUNS or verb.head.lower_ in _STAKE_NOUNS
    return False


# "a broker with $14 million of annual commissions", "una gestora con 16.400 millones
# de patrimonio": what a company has, told by a preposition on the noun for it.
_HAVING_PREPS = frozenset({"with", "con"})


def told_of_a_company(root: Token, triggers: set[int]) -> bool:
    """A figure told of a company beside the deal, not a price: what a company has, under
    "with"/"con" on a noun for the company that is no deal ("Pinecrest, a broker with
    about $14 million of annual commissions, for $38 million"; "Y, a wealth adviser with
    $2.6 billion in client assets"; "una gestora con 16.400 millones de patrimonio").
    Under a verb it may be the deal's ("bought Y with $500 million in cash")."""
    governors = _governors(root)
    if not governors:
        return False
    head, prep = governors[0]
    return prep in _HAVING_PREPS and (names_company(head) or head.dep_ == "appos") \
        and head.lemma_.lower() not in BACKREF_NOUNS and head.i not in triggers


def _outside_background(trigger: Token, root: Token) -> bool:
    """A deal told in a relative clause or a participle on a company takes no figure of
    the main clause: "Norrland, acquired by X in 2020, will build a €300 million mill"
    (the mill's cost is no price of the takeover)."""
    clause = modifier_clause(trigger)
    return clause is not None and root not in clause.subtree




def _sale_proceeds(ctx: Context, ms: list[Mention]) -> None:
    """A seller's proceeds: "Grupo Brezo obtendrá 500 millones por la venta de Lácteos
    Ancares a Fondo Miño", "X will get $500 million from the sale of Y": the money a
    seller takes in for a sale told in its sentence is that sale's price, and the
    verb tells no funding round of the seller's."""
    for m in list(ms):
        verb = ctx.doc[m.trigger]
        if m.type != "Investment" or m.amount is None \
                or verb.lemma_.lower() not in _PROCEEDS_VERBS:
            continue
        sale = next(
            (o for prep, arg in ctx.prep_args(verb)
             if prep in ("por", "con", "from", "for") and arg.lemma_.lower() in _SALE_NOUNS
             for o in ms if o is not m and o.trigger == arg.i
             and o.type in ("Acquisition", "PurchaseAgreement")),
            None,
        )
        if sale is None:
            continue
        if sale.amount is None:
            sale.amount = m.amount
            sale.rules.append("amount:sale-proceeds")
        ms.remove(m)


def _takeover_valued(ctx: Context, m: Mention, root: Token) -> None:
    """A takeover with no price of its own that values its target ("agreed to buy X for
    $45 a share, valuing the company at $3.1 billion", "in a deal that values X at $3
    billion", "en una operación que valora X en 3.000 millones"): the value the deal
    puts on the whole company is its price. Not a value told of the company by itself
    ("X, which was valued at $2 billion in its last round")."""
    if m.type != "Acquisition" or m.amount is not None or m.valuation is None:
        return
    trigger = ctx.doc[m.trigger]
    verb = _valuing_verb(root)
    if verb is None:
        return
    if trigger in subjects(verb) and trigger.lower_ in _TAKEOVER_NOUNS:
        # "La OPA de X sobre Y valora la eléctrica en 2.340 millones", "Its offer for Y
        # values the company at $3 billion": the takeover told as the subject values
        # its target.
        m.amount = m.valuation
        m.rules.append("amount:takeover-values-target")
        return
    if verb.head.i == verb.i:
        return
    holder = verb.head
    clause = {trigger.i, *(a.i for a in trigger.ancestors)}
    if verb.dep_ == "xcomp" and holder.lemma_.lower() in _IMPLYING_VERBS \
            and holder.head.i in clause and trigger.lower_ not in _STAKE_NOUNS:
        # "ofreció 1.200 pesos por acción por Y, lo que implica valorar la compañía en
        # 480 millones": what the bid's terms imply the whole company is worth
        m.amount = m.valuation
        m.rules.append("amount:share-price-valuation")
        return
    # (a deal noun's head is a preposition in English: "in a deal that values X")
    noun_head = holder.head.head if holder.head.pos_ == "ADP" else holder.head
    if holder.i in clause or (
        holder.lemma_.lower() in BACKREF_NOUNS and noun_head.i in clause
    ):
        m.amount = m.valuation
        m.rules.append("amount:takeover-valuation")
    elif _share_price_of(ctx, holder) and noun_head.i in clause:
        # "una opa sobre Y a 15 euros por acción, que valora la compañía en 950
        # millones": the offer's price per share values the whole company.
        m.amount = m.valuation
        m.rules.append("amount:share-price-valuation")


# Verbs by which a bid's terms put a value on the target ("lo que supone valorar la
# compañía en X", "which means valuing the company at X").
_IMPLYING_VERBS = frozenset({"implicar", "suponer", "equivaler", "imply", "mean"})


def misread_values(root: Token) -> Token | None:
    """ "The offer values Dalesend at £780m": the English tagger reads "values" after
    a noun as a plural noun ("offer values") and the parse loses the verb; the words
    still say it, "values" a few words before "at" and the figure, in one clause."""
    at = root.doc[root.left_edge.i - 1] if root.left_edge.i > root.sent.start else None
    if at is None or at.lower_ != "at":
        return None
    for tok in reversed(root.doc[max(root.sent.start, at.i - 5) : at.i]):
        if tok.is_punct or tok.like_num:
            return None
        if tok.lower_ == "values" and tok.pos_ in ("NOUN", "PROPN"):
            return tok
    return None


def _deal_noun_values(root: Token) -> bool:
    """ "The offer values Dalesend at £780m", "values" misread as a noun after the deal
    noun that is its subject."""
    misread = misread_values(root)
    return misread is not None and misread.i > misread.sent.start and (
        misread.doc[misread.i - 1].lower_ in _TAKEOVER_NOUNS
    )


def _valuing_verb(root: Token) -> Token | None:
    """The verb "value"/"valorar" a figure is the amount of, within three heads."""
    return next(
        (t for t in (root.head, root.head.head, root.head.head.head)
         if t.lemma_.lower() in ("value", "valorar", "valuar")
         or _VALORAR_RE.fullmatch(t.lower_)),
        None,
    )


# A price or an option named after a kind of deal: "precio de compra", "opción de
# compra", "purchase price", "sale option".
_NAMED_AFTER_DEAL = PRICE_NOUNS | frozenset({"opción", "option"})


def price_named_after(tok: Token) -> bool:
    """A bare deal noun that only names the kind of a price or an option ("a partir de
    los precios medios de compra", "una opción de compra sobre el resto", "the
    average purchase price"): no determiner and nothing of its own but its
    preposition and adjectives, under a price or option noun. It tells no deal, and
    takes no sum from its sentence."""
    head = tok.head
    return (
        tok.dep_ in ("nmod", "compound")
        and head.i != tok.i
        and head.lemma_.lower() in _NAMED_AFTER_DEAL
        and all(c.dep_ in ("case", "amod") for c in tok.children)
    )


def _share_price_of(ctx: Context, tok: Token) -> bool:
    """A price per share, or a clause that states one ("shareholders will receive $30
    per share"): the terms of a takeover, which value the whole company."""
    if tok.i in ctx.share_price_toks:
        return True
    if not is_verbal(tok):
        return False
    return any(
        c.i in ctx.share_price_toks
        for d in tok.children if d.dep_ not in ("advcl", "xcomp", "ccomp", "conj")
        for c in d.subtree
    )


# Deal nouns that name a takeover or its offer ("a deal could value X at $2 billion",
# "la oferta valora la compañía en 900 millones"); not a round or a contract.
_TAKEOVER_NOUNS = (BACKREF_NOUNS | {"offer", "bid", "oferta", "opa"}) - {
    "ronda", "round", "inversión", "investment", "alianza", "asociación", "partnership",
    "contract", "contrato",
}


def takeover_terms_value(ctx: Context, root: Token) -> str | None:
    """A sentence after a takeover that tells its terms or names the deal as what values
    the target: "Y shareholders will receive $30 per share, valuing the company at $1.1
    billion", "A deal could value Hollis at about $2 billion", "La oferta valora la
    compañía en 950 millones": the value put on the target is the takeover's price.
    Returns the rule's name."""
    verb = _valuing_verb(root)
    if verb is None:
        return None
    if any(s.lemma_.lower() in _TAKEOVER_NOUNS or s.lower_ in _TAKEOVER_NOUNS
           for s in subjects(verb)):
        return "amount:deal-valuation-back"
    if verb.head.i != verb.i and _share_price_of(ctx, verb.head):
        return "amount:terms-valuation-back"
    return None


def _frame_price(ctx: Context, ms: list[Mention]) -> None:
    """ "X walked away from its takeover of Y, a deal that would have been worth $Z",
    "X adquirirá Y en una operación de Z millones": a generic deal noun beside
    the sentence's deal is its frame, and its price is that deal's (merging would
    otherwise give it to any earlier deal of the same party)."""
    for m in ms:
        if m.type != "Agreement" or m.amount is None:
            continue
        deal = None if m.supply else next(
            (o for o in ms if o is not m and o.type not in ("Agreement", "Valuation", "")
             and o.amount is None and not o.holding and (
                 o.parties() & m.parties() or _outcome_of(ctx, m, o))),
            None,
        )
        if deal is not None:
            deal.amount, m.amount = m.amount, None
            deal.rules += ["amount:frame-noun", *_period_rule(m)]
            continue
        renamed = _agreement_renamed(ctx.doc[m.trigger], m, ms)
        if renamed is not None:
            renamed.amount, m.amount = m.amount, None
            renamed.rules += ["amount:agreement-renamed", *_period_rule(m)]


def _period_rule(m: Mention) -> list[str]:
    """The mark of a figure per period, taken off a mention whose amount moves to
    another deal, for that deal to carry (a figure per period stays only on a contract
    of supply or service: ``kg.deals.merge``)."""
    if PERIOD_RULE not in m.rules:
        return []
    m.rules.remove(PERIOD_RULE)
    return [PERIOD_RULE]


def _outcome_of(ctx: Context, m: Mention, o: Mention) -> bool:
    """ "The £90 million deal will see X buy Y", "the deal, worth about $640 million,
    lets X take over Y": a deal noun with no party of its own, the subject of a verb of
    outcome (``deal_outcome_verbs``) whose clause tells the deal ``o``, is that deal."""
    noun, verb = ctx.doc[m.trigger], ctx.doc[o.trigger]
    return (
        not m.parties() and noun.dep_ in ("nsubj", "nsubjpass")
        and noun.head.lemma_.lower() in DEAL_OUTCOME_VERBS
        and verb.head.i == noun.head.i and verb.dep_ in ("ccomp", "xcomp")
    )


# Agreement nouns, and the indefinite articles that set one off as a new description.
_AGREEMENT_KINDS = ("Agreement", "PurchaseAgreement", "Partnership")
_INDEFINITE = frozenset({"a", "an", "un", "una"})


def _agreement_renamed(tok: Token, m: Mention, ms: list[Mention]) -> Mention | None:
    """ "Acme signed an agreement with Beta to run its stores, a contract valued at $3
    million", "firmó un acuerdo con Beta para ..., un contrato valorado en 3 millones":
    an agreement noun set off by a comma and an indefinite article after an agreement
    told in the sentence names that agreement again, and its worth is that agreement's
    (whatever the parser hangs the second noun on)."""
    left = next(t for t in tok.subtree if not t.is_punct)  # (the comma may hang on it)
    if left.i == 0 or tok.doc[left.i - 1].text != "," or not any(
        c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children
    ):
        return None
    return next(
        (o for o in reversed(ms) if o is not m and o.type in _AGREEMENT_KINDS
         and o.amount is None and o.trigger < left.i and not o.holding
         and (not m.parties() or m.parties() <= o.parties())),
        None,
    )


def _governors(root: Token) -> list[tuple[Token, str | None]]:
    """The words a figure hangs from, nearest first, up to the clause's verb, each
    with the preposition between ("revenue of $9m" → (revenue, "of")); English
    prepositions are tokens of their own, Spanish ones a ``case`` child."""
    out: list[tuple[Token, str | None]] = []
    tok = root
    for _ in range(4):
        prep = next((c.lower_ for c in tok.children if c.dep_ == "case"), None)
        head = tok.head
        if head.i == tok.i:
            break
        if head.dep_ == "prep" or head.pos_ == "ADP":
            prep, head = head.lower_, head.head
        out.append((head, prep))
        if head.pos_ in ("VERB", "AUX") or head.i == head.head.i:
            break
        tok = head
    return out


def price_rank(root: Token) -> int | None:
    """How a figure fits as a deal's amount: 0 a total of the deal ("bringing the total
    deal size to $5 billion"), 1 a figure, None not a price at all: a company's
    revenue or market value, a market's size ("que facturó 300 millones", "the $30
    billion snack market"), an earlier offer or round ("the bidder's first approach, a £20bn
    offer"; "in a previous round"), a holder's running total ("its total investment
    in X")."""
    if _share_of_total(root):
        return None
    governors = _governors(root)
    heads = [t for t, _ in governors]
    for n, (head, prep) in enumerate(governors):
        if prep in _PRICE_PREPS:
            if _income_told_by(head):
                return None
            heads = heads[:n]  # "facturó ... por 1.200 millones": a price
            break
    for t in heads:
        if t.lower_ in NOT_PRICE_WORDS or t.lower_ in DEBT_WORDS or (
            # "X lent Y $20 million for its takeover": a loan, not the price
            t.pos_ == "VERB" and t.lemma_.lower() in LENDING_VERBS
        ) or (
            t.lower_ in _VALUE_WORDS and any(c.lower_ in _MARKET_WORDS for c in t.children)
        ) or (t.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in NET_WORDS for c in t.children
        )):
            return None
    if _combined_company_value(heads):
        return None
    # The phrases around: the figure's heads, and the arguments of its clause's verb
    # ("raised $20 million in a previous round").
    near = [root, *heads]
    for t in heads:
        if t.pos_ in ("VERB", "AUX"):
            for c in t.children:
                near.append(c)
                near.extend(g for g in c.children if c.dep_ == "prep" and g.dep_ == "pobj")
    total = False
    for t in near:
        kids = list(t.children)
        if _earlier(t, kids) or _their_combined_value(t, kids):
            return None
        if t.pos_ != "PROPN" and (
            t.lower_ in TOTAL_WORDS or any(c.lower_ in TOTAL_WORDS for c in kids)
        ):
            if t is not root and any(c.lower_ in _POSSESSIVES for c in kids):
                return None
            total = True
    return 0 if total else 1


def _share_of_total(root: Token) -> bool:
    """ "Halvorsen Capital invested $30 million of the total", "Fondo Albor aportó 6
    millones del total": a figure told as a part of the total (an "of the" / "del"
    phrase naming it) is one backer's share of a sum told before, not the price of a
    deal of its own ("bringing the total to $5 billion", "un total de 40 millones" tell
    the whole)."""
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            parts = [g for g in c.children if g.dep_ == "pobj" and is_definite(g)]
        else:
            partitive = c.dep_ == "nmod" and case_of(c) in ("del", "de")
            parts = [c] if partitive and is_definite(c) else []
        if any(t.lower_ in TOTAL_WORDS for t in parts):
            return True
    return False


# "combined equity value", "valor conjunto": what two companies are worth together.
_COMBINED_WORDS = frozenset({"combined", "conjunto", "conjunta", "combinado", "combinada"})
_WORTH_NOUNS = _VALUE_WORDS | {"capitalization", "capitalisation", "capitalización"}


def _their_combined_value(t: Token, kids: list[Token]) -> bool:
    """ "Research that puts their combined value at more than £19bn", "su valor conjunto":
    the sum of several deals or companies told together, no one deal's price."""
    return (
        t.lower_ in _WORTH_NOUNS
        and any(c.lower_ in _COMBINED_WORDS for c in kids)
        and any(c.lower_ in ("their", "sus", "su") and c.dep_ in ("poss", "det") for c in kids)
    )


def _combined_company_value(heads: list[Token]) -> bool:
    """A figure told as the combined value of the companies a merger joins ("creates a
    company with a combined equity value of about $14 billion", "un grupo con un
    valor conjunto de 9.000 millones"): the size of the merged group, not a price
    anyone pays."""
    return any(
        t.lower_ in _WORTH_NOUNS
        and any(c.dep_ == "amod" and c.lower_ in _COMBINED_WORDS for c in t.children)
        for t in heads
    ) or _created_company_size(heads)


def _created_company_size(heads: list[Token]) -> bool:
    """A figure on a company noun that a verb of creating has as its object ("an
    all-share merger that will create a group worth about £3.4 billion", "una fusión
    que creará un grupo valorado en 900 millones"): the size of the company the deal
    brings into being, not a price anyone pays."""
    return any(
        t.lemma_.lower() in COMPANY_NOUNS and founding_verb(t.head)
        and t in direct_objects(t.head)
        for t in heads
    )


def _income_told_by(head: Token) -> bool:
    """ "que tuvo ventas por 90 millones", "registró ingresos por 2.100 millones",
    "gestiona activos por 9.000 millones": "por" gives the amount of a company's revenue
    (the verb's object, or the noun it hangs on) or of the money it manages, not a price
    ("vendió activos por 300 millones" is one)."""
    if head.pos_ == "NOUN" and head.lower_ in NOT_PRICE_WORDS:
        return True
    if not is_verbal(head):
        return False
    managing = head.lemma_.lower() in INCOME_VERBS
    return any(
        c.pos_ != "PROPN"  # not a name ("buy Wexford Savings for $650 million")
        and (c.lower_ in NOT_PRICE_WORDS or (managing and c.lemma_.lower() in ("activo", "asset")))
        for c in direct_objects(head)
    )


def _earlier(t: Token, kids: list[Token]) -> bool:
    """An earlier offer or round: "the previous round", "la oferta anterior", and for
    offers "first" too ("the bidder's first approach"): a company's first round is this one."""
    lemma = t.lemma_.lower()
    if lemma not in EARLIER_HEADS and t.lower_ not in EARLIER_HEADS:
        return False
    offer = lemma in OFFER_NOUNS or t.lower_ in OFFER_NOUNS or lemma in ("approach", "opa", "puja")
    return any(
        c.lower_ in EARLIER_WORDS and (offer or c.lower_ not in _FIRST_WORDS) for c in kids
    )


def attach_back(
    ctx: Context, sent: SpacySpan, si: int, earlier: list[Mention], valuations_only: bool = False
) -> None:
    """A sentence that tells no deal but gives "the deal" its money ("The deal, worth
    about $2.1 billion, ...", "The transaction is valued at ..."): the amount goes to
    the latest deal told before, if that has none yet; a sum the buyer of one of the
    deals told in the three sentences before pays goes to that deal ("Stratus did not
    disclose the price, but a filing showed it paid $1.05 billion", a round of the
    target's told in between). ``valuations_only``: only the value a takeover's terms
    or the deal put on the target."""
    recent = [
        m for m in reversed(earlier)
        if m.kind != "investor" and m.type != "Valuation" and m.sent >= si - 3
    ]
    if not recent:
        return
    target = told_before(recent)
    for amt in ctx.amounts:
        if not (sent.start_char <= amt.span.start < sent.end_char) or id(amt) in ctx.used_amounts:
            continue
        root = _amount_root(ctx, amt)
        if root is None or amt.per_share or not_a_price(ctx, sent, amt, root, periods=True) \
                or price_rank(root) is None:
            continue
        if per_period(ctx, amt):
            if target.type in _CONTRACT_TYPES and target.amount is None \
                    and contract_value(ctx, amt, root) and _told_as_the_deals(root):
                _give(ctx, target, amt, PERIOD_RULE)
                return
            continue
        rule = _value_put_on_target(ctx, root, target)
        if rule is not None:
            _give(ctx, target, amt, rule)
            return
        worth = None if valuations_only else _worth_told_back(root, [target, *recent])
        if worth is not None:
            _give(ctx, worth[0], amt, worth[1])
            return
        if valuations_only or is_valuation(ctx, root):
            continue
        # "Under the terms, Harbourline will pay $2.1 billion": a party pays it.
        verbs = [t for t, _ in _governors(root) if is_verbal(t)]
        payee = next(
            (m for m in recent if m.amount is None and any(_pays(ctx, t, m) for t in verbs)),
            None,
        )
        if payee is not None:
            _give(ctx, payee, amt, None if payee is target else "amount:buyer-pays-back")
            return
        venture = next((m for m in recent if m.amount is None and any(
            _partners_contribute(ctx, t, m) for t in verbs)), None)
        if venture is not None:
            _give(ctx, venture, amt, "amount:partners-contribute")
            return
        if target.amount is None and _told_as_the_deals(root):
            _give(ctx, target, amt, None)
            return


# What an order or a stake deal is the deal of, told back as a noun of its own: "The
# order is worth $5 billion", "A stake of that size would be worth $2bn".
_ORDER_NOUNS = frozenset(
    w for kinds in TRIGGERS.values() for w in kinds.get("order_n", ())
) | {"pedido", "encargo"}
_DEMONSTRATIVES = frozenset({"this", "that", "such", "ese", "esa", "esta", "este", "tal"})


def worth_of_the_deal_object(root: Token, target: Mention) -> str | None:
    """A sentence after an order or a stake deal that tells the worth of "the order" or
    of "a stake of that size", the noun the subject of the clause the figure is told
    in ("The order is worth about $5.6 billion at list prices", "A stake of that size
    would be worth about $2bn", "El pedido está valorado en 300 millones"): that worth
    is the deal's amount. The noun must point back (a definite or demonstrative
    word): "Brenmoor's stake is worth $300m" is another holder's. Returns the rule's
    name."""
    if target.amount is not None:
        return None
    if target.type == "PurchaseAgreement":
        nouns, rule = _ORDER_NOUNS, "amount:order-worth-back"
    elif target.type == "Investment":
        nouns, rule = _STAKE_NOUNS, "amount:stake-worth-back"
    else:
        return None
    verbs = [t for t, _ in _governors(root) if is_verbal(t) or t.lower_ == "worth"]
    for verb in verbs:
        for subj in subjects(verb):
            if subj.lemma_.lower() in nouns and _points_back(subj):
                return rule
    return None


def _worth_told_back(root: Token, recent: list[Mention]) -> tuple[Mention, str] | None:
    """The deal whose worth "the order" or "a stake of that size" tells, and the rule:
    the latest deal of the noun's kind ("X firmed an order with Airbus, converting a
    memorandum signed in July. The order is worth $5.6 billion": the order's, not the
    memorandum's)."""
    for m in recent:
        rule = worth_of_the_deal_object(root, m)
        if rule is not None:
            return m, rule
    return None


def _points_back(noun: Token) -> bool:
    """ "the order", "this stake", "a stake of that size": a noun that refers to one
    told before, not a possessed one ("Brenmoor's stake")."""
    if any(c.dep_ == "poss" and c.lower_ not in _POSSESSIVES for c in noun.children):
        return False
    if is_definite(noun):
        return True
    return any(t.lower_ in _DEMONSTRATIVES and t.dep_ == "det" for t in noun.subtree)


_PARTY_MONEY_VERBS = LEXICON.words("party_money_verbs")
_SELLER_MONEY_VERBS = LEXICON.words("seller_money_verbs")


def role_named_money(ctx: Context, sent: SpacySpan, m: Mention, named: set[EntityRef]) -> None:
    """ "The bidder, X, offered $1.2 billion", "El inversor es el fondo Y, que aportó 5
    millones de dólares", "The seller, Z, will receive $85 million": a sum that a party
    the sentence names by its role in a deal told before (``named``) pays, offers or
    puts in, or that the seller receives, is that deal's amount, if it has none."""
    if m.amount is not None:
        return
    for amt in ctx.amounts:
        if not (sent.start_char <= amt.span.start < sent.end_char) or id(amt) in ctx.used_amounts:
            continue
        root = _amount_root(ctx, amt)
        if root is None or amt.per_share or not_a_price(ctx, sent, amt, root) \
                or price_rank(root) is None or is_valuation(ctx, root):
            continue
        verbs = [t for t, _ in _governors(root) if is_verbal(t)]
        if any(_named_party_gives(ctx, verb, m, named) for verb in verbs):
            _give(ctx, m, amt, "amount:role-named-pays")
            return


def _named_party_gives(
    ctx: Context, verb: Token, m: Mention, named: set[EntityRef]
) -> bool:
    """The verb's subject (or, in a relative clause, the name it hangs on) is one of
    ``named`` that pays the money, or the deal's seller, who receives it."""
    lemma = verb.lemma_.lower()
    sellers = {ref for role, ref in m.roles if role == "seller"} & named
    givers = named - sellers
    who = givers if lemma in _PARTY_MONEY_VERBS else sellers if lemma in _SELLER_MONEY_VERBS \
        else set()
    if not who:
        return False
    said = [*subjects(verb), *([verb.head] if verb.dep_ in ("relcl", "acl") else [])]
    return any(
        x in who for s in said
        for x in [*ctx.np_entities(s), *(
            y for c in s.children if c.dep_ in ("appos", "flat") for y in ctx.np_entities(c)
        )]
    )


def _give(ctx: Context, m: Mention, amt: Amount, rule: str | None) -> None:
    m.amount = amt
    ctx.used_amounts.add(id(amt))
    if rule is not None:
        m.rules.append(rule)


def not_a_price(
    ctx: Context, sent: SpacySpan, amt: Amount, root: Token, periods: bool = False
) -> bool:
    """A figure that is no deal's price whatever it hangs from: a restatement in another
    currency in brackets, a price per unit, a debt or a net sum, the level a debt or an
    income reaches, a running or funding total, an earn-out. ``periods``: a figure per
    period ("£2 million a year") is left to the caller (a contract's value)."""
    return (_in_brackets(ctx, root) and not _bracketed_price(ctx, sent, amt)) \
        or (unit_rate(ctx, amt) and not (periods and per_period(ctx, amt))) \
        or owed_or_net(ctx, amt) \
        or level_reached(ctx, sent, amt) or income(ctx, sent, amt, root) \
        or running_total(ctx, sent, amt) or funding_total(ctx, sent, amt) \
        or contingent(ctx, sent, amt)


def _value_put_on_target(ctx: Context, root: Token, target: Mention) -> str | None:
    """The rule by which the value a takeover's terms or the deal put on the target is
    the price of a takeover told before with none yet."""
    if target.type != "Acquisition" or target.amount is not None:
        return None
    if _deal_noun_values(root):
        return "amount:deal-valuation-back"
    return takeover_terms_value(ctx, root) if is_valuation(ctx, root) else None


def _told_as_the_deals(root: Token) -> bool:
    """ "The deal, worth about $2.1 billion", "El precio pactado es de X", "put the price
    at X": the figure is told of the deal or of its price."""
    heads = [t for t, _ in _governors(root)]
    near = heads + [c for t in heads if is_verbal(t) for c in subjects(t)]
    # (the figure as the predicate, or what a verb puts at it)
    near += subjects(root) + [c for t in heads if is_verbal(t) for c in direct_objects(t)]
    return any(
        t.lemma_.lower() in BACKREF_NOUNS and is_definite(t) or _deal_price(t)
        or _price_pronoun(t) for t in near
    )


def _price_pronoun(t: Token) -> bool:
    """An object pronoun that stands for the deal's price, the subject of a clause
    before it in the sentence: "El precio no fue revelado, pero fuentes del mercado lo
    sitúan en unos 70 millones", "The price was not disclosed, but analysts put it at
    $45 million"."""
    if t.pos_ != "PRON" or t.lower_ not in _PRICE_PRONOUNS:
        return False
    return any(x.dep_ in SUBJ_DEPS and _deal_price(x) for x in t.doc[t.sent.start:t.i])


# Object pronouns that may stand for a price noun ("el precio", "the price").
_PRICE_PRONOUNS = frozenset({"lo", "it"})


def told_before(recent: list[Mention]) -> Mention:
    """The deal a sentence that tells none refers back to: the latest told, but not a
    deal noun with no parties told in the same sentence as a deal with them ("Tornasol
    ha cerrado la compra de Brisamar, su mayor operación en una década": the
    apposition "operación" is that purchase, and "El grupo ha pagado 410 millones" its
    price). ``recent`` is latest first."""
    latest = recent[0]
    if latest.roles:
        return latest
    return next((m for m in recent if m.sent == latest.sent and m.roles), latest)


_BUYING_ROLES = frozenset({"acquirer", "buyer", "investor"})


def _pays(ctx: Context, verb: Token, target: Mention) -> bool:
    """The deal's buyer pays: "Harbourline will pay $2.1 billion", or the buyer called
    by a description ("El grupo pagará 300 millones en efectivo", "the company will pay
    $800 million"), resolved as the pipeline resolves descriptions. Not its target
    ("Fenwick will pay a special dividend of $50 million before the deal closes")."""
    if verb.lemma_.lower() not in _PAY_VERBS:
        return False
    buyers = {ref for role, ref in target.roles if role in _BUYING_ROLES}
    if not subjects(verb) and verb.dep_ in ("ROOT", "root") and "3" in feat(verb, "Person") \
            and "Fin" in feat(verb, "VerbForm"):
        # "Grupo Harwick ha acordado la compra de X. Pagará 450 millones en efectivo.":
        # a finite verb with no subject of its own continues the sentence before's
        # subject (Spanish leaves it unsaid).
        return previous_subject(ctx, verb, set()) in buyers
    for subj in subjects(verb) or _controller(verb):
        refs = ctx.np_entities(subj) or resolve_np(ctx, subj, set())
        if any(ref in buyers for ref in refs) or short_name_of(subj, buyers) \
                or _subject_before_in_sentence(ctx, subj, buyers) \
                or _buyer_described_again(ctx, subj, target, buyers):
            return True
    return False


def _buyer_described_again(
    ctx: Context, subj: Token, target: Mention, buyers: set[EntityRef]
) -> bool:
    """The buyer told again by the company noun that described it in the deal's
    sentence: "A US investment group led by X has agreed to buy a stake in Y. The group,
    Z Holdings, will pay £48m" (the group is the one led by the buyer X)."""
    lemma = subj.lemma_.lower()
    if subj.pos_ != "NOUN" or lemma not in COMPANY_NOUNS or not is_definite(subj):
        return False
    told = ctx.doc[target.trigger].sent
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() == lemma and t.i != subj.i
        and any(ctx.tok_ent.get(x.i) in buyers for x in t.subtree)
        for t in told
    )




def _partners_contribute(ctx: Context, verb: Token, m: Mention) -> bool:
    """A sentence after a partnership that tells what the partners put into it
    ("Ambas compañías aportarán en partes iguales US$ 80 millones", "The two companies
    will invest $300 million over five years"): the venture's amount. The subject is the
    partners told together, by a plural noun or by their names."""
    partners = {ref for role, ref in m.roles if role == "partner"}
    if m.type not in ("Partnership", "Agreement") or len(partners) < 2 \
            or verb.lemma_.lower() not in _CONTRIBUTE_VERBS:
        return False
    for subj in subjects(verb) or _controller(verb):
        named = {ref for t in subj.subtree for ref in ctx.np_entities(t)}
        if len(named & partners) >= 2:
            return True
        if not named and (subj.lemma_.lower() in _PARTNER_WORDS or subj.lower_ in _PARTNER_WORDS) \
                and "Sing" not in feat(subj, "Number") and subj.tag_ != "NN":
            return True
    return False


def _controller(verb: Token) -> list[Token]:
    """The subjects of the verb an infinitive complements: who pays in "X había acordado
    pagar 320 millones", "X agreed to pay $2 billion"."""
    return subjects(verb.head) if verb.dep_ == "xcomp" and verb.head.i != verb.i else []


def _subject_before_in_sentence(ctx: Context, pron: Token, refs: set[EntityRef]) -> bool:
    """ "Stratus did not disclose the price at signing, but a filing showed it paid $1.05
    billion": "it" in a later clause of a sentence whose first clause has a party as
    its subject is that party (the subject of the sentence is the likelier antecedent
    than the subject of the sentence before)."""
    if pron.pos_ != "PRON" or pron.lower_ not in ("it", "they"):
        return False
    sent = pron.sent
    return any(
        any(ref in refs for ref in ctx.np_entities(t)) or short_name_of(t, refs)
        for t in ctx.doc[sent.start : pron.i]
        if t.dep_ in SUBJ_DEPS and is_verbal(t.head) and t.head.i < pron.i
    )


def short_name_of(tok: Token, refs: set[EntityRef]) -> bool:
    """A proper name that is the first word(s) of a party's full name, told again
    short ("Huronia pagará 640 millones" after "el fondo Huronia Infrastructure"),
    which the tagger may not have read as that company (or as any)."""
    if tok.pos_ != "PROPN":
        return False
    words = [t for t in tok.subtree if t.pos_ == "PROPN"]
    if not words or words[-1].i - words[0].i + 1 != len(words):
        return False
    short = " ".join(t.text for t in words)
    return any(ref.name.startswith(short + " ") for ref in refs)


def _deal_price(t: Token) -> bool:
    """ "El precio pactado", "the purchase price", "the price tag", "el importe": the price
    of the deal just told (a definite price noun); not a share's price ("el precio de la
    acción", "the share price", "el precio de cierre")."""
    if t.lower_ == "tag" and any(c.lower_ == "price" for c in t.children):
        return is_definite(t)
    if t.lemma_.lower() not in PRICE_NOUNS and t.lower_ not in PRICE_NOUNS:
        return False
    # what the price is of, if told, is the deal ("el precio de la operación", "the
    # purchase price"): not oil's, a share's or a fine's ("el importe de la multa")
    of = [c for c in t.children if c.dep_ in ("compound", "nmod", "prep")]
    of = [g for c in of for g in ([c] if c.dep_ != "prep" else list(c.children))]
    return is_definite(t) and all(c.lemma_.lower() in BACKREF_NOUNS for c in of) and not any(
        d.lower_ in PRICE_NOT_OF for c in t.children for d in c.subtree
    )


def _amount_root(ctx: Context, amt: Amount) -> Token | None:
    span = covering_span(ctx.doc, amt.span.start, amt.span.end)
    if span is None:
        return None
    return span.root


def _bracketed_price(ctx: Context, sent: SpacySpan, amt: Amount) -> bool:
    """A figure alone in brackets that restates no figure before it in its sentence: a
    roundup's or a list's way of giving the price after the deal ("- Ashgrove Robotics
    acquired Pinecrest Vision ($40m)"); a bracket after another sum restates it in
    another currency ("€50 million ($54 million)")."""
    text = doc_text(ctx.doc)
    if not (text[: amt.span.start].rstrip().endswith("(")
            and text[amt.span.end :].lstrip().startswith(")")):
        return False
    return not any(sent.start_char <= a.span.start < amt.span.start for a in ctx.amounts)


def _in_brackets(ctx: Context, root: Token) -> bool:
    span = ctx.doc[max(root.sent.start, root.i - 6) : root.i]
    opened = [t for t in span if t.text in ("(", "[")]
    closed = [t for t in span if t.text in (")", "]")]
    return bool(opened) and (not closed or closed[-1].i < opened[-1].i)


# "US$7,71 por cada acción", "$10 per user", "$5 a month", "£2.5m a season", "5 millones al
# año", "for each share": a price per unit or per period, never a deal's amount.
_UNIT_RATE_RE = re.compile(
    r"\s*(?:\)\s*)?(?:por\s+cada|cada|per\s+(?-i:[a-z])\w*|for\s+each|each|a\s+(?:month|year|week|day|share"
    r"|piece|unit|head|barrel|ton|tonne|season)|(?:al|por)\s+(?:año|mes)"
    r"|(?:a\s+la|por)\s+temporada)\b",
    re.IGNORECASE,
)


# "25 euros por hectárea", "3,10 euros el kilo", "US$ 7 por libra": a Spanish price per
# unit of measure (``measure_units``), told with "por" or the article; in lower case
# only, as a name may begin with the word ("200 millones por Caja Tabernas").
_PER_MEASURE_RE = re.compile(rf"\s*(?:por|el|la)\s+(?:{alternation(MEASURE_UNITS)})s?\b")


def unit_rate(ctx: Context, amt: Amount) -> bool:
    """A figure told per unit ("US$3,15 por cada acción", "$10 per user", "25 euros
    por hectárea")."""
    text = doc_text(ctx.doc)
    return _UNIT_RATE_RE.match(text, amt.span.end) is not None \
        or _PER_MEASURE_RE.match(text, amt.span.end) is not None


# "$5 a month", "£2.5m per year", "5 millones al año", "6 millones de euros por año": a figure
# told per period of time (one kind of unit rate, above), not per unit of goods. A fee
# "a season" / "por temporada" is a club's sponsorship or a player's pay: left out.
_PER_PERIOD_RE = re.compile(
    r"\s*(?:(?:a|per)\s+(?:month|year|week|day|annum)|(?:al|por)\s+(?:año|mes))\b",
    re.IGNORECASE,
)
# The deals a figure per period may be the value of: a supply or service contract, or an
# agreement not yet resolved to one (rule amount:contract-per-period).
_CONTRACT_TYPES = frozenset({"PurchaseAgreement", "Agreement"})
# "worth an estimated £2 million a year", "por un valor aproximado de 4 millones de
# dólares al año": a word of value at most two words before the figure.
_VALUE_BEFORE_RE = re.compile(
    rf"\b(?:{alternation(CONTRACT_VALUE_WORDS)})(?:\s+[\w-]+){{0,2}}\s*\Z", re.IGNORECASE
)


def per_period(ctx: Context, amt: Amount) -> bool:
    """A figure told per period of time ("£2 million a year", "5 millones al año")."""
    return _PER_PERIOD_RE.match(doc_text(ctx.doc), amt.span.end) is not None


def contract_value(ctx: Context, amt: Amount, root: Token) -> bool:
    """A figure told as what a contract is worth: it hangs from a contract noun or a
    word of value ("a supply contract of £2 million a year", "El contrato asciende a 7
    millones al año"), or such a word stands just before it ("por un valor aproximado
    de 4 millones de dólares al año"). A company's sales told per year have none."""
    heads = [t for t, _ in _governors(root)]
    if any(t.lemma_.lower() in AGREEMENT_NOUNS or t.lemma_.lower() in CONTRACT_VALUE_WORDS
           or t.lower_ in CONTRACT_VALUE_WORDS for t in heads):
        return True
    start = amt.span.start
    return _VALUE_BEFORE_RE.search(doc_text(ctx.doc)[max(0, start - 60):start]) is not None


# "$500 million of debt", "200 millones de euros de deuda", "$1 billion in net debt";
# "750 millones netos", "$3 billion in net proceeds".
_OWED_OR_NET_RE = re.compile(
    # (a company's name may stand before the debt: "$200 million of Hollis debt")
    rf"\s*(?:(?:of|in|de)\s+(?:(?:su|sus|its|their|la|las|the)\s+"
    rf"|(?:(?-i:[A-Z])[\w&.-]*(?:'s)?\s+){{1,3}})?(?:(?:net|total)\s+)?"
    rf"(?:{alternation(DEBT_WORDS)})|(?:in\s+)?(?:{alternation(NET_WORDS)}))\b",
    re.IGNORECASE,
)


def running_total(ctx: Context, sent: SpacySpan, amt: Amount) -> bool:
    """A figure told as a running total in its stretch of the sentence (between commas):
    "The company has raised $45 million so far", "ha captado 45 millones desde su
    fundación", "con lo que la financiación obtenida hasta la fecha asciende a 45
    millones": the sum of every round, not one deal's amount."""
    return _RUNNING_RE.search(_segment(ctx, sent, amt).lower()) is not None


def contingent(ctx: Context, sent: SpacySpan, amt: Amount) -> bool:
    """A payment told as a maximum that depends on what happens later, in its stretch of
    the sentence: "could receive up to $400 million more if its lead drug wins
    approval", "hasta 20 millones de dólares adicionales si la bodega alcanza sus
    metas", "hasta 400 millones en hitos": an earn-out, not the deal's price. A ceiling
    alone ("a contract worth up to $1.8 billion") is the deal's amount."""
    if amt.max_value is None or amt.value is not None or amt.min_value is not None:
        return False
    return _CONTINGENT_RE.search(_segment(ctx, sent, amt).lower()) is not None


def _segment(ctx: Context, sent: SpacySpan, amt: Amount) -> str:
    """The stretch of the sentence a figure is told in, between commas, brackets,
    colons and dashes."""
    text = doc_text(ctx.doc)
    before = text[sent.start_char : amt.span.start]
    after = text[amt.span.end : sent.end_char]
    cuts = list(_SEGMENT_END.finditer(before))
    start = cuts[-1].end() if cuts else 0
    end = _SEGMENT_END.search(after)
    return before[start:] + " " + (after[: end.start()] if end else after)


def funding_total(ctx: Context, sent: SpacySpan, amt: Amount) -> bool:
    """A figure told as a company's funding over every round, the phrase right beside
    it in its stretch of the sentence with no other figure between: "una ronda de 10
    millones que eleva a 18 millones la financiación total", "taking the total raised
    to £32m". The round's own figure earlier in the sentence keeps its place."""
    text = doc_text(ctx.doc)
    lo = max(sent.start_char, amt.span.start - _FUNDING_TOTAL_REACH)
    hi = min(sent.end_char, amt.span.end + _FUNDING_TOTAL_REACH)
    before, after = text[lo : amt.span.start], text[amt.span.end : hi]
    cuts = list(_SEGMENT_END.finditer(before))
    if cuts:
        lo += cuts[-1].end()
    end = _SEGMENT_END.search(after)
    if end:
        hi = amt.span.end + end.start()
    others = [a.span.start for a in ctx.amounts if a is not amt and lo <= a.span.start < hi]
    for found in _FUNDING_TOTAL_RE.finditer(text[lo:hi].lower()):
        at = lo + found.start()
        between = (at, amt.span.start) if at < amt.span.start else (amt.span.end, at)
        if not any(between[0] <= o < between[1] for o in others):
            return True
    return False


# "$90 million in revenue", "$40 million in annual sales", "90 millones de euros de
# facturación", "50 millones en ventas": a figure told as a company's income.
_INCOME_AFTER_RE = re.compile(
    rf"\s*(?:in|en|de)\s+(?:(?:annual|yearly|net|gross|anual|anuales|netos?|netas?)\s+)?"
    rf"(?:{alternation(NOT_PRICE_WORDS)})\b",
    re.IGNORECASE,
)


def income(ctx: Context, sent: SpacySpan, amt: Amount, root: Token) -> bool:
    """A figure told as what a company earns, makes or manages: followed by what it is a
    sum of ("generated $90 million in revenue", "90 millones de euros de facturación"),
    the object of a verb of earning or managing ("which earned $12 million", "manages $14
    billion"), or a fund's size ("closed a $2 billion fund"); unless the rest of its
    stretch of the sentence ties it to a deal ("expects to earn $6 billion in sales from
    the contract through 2040": the contract's value)."""
    told = _INCOME_AFTER_RE.match(doc_text(ctx.doc), amt.span.end) is not None or (
        root.dep_ in ("dobj", "obj")
        and root.head.lemma_.lower() in INCOME_VERBS | RESULT_VERBS
    ) or (
        root.head.lemma_.lower() in FUND_NOUNS and root.dep_ in ("compound", "nummod", "nmod")
        and (case_of(root) or "de") == "de"
    )
    if not told:
        return False
    after = doc_text(ctx.doc)[amt.span.end : sent.end_char]
    end = _SEGMENT_END.search(after)
    rest = after[: end.start()] if end else after
    return not any(w.lower() in BACKREF_NOUNS for w in re.findall(r"\w+", rest))


# "redujo su deuda neta a", "cut its debt to", "elevó sus ventas hasta": the words
# right before a figure that is the level a company's debt or income reaches.
_LEVEL_BEFORE_RE = re.compile(
    rf"\b(?:{alternation(DEBT_WORDS | NOT_PRICE_WORDS)})(?:\s+(?:{alternation(NET_WORDS)}"
    rf"|total|totales|totals?|anual|anuales|annual))?\s+(?:a|to|hasta)\s*\Z",
    re.IGNORECASE,
)


def level_reached(ctx: Context, sent: SpacySpan, amt: Amount) -> bool:
    """A figure told as the level a company's debt or income reaches ("una operación con
    la que la empresa redujo su deuda neta a 1.100 millones", "a sale that cut its debt
    to $2 billion", "elevó su facturación hasta 300 millones"): that quantity, not a
    price."""
    before = doc_text(ctx.doc)[max(sent.start_char, amt.span.start - 60) : amt.span.start]
    return _LEVEL_BEFORE_RE.search(before) is not None


def owed_or_net(ctx: Context, amt: Amount) -> bool:
    """A figure told as a debt ("$500 million of debt", "200 millones de deuda") or as a
    net sum ("los 750 millones netos que obtendrá de la venta", "$3 billion in net
    proceeds"): what a company owes or a seller keeps, not a deal's price."""
    text = doc_text(ctx.doc)
    return (
        _OWED_OR_NET_RE.match(text, amt.span.end) is not None
        or _DEBT_NAMED_AFTER_RE.match(text, amt.span.end) is not None
        or _DEBT_NAMED_BEFORE_RE.search(text, max(0, amt.span.start - 60), amt.span.start)
        is not None
    )


# A loan named right after its sum or right before it: "a $1.1 billion credit facility",
# "a $400 million bridge loan"; "un préstamo sindicado de 650 millones", "a term loan of
# $200 million" (not "préstamos por 190 millones": a price paid for loans). What a
# company borrows is no deal's price.
_DEBT_NAMED_AFTER_RE = re.compile(
    r"\s+(?!(?:and|or|plus|including|excluding|with|without|in|of|into|y|e|o|más|con|sin"
    r"|incluida|incluyendo|de|en)\b)"
    rf"(?:[a-z-]+\s+)?(?:{alternation(DEBT_WORDS)})\b",
    re.IGNORECASE,
)
_DEBT_NAMED_BEFORE_RE = re.compile(
    rf"\b(?:{alternation(DEBT_WORDS)})(?:\s+[\w-]+){{0,2}}\s+(?:de|of)\s+\Z",
    re.IGNORECASE,
)


# "valorar", and "valuar" as Mexican and Argentine copy writes it ("que la valuaron en")
_VALORAR_RE = re.compile(r"(?:valor|val[uú])(?:a|an|ó|aron|ará|arán|aría|arían|ando)")


def is_valuation(ctx: Context, root: Token) -> bool:
    """A valuation: under "valoración"/"valuation", the object of "values ... at",
    or beside "valoración" ("elevar su valoración a X"); not beside a valuation noun
    that holds a figure of its own ("invirtió 200 millones en X, con una valoración de
    1.500 millones": the 200 millones are the round)."""
    if _money_stage_after(root):
        return True
    near: list[Token] = [root.head, root.head.head]
    near += [
        c
        for c in root.head.children
        if c.i != root.i and c.dep_ not in ("relcl", "acl", "acl:relcl")
        and not _holds_own_figure(ctx, c, root)
    ]
    for t in near:
        lemma = t.lemma_.lower()
        if _VALORAR_RE.fullmatch(t.lower_):
            lemma = "valorar"  # the small Spanish model leaves "valora" unlemmatised
        if lemma in ("valoración", "valuación", "valuation"):
            return True
        verbal = is_verbal(t) or _VALORAR_RE.fullmatch(t.lower_) is not None
        if lemma in ("value", "valorar", "valorado", "valuar", "valuado", "valued") and verbal and \
                t in (root.head, root.head.head):
            return _values_its_object(t, root)
        if (
            lemma in ("value", "valor")
            and t.pos_ == "NOUN"
            and any(c.lower_ in ("enterprise", "equity", "empresa", "mercado") for c in t.children)
        ):
            return True
    verb = _object_valued_at(root)
    if verb is not None:
        return _values_its_object(verb, root)
    prev = ctx.doc[max(root.sent.start, root.i - 5) : root.i]
    return any(t.lemma_.lower() in ("valoración", "valuación", "valuation") for t in prev) \
        or _clitic_valorar(prev)


# Object pronouns that stand before a Spanish verb ("que la valora en ...").
_CLITICS = frozenset({"la", "lo", "las", "los", "le", "les"})


def _clitic_valorar(words: SpacySpan) -> bool:
    """ "una ronda de 62 millones que la valora en 410 millones": "valorar" after an
    object pronoun values the company the pronoun stands for, however the tagger reads
    the verb (the small Spanish model may call "valora" a noun)."""
    return any(
        _VALORAR_RE.fullmatch(t.lower_) and t.i > t.sent.start
        and t.doc[t.i - 1].lower_ in _CLITICS
        for t in words
    )


def _object_valued_at(root: Token) -> Token | None:
    """ "The round values the startup at $600 million": the parse hangs "at $600
    million" on the object; the verb that values that object, if any."""
    prep, obj = root.head, root.head.head
    if prep.pos_ != "ADP" or prep.lower_ not in ("at", "en") or obj.dep_ not in ("dobj", "obj"):
        return None
    verb = obj.head
    lemma = verb.lemma_.lower()
    valuing = lemma in ("value", "valorar", "valuar") or _VALORAR_RE.fullmatch(verb.lower_)
    return verb if valuing and is_verbal(verb) else None


def _money_stage_after(root: Token) -> bool:
    """A figure followed by "post-money" or "pre-money" ("values the company at $1.8
    billion post-money", "una valoración de 300 millones pre-money"): the words name
    a company's value before or after the round's money, a valuation whatever the
    parse hangs the figure from."""
    end = root.i + 1
    doc = root.doc
    words = [t.lower_ for t in doc[end : min(root.sent.end, end + 3)]]
    return bool(words) and (
        words[0] in ("post-money", "pre-money")
        or (words[0] in ("post", "pre") and words[1:3] == ["-", "money"])
        or (words[0] in ("post", "pre") and words[1:2] == ["money"])
    )


def _holds_own_figure(ctx: Context, tok: Token, root: Token) -> bool:
    """``tok`` governs a figure other than the one at ``root``."""
    mine = ctx.tok_amount.get(root.i)
    return any(
        t.i in ctx.tok_amount and ctx.tok_amount[t.i] is not mine for t in tok.subtree
    )


def _values_its_object(verb: Token, amount: Token | None = None) -> bool:
    """Only a verb that governs the amount: in "raised $60 million, valuing the company
    at $480 million" the sibling clause values the other figure. "a transaction valued
    at $X" is the deal's price, not a valuation; "a takeover that would have been valued
    at $X" too; but "a round that values the company at $X" values the object."""
    holder = verb.head if verb.dep_ in ("acl", "amod", "relcl", "acl:relcl") else None
    # The figure itself is no object: "una operación valorada en 1.200 millones" (the
    # small Spanish model reads "en 1.200 millones" as the participle's object).
    # Nor is the agent of a participle: "el contrato, valorado por la autoridad en 300
    # millones" (the model reads "por la autoridad" as an object too).
    objects = [
        c for c in verb.children if c.dep_ in ("dobj", "obj") and c != amount
        and not any(k.dep_ == "case" and k.lower_ == "por" for k in c.children)
        # (nor the figure's scale word when the parse makes the symbol its head: "en B/.
        # 1.100 millones")
        and not (c.like_num or any(k.dep_ == "nummod" for k in c.children))
    ]
    subj = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
    if len(subj) > 1 and subj[0].i < verb.i < subj[-1].i:
        # "la ronda valora la empresa en 310 millones": the small Spanish model reads
        # the object after the verb as a second subject.
        objects += [s for s in subj if s.i > verb.i]
        subj = [s for s in subj if s.i < verb.i]
    nouns = objects or ([holder] if holder is not None else []) + subj
    if holder is not None and not objects and (
        _agrees_with_deal_above(verb, holder) or _inside_deal_phrase(holder)
    ):
        return False
    if any(o.lemma_.lower() in _STAKE_NOUNS or o.lower_ in _STAKE_NOUNS for o in objects):
        # "una operación que valoraría ese paquete en 480 millones", "a deal that values
        # the stake at $2bn": the worth of the stake bought is its price.
        return False
    # (a contract or a pact valued at a figure is worth it: "un pacto valorado en X")
    return not any(n.lemma_.lower() in BACKREF_NOUNS | AGREEMENT_NOUNS for n in nouns)


def _agrees_with_deal_above(participle: Token, holder: Token) -> bool:
    """A Spanish participle the parser hangs on a name inside a deal noun's phrase (or,
    set off by a comma, on a noun of it) but which agrees with the deal noun: "La compra
    de Conservas Miramar por parte de Grupo Tarraco, valorada en 180 millones"
    (feminine, as "compra"): the deal's price."""
    gender, number = feat(participle, "Gender"), feat(participle, "Number")
    if not gender or not (holder.pos_ == "PROPN" or _set_off(participle)):
        return False
    deal = holder.head
    for _ in range(3):  # "la compra de X", "la compra de X por parte de Y"
        if deal.lemma_.lower() in BACKREF_NOUNS and deal.pos_ == "NOUN":
            return feat(deal, "Gender") == gender and feat(deal, "Number") == number
        if deal.pos_ not in ("PROPN", "NOUN") or deal.head.i == deal.i:
            return False
        deal = deal.head
    return False


def _inside_deal_phrase(holder: Token) -> bool:
    """A common noun that only completes a deal noun ("an all-share merger of equals
    valued at £3.2bn", "a purchase of assets valued at $400 million"): the participle
    hung on it tells the deal's worth. A company's name there ("the purchase of Zenith,
    valued at $2bn in its last round") may have a worth of its own."""
    if holder.pos_ != "NOUN" or holder.dep_ != "pobj" or holder.head.lower_ != "of":
        return False
    deal = holder.head.head
    return deal.pos_ == "NOUN" and deal.lemma_.lower() in BACKREF_NOUNS


def _set_off(participle: Token) -> bool:
    """A participle set off by a comma at the end of a noun phrase ("la compra de la
    cadena Cinerama por parte de Grupo Estrella, valorada en ..."): it may tell of the
    phrase's head, not of the nearest noun (both feminine here), or of a noun it does not
    agree with ("por parte del grupo gallego Farmagal, valorada en ...")."""
    return participle.i > 0 and participle.doc[participle.i - 1].text == ","


# -- term and quantity -------------------------------------------------------


_DURATION_WORDS = frozenset(DURATION_UNITS)


def attach_term_quantity(ctx: Context, sent: SpacySpan, ms: list[Mention]) -> None:
    """Give the nearest mention a term ("por cinco años" → P5Y) and a quantity."""
    if not ms:
        return
    lowers = ctx.lowers
    for i in ctx.among(sent, _DURATION_WORDS, "lowers"):  # (a Token only for a unit word)
        unit = DURATION_UNITS[lowers[i]]
        tok = ctx.doc[i]
        number = _number_before(ctx, tok)
        if number is None:
            continue
        pre = ctx.doc[max(sent.start, tok.i - 4) : tok.i]
        if not any(t.lower_ in DURATION_PREPS for t in pre):
            continue
        if any(
            t.lower_ in ("hace", "ago", "pasado", "past", "últimos", "last")
            for t in ctx.doc[max(sent.start, tok.i - 3) : tok.i + 2]
        ):
            continue
        m = min(ms, key=lambda x: tree_distance(ctx.doc[x.trigger], tok))
        if m.term is None:
            m.term = f"P{number}{unit}"
    for qty in ctx.quantities:
        if not (sent.start_char <= qty.span.start < sent.end_char):
            continue
        span = covering_span(ctx.doc, qty.span.start, qty.span.end)
        if span is None:
            continue
        m = min(ms, key=lambda x: tree_distance(ctx.doc[x.trigger], span.root))
        if m.quantity is None and tree_distance(ctx.doc[m.trigger], span.root) <= 4:
            m.quantity = qty


def _number_before(ctx: Context, unit: Token) -> int | None:
    for t in reversed(ctx.doc[max(unit.sent.start, unit.i - 2) : unit.i]):
        if t.like_num:
            try:
                return int(t.text.replace(".", "").replace(",", ""))
            except ValueError:
                try:
                    return int(text2num(t.lower_, ctx.lang or "en"))
                except ValueError:
                    return None
    return None
