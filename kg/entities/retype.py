"""Retyping: the rules that change a name's type once the candidates are chosen, from
what the whole article says (companies the model took for people or places, lists of
like names, one type per name, and the typing constraints of ``RETYPE_RULES``).

Each rule that changes a type adds its id to the candidate's rules
(``company:coordinated``, ``retype:demonym``...)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg.doc import span_text, token_texts
from kg.entities.apposed import RULE as ROLE_APPOSED
from kg.entities.apposed import role_named
from kg.entities.context import _P_CONTEXT, _P_GAZ, _P_HEAD, _P_MODEL, _P_PERSON, Knowledge, _Cand
from kg.entities.gazetteer import canonical_key, folded_places
from kg.entities.institutions import dateline_place, is_city
from kg.entities.people import _titled, trade_agent
from kg.entities.resolve import _is_short_org
from kg.entities.runs import (
    _opens_sentence,
    _shouted_word,
    _shouting,
    _syllable_hyphen,
    _texts,
    classifier_before,
    people_adjective,
)
from kg.entities.standing import (
    company_apposition,
    deal_clause_subject,
    deal_partner,
    headline_deal,
    its_owner,
    listing_venue,
    place_named_party,
)
from kg.entities.titles import asked_opener, clock_zone, office_only, trim_titles
from kg.entities.words import (
    ADVISORY_MODIFIERS,
    ADVISORY_WORDS,
    ANIMAL_WORDS,
    BARE_MARKET_WORDS,
    BARE_STATE_WORDS,
    CALENDAR_WORDS,
    CODE_NAME_HEADS,
    COMPANY_ONLY_TAILS,
    CONNECTORS,
    COORD,
    CORPORATE_POSSESSIONS,
    CORPORATE_VERBS,
    DEFINITE_DETERMINERS,
    DESCRIPTORS,
    EVENT_HEADS,
    FACILITY_DESCRIPTORS,
    FOLDED_HEADS,
    FOLDED_TAILS,
    GENERIC_HEAD,
    GENERIC_TAIL,
    HOLDING_HEADS,
    HONORIFICS,
    INSTITUTION_WORDS,
    INTERJECTIONS,
    LEGAL_FOLDED,
    LEGAL_FORMS,
    LIST_JOINERS,
    LOCATED_WORDS,
    MONTH_ABBREVIATIONS,
    NAME_PARTICLES,
    NAMED_SITE_NOUNS,
    NON_NAMES,
    NOT_COMPANY_HEADS,
    OFFICE_WORDS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    ORG_TAILS,
    PERSON_ROLES,
    PHRASAL_TARGETS,
    PLACE_TAILS,
    PORTFOLIO_ROLES,
    PRODUCT_APPOSITIONS,
    PRODUCT_DESCRIPTORS,
    PRODUCT_HEADS,
    PRODUCT_TAILS,
    RELIGIOUS_ADJECTIVES,
    ROLE_TITLES,
    ROYAL_TITLES,
    SECTOR_SUFFIXES,
    SITE_NOUNS,
    SPANISH_PLACE_NOUNS,
    SPEECH_VERBS,
    STAGE_DIRECTIONS,
    STATE_ABBREVIATIONS,
    STORM_WORDS,
    STREET_TAILS,
    STYLES,
    SURNAME_TAILS,
    TARGET_NOUNS,
    TARGET_PREPS,
    TARGET_VERBS,
    TEACHING_WORDS,
    TERRITORIAL_ROLES,
    TRADE_HEADS,
    TRADE_OPENINGS,
    VESSEL_WORDS,
    WORK_NOUNS,
)
from kg.iri import fold
from kg.lexicon import LEXICON as DEALS_LEXICON


def _company_names(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """Organisations the model took for people or places.

    A name without a known given name is a company when it opens with a common noun
    in Spanish ("Textiles Brezo", "Energías del Cierzo"), when in English a "person"
    ends with one ("Northwind Cloud", "Baltica Freight"; not with a surname,
    "Nate Miller", nor after a title), when a deal makes it a
    target ("was bought by X", "a takeover bid for X", "la compra de X"), when a frame
    only a company stands in holds it (``kg.entities.standing``: "se fusionó en 2010 con
    X", "X compra Y"), or when it is coordinated with an organisation ("X and Y said
    they would merge"), the last read once the others have been decided. No reading
    takes a person a role noun names in one of the name's mentions ("the Dunmore
    scrum-half Kit Fallow": :func:`kg.entities.apposed.role_named`). A name a place's
    head opens is read in a deal party's slot only
    (:func:`kg.entities.standing.place_named_party`)."""
    out: list[_Cand] = []
    taken = {i for c in chosen for i in range(c.start, c.end)}
    # "the Ruritanian leader Tomas Quill": a role noun before a mention keeps the name a
    # person's in all its mentions
    persons = role_named(doc, chosen)
    orgs = {i for c in chosen if c.label == "ORG" for i in range(c.start, c.end)}
    people = frozenset(doc[i].text for c in chosen if c.label == "PER"
                       for i in range(c.start, c.end))
    for c in chosen:
        model_person = c.label == "PER"
        if _street(kn, doc, c):
            c = c.retyped("LOC", c.priority, "retype:street")
        elif c.label == "PER" and c.priority == _P_MODEL and c.end - c.start >= 2 and \
                doc[c.end - 1].text in _CLUB_ABBREVIATIONS:
            # "Marston Vale CC", "Dunmore AFC": a club's letters close a club's name
            c = c.retyped("ORG", _P_CONTEXT, "retype:club_letters")
        k = c.start - 1
        if kn.lang == "es" and k >= 0 and k not in taken and c.label != "PER" and \
                _opens_sentence(doc, k) and doc[k].pos_ in ("PROPN", "NOUN") and \
                doc[k].text[:1].isupper() and doc[k].text[1:].islower() and \
                doc[k].lower_ not in kn.stop_words and doc[k].lower_ not in PERSON_ROLES \
                and fold(doc[k].text) not in NOT_COMPANY_HEADS and \
                kn.is_common(doc[k].text):
            # "Transportes Ébano y ...": the model left out the common noun that
            # opens the sentence and the company's name.
            c = _Cand(k, c.end, "ORG", _P_CONTEXT, (*c.rules, "company:common_head"))
        if _named_animal(doc, c):
            out.append(c.retyped("MISC", c.priority, "retype:named_animal"))
            continue
        if model_person and doc[c.start:c.end].text in persons:
            if _may_be_company(kn, doc, c) and _reads_as_company(kn, doc, c):
                c = _Cand(c.start, c.end, c.label, c.priority, (*c.rules, ROLE_APPOSED))
        elif _may_be_company(kn, doc, c):
            if rule := _company_reading(kn, doc, c, taken, orgs, people):
                c = c.retyped("ORG", _P_CONTEXT, rule)
        elif place_named_party(kn, doc, c, orgs):
            c = c.retyped("ORG", _P_CONTEXT, "company:place_named_party")
        if model_person and c.label == "ORG" and _left_out_opener(kn, doc, c, taken):
            # "Flathead Ridge Ski Area will ...": the model's name began one word late
            c = _Cand(c.start - 1, c.end, "ORG", _P_CONTEXT, (*c.rules, "company:proper_opener"))
        out.append(c)
    return _coordinated(kn, doc, out, persons)


def _company_reading(kn: Knowledge, doc: Doc, c: _Cand, taken: set[int], orgs: set[int],
                     people: frozenset[str]) -> str | None:
    """The rule of the first reading that makes ``c``, a name that may be a company's,
    one (its text, an apposition, its owner, a listing venue, a deal's partner, the
    headline's deal, the subject of a deal's clause), or None."""
    if _reads_as_company(kn, doc, c):
        return "company:reads_as_company"
    if company_apposition(kn, doc, c):
        return "company:apposition"
    if its_owner(doc, c):
        return "company:its_owner"
    if listing_venue(doc, c):
        return "company:listing_venue"
    if deal_partner(doc, c):
        return "company:deal_partner"
    if headline_deal(doc, c, taken):
        return "company:headline_deal"
    if deal_clause_subject(kn, doc, c, orgs, people):
        return "company:deal_clause_subject"
    return None


def _coordinated(kn: Knowledge, doc: Doc, out: list[_Cand], persons: frozenset[str]
                 ) -> list[_Cand]:
    """``out`` with every name that may be a company's and is coordinated with an
    organisation ("X and Y said they would merge") made one; not a city before the noun
    it places, nor a person a role noun names (``persons``)."""
    org_ends = {c.end for c in out if c.label == "ORG"}
    org_starts = {c.start for c in out if c.label == "ORG"}
    n = len(doc)
    for index, c in enumerate(out):
        if c.end < n and doc[c.end].is_lower and doc[c.end].is_alpha and \
                is_city(span_text(doc, c.start, c.end)):
            continue  # a city before the noun it places: "Halifax investment firm X"
        if c.label == "PER" and doc[c.start:c.end].text in persons:
            continue  # "the scrum-half X": nor is a role noun's person coordinated
        if _may_be_company(kn, doc, c) and (
            (c.end + 1 < n and doc[c.end].lower_ in COORD and c.end + 1 in org_starts)
            or (c.start > 0 and doc[c.start - 1].lower_ in COORD
                and c.start - 1 in org_ends)
        ):
            out[index] = c.retyped("ORG", _P_CONTEXT, "company:coordinated")
    return out


def _left_out_opener(kn: Knowledge, doc: Doc, c: _Cand, taken: set[int]) -> bool:
    """English: the proper noun that opens the sentence just before a name the model
    took for a person's and kg reads as a company's is the name's first word, which the
    model left out for its capital ("Flathead Ridge Ski Area"); not a day or a month, a
    title, a company's descriptor ("Carmaker X", "Rival X") or a word of the sentence."""
    k = c.start - 1
    if kn.lang == "es" or k < 0 or k in taken or not _opens_sentence(doc, k):
        return False
    word = doc[k]
    return word.tag_ == "NNP" and word.text[:1].isupper() and word.text[1:].islower() \
        and word.is_alpha and word.lower_ not in kn.stop_words \
        and word.text not in CALENDAR_WORDS and word.text not in HONORIFICS \
        and word.lower_ not in PERSON_ROLES and word.text not in NON_NAMES \
        and word.lower_ not in DESCRIPTORS and word.lower_ not in ORG_DESCRIPTORS


def _street(kn: Knowledge, doc: Doc, c: _Cand) -> bool:
    """``retype:street``: a model's "person" closed by a street word ("Samora Machel
    Avenue", "Milton Margai Street") is the street named after the person; not a
    surname ("Nathan Lane"), nor after a known given name alone ("Anna Place"). In
    Spanish, one opened by a head of places ("Paso Canoas", "Camino Real") is the
    place."""
    if c.label != "PER" or c.priority != _P_MODEL or c.end - c.start < 2 or \
            doc[c.start].text in kn.given_names:
        return False
    last = doc[c.end - 1].text
    if kn.lang == "es":  # not a company's name closed by its trade ("Quebrada Ventures")
        return fold(doc[c.start].text) in NOT_COMPANY_HEADS and last not in ORG_TAILS \
            and last not in LEGAL_FORMS
    return last in STREET_TAILS and (last not in kn.surnames or (
        c.start > 0 and doc[c.start - 1].lower_ in _STREET_PREPOSITIONS))


# English letters of a sports club that close its name ("Marston Vale CC", "Dunmore
# AFC", "Ashby RFC"), never a person's.
_CLUB_ABBREVIATIONS = frozenset({"FC", "AFC", "CC", "CCC", "RFC", "RUFC", "GAA"})


# English prepositions that put a name in a street ("houses on Mill Lane", "a shop in
# Church Lane", "off Bell Street"): after them a street word closes a street's name even
# where it is a surname too ("Lane", "Street").
_STREET_PREPOSITIONS = frozenset({"on", "in", "off", "along", "at"})


def _may_be_company(kn: Knowledge, doc: Doc, c: _Cand) -> bool:
    """A model's person, place or "misc" name that no given name, known place or
    head word of places and events rules out as a company, nor a facility noun before
    it ("el estadio del Milenio", "la planta de Almaraz")."""
    if c.label not in ("PER", "LOC", "MISC") or c.priority != _P_MODEL:
        return False  # (the last test first: most names stop here, no Token built)
    text = span_text(doc, c.start, c.end)
    if _thing_named(kn, doc, c.start) or doc[c.start].lower_ in PERSON_ROLES:
        return False  # "Directora Financiera"
    if c.label == "PER" and _byline(doc, c.start):
        return False  # "— By Lim Wei Ling": a byline names the reporter
    if c.label == "MISC" and people_adjective(doc, c.start, c.end):
        return False  # "buys Tuscan winery": a people's adjective before its noun
    if c.label == "LOC" and c.end - c.start > 1 and is_city(text) and \
            not _deal_object(doc, c):
        return False  # a city of two words: "entre Puerto Montt y Punta Arenas"
    if c.label == "LOC" and kn.lang == "es" and _located_place(doc, c):
        return False  # "una finca en la Ribera del Arlanza", "la comarca de Tierra de Pinares"
    return c.label in ("PER", "LOC", "MISC") and c.priority == _P_MODEL and \
        doc[c.start].text not in kn.given_names and text not in kn.places and \
        text.title() not in kn.places and fold(doc[c.start].text) not in NOT_COMPANY_HEADS


def _located_place(doc: Doc, c: _Cand) -> bool:
    """Spanish: a model's place after the "en" that says where land, a site or premises
    stand ("una finca de 140 hectáreas en la Ribera del Arlanza", "la planta de
    Cooperativa Unida en General Paredes"), or after a noun of places and "de" ("la
    comarca de Tierra de Campos"), is that place, though a common noun opens it. Not
    the "en" of an investment ("invertirá en Ribera Sur") or of a person's work
    ("profesor en la Escuela de Negocios del Norte"), which name organisations."""
    k = c.start - 1
    if k >= 0 and doc[k].lower_ in ("el", "la", "los", "las"):
        k -= 1
    if k < 0:
        return False
    if doc[k].lower_ == "de":
        return k > 0 and doc[k - 1].lower_ in SPANISH_PLACE_NOUNS
    if doc[k].lower_ != "en":
        return False
    governor = doc[c.start:c.end].root.head
    return any(t.lemma_.lower() in LOCATED_WORDS or t.lower_ in LOCATED_WORDS
               for t in (governor, governor.head))


def _byline(doc: Doc, i: int) -> bool:
    """Whether the name at ``i`` follows a byline's "By" or "Por" that opens its line,
    after a dash or bullet at most ("By Ana Gil", "— By Tan Li Wen")."""
    k = i - 1
    if k < 0 or doc[k].lower_ not in ("by", "por") or not doc[k].text[:1].isupper():
        return False
    k -= 1
    while k >= 0 and (doc[k].is_punct and "\n" not in doc[k].text) and \
            not doc[k].text.isalnum():
        k -= 1
    return k < 0 or "\n" in doc[k].text or doc[k].text.endswith("\n")


def _deal_object(doc: Doc, c: _Cand) -> bool:
    """Whether a deal's verb or noun governs the name ("compró Punta Arenas", "la
    compra de Punta Arenas"), which makes a city's name a company's."""
    root = doc[c.start:c.end].root
    head = root.head.head if root.dep_ in ("pobj", "nmod", "obl") else root.head
    return head.lemma_.lower() in TARGET_VERBS or head.lower_ in TARGET_NOUNS


def _thing_named(kn: Knowledge, doc: Doc, start: int) -> bool:
    """Whether a facility noun (Spanish, alone or with "de": "el estadio del Milenio",
    "la planta de Almaraz", "su estación Vallehermoso") or a project's or product's
    noun ("el proyecto Duna Norte", "el modelo Kappa") comes right before the name at
    ``start``: the name is that thing's, not a company's or a person's."""
    k = start - 1 if start > 0 and doc[start - 1].lower_ not in ("de", "del") else start - 2
    if kn.lang == "es" and k >= 0 and doc[k].lower_ in FACILITY_DESCRIPTORS:
        return True
    return start > 0 and doc[start - 1].lower_ in _PROJECT_NOUNS


# Nouns before a name that make it a project's or a product's ("el proyecto Duna
# Norte", "its Vesta Hybrid model"): product descriptors less those that describe
# companies too ("la plataforma Ondaflix", "la app X").
_PROJECT_NOUNS = (PRODUCT_DESCRIPTORS | {"proyecto", "project", "marca", "brand"}) - {
    "plataforma", "platform", "app", "aplicación"}


def _named_animal(doc: Doc, c: _Cand) -> bool:
    """A horse's name: after a horse noun ("su caballo Duque de Alba", "its colt,
    Silver Storm,") or before one in apposition ("Tormenta de Plata, el caballo de la
    cuadra"). Racehorses bear people's names and titles; none is a party."""
    k = c.start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k >= 0 and doc[k].is_lower and doc[k].lower_ in ANIMAL_WORDS:
        return True
    e = c.end
    return e + 2 < len(doc) and doc[e].text == "," and \
        doc[e + 1].lower_ in ("el", "la", "su", "the", "its", "a", "an", "un", "una") and \
        doc[e + 2].lower_ in ANIMAL_WORDS


def _reads_as_company(kn: Knowledge, doc: Doc, c: _Cand) -> bool:
    """The words of a name, or a deal around it, say it is a company."""
    first = doc[c.start]
    last = doc[c.end - 1]
    prev = doc[c.start - 1] if c.start > 0 else None
    before = doc[c.start - 2] if c.start > 1 else None
    if prev is not None and prev.lower_ in ("la", "el", "the") and before is not None:
        prev, before = before, doc[c.start - 3] if c.start > 2 else None
    root = doc[c.start:c.end].root
    return (
        (kn.lang == "es" and c.end - c.start >= 2 and first.text[:1].isupper()
         and first.text[1:].islower() and first.lower_ not in kn.stop_words
         and first.pos_ not in ("DET", "ADP", "PRON") and kn.is_common(first.text))
        or (kn.lang != "es" and c.label == "PER" and c.end - c.start >= 2
            and len(last.text) > 3 and last.text[1:].islower()
            and kn.is_common(last.text)
            and last.text not in kn.surnames
            # "Samora Machel Avenue", "Tanjong Rhu Bay": a street's or a place's name
            and last.text not in STREET_TAILS and last.text not in PLACE_TAILS
            and not _titled(doc, c.start)
            and not _stands_alone(doc, last.text, c)
            # "Lam Wing-kei": the model cut a given name at its hyphen, "Wing" no noun
            and not (c.end < len(doc) and _syllable_hyphen(doc, c.end)))
        or (prev is not None and before is not None and prev.lower_ in TARGET_PREPS
            and ((before.lower_ in TARGET_NOUNS and not _city_controlled(doc, c, before))
                 or (prev.lower_ in ("by", "por", "with", "con")
                     and before.lemma_.lower() in TARGET_VERBS)))
        or (root.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass")
            and root.head.lemma_.lower() in TARGET_VERBS)
        or (root.dep_ in ("dobj", "obj") and _phrasal_target(root.head))
        # "Supermercados Norte compró Frutalia por": a place right after a Spanish
        # finite verb of taking over is a company, however the parser hung it
        or (kn.lang == "es" and c.label == "LOC" and prev is not None and prev.pos_ == "VERB"
            and prev.lemma_.lower() in TARGET_VERBS and "Fin" in prev.morph.get("VerbForm", []))
        # "Frinsa Norte pasa a manos de X": what changes hands is a business
        or (c.label in ("LOC", "MISC") and root.dep_ == "nsubj" and _into_hands(root.head))
        # "Veltrix's $85 billion acquisition of ...": the model's place or "misc" that
        # owns a takeover is the company making it (a person is left to the person rules)
        or (c.label in ("LOC", "MISC") and root.dep_ == "poss"
            and root.head.lemma_.lower() in _TAKEOVER_NOUNS)
        # "Talvana, which Brixo acquired", "Talvana, which was bought by Brixo": the
        # noun a relative pronoun stands for takes the pronoun's role
        # (not a place the noun before is near: "the plant near Tolbrook, which ...")
        or (not (root.dep_ == "pobj" and root.head.lower_ == "near") and any(
            r.dep_ == "relcl" and (r.lemma_.lower() in TARGET_VERBS or _phrasal_target(r))
            and any(p.dep_ in ("dobj", "nsubjpass") and p.lower_ in ("which", "that")
                    for p in r.children) for r in root.children))
        # "a stake in Carrow", "sold Carrow to Hollister": a model's place or "misc"
        # (no known place) that a stake is held in or that buys what is sold
        or (c.label in ("LOC", "MISC") and prev is not None and before is not None
            and prev.lower_ == "in" and before.lower_ in ("stake", "stakes"))
        # "the sale of Carrow" (English only: Spanish "sale de" is "leaves")
        or (kn.lang == "en" and prev is not None and before is not None
            and prev.lower_ == "of" and before.lower_ == "sale")
        or (c.label in ("LOC", "MISC") and root.dep_ == "pobj" and root.head.lower_ == "to"
            and root.head.head.lemma_.lower() == "sell")
        # "Veltrix completed its acquisition of ..."
        or (c.label in ("LOC", "MISC") and root.dep_ == "nsubj" and any(
            o.dep_ == "dobj" and o.lemma_.lower() in _TAKEOVER_NOUNS for o in root.head.children))
    )


def _into_hands(verb: Token) -> bool:
    """Whether ``verb`` is "pasar a manos de" / "caer en manos de" / "quedar en manos de"
    (the parser reads "a manos de" as one preposition) or "pass into the hands of": the
    change of hands kg.deals.possession reads as a deal, by the same word list
    (``hands_nouns``)."""
    if verb.lemma_.lower() not in ("pasar", "caer", "quedar", "pass"):
        return False
    return any(
        g.dep_ == "fixed" and g.lower_ in _HANDS for c in verb.children
        for case in c.children if case.dep_ == "case" for g in case.children
    ) or any(
        c.lower_ == "into" and any(g.lower_ in _HANDS for g in c.children)
        for c in verb.children
    )


_HANDS = DEALS_LEXICON.words("hands_nouns")


def _city_controlled(doc: Doc, c: _Cand, noun: Token) -> bool:
    """ "took control of Kherson": what one takes control of may be a town."""
    return noun.lower_ == "control" and is_city(span_text(doc, c.start, c.end))


def _stands_alone(doc: Doc, word: str, c: _Cand) -> bool:
    """Whether the article writes the last word of the name ``c`` alone elsewhere,
    with no capitalised word beside it: a surname, as news shortens a person's name
    ("Leila Vardakis ... Vardakis said"), whereas a company is shortened to its first
    word ("Baltica Freight ... Baltica"). The name written again in full is no word
    alone, though its first word opens a sentence and so says nothing by its capital
    (a headline "Marlowe Estates buys Halden" over "Marlowe Estates has bought ...")."""
    texts = _texts(doc)
    name = texts[c.start:c.end]
    size = len(name)

    def capitalised(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and \
            not doc[k].is_sent_start

    def written_in_full(i: int) -> bool:
        return i + 1 >= size and texts[i + 1 - size:i + 1] == name and \
            bool(doc[i + 1 - size].is_sent_start)
    return any(text == word and not (c.start <= i < c.end) and
               not capitalised(i - 1) and not capitalised(i + 1) and not written_in_full(i)
               for i, text in enumerate(texts))


# Nouns of taking a company over; not "bid" or "offer", which a city makes for the
# Olympics ("Sydney's bid for the Games"), nor "control" ("the city's control").
_TAKEOVER_NOUNS = TARGET_NOUNS - {"bid", "offer", "oferta", "contraoferta", "control"}


def _phrasal_target(verb: Token) -> bool:
    """A phrasal verb of taking a company over, with its particle: "snapped up",
    "took over", "bought out"."""
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in PHRASAL_TARGETS
               for c in verb.children)


def _org_lists(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """Coordination joins like with like: in a list of names with an organisation
    ("Arcano Partners, Ruiz Lobo y Deloitte asesoran"), the names only the
    model labelled are organisations too (but for a person's name of two or more
    words: "Tencent, SoftBank, Jorge Soto y Goldman"). A country before an
    institution is part of its name ("U.S. Securities and Exchange Commission")."""
    ordered = sorted(chosen, key=lambda c: c.start)
    chains: list[list[_Cand]] = []
    for c in ordered:
        if chains:
            last = chains[-1][-1]
            gap = doc[last.end:c.start]
            if (len(gap) == 1 and gap[0].lower_ in LIST_JOINERS) or (
                len(gap) == 2 and gap[0].text == "," and gap[1].lower_ in LIST_JOINERS
            ):
                chains[-1].append(c)
                continue
        chains.append([c])
    relabel: dict[int, str] = {}
    for chain in chains:
        orgs = sum(c.label == "ORG" for c in chain)
        people = sum(c.label == "PER" and (c.end - c.start > 1 or c.priority > _P_MODEL)
                     for c in chain)
        if len(chain) < 2 or orgs <= people or not any(
                c.label == "ORG" and c.priority > _P_MODEL for c in chain):
            continue
        # A lone place among two organisations or more is one too ("Mercadona, Lidl y
        # Carrefour"), in Spanish, whose model often reads a company as a place.
        places = sum(c.label == "LOC" for c in chain)
        kinds = ("MISC", "PER", "LOC") if kn.lang == "es" and orgs >= 2 and \
            orgs > places else ("MISC", "PER")
        for c in chain:
            text = span_text(doc, c.start, c.end)
            if c.priority == _P_MODEL and c.label in kinds and \
                    (c.label != "PER" or c.end - c.start == 1) and \
                    text not in kn.places and doc[c.start].text not in kn.given_names \
                    and text not in kn.demonyms and not _titled(doc, c.start):
                relabel[id(c)] = "ORG"
    out = [c.retyped(relabel[id(c)], _P_CONTEXT, "orgs:list") if id(c) in relabel else c
           for c in ordered]
    if kn.lang == "en":
        merged: list[_Cand] = []
        for c in out:
            prev = merged[-1] if merged else None
            if prev is not None and prev.end == c.start and c.label == "ORG" and \
                    prev.label in ("LOC", "ORG") and \
                    span_text(doc, prev.start, prev.end) in kn.countries \
                    and any(doc[k].text in ORG_HEADS for k in range(c.start, c.end)):
                merged[-1] = _Cand(prev.start, c.end, "ORG", c.priority,
                                   (*c.rules, "orgs:country_in_name"))
                continue
            merged.append(c)
        out = merged
    return _list_tails(kn, doc, out)


def _list_tails(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """ "backers include Sequoia Capital and Accel", "participada por Grupo Sur y
    Inversora Tajo": the last name of a list whose member before it a cue read as an
    organisation is one too, where nothing read it at all (a capitalised word or two the
    model left, closing the clause; not a given name, a surname, a place or a date)."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    found: list[_Cand] = []
    for c in chosen:
        k = c.end + 1
        if not (c.label == "ORG" and c.priority > _P_MODEL and k < len(doc)
                and doc[c.end].lower_ in ("and", "y", "e") and k not in taken):
            continue
        e = k
        while e < len(doc) and e - k < 3 and doc[e].pos_ == "PROPN" and \
                doc[e].text[:1].isupper() and e not in taken:
            e += 1
        closes = e < len(doc) and (doc[e].is_punct or doc[e].text.islower())
        words = [t.text for t in doc[k:e]]
        if e > k and closes and not _title_case(doc[k].sent) and not any(
                w in kn.given_names or w in kn.surnames or w in CALENDAR_WORDS
                or w in NON_NAMES for w in words) and \
                span_text(doc, k, e) not in kn.places and words[0] not in kn.countries:
            found.append(_Cand(k, e, "ORG", _P_CONTEXT, ("orgs:list_tail",)))
    return sorted([*chosen, *found], key=lambda c: c.start) if found else chosen


def _title_case(sent: Span) -> bool:
    """Whether most words of a sentence are capitalised: a headline in title case
    ("X Completes Acquisition of Y and Expands Partnership with Z")."""
    words = [t.text for t in sent if t.is_alpha]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def ampersand_names(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """Two names joined by "&" are one firm's name ("broker Fenwick & Dale", "Marlow &
    Finch"): people and places are not named that way, so whatever cue read a person or
    a second company in either half, or a place or a "misc" name in the whole, the
    whole is one organisation (rule ``cue:ampersand_name``)."""
    out: list[_Cand] = []
    for c in chosen:
        prev = out[-1] if out else None
        if prev is not None and c.start == prev.end + 1 and doc[prev.end].text == "&" \
                and prev.label in ("ORG", "PER") and c.label in ("ORG", "PER"):
            out[-1] = _Cand(prev.start, c.end, "ORG", max(prev.priority, c.priority),
                            (*prev.rules, "cue:ampersand_name"))
            continue
        if c.label in ("LOC", "PER", "MISC") and _inner_ampersand(kn, doc, c):
            c = c.retyped("ORG", c.priority, "cue:ampersand_name")  # "Hartwell & Rowe"
        out.append(c)
    return out


def paired_names(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """Two company names joined by a hyphen before a noun are two companies, the sides of
    what the noun tells: "the Pemberton-Haldane merger", "the Pemberton Foods-Haldane
    Bakeries deal". Each side must stand for a company on its own: named alone in the
    article or the first word of a company named there, or a name closed by a company
    word ("Foods", "Bakeries"); a hyphenated name whose halves the article never uses
    apart stays one ("Mercedes-Benz cars") (rule ``cue:paired_names``)."""
    orgs = [span_text(doc, c.start, c.end) for c in chosen if c.label == "ORG"]
    firsts = {o.split()[0] for o in orgs}
    out: list[_Cand] = []
    for c in chosen:
        k = _pair_hyphen(doc, c)
        if k is not None and all(
            side in orgs or side in firsts or (
                " " in side and fold(side.rsplit(" ", 1)[1]) in FOLDED_TAILS)
            for side in (span_text(doc, c.start, k), span_text(doc, k + 1, c.end))
        ) and orgs.count(span_text(doc, c.start, c.end)) == 1:
            rules = (*c.rules, "cue:paired_names")
            out += [_Cand(c.start, k, "ORG", c.priority, rules),
                    _Cand(k + 1, c.end, "ORG", c.priority, rules)]
            continue
        out.append(c)
    return out


def _pair_hyphen(doc: Doc, c: _Cand) -> int | None:
    """The one hyphen written without spaces inside an organisation's name that
    premodifies a noun ("the Pemberton-Haldane merger")."""
    if c.label != "ORG" or c.end >= len(doc) or doc[c.end].pos_ != "NOUN":
        return None
    hyphens = [k for k in range(c.start + 1, c.end - 1) if doc[k].text == "-"
               and not doc[k - 1].whitespace_ and not doc[k].whitespace_]
    return hyphens[0] if len(hyphens) == 1 else None


def _inner_ampersand(kn: Knowledge, doc: Doc, c: _Cand) -> bool:
    """Whether a "&" written apart joins two capitalised words inside the name, no
    common words ("Law & Order" is a title; "Hartfield & Crane" a firm's partners)."""
    return any(doc[k].text == "&" and doc[k - 1].text[:1].isupper()
               and doc[k + 1].text[:1].isupper() and not kn.is_common(doc[k - 1].text)
               and not kn.is_common(doc[k + 1].text) for k in range(c.start + 1, c.end - 1))


def dropped_mentions_kept(doc: Doc, before: list[_Cand], after: list[_Cand]) -> list[_Cand]:
    """One name, one sense, after the typing constraints: a mention the constraints
    dropped ("Last year Lumora signed", the model's person with no given name) whose
    name they made an organisation elsewhere ("Lumora, a battery start-up") is that
    organisation's mention too (rule ``one_sense:retyped_name``)."""
    after = _echoes_follow(doc, before, after)
    orgs = {span_text(doc, c.start, c.end) for c in after if c.label == "ORG"}
    covered = {i for c in after for i in range(c.start, c.end)}
    kept = [
        c.retyped("ORG", c.priority, "one_sense:retyped_name")
        for c in before
        if span_text(doc, c.start, c.end) in orgs
        and not any(i in covered for i in range(c.start, c.end))
    ]
    return sorted([*after, *kept], key=lambda c: c.start) if kept else after


def _echoes_follow(doc: Doc, before: list[_Cand], after: list[_Cand]) -> list[_Cand]:
    """One name, one sense, after the typing constraints: a person's mention that one
    sense found because the model took it, or a longer name that holds it, for a
    person ("Kerala Jute has good looms ... Jute workers", "la Memoria Anual ... la
    Memoria y los Estados") is no person once no person's name of the article holds
    it: it follows the names it opens or is, an organisation, a place or a thing (rule
    ``one_sense:echo_retyped``), and is dropped where it only modifies a noun or
    follows a determiner, as no person's name does. A mention that stands alone as a
    verb's subject or object ("Sable did not reply") may be a party, and stays; so
    does a mention of a person the constraints kept ("Ivo Marsh ... Marsh said")."""
    texts = _texts(doc)

    def words(c: _Cand) -> tuple[str, ...]:
        return tuple(texts[c.start:c.end])

    names = {words(c) for c in before if _ECHO not in c.rules}
    kept: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for c in after:
        if _ECHO not in c.rules:
            kept[words(c)].add(c.label)
    out: list[_Cand] = []
    for c in after:
        if c.label != "PER" or _ECHO not in c.rules:
            out.append(c)
            continue
        held = words(c)  # (the names that hold it: asked only of one sense's people)
        holders = [n for n in names if _holds(n, held)]
        if not holders or any(_holds(n, held) for n, labels in kept.items() if "PER" in labels):
            out.append(c)
            continue
        # (an organisation is called short by its first words, never by a later one;
        # the name itself left an organisation is ``_one_type``'s to settle)
        labels = {lab for n in holders if n[:len(held)] == held for lab in kept[n]}
        if "ORG" in kept[held]:
            out.append(c)
            continue
        label = next((lab for lab in ("ORG", "LOC", "MISC") if lab in labels), None)
        if label is not None:
            out.append(c.retyped(label, c.priority, "one_sense:echo_retyped"))
        elif not _modifier(doc, c):
            out.append(c)  # a party may be named so ("Sable did not reply"): it stays
    return out


def _modifier(doc: Doc, c: _Cand) -> bool:
    """Whether a name only modifies the common noun after it ("Jute workers"), or
    follows a determiner or a possessive ("the Tarn package", "its Tarn tenements",
    "la Memoria y los Estados"), as a person's name does not."""
    nxt = doc[c.end] if c.end < len(doc) else None
    before = doc[c.start - 1] if c.start > 0 else None
    if doc[c.start].text in ROYAL_TITLES:
        return False  # a sovereign is named by the title: "la Reina", "the Queen"
    if before is not None and before.is_lower and (
            before.pos_ == "DET" or (before.pos_ == "PRON" and before.dep_ == "poss")):
        return True
    return nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower and \
        doc[c.end - 1].dep_ == "compound" and doc[c.end - 1].head.i == nxt.i


def _holds(name: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether the words ``part`` are ``name`` or a run of its words."""
    k = len(part)
    return any(name[i:i + k] == part for i in range(len(name) - k + 1))


# The rule of a name's mention one sense found (``kg.entities.sense``).
_ECHO = "one_sense:mention"


def _one_type(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """One name, one type in an article: where the typing rules left a name both an
    organisation and a person, the better-grounded reading wins for every mention (the
    higher source; on a tie the organisation, since no cue confirmed the person)."""
    best: dict[str, tuple[int, int]] = {}
    labels: dict[str, set[str]] = defaultdict(set)
    for c in chosen:
        if c.label in ("ORG", "PER"):
            text = span_text(doc, c.start, c.end)
            labels[text].add(c.label)
            rank = (c.priority, c.label == "ORG")
            if rank > best.get(text, (-1, False)):
                best[text] = rank
    mixed = {t for t, labs in labels.items() if len(labs) > 1}
    if not mixed:
        return chosen
    return [
        c.retyped("ORG" if best[t][1] else "PER", c.priority, "one_type")
        if c.label in ("ORG", "PER") and (t := span_text(doc, c.start, c.end)) in mixed else c
        for c in chosen
    ]


def _owner_split(kn: Knowledge, doc: Doc, c: _Cand, names: Counter[str], inner_caps: set[str]
) -> list[_Cand]:
    """"FibreCo de Masorange" is two organisations when the article names both
    alone elsewhere (unlike "Banco de Sabadell", whose head never stands alone)."""
    if c.label != "ORG" or c.priority >= _P_GAZ or c.end - c.start < 3:
        return []
    for k in range(c.start + 1, c.end - 1):
        if doc[k].lower_ not in ("de", "del"):
            continue
        left, right = doc[c.start:k], doc[k + 1:c.end]
        if left.text in ORG_HEADS or fold(left[0].text) in FOLDED_HEADS or \
                fold(left[0].text) in GENERIC_HEAD or right[0].lower_ in ("la", "el", "los"):
            return []
        if right.text in kn.places or left.text in kn.places:
            return []
        if names.get(right.text) and _written_alone(doc, c, k) and (left.text in names or (
                len(left) == 1 and left.text in inner_caps
                and sum(1 for t in doc if t.text == left.text) > 1)):
            rules = (*c.rules, "orgs:owner_split")
            return [_Cand(c.start, k, "ORG", _P_CONTEXT, rules),
                    _Cand(k + 1, c.end, "ORG", _P_CONTEXT, rules)]
    return []



def _written_alone(doc: Doc, c: _Cand, k: int) -> bool:
    """Whether the words after the "de" at ``k`` of ``c`` are written somewhere not as
    the tail of the same whole name: "Áridos del Jalón compra ..." names no "Jalón"
    of its own where the model read only that word of the headline's name."""
    whole = [t.text for t in doc[c.start:c.end]]
    right = whole[k + 1 - c.start:]
    lead = len(whole) - len(right)
    return any(
        [t.text for t in doc[s:s + len(right)]] == right
        and [t.text for t in doc[max(0, s - lead):s + len(right)]] != whole
        for s in range(len(doc) - len(right) + 1))


# --- typing constraints read once every name of the article is known ------------------


class _Names:
    """What the article's chosen names say of each other, for the retyping rules."""

    def __init__(self, kn: Knowledge, doc: Doc, chosen: list[_Cand], caps: list[bool]) -> None:
        self.kn, self.doc = kn, doc
        texts = _texts(doc)  # (the doc's words, read once: no Token per word)
        people = [(c.start, c.end) for c in chosen if c.label == "PER" and c.end - c.start > 1]
        self.last_names = {texts[end - 1] for _, end in people}
        self.surnames: dict[tuple[str, ...], int] = {}
        self.person_words: set[str] = set()
        self.word_owners: dict[str, set[int]] = defaultdict(set)
        for start, end in people:
            # A hyphenated surname is one word of the name ("Álvarez-Pallete").
            words = [texts[i] for i in range(start, end)
                     if caps[i] and texts[i].replace("-", "").isalpha()]
            self.person_words.update(words)
            for word in words:
                self.word_owners[word].add(start)
            for size in range(1, len(words)):
                for k in range(1, len(words) - size + 1):
                    self.surnames.setdefault(tuple(words[k:k + size]), start)
        # Reports that name people by one word throughout (sports line-ups, "Rivaldo
        # marcó") do not follow the convention: it is read only where such names are
        # the exception.
        lone = {texts[c.start] for c in chosen if c.label == "PER" and
                c.end - c.start == 1 and c.priority == _P_MODEL and
                texts[c.start] not in self.person_words}
        self.convention = len(lone) <= 3 and kn.lang == "es"
        self.per_ends = {c.end for c in chosen if c.label == "PER"}
        self.per_starts = {c.start for c in chosen if c.label == "PER"}
        # Words capitalised somewhere other than at the start of a sentence.
        inner_at = [i for i in range(len(texts)) if caps[i] and not _opens_sentence(doc, i)]
        inner = {texts[i] for i in inner_at}
        # ... and of those, the words capitalised where no longer name has them
        in_names = {i for c in chosen if c.end - c.start > 1 for i in range(c.start, c.end)}
        self.alone_caps = {texts[i] for i in inner_at if i not in in_names}
        # (a company's first word is its short form: "Altair" of "Altair Foods")
        self.alone_caps.update(texts[c.start] for c in chosen
                               if c.label == "ORG" and c.end - c.start > 1)
        self.inner_caps = inner
        self.inner_caps.update(texts[i] for c in chosen if c.end - c.start > 1
                               for i in range(c.start, c.end))
        self.texts_of = Counter(span_text(doc, c.start, c.end) for c in chosen if c.label != "LOC")
        # Words of the organisations a cue or list (not only the model) found.
        self.org_words = {texts[i] for c in chosen if c.label == "ORG" and
                          c.priority > _P_MODEL for i in range(c.start, c.end)}
        self.org_names = {tuple(texts[c.start:c.end])
                          for c in chosen if c.label == "ORG" and c.end - c.start > 1}
        # The tokens each name covers (a name widened may take no other's word).
        self.owner_of = {i: c.start for c in chosen for i in range(c.start, c.end)}
        # Where each organisation's name is first written.
        self.org_first: dict[tuple[str, ...], int] = {}
        for c in chosen:
            if c.label == "ORG" and c.end - c.start > 1:
                self.org_first.setdefault(tuple(t.text for t in doc[c.start:c.end]), c.start)

    def listed(self, c: _Cand) -> bool:
        """A name listed beside people ("Ann Lobb, Ryan Mirek and Vell")."""
        doc = self.doc
        return (c.start > 1 and doc[c.start - 1].lower_ in LIST_JOINERS
                and c.start - 1 in self.per_ends) or \
            (c.end + 1 < len(doc) and doc[c.end].lower_ in LIST_JOINERS
             and c.end + 1 in self.per_starts)

    def lone_person(self, c: _Cand) -> bool:
        """A one-word person of the model's that no full name, given name, title or
        list of people introduces."""
        text = self.doc[c.start].text
        return c.end - c.start == 1 and c.label == "PER" and c.priority == _P_MODEL and \
            text not in self.person_words and text not in self.kn.given_names and \
            not _titled(self.doc, c.start) and not self.listed(c)


Retyped = list[_Cand] | None  # None: the rule does not apply; []: the name is dropped


def office_or_zone(a: _Names, c: _Cand) -> Retyped:
    """No name at all: a "person" that is only an office ("Mr Speaker", "the Deputy
    Bailiff"), a participle of asking opening a sentence ("Consultado, el presidente
    ..."), a time zone after a clock time ("07:30 CAT") (kg.entities.titles)."""
    if (c.label == "PER" and office_only(a.doc, c)) or asked_opener(a.doc, c) or \
            clock_zone(a.doc, c):
        return []
    return None


def photo_credit(a: _Names, c: _Cand) -> Retyped:
    """A photographer's credit after the outlet's name and a slash, closing a caption's
    brackets or line ("(Suva Times/Mere Tuilagi)", "Foto: Archivo/Lucía Márquez") names
    a person: two or three capitalised words the model took for an organisation, with
    no company word among them."""
    doc = a.doc
    if not (c.label == "ORG" and c.priority == _P_MODEL and 2 <= c.end - c.start <= 3
            and c.start >= 2 and doc[c.start - 1].text == "/"
            and not doc[c.start - 2].whitespace_ and doc[c.start - 2].text[:1].isupper()):
        return None
    after = doc[c.end].text if c.end < len(doc) else "\n"
    if after not in (")", "\n") and "\n" not in doc[c.end - 1].whitespace_ or \
            not _plain_name(doc, c):
        return None
    return [c.retyped("PER", _P_CONTEXT, "retype:photo_credit")]


def _plain_name(doc: Doc, c: _Cand) -> bool:
    """Capitalised words (not all capitals) of which none is a company's word: a
    person's name as credits write it."""
    return not any(
        not w.isalpha() or not w[:1].isupper() or w.isupper() or w in ORG_TAILS
        or w in LEGAL_FORMS or fold(w) in GENERIC_TAIL_WORDS or w in ORG_HEADS
        for w in (t.text for t in doc[c.start:c.end]))


# The nouns of a news wire's credit line before "by"/"por"/"de" ("Reporting by A in
# Accra; Editing by B", "Additional reporting by A", "Reporte de A; Editado en español
# por B").
_CREDIT_WORDS = frozenset({"reporting", "writing", "editing", "compiled", "reporte",
                           "redacción", "editado", "edición", "escrito", "español"})


def credit_line(a: _Names, c: _Cand) -> Retyped:
    """A name after a wire's credit ("Reporting by Ama Serwaa in Accra", "Editado en
    español por Ana Gil") is a reporter's or an editor's: two or three capitalised words
    the model took for an organisation, with no company word among them. The credit's
    own word before its "by" / "por" ("Editado", "Editing") is no name at all."""
    doc = a.doc
    if c.end - c.start == 1 and doc[c.start].lower_ in _CREDIT_WORDS and \
            c.end < len(doc) and doc[c.end].lower_ in ("by", "por", "de", "en", "in"):
        return []  # the credit's own word: "Editado en español por B", "Editing by B"
    if not (c.label in ("ORG", "MISC") and c.priority == _P_MODEL and
            2 <= c.end - c.start <= 3 and c.start >= 2 and
            doc[c.start - 1].lower_ in ("by", "por", "de") and
            doc[c.start - 2].lower_ in _CREDIT_WORDS):
        return None
    if not _plain_name(doc, c):
        return None
    return [c.retyped("PER", _P_CONTEXT, "retype:credit_line")]


def owner_split(a: _Names, c: _Cand) -> Retyped:
    return _owner_split(a.kn, a.doc, c, a.texts_of, a.inner_caps) or None


def trade_name(a: _Names, c: _Cand) -> Retyped:
    """Spanish: a "person" of the model's whose first word is a trade or product noun
    ("Destilerías Monforte", "Conservas Arbeo", "Celulosa Pangal"), or with a
    capitalised agentive noun of a trade in -dora ("Norpacífico Fundidora",
    "Comercializadora Andina": "la empresa fundidora"), is a company; so is a "place"
    or a "thing" of the model's that a trade noun opens, its place or founder after it
    ("Cuchillería Albacete", "Conservas Vigo", "Ferretería Soria"), and one that an
    agentive noun or an adjective of a trade opens (``retype:trade_word``: "Aceleradora
    Tormes", "Conservera Brocal", ``Knowledge.trade_adjective``). A shop's noun opens
    a "person" too, Spanish or Portuguese and Galician, with or without its accent
    ("Panadería Ruiz Soto", "Charcutaria Beira Alta", "Panaderia San Roque")."""
    if not (a.kn.lang == "es" and c.priority == _P_MODEL and c.end - c.start > 1):
        return None
    first = a.doc[c.start]
    if c.label in ("LOC", "MISC"):
        trade = first.text in TRADE_HEADS or (
            len(first.text) >= 8 and fold(first.text).endswith(("eria", "erias")))
        if trade:
            return [c.retyped("ORG", _P_CONTEXT, "retype:trade_name")]
        # an agentive noun or an adjective of a trade standing for the company it
        # names ("Aceleradora Tormes", "Conservera Brocal": "la empresa conservera")
        if (_trade_agent_noun(a.kn, first.text) or a.kn.trade_adjective(first.text)) and \
                a.doc[c.start:c.end].text not in a.kn.places:
            return [c.retyped("ORG", _P_CONTEXT, "retype:trade_word")]
        return None
    if c.label != "PER":
        return None
    if first.text in TRADE_HEADS or (
            first.text[:1].isupper() and first.lower_ in _COMPANY_NOUNS) or any(
            trade_agent(a.kn, t.text) for t in a.doc[c.start:c.end]) or \
            _shop_noun(a.kn, first.text):
        return [c.retyped("ORG", _P_CONTEXT, "retype:trade_name")]
    return None


def _trade_agent_noun(kn: Knowledge, word: str) -> bool:
    """An agentive noun in -dora of a trade (``trade_agent``), not of a person's office
    ("Regidora de Cultura", "Senadora Ruiz" name a woman by her office)."""
    folded = fold(word)
    return trade_agent(kn, word) and not ({folded, folded[:-1]} & _OFFICE_ROLES)


_OFFICE_ROLES = PERSON_ROLES | TERRITORIAL_ROLES


# Endings of the nouns of a shop or a workshop: Spanish -ería ("panadería",
# "charcutería"), Portuguese and Galician -aria ("charcutaria", "padaria"), and French
# -erie, as the Spanish press writes a French firm's name ("Fromageries Brie", "Boulangerie
# Aubert").
_SHOP_ENDINGS = ("eria", "erias", "aria", "arias", "erie", "eries")


def _shop_noun(kn: Knowledge, word: str) -> bool:
    """A capitalised noun of a shop opening a name ("Panadería", "Charcutaria"), no
    given name or surname ("Echevarria", "Rosaria")."""
    return word[:1].isupper() and len(word) >= 8 and fold(word).endswith(_SHOP_ENDINGS) \
        and word not in kn.given_names and word not in kn.surnames


def article_opened(a: _Names, c: _Cand) -> Retyped:
    """Spanish: a "person" of the model's that an article opens ("La Montañesa
    Gourmet cotiza", "la marca El Buen Pastor", "reformar el Costa Teguise Palace") is
    no person: Spanish writes no article before a person's name. It is a place the
    lists know ("La Guajira"), else a name of something else, which nothing here says
    is an organisation's (a company's short form is, by ``name_of_company``, which runs
    first)."""
    if not (a.kn.lang == "es" and c.label == "PER" and c.priority == _P_MODEL):
        return None
    doc = a.doc
    if c.end - c.start > 1 and doc[c.start].text in _NAME_ARTICLES:
        start = c.start
    elif c.start > 0 and doc[c.start - 1].text in _NAME_ARTICLES and \
            doc[c.start].text not in a.kn.given_names:
        start = c.start - 1
    elif c.start > 0 and doc[c.start - 1].text in _LOWER_ARTICLES and \
            doc[c.start].text not in a.kn.given_names:
        # "reformar el Guayarmina Lanzarote", "la venta del Mirador Atlántico": a
        # thing named, a hotel, a ship, a building; the article is the sentence's
        start = c.start
    else:
        return None
    text = span_text(doc, start, c.end)
    after_article = span_text(doc, start + 1, c.end) if start < c.start else ""
    if text in a.kn.places or is_city(text) or after_article in a.kn.places:
        # a place keeps its article: "La Guajira", "Las Vegas", "El Salvador"
        return [_Cand(start, c.end, "LOC", c.priority, (*c.rules, "retype:article_place"))]
    return [_Cand(start, c.end, "MISC", c.priority, (*c.rules, "retype:article_opened"))]


_NAME_ARTICLES = frozenset({"La", "El", "Los", "Las"})


def the_named(a: _Names, c: _Cand) -> Retyped:
    """English: a "person" after "the", as the head of its noun phrase
    ("the Carl Wexford sailed", "The Ada Lowell docked at"), names a ship, a building or
    a prize: English puts no article before a person's name. A name that only
    modifies what follows keeps its person ("the Ann Kerr era", "the Tom Fry-led fund",
    "the Ann Kerr Foundation")."""
    if not (a.kn.lang == "en" and c.label == "PER" and c.priority <= _P_PERSON
            and c.end - c.start >= 2):
        return None
    doc = a.doc
    if doc[c.start].text == "The" and c.end - c.start >= 3:
        start = c.start
    elif c.start > 0 and doc[c.start - 1].lower_ == "the":
        start = c.start - 1
    else:
        return None
    nxt = doc[c.end] if c.end < len(doc) else None
    if nxt is None or nxt.pos_ in ("VERB", "AUX") or nxt.text in (",", ".", ";", ":", ")") \
            or _named_site(doc, c.end):
        return [_Cand(start, c.end, "MISC", c.priority, (*c.rules, "retype:the_named"))]
    if start == c.start:  # the article is no word of the name: "The Tom Fry-led fund"
        return [_Cand(c.start + 1, c.end, "PER", c.priority, (*c.rules, "retype:the_named"))]
    return None


def _named_site(doc: Doc, k: int) -> bool:
    """Whether a site noun (``SITE_NOUNS``) heads the lower-case words from ``k``, at
    most one before it: "the Lucy Grant copper mine", "the Ada Pell field" name the
    site, where "the Ann Kerr era" keeps its person."""
    for j in (k, k + 1):
        if j >= len(doc) or not doc[j].is_lower:
            return False
        if doc[j].lower_ in SITE_NOUNS:
            return True
    return False


_LOWER_ARTICLES = frozenset({"el", "la", "los", "las", "del", "al"})


def name_of_company(a: _Names, c: _Cand) -> Retyped:
    """A "person" (or "misc" name) of the model's whose words end, or open, an
    organisation's longer name in the article is that organisation's short form: "La
    Esperanza Norteña" of "Seguros La Esperanza Norteña", "Mekong Coldway" of "Mekong
    Coldway Logistics". Not a name a given name opens ("Charles Schwab" of "Charles
    Schwab Corp").

    A "place" is so only after the company's name, and when no known place is written
    so: "Sierra Alta" of "Grupo Lácteo Sierra Alta, S.A." named first, not "Buenos
    Aires" of "Aeropuertos Buenos Aires". (One word was tried too: "Peñafría" of "Grupo
    Lácteo Peñafría"; a held-out set lost a person by it, a founder's surname alone.)"""
    if not (c.label in ("PER", "MISC", "LOC") and c.priority == _P_MODEL
            and c.end - c.start > 1) or a.doc[c.start].text in a.kn.given_names:
        return None
    words = tuple(t.text for t in a.doc[c.start:c.end])
    size = len(words)
    later = c.label == "LOC"
    if later and (" ".join(words) in a.kn.places or fold(" ".join(words)) in folded_places()):
        return None
    short = canonical_key(" ".join(words)).split()
    # Only where the article's organisations are then resolved as one (the words
    # dropped are a trade, a head or a tail word): else the name would stand alone.
    if any(len(name) > size and (_less_legal_form(name)[-size:] == words
                                 or name[:size] == words) and
           (not later or a.org_first[name] < c.start) and
           _is_short_org(short, canonical_key(" ".join(name)).split(), a.kn.generic_word,
                         a.kn.lang or "")
           for name in a.org_names):
        return [c.retyped("ORG", _P_CONTEXT, "retype:name_of_company")]
    return _name_cut_short(a, c, words)


def _name_cut_short(a: _Names, c: _Cand, words: tuple[str, ...]) -> Retyped:
    """A "person" of the model's whose words are part of an organisation's longer name
    that the text writes whole there, the model having cut it at either end ("Moldes
    Aveiro Norte makes moulds", where the model took "Moldes Aveiro" or "Aveiro
    Norte"): that organisation's name, whole."""
    if c.label != "PER":
        return None
    size, texts = len(words), token_texts(a.doc)
    for name in a.org_names:
        for lead in range(len(name) - size + 1):
            start = c.start - lead
            if len(name) > size and name[lead:lead + size] == words and start >= 0 \
                    and tuple(texts[start:start + len(name)]) == name and all(
                        a.owner_of.get(i, c.start) == c.start
                        for i in range(start, start + len(name))):
                rules = (*c.rules, "retype:name_cut_short")
                return [_Cand(start, start + len(name), "ORG", _P_CONTEXT, rules)]
    return None


def _less_legal_form(name: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without the legal form and comma that close it ("Grupo Lácteo
    Sierra Alta, S.A." → "Grupo Lácteo Sierra Alta")."""
    end = len(name)
    while end > 1 and (name[end - 1] in LEGAL_FORMS or name[end - 1] == ","):
        end -= 1
    return name[:end]


def family_name(a: _Names, c: _Cand) -> Retyped:
    """A surname after "la familia" or before "family" names a family, not a person nor
    a company: "la familia Dávila controla el 40 %", "the Walton family sold shares"."""
    if c.label not in ("PER", "ORG") or c.priority >= _P_GAZ:
        return None
    doc = a.doc
    before = doc[c.start - 1].lower_ if c.start > 0 else ""
    after = doc[c.end].lower_ if c.end < len(doc) else ""
    if (a.kn.lang == "es" and before in ("familia", "familias") and doc[c.start - 1].is_lower) \
            or (a.kn.lang == "en" and after in ("family", "families")
                and doc[c.end].is_lower) or _family_plural(a, c):
        return [c.retyped("MISC", c.priority, "retype:family_name")]
    return None


def _family_plural(a: _Names, c: _Cand) -> bool:
    """A surname of a person the article names, after the plural article, names the
    family ("Klaus Brandt ... the Brandts sold", "Ramón Garcés ... los Garcés
    vendieron"): English marks the plural on the name, Spanish only on the article.
    Whichever rule read it (the model, or a relative clause or a role after it: "The
    Brandts, who own the mill,")."""
    doc = a.doc
    start = c.start
    if c.end - start == 2 and doc[start].text == "The" and doc[start].is_sent_start:
        start += 1  # a cue's "The Brandts, who own it": the article opens the sentence
    if c.end - start != 1 or start == 0 or c.priority >= _P_GAZ:
        return False
    word, before = doc[start].text, doc[start - 1]
    if a.kn.lang == "en" and before.lower_ == "the" and word.endswith("s"):
        return word[:-1] in a.last_names or (word.endswith("es") and word[:-2] in a.last_names)
    return a.kn.lang == "es" and before.text in ("los", "Los") and word in a.last_names


def acronym_person(a: _Names, c: _Cand) -> Retyped:
    """A one-word "person" of the model's written as an acronym in running text ("la
    compañía de Florentino Pérez, ACS, gana") is no person: a name in capitals outside
    a headline with at most three letters or one vowel ("ACS", "KKR", "BBVA") that is no
    known given name or surname. It is dropped, not made an organisation: alone it may
    be a party, a union or a product as well (CoNLL testb's organisations fell when it
    was typed one)."""
    if not (c.label == "PER" and c.priority == _P_MODEL and c.end - c.start == 1):
        return None
    tok = a.doc[c.start]
    text = tok.text
    if not (text.isalpha() and text.isupper() and 2 <= len(text) <= 4) or \
            _shouting(tok.sent) or text.title() in a.kn.given_names or \
            text.title() in a.kn.surnames:
        return None
    if len(text) <= 3 or sum(ch in "AEIOU" for ch in text) <= 1:
        return []
    return None


# Nouns of a kind of company, capitalised as a name's first word ("Inversora Sella",
# "Constructora Ebro"); not the descriptors that may stand before a person.
_COMPANY_NOUNS = (DESCRIPTORS | ORG_DESCRIPTORS) - {
    "rival", "competidora", "peer", "gigante", "giant", "club", "equipo", "team", "partido",
    "owner", "parent", "investor", "inversor", "backer", "auditor", "maker", "developer",
    "producer", "supplier", "provider", "vendor", "daily", "outlet", "unicornio", "unicorn"}


def sentence_opener(a: _Names, c: _Cand) -> Retyped:
    """A common word capitalised only as a sentence opens, and not its subject
    ("Beneficios de la operación", not "Shell agreed to buy"), or a Spanish verb there
    (``_verb_opener``)."""
    if c.end - c.start != 1 or c.priority != _P_MODEL:
        return None
    text = span_text(a.doc, c.start, c.end)
    if a.kn.lang == "es" and _copula(a, c.start):
        return []  # wherever capitalised: "¿Está vendida?", "OTERO: Está firmada la venta"
    # A common word counts as a name where it is capitalised alone, not where it is a
    # word of a longer name ("Energía" of "Secretaría de Energía" makes no heading
    # "Energía para la planta" a company).
    capitalised = a.alone_caps if a.kn.is_common(text) else a.inner_caps
    # (a verb after an abbreviation's stop is capitalised "inside" the sentence the
    # parser ran on: no name, however often so written)
    if not _after_abbreviation_stop(a, c.start) and (
            text in capitalised or not _opens_sentence(a.doc, c.start) or
            text in a.kn.given_names):
        return None
    if text in INTERJECTIONS:
        return []  # a speaker's greeting or thanks: "MARTA GIL: Hola a todos"
    if _verb_opener(a, c.start) and not company_apposition(a.kn, a.doc, c):
        return []
    if a.kn.is_common(text) and (not a.doc[c.start].dep_.startswith("nsubj") or (
                # English: the tagger read a plural common noun ("Travellers say")
                a.kn.lang == "en" and a.doc[c.start].tag_ == "NNS")):
        return []
    return None


def particle_opened(a: _Names, c: _Cand) -> Retyped:
    """A model's "person" that a lower-case particle opens, whose other words are all
    common nouns ("del Directorio" of a letter's "Presidente del Directorio" line, "de
    Ventas"), is the complement of a title, no name: a surname alone keeps its particle
    before a name's word ("de Guindos"), not before a common noun."""
    if c.label != "PER" or c.priority != _P_MODEL or c.end - c.start < 2:
        return None
    doc = a.doc
    first = doc[c.start]
    words = [t for t in doc[c.start + 1:c.end] if t.is_alpha]
    if first.is_lower and first.lower_ in NAME_PARTICLES and words and \
            all(a.kn.is_common(t.text) for t in words):
        return []
    return None


def _after_abbreviation_stop(a: _Names, i: int) -> bool:
    """Spanish: a first person plural verb right after an abbreviation's period ("...
    de Bodegas Orosí, S.A. Estamos revisando ..."): the period of a sentence
    that ends in an abbreviation is written once, and also ends the sentence, which
    the parser runs on."""
    prev = a.doc[i - 1].text if i > 0 else ""
    return len(prev) > 1 and prev.endswith(".") and a.kn.lang == "es" and \
        _we_form(a.kn, a.doc[i].text)


def _verb_opener(a: _Names, i: int) -> bool:
    """Spanish: a verb that opens its sentence before a comma, a colon or a preposition
    ("Consultado por este diario, ...", "Conviene, sin embargo, ...", a page's
    "Escríbanos: redaccion@..."), which the
    tagger may take for a name and its subject; a company named so is described by
    its apposition ("Avanza, la operadora de autobuses, ...") or named elsewhere in
    the sentence's middle (``sentence_opener``)."""
    doc = a.doc
    word = doc[i].text
    if a.kn.lang == "es" and _we_form(a.kn, word):
        return True
    return a.kn.lang == "es" and i + 1 < len(doc) and \
        (doc[i + 1].text in (",", ":") or doc[i + 1].lower_ in ("por", "a", "en", "con", "que")) \
        and (a.kn.is_verb_form(word) or _enclitic_imperative(a.kn, word)) and \
        word.lower() not in a.kn.stop_words


def _copula(a: _Names, i: int) -> bool:
    """Spanish: a form of "estar", "ser" or "haber" opening its sentence, which the
    tagger reads as an auxiliary ("Está firmada la venta", "Hay dudas"): no
    name, whatever follows it."""
    word = a.doc[i].text
    return a.doc[i].pos_ == "AUX" and a.doc[i].lemma_.lower() in _COPULAS and \
        word not in a.kn.surnames and word not in a.kn.given_names


_COPULAS = frozenset({"estar", "ser", "haber"})


# Spanish endings of the first person plural ("vendimos", "compramos", "cumplimos"),
# which a speaker telling what "we" did opens a sentence with.
_WE_ENDINGS = ("amos", "emos", "imos")


def _we_form(kn: Knowledge, word: str) -> bool:
    """A Spanish verb in the first person plural, whatever follows it ("Vendimos bien y
    a tiempo", "Compramos la nave en 2019"): no name is so shaped but a surname
    ("Ramos"), which the surname lists keep."""
    return len(word) >= 6 and word.lower().endswith(_WE_ENDINGS) and \
        word not in kn.surnames and word not in kn.given_names and kn.is_verb_form(word)


# Spanish pronouns written onto the end of an imperative or a gerund ("Escríbanos",
# "Suscríbete", "Síguenos", "Descárguelo").
_ENCLITICS = ("nos", "los", "las", "les", "me", "te", "se", "lo", "la", "le")


def _enclitic_imperative(kn: Knowledge, word: str) -> bool:
    """Spanish: a verb with an enclitic pronoun, which the written accent the pronoun
    moves onto the stem marks ("Escríbanos a ...", "Síguenos en ..."): the verb less
    the pronoun is a form of a verb of the lemma lists."""
    if not any(ch in "áéíóú" for ch in word[:-2]):
        return False
    lower = word.lower()
    return any(lower.endswith(p) and len(lower) - len(p) >= 4 and
               kn.is_verb_form(lower[:-len(p)]) for p in _ENCLITICS)


def title_word(a: _Names, c: _Cand) -> Retyped:
    """Part of a title: "Defense Minister", "Finance Minister"."""
    doc = a.doc
    if c.end - c.start == 1 and c.priority == _P_MODEL and c.end < len(doc) and \
            doc[c.end].text in HONORIFICS and a.kn.is_common(span_text(doc, c.start, c.end)):
        return []
    return None


def role_word(a: _Names, c: _Cand) -> Retyped:
    """A one-word "organisation" of the model's that is a person's role or office after
    a determiner ("firma el Juez, Lic. Ana Ruiz", "the Treasurer said") is no name: an
    office is held by a person at an organisation, and names neither. Not a firm named
    like a role, which takes no article ("Coach said sales of its handbags rose"), nor
    the roles that also name a body or a firm ("Defensa" for its ministry, "Premier")."""
    doc = a.doc
    if c.label == "ORG" and c.priority == _P_MODEL and c.end - c.start == 1 and \
            c.start > 0 and doc[c.start - 1].lower_ in _ROLE_DETERMINERS and \
            doc[c.start].lower_ in PERSON_ROLES - _ROLE_NAMESAKES:
        return []
    return None


_ROLE_DETERMINERS = frozenset({"el", "la", "los", "las", "del", "al", "the", "our", "their"})
# Roles that also name a body or are a company's name ("Defensa adjudicó ...").
_ROLE_NAMESAKES = frozenset({"defensa", "premier", "broker", "dealer", "trader", "corredor"})


def country(a: _Names, c: _Cand) -> Retyped:
    """A country the model took for an organisation."""
    if c.end - c.start == 1 and c.priority == _P_MODEL and c.label == "ORG" and \
            span_text(a.doc, c.start, c.end) in a.kn.countries:
        return [c.retyped("LOC", c.priority, "retype:country")]
    return None


def city_and_state(a: _Names, c: _Cand) -> Retyped:
    """A city the model took for a person or an organisation, written with its state
    or country after a comma ("a Boise, Idaho, start-up", "de Rosario, Santa Fe,",
    "GUADALAJARA, Jal."): that is how a place is written, and its state too."""
    doc = a.doc
    if c.priority != _P_MODEL or c.label not in ("PER", "ORG"):
        return None
    text = span_text(doc, c.start, c.end)
    if text in STATE_ABBREVIATIONS and c.start > 1 and doc[c.start - 1].text == "," and \
            is_city(doc[c.start - 2].text.title()):
        return [c.retyped("LOC", c.priority, "retype:city_and_state")]  # "GUADALAJARA, Jal."
    if c.end + 2 > len(doc) or doc[c.end].text != "," or not (
            is_city(text) or (text.isupper() and is_city(text.title()))):
        return None
    k = c.end + 1
    end = k
    while end < len(doc) and end - k < 3 and doc[end].text[:1].isupper():
        end += 1
    if end > k and (span_text(doc, k, end) in a.kn.places
                    or span_text(doc, k, end) in STATE_ABBREVIATIONS):
        return [c.retyped("LOC", c.priority, "retype:city_and_state")]
    return None


def town_of_province(a: _Names, c: _Cand) -> Retyped:
    """A one-word name the model read as a person or an organisation, written with the
    province or region it lies in between brackets ("con sede en Calamar (Teruel)",
    "a mill at Kelso (Roxburghshire)"): that is how a town is written (rule
    ``retype:town_of_province``); a country in brackets may follow a company's name
    ("Acme (Chile)"), a province does not."""
    doc, e = a.doc, c.end
    if c.priority != _P_MODEL or c.label not in ("PER", "ORG") or c.end - c.start != 1 \
            or e + 2 >= len(doc) or doc[e].text != "(":
        return None
    k = e + 1
    end = k
    while end < len(doc) and end - k < 3 and doc[end].text[:1].isupper():
        end += 1
    place = span_text(doc, k, end)
    if end > k and end < len(doc) and doc[end].text == ")" and place in a.kn.places \
            and place not in a.kn.countries:
        return [c.retyped("LOC", c.priority, "retype:town_of_province")]
    return None


def trade_modifier(a: _Names, c: _Cand) -> Retyped:
    """English: a common noun opening a sentence before a company noun and a name
    ("Logistics firm Ardmore Logistics", "Mining group Kestrel Ore") is the trade that
    describes the company, not a name of its own."""
    doc = a.doc
    if not (a.kn.lang == "en" and c.priority == _P_MODEL and c.label == "ORG"
            and c.end - c.start == 1 and _opens_sentence(doc, c.start)
            and c.end + 1 < len(doc) and doc[c.end].lower_ in DESCRIPTORS
            and doc[c.end].is_lower and doc[c.end + 1].text[:1].isupper()
            and a.kn.is_common(doc[c.start].text)):
        return None
    return []


def city_modifier(a: _Names, c: _Cand) -> Retyped:
    """English: a city the model took for an organisation, before a noun of a kind of
    firm that "a" or the firm's name after it frames ("a Halifax outfit", "Halifax fund
    manager Kestrel Capital"), is the place the firm is from. Not before a noun of a
    relation between companies ("a Toyota supplier", "Toyota rival X"), whose word
    before is the other company, nor of a club, which a city names ("Leeds club
    chairman X"), nor before anything else ("a Toyota spokesman", "Leeds manager X")."""
    doc = a.doc
    if not (a.kn.lang == "en" and c.label == "ORG" and c.priority == _P_MODEL and
            c.end + 1 < len(doc) and c.start > 0):
        return None
    text = span_text(doc, c.start, c.end)
    if text.isupper() or not is_city(text):
        return None
    nouns = [t for t in doc[c.end:c.end + 2] if t.is_lower and t.is_alpha and
             t.pos_ in ("NOUN", "PROPN")]
    if not nouns or nouns[0].i != c.end:
        return None
    kind = {t.lower_ for t in nouns} & (DESCRIPTORS | _FIRM_KINDS) - _SPORTS_KINDS
    after = nouns[-1].i + 1
    named = after < len(doc) and doc[after].text[:1].isupper()
    if kind and not kind & _RELATION_NOUNS and (doc[c.start - 1].lower_ in ("a", "an") or named):
        return [c.retyped("LOC", c.priority, "retype:city_modifier")]
    return None


# Kinds of firm besides the descriptors ("a Halifax outfit").
_FIRM_KINDS = frozenset({"outfit", "house", "shop", "boutique"})
# A club is named after its city ("Leeds club chairman X"): no place there.
_SPORTS_KINDS = frozenset({"club", "team", "equipo", "escudería"})
# Nouns of a relation between two companies: the word before them is the other one.
_RELATION_NOUNS = frozenset({"supplier", "rival", "peer", "owner", "parent", "subsidiary",
                             "vendor", "partner", "customer", "client", "affiliate"})


def national_arm(a: _Names, c: _Cand) -> Retyped:
    """"Danone España", "Telefónica Argentina": a company's national arm."""
    if c.end - c.start == 1 or c.priority != _P_MODEL or c.label == "ORG":
        return None
    doc, kn = a.doc, a.kn
    span = doc[c.start:c.end]
    if span[-1].text in kn.countries and span_text(doc, c.start, c.end - 1) \
            not in kn.places and span[0].text not in kn.given_names and \
            span[-2].lower_ not in CONNECTORS and span.text not in kn.places and \
            fold(span[0].text) not in NOT_COMPANY_HEADS:
        return [c.retyped("ORG", _P_CONTEXT, "retype:national_arm")]
    return None


def not_a_name(a: _Names, c: _Cand) -> Retyped:
    """Days, months, currency codes and acronyms of business terms are no names; nor is
    an honorific alone ("Sra." of "Ana Llopis, Sra. Llopis para sus empleados"; the
    model's "organisation" "Hon" of "the chair, Hon. Ebrima Sowe,"), a
    credit rating ("hasta BBB+", "cut to Baa3"), a hashtag ("la etiqueta #NoAlCierre") or
    the label of a telephone number ("Tel. 982 000 111")."""
    doc = a.doc
    if c.start > 0 and doc[c.start - 1].text == "#" and not doc[c.start - 1].whitespace_:
        return []
    if c.end - c.start != 1:
        return None
    text = span_text(doc, c.start, c.end)
    if (
        text in CALENDAR_WORDS or text.title() in CALENDAR_WORDS or text in NON_NAMES
        or len(text) == 1 or (text in a.kn.currencies and c.priority < _P_GAZ)
        or (c.label == "PER" and text in HONORIFICS and text.endswith("."))
        or (c.label == "ORG" and c.priority == _P_MODEL and text in _SHORT_HONORIFICS
            and _name_follows(doc, c.end))
        or (_RATING.fullmatch(text) and c.priority < _P_GAZ)
        or (text.rstrip(".") in _CONTACT_WORDS and _number_follows(doc, c.end))
        or text in STYLES or span_text(doc, c.start, min(len(doc), c.end + 1)) in STYLES
    ):
        return []
    return None


def bare_legal_form(a: _Names, c: _Cand) -> Retyped:
    """A company's legal form written short after a determiner refers back to the
    company by its form, as "la sociedad" does: it is no name of its own ("socia
    mayoritaria de la SAC", "the LLC's two members"). Unless the gazetteer lists it."""
    doc = a.doc
    if c.label != "ORG" or c.priority >= _P_GAZ or c.end - c.start != 1 or c.start == 0 \
            or doc[c.start - 1].lower_ not in DEFINITE_DETERMINERS:
        return None
    text = doc[c.start].text
    if len(text) <= _LEGAL_ABBREVIATION and (text in LEGAL_FORMS or fold(text) in LEGAL_FOLDED):
        return []
    return None


# The longest legal form written short ("S.A.C."); longer ones are words ("Limited",
# "Corporation") a document may capitalise as its defined name for the company.
_LEGAL_ABBREVIATION = 6


def day_name(a: _Names, c: _Cand) -> Retyped:
    """A name that ends in a day of the week names that day, a sales day or a feast,
    not an organisation ("Black Friday", "Cyber Monday", "Giving Tuesday"): English
    writes a company's name after its day only with "on" ("The Mail on Sunday"), and a
    club's after its town ("Sheffield Wednesday": a place before the day)."""
    doc = a.doc
    if a.kn.lang != "en" or c.label != "ORG" or c.priority >= _P_GAZ or \
            c.end - c.start < 2 or doc[c.end - 1].text not in _DAYS or \
            doc[c.end - 2].lower_ in ("on", "of"):
        return None
    before = doc[c.end - 2].text
    if before in a.kn.places or is_city(before):
        return None
    return [c.retyped("MISC", c.priority, "retype:day_name")]


def short_month(a: _Names, c: _Cand) -> Retyped:
    """A month written short, in capitals or not, after a day or before a year or a day
    ("4 NOV 2026 · 09:10", "12 Dic. 2025", "Sep 3"), is a date's word in a byline or a
    dateline, no name: a results line or the model may take it for a team or a person."""
    doc = a.doc
    if c.end - c.start != 1 or c.priority >= _P_GAZ or \
            doc[c.start].text.rstrip(".").title() not in MONTH_ABBREVIATIONS:
        return None
    day = c.start > 0 and doc[c.start - 1].text.isdigit() and len(doc[c.start - 1].text) <= 2
    after = doc[c.end].text.rstrip(",.") if c.end < len(doc) else ""
    return [] if day or (after.isdigit() and len(after) in (1, 2, 4)) else None


def stage_direction(a: _Names, c: _Cand) -> Retyped:
    """A transcript's stage direction in brackets ("[Aplausos]", "(Risas)", "[Applause]",
    "(Aplausos prolongados)", lexicon ``stage_directions``) is the audience's noise, no
    name."""
    doc = a.doc
    if not (c.start > 0 and doc[c.start - 1].text in ("(", "[")
            and doc[c.start].text in STAGE_DIRECTIONS and c.priority < _P_GAZ):
        return None
    k = c.start + 1
    while k < len(doc) and doc[k].is_lower and k - c.start <= 2:
        k += 1  # "(Aplausos prolongados)"
    return [] if k < len(doc) and doc[k].text in (")", "]") else None


# The labels of a contact line's numbers ("Tel. 982 000 111", "Fax: +852 2111 0001").
_CONTACT_WORDS = frozenset({"Tel", "Tél", "Telf", "Tlf", "Tlfno", "Tfno", "Teléfono",
                            "Telephone", "Fax", "Ph", "Phone", "Mob", "Mobile", "Móvil",
                            "Cel", "Celular"})


def _name_follows(doc: Doc, k: int) -> bool:
    """Whether a capitalised word follows token ``k`` (over an abbreviation's ".")."""
    if k < len(doc) and doc[k].text == ".":
        k += 1
    return k < len(doc) and doc[k].is_alpha and doc[k].is_title


# Honorifics written short, which only a name follows ("Hon.", "Dr", "Sra."): not the
# words of an office that also name a body or a firm ("Premier", "Speaker").
_SHORT_HONORIFICS = frozenset(h for h in HONORIFICS if h.endswith(".") or h in (
    "Hon", "Dr", "Mr", "Mrs", "Ms", "Sir", "Dame"))


def _number_follows(doc: Doc, k: int) -> bool:
    """Whether a telephone number follows token ``k`` (over "." and ":")."""
    while k < len(doc) and doc[k].text in (".", ":"):
        k += 1
    return k < len(doc) and (doc[k].text[:1].isdigit() or doc[k].text[:1] == "+")


# The long-term grades of the rating agencies (S&P's and Fitch's "BBB+", Moody's
# "Baa3"), which name no one; not one letter ("A"), nor "B"/"C" alone.
_RATING = re.compile(r"(?:AAA|AA|BBB|BB|CCC|CC|Aaa|Aa[1-3]|Baa[1-3]|Ba[1-3]|Caa[1-3])[+-]?")


def demonym(a: _Names, c: _Cand) -> Retyped:
    """A nationality word ("Italian") is no organisation or person."""
    text = span_text(a.doc, c.start, c.end)
    if c.label in ("ORG", "PER") and (
            (c.end - c.start == 1 and (text in a.kn.demonyms or (
                text.endswith("s") and text[:-1] in a.kn.demonyms)))
            # "S. Korean", "North Korean": a compass point and a nationality word
            or (c.end - c.start == 2 and a.doc[c.end - 1].text in a.kn.demonyms
                and a.doc[c.start].text.rstrip(".") in _COMPASS_WORDS)):
        return [c.retyped("MISC", c.priority, "retype:demonym")]
    if c.label == "ORG" and c.end - c.start == 1 and text in RELIGIOUS_ADJECTIVES:
        # a religion's adjective alone ("the ruling Moslem party"): no organisation
        return [c.retyped("MISC", c.priority, "retype:religion")]
    return None


_COMPASS_WORDS = frozenset({"N", "S", "E", "W", "North", "South", "East", "West"})



def institution_word(a: _Names, c: _Cand) -> Retyped:
    """English: a one-word "person" that is a word for an institution ("Police said")."""
    if a.kn.lang == "en" and c.label == "PER" and c.end - c.start == 1 and \
            c.priority == _P_MODEL and a.doc[c.start].lower_ in INSTITUTION_WORDS:
        return []
    return None


def bare_state(a: _Names, c: _Cand) -> Retyped:
    """A word for the state alone ("el Estado", "el Gobierno", "the Government") names
    no organisation, unless it is the short form of a longer name the article gives
    ("Gobierno de Navarra ... el Gobierno") or the article's dateline says whose it is
    ("Quito, 9 mar (EFE). El Gobierno ...": ``institutions.owners``)."""
    if c.end - c.start != 1 or c.label not in ("ORG", "PER") or c.priority >= _P_GAZ:
        return None
    text = a.doc[c.start].text
    if text not in BARE_STATE_WORDS or any(name[0] == text for name in a.org_names):
        return None
    return [] if dateline_place(a.doc) is None else None


def bare_market(a: _Names, c: _Cand) -> Retyped:
    """A word for the stock market alone ("cotiza en Bolsa", "su salida a Bolsa", "listed
    on the Bourse") names no organisation: the exchange has a name of its own ("Bolsa de
    Madrid"), which the article gives where it matters."""
    if c.end - c.start != 1 or c.label not in ("ORG", "PER") or c.priority >= _P_GAZ:
        return None
    return [] if a.doc[c.start].text in BARE_MARKET_WORDS else None


def quoted_title(a: _Names, c: _Cand) -> Retyped:
    """English: a name in quotes that no other name surrounds is a title (a film, a
    book, a project), not a person: over "Michael Collins", his epic; not Roberto
    "Hands of Stone" Duran (a nickname inside a name)."""
    doc, n = a.doc, len(a.doc)
    if not (a.kn.lang == "en" and c.label == "PER" and c.priority < _P_GAZ
            and 0 < c.start and c.end < n):
        return None
    before, after = doc[c.start - 1].text, doc[c.end].text
    quotes = ("\"", "“", "”", "'", "‘", "’", "``", "''")
    if before in quotes and after in quotes and not (
            c.start > 1 and doc[c.start - 2].text[:1].isupper()) and not (
            c.end + 1 < n and doc[c.end + 1].text[:1].isupper()):
        return [c.retyped("MISC", c.priority, "retype:quoted_title")]
    return None


def shouted_function_word(a: _Names, c: _Cand) -> Retyped:
    """English: a "person" holding a function word in capitals is a line of a
    schedule or a headline ("SAN DIEGO AT MONTREAL"), not a name; nor is a one-word
    "person" in a headline in capitals that is a verb and no given name or surname
    ("BRIGHTWATER CEO QUITS AFTER PROFIT WARNING")."""
    if not (a.kn.lang == "en" and c.label == "PER" and c.priority < _P_GAZ):
        return None
    doc = a.doc
    if any(t.text.isupper() and len(t.text) > 1 and t.lower_ in a.kn.stop_words
           for t in doc[c.start:c.end]):
        return []
    text = doc[c.start].text
    if c.end - c.start == 1 and len(text) > 2 and text.isupper() and \
            _shouting(doc[c.start].sent) and a.kn.is_verb_form(text.lower()) and \
            text.title() not in a.kn.given_names and text.title() not in a.kn.surnames:
        return []
    return None


def shouted_common_words(a: _Names, c: _Cand) -> Retyped:
    """A one-word "organisation" of the model's written in capitals that is a common
    word of the language, in a run of such words in capitals that a function word
    joins ("the terms are FAIR AND REASONABLE", "MAY NOT BE COPIED IN WHOLE"), is a
    phrase shouted for emphasis, not an acronym or a name: a company's name in
    capitals holds a word no dictionary has ("ROWAN AND KESTREL AGREE"), or is a
    name of common words the model reads whole ("BANCO ATLANTICO", "AMERICAN
    LEAGUE")."""
    doc = a.doc
    if not (c.label == "ORG" and c.priority == _P_MODEL and c.end - c.start == 1 and
            _shouted_word(a.kn, doc[c.start].text)):
        return None
    k, e = c.start, c.end
    while k > 0 and _capitals_word(doc[k - 1]):
        k -= 1
    while e < len(doc) and _capitals_word(doc[e]):
        e += 1
    run = doc[k:e]
    if len(run) < 2 or not all(_shouted_word(a.kn, t.text) for t in run) or \
            not any(t.lower_ in a.kn.stop_words for t in run):
        return None
    return []


def shouted_line_word(a: _Names, c: _Cand) -> Retyped:
    """A one-word "organisation" in capitals that the text capitalises only on lines
    in capitals (a heading's label, a banner, a caption: "NEXT TASTING",
    "LOT 88 · FRIDAY") is a word of the heading,
    not an acronym: an organisation a text names in a label it names in its body too,
    and the label's capitals hide whether the word is a name. A headline (the first
    line) that tells news, a verb on it ("SHELL AND BP AGREE ON ASSET SWAP"), keeps
    its names. Only what the model
    alone read there (below the gazetteer's and a definition's authority), and not a
    dateline's source in brackets ("MADRID, 2 (AGENCIA)") nor what kg's line readers
    took for an agency or outlet. Rule ``retype:shouted_line_word`` (dropped)."""
    doc = a.doc
    if not (c.label == "ORG" and c.priority < _P_GAZ and c.end - c.start == 1) or \
            (c.start > 0 and doc[c.start - 1].text == "(") or \
            any(r in _SOURCE_LINES for r in c.rules):
        return None
    word = doc[c.start].text
    if not (len(word) > 1 and word.isalpha() and word.isupper()):
        return None
    lines = set()
    for i, text in enumerate(token_texts(doc)):
        if text.upper() == word and text[:1].isupper():
            line = _capitals_line(doc, i)
            if line is None:
                return None  # the body names it too ("Telvia" of "TELVIA")
            lines.add(line)
    if any(start == 0 and _tells(a.kn, line, word) for start, line in lines):
        return None  # the headline tells news of it
    return []


def _capitals_line(doc: Doc, i: int) -> tuple[int, str] | None:
    """(where it starts, the line) of the line token ``i`` stands on when its letters
    are all capitals and it holds two words or more, else None."""
    text, at = doc.text, doc[i].idx
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    if len(_LINE_WORDS.findall(line)) >= 2 and not any(ch.islower() for ch in line):
        return start, line
    return None


def _tells(kn: Knowledge, line: str, word: str) -> bool:
    """Whether a line in capitals holds a verb other than ``word``: a headline."""
    return any(w != word and w.lower() not in kn.stop_words and len(w) > 2
               and kn.is_verb_form(w) for w in _LINE_WORDS.findall(line))


_LINE_WORDS = re.compile(r"[^\W\d_]{2,}")
_SOURCE_LINES = frozenset({"line:agency", "line:dateline_agency", "line:outlet_named"})


def _capitals_word(tok: Token) -> bool:
    """A word of two letters or more in capitals."""
    return tok.is_alpha and tok.is_upper and len(tok.text) > 1


def taught_subject(a: _Names, c: _Cand) -> Retyped:
    """A name of common words only, with no article, after a teacher's or a degree's
    noun and "de"/"en"/"of"/"in" ("profesor de Finanzas Corporativas", "licenciada en
    Economía Aplicada", "lecturer in Corporate Finance") is the subject taught, not an
    organisation: a school takes its article or a name of its own ("profesor de la
    Escuela de Negocios del Norte", "profesor de Deusto")."""
    doc = a.doc
    if not (c.label == "ORG" and c.priority < _P_GAZ and c.start > 1 and
            doc[c.start - 1].lower_ in ("de", "en", "of", "in") and
            doc[c.start - 2].lower_ in TEACHING_WORDS):
        return None
    words = [t for t in doc[c.start:c.end] if t.lower_ not in CONNECTORS]
    if words and all(t.is_title and a.kn.is_common(t.text) for t in words):
        return []
    return None


def office_of(a: _Names, c: _Cand) -> Retyped:
    """What an office is held at is an organisation, not a person: "Luis Ortega,
    presidente de Agro Litoral", "she is the chief executive of Tarrow Mills" (the
    model's "person" there). Not where a given name opens the name or a surname of the
    lists or of the article does ("el portavoz de Ortega"), nor after roles held for a
    person (a lawyer's, a colleague's) or over a territory (``portfolio`` has read
    portfolios before)."""
    doc = a.doc
    if not (c.label == "PER" and c.priority == _P_MODEL and c.end - c.start > 1):
        return None
    k = c.start - 1
    if k > 0 and doc[k].lower_ in ("la", "el", "the"):
        k -= 1
    if not (k > 0 and doc[k].lower_ in ("de", "del", "of", "at")):
        return None
    role = doc[k - 1]
    first = doc[c.start].text
    if not (role.is_lower and role.lower_ in PERSON_ROLES) or \
            role.lower_ in _PERSONAL_ROLES or role.lower_ in TERRITORIAL_ROLES or \
            first in a.kn.given_names or first in a.kn.surnames or \
            _SURNAME_SHAPE.search(first) or a.word_owners[first] - {c.start} or \
            span_text(doc, c.start, c.end) in a.kn.places:
        return None
    return [c.retyped("ORG", _P_CONTEXT, "retype:office_of")]


# Roles held for a person: what follows their "de" / "of" may be a person.
_PERSONAL_ROLES = frozenset({
    "abogado", "abogada", "lawyer", "attorney", "colega", "compañero", "compañera",
    "portavoz", "spokesman", "spokeswoman", "spokesperson", "envoy", "entrenador",
    "entrenadora", "coach",
})


def surnames_of_person(a: _Names, c: _Cand) -> Retyped:
    """A name made of the surnames of a person of the article is that person ("Chico
    Pardo" after "Fernando Chico Pardo"); not the rest of a group's name after its
    head ("Roca Bofill" of "Grupo Roca Bofill", whose chairman is "Pere Roca"): a
    family company bears its founders' surnames, and the press drops "Grupo"."""
    if c.end - c.start == 1 or c.label == "PER" or c.priority >= _P_GAZ:
        return None
    span = a.doc[c.start:c.end]
    name = tuple(t.text for t in span)
    if _group_less_head(a, name):
        return None
    if (name in a.surnames or (a.kn.lang == "es" and c.end - c.start == 2
                               and name[0] in a.last_names
                               and c.priority <= _P_CONTEXT
                               and name[1] not in a.kn.places)) and not any(
            t.text in ORG_TAILS or t.text in LEGAL_FORMS for t in span):
        return [c.retyped("PER", _P_CONTEXT, "retype:surnames_of_person")]
    return None


def _group_less_head(a: _Names, name: tuple[str, ...]) -> bool:
    """Whether ``name`` is an organisation's name of the article less its generic head
    ("Roca Bofill" of "Grupo Roca Bofill" or "Grupo Roca Bofill, S.A.")."""
    return any(len(org) == len(name) + 1 and fold(org[0]) in GENERIC_HEAD
               and org[1:] == name
               for org in (_less_legal_form(o) for o in a.org_names))


_DAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                   "Sunday"})


def calendar_edges(a: _Names, c: _Cand) -> Retyped:
    """A day is no part of a person's name, nor a month after "in", "since" or "last"
    ("last Friday Mitchell won", "in March Kaczmarek cancelled", "will meet Jose
    Insulza Monday"); a month a name ends in is a surname ("Theresa May")."""
    if not (a.kn.lang == "en" and c.label == "PER" and c.end - c.start > 1):
        return None
    doc = a.doc
    s, e = c.start, c.end
    while e - s > 1 and doc[e - 1].text in _DAYS:
        e -= 1
    while e - s > 1 and (doc[s].text in _DAYS or (
            doc[s].text in CALENDAR_WORDS and s > 0
            and doc[s - 1].lower_ in ("in", "since", "last", "next", "early", "late", "until"))):
        s += 1
    if (s, e) == (c.start, c.end):
        return None
    return [_Cand(s, e, "PER", c.priority, (*c.rules, "retype:calendar_edges"))]


def surname_alone(a: _Names, c: _Cand) -> Retyped:
    """English news name a person in full, then by surname alone: a later "Ross" is
    the "Neil Ross" named before, where the model took it for an organisation or a
    place; a place name only as the subject of a verb of saying ("Jordan said"), and
    never a word of an organisation a cue found ("Michael Dell" and "Dell
    Technologies")."""
    if not (a.kn.lang == "en" and c.end - c.start == 1 and c.priority == _P_MODEL
            and c.label in ("ORG", "LOC", "MISC")):
        return None
    doc = a.doc
    text = doc[c.start].text
    if text not in a.last_names or a.surnames.get((text,), c.start) >= c.start or \
            text in a.org_words or text in a.kn.demonyms:
        return None
    tok = doc[c.start]
    if (text in a.kn.places or text.title() in a.kn.places) and not (
            tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS):
        return None
    return [c.retyped("PER", _P_CONTEXT, "retype:surname_alone")]


def surname_and_sector(a: _Names, c: _Cand) -> Retyped:
    """"Salvesen Logística", "Ferrer Transportes": a surname and a common noun name a
    company; a person's surnames are no common nouns."""
    if not (a.kn.lang == "es" and c.end - c.start > 1 and c.label == "PER"
            and c.priority == _P_MODEL):
        return None
    span = a.doc[c.start:c.end]
    if span[0].text not in a.kn.given_names and \
            not any(a.word_owners[t.text] - {c.start} for t in span) and \
            not _titled(a.doc, c.start) and _common_noun_tail(a.kn, span[-1].text):
        return [c.retyped("ORG", _P_CONTEXT, "retype:surname_and_sector")]
    return None


def acting_company(a: _Names, c: _Cand) -> Retyped:
    """Spanish: a "person" of the model's of two words or more, no given name or title
    opening it, that is the subject of a company's verb ("Hidro Duero facturó 800
    millones", "Agro Pampa pagará 45.000 millones por ...") is a company: news give a
    person who acts so a given name. (English: ``employer_or_company``.)"""
    if not (a.kn.lang == "es" and c.label == "PER" and c.priority == _P_MODEL
            and c.end - c.start > 1):
        return None
    doc = a.doc
    if doc[c.start].text in a.kn.given_names or _titled(doc, c.start) or \
            a.word_owners[doc[c.end - 1].text] - {c.start}:
        return None
    if _corporate_role(doc, doc[c.start:c.end].root.i):
        return [c.retyped("ORG", _P_CONTEXT, "retype:acting_company")]
    return None


def its_subject(a: _Names, c: _Cand) -> Retyped:
    """English: the subject of a verb whose object is "its" something ("X sold its
    tower unit", "X raised its forecast", "X has agreed to sell a stake in its
    unit") is a company: a person's things are "his" or "her". As
    ``kg.entities.standing.its_owner`` for a model's person no given name opens; here
    for a "person" of two words or more a given name opens ("Pranav Infratel"), with
    no title, none of whose words a cue's organisation holds (a short form of it),
    and not after a verb of running a company ("Ana Ruiz will lead its unit")."""
    if not (a.kn.lang == "en" and c.label == "PER" and c.priority == _P_PERSON
            and c.end - c.start > 1):
        return None  # one word may be a surname "its" does not refer to
    root = a.doc[c.start:c.end].root
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return None
    if root.head.lemma_.lower() not in _STEERING_VERBS and _its_object(root.head) and \
            not _titled(a.doc, c.start) and \
            not any(t.text in a.org_words for t in a.doc[c.start:c.end]):
        return [c.retyped("ORG", _P_CONTEXT, "retype:its_subject")]
    return None


# Verbs of what a person does in a company ("Ana Ruiz will lead its Asian business",
# "joined its board"): "its" is then the company's, not the subject's.
_STEERING_VERBS = frozenset({
    "lead", "head", "run", "chair", "join", "manage", "oversee", "steer", "advise",
    "found", "leave", "quit", "rejoin", "direct", "helm",
})


def _its_object(verb: Token) -> bool:
    """Whether the object of ``verb``, or of the verb of its "to" clause ("agreed to
    sell its unit"), is "its" something or holds one ("a stake in its unit"); not a
    clause inside the object ("the deal that cut its costs")."""
    for child in verb.children:
        if child.dep_ == "xcomp":
            return _its_object(child)
        if child.dep_ != "dobj":
            continue
        for t in child.subtree:
            if t.lower_ == "its" and t.dep_ == "poss" and not any(
                    a.dep_ in ("relcl", "ccomp", "acl", "advcl") for a in t.ancestors
                    if a.i != verb.i and a in child.subtree):
                return True
    return False


def corporate_part(a: _Names, c: _Cand) -> Retyped:
    """English news name famous people by surname alone, so the convention below is
    read there only where the name plays a company's part: "Mobileye's shares",
    "Mobileye reported revenue of"."""
    if a.kn.lang == "en" and a.lone_person(c) and _corporate_role(a.doc, c.start):
        return [c.retyped("ORG", _P_CONTEXT, "retype:corporate_part")]
    return None


def unintroduced(a: _Names, c: _Cand) -> Retyped:
    """News name a person in full before they shorten it: a one-word "person" whose
    full name the article never gives, with no title or given name, is a false name at
    the start of a sentence or of a bracket ("Materializa", "Escrito", "(Archivo El
    Diario)") and an organisation elsewhere ("las plantas de Danone"); not where what
    comes before says what it names (``_named_by_noun``)."""
    if not (a.convention and a.lone_person(c)):
        return None
    doc, text = a.doc, a.doc[c.start].text
    if c.end < len(doc) and doc[c.end].text == ":" and a.kn.is_common(text):
        return []  # a heading's label: "Goles: 0-1, Elber"
    opens = _opens_sentence(doc, c.start)
    if (opens and not doc[c.start].dep_.startswith("nsubj")) or (a.kn.is_common(text) and (
            opens or (c.start > 0 and doc[c.start - 1].text in ("(", "[")))):
        # a common word opening a bracket is a credit's or a speaker's label too
        # ("(Archivo El Diario)", "Sr. ROCA (Oposición) —"), or a transcript's stage
        # direction ("[Aplausos]")
        return []
    if any(form in a.kn.places or is_city(form) for form in (text, text.title())):
        # A place the model took for a person ("en el estado de Yucatán").
        return [c.retyped("LOC", c.priority, "retype:place_not_person")]
    named = _named_by_noun(a.kn, doc, c.start)
    if named == "PER":
        return None
    if named == "LOC":
        return [c.retyped("LOC", c.priority, "retype:named_by_noun")]
    tok = doc[c.start]
    if (tok.dep_.startswith("nsubj") and tok.head.lemma_.lower() in SPEECH_VERBS) or \
            (c.start > 0 and doc[c.start - 1].lower_ == "según"):
        return None  # who speaks is a person ("agregó Ibarra", "según Ibarra")
    return [c.retyped("ORG", _P_CONTEXT, "retype:unintroduced_person")]


def _named_by_noun(kn: Knowledge, doc: Doc, start: int) -> str | None:
    """Spanish: what the noun right before a lone name says it is. A facility's,
    project's or product's noun (``_thing_named``: "el horno de Tiquipa") or a noun of
    a site in apposition (``NAMED_SITE_NOUNS``: "su unidad Quilcata", "la calle
    Orduña") names a place or a thing: "LOC"; a noun of kin and "de" after a definite
    or possessive determiner names a person ("la familia de Yeray", "los nietos de
    Osorio"): "PER"; else None. A partner ("el socio de X") may be a company's, and is
    no kin here; "una familia de Tarazona" is a family from a town."""
    if _thing_named(kn, doc, start) or (
            kn.lang == "es" and start > 0 and doc[start - 1].lower_ in NAMED_SITE_NOUNS):
        return "LOC"
    if start > 2 and doc[start - 1].lower_ in ("de", "del") and \
            doc[start - 2].lower_ in KIN_NOUNS - _PARTNERS and \
            doc[start - 3].lower_ in _DEFINITE_OR_OWN:
        return "PER"
    return None


_PARTNERS = frozenset({"socio", "socia", "socios"})
# A kin noun's definite or possessive determiner: "la familia de Yeray" is his, where
# "una familia de Tarazona" comes from a town.
_DEFINITE_OR_OWN = frozenset({"el", "la", "los", "las", "del", "al", "su", "sus"})


def common_word(a: _Names, c: _Cand) -> Retyped:
    """A one-word "person" of the model's that no full name, given name, title or list
    of people introduces, and that the article writes in lower case elsewhere, is a
    common noun of its language capitalised, not a name ("La Memoria recoge ... la
    memoria del ejercicio", "Tally rose ... a tally of votes"): a name keeps its
    capital wherever it is written."""
    if not a.lone_person(c):
        return None
    lower = a.doc[c.start].text.lower()
    if lower == a.doc[c.start].text or not any(t.text == lower for t in a.doc):
        return None
    return []


def unsupported_person(a: _Names, c: _Cand) -> Retyped:
    """English: a one-word "person" of the model's with nothing in the article that
    says it is one (no full name, given name, title, list of people, known surname,
    nor a verb of saying it is the subject of) is a product, a brand or a common word
    ("the cancer drug Zytiga", "Livongo, a digital health company", "Sputter")."""
    if not (a.kn.lang == "en" and a.lone_person(c)):
        return None
    tok = a.doc[c.start]
    if tok.text in a.kn.surnames or tok.text.title() in a.kn.surnames or (
            tok.dep_.startswith("nsubj") and tok.head.lemma_.lower() in SPEECH_VERBS) or \
            _SURNAME_SHAPE.search(tok.text) or (
                c.start > 0 and a.doc[c.start - 1].lower_.endswith("-year-old")):
        return None
    return []


# Surnames by their shape: Irish and Scottish prefixes, Slavic, Nordic, Greek,
# Romanian and Spanish endings ("O'Brien", "McAllen", "Ivankov",
# "Petrovic", "Andersson", "Papadopoulos", "Popescu", "Fernandez").
_SURNAME_SHAPE = re.compile(
    r"^(O['’][A-Z]|Mc[A-Z]|Mac[A-Z])|[a-z](ov|ova|ev|eva|sky|ski|ska|enko|vich|vic|ić|"
    r"sson|opoulos|idis|escu|ez)$")


def company_tail(a: _Names, c: _Cand) -> Retyped:
    """A "person" of the model's that no given name opens and that ends in a company
    word ("Tiger Global", "Skild AI", "Orvel Capital") is an organisation: a
    person's surname is never "Global" or "Holdings"."""
    if not (c.label == "PER" and c.priority == _P_MODEL and c.end - c.start > 1):
        return None
    doc = a.doc
    last = doc[c.end - 1].text
    if classifier_before(a.kn, doc, c.start):
        return [c.retyped("ORG", _P_CONTEXT, "retype:classified")]
    if doc[c.start].text in a.kn.given_names or _titled(doc, c.start) or not (
            last in ORG_TAILS or last in SURNAME_TAILS or fold(last) in GENERIC_TAIL_WORDS
            or any(doc[k].text in ORG_HEADS for k in range(c.start + 1, c.end))):
        return None
    return [c.retyped("ORG", _P_CONTEXT, "retype:company_tail")]


def company_opening(a: _Names, c: _Cand) -> Retyped:
    """A "person" of the model's of two or three words opened by a company word or a
    short word of a trade ("Telecom Levante", "Infra Iberia", "Hidro Duero") is an
    organisation: a person's name never opens with "Telecom" or "Hidro"."""
    if not (c.label == "PER" and c.priority == _P_MODEL and 2 <= c.end - c.start <= 3):
        return None
    first = a.doc[c.start].text
    if first in a.kn.given_names or first in SURNAME_TAILS or _titled(a.doc, c.start) or \
            not (first in ORG_TAILS or first in TRADE_OPENINGS):
        return None
    return [c.retyped("ORG", _P_CONTEXT, "retype:company_opening")]


def org_opening(a: _Names, c: _Cand) -> Retyped:
    """A "person" of the model's whose words open the name of an organisation of the
    same article, the rest of which are company words ("Al Waha" of "Al Waha Energy
    Holdings", "Seri Padi" of "Seri Padi Berhad"), is that organisation called short,
    as the press calls companies after their first words; not where a given name or a
    title opens it ("Mark Rowe" of "Mark Rowe Holdings" is the founder)."""
    if not (c.label == "PER" and c.priority == _P_MODEL):
        return None
    doc = a.doc
    words = tuple(t.text for t in doc[c.start:c.end])
    if words[0] in a.kn.given_names or _titled(doc, c.start) or \
            words[-1] in a.kn.given_names:
        return None
    k = len(words)
    if any(len(name) > k and name[:k] == words and all(_company_word(a.kn, w) for w in name[k:])
           for name in a.org_names):
        return [c.retyped("ORG", _P_CONTEXT, "retype:org_opening")]
    return None


def _company_word(kn: Knowledge, word: str) -> bool:
    """A word that closes a company's name and no person's: a company or legal word
    ("Holdings", "Berhad"), or a capitalised common noun ("Energy", "Office")."""
    return word in ORG_TAILS or word in LEGAL_FORMS or fold(word) in GENERIC_TAIL_WORDS or \
        (word[:1].isupper() and kn.is_common(word) and word not in SURNAME_TAILS)


# Words of GENERIC_TAIL that end a company's name (not the connectors among them).
GENERIC_TAIL_WORDS = frozenset(w for w in GENERIC_TAIL if w.isalpha() and len(w) > 2) | {"ai"}


def product_or_vessel(a: _Names, c: _Cand) -> Retyped:
    """A name after a product, project or vessel noun ("the drug Velanza", "el proyecto
    Lince Dorado", "el petrolero María Luisa") or before a product noun ("its Aurelia
    Pass subscription service", "the Starfall franchise") names a product or a ship,
    not a person (products and ships are often named after people)."""
    if c.label != "PER" or c.priority >= _P_GAZ:
        return None
    doc = a.doc
    prev = doc[c.start - 1] if c.start > 0 else None
    nxt = doc[c.end] if c.end < len(doc) else None
    if (prev is not None and prev.is_lower and (
            prev.lower_ in VESSEL_WORDS or prev.lower_ in ("proyecto", "project") or (
                prev.lower_ in PRODUCT_DESCRIPTORS
                                            and prev.lower_ not in ("model", "modelo")))) or (
            nxt is not None and nxt.is_lower and _product_head(doc, nxt.i)) or \
            _product_apposition(doc, c.end) or _vessel_named(doc, c):
        return [c.retyped("MISC", c.priority, "retype:product_or_vessel")]
    return None


def _vessel_named(doc: Doc, c: _Cand) -> bool:
    """Whether the article writes the name ``c`` elsewhere right after a vessel noun:
    a ship keeps its name's sense in the whole article ("el remolcador Carmen Alcaide"
    ... "el Carmen Alcaide seguirá operando", where a given name stops the article
    rule)."""
    texts = _texts(doc)
    name = texts[c.start:c.end]
    size = len(name)
    return any(i != c.start and texts[i:i + size] == name and doc[i - 1].is_lower and
               doc[i - 1].lower_ in VESSEL_WORDS for i in range(1, len(texts) - size + 1))


def _product_apposition(doc: Doc, k: int) -> bool:
    """A product, a brand or a ship in apposition after the name: "Don Cosme, un licor
    de hierbas" is not read, but "Don Cosme, la marca de Destilerías Monforte",
    "Velora, a drug for" and "the Carl Wexford, a tanker owned by" are (not "modelo": a
    model is also a person)."""
    return k + 2 < len(doc) and doc[k].text == "," and \
        doc[k + 1].lower_ in ("un", "una", "la", "el", "su", "a", "an", "the", "its") and \
        (doc[k + 2].lower_ in _BRAND_NOUNS or doc[k + 2].lower_ in VESSEL_WORDS or (
            doc[k + 2].lower_ in PRODUCT_DESCRIPTORS
            and doc[k + 2].lower_ not in ("modelo", "model")))


_BRAND_NOUNS = frozenset({"marca", "brand"})


def _product_head(doc: Doc, k: int) -> bool:
    """Whether a product noun heads the noun phrase at ``k`` ("franchise", "subscription
    service"), with at most one lower-case noun before it."""
    for j in (k, k + 1):
        if j >= len(doc) or not doc[j].is_lower:
            return False
        if doc[j].lower_ in PRODUCT_TAILS or doc[j].lower_ in PRODUCT_HEADS and \
                doc[j].lower_ not in ("model", "models", "operating"):
            return not (j + 1 < len(doc) and doc[j + 1].text in ("'s", "’s"))
        if doc[j].pos_ != "NOUN":
            return False
    return False


def employer_or_company(a: _Names, c: _Cand) -> Retyped:
    """English: a "person" of the model's, with no given name or title, that stands
    before a role and a person ("Brenner Kaye analyst Tom Ridley") is that person's
    employer, and one that owns shares or reports results ("Harlow Stone's shares
    fell", "shares of Dorsey Kemp rose") is a company; likewise a code name ("Project
    Aurora") is no person. The frame decides whatever the name's words are: a person's
    name premodifies no occupation before another person's name, nor the plural of a
    firm's staff ("Edward Quist analyst Tom Ridley", "Marlow James analysts raised",
    firms named after their founders)."""
    if not (a.kn.lang == "en" and c.label == "PER" and c.priority <= _P_PERSON):
        return None
    doc = a.doc
    if not _titled(doc, c.start) and not a.word_owners[doc[c.end - 1].text] - {c.start} \
            and _employer_frame(a, c):
        return [c.retyped("ORG", _P_CONTEXT, "retype:employer_before_role")]
    if c.priority != _P_MODEL:
        return None
    if doc[c.start].text in CODE_NAME_HEADS and c.end - c.start > 1:
        return [c.retyped("MISC", c.priority, "retype:code_name")]
    if doc[c.start].text in a.kn.given_names or \
            _titled(doc, c.start) or a.word_owners[doc[c.end - 1].text] - {c.start}:
        return None
    if any(_syllable_hyphen(doc, k) for k in range(c.start + 1, c.end)):
        return None  # a Korean given name's syllables: "Lee Seo-yeon agreed" is a person
    if c.end - c.start > 1 and (_corporate_role(doc, c.end - 1) or (
            c.start > 1 and doc[c.start - 1].lower_ == "of"
            and doc[c.start - 2].lower_ in ("shares", "stock", "stake"))):
        return [c.retyped("ORG", _P_CONTEXT, "retype:corporate_part")]
    return None


def _employer_frame(a: _Names, c: _Cand) -> bool:
    """Whether the name ``c`` premodifies a role before a person ("Brenner Kaye analyst
    Tom Ridley") or the plural of a firm's staff not before a name ("Brenner Kaye
    analysts expect")."""
    doc, role = a.doc, c.end
    if role >= len(doc) or not doc[role].is_lower:
        return False
    if role + 1 < len(doc) and doc[role].lower_ in PERSON_ROLES and \
            doc[role + 1].text[:1].isupper() and role + 1 in a.per_starts:
        return True
    return doc[role].lower_ in _FIRM_STAFF and (
        role + 1 >= len(doc) or not doc[role + 1].text[:1].isupper())


# Plurals of a firm's professional staff, which a firm's name premodifies ("Brenner Kaye
# analysts", "Halden economists") and a person's does not (unlike "supporters").
_FIRM_STAFF = frozenset({"analysts", "economists", "strategists", "bankers", "brokers",
                         "traders", "researchers"})


# Tokens of a list of names: its capitalised words and what joins them.
_LIST_GLUE = frozenset({",", "y", "e", "&", "-"})
_HABER = frozenset({"ha", "han", "había", "habían", "habrá", "habrán", "haya", "hayan"})


def _advised_list(doc: Doc, start: int, end: int, lone_person_ok: bool = False) -> bool:
    """Whether the list of names around ``start:end`` is what an advisory word governs:
    its agent or complement ("asesorado por A, B y C", "con el asesoramiento legal de
    A") or its subject ("A, B y C han asesorado a")."""
    n = len(doc)
    s = start
    while s > 0 and (doc[s - 1].text[:1].isupper() or doc[s - 1].lower_ in _LIST_GLUE):
        s -= 1
    e = end
    while e < n and (doc[e].text[:1].isupper() or doc[e].lower_ in _LIST_GLUE):
        e += 1
    k = s - 1
    if k > 0 and doc[k].lower_ in ("por", "de", "del"):
        k -= 1
        while k > 0 and doc[k].lower_ in ADVISORY_MODIFIERS:
            k -= 1
        if doc[k].lower_ in ADVISORY_WORDS or doc[k].lemma_.lower() in ADVISORY_WORDS:
            return True
    k = e
    while k < n and doc[k].lower_ in _HABER:
        k += 1
    # A lone name with a given name advising someone may be a person ("María López
    # asesoró a la ministra"); a list of them, firms ("Clifford Chance y Linklaters").
    listed = any(doc[j].lower_ in _LIST_GLUE and doc[j].text != "-" for j in range(s, e))
    return k < n and doc[k].pos_ in ("VERB", "AUX") and \
        doc[k].lemma_.lower() in ADVISORY_WORDS and doc[e - 1].text != "," and \
        (listed or not lone_person_ok)


def adviser(a: _Names, c: _Cand) -> Retyped:
    """Who advises or audits a deal is a firm: "Telefónica, asesorada por Uría Menéndez
    y Garrigues", "A, B y C han asesorado a Dia" (law firms and auditors are often
    named after people); a title still makes a person ("asesorado por el abogado X")."""
    if a.kn.lang == "en":
        return _english_adviser(a, c)
    if a.kn.lang != "es" or c.label == "ORG" or c.priority >= _P_GAZ:
        return None
    doc = a.doc
    text = span_text(doc, c.start, c.end)
    if text in a.kn.places or text in a.kn.demonyms or _titled(doc, c.start) or \
            not _advised_list(doc, c.start, c.end, doc[c.start].text in a.kn.given_names):
        return None
    return [c.retyped("ORG", _P_CONTEXT, "retype:adviser")]


# English nouns of a deal's advisers, before "is"/"are" and the firm: "its legal
# counsel is X", "Y's financial advisers are A and B".
_ADVISER_NOUNS = frozenset({"counsel", "adviser", "advisers", "advisor", "advisors"})
_BE = frozenset({"is", "are", "was", "were"})
# What a firm advises on ("advised Y on the sale").
_ADVISED_DEALS = frozenset({
    "deal", "sale", "acquisition", "merger", "transaction", "takeover", "offer", "bid",
    "purchase", "disposal", "buyout", "listing", "ipo", "financing", "round"})


def _english_adviser(a: _Names, c: _Cand) -> Retyped:
    """English: the firms a deal's advisers are named as ("its legal counsel is Hale
    Dunmore", "advised by A and B", "A and B advised Y"): a model's person with no known
    given name and no title there is a law firm or a bank named after its founders."""
    doc = a.doc
    if c.label != "PER" or c.priority != _P_MODEL or doc[c.start].text in a.kn.given_names \
            or _titled(doc, c.start):
        return None
    if _advising_subject(doc[c.start:c.end].root):
        return [c.retyped("ORG", _P_CONTEXT, "retype:adviser")]
    k = c.start - 1
    while k > 0 and (doc[k].text[:1].isupper() or doc[k].lower_ in _LIST_GLUE
                     or doc[k].lower_ == "and"):
        k -= 1  # back over the names listed before it
    if k < 1:
        return None
    if (doc[k].lower_ in _BE and doc[k - 1].lower_ in _ADVISER_NOUNS) or \
            (doc[k].lower_ == "by" and doc[k - 1].lower_ in ("advised", "represented")):
        return [c.retyped("ORG", _P_CONTEXT, "retype:adviser")]
    return None


def _advising_subject(name: Token) -> bool:
    """Whether a name (or a name listed with it) is the subject of "advised" on a deal
    or in a list of advisers, of "acted / served as (financial) advisers" ("A and B
    advised Y", "A advised Y on the sale", "A acted as financial adviser to Y"), or of
    "was financial / legal adviser to" ("A was financial adviser to Y"): the
    deal's advisers, firms (one name advising a board may be a person's)."""
    listed = name.dep_ == "conj" or any(c.dep_ == "conj" for c in name.children)
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head
    if name.dep_ != "nsubj":
        return False
    verb = name.head
    lemma = verb.lemma_.lower()
    if lemma == "advise":
        return listed or any(
            c.lower_ == "on" and any(o.lemma_.lower() in _ADVISED_DEALS for o in c.children)
            for c in verb.children)
    if lemma == "be":  # "A was financial adviser to Y", "A is legal counsel to Y"
        return any(o.dep_ == "attr" and o.lower_ in _ADVISER_NOUNS and
                   any(m.lower_ in _ADVISER_KINDS for m in o.children) and
                   any(p.lower_ == "to" for p in o.children) for o in verb.children)
    return lemma in ("act", "serve") and any(
        c.lower_ == "as" and any(o.lower_ in _ADVISER_NOUNS for o in c.children)
        for c in verb.children)


# What kind of adviser a deal's firm is ("financial adviser to", "legal counsel to"):
# a person advising someone is "an adviser to", with no such word.
_ADVISER_KINDS = frozenset({"financial", "legal", "lead", "exclusive", "sole"})


def portfolio(a: _Names, c: _Cand) -> Retyped:
    """A government portfolio is no organisation: "el ministro de Finanzas", "la
    consejera de Asuntos Sociales" name an area of government with common nouns (but
    "el consejero de Telefónica" names a company)."""
    doc, kn = a.doc, a.kn
    if kn.lang != "es" or c.label not in ("ORG", "PER") or c.priority >= _P_GAZ or \
            not _after_office(doc, c.start):
        return None
    end = c.end
    for k in range(c.start + 1, c.end - 1):
        if doc[k].lower_ == "de" and span_text(doc, k + 1, c.end) in kn.places:
            end = k  # "el secretario de Finanzas de Chile"
            break
    words = [t for t in doc[c.start:end] if t.lower_ not in CONNECTORS and t.lower_ != "y"]
    if words and all(t.is_alpha and kn.is_common(t.text) for t in words):
        return [c.retyped("MISC", c.priority, "retype:portfolio")]
    return None


def _after_office(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows an office and the "de" of its portfolio:
    "el ministro de", "los ministros de", "el ministro del (Interior)", with a
    nationality between ("el ministro venezolano de"), or a lower-case department
    ("el ministerio de", whose name is the whole phrase, never the portfolio alone)."""
    if start < 2 or doc[start - 1].lower_ not in ("de", "del"):
        return False
    k = start - 2
    if k >= 1 and doc[k].is_lower and doc[k].is_alpha and \
            doc[k - 1].lower_ in OFFICE_WORDS and doc[k].lower_ not in OFFICE_WORDS:
        k -= 1  # "el ministro venezolano de Energía"
    word = doc[k].lower_
    if doc[start - 1].lower_ == "del" and not word.startswith(_CABINET_STEMS):
        return False  # "el jefe del Gobierno", "el titular del Congreso": institutions
    return word in OFFICE_WORDS and (doc[k].is_lower or word in PORTFOLIO_ROLES and k == start - 2)


# The cabinet offices whose portfolio may follow "del" ("el ministro del Interior",
# "el secretario del Tesoro").
_CABINET_STEMS = ("minist", "vicemin", "secret", "subsecret", "consej", "consell", "vicecons")


def event_name(a: _Names, c: _Cand) -> Retyped:
    """A competition, prize or summit is an event, not an organisation ("la Copa del
    Rey", "el Premio de Investigación", "la Cumbre de Panamá"); and a club's initials
    alone ("FC", "CD") name nothing."""
    if a.kn.lang != "es" or c.label != "ORG":
        return None
    first = fold(a.doc[c.start].text)
    numbered = _numbered(a.doc, c.start)
    head = fold(a.doc[c.start + 1].text) if numbered and c.end - c.start > 1 and \
        first not in MEETING_HEADS else first
    if c.priority <= _P_HEAD and head in MEETING_HEADS and numbered:
        # "el II Congreso Español de Metrología", "la Cuarta Reunión Ministerial": a
        # meeting counted by its editions is an event, not the body that holds it.
        return [c.retyped("MISC", c.priority, "retype:numbered_meeting")]
    if c.priority != _P_MODEL:
        return None
    if first in EVENT_HEADS and c.end - c.start > 1:
        return [c.retyped("MISC", c.priority, "retype:event_name")]
    if c.end - c.start == 1 and first in GENERIC_HEAD:
        return []
    return None


# The heads of a meeting's name, which alone may also name a body ("el Congreso" is
# the parliament, "la Asamblea" a legislature, "el Foro" an association).
MEETING_HEADS = frozenset({
    "congreso", "conferencia", "reunion", "jornadas", "asamblea", "encuentro", "foro",
    "feria", "salon", "simposio", "seminario", "semana", "exposicion", "convencion",
})
_ORDINAL_WORDS = frozenset({
    "primer", "primera", "primero", "segunda", "segundo", "tercer", "tercera", "tercero",
    "cuarta", "cuarto", "quinta", "quinto", "sexta", "sexto", "septima", "septimo",
    "octava", "octavo", "novena", "noveno", "decima", "decimo",
})
_ROMAN_NUMERAL = re.compile(r"(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})")


def _numbered(doc: Doc, start: int) -> bool:
    """Whether an ordinal comes right before a name or opens it ("II", "Cuarta")."""
    for k in (start - 1, start):
        if k < 0 or k >= len(doc):
            continue
        text = doc[k].text
        if (_ROMAN_NUMERAL.fullmatch(text) and text.isupper()) or \
                fold(text) in _ORDINAL_WORDS or re.fullmatch(r"\d+(º|ª|o|a|\.ª|\.º)", text):
            return True
    return False


_TITLES = frozenset(ROLE_TITLES) | PERSON_ROLES


def title_in_capitals(a: _Names, c: _Cand) -> Retyped:
    """A job title of two words or more written in capitals is no name: "como
    Consejera Delegada", "as Chief Executive Officer", "la Directora Financiera" (the
    whole name, lower-cased, is a role title); one word may be an institution ("el
    Ejecutivo" is the government). A title of two words or more that opens a name
    before "de" / "of" leaves the name after it ("Gerente General de Agrosur")."""
    if c.priority >= _P_GAZ or c.end - c.start < 2:
        return None
    doc, text = a.doc, span_text(a.doc, c.start, c.end).lower()
    if text in _TITLES or (c.end < len(doc) and f"{text} {doc[c.end].lower_}" in _TITLES):
        return []  # "as Chief Financial Officer", of which the model took "Chief Financial"
    for k in range(min(c.end - 2, c.start + 4), c.start + 1, -1):
        if span_text(doc, c.start, k).lower() in _TITLES and \
                doc[k].lower_ in ("de", "del", "of") and doc[k + 1].text[:1].isupper():
            # "el Gerente General de Agroganadera Sur": the title's company only, past
            # a department ("Directora General de Operaciones de Seguros Levante")
            s = k + 1
            while s + 2 < c.end and doc[s + 1].lower_ in ("de", "del", "of") and \
                    a.kn.is_common(doc[s].text) and doc[s].text not in ORG_HEADS:
                s += 2
            return [_Cand(s, c.end, c.label, c.priority, (*c.rules, "retype:title_of"))]
    return None


def quoted_work(a: _Names, c: _Cand) -> Retyped:
    """A name in quotes after a noun of works is the work's title: "la novela 'Mareas'",
    "la serie «El último verano»", "the novel 'Salt Roads'"."""
    doc = a.doc
    if c.priority >= _P_GAZ or c.label not in ("ORG", "PER") or c.start < 2 or \
            c.end >= len(doc):
        return None
    if doc[c.start - 1].is_quote and doc[c.end].is_quote and \
            doc[c.start - 2].lower_ in WORK_NOUNS:
        return [c.retyped("MISC", c.priority, "retype:quoted_work")]
    return None


def storm_name(a: _Names, c: _Cand) -> Retyped:
    """A given name after a storm word, inside the name or just before it, is the
    storm's: "Cyclone Amara", "Tropical Storm Delia", "la borrasca Irene" name no
    person."""
    doc = a.doc
    if c.label != "PER" or c.priority >= _P_GAZ:
        return None
    if any(doc[k].text in STORM_WORDS for k in range(max(c.start - 1, 0), c.end - 1)):
        return [c.retyped("MISC", c.priority, "retype:storm_name")]
    return None


_POSSESSIVE_DETS = frozenset({"su", "sus", "its", "their"})
# Nouns that name a company's product only after a possessive ("su nueva app", "its
# streaming platform", "bajo su marca"); alone they may describe the company itself.
_POSSESSED_PRODUCTS = frozenset({"app", "aplicación", "plataforma", "platform", "marca",
                                 "brand", "servicio", "service", "línea", "line"})


def possessed_product(a: _Names, c: _Cand) -> Retyped:
    """A name right after a possessive and a product noun is the owner's product: "bajo su
    marca Playasol Premium", "its app Kubo Pay", "su plataforma Ondavista"."""
    doc = a.doc
    if c.priority >= _P_GAZ or c.label not in ("ORG", "PER", "MISC") or c.start < 2:
        return None
    noun, det = doc[c.start - 1], doc[c.start - 2]
    if doc[c.start].text in HOLDING_HEADS or doc[c.end - 1].text in COMPANY_ONLY_TAILS:
        return None  # "its vehicle Kestrel Rock Partners", "su vehículo Fondo Tula II"
    if det.lower_ in _POSSESSIVE_DETS and noun.is_lower and (
            noun.lower_ in _POSSESSED_PRODUCTS or noun.lower_ in PRODUCT_DESCRIPTORS):
        return [c.retyped("MISC", c.priority, "retype:possessed_product")]
    return None


def product_apposition(a: _Names, c: _Cand) -> Retyped:
    """A name the model read, that an apposition calls a product or a work, is the
    product's: "comercializar Cardiolix, su nuevo tratamiento", "approved Neurelta, a
    migraine treatment", "'The Long Harvest', a drama" (a determiner, then at most three
    nouns and adjectives, the last noun of ``product_appositions`` or ``work_nouns``;
    not "Acme, a phone maker")."""
    doc, n = a.doc, len(a.doc)
    end = c.end + (c.end < n and doc[c.end].is_quote)  # "'The Long Harvest', a drama"
    if c.priority > _P_CONTEXT or end + 2 >= n or \
            doc[end].text != "," or doc[end + 1].pos_ not in ("DET", "PRON"):
        return None
    # "Kubo Pay, su nueva app": what a company calls its own app or brand is a product
    nouns = _POSSESSED_PRODUCTS if doc[end + 1].lower_ in _POSSESSIVE_DETS else frozenset()
    head = None
    for k in range(end + 2, min(n, end + 5)):
        if not (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ")):
            break
        head = doc[k].lower_ if doc[k].pos_ == "NOUN" else head
    if head in PRODUCT_APPOSITIONS or head in WORK_NOUNS or head in nouns:  # not "a phone maker"
        return [c.retyped("MISC", c.priority, "retype:product_apposition")]
    return None


def brand_name(a: _Names, c: _Cand) -> Retyped:
    """English: a name between "under the" and "brand" or "banner" is a brand the
    company trades under, not the company ("shops under the Harlow Express brand");
    after a possessive, a name before a site's noun is the site's ("its flagship
    Pilbara project", "their Wuxi plant"): the possessive already names the owner.
    The model's organisation, or a name from a weak cue, only."""
    doc = a.doc
    if not (a.kn.lang == "en" and c.label == "ORG" and c.priority <= _P_CONTEXT
            and c.start > 0 and c.end < len(doc)):
        return None
    k = c.start - 1
    while k > 0 and c.start - k <= 2 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN") \
            and doc[k].lower_ not in _OWNER_WORDS:
        k -= 1  # "its flagship", "its new"
    before, after = doc[k].lower_, doc[c.end].lower_
    # A brand a company trades under, not one that changes hands ("to sell its Velo
    # brand" may name the business sold).
    trades_under = before == "the" and k > 0 and doc[k - 1].lower_ == "under"
    if (after in _BRAND_WORDS and trades_under) or (
            after in _SITE_WORDS and before in _OWNER_WORDS):
        return [c.retyped("MISC", c.priority, "retype:brand_name")]
    return None


def site_person(a: _Names, c: _Cand) -> Retyped:
    """English: a "person" opened by no given name that stands, here or elsewhere in the
    article, between "the" and a site's or a works' noun names the site ("the Ramu Two
    scheme", "the Kelso Ridge project", "the Upper Tana dam"): a person's name never
    stands there. The model's or a weak cue's person only."""
    doc = a.doc
    if not (a.kn.lang == "en" and c.label == "PER" and c.priority <= _P_CONTEXT) or \
            doc[c.start].text in a.kn.given_names:
        return None
    words = [t.text for t in doc[c.start:c.end]]
    size = len(words)
    for k in range(1, len(doc) - size):
        if doc[k - 1].lower_ == "the" and doc[k + size].lower_ in _SITE_WORDS | _WORKS_WORDS \
                and [t.text for t in doc[k:k + size]] == words:
            return [c.retyped("MISC", c.priority, "retype:site_person")]
    return None


def locative_person(a: _Names, c: _Cand) -> Retyped:
    """A "person" of the model's of two words or more, opened by no given name or title,
    right after a preposition of place ("cuatro hoteles en Viti Levu", "resorts on Vanua
    Levu") is the place, unless another person of the article has one of its words, a
    known surname is among them or a possessive follows ("pressure on Okafor Nwosu's
    board"). A name a saint's title opens there is a place whatever its words ("a dairy
    near St John", "Christmas in St John's": a person is never "in" a saint)."""
    doc = a.doc
    if not (c.label == "PER" and c.priority == _P_MODEL and c.start > 1
            and c.end - c.start >= 2 and doc[c.start - 1].lower_ in _PLACE_PREPOSITIONS):
        return None
    if doc[c.start - 1].lower_ == "on" and not (
            doc[c.start - 2].lower_ in _PREMISES or doc[c.start - 2].like_num):
        return None  # "pressure on Okafor Nwosu"; but "resorts on Viti Levu", "two on"
    if doc[c.start].text in _SAINTS:
        return [c.retyped("LOC", c.priority, "retype:locative_person")]
    if doc[c.start].text in a.kn.given_names or _titled(doc, c.start) or (
            c.end < len(doc) and doc[c.end].text in ("'s", "’s")):
        return None
    words = [t.text for t in doc[c.start:c.end] if t.text[:1].isupper()]
    if any(w in a.kn.surnames or w in CALENDAR_WORDS or w in ORG_TAILS or w in ORG_HEADS
           or w in TRADE_HEADS or w in LEGAL_FORMS or fold(w) in GENERIC_TAIL_WORDS or
           a.word_owners.get(w, {c.start}) - {c.start} for w in words):
        return None  # also "in March Kaczorek cancelled": the month, then the name
    return [c.retyped("LOC", c.priority, "retype:locative_person")]


def origin_place(a: _Names, c: _Cand) -> Retyped:
    """Spanish: a "person" of the model's that is a known town, after "de" and a common
    noun of a trade or a thing ("un tintorero de Elda", "una hilandera de Alcoi"), is
    where that trade is: news names a person alone by a surname only once the full name
    is written, so no word of it may be a word of another person's name, and a name of
    two words may be no given name and surname; no role or kin noun comes before ("la
    hija de X" is a person's)."""
    doc = a.doc
    if not (a.kn.lang == "es" and c.label == "PER" and c.priority == _P_MODEL and
            c.start > 1 and doc[c.start - 1].lower_ == "de"):
        return None
    noun = doc[c.start - 2]
    if not noun.is_lower or noun.pos_ != "NOUN" or noun.lower_ in PERSON_ROLES or \
            noun.lower_ in KIN_NOUNS:
        return None
    text = span_text(doc, c.start, c.end)
    words = [t.text for t in doc[c.start:c.end]]
    if not (is_city(text) or text in a.kn.places) or any(
            a.word_owners.get(w, {c.start}) - {c.start} for w in words):
        return None  # "Pérez" of "Ana Pérez" named before
    if len(words) > 1 and (words[0] in a.kn.given_names or
                           any(w in a.kn.surnames for w in words)):
        return None  # "la bodega de Ramón Soria": a person's full name
    return [c.retyped("LOC", c.priority, "retype:origin_place")]


def home_town(a: _Names, c: _Cand) -> Retyped:
    """Spanish: a one-word "person" of the model's in apposition after a person's name
    with "de" is where that person is from when it is a known town, or when the name
    and its "de" make a sentence with no verb, as radio and letters pages introduce a
    caller or a writer ("Segunda llamada. Rosa Villar, de Fuentesaúco."). A person is
    nobody "de" another; the person before it stays. In a sentence with a verb the
    word may be the employer ("Marta Ruiz, de Novaltia, dijo"), and a known surname is
    a firm named after a family ("Ana Gil, de Ortega"): the other rules type those."""
    doc = a.doc
    k = c.start
    if not (a.kn.lang == "es" and a.lone_person(c) and k > 2 and doc[k - 1].lower_ == "de"
            and doc[k - 2].text == "," and k - 2 in a.per_ends
            and doc[k].text not in a.kn.surnames
            and (c.end == len(doc) or doc[c.end].text in (",", ".", ";"))):
        return None
    sent = doc[k].sent
    if not (is_city(doc[k].text) or doc[k].text in a.kn.places
            or not any(t.pos_ in ("VERB", "AUX") for t in sent)):
        return None
    return [c.retyped("LOC", c.priority, "retype:home_town")]


# Nouns of kin, whose "de" names a person ("la hija de X", "los herederos de X").
KIN_NOUNS = frozenset({"hijo", "hija", "hijos", "hijas", "padre", "madre", "hermano",
                       "hermana", "hermanos", "esposa", "esposo", "viuda", "viudo", "nieto",
                       "nieta", "nietos", "familia", "herederos", "heredero", "sobrino",
                       "sobrina", "yerno", "nuera", "socio", "socia", "socios"})


# Prepositions of where something is ("en", "in", "at", "on" an island, "near"); not
# "from" or "desde": an offer from a person is common.
_PLACE_PREPOSITIONS = frozenset({"en", "in", "at", "on", "near"})
# A saint's title opening an English place's name ("St Ives", "St. John's").
_SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Ste."})


def place_of_place_noun(a: _Names, c: _Cand) -> Retyped:
    """Spanish: a "person" of the model's after a noun of a place and "de" ("en los
    valles de Cinca", "la comarca de Tabuyo", "la localidad de San Pelayo") is that
    place: the noun says what the name is. Not a name a given name opens, which the
    noun may only place ("el pueblo de Ana López" is hers)."""
    doc = a.doc
    if not (a.kn.lang == "es" and c.label == "PER" and c.priority == _P_MODEL
            and c.start > 1 and doc[c.start - 1].lower_ in ("de", "del")
            and doc[c.start - 2].lower_ in SPANISH_PLACE_NOUNS) or \
            doc[c.start].text in a.kn.given_names:
        return None
    return [c.retyped("LOC", c.priority, "retype:place_of_place_noun")]


def site_in_apposition(a: _Names, c: _Cand) -> Retyped:
    """Spanish: a "person" of the model's right after a noun of a site in lower case
    (``NAMED_SITE_NOUNS``: "el río Madre Vieja", "el cerro Juan Díaz", "la laguna Santa
    Rosa") is the site's name in apposition: Spanish names no person after a river's or
    a hill's noun. A lone word is ``unintroduced``'s (``_named_by_noun``)."""
    doc = a.doc
    if not (a.kn.lang == "es" and c.label == "PER" and c.priority == _P_MODEL and c.start > 0
            and c.end - c.start > 1 and doc[c.start - 1].lower_ in NAMED_SITE_NOUNS
            and doc[c.start - 1].is_lower):
        return None
    return [c.retyped("LOC", c.priority, "retype:site_in_apposition")]


def members_of(a: _Names, c: _Cand) -> Retyped:
    """English: a "person" between "the" and a plural noun of a firm's people ("the Sable
    Ridge founders", "the Kestrel shareholders") names the firm they are of: English
    puts a person's name before them with the possessive ("Tom Hale's employees"), and
    a family's with "the" only after a given name is gone from it."""
    doc = a.doc
    if not (a.kn.lang == "en" and c.label == "PER" and c.priority < _P_PERSON and c.start > 0
            and c.end < len(doc) and doc[c.start - 1].lower_ == "the"
            and doc[c.end].lower_ in _MEMBER_NOUNS and doc[c.end].is_lower) or \
            doc[c.start].text in a.kn.given_names or \
            a.word_owners.get(doc[c.end - 1].text, {c.start}) - {c.start}:
        return None  # "Tom Hale ... the Hale workers": his
    return [c.retyped("ORG", _P_CONTEXT, "retype:members_of")]


# Plural nouns of the people a firm has ("the Sable Ridge founders").
_MEMBER_NOUNS = frozenset({"founders", "co-founders", "cofounders", "shareholders",
                           "employees", "staff", "executives", "workers", "investors"})


def closing_formula(a: _Names, c: _Cand) -> Retyped:
    """A letter's closing formula on a line of its own, before its comma ("Atentamente,",
    "Sincerely,", lexicon ``valedictions``), signs off and names nobody: the name is on
    the line after it."""
    doc = a.doc
    if fold(span_text(doc, c.start, c.end)) not in _VALEDICTIONS or \
            c.end >= len(doc) or doc[c.end].text != ",":
        return None
    if c.start == 0 or "\n" in doc[c.start - 1].text or "\n" in doc[c.start - 1].whitespace_:
        return []
    return None


_VALEDICTIONS = DEALS_LEXICON.words("valedictions")


def medium_name(a: _Names, c: _Cand) -> Retyped:
    """One word with a capital inside it after a preposition of the means a message or
    an order goes by ("Envía tus preguntas por WhatsApp", "pedidos vía TikTok", "order
    on WhatsApp", "via LinkedIn"), or after "de" and a noun of what such a network
    holds ("los grupos de WhatsApp", "un canal de Telegram"), is an app or a network,
    not a person nor, there, a company: a person's name runs a capital into the word
    only after a surname's prefix ("por McKinley", "via DeLuca" stay), and a company's
    is read where it acts or is bought ("la compra de WhatsApp")."""
    doc = a.doc
    if not (c.label in ("PER", "ORG") and c.end - c.start == 1 and c.start > 0 and
            c.priority <= (_P_PERSON if c.label == "PER" else _P_MODEL)):
        return None
    k = c.start
    if not (doc[k - 1].lower_ in _MEDIUM_PREPOSITIONS or (
            k > 1 and doc[k - 1].lower_ == "de" and doc[k - 2].lower_ in _MEDIUM_NOUNS)):
        return None
    word = doc[c.start].text
    if not _INNER_CAPITAL.fullmatch(word) or word.startswith(_SURNAME_PREFIXES):
        return None
    return [c.retyped("MISC", c.priority, "retype:medium_name")]


# The prepositions of a medium: "por WhatsApp", "vía Telegram", "via Slack", "on X".
_MEDIUM_PREPOSITIONS = frozenset({"por", "vía", "via", "on"})
# What a network holds, before "de" and its name: "los grupos de WhatsApp".
_MEDIUM_NOUNS = frozenset({"grupo", "grupos", "chat", "chats", "canal", "canales", "mensaje",
                           "mensajes", "cuenta", "cuentas", "perfil", "perfiles", "audio",
                           "audios", "cadena", "cadenas"})
# A word whose capital follows a lower-case letter: "WhatsApp", "LinkedIn", "TikTok".
_INNER_CAPITAL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
_SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz")
# Nouns of premises and land an island's name follows with "on" ("four resorts on").
_PREMISES = frozenset({"resort", "resorts", "hotel", "hotels", "property", "properties",
                       "plant", "plants", "mine", "mines", "farm", "farms", "estate",
                       "estates", "site", "sites", "base", "land", "hectares", "acres",
                       "operations", "assets", "stores", "branches", "offices", "one", "lodge",
                       "lodges", "villas", "shops", "warehouses", "factories", "wells"})
_WORKS_WORDS = frozenset({"scheme", "dam", "station", "farm", "port", "corridor", "estate",
                          "resort", "development", "concession", "licence", "license",
                          "block", "well", "pipeline", "railway", "highway", "bridge",
                          "hotel", "lodge", "mall", "complex", "tower", "island"})
_BRAND_WORDS = frozenset({"brand", "brands", "banner", "label"})
_OWNER_WORDS = ("its", "their", "his", "her", "our")
_SITE_WORDS = frozenset({"project", "mine", "deposit", "plant", "factory", "refinery",
                         "site", "field", "terminal", "facility", "mill", "mills", "looms"})


# The retyping rules in order: the first that applies decides a name.
RETYPE_RULES: tuple[Callable[[_Names, _Cand], Retyped], ...] = (
    owner_split, office_or_zone, short_month, photo_credit, credit_line, trade_name,
    name_of_company,
    article_opened, the_named,
    family_name, acronym_person,
    title_in_capitals, quoted_work, storm_name,
    product_apposition, possessed_product, product_or_vessel, brand_name, site_person,
    locative_person, place_of_place_noun, site_in_apposition, origin_place, home_town,
    members_of, closing_formula, medium_name,
    sentence_opener, particle_opened, title_word, role_word, country, city_and_state,
    town_of_province, city_modifier, trade_modifier, national_arm,
    not_a_name, bare_legal_form, day_name, stage_direction, demonym, institution_word,
    bare_state, bare_market,
    quoted_title,
    shouted_function_word, shouted_common_words, shouted_line_word,
    adviser, portfolio, taught_subject, office_of, event_name, calendar_edges, surnames_of_person,
    surname_alone, surname_and_sector, acting_company, its_subject, corporate_part,
    employer_or_company, company_opening, org_opening,
    common_word, unsupported_person, company_tail, unintroduced,
)


def _retype(kn: Knowledge, doc: Doc, chosen: list[_Cand], caps: list[bool]) -> list[_Cand]:
    """Typing constraints read once every name of the article is known
    (``RETYPE_RULES``); a surname with particles after a person's name joins it."""
    for c in chosen:
        if c.label == "PER":
            trim_titles(kn, doc, c)
    names = _Names(kn, doc, chosen, caps)
    out: list[_Cand] = []
    person_at_end: dict[int, _Cand] = {}
    taken: set[int] = set()  # particles a surname took from a name of their own
    for c in chosen:
        if c.label == "PER":
            opened = c.start
            _leading_particles(kn, doc, c)
            taken.update(range(c.start, opened))
            if c.end < len(doc) and _syllable_hyphen(doc, c.end):
                c.end += 2  # the model's "Choi Seung" of "Choi Seung-woo"
            k = c.start
            while k > 0 and doc[k - 1].lower_ in NAME_PARTICLES and doc[k - 1].is_lower:
                k -= 1
            owner = person_at_end.get(k)
            if k < c.start and owner is not None and c.start - k <= 2 and \
                    any(o is owner for o in out):
                # "Marta Ruiz de la Fuente": a surname with particles after a name.
                owner.end = c.end
                person_at_end[c.end] = owner
                continue
            person_at_end[c.end] = c
        for rule in RETYPE_RULES:
            found = rule(names, c)
            if found is not None:
                out += found
                break
        else:
            out.append(c)
    if taken:
        # "Van" found alone before the model's "der Molen Kaas": one name now.
        out = [c for c in out if not all(k in taken for k in range(c.start, c.end))]
    return _trade_short_forms(kn, doc, out)


def _trade_short_forms(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """The short form of a company ``trade_name`` found ("Pangal" of "Celulosa Pangal"),
    which the article's one sense made a person with it, is the company's."""
    words = {t.text for c in chosen if "retype:trade_name" in c.rules
             for t in doc[c.start:c.end] if t.text[:1].isupper() and
             t.text not in TRADE_HEADS and not trade_agent(kn, t.text)}
    if not words:
        return chosen
    return [c.retyped("ORG", c.priority, "retype:trade_name")
            if c.label == "PER" and c.end - c.start == 1 and c.priority < _P_PERSON and
            doc[c.start].text in words else c for c in chosen]


def _leading_particles(kn: Knowledge, doc: Doc, c: _Cand) -> None:
    """A surname that opens with its particles, the first capitalised, takes them: "De
    la Serna toreó", "a De la Cruz", "Van der Westhuizen kicked" (not "De Ana Ruiz se
    sabe": a given name opens no such surname)."""
    k = c.start
    while k > 0 and c.start - k < 2 and doc[k - 1].lower_ in NAME_PARTICLES and \
            doc[k - 1].text[1:].islower():
        k -= 1
    if k == c.start or doc[k].lower_ not in _OPENING_PARTICLES or \
            not doc[k].text[:1].isupper() or \
            any(doc[j].text[:1].isupper() for j in range(k + 1, c.start)) or \
            doc[c.start].text in kn.given_names or \
            (k > 0 and doc[k - 1].text[:1].isupper() and not doc[k].is_sent_start):
        return
    c.start = k
    c.rules = (*c.rules, "retype:leading_particles")


# Particles that may open a surname ("De la Serna", "Van der Berg", "Di Stefano"); not
# "La" or "Al", which open a sentence as articles.
_OPENING_PARTICLES = frozenset({"de", "del", "da", "das", "do", "dos", "van", "von", "di", "du"})


def _corporate_role(doc: Doc, i: int) -> bool:
    """Whether the name at ``i`` plays a company's part in its sentence."""
    tok = doc[i]
    if i + 2 < len(doc) and doc[i + 1].lower_ in ("'s", "’s") and \
            doc[i + 2].lower_ in CORPORATE_POSSESSIONS:
        return True
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in CORPORATE_VERBS


def _common_noun_tail(kn: Knowledge, word: str) -> bool:
    """Whether a capitalised word is a Spanish common noun of a kind surnames are not:
    abstract and sector nouns ("Logística", "Inversiones", "Soluciones")."""
    low = word.lower()
    return low.endswith(SECTOR_SUFFIXES) and kn.is_common(word)


def possessive_names(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """English: a company whose name is a possessive ("Brindle's", as "Sainsbury's",
    "McDonald's"): where an organisation's "'s" is followed by no possessed noun
    phrase ("Brindle's has walked away", "a fee from Brindle's under the terms": a
    finite verb, a preposition, punctuation) and the name is never written without it,
    the "'s" is its name's (rule ``retype:possessive_name``)."""
    if kn.lang != "en":
        return chosen
    n = len(doc)

    def s_after(c: _Cand) -> bool:
        return c.end < n and doc[c.end].lower_ in ("'s", "’s") and \
            not doc[c.end - 1].whitespace_

    def unpossessed(k: int) -> bool:
        tok = doc[k] if k < n else None
        return tok is None or tok.pos_ in _NOT_POSSESSED or (
            tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBD", "VBP", "MD"))

    named = {span_text(doc, c.start, c.end) for c in chosen if c.label == "ORG" and s_after(c)
             and unpossessed(c.end + 1)}
    # Never written without its "'s" ("Talen said" beside "Talen's stake").
    named -= {span_text(doc, c.start, c.end) for c in chosen if not s_after(c)}
    if not named:
        return chosen
    starts = {c.start for c in chosen}
    out = []
    for c in chosen:
        if c.label == "ORG" and s_after(c) and span_text(doc, c.start, c.end) in named and \
                c.end + 1 not in starts:
            c = _Cand(c.start, c.end + 1, c.label, c.priority,
                      (*c.rules, "retype:possessive_name"))
        out.append(c)
    return out


# What follows a name's "'s" when no noun phrase is possessed: a verb, a preposition,
# punctuation ("Brindle's said", "from Brindle's under", "Brindle's.").
_NOT_POSSESSED = frozenset({"AUX", "ADP", "PUNCT", "SCONJ", "PART"})
