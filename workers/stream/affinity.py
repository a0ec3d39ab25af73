"""One CPU per extraction process, claimed through lock files that every Khabar worker on the machine shares.

Measured on the 2-core dev machine: the pipeline costs about 38 CPU-ms per article when its process stays on one
core and about 43 ms when the scheduler moves it between cores (each move leaves its caches behind). Pinning each
extraction process to a core of its own recovers that, but only if no two processes pin to the same core, and the
workers are separate programs. So each process claims a core by holding an exclusive ``flock`` on that core's lock
file for as long as it lives: the kernel releases the lock when the process exits or is killed, so a crashed
worker never leaves a core claimed. When every core is claimed the process stays unpinned, as it was before.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

LOCK_DIR_NAME = "khabar-cpu-claims"
# Lock files held by this process; never closed, because closing one would release its core.
_held: list[int] = []


def default_lock_dir() -> Path:
    """Where the per-core lock files live: the machine's temporary directory, shared by every worker on it."""
    return Path(tempfile.gettempdir()) / LOCK_DIR_NAME


def usable_cpus() -> list[int]:
    """The CPUs this process may run on, in order."""
    return sorted(os.sched_getaffinity(0))


def claim_cpu(lock_dir: Path | None = None) -> int | None:
    """Pin this process to the first usable CPU no other claimant holds; return it, or None if none was free.

    With a single usable CPU there is nothing to choose and nothing is claimed.
    """
    cpus = usable_cpus()
    if len(cpus) < 2:
        return None
    directory = lock_dir or default_lock_dir()
    try:
        directory.mkdir(mode=0o777, parents=True, exist_ok=True)
    except OSError as exc:
        log.warning("cpu claims unavailable", extra={"event": "affinity.unavailable", "error": str(exc)})
        return None
    for cpu in cpus:
        fd = _try_lock(directory / f"cpu-{cpu}.lock")
        if fd is None:
            continue
        try:
            os.sched_setaffinity(0, {cpu})
        except OSError:
            os.close(fd)
            continue
        _held.append(fd)
        return cpu
    return None


def _try_lock(path: Path) -> int | None:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    # Another user's worker may share the directory: keep the file usable by it (best effort).
    with contextlib.suppress(OSError):
        os.fchmod(fd, 0o666)
    return fd
