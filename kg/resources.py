"""Finds kg's data files (ontology, shapes, canned queries, gazetteer, lexicon, tuned
model weights) from a checkout and from an installed wheel, where they ship under
``kg/_data/``."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import ConfigError

if TYPE_CHECKING:
    from rdflib import Graph

_PACKAGE = Path(__file__).resolve().parent
_KINDS = ("ontology", "shapes", "queries", "gazetteer", "lexicon", "models")


def data_dir(kind: str) -> Path:
    """The folder of one kind of data file.

    >>> data_dir("shapes").name
    'shapes'
    """
    if kind not in _KINDS:
        raise ValueError(f"unknown data kind {kind!r}; expected one of {_KINDS}")
    installed = _PACKAGE / "_data" / kind
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / kind


def data_files(kind: str, suffix: str) -> list[Path]:
    """The files of one kind with one suffix, sorted by name."""
    return sorted(data_dir(kind).glob(f"*{suffix}"))


def read_turtle(kind: str, graph: Graph) -> Graph:
    """Parse every ``*.ttl`` of one kind into ``graph``; a missing or broken file
    raises ``ConfigError`` naming it."""
    files = data_files(kind, ".ttl")
    if not files:
        raise ConfigError(f"no {kind} files (*.ttl) found; the kg installation is incomplete")
    for path in files:
        try:
            graph.parse(path, format="turtle")
        except Exception as err:  # rdflib raises many unrelated types for bad syntax
            problem = " ".join(str(err).split()) or type(err).__name__
            raise ConfigError(
                f"{path}: the {kind} file does not parse as Turtle: {problem}; "
                "fix the file or reinstall kg"
            ) from err
    return graph


def user_dir(variable: str, fallback: str, environ: Mapping[str, str] | None = None) -> Path:
    """kg's folder under an XDG base directory: ``$variable/kg`` when it is set to an
    absolute path, else ``~/<fallback>/kg`` (the XDG Base Directory convention).

    >>> user_dir("XDG_CACHE_HOME", ".cache", {"XDG_CACHE_HOME": "/var/cache/me"}).as_posix()
    '/var/cache/me/kg'
    >>> user_dir("XDG_CACHE_HOME", ".cache", {"HOME": "/home/me"}).as_posix()
    '/home/me/.cache/kg'
    """
    env = os.environ if environ is None else environ
    base = env.get(variable) or ""
    root = Path(base) if os.path.isabs(base) else Path(env.get("HOME") or Path.home()) / fallback
    return root / "kg"
