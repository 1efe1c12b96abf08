"""A worker freezes its pipelines for the cyclic garbage collector while it streams
(kg.parallel.Worker.stream), and only then: the process's freeze count is back where
it was when the stream ends, a host that froze objects itself is left alone, and the
output is the same bytes either way."""

from __future__ import annotations

import datetime as dt
import gc

from kg.facts import Article
from kg.parallel import Worker
from kg.pipeline import make_run

RUN = make_run(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
ARTICLES = [
    Article(id="f1", text="Lumen Redes compró Cierzo Datos por 12 millones de euros.", lang="es"),
    Article(id="f2", text="Kestrel Systems acquired Brava Labs for $40 million.", lang="en"),
    Article(id="f3", text="Altamar Energía vendió su filial a Norte Capital.", lang="es"),
]


def test_pipelines_frozen_while_streaming_then_unfrozen() -> None:
    assert gc.get_freeze_count() == 0
    worker = Worker({}, RUN, validate=True)
    counts: list[int] = []
    out: list[bytes | None] = []
    for result in worker.stream(ARTICLES, batch_size=1):
        counts.append(gc.get_freeze_count())
        out.append(result.nquads)
    # Frozen once the first pipeline was built, and again with the second language's.
    assert all(count > 0 for count in counts)
    assert counts[1] > counts[0]
    assert gc.get_freeze_count() == 0

    # A host that froze objects itself: kg neither freezes more nor unfreezes them.
    gc.freeze()
    try:
        held = gc.get_freeze_count()
        again = Worker({}, RUN, validate=True)
        seen = []
        for result in again.stream(ARTICLES, batch_size=1):
            seen.append(gc.get_freeze_count())
            assert result.nquads == out[len(seen) - 1]
        # (The count only falls, as frozen objects are freed; freezing the pipelines
        # would add ~170,000.)
        assert len(seen) == len(ARTICLES) and max(seen) <= held
        assert held - 1000 < gc.get_freeze_count() <= held
    finally:
        gc.unfreeze()
