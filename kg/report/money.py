"""Amounts of money written for a reader, in the reader's language and locale.

English scales by 10^3 (million, billion, trillion); Spanish counts in millones up
to the billón (10^12), as its press does: ``6.500 millones de dólares``. Digits,
separators and currency names and symbols come from CLDR through babel; only the
scale words are kg's.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Literal

from babel import Locale
from babel.numbers import (
    NumberPattern,
    format_decimal,
    get_currency_name,
    get_currency_symbol,
    parse_pattern,
)

Lang = Literal["en", "es"]
LANGS: tuple[Lang, ...] = ("en", "es")

_EN_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"),
              (Decimal(10) ** 6, "million"))
_ES_SCALES = ((Decimal(10) ** 12, "billón", "billones"), (Decimal(10) ** 6, "millón", "millones"))


@cache
def _pattern(lang: str) -> tuple[Locale, NumberPattern]:
    # Parsed once: babel would parse the locale and the pattern on every call.
    return Locale.parse(lang), parse_pattern("#,##0.##")


def _number(value: Decimal, lang: Lang) -> str:
    # At most two decimals, none when whole: 6.5, 2.4, 6.500, 1,5.
    locale, pattern = _pattern(lang)
    text: str = pattern.apply(value, locale)
    return text


def format_money(value: Decimal | float | int, currency: str | None, lang: Lang) -> str:
    """One amount, scaled and with its currency, as a reader of ``lang`` writes it.

    >>> format_money(Decimal("6500000000"), "USD", "en")
    '$6.5 billion'
    >>> format_money(Decimal("6500000000"), "USD", "es")
    '6.500 millones de dólares estadounidenses'
    >>> format_money(350000, "EUR", "es")
    '350.000 euros'
    """
    amount = Decimal(str(value)) if not isinstance(value, Decimal) else value
    if lang == "en":
        return _format_en(amount, currency)
    return _format_es(amount, currency)


def _format_en(amount: Decimal, currency: str | None) -> str:
    words = _number(amount, "en")
    for scale, word in _EN_SCALES:
        if abs(amount) >= scale:
            words = f"{_number(amount / scale, 'en')} {word}"
            break
    if not currency:
        return words
    symbol = get_currency_symbol(currency, locale="en")
    if symbol == currency:  # no symbol of its own: "CHF 2 billion"
        return f"{currency} {words}"
    return f"{symbol}{words}"


def _format_es(amount: Decimal, currency: str | None) -> str:
    words = _number(amount, "es")
    scaled = False
    for scale, one, many in _ES_SCALES:
        if abs(amount) >= scale:
            count = amount / scale
            words = f"{_number(count, 'es')} {one if count == 1 else many}"
            scaled = True
            break
    if not currency:
        return words
    name = get_currency_name(currency, count=2 if amount != 1 else 1, locale="es")
    # "6.500 millones de dólares" but "350.000 euros": scale nouns take "de".
    return f"{words} de {name}" if scaled else f"{words} {name}"


def format_bounds(
    value: Decimal | None,
    minimum: Decimal | None,
    maximum: Decimal | None,
    currency: str | None,
    lang: Lang,
) -> str:
    """An exact amount, or its bounds ("more than", "up to", a range), for a reader.

    >>> format_bounds(None, Decimal("6500000000"), None, "USD", "es")
    'más de 6.500 millones de dólares estadounidenses'
    >>> format_bounds(None, None, Decimal("300000000"), "EUR", "en")
    'up to €300 million'
    """
    if value is not None:
        return format_money(value, currency, lang)
    if minimum is not None and maximum is not None:
        return f"{format_money(minimum, currency, lang)} – {format_money(maximum, currency, lang)}"
    if minimum is not None:
        prefix = "more than" if lang == "en" else "más de"
        return f"{prefix} {format_money(minimum, currency, lang)}"
    if maximum is not None:
        prefix = "up to" if lang == "en" else "hasta"
        return f"{prefix} {format_money(maximum, currency, lang)}"
    return ""


def format_count(value: int, lang: Lang) -> str:
    """A whole number with the locale's grouping.

    >>> format_count(12000, "es"), format_count(12000, "en")
    ('12.000', '12,000')
    """
    return format_decimal(value, locale=lang)
