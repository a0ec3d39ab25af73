"""Memory figures of this process and of other processes, from the kernel (no psutil needed on Linux)."""

from __future__ import annotations

import resource
import sys
from pathlib import Path


def peak_rss_bytes() -> int:
    """This process's peak resident set size so far.

    The kernel's high-water mark of this process's own memory (VmHWM) where /proc has it; getrusage otherwise. On
    Linux ``ru_maxrss`` survives exec, so a spawned child would report its parent's peak if that was higher.
    """
    hwm = process_peak_rss_bytes()
    if hwm is not None:
        return hwm
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return int(peak) if sys.platform == "darwin" else int(peak) * 1024


def current_rss_bytes(pid: int | str = "self") -> int | None:
    """The resident set size of ``pid`` now (None where /proc is not available)."""
    return _status_field(pid, "VmRSS")


def process_peak_rss_bytes(pid: int | str = "self") -> int | None:
    """The peak resident set size of ``pid`` (the kernel's high-water mark, VmHWM), or None."""
    return _status_field(pid, "VmHWM")


def _status_field(pid: int | str, name: str) -> int | None:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        if line.startswith(name + ":"):
            value, _, unit = line.split(":", 1)[1].strip().partition(" ")
            return int(value) * (1024 if unit.strip().lower() == "kb" else 1)
    return None
