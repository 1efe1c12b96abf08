"""kg: a knowledge-graph publisher for business news.

Articles in Spanish and English go in; a validated RDF graph of the deals they
report comes out. The public API is the names below (``__all__``); every other
module is private. Names are imported on first use, so ``import kg`` stays light.

    import kg
    summary = kg.extract_to_file(["examples/"], Path("out/example.ttl"))
    violations = kg.validate_file(Path("out/example.ttl"), kg.load_shapes())
    rows = kg.run_canned("deals", files=[Path("out/example.ttl")]).rows()

Extract: ``read_articles`` (files → ``Article``), ``Pipelines`` (spaCy, one per
language), ``process`` (articles → one ``ArticleResult`` each), ``extract_corpus``
(articles → one graph), ``extract_to_file`` / ``Extraction`` (the incremental run
of ``kg extract``, summed up in a ``RunSummary``). Validate: ``load_shapes``,
``validate_graph`` (``kg.validate.validate``), ``check``, ``validate_file``. Read
RDF files: ``read_graph``, ``read_quads``, ``FORMATS``. Load and query: ``load``,
``open_store``, ``run_query``, ``run_canned``, ``graph_stats``. Publish to a
SPARQL store: ``publish_to_endpoint`` (``kg.publish.endpoint.publish``). Errors:
``KgError`` and its subclasses (see ``kg.errors``). ``kg.validate`` and
``kg.publish`` are modules, hence the two longer names.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name → the module that defines it (and the name there, when it differs).
_EXPORTS: dict[str, str] = {
    # the facts
    "Amount": "kg.facts",
    "Article": "kg.facts",
    "Deal": "kg.facts",
    "Entity": "kg.facts",
    "Facts": "kg.facts",
    "Quantity": "kg.facts",
    "Role": "kg.facts",
    "Span": "kg.facts",
    # errors
    "ArticleFailed": "kg.errors",
    "ConfigError": "kg.errors",
    "InputError": "kg.errors",
    "KgError": "kg.errors",
    "ModelMissingError": "kg.errors",
    "StoreError": "kg.errors",
    "ValidationFailed": "kg.errors",
    # extraction
    "ArticleResult": "kg.pipeline",
    "Extraction": "kg.run",
    "Pipelines": "kg.nlp",
    "RunSummary": "kg.run",
    "extract_corpus": "kg.pipeline",
    "make_run": "kg.graph",
    "extract_to_file": "kg.run",
    "process": "kg.pipeline",
    "read_articles": "kg.ingest",
    # validation
    "Violation": "kg.validate",
    "check": "kg.validate",
    "load_shapes": "kg.validate",
    "validate_graph": "kg.validate:validate",
    "validate_file": "kg.validate",
    # RDF files
    "FORMATS": "kg.rdfio",
    "read_graph": "kg.rdfio",
    "read_quads": "kg.rdfio",
    # store, query, publish
    "graph_stats": "kg.query",
    "load": "kg.store",
    "open_store": "kg.store",
    "publish_to_endpoint": "kg.publish.endpoint:publish",
    "run_canned": "kg.query",
    "run_query": "kg.query",
    "term_text": "kg.query",
}

__all__ = [
    "Amount",
    "Article",
    "ArticleFailed",
    "ArticleResult",
    "ConfigError",
    "Deal",
    "Entity",
    "Extraction",
    "FORMATS",
    "Facts",
    "InputError",
    "KgError",
    "ModelMissingError",
    "Pipelines",
    "Quantity",
    "Role",
    "RunSummary",
    "Span",
    "StoreError",
    "ValidationFailed",
    "Violation",
    "__version__",
    "check",
    "extract_corpus",
    "extract_to_file",
    "graph_stats",
    "load",
    "load_shapes",
    "make_run",
    "open_store",
    "process",
    "publish_to_endpoint",
    "read_articles",
    "read_graph",
    "read_quads",
    "run_canned",
    "run_query",
    "term_text",
    "validate_file",
    "validate_graph",
]

if TYPE_CHECKING:
    from kg.errors import (
        ArticleFailed,
        ConfigError,
        InputError,
        KgError,
        ModelMissingError,
        StoreError,
        ValidationFailed,
    )
    from kg.facts import Amount, Article, Deal, Entity, Facts, Quantity, Role, Span
    from kg.graph import make_run
    from kg.ingest import read_articles
    from kg.nlp import Pipelines
    from kg.pipeline import ArticleResult, extract_corpus, process
    from kg.publish.endpoint import publish as publish_to_endpoint
    from kg.query import graph_stats, run_canned, run_query, term_text
    from kg.rdfio import FORMATS, read_graph, read_quads
    from kg.run import Extraction, RunSummary, extract_to_file
    from kg.store import load, open_store
    from kg.validate import Violation, check, load_shapes, validate_file
    from kg.validate import validate as validate_graph


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    module, _, attribute = where.partition(":")
    value = getattr(importlib.import_module(module), attribute or name)
    globals()[name] = value  # imported once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
