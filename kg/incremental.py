"""Incremental runs: a manifest of article ids and content keys beside the output,
and a cache of each article's validated graph, so that a re-run on a grown or
edited corpus processes only the new and changed articles.

Beside ``out/corpus.nq`` live:

- ``out/corpus.nq.manifest.json``: ``{"articles": {id: key}, ...}``, what the output
  holds, written (atomically) only after the output itself;
- ``out/.corpus.nq.cache/<key>.nq``: one article's graph as canonical N-Quads in the
  article's named graph, written (atomically) as soon as the article is done.

The key is a hash of the article (text and metadata), kg's code and data files
(``code_fingerprint``) and the configured pipelines: change any of them and the
article is processed again. An
interrupted run leaves the previous output and manifest as they were; the articles
it finished are in the cache, so running the same command again resumes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import queue
import threading
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg import __version__
from kg.errors import InputError
from kg.facts import Article
from kg.publish.files import atomic_write
from kg.resources import data_files
from kg.settings import (
    antecedent_default,
    corroborate_default,
    corroborate_longer_default,
    deal_scorer_default,
    retype_default,
    retype_people_default,
    tuned_ner_default,
)

MANIFEST_VERSION = 1

log = logging.getLogger("kg.incremental")


def code_fingerprint() -> str:
    """A hash of kg's code and data files (shapes, ontology, gazetteer, tuned model
    weights) and of the switches that change what is extracted (the tuned NER weights,
    the corroboration, the antecedent chooser, the deal scorer, the retyper): a cached
    graph made by other code or other switches is made again, even when the version
    number did not move."""

    digest = hashlib.sha256(__version__.encode())
    digest.update(b"ner:tuned" if tuned_ner_default() else b"ner:stock")
    if corroborate_default():  # only when on, so the default's fingerprint is unchanged
        digest.update(b"corroborate:on")
    if corroborate_longer_default():
        digest.update(b"corroborate-longer:on")
    if antecedent_default():  # (off by default: the default's fingerprint is unchanged)
        digest.update(b"antecedent:on")
    if deal_scorer_default():  # the learned deal scorer (off by default)
        digest.update(b"deal_scorer:on")
    if retype_default():  # the learned retyper (on by default)
        digest.update(b"retype:on")
    if retype_people_default():  # the learned check of people (off by default)
        digest.update(b"retype_people:on")
    package = Path(__file__).resolve().parent
    files = sorted(package.rglob("*.py")) + [
        path
        for kind in ("shapes", "ontology", "gazetteer", "models")
        for path in data_files(kind, "")
    ]
    for path in files:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def article_key(article: Article, models: Mapping[str, str], code: str = "") -> str:
    """The content key of an article for a configuration and a ``code_fingerprint``.

    >>> article_key(Article(id="a", text="x"), {}) == article_key(Article(id="a", text="x"), {})
    True
    """
    fields = asdict(article)
    fields.pop("source", None)  # where it was read from does not change the graph
    payload = json.dumps(
        {"kg": code or __version__, "models": dict(sorted(models.items())), "article": fields},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def manifest_path(output: Path) -> Path:
    return output.with_name(output.name + ".manifest.json")


def cache_dir(output: Path) -> Path:
    return output.with_name(f".{output.name}.cache")


@dataclass
class Manifest:
    """What an output file holds: article id → content key."""

    articles: dict[str, str] = field(default_factory=dict)
    format: str = ""

    @classmethod
    def load(cls, output: Path) -> Manifest:
        """The manifest beside ``output``, or an empty one if there is none."""
        path = manifest_path(output)
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            articles = data["articles"]
            if not isinstance(articles, dict):
                raise TypeError("'articles' is not an object")
            return cls({str(k): str(v) for k, v in articles.items()}, str(data.get("format", "")))
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise InputError(
                f"{path}: the manifest of the previous run is unreadable ({err}); "
                "delete it to rebuild the output from scratch"
            ) from err

    def save(self, output: Path) -> None:
        data = {
            "version": MANIFEST_VERSION,
            "kg": __version__,
            "format": self.format,
            "articles": dict(sorted(self.articles.items())),
        }
        text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
        atomic_write(manifest_path(output), text.encode("utf-8"))


class GraphCache:
    """Each article's graph (canonical N-Quads), by content key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.nq"

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def put(self, key: str, nquads: bytes) -> None:
        atomic_write(self.path(key), nquads)

    def get(self, key: str) -> bytes:
        return self.path(key).read_bytes()

    def keep_only(self, keys: Iterable[str]) -> int:
        """Delete cached graphs not in ``keys`` (and stale temporary files); count them."""
        wanted = {f"{key}.nq" for key in keys}
        removed = 0
        if not self.folder.is_dir():
            return 0
        for entry in os.scandir(self.folder):
            if entry.name not in wanted:
                Path(entry.path).unlink(missing_ok=True)
                removed += 1
        return removed


class CacheWriter:
    """Puts graphs into a ``GraphCache`` on a thread of its own, so the articles'
    pipeline never waits for the disk (each file is still written as ``put`` writes
    it: a temporary file, fsync, then a rename, so a cached graph is whole or absent
    whatever stops the run).

    ``put`` queues a graph (waiting only when ``depth`` graphs already wait) and
    raises the error of an earlier write, if one failed; ``close`` waits for every
    queued write, then raises the first error. Use it as a context manager. The
    thread starts with the first ``put``.
    """

    def __init__(self, cache: GraphCache, depth: int = 64) -> None:
        self.cache = cache
        self.written = 0  # graphs written so far
        self._queue: queue.Queue[tuple[str, bytes] | None] = queue.Queue(maxsize=depth)
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def put(self, key: str, nquads: bytes) -> None:
        self._raise()
        if self._thread is None:
            self._thread = threading.Thread(target=self._write, name="kg-cache", daemon=True)
            self._thread.start()
        self._queue.put((key, nquads))

    def close(self) -> None:
        """Wait until every queued graph is written; raise the first write error."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        self._raise()

    def __enter__(self) -> CacheWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.close()
            return
        try:  # the run is failing anyway: keep what was finished, raise its error
            self.close()
        except Exception as err:
            log.warning("%s", err)

    def _write(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is not None:
                continue  # drain: the main thread raises the error
            try:
                self.cache.put(*item)
                self.written += 1
            except BaseException as err:  # raised in the main thread
                self._error = err

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error
