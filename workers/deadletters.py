"""Dead-letter records and Kafka headers for messages Khabar could not enrich.

The header names follow Kafka Connect's dead-letter convention (``__connect.errors.*``), so tools built for Connect
DLQs read ours; the record body carries the same facts for consumers that only read values.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

MAX_ERROR_MESSAGE = 500


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a message came from: a topic partition offset, or a file line."""

    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    file: str | None = None
    line: int | None = None


def dead_letter(
    original: bytes, stage: str, error: BaseException, origin: Origin, article_id: str | None = None
) -> dict[str, Any]:
    """Build the dead-letter record for ``original`` that failed in ``stage`` with ``error``."""
    record: dict[str, Any] = {}
    try:
        record["original"] = original.decode("utf-8")
    except UnicodeDecodeError:
        record["original_base64"] = base64.b64encode(original).decode("ascii")
    record.update(
        {
            "id": article_id,
            "stage": stage,
            "error_class": type(error).__name__,
            "error_message": str(error)[:MAX_ERROR_MESSAGE],
            "source": {k: v for k, v in vars_of(origin).items() if v is not None},
            "failed_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        }
    )
    return record


def vars_of(origin: Origin) -> dict[str, Any]:
    """The origin's fields as a dict."""
    return {
        "topic": origin.topic,
        "partition": origin.partition,
        "offset": origin.offset,
        "file": origin.file,
        "line": origin.line,
    }


def connect_headers(record: Mapping[str, Any]) -> list[tuple[str, bytes]]:
    """Kafka headers naming the failure the way Kafka Connect's dead-letter queue does."""
    source = record.get("source") or {}
    pairs = [
        ("__connect.errors.topic", source.get("topic")),
        ("__connect.errors.partition", source.get("partition")),
        ("__connect.errors.offset", source.get("offset")),
        ("__connect.errors.stage", record["stage"]),
        ("__connect.errors.class.name", record["error_class"]),
        ("__connect.errors.exception.message", record["error_message"]),
        ("__connect.errors.connector.name", "khabar"),
        ("khabar.errors.failed_at", record["failed_at"]),
    ]
    return [(k, str(v).encode("utf-8")) for k, v in pairs if v is not None]
