"""Running ``khabar worker`` as a child process on this machine: for the demo command and the integration tests.

The worker's JSON log is the interface: it says when the worker is ready, which partitions it holds, its stats.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from workers.settings import Settings
from workers.stream.tail import TailedMessage, read


class WorkerFailed(RuntimeError):
    """The worker exited, or did not reach the awaited state in time; the message ends with its log tail."""


def khabar_command() -> list[str]:
    """The ``khabar`` script next to this Python if installed, else this Python running the CLI module."""
    script = Path(sys.executable).parent / "khabar"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "workers.cli"]


@dataclass
class LocalWorker:
    """A running ``khabar worker`` child process and its log file."""

    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def pid(self) -> int:
        """The worker's process id."""
        return self.process.pid

    def events(self, name: str | None = None) -> list[dict[str, Any]]:
        """The structured log lines so far (those with ``event`` == ``name`` when given)."""
        found = []
        for line in self._lines():
            try:
                entry = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if isinstance(entry, dict) and (name is None or entry.get("event") == name):
                found.append(entry)
        return found

    def _lines(self) -> Iterator[bytes]:
        if not self.log_path.exists():
            return iter(())
        return iter(self.log_path.read_bytes().splitlines())

    def wait_for(self, event: str, count: int = 1, timeout: float = 120.0) -> dict[str, Any]:
        """Wait until the log holds ``count`` lines of ``event``; return the last; raise :class:`WorkerFailed`."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.events(event)
            if len(found) >= count:
                return found[-1]
            if self.process.poll() is not None:
                raise WorkerFailed(f"worker exited with {self.process.returncode} before {event!r}:\n{self.tail()}")
            if time.monotonic() > deadline:
                raise WorkerFailed(f"no {event!r} (x{count}) from the worker after {timeout:g} s:\n{self.tail()}")
            time.sleep(0.2)

    def wait_ready(self, timeout: float = 180.0) -> dict[str, Any]:
        """Wait until the worker has loaded its models and joined its consumer group."""
        return self.wait_for("worker.ready", timeout=timeout)

    def stop(self, timeout: float = 60.0) -> int:
        """SIGTERM, then wait for the exit status (SIGKILL after ``timeout``)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise WorkerFailed(f"worker ignored SIGTERM for {timeout:g} s:\n{self.tail()}") from None

    def kill(self) -> None:
        """SIGKILL: no clean-up, no commit (what a crash or the OOM killer does)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)

    def tail(self, lines: int = 40) -> str:
        """The last lines of the log."""
        return "\n".join(line.decode("utf-8", "replace") for line in list(self._lines())[-lines:])


def start_worker(env: Mapping[str, str], log_path: Path, cwd: Path | None = None) -> LocalWorker:
    """Start ``khabar worker`` with ``env`` added to this process's environment; its output goes to ``log_path``."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        # The command is our own entry point; only the environment comes from the caller.
        process = subprocess.Popen(  # noqa: S603
            [*khabar_command(), "worker"],
            env={**os.environ, **env},
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=str(cwd or log_path.parent),
        )
    return LocalWorker(process=process, log_path=log_path)


def read_enriched(settings: Settings, count: int, timeout: float = 60.0) -> list[TailedMessage]:
    """The first ``count`` enriched records, as they arrive; gives up after ``timeout`` seconds without a new one."""
    return list(
        read(settings, settings.topics.enriched, count=count, from_beginning=True, follow=True, timeout=timeout)
    )
