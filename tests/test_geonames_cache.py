"""GeoNames' name indexes kept in the user's cache (``kg.geonames.index_by_name``): an
index read back is the index built, a damaged or stale one is built again, and a cache
that cannot be written costs nothing but the time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg import geonames, origin
from kg.entities import institutions


def _countries(city: dict[str, Any]) -> set[str]:
    """A small index for these tests: each city's main name, once as written and once
    in capitals, so that names share entries and some names have several cities."""
    return {city["name"], city["name"].upper()}


def _other(city: dict[str, Any]) -> set[str]:
    return {city["name"].casefold()}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "kg"


def _no_build(names: Any) -> geonames.Index:
    raise AssertionError("the index should have been read from the cache")


def test_an_index_read_back_is_the_index_built(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = geonames.index_by_name(_countries)
    assert len(list(cache.glob("geonames-*.bin"))) == 1
    monkeypatch.setattr(geonames, "_build", _no_build)
    read = geonames.index_by_name(_countries)
    assert read == built
    assert all(type(v) is list and all(type(e) is tuple for e in v) for v in read.values())
    # Several cities of one name stay most populous first ("Córdoba": Argentina's).
    assert read["Córdoba"][0][0] == "AR" and len(read["Córdoba"]) > 1
    assert [e[1] for e in read["Córdoba"]] == sorted((e[1] for e in read["Córdoba"]),
                                                      reverse=True)


def test_kg_s_own_indexes_read_back_equal_to_a_fresh_build(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entities = lambda city: {  # noqa: E731 - the same names as institutions._cities
        *filter(institutions._latin, city.get("alternatenames", ())), city["name"]}
    datelines = lambda city: {  # noqa: E731 - the same names as origin._city_index
        n.casefold() for n in (city["name"], *city.get("alternatenames", ())) if n[:1].isupper()}
    for cached, plain in ((institutions._cities, entities), (origin._city_index, datelines)):
        cached.cache_clear()
        first = cached()  # built and stored
        cached.cache_clear()
        monkeypatch.setattr(geonames, "_build", _no_build)
        again = cached()  # read back
        monkeypatch.undo()
        monkeypatch.setenv("XDG_CACHE_HOME", str(cache.parent))
        assert again == first == geonames._build(plain)
    assert len(list(cache.glob("geonames-*.bin"))) == 2


def test_a_damaged_index_is_built_again(cache: Path) -> None:
    built = geonames.index_by_name(_countries)
    (stored,) = cache.glob("geonames-*.bin")
    data = stored.read_bytes()
    for damaged in (data[: len(data) // 2], data[:4] + b"x" + data[5:], b""):
        stored.write_bytes(damaged)
        assert geonames.index_by_name(_countries) == built
        assert stored.read_bytes() == data  # written again, whole


def test_each_names_function_has_its_own_index(cache: Path) -> None:
    one = geonames.index_by_name(_countries)
    other = geonames.index_by_name(_other)
    assert "MADRID" in one and "MADRID" not in other and "madrid" in other
    assert geonames._cache_key(_countries) != geonames._cache_key(_other)
    assert len(list(cache.glob("geonames-*.bin"))) == 2


def test_an_unwritable_cache_costs_only_the_build(cache: Path) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("a file where the folder should be")
    assert geonames.index_by_name(_countries)["Rosario"]


def test_older_indexes_of_one_kind_are_removed(cache: Path) -> None:
    geonames.index_by_name(_countries)
    (current,) = cache.glob("geonames-*.bin")
    kind = current.name.rsplit("-", 1)[0]
    for n in range(6):  # indexes left by other versions of the code
        (cache / f"{kind}-old{n}.bin").write_bytes(b"")
    other = cache / "geonames-elsewhere-0.bin"
    other.write_bytes(b"")
    current.unlink()
    geonames.index_by_name(_countries)
    assert len(list(cache.glob(f"{kind}-*.bin"))) == geonames._KEEP
    assert current.exists() and other.exists()


def test_the_cache_folder_follows_xdg() -> None:
    assert geonames.cache_dir({"XDG_CACHE_HOME": "/c"}) == Path("/c/kg")
    assert geonames.cache_dir({"XDG_CACHE_HOME": "relative", "HOME": "/h"}) == Path(
        "/h/.cache/kg")
