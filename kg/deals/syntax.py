"""Questions the deal rules ask of the dependency parse around one token: its
features, its subjects and objects, its preposition, whether it is definite,
passive, future or past. Each looks at the token and its neighbours only (no
entities, no other sentence), so each can be tested on a hand-made ``Doc``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from kg.deals.words import (
    ANOTHER,
    APPROVAL_NOUNS,
    BEFORE_WORDS,
    BUSINESS_PURCHASE_WORDS,
    CALENDAR_WORDS,
    COMPANY_NOUNS,
    CONTRACTIONS,
    CONTROL_WORDS,
    DATE_PREPS,
    DESCRIPTORS,
    FOUNDING_VERBS,
    LIKELIHOOD_WORDS,
    NEGATIONS,
    OBJ_DEPS,
    PASSIVE_SUBJ,
    STEP_NOUNS,
    STEP_ORDINALS,
    SUBJ_DEPS,
    SUPPLY_WORDS,
    TELLING_VERBS,
    TEMPORAL_PREPS,
    THIRD_PARTY_VERBS,
    UNIT_NOUNS,
    URGING_VERBS,
)
from kg.doc import doc_lang, doc_memo
from kg.money import ISO_CODES


def feat(tok: Token, name: str) -> list[str]:
    """The values of one morphological feature of a token ("Tense" → ["Past"])."""
    morph = tok.morph
    key = (morph.key, name)  # type: ignore[attr-defined]  # its text's hash
    values = _FEATURES.get(key)
    if values is None:
        if len(_FEATURES) >= _FEATURES_KEPT:
            _FEATURES.clear()
        values = _FEATURES[key] = tuple(morph.get(name, []))
    return list(values)


# Each (analysis, feature)'s values, read once per process: spaCy parses the analysis
# on every ``get`` (about two microseconds), and the deal rules ask some 70 times per
# article. A few thousand analyses exist per language; the bound only guards memory.
_FEATURES: dict[tuple[int, str], tuple[str, ...]] = {}
_FEATURES_KEPT = 100_000


def is_verbal(tok: Token) -> bool:
    """A verb, an auxiliary, or a participle the tagger calls an adjective."""
    pos = tok.pos_  # (a string looked up on each read)
    return pos in ("VERB", "AUX") or (pos == "ADJ" and "Part" in feat(tok, "VerbForm"))


def case_of(tok: Token) -> str | None:
    """The preposition marking a nominal (UD ``case``), contractions undone ("del" → "de")."""
    # Asked some 70 times per article, often of the same words: found once per token
    # while its doc lives (it reads the parse alone, which kg never changes).
    doc = tok.doc
    known = _CASES.get(doc)
    if known is None or known[0] != len(doc):
        known = _CASES[doc] = (len(doc), {})
    i = tok.i
    if i in known[1]:
        return known[1][i]
    found = known[1][i] = _case_of(tok)
    return found


_CASES: WeakKeyDictionary[Doc, tuple[int, dict[int, str | None]]] = WeakKeyDictionary()


def _case_of(tok: Token) -> str | None:
    for child in tok.children:
        if child.dep_ in ("case",) and child.pos_ in ("ADP", "PART") and not (
            _series_label(child) or _approximating(child, tok)
        ):
            if _by_part_of(child):
                return "by"
            return CONTRACTIONS.get(child.lower_, child.lower_)
    for child in tok.children:
        # "en la fintech Pagalo": the parser took the descriptor for an adjective of
        # the name and hung the phrase's preposition on it; an adjective has none.
        # The article after the preposition opens the phrase ("la empresa de
        # cosméticos X": "de cosméticos" is the sector, not X's preposition).
        if child.dep_ == "amod" and child.i < tok.i:
            for g in child.children:
                if g.dep_ == "case" and g.pos_ == "ADP" and g.i + 1 < child.i and \
                        tok.doc[g.i + 1].pos_ == "DET":
                    return CONTRACTIONS.get(g.lower_, g.lower_)
    return None


def judges_likelihood(verb: Token) -> bool:
    """ "X considera probable una oferta de Y", "X sees a bid from Y as likely": a verb
    of judging with a predicate of likelihood; its subject is an onlooker (an analyst,
    a rival), not the company the offer is for."""
    return any(
        c.lower_ in LIKELIHOOD_WORDS or any(g.lower_ in LIKELIHOOD_WORDS for g in c.children
                                            if c.dep_ == "prep")
        for c in verb.children
    )


def _by_part_of(case: Token) -> bool:
    """ "una oferta por parte de X", "la compra de Y por parte de X": "por parte de" marks
    the agent, as "by" does (a bare "por" on an offer marks its target: "una oferta
    por Y")."""
    return case.lower_ == "por" and any(
        c.dep_ == "fixed" and c.lower_ == "parte" for c in case.children
    )


# Spanish words that bound or approximate a quantity with "de" ("más del 60 %", "cerca
# de 40 millones"): that "de" belongs to the bound, and marks no argument.
_APPROXIMATORS = frozenset({"más", "menos", "cerca", "alrededor"})


def _approximating(case: Token, head: Token) -> bool:
    """ "compró más del 60 % de Y": the "del" after "más" is no preposition of the
    object (the object is direct, as in "compró el 60 % de Y")."""
    before = case.doc[case.i - 1] if case.i > 0 else None
    return (
        case.lower_ in ("de", "del") and before is not None
        and before.lower_ in _APPROXIMATORS and before.head.i == head.i
    )


def _series_label(tok: Token) -> bool:
    """ "la serie A de X": the letter that labels a funding series, which the parser
    reads as the preposition "a"; the preposition is never written capitalised there."""
    return tok.text == "A" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("serie", "series")


# Spanish object pronouns of the third person ("la compró", "comprarlo").
ACCUSATIVE_CLITICS = ("la", "lo", "las", "los")


def subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb`` (``_subjects``), a new list each call: found once per
    word while its doc's parse and lemmas stand (``kg.doc.doc_memo``), since the rules
    ask of the same verb again and again."""
    memo = doc_memo(verb.doc, "subjects")
    found = memo.get(verb.i)
    if found is None:
        found = memo[verb.i] = tuple(t.i for t in _subjects(verb))
    doc = verb.doc
    return [doc[i] for i in found]


def _subjects(verb: Token) -> list[Token]:
    # (a dialogue dash opening an interview's line, "—¿Por qué compraron Y?", which the
    # small Spanish parser may call a name and the verb's subject, says no one)
    found = [
        c for c in verb.children
        if c.dep_ in SUBJ_DEPS and not _misread_apposition(c) and not _currency_sign(c)
        and not _disagreeing_subject(c) and c.text not in _DASHES
    ]
    if not found and (late := _subject_read_as_apposition(verb)) is not None:
        found = [late]
    if not found and (dated := _subject_read_into_date(verb)) is not None:
        found = [dated]
    if not found and headline_predicate(verb) and names_company(verb.head):
        found = [verb.head]  # "Thornbury Paper and Calder Mills to merge"
    if (early := _subject_hung_on_fronted_phrase(verb, found)) is not None:
        found = [early, *(t for t in found if t.i < verb.i)]
    return found


_DASHES = frozenset({"—", "–", "-", "―"})

# What may open a clause after the clause before it, and so a fronted phrase of time.
_CLAUSE_OPENERS = frozenset({"and", "but", ",", ";", ":", "then", "while"})


def _subject_read_into_date(verb: Token) -> Token | None:
    """ "Brisden Bank lent us $100m, and in March Quensy Holdings acquired Delmar
    Mills": the small English parser reads the name after the date of a fronted phrase
    of time into the phrase ("in [March Quensy Holdings]", the date a modifier of the
    name) and leaves the finite verb after it with no subject, which the rules then
    take from the clause before (the lender). A phrase of time ends at its date: a name
    between the date and a finite verb that has no subject is the verb's subject; so is
    a name apposed to an indefinite description there ("and in 2019 a Denver firm,
    Copperline Finance, bought a third of Y"). Only a phrase that opens its clause (at
    the start of the sentence, or after "and", "but" or a comma)."""
    doc = verb.doc
    if doc_lang(doc) != "en" or verb.pos_ not in ("VERB", "AUX"):
        return None
    start = verb.i
    while start > verb.sent.start and (prev := doc[start - 1]).head.i == verb.i \
            and prev.dep_ in ("aux", "neg", "advmod"):
        start -= 1
    finite = doc[start]
    if finite.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return None
    end = start - 1
    if end > verb.sent.start and doc[end].text == ",":
        end -= 1  # (the comma that closes an apposition)
    name = _name_ending_at(doc, end, verb.sent.start)
    if name is None:
        return None
    date = _described_before(doc, name.start - 1, verb.sent.start)
    first = date
    while first >= verb.sent.start and _date_word(doc[first]):
        first -= 1
    if first == date or first < verb.sent.start or doc[first].lower_ not in DATE_PREPS:
        return None
    if first > verb.sent.start and doc[first - 1].lower_ not in _CLAUSE_OPENERS:
        return None
    return name.root


def _name_ending_at(doc: Doc, end: int, floor: int) -> Span | None:
    """The name of a company or a person whose last word is ``doc[end]``."""
    if end < floor or doc[end].ent_type_ not in ("ORG", "PERSON") or doc[end].pos_ != "PROPN":
        return None
    first = end
    while first > floor and doc[first].ent_iob_ == "I":
        first -= 1
    while _date_word(doc[first]) and first < end:
        first += 1  # ("on [Monday Quensy Holdings]": the recogniser's date in the name)
    return doc[first : end + 1]


def _described_before(doc: Doc, end: int, floor: int) -> int:
    """Where the words before a name end once an indefinite description apposed to it
    ("a Denver firm ,") is skipped; ``end`` if there is none."""
    if end <= floor or doc[end].text != ",":
        return end
    i = end - 1
    while i > floor and doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and doc[i].lower_ not in (
            "a", "an"):
        i -= 1
    return i - 1 if doc[i].lower_ in ("a", "an") and i < end - 1 else end


def _date_word(tok: Token) -> bool:
    """A word of a date: a year, a day's number, a month or day, "'99"."""
    return tok.like_num or tok.lower_ in CALENDAR_WORDS or tok.text in ("'", "’") or (
        tok.text[:1] in ("'", "’") and tok.text[1:].isdigit())


def _subject_hung_on_fronted_phrase(verb: Token, found: list[Token]) -> Token | None:
    """ "Tras meses de negociaciones, la gallega X, participada por W, ha cerrado …",
    "De esta forma, X, a través de su filial Z, compró Y": after a fronted phrase and
    its comma, a Spanish clause may name its subject and an inciso before the verb;
    the small parser then hangs the subject on the last noun of the fronted phrase
    (and may take the object after the verb for the subject). A name (or "la gallega
    X") after the comma that closes a phrase opening the sentence, on a verb in the
    third person with no subject before it, is that subject; so is the first of two
    subjects joined by "y" when the parser kept only the second ("Para ganar tamaño,
    X, que agrupa a …, y W se fusionarán"). In a compound tense or a periphrasis ("Para
    crecer, X ha comprado Y", "X va a comprar Y") the auxiliary carries the person and
    stands between the name and the verb; and the parser may take the name for one more
    item of a list in the fronted phrase (a conjunct with no "y" of its own: "Para crecer
    en Chile, X ha comprado Y")."""
    finite = _finite_form(verb)
    if doc_lang(verb.doc) != "es" or finite is None or set(feat(finite, "Person")) - {"3"}:
        return None
    doc = verb.doc
    last, joined = _first_of_verb(verb), False
    if len(found) == 1 and found[0].i < verb.i and found[0].pos_ == "PROPN" and any(
            c.dep_ == "cc" and c.i < found[0].i for c in found[0].children):
        last, joined = found[0].i, True
    elif found and not (len(found) == 1 and _object_read_as_subject(verb, found[0])):
        return None
    fronted = next((c for c in verb.children if c.i < verb.i
                    and c.dep_ in ("obl", "advcl", "advmod")
                    and c.left_edge.i == c.sent.start), None)
    if fronted is None:
        return None
    for tok in reversed(doc[fronted.i + 1:last]):
        if tok.dep_ not in ("appos", "dep", "obl", "nmod", "conj") \
                or not fronted.is_ancestor(tok) \
                or any(c.dep_ == "case" for c in tok.children) \
                or (tok.dep_ == "conj" and any(c.dep_ == "cc" for c in tok.children)):
            continue  # (a name with its own preposition, or its own "y", belongs to the
            # fronted phrase)
        if any(t.pos_ in ("VERB", "AUX") and not {"Inf", "Ger", "Part"} & set(feat(t, "VerbForm"))
               for t in doc[fronted.sent.start:tok.i]):
            return None  # a clause before the name: not a fronted phrase alone
        # (the parser may hang the comma on the apposition itself)
        left = tok.left_edge
        if (left if left.text == "," else doc[left.i - 1]).text != "," or not _named(tok):
            continue
        right = tok.right_edge
        if right.text == "," or doc[right.i + 1].i == last or doc[right.i + 1].text == ",":
            if not joined and "Plur" in feat(finite, "Number"):
                return None
            return tok
    return None


def _finite_form(verb: Token) -> Token | None:
    """The word that carries a Spanish verb's person: the verb itself, or in a compound
    tense or a periphrasis its auxiliary ("ha comprado", "va a comprar")."""
    if "Fin" in feat(verb, "VerbForm"):
        return verb
    return next((c for c in verb.children if c.dep_ in ("aux", "aux:pass") and c.i < verb.i
                 and "Fin" in feat(c, "VerbForm")), None)


def _first_of_verb(verb: Token) -> int:
    """Where a verb group starts: its first auxiliary (and the "a" of a periphrasis)
    when they stand right before it ("ha firmado", "va a comprar"), else the verb."""
    start = verb.i
    while start > verb.sent.start and (prev := verb.doc[start - 1]).head.i == verb.i and (
            prev.dep_ in ("aux", "aux:pass") or (prev.dep_ == "mark" and prev.lower_ == "a")):
        start -= 1
    return start


def _object_read_as_subject(verb: Token, subject: Token) -> bool:
    """Whether the parser's subject after ``verb`` may be its object: the verb has no
    object and no clitic before it ("la compró X" names its subject after the verb)."""
    before = verb.doc[verb.i - 1].lower_ if verb.i else ""
    return subject.i > verb.i and before not in (*ACCUSATIVE_CLITICS, "se", "le", "les") \
        and not any(c.dep_ in OBJ_DEPS and case_of(c) is None for c in verb.children)


def _named(tok: Token) -> bool:
    """A name, or a description that a name right after it completes ("la gallega X")."""
    return tok.pos_ == "PROPN" or any(
        c.dep_ in ("appos", "flat") and c.pos_ == "PROPN" and c.i == tok.i + 1
        for c in tok.children)


def _subject_read_as_apposition(verb: Token) -> Token | None:
    """ "A Transportes Deusto la comprará QVR Logística": with its object taken up by a
    clitic right before the verb, a Spanish verb's subject comes after it; the small
    parser may hang that name on the verb as an apposition, which a verb never has."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].lower_ not in ACCUSATIVE_CLITICS \
            or verb.pos_ not in ("VERB", "AUX") or doc_lang(doc) != "es":
        return None
    return next((
        c for c in verb.children if c.dep_ == "appos" and c.i > verb.i and c.pos_ == "PROPN"
    ), None)


def _disagreeing_subject(tok: Token) -> bool:
    """ "En agosto compramos el 30 % de X": with "nosotros" left unsaid, the Spanish
    parser may take the counted part after a verb in the first person for its subject.
    A subject agrees with its verb in person, and a part is in the third: after a verb
    in the first or second person (its ending says who acts) the part is the verb's
    object (``direct_objects``). Only a part: other noun phrases after such a verb were
    tried too (session 28) and made two false deals on a closed half, none found; a
    bare name is, after the unambiguous first person plural only (``_named_after_we``)."""
    verb = tok.head
    if doc_lang(tok.doc) != "es" or tok.i < verb.i:
        return False
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass"))]
    if not spanish_percentage(tok):
        return _named_after_we(tok, forms)
    return any(
        "Fin" in feat(t, "VerbForm") and set(feat(t, "Person")) & {"1", "2"} for t in forms
    )


def _named_after_we(tok: Token, forms: list[Token]) -> bool:
    """ "En abril compramos Viñedos del Duratón": a company's name after a verb in the
    first person plural is its object, not its subject (a name is in the third person).
    Only the plural, whose ending "-mos" no other person shares (the singular's
    "compraba", "compraría" are the third's too: "compraría Acme el 30 %"), and only a
    bare name (in a named entity, no determiner): "Este año compramos los españoles
    más coches" keeps the group the speaker belongs to as the subject. Not where a name
    comes before the verb in its sentence ("En Grupo X compramos Y", "Tras negociar con
    su dueño, Grupo X, compramos Y"): who "we" is and which side the name before is,
    the sentence alone does not say."""
    verb = forms[0]
    return tok.ent_type_ in ("ORG", "MISC") and tok.pos_ != "PRON" and not any(
        c.dep_ == "det" for c in tok.children
    ) and not any(
        t.ent_type_ in ("ORG", "MISC") for t in tok.doc[verb.sent.start : verb.i]
    ) and any(
        "Fin" in feat(t, "VerbForm") and "1" in feat(t, "Person") and "Plur" in feat(t, "Number")
        for t in forms
    )


# A currency sign as the press writes it before a number: "$", "US$", "$A", "U$S", "€".
_CURRENCY_SIGN_RE = re.compile(r"(?:[A-Z]{0,3}\$|\$[A-Z]{1,3}|U\$S|[€£¥₹])")


def _currency_sign(tok: Token) -> bool:
    """ "En 2025 levantó US$ 4,5 millones en una ronda": with the subject left unsaid,
    the Spanish parser may take the currency sign of the amount after the verb for its
    subject. A currency sign (or code) before a number is never an agent; the subject
    is the one the sentences before continue."""
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return following is not None and following.like_num and (
        tok.is_currency or bool(_CURRENCY_SIGN_RE.fullmatch(tok.text)) or tok.text in ISO_CODES
    )


def _misread_apposition(tok: Token) -> bool:
    """ "En 2019 se quedó con X, un taller de San Juan": with the subject left unsaid,
    the Spanish parser takes the indefinite apposition of a name after the verb for the
    verb's subject. An indefinite noun right after "Name ," that is itself after the
    verb describes the name; the subject is the one the sentences before continue."""
    verb = tok.head
    if doc_lang(tok.doc) != "es" or tok.i < verb.i + 3 or tok.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and "Ind" in feat(c, "Definite") for c in tok.children):
        return False
    # (the parser may hang the comma on the noun itself)
    left = tok.left_edge
    comma = left if left.text == "," else tok.doc[left.i - 1]
    name = tok.doc[comma.i - 1]
    return comma.text == "," and name.pos_ == "PROPN" and verb.i < name.i and any(
        t.i == verb.i for t in name.ancestors
    )


def direct_objects(head: Token) -> Iterator[Token]:
    """The direct objects of ``head`` (``_direct_objects``), found once per word while
    its doc's parse and lemmas stand (``kg.doc.doc_memo``): the rules ask of the same
    verb four times on average."""
    memo = doc_memo(head.doc, "direct_objects")
    found = memo.get(head.i)
    if found is None:
        found = memo[head.i] = tuple(t.i for t in _direct_objects(head))
    doc = head.doc
    return (doc[i] for i in found)


def _direct_objects(head: Token) -> Iterator[Token]:
    found = False
    doubled = doubled_object(head)
    for child in head.children:
        # ("to" after "sell" is a dative ADP: an argument with a preposition)
        if child.dep_ in OBJ_DEPS and case_of(child) is None and child.pos_ != "ADP":
            if _object_read_for_apposition(head, child):
                continue
            found = True
            yield doubled if doubled is not None and child.pos_ == "PRON" else child
    if not found and (shifted := _object_past_adjunct(head)) is not None:
        yield shifted
        found = True
    if not found and (noun := _noun_read_as_verb(head)) is not None:
        yield noun
        found = True
    if not found:
        # "De esta forma, X, a través de su filial Z, compró Y": Y, read as the subject
        yield from (c for c in head.children if c.dep_ in SUBJ_DEPS and c.i > head.i
                    and _subject_hung_on_fronted_phrase(head, [c]) is not None)
    # (the part the parser made the subject of a verb in the first person,
    # "suscribimos por 6 millones el 30 % de X", also after an object it found)
    for child in head.children:
        if child.dep_ in SUBJ_DEPS and _disagreeing_subject(child):
            yield child


def _object_read_for_apposition(verb: Token, obj: Token) -> bool:
    """ "X compró Y, el principal proveedor de Z, por 30 millones": a common noun with
    its article right after "Name ," where the name is the verb's object describes that
    object; the Spanish parser makes it a second object, and read so Z's supplier is
    goods bought from Z (``syntax:object-apposition``). The named object is the one.
    A unit's noun ("Y, la filial de Z") is left to tell its seller, as it did."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() in UNIT_NOUNS or not any(
        c.dep_ == "det" for c in obj.children
    ):
        return False
    comma = obj.doc[obj.left_edge.i - 1] if obj.left_edge.i > 0 else None
    if obj.left_edge.text == ",":
        comma = obj.left_edge
    if comma is None or comma.text != ",":
        return False
    return any(
        c.dep_ in OBJ_DEPS and c.pos_ == "PROPN" and c.i < obj.i and c.right_edge.i + 1 == comma.i
        for c in verb.children
    )


def _noun_read_as_verb(verb: Token) -> Token | None:
    """ "X, que el año pasado compró el fundo Y": a noun that is also a verb form ("fundo",
    first person of *fundir*) after a determiner is still a noun, the verb's object; the
    Spanish parser, reading it as a verb, hangs it as a complement clause (``xcomp``)
    with the name that follows as its object. A determiner never heads a verb, so the
    complement with one is the object noun phrase the parser split."""
    if doc_lang(verb.doc) != "es":
        return None
    for child in verb.children:
        if child.dep_ == "xcomp" and child.i > verb.i and any(
            c.dep_ == "det" and c.i < child.i for c in child.children
        ):
            return child
    return None


def _object_past_adjunct(verb: Token) -> Token | None:
    """ "has purchased, through the market, a 9.5 per cent shareholding": a verb's object
    after an adjunct set off by commas, which the English parser leaves unattached (a
    bare ``dep`` noun right after the second comma) when the verb has no object."""
    if verb.pos_ != "VERB" or doc_lang(verb.doc) != "en":
        return None
    for child in verb.children:
        if child.dep_ == "dep" and child.pos_ in ("NOUN", "PROPN") and child.i > verb.i:
            before = verb.doc[child.left_edge.i - 1] if child.left_edge.i > verb.i + 1 else None
            if before is not None and before.text == "," and any(
                c.text == "," and verb.i < c.i < before.i for c in verb.children
            ):
                return child
    return None


# Spanish prepositions fused with the article "el" ("del grupo" is "de el grupo", "al
# comprador" is "a el comprador"): the parser makes them the noun's ``case``, and the
# noun has no determiner of its own.
_FUSED_ARTICLE = frozenset({"del", "al"})


def is_definite(tok: Token) -> bool:
    """A noun with a definite, demonstrative or possessive determiner ("la", "this", "su"),
    or after a preposition fused with the definite article ("accionista del grupo")."""
    for c in tok.children:
        if c.dep_ == "case" and c.lower_ in _FUSED_ARTICLE:
            return True
        if c.dep_ in ("det", "poss") and (
            "Def" in feat(c, "Definite")
            or "Dem" in feat(c, "PronType")
            or c.lower_ in ("the", "this", "that", "these", "its", "su", "sus")
            or "Yes" in feat(c, "Poss")
        ):
            return True
    return False


def is_possessed(tok: Token) -> bool:
    """A noun with a possessor: "its stake", "su venta", "Zenith's offer"."""
    return any(c.dep_ == "poss" or "Yes" in feat(c, "Poss") for c in tok.children)


def is_another(tok: Token) -> bool:
    """ "otro contrato", "another deal": never the deal told before."""
    return any(c.dep_ in ("det", "amod") and c.lower_ in ANOTHER for c in tok.children)


def told_as_step(tok: Token) -> bool:
    """ "In a first tranche, Marrick will acquire 40% of Tolsey", "En una primera fase,
    Ferral comprará el 40 % de Ibarra", "as a first step": a deal whose clause is placed
    by a phrase of a numbered step (a step noun with an ordinal) is one step of a deal
    done in several. The step noun takes no complement of its own ("in the first phase
    of the plant" is a part of a project, not a step of the deal). The phrase hangs on
    the deal's verb, or on the verb that governs a deal noun ("will complete the
    purchase of 40% in a first stage")."""
    clause = tok if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" else tok.head
    for c in clause.children:
        nouns = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c]
        for n in nouns:
            if n.lemma_.lower() in STEP_NOUNS and any(
                a.dep_ == "amod" and a.lower_ in STEP_ORDINALS for a in n.children
            ) and not any(g.dep_ in ("prep", "nmod") for g in n.children):
                return True
    return False


def is_earlier(tok: Token) -> bool:
    """ "its previous round", "an earlier acquisition", "la compra anterior": a deal told
    as one before the deal of the article, never that deal. The adjective is on the noun
    (before it in English: "a stake earlier this year" dates a verb's event)."""
    return any(
        c.dep_ == "amod" and c.lower_ in BEFORE_WORDS
        and (c.i < tok.i or c.lower_.startswith(("anterior", "previ")))
        for c in tok.children
    )


_SCALE_LETTERS = frozenset({"m", "mn", "bn", "b"})


def _scale_letter(tok: Token) -> bool:
    """ "its $40m bid for Y": the scale letter written onto an amount, which the parser
    reads as the auxiliary "'m" (a passive one), is no auxiliary."""
    doc = tok.doc
    return (
        tok.lower_ in _SCALE_LETTERS and tok.i > 0
        and doc[tok.i - 1].like_num and not doc[tok.i - 1].whitespace_
    )


def is_ticker(tok: Token) -> bool:
    """A stock ticker in brackets after a name: short, all capitals."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        before is not None and before.text == "(" and tok.text.isupper()
        and tok.text.isalpha() and len(tok.text) <= 5
    )


def doubled_object(verb: Token) -> Token | None:
    """ "A Transportes Deusto la compró Grupo Lumen": a phrase with "a" fronted before
    a Spanish verb and taken up again by an accusative clitic ("la", "lo", "las", "los")
    between them is the verb's direct object (clitic doubling of a fronted object; the
    "a" is the one of a definite object, not of a recipient). With a dative clitic ("A
    Fluvia le adjudicó el consorcio la obra") the phrase stays the one given to."""
    if verb.i == 0 or verb.doc[verb.i - 1].lower_ not in ACCUSATIVE_CLITICS \
            or doc_lang(verb.doc) != "es":
        return None
    clitic = verb.doc[verb.i - 1]
    return next((
        c for c in verb.children
        if c.i < clitic.i and c.pos_ in ("PROPN", "NOUN") and case_of(c) == "a"
    ), None)


def opens_ticker(tok: Token) -> bool:
    """The exchange that opens a ticker bracket after a name: "BMV" of "Grupo Xolo
    (BMV: XOLO) compró…", "Nasdaq" of "Arlo (Nasdaq: ARLO)". It says where the named
    company's shares trade; it is no part of the name and no party to its deal."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ":"


# The endings of the Spanish conditional of a verb in -ar ("lanzaría", "comprarían"),
# which no other form of such a verb has (its imperfect ends in "-aba").
_CONDITIONAL_AR = ("aría", "arías", "aríamos", "aríais", "arían")


def is_conditional(tok: Token) -> bool:
    """A verb in the conditional: tagged so, or a finite Spanish form in "-aría" that the
    small tagger read as an imperfect ("lanzaría una OPA", "Mood=Ind|Tense=Imp")."""
    if "Cnd" in feat(tok, "Mood"):
        return True
    return (
        doc_lang(tok.doc) == "es" and "Fin" in feat(tok, "VerbForm")
        and tok.lower_.endswith(_CONDITIONAL_AR)
    )


def is_passive(tok: Token) -> bool:
    if any(
        c.dep_ in PASSIVE_SUBJ or (c.dep_ in ("auxpass", "aux:pass") and not _scale_letter(c))
        for c in tok.children
    ):
        return True
    if (
        "Part" in feat(tok, "VerbForm")
        and "Prog" not in feat(tok, "Aspect")
        and any(c.lemma_ in ("ser", "be") and c.dep_ in ("aux", "cop") for c in tok.children)
    ):
        return True
    if _estar_with_agent(tok) or _bare_participle(tok):
        return True
    # (not a perfect, "que había comprado Z", nor a clause told to someone, "informó a X
    # que ha comprado Y")
    return (
        tok.dep_ in ("amod", "acl") and "Part" in feat(tok, "VerbForm")
        and not has_perfect_aux(tok) and told_clause(tok) is None
    )


def _bare_participle(tok: Token) -> bool:
    """ "Y — vendida a X por Z", "• Y, adquirida por X, marzo": a Spanish participle
    heading its clause with no auxiliary is a list item's or a headline's reduced
    passive, its subject what was sold or bought (a Spanish active clause needs a
    finite verb or "haber"; an English past participle looks like a past tense, so
    only Spanish)."""
    return (
        tok.dep_ == "ROOT" and tok.lang_ == "es" and "Part" in feat(tok, "VerbForm")
        and not any(c.dep_ in ("aux", "cop", "aux:pass") for c in tok.children)
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


def has_perfect_aux(tok: Token) -> bool:
    """Whether a participle has the auxiliary of a perfect tense ("que había comprado
    Z", "which has bought Z"): it heads a clause in the active voice, not a participle
    telling of the noun it is on."""
    return any(c.dep_ == "aux" and c.lemma_.lower() in ("haber", "have") for c in tok.children)


def _estar_with_agent(tok: Token) -> bool:
    """ "La ronda está liderada por X", "ha estado encabezada por X": "estar" with a
    participle and an agent ("por X") is a passive of result (without the agent, "está
    cerrada" only tells a state)."""
    return (
        "Part" in feat(tok, "VerbForm")
        and any(c.lemma_ == "estar" and c.dep_ in ("aux", "cop") for c in tok.children)
        and any(g.dep_ == "case" and g.lower_ == "por" for c in tok.children for g in c.children)
    )


def is_future(t: Token) -> bool:
    if "Fut" in feat(t, "Tense"):
        return True
    for c in t.children:
        if c.dep_ == "aux" and (
            c.lower_ in ("will", "'ll", "shall") or (c.lower_ == "to" and t.dep_ == "ROOT")
        ):
            return True
        if c.dep_ == "aux" and "Fut" in feat(c, "Tense"):
            return True
    return False


def has_infinitive_aux(tok: Token) -> bool:
    """Whether ``tok`` has an infinitive auxiliary ("ser adquirida", "be acquired")."""
    return any(
        c.dep_ in ("aux", "aux:pass", "auxpass") and "Inf" in feat(c, "VerbForm")
        for c in tok.children
    )


def is_past(t: Token) -> bool:
    if "Prog" in feat(t, "Aspect") or t.tag_ == "VBG":
        return False  # "is buying": agreed, not done
    tense = feat(t, "Tense")
    if "Past" in tense and "Fin" in feat(t, "VerbForm"):
        return True
    if "Part" in feat(t, "VerbForm") and any(
        c.dep_ in ("aux:pass", "auxpass") and "Past" in feat(c, "Tense")
        for c in t.children
    ):
        return True  # "was bought by", "fue adquirida por"
    if "Part" in feat(t, "VerbForm") and t.dep_ == "ccomp" and any(
        c.dep_ == "aux" and c.lemma_.lower() in ("have", "haber") for c in t.children
    ):
        return True  # perfect in reported speech: "X has taken over Y, administrators said"
    if "Part" in feat(t, "VerbForm") and any(
        c.dep_ == "aux" and c.lower_ == "having" for c in t.children
    ):
        return True  # a perfect participle clause: "Having acquired Y last year, X ..."
    if "Part" in feat(t, "VerbForm") and any(_pluperfect_aux(c) for c in t.children):
        return True  # "un mes antes, X había vendido Y a Z", "X had sold Y to Z"
    if "Part" in feat(t, "VerbForm") and has_infinitive_aux(t):
        return False  # a passive infinitive: "para ser adquirida por", "to be bought by"
    if "Part" in feat(t, "VerbForm") and t.dep_ in ("amod", "acl", "ROOT", "conj"):
        return (
            any(
                c.dep_ in ("aux", "aux:pass", "auxpass", "cop", "obj", "agent", "advmod")
                or c.lower_ in ("por", "by")
                for c in t.children
            )
            or t.dep_ == "amod"
        )
    return False


def _pluperfect_aux(c: Token) -> bool:
    """The auxiliary of a pluperfect, in any clause: "have" / "haber" in a past tense of
    the indicative ("had", "había"): an event before a past one, so done; not a
    conditional or subjunctive ("would have", "habría", "hubiera")."""
    return (
        c.dep_ == "aux" and c.lemma_.lower() in ("have", "haber")
        and bool({"Past", "Imp"} & set(feat(c, "Tense")))
        and not {"Sub", "Cnd"} & set(feat(c, "Mood"))
    )


def is_denied(tok: Token, noun: bool) -> bool:
    """A deal said not to exist: "X did not buy Y", "nunca tuvo ningún contrato con
    Y", "no agreement was reached"."""
    if noun:
        return any(
            c.dep_ == "det" and c.lower_ in ("ningún", "ninguna", "ningun", "no")
            for c in tok.children
        )
    return any(c.lower_ in NEGATIONS for c in tok.children)


def buys_goods(tok: Token) -> bool:
    """A purchase word that names goods, not a company: "power purchase",
    "compraventa de energía", and in English any common noun before it that names no
    business bought whole or in part ("a water purchase agreement", not "a share
    purchase agreement")."""
    return tok.lemma_.lower() in ("compra", "compraventa", "purchase", "venta", "sale") and any(
        c.dep_ in ("compound", "nmod") and c.lemma_.lower() in SUPPLY_WORDS
        or (c.dep_ == "compound" and c.i == tok.i - 1 and c.pos_ == "NOUN" and c.is_lower
            and c.is_alpha and c.lemma_.lower() not in BUSINESS_PURCHASE_WORDS)
        for c in tok.children
    )


def in_adjunct(tok: Token) -> bool:
    """A deal noun in a temporal or causal adjunct ("fined for misleading regulators
    during the takeover of X", "tras la compra de X"): the clause's subject acts on
    something else and is not the deal's agent."""
    cur = tok
    for _ in range(4):
        head = cur.head
        if head.i == cur.i or (is_verbal(head) and cur.dep_ not in ("pobj",)):
            return False
        if head.dep_ == "prep" and head.lower_ in TEMPORAL_PREPS and cur.dep_ == "pobj":
            return True
        if case_of(cur) in TEMPORAL_PREPS:
            return True
        cur = head
    return False


def judged_by_third_party(tok: Token) -> Token | None:
    """The verb by which a regulator or court acts on a deal noun ("la CNMC vetó la
    fusión", "regulators cleared the merger"): its subject is not a party."""
    cur = tok
    for _ in range(4):  # through "el proyecto de fusión", "the plan for the merger"
        head = cur.head
        if head.i == cur.i:
            return None
        if head.lemma_.lower() in THIRD_PARTY_VERBS or (
            # "dar el visto bueno / luz verde a la fusión", "gave the green light to"
            head.lemma_.lower() in ("dar", "give", "otorgar", "grant", "conceder")
            and any(c.lemma_.lower() in APPROVAL_NOUNS for c in head.children)
        ):
            return head
        if is_verbal(head):
            return None
        cur = head
    return None


def urged_by(tok: Token) -> Token | None:
    """The verb by which someone urges a deal noun ("Pickering said it might push for
    a sale of the company", "shareholders called for a merger with Y"): a verb of
    urging (``URGING_VERBS``) with "for" and the noun; its subject wants the deal, and
    is no party to it."""
    prep = tok.head
    if prep.lower_ != "for" or prep.dep_ != "prep" or prep.i == tok.i:
        return None
    verb = prep.head
    return verb if verb.lemma_.lower() in URGING_VERBS and is_verbal(verb) else None


def own_subtree(tok: Token) -> list[Token]:
    """``tok``'s subtree without the nouns coordinated with it: in "una participación
    minoritaria en X y el 60 % de Y" the 60 % is not said of the first stake, nor
    "majority" in "a minority stake in X and a majority stake in Y", where the parser
    hangs the second stake on X."""
    second = [
        t for t in tok.subtree
        if t.i != tok.i and t.dep_ == "conj"
        and (t.head.i == tok.i or t.lemma_.lower() == tok.lemma_.lower())
    ]
    cut = {u.i for t in second for u in t.subtree}
    return [t for t in tok.subtree if t.i not in cut]


def first_conjunct(tok: Token) -> Token:
    """The first of coordinated nouns of one word ("a minority stake in X and a
    majority stake in Y": the first stake, where the parser hung the second). The
    parser may hang the second on an apposition in the first's complement ("a minority
    stake in X, the owners of Y and Z, and a majority stake in W"), or on one hung on
    the verb (then the first is the verb's object)."""
    if tok.dep_ != "conj":
        return tok
    lemma = tok.lemma_.lower()
    for t in tok.ancestors:
        if t.lemma_.lower() == lemma and t.pos_ == tok.pos_:
            return t
        if is_verbal(t):
            return next((o for o in t.children if o.dep_ in OBJ_DEPS and o.i < tok.i
                         and o.lemma_.lower() == lemma and o.pos_ == tok.pos_), tok)
        if t.dep_ not in ("conj", "pobj", "prep", "nmod", "obl", "appos"):
            break
    return tok


# What follows a percentage's figure ("51 %", "51 percent", British and Indian "51 per
# cent", "51 por ciento").
_PERCENT_WORDS = ("%", "percent", "per cent", "por ciento")


def is_control(obj: Token, words: set[str]) -> bool:
    """A stake that gives control is a takeover: "a majority stake", "una
    participación mayoritaria", "the controlling stake", "el 70 % de X"."""
    if words & CONTROL_WORDS:
        return True
    doc = obj.doc
    for t in own_subtree(obj):
        after = doc[t.i + 1 : t.i + 3].text.lower()
        percent = t.text.endswith("%") or after.startswith(_PERCENT_WORDS)
        if not percent:
            continue
        try:
            share = float(t.text.rstrip("%").replace(",", "."))
        except ValueError:
            continue
        if 50 < share <= 100:
            return True
    return False


def tree_distance(a: Token, b: Token) -> int:
    """Number of edges between two tokens of the same sentence in the parse."""
    if a.i == b.i:
        return 0
    up_a = [a, *a.ancestors]
    pos = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in pos:
            return n + pos[t.i]
    return 99


def modifier_clause(tok: Token) -> Token | None:
    """The verb of the clause that holds ``tok`` when that clause is a relative clause
    or a participle on a company ("The brewer, which is backed by X, plans ...", "Y,
    que fue adquirida por X, prevé ...", "Y, acquired by X in 2020, will build ..."):
    a deal told in the background of a sentence about the company; None when ``tok``
    is in no such clause. A clause on a deal noun ("the deal that gives it control of
    Y") tells that deal, and is not one."""
    chain = [tok, *tok.ancestors][:8]
    for t in chain[:-1]:
        if not names_company(t.head) or headline_predicate(t):
            continue
        if t.dep_ in ("relcl", "acl:relcl") or (
            t.dep_ == "acl" and any("Rel" in feat(c, "PronType") for c in t.children)
            and told_clause(t) is None
        ) or (
            t.dep_ in ("acl", "amod") and "Part" in feat(t, "VerbForm") and t.i > t.head.i
        ):
            return t
    return None


def told_clause(verb: Token) -> Token | None:
    """ "Cadena Sonora informó a la Bolsa Mexicana de Valores que adquirió Farmacias
    Yaqui", "comunicó a la CNMV que ha cerrado la venta de Y": after a verb of telling
    (``TELLING_VERBS``) and its addressee ("a" + a name), "que" opens what is told (a
    completive clause), which the small Spanish parser hangs on the addressee's name as
    a relative clause. A relative clause on a proper name is explanatory, set off by a
    comma ("a la CNMV, que supervisa ..."); with none before "que", the clause is the
    one told, and its unsaid subject is the teller's. The verb of telling, or None."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ != "PROPN" or head.i > verb.i \
            or doc_lang(verb.doc) != "es":
        return None
    que = next((c for c in verb.children if c.lower_ == "que" and c.i < verb.i), None)
    if que is None or que.i == 0 or verb.doc[que.i - 1].is_punct:
        return None
    teller = head.head
    if head.dep_ not in ("iobj", "obj", "obl") or case_of(head) != "a" \
            or teller.lemma_.lower() not in TELLING_VERBS:
        return None
    return teller


def headline_predicate(t: Token) -> bool:
    """A to-infinitive the parser hangs as a relative clause on the name that heads a
    verbless sentence: a headline that drops its copula ("Brisa Capital in talks to buy
    Kestel Forge", "Brisa Capital set to buy Kestel Forge") says what the company does,
    its predicate, not a description of it (also when the parser hangs the headline on
    its reporting verb: "Brisa Capital in talks to buy Kestel Forge, sources say"), or
    as a clause on the name ("Ashwell Paper and Dunmore Mills to merge")."""
    return t.dep_ in ("relcl", "acl") and t.head.dep_ in ("ROOT", "npadvmod") and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in t.children
    )


def names_company(t: Token) -> bool:
    """A name, or a noun that stands for a company ("the brewer", "la empresa")."""
    return t.pos_ == "PROPN" or t.lemma_.lower() in COMPANY_NOUNS or t.lower_ in DESCRIPTORS


def percentage(tok: Token) -> bool:
    """A percentage as a noun phrase's head: "70%", "25 per cent", "25 percent" (the
    parser makes "cent" the head, or the number when "per cent" follows it)."""
    if tok.lemma_.endswith("%") or tok.text.endswith("%"):
        return True
    if tok.lower_ in ("cent", "percent") and any(c.like_num for c in tok.children):
        return True
    after = tok.doc[tok.i + 1 : tok.i + 3].text.lower()
    return tok.like_num and after.startswith(("per cent", "percent"))


def spanish_percentage(tok: Token) -> bool:
    """ "12%", "el 12 %", "un 12 por ciento": a share counted in percent, as the Spanish
    parser hangs it (the sign or "ciento" under the number)."""
    return tok.text.endswith("%") or (
        tok.like_num and any(c.text == "%" or c.lower_ == "ciento" for c in tok.children)
    )


# Modifiers that rank a holder among a company's holders ("the biggest holder", "el
# principal accionista").
_RANKING = frozenset({"main", "principal", "mayor", "major", "primer", "top"})


def ranked(tok: Token) -> bool:
    """ "the biggest holder", "el principal accionista", "its largest investor": a
    superlative or ranking modifier on the noun ``tok``."""
    return any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or "Sup" in feat(c, "Degree")
                              or c.lower_ in _RANKING)
        for c in tok.children
    )


def year_of(t: Token) -> int | None:
    """The year a token writes ("2023"), if it is one."""
    return int(t.text) if len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20") \
        else None


def founding_verb(t: Token) -> bool:
    """A verb that brings a company into being: "form", "crear", "set up" (with its
    particle; ``founding_verbs``)."""
    lemma = t.lemma_.lower()
    if lemma == "set":
        return any(x.dep_ == "prt" and x.lower_ == "up" for x in t.children)
    return lemma in FOUNDING_VERBS
