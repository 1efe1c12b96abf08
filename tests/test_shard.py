"""The path beyond one machine (issue 8): shard, extract per shard on a Dask cluster
of two local workers, load the N-Quads shards into one store."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.cli.extract import parse_run_time
from kg.shard import extract_shards, shard_of, split_corpus
from kg.store import load, open_store

RUN_TIME = "2026-01-01T00:00:00Z"


def corpus(path: Path, count: int) -> Path:
    names = ["Vatio", "Lumen", "Cierzo", "Altamar", "Brava", "Kestrel"]
    lines = [
        json.dumps({
            "id": f"n{i:02d}",
            "lang": "es" if i % 2 else "en",
            "text": (
                f"{names[i % 6]} Redes compró {names[(i + 1) % 6]} Datos "
                f"por {i + 5} millones de euros."
                if i % 2
                else f"{names[i % 6]} Systems acquired {names[(i + 2) % 6]} Labs "
                f"for ${i + 5} million."
            ),
        }, ensure_ascii=False)
        for i in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_article_always_goes_to_the_same_shard() -> None:
    assert shard_of("n01", 4) == shard_of("n01", 4)
    assert {shard_of(f"id-{i}", 3) for i in range(100)} == {0, 1, 2}


def test_split_puts_every_article_in_exactly_one_shard(tmp_path: Path) -> None:
    shards = split_corpus([corpus(tmp_path / "c.jsonl", 20)], tmp_path / "shards", 3)
    ids = [json.loads(line)["id"] for s in shards for line in s.read_text("utf-8").splitlines()]
    assert sorted(ids) == [f"n{i:02d}" for i in range(20)]
    for shard in shards:
        for line in shard.read_text("utf-8").splitlines():
            assert shard.name == f"shard-{shard_of(json.loads(line)['id'], 3):04d}.jsonl"


def store_quads(store_dir: Path) -> set[tuple[str, str, str, str]]:
    """The quads of the article graphs (not the merged default graph kg load keeps)."""
    store = open_store(store_dir, read_only=True)
    return {
        (str(q.subject), str(q.predicate), str(q.object), str(q.graph_name))
        for q in store.quads_for_pattern(None, None, None, None)
        if not isinstance(q.graph_name, ox.DefaultGraph)
    }


@pytest.mark.model
def test_sharded_run_on_a_dask_cluster_equals_one_run(tmp_path: Path) -> None:
    """Also: one bad article (over the 5 MB limit) is left out of its shard and listed,
    never failing it; a shard that cannot run at all is retried by Dask and reported,
    and the other shards' work is returned."""
    distributed = pytest.importorskip("distributed")
    source = corpus(tmp_path / "c.jsonl", 12)
    shards = split_corpus([source], tmp_path / "shards", 2)
    huge = json.dumps({"id": "huge", "lang": "en", "text": "Acme bought Beta. " * 350_000})
    with shards[0].open("a", encoding="utf-8") as handle:
        handle.write(huge + "\n")
    missing = tmp_path / "shards" / "shard-9999.jsonl"  # lost before its worker ran
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        results = extract_shards(
            client, [*shards, missing], retries=1, run_time=parse_run_time(RUN_TIME)
        )
    assert [r.shard for r in results] == [*shards, missing]
    good, lost = results[:-1], results[-1]
    assert all(r.ok and r.output is not None and r.output.exists() for r in good)
    left_out = [item for r in good for item in r.left_out]
    assert len(left_out) == 1 and "over the limit" in left_out[0][1]
    assert not lost.ok and lost.output is None
    assert "shard-9999.jsonl" in (lost.error or "")
    outputs = [r.output for r in good if r.output is not None]
    load(outputs, tmp_path / "sharded")

    whole = tmp_path / "whole.nq"
    result = CliRunner().invoke(cli, ["extract", str(source), "-o", str(whole),
                                      "--run-time", RUN_TIME])
    assert result.exit_code == 0, result.output
    load([whole], tmp_path / "single")
    sharded = store_quads(tmp_path / "sharded")
    assert len({graph for *_, graph in sharded}) == 12  # one named graph per article
    assert sharded == store_quads(tmp_path / "single")
