"""What the entity rules share: a candidate entity, the priorities of its sources, and
the language knowledge every rule reads (given names, places, common words)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language

from kg.entities.gazetteer import (
    currency_codes,
    folded_places,
    known_places,
    load_demonyms,
    load_surnames,
)
from kg.entities.words import CONNECTORS, FOLDED_TAILS
from kg.iri import fold


@dataclass
class _Cand:
    """A candidate entity: tokens ``start:end``, a CoNLL label, the priority of its
    source, and the ids of the rules that found and typed it (``kg.facts.Entity.rules``)."""

    start: int
    end: int
    label: str
    priority: int  # higher wins an overlap
    rules: tuple[str, ...] = field(default=(), compare=False)

    def retyped(self, label: str, priority: int, rule: str) -> _Cand:
        """This candidate with another label and priority, by the rule ``rule``."""
        rules = self.rules if label == self.label else (*self.rules, rule)
        return _Cand(self.start, self.end, label, priority, rules)


# Priorities of the sources of a candidate entity.
_P_MODEL, _P_CONTEXT, _P_HEAD, _P_PERSON, _P_GAZ, _P_ACRONYM, _P_LEGAL = 0, 1, 2, 3, 4, 5, 6


class Knowledge:
    """What the rules know of a language and the world, built once per pipeline."""

    def __init__(self, nlp: Language, given_names: frozenset[str]) -> None:
        self.lang: str = nlp.lang or ""
        self.given_names = given_names
        self.places = known_places()
        self.countries = known_places(countries_only=True)
        self.demonyms = load_demonyms()
        self.surnames = load_surnames()
        self.stop_words = frozenset(w.lower() for w in nlp.Defaults.stop_words)
        self.currencies = currency_codes()
        self.nouns = _common_words(nlp, ("noun",))
        self.lexicon = self.nouns | _common_words(nlp, ("adj",))
        self.folded_places = folded_places()
        self.verbs = _common_words(nlp, ("verb",))

    def is_common(self, word: str) -> bool:
        """Whether a word (any case) is a common noun or adjective of the language
        ("Textiles", "Energías", "Freight"), read from the lemmatiser's word lists; a
        place name never is."""
        if word in self.places:
            return False
        folded = fold(word)
        if not folded or not folded.isalpha():
            return False
        if self.lang == "es" and len(folded) > 8 and folded.endswith(_COMMON_SUFFIXES):
            return True
        return bool(self._forms(folded) & self.lexicon)

    def trade_adjective(self, word: str) -> bool:
        """Spanish: a capitalised adjective of a trade in -era, feminine as it agrees
        with the "empresa" it stands for, made from the noun of what the trade works
        ("Conservera" of "conserva", "Arrocera" of "arroz", "Hotelera" of "hotel"): the
        lemmatiser knows the noun but not the word as a noun of its own, as it knows
        "frontera", "cordillera" or "carretera", the -era nouns that name places."""
        folded = fold(word)
        if self.lang != "es" or not word[:1].isupper() or len(folded) < 8 or \
                not folded.endswith("era") or folded in self.nouns or word in self.places \
                or word in self.given_names:
            return False
        stem = folded[:-3]
        bases = {stem, stem + "a", stem + "o", stem + "e"}
        # the spelling of the stem before -e-: "pesca" → "pesquera", "cerveza" →
        # "cervecera", "café" → "cafetera"
        if stem.endswith("qu"):
            bases |= {stem[:-2] + "ca", stem[:-2] + "co"}
        if stem.endswith("c"):
            bases |= {stem[:-1] + "za", stem[:-1] + "z"}
        if stem.endswith("t"):
            bases.add(stem[:-1])
        return bool(bases & self.nouns)

    def _forms(self, folded: str) -> set[str]:
        """The lemmas a folded word may be a form of: itself, its singular, its
        masculine."""
        forms = {folded}
        if folded.endswith("s"):
            # "-s" after a vowel, "-es" after a consonant: "Polaris" is no plural of
            # "polar" (that is "polares"), "Genius" none of "genio"
            forms.add(folded[:-1])
            if folded.endswith("es"):
                forms.add(folded[:-2])
            if folded.endswith("ies"):
                forms.add(folded[:-3] + "y")
            if folded.endswith("ces") and self.lang == "es":
                forms.add(folded[:-3] + "z")  # "jueces" (juez), "luces" (luz)
        forms |= {f[:-1] + "o" for f in list(forms) if f.endswith("a")}
        return forms

    def is_verb_form(self, word: str) -> bool:
        """Whether a word (any case, accents or none) is a regular form of a verb of
        the language's lemma lists: "PRESENTARA" (presentar), "aceptaría", "reunen";
        in English "DEFENDS", "NAMED", "TAKING", "STOPPED"."""
        folded = fold(word)
        if folded in self.verbs:
            return True
        if self.lang == "en":
            return any(stem in self.verbs for stem in _english_stems(folded))
        for ending in _VERB_ENDINGS:
            stem = folded[:-len(ending)]
            if folded.endswith(ending) and len(stem) >= 3 and any(
                    root + infinitive in self.verbs for root in _spanish_roots(stem)
                    for infinitive in ("ar", "er", "ir")):
                return True
        return False

    def generic_word(self, word: str) -> bool:
        """A common word that can be left out of a company name (not a place, not a
        connector)."""
        folded = fold(word)
        if folded in FOLDED_TAILS:
            return True  # "Robotics" of "Nubia Robotics", in a Spanish article too
        return folded not in CONNECTORS and folded not in self.folded_places and \
            self.is_common(word)


# Folded endings of regular Spanish verb forms (conjugated, participles, gerunds),
# longest first; what is left is the verb's stem ("presentara" → "present" + "ar").
_VERB_ENDINGS = (
    "ariamos", "eriamos", "iriamos", "aremos", "eremos", "iremos",
    "arian", "erian", "irian", "ieron", "aria", "eria", "iria", "aran", "eran", "iran",
    "aron", "aban", "ando", "iendo", "ados", "adas", "idos", "idas", "ara", "era", "ira",
    "amos", "emos", "imos", "aba", "ado", "ada", "ido", "ida", "ian", "yan", "yen", "ia",
    "io", "ya", "ye", "yo", "an", "en", "a", "e", "o",
)


def _spanish_roots(stem: str) -> list[str]:
    """The infinitive roots a Spanish stem may come from: itself, and for the verbs
    whose stressed vowel changes, the root before the change ("muestr" → "mostr",
    "pued" → "pod", "cierr" → "cerr", "pid" → "ped"), or that add a "g" ("pong" →
    "pon", "teng" → "ten", "salg" → "sal")."""
    roots = [stem]
    for changed, plain in (("ue", "o"), ("ie", "e"), ("i", "e")):
        k = stem.rfind(changed)
        if k > 0:
            roots.append(stem[:k] + plain + stem[k + len(changed):])
    if stem.endswith("g") and len(stem) > 3:
        roots.append(stem[:-1])
    return roots


def _english_stems(word: str) -> set[str]:
    """The verbs an English regular form may come from: "defends" → "defend",
    "named" → "name", "carries" → "carry", "stopped" → "stop", "taking" → "take"."""
    stems: set[str] = set()
    for ending in ("ies", "ied", "es", "ed", "ing", "s", "d"):
        stem = word[:-len(ending)]
        if not word.endswith(ending) or len(stem) < 2:
            continue
        stems |= {stem, stem + "e"}
        if ending in ("ies", "ied"):
            stems.add(stem + "y")
        if ending in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
            stems.add(stem[:-1])
    return stems


# Spanish endings of compound common nouns and adjectives of a trade, which no name
# ends with and the lemmatiser's lists miss: "acuicultura", "silvicultura"; "acuícola",
# "vitivinícola", "frutícolas".
_COMMON_SUFFIXES = ("cultura", "culturas", "icola", "icolas")


def _common_words(nlp: Language, kinds: tuple[str, ...] = ("noun", "adj")) -> frozenset[str]:
    """Folded common nouns and adjectives (or the ``kinds`` asked for) from the
    lemmatiser's word lists (empty for a pipeline without them)."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError, ValueError):
        return frozenset()
    words: set[str] = set()
    for pos in kinds:
        if pos in table:
            words.update(_fold_word(w) for w in table[pos] if isinstance(w, str) and w.isalpha())
    return frozenset(words)


def _fold_word(word: str) -> str:
    """``fold`` of one word of letters: lower case alone when it is ASCII (what ``fold``
    gives it), without a pass through ``fold``'s cache, which the tens of thousands of
    words of a lemma list would fill, pushing out the names an article asks again.

    >>> _fold_word("Acuícola"), _fold_word("Harbour")
    ('acuicola', 'harbour')
    """
    return word.lower() if word.isascii() else fold.__wrapped__(word)
