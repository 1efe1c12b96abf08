"""Names of things that are no organisations: laws, plans and programmes, events and
prizes, towers and malls. An organisation read inside such a name, or in the acronym
the text defines for it, is none: "el Régimen de Incentivo para Grandes Inversiones
(RIGI)" holds no company "Grandes Inversiones", and "RIGI" is the regime's; "la Copa de
la UEFA" names a competition. Rule id ``retype:thing_name``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from kg.doc import span_text
from kg.entities.context import _P_GAZ, Knowledge, _Cand
from kg.entities.runs import _texts
from kg.entities.words import COMPANY_ONLY_TAILS, INTERNAL_BODIES, THING_HEADS, THING_TAILS

# Prepositions that go on with a Spanish name of a thing between its capitalised
# words, and the articles after them ("Copa de la UEFA").
_JOINERS = frozenset({"de", "del", "para", "sobre", "contra"})
_ARTICLES = frozenset({"la", "las", "los", "el"})
# Joiners of a list, which go on with it only inside its "de" complement ("Plan de
# Recuperación, Transformación y Resiliencia").
_LIST = frozenset({",", "y", "e"})


def named_things(kn: Knowledge, doc: Doc, chosen: list[_Cand], caps: list[bool]) -> list[_Cand]:
    """Organisations below the gazetteer's authority that lie inside the name of a
    thing (``thing_spans``), or are the acronym in brackets right after it, become MISC.

    >>> named_things(kn, nlp("La Ley de Fomento de Empresas ..."), cands, caps)  # doctest: +SKIP
    """
    spans = thing_spans(kn, doc, caps) + body_spans(doc)
    acronyms = {(e + 1, e + 2) for _, e in spans
                if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")"}
    out = []
    for c in chosen:
        start = c.start + (doc[c.start].lower_ in _ARTICLES and c.end - c.start > 1)
        inside = any(s <= start and c.end <= e for s, e in spans)
        if c.label == "ORG" and (c.priority < _P_GAZ or _holds_thing_word(doc, c)) and (
                inside or (c.start, c.end) in acronyms):
            c = c.retyped("MISC", c.priority, "retype:thing_name")
        out.append(c)
    return _one_sense_of_things(doc, out)


# Rules that find a name to be a thing's (a product, a work, a law): every other
# mention of that name, found by the model or by context alone, is the thing's too.
def _holds_thing_word(doc: Doc, c: _Cand) -> bool:
    """Whether a name holds the head or tail word of a thing's name, so that even a
    gazetteer's short form grown into it is the thing's ("Fed" in "the Fed Cup")."""
    return any(_thing_word(t.text) for t in doc[c.start:c.end])


def _english_tail(text: str) -> bool:
    """A word that closes an English name of a thing, also in a headline's capitals."""
    return text in THING_TAILS or text in _LOWER_TAILS or (
        text.isupper() and text.title() in THING_TAILS)


def _thing_word(text: str) -> bool:
    """A word of ``thing_heads`` or ``thing_tails``, also in a headline's capitals."""
    return text in THING_HEADS or text in THING_TAILS or (
        text.isupper() and text.title() in THING_TAILS)


# Not a name read inside a thing's ("la Copa de la UEFA ... los miembros de la UEFA").
_THING_RULES = frozenset({"retype:product_apposition", "retype:quoted_work",
                          "retype:possessed_product"})


def one_sense_as_thing(
    doc: Doc,
    chosen: list[_Cand],
    found_by: frozenset[str],
    rule: str,
    acts: Callable[[Doc, _Cand], bool] | None = None,
) -> list[_Cand]:
    """One name, one sense: a name that one of the rules ``found_by`` typed as a thing
    (MISC) is that thing in the whole article, recorded as ``rule``, except where
    ``acts`` says the mention acts as a company. Gazetteer names keep their type."""
    things = {span_text(doc, c.start, c.end) for c in chosen
              if c.label == "MISC" and found_by.intersection(c.rules)}
    if not things:
        return chosen
    return [c.retyped("MISC", c.priority, rule)
            if c.label == "ORG" and c.priority < _P_GAZ and span_text(doc, c.start, c.end) in things
            and not (acts is not None and acts(doc, c)) else c for c in chosen]


def _one_sense_of_things(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """One name, one sense: "Cardiolix, su nuevo tratamiento ... el desarrollo de
    Cardiolix" names the drug both times."""
    return one_sense_as_thing(doc, chosen, _THING_RULES, "retype:thing_name")


def body_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of a company's own bodies ("el Consejo de Administración", "the
    Audit Committee"), which are no organisations of their own."""
    texts = _texts(doc)
    return [(i, i + len(body)) for i in range(len(texts))
            for body in _BODIES_BY_FIRST.get(texts[i], ())
            if tuple(texts[i:i + len(body)]) == body]


# ``INTERNAL_BODIES`` by their first word (in their own order), so that a word no body
# opens costs one look-up.
_BODIES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _body in INTERNAL_BODIES:
    _BODIES_BY_FIRST.setdefault(_body[0], []).append(_body)


def thing_spans(kn: Knowledge, doc: Doc, caps: list[bool]) -> list[tuple[int, int]]:
    """Token spans of the names of things: in Spanish from a head of ``thing_heads``
    ("Ley", "Plan", "Copa", "Torre") through its capitalised words and joiners; in
    English a run of capitalised words that a word of ``thing_tails`` closes ("Clean
    Grid Act", "Farnborough Airshow")."""
    n = len(doc)
    spans = []
    for i, text in enumerate(_texts(doc)):
        if kn.lang == "es" and text in THING_HEADS and i + 1 < n:
            e = _spanish_end(doc, caps, i + 1)
            # "Cumbre Llanera Capital": an investor's tail closing a run of names
            # (no "de", "para" inside) makes the name a company's
            if e > i + 1 and not (doc[e - 1].text in COMPANY_ONLY_TAILS and
                                  all(caps[k] for k in range(i, e))):
                spans.append((i, e))
        elif kn.lang == "en" and _english_tail(text) and i > 0 and caps[i - 1] and \
                not (text == "Plan" and doc[i - 1].text in _FUND_PLANS):
            s = i - 1
            while s > 0 and caps[s - 1] and not doc[s - 1].is_sent_start:
                s -= 1
            spans.append((s, i + 1))
    return spans


# Words before "Plan" that make the plan a fund, an organisation that invests ("the
# Prairie Teachers' Pension Plan"), not a programme.
_FUND_PLANS = frozenset({"Pension", "Pensions", "Retirement", "Superannuation", "Savings"})


# Lower-case nouns after a capitalised run that make it the name of a programme or a
# study ("the Medicare Part D program", "the Phase 3 ASCEND trial").
_LOWER_TAILS = frozenset({"program", "programme", "scheme", "trial", "initiative"})


def _spanish_end(doc: Doc, caps: list[bool], k: int) -> int:
    """Where a Spanish name of a thing that goes on at ``k`` ends: after its last
    capitalised word, joiners between them ("Copa de la UEFA", "Plan de Recuperación,
    Transformación y Resiliencia"); not over a second complement that is an acronym,
    the thing's owner ("el Premio X de Investigación de la UPC")."""
    n, end, complement = len(doc), k, False
    while k < n:
        low = doc[k].lower_
        if caps[k] and not doc[k].is_sent_start:
            k += 1
            end = k
        elif low in _JOINERS or (low in _ARTICLES and doc[k - 1].lower_ in _JOINERS):
            if complement and low in ("de", "del") and _acronym_after(doc, k + 1):
                break
            complement = complement or (low in ("de", "del", "para") and end > k - 1)
            k += 1
        elif complement and _listed(doc, caps, k):
            k += 1
        else:
            break
    return end


def _acronym_after(doc: Doc, k: int) -> bool:
    """Whether an acronym ("UPC") stands at ``k``, after an optional article."""
    k += k < len(doc) and doc[k].lower_ in _ARTICLES
    return k < len(doc) and doc[k].text.isupper() and len(doc[k].text) > 1


def _listed(doc: Doc, caps: list[bool], k: int) -> bool:
    """A list goes on at ``k``: "y" before a capitalised word, or a comma before one
    that another "y" or comma follows ("Recuperación, Transformación y Resiliencia")."""
    n, low = len(doc), doc[k].lower_
    if k + 1 >= n or not caps[k + 1]:
        return False
    if low in ("y", "e"):
        return True
    return low == "," and k + 2 < n and doc[k + 2].lower_ in _LIST
