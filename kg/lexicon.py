"""Words kg's components share, so that one list says it once.

``NEWS_AGENCIES``: wire services that sign datelines and report deals ("Madrid, 12 mar
(EFE)", "SAN FRANCISCO (AP) —"); kg never makes them a party to a deal.
"""

from __future__ import annotations

import unicodedata


def normalize_words(name: str) -> str:
    """Case- and accent-insensitive form of a name, for lookups.

    >>> normalize_words("Agencia EFE")
    'agencia efe'
    """
    folded = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


NEWS_AGENCIES = frozenset(
    normalize_words(name)
    for name in (
        "EFE", "Agencia EFE", "EFECOM", "AFP", "Agence France-Presse", "AP",
        "Associated Press", "The Associated Press", "DPA", "ANSA", "Reuters",
        "Thomson Reuters", "Xinhua", "UPI", "Europa Press", "Colpisa", "Servimedia",
        "Notimex", "Prensa Latina", "Kyodo", "Yonhap", "PTI", "Press Trust of India",
        "ANI", "IANS", "Dow Jones", "Dow Jones Newswires", "Bloomberg News", "Télam",
        "Telam", "Agência Brasil", "Andina", "Agencia Andina", "Bernama",
    )
)
