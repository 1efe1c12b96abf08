"""Which rules made each node of a graph, kept beside the graph, never in it.

``Deal.rules`` (the frame, status cue and party rules) and ``Entity.rules`` (the cues
that typed an entity) say how kg read a fact; the published graph says only what it
read. A run that needs the how (``kg eval --details``: which rule produced this
spurious fact) keeps a ``Provenance`` table while it extracts, filled from each
article's facts and keyed by the article id and the node IRI the graph builder gives
the fact (``kg.iri.entity_iri``, ``kg.iri.deal_node``). A graph made earlier has no
such table: its rule ids are gone.
"""

from __future__ import annotations

from kg.facts import Facts
from kg.iri import deal_node, entity_iri


class Provenance:
    """Rule ids by (article id, node IRI), from the facts of one extraction run.

    >>> from kg.facts import Article, Entity
    >>> table = Provenance()
    >>> acme = Entity("org", "Acme", rules=("gazetteer",))
    >>> table.add(Facts(Article("a1", "Acme"), entities=(acme,)))
    >>> table.rules("a1", str(entity_iri("org", "Acme")))
    ('gazetteer',)
    """

    def __init__(self) -> None:
        self._rules: dict[tuple[str, str], tuple[str, ...]] = {}

    def add(self, facts: Facts) -> None:
        """Record the rules of one article's facts (as the graph is built from them)."""
        article_id = facts.article.id
        for entity in facts.entities:
            self._extend(article_id, str(entity_iri(entity.kind, entity.name)), entity.rules)
        # The deals of an article that share an IRI are merged before the graph is
        # built (kg.deals.merge_deals): the node carries the rules of all of them.
        for deal in facts.deals:
            self._extend(article_id, str(deal_node(deal, article_id)), deal.rules)

    def _extend(self, article_id: str, node: str, rules: tuple[str, ...]) -> None:
        key = (article_id, node)
        self._rules[key] = tuple(dict.fromkeys((*self._rules.get(key, ()), *rules)))

    def rules(self, article_id: str, node: str) -> tuple[str, ...]:
        """The rule ids of a node of an article; () when no rule id was recorded."""
        return self._rules.get((article_id, node), ())


__all__ = ["Provenance"]
