"""Two workers share a 6-partition topic; one is SIGKILLed mid-stream. The survivor takes its partitions over and
every article is enriched at least once; a redelivered article carries the same record id as before."""

from __future__ import annotations

import collections
import os
import time
from pathlib import Path

import pytest

from tests.integration import corpus
from tests.integration.conftest import Stream, read_ids, read_topic

pytestmark = pytest.mark.integration


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # Field 4 is the parent pid; the command name (field 2) may contain spaces, so split after its ')'.
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat").read_text() if Path(f"/proc/{pid}/stat").exists() else ""
    return bool(stat) and stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_a_killed_worker_loses_no_article_and_redeliveries_keep_their_record_id(stream: Stream) -> None:
    stream.partitions = 6
    articles = corpus.build(400, prefix="fo", long_articles=0)
    source = stream.workdir / "articles.jsonl"
    corpus.write_jsonl(articles, source)
    created = stream.khabar("topics", "create")
    assert created.returncode == 0, created.stderr.decode()

    doomed = stream.start_worker()
    doomed.wait_ready()
    survivor = stream.start_worker()
    survivor.wait_ready()
    # Wait for the rebalance that splits the six partitions between the two.
    doomed.wait_for("worker.assigned", count=2, timeout=60)
    assert len(doomed.events("worker.assigned")[-1]["partitions"]) == 3

    done = stream.khabar("produce", str(source))
    assert done.returncode == 0, done.stderr.decode()
    read_topic(stream.broker.bootstrap, stream.topic("enriched"), 80, timeout=120)
    extraction_children = children_of(doomed.pid)
    killed_at = time.monotonic()
    doomed.kill()

    ids = {a["id"] for a in articles}
    enriched = read_ids(stream.broker.bootstrap, stream.topic("enriched"), ids, timeout=240)
    recovered_in = time.monotonic() - killed_at
    seen = {r.json()["id"] for r in enriched}
    assert seen == ids, f"{len(ids - seen)} articles never enriched"

    record_ids: dict[str, set[str]] = collections.defaultdict(set)
    for record in enriched:
        record_ids[record.json()["id"]].add(record.json()["record_id"])
    assert all(len(v) == 1 for v in record_ids.values()), "a redelivery changed its record id"
    copies = collections.Counter(r.json()["id"] for r in enriched)
    redelivered = sum(1 for n in copies.values() if n > 1)

    assert any(len(e["partitions"]) == 6 for e in survivor.events("worker.assigned")), "no takeover"
    # The killed worker's extraction processes notice their parent is gone and exit on their own.
    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in extraction_children) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not any(alive(pid) for pid in extraction_children), "orphaned extraction processes"
    assert survivor.stop() == 0
    print(f"\nfailover: all 400 enriched {recovered_in:.1f} s after the kill; {redelivered} redelivered")
