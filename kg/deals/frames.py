"""Frames: how each kind of trigger word states a deal.

A trigger's kind (``acquire``, ``round``, ``agreement``...; the words of each kind are
in ``lexicon/deals.toml``) picks its ``Frame`` in ``FRAMES``: the deal type it states,
which preposition gives which role when the trigger is a verb and when it is a noun,
the test a trigger of that kind must pass to state a deal at all (``admits``), the
steps that fill its roles (``kg.deals.roles``), and a last check (``finish``).
``read`` turns one trigger token into a ``Mention`` with it, and records the frame
in the mention's rules (``frame:acquire_v(comprar)``).

To change what a kind of trigger does, change its row here (and add a golden case).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from babel.dates import get_month_names
from spacy.tokens import Doc, Span, Token

from kg.deals.attach import price_named_after
from kg.deals.award import (
    bid_for_only,
    commissioned_work,
    contract_winners,
    contracting_activity,
    goods_conjunct,
    licence_sides,
    licensed_between,
    owner_chain,
    prevailed_in,
    price_clause,
    tender_sides,
    tender_won,
)
from kg.deals.belong import belonging_sides, stake_belongs
from kg.deals.buyout import whole_of_topic
from kg.deals.context import Context
from kg.deals.controller import recipients
from kg.deals.disposal import (
    bought_from,
    goods_sold,
    in_clause,
    named_unit_sold,
    supplied_to,
)
from kg.deals.ended import end_told
from kg.deals.fields import line_heading
from kg.deals.first_person import FIRST_PLURAL, denied_by_answer
from kg.deals.held_now import now_held, now_held_sides
from kg.deals.linear import misread_verb
from kg.deals.longform import (
    company_or_stake,
    entry_args,
    facility_owner_sells,
    fused_reflexive,
    goods_owner,
    order_goods,
    order_supplier,
    premises_owner_buys,
    seller_in_goods,
    understanding_partner,
)
from kg.deals.mention import TOLD_AS_STEP, Mention
from kg.deals.negotiation import bid_talked_over, talks_counterpart
from kg.deals.pairs import PAIR_JOIN_VERBS, join_both, joins_pair
from kg.deals.possession import (
    BACKING_VERBS,
    backed,
    backer_apart,
    became_part,
    copular_theme,
    ended_with,
    fronted_backer,
    hyphen_backer,
    into_hands,
    new_holder,
    new_owner,
    owned_now,
    owner_named,
    owner_predicate,
    part_owner,
    priced_buyer,
    supported_with_investment,
)
from kg.deals.recall import fused_percentage, lettered_series, same_stake, series_head
from kg.deals.refer import (
    bound_to_name,
    company_of_part,
    described_as,
    dropped_we,
    governing_subject,
    notice_issuer,
    relative_after_preposition,
    resolve_np,
    topic_before,
    unanchored_new_owner,
    unsaid_subject,
)
from kg.deals.roles import (
    OWN_POSSESSIVES,
    Reading,
    RoleMap,
    Step,
    add_topic_acquirer,
    agent,
    arguments,
    clitic_object,
    counted_predicate,
    described,
    described_description,
    fill_roles,
    fraction_of_company,
    holders,
    lead_investors,
    listed_targets,
    objects,
    participle_agents,
    participle_owner,
    relative_subscriber,
    retype,
    subject,
    topic_acquirer,
    topic_partner,
    valued_companies,
)
from kg.deals.sectors import (
    added_to_holdings,
    charge_taken,
    interest_agreement,
    seller_beside_holdings,
    taken_in_charge,
)
from kg.deals.standing import standing_holder
from kg.deals.status import set_status
from kg.deals.syntax import (
    buys_goods,
    case_of,
    direct_objects,
    feat,
    first_conjunct,
    in_adjunct,
    is_another,
    is_control,
    is_definite,
    is_denied,
    is_earlier,
    is_passive,
    is_possessed,
    is_verbal,
    judges_likelihood,
    own_subtree,
    percentage,
    ranked,
    spanish_percentage,
    subjects,
    told_as_step,
)
from kg.deals.tacit import (
    bare_part,
    counted_part,
    described_topic,
    open_stake,
    organisation_holds,
    owners_company,
    part_of_topic,
    shareholder_holds,
)
from kg.deals.transfer import book_transferred, handed_over, transfer_received
from kg.deals.winner import named_winner, winner_sides, winner_status, wins_contract
from kg.deals.words import (
    AGREEMENT_HELD_VERBS,
    AGREEMENT_NOUNS,
    ASSET_NOUNS,
    AWARDING_VERBS,
    BACKREF_NOUNS,
    BID_MAKING_VERBS,
    BID_NOUNS,
    BUYER_DESCRIPTORS,
    CAPITAL_NOUNS,
    CHOSEN_FOR_NOUNS,
    COMPANY_NOUNS,
    CONTRACT_NOUNS,
    CONTRIBUTION_NOUNS,
    CONVERTIBLE_NOUNS,
    CONVERTIBLE_WORDS,
    DEBT_SECURITIES,
    DEBT_WORDS,
    DESCRIBED_HEADS,
    DESCRIPTORS,
    DISTRIBUTION_WORDS,
    EMISSION_WORDS,
    ENTER_NOUNS,
    ENTER_VERBS,
    FACILITY_NOUNS,
    FINANCING_WORDS,
    FRAME_PREPS,
    FUNDING_NOUNS,
    GENERIC_BACKREF,
    GENERIC_COMPANY_NOUNS,
    HUNDRED_WORDS,
    INTERVAL_NOUNS,
    LISTING_WORDS,
    LOAN_NOUNS,
    LOSE_VERBS,
    MEASURE_UNITS,
    MONEY_BACKING_VERBS,
    MONEY_INTO_VERBS,
    NEGOTIATING,
    NOT_PRICE_WORDS,
    OBJ_DEPS,
    OFFER_NOUNS,
    OFFER_RECEIVERS,
    OFFER_RECIPIENT_VERBS,
    OFFTAKE_WORDS,
    ORGAN_NOUNS,
    ORGAN_RECEIVERS,
    PAID_PARTS,
    PAY_OUT_VERBS,
    PHRASAL_PAY,
    PHRASAL_TAKEOVER,
    POWER_WORDS,
    PREMISES_NOUNS,
    PRODUCER_NAME_WORDS,
    PROPOSAL_NOUNS,
    RECEIVE_VERBS,
    RUMOURED,
    SALES_EVENT_WORDS,
    SELLER_DESCRIPTORS,
    SETTLEMENT_WORDS,
    SIGNED,
    SIGNED_PARTICIPLES,
    STAKE_NOUNS,
    SUBJ_DEPS,
    SUPPLIED_WITH_VERBS,
    SUPPLIER_NOUNS,
    SUPPLIER_VERBS,
    SUPPLY_WORDS,
    TAKE_VERBS,
    TRADE_VERBS,
    UNIT_NOUNS,
    WHOLE_WORDS,
    WON_CONTESTS,
    answer_lemma,
)
from kg.doc import doc_lang
from kg.entities.words import SPEECH_VERBS
from kg.facts import EntityRef
from kg.lexicon import LEXICON

# Whether a trigger of a kind states a deal at all (beyond the checks every trigger
# passes): (context, trigger, is it a noun, the sentence's triggers).
Gate = Callable[[Context, Token, bool, set[int]], bool]
# The frame's last word on a mention with its roles: False drops it. (context,
# mention, trigger, the light verb it is received by, the sentence's triggers)
Finish = Callable[[Context, Mention, Token, Token | None, set[int]], bool]


def _not_price_move(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "Las acciones de X cedieron un 1,2 %", "X's shares gave up 3%": a verb of
    selling whose subject is the shares themselves and whose object is a percentage
    tells how their price moved, not a sale (no one they go to is named)."""
    if noun or not any(s.lemma_.lower() in STAKE_NOUNS or s.lower_ in STAKE_NOUNS
                       for s in subjects(tok)):
        return True
    if any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") or c.lower_ == "se"
           for c in tok.children):
        return True  # "las acciones se vendieron a Y", "the shares were sold to Y"
    if any(prep in ("a", "to") and ctx.np_entities(arg) for prep, arg in ctx.prep_args(tok)):
        return True
    return not any(
        c.dep_ in OBJ_DEPS and (c.text.endswith("%") or _per_cent(c)) for c in tok.children
    )


def _not_unit_price(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "La cooperativa vende el litro a 1,45 euros", "the mill buys the tonne at
    $300": a verb of buying or selling whose object is a unit of measure, uncounted,
    quotes a price per unit; it tells no sale, and whoever the unit goes to is no
    buyer. Counted ("vende 500 toneladas de leche a Y"), the units are goods sold."""
    if noun:
        return True
    objects = list(direct_objects(tok))
    return not objects or not all(
        (o.lemma_.lower() in MEASURE_UNITS or o.lower_ in MEASURE_UNITS)
        and o.i not in ctx.tok_ent
        and not any(c.like_num or c.dep_ == "nummod" for c in o.children)
        for o in objects
    )


def _neither_price_move_nor_unit_price(
    ctx: Context, tok: Token, noun: bool, triggers: set[int]
) -> bool:
    return _not_price_move(ctx, tok, noun, triggers) and _not_unit_price(
        ctx, tok, noun, triggers) and not _substance_disposed(tok) and handed_over(ctx, tok, noun)


def _substance_disposed(tok: Token) -> bool:
    """ "a waste disposal contract", "a seven-year water-disposal contract": "disposal"
    after a noun that is no business, stake or asset ("waste", "water", "ash") is getting
    rid of that substance, a service the contract buys, not a sale; "an asset
    disposal", "the stake disposal" still sell."""
    if tok.lemma_.lower() != "disposal":
        return False
    return any(
        c.dep_ == "compound" and c.i < tok.i and c.pos_ == "NOUN"
        and c.lemma_.lower() not in STAKE_NOUNS | UNIT_NOUNS | COMPANY_NOUNS | ASSET_NOUNS
        and c.lower_ not in STAKE_NOUNS | UNIT_NOUNS | COMPANY_NOUNS | ASSET_NOUNS
        and c.lemma_.lower() not in _BUSINESS_DISPOSED
        for c in tok.children
    )


# Nouns before "disposal" that name what a business sells ("asset disposal", "the
# business disposal", "a property disposal").
_BUSINESS_DISPOSED = frozenset({"asset", "business", "property", "share", "equity", "land"})


def _bought_neither_debt_nor_unit(
    ctx: Context, tok: Token, noun: bool, triggers: set[int]
) -> bool:
    return _not_debt_bought(ctx, tok, noun, triggers) and _not_unit_price(
        ctx, tok, noun, triggers
    ) and (tok.lemma_.lower() not in _FOLD_VERBS or (not noun and _folded_into_own(ctx, tok))) and (
        tok.lemma_.lower() not in _ASSUME_VERBS or _deposits_assumed(ctx, tok)
    ) and not _bid_for_contest(ctx, tok)


def _bid_for_contest(ctx: Context, tok: Token) -> bool:
    """ "X bid for the Brenwick Council bridge contract", "submitted a bid for Y's
    tender": a bid for a contract or a tender (lexicon/deals.toml won_contests) seeks
    work; the name in it is the contract's owner, no takeover target."""
    if tok.lemma_.lower() not in BID_NOUNS:
        return False
    sums = [c for c in tok.children if c.dep_ in OBJ_DEPS]
    sought = [arg for prep, arg in (*ctx.prep_args(tok), *(pa for c in sums for pa in
                                                           ctx.prep_args(c)))
              if prep in ("for", "por")]
    return any(a.lemma_.lower() in WON_CONTESTS or a.lower_ in WON_CONTESTS for a in sought)


# Verbs of taking on another's liabilities: "X assumed the deposits of failed Y".
_ASSUME_VERBS = frozenset({"assume", "asumir"})
_DEPOSIT_NOUNS = frozenset({"deposit", "deposits", "depósito", "depósitos"})


def _deposits_assumed(ctx: Context, tok: Token) -> bool:
    """ "Prairie Trust assumed the deposits of failed Redfield Savings Bank", "Banco X
    asumió los depósitos de la quebrada Caja Y": a bank that assumes a named lender's
    deposits takes the lender over (a bank resolution's purchase and assumption); not
    "asumió la deuda de Y", "assumed the role of chairman"."""
    return bool(_lenders(ctx, tok))


def _lenders(ctx: Context, tok: Token) -> list[EntityRef]:
    """The companies whose deposits an assuming verb's object names ("the deposits of
    failed Y", "los depósitos y las sucursales de la quebrada Y")."""
    objects = list(direct_objects(tok))
    if not any(o.lemma_.lower() in _DEPOSIT_NOUNS or o.lower_ in _DEPOSIT_NOUNS for o in objects):
        return []
    return [
        x for o in objects for part in (o, *o.conjuncts)
        for prep, a in ctx.prep_args(part) if prep in ("of", "de")
        for x in ctx.np_entities(a) if x.kind == "org"
    ]


def _assumed_lender(ctx: Context, m: Mention, tok: Token) -> None:
    """The lender whose deposits are assumed is taken over, not a seller of goods: its
    assumer is the acquirer (parties:deposits-assumed)."""
    if tok.lemma_.lower() not in _ASSUME_VERBS or not (lenders := _lenders(ctx, tok)):
        return
    m.type = "Acquisition"
    m.roles = [
        ("acquirer" if role in ("buyer", "acquirer") else role, x)
        for role, x in m.roles if x not in lenders
    ] + [("target", x) for x in lenders]
    m.rules.append("parties:deposits-assumed")


# Verbs that tell a takeover as putting a company into one's own business.
_FOLD_VERBS = frozenset({"fold"})


def _folded_into_own(ctx: Context, tok: Token) -> bool:
    """ "X agreed to fold Y, a 19-branch chain, into its network for $64m": folding a
    named company into one's own business (an "into" phrase with a possessive, "its",
    "their", "X's", or naming a company) takes it over; not "fold its unit Y into its
    main business" (its own part moved), "fold Y into a new company" (a reorganisation),
    nor "the venture folded" (closed)."""
    into = [
        n for c in tok.children if c.dep_ == "prep" and c.lower_ == "into"
        for n in c.children if n.dep_ == "pobj"
    ]
    owned = any(
        any(p.dep_ == "poss" for p in n.children) or ctx.np_entities(n) for n in into
    )
    objects = [
        o for o in direct_objects(tok)
        if not any(p.dep_ == "poss" for p in o.children) and ctx.np_entities(o)
    ]
    return owned and bool(objects)


def _not_debt_bought(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "El fondo compró deuda de X con descuento a varios bancos", "bought X's bonds",
    "la compra de deuda de X": what is bought is a claim on X, traded with its creditors,
    and X the debtor, neither seller nor target. A purchase of nothing but debt is no
    deal."""
    things = (
        [a for prep, a in ctx.prep_args(tok) if prep in ("de", "of")] if noun
        else list(direct_objects(tok))
    )
    return not things or not all(
        # a name that opens with the word is a company ("la compra de Bonos Verdes Capital")
        (t.lemma_.lower() in DEBT_SECURITIES or t.lower_ in DEBT_SECURITIES)
        and t.i not in ctx.tok_ent
        for t in things
    )


def _always(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    return True


def _keep(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    return True


# The steps that fill a trigger's roles, in order (see kg.deals.roles).
_HEAD: tuple[Step, ...] = (subject, described, objects, arguments)
STEPS: tuple[Step, ...] = (*_HEAD, participle_agents, agent, retype)


@dataclass(frozen=True)
class Frame:
    """How one kind of trigger states a deal."""

    type: str  # the deal type ("" for a word that only refers back to a deal)
    verb: RoleMap | None = None  # preposition → role when the trigger is a verb
    noun: RoleMap | None = None  # ... and when it is a noun
    admits: Gate = _always
    steps: tuple[Step, ...] = STEPS
    finish: Finish = _keep
    refers_back: bool = False  # "la operación", "the transaction": a deal told before

    def roles(self, noun: bool) -> RoleMap:
        """The role map for the trigger's part of speech (else the other one)."""
        mine, other = (self.noun, self.verb) if noun else (self.verb, self.noun)
        return mine or other or {}


# -- what each kind admits -------------------------------------------------------


def _round_noun(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """A series noun is a round only as a lettered series of its own ("led the
    company's Series A"; see ``kg.deals.recall.lettered_series``); a loan or a note only
    as convertible ("un préstamo convertible de X", "convertible notes from X"): it
    turns into shares, where a plain loan is lent and repaid."""
    if tok.lower_ in CONVERTIBLE_NOUNS or tok.lemma_.lower() in CONVERTIBLE_NOUNS:
        return _convertible(tok)
    if tok.lemma_.lower() in _EXTENSION_NOUNS:
        return _extends_round(ctx, tok)
    return lettered_series(tok)


# Nouns of a round made bigger after it closed ("an extension of its Series A").
_EXTENSION_NOUNS = frozenset({"extension", "extensión"})


def _extends_round(ctx: Context, tok: Token) -> bool:
    """ "an extension of its Series A", "added $10 million to its Series A in an
    extension led by X", "una extensión de su ronda": an extension is a round only
    with a round named in its clause; not "a contract extension", "an extension of the
    deadline"."""
    verb = next((t for t in tok.ancestors if is_verbal(t)), tok)
    return any(
        t.lemma_.lower() in FUNDING_NOUNS and t.i != tok.i and t.i not in ctx.tok_ent
        for t in verb.subtree
    )


def _convertible(tok: Token) -> bool:
    """ "préstamo convertible", "convertible notes": the noun carries "convertible"."""
    return any(c.lower_ in CONVERTIBLE_WORDS for c in tok.children)


def _raise_is_funding(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "raise" / "levantar" is a funding round only with money or a round as object,
    and not when the money comes from a listing ("raised $1bn in its IPO", "captó 800
    millones en su salida a bolsa"): the market is no investor. Nor is money a company
    earned ("obtuvo ventas por 300 millones", "got revenue of $40 million"): a revenue
    or profit noun heading the object is no funding, and nor is a contract or an order
    won ("secured a $90 million order"): its noun tells that deal."""
    if _raised_in_listing(ctx, tok) or any(
        c.dep_ in OBJ_DEPS and (
            c.lower_ in NOT_PRICE_WORDS
            or ctx.by_token.get(c.i, "").startswith(("agreement_", "order_"))
        ) for c in tok.children
    ):
        return False
    for child in tok.children:
        if child.dep_ in ("obj", "dobj") or (
            child.dep_ in ("prep", "obl") and child.lower_ in ("in", "en")
        ):
            sub = list(child.subtree)
            if any(t.lemma_.lower() in FUNDING_NOUNS for t in sub):
                return True
            # "closed a $10m round" is funding, "shares closed at $21.25" is a price,
            # "amplió en 30 millones su inversión en Y" puts more in: money alone makes
            # a funding only for the verbs that mean raising it.
            if tok.lemma_.lower() not in ("close", "cerrar", "ampliar") and any(
                t.i in ctx.tok_amount for t in sub
            ):
                return True
    return False


def _raised_in_listing(ctx: Context, tok: Token) -> bool:
    """The money was raised in, through or with a listing or a debt issue ("in its IPO",
    "en su OPV", "through a bond sale"), or is a loan ("secured a $200m loan"); but not
    when a round is named too ("$50m in a Series B round and $20m in debt")."""
    args = [arg for prep, arg in ctx.prep_args(tok)
            if prep in ("in", "en", "through", "via", "mediante", "con", "with", "tras")]
    args += [c for c in tok.children if c.dep_ in OBJ_DEPS]
    listing = _listing_of_clause(tok)
    if listing is not None:
        args.append(listing)
    words = {
        w for arg in args for t in arg.subtree if t.i not in ctx.tok_ent  # not "Banco de Crédito"
        for w in (t.lower_, t.lemma_.lower())
    }
    return bool(words & LISTING_WORDS) and not words & (FUNDING_NOUNS | CONVERTIBLE_WORDS)


def _ranked_holder(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "The biggest holder is X", "its largest holder": the bare English "holder" is a
    shareholder only ranked among a company's holders (a licence holder, a record
    holder, the holder of a title are none). A holder dated as standing ("es el
    accionista mayoritario de Y desde hace dos décadas", "for decades") is who owns Y,
    no deal (``kg.deals.standing``)."""
    return (tok.lemma_.lower() != "holder" or ranked(tok)) and not standing_holder(ctx, tok)


def _not_listing_valuation(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """The valuation a listing aims at ("la OPV, en la que aspira a captar 300 millones
    con una valoración de 1.500 millones", "raise $300m in its IPO at a valuation of
    $1.5bn") is the market's price to come, not a valuation reported."""
    head = tok.head.head if tok.head.pos_ == "ADP" else tok.head
    return not (head.i != tok.i and is_verbal(head) and _raised_in_listing(ctx, head))


_WH_RELATIVES = frozenset({"que", "cual", "which"})


def _listing_of_clause(tok: Token) -> Token | None:
    """ "la OPV, en la que aspira a captar 300 millones", "the IPO, in which it hopes to
    raise $300m": a raising verb (or the verb it completes) in a relative clause whose
    pronoun is the place of the raising: the noun the clause hangs on, if it is a
    listing or a debt issue."""
    clause = tok
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("acl", "relcl", "acl:relcl") or clause.head.i == clause.i:
        return None
    pronouns = [t for t in clause.subtree if t.lower_ in _WH_RELATIVES and t.i < tok.i]
    noun = clause.head
    listed = {noun.lower_, noun.lemma_.lower()} & LISTING_WORDS
    return noun if pronouns and listed else None


def _bid_for_company(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """An offer is a takeover bid when it is for a company ("una oferta por X", "an
    offer for X", "la oferta sobre X") or names a takeover ("takeover offer", "oferta
    pública de adquisición"); an offer of products or jobs is no deal. The verb offers a
    price for a company ("X offered $2bn for Y", "X ofreció 2.000 millones por Y")."""
    if not noun:
        return _price_offered(ctx, tok)
    args = list(ctx.prep_args(tok))
    if tok.dep_ in OBJ_DEPS and is_verbal(tok.head):
        # "lanzará una oferta sobre el 100 % de X": the parser hangs it on the verb
        args += [(p, a) for p, a in ctx.prep_args(tok.head) if a.i > tok.i]
    for prep, arg in args:
        if prep in ("por", "for", "sobre") and arg.pos_ != "PRON" and (
            ctx.np_entities(arg) or _share_of_company(ctx, arg) or same_stake(arg)
        ):
            return True
        if prep == "to" and tok.lemma_.lower() == "approach" and ctx.np_entities(arg) and (
            tok.dep_ in OBJ_DEPS and tok.head.lemma_.lower() in BID_MAKING_VERBS
        ):
            # "tabled a non-binding approach to Y": made to the company it would buy (not
            # "changed its approach to Y", a manner)
            return True
    if _offer_made_for(ctx, tok):
        return True
    if tok.lemma_.lower() in PROPOSAL_NOUNS:
        # a plan of any kind unless it names its company or a takeover ("a takeover
        # proposal from X"), or the company's owners answer it as they answer an offer
        # ("los dueños rechazaron una propuesta de Y": what they own was asked for)
        return _names_takeover(ctx, tok) or (
            not _proposes_an_act(tok) and bool(owners_company(ctx, tok, set()))
        )
    if _bid_descriptions(ctx, tok):
        return True
    if _offer_to_subject(ctx, tok) or _offer_told(ctx, tok) or _offer_ended(ctx, tok) \
            or _holders_addressed(ctx, tok) or bid_talked_over(ctx, tok) \
            or owners_company(ctx, tok, set()) or valued_companies(ctx, tok, set()):
        return True
    return _names_takeover(ctx, tok)


def _proposes_an_act(tok: Token) -> bool:
    """ "una propuesta de Y para cambiar el envase", "a proposal to cut the dividend": a
    proposal an infinitive says the content of proposes that act, not to buy (the
    parser may hang the infinitive after it on the verb it is the object of)."""
    after = [c for c in tok.head.children if c.i > tok.i] if tok.head.i != tok.i else []
    return any(
        c.dep_ in ("acl", "advcl") and "Inf" in feat(c, "VerbForm")
        for c in (*tok.children, *after)
    )


def _names_takeover(ctx: Context, tok: Token) -> bool:
    """ "a takeover offer", "a takeover proposal": an offer a takeover word modifies."""
    return any(
        c.dep_ in ("nmod", "compound", "amod")
        and ctx.by_token.get(c.i, "").startswith("acquire")
        for c in tok.children
    )


def _offer_made_for(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "retiró la oferta que había presentado en marzo por X", "withdrew the offer it
    had made in March for X": the company a relative clause on an offer says it was
    made for is the bid's target (the parser may hang the clause on the offer's sum)."""
    return [
        x for c in _clauses_on_offer(ctx, tok) for prep, arg in _clause_args(ctx, c)
        if prep in ("por", "for", "sobre") and arg.pos_ != "PRON" for x in ctx.np_entities(arg)
    ]


def _clause_args(ctx: Context, clause: Token) -> list[tuple[str, Token]]:
    """The prepositional arguments of a clause on an offer, with those the parser hangs
    on its agent's name ("submitted by X for Y": "for Y" read as part of X's name)."""
    args = list(ctx.prep_args(clause))
    return args + [pa for prep, arg in args if prep in ("by", "por") and arg.i in ctx.tok_ent
                   for pa in ctx.prep_args(arg)]


def _clauses_on_offer(ctx: Context, tok: Token) -> list[Token]:
    """The relative clauses on an offer (or on its sum), and in English its reduced
    relatives ("the plan submitted by X for Y": a past participle tells of the noun it
    hangs on as a relative clause would)."""
    heads = [tok, *(c for c in tok.children if c.i in ctx.tok_amount)]
    if tok.dep_ in OBJ_DEPS:
        heads += [c for c in tok.head.children if c.i > tok.i and c.i in ctx.tok_amount]
    return [
        c for h in heads for c in h.children
        if c.dep_ in ("acl", "relcl", "acl:relcl") and is_verbal(c) and c.i > tok.i
        and (c.dep_ != "acl" or any(g.lower_ in _RELATIVE_WORDS for g in c.children)
             or (ctx.lang == "en" and c.tag_ == "VBN"))
    ]


def _offer_submitted_by(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "the plan submitted by X for Y", "the offer made by X": the agent of a past
    participle on an offer is who made it, the bidder (English); so is the named
    subject of a relative clause whose verb makes the offer ("the offer that X made for
    Y in May was withdrawn": the relative pronoun is its object)."""
    return [
        x for c in _clauses_on_offer(ctx, tok) if c.tag_ == "VBN"
        for prep, arg in ctx.prep_args(c) if prep == "by"
        for x in ctx.np_entities(arg) if x.kind == "org"
    ] + [
        x for c in _clauses_on_offer(ctx, tok)
        if c.dep_ == "relcl" and c.lemma_.lower() in BID_MAKING_VERBS
        for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")
        for x in ctx.np_entities(s) if x.kind == "org"
    ]


_RELATIVE_WORDS = frozenset({"que", "cual", "which", "that"})


def offer_made_for(r: Reading) -> None:
    """The target a relative clause on a bid names (``_offer_made_for``), before the
    bidder is looked for: a bid with a target is no bare "la oferta" told back, and
    its bidder is the subject of the verb that governs it (parties:offer-made-for). A
    bid that values a company is for it ("the offer from X values Y at $600 million";
    ``kg.deals.roles.valued_companies``; parties:offer-values)."""
    if not r.noun or any(role == "target" for role, _ in r.m.roles):
        return
    for x in _offer_made_for(r.ctx, r.tok):
        if x not in r.m.parties():
            r.m.add_role("target", x)
            r.m.rules.append("parties:offer-made-for")
    for x in [] if r.m.parties() else valued_companies(r.ctx, r.tok, set()):
        r.m.add_role("target", x)
        r.m.rules.append("parties:offer-values")
    if any(role == "target" for role, _ in r.m.roles):
        for x in _offer_submitted_by(r.ctx, r.tok):
            if x not in r.m.parties():
                r.m.add_role("acquirer", x)
                r.m.rules.append("parties:offer-submitted-by")


def _offer_told(ctx: Context, tok: Token) -> bool:
    """ "X agreed to buy Y. The company said its offer of $1.4bn valued Y at ...", "su
    oferta asciende a 840 millones": a possessed offer with no company of its own, in
    the two sentences after a takeover, is that takeover's offer told again
    (``frame:offer-told-back``); "the offer" may be a rival's."""
    told = ctx.told_roles.get("target")
    bidder = ctx.told_roles.get("acquirer")
    if told is None or bidder is None or ctx.sent_index(tok.i) - told[0] > 2:
        return False
    if not is_possessed(tok) or "Plur" in feat(tok, "Number"):
        return False
    # "its offer of jobs": what an offer "of" something offers must be money
    if any(p in ("of", "de") and a.i not in ctx.tok_amount for p, a in ctx.prep_args(tok)):
        return False
    # "its offer to sell four plants to Z", "its offer to cut prices": an offer to do
    # something is a promise, not the takeover's price
    if any(
        c.dep_ in ("acl", "xcomp", "relcl") and c.pos_ in ("VERB", "AUX")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in tok.children
    ):
        return False
    # "Z said its offer ...": a clause about another named company's offer
    return not any(
        (refs := ctx.np_entities(s)) and bidder[1] not in refs
        for a in tok.ancestors if is_verbal(a) for s in subjects(a)
    )


def _offer_ended(ctx: Context, tok: Token) -> bool:
    """ "X made a cash approach to Y early in March. The approach was withdrawn weeks
    later": a definite offer with no company of its own whose end is told, in the two sentences
    after a takeover not told as done, is that takeover's bid ended
    (``_deal_ended_back``). Near misses: "the offer expired" with no takeover told
    before (an offer of anything); "X compró Y. El jueves retiró la oferta" (a purchase
    done is no bid to withdraw)."""
    told = ctx.told_roles.get("target")
    if told is None or ctx.sent_index(tok.i) - told[0] > 2 or not is_definite(tok):
        return False
    told_sent = ctx.sents[told[0]]
    if any(ctx.by_token.get(t.i, "").startswith("acquire_v") and "Past" in feat(t, "Tense")
           and t.dep_ not in ("xcomp", "ccomp") for t in told_sent):
        return False  # a purchase told done
    probe = Mention(
        type="Acquisition", roles=[], sent=ctx.sent_index(tok.i),
        evidence=ctx.sentence_evidence(ctx.sent_index(tok.i)), trigger=tok.i,
    )
    return end_told(probe, tok)


def _offer_told_back(ctx: Context, m: Mention, kind: str, noun: bool) -> bool:
    """An offer read by ``_offer_told`` whose bidder, if any, is the takeover's."""
    if kind != "offer" or not noun or any(role == "target" for role, _ in m.roles):
        return False
    told = ctx.told_roles.get("acquirer")
    target = ctx.told_roles.get("target")
    if target is None or ctx.sent_index(m.trigger) - target[0] > 2:
        return False
    return all(told is not None and x == told[1] for x in m.parties())


def _bid_descriptions(ctx: Context, tok: Token) -> list[Token]:
    """ "una oferta por la compañía", "an offer for the utility": a bid whose object is
    a definite description of a company (singular, no name of its own), which means a
    company the article has told (kg.deals.refer)."""
    if not noun_trigger(tok):
        return []
    args = list(ctx.prep_args(tok))
    if tok.dep_ in OBJ_DEPS and is_verbal(tok.head):
        # "exploró una oferta por la compañía": the parser hangs it on the verb, or on
        # the verb its infinitive completes ("decidió lanzar una oferta por ...")
        verb = tok.head
        args += [(p, a) for p, a in ctx.prep_args(verb) if a.i > tok.i]
        if verb.dep_ == "xcomp":
            args += [(p, a) for p, a in ctx.prep_args(verb.head) if a.i > tok.i]
    args = [(prep, _whole_of(ctx, arg) or arg) for prep, arg in args]
    return [
        arg for prep, arg in args if prep in ("por", "for") and _company_description(ctx, arg)
    ]


def _whole_of(ctx: Context, arg: Token) -> Token | None:
    """ "su oferta de compra por la totalidad de la conservera", "por el 100 % de la
    compañía": a bid for all or a part of what a description stands for is a bid for
    that company, as one for the description itself is; the description is the "de" /
    "of" complement of the whole or part word (through "del capital de" too). Returns
    it."""
    if not _all_or_part(arg):
        return None
    frontier = [arg]
    for _ in range(2):
        found = [a for h in frontier for prep, a in ctx.prep_args(h)
                 if prep in ("de", "del", "of")]
        described = [a for a in found if a.lemma_.lower() not in CAPITAL_NOUNS]
        if described:
            return described[0]
        frontier = found
    return None


def _described_bid_target(ctx: Context, m: Mention, tok: Token) -> None:
    """ "Anáhuac también habría explorado una oferta por la compañía": the company the
    description stands for, never the bidder itself, is the target
    (parties:described-bid-target)."""
    descriptions = _bid_descriptions(ctx, tok) or _priced_descriptions(ctx, tok)
    if not descriptions or tok.head.lemma_.lower() in OFFER_RECEIVERS:
        return
    bidders = governing_subject(ctx, tok, set())
    if any(role == "target" and x in bidders for role, x in m.roles):
        # the description was read as the clause's subject: the bidder bids for another
        m.roles = [(role, x) for role, x in m.roles if x not in bidders]
        for x in bidders:
            m.add_role("acquirer", x)
    if any(role == "target" for role, _ in m.roles):
        return
    for arg in descriptions:
        for x in resolve_np(ctx, arg, m.parties()):
            if x.kind == "org" and x not in m.parties():
                m.add_role("target", x)
                m.rules.append("parties:described-bid-target")


def _share_of_company(ctx: Context, arg: Token) -> bool:
    """ "el 100 % de X", "la totalidad de las acciones de X": all or part of a named
    company's shares, what a takeover bid is made for."""
    return _all_or_part(arg) and bool(ctx.nested_entities(arg))


def _all_or_part(arg: Token) -> bool:
    """ "la totalidad", "el 100 %", "el 40 %", "una participación", and the Spanish "el
    cien por cien" (a hundred per hundred: all of it): a word for all or a part of
    something, whose "de" complement says of what."""
    lemma = arg.lemma_.lower()
    return lemma in WHOLE_WORDS or lemma in STAKE_NOUNS or fused_percentage(arg) or (
        arg.like_num and any(c.text == "%" for c in arg.children)
    ) or (arg.lower_ in HUNDRED_WORDS and any(
        c.lower_ in HUNDRED_WORDS and c.i > arg.i + 1 and arg.doc[c.i - 1].lower_ == "por"
        for c in arg.children
    ))


def _price_offered(ctx: Context, tok: Token) -> bool:
    """ "offered $2 billion for Y", "ofreció 2.000 millones de euros por Y": a sum as the
    object and a company it is for (the parser may hang "for Y" on the sum); a price a
    share bids too ("offered $45 a share for Y"), but not the share noun of that price
    ("12 euros por acción"); "offered customers a discount", "ofrece servicios" are no
    bid."""
    sums = [
        c for c in tok.children if c.dep_ in OBJ_DEPS and (c.i in ctx.tok_amount or (
            c.i in ctx.share_price_toks and not any(k.dep_ == "case" for k in c.children)
        ))
    ]
    if not sums:
        return False
    args = [*ctx.prep_args(tok), *(pa for c in sums for pa in ctx.prep_args(c))]
    return any(
        prep in ("for", "por") and arg.pos_ != "PRON"
        and bool(ctx.np_entities(arg) or _share_of_company(ctx, arg))
        for prep, arg in args
    ) or bool(_priced_descriptions(ctx, tok))


def _priced_descriptions(ctx: Context, tok: Token) -> list[Token]:
    """ "Y ofreció 70 millones por el cien por cien del capital de la sociedad", "por la
    totalidad de la bodega": a Spanish verb of offering whose object is a sum, "por"
    all or a part of a definite description of a company, bids for the company the
    description stands for (kg.deals.refer), as a bid noun does
    (``_bid_descriptions``). Returns the descriptions. A sum offered "por la compañía"
    alone is left alone: on the held-out halves it paired a bidder with a company it
    never bid for as often as it found a bid."""
    if noun_trigger(tok) or doc_lang(tok.doc) != "es":
        return []
    sums = [c for c in tok.children if c.dep_ in OBJ_DEPS and c.i in ctx.tok_amount]
    if not sums:
        return []
    args = [*ctx.prep_args(tok), *(pa for c in sums for pa in ctx.prep_args(c))]
    wholes = [(prep, _whole_of(ctx, arg)) for prep, arg in args]
    return [
        arg for prep, arg in wholes
        if prep == "por" and arg is not None and _company_description(ctx, arg)
    ]


def _company_description(ctx: Context, arg: Token) -> bool:
    """A definite singular common noun that can mean a company ("la compañía", "the
    lender") and names none itself."""
    return (
        is_definite(arg)
        # (the small Spanish model may tag a lower-case noun a proper one)
        and (arg.pos_ == "NOUN" or (arg.pos_ == "PROPN" and arg.is_lower))
        and (arg.lemma_.lower() in COMPANY_NOUNS or arg.lower_ in DESCRIPTORS)
        and "Plur" not in feat(arg, "Number")
        and not ctx.np_entities(arg)
    )


def _bidders(ctx: Context, tok: Token) -> list[EntityRef]:
    """The companies an offer is from ("de X", "from X", "X's"), also when a parser hangs
    them on its sum ("la oferta de 3.000 millones de X", "X's £240m offer"), and the
    agent of a participle on either ("la oferta presentada por X", "the offer made by
    X")."""
    heads = [tok, *(c for c in tok.children if c.i in ctx.tok_amount)]
    made = [
        c for h in heads for c in h.children
        if c.dep_ in ("acl", "amod") and c.i > h.i
        and ("Part" in feat(c, "VerbForm") or c.tag_ == "VBN")
    ]
    found = [
        x for h in heads for p, arg in ctx.prep_args(h)
        if p in ("de", "from", "by") and arg.pos_ != "PRON" for x in ctx.np_entities(arg)
    ] + [
        x for c in made for p, arg in ctx.prep_args(c)
        if p in ("por", "by") and arg.pos_ != "PRON" for x in ctx.np_entities(arg)
    ]
    found += [
        x for h in heads for c in h.children if c.dep_ == "poss" for x in ctx.np_entities(c)
    ]
    return found or _own_offer_reported(ctx, tok)


def _own_offer_reported(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "Brisa Capital said Kestel Forge had accepted its offer": "its" on an offer in
    a clause a company reports is the reporter's own offer (the clause's subject, who
    accepts or rejects it, is the target)."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        return []
    clause = next((t for t in tok.ancestors if is_verbal(t)), None)
    if clause is None or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_VERBS:
        return []
    inner = {x for s in subjects(clause) for x in ctx.np_entities(s)}
    return [x for s in subjects(clause.head) for x in ctx.np_entities(s)
            if x.kind == "org" and x not in inner]


def _offer_to_subject(ctx: Context, tok: Token) -> list[EntityRef]:
    """ "Y rechazó la oferta de X", "Y received an offer from X": an offer from a bidder,
    with no company it is for, that the clause's subject receives or judges is for
    the subject (the subjects that are not bidders). An offer that shareholders or a
    board vote on or approve ("Y shareholders will vote on X's offer", "la junta de Y
    aprobó la oferta de X", ``ORGAN_RECEIVERS``) is for the organ's company; approved
    by anyone else (a regulator) it is for no one the clause names."""
    voted = _voted_on(tok)
    verb = tok.head if voted is None else voted
    if voted is None and (tok.dep_ not in OBJ_DEPS or answer_lemma(verb) not in
                          OFFER_RECEIVERS | ORGAN_RECEIVERS):
        return []
    if judges_likelihood(verb):
        return []
    bidders = _bidders(ctx, tok)
    if not bidders:
        return []
    # "el consejo de Y rechazó la oferta", "Y's shareholders rejected it": Y's organ
    organs = [
        x for s in subjects(verb) or _adjunct_controllers(verb) if s.lemma_.lower() in ORGAN_NOUNS
        for x in [*ctx.nested_entities(s), *_named_before_organ(ctx, s)]
    ]
    if verb.lemma_.lower() in ORGAN_RECEIVERS:
        found = organs  # only an organ votes an offer: a regulator approves another's
    else:
        found = organs or governing_subject(ctx, tok, set(bidders)) or \
            _dropped_judge(ctx, verb, set(bidders))
    return [x for x in found if x not in bidders]


def _dropped_judge(ctx: Context, verb: Token, bidders: set[EntityRef]) -> list[EntityRef]:
    """ "Cables Besaya no se venderá. Rechazó ayer la oferta de X": a Spanish finite verb
    of answering a bid with its subject unsaid continues the subject of the sentence
    before (centering), who received the bid."""
    if doc_lang(verb.doc) != "es":
        return []
    return unsaid_subject(ctx, verb, verb, bidders)


def _adjunct_controllers(verb: Token) -> list[Token]:
    """ "Tras rechazar la OPA de X, el consejo de Y prepara …": the unsaid subject of an
    infinitive adjunct ("tras / al / después de / antes de + infinitive", "after
    rejecting") is the subject of the clause it modifies."""
    if verb.dep_ != "advcl" or "Inf" not in feat(verb, "VerbForm") and verb.tag_ != "VBG":
        return []
    main = verb.head
    while not is_verbal(main) and main.head.i != main.i:  # "después de comprar": on "después"
        main = main.head
    return subjects(main) if is_verbal(main) and main.i != verb.i else []


def _named_before_organ(ctx: Context, organ: Token) -> list[EntityRef]:
    """The company named before its organ's noun: "Penang Mutual shareholders", "Y's
    board"."""
    return [
        x for c in organ.children
        if c.dep_ in ("compound", "poss", "amod") and c.i < organ.i
        for x in ctx.np_entities(c)
    ]


def _voted_on(tok: Token) -> Token | None:
    """The verb "vote" of "vote on X's offer" (the offer the object of its "on")."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "on" and prep.head.lemma_.lower() == "vote":
        return prep.head
    return None


# Adjectives of willingness to hear bids: "X would be open to offers for Y".
_OPEN_WORDS = frozenset({"open", "receptive", "abierto", "abierta", "receptivo", "receptiva"})


def _open_to_offers(ctx: Context, m: Mention, tok: Token) -> bool:
    """ "X would be open to offers for its unit Y", "X estaría abierto a ofertas por su
    filial Y": the one open to offers is the owner who would hear them, the seller of
    what they are for, not a bidder (parties:open-to-offers). Only with that company
    named apart from the owner."""
    adjective: Token | None
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and (
        tok.head.head.lemma_.lower() in _OPEN_WORDS
    ):
        adjective = tok.head.head  # "open to offers"
    elif tok.dep_ == "advcl" and any(c.lower_ == "to" for c in tok.children):
        # the small English parser's "be open [to offers]": the offers an adverbial of
        # the copula, "open" its complement
        adjective = next(
            (c for c in tok.head.children if c.dep_ == "acomp" and c.lower_ in _OPEN_WORDS), None
        )
    elif case_of(tok) == "a" and tok.head.lemma_.lower() in _OPEN_WORDS:
        adjective = tok.head  # "abierto a ofertas"
    else:
        return False
    if adjective is None:
        return False
    clause = adjective.head if adjective.dep_ == "acomp" else adjective
    owners = [x for s in subjects(clause) for x in ctx.np_entities(s)]
    targets = {x for role, x in m.roles if role == "target"} - set(owners)
    if not owners or not targets:
        return False
    m.roles = [(role, x) for role, x in m.roles if x not in owners]
    for x in owners:
        m.add_role("seller", x)
    m.rules.append("parties:open-to-offers")
    return True


def _offer_received(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """An offer its subject received or judged: the subject is the target."""
    if _open_to_offers(ctx, m, tok):
        return True
    _described_bid_target(ctx, m, tok)
    _bid_to_holders(ctx, m, tok)
    if any(role == "target" for role, _ in m.roles):
        return True
    for x in owners_company(ctx, tok, m.parties()):  # "the family rejected an offer from Y"
        m.add_role("target", x)
        m.rules.append("parties:owners-answer")
        return True
    targets = _offer_to_subject(ctx, tok)
    if targets:
        m.roles = [(role, x) for role, x in m.roles if x not in targets]
        for x in _bidders(ctx, tok):
            m.add_role("acquirer", x)
        for x in targets:
            m.add_role("target", x)
        m.rules.append("frame:offer-to-subject")
    else:
        _offer_from_someone(ctx, m, tok)
    return True


def _offer_from_someone(ctx: Context, m: Mention, tok: Token) -> None:
    """ "Calloway Mining received a takeover offer on Monday. The bidder, X, offered
    $1.2 billion": an offer its subject receives or rejects, from no bidder the
    sentence names, was made to the subject: the subject is the target, not the
    bidder, who is left unsaid (a later sentence may name it by its role,
    kg.deals.roles.add_role_named). Not "X considered an offer", which may be its own."""
    verb = tok.head
    if tok.dep_ not in OBJ_DEPS or verb.lemma_.lower() not in OFFER_RECIPIENT_VERBS:
        return
    said = {x for s in subjects(verb) for x in ctx.np_entities(s)}
    if not said or _bidders(ctx, tok) or any(
        role != "acquirer" or x not in said for role, x in m.roles
    ):
        return
    m.roles = [("target", x) for _, x in m.roles]
    m.rules.append("parties:offer-from-someone")


_HOLDER_NOUNS = frozenset({"shareholder", "stockholder", "holder", "investor", "unitholder"})


def _holders_addressed(ctx: Context, tok: Token) -> list[EntityRef]:
    """The company whose shareholders a bid is made to: "a bid directly to Y
    shareholders", "a tender offer to Y's stockholders", "took its offer to the
    shareholders of Y"."""
    if not noun_trigger(tok):
        return []
    args = list(ctx.prep_args(tok))
    # "an offer of jobs to Y shareholders": what an offer "of" something offers is money
    if any(p == "of" and not any(t.i in ctx.tok_amount for t in a.subtree) for p, a in args):
        return []
    if tok.dep_ in OBJ_DEPS and is_verbal(tok.head):
        args += [(p, a) for p, a in ctx.prep_args(tok.head) if a.i > tok.i]
    for prep, arg in args:
        if prep != "to" or arg.lemma_.lower() not in _HOLDER_NOUNS:
            continue
        owners = [c for c in arg.children if c.dep_ in ("compound", "poss") and c.i < arg.i]
        held = [x for c in owners for x in ctx.np_entities(c)] + ctx.nested_entities(arg)
        if held:
            return list(dict.fromkeys(held))
    return []


def _bid_to_holders(ctx: Context, m: Mention, tok: Token) -> None:
    """A bid made to a company's shareholders is for that company
    (parties:bid-to-holders); so is one talks with the company are about
    (parties:bid-talked-over)."""
    if any(role == "target" for role, _ in m.roles):
        return
    for rule, found in (
        ("parties:bid-to-holders", _holders_addressed(ctx, tok)),
        ("parties:bid-talked-over", bid_talked_over(ctx, tok)),
    ):
        held = [x for x in found if x not in m.parties()]
        for x in held:
            m.add_role("target", x)
        if held:
            m.rules.append(rule)
            return


def _control_taken(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """Only "gain / take / assume control of X" is a takeover, and control given to a
    company ("the deal gives Acme control of X", ``_control_given``)."""
    if not noun or tok.dep_ not in OBJ_DEPS:
        return noun and tok.head.lemma_.lower() in TAKE_VERBS
    return tok.head.lemma_.lower() in TAKE_VERBS or bool(recipients(ctx, tok.head, set()))


def _control_given(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """ "The deal gives Acme control of Zenith", "would hand Acme control of Zenith":
    the one control is given to takes it over; the giver (a deal, a seller) does not
    (parties:control-given)."""
    given = recipients(ctx, tok.head, set()) if tok.dep_ in OBJ_DEPS else []
    if not given:
        return True
    m.roles = [(role, x) for role, x in m.roles if role != "acquirer" and x not in given]
    for x in given:
        m.add_role("acquirer", x)
    m.rules.append("parties:control-given")
    return True


def _paid_out(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "X shelled out $300 million for Y", "forked out $300 million for Y": a verb of
    paying told with a particle pays only with it (not "shelled the town", "the road
    forks"); a verb of paying out pays only a sum ("spent $300 million on Y", not
    "spent two years on Y"); "pay" and "pagar" pay as they are."""
    lemma = tok.lemma_.lower()
    if lemma in PAY_OUT_VERBS and (not _money_moved(ctx, tok) or not any(
        t.lower_ in ("por", "for", "on") for t in tok.subtree if t.i > tok.i
    )):
        # (and only with what it pays for: "abonó un depósito de 5 millones" pays no
        # purchase, and leaves the contract it follows to tell the deal)
        return False
    particle = PHRASAL_PAY.get(lemma)
    return particle is None or any(
        c.lower_ == particle and c.dep_ == "prt" for c in tok.children
    )


def _supplied_with(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "X abastecerá de cobre a Y", "firmó un contrato para surtir de grano a la planta
    de Y": Spanish verbs of supplying whose object is the one supplied tell a supply
    only with the goods told by "de" or "con" (not an entity) and a named company
    supplied, or premises of one ("la planta de Y"). "para abastecer con energía su
    faena" is a buyer's own purpose, "abastecer el mercado" names no buyer; the other verbs of
    supplying ("suministrar cobre a Y") take the goods as their object and supply as
    they are."""
    if tok.lemma_.lower() not in SUPPLIED_WITH_VERBS:
        return True
    args = list(ctx.prep_args(tok))
    supplied = [a for p, a in args if p == "a"] + [
        c for c in tok.children if c.dep_ in OBJ_DEPS and case_of(c) is None
    ]
    return any(p in ("de", "con") and not ctx.np_entities(a) for p, a in args) and any(
        _names_company(ctx, a) or (
            a.lemma_.lower() in FACILITY_NOUNS | PREMISES_NOUNS
            and any(_names_company(ctx, o) for p, o in ctx.prep_args(a) if p == "de")
        )
        for a in supplied
    )


def _names_company(ctx: Context, tok: Token) -> bool:
    return any(x.kind == "org" for x in ctx.np_entities(tok))


def _taken_over(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "hacerse con X" (to take X over), not any "hacer"; "take over X", "snap up
    X" with their particle, and "take X private", not any "take"."""
    particle = PHRASAL_TAKEOVER.get(tok.lemma_.lower())
    if tok.lemma_.lower() == "take" and _taken_private(tok):
        return True
    if tok.lemma_.lower() == "take" and any(
        percentage(o) and any(prep == "of" and arg.i in ctx.tok_ent and arg.pos_ == "PROPN"
                              for prep, arg in ctx.prep_args(o))
        for o in tok.children if o.dep_ in OBJ_DEPS
    ):
        # "agreed to take 70% of Y", "will take 25 per cent of Y": a part of a named
        # company itself taken, as "buy 70% of Y"; not a part of what it has ("25% of
        # Y's customers") (session 17, helper endeals)
        return True
    if tok.lemma_.lower() in ("tomar", "suscribir"):
        # "ha tomado el 20 % de X", "suscribimos el 30 % de X": taking (subscribing) a
        # part of a company (kg.deals.roles.object_kind); the part after a verb in the
        # first person may be parsed as its subject (``direct_objects``)
        return any(
            o.lemma_.lower() in STAKE_NOUNS or o.lemma_.endswith("%")
            for o in direct_objects(tok)
        )
    if particle is not None:
        return any(
            c.lower_ == particle and (c.dep_ == "prt" or c.i == tok.i + 1)
            and (c.dep_ == "prt" or particle != "on" or not any(
                # "swoops on Y striker": a common noun a name modifies is no company
                # ("swoops on rival Y", "on rival insurer Y" are)
                o.pos_ == "NOUN" and any(
                    g.dep_ == "compound" and g.pos_ == "PROPN" for g in o.children
                ) for o in c.children if o.dep_ == "pobj"
            ))
            for c in tok.children
        )
    if charge_taken(ctx, tok):
        return True  # "se hará cargo de las tiendas de Y" (kg.deals.sectors)
    if fused_reflexive(tok):
        return any(p == "con" and company_or_stake(ctx, a) for p, a in ctx.prep_args(tok))
    return any(c.lower_ == "se" for c in tok.children) and any(
        p == "con" for p, _ in ctx.prep_args(tok)
    )


def _private_target(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """ "Ibis Capital took Zenith Labs private": the parser may hang the name on
    "private" (a compound of the adjective), where no object step finds it; the name
    is the target (parties:taken-private)."""
    if any(role == "target" for role, _ in m.roles) or tok.lemma_.lower() != "take":
        return True
    for c in tok.children:
        if c.lower_ != "private":
            continue
        for part in c.children:
            # (a name's last word may be hung as an adjective: "take Sunbelt Dental private")
            named = part.dep_ in ("compound", "nsubj") or (
                part.dep_ == "amod" and part.pos_ == "PROPN")
            for x in ctx.np_entities(part) if named else ():
                if x not in m.parties():
                    m.add_role("target", x)
                    m.rules.append("parties:taken-private")
    return True


def _taken_private(tok: Token) -> bool:
    """ "Acme took Zenith private", "Zenith was taken private by Acme": taking a listed
    company private is buying all of it (the parser may make "private" the object,
    with the name compounded to it)."""
    return any(
        c.lower_ == "private" and c.dep_ in ("dobj", "oprd", "acomp", "ccomp", "xcomp", "advmod")
        for c in tok.children
    ) or any(  # "took Zenith Labs private" with "private" read as the object's modifier
        p.lower_ == "private" and p.dep_ == "amod" and p.i > o.i
        for o in tok.children if o.dep_ == "dobj" for p in o.children
    )


def _chose_supplier(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "Brisbane Metro has selected Halcyon Rail to supply signalling systems", "X
    picked Y as its supplier", "Y was chosen by X to operate its depots", "X eligió a
    Y para construir el muelle", "X contrató a Y como proveedor", "X has picked Y for
    a C$140 million order for 80 buses", "X eligió a Y como adjudicataria de su
    concurso" (a winner of a contract, ``kg.deals.winner.wins_contract``): choosing or
    hiring a named company (the object, or the subject of the passive) to supply, build,
    operate or repair something, as a supplier, or for a contract or an order
    (``chosen_for_nouns``), buys it from that company; not "chose Y to lead its round",
    "appointed Y as adviser", nor choosing a person."""
    chosen_deps = OBJ_DEPS | ({"nsubjpass"} if is_passive(tok) else set())
    if noun or not any(ctx.np_entities(c) for c in tok.children if c.dep_ in chosen_deps):
        return False
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "advcl", "ccomp")]
    if any(c.lemma_.lower() in SUPPLIER_VERBS for c in clauses):
        return True
    # (the parser marks "como proveedor" as a second object: "como" its "mark")
    marked = [c for c in tok.children if any(g.lower_ == "como" for g in c.children)]
    return any(
        (prep in ("as", "como") and (
            arg.lemma_.lower() in SUPPLIER_NOUNS or wins_contract(ctx, arg)
        ))
        or (prep == "for" and arg.lemma_.lower() in CHOSEN_FOR_NOUNS)
        for prep, arg in [*ctx.prep_args(tok), *(("como", c) for c in marked)]
    )


def _chosen_sides(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """Both sides of a choice named. "Y has been selected as preferred supplier by X":
    the parser hangs the passive's agent on the role noun; it is the verb's, the one
    who chooses (the buyer)."""
    if is_passive(tok) and not any(role == "buyer" for role, _ in m.roles):
        for prep, noun in ctx.prep_args(tok):
            if prep != "as" or noun.lemma_.lower() not in SUPPLIER_NOUNS:
                continue
            for x in (x for p, a in ctx.prep_args(noun) if p == "by" for x in ctx.np_entities(a)):
                if x not in m.parties():
                    m.add_role("buyer", x)
                    m.rules.append("parties:agent-on-role-noun")
    return _two_sided(ctx, m, tok, received, triggers)


def _awarded(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "El Ministerio de Obras adjudicó al consorcio Puente Azul la construcción del
    puente": awarding a work or a service to a named company buys it from that
    company (the awarder the buyer, the "a" phrase the seller). Not "X se adjudicó el
    contrato" (the winner's reflexive, read on the agreement noun), nor a verb whose
    object is itself a deal word ("adjudicó un contrato a X": the noun tells it)."""
    if noun or any(c.lower_ == "se" for c in tok.children):
        return False
    if any(c.i in triggers and not ctx.by_token.get(c.i, "").startswith("tender")
           for c in direct_objects(tok)):
        return False  # (a tender awarded is no deal word of its own: it is awarded here)
    return bool(_awarded_to_names(ctx, tok))


def _awarded_to_names(ctx: Context, tok: Token) -> list[Token]:
    """The "a" phrases naming a company an awarding verb awards to: on the verb, or
    hung by the parser on what is awarded or on its complement ("adjudicó la concesión
    de la autopista a X")."""
    objs = list(direct_objects(tok))
    # (or on the work's own complement: "la concesión de la doble calzada ... a X")
    heads = [tok, *objs, *(c for o in objs for c in o.children if c.dep_ == "nmod")]
    return [
        arg for head in heads for prep, arg in ctx.prep_args(head)
        if prep == "a" and ctx.np_entities(arg)
    ]


def _award_sides(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """An award names both sides; won by the highest bid, the winner buys the right it
    is awarded ("adjudicó la concesión a X, que presentó la oferta más alta")."""
    if _highest_bid(ctx.sents[m.sent]):
        swap = {"buyer": "seller", "seller": "buyer"}
        m.roles = [(swap.get(role, role), x) for role, x in m.roles]
        m.rules.append("roles:highest-bid-buys")
    return _two_sided(ctx, m, tok, received, triggers)


def _joined_pair(m: Mention, tok: Token) -> bool:
    """A join verb with the parties' businesses as object ("integrarán sus negocios")
    is a merger only of two companies at least (not "Acme integrará sus negocios de
    seguros", one company's reorganisation)."""
    if tok.lemma_.lower() not in _JOIN_VERBS or not _join_objects(tok):
        return True
    if len(m.parties()) < 2:
        return False
    m.rules.append("parties:joined-businesses")
    return True


def _merger_partners(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """Partners a merger noun does not name itself: "talks between A and B about a
    merger", "merger talks between A and B", "las negociaciones de fusión entre A y B"
    (those of the talks, parties:talks-about); "voted against its proposed merger with
    B" ("its": the company named last before it, parties:its-merger)."""
    if not noun_trigger(tok):
        join_both(ctx, m, tok)
        _merged_by_owner(ctx, m, tok)
        return _joined_pair(m, tok)
    talks = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("about", "on", "over") \
        else None
    if tok.dep_ == "compound" or (tok.dep_ == "nmod" and case_of(tok) == "de"):
        talks = tok.head  # "merger talks", "negociaciones de fusión"
    if talks is not None and talks.lemma_.lower() in NEGOTIATING:
        for prep, arg in ctx.prep_args(talks):
            for x in ctx.np_entities(arg) if prep in ("between", "with", "entre", "con") else ():
                if x not in m.parties():
                    m.add_role("partner", x)
                    m.rules.append("parties:talks-about")
    poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
    if poss and len(m.parties()) == 1:
        ref = ctx.salient_before(poss[0].i, m.parties())
        if ref is not None:
            m.add_role("partner", ref)
            m.rules.append("parties:its-merger")
    _merger_by_absorption(ctx, m, tok)
    return True


def _merged_by_owner(ctx: Context, m: Mention, verb: Token) -> None:
    """ "In 1990 we merged Hollister Group with Pine Ridge Holdings", "Corvane merged
    Hollister with Pine Ridge", "Grupo Orbe fusionó Transportes Orbe con Logística Navia":
    a merge verb with a company as its object and another as its "with" merges those two;
    its subject is the owner who merges them, no partner (parties:merged-by-owner).
    ("Acme merged its unit with Zenith" names no company as object: Acme stays.)"""
    obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj")), None)
    if obj is None:
        return
    objs = ctx.np_entities(obj)
    # (the English parser hangs the "with" on the object)
    withs = [
        x for p, a in (*ctx.prep_args(verb), *ctx.prep_args(obj)) if p in ("with", "con")
        for x in ctx.np_entities(a)
    ]
    if len(objs) != 1 or len(withs) != 1 or objs[0] == withs[0]:
        return
    m.roles = [("partner", objs[0]), ("partner", withs[0])]
    m.rules.append("parties:merged-by-owner")


# "fusión por absorción", "merger by absorption": the legal form of a merger in which
# one company takes in the other, still a merger of the two.
_ABSORPTION = frozenset({"absorción", "absorption"})


def _merger_by_absorption(ctx: Context, m: Mention, tok: Token) -> None:
    """ "X completó la fusión por absorción de Y", "la fusión por absorción de Y por X":
    the one absorbed ("de Y" of the absorption) and the one absorbing (a "por" of the
    merger, else the subject of its verb) are its partners (parties:merger-by-absorption)."""
    absorption = [
        a for prep, a in ctx.prep_args(tok)
        if prep in ("por", "by") and a.lemma_.lower() in _ABSORPTION
    ]
    if not absorption:
        return
    found = [
        x for prep, a in ctx.prep_args(absorption[0]) if prep in ("de", "of")
        for x in ctx.np_entities(a)
    ] + [
        x for prep, a in ctx.prep_args(tok) if prep in ("por", "by") and a not in absorption
        for x in ctx.np_entities(a)
    ]
    for x in found:
        if x not in m.parties():
            m.add_role("partner", x)
            m.rules.append("parties:merger-by-absorption")
    if len(m.parties()) == 1:
        for x in governing_subject(ctx, tok, set(m.parties()))[:1]:
            m.add_role("partner", x)
            m.rules.append("parties:merger-by-absorption")


def _ordered(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "Skyvale ordered 40 jets from Aerion", "placed an order for 40 jets with
    Aerion", "Aerion won an order from Skyvale for 200 buses": an order is a purchase
    only when goods are ordered (an object or a "for" complement that names no company),
    not "a court ordered X to sell", "in order to", "an executive order"."""
    if not noun and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return False
    if noun and received(tok, "order", noun) is not None and any(
        prep == "from" and ctx.np_entities(arg) for prep, arg in ctx.prep_args(tok)
    ):
        return True  # "Y won an order from X": a supplier's order, goods unsaid
    return any(_is_goods(ctx, g) for g in _ordered_goods(ctx, tok, noun))


def _ordered_goods(ctx: Context, tok: Token, noun: bool) -> list[Token]:
    """What is ordered: a verb's object; a noun's "for" complement, which the parser
    may hang on the verb the noun is the object of ("won an order from X for 30 jets")."""
    if not noun:
        return [c for c in tok.children if c.dep_ in OBJ_DEPS]
    args = list(ctx.prep_args(tok))
    if tok.dep_ in OBJ_DEPS and is_verbal(tok.head):
        args += ctx.prep_args(tok.head)
    return [arg for prep, arg in args if prep == "for"]


def _order_sides(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """ "placed an order for 12 freighters with Borealis": the supplier ("with" /
    "from"), which the parser often hangs on the goods, sells; both sides are named."""
    role = "buyer" if received is not None else "seller"
    for goods in _ordered_goods(ctx, tok, noun_trigger(tok)):
        for prep, arg in ctx.prep_args(goods):
            if prep in ("with", "from") and arg.pos_ != "PRON":
                for x in ctx.np_entities(arg):
                    if x not in m.parties():
                        m.add_role(role, x)
    return _two_sided(ctx, m, tok, received, triggers)


def _combined(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "Acme and Zenith agreed to combine", "Acme will combine with Zenith": "combine"
    is a merger only without an object ("combine its cloud and AI units" joins a
    company's own parts), and not as a participle that adds figures up ("Acme,
    combined with Zenith, would hold 30 %", "Acme and Zenith combined have ...")."""
    lemma = tok.lemma_.lower()
    if not noun and lemma in PAIR_JOIN_VERBS:
        return joins_pair(ctx, tok)  # "unir ambas entidades" (kg.deals.pairs)
    if noun or lemma not in _JOIN_VERBS:
        return True
    objs = _join_objects(tok)
    if lemma != "combine":
        # "Valdecea se integrará en Unicampo", "integrarán sus negocios"
        return all(_own_businesses(o) for o in objs) and bool(
            objs or any(prep in ("en", "con") for prep, _ in ctx.prep_args(tok))
        )
    return tok.dep_ not in ("acl", "amod", "advcl") and all(_own_businesses(o) for o in objs)


# Verbs that join two companies into one only without an object or with the parties' own
# businesses as object ("Acme and Zenith will combine their businesses", "X e Y
# integrarán sus negocios", "X se integrará en Y"); "integrar la red de Y" absorbs what
# was bought, no merger (kg.deals.frames._joined_pair).
_JOIN_VERBS = frozenset({"combine", "integrar", "integrarse"})
# The possessives of the parties' own businesses ("their", "sus").
_THEIR = frozenset({"their", "sus"})


def _join_objects(tok: Token) -> list[Token]:
    """The objects of a join verb, but its reflexive clitic ("se integrará en Y")."""
    return [c for c in tok.children if c.dep_ in OBJ_DEPS and c.lower_ != "se"]


def _own_businesses(obj: Token) -> bool:
    """ "their businesses", "sus negocios", "sus operaciones": the joined parties' own
    units, plural and possessed, with no company named in them."""
    return obj.lemma_.lower() in UNIT_NOUNS | _OPERATION_NOUNS and any(
        c.lower_ in _THEIR for c in obj.children
    ) and not any(c.dep_ in ("prep", "nmod") for c in obj.children)


_OPERATION_NOUNS = frozenset({"operation", "operación", "actividad", "activity"})


def _backed_with_money(ctx: Context, tok: Token) -> bool:
    """ "X financió con 5 millones a la startup Y", "X respaldó a Y con una inversión
    de 3.000 millones", "X capitalizó su filial Y con 60 millones": a verb of backing is
    an investment when what it backs is a named company and what it backs it with is
    money or capital (a figure, or a funding or stake noun), not a loan ("financió a Y
    con un préstamo de 200 millones", no equity) nor mere support (parties:backed-with-money)."""
    backed_names = [o for o in direct_objects(tok) if ctx.np_entities(o)] + [
        a for _, a in _backed_args(ctx, tok) if ctx.np_entities(a)
    ]
    if not backed_names:
        return False
    # the money may hang on the name backed ("a Y con un préstamo")
    for prep, arg in (pa for h in (tok, *backed_names) for pa in ctx.prep_args(h)):
        if prep not in ("con", "with"):
            continue
        words = {t.lower_ for t in arg.subtree} | {t.lemma_.lower() for t in arg.subtree}
        if words & DEBT_WORDS:
            return False
        if any(t.i in ctx.tok_amount for t in arg.subtree) or words & (
            FUNDING_NOUNS | CAPITAL_NOUNS | _INVEST_NOUNS
        ):
            return True
    return False


def _money_into_company(ctx: Context, tok: Token) -> bool:
    """ "X put $25 million into Y", "X aportará 300 millones de euros de capital a Y",
    "X committed $15 million to Y": a verb of moving something is an investment when
    its object is an amount of money and a company named is where it goes ("into",
    "to", "en", "a"); not "put Y up for sale",
    "aportará dos parques eólicos a la empresa conjunta" (parties:money-into)."""
    return _money_moved(ctx, tok) and any(
        prep in ("into", "to", *_INTO) and ctx.np_entities(arg)
        for prep, arg in ctx.prep_args(tok)
    )


def _money_moved(ctx: Context, tok: Token) -> bool:
    """Whether a verb's object is a sum of money ("put $25 million", "spent $300
    million"); the parser may read the sum as an adverbial noun phrase ("sank [$15
    million] into Y")."""
    moved = [*direct_objects(tok), *(c for c in tok.children if c.dep_ == "npadvmod")]
    return any(t.i in ctx.tok_amount for o in moved for t in o.subtree)


_INVEST_NOUNS = frozenset({"inversión", "inyección", "aportación", "aporte", "investment"})


def _backed_args(ctx: Context, tok: Token) -> list[tuple[str, Token]]:
    """The "a" arguments of a backing verb, and those the parser hung on its money
    ("financió con 5 millones a la startup Y": "a la startup" under "millones")."""
    found: list[tuple[str, Token]] = []
    for prep, arg in ctx.prep_args(tok):
        if prep == "a":
            found.append((prep, arg))
        elif prep in ("con", "with"):
            found += [(p, a) for p, a in ctx.prep_args(arg) if p == "a"]
    return found


def money_backed(r: Reading) -> None:
    """The company a verb backs with money, named with "a" ("financió a Y con 5
    millones"), on the verb or on the money (parties:backed-with-money)."""
    if r.noun or r.tok.lemma_.lower() not in MONEY_BACKING_VERBS:
        return
    for _, arg in _backed_args(r.ctx, r.tok):
        for x in r.ctx.np_entities(arg):
            if x not in r.m.parties():
                r.m.add_role("investee", x)
                r.m.rules.append("parties:backed-with-money")


_STAKE_VERBS = frozenset({
    "tomar", "obtener", "obtain", "adquirir", "comprar", "vender", "take", "buy", "acquire",
    "sell", "acquired", "sold", "elevar", "aumentar", "raise", "increase", "agregar", "add",
    "sumar", "build",
    # raising a stake held ("lifted its holding in X", "ha ampliado su participación en X")
    "boost", "lift", "double", "ampliar", "incrementar", "reforzar", "duplicar",
    # "upped its stake in X", "hiked its holding": the same, in the press's words
    "up", "hike",
    # a stake made known: an activist's or a fund's holding disclosed in a filing
    "disclose", "reveal", "amass", "accumulate", "acumular", "revelar",
    # buying told in other words: "purchased a 10% stake", "picked up / snapped up /
    # scooped up a 30% holding", "grabbed a stake", "secured a 5% stake"
    "purchase", "pick", "snap", "scoop", "grab", "snag", "secure",
})


def _spent_on_activity(ctx: Context, tok: Token, noun: bool) -> bool:
    """ "they need a level of investment in marketing", "más inversión en tecnología",
    "the group would invest $12 million in drying and storage", "invertirá 5 millones
    en una nueva planta": an investment whose "in" / "en" names only an activity or a
    facility (a common noun with no company in or under it, no company word, no stake,
    no deal word such as a round) is spending, capital expenditure, not a deal."""
    if tok.lemma_.lower() not in (_SPEND_NOUNS if noun else _SPEND_VERBS):
        return False
    into = ("in", "en", "into")
    # a time ("en 2022", "in March") says when, not what in
    args = [a for prep, a in ctx.prep_args(tok) if prep in into and not _a_time(a)]
    if not noun and any(
        ctx.np_entities(a) for o in direct_objects(tok) for prep, a in ctx.prep_args(o)
        if prep in into
    ):
        return False  # "invirtió 3 millones en Pagosur", the company hung on the money
    return bool(args) and all(
        # an activity told by a gerund too ("invest in drying and storage")
        (a.pos_ == "NOUN" or (not noun and a.tag_ == "VBG"))
        and not ctx.np_entities(a) and not ctx.nested_entities(a)
        and a.lemma_.lower() not in (COMPANY_NOUNS | CAPITAL_NOUNS | STAKE_NOUNS)
        and a.lower_ not in DESCRIPTORS and not is_definite(a)
        and (noun or a.i not in ctx.by_token)
        for a in args
    )


def _a_time(tok: Token) -> bool:
    """A year, a month or an interval ("2022", "marzo", "March", "the year")."""
    return tok.like_num or tok.lower_ in _MONTHS or tok.lemma_.lower() in INTERVAL_NOUNS


_MONTHS = frozenset(
    name.lower() for locale in ("es", "en")
    for name in get_month_names("wide", locale=locale).values()
)
_SPEND_NOUNS = frozenset({"investment", "inversión"})
_SPEND_VERBS = frozenset({"invest", "invertir"})


def _stake_acquired(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """A stake noun is a deal only as the object of buying, taking or selling (and
    not the object of a selling verb, which tells the deal itself); "entrar" /
    "entrada" (and the other verbs and nouns of entering) only into a company's
    capital ("entra en el capital de X"). Money invested in a takeover ("invertirá
    2.000 millones en la compra de X", "will invest $2bn in the purchase of X") is its
    price, not an investment of its own."""
    if not noun and any(
        prep in ("en", "in") and ctx.by_token.get(arg.i, "").startswith(("acquire", "sell"))
        for prep, arg in ctx.prep_args(tok)
    ):
        return False
    if tok.lemma_.lower() in MONEY_INTO_VERBS:  # (never the noun: "a pump contract")
        return not noun and tok.pos_ in ("VERB", "AUX") and _money_into_company(ctx, tok)
    if not noun and tok.lemma_.lower() in MONEY_BACKING_VERBS:
        if _backed_with_money(ctx, tok):
            return True
        if tok.lemma_.lower() not in BACKING_VERBS:
            return False
    if not backed(ctx, tok, noun, triggers):
        return False
    if _spent_on_activity(ctx, tok, noun):
        return False
    if noun and tok.lemma_.lower() in CONTRIBUTION_NOUNS:
        # "recibió aportes de X", "una aportación de capital de X": not "su aportación
        # al proyecto"
        return received(tok, "invest", noun) is not None or any(
            prep == "de" and arg.lemma_.lower() in CAPITAL_NOUNS
            for prep, arg in ctx.prep_args(tok)
        )
    if tok.lemma_.lower() in (ENTER_NOUNS if noun else ENTER_VERBS):
        args = [*ctx.prep_args(tok), *(entry_args(ctx, tok) if noun else ())]
        return any(
            # "entró en el accionariado", "entró al capital de X" (Latin American "a")
            prep in _INTO and arg.lemma_.lower() in CAPITAL_NOUNS for prep, arg in args
        ) or (
            # "entra en X con una inversión de 5 millones / con un 20 %", "desembarca en
            # X con la compra del 30 % de su capital"
            any(prep == "en" and ctx.np_entities(arg) for prep, arg in args)
            and any(prep == "con" and (_is_money_or_stake(ctx, arg) or _part_bought(ctx, arg))
                    for prep, arg in args)
        ) or _entered_company(ctx, tok, args) or any(
            prep == "con" and _capital_part(ctx, arg) is not None for prep, arg in args
        )
    if noun and tok.lemma_.lower() in ("participación", "stake", "holding", "position"):
        verb = first_conjunct(tok).head  # "bought a stake in X and a stake in Y"
        if verb.i in triggers and ctx.by_token.get(verb.i, "").startswith("sell"):
            return False
        if verb.lemma_.lower() in ("hold", "own"):
            # "X, which holds a 4.9% stake, ...": only a stake in the company told
            # (kg.deals.tacit); "holds 9% of Y" is the holding verb's
            return open_stake(ctx, tok)
        if tok.lemma_.lower() == "position" and not _position_in_company(ctx, tok) \
                and not open_stake(ctx, tok):
            return False
        return verb.lemma_.lower() in _STAKE_VERBS or _stake_weighed(tok, verb)
    return True


# A stake counted as a part (a percentage, "minority", "minoritaria"), in both languages.
_STAKE_SIZE_WORDS = frozenset({
    "minority", "majority", "significant", "blocking", "controlling",
    "minoritaria", "mayoritaria", "significativa", "relevante", "minoritario",
})


def _stake_weighed(stake: Token, verb: Token) -> bool:
    """ "X is mulling a minority stake in Y", "X estudia una participación minoritaria
    en Y", "X is considering a 20% stake": a counted stake as the object of a verb of
    considering a deal (``rumoured`` of lexicon/deals.toml: "weigh", "consider",
    "estudiar", "sopesar") is a stake its subject may buy, an investment rumoured
    (read as ``frame:invest_n``, its status from the verb); one it has ("is weighing
    its stake in Y", "estudia su participación") is held, not weighed for buying, and
    a stake with no size ("weighs the stakes", "estudia la participación en el
    concurso") no part of a company."""
    if verb.lemma_.lower() not in RUMOURED or stake.dep_ not in ("dobj", "obj"):
        return False
    if any(c.dep_ in ("poss", "det") and c.pos_ == "PRON" or c.lower_ in ("su", "sus")
           for c in stake.children):
        return False
    before = [t for t in stake.subtree if t.i < stake.i]
    # (after it: "minoritaria", "del 20 %"; never what it is in, "en la cadena de 2014")
    after = [t for c in stake.children if c.i > stake.i and c.dep_ in ("amod", "nmod")
             and not any(p.lower_ in ("en", "in") for p in c.children if p.dep_ == "case")
             for t in c.subtree]
    return any(t.like_num or t.text.endswith("%") or t.lower_ in ("cent", "percent")
               or t.lower_ in _STAKE_SIZE_WORDS for t in (*before, *after))


def _position_in_company(ctx: Context, tok: Token) -> bool:
    """ "a 6 per cent position in X": a position is a stake only when counted (a
    percentage) and held in a named company, not "a strong position in the market"."""
    counted = any(
        t.like_num or t.lower_.endswith("%") or t.lower_ in ("cent", "percent")
        for t in tok.subtree if t.i < tok.i
    )
    return counted and any(
        prep == "in" and ctx.np_entities(arg) for prep, arg in ctx.prep_args(tok)
    )


def _stake_held(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "X owns 12% of Y", "X, which holds 9 per cent of Y", "X posee el 12 % de Y",
    "Y, participada en un 25 % por X": holding a part of a named company is an
    investment in it. Only a part that is not control (owning a majority or the whole is
    who owns a company, not a deal), and a part of a named company, or, for a
    participle on a company with its agent ("participada ... por X"), a percentage."""
    if noun:
        return False
    held = _held_parts(ctx, tok)
    participle = bool(_holders_by(ctx, tok)) and (
        bool(_participle_on(ctx, tok)) or _passive_holding(tok)  # "which is 30% owned by X"
    )
    if participle and not held and tok.lower_ in _PART_HELD:
        return True  # "Y, participada por el fondo X": X holds a part of Y
    # ("La empresa, participada en un 40 % por X": of a description, only with the part)
    participle = participle or bool(held and _holders_by(ctx, tok)
                                    and _participle_on_description(ctx, tok))
    for part in held:
        if _loan_held(part):
            continue
        words = {t.lower_ for t in own_subtree(part)} | {part.lemma_.lower()}
        stake = bool(words & STAKE_NOUNS) or any(w.endswith("%") for w in words) or \
            _per_cent(part) or counted_part(words) or fraction_of_company(ctx, part)
        if not stake or is_control(part, words) or (
            words | {w.rstrip("%") for w in words}
        ) & WHOLE_WORDS or _veto_share(part, words):
            continue
        if ctx.nested_entities(part) or _part_of(ctx, part) or participle:
            return True
        if bare_part(part) and (organisation_holds(ctx, tok) or shareholder_holds(ctx, tok)):
            return True  # "Y holds 9.8 per cent": of the topic (kg.deals.tacit)
        if _shares_named(ctx, part) and all(
            x.kind == "org" for s in subjects(tok) for x in resolve_np(ctx, s, set())
        ) and subjects(tok):
            return True
    return False


def _loan_held(part: Token) -> bool:
    """ "la empresa tiene un préstamo de 20 millones de euros de Y", "X has a $40 million
    loan from Y": a loan a company has is debt it owes, no part of the lender's capital
    nor of its own; whatever its amount or the words after it say (``hold:loan-held``)."""
    return part.pos_ == "NOUN" and part.lower_ in LOAN_NOUNS


def _veto_share(part: Token, words: set[str]) -> bool:
    """ "The Trust, which holds a golden share in Y", "el Estado mantiene una acción de
    oro en Y": a golden share is a right of veto over a company's sale, no part of its
    capital an investor holds."""
    return part.lemma_.lower() in ("share", "acción") and bool(words & {"golden", "oro"})


# Spanish participles that say a part, never the whole, is held ("participada por X").
_PART_HELD = frozenset({"participada", "participado", "participadas", "participados"})


def _participle_on(ctx: Context, tok: Token) -> list[EntityRef]:
    """The company a holding participle describes ("Y, participada en un 25 % por X"),
    also through a coordination ("Y, controlada por Z y participada en un 25 % por X")."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return ctx.np_entities(head.head) if head.dep_ in ("acl", "amod") else []


def _participle_on_description(ctx: Context, tok: Token) -> list[EntityRef]:
    """The company a holding participle set off after a description of one tells of
    ("La empresa, participada en un 40 % por X": ``described_description``)."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return described_description(ctx, head, set())


def _shares_named(ctx: Context, part: Token) -> list[EntityRef]:
    """ "X, which owns Y shares", "holds 5 million Y shares": shares named after their
    company (a compound or possessor of "shares"), held by a company, are a stake in it
    (English; session 17, helper endeals)."""
    if doc_lang(part.doc) != "en" or part.lemma_.lower() not in ("share", "stock"):
        return []
    return [x for c in part.children if c.dep_ in ("compound", "poss")
            for x in ctx.np_entities(c) if x.kind == "org"]


def _per_cent(tok: Token) -> bool:
    """ "12 per cent", "12 percent": a number the parser made the head of its percent."""
    after = tok.doc[tok.i + 1 : tok.i + 3].text.lower()
    return tok.like_num and after.startswith(("per cent", "percent"))


def _part_of(ctx: Context, part: Token, rules: list[str] | None = None) -> list[EntityRef]:
    """The company a held part is of, however deep the parser hangs it ("12 per cent
    of Y": "of Y" on "cent"; "el 12 % de las acciones de Y"); "of the company", "de la
    compañía", "del grupo" too: the company that description stands for, never the
    holder (parties:part-of-the-company), and in English "of it" the company the
    pronoun stands for (``company_of_part``); "of the explorer", "de la conservera", a
    trade descriptor, the company introduced with it ("gold explorer X"), else the
    company the story is about (``kg.deals.tacit.described_topic``, its rule name added
    to ``rules``)."""
    of = [
        t for t in part.subtree
        if t.dep_ in ("pobj", "nmod")
        and (t.head.lower_ in ("of", "in") or case_of(t) in ("de", "en"))
    ]
    named = [x for t in of for x in ctx.np_entities(t)]
    if named:
        return named
    verb = part.head
    holder = {x for s in subjects(verb) for x in resolve_np(ctx, s, set(), generic=False)}
    if not holder or any(x.kind != "org" for x in holder):
        return []  # a founder's or officer's own part says who owns it, not a deal
    for t in of:
        # only the bare description: "the combined company", "the new group" are not
        # one told before
        bare = is_definite(t) and "Plur" not in feat(t, "Number") and not any(
            c.dep_ in ("amod", "compound", "nmod") for c in t.children
        )
        if bare and t.lemma_.lower() in COMPANY_NOUNS and t.lower_ != "companies":
            return [x for x in resolve_np(ctx, t, holder) if x not in holder][:1]
        if bare and t.lower_ in DESCRIPTORS:
            # a trade descriptor, the company the article introduced with it ("gold
            # explorer X ... holds 8 per cent of the explorer"), else the company the
            # story is about (parties:part-of-described-topic)
            told = described_as(ctx, t.lemma_.lower(), t.i, holder)
            if told is None and any(ctx.np_entities(s) or bound_to_name(ctx, s)
                                    for s in subjects(verb)) \
                    and (told := described_topic(ctx, t, holder)) is not None \
                    and rules is not None:
                rules.append("parties:part-of-described-topic")
            return [told] if told is not None else []
        if _capital_alone(t) and any(ctx.np_entities(s) or bound_to_name(ctx, s)
                                     for s in subjects(verb)):
            # "posee el 25 % del capital": the story's company's (tacit)
            told = described_topic(ctx, t, holder)
            if told is not None and rules is not None:
                rules.append("parties:part-of-capital-topic")
            return [told] if told is not None else []
        if t.lower_ == "it" and t.pos_ == "PRON":
            return company_of_part(ctx, t, holder)
        # "12.5 per cent of the Company's share capital": a filing's defined term for
        # its issuer owns the capital the part is of (apart16)
        issuer = next((x for c in t.children if c.dep_ == "poss"
                       and (x := notice_issuer(ctx, c)) is not None), None)
        if issuer is not None and issuer not in holder:
            return [issuer]
    return []


# The words that say which capital without naming whose ("el capital social", "the
# share capital", "the issued capital").
_CAPITAL_KINDS = frozenset({"social", "share", "issued", "voting"})


def _capital_alone(noun: Token) -> bool:
    """ "El fondo X posee el 25 % del capital desde 2019", "X holds 9 per cent of the
    share capital": a definite capital noun with no owner of its own ("del capital
    de Y", "su capital", "its capital" name one) is the capital of the company the
    story is about, as a bare part is (``kg.deals.tacit.described_topic``:
    parties:part-of-capital-topic): the settled topic that is the lede's company or
    the first takeover's target, never the holder."""
    return noun.lemma_.lower() in CAPITAL_NOUNS and is_definite(noun) \
        and "Plur" not in feat(noun, "Number") and all(
            c.dep_ in ("det", "case", "punct") or (
                c.dep_ in ("amod", "compound") and c.lower_ in _CAPITAL_KINDS)
            for c in noun.children)


def _held_parts(ctx: Context, tok: Token) -> list[Token]:
    """What a holding verb says is held: its object ("owns 12% of Y"), "en"/"a"/"in" a
    percentage ("participada en un 25 %", "participada al 40 %"), or a measure ("30%
    owned", "is 30 per cent owned": the measure the parser makes the participle's head)."""
    return [
        *direct_objects(tok),
        *(arg for prep, arg in ctx.prep_args(tok) if prep in ("en", "in", "a", "al")),
        *(c for c in tok.children if c.dep_ == "npadvmod"),
        *([tok.head] if _on_copula_measure(tok) else []),
    ]


def _on_copula_measure(tok: Token) -> bool:
    """ "Y is 30 per cent owned by X", parsed with "30 per cent" the attribute of "is"
    and "owned" a clause on it."""
    return tok.dep_ == "acl" and _measure_copula(tok.head) is not None


def _measure_copula(measure: Token) -> Token | None:
    """The "is" a measure is the attribute of: "Y is 30% owned", or "Y is itself 30%
    owned" (the parser makes the reflexive the attribute and the measure its
    apposition)."""
    if measure.dep_ == "appos" and measure.head.lower_ in _REFLEXIVES:
        measure = measure.head
    if measure.dep_ == "attr" and measure.head.lemma_ == "be":
        return measure.head
    return None


_REFLEXIVES = frozenset({"itself", "themselves"})


def _passive_holding(tok: Token) -> bool:
    """A holding participle told of its subject: "Y is 30% owned by X", "Y is 30 per
    cent owned by X", "Y está participada al 40 % por X"."""
    return _on_copula_measure(tok) or any(c.dep_ in ("auxpass", "cop") for c in tok.children)


def _passive_held(ctx: Context, tok: Token) -> list[EntityRef]:
    """The company a passive holding is told of: the subject of the participle, or of
    the copula whose measure the participle hangs on."""
    copula = _measure_copula(tok.head) if tok.dep_ == "acl" else None
    clause = copula if copula is not None else tok
    # (the parser may hang the subject on the auxiliary: "Y is 30% owned by X")
    heads = [clause, *(c for c in tok.children if c.dep_ in ("auxpass", "cop"))]
    return [x for h in heads for s in subjects(h) for x in ctx.np_entities(s)]


def _holders_by(ctx: Context, tok: Token) -> list[EntityRef]:
    """The holders named by "por"/"by" on a holding participle, or on the percentage it
    holds (the parser hangs "por X" on "un 25 %")."""
    return [
        x
        for head in (tok, *_held_parts(ctx, tok))
        for prep, arg in ctx.prep_args(head) if prep in ("por", "by")
        for x in ctx.np_entities(arg)
    ]


def _held_by(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """ "Y, participada en un 25 % por X": the holder hung on the percentage invests;
    a holding names its investee and its investor."""
    holders = _holders_by(ctx, tok)
    for x in holders:
        if x not in m.parties():
            m.add_role("investor", x)
    if holders and _passive_holding(tok):
        # "Y is 30% owned by X": the subject is what is held, not a holder
        held = [x for x in _passive_held(ctx, tok) if x not in holders]
        m.roles = [(role, x) for role, x in m.roles if x not in held]
        for x in held:
            m.add_role("investee", x)
            m.rules.append("parties:passive-holding")
    if not any(role == "investee" for role, _ in m.roles) and tok.dep_ == "conj":
        # (the coordination's subject step takes the company described for a holder)
        described = _participle_on(ctx, tok)
        m.roles = [(role, x) for role, x in m.roles if x not in described]
        for x in described:
            m.add_role("investee", x)
    if not any(role == "investee" for role, _ in m.roles):
        for part in _held_parts(ctx, tok):
            for x in (x for x in _part_of(ctx, part, m.rules) or _shares_named(ctx, part)
                      if x not in m.parties()):
                m.add_role("investee", x)
                if not ctx.nested_entities(part) \
                        and m.rules[-1:] != ["parties:part-of-described-topic"]:
                    m.rules.append("parties:part-of-the-company")
    part_of_topic(ctx, m, tok, _held_parts(ctx, tok))
    if any(role == "investee" for role, _ in m.roles) and shareholder_holds(ctx, tok):
        m.rules.append("parties:shareholder-part")
    m.holding = True
    roles = {role for role, _ in m.roles}
    return {"investor", "investee"} <= roles


# The prepositions of entering a company's capital: "entrar en" (Spain), "entrar a"
# (much of Latin America).
_INTO = ("en", "a")


def _entered_company(ctx: Context, tok: Token, args: list[tuple[str, Token]]) -> bool:
    """ "X, que entró en la compañía en 2018", "X entró a la empresa": a company that
    enters a company told before (a definite company noun, singular) has bought into
    it; a person who enters one ("entró en la empresa como director") has joined its
    staff, so the verb's subject must be no person (a relative pronoun stands for the
    noun its clause hangs on)."""
    if tok.lemma_.lower() != "entrar" or not any(
        prep in _INTO and arg.lemma_.lower() in COMPANY_NOUNS and is_definite(arg)
        and "Plur" not in feat(arg, "Number") and not ctx.np_entities(arg)
        for prep, arg in args
    ):
        return False
    subjs = [tok.head if s.pos_ == "PRON" and tok.dep_ in ("acl", "relcl", "acl:relcl")
             else s for s in subjects(tok)]
    refs = [x for s in subjs for x in ctx.np_entities(s)]
    return bool(refs) and all(x.kind == "org" for x in refs)


def _capital_part(ctx: Context, part: Token) -> Token | None:
    """ "con un 25 % del capital", "con un 35 % en el capital de Y": the capital noun a
    percentage or a stake is counted of or held in, or None."""
    if not (_is_money_or_stake(ctx, part) or spanish_percentage(part)):
        return None
    return next((arg for prep, arg in ctx.prep_args(part)
                 if prep in ("de", "del", "en") and arg.lemma_.lower() in CAPITAL_NOUNS), None)


def capital_part_entered(r: Reading) -> None:
    """ "En 2005 el fondo X entró con un 30 % del capital": a company that enters with a
    part of the capital enters the capital of the company named in it ("del capital de
    Y"), else of the company the story is about, as "entró en el accionariado" does
    (parties:capital-part-entered). The noun as the verb: "la entrada de X con un 35 %
    en el capital de Y"."""
    if r.tok.lemma_.lower() not in (ENTER_NOUNS if r.noun else ENTER_VERBS) or any(
        role == "investee" for role, _ in r.m.roles
    ):
        return
    for prep, arg in [*r.ctx.prep_args(r.tok), *(entry_args(r.ctx, r.tok) if r.noun else ())]:
        capital = _capital_part(r.ctx, arg) if prep == "con" else None
        if capital is None:
            continue
        exclude = r.m.parties() | r.exclude
        held = [x for x in r.ctx.nested_entities(capital) if x not in exclude]
        topic = topic_before(r.ctx, r.tok.i, exclude) if not held else None
        for x in held or ([topic] if topic is not None else []):
            r.m.add_role("investee", x)
            r.m.rules.append("parties:capital-part-entered")
        return


def _part_bought(ctx: Context, arg: Token) -> bool:
    """ "con la compra del 30 % de su capital", "con la adquisición de un 10 %": a
    buying noun whose object is a percentage or a stake."""
    return ctx.by_token.get(arg.i, "").startswith("acquire") and any(
        prep in ("de", "del") and (_is_money_or_stake(ctx, part) or spanish_percentage(part))
        for prep, part in ctx.prep_args(arg)
    )


def _is_money_or_stake(ctx: Context, arg: Token) -> bool:
    """An investment, a stake or a percentage: "con una inversión de 5 millones",
    "con un 20 %"."""
    lemma = arg.lemma_.lower()
    return (
        ctx.by_token.get(arg.i, "").startswith("invest")
        or lemma in STAKE_NOUNS or lemma.endswith("%") or arg.i in ctx.tok_amount
    )


_JOINT_WORDS = frozenset({"conjunta", "conjunto", "joint"})
_JOINT_HEADS = LEXICON.words("joint_undertakings")
_FOUNDING_VERBS = LEXICON.words("joint_founding_verbs")


def _partnership(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """A partnership word; "conjunta" only on a company noun that the clause founds
    ("crearán una empresa conjunta", a joint venture), not "una declaración conjunta"
    nor a joint company already told."""
    if tok.lemma_.lower() in _JOINT_WORDS or tok.lower_ in _JOINT_WORDS:
        how = _joint_undertaking(tok)
        if how is None:
            return False
        # (talks on a joint plant are about it, whatever other deal word the sentence
        # holds: "..., according to X, who expects a contract by June")
        others = triggers if how == "founded" else {t.i for t in tok.head.subtree} & triggers
        if any(i != tok.i and not ctx.by_token.get(i, "").startswith("hold") for i in others):
            # the vehicle of another deal of the sentence; not what each partner will
            # hold of it ("en la que cada socio tendrá el 50 %")
            return False
    if _founded_venture(tok):
        # "X and Y formed a joint venture to buy hotels from Z": the venture is a
        # partnership of its own, and its founders are the buyers of its purpose
        inner = purpose_trigger(ctx, tok, triggers)
        if not _no_purpose(ctx, tok, noun, triggers) and inner is not None:
            ctx.founders.add(inner.i)
        return True
    return _no_purpose(ctx, tok, noun, triggers)


_TALKS_TOPIC = frozenset({"on", "about", "over", "sobre"})


def _joint_undertaking(tok: Token) -> str | None:
    """How "joint" / "conjunta" on a company or an undertaking noun (lexicon
    joint_undertakings) tells a partnership, if it does: ``founded`` by the clause ("will
    build a joint plant", "crearán una empresa conjunta", "abrirán un centro de
    investigación conjunto") or the topic of ``talks`` ("in discussions with Y on a joint
    research centre"); rule frame:partner_n(joint). Not "a joint statement"."""
    head = tok.head
    if head.lemma_.lower() not in _JOINT_HEADS and head.dep_ == "nmod":
        head = head.head  # "un centro de investigación conjunto"
    if tok.dep_ != "amod" or head.lemma_.lower() not in _JOINT_HEADS:
        return None
    if head.dep_ in OBJ_DEPS and head.head.lemma_.lower() in _FOUNDING_VERBS:
        return "founded"
    prep = head.head if head.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in _TALKS_TOPIC and prep.head.lemma_.lower() in NEGOTIATING:
        return "talks"
    return None


_VENTURE_FOUNDING = frozenset({"create", "establish", "form", "found", "launch", "set"})


def _founded_venture(tok: Token) -> bool:
    """ "formed a joint venture", "set up a 50-50 venture": a venture founded (an
    English company of the partners) is a deal whatever it is founded to do."""
    return (
        tok.lemma_.lower() == "venture" and tok.dep_ in OBJ_DEPS
        and tok.head.lemma_.lower() in _VENTURE_FOUNDING
    )


def _no_purpose(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """An agreement whose purpose clause carries the deal ("acuerdo para vender X")
    is not a deal of its own: its signatories are kept for the purpose's trigger."""
    inner = purpose_trigger(ctx, tok, triggers)
    partners = ctx.by_token.get(tok.i, "").startswith("partner") or _distribution(tok)
    if inner is not None and not _purpose_states_deal(ctx, inner, triggers):
        inner = None
    if inner is not None and (_supplied_purpose(ctx, tok, inner) or price_clause(ctx, tok, inner)):
        inner = None
    if inner is not None and not (partners and (
        _sells_goods(ctx, inner) or (_distribution(tok) and _sells_no_company(ctx, inner))
        or _invests_in_no_company(ctx, inner)
    )):
        ctx.signed[inner.i] = signatories(ctx, tok)
        return False
    return True


def _told_agreement(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """An agreement that states a deal: not contracts a company only has (``_held_in_general``),
    nor one it only bids for (kg.deals.award.bid_for_only), nor one whose purpose tells
    the deal (``_no_purpose``)."""
    if _held_in_general(ctx, tok, noun) or (noun and bid_for_only(tok)):
        return False
    return _no_purpose(ctx, tok, noun, triggers)


def _held_in_general(ctx: Context, tok: Token, noun: bool) -> bool:
    """ "X tiene contratos con A y con B que le dan visibilidad hasta 2031", "X has
    contracts with A and B": a bare plural agreement noun (no article, number,
    possessive or sum) held by its subject says what business the company has, in
    general; it tells no one deal, and its counterparts are not each other's sellers.
    "tiene un contrato con A", "has contracts worth $30 million with A" still do."""
    return (
        noun and "Plur" in feat(tok, "Number") and tok.dep_ in OBJ_DEPS
        and tok.head.lemma_.lower() in _HAVE_VERBS
        and not any(c.dep_ in ("det", "poss", "nummod", "amod") for c in tok.children)
        and not any(t.i in ctx.tok_amount for t in tok.subtree)
    )


_HAVE_VERBS = frozenset({"have", "hold", "tener", "mantener", "contar"})


def _distribution(tok: Token) -> bool:
    """ "un acuerdo de distribución (exclusiva)", "a distribution agreement": an
    agreement named for selling one side's products through the other, an alliance."""
    return any(
        c.lemma_.lower() in DISTRIBUTION_WORDS or c.lower_ in DISTRIBUTION_WORDS
        for c in tok.children if c.dep_ in ("nmod", "compound", "amod")
    )


def _sells_no_company(ctx: Context, verb: Token) -> bool:
    """ "para vender sus vinos en México": a verb of selling whose objects name no
    company nor a part of one (products, whatever they are)."""
    if not ctx.by_token.get(verb.i, "").startswith("sell_v"):
        return False
    objs = [c for c in verb.children if c.dep_ in OBJ_DEPS and case_of(c) is None]
    return bool(objs) and not any(
        ctx.np_entities(o) or ctx.nested_entities(o) or o.lemma_.lower() in STAKE_NOUNS
        or o.text.endswith("%") for o in objs
    )


def _invests_in_no_company(ctx: Context, verb: Token) -> bool:
    """ "una alianza para invertir 1.600 millones en eólica marina", "a joint venture to
    invest $2 billion in offshore wind": partners who invest together in a sector, a
    project or a place, which no company's name says, make the alliance, not a stake
    (an alliance "para invertir en X", X a company, is the investment in X)."""
    if not ctx.by_token.get(verb.i, "").startswith("invest_v"):
        return False
    # read off the words: the parsers hang "en eólica marina" in many ways
    end = verb.right_edge.i + 1
    preps = [t.i for t in verb.doc[verb.i + 1:end] if t.lower_ in ("en", "in", "into")]
    if not preps:
        return False
    stop = next((t.i for t in verb.doc[preps[0]:end] if t.is_punct), end)
    return not any(k in ctx.tok_ent for k in range(preps[0] + 1, stop))


def _supplied_purpose(ctx: Context, tok: Token, inner: Token) -> bool:
    """ "an offtake agreement with Y to buy 60 per cent of the mine's output", "un
    contrato de suministro con Y para comprar 2 millones de toneladas": a supply
    agreement whose purpose buys or sells what is supplied (no company, no part of
    one) is itself the purchase, not the frame of a takeover or a stake."""
    # "won a contract to supply 40 trams", "Y awarded X a contract to supply 40 trams"
    won = received(tok, "agreement", True) is not None or (
        tok.dep_ in OBJ_DEPS and tok.head.lemma_.lower() in AWARDING_VERBS
    )
    if not won and not any(
        c.lemma_.lower() in SUPPLY_WORDS for c in tok.children if c.i < tok.i or c.dep_ == "nmod"
    ):
        return False
    if not ctx.by_token.get(inner.i, "").startswith(("acquire_v", "sell_v", "supply_v")):
        return False
    # ("to supply and install pumps": the parser may make the goods a conjunct)
    objs = [c for c in inner.children if c.dep_ in OBJ_DEPS] or goods_conjunct(inner)
    return bool(objs) and not any(
        t.i in ctx.tok_ent and t.dep_ != "poss" for o in objs for t in o.subtree
    )


def _purpose_states_deal(ctx: Context, inner: Token, triggers: set[int]) -> bool:
    """ "partnering with Y to offer loans to its customers": a purpose whose word
    states no deal by its own frame (offering products, not a price for a company) is
    what the partners will do, and the agreement is the deal."""
    kind_key = ctx.by_token.get(inner.i, "")
    kind, _, pos = kind_key.rpartition("_")
    frame = FRAMES.get(kind)
    if inner in _goods_purchases(ctx, inner.head.head if inner.dep_ == "pobj" else inner.head):
        return False  # "un contrato con Y para la compra de 420 autobuses": buying goods
    return frame is None or frame.admits(ctx, inner, pos == "n", triggers)


def _sells_goods(ctx: Context, verb: Token) -> bool:
    """ "se ha aliado con Y para vender coches", "partnered with Y to sell cars": an
    alliance whose purpose is buying or selling goods is what the partners will do
    together, not a deal between them (an agreement "con Y para comprar energía" is a
    purchase from Y)."""
    if not ctx.by_token.get(verb.i, "").startswith(("sell_v", "acquire_v")):
        return False
    objs = [c for c in verb.children if c.dep_ in OBJ_DEPS and case_of(c) is None]
    return bool(objs) and all(
        _is_goods(ctx, o) and not ctx.np_entities(o) and not ctx.nested_entities(o)
        for o in objs
    )


# -- what each kind checks last --------------------------------------------------


def _paid(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    if any(
        c.dep_ in OBJ_DEPS and (c.lemma_.lower() in NOT_PRICE_WORDS or c.lower_ in NOT_PRICE_WORDS)
        for c in tok.children
    ):
        # "paid Y a $600 million termination fee", "pagó una multa", "will pay a special
        # dividend": a fee, a fine or a dividend paid buys nothing
        return False
    paid_for_company(ctx, m, tok)
    paid_for_stake(ctx, m, tok)
    paid_for_asset(ctx, m, tok)
    if m.type == "PurchaseAgreement" and (
        _settles(tok) or tok.lemma_.lower() in PAY_OUT_VERBS
    ):
        # a verb of paying out buys only what it pays for ("abonó 24 euros al cliente"
        # refunds him)
        return False
    return _two_sided(ctx, m, tok, received, triggers)


def _settles(tok: Token) -> bool:
    """A payment for no company or stake whose purpose or reason ends a dispute or meets
    a penalty ("paid $15 million to settle the lawsuit", "pagó 15 millones para cerrar el
    litigio", "en concepto de indemnización") is no purchase: what is bought is peace."""
    for child in tok.children:
        if child.dep_ in SUBJ_DEPS or child.dep_ in ("relcl", "acl", "punct", "cc", "conj"):
            continue
        if any(t.lower_ in SETTLEMENT_WORDS or t.lemma_.lower() in SETTLEMENT_WORDS
               for t in child.subtree):
            return True
    return False


def _two_sided(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """A payment or a supply names both sides."""
    return len({role for role, _ in m.roles}) >= 2


def _supplied(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """A supply names both sides; the one its goods go to may hang low (``supplied_to``),
    or own the premises they go to (``premises_owner_buys``)."""
    supplied_to(ctx, m, tok)
    premises_owner_buys(ctx, m, tok)
    return _two_sided(ctx, m, tok, received, triggers)


def _supply(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """An agreement for goods or services ("supply agreement", "contrato", "power
    purchase agreement") is a purchase agreement, not a partnership."""
    if received is None:
        nested = [c for c in tok.children if c.i in triggers and c.dep_ in ("nmod", "compound")]
        m.supply = any(
            c.lemma_.lower() in SUPPLY_WORDS
            or (c.dep_ == "nmod" and c.lemma_.lower() in SUPPLY_WORDS)
            for c in tok.children
        ) or tok.lemma_.lower() in CONTRACT_NOUNS or any(
            _buys_named_goods(ctx, c) for c in nested
        )
        if any(c.lemma_.lower() in _PURCHASE_WORDS and _buys_named_goods(ctx, c)
               for c in nested):
            _signer_buys(ctx, m, tok)
        elif _goods_purchase_purpose(ctx, tok) or _buys_supply(ctx, tok):
            m.supply = True
            _signer_buys(ctx, m, tok)
            m.rules.append("frame:agreement-to-buy-goods")
        elif _service_on_own(ctx, tok):
            m.supply = True
            _signer_buys(ctx, m, tok)
            m.rules.append("frame:service-on-own-assets")
        elif m.supply and _work_on_own(tok):
            _signer_buys(ctx, m, tok)
            m.rules.append("roles:work-on-own-assets")
        elif _priced_work(ctx, m, tok):
            m.supply = True
            m.rules.append("frame:priced-agreement-for-work")
        elif not m.supply and _client_described(ctx, m):
            m.supply = True
            m.rules.append("frame:agreement-with-client")
        if m.supply:
            _client_of_work(ctx, m, tok)
            _signer_first(ctx, m, tok)
        if m.supply and _for_power(tok):
            _producer_sells(ctx, m)
        if m.supply:
            _sides_told(ctx, m, tok)
            _offtake_signer_sells(ctx, m, tok)
            _sides_described(ctx, m)
    return True


_PURCHASE_WORDS = frozenset({"compra", "purchase"})
_GOODS_PURCHASE_WORDS = frozenset({"compra", "purchase", "adquisición", "acquisition"})


def _goods_purchases(ctx: Context, holder: Token) -> list[Token]:
    """The purchase nouns of goods that ``holder`` has as its purpose ("para la compra
    de 420 autobuses", "for the purchase of 20 aircraft"): a purchase whose "de"/"of"
    names goods, no company, stake or unit."""
    found = []
    for c in holder.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            nouns = [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in ("nmod", "obl") and case_of(c) == "para":
            nouns = [c]
        else:
            continue
        for noun in nouns:
            if noun.lemma_.lower() not in _GOODS_PURCHASE_WORDS and \
                    noun.lower_ not in _GOODS_PURCHASE_WORDS:
                continue
            goods = [arg for prep, arg in ctx.prep_args(noun) if prep in ("de", "of")]
            if goods and all(
                _is_goods(ctx, g) and not ctx.nested_entities(g) for g in goods
            ):
                found.append(noun)
    return found


_AGREEMENT_WORDS = frozenset({"agreement", "acuerdo", "deal", "pact", "pacto"})
# Words for a deal of any kind ("X's second deal", "la tercera operación de X").
_GENERIC_DEAL_WORDS = GENERIC_BACKREF | {"deal"}


def _priced_work(ctx: Context, m: Mention, tok: Token) -> bool:
    """ "X signed a £210m agreement with Y to build 900 homes", "firmó un acuerdo de 90
    millones con Y para construir una planta": an agreement with a price of its own,
    whose purpose is work done or goods delivered (build, supply, install...), is a
    purchase of that work, not a partnership; not when the signatories are one
    coordinated subject ("X and Y signed a $500m agreement to build a plant" together)."""
    if tok.lemma_.lower() not in _AGREEMENT_WORDS or len(m.parties()) < 2:
        return False
    priced = any(
        t.i in ctx.tok_amount
        for c in tok.children if c.dep_ in ("nmod", "compound", "nummod", "quantmod", "amod")
        for t in c.subtree
    )
    holders = [tok, tok.head] if tok.dep_ in OBJ_DEPS and is_verbal(tok.head) else [tok]
    work = any(
        c.dep_ in ("acl", "advcl", "xcomp", "relcl") and c.lemma_.lower() in SUPPLIER_VERBS
        for h in holders for c in h.children
    )
    subject = set(governing_subject(ctx, tok, set()))
    return priced and work and not m.parties() <= subject


def _buys_supply(ctx: Context, tok: Token) -> bool:
    """A supply agreement whose purpose clause buys what is supplied ("an offtake
    agreement with Y to buy 60 per cent of its output"): the signing subject buys."""
    holders = [tok, tok.head] if tok.dep_ in OBJ_DEPS and is_verbal(tok.head) else [tok]
    return any(
        c.dep_ in ("acl", "advcl", "xcomp", "relcl")
        and ctx.by_token.get(c.i, "").startswith("acquire_v")
        and _supplied_purpose(ctx, tok, c)
        for h in holders for c in h.children
    )


def _agreement_purpose(ctx: Context, tok: Token) -> bool:
    """Whether a purchase noun is the goods-buying purpose of an agreement, on the
    agreement itself or on the verb that signs it (``_goods_purchase_purpose``)."""
    holder = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok not in _goods_purchases(ctx, holder):
        return False
    return any(
        ctx.by_token.get(t.i, "").startswith("agreement")
        for t in (holder, *(c for c in holder.children if c.dep_ in OBJ_DEPS))
    )


def _goods_purchase_purpose(ctx: Context, tok: Token) -> bool:
    """ "X firmó un contrato con Y para la compra de 420 autobuses", "X signed a contract
    with Y for the purchase of 20 aircraft": an agreement whose purpose, on itself or on
    the verb that signs it, is buying goods is a purchase agreement, and its signing
    subject is the buyer."""
    holders = [tok]
    if tok.dep_ in OBJ_DEPS and is_verbal(tok.head):
        holders.append(tok.head)
    return any(_goods_purchases(ctx, h) for h in holders)


def _service_on_own(ctx: Context, tok: Token) -> bool:
    """ "X rubricó un contrato con Y para el mantenimiento de sus 30 locomotoras", "X
    signed a contract with Y for the maintenance of its jets": a contract for work on
    the signer's own things (a purpose whose "de" / "of" is possessed and names no
    company) buys that work; the signer is the buyer."""
    heads = [tok, tok.head] if tok.dep_ in OBJ_DEPS else [tok]
    for prep, work in (pa for h in heads for pa in ctx.prep_args(h)):
        if prep not in ("para", "for") or ctx.np_entities(work):
            continue
        for of, thing in ctx.prep_args(work):
            if of in ("de", "of") and not ctx.np_entities(thing) and any(
                t.lower_ in OWN_POSSESSIVES for t in thing.subtree if t.i < thing.i
            ):
                return True
    return False


def _work_on_own(tok: Token) -> bool:
    """ "X signed a mandate with Y to manage its portfolio", "X firmó un contrato con Y
    para gestionar su cartera": a contract whose purpose clause (on it or on the verb
    that signs it) works on the signer's own things has the signer buy that work; not
    a verb of buying or selling ("to sell its products"), and not "its" on a company.
    A verb of supplying or building ("to maintain its fleet") leaves the signer the
    supplier (``_signer_works``: the purpose infinitive is the subject's)."""
    heads = [tok, tok.head] if tok.dep_ in OBJ_DEPS else [tok]
    for verb in (c for h in heads for c in h.children):
        if verb.lemma_.lower() in SUPPLIER_VERBS:
            continue
        if verb.pos_ != "VERB" or verb.i < tok.i or verb.lemma_.lower() in TRADE_VERBS:
            continue
        if not (verb.dep_ == "advcl" and any(c.lower_ == "to" for c in verb.children)) and not (
            verb.dep_ == "acl" and any(c.lower_ in ("para", "to") for c in verb.children)
        ):
            continue
        for obj in direct_objects(verb):
            if obj.pos_ == "NOUN" and obj.ent_type_ not in ("ORG", "PER", "PERSON") and any(
                c.lower_ in OWN_POSSESSIVES for c in obj.children if c.i < obj.i
            ):
                return True
    return False


def _signer_buys(ctx: Context, m: Mention, tok: Token) -> None:
    """ "X firmó un contrato de compra de energía con Y", "X signed a power purchase
    agreement with Y": the one who signs a contract to buy is its buyer; the buyer of
    a supply agreement is its first party (``merge._place_agreement``), so the
    signing subject goes first."""
    signer = [x for x in governing_subject(ctx, tok, set()) if x in m.parties()]
    if signer:
        m.roles = sorted(m.roles, key=lambda role: role[1] not in signer)
        m.rules.append("parties:signer-buys")


def _signer_first(ctx: Context, m: Mention, tok: Token) -> None:
    """ "X signed a $300 million contract with Y for six ships", "X anunció un contrato
    con Y para el suministro de antenas": with nothing else told, the one who signs a
    supply agreement with another is its client, the buyer (read first, as
    ``merge._place_agreement`` takes the first party); English hangs "with Y" where it
    is read before the subject, so the signer is put first here. The clauses that tell
    the sides (``_producer_sells``, ``_sides_told``) run after and may turn it."""
    signer = [x for x in governing_subject(ctx, tok, set()) if x in m.parties()]
    if not signer or len(signer) >= len(m.parties()):
        return
    awarded = tok.dep_ in OBJ_DEPS and tok.head.lemma_.lower() in AWARDING_VERBS
    if _signer_works(tok) and not awarded:
        # "X signed a £50m agreement with Y to build 400 homes": X builds, Y buys (not
        # "X awarded a contract to Y to build the port": the awarder buys the work)
        m.roles = sorted(m.roles, key=lambda role: role[1] in signer)
        m.rules.append("roles:signer-works")
    elif m.roles[0][1] not in signer and _contracted_for(ctx, tok):
        m.roles = sorted(m.roles, key=lambda role: role[1] not in signer)
        m.rules.append("roles:signer-first")


def _contracted_for(ctx: Context, tok: Token) -> bool:
    """ "a contract with Y for six ships", "un contrato con Y para el suministro de
    antenas": goods or work the agreement is for ("for" / "para", on it or on the verb
    that signs it), naming no company and not the signer's own ("for its first unit"
    is what the signer sells)."""
    holders = [tok, tok.head] if tok.dep_ in OBJ_DEPS and is_verbal(tok.head) else [tok]
    # (the parser may hang "for ..." on the other party: "with firm Y for haulage")
    holders += [arg for h in holders for prep, arg in ctx.prep_args(h) if prep in ("with", "con")]
    return any(
        prep in ("for", "para") and not ctx.np_entities(arg)
        and not ctx.nested_entities(arg) and arg.pos_ in ("NOUN", "PROPN")
        and not any(c.lower_ in OWN_POSSESSIVES for c in arg.children if c.i < arg.i)
        for h in holders for prep, arg in ctx.prep_args(h)
    )


def _client_of_work(ctx: Context, m: Mention, tok: Token) -> None:
    """ "X ha firmado un contrato de 110 millones para construir dos patrulleras para la
    Armada de Y": a contract with no other party whose purpose clause of work or supply
    (``_signer_works``) builds or supplies things "para" / "for" a company has that
    company for its client (parties:client-of-work); the signer does the work."""
    if len(m.parties()) != 1 or not _signer_works(tok):
        return
    holders = [tok, tok.head] if tok.dep_ in OBJ_DEPS and is_verbal(tok.head) else [tok]
    works = [c for h in holders for c in h.children
             if c.dep_ in ("acl", "advcl", "xcomp") and c.lemma_.lower() in SUPPLIER_VERBS]
    role = m.roles[0][0]
    for work in works:
        for obj in [work, *direct_objects(work)]:
            for prep, arg in ctx.prep_args(obj):
                clients = [x for x in ctx.np_entities(arg) if x.kind == "org"]
                if prep in ("para", "for") and clients and not set(clients) & set(m.parties()):
                    m.roles = [(role, x) for x in clients] + m.roles
                    m.rules.append("parties:client-of-work")
                    return


def _signer_works(tok: Token) -> bool:
    """A purpose clause of work or supply with no subject of its own, on the agreement
    or on the verb that signs it ("signed a contract with Y to build a plant", "firmó
    un contrato con Y para construir la planta"): its doer is the signing subject (a
    purpose infinitive is controlled by the subject), the one who supplies."""
    holders = [tok, tok.head] if tok.dep_ in OBJ_DEPS and is_verbal(tok.head) else [tok]
    return any(
        c.dep_ in ("acl", "advcl", "xcomp") and c.lemma_.lower() in SUPPLIER_VERBS
        and c.morph.get("VerbForm", []) == ["Inf"] and c.i > tok.i  # (not "To supply it, X ...")
        and not subjects(c)
        for h in holders for c in h.children
    )


def _for_power(tok: Token) -> bool:
    """ "a power purchase agreement", "a PPA", "un contrato de suministro de energía":
    an agreement whose words (itself, its modifiers and theirs) name power."""
    words = [tok, *tok.children, *(g for c in tok.children for g in c.children)]
    return any(
        w.lemma_.lower() in POWER_WORDS or w.lower_ in POWER_WORDS for w in words
        if w.i <= tok.i or w.dep_ in ("nmod", "pobj") or w.head.i == tok.i
        # "un contrato de suministro eléctrico": the adjective of its "de" noun
        or (w.dep_ == "amod" and w.head.dep_ == "nmod" and w.head.head.i == tok.i)
    )


def _producer_sells(ctx: Context, m: Mention) -> None:
    """ "Cirrus Vault signed a PPA with Brightwater Renewables": in a power purchase
    agreement the one party whose name says it produces power (Renewables, Energy,
    Solar, Wind...), or whose descriptor does ("la generadora Y"), sells it, whatever
    its place in the sentence; the buyer is read first (kg.deals.merge takes the first
    party as the buyer)."""
    producers = [
        n for n, (_, ref) in enumerate(m.roles)
        if set(ref.name.lower().replace("-", " ").split()) & PRODUCER_NAME_WORDS
        or _described_producer(ctx, m, ref)
    ]
    if len(producers) != 1 or len(m.roles) < 2 or producers[0] != 0:
        return
    m.roles = [*m.roles[1:], m.roles[0]]
    m.rules.append("roles:producer-sells")


def _described_producer(ctx: Context, m: Mention, ref: EntityRef) -> bool:
    """ "con la generadora Y": a producer's descriptor right before the party's name
    in the agreement's sentence."""
    return _named_after_word(ctx, m, ref, PRODUCER_NAME_WORDS)


def _named_after_word(
    ctx: Context, m: Mention, ref: EntityRef, words: frozenset[str], reach: int = 2
) -> bool:
    """Whether one of ``words`` is among the ``reach`` words right before the party's
    name in the agreement's sentence, after any preposition, verb or stop there ("con
    el importador Y", "the retailer Y"; not the agreement's own words: "a cloud services
    agreement with Y")."""
    sent = ctx.sents[m.sent]
    return any(
        _descriptor_before(ctx.doc, start, max(sent.start, start - reach), words)
        for start, x in ctx.mention_starts if x == ref and sent.start <= start < sent.end
    )


def _descriptor_before(doc: Doc, start: int, stop: int, words: frozenset[str]) -> bool:
    """Whether a word of ``words`` stands between ``stop`` and the name at ``start``,
    with no preposition, verb or punctuation between it and the name."""
    for k in range(start - 1, stop - 1, -1):
        if doc[k].pos_ in _DESCRIPTOR_BARRIERS:
            return False
        if doc[k].lower_ in words:
            return True
    return False


# What ends the words that describe a name before it ("with", "signed", ",").
_DESCRIPTOR_BARRIERS = frozenset({"ADP", "VERB", "AUX", "PUNCT"})


def _client_described(ctx: Context, m: Mention) -> bool:
    """ "Y cerró en mayo un pacto con la cadena de supermercados X", "Y agreed a
    distribution deal with the grocery retailer X": an
    agreement between two parties, one of them described as a client (customer,
    importer, supermarket chain), sells to that client: a purchase agreement, not a
    partnership (``_sides_described`` then puts the client first). Near miss: "firmó un
    acuerdo con la tecnológica X" (no client described): a partnership."""
    return len(m.roles) == 2 and [
        _named_after_word(ctx, m, ref, BUYER_DESCRIPTORS, _CLIENT_REACH) for _, ref in m.roles
    ].count(True) == 1


# ("la cadena de supermercados X": the descriptor may stand three words before the name)
_CLIENT_REACH = 3


def _offtake_signer_sells(ctx: Context, m: Mention, tok: Token) -> None:
    """ "Orrin Lithium signed an offtake agreement with Daesan Cells for 30,000 tonnes
    of concentrate a year": an offtake agreement sells the signer's output, so its
    signer sells and the other party, the offtaker, buys (read first, kg.deals.merge).
    Near miss: "to secure lithium, Y signed an offtake agreement with X to buy 8,000
    tonnes a year" (the signer buys, told by its purpose: ``_signer_buys``)."""
    if len(m.roles) != 2 or "parties:signer-buys" in m.rules or not any(
        c.lower_ in OFFTAKE_WORDS and c.dep_ in ("compound", "amod", "nmod")
        for c in tok.children
    ):
        return
    signer = [x for x in governing_subject(ctx, tok, set()) if x in m.parties()]
    if len(signer) == 1 and m.roles[0][1] == signer[0]:
        m.roles = [m.roles[1], m.roles[0]]
        m.rules.append("roles:offtake-signer-sells")


def _sides_described(ctx: Context, m: Mention) -> None:
    """ "En 2023 X cerró con el importador Y un contrato de suministro", "X and the
    furniture retailer Y signed a supply contract", "X signed a supply contract with the
    timber supplier Y": in a supply agreement between two parties, the one whose
    descriptor names a client (customer, importer, retailer, "cadena de supermercados")
    buys, and the one whose descriptor names a supplier (supplier, contractor, services
    firm) sells, whatever their places in the sentence; the buyer is read first
    (kg.deals.merge). Near miss: both or neither described, or each described as the
    same side: the order stays; "la cadena hotelera Y" (a chain may sell hotel services)."""
    if len(m.roles) != 2:
        return
    sides = [
        (_named_after_word(ctx, m, ref, BUYER_DESCRIPTORS, _CLIENT_REACH),
         _named_after_word(ctx, m, ref, SELLER_DESCRIPTORS, _CLIENT_REACH))
        for _, ref in m.roles
    ]
    first_sells = sides[0][1] and not sides[0][0] and not sides[1][1]
    second_buys = sides[1][0] and not sides[1][1] and not sides[0][0]
    if first_sells or second_buys:
        m.roles = [m.roles[1], m.roles[0]]
        m.rules.append("roles:sides-described")


# Verbs of buying in a clause on a party ("Y, que comprará el 60 % de la energía").
_BUY_LEMMAS = frozenset({"comprar", "adquirir", "buy", "purchase"})
# Verbs of supplying in a clause on the agreement or a party ("por el que suministrará
# energía a Y", "Y, que proveerá los equipos").
_SUPPLY_LEMMAS = frozenset(SUPPLIER_VERBS) | {"vender", "abastecer", "sell"}


# Relative words of a clause on the agreement or a party ("por el que", "under which",
# "al que", "to which").
_RELATIVIZERS = frozenset({"que", "cual", "which", "quien", "whom"})
# Prepositions of a relative word that make its antecedent the one supplied ("al que
# entregará celdas", "to whom it will deliver").
_DATIVE_CASES = frozenset({"a", "al", "to"})


def _relative_case(ctx: Context, clause: Token) -> str | None:
    """The preposition before a relative clause's relative word ("under" of "under
    which", "por" of "por el que", "al" of "al que"), or None: such a clause has its
    doer elsewhere than the name it hangs on."""
    for t in clause.subtree:
        if t.i >= clause.i or t.lower_ not in _RELATIVIZERS:
            continue
        before = list(ctx.doc[max(0, t.i - 2) : t.i])
        if before and before[-1].pos_ == "DET" and len(before) == 2:
            before = before[:1]  # "por el que", "a la cual"
        if before and (
            before[-1].pos_ == "ADP" or before[-1].dep_ in ("prep", "case")
            or before[-1].lower_ in ("al", "del")
        ):
            return before[-1].lower_
    return None


def _party_clauses(ctx: Context, m: Mention) -> list[tuple[int, Token]]:
    """The relative clauses on each party's name in the agreement's sentence, or on
    the noun the name is in apposition to ("con el fabricante alemán Y, al que
    entregará ..."), with the party's place in ``m.roles``."""
    found = []
    for n, (_, ref) in enumerate(m.roles):
        for start, x in ctx.mention_starts:
            if x != ref or ctx.sent_index(start) != m.sent:
                continue
            head = ctx.doc[start]
            while head.dep_ in ("flat", "compound") and head.head.i > head.i:
                head = head.head  # (the name's last word in English)
            heads = [head, head.head] if head.dep_ == "appos" else [head]
            found += [
                (n, c) for h in heads for c in h.children
                if c.dep_ in ("acl", "relcl", "acl:relcl")
            ]
    return found


def _sides_told(ctx: Context, m: Mention, tok: Token) -> None:
    """Who buys in a supply agreement, told by a clause: on a party, a verb of buying
    makes it the buyer and one of supplying the seller ("firmó un contrato con Y, que
    comprará el 60 % de la energía"), unless the party is what is supplied to ("con Y,
    al que entregará celdas": Y buys); on the agreement, a supplying verb with no
    subject of its own is the signer's ("ha suscrito con Y un contrato por el que
    suministrará energía a la planta", "with Y, under which it provides ..."). The
    buyer is read first (kg.deals.merge)."""
    if len(m.roles) != 2:
        return
    buyer: EntityRef | None = None
    agreement_clauses: list[Token] = []
    for n, c in _party_clauses(ctx, m):
        case = _relative_case(ctx, c)
        lemma = c.lemma_.lower()
        if case in _DATIVE_CASES and lemma in _SUPPLY_LEMMAS:
            buyer = m.roles[n][1]
        elif case is not None:
            agreement_clauses.append(c)  # "with Y, under which it provides ..."
        elif lemma in _BUY_LEMMAS:
            buyer = m.roles[n][1]
        elif lemma in _SUPPLY_LEMMAS:
            buyer = m.roles[1 - n][1]
    if buyer is None:
        holders = [tok, tok.head] if tok.dep_ in OBJ_DEPS and is_verbal(tok.head) else [tok]
        # (a relative clause: "para abastecer su planta" is the buyer's purpose)
        supplies = [
            c for c in (*(c for h in holders for c in h.children), *agreement_clauses)
            if c.dep_ in ("acl", "relcl", "acl:relcl") and c.lemma_.lower() in _SUPPLY_LEMMAS
            and not any(s.pos_ != "PRON" for s in subjects(c))
            and any(t.lower_ in _RELATIVIZERS and t.i < c.i for t in c.subtree)
        ]
        signer = [x for x in governing_subject(ctx, tok, set()) if x in m.parties()]
        if supplies and len(signer) == 1:
            buyer = next(ref for _, ref in m.roles if ref != signer[0])
    if buyer is not None and m.roles[0][1] != buyer:
        m.roles = [m.roles[1], m.roles[0]]
        m.rules.append("roles:supply-sides-told")


def _goods_bought(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """ "la compra de 20 aviones a X", "the purchase of 100 aircraft from X": a purchase
    noun whose object is goods, not a company, is a purchase agreement; the one sold
    from ("a" / "from", which a parser often hangs on the goods) is the seller."""
    if not noun_trigger(tok) or any(role == "target" for role, _ in m.roles):
        return True
    # "made its first purchase: a portfolio of nine hotels from Y": what is bought told
    # in apposition, as by "of"
    told = [*ctx.prep_args(tok), *(("of", c) for c in tok.children if c.dep_ == "appos")]
    for prep, goods in told:
        if prep not in ("de", "of") or not (_is_goods(ctx, goods) or _named_asset(ctx, goods)):
            continue
        sellers = [
            x for x in (*bought_from(ctx, tok, goods), *goods_owner(ctx, goods))
            if x not in m.parties()
        ]
        if not sellers and not any(role == "seller" for role, _ in m.roles):
            return True
        # a business's assets ("its purchase of a portfolio of hotels from Y") are
        # bought as a unit is: an acquisition from their seller, as when sold
        # (kg.deals.disposal.goods_sold)
        asset = goods.lemma_.lower() in ASSET_NOUNS or goods.lower_ in ASSET_NOUNS
        buyer = "acquirer" if asset else "buyer"
        if not asset:
            m.type = "PurchaseAgreement"
            m.roles = [("buyer" if role == "acquirer" else role, x) for role, x in m.roles]
        for x in sellers:
            m.add_role("seller", x)
        if not any(role == buyer for role, _ in m.roles) and not in_adjunct(tok):
            # "X anunció la compra de 20 aviones a Y": the buyer is the clause's subject
            for x in governing_subject(ctx, tok, m.parties()):
                m.add_role(buyer, x)
        m.rules.append("frame:assets-bought" if asset else "frame:goods-bought")
        return True
    return True


def _goods_bought_from(ctx: Context, m: Mention, tok: Token) -> None:
    """ "la aerolínea X compra diez aviones al fabricante Y", "X has bought 400 flats
    from Y": a verb of buying whose object is goods, or property bought as assets,
    names their seller with "from" / "a", which the parser often hangs on the object
    rather than on the verb (parties:seller-on-goods). Only for goods or assets bought
    with no seller named yet."""
    if noun_trigger(tok) or m.type not in ("PurchaseAgreement", "Acquisition") or any(
            role in ("seller", "target") for role, _ in m.roles):
        return
    for obj in (c for c in tok.children if c.dep_ in OBJ_DEPS and case_of(c) is None):
        asset = obj.lemma_.lower() in ASSET_NOUNS or obj.lower_ in ASSET_NOUNS
        if not (asset if m.type == "Acquisition" else _is_goods(ctx, obj)):
            continue
        sellers = [x for x in bought_from(ctx, tok, obj)
                   if x not in m.parties() and x.kind == "org"]
        for x in sellers:
            m.add_role("seller", x)
        if sellers:
            m.rules.append("parties:seller-on-goods")
            return


def _part_bought_from(ctx: Context, m: Mention, tok: Token) -> None:
    """ "X compró el pasado marzo el 40 % restante al industrial Y": a Spanish verb of buying
    whose object is a part counted in percent or a stake names its seller with "a",
    which the parser (most often with an adjunct between the verb and the part) hangs
    on the part rather than on the verb (parties:seller-on-part). A person may sell a
    part, as a company may. Only with no seller named yet. (English "bought the 49% it
    did not own from Y" was tried too: the part then became a deal of its own beside
    the takeover it completes, one false deal on an opened inventory.)"""
    if noun_trigger(tok) or m.type != "Investment" or ctx.lang != "es" \
            or any(role == "seller" for role, _ in m.roles):
        return
    for obj in (c for c in tok.children if c.dep_ in OBJ_DEPS and case_of(c) is None):
        if not (spanish_percentage(obj) or obj.lemma_.lower() in STAKE_NOUNS):
            continue
        sellers = [x for x in bought_from(ctx, tok, obj) if x not in m.parties()]
        for x in sellers:
            m.add_role("seller", x)
        if sellers:
            m.rules.append("parties:seller-on-part")
            return


def _named_asset(ctx: Context, tok: Token) -> bool:
    """A definite asset ("the 38-storey hotel tower", "la planta de Burgos"): a thing a
    business owns, which a definite description does not make a company already told
    (as "the Italian champions" is); bought from a seller, it is an acquisition."""
    return (
        tok.pos_ == "NOUN" and is_definite(tok)
        and (tok.lemma_.lower() in ASSET_NOUNS or tok.lower_ in ASSET_NOUNS)
        and tok.i not in ctx.tok_ent and tok.i not in ctx.by_token
    )


def _bought(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """Goods bought, and a bid its target rejects ("el consejo de Y rechazó la OPA de X")."""
    _approached_about(ctx, m, tok)
    _goods_bought(ctx, m, tok, received, triggers)
    _goods_bought_from(ctx, m, tok)
    _part_bought_from(ctx, m, tok)
    _assumed_lender(ctx, m, tok)
    seller_in_goods(ctx, m, tok)
    facility_owner_sells(ctx, m, tok)
    whole_of_topic(ctx, m, tok)  # "la compra del 100 % del capital a Y" (kg.deals.buyout)
    if tok.lemma_.lower() in BID_NOUNS:
        _offer_received(ctx, m, tok, received, triggers)
    return True


def _counted_order(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """An order verb or noun tells a deal only for a counted number of goods ("encargó
    20 aviones", "un pedido de 12 trenes"), not a commissioned report or task ("encargó
    a X un informe", "le encargó la venta"), or for a work commissioned from a named
    company ("encargó a Y la construcción de dos buques": kg.deals.award)."""
    if not noun and commissioned_work(ctx, tok):
        return True
    goods = order_goods(ctx, tok) if noun else direct_objects(tok)
    return any(
        _is_goods(ctx, g) and any(c.dep_ == "nummod" and c.like_num for c in g.children)
        for g in goods
    )


def _capital_increase(ctx: Context, tok: Token, noun: bool, triggers: set[int]) -> bool:
    """ "ampliación" is a deal only as a capital increase ("una ampliación de capital"),
    not the enlargement of a plant or a port."""
    return noun and any(
        prep == "de" and arg.lemma_.lower() in CAPITAL_NOUNS for prep, arg in ctx.prep_args(tok)
    )


def _counted_order_sides(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """Goods ordered from a supplier: a purchase agreement between the one who orders
    and the one ordered from; both must be named."""
    _goods_bought(ctx, m, tok, received, triggers)
    order_supplier(ctx, m, tok)
    mapping = {"acquirer": "buyer", "seller": "seller"}
    m.type = "PurchaseAgreement"
    m.roles = [(mapping.get(role, role), x) for role, x in m.roles if role != "target"]
    return {"buyer", "seller"} <= {role for role, _ in m.roles}


def _approached_about(ctx: Context, m: Mention, tok: Token) -> None:
    """ "Hartwell has approached Penrose Life about a possible takeover": the company a
    takeover is raised with ("about" on a verb whose object it is) is its target
    (parties:approached-about)."""
    if not noun_trigger(tok) or any(role == "target" for role, _ in m.roles):
        return
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "about" and is_verbal(tok.head.head)):
        return
    verb = tok.head.head
    for obj in (c for c in verb.children if c.dep_ in OBJ_DEPS):
        for x in ctx.np_entities(obj):
            if x.kind == "org" and x not in m.parties():
                m.add_role("target", x)
                m.rules.append("parties:approached-about")


def noun_trigger(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN")


def _is_goods(ctx: Context, tok: Token) -> bool:
    """A common noun that names no company, stake or business unit ("aviones", "chips"),
    counted or bare ("500.000 chips", "energía"): a definite description ("the Italian
    champions", "la cadena chilena") names a company already told."""
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ == "NOUN"
        and not is_definite(tok)
        and tok.i not in ctx.tok_ent
        and tok.i not in ctx.tok_amount
        and tok.i not in ctx.by_token
        and lemma not in STAKE_NOUNS | UNIT_NOUNS | COMPANY_NOUNS
        and tok.lower_ not in STAKE_NOUNS | UNIT_NOUNS | COMPANY_NOUNS
        and not tok.lower_.endswith("%")
    )


def _own_sale(ctx: Context, m: Mention, tok: Token) -> None:
    """ "Collón Curá denied it is negotiating su venta a Serra Azul", "Acme confirmed
    talks over its sale to Zenith": a sale noun whose determiner is the possessive of
    its seller and that names nothing sold (no "de" / "of") is the sale of the seller
    itself: the seller is the target, the one it is sold to the acquirer
    (parties:own-sale)."""
    roles = {role for role, _ in m.roles}
    if is_verbal(tok) or "target" in roles or not {"seller", "acquirer"} <= roles:
        return
    if not any(
        c.dep_ in ("poss", "det") and ("Yes" in feat(c, "Poss") or c.lower_ in ("its", "su"))
        for c in tok.children
    ):
        return
    if any(prep in ("of", "de") for prep, _ in ctx.prep_args(tok)):
        return
    m.roles = [("target" if role == "seller" else role, x) for role, x in m.roles]
    m.rules.append("parties:own-sale")


def _self_sale(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """ "X is exploring a sale", "X is considering an outright sale after takeover talks
    with Y": a sale of nothing named, which its seller contemplates, is a sale of the
    seller itself (the target); the company it holds talks with is the would-be buyer.
    A sale of goods, not of a company, is a purchase agreement (``goods_sold``)."""
    named_unit_sold(ctx, m, tok)
    goods_sold(ctx, m, tok)
    _own_sale(ctx, m, tok)
    roles = {role for role, _ in m.roles}
    if is_verbal(tok) and _sold_itself(ctx, tok) and roles == {"seller", "acquirer"}:
        m.roles = [("target" if role == "seller" else role, x) for role, x in m.roles]
        m.rules.append("frame:sold-itself")
        return True
    if is_verbal(tok) or "target" in roles or "seller" not in roles:
        return True
    if any(c.dep_ == "poss" for c in tok.children) or any(
        prep in ("of", "de") for prep, _ in ctx.prep_args(tok)
    ):
        return True
    verb = next((t for t in tok.ancestors if is_verbal(t)), None)
    if verb is None or verb.lemma_.lower() not in RUMOURED:
        return True
    m.roles = [("target" if role == "seller" else role, x) for role, x in m.roles]
    m.rules.append("frame:self-sale")
    if "acquirer" not in roles:
        for t in ctx.sents[m.sent]:
            if t.lemma_.lower() in NEGOTIATING:
                for prep, arg in ctx.prep_args(t):
                    for x in ctx.np_entities(arg) if prep == "with" else ():
                        if x.kind == "org":
                            m.add_role("acquirer", x)
    return True


def _sold_itself(ctx: Context, tok: Token) -> bool:
    """ "Wrenfield Bank sold to Ostler Capital for $90m", "the startup sold to Y for $1bn":
    English "sell" in the past with no object, a buyer after "to" and a price after
    "for" is the middle voice (as "the house sold for $1m"), or a headline's passive
    without its auxiliary: the subject is what was sold, not the seller. A sale with an
    object ("sold its unit to Y") or with no price ("sold to retailers") is no such."""
    if ctx.lang != "en" or tok.tag_ not in ("VBD", "VBN") or is_passive(tok):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("dobj", "obj", "nsubjpass", "ccomp", "xcomp", "attr") for c in kids):
        return False
    buyer = any(c.lower_ == "to" and c.dep_ in ("prep", "dative") for c in kids)
    priced = any(
        c.lower_ == "for" and any(g.i in ctx.tok_amount for g in c.subtree) for c in kids
    )
    return buyer and priced


_RAISE_STAKE = frozenset({
    "acquire", "boost", "build", "buy", "increase", "lift", "obtain", "raise", "take",
    "adquirir", "aumentar", "comprar", "elevar", "obtener", "tomar",
    "double", "ampliar", "incrementar", "reforzar", "duplicar",
})


def _controlling_stake(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    """ "X raised its stake in Y to 85 %", "X took a 51 % stake in Y": a stake that
    gives control (over half, or "majority") makes its holder Y's acquirer, as a
    controlling stake bought does (``roles.object_kind``). A backer named beside a
    round is an investment of its own (``possession.backer_apart``)."""
    backer_apart(ctx, m, tok, triggers)
    verb = first_conjunct(tok).head
    if (
        tok.lower_ not in ("stake", "holding", "participación") or received is not None
        or verb.lemma_.lower() not in _RAISE_STAKE
    ):
        return True
    scope = [tok, *(arg for prep, arg in ctx.prep_args(verb) if prep in ("to", "hasta"))]
    # "from 33% to 75%": the parser hangs the new stake under the old one
    scope += [t for prep, arg in ctx.prep_args(verb) if prep == "from"
              for t in _after_to(arg)]
    if any(is_control(t, {w.lower_ for w in own_subtree(t)}) for t in scope):
        mapping = {"investor": "acquirer", "investee": "target"}
        m.type = "Acquisition"
        m.roles = [(mapping.get(role, role), x) for role, x in m.roles]
        m.rules.append("frame:controlling-stake")
    return True


def _after_to(arg: Token) -> list[Token]:
    """The words after "to" in a "from X to Y" range hung as one phrase ("from 33% to
    75%"): the stake reached."""
    phrase = arg.head if arg.head.lower_ == "from" else arg  # "to" may hang on "from"
    words = list(phrase.subtree)
    to = next((n for n, t in enumerate(words) if t.lower_ == "to"), None)
    return words[to + 1 :] if to is not None else []


def _agreement(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    _signed_in_relative(ctx, m, tok)
    if _work_under_contract(ctx, m, tok):
        return True
    _supply(ctx, m, tok, received, triggers)
    m.definite = received is None and _definite_article(tok)
    if received is None and not m.supply:
        interest_agreement(ctx, m, tok)
    understanding_partner(ctx, m, tok)
    if received is None and not m.supply:
        deal_for_company(ctx, m, tok)
    if received is not None:
        _contract_client(ctx, m, tok)
        contracting_activity(ctx, m, tok)
    else:
        _awarded_to(ctx, m, tok)
    return True


def _definite_article(tok: Token) -> bool:
    """A noun with the definite article or a demonstrative ("the agreement", "este
    acuerdo"), not a possessive ("its first agreement with Y" may be a new one)."""
    return any(
        c.dep_ == "det" and ("Def" in feat(c, "Definite") or "Dem" in feat(c, "PronType")
                             or c.lower_ in ("the", "this", "that"))
        and "Yes" not in feat(c, "Poss")
        for c in tok.children
    )


_UNDER = frozenset({"under", "bajo"})


def _work_under_contract(ctx: Context, m: Mention, tok: Token) -> bool:
    """ "X will provide guards for Y under a three-year contract", "X construirá dos
    buques para Y bajo un contrato de 40 millones": work or supply done for a company
    under a contract is bought by that company from the one who does it
    (parties:work-under-contract): the verb of work or supply (``supplier_verbs``)
    that the contract is under names the seller as its subject and the buyer with
    "for" / "para", on the verb or on what it supplies. Not "for its unit Y" (the
    doer's own), nor a contract that names a party of its own (the doer, its
    subject, aside)."""
    if tok.head.lower_ not in _UNDER and case_of(tok) not in _UNDER:
        return False
    verb = tok.head.head if tok.head.lower_ in _UNDER else tok.head
    if not is_verbal(verb) or verb.lemma_.lower() not in SUPPLIER_VERBS:
        return False
    sellers = [x for s in subjects(verb) for x in ctx.np_entities(s) if x.kind == "org"]
    buyers = [
        x for h in (verb, *direct_objects(verb)) for prep, arg in ctx.prep_args(h)
        if prep in ("for", "para") and arg.i < tok.i
        and not any(c.lower_ in OWN_POSSESSIVES for c in arg.children if c.i < arg.i)
        for x in ctx.np_entities(arg) if x.kind == "org"
    ]
    buyers = [x for x in buyers if x not in sellers]
    if not sellers or not buyers or m.parties() - set(sellers):
        return False
    m.roles = [("partner", buyers[0]), ("partner", sellers[0])]
    m.supply = True
    m.rules.append("parties:work-under-contract")
    return True


def _signed_in_relative(ctx: Context, m: Mention, tok: Token) -> None:
    """ "the supply contract (that) X signed with Y in May", "el contrato que X firmó
    con Y": a relative clause of signing on an agreement that names no party of its
    own tells its signatories, the clause's subject and its "with" / "con" partner,
    as "X signed a contract with Y" does (parties:signed-in-relative); so does one of
    holding or striking it ("the agreement that X has with Y", "el acuerdo que X
    mantiene con Y", parties:held-in-relative). Both must be named: "the contract it
    signed with Y" leaves the signer to be resolved."""
    # English may read the signer of a reduced relative as a name the agreement noun
    # modifies or one in apposition to it ("a contract [Acme] signed with Y": "contract"
    # a compound of "Acme", or "Acme" its apposition with no comma; the participle a
    # clause on the name)
    fused = [tok.head] if (
        tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.i in ctx.tok_ent
    ) else [c for c in tok.children
            if c.dep_ == "appos" and c.left_edge.i == tok.i + 1 and c.i in ctx.tok_ent]
    # (the name the noun is fused with, or the clause's subject, may already be read as
    # its party: it is the signer)
    signers = {x for name in fused for x in ctx.np_entities(name)} | {
        x for c in tok.children if c.dep_ in ("relcl", "acl", "acl:relcl") and c.i > tok.i
        for s in subjects(c) for x in ctx.np_entities(s)
    }
    if m.parties() - signers:
        return
    kept, m.roles[:] = list(m.roles), []
    # a partnership noun names the agreement it modifies ("the partnership agreement
    # that X signed with Y"), whose clauses are its own
    named = tok.dep_ == "compound" and tok.head.lemma_.lower() in AGREEMENT_NOUNS
    holders = [(tok, []), *((name, [name]) for name in fused)]
    if named:
        holders.append((tok.head, []))
    for holder, signer in holders:
        clauses = [c for c in holder.children
                   if c.dep_ in ("relcl", "acl", "acl:relcl") and c.i > tok.i and is_verbal(c)]
        # ("the contract [Acme] signed with Y" may be read as the name the subject of a
        # clause of its own, the noun a compound of the name: that clause is the relative)
        if signer and holder.dep_ == "nsubj" and holder.head.i > holder.i \
                and is_verbal(holder.head):
            clauses.append(holder.head)
        for c in clauses:
            if _agreement_clause(c) and _signed_between(ctx, m, c, signer):
                return
    m.roles[:] = kept


def _agreement_clause(clause: Token) -> bool:
    """A clause that names an agreement's parties: of signing it, or of holding or
    striking it ("the agreement that X has with Y", "el acuerdo que X mantiene con Y",
    "the deal X struck with Y"; ``agreement_held_verbs``, parties:held-in-relative)."""
    lemma = clause.lemma_.lower()
    return lemma in SIGNED or lemma in AGREEMENT_HELD_VERBS


def _signed_between(ctx: Context, m: Mention, clause: Token, signer: list[Token]) -> bool:
    """The signatories of a clause of signing: its subject (else the name it hangs on)
    and its "with" / "con" partner, both named; the partner first, as the main
    clause's reading has it ("X signed a contract with Y": English reads "with Y"
    before the subject; kg.deals.frames._signer_first)."""
    said = [s for s in subjects(clause) if s.pos_ != "PRON"] or signer
    signers = [x for s in said for x in ctx.np_entities(s)] or _we_signed(ctx, clause)
    partners = [
        x for prep, arg in ctx.prep_args(clause) if prep in ("con", "with")
        for x in ctx.np_entities(arg) if x not in signers
    ]
    if not signers and partners and not said:
        signers = _unsaid_signer(ctx, clause, set(partners))
    if not signers or not partners:
        return False
    for x in (*partners, *signers):
        m.add_role("partner", x)
    m.rules.append("parties:signed-in-relative" if clause.lemma_.lower() in SIGNED
                   else "parties:held-in-relative")
    return True


def _unsaid_signer(ctx: Context, clause: Token, partners: set[EntityRef]) -> list[EntityRef]:
    """ "X seguirá creciendo. Así lo prueba el acuerdo que firmó el mes pasado con Y": a
    Spanish clause of signing in the third person whose subject is left unsaid (sujeto
    tácito) was signed by the company the sentence before is about
    (``kg.deals.refer.unsaid_subject``), as a main clause's unsaid subject is."""
    if doc_lang(clause.doc) != "es" or "3" not in feat(clause, "Person") \
            or "Sing" not in feat(clause, "Number") or any(
                c.lower_ == "se" for c in clause.children):
        # ("el contrato que se firmó con Y": an impersonal, signed by nobody said; "que
        # firmaron con Y": a plural "they", no company continued)
        return []
    return [x for x in unsaid_subject(ctx, clause, clause, partners) if x.kind == "org"]


def _we_signed(ctx: Context, clause: Token) -> list[EntityRef]:
    """ "the new agreement we signed last spring with Y", "el acuerdo que firmamos con Y":
    a first person plural signer, said or unsaid, is the organisation the text's "we"
    speaks for (``kg.deals.refer.resolve_np``, ``dropped_we``), the way "we signed an
    agreement with Y" reads it."""
    said = [s for s in subjects(clause) if s.lower_ in FIRST_PLURAL]
    if said:
        return [x for s in said for x in resolve_np(ctx, s, set()) if x.kind == "org"]
    if subjects(clause):
        return []
    return [x for x in dropped_we(ctx, clause, set()) or [] if x.kind == "org"]


def _partnership_signed(
    ctx: Context, m: Mention, tok: Token, received: Token | None, triggers: set[int]
) -> bool:
    if tok.pos_ in ("NOUN", "PROPN"):
        _signed_in_relative(ctx, m, tok)
        topic_partner(ctx, m, tok)
    return True


def _awarded_to(ctx: Context, m: Mention, tok: Token) -> None:
    """ "Y awarded X a $90 million contract", "Y adjudicó a X un contrato": a contract
    awarded to a company buys its work; the awarder (the subject) is the buyer, the
    one it is awarded to (the dative) the seller (parties:awarded-to)."""
    head = tok.head
    if head.lemma_.lower() not in AWARDING_VERBS:
        _award_phrase(ctx, m, tok)
        return
    if tok.dep_ in OBJ_DEPS:
        # the dative of the verb, or the "a" phrase the parser hangs on the contract
        # ("adjudicó un contrato de 300 millones a la empresa X")
        winners = [
            x for c in [*head.children, *tok.children] if c.i != tok.i and (
                c.dep_ in ("dative", "iobj")
                # ("al consorcio": the preposition fused with its article)
                or (c.dep_ in (*OBJ_DEPS, "nmod") and case_of(c) == "a")
            ) for x in ctx.np_entities(c)
        ] or contract_winners(ctx, head, tok)
        awarders = [ref for _, ref in m.roles if ref not in winners]
    elif tok.dep_ == "nsubjpass":
        # "The contract was awarded to X by Y" ("by Y" may hang on X)
        winners = [x for prep, arg in ctx.prep_args(head) if prep in ("to", "a")
                   for x in ctx.np_entities(arg)]
        awarders = [x for h in (head, *(a for p, a in ctx.prep_args(head) if p in ("to", "a")))
                    for prep, arg in ctx.prep_args(h) if prep in ("by", "por")
                    for x in ctx.np_entities(arg) if x not in winners]
    elif tok.dep_ == "nsubj" and _spanish_passive(head):
        # "El contrato del Consorcio X, de 4 millones, se adjudicó a Y", "El contrato de
        # limpieza de la Municipalidad X fue adjudicado a Y": in the passive the contract
        # is the subject, and its owner ("del Consorcio X") the one who awards it
        winners = [x for prep, arg in ctx.prep_args(head) if prep == "a"
                   for x in ctx.np_entities(arg)]
        awarders = [x for arg in owner_chain(ctx, tok) for x in ctx.np_entities(arg)
                    if x not in winners]
    else:
        return
    if not winners:
        return
    m.type = "PurchaseAgreement"
    if _highest_bid(ctx.sents[m.sent]):
        # a right sold to the highest bidder: the winner pays for it
        m.roles = [("buyer", ref) for ref in winners]
        for x in awarders:
            m.add_role("seller", x)
        m.rules.append("roles:highest-bid-buys")
        return
    m.roles = [("buyer", ref) for ref in awarders]
    for x in winners:
        m.add_role("seller", x)
    m.rules.append("parties:awarded-to")


def _spanish_passive(verb: Token) -> bool:
    """ "se adjudicó", "fue adjudicado": the se-passive or the passive with "ser"."""
    return any(
        c.lower_ == "se" or (c.dep_ in ("aux", "aux:pass", "cop") and c.lemma_.lower() == "ser")
        for c in verb.children
    )


def _award_phrase(ctx: Context, m: Mention, tok: Token) -> None:
    """The passive of "Y awarded a contract to X" told as a noun phrase: a reduced
    relative on the contract ("the €200 million contract awarded to X by Y covers 40
    trams") or the award noun ("the award of a contract to X by Y", "Y's award of a
    contract to X"). The one it goes "to" sells its work, the one "by" whom (or whose
    award it is) buys (parties:award-phrase)."""
    if doc_lang(tok.doc) != "en":
        return
    award = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  and c.lemma_.lower() in AWARDING_VERBS), None)
    if award is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() in AWARDING_VERBS:
        award = tok.head.head
    if award is None:
        return
    heads = [award, tok]
    tos = [arg for h in heads for prep, arg in ctx.prep_args(h) if prep == "to"]
    winners = [x for arg in tos for x in ctx.np_entities(arg) if x.kind == "org"]
    # ("by Y" may hang on the award, the contract or the winner's name)
    awarders = [x for h in (*heads, *tos) for prep, arg in ctx.prep_args(h) if prep == "by"
                for x in ctx.np_entities(arg) if x.kind == "org" and x not in winners]
    awarders += [x for c in award.children if c.dep_ == "poss"
                 for x in ctx.np_entities(c) if x.kind == "org" and x not in winners]
    if not winners or not awarders:
        return
    m.type = "PurchaseAgreement"
    m.roles = [("buyer", x) for x in awarders]
    for x in winners:
        m.add_role("seller", x)
    m.rules.append("parties:award-phrase")


# A bid or offer in a tender, and what makes it the highest ("la oferta más alta",
# "the highest bid", "la mayor oferta económica").
_BID_WORDS = frozenset({"bid", "offer", "oferta", "puja", "propuesta"})
_HIGHEST_WORDS = frozenset({"highest", "top", "alta", "mayor", "elevada"})


def _highest_bid(sent: Span) -> bool:
    """ "Y adjudicó la concesión a X, que presentó la oferta más alta", "Y awarded the
    licence to X, whose bid was the highest": a tender won by the highest bid sells a
    right (a concession, a licence, spectrum) to the winner, who is its buyer and the
    awarder its seller; won by the lowest, the awarder buys the work (the default)."""
    for t in sent:
        if t.lemma_.lower() not in _BID_WORDS and t.lower_ not in _BID_WORDS:
            continue
        near = [w for w in t.children if w.dep_ in ("amod", "acl", "advmod")]
        near += [t.head] if t.head.pos_ == "ADJ" else []
        if any(w.lower_ in _HIGHEST_WORDS or w.lemma_.lower() == "alto" for w in near):
            return True
    return False


def _contract_client(ctx: Context, m: Mention, tok: Token) -> None:
    """ "Granger has won a $75 million contract to build a hospital for the Marlow
    Health Authority": the one a won contract's work is done for ("for X" in the
    clause that says the work) is its buyer (parties:contract-client)."""
    if any(role == "buyer" for role, _ in m.roles):
        return
    for clause in (c for c in tok.children if c.dep_ in ("acl", "relcl", "advcl")):
        if clause.lemma_.lower() not in SUPPLIER_VERBS:
            continue
        heads = [clause, *(c for c in clause.children if c.dep_ in OBJ_DEPS)]
        for prep, arg in (pa for h in heads for pa in ctx.prep_args(h)):
            refs = [x for x in ctx.np_entities(arg) if x.kind == "org"] if prep == "for" else []
            for x in refs:
                if x not in m.parties():
                    m.add_role("buyer", x)
                    m.rules.append("parties:contract-client")
        return


def deal_for_company(ctx: Context, m: Mention, tok: Token) -> None:
    """ "X's $13 billion deal for Y", "X struck a deal for Y": a deal *for* a company
    (not "for Y to supply ...") is a deal to buy it; its signatory is the acquirer."""
    if tok.lower_ not in ("deal", "deals") or any(
        c.dep_ in ("acl", "relcl", "advcl", "xcomp") for c in tok.children
    ):
        return
    for prep, arg in ctx.prep_args(tok):
        refs = [x for x in ctx.np_entities(arg) if x.kind == "org" and x not in m.parties()]
        if prep != "for" or not refs or any(c.dep_ in ("acl", "relcl") for c in arg.children):
            continue
        m.type = "Acquisition"
        m.roles = [("acquirer" if role == "partner" else role, x) for role, x in m.roles]
        for x in refs:
            m.add_role("target", x)
        m.rules.append("frame:deal-for-company")
        if not any(role == "acquirer" for role, _ in m.roles) and not in_adjunct(tok):
            # "The deal for Y is expected to close": the deal of the article's topic
            add_topic_acquirer(ctx, m, tok)
        return


# -- the table ---------------------------------------------------------------------

_ACQUIRE_STEPS = (
    subject, copular_theme, described, objects, arguments, clitic_object, listed_targets,
    participle_agents, agent, participle_owner, topic_acquirer, retype,
)
_ROUND_STEPS = (*_HEAD, participle_agents, lead_investors, agent, retype)
_PARTNER = {None: "partner", "con": "partner", "with": "partner", "entre": "partner",
            "between": "partner"}

FRAMES: dict[str, Frame] = {
    "acquire": Frame(
        "Acquisition",
        # ("bought the firm off Y": colloquial English "off" for "from")
        verb={None: "acquirer", "": "target", "por": "acquirer", "by": "acquirer",
              "a": "seller", "de": "seller", "from": "seller", "off": "seller"},
        noun={None: "acquirer", "": "target", "de": "target", "of": "target",
              "sobre": "target", "for": "target", "por": "acquirer", "by": "acquirer",
              "a": "seller", "from": "seller"},
        steps=_ACQUIRE_STEPS,
        admits=_bought_neither_debt_nor_unit,
        finish=_bought,
    ),
    "sell": Frame(
        "Acquisition",
        verb={None: "seller", "": "target", "a": "acquirer", "to": "acquirer",
              "por": "seller", "by": "seller"},
        noun={None: "seller", "": "target", "de": "target", "of": "target",
              "a": "acquirer", "to": "acquirer", "por": "seller", "by": "seller"},
        steps=(subject, copular_theme, *_HEAD[1:], clitic_object, participle_agents, agent,
               retype),
        admits=_neither_price_move_nor_unit_price,
        finish=_self_sale,
    ),
    # "the transfer of 40,000 policies from X to Y", "X transferred its book to Y": a
    # book of business sold (kg.deals.transfer.book_transferred)
    "transfer": Frame(
        "Acquisition",
        verb={None: "seller", "to": "acquirer", "by": "seller"},
        noun={None: "seller", "from": "seller", "to": "acquirer", "by": "seller"},
        admits=book_transferred,
        finish=transfer_received,
    ),
    "merge": Frame(
        "Merger",
        # "Zenith will merge into Acme": absorbed by its partner
        verb={None: "partner", "": "partner", "con": "partner", "with": "partner",
              "into": "partner"},
        admits=_combined,
        noun={None: "partner", "": "partner", "de": "partner", "of": "partner",
              "entre": "partner", "between": "partner", "con": "partner", "with": "partner"},
        finish=_merger_partners,
    ),
    "invest": Frame(
        "Investment",
        verb={None: "investor", "": "investee", "en": "investee", "in": "investee",
              "into": "investee", "por": "investor", "by": "investor", "a": "investee",
              "to": "investee"},
        noun={None: "investor", "en": "investee", "in": "investee", "into": "investee",
              "de": "investor", "from": "investor", "by": "investor", "por": "investor"},
        admits=_stake_acquired,
        steps=(
            *_ROUND_STEPS, hyphen_backer, fronted_backer, supported_with_investment,
            money_backed, capital_part_entered,
        ),
        finish=_controlling_stake,
    ),
    "round": Frame(
        "Investment",
        noun={None: "investee", "de": "investor", "from": "investor", "by": "investor",
              "por": "investor", "en": "investee", "in": "investee", "for": "investee"},
        admits=_round_noun,
        steps=(*_ROUND_STEPS, line_heading),
    ),
    "raise": Frame(
        "Investment",
        verb={None: "investee", "de": "investor", "from": "investor", "by": "investor"},
        admits=_raise_is_funding,
        steps=_ROUND_STEPS,
    ),
    "investor": Frame(
        "Investment",
        noun={None: "investor", "": "investor", "en": "investee", "de": "investee",
              "in": "investee", "of": "investee"},
        admits=_ranked_holder,
        steps=(*_HEAD, holders, participle_agents, agent, retype),
    ),
    "valuation": Frame("Valuation", noun={None: "investee", "de": "investee", "of": "investee"},
                       admits=_not_listing_valuation),
    "agreement": Frame("Agreement", noun=_PARTNER, admits=_told_agreement, finish=_agreement),
    "partner": Frame(
        "Partnership",
        verb={None: "partner", "": "partner", "con": "partner", "with": "partner"},
        noun={**_PARTNER, "de": "partner"},
        admits=_partnership,
        finish=_partnership_signed,
    ),
    "pay": Frame(
        "PurchaseAgreement",
        verb={None: "buyer", "": "seller", "a": "seller", "to": "seller"},
        admits=_paid_out,
        finish=_paid,
    ),
    "supply": Frame(
        "PurchaseAgreement",
        verb={None: "seller", "a": "buyer", "to": "buyer", "": "buyer"},
        admits=_supplied_with,
        finish=_supplied,
    ),
    # "gained control of X", "tomar el control de X"
    "control": Frame(
        "Acquisition",
        noun={None: "acquirer", "of": "target", "de": "target", "over": "target",
              "sobre": "target"},
        admits=_control_taken,
        finish=_control_given,
    ),
    "take": Frame(
        "Acquisition",
        verb={None: "acquirer", "con": "target", "": "target", "over": "target", "by": "acquirer",
              "on": "target", "from": "seller"},
        admits=_taken_over,
        steps=(*STEPS, taken_in_charge),
        finish=_private_target,
    ),
    # "X selected Y to supply signalling systems", "X chose Y as its supplier"
    "choose": Frame(
        "PurchaseAgreement",
        verb={None: "buyer", "": "seller", "a": "seller", "by": "buyer", "por": "buyer"},
        admits=_chose_supplier,
        finish=_chosen_sides,
    ),
    # "X ordered 40 jets from Y", "an order for 40 jets with Y": goods from a supplier
    "order": Frame(
        "PurchaseAgreement",
        verb={None: "buyer", "from": "seller", "by": "buyer"},
        noun={None: "buyer", "from": "seller", "with": "seller", "by": "buyer"},
        admits=_ordered,
        finish=_order_sides,
    ),
    # "Y ganó la licitación de X", "Y won a tender from X": a public tender won
    "tender": Frame(
        "PurchaseAgreement",
        noun={"de": "buyer", "from": "buyer", "by": "buyer", "por": "buyer"},
        admits=tender_won,
        finish=tender_sides,
    ),
    # "Y resultó adjudicataria del contrato de X", "Y was the successful bidder in the
    # X tender": a contest's winner told by a role noun (kg.deals.winner)
    "winner": Frame(
        "PurchaseAgreement", noun={}, admits=named_winner, steps=(), finish=winner_sides,
    ),
    # "X adjudicó a Y la obra": an award of public works or services
    "award": Frame(
        "PurchaseAgreement",
        verb={None: "buyer", "a": "seller", "por": "buyer", "by": "buyer"},
        admits=_awarded,
        finish=_award_sides,
    ),
    # "X es el nuevo dueño de Y", "X is the new owner of Y" (kg.deals.possession)
    "owner": Frame(
        "Acquisition", noun={None: "acquirer", "de": "target", "of": "target"},
        admits=new_owner, steps=(owner_predicate, owner_named, *STEPS),
    ),
    # "Y pasa a manos de X", "Y passed into the hands of X" (kg.deals.possession)
    "hands": Frame(
        "Acquisition", verb={None: "target"}, admits=into_hands,
        steps=(subject, new_holder, priced_buyer, ended_with, agent, retype),
    ),
    # "Y became part of X", "Y will become a subsidiary of X" (kg.deals.possession)
    "become": Frame(
        "Acquisition", verb={None: "target"}, admits=became_part,
        steps=(subject, part_owner, agent, retype),
    ),
    # "Y is now in the hands of X", "Y, ahora integrada en X" (kg.deals.held_now)
    "now": Frame(
        "Acquisition", noun={}, verb={}, admits=now_held, steps=(), finish=now_held_sides,
    ),
    # "X completó una ampliación de capital suscrita por Y": Y invests in X
    "capital": Frame(
        "Investment",
        noun={None: "investee", "de": "investee", "por": "investor", "by": "investor"},
        admits=_capital_increase,
        steps=(relative_subscriber, *_ROUND_STEPS),
    ),
    # "X encargó 20 aviones a Y", "un pedido de 12 trenes a Y": goods ordered (Spanish;
    # the English "order" frame above reads "ordered 40 jets from Y")
    "encargo": Frame(
        "Acquisition",
        verb={None: "acquirer", "": "target", "a": "seller", "por": "acquirer",
              "by": "acquirer"},
        noun={None: "acquirer", "de": "target", "a": "seller", "por": "acquirer",
              "by": "acquirer"},
        admits=_counted_order,
        steps=_ACQUIRE_STEPS,
        finish=_counted_order_sides,
    ),
    # "X owns 12% of Y", "X posee el 12 % de Y", "Y, participada en un 25 % por X": a
    # part held of a company
    "hold": Frame(
        "Investment",
        verb={None: "investor", "": "investee", "por": "investor", "by": "investor"},
        admits=_stake_held,
        steps=(subject, described, objects, arguments, agent, retype),
        finish=_held_by,
    ),
    # "la socimi X suma a su cartera el edificio de Y", "X has added 14 buildings from Y
    # to its portfolio": assets added to one's holdings, bought (kg.deals.sectors)
    "add": Frame(
        "Acquisition",
        verb={None: "acquirer", "": "target", "de": "seller", "from": "seller",
              "by": "acquirer", "por": "acquirer"},
        admits=added_to_holdings,
        steps=(*_ACQUIRE_STEPS, seller_beside_holdings),
        finish=_bought,
    ),
    # "el 30 % de Y pertenece al fondo X": a stake told by its owner (kg.deals.belong)
    "belong": Frame("Investment", verb={}, admits=stake_belongs, steps=(),
                    finish=belonging_sides),
    # "la operación", "the transaction": only ever a deal told before
    "deal": Frame("", refers_back=True),
    # "X licensed the rights to its drug to Y", "X in-licensed a pill from Y": an
    # alliance of the licensor and the licensee (kg.deals.award.licensed_between)
    "license": Frame(
        "Partnership",
        verb={None: "partner", "to": "partner", "from": "partner", "with": "partner"},
        admits=licensed_between,
        finish=licence_sides,
    ),
    # "una oferta de X por Y", "X's offer for Y", "a takeover offer from X": a bid
    "offer": Frame(
        "Acquisition",
        noun={None: "acquirer", "de": "acquirer", "from": "acquirer", "by": "acquirer",
              "por": "target", "for": "target", "sobre": "target"},
        verb={None: "acquirer", "for": "target", "por": "target"},
        admits=_bid_for_company,
        steps=(offer_made_for, *_ACQUIRE_STEPS),
        finish=_offer_received,
    ),
}

# Light verbs whose subject receives what the deal noun gives ("X recibió inversiones
# de Y", "X won a contract from Y"): the subject is the investee or the supplier, and
# the source ("de" / "from") the investor or the buyer.
RECEIVE_FRAMES: dict[str, RoleMap] = {
    "invest": {None: "investee", "de": "investor", "from": "investor", "por": "investor",
               "by": "investor"},
    "agreement": {None: "seller", "de": "buyer", "from": "buyer", "con": "buyer",
                  "with": "buyer", "por": "buyer", "by": "buyer"},
    "order": {None: "seller", "from": "buyer", "by": "buyer"},
    # "Y obtuvo un pedido de X de 12 locomotoras", "Y recibió un encargo de X": the
    # company that gets an order supplies it, the one it is "de" places it
    "encargo": {None: "seller", "de": "buyer", "por": "buyer"},
    # "Y ganó la licitación de X", "Y won a tender from X": the winner does the works
    "tender": {None: "seller", "de": "buyer", "from": "buyer", "por": "buyer", "by": "buyer"},
}


# -- reading one trigger -------------------------------------------------------------


_JOINT = frozenset({"conjunta", "conjunto", "mixta", "joint"})


def _told_as(m: Mention, tok: Token, kind: str, noun: bool) -> None:
    """How the text places the deal among others: as another deal ("otro contrato", "an
    earlier acquisition", ``Mention.distinct``), or as one step of a deal done in
    several ("in a first tranche", ``TOLD_AS_STEP``). An ordinal on a holder noun ranks
    the holder among the company's ("el segundo accionista de Y", "its third
    shareholder"), it tells no second deal."""
    m.distinct = noun and ((kind != "investor" and is_another(tok)) or is_earlier(tok)) \
        or _another_object(tok, noun)
    if told_as_step(tok):
        m.rules.append(TOLD_AS_STEP)


def _another_object(tok: Token, noun: bool) -> bool:
    """ "bought another stake in Y", "adquirió otro 10% de Y", "took a second stake":
    a verb whose object is told as another is another deal than the one of the same
    parties told before (kg.deals.merge._told_apart)."""
    return not noun and any(is_another(o) for o in direct_objects(tok))


def _venture_subject(verb: Token) -> bool:
    """A definite joint venture as the subject of the verb: "the venture", "the joint
    venture", "la empresa conjunta", "la sociedad mixta"; or of the verb it completes
    ("the venture plans to invest")."""
    return any(
        is_definite(s) and s.pos_ == "NOUN" and (
            s.lemma_.lower() == "venture"
            or (s.lemma_.lower() in ("empresa", "sociedad", "compañía")
                and any(c.lower_ in _JOINT for c in s.children))
        )
        for s in subjects(verb) or (subjects(verb.head) if verb.dep_ == "xcomp" else [])
    )


def _venture_invests(m: Mention, verb: Token) -> Mention:
    """ "The venture will invest S$320 million": the joint venture's money, told of the
    partnership referred back to (kg.deals.merge), not an investment of its own."""
    m.type, m.backref = "Partnership", True
    m.rules.append("frame:venture-invests")
    set_status(m, verb, False)
    return m


def read(ctx: Context, tok: Token, kind_key: str, si: int, triggers: set[int]) -> Mention | None:
    """One mention for a trigger token of kind ``kind_key`` ("acquire_v"), or None
    when it states no deal."""
    kind, _, pos = kind_key.rpartition("_")
    noun = pos == "n"
    frame = FRAMES[kind]
    if not _may_state_deal(ctx, tok, kind, noun, triggers):
        return None
    m = Mention(
        type=frame.type, roles=[], sent=si, evidence=ctx.sentence_evidence(si), trigger=tok.i,
        kind=kind, rules=[f"frame:{kind_key}({tok.lemma_.lower()})"],
    )
    if frame.refers_back:
        # A generic word for a deal states none of its own: it refers back, and
        # brings its money ("la operación, valorada en 150 millones").
        if not is_definite(tok):
            return None
        m.backref = True
        set_status(m, tok, noun)
        return m
    if kind == "invest" and not noun and _venture_subject(tok):
        return _venture_invests(m, tok)
    if not frame.admits(ctx, tok, noun, triggers):
        return None
    anchor = _anchor(tok, noun)
    roles = _role_map(frame.roles(noun), tok, anchor, kind, noun)
    got = received(tok, kind, noun)
    if got is not None:
        roles = RECEIVE_FRAMES[kind]
        m.rules.append(f"frame:received({got.lemma_.lower()})")
    fill_roles(ctx, m, anchor, kind, noun, roles, frame.steps)
    _stacked_target(ctx, m, anchor, kind, noun)
    _told_as(m, tok, kind, noun)
    if got is not None:
        _received_from(ctx, m, tok, got, roles)
    talks_counterpart(ctx, m, tok)
    _add_signatories(ctx, m, tok)
    _not_own_name(ctx, m, tok)
    if not frame.finish(ctx, m, tok, got, triggers):
        return None
    if not m.roles:
        if not _told_back(ctx, m, tok, anchor, noun):
            return None
        m.backref = True
    elif _round_told_back(tok, kind, noun, m):
        m.backref = True
        m.rules.append("parties:round-told-back")
    elif _offer_told_back(ctx, m, kind, noun):
        m.backref = True
        m.rules.append("frame:offer-told-back")
    # "X bid $4 billion for Y" makes an offer, as "X made a bid" does: its tense says
    # when the offer was made, not that the deal was done.
    set_status(m, anchor, noun or kind == "offer" or tok.lemma_.lower() in BID_NOUNS)
    winner_status(m, tok)
    _price_to_pay(m)
    owned_now(m, anchor)
    return m


def _received_from(
    ctx: Context, m: Mention, tok: Token, got: Token, roles: RoleMap
) -> None:
    """A deal received ("Y received an offer from X"): the source's roles; an agreement
    received is a purchase."""
    for prep, arg in _source_args(ctx, tok, got):
        role = roles.get(prep)
        for ref in ctx.np_entities(arg) if role else ():
            m.add_role(role, ref)  # type: ignore[arg-type]
    if m.kind in ("tender", "agreement") and not m.roles:
        _won_contract_owner(ctx, m, tok, got)
    if m.kind == "agreement":
        m.type = "PurchaseAgreement"


def _won_contract_owner(ctx: Context, m: Mention, tok: Token, got: Token) -> None:
    """ "Y ganó el contrato de limpieza de colegios del Ayuntamiento X", "Y se quedó con
    el contrato de transporte escolar de la Comunidad X": a contract or tender won
    whose owner hangs deeper than its own "de" phrase still names its buyer, the owner
    (kg.deals.award.owner_chain); the winner, the subject of the verb of winning, sells the works
    (parties:won-contract-owner)."""
    owners = [x for arg in owner_chain(ctx, tok)[-1:] for x in ctx.np_entities(arg)
              if x.kind == "org"]
    winners = [x for x in governing_subject(ctx, got, set(owners)) if x.kind == "org"]
    if not owners or not winners:
        return
    m.roles = [("buyer", x) for x in owners] + [("seller", x) for x in winners]
    m.rules.append("parties:won-contract-owner")


def _stacked_target(ctx: Context, m: Mention, anchor: Token, kind: str, noun: bool) -> None:
    """ "a bid from X for Y": the parser hangs the second complement of a bid on the
    bidder's name ("for" on X), which takes no "for" of its own; it is the bid's target
    (parties:stacked-target)."""
    if not noun or kind not in ("acquire", "offer") or any(role == "target" for role, _ in m.roles):
        return
    if anchor.lemma_.lower() not in BID_NOUNS | OFFER_NOUNS:
        return
    for prep, arg in ctx.prep_args(anchor):
        if prep not in ("from", "by") or arg.i not in ctx.tok_ent:
            continue
        for inner, target in ctx.prep_args(arg):
            for x in ctx.np_entities(target) if inner == "for" else ():
                if x not in m.parties():
                    m.add_role("target", x)
                    m.rules.append("parties:stacked-target")


def _price_to_pay(m: Mention) -> None:
    """ "Y will pay $55m for Z" tells the price of a deal, which may still be in talks
    ("is about to close the purchase of Z"): no stage of its own over one told
    (session 17, helper endeals)."""
    if m.kind == "pay" and m.status == "Announced":
        m.status_explicit = False


def _round_told_back(tok: Token, kind: str, noun: bool, m: Mention) -> bool:
    """ "X raised $50m. The round was led by A, with participation from B", "A lideró
    la ronda": a definite round that names only its investors is the round told
    before; the investors join it."""
    return (
        noun and kind == "round" and is_definite(tok)
        and {role for role, _ in m.roles} == {"investor"}
        and m.amount is None
    )


def _not_own_name(ctx: Context, m: Mention, tok: Token) -> None:
    """A word is never its own argument: a name that swallowed the trigger ("Amazon to
    Buy Whole Foods" in a headline, read as the name "Buy Whole Foods") is no party
    of the deal that word states."""
    own = ctx.tok_ent.get(tok.i)
    if own is not None and own in m.parties():
        m.roles = [(role, x) for role, x in m.roles if x != own]
        m.rules.append("parties:trigger-in-name")


def _role_map(roles: RoleMap, tok: Token, anchor: Token, kind: str, noun: bool) -> RoleMap:
    """The frame's roles, as the trigger word changes them."""
    if noun and kind == "acquire" and (
        tok.lemma_.lower() in BID_NOUNS or anchor.lemma_.lower() in OFFER_NOUNS
    ):
        # "una contraoferta por X", "a bid for X": the offer is for the target;
        # "la opa de X sobre Y": X bids (a bid belongs to its bidder).
        roles = {**roles, "por": "target", "for": "target", "de": "acquirer", "from": "acquirer"}
    if noun and kind == "invest" and tok.lemma_.lower() in STAKE_NOUNS and (
        tok.head.lemma_.lower() in _STAKE_VERBS
    ):
        # "bought a stake in Y from Z": Z sells the stake, it does not invest
        roles = {**roles, "from": "seller"}
    if not noun and kind == "acquire" and tok.lemma_.lower() in BID_NOUNS:
        roles = {**roles, "for": "target"}  # "X bid $4 billion for Y"
    if noun and kind == "offer" and tok.lemma_.lower() == "approach":
        roles = {**roles, "to": "target"}  # "X made a takeover approach to Y"
    if noun and kind == "acquire" and tok.lemma_.lower() in _TAKEOVER_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
    ):
        # "agreed to a $5 billion buyout from Acme": a takeover of no company named
        # comes from its bidder, as an offer does; "the takeover of Y from Z" is bought
        # from its seller
        roles = {**roles, "from": "acquirer"}
    if not noun and kind == "merge" and tok.lemma_.lower() in _JOIN_VERBS:
        roles = {**roles, "en": "partner"}  # "X se integrará en Y"
    if noun and kind == "acquire" and _counted(tok):
        roles = {**roles, "de": "acquirer"}  # "la tercera adquisición de X": X's own
    return roles


# Nouns of taking a company over, which a bidder makes ("a takeover from X").
_TAKEOVER_NOUNS = frozenset({"buyout", "takeover"})


def _counted(tok: Token) -> bool:
    """Spanish: a deal noun counted by an ordinal ("la primera compra de X en Europa",
    "la tercera adquisición de X en dos años") is one of a series that the "de"
    complement makes, the buyer; what is bought takes no ordinal."""
    return doc_lang(tok.doc) == "es" and any(
        c.dep_ == "amod" and c.i < tok.i
        and ("Ord" in c.morph.get("NumType", []) or c.lower_ in _ORDINALS)
        for c in tok.children
    )


_ORDINALS = frozenset({
    "primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima", "octava",
    "novena", "décima", "última", "enésima", "primer", "tercer", "último",
})


def _anchor(tok: Token, noun: bool) -> Token:
    """ "oferta pública de adquisición (OPA) sobre X": the offer carries the arguments;
    "una empresa conjunta con X": the company noun carries them."""
    if noun and tok.dep_ == "amod" and tok.lemma_.lower() in _JOINT_WORDS | {"conjunto"}:
        return tok.head
    letter = series_head(tok) if noun else None
    if letter is not None:
        return letter  # "led Tidebrook's Series A": the letter heads the phrase
    if (
        noun
        and tok.dep_ in ("nmod", "appos", "compound", "flat")
        and (tok.head.lemma_.lower() in OFFER_NOUNS)
    ):
        return tok.head
    return tok


def _refers_back(tok: Token, noun: bool) -> bool:
    """A deal noun with no party of its own that refers back: "el acuerdo", "the deal"."""
    lemma = tok.lemma_.lower()
    return noun and (
        (lemma in BACKREF_NOUNS and is_definite(tok)) or lemma in GENERIC_BACKREF
    )



def _told_back(ctx: Context, m: Mention, tok: Token, anchor: Token, noun: bool) -> bool:
    """A deal word with no party of its own that tells a deal told before: "el
    acuerdo", an offer told back, a partnership whose end is told, or a definite deal
    noun whose end is told."""
    return (
        _refers_back(tok, noun) or _offer_told_back(ctx, m, m.kind, noun)
        or _partnership_ended_back(m, anchor, noun) or _deal_ended_back(m, tok, noun)
    )


def _deal_ended_back(m: Mention, tok: Token, noun: bool) -> bool:
    """ "X made an unsolicited offer for Y early in March. Weeks later, the offer
    expired", "the approach was withdrawn": a definite offer with no party of its own
    whose end is told (``_offer_ended``) is the bid told before, now cancelled (its
    status goes to the latest deal of its type, kg.deals.merge). Near miss: "an offer
    expired" (indefinite: another offer, no deal told before). Other deal nouns refer
    back by ``_refers_back`` ("the deal collapsed") or not at all ("the earlier sale
    failed" may be any sale)."""
    if not noun or m.kind != "offer" or not is_definite(tok) or not end_told(m, tok):
        return False
    m.rules.append("frame:deal-ended-back")
    return True


def _partnership_ended_back(m: Mention, anchor: Token, noun: bool) -> bool:
    """ "The two partners terminated their joint-venture agreement", "this year they
    dissolved the alliance", "disolvieron la empresa conjunta": a partnership noun
    with no party of its own whose end is told is the partnership told before, now
    cancelled (its status goes to that deal, kg.deals.merge)."""
    if not noun or m.type != "Partnership" or not end_told(m, anchor):
        return False
    m.rules.append("frame:partnership-ended-back")
    return True

_FOUNDERS_ROLE = {"Acquisition": "acquirer", "PurchaseAgreement": "buyer", "Investment": "investor"}


def _add_signatories(ctx: Context, m: Mention, tok: Token) -> None:
    """The signatories of an agreement whose purpose is this trigger ("acuerdo con Y
    para vender X") take the roles it still lacks."""
    signed = ctx.signed.get(tok.i)
    if signed:
        m.rules.append("parties:signatories-of-agreement")
    for ref in signed or []:
        if ref in m.parties():
            continue
        roles = {r for r, _ in m.roles}
        if tok.i in ctx.founders and m.type in _FOUNDERS_ROLE:
            m.add_role(_FOUNDERS_ROLE[m.type], ref)
        elif m.type == "Acquisition":
            m.add_role(
                "seller"
                if "acquirer" in roles and "target" in roles
                else "target"
                if "acquirer" in roles
                else "acquirer",
                ref,
            )
        elif m.type == "PurchaseAgreement":
            m.add_role("seller" if "buyer" in roles else "buyer", ref)
        elif m.type == "Investment":
            m.add_role("investee" if "investor" in roles else "investor", ref)
        else:
            m.add_role("partner", ref)


def received(tok: Token, kind: str, noun: bool) -> Token | None:
    """The light verb of "receive an investment" / "win a contract", if ``tok`` is
    its object: its subject is then the investee or the supplier. A pronominal verb of
    prevailing wins a tender or a contract as "win" does ("se impuso en el concurso")."""
    if noun and kind in ("tender", "agreement") and prevailed_in(tok) and (
        kind == "tender" or tok.lemma_.lower() in CONTRACT_NOUNS
    ):
        return tok.head
    if not noun or kind not in RECEIVE_FRAMES or tok.dep_ not in OBJ_DEPS:
        return None
    if tok.lemma_.lower() in STAKE_NOUNS:
        return None  # obtaining a stake makes the subject the investor
    head = tok.head
    if head.lemma_.lower() in AWARDING_VERBS:
        # "X adjudicó a Y un contrato" awards it; "Y se adjudicó" and "Y was awarded a
        # contract" win it
        won = any(c.lower_ == "se" or c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
        return head if won and is_verbal(head) else None
    return head if head.lemma_.lower() in RECEIVE_VERBS and is_verbal(head) else None


def _source_args(ctx: Context, tok: Token, got: Token) -> list[tuple[str, Token]]:
    """Where a received deal comes from: the light verb's arguments, and those the
    parser hangs on the deal's value ("won a contract worth $90 million from Y", "se
    adjudicó un contrato de 12 millones de Y")."""
    args = list(ctx.prep_args(got))
    for c in tok.children:
        if any(t.i in ctx.tok_amount or t.like_num for t in c.subtree):
            args += ctx.prep_args(c)
    return args


def paid_for_company(ctx: Context, m: Mention, tok: Token) -> None:
    """ "X pagó 120 millones por la compañía a su fundador", "paid $2bn for Y": paying
    for a company is buying it (the payee, if any, is the seller)."""
    for prep, arg in _paid_args(ctx, tok):
        if prep not in ("por", "for") or arg.lemma_.lower() in STAKE_NOUNS:
            continue  # "paid $2bn for Zenith shares": a stake (paid_for_stake)
        refs = _relative_topic(ctx, tok, arg, m.parties()) or resolve_np(ctx, arg, m.parties())
        if not refs or arg.pos_ == "PRON":
            continue
        m.type = "Acquisition"
        m.rules.append("frame:paid-for-company")
        m.roles = [("acquirer" if role == "buyer" else role, ref) for role, ref in m.roles]
        for r in refs:
            m.add_role("target", r)
        return


def _relative_topic(
    ctx: Context, verb: Token, arg: Token, exclude: set[EntityRef]
) -> list[EntityRef]:
    """ "X is owned by Y, which paid $620m for the company", "X es propiedad de Y, que
    pagó 620 millones por la compañía": a bare company description in a relative
    clause on Y is not Y but the company the main clause is about, its subject, when
    that is one company (session 17, helper endeals)."""
    if ctx.np_entities(arg) or arg.lemma_.lower() not in COMPANY_NOUNS or not is_definite(arg):
        return []
    if verb.dep_ not in ("relcl", "acl:relcl", "acl"):
        return []
    antecedent = set(ctx.np_entities(verb.head))
    # (the main clause may be copular, its root a noun: "X es propiedad de Y, que ...")
    main = next((t for t in verb.head.ancestors if is_verbal(t)), verb.sent.root)
    orgs = [x for s in subjects(main) for x in ctx.np_entities(s)
            if x.kind == "org" and x not in antecedent and x not in exclude]
    return orgs if len(orgs) == 1 else []


def _paid_args(ctx: Context, tok: Token) -> list[tuple[str, Token]]:
    """The prepositional arguments of a paying verb and of the sum it pays ("paid $2bn
    for ...": the parser hangs "for" on the sum)."""
    args = list(ctx.prep_args(tok))
    for c in tok.children:
        if c.i in ctx.tok_amount:
            args += ctx.prep_args(c)
    if tok.lemma_.lower() in _SPEND_ON_VERBS:
        # "spent $300 million on Y": what money is spent on is what it pays for
        args = [("for" if p == "on" else p, a) for p, a in args]
    # "paid $40m to Y for Z": the parser may hang "for" on the payee as well
    args += [(p, a) for payee in [a for p, a in args if p in ("to", "a")]
             for p, a in ctx.prep_args(payee) if p in ("for", "por")]
    # "will pay $52 a share in cash for Y", "will pay $300 million upfront for Y": or
    # on a word of how it is paid, after the verb (never inside a clause of its own)
    if not any(p in ("for", "por") for p, _ in args):
        told = [
            t for c in tok.children if c.i > tok.i and c.dep_ in _PAYMENT_DEPS
            for t in c.subtree if not in_clause(t, tok)
        ]
        args += [
            (p, a) for t in told for p, a in ctx.prep_args(t)
            if p in ("for", "por") and a.pos_ in ("NOUN", "PROPN")
        ]
    return args


# Verbs of paying whose "on" names what is paid for ("spent $300 million on Y").
_SPEND_ON_VERBS = frozenset({"spend"})
# The dependents of a paying verb that tell how it pays ("in cash", "upfront", "a share").
_PAYMENT_DEPS = frozenset({"dobj", "obj", "prep", "npadvmod", "advmod", "obl"})


def paid_for_stake(ctx: Context, m: Mention, tok: Token) -> None:
    """ "X pagará 500 millones por el 10 % de Y", "paid $2bn for a minority stake in Y":
    paying for a stake is investing in the company it is of (the payee, if any, sells);
    paying for control ("por el 100 % de Y", "for a 70% stake in Y") is taking it over."""
    if m.type != "PurchaseAgreement":
        return  # already a takeover ("paid ... for the company")
    for prep, arg in _paid_args(ctx, tok):
        words = {t.lower_ for t in arg.subtree} | {arg.lemma_.lower()}
        stake = arg.lemma_.lower() in STAKE_NOUNS or any(w.endswith("%") for w in words)
        investees = ctx.nested_entities(arg) if prep in ("por", "for") and stake else []
        if not investees:
            continue
        # paying for control ("por el 100 % de Y", "for a 70% stake in Y") is a takeover
        control = is_control(arg, words)
        buyer, bought = ("acquirer", "target") if control else ("investor", "investee")
        m.type = "Acquisition" if control else "Investment"
        m.roles = [(buyer if role == "buyer" else role, x) for role, x in m.roles]
        for x in investees:
            if x not in m.parties():
                m.add_role(bought, x)
        m.rules.append("frame:paid-for-control" if control else "frame:paid-for-stake")
        return


def paid_for_asset(ctx: Context, m: Mention, tok: Token) -> None:
    """ "Minera X pagó 60 millones a su socio Y por la mitad que no controlaba", "X will
    pay $30 million to Y for a 2% royalty on its mine": paying a named holder for a part
    or a right of an asset (no company named in it; lexicon/deals.toml ``paid_parts``
    and ``asset_nouns``) buys the asset from the payee, an Acquisition with acquirer and
    seller (GOLD-FORMAT: assets bought from their owner), not a purchase of goods."""
    if m.type != "PurchaseAgreement" or not any(role == "seller" for role, _ in m.roles):
        return
    for prep, arg in _paid_args(ctx, tok):
        lemma = arg.lemma_.lower()
        if prep not in ("por", "for") or ctx.nested_entities(arg) or not (
            lemma in PAID_PARTS or lemma in ASSET_NOUNS
        ):
            continue
        m.type = "Acquisition"
        m.roles = [("acquirer" if role == "buyer" else role, x) for role, x in m.roles]
        m.rules.append("frame:paid-for-asset")
        return


# -- whether a trigger states a deal -----------------------------------------------


def _may_state_deal(
    ctx: Context, tok: Token, kind: str, noun: bool, triggers: set[int]
) -> bool:
    """The checks every trigger passes: the parser's part of speech agrees, the word
    is not read with an outer trigger, a noun tells a deal of its own, a verb is not
    impersonal, and the deal is not denied (in its clause, or by the answer to the
    question that tells it)."""
    if noun and tok.pos_ in ("VERB", "AUX"):
        return False
    if not noun and tok.pos_ not in ("VERB", "AUX", "ADJ") and misread_verb(tok) is None:
        return False
    counted = counted_predicate(tok.head)
    if noun and tok.dep_ in ("nmod", "compound", "pobj") and tok.head.i in triggers and (
        counted is None or counted.i != tok.head.i  # "es la tercera compra de X, tras la de Y"
    ):
        if _read_with_outer(ctx, tok, kind, triggers):
            return False
    nested = [c for c in tok.children if c.i in triggers and c.dep_ in ("nmod", "compound")
              and case_of(c) != "para"  # "contrato para la compra de ...": its purpose
              and not _holders_agreement(ctx, c)
              # "a waste disposal contract": a service, no sale of its own
              and not _substance_disposed(c)
              # "un convenio con la Asociación de Pescadores": a word of a name is no
              # deal word of its own
              and c.i not in ctx.tok_ent
              # "un contrato con la nueva propietaria": a party named by its role in
              # the deal told before (kg.deals.refer.role_anaphor)
              and not unanchored_new_owner(c)]
    if kind == "agreement" and nested and not any(
        _buys_named_goods(ctx, c) or c.lemma_.lower() in SUPPLY_WORDS for c in nested
    ):  # "supply deal", "power purchase agreement": the agreement tells it
        return False
    if noun and not states_deal(ctx, tok, kind, triggers):
        return False
    if noun and kind == "partner" and tok.i in ctx.tok_ent and tok.pos_ == "PROPN":
        return False  # "la Asociación de Pescadores", "Alianza Energética": a name's word
    if noun and kind == "invest" and _holding_bought(ctx, tok):
        return False
    if noun and kind == "acquire" and _agreement_purpose(ctx, tok):
        return False  # "un contrato ... para la compra de 40 trenes": the contract tells it
    if noun and price_named_after(tok):
        return False  # "los precios medios de compra": a kind of price, no deal
    if noun and _apposed_deal_noun(ctx, tok, triggers):
        return False
    if not noun and kind in ("acquire", "sell") and is_impersonal(ctx, tok):
        return False
    if noun and kind in _LOSABLE and _lost(tok):
        return False
    if denied_by_answer(ctx, tok):
        return False  # "Why did you sell Y? — We didn't."
    return not is_denied(tok, noun)


def _apposed_deal_noun(ctx: Context, tok: Token, triggers: set[int]) -> bool:
    """refer:apposed-deal-noun. A deal noun in apposition to another deal noun names
    the deal that noun tells (an apposition restates its head): "Norvale signed a
    four-year supply deal with Orrin Mills, its biggest contract so far", "el acuerdo
    con Grupo Alcesa, su mayor contrato en Chile". It states no deal of its own: read
    as one, it makes the same event a second time, of another type or with a party the
    head's own reading does not give. The parser often hangs the apposition on the
    name the deal is made with ("a deal with Orrin Mills, its largest contract"): the
    deal noun that name hangs on is the head (``_deal_of_partner``). A plural head that
    lists the deals ("two purchases, a takeover of X and a stake in Y"), and an
    apposition that names a company of its own ("a deal with Orrin Mills, a venture of
    Tesk and Halden": the company described, or the deal told with its parties), stay
    deals of their own."""
    if tok.dep_ != "appos" or tok.head.i == tok.i:
        return False
    if any(t.i in ctx.tok_ent for t in tok.subtree if t.i != tok.i):
        return False
    head = _deal_of_partner(tok.head)
    return (
        head.i in triggers and head.pos_ == "NOUN" and "Plur" not in head.morph.get("Number", [])
    )


def _deal_of_partner(tok: Token) -> Token:
    """The deal noun a name hangs on as the other party ("a deal with Orrin Mills",
    "un acuerdo con Orrin Mills"), where the parser hangs an apposition that follows
    the name: "a supply deal with Orrin Mills, its largest contract" restates the deal,
    not the company; else ``tok`` itself."""
    name = tok
    while name.dep_ in ("flat", "compound", "flat:name") and name.head.i != name.i:
        name = name.head
    prep = name.head
    if name.pos_ == "PROPN" and name.dep_ in ("pobj", "nmod") and prep.i != name.i:
        if name.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i != prep.i:
            return prep.head
        if name.dep_ == "nmod":
            return prep
    return tok


def _holding_bought(ctx: Context, tok: Token) -> bool:
    """ "agreed to buy X's 50% stake in Y", "sold its stake in Y": a stake with its
    holder named, as the object of buying or selling, is what that deal moves, no
    investment of its own (the holder sells it; session 17, helper endeals)."""
    head = tok.head
    return (
        doc_lang(tok.doc) == "en" and tok.dep_ in OBJ_DEPS and head.i != tok.i
        and ctx.by_token.get(head.i, "").startswith(("acquire_v", "sell_v"))
        and any(c.dep_ == "poss" and ctx.np_entities(c) for c in tok.children)
    )


def _holders_agreement(ctx: Context, nested: Token) -> bool:
    """ "un acuerdo de accionistas", "a shareholders' agreement": the holders an
    agreement is named after are its signatories' kind, no deal of their own; the
    agreement tells its deal (a joint company's, as a rule)."""
    return ctx.by_token.get(nested.i, "") == "investor_n"


# Deals a company can lose once made: a contract, an order, a partnership.
_LOSABLE = frozenset({"agreement", "order", "partner"})


def _lost(tok: Token) -> bool:
    """ "X lost a contract with Y", "X perdió el contrato con Y", "the contract was lost
    to Z": a deal noun that a verb of losing takes (as object, or as passive subject)
    tells a deal that ended, not one the article reports as made."""
    head = tok.head
    if head.i == tok.i or not is_verbal(head) or head.lemma_.lower() not in LOSE_VERBS:
        return False
    return tok.dep_ in OBJ_DEPS or (tok.dep_ in SUBJ_DEPS and is_passive(head))


def _read_with_outer(ctx: Context, tok: Token, kind: str, triggers: set[int]) -> bool:
    """ "ronda de inversión", "acuerdo de venta": the inner word is read with the outer.
    Under an agreement ("acuerdo de venta", "partnership agreement") the inner word says
    what deal it is, and the agreement is skipped instead; a holder noun does not
    swallow a deal ("accionista de X para la compra")."""
    head = tok.head if tok.dep_ != "pobj" else tok.head.head
    outer = ctx.by_token.get(head.i, "")
    # (a word of a state of ownership names no deal: "como parte de una ronda" is the
    # round's, "Y, now part of X" the state's; kg.deals.held_now)
    if head.i in triggers and kind != "agreement" and \
            not outer.startswith(("agreement", "investor", "now")):
        # "oferta de fusión", "oferta pública de venta": only a takeover is the offer's
        return not outer.startswith("offer") or kind == "acquire"
    # "power purchase agreement": the agreement tells it
    return outer.startswith("agreement") and _buys_named_goods(ctx, tok)


def _buys_named_goods(ctx: Context, purchase: Token) -> bool:
    """A purchase word under an agreement that buys goods: "power purchase agreement",
    or goods named as what the purchase or the agreement is of or for ("a forward
    purchase agreement for carbon credits", "un contrato de compra de leche fresca",
    "contrato de compra anticipada de créditos de carbono"; a common noun that names
    no company, stake or unit). The agreement tells that deal, with its "with" / "con"
    party as the other side."""
    if buys_goods(purchase):
        return True
    if purchase.lemma_.lower() not in _PURCHASE_WORDS:
        return False
    agreement = purchase.head if purchase.dep_ != "pobj" else purchase.head.head
    if agreement.i == purchase.i:
        return False
    complements = [
        *_complements(purchase, ("of", "de")),
        *(c for c in _complements(agreement, ("for", "of", "de")) if c.i > purchase.i),
    ]
    return any(_is_goods(ctx, c) and c.lemma_.lower() not in _PURCHASE_WORDS
               for c in complements)


def _complements(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """The nouns of ``tok``'s prepositional complements by ``preps`` ("agreement for
    credits", "contrato de compra")."""
    found = [c for c in tok.children if c.dep_ == "nmod" and case_of(c) in preps]
    return found + [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                    for g in c.children if g.dep_ == "pobj"]


def is_impersonal(ctx: Context, tok: Token) -> bool:
    """Spanish "se" with no named subject is impersonal or a reflexive passive
    ("al precio al que se venden en tienda"): goods are sold, no deal is told. A stake
    of a named company as the subject ("el 35 % de Acme se vendió a X") is a deal."""
    if not any(c.lower_ == "se" for c in tok.children):
        return False
    return not any(
        resolve_np(ctx, s, set()) or (
            (s.lemma_.lower() in STAKE_NOUNS or s.text.endswith("%"))
            and any(t.i in ctx.tok_ent for t in s.subtree)
        )
        for s in subjects(tok)
    )


def states_deal(ctx: Context, tok: Token, kind: str, triggers: set[int]) -> bool:
    """Whether a deal noun tells a deal of its own. It does not when it only
    describes a holder ("investment fund", "fondo de inversión"), when it is plural
    sales or revenue ("ventas", "sales"), a debt issue ("bond deal"), inside the fixed
    phrase "de acuerdo con/a" (according to), or when it is the frame of the trigger
    verb it hangs on ("bought X in a deal valued at $Y": the verb tells the deal, the
    noun its price)."""
    lemma = tok.lemma_.lower()
    if tok.dep_ in ("compound", "nmod", "amod") and tok.head.i != tok.i:
        if tok.head.lemma_.lower() in DESCRIBED_HEADS:
            return False
        head = tok.head
        while tok.dep_ == "compound" and head.dep_ == "compound" and head.head.i != head.i:
            # "contract research firm", "merger arbitrage fund": a modifier of a modifier
            # of a holder noun only describes the holder too
            head = head.head
            if head.lemma_.lower() in DESCRIBED_HEADS:
                return False
    if _types_company(tok):
        return False
    if kind == "sell" and "Plur" in feat(tok, "Number"):
        return False
    if kind == "sell" and _sales_event(ctx, tok):
        return False
    pred = counted_predicate(tok)
    if pred is not None and pred.i == tok.i and lemma in _GENERIC_DEAL_WORDS:
        return False  # "It is X's second deal this year": counts deals told, tells none
    if kind in ("agreement", "deal") and any(
        c.dep_ in ("compound", "amod", "nmod") and _is_financing(c)
        for c in tok.children
    ):
        return False  # "10-year dollar deals", "bond deal": a debt issue, not a deal
    if kind in ("sell", "acquire") and any(
        prep in ("of", "de") and _is_financing(arg)
        and arg.i not in ctx.tok_ent  # "la compra de Crédito Fácil": a company's name
        for prep, arg in ctx.prep_args(tok)
    ):
        return False  # "the sale of X debt", "la compra de bonos": an issue of debt
    doc = ctx.doc
    if lemma == "acuerdo" and 0 < tok.i < len(doc) - 1:
        if doc[tok.i - 1].lower_ == "de" and doc[tok.i + 1].lower_ in ("con", "a", "al"):
            return False
    if kind in ("agreement", "deal"):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            prep, holder = tok.head.lower_, tok.head.head
        else:
            prep, holder = case_of(tok) or "", tok.head
        if (
            prep in FRAME_PREPS
            and holder.i in triggers
            and holder.i != tok.i
            and is_verbal(holder)
        ):
            return False
    return True


def _sales_event(ctx: Context, tok: Token) -> bool:
    """ "a clearance sale this weekend", "a garage sale", "una venta flash", "una venta de
    liquidación": a sale a season, a place or a discount qualifies is a shop's event
    of selling goods, not the sale of a business (``SALES_EVENT_WORDS``)."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "flat")]
    mods += [arg for prep, arg in ctx.prep_args(tok) if prep == "de"]
    return any(m.lower_ in SALES_EVENT_WORDS for m in mods)


def _is_financing(tok: Token) -> bool:
    """A word of lending or debt ("bond", "préstamo", "créditos"), but not a credit
    qualified as an emission allowance ("créditos de carbono", "carbon credits"),
    which is goods a purchase agreement buys."""
    if tok.lemma_.lower() not in FINANCING_WORDS:
        return False
    return not any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in EMISSION_WORDS
        for c in tok.children
    )


# How a word modifies the noun after it in English ("design-collaboration company",
# "partnership-driven lender", "buyout group").
_PREMODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod"})


def _types_company(tok: Token) -> bool:
    """A deal noun inside a modifier of a noun that names a kind of company tells what
    the company does, no deal: "the design-collaboration company", "a partnership-driven
    lender", "the buyout group", and in Spanish a bare "de" complement ("la firma de
    fusiones", "una empresa de inversiones"; "la empresa de la fusión", with its
    article, is that one deal). A joint venture stays one ("a joint venture company",
    "una empresa conjunta")."""
    if tok.lemma_.lower() in _JOINT_WORDS or any(
        c.lower_ == "joint" or c.lemma_.lower() in _JOINT_WORDS for c in tok.children
    ):
        return False
    word = tok
    for _ in range(3):  # the modifier of a modifier: "partnership-driven lender"
        head = word.head
        if head.i == word.i or not _classifies(word, head):
            return False
        if head.lower_ in DESCRIPTORS or head.lemma_.lower() in GENERIC_COMPANY_NOUNS:
            return True
        word = head
    return False


def _classifies(word: Token, head: Token) -> bool:
    """Whether ``word`` modifies ``head`` as a classifier: an English premodifier, or a
    Spanish "de" complement with no determiner."""
    if doc_lang(word.doc) == "es":
        return word.dep_ == "nmod" and case_of(word) == "de" and not any(
            c.dep_ == "det" for c in word.children
        )
    return word.dep_ in _PREMODIFIER_DEPS and word.i < head.i


# -- agreements whose purpose is the deal ---------------------------------------------


def purpose_trigger(ctx: Context, tok: Token, triggers: set[int]) -> Token | None:
    """The trigger of an agreement's purpose clause ("acuerdo para vender",
    "agreement to acquire"), which carries the deal itself."""
    for t in tok.subtree:
        near = t.head.i == tok.i or t.head.head.i == tok.i  # its own clause, not one inside
        if t.i in triggers and t.i != tok.i and near and is_purpose(ctx, t):
            return t
    # Spanish often attaches the purpose clause to the verb ("llegar a un acuerdo
    # con X para vender"): look at the governing verb's clauses too; but not when the
    # agreement is that verb's subject ("the deal should close by May").
    head = tok.head
    if head != tok and is_verbal(head) and tok.dep_ not in SUBJ_DEPS:
        for c in head.children:
            if c.i in triggers and c.i > tok.i and is_purpose(ctx, c, verb_level=True):
                return c
    return None


def is_purpose(ctx: Context, t: Token, verb_level: bool = False) -> bool:
    """A clause or noun that states what an agreement is for: "para vender X", "to
    acquire X", "para la compra de X", "for the purchase of X". A clause with a
    subject of its own that names no party ("un acuerdo por el que sus usuarios
    podrán comprar ...") tells what the agreement allows others, not its deal: the
    signatories are the understood subject of a purpose clause (control)."""
    deps = ("advcl", "xcomp") if verb_level else ("acl", "advcl", "xcomp", "relcl", "ccomp")
    if t.dep_ in deps:
        subj = [c for c in t.children if c.dep_ in SUBJ_DEPS and c.pos_ != "PRON"]
        return not subj or any(ctx.np_entities(c) for c in subj)
    if t.dep_ == "pobj" and t.head.lower_ == "for":
        return True
    return t.dep_ in ("nmod", "obl") and case_of(t) == "para"


def signatories(ctx: Context, tok: Token) -> list[EntityRef]:
    """The parties that sign an agreement: its subject and "con/with" partners."""
    refs = list(governing_subject(ctx, tok, set()))
    # "destacó el contrato firmado en junio con Y": the participle carries the partner
    # (not one with an agent: "revisará el contrato firmado por X con Y" is X's, and
    # the subject that reviews it signed nothing)
    signed = [c for c in tok.children if c.dep_ in ("amod", "acl") and is_verbal(c)
              and c.lower_ in SIGNED_PARTICIPLES and c.i > tok.i
              and not any(prep in ("por", "by") for prep, _ in ctx.prep_args(c))]
    for anchor in (tok, tok.head, *signed):
        for prep, arg in ctx.prep_args(anchor):
            if prep in ("con", "with", "entre", "between"):
                refs += [r for r in ctx.np_entities(arg) if r not in refs]
                refs += [r for r in relative_after_preposition(ctx, arg) if r not in refs]
    return refs
