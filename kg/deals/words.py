"""The deal rules' words, read once from ``lexicon/deals.toml`` (``kg.lexicon``), and the
dependency labels they test.

Every word list is data, in that file, with a comment saying what it is for; this
module only names them for the rules in ``kg.deals``. To add a trigger word or a
status cue, edit the file, not this module.
"""

from __future__ import annotations

# The entity rules' descriptors ("la eléctrica") and person titles, and the news
# agencies, which are never a party to a deal.
from spacy.tokens import Token

from kg.entities import DESCRIPTORS as DESCRIPTORS
from kg.entities import PERSON_ROLES as PERSON_ROLES
from kg.lexicon import LEXICON
from kg.lexicon import NEWS_AGENCIES as NEWS_AGENCIES

# Trigger lemmas by language and kind: a kind fixes the deal type and how the
# syntactic arguments map to roles (kg.deals.frames).

TRIGGERS = LEXICON.triggers()

# Nouns that refer back to a deal already told ("el acuerdo", "the deal").
BACKREF_NOUNS = LEXICON.words("backref_nouns")
CONTRACT_VALUE_WORDS = LEXICON.words("contract_value_words")
# months and days, which take no "with" (kg.deals.context)
CALENDAR_WORDS = LEXICON.words("calendar_words")
# English prepositions of a fronted phrase of time ("in 2024", "on Monday").
DATE_PREPS = LEXICON.words("date_preps")
GENERIC_BACKREF = LEXICON.words("generic_backref")
# Nouns of a plan a deal is told as ("un proyecto de fusión"; kg.deals.ended).
DEAL_PLAN_NOUNS = LEXICON.words("deal_plan_nouns")

# The purpose or reason of a payment that ends a dispute or meets a penalty.
SETTLEMENT_WORDS = LEXICON.words("settlement_words")

# Objects of buy/sell that make it a stake (an Investment) rather than a takeover.
STAKE_NOUNS = LEXICON.words("stake_nouns")
SUM_WORDS = LEXICON.words("sum_words")
RESPECTIVELY_WORDS = LEXICON.words("respectively_words")
COMPARISON_WORDS = LEXICON.words("comparison_words")
PRICE_TERMS = LEXICON.words("price_terms")
WHOLE_WORDS = LEXICON.words("whole_words")
HUNDRED_WORDS = LEXICON.words("hundred_words")
REST_WORDS = LEXICON.words("rest_words")
HOLDER_NOUNS = LEXICON.words("holder_nouns")
MINORITY_WORDS = LEXICON.words("minority_words")
MOST_WORDS = LEXICON.words("most_words")
CAPITAL_NOUNS = LEXICON.words("capital_nouns")
ENTER_VERBS = LEXICON.words("enter_verbs")
ENTER_NOUNS = LEXICON.words("enter_nouns")
LEAVE_VERBS = LEXICON.words("leave_verbs")
WIN_VERBS = LEXICON.words("win_verbs")
MARKET_VERBS = LEXICON.words("market_verbs")
COME_TO_HOLD_VERBS = LEXICON.words("come_to_hold_verbs")
LAND_VERBS = LEXICON.words("land_verbs")
GROUP_NOUNS = LEXICON.words("group_nouns")
APPROACH_VERBS = LEXICON.words("approach_verbs")
OWNERS_OF_COMPANY = LEXICON.words("owners_of_company")
LED_NOUNS = LEXICON.words("led_nouns")
MEMBER_VERBS = LEXICON.words("member_verbs")
CONSORTIUM_NOUNS = LEXICON.words("consortium_nouns")
LEADER_VERBS = LEXICON.words("leader_verbs")
OFFICER_TITLES = LEXICON.words("officer_titles")
ADVISE_VERBS = LEXICON.words("advise_verbs")
# Roles of a firm that serves a side of a deal: adviser, lender, underwriter.
SERVICE_ROLE_NOUNS = LEXICON.words("service_role_nouns")
PARTICIPATE_WORDS = LEXICON.words("participate_words")
ROUND_MONEY_VERBS = LEXICON.words("round_money_verbs")
# Verbs of spending a round's money ("the round will fund hiring").
MONEY_USE_VERBS = LEXICON.words("money_use_verbs")
# Verbs of supporting a company with an investment ("X apuesta por Y con una inversión").
SUPPORT_VERBS = LEXICON.words("support_verbs")
# Objects that are a part of another company: the company named inside is the seller.
UNIT_NOUNS = LEXICON.words("unit_nouns")
ASSET_NOUNS = LEXICON.words("asset_nouns")
# Common nouns that stand for a company already named ("la startup", "the lender").
COMPANY_NOUNS = LEXICON.words("company_nouns")
FOUNDING_VERBS = LEXICON.words("founding_verbs")
LOAN_NOUNS = LEXICON.words("loan_nouns")
LENDING_VERBS = LEXICON.words("lending_verbs")
GIVING_VERBS = LEXICON.words("giving_verbs")
FINANCING_NOUNS = LEXICON.words("financing_nouns")
OWN_FUNDING_VERBS = LEXICON.words("own_funding_verbs")
DENIED_INTENT_NOUNS = LEXICON.words("denied_intent_nouns")
DENIED_INTENT_VERBS = LEXICON.words("denied_intent_verbs")
DENIED_INTENT_ADJECTIVES = LEXICON.words("denied_intent_adjectives")
COURT_ORDER_VERBS = LEXICON.words("court_order_verbs")
PAST_TIME_WORDS = LEXICON.words("past_time_words")
PAST_TIME_MODIFIERS = LEXICON.words("past_time_modifiers")
TIME_UNITS = LEXICON.words("time_units")
DAMAGES_NOUNS = LEXICON.words("damages_nouns")
CREDIT_OPENERS = LEXICON.words("credit_openers")
LENDER_PREPOSITIONS = LEXICON.words("lender_prepositions")
GENERIC_COMPANY_NOUNS = LEXICON.words("generic_company_nouns")
# Modifiers that make an agreement a purchase of goods or services.
SUPPLY_WORDS = LEXICON.words("supply_words")
CONTRACT_NOUNS = LEXICON.words("contract_nouns")
BUSINESS_PURCHASE_WORDS = LEXICON.words("business_purchase_words")
DISTRIBUTION_WORDS = LEXICON.words("distribution_words")
SIGNED_PARTICIPLES = LEXICON.words("signed_participles")
AGREEMENT_HELD_VERBS = LEXICON.words("agreement_held_verbs")
# A power purchase agreement's words, and the name words of a power producer (its seller).
POWER_WORDS = LEXICON.words("power_words")
PRODUCER_NAME_WORDS = LEXICON.words("producer_name_words")
BUYER_DESCRIPTORS = LEXICON.words("buyer_descriptors")
OFFTAKE_WORDS = LEXICON.words("offtake_words")
SELLER_DESCRIPTORS = LEXICON.words("seller_descriptors")
# What a chosen supplier is chosen to do, and the nouns it is chosen as.
SUPPLIER_VERBS = LEXICON.words("supplier_verbs")
SUPPLIER_NOUNS = LEXICON.words("supplier_nouns")
# "la adjudicataria", "the contractor": the seller of the supply deal told before
AWARDEE_NOUNS = LEXICON.words("awardee_nouns")
CHOSEN_FOR_NOUNS = LEXICON.words("chosen_for_nouns")
DEAL_OUTCOME_VERBS = LEXICON.words("deal_outcome_verbs")
COMMISSIONED_WORKS = LEXICON.words("commissioned_works")
CONTRACT_BIDDING_WORDS = LEXICON.words("contract_bidding_words")
# What a winner wins or a bidder seeks that is no company: a contest or a contract
# ("the successful bidder for the contract", "bid for X's bridge contract").
WON_CONTESTS = LEXICON.words("won_contests")
GRANTED_NOT_BOUGHT = LEXICON.words("granted_not_bought")
PRIZE_CONTEST_WORDS = LEXICON.words("prize_contest_words")
FUNDING_NOUNS = LEXICON.words("funding_nouns")
# A loan or note that converts into shares ("un préstamo convertible"): a funding round.
CONVERTIBLE_NOUNS = LEXICON.words("convertible_nouns")
CONVERTIBLE_WORDS = LEXICON.words("convertible_words")
MONEY_BACKING_VERBS = LEXICON.words("money_backing_verbs")
MONEY_INTO_VERBS = LEXICON.words("money_into_verbs")
PAY_OUT_VERBS = LEXICON.words("pay_out_verbs")
SUPPLIED_WITH_VERBS = LEXICON.words("supplied_with_verbs")
DEBT_WORDS = LEXICON.words("debt_words")
LEAD_VERBS = LEXICON.words("lead_verbs")
# A listing raises money from the market ("raised $1bn in its IPO"): no funding round.
LISTING_WORDS = LEXICON.words("listing_words")
# Money put into a company as it goes public: a PIPE, a cornerstone tranche
# (kg.deals.listing).
PUBLIC_EQUITY_WORDS = LEXICON.words("public_equity_words")
CORNERSTONE_WORDS = LEXICON.words("cornerstone_words")
ANCHOR_VERBS = LEXICON.words("anchor_verbs")
GOING_PUBLIC_VERBS = LEXICON.words("going_public_verbs")
# A rival's bid for the company in play (kg.deals.rivals).
RIVAL_WORDS = LEXICON.words("rival_words")
BIDDER_NOUNS = LEXICON.words("bidder_nouns")
BID_MAKING_VERBS = LEXICON.words("bid_making_verbs")
TENDER_WORDS = LEXICON.words("tender_words")
# "from its parent": the owner of the company sold (kg.deals.tacit).
OWNER_NOUNS = LEXICON.words("owner_nouns")
# Figures that are never a deal's price (revenue, fees, fines, dividends): paying one
# buys nothing (kg.deals.frames._paid), earning one ("obtuvo ventas por 300 millones")
# is no funding round (kg.deals.frames._raise_is_funding), and it is no deal's amount
# (kg.deals.attach).
NOT_PRICE_WORDS = LEXICON.words("not_price_words")
OFFER_NOUNS = LEXICON.words("offer_nouns")
PROPOSAL_NOUNS = LEXICON.words("proposal_nouns")
OWN_PART_NOUNS = LEXICON.words("own_part_nouns")
FRACTION_NOUNS = LEXICON.words("fraction_nouns")
FRACTION_ORDINALS = LEXICON.words("fraction_ordinals")
OWNING_VERBS = LEXICON.words("owning_verbs")
BID_NOUNS = LEXICON.words("bid_nouns")
# Verbs a bidder makes, keeps, improves or withdraws a bid with ("lanzar", "retirar").
BID_VERBS_ES = LEXICON.words("bid_verbs_es")
BID_VERBS_EN = LEXICON.words("bid_verbs_en")
# Light verbs whose subject receives what the deal noun gives ("X recibió inversiones
# de Y", "X won a contract from Y"): the subject is the investee or the supplier, and
# the source ("de" / "from") the investor or the buyer.
RECEIVE_VERBS = LEXICON.words("receive_verbs")
AWARDING_VERBS = LEXICON.words("awarding_verbs")
# Pronominal verbs of prevailing: verb = the preposition of what it wins ("" its object).
PREVAIL_VERBS = LEXICON.table("prevail_verbs")
# Tender words that are one only with a modifier: word = its modifiers ("buena pro").
TENDER_MODIFIERS = LEXICON.table("tender_modifiers")
# Verbs by which a company loses a contract it had: no deal told as made.
LOSE_VERBS = LEXICON.words("lose_verbs")
# Verbs whose subject receives or judges an offer made to it: the target.
OFFER_RECEIVERS = LEXICON.words("offer_receivers")
ORGAN_RECEIVERS = LEXICON.words("organ_receivers")
# Verbs whose subject gets or answers an offer from no one named: the target.
OFFER_RECIPIENT_VERBS = LEXICON.words("offer_recipient_verbs")
LIKELIHOOD_WORDS = LEXICON.words("likelihood_words")
# Heads that a deal word only describes ("investment fund", "fondo de inversión",
# "banco de inversión", "sales chief"): the phrase names a holder, not a deal.
DESCRIBED_HEADS = LEXICON.words("described_heads")
# Prepositions by which a deal noun is only the frame of the verb it hangs on ("bought
# X in a deal valued at $Y", "compró X en una operación valorada en Y"): one deal.
FRAME_PREPS = LEXICON.words("frame_preps")
# "el nuevo dueño de Y", "pasa a manos de X": a change of owner (kg.deals.possession).
NEW_WORDS = LEXICON.words("new_words")
# "es desde marzo propietaria de Y": an owner dated by a month or day (kg.deals.possession).
RECENT_START_WORDS = LEXICON.words("recent_start_words")
# "since its takeover", "desde su compra": an owner dated by the change itself
# (kg.deals.held_now).
CHANGE_OF_OWNER_NOUNS = LEXICON.words("change_of_owner_nouns")
CONTRIBUTION_NOUNS = LEXICON.words("contribution_nouns")
HANDS_NOUNS = LEXICON.words("hands_nouns")
# "desde hace dos décadas", "for decades", "desde su fundación": a standing holding
# (kg.deals.standing).
STANDING_SPANS = LEXICON.words("standing_spans")
FOUNDING_WORDS = LEXICON.words("founding_words")
YEAR_WORDS = LEXICON.words("year_words")
# Verbs of giving and enabling (kg.deals.controller), and what a bought company becomes
# (kg.deals.possession).
BENEFIT_VERBS = LEXICON.words("benefit_verbs")
PART_NOUNS = LEXICON.words("part_nouns")
PAID_PARTS = LEXICON.words("paid_parts")
INTEREST_IN_AGREEMENTS = LEXICON.words("interest_in_agreements")
INTEREST_OUT_AGREEMENTS = LEXICON.words("interest_out_agreements")
HOLDINGS_NOUNS = LEXICON.words("holdings_nouns")

# Status cues, nearest first. Lemmas of verbs/nouns on the path from the trigger up.
CANCELLED = LEXICON.status("cancelled")
CANCELLED_VERBS = LEXICON.status("cancelled_verbs")
RUMOURED = LEXICON.status("rumoured")
HOLDINGS_ADDED = LEXICON.status("holdings_added")
CONTROL_WORDS = LEXICON.words("control_words")
TAKE_VERBS = LEXICON.words("take_verbs")
FINANCING_WORDS = LEXICON.words("financing_words")
SALES_EVENT_WORDS = LEXICON.words("sales_event_words")
EMISSION_WORDS = LEXICON.words("emission_words")
FACILITY_NOUNS = LEXICON.words("facility_nouns")
OPERATOR_PARTICIPLES = LEXICON.words("operator_participles")
PREMISES_NOUNS = LEXICON.words("premises_nouns")
APPROVAL_NOUNS = LEXICON.words("approval_nouns")
# A company's own organs: what they approve, the company does.
ORGAN_NOUNS = LEXICON.words("organ_nouns")
ANOTHER = LEXICON.words("another")
BEFORE_WORDS = LEXICON.words("before_words")
STEP_NOUNS = LEXICON.words("step_nouns")
STEP_ORDINALS = LEXICON.words("step_ordinals")
FURTHER_WORDS = LEXICON.words("further_words")
NAMING_VERBS = LEXICON.words("naming_verbs")
NEGATIONS = LEXICON.words("negations")
# Phrasal verbs that end a deal: "call off", "pull out of", "walk away from" (the verb's
# particles, space-separated: kg.deals.status.phrasal_cancel).
PHRASAL_CANCEL = LEXICON.table("phrasal_cancel")
NEGOTIATING = LEXICON.status("negotiating")
# A deal said to have ended ("la fallida OPA", "quedó frustrada"), talks ended ("ended
# talks"), an approval withheld ("negó la autorización", "did not approve").
CANCELLED_STATES = LEXICON.status("cancelled_states")
TALKS_END = LEXICON.status("talks_end")
PARTNERSHIP_END = LEXICON.status("partnership_end")
COMPLETION_EXPECTED = LEXICON.status("completion_expected")
COMPLETION_EXPECTED_AUX = LEXICON.status("completion_expected_aux")
INTENTION = LEXICON.status("intention")
CONDITIONAL_MARKS = LEXICON.status("conditional_marks")
TEMPORAL_MARKS = LEXICON.status("temporal_marks")
PENDING_WORDS = LEXICON.status("pending_words")
PENDING_CONDITIONS = LEXICON.status("pending_conditions")
APPROVAL_VERBS = LEXICON.status("approval_verbs")
REFUSE_VERBS = LEXICON.status("refuse_verbs")
PENDING_ADVERBS = LEXICON.status("pending_adverbs")
COMPLETED = LEXICON.status("completed")
# A letter of intent, a memorandum, an agreement said not to bind; verbs of denial; "dar
# por terminada" (kg.deals.status).
PRELIMINARY_DOCUMENTS = LEXICON.status("preliminary_documents")
TALKS_PREPS = LEXICON.status("talks_preps")
# Talks held with a counterpart, who is the deal's other side (kg.deals.negotiation).
COUNTERPART_TALKS = LEXICON.words("counterpart_talks")
LETTER_NOUNS = LEXICON.status("letter_nouns")
INTENT_NOUNS = LEXICON.status("intent_nouns")
BINDING_WORDS = LEXICON.status("binding_words")
NOT_BINDING = LEXICON.status("not_binding")
DENIAL_VERBS = LEXICON.status("denial_verbs")
DENIED_NOUNS = LEXICON.status("denied_nouns")
# Loose talk a party dismisses ("dismissed talk of a merger"): read by the deal scorer.
DENIED_TALK_NOUNS = LEXICON.status("denied_talk_nouns")
REFUSING_DENIALS = LEXICON.status("refusing_denials")
RETRACTION_ADVERBS = LEXICON.status("retraction_adverbs")
STATING_VERBS = LEXICON.status("stating_verbs")
ERROR_NOUNS = LEXICON.status("error_nouns")
FOUNDED_NOUNS = LEXICON.status("founded_nouns")
SHARE_CLOSE_WORDS = LEXICON.status("share_close_words")
DENIAL_FORMULAS = LEXICON.status("denial_formulas")
DECLARED_ENDED = LEXICON.status("declared_ended")
TALKS_DECLARED_ENDED = LEXICON.status("talks_declared_ended")
# "quedó sin efecto", "dejó sin validez": a deal left without force (kg.deals.status).
VOID_NOUNS = LEXICON.status("void_nouns")
UNTIL_WORDS = LEXICON.status("until_words")
BEFORE_MARKS = LEXICON.status("before_marks")
# A deal put on hold: still pending ("quedó en suspenso", "was put on hold").
SUSPENDED_WORDS = LEXICON.status("suspended_words")
SUSPENSE_NOUNS = LEXICON.status("suspense_nouns")
FOLLOWING_VERBS = LEXICON.status("following_verbs")
TRY_VERBS = LEXICON.status("try_verbs")
SUCCESS_VERBS = LEXICON.status("success_verbs")
SUCCESS_PARTICLES = LEXICON.table("success_particles")
HEARSAY_VERBS = LEXICON.status("hearsay_verbs")
PLANNED_MODIFIERS = LEXICON.status("planned_modifiers")
POSSIBLE_MODIFIERS = LEXICON.status("possible_modifiers")
ANNOUNCED = LEXICON.status("announced")
# A hostile offer turned down by the target's board stands (kg.deals.status); a deal dated
# in an earlier year than the article's is done.
REJECTING = LEXICON.status("rejecting")
HOSTILE_WORDS = LEXICON.status("hostile_words")
SHAREHOLDER_NOUNS = LEXICON.status("shareholder_nouns")
DATING_PREPS = LEXICON.status("dating_preps")
ADJUNCT_PREPS = LEXICON.words("adjunct_preps")
PRIOR_PREPS = LEXICON.words("prior_preps")
INTERVAL_NOUNS = LEXICON.words("interval_nouns")
AGREEMENT_NOUNS = frozenset(
    w for lang in TRIGGERS.values() for w in lang["agreement_n"]
)
# Verbs of buying and selling in either language ("comprar", "sell"): a contract's
# purpose told with one of them is a trade, no service bought.
TRADE_VERBS = frozenset(
    w for lang in TRIGGERS.values() for key in ("acquire_v", "sell_v") for w in lang[key]
)
# Temporal and causal adjuncts ("with $2 million in funding" tells what the subject has).
TEMPORAL_PREPS = ADJUNCT_PREPS - {"with", "con"}
CONCLUDE = LEXICON.words("conclude")
# Verbs whose subject judges a deal rather than makes it: regulators, courts.
THIRD_PARTY_VERBS = LEXICON.words("third_party_verbs")
RATING_VERBS = LEXICON.words("rating_verbs")
RATING_NOUNS = LEXICON.words("rating_nouns")
# Signing is the event for a purchase or partnership agreement (GOLD-FORMAT).
SIGNED = LEXICON.status("signed")
HEDGE_AUX = LEXICON.words("hedge_aux")
HEDGE_ADV = LEXICON.words("hedge_adv")

# Attribution: verbs whose subject reports, prepositions that name a source.
REPORT_VERBS = LEXICON.words("report_verbs")
SOURCE_NOUNS = LEXICON.words("source_nouns")
COMMENTATOR_NOUNS = LEXICON.words("commentator_nouns")

DURATION_UNITS = LEXICON.table("duration_units")
DURATION_PREPS = LEXICON.words("duration_preps")

CONTRACTIONS = {"del": "de", "al": "a"}  # Spanish preposition + article
SUBJ_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj"})
# Definite subjects that are not a company referred back to ("la operación", "el
# mercado", "la decisión").
NOT_COMPANY_SUBJECTS = BACKREF_NOUNS | SOURCE_NOUNS | LEXICON.words("not_company_subjects")
PASSIVE_SUBJ = frozenset({"nsubj:pass", "nsubjpass"})
OBJ_DEPS = frozenset({"obj", "dobj", "iobj", "dative"})
# The possessive relative determiners: "whose", "cuyo".
RELATIVE_POSSESSIVES = frozenset({"whose", "cuyo", "cuya", "cuyos", "cuyas"})
NOMINAL_ARG_DEPS = frozenset({"obj", "dobj", "iobj", "obl", "nmod", "obl:arg", "obl:agent"})

# English frames (see tests/test_deals_english.py): the verbs by which a company answers
# an offer for itself, the nouns that relate one company to another, and the phrasal
# verbs of a takeover ("take over", "snap up").
BID_ANSWER_VERBS = LEXICON.words("bid_answer_verbs")
PHRASAL_ANSWERS = LEXICON.table("phrasal_answers")


def answer_lemma(verb: Token) -> str:
    """The lemma of a verb that may answer an offer, a phrasal verb read as the one word
    it means ("turned down the offer" → "reject"; ``[phrasal_answers]``)."""
    lemma = verb.lemma_.lower()
    phrasal = PHRASAL_ANSWERS.get(lemma)
    if phrasal:
        particle, word = phrasal.split()
        # the particle past the object ("turned the offer from X down", "turned X's
        # offer down"): the parser makes it the verb's adverb or the object's particle
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(
            c.lower_ == particle and (c.dep_ == "prt" or c.tag_ == "RP")
            for c in [*verb.children, *(g for o in objects for g in o.children)]
        ):
            return word
    return lemma
RELATIONAL_NOUNS = LEXICON.words("relational_nouns")
PHRASAL_TAKEOVER = LEXICON.table("phrasal_takeover")
# verb → the object nouns of its idiom of joining forces ("join forces", "unir fuerzas")
FORCES_JOINED = {v: frozenset(n.split()) for v, n in LEXICON.table("forces_joined").items()}
PHRASAL_PAY = LEXICON.table("phrasal_pay")
FIELD_LABELS = LEXICON.table("field_labels")  # kg.deals.fields
FIELD_STATUSES = LEXICON.table("field_statuses")
# Long-form constructions (kg.deals.longform): the memorandum whose partner hangs on its
# "understanding".
UNDERSTANDING_NOUNS = LEXICON.words("understanding_nouns")
# "las partes", "ambas empresas", "the two companies": the two parties of the deal told
# last (kg.deals.longform.the_parties).
PAIR_NOUNS = LEXICON.words("pair_nouns")
PAIR_WORDS = LEXICON.words("pair_words")
SIDE_NOUNS = LEXICON.words("side_nouns")

# Stock exchanges, by a word of their names or a short name (kg.deals.guards).
MARKET_VENUE_WORDS = LEXICON.words("market_venue_words")
MARKET_VENUE_NAMES = LEXICON.words("market_venue_names")
# Units a price is quoted per: a price, no deal (kg.deals.frames).
MEASURE_UNITS = LEXICON.words("measure_units")
# A company's debt bought: a claim traded, no deal (kg.deals.frames).
DEBT_SECURITIES = LEXICON.words("debt_securities")
# Regulators and courts, by the words of their names (kg.deals.guards).
SUPERVISOR_WORDS = LEXICON.words("supervisor_words")
COURT_TITLES = LEXICON.words("court_titles")
SUPERVISOR_BODIES = LEXICON.words("supervisor_bodies")
SUPERVISOR_FIELDS = LEXICON.words("supervisor_fields")
LEGISLATURE_BODIES = LEXICON.words("legislature_bodies")
LEGISLATURE_SCOPES = LEXICON.words("legislature_scopes")
# Units of capacity, spectrum or land: obtained, they are bought, not raised.
CAPACITY_UNITS = LEXICON.words("capacity_units")
# Verbs by which a third party stops another's attempt (kg.deals.guards).
OBSTRUCT_VERBS = LEXICON.words("obstruct_verbs")
# Verbs of telling an addressee that ... (kg.deals.syntax.told_clause).
TELLING_VERBS = LEXICON.words("telling_verbs")
# Verbs of urging a deal ("push for a sale"; kg.deals.syntax.urged_by).
URGING_VERBS = LEXICON.words("urging_verbs")
