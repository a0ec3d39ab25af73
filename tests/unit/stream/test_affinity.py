"""Pool children claim one CPU each through shared lock files; with none free they run unpinned, as before."""

from __future__ import annotations

import asyncio
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.stream.processors import scripted
from workers.deadletters import Origin
from workers.pipeline import Enriched, Failed
from workers.stream.pool import ExtractionPool, Pinning

ORIGIN = Origin(topic="articles.raw", partition=0, offset=7)
CPUS = sorted(os.sched_getaffinity(0))

pytestmark = pytest.mark.skipif(len(CPUS) < 2, reason="pinning needs at least two usable CPUs")


def started(size: int, lock_dir: Path) -> ExtractionPool:
    pool = ExtractionPool(scripted, size=size, hard_timeout=5.0, pinning=Pinning(enabled=True, lock_dir=lock_dir))
    pool.start()
    return pool


@pytest.fixture
def held_claims(tmp_path: Path) -> Iterator[Path]:
    """Every CPU's lock file, held by this test process as another worker would hold it."""
    fds = []
    for cpu in CPUS:
        fd = os.open(tmp_path / f"cpu-{cpu}.lock", os.O_RDWR | os.O_CREAT, 0o666)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fds.append(fd)
    yield tmp_path
    for fd in fds:
        os.close(fd)


def test_two_children_claim_two_different_cpus(tmp_path: Path) -> None:
    pool = started(2, tmp_path)
    try:
        results = asyncio.run(_gather(pool, b"burn:0.3", b"burn:0.3"))
    finally:
        pool.close()
    assignments = {r.record["pid"]: tuple(r.record["cpus"]) for r in results}
    assert len(assignments) == 2
    assert sorted(assignments.values()) == [(CPUS[0],), (CPUS[1],)]
    assert sorted(pool.cpus.values()) == CPUS[:2]


def test_a_child_runs_unpinned_when_every_cpu_is_claimed(held_claims: Path) -> None:
    pool = started(1, held_claims)
    try:
        [result] = asyncio.run(_gather(pool, b"a"))
    finally:
        pool.close()
    assert result.record["cpus"] == CPUS
    assert pool.cpus == {0: None}


def test_the_cpu_of_a_child_that_died_is_claimed_again_by_its_replacement(tmp_path: Path) -> None:
    pool = started(1, tmp_path)
    try:
        first, died, after = asyncio.run(_in_turn(pool, b"before", b"die", b"after"))
    finally:
        pool.close()
    assert isinstance(died, Failed) and isinstance(first, Enriched) and isinstance(after, Enriched)
    assert after.record["pid"] != first.record["pid"]
    assert after.record["cpus"] == first.record["cpus"] == [CPUS[0]]


def test_children_do_not_pin_unless_asked(tmp_path: Path) -> None:
    pool = ExtractionPool(scripted, size=1, hard_timeout=5.0)
    pool.start()
    try:
        [result] = asyncio.run(_gather(pool, b"a"))
    finally:
        pool.close()
    assert result.record["cpus"] == CPUS


async def _gather(pool: ExtractionPool, *messages: bytes) -> list[Enriched]:
    results = await asyncio.gather(*(pool.process(m, ORIGIN) for m in messages))
    assert all(isinstance(r, Enriched) for r in results)
    return [r for r in results if isinstance(r, Enriched)]


async def _in_turn(pool: ExtractionPool, *messages: bytes) -> list[Enriched | Failed]:
    return [await asyncio.wait_for(pool.process(m, ORIGIN), timeout=30) for m in messages]
