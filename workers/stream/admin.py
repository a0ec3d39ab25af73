"""Creating Khabar's topics with kafka-python's admin client (command-line tools and worker start-up only).

Creation is idempotent: existing topics are reported, never altered (changing partition counts re-keys articles
and is an operator's decision, not a side effect of starting a worker).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from kafka import KafkaAdminClient
from kafka.errors import KafkaConnectionError, KafkaError
from kafka.errors import KafkaTimeoutError as KafkaPythonTimeout

from workers.settings import Settings, Topics
from workers.stream.clients import kafka_python_config, max_request_bytes

TOPIC_ALREADY_EXISTS = 36


@dataclass(frozen=True)
class TopicStatus:
    """What happened to one topic: ``created``, ``exists``, or ``error``; with its partition count when known."""

    name: str
    status: str
    partitions: int | None = None
    detail: str = ""


class BrokerUnavailable(RuntimeError):
    """No broker answered within the time allowed."""


def all_topics(topics: Topics) -> list[str]:
    """Every topic the workers read or write, raw first."""
    return [getattr(topics, name) for name in topics.__dataclass_fields__]


def admin_client(settings: Settings, wait_seconds: float = 30.0) -> KafkaAdminClient:
    """An admin client for the configured cluster; raise :class:`BrokerUnavailable` after ``wait_seconds``."""
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            return KafkaAdminClient(
                **kafka_python_config(settings), bootstrap_timeout_ms=int(max(1.0, min(10.0, wait_seconds)) * 1000)
            )
        except (KafkaConnectionError, KafkaPythonTimeout) as exc:
            if time.monotonic() >= deadline:
                raise BrokerUnavailable(f"no Kafka broker reachable at {settings.bootstrap} ({exc})") from None
            time.sleep(1.0)


def create_topics(
    settings: Settings,
    names: list[str] | None = None,
    partitions: int | None = None,
    replication: int | None = None,
    wait_seconds: float = 30.0,
) -> list[TopicStatus]:
    """Create whichever of ``names`` (default: all of Khabar's topics) do not exist yet; report each one."""
    names = names or all_topics(settings.topics)
    partitions = partitions or settings.topic_partitions
    replication = replication or settings.topic_replication
    admin = admin_client(settings, wait_seconds)
    try:
        existing = _partition_counts(admin, names)
        missing = [name for name in names if name not in existing]
        created: dict[str, TopicStatus] = {}
        if missing:
            # Dead letters carry the original message, so every topic must accept what the raw topic accepts.
            configs = {"max.message.bytes": str(max_request_bytes(settings))}
            spec = {
                name: {"num_partitions": partitions, "replication_factor": replication, "configs": configs}
                for name in missing
            }
            response = admin.create_topics(spec, raise_errors=False)
            for topic in response.get("topics", []):
                code = topic.get("error_code", 0)
                name = topic["name"]
                if code == 0:
                    created[name] = TopicStatus(name, "created", partitions)
                elif code == TOPIC_ALREADY_EXISTS:  # created by someone else meanwhile
                    created[name] = TopicStatus(name, "exists")
                else:
                    detail = topic.get("error_message") or f"error code {code}"
                    created[name] = TopicStatus(name, "error", detail=detail)
            ok = [n for n, s in created.items() if s.status == "created"]
            if ok:
                admin.wait_for_topics(ok, timeout_ms=int(wait_seconds * 1000))
        results = []
        for name in names:
            if name in existing:
                results.append(TopicStatus(name, "exists", existing[name]))
            else:
                results.append(created.get(name, TopicStatus(name, "error", detail="no answer from the broker")))
        return results
    finally:
        admin.close()


def _partition_counts(admin: KafkaAdminClient, names: list[str]) -> dict[str, int]:
    present = set(admin.list_topics()) & set(names)
    if not present:
        return {}
    counts: dict[str, int] = {}
    for topic in admin.describe_topics(sorted(present)):
        counts[topic["name"]] = len(topic.get("partitions") or [])
    return counts


def ensure_topics(settings: Settings, wait_seconds: float = 60.0) -> list[TopicStatus]:
    """Worker start-up: create missing topics, tolerating a cluster that forbids it (an operator creates them)."""
    try:
        return create_topics(settings, wait_seconds=wait_seconds)
    except KafkaError as exc:
        return [
            TopicStatus(name, "error", detail=f"{type(exc).__name__}: {exc}") for name in all_topics(settings.topics)
        ]
