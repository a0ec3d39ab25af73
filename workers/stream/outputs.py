"""The Kafka records one raw message turns into: the enriched article and its items, or one dead letter.

Everything here is plain data in, plain data out: no client, no event loop, so the mapping is tested directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workers.deadletters import connect_headers
from workers.pipeline import Enriched, Failed
from workers.records import encode, schema_id
from workers.settings import Topics
from workers.stream.cloudevents import binary_headers

# Record kind -> (CloudEvents type, schema name). The type names the record's contract and its version.
KINDS = {
    "enriched": ("dev.khabar.article.enriched.v1", "enriched-article"),
    "entities": ("dev.khabar.article.entity.v1", "entity-record"),
    "quotes": ("dev.khabar.article.quote.v1", "quote-record"),
    "events": ("dev.khabar.article.event.v1", "event-record"),
}
# Headers a message may carry from an earlier trip through a dead-letter queue; ours replace them.
ERROR_HEADER_PREFIXES = ("__connect.errors.", "khabar.errors.")
# Room left for headers and record framing under the producer's request limit.
HEADER_ALLOWANCE = 16_384


@dataclass(frozen=True, slots=True)
class Incoming:
    """A raw message as consumed: where it came from and exactly what it carried."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes
    headers: tuple[tuple[str, bytes], ...] = ()
    timestamp: float | None = None


@dataclass(frozen=True, slots=True)
class OutMessage:
    """One record to produce."""

    topic: str
    key: bytes | None
    value: bytes
    headers: tuple[tuple[str, bytes], ...]


class RecordTooLarge(ValueError):
    """An output record is larger than the producer may send."""


def enriched_messages(result: Enriched, topics: Topics, source: str, max_bytes: int) -> list[OutMessage]:
    """The enriched record and one record per entity, quote and event, keyed by article id, with CloudEvents headers.

    Raises :class:`RecordTooLarge` when any of them would exceed ``max_bytes``: the article then goes to the
    dead-letter queue instead of half its records going out.
    """
    record = result.record
    key = str(record["id"]).encode("utf-8")
    time = str(record["processed_at"])
    messages = [
        _event(topics.enriched, "enriched", record["record_id"], encode(record), key=key, source=source, time=time)
    ]
    for kind, topic in (("entities", topics.entities), ("quotes", topics.quotes), ("events", topics.events)):
        for item in result.items.get(kind, []):
            messages.append(_event(topic, kind, item["record_id"], encode(item), key=key, source=source, time=time))
    limit = max_bytes - HEADER_ALLOWANCE
    for message in messages:
        if len(message.value) > limit:
            raise RecordTooLarge(f"a {message.topic} record is {len(message.value)} bytes, over the limit of {limit}")
    return messages


def _event(topic: str, kind: str, record_id: str, value: bytes, *, key: bytes, source: str, time: str) -> OutMessage:
    event_type, schema = KINDS[kind]
    headers = binary_headers(
        event_id=record_id,
        source=source,
        event_type=event_type,
        time=time,
        subject=key.decode("utf-8"),
        dataschema=schema_id(schema),
    )
    return OutMessage(topic=topic, key=key, value=value, headers=tuple(headers))


def dead_letter_message(failed: Failed, incoming: Incoming, topic: str, max_bytes: int) -> OutMessage:
    """The original message, byte for byte and with its own headers, plus headers naming why it failed.

    If the original is too large to produce at all, the value is left empty and a header says how large it was:
    losing the body is better than blocking the partition on a record the broker will never accept.
    """
    kept = [(k, v) for k, v in incoming.headers if not k.startswith(ERROR_HEADER_PREFIXES)]
    headers = kept + connect_headers(failed.record)
    value = incoming.value
    if len(value) > max_bytes - HEADER_ALLOWANCE:
        headers.append(("khabar.errors.original_dropped_bytes", str(len(value)).encode("ascii")))
        value = b""
    return OutMessage(topic=topic, key=incoming.key, value=value, headers=tuple(headers))


def counts_by_topic(messages: Sequence[OutMessage]) -> dict[str, int]:
    """How many messages go to each topic (for the produced-messages counter)."""
    counts: dict[str, int] = {}
    for message in messages:
        counts[message.topic] = counts.get(message.topic, 0) + 1
    return counts
