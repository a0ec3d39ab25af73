"""One raw message in, its records out: extraction in the pool, outputs or a dead letter produced, metrics counted.

:meth:`StreamEnricher.handle` never raises for anything a message can do: the agent that calls it must not crash,
because Faust acks the message of a crashed agent, and that message would be lost.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from workers import metrics
from workers.deadletters import Origin, dead_letter
from workers.pipeline import Enriched, Failed
from workers.settings import Topics
from workers.stream.faust_io import PublishRejected
from workers.stream.outputs import (
    Incoming,
    OutMessage,
    RecordTooLarge,
    counts_by_topic,
    dead_letter_message,
    enriched_messages,
)

log = logging.getLogger(__name__)

DLQ_RETRY_SECONDS = 5.0


class Extractor(Protocol):
    """Where extraction happens (the process pool)."""

    async def process(self, data: bytes, origin: Origin) -> Enriched | Failed:
        """Enrich one message or describe why it failed."""
        ...


class Publisher(Protocol):
    """Where records go (the Faust producer)."""

    async def publish(self, messages: Sequence[OutMessage]) -> None:
        """Produce and wait for acknowledgement; raise PublishRejected on a permanent refusal."""
        ...


@dataclass
class StreamEnricher:
    """Handles raw messages: extract, produce the outputs (or a dead letter), count."""

    extractor: Extractor
    publisher: Publisher
    topics: Topics
    source: str
    max_request_bytes: int
    clock: Callable[[], float] = time.time
    # (topic, partition) -> the next offset to handle there, for the consumer-lag gauge.
    positions: dict[tuple[str, int], int] = field(default_factory=dict)
    handled: int = 0
    dead_letters: int = 0

    async def handle(self, message: Incoming) -> None:
        """Process one raw message to completion: its records are acknowledged by the broker when this returns."""
        metrics.observe_consumed(message.topic)
        origin = Origin(topic=message.topic, partition=message.partition, offset=message.offset)
        started = time.perf_counter()
        with metrics.in_flight():
            try:
                result = await self.extractor.process(message.value, origin)
                extracted = time.perf_counter()
                if isinstance(result, Enriched):
                    result = await self._publish_enriched(result, message, origin)
            except Exception as exc:  # a bug of ours must cost one dead letter, not the message
                log.exception("unexpected error", extra={"event": "message.error", **_where(message)})
                result = Failed(dead_letter(message.value, "record", exc, origin), "record", type(exc).__name__)
                extracted = time.perf_counter()
            if isinstance(result, Failed):
                await self._publish_dead_letter(result, message)
        self.positions[(message.topic, message.partition)] = message.offset + 1
        self.handled += 1
        log.debug(
            "message handled",
            extra={
                "event": "message.handled",
                **_where(message),
                "article_id": result.record.get("id"),
                "outcome": result.record.get("outcome") if isinstance(result, Enriched) else f"dead:{result.stage}",
                "ms": round((time.perf_counter() - started) * 1000, 1),
                "extract_ms": round((extracted - started) * 1000, 1),
            },
        )

    async def _publish_enriched(self, result: Enriched, message: Incoming, origin: Origin) -> Enriched | Failed:
        try:
            outputs = enriched_messages(result, self.topics, self.source, self.max_request_bytes)
            await self.publisher.publish(outputs)
        except RecordTooLarge as exc:
            return self._failed(message, origin, "output", exc, result)
        except PublishRejected as exc:
            return self._failed(message, origin, "produce", exc.cause, result)
        metrics.observe_enriched(result)
        for topic, n in counts_by_topic(outputs).items():
            metrics.observe_produced(topic, n)
        if message.timestamp is not None:
            metrics.observe_end_to_end(self.clock() - message.timestamp)
        return result

    @staticmethod
    def _failed(message: Incoming, origin: Origin, stage: str, error: BaseException, result: Enriched) -> Failed:
        record = dead_letter(message.value, stage, error, origin, result.record.get("id"))
        return Failed(record, stage, type(error).__name__)

    async def _publish_dead_letter(self, failed: Failed, message: Incoming) -> None:
        dlq = dead_letter_message(failed, message, self.topics.dlq, self.max_request_bytes)
        while True:
            try:
                await self.publisher.publish([dlq])
                break
            except PublishRejected as exc:
                # Nowhere left to put the message: keep the partition here (lag grows, alerts fire) rather than
                # commit past a message that was neither enriched nor dead-lettered.
                log.error(
                    "dead-letter topic refused a record",
                    extra={
                        "event": "dlq.rejected",
                        "error": str(exc),
                        "retry_in": DLQ_RETRY_SECONDS,
                        "topic": dlq.topic,
                    },
                )
                await asyncio.sleep(DLQ_RETRY_SECONDS)
        self.dead_letters += 1
        metrics.observe_failed(failed)
        metrics.observe_produced(dlq.topic)
        log.info(
            "dead letter",
            extra={
                "event": "message.dead_letter",
                **_where(message),
                "stage": failed.stage,
                "error_class": failed.error_class,
            },
        )


def _where(message: Incoming) -> dict[str, Any]:
    return {"topic": message.topic, "partition": message.partition, "offset": message.offset}
