"""kg's lexicon: the words its components read deals with, as data.

The words live in ``lexicon/deals.toml`` (shipped in the wheel under ``kg/_data``):
trigger words by language and kind, status cues, and the word classes the deal rules
test (stake nouns, company nouns, news agencies, ...). A newcomer adds a trigger word
or a status cue by editing that file; the rules that use each list say so in its
comment.

>>> LEXICON.words("stake_nouns") >= {"stake", "participación"}
True
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from kg.errors import ConfigError
from kg.iri import fold
from kg.resources import data_dir


class Lexicon:
    """The word lists of one lexicon file, read once and never changed."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @cached_property
    def _data(self) -> Mapping[str, Any]:
        try:
            stat = self.path.stat()
            return _parsed(self.path, stat.st_mtime_ns, stat.st_size)
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise ConfigError(f"{self.path}: cannot read kg's lexicon ({err})") from err

    def _section(self, section: str, name: str) -> Any:
        try:
            return self._data[section][name]
        except KeyError as err:
            raise ConfigError(f"{self.path}: no [{section}] {name} list") from err

    def words(self, name: str) -> frozenset[str]:
        """A word class of ``[words]``."""
        return frozenset(self._section("words", name))

    def status(self, name: str) -> frozenset[str]:
        """The cue lemmas of one status of ``[status]``."""
        return frozenset(self._section("status", name))

    def table(self, name: str) -> Mapping[str, str]:
        """A ``key = value`` table."""
        return MappingProxyType(dict(self._data.get(name, {})))

    def triggers(self) -> Mapping[str, Mapping[str, tuple[str, ...]]]:
        """Trigger words by language and kind, in the file's order (first kind wins)."""
        return MappingProxyType(
            {
                lang: MappingProxyType({kind: tuple(words) for kind, words in kinds.items()})
                for lang, kinds in self._data.get("triggers", {}).items()
            }
        )


# Several modules read the same lexicon file (entities.toml: the tokenizer's legal
# forms, the money rules, the entity rules): parsed once per process, ~10 ms a file,
# and again only when the file changes (its modification time and size are the key).
@functools.lru_cache(maxsize=16)
def _parsed(path: Path, mtime_ns: int, size: int) -> Mapping[str, Any]:
    """The parse of the lexicon file ``path`` as it is at ``mtime_ns`` and ``size``
    (read-only: every ``Lexicon`` of that file shares it)."""
    return MappingProxyType(tomllib.loads(path.read_text(encoding="utf-8")))


LEXICON = Lexicon(data_dir("lexicon") / "deals.toml")

# News agencies and wire services (folded as kg.iri.fold folds names): they sign
# datelines and report deals, never a party.
NEWS_AGENCIES = frozenset(fold(name) for name in LEXICON.words("news_agencies"))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so no word shadows a longer one.

    >>> alternation(["de", "deuda"])
    'deuda|de'
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# A trie of words: each character leads to the characters that go on; "" ends a word.
_Trie = dict[str, "_Trie"]


def trie_alternation(words: Iterable[str]) -> str:
    """The alternation of ``alternation``, its words merged on their common prefixes:
    at each character the regex engine tries the few letters that go on, not every
    word in turn (a list of hundreds of names costs what one of them does). A word that
    ends where a longer one goes on is an optional tail, tried longest first as before.

    >>> trie_alternation(["de", "deuda", "del"])
    'de(?:l|uda)?'
    """
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(trie)
