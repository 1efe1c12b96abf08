"""Reading names off the tokens: capitalised runs, where a name starts and ends, lists
of names, and the small tests the rules share (acronyms, sentence openers)."""

from __future__ import annotations

import re
import unicodedata

from spacy.lexeme import Lexeme
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.doc import doc_lang, token_flags, token_lemmas, token_lowers, token_texts
from kg.entities.context import _P_CONTEXT, Knowledge, _Cand
from kg.entities.gazetteer import currency_codes
from kg.entities.words import (
    CONNECTORS,
    DEAL_VERBS,
    DESCRIPTORS,
    FALSE_NAMES,
    FUNDING_WORDS,
    HEADLINE_VERBS,
    HOUSE_TRADES,
    INTERNAL_BODIES_BY_LAST,
    NAME_ARTICLES,
    NAME_PARTICLES,
    NON_NAMES,
    OPENING_PARTICLES,
    ORDINAL_MARKERS,
    ROMANCE_OPENING_PARTICLES,
)
from kg.iri import fold


def _is_cap(tok: Token | Lexeme) -> bool:
    """A token that can be part of a name: capitalised, camel case like "eBay", or a
    figure written together with a capitalised word ("4Sight", "3Puntos", "7Mares"), as
    brands spell a number into their name; not a unit ("10Mbps", "5GHz")."""
    text = tok.text
    if not text or tok.is_punct or tok.is_space:
        return False
    if text[0].isupper():
        return True
    if text[0].isdigit():
        m = _FIGURE_NAME.fullmatch(text)
        return m is not None and m.group(1).lower() not in _UNITS_AFTER_FIGURES
    return text[0].isalpha() and any(c.isupper() for c in text[1:])


# A figure and a capitalised word of three letters or more in one token ("4Sight").
_FIGURE_NAME = re.compile(r"\d{1,3}([A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,}[A-Za-záéíóúñü]*)")
# Units written against their figure whose symbol is a capital and small letters.
_UNITS_AFTER_FIGURES = frozenset({
    "mbps", "gbps", "kbps", "tbps", "mhz", "ghz", "khz", "thz", "kwh", "mwh", "gwh", "twh",
    "mins", "hrs", "kms", "mts", "mio", "mrd", "mill", "mln", "bln",
})


# Every token's text, lower case and lemma, read once per doc from the word types
# (kg.doc): shared by every caller for the same doc, never change them.
_texts = token_texts
_lowers = token_lowers
_lemmas = token_lemmas


# Marks that end one field of a page's line and open the next ("LIBROS | CRÍTICA",
# "© Diario del Sur · Escríbanos: ...", "Por Ana Ruiz | Redacción").
FIELD_SEPARATORS = frozenset({"|", "·", "•"})
# ... and the bracket that closes a transcript's stage direction ("[Aplausos] Vendimos").
_FIELD_ENDS = FIELD_SEPARATORS | {"]"}


def _symbol(text: str) -> bool:
    """A pictograph or a sign that opens a line before its words ("📲 Recibe ...",
    "► Lea también"): no letter, digit or punctuation of prose in it."""
    return bool(text) and all(
        ord(ch) > 127 and unicodedata.category(ch) in ("So", "Sm") for ch in text)


def an_initial(text: str) -> bool:
    """A capital letter alone or with its full stop: "D.", "A", "J.M."; a name of such
    letters alone signs a photo or a note ("/ D. A."), and is no one's name."""
    letters = text.replace(".", "")
    return 0 < len(letters) <= 2 and letters.isupper() and len(text) <= 2 * len(letters)


def opens_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a sentence or a line (a headline)."""
    return i == 0 or doc[i].is_sent_start or "\n" in token_texts(doc)[i - 1]


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the first word of its sentence (after a line break too,
    after a dateline's dash: "MONTERREY - El Gobierno ...", "(Reuters) - The", after a
    field's mark and after the symbols that open a line: "📲 Recibe las noticias"; after
    a Latin American dateline's stop and dash written as one word: "LIMA.- Equipo de")."""
    # (from the doc's lists and flags, no Token per word)
    starts, texts = token_flags(doc, "sent_start"), token_texts(doc)
    if starts[i]:
        return True
    if i > 0 and token_flags(doc, "space")[i - 1] and (
            i == 1 or starts[i - 1] or "\n" in texts[i - 1]):
        return True
    if i > 0 and not texts[i].isspace() and (texts[i - 1] in _FIELD_ENDS or (
            _symbol(texts[i - 1]) and _opens_sentence(doc, i - 1))):
        return True
    if i > 0 and len(texts[i - 1]) > 3 and texts[i - 1].endswith(".-") and \
            texts[i - 1][:-2].isupper():
        return True
    return i > 1 and texts[i - 1] in ("-", "–", "—") and (
        texts[i - 2] == ")" or (token_flags(doc, "alpha")[i - 2] and
                                token_flags(doc, "upper")[i - 2] and len(texts[i - 2]) > 1))


def opens_clause(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a sentence, or what a label's colon introduces: a
    headline or a clause, whose first word is capitalised as a sentence's is ("Lea
    también: El Consejo Regulador ...", "Update: The Harbour Authority ...")."""
    return _opens_sentence(doc, i) or (i > 0 and doc[i - 1].text == ":")


def _sentence_initial_false(
    doc: Doc, i: int, stop_words: frozenset[str], false_names: frozenset[str] = FALSE_NAMES
) -> bool:
    """A word that looks like a name only because it opens a sentence or a question
    (``false_names``: the function words of the article's language, or of both)."""
    tok = doc[i]
    low = tok.lower_
    if low in false_names or (
            low in ORDINAL_MARKERS and i + 1 < len(doc) and doc[i + 1].text == ","):
        return True  # "Fourth, the Fund has signed": the point a statement numbers
    first = tok.is_sent_start or (i > 0 and doc[i - 1].text in ("¿", "¡", "\"", "“", "«", "-"))
    if not first:
        return False
    if low in stop_words:
        return True
    if tok.text in NAME_ARTICLES:
        return False  # "Nga Awa Holdings will hold", which the tagger reads "Nga/IN"
    return tok.pos_ in ("ADV", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "AUX", "VERB", "INTJ")


def _quotation_initial_false(
    doc: Doc, i: int, stop_words: frozenset[str], false_names: frozenset[str]
) -> bool:
    """A deal verb capitalised because it opens a quotation inside its sentence, which
    the parser does not split there: "'Buying Kilbride Software has doubled our team,'
    said ..." opens with the gerund, not with a name "Buying Kilbride Software" (other
    verbs open names: "Rising Sun Holdings")."""
    return i > 0 and doc[i - 1].text in ("\"", "“") and not doc[i].is_sent_start and \
        _sentence_initial_false(doc, i, stop_words, false_names) and \
        doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in DEAL_VERBS


def _run_start(
    doc: Doc, j: int, caps: list[bool], stop_words: frozenset[str],
    false_names: frozenset[str] = FALSE_NAMES,
) -> int:
    """First token of the capitalised run ending at ``j``."""
    s = j
    while s > 0 and not doc[s].is_sent_start:
        prev = doc[s - 1]
        if caps[s - 1] and not prev.is_sent_start and \
                not _quotation_initial_false(doc, s - 1, stop_words, false_names):
            s -= 1
        elif caps[s - 1] and prev.is_sent_start and \
                not _sentence_initial_false(doc, s - 1, stop_words, false_names) and \
                prev.lower_ not in DESCRIPTORS and prev.lower_ not in HEADLINE_VERBS:
            s -= 1
        elif prev.text == "&" and s > 1 and caps[s - 2]:
            s -= 1
        else:
            break
    while s < j and (doc[s].lower_ in false_names or doc[s].lower_ in CONNECTORS) and \
            not _opening_particle(doc, s):
        s += 1
    return s


def _opening_particle(doc: Doc, s: int) -> bool:
    """Whether the capitalised particle at ``s`` opens a family's name, and the
    company's named after it, rather than the prose: "Van" of "rival Van Dorsten
    Chemie", "De" of English "bought De Lorenzi Vetri" (rule ``runs:opening_particle``)."""
    text = doc[s].text
    return text in OPENING_PARTICLES or (
        text in ROMANCE_OPENING_PARTICLES and not doc[s].is_sent_start
        and doc_lang(doc) == "en")


def _run_end(doc: Doc, k: int, caps: list[bool], allow_connector_first: bool = False) -> int:
    """End (exclusive) of the capitalised run starting at ``k``; connectors inside."""
    n = len(doc)
    e = k
    while e < n:
        if caps[e] and (e == k or not doc[e].is_sent_start):
            e += 1
            continue
        # "de", "del", "de la", "of the", "&" between capitalised words.
        c = e
        while c < n and c - e < 2 and (doc[c].lower_ in CONNECTORS and (
            doc[c].is_lower or doc[c].text == "&"
        ) or _foreign_and(doc, c)):
            c += 1
        if c > e and c < n and caps[c] and (e > k or allow_connector_first) and \
                doc[c].text not in NON_NAMES and doc[c].text not in currency_codes() \
                and "$" not in doc[c].text and not _PREFIXED_SUM.match(doc[c].text):
            e = c  # not "Corlan Mills for AUD 300 million", "Norvex Corp. for US$90 million"
            # nor "... Partners for NZ$640 million", "... Foods for SR120 million"
            continue
        break
    return e


# A sum written with its currency's letters glued to the figure ("SR120", "D450",
# "Rs500", "N310"): no word of a name, whatever the letters mean.
_PREFIXED_SUM = re.compile(r"[A-Z][A-Za-z.]{0,3}\d")


def _foreign_and(doc: Doc, c: int) -> bool:
    """A Portuguese, Italian or Catalan "and" inside a name: Spanish writes "e" only
    before an /i/ sound ("Telefónica e Iberdrola" are two) and never "i", so "Sonae
    Indústria e Serviços" and "Ferrocarrils i Transports" are one name each."""
    text = doc[c].text
    if text not in ("e", "i") or c == 0 or c + 1 >= len(doc):
        return False
    nxt = doc[c + 1].text
    return nxt[:1].isupper() and doc[c - 1].text[:1].isupper() and not (
        text == "e" and nxt.lower().startswith(("i", "í", "hi", "hí", "y")))


def _person_end(doc: Doc, k: int, caps: list[bool]) -> int:
    """End (exclusive) of a person's name starting at ``k``: up to four capitalised
    words, with one or two particles such as "de", "van der" or "de la" inside."""
    n = len(doc)
    texts, lowers, starts = _texts(doc), _lowers(doc), token_flags(doc, "sent_start")
    e = k
    while e < n and e - k < 5:
        if caps[e] and texts[e] not in NON_NAMES and (e == k or not starts[e]):
            e += 1
            e += 2 if _syllable_hyphen(doc, e) or _double_barrel(doc, e, caps) else 0
            continue
        j = e
        while e > k and j < n and j - e < 2 and lowers[j] in NAME_PARTICLES and \
                doc[j].is_lower and not _contraction(doc, j):
            j += 1
        if j == e or j >= n or not caps[j]:
            break
        e = j
    return e


def _double_barrel(doc: Doc, e: int, caps: list[bool]) -> bool:
    """A hyphen joining two capitalised surnames with no space ("Owusu-Brent",
    "Mensah-Bonsu"): one double-barrelled surname, as English and Ghanaian names write
    it and the English tokenizer splits it."""
    return e + 1 < len(doc) and _texts(doc)[e] == "-" and not doc[e - 1].whitespace_ and \
        not doc[e].whitespace_ and caps[e + 1] and doc[e + 1].is_alpha and \
        doc[e - 1].is_alpha and doc[e + 1].text not in NON_NAMES


def _syllable_hyphen(doc: Doc, e: int) -> bool:
    """A hyphen and a lower-case syllable that go on with the name before them, as
    Korean given names are written and the English tokenizer splits them ("Park
    Ji-hoon", "Lee Min-seo", "Kim Jong-un"); not "Seoul-based", "Ford-owned"."""
    if not (e + 1 < len(doc) and _texts(doc)[e] == "-" and not doc[e - 1].whitespace_
            and not doc[e].whitespace_ and len(doc[e - 1].text) <= 5):
        return False
    syllable = doc[e + 1].text
    return syllable.isalpha() and syllable.islower() and len(syllable) <= 5 and \
        not syllable.endswith("ed") and syllable not in _HYPHEN_WORDS


# Lower-case words written after a name and a hyphen that are no syllable of a name.
_HYPHEN_WORDS = frozenset({"born", "based", "style", "wide", "like", "made", "run", "era",
                           "free", "only", "led", "rich", "heavy", "bound", "range"})


def _contraction(doc: Doc, j: int) -> bool:
    """Spanish "al" is "a el", not the Arabic article, unless "bin", "ibn" or "ben"
    stands before it: "traspasó a Iñaki Soto al Racing" ends the name at "Soto"."""
    return doc_lang(doc) == "es" and doc[j].lower_ == "al" and \
        not (j > 0 and doc[j - 1].lower_ in ("bin", "ibn", "ben", "bint", "abu"))


def _list_of_names(doc: Doc, k: int, caps: list[bool]) -> list[_Cand]:
    """The names of a list starting at ``k``: "Lightspeed, Andreessen Horowitz and Nvidia"."""
    out: list[_Cand] = []
    n = len(doc)
    while k < n and caps[k] and doc[k].text not in NON_NAMES:
        e = _run_end(doc, k, caps)
        out.append(_Cand(k, e, "ORG", _P_CONTEXT))
        if e + 1 < n and doc[e].lower_ in (",", "y", "and", "e", "&") and caps[e + 1]:
            k = e + 1
        elif e + 2 < n and doc[e].text == "," and doc[e + 1].lower_ in ("y", "and") and \
                caps[e + 2]:
            k = e + 2
        else:
            break
    return out


def _strip_bodies(doc: Doc, s: int, e: int) -> int:
    """End of a name without a trailing company body ("Chevron Board of Directors")."""
    texts = _texts(doc)
    if e <= s:
        return e
    # (only the bodies that end in the name's last word can end it)
    for body in INTERNAL_BODIES_BY_LAST.get(texts[e - 1], ()):
        k = len(body)
        if e - s > k and tuple(texts[e - k:e]) == body:
            e -= k
            while e > s and (doc[e - 1].lower_ in ("'s", "’s") or doc[e - 1].is_punct):
                e -= 1
            return e
        if e - s == k and tuple(texts[s:e]) == body:
            return s
    return e


def _cand_at(cands: list[_Cand], i: int) -> _Cand | None:
    for c in cands:
        if c.start <= i < c.end:
            return c
    return None


def _label_at(cands: list[_Cand], start: int, end: int) -> str | None:
    for c in cands:
        if c.start < end and start < c.end:
            return c.label
    return None


def _ent_start(cands: list[_Cand], last: int) -> int | None:
    for c in cands:
        if c.start <= last < c.end and c.end == last + 1:
            return c.start
    return None


def _breaks_name(tok: Token) -> bool:
    """A token no name runs across: a line break, a bracket, a dash, a number
    ("Norwich 1 Wolverhampton 0" is two names)."""
    text = tok.text
    return (
        tok.is_space or "\n" in text or text in _BREAKS
        or (any(c.isdigit() for c in text) and not any(c.isalpha() for c in text))
        or (tok.like_num and any(c.isdigit() for c in text))
    )


def _shouting(sent: SpacySpan) -> bool:
    """A headline in capitals: most words of two letters or more are upper case."""
    texts, alpha = token_texts(sent.doc), token_flags(sent.doc, "alpha")  # (no Token each)
    words = [texts[k] for k in range(sent.start, sent.end) if alpha[k] and len(texts[k]) > 1]
    return len(words) >= 3 and sum(w.isupper() for w in words) >= 0.7 * len(words)


def _shouted_word(kn: Knowledge, text: str) -> bool:
    """A word in capitals that is a common word of the language: a noun, adjective,
    verb form or function word ("JUZGADOS", "PRESENTARA", "MAS"), not a name."""
    if not (len(text) > 1 and text.isalpha() and text.isupper()):
        return False
    low = text.lower()
    if len(text) == 2:
        return low in kn.stop_words  # "SE", "EN", "DE"; not "UE", "PP"
    return text.title() not in kn.places and (
        low in kn.stop_words or kn.is_common(low) or kn.is_verb_form(low)
    )


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2 \
        and letters[0].isupper()


# Lower-case joiners whose initial an acronym may keep ("Petróleos de Venezuela" →
# "PDV", "Petrolera del Sur" → "PDS").
_LETTERED_JOINERS = frozenset({"de", "del", "of", "y"})


def _initials_fit(acronym: str, long_form: str, strict: bool = False) -> bool:
    """Whether an acronym can abbreviate a long form (letters are initials, in order).

    >>> _initials_fit("SEPI", "Sociedad Estatal de Participaciones Industriales")
    True
    """
    letters = [c for c in acronym.upper() if c.isalpha()]
    words = [w for w in long_form.replace("-", " ").split() if w[:1].isalpha()]
    initials = [w[0].upper() for w in words if w[0].isupper()]
    if not letters or not initials or letters[0] != initials[0]:
        return False
    if strict:
        return letters == initials
    # Every letter of the acronym is the initial of a later capitalised word, in order,
    # or a further letter of the previous word ("CriteriaCaixa" → "CC" is not asked);
    # a preposition or "y" between them may give its letter too ("Petrolera del Sur (PDS)",
    # "Bolsas y Mercados Argentinos (BYMA)").
    initials = [w[0].upper() for w in words if w[0].isupper() or w in _LETTERED_JOINERS]
    pos = 0
    for letter in letters:
        while pos < len(initials) and initials[pos] != letter:
            pos += 1
        if pos == len(initials):
            return False
        pos += 1
    return True


def capitalised_words(long_form: str) -> list[str]:
    """The folded capitalised words of a name, its hyphens read as spaces."""
    return [fold(w) for w in long_form.replace("-", " ").split() if w[:1].isupper()]


def syllables_fit(short: str, long_form: str) -> bool:
    """Whether ``short`` is a syllabic acronym of ``long_form``: the opening letters of
    each of its capitalised words in turn, one to four of each, every one of them
    giving some, joiners none ("Cofece", Comisión Federal de Competencia Económica;
    "DINACO", Distribuidora Nacional de Combustibles; "Pemex", Petróleos Mexicanos).
    Four letters at least, and some word giving more than its initial: plain initials
    are ``_initials_fit``'s. Stricter than ``cues._syllabic_acronym`` (which may leave
    words out), as nothing but the spelling joins the two names.

    >>> syllables_fit("ENACOM", "Ente Nacional de Comunicaciones")
    True
    """
    letters = fold(short).replace(" ", "")
    words = capitalised_words(long_form)
    if len(letters) < 4 or not letters.isalpha() or len(words) < 2 or len(letters) == len(words):
        return False

    def fits(at: int, k: int) -> bool:
        if k == len(words):
            return at == len(letters)
        return any(
            letters.startswith(words[k][:n], at) and fits(at + n, k + 1)
            for n in range(1, min(4, len(words[k])) + 1)
        )

    return fits(0, 0)


def _funding_sentence(doc: Doc, i: int) -> bool:
    """Whether the sentence around token ``i`` speaks of raising money (so that
    "Serie B" is a round, not a football league)."""
    sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
    return any(t.lemma_.lower() in FUNDING_WORDS or t.lower_ in FUNDING_WORDS
               for t in sent)


# A dateline's last word in capitals with its full stop and dash written on, which the
# Spanish tokenizer keeps as one token ("BOGOTÁ.-", "JOSÉ.–").
GLUED_DATELINE = re.compile(r"([^\W\d_]{2,})\.[-–—]")


def glued_dateline(text: str) -> str | None:
    """The place word of a token such as "LIMA.-" (in capitals), else None."""
    m = GLUED_DATELINE.fullmatch(text)
    return m.group(1) if m and m.group(1).isupper() else None


_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(/\d{2,4})?")


_BREAKS = frozenset({
    "(", ")", "[", "]", ":", ";", "|", "·", "•", "-", "–", "—", "/", "\"", "“", "”"})


_LIST_SEPARATORS = frozenset({",", ";", "-", "(", ")", "&"})



def _name_start(
    doc: Doc, model: list[_Cand], last: int, caps: list[bool], stop_words: frozenset[str]
) -> int:
    """First token of the name ending at ``last``: the model's entity, or the
    capitalised run."""
    start = _ent_start(model, last)
    return _run_start(doc, last, caps, stop_words) if start is None else start


# Descriptors that may stand before a person too ("su rival Nadal").
PERSON_DESCRIPTORS = frozenset({"rival", "competidora", "peer", "gigante", "giant"})
_DETERMINERS = frozenset({"el", "la", "los", "las", "un", "una", "del", "al"})


def classifier_before(kn: Knowledge, doc: Doc, i: int) -> bool:
    """Spanish: a classifying noun between a determiner and the name at ``i``, with its
    adjectives and a "de" complement of sector nouns, says the name is a company's:
    "el fondo soberano X", "la gestora X", "el grupo de defensa X", "la plataforma de
    domicilios X", "la almazara jienense X" (not "su rival X": a person has rivals)."""
    if kn.lang != "es":
        return False
    k, noun_pending = i - 1, False
    while k > 0 and i - k <= 4 and doc[k].is_lower and doc[k].is_alpha and \
            doc[k].lower_ not in DESCRIPTORS and not trade_house(doc, k):
        if doc[k].lower_ == "de" and noun_pending:
            noun_pending = False
        elif doc[k].pos_ == "NOUN":
            noun_pending = True  # a sector noun, which only a "de" may introduce
        elif doc[k].pos_ != "ADJ":
            return False
        k -= 1
    return not noun_pending and k >= 1 and doc[k].is_lower and (
        doc[k].lower_ in DESCRIPTORS or trade_house(doc, k)) and \
        doc[k].lower_ not in PERSON_DESCRIPTORS and doc[k - 1].lower_ in _DETERMINERS


def trade_house(doc: Doc, i: int) -> bool:
    """Spanish: "casa de" and a trade (``HOUSE_TRADES``) is a kind of firm, a classifier
    as "empresa" is: "la casa de subastas X", "una casa de cambio X"; "la casa de X" is
    X's home."""
    return doc[i].text == "casa" and i + 2 < len(doc) and doc[i + 1].lower_ == "de" and \
        doc[i + 2].text in HOUSE_TRADES


def people_adjective(doc: Doc, k: int, e: int) -> bool:
    """Whether the one capitalised word at ``k`` is an adjective of the common noun
    right after it ("buys Tuscan winery", "acquired Bavarian brewer"), read as one by
    the tagger or the parser: the noun is what is bought, the word no company's name."""
    return e == k + 1 and e < len(doc) and (
        doc[k].pos_ == "ADJ" or (doc[k].dep_ == "amod" and doc[k].head.i == e)
    ) and doc[e].pos_ == "NOUN" and doc[e].is_lower
