"""Reads articles: files, directories or standard input → ``Article``.

What kg accepts, and how each kind is read:

- ``.txt``: optional leading ``# key: value`` lines, a blank line, then the body.
  Keys ``source``/``url``, ``lang``, ``title``, ``date``, ``outlet`` fill the article's
  url, lang, title, published and publisher; other keys are ignored; a value that
  starts with ``unknown`` means "not known". The header counts only when it names at
  least one of those keys and a blank line follows it, so a body that happens to start
  with ``# Breaking: ...`` is not eaten. ``Article.text`` is the body exactly as
  written, minus trailing whitespace: offsets index it.
- ``.html`` / ``.htm``: the main text, extracted with trafilatura (favouring
  precision: boilerplate in a graph is worse than a lost paragraph), with the title,
  date and canonical URL it finds. The publisher comes from the page's metadata
  only (``page_publisher``): ``og:site_name``, the JSON-LD ``publisher``, else the
  domain of its URL, never from its title. A page that yields fewer than eight
  words (a menu, a banner) has no article text.
- ``.jsonl``: one JSON object per line with ``id`` and ``text`` (strings), optional
  ``url``, ``title``, ``lang``, ``published``, ``publisher``. ``text`` is kept as is.
- a directory: every ``.txt``, ``.html``, ``.htm`` and ``.jsonl`` file below it, in
  order of relative path; other files and hidden files (``.name``) are ignored.
- ``-``: standard input, read as JSONL when its first non-blank character is ``{``,
  else as one ``.txt`` article with id ``stdin``.

Text that is not UTF-8 is decoded as Windows-1252 (cp1252; Latin-1 for the five bytes
cp1252 leaves undefined) and a warning is logged: such files are nearly always Spanish
or English text saved by an old Windows editor, and refusing them helps nobody. A UTF-8
or UTF-16 byte-order mark is honoured.

Every bad input raises ``InputError`` with one line: the file (and line), the problem
and what to do.
"""

from __future__ import annotations

import codecs
import functools
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

import py3langid.langid as langid
import pycountry

from kg.errors import InputError, no_such_file
from kg.facts import Article

__all__ = [
    "FALLBACK_ENCODING",
    "MAX_ARTICLE_BYTES",
    "SUFFIXES",
    "detect_language",
    "page_publisher",
    "read_articles",
]

logger = logging.getLogger("kg.ingest")

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""The largest article body kg reads, in bytes of UTF-8 text (5 MB)."""

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
FALLBACK_ENCODING = "cp1252"

_HEADER_ALLOWANCE = 64 * 1024  # room for a .txt header on top of the body limit
_HTML_FACTOR = 4  # markup around the text: an HTML page may be this many times the limit
# A JSON string may spell each byte of text as a \uXXXX escape: six bytes per byte.
_JSON_FACTOR = 6
_SNIFF_BYTES = 8192
# Fewer words than this extracted from a page is a menu or a banner, not an article.
_MIN_HTML_WORDS = 8
_KEYS = {
    "source": "url",
    "url": "url",
    "lang": "lang",
    "title": "title",
    "date": "published",
    "outlet": "publisher",
}
_HEADER_LINE = re.compile(r"#[ \t]*([a-z][a-z0-9_-]*)[ \t]*:[ \t]*(.*?)\s*")
_URL = re.compile(r"[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)
_SURROGATE = re.compile("[\ud800-\udfff]")
_REMARK = re.compile(r"\s*\([^()]*\)$")
_JSONL_OPTIONAL = ("url", "title", "lang", "published", "publisher")
_SUPPORTED = ".txt, .html, .htm or .jsonl"
# Languages py3langid knows that a news publisher will not meet but that win on short
# Spanish, French or Catalan texts ("BBVA lanza una OPA sobre Sabadell" scores as
# Aragonese): constructed, classical and small regional languages. Leaving them out
# keeps every other language detectable, so a French article still comes out "fr".
_UNDETECTED = frozenset({"an", "eo", "la", "vo", "wa"})
_DETECT_CHARS = 20_000  # enough text to tell a language; keeps 5 MB articles fast


def read_articles(
    inputs: Sequence[str | Path],
    *,
    stdin: IO[bytes] | None = None,
    lang: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> Iterator[Article]:
    """Yield the articles of ``inputs`` (files, directories, ``-`` for stdin) in order.

    Inputs are read in the order given, a directory's files in order of relative path,
    a JSONL file's lines in order. ``lang`` sets every article's language; otherwise
    the header or JSONL ``lang`` is used, else ``detect_language``. A bad article raises
    ``InputError``, or, when ``on_error`` is given, is passed to it and skipped. The
    same file named twice (directly and through its folder) is read once.

    >>> import io
    >>> [(a.id, a.lang) for a in read_articles(["-"], stdin=io.BytesIO(b"Acme sold a mill."))]
    [('stdin', 'en')]
    """
    override = None if lang is None else normalise_lang(lang, "--lang")
    if not inputs:
        raise InputError(
            "no input given; name .txt, .html or .jsonl files, a directory of them, "
            "or - for standard input"
        )
    reader = _InputReader(stdin=stdin, max_bytes=max_bytes)
    first_source: dict[str, str] = {}
    for item in reader.read(inputs):
        if isinstance(item, Article):
            item = _check_article(item, max_bytes, first_source, override)
        if isinstance(item, InputError):
            if on_error is None:
                raise item
            on_error(item)
            continue
        yield item


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, e.g. ``"es"``.

    Uses py3langid's bundled model (offline, deterministic) over the first 20,000
    characters. Text with no letters at all gives ``"und"`` (undetermined).

    >>> detect_language("La empresa anunció ayer la compra de su rival")
    'es'
    """
    sample = text[:_DETECT_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return "und"
    code, _ = _identifier().classify(sample)
    return str(code).lower()


def normalise_lang(value: str, source: str) -> str:
    """``value`` as a lowercase ISO 639-1 code: ``"ES"``, ``"es-ES"``, ``"spa"`` and
    ``"Spanish"`` all give ``"es"``. An unknown code raises ``InputError``.

    >>> normalise_lang("en_GB", "--lang")
    'en'
    """
    raw = value.strip()
    code = re.split(r"[-_]", raw, maxsplit=1)[0].lower()
    found = None
    if len(code) == 2:
        found = pycountry.languages.get(alpha_2=code)
    if found is None and code:
        try:
            found = pycountry.languages.lookup(code)
        except LookupError:
            found = None
    alpha_2 = getattr(found, "alpha_2", None)
    if not isinstance(alpha_2, str):
        raise InputError(
            f"{source}: unknown language {value!r}; use an ISO 639-1 code such as es or en"
        )
    return alpha_2.lower()


@functools.cache
def _identifier() -> langid.LanguageIdentifier:
    """py3langid's model, loaded on first use (about half a second) and kept."""
    identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE)
    identifier.set_languages(
        [code for code in identifier.labels if len(code) == 2 and code not in _UNDETECTED]
    )
    return identifier


def _check_article(
    article: Article, max_bytes: int, first_source: dict[str, str], override: str | None
) -> Article | InputError:
    """The checks every article passes whatever its kind: size, unique id, language."""
    size = len(article.text.encode("utf-8"))
    if size > max_bytes:
        return _too_big(article.source or article.id, f"article text is {size:,} bytes", max_bytes)
    earlier = first_source.get(article.id)
    if earlier is not None:
        return InputError(
            f"{article.source}: duplicate article id {article.id!r}, already read from "
            f'{earlier}; give every article a unique id (the file name or the JSONL "id")'
        )
    first_source[article.id] = article.source or article.id
    lang = override or article.lang or detect_language(article.text)
    return replace(article, lang=lang)


def _too_big(source: str, what: str, max_bytes: int) -> InputError:
    return InputError(
        f"{source}: {what}, over the limit of {max_bytes:,} bytes of text per article; "
        "split it into smaller articles"
    )


def _fail(source: str, problem: str, fix: str, cause: BaseException | None = None) -> InputError:
    error = InputError(f"{source}: {problem}; {fix}")
    error.__cause__ = cause
    return error


def _os_problem(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "cannot read it (permission denied)"
    return f"cannot read it ({err.strerror or err})"


_OS_FIX = "check the path and the file's permissions"

Item = Article | InputError


@dataclass
class _InputReader:
    """Turns inputs into articles or errors; remembers what it has read."""

    stdin: IO[bytes] | None
    max_bytes: int

    def __post_init__(self) -> None:
        self._seen_files: set[Path] = set()
        self._stdin_read = False

    def read(self, inputs: Iterable[str | Path]) -> Iterator[Item]:
        for given in inputs:
            if str(given) == "-":
                yield from self._stdin()
                continue
            path = Path(given)
            try:
                if path.is_dir():
                    yield from self._directory(path)
                elif not path.exists():
                    yield no_such_file(path)
                elif path.suffix.lower() not in SUFFIXES:
                    yield _fail(
                        str(path),
                        f"unsupported file type {path.suffix or '(no extension)'!r}",
                        f"give {_SUPPORTED} files, a directory of them, or - for stdin",
                    )
                else:
                    yield from self._file(path)
            except OSError as err:
                yield _fail(str(path), _os_problem(err), _OS_FIX, err)

    # -- directories and files ------------------------------------------------------

    def _directory(self, root: Path) -> Iterator[Item]:
        def raise_error(err: OSError) -> None:
            raise err

        found: list[Path] = []
        for folder, dirs, files in os.walk(root, onerror=raise_error):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            found.extend(
                Path(folder, name)
                for name in files
                if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES
            )
        if not found:
            yield _fail(
                str(root),
                f"no articles in this directory (no {_SUPPORTED} files below it)",
                "put the articles there or name the files directly",
            )
            return
        for path in sorted(found, key=lambda p: p.relative_to(root).parts):
            try:
                yield from self._file(path)
            except OSError as err:
                yield _fail(str(path), _os_problem(err), _OS_FIX, err)

    def _file(self, path: Path) -> Iterator[Item]:
        resolved = path.resolve()
        if resolved in self._seen_files:
            logger.debug("%s: already read, skipped", path)
            return
        self._seen_files.add(resolved)
        source = str(path)
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            with path.open("rb") as stream:
                yield from self._jsonl(_lines(stream), source)
            return
        limit = (
            self.max_bytes * _HTML_FACTOR
            if suffix in (".html", ".htm")
            else (self.max_bytes + _HEADER_ALLOWANCE)
        )
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
        if len(data) > limit:
            yield _too_big(source, f"file is {path.stat().st_size:,} bytes", self.max_bytes)
        elif suffix == ".txt":
            yield self._text(data, source, path.stem)
        else:
            yield self._html(data, source, path.stem)

    # -- standard input -------------------------------------------------------------

    def _stdin(self) -> Iterator[Item]:
        source = "<stdin>"
        if self._stdin_read:
            yield _fail(source, "- given more than once", "name standard input once")
            return
        self._stdin_read = True
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        lines = _lines(stream)
        head: list[bytes] = []
        for line in lines:
            head.append(line)
            if line.strip(b" \t\r\n\f\v\xef\xbb\xbf"):
                break
        first = b"".join(head).removeprefix(codecs.BOM_UTF8).lstrip()
        if first.startswith(b"{"):
            yield from self._jsonl(_chain(head, lines), source)
            return
        limit = self.max_bytes + _HEADER_ALLOWANCE
        data = b"".join(head) + stream.read(max(0, limit + 1 - sum(map(len, head))))
        if len(data) > limit:
            yield _too_big(source, f"input is over {limit:,} bytes", self.max_bytes)
            return
        yield self._text(data, source, "stdin")

    # -- the three kinds ------------------------------------------------------------

    def _text(self, data: bytes, source: str, article_id: str) -> Item:
        if _looks_binary(data):
            return _binary(source)
        text = _decode(data, source)
        fields, body = _split_header(text, source)
        body = body.rstrip()
        if not body.strip():
            return _fail(source, "empty article (no text)", "give the article's text")
        try:
            lang = fields.get("lang")
            return Article(
                id=article_id,
                text=body,
                lang=normalise_lang(lang, source) if lang else None,
                url=fields.get("url"),
                title=fields.get("title"),
                published=fields.get("published"),
                publisher=fields.get("publisher"),
                source=source,
            )
        except InputError as err:
            return err

    def _html(self, data: bytes, source: str, article_id: str) -> Item:
        if not data.strip():
            return _fail(source, "empty file", "give the article's HTML page")
        if b"\x00" in data[:_SNIFF_BYTES] and not data.startswith(
            (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        ):
            return _binary(source)
        # Imported here: trafilatura pulls in lxml and friends, which only HTML needs.
        import trafilatura

        # Precision over recall: a menu or a "most read" list taken for text would
        # become false entities and deals in a published graph.
        document = trafilatura.bare_extraction(data, with_metadata=True, favor_precision=True)
        text = (getattr(document, "text", None) or "").strip()
        if len(text.split()) < _MIN_HTML_WORDS:
            return _fail(
                source,
                "no article text found in the HTML",
                "give the article's own page, or its text as a .txt file",
            )
        return Article(
            id=article_id,
            text=text,
            url=_clean(getattr(document, "url", None)),
            title=_clean(getattr(document, "title", None)),
            published=_clean(getattr(document, "date", None)),
            publisher=page_publisher(data, _clean(getattr(document, "url", None))),
            source=source,
        )

    def _jsonl(self, lines: Iterable[bytes], source: str) -> Iterator[Item]:
        limit = self.max_bytes * _JSON_FACTOR + _HEADER_ALLOWANCE
        any_line = False
        for number, raw in enumerate(_bounded(lines, limit), start=1):
            where = f"{source}:{number}"
            if raw is None:
                any_line = True
                yield _too_big(where, f"line is over {limit:,} bytes", self.max_bytes)
                continue
            if b"\x00" in raw or (number == 1 and _looks_binary(raw, allow_bom16=False)):
                yield _binary(source)
                return
            if not raw.strip():
                continue
            any_line = True
            yield _jsonl_article(_decode(raw, where), where)
        if not any_line:
            yield _fail(source, "empty file (no JSON lines)", _JSONL_FIX)


_JSONL_FIX = 'each line must be one JSON object with "id" and "text"'


def page_publisher(html: bytes, url: str | None = None) -> str | None:
    """Who published an HTML page, from its metadata: ``<meta property="og:site_name">``,
    else the ``publisher`` of its JSON-LD (``NewsArticle``, ``WebPage``...), else the
    domain of ``url`` (``www.`` dropped). Never its title: a headline such as
    "Acme compra Beta por 3.400 millones" is not a publisher.

    >>> page_publisher(b'<meta property="og:site_name" content="Diario Ejemplo">')
    'Diario Ejemplo'
    >>> page_publisher(b"<title>Acme compra Beta por 3.400 millones</title>", "https://www.ejemplo.es/a")
    'ejemplo.es'
    """
    from lxml import html as lxml_html  # comes with trafilatura

    try:
        tree = lxml_html.document_fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        tree = None
    if tree is not None:
        for meta in tree.iter("meta"):
            key = (meta.get("property") or meta.get("name") or "").strip().lower()
            if key == "og:site_name":
                name = _clean(meta.get("content"))
                if name:
                    return name
        for script in tree.iter("script"):
            if (script.get("type") or "").strip().lower() != "application/ld+json":
                continue
            try:
                name = _jsonld_publisher(json.loads(script.text or ""))
            except (ValueError, RecursionError):
                continue
            if name:
                return name
    if url:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        if host:
            return host
    return None


def _jsonld_publisher(data: object, depth: int = 0) -> str | None:
    """The first ``publisher`` name in a JSON-LD value (objects, lists, ``@graph``)."""
    if depth > 8:
        return None
    if isinstance(data, list):
        for item in data:
            found = _jsonld_publisher(item, depth + 1)
            if found:
                return found
        return None
    if not isinstance(data, dict):
        return None
    publisher = data.get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = publisher[0]
    if isinstance(publisher, str):
        cleaned = _clean(publisher)
        if cleaned and not _URL.match(cleaned):
            return cleaned
    if isinstance(publisher, dict):
        name = publisher.get("name")
        if isinstance(name, str) and _clean(name):
            return _clean(name)
    return _jsonld_publisher(data.get("@graph"), depth + 1)


def _jsonl_article(line: str, where: str) -> Item:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return _fail(where, f"not valid JSON ({err.msg})", _JSONL_FIX, err)
    except RecursionError as err:  # hostile nesting such as [[[[...]]]]
        return _fail(where, "not valid JSON (nested too deeply)", _JSONL_FIX, err)
    if not isinstance(record, dict):
        return _fail(where, f"a JSON {type(record).__name__}, not an object", _JSONL_FIX)
    for key in ("id", "text"):
        if key not in record:
            return _fail(where, f'no "{key}"', _JSONL_FIX)
        if not isinstance(record[key], str):
            return _fail(where, f'"{key}" is not a string', _JSONL_FIX)
    article_id: str = _no_surrogates(record["id"], where)
    text: str = _no_surrogates(record["text"], where)
    if not article_id.strip():
        return _fail(where, '"id" is empty', "give every article a non-empty id")
    if not text.strip():
        return _fail(where, f"article {article_id!r} is empty (no text)", "give its text")
    optional: dict[str, str | None] = {}
    for key in _JSONL_OPTIONAL:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return _fail(
                where, f'"{key}" is not a string', f'give "{key}" as a string, or leave it out'
            )
        optional[key] = _clean(None if value is None else _no_surrogates(value, where))
    try:
        lang = optional["lang"]
        return Article(
            id=article_id,
            text=text,
            lang=normalise_lang(lang, where) if lang else None,
            url=optional["url"],
            title=optional["title"],
            published=optional["published"],
            publisher=optional["publisher"],
            source=where,
        )
    except InputError as err:
        return err


def _no_surrogates(value: str, where: str) -> str:
    """``value`` with each lone surrogate (JSON allows ``"\\ud800"``) replaced by U+FFFD:
    no UTF-8 file can hold one. One character for one keeps every offset."""
    if not _SURROGATE.search(value):
        return value
    logger.warning("%s: lone surrogate escapes (\\ud800-\\udfff) replaced by U+FFFD", where)
    return _SURROGATE.sub("\ufffd", value)


# -- bytes to text ------------------------------------------------------------------


def _lines(stream: IO[bytes]) -> Iterator[bytes]:
    """The stream's lines; each ends at ``\\n`` only (JSON may hold a raw U+2028)."""
    while line := stream.readline(_SNIFF_BYTES * 16):
        yield line


def _chain(head: list[bytes], rest: Iterator[bytes]) -> Iterator[bytes]:
    yield from head
    yield from rest


def _bounded(chunks: Iterable[bytes], limit: int) -> Iterator[bytes | None]:
    """Join ``chunks`` (pieces of lines) into whole lines; ``None`` for a line over
    ``limit`` bytes, whose bytes are dropped as they come rather than held in memory."""
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size <= limit:
            parts.append(chunk)
        else:
            parts.clear()
        if chunk.endswith(b"\n"):
            yield b"".join(parts) if size <= limit else None
            parts.clear()
            size = 0
    if size:
        yield b"".join(parts) if size <= limit else None


def _looks_binary(data: bytes, *, allow_bom16: bool = True) -> bool:
    """True for data that is not text: NUL bytes, or mostly control or high bytes."""
    sample = data[:_SNIFF_BYTES]
    if allow_bom16 and sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    control = sum(1 for b in sample if b < 0x20 and b not in b"\t\n\r\f\v\b\x1b" or b == 0x7F)
    if control / len(sample) > 0.1:
        return True
    try:
        sample.decode("utf-8")
        return False
    except UnicodeDecodeError as err:
        if err.start >= len(sample) - 3 and err.reason == "unexpected end of data":
            return False  # the sample cut a UTF-8 character in two
    # Not UTF-8: legacy-encoded Spanish or English has a few accented bytes, not a third.
    high = sum(1 for b in sample if b >= 0x80)
    return high / len(sample) > 0.3


def _binary(source: str) -> InputError:
    return _fail(source, "binary file, not text", f"give UTF-8 text: a {_SUPPORTED} file")


def _decode(data: bytes, source: str) -> str:
    """UTF-8 (or UTF-16 with a BOM); else cp1252 with a warning, see the module doc."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        try:
            text, encoding = data.decode(FALLBACK_ENCODING), FALLBACK_ENCODING
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
        logger.warning(
            "%s: not valid UTF-8 (byte 0x%02x at offset %d); read as %s. "
            "Save the file as UTF-8 to be sure of its text",
            source,
            data[err.start],
            err.start,
            encoding,
        )
        return text


# -- .txt header --------------------------------------------------------------------


def _split_header(text: str, source: str) -> tuple[dict[str, str], str]:
    """The header's fields and the body of a ``.txt`` article (see the module doc)."""
    fields: dict[str, str] = {}
    known = False
    pos = 0
    while True:
        end = text.find("\n", pos)
        line = text[pos:] if end < 0 else text[pos:end]
        match = _HEADER_LINE.fullmatch(line)
        if match is None:
            break
        key, value = match.group(1), match.group(2)
        field_name = _KEYS.get(key)
        if field_name is not None:
            known = True
            parsed = _header_value(field_name, value)
            if parsed is not None:
                fields.setdefault(field_name, parsed)
        if end < 0:
            pos = len(text)
            break
        pos = end + 1
    if not known:
        return {}, text
    end = text.find("\n", pos)
    line = text[pos:] if end < 0 else text[pos:end]
    if line.strip():
        logger.warning(
            "%s: the '# key: value' lines are not followed by a blank line; "
            "they are read as part of the text",
            source,
        )
        return {}, text
    return fields, "" if end < 0 else text[end + 1 :]


def _header_value(field_name: str, value: str) -> str | None:
    cleaned = _clean(value)
    if cleaned is None:
        return None
    if field_name == "url":
        # "https://site/ (seed document)": keep the address, drop the remark.
        match = _URL.match(cleaned)
        return match.group(0) if match else None
    if field_name == "published":
        # "2023-10-23 (Business Wire release)": the date, without the remark.
        return _REMARK.sub("", cleaned) or None
    return cleaned


def _clean(value: str | None) -> str | None:
    """A metadata value, or None when it is blank or says it is not known."""
    if value is None:
        return None
    value = value.strip()
    if not value or value.lower().startswith(("unknown", "n/a")):
        return None
    return value
