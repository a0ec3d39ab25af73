"""The extraction pool runs processors in child processes: results come back, and stuck or crashing children are
replaced without the event loop ever waiting on them."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator

import pytest

from tests.unit.stream.processors import broken, scripted
from workers.deadletters import Origin
from workers.pipeline import Enriched, Failed
from workers.stream.looplag import LoopLagMonitor
from workers.stream.pool import ExtractionPool, PoolStartError

ORIGIN = Origin(topic="articles.raw", partition=2, offset=41)


@pytest.fixture
def pool() -> Iterator[ExtractionPool]:
    started = ExtractionPool(scripted, size=1, hard_timeout=1.0)
    started.start()
    yield started
    started.close()


@pytest.fixture
def pair() -> Iterator[ExtractionPool]:
    started = ExtractionPool(scripted, size=2, hard_timeout=5.0)
    started.start()
    yield started
    started.close()


def test_start_reports_the_model_versions() -> None:
    pool = ExtractionPool(scripted, size=1, hard_timeout=1.0)
    try:
        assert pool.start() == {"scripted": "1"}
        assert pool.ready
    finally:
        pool.close()


def test_a_processor_that_cannot_load_fails_start_with_its_reason() -> None:
    pool = ExtractionPool(broken, size=1, hard_timeout=1.0)
    with pytest.raises(PoolStartError, match="RuntimeError: model file missing"):
        pool.start()
    assert not pool.ready


def test_the_result_comes_from_a_child_process(pool: ExtractionPool) -> None:
    async def body() -> None:
        result = await pool.process(b"a-1", ORIGIN)
        assert isinstance(result, Enriched)
        assert result.record["id"] == "a-1" and result.record["offset"] == 41
        assert result.record["pid"] != os.getpid()

    asyncio.run(body())


def test_a_stuck_article_is_killed_at_the_hard_timeout_and_dead_lettered(pool: ExtractionPool) -> None:
    async def body() -> None:
        started = time.monotonic()
        result = await pool.process(b"hang", ORIGIN)
        assert 0.9 < time.monotonic() - started < 3.0
        assert isinstance(result, Failed)
        assert (result.stage, result.error_class) == ("budget", "TimeBudgetExceeded")
        assert result.record["original"] == "hang"
        assert result.record["source"] == {"topic": "articles.raw", "partition": 2, "offset": 41}
        assert pool.stats.timeouts == 1

    asyncio.run(body())


def test_the_next_article_after_a_timeout_is_processed_by_a_fresh_child(pool: ExtractionPool) -> None:
    async def body() -> None:
        first = await pool.process(b"before", ORIGIN)
        await pool.process(b"hang", ORIGIN)
        after = await asyncio.wait_for(pool.process(b"after", ORIGIN), timeout=30)
        assert isinstance(first, Enriched) and isinstance(after, Enriched)
        assert after.record["pid"] != first.record["pid"]
        assert pool.stats.respawns == 1

    asyncio.run(body())


def test_a_child_that_dies_mid_article_becomes_a_dead_letter_and_is_replaced(pool: ExtractionPool) -> None:
    async def body() -> None:
        result = await pool.process(b"die", ORIGIN)
        assert isinstance(result, Failed)
        assert (result.stage, result.error_class) == ("record", "WorkerProcessDied")
        assert "code 3" in result.record["error_message"]
        after = await asyncio.wait_for(pool.process(b"after", ORIGIN), timeout=30)
        assert isinstance(after, Enriched)
        assert pool.stats.crashes == 1

    asyncio.run(body())


def test_two_children_work_in_parallel(pair: ExtractionPool) -> None:
    async def body() -> None:
        started = time.monotonic()
        results = await asyncio.gather(pair.process(b"burn:1.0", ORIGIN), pair.process(b"burn:1.0", ORIGIN))
        elapsed = time.monotonic() - started
        pids = {r.record["pid"] for r in results}
        assert len(pids) == 2
        assert elapsed < 1.8, f"two 1 s jobs took {elapsed:.2f} s: not parallel"

    asyncio.run(body())


def test_the_event_loop_stays_responsive_while_a_child_burns_cpu(pool: ExtractionPool) -> None:
    async def body() -> None:
        monitor = LoopLagMonitor(tick=0.01)
        sampler = asyncio.get_running_loop().create_task(monitor.run())
        await pool.process(b"burn:1.5", ORIGIN)
        sampler.cancel()
        summary = monitor.take()
        assert summary.samples > 50
        assert summary.max_ms < 100, summary

    asyncio.run(body())


def test_a_cancelled_caller_does_not_lose_the_child(pool: ExtractionPool) -> None:
    async def body() -> None:
        caller = asyncio.get_running_loop().create_task(pool.process(b"burn:0.3", ORIGIN))
        await asyncio.sleep(0.1)
        caller.cancel()
        with pytest.raises(asyncio.CancelledError):
            await caller
        result = await asyncio.wait_for(pool.process(b"next", ORIGIN), timeout=5)
        assert isinstance(result, Enriched)
        assert pool.stats.respawns == 0

    asyncio.run(body())


def test_close_stops_every_child() -> None:
    pool = ExtractionPool(scripted, size=2, hard_timeout=1.0)
    pool.start()
    children = [slot.process for slot in pool._slots.values()]
    pool.close()
    assert children and not any(child.is_alive() for child in children)


def test_an_article_queued_behind_a_stuck_one_goes_to_the_fresh_child_instead_of_being_dead_lettered(
    pool: ExtractionPool,
) -> None:
    async def body() -> None:
        stuck, queued = await asyncio.wait_for(
            asyncio.gather(pool.process(b"hang", ORIGIN), pool.process(b"queued", ORIGIN)), timeout=30
        )
        assert isinstance(stuck, Failed) and stuck.stage == "budget"
        assert isinstance(queued, Enriched) and queued.record["id"] == "queued"
        assert pool.stats.timeouts == 1 and pool.stats.respawns == 1

    asyncio.run(body())


def test_a_busy_child_starts_its_next_article_without_waiting_for_the_event_loop(pool: ExtractionPool) -> None:
    async def body() -> None:
        loop = asyncio.get_running_loop()
        first = loop.create_task(pool.process(b"burn:0.2", ORIGIN))
        second = loop.create_task(pool.process(b"second", ORIGIN))
        await asyncio.sleep(0)  # both callers hand their articles to the pool
        time.sleep(0.8)  # noqa: ASYNC251 - the loop is blocked on purpose while the child finishes the first article
        loop_back = time.monotonic()
        results = await asyncio.gather(first, second)
        assert results[1].record["started"] < loop_back

    asyncio.run(body())


def test_an_article_too_large_to_queue_waits_for_an_idle_child_without_blocking_the_loop(
    pool: ExtractionPool,
) -> None:
    async def body() -> None:
        monitor = LoopLagMonitor(tick=0.01)
        sampler = asyncio.get_running_loop().create_task(monitor.run())
        # Larger than any pipe buffer: written to the busy child, it would block the loop for most of the 0.8 s.
        large = b"x" * (1024 * 1024)
        busy, after = await asyncio.gather(pool.process(b"burn:0.8", ORIGIN), pool.process(large, ORIGIN))
        sampler.cancel()
        assert isinstance(after, Enriched) and after.record["started"] >= busy.record["started"] + 0.8
        assert monitor.take().max_ms < 400

    asyncio.run(body())
