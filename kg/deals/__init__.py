"""Deals: typed transactions with parties, money, status and evidence.

The ``kg_deals`` component runs after ``kg_entities`` and ``kg_money``. A lookup of
each token's lemma and form (one vectorised pass over the Doc's arrays, which is what
a ``Matcher`` of one-token patterns did at several times the cost) finds the words
that state a deal (verbs such as *adquirir* / *acquire* and nouns such as *ronda* /
*takeover*); the dependency parse around each one gives
the parties in their roles (subject, object, prepositional arguments, the passive
agent, appositions), the money attached to it, the words that set its status and
any attribution. Mentions of the same deal are then merged into one ``Deal``.

Where each part lives:

- ``words``: the word lists of ``lexicon/deals.toml`` the rules read;
- ``syntax``: questions about the parse around one token (definite? passive? past?);
- ``context``: one Doc indexed by token (entities, money, sentences), noun phrases;
- ``refer``: what a pronoun or a description ("la startup") refers to;
- ``frames``: the table of trigger kinds (deal type, preposition → role, checks) and
  ``read``, one trigger into one ``Mention``;
- ``roles``: the steps that give the entities around a trigger their roles;
- ``status``: the status rules, in priority order;
- ``attach``: money, valuation, term, quantity and source of a sentence's deals;
- ``merge``: mentions into deals, and deals into one per graph node (plain Python);
- ``component``: the spaCy component (factory ``kg_deals``) that runs it all.

>>> nlp = kg.nlp.build_pipeline("es")  # doctest: +SKIP
>>> doc = nlp("Zegona compró Vodafone España por 5.000 millones de euros.")  # doctest: +SKIP
>>> doc._.kg_deals[0].type  # doctest: +SKIP
'Acquisition'
"""

from __future__ import annotations

from kg.deals.component import DealExtractor, extract_deals, kind_for_pos, make_deal_extractor
from kg.deals.context import Context
from kg.deals.frames import FRAMES, Frame, read
from kg.deals.mention import Mention
from kg.deals.merge import (
    STAGE,
    between_people,
    fold_sentence,
    merge,
    merge_deals,
    one_deal_per_node,
)
from kg.deals.status import STATUS_RULES, StatusRule, set_status
from kg.deals.words import TRIGGERS

# Names of the module kg.deals was before it became a package, kept for code written
# against it.
_Mention = Mention
_TRIGGERS = TRIGGERS
_merge = merge
_fold_sentence = fold_sentence
_between_people = between_people
_kind_for_pos = kind_for_pos

__all__ = [
    "FRAMES",
    "STAGE",
    "STATUS_RULES",
    "TRIGGERS",
    "Context",
    "DealExtractor",
    "Frame",
    "Mention",
    "StatusRule",
    "between_people",
    "extract_deals",
    "fold_sentence",
    "kind_for_pos",
    "make_deal_extractor",
    "merge",
    "merge_deals",
    "one_deal_per_node",
    "read",
    "set_status",
]
