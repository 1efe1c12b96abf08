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

It scores too the runs of capitalised words that neither the model nor a rule labelled
(:func:`unlabelled_runs`, label ``NONE``; promoted by rule ``learned:unlabelled_run``),
with the same features: in the opened halves the companies among them are mostly a name
and a trade's noun ("Wrenfield Looms"). Features read a company's slot as well
(:func:`_slot`): the subject or object of a deal's verb, the complement of a deal's or
an owner's noun, coordination with an organisation, a company's descriptor beside it;
and which of a name's words are common (``pattern=NC``). A name a number follows ("FTSE
100") is never promoted.

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

from kg.entities.acronyms import defined_common_acronyms
from kg.entities.context import _P_CONTEXT, Knowledge, _Cand
from kg.entities.cues import _syllabic_acronym
from kg.entities.institutions import is_city
from kg.entities.runs import _sentence_initial_false
from kg.entities.words import (
    CALENDAR_WORDS,
    DEFINED_DOCUMENT_NOUNS,
    DESCRIPTORS,
    FALSE_NAMES,
    LEGAL_FORMS,
    MONTH_ABBREVIATIONS,
    NON_NAMES,
    NOT_COMPANY_HEADS,
    ORG_HEADS,
    SECURITY_TAILS,
    WORLD_REGIONS,
)
from kg.lexicon import LEXICON
from kg.logistic import ScorerModel, read_model
from kg.resources import data_dir

__all__ = ["context_word", "FORMAT", "MIN_RIGHT", "RULE", "RUN_RULE", "UNLABELLED",
           "defined_pairs", "known_place", "load_retyper", "name_features", "names_to_score",
           "promote", "unlabelled_runs"]

FORMAT = "kg-retype/1"
MODEL_FILE = "retype.json"
RULE = "learned:retype"
# The id of a capitalised run nobody labelled that the retyper promoted, and the label
# of such a run while it is scored.
RUN_RULE = "learned:unlabelled_run"
UNLABELLED = "NONE"
# Of what the retyper promotes out of fold, at least this share must be right. 0.8
# (the corroboration's kind of bar) let through a name scoring 0.72 that made one false
# organisation on a closed half. With the unlabelled runs, 0.9 chose the weakest L2
# penalty (21 promoted out of fold, 19 right) and made false organisations and deals on
# closed halves; at 0.95 the chosen penalty promotes 14 out of fold, all right.
MIN_RIGHT = 0.95
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
    """The ``LOC``/``MISC`` candidates only the model typed and the capitalised runs
    nobody labelled (:func:`unlabelled_runs`), by their text, but for the names of
    known places (:func:`known_place`)."""
    out: dict[str, list[_Cand]] = {}
    for c in sorted([*(c for c in chosen if _model_only(c)), *unlabelled_runs(kn, doc, chosen)],
                    key=lambda c: (c.start, c.end)):
        out.setdefault(doc[c.start:c.end].text, []).append(c)
    return {name: cs for name, cs in out.items() if not known_place(kn, name)}


def _capitalised(t: Token) -> bool:
    """A word that may be part of a name: capitalised letters (a currency's sign, a
    figure, a day or a month, a unit's symbol are not)."""
    text = t.text
    return text[:1].isupper() and text.replace("'", "").replace("’", "").isalpha() and \
        text not in CALENDAR_WORDS and text.rstrip(".") not in MONTH_ABBREVIATIONS and \
        text not in NON_NAMES


def _headline_lines(doc: Doc) -> set[int]:
    """The first tokens of the lines written in title case (most of their words
    capitalised): a headline's capitals mark no name."""
    out: set[int] = set()
    start = words = caps = 0
    for t in doc:
        if "\n" in t.text or t.i == len(doc) - 1:
            if words >= 2 and 2 * caps > words:
                out.update(range(start, t.i + 1))
            start, words, caps = t.i + 1, 0, 0
        elif t.is_alpha:
            words += 1
            caps += t.text[:1].isupper()
    return out


def unlabelled_runs(kn: Knowledge, doc: Doc, chosen: Sequence[_Cand]) -> list[_Cand]:
    """The runs of one to four capitalised words no candidate covers, with label
    ``NONE``: without a function word of either language in them (one opening a
    sentence is left out), a word opening a sentence alone, a number, a day or a
    month, a demonym, a line in title case (a headline), a word of an organisation's
    or a person's name of the article, or only common words (:func:`_no_company`), or an
    acronym the article defines by a common phrase ("special purpose vehicles (SPVs)":
    ``kg.entities.acronyms``, which keeps it from being an organisation otherwise)."""
    covered = {i for c in chosen for i in range(c.start, c.end)}
    runs: list[list[int]] = []
    for t in doc:
        if t.i in covered or not _capitalised(t):
            continue
        if runs and runs[-1][-1] == t.i - 1 and not t.is_sent_start:
            runs[-1].append(t.i)
        else:
            runs.append([t.i])
    if not runs:
        return []
    titled = _headline_lines(doc)
    defined = defined_common_acronyms(kn, doc)
    # a word of a name the article already gives an organisation or a person: another
    # mention of it (a short form, a possessive), which linking reads, not a new name
    named = {doc[i].text for c in chosen if c.label in ("ORG", "PER")
             for i in range(c.start, c.end)}
    out = []
    for run in runs:
        if run and _sentence_initial_false(doc, run[0], kn.stop_words):
            run = run[1:]
        if not run or len(run) > 4 or run[0] in titled or \
                (len(run) == 1 and doc[run[0]].is_sent_start) or \
                any(doc[i].lower_ in FALSE_NAMES or doc[i].lower_ in kn.stop_words
                    or doc[i].text in kn.demonyms for i in run):
            continue
        if _no_company(kn, [doc[i].text for i in run]) or \
                any(doc[i].text in named for i in run) or \
                (len(run) == 1 and doc[run[0]].text in defined):
            continue
        out.append(_Cand(run[0], run[-1] + 1, UNLABELLED, 0, (RUN_RULE,)))
    return out


def _no_company(kn: Knowledge, words: Sequence[str]) -> bool:
    """Capitalised words that name no company: common words alone (a body, a title, a
    defined term: "Consejo Rector", "Placing Shares"), or ending in a holder of
    securities, a document's noun or a place's or a thing's head ("Norvik
    Shareholders", "Offer Document")."""
    last = words[-1]
    return all(kn.is_common(w) for w in words) or last in SECURITY_TAILS or \
        last.lower() in DEFINED_DOCUMENT_NOUNS or last.lower() in NOT_COMPANY_HEADS


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
    # which of its words are names and which common words ("Corrow Textiles": a name
    # and a trade's noun), and whether its last word is a common noun's plural
    kinds = ["C" if kn.is_common(w) else "N" for w in words[:4]]
    feats.append(f"pattern={''.join(kinds)}")
    if len(words) > 1 and kinds[-1] == "C" and "N" in kinds:
        feats.append("name_then_common")
        if words[-1].endswith("s"):
            feats.append("name_then_plural")
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
# Nouns of owning or of a part of a company, whose complement is a company's name.
_OWNING_NOUNS = frozenset({
    "stake", "share", "shareholding", "holding", "owner", "shareholder", "subsidiary",
    "unit", "parent", "control", "division", "capital", "participación", "accionista",
    "propietario", "dueño", "filial", "matriz", "unidad", "división",
    "accionariado", "paquete"})


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
    return out + _slot(doc, start, end, orgs, deals)


def _slot(doc: Doc, start: int, end: int, orgs: set[int],
          deals: frozenset[str]) -> list[str]:
    """Whether a mention stands where a company does: the subject or object of a deal's
    verb, the complement of a deal's or an owner's noun ("the sale of X", "una
    participación en X"), coordinated with an organisation, or next to a company's
    descriptor ("the retailer X", "X, a lender")."""
    root = doc[start:end].root
    head = root.head
    out = []
    if head.i != root.i and (root.dep_.startswith(("nsubj", "dobj", "obj", "agent"))) and \
            (head.lemma_.lower() in deals or head.lower_ in deals):
        out.append("slot=deal_argument")
    if start > 1 and doc[start - 1].lower_ in _OF:
        noun = doc[start - 2]
        if noun.lemma_.lower() in deals or noun.lower_ in deals or \
                noun.lemma_.lower() in _OWNING_NOUNS:
            out.append("slot=deal_complement")
    if (root.dep_ == "conj" and head.i in orgs) or any(
            t.dep_ == "conj" and t.i in orgs for t in root.children):
        out.append("slot=coordinated_org")
    near = [t for t in root.children if t.dep_ == "appos"]
    if root.dep_ == "appos":
        near.append(head)
    if start > 0:
        near.append(doc[start - 1])
    if any(t.lower_ in DESCRIPTORS or t.lemma_.lower() in DESCRIPTORS for t in near):
        out.append("slot=descriptor")
    return out


def promote(kn: Knowledge, doc: Doc, chosen: list[_Cand], model: ScorerModel) -> list[_Cand]:
    """``chosen`` with every name scoring at or above the threshold an organisation."""
    names = names_to_score(kn, doc, chosen)
    if not names:
        return chosen
    up = set()
    for name, mentions in names.items():
        feats = name_features(kn, doc, name, mentions, chosen)
        if model.probability(feats) >= model.threshold and \
                not _unfit_bracket(doc, name, mentions, chosen) and \
                not _numbered(doc, mentions):
            up.add(name)
    if not up:
        return chosen
    out = [c.retyped("ORG", max(c.priority, _P_CONTEXT), RULE)
           if _model_only(c) and doc[c.start:c.end].text in up else c for c in chosen]
    runs = [_Cand(c.start, c.end, "ORG", _P_CONTEXT, c.rules) for name in sorted(up)
            for c in names[name] if c.label == UNLABELLED]
    return sorted(out + runs, key=lambda c: (c.start, c.end)) if runs else out


def _numbered(doc: Doc, mentions: Sequence[_Cand]) -> bool:
    """Whether a number follows a mention of the name: an index's, a model's or a
    series' name ("FTSE 100", "Serie 7"), not a company's."""
    return any(c.end < len(doc) and doc[c.end].like_num for c in mentions)


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
    learned = (RULE, RUN_RULE)
    orgs = [c for c in chosen if c.label == "ORG" and not set(learned) & set(c.rules)]
    ends = {c.end: c for c in orgs}
    out = []
    for c in chosen:
        if c.label != "ORG" or not set(learned) & set(c.rules):
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

