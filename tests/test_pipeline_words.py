"""The words spaCy keeps for a run (kg.pipeline.PERMANENT_WORDS): those of the first
articles are kept, so the tokenizer reads common words once; past the limit each
batch is read in a memory zone and leaves nothing behind; the same output either
way. Checked by the words the vocabulary holds."""

from __future__ import annotations

import datetime as dt

import pytest

import kg.pipeline
from kg.facts import Article
from kg.nlp import Pipelines
from kg.pipeline import make_run, process

RUN = make_run(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))


def article(n: int) -> Article:
    """An article of forty words no earlier article used, and a deal."""
    words = " ".join(f"zorv{n}q{i}" for i in range(40))
    return Article(
        id=f"w{n}",
        text=f"Lumen Redes compró Cierzo Datos por {n + 3} millones de euros. {words}.",
        lang="es",
    )


@pytest.fixture(scope="module")
def pipelines() -> Pipelines:
    return Pipelines()


def run(pipelines: Pipelines, articles: list[Article]) -> list[bytes | None]:
    return [r.nquads for r in process(articles, pipelines, run=RUN, batch_size=1, nquads=True)]


def test_words_kept_up_to_the_limit_then_zones(
    pipelines: Pipelines, monkeypatch: pytest.MonkeyPatch
) -> None:
    vocab = pipelines.get("es").vocab
    monkeypatch.setattr(kg.pipeline, "PERMANENT_WORDS", len(vocab) + 30)
    first = run(pipelines, [article(1)])
    # Under the limit: the article's words stay (spaCy counts lexemes made in a zone
    # in len(vocab) too, so membership tells what was kept).
    assert all(f"zorv1q{i}" in vocab for i in range(40))
    again = run(pipelines, [article(2), article(3)])
    # Past it: each batch in a zone, its words gone with it.
    assert not any(f"zorv{n}q{i}" in vocab for n in (2, 3) for i in range(40))
    assert "zorv2q0" not in vocab.strings
    # Always in zones (the limit at 0): the same output.
    monkeypatch.setattr(kg.pipeline, "PERMANENT_WORDS", 0)
    assert run(pipelines, [article(1), article(2), article(3)]) == first + again
