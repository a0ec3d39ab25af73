"""A pool of extraction processes that the event loop awaits without ever blocking on the extraction itself.

Extraction is CPU-bound (spaCy, CRF, rules), so it runs in child processes, one processor each, loaded once when
the child starts. The event loop only ships bytes in and results out, so heartbeats, fetches and commits keep
flowing while articles are analysed.

Each child is handed its next article while it still works on the current one (up to ``QUEUE_DEPTH`` articles
in its pipe), so it starts the next the moment it finishes instead of waiting for the event loop to notice the
result and answer: on a busy machine that wait was about 1 ms an article, a core idle for it. Only articles that
fit in the pipe's buffer are queued behind a busy child, so that writing one never blocks the event loop.

A child that takes longer than the hard timeout is killed and replaced: the per-article budget in the pipeline is
only checked between stages, and a stage that never returns must not hold a partition forever. A child that dies
(a crash in native code, the OOM killer) is replaced too. Either way the article becomes a dead letter and the
stream goes on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, Protocol

import orjson

from workers.deadletters import Origin, dead_letter
from workers.pipeline import Enriched, Failed, TimeBudgetExceeded
from workers.stream.affinity import claim_cpu

log = logging.getLogger(__name__)

# "spawn", not fork: the parent runs an event loop and Kafka client threads, which a forked child would inherit
# in whatever state they happened to be in.
_CONTEXT = multiprocessing.get_context("spawn")
RESPAWN_BACKOFF_SECONDS = (1.0, 2.0, 5.0, 10.0, 30.0)
# Articles sent to one child and not yet answered: the one it works on and the one it takes next.
QUEUE_DEPTH = 2
# Linux pipes buffer 64 KiB; a larger article waits for an idle child, which reads it as it is written.
QUEUED_MAX_BYTES = 48 * 1024


class Processor(Protocol):
    """What a pool child runs: the pipeline, or anything with the same contract (never raises)."""

    def process(self, data: bytes, origin: Origin) -> Enriched | Failed:
        """Enrich one message or describe why it failed."""
        ...

    def model_versions(self) -> dict[str, str]:
        """Versions of the models the processor loaded."""
        ...


# Called once in each child. It must be picklable (a module-level function, or a functools.partial of one), since
# "spawn" children receive it by pickle.
ProcessorFactory = Callable[[], Processor]


class PoolStartError(RuntimeError):
    """A child could not load its processor (missing model, bad configuration)."""


class WorkerProcessDied(RuntimeError):
    """The extraction process exited while it was working on an article."""


@dataclass(frozen=True)
class Pinning:
    """Whether pool children claim a CPU each (see :mod:`workers.stream.affinity`), and where the claims live."""

    enabled: bool = False
    lock_dir: Path | None = None


def _child_main(conn: Connection, factory: ProcessorFactory, pinning: Pinning) -> None:
    # The worker decides when children stop: a Ctrl-C or a SIGTERM sent to the whole process group must not kill
    # an article half-way; the child exits when the parent closes the pipe.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        cpu = claim_cpu(pinning.lock_dir) if pinning.enabled else None
        processor = factory()
        conn.send(("ready", processor.model_versions(), cpu))
    except Exception as exc:
        conn.send(("error", f"{type(exc).__name__}: {exc}", None))
        return
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        data, origin = request
        try:
            result: Enriched | Failed = processor.process(data, origin)
        except Exception as exc:  # a processor that breaks its never-raise contract still must not kill the child
            result = Failed(dead_letter(data, "record", exc, origin), "record", type(exc).__name__)
        try:
            conn.send(result)
        except (BrokenPipeError, OSError):
            return


@dataclass(eq=False)
class _Job:
    """One article handed to the pool; ``done`` gets its result."""

    data: bytes
    origin: Origin
    done: asyncio.Future[Enriched | Failed]
    # The caller stopped waiting (cancelled) before the job was sent: nobody wants its result.
    abandoned: bool = False


@dataclass(eq=False)
class _Slot:
    index: int
    process: BaseProcess
    conn: Connection
    started_at: float = field(default_factory=time.monotonic)
    # Jobs written to this child's pipe, oldest first: the first is the one it is working on.
    sent: deque[_Job] = field(default_factory=deque)
    deadline: asyncio.TimerHandle | None = None
    watched: asyncio.AbstractEventLoop | None = None

    def kill(self) -> None:
        """Stop the child at once and release the pipe."""
        if self.deadline is not None:
            self.deadline.cancel()
            self.deadline = None
        if self.watched is not None:
            with contextlib.suppress(Exception):
                self.watched.remove_reader(self.conn.fileno())
            self.watched = None
        with contextlib.suppress(Exception):
            self.process.kill()
        self.process.join(timeout=10)
        self.conn.close()


@dataclass
class PoolStats:
    """What the pool has had to do besides processing: for logs and tests."""

    processed: int = 0
    timeouts: int = 0
    crashes: int = 0
    respawns: int = 0


class ExtractionPool:
    """``size`` child processes each running one processor; :meth:`process` awaits a result with a hard timeout."""

    def __init__(
        self,
        factory: ProcessorFactory,
        size: int,
        hard_timeout: float,
        start_timeout: float = 600.0,
        pinning: Pinning | None = None,
    ) -> None:
        if size < 1:
            raise ValueError("pool size must be >= 1")
        self._factory = factory
        self.pinning = pinning or Pinning()
        # Slot index -> the CPU its current child claimed (None: unpinned).
        self.cpus: dict[int, int | None] = {}
        self.size = size
        self.hard_timeout = hard_timeout
        self.start_timeout = start_timeout
        self.stats = PoolStats()
        self.model_versions: dict[str, str] = {}
        self._slots: dict[int, _Slot] = {}
        # Jobs waiting for room in a child's queue, oldest first.
        self._waiting: deque[_Job] = deque()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False

    # -- lifecycle (blocking: called before and after the event loop runs) ---------------------------------------

    def start(self) -> dict[str, str]:
        """Start every child and wait until each has loaded its processor; return the model versions.

        Raises :class:`PoolStartError` (after stopping the children already started) if a child fails to load.
        """
        pending = [self._launch(i) for i in range(self.size)]
        try:
            for slot in pending:
                self.model_versions = self._await_ready(slot)
                self._slots[slot.index] = slot
        except BaseException:
            for slot in pending:
                slot.kill()
            self._slots.clear()
            raise
        return self.model_versions

    @property
    def ready(self) -> bool:
        """True when every child is loaded and none is being replaced."""
        return not self._closed and len(self._slots) == self.size

    def close(self, timeout: float = 10.0) -> None:
        """Ask every child to exit (after its current article), then kill whichever has not within ``timeout``."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        deadline = time.monotonic() + timeout
        slots = list(self._slots.values())
        self._slots.clear()
        for job in [*self._waiting, *(job for slot in slots for job in slot.sent)]:
            # The event loop may already be closed (close() runs after it): nobody is left to tell then.
            with contextlib.suppress(RuntimeError):
                job.done.cancel()
        self._waiting.clear()
        for slot in slots:
            with contextlib.suppress(Exception):
                slot.conn.send(None)
        for slot in slots:
            slot.process.join(timeout=max(0.0, deadline - time.monotonic()))
            slot.kill()

    def _launch(self, index: int) -> _Slot:
        parent_conn, child_conn = _CONTEXT.Pipe(duplex=True)
        process = _CONTEXT.Process(
            target=_child_main,
            args=(child_conn, self._factory, self.pinning),
            name=f"khabar-extract-{index}",
            daemon=True,
        )
        process.start()
        # Our copy of the child's end must go, or a dead child would never show up as EOF on ours.
        child_conn.close()
        return _Slot(index=index, process=process, conn=parent_conn)

    def _await_ready(self, slot: _Slot) -> dict[str, str]:
        if not slot.conn.poll(self.start_timeout):
            raise PoolStartError(f"extraction process {slot.index} not ready after {self.start_timeout:g} s")
        try:
            kind, payload, cpu = slot.conn.recv()
        except (EOFError, OSError):
            raise PoolStartError(
                f"extraction process {slot.index} exited while loading (exit code {slot.process.exitcode})"
            ) from None
        if kind != "ready":
            raise PoolStartError(f"extraction process {slot.index} could not load its pipeline: {payload}")
        self.cpus[slot.index] = cpu
        if self.pinning.enabled:
            log.info("extraction process pinned", extra={"event": "pool.pinned", "slot": slot.index, "cpu": cpu})
        versions: dict[str, str] = payload
        return versions

    # -- processing (async) ---------------------------------------------------------------------------------------

    async def process(self, data: bytes, origin: Origin) -> Enriched | Failed:
        """Run one message through a child; a timeout or a crash comes back as a :class:`Failed`."""
        if self._closed:
            raise RuntimeError("the extraction pool is closed")
        job = _Job(data, origin, asyncio.get_running_loop().create_future())
        self._waiting.append(job)
        self._dispatch()
        # Shielded: if the caller is cancelled (a shutdown, a rebalance) an article already in a child still
        # finishes there, and its result is read and dropped, so the child's queue stays in step with its pipe.
        try:
            return await asyncio.shield(job.done)
        except asyncio.CancelledError:
            job.abandoned = True
            raise

    def _dispatch(self) -> None:
        """Hand waiting jobs to the children with room in their queues, least busy first."""
        while self._waiting and not self._closed:
            job = self._waiting[0]
            if job.abandoned:
                self._waiting.popleft()
                continue
            slot = self._free_slot(len(job.data))
            if slot is None:
                return
            self._waiting.popleft()
            self._send(slot, job)

    def _free_slot(self, size: int) -> _Slot | None:
        best: _Slot | None = None
        for slot in self._slots.values():
            queued = len(slot.sent)
            if queued >= QUEUE_DEPTH or (queued and size > QUEUED_MAX_BYTES):
                continue
            if best is None or queued < len(best.sent):
                best = slot
        return best

    def _send(self, slot: _Slot, job: _Job) -> None:
        loop = asyncio.get_running_loop()
        if slot.watched is None:
            loop.add_reader(slot.conn.fileno(), self._on_readable, slot)
            slot.watched = loop
        # A child already gone makes the write fail; its pipe then reads EOF, which fails the jobs it held.
        with contextlib.suppress(OSError):
            slot.conn.send((job.data, job.origin))
        slot.sent.append(job)
        if len(slot.sent) == 1:
            self._start_clock(slot)

    def _start_clock(self, slot: _Slot) -> None:
        # The hard timeout of the job at the head of the queue runs from when the child could start it.
        loop = asyncio.get_running_loop()
        slot.deadline = loop.call_later(self.hard_timeout, self._on_timeout, slot)

    def _on_readable(self, slot: _Slot) -> None:
        if slot.deadline is not None:
            slot.deadline.cancel()
            slot.deadline = None
        try:
            # The child sends each result in one write; by the time the pipe is readable the rest follows at once.
            result: Enriched | Failed = slot.conn.recv()
        except (EOFError, OSError) as exc:
            self._on_crash(slot, exc)
            return
        if not slot.sent:  # nothing was asked of it: a child out of step cannot be trusted
            self._on_crash(slot, RuntimeError("unexpected result"))
            return
        job = slot.sent.popleft()
        self.stats.processed += 1
        if not job.done.done():
            job.done.set_result(result)
        if slot.sent:
            self._start_clock(slot)
        self._dispatch()

    def _on_timeout(self, slot: _Slot) -> None:
        slot.deadline = None
        if not slot.sent:
            return
        job = slot.sent.popleft()
        self.stats.timeouts += 1
        log.warning(
            "extraction timed out",
            extra={"event": "pool.timeout", "slot": slot.index, "seconds": self.hard_timeout, **_where(job.origin)},
        )
        self._replace(slot)
        error = TimeBudgetExceeded(f"extraction killed after the hard limit of {self.hard_timeout:g} s")
        failed = Failed(
            dead_letter(job.data, "budget", error, job.origin, _article_id(job.data)), "budget", type(error).__name__
        )
        if not job.done.done():
            job.done.set_result(failed)
        self._dispatch()

    def _on_crash(self, slot: _Slot, exc: BaseException) -> None:
        job = slot.sent.popleft() if slot.sent else None
        self.stats.crashes += 1
        where = _where(job.origin) if job is not None else {}
        log.error(
            "extraction process died",
            extra={"event": "pool.crash", "slot": slot.index, "exitcode": slot.process.exitcode, **where},
        )
        self._replace(slot)
        if job is not None and not job.done.done():
            died = WorkerProcessDied(f"extraction process exited ({type(exc).__name__}, code {slot.process.exitcode})")
            record = dead_letter(job.data, "record", died, job.origin, _article_id(job.data))
            job.done.set_result(Failed(record, "record", type(died).__name__))
        self._dispatch()

    def _replace(self, slot: _Slot) -> None:
        # Jobs queued behind the one that failed never started: they go first to whichever child is free next.
        self._waiting.extendleft(reversed(slot.sent))
        slot.sent.clear()
        self._slots.pop(slot.index, None)
        slot.kill()
        if self._closed:
            return
        task = asyncio.get_running_loop().create_task(self._respawn(slot.index))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _respawn(self, index: int) -> None:
        attempt = 0
        while not self._closed:
            started = time.monotonic()
            try:
                # Loading models takes seconds of CPU in the child; the parent only waits, off the event loop.
                slot = await asyncio.to_thread(self._start_one, index)
            except PoolStartError as exc:
                delay = RESPAWN_BACKOFF_SECONDS[min(attempt, len(RESPAWN_BACKOFF_SECONDS) - 1)]
                attempt += 1
                log.error(
                    "extraction process failed to restart",
                    extra={"event": "pool.respawn_failed", "slot": index, "error": str(exc), "retry_in": delay},
                )
                await asyncio.sleep(delay)
                continue
            if self._closed:
                slot.kill()
                return
            self.stats.respawns += 1
            self._slots[index] = slot
            self._dispatch()
            log.info(
                "extraction process restarted",
                extra={"event": "pool.respawned", "slot": index, "seconds": round(time.monotonic() - started, 3)},
            )
            return

    def _start_one(self, index: int) -> _Slot:
        slot = self._launch(index)
        try:
            self._await_ready(slot)
        except BaseException:
            slot.kill()
            raise
        return slot


def _where(origin: Origin) -> dict[str, Any]:
    return {"topic": origin.topic, "partition": origin.partition, "offset": origin.offset}


def _article_id(data: bytes) -> str | None:
    # Only for the dead letter of an article we could not finish: the id helps whoever replays it.
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    article_id = value.get("id") if isinstance(value, dict) else None
    return article_id if isinstance(article_id, str) else None
