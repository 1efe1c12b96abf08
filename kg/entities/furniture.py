"""Page furniture: what a web page carries around a news story once its text is
extracted: share bars, follow and newsletter prompts, "Lea también:" and "Related:"
links, credits, tag lists, exchange tickers, and a byline's name run into its agency.

None of it is the story. The rules here never add a name the story does not give;
they drop or trim the candidates that furniture makes look like names:

- ``furniture:label`` — a furniture label is no name ("Lea", "Redacción",
  "Copyright The Ledger Group" → "The Ledger Group"), nor a newsroom's label after
  another ("Publicado por: Redacción Negocios"), and a segment headed by a share,
  follow, newsletter or cookie label names nothing ("Compartir en Facebook");
- ``furniture:opening_word`` — after a label or a list bullet, the first word is
  capitalised as a sentence's first word is: a common noun or a verb there is no name
  ("Lea también: Exportaciones de salmón caen", "- Cobre sube");
- ``furniture:tag`` — a tag list names topics; a tag is a mention only of a name the
  story gives ("Temas: Banca, Fusiones, Arvena");
- ``furniture:ticker`` — the symbol of "(NYSE: ABC)", "(TSX:XYZ)" is no organisation
  of its own: it is a name only as the alias the ticker cue gives it of the company
  written before it (``kg.entities.cues.ticker``); the exchange is an organisation;
- ``furniture:byline_agency`` — "By JOSH LARKIN Associated Press": the reporter, then
  the agency he writes for;
- ``furniture:title_case`` — a headline in Title Case capitalises every word, so its
  capitals say nothing: a name read there that the story never writes is cut to the
  part the story writes ("German Robotics Group Feldmann" → "Feldmann"), or dropped
  when it describes a company in common words ("Private Equity Firm Buys 25% Holding");
- ``furniture:editors_note`` — a line that is an editor's note in square brackets and
  capitals ("[END OF EXCERPT]") names nothing, nor does a wiki's section heading, its
  edit link at its end ("1 Historia [editar]"), nor the table of contents listing them
  ("Índice: 1 Historia · 2 Accionariado", a tag list);
- ``furniture:rubric`` — a section's rubric in capitals and common words, a heading
  line ("WEEK IN DEALS") or a kicker before a story's dash ("ENERGY — Mirage Solar
  signed"), names nothing: it is a label; so does a numbered label, a common word in
  capitals before the number it heads ("LOT 41", "PANEL 3 · 1929"), a catalogue's
  lot or an exhibition's panel;
- ``furniture:speaker_tag`` — a transcript's speaker tag opening a line, a role in
  capitals before its colon, perhaps with the speaker's name in brackets ("CHAIR:",
  "ACCIONISTA (Sr. Galán):"), names nobody: it is a label (the name in brackets is
  read); a heading joined by a possessive ("CHAIRMAN'S STATEMENT") is a rubric;
- ``furniture:handle`` — a commenter's handle, letters run into digits or an
  underscore ("MarkyB_77", "Luisa_R"), is no person's name;
- ``furniture:byline_role`` — what a byline writes after its reporter's name and a
  comma, dash or bar is the reporter's job in the newsroom ("By Tom Hadley and Erin
  Vasquez, Staff Writers", "Por Marcos Ybarra - Periodista de economía"), and after
  any person's name and a comma, letters alone that the lexicon lists as post-nominal
  ("Sanjay Mehrotra, CFA") are his degree: neither is a name;
- ``furniture:dateline_region`` — the province, state or country a dateline writes
  after its city ("HALIFAX, Nova Scotia (Reuters) -") is a place, no organisation nor
  person (``kg.origin.dateline_region``);
- ``furniture:dateline_article`` — the article opening the story after a dateline's
  dash is the sentence's first word, not part of a name ("Medellín, Colombia — La
  Constructora Guayacán" → "Constructora Guayacán").

The word lists are ``lexicon/furniture.toml``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from kg.doc import doc_text, span_text, token_flags
from kg.entities.context import _P_GAZ, _P_LEGAL, Knowledge, _Cand
from kg.entities.institutions import is_city
from kg.entities.runs import FIELD_SEPARATORS, _lowers, _texts
from kg.entities.words import APPOSITION_ROLES, DESCRIPTORS, FOLDED_TAILS, POST_NOMINALS
from kg.iri import fold
from kg.lexicon import NEWS_AGENCIES, Lexicon
from kg.origin import dateline_region
from kg.resources import data_dir

_LEXICON = Lexicon(data_dir("lexicon") / "furniture.toml")
_WHOLE = _LEXICON.words("whole_labels")
# Whole labels that are also the opening of a sentence ("Like this: ..." but "Like this
# year's sale, ..."): furniture only before their colon or alone.
_WHOLE_COLON = _LEXICON.words("whole_labels_colon")
_HEAD = _LEXICON.words("head_labels") | _LEXICON.words("wire_slugs")
_TAGS = _LEXICON.words("tag_labels") | _LEXICON.words("tag_labels_contents")
_CASE_LABELS = _LEXICON.words("case_labels")
_EDIT_LINKS = _LEXICON.words("edit_links")
_SHARE = _LEXICON.words("share_words")
_LINKS = _LEXICON.words("link_labels")
_SPEAKERS = _LEXICON.words("speaker_roles") | APPOSITION_ROLES
_NEWSROOM = _LEXICON.words("newsroom_roles")
_BYLINE_OPENERS = _LEXICON.words("byline_openers")
# What parts a byline's name from the job written after it.
_ROLE_SEPARATORS = frozenset({",", "-", "–", "—", "|", "/"})
# The longest label has four words.
_LABEL_WORDS = 4
# What may follow a label: its colon, a separator, a dash, a bracket.
_AFTER_LABEL = frozenset({":", "|", "·", "•", "-", "–", "—", "(", ">", "»", "/"})
# What opens a list item: "- Cobre sube", "• Tipo de cambio".
_BULLETS = frozenset({"-", "–", "—", "•", "·", "*", "›", "»", "+"})
# Words after which a one-word share or follow label goes on: "Compartir en Facebook",
# "Follow us", "Suscríbete a nuestro boletín", "Sign up for our newsletter".
_LABEL_GOES_ON = frozenset({
    "on", "en", "this", "us", "our", "to", "for", "the", "a", "al", "nuestro", "nuestra",
    "nuestros", "nuestras", "para", "por", "gratis", "now", "ahora",
})
# One-word labels that need no colon before what they head.
_RUN_ON = frozenset({"copyright", "©", "redacción", "newsroom"})
# A commenter's or poster's handle: a name run into digits or an underscore
# ("MarkyB_77", "Luisa_R", "tallguy88"), as no person's name is written.
_HANDLE = re.compile(r"_|[^\W\d_]\d|\d[^\W\d_]")
_TICKER = re.compile(
    r"\(\s*[A-Z]{2,8}(?:[.\-][A-Z]{1,3})?\s*:\s*(?P<symbol>[A-Z0-9][A-Z0-9.\-]{0,9})\s*\)"
)  # "(NYSE: ABC)", "(TSX-V: XYZ)", "(TSX.V:XYZ)"


@dataclass
class _Page:
    """Tokens of the page's furniture, read once per article."""

    label: set[int]  # tokens of a label, or of a segment that is furniture whole
    opening: set[int]  # first word after a label or a bullet
    tag: set[int]  # tokens of a tag list's items
    ticker: set[int]  # the symbol of an "(EXCHANGE: TICKER)" bracket
    title_case: set[int]  # tokens of a line written in Title Case
    after_dash: set[int]  # first word after a dateline's dash


def _segments(doc: Doc) -> Iterator[tuple[int, int, bool]]:
    """Every segment of every line as (start, end, first segment of its line), blank
    tokens left out at both ends."""
    texts = _texts(doc)
    n = len(doc)
    line_start = 0
    for end in [*(i for i, t in enumerate(texts) if "\n" in t), n]:
        start, first = line_start, True
        for k in [*(k for k in range(line_start, end) if texts[k] in FIELD_SEPARATORS), end]:
            s, e = start, k
            while s < e and doc[s].is_space:
                s += 1
            while e > s and doc[e - 1].is_space:
                e -= 1
            if s < e:
                yield s, e, first
            start, first = k + 1, False
        line_start = end + 1


def _label_at(
    texts: list[str], s: int, e: int, labels: frozenset[str], strict: bool = False
) -> int:
    """The end of the longest label of ``labels`` opening tokens ``s:e`` and followed by
    what may follow a label (or by nothing), or ``s`` when there is none. A label of
    two words or more, or a copyright's, may run straight into what it heads ("Con
    información de Bloomberg", "© Agence France-Presse")."""
    for size in range(min(_LABEL_WORDS, e - s), 0, -1):
        words = " ".join(texts[s:s + size]).lower()
        if strict:
            if words in labels and (s + size == e or texts[s + size] in (":", "|")):
                return s + size
            continue
        if words in labels and (s + size == e or texts[s + size] in _AFTER_LABEL
                                or size > 1 or words in _RUN_ON):
            return s + size
        if words in labels and s + size < e and texts[s + size].isdigit() and \
                (s + size + 1 == e or texts[s + size + 1] in _AFTER_LABEL):
            # a wire's numbered slug: "UPDATE 2-Acme agrees ..."; a slide's number,
            # alone on its line or before its title ("Slide 6", "Slide 4: Growth")
            return s + size + 1
    return s


def _whole_label(texts: list[str], s: int, e: int) -> bool:
    """Whether a segment is furniture as a whole: it opens with a share, follow,
    newsletter or cookie label, alone, followed by its colon, or by the words that
    such a label goes on with ("Compartir en Facebook", "Follow the topics")."""
    for size in range(min(_LABEL_WORDS, e - s), 0, -1):
        words = " ".join(texts[s:s + size]).lower()
        nxt = texts[s + size] if s + size < e else ""
        if words in _WHOLE_COLON and nxt in ("", ":"):
            return True
        if words not in _WHOLE:
            continue
        return not nxt or nxt in _AFTER_LABEL or size > 1 or nxt.lower() in _LABEL_GOES_ON
    return False


def _editors_note(texts: list[str], s: int, e: int) -> bool:
    """A line that is an editor's note in square brackets and capitals ("[END OF
    EXCERPT]", "[ENDS]", "[PHOTO]"): a mark on the page, no name."""
    if not (e - s >= 3 and texts[s] == "[" and texts[e - 1] == "]"):
        return False  # (before reading the words: asked of the first line of every paragraph)
    words = [t for t in texts[s + 1:e - 1] if any(c.isalpha() for c in t)]
    return bool(words) and all(w.isupper() for w in words)


def _wiki_heading(texts: list[str], s: int, e: int) -> bool:
    """A line that is a wiki's section heading, its edit link in square brackets at its
    end ("1 Historia [editar]", "Ownership [edit]"): a label, no name."""
    if not (e - s >= 4 and texts[e - 1] == "]"):
        return False
    opening = next((k for k in range(e - 2, s, -1) if texts[k] == "["), None)
    return opening is not None and " ".join(texts[opening + 1:e - 1]).lower() in _EDIT_LINKS


def _share_bar(doc: Doc, s: int, e: int, after_share: bool = False) -> bool:
    """A line of share buttons alone: "Share  Facebook  X  WhatsApp  Email"; or, right
    below a share label or another such line, a line of the buttons' words without the
    label ("Share this article:" / "Facebook Twitter WhatsApp", "Compartir" /
    "Facebook" / "Twitter")."""
    if not after_share and not any(w in _SHARE_WORDS for w in _lowers_of(doc)[s:e]):
        return False  # (the test below, without a Token per word of every line)
    words = [t.lower_ for t in doc[s:e] if not t.is_space and not t.is_punct]
    return (len(words) >= 2 or after_share) and bool(words) and \
        all(w in _SHARE for w in words) and \
        (after_share or any(w in ("share", "compartir", "comparte") for w in words))


def _title_case(kn: Knowledge, doc: Doc, s: int, e: int) -> bool:
    """A line in Title Case, as English headlines are written: four words or more,
    every word but the short function words capitalised, not all in capitals, and two
    of them or more common words or verbs ("Kerrow Capital Takes Stake in German
    Robotics Group Feldmann"). Spanish headlines capitalise their first word only."""
    texts = _texts(doc)  # (the words and their flags from the doc's lists, no Token each)
    if kn.lang != "en" or not texts[s][:1].isalpha():
        return False
    alpha, upper, lowers = token_flags(doc, "alpha"), token_flags(doc, "upper"), _lowers(doc)
    words = [k for k in range(s, min(e, len(texts))) if alpha[k]]
    if len(words) < 4 or all(upper[k] for k in words):
        return False
    if any(not texts[k][0].isupper() and (len(texts[k]) > 3 or lowers[k] not in kn.stop_words)
           for k in words):
        return False
    common = sum(1 for k in words if lowers[k] not in kn.stop_words and (
        kn.is_common(texts[k]) or kn.is_verb_form(texts[k])))
    return common >= 2


def _dateline_dash(doc: Doc, s: int, e: int) -> int:
    """The token after a dateline's spaced dash near the start of a line ("Medellín,
    Colombia — La", "TORONTO — Maplecrest"): before the dash only capitalised words,
    commas, figures and brackets, and no score right before it. 0 when the line has
    none."""
    for k in range(s + 1, min(e - 1, s + 8)):
        t = doc[k]
        if t.text in ("-", "–", "—", "--") and doc[k - 1].whitespace_:
            # not a score's dash in a results line ("LAS PALMAS 2 - EL EJIDO 1")
            return 0 if doc[k - 1].like_num else k + 1
        if not (t.text[:1].isupper() or t.is_punct or t.like_num):
            return 0
    return 0


_POSSESSIVES = frozenset({"'S", "’S"})


def _rubric_end(kn: Knowledge, doc: Doc, s: int, e: int, after_dash: int) -> int:
    """The end of a section's rubric opening a line, written in capitals and made of
    common words: a heading line of its own, one word or a phrase with a function word
    inside ("MERCADOS", "WEEK IN DEALS"), or the kicker before a story's dash
    ("LOGISTICS — Harbor Pine agreed", "ENERGÍA — La firma"); ``s`` when the line
    opens with none. A place in capitals before the dash is a dateline ("TORONTO — "),
    not a rubric."""
    end = after_dash - 1 if after_dash else e
    # (a word not in capitals, found in the doc's lists, ends it before any Token)
    alpha, upper, texts = token_flags(doc, "alpha"), token_flags(doc, "upper"), _texts(doc)
    # (a possessive's "'S" joins two common words as a function word does:
    # "CHAIRMAN'S STATEMENT", "EDITOR'S PICKS")
    if any(not (alpha[i] and upper[i]) and not texts[i].isspace()
           and not (i > s and texts[i] in _POSSESSIVES)
           for i in range(s, min(end, len(doc)))):
        return s
    words = [t for t in doc[s:end] if not t.is_space]
    if not words or not all(t.is_alpha and t.is_upper or t.text in _POSSESSIVES
                            for t in words):
        return s
    if not any(len(t.text) > 1 and t.lower_ not in kn.stop_words
               and t.text not in _POSSESSIVES for t in words) or \
            not all(t.lower_ in kn.stop_words or t.text in _POSSESSIVES
                    or _rubric_word(kn, t.text) for t in words):
        return s
    if not after_dash and len(words) > 1 and \
            not any(t.lower_ in kn.stop_words or t.text in _POSSESSIVES
                    for t in words[1:-1]) and not _article_heading(doc, words):
        return s  # a name in capitals on its own line: "AMERICAN LEAGUE", "LE TEMPS"
    return end


def _article_heading(doc: Doc, words: list[Token]) -> bool:
    """A heading line of an article and a common word in capitals ("LA CARTA", "LA
    RESPUESTA", "THE LETTER") over a letter or a reply, which names nobody; a title
    of that shape the story writes in its prose ("EL CRISOL" over "El Crisol
    publicó ...") is a paper's or a firm's name."""
    if len(words) != 2 or words[0].lower_ not in _ARTICLES:
        return False
    return not _written(f"{words[0].text.title()} {words[1].text.title()}", doc_text(doc))


def _case_number_end(doc: Doc, s: int, e: int) -> int:
    """The end of a case's label opening a line: the word and the file number it heads,
    written as one word with digits ("Expediente C/1533/26 X / Y", "Case M.11482 – X /
    Y"), a competition authority's header; the number names nobody, nor is it part of
    the name after it (``furniture:label``)."""
    if doc[s].lower_ not in _CASE_LABELS or not doc[s].whitespace_:
        return s
    k = s + 1
    while k < e and not doc[k].is_space:
        k += 1
        if doc[k - 1].whitespace_:
            break
    return k if any(c.isdigit() for c in doc[s + 1:k].text) else s


def _numbered_label(kn: Knowledge, doc: Doc, s: int, e: int) -> tuple[str, ...]:
    """The words of a numbered label that is a line's first segment: one or two common
    words in capitals and the number they head ("LOT 41", "PANEL 3 · 1929: ...",
    "SALE 318 · SUNDAY, MAY 3"), a catalogue's lot, an exhibition's panel, a deck's
    slide; ``()`` when the segment is none. The words label what follows and name
    nobody, so no "the company" after them stands for them."""
    k = s
    while k < e - 1 and k - s < 2 and doc[k].is_alpha and doc[k].is_upper and \
            len(doc[k].text) > 1 and kn.is_common(doc[k].text):
        k += 1
    if k == s or k != e - 1 or not doc[k].text.isdigit():
        return ()
    return tuple(t.text for t in doc[s:k])


def _numbered_labels(kn: Knowledge, doc: Doc, firsts: list[tuple[int, int]]) -> set[int]:
    """The tokens of the numbered labels among the lines' first segments ``firsts``.
    A common word that is also a place's name ("LOT", a French department) is a label
    only when the article numbers it twice ("LOT 41" ... "LOT 42"), a series no
    results line makes ("READING 2" is a score)."""
    found = [(s, e, _numbered_label(kn, doc, s, e)) for s, e in firsts]
    series = Counter(words for _, _, words in found if words)
    return {i for s, e, words in found if words and (
        series[words] > 1 or all(_rubric_word(kn, w) for w in words)) for i in range(s, e)}


def _rubric_word(kn: Knowledge, word: str) -> bool:
    """A common word in capitals that is no place's name ("ENERGY", not "BOSTON" of a
    fixtures line "BOSTON AT OAKLAND")."""
    name = word.title()
    return kn.is_common(word) and name not in kn.places and name not in kn.countries and \
        not is_city(name)


def _speaker_tag(kn: Knowledge, doc: Doc, s: int, e: int) -> int:
    """The end of a transcript's speaker tag opening a line: a role in capitals and
    common words, its colon, perhaps with the speaker's name in brackets before it
    ("CHAIR:", "ACCIONISTA (Sr. Pedro Galán):", "INTERVIEWER:"); ``s`` when the line
    opens with none. The role names nobody; a name in brackets is left to be read."""
    k = s
    while k < e and k - s < 3 and doc[k].is_alpha and doc[k].is_upper and \
            len(doc[k].text) > 1 and _rubric_word(kn, doc[k].text):
        k += 1
    if k == s or k >= e or doc[s].lower_ not in _SPEAKERS:
        return s  # a company named by a common word: "SHELL: results"
    if doc[k].text == ":":
        return k
    if doc[k].text == "(":
        close = next((j for j in range(k + 1, min(e, k + 10))
                      if doc[j].text in (")", "):")), 0)
        if close and (doc[close].text == "):" or close + 1 < e and doc[close + 1].text == ":"):
            return k
    return s


# The page of each doc being read, with the knowledge it was read with: the entities
# component asks for it twice per article, and a doc's words never change.
_PAGES: WeakKeyDictionary[Doc, tuple[Knowledge, int, _Page]] = WeakKeyDictionary()
_SHARE_WORDS = frozenset({"share", "compartir", "comparte"})


def _lowers_of(doc: Doc) -> list[str]:
    return _lowers(doc)  # made once per doc (kg.doc.token_lowers)


# The turn labels of an interview printed as questions and answers, at a line's start:
# Spanish "P." / "R." (pregunta, respuesta), English "Q:" / "A:"; which letter asks.
_TURNS = {"P": True, "Q": True, "R": False, "A": False}
_AFTER_TURN = frozenset({".", ":", "-", "–", "—"})


def _turn_label(texts: list[str], s: int, e: int) -> int:
    """The end of an interview's turn label opening a line at ``s`` ("P.", "R:",
    "Q -"), or ``s`` when none opens it."""
    if texts[s] in ("P.", "R.", "Q.", "A."):
        return s + 1
    if texts[s] in _TURNS and s + 1 < e and texts[s + 1] in _AFTER_TURN:
        return s + 2
    return s


def _interview_turns(doc: Doc, page: _Page) -> None:
    """An interview's turn labels are furniture, and the word after one opens a
    sentence ("P. ¿Qué supone la compra?", "R. Es un paso clave", "Q: Why did you buy
    it?"): the labels of a page that has both a question's and an answer's, so that a
    line opening with an initial ("R. Ortega dijo") is no turn of a page of prose."""
    texts = _texts(doc)
    turns = [(s, _turn_label(texts, s, e), e) for s, e, first in _segments(doc) if first]
    turns = [(s, end, e) for s, end, e in turns if end > s]
    if len({_TURNS[texts[s].rstrip(".")] for s, _, _ in turns}) < 2:
        return  # not an interview: most articles
    for s, end, e in turns:
        page.label.update(range(s, end))
        if end < e:
            page.opening.add(end)


def interview_turn(kn: Knowledge, doc: Doc, i: int) -> bool:
    """Whether token ``i`` is an interview's turn label ("P.", "R.", "Q", "A")."""
    return i in _read_page(kn, doc).label and _texts(doc)[i].rstrip(".") in _TURNS


def _read_page(kn: Knowledge, doc: Doc) -> _Page:
    """The page's furniture (never change it: it is kept for the doc)."""
    known = _PAGES.get(doc)
    if known is not None and known[0] is kn and known[1] == len(doc):
        return known[2]
    page = _read_page_once(kn, doc)
    _PAGES[doc] = (kn, len(doc), page)
    return page


def _after_label(doc: Doc, texts: list[str], page: _Page, body: int, e: int,
                 kn: Knowledge | None = None) -> None:
    """What follows a label on its line, from ``body`` to ``e``: a label heading a
    newsroom's ("Publicado por: Redacción Negocios") makes the desk after it a label too,
    and so does a newsroom's label itself when the desk is named by common words only
    ("Redacción Ahorro Familiar", not "Redacción NDT": an outlet's own name,
    ``furniture:newsroom_desk``); the first word left opens the line's text."""
    if kn is not None and body > 0 and texts[body - 1].lower() in _NEWSROOMS and \
            _desk(kn, doc, body, e):
        page.label.update(range(body, e))
        return
    while body < e and (texts[body] in _AFTER_LABEL or doc[body].is_space):
        body += 1
    nested = _label_at(texts, body, e, _RUN_ON) if body < e else body
    if nested > body:
        page.label.update(range(body, nested))
        body = nested
        while body < e and doc[body].is_space:
            body += 1
    if body < e:
        page.opening.add(body)


def _desk(kn: Knowledge, doc: Doc, s: int, e: int) -> bool:
    """Whether tokens ``s:e`` are a desk's name: capitalised common words of the
    language ("Economía", "Ahorro Familiar") and the words that join them."""
    words = [doc[k] for k in range(s, e) if not doc[k].is_space]
    return bool(words) and len(words) <= _DESK_WORDS and all(
        (t.text[:1].isupper() and t.text[1:].islower() and kn.is_common(t.text))
        or (t.is_lower and t.lower_ in kn.stop_words) for t in words) and \
        words[0].text[:1].isupper()


_NEWSROOMS = frozenset({"redacción", "newsroom"})
_DESK_WORDS = 4


def _read_page_once(kn: Knowledge, doc: Doc) -> _Page:
    texts = _texts(doc)
    page = _Page(set(), set(), set(), set(), set(), set())
    after_share = False  # the line before was a share label or a share bar
    firsts: list[tuple[int, int]] = []  # each line's first segment
    for s, e, first in _segments(doc):
        if first:
            share_line, after_share = after_share, False
        if first and _title_case(kn, doc, s, e):
            page.title_case.update(range(s, e))
        if first:
            after_dash = _dateline_dash(doc, s, e)
            if after_dash:
                page.after_dash.add(after_dash)
            page.label.update(range(s, _rubric_end(kn, doc, s, e, after_dash)))
            page.label.update(range(s, _case_number_end(doc, s, e)))
            firsts.append((s, e))
            tag_end = _speaker_tag(kn, doc, s, e)
            if tag_end > s:
                page.label.update(range(s, tag_end))
                if doc[tag_end].text == ":" and tag_end + 1 < e:
                    page.opening.add(tag_end + 1 + int(doc[tag_end + 1].is_space))
        bar = _whole_label(texts, s, e) or (first and _share_bar(doc, s, e, share_line))
        if bar or (first and (_editors_note(texts, s, e) or _wiki_heading(texts, s, e))):
            page.label.update(range(s, e))
            after_share = after_share or bar
            continue
        if texts[s] in _BULLETS and first:
            # a list item that is a sentence: "- Cobre sube por tercera semana"
            if s + 2 < e and doc[s + 2].is_alpha and doc[s + 2].is_lower:
                page.opening.add(s + 1)
            continue
        tag_end = _label_at(texts, s, e, _TAGS)
        head_end = _label_at(texts, s, e, _HEAD)
        if tag_end > s:
            page.label.update(range(s, tag_end))
            page.tag.update(range(tag_end, e))
            body = tag_end
        elif head_end > s:
            page.label.update(range(s, head_end))
            body = head_end
        else:
            continue
        _after_label(doc, texts, page, body, e, kn)
    page.label |= _numbered_labels(kn, doc, firsts)
    _interview_turns(doc, page)
    text = doc_text(doc)
    for match in _TICKER.finditer(text):
        span = doc.char_span(match.start("symbol"), match.end("symbol"),
                             alignment_mode="expand")
        if span is not None:
            page.ticker.update(range(span.start, span.end))
    return page


def _tag_items(doc: Doc, page: _Page, chosen: list[_Cand]) -> set[str]:
    """The folded names the story gives outside furniture: a tag names only these."""
    return {fold(doc[c.start:c.end].text) for c in chosen
            if not any(i in page.tag or i in page.label for i in range(c.start, c.end))}


def _byline_agency(doc: Doc, c: _Cand) -> list[_Cand] | None:
    """A person's name run into the agency after it ("JOSH LARKIN Associated Press"):
    the person, and the agency; None when the name holds no agency at its end."""
    for k in range(c.start + 2, c.end):
        if fold(doc[k:c.end].text) in NEWS_AGENCIES:
            return [_Cand(c.start, k, c.label, c.priority, (*c.rules, "furniture:byline_agency")),
                    _Cand(k, c.end, "ORG", _P_LEGAL, ("furniture:byline_agency",))]
    return None


def _dateline_regions(doc: Doc) -> set[tuple[int, int]]:
    """The character spans of the provinces, states or countries the datelines of
    ``doc`` write after their cities ("HALIFAX, Nova Scotia (Reuters) -")."""
    text = doc_text(doc)
    found = set()
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        span = dateline_region(text[start:end], doc.lang_)
        if span is not None:
            found.add((start + span[0], start + span[1]))
        start = end + 1
    return found


def _byline_role(doc: Doc, c: _Cand, people: set[int]) -> bool:
    """Whether ``c`` is written after a person's name (one of whose ends is in
    ``people``) and a comma, dash or bar as his job: a newsroom's role in a byline
    ("By Tom Hadley, Staff Writer", "Por Ana Ruiz - Periodista de economía"), or letters
    the lexicon lists as post-nominal ("Sanjay Mehrotra, CFA")."""
    k = c.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 1 or doc[k].text not in _ROLE_SEPARATORS:
        return False
    k -= 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k + 1 not in people:
        return False
    if c.end - c.start == 1 and doc[c.start].text in POST_NOMINALS and doc[k + 1].text == ",":
        return True
    words = [t.lower_ for t in doc[c.start:c.end] if not t.is_space]
    if not words or words[0] in _ARTICLES or not {words[0], words[-1]} & _NEWSROOM:
        return False
    text = doc_text(doc)
    line = text.rfind("\n", 0, doc[c.start].idx) + 1
    opener = text[line:doc[c.start].idx].split(maxsplit=1)
    return bool(opener) and opener[0].lower() in _BYLINE_OPENERS


def furniture_names(kn: Knowledge, doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """``chosen`` without the names page furniture makes (see the module docstring).

    >>> # "Lea también: Exportaciones de salmón caen 8%" names nothing.  # doctest: +SKIP
    """
    page = _read_page(kn, doc)
    if not (page.label or page.opening or page.tag or page.ticker or page.title_case
            or page.after_dash) and \
            not any(c.label == "PER" for c in chosen):
        return chosen
    story = _tag_items(doc, page, chosen) if page.tag else set()
    names = {span_text(doc, c.start, c.end) for c in chosen if c.start not in page.title_case}
    prose = "\n".join(doc[s:e].text for s, e, _ in _segments(doc)
                       if s not in page.title_case) if page.title_case else ""
    people = {c.end for c in chosen if c.label == "PER"}
    regions = _dateline_regions(doc)
    out: list[_Cand] = []
    for c in chosen:
        span = range(c.start, c.end)
        if c.label == "PER" and _HANDLE.search(span_text(doc, c.start, c.end)):
            continue  # furniture:handle
        if c.label == "PER" and c.end - c.start >= 3:
            split = _byline_agency(doc, c)
            if split is not None:
                out += split
                continue
        if (doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1])) in regions:
            continue  # furniture:dateline_region
        if _byline_role(doc, c, people):
            continue  # furniture:byline_role
        if any(i in page.ticker for i in span) and "cue:ticker" not in c.rules:
            continue  # furniture:ticker: no company's ticker, the model's guess
        start = c.start
        # furniture:outlet_prompt: the article's own outlet, as a subscription prompt
        # names it ("Sign up for the X newsletter"), is no label's word
        outlet = "line:outlet_named" in c.rules and _subscription_prompt(doc, c.start)
        while start < c.end and not outlet and (start in page.label or (
                start > c.start and start - 1 in page.label and doc[start].text in _AFTER_LABEL)):
            start += 1  # the label and its colon or dash ("BRIEF-Acme")
        if start == c.end:
            continue  # furniture:label
        if c.end - start == 1 and start in page.opening and (
                kn.is_common(doc[start].text) or kn.is_verb_form(doc[start].text)):
            continue  # furniture:opening_word
        if start in page.tag and fold(doc[start:c.end].text) not in story:
            continue  # furniture:tag
        if start > c.start:
            c = _Cand(start, c.end, c.label, c.priority, (*c.rules, "furniture:label"))
        if c.start in page.after_dash and c.end - c.start > 1 and \
                doc[c.start].lower_ in _ARTICLES and not doc[c.start].is_upper:
            c = _Cand(c.start + 1, c.end, c.label, c.priority,
                      (*c.rules, "furniture:dateline_article"))
        if c.label == "ORG" and c.start in page.title_case and _P_GAZ > c.priority:
            kept = _in_title_case(kn, doc, c, prose, names)
            if kept is None:
                continue
            c = kept
        out.append(c)
    return out


# The imperatives a subscription prompt opens its line with ("Suscríbete a X y recibe
# ...", "Subscribe to X for ...", "Sign up for the X newsletter").
_SUBSCRIBE = frozenset({
    "suscríbete", "suscríbase", "suscribete", "suscribite", "suscribíte", "subscribe",
    "sign",
})


def _subscription_prompt(doc: Doc, i: int) -> bool:
    """Whether the token ``i`` is on a line a subscription imperative opens, a few
    words before it."""
    k = i - 1
    while k >= 0 and i - k <= 6 and "\n" not in doc[k].text:
        k -= 1
    return k + 1 < i and doc[k + 1].lower_ in _SUBSCRIBE and (k < 0 or "\n" in doc[k].text)


def _written(name: str, prose: str) -> bool:
    """Whether the story's prose writes ``name``, with its capitals, as whole words."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", prose) is not None


_DESCRIPTOR_FOLDS = frozenset(fold(w) for w in DESCRIPTORS)
_ARTICLES = frozenset({"el", "la", "los", "las", "the"})


def _in_title_case(
    kn: Knowledge, doc: Doc, c: _Cand, prose: str, names: set[str]
) -> _Cand | None:
    """A name read in a Title Case line: kept when the story writes it as it is, else
    cut to its longest first or last words the story writes with the same capitals
    (not a common word alone), else dropped when it describes a company in common
    words ending in a company noun ("Private Equity Firm"). Common words opening a
    name are kept: many companies are named so ("Express Scripts"). Cut to the first
    word of a longer name the story gives ("Feldmann" of "Feldmann Robotik"), it is
    left to that name."""
    if _written(doc[c.start:c.end].text, prose):
        return c
    for size in range(c.end - c.start - 1, 0, -1):
        for s, e in ((c.start, c.start + size), (c.end - size, c.end)):
            words = doc[s:e].text
            if (size > 1 or not kn.is_common(words)) and _written(words, prose):
                if any(name != words and name.startswith(words + " ") for name in names):
                    return None
                return _Cand(s, e, c.label, c.priority, (*c.rules, "furniture:title_case"))
    # A company described, not named: "Private Equity Firm", "Buyout Group".
    span = doc[c.start:c.end]
    if len(span) > 1 and fold(span[-1].text) in FOLDED_TAILS | _DESCRIPTOR_FOLDS and \
            all(_common_or_demonym(kn, t.text) and not kn.is_verb_form(t.text)
                for t in span[:-1]):
        return None
    return c


def _common_or_demonym(kn: Knowledge, word: str) -> bool:
    """A word a Title Case line capitalises for the style alone: a common word, a verb
    or a demonym written as a title is ("Snack", "Maker", "German"); not an acronym
    ("FDA") nor a word with capitals inside ("iPhone", "McKee")."""
    if len(word) > 1 and any(ch.isupper() for ch in word[1:]):
        return False
    return not word[:1].isalnum() or word.lower() in kn.stop_words or kn.is_common(word) \
        or kn.is_verb_form(word) or word in kn.demonyms


def other_stories(doc: Doc) -> frozenset[int]:
    """The tokens of lines that tell no news of this article: links to other stories
    and captions ("Lea también: Arvena compra Lindel", "Read more: ...", "Photo: ..."),
    and the lines under a link label alone on its line ("TE PUEDE INTERESAR"), up to a
    blank line. The label must end in a colon or a bar, or stand alone on its line.
    A deal rule reads no sentence that opens there.

    >>> # "Related: Acme buys Zenith" is another article's deal.  # doctest: +SKIP
    """
    texts = _texts(doc)
    out: set[int] = set()
    under = False  # below a link label alone on its line
    for s, e, first in _segments(doc):
        if first and s > 0 and texts[s - 1].count("\n") > 1:
            under = False  # a blank line ends the block of links
        end = _label_at(texts, s, e, _LINKS, strict=True)
        if under or end > s:
            out.update(range(s, e))
        if first and end == e:
            under = True
    return frozenset(out)
