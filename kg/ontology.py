"""The deal ontology of ``ontology/``: kg's vocabulary, declared in Turtle.

>>> from kg.vocab import DEAL, RDFS
>>> (DEAL.Acquisition, RDFS.subClassOf, DEAL.Deal) in load_ontology()
True
"""

from __future__ import annotations

import rdflib

from kg.resources import read_turtle


def load_ontology() -> rdflib.Graph:
    """All ``ontology/*.ttl`` in one graph; a broken file raises ``ConfigError``."""
    return read_turtle("ontology", rdflib.Graph())
