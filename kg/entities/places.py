"""Places are no organisations: a country named anywhere ("su tercera inversión en
España", "the war in Ukraine"), and a city or region where something stands or happens
("bases in Chennai and Kolkata", "a new plant in Cork", "a solar farm in Northland").

Read once every name of the article is chosen, and for every mention of the name: a
name that only a gazetteer entry, an acronym definition or a legal form (priority
``_P_GAZ`` or more) makes an organisation keeps its reading ("Santander" the bank).
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.doc import span_text
from kg.entities.context import _P_GAZ, _P_MODEL, Knowledge, _Cand
from kg.entities.institutions import is_city
from kg.entities.words import LEGAL_FORMS, ORG_HEADS, ORG_TAILS

# Prepositions after which a known city or region is where something is, not a party:
# "in" and "en" only when no word of a stake or investment comes before them ("a stake
# in Orange", "invertir en Valencia" is read the other way: it may be either).
_PLACE_PREPOSITIONS = frozenset({
    "in", "en", "desde", "near", "across", "throughout", "inside", "outside",
})
_STAKE_WORDS = frozenset({
    "stake", "stakes", "interest", "holding", "holdings", "position", "shares", "invest",
    "invests", "invested", "investing", "investment", "investments", "participación",
    "participaciones", "inversión", "inversiones", "invertir", "invierte", "invirtió",
    "invertirá", "acciones", "capital", "entrar", "entra", "entró", "entrará",
})
# Compass words that make a part of a known place ("Western Canada", "Northern Ireland").
_COMPASS = frozenset({
    "Western", "Eastern", "Northern", "Southern", "Central", "North", "South", "East",
    "West", "Atlantic", "Pacific", "Arctic",
})
# Words that join a list of places after one preposition ("in Chennai and Kolkata").
_PLACE_JOINERS = frozenset({",", "and", "or", "y", "e", "o"})


def place_names(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """Organisations the article names as places become places (``retype:place``): a
    country anywhere, a known city or region if one of its mentions follows a
    preposition of place.

    >>> place_names(kn, nlp("Abrió una planta en Cork."), cands)  # doctest: +SKIP
    """
    strong = {span_text(doc, c.start, c.end) for c in chosen if c.priority >= _P_GAZ}
    # The words of longer organisations' names: "Galicia" of "Banco Galicia" may be its
    # short form ("la oferta de Galicia"), whatever a place's reading says.
    strong |= {doc[k].text for c in chosen if c.label == "ORG" and c.end - c.start > 1
               for k in range(c.start, c.end)}
    places: set[str] = set()
    org_starts = {c.start for c in chosen if c.label == "ORG"}
    org_ends = {c.end for c in chosen if c.label == "ORG"}
    # A country's or a city's side in a match report is a team ("jugará contra Bolivia").
    strong |= {span_text(doc, c.start, c.end) for c in chosen
               if any(r.startswith("sports:") for r in c.rules)}
    for c in chosen:
        if c.label != "ORG" or c.priority >= _P_GAZ:
            continue
        text = span_text(doc, c.start, c.end)
        if text in strong or text in places:
            continue
        if _country(kn, text) or _near(doc, c) or (_known_place(kn, text) and (
                _after_place_preposition(doc, c) or _before_placed_noun(doc, c)
                or _owns_named(doc, c, org_starts) or _seat_of(doc, c, org_ends))):
            places.add(text)
    chosen = [_less_seat(kn, doc, c) for c in chosen]
    towns = _towns_read_as_people(kn, doc, chosen)
    if not places and not towns:
        return chosen
    return [c.retyped("LOC", c.priority, "retype:place")
            if (c.label == "ORG" and c.priority < _P_GAZ
                and span_text(doc, c.start, c.end) in places) or (c.start, c.end) in towns
            else c for c in chosen]


def _towns_read_as_people(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> set[tuple[int, int]]:
    """One-word names only the model read as people that are known towns after a
    preposition of place ("hiring in Hamilton and Rotorua", "una planta en Linares"):
    places, as a person is not where something happens; not the surname of a person the
    article names in full ("Lewis Hamilton ... in Hamilton's view")."""
    surnames = {doc[c.end - 1].text for c in chosen if c.label == "PER" and c.end - c.start > 1}
    return {(c.start, c.end) for c in chosen
            if c.label == "PER" and c.priority == _P_MODEL and c.end - c.start == 1
            and doc[c.start].text not in surnames and _known_place(kn, doc[c.start].text)
            and not (c.end < len(doc) and doc[c.end].text in ("'s", "’s"))
            and _after_place_preposition(doc, c)}


def _country(kn: Knowledge, text: str) -> bool:
    """A country's name, or a part of one by a compass word ("Western Canada")."""
    first, _, rest = text.partition(" ")
    return text in kn.countries or (first in _COMPASS and rest in kn.countries)


def _known_place(kn: Knowledge, text: str) -> bool:
    """A country's subdivision, or a city GeoNames knows, or a part of one by a compass
    word ("Northern Ontario")."""
    first, _, rest = text.partition(" ")
    if first in _COMPASS and rest:
        text = rest
    return text in kn.places or is_city(text)


# English nouns of sites and of companies that a place's name modifies ("its Halifax
# yard", "Moncton investment firm X", "a Cork plant").
PLACED_NOUNS = frozenset({
    "yard", "shipyard", "plant", "factory", "mill", "site", "terminal", "facility",
    "warehouse", "office", "headquarters", "campus", "port", "mine", "refinery", "store",
    "branch", "hub", "depot", "firm", "company", "group", "lender", "bank", "insurer",
    "start-up", "startup", "maker", "manufacturer", "developer", "operator", "retailer",
    # agents a place's name says where they work ("a Mombasa exporter", "the Geelong
    # producer"), and a wire's desk ("(Bengaluru newsroom)")
    "producer", "exporter", "importer", "grower", "miner", "explorer", "brewer",
    "distributor", "supplier", "builder", "contractor", "carrier", "utility", "newsroom",
    "bureau", "desk",
})


# The endings of English agent compounds of a maker ("cheesemaker", "drugmakers").
_MAKER_ENDINGS = ("maker", "makers")


def _before_placed_noun(doc: Doc, c: _Cand) -> bool:
    """Whether a name stands before a lower-case noun of a site or a company, itself or
    after one more noun ("its Halifax yard", "Moncton investment firm X"), or an agent
    compound in "-maker" that names a company by what it makes ("a Somerset
    cheesemaker", "the Bavarian carmaker"): a place that modifies the noun."""
    if span_text(doc, c.start, c.end).isupper():
        return False  # an acronym is a firm's ("a Polish SPC group"), whatever city shares it
    k = c.end
    for _ in range(2):
        if k >= len(doc) or not doc[k].is_lower or not doc[k].is_alpha:
            return False
        if (doc[k].lower_ in PLACED_NOUNS or doc[k].lower_.endswith(_MAKER_ENDINGS)) \
                and doc[k].pos_ in ("NOUN", "PROPN"):
            return True
        k += 1
    return False


def _after_place_preposition(doc: Doc, c: _Cand) -> bool:
    """Whether a name follows a preposition of place, alone or in a list of names after
    it ("in Chennai and Kolkata"), and no word of a stake comes shortly before the
    preposition."""
    k = c.start - 1
    while k > 1 and doc[k].lower_ in _PLACE_JOINERS and doc[k - 1].text[:1].isupper():
        k -= 1  # back over a list of names to the preposition
        while k > 0 and doc[k].text[:1].isupper():
            k -= 1
    if k < 0 or doc[k].lower_ not in _PLACE_PREPOSITIONS or not doc[k].is_lower:
        return False
    # "a “minority equity stake” in Milan", "una participación del 20 % en Orange"
    return not any(t.lower_ in _STAKE_WORDS for t in doc[max(0, k - 4):k])


def _near(doc: Doc, c: _Cand) -> bool:
    """Whether a name no word of a company's makes one follows "near" or "cerca de",
    which say where a thing is and take a place, known or not ("a depot near
    Tolbrook", "una planta cerca de Villaluenga"); not a name that owns what follows
    ("near Acme's plant")."""
    k = c.start - 1
    if k > 0 and doc[k].lower_ == "de" and doc[k - 1].lower_ == "cerca":
        k -= 1
    elif k < 0 or doc[k].lower_ != "near":
        return False
    words = {t.text for t in doc[c.start:c.end]}
    return not (words & (ORG_TAILS | ORG_HEADS | LEGAL_FORMS)) and not (
        c.end < len(doc) and doc[c.end].lower_ in ("'s", "’s"))


def _owns_named(doc: Doc, c: _Cand, org_starts: set[int]) -> bool:
    """Whether a name owns, by its "'s", the organisation named right after it ("Abu
    Dhabi's Harbor Pine", as "China's Daejin"): a city or region so placed says where
    the company is, as a country does."""
    k = c.end
    return k + 1 < len(doc) and doc[k].lower_ in ("'s", "’s") and k + 1 in org_starts


def _seat_of(doc: Doc, c: _Cand, org_ends: set[int]) -> bool:
    """Whether a name follows "of" right after an organisation's name ("bought the ships
    from Kalliope Maritime of Piraeus"): the city the company is of, as "Acme of
    Ohio"."""
    k = c.start - 1
    return k > 0 and doc[k].lower_ == "of" and k in org_ends


def _less_seat(kn: Knowledge, doc: Doc, c: _Cand) -> _Cand:
    """English: a company's name without the city or country it is of, which the press
    writes after it ("Kaveri Capital of Bengaluru" is "Kaveri Capital"): where the word
    before "of" closes company names ("Capital", "Partners") and heads none ("Bank of
    Korea", "University of Leeds" keep their place)."""
    k = c.end - 2
    if not (kn.lang == "en" and c.label == "ORG" and c.priority < _P_GAZ and
            k - c.start >= 2 and doc[k].lower_ == "of"):
        return c
    before, place = doc[k - 1].text, span_text(doc, k + 1, c.end)
    if before not in ORG_TAILS or before in ORG_HEADS or before in LEGAL_FORMS or \
            not (_country(kn, place) or _known_place(kn, place)):
        return c
    return _Cand(c.start, k, c.label, c.priority, (*c.rules, "retype:seat_of"))
