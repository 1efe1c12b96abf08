"""kg's JSON-LD ``@context``: shipped as ``ontology/context.jsonld`` and published at
``CONTEXT_URL``. kg's JSON-LD files refer to it by that URL; kg reads them back
without the network by putting the shipped copy in its place.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from kg.errors import ConfigError
from kg.resources import data_dir

CONTEXT_URL = "https://w3id.org/dealkg/ontology/context.jsonld"
"""Where kg's JSON-LD context is published; kg ships the same file."""
CONTEXT_FILE = "context.jsonld"


@functools.cache
def context() -> dict[str, Any]:
    """The ``@context`` object kg publishes (the shipped ``ontology/context.jsonld``)."""
    path = data_dir("ontology") / CONTEXT_FILE
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        value = document["@context"]
        if not isinstance(value, dict):
            raise TypeError("@context is not an object")
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ConfigError(f"{path}: kg's JSON-LD context is unreadable ({err})") from err
    return value


def inline_known_context(document: bytes) -> bytes:
    """A JSON-LD document with kg's context URL replaced by the context itself, so
    that a JSON-LD parser with no network (pyoxigraph) reads kg's files. Other
    documents come back unchanged.
    """
    if CONTEXT_URL.encode() not in document:
        return document
    try:
        data = json.loads(document)
    except ValueError:
        return document  # the parser will say what is wrong with it
    if isinstance(data, dict) and data.get("@context") == CONTEXT_URL:
        data["@context"] = context()
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    return document


__all__ = ["CONTEXT_URL", "context", "inline_known_context"]
