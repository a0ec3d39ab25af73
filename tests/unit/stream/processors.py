"""Processors for the pool tests: each must be importable by name, because "spawn" children unpickle them."""

from __future__ import annotations

import os
import time

from workers.deadletters import Origin
from workers.pipeline import Enriched, Failed


class ScriptedProcessor:
    """Obeys the message: ``hang`` sleeps forever, ``die`` exits the process, ``burn:S`` uses the CPU for S seconds;
    anything else is echoed back as an enriched record naming the process that handled it, the CPUs it may use and
    when it started on the message."""

    def process(self, data: bytes, origin: Origin) -> Enriched | Failed:
        started = time.monotonic()
        if data == b"hang":
            time.sleep(3600)
        if data == b"die":
            os._exit(3)
        if data.startswith(b"burn:"):
            deadline = time.perf_counter() + float(data[5:])
            while time.perf_counter() < deadline:
                pass
        record = {
            "id": data.decode("utf-8", "replace"),
            "pid": os.getpid(),
            "offset": origin.offset,
            "cpus": sorted(os.sched_getaffinity(0)),
            # CLOCK_MONOTONIC is one clock for every process on the machine: comparable with the parent's.
            "started": started,
        }
        return Enriched(record=record, items={}, stage_seconds={})

    def model_versions(self) -> dict[str, str]:
        return {"scripted": "1"}


def scripted() -> ScriptedProcessor:
    return ScriptedProcessor()


def broken() -> ScriptedProcessor:
    raise RuntimeError("model file missing")
