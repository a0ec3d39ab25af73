"""The Faust application, configured from ``Settings`` and tuned for a stateless, at-least-once enricher."""

from __future__ import annotations

from pathlib import Path

import faust

from workers.settings import Settings
from workers.stream.clients import broker_urls, faust_credentials, max_request_bytes


def make_app(settings: Settings, datadir: Path) -> faust.App:
    """A Faust app whose consumer group is ``settings.consumer_group``; ``datadir`` holds Faust's (unused) state."""
    session = settings.session_timeout_seconds
    return faust.App(
        settings.consumer_group,
        broker=broker_urls(settings),
        broker_credentials=faust_credentials(settings),
        broker_client_id=f"khabar-{settings.consumer_group}",
        datadir=str(datadir),
        # Everything is raw bytes: we decode with orjson ourselves, and dead letters must keep the original bytes.
        key_serializer="raw",
        value_serializer="raw",
        processing_guarantee="at_least_once",
        consumer_auto_offset_reset=settings.offset_reset,
        broker_session_timeout=session,
        broker_heartbeat_interval=settings.heartbeat_interval_seconds,
        broker_request_timeout=max(session + 5.0, 40.0),
        broker_rebalance_timeout=max(session, 30.0),
        # Offsets are committed only up to the last article whose outputs the broker has acknowledged (the agent
        # awaits its sends before taking the next message), so committing often shortens redelivery after a crash
        # without ever committing work that was not done.
        broker_commit_interval=settings.commit_interval_seconds,
        broker_commit_every=100,
        # A slow article (seconds) must not make the broker think the consumer is stuck.
        broker_max_poll_interval=max(300.0, 4 * settings.hard_timeout),
        # Small fetches keep the amount of already-read, not-yet-processed work (redone after a crash) small.
        broker_max_poll_records=50,
        # New topics and partitions are noticed within half a minute rather than Faust's default five.
        consumer_metadata_max_age_ms=30_000,
        # A deep enough buffer that the agent never waits on the consumer thread between messages (measured: a
        # buffer of 4 left the extraction process idle ~6 ms per article).
        stream_buffer_maxsize=64,
        # On shutdown and on rebalance, let in-flight articles finish and commit them before letting go.
        stream_wait_empty=True,
        stream_publish_on_commit=False,
        # Outputs are acknowledged by every in-sync replica before the input offset is committed.
        producer_acks=-1,
        producer_max_request_size=max_request_bytes(settings),
        # One batch per topic partition for all of an article's records (they share its key, so its partition): with
        # aiokafka's default of 16 KB an article's ~50 KB went out as a dozen requests, each acknowledged in turn,
        # which cost the broker and this process CPU and every article several round trips.
        producer_max_batch_size=max_request_bytes(settings) // 2,
        # Each article waits for its outputs' acknowledgement: batching longer than a millisecond only adds latency.
        producer_linger_ms=1,
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        # No tables, no leader election: the enricher keeps no state between messages.
        topic_disable_leader=True,
        store="memory://",
        web_enabled=False,
        autodiscover=False,
    )
