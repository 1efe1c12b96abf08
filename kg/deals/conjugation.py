"""The inflected forms of the Spanish deal verbs, for the lemmas the model gets wrong.

The small Spanish model's rule lemmatiser strips the wrong ending from many forms
that are not in its exception table: the imperfect subjunctive and the preterite of
*vender* come out as *vendar* ("vendiera", "vendieron"), the conditional of every
-ar verb as *-arir* ("compraría" → "comprarir"), the present subjunctive of
*fusionar* as *fusionir* ("fusionen"). A deal rule that reads the lemma then misses
the verb. The regular paradigm of a verb is known from its infinitive, so kg
conjugates each trigger verb of ``lexicon/deals.toml`` (with the spelling changes
of Spanish orthography and the stem changes the lexicon lists for the few
stem-changing ones) and gives every verb token whose form is one of them its
infinitive back (:func:`restore_lemmas`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from spacy.attrs import LEMMA, POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, MorphAnalysis

from kg.doc import doc_lang, set_lemma, token_lowers
from kg.lexicon import LEXICON

# The endings of the simple tenses, the gerund and the participle, by conjugation
# (present, preterite, imperfect, future, conditional, present subjunctive, both
# imperfect subjunctives). The future and the conditional are built on the whole
# infinitive.
_ENDINGS: Mapping[str, tuple[str, ...]] = {
    "ar": (
        "o", "as", "a", "amos", "áis", "an",
        "é", "aste", "ó", "asteis", "aron",
        "aba", "abas", "ábamos", "abais", "aban",
        "e", "es", "emos", "éis", "en",
        "ara", "aras", "áramos", "arais", "aran",
        "ase", "ases", "ásemos", "aseis", "asen",
        "ando", "ado", "ada", "ados", "adas",
    ),
    "er": (
        "o", "es", "e", "emos", "éis", "en",
        "í", "iste", "ió", "imos", "isteis", "ieron",
        "ía", "ías", "íamos", "íais", "ían",
        "a", "as", "amos", "áis", "an",
        "iera", "ieras", "iéramos", "ierais", "ieran",
        "iese", "ieses", "iésemos", "ieseis", "iesen",
        "iendo", "ido", "ida", "idos", "idas",
    ),
}
_ENDINGS = {**_ENDINGS, "ir": (*_ENDINGS["er"], "imos", "ís")}
_ON_INFINITIVE = ("é", "ás", "á", "emos", "éis", "án", "ía", "ías", "íamos", "íais", "ían")
# Object and reflexive pronouns that follow an infinitive or a gerund as one word
# ("venderle", "adquirirla", "vendiéndola").
_CLITICS = ("me", "te", "se", "nos", "le", "les", "lo", "la", "los", "las",
            "selo", "sela", "selos", "selas")
# The other stems of the stem-changing deal verbs ("invertir": "invierte", "invirtió").
STEM_CHANGES: Mapping[str, str] = LEXICON.table("stem_changes")


def _spelled(stem: str, ending: str, verb: str) -> str:
    """``stem + ending`` with Spanish spelling kept: "adjudic" + "é" → "adjudiqué",
    "encarg" + "e" → "encargue", "capitaliz" + "e" → "capitalice", "ofrec" + "o"
    → "ofrezco"."""
    front = ending[:1] in ("e", "é")
    if verb.endswith("car") and front:
        return stem[:-1] + "qu" + ending
    if verb.endswith("gar") and front:
        return stem + "u" + ending
    if verb.endswith("zar") and front:
        return stem[:-1] + "c" + ending
    if verb.endswith("cer") and stem[-2:-1] in "aeiou" and ending[:1] in ("o", "a"):
        return stem[:-1] + "zc" + ending
    if verb.endswith(("guir",)) and ending[:1] in ("o", "a"):
        return stem[:-1] + ending
    return stem + ending


def conjugate(verb: str) -> set[str]:
    """The forms of a regular Spanish verb (and of the stems the lexicon gives a
    stem-changing one), with enclitic pronouns after the infinitive and the gerund.

    >>> sorted(f for f in conjugate("vender") if f.startswith("vendier"))[:3]
    ['vendiera', 'vendierais', 'vendieran']
    >>> "compraría" in conjugate("comprar"), "adjudiquen" in conjugate("adjudicar")
    (True, True)
    """
    verb = verb.removesuffix("se")
    group = verb[-2:]
    if group not in _ENDINGS:
        return set()
    forms = {verb}
    for stem in (verb[:-2], *STEM_CHANGES.get(verb, "").split()):
        forms.update(_spelled(stem, ending, verb) for ending in _ENDINGS[group])
    forms.update(verb + ending for ending in _ON_INFINITIVE)
    gerund = _spelled(verb[:-2], "ando" if group == "ar" else "iendo", verb)
    stressed = gerund[:-4] + "ándo" if group == "ar" else gerund[:-5] + "iéndo"
    forms.update(verb + c for c in _CLITICS)
    forms.update(stressed + c for c in _CLITICS)
    return forms


# The endings of the preterite, but for the first person plural the present shares
# ("compramos", "invertimos").
_PRETERITE: Mapping[str, tuple[str, ...]] = {
    "ar": ("é", "aste", "ó", "asteis", "aron"),
    "er": ("í", "iste", "ió", "isteis", "ieron"),
    "ir": ("í", "iste", "ió", "isteis", "ieron"),
}


def preterite(verb: str) -> set[str]:
    """The forms of the preterite of a regular Spanish verb that no other tense has.

    >>> sorted(preterite("desembolsar"))[:2]
    ['desembolsaron', 'desembolsaste']
    """
    verb = verb.removesuffix("se")
    group = verb[-2:]
    return {
        _spelled(stem, ending, verb)
        for stem in (verb[:-2], *STEM_CHANGES.get(verb, "").split())
        for ending in _PRETERITE.get(group, ())
    }


@cache
def preterite_forms() -> frozenset[str]:
    """The preterite forms of the Spanish trigger verbs (:func:`verb_forms`)."""
    return frozenset().union(*(preterite(v) for v in set(verb_forms().values())))


@cache
def verb_forms(verbs: Iterable[str] = ()) -> dict[str, str]:
    """Form → infinitive for the Spanish trigger verbs of ``lexicon/deals.toml`` (the
    ``*_v`` kinds), or for ``verbs``. A form two verbs share is left out."""
    if not verbs:
        verbs = tuple(sorted({
            w for kind, words in LEXICON.triggers().get("es", {}).items()
            if kind.endswith("_v") for w in words if w.endswith(("ar", "er", "ir", "arse",
                                                                 "erse", "irse"))
        }))
    table: dict[str, str] = {}
    shared: set[str] = set()
    for verb in verbs:
        infinitive = verb.removesuffix("se")
        for form in conjugate(infinitive):
            if table.get(form, infinitive) != infinitive:
                shared.add(form)
            table[form] = infinitive
    return {form: v for form, v in table.items() if form not in shared}


def restore_lemmas(doc: Doc) -> None:
    """Give each Spanish verb token that is a form of a deal verb its infinitive as its
    lemma ("vendieron" lemmatised "vendar" → "vender"). Only verbs and auxiliaries:
    "la compra", a noun, keeps its lemma; participles read as adjectives keep theirs
    (the lexicon lists them)."""
    if doc_lang(doc) != "es":
        return
    forms = verb_forms()
    # Found from the doc's lists of lowers and parts of speech: a Token only for the
    # few words that are a form of a deal verb, not for every word of the article.
    lowers = token_lowers(doc)
    verbal = (VERB, AUX)
    lemmas = doc.to_array(LEMMA)
    strings = doc.vocab.strings
    for i, pos in enumerate(doc.to_array(POS).tolist()):
        if pos not in verbal:
            continue
        infinitive = forms.get(lowers[i])
        if infinitive is None:
            _unstressed_infinitive(doc, i, strings[lemmas[i]])
            continue
        # "venderla" is lemmatised "vender él", which the rules read (the clitic object)
        if strings[lemmas[i]].split(" ")[0] != infinitive:
            set_lemma(doc, i, infinitive)
        if lowers[i] in preterite_forms():
            _restore_preterite(doc, i)


def _restore_preterite(doc: Doc, i: int) -> None:
    """ "desembolsó" tagged a present subjunctive: a form only the preterite has is
    a past indicative, whatever the tagger read (the tense the status rules read)."""
    features = doc[i].morph.to_dict()
    past = {"Mood": "Ind", "Tense": "Past", "VerbForm": "Fin"}
    if any(features.get(k) != v for k, v in past.items()):
        doc[i].morph = MorphAnalysis(doc.vocab, {**features, **past})


_STRESSED = {"íar": "iar", "úar": "uar"}


def _unstressed_infinitive(doc: Doc, i: int, lemma: str) -> None:
    """ "amplía" lemmatised "amplíar", "evalúa" "evalúar": the stress mark of the
    present goes into the infinitive, which never has one ("ampliar", "evaluar")."""
    stressed = lemma[-3:]
    if stressed in _STRESSED:
        set_lemma(doc, i, lemma[:-3] + _STRESSED[stressed])
