"""A learned retyper: a name the model called a place or "other" (``LOC``, ``MISC``)
that its words and its frame mark as a company's becomes an organisation (rule
``learned:retype``).

The entity rules retype a model's place by a cue a linguist names (a legal form, a
trade word, a seat before it); where none fires, a company named like a place ("Tormes
bought ...", "the sale of Valdora") stays a place and the deal rules never see it. This
step scores every distinct name of the article that only the model typed ``LOC`` or
``MISC`` and the gazetteer does not know as a place (a country, a region, a GeoNames
city: never scored) with a logistic regression over what a reader types it by: its
common words (any other word only as ``NAME``: the model holds no name), their shape
and last letters, a place's word in it, an organisation's head or legal form in it or
next to it, the dependency relation of each mention and the lemma of its head (the subject
or object of a verb, the complement of a noun through "of"/"de"/"in"), the words right
before and after, the preposition before it, a headline or sentence start, how often it
is named, whether the same words are typed otherwise elsewhere, and the language. A
name scoring at or above the model's threshold becomes an organisation at each of its
``LOC``/``MISC`` mentions.

The model is fitted by ``train/retype.py`` (``make train-retype``) on the opened halves
and the CoNLL development files (``testa``), with the threshold chosen out of fold so
that at least ``MIN_RIGHT`` of what it promotes is right, and shipped as
``models/retype.json`` (the deal scorer's file layout, format ``kg-retype/1``). It runs
inside ``kg_entities``, on by default (``KG_RETYPE=off`` switches it off; see
``kg.nlp.retype_default``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from kg.entities.context import _P_CONTEXT, Knowledge, _Cand
from kg.entities.cues import _syllabic_acronym
from kg.entities.institutions import is_city
from kg.entities.words import LEGAL_FORMS, ORG_HEADS, WORLD_REGIONS
from kg.lexicon import LEXICON
from kg.logistic import ScorerModel, read_model
from kg.resources import data_dir

__all__ = ["context_word", "FORMAT", "MIN_RIGHT", "RULE", "defined_pairs", "known_place",
           "load_retyper", "name_features", "names_to_score", "promote"]

FORMAT = "kg-retype/1"
MODEL_FILE = "retype.json"
RULE = "learned:retype"
# Of what the retyper promotes out of fold, at least this share must be right. 0.8
# (the corroboration's kind of bar) let through a name scoring 0.72 that made one false
# organisation on a closed half; at 0.9 the weaker L2 penalty's threshold promotes 12
# names out of fold, all right, and none of the closed rows fell.
MIN_RIGHT = 0.9
_RETYPED = ("LOC", "MISC")
# Prepositions that make a name the complement of the noun before them.
_OF = frozenset({"of", "de", "del", "in", "en", "at", "from", "for", "para", "por", "by",
                 "with", "con", "to", "a", "al"})
# Dependency relations of a name's head that make it an argument of a verb.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj", "iobj",
                        "pobj", "obl", "nmod", "conj", "appos", "compound", "poss"})


def model_path() -> Path:
    """Where the shipped model is (``models/retype.json``)."""
    return data_dir("models") / MODEL_FILE


@cache
def load_retyper(path: Path | None = None) -> ScorerModel:
    """Read a model file (the shipped one by default); no network."""
    return read_model(path or model_path(), FORMAT, "the retype model", "a retype model",
                      "train-retype")


def deal_words(lang: str) -> frozenset[str]:
    """The deal triggers of a language (``lexicon/deals.toml``, every kind).

    >>> "acquire" in deal_words("en")
    True
    """
    table = LEXICON.triggers()
    return frozenset(w for words in table.get(lang, table.get("en", {})).values()
                     for w in words)


def _model_only(c: _Cand) -> bool:
    return c.label in _RETYPED and bool(c.rules) and all(
        r.startswith(("ner:", "model:")) for r in c.rules)


def known_place(kn: Knowledge, name: str) -> bool:
    """Whether the gazetteer knows a name as a place: a country or a region of one, a
    city of GeoNames, a part of the world. Such a name stays a place: in the opened
    news halves fewer than one in a hundred of them was a company's name, whereas the
    CoNLL files name many clubs by their city.

    >>> known_place(Knowledge.__new__(Knowledge), "Europe")
    True
    """
    return name in WORLD_REGIONS or is_city(name) or name in getattr(kn, "places", ())


def names_to_score(kn: Knowledge, doc: Doc,
                   chosen: Sequence[_Cand]) -> dict[str, list[_Cand]]:
    """The ``LOC``/``MISC`` candidates only the model typed, by their text, but for the
    names of known places (:func:`known_place`)."""
    out: dict[str, list[_Cand]] = {}
    for c in chosen:
        if _model_only(c):
            out.setdefault(doc[c.start:c.end].text, []).append(c)
    return {name: cs for name, cs in out.items() if not known_place(kn, name)}


def _shape(word: str) -> str:
    if word.isupper():
        return "XX"
    if word[:1].isupper():
        return "Xx" if word[1:].islower() or len(word) == 1 else "XxX"
    return "x" if word.isalpha() else "other"


def _word(t: Token | None) -> str:
    """A context word as a feature (:func:`context_word`), ``^`` at the text's edge."""
    return "^" if t is None else context_word(t)


def context_word(t: Token) -> str:
    """A context word as a feature: its lower-case lemma for a word, its text for
    punctuation, ``NUM`` for a number, ``CAP`` for a capitalised word inside a
    sentence (another name). The corroboration's features read words so too."""
    if t.like_num:
        return "NUM"
    if t.is_punct or t.is_space:
        return "\\n" if "\n" in t.text else t.text
    if t.text[:1].isupper() and not t.is_sent_start:
        return "CAP"
    return str(t.lemma_).lower()


def name_features(kn: Knowledge, doc: Doc, name: str, mentions: Sequence[_Cand],
                  chosen: Sequence[_Cand]) -> list[str]:
    """The features of one name of ``doc`` (see the module docstring); ``mentions`` are
    its ``LOC``/``MISC`` candidates, ``chosen`` every candidate of the article."""
    words = name.split()
    labels = sorted({c.label for c in mentions})
    feats = [f"lang={kn.lang}", f"label={'+'.join(labels)}",
             f"words={min(len(words), 4)}", f"mentions={min(len(mentions), 3)}"]
    feats += sorted({f"rule={r.split('(')[0]}" for c in mentions for r in c.rules})
    # A common word of the language or an organisation's head by itself, any other
    # word by its shape alone: what is learned is the kind of word, not a name.
    feats += [f"w={w.lower()}" if w in ORG_HEADS or kn.is_common(w) else "w=NAME"
              for w in words[:4]]
    feats.append(f"shape={'_'.join(_shape(w) for w in words[:3])}")
    last = words[-1].lower() if words else ""
    feats += [f"suf3={last[-3:]}", f"suf2={last[-2:]}"]
    if any(w in kn.places or w in WORLD_REGIONS for w in words):
        feats.append("place_word")
    if any(w in ORG_HEADS for w in words):
        feats.append("org_head")
    if any(w.strip(".,") in LEGAL_FORMS for w in words):
        feats.append("legal_form")
    if words and all(kn.is_common(w) for w in words):
        feats.append("all_common")
    others = {c.label for c in chosen if doc[c.start:c.end].text == name} - set(labels)
    feats += [f"also={label}" for label in sorted(others)]
    seen: set[str] = set()
    orgs = {i for c in chosen if c.label == "ORG" for i in range(c.start, c.end)}
    deals = deal_words(kn.lang)
    for c in mentions:
        here = _mention(doc, c.start, c.end, chosen)
        here += _frame(doc, c.start, c.end, orgs, deals)
        seen.update(here)
        seen.update(f"{c.label}|{f}" for f in here)
    return feats + sorted(seen)


def _mention(doc: Doc, start: int, end: int, chosen: Sequence[_Cand]) -> list[str]:
    span = doc[start:end]
    root = span.root
    head = root.head
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    out = [f"before={_word(before)}", f"after={_word(after)}",
           f"dep={root.dep_}", f"dep_head={root.dep_}:{head.lemma_.lower()}",
           f"head_pos={root.dep_}:{head.pos_}"]
    if before is not None and start > 1:
        out.append(f"before2={_word(doc[start - 2])}_{_word(before)}")
    if doc[start].is_sent_start:
        out.append("sent_start")
    if before is not None and before.lower_ in _OF and start > 1:
        noun = doc[start - 2]
        out.append(f"of={before.lower_}")
        if noun.pos_ in ("NOUN", "PROPN"):
            out.append(f"noun_of={noun.lemma_.lower()}_{before.lower_}")
    if root.dep_ in _ARGUMENTS and head.pos_ == "VERB":
        out.append(f"verb_arg={root.dep_}:{head.lemma_.lower()}")
    if head.dep_ == "prep" and head.head.pos_ in ("NOUN", "VERB"):
        out.append(f"prep_head={head.lower_}:{head.head.lemma_.lower()}")
    if any(t.lower_ in _CASE_WORDS for t in root.children if t.dep_ == "case"):
        out += [f"case={t.lower_}:{head.lemma_.lower()}" for t in root.children
                if t.dep_ == "case"]
    line_start = doc.text.rfind("\n", 0, span.start_char) + 1
    line_end = doc.text.find("\n", span.end_char)
    line = doc.text[line_start: len(doc.text) if line_end < 0 else line_end]
    if len(line.split()) <= 12 and not line.rstrip().endswith((".", ":", ";")):
        out.append("short_line")
    if after is not None and after.text in ("'s", "’s"):
        out.append("possessive")
    out.append(f"pos={'_'.join(t.pos_ for t in span[:3])}")
    if root.dep_.startswith("nsubj") and head.pos_ in ("VERB", "AUX"):
        out.append("subject")
    elif root.dep_ in ("dobj", "obj"):
        out.append("object")
    if before is not None and after is not None and before.text == "(" and after.text == ")":
        out.append("in_parens")
        if any(c.end == start - 1 and c.label == "ORG" for c in chosen):
            out.append("defines_org")
    return out


_CASE_WORDS = _OF


def _frame(doc: Doc, start: int, end: int, orgs: set[int],
           deals: frozenset[str]) -> list[str]:
    """Where a mention stands among companies and deals: its head inside another
    organisation's name (a list, an apposition), its head (or the noun a preposition
    hangs it from) a deal's verb or noun."""
    root = doc[start:end].root
    head = root.head
    out = []
    if head.i in orgs and head.i != root.i:
        out.append(f"head_in_org={root.dep_}")
    lemma = head.lemma_.lower()
    if head.dep_ in ("prep", "case") or head.pos_ == "ADP":
        lemma = head.head.lemma_.lower()
    if lemma in deals or head.lower_ in deals:
        out.append(f"deal_head={root.dep_}")
        out.append("deal_head")
    return out


def promote(kn: Knowledge, doc: Doc, chosen: list[_Cand], model: ScorerModel) -> list[_Cand]:
    """``chosen`` with every name scoring at or above the threshold an organisation."""
    names = names_to_score(kn, doc, chosen)
    if not names:
        return chosen
    up = {name for name, mentions in names.items()
          if model.probability(name_features(kn, doc, name, mentions, chosen))
          >= model.threshold and not _unfit_bracket(doc, name, mentions, chosen)}
    if not up:
        return chosen
    return [c.retyped("ORG", max(c.priority, _P_CONTEXT), RULE)
            if _model_only(c) and doc[c.start:c.end].text in up else c for c in chosen]


def _unfit_bracket(doc: Doc, name: str, mentions: Sequence[_Cand],
                   chosen: Sequence[_Cand]) -> bool:
    """Whether a name stands in brackets right after an organisation's name whose
    words its letters are not the openings of: a party, a place or a ticker ("Grupo
    Marlow (PSX)"), no short form of it; one that fits ("la Bolsa de Valores de Arvia
    (BVA)") joins the organisation (:func:`defined_pairs`)."""
    ends = {c.end: c for c in chosen if c.label == "ORG"}
    for c in mentions:
        long = ends.get(c.start - 1)
        if long is not None and c.start >= 2 and c.end < len(doc) and \
                doc[c.start - 1].text == "(" and doc[c.end].text == ")" and \
                not _syllabic_acronym(name, doc[long.start:long.end].text):
            return True
    return False


def _syllables_of(short: str, long_form: str) -> bool:
    """Whether one word of four letters or more is made of the opening letters of a
    name's capitalised words, in order, its first word first (``cues._syllabic_acronym``).

    >>> _syllables_of("Coolearbás", "Cooperativa Lechera de Arbás")
    True
    """
    return " " not in short and len(short) >= 4 and short.isalpha() and \
        _syllabic_acronym(short, long_form)


def defined_pairs(doc: Doc, chosen: Sequence[_Cand]) -> list[tuple[str, str]]:
    """(long form, short form) of every name the retyper promoted that is another
    organisation's short form: in parentheses right after its name ("la Bolsa de
    Valores de Arvia (Bolvar)", the short form the text defines, even where its letters
    are not the long form's initials), its last words ("la Caja Rural Ortegal" ...
    "Ortegal") or a word of the opening letters of its words ("la Cooperativa Lechera
    de Arbás" ... "Coolearbás"). Each joins that organisation instead of standing as a
    second one."""
    orgs = [c for c in chosen if c.label == "ORG" and RULE not in c.rules]
    ends = {c.end: c for c in orgs}
    out = []
    for c in chosen:
        if RULE not in c.rules:
            continue
        short = doc[c.start:c.end].text
        long = ends.get(c.start - 1)
        if long is not None and c.start >= 2 and c.end < len(doc) and \
                doc[c.start - 1].text == "(" and doc[c.end].text == ")":
            out.append((doc[long.start:long.end].text, short))
            continue
        tails = {doc[o.start:o.end].text for o in orgs if o.end - o.start > c.end - c.start
                 and (doc[o.end - (c.end - c.start):o.end].text == short
                      or _syllables_of(short, doc[o.start:o.end].text))}
        out += [(t, short) for t in sorted(tails)]
    return out
