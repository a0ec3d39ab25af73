"""An independent Kafka client (librdkafka's kcat) talks to the worker: it produces raw articles and reads the
enriched records, CloudEvents headers included."""

from __future__ import annotations

import shutil
import subprocess

import orjson
import pytest

from tests.integration import corpus
from tests.integration.conftest import Stream

pytestmark = pytest.mark.integration

KCAT = shutil.which("kcat") or shutil.which("kafkacat")


@pytest.mark.skipif(KCAT is None, reason="kcat is not installed (deploy/system-deps.sh installs it)")
def test_kcat_produces_raw_articles_and_reads_the_enriched_records(stream: Stream) -> None:
    assert KCAT is not None
    articles = corpus.build(40, prefix="kcat", long_articles=0)[-20:]
    worker = stream.start_worker()
    worker.wait_ready()

    # kcat -K splits each line into key and value at the first tab; -H adds a header to every message.
    lines = b"".join(a["id"].encode() + b"\t" + orjson.dumps(a) + b"\n" for a in articles)
    produced = subprocess.run(
        [KCAT, "-b", stream.broker.bootstrap, "-t", stream.topic("raw"), "-P", "-K", "\t", "-H", "origin=kcat"],
        input=lines,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert produced.returncode == 0, produced.stderr.decode()

    # One JSON object per message, built by kcat's own format string: key, CloudEvents id and type, then the value.
    fmt = '{"key": "%k", "partition": %p, "headers": "%h", "value": %s}\n'
    consumed = subprocess.run(
        [
            KCAT,
            "-b",
            stream.broker.bootstrap,
            "-t",
            stream.topic("enriched"),
            "-C",
            "-o",
            "beginning",
            "-c",
            str(len(articles)),
            "-f",
            fmt,
            "-q",
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    assert consumed.returncode == 0, consumed.stderr.decode()
    messages = [orjson.loads(line) for line in consumed.stdout.splitlines() if line.strip()]
    assert sorted(m["key"] for m in messages) == sorted(a["id"] for a in articles)
    for message in messages:
        record = message["value"]
        headers = dict(pair.split("=", 1) for pair in message["headers"].split(","))
        assert record["id"] == message["key"]
        assert headers["ce_id"] == record["record_id"]
        assert headers["ce_type"] == "dev.khabar.article.enriched.v1"
        assert headers["ce_specversion"] == "1.0" and headers["content-type"] == "application/json"
    assert worker.stop() == 0
