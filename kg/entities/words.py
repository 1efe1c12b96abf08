"""The word lists of kg's entity rules, read once from ``lexicon/entities.toml``.

A newcomer adds a legal form, a descriptor, a title or a cue word by editing that file;
each list's comment there says which rule reads it. The names below are the lists as
the rules use them (frozensets, or tuples where order matters).

>>> "startup" in DESCRIPTORS and ("Board", "of", "Directors") in INTERNAL_BODIES
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from kg.iri import LEGAL_SUFFIXES, fold
from kg.lexicon import LEXICON as DEALS_LEXICON
from kg.lexicon import Lexicon
from kg.resources import data_dir


class EntityLexicon(Lexicon):
    """The entity lexicon: ``[words]`` classes, ordered ``[sequences]``, and the
    prepositions of ``[deal_nouns]``."""

    def sequence(self, name: str) -> tuple[str, ...]:
        """An ordered list of ``[sequences]``."""
        return tuple(self._section("sequences", name))

    def phrases(self, name: str) -> tuple[tuple[str, ...], ...]:
        """An ordered list of word sequences of ``[sequences]``."""
        return tuple(tuple(words) for words in self._section("sequences", name))

    def prepositions(self, name: str) -> Mapping[str, tuple[str, ...]]:
        """A ``word = [prepositions]`` table."""
        return MappingProxyType({k: tuple(v) for k, v in self.table(name).items()})


LEXICON = EntityLexicon(data_dir("lexicon") / "entities.toml")
_words = LEXICON.words

# Organisations: legal forms, name heads and tails, institutions.
LEGAL_FORMS = _words("legal_forms")
SPACED_LEGAL_FORMS = _words("spaced_legal_forms")
# A legal form of several words, its words as written with or without spaces between
# them ("S. en C.", "Sdad. Coop."), or in capitals as a heading or a letterhead writes
# the company's name whole ("ADEGAS SOUTO BAIXO, S. COOP.", "S.A. DE C.V."); the
# longest form first, so that "S.A. de C.V." is read whole and not as "S.A.".
SPACED_LEGAL_FORM = re.compile("|".join(
    r"\s*".join(re.escape(word) for word in form.split())
    for form in sorted({f for g in SPACED_LEGAL_FORMS for f in (g, g.upper())},
                       key=len, reverse=True)))
# The words that open such a form, where a reader looks for one ("S.", "Sdad.", "S.A.")
SPACED_LEGAL_OPENERS = frozenset(
    first.rstrip(",") for form in SPACED_LEGAL_FORMS
    for first in (form.split()[0], form.split()[0].upper()))
PARTNER_TAILS = _words("partner_tails")
APP_CLASSIFIERS_EN = _words("app_classifiers_en")
CURRENCY_SIGNS = _words("currency_signs")
CURRENCY_LETTERS = _words("currency_letters")
FIGURE_SCALES = _words("figure_scales")
# folded, a legal form of several words is one suffix ("s a de c v"), compared whole
LEGAL_FOLDED = frozenset(LEGAL_SUFFIXES) | _words("legal_suffixes") | frozenset(
    fold(form) for form in SPACED_LEGAL_FORMS)
LEGAL_PREFIXES = _words("legal_prefixes")
PUBLIC_COMPANY_KINDS = _words("public_company_kinds")
NAME_ARTICLES = _words("name_articles")
PUBLIC_OWNERS = _words("public_owners")
ORG_HEADS = _words("org_heads")
ORG_TAILS = _words("org_tails")
DEFINED_DOCUMENT_NOUNS = _words("defined_document_nouns")
COMPANY_ONLY_TAILS = _words("company_only_tails")
HOLDING_HEADS = _words("holding_heads")
OPENING_HEADS = _words("opening_heads")
HEADS_BEFORE_DE = _words("heads_before_de")
SURNAME_TAILS = _words("surname_tails")
TRADE_OPENINGS = _words("trade_openings")
FOLDED_HEADS = frozenset(fold(w) for w in ORG_HEADS)
FOLDED_TAILS = frozenset(fold(w) for w in ORG_TAILS)
INSTITUTIONS = _words("institutions")
NATIONAL_INSTITUTIONS = _words("national_institutions")
CITY_INSTITUTIONS = _words("city_institutions")
REGIONAL_INSTITUTIONS = _words("regional_institutions")
PROVINCIAL_INSTITUTIONS = _words("provincial_institutions")
DEFINITE_HEADS = _words("definite_heads")
SECURITY_TAILS = _words("security_tails")
STATE_ABBREVIATIONS = _words("state_abbreviations")
DEFINITE_DETERMINERS = _words("definite_determiners")
STATE_HEADS = _words("state_heads")
REGIONAL_DEMONYMS = _words("regional_demonyms")
RELIGIOUS_ADJECTIVES = _words("religious_adjectives")
# (the feminine demonyms only: the masculine ones are surnames too, "Navarro", "Gallego")
REGIONAL_TAILS = _words("regional_tails") | frozenset(
    w[0].upper() + w[1:] for w in REGIONAL_DEMONYMS if w.endswith("a"))
GOVERNMENT_NOUNS = _words("government_nouns")
INTERNAL_BODIES = LEXICON.phrases("internal_bodies")
ADDRESS_STYLES = LEXICON.phrases("address_styles")


def _by_word(
    phrases: tuple[tuple[str, ...], ...], at: int
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``phrases`` by their word ``at`` (0 the first, -1 the last), each word's in the
    phrases' order: a rule that matches a phrase at a given word tries only those."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        found.setdefault(phrase[at], []).append(phrase)
    return {word: tuple(them) for word, them in found.items()}


INTERNAL_BODIES_BY_LAST = _by_word(INTERNAL_BODIES, -1)
ADDRESS_STYLES_BY_FIRST = _by_word(ADDRESS_STYLES, 0)
GENERIC_TAIL = _words("generic_tail")
GENERIC_HEAD = _words("generic_head")
NEWS_AGENCIES = _words("news_agencies")
LANDFORM_HEADS = _words("landform_heads")
MALAY_PLACE_HEADS = _words("malay_place_heads")
DOCUMENT_HEADS = _words("document_heads")
NOT_COMPANY_HEADS = _words("not_company_heads") | LANDFORM_HEADS | DOCUMENT_HEADS
PLACE_NAMED_HEADS = _words("place_named_heads")
PROPERTY_HEADS = _words("property_heads")
SECTOR_SUFFIXES = LEXICON.sequence("sector_suffixes")
ROUND_WORDS = _words("round_words")

# Nouns before a name that type it.
DESCRIPTORS = _words("descriptors")
COMPANY_PARTICIPLES = _words("company_participles")
OWNED_PARTICIPLES = _words("owned_participles")
ORG_DESCRIPTORS = _words("org_descriptors")
HOUSE_TRADES = _words("house_trades")
SECTOR_HEADS = _words("sector_heads")
MILITARY_SERVICES = _words("military_services")
BODY_TAILS = _words("body_tails")
MEMBER_BODIES = _words("member_bodies")
TRAILING_DESCRIPTORS = _words("trailing_descriptors")
PLACE_NOUNS = _words("place_nouns")
SPANISH_PLACE_NOUNS = _words("spanish_place_nouns")
LOCATED_WORDS = _words("located_words")
PEOPLES_BODIES = _words("peoples_bodies")
FACILITY_DESCRIPTORS = _words("facility_descriptors")
PLURAL_DESCRIPTORS = _words("plural_descriptors")
PRODUCT_DESCRIPTORS = _words("product_descriptors")
PRODUCT_PLURALS = _words("product_plurals")
PRODUCT_HEADS = _words("product_heads")
NATIONALITY_DESCRIPTORS = _words("nationality_descriptors")
OUTLET_DESCRIPTORS = _words("outlet_descriptors")
OWNED_NOUNS = _words("owned_nouns")
UNIT_WORDS = _words("unit_words")
MAKERS = _words("makers")
ARTICLE_PLACES = _words("article_places")
WORLD_REGIONS = _words("world_regions")
POSSESSIVES = _words("possessives")
SEAT_WORDS = _words("seat_words")
SOURCE_WORDS = _words("source_words")
COPULAS = _words("copulas")

# Deals around a name.
DEAL_VERBS = _words("deal_verbs")
# Verbs of putting money into a company ("put $2 million into X", "metió 3 millones en
# X"): kg.entities.cues.money_into
MONEY_INTO_VERBS = DEALS_LEXICON.words("round_money_verbs") - DEAL_VERBS
DEAL_NOUNS = LEXICON.prepositions("deal_nouns")
COMPANY_SLOT_NOUNS = _words("company_slot_nouns")
SIGNING_VERBS = _words("signing_verbs")
SELLING_VERBS = _words("selling_verbs")
TARGET_VERBS = _words("target_verbs")
STAKE_VERBS = _words("stake_verbs")
CAPITAL_WORDS = _words("capital_words")
TARGET_NOUNS = _words("target_nouns")
PHRASAL_TARGETS = _words("phrasal_targets")
TARGET_PREPS = _words("target_preps")
PARTNER_WORDS = _words("partner_words")
REFLEXIVE_TAKE_VERBS = _words("reflexive_take_verbs")
# A company's equity, whose "de" complement is the company ("entra en el capital de X",
# "el accionariado de X"): deals.toml's capital_nouns (kg.entities.standing.deal_partner)
EQUITY_NOUNS = DEALS_LEXICON.words("capital_nouns")
HEADLINE_DEAL_FORMS = _words("headline_deal_forms")
INTENT_VERBS = _words("intent_verbs")
HEADLINE_VERBS = _words("headline_verbs")
HEADLINE_SPLIT_VERBS = _words("headline_split_verbs")
HEADLINE_DEAL_NOUNS = _words("headline_deal_nouns")
PAIRED_DEAL_NOUNS = _words("paired_deal_nouns")
# The labels of a deal card's party fields ("Buyer:", "Objetivo:"; kg.deals.fields reads
# the card, kg.entities.cues.field_value types the name after the label).
PARTY_FIELD_LABELS = frozenset(
    label for label, what in DEALS_LEXICON.table("field_labels").items()
    if what in ("acquirer", "target", "seller")
)
# The nouns that name a buyer or a seller by its role in a deal ("El comprador es X",
# "X, la compradora, ..."; kg.deals.roles.role_named reads the party,
# kg.entities.cues.role_named types the name). Not "target" ("the target is 2030").
ROLE_NOUN_WORDS = frozenset(
    noun for noun, role in DEALS_LEXICON.table("role_nouns").items() if role != "target"
)
FUNDING_WORDS = _words("funding_words")
RAISE_VERBS = _words("raise_verbs")
MONEY_WORDS = _words("money_words")
LISTED_POSSESSIONS = _words("listed_possessions")
CORPORATE_POSSESSIONS = _words("corporate_possessions")
CORPORATE_VERBS = _words("corporate_verbs")
ADVISORY_WORDS = _words("advisory_words")
ADVISORY_MODIFIERS = _words("advisory_modifiers")
PORTFOLIO_ROLES = _words("portfolio_roles")
# The offices and departments whose "de" a government portfolio or an academic field
# follows ("el ministro de Energía", "los viceministros de Educación", "el catedrático
# de Derecho Procesal", "el ministerio de Finanzas").
OFFICE_WORDS = PORTFOLIO_ROLES | _words("portfolio_offices")
EVENT_HEADS = _words("event_heads")
TERRITORIAL_ROLES = _words("territorial_roles")
INDEX_NOUNS = _words("index_nouns")
EXCHANGES = _words("exchanges")
MARKET_HEADS = _words("market_heads")
MARKET_SEGMENTS = _words("market_segments")
INDEX_MOVES = _words("index_moves")
INDEX_POINTS = _words("index_points")

# People.
HONORIFICS = _words("honorifics")
PLURAL_HONORIFICS = _words("plural_honorifics")
# The trade pairs of lexicon ``trade_pairs`` as (first, second) word tuples.
TRADE_PAIRS = frozenset(
    (tuple(p.split(" and ")[0].split()), tuple(p.split(" and ")[1].split()))
    for p in _words("trade_pairs"))
STYLES = _words("styles")
VIETNAMESE_FAMILY_NAMES = _words("vietnamese_family_names")
VIETNAMESE_MIDDLE_NAMES = _words("vietnamese_middle_names")
CHINESE_FAMILY_NAMES = _words("chinese_family_names")
PATRONYMICS = _words("patronymics")
PERSON_ROLES = _words("person_roles")
APPOSITION_ROLES = PERSON_ROLES | _words("apposition_roles")
PERSON_NOUNS_OF = _words("person_nouns_of")
PERSON_ONLY_ROLES = _words("person_only_roles")
# Nouns of a person's role right before a name: a name so introduced is a person's.
PERSON_APPOSED = (PERSON_ROLES | PERSON_ONLY_ROLES | _words("person_apposed_nouns")) - \
    _words("person_apposed_not")
# ... less the nouns a firm is called too, before a name the model read as a firm's.
PERSON_ONLY_APPOSED = PERSON_APPOSED - _words("person_apposed_firm_too")
# Nouns of a kind of firm: a name right after one is a company's.
FIRM_KIND_NOUNS = _words("firm_kind_nouns")
# What only a company has, after its owner's possessive or before "of" and the owner;
# and what a company has after "of" and its owner only.
LISTED_COMPANY_NOUNS = _words("listed_company_nouns")
LISTED_COMPANY_NOUNS_OF = LISTED_COMPANY_NOUNS | _words("listed_company_nouns_of")
# Nouns of a firm before "of" and its name; verbs of joining an employer.
FIRM_OF_NOUNS = _words("firm_of_nouns")
EMPLOYER_JOIN_VERBS = _words("employer_join_verbs")
SPEECH_VERBS = _words("speech_verbs")
NAME_PARTICLES = _words("name_particles")
SHORT_GIVEN_NAMES = _words("short_given_names")
SAINT_WORDS = _words("saint_words")
PLACE_HEADS_EN = _words("place_heads_en")
NAMESAKE_PLACES = _words("namesake_places")
NAMESAKE_ORGS = _words("namesake_orgs")
NAMESAKE_ORG_HEADS = _words("namesake_org_heads")
NAMESAKE_EVENTS = _words("namesake_events")
ROYAL_TITLES = _words("royal_titles")
KINSHIP_FIRMS = _words("kinship_firms")
KIN_TAILS = _words("kin_tails")
KIN_JOINERS = _words("kin_joiners")
COMPOUND_TAILS = LEXICON.phrases("compound_tails")
# Phrases that give a company another name after its full one ("known as", "conocida
# como", "(formerly ...)": ``cue:naming_phrase``), the longer first.
NAMING_PHRASES = LEXICON.phrases("naming_phrases")
TRADE_HEADS = _words("trade_heads")
NAMESAKE_EVENT_TAILS = _words("namesake_event_tails")
NAMESAKE_PLACE_TAILS = _words("namesake_place_tails")
ADDRESSED_BODIES = _words("addressed_bodies")
SETTLEMENT_TAILS = _words("settlement_tails")
SURNAME_NAMESAKE_TAILS = _words("surname_namesake_tails")
VESSEL_WORDS = _words("vessel_words")
SITE_NOUNS = _words("site_nouns")
NAMED_SITE_NOUNS = _words("named_site_nouns")
TEACHING_WORDS = _words("teaching_words")
ANIMAL_WORDS = _words("animal_words")
PRODUCT_TAILS = _words("product_tails")
CODE_NAME_HEADS = _words("code_name_heads")
STORM_WORDS = _words("storm_words")
BARE_STATE_WORDS = _words("bare_state_words")
BARE_MARKET_WORDS = _words("bare_market_words")
ROLE_TITLES = LEXICON.sequence("role_titles")
CORPORATE_TITLES = _words("corporate_titles")
TITLE_JOINERS = _words("title_joiners")
OFFICE_TITLES = _words("office_titles")
TITLE_MODIFIERS = _words("title_modifiers")
POST_NOMINALS = _words("post_nominals")
NEWSROOM_TITLES = _words("newsroom_titles")
TIME_ZONES = _words("time_zones")
ASKED_PARTICIPLES = _words("asked_participles")
VENUE_MODIFIERS = _words("venue_modifiers")
NATIONALITY_NOUNS = _words("nationality_nouns")

# Words that are no names, and words between names.
NON_NAMES = _words("non_names")
STAGE_DIRECTIONS = _words("stage_directions")
INTERJECTIONS = _words("interjections")
THING_HEADS = _words("thing_heads")
THING_TAILS = _words("thing_tails")
WORK_NOUNS = _words("work_nouns")
PRODUCT_APPOSITIONS = _words("product_appositions")
CALENDAR_WORDS = _words("calendar_words")
MONTH_ABBREVIATIONS = _words("month_abbreviations")
SPANISH_FALSE_NAMES = _words("false_names")
ENGLISH_FALSE_NAMES = _words("english_false_names")
FALSE_NAMES = SPANISH_FALSE_NAMES | ENGLISH_FALSE_NAMES
# An English name may open with a word that is a Spanish function word ("Hoy Bay
# Brewery"); a Spanish text quotes English, so it reads both lists.
FALSE_NAMES_OF = MappingProxyType({"en": ENGLISH_FALSE_NAMES, "es": FALSE_NAMES})
ORDINAL_MARKERS = _words("ordinal_markers")
NAME_ORDINALS = _words("name_ordinals")
ORDINAL_BODY_WORDS = _words("ordinal_body_words")
STATION_HEADS = _words("station_heads")
CHANNEL_HEADS = _words("channel_heads")
LOCATIVES = _words("locatives")
HYPHEN_PARTICLES = _words("hyphen_particles")
FRENCH_ORG_HEADS = _words("french_org_heads")
FRENCH_NAME_PARTICLES = _words("french_name_particles")
SPORTS_WORDS = _words("sports_words")
COMPETITION_HEADS = _words("competition_heads")
SPORTS_VERBS = _words("sports_verbs")
CONNECTORS = _words("connectors")
OPENING_PARTICLES = _words("opening_particles")
ROMANCE_OPENING_PARTICLES = _words("romance_opening_particles")
COORD = _words("coord")
LIST_JOINERS = _words("list_joiners")
ARTICLES = _words("articles")
TABLE_WORDS = _words("table_words")

# Places the ISO lists lack (see kg.entities.gazetteer.known_places).
COUNTRY_SHORT_FORMS = _words("country_short_forms")
COUNTRY_NAMES = _words("country_names")

# One-word "people" that are institutions ("Police gave no reason", "Police said").
INSTITUTION_WORDS = _words("institution_words")
JUDICIAL_TITLES = _words("judicial_titles")
COURT_HEADS = _words("court_heads")
COURT_NUMBERS = _words("court_numbers")
PLACE_TAILS = _words("place_tails")
STREET_TAILS = _words("street_tails")
PLACE_PART_NOUNS = _words("place_part_nouns")
ABSTRACT_ENDINGS = tuple(sorted(_words("abstract_endings")))
