"""The publisher's record batches: every record once, in order, on the partition its key hashes to.

The batches are aiokafka's own builders (real record-batch bytes, read back with aiokafka's reader); only the
network end of the producer is replaced, by one that keeps each batch it is given.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import faust
import pytest
from aiokafka.partitioner import DefaultPartitioner
from aiokafka.producer.message_accumulator import BatchBuilder
from aiokafka.record.memory_records import MemoryRecords

from workers.settings import load_settings
from workers.stream.app import make_app
from workers.stream.faust_io import FaustPublisher
from workers.stream.outputs import OutMessage

PARTITIONS = {"out.a": {0, 1, 2, 3}, "out.b": {0, 1}}
Sent = tuple[str, int, list[tuple[bytes | None, bytes, list[tuple[str, bytes]]]]]


class BatchKeepingProducer:
    """The client producer's batch API over real batch builders of ``batch_size`` bytes; keeps each batch sent."""

    def __init__(self, batch_size: int) -> None:
        self.batch_size = batch_size
        self.sent: list[Sent] = []

    def _ensure_producer(self) -> BatchKeepingProducer:
        return self

    def create_batch(self) -> BatchBuilder:
        return BatchBuilder(self.batch_size, 0)

    async def partitions_for(self, topic: str) -> set[int]:
        return PARTITIONS[topic]

    async def send_batch(self, batch: BatchBuilder, topic: str, *, partition: int) -> asyncio.Future[None]:
        records = MemoryRecords(bytes(batch._build())).next_batch()
        assert records is not None
        self.sent.append((topic, partition, [(r.key, r.value, list(r.headers)) for r in records]))
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


def publish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch_size: int, messages: list[OutMessage]) -> list[Sent]:
    producer = BatchKeepingProducer(batch_size)

    async def start_producer(self: faust.App) -> BatchKeepingProducer:
        return producer

    monkeypatch.setattr(faust.App, "maybe_start_producer", start_producer)
    app = make_app(load_settings({"KHABAR_CONSUMER_GROUP": "test-publisher"}), tmp_path)
    asyncio.run(FaustPublisher(app).publish(messages))
    return producer.sent


def message(topic: str, key: bytes, n: int, size: int = 100) -> OutMessage:
    return OutMessage(topic=topic, key=key, value=b"%d:" % n + b"x" * size, headers=(("ce_id", b"%d" % n),))


def test_an_articles_records_go_as_one_batch_per_topic_on_the_partition_of_their_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = [message("out.a", b"art-7", 0), message("out.b", b"art-7", 1), message("out.a", b"art-7", 2)]

    sent = publish(tmp_path, monkeypatch, 1 << 20, messages)

    expected = {t: DefaultPartitioner()(b"art-7", sorted(p), sorted(p)) for t, p in PARTITIONS.items()}
    assert [(topic, partition, [v[:2] for _, v, _ in records]) for topic, partition, records in sent] == [
        ("out.a", expected["out.a"], [b"0:", b"2:"]),
        ("out.b", expected["out.b"], [b"1:"]),
    ]
    assert sent[0][2][0][2] == [("ce_id", b"0")]


def test_records_that_overflow_a_batch_go_in_further_batches_each_record_once_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 2 KB batches, 900-byte records: two to a batch; the 5 KB record does not fit any batch and goes alone.
    sizes = [900, 900, 900, 5000, 900]
    messages = [message("out.a", b"art-8", n, size) for n, size in enumerate(sizes)]

    sent = publish(tmp_path, monkeypatch, 2048, messages)

    batches: list[Any] = [[int(v.split(b":")[0]) for _, v, _ in records] for _, _, records in sent]
    assert batches == [[0, 1], [2], [3], [4]]
    assert len({partition for _, partition, _ in sent}) == 1
