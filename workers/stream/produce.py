"""Producing raw articles from JSON Lines with kafka-python (the ``khabar produce`` tool).

Each non-blank line is sent byte for byte: the tool does not judge articles, the worker does (a malformed line
becomes a dead letter there, which is how the dead-letter path is exercised end to end). The key is the article's
``id`` when the line is a JSON object that has one, so every version of an article lands on the same partition.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson
from kafka import KafkaProducer
from kafka.errors import KafkaError

from workers.settings import Settings
from workers.stream.clients import kafka_python_config, max_request_bytes


@dataclass
class ProduceReport:
    """What a produce run did."""

    sent: int = 0
    failed: int = 0
    unkeyed: int = 0
    bytes: int = 0
    seconds: float = 0.0
    errors: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """Messages acknowledged per second."""
        return self.sent / self.seconds if self.seconds > 0 else 0.0

    def render(self, topic: str) -> str:
        """One line for people."""
        mb = self.bytes / 1_000_000
        line = (
            f"khabar produce: {self.sent} messages ({mb:.2f} MB) to {topic} in {self.seconds:.2f} s "
            f"({self.rate:.0f} msg/s, {mb / self.seconds if self.seconds > 0 else 0:.2f} MB/s)"
        )
        if self.unkeyed:
            line += f"; {self.unkeyed} without an article id (sent unkeyed)"
        if self.failed:
            reasons = ", ".join(f"{k} {v}" for k, v in sorted(self.errors.items()))
            line += f"; {self.failed} FAILED ({reasons})"
        return line


def article_key(line: bytes) -> bytes | None:
    """The article id of a raw-article line, as the message key; None when the line has none."""
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    article_id = value.get("id") if isinstance(value, dict) else None
    return article_id.encode("utf-8") if isinstance(article_id, str) and article_id else None


def make_producer(settings: Settings) -> KafkaProducer:
    """A kafka-python producer for the tools: every record acknowledged by all in-sync replicas."""
    return KafkaProducer(
        **kafka_python_config(settings),
        acks="all",
        linger_ms=20,
        max_request_size=max_request_bytes(settings),
        retries=5,
    )


def produce_lines(
    producer: KafkaProducer,
    topic: str,
    lines: Iterable[bytes],
    on_progress: Callable[[int], None] | None = None,
) -> ProduceReport:
    """Send each line to ``topic`` keyed by article id; wait for every acknowledgement; report."""
    report = ProduceReport()
    started = time.perf_counter()
    # Delivery callbacks run on the producer's I/O thread.
    lock = threading.Lock()

    def delivered(size: int) -> Callable[[Any], None]:
        def callback(_metadata: Any) -> None:
            with lock:
                report.sent += 1
                report.bytes += size
            if on_progress is not None:
                on_progress(1)

        return callback

    def failed(exc: BaseException) -> None:
        name = type(exc).__name__
        with lock:
            report.failed += 1
            report.errors[name] = report.errors.get(name, 0) + 1

    for line in lines:
        key = article_key(line)
        if key is None:
            report.unkeyed += 1
        try:
            future = producer.send(topic, key=key, value=line)
        except KafkaError as exc:  # refused before sending, e.g. larger than the request limit
            failed(exc)
            continue
        future.add_callback(delivered(len(line)))
        future.add_errback(failed)
    producer.flush()
    report.seconds = time.perf_counter() - started
    return report


def read_lines(paths: Iterable[str], stdin: Any) -> Iterable[bytes]:
    """Non-blank lines (without their line ends) of each file; ``-`` is ``stdin`` (a binary stream)."""
    for path in paths:
        if path == "-":
            stream = stdin
            yield from (line.rstrip(b"\r\n") for line in stream if line.strip())
            continue
        with open(path, "rb") as stream:
            yield from (line.rstrip(b"\r\n") for line in stream if line.strip())
