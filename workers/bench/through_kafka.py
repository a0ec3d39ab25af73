"""End-to-end figures through a real broker: throughput and produce-to-enriched latency, beside a passthrough ceiling.

The bench process produces raw articles and reads the outputs with kafka-python (in plain threads, never inside an
event loop); the workers are separate processes, exactly as deployed: ``khabar worker`` for the pipeline, and
``python -m workers.bench.passthrough`` for the ceiling. Every configuration gets its own topics and consumer group,
named after the run, so no run sees another's records or offsets.

Latency is measured from just before the bench hands a raw record to its producer to the moment the bench's
consumer receives the enriched record (or the dead letter) with that key: what a downstream consumer experiences.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import orjson
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition

from workers.bench.corpus import Corpus
from workers.bench.memory import process_peak_rss_bytes
from workers.bench.processes import cpu_seconds, descendants
from workers.bench.stats import latency_summary, rate
from workers.settings import Settings, Topics
from workers.stream.clients import kafka_python_config

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[2]
BROKER_SCRIPT = REPO_ROOT / "deploy" / "kafka" / "broker.sh"
PARTITIONS = 4
PASSTHROUGH_MESSAGES = 5000
MIN_MESSAGES = 60
MAX_MESSAGES = 20_000
READY_TIMEOUT_SECONDS = 240.0
WORKER_STOP_SECONDS = 30.0
# The collector's poll returns as soon as records arrive, so a long timeout costs no latency; a short one made the
# idle client spin (measured: 22 CPU-ms per second at 50 ms, 5 at 1000 ms), CPU taken from the workers measured.
POLL_TIMEOUT_MS = 1000
TOPIC_FIELDS = ("raw", "enriched", "entities", "quotes", "events", "dlq")
MODES = {
    "pipeline": ("-m", "workers.cli", "worker"),
    "passthrough": ("-m", "workers.bench.passthrough"),
    "passthrough-acked": ("-m", "workers.bench.passthrough", "--acked"),
}


class BenchError(RuntimeError):
    """The Kafka bench could not run (broker unreachable, a worker died, outputs never came)."""


@dataclass
class Broker:
    """Where the bench's broker is, and whether the bench started it (and so must stop it)."""

    bootstrap: str
    started_here: bool
    env: dict[str, str] = field(default_factory=dict)
    pid: int | None = None


def ensure_broker(settings: Settings) -> Broker:
    """The cluster in ``KHABAR_KAFKA_BOOTSTRAP`` when set; else the local dev broker, started if needed."""
    if settings.kafka_bootstrap:
        return Broker(settings.kafka_bootstrap, started_here=False)
    if not BROKER_SCRIPT.is_file():
        raise BenchError(f"KHABAR_KAFKA_BOOTSTRAP is unset and there is no {BROKER_SCRIPT} to start a local broker")
    port = os.environ.get("KHABAR_BROKER_PORT", "9092")
    env = {**os.environ, "KHABAR_BROKER_PORT": port}
    running = subprocess.run([str(BROKER_SCRIPT), "status"], env=env, capture_output=True, check=False)  # noqa: S603
    if running.returncode != 0:
        started = subprocess.run([str(BROKER_SCRIPT), "start"], env=env, capture_output=True, text=True, check=False)  # noqa: S603
        if started.returncode != 0:
            raise BenchError(f"deploy/kafka/broker.sh start failed:\n{started.stderr[-2000:]}")
    # broker.sh keeps the broker's pid in its state dir: the bench reads it to count the broker's CPU time.
    pid_file = Path(env.get("KHABAR_BROKER_DIR") or f"/tmp/khabar-broker-{port}") / "broker.pid"  # noqa: S108
    pid = int(pid_file.read_text().strip()) if pid_file.is_file() else None
    return Broker(f"127.0.0.1:{port}", started_here=running.returncode != 0, env=env, pid=pid)


def stop_broker(broker: Broker) -> None:
    """Stop the local broker if this bench started it."""
    if broker.started_here:
        subprocess.run([str(BROKER_SCRIPT), "stop"], env=broker.env, capture_output=True, check=False)  # noqa: S603


def mixed_messages(corpora: Sequence[Corpus], count: int, tag: str) -> list[tuple[bytes, bytes]]:
    """``count`` (key, value) raw messages taking articles from each corpus in turn, each with a unique id.

    Ids must be unique because the outputs are matched to their inputs by key (the article id).
    """
    if not corpora or count < 1:
        return []
    messages: list[tuple[bytes, bytes]] = []
    for i in range(count):
        corpus = corpora[i % len(corpora)]
        article = orjson.loads(corpus.messages[(i // len(corpora)) % len(corpus.messages)])
        article["id"] = f"{tag}-{i:06d}"
        messages.append((article["id"].encode("utf-8"), orjson.dumps(article)))
    return messages


def mixed_rate(rates: Mapping[str, float], corpora: Sequence[Corpus]) -> float | None:
    """The in-process rate of the same round-robin mix: one article of each corpus in turn, on one core."""
    if not corpora or any(rates.get(c.name, 0) <= 0 for c in corpora):
        return None
    seconds_per_round = sum(1 / rates[c.name] for c in corpora)
    return len(corpora) / seconds_per_round


class Collector:
    """Reads the enriched and dead-letter topics in a thread and notes when each key first arrived."""

    def __init__(self, config: Mapping[str, Any], topics: Sequence[str], dlq: str) -> None:
        self._consumer = KafkaConsumer(
            **config,
            group_id=None,
            enable_auto_commit=False,
            # The broker answers a fetch as soon as a record arrives; a long wait only saves empty round trips.
            fetch_max_wait_ms=250,
            max_partition_fetch_bytes=8 * 1024 * 1024,
            # kafka-python checks CRCs in pure Python (about 5 MB/s here) unless the crc32c package is installed:
            # that CPU would be taken from the workers being measured, and the bench does not need the check.
            check_crcs=False,
        )
        self._topics = list(topics)
        self._dlq = dlq
        self._lock = threading.Lock()
        self.arrived: dict[bytes, float] = {}
        self.dead_letters: set[bytes] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-collector", daemon=True)

    def start(self) -> None:
        """Assign every partition of the topics from the beginning and start reading."""
        partitions: list[TopicPartition] = []
        deadline = time.monotonic() + 30
        for topic in self._topics:
            found = self._consumer.partitions_for_topic(topic)
            while not found and time.monotonic() < deadline:
                time.sleep(0.2)
                found = self._consumer.partitions_for_topic(topic)
            partitions.extend(TopicPartition(topic, p) for p in sorted(found or ()))
        self._consumer.assign(partitions)
        self._consumer.seek_to_beginning(*partitions)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            batches = self._consumer.poll(timeout_ms=POLL_TIMEOUT_MS)
            now = time.perf_counter()
            with self._lock:
                for tp, records in batches.items():
                    for record in records:
                        if record.key is None:
                            continue
                        self.arrived.setdefault(record.key, now)
                        if tp.topic == self._dlq:
                            self.dead_letters.add(record.key)

    def wait_for(self, keys: Sequence[bytes], timeout: float) -> bool:
        """Wait until every key has arrived; False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if all(k in self.arrived for k in keys):
                    return True
            time.sleep(0.05)
        return False

    def arrivals(self, keys: Sequence[bytes]) -> dict[bytes, float]:
        """Arrival times of those of ``keys`` that arrived."""
        with self._lock:
            return {k: self.arrived[k] for k in keys if k in self.arrived}

    def close(self) -> None:
        """Stop reading and close the consumer."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        self._consumer.close()


def send_all(
    producer: KafkaProducer, topic: str, messages: Sequence[tuple[bytes, bytes]], per_second: float | None
) -> dict[bytes, float]:
    """Produce ``messages`` as fast as possible, or paced at ``per_second``; return each key's send time."""
    sent: dict[bytes, float] = {}
    started = time.perf_counter()
    for i, (key, value) in enumerate(messages):
        if per_second:
            delay = started + i / per_second - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
        sent[key] = time.perf_counter()
        producer.send(topic, key=key, value=value)
    producer.flush()
    return sent


@dataclass
class WorkerGroup:
    """Worker processes of one configuration, with their logs."""

    mode: str
    processes: list[subprocess.Popen[bytes]]
    logs: list[Path]

    def check_alive(self) -> None:
        """Raise :class:`BenchError` with the log tail if a worker has exited."""
        for process, path in zip(self.processes, self.logs, strict=True):
            if process.poll() is not None:
                tail = path.read_text(errors="replace")[-3000:] if path.exists() else ""
                raise BenchError(f"{self.mode} worker pid {process.pid} exited with {process.returncode}:\n{tail}")

    def peak_rss(self) -> dict[str, int | None]:
        """The largest peak RSS among the workers' main processes and among their children (extraction processes)."""
        mains = [process_peak_rss_bytes(p.pid) for p in self.processes]
        children = [process_peak_rss_bytes(c) for p in self.processes for c in descendants(p.pid)]
        return {
            "main_process_bytes": max((m for m in mains if m), default=None),
            "child_process_bytes": max((c for c in children if c), default=None),
        }

    def stop(self) -> None:
        """SIGTERM every worker, wait for a clean exit, SIGKILL the process group of any that will not go."""
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + WORKER_STOP_SECONDS
        for process in self.processes:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def start_workers(mode: str, count: int, env: Mapping[str, str], log_dir: Path) -> WorkerGroup:
    """Start ``count`` worker processes of ``mode`` ("pipeline" or "passthrough"), each in its own session."""
    processes: list[subprocess.Popen[bytes]] = []
    logs: list[Path] = []
    for i in range(count):
        path = log_dir / f"{mode}-{count}w-{i}.log"
        with path.open("wb") as handle:
            processes.append(
                subprocess.Popen(  # noqa: S603 - our own interpreter and module
                    [sys.executable, *MODES[mode]],
                    env=dict(env),
                    stdin=subprocess.DEVNULL,
                    stdout=handle,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                    cwd=str(log_dir),
                )
            )
        logs.append(path)
    return WorkerGroup(mode, processes, logs)


def wait_group_ready(admin: KafkaAdminClient, group: str, members: int, workers: WorkerGroup, timeout: float) -> float:
    """Wait until the consumer group is stable with ``members`` members; return how long it took."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        workers.check_alive()
        try:
            described = admin.describe_groups([group]).get(group) or {}
        except Exception:  # the coordinator may not know the group yet
            described = {}
        if described.get("group_state") == "Stable" and len(described.get("members") or []) >= members:
            return time.monotonic() - started
        time.sleep(0.5)
    raise BenchError(f"consumer group {group} did not reach {members} stable members in {timeout:.0f} s")


@dataclass
class RunSpec:
    """One configuration to measure."""

    mode: str
    workers: int
    messages: int
    paced_fraction: float | None = None
    paced_seconds: float = 20.0


@dataclass
class Harness:
    """A running configuration: its workers, the bench's producer on the raw topic and its collector of outputs."""

    spec: RunSpec
    corpora: Sequence[Corpus]
    raw_topic: str
    producer: KafkaProducer
    collector: Collector
    workers: WorkerGroup
    broker_pid: int | None = None

    def cpu_snapshot(self) -> dict[str, float]:
        """CPU seconds used so far by each kind of process taking part (a process that has gone counts nothing)."""
        mains = [p.pid for p in self.workers.processes]
        roles = {
            "worker_main": mains,
            "extraction": [c for pid in mains for c in descendants(pid)],
            "broker": [self.broker_pid] if self.broker_pid else [],
            "bench_client": [os.getpid()],
        }
        return {role: sum(cpu_seconds(pid) or 0.0 for pid in pids) for role, pids in roles.items() if pids}

    def warm_up(self, tag: str) -> None:
        """Send a few articles per partition and wait for their outputs (every extraction process has loaded)."""
        warm = mixed_messages(self.corpora, 4 * PARTITIONS, tag)
        send_all(self.producer, self.raw_topic, warm, None)
        if not self.collector.wait_for([k for k, _ in warm], READY_TIMEOUT_SECONDS):
            self.workers.check_alive()
            raise BenchError(f"{self.spec.mode}: warm-up outputs did not arrive in {READY_TIMEOUT_SECONDS:.0f} s")

    def measure(self, tag: str, count: int, per_second: float | None) -> dict[str, Any]:
        """Produce ``count`` articles (a burst, or paced at ``per_second``); rate and latency of their outputs."""
        messages = mixed_messages(self.corpora, count, tag)
        keys = [k for k, _ in messages]
        cpu_before = self.cpu_snapshot()
        sent = send_all(self.producer, self.raw_topic, messages, per_second)
        allowed = (count / per_second if per_second else 0) + 60 + count * 2.0 / max(1, self.spec.workers)
        deadline = time.monotonic() + allowed
        while not self.collector.wait_for(keys, 1.0):
            self.workers.check_alive()
            if time.monotonic() > deadline:
                got = len(self.collector.arrivals(keys))
                raise BenchError(f"{self.spec.mode}: only {got} of {count} outputs arrived within {allowed:.0f} s")
        cpu_after = self.cpu_snapshot()
        arrived = self.collector.arrivals(keys)
        elapsed = max(arrived.values()) - min(sent.values())
        return {
            "articles": count,
            "target_per_second": round(per_second, 2) if per_second else None,
            "seconds": round(elapsed, 3),
            "articles_per_second": round(rate(count, elapsed), 2),
            "dead_letters": sum(1 for k in keys if k in self.collector.dead_letters),
            "latency": latency_summary([arrived[k] - sent[k] for k in keys]),
            # Where the machine's CPU went per article: robust to other load, unlike the rates.
            "cpu_ms_per_article": {
                role: round(1000 * (cpu_after[role] - cpu_before.get(role, 0.0)) / count, 2) for role in cpu_after
            },
        }


def run_configuration(spec: RunSpec, corpora: Sequence[Corpus], settings: Settings, run: RunContext) -> dict[str, Any]:
    """Start workers on fresh topics, warm them up, then measure a burst (and optionally a paced stream)."""
    tag = f"khabar-bench.{run.run_id}.{spec.mode}.{spec.workers}w"
    topics = Topics(**{name: f"{tag}.{name}" for name in TOPIC_FIELDS})
    names = [getattr(topics, name) for name in TOPIC_FIELDS]
    group = f"{tag}.group"
    config = {**kafka_python_config(replace(settings, kafka_bootstrap=run.bootstrap)), "client_id": "khabar-bench"}
    admin = KafkaAdminClient(**config)
    admin.create_topics(
        {name: {"num_partitions": PARTITIONS, "replication_factor": 1} for name in names}, wait_for_metadata=True
    )
    env = worker_env(run.bootstrap, group, topics, sorted({c.lang for c in corpora}))
    collector = Collector(config, [topics.enriched, topics.dlq], topics.dlq)
    collector.start()
    # Large batches: a burst goes out in a few requests (cheaper for this client and the broker); linger_ms still
    # sends each paced article within 2 ms.
    producer = KafkaProducer(**config, acks=1, linger_ms=2, batch_size=1024 * 1024, max_request_size=4 * 1024 * 1024)
    workers = start_workers(spec.mode, spec.workers, env, run.log_dir)
    harness = Harness(spec, corpora, topics.raw, producer, collector, workers, run.broker_pid)
    result: dict[str, Any] = {
        "mode": spec.mode,
        "workers": spec.workers,
        "concurrency": int(env["KHABAR_CONCURRENCY"]),
        "partitions": PARTITIONS,
        "topics": tag,
    }
    try:
        t0 = time.monotonic()
        result["group_ready_seconds"] = round(
            wait_group_ready(admin, group, spec.workers, workers, READY_TIMEOUT_SECONDS), 2
        )
        harness.warm_up(f"{tag}.warm")
        result["ready_seconds"] = round(time.monotonic() - t0, 2)
        result["burst"] = harness.measure(f"{tag}.burst", spec.messages, None)
        if spec.paced_fraction:
            target = spec.paced_fraction * result["burst"]["articles_per_second"]
            count = max(MIN_MESSAGES // 2, int(target * spec.paced_seconds))
            result["paced"] = harness.measure(f"{tag}.paced", count, target)
            result["paced"]["fraction_of_burst_rate"] = spec.paced_fraction
        result["peak_rss"] = workers.peak_rss()
    finally:
        workers.stop()
        producer.close()
        collector.close()
        try:
            admin.delete_topics(names)
        except Exception as exc:  # leftover topics with a unique name harm nothing
            log.warning("could not delete bench topics", extra={"prefix": tag, "error": type(exc).__name__})
        admin.close()
    return result


def cpu_bound_scaling(cpu_ms_per_article: Mapping[str, float], single_core_rate: float) -> float | None:
    """The scaling figure this run's CPU cost allows on cores that do nothing else: in-process ms over total ms.

    N workers saturating N cores reach N x 1000 / (total CPU-ms per article) articles a second, so their ratio to
    N x the single-core rate is at most (1000 / single-core rate) / total, whatever N. Other work on the machine
    lowers the measured wall-clock ratio but hardly this one. None without the broker's CPU (a remote cluster).
    """
    total = sum(cpu_ms_per_article.values())
    if "broker" not in cpu_ms_per_article or total <= 0 or single_core_rate <= 0:
        return None
    return round(1000 / single_core_rate / total, 3)


@dataclass(frozen=True)
class RunContext:
    """What every configuration of one bench run shares."""

    run_id: str
    bootstrap: str
    log_dir: Path
    broker_pid: int | None = None


def worker_env(bootstrap: str, group: str, topics: Topics, languages: Sequence[str]) -> dict[str, str]:
    """The environment of a worker process: this run's topics and group, one extraction process, quiet logs."""
    package_parent = str(Path(__file__).resolve().parents[2])
    return {
        **os.environ,
        # The workers run from a scratch directory; they must import this very copy of the code.
        "PYTHONPATH": os.pathsep.join(p for p in (package_parent, os.environ.get("PYTHONPATH", "")) if p),
        "KHABAR_KAFKA_BOOTSTRAP": bootstrap,
        "KHABAR_CONSUMER_GROUP": group,
        # One extraction process per worker unless the caller asks for more (to see what overlapping buys).
        "KHABAR_CONCURRENCY": os.environ.get("KHABAR_CONCURRENCY", "1"),
        "KHABAR_LANGUAGES": ",".join(languages),
        "KHABAR_METRICS_PORT": "0",
        "KHABAR_LOG_LEVEL": "WARNING",
        "KHABAR_TOPIC_PARTITIONS": str(PARTITIONS),
        **{f"KHABAR_TOPIC_{name.upper()}": getattr(topics, name) for name in TOPIC_FIELDS},
    }


def run_kafka(
    corpora: Sequence[Corpus],
    settings: Settings,
    inprocess_rates: Mapping[str, float],
    max_workers: int = 2,
    seconds: float = 20.0,
) -> dict[str, Any]:
    """Every Kafka figure: pipeline and passthrough with 1 and ``max_workers`` workers, and the paced run."""
    broker = ensure_broker(settings)
    run_id = f"{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:6]}"
    single_core = mixed_rate(inprocess_rates, corpora)
    counts = sorted({1, max_workers})
    specs: list[RunSpec] = []
    for n in counts:
        expected = (single_core or 10.0) * n * seconds
        messages = int(min(MAX_MESSAGES, max(MIN_MESSAGES, expected)))
        paced = 0.5 if n == counts[-1] else None
        specs.append(RunSpec("pipeline", n, messages, paced_fraction=paced, paced_seconds=seconds))
    for mode in ("passthrough", "passthrough-acked"):
        specs.extend(RunSpec(mode, n, PASSTHROUGH_MESSAGES) for n in counts)
    runs: list[dict[str, Any]] = []
    try:
        with tempfile.TemporaryDirectory(prefix="khabar-bench-") as log_dir:
            context = RunContext(run_id, broker.bootstrap, Path(log_dir), broker.pid)
            for spec in specs:
                runs.append(run_configuration(spec, corpora, settings, context))
    finally:
        stop_broker(broker)
    for run in runs:
        if run["mode"] == "pipeline" and single_core:
            run["burst"]["cpu_bound_scaling"] = cpu_bound_scaling(run["burst"]["cpu_ms_per_article"], single_core)
    return {
        "bootstrap": broker.bootstrap,
        "broker_started_by_bench": broker.started_here,
        "run_id": run_id,
        "corpora": [c.name for c in corpora],
        "single_core_mix_articles_per_cpu_second": round(single_core, 2) if single_core else None,
        "runs": runs,
    }
