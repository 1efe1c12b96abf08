"""Organisation cues: the words around a name that say it is an organisation (or a
product, a place, a funding round).

Each cue is a function of one token that returns the candidates it reads there, or
``None`` where the token is not its cue. ``ORG_CUES`` runs them in priority order for
every token that could open any of them; a cue's ``skips`` names the later cues that
give way to it on the same token. Each candidate carries its cue's rule id
(``cue:legal_form``...), which ``kg.facts.Entity.rules`` reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.doc import doc_text, span_text, token_lemma_lowers, token_lowers
from kg.entities.context import _P_ACRONYM, _P_CONTEXT, _P_GAZ, _P_HEAD, _P_LEGAL, Knowledge, _Cand
from kg.entities.defined import defined_term
from kg.entities.gazetteer import subdivision_forms
from kg.entities.institutions import is_city
from kg.entities.naming import NAMING_OPENERS, naming_phrase
from kg.entities.runs import (
    PERSON_DESCRIPTORS,
    _cand_at,
    _ent_start,
    _funding_sentence,
    _initials_fit,
    _is_acronym,
    _label_at,
    _list_of_names,
    _name_start,
    _person_end,
    _run_end,
    _run_start,
    _sentence_initial_false,
    capitalised_words,
    opens_clause,
    opens_line,
    people_adjective,
    trade_house,
)
from kg.entities.titles import role_of_next_name
from kg.entities.words import (
    APP_CLASSIFIERS_EN,
    ARTICLE_PLACES,
    BODY_TAILS,
    CALENDAR_WORDS,
    CAPITAL_WORDS,
    COMPANY_ONLY_TAILS,
    COMPANY_PARTICIPLES,
    COMPANY_SLOT_NOUNS,
    COMPOUND_TAILS,
    COPULAS,
    CORPORATE_POSSESSIONS,
    CORPORATE_TITLES,
    DEAL_NOUNS,
    DEAL_VERBS,
    DESCRIPTORS,
    DOCUMENT_HEADS,
    FACILITY_DESCRIPTORS,
    FALSE_NAMES_OF,
    FRENCH_NAME_PARTICLES,
    FRENCH_ORG_HEADS,
    GENERIC_HEAD,
    GOVERNMENT_NOUNS,
    HEADS_BEFORE_DE,
    HOLDING_HEADS,
    HONORIFICS,
    INSTITUTIONS,
    INTENT_VERBS,
    INTERNAL_BODIES,
    KIN_JOINERS,
    KIN_TAILS,
    LEGAL_FORMS,
    LISTED_POSSESSIONS,
    MAKERS,
    MILITARY_SERVICES,
    MONEY_INTO_VERBS,
    MONEY_WORDS,
    NATIONALITY_DESCRIPTORS,
    NON_NAMES,
    NOT_COMPANY_HEADS,
    OPENING_HEADS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    ORG_TAILS,
    OUTLET_DESCRIPTORS,
    OWNED_NOUNS,
    OWNED_PARTICIPLES,
    PARTY_FIELD_LABELS,
    PERSON_ROLES,
    PHRASAL_TARGETS,
    PLACE_NOUNS,
    PLURAL_DESCRIPTORS,
    POSSESSIVES,
    PRODUCT_DESCRIPTORS,
    PRODUCT_HEADS,
    PRODUCT_PLURALS,
    PUBLIC_COMPANY_KINDS,
    PUBLIC_OWNERS,
    RAISE_VERBS,
    REGIONAL_DEMONYMS,
    REGIONAL_TAILS,
    ROLE_NOUN_WORDS,
    ROUND_WORDS,
    SEAT_WORDS,
    SECTOR_HEADS,
    SELLING_VERBS,
    SIGNING_VERBS,
    SOURCE_WORDS,
    SPACED_LEGAL_FORM,
    SPACED_LEGAL_OPENERS,
    SPEECH_VERBS,
    STAKE_VERBS,
    STATE_HEADS,
    SURNAME_TAILS,
    TARGET_VERBS,
    THING_HEADS,
    TRADE_PAIRS,
    TRAILING_DESCRIPTORS,
    UNIT_WORDS,
    WORLD_REGIONS,
)
from kg.iri import fold

Found = list[_Cand] | None


@dataclass
class Ctx:
    """One document as the cues read it: its tokens' texts and capitalisation, the
    candidates found before the cues run (``model``), and the (long form, short form)
    pairs the cues read (acronym definitions, tickers)."""

    doc: Doc
    caps: list[bool]
    texts: list[str]
    kn: Knowledge
    model: list[_Cand]
    pairs: list[tuple[str, str]]
    n: int = field(init=False)
    lowers: list[str] = field(init=False)  # every token's lower case, as Token.lower_
    lemmas: list[str] = field(init=False)  # every token's lemma, lower case
    keys: dict[str, list[str]] = field(init=False)  # the attributes cues are keyed on

    def __post_init__(self) -> None:
        self.n = len(self.doc)
        self.lowers = token_lowers(self.doc)
        self.lemmas = token_lemma_lowers(self.doc)
        self.keys = {"text": self.texts, "lower": self.lowers, "lemma": self.lemmas}

    def run_start(self, j: int) -> int:
        return _run_start(self.doc, j, self.caps, self.kn.stop_words,
                          FALSE_NAMES_OF.get(self.kn.lang, FALSE_NAMES_OF["es"]))

    def run_end(self, k: int) -> int:
        return _run_end(self.doc, k, self.caps)

    def name_start(self, last: int) -> int:
        return _name_start(self.doc, self.model, last, self.caps, self.kn.stop_words)

    def initial_false(self, i: int) -> bool:
        return _sentence_initial_false(self.doc, i, self.kn.stop_words)


ALL = ("*",)


@dataclass(frozen=True)
class Cue:
    """A named cue: ``read(ctx, i)`` gives its candidates at token ``i`` (or ``None``);
    the cues named in ``skips`` (``ALL``: every later one) do not run where it read.
    A cue keyed ``on`` a token attribute ("text", "lower" or "lemma") runs only where
    that attribute is one of its ``words``: no other token can open it."""

    rule: str
    read: Callable[[Ctx, int], Found]
    skips: tuple[str, ...] = ()
    on: str = ""
    words: frozenset[str] = frozenset()


def _cues_at(cues: Sequence[Cue], x: Ctx, i: int) -> Sequence[Cue]:
    """The cues of ``cues`` that token ``i`` can open, in their order: those keyed on
    one of its attributes' values, and those keyed on none (a tuple of cues is indexed
    by its key words once per process: most cues are keyed, and the token opens one
    or two of them, not forty). The cues a token's words open are found once per
    process for those words (never change the list returned)."""
    if type(cues) is not tuple:
        return cues
    plan = _PLANS.get(id(cues))
    if plan is None or plan[0] is not cues:
        if len(_PLANS) > 64:
            _PLANS.clear()
        plan = _PLANS[id(cues)] = (cues, *_plan(cues), {})
    _, always, keyed, known = plan
    words = tuple([x.keys[on][i] for on, _ in keyed])
    found = known.get(words)
    if found is None:
        if len(known) > _KNOWN_WORDS:
            known.clear()
        found = known[words] = _opened(cues, always, keyed, words)
    return found


def _opened(
    cues: tuple[Cue, ...],
    always: tuple[int, ...],
    keyed: tuple[tuple[str, dict[str, tuple[int, ...]]], ...],
    words: tuple[str, ...],
) -> list[Cue]:
    """The cues that a token whose attributes are ``words`` (in the order of
    ``keyed``) opens, in their order."""
    picked = list(always)
    for (_, index), word in zip(keyed, words, strict=True):
        found = index.get(word)
        if found:
            picked += found
    if len(picked) > 1:
        picked.sort()
    return [cues[k] for k in picked]


def _plan(
    cues: tuple[Cue, ...],
) -> tuple[tuple[int, ...], tuple[tuple[str, dict[str, tuple[int, ...]]], ...]]:
    """The positions of the unkeyed cues, and for each attribute the positions of the
    cues each of its values opens."""
    by_attr: dict[str, dict[str, list[int]]] = {}
    for k, cue in enumerate(cues):
        if cue.on:
            for word in cue.words:
                by_attr.setdefault(cue.on, {}).setdefault(word, []).append(k)
    always = tuple(k for k, cue in enumerate(cues) if not cue.on)
    return always, tuple(
        (on, {word: tuple(ks) for word, ks in index.items()}) for on, index in by_attr.items()
    )


# Each tuple of cues run so far (kept with it, so that its id is not reused) with its
# plan (``_plan``) and the cues each combination of key words opens (``_opened``), at
# most ``_KNOWN_WORDS`` combinations.
_PLANS: dict[
    int,
    tuple[
        tuple[Cue, ...],
        tuple[int, ...],
        tuple[tuple[str, dict[str, tuple[int, ...]]], ...],
        dict[tuple[str, ...], list[Cue]],
    ],
] = {}
_KNOWN_WORDS = 50_000


def run_cues(cues: Sequence[Cue], x: Ctx, i: int, out: list[_Cand]) -> None:
    """Run ``cues`` in order at token ``i``, adding their candidates to ``out``."""
    skipped: tuple[str, ...] = ()
    for cue in _cues_at(cues, x, i):
        if cue.rule in skipped or (cue.on and x.keys[cue.on][i] not in cue.words):
            continue
        found = cue.read(x, i)
        if found is None:
            continue
        for c in found:
            c.rules = (cue.rule, *c.rules)  # a cue may name the reading it chose
        out += found
        if cue.skips == ALL:
            return
        skipped += cue.skips


# --- names with their own shape ------------------------------------------------------


def legal_form(x: Ctx, i: int) -> Found:
    """A legal form after a name: "Zegona SAU", "Akorn Inc.", "Telefónica, S.A.", and
    one of several words, read whole: "Grupo Verdana, S.A. de C.V.", "Servicios
    Tlacote, S. de R.L." (no name of its own inside it: "R.L." opens no person)."""
    e = _legal_form_end(x, i)
    if e is None or i == 0:
        return None
    if i + 2 < x.n and x.texts[i + 1] in ("-", "‐") and x.lowers[i + 2] == "operative":
        return _cooperative(x, i)
    if x.kn.lang == "es" and x.texts[i] == "SE" and i + 1 < x.n and x.texts[i + 1].isupper() and \
            x.kn.is_verb_form(x.texts[i + 1]):
        return None  # the pronoun of a headline in capitals: "... SE REUNEN EN"
    j = i - 1 if x.texts[i - 1] != "," else i - 2
    if not (j >= 0 and x.caps[j] and x.texts[j] not in LEGAL_FORMS):
        return []
    return _legal_name(x, j, e)


def _legal_name(x: Ctx, j: int, e: int) -> Found:
    """The company whose name's last word is ``j``, through its legal form ending at
    ``e`` and any further form after it."""
    s = _over_first(x, _after_document_title(x, _over_connectors(x, x.run_start(j), _NAME_OF), j))
    while s < j and "-" in x.texts[s] and x.texts[s].rsplit("-", 1)[-1].islower():
        s += 1  # "Mo.-based", "state-owned" are no part of the name
    if s > 0 and x.doc[s - 1].is_sent_start and _opens_legal_name(x, s - 1):
        s -= 1
    if s == j and x.lowers[j] in x.kn.stop_words:
        return []  # a capitalised article is no name: "The N.A. figure", "The SA unit"
    while e < x.n and ((k := _next_legal_form(x, e)) is not None or x.texts[e] == "&"):
        e = k if k is not None else e + 1  # "S.A. E.S.P.", "Pty Ltd", "SA & Co"
    while x.texts[e - 1] == "&":
        e -= 1
    return [_Cand(s, e, "ORG", _P_LEGAL)]


def bracketed_legal_form(x: Ctx, i: int) -> Found:
    """A legal form after a bracketed word or two right after a name: the bracket
    qualifies the company, by its country or its kind ("Brill Retail (UK) Limited",
    "Ostara Mining (Pty) Ltd", "Kanto Denki (Thailand) Co., Ltd."), and the name runs
    through the form: a national subsidiary's name, not a name, a place and a form.
    English only (a Spanish bracket after a name is as often a party or a ticker)."""
    if x.kn.lang != "en" or i < 4 or x.texts[i - 1] != ")":
        return None
    e = _legal_form_end(x, i)
    if e is None:
        return None
    k = i - 2
    while k > max(i - 5, 0) and x.texts[k] != "(":
        if not x.caps[k]:
            return None
        k -= 1
    if x.texts[k] != "(" or k == i - 2 or not x.caps[k - 1] or x.texts[k - 1] in LEGAL_FORMS:
        return None
    return _legal_name(x, k - 1, e)


def firm_legal_form(x: Ctx, i: int) -> Found:
    """A firm named "X & Co." and a further legal form after its "Co." ("Fenwick &
    Co. LLC", "Harrow & Co., Inc."): one name through the last form, whose forms name
    nothing of their own. "Harrow & Co." alone is left to the model."""
    if i < 2 or x.texts[i - 1] != "&" or not x.caps[i - 2] or x.texts[i] not in ("Co", "Co."):
        return None
    e = _legal_form_end(x, i)
    if e is None or (e == i + 1 and (e >= x.n or _next_legal_form(x, e) is None)):
        return None
    return _legal_name(x, i - 2, e)


def _opens_legal_name(x: Ctx, k: int) -> bool:
    """Whether the sentence's first word ``k``, before a name a legal form closes, is
    the name's first word. Spanish opens no sentence with a bare noun of the company
    ("La constructora Alameda", "La agroexportadora Chincha"): "Constructora Alameda
    S.A. vendió", "Agroexportadora Chincha S.A.C. compró" open with the company's
    head or trade word, as a Spanish head does in English ("Grupo Olvera, S.A.
    agreed"), where an English noun may be the journalist's ("Builder Alameda Inc.
    sold")."""
    head = x.texts[k] in ORG_HEADS
    if x.kn.lang == "es":
        return head or x.lowers[k] in DESCRIPTORS
    return head and not x.kn.is_common(x.texts[k])


def partners_firm(x: Ctx, i: int) -> Found:
    """A firm named for its partners, their names parted by commas and the last by "&":
    "Cravath, Swaine & Moore", "Wachtell, Lipton, Rosen & Katz" (law, accounting and
    broking firms). The commas are inside the name, not between names: a list of
    companies or people ends in "and"/"y", never in "&"."""
    e = i + 2
    if i < 3 or e > x.n or not _single_name_word(x, i - 1) or not (
            _single_name_word(x, i + 1) or (e < x.n and x.texts[e] in LEGAL_FORMS)):
        return None
    s = i - 1
    while s >= 2 and x.texts[s - 1] == "," and _single_name_word(x, s - 2):
        s -= 2
    if s == i - 1 or (s > 0 and (x.caps[s - 1] or x.texts[s - 1] == "&")):
        return None  # no comma inside, or the first word ends another name
    while e < x.n and x.texts[e] in LEGAL_FORMS:
        e += 1
    return [_Cand(s, e, "ORG", _P_LEGAL)]


def _single_name_word(x: Ctx, k: int) -> bool:
    """Whether token ``k`` is a capitalised word standing alone between non-names."""
    return x.caps[k] and x.texts[k].isalpha() and not (k + 1 < x.n and x.caps[k + 1]) \
        and x.texts[k] not in NON_NAMES


def _after_document_title(x: Ctx, s: int, j: int) -> int:
    """Where the name a legal form closes begins when the run before it opens with a
    document's title: after the title's first "de" ("las Cuentas Anuales de Bodegas
    Altas de Cinti S.A." are the accounts of the company Bodegas Altas de Cinti), not
    one an article follows, as a heading in capitals writes it ("ACTA DE LA ASAMBLEA
    DE ADEGAS SOUTO BAIXO, S. COOP.": the assembly is no company)."""
    if fold(x.texts[s]) not in DOCUMENT_HEADS:
        return s
    return next((k + 1 for k in range(s + 1, j) if x.lowers[k] in ("de", "del")
                 and x.caps[k + 1] and x.lowers[k + 1] not in ("el", "la", "los", "las")), s)


def _next_legal_form(x: Ctx, e: int) -> int | None:
    """Where a further legal form after the one ending at ``e`` ends, its comma
    between them ("S.A.P.I. de C.V., SOFOM, E.N.R."); None where none follows."""
    if x.texts[e] == "," and e + 1 < x.n and x.texts[e + 1] in SPACED_LEGAL_OPENERS:
        k = _legal_form_end(x, e + 1)
        return k if k is not None and k > e + 2 else None  # a form of several words only
    return _legal_form_end(x, e)


def _legal_form_end(x: Ctx, i: int) -> int | None:
    """Where the legal form that token ``i`` opens ends: after the last word of a form
    of several words ("S.A. de C.V.", "S. de R.L."), or after ``i`` for a form of one;
    None where ``i`` opens no legal form."""
    if x.texts[i] in SPACED_LEGAL_OPENERS:
        m = SPACED_LEGAL_FORM.match(doc_text(x.doc), x.doc[i].idx)
        if m is not None:
            k = i
            while k < x.n and x.doc[k].idx + len(x.texts[k]) < m.end():
                k += 1
            if k < x.n and x.doc[k].idx + len(x.texts[k]) == m.end():
                return k + 1  # the form ends where a word does ("S. en C." of "S. en C.S." no)
    return i + 1 if x.texts[i] in LEGAL_FORMS else None


def _cooperative(x: Ctx, i: int) -> Found:
    """ "Co-operative" closing or heading a name ("Prairie Growers Co-operative", "Lough
    Dairy Co-operative Society") is a word of the name, not the legal form "Co"."""
    j = i - 1
    if not (x.caps[j] and x.texts[j] not in LEGAL_FORMS) or x.initial_false(x.run_start(j)):
        return []
    e = i + 3
    if e < x.n and x.caps[e]:
        e = _run_end(x.doc, e, x.caps)
    return [_Cand(x.run_start(j), e, "ORG", _P_LEGAL)]


def _place_with_and(x: Ctx, i: int, e: int) -> int:
    """The end of an institution's name whose place is named with "y" or "and" in it:
    "Junta de Castilla y León", "Government of Trinidad and Tobago" end with the
    place, where the run of capitals stops at the conjunction; ``e`` where none is."""
    if e + 1 >= x.n or x.lowers[e] not in ("y", "e", "and") or not x.caps[e + 1]:
        return e
    for end in range(min(x.n, e + 5), e + 1, -1):
        if any(span_text(x.doc, s, end) in x.kn.places for s in range(i + 1, e)):
            return end
    return e


def org_head(x: Ctx, i: int) -> Found:
    """An institution head opening a name: "Banco de Sabadell", "Ministry of Defence"."""
    doc = x.doc
    if not x.caps[i] or (x.texts[i] not in ORG_HEADS and not _opening_head(x, i)
                         and not _public_company(x, i) and not _head_before_de(x, i)):
        return None
    if _surname_after_given_name(x, i):
        return None
    e = _purpose_end(x, _run_end(doc, i + 1, x.caps, allow_connector_first=True))
    if e <= i + 1 and x.kn.lang == "en" and x.texts[i] in BODY_TAILS:
        return _public_body(x, i)
    if e <= i + 1 or tuple(t.text for t in doc[i:e]) in INTERNAL_BODIES:
        return None  # the word alone: an institution, maybe
    e = _date_name_end(x, _campus(x, i, _coordinated_fields(x, i, _place_with_and(x, i, e))))
    owner = _body_owner(x, x.run_start(i) if x.kn.lang == "en" else i, e)
    if owner is not None:
        return owner
    s = i
    if x.kn.lang == "en":
        # English puts the name's adjectives before its head ("Royal Bank of
        # Scotland", "European Investment Bank").
        s = x.run_start(i)
        while s < i and (x.texts[s] in x.kn.countries or x.texts[s] in HONORIFICS
                         or x.texts[s] in x.kn.demonyms or x.texts[s] in CALENDAR_WORDS):
            s += 1  # not "German Foreign Ministry", "August National Association"
    elif x.kn.lang == "es" and i > 0 and x.texts[i - 1] in ("El", "La", "Los", "Las") and \
            not opens_clause(doc, i - 1):
        s = i - 1  # an article capitalised inside a sentence is the name's: "de El Corte Inglés"
    elif x.kn.lang == "es" and i > 0 and x.texts[i - 1] in ("Real", "Reial"):
        s = i - 1  # a royal charter opens the name: "Real Federación Española de Vela"
    elif x.kn.lang == "es" and i > 1 and x.texts[i - 2] == "Casa" and x.lowers[i - 1] == "de":
        s = i - 2  # a Mexican brokerage's kind opens its name: "Casa de Bolsa Tepic"
    e = next((k for k in range(i + 1, e) if x.texts[k] in HONORIFICS), e)
    # not "Boxing Association President": the title is the next person's
    if e - s == 1:
        return None
    if doc[s:e].text in x.kn.places:  # not "Soviet Union"
        return []
    # "Instituto de Salud Carlos III", "Universidad Juan Pablo II": an institution named
    # after a king or a pope holds his regnal number, and outranks the person's name.
    regnal = e - s > 3 and _REGNAL.fullmatch(x.texts[e - 1]) is not None
    return [_Cand(s, e, "ORG", _P_GAZ if regnal else _P_HEAD)]


def _public_company(x: Ctx, i: int) -> bool:
    """Spanish: a company's kind and its owner's adjective open a public company's name
    ("Empresa Municipal de Transportes de Villafranca")."""
    return x.kn.lang == "es" and x.texts[i] in PUBLIC_COMPANY_KINDS and i + 1 < x.n \
        and x.texts[i + 1] in PUBLIC_OWNERS


def _surname_after_given_name(x: Ctx, i: int) -> bool:
    """Spanish: a head between a given name and one more surname is a surname
    ("Leonor Caja Ferrán", "Marta Banco Ruiz"): a Spanish organisation's name opens
    with its head, never with a given name. Not a head that a name of its own
    follows ("Ana, Caja Rural de Soria")."""
    k = i + 2
    return x.kn.lang == "es" and 0 < i and k <= x.n and x.texts[i - 1] in x.kn.given_names \
        and x.caps[i + 1] and x.texts[i + 1] not in ORG_TAILS \
        and (k == x.n or not (x.caps[k] or x.lowers[k] in ("de", "del", "y", "e")))


def french_name(x: Ctx, i: int) -> Found:
    """A French organisation's name, in lower case after its head up to the proper
    name that closes it, with any legal form: "Coopérative des producteurs de Valmoret",
    "Caisse de prévoyance Lorvaine", "Usine de pâtes Belcourt Inc." (French capitalises
    a name's first word only). One lower-case word at least: "Banque de France" is
    any head's name."""
    n, lowers = x.n, x.lowers
    if not x.caps[i] or i + 2 >= n or lowers[i + 1] not in FRENCH_NAME_PARTICLES:
        return None
    k, words = i + 2, 0
    while k < n and k - i <= 8 and not x.caps[k] and (
            lowers[k] in FRENCH_NAME_PARTICLES
            or (x.doc[k].is_alpha and lowers[k] not in x.kn.stop_words)):
        words += lowers[k] not in FRENCH_NAME_PARTICLES
        k += 1
    if not words or k >= n or not x.caps[k] or lowers[k - 1] in ("et", "à", "aux"):
        return None
    e = _run_end(x.doc, k, x.caps)
    if e < n and x.texts[e] in LEGAL_FORMS:
        e += 1
    # as sure as a legal form's cue where it closes with one, which it outranks
    return [_Cand(i, e, "ORG", _P_LEGAL if x.texts[e - 1] in LEGAL_FORMS else _P_HEAD)]


def _date_name_end(x: Ctx, e: int) -> int:
    """The end of a Spanish body's name that closes with the date it commemorates
    ("Asociación de Pescadores 12 de Octubre", "Club Atlético 9 de Julio"): a date
    whose month is capitalised is a name's, since Spanish writes a date's month in
    lower case ("el 9 de julio")."""
    if x.kn.lang == "es" and e + 2 < x.n and x.doc[e].like_num and \
            x.texts[e].isdigit() and len(x.texts[e]) <= 2 and x.lowers[e + 1] == "de" and \
            x.texts[e + 2] in CALENDAR_WORDS:
        return e + 3
    return e


_REGNAL = re.compile(r"(?=[IVX])X{0,3}(IX|IV|V?I{0,3})")


def _body_owner(x: Ctx, i: int, e: int) -> Found:
    """A company's own body opening a name ("la Junta General de Accionistas de Grupo
    Norte", "el Consejo de Administración de Acme") is no organisation: the company
    after "de" is (rule ``cue:body_owner``). Its members in a plural common noun
    after "de" ("la Junta General de Socios") name no company: the body alone is none;
    "the Board of the Fund" is the fund's."""
    for body in INTERNAL_BODIES:
        k = i + len(body)
        if k + 1 < e and tuple(x.texts[i:k]) == body and x.lowers[k] in ("de", "del", "of"):
            s = k + 1 + (x.lowers[k + 1] in ("la", "el", "the"))
            if e - s == 1 and x.kn.is_common(x.texts[s]) and x.lowers[s].endswith("s"):
                return []
            return [_Cand(s, e, "ORG", _P_HEAD, ("cue:body_owner",))] if s < e else []
    return None


# Prepositions of purpose that go on with a Spanish institution's name ("Consejo por
# la Paz", "Instituto para la Vivienda", "Comisión contra el Fraude Fiscal").
_PURPOSE = frozenset({"para", "por", "contra"})


def _public_body(x: Ctx, i: int) -> Found:
    """English names a public body by its field, then its kind ("Foreign Investment
    Review Board", "Financial Stability Board"): two or more capitalised words before
    the kind, none a person's, none a legal form, and the last not a word that closes a
    company's name ("Acme Capital Board" is Acme's board; in "Coastal Water Pricing
    Board" the field goes on after "Water")."""
    s = x.run_start(i - 1) if i > 0 and x.caps[i - 1] else i
    field = [t for t in x.doc[s:i] if x.caps[t.i]]
    if len(field) < 2 or x.initial_false(s) or _label_at(x.model, s, i) == "PER" \
            or field[-1].text in ORG_TAILS or any(
                t.text in LEGAL_FORMS or t.text in HONORIFICS or t.text in x.kn.given_names
                for t in field):
        return None
    return [_Cand(s, i + 1, "ORG", _P_HEAD)]


def _opening_head(x: Ctx, i: int) -> bool:
    """Spanish: an adjective of a trade opening a name ("Acuícola Las Cumbres",
    "la Financiera de Fomento"), no capitalised word but an article before it."""
    return x.kn.lang == "es" and x.texts[i] in OPENING_HEADS and (
        i == 0 or not x.caps[i - 1] or x.texts[i - 1] in ("El", "La", "Los", "Las"))


def _head_before_de(x: Ctx, i: int) -> bool:
    """Spanish: a plural noun that opens a company's name before "de" / "del" and a
    capitalised word ("Aguas del Tormal"), not before an adjective ("Aguas Blancas" is a
    place)."""
    return x.kn.lang == "es" and x.texts[i] in HEADS_BEFORE_DE and i + 2 < x.n and \
        x.lowers[i + 1] in ("de", "del") and x.caps[i + 2]


# Fields joined by "y" that make one kind of institution, whose own name follows:
# Latin-American savings and credit societies and co-operatives, savings and loans.
_FIXED_FIELDS = frozenset({
    ("Ahorro", "Crédito"), ("Ahorros", "Crédito"), ("Ahorro", "Préstamo"),
    ("Ahorro", "Préstamos"), ("Crédito", "Ahorro"), ("Savings", "Loan"), ("Savings", "Credit"),
})


def _coordinated_fields(x: Ctx, i: int, e: int) -> int:
    """Where an institution's name ends whose "de" / "of" governs fields joined by "y"
    or "and", or listed with commas before them ("Ministerio de Minas y Energía",
    "Asociación de Productores y de Exportadores de Fruta", "Secretaría de Agricultura,
    Ganadería y Pesca", "Department of Health and Human Services"): the words after the
    comma or "y" are common nouns in capitals, as the fields before it are. A name
    after them ("Ministerio de Industria y Aceros Grado", "Department of Energy and
    Exxon") is a second party."""
    of = ("de", "del") if x.kn.lang == "es" else ("of",)
    ands = ("y", "e") if x.kn.lang == "es" else ("and",)
    if x.kn.lang not in ("es", "en") or not any(w in of for w in x.lowers[i + 1:e]):
        return e
    if e + 1 < x.n and x.lowers[e] in ands and x.caps[e + 1] and \
            (x.texts[e - 1], x.texts[e + 1]) in _FIXED_FIELDS:
        # a kind of savings institution, then its own name: "Sociedad de Ahorro y
        # Crédito Tepeyac", "Cooperativa de Ahorro y Crédito San Miguel"
        return _run_end(x.doc, e + 1, x.caps)
    while e + 1 < x.n and x.kn.is_common(x.texts[e - 1]):
        if x.lowers[e] in ands:
            end = _field_end(x, e + 1)
        elif x.lowers[e] == ",":
            end = _listed_fields_end(x, e, ands)
        else:
            break
        if end is None:
            break
        e = end
    return e


def _campus(x: Ctx, i: int, e: int) -> int:
    """Where a university's name ends that names its campus after a comma: "University
    of Wisconsin, Madison", "Universidad de Texas, Austin". The campus is a city,
    closed by a comma and the sentence going on, or by the sentence's end; a list of
    universities goes on with another name ("University of Michigan, Stanford, Harvard
    and MIT")."""
    if x.texts[i] not in ("University", "Universidad") or e + 2 > x.n or x.texts[e] != ",":
        return e
    k = e + 1
    end = _run_end(x.doc, k, x.caps) if x.caps[k] else k
    if end == k or not is_city(x.doc[k:end].text):
        return e
    if end >= x.n or x.texts[end] in (".", ")") or (
            x.texts[end] == "," and end + 1 < x.n and x.texts[end + 1].islower()):
        return end
    return e


def _field_end(x: Ctx, k: int) -> int | None:
    """The end of a field of an institution's name that opens at ``k``: capitalised
    common nouns and adjectives ("Ganadería", "Human Services"), after a Spanish "de"
    or article ("y de Exportadores"); ``None`` where a name or anything else stands."""
    doc, n = x.doc, x.n
    s = k
    while x.kn.lang == "es" and k < n and k - s < 3 and \
            x.lowers[k] in ("de", "del", "la", "las", "los") and doc[k].is_lower:
        k += 1
    if k >= n or not x.caps[k] or doc[k].is_sent_start:
        return None
    end = _of_place(x, k, _run_end(doc, k, x.caps))
    words = [t.text for t in doc[k:end] if x.caps[t.i]]
    # A head word opens a name of its own ("y Banco Norte"), not a field alone ("y
    # Transportes"), unless "de" goes on after it ("y Banco de Crédito"); one inside
    # is another body's ("y Garantías de la Cámara").
    if not words or any(w in NON_NAMES or not x.kn.is_common(w) for w in words) or \
            any(w in ORG_HEADS for w in words[1:]) or \
            words[0] in ORG_HEADS and (len(words) > 1 or end < x.n and x.lowers[end] in
                                       ("de", "del", "of")) or _named_alone(x, k, end):
        return None
    return end


def _of_place(x: Ctx, k: int, end: int) -> int:
    """The end of a field less the country, region or city the whole body is of
    ("Seguros" of "Comisión de Banca y Seguros de Honduras"): the place is no field."""
    for j in range(k + 1, end - 1):
        if x.lowers[j] in ("de", "del", "of") and x.caps[j + 1]:
            place = x.doc[j + 1:end].text
            if place in x.kn.places or place in x.kn.countries or is_city(place):
                return j
    return end


def _named_alone(x: Ctx, k: int, end: int) -> bool:
    """Whether the words ``k:end`` are a name of their own: an organisation of the
    gazetteer ("Apple"), or words the article writes elsewhere outside any list
    ("Alphabet said"), as a company whose name is a common noun is. (Not the model's
    organisations: it reads the capitalised fields of a name as names.)"""
    if any(c.start == k and c.label == "ORG" and c.priority >= _P_GAZ for c in x.model):
        return True
    words = x.texts[k:end]
    size = end - k
    return any(x.texts[j:j + size] == words and j != k and (
        j == 0 or x.lowers[j - 1] not in (",", "and", "y", "e", "of", "de", "del")
        and not x.caps[j - 1]) and (j + size >= x.n or not x.caps[j + size] and
                                    x.lowers[j + size] not in _NAME_GOES_ON)
        for j in range(x.n - size + 1))


# Words after which a name goes on ("Energía del Magdalena", "Mines and Metals").
_NAME_GOES_ON = frozenset({"de", "del", "of", "y", "e", "and", "&"})


def _listed_fields_end(x: Ctx, k: int, ands: tuple[str, ...]) -> int | None:
    """The end of fields listed after an institution's first one with commas, closed
    by "y" / "and" and a last field (", Ganadería y Pesca", ", Mines and
    Resources"): a comma list that "y" does not close is no part of the name."""
    while k < x.n and x.lowers[k] == ",":
        if k + 1 < x.n and x.lowers[k + 1] in ands:
            k += 1  # the serial comma: ", Science, and Economic Development"
            break
        end = _field_end(x, k + 1)
        if end is None:
            return None
        k = end
    if k + 1 < x.n and x.lowers[k] in ands:
        return _field_end(x, k + 1)
    return None


def _purpose_end(x: Ctx, e: int) -> int:
    """Where an institution's name that goes on with a purpose ends: after "para",
    "por" or "contra", an article, and capitalised words."""
    doc, n = x.doc, x.n
    while x.kn.lang == "es" and e + 2 < n and x.lowers[e] in _PURPOSE and \
            x.lowers[e + 1] in ("el", "la", "los", "las"):
        k = e + 2
        # Not the agent of a passive or a deal, another organisation: "la absorción
        # de Caja Rural del Turia por Caja Levante", "comprada por el Grupo Norte".
        if not x.caps[k] or doc[k].text in NON_NAMES or doc[k].is_sent_start or \
                x.texts[k] in ORG_HEADS:
            break
        e = _run_end(doc, k, x.caps)
    return e


def coordinated_head(x: Ctx, i: int) -> Found:
    """Two capitalised nouns joined by "and" before an institution's head are one
    name: "Food and Drug Administration", "Securities and Exchange Commission"."""
    doc, n = x.doc, x.n
    if not (x.kn.lang == "en" and x.texts[i] == "and" and 0 < i and i + 2 < n
            and x.caps[i - 1] and x.caps[i + 1]):
        return None
    e = _run_end(doc, i + 1, x.caps)
    # (a bank of its members goes on with its place: "Farmers and Merchants Bank of X")
    if not (_members_pair(x, i) and _head_of_place(x, i, e)) and not (
            e - i - 1 >= 2 and e - i - 1 <= 3 and
            (x.texts[e - 1] in ORG_HEADS or x.texts[e - 1] in INSTITUTIONS)):
        return []
    if _closes_company(x, i - 1) and x.texts[e - 1] not in BODY_TAILS:
        # two companies: "Eastgate Bank and Tasman Bank", "X Ventures and Y Fund", "X
        # Fund and Y Foundation" (but "Securities and Exchange Commission")
        return []
    s = x.run_start(i - 1)
    # a nationality is no part of the name ("the British Food and Drink Federation"
    # is the federation's), a country is ("the US Food and Drug Administration")
    while s < i - 1 and x.texts[s] in x.kn.demonyms:
        s += 1
    if s == i - 1 and doc[s].is_sent_start and not _members_pair(x, i):
        return []
    return [_Cand(s, e, "ORG", _P_HEAD)]


def trade_pair(x: Ctx, i: int) -> Found:
    """Two trades an English company's name joins with "and" ("Oil and Gas", "Bank
    and Trust"; lexicon ``trade_pairs``), inside a name that goes on before or after
    them: one name through its legal form ("Tamsin Oil and Gas, Inc.", "Pellam Savings
    Bank and Trust Company"), not two companies. The pair alone is a sector ("the Oil
    and Gas industry")."""
    if x.kn.lang != "en" or i < 1 or i + 1 >= x.n:
        return None
    pair = next(((a, b) for a, b in TRADE_PAIRS
                 if tuple(x.texts[i - len(a):i]) == a
                 and tuple(x.texts[i + 1:i + 1 + len(b)]) == b), None)
    if pair is None:
        return None
    first, last = i - len(pair[0]), i + len(pair[1])
    s = x.run_start(first - 1) if first > 0 and x.caps[first - 1] else first
    e = _run_end(x.doc, last, x.caps)
    if e < x.n - 1 and x.texts[e] == "," and x.texts[e + 1] in LEGAL_FORMS:
        e += 1  # "..., Inc."
    while e < x.n and (k := _legal_form_end(x, e)) is not None:
        e = k
    if x.texts[e - 1] == ",":
        e -= 1
    if s == first and e == last + 1:
        return None
    legal = any(x.texts[k] in LEGAL_FORMS for k in range(last + 1, e))
    return [_Cand(s, e, "ORG", _P_LEGAL if legal else _P_HEAD)]


def _head_of_place(x: Ctx, i: int, e: int) -> bool:
    """Whether a head, second or third after the "and" at ``i``, goes on with "of" and
    its place inside the run that ends at ``e`` ("... and Merchants Bank of Lowell
    Creek")."""
    return any(k + 2 < e and x.texts[k] in ORG_HEADS and x.lowers[k + 1] == "of"
               for k in (i + 2, i + 3))


def _members_pair(x: Ctx, i: int) -> bool:
    """Whether the words either side of the "and" at ``i`` are plural common nouns,
    the members a bank or a body is named after ("Farmers and Merchants Bank of Lowell
    Creek", "Planters and Mechanics Bank"): opening a sentence they are still the name's,
    as no company's own name is a plural common noun ("Barclays and Lloyds Bank" are
    two)."""
    return all(x.texts[k].endswith("s") and x.texts[k][1:].islower() and
               x.kn.is_common(x.texts[k]) and x.kn.is_common(x.texts[k][:-1])
               for k in (i - 1, i + 1))


def coordinated_trades(x: Ctx, i: int) -> Found:
    """Spanish: two capitalised plural common nouns joined by "y" and followed by "de" /
    "del" and a capitalised name are one company named by what it makes or deals in and
    its place ("Tuberías y Bombas del Bajío", "Puertas y Ventanas del Cantábrico"), not
    two: common nouns are capitalised inside a sentence only in a name. Not the fields
    of an institution's head ("Ministerio de Industria y Comercio de X": "de" before
    them). (Singular nouns were tried too, "Vialidad y Puentes del X": they made false
    people on a held-out half.)"""
    doc, n = x.doc, x.n
    if not (x.kn.lang == "es" and x.texts[i] == "y" and 0 < i and i + 3 < n
            and x.caps[i - 1] and x.caps[i + 1] and x.lowers[i + 2] in ("de", "del")
            and x.caps[i + 3]):
        return None
    s = i - 1
    if s > 0 and (x.caps[s - 1] or x.lowers[s - 1] in ("de", "del")) or \
            not all(x.texts[k].endswith("s") and x.kn.is_common(x.texts[k])
                    and x.texts[k] not in ORG_HEADS for k in (i - 1, i + 1)):
        return []
    e = _run_end(doc, i + 1, x.caps)
    return [_Cand(s, e, "ORG", _P_HEAD)]


def fields_and_country(x: Ctx, i: int) -> Found:
    """English names some public departments by their fields, joined by "and" (and
    commas), then the country: "Fisheries and Oceans Canada", "Employment, Workforce
    and Social Development Canada". The fields are capitalised common nouns and
    adjectives; a place or a name among them makes a list of parties instead."""
    doc, caps, n = x.doc, x.caps, x.n
    if not (x.kn.lang == "en" and x.texts[i] == "and" and 0 < i and i + 2 < n
            and caps[i - 1] and caps[i + 1]):
        return None
    e = _run_end(doc, i + 1, caps)
    if not (e - i - 1 >= 2 and x.texts[e - 1] in x.kn.countries
            and all(x.kn.is_common(w) for w in x.texts[i + 1:e - 1])):
        return None
    s = i
    while True:
        k = s
        while k > 0 and caps[k - 1] and x.kn.is_common(x.texts[k - 1]) and \
                x.texts[k - 1] not in ORG_HEADS and not doc[k].is_sent_start:
            k -= 1
        if k == s or k > 0 and caps[k - 1] and not doc[k].is_sent_start:
            return None  # a field that a name opens ("Chittagong Cement and ...")
        s = k
        if not (s >= 2 and x.texts[s - 1] == "," and caps[s - 2]) or doc[s].is_sent_start:
            return [_Cand(s, e, "ORG", _P_HEAD)]
        s -= 1


def _closes_company(x: Ctx, k: int) -> bool:
    """Whether the word at ``k`` closes a company's name: a tail word ("Kelso
    Ventures", "Hale Power"), or a head word after a name ("Ardlow Fund", "Tasman
    Bank"), which a head opening a name ("Fund for Peace") is not."""
    text = x.texts[k]
    return text in ORG_TAILS or text in SURNAME_TAILS or (
        text in ORG_HEADS and k > 0 and x.caps[k - 1] and x.texts[k - 1] not in ORG_HEADS
        and x.doc[k - 1].is_alpha)


def national_institution(x: Ctx, i: int) -> Found:
    """A country before an institution word names that one institution: "the U.S.
    Treasury Department", "U.S. Treasury securities", "UK Parliament"."""
    if not (x.kn.lang == "en" and x.texts[i] in INSTITUTIONS and i > 0
            and x.texts[i - 1] in x.kn.countries):
        return None
    e = i + 1
    while e < x.n and x.texts[e] in ORG_HEADS:
        e += 1
    return [_Cand(i - 1, e, "ORG", _P_HEAD)]


def institution(x: Ctx, i: int) -> Found:
    """An institution word alone inside a sentence: "el Gobierno aprobó"; in English
    the last word of a longer name: "the Iraqi National Congress", "the Federal
    Aviation Administration"."""
    doc = x.doc
    if x.texts[i] in INSTITUTIONS and not doc[i].is_sent_start:
        if x.kn.lang == "en" and x.caps[i - 1] and not doc[i - 1].is_sent_start and \
                doc[i - 1].pos_ in ("PROPN", "ADJ", "NOUN") and \
                _label_at(x.model, i - 1, i) != "PER":  # not "the Bush Administration"
            s = x.run_start(i - 1)
            while s < i and x.texts[s] in CALENDAR_WORDS:
                s += 1  # not "the September Treasury bond"
            return [_Cand(s, i + 1, "ORG", _P_HEAD)]
        return [_Cand(i, i + 1, "ORG", _P_HEAD)]
    return None


def org_tail(x: Ctx, i: int) -> Found:
    """A tail word closing a name: "Spark Capital", "Cisco Systems", "Mistral AI"; a
    tail that is also a surname ("Harlow Power") only where no given name or title
    opens the name ("Samantha Power", "Ms Power" are people)."""
    doc, text = x.doc, x.texts[i]
    if (text in ORG_TAILS or text in SURNAME_TAILS) and i > 0 and x.caps[i - 1] and \
            doc[i - 1].pos_ == "PROPN" and \
            not (text in NON_NAMES and i + 1 < x.n and x.texts[i + 1].islower()
                 and doc[i + 1].is_alpha and doc[i + 1].pos_ not in ("VERB", "AUX")):
        s = _over_connectors(x, x.run_start(i - 1), _PORTUGUESE_OF | _FAMILY_PARTICLES)
        s = _over_first(x, _over_spanish_of(x, s))
        if text in SURNAME_TAILS and not _company_surname_tail(x, s, i):
            return []
        if _in_title(x, i):
            return []  # "Torvane Chief Financial Officer": a title's word, no name's tail
        if s < i:
            e = i + 1
            while e < x.n and x.texts[e] in BODY_TAILS and not doc[e].is_sent_start:
                e += 1  # the body a field names: "Ontario Energy Board"
            return [_Cand(s, e, "ORG", _P_HEAD), *_partners_pair(x, s, e)]
        return []
    return None


def regional_tail(x: Ctx, i: int) -> Found:
    """Spanish: a coined word that no list knows (no common noun, place, given name or
    surname) and a word of where a company works closing it ("Telvinet Sur", "Odontalia
    Norte", "Redlinea Andina", "Viasfalt Aragonesa"): a company's name, which the small
    model reads as a place or a miscellany (a name it reads as a person's is left to the
    person rules: allowing it lost a closed half's names). A place so named opens with
    a common noun or a place the lists know ("Sierra Norte", "Europa Central", "Costa
    Atlántica"), or follows an article or the "en" of where ("la Comunitat
    Valenciana", "en Alcobre Norte"), and Spanish puts "del" before a point of the
    compass in a country's or a state's name ("Carolina del Norte")."""
    doc, texts = x.doc, x.texts
    if x.kn.lang != "es" or i == 0 or doc[i].is_sent_start or not x.caps[i - 1] or \
            (i + 1 < x.n and x.caps[i + 1]):
        return None
    s = x.run_start(i - 1)
    if i - s > 2 or x.initial_false(s) or (s > 0 and x.lowers[s - 1] in _PLACE_BEFORE) or \
            _label_at(x.model, s, i + 1) == "PER":
        return []  # "en Alcobre Norte", "la Comarca Norte": a place's article or "en"
    for k in range(s, i):
        word = texts[k]
        if not (word.isalpha() and word[:1].isupper() and not word.isupper()) or \
                x.kn.is_common(word) or word in x.kn.places or is_city(word) or \
                word in x.kn.countries or word in WORLD_REGIONS or word in ARTICLE_PLACES \
                or word in NON_NAMES or word in THING_HEADS or word in REGIONAL_TAILS:
            return []
    if _known_place(x, s, i + 1) or _person_word(x, s, i, model=[]) or \
            doc[s:i + 1].text in subdivision_forms():
        return []
    return [_Cand(s, i + 1, "ORG", _P_HEAD)]


# Words before a place's name that a coined company name seldom takes: the "en" of
# where, and an article ("en la Comunitat Valenciana", "del Distrito Norte").
_PLACE_BEFORE = frozenset({"en", "el", "la", "los", "las", "del", "al"})


def kin_tail(x: Ctx, i: int) -> Found:
    """A family firm's name closed by kin after "e" / "y" / "&" / "and" ("Bastida e
    Hijos", "Hawkes & Sons"), or by a two-word tail ("the Marlow Family Office"): the
    whole is one company, not a person and a common noun."""
    text = x.texts[i]
    if text in KIN_TAILS and i > 1 and x.texts[i - 1] in KIN_JOINERS:
        k = i - 2
    elif i > 1 and tuple(x.texts[i - 1:i + 1]) in COMPOUND_TAILS:
        k = i - 2
    else:
        return None
    if not x.caps[k] or x.doc[i - 1].is_sent_start or x.doc[i].is_sent_start or \
            x.texts[k] in NON_NAMES:
        return None
    return [_Cand(x.run_start(k), i + 1, "ORG", _P_HEAD)]


# Portuguese "of (the)" inside a name ("Torres do Brasil Participações", "Banco da
# Amazônia"): no Spanish word but "dos" (two), which no capitalised word precedes.
_PORTUGUESE_OF = frozenset({"do", "da", "dos", "das"})
# Dutch, German and Malay particles of a family name a company is named after ("Van
# der Hoeven Transport NV", "Gebr. von Arnim Logistik", "Yusof bin Daud Holdings"): no
# English or Spanish word, so between two capitalised words they join one name.
_FAMILY_PARTICLES = frozenset({"van", "von", "der", "den", "bin", "binti"})
# "of" in a name a legal form closes ("Salar del Viento S.A.", "Aguas de Lerma SL"),
# and a family name's particles ("Van den Brink Bier NV").
_NAME_OF = _PORTUGUESE_OF | _FAMILY_PARTICLES | {"de", "del"}


def _over_first(x: Ctx, s: int) -> int:
    """English: the start of a bank's or a company's name a tail or a legal form closes,
    back over the "First" that opens both it and its sentence ("First Kearney State
    Bank agreed to buy ...", "First Coastal Holdings Inc. said"), which the run of
    capitals leaves out as the function word "first"; not an ordinal that counts a
    point ("First, Orvane Capital ...", where a comma follows)."""
    k = s - 1
    if x.kn.lang == "en" and k >= 0 and x.texts[k] == "First" and x.doc[k].is_sent_start:
        return k
    return s


def _over_connectors(x: Ctx, s: int, connectors: frozenset[str]) -> int:
    """The start of a name whose run reaches back over ``connectors`` to the
    capitalised words before it: "Torres do Brasil Participações", "Salar del Viento
    S.A." are one name each."""
    while s > 1 and x.texts[s - 1] in connectors and x.caps[s - 2] and \
            not x.doc[s - 1].is_sent_start and x.texts[s - 2] not in NON_NAMES:
        s = x.run_start(s - 2)
    return s


def _over_spanish_of(x: Ctx, s: int) -> int:
    """The start of a name a tail closes that reaches back over Spanish "de" / "del"
    to a capitalised word that is no common word ("Cruz del Sur Capital", "Puerta de
    Hierro Partners"): one name, not a word and a second name ("Sur Capital"). A
    common noun or a place before "de" is no part of it ("Compra de Norte Capital",
    "la filial de Madrid de Norte Capital")."""
    while s > 1 and x.texts[s - 1] in ("de", "del") and x.caps[s - 2] and \
            not x.doc[s - 1].is_sent_start and x.texts[s - 2] not in NON_NAMES and \
            x.doc[s - 2].pos_ == "PROPN" and not x.initial_false(s - 2) and \
            not (x.doc[s - 2].is_sent_start and x.kn.is_common(x.texts[s - 2])) and \
            x.texts[s - 2] not in x.kn.places:
        s = x.run_start(s - 2)
    return s


def _in_title(x: Ctx, i: int) -> bool:
    """Whether the word at ``i`` is inside a corporate title in capitals ("Chief
    Financial Officer", "Chief Technology Officer")."""
    return any(span_text(x.doc, j, j + k).lower() in CORPORATE_TITLES
               for k in (2, 3, 4) for j in range(max(0, i - k + 1), i + 1) if j + k <= x.n)


def _partners_pair(x: Ctx, s: int, e: int) -> list[_Cand]:
    """A firm named after two partners joined by "y" / "i" / "and" before its tail
    ("Vidal y Roca Asset Management"), which the article also writes as the pair alone
    ("los socios de Vidal y Roca"): the pair opens the name (the longer candidate
    wins over the one from ``s``), and each time it is written alone it is the firm."""
    if s < 3 or x.lowers[s - 1] not in ("y", "i", "and") or not x.caps[s - 2] or \
            x.caps[s - 3]:
        return []
    pair = x.texts[s - 2:s + 1]
    others = [j for j in range(x.n - 2) if x.texts[j:j + 3] == pair and j != s - 2
              and not (j > 0 and x.caps[j - 1]) and not (j + 3 < x.n and x.caps[j + 3])]
    if not others:
        return []
    x.pairs.append((x.doc[s - 2:e].text, x.doc[s - 2:s + 1].text))
    return [_Cand(s - 2, e, "ORG", _P_HEAD), *(_Cand(j, j + 3, "ORG", _P_HEAD) for j in others)]


def _company_surname_tail(x: Ctx, s: int, i: int) -> bool:
    """Whether the name ``s:i+1``, closed by a word that is also a surname, is a
    company's: no given name or common word opens it ("Nuclear Power" is a field) and
    no title or role comes before it."""
    if x.texts[s] in x.kn.given_names or x.texts[s] in HONORIFICS or \
            x.kn.is_common(x.texts[s]):
        return False
    k = s - 1
    return not (k >= 0 and (x.texts[k] in HONORIFICS or x.lowers[k] in PERSON_ROLES))


# --- nouns before a name ----------------------------------------------------------------


def descriptor(x: Ctx, i: int) -> Found:
    """A descriptor before a name: "la startup X", "chipmaker X", "el banco X", "la
    británica X"."""
    doc, caps, n = x.doc, x.caps, x.n
    low = x.lowers[i]
    text = x.texts[i]
    # "la casa de subastas X": the classifier's own "de" and trade (runs.trade_house)
    house = x.kn.lang == "es" and trade_house(x.doc, i)
    # (capitalised, a descriptor opens an English sentence, "Chipmaker X said"; a
    # Spanish one needs its article, so "Harinera Soriana retiró ..." is one name)
    if not house and not ((low in DESCRIPTORS or low in ORG_DESCRIPTORS)
            and (text.lower() == text or (doc[i].is_sent_start and x.kn.lang == "en")) or (
            low in NATIONALITY_DESCRIPTORS and i > 0 and x.lowers[i - 1] in ("la", "una"))):
        return None
    k = i + 3 if house else i + 1
    via_adp = False
    while k < n and k - i <= 3 and doc[k].is_alpha and x.texts[k].islower() and (
        doc[k].pos_ == "ADJ"
        or x.texts[k] in x.kn.demonyms  # "la farmacéutica veterinaria suiza X", however tagged
        or x.texts[k] in REGIONAL_DEMONYMS  # "la química aragonesa X"
        # "de" and a sector's noun, which the tagger may read as an adjective ("la
        # gestora de depuradoras X")
        or (x.lowers[k] == "de" and k + 1 < n and doc[k + 1].pos_ in ("NOUN", "ADJ")
            and x.texts[k + 1].islower())
        or (via_adp and doc[k].pos_ == "NOUN")
    ):
        via_adp = via_adp or doc[k].pos_ == "ADP"
        k += 1
    if k + 1 < n and x.texts[k] == ",":
        return _possessed_apposition(x, i, k + 1)
    if k + 1 < n and x.texts[k] in _NAME_ARTICLES and caps[k + 1] and \
            doc[k + 1].pos_ in ("PROPN", "NOUN") and x.texts[k + 1] not in x.kn.places:
        # a name that opens with its article: "la tortillería industrial La Espiga"
        return [_Cand(k, x.run_end(k + 1), "ORG", _P_CONTEXT)]
    if k < n and caps[k] and doc[k].pos_ in ("PROPN", "NOUN", "ADJ", "X") and \
            x.texts[k] not in NON_NAMES and x.texts[k] not in x.kn.countries \
            and x.texts[k] not in x.kn.demonyms and \
            not (via_adp and _label_at(x.model, k, k + 1) in ("LOC", "PER")
                 and x.texts[k] in x.kn.places):
        return [_Cand(k, x.run_end(k), "ORG", _P_CONTEXT)]
    return []


def sector_major(x: Ctx, i: int) -> Found:
    """A sector's "major" before a name, in Indian business English: "FMCG major
    Raghav Consumer", "pharma major Suresh Laboratories" (``after_sector_major``)."""
    if i + 1 >= x.n or not after_sector_major(x, i + 1):
        return None
    return [_Cand(i + 1, x.run_end(i + 1), "ORG", _P_CONTEXT)]


def after_sector_major(x: Ctx, i: int) -> bool:
    """Whether the capitalised word at ``i`` opens a name right after a sector's
    "major" (``SECTOR_HEADS``), which makes the name a company's, whatever given name
    opens it. The sector's noun (an acronym, or a lower-case noun, capitalised at the
    start of a sentence) comes right before "major"; after a determiner or an
    adjective "major" is the adjective ("the major Hollywood studios", "several major
    banks"), after a service's noun the officer's rank ("army major Ravi Kumar",
    ``MILITARY_SERVICES``)."""
    if x.kn.lang != "en" or i < 2 or x.lowers[i - 1] not in SECTOR_HEADS or not x.caps[i]:
        return False
    before = x.doc[i - 2]
    sector = before.is_alpha and before.lower_ not in MILITARY_SERVICES and (
        (before.text.isupper() and len(before.text) > 1)
        or ((before.text.islower() or before.is_sent_start) and before.pos_ in ("NOUN", "PROPN")))
    return bool(sector) and x.texts[i] not in NON_NAMES and x.texts[i] not in x.kn.countries


_POSSESSIVES = frozenset({"su", "sus", "its", "their"})
# ... and a person's: what someone calls their chain, company or group is a firm
# ("her bakery chain, Panadería Lupe,", "his restaurant group, Kusina Reyes,", "mi
# empresa, Quesos Pría,"), unless the noun names a person too ("her parent, X,").
_PERSONAL_POSSESSIVES = frozenset({
    "his", "her", "my", "our", "your", "mi", "mis", "tu", "tus", "nuestra", "nuestro",
    "nuestras", "nuestros"})
_KIN_DESCRIPTORS = frozenset({"parent", "owner"})
_ANY_POSSESSIVE = _POSSESSIVES | _PERSONAL_POSSESSIVES


def _possessor(x: Ctx, i: int) -> str | None:
    """The possessive before the descriptor at ``i``, across the nouns that modify it
    ("its subsidiary", "her bakery chain", "his own coffee company"), or None."""
    j = i - 1
    while j > 0 and i - j <= 2 and x.texts[j].islower() and x.doc[j].is_alpha and \
            x.lowers[j] not in _ANY_POSSESSIVE and \
            x.doc[j].pos_ in ("NOUN", "ADJ", "PROPN"):
        j -= 1
    return x.lowers[j] if j >= 0 else None


def _possessed_apposition(x: Ctx, i: int, k: int) -> list[_Cand]:
    """A company's own part or firm named in apposition after its descriptor: "vendió
    su filial de biomasa, Bioverde Lleida, a X", "sold its subsidiary, Norvik, to Y":
    what a company owns and calls its filial is a company, whatever the model read;
    not after a descriptor a person may have ("su rival, Nadal,"). So is the firm a
    person calls theirs ("her bakery chain, Panadería Lupe,": ``_PERSONAL_POSSESSIVES``)."""
    owner = _possessor(x, i) if i > 0 else None
    if not ((owner in _POSSESSIVES or (
                owner in _PERSONAL_POSSESSIVES and x.lowers[i] not in _KIN_DESCRIPTORS))
            and x.caps[k] and x.doc[k].pos_ == "PROPN" and x.lowers[i] not in PERSON_DESCRIPTORS
            and x.texts[k] not in NON_NAMES):
        return []
    e = x.run_end(k)
    if e < x.n and x.texts[e] in (",", ".") and x.doc[k:e].text not in x.kn.places:
        return [_Cand(k, e, "ORG", _P_CONTEXT)]
    return []


# A brand of lower-case letters (three or more) and then digits: "datos360", "mensajero24".
_DIGIT_BRAND = re.compile(r"[a-zñáéíóú]{3,}[0-9]+")


def lowercase_brand(x: Ctx, i: int) -> Found:
    """Spanish: a brand written in lower case after a company's classifier and before
    its verb: "la fintech uruguaya kuanto levantó", "la plataforma de domicilios
    mensajea compró" (no common word of the language, a finite verb right after it,
    which a second verb of the same clause cannot be), and opening a sentence or a
    line elsewhere in the article, which only a name written so can do ("kuanto ofrece
    cuentas"; not a loanword, "la aerolínea low cost vuela"). A word of lower-case
    letters that ends in digits ("la tecnológica datos360 firmó", "la empresa de
    reparto mensajero24 vendió") is no word of the language at all, and needs no such
    second sighting."""
    doc = x.doc
    if x.kn.lang != "es" or not x.texts[i].islower() or i == 0 or \
            x.lowers[i - 1] not in ("el", "la", "los", "las", "un", "una", "del", "al"):
        return None
    for k in range(i + 1, min(x.n - 1, i + 5)):
        word = x.texts[k]
        digits = _DIGIT_BRAND.fullmatch(word) is not None
        if not digits and not (word.isalpha() and word.islower()):
            return []
        if not digits and (x.kn.is_common(word) or word in x.kn.stop_words or word == "de"):
            continue  # the classifier's adjectives and complement
        if len(word) > 3 and "Fin" in doc[k + 1].morph.get("VerbForm", []) and \
                doc[k + 1].pos_ in ("VERB", "AUX") and (digits or any(
                    t.text == word and opens_line(x.doc, t.i) for t in doc if t.i != k)):
            return [_Cand(k, k + 1, "ORG", _P_CONTEXT)]
        return []
    return []


def english_lowercase_brand(x: Ctx, i: int) -> Found:
    """English: a brand written in lower case right after the noun of a digital business
    that classifies it, in a noun phrase with its article: "The grocery app freshbay has
    sold its warehouse", "a stake in the payments app zapwire to Y". The word is no
    common word of the language nor a function word, and what follows it is no noun of
    its phrase ("the app store", "the platform's users" stay common words)."""
    if x.kn.lang != "en" or i + 1 >= x.n or not any(
            x.lowers[k] in ("the", "a", "an", "its", "their") for k in range(max(0, i - 4), i)):
        return None
    k = i + 1
    word = x.texts[k]
    if not (word.isalpha() and word.islower() and len(word) > 3) or \
            x.kn.is_common(word) or word in x.kn.stop_words:
        return []
    if k + 1 < x.n and x.doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return []
    return [_Cand(k, k + 1, "ORG", _P_CONTEXT)]


# The classifiers of a lower-case brand: the company descriptors, and the nouns of a
# digital business, which name the company itself ("la plataforma de domicilios X").
_BRAND_CLASSIFIERS = DESCRIPTORS | {"plataforma", "app", "aplicación"}


def trade_with_article(x: Ctx, i: int) -> Found:
    """Spanish: the plural of a trade, capitalised inside a sentence, before a name that
    opens with its article is one company's name ("la venta de Supermercados La
    Espiga", "Transportes El Ciervo"): a place or an event does not put an article
    inside its name that way."""
    doc = x.doc
    k = i - 1
    if x.kn.lang != "es" or k < 1 or i + 1 >= x.n or not x.caps[k] or \
            doc[k].is_sent_start or not x.texts[k].endswith("s") or \
            not x.texts[k][1:].islower() or not x.caps[i + 1] or \
            x.texts[i + 1] in NON_NAMES or not x.kn.is_common(x.texts[k]) or \
            fold(x.texts[k]) in NOT_COMPANY_HEADS or x.texts[k] in x.kn.places or \
            x.caps[k - 1]:
        return None
    return [_Cand(k, x.run_end(i + 1), "ORG", _P_CONTEXT)]


# Capitalised articles that open a company's name ("La Espiga", "El Molino").
_NAME_ARTICLES = frozenset({"La", "El", "Los", "Las"})


# Plural descriptors, with the plurals of the singular ones ("cadenas", "chipmakers").
_PLURAL_CUES = PLURAL_DESCRIPTORS | frozenset(
    d + ("s" if d[-1] in "aeiouáéíóú" else "es") for d in DESCRIPTORS if d.isalpha()
)


def plural_descriptor(x: Ctx, i: int) -> Found:
    """A plural descriptor before a list: "firmas como Groq", "las aseguradoras X e Y"."""
    doc, caps, n = x.doc, x.caps, x.n
    if x.lowers[i] not in _PLURAL_CUES:
        return None
    k = i + 1
    if k < n and x.lowers[k] == "such" and k + 1 < n and x.lowers[k + 1] == "as":
        k += 1
    if x.kn.lang == "es" and x.texts[i].islower():
        # What the companies make or are: "fabricantes de teléfonos X, Y y Z", "las
        # calificadoras estadounidenses X e Y"; an adjective the tagger took for a noun
        # right before the names ("las cooperativas agrarias X y Y").
        via_de = False
        while k + 1 < n and k - i <= 3 and x.texts[k].isalpha() and x.texts[k].islower() and (
                doc[k].pos_ == "ADJ" or (via_de and doc[k].pos_ == "NOUN")
                or (k == i + 1 and doc[k].pos_ == "NOUN" and caps[k + 1])
                or (x.lowers[k] == "de" and doc[k + 1].pos_ == "NOUN"
                    and x.texts[k + 1].islower())):
            via_de = via_de or x.lowers[k] == "de"
            k += 1
        # "calificadoras, entre ellas X, Y y Z"
        if k + 3 < n and x.texts[k] == "," and x.lowers[k + 1] == "entre" and \
                x.lowers[k + 2] in ("ellas", "ellos", "otras", "otros") and caps[k + 3]:
            return _list_of_names(doc, k + 3, caps)
        copula = _subject_copula(x, i, k)
        if copula is not None:
            return _list_of_names(doc, copula + 1, caps)
    if k + 1 < n and x.lowers[k] in ("como", "as", "like", "including") and caps[k + 1]:
        return _list_of_names(doc, k + 1, caps)
    if k + 2 < n and x.texts[i].islower() and caps[k] and not doc[k].is_sent_start and \
            doc[k].pos_ in ("PROPN", "NOUN", "X") and x.texts[k] not in NON_NAMES:
        # "shipping groups X and Y": a list of two or more, so that a plural noun before
        # one name is not read as a cue.
        names = _list_of_names(doc, k, caps)
        if len(names) >= 2:
            return names
    return []


_SER_PLURALS = frozenset({"son", "fueron", "eran", "serán", "serían", "han sido"})


def _subject_copula(x: Ctx, i: int, k: int) -> int | None:
    """Where "ser" follows the plural noun ``i`` that opens its clause as the subject
    with its article ("Los bancos designados como colocadores fueron Nomura y Merill
    Lynch"), a name right after it being what the noun names; else None."""
    if i == 0 or x.lowers[i - 1] not in ("los", "las"):
        return None
    for j in range(k, min(x.n - 1, k + 6)):
        if x.lowers[j] in _SER_PLURALS:
            return j if x.caps[j + 1] and x.texts[j + 1] not in NON_NAMES else None
        if x.texts[j] in (",", ";", ".", ":") or x.doc[j].pos_ in ("VERB", "AUX") and \
                x.lowers[j] not in _SER_PLURALS and not x.lowers[j].endswith(("ados", "adas",
                                                                            "idos", "idas")):
            return None
    return None


def outlet(x: Ctx, i: int) -> Found:
    """A media outlet whose name opens with an article: "el diario La Crónica"."""
    doc = x.doc
    if x.lowers[i] in OUTLET_DESCRIPTORS and x.texts[i].islower() and i + 2 < x.n and \
            x.texts[i + 1] in ("El", "La", "Los", "Las", "The") and x.caps[i + 2]:
        return [_Cand(i + 1, _run_end(doc, i + 2, x.caps), "ORG", _P_CONTEXT)]
    return None


def product(x: Ctx, i: int) -> Found:
    """A product: "la plataforma Vera Rubin" (above a given name: products are named
    after people); not a name an organisation's head opens or an investor's tail
    closes ("su vehículo Fondo Tula Salud II", "the vehicle Kestrel Partners")."""
    if x.lowers[i] in PRODUCT_DESCRIPTORS and x.texts[i].islower() and i + 1 < x.n and \
            x.caps[i + 1] and i > 0 and \
            x.lowers[i - 1] in ("el", "la", "the", "su", "its", "del", "al") and \
            not (x.lowers[i] == "modelo" and x.lowers[i - 1] == "la"):  # a woman model
        end = x.run_end(i + 1)
        if x.texts[i + 1] in HOLDING_HEADS or x.texts[end - 1] in COMPANY_ONLY_TAILS:
            return None
        return [_Cand(i + 1, end, "MISC", _P_GAZ)]
    return None


# What opens the list after a plural of products: "franquicias como Diablo", "brands
# such as X", "whose brands include X and Y", "sus marcas incluyen X".
_PRODUCT_LIST_OPENERS = frozenset({
    "como", "like", "including", "include", "includes", "incluyen", "incluye",
})


def product_list(x: Ctx, i: int) -> Found:
    """Products in a list: "franquicias como Diablo", "whose brands include Golden
    Churn and Meadow Mist" (brands are products, neither companies nor people)."""
    doc = x.doc
    k = i + 1
    if k + 1 < x.n and x.lowers[k] == "such" and x.lowers[k + 1] == "as":
        k += 1
    elif k < x.n and x.lowers[k] not in _PRODUCT_LIST_OPENERS:
        return None
    if x.lowers[i] in PRODUCT_PLURALS and x.texts[i].islower() and k + 1 < x.n and \
            x.caps[k + 1]:
        return [_Cand(c.start, c.end, "MISC", _P_CONTEXT)
                for c in _list_of_names(doc, k + 1, x.caps)]
    return None


def round_name(x: Ctx, i: int) -> Found:
    """A funding round's name is no organisation: "la Serie E de Ruvo", "a Series B"."""
    doc = x.doc
    if x.texts[i] in ROUND_WORDS and i + 1 < x.n and len(x.texts[i + 1]) <= 2 and \
            doc[i + 1].text[:1].isupper() and doc[i + 1].text[:1].isalpha() and \
            _funding_sentence(doc, i):
        return [_Cand(i, i + 2, "MISC", _P_LEGAL)]
    return None


# English words that name a funding round ("a $4 million round", "its Series A"), and
# the words before "round" that make it one of money ("a seed round", not "the final
# round in Augusta").
_ROUND_NOUNS = frozenset({"round", "series"})
_ROUND_KINDS = frozenset({"seed", "funding", "financing", "investment", "equity", "growth",
                          "venture", "pre-seed", "extension"})


def round_company(x: Ctx, i: int) -> Found:
    """English: the name a funding round is "in" is the company that raised it, not a
    place ("Coral Bay Partners led a $4 million round in Pendra, a lending app",
    "X led a $25 million Series A in Harrowby"), in a sentence about raising money; not
    a place a list knows ("a round in Lisbon") nor a month ("a Series A in March")."""
    if x.kn.lang != "en" or not _funding_sentence(x.doc, i):
        return None
    k = i + 1
    if x.lowers[i] == "round" and not any(
        x.lowers[j] in _ROUND_KINDS or _money_sign(x, j) for j in range(max(0, i - 4), i)
    ):
        return None  # no sum nor kind of funding before it: "the final round in Augusta"
    if x.lowers[i] == "series":
        if not (k < x.n and len(x.texts[k]) <= 2 and x.texts[k][:1].isupper()):
            return None
        k += 1  # the round's letter: "Series A in X"
    if not (k + 1 < x.n and x.lowers[k] == "in" and x.caps[k + 1]):
        return None
    k += 1
    if x.doc[k].pos_ != "PROPN" or x.texts[k] in NON_NAMES or x.texts[k] in CALENDAR_WORDS:
        return []
    e = x.run_end(k)
    label = _label_at(x.model, k, e)
    if label in (None, "MISC", "ORG", "PER") or (
        label == "LOC" and not _known_place(x, k, e)
    ):  # no person raises a round: "a Series A in Harrowby" (read as a surname)
        return [_Cand(k, e, "ORG", _P_CONTEXT)]
    return []


def facility(x: Ctx, i: int) -> Found:
    """A facility named after a person or place: "la planta fotovoltaica Francisco
    Pizarro", "el estadio Ramón Sánchez"."""
    doc, n = x.doc, x.n
    if not (x.lowers[i] in FACILITY_DESCRIPTORS and x.texts[i].islower() and i > 0
            and x.lowers[i - 1] in ("el", "la", "su", "del", "al", "los", "las")):
        return None
    k = i + 1
    while k < n and k - i <= 2 and doc[k].is_alpha and x.texts[k].islower() and \
            doc[k].pos_ == "ADJ":
        k += 1
    # What it yields or burns, after "de": "la mina de cobre Chuspa", "la central de
    # ciclo combinado Arroyo" (not "la planta de Acme": Acme owns it).
    if k + 2 < n and x.lowers[k] == "de" and x.texts[k + 1].islower() and \
            doc[k + 1].pos_ == "NOUN":
        j = k + 2
        while j < n and j - k <= 3 and x.texts[j].islower() and doc[j].is_alpha and \
                doc[j].pos_ in ("ADJ", "NOUN"):
            j += 1
        if j < n and x.caps[j]:
            k = j
    if k < n and x.caps[k] and k > i:
        return [_Cand(k, _person_end(doc, k, x.caps), "LOC", _P_GAZ)]
    return []


def owner(x: Ctx, i: int) -> Found:
    """The owner of shares, stores or staff is an organisation: "las acciones de
    Nutresa", "accionista mayoritario de Asur", "shares of X"."""
    doc, caps, n = x.doc, x.caps, x.n
    if not (x.lowers[i] in OWNED_NOUNS and (
            x.texts[i].islower() or (doc[i].is_sent_start and x.texts[i][1:].islower()))):
        return None  # (capitalised only as a sentence's first word: "Shares of X rose")
    k = i + 1
    while k < n and k - i <= 2 and x.texts[k].islower() and doc[k].pos_ == "ADJ":
        k += 1
    if k + 1 < n and x.lowers[k] in ("de", "del", "of", "in", "en") and \
            caps[k + 1] and doc[k + 1].pos_ == "PROPN" and \
            x.texts[k + 1] not in x.kn.given_names and x.texts[k + 1] not in NON_NAMES:
        if x.lowers[k] == "en" and x.lowers[i] not in ("acciones", "títulos"):
            return []  # "oficinas en Bogotá": Spanish "en" says where, not whose
        e = x.run_end(k + 1)
        if _based(x, e):
            return []  # "a unit of Denver-based Orvel": the place the owner is based in
        if e + 1 < n and x.lowers[e] in DESCRIPTORS and x.texts[e].islower() and caps[e + 1]:
            return []  # "shares in Yorkshire homebuilder X": the place describes X
        if _label_at(x.model, k + 1, e) in (None, "MISC", "ORG") or (
            e - k - 1 == 1 and _label_at(x.model, k + 1, e) == "PER"
        ) or doc[k + 1:e].text not in x.kn.places:
            return [_Cand(k + 1, e, "ORG", _P_CONTEXT)]
    return []


def unit_name(x: Ctx, i: int) -> Found:
    """A company's part named after "its" / "their": "sell its packaging unit,
    Corrugo, to X" (the name in apposition) and "its Fernhill Cosmetics unit" (the name
    before the noun) are companies; not a place ("its UK unit", "its Asia arm")."""
    doc, n = x.doc, x.n
    if not (x.kn.lang == "en" and x.texts[i].islower() and x.lowers[i] in UNIT_WORDS):
        return None
    k = i + 2
    if k < n and x.texts[i + 1] == "," and x.caps[k] and doc[k].pos_ == "PROPN":
        e = x.run_end(k)
        if _owned_part(x, i) and e < n and x.texts[e] in (",", ".") and _not_place(x, k, e):
            return [_Cand(k, e, "ORG", _P_CONTEXT)]
    s = x.run_start(i - 1) if i > 0 and x.caps[i - 1] else i
    if 0 < s < i and x.lowers[s - 1] in ("its", "their") and _not_place(x, s, i) and (
        i - s > 1 or _label_at(x.model, s, i) in ("ORG", "MISC")
    ):
        return [_Cand(s, i, "ORG", _P_CONTEXT)]
    return []


def _owned_part(x: Ctx, i: int) -> bool:
    """The unit noun at ``i`` follows "its" / "their" and at most three lower-case
    modifiers ("its packaging unit", "their consumer health business")."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if x.lowers[k] in ("its", "their"):
            return True
        if not x.texts[k].islower():
            return False
    return False


def _not_place(x: Ctx, s: int, e: int) -> bool:
    text = x.doc[s:e].text
    return not (
        text in x.kn.places or text in x.kn.demonyms or text.isupper() or text in NON_NAMES
    )


def place_noun(x: Ctx, i: int) -> Found:
    """English names the kind of a place around it: "the Kurdish city of Arbel",
    "the capital Dorvana", "the Halvey province" are places, whatever the model read."""
    doc, n = x.doc, x.n
    if not (x.kn.lang == "en" and x.texts[i].islower() and x.lowers[i] in PLACE_NOUNS):
        return None
    k = i + 2 if i + 2 < n and x.lowers[i + 1] == "of" else i + 1
    if k < n and (k == i + 2 or x.lowers[i] == "capital") and x.caps[k] and \
            doc[k].pos_ == "PROPN" and x.texts[k] not in NON_NAMES:
        e = _run_end(doc, k, x.caps)
        if not any(x.texts[j] in ORG_HEADS or x.texts[j] in ORG_TAILS for j in range(k, e)):
            return [_Cand(k, e, "LOC", _P_CONTEXT)]
    if k == i + 1 and i > 0 and x.caps[i - 1] and doc[i - 1].pos_ == "PROPN" and \
            not (k < n and x.caps[k]) and x.texts[i - 1] not in x.kn.demonyms:
        s = x.name_start(i - 1)
        if not any(x.texts[j] in ORG_HEADS or x.texts[j] in ORG_TAILS for j in range(s, i)):
            return [_Cand(s, i, "LOC", _P_CONTEXT)]
    return []


def seat(x: Ctx, i: int) -> Found:
    """"Houston-based Talen": what comes before "-based" is a place."""
    doc = x.doc
    if x.lowers[i] in SEAT_WORDS and i > 1 and x.texts[i - 1] in ("-", "–", "‐") and \
            not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_ and x.caps[i - 2]:
        out = [_Cand(x.run_start(i - 2), i - 1, "LOC", _P_CONTEXT)]
        k = i + 1
        # What is based there is a company: "Chennai-based Nirvo raised ...".
        if k < x.n and x.caps[k] and doc[k].is_alpha and not doc[k].is_sent_start and \
                x.texts[k] not in x.kn.given_names and x.texts[k] not in NON_NAMES and \
                x.texts[k] not in HONORIFICS and x.texts[k] not in x.kn.places and \
                x.texts[k] not in x.kn.demonyms and (
                    not x.kn.is_common(x.texts[k]) or _named_in_full(x, k)):
            out.append(_Cand(k, x.run_end(k), "ORG", _P_CONTEXT, ("cue:seat",)))
        return out
    return None


def _named_in_full(x: Ctx, k: int) -> bool:
    """Whether common words capitalised from ``k`` on are a name of their own, not the
    kind before a noun: three words or more, none after a noun they would qualify
    ("Dundee-based Silver River Pumps,", not "London-based Private Equity firm")."""
    e = x.run_end(k)
    return e - k >= 3 and not (e < x.n and x.texts[e].islower() and
                               x.doc[e].pos_ in ("NOUN", "PROPN"))


def government(x: Ctx, i: int) -> Found:
    """A nationality names a government: "the German government"."""
    text = x.texts[i]
    if text in x.kn.demonyms and text[:1].isupper() and i + 1 < x.n and \
            x.lowers[i + 1] in GOVERNMENT_NOUNS and x.texts[i + 1].islower():
        return [_Cand(i, i + 2, "ORG", _P_HEAD)]
    return None


def state(x: Ctx, i: int) -> Found:
    """A state body and its nationality or region: "el Estado colombiano", "el
    Gobierno español", "el Govern balear"."""
    doc = x.doc
    if x.texts[i] in STATE_HEADS and i + 1 < x.n and x.texts[i + 1].islower() and (
            x.texts[i + 1] in x.kn.demonyms or x.texts[i + 1] in REGIONAL_DEMONYMS) and \
            not doc[i].is_sent_start:
        return [_Cand(i, i + 2, "ORG", _P_HEAD)]
    return None


def maker(x: Ctx, i: int) -> Found:
    """What a maker makes is a product: "Snickers maker Mars", "maker of Pringles and
    Cheez-It", "fabricante de Ariel"."""
    doc, caps = x.doc, x.caps
    low = x.lowers[i]
    if not (low in MAKERS and x.texts[i].islower()):
        return None
    out: list[_Cand] = []
    if i > 0 and caps[i - 1] and low in ("maker", "makers") and not doc[i].is_sent_start:
        out.append(_Cand(x.run_start(i - 1), i, "MISC", _P_CONTEXT))
    if i + 2 < x.n and x.lowers[i + 1] in ("of", "de") and caps[i + 2]:
        out += [_Cand(c.start, c.end, "MISC", _P_CONTEXT)
                for c in _list_of_names(doc, i + 2, caps)]
    return out


def product_kind(x: Ctx, i: int) -> Found:
    """English names a product before its kind: "its Bing search engine"."""
    doc, n = x.doc, x.n
    if not (x.lowers[i] in POSSESSIVES and i + 2 < n and x.caps[i + 1]):
        return None
    e = x.run_end(i + 1)
    k = e
    while k < n and k - e < 2 and x.texts[k].islower() and doc[k].is_alpha and \
            x.lowers[k] not in PRODUCT_HEADS:
        k += 1
    if k < n and x.lowers[k] in PRODUCT_HEADS and x.texts[k].islower():
        return [_Cand(i + 1, e, "MISC", _P_CONTEXT)]
    return []


def source_line(x: Ctx, i: int) -> Found:
    """A source line: "Fuente: Xataka", "Source: Reuters"."""
    if x.lowers[i] in SOURCE_WORDS and i + 2 < x.n and x.texts[i + 1] == ":" and \
            x.caps[i + 2]:
        return [_Cand(i + 2, x.run_end(i + 2), "ORG", _P_CONTEXT)]
    return None


# --- a name and what is said of it ------------------------------------------------------


def copula(x: Ctx, i: int) -> Found:
    """A copula: "Telecom es una compañía", "Groq is a chipmaker"."""
    doc, n = x.doc, x.n
    last = i - 2 if i > 1 and x.texts[i - 1] == "," else i - 1
    if not (x.lowers[i] in COPULAS and last >= 0 and x.caps[last] and i + 2 < n
            and x.lowers[i + 1] in ("un", "una", "a", "an")) or x.initial_false(last):
        return None  # nor a pronoun opening the sentence: "This is a club with ..."
    for k in range(i + 2, min(n, i + 5)):
        if x.lowers[k] in DESCRIPTORS:
            return [_Cand(x.name_start(last), last + 1, "ORG", _P_CONTEXT)]
        if not (doc[k].is_alpha and x.texts[k].islower()):
            break
    return []


def bare_apposition(x: Ctx, i: int) -> Found:
    """A bare apposition: "Nugil, empresa del Grupo Gilinski", "X, filial de Y"."""
    doc = x.doc
    if x.texts[i] == "," and i > 0 and x.caps[i - 1] and i + 2 < x.n and \
            x.lowers[i + 1] in DESCRIPTORS and x.texts[i + 1].islower() and \
            x.lowers[i + 2] in ("de", "del", "of", "que", "that", "con", "with") and \
            not x.initial_false(i - 1):
        s = x.name_start(i - 1)
        return [_Cand(s, i, "ORG", _P_CONTEXT)] if doc[s:i].text not in x.kn.places else []
    return None


def bracketed_descriptor(x: Ctx, i: int) -> Found:
    """A descriptor in brackets: "GIC (firma de inversión de Singapur)"."""
    doc = x.doc
    if x.texts[i] == "(" and i > 0 and x.caps[i - 1] and i + 1 < x.n and \
            (x.lowers[i + 1] in DESCRIPTORS or x.lowers[i + 1] in ORG_DESCRIPTORS) \
            and x.texts[i + 1].islower():
        s = x.name_start(i - 1)
        return [_Cand(s, i, "ORG", _P_CONTEXT)] if doc[s:i].text not in x.kn.places else []
    return None


def team_after_country(x: Ctx, i: int) -> Found:
    """English results lists: after a rider's or driver's country in brackets comes
    the team, then the time ("2. Ivo Marandi (Italy), Lonza Ford, 54.483", "Pekka Lind
    (Finland) Vestel 1:23"): an organisation, whatever the model made of it."""
    doc, n = x.doc, x.n
    if not (x.kn.lang == "en" and i >= 2 and x.texts[i - 2] == "("
            and x.texts[i - 1] in x.kn.countries):
        return None
    k = i + 1
    if k < n and x.texts[k] == ",":
        k += 1
    if not (k < n and x.caps[k]) or x.texts[k] in x.kn.countries:
        return []
    e = x.run_end(k)
    while e < n and x.texts[e] == "-" and e + 1 < n and x.caps[e + 1]:
        e = x.run_end(e + 1)  # "Reynard Mercedes-Benz"
    f = e + 1 if e < n and x.texts[e] == "," else e
    if f < n and any(ch.isdigit() for ch in x.texts[f]) and doc[k:e].text not in x.kn.places:
        return [_Cand(k, e, "ORG", _P_CONTEXT)]
    return []


def trailing_descriptor(x: Ctx, i: int) -> Found:
    """English names an organisation's kind after its name: "Interfax news agency
    said", "the Freedom Front party", "the Fiat group"."""
    doc = x.doc
    if not (x.kn.lang == "en" and x.texts[i].islower() and x.lowers[i] in TRAILING_DESCRIPTORS):
        return None
    if i + 1 < x.n and x.caps[i + 1]:
        return []  # the kind of the next name: "challenger bank Starling"
    j = i - 1
    if j > 0 and x.texts[j].islower() and doc[j].is_alpha and doc[j].pos_ == "NOUN":
        j -= 1  # "news agency"
    if not (j >= 0 and x.caps[j] and doc[j].pos_ == "PROPN" and not x.initial_false(j)
            and x.texts[j] not in NON_NAMES and x.texts[j] not in x.kn.demonyms):
        return None
    s = x.name_start(j)
    while s < j and x.texts[s] in x.kn.demonyms:
        s += 1
    name = doc[s:j + 1].text
    model = _label_at(x.model, s, j + 1)
    if name in x.kn.places or name.title() in x.kn.places or model not in (None, "ORG") \
            and not (model == "PER" and x.lowers[i] in _OUTLETS):
        # "the Moscow club", "the World Cup group", "the Moslem party"; but a
        # foreign title the model took for a person is still a newspaper's:
        # "Zycie Warszawy daily said"
        return []
    return [_Cand(s, j + 1, "ORG", _P_CONTEXT)]


# Kinds of news outlets that follow their name: no person is named so.
_OUTLETS = frozenset({"newspaper", "daily", "weekly", "broadcaster"})


def apposition(x: Ctx, i: int) -> Found:
    """An apposition: "X, a cybersecurity firm", "Cerebras Systems, una startup", "X,
    the UK's largest estate agency"."""
    doc, n = x.doc, x.n
    if _whose_possession(x, i):
        return [_Cand(x.name_start(i - 1), i, "ORG", _P_CONTEXT)]
    if not (x.texts[i] == "," and i > 0 and x.caps[i - 1] and i + 2 < n
            and x.lowers[i + 1] in ("un", "una", "la", "el", "a", "an", "the")
            and not x.initial_false(i - 1)):
        return None
    start = _with_place_complement(x, x.name_start(i - 1))
    if _source_adverbial(x, start) or _fronted_adverbial(x, start, i) or \
            role_of_next_name(x.kn, doc, start, i + 1):
        return None  # (the role of the name after it: "En Europa, la presidenta de ...")
    first = i + 2
    if first + 1 < n and x.caps[first] and x.lowers[first + 1] == "'s":
        first += 2  # "X, the UK's largest estate agency": a possessive before the noun
    k, words = first, 0
    while k < n and words < 4:
        if x.lowers[k] in DESCRIPTORS:
            if _not_appositive(x, k):
                return None
            return [_Cand(start, i, "ORG", _P_CONTEXT)]
        if k + 2 < n and x.texts[k + 1] == "-" and x.lowers[k + 2] in _SEAT_MODIFIERS:
            k += 3  # "X, a Leeds-based maker of valves"
        elif doc[k].is_alpha and (x.texts[k].islower() or x.texts[k] in x.kn.places
                                  or x.texts[k] in x.kn.demonyms or is_city(x.texts[k])):
            k += 1  # (a place or its demonym: "X, a Mumbai fintech", "a Danish brewer")
        else:
            break
        words += 1
    if _descriptor_apposition(x, i):
        return [_Cand(start, i, "ORG", _P_CONTEXT)]
    return []


def _with_place_complement(x: Ctx, start: int) -> int:
    """Spanish: the start of a name that closes with "de" or "del" and its place, where
    the model read the place alone ("Esteros Altos del Tambo, la firma que ...",
    "Aguas Claras de Tudela, la distribuidora"): the capitalised words before "de"
    open it, unless the model read them as a person ("Ana Ruiz de Soria")."""
    if x.kn.lang != "es" or start < 2 or x.lowers[start - 1] not in ("de", "del") or \
            not x.caps[start - 2] or x.initial_false(start - 2):
        return start
    s = x.name_start(start - 2)
    if _label_at(x.model, s, start - 1) == "PER" or x.texts[s] in x.kn.given_names:
        return start
    return s


def _not_appositive(x: Ctx, k: int) -> bool:
    """Whether the noun phrase after a name's comma, whose head is the descriptor at
    ``k``, is no apposition of that name: the descriptor of the name after it ("the
    drought in Kenya, the seed company Mavuno Seeds"), a possessor ("Ortiz, the
    company's lawyer"), the subject of a verb of saying ("a plant in Limerick, the
    company said"), or of any finite verb right after it, the main clause after a
    fronted phrase ("junto al embalse de El Soto, la bodega cambia de manos")."""
    if k + 1 >= x.n:
        return False
    nxt = x.doc[k + 1]
    return (x.caps[k + 1] and nxt.text != "I") or nxt.lower_ in ("'s", "’s") \
        or (nxt.pos_ in ("VERB", "AUX") and nxt.lemma_.lower() in SPEECH_VERBS) \
        or nxt.lower_ in PERSON_ROLES or nxt.lower_ in _TRADE_JOBS \
        or (nxt.pos_ in ("VERB", "AUX") and "Fin" in nxt.morph.get("VerbForm", []))


# Nouns of a person's job that a company's descriptor modifies ("Ana Roy, a fund
# manager at X", "a bank economist"): the apposition is the person's.
_TRADE_JOBS = frozenset({"manager", "managers", "strategist", "banker", "bankers",
                         "officer", "economist", "analyst", "analysts", "veteran"})


# The second half of an English compound of a company's seat ("Leeds-based",
# "Ohio-headquartered").
_SEAT_MODIFIERS = frozenset({"based", "headquartered"})


def participle_apposition(x: Ctx, i: int) -> Found:
    """A name whose apposition opens with a participle that describes what a company
    does or where it sits ("Nubaria, especializada en baterías", "Trevia, dedicada a la
    logística", "Lumora, con sede en Valencia"; "Copperleaf, founded in 2017,",
    "Tessaly, headquartered in Leeds,", "Quillon, backed by Harrow Ventures,"), or who
    owns it ("Brenta Solar, participada por el fondo Iberis", "Quillon, owned by Harrow
    Capital": only a company is owned so). Not a place the lists know ("Valencia,
    dedicada al turismo", "Seattle, founded in 1851"), nor, but for ownership, a name
    the model reads as a person or with a person's word ("Ortiz, especializada en
    derecho laboral")."""
    if not (x.texts[i] == "," and i > 0 and x.caps[i - 1]
            and i + 2 < x.n and x.texts[i + 1].islower() and not x.initial_false(i - 1)):
        return None
    word, nxt = x.lowers[i + 1], x.lowers[i + 2]
    owned = word in OWNED_PARTICIPLES and nxt in _PARTICIPLE_AGENT[x.kn.lang]
    if not (owned or word in COMPANY_PARTICIPLES and nxt in _PARTICIPLE_PLACE[x.kn.lang]
            or word == "con" and nxt == "sede"):
        return None
    s = x.name_start(i - 1)
    name = span_text(x.doc, s, i)
    if x.texts[s] in x.kn.given_names or _known_place(x, s, i) or is_city(name) \
            or name in x.kn.countries or not owned and (
                _label_at(x.model, s, i) == "PER" or _person_word(x, s, i)):
        return []
    return [_Cand(s, i, "ORG", _P_CONTEXT)]


# The word after a participle of ownership ("participada por", "propiedad de", "owned
# by") and after one of what a company does or where it sits ("dedicada a",
# "headquartered in", "listed on", "backed by", "founded by").
_PARTICIPLE_AGENT = {"es": frozenset({"por", "de", "del"}), "en": frozenset({"by"})}
_PARTICIPLE_PLACE = {"es": frozenset({"en", "a", "al"}),
                     "en": frozenset({"in", "on", "by"})}


def _source_adverbial(x: Ctx, s: int) -> bool:
    """Whether the name at ``s`` is the source of "según X," / "according to X,":
    the comma closes the adverbial, and what follows is the clause's subject ("Según
    Bertolotti, la firma no comprará más"), no apposition of the name."""
    return (s > 0 and x.lowers[s - 1] in ("según", "segun")) or (
        s > 1 and x.lowers[s - 2] == "according" and x.lowers[s - 1] == "to")


def _fronted_adverbial(x: Ctx, s: int, i: int) -> bool:
    """Whether the name at ``s`` closes a prepositional phrase that opens its sentence
    and the comma at ``i`` ends it: the noun phrase after the comma runs into its verb
    with no comma of its own, so it is the clause's subject, no apposition of the name
    ("Durante Expoventa, la agencia cerró acuerdos", "During Farmex, the agency
    signed"). An apposition closed by a second comma stays one ("Con Lumora, una
    startup de baterías, la firma firmó")."""
    if not (s > 0 and x.doc[s - 1].is_sent_start and x.doc[s - 1].pos_ == "ADP"):
        return False
    for k in range(i + 2, min(x.n, i + 10)):
        if x.texts[k] in (",", ";", ":", "(", ".") or x.doc[k].is_sent_start:
            return False
        if x.doc[k].pos_ in ("VERB", "AUX") and "Fin" in x.doc[k].morph.get("VerbForm", []):
            return True
    return False


def _descriptor_apposition(x: Ctx, i: int) -> bool:
    """In English, an apposition closed by a comma whose last word, its head noun, is a
    descriptor, whatever modifies it before: "Quillon, the Harrow Ventures-backed
    payroll startup,", "Vexa, the 120-year-old Ohio lender," (no finite verb inside)."""
    if x.kn.lang != "en" or _label_at(x.model, i - 1, i) not in (None, "ORG", "MISC"):
        return False  # a name the model reads as a person or place keeps its reading
    for k in range(i + 2, min(x.n, i + 11)):
        if x.texts[k] in (",", ";"):
            return k > i + 3 and x.lowers[k - 1] in DESCRIPTORS and x.doc[k - 1].pos_ == "NOUN"
        if x.texts[k] == "." or "Fin" in x.doc[k].morph.get("VerbForm", []):
            return False
    return False


def _whose_possession(x: Ctx, i: int) -> bool:
    """ "Klarwerk, whose backers include Elbe Ventures": a name whose relative clause
    gives it what only a company has (backers, shareholders, shares, revenue)."""
    return (
        x.kn.lang == "en" and x.texts[i] == "," and i > 0 and x.caps[i - 1] and i + 2 < x.n
        and x.lowers[i + 1] == "whose" and x.lowers[i + 2] in CORPORATE_POSSESSIONS
        and not x.initial_false(i - 1)
    )


# --- deals -----------------------------------------------------------------------------


def _deal_verb(x: Ctx, i: int) -> bool:
    """A deal verb ("buy", "adquirir"); in English not one written in capitals: a
    headline in capitals is one run of capitalised words, which the cue would take
    whole for the subject's name ("WINTER TAKES LEAD IN OHIO")."""
    if x.kn.lang == "en" and len(x.texts[i]) > 1 and x.texts[i].isupper():
        return False
    return x.lemmas[i] in DEAL_VERBS and x.doc[i].pos_ in ("VERB", "AUX", "NOUN")


# Deal verbs that take a company only with their particle ("snap up X", not "snap X").
_PHRASAL_ONLY = frozenset(p.split()[0] for p in PHRASAL_TARGETS) - TARGET_VERBS - {"take"}


def deal_object(x: Ctx, i: int) -> Found:
    """A deal verb's object or agent: "adquirir X", "invertir en X", "buy X",
    "adquirida por NVIDIA"."""
    if not _deal_verb(x, i):
        return None
    doc, k = x.doc, i + 1
    if k < x.n and doc[k].dep_ == "prt" and doc[k].head.i == i:
        k += 1  # a phrasal verb's particle: "bought out X", "snapped up X"
    elif x.lemmas[i] in _PHRASAL_ONLY:
        return []
    bare = True  # the object right after the verb, with no preposition
    prep = None
    if k < x.n and x.lowers[k] in ("en", "in", "a", "con", "with", "por", "by"):
        prep = x.lowers[k]
        k += 1
        bare = False
    if bare and k < x.n and x.lemmas[i] in _INVEST_VERBS and \
            (j := _invested_in(x, i, k, ("en", "in"))) is not None:
        return _invested_company(x, _past_descriptor_noun(x, j))
    named = _past_descriptor_noun(x, k) if k < x.n else k
    if k < x.n and _money_sign(x, named):
        return []  # the sum, not the company: "invertirá US$ 4 millones en Mapuy"
    if k < x.n and x.caps[named] and (doc[named].pos_ == "PROPN" or named > k):
        e = x.run_end(named)
        if people_adjective(doc, named, e) or _modifies_descriptor(x, e):
            return []
        label = _label_at(x.model, named, e)
        # after a common noun ("steelmaker Ruhrstahl") a place no list knows is a name,
        # and so it is where money is put (``_invested_slot``)
        if label in (None, "MISC", "ORG") or label == "LOC" and (
            named > k and doc[named:e].text not in x.kn.places
            or _invested_slot(x, i, prep) and _unknown_place(x, named, e)
        ):
            return [_Cand(named, e, "ORG", _P_CONTEXT)]
    if bare and k < x.n and (_bought_place_name(x, i, k) or _taken_private(x, i, k)):
        return [_Cand(k, x.run_end(k), "ORG", _P_CONTEXT)]
    return []


def _modifies_descriptor(x: Ctx, e: int) -> bool:
    """English: whether the name ending at ``e`` only qualifies what a deal verb takes,
    a name told after it: a place "-based" ("bought Sorrento-based pasta maker Mango
    Ridge"), or a modifier of common nouns that describe the name after them
    ("bought Halden repair yard Gull Point Marine"). What is bought is the
    later name (rule ``cue:descriptor``)."""
    if x.kn.lang != "en" or e >= x.n:
        return False
    if _based(x, e) and x.lowers[e + 1] in _SEAT_MODIFIERS:
        return True
    return x.texts[e].islower() and _past_descriptor_noun(x, e) > e


def _invested_slot(x: Ctx, i: int, prep: str | None) -> bool:
    """Whether the name after the verb at ``i`` and its preposition ``prep`` is what
    money is put in: "invirtió en Tesmarq", "invested in Quenby" (a verb, not the noun
    of a job: "Brenmoor partner X"). A stake is held in a company, so a place no list
    knows there is one; what is bought, sold or merged may be an estate, a mine or a
    building named like a place ("compró Los Almendros"), and a buyer's "in" is where
    it bought ("bought land in Dunmarra"): those slots leave the model's place alone."""
    return prep in ("en", "in") and x.lemmas[i] in _INVEST_VERBS and \
        x.doc[i].pos_ in ("VERB", "AUX")


def _unknown_place(x: Ctx, s: int, e: int) -> bool:
    """Whether the name ``s:e`` that the model read as a place is one no list knows:
    no country, region or GeoNames city ("Madrid", "Texas", "Portugal"), and no word
    of a person's name (a given name, a surname of the lists, a person of the
    article). A deal's company slot makes such a name a company: "Vantreo invirtió en
    Tesmarq", "una participación en Miravela", "sold its unit to Pexor" (issue
    #13)."""
    text = x.doc[s:e].text
    return not (_known_place(x, s, e) or is_city(text) or x.texts[s] in x.kn.countries
                or text in WORLD_REGIONS or text in subdivision_forms()
                or _person_word(x, s, e) or x.texts[s] in NON_NAMES)


_ROLE_COPULAS = frozenset({"es", "fue", "era", "is", "was"})


def role_named(x: Ctx, i: int) -> Found:
    """A name a deal's role noun predicates: "El comprador es Hilados del Bajío",
    "Cartonagem Minho, la compradora, pagará ...": the buyer or the seller of a deal is
    a company or a person, so a name the model reads as neither, a miscellany or a place
    no list knows, is a company. (A name it reads as a person or as nothing is left to
    the other cues: a closed set's false organisation came of taking those too.)"""
    if x.doc[i].pos_ not in ("NOUN", "ADJ") or i == 0 or x.lowers[i - 1] not in _ROLE_DETS:
        return None
    k = i + 1
    if k + 1 < x.n and x.lowers[k] in _ROLE_COPULAS:
        start = k + 1  # "El comprador es [el fondo] X"
        if x.lowers[start] in ("el", "la", "the") and start + 2 < x.n \
                and x.lowers[start + 1] in DESCRIPTORS:
            start += 2
        end = x.run_end(start) if x.caps[start] else start
    elif i >= 3 and x.texts[i - 2] == "," and x.caps[i - 3] and k < x.n and x.texts[k] == ",":
        end = i - 2  # "X, la compradora, ..."
        start = x.name_start(i - 3)
    else:
        return None
    if end <= start or x.initial_false(start):
        return []
    label = _label_at(x.model, start, end)
    if label == "MISC" or (label == "LOC" and x.doc[start:end].text not in x.kn.places):
        return [_Cand(start, end, "ORG", _P_CONTEXT)]
    return []


_ROLE_DETS = frozenset({"el", "la", "the"})


def field_value(x: Ctx, i: int) -> Found:
    """A deal card's party field: the name after a buyer's, target's or seller's label
    and its colon ("Buyer: Marlow Instruments", "Objetivo: Tejidos Umbral") is a
    company, where the line or one next to it holds another party field (a card, not a
    lone "Target: Europe")."""
    if not (i + 1 < x.n and x.caps[i + 1] and _party_label(x, i)):
        return None
    lines = _line_bounds(x, i)
    if not any(x.texts[k] == ":" and k != i and _party_label(x, k)
               for k in range(lines[0], lines[1])):
        return None
    return [_Cand(i + 1, x.run_end(i + 1), "ORG", _P_CONTEXT)]


def _party_label(x: Ctx, colon: int) -> bool:
    """Whether a party field's label stands before the colon, opening its line or its
    cell between bars ("Comprador: X | Objetivo: Y")."""
    for width in (1, 2):
        start = colon - width
        if start < 0:
            return False
        opens = start == 0 or "\n" in x.doc[start - 1].whitespace_ or \
            "\n" in x.texts[start - 1] or x.texts[start - 1] in ("|", ";", "¦")
        if opens and " ".join(x.lowers[start:colon]) in PARTY_FIELD_LABELS:
            return True
    return False


def _line_bounds(x: Ctx, i: int) -> tuple[int, int]:
    """The tokens of the line holding ``i`` and of the lines right before and after it."""
    breaks = [k for k in range(x.n) if "\n" in x.doc[k].whitespace_ or "\n" in x.texts[k]]
    before = [k for k in breaks if k < i]
    after = [k for k in breaks if k >= i]
    start = before[-2] + 1 if len(before) > 1 else 0
    end = after[1] + 1 if len(after) > 1 else x.n
    return start, end


def table_cell(x: Ctx, i: int) -> Found:
    """A deal table's party column: the cells after a bar, in the rows under a header
    whose label of that column names a party ("Business acquired | Acquired by |
    Consideration" over "Lydgate Metrics | Wexmoor Analytics | £14.2m"), are companies
    (kg.deals.fields reads the rows)."""
    start, end = _line_of(x, i)
    bars = [k for k in range(start, end) if x.texts[k] == "|"]
    column = bars.index(i) + 1
    header = _table_header(x, start, len(bars))
    if header is None or not header[column] and not (column == 1 and header[0]):
        return None
    cells = [(i + 1, bars[column] if column < len(bars) else end)]
    if column == 1 and header[0]:
        cells.append((start, i))  # the row's first cell, before its first bar
    return [_Cand(s, x.run_end(s), "ORG", _P_CONTEXT) for s, e in cells
            if s < e and x.caps[s] and x.run_end(s) <= e] or None


def _line_of(x: Ctx, i: int) -> tuple[int, int]:
    """The tokens of the line holding ``i``: (start, end), blanks left out."""
    start = i
    while start > 0 and "\n" not in x.doc[start - 1].whitespace_ and "\n" not in x.texts[start - 1]:
        start -= 1
    end = i
    while end < x.n and "\n" not in x.texts[end]:
        end += 1
        if "\n" in x.doc[end - 1].whitespace_:
            break
    return start, end


def _table_header(x: Ctx, row: int, bars: int) -> list[bool] | None:
    """Whether each column of the table's header row names a party, the header being
    the nearest line above ``row`` with as many bars; None when it names fewer than two
    parties (no deal table)."""
    while row > 0:
        start, end = _line_of(x, row - 1)
        cells = " ".join(x.lowers[k] for k in range(start, end) if x.texts[k].strip()).split("|")
        if len(cells) == bars + 1:
            parties = [cell.strip() in PARTY_FIELD_LABELS for cell in cells]
            return parties if sum(parties) >= 2 else None
        row = start
    return None


def _invested_in(x: Ctx, i: int, k: int, preps: tuple[str, ...]) -> int | None:
    """After a verb of investing and its sum, the word after the "en" / "in" (one of
    ``preps``) the verb governs: "invirtió 3 millones de euros en Rodalia", "invested
    NZ$12 million in Putea Tech" (the company invested in); ``None`` where no sum opens
    the object."""
    if not (x.doc[k].like_num or _money_sign(x, k)):
        return None
    for j in range(k + 1, min(k + 8, x.n - 1)):
        if x.lowers[j] in preps and i in (x.doc[j].head.i, x.doc[j].head.head.i):
            return j + 1
        if not (x.doc[j].like_num or x.doc[j].is_currency or x.lowers[j] in _SUM_WORDS
                or x.texts[j] in x.kn.currencies or _SCALED_FIGURE.fullmatch(x.texts[j])):
            return None
    return None


# A figure glued to the letters of its scale, as English copy writes sums: "$2m",
# "£1.5bn", "$300k".
_SCALED_FIGURE = re.compile(r"[0-9][0-9.,]*(?:m|bn|k|mn)")


def _invested_company(x: Ctx, k: int, into: bool = False) -> Found:
    """The name invested in after the sum: a company, even where the model read a place
    no list knows ("invirtió 2 millones en Rodalia"); a known place or city stays one
    ("invirtió 5 millones de euros en Valencia", "invested $5 million in Wellington").
    Money is put ``into`` a company, never into a person: there a lone word the model
    read as a person's, that no list or person of the article explains, is the
    company's too ("Sequoia put $2m into Velt")."""
    if not (k < x.n and x.caps[k] and x.texts[k] not in NON_NAMES):
        return []
    e = x.run_end(k)
    label, name = _label_at(x.model, k, e), x.doc[k:e].text
    if label == "PER" and into and e - k == 1 and not _person_word(
            x, k, e, [c for c in x.model if c.start != k]):
        label = None
    if name not in x.kn.places and not is_city(name) and x.texts[k] not in x.kn.countries \
            and label in (None, "MISC", "ORG", "LOC", "GPE"):
        return [_Cand(k, e, "ORG", _P_CONTEXT)]
    return []


def money_into(x: Ctx, i: int) -> Found:
    """ "Sutrisno put $2 million into Kopi Nusantara", "metió 3 millones en Rodalia",
    "committed $15 million to Brindle": the name that a verb of putting money in sends
    its sum into is a company invested in, as after "invest" (``_invested_company``: a
    place the lists know stays one, "poured $5 million into Ohio"); and the subject
    no model entity covers is its investor ("Sequoia put $2m into Velt",
    ``_subject_names``)."""
    if x.doc[i].pos_ not in ("VERB", "AUX") or i + 1 >= x.n:
        return None
    j = _invested_in(x, i, i + 1, _MONEY_INTO_PREPS)
    if j is None:
        return []
    found = _invested_company(x, _past_descriptor_noun(x, j), x.lowers[j - 1] == "into")
    if found:
        # who puts a sum into a company invests in it: "Sequoia put $2m into Velt"
        # (a name the model read stays its reading: "Ana Ruiz put $2m into Velt")
        found += _subject_names(x, list(x.doc[i].children))
    return found


_MONEY_INTO_PREPS = ("into", "in", "to", "en", "a")
# Verbs whose sum comes before the company invested in ("invertir X euros en Y").
_INVEST_VERBS = frozenset({"invertir", "invest"})
# Words of a sum written out: "3 millones de euros", "12 million Swedish crowns".
_SUM_WORDS = frozenset({
    "de", "millones", "millón", "mil", "millardos", "euros", "dólares", "pesos", "soles",
    "libras", "reales", "million", "billion", "thousand", "dollars", "pounds", "crowns",
    "rupees", "ringgit", "yen", "francs", "us", "usd", "eur",
})


def stake_of(x: Ctx, i: int) -> Found:
    """The company a shareholding is of: "compró el 40 % de Solmar", "sold 30 per cent
    of Brenvik", "vendió el 12 por ciento del capital de Ardeco" (the percentage the
    object of a verb of buying, selling or holding, ``STAKE_VERBS``). Shares belong to a
    company: the name is one even where the model read an unknown place; a place the
    lists know ("el 30 % de España"), a person and a nationality stay what they are."""
    if not (i > 0 and _percent_ends(x, i - 1)):
        return None
    k = _capital_owner(x, i)
    if k is None or not (x.caps[k] and x.doc[k].pos_ == "PROPN") or \
            x.texts[k] in NON_NAMES or not _stake_verb_before(x, i - 1):
        return []
    e = x.run_end(k)
    if _based(x, e):
        return []  # "70 % of Lyon-based X": the place the company is based in
    label = _label_at(x.model, k, e)
    if label in (None, "MISC", "ORG") or (
        label in ("LOC", "GPE") and x.doc[k:e].text not in x.kn.places
        and x.texts[k] not in x.kn.countries
    ):
        return [_Cand(k, e, "ORG", _P_CONTEXT)]
    return []


def _based(x: Ctx, e: int) -> bool:
    """Whether a hyphen and a lower-case word follow the name ending at ``e``
    ("Denver-based", "Lyon-owned"): the name is a place that describes what follows."""
    return e + 1 < x.n and x.texts[e] in ("-", "–") and x.texts[e + 1].islower()


def _percent_ends(x: Ctx, i: int) -> bool:
    """Whether token ``i`` closes a percentage: "40%" (one token in Spanish), "40 %",
    "40 pct", "40 percent", "40 por ciento", "40 per cent"."""
    low = x.lowers[i]
    if low.endswith("%") and len(low) > 1:
        return any(c.isdigit() for c in low)
    if low in ("%", "pct", "percent"):
        return i > 0 and x.doc[i - 1].like_num
    return low in ("ciento", "cent") and i > 1 and x.lowers[i - 1] in ("por", "per") \
        and x.doc[i - 2].like_num


def _capital_owner(x: Ctx, k: int) -> int | None:
    """The token after the "de" / "of" at ``k`` that names the owner of a percentage,
    over "the company's capital" ("del capital social de", "of the issued share
    capital of"); ``None`` where the percentage is of something else ("del mercado")."""
    n = x.n
    k += 1
    j = k + (x.lowers[k - 1] != "del" and k < n and x.lowers[k] in ("la", "las", "el", "the"))
    if j < n and x.lowers[j] in CAPITAL_WORDS:
        while j < n and x.lowers[j] in CAPITAL_WORDS:
            j += 1
        if not (j < n and x.lowers[j] in ("de", "del", "of")):
            return None
        k = j + 1
    # an article before the name itself makes it a place's ("el 15 % de La Rioja")
    return k if k < n else None


def _stake_verb_before(x: Ctx, i: int) -> bool:
    """Whether a verb of buying, selling or holding governs the percentage ending at
    ``i``: one of ``STAKE_VERBS`` up to six words before it in its sentence."""
    for j in range(i - 1, max(-1, i - 7), -1):
        if x.lemmas[j] in STAKE_VERBS and x.doc[j].pos_ in ("VERB", "AUX"):
            return True
        if x.doc[j].is_sent_start or x.texts[j] in (".", ";", ":"):
            return False
    return False


def signed_with(x: Ctx, i: int) -> Found:
    """Who a contract is signed with: "la aerolínea firmó con Aerovia", "Transportes
    Sur firmó el lunes un contrato con Petrovale", "signed a lease with Norvale": a
    company, even where the model read an unknown place; a place the lists know
    ("firmó con Chile") and a person ("signed with Ana Ruiz") stay what they are. The
    signer is a party as well, read as a deal verb's subject (``_subject_names``)."""
    if x.doc[i].pos_ != "VERB":
        return None
    k = _signed_party(x, i)
    if k is None:
        return []
    # who signs with a company is a party too: "Magic Valley Dairy signs a supply
    # agreement with Ridgeline" (a name the model read stays its reading)
    signers = _subject_names(x, list(x.doc[i].children))
    s, e = k, x.run_end(k)
    label = _label_at(x.model, s, e)
    if label == "PER" or x.texts[s] in x.kn.given_names or x.texts[s] in HONORIFICS or \
            x.doc[s:e].text in x.kn.places or x.texts[s] in NON_NAMES:
        return signers
    return signers + ([_Cand(s, e, "ORG", _P_CONTEXT)] if label in (None, "MISC", "LOC") else [])


def sold_to(x: Ctx, i: int) -> Found:
    """Who a thing is sold to: "Morvane vendió Castilla Digital a Pexor", "Denbrook was
    sold to Quorvis". The buyer is a company or a person, so a name the model read as
    neither, a miscellany, nothing or a place no list knows, is a company; a known place
    ("sold to Texas") and a person's name stay what they are."""
    if x.doc[i].pos_ != "VERB":
        return None
    for k in range(i + 1, min(i + 9, x.n - 1)):
        if x.doc[k].is_sent_start or x.lowers[k] in _CLAUSE_ENDS:
            return []
        if x.lowers[k] in ("a", "to") and x.caps[k + 1] and x.doc[k + 1].pos_ == "PROPN" \
                and x.texts[k + 1] not in NON_NAMES:
            e = x.run_end(k + 1)
            if e + 1 < x.n and x.lowers[e] in DESCRIPTORS and x.texts[e].islower() and \
                    x.caps[e + 1]:
                return []  # the name modifies the buyer's descriptor: "sold its arm to
                # Plover parent Avocet Holdings" (Avocet buys)
            return [_Cand(k + 1, e, "ORG", _P_CONTEXT)] if _party_name(x, k + 1, e) else []
    return []


# Words that close the clause of a verb: its parties are named before them.
_CLAUSE_ENDS = frozenset({".", ";", "y", "and", "que", "which", "who", "quien"})


def _signed_party(x: Ctx, i: int) -> int | None:
    """The capitalised word after the "con" / "with" that follows the signing verb at
    ``i`` in its clause (eight words) and attaches to the verb or to its object ("firmó
    con X", "firmó el lunes los títulos con X", "signed an agreement with X")."""
    for k in range(i + 1, min(i + 9, x.n - 1)):
        if x.doc[k].is_sent_start or x.lowers[k] in (".", ";", "y", "and", "que", "which"):
            return None
        if x.lowers[k] not in ("con", "with"):
            continue
        j = k + 1
        if not (x.caps[j] and x.doc[j].pos_ == "PROPN"):
            return None
        # English hangs the name on "with", Spanish "con" on the name
        heads = {x.doc[k].head, x.doc[j].head} - {x.doc[k], x.doc[j]}
        if any(h.i == i or (h.head.i == i and h.dep_ in ("obj", "dobj")) for h in heads):
            return j
        return None
    return None


def _money_sign(x: Ctx, k: int) -> bool:
    """A currency sign or code opening an amount: "US$", "USD", "R$", "€"."""
    text = x.texts[k]
    return x.doc[k].is_currency or "$" in text or (
        text in x.kn.currencies and k + 1 < x.n and x.doc[k + 1].like_num)


def _past_descriptor_noun(x: Ctx, k: int) -> int:
    """In English, the capitalised word after lowercase common nouns (two at most) that
    describe it: "teamed up with steelmaker Ruhrstahl", "partnered with delivery app
    Fetchly" (whatever the parse made of the name); otherwise ``k`` unchanged."""
    if x.kn.lang != "en":
        return k
    j = k
    while j < k + 2 and j + 1 < x.n and x.doc[j].pos_ == "NOUN" and x.texts[j].isalpha() \
            and x.texts[j].islower():
        j += 1
    return j if j > k and x.caps[j] and x.texts[j] not in NON_NAMES else k


def _taken_private(x: Ctx, i: int, k: int) -> bool:
    """ "Whitcombe will take Delmar Retail private": what is taken private is a listed
    company, whatever the model made of its name; a place the lists know stays one."""
    if x.lemmas[i] != "take" or not x.caps[k]:
        return False
    e = x.run_end(k)
    return e < x.n and x.lowers[e] == "private" and x.doc[k:e].text not in x.kn.places


def _bought_place_name(x: Ctx, i: int, k: int) -> bool:
    """ "Acme compró Santa Rita a Viña Sur", "Norte Group bought Glenmore from Sur
    Holdings": what a company buys from another company is a company, not a place,
    even when the model takes its name for one (a town's name, a word it does not
    know); a country or region the lists know stays a place."""
    if x.lemmas[i] not in TARGET_VERBS or not x.caps[k]:
        return False
    e = x.run_end(k)
    if _label_at(x.model, k, e) != "LOC" or e <= k:
        return False
    name = x.doc[k:e].text
    if name in x.kn.places or e + 1 >= x.n or x.lowers[e] not in ("a", "al", "from"):
        return False
    # the seller: "a la chilena Viña Sur", "from Norte Group"
    seller = e + 1
    while seller < x.n and not x.caps[seller] and x.doc[seller].is_lower and seller < e + 4:
        seller += 1
    return seller < x.n and _label_at(x.model, seller, x.run_end(seller)) == "ORG"


def deal_subject(x: Ctx, i: int) -> Found:
    """The subject of a deal verb ("FTX invirtió", "Amazon will invest"), also of the
    verb it completes ("Orchard Health agreed to buy"), and the sayer of a deal told
    with "it" ("NORVEX said on Tuesday it would acquire PALLADIO": ``_said_it``)."""
    if not _deal_verb(x, i):
        return None
    tok = x.doc[i]
    subjects = list(tok.children)
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in INTENT_VERBS:
        subjects += list(tok.head.children)
        tok = tok.head
    sayer = _said_it(x, tok)
    if sayer is not None:
        subjects += list(sayer.children)
    return _subject_names(x, subjects)


def _said_it(x: Ctx, verb: Token) -> Token | None:
    """The verb of saying whose reported clause ``verb`` heads with "it" for its
    subject: "X said it would acquire Y", "X said on Tuesday it had agreed to buy Y".
    The reported "it" refers back to the sayer, as a person's "he" or "she" would:
    a sayer that "it" stands for is a company (English; a person is never "it")."""
    if x.kn.lang != "en" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return None
    return verb.head


def _subject_names(x: Ctx, subjects: list[Token]) -> list[_Cand]:
    """The capitalised subjects among ``subjects`` (a deal verb's dependants) that name
    a company: a proper noun no model entity covers, or a "misc" or unknown place
    the model read there."""
    out: list[_Cand] = []
    for child in subjects:
        if child.dep_ != "nsubj" or not x.caps[child.i]:
            continue
        hit = _cand_at(x.model, child.i)
        if child.pos_ != "PROPN" and (child.pos_ != "NOUN" or hit is None and not _unknown_word(
                x, child.i)):
            continue  # a noun, unless the model names it ("Veltrix" opening a sentence)
        if hit is None:
            # An English name ends in its head ("Orchard Health").
            start = x.run_start(child.i) if x.kn.lang == "en" else child.i
            out.append(_Cand(start, x.run_end(child.i), "ORG", _P_CONTEXT))
        elif hit.label == "MISC" or (
            # A name the model took for a place that no list knows: "Veltrix bought
            # Nordale", "Lumbrera ha cerrado la compra de Kovix" (a known place, "Ohio
            # invested", "Galicia compra", stays one).
            hit.label == "LOC" and not _known_place(x, hit.start, hit.end)
            and not (x.kn.lang == "es" and _person_word(x, hit.start, hit.end))
        ):
            out.append(_Cand(hit.start, hit.end, "ORG", _P_CONTEXT))
    return out


def _unknown_word(x: Ctx, k: int) -> bool:
    """A capitalised word opening a headline right after a wire slug's hyphen ("UPDATE
    2-Harlon to buy ...") that the tagger took for a noun, and that is no word of the
    language, nor a place, a given name or a word of ``NON_NAMES``: a company's name.
    (Elsewhere a sentence's first word may be a nickname: "Monching sold his stake".)"""
    text = x.texts[k]
    return bool(x.doc[k].is_sent_start) and k > 0 and x.texts[k - 1] == "-" and \
        not x.doc[k - 1].whitespace_ and text.isalpha() and not x.kn.is_common(text) and \
        text not in x.kn.places and text not in x.kn.given_names and text not in NON_NAMES


def raise_subject(x: Ctx, i: int) -> Found:
    """The subject of a verb of raising money whose object is a sum, a name of two
    words or more ("Vida Sana ha captado 4 millones de euros", "Orchard Loop raised $3
    million"), which the model did not name or read as a place no list knows, with what
    opens its name at the sentence's start ("Cuenta Nopal ha levantado", where the
    model saw "Nopal" alone). Not a person's
    name (a given name, a surname of the lists or of the article's people), nor common
    or institution words, nor a name after an article ("El Tesoro captó", "the
    Treasury raised": the state's)."""
    tok = x.doc[i]
    if not (x.lemmas[i] in RAISE_VERBS and tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("obj", "dobj") and _sum_of_money(x, c) for c in tok.children)):
        return None
    out: list[_Cand] = []
    for child in tok.children:
        if child.dep_ != "nsubj" or not x.caps[child.i] or child.pos_ not in ("PROPN", "NOUN"):
            continue
        s = child.left_edge.i
        if any(not x.caps[k] or x.doc[k].pos_ != "PROPN" or x.lowers[k] in x.kn.stop_words
               for k in range(s, child.i)):
            s = child.i
        e = min(x.run_end(child.i), i) if child.i < i else x.run_end(child.i)
        if e - s < 2:
            # a one-word subject is left to the model: raising is told of products,
            # tokens and people as well, and one word gives no other hint
            continue
        if s > 0 and x.doc[s - 1].pos_ == "DET" or x.texts[child.i] in NON_NAMES or all(
                x.kn.is_common(x.texts[k]) or x.texts[k] in INSTITUTIONS for k in range(s, e)) or \
                _person_word(x, s, e) or _known_place(x, s, e) or \
                (e - s == 1 and x.initial_false(s)) or any(
                    c.start < e and s < c.end and (c.label in ("PER", "ORG") or c.end > e
                                                   or c.start < s) for c in x.model):
            continue  # a name the model read, or one it read longer
        out.append(_Cand(s, e, "ORG", _P_CONTEXT))
    return out


def _sum_of_money(x: Ctx, obj: Token) -> bool:
    """Whether a verb's object is a sum of money ("2 millones de euros", "$3 million")."""
    return any(t.is_currency or "$" in t.text or "€" in t.text or
               (t.lower_ in MONEY_WORDS and t.i > 0 and x.doc[t.i - 1].like_num)
               for t in obj.subtree)


def share_owner(x: Ctx, i: int) -> Found:
    """English: the possessor of what only a listed company has ("Plumtree's shares
    rose", "Orvane's revenue"), where the model named nothing or a place no list knows;
    not a person's name ("Musk's shares")."""
    if not (x.kn.lang == "en" and i > 0 and i + 1 < x.n and x.caps[i - 1]
            and x.lowers[i + 1] in LISTED_POSSESSIONS and x.doc[i - 1].pos_ == "PROPN"):
        return None
    s = x.name_start(i - 1)
    label = _label_at(x.model, s, i)
    if label not in (None, "MISC", "LOC") or _person_word(x, s, i) or _known_place(x, s, i) \
            or (i - s == 1 and x.initial_false(s)) or x.texts[s] in NON_NAMES:
        return []
    return [_Cand(s, i, "ORG", _P_CONTEXT)]


def _known_place(x: Ctx, s: int, e: int) -> bool:
    """Whether the lists know ``s:e`` as a place (a city in Spanish too)."""
    text = x.doc[s:e].text
    return text in x.kn.places or text.title() in x.kn.places or (
        x.kn.lang == "es" and is_city(text))


def _person_word(x: Ctx, s: int, e: int, model: list[_Cand] | None = None) -> bool:
    """Whether a word of ``s:e`` is a given name or a surname the lists know, or a word
    of a person the model names in the article ("Marta Quiroga ... Quiroga quiere
    invertir"; the model's candidates, or ``model``)."""
    named = {x.texts[k] for c in (x.model if model is None else model) if c.label == "PER"
             for k in range(c.start, c.end)}
    return any(x.texts[k] in x.kn.given_names or x.texts[k] in x.kn.surnames
               or x.texts[k] in named for k in range(s, e))


def deal_noun_subject(x: Ctx, i: int) -> Found:
    """Spanish: the subject of a verb whose object is a deal noun: "Lumbrera ha cerrado
    la compra de Kovix", "Nautilia anunció la adquisición de Ferromar", "Trevova cerró
    una ronda de 6 millones" (a round of money, not "una ronda de contactos")."""
    tok = x.doc[i]
    if x.kn.lang != "es" or tok.dep_ != "obj" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    if not DEAL_NOUNS[x.lowers[i]] and not any(t.like_num for t in tok.subtree):
        return None
    return _subject_names(x, list(tok.head.children))


def deal_noun(x: Ctx, i: int) -> Found:
    """A deal noun: "la adquisición de Bethesda", "a stake in Anthropic", "una
    participación del 20% en Miravela" (past the share's percentage), and the agent
    after its company: "la compra de Quintessa por parte de Orvalia", "the purchase of
    Denbrook by Quorvis" (a company or a person: ``_party_name``). A share is held in a
    company, so after a noun of investing a place no list knows is one ("una
    participación en Miravela"; ``_unknown_place``), and so after Spanish "la compra
    de", where the small Spanish model reads unfamiliar company names as places ("la
    compra de Talvora"); English "the purchase of" an unknown place keeps the model's
    reading (an estate is bought too), as does a contract's other party
    (``COMPANY_SLOT_NOUNS``)."""
    doc, n = x.doc, x.n
    preps = DEAL_NOUNS.get(x.lowers[i])
    p = _past_percentage(x, i + 1)
    if not (preps and p < n and x.lowers[p] in preps):
        return None
    k = p + 1
    if k < n and x.lowers[k] in ("la", "el", "the"):
        k += 1
    if k < n and x.caps[k] and doc[k].pos_ == "PROPN" and x.texts[k] not in NON_NAMES:
        e = x.run_end(k)
        j = e + 1 if e < n and doc[e].like_num else e
        if j + 1 < n and x.lowers[j] in DESCRIPTORS and x.texts[j].islower() and x.caps[j + 1]:
            return []  # the name modifies a descriptor of the next: "a stake in
            # Championship club Dunford Rovers", "una participación en Ligue 1 club X"
        label = _label_at(x.model, k, e)
        named = [_Cand(k, e, "ORG", _P_CONTEXT)] if label in (None, "MISC", "ORG") or (
            label == "LOC" and x.lowers[i] in COMPANY_SLOT_NOUNS and _unknown_place(x, k, e)
        ) else []
        return named + _noun_agent(x, e)
    return []


def _party_name(x: Ctx, s: int, e: int) -> bool:
    """Whether the name ``s:e`` in a slot that a company or a person fills (a buyer, an
    agent) is a company's: the model read it as one, or as anything but a person where
    no list or person of the article explains its words (``_unknown_place``)."""
    label = _label_at(x.model, s, e)
    return label == "ORG" or label != "PER" and _unknown_place(x, s, e)


# Words of a percentage between a share's noun and its company: "del 20 %", "del 20 por
# ciento", "of 20%".
_PERCENT_WORDS = frozenset({"del", "de", "of", "%", "por", "ciento", "per", "cent"})


def _past_percentage(x: Ctx, k: int) -> int:
    """Past the percentage that opens at ``k`` after a share's noun ("participación del
    20% en X", "stake of 20% in X"); ``k`` itself where none does."""
    j = k
    while j < min(k + 5, x.n) and (x.lowers[j] in _PERCENT_WORDS or x.doc[j].like_num
                                  or x.texts[j].endswith("%") and x.texts[j][:-1]
                                  .replace(",", "").replace(".", "").isdigit()):
        j += 1
    return j if any("%" in x.texts[m] or x.lowers[m] in ("ciento", "cent")
                    for m in range(k, j)) else k


def _noun_agent(x: Ctx, e: int) -> list[_Cand]:
    """The agent after a deal noun's company, which ends at ``e``: "por parte de X",
    "por X", "by X"."""
    if x.lowers[e:e + 3] == ["por", "parte", "de"]:
        k = e + 3
    elif e < x.n and x.lowers[e] in ("por", "by"):
        k = e + 1
    else:
        return []
    if k < x.n and x.caps[k] and x.doc[k].pos_ == "PROPN" and x.texts[k] not in NON_NAMES:
        end = x.run_end(k)
        if _party_name(x, k, end):
            return [_Cand(k, end, "ORG", _P_CONTEXT)]
    return []


def employer_of_role(x: Ctx, i: int) -> Found:
    """The firm an analyst, a strategist, an economist or a banker works at: "chief
    market strategist at Hollis Wealth", "head of consumer deals at Ashby Lockwood",
    "analista de Valores Illimani", "economista jefe de Banco Sur". English "at"
    follows any role noun, with a lower-case complement between ("head of consumer
    deals at"); Spanish "de" only the market roles, whose "de" is their firm's (a
    director's "de" may name a department)."""
    doc, n = x.doc, x.n
    k = i + 1 + (i + 1 < n and x.lowers[i + 1] in ("the", "la", "el"))
    if not (k < n and x.caps[k] and doc[k].pos_ == "PROPN" and x.texts[k] not in NON_NAMES):
        return None
    if not _role_before(x, i):
        return None
    e = x.run_end(k)
    label = _label_at(x.model, k, e)
    if doc[k:e].text in x.kn.places or x.texts[k] in x.kn.countries or \
            (label == "PER" and x.texts[k] in x.kn.given_names) or \
            (label in ("LOC", "GPE") and (e - k == 1 or is_city(doc[k:e].text))):
        return None  # "analysts at Davos": a place of one word the model knows
    return [_Cand(k, e, "ORG", _P_CONTEXT)]


def _role_before(x: Ctx, i: int) -> bool:
    """Whether a role noun stands before the preposition at ``i``: right before it, or
    in English before a complement of lower-case words ("head of consumer deals")."""
    if x.lowers[i] != "at":
        j = i - 1 - (i > 1 and x.lowers[i - 1] in _ROLE_MODIFIERS)
        return j >= 0 and x.texts[j].islower() and x.lowers[j] in _MARKET_ROLES
    for j in range(i - 1, max(-1, i - 5), -1):
        if not x.texts[j].islower():
            return False
        if x.lowers[j] in _MARKET_ROLES or x.lowers[j] in PERSON_ROLES or \
                x.lowers[j] in _EMPLOYEE_ROLES:
            return True
    return False


# Roles whose "de" is the employer's in Spanish ("analista de X"), and their plurals
# and English forms; the words that may follow them ("economista jefe de X").
_MARKET_ROLES = frozenset({
    "analista", "analistas", "estratega", "estrategas", "economista", "economistas",
    "analyst", "analysts", "strategist", "strategists", "economist", "economists",
    "banker", "bankers",
})
_ROLE_MODIFIERS = frozenset({"jefe", "jefa", "senior", "principal", "sénior"})
# English jobs before "at" besides the person roles ("head of research at", "partner at").
_EMPLOYEE_ROLES = frozenset({"head", "partner", "managing", "adviser", "advisor", "fellow"})


# --- articles and brackets --------------------------------------------------------------

def article_name(x: Ctx, i: int) -> Found:
    """"el Parma", "del Sabadell": a place name never takes "el" in Spanish, a club or
    a company does; "la SEPI", "el BBVA": an acronym with an article."""
    doc, n = x.doc, x.n
    low = x.lowers[i]
    if not (low in ("el", "del", "al", "la") and x.texts[i].islower() and i + 1 < n
            and x.caps[i + 1] and x.texts[i + 1] not in NON_NAMES
            and (i + 2 >= n or not x.caps[i + 2])):
        return None
    nxt_tok = doc[i + 1]
    hit = _cand_at(x.model, i + 1)
    label = hit.label if hit is not None and hit.end == i + 2 and hit.start == i + 1 else None
    if _is_acronym(nxt_tok.text) and nxt_tok.text.isupper() and \
            label in (None, "MISC", "LOC") and nxt_tok.text not in x.kn.countries:
        return [_Cand(i + 1, i + 2, "ORG", _P_CONTEXT)]
    if low != "la" and label == "LOC" and nxt_tok.text not in ARTICLE_PLACES \
            and nxt_tok.text not in x.kn.countries and not _place_complement(x, i) \
            and not _inside_name(x, i) and not _placed_beside(x, i):
        return [_Cand(i + 1, i + 2, "ORG", _P_CONTEXT)]
    return []


def _inside_name(x: Ctx, i: int) -> bool:
    """Whether the article at ``i`` and the word after it are inside a longer name: a
    capitalised word before it ("Fuente del Jarro", "Puerto del Rosario"; one that
    opens the sentence too, unless a function word or a verb: "Gravas del Cinca
    compra ..."), or a connector and a capitalised word after ("del Centro para el
    Desarrollo ...")."""
    if i > 0 and x.caps[i - 1] and (
            not x.doc[i - 1].is_sent_start or not x.initial_false(i - 1)):
        return True
    k = i + 2
    if k < x.n and x.lowers[k] in _NAME_CONNECTORS:
        k += 1 + (k + 1 < x.n and x.lowers[k + 1] in _ARTICLE_WORDS)
        return k < x.n and x.caps[k]
    return False


def _placed_beside(x: Ctx, i: int) -> bool:
    """Whether the name after the article at ``i`` is coordinated with a place or a
    part of a country ("Jalisco y el Bajío", "en el Bajío y el occidente del país"): a
    region, which takes an article in Spanish, not a club."""
    if i > 1 and x.lowers[i - 1] in ("y", "e", ",") and _is_place(x, i - 2):
        return True
    k = i + 2
    if k + 1 < x.n and x.lowers[k] in ("y", "e", ","):
        if x.lowers[k + 1] in ("el", "la", "los", "las"):
            return k + 2 < x.n and x.lowers[k + 2] in _COUNTRY_PARTS
        return _is_place(x, k + 1)
    return False


def _is_place(x: Ctx, k: int) -> bool:
    """A known place with no article before it (not "el Sabadell", "el Girona")."""
    text = x.texts[k]
    return x.caps[k] and (k == 0 or x.lowers[k - 1] not in _ARTICLE_WORDS) and (
        text in x.kn.places or text in x.kn.countries or is_city(text))


# Words that join the parts of a long name ("Centro para el Desarrollo", "Fuente de la
# Reina"), and the parts of a country a region is listed with ("el norte", "el
# occidente del país").
_NAME_CONNECTORS = frozenset({"para", "de", "del", "y", "e"})
_COUNTRY_PARTS = frozenset({
    "norte", "sur", "este", "oeste", "centro", "occidente", "oriente", "noroeste", "noreste",
    "sureste", "suroeste", "sudeste", "sudoeste", "interior", "litoral", "resto",
})


# Nouns whose "del X" is a place or a landmark: "la cima del Everest", "el
# departamento del Cauca", "la fachada del Capitolio"; the people who live in a place
# and the land around a river ("vecinos del Empordà", "la cuenca del Esca").
_PLACE_HOLDERS = frozenset({"cima", "departamento", "fachada", "ladera", "orilla", "cumbre",
                            "vecinos", "habitantes", "residentes", "cuenca", "ribera",
                            # where something stands by a river or a monument: "junto al
                            # Tormes", "a orillas del Jalón", "bajo los arcos del Puente"
                            "junto", "orillas", "margen", "arcos", "pie", "alrededores"})


def _place_complement(x: Ctx, i: int) -> bool:
    """Whether the article at ``i`` opens the complement of a place's or a venue's noun
    ("la plaza del Pradillo", "la cima del Everest"), or follows a word of standing by
    something ("junto al Tormes", "a orillas del Jalón"): a place, not a club."""
    if i == 0:
        return False
    before = fold(x.texts[i - 1])
    return before in NOT_COMPANY_HEADS or before in FACILITY_DESCRIPTORS or \
        before in _PLACE_HOLDERS


def acronym_definition(x: Ctx, i: int) -> Found:
    """An acronym definition: "Sociedad Estatal de Participaciones Industriales (SEPI)"."""
    doc = x.doc
    if not (x.texts[i] == "(" and i > 0 and i + 2 < x.n and x.texts[i + 2] == ")"
            and x.caps[i - 1] and x.texts[i + 1] not in NON_NAMES):
        return None
    s = x.name_start(i - 1)
    acronym = x.texts[i + 1]
    if not _is_acronym(acronym):
        # A word-like acronym in small letters ("Cofece", "Banobras"), read as a word.
        if not (acronym.isalpha() and acronym.istitle() and len(acronym) >= 4):
            return None
        s = _joined_start(x, s, i, lambda long: _syllabic_acronym(acronym, long)
                          or _blended_name(acronym, long))
        if s < 0:
            return None
    elif not _initials_fit(acronym, doc[s:i].text):
        start = _connected_start(x, s, i, acronym)
        if start < 0:
            # The acronym of the name in another language, whose adjectives and nouns
            # come in another order ("Agencia Europea del Medicamento (EMA)").
            start = _joined_start(x, s, i, lambda long: _reordered_initials(acronym, long))
        if start < 0:
            return []
        s = start
    long_form = doc[s:i]
    label = _label_at(x.model, s, i)
    # A company's words make the long form an organisation's, and so does a noun of a
    # company opening it ("Gestora Atlántica de Patrimonios (GAP)"), or any word but a
    # known given name opening what the model read as a person's name: the press
    # defines acronyms for bodies, a person's initials only for a speaker whose name
    # opens with a given name ("Megan Hollis (MH)"; "Presse Acadienne Nouvelles (PAN)"
    # is an outlet).
    orgish = any(t.text in ORG_HEADS or t.text in ORG_TAILS or t.text in LEGAL_FORMS
                 for t in long_form) or x.lowers[s] in DESCRIPTORS or (
        label == "PER" and x.texts[s] not in x.kn.given_names)
    label = label if label in ("LOC", "PER", "MISC") and not orgish and \
        not (label == "LOC" and _common_noun_opens(x, long_form)) else "ORG"
    x.pairs.append((long_form.text, acronym))
    return [_Cand(s, i, label, _P_ACRONYM), _Cand(i + 1, i + 2, label, _P_ACRONYM)]


def _common_noun_opens(x: Ctx, long_form: Span) -> bool:
    """Spanish: a defined long form the model took for a place, that opens with a
    common noun and is no known place, names a company ("Petrolera del Sur (PDS)"), not
    "Estados Unidos (EEUU)"."""
    first = long_form[0].text
    return x.kn.lang == "es" and len(long_form) > 1 and long_form.text not in x.kn.places \
        and fold(first) not in NOT_COMPANY_HEADS and x.kn.is_common(first)


_LONG_FORM_JOINERS = frozenset({"and", "&", "of", "for", "the", "on", "in", "y", "de", "del", "la"})


def _joined_starts(x: Ctx, s: int) -> Iterator[int]:
    """The starts of the longer names that run back from ``s`` across lower-case
    joiners ("Water and Sewerage", "Defence of Farmers"), nearest first."""
    k = s
    while k > 1 and s - k < 10 and not x.doc[k].is_sent_start:
        j = k - 1
        while j > k - 3 and j > 0 and x.lowers[j] in _LONG_FORM_JOINERS and \
                x.texts[j].islower():
            j -= 1
        if j == k - 1 or not x.caps[j]:
            return
        k = x.run_start(j)
        yield k


def _connected_start(x: Ctx, s: int, i: int, acronym: str) -> int:
    """The start of an acronym's long form that runs across lower-case joiners
    ("Lakeland Water and Sewerage Administration (LWSA)", "Alliance for the Defence
    of Farmers and Fishers in Ostravia (ADFFO)"), or -1: the one whose initials
    are the acronym's, else the longest that fits it."""
    fits = -1
    for k in _joined_starts(x, s):
        if _initials_fit(acronym, x.doc[k:i].text, strict=True):
            return k
        if _initials_fit(acronym, x.doc[k:i].text):
            fits = k
    return fits


def _joined_start(x: Ctx, s: int, i: int, fits: Callable[[str], bool]) -> int:
    """The start of the longest name before ``i`` that runs back from ``s`` across
    lower-case joiners and ``fits``, or -1."""
    found = s if fits(x.doc[s:i].text) else -1
    for k in _joined_starts(x, s):
        if fits(x.doc[k:i].text):
            found = k
    return found


def _reordered_initials(acronym: str, long_form: str) -> bool:
    """Whether an acronym's letters are the initials of a name's capitalised words in
    another order: the acronym of its translation ("EMA", European Medicines Agency,
    of "Agencia Europea del Medicamento"; "NATO" of "Organización del Tratado del
    Atlántico Norte").

    >>> _reordered_initials("EMA", "Agencia Europea del Medicamento")
    True
    """
    letters = sorted(c.lower() for c in acronym if c.isalpha())
    words = capitalised_words(long_form)
    return len(words) >= 3 and letters == sorted(w[0] for w in words)


def _syllabic_acronym(word: str, long_form: str) -> bool:
    """Whether a word-like acronym is made of the first letters of a name's
    capitalised words, in order, its first word first, some words left out
    ("Cofece" of "Comisión Federal de Competencia Económica", "Banobras" of "Banco
    Nacional de Obras y Servicios Públicos"). Looser than ``runs.syllables_fit``: the
    bracket after the long name already says the two are one.

    >>> _syllabic_acronym("Cofece", "Comisión Federal de Competencia Económica")
    True
    """
    words = capitalised_words(long_form)
    target = fold(word)
    if len(words) < 2:
        return False

    def fit(pos: int, k: int, used: int) -> bool:
        if pos == len(target):
            return used >= 2
        for j in range(k, len(words)):
            w = words[j]
            n = 0
            while n < len(w) and pos + n < len(target) and w[n] == target[pos + n]:
                n += 1
                if fit(pos + n, j + 1, used + 1):
                    return True
            if j == 0:
                return False  # the first word must give the first letters
        return False

    return fit(0, 0, 0)


def _blended_name(word: str, long_form: str) -> bool:
    """Whether a word in brackets after a name is a short name blended from it: the
    opening of its first capitalised word and the close of its last, three letters
    each at least ("Textizal" of "Textiles Berrizal", "Agrisur" of "Agroindustrias
    del Sur"): the company's coined short name, which the article then uses alone
    (``cue:acronym_definition`` reads it as it reads a word-like acronym).

    >>> _blended_name("Agrisur", "Agroindustrias del Sur")
    True
    """
    words = capitalised_words(long_form)
    target = fold(word)
    return len(words) >= 2 and len(target) >= 6 and target[:3] == words[0][:3] and \
        len(words[-1]) >= 3 and target.endswith(words[-1][-3:]) and \
        target not in words


def acronym_first(x: Ctx, i: int) -> Found:
    """An acronym with its long form in brackets: "KDP (Kurdistan Democratic Party)",
    "the LWSA (Lakeland Water and Sewerage Administration)"."""
    doc, n = x.doc, x.n
    if not (x.texts[i] == "(" and i > 0 and i + 2 < n and _is_acronym(x.texts[i - 1])
            and x.texts[i - 1].isupper() and x.texts[i - 1] not in NON_NAMES
            and x.caps[i + 1]):
        return None
    e = _run_end(doc, i + 1, x.caps)
    if not (e < n and x.texts[e] == ")" and e - i - 1 >= 2):
        return []
    long_form = doc[i + 1:e]
    if not _initials_fit(x.texts[i - 1], long_form.text, strict=True) or \
            long_form.text in x.kn.places:
        return []
    label = _label_at(x.model, i + 1, e)
    orgish = any(t.text in ORG_HEADS or t.text in ORG_TAILS or t.text in LEGAL_FORMS
                 for t in long_form)
    label = label if label in ("LOC", "PER", "MISC") and not orgish else "ORG"
    x.pairs.append((long_form.text, x.texts[i - 1]))
    return [_Cand(i - 1, i, label, _P_ACRONYM), _Cand(i + 1, e, label, _P_ACRONYM)]


def term_acronym(x: Ctx, i: int) -> Found:
    """The long form of a term's acronym is no name: "Oferta Pública de Adquisición
    (OPA)", "Initial Public Offering (IPO)"."""
    if x.texts[i] == "(" and i > 0 and i + 2 < x.n and x.texts[i + 2] == ")" and \
            x.texts[i + 1] in NON_NAMES and x.caps[i - 1]:
        return [_Cand(x.name_start(i - 1), i, "MISC", _P_ACRONYM)]
    return None


def ticker(x: Ctx, i: int) -> Found:
    """A ticker: "Chevron Corporation (NYSE: CVX)", "(Nasdaq: CVX)", and in English a
    bare one after a company's name, "The Chevron Co. (CVX)". In "(EXCHANGE: TICKER)"
    the exchange is an organisation, and so is the listed name before the bracket
    ("Pacific Cold Chain (SGX: SCC)"), whatever the model read there."""
    doc = x.doc
    if x.texts[i] == "(" and i > 0 and i + 2 < x.n and x.texts[i + 2] == ")":
        return _bare_ticker(x, i)
    if not (x.texts[i] == "(" and i > 0 and i + 4 < x.n and x.texts[i + 2] == ":"
            and x.texts[i + 4] == ")" and x.caps[i + 1] and doc[i + 1].is_alpha
            and x.texts[i + 3].isupper() and doc[i + 3].is_alpha):
        return None
    code = x.texts[i + 1]
    exchange = [_Cand(i + 1, i + 2, "ORG", _P_ACRONYM)] if code.isupper() and len(code) <= 6 else []
    if not (x.caps[i - 1] or _ent_start(x.model, i - 1) is not None):
        return exchange
    s = x.name_start(i - 1)
    x.pairs.append((doc[s:i].text, x.texts[i + 3]))
    # the listed name, where the model read no organisation closing there
    listed = [_Cand(s, i, "ORG", _P_CONTEXT)] if x.caps[s] and x.caps[i - 1] and not any(
        m.label == "ORG" and m.end == i for m in x.model) else []
    return [*listed, *exchange, _Cand(i + 3, i + 4, "ORG", _P_ACRONYM)]


def _bare_ticker(x: Ctx, i: int) -> Found:
    """"The Chevron Co. (CVX)", "Orvane Labs (ORVL)": capitals in brackets right after
    a company's name (the model's organisation, a name with a legal form, or ending in
    a common noun) that are not its initials (an acronym's definition), a place or a
    currency. English only: a Spanish bracket after a name is as often a party."""
    doc, code = x.doc, x.texts[i + 1]
    if not (x.kn.lang == "en" and code.isalpha() and code.isupper() and len(code) <= 5
            and code not in NON_NAMES and code not in x.kn.places
            and code not in x.kn.currencies and x.caps[i - 1]):
        return None
    s = x.name_start(i - 1)
    name = doc[s:i]
    label = _label_at(x.model, s, i)
    if _initials_fit(code, name.text) or not (
        label == "ORG" or x.texts[i - 1] in LEGAL_FORMS
        # the model's "person" without a given name ("Shares of Orvane Labs (ORVL)")
        or (label == "PER" and x.texts[s] not in x.kn.given_names and x.kn.is_common(
            x.texts[i - 1]))
    ):
        return None
    x.pairs.append((name.text, code))
    return [_Cand(i + 1, i + 2, "ORG", _P_ACRONYM)]


# The cues in priority order: at one token, an earlier cue's candidate comes first.
_COMMA, _BRACKET = frozenset({","}), frozenset({"("})
_DESCRIPTOR_WORDS = DESCRIPTORS | ORG_DESCRIPTORS | NATIONALITY_DESCRIPTORS | {"casa"}
_ARTICLE_WORDS = frozenset({"el", "del", "al", "la"})

ORG_CUES: tuple[Cue, ...] = (
    Cue("cue:legal_form", legal_form, ("cue:org_head", "cue:institution"), "text",
        LEGAL_FORMS | SPACED_LEGAL_OPENERS),
    Cue("cue:bracketed_legal_form", bracketed_legal_form, (), "text",
        LEGAL_FORMS | SPACED_LEGAL_OPENERS),
    Cue("cue:firm_legal_form", firm_legal_form, (), "text", frozenset({"Co", "Co."})),
    Cue("cue:partners_firm", partners_firm, (), "text", frozenset({"&"})),
    Cue("cue:french_name", french_name, ("cue:org_head", "cue:institution"), "text",
        FRENCH_ORG_HEADS),
    Cue("cue:org_head", org_head, ("cue:institution",), "text",
        ORG_HEADS | OPENING_HEADS | PUBLIC_COMPANY_KINDS | HEADS_BEFORE_DE),
    Cue("cue:national_institution", national_institution, ("cue:institution",), "text",
        INSTITUTIONS),
    Cue("cue:institution", institution, (), "text", INSTITUTIONS),
    Cue("cue:coordinated_head", coordinated_head, (), "text", frozenset({"and"})),
    Cue("cue:trade_pair", trade_pair, (), "text", frozenset({"and"})),
    Cue("cue:fields_and_country", fields_and_country, (), "text", frozenset({"and"})),
    Cue("cue:coordinated_trades", coordinated_trades, (), "text", frozenset({"y"})),
    Cue("cue:kin_tail", kin_tail, ("cue:org_tail",), "text",
        KIN_TAILS | frozenset(words[-1] for words in COMPOUND_TAILS)),
    Cue("cue:org_tail", org_tail, (), "text", ORG_TAILS | SURNAME_TAILS),
    Cue("cue:regional_tail", regional_tail, (), "text", REGIONAL_TAILS),
    Cue("cue:descriptor", descriptor, ("cue:plural_descriptor",), "lower", _DESCRIPTOR_WORDS),
    Cue("cue:plural_descriptor", plural_descriptor, (), "lower", _PLURAL_CUES),
    Cue("cue:sector_major", sector_major, (), "lower", SECTOR_HEADS),
    Cue("cue:lowercase_brand", lowercase_brand, (), "lower", _BRAND_CLASSIFIERS),
    Cue("cue:english_lowercase_brand", english_lowercase_brand, (), "lower",
        APP_CLASSIFIERS_EN),
    Cue("cue:outlet", outlet, (), "lower", OUTLET_DESCRIPTORS),
    Cue("cue:product", product, ("cue:product_list",), "lower", PRODUCT_DESCRIPTORS),
    Cue("cue:product_list", product_list, (), "lower", PRODUCT_PLURALS),
    Cue("cue:round_name", round_name, (), "text", ROUND_WORDS),
    Cue("cue:round_company", round_company, (), "lower", _ROUND_NOUNS),
    Cue("cue:facility", facility, (), "lower", FACILITY_DESCRIPTORS),
    Cue("cue:owner", owner, (), "lower", OWNED_NOUNS),
    Cue("cue:unit_name", unit_name, (), "lower", UNIT_WORDS),
    Cue("cue:place_noun", place_noun, (), "lower", PLACE_NOUNS),
    Cue("cue:seat", seat, (), "lower", SEAT_WORDS),
    Cue("cue:government", government),  # keyed on the demonyms (kg.entities.gazetteer)
    Cue("cue:state", state, (), "text", STATE_HEADS),
    Cue("cue:maker", maker, (), "lower", MAKERS),
    Cue("cue:product_kind", product_kind, (), "lower", POSSESSIVES),
    Cue("cue:source_line", source_line, (), "lower", SOURCE_WORDS),
    Cue("cue:copula", copula, (), "lower", COPULAS),
    Cue("cue:bare_apposition", bare_apposition, (), "text", _COMMA),
    Cue("cue:bracketed_descriptor", bracketed_descriptor, (), "text", _BRACKET),
    Cue("cue:apposition", apposition, (), "text", _COMMA),
    Cue("cue:participle_apposition", participle_apposition, (), "text", _COMMA),
    Cue("cue:trailing_descriptor", trailing_descriptor, (), "lower", TRAILING_DESCRIPTORS),
    Cue("cue:team_after_country", team_after_country, (), "text", frozenset({")"})),
    Cue("cue:deal_object", deal_object, (), "lemma", DEAL_VERBS),
    Cue("cue:money_into", money_into, (), "lemma", MONEY_INTO_VERBS),
    Cue("cue:field_value", field_value, (), "text", frozenset({":"})),
    Cue("cue:table_cell", table_cell, (), "text", frozenset({"|"})),
    Cue("cue:role_named", role_named, (), "lower", ROLE_NOUN_WORDS),
    Cue("cue:deal_subject", deal_subject, (), "lemma", DEAL_VERBS),
    Cue("cue:signed_with", signed_with, (), "lemma", SIGNING_VERBS),
    Cue("cue:sold_to", sold_to, (), "lemma", SELLING_VERBS),
    Cue("cue:stake_of", stake_of, (), "lower", frozenset({"de", "del", "of"})),
    Cue("cue:raise_subject", raise_subject, (), "lemma", RAISE_VERBS),
    Cue("cue:share_owner", share_owner, (), "lower", frozenset({"'s", "’s"})),
    Cue("cue:deal_noun", deal_noun, (), "lower", frozenset(DEAL_NOUNS)),
    Cue("cue:deal_noun_subject", deal_noun_subject, (), "lower", frozenset(DEAL_NOUNS)),
    Cue("cue:article_name", article_name, (), "lower", _ARTICLE_WORDS),
    Cue("cue:employer_of_role", employer_of_role, (), "lower",
        frozenset({"at", "de", "del"})),
    Cue("cue:trade_with_article", trade_with_article, (), "text", _NAME_ARTICLES),
    Cue("cue:defined_term", defined_term, (), "text", _BRACKET),
    Cue("cue:naming_phrase", naming_phrase, (), "lower", NAMING_OPENERS),
    Cue("cue:acronym_definition", acronym_definition, (), "text", _BRACKET),
    Cue("cue:acronym_first", acronym_first, (), "text", _BRACKET),
    Cue("cue:term_acronym", term_acronym, (), "text", _BRACKET),
    Cue("cue:ticker", ticker, (), "text", _BRACKET),
)


def _keys(on: str) -> frozenset[str]:
    return frozenset().union(*(cue.words for cue in ORG_CUES if cue.on == on))


# The words that open some cue: most tokens are none of them and cost no Token.
_CUE_TEXTS, _CUE_LOWERS, _CUE_LEMMAS = _keys("text"), _keys("lower"), _keys("lemma")


def org_candidates(x: Ctx, titles: list[tuple[int, int]]) -> list[_Cand]:
    """The candidates of every organisation cue, then of the corporate titles."""
    out: list[_Cand] = []
    lowers, lemmas = x.lowers, x.lemmas
    demonyms = x.kn.demonyms
    for i, text in enumerate(x.texts):
        if text not in _CUE_TEXTS and lowers[i] not in _CUE_LOWERS and \
                lemmas[i] not in _CUE_LEMMAS and text not in demonyms:
            continue
        run_cues(ORG_CUES, x, i, out)
    for c in corporate_title(x, titles):
        c.rules = ("cue:corporate_title",)
        out.append(c)
    return out


def corporate_title(x: Ctx, titles: list[tuple[int, int]]) -> list[_Cand]:
    """"consejero delegado de Brivana", "Vantor CEO": the organisation of a title only
    companies have; not a generic head alone before the title ("Group CEO")."""
    doc, caps, n = x.doc, x.caps, x.n
    out: list[_Cand] = []
    for ts, te in titles:
        if doc[ts:te].text.lower() not in CORPORATE_TITLES:
            continue
        k = te + 1 if te < n and x.lowers[te] in ("de", "del", "of", "at") else -1
        if k < 0 and ts > 0 and caps[ts - 1] and doc[ts - 1].pos_ == "PROPN":
            s = x.name_start(ts - 1)
            # "Group CEO", "Grupo CFO": the group's own head, no group's name
            if doc[s:ts].text not in x.kn.places and \
                    not (ts - s == 1 and x.lowers[s] in GENERIC_HEAD):
                out.append(_Cand(s, ts, "ORG", _P_CONTEXT))
        elif 0 < k < n and caps[k]:
            e = x.run_end(k)
            if doc[k:e].text not in x.kn.places and _label_at(x.model, k, e) != "PER":
                out.append(_Cand(k, e, "ORG", _P_CONTEXT))
    return out
