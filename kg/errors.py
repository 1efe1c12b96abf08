"""The one error family of kg.

    KgError                 base class; the CLI maps each subclass to an exit code
    ├── InputError          bad input: missing or unreadable file, bad JSONL, unknown
    │                       extension, unsupported language (exit 2)
    ├── ValidationFailed    the graph violates the SHACL shapes (exit 1)
    ├── ConfigError         broken shapes/ontology file, bad configuration (exit 3)
    ├── ModelMissingError   a spaCy pipeline is not installed (exit 3); the message
    │                       carries the command that installs it
    ├── StoreError          a SPARQL store refused or could not be reached (exit 3)
    └── ArticleFailed       kg failed on one article, a bug (exit 3): names the article

Every message names the input, the problem and the fix. Causes are chained with
``raise ... from err``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.facts import Article


class KgError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 3


class InputError(KgError):
    """The input cannot be used: the message names the file (and line) and the problem."""

    exit_code = 2


class ValidationFailed(KgError):
    """The graph does not conform to the shapes; ``report`` is the readable report."""

    exit_code = 1

    def __init__(self, message: str, report: str = "") -> None:
        super().__init__(message)
        self.report = report

    def __reduce__(self) -> tuple[type[ValidationFailed], tuple[str, str]]:
        # Keep the report when the error crosses a process boundary (--workers).
        return (type(self), (str(self), self.report))


class ConfigError(KgError):
    """A configuration or data file of kg (shapes, ontology, gazetteer) is broken."""

    exit_code = 3


class ModelMissingError(KgError):
    """A spaCy pipeline is not installed; the message says how to install it."""

    exit_code = 3


class StoreError(KgError):
    """A SPARQL store refused the request or could not be reached."""

    exit_code = 3


def no_such_file(path: object) -> InputError:
    """The one wording of every command for a path that does not exist.

    >>> str(no_such_file("out/graph.ttl"))
    'out/graph.ttl: no such file or directory; check the path (typo? moved?)'
    """
    return InputError(f"{path}: no such file or directory; check the path (typo? moved?)")


class ArticleFailed(KgError):
    """kg itself failed on one article (a bug): the message names the article and
    the cause; ``--keep-going`` leaves the article out and goes on (exit 3)."""

    exit_code = 3

    def __init__(self, article: Article, message: str) -> None:
        super().__init__(message)
        self.article = article

    def __reduce__(self) -> tuple[type[ArticleFailed], tuple[Article, str]]:
        return (type(self), (self.article, str(self)))
