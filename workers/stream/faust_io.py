"""The two points where the stream code meets Faust: reading a consumed message, and producing records.

Producing waits for the broker's acknowledgement of every record before returning: Faust commits an input offset
once the agent has moved past its message, so the agent must not move on before its outputs are safely written.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from typing import Any

import faust
from aiokafka.errors import KafkaConnectionError, KafkaError, KafkaTimeoutError
from faust.types import Message

from workers.stream.outputs import Incoming, OutMessage

log = logging.getLogger(__name__)

RETRY_BACKOFF_SECONDS = (0.5, 1.0, 2.0, 5.0)


class PublishRejected(RuntimeError):
    """The broker refused records for a reason that retrying cannot fix (too large, not authorised...)."""

    def __init__(self, cause: KafkaError) -> None:
        self.cause = cause
        super().__init__(f"{type(cause).__name__}: {cause}")


def incoming(message: Message) -> Incoming:
    """What the stream code needs of a Faust message: origin, key, value and headers, all as bytes."""
    value = message.value if isinstance(message.value, bytes) else b""
    key = message.key if isinstance(message.key, bytes) else None
    return Incoming(
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        key=key,
        value=value,
        headers=_headers(message.headers),
        timestamp=message.timestamp,
    )


def _headers(headers: Any) -> tuple[tuple[str, bytes], ...]:
    if not headers:
        return ()
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return tuple(
        (str(k), v if isinstance(v, bytes) else b"" if v is None else str(v).encode("utf-8")) for k, v in pairs
    )


def _retryable(exc: KafkaError) -> bool:
    # A timed-out batch (the broker unreachable for longer than the request timeout) is worth sending again.
    return bool(getattr(exc, "retriable", False)) or isinstance(exc, KafkaTimeoutError | KafkaConnectionError)


class FaustPublisher:
    """Produces :class:`OutMessage` records through the Faust app's producer."""

    def __init__(self, app: faust.App) -> None:
        self.app = app
        self._topics: dict[str, faust.TopicT] = {}
        self.retries = 0

    def _topic(self, name: str) -> faust.TopicT:
        if name not in self._topics:
            self._topics[name] = self.app.topic(name, key_serializer="raw", value_serializer="raw")
        return self._topics[name]

    async def publish(self, messages: Sequence[OutMessage]) -> None:
        """Produce ``messages`` and wait until the broker acknowledges all of them.

        Transient failures (broker down, leader moving) are retried until they succeed, however long that takes:
        the input offset stays uncommitted meanwhile, which is what at-least-once requires. A permanent refusal
        raises :class:`PublishRejected`. A retry may duplicate records already written; they carry the same
        ``record_id``, so consumers deduplicate.
        """
        attempt = 0
        while True:
            try:
                pending = [
                    await self._topic(m.topic).send(key=m.key, value=m.value, headers=list(m.headers)) for m in messages
                ]
                await asyncio.gather(*pending)
                return
            except KafkaError as exc:
                if not _retryable(exc):
                    raise PublishRejected(exc) from exc
                delay = RETRY_BACKOFF_SECONDS[min(attempt, len(RETRY_BACKOFF_SECONDS) - 1)]
                attempt += 1
                self.retries += 1
                log.warning(
                    "produce failed, retrying",
                    extra={
                        "event": "produce.retry",
                        "error": type(exc).__name__,
                        "attempt": attempt,
                        "retry_in": delay,
                    },
                )
                await asyncio.sleep(delay)
