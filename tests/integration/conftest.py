"""Integration fixtures: one real Kafka broker for the session (deploy/kafka/broker.sh), ``khabar`` workers as child
processes, per-test topic names, and small kafka-python helpers to read what the workers wrote."""

from __future__ import annotations

import contextlib
import itertools
import os
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pytest
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from workers.settings import Settings, load_settings
from workers.stream.local import LocalWorker, khabar_command, start_worker

ROOT = Path(__file__).resolve().parents[2]
BROKER_SH = ROOT / "deploy" / "kafka" / "broker.sh"
# Away from the ports the broker-script and Prometheus tests probe from (19092, 19492), so all can coexist.
FIRST_PORT = 19192
_sequence = itertools.count(1)


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class Broker:
    """The session's broker: its address, and the broker.sh commands the outage test needs."""

    port: int
    env: dict[str, str]

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def run(self, command: str, timeout: float = 300) -> None:
        done = subprocess.run(
            [str(BROKER_SH), command], env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        assert done.returncode == 0, f"broker.sh {command} failed:\n{done.stdout}\n{done.stderr}"


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    """A fresh single-node Kafka for the whole session, stopped at the end."""
    port = next(p for p in range(FIRST_PORT, FIRST_PORT + 200, 2) if not _port_open(p) and not _port_open(p + 1))
    env = {
        **os.environ,
        "KHABAR_BROKER_PORT": str(port),
        "KHABAR_BROKER_DIR": str(tmp_path_factory.mktemp("kafka-session")),
    }
    broker = Broker(port, env)
    broker.run("start")
    try:
        yield broker
    finally:
        subprocess.run([str(BROKER_SH), "stop"], env=env, capture_output=True, timeout=120, check=False)


@dataclass
class Stream:
    """One test's slice of the broker: its own topics and consumer group, and the workers it started."""

    broker: Broker
    name: str
    workdir: Path
    partitions: int = 3
    extra_env: dict[str, str] = field(default_factory=dict)
    workers: list[LocalWorker] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        """KHABAR_* variables for a worker or a tool in this slice."""
        env = {
            "KHABAR_KAFKA_BOOTSTRAP": self.broker.bootstrap,
            "KHABAR_CONSUMER_GROUP": f"{self.name}-group",
            "KHABAR_TOPIC_PARTITIONS": str(self.partitions),
            "KHABAR_SESSION_TIMEOUT_SECONDS": "6",
            "KHABAR_COMMIT_INTERVAL_SECONDS": "0.5",
            "KHABAR_STATS_INTERVAL_SECONDS": "2",
            "KHABAR_METRICS_PORT": "0",
            "KHABAR_LOG_LEVEL": "INFO",
        }
        for kind in ("raw", "enriched", "entities", "quotes", "events", "dlq"):
            env[f"KHABAR_TOPIC_{kind.upper()}"] = f"{self.name}.{kind}"
        return {**env, **self.extra_env}

    @property
    def settings(self) -> Settings:
        return load_settings(self.env)

    def khabar(
        self, *args: str, timeout: float = 300, stdin: bytes | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        """Run a ``khabar`` command with this slice's settings."""
        return subprocess.run(
            [*khabar_command(), *args],
            env={**os.environ, **self.env},
            input=stdin,
            capture_output=True,
            timeout=timeout,
            check=False,
            cwd=self.workdir,
        )

    def start_worker(self, **env: str) -> LocalWorker:
        worker = start_worker({**self.env, **env}, self.workdir / f"worker-{len(self.workers) + 1}.log")
        self.workers.append(worker)
        return worker

    def topic(self, kind: str) -> str:
        return f"{self.name}.{kind}"


@pytest.fixture
def stream(kafka_broker: Broker, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Stream]:
    """Topics and a consumer group used by this test only; every worker it starts is stopped afterwards."""
    short = request.node.name.removeprefix("test_")[:24].replace("[", "-").replace("]", "")
    slice_ = Stream(broker=kafka_broker, name=f"it{next(_sequence)}-{short}", workdir=tmp_path)
    yield slice_
    for worker in slice_.workers:
        if worker.process.poll() is None:
            worker.kill()


# --- reading what the workers wrote ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes
    headers: dict[str, bytes]

    def json(self) -> Any:
        return orjson.loads(self.value)


@contextlib.contextmanager
def _whole_topic(bootstrap: str, topic: str, deadline: float) -> Iterator[Callable[[], list[Record]]]:
    """A consumer on every partition of ``topic`` from the beginning; yields a function returning the next poll."""
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    try:
        while not consumer.partitions_for_topic(topic):
            assert time.monotonic() < deadline, f"topic {topic} never appeared"
            time.sleep(0.2)
        consumer.assign([TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)])

        def poll() -> list[Record]:
            return [
                Record(r.topic, r.partition, r.offset, r.key, r.value, dict(r.headers or []))
                for batch in consumer.poll(timeout_ms=500).values()
                for r in batch
            ]

        yield poll
    finally:
        consumer.close()


def read_topic(
    bootstrap: str, topic: str, expected: int, timeout: float = 120.0, progress: Callable[[int], None] | None = None
) -> list[Record]:
    """Everything in ``topic`` from the beginning, until ``expected`` records are read or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    records: list[Record] = []
    with _whole_topic(bootstrap, topic, deadline) as poll:
        while len(records) < expected and time.monotonic() < deadline:
            records.extend(poll())
            if progress is not None:
                progress(len(records))
    return records


def count_topic(bootstrap: str, topic: str) -> int:
    """How many records ``topic`` holds (end minus beginning offsets over its partitions)."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        if not partitions:
            return 0
        end, begin = consumer.end_offsets(partitions), consumer.beginning_offsets(partitions)
        return sum(end[tp] - begin[tp] for tp in partitions)
    finally:
        consumer.close()


def committed(bootstrap: str, group: str, topic: str) -> dict[int, int]:
    """The group's committed offsets on ``topic``, by partition."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        offsets = admin.list_group_offsets(group).get(group, {})
    finally:
        admin.close()
    return {tp.partition: meta.offset for tp, meta in offsets.items() if tp.topic == topic}


def end_offsets(bootstrap: str, topic: str) -> dict[int, int]:
    """The next offset to be written in each partition of ``topic``."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        return {tp.partition: offset for tp, offset in consumer.end_offsets(partitions).items()}
    finally:
        consumer.close()


def read_ids(bootstrap: str, topic: str, ids: set[str], timeout: float = 180.0) -> list[Record]:
    """Records of ``topic`` (JSON with an ``id``) from the beginning until every id in ``ids`` has been seen."""
    deadline = time.monotonic() + timeout
    records: list[Record] = []
    missing = set(ids)
    with _whole_topic(bootstrap, topic, deadline) as poll:
        while missing and time.monotonic() < deadline:
            for record in poll():
                records.append(record)
                missing.discard(record.json()["id"])
    return records
