"""Other processes as the kernel sees them: their children and the CPU time they have used (Linux /proc)."""

from __future__ import annotations

import os
from pathlib import Path

# Fields 14 and 15 of /proc/<pid>/stat (user and system time), counted after the command name's closing paren.
_UTIME_AFTER_COMM = 11
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def child_pids(pid: int) -> list[int]:
    """The direct children of ``pid`` (every thread's children), or none when /proc cannot tell."""
    children: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            children.extend(int(p) for p in (task / "children").read_text().split())
    except OSError:
        return []
    return sorted(set(children))


def descendants(pid: int) -> list[int]:
    """Children, grandchildren and so on of ``pid``."""
    found: list[int] = []
    pending = child_pids(pid)
    while pending:
        child = pending.pop()
        found.append(child)
        pending.extend(child_pids(child))
    return sorted(found)


def cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time ``pid`` has used so far (its own threads, not its children), or None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name may contain spaces and parentheses: split after its last ")".
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[_UTIME_AFTER_COMM]) + int(fields[_UTIME_AFTER_COMM + 1])) / _TICKS
