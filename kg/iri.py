"""IRI minting: deterministic, stable, and safe for any input text.

An organisation's or person's key is a slug of its canonical name: NFKC, casefold,
accents stripped, legal suffixes dropped, runs of anything but ``[a-z0-9]`` turned
into ``-``. A name that slugs to nothing (emoji, punctuation, a script without Latin
letters) gets a hash of its normalised form instead, so two different names never
collapse into one IRI by accident.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from kg.facts import Deal, EntityKind
from kg.vocab import ID

# Legal forms dropped from the end of a name before slugging; compared on the
# folded name with punctuation already turned into spaces.
LEGAL_SUFFIXES = (
    "s a",
    "sa",
    "s l",
    "sl",
    "s a u",
    "sau",
    "s l u",
    "slu",
    "sab de cv",
    "s a b de c v",
    "s a c",  # Peru's sociedad anónima cerrada
    "s a a",  # and abierta
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "limited",
    "plc",
    "llc",
    "ag",
    "se",
    "n v",
    "nv",
    "b v",
    "bv",
    "gmbh",
    "spa",
    "s p a",
    "sas",
    "lp",
    "holdings",
)
_SUFFIX_RE = re.compile(
    r"(?:\s+(?:"
    + "|".join(re.escape(s) for s in sorted(LEGAL_SUFFIXES, key=len, reverse=True))
    + r"))+$"
)


# Asked of the same words and names many times per article (a pure function of the
# text: kept for the last 65,536 texts asked).
@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Fold a name for comparison: NFKC, casefold, no accents, punctuation → spaces.

    >>> fold("Telefónica, S.A.")
    'telefonica s a'
    """
    if text.isascii():  # the common case, where the normalisations change nothing
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKC", text).casefold()
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    return " ".join(_NON_WORD.sub(" ", text).split())


_NON_WORD = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The comparison key of a name: folded, legal suffixes dropped.

    >>> name_key("Cerebras Systems, Inc.")
    'cerebras systems'
    """
    folded = fold(name)
    stripped = _SUFFIX_RE.sub("", folded).strip()
    return stripped or folded


# Asked again for every mention of a name (graph building, consolidation, deal keys):
# a pure function of the text, kept for the last 65,536 names as ``fold`` is.
@functools.lru_cache(maxsize=1 << 16)
def slug(name: str) -> str:
    """A URL-safe key for a name; never empty.

    >>> slug("Telefónica S.A.")
    'telefonica'
    """
    key = name_key(name)
    ascii_key = _NON_SLUG.sub("-", key).strip("-")
    if ascii_key and ascii_key.replace("-", "") == _SPACES.sub("", key):
        return ascii_key
    # Part of the name is not ASCII letters or digits: keep what is readable and
    # add a short hash of the whole key so that distinct names stay distinct.
    digest = _digest(key or unicodedata.normalize("NFKC", name))
    return f"{ascii_key}-{digest}" if ascii_key else f"x-{digest}"


_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")


def _digest(text: str, length: int = 12) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def entity_iri(kind: EntityKind, name: str) -> URIRef:
    folder = "org" if kind == "org" else "person"
    return ID[f"{folder}/{slug(name)}"]


def article_iri(article_id: str) -> URIRef:
    """Article ids are kept readable but percent-encoded, so the mapping is one-to-one."""
    return ID["article/" + quote(unicodedata.normalize("NFC", article_id), safe="-._~")]


def mention_iri(article: URIRef, start: int, end: int) -> URIRef:
    """RFC 5147 fragment of the article IRI, as NIF does.

    Made as ``URIRef(...)`` makes it, without its check of the text: an article IRI
    (``article_iri``) and ``#char=`` with two numbers are a valid IRI; a graph has
    a dozen or more mentions.
    """
    return str.__new__(URIRef, f"{article}#char={start},{end}")


def amount_iri(article_id: str, start: int, end: int) -> URIRef:
    return ID["amount/" + _digest(f"{article_id}|{start}|{end}", 16)]


def quantity_iri(article_id: str, start: int, end: int) -> URIRef:
    return ID["quantity/" + _digest(f"{article_id}|{start}|{end}", 16)]


def deal_iri(deal_type: str, parties: list[tuple[str, str]], first_article: str) -> URIRef:
    """A deal's key: its type, its (role, party key) pairs, sorted, and its first article."""
    key = "\x00".join([deal_type, *sorted(f"{r}={p}" for r, p in parties), first_article])
    return ID[f"deal/{_digest(key, 16)}"]


def deal_node(deal: Deal, article_id: str) -> URIRef:
    """A deal's IRI: its type and parties, so the same deal in two articles is one node.

    A deal with a single known party (a round whose investors are unnamed) is too
    weak a key on its own: it also takes the article and the sentence it came from;
    so does a second deal of an article with the type and parties of an earlier one
    (``deal.apart``: another round, another contract), while the first keeps the key
    of its type and parties.
    """
    parties = [(role, slug(party.name)) for role, party in deal.roles]
    if deal.apart:
        return deal_iri(deal.type, parties, _digest(f"{article_id}|{deal.apart}", 12))
    if len({p for _, p in parties}) >= 2:
        return deal_iri(deal.type, parties, "")
    first = min(deal.evidence).start if deal.evidence else 0
    return deal_iri(deal.type, parties, _digest(f"{article_id}|{first}", 12))


def role_iri(person: str, organization: str, title: str) -> URIRef:
    key = "\x00".join([slug(person), slug(organization), fold(title)])
    return ID[f"membership/{_digest(key, 16)}"]


def run_iri(key: str) -> URIRef:
    return ID[f"run/{_digest(key, 16)}"]
