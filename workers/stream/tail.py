"""Reading a topic with kafka-python (the ``khabar tail`` tool): the last N messages, or from the beginning.

The reader joins no consumer group and commits nothing, so looking at a topic never moves anyone's offsets.
"""

from __future__ import annotations

import base64
import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson
from kafka import KafkaConsumer, TopicPartition

from workers.settings import Settings
from workers.stream.clients import kafka_python_config

POLL_MS = 200


class TopicNotFound(LookupError):
    """The topic does not exist (or this client may not see it)."""


@dataclass(frozen=True)
class TailedMessage:
    """One message as read."""

    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...]


def _message(record: Any) -> TailedMessage:
    return TailedMessage(
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        timestamp_ms=record.timestamp,
        key=record.key,
        value=record.value,
        headers=tuple((k, v if v is not None else b"") for k, v in (record.headers or [])),
    )


def read(
    settings: Settings,
    topic: str,
    *,
    count: int = 10,
    from_beginning: bool = False,
    follow: bool = False,
    timeout: float | None = None,
) -> Iterator[TailedMessage]:
    """Messages of ``topic``.

    From the beginning: the first ``count`` (0 = all); from the end: the last ``count`` at the time of the call.
    Without ``follow`` reading stops at the end of the topic as it was when reading started; with it, new
    messages keep coming until ``count`` have been read from the beginning, or ``timeout`` seconds pass with none.
    """
    consumer = KafkaConsumer(
        **kafka_python_config(settings), group_id=None, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    try:
        partitions = _partitions(consumer, topic, timeout or 10.0)
        consumer.assign(partitions)
        begin = consumer.beginning_offsets(partitions)
        end = consumer.end_offsets(partitions)
        if from_beginning:
            for tp in partitions:
                consumer.seek(tp, begin[tp])
            yield from _stream(consumer, end, count, follow, timeout)
            return
        for tp in partitions:
            consumer.seek(tp, max(begin[tp], end[tp] - count) if count else end[tp])
        backlog = sorted(_stream(consumer, end, 0, False, timeout), key=lambda m: (m.timestamp_ms, m.partition))
        yield from backlog[-count:] if count else backlog
        if follow:
            yield from _stream(consumer, end, 0, True, timeout)
    finally:
        consumer.close()


def _partitions(consumer: KafkaConsumer, topic: str, wait: float) -> list[TopicPartition]:
    deadline = time.monotonic() + wait
    while True:
        numbers = consumer.partitions_for_topic(topic)
        if numbers:
            return [TopicPartition(topic, p) for p in sorted(numbers)]
        if time.monotonic() >= deadline:
            raise TopicNotFound(f"topic {topic!r} not found")
        time.sleep(0.2)


def _stream(
    consumer: KafkaConsumer, end: dict[TopicPartition, int], count: int, follow: bool, timeout: float | None
) -> Iterator[TailedMessage]:
    remaining = {tp for tp, offset in end.items() if consumer.position(tp) < offset}
    seen = 0
    last_message = time.monotonic()
    while follow or remaining:
        batch = consumer.poll(timeout_ms=POLL_MS)
        if not batch:
            if timeout is not None and time.monotonic() - last_message > timeout:
                return
            continue
        last_message = time.monotonic()
        for tp, records in batch.items():
            for record in records:
                if not follow and record.offset >= end[tp]:
                    continue
                yield _message(record)
                seen += 1
                if count and seen >= count:
                    return
            if consumer.position(tp) >= end.get(tp, 0):
                remaining.discard(tp)


def format_pretty(message: TailedMessage, show_headers: bool = True) -> str:
    """A header line (where, when, key), the headers, then the value: indented JSON when it is JSON."""
    when = dt.datetime.fromtimestamp(message.timestamp_ms / 1000, dt.timezone.utc).isoformat(timespec="milliseconds")
    key = _text(message.key) if message.key is not None else "-"
    lines = [f"--- {message.topic}[{message.partition}]@{message.offset}  {when}  key={key}"]
    if show_headers:
        lines.extend(f"    {name}: {_text(value)}" for name, value in message.headers)
    lines.append(_pretty_value(message.value))
    return "\n".join(lines)


def format_json(message: TailedMessage) -> bytes:
    """One JSON object: where the message is, its key and headers as text, and its value (parsed when JSON)."""
    envelope = {
        "topic": message.topic,
        "partition": message.partition,
        "offset": message.offset,
        "timestamp_ms": message.timestamp_ms,
        "key": _text(message.key) if message.key is not None else None,
        "headers": [[name, _text(value)] for name, value in message.headers],
        "value": _json_or_text(message.value),
    }
    return orjson.dumps(envelope)


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return "base64:" + base64.b64encode(data).decode("ascii")


def _json_or_text(value: bytes | None) -> Any:
    if value is None:
        return None
    try:
        return orjson.loads(value)
    except orjson.JSONDecodeError:
        return _text(value)


def _pretty_value(value: bytes | None) -> str:
    if value is None:
        return "(no value)"
    try:
        return orjson.dumps(orjson.loads(value), option=orjson.OPT_INDENT_2).decode("utf-8")
    except orjson.JSONDecodeError:
        return _text(value)
