"""The agent wiring, with Faust's test context standing in for the broker (the only place Kafka is simulated):
each raw message is handled once, its outputs are produced with the right keys and headers, and a bad message
becomes a dead letter without stopping the agent."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import faust
import orjson
import pytest

from workers.deadletters import Origin
from workers.pipeline import Enriched, Failed, Pipeline
from workers.settings import Settings, load_settings
from workers.stream.agent import register_agent
from workers.stream.app import make_app
from workers.stream.enricher import StreamEnricher
from workers.stream.faust_io import FaustPublisher

Sent = tuple[str, bytes | None, bytes, dict[str, bytes]]


class InlineExtractor:
    """The real pipeline, run on the event loop: the pool's contract without its processes."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.calls = 0

    async def process(self, data: bytes, origin: Origin) -> Enriched | Failed:
        self.calls += 1
        return self.pipeline.process(data, origin)


class ExplodingExtractor:
    """Raises on one message: stands for a bug anywhere between consuming and producing."""

    async def process(self, data: bytes, origin: Origin) -> Enriched | Failed:
        if data == b"boom":
            raise ZeroDivisionError("bug")
        return Pipeline(languages=()).process(data, origin)


class RecordingBatch:
    """A record batch that keeps its records (aiokafka's BatchBuilder contract: a false append means full)."""

    def __init__(self) -> None:
        self.records: list[tuple[bytes | None, bytes, dict[str, bytes]]] = []

    def append(self, *, timestamp: Any, key: bytes | None, value: bytes, headers: Any) -> bool:
        self.records.append((key, value, dict(headers or [])))
        return True


class RecordingProducer:
    """Stands in for the Kafka client's producer: keeps what is sent and acknowledges it at once."""

    def __init__(self) -> None:
        self.records: list[Sent] = []

    def _ensure_producer(self) -> RecordingProducer:
        return self

    def create_batch(self) -> RecordingBatch:
        return RecordingBatch()

    async def partitions_for(self, topic: str) -> set[int]:
        return {0, 1, 2}

    async def send_batch(self, batch: RecordingBatch, topic: str, *, partition: int) -> asyncio.Future[None]:
        self.records.extend((topic, key, value, headers) for key, value, headers in batch.records)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[Sent]:
    """Records what the publisher sends instead of starting a producer."""
    producer = RecordingProducer()

    async def start_producer(self: faust.App) -> RecordingProducer:
        return producer

    monkeypatch.setattr(faust.App, "maybe_start_producer", start_producer)
    return producer.records


@pytest.fixture
def settings() -> Settings:
    return load_settings({"KHABAR_TOPIC_RAW": "test.raw", "KHABAR_CONSUMER_GROUP": "test-agent"})


def build(settings: Settings, tmp_path: Path, extractor: Any) -> Any:
    app = make_app(settings, tmp_path)
    enricher = StreamEnricher(
        extractor=extractor,
        publisher=FaustPublisher(app),
        topics=settings.topics,
        source="urn:khabar:worker:test-agent",
        max_request_bytes=1_048_576,
    )
    return register_agent(app, settings.topics.raw, enricher, concurrency=1)


async def until(condition: Any, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.01)


ARTICLE = orjson.dumps({"id": "de-1", "lang": "de", "text": "Der Minister sprach am Montag in Berlin."})


def test_an_article_is_enriched_once_and_produced_keyed_by_its_id(
    settings: Settings, tmp_path: Path, sent: list[Sent]
) -> None:
    extractor = InlineExtractor(Pipeline(languages=()))
    agent = build(settings, tmp_path, extractor)

    async def body() -> None:
        async with agent.test_context() as ctx:
            await ctx.put(value=ARTICLE, key=b"de-1")
            await until(lambda: sent)

    asyncio.run(body())
    assert extractor.calls == 1
    [(topic, key, value, headers)] = sent
    record = orjson.loads(value)
    assert (topic, key, record["id"], record["outcome"]) == ("articles.enriched", b"de-1", "de-1", "lang_unsupported")
    assert headers["ce_id"] == record["record_id"].encode()
    assert headers["ce_type"] == b"dev.khabar.article.enriched.v1"


def test_a_malformed_message_goes_to_the_dead_letter_topic_and_the_next_one_is_still_handled(
    settings: Settings, tmp_path: Path, sent: list[Sent]
) -> None:
    agent = build(settings, tmp_path, InlineExtractor(Pipeline(languages=())))

    async def body() -> None:
        async with agent.test_context() as ctx:
            await ctx.put(value=b'{"id": "x", "text": 7}', key=b"x", headers=[("traceparent", b"t-1")])
            await ctx.put(value=ARTICLE, key=b"de-1")
            await until(lambda: len(sent) == 2)

    asyncio.run(body())
    (dlq_topic, dlq_key, dlq_value, dlq_headers), (next_topic, *_) = sent
    assert (dlq_topic, dlq_key, dlq_value) == ("articles.dlq", b"x", b'{"id": "x", "text": 7}')
    assert dlq_headers["traceparent"] == b"t-1"
    assert dlq_headers["__connect.errors.stage"] == b"validate"
    assert dlq_headers["__connect.errors.topic"] == b"test.raw"
    assert next_topic == "articles.enriched"


def test_an_unexpected_exception_dead_letters_the_message_and_the_agent_goes_on(
    settings: Settings, tmp_path: Path, sent: list[Sent]
) -> None:
    agent = build(settings, tmp_path, ExplodingExtractor())

    async def body() -> None:
        async with agent.test_context() as ctx:
            await ctx.put(value=b"boom", key=b"b")
            await ctx.put(value=ARTICLE, key=b"de-1")
            await until(lambda: len(sent) == 2)

    asyncio.run(body())
    (dlq_topic, _, dlq_value, dlq_headers), (next_topic, *_) = sent
    assert (dlq_topic, dlq_value) == ("articles.dlq", b"boom")
    assert dlq_headers["__connect.errors.class.name"] == b"ZeroDivisionError"
    assert next_topic == "articles.enriched"
