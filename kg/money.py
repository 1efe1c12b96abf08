"""Money and quantities: every amount of money in a Spanish or English text, normalised.

``find_money(text, lang)`` returns the ``Amount``s (ISO 4217 currency, exact
``Decimal`` values, bounds from qualifiers, flags) and the ``Quantity``s (750 MW) of a
text, in text order, with character spans into it. The spaCy component ``kg_money``
runs it over ``doc.text`` and stores the result in ``doc._.kg_amounts`` and
``doc._.kg_quantities``; it reads no ``doc.ents`` label (the Spanish model has no
MONEY label), so it works on any pipeline, even a blank one.

Libraries do what they already do: ``babel`` reads locale numbers (Indian lakh and
crore grouping too) and gives the currency symbols of each locale (CLDR: "RM",
"R$", "₦") and the currencies' names ("colones costarricenses", "Jamaican dollars"),
and, through ``kg.origin``, which currency a country writes "$" for;
``text2num`` reads number words, ``pycountry`` validates ISO 4217 codes. What no
library has is written here: scale words (Spanish *billón* is 10^12, English
*billion* 10^9, *crore* 10^7, Mexican "mdp"), the press's own symbols ("US$", "$A",
"STG", "Rs"), cents, qualifiers ("más de" → minimum), ranges, restatements in
another currency, and the context rules that let a bare "22.000 millones" take the
currency of the amount just before it (or of a text that counts in one currency
only), and an elliptical "casi 47.000" the scale and currency of the amount it is
compared with. ``find_money``'s ``country`` (the outlet's) says what a bare "$" or
"pesos" means.

How it works: two compiled regular expressions find the numbers (digits, and runs
of number words); around each number, anchored patterns read the currency prefix,
the qualifier before it, and the scale word, currency, unit or range after it. Only
a few positions per article are examined, so the cost is a small fraction of the
statistical pipeline's.

>>> amounts, _ = find_money("supera los 10.000 millones de dólares", "es")
>>> amounts[0].currency, amounts[0].min_value
('USD', Decimal('10000000000'))
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

import pycountry
from babel import Locale, localedata
from babel.core import get_global
from babel.dates import get_month_names
from babel.languages import get_official_languages
from babel.numbers import (
    NumberFormatError,
    get_currency_name,
    get_territory_currencies,
    parse_decimal,
)
from spacy.language import Language
from spacy.tokens import Doc
from text_to_num import text2num

from kg.doc import ARTICLE_KEY, doc_lang, doc_text
from kg.facts import Amount, Article, Quantity, Span
from kg.lexicon import Lexicon, alternation, trie_alternation
from kg.origin import (
    Conventions,
    OutletTable,
    city_countries,
    conventions,
    country_currency,
    country_names,
    dateline_country,
)
from kg.resources import data_dir

__all__ = ["MoneyComponent", "find_money", "parse_number"]

# Every ISO 4217 code pycountry knows: a three-letter code before or after a number
# is a currency only if it is one of these ("CEO 5" is not money).
ISO_CODES: frozenset[str] = frozenset(c.alpha_3 for c in pycountry.currencies)
# Codes that are far more often a word or a company ticker in business news
# ("AMD", "ALL", "TOP", "TRY"): never read as a currency.
_CODE_LOOKALIKES = frozenset("ALL AMD ANG BAM BOB CUP GEL LAK MAD MOP SOS TOP TRY".split())
_CURRENCY_CODES = ISO_CODES - _CODE_LOOKALIKES

_ONE_WORDS = frozenset("un una uno one a an".split())
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_SP = "[ \u00a0\u202f]"  # a space inside an amount: plain, no-break or narrow no-break
_DOLLAR = "$USD"  # placeholder: "$" alone, resolved per text (USD unless pesos)
_PESO = "$PESO"  # placeholder: "pesos" alone, resolved per text by the country named
_RUPEE = "$RUPEE"  # placeholder: "Rs", the rupee of the outlet's country (INR by default)
_EN_DOLLAR = "$DOLLARS"  # placeholder: English "dollars", the outlet's dollar or USD
_CENT = "$CENT"  # placeholder: "cents", hundredths of the outlet's dollar or USD
_CENTAVO = "$CENTAVO"  # placeholder: "centavos", of the text's pesos, else of its "$"
_CFA = "$CFA"  # placeholder: "CFA francs", Central (XAF) or West African (XOF)
_SHARED = "$SHARED:"  # placeholder prefix: a currency name several countries use

# --- numbers --------------------------------------------------------------------

# Digits with "." "," or a no-break space between groups. Not preceded by a letter
# or digit, so "B2B", "G7" and "COVID-19" are not numbers of interest.
_SPACED_DIGITS = r"\d{1,3}(?: \d{3})+(?:[.,]\d{1,2})?(?![ .,]?\d)"
# A number: "1.250,5", "1,250.5", "35\u00a0000"; or thousands grouped by plain spaces,
# as the RAE and SI style write them ("35 000 000 euros", "R35 000"): groups of three
# digits, the whole run (no fourth digit, no other number glued on).
_DIGITS_RE = re.compile(
    rf"(?<![\w.,])(?:{_SPACED_DIGITS}|\d+(?:[.,\u00a0\u202f]\d+)*)"
)

_ES_UNITS = "un uno una dos tres cuatro cinco seis siete ocho nueve".split()
_ES_WORDS = (
    _ES_UNITS
    + "diez once doce trece catorce quince dieciséis dieciseis diecisiete dieciocho "
    "diecinueve veinte veintiún veintiun veintiuno veintiuna veintidós veintidos "
    "veintitrés veintitres veinticuatro veinticinco veintiséis veintiseis veintisiete "
    "veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta ochenta noventa "
    "cien ciento doscientos doscientas trescientos trescientas cuatrocientos "
    "cuatrocientas quinientos quinientas seiscientos seiscientas setecientos "
    "setecientas ochocientos ochocientas novecientos novecientas mil".split()
)
_ES_TENS = "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
_EN_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred thousand".split()
)


# A run of number words: "dos mil", "treinta y cinco", "two hundred and fifty".
# Spanish "y" only joins tens and units and English "and" only follows hundred or
# thousand, so "entre dos y tres" stays two numbers (a range).
_ES_TOKEN = (
    rf"(?:(?:{alternation(_ES_TENS)})\s+y\s+(?:{alternation(_ES_UNITS)})"
    rf"|{alternation(_ES_WORDS)})"
)
_EN_TOKEN = rf"(?:{alternation(_EN_WORDS)})"
# Quarters of a scale word: "a quarter of a billion dollars", "three quarters of a
# million" (thirds are no exact sum: "a third of a million" is left unread).
_EN_FRACTIONS = {"quarter": Decimal("0.25"), "quarters": Decimal("0.25")}
_EN_FRACTION = r"(?:(?:a|one|three)\s+quarters?)"


def _initials(words: list[str]) -> str:
    """A lookahead on the first letters of ``words``: it lets the regex engine skip
    every other position quickly (3× faster than the bare alternation)."""
    letters = sorted({w[0] for w in words} | {w[0].upper() for w in words})
    return f"(?=[{''.join(letters)}])"


_WORDS_RE: dict[str, re.Pattern[str]] = {
    "es": re.compile(
        rf"{_initials(_ES_WORDS + ['medio'])}"
        rf"\b(?:medio(?=\s+mill[oó]n\b)|{_ES_TOKEN}(?:\s+{_ES_TOKEN})*)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"{_initials(_EN_WORDS + ['a', 'half'])}"
        rf"\b(?:(?:{_EN_FRACTION}\s+of\s+|half\s+)?an?(?=\s+(?:thousand|million|billion|trillion)\b)"
        rf"|{_EN_TOKEN}(?:(?:\s+(?:(?<=hundred )and\s+|(?<=thousand )and\s+)?|-){_EN_TOKEN})*"
        rf"(?:[\s-]+and[\s-]+a[\s-]+half(?=\s+(?:million|billion|trillion)\b))?)\b",
        re.IGNORECASE,
    ),
}


_ES_ES = Locale.parse("es_ES")
_EN_US = Locale.parse("en_US")
_EN_IN = Locale.parse("en_IN")
_INDIAN_GROUPING_RE = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?")


def parse_number(digits: str, lang: str) -> Decimal | None:
    """The value of a number written with digits, read the way ``lang`` writes it.

    Both ``10.000`` (Spain) and ``10,000`` (much of Latin America) occur in Spanish,
    so the locale is chosen per number from its digit grouping: a separator that
    occurs twice, or once before exactly three digits, groups thousands (except
    English ``1.250``, a decimal); otherwise it is the decimal mark. Returns None
    for what is not a well-formed number ("1,2,3"). (``find_money`` also weighs the
    rest of the text: see ``_Reader.value_of``.)

    >>> parse_number("10.000", "es"), parse_number("1,5", "es"), parse_number("48.7", "en")
    (Decimal('10000'), Decimal('1.5'), Decimal('48.7'))
    """
    text = re.sub("[ \u00a0\u202f]", "", digits)  # spaces in a number only ever group
    if _INDIAN_GROUPING_RE.fullmatch(text):
        # "1,17,016.9": lakhs and crores grouped in twos (en_IN), not a malformed number.
        try:
            return parse_decimal(text, locale=_EN_IN, strict=True)
        except NumberFormatError:
            return None
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal_mark = "." if text.rfind(".") > text.rfind(",") else ","
    elif dots or commas:
        mark = "." if dots else ","
        head, _, tail = text.rpartition(mark)
        grouping = text.count(mark) > 1 or (len(tail) == 3 and not (lang == "en" and mark == "."))
        decimal_mark = ("," if mark == "." else ".") if grouping else mark
    else:
        decimal_mark = "."
    if text.isdigit():
        return Decimal(text)  # nothing for a locale to decide
    # es_ES writes 1.234,5 and en_US 1,234.5: babel checks the grouping strictly.
    locale = _ES_ES if decimal_mark == "," else _EN_US
    try:
        return parse_decimal(text, locale=locale, strict=True)
    except NumberFormatError:
        return None


def _group_mark(digits: str, lang: str) -> str | None:
    """The separator of ``2.900`` / ``2,900`` when ``parse_number`` read it as one
    thousands group (it might have been a decimal mark), else None."""
    if re.fullmatch(r"\d{1,3}[.,]\d{3}", digits) is None:
        return None
    mark = digits[-4]
    return None if lang == "en" and mark == "." else mark


def _words_value(words: str, lang: str) -> Decimal | None:
    """The value of a run of number words ("dos mil" → 2000), or None."""
    low = " ".join(words.lower().split())
    if low in ("a", "an"):
        return Decimal(1)
    if low.startswith("half"):
        return Decimal("0.5")  # "half a billion dollars"
    if low == "medio":
        return Decimal("0.5")
    words_of = low.replace("-", " ").split()
    if len(words_of) >= 3 and words_of[-3:] == ["and", "a", "half"]:
        whole = _words_value(" ".join(words_of[:-3]), lang)  # "one and a half million"
        return None if whole is None else whole + Decimal("0.5")
    if len(words_of) >= 4 and words_of[1] in _EN_FRACTIONS and words_of[2] == "of":
        count = Decimal(1) if words_of[0] in ("a", "one") else _words_value(words_of[0], lang)
        return None if count is None else count * _EN_FRACTIONS[words_of[1]]  # "a quarter of a"
    low = low.replace("veintiún", "veintiuno").replace("veintiun", "veintiuno")
    try:
        return Decimal(text2num(low, lang))
    except ValueError:
        return None


# --- scale words -----------------------------------------------------------------


@dataclass(frozen=True)
class _Scale:
    factor: int
    strong: bool  # a full word ("millones", "bn"): enough to call a bare number money
    currency: str | None = None  # "mdd" = millones de dólares
    grouped_slip: bool = False  # "2.900 mil millones" is a slip for 2,9 (see value_of)
    and_a_half: bool = False  # "dos millones y medio", "a million and a half": +0.5 of it


_ES_SCALE_WORDS: list[tuple[str, _Scale]] = [
    # Alternatives are tried in order: longer forms first ("mil millones" before "mil").
    (r"mil\s+mdd", _Scale(10**9, True, "USD")),  # Mexican press: mil millones de dólares
    (r"mil\s+mdp", _Scale(10**9, True, "MXN")),
    (r"mil\s+mde", _Scale(10**9, True, "EUR")),  # mil millones de euros
    (r"mil\s+mill[oó]n(?:es)?", _Scale(10**9, True, grouped_slip=True)),
    (r"mil\s+bill[oó]n(?:es)?", _Scale(10**15, True)),
    (r"mill[oó]n(?:es)?", _Scale(10**6, True)),
    (r"millardos?", _Scale(10**9, True)),
    (r"bill[oó]n(?:es)?", _Scale(10**12, True)),
    (r"mil", _Scale(10**3, False)),
    (r"mmdd", _Scale(10**9, True, "USD")),  # Mexican press: miles de millones de dólares
    (r"mmdp", _Scale(10**9, True, "MXN")),  # miles de millones de pesos
    (r"mdd", _Scale(10**6, True, "USD")),  # millones de dólares
    (r"mdp", _Scale(10**6, True, "MXN")),  # millones de pesos
    (r"mmde", _Scale(10**9, True, "EUR")),  # miles de millones de euros
    (r"mde", _Scale(10**6, True, "EUR")),  # millones de euros, as the same press writes them
]
# Abbreviations are case-sensitive ("M€" is millions, "m" alone may be metres) and
# weak: they make money only next to a currency.
_ES_SCALE_ABBR: list[tuple[str, _Scale]] = [
    (r"MM", _Scale(10**6, False)),
    (r"M", _Scale(10**6, False)),
    (r"mill\.", _Scale(10**6, False)),
    (r"mln\.?", _Scale(10**6, False)),
]
# Indian numbering: a lakh is 10^5, a crore 10^7, "1 lakh crore" 10^12.
_INDIAN_SCALE_WORDS: list[tuple[str, _Scale]] = [
    (r"lakh\s+crores?", _Scale(10**12, True)),
    (r"crores?", _Scale(10**7, True)),
    (r"(?:lakhs?|lacs?)", _Scale(10**5, True)),
]
_ES_SCALE_WORDS += _INDIAN_SCALE_WORDS
_EN_SCALE_WORDS: list[tuple[str, _Scale]] = [
    *_INDIAN_SCALE_WORDS,
    (r"thousand", _Scale(10**3, False)),
    (r"million", _Scale(10**6, True)),
    (r"billion", _Scale(10**9, True)),
    (r"trillion", _Scale(10**12, True)),
]
_EN_SCALE_ABBR: list[tuple[str, _Scale]] = [
    # Wire briefs written in capitals write "bln" and "mln" so too: "* ACME TO BUY BETA
    # FOR $410 MLN" (the figure alone, "$410", would be the price).
    (r"bn|bln|Bn|BN|BLN", _Scale(10**9, True)),
    (r"mn|mln|Mn|MN|MLN", _Scale(10**6, True)),
    (r"tn|trn|Tn|TN|TRN", _Scale(10**12, True)),
    (r"mil\.?", _Scale(10**6, False)),  # Malaysian press: "RM300mil", "RM1.2bil"
    (r"bil\.?", _Scale(10**9, False)),
    (r"MM", _Scale(10**6, False)),  # American finance: "$3.5MM"
    (r"m|M", _Scale(10**6, False)),
    (r"b|B", _Scale(10**9, False)),
    (r"k|K", _Scale(10**3, False)),
    (r"cr\.?|Cr\.?", _Scale(10**7, False)),  # "Rs 500 cr", "₹ 12,000 Cr"
]


# Half the scale word after it: "dos millones y medio", "a million and a half".
_AND_A_HALF_RE = re.compile(rf"{_SP}+(?:y{_SP}+medio|and{_SP}+a{_SP}+half)\b", re.IGNORECASE)


class _ScaleReader:
    """Reads the scale word right after a number, if any."""

    def __init__(self, words: list[tuple[str, _Scale]], abbr: list[tuple[str, _Scale]]):
        self._scales = [s for _, s in words] + [s for _, s in abbr]
        groups = [f"(?P<w{i}>{p})" for i, (p, _) in enumerate(words)]
        # "$1.5-billion": Canadian style hyphenates the scale word.
        self._words = re.compile(rf"(?:{_SP}*|-)(?:{'|'.join(groups)})\b", re.IGNORECASE)
        groups = [f"(?P<w{i + len(words)}>{p})" for i, (p, _) in enumerate(abbr)]
        self._abbr = re.compile(rf"{_SP}?(?:{'|'.join(groups)})(?![\w])")

    def read(self, text: str, pos: int) -> tuple[_Scale, int] | None:
        """(scale, end) of the scale word at ``pos``."""
        m = self._words.match(text, pos) or self._abbr.match(text, pos)
        if m is None and text.startswith(". ", pos):
            # "$3.3. billion": a stray full stop; a sentence never starts "billion".
            slip = self._words.match(text, pos + 1)
            m = slip if slip is not None and slip.group().strip().islower() else None
        if m is None or m.lastgroup is None:
            return None
        scale = self._scales[int(m.lastgroup[1:])]
        end = m.end()
        # "2.650 millones millones": a doubled word is a slip, not 10^12.
        again = self._words.match(text, end)
        if again is not None and again.group().strip().lower() == m.group().strip().lower():
            end = again.end()
        half = _AND_A_HALF_RE.match(text, end) if scale.strong else None
        if half is not None:
            return replace(scale, and_a_half=True), half.end()
        return scale, end


_SCALES: dict[str, _ScaleReader] = {
    "es": _ScaleReader(_ES_SCALE_WORDS, _ES_SCALE_ABBR),
    "en": _ScaleReader(_EN_SCALE_WORDS, _EN_SCALE_ABBR),
}

# --- currencies ------------------------------------------------------------------

# Symbols and prefixed symbols the press writes that CLDR does not list, or lists for
# another currency (CLDR's "C$" is Nicaragua's; in news it is the Canadian dollar).
# Longest first in the regex, so "US$" wins over "$".
_PRESS_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U$S": "USD", "u$s": "USD", "USD$": "USD", "U.S.$": "USD", "$US": "USD",
    "US $": "USD", "U.S. $": "USD",
    "A$": "AUD", "AU$": "AUD", "$A": "AUD", "AUD$": "AUD",
    "C$": "CAD", "CA$": "CAD", "Can$": "CAD", "CAD$": "CAD", "$C": "CAD", "$CAN": "CAD",
    "NZ$": "NZD", "$NZ": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL",
    "RMB": "CNY",  # the renminbi's initials, in Chinese and Hong Kong copy: "RMB600 million"
    "MX$": "MXN", "MXN$": "MXN", "Mex$": "MXN", "AR$": "ARS", "ARS$": "ARS",
    "CLP$": "CLP", "COL$": "COP", "COP$": "COP", "UYU$": "UYU", "$U": "UYU",
    "S/.": "PEN", "S/": "PEN", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "₩": "KRW", "₽": "RUB", "₺": "TRY", "Fr.": "CHF",
    # Sterling as Irish and City papers write it: "STG£1.2bn", "stg 400m".
    "STG£": "GBP", "Stg£": "GBP", "STG": "GBP", "Stg": "GBP", "stg": "GBP",
    # Two currencies share the CFA franc's name and signs: which one is the country's.
    "FCFA": _CFA, "F CFA": _CFA, "F\u202fCFA": _CFA,
    # The rupee sign before "₹" came: Indian press still writes "Rs 500 crore".
    "Rs.": _RUPEE, "Rs": _RUPEE,
    # Gulf and South Asian English-language press: "Dh5 billion", "Tk 500 crore".
    "Dh": "AED", "Dhs": "AED", "Tk": "BDT", "Tk.": "BDT", "E£": "EGP",
    # Qatari and Kuwaiti copy: "QR 1.2 billion", "KD 40 million" (CLDR lists neither).
    "QR": "QAR", "KD": "KWD",
    # The new Israeli shekel as the English-language press writes it: "NIS 30 million".
    "NIS": "ILS",
    # East African press: "KSh 5 billion", "Ksh500m" (CLDR writes "Ksh" for en_KE only).
    "KSh": "KES", "Ksh": "KES", "KShs": "KES", "USh": "UGX", "TSh": "TZS",
    # Chilean press prices property, bonds and company sales in the inflation-indexed
    # unidad de fomento: "UF 3,2 millones" (ISO 4217 CLF); read only where Chilean
    # usage is plausible (see _CHILEAN_UNITS).
    "UF": "CLF",
    # Redenominated currencies as their own press writes them, which CLDR has not
    # caught up with: Sierra Leone's new leone "NLe 45 million" (2022), Zimbabwe
    # Gold "ZiG 210 million" (2024), Venezuela's bolívar "Bs." (CLDR still gives the
    # withdrawn VEF).
    "NLe": "SLE", "ZiG": "ZWG", "Bs.": "VES", "Bs.S": "VES",
    # Ghana's cedi sign as papers type it (the cent sign for "₵"), and Paraguay's
    # guaraní sign: each names one currency anywhere ("GH¢12 million", "₲ 150.000").
    "GH¢": "GHS", "₲": "PYG",
    "$": _DOLLAR,
}  # fmt: skip
# Symbols CLDR gives a currency in English or Spanish that are common words or
# abbreviations in the news ("Le", "UP", "SR") or single letters ("R", "Q", "P"):
# read as currencies only in an article from the currency's own country.
# The unidad de fomento's "UF" is Chilean: in Spanish text or a Chilean outlet it is
# money; in other English text it is an initialism ("UF 42, Georgia 35" is a score).
_CHILEAN_UNITS = frozenset({"UF"})
_SYMBOL_LOOKALIKES = frozenset("Ar CFP D E K L Le MK P Q R RF Rf SR UM UP VT".split())


def _cldr_symbols() -> dict[str, str]:
    """Symbol → currency for every symbol that CLDR's English and Spanish locales
    give one currency only ("RM" → MYR, "₦" → NGN, "RD$" → DOP)."""
    seen: dict[str, set[str]] = {}
    for ident in localedata.locale_identifiers():
        if ident.split("_")[0] in ("en", "es"):
            for code, symbol in Locale.parse(ident).currency_symbols.items():
                seen.setdefault(symbol, set()).add(code)
    return {
        symbol: codes.pop()
        for symbol, codes in sorted(seen.items())
        if len(codes) == 1
        and symbol not in codes
        and symbol not in _SYMBOL_LOOKALIKES
        and not symbol.startswith(("¤", "F\u202f"))
        and len(symbol) <= 5
    }


def _country_dollar_signs() -> dict[str, str]:
    """A country's ISO 3166 code before "$" for its own dollar, whose ISO 4217 code
    it opens: "TT$" (Trinidad and Tobago), "GY$", "BZ$", "FJ$", "SG$", "TW$". Each
    names one currency anywhere, unlike one letter ("J$", "N$": ``_home_dollar_signs``).
    """
    signs = {}
    for country in pycountry.countries:
        found = country_currency(country.alpha_2)
        if found.is_dollar and found.currency and found.currency[:2] == country.alpha_2:
            signs[f"{country.alpha_2}$"] = found.currency
    return signs


_SYMBOLS: dict[str, str] = {**_cldr_symbols(), **_country_dollar_signs(), **_PRESS_SYMBOLS}


@functools.cache
def _lookalike_signs() -> dict[str, frozenset[str]]:
    """Currency → the signs CLDR's English and Spanish locales write for it that are
    letters or words elsewhere ("P" for the pula, "Q" the quetzal, "L" the lempira,
    "K" the kwacha and the kina, "R" the rand), with the press's own local signs
    (``_PRESS_LOCAL_SYMBOLS``: "N" for the naira, "MK", "LE", "DH")."""
    signs: dict[str, set[str]] = {}
    for ident in localedata.locale_identifiers():
        if ident.split("_")[0] in ("en", "es"):
            for code, symbol in Locale.parse(ident).currency_symbols.items():
                if symbol in _SYMBOL_LOOKALIKES:
                    signs.setdefault(code, set()).add(symbol)
    for code, local in _PRESS_LOCAL_SYMBOLS.items():
        signs.setdefault(code, set()).update(s for s in local if s not in _SYMBOLS)
    return {code: frozenset(found) for code, found in signs.items()}

# Letters a country's own press writes for its currency sign, which CLDR does not
# list: Nigerian papers type "N310 billion" for "₦", Philippine ones "P5 billion" for
# "₱", Kenyan ones "Sh5 billion" for "KSh", Ghanaian ones "GH¢" for "GH₵". Single
# letters and words elsewhere, they are read as money only in the country's own news.
_PRESS_LOCAL_SYMBOLS: dict[str, frozenset[str]] = {
    "NGN": frozenset({"N"}),
    "PHP": frozenset({"P", "Php"}),
    "KES": frozenset({"Sh", "Shs"}),
    "UGX": frozenset({"Shs", "Ush"}),
    "TZS": frozenset({"Sh", "Tsh"}),
    "GHS": frozenset({"GH¢", "GHc"}),
    # Mozambican papers write the metical "MT" ("MT 2,4 mil milhões"), CLDR "MTn";
    # Costa Rican ones often type the colón sign as the cent sign ("¢4.500 millones").
    "MZN": frozenset({"MT", "MTn"}),
    "CRC": frozenset({"¢"}),
    # The Gulf's and North Africa's English-language papers: "DH 30 million" (Morocco),
    # "LE 30 million" (Egypt), "SR", "BD", "RO", "JD" (Saudi Arabia, Bahrain, Oman,
    # Jordan); "Bt" (Thailand), "Rwf"/"FRw" (Rwanda), "Nu" (Bhutan).
    "MAD": frozenset({"DH", "Dh", "Dhs", "DHs"}),
    "EGP": frozenset({"LE", "L.E."}),
    "SAR": frozenset({"SR"}),
    # Turkish papers' lira, "TL" (Türk lirası) before or after the figure: "TL 450
    # milyon", "450 million TL" (CLDR writes "₺", the ISO code "TRY" is a word too)
    "TRY": frozenset({"TL"}),
    "BHD": frozenset({"BD"}),
    "OMR": frozenset({"RO"}),
    "JOD": frozenset({"JD"}),
    "THB": frozenset({"Bt"}),
    "RWF": frozenset({"Rwf", "FRw", "RWf"}),
    "BTN": frozenset({"Nu", "Nu."}),
    # Dollars of islands whose papers add the island's letters: "CI$" (Cayman),
    # "Bds$" (Barbados), "SI$" (Solomon Islands); Zambia's kwacha as "ZK".
    "KYD": frozenset({"CI$"}),
    "BBD": frozenset({"Bds$"}),
    "SBD": frozenset({"SI$"}),
    "ZMW": frozenset({"ZK"}),
    # Sri Lankan and Nepali papers' rupee ("Rs 3 billion", "SLRs", "NRs")
    "LKR": frozenset({"SLRs"}),
    "NPR": frozenset({"NRs"}),
    # Ethiopian papers' birr: "Br2.5 billion" (CLDR gives it in Amharic only); West
    # and Central African papers' CFA franc: "CFA 20 billion"
    "ETB": frozenset({"Br"}),
    "XOF": frozenset({"CFA"}), "XAF": frozenset({"CFA"}),
}
# Signs two currencies write: the one of the country the text names ("Bs. 300
# millones" in a story on Bolivia are bolivianos, elsewhere Venezuelan bolívares).
_SHARED_SIGNS: dict[str, frozenset[str]] = {
    "Bs": frozenset({"BOB", "VES"}), "Bs.": frozenset({"BOB", "VES"}),
}
# The signs of a neighbour's currency that is legal tender beside the country's own: in
# the Common Monetary Area the South African rand circulates at par with the lilangeni,
# the loti and the Namibian dollar, and their papers price in "R" too.
_CO_TENDER_SIGNS: dict[str, dict[str, str]] = {
    "SZ": {"R": "ZAR"}, "LS": {"R": "ZAR"}, "NA": {"R": "ZAR"},
}
# The rupees: "Rs" and "rupees" are the outlet's own where it counts in one.
_RUPEE_CURRENCIES = frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"})

_SYMBOL_ALT = trie_alternation(list(_SYMBOLS))

# Currency names after a number, in both languages (an English article may say
# "euros" and a Spanish one "dollars"); longest first.
_WRITTEN_NAMES: dict[str, str] = {
    "dólares estadounidenses": "USD", "dolares estadounidenses": "USD",
    "dólares americanos": "USD", "dólar estadounidense": "USD", "dólares": "USD",
    "dolares": "USD", "dólar": "USD", "dolar": "USD",
    "us dollars": "USD", "u.s. dollars": "USD", "dollars": _EN_DOLLAR, "dollar": _EN_DOLLAR,
    "dólares australianos": "AUD", "australian dollars": "AUD",
    "dólares canadienses": "CAD", "canadian dollars": "CAD",
    "dólares neozelandeses": "NZD", "new zealand dollars": "NZD",
    "dólares de hong kong": "HKD", "hong kong dollars": "HKD",
    "dólares de singapur": "SGD", "singapore dollars": "SGD",
    "euros": "EUR", "euro": "EUR",
    "libras esterlinas": "GBP", "libra esterlina": "GBP", "libras": "GBP", "libra": "GBP",
    "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "yenes": "JPY", "yen": "JPY", "yens": "JPY",
    "yuanes": "CNY", "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY",
    "francos suizos": "CHF", "franco suizo": "CHF", "swiss francs": "CHF",
    "swiss franc": "CHF",
    "reales brasileños": "BRL", "reales": "BRL", "reais": "BRL", "brazilian reais": "BRL",
    "pesos mexicanos": "MXN", "peso mexicano": "MXN", "mexican pesos": "MXN",
    "pesos argentinos": "ARS", "peso argentino": "ARS", "argentine pesos": "ARS",
    "pesos chilenos": "CLP", "chilean pesos": "CLP",
    "pesos colombianos": "COP", "colombian pesos": "COP",
    "pesos uruguayos": "UYU", "pesos dominicanos": "DOP", "pesos filipinos": "PHP",
    "philippine pesos": "PHP", "pesos": _PESO, "peso": _PESO,
    "nuevos soles": "PEN", "soles peruanos": "PEN", "soles": "PEN",
    "rupias": _RUPEE, "rupees": _RUPEE, "indian rupees": "INR", "rupias indias": "INR",
    "coronas suecas": "SEK", "swedish kronor": "SEK",
    "coronas noruegas": "NOK", "norwegian kroner": "NOK",
    "coronas danesas": "DKK", "danish kroner": "DKK",
    # English copy translating krona/krone: "1.2 billion Norwegian crowns"
    "swedish crowns": "SEK", "norwegian crowns": "NOK", "danish crowns": "DKK",
    "czech crowns": "CZK", "icelandic crowns": "ISK",
    # a dollar named by its country rather than CLDR's adjective ("Fijian dollars")
    "fiji dollars": "FJD", "jamaica dollars": "JMD", "taiwan dollars": "TWD",
    # the renminbi by its initials after the figure: "600 million RMB"
    "rmb": "CNY",
    "rublos": "RUB", "roubles": "RUB", "rubles": "RUB",
    "liras turcas": "TRY", "turkish lira": "TRY", "turkish liras": "TRY",
    # the Spanish press's spelling of the riyal (CLDR's Spanish has "rial saudí"):
    # "2.000 millones de riyales saudíes", "riyales" of the Gulf country named
    "riyales saudíes": "SAR", "riyales saudies": "SAR", "riyal saudí": "SAR",
    "riyales cataríes": "QAR", "riyales qataríes": "QAR", "riyal catarí": "QAR",
    "riyales": _SHARED + "riyals", "riyal": _SHARED + "riyal",
    "wones": "KRW", "rands": "ZAR",
    "francos cfa": _CFA, "franco cfa": _CFA, "cfa francs": _CFA, "cfa franc": _CFA,
    "francs cfa": _CFA, "fcfa": _CFA,
    # "3,2 millones de UF", "1.500 unidades de fomento": the Chilean indexed unit.
    "unidades de fomento": "CLF", "unidad de fomento": "CLF",
    # Mozambican and Angolan copy in English keeps the Portuguese plural
    "meticais": "MZN",
}  # fmt: skip

# Codes whose CLDR names name no money a company pays: funds, metals, units of
# account, and El Salvador's colón (the country counts in dollars since 2001).
_NO_PRICE_CODES = frozenset({
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "SVC",
})
_PRICED_X_CODES = frozenset({"XAF", "XOF", "XCD", "XPF", "XCG"})
# Head nouns of CLDR's names that are common words too: "sol" (the sun), "real",
# "marcos" (frames), "sums", "tala" (felling), "bats", "nuevos", "soberanos",
# "bolivianos" (Bolivians: "3 millones de bolivianos" is a population); and
# those read only with a scale word (_NAMES_NEED_SCALE: "pounds" may be weight).
_COMMON_HEADS = frozenset({
    "sol", "real", "reals", "mark", "marks", "marco", "marcos", "sum", "sums", "tala",
    "talas", "bat", "bats", "nuevo", "nuevos", "soberano", "soberanos", "unidad",
    "unidades", "unit", "units", "oro", "gold", "pound", "pounds", "won", "wons", "rand",
    "boliviano", "bolivianos",
})


def _cldr_names() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Currency names after a figure, from CLDR's Spanish and English names (singular
    and plural): each full name names one currency ("colones costarricenses",
    "Jamaican dollars"); a head noun alone ("quetzales", "nairas", "kwacha") names its
    currency where one country uses it, else (``_SHARED``) the outlet's own among
    those that do ("chelines" in a Kenyan or a Ugandan paper)."""
    full: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for code in sorted(ISO_CODES - _NO_PRICE_CODES):
        if code.startswith("X") and code not in _PRICED_X_CODES:
            continue
        for lang in ("es", "en"):
            for count in (1, 2):
                name = get_currency_name(code, count=count, locale=lang)
                if not name.replace(" ", "").isalpha() or name.upper() == code or \
                        name.lower() in _COMMON_HEADS:
                    continue
                full[name.lower()] = code
                words = name.lower().split()
                head = words[0] if lang == "es" else words[-1]
                if len(words) > 1 and head not in _COMMON_HEADS:
                    heads.setdefault(head, set()).add(code)
    names = {name: code for name, code in full.items() if name not in heads}
    for head, codes in heads.items():
        names[head] = next(iter(codes)) if len(codes) == 1 else _SHARED + head
    shared = {head: frozenset(codes) for head, codes in heads.items() if len(codes) > 1}
    return names, shared


def _euro_legacy_names(current: dict[str, str]) -> dict[str, str]:
    """The names of the national currencies the euro replaced, from CLDR: what a
    country used alone on the day the euro came ("600 millones de pesetas", "marcos
    alemanes", "Irish pounds"), read in their own currency (ESP, DEM, IEP) as history
    and memoirs quote them. A country that used two (Andorra: pesetas and francs) has
    none. Full names always; a head noun alone ("pesetas", "dracmas") where no current
    currency and no other legacy one has it ("francos" stays the franc's, "liras" the
    Turkish lira's)."""
    legacy: set[str] = set()
    for country in pycountry.countries:
        history = get_territory_currencies(
            country.alpha_2, date(1900, 1, 1), date.today(), include_details=True
        )
        euro = next((h for h in history if h["currency"] == "EUR"), None)
        if euro is None:
            continue
        before = [
            h["currency"] for h in history
            if h["currency"] != "EUR" and h["from"] < euro["from"]
            and (h["to"] is None or h["to"] >= euro["from"])
        ]
        if len(before) == 1:
            legacy.add(before[0])
    full: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for code in sorted(legacy):
        for lang in ("es", "en"):
            for count in (1, 2):
                name = get_currency_name(code, count=count, locale=lang).lower()
                if name.upper() == code or not name.replace(" ", "").isalpha():
                    continue
                full[name] = code
                words = name.split()
                head = words[0] if lang == "es" else words[-1]
                if len(words) > 1 and head not in _COMMON_HEADS:
                    heads.setdefault(head, set()).add(code)
    for head, codes in heads.items():
        if len(codes) == 1 and head not in current and head not in _WRITTEN_NAMES:
            full[head] = next(iter(codes))
    return {name: code for name, code in full.items() if name not in current}


_CLDR_NAMES, _SHARED_NAMES = _cldr_names()
_CLDR_NAMES.update(_euro_legacy_names(_CLDR_NAMES))
# What the press writes wins over CLDR ("dólares" alone are US dollars, "libras" pounds
# sterling); a CLDR head noun is a currency only in lower case ("de Córdoba" is a city).
_NAMES: dict[str, str] = {**_CLDR_NAMES, **_WRITTEN_NAMES}


# A currency named by its CLDR name anywhere in a text ("pula", "lempiras"): compiled
# when a text first asks (an alternation of every name, 30 ms; most texts never ask).
@functools.cache
def _currency_word_re() -> re.Pattern[str]:
    names = [n for n, c in _CLDR_NAMES.items() if not c.startswith("$")]
    return re.compile(rf"\b(?:{trie_alternation(names)})\b")


_LOWER_ONLY_NAMES = frozenset(
    name for name in _CLDR_NAMES if " " not in name and name not in _WRITTEN_NAMES
)
# Upper-case only ("3,2 millones de UF"): a lower-case "uf" after a figure is no unit.
_CASED_NAMES = {"UF": "CLF"}
_CASED_NAME_RE = re.compile(rf"{_SP}*(?:de{_SP}+)?(?P<name>{'|'.join(_CASED_NAMES)})\b")
# "pounds" may be weight: money only with a scale word (see _money_name_needs_scale).
_NAMES_NEED_SCALE = {"pounds": "GBP", "pound": "GBP", "won": "KRW", "rand": "ZAR"}

# "de"/"of" may stand between the scale and the name ("millones de dólares"), or a
# hyphen ("a 2.4 billion-euro fine").
_NAME_RE = re.compile(
    rf"(?:-|{_SP}*(?:(?:de|of){_SP}+)?)"
    rf"(?P<name>{trie_alternation(list(_NAMES) + list(_NAMES_NEED_SCALE))})\b",
    re.IGNORECASE,
)
# "1.200 M€", "300 £", and after "de" ("1.200 millones de €").
_SUFFIX_SYMBOL_RE = re.compile(rf"(?:{_SP}+de)?{_SP}?(?P<sym>€|£|¥|\$|₹)(?!{_SP}?\d)")
_SUFFIX_CODE_RE = re.compile(rf"{_SP}*(?:de{_SP}+)?(?P<code>[A-Z]{{3}})\b")
# A sign in letters after a figure and its scale word: "450 million TL", "2.000
# millones de SR" (not "SR-71").
_SUFFIX_SIGN_RE = re.compile(rf"{_SP}*(?:de{_SP}+)?(?P<sym>[A-Z][A-Za-z]{{0,2}})\b(?![-\w])")


# Digits right after letters: "RM5.4", "Rs500", "$A60", "USD40m". _DIGITS_RE skips
# them (it must skip "B2B"); ``numbers`` keeps those whose letters are a symbol or a
# currency code (prefix_at then reads it).
# Mexican press writes thousands of millions half in words: "2 mil 500 millones de
# pesos" is 2.500 millones, "mil 200 millones" 1.200 millones.
_MIXED_MIL_RE = re.compile(
    r"(?<![\w.,])(?:(?P<a>\d{1,3})\s+)?mil\s+(?P<b>\d{1,3})(?![\d.,]?\d)"
    r"(?=\s+(?:mill[oó]n(?:es)?|mdp|mdd|pesos|d[oó]lares)\b)",
    re.IGNORECASE,
)
_GLUED_RE = re.compile(
    rf"(?<![\w$/])(?P<sym>\$?[A-Za-z]{{1,4}}\.?)(?P<n>{_SPACED_DIGITS}|\d+(?:[.,]\d+)*)"
)
_GLUED_SYMBOLS = frozenset(s for s in _SYMBOLS if s.rstrip(".")[-1:].isalpha()) | _CURRENCY_CODES


@functools.lru_cache(maxsize=32)
def _prefix_re(local: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """A currency symbol or ISO code ending where a number starts; ``local`` adds the
    symbols of the outlet's country that are not read elsewhere ("R", "kr")."""
    symbols = trie_alternation([*_SYMBOLS, *local])
    return re.compile(
        rf"(?:(?<![\w$/])(?P<sym>{symbols})|(?<![A-Za-z])(?P<code>[A-Z]{{3}}))[ \u00a0]?\Z"
    )


# A sign of up to three letters (and a full stop) before a figure: "P70", "MK 12", "LE3";
# or the cent sign Costa Rican papers type for the colón's ("¢4.500 millones").
_LOOKALIKE_BEFORE_FIGURE_RE = re.compile(
    r"(?<![\w$/])(?P<sym>[A-Z¢][A-Za-z]{0,2}\.?)[ \u00a0]?(?=\d)"
)
# ... or after a figure and a scale word: "450 million TL", "2.000 millones de SR".
_LOOKALIKE_AFTER_SCALE_RE = re.compile(
    r"\d\s*(?i:mill|bill|bn\b|mn\b|m\b)\w*\s+(?:de\s+)?(?P<sym>[A-Z][A-Za-z]{0,2})\b(?![-\w])"
)
_GLUED_FIGURE_RE = re.compile(rf"{_SPACED_DIGITS}|\d+(?:[.,]\d+)*")
@functools.lru_cache(maxsize=32)
def _leading_symbol_re(local: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """A currency symbol before a range's second figure: "$1bn and $2bn", and, with
    ``local`` (the signs read in this text only), "K450 million to K500 million" in a
    Zambian paper, "from D3 billion to D4 billion" in a Gambian one."""
    return re.compile(rf"(?:{trie_alternation([*_SYMBOLS, *local])})[ \u00a0]?")
_PENCE_RE = re.compile(r"p(?![\w]|\.\w)|[ \u00a0]?(?:pence|peniques)\b")
# Hundredths: "35 cents", "20 céntimos", "50 centavos de dólar", "12 US cents".
_CENTS_RE = re.compile(
    rf"{_SP}*(?:(?P<pre>US|U\.S\.|euro|Canadian|Australian){_SP}+)?"
    r"(?P<unit>cents?|c[ée]ntimos?|centavos?)"
    # "98,5 centavos por dólar": a bond's price, in hundredths of the dollar
    rf"(?:{_SP}+(?:de|of|por){_SP}+(?P<of>d[oó]lar(?:es)?|dollars?|euros?|reales?|real|soles|sol))?\b"
    # "52c a share", "a close of 89c.": "c" glued to the figure, then a share or the
    # end of the phrase.
    r"|¢|(?-i:c)(?=[,;.)]|[ \u00a0]+(?:a|an|per|each|on|in|from|to|and|or)\b)",
    re.IGNORECASE,
)
# The hundredths of a currency, named in its own country's news only ("a dividend of
# 4 sen" in Kuala Lumpur, "50 kobo" in Lagos): elsewhere "sen" is a name or a word.
_HOME_HUNDREDTHS: dict[str, str] = {
    "MYR": "sen", "BND": "sen", "NGN": "kobo", "GHS": "pesewas?", "BWP": "thebe",
}  # fmt: skip
# A bare "$" before billones (10^12) or 100.000 millones and more: pesos' sizes.
_PESO_SIZED_RE = re.compile(
    r"(?<![\w$])\$[ \u00a0]?(?:\d{1,3}(?:[.,]\d+)?[ \u00a0]+bill[oó]n(?:es)?"
    r"|\d{3}(?:\.\d{3})+[ \u00a0]+millones)\b",
    re.IGNORECASE,
)
# Currencies other than dollars whose hundredth English copy calls a cent: the euro,
# the South African rand ("150c a share"), the Kenyan shilling.
_CENT_CURRENCIES = frozenset({"EUR", "ZAR", "KES"})
_EURO_RE = re.compile(r"€|\beuros?\b", re.IGNORECASE)
_POUND_RE = re.compile(r"£|\b(?:pounds?|sterling)\b", re.IGNORECASE)
_DOLLAR_CENTAVOS_RE = re.compile(r"centavos?\s+de\s+d[oó]lar", re.IGNORECASE)
_CENTS_OF: dict[str, str] = {
    "us": "USD", "u.s.": "USD", "euro": "EUR", "canadian": "CAD", "australian": "AUD",
    "dólar": "USD", "dolar": "USD", "dólares": "USD", "dolares": "USD", "dollar": "USD",
    "dollars": "USD", "euros": "EUR", "reales": "BRL", "real": "BRL", "soles": "PEN",
    "sol": "PEN",
}  # fmt: skip

def _home_dollar_signs(origin: Conventions) -> frozenset[str]:
    """The prefixed signs a dollar country's own press writes, made of the first one
    or two letters of the currency's ISO code: "F$"/"FJ$" in Fiji, "N$" in Namibia,
    "J$" in Jamaica, "TT$" in Trinidad. Read only in that country's news: "N$" is
    Namibian in Windhoek, and nothing in Toronto."""
    code = origin.currency or ""
    if not origin.is_dollar or len(code) != 3:
        return frozenset()
    return frozenset({f"{code[0]}$", f"{code[:2]}$"})


_CFA_CURRENCIES = frozenset({"XAF", "XOF"})


@functools.cache
def _all_lookalike_signs() -> frozenset[str]:
    return frozenset().union(*_lookalike_signs().values())


@functools.lru_cache(maxsize=2)
def _country_stems(lang: str) -> tuple[dict[str, str], re.Pattern[str]]:
    """Country names (CLDR, ``lang`` and English) and the stems their adjectives
    share → ISO 3166 code, and a regex finding them as words. A name stands for its
    adjectives by itself less one or two final letters, never fewer than five letters:
    "Honduras" → "hondur" (Honduran, hondureño), "Guatemala" → "guatemal"
    (guatemalteco), "Nigeria" → "nigeri" (Nigerian); shorter names only whole
    ("Perú"). The longest stem decides: "Nigerien" is Niger's, "Nigerian" Nigeria's.
    The adjectives no stem reaches (``_demonyms``: "Omani", "Turkish", "saudí") are
    read as whole words."""
    names = country_names(lang)
    stems: dict[str, str] = dict(names)
    for cut in (1, 2):
        for name, code in names.items():
            if len(name) - cut >= 5 and name.replace(" ", "").isalpha():
                stems.setdefault(name[:-cut], code)
    demonyms = {form: code for form, code in _demonyms(lang).items() if form not in stems}
    alternatives = "|".join(
        rf"{re.escape(stem)}\b" if len(stem) < 5 or stem in demonyms else rf"{re.escape(stem)}\w*"
        for stem in sorted(stems.keys() | demonyms.keys(), key=len, reverse=True)
    )
    return {**stems, **demonyms}, re.compile(rf"\b(?:{alternatives})", re.IGNORECASE)


# Words the entities stage keeps too: the nationality adjectives no rule derives.
_ENTITY_LEXICON = Lexicon(data_dir("lexicon") / "entities.toml")
# Languages official in more countries than this name none of them ("Spanish", "Arabic").
_MAX_LANGUAGE_COUNTRIES = 2


@functools.lru_cache(maxsize=2)
def _demonyms(lang: str) -> dict[str, str]:
    """Nationality adjectives → ISO 3166 code, where the country's name does not begin
    them. Three rules: the Arabic and South Asian nisba, the name and "-i" ("Omani",
    "Qatari", "Yemeni"; Spanish "-í": "omaní", "catarí"); the CLDR name of the language
    a country alone (or with one other) speaks officially, where it is at home ("a
    Turkish lender", "un banco tailandés", "the Filipino conglomerate"), with its
    Spanish feminine and plural forms ("turca", "tailandeses"); and, for the rest, the
    lexicon's ``demonym_countries`` ("Saudi", "emiratí", "suizo")."""
    found: dict[str, str] = {}
    for name, code in country_names(lang).items():
        if name.isalpha() and name[-1] not in "aeiouáéíóúy":
            plain = _strip_accents(name)
            found.setdefault(f"{plain}i", code)
            if lang == "es":
                found.setdefault(f"{plain}í", code)
                found.setdefault(f"{plain}íes", code)
    official: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for language in get_official_languages(country.alpha_2, de_facto=True):
            official.setdefault(language, set()).add(country.alpha_2)
    likely = get_global("likely_subtags")
    for language, countries in official.items():
        home = str(likely.get(language, "")).rpartition("_")[2]
        if home not in countries or len(countries) > _MAX_LANGUAGE_COUNTRIES:
            continue
        for locale in {lang, "en"}:
            name = Locale.parse(locale).languages.get(language, "")
            if name.isalpha():
                for form in _adjective_forms(name.casefold(), locale):
                    found.setdefault(form, home)
    for form, code in _ENTITY_LEXICON.table("demonym_countries").items():
        found.setdefault(form.casefold(), code)
    return found


def _adjective_forms(word: str, lang: str) -> list[str]:
    """A Spanish nationality adjective's four forms ("turco": turca, turcos, turcas;
    "tailandés": tailandesa, tailandeses, tailandesas); an English one as it is."""
    if lang != "es":
        return [word]
    if word.endswith("o"):
        return [word + s for s in ("", "s")] + [word[:-1] + s for s in ("a", "as")]
    if word.endswith("és"):
        stem = word[:-2] + "es"
        return [word, stem + "a", stem + "es", stem + "as"]
    return [word]


def _strip_accents(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)
    )


def _text_currencies(text: str, lang: str) -> frozenset[str]:
    """The currencies a text names: those of the countries it names or qualifies by
    their adjective ("in Botswana", "a Zambian miller", "un fondo hondureño"), else of
    the places it locates something in ("a Riyadh-based developer", "una planta en
    Guanajuato"), and those it names by name ("70 million pula", "quetzales")."""
    stems, pattern = _country_stems(lang)
    found: set[str] = set()
    for m in pattern.finditer(text):
        low = m.group().casefold()
        code = next((stems[low[:k]] for k in range(len(low), 0, -1) if low[:k] in stems), None)
        currency = country_currency(code).currency if code is not None else None
        if currency is not None:
            found.add(currency)
    if not found:
        # a text that names no country: those of the places it locates things in
        # ("Riyadh-based", "in Dubai")
        for country in _located_countries(text):
            currency = country_currency(country).currency
            if currency is not None:
                found.add(currency)
    for m in _currency_word_re().finditer(text):
        code = _CLDR_NAMES.get(m.group().lower())
        if code is not None and not code.startswith("$"):
            found.add(code)
    return frozenset(found)


@functools.lru_cache(maxsize=1)
def _cfa_countries() -> tuple[dict[str, str], re.Pattern[str]]:
    """Names (CLDR, Spanish and English, casefolded) of the countries that count in a
    CFA franc → their ISO 3166 code, and a regex finding them."""
    names = {
        name: code
        for lang in ("es", "en")
        for name, code in country_names(lang).items()
        if country_currency(code).currency in _CFA_CURRENCIES
    }
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return names, re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


# Which pesos "pesos" or "$" means: the first country the text names decides.
_PESO_COUNTRIES = re.compile(
    r"\b(?P<ARS>argentin\w*)|\b(?P<MXN>m[ée]xic\w*)|\b(?P<CLP>chile\w*)"
    r"|\b(?P<COP>colombi\w*|bogot\w*|medell[ií]n|antioque\w*|barranquill\w*)"
    r"|\b(?P<UYU>urugua\w*)|\b(?P<DOP>dominican\w*)"
    r"|\b(?P<PHP>filipin\w*|philippin\w*)",
    re.IGNORECASE,
)
# A capitalised place where something is located: "con tiendas en Nuevo León",
# "a noodle maker based in Cebu", "una planta en San Luis Potosí", "Riyadh-based".
_PLACE = r"[A-ZÁÉÍÓÚÑ][\w'-]+(?:\s+(?:(?:de|del|de\s+la|de\s+los)\s+)?[A-ZÁÉÍÓÚÑ][\w'-]+){0,3}"
_LOCATED_IN_RE = re.compile(
    rf"\b(?:[Ee]n|[Ii]n|near|cerca\s+de|con\s+sede\s+en)\s+(?P<place>{_PLACE})"
    r"|(?<![\w-])(?P<based>[A-ZÁÉÍÓÚÑ][\w']+(?:\s+[A-ZÁÉÍÓÚÑ][\w']+)?)-based\b"
)


def _located_countries(text: str) -> list[str]:
    """The countries of the places ``text`` locates something in, in text order: a
    place is read whole, else by its first words ("en Guanajuato Norte" is in
    Guanajuato) or, before "-based", its last ("The Riyadh-based"); one that several
    countries have ("León", "Santiago") or that is a country's name decides nothing
    (``_place_country``)."""
    found: list[str] = []
    for m in _LOCATED_IN_RE.finditer(text):
        words = (m.group("place") or m.group("based")).split()
        # "en Guanajuato Norte" by its first words, "The Riyadh-based" by its last
        spans = [words[:n] if m.group("place") else words[-n:] for n in range(len(words), 0, -1)]
        country = next((c for span in spans if (c := _place_country(" ".join(span)))), None)
        if country is not None:
            found.append(country)
    return found


@functools.lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, frozenset[str]]:
    """ISO 3166-2 subdivision names (pycountry), casefolded, "(Region VII)" left out →
    the countries that have a subdivision of that name."""
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        name = re.sub(r"\s*\(.*\)", "", sub.name).strip().casefold()
        found.setdefault(name, set()).add(sub.country_code)
    return {name: frozenset(codes) for name, codes in found.items()}


def _place_country(name: str) -> str | None:
    """The one country that has a subdivision or a city called ``name`` (ISO 3166-2;
    GeoNames, with its other names); None for a name several countries' places bear
    ("León", "Córdoba", "Santander") or a country's ("Armenia")."""
    key = name.casefold()
    if key in country_names("es") or key in country_names("en"):
        return None
    owners = set(_subdivision_countries().get(key, ()))
    owners |= city_countries(key)
    return owners.pop() if len(owners) == 1 else None


_ARTICLE_BEFORE_RE = re.compile(r"\b(?:la|el|las|los)\s+(?:[a-záéíóúñ]+\s+)?\Z", re.IGNORECASE)
_NAME_AFTER_RE = re.compile(r"\s+[A-ZÁÉÍÓÚÑ]")


def _introduces_company(text: str, m: re.Match[str]) -> bool:
    """A Spanish nationality adjective between an article (and maybe a noun) and a
    name ("la uruguaya Horneados del Plata", "a la gestora chilena Puelche"): a company
    introduced."""
    return (
        m.group()[0].islower()
        and _ARTICLE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) is not None
        and _NAME_AFTER_RE.match(text, m.end()) is not None
    )


# Which dollar a bare "$" means in English copy that writes "US$" for US dollars: the
# first country the text names, by name, city, stock exchange or (``_dollar_countries``)
# province, state or territory.
_DOLLAR_PLACES = {
    "CAD": r"Canad\w*|Toronto|Montr[ée]al|Vancouver|Calgary|Ottawa|TSX",
    "AUD": r"Australi\w*|Sydney|Melbourne|Perth|Brisbane|Adelaide|ASX",
    "NZD": r"New\s+Zealand\w*|Auckland|Wellington|Christchurch|Dunedin|NZX",
    "SGD": r"Singapor\w*|SGX",
    "HKD": r"Hong\s+Kong",
}
# The federations whose provinces, states and territories (ISO 3166-2) set a story in
# their dollar: "Saskatchewan", "Prince Edward Island", "Queensland", "Tasmania".
_DOLLAR_FEDERATIONS = {"CAD": "CA", "AUD": "AU"}


@functools.cache
def _dollar_countries() -> re.Pattern[str]:
    """``_DOLLAR_PLACES`` and the first-level divisions of ``_DOLLAR_FEDERATIONS``, but
    a division named like cities of three or more other countries ("Victoria")."""
    groups = []
    for currency, places in _DOLLAR_PLACES.items():
        country = _DOLLAR_FEDERATIONS.get(currency)
        divisions = sorted(
            sub.name for sub in pycountry.subdivisions
            if sub.country_code == country and len(city_countries(sub.name) - {country}) < 3
        ) if country else []
        names = [places, *(r"\s+".join(map(re.escape, d.split())) for d in divisions)]
        groups.append(f"(?P<{currency}>{'|'.join(names)})")
    return re.compile(rf"\b(?:{'|'.join(groups)})\b")


# What sets a story in the United States, or marks its dollars as the US one: beside
# these a bare "$" stays the US dollar whatever other dollar country is named.
_US_SETTING_RE = re.compile(
    r"\b(?:U\.S\.|US|USA|United\s+States|Americans?|Wall\s+Street|Nasdaq|NYSE"
    r"|New\s+York|Washington|California|Texas|Delaware|Chicago|Boston|Silicon\s+Valley)\b"
)
_MARKED_DOLLAR_RE = re.compile(
    r"(?<![\w$])(?:A\$|AU\$|\$A|C\$|CA\$|Can\$|\$C|NZ\$|\$NZ|S\$|HK\$)(?=[ \u00a0]?\d)"
)
_DOLLAR_WORDS = re.compile(r"d[oó]lar|dollar|US\$|U\$S|\bUSD\b", re.IGNORECASE)
_PESO_WORD = re.compile(r"\bpesos?\b", re.IGNORECASE)
# "US$" written for dollars beside a bare "$" before a number: the "$" is local.
_USD_MARK_RE = re.compile(r"US\$|U\$S|u\$s|USD\$")
_BARE_DOLLAR_RE = re.compile(r"(?<![\w$])\$(?=[ \u00a0]?\d)")
# Commonwealth spelling against US spelling of "%" in words.
_PER_CENT_RE = re.compile(r"\bper[ \u00a0-]cent\b", re.IGNORECASE)
_PERCENT_RE = re.compile(r"\bpercent\b", re.IGNORECASE)
# "$3.1-billion", "$90-million": the scale word hyphenated to the figure, the house
# style of Canadian papers (US, British and Australian copy write "$3.1 billion").
_HYPHENED_DOLLAR_RE = re.compile(r"(?<![\w$])\$\d[\d.,]*-(?:million|billion|trillion)\b")
# Money in pounds or euros, or dollars marked as the US one.
_OTHER_MONEY_RE = re.compile(
    r"[£€]|\b(?:US|U\.S\.)\s?\$|U\$S|\bUSD\b|\b(?:US|U\.S\.|American)\s+dollars?\b"
    r"|\b(?:pounds?|euros?|sterling)\b",
    re.IGNORECASE,
)

_MDP_RE = re.compile(r"\b(?:mdp|mmdp)\b", re.IGNORECASE)

# Evidence of a text's decimal mark, from numbers no reader could take otherwise:
# "99,6", "1.000.000" (Spain) against "2.5 millones", "1,000,000" (Mexico). A dot
# before two digits counts only beside "%" or a scale word, not in times ("10.30 h").
_COMMA_DECIMAL_RE = re.compile(
    r"(?<![\w.,])(?:\d+,(?:\d{1,2}|\d{4,})(?![\d.,])|\d{1,3}(?:\.\d{3}){2,}(?![\d,])|\d+\.\d{3},\d)"
)
_DOT_DECIMAL_RE = re.compile(
    r"(?<![\w.,])(?:\d+\.\d{1,2}(?![\d.,])\s*(?:%|por\s+ciento|mil\b|mill|bill)"
    r"|\d{1,3}(?:,\d{3}){2,}(?![\d.])|\d+,\d{3}\.\d)",
    re.IGNORECASE,
)

# --- qualifiers, ranges, flags -----------------------------------------------------

_QUALIFIERS: dict[str, dict[str, list[str]]] = {
    "es": {
        "min": [
            r"m[aá]s\s+de",
            r"super(?:a|an|ó|aron|aría|arían|ará|arán|aba|aban)\s+(?:a\s+)?(?:los|las)",
            r"(?:importe|precio|valor|monto|pago)\s+m[ií]nimo(?:\s+adicional)?\s+de",
            r"superior(?:es)?\s+a", r"por\s+encima\s+de", r"al\s+menos", r"como\s+m[ií]nimo",
            r"un\s+m[ií]nimo\s+de", r"no\s+menos\s+de", r"sobrepas(?:a|an|ó)\s+(?:los|las)",
        ],
        "max": [
            r"hasta", r"no\s+m[aá]s\s+de", r"como\s+m[aá]ximo", r"un\s+m[aá]ximo\s+de",
            r"(?:importe|precio|valor|monto|pago)\s+m[aá]ximo(?:\s+adicional)?\s+de",
            r"menos\s+de", r"inferior(?:es)?\s+a", r"por\s+debajo\s+de",
        ],
        "approx": [
            r"alrededor\s+de", r"unos", r"unas", r"cerca\s+de", r"aproximadamente",
            r"aprox\.?", r"casi", r"en\s+torno\s+a(?:\s+(?:los|las))?",
            r"del\s+orden\s+de(?:\s+(?:los|las))?", r"cercan[oa]s?\s+a(?:\s+(?:los|las))?",
            r"rond(?:a|an|aba|aría|arán)\s+(?:los|las)", r"≈", r"~",
        ],
    },
    "en": {
        "min": [
            r"more\s+than", r"over", r"above", r"in\s+excess\s+of", r"at\s+least",
            r"upwards\s+of", r"exceeding", r"exceeds?", r"exceeded", r"north\s+of",
            r"greater\s+than", r"a\s+minimum\s+of", r"no\s+less\s+than", r"not\s+less\s+than",
        ],
        "max": [
            r"up\s+to", r"as\s+much\s+as", r"as\s+high\s+as", r"no\s+more\s+than",
            r"not\s+more\s+than", r"at\s+most", r"a\s+maximum\s+of", r"less\s+than",
            r"under", r"below",
        ],
        "approx": [
            r"about", r"roughly", r"around", r"some", r"nearly", r"almost",
            r"approximately", r"approx\.?", r"an\s+estimated", r"estimated", r"close\s+to",
            r"circa", r"≈", r"~",
        ],
    },
}  # fmt: skip


def _qualifier_re(table: dict[str, list[str]]) -> re.Pattern[str]:
    groups = [f"(?P<{kind}>{'|'.join(pats)})" for kind, pats in table.items()]
    return re.compile(rf"(?<![\w])(?:{'|'.join(groups)})\s*\Z", re.IGNORECASE)


_QUALIFIER_RE: dict[str, re.Pattern[str]] = {
    lang: _qualifier_re(table) for lang, table in _QUALIFIERS.items()
}
_POST_QUALIFIER_RE = re.compile(
    r"(?:\s+(?:o|or)\s+(?:(?P<min>m[aá]s|more)|(?P<max>menos|less))|(?P<plus>-plus))\b",
    re.IGNORECASE,
)
_RANGE_OPEN_RE = re.compile(
    r"(?<![\w])(?:(?P<between>entre|between)|(?P<from>de|desde|from))\s+\Z", re.IGNORECASE
)
_RANGE_JOIN_RE = re.compile(
    rf"(?:{_SP}?(?P<dash>[-–—]){_SP}?|\s+(?P<and>y|e|and)\s+|\s+(?P<to>a|hasta|to)\s+"
    r"|\s+(?P<vs>frente\s+a(?:\s+(?:los|las))?|contra|versus|vs\.?|against"
    r"|compared\s+(?:with|to))\s+)",
    re.IGNORECASE,
)
# Words that may stand between an amount and a bare figure that shares its scale
# and currency: "de 42.000 millones de pesos en 2022 a casi 47.000 en 2023".
_ELLIPSIS_RE: dict[str, re.Pattern[str]] = {
    lang: re.compile(
        rf"(?:,?\s+(?:en|in|durante|during|del|de|of)\s+(?:19|20)\d\d)?,?"
        rf"\s+(?:{joins})\s+(?:(?P<q>{qualifiers})\s+)?(?P<num>\d+(?:[.,]\d+)*)(?!\w|[.,]\d)",
        re.IGNORECASE,
    )
    for lang, joins in (
        # "35.527 millones de euros y el beneficio, de casi 4.000": a gapped verb.
        # "un 12 % más que los 401.000": a figure compared by a percentage.
        ("es", r"a|hasta|frente\s+a(?:\s+(?:los|las))?|contra|y|e"
         r"|(?:y|e)\s+(?:el|la|los|las|su|sus|un|una)\s+\w+(?:\s+\w+)?"
         r"(?:,(?:\s+(?:de|en))?|\s+(?:de|por))"
         r"|(?:un\s+)?\d+(?:,\d+)?\s*%\s+(?:m[aá]s|menos)\s+que(?:\s+(?:los|las))?"
         # "de los que 1.000 irán a...", "de ellos 58.000", "y se ahorrará otros 300".
         r"|(?:[^\s.;:\d]+\s+){0,3}(?P<part>de\s+(?:los|las)\s+(?:que|cuales)"
         r"|de\s+(?:ellos|ellas))"
         # "ha puesto 400.000 euros, y la socia X, con otros 150.000"
         r"|(?:[^\s.;:\d]+\s+){0,16}(?P<more>otros|otras)"),
        ("en", r"to|against|from|versus|vs\.?|compared\s+(?:with|to)|and"
         r"|\d+(?:\.\d+)?\s*(?:%|per\s+cent|percent)\s+(?:more|less|higher|lower|above|below)"
         r"\s+than|(?P<part>of\s+which)"
         r"|(?:[^\s.;:\d]+\s+){0,16}(?P<more>another|a\s+further)"),
    )
    for qualifiers in ["|".join(p for pats in _QUALIFIERS[lang].values() for p in pats)]
}


def _comparable(a: Decimal, b: Decimal) -> bool:
    """True when two figures are of one magnitude (within a factor of ten): "42.000"
    and "47.000" may share "millones de pesos"; "3" and "47.000" do not."""
    return a > 0 and b > 0 and a * 10 >= b and b * 10 >= a


# "pasó de 500 a 800 millones" is a change, not a range: two amounts.
_CHANGE_VERB_RE = re.compile(
    r"(?:\b(?:pas|sub|baj|crec|aument|elev|increment|reduj|reduc|ca[ey]|disminu|"
    r"retroced|desplom|dispar|"
    r"rose|fell|grew|increas|decreas|rais|climb|jump|drop|declin|swung|went|cut|"
    r"fall|rise[sn]?\b|rising|slid|slip|sank|sunk|soar|surg|plung|tumbl|dipp|dip\b|gain|"
    r"lost|lose|edg)\w*)"
    r"[^.;\n]{0,40}\Z",
    re.IGNORECASE,
)
_PER_SHARE_RE = re.compile(
    # the form of payment may come between: "$20 in cash for each share", "15 euros en
    # efectivo por acción"
    # or "cash" alone ("A$2.40 cash per share"); a hyphen may join it ("a $58-a-share
    # approach")
    r"(?:\s+(?:in\s+cash|in\s+stock|cash|en\s+efectivo|en\s+met[aá]lico))?"
    r"(?:\s*|-)(?:(?:per|a|each|for\s+each)[\s-]+(?:ordinary\s+|common\s+|class\s+\w\s+)?share"
    r"|(?:por|cada|la)\s+acci[oó]n|por\s+t[ií]tulo)\b",
    re.IGNORECASE,
)
_SHARE_CONTEXT_RE = re.compile(
    r"\b(?:shares?|stock|acci[oó]n|acciones|t[ií]tulos?)\b", re.IGNORECASE
)
_REACHED_RE = re.compile(r"hasta\b", re.IGNORECASE)
_CHANGE_STEMS = (
    r"(?:sub|baj|crec|creci|aument|elev|increment|ca|cay|disminu|retroced|avanz|mejor"
    r"|dispar|escal|repunt|recort|reduj|reduc|sit|dobl|multiplic|alcanz)"
)
# A change in the preterite or perfect: "creció", "crecieron", "ha subido".
_PAST_CHANGE_RE = re.compile(
    rf"\b{_CHANGE_STEMS}\w*(?:ó|ió|aron|ieron|yeron|eron|yó)\b"
    rf"|\b(?:ha|han|había|habían)\s+(?:\w+\s+)?{_CHANGE_STEMS}\w*(?:ado|ido)\b",
    re.IGNORECASE,
)
# A bid raised, in any tense ("mejora su oferta por X hasta 45 millones", "elevó su puja
# hasta los 3 euros por acción"): an offer is one price, so "hasta" is the level the
# bid reached, never a cap.
_RAISED_BID_RE = re.compile(
    r"\b(?:mejor|elev|sub|increment|aument)\w*\s+(?:su|sus|la|las)\s+"
    r"(?:oferta|ofertas|puja|pujas|opa|contraoferta|contraopa)\b[^.;\n]{0,60}\Z",
    re.IGNORECASE,
)
_PRICE_LEAD_RE = re.compile(r"(?<![\w])(?:at|to|from|a|en)\s+\Z", re.IGNORECASE)
_RATE_BEFORE_RE = re.compile(
    r"(?:=\s*|(?:tipo\s+de\s+)?cambio\s+de\s+|exchange\s+rate\s+of\s+)\Z", re.IGNORECASE
)
_RATE_AFTER_RE = re.compile(
    r"\s*=|\s+(?:por|per|a|against\s+the)\s+(?:d[oó]lar|dollar|euro|libra|pound)\b",
    re.IGNORECASE,
)

# Units of quantities that are not money, with their UN/CEFACT common codes.
_UNITS: dict[str, str] = {
    "MWh": "MWH", "GWh": "GWH", "kWh": "KWH", "TWh": "D32",
    "MW": "MAW", "GW": "A90", "kW": "KWT", "KW": "KWT", "TW": "D31",
}  # fmt: skip
_UNIT_NAMES: dict[str, str] = {
    "megavatios hora": "MWH", "megavatios": "MAW", "megavatio": "MAW",
    "gigavatios hora": "GWH", "gigavatios": "A90", "gigavatio": "A90",
    "kilovatios hora": "KWH", "kilovatios": "KWT", "kilovatio": "KWT",
    "teravatios": "D31", "megawatt hours": "MWH", "megawatt-hours": "MWH",
    "megawatts": "MAW", "megawatt": "MAW", "gigawatt hours": "GWH", "gigawatts": "A90",
    "gigawatt": "A90", "kilowatts": "KWT", "kilowatt": "KWT", "terawatts": "D31",
}  # fmt: skip
_UNIT_RE = re.compile(
    rf"{_SP}?(?:(?P<abbr>{alternation(list(_UNITS))})(?![\w])"
    rf"|(?:de{_SP}+)?(?P<name>(?i:{alternation(list(_UNIT_NAMES))}))\b)"
)

# A bare amount with a scale word ("22.000 millones") may be money only if what
# follows is not a count of something else ("900 millones de usuarios").
_ES_FOLLOW_OK = frozenset(
    "en para por y e o u que a al con tras según frente hasta desde durante sobre "
    "este esta ese esa el la los las lo se ya más anuales al año "
    "neto neta netos netas bruto bruta brutos brutas adicional adicionales anual"
    # what a sum includes or the stage of a round it is told at: "1.450 millones
    # incluyendo deuda", "150 millones post-money"
    " incluyendo incluida incluidos excluyendo pre post".split()
)
_EN_FOLLOW_OK = frozenset(
    "in for to from and or on at by with last this that which as after before since "
    "while a the over into plus than per so but when it its if net gross annually"
    " including excluding pre post".split()
)
_MONEY_NOUNS = frozenset(
    "inversión inversiones financiación deuda deudas ingresos beneficio beneficios "
    "patrimonio activos "
    "pérdidas facturación capital ganancias presupuesto ebitda valor ventas "
    "funding debt revenue revenues sales profit profits losses capital investment "
    "investments cash financing assets".split()
)
# "11,300 millones del año anterior", "2 billion of the year before": a period, not a
# count of things.
# Month names, in Spanish (CLDR through babel): "los 790 millones de diciembre".
_MONTHS = frozenset(m.lower() for m in get_month_names("wide", locale="es").values())
_PERIOD_NOUNS = frozenset(
    "año ejercicio trimestre semestre periodo período mes year quarter period".split()
)
_COUNT_NOUN_RE = re.compile(
    r"\b(?:(?i:users?|customers?|subscribers?|people|members?|devices?|viewers?|employees?"
    r"|workers?|shares?|units?|items?|visitors?|downloads?|passengers?|followers?|MAUs?"
    r"|usuarios?|clientes?|suscriptores?|personas?|habitantes?|empleados?|trabajadores?"
    r"|acciones|t[ií]tulos?|unidades?|dispositivos?|visitantes?|descargas?|pasajeros?"
    r"|seguidores?)"
    # Things sold, served or counted, in lower case only ("Barratt Homes" is a name):
    # "780.000 entradas en 2025, frente a 1,3 millones en 2019".
    r"|entradas?|billetes?|tickets?|ejemplares?|copias?|copies|lectores?"
    r"|readers?|abonados?|veh[ií]culos?|vehicles?|coches?|cars?|viviendas?|homes?"
    r"|hogares?|households?|pacientes?|patients?|turistas?|tourists?|visitas?|visits?"
    r"|alumnos?|students?|plazas?|seats?|asientos?|habitaciones?"
    r"|rooms?|camas?|beds?|pernoctaciones?|noches?|nights?|barriles?|barrels?"
    r"|toneladas?|tonnes?|tons?|hect[aá]reas?|hectares?|acres?)\b"
)
# An "of" after a figure that names what is counted ("30 millones de clientes"), not
# the body a sum comes from, named with its article ("un préstamo de 12 millones del
# Banco Europeo de Inversiones", "de la Caja Rural"). A bare "de Acme" may still count
# ("12 millones de Acme": its shares).
_OF_RE = re.compile(
    r"[ \u00a0]+(?:del\b(?![ \u00a0]+[A-ZÁÉÍÓÚÑ])"
    r"|de\b(?![ \u00a0]+(?:la|el|los|las)[ \u00a0]+[A-ZÁÉÍÓÚÑ])|of\b)"
)
# What comes before the unit a price is told per: "por acción", "per share", "a share".
_PER_UNIT_RE = re.compile(r"\b(?:por|cada|per|a|each)\s+\Z", re.IGNORECASE)
_NEXT_WORD_RE = re.compile(r"[ \u00a0]+(?P<w>\w+)(?:[ \u00a0]+(?P<w2>\w+))?")

# Words that announce a sum of money right before a bare figure: a price ("por",
# "for", "worth"), or a money noun and its "de"/"of" ("deuda de", "impacto negativo
# contable de", "revenue of").
_MONEY_FRAME_RE: dict[str, re.Pattern[str]] = {
    lang: re.compile(
        rf"(?:\b(?:{verbs})|\b(?:{nouns})(?:\s+\w+){{0,2}}\s+(?:de|of)"
        rf"|\b(?:{trades})\b[^.;:\n]{{0,60}}\b(?:{price}))"
        rf"\s+(?:(?:{qualifiers})\s+)?\Z",
        re.IGNORECASE,
    )
    for lang, verbs, nouns, trades, price, qualifiers in (
        (
            "es",
            r"pag(?:a|an|ó|aron|ará|arán|ar|aría)|cuesta|cost[óo]|(?:valor|valu)ad[oa]s?\s+en"
            r"|valor(?:a|an|ó|aron|ará|arán|aría)(?:\s+\w+){0,3}\s+en"
            # a round's verbs: "levanta 8 millones", "captó 12 millones", "invierte 5"
            r"|levant(?:a|an|ó|aron|ará|arán)|capt(?:a|an|ó|aron|ará|arán)"
            r"|recaud(?:a|an|ó|aron|ará|arán)|invier(?:te|ten)|invirti(?:ó|eron)"
            r"|invertir(?:á|án)"
            # what a sum takes from or adds to a result: "restará 14 millones al resultado"
            r"|rest(?:a|an|ó|aron|ará|arán|aría)|sum(?:a|an|ó|aron|ará|arán|aría)"
            # a part of a sum told before: "31 millones, de los que unos 6 millones"
            r"|de\s+(?:los|las)\s+(?:que|cuales)|de\s+ellos|de\s+ellas",
            r"importe|precio|valor|val(?:or|u)aci[oó]n(?:\s+post-money|\s+pre-money)?|coste|costo|"
            "inversi[oó]n|deuda|impacto|multa|ingresos|pr[ée]stamo|cr[ée]dito|emisi[oó]n|"
            "ruptura|penalizaci[oó]n|indemnizaci[oó]n|serie|"
            "beneficios?|p[ée]rdidas?|ventas|facturaci[oó]n|capital|ronda|financiaci[oó]n|"
            "ampliaci[oó]n|dividendo|pago|desembolso|provisi[oó]n|cifra de negocio|"
            "plusval[ií]as?",
            # "por" is a price only after a sale: "vendió la filial por 60 millones",
            # not "descargada por 15 millones (de personas)".
            r"vend\w*|compr\w*|adquie\w*|adquiri\w*|adquisici[oó]n|traspas\w*|venta"
            r"|operaci[oó]n|ofert\w*|OPA|acuerdo|fusi[oó]n|cerr[óo]",
            r"por",
            "|".join(p for pats in _QUALIFIERS["es"].values() for p in pats),
        ),
        (
            "en",
            r"worth|valued\s+at|pa(?:y|ys|id|ying)|cost(?:s|ing)?|rais(?:e|es|ed|ing)"
            r"|valu(?:e|es|ed|ing)(?:\s+\w+){0,3}\s+at|of\s+which",
            "price|value|cost|investment|debt|impact|fine|revenues?|profits?|loss(?:es)?|"
            "sales|capital|round|funding|financing|dividend|payment|charge|provision|loan|"
            "fee|penalty|series",
            r"s[oe]l[dl]\w*|b[ou]y\w*|bought|acqui\w*|offer\w*|bid\w*|deal|sale|purchas\w*"
            r"|agreed|takeover|merger|stake",
            r"for",
            "|".join(p for pats in _QUALIFIERS["en"].values() for p in pats),
        ),
    )
}

# Words of money in the stretch of a sentence around a bare figure ("La deuda neta bajó
# hasta 620 millones", "Almenara ganó 512 millones", "cerró el año con 215 millones en
# caja"): the figure is a sum, not a count of people ("El país tiene 50 millones").
_MONEY_WORDS_RE = re.compile(
    r"\b(?:deudas?|capital\w*|patrimonio|activos|caja|efectivo|precio|importe|valor\w*"
    r"|valuaci[oó]n|ingres\w*|beneficios?|ganancias?|utilidad\w*|p[ée]rdidas?|ventas"
    r"|factur\w*|ebitda|gan(?:a|an|ó|aron|ará|arán)|pag\w*|cost\w*|invers\w*|invert\w*"
    r"|invirti\w*|financ\w*|pr[ée]stamos?|cr[ée]ditos?|bonos?|dividendos?|ronda|serie"
    r"|levant\w*|capt\w*|ofert\w*|presupuesto|multas?|plusval\w*|desembols\w*"
    # what a government grants or a fund holds: "ayudas de 9 millones para el campo",
    # "reúne 250 millones en un nuevo fondo"
    r"|ayudas?|subvenci\w*|fondos?"
    # what is worth, sold or bought: "la compañía vale hoy 7.400 millones", "vendió el
    # 49% de su filial al fondo X por 610 millones"
    r"|val(?:e|en|ía|ían|dría|drían|ga)|vend\w*|compr\w*|adquiri\w*|adquisici\w*|OPA"
    r"|worth|s[oe]l[dl]\w*|b[ou]y\w*|bought|acqui\w*"
    r"|debts?|cash|assets|price|valu\w*|revenues?|sales|profits?|earn\w*|loss(?:es)?"
    r"|pa(?:y|ys|id|ying)|costs?|invest\w*|fund\w*|financ\w*|loans?|bonds?|dividends?"
    r"|round|rais\w*|offer\w*|budget|fines?|proceeds)\b",
    re.IGNORECASE,
)


def _money_words_around(text: str, c: _Candidate) -> bool:
    """True when the figure's sentence, up to it and on to the next comma, names money."""
    starts = [m.end() for m in _SENTENCE_END_RE.finditer(text, 0, c.start)]
    lo = max([0, *starts, text.rfind("\n", 0, c.start) + 1])
    after = re.search(r"[,.;:()\n]", text[c.end :])
    hi = c.end + (after.start() if after else len(text) - c.end)
    return _MONEY_WORDS_RE.search(text, lo, hi) is not None


# How far a bare amount may be from the explicit amount whose currency it takes.
_INFER_MAX_CHARS = 600
_INFER_MAX_SENTENCES = 1
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)")
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")


# --- reading one amount ------------------------------------------------------------


@dataclass(frozen=True)
class _Piece:
    """One number read with what surrounds it: "US$ 1.245 millones"."""

    start: int  # including the currency prefix
    end: int
    number: Decimal
    scale: _Scale | None
    currency: str | None
    group_mark: str | None  # "2.900" read as 2900, though "." might be a decimal mark
    pence: bool = False


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    low: Decimal
    high: Decimal | None  # a range's upper bound
    currency: str | None
    strong: bool  # a full scale word: a bare one may still be money
    qualifier: str | None  # "min" | "max" | "approx"
    per_share: bool = False
    exchange_rate: bool = False
    follower_ok: bool = True
    inferred: bool = False
    factor: int = 1  # the scale word's: 10^6 for "millones"


class _Reader:
    """Reads amounts and quantities in one text of one language."""

    def __init__(self, text: str, lang: str, country: str | None = None) -> None:
        self.text = text
        self.lang = lang if lang in _SCALES else "en"
        self.scales = _SCALES[self.lang]
        # The outlet's country: its currency is what "$", "pesos" or "Rs" mean there.
        self.origin = conventions(country) if country else None
        self.chilean_units = self.lang == "es" or country == "CL"
        self.home_symbols: frozenset[str] = frozenset()
        if self.origin is not None and self.origin.currency:
            self.home_symbols = (
                self.origin.symbols
                | _PRESS_LOCAL_SYMBOLS.get(self.origin.currency, frozenset())
                | _home_dollar_signs(self.origin)
            )
        # a neighbour's currency that is tender here too: the rand's "R" in Eswatini
        self.tender = _CO_TENDER_SIGNS.get(country or "", {})
        self._named: frozenset[str] | None = None
        # the signs of the currencies the text itself names ("P" by "Botswana")
        self.named_signs = self._named_signs()
        local = (self.home_symbols | self.tender.keys() | self.named_signs.keys()) - _SYMBOLS.keys()
        self._prefix_re = _prefix_re(frozenset(local))
        self._leading_re = _leading_symbol_re(frozenset(local))
        self._glued = _GLUED_SYMBOLS | {s for s in local if s.rstrip(".")[-1:].isalpha()}
        self._dollar: str | None = None
        self._peso: str | None = None
        self._peso_done = False
        self._hint: str | None = None
        self._hint_done = False

    def named(self) -> frozenset[str]:
        """The currencies the text names by country or by name (``_text_currencies``)."""
        if self._named is None:
            self._named = _text_currencies(self.text, self.lang)
        return self._named

    def _named_signs(self) -> dict[str, str]:
        """Sign → currency for the signs that are letters or words elsewhere ("P", "Q",
        "L", "K", "MK") written before a figure, when the text names the one currency
        among those it names that writes the sign: "P70 million" in a text on Botswana
        is pula. A sign two named currencies share ("K" in a text on Zambia and Papua
        New Guinea) stays unread; the outlet's own signs and those tender there win
        ("R" in a paper of Eswatini)."""
        written = {m.group("sym") for m in _LOOKALIKE_BEFORE_FIGURE_RE.finditer(self.text)}
        written |= {m.group("sym") for m in _LOOKALIKE_AFTER_SCALE_RE.finditer(self.text)}
        written &= _all_lookalike_signs()
        written -= _SYMBOLS.keys() | self.home_symbols | self.tender.keys()
        if not written:
            return {}
        signs: dict[str, set[str]] = {}
        for code in self.named():
            for sign in _lookalike_signs().get(code, frozenset()) & written:
                signs.setdefault(sign, set()).add(code)
        return {sign: codes.pop() for sign, codes in signs.items() if len(codes) == 1}

    def _named_figure(self, sign: str, glued: bool, pos: int) -> bool:
        """True when the figure at ``pos`` after a text-named sign reads as money: a one-
        letter sign glued to it ("P70", not "P 70"), and a figure with a scale word or of
        four digits or more ("Q45 millones", "P1,500"; not "Q3 results" nor "N95")."""
        if len(sign.rstrip(".")) == 1 and not glued:
            return False
        number = _GLUED_FIGURE_RE.match(self.text, pos)
        value = self.parse(number.group()) if number is not None else None
        if number is None or value is None:
            return False
        scale = self.scales.read(self.text, number.end())
        return value >= 1000 or (scale is not None and scale[0].factor >= 10**6)

    # Currency placeholders, resolved once per text and only when needed.
    def resolve(self, code: str | None) -> str | None:
        origin = self.origin
        if code == _DOLLAR:
            if origin is not None and "$" in origin.symbols:
                return origin.currency
            if self._dollar is None:
                self._dollar = (self.peso() or "USD") if self._local_dollar() else "USD"
                if self._dollar == "USD" and self._peso_sized_dollar():
                    # one text, one "$": the "$ 45.000 millones" two sentences after
                    # "$ 320.000 millones" of a Colombian firm are pesos too
                    self._dollar = self.peso() or "USD"
                if self.lang != "es" and (
                    self._us_dollar_contrast()
                    or self._commonwealth_dollar_copy()
                    or self._home_dollar() is not None
                ):
                    self._dollar = self._named_dollar() or "USD"
            return self._dollar
        if code in (_EN_DOLLAR, _CENT):
            if origin is not None and origin.is_dollar:
                return origin.currency
            if code == _CENT:
                if origin is not None and origin.currency in _CENT_CURRENCIES:
                    return origin.currency  # "150c" in Johannesburg, "47 cent" in Cork
                return (
                    self._marked_dollar() or self._euro_copy() or self._home_dollar() or "USD"
                )
            return "USD"
        if code == _RUPEE:
            # "Rs", "rupees": the outlet's own rupee, else the one rupee the text
            # names ("the Pakistani firm"), else the Indian one
            if origin is not None and origin.currency in _RUPEE_CURRENCIES:
                return origin.currency
            rupees = self.named() & _RUPEE_CURRENCIES
            return next(iter(rupees)) if len(rupees) == 1 else "INR"
        if code == _PESO:
            return self.peso()
        if code == _CFA:
            return self.cfa()
        if code is not None and code.startswith(_SHARED):
            # "chelines", "kwachas", "dinares": the outlet's own, else none known
            codes = _SHARED_NAMES[code.removeprefix(_SHARED)]
            if origin is not None and origin.currency in codes:
                return origin.currency
            # else the one of them the text names ("a Zambian miller")
            named = self.named() & codes
            return next(iter(named)) if len(named) == 1 else None
        if code == _CENTAVO:
            # hundredths of the pesos the text names, else of the dollar it counts in
            # (Ecuador, El Salvador and Panama count in dollars and centavos)
            if self.peso() is not None or _BARE_DOLLAR_RE.search(self.text) is None:
                return self.peso()
            return self.resolve(_DOLLAR)
        return code

    def _us_dollar_contrast(self) -> bool:
        """True when the text writes "US$" for dollars beside a bare "$" before a
        number: the bare one is the local currency."""
        return (
            _USD_MARK_RE.search(self.text) is not None
            and _BARE_DOLLAR_RE.search(self.text) is not None
        )

    def _commonwealth_dollar_copy(self) -> bool:
        """True when English copy is written the way Canadian papers write it: it
        spells "per cent" (US copy writes "percent"), hyphenates a dollar figure to its
        scale word ("$3.1-billion"), counts in "$" alone (no "US$", "U.S. dollars", "£"
        or "€" beside it) and names a dollar country other than the US. A Toronto
        paper's "$3.1-billion" is Canadian dollars; a London paper's "$9bn" stays the
        US dollar."""
        text = self.text
        return (
            _PER_CENT_RE.search(text) is not None
            and _PERCENT_RE.search(text) is None
            and _HYPHENED_DOLLAR_RE.search(text) is not None
            and _OTHER_MONEY_RE.search(text) is None
            and self._named_dollar() is not None
        )

    def _home_dollar(self) -> str | None:
        """The dollar of the one dollar country other than the US that English copy is
        set in, when it names two or more of its places or its exchange ("the
        Wellington-based cooperative", "listed on the NZX"), names nothing of the US,
        spells no US "percent" and marks no currency (no "US$", "£", "€"): a New
        Zealand paper's "$420 million" is New Zealand dollars. A single city named
        ("Calgary-based") does not set the story there, nor do two in a story that
        names another country ("a Canadian miner sells part of its mine in Chile to a
        Japanese group": international copy, whose "$" is the US one)."""
        text = self.text
        if (
            self.lang == "es"
            or _PERCENT_RE.search(text) is not None
            or _OTHER_MONEY_RE.search(text) is not None
            or _MARKED_DOLLAR_RE.search(text) is not None
            or _US_SETTING_RE.search(text) is not None
        ):
            return None
        named = {(m.lastgroup, m.group()) for m in _dollar_countries().finditer(text)}
        countries = {country for country, _ in named}
        if len(countries) != 1 or len(named) < 2 or not self.named() <= countries:
            return None
        return countries.pop()

    def _marked_dollar(self) -> str | None:
        """The one dollar other than the US one that the text marks ("A$", "C$") when it
        marks no US dollar: "52c a share" in copy counting in A$ is Australian cents."""
        found = {_SYMBOLS[m.group()] for m in _MARKED_DOLLAR_RE.finditer(self.text)}
        if len(found) == 1 and _USD_MARK_RE.search(self.text) is None:
            return found.pop()
        return None

    def _peso_sized_dollar(self) -> bool:
        """True when Spanish copy of no known outlet writes a bare "$" before a sum
        only pesos reach, billones or hundreds of thousands of millions ("$1,2
        billones", "$ 320.000 millones"): its "$" is the peso throughout."""
        return self.lang == "es" and self.origin is None \
            and _PESO_SIZED_RE.search(self.text) is not None

    def _euro_copy(self) -> str | None:
        """ "EUR" for a text that counts in euros and in no dollar nor pound: its
        "cent" is the euro's ("a price of 47 cent a litre" beside "€75 million")."""
        text = self.text
        if _EURO_RE.search(text) is None or _DOLLAR_WORDS.search(text) is not None \
                or "$" in text or _POUND_RE.search(text) is not None:
            return None
        return "EUR"

    def _named_dollar(self) -> str | None:
        """The dollar of the first dollar country (or its cities, its exchange) the
        text names: "the Toronto-based lender" → CAD, "ASX-listed" → AUD."""
        m = _dollar_countries().search(self.text)
        return m.lastgroup if m is not None else None

    def _local_dollar(self) -> bool:
        """True when a Spanish text of no known outlet writes "$" for its pesos: it
        counts in pesos and never in dollars, it writes "US$" for dollars beside a
        bare "$", or it counts in "mdp" (Mexican millones de pesos)."""
        if self.lang != "es":
            return False
        text = self.text
        pesos = _PESO_WORD.search(text) is not None
        dollars = _DOLLAR_WORDS.search(text) is not None
        contrast = self._us_dollar_contrast()
        return (pesos and not dollars) or contrast or _MDP_RE.search(text) is not None

    def cfa(self) -> str:
        """Which CFA franc: the outlet's or dateline's, else that of the first country
        of either zone the text names, else the West African one (eight states, the
        larger zone)."""
        if self.origin is not None and self.origin.currency in _CFA_CURRENCIES:
            return self.origin.currency
        names, pattern = _cfa_countries()
        m = pattern.search(self.text)
        named = conventions(names[m.group().casefold()]).currency if m is not None else None
        return named or "XOF"

    def peso(self) -> str | None:
        """Which pesos "pesos" means: those of Mexico in a text that counts in "mdp";
        else those of the first country with pesos that the text names, unless the
        text also names the outlet's own peso country (a Colombian paper on a
        Colombian firm); else the outlet's. Wire copy about Colombia in an
        Argentine paper counts in Colombian pesos."""
        if not self._peso_done:
            self._peso_done = True
            origin = self.origin if self.origin is not None and self.origin.is_peso else None
            named = [
                m.lastgroup for m in _PESO_COUNTRIES.finditer(self.text)
                # A paper's own pesos give way to the country its copy is about ("La
                # petrolera colombiana ganó ..."), not to the nationality of a company
                # it introduces ("compra la uruguaya Horneados del Plata").
                if origin is None or not _introduces_company(self.text, m)
            ]
            if _MDP_RE.search(self.text) is not None:
                self._peso = "MXN"
            elif origin is not None and (not named or origin.currency in named):
                self._peso = origin.currency
            else:
                self._peso = named[0] if named else self._peso_place()
        return self._peso

    def _peso_place(self) -> str | None:
        """The pesos of the one peso country whose places the text locates something
        in, when it names no country: "una cadena con tiendas en Nuevo León",
        "a noodle maker based in Cebu" (``_located_countries``)."""
        found = {
            currency.currency for code in _located_countries(self.text)
            if (currency := country_currency(code)).is_peso
        }
        return found.pop() if len(found) == 1 else None

    def number_at(
        self, pos: int, glued: bool = False
    ) -> tuple[Decimal, int, str | None, str] | None:
        """(value, end, group_mark, raw) of the number starting exactly at ``pos``;
        ``glued``: right after a sign in letters ("K500")."""
        m = (_GLUED_FIGURE_RE if glued else _DIGITS_RE).match(self.text, pos)
        if m is not None:
            value = self.parse(m.group())
            if value is None:
                return None
            return value, m.end(), _group_mark(m.group(), self.lang), m.group()
        w = _WORDS_RE[self.lang].match(self.text, pos)
        if w is not None:
            value = _words_value(w.group(), self.lang)
            if value is not None:
                return value, w.end(), None, w.group()
        return None

    def _prefix_currency(self, pos: int) -> str | None:
        """The currency of the symbol or code right before ``pos``, read as ``prefix_at``
        reads it."""
        found = self.prefix_at(pos)
        return found[0] if found is not None else None

    def prefix_at(self, pos: int) -> tuple[str, int] | None:
        """(currency, start) of a currency symbol or code right before ``pos``."""
        m = self._prefix_re.search(self.text, max(0, pos - 8), pos)
        if m is None:
            return None
        if m.group("code") is not None:
            code = m.group("code")
            # a code that is also a word ("MAD", "MOP") only in its country's news, or
            # in a text that names its country ("MAD 500 million" beside "Moroccan")
            if code not in _CURRENCY_CODES and not (
                self.local_code(code) and self._named_figure(code, True, pos)
            ):
                return None
            return code, m.start()
        symbol = m.group("sym")
        if symbol in _CHILEAN_UNITS and not self.chilean_units:
            return None
        home = symbol in self.home_symbols or symbol.rstrip(".") in self.home_symbols
        if self.origin is not None and self.origin.currency and home:
            # "Rs" in Pakistan, "R" in South Africa, "Bs." (Venezuela's elsewhere) in Bolivia
            return self.origin.currency, m.start()
        if symbol in self.tender:
            return self.tender[symbol], m.start()
        if symbol in _SHARED_SIGNS:
            shared = self.named() & _SHARED_SIGNS[symbol]
            if len(shared) == 1:
                return next(iter(shared)), m.start()
        if symbol not in _SYMBOLS:
            if symbol not in self.named_signs or not self._named_figure(
                symbol, m.end("sym") == pos, pos
            ):
                return None
            return self.named_signs[symbol], m.start()
        return _SYMBOLS[symbol], m.start()

    def local_code(self, code: str) -> bool:
        """True for an ISO code that is also a word ("MAD", "TRY") in its country's
        news, or in a text that names its country ("MAD 500 million" beside
        "Moroccan", "300 millones de TRY" in a story on Turkey)."""
        own = self.origin is not None and code == self.origin.currency
        return own or (code in _CODE_LOOKALIKES and code in self.named())

    def suffix_sign(self, end: int) -> tuple[str, int] | None:
        """(currency, end) of a sign in letters written after a figure and its scale
        word, the way the sign before it reads (``prefix_at``): the outlet's own
        ("450 million TL" in a Turkish paper), or the sign of the one currency the text
        names that writes it ("2.000 millones de SR" in a story on Saudi Arabia)."""
        m = _SUFFIX_SIGN_RE.match(self.text, end)
        if m is None:
            return None
        symbol = m.group("sym")
        if self.origin is not None and self.origin.currency and symbol in self.home_symbols:
            return self.origin.currency, m.end()
        if symbol in self.named_signs:
            return self.named_signs[symbol], m.end()
        return None

    def piece(
        self, start: int, value: Decimal, end: int, ambiguous: str | None, raw: str
    ) -> _Piece:
        """Read the prefix, scale and currency around a number."""
        text = self.text
        currency: str | None = None
        prefix = self.prefix_at(start)
        if prefix is not None:
            currency, start = prefix
        scale: _Scale | None = None
        read = self.scales.read(text, end)
        if read is not None:
            scale, end = read
            if scale.currency is not None:
                currency = currency or scale.currency
        if prefix is not None and text[prefix[1]] == "$":
            # "$1,000 millones de dólares", "$500 mil pesos": the name says which "$".
            m = _NAME_RE.match(text, end)
            if m is not None and m.group("name").lower() in _NAMES:
                currency, end = _NAMES[m.group("name").lower()], m.end()
        # "un euro fuerte", "a dollar" name a currency, not an amount; "since 2015
        # AMD", "2019 $10 calls" are years: neither takes a currency written after it.
        one = raw.lower() in _ONE_WORDS
        weak = scale is None and _YEAR_RE.fullmatch(raw) is not None
        pence = False
        if currency is None and scale is None and not weak and not one:
            m = _CENTS_RE.match(text, end)  # before names: "20 euro cents"
            if m is not None:
                currency = self._cents_currency(m)
                if currency is not None:
                    end, pence = m.end(), True
        if currency is None:
            m = _NAME_RE.match(text, end)
            if m is not None:
                name = m.group("name").lower()
                if name in _LOWER_ONLY_NAMES and not m.group("name").islower():
                    pass  # "los 5 millones de Córdoba": the city
                elif name in _NAMES and not (one and scale is None):
                    currency, end = _NAMES[name], m.end()
                elif scale is not None and scale.strong:
                    currency, end = _NAMES_NEED_SCALE[name], m.end()
            if currency is None and not weak:
                m = _SUFFIX_SYMBOL_RE.match(text, end)
                if m is not None:
                    currency, end = _SYMBOLS[m.group("sym")], m.end()
            if currency is None:
                m = _SUFFIX_CODE_RE.match(text, end)
                if m is not None and not weak and (
                    m.group("code") in _CURRENCY_CODES
                    or (scale is not None and self.local_code(m.group("code")))
                ):
                    currency, end = m.group("code"), m.end()
            if currency is None and scale is not None and scale.strong:
                found = self.suffix_sign(end)
                if found is not None:
                    currency, end = found
            if currency is None and not weak:
                m = _CASED_NAME_RE.match(text, end)
                if m is not None and self.chilean_units:
                    currency, end = _CASED_NAMES[m.group("name")], m.end()
            if currency is None and scale is None and not weak and not one:
                home = self.home_hundredths(end)
                if home is not None:
                    (currency, end), pence = home, True
            if currency is None and scale is None and not weak:
                m = _PENCE_RE.match(text, end)
                if m is not None and (self.lang == "en" or m.group().strip() != "p"):
                    currency, end, pence = "GBP", m.end(), True
        return _Piece(start, end, value, scale, currency, ambiguous, pence)

    def home_hundredths(self, end: int) -> tuple[str, int] | None:
        """(currency, end) of the hundredths of the outlet's currency named after a
        figure ending at ``end`` ("4 sen" in a Malaysian paper), or None."""
        currency = self.origin.currency if self.origin is not None else None
        word = _HOME_HUNDREDTHS.get(currency or "")
        if currency is None or word is None:
            return None
        m = re.compile(rf"{_SP}(?:{word})\b", re.IGNORECASE).match(self.text, end)
        return (currency, m.end()) if m is not None else None

    def _cents_currency(self, m: re.Match[str]) -> str | None:
        """The currency whose hundredths "cents", "céntimos" or "centavos" count."""
        named = m.group("of") or m.group("pre")
        if named is not None:
            return _CENTS_OF[named.lower()]
        unit = (m.group("unit") or "cent").lower()
        if unit in ("cent", "cents"):
            return _CENT  # "cents", "¢": the outlet's dollar, else the US dollar
        if unit.startswith("centavo"):
            # A text that writes "centavos de dólar" once means dollars by the bare ones.
            return "USD" if _DOLLAR_CENTAVOS_RE.search(self.text) else _CENTAVO
        origin = self.origin  # céntimos: of the euro, or of the sol in Peru
        if origin is not None and origin.currency and not (origin.is_peso or origin.is_dollar):
            return origin.currency
        return "EUR"

    @property
    def decimal_mark_hint(self) -> str | None:
        """The decimal mark a Spanish text shows elsewhere ("99,6 %" → ","), if any."""
        if self._hint_done:
            return self._hint
        self._hint_done = True
        if self.lang == "es":
            comma = len(_COMMA_DECIMAL_RE.findall(self.text))
            dot = len(_DOT_DECIMAL_RE.findall(self.text))
            if comma != dot:
                self._hint = "," if comma > dot else "."
        return self._hint

    def parse(self, raw: str) -> Decimal | None:
        return parse_number(raw, self.lang)

    def value_of(self, piece: _Piece, scale: _Scale | None) -> Decimal:
        number = piece.number
        mark = piece.group_mark
        # "2.900" was read as 2900; read it as 2,9 when that is what the text means:
        # - "2.900 mil millones" would be 2,9 billones, which Spanish writes as such:
        #   the writer used a decimal mark;
        # - a price with no scale word ("1,852 reales") in a text whose other numbers
        #   use this mark as the decimal mark ("99,6 %"). With a scale word the
        #   grouping stays: "1,200 millones" is 1.200 millones in Latin American style.
        slip = scale is not None and scale.grouped_slip and number >= 1000
        decimal_text = scale is None and mark == self.decimal_mark_hint
        if mark is not None and self.lang == "es" and (slip or decimal_text):
            number = number / 1000
        if scale is not None and scale.and_a_half:
            number += Decimal("0.5")
        value = number * (scale.factor if scale is not None else 1)
        if piece.pence:
            value = value / 100
        return _clean(value)

    def candidate(
        self, start: int, value: Decimal, end: int, ambiguous: str | None, raw: str
    ) -> _Candidate:
        """Read a whole amount starting with the number at ``start``."""
        text = self.text
        first = self.piece(start, value, end, ambiguous, raw)
        begin, stop = first.start, first.end
        currency, scale = first.currency, first.scale
        high: Decimal | None = None
        low_piece, high_piece = first, None

        opener = _RANGE_OPEN_RE.search(text, max(0, begin - 12), begin)
        join = _RANGE_JOIN_RE.match(text, stop)
        if join is not None:
            is_range = join.group("dash") is not None or (
                opener is not None
                and (
                    (join.group("and") is not None and opener.group("between") is not None)
                    or (join.group("to") is not None and opener.group("from") is not None)
                )
            )
            repeated = self._leading_re.match(text, join.end())
            if (
                not is_range
                and join.group("to") is not None
                and first.currency is not None
                and repeated is not None
                # the same symbol: "US$ 380 millones a $1.150 por papel" is a sum and
                # a price, not a range
                and self._prefix_currency(repeated.end()) == first.currency
            ):
                # "revenue of $2 billion to $2.5 billion": a figure whose currency is
                # repeated after "to" bounds a range, unless a verb of change comes
                # before ("cut its target of $2 billion to $1.5 billion").
                is_range = _CHANGE_VERB_RE.search(text, max(0, begin - 60), begin) is None
            change = False
            if is_range and opener is not None and opener.group("from") is not None:
                before = text[max(0, opener.start() - 60) : opener.start()]
                change = _CHANGE_VERB_RE.search(before) is not None
                is_range = not change
            # "35.527 y 40.100 millones de pesos", "35.527 frente a 30.100 millones":
            # a bare figure coordinated with a scaled one shares its scale and currency.
            elliptic = (
                not is_range
                and not change
                and join.group("dash") is None
                and first.scale is None
                and first.currency is None
                and _YEAR_RE.fullmatch(raw) is None
            )
            if is_range or change or elliptic:
                pos = join.end()
                # The second bound may repeat the symbol: "between $1bn and $2bn".
                p2 = self._leading_re.match(text, pos)
                num_pos = p2.end() if p2 is not None else pos
                glued = p2 is not None and text[num_pos - 1].isalpha()
                second = self.number_at(num_pos, glued)
                if second is not None:
                    sp = self.piece(num_pos, *second)
                    if elliptic and not (sp.scale is not None and _comparable(value, sp.number)):
                        pass
                    elif _YEAR_RE.fullmatch(second[3]) is not None and sp.scale is None \
                            and sp.currency is None and first.scale is not None:
                        # "por valor de 900 millones de euros hasta 2030": a year after
                        # "hasta"/"to" is when, not the range's other bound
                        pass
                    elif (sp.currency or currency) is not None or (sp.scale or scale) is not None:
                        # "pasó de 500 a 800 millones de euros": two amounts, the
                        # first sharing the scale and currency written after the second.
                        scale = scale or sp.scale
                        currency = currency or sp.currency
                        if is_range:
                            high_piece = sp
                            stop = sp.end
                            if opener is not None and join.group("dash") is None:
                                begin = opener.start()

        low = self.value_of(low_piece, low_piece.scale or scale)
        if high_piece is not None:
            high = self.value_of(high_piece, high_piece.scale or scale)
            if high < low:  # "10-20 millones" after "entre 20 y 10"? keep order sane
                low, high = high, low

        qualifier: str | None = None
        reached = False
        if high is None:
            q = _QUALIFIER_RE[self.lang].search(text, max(0, begin - 40), begin)
            if q is not None and q.lastgroup is not None:
                qualifier = q.lastgroup
                # "hasta" after a change that happened is the level reached, not a
                # cap: "los ingresos crecieron un 12%, hasta 512 millones", "la acción
                # subió 20 céntimos hasta 3,45 euros". After a possible one ("podría
                # subir hasta 300 millones") it is a cap.
                if _REACHED_RE.match(q.group()) and (
                    self._past_change_before(begin)
                    or _RAISED_BID_RE.search(text, max(0, q.start() - 120), q.start())
                    or (
                        first.scale is None
                        and _CHANGE_VERB_RE.search(text, max(0, begin - 60), begin)
                    )
                ):
                    qualifier, reached = None, True
                else:
                    begin = q.start()
            post = _POST_QUALIFIER_RE.match(text, stop)
            if post is not None and (currency is not None or scale is not None):
                # "$2 billion-plus" is a floor, as "2.000 millones o más" is.
                qualifier = "min" if post.lastgroup == "plus" else post.lastgroup
                stop = post.end()

        per_share = False
        m = _PER_SHARE_RE.match(text, stop)
        if m is not None and currency is not None:
            per_share, stop = True, m.end()
        elif (
            currency is not None
            and scale is None
            and self._share_price(begin, first.pence or reached)
        ):
            per_share = True

        exchange_rate = (
            currency is not None
            and scale is None
            and high is None
            and (
                _RATE_BEFORE_RE.search(text, max(0, begin - 30), begin) is not None
                or _RATE_AFTER_RE.match(text, stop) is not None
            )
        )
        resolved = self.resolve(currency)
        used = low_piece.scale or scale
        if (
            currency == _DOLLAR
            and self.lang == "es"
            and self.origin is None
            and used is not None
            and (used.factor >= 10**12 or (used.strong and low >= 10**11 and self.peso()))
        ):
            # "$1,2 billones": Spanish copy counts billones (10^12) in pesos, never
            # in dollars; the pesos of the country the text names, else none. A sum
            # over 100.000 millones after a bare "$" in a text about a peso country
            # is in its pesos too ("$450.000 millones", Medellín).
            resolved = self.peso()
        # "pesos" in a text that names no country: money, but of no known currency.
        # Dropped rather than given the currency of another amount.
        strong = scale is not None and scale.strong and currency == resolved
        # "sold them for 7 million": a price frame outweighs a count noun before it.
        framed = strong and _in_money_frame(text, begin, self.lang)
        follower_ok = currency is not None or (
            strong
            # "un préstamo de 650 millones liderado por": after a money noun, any word
            # but an "of" that names what is counted may follow
            and (self._follower_ok(stop) or (framed and not _OF_RE.match(text, stop)))
            # "30 millones de clientes y 200 millones de deuda": a money noun after
            # the figure outweighs a count before it
            and (not self._counts_before(begin) or framed or _money_noun_after(text, stop))
        )
        return _Candidate(
            begin,
            stop,
            low,
            high,
            resolved,
            strong,
            qualifier,
            per_share,
            exchange_rate,
            follower_ok,
            factor=used.factor if used is not None else 1,
        )

    def elliptic_after(self, c: _Candidate, taken: list[tuple[int, int]]) -> _Candidate | None:
        """A bare figure after ``c`` that shares its scale and currency: "pasó de
        42.000 millones de pesos en 2022 a casi 47.000 en 2023" → 47.000 millones."""
        if c.high is not None or c.currency is None or c.per_share:
            return None
        m = _ELLIPSIS_RE[self.lang].match(self.text, c.end)
        # Only "otros"/"another" tells that an unscaled figure is another such sum:
        # "400.000 euros ... con otros 150.000".
        if m is None or (c.factor == 1 and m.group("more") is None):
            return None
        start, end, raw = m.start("num"), m.end("num"), m.group("num")
        if any(a <= start < b for a, b in taken) or _YEAR_RE.fullmatch(raw) is not None:
            return None
        number = self.parse(raw)
        # A part of the amount or another sum beside it ("de ellos 58.000", "otros
        # 300") may be much smaller; a coordinated figure is of one magnitude.
        explicit = m.group("part") is not None or m.group("more") is not None
        if number is None or not (
            _comparable(number, c.low / c.factor)
            or (explicit and 0 < number * 100 >= c.low / c.factor)
        ):
            return None
        # It must count nothing else: no scale, unit, currency or "%" of its own.
        rest = self.text[end : end + 3].lstrip()
        if (
            self.scales.read(self.text, end) is not None
            or _NAME_RE.match(self.text, end) is not None
            or _UNIT_RE.match(self.text, end) is not None
            or rest.startswith(("%", "$", "€", "£"))
            # a part ("de los que 1.000 irán a...") is followed by its verb
            or (m.group("part") is None and not self._follower_ok(end))
        ):
            return None
        qualifier: str | None = None
        begin = start
        if m.group("q") is not None:
            q = _QUALIFIER_RE[self.lang].search(self.text, m.start("q"), start)
            if q is not None and q.lastgroup is not None:
                qualifier, begin = q.lastgroup, q.start()
        return replace(
            c,
            start=begin,
            end=end,
            low=_clean(number * c.factor),
            qualifier=qualifier,
            inferred=True,
            exchange_rate=False,
        )

    def _share_price(self, begin: int, pence: bool) -> bool:
        """A small amount in a clause about shares: "shares rose 2% to €2.77"."""
        lead = _PRICE_LEAD_RE.search(self.text, max(0, begin - 6), begin)
        if lead is None and not pence:
            return False
        window = max(0, begin - 200)
        ends = [m.end() for m in _SENTENCE_END_RE.finditer(self.text, window, begin)]
        clause_start = max([window, self.text.rfind("\n", window, begin), *ends])
        return _SHARE_CONTEXT_RE.search(self.text, clause_start, begin) is not None

    def _past_change_before(self, begin: int) -> bool:
        """True when the sentence before ``begin`` reports a change that happened:
        "crecieron", "ha subido", "se elevó"."""
        window = max(0, begin - 120)
        ends = [m.end() for m in _SENTENCE_END_RE.finditer(self.text, window, begin)]
        return _PAST_CHANGE_RE.search(self.text, max([window, *ends]), begin) is not None

    def _counts_before(self, begin: int) -> bool:
        """True when the clause before a bare number counts things: "users rose to 2bn"."""
        window = max(0, begin - 80)
        ends = [m.end() for m in _SENTENCE_END_RE.finditer(self.text, window, begin)]
        # "15,60 euros por título, unos 1.248 millones": the unit a price is per is
        # not a count of things.
        return any(
            _PER_UNIT_RE.search(self.text, max(0, m.start() - 8), m.start()) is None
            for m in _COUNT_NOUN_RE.finditer(self.text, max([window, *ends]), begin)
        )

    def _follower_ok(self, end: int) -> bool:
        """False when a bare scaled number counts something: "5 millones de clientes"."""
        if self.text.startswith("-", end):
            return False  # a compound modifier: "a 2-million-share sale"
        m = _NEXT_WORD_RE.match(self.text, end)
        if m is None:
            return True  # punctuation or end of text follows
        word = m.group("w").lower()
        if word in ("de", "del", "of"):
            nxt = (m.group("w2") or "").lower()
            # "frente a los 8,2 millones de 2025", "los 790 millones de diciembre": the
            # year or the month the sum is of
            return nxt in _MONEY_NOUNS or (word == "del" and nxt in _PERIOD_NOUNS) or (
                word == "de" and (_YEAR_RE.fullmatch(nxt) is not None or nxt in _MONTHS)
            )
        if word.isdigit():
            return False
        allowed = _ES_FOLLOW_OK if self.lang == "es" else _EN_FOLLOW_OK
        return word in allowed

    def quantity(self, start: int, value: Decimal, end: int) -> Quantity | None:
        """A power or energy quantity ("750 MW", "10 gigavatios") at ``start``."""
        read = self.scales.read(self.text, end)
        factor = 1
        if read is not None and read[0].strong or (read is not None and read[0].factor == 1000):
            factor, end = read[0].factor, read[1]
        m = _UNIT_RE.match(self.text, end)
        if m is None:
            return None
        if m.group("abbr") is not None:
            code = _UNITS[m.group("abbr")]
        else:
            code = _UNIT_NAMES[m.group("name").lower()]
        unit_text = m.group("abbr") or m.group("name")
        return Quantity(
            span=Span(start, m.end(), self.text[start : m.end()]),
            value=_clean(value * factor),
            unit_code=code,
            unit_text=unit_text,
        )

    def numbers(self) -> Iterator[tuple[int, Decimal, int, str | None, str]]:
        """(start, value, end, group_mark, raw) of every number, digits and words, in order."""
        found: list[tuple[int, int, bool, str]] = []
        for m in _DIGITS_RE.finditer(self.text):
            found.append((m.start(), m.end(), True, m.group()))
        for m in _GLUED_RE.finditer(self.text):
            sym = m.group("sym")
            # A code glued to digits is money only with a scale: "USD40m", not
            # "COP28" (a summit) or "EUR2 coins".
            if sym in self._glued and (
                sym not in _CURRENCY_CODES or self.scales.read(self.text, m.end()) is not None
            ):
                found.append((m.start("n"), m.end("n"), True, m.group("n")))
        for m in _WORDS_RE[self.lang].finditer(self.text):
            found.append((m.start(), m.end(), False, m.group()))
        mixed: dict[tuple[int, int], Decimal] = {}
        if self.lang == "es":
            for m in _MIXED_MIL_RE.finditer(self.text):
                thousands = int(m.group("a")) if m.group("a") else 1
                mixed[m.span()] = Decimal(thousands * 1000 + int(m.group("b")))
                found.append((m.start(), m.end(), False, m.group()))
        # At one position the longest reading first: "2 mil 500" before "2".
        found.sort(key=lambda f: (f[0], -f[1]))
        for start, end, is_digits, raw in found:
            if (start, end) in mixed:
                yield start, mixed[start, end], end, None, raw
                continue
            if is_digits:
                value = self.parse(raw)
                ambiguous = _group_mark(raw, self.lang)
            else:
                value, ambiguous = _words_value(raw, self.lang), None
            if value is not None:
                yield start, value, end, ambiguous, raw


def _clean(value: Decimal) -> Decimal:
    """An exact Decimal without a trailing exponent: 2650000000, not 2.65E+9."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _close_enough(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is short: same paragraph, a few sentences."""
    if end - start > _INFER_MAX_CHARS:
        return False
    between = text[start:end]
    if _BLANK_LINE_RE.search(between):
        return False
    return len(_SENTENCE_END_RE.findall(between)) <= _INFER_MAX_SENTENCES


# Between an amount and the figure it is compared with: "rose to $5.2 billion from
# $4.8 a year earlier", "ganó 3,1 millones de euros frente a 2,7 euros".
_COMPARED_RE = re.compile(
    r"\s*,?\s*(?:(?:up|down)\s+)?(?:from|compared\s+(?:with|to)|against|versus|vs\.?"
    r"|frente\s+a(?:\s+(?:los|las))?|desde(?:\s+(?:los|las))?)\s+",
    re.IGNORECASE,
)


def _share_elided_scales(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """A figure compared with a scaled amount in the same currency, its scale word
    left out, takes the scale: "$5.2 billion from $4.8" is 4.8 billion."""
    out = list(candidates)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if (
            first.factor > 1
            and second.factor == 1
            and second.high is None
            and first.currency is not None
            and second.currency == first.currency
            and _COMPARED_RE.fullmatch(text, first.end, second.start) is not None
            and _comparable(second.low, first.low / first.factor)
            and _PER_SHARE_RE.search(text, second.start, second.end) is None
        ):
            out[i] = replace(
                second,
                low=_clean(second.low * first.factor),
                factor=first.factor,
                per_share=False,
                strong=True,
            )
    return out


def _restated_in_brackets(text: str, candidates: list[_Candidate], i: int) -> bool:
    """True when the figure ``i`` is restated right after it in brackets in another
    currency: "95.000 millones de coronas suecas (8.300 millones de euros)". The writer
    restates a foreign sum in the reader's currency, so the foreign one is not a
    currency the text counts in."""
    if i + 1 >= len(candidates):
        return False
    first, second = candidates[i], candidates[i + 1]
    return (
        second.currency is not None
        and second.currency != first.currency
        and _restates(text, first, second)
    )


def _restates(text: str, first: _Candidate, second: _Candidate) -> bool:
    """True when ``second`` follows ``first`` in brackets: "36bn dollars (£29bn)", or
    after a comma, about the same sum in another currency: "210 millones de reales,
    unos 36 millones de euros", "C$2.7 billion, or about US$2 billion"."""
    between = text[first.end : second.start]
    if re.fullmatch(r"\s*\(\s*", between) is not None:
        return True
    return (
        first.currency is not None
        and second.currency is not None
        and first.currency != second.currency
        and not first.per_share
        and not second.per_share
        and (second.qualifier == "approx" or _EQUIVALENT_RE.fullmatch(between) is not None)
        and _COMMA_RESTATED_RE.fullmatch(between) is not None
    )


# Between a sum and its restatement in another currency: ", unos", ", or about",
# ", equivalentes a".
_COMMA_RESTATED_RE = re.compile(
    r"\s*,\s*(?:(?:o|or|equivalentes?\s+a|equivalent\s+to)\s+)?", re.IGNORECASE
)
_EQUIVALENT_RE = re.compile(r"\s*,\s*(?:equivalentes?\s+a|equivalent\s+to)\s+", re.IGNORECASE)


def _in_money_frame(text: str, begin: int, lang: str) -> bool:
    """True when a bare number follows words that announce a price or a sum of
    money: "por 60 millones", "un impacto negativo de 9,4 millones", "for 2 billion"."""
    window = text[max(0, begin - 100) : begin]
    return _MONEY_FRAME_RE["es" if lang == "es" else "en"].search(window) is not None


def _money_noun_after(text: str, end: int) -> bool:
    """True when a money noun follows a bare scaled figure: "incluye 200 millones de
    deuda", "2 billion of debt": the figure is a sum by its own words."""
    m = _NEXT_WORD_RE.match(text, end)
    return (
        m is not None
        and m.group("w").lower() in ("de", "of")
        and (m.group("w2") or "").lower() in _MONEY_NOUNS
    )


def _to_amount(text: str, c: _Candidate, currency: str) -> Amount:
    value = min_value = max_value = None
    if c.high is not None:
        min_value, max_value = c.low, c.high
    elif c.qualifier == "min":
        min_value = c.low
    elif c.qualifier == "max":
        max_value = c.low
    else:
        value = c.low
    return Amount(
        span=Span(c.start, c.end, text[c.start : c.end]),
        currency=currency,
        value=value,
        min_value=min_value,
        max_value=max_value,
        approximate=c.qualifier == "approx",
        currency_inferred=c.inferred,
        per_share=c.per_share,
        exchange_rate=c.exchange_rate,
        with_debt=_with_debt(text, c.start, c.end),
    )


# A price told with the debt taken on: "$4.6bn including debt", "2.150 millones
# incluida la deuda", "(deuda incluida)", after it; "an enterprise value of", "un valor
# empresa de", before it.
_WITH_DEBT_AFTER_RE = re.compile(
    r"[\s,(]*(?:(?:including|incl\.?|with)\s+(?:its\s+|the\s+|net\s+)*debt"
    r"|(?:incluida|incluyendo|con)\s+(?:la\s+|su\s+)?deuda(?:\s+neta)?"
    r"|deuda\s+incluida|debt\s+included)\b",
    re.IGNORECASE,
)
_WITH_DEBT_BEFORE_RE = re.compile(
    r"(?:enterprise\s+value|valor\s+(?:de\s+)?empresa)\s+(?:of|de)\s+(?:about\s+|unos\s+)?\Z",
    re.IGNORECASE,
)


def _with_debt(text: str, start: int, end: int) -> bool:
    """Whether the amount at ``text[start:end]`` is told with the debt taken on (an
    enterprise value): "values Brightwater at $4.6 billion including debt"."""
    return bool(
        _WITH_DEBT_AFTER_RE.match(text, end)
        or _WITH_DEBT_BEFORE_RE.search(text, max(0, start - 40), start)
    )


def find_money(
    text: str, lang: str, country: str | None = None
) -> tuple[list[Amount], list[Quantity]]:
    """Every amount of money and every power/energy quantity in ``text``, in order.

    ``lang`` ("es" or "en"; anything else is read as English) decides how numbers
    and scale words read: "1.000 millones" is 10^9 in Spanish, "1.5 billion" 1.5 × 10^9
    in English, Spanish "billón" 10^12. ``country`` (ISO 3166 alpha-2), the country of
    the outlet, decides what a bare "$" or "pesos" means: the peso in "CO", the
    Canadian dollar in "CA" (see ``kg.origin``).

    >>> amounts, quantities = find_money("OpenAI pays more than $10bn for 750 MW.", "en")
    >>> amounts[0].min_value, amounts[0].currency, quantities[0].unit_code
    (Decimal('10000000000'), 'USD', 'MAW')
    """
    reader = _Reader(text, lang, country)
    candidates: list[_Candidate] = []
    quantities: list[Quantity] = []
    consumed = 0
    for start, value, end, ambiguous, raw in reader.numbers():
        if start < consumed:
            continue
        c = reader.candidate(start, value, end, ambiguous, raw)
        if c.currency is not None or (c.strong and c.follower_ok):
            if c.currency is None and c.high is None and c.low == 0:
                continue
            candidates.append(c)
            consumed = c.end
            continue
        q = reader.quantity(start, value, end)
        if q is not None:
            quantities.append(q)
            consumed = q.span.end

    candidates = _share_elided_scales(text, candidates)
    taken = [(c.start, c.end) for c in candidates] + [
        (q.span.start, q.span.end) for q in quantities
    ]
    elliptic = [e for c in candidates if (e := reader.elliptic_after(c, taken)) is not None]
    candidates = sorted(candidates + elliptic, key=lambda c: (c.start, c.end))

    kept: list[_Candidate] = []
    last: _Candidate | None = None  # the last amount whose currency the text states
    previous: _Candidate | None = None
    # The one currency the text counts in, if it states only one (restatements in
    # brackets aside): a bare amount in a money frame far from the others takes it.
    stated = {
        c.currency
        for i, c in enumerate(candidates)
        if c.currency is not None
        and not c.exchange_rate
        and not (i and _restates(text, candidates[i - 1], c))
        and not _restated_in_brackets(text, candidates, i)
    }
    only_currency = next(iter(stated)) if len(stated) == 1 else None
    # The scale words the text writes with that currency ("millones de euros"): a bare
    # figure with one of them ("Almenara ganó 512 millones") counts in it too.
    stated_scales = {
        c.factor for c in candidates if c.currency is not None and c.currency == only_currency
        and c.factor > 1
    }
    if not stated and reader.origin is not None:
        # A text that names no currency at all counts in its outlet's: "Acme vende
        # sus parques a Boreal por 600 millones" in a Spanish paper is in euros.
        only_currency = reader.origin.currency
    for i, c in enumerate(candidates):
        restatement = i > 0 and _restates(text, candidates[i - 1], c)
        if c.currency is None:
            # "more than 80 billion (£65bn)": a figure restated in pounds is not in pounds.
            following = candidates[i + 1] if i + 1 < len(candidates) else None
            restated_in = (
                following.currency
                if following is not None and _restates(text, c, following)
                else None
            )
            source = None
            if (
                following is not None
                and following.currency is not None
                and following.factor == c.factor > 1
                and not following.per_share
                and _COMPARED_RE.fullmatch(text, c.end, following.start) is not None
            ):
                # "crecieron hasta 3.500 millones, desde los 3.100 millones de euros":
                # a figure compared with the next one is in its currency.
                source = following.currency
            elif last is not None and _close_enough(text, last.end, c.start):
                source = last.currency
            elif only_currency is not None and (
                _in_money_frame(text, c.start, lang)
                or (c.strong and c.factor in stated_scales and _money_words_around(text, c))
                or (c.strong and _money_noun_after(text, c.end))
            ):
                source = only_currency
            if source is None or source == restated_in:
                continue
            c = replace(c, currency=source, inferred=True)
        elif not c.exchange_rate and not c.per_share and not restatement:
            last = c
        # "2.650 millones de libras (3.100 millones de euros)": the restatement takes
        # the qualifier of the amount it restates.
        if (
            previous is not None
            and c.qualifier is None
            and c.high is None
            and previous.qualifier is not None
            and re.fullmatch(r"\s*\(\s*", text[previous.end : c.start])
        ):
            c = replace(c, qualifier=previous.qualifier)
        assert c.currency is not None
        kept.append(c)
        previous = c
    kept = _one_figure_one_bound(kept)
    return [_to_amount(text, c, c.currency) for c in kept if c.currency is not None], quantities


def _one_figure_one_bound(found: list[_Candidate]) -> list[_Candidate]:
    """A figure repeated in one article is one amount, and the mention that bounds
    it says which: a headline's "una inversión de 300 millones de euros" is the body's
    "una inversión superior a 300 millones de euros"; "up to $5 billion ... a total
    of $5 billion" is one ceiling. Only figures with a scale word: a price of "$30"
    and a "below $30" are not one amount."""
    bounds: dict[tuple[str | None, Decimal], set[str]] = {}
    for c in found:
        if c.factor > 1 and c.high is None and c.qualifier in ("min", "max"):
            bounds.setdefault((c.currency, c.low), set()).add(c.qualifier or "")
    out: list[_Candidate] = []
    for c in found:
        kinds = bounds.get((c.currency, c.low))
        if c.factor > 1 and c.high is None and c.qualifier is None and kinds and len(kinds) == 1:
            c = replace(c, qualifier=next(iter(kinds)))
        out.append(c)
    return out


# --- the spaCy component -----------------------------------------------------------



class MoneyComponent:
    """Sets ``doc._.kg_amounts`` and ``doc._.kg_quantities`` from ``doc.text``.

    When the doc carries its article (``doc.user_data[ARTICLE_KEY]``, set by
    ``kg.extract.article_doc``), the outlet's country, from the article's URL or
    outlet name, else from the dateline of its body, decides what a bare "$" or
    "pesos" means.
    """

    def __init__(self, lang: str, outlets: OutletTable | None = None) -> None:
        self.lang = lang
        self.outlets = outlets if outlets is not None else OutletTable.load()

    def __call__(self, doc: Doc) -> Doc:
        lang = doc_lang(doc) or self.lang
        article = doc.user_data.get(ARTICLE_KEY)
        country = None
        text = doc_text(doc)
        if isinstance(article, Article):
            # the outlet's country, else the place the story was filed from
            country = self.outlets.country_of(
                article.url, article.publisher, lang
            ) or dateline_country(text, lang)
        amounts, quantities = find_money(text, lang, country)
        doc._.kg_amounts = amounts
        doc._.kg_quantities = quantities
        return doc


@Language.factory("kg_money")
def make_money_component(nlp: Language, name: str) -> MoneyComponent:
    """The ``kg_money`` pipeline component: ``nlp.add_pipe("kg_money")``."""
    return MoneyComponent(nlp.lang or "en")
