"""A learned check of people: a name only the statistical model called a person
(``PER``/``PERSON``) that its words and its frame mark as a company's becomes an
organisation (rule ``learned:person_retype``).

The entity rules keep a person by a cue a linguist names (a given name of the
gazetteer, a title or office, a verb of saying) and retype one by a company's cue (a
legal form, a trade word); where none fires, a company named like a surname ("Corvel
bought ...", "Tarrant's plants") stays the person the model made it. This step scores
every distinct name of the article whose mentions rest on the model's person label
alone (the rules ``ner:``, ``one_sense``, ``people:joined``: the corroboration's
uncued people, ``kg.corroborate.person_scored``) and whose first word is no given
name of the gazetteer, with a logistic regression over what a reader types it by: its
common words (any other word only by its shape: the model holds no name), a surname of
the list in it, its last letters, an organisation's head or legal form in it, each
mention's dependency relation and the lemma of its head (the verbs it is subject or
object of: a deal's or a business's verbs against saying and personal ones), the words
right before and after, a complement of a company noun ("the shareholders of X"), a
possessive with the noun it owns ("X's plants"), a pronoun of a person (he, she, él,
ella) soon after it, a title next to it, a longer person's name it ends, the label of
its other mentions, a headline, and the language. A name scoring at or above the
model's threshold becomes an organisation at each of its mentions.

The model is fitted by ``train/retype_people.py`` (``make train-retype-people``) on the
opened halves and the CoNLL development files (``testa``), with the threshold chosen
out of fold so that at least ``MIN_RIGHT`` of what it retypes is right, and shipped as
``models/retype_people.json`` (format ``kg-retype-people/1``). It runs inside
``kg_entities`` right after the place retyper (``kg.entities.learned``), off by default
(``KG_RETYPE_PEOPLE=on`` switches it on; see ``kg.settings.RETYPE_PEOPLE`` for why).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from kg.entities.context import _P_CONTEXT, Knowledge, _Cand
from kg.entities.learned import _frame, _mention, _shape, deal_words
from kg.entities.words import LEGAL_FORMS, ORG_HEADS, ROLE_TITLES
from kg.logistic import ScorerModel, read_model
from kg.resources import data_dir

__all__ = ["FORMAT", "MIN_RIGHT", "RULE", "load_people_retyper", "model_people",
           "name_features", "names_to_score", "promote"]

FORMAT = "kg-retype-people/1"
MODEL_FILE = "retype_people.json"
RULE = "learned:person_retype"
# Of what the check retypes out of fold, at least this share must be right.
MIN_RIGHT = 0.85
_PEOPLE = ("PER", "PERSON")
# The rules of a person that rests on the model's label alone (kg.corroborate's
# ``_UNCUED_PERSON``).
_UNCUED = ("ner:", "one_sense", "people:joined")
# Pronouns of a person: one soon after a name is what a reader takes it as a person by.
_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself",
                       "él", "ella", "ello"})
# One-word titles and offices (``lexicon`` role titles), lower-case.
_TITLES = frozenset(t.lower() for t in ROLE_TITLES if " " not in t)
# How many tokens after a mention a pronoun is looked for.
_PRONOUN_REACH = 25


def model_path() -> Path:
    """Where the shipped model is (``models/retype_people.json``)."""
    return data_dir("models") / MODEL_FILE


@cache
def load_people_retyper(path: Path | None = None) -> ScorerModel:
    """Read a model file (the shipped one by default); no network."""
    return read_model(path or model_path(), FORMAT, "the people retype model",
                      "a people retype model", "train-retype-people")


def _model_only(c: _Cand) -> bool:
    return c.label in _PEOPLE and bool(c.rules) and all(r.startswith(_UNCUED) for r in c.rules)


def model_people(kn: Knowledge, doc: Doc,
                 chosen: Sequence[_Cand]) -> dict[str, list[_Cand]]:
    """The names the model called a person that kg's rules made an organisation by a
    cue of theirs (a legal form, a trade word, a company's frame), by their text: the
    training script's easy positives, which teach the frame of a company's name (never
    scored in a run: the rules already typed them)."""
    out: dict[str, list[_Cand]] = {}
    for c in chosen:
        if c.label == "ORG" and any(r in ("ner:PER", "ner:PERSON") for r in c.rules):
            out.setdefault(doc[c.start:c.end].text, []).append(c)
    return {name: cs for name, cs in out.items() if name.split()[0] not in kn.given_names}


def names_to_score(kn: Knowledge, doc: Doc,
                   chosen: Sequence[_Cand]) -> dict[str, list[_Cand]]:
    """The people only the model typed, by their text: every mention of the name a
    person resting on the model's label, its first word no given name of the gazetteer.

    >>> names_to_score(Knowledge.__new__(Knowledge), None, [])
    {}
    """
    out: dict[str, list[_Cand]] = {}
    cued: set[str] = set()
    for c in chosen:
        if c.label not in _PEOPLE:
            continue
        name = doc[c.start:c.end].text
        (out.setdefault(name, []).append(c) if _model_only(c) else cued.add(name))
    return {name: cs for name, cs in out.items()
            if name not in cued and name.split()[0] not in kn.given_names}


def name_features(kn: Knowledge, doc: Doc, name: str, mentions: Sequence[_Cand],
                  chosen: Sequence[_Cand]) -> list[str]:
    """The features of one name of ``doc`` (see the module docstring); ``mentions`` are
    its person candidates, ``chosen`` every candidate of the article."""
    words = name.split()
    feats = [f"lang={kn.lang}", f"words={min(len(words), 4)}",
             f"mentions={min(len(mentions), 3)}"]
    feats += sorted({f"rule={r.split('(')[0]}" for c in mentions for r in c.rules
                     if r.startswith(_UNCUED)})
    feats += [f"w={w.lower()}" if w in ORG_HEADS or kn.is_common(w) else "w=NAME"
              for w in words[:4]]
    feats.append(f"shape={'_'.join(_shape(w) for w in words[:3])}")
    last = words[-1].lower()
    feats += [f"suf3={last[-3:]}", f"suf2={last[-2:]}", f"len={min(len(last), 10) // 3}"]
    if any(w in kn.surnames for w in words):
        feats.append("surname")
    if any(w in kn.given_names for w in words[1:]):
        feats.append("given_inside")
    if any(w in ORG_HEADS for w in words):
        feats.append("org_head")
    if any(w.strip(".,") in LEGAL_FORMS for w in words):
        feats.append("legal_form")
    if all(kn.is_common(w) for w in words):
        feats.append("all_common")
    if any(w.lower() in kn.stop_words for w in words):
        feats.append("stop_word")
    feats += _other_mentions(doc, name, mentions, chosen)
    return feats + sorted(_mentions_features(kn, doc, mentions, chosen))


def _other_mentions(doc: Doc, name: str, mentions: Sequence[_Cand],
                    chosen: Sequence[_Cand]) -> list[str]:
    """The labels of the name's other mentions and of the longer names it is part of."""
    out = set()
    own = {c.start for c in mentions}
    for c in chosen:
        text = doc[c.start:c.end].text
        if c.start in own:
            continue
        if text == name:
            if c.label not in _PEOPLE:
                out.add(f"also={c.label}")
        elif f" {name} " in f" {text} ":
            end = text.endswith(f" {name}")
            out.add(f"inside={c.label}{'_end' if end else ''}")
    return sorted(out)


def _mentions_features(kn: Knowledge, doc: Doc, mentions: Sequence[_Cand],
                       chosen: Sequence[_Cand]) -> set[str]:
    seen: set[str] = set()
    orgs = {i for c in chosen if c.label == "ORG" for i in range(c.start, c.end)}
    deals = deal_words(kn.lang)
    for c in mentions:
        here = _mention(doc, c.start, c.end, chosen) + _frame(doc, c.start, c.end, orgs, deals)
        here += _person_frame(doc, c.start, c.end)
        seen.update(here)
    return seen


def _person_frame(doc: Doc, start: int, end: int) -> list[str]:
    """What marks a mention as a person's or a company's beyond the place retyper's
    frame: a pronoun of a person soon after it, a title next to it, the noun a
    possessive of it owns."""
    out = []
    if any(t.lower_ in _PRONOUNS for t in doc[end:end + _PRONOUN_REACH]):
        out.append("pronoun_after")
    near = [t.lower_ for t in doc[max(0, start - 3):start]] + \
        [t.lower_ for t in doc[end:end + 3]]
    if any(w in _TITLES for w in near):
        out.append("title_near")
    if end + 1 < len(doc) and doc[end].text in ("'s", "’s", "'"):
        owned = next((t for t in doc[end + 1:end + 4] if t.pos_ == "NOUN"), None)
        if owned is not None:
            out.append(f"owns={owned.lemma_.lower()}")
    return out


def promote(kn: Knowledge, doc: Doc, chosen: list[_Cand], model: ScorerModel) -> list[_Cand]:
    """``chosen`` with every name scoring at or above the threshold an organisation."""
    names = names_to_score(kn, doc, chosen)
    if not names:
        return chosen
    up = {name for name, mentions in names.items()
          if model.probability(name_features(kn, doc, name, mentions, chosen))
          >= model.threshold}
    if not up:
        return chosen
    return [c.retyped("ORG", max(c.priority, _P_CONTEXT), RULE)
            if _model_only(c) and doc[c.start:c.end].text in up else c for c in chosen]
