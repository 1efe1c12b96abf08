"""Organisations and people: found, labelled, named once per article, with roles.

The ``kg_entities`` component (``kg.entities.component``) runs after the statistical
model and before kg's money and deal components. It does three things to a ``Doc``:

1. Refines ``doc.ents`` to the CoNLL label set (PER, ORG, LOC, MISC) for both
   languages: OntoNotes labels are folded in and numeric ones dropped (``labels``);
   false entities are dropped (sentence-initial function words, question words,
   headings, lower-case phrases); organisations the model missed or mislabelled are
   found with spaCy matchers and context rules (``cues``: legal forms, gazetteer names,
   institution words, descriptors such as "la startup X" or "chipmaker X",
   appositions such as "X, a cybersecurity firm", deal verbs such as "adquirir X",
   and acronym definitions such as "Sociedad Estatal de Participaciones Industriales
   (SEPI)"), people likewise (``people``); the whole article's names are then read
   together (``retype``), and a name keeps one label within an article ("one sense
   per discourse", ``sense``).
2. Resolves the organisations and people of the article (``resolve``): every mention
   of one real-world thing is gathered into one ``kg.facts.Entity`` with a canonical
   name (the gazetteer name, or else the fullest form seen, without its legal form),
   every other form as an alias, and the ids of the rules that typed its mentions
   (``Entity.rules``: "ner:ORG", "gazetteer", "cue:legal_form", "retype:demonym"...).
   The result is ``doc._.kg_entities``.
3. Reads roles ("el CEO de OpenAI, Sam Altman", "co-founder and CEO Arthur Mensch")
   into ``doc._.kg_roles`` (``roles``).

The word lists the rules read are data, in ``lexicon/entities.toml`` (``words``). The
gazetteer (``gazetteer/organizations.tsv`` plus any files named in the component's
``gazetteers`` setting) lists organisations with their aliases and an optional
Wikidata id; see ``gazetteer/README.md``.
"""

from kg.doc import register_extensions
from kg.entities.component import KgEntities
from kg.entities.component import make_kg_entities as make_kg_entities
from kg.entities.context import _P_CONTEXT as _P_CONTEXT
from kg.entities.context import _P_MODEL as _P_MODEL
from kg.entities.context import _Cand as _Cand
from kg.entities.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    canonical_key,
    known_places,
    load_demonyms,
    load_gazetteer,
    load_given_names,
)
from kg.entities.labels import LABEL_MAP as LABEL_MAP
from kg.entities.resolve import _is_short_org as _is_short_org
from kg.entities.resolve import _org_short_forms as _org_short_forms
from kg.entities.retype import _one_type as _one_type
from kg.entities.words import DESCRIPTORS as DESCRIPTORS
from kg.entities.words import PERSON_ROLES as PERSON_ROLES

# Imported "as" themselves above: importable from here as before the package (the label
# map kg.conll reads, the word lists kg.deals reads, the private helpers tests call).
__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "KgEntities",
    "canonical_key",
    "known_places",
    "load_gazetteer",
    "load_demonyms",
    "load_given_names",
    "register_extensions",
]
