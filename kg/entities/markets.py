"""Stock indexes are no organisations: "el Nasdaq perdió 200,24 puntos" reports an
index's move, and "el promedio Dow Jones" names an index, not the company that
publishes it. A name the article uses so once is an index in the whole article."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from kg.doc import doc_lang, span_text
from kg.entities.context import _P_GAZ, _Cand
from kg.entities.words import (
    DESCRIPTORS,
    FOLDED_HEADS,
    INDEX_MOVES,
    INDEX_NOUNS,
    INDEX_POINTS,
    LEGAL_FORMS,
    MARKET_HEADS,
    MARKET_SEGMENTS,
    ORG_TAILS,
)
from kg.iri import fold

# A move or level in index points: three digits or more ("200", "10.422"), or two
# decimals ("119,94"); not "cinco puntos" of a poll, nor "25 puntos básicos" of a rate.
_INDEX_FIGURE = re.compile(r"\d{3,}|\d[\d.]*,\d\d|\d[\d,]*\.\d\d")
# Nouns an index's name hangs from as the subject of its move ("el mercado del Nasdaq
# bajó 200 puntos").
_MARKET_NOUNS = frozenset({"mercado", "market"})
# Lower-case words after an exchange's name that make it its index ("the Nasdaq
# composite gained 0.8%", "Nasdaq futures"), as the index nouns do.
_INDEX_TAILS = INDEX_NOUNS | {"composite", "futures"}


def exchange_names(doc: Doc, matches: Iterable[tuple[int, int]]) -> list[_Cand]:
    """The stock exchanges of the lexicon's ``exchanges`` where the text names them
    alone, the longest name of overlapping ones: organisations (rule ``cue:exchange``),
    whatever the model read ("rose 6% on Nasdaq", "cotiza en BYMA"). Not a word of a
    longer name ("Nasdaq First North", "TSX Venture Exchange": the model's or a cue's
    name stands), nor an index ("the Nasdaq composite", "the Nasdaq 100"), nor a
    short name in brackets after a name, which the name before defines or a ticker
    reads ("la Bolsa de Valores del Istmo (Istmex)", "Arlo (Nasdaq: ARLO)").

    >>> exchange_names(nlp("It trades on SGX."), [(3, 4)])  # doctest: +SKIP
    [_Cand(start=3, end=4, label='ORG', ...)]
    """
    out: list[_Cand] = []
    for span in filter_spans([doc[s:e] for s, e in matches]):
        s, e = span.start, span.end
        if e < len(doc) and not doc[e].is_sent_start and (
                doc[e].is_alpha and doc[e].text[:1].isupper() or doc[e].like_num
                or doc[e].lower_ in _INDEX_TAILS):
            continue
        if s > 0 and not doc[s].is_sent_start and doc[s - 1].is_alpha and \
                doc[s - 1].text[:1].isupper():
            continue
        if s > 1 and doc[s - 1].text == "(" and doc[s - 2].text[:1].isupper():
            continue  # the short name a name before gives itself ("... Valores (Latinex)")
        if _moving_index(span.root):
            continue  # "the tech-heavy Nasdaq fell 1.2%": the index moves, not the exchange
        out.append(_Cand(s, e, "ORG", _P_GAZ, ("cue:exchange",)))
    return out


def stock_indexes(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """Organisations the article uses as a stock index (``_index_frame``) are no
    organisations anywhere in it: they become MISC (rule ``retype:stock_index``).

    >>> stock_indexes(nlp("El Nasdaq perdió 120,35 puntos."), cands)  # doctest: +SKIP
    """
    indexes = {span_text(doc, c.start, c.end) for c in chosen
               if c.label in ("ORG", "MISC") and _index_frame(doc, c.start, c.end)
               or c.label == "PER" and _after_index_noun(doc, c.start)}
    if not indexes:
        return chosen
    return [c.retyped("MISC", c.priority, "retype:stock_index")
            if c.label in ("ORG", "PER") and span_text(doc, c.start, c.end) in indexes else c
            for c in chosen]


def _moving_index(name: Token) -> bool:
    """Whether a name (or the first of the names it is coordinated with) is the
    subject of an index's daily move ("the Nasdaq fell", "the Dow and the Nasdaq
    rose")."""
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head
    return name.dep_.startswith("nsubj") and name.head.lemma_.lower() in INDEX_MOVES


def market_segments(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """A market's head with only segment words ("el Mercado Continuo", "the Main
    Market") names a segment of an exchange, where shares trade: no organisation, it
    becomes MISC (rule ``retype:market_segment``).

    >>> market_segments(nlp("Cotiza en el Mercado Continuo."), cands)  # doctest: +SKIP
    """
    return [c.retyped("MISC", c.priority, "retype:market_segment")
            if c.label == "ORG" and _segment_name([t.text for t in doc[c.start:c.end]])
            else c for c in chosen]


def _segment_name(words: list[str]) -> bool:
    """Whether ``words`` are a market's head and segment words only (a "de" or "del"
    between them aside): "Mercado Alternativo Bursátil", "Main Market"."""
    words = [w for w in words if w not in ("de", "del", "the")]
    return len(words) > 1 and any(w in MARKET_HEADS for w in words) and \
        all(w in MARKET_HEADS or w in MARKET_SEGMENTS for w in words)


def _after_index_noun(doc: Doc, start: int) -> bool:
    """A name right after an index noun ("el índice S&P Merval"), whatever the model
    took it for."""
    return start > 0 and doc[start - 1].lower_ in INDEX_NOUNS and doc[start - 1].is_lower


def _index_frame(doc: Doc, start: int, end: int) -> bool:
    """A name after an index noun ("el índice Nasdaq", "el promedio Dow Jones"), or the
    subject of a move in index points ("el Nasdaq retrocedió 200,24 puntos"); not an
    exchange named by an institution head ("la Bolsa de Lima cerró con 12,40 puntos")."""
    if fold(doc[start].text) in FOLDED_HEADS:
        return False
    if start > 0 and doc[start - 1].lower_ in INDEX_NOUNS:
        return True
    if _member_count_modifier(doc, start, end):
        return True
    subject = doc[start:end].root
    if _numbered_move(subject) or _coordinated_move(subject):
        return True
    if subject.dep_ in ("nmod", "pobj", "flat") and subject.head.lower_ in _MARKET_NOUNS:
        subject = subject.head
    if not subject.dep_.startswith("nsubj"):
        return False
    verb = subject.head
    return verb.lemma_.lower() in INDEX_MOVES and (
        _moves_in_points(verb) or _the_index(doc, start, end) and _moves_by_percent(verb))


# The member counts of stock indexes ("FTSE 100", "S&P 500", "Ibex 35", "Nikkei 225").
_MEMBER_COUNTS = frozenset({
    "30", "35", "40", "50", "100", "200", "225", "250", "350", "400", "500", "600", "1000",
    "2000", "3000",
})


def _member_count_modifier(doc: Doc, start: int, end: int) -> bool:
    """A name and an index's member count after an article, before a lower-case noun
    they modify ("the FTSE 250 engineering group", "an S&P 500 constituent", "los
    valores del Ibex 35 que"): a company is never written with such a number, an
    aircraft's model is ("Boeing 737 jets"), hence the counts of indexes only; and a
    count after a name with no article is what it receives ("venderá a Brenner 30
    locales")."""
    articles = _COUNT_ARTICLES.get(doc_lang(doc), frozenset())
    return start > 0 and doc[start - 1].lower_ in articles and end + 1 < len(doc) and \
        doc[end].text in _MEMBER_COUNTS and doc[end + 1].is_lower and doc[end + 1].is_alpha


_COUNT_ARTICLES = {
    "en": frozenset({"the", "a", "an"}),
    "es": frozenset({"el", "del", "al"}),
}


def _the_index(doc: Doc, start: int, end: int) -> bool:
    """English: a bare name after "the", with no word of a company's name ("the Hang
    Seng climbed 1.1%", "the Kospi added 0.4%"): English writes a company's name
    without the article ("Rheinfeld climbed 2%")."""
    return start > 0 and doc[start - 1].lower_ == "the" and doc[start - 1].is_lower and \
        not any(t.text in ORG_TAILS or t.text in LEGAL_FORMS or t.lower_ in DESCRIPTORS
                for t in doc[start:end])


def _moves_in_points(verb: Token) -> bool:
    """Whether a verb's clause gives a figure in index points ("perdió 119,94 puntos")."""
    for tok in verb.subtree:
        if tok.lower_ in INDEX_POINTS and tok.i > verb.i:
            before = tok.nbor(-1) if tok.i > 0 else tok
            after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else tok
            if after.lower_ not in ("básicos", "porcentuales", "basis", "percentage") and \
                    _INDEX_FIGURE.fullmatch(before.text):
                return True
    return False


def _numbered_move(subject: Token) -> bool:
    """A name with a count of members after it that moves by a percentage is an index:
    "el Euro Stoxx 50 cedió un 0,8%", "the FTSE 100 fell 1.2%" (a company's move is
    written without such a number)."""
    if not any(c.dep_ == "nummod" and c.text.isdigit() and c.i == subject.i + 1 or
               c.dep_ == "nummod" and c.text.isdigit() and c.i > subject.i
               and all(t.dep_ in ("flat", "compound") for t in subject.doc[subject.i + 1:c.i])
               for c in subject.children):
        return False
    verb = subject.head
    if not subject.dep_.startswith("nsubj"):
        return False
    if verb.lemma_.lower() in ("be", "estar", "quedar", "remain"):  # "was flat"
        return any(c.lower_ in _UNCHANGED for c in verb.children)
    return verb.lemma_.lower() in INDEX_MOVES and _moves_by_percent(verb)


_UNCHANGED = frozenset({"flat", "unchanged", "steady", "plano", "estable", "repetido"})


def _coordinated_move(name: Token) -> bool:
    """A name coordinated with the percentage an index moved by ("el Euro Stoxx 50 cedió
    un 0,8% y el DAX alemán, un 1%"), in the elliptical listing of markets."""
    head = name.head
    if name.dep_ != "conj" or "%" not in head.text or head.head.lemma_.lower() not in INDEX_MOVES:
        return False
    return any(c.dep_.startswith("nsubj") and _numbered_move(c) for c in head.head.children)


def _moves_by_percent(verb: Token) -> bool:
    """Whether a verb's clause gives a percentage ("cedió un 0,8%", "fell 1.4%")."""
    return any("%" in t.text or t.lower_ in ("percent", "por") and t.nbor(1).lower_ == "ciento"
               for t in verb.subtree if t.i > verb.i and t.i + 1 < len(t.doc))
