"""A learned corroboration of organisations and people: an entity that rests on the
statistical model alone and looks like no name of its kind is dropped.

kg's entity rules type most names by a cue a linguist would name (a legal form, a
title, the gazetteer, a given name). Where no cue fires, the model's label (``ner:ORG``,
``ner:PER``, ``ner:PERSON`` in ``Entity.rules``) is all there is, and on news the rules
were never tuned on it is right far less often. The ``kg_corroborate`` component scores
every such entity with a logistic regression over what kg already knows of it: which
rules typed it, how often it is named, where (first in a sentence, on a short line such
as a headline, byline or caption), its shape (all capitals, one word, a legal form, a
given name of the gazetteer, a generic organisation head, common words of the
language), the part of speech of its words, whether a role or a deal names it, the
words right before and after its mentions, and the language. An entity scoring below
the threshold of its kind (:func:`threshold_of`) is dropped with the roles that point
at it: a one-word organisation on the model's label alone (:func:`droppable`), or a
person on it alone with no given name of the gazetteer and no role
(:func:`person_droppable`); and an organisation of several words the model did not
call one, typed by ``company:reads_as_company`` alone (:func:`multi_droppable`),
scored by a model of its own (``models/corroborate_multi.json``; off by default,
``KG_CORROBORATE_LONGER=on`` switches it on) that reads besides
its name's shape by the language's vocabulary (:func:`name_shape`: no proper word, a
generic head, a place's name) and whether its line is a heading in title case or it
stands in quotes. A deal party is never dropped (the deal would lose a
party), nor an organisation standing where only a company's name stands: before a
company's part or site, with a possessive, or in a list of organisations
(:func:`kept_by_place`).

The model (:func:`kg.deal_scorer.fit`) is trained by ``train/corroborate.py`` on the
opened halves and the CoNLL development files (``testa``) and shipped as
``models/corroborate.json``. It is on by default
(``KG_CORROBORATE=off`` switches it off; ``kg.settings.CORROBORATE`` is the default).

>>> nlp.add_pipe("kg_corroborate", after="kg_deals")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.deal_scorer import ScorerModel, model_text, read_model
from kg.entities.institutions import is_city
from kg.entities.learned import context_word as _word
from kg.entities.places import PLACED_NOUNS
from kg.entities.words import LEGAL_FORMS, ORG_HEADS, OWNED_NOUNS
from kg.facts import Entity, EntityRef
from kg.resources import data_dir
from kg.settings import corroborate_longer_default

__all__ = ["Corroborator", "features", "load_model", "model_path", "to_json", "droppable",
           "kept_by_name", "kept_by_place", "load_multi_model", "multi_droppable",
           "multi_model_path", "name_shape", "person_droppable", "threshold_of"]

FORMAT = "kg-corroborate/1"
MODEL_FILE = "corroborate.json"
# The model of longer names (:func:`multi_droppable`), trained apart so that the one of
# one-word names and people stays as it was trained.
MULTI_MODEL_FILE = "corroborate_multi.json"
# A line of at most this many words with no verb is page furniture or a headline.
_SHORT_LINE = 12
# The words that join the names of a list ("A, B and C", "A & B", "A y B").
_LIST_GLUE = frozenset({",", "and", "&", "or", "y", "e", "o", "and/or"})
# The possessive endings between a name and what it owns ("Acme's plants").
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# A company's parts, holdings and sites: the lexicon's ``owned_nouns`` and the nouns a
# place's name modifies ("the Acme plant", "las tiendas de Acme").
_OWNED_NOUNS = OWNED_NOUNS | PLACED_NOUNS


def droppable(entity: Entity) -> bool:
    """Whether the component may drop an entity: an organisation named in one word
    that rests on the statistical model's label alone (every rule that typed it is
    ``ner:...``) and is no initialism. Longer names are kept: out of fold on the
    training halves, dropping them removed as many right names as wrong ones (people
    have their own test, :func:`person_droppable`, and threshold). A
    word in capitals is an initialism, a name by its form (an agency, an exchange, a
    body): two in three of those resting on the model alone were right, in the news
    halves and in the CoNLL development files alike.

    >>> droppable(Entity("org", "Acme", rules=("ner:ORG",)))
    True
    >>> droppable(Entity("org", "Acme Ltd", rules=("ner:ORG", "cue:legal_form")))
    False
    >>> droppable(Entity("org", "ACME", rules=("ner:ORG",)))
    False
    """
    return entity.kind == "org" and len(entity.name.split()) == 1 and bool(entity.rules) \
        and all(r.startswith("ner:") for r in entity.rules) and not entity.name.isupper()


# The rule that types an organisation of several words by its words alone, from another
# of the model's labels (a place, a person, "other").
_READ_AS_COMPANY = "company:reads_as_company"


def multi_droppable(entity: Entity) -> bool:
    """Whether the component may drop an organisation named in two words or more that
    the model did not call one: a place, a person or "other" of its labels that
    ``company:reads_as_company`` read as a company's by its words alone, with no
    other rule of kg's ("Norvale Foods" of a place label; "Consejo Directivo",
    "Fomento Ganadero" read so too), and it is dropped only when no word of it
    is a proper word and it stands where a common noun phrase does
    (:func:`kept_by_name`). The longer names of the model's own organisation label
    stay: on the news halves seven in eight of them were right, and a phrase of
    common words there ("Trade Council", "Valley Courier") is as often a name as not.
    These are scored by the model of longer names
    (``models/corroborate_multi.json``, :func:`multi_model_path`).

    >>> multi_droppable(Entity("org", "Norvale Foods",
    ...                        rules=("ner:LOC", "company:reads_as_company")))
    True
    >>> multi_droppable(Entity("org", "Norvale Foods", rules=("ner:ORG",)))
    False
    >>> multi_droppable(Entity("org", "Norvale Foods",
    ...                        rules=("ner:LOC", "company:reads_as_company", "cue:org_tail")))
    False
    >>> multi_droppable(Entity("org", "Norvale", rules=("ner:LOC", "company:reads_as_company")))
    False
    """
    rules = entity.rules
    return entity.kind == "org" and len(entity.name.split()) > 1 \
        and _READ_AS_COMPANY in rules \
        and all(r == _READ_AS_COMPANY or r.startswith("ner:") for r in rules)


# The rules that type a person with no cue of kg's: the model's label, the one sense
# of a name carried from another of its mentions, a name joined from two of the model's.
_UNCUED_PERSON = ("ner:", "one_sense", "people:joined")
# The features that give a person a cue the rules do not write into ``Entity.rules``:
# a given name of the gazetteer opening it, a role (an office at an organisation).
_PERSON_CUES = ("given_name|person", "in_role|person")


def person_droppable(entity: Entity, feats: Iterable[str]) -> bool:
    """Whether the component may drop a person (``feats`` are its :func:`features`):
    a one-word name among the people :func:`person_scored` reads. A full name's shape
    (two words or more: "Ola Brekke", "Ortega Smith") is itself what the model reads a
    person by, and keeps it.

    >>> person_droppable(Entity("person", "Corvel", rules=("ner:PER",)), [])
    True
    >>> person_droppable(Entity("person", "Corvel Marr", rules=("ner:PER",)), [])
    False
    """
    return " " not in entity.name and person_scored(entity, feats)


def person_scored(entity: Entity, feats: Iterable[str]) -> bool:
    """Whether a person rests on the statistical model's label alone (every rule that
    typed it is the model's, the one sense of another mention, or a join of the model's
    names), with no given name of the gazetteer opening it and no role: the people the
    training script chooses the people's threshold on (``train/corroborate.py``). A
    title, an initial or a verb of saying is a rule of kg's and keeps it.

    >>> person_scored(Entity("person", "Corvel Marr", rules=("ner:PER",)), [])
    True
    >>> person_scored(Entity("person", "Ana Corvel", rules=("ner:PER",)),
    ...               ["given_name|person"])
    False
    >>> person_scored(Entity("person", "Corvel", rules=("cue:title_before",)), [])
    False
    """
    return _uncued_person(entity) and not any(f in _PERSON_CUES for f in feats)


def _uncued_person(entity: Entity) -> bool:
    return entity.kind == "person" and bool(entity.rules) \
        and all(r.startswith(_UNCUED_PERSON) for r in entity.rules)


def threshold_of(model: ScorerModel, kind: str) -> float:
    """The score below which the component drops an entity of ``kind``: the model's
    threshold for organisations, ``person_threshold`` of its meta for people (0.0,
    drop none, in a model trained before people were corroborated)."""
    if kind == "person":
        return float(model.meta.get("person_threshold", 0.0))
    return model.threshold


# The features of a mention that make its name a company's, or an agent's, by where
# it stands.
_KEEPING = ("owns_noun|org", "after='s|org", "after=’s|org", "listed_cued|org",
            "listed_org|org")


def kept_by_place(feats: Iterable[str]) -> bool:
    """Whether a name stands where only a company's name stands, so that it is kept
    whatever the model scores: before a company's part, holding or site ("the Acme
    plant", "Acme's stores", "las tiendas de Acme"), owning something ("Acme's new
    pricing": an agent's name, no page furniture) or in a list with other
    organisations ("Acme, Borel Ltd and Corva"). On the training halves and the CoNLL
    development files, eight in ten listed one-word names resting on the model alone
    were right, and five in nine possessors.

    >>> kept_by_place(["kind=org", "listed_cued|org"])
    True
    >>> kept_by_place(["kind=org", "after=,|org"])
    False
    """
    return any(f in _KEEPING for f in feats)


# The articles an organisation's own name takes: English names institutions with "the"
# ("the Norvale Land Trust", "the Takeover Panel"); a Spanish company's name takes none.
_NAME_ARTICLES = frozenset({"the"})
# The syntactic functions of a subject: a name that does something is an agent's.
_SUBJECT = ("dep=nsubj|org", "dep=nsubjpass|org")
# Where a phrase of common words stands as a common noun phrase does: after a
# determiner ("el Centro de Mediación", "a Rewards Hub tab"), or as a heading on a
# short line.
_AS_COMMON_PHRASE = ("det_before|org", "short_line|org")


def kept_by_name(feats: Iterable[str]) -> bool:
    """Whether a longer name (:func:`multi_droppable`) is kept whatever the model of
    longer names scores. It is kept when a word of it is a proper word, no common
    noun or adjective of the language ("Norvale" of "Helados Norvale", "Ferro" of
    "Inversiones Ferro"): a trade's noun and a proper name make a company's name.
    A phrase of common words only ("Fomento Ganadero", "Centro de Mediación",
    "Rewards Hub") is kept too unless it stands where a common noun phrase does and
    a company's name does not: after a determiner ("el Fomento Ganadero", as a
    Spanish company's name takes no article: "vendió Helados Norvale"; English "the"
    is no sign, as English names its institutions with it) or as a
    heading on a short line; and it is kept whenever a mention of it is the subject
    of a verb, an agent ("Grupo Textil Andino cerró la venta"). What is left is few:
    out of fold on the opened halves and the CoNLL development files the model of
    longer names drops 18 of them, 16 wrong.

    >>> kept_by_name(["kind=org", "proper=1|org", "det_before|org"])
    True
    >>> kept_by_name(["kind=org", "multi_no_proper|org", "det_before|org", "dep=obj|org"])
    False
    >>> kept_by_name(["kind=org", "multi_no_proper|org", "det_before|org", "dep=nsubj|org"])
    True
    >>> kept_by_name(["kind=org", "multi_no_proper|org", "before=de|org"])
    True
    """
    feats = list(feats)
    return "multi_no_proper|org" not in feats or any(f in _SUBJECT for f in feats) \
        or not any(f in _AS_COMMON_PHRASE for f in feats)


def _model_only(entity: Entity) -> bool:
    return bool(entity.rules) and all(r.startswith("ner:") for r in entity.rules)


def _rule_id(rule: str) -> str:
    """A rule's id without its argument: ``cue:title(CEO)`` → ``cue:title``."""
    return rule.split("(", 1)[0]


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-4" if n < 5 else "5+"


def features(
    doc: Doc,
    entity: Entity,
    *,
    parties: Iterable[EntityRef] = (),
    in_roles: Iterable[EntityRef] = (),
    given_names: frozenset[str] = frozenset(),
    org_heads: frozenset[str] = frozenset(),
    legal_forms: frozenset[str] = frozenset(),
    is_common: object = None,
    is_place: object = None,
    entities: Iterable[Entity] = (),
) -> list[str]:
    """The features of one entity of ``doc`` (see the module docstring); ``entities``
    are the document's entities, read for the names listed next to this one."""
    kind = entity.kind
    feats = [f"kind={kind}", f"lang={doc.lang_}|{kind}"]
    ids = sorted({_rule_id(r) for r in entity.rules})
    feats += [f"rule={r}|{kind}" for r in ids]
    feats.append(f"rules={'+'.join(ids[:3])}|{kind}")
    feats.append(f"only_model={_model_only(entity)}|{kind}")
    feats.append(f"mentions={_bucket(len(entity.mentions))}|{kind}")
    feats.append(f"aliases={_bucket(len(entity.aliases))}")
    words = entity.name.split()
    feats.append(f"words={_bucket(len(words))}|{kind}")
    if entity.name.isupper():
        feats.append(f"all_caps|{kind}")
    if any(not w[:1].isupper() for w in words):
        feats.append(f"lower_word|{kind}")
    if any(ch.isdigit() for ch in entity.name):
        feats.append("digit")
    if words and words[0] in given_names:
        feats.append(f"given_name|{kind}")
    if any(w.strip(".,") in legal_forms for w in words):
        feats.append(f"legal_form|{kind}")
    if any(w in org_heads for w in words):
        feats.append(f"org_head|{kind}")
    if callable(is_common) and words and all(is_common(w) for w in words):
        feats.append(f"all_common|{kind}")
    phrase = kind == "org" and len(words) > 1
    if phrase:
        feats += name_shape(words, is_common=is_common, is_place=is_place, org_heads=org_heads)
    feats.append(f"party={entity.ref in set(parties)}|{kind}")
    if entity.ref in set(in_roles):
        feats.append(f"in_role|{kind}")
    text = doc.text
    seen: set[str] = set()
    neighbours = _org_mentions(doc, entities, entity.ref) if kind == "org" else {}
    for number, mention in enumerate(entity.mentions):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        here = _mention_features(doc, span, text, number == 0)
        here += _listed(doc, span, neighbours) + _owner(doc, span)
        if phrase:
            here += _phrase_features(doc, span, text)
        seen.update(f"{f}|{kind}" for f in here)
    seen |= {f"multi:{f}" for f in seen if phrase and f.startswith(_MULTI_MENTION)}
    feats += sorted(seen)
    return feats


# The mention features read again, conjoined, for a name of two words or more: where a
# one-word name is a name (a headline's subject) a phrase is as often a heading.
_MULTI_MENTION = ("sent_initial", "short_line", "whole_line", "title_line", "quoted",
                  "first_line", "before=^", "before=\\n")
# The function words a name may hold inside ("Bank of Norvale", "Banco de Alcesa").
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "del", "la", "las", "los",
                             "el", "y", "e", "en", "&"})


def name_shape(words: list[str], *, is_common: object = None, is_place: object = None,
               org_heads: frozenset[str] = frozenset()) -> list[str]:
    """The shape of an organisation's name by the language's vocabulary: how many of
    its words are proper (no common noun or adjective of the language, no place, no
    function word), whether a place's name is among them, and, for a name of two
    words or more, whether it has no proper word at all ("Consejo Directivo", "Chief
    Executive"), ends in a generic head with none ("Regional Board"), opens with a
    common word ("Nueva Norvale") or holds a function word ("Bank of Norvale").

    >>> name_shape(["Regional", "Board"], is_common=lambda w: True,
    ...            org_heads=frozenset({"Board"}))
    ['proper=0|org', 'multi_no_proper|org', 'multi_generic_head|org', 'multi_first_common|org']
    """
    def common(w: str) -> bool:
        return callable(is_common) and bool(is_common(w))

    def place(w: str) -> bool:
        return callable(is_place) and bool(is_place(w))

    bare = [w.strip(".,;:\"'()") for w in words]
    inner = [w for w in bare if w and w.lower() not in _FUNCTION_WORDS]
    proper = [w for w in inner if not common(w)]
    out = [f"proper={_bucket(len(proper))}|org"]
    if any(place(w) for w in proper):
        out.append("place_word|org")
    if len(words) < 2:
        return out
    if not proper:
        out.append("multi_no_proper|org")
        if inner and inner[-1] in org_heads:
            out.append("multi_generic_head|org")
    if inner and inner[0] == bare[0] and common(bare[0]):
        out.append("multi_first_common|org")
    if len(inner) < len([w for w in bare if w]):
        out.append("multi_function_word|org")
    return out


def _org_mentions(doc: Doc, entities: Iterable[Entity],
                  own: EntityRef) -> dict[int, bool]:
    """The first and last token of every mention of the other organisations, each with
    whether a rule of kg's (not the model alone) typed it."""
    out: dict[int, bool] = {}
    for e in entities:
        if e.kind != "org" or e.ref == own:
            continue
        cued = not _model_only(e)
        for m in e.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span):
                for i in (span.start, span.end - 1):
                    out[i] = out.get(i, False) or cued
    return out


def _listed(doc: Doc, span: SpacySpan, neighbours: dict[int, bool]) -> list[str]:
    """``listed_cued`` when the mention is listed ("A, B and C", "A & B") next to an
    organisation a rule of kg's typed, ``listed_org`` next to one the model alone
    did."""
    out = []
    for step, edge in ((-1, span.start - 1), (1, span.end)):
        glue = 0
        i = edge
        while 0 <= i < len(doc) and doc[i].lower_ in _LIST_GLUE and glue < 2:
            i, glue = i + step, glue + 1
        if glue and i in neighbours:
            out.append("listed_cued" if neighbours[i] else "listed_org")
    return out


def _owner(doc: Doc, span: SpacySpan) -> list[str]:
    """``owns_noun`` when the mention names the owner of a company's part, holding or
    site: right before it ("the Acme plant", "Acme's stores") or after "de"/"of" and
    it ("las tiendas de Acme", "shares of Acme")."""
    nouns = _OWNED_NOUNS
    i = span.end
    if i < len(doc) and doc[i].text in _POSSESSIVE:
        i += 1
    if i < len(doc) and (doc[i].lower_ in nouns or doc[i].lemma_.lower() in nouns):
        return ["owns_noun"]
    k = span.start
    if k > 1 and doc[k - 1].lower_ in ("de", "del", "of") and doc[k - 2].lower_ in nouns:
        return ["owns_noun"]
    return []


def _mention_features(doc: Doc, span: SpacySpan, text: str, first: bool) -> list[str]:
    out = []
    start, end = span.start, span.end
    if doc[start].is_sent_start:
        out.append("sent_initial")
    else:
        out.append("inside_sentence")
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start: len(text) if line_end < 0 else line_end]
    n_words = len(line.split())
    if line_start == 0:
        out.append("first_line")
    if n_words <= _SHORT_LINE and not line.rstrip().endswith((".", ":", ";")):
        out.append("short_line")
    if line.strip() == span.text.strip():
        out.append("whole_line")
    out += [f"pos={t.pos_}" for t in span]
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    out.append(f"before={_word(before) if before is not None else '^'}")
    out.append(f"after={_word(after) if after is not None else '$'}")
    if before is not None and start > 1:
        out.append(f"before2={_word(doc[start - 2])}_{_word(before)}")
    if span.root.dep_:
        out.append(f"dep={span.root.dep_}")
    if first:
        out.append(f"first_dep={span.root.dep_}")
    return out


def _phrase_features(doc: Doc, span: SpacySpan, text: str) -> list[str]:
    """The features of a mention of a name of several words besides
    :func:`_mention_features`: ``title_line`` on a line written in title case (a
    heading), ``quoted`` between quotation marks (a title, a slogan, a product),
    ``det_before`` after a determiner ("el", "su", "a") other than English "the"."""
    out = []
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    if _title_case(text[line_start: len(text) if line_end < 0 else line_end]):
        out.append("title_line")
    if 0 < span.start and span.end < len(doc) and doc[span.start - 1].is_quote \
            and doc[span.end].is_quote:
        out.append("quoted")
    if span.start > 0 and doc[span.start - 1].pos_ == "DET" \
            and doc[span.start - 1].lower_ not in _NAME_ARTICLES:
        out.append("det_before")
    return out


def _title_case(line: str) -> bool:
    """Whether a line of three words or more is written in title case, most of its
    words capitalised, as a heading is ("Norvale Opens New Plant In Ferro")."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and 4 * sum(w[:1].isupper() for w in words) >= 3 * len(words)


# --------------------------------------------------------------------------- model


def model_path() -> Path:
    """Where the shipped model is (``models/corroborate.json``)."""
    return data_dir("models") / MODEL_FILE


def to_json(model: ScorerModel) -> str:
    """The model file's text (the deal scorer's layout, this module's format)."""
    return model_text(model, FORMAT)


def load_model(path: Path | None = None) -> ScorerModel:
    """Read a model file (the shipped one by default); no network."""
    return read_model(path or model_path(), FORMAT, "the corroboration model",
                      "a corroboration model", "train-corroborate")


def multi_model_path() -> Path:
    """Where the shipped model of longer names is (``models/corroborate_multi.json``)."""
    return data_dir("models") / MULTI_MODEL_FILE


def load_multi_model(path: Path | None = None) -> ScorerModel | None:
    """Read the model of longer names (the shipped one by default), or None when there
    is none (then no longer name is dropped); no network."""
    path = path or multi_model_path()
    if not path.is_file():
        return None
    return read_model(path, FORMAT, "the corroboration model of longer names",
                      "a corroboration model", "train-corroborate-multi")


# --------------------------------------------------------------------------- component


class Corroborator:
    """The ``kg_corroborate`` pipeline component (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "kg_corroborate",
                 model: ScorerModel | None = None,
                 multi_model: ScorerModel | None = None) -> None:
        self.name = name
        self.nlp = nlp
        self._model = model
        self._multi: tuple[ScorerModel | None] | None = \
            None if multi_model is None else (multi_model,)

    @property
    def model(self) -> ScorerModel:
        if self._model is None:
            self._model = load_model()
        return self._model

    @property
    def multi_model(self) -> ScorerModel | None:
        """The model of longer names (:func:`multi_droppable`): the one given, else the
        shipped one when ``KG_CORROBORATE_LONGER`` is on
        (:func:`kg.settings.corroborate_longer_default`), else None (none dropped)."""
        if self._multi is None:
            self._multi = (load_multi_model() if corroborate_longer_default() else None,)
        return self._multi[0]

    def _scorer(self, entity: Entity) -> ScorerModel | None:
        """The model that scores an entity: the one of longer names for a
        :func:`multi_droppable` organisation, else the main one."""
        return self.multi_model if multi_droppable(entity) else self.model

    def threshold(self, entity: Entity) -> float:
        """The score below which an entity is dropped (:func:`threshold_of`)."""
        scorer = self._scorer(entity)
        return 0.0 if scorer is None else threshold_of(scorer, entity.kind)

    def knowledge(self) -> dict[str, Any]:
        """What the entity rules know that the features read (given names, heads)."""
        given: frozenset[str] = frozenset()
        is_common = is_place = None
        if "kg_entities" in self.nlp.pipe_names:
            pipe = self.nlp.get_pipe("kg_entities")
            given = getattr(pipe, "given_names", frozenset())
            is_common = getattr(pipe, "is_common", None)
            places: frozenset[str] = getattr(getattr(pipe, "knowledge", None), "places",
                                             frozenset())
            is_place = lambda w: w in places or is_city(w)  # noqa: E731
        return {"given_names": given, "org_heads": frozenset(ORG_HEADS),
                "legal_forms": frozenset(LEGAL_FORMS), "is_common": is_common,
                "is_place": is_place}

    def scores(self, doc: Doc) -> list[tuple[Entity, float | None]]:
        """Each entity of ``doc`` with its probability of being a name of its kind,
        or None for one the component never drops."""
        entities = list(doc._.kg_entities or ())
        parties = {ref for d in doc._.kg_deals or () for _, ref in d.roles}
        roles = {ref for r in doc._.kg_roles or () for ref in (r.person, r.organization)}
        known = self.knowledge()
        out: list[tuple[Entity, float | None]] = []
        people = threshold_of(self.model, "person") > 0.0
        multi = self.multi_model is not None
        for e in entities:
            scorer = self._scorer(e)
            if not (droppable(e) or multi and multi_droppable(e)
                    or people and _uncued_person(e)) or e.ref in parties or scorer is None:
                out.append((e, None))
                continue
            feats = features(doc, e, parties=parties, in_roles=roles,
                             entities=entities, **known)
            keep = kept_by_place(feats) or multi_droppable(e) and kept_by_name(feats) \
                if e.kind == "org" else not person_droppable(e, feats)
            out.append((e, None if keep else scorer.probability(feats)))
        return out

    def __call__(self, doc: Doc) -> Doc:
        if not doc._.kg_entities:
            return doc
        dropped = {e.ref for e, p in self.scores(doc)
                   if p is not None and p < self.threshold(e)}
        if dropped:
            doc._.kg_entities = [e for e in doc._.kg_entities if e.ref not in dropped]
            doc._.kg_roles = [
                r for r in doc._.kg_roles or ()
                if r.person not in dropped and r.organization not in dropped
            ]
        return doc


@Language.factory("kg_corroborate", default_config={"model_file": "", "multi_model_file": ""})
def make_corroborator(nlp: Language, name: str, model_file: str,
                      multi_model_file: str) -> Corroborator:
    """Build the ``kg_corroborate`` component with the shipped models or ``model_file``
    and ``multi_model_file`` (the model of longer names)."""
    return Corroborator(nlp, name, load_model(Path(model_file)) if model_file else None,
                        load_multi_model(Path(multi_model_file)) if multi_model_file else None)
