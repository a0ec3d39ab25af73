"""The broker goes away for ten seconds mid-stream and comes back with its data: the worker rides it out by itself
and no article is lost."""

from __future__ import annotations

import collections
import time

import pytest

from tests.integration import corpus
from tests.integration.conftest import Stream, read_ids, read_topic

pytestmark = pytest.mark.integration

OUTAGE_SECONDS = 10


def test_the_worker_recovers_from_a_broker_outage_without_losing_articles(stream: Stream) -> None:
    articles = corpus.build(400, prefix="out", long_articles=0)
    source = stream.workdir / "articles.jsonl"
    corpus.write_jsonl(articles, source)
    worker = stream.start_worker()
    worker.wait_ready()
    done = stream.khabar("produce", str(source))
    assert done.returncode == 0, done.stderr.decode()
    read_topic(stream.broker.bootstrap, stream.topic("enriched"), 60, timeout=120)

    stream.broker.run("stop")
    down_at = time.monotonic()
    time.sleep(OUTAGE_SECONDS)
    assert worker.process.poll() is None, f"the worker exited during the outage:\n{worker.tail()}"
    stream.broker.run("start-keep")
    outage = time.monotonic() - down_at

    ids = {a["id"] for a in articles}
    enriched = read_ids(stream.broker.bootstrap, stream.topic("enriched"), ids, timeout=240)
    recovered_in = time.monotonic() - down_at - outage
    assert {r.json()["id"] for r in enriched} == ids
    record_ids = collections.defaultdict(set)
    for record in enriched:
        record_ids[record.json()["id"]].add(record.json()["record_id"])
    assert all(len(v) == 1 for v in record_ids.values())
    assert worker.process.poll() is None, "the worker did not survive the outage"
    assert worker.stop() == 0
    print(f"\noutage: broker down {outage:.1f} s; all 400 enriched {recovered_in:.1f} s after it was back")
