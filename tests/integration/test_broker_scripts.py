"""The dev/test broker scripts in deploy/kafka/ run a real Kafka that clients can use."""

from __future__ import annotations

import os
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition

pytestmark = pytest.mark.integration

BROKER_SH = Path(__file__).resolve().parents[2] / "deploy" / "kafka" / "broker.sh"
# Cold first start includes the Maven fetch; later starts take ~5 s.
SCRIPT_TIMEOUT_S = 300


@dataclass(frozen=True)
class Broker:
    """A broker started by broker.sh for one test module or test."""

    port: int
    env: dict[str, str]

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def run(self, command: str) -> subprocess.CompletedProcess[str]:
        """Run `broker.sh COMMAND` against this broker and return the finished process."""
        return subprocess.run(
            [str(BROKER_SH), command],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=SCRIPT_TIMEOUT_S,
            check=False,
        )

    def must(self, command: str) -> subprocess.CompletedProcess[str]:
        """Run `broker.sh COMMAND` and fail the test with its output unless it exits 0."""
        done = self.run(command)
        assert done.returncode == 0, f"broker.sh {command} failed:\n{done.stdout}\n{done.stderr}"
        return done


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _free_port_pair(start: int) -> int:
    """First port from `start` such that it and the next one (the controller's) are free."""
    for port in range(start, start + 200, 2):
        if not _port_open(port) and not _port_open(port + 1):
            return port
    raise RuntimeError(f"no free port pair in {start}..{start + 200}")


def _make_broker(tmp_path: Path, start_port: int) -> Broker:
    port = _free_port_pair(start_port)
    env = dict(os.environ)
    env["KHABAR_BROKER_PORT"] = str(port)
    env["KHABAR_BROKER_DIR"] = str(tmp_path / "broker")
    return Broker(port=port, env=env)


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    """One broker shared by the tests that leave it running."""
    started = _make_broker(tmp_path_factory.mktemp("kafka"), 19092)
    started.must("start")
    try:
        yield started
    finally:
        started.run("stop")


@pytest.fixture
def own_broker(tmp_path: Path) -> Iterator[Broker]:
    """A broker for a test that stops or wipes it."""
    started = _make_broker(tmp_path, 19192)
    started.must("start")
    try:
        yield started
    finally:
        started.run("stop")


def _produce(bootstrap: str, topic: str, value: bytes) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", request_timeout_ms=20000)
    try:
        producer.send(topic, value).get(timeout=30)
    finally:
        producer.close(timeout=10)


def _read_partition(bootstrap: str, topic: str) -> list[bytes]:
    """Every record in the topic's only partition, read up to its end offset."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    try:
        partition = TopicPartition(topic, 0)
        consumer.assign([partition])
        consumer.seek_to_beginning(partition)
        end = consumer.end_offsets([partition])[partition]
        values: list[bytes] = []
        while consumer.position(partition) < end:
            for records in consumer.poll(timeout_ms=5000).values():
                values.extend(record.value for record in records)
        return values
    finally:
        consumer.close()


def _topics(bootstrap: str) -> set[str]:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        return set(admin.list_topics())
    finally:
        admin.close()


def test_message_round_trips_through_started_broker(broker: Broker) -> None:
    # Non-ASCII on purpose: the bus carries Arabic text and must not alter bytes.
    value = "موسكو وبيونغ يانغ: محادثات | Moscow and Pyongyang: talks".encode()
    _produce(broker.bootstrap, "round-trip", value)

    assert _read_partition(broker.bootstrap, "round-trip") == [value]


def test_second_start_leaves_running_broker_alone(broker: Broker) -> None:
    before = broker.must("status").stdout

    again = broker.must("start")

    assert "already running" in again.stderr
    assert broker.must("status").stdout == before


def test_restart_keep_preserves_records(broker: Broker) -> None:
    _produce(broker.bootstrap, "kept", b"written before the outage")

    broker.must("restart-keep")

    assert _read_partition(broker.bootstrap, "kept") == [b"written before the outage"]


def test_stop_closes_port_and_reports_stopped(own_broker: Broker) -> None:
    own_broker.must("stop")

    assert not _port_open(own_broker.port)
    assert own_broker.run("status").returncode == 1


def test_fresh_start_discards_previous_topics(own_broker: Broker) -> None:
    _produce(own_broker.bootstrap, "from-last-run", b"old")
    own_broker.must("stop")

    own_broker.must("start")

    assert "from-last-run" not in _topics(own_broker.bootstrap)
