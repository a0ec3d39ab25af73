"""The ``khabar worker`` process: extraction pool, Faust app and agent, metrics server, stats; run until stopped.

Start-up order matters: the pool loads its models first (seconds), so the consumer joins the group only when it
can process at once, and a missing model is a clear start-up error rather than a stream of dead letters.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import shutil
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import faust

from workers import metrics
from workers.settings import Settings, Topics
from workers.stream import logs
from workers.stream.admin import BrokerUnavailable, ensure_topics
from workers.stream.agent import register_agent
from workers.stream.app import make_app
from workers.stream.clients import max_request_bytes
from workers.stream.enricher import StreamEnricher
from workers.stream.faust_io import FaustPublisher
from workers.stream.looplag import LoopLagMonitor
from workers.stream.pool import ExtractionPool, Pinning, PoolStartError
from workers.stream.processor import build_processor

log = logging.getLogger("khabar.worker")

EXIT_OK, EXIT_FAILED, EXIT_CONFIG = 0, 1, 2
# Agent actors per extraction process: while one actor's outputs are being produced and acknowledged, another's
# article is already being extracted, so the processes do not sit idle waiting on the broker.
ACTORS_PER_PROCESS = 3


@dataclass
class WorkerState:
    """What the readiness probe and the stats line read."""

    pool: ExtractionPool
    assigned: bool = False
    started_at: float = 0.0

    def ready(self) -> bool:
        """Ready: the consumer has joined the group (partitions assigned, maybe none) and every model is loaded."""
        return self.assigned and self.pool.ready


def topic_names(topics: Topics) -> list[str]:
    """Every topic name in ``topics``."""
    return [getattr(topics, name) for name in topics.__dataclass_fields__]


def pin_cpus(settings: Settings) -> bool:
    """Whether extraction processes claim a core each (``KHABAR_PIN_CPUS``, on unless set to false)."""
    return settings.pin_cpus


def cloudevents_source(settings: Settings) -> str:
    """The CloudEvents ``source`` of everything this worker produces: one per consumer group."""
    return f"urn:khabar:worker:{settings.consumer_group}"


def run_worker(settings: Settings) -> int:
    """Run the enrichment worker until SIGTERM/SIGINT; return the process exit status."""
    logs.configure(settings.log_level)
    metrics.allow_topics(topic_names(settings.topics))
    log.info(
        "worker starting",
        extra={
            "event": "worker.starting",
            "bootstrap": settings.bootstrap,
            "group": settings.consumer_group,
            "raw_topic": settings.topics.raw,
            "concurrency": settings.concurrency,
            "security_protocol": settings.security_protocol,
        },
    )
    pool = ExtractionPool(
        functools.partial(build_processor, settings),
        size=settings.concurrency,
        hard_timeout=settings.hard_timeout,
        pinning=Pinning(enabled=pin_cpus(settings)),
    )
    started = time.monotonic()
    try:
        models = pool.start()
    except PoolStartError as exc:
        log.error("pipeline could not be loaded", extra={"event": "worker.load_failed", "error": str(exc)})
        return EXIT_CONFIG
    metrics.set_build_info(models)
    log.info(
        "pipeline loaded",
        extra={"event": "worker.loaded", "models": models, "seconds": round(time.monotonic() - started, 2)},
    )
    _ensure_topics(settings)
    datadir = Path(tempfile.mkdtemp(prefix="khabar-faust-"))
    state = WorkerState(pool=pool, started_at=time.monotonic())
    server: Any = None
    monitor = LoopLagMonitor()
    enricher: StreamEnricher | None = None
    status = EXIT_FAILED
    try:
        app = make_app(settings, datadir)
        enricher = StreamEnricher(
            extractor=pool,
            publisher=FaustPublisher(app),
            topics=settings.topics,
            source=cloudevents_source(settings),
            max_request_bytes=max_request_bytes(settings),
        )
        register_agent(app, settings.topics.raw, enricher, ACTORS_PER_PROCESS * settings.concurrency)
        _install_hooks(app, settings, state, enricher, monitor)
        server = metrics.serve(settings.metrics_host, settings.metrics_port, state.ready)
        log.info("metrics server listening", extra={"event": "worker.metrics", "url": getattr(server, "url", None)})
        worker = faust.Worker(
            app, loglevel=settings.log_level, quiet=True, override_logging=False, redirect_stdouts=False
        )
        # Faust's terminal spinner writes escape codes to stdout even when it is not a terminal.
        worker.spinner = None
        status = _execute(worker)
    finally:
        pool.close()
        if server is not None:
            with contextlib.suppress(Exception):
                server.close()
        shutil.rmtree(datadir, ignore_errors=True)
    log.info(
        "worker stopped",
        extra={
            "event": "worker.stopped",
            "status": status,
            "handled": enricher.handled if enricher else 0,
            "dead_letters": enricher.dead_letters if enricher else 0,
            "pool": vars(pool.stats),
            "loop_lag": monitor.overall().as_dict(),
        },
    )
    return status


def _ensure_topics(settings: Settings) -> None:
    # Before Faust starts: its consumer does not notice a topic created after it subscribed for minutes.
    try:
        statuses = ensure_topics(settings)
    except BrokerUnavailable as exc:
        log.warning("topics not checked", extra={"event": "worker.topics_unchecked", "error": str(exc)})
        return
    for status in statuses:
        level = logging.WARNING if status.status == "error" else logging.INFO
        log.log(
            level,
            "topic",
            extra={"event": "worker.topic", "topic": status.name, "status": status.status, "detail": status.detail},
        )


def _execute(worker: faust.Worker) -> int:
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else EXIT_OK if code is None else EXIT_FAILED
    return EXIT_OK


def _install_hooks(
    app: faust.App, settings: Settings, state: WorkerState, enricher: StreamEnricher, monitor: LoopLagMonitor
) -> None:
    """Readiness and lag bookkeeping on rebalances; the loop-lag sampler; the periodic stats line."""

    async def on_assigned(sender: Any, *args: Any, **kwargs: Any) -> None:
        assigned: Iterable[Any] = args[0] if args else ()
        first = not state.assigned
        state.assigned = True
        partitions = sorted(f"{tp.topic}:{tp.partition}" for tp in assigned)
        log.info("partitions assigned", extra={"event": "worker.assigned", "partitions": partitions})
        if first:
            log.info(
                "worker ready",
                extra={"event": "worker.ready", "seconds": round(time.monotonic() - state.started_at, 2)},
            )

    async def on_revoked(sender: Any, *args: Any, **kwargs: Any) -> None:
        revoked: Iterable[Any] = args[0] if args else ()
        for tp in revoked:
            metrics.clear_lag(tp.topic, tp.partition)
            enricher.positions.pop((tp.topic, tp.partition), None)

    async def sample_loop_lag() -> None:
        await monitor.run()

    async def report_stats() -> None:
        lags = await _update_lag(app, enricher)
        log.info(
            "worker stats",
            extra={
                "event": "worker.stats",
                "handled": enricher.handled,
                "dead_letters": enricher.dead_letters,
                "loop_lag": monitor.take().as_dict(),
                "consumer_lag": lags,
                "pool": vars(state.pool.stats),
            },
        )

    # Faust's signal types do not describe async receivers that take the assignment positionally.
    app.on_partitions_assigned.connect(cast(Any, on_assigned))
    app.on_partitions_revoked.connect(cast(Any, on_revoked))
    app.task(sample_loop_lag)
    app.timer(settings.stats_interval_seconds)(report_stats)


async def _update_lag(app: faust.App, enricher: StreamEnricher) -> dict[str, int]:
    lags: dict[str, int] = {}
    with contextlib.suppress(Exception):  # no consumer yet, or mid-rebalance: try again next time
        for tp in app.consumer.assignment():
            highwater = app.consumer.highwater(tp)
            # Before this worker has handled anything on a partition, its fetch position is the best estimate.
            position = enricher.positions.get((tp.topic, tp.partition)) or await app.consumer.position(tp)
            if highwater is None or position is None:
                continue
            lag = max(0, highwater - position)
            metrics.set_lag(tp.topic, tp.partition, lag)
            lags[f"{tp.topic}:{tp.partition}"] = lag
    return lags
