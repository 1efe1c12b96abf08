"""Finds kg's data files (ontology, shapes, canned queries, gazetteer, lexicon) from a
checkout and from an installed wheel, where they ship under ``kg/_data/``."""

from __future__ import annotations

from pathlib import Path

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
