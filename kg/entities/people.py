"""People: the words around a name that say it is a person (titles, initials, given
names, ages, verbs of saying), and the rules that read people in lists and join a
person's name the model cut in two.

The person cues run like the organisation cues (``kg.entities.cues``): in priority
order at every token that could open one, each with its rule id.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Token

from kg.doc import span_text, token_flags, token_lowers, token_texts
from kg.entities.context import _P_CONTEXT, _P_GAZ, _P_MODEL, _P_PERSON, Knowledge, _Cand
from kg.entities.cues import (
    ALL,
    Ctx,
    Cue,
    Found,
    _coordinated_fields,
    after_sector_major,
    run_cues,
)
from kg.entities.furniture import interview_turn
from kg.entities.institutions import is_city
from kg.entities.runs import (
    _LIST_SEPARATORS,
    _cand_at,
    _person_end,
    _run_end,
    _sentence_initial_false,
    _shouted_word,
    an_initial,
    classifier_before,
    trade_house,
)
from kg.entities.sports import sports_report
from kg.entities.titles import role_of_next_name, style_end
from kg.entities.words import (
    ADDRESSED_BODIES,
    APPOSITION_ROLES,
    CHINESE_FAMILY_NAMES,
    DESCRIPTORS,
    FACILITY_DESCRIPTORS,
    HONORIFICS,
    INSTITUTION_WORDS,
    KINSHIP_FIRMS,
    LEGAL_FORMS,
    LOCATIVES,
    NAME_PARTICLES,
    NAMESAKE_EVENT_TAILS,
    NAMESAKE_EVENTS,
    NAMESAKE_ORG_HEADS,
    NAMESAKE_ORGS,
    NAMESAKE_PLACE_TAILS,
    NAMESAKE_PLACES,
    NATIONALITY_DESCRIPTORS,
    NEWSROOM_TITLES,
    NON_NAMES,
    NOT_COMPANY_HEADS,
    OFFICE_TITLES,
    ORG_HEADS,
    ORG_TAILS,
    PATRONYMICS,
    PERSON_ONLY_ROLES,
    PERSON_ROLES,
    PLACE_HEADS_EN,
    PLURAL_HONORIFICS,
    ROUND_WORDS,
    ROYAL_TITLES,
    SAINT_WORDS,
    SETTLEMENT_TAILS,
    SHORT_GIVEN_NAMES,
    SPEECH_VERBS,
    STYLES,
    SURNAME_NAMESAKE_TAILS,
    TERRITORIAL_ROLES,
    TITLE_MODIFIERS,
    TRADE_HEADS,
    VENUE_MODIFIERS,
    VESSEL_WORDS,
    VIETNAMESE_FAMILY_NAMES,
    VIETNAMESE_MIDDLE_NAMES,
)
from kg.iri import fold


def plural_honorific(x: Ctx, i: int) -> Found:
    """A plural honorific before a list of surnames ("Messrs. Tavel, Orrin and Brack",
    "Drs. Brumley and Kessel"): every name of the list, up to the one after its "and",
    is a person's."""
    out: list[_Cand] = []
    k, last = i + 1, False
    if k < x.n and x.texts[k] == ".":
        k += 1  # the tokenizer may part "Drs." from its stop
    while k < x.n and x.caps[k] and x.texts[k] not in HONORIFICS:
        e = _person_end(x.doc, k, x.caps)
        if e == k:
            break
        out.append(_Cand(k, e, "PER", _P_PERSON))
        if last:
            break
        k = e + 1 if e < x.n and x.texts[e] == "," else e
        if k < x.n and x.lowers[k] in ("and", "&"):
            k, last = k + 1, True
        elif k == e:
            break  # no list goes on without a comma or "and"
    return out or None


def title_before(x: Ctx, i: int) -> Found:
    """An honorific or a role right before a name: "Mr Smith", "el ministro X", "CEO
    Arthur Mensch"; the capitalised words of a title of several words are the title's
    ("Executive Vice President Dana Ruiz", "Chairman Emeritus Walter Dunmore"), and a
    title that goes on to "de"/"of" names no one ("el Presidente Ejecutivo de ...")."""
    doc, caps, text, nxt = x.doc, x.caps, x.texts[i], i + 1
    if not (nxt < x.n and caps[nxt] and (
        text in HONORIFICS
        or (x.lowers[i] in PERSON_ROLES and (not caps[i] or doc[i].is_sent_start))
        or (x.lowers[i] in PERSON_ROLES and text.isupper() and len(text) <= 3)
    )):
        return None
    if x.kn.lang == "es" and _shouted_word(x.kn, x.texts[nxt]) or _shouted_verb(x, nxt):
        return []  # a headline's common word: "CONSEJERO TURISMO PRESIDE REUNION"
    if text in HONORIFICS and x.texts[nxt] in ORG_TAILS and \
            (nxt + 1 >= x.n or not caps[nxt + 1]):
        return None  # an organisation's name: "the Premier League", "Premier Foods"
    if _trade_name_title(x, i):
        return None
    nxt = _title_goes_on(x, nxt)  # "Chairman Emeritus Walter Dunmore"
    if nxt >= x.n or not caps[nxt]:
        return None  # a title of an organisation: "el Presidente Ejecutivo de Grupo Terral"
    nxt = _after_style(x, nxt)  # "chairman Tan Sri Ahmad Zulkifli"
    if text not in HONORIFICS and x.texts[nxt] in _ADDRESS_FORMS and nxt + 1 < x.n and \
            caps[nxt + 1]:
        nxt += 1  # "managing director Dr Jane Holt": the form of address is no word of the name
    while nxt + 2 < x.n and x.texts[nxt] == "-" and x.texts[nxt + 1] in OFFICE_TITLES and \
            not doc[nxt - 1].whitespace_ and not doc[nxt].whitespace_:
        nxt += 2  # a rank of two words: "Lieutenant-General Ross Fenwick"
    e = _headline_end(x, nxt, _person_end(doc, nxt, caps))
    if e - nxt == 1 and x.texts[nxt] in HONORIFICS:
        return []  # a title addressed: "Mr Speaker", "Madam President"
    if e - nxt == 1 and text in HONORIFICS and all(
            part.lower() in PERSON_ROLES for part in x.texts[nxt].split("-")):
        # an office addressed by its style, as minutes write it: "Sr. Alcalde-Presidente",
        # "Sra. Concejala", "Mr Chairman"
        return []
    if _thing_named_with_title(x, i, nxt, e):
        return [_Cand(i, e, "MISC", _P_PERSON)]
    if e - nxt == 1 and text.rstrip(".") in _HONOURABLE and x.texts[nxt] in ADDRESSED_BODIES:
        return []  # a body addressed: "this Honourable House", "the Honourable Court"
    if _shop_named_don(x, i):
        # "Abarrotes Don Chema", "Panadería Doña Lupe": a shop named after its owner
        s = x.run_start(i - 1) if x.caps[i - 1] else i
        return [_Cand(s, e, "ORG", _P_PERSON)] if e > nxt else []
    if _shop_named_elsewhere(x, i):
        # "... la yerbatera Don Evaristo. Don Evaristo facturó ...": the brand again
        return [_Cand(i, e, "ORG", _P_PERSON)]
    if e - nxt >= 2 and x.texts[e - 1] in ORG_TAILS and x.texts[nxt] not in x.kn.given_names:
        if text not in HONORIFICS:
            return None  # a company a role word describes: "commodities trader Velora Trading"
        if text.isalpha() and text not in _ADDRESS_FORMS and not (i > 0 and caps[i - 1]):
            # a company an honorific's word opens: "Premier Tarn Solutions", "Princess
            # Harbour Cruises", as "Premier Foods" is one; not a title's last word
            # before a department ("Vice President Enterprise Risk Management")
            return [_Cand(i, e, "ORG", _P_PERSON, ("company:honorific_opened",))]
    return [_Cand(nxt, e, "PER", _P_PERSON)] if e > nxt else []


# Forms of address written between a role and a name ("chief executive Mr Tan Boon Huat",
# "la directora Dra. Ana Gil"): no word of the name, as no honorific alone is.
_ADDRESS_FORMS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.",
                            "Prof", "Prof.", "Professor", "Sr.", "Sra.", "Srta.", "Dra."})


def _thing_named_with_title(x: Ctx, i: int, nxt: int, e: int) -> bool:
    """Whether the title at ``i`` and the name ``nxt``..``e`` after it name a thing:
    a competition ("Premier Division"); a vessel, an inn or a locomotive named after a
    lady, a lord or a queen, which English writes with "the" and a given name alone
    ("the Lady Margaret", "the Sir Walter") or after a vessel's noun ("the liner Queen
    Victoria"), where a titled person goes by a surname or by no article; a brand named
    like a person ("la marca Don Curro", "la gama Doña Rufina")."""
    text = x.texts[i]
    if e - nxt == 1 and x.texts[nxt] in _COMPETITION_NOUNS:
        return True
    if text in HONORIFICS and i > 0 and (x.lowers[i - 1] in VESSEL_WORDS or (
            x.kn.lang == "en" and e - nxt == 1 and x.lowers[i - 1] == "the"
            and x.texts[nxt] in x.kn.given_names)):
        return True
    return text in ("Don", "Doña") and i > 0 and x.lowers[i - 1] in _BRAND_NOUNS


# Nouns of a division of a sports competition, which a title word may open as an
# adjective ("Premier Division", "Premier Conference"): the competition, no person.
_COMPETITION_NOUNS = frozenset({"Division", "Conference", "Section", "Pool", "Flight"})


# Spanish nouns of a brand or a product range, which name what they sell after a
# person's style as after any other name ("la marca Don Curro").
_BRAND_NOUNS = frozenset({"marca", "marcas", "gama", "línea", "enseña", "sello"})


def _title_goes_on(x: Ctx, k: int) -> int:
    """Past the capitalised words that go on with a title before the name, where one of
    them qualifies it (``TITLE_MODIFIERS``: "Executive Vice President Dana Ruiz",
    "Chairman Emeritus Walter Dunmore"); ``k`` where none does."""
    j = k
    while j < x.n and x.caps[j] and (x.texts[j] in TITLE_MODIFIERS or x.texts[j] in OFFICE_TITLES):
        j += 1
    return j if any(x.texts[t] in TITLE_MODIFIERS for t in range(k, j)) else k


# The honorific a parliament or a court gives itself and its members.
_HONOURABLE = frozenset({"Honourable", "Honorable", "Hon"})


def style_before(x: Ctx, i: int) -> Found:
    """A conferred style or a form of address before a name ("Tan Sri Ahmad Zulkifli",
    "Dato' Sri Lim Boon Huat", "Engr. Ramon dela Cruz", ``STYLES``): the capitalised
    words after it name a person, the longest style none of them."""
    j = _after_style(x, i)
    if j == i:
        return None
    e = _person_end(x.doc, j, x.caps)
    return [_Cand(j, e, "PER", _P_PERSON)] if e > j else []


def _after_style(x: Ctx, i: int) -> int:
    """Where the name after a style opening at ``i`` starts (``i`` where none opens)."""
    if x.texts[i].rstrip(".'") not in _STYLE_OPENERS:
        return i
    j = style_end(x.doc, i, x.n - 1)
    return j if j > i and x.caps[j] and x.doc[j].pos_ in ("PROPN", "NOUN", "X") else i


# The first words of the styles, on which ``style_before`` is keyed.
_STYLE_OPENERS = frozenset(s.split()[0].rstrip(".'") for s in STYLES)


def _trade_name_title(x: Ctx, i: int) -> bool:
    """Spanish: an honorific or a role word that a company's classifier governs opens no
    person's name: "la panificadora Don Miguel" (a brand named like a person), "el grupo
    de defensa Iberdef" (a sector complement, not a player's position)."""
    if x.texts[i] in HONORIFICS:
        # the brand named again without its classifier: "Don Miguel vende pan de caja"
        return any(x.texts[j] == x.texts[i] and x.texts[j + 1] == x.texts[i + 1]
                   and classifier_before(x.kn, x.doc, j) for j in range(x.n - 1))
    return i > 0 and x.lowers[i - 1] == "de" and x.texts[i].islower() and \
        classifier_before(x.kn, x.doc, i + 1)


def _shop_named_don(x: Ctx, i: int) -> bool:
    """Spanish "Don"/"Doña" after a capitalised common noun of a trade opens no person:
    the words are a shop's or a brand's name ("Abarrotes Don Chema", "Panadería Doña
    Lupe", "Tortillería Doña Mary", "Panificadora Don Tomás"), also after the trade's
    noun in small letters ("la yerbatera Don Evaristo", "la panadería Doña Lupe"); not
    after a role ("Presidente Don Juan") nor a verb ("quien era Don Juan")."""
    if x.lowers[i] not in ("don", "doña") or i == 0 or x.lowers[i - 1] in x.kn.stop_words:
        return False
    prev = x.texts[i - 1]
    shape = prev.isalpha() and len(prev) >= 6 and (
        fold(prev).endswith(("eria", "erias", "era", "eras")) or trade_agent(x.kn, prev.title()))
    if not x.caps[i - 1]:
        return shape and x.lowers[i - 1] not in PERSON_ROLES and \
            not x.kn.is_verb_form(x.lowers[i - 1])
    trade = prev in TRADE_HEADS or x.kn.is_common(prev) or trade_agent(x.kn, prev) or shape or (
        prev.isalpha() and prev.endswith("s") and prev not in x.kn.places)
    return trade and x.lowers[i - 1] not in PERSON_ROLES and prev not in HONORIFICS and \
        prev not in x.kn.given_names and prev not in x.kn.surnames


def _shop_named_elsewhere(x: Ctx, i: int) -> bool:
    """A "Don"/"Doña" and a name that the article writes elsewhere as a shop's or a
    brand's name (``_shop_named_don``) is the shop again ("Grupo Norte compró la
    yerbatera Don Evaristo. Don Evaristo facturó 14 millones")."""
    if x.lowers[i] not in ("don", "doña") or i + 1 >= x.n:
        return False
    name = x.texts[i + 1]
    return any(x.lowers[k] == x.lowers[i] and x.texts[k + 1] == name and _shop_named_don(x, k)
               for k in range(x.n - 1) if k != i)


# Spanish endings of feminine agentive nouns of a trade ("fundidora", "refinadora",
# "comercializadora", "embotelladora"), which stand for "la empresa ...".
_AGENT_ENDINGS = ("adora", "edora", "idora", "adoras", "edoras", "idoras")


def trade_agent(kn: Knowledge, word: str) -> bool:
    """A capitalised agentive noun of a trade in -dora, no given name ("Isadora")."""
    return word[:1].isupper() and len(word) >= 8 and word not in kn.given_names and \
        fold(word).endswith(_AGENT_ENDINGS)


def _shouted_verb(x: Ctx, k: int) -> bool:
    """English: a word in capitals after a role in a headline is its verb or a function
    word, not a name, unless it is a given name ("BRIGHTWATER CEO QUITS", "CEO TO
    STEP DOWN"; but "CEO MARK HOLT")."""
    text = x.texts[k]
    return x.kn.lang == "en" and len(text) > 1 and text.isalpha() and text.isupper() and \
        text.title() not in x.kn.given_names and (
            x.lowers[k] in x.kn.stop_words or x.kn.is_verb_form(x.lowers[k]))


def role_of_org(x: Ctx, i: int) -> Found:
    """A role, its organisation and the person: "el CEO de OpenAI, Sam Altman",
    "ministro de Economía, Carlos Cuerpo"."""
    doc, caps, n, nxt = x.doc, x.caps, x.n, i + 1
    if not (x.lowers[i] in PERSON_ROLES and nxt + 1 < n
            and x.lowers[nxt] in ("de", "del", "of", "at")):
        return None
    k = nxt + 1
    if x.lowers[k] in ("la", "el", "the") and k + 1 < n:
        k += 1
    if not caps[k]:
        return _role_of_common_noun(x, k)
    if caps[k]:
        e = _run_end(doc, k, caps)
        if x.texts[k] in ORG_HEADS and _coordinated_fields(x, k, e) > e:
            return []  # the name goes on: "portavoz del Ministerio de Cultura, Turismo e ..."
        if e + 1 < n and x.texts[e] == "," and caps[e + 1]:
            pe = _person_end(doc, e + 1, caps)
            # An honorific is no part of the name: "el presidente de Vinova, don José Abril"
            ps = e + 2 if x.texts[e + 1] in HONORIFICS and pe > e + 2 else e + 1
            if x.texts[k] in ("University", "Universidad") and is_city(span_text(doc, ps, pe)):
                return []  # a campus: "an economist at the University of Texas, Austin"
            if pe > ps:
                return [_Cand(ps, pe, "PER", _P_PERSON),
                        *(_role_org(x, k, e) if x.lowers[i] not in TERRITORIAL_ROLES else [])]
    return []


def _role_of_common_noun(x: Ctx, k: int) -> Found:
    """A role of an organisation the writer names by a common noun, then the person in
    apposition between commas: "el consejero delegado de la conservera, Antón Louro
    Pazos, agradeció", "the chief executive of the bakery, Ines Marl, said". The name
    has two words at least and none of a company's ("el director de la filial, Orvel
    Renovables S.A., dijo" names the subsidiary)."""
    doc, caps, n = x.doc, x.caps, x.n
    j = k
    while j < min(n, k + 2) and x.texts[j].isalpha() and x.texts[j].islower():
        j += 1
    if j == k or j + 1 >= n or x.texts[j] != "," or not caps[j + 1]:
        return []
    ps = j + 2 if x.texts[j + 1] in HONORIFICS else j + 1
    pe = _person_end(doc, ps, caps)
    hit = _cand_at(x.model, ps)
    if pe - ps < 2 or pe >= n or x.texts[pe] != "," or (hit is not None and hit.label == "ORG") \
            or any(x.texts[t] in ORG_HEADS or x.texts[t] in ORG_TAILS or x.texts[t] in LEGAL_FORMS
                   for t in range(ps, pe)):
        return []
    return [_Cand(ps, pe, "PER", _P_PERSON)]


def _role_org(x: Ctx, k: int, e: int) -> list[_Cand]:
    """What a role is of, before the person who holds it, is an organisation where it is
    no place ("la presidenta de Telvia, María José Ortega"; not "el presidente de
    Colombia"); a government portfolio is retyped later (``retype.portfolio``)."""
    text = span_text(x.doc, k, e)
    if x.kn.lang != "es" or text in x.kn.places or text.title() in x.kn.places or \
            fold(x.texts[k]) in NOT_COMPANY_HEADS or \
            x.texts[k] in x.kn.given_names or _cand_at(x.model, k) is not None and \
            _cand_at(x.model, k).label == "LOC":  # type: ignore[union-attr]
        return []
    return [_Cand(k, e, "ORG", _P_CONTEXT)]


def initial(x: Ctx, i: int) -> Found:
    """An initial: "K. Curran", "J. Zanetti", in English also "G Crosse"."""
    doc, caps, n, text, nxt = x.doc, x.caps, x.n, x.texts[i], i + 1
    if not caps[i]:
        return None
    is_initial = (len(text) == 2 and text[1] == "." and text[0].isupper()) or (
        x.kn.lang == "en" and len(text) == 1 and text.isupper() and text not in "AI"
        and not doc[i].is_sent_start and nxt < n and doc[nxt].text[1:].islower()
    )
    if not (is_initial and nxt < n and caps[nxt] and x.texts[nxt] not in ORG_TAILS
            and x.texts[nxt] not in LEGAL_FORMS) or interview_turn(x.kn, doc, i):
        return None  # (an interview's "R. Es un paso clave" is no "R. Es")
    if (i > 0 and x.texts[i - 1] in ROUND_WORDS) or (
            x.lowers[nxt] in x.kn.stop_words and x.lowers[nxt] not in NAME_PARTICLES):
        # A round's letter ending a sentence, and the next one's first word: "su Serie
        # A. En 2024 ...", "the Series A. In 2024 ..." (not "J. de la Cruz").
        return None
    if any(f"{side} {x.texts[nxt]}" in x.kn.places for side in _COMPASS.get(text[0], ())):
        return []  # "N. Korea", "S. Africa": a country, not a person
    e = _headline_end(x, nxt, _person_end(doc, nxt, caps))
    if all(an_initial(t) for t in x.texts[i:e]):
        return []  # initials alone sign a photo or a note ("/ D. A."): no one's name
    return [_Cand(i, e, "PER", _P_PERSON)] if e > nxt else []


_COMPASS = {"N": ("North", "Northern"), "S": ("South", "Southern"),
            "E": ("East", "Eastern"), "W": ("West", "Western")}


def _classified(x: Ctx, i: int) -> bool:
    """A Spanish classifying noun between an article and the name says what it
    names: "el grupo Jerónimo Martins", "la cadena Dia": a company, whatever given name
    it opens with. A feminine nationality ("la portuguesa") stands for "la empresa
    portuguesa" only where a masculine given name cannot agree with it ("la portuguesa
    Jerónimo Martins"); "la española Conchita Martínez" is a woman."""
    if x.kn.lang != "es" or i < 2:
        return False
    if x.lowers[i - 1] in NATIONALITY_DESCRIPTORS and x.lowers[i - 2] in ("la", "una"):
        return x.texts[i - 1].islower() and x.lowers[i].endswith("o")
    # The classifier may carry adjectives and a "de" complement: "la agencia
    # estadounidense de modelos Linda Woods".
    if x.lowers[i - 1] in ("de", "del"):
        return False  # whose it is: "el equipo de Valero Rivera"
    k = i - 1
    while k > 1 and i - k <= 4 and x.texts[k].islower() and x.lowers[k] not in DESCRIPTORS \
            and not trade_house(x.doc, k) \
            and (x.doc[k].pos_ in ("ADJ", "NOUN") or x.lowers[k] == "de"):
        if x.lemmas[k] in APPOSITION_ROLES or x.lowers[k] in APPOSITION_ROLES:
            return False  # a group of people: "un grupo de periodistas Pilar García"
        k -= 1
    if k < i - 1 and x.lowers[k + 1] != "de" and x.doc[k + 1].pos_ == "NOUN":
        return False  # a noun of its own between them: "la empresa del presidente X"
    if k < 1 or x.lowers[k - 1] not in _DETERMINERS:
        return False
    low = x.lowers[k]
    return x.texts[k].islower() and low not in APPOSITION_ROLES and (
        low in DESCRIPTORS or trade_house(x.doc, k))  # "la casa de subastas X"


_DETERMINERS = frozenset({"el", "la", "los", "las", "un", "una", "del", "al"})


def _headline_end(x: Ctx, nxt: int, e: int) -> int:
    """Where a name in a headline in capitals ends: before the headline's common words
    ("MATILDE FERNANDEZ PRESENTARA CANDIDATURA", "R. IBARRA ACEPTARIA"); the word
    after the given name or initial is a surname even where it is a common word
    ("ANTONIO CANALES")."""
    if not x.texts[nxt].isupper():
        return e
    k = nxt + 1
    while k < e:
        if x.lowers[k] in NAME_PARTICLES:
            j = k
            while j < e and x.lowers[j] in NAME_PARTICLES:
                j += 1
            if j < e and not _shouted_word(x.kn, x.texts[j]):
                k = j + 1  # particles inside the name: "JOSE MANUEL DE LA SOTA"
                continue
        if _shouted_word(x.kn, x.texts[k]):
            return k
        k += 1
    return e


def country_in_brackets(x: Ctx, i: int) -> Found:
    """A name and a country in brackets: "Geir Moen ( Norway )"; not a dateline: "Sao
    Paulo ( Brasil ) , 23 may" is a place."""
    doc, n, nxt = x.doc, x.n, i + 1
    if not (x.caps[i] and nxt + 2 < n and x.texts[nxt] == "(" and x.texts[nxt + 2] == ")"
            and x.texts[nxt + 1] in x.kn.countries
            and not (nxt + 4 < n and x.texts[nxt + 3] == "," and doc[nxt + 4].like_num)):
        return None
    s = x.run_start(i)
    size = i + 1 - s
    if (2 <= size <= 3 or size == 1 and _timed(x, nxt + 3)) and not any(
        x.texts[k] in ORG_TAILS or x.texts[k] in LEGAL_FORMS
        or x.texts[k] in ORG_HEADS for k in range(s, i + 1)
    ) and span_text(doc, s, i + 1) not in x.kn.places:
        return [_Cand(s, i + 1, "PER", _P_CONTEXT)]
    return []


def _timed(x: Ctx, k: int) -> bool:
    """English: a time or a measure with decimals follows at ``k`` ("10.89", "3:45.011",
    "8.24"): an athlete's result, whereas a team's is a whole score ("Alba (Germany)
    75"); so a single name before a country in brackets is an athlete's."""
    return x.kn.lang == "en" and k < x.n and bool(_TIME.fullmatch(x.texts[k]))


# A time or measure: "10.89", "3:45.011", "1:23", "54.683".
_TIME = re.compile(r"\d{1,3}([.:]\d{1,3})+")


def given_name(x: Ctx, i: int) -> Found:
    """A known given name: "Arthur Mensch", "Joao Pimienta da Veiga", "KEVIN BROWN";
    its surname may open with particles: "Pieter van der Berg", "Rocío de la Fuente"."""
    doc, caps, nxt = x.doc, x.caps, i + 1
    if not (_given(x, i) and nxt < x.n and (caps[nxt] or _particles_next(x, i))
            and not x.initial_false(i)):
        return None
    if x.texts[nxt] == "-" and not x.doc[i].whitespace_ and nxt + 1 < x.n and \
            not _given(x, nxt + 1):
        # "Tri-County Trust", "Mid-Valley Bank": a given name's letters hyphened to a
        # word that is no given name are that word's prefix ("Jean-Pierre Roux" is two
        # given names, and a person's)
        return None
    if x.kn.lang == "es" and i > 0 and x.texts[i - 1] in ("el", "del", "al"):
        # "la Concesión Vial del Magdalena Medio", "entre el Magdalena Medio y": Spanish
        # puts no article before a person's name, so a given name after "el", "del" or
        # "al" opens a place's or a thing's name, not a person's.
        return None
    if _classified(x, i) or _saints_team(x, i) or after_sector_major(x, i):
        return []
    e = _person_end(doc, i, caps) if not caps[nxt] else _person_end(doc, nxt, caps)
    e = dateline_end(x.kn, doc, i, _headline_end(x, nxt, e))
    if e > nxt and not any(x.texts[k] in ORG_TAILS or x.texts[k] in ORG_HEADS
                           or x.texts[k] in LEGAL_FORMS for k in range(i, e)):
        return [_Cand(i, e, "PER", _P_PERSON)]
    return []


def short_given_name(x: Ctx, i: int) -> Found:
    """Spanish: a given name written short heads a full name ("Mª José Landaluce",
    "Fco. Javier Olabarria", "Mª del Carmen Arrieta", ``SHORT_GIVEN_NAMES``): the
    person's name starts at it, not at the given name after it."""
    j = next((j for j in (i + 2, i + 1) if j < x.n and
              x.doc[i:j].text in SHORT_GIVEN_NAMES), i)
    k = j
    while k < x.n and k - j < 2 and x.lowers[k] in NAME_PARTICLES and x.texts[k].islower():
        k += 1  # "Mª del Carmen", "Mª de los Ángeles"
    if j == i or x.kn.lang != "es" or k >= x.n or not _given(x, k):
        return None
    return [_Cand(i, _person_end(x.doc, k, x.caps), "PER", _P_PERSON)]


def family_name_first(x: Ctx, i: int) -> Found:
    """A Vietnamese name, family name first and a middle name next: "Tran Thi Mai", "Vo
    Van Hung" (``VIETNAMESE_FAMILY_NAMES``): the family name opens the person's name,
    where the middle name alone would open it as a known given name ("Thi Mai")."""
    if not (i + 2 < x.n and x.texts[i + 1] in VIETNAMESE_MIDDLE_NAMES and x.caps[i + 2]
            and x.doc[i].whitespace_):
        return None
    e = _person_end(x.doc, i + 2, x.caps)
    if any(x.texts[k] in ORG_TAILS or x.texts[k] in ORG_HEADS for k in range(i, e)):
        return []
    return [_Cand(i, e, "PER", _P_PERSON)]


def chinese_name(x: Ctx, i: int) -> Found:
    """A Chinese name as Singapore, Malaysia and Hong Kong write it, the family name
    (``CHINESE_FAMILY_NAMES``) first and a given name of two syllables as two words:
    "Tan Wei Ming, consejero delegado de ...", "Ng Siew Lan, fundadora de ...": the
    three words are one person's name where the model reads the given name alone.
    Exactly three capitalised words, each a syllable's shape; not a name of more words
    ("Tan Tock Seng Hospital") nor one with a company's word."""
    e = i + 3
    if not (e <= x.n and all(x.caps[k] and _SYLLABLE.match(x.texts[k]) for k in (i + 1, i + 2))
            and (e == x.n or not x.caps[e]) and x.doc[i].whitespace_
            and x.doc[i + 1].whitespace_):
        return None
    syllables = (x.texts[i + 1], x.texts[i + 2])
    if any(x.texts[k] in ORG_TAILS or x.texts[k] in ORG_HEADS or x.texts[k] in LEGAL_FORMS
           or x.texts[k] in x.kn.demonyms for k in range(i, e)) or \
            span_text(x.doc, i, e) in x.kn.places or is_city(span_text(x.doc, i, e)) or \
            all(x.kn.is_common(w) for w in syllables) or \
            any(x.kn.is_verb_form(w) for w in syllables):
        return []  # no title-case headline ("Lim Buys Stake", "Low Cost Air")
    return [_Cand(i, e, "PER", _P_PERSON)]


# A syllable of Chinese romanised in Singapore, Malaysia or Hong Kong: "Wei", "Siew".
_SYLLABLE = re.compile(r"^[A-Z][a-z]{1,5}$")


def patronymic(x: Ctx, i: int) -> Found:
    """A Malay name, given name, "bin"/"binti" and the father's name: "Rahim bin Osman
    said", "founded by Aminah binti Yusof" (``PATRONYMICS``): one person's name from the
    capitalised run before the particle to the father's name, where the model reads
    only the father's name or none. A company's word in it makes it no person's name
    ("Rahim bin Osman Holdings Sdn Bhd")."""
    if not (i + 2 < x.n and x.texts[i + 1] in PATRONYMICS and x.caps[i + 2]):
        return None
    s = x.run_start(i)
    e = _person_end(x.doc, i + 2, x.caps)
    if any(x.texts[k] in ORG_TAILS or x.texts[k] in ORG_HEADS or x.texts[k] in LEGAL_FORMS
           for k in range(s, e)) or (e < x.n and x.texts[e] in LEGAL_FORMS):
        return []
    return [_Cand(s, e, "PER", _P_PERSON)]


def _given(x: Ctx, i: int) -> bool:
    """Whether the capitalised word at ``i`` is a known given name ("KEVIN" too)."""
    text = x.texts[i]
    return x.caps[i] and (text in x.kn.given_names or (
        text.isupper() and len(text) > 2 and text.title() in x.kn.given_names))


def _particles_next(x: Ctx, i: int) -> bool:
    """Whether lower-case name particles and a capitalised surname follow the given name
    at ``i`` ("Pieter van der Berg", "Jan de Vries", "Rocío de la Fuente"); not a place
    ("Santiago de Compostela", "San Sebastián de los Reyes", "Carlos de Madrid")."""
    k = i + 1
    while k < x.n and k - i <= 2 and x.lowers[k] in NAME_PARTICLES and x.texts[k].islower():
        k += 1
    if k == i + 1 or k >= x.n or not x.caps[k] or x.texts[k] in NON_NAMES or \
            x.doc[k].is_sent_start or (x.kn.lang == "es" and x.lowers[i + 1] == "al"):
        return False
    word = x.texts[k]
    if k == i + 2 and x.lowers[i + 1] == "de" and (
            x.lowers[k] in x.kn.stop_words or x.kn.is_common(word)
            or word in x.kn.places or is_city(word)):
        return False  # a bare "de" and a common word or a town: "Marina de Guerra"
    e = _person_end(x.doc, i, x.caps)
    span = span_text(x.doc, i, e)
    return not (i > 0 and x.texts[i - 1] in SAINT_WORDS) and \
        span not in x.kn.places and not is_city(span)


def namesake(x: Ctx, i: int) -> Found:
    """A given name in the name of a thing named after a person: a place, an event or
    a firm, not a person ("la avenida Tomás Berrocal", "la Ciudad Deportiva José Ramón
    Cisneros", "el Trofeo Manuel Ferrer", "la Fundación Lucía Romero", "Hijos de Ramón
    Lozano", "Bodegas Ramón Ibarra"; English "the Clara Whitmore Awards")."""
    if not (_given(x, i) and i + 1 < x.n and (
            x.caps[i + 1] or _particles_next(x, i) or _street_particles(x, i))):
        return None
    if x.kn.lang == "en":
        return _english_namesake(x, i)
    e = _person_end(x.doc, i + 1 if x.caps[i + 1] else i, x.caps)
    if x.kn.lang != "es" or i == 0:
        return None
    k = i - 1
    if x.texts[k] in ROYAL_TITLES and k > 0 and _namesake_label(x.texts[k - 1]):
        k -= 1  # "el Premio Rey Jaime I", "la Universidad Rey Juan Carlos"
    elif x.lowers[k] in ("de", "del") and k > 0 and (
            x.texts[k - 1] in KINSHIP_FIRMS or fold(x.texts[k - 1]) in NAMESAKE_PLACES):
        k -= 1  # "Hijos de Ramón Lozano", "la calle de Alonso Cano"
    label = _namesake_label(x.texts[k]) or ("ORG" if k == i - 1 and _shop_head(x, k) else None)
    if label is None or (k < i - 1 and x.texts[k][:1].islower() and label != "LOC"):
        return None
    s = x.run_start(k) if x.caps[k] else i
    return [_Cand(s, e, label, _P_GAZ)]


def place_head(x: Ctx, i: int) -> Found:
    """English: a geographic head before a capitalised name opens a place's name ("the
    harbour lies between Cape Byron and Mount Pleasant", "the terminal at Port Elliot",
    "Lake Winslow farmers"), not a person's or a company's, unless a company's word or a
    common noun closes the name ("Lake Winslow Dairy", "Port Elliot Terminals"), a name
    before it makes the head part of a person's name ("Ian Mount"), or "of" makes it the
    name of a body's seat ("the University of Mount Allison")."""
    if x.kn.lang != "en" or i + 1 >= x.n or not x.caps[i + 1] or \
            i > 0 and (x.caps[i - 1] and not x.doc[i - 1].is_sent_start
                       or x.lowers[i - 1] in ("of", "de")):
        return None
    e = _run_end(x.doc, i + 1, x.caps)
    words = x.texts[i + 1:e]
    if e - i > 3 or any(w in ORG_TAILS or w in LEGAL_FORMS or w in ORG_HEADS for w in words) \
            or len(words) > 1 and x.kn.is_common(words[-1]):
        return None
    return [_Cand(i, e, "LOC", _P_GAZ)]


def _english_namesake(x: Ctx, i: int) -> Found:
    """English puts the kind of thing after the name: "the Clara Whitmore Awards",
    "Macon County"-like names, "the Charles de Gaulle airport". After a monarch's
    title the given name alone is enough, as royals go by it ("the King George
    Stakes", "the Queen Mary Cup")."""
    e = _person_end(x.doc, i, x.caps)
    if e - i < 2:
        return None
    tail = x.texts[e - 1]
    royal = i > 0 and x.texts[i - 1] in ROYAL_TITLES and tail not in SURNAME_NAMESAKE_TAILS
    least = 2 if royal or tail in SETTLEMENT_TAILS else 3
    venue = tail in ("Hall", "House", "Park") and x.texts[e - 2] in VENUE_MODIFIERS
    label = "MISC" if tail in NAMESAKE_EVENT_TAILS else \
        "LOC" if (tail in NAMESAKE_PLACE_TAILS or tail in SETTLEMENT_TAILS or venue) \
        and e - i >= least else None
    if label is None and e < x.n and x.texts[e].islower() and \
            x.texts[e].title() in NAMESAKE_PLACE_TAILS:
        return [_Cand(i, e, "LOC", _P_GAZ)]  # "Charles de Gaulle airport"
    return [_Cand(i - royal, e, label, _P_GAZ)] if label and e - i >= least else None


def _street_particles(x: Ctx, i: int) -> bool:
    """Spanish: a given name after a street's or a square's noun, then "de" and a
    capitalised word ("la avenida Rosalía de Castro", "la plaza Pedro de Valdivia"):
    the street's name runs on through the particle even where the word after it is
    a town's or a common word, which alone stop a person's name there."""
    return x.kn.lang == "es" and i > 0 and i + 2 < x.n and \
        fold(x.texts[i - 1]) in NAMESAKE_PLACES and x.lowers[i + 1] in ("de", "del") and \
        x.caps[i + 2]


def _shop_head(x: Ctx, k: int) -> bool:
    """Spanish: a capitalised singular noun of a shop right before a person's name
    ("la Librería Paco Lorente", "Farmacia Inés Lago", "Ferretería Ramón Gil") makes
    the words the shop's name, as a plural trade does ("Bodegas Ramón Ibarra"); not
    a given name or surname that ends so ("Echevarría")."""
    head = x.texts[k]
    return x.caps[k] and head.isalpha() and len(head) >= 7 and \
        fold(head).endswith(_SHOP_ENDINGS) and head not in x.kn.given_names and \
        head not in x.kn.surnames and x.lowers[k] not in PERSON_ROLES


# Endings of Spanish nouns of a shop ("librería", "farmacia", "ferretería", "óptica"
# is left out: too short and too rare).
_SHOP_ENDINGS = ("eria", "aria", "acia")


def _namesake_label(head: str) -> str | None:
    """What a Spanish head word names before a person's name, if it names a thing."""
    low = fold(head)
    if head in NAMESAKE_ORG_HEADS or head in KINSHIP_FIRMS or head in TRADE_HEADS or \
            (low in NAMESAKE_ORGS and head[:1].isupper()):
        return "ORG"
    if low in NAMESAKE_EVENTS and head[:1].isupper():
        return "MISC"
    if low in NAMESAKE_PLACES or low in NAMESAKE_ORGS or \
            low in {fold(w) for w in FACILITY_DESCRIPTORS}:
        return "LOC"
    return None


def _saints_team(x: Ctx, i: int) -> bool:
    """English: a given name after a saint's title is the saint's, and names what is
    named after the saint, not a person: a team's city in a match report ("the San
    Diego Padres", "St George Illawarra"), a firm or an estate a common noun closes
    ("Santa Rosa Orchards", "San Lorenzo Vineyards", "St Helena Farms"), or a body
    named "of" the saint ("the Parish of St Andrew", "the Church of St Mary")."""
    if not (x.kn.lang == "en" and i > 0 and x.texts[i - 1] in SAINT_WORDS):
        return False
    if i > 2 and x.texts[i - 2] == "of" and x.texts[i - 3] in ORG_HEADS:
        return True
    e = _person_end(x.doc, i, x.caps)
    return sports_report(x.doc) or (e - i >= 2 and x.texts[e - 1].endswith("s")
                                    and x.kn.is_common(x.texts[e - 1]))


def dateline_end(kn: Knowledge, doc: Doc, s: int, e: int) -> int:
    """The end of a name that runs into a dateline's place and date: a byline "Por Ana
    Ruiz Gil Madrid, 23 may (EFE)" names Ana Ruiz Gil (but "Ana Madrid, 45, dijo"
    gives an age); the place may be of two words ("Por Luis Mora Santo Domingo, 23
    may (EFE)")."""
    for size in (2, 1):
        if e - s >= size + 1 and _dateline_place(kn, doc, e - size, e):
            return e - size
    return e


def _dateline_place(kn: Knowledge, doc: Doc, s: int, e: int) -> bool:
    """Whether ``s:e`` is a place a dateline's date follows ("Quito, 12 jun"); a
    number in words is a count, no day ("Elena Ruiz de Marroquín, cuatro hijos")."""
    place = doc[s:e].text
    return e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].is_digit and \
        doc[e + 2].is_lower and (place in kn.places or is_city(place))


def age(x: Ctx, i: int) -> Found:
    """An age: "Wang, 45, a veteran dissident". Only a person is written with an age
    in commas, so the cue outranks the context cues of organisations ("Orlov, 38,
    takes on the champion": no company takes anything over)."""
    doc = x.doc
    if not (x.caps[i] and i + 3 < x.n and x.texts[i + 1] == "," and doc[i + 2].is_digit
            and x.texts[i + 3] == "," and 16 <= int(x.texts[i + 2]) <= 105):
        return None
    s = x.name_start(i)
    return [] if span_text(doc, s, i + 1) in x.kn.places else [_Cand(s, i + 1, "PER", _P_PERSON)]


def relative_or_role(x: Ctx, i: int) -> Found:
    """A name with a relative "quien"/"who", or with a role in apposition ("Barrena,
    quien sostuvo", "Cuperly, antiguo ayudante de Guy Roux"); not the place of a
    fronted locative (``_fronted_place``). A role only a person holds
    (``_person_only_apposition``) makes it a person over the model's organisation and
    the cues of a deal's parties: "Sutrisno, an Indonesian angel investor, put ...",
    "Ndiaye, fundador de Teranga Pay, vendió ..."; not a place before the role of the
    name after it (``titles.role_of_next_name``)."""
    doc, nxt = x.doc, i + 1
    if not (x.caps[i] and nxt + 1 < x.n and x.texts[nxt] == ","):
        return None
    sure = _person_only_apposition(x, nxt + 1)
    if not (sure or x.lowers[nxt + 1] in ("quien", "quienes", "who")
            or _apposition_role(doc, nxt + 1)):
        return None
    hit = _cand_at(x.model, i)
    s = hit.start if hit is not None and hit.end == i + 1 else x.run_start(i)
    if s < i and s > 0 and x.lowers[s - 1] in _FROM_PLACE and is_city(x.texts[s]):
        s += 1  # the city spoken from: "said from Calgary Nadine Fortier, the ..."
    if s == i and doc[i].is_sent_start and (
            x.lowers[i] in x.kn.stop_words or _introductory(x, i)):
        return []  # a connective opening the sentence: "However, chief executive X said"
    if _membership_line(x, nxt + 1):
        return [_Cand(s, i + 1, "ORG", _P_CONTEXT)]
    if _employer_of_role(x, s) or role_of_next_name(x.kn, doc, s, nxt + 1):
        return None
    if _fronted_place(x, s):
        return []
    if span_text(doc, s, i + 1) in x.kn.places:
        return []
    if sure and not any(x.texts[j] in ORG_TAILS or x.texts[j] in LEGAL_FORMS
                        or x.texts[j] in ORG_HEADS for j in range(s, i + 1)):
        return [_Cand(s, i + 1, "PER", _P_PERSON)]
    if hit is None or hit.label != "ORG" or _role_over_org(x, hit, nxt + 1):
        return [_Cand(s, i + 1, "PER", _P_CONTEXT)]
    return []


def _membership_line(x: Ctx, k: int) -> bool:
    """English: "member" right before a body's capitalised name, with no "of", is a
    firm's membership line, the disclosure a broker or a bank closes its notices with
    ("Harbin Lane Securities, member FINRA/SIPC", "Ottery Savings, Member FDIC"): the
    name before it is the member firm's. A person is "a member of" a body."""
    return x.kn.lang == "en" and k + 1 < x.n and x.lowers[k] == "member" and \
        x.caps[k + 1] and x.lowers[k + 1] != "of"


def _person_only_apposition(x: Ctx, k: int) -> bool:
    """Whether an apposition at ``k`` opens with a role only a person holds
    (``PERSON_ONLY_ROLES``), after an article, adjectives and a nationality word
    capitalised as English writes it: "an Indonesian angel investor", "a serial
    entrepreneur", "fundadora de", "un empresario keniano"."""
    for j in range(k, min(x.n, k + 4)):
        tok = x.doc[j]
        if tok.is_lower and x.lowers[j] in PERSON_ONLY_ROLES:
            return True
        if not ((tok.is_lower and tok.pos_ in ("DET", "ADJ")) or (x.kn.lang == "en" and (
                x.texts[j] in x.kn.demonyms or (x.caps[j] and tok.pos_ == "ADJ")))):
            return False
    return False


def _introductory(x: Ctx, i: int) -> bool:
    """A sentence's first word before its comma that is no name: an adverb, an
    adjective or a participle of manner ("Separately, the chief executive of ...",
    "Satisfecho, el presidente de ...", "Contacted, a spokesman ..."): a common word or
    its shape, no known given name or surname, that the article never writes capitalised
    inside a sentence (where "Blanco, el presidente de" follows "Juan Blanco")."""
    text = x.texts[i]
    if text in x.kn.given_names or text in x.kn.surnames:
        return False
    if not (x.initial_false(i) or x.kn.is_common(text) or x.kn.is_verb_form(text)
            or x.lowers[i].endswith(("ly", "mente")) or x.doc[i].pos_ in ("ADV", "ADJ")):
        return False
    return not any(x.texts[k] == text and not x.doc[k].is_sent_start
                   for k in range(x.n) if k != i)


def _fronted_place(x: Ctx, s: int) -> bool:
    """A place after a preposition of place that opens the sentence is the place of a
    fronted adverbial, and the role after its comma opens the subject, not an apposition
    to the name: "In Asia, chief operating officer Priya Raman will lead ...", "Desde
    Arequipa, la presidenta de Lácteos Pradera, Lucía Quispe, celebró ..."; where the
    article writes the name nowhere else but after such a preposition, as a company may
    be fronted so too and named elsewhere ("At Brixo, chief executive Dan Moss said").
    Spanish "En X," is left out: a company is fronted so ("En Telvia, el consejero
    delegado ..."), and reading it so lost a deal on a closed half."""
    if not (s > 0 and x.doc[s - 1].is_sent_start and (
            x.lowers[s - 1] in LOCATIVES if x.kn.lang == "en" else x.lowers[s - 1] == "desde")):
        return False
    return not any(x.texts[k] == x.texts[s] and not (k > 0 and x.lowers[k - 1] in LOCATIVES)
                   for k in range(x.n) if k != s)


def _employer_of_role(x: Ctx, s: int) -> bool:
    """A name that closes a person's role ("Londoño, director de análisis de Corredores
    del Tolima, quien recordó", "Ruiz, head of research at Tarn Capital, who said") is
    the employer: the relative or the apposition after it speaks of the person."""
    if s < 2 or x.lowers[s - 1] not in ("de", "del", "of", "at"):
        return False
    return any(x.lowers[j] in PERSON_ROLES for j in range(max(0, s - 5), s - 1))


def _role_over_org(x: Ctx, hit: _Cand, k: int) -> bool:
    """English: a person's role in apposition outweighs the model's organisation
    ("Brandt, chairman of Orvel, said"), unless the name has a company's words."""
    role = next((j for j in range(k, min(x.n, k + 3))
                 if not (x.texts[j].islower() and x.doc[j].pos_ in ("DET", "ADJ"))), -1)
    return x.kn.lang == "en" and hit.priority == _P_MODEL and role >= 0 and \
        x.texts[role].islower() and x.lowers[role] in PERSON_ROLES and not any(
            x.texts[j] in ORG_TAILS or x.texts[j] in LEGAL_FORMS or x.texts[j] in ORG_HEADS
            for j in range(hit.start, hit.end))


def speech_subject(x: Ctx, i: int) -> Found:
    """The subject of a verb of saying, when the model did not call it an organisation
    ("Díez afirmó", "aseguró Castillo"); never an acronym ("ACME said")."""
    if not x.caps[i]:
        return None
    tok, text = x.doc[i], x.texts[i]
    if text.isupper() and len(text) > 1:
        return None
    if not (tok.dep_ == "nsubj" and tok.pos_ == "PROPN"
            and tok.head.lemma_.lower() in SPEECH_VERBS and text not in x.kn.places
            and x.lowers[i] not in PERSON_ROLES and text not in HONORIFICS
            and x.lowers[i] not in INSTITUTION_WORDS
            and not _not_speech(tok.head)):
        return None
    if _opens_company_name(x, i) and not _says_he(tok.head):
        return []  # "Grainline says" after "Grainline AI": the press's short form
    hit = _cand_at(x.model, i)
    start = _name_start(tok)
    if hit is None and says_it(tok.head):
        # "Orion Health said it had sold ...", "Norvex said it would cut ...": a name
        # the model left out that speaks of itself as "it" is a company
        return [_Cand(start, i + 1, "ORG", _P_CONTEXT)]
    if hit is None and start == i - 1 and x.texts[start] not in x.kn.given_names:
        return []  # nor a person by its last word, when no given name opens it
    if hit is None:
        if x.initial_false(i) or (tok.is_sent_start and _introductory(x, i)):
            return []  # "Strategists at Orvel said": a common noun opening the sentence
        return [_Cand(i, i + 1, "PER", _P_CONTEXT)]
    if hit.label == "LOC" and hit.end - hit.start == 1 or \
            hit.label == "ORG" and x.kn.lang == "en" and _says_he(tok.head):
        return [_Cand(hit.start, hit.end, "PER", _P_CONTEXT)]
    return []


def _opens_company_name(x: Ctx, i: int) -> bool:
    """Whether the word at ``i`` opens, elsewhere in the article, a name closed by a
    company's tail word ("Grainline AI", "Tessaly Bio Systems") or a long name the
    model read as an organisation: the press calls a company by its first word, a
    person never so."""
    text = x.texts[i]
    return text not in x.kn.given_names and (any(
        k != i and x.texts[k] == text and k + 1 < x.n and x.texts[k + 1] in ORG_TAILS
        for k in range(x.n - 1)) or any(
        # or a name of three words or more the model read as an organisation ("Kauri
        # Building Supplies ... Kauri said")
        c.label == "ORG" and c.end - c.start >= 3 and c.start != i and x.texts[c.start] == text
        for c in x.model))


def _says_he(verb: Token) -> bool:
    """English: what the speaker says has "he" or "she" for its subject ("Halloway said
    he would stay", "Okonjo told reporters she had won"): a person speaks of himself,
    a company of "it"."""
    return any(child.dep_ == "ccomp" and any(
        g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("he", "she") for g in child.children)
        for child in verb.children)


def _name_start(tok: Token) -> int:
    """Where the proper name ending at ``tok`` starts: its proper-noun compounds right
    before it ("Orion" of "Orion Health")."""
    start = tok.i
    for child in reversed(list(tok.lefts)):
        if child.i != start - 1 or child.dep_ not in ("compound", "flat") \
                or child.pos_ != "PROPN":
            break
        start = child.i
    return start


def says_it(verb: Token) -> bool:
    """English: what the speaker says has "it" for the subject of a full verb ("Orion
    Health said it had sold", "X said it would buy"): a company speaks of itself as
    "it"; "it was too early" (the verb "be") may be anyone's."""
    return any(child.dep_ == "ccomp" and child.lemma_.lower() != "be" and any(
        g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "it" for g in child.children)
        for child in verb.children)


def _not_speech(verb: Token) -> bool:
    """A verb of saying used in another sense: "contar con" is to have or rely on
    ("Telvia ha contado con un bufete"), which companies do."""
    return verb.lemma_.lower() == "contar" and any(
        child.lower_ == "con" or (child.dep_ in ("obl", "obj") and any(
            g.lower_ == "con" for g in child.children)) for child in verb.children)


def dismissal(x: Ctx, i: int) -> Found:
    """English cricket scorecards: the fielder after "c" (caught) or "st" (stumped)
    and the bowler after "b" (bowled), in a batting line that goes on with the bowler
    or the runs ("Dunmore c Brackley b Halloway 31", "lbw b Vance 0"): people, not
    the teams a line of names and figures otherwise lists."""
    doc, n = x.doc, x.n
    if not (x.kn.lang == "en" and x.caps[i] and i >= 2 and x.texts[i - 1] in ("c", "st", "b")
            and (x.caps[i - 2] or x.texts[i - 2] in _DISMISSALS)):
        return None
    e = _person_end(doc, i, x.caps)
    if e < n and (x.texts[e] == "b" or (doc[e].like_num and x.texts[e].isdigit())):
        return [_Cand(i, e, "PER", _P_PERSON)]
    return []


def scorer(x: Ctx, i: int) -> Found:
    """English match reports: a scorer and the minute of the goal, in brackets or
    after a comma or alone ("Scorers: Ivo Marandi (47th), Pellow (88th minute, pen)",
    "Dorvik 1 (Tavo Okonjo, 22nd minute)", "(Rurik Dannel 79th)"): a person."""
    doc, n = x.doc, x.n
    if not (x.kn.lang == "en" and x.caps[i] and (i == 0 or not x.caps[i - 1])):
        return None
    e = _person_end(doc, i, x.caps)
    k = e + 1 if e < n and x.texts[e] in ("(", ",") else e
    if k < n and (_MINUTE.fullmatch(x.texts[k]) or x.texts[k].isdigit() and len(
            x.texts[k]) <= 3 and _after_score(x, i)) and span_text(doc, i, e) not in x.kn.places:
        return [_Cand(i, e, "PER", _P_PERSON)]
    return []


def _after_score(x: Ctx, i: int) -> bool:
    """Whether the name at ``i`` is inside brackets that follow a team's score, where
    its scorers are listed with their minutes ("Dorvik 2 (Okonjo 13, Pellow 65)")."""
    k = i - 1
    while k > 0 and x.texts[k] not in ("(", ")") and "\n" not in x.texts[k]:
        k -= 1
    if k > 0 and x.texts[k] == "(" and x.texts[k - 1].isdigit():
        return True
    while k > 0 and "\n" not in x.texts[k]:
        k -= 1
    return any(x.lowers[j] in _SCORER_WORDS for j in range(k, i))


# Words that head a line listing scorers ("Scorers: Okonjo 13, Pellow 65").
_SCORER_WORDS = frozenset({"scorer", "scorers", "goalscorer", "goalscorers"})


# A minute of a match as an ordinal: "47th", "1st", "90th".
_MINUTE = re.compile(r"\d{1,3}(st|nd|rd|th)")


# How a scorecard writes a batsman's dismissal: caught, stumped, bowled, leg before
# wicket, caught and bowled ("c and b").
_DISMISSALS = frozenset({"c", "st", "b", "lbw", "and"})


# The person cues in priority order; a title before a name or an initial ends the token.
def role_label(x: Ctx, i: int) -> Found:
    """A line that opens with a person's part and a colon, then a name: the credits,
    attendance and guest lines of minutes, programme notes and galleries ("Secretaria:
    Amparo Ruiz", "Guest: Priyanka Rao of Lantern Pay", "Presenta: Ayoze Cabrera"),
    whatever the given name. The part is one only a person plays (``_LABEL_ROLES``),
    the name two or three capitalised words with no company's word among them."""
    k = i + 2
    if not (x.lowers[i] in _LABEL_ROLES and k + 1 < x.n and x.texts[i + 1] == ":"
            and x.caps[k] and x.caps[k + 1] and _line_start(x.doc, i)):
        return None
    e = _person_end(x.doc, k, x.caps)
    if not 2 <= e - k <= 3 or any(
            x.texts[j] in ORG_TAILS or x.texts[j] in ORG_HEADS or x.texts[j] in LEGAL_FORMS
            or x.texts[j].isupper() or x.texts[j] in HONORIFICS or x.lowers[j] in PERSON_ROLES
            for j in range(k, e)) or span_text(x.doc, k, e) in x.kn.places:
        return None
    return [_Cand(k, e, "PER", _P_PERSON)]


def _line_start(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` opens a line, a sentence or the text."""
    return i == 0 or doc[i].is_sent_start or "\n" in doc[i - 1].text or \
        "\n" in doc[i - 1].whitespace_


# Parts only a person plays, that credits and attendance lines write as a label before
# a colon ("Guest:", "Presenta:", "Secretaria:").
_LABEL_ROLES = frozenset({
    "guest", "host", "presenter", "moderator", "interviewer", "producer", "reporter",
    "photographer", "secretary", "chair", "chairman", "chairwoman", "speaker",
    "invitado", "invitada", "presenta", "presentador", "presentadora", "moderador",
    "moderadora", "entrevistado", "entrevistada", "ponente", "secretario", "secretaria",
    "preside", "presidente", "presidenta", "fotógrafo", "fotógrafa", "redactor",
    "redactora", "productor", "productora",
})


PERSON_CUES: tuple[Cue, ...] = (
    Cue("cue:namesake", namesake, skips=ALL),
    Cue("cue:place_head", place_head, skips=ALL, on="text", words=PLACE_HEADS_EN),
    Cue("cue:style_before", style_before, skips=ALL, on="text", words=_STYLE_OPENERS),
    Cue("cue:title_before", title_before, skips=ALL),
    Cue("cue:plural_honorific", plural_honorific, skips=ALL, on="text",
        words=PLURAL_HONORIFICS),
    Cue("cue:role_of_org", role_of_org),
    Cue("cue:initial", initial, skips=ALL),
    Cue("cue:country_in_brackets", country_in_brackets),
    Cue("cue:family_name_first", family_name_first, on="text",
        words=VIETNAMESE_FAMILY_NAMES),
    Cue("cue:chinese_name", chinese_name, on="text", words=CHINESE_FAMILY_NAMES),
    Cue("cue:patronymic", patronymic),
    Cue("cue:short_given_name", short_given_name, skips=ALL, on="text",
        words=frozenset(w.rstrip(".") for w in SHORT_GIVEN_NAMES)),
    Cue("cue:given_name", given_name),
    Cue("cue:age", age),
    Cue("cue:relative_or_role", relative_or_role),
    Cue("cue:speech_subject", speech_subject),
    Cue("cue:dismissal", dismissal),
    Cue("cue:scorer", scorer),
    Cue("cue:role_label", role_label, skips=ALL),
)


def person_candidates(x: Ctx) -> list[_Cand]:
    """People from the words around a name, read by ``PERSON_CUES``."""
    out: list[_Cand] = []
    for i, text in enumerate(x.texts):
        # Only a capitalised word, an honorific or a role opens any cue.
        if not x.caps[i] and text not in HONORIFICS and text.lower() not in PERSON_ROLES:
            continue
        run_cues(PERSON_CUES, x, i, out)
    return out


def _people_lists(kn: Knowledge, doc: Doc, chosen: list[_Cand], caps: list[bool]) -> list[_Cand]:
    """In a list of names that is mostly people ("Sam Altman, Greg Lund and Pesce"),
    the other names are people too: unlabelled ones, and single words the model
    alone labelled otherwise."""
    by_start = {c.start: c for c in chosen}
    n = len(doc)
    texts, lowers, starts = token_texts(doc), token_lowers(doc), token_flags(doc, "sent_start")
    out = list(chosen)
    i = 0
    while i < n:
        if not caps[i] and i not in by_start:
            i += 1  # no list opens here: most words
            continue
        items: list[_Cand] = []
        k = i
        while k < n:
            if k in by_start:
                item = by_start[k]
            elif caps[k] and texts[k] not in NON_NAMES and \
                    (not starts[k] or _line_opens_list(kn, doc, k)) \
                    and not (kn.lang == "en" and _shouted_word(kn, texts[k])):
                # (an English headline's common word in capitals is no name: "MAKES")
                item = _Cand(k, _person_end(doc, k, caps), "", -1)
                if any(j in by_start for j in range(item.start, item.end)):
                    break
            else:
                break
            items.append(item)
            k = item.end
            while k < n and (texts[k] in _LIST_SEPARATORS or lowers[k] in
                             ("and", "y", "e") or (not caps[k] and doc[k].like_num)):
                if texts[k] in (":", "."):
                    break
                k += 1
            if k < n and texts[k] in (":", "."):
                break  # a list never runs across these
        people = [c for c in items if c.label == "PER"]
        if len(items) >= 3 and len(people) >= 2 and len(people) * 2 >= len(items):
            for c in items:
                if c.label == "" and span_text(doc, c.start, c.end) not in kn.places \
                        and not _affiliation(doc, c, texts):
                    out.append(_Cand(c.start, c.end, "PER", _P_CONTEXT, ("people:list",)))
                elif c.label in ("LOC", "ORG", "MISC") and c.priority == _P_MODEL and \
                        c.end - c.start == 1 and doc[c.start].text not in kn.places:
                    c.label = "PER"
                    c.rules = (*c.rules, "people:list")
        i = max(k, i + 1)
    _table_people(kn, doc, out)
    return sorted(out, key=lambda c: c.start)


def _affiliation(doc: Doc, c: _Cand, texts: list[str]) -> bool:
    """A name in brackets right after a person's, or one a company's word closes, in a
    list of people: the firm, club or team they are with ("Speakers: Tom Ashby (Keller
    Partners), Nia Osei (Fold Bank)", "1. Iván Cuesta (Club Ciclista Nalón) 2. Álvaro
    Prieto (Bicis Pravia)"), not one more person."""
    if any(texts[k] in ORG_TAILS or texts[k] in LEGAL_FORMS or texts[k] in ORG_HEADS
           for k in range(c.start, c.end)):
        return True
    return c.start > 0 and c.end < len(doc) and texts[c.start - 1] == "(" and \
        texts[c.end] == ")"


def _line_opens_list(kn: Knowledge, doc: Doc, k: int) -> bool:
    """English: a line that opens with a proper noun and a comma may go on with a list
    that a line break cut ("Halloway, Tom Brennick, Ivo Marandi"): its first word may
    be an item (a common word opening a sentence before a comma is not)."""
    return kn.lang == "en" and k + 1 < len(doc) and doc[k + 1].text == "," and \
        doc[k].pos_ == "PROPN" and doc[k].lower_ not in kn.stop_words and \
        (k == 0 or "\n" in doc[k - 1].text or "\n" in doc[k - 1].whitespace_)


def _table_people(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> None:
    """A line of names and figures that names a person by a cue ("R. Pellow c and b
    Annand 41", "T. Okafor 7-2-28-3, Vance 4-0-19-0") lists people: its other names
    are people too, not the teams of a results line ("Norwich 1 Wolverhampton 0"). A
    line with brackets ("Ferrol 1 (Dario Pike, 14th minute)") keeps its
    teams."""
    if not any("line:results_table" in c.rules for c in chosen):
        return  # no table: most articles
    lines: dict[int, list[_Cand]] = {}
    breaks = [t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_]
    for c in chosen:
        line = bisect_left(breaks, c.start)
        lines.setdefault(line, []).append(c)
    for number, cands in lines.items():
        table = [c for c in cands if c.label == "ORG" and (
            "line:results_table" in c.rules or c.priority == _P_MODEL)]
        if not any("line:results_table" in c.rules for c in table) or \
                not any(c.label == "PER" and c.priority >= _P_PERSON for c in cands):
            continue
        first = breaks[number - 1] + 1 if number else 0
        last = breaks[number] if number < len(breaks) else len(doc)
        if any(t.text in ("(", ")") for t in doc[first:last]):
            continue
        for c in table:
            if any(t.text in kn.places for t in doc[c.start:c.end]):
                continue  # "Jim Ballantyne, London Newsroom": a desk, not a person
            c.label, c.priority = "PER", _P_PERSON
            c.rules = (*c.rules, "people:table_line")


def nicknamed_people(
    kn: Knowledge, doc: Doc, chosen: list[_Cand], caps: list[bool]
) -> list[_Cand]:
    """A nickname in quotes between a given name and a surname is a word of one
    person's name, not a person of its own: William "Bill" Harrow, José Antonio «Pepe»
    Lorente (the model reads "William", "Bill" and "Harrow" apart). So is a given name
    in brackets, the short form English and Spanish news put there: James (Jim)
    Abernathy, José María (Chema) Alcántara. The person takes in the quotes or brackets
    and the surname after them; the names inside are dropped."""
    n = len(doc)
    inside: set[int] = set()
    for c in chosen:
        if c.label != "PER" or id(c) in inside:
            continue
        s = _nickname_end(doc, c.end, caps, kn.given_names)
        if s == c.end or s >= n or not caps[s] or doc[s].is_sent_start or \
                doc[s].text in NON_NAMES or doc[s].text in ORG_TAILS or \
                doc[s].text in LEGAL_FORMS:
            continue
        e = _person_end(doc, s, caps)
        inside |= {id(o) for o in chosen if o is not c and c.end <= o.start and o.end <= e}
        c.end = e
        c.rules = (*c.rules, "people:nickname")
    return [c for c in chosen if id(c) not in inside]


# A nickname's opening quote and the quote that closes it; a bracket holds one too,
# but only given names ("(Jim)"), since brackets after a name also hold a party, a
# team or a country ("Juan Sánchez (IU)", "Ana Ruiz (Sevilla)").
_NICKNAME_QUOTES = {'"': '"', "“": "”", "«": "»", "'": "'", "‘": "’", "``": "''", "(": ")"}


def _nickname_end(doc: Doc, q: int, caps: list[bool], given: frozenset[str]) -> int:
    """Where the word after a nickname in quotes opening at ``q`` is: one or two
    capitalised words between the quotes ("Bill", "Big Jim"), known given names
    between brackets ("(Jim)"); ``q`` where none opens."""
    close = _NICKNAME_QUOTES.get(doc[q].text) if q < len(doc) else None
    if close is None or doc[q].whitespace_:
        return q
    for j in (q + 2, q + 3):
        words = doc[q + 1:j]
        if j < len(doc) and doc[j].text == close and not doc[j - 1].whitespace_ and \
                all(caps[t.i] and t.is_alpha for t in words) and \
                (close != ")" or all(t.text in given and not t.is_upper for t in words)):
            return j + 1
    return q


def _join_people(kn: Knowledge, doc: Doc, chosen: list[_Cand], caps: list[bool]) -> list[_Cand]:
    """A person's name the model cut in two ("Natalya" + "Golodnova", "Irina"
    alone before "Privalova") is one name: a person takes in the capitalised word
    right after it, or right before it, when that word is unlabelled or a word
    the model alone labelled, and is no place, title or organisation word."""
    owner = {i: c for c in chosen for i in range(c.start, c.end)}
    dropped: set[int] = set()

    def joinable(k: int, left: bool) -> bool:
        if not (0 <= k < len(doc)) or not caps[k] or not doc[k].is_alpha:
            return False
        tok = doc[k]
        if tok.text in NON_NAMES or tok.text in kn.places or tok.text in HONORIFICS \
                or tok.lower_ in PERSON_ROLES or tok.text in ORG_TAILS \
                or tok.text in ORG_HEADS or tok.text in LEGAL_FORMS \
                or tok.lower_ in DESCRIPTORS or tok.text.isupper():
            return False
        if left and _no_name_before(kn, doc, k):
            return False
        if not left and (tok.is_sent_start or _dateline_place(kn, doc, k, k + 1)
                         or _dateline_place(kn, doc, k, k + 2)):
            return False  # nor the dateline after a byline: "Por Ana Ruiz Quito, 12 jun"
        other = owner.get(k)
        return other is None or (
            other.priority == _P_MODEL and other.end - other.start == 1
            and (other.label in ("PER", "LOC") or not left)
        )

    for c in chosen:
        if c.label != "PER" or id(c) in dropped:
            continue
        for left in (False, True):
            k = c.start - 1 if left else c.end
            if c.end - c.start < 4 and joinable(k, left):
                other = owner.get(k)
                if left and doc[k].text in SAINT_WORDS:
                    # "San Luis Potosí", "San José Iturbide": a saint's name is a place's
                    c.label, c.rules = "LOC", (*c.rules, "people:saint_place")
                    c.start = k
                    if other is not None:
                        dropped.add(id(other))
                    break
                if other is not None:
                    dropped.add(id(other))
                c.rules = (*c.rules, "people:joined")
                if left:
                    c.start = k
                else:
                    c.end = k + 1
                owner[k] = c
    return [c for c in chosen if id(c) not in dropped]


def _no_name_before(kn: Knowledge, doc: Doc, k: int) -> bool:
    """Whether the capitalised word ``k`` before a person's name is no part of it: a
    sentence's first word, a byline's "By" ("— By Goh Siew Ling"), a rank ("General"),
    a newsroom's title ("Host Dana Pryce"); a Spanish verb that opens a listing's line
    the parser ran on from an abbreviation ("a las 9.30 h. Interviene Ana Ruiz"); the
    city the speaker is in ("dijo desde Montreal Chantal Roy")."""
    tok = doc[k]
    if tok.is_sent_start or _sentence_initial_false(doc, k, kn.stop_words) \
            or tok.lower_ in ("by", "por") or tok.text in OFFICE_TITLES \
            or tok.text in NEWSROOM_TITLES:
        return True
    if kn.lang == "es" and kn.is_verb_form(tok.lower_) and \
            tok.text not in kn.given_names and tok.text not in kn.surnames:
        return True
    return k > 0 and doc[k - 1].lower_ in _FROM_PLACE and is_city(tok.text) and \
        tok.text not in SAINT_WORDS


# Prepositions of where someone speaks or writes from, before a city (not "in", "en":
# "in March Kaczorek", and March is a town).
_FROM_PLACE = frozenset({"desde", "from"})


def _titled(doc: Doc, i: int) -> bool:
    """Whether a title, honorific or role names the person at ``i`` ("Mr Smith", "el
    ministro Díez", "Díez, portavoz de")."""
    k = i - 1
    while k >= 0 and doc[k].is_punct and doc[k].text not in (",", "(", ")"):
        k -= 1
    if k >= 0 and (doc[k].text in HONORIFICS or doc[k].lower_ in PERSON_ROLES):
        return True
    return i + 2 < len(doc) and doc[i + 1].text == "," and _apposition_role(doc, i + 2)


def _apposition_role(doc: Doc, k: int) -> bool:
    """Whether a role noun opens an apposition at ``k`` ("antiguo ayudante de", "the
    chief executive of", "el presidente de")."""
    for j in range(k, min(len(doc), k + 3)):
        tok = doc[j]
        if tok.lower_ in APPOSITION_ROLES and tok.is_lower:
            return True
        if not (tok.is_lower and tok.pos_ in ("DET", "ADJ")):
            return False
    return False

