"""What a sentence says a name stands for, when only a company can stand so: typing
constraints on the model's "people" that no given name opens (``kg.entities.retype``
reads them in ``_company_names``).

- ``company_apposition``: the name's apposition is headed by a company noun, whatever
  capitalised or numeric modifiers stand before it ("X, the FTSE 250 engineering
  group that ...", "X, the Nasdaq-listed lender,", "X, a Boise, Idaho, start-up");
- ``its_owner``: the name is the subject of a clause whose object "its" refers back
  to it ("X will close its plant", "X bought a stake in its supplier"): a
  person's is "his" or "her";
- ``listing_venue``: the name is where shares are listed or traded ("listed on X",
  "cotiza en X"): an exchange;
- ``deal_partner``: the name hangs from a merger's or an alliance's verb or noun, or
  from "hacerse con", through "con" / "with" ("se fusionó en 2010 con X", "merged
  with its neighbour X", "se hizo con X"), from a company's equity through "de" ("el
  capital de X"), or is the agent of a passive verb of taking over ("fue adquirida en
  2019 por X"): only companies merge, ally, are bought and have shareholders;
- ``headline_deal``: the model's place stands next to a headline's "compra" with
  another name on its other side ("X compra Y");
- ``deal_clause_subject``: the name is the subject of a verb whose object is a deal's
  noun ("X ha cerrado la venta de su filial", "X recibió una inyección de capital");
- ``place_named_party``: a name a place's head opens ("Costa Marenga", "Port Alder"),
  that no list knows as a place, stands in a deal party's slot: the subject of a deal's
  verb, a partner, a stake's company, what a verb of taking over takes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.entities.context import _P_GAZ, _P_MODEL, Knowledge, _Cand
from kg.entities.institutions import is_city
from kg.entities.runs import opens_line
from kg.entities.words import (
    DEAL_VERBS,
    DESCRIPTORS,
    EQUITY_NOUNS,
    HEADLINE_DEAL_FORMS,
    INTENT_VERBS,
    PARTNER_WORDS,
    PLACE_NAMED_HEADS,
    PROPERTY_HEADS,
    REFLEXIVE_TAKE_VERBS,
    SELLING_VERBS,
    STAKE_VERBS,
    TARGET_NOUNS,
    TARGET_VERBS,
    WORLD_REGIONS,
)
from kg.iri import fold

# Descriptors that a person may be called too ("X, the owner of the club", "X, a
# rival of ..."): they say nothing of a name the model reads as a person's.
_PERSON_TOO = frozenset({
    "owner", "peer", "rival", "giant", "parent", "team", "equipo", "club", "competidora",
    "gigante", "partido", "vendor", "broker", "bróker", "developer", "producer",
    "publisher", "builder", "miner", "operator", "operador", "holding",
})
_COMPANY_NOUNS = DESCRIPTORS - _PERSON_TOO

_ARTICLES = frozenset({"a", "an", "the", "un", "una", "la", "el"})
# Where an apposition's noun phrase ends: a relative pronoun, a participle of seat or
# ownership, a preposition, a comma or a full stop after its head noun.
_CLOSERS = frozenset({
    ",", ".", ";", ")", "that", "which", "whose", "with", "in", "of", "based", "que",
    "con", "de", "del", "en", "owned", "backed", "founded", "controlled",
})


def company_apposition(kn: Knowledge, doc: Doc, c: _Cand) -> bool:
    """Whether the name ``c`` is followed by an apposition whose head is a noun of a
    company ("X, the FTSE 250 engineering group that makes ...", "X, the Nasdaq-listed
    payments firm,", "X, a Boise, Idaho, start-up"), whatever capitalised,
    numeric or hyphenated words modify it. Not a noun a person may be called ("the
    owner"), nor one that opens the next name ("the seed company Mavuno Seeds") or
    owns something ("the company's lawyer")."""
    n = len(doc)
    k = c.end
    if not (k + 2 < n and doc[k].text == "," and doc[k + 1].lower_ in _ARTICLES):
        return False
    k += 2
    for _ in range(10):
        if k >= n:
            return False
        tok = doc[k]
        if tok.lower_ == "start" and k + 2 < n and doc[k + 1].text in ("-", "‐") and \
                doc[k + 2].lower_ == "up":
            k += 2  # "start-up", which the tokenizer splits at its hyphen
            tok = doc[k]
            after = doc[k + 1] if k + 1 < n else None
            return after is None or after.lower_ in _CLOSERS
        if tok.lower_ in _COMPANY_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
            after = doc[k + 1] if k + 1 < n else None
            return after is None or after.lower_ in _CLOSERS
        if tok.text == "," and _place_comma(kn, doc, k):
            k += 1  # "a Boise, Idaho, start-up": the state between two commas
        elif tok.is_punct and tok.text not in ("-", "‐") or \
                tok.pos_ in ("ADP", "SCONJ", "CCONJ", "PRON") and tok.text not in ("-", "‐") or \
                tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm", []) or \
                kn.lang == "es" and tok.pos_ == "NOUN":
            # a clause, a preposition's phrase ("the owner of a bank"), or in Spanish
            # the head noun, which comes first ("el sistema de pagos del Banco X")
            return False
        k += 1
    return False


def _place_comma(kn: Knowledge, doc: Doc, k: int) -> bool:
    """Whether the comma at ``k`` opens or closes a state or country named after a
    city, as American English writes a place inside a noun phrase ("a Reno, Nevada,
    company")."""
    nxt = k + 1
    if nxt < len(doc) and doc[nxt].text[:1].isupper():
        end = nxt
        while end < len(doc) and doc[end].text[:1].isupper() and end - nxt < 3:
            end += 1
        if doc[nxt:end].text in kn.places and end < len(doc) and doc[end].text == ",":
            return True
    return k > 0 and doc[k - 1].text in kn.places and k > 1 and \
        any(t.text == "," for t in doc[max(0, k - 4):k - 1])


def its_owner(doc: Doc, c: _Cand) -> bool:
    """Whether the name ``c`` is the subject of a clause whose object holds "its"
    ("X will close its plant", "X bought a stake in its supplier"), with no other
    verb between the two that could own it ("Ana Ruiz said the firm would expand its
    plant" is the firm's)."""
    root = doc[c.start:c.end].root
    if c.end - c.start < 2 or root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return False  # one word may be a surname "its" does not refer to
    verb = root.head
    for tok in verb.subtree:
        if tok.lower_ != "its" or tok.dep_ != "poss" or tok.i < c.end:
            continue
        if _path_without_verb(tok, verb):
            return True
    return False


def _path_without_verb(tok: Token, verb: Token) -> bool:
    """Whether the way up from ``tok`` to ``verb`` passes no other verb, nor a noun
    in between that could own the possessive (a subject of its own)."""
    head = tok.head
    while head.i != verb.i:
        if head.pos_ in ("VERB", "AUX") or head.dep_ in ("nsubj", "nsubjpass", "conj"):
            return False
        if head.head.i == head.i:
            return False
        head = head.head
    return True


# Words after which "on" / "en" names where a company's shares trade.
_LISTING_WORDS = frozenset({
    "listed", "traded", "listing", "debuted", "cotiza", "cotizan", "cotizada",
    "cotizadas", "cotizado", "cotizados", "debutó",
})


def listing_venue(doc: Doc, c: _Cand) -> bool:
    """Whether the name ``c`` is where shares are listed or traded: "listed on X",
    "cotiza en X": a stock exchange, not a city ("listed in London" is written so).
    "trading on X" is not read: it may be a street or a day."""
    k = c.start
    if k > 0 and doc[k - 1].lower_ in ("the", "la", "el"):
        k -= 1
    return k > 1 and doc[k - 1].lower_ in ("on", "en") and \
        doc[k - 2].lower_ in _LISTING_WORDS and not is_city(doc[c.start:c.end].text)


def deal_partner(doc: Doc, c: _Cand) -> bool:
    """Whether the name ``c`` stands where only a company does, read on the parse (words
    may stand between: "se fusiona con su vecina X", "se fusionó en 2010 con X"): the
    "con" / "with" complement of a merger's or an alliance's verb or noun ("merged with
    its neighbour X", "una alianza estratégica con X") or of a reflexive verb of taking
    over ("se hizo con X", "se quedará con X"), the "de" complement of a company's equity
    ("entra en el capital de X", not "la capital de X", a city), or the agent of a
    passive verb of taking over or selling ("fue adquirida en 2019 por X", "was bought
    last year by X"). (Its subject is read as a deal's: ``cue:deal_subject``.) Not a
    city's name ("fue vendida por Madrid" may say where), nor a name the model may have
    cut short (:func:`_cut_before_de`)."""
    span = doc[c.start:c.end]
    if is_city(span.text) or _cut_before_de(doc, c):
        return False
    root = span.root
    prep, governor = _governed_by(root)
    if prep in ("con", "with"):
        return _lemma(governor) in PARTNER_WORDS or (
            _lemma(governor) in REFLEXIVE_TAKE_VERBS and _reflexive(governor))
    if prep in ("de", "del"):
        return governor.lower_ in EQUITY_NOUNS and _masculine(doc, governor)
    if prep in ("por", "by"):
        passive = "Part" in governor.morph.get("VerbForm", []) if prep == "por" else \
            root.head.dep_ == "agent"
        return passive and governor.pos_ == "VERB" and _lemma(governor) in TARGET_VERBS
    return False


def headline_deal(doc: Doc, c: _Cand, named: set[int]) -> bool:
    """Whether the model's place or "other" ``c`` stands right before or after "compra"
    or "compran" that another name (a token of ``named``) stands on the other side of: a
    headline's "X compra Y", where the tagger reads "compra" as a noun or an adjective
    and no parse-based cue fires. A name after "la compra" has no name before the form
    ("tras la compra Valdora ..."); a model's person may be the buyer, a person; a name
    the model may have cut short is left alone (:func:`_cut_before_de`)."""
    k, e = c.start - 1, c.end
    if c.label not in ("LOC", "MISC") or _cut_before_de(doc, c):
        return False
    return (k >= 1 and doc[k].lower_ in HEADLINE_DEAL_FORMS and k - 1 in named
            and doc[k - 1].text[:1].isupper()) or \
        (e + 1 < len(doc) and doc[e].lower_ in HEADLINE_DEAL_FORMS and e + 1 in named
         and doc[e + 1].text[:1].isupper())


def _governed_by(root: Token) -> tuple[str, Token]:
    """The preposition that hangs ``root`` from the word it complements, and that word:
    Spanish marks it on the noun ("con" as its ``case``), English heads the noun with it
    (``pobj``); ("", root) when none does."""
    if root.dep_ == "pobj" and root.head.pos_ == "ADP":
        return root.head.lower_, root.head.head
    case = [t.lower_ for t in root.children if t.dep_ == "case"]
    if case and root.dep_ in ("obl", "nmod", "obj", "obl:agent"):
        return case[-1], root.head
    return "", root


def _lemma(tok: Token) -> str:
    """A word's lemma, without the enclitic pronoun Spanish lemmas carry ("fusionar él")."""
    return tok.lemma_.lower().split(" ")[0] if tok.lemma_ else tok.lower_


def _reflexive(verb: Token) -> bool:
    """A Spanish verb with "se" ("se hizo con") or an enclitic ("hacerse con")."""
    return " " in verb.lemma_ or any(t.lower_ == "se" for t in verb.children)


def _masculine(doc: Doc, noun: Token) -> bool:
    """Whether a masculine article or contraction stands right before ``noun`` ("el
    capital", "del capital", "al capital"): "la capital" is a city."""
    return noun.i > 0 and doc[noun.i - 1].lower_ in ("el", "del", "al")


def _cut_before_de(doc: Doc, c: _Cand) -> bool:
    """Whether "de" and a capitalised word follow the name ("se quedó con Almazaras de La
    Vega", the model's place "Almazaras" then "La Vega"): Spanish firms' names run
    on so, and the name as the model bounds it may be the first words of a company's,
    which typing it an organisation would publish cut short."""
    k, n = c.end, len(doc)
    if k + 1 >= n or doc[k].lower_ not in ("de", "del"):
        return False
    nxt = doc[k + 1]
    if nxt.lower_ in ("la", "el", "los", "las") and k + 2 < n and not nxt.text[:1].isupper():
        nxt = doc[k + 2]
    return nxt.text[:1].isupper()


def place_named_party(kn: Knowledge, doc: Doc, c: _Cand, orgs: set[int]) -> bool:
    """Whether ``c``, a name the model (or the place-head cue) read as a place or "other"
    and that a place's head opens ("Costa Marenga", "Valle Oscuro", "Port Alder":
    ``place_named_heads``), stands where only a company does, though the head word keeps
    such names from the other company readings. No list may know it as a place (a
    country, a region, a city: "Costa Rica", "Santa Fe" stay places). The slots, each a
    selectional restriction of a deal's words on their arguments:

    - the subject of a deal's verb, or of the verb it completes, or of a verb whose
      object is a deal's noun ("Costa Marenga se fusionará con Grupo Alcesa", "Port Alder
      agreed to buy Brightwater", "Valle Oscuro cerró la compra de ..."), alone or
      coordinated with an organisation (tokens ``orgs``: "Grupo Alcesa y Costa Marenga
      han cerrado una alianza");
    - a merger's or an alliance's partner, the company whose equity is entered, the agent
      of a passive verb of taking over (:func:`deal_partner`); the company a share or a
      stake is of or in ("el 40% de Monte Ardal", "a stake in Cape Lorne"), the buyer a
      thing is sold to ("sold its unit to Mount Teller": :func:`_stake_or_buyer`);
    - what a verb of taking over takes ("ha adquirido Costa Marenga"), unless the head
      names land or premises one buys as property ("compró Villa Serena": a house).
    """
    if c.label not in ("LOC", "MISC") or c.end - c.start < 2 or not _place_read(c):
        return False
    span = doc[c.start:c.end]
    if fold(doc[c.start].text) not in PLACE_NAMED_HEADS or _known_place(kn, span.text):
        return False
    root = span.root
    if root.dep_ == "nsubj" or (
            root.dep_ == "conj" and root.head.dep_ == "nsubj" and root.head.i in orgs):
        return _deal_clause(root.head if root.dep_ == "nsubj" else root.head.head)
    if deal_partner(doc, c) or _stake_or_buyer(root):
        return True
    return root.dep_ in ("obj", "dobj") and _lemma(root.head) in TARGET_VERBS and \
        fold(doc[c.start].text) not in PROPERTY_HEADS


def _place_read(c: _Cand) -> bool:
    """A place only the model's label or the place-head cue typed."""
    return (c.priority == _P_MODEL and all(r.startswith("ner:") for r in c.rules)) or (
        c.priority == _P_GAZ and set(c.rules) == {"cue:place_head"})


def _known_place(kn: Knowledge, text: str) -> bool:
    return text in kn.places or text.title() in kn.places or is_city(text) or \
        text in WORLD_REGIONS


def _deal_clause(verb: Token) -> bool:
    """Whether ``verb`` tells a deal: a deal's verb ("compró", "se fusionará", "invested"),
    a verb of intent completed by one ("agreed to buy"), or a verb whose object is a
    deal's noun ("ha cerrado una alianza", "anunció la compra de X")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _lemma(verb) in DEAL_VERBS:
        return True
    if _lemma(verb) in INTENT_VERBS and any(
            t.dep_ == "xcomp" and _lemma(t) in DEAL_VERBS for t in verb.children):
        return True
    return any(t.dep_ in ("obj", "dobj") and (
        t.lower_ in PARTNER_WORDS or t.lower_ in TARGET_NOUNS or t.lower_ in _VENTURE_NOUNS)
        for t in verb.children)


# Nouns of a business two companies set up together ("formed a joint venture").
_VENTURE_NOUNS = frozenset({"venture", "joint-venture", "jv"})
# Nouns of a share held in a company, whose "en" / "in" complement is the company.
_STAKE_NOUNS = frozenset({"stake", "stakes", "participación", "participaciones"})
# Words of a percentage, whose "de" / "of" complement is the company it is a share of.
_PERCENT_WORDS = frozenset({"%", "percent", "per", "cent", "ciento"})


def _stake_or_buyer(root: Token) -> bool:
    """Whether ``root`` is the company a percentage bought, sold or held is of ("compró
    el 40% de X", "se hizo con el 40% de X", "owns 30% of X"), a stake is in ("una
    participación en X", "a stake in X"), or a thing is sold to ("vendió su filial a X",
    "sold its unit to X")."""
    prep, governor = _governed_by(root)
    if governor.i == root.i:
        return False
    if prep in ("de", "del", "of"):
        # a share a verb of buying, selling or holding takes, not an area's part ("el
        # 40% de Sierra Calina está cubierto de bosque")
        after = governor.nbor() if governor.i + 1 < len(governor.doc) else governor
        return (governor.lower_ in _PERCENT_WORDS or governor.text.endswith("%") or (
            governor.like_num and after.lower_ in _PERCENT_WORDS)) and (
            _lemma(governor.head) in STAKE_VERBS or _lemma(governor.head) in REFLEXIVE_TAKE_VERBS)
    if prep in ("en", "in"):
        return governor.lower_ in _STAKE_NOUNS
    return prep in ("a", "al", "to") and _lemma(governor) in SELLING_VERBS


# Nouns of a deal or of money put in a company, whose verb's subject is a company ("X
# cerró una ronda de 3 millones", "X recibió una inyección de capital"): the nouns of
# taking over and of merging or allying, and these. Not "acuerdo" / "agreement", which a
# country signs.
DEAL_OBJECT_NOUNS = TARGET_NOUNS | PARTNER_WORDS | _VENTURE_NOUNS | frozenset({
    "inversión", "investment", "inyección", "injection", "ronda", "round", "financiación",
    "financing", "funding", "participación", "stake", "préstamo", "loan",
})
# Nouns of a sale, whose verb's subject is a company when it sells its own ("X cerró la
# venta de su filial", "X completed the sale of its unit"), not a season that lifts the
# sale of goods ("el invierno dispara la venta de abrigos").
SALE_NOUNS = frozenset({"venta", "sale", "desinversión", "divestment", "disposal"})


def deal_clause_subject(kn: Knowledge, doc: Doc, c: _Cand, orgs: set[int],
                        people: frozenset[str]) -> bool:
    """Whether the model's place or "other" ``c`` (no place a list knows) is the subject,
    before its verb, of a verb whose object is a deal's noun, alone or coordinated with
    an organisation (tokens ``orgs``): "Arandiga recibió una inyección de 5 millones",
    "Arandiga y Grupo Alcesa firman una alianza", or a sale of its own ("Arandiga ha
    cerrado la venta de su filial"). A town that sells or invests is a body the lists
    know ("Valencia cerró la venta de sus terrenos"); a speaker's tag before a colon
    is no subject ("RUIZ: Hemos cerrado una ronda"), nor a name with a word of a
    person's (a given name or a surname the lists know, a word of a person the article
    names: ``people``), nor one of common words only that opens its sentence ("Gran
    Verano dispara la venta ...": an event's or a season's, capitalised by its place)."""
    if c.label not in ("LOC", "MISC"):
        return False
    span = doc[c.start:c.end]
    if opens_line(doc, c.start) and all(kn.is_common(t.text) for t in span if t.is_alpha):
        return False  # "Gran Verano dispara ...": capitals that a sentence's start explains
    if _known_place(kn, span.text) or (c.end < len(doc) and doc[c.end].text == ":") or \
            any(t.text in people or t.text.title() in people or t.text in kn.given_names
                or t.text in kn.surnames or t.text.title() in kn.surnames for t in span):
        return False
    root = span.root
    if root.dep_ == "conj" and root.head.dep_ == "nsubj" and root.head.i in orgs:
        root = root.head  # "Grupo Alcesa y Arandiga firman ...": the first conjunct's verb
    verb = root.head
    if root.dep_ != "nsubj" or verb.i < root.i or verb.pos_ not in ("VERB", "AUX") or \
            any(t.text == ":" for t in doc[root.i:verb.i]):
        return False
    return any(t.dep_ in ("obj", "dobj") and t.pos_ == "NOUN" and (
        t.lower_ in DEAL_OBJECT_NOUNS or (t.lower_ in SALE_NOUNS and _own_thing(t)))
        for t in verb.children)


def _own_thing(noun: Token) -> bool:
    """Whether a possessive of a non-person ("su", "sus", "its", "their") stands in the
    noun's phrase: what the subject sells is its own."""
    return any(t.lower_ in ("su", "sus", "its", "their") for t in noun.subtree)
