"""Names the model read as two: one name cut at a word that may also join or open names.

Read once the article's names are chosen, before they are retyped (``joined_names``):

- a coordination that is the subject of a singular verb is one name: "Pinturas Garza
  y Montoya compró la firma Lacas Roble", "Quinn and Hale Outfitters has agreed to buy
  ...": two parties take a plural verb ("Acme y Borel compraron ...") (rule
  ``join:singular_subject``);
- English: two surnames joined by "and", the second closed by the name of a trade, are
  the partners' firm ("Quinn and Hale Outfitters agreed to buy ..."), as "Procter and
  Gamble" is one company; a first name the article also writes alone is a company of
  its own ("Quinn ... Quinn and Hale Outfitters") (rule ``join:partners_name``);
- an ordinal written out and capitalised right before an organisation is its first word
  ("First National Bank of Tallow", "Second Harbour Trust"), not an adverb opening the
  sentence, which a comma would follow ("First, National Bank of Tallow ...") (rule
  ``join:ordinal_name``);
- two people's names written one after the other, no comma or conjunction between,
  are one person's ("Ines" + "Albuquerque", where the surname is also a city's name):
  two people are never named that way (rule ``join:split_person``);
- English: a shop or restaurant named after its owner in the possessive is one name
  ("Nonna Rosa's Kitchen agreed to buy ..."): a person's possessive opens the name
  when the words after it close the noun phrase (no noun follows) and the owner is no
  name the article writes alone; a place's or a company's possessive is its owner's
  ("South Korea's Hanbit Heavy Industries", "Meridian's Castle Foods unit") (rule
  ``join:owner_possessive``);
- English: the capitalised common nouns of a body's remit before "and" open its name
  ("the Insolvency and Bankruptcy Board of Tarrant", "members of Fish, Food and
  Allied Workers", a body's noun in the name): a company is not named by a common noun
  alone, so the words before "and" are no name of their own; not at the start of a
  sentence, where a capital tells nothing (rule ``join:remits``);
- English: a place's name closed by a company's legal form, right after a name and
  "of", is the end of that name: "Corran Mills of Canada Ltd sold ..." names one
  company, not "Corran Mills" and a company "Canada Ltd" (a place is no company; a
  legal form written before "of" closes the name there instead, "Tswelo Seed Co of
  South Africa", ``kg.entities.bounds``) (rule ``join:of_place_legal_form``);
- a body named by capitalised common nouns alone, then "de" / "del" / "de la" / "of" /
  "of the" and a body whose name a body's head or a common noun opens, is a unit of
  that body named by both: "la Unidad de Reclamaciones de la Federación de
  Transportistas de Olmedal" is one body, as "the Appeals Panel of the Grain Traders
  Federation" is: the unit's common nouns name nothing alone. Not a company's own board
  or meeting ("Junta General de Accionistas de X" names X, ``cue:body_owner``), not a
  person's office ("la Presidenta de Grupo Alcesa"), not a company's or a group's name
  after "de" (rule ``join:nested_body``);
- a capitalised plural common noun alone, "y" / "and", and a name that another common
  noun opens are one company named by its trades: "Maderas y Tableros Urquiza compró
  ...": a company is not named by a common noun alone, and common nouns are
  capitalised inside a sentence only in a name (``cue:coordinated_trades`` reads the
  same with "de" and a place after them). Not a body's head ("Bancos y Cajas Rurales"
  may be two), not a name of more words before "y" ("Grupo Alcesa y Lacas Roble" are
  two) (rule ``join:trade_nouns``);
- a number written between a capitalised word and an organisation is a word of its
  name ("Studio 54 Ventures"), and so is a station's frequency after its name ("Radio
  Cumbre 98.7"); a broadcaster's noun and its channel's number open a station's name
  with the capitalised words after them ("Canal 8 Oeste TV", "Channel 4 News"); not
  where the word before it or the words after it are a name of their own (a score,
  "Real Madrid 2 Atlético 1") (rule
  ``join:figure_inside``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.doc import token_texts
from kg.entities.context import Knowledge, _Cand
from kg.entities.words import (
    BODY_TAILS,
    CALENDAR_WORDS,
    CHANNEL_HEADS,
    HOLDING_HEADS,
    HONORIFICS,
    INTERNAL_BODIES,
    LEGAL_FORMS,
    MEMBER_BODIES,
    NAME_ORDINALS,
    OFFICE_TITLES,
    ORDINAL_BODY_WORDS,
    ORG_HEADS,
    ORG_TAILS,
    PERSON_ROLES,
    ROLE_TITLES,
    STATION_HEADS,
)

# Words that join two names in a coordination.
_AND = frozenset({"and", "y", "e"})
# Labels of names a coordination may join.
_NAMES = frozenset({"ORG", "PER", "LOC", "MISC"})


def joined_names(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """The chosen names, with the two halves of one name read as two joined again."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    out: list[_Cand] = []
    chosen = _stations(doc, chosen, taken)
    for c in chosen:
        if c.label == "ORG" and kn.lang == "en":
            c = _remits(kn, doc, c, taken)
        k = c.start - 1
        if k >= 0 and k not in taken and _ordinal_opened(doc, _Cand(k, c.start, "", 0), c):
            c = _Cand(k, c.end, c.label, c.priority, (*c.rules, "join:ordinal_name"))
        if c.label == "ORG" or (c.label == "MISC" and doc[c.start].text in STATION_HEADS):
            c = _figure_inside(kn, doc, c, taken)
        prev = out[-1] if out else None
        joined = _join_rule(kn, doc, prev, c, chosen) if prev is not None else None
        if prev is not None and joined is not None:
            rule, label = joined
            out[-1] = _Cand(prev.start, c.end, label, max(prev.priority, c.priority),
                            (*prev.rules, *c.rules, rule))
            continue
        out.append(c)
    return out


def _join_rule(kn: Knowledge, doc: Doc, a: _Cand, b: _Cand,
               chosen: list[_Cand]) -> tuple[str, str] | None:
    """Whether the names ``a`` and ``b`` are one name cut in two: the id of the rule
    that joins them and the label of the whole (a person's double surname joined by "y"
    stays a person's: "José Ortega y Gasset"), or None."""
    if _ordinal_opened(doc, a, b):
        return "join:ordinal_name", "ORG"
    if _split_person(kn, doc, a, b):
        return "join:split_person", "PER"
    if _owner_possessive(kn, doc, a, b):
        return "join:owner_possessive", "ORG"
    if _of_place_legal_form(kn, doc, a, b):
        return "join:of_place_legal_form", "ORG"
    if _nested_body(kn, doc, a, b):
        return "join:nested_body", "ORG"
    if b.start != a.end + 1 or doc[a.end].lower_ not in _AND \
            or a.label not in _NAMES or b.label not in _NAMES:
        return None
    if _trade_nouns(kn, doc, a, b):
        return "join:trade_nouns", "ORG"
    if _singular_subject(doc, a, b):
        return "join:singular_subject", "PER" if a.label == b.label == "PER" else "ORG"
    if _partners_name(kn, doc, a, b, chosen):
        return "join:partners_name", "ORG"
    return None


def _trade_nouns(kn: Knowledge, doc: Doc, a: _Cand, b: _Cand) -> bool:
    """ "Maderas" + "y" + "Tableros Urquiza": one plural common noun, then a name of two
    words at least that another common noun opens; neither a body's head nor a title."""
    if a.end - a.start != 1 or b.end - b.start < 2:
        return False
    first, second = doc[a.start].text, doc[b.start].text
    return first.endswith("s") and all(
        w[:1].isupper() and kn.is_common(w) and w not in ORG_HEADS and not _titled(w)
        for w in (first, second)) and \
        (a.start == 0 or not doc[a.start - 1].text[:1].isupper())


def _singular_subject(doc: Doc, a: _Cand, b: _Cand) -> bool:
    """Whether ``a`` and ``b`` coordinated are the subject of a singular verb that
    follows them: "Pinturas Garza y Montoya compró ...", "Quinn and Hale Outfitters has
    agreed ..."."""
    subject = next((t for t in doc[a.start:a.end] if t.dep_ in _SUBJECTS), None)
    if subject is None or subject.head.i < b.end:
        return False
    if not any(t.dep_ == "conj" and t.head.i == subject.i for t in doc[b.start:b.end]):
        return False
    return _singular(subject.head)


_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def _singular(verb: Token) -> bool:
    """Whether a verb, or the first auxiliary before it, is marked singular: Spanish
    "compró", "fue adquirida"; English "has agreed", "was bought", "buys" (an English
    past tense "agreed" tells no number)."""
    auxes = [t for t in verb.children if t.dep_ in ("aux", "aux:pass", "auxpass", "cop")
             and t.i < verb.i]
    first = auxes[0] if auxes else verb
    if first.tag_ == "VBZ" or first.lower_ == "was":
        return True
    if verb.lang_ != "es":
        return False
    return first.morph.get("Number", []) == ["Sing"] and \
        first.morph.get("Person", []) == ["3"]


def _partners_name(kn: Knowledge, doc: Doc, a: _Cand, b: _Cand, chosen: list[_Cand]) -> bool:
    """English: "Quinn and Hale Outfitters": a surname alone, "and", a surname and
    the common noun of a trade (the model may read the second a person, "Hale"); not
    where the article writes the first name alone or opening another name of its own
    (a company "Quinn" of its own)."""
    if kn.lang != "en" or a.end - a.start != 1 or b.end - b.start < 2 or \
            b.label not in ("ORG", "PER"):
        return False
    first, second = doc[a.start].text, doc[b.start].text
    if first not in kn.surnames or second not in kn.surnames or \
            not kn.is_common(doc[b.end - 1].text):
        return False
    texts = token_texts(doc)
    alone = any(text == first and (k + 1 == len(texts) or texts[k + 1].lower() not in _AND)
                for k, text in enumerate(texts))
    return not alone and not any(c is not a and doc[c.start].text == first and
                                 c.end - c.start > 1 for c in chosen)


def _remits(kn: Knowledge, doc: Doc, c: _Cand, taken: set[int]) -> _Cand:
    """The body ``c`` with the capitalised common nouns of its remit before "and" read
    into its name: "Insolvency and Bankruptcy Board of Tarrant"."""
    k = c.start - 1
    if k < 1 or doc[k].lower_ != "and" or not kn.is_common(doc[c.start].text) or \
            not any(t.text in _BODIES for t in doc[c.start:c.end]):
        return c
    start = c.start
    while k >= 1 and _remit_word(kn, doc, k - 1, taken):
        start = k - 1
        k -= 2 if k >= 3 and doc[k - 2].text == "," else 1
        if doc[k].text != ",":
            break
    if start == c.start or doc[start].is_sent_start:
        return c  # "Shares and Kestrel Mutual Bank fell": the capital is the sentence's
    return _Cand(start, c.end, c.label, c.priority, (*c.rules, "join:remits"))


def _remit_word(kn: Knowledge, doc: Doc, k: int, taken: set[int]) -> bool:
    """A capitalised common noun of no name, no word closing a sentence's opener."""
    tok = doc[k]
    return k not in taken and tok.is_alpha and tok.text[:1].isupper() and \
        tok.lower_ not in kn.stop_words and kn.is_common(tok.text)


# A public body's nouns, not a company's trade ("Bankruptcy Board", "Allied Workers";
# not "Mutual Bank", "Cable Systems").
_BODIES = (BODY_TAILS | ORG_HEADS | MEMBER_BODIES | {"Workers"}) - ORG_TAILS


def _split_person(kn: Knowledge, doc: Doc, a: _Cand, b: _Cand) -> bool:
    """ "Ines Albuquerque, consejera delegada de ...": a person's name and one word more
    read as a person, side by side in one sentence, are one person's; not a place the
    model took for a person before a full name ("dijo desde Toronto Catherine Boudreau")."""
    return a.label == b.label == "PER" and a.end == b.start and \
        a.end - a.start <= 2 and b.end - b.start == 1 and \
        bool(doc[a.end - 1].whitespace_) and not doc[b.start].is_sent_start and \
        doc[a.end - 1].is_alpha and doc[b.start].text not in kn.given_names and \
        not any(t.text in kn.places for t in doc[a.start:a.end])


def _owner_possessive(kn: Knowledge, doc: Doc, a: _Cand, b: _Cand) -> bool:
    """ "Nonna Rosa's Kitchen": a person's name of one or two words (read a person, or
    opened by a given name), its "'s", and a name closed
    by a common noun or a company's tail, which no noun follows; the owner's first word
    is written nowhere else in the article but before its "'s"."""
    if kn.lang != "en" or b.start != a.end + 1 or doc[a.end].lower_ not in _POSSESSIVE or \
            doc[a.end - 1].whitespace_ or a.end - a.start > 2 or b.label not in _NAMES:
        return False
    if (a.label != "PER" and doc[a.start].text not in kn.given_names) or \
            any(t.text in kn.places for t in doc[a.start:a.end]):
        return False  # "South Korea's Hanbit Heavy Industries", "Meridian's Castle Foods"
    last = doc[b.end - 1].text
    if not (kn.is_common(last) or last in ORG_TAILS):
        return False
    n = len(doc)
    if b.end < n and doc[b.end].pos_ in ("NOUN", "PROPN"):
        return False  # "Meridian's Castle Foods unit"
    owner = doc[a.start].text
    return not any(t.text == owner and t.i != a.start and
                   (t.i + 1 >= n or doc[t.i + 1].lower_ not in _POSSESSIVE) for t in doc)


_POSSESSIVE = frozenset({"'s", "’s"})


def _of_place_legal_form(kn: Knowledge, doc: Doc, a: _Cand, b: _Cand) -> bool:
    """ "Norvale Foods of Canada Inc": a name no legal form closes, "of", and a place's
    name closed by a legal form; the place's words alone name no company."""
    if kn.lang != "en" or b.start != a.end + 1 or doc[a.end].lower_ != "of" or \
            a.label not in _NAMES or b.label != "ORG" or b.end - b.start < 2:
        return False
    if doc[b.end - 1].text not in LEGAL_FORMS or doc[a.end - 1].text in LEGAL_FORMS or \
            not doc[a.start].text[:1].isupper():
        return False
    return doc[b.start:b.end - 1].text in kn.places


# What joins a unit's name to its body's: "de", "del", "de la" ...; "of", "of the".
_UNIT_OF = {"es": frozenset({("de",), ("del",), ("de", "la"), ("de", "los"), ("de", "las")}),
            "en": frozenset({("of",), ("of", "the")})}
# Small words inside a unit's descriptive name ("Comité de Competición", "Centro para
# la Innovación", "Board of Appeal").
_UNIT_SMALL = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "para", "por",
                         "contra", "of", "the", "and", "for", "on"})


def _nested_body(kn: Knowledge, doc: Doc, a: _Cand, b: _Cand) -> bool:
    """ "Unidad de Reclamaciones" + "de la" + "Federación de Transportistas": a name of
    capitalised common nouns only (two words at least, or one body's head), then a body
    opened by a body's head or a common noun."""
    gap = tuple(t.lower_ for t in doc[a.end:b.start])
    if gap not in _UNIT_OF.get(kn.lang, frozenset()) or a.label not in _NAMES or \
            b.label != "ORG":
        return False
    words = [t.text for t in doc[a.start:a.end]]
    if tuple(words) in INTERNAL_BODIES or not words[0][:1].isupper() or \
            words[0].lower() in _UNIT_SMALL or (len(words) == 1 and words[0] not in ORG_HEADS):
        return False
    if any(_titled(w) for w in words) or not all(
            w.lower() in _UNIT_SMALL or w in ORG_HEADS or kn.is_common(w) for w in words):
        return False  # "La Presidenta de Grupo Alcesa" is a person's office
    head = doc[b.start].text
    return (head in ORG_HEADS or kn.is_common(head)) and head not in HOLDING_HEADS and \
        doc[b.start:b.end].text not in kn.places and \
        doc[b.end - 1].text not in LEGAL_FORMS and doc[b.end - 1].text not in ORG_TAILS


def _titled(word: str) -> bool:
    """A person's title or role ("Presidenta", "Chairman", "Consejero")."""
    return word in OFFICE_TITLES or word in HONORIFICS or word.lower() in PERSON_ROLES or \
        word.lower() in ROLE_TITLES


def _ordinal_opened(doc: Doc, a: _Cand, b: _Cand) -> bool:
    """ "First National Bank of Tallow": a capitalised ordinal read as a name of its own
    right before an organisation whose words hold a body's head or a company's tail."""
    if a.end != b.start or a.end - a.start != 1 or b.label != "ORG":
        return False
    if doc[a.start].text not in NAME_ORDINALS or not doc[a.start].whitespace_:
        return False
    words = {t.text for t in doc[b.start:b.end]}
    return bool(words & (ORG_HEADS | ORG_TAILS | ORDINAL_BODY_WORDS))



# A number inside a name: a figure of one to three digits, not a year or an amount.
_FIGURE = re.compile(r"\d{1,3}")
# A station's frequency after its name ("Radio Cumbre 98.7").
_FREQUENCY = re.compile(r"\d{2,3}[.,]\d")


def _figure_inside(kn: Knowledge, doc: Doc, c: _Cand, taken: set[int]) -> _Cand:
    """The organisation ``c`` with a number inside its name read back into it: a
    capitalised word and a number before a name closed by a trade's word ("Studio 54
    Ventures"; not a trial's phase, "Phase 3 ASCEND"), no word of another name; or a
    station's frequency after its name. A number after a name opens no name ("Real
    Madrid 74 Adecco Estudiantes" is a score)."""
    n = len(doc)
    k = c.start - 1
    last = doc[c.end - 1].text
    if k >= 1 and _FIGURE.fullmatch(doc[k].text) and _free_word(doc, k - 1, taken) and \
            not last.isupper() and (last in ORG_TAILS or kn.is_common(last)) and \
            doc[k - 1].lower_ not in kn.stop_words and doc[k - 1].whitespace_:
        return _Cand(k - 1, c.end, c.label, c.priority, (*c.rules, "join:figure_inside"))
    e = c.end
    if e < n and doc[c.start].text in STATION_HEADS and _FREQUENCY.fullmatch(doc[e].text):
        return _Cand(c.start, e + 1, "ORG", c.priority, (*c.rules, "join:figure_inside"))
    return c


def _free_word(doc: Doc, k: int, taken: set[int]) -> bool:
    """A capitalised word of no other name, no month ("March 2024 Harlow Ventures"),
    not shouted (a headline's "CAMBIO 30 Industriales")."""
    tok = doc[k]
    return k not in taken and tok.is_alpha and tok.text[:1].isupper() and \
        not tok.text.isupper() and tok.text not in CALENDAR_WORDS


def _stations(doc: Doc, chosen: list[_Cand], taken: set[int]) -> list[_Cand]:
    """The chosen names and the stations named by a broadcaster's noun and a channel's
    number, with the capitalised words or the name after them: "Canal 8 Oeste TV",
    "Channel 4"; the names the model read at the noun alone ("Canal") or after the
    number ("Oeste TV") are replaced."""
    n = len(doc)
    found = []
    dropped: set[int] = set()
    texts = token_texts(doc)  # (read once per doc: a Token per word costs more)
    for k in range(n - 1):
        if texts[k] not in CHANNEL_HEADS or not _FIGURE.fullmatch(texts[k + 1]) or \
                (k + 1) in taken:
            continue
        alone = [c for c in chosen if c.start <= k < c.end]
        if alone and (alone[0].start != k or alone[0].end != k + 1):
            continue
        end = k + 2
        after = next((c for c in chosen if c.start == end and c.label != "PER"), None)
        if after is not None:
            end = after.end
            dropped.add(id(after))
        while end < n and end not in taken and doc[end].text[:1].isupper() and \
                doc[end].is_alpha:
            end += 1
        found.append((k, end, alone[0] if alone else None))
    if not found:
        return chosen
    dropped |= {id(c) for _, _, c in found if c is not None}
    new = [_Cand(s, e, "ORG", c.priority if c else 0, (*(c.rules if c else ()),
                                                      "join:figure_inside"))
           for s, e, c in found]
    for s, e, _ in found:
        taken.update(range(s, e))
    return sorted([*(c for c in chosen if id(c) not in dropped), *new], key=lambda c: c.start)
