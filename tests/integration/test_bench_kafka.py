"""``khabar bench --kafka`` end to end on the session broker, at the smallest sizes: every figure is there."""

from __future__ import annotations

import orjson
import pytest

from tests.integration.conftest import Stream

pytestmark = pytest.mark.integration

RUN_KEYS = {"mode", "workers", "concurrency", "partitions", "topics", "group_ready_seconds", "ready_seconds", "burst"}
FIGURE_KEYS = {
    "articles",
    "target_per_second",
    "seconds",
    "articles_per_second",
    "dead_letters",
    "latency",
    "cpu_ms_per_article",
}


def test_the_kafka_bench_measures_every_configuration_on_the_given_broker(stream: Stream) -> None:
    done = stream.khabar("bench", "--kafka", "--limit", "6", "--kafka-seconds", "2", "--json", timeout=900)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    result = orjson.loads(done.stdout)

    assert {"khabar_version", "machine", "corpora", "inprocess", "kafka", "seconds", "targets"} <= result.keys()
    kafka = result["kafka"]
    assert kafka["bootstrap"] == stream.broker.bootstrap
    assert kafka["broker_started_by_bench"] is False
    assert kafka["single_core_mix_articles_per_cpu_second"] > 0
    runs = {(run["mode"], run["workers"]): run for run in kafka["runs"]}
    assert set(runs) == {(mode, n) for mode in ("pipeline", "passthrough", "passthrough-acked") for n in (1, 2)}
    for (mode, _), run in runs.items():
        assert run.keys() >= RUN_KEYS
        assert run["burst"].keys() >= FIGURE_KEYS
        assert run["burst"]["articles_per_second"] > 0
        assert run["burst"]["dead_letters"] == 0
        # The broker's own CPU is counted only when the bench started it (it knows the pid), not here.
        assert run["burst"]["cpu_ms_per_article"].keys() >= {"worker_main", "bench_client"}
        if mode == "pipeline":
            assert run["burst"]["cpu_ms_per_article"]["extraction"] > 0
    paced = runs[("pipeline", 2)]["paced"]
    assert paced.keys() >= FIGURE_KEYS and paced["latency"]["p99_ms"] > 0
    measured = {t["id"]: t["measured"] for t in result["targets"]}
    assert measured["kafka_scaling"] is not None and measured["half_rate_p99"] is not None
