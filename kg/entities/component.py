"""The ``kg_entities`` spaCy component: refines ``doc.ents``, then sets
``doc._.kg_entities`` and ``doc._.kg_roles``.

Recognition runs in stages, each in its own module: the model's entities in kg's label
set (``labels``), the gazetteer, the organisation and person cues (``cues``,
``people``), tables and datelines (``lines``); then the best of overlapping candidates,
and the rules that read the whole article (``retype``, ``sense``). Identity within the
article is ``resolve``; roles are ``roles``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

import kg.doc  # noqa: F401  (registers doc._.kg_entities ... kg_deals)
from kg.entities.acronyms import common_acronyms
from kg.entities.apostrophes import plural_possessive_names
from kg.entities.apposed import firm_named_people, role_apposed_people
from kg.entities.bounds import bounded_names
from kg.entities.context import _P_CONTEXT, _P_GAZ, Knowledge, _Cand
from kg.entities.cues import Ctx, org_candidates
from kg.entities.figures import money_names
from kg.entities.furniture import furniture_names
from kg.entities.gazetteer import Gazetteer, load_gazetteer, load_given_names
from kg.entities.institutions import is_city
from kg.entities.joined import joined_names
from kg.entities.labels import (
    _resolve_overlaps,
    headline_names,
    model_candidates,
    ordinal_names,
)
from kg.entities.learned import defined_pairs, load_retyper, promote
from kg.entities.learned_people import load_people_retyper
from kg.entities.learned_people import promote as promote_people
from kg.entities.lines import (
    _agency_candidates,
    _dateline_candidates,
    _table_candidates,
    outlet_candidates,
)
from kg.entities.longform import echoed_names
from kg.entities.markets import exchange_names, market_segments, stock_indexes
from kg.entities.objects import named_objects
from kg.entities.people import _join_people, _people_lists, nicknamed_people, person_candidates
from kg.entities.places import place_names
from kg.entities.resolve import _resolve
from kg.entities.retype import (
    _company_names,
    _one_type,
    _org_lists,
    _retype,
    ampersand_names,
    dropped_mentions_kept,
    paired_names,
    possessive_names,
)
from kg.entities.roles import _roles
from kg.entities.runs import _is_cap, _sentence_initial_false, _texts
from kg.entities.sense import _one_sense
from kg.entities.sports import _sports_teams
from kg.entities.tails import names_without_tail
from kg.entities.things import named_things
from kg.entities.words import (
    EXCHANGES,
    HYPHEN_PARTICLES,
    ORG_HEADS,
    PAIRED_DEAL_NOUNS,
    ROLE_TITLES,
)


@Language.factory(
    "kg_entities",
    default_config={"gazetteers": [], "given_names": [], "retype": False,
                    "retype_people": False},
    requires=["doc.ents", "token.pos", "token.is_sent_start"],
    assigns=["doc.ents", "doc._.kg_entities", "doc._.kg_roles"],
)
def make_kg_entities(
    nlp: Language, name: str, gazetteers: list[str], given_names: list[str],
    retype: bool = False, retype_people: bool = False,
) -> KgEntities:
    """spaCy factory: ``nlp.add_pipe("kg_entities", config={"gazetteers": [...]})``.

    ``gazetteers`` and ``given_names`` name extra files, read after kg's own;
    ``retype`` runs the learned retyper (``kg.entities.learned``) last, and
    ``retype_people`` the learned check of people (``kg.entities.learned_people``) after it.
    """
    entities = KgEntities(nlp, name, load_gazetteer(gazetteers), load_given_names(given_names))
    if retype:
        entities.retyper = partial(promote, model=load_retyper())
    if retype_people:
        entities.people_retyper = partial(promote_people, model=load_people_retyper())
    return entities


class KgEntities:
    """Refines ``doc.ents`` and sets ``doc._.kg_entities`` and ``doc._.kg_roles``."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        gazetteer: Gazetteer,
        given_names: frozenset[str] = frozenset(),
    ) -> None:
        self.name = name
        self.lang = nlp.lang
        self.gazetteer = gazetteer
        self.given_names = given_names
        self.knowledge = Knowledge(nlp, given_names)
        self.gaz_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for index, entry in enumerate(gazetteer.entries):
            self.gaz_matcher.add(f"GAZ{index}", [nlp.make_doc(f) for f in entry.forms])
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_matcher.add("TITLE", [nlp.make_doc(t) for t in ROLE_TITLES])
        self.exchange_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.exchange_matcher.add("EXCHANGE", [nlp.make_doc(t) for t in sorted(EXCHANGES)])
        self._cap_of: dict[int, bool] = {}  # word type (orth id) → _is_cap
        self._hyphens = frozenset(nlp.vocab.strings.add(h) for h in ("-", "‐", "‑"))
        # The last step of recognition, when set: the learned retyper (``promote``).
        self.retyper: Callable[[Knowledge, Doc, list[_Cand]], list[_Cand]] | None = None
        # Right after it, when set: the learned check of people (``promote_people``).
        self.people_retyper: Callable[[Knowledge, Doc, list[_Cand]], list[_Cand]] | None = None

    def is_common(self, word: str) -> bool:
        """Whether a word (any case) is a common noun or adjective of the language."""
        return self.knowledge.is_common(word)

    def __call__(self, doc: Doc) -> Doc:
        titles = [(s, e) for _, s, e in self.title_matcher(doc)]
        ents, pairs, rules = self._refine(doc, titles)
        doc.ents = ents
        entities, by_mention = _resolve(self.knowledge, self.gazetteer, doc, pairs, rules)
        doc._.kg_entities = entities
        doc._.kg_roles = _roles(doc, list(titles), by_mention)
        return doc

    def _caps(self, doc: Doc) -> list[bool]:
        """``_is_cap`` of every token, read once per word type: it depends on the word
        alone, and building a Token per word is most of what it would cost."""
        if not len(doc):
            return []
        cache = self._cap_of
        vocab = doc.vocab
        orths = doc.to_array(ORTH).tolist()
        out: list[bool] = [cache.get(orth) for orth in orths]  # type: ignore[misc]
        if None in out:  # word types not seen before
            for i, cap in enumerate(out):
                if cap is None:
                    out[i] = cache[orths[i]] = _is_cap(vocab[orths[i]])
        hy = self._hyphens
        hyphens = [i for i, orth in enumerate(orths) if orth in hy] if \
            any(h in orths for h in hy) else []
        # A hyphen written without spaces between two capitalised words joins them
        # into one name ("Couche-Tard", "Lip-Bu Tan", "dpa-AFX"), whereas a spaced
        # dash separates names ("Norwich - Leeds").
        for i in hyphens:
            if 0 < i < len(out) - 1 and out[i - 1] and out[i + 1] and \
                    not doc[i - 1].whitespace_ and not doc[i].whitespace_ and \
                    not _paired_parties(doc, i, out):
                out[i] = True
        # So does a chain of hyphens through lower-case particles, a place's name in
        # French or English ("Pointe-des-Ormes Seafood", "Stratford-upon-Avon").
        for i in hyphens:
            if out[i] or not _hyphen_bound(doc, i, out):
                continue
            j = i + 1
            while j + 2 < len(out) and doc[j].lower_ in HYPHEN_PARTICLES and \
                    orths[j + 1] in hy and _hyphen_bound(doc, j + 1, out, left=False):
                j += 2
            if j > i + 1 and out[j]:
                out[i:j] = [True] * (j - i)
        return out

    def _refine(
        self, doc: Doc, titles: list[tuple[int, int]]
    ) -> tuple[list[SpacySpan], list[tuple[str, str]], dict[tuple[int, int], tuple[str, ...]]]:
        """The refined entities, the (long form, short form) pairs read from the text,
        and the ids of the rules that found and typed each entity."""
        kn = self.knowledge
        caps = self._caps(doc)
        texts = _texts(doc)
        cands = model_candidates(kn, doc, caps)
        for _, start, end in self.gaz_matcher(doc):
            if _inside_headed_name(doc, start):
                continue
            if _seat_city(kn, doc, start, end):
                cands.append(_Cand(start, end, "LOC", _P_CONTEXT, ("cue:seat_city",)))
            elif not _sentence_initial_false(doc, start, kn.stop_words):
                cands.append(_Cand(start, end, "ORG", _P_GAZ, ("gazetteer",)))
        x = Ctx(doc, caps, texts, kn, cands, [])
        cands += org_candidates(x, titles)
        cands += person_candidates(x)
        cands += echoed_names(x)
        cands += _table_candidates(doc, caps, kn)
        cands += _dateline_candidates(kn, doc)
        cands += _agency_candidates(doc)
        cands += outlet_candidates(doc)
        cands += exchange_names(doc, [(s, e) for _, s, e in self.exchange_matcher(doc)])
        chosen = furniture_names(kn, doc, _resolve_overlaps(doc, cands))
        chosen = headline_names(doc, ordinal_names(doc, chosen))
        chosen = plural_possessive_names(kn, doc, ampersand_names(kn, doc, chosen), caps)
        chosen = joined_names(kn, doc, paired_names(doc, chosen))
        chosen = role_apposed_people(doc, _company_names(kn, doc, chosen))
        chosen = firm_named_people(doc, chosen)
        chosen = _one_sense(kn, doc, chosen, caps, texts)
        chosen = _people_lists(kn, doc, chosen, caps)
        chosen = _join_people(kn, doc, nicknamed_people(kn, doc, chosen, caps), caps)
        chosen = dropped_mentions_kept(doc, chosen, _retype(kn, doc, chosen, caps))
        chosen = _sports_teams(kn, doc, chosen)
        chosen = _org_lists(kn, doc, chosen)
        chosen = _one_type(doc, chosen)
        chosen = possessive_names(kn, doc, chosen)
        chosen = common_acronyms(kn, doc, market_segments(doc, stock_indexes(doc, chosen)))
        chosen = named_things(kn, doc, chosen, caps)
        chosen = bounded_names(kn, doc, named_objects(kn, doc, chosen, caps))
        chosen = names_without_tail(kn, doc, chosen)
        chosen = furniture_names(kn, doc, place_names(kn, doc, chosen))
        chosen = money_names(doc, chosen)
        if self.retyper is not None:
            chosen = self.retyper(kn, doc, chosen)
            x.pairs += defined_pairs(doc, chosen)
        if self.people_retyper is not None:
            chosen = self.people_retyper(kn, doc, chosen)
        spans = [SpacySpan(doc, c.start, c.end, label=c.label) for c in chosen]
        rules = {(c.start, c.end): c.rules for c in chosen}
        return spans, x.pairs, rules


# Nouns and participles of where a company sits or works, before "en"/"in" and a city.
_SEATS = frozenset({
    "sede", "sedes", "planta", "plantas", "fábrica", "fábricas", "oficina", "oficinas",
    "ubicada", "ubicado", "situada", "situado", "radicada", "radicado", "establecida",
    "based", "headquartered", "plant", "plants", "factory", "factories", "office",
    "offices", "located",
})


def _paired_parties(doc: Doc, i: int, caps: list[bool]) -> bool:
    """Whether the hyphen ``i`` pairs two parties that modify a deal noun right beside
    them ("the Brantwood-Oxley deal collapses", "la fusión Unicaja-Liberbank"), each of
    which the article also writes alone ("Brantwood Industries ... Oxley Chemicals"):
    two names, not one. A pair the article also writes with a space ("Anglo-American"
    and "Anglo American") is one name spelt two ways."""
    after = i + 2
    while after < len(doc) and caps[after]:
        after += 1
    before = i - 2
    while before >= 0 and caps[before]:
        before -= 1
    beside = [doc[k].lower_ for k in (after, before) if 0 <= k < len(doc)]
    if not any(w in PAIRED_DEAL_NOUNS for w in beside):
        return False
    left, right = doc[i - 1].text, doc[i + 1].text
    alone = {t.text for t in doc if caps[t.i] and t.i not in (i - 1, i + 1) and not (
        (t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_)
        or (t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_))}
    spaced = any(doc[k].text == left and doc[k + 1].text == right for k in range(len(doc) - 1))
    return left in alone and right in alone and not spaced


def _hyphen_bound(doc: Doc, i: int, caps: list[bool], left: bool = True) -> bool:
    """Whether the hyphen ``i`` is written without spaces between two words, after a
    capitalised one unless ``left`` is False."""
    return 0 < i < len(doc) - 1 and (caps[i - 1] or not left) and \
        not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _inside_headed_name(doc: Doc, start: int) -> bool:
    """Whether a gazetteer name follows the capitalised head of another name ("Consorcio
    Santander Vial", "Fundación Telefónica"): it is a word of that name, a body of its
    own, not the company it names alone (the gazetteer's own headed forms, "Banco
    Santander", match from the head). So does a gazetteer name that is the place of a
    headed name ("Transportes Urbanos de Sabadell", "Aigües de Sabadell"): the bank's
    short name is the town's."""
    if start > 0 and doc[start - 1].text in ORG_HEADS:
        return True
    if start < 2 or doc[start - 1].lower_ not in ("de", "del", "of"):
        return False
    run = [doc[k].text for k in range(start - 2, max(-1, start - 5), -1)]
    words = run[: next((n for n, w in enumerate(run) if not w[:1].isupper()), len(run))]
    return any(w in ORG_HEADS for w in words)


def _seat_city(kn: Knowledge, doc: Doc, start: int, end: int) -> bool:
    """Whether a gazetteer name that is also a city names the city where a company sits
    or works ("con sede en Santander", "a plant in Santander"): the bank's short name is
    the city's."""
    return start > 1 and doc[start - 1].lower_ in ("en", "in") and \
        doc[start - 2].lower_ in _SEATS and is_city(doc[start:end].text)
