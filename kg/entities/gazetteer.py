"""The gazetteer of organisations, and the name lists kg reads people and places with:
given names, demonyms, and the names of countries and their subdivisions."""

from __future__ import annotations

import csv
import functools
import gettext
import json
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycountry

from kg.entities.words import COUNTRY_NAMES, COUNTRY_SHORT_FORMS
from kg.errors import InputError
from kg.iri import fold, name_key
from kg.origin import LETTER_SYMBOLS
from kg.resources import data_dir


@dataclass(frozen=True)
class GazetteerEntry:
    """One organisation of the gazetteer: its name, aliases and optional Wikidata id."""

    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Gazetteer:
    """Gazetteer entries and a lookup by the comparison key of any of their forms."""

    entries: tuple[GazetteerEntry, ...]

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry one of whose forms has the same key as ``name``, if any.

        >>> Gazetteer((GazetteerEntry("Telefónica", ("Telefonica",)),)).lookup("TELEFÓNICA S.A.")
        GazetteerEntry(name='Telefónica', aliases=('Telefonica',), wikidata=None)
        """
        return self._index().get(canonical_key(name))

    def _index(self) -> dict[str, GazetteerEntry]:
        index = self.__dict__.get("_by_key")
        if index is None:
            index = {}
            for entry in self.entries:
                for form in entry.forms:
                    # The first entry to claim a key keeps it, so users' files
                    # (loaded after the starter list) cannot silently re-route a name.
                    index.setdefault(canonical_key(form), entry)
            object.__setattr__(self, "_by_key", index)
        return index


def canonical_key(name: str) -> str:
    """The key two names of one organisation share: folded, legal form dropped.

    It is the key kg.iri slugs into an organisation's IRI, so names with equal keys
    become one node across articles.

    >>> canonical_key("Telefónica, S.A.") == canonical_key("TELEFONICA")
    True
    """
    return name_key(name)


def _read_entries(path: Path) -> Iterator[GazetteerEntry]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(f"{path}: cannot read the gazetteer ({err})") from err
    if path.suffix == ".jsonl":
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                yield _entry(row.get("name", ""), row.get("aliases", []), row.get("wikidata"))
            except (json.JSONDecodeError, AttributeError, TypeError, ValueError) as err:
                raise InputError(
                    f"{path}:{number}: expected a JSON object with 'name', 'aliases' "
                    f"(a list) and optional 'wikidata' ({err})"
                ) from err
        return
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, row in enumerate(csv.reader(lines, delimiter="\t"), 1):
        if number == 1 and row and row[0].strip().lower() == "name":
            continue  # header line
        try:
            aliases = row[1].split("|") if len(row) > 1 else []
            yield _entry(row[0], aliases, row[2] if len(row) > 2 else None)
        except (IndexError, ValueError) as err:
            raise InputError(
                f"{path}: row {number}: expected name<TAB>aliases<TAB>wikidata ({err})"
            ) from err


def _entry(name: str, aliases: Iterable[str], wikidata: str | None) -> GazetteerEntry:
    name = name.strip()
    if not name:
        raise ValueError("empty name")
    wikidata = (wikidata or "").strip() or None
    if wikidata is not None and not (wikidata[0] == "Q" and wikidata[1:].isdigit()):
        raise ValueError(f"{wikidata!r} is not a Wikidata id such as Q95")
    clean = tuple(dict.fromkeys(a.strip() for a in aliases if a.strip() and a.strip() != name))
    return GazetteerEntry(name, clean, wikidata)


@functools.lru_cache(maxsize=2)
def known_places(countries_only: bool = False) -> frozenset[str]:
    """Names of countries (in English and Spanish) and their subdivisions, from pycountry.

    A verb of saying or an age never turns one of these into a person.

    >>> {"Perú", "Peru", "Texas"} <= known_places()
    True
    """
    names: set[str] = set()
    try:
        spanish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
        translate = spanish.gettext
    except OSError:  # a pycountry build without its translations
        def translate(message: str) -> str:
            return message
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value)
                names.add(translate(value))
    # Short forms the ISO names lack, and everyday names its list lacks (it has
    # "Russian Federation", not "Russia"): lexicon/entities.toml.
    names.update(COUNTRY_SHORT_FORMS)
    names.update(COUNTRY_NAMES)
    if not countries_only:
        for subdivision in pycountry.subdivisions:
            names.add(subdivision.name)
            names.add(_plain_romanisation(subdivision.name))
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def subdivision_forms() -> frozenset[str]:
    """The everyday forms ISO 3166-2 writes inside a subdivision's name, which
    ``known_places`` keeps whole: the name in brackets and the one before it
    ("Catalunya [Cataluña]" → "Catalunya", "Cataluña"), and the name before a comma
    ("Asturias, Principado de" → "Asturias").

    >>> {"Galicia", "Cataluña", "Asturias"} <= subdivision_forms()
    True
    """
    forms: set[str] = set()
    for subdivision in pycountry.subdivisions:
        name = subdivision.name
        if "[" in name:
            before, _, inside = name.partition("[")
            forms.update({before.strip(), inside.rstrip("] ").strip()})
        elif ", " in name:
            forms.add(name.split(", ", 1)[0])
    return frozenset(f for f in forms if f)


def _plain_romanisation(name: str) -> str:
    """A place's name as the press writes it, without the marks of a scholarly
    romanisation that ISO 3166-2 keeps ("Telangana" of "Telangāna", "Uttar Pradesh"
    stays): only letters beyond Latin-1 lose their marks, so "Córdoba" keeps its own.

    >>> _plain_romanisation("Telangāna")
    'Telangana'
    """
    if all(ord(c) < 256 for c in name):
        return name
    out: list[str] = []
    for c in unicodedata.normalize("NFD", name):
        if unicodedata.combining(c) and ord(out[-1] if out else " ") < 128:
            continue
        out.append(c)
    return unicodedata.normalize("NFC", "".join(out))


def load_given_names(extra: Sequence[str | Path] = ()) -> frozenset[str]:
    """Given names from ``gazetteer/given_names*.txt`` (words, ``#`` comments) and extra files.

    >>> "Arthur" in load_given_names()
    True
    """
    paths = sorted(data_dir("gazetteer").glob("given_names*.txt"))
    return _read_words([*paths, *(Path(p) for p in extra)], "the given names")


@functools.lru_cache(maxsize=1)
def load_demonyms() -> frozenset[str]:
    """Nationality words from ``gazetteer/demonyms*.txt`` (words, ``#`` comments):
    English ones capitalised, Spanish ones in lower case, as each language writes them.

    >>> {"Italian", "colombiano"} <= load_demonyms()
    True
    """
    return _read_words(sorted(data_dir("gazetteer").glob("demonyms*.txt")), "the demonyms")


@functools.lru_cache(maxsize=1)
def load_surnames() -> frozenset[str]:
    """Common surnames of English-speaking countries from ``gazetteer/surnames.txt``.

    >>> "Miller" in load_surnames()
    True
    """
    return _read_words([data_dir("gazetteer") / "surnames.txt"], "the surnames")


def _read_words(paths: Sequence[Path], what: str) -> frozenset[str]:
    """The words of word-list files (white-space separated, ``#`` comment lines)."""
    names: set[str] = set()
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as err:
            raise InputError(f"{path}: cannot read {what} ({err})") from err
        for line in text.splitlines():
            if not line.startswith("#"):
                names.update(line.split())
    return frozenset(names)


def load_gazetteer(extra: Sequence[str | Path] = (), *, starter: bool = True) -> Gazetteer:
    """The starter gazetteer (``gazetteer/*.tsv`` and ``*.jsonl``) plus extra files.

    >>> load_gazetteer().lookup("Nvidia").wikidata
    'Q182477'
    """
    paths: list[Path] = []
    if starter:
        folder = data_dir("gazetteer")
        paths += sorted([*folder.glob("*.tsv"), *folder.glob("*.jsonl")])
    for item in extra:
        path = Path(item)
        if not path.is_file():
            raise InputError(f"{path}: gazetteer file not found; check the 'gazetteers' setting")
        paths.append(path)
    entries: list[GazetteerEntry] = []
    for path in paths:
        entries.extend(_read_entries(path))
    return Gazetteer(tuple(entries))


@functools.cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes ("EUR", "AUD") and symbols in letters ("Rs", "RM"): never a name
    on their own."""
    return frozenset(c.alpha_3 for c in pycountry.currencies) | LETTER_SYMBOLS


@functools.cache
def folded_places() -> frozenset[str]:
    """``known_places()``, folded as kg.iri.fold folds names."""
    return frozenset(fold(p) for p in known_places())
