"""Event-loop lag: how late a timer fires. The loop carries heartbeats and fetches, so its lag is the health figure.

A task sleeps for a short tick again and again; whatever it oversleeps is time some other callback held the loop.
"""

from __future__ import annotations

import asyncio
import math
import time
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LagSummary:
    """Lag over one window, in milliseconds."""

    samples: int
    mean_ms: float
    p50_ms: float
    p99_ms: float
    max_ms: float

    def as_dict(self) -> dict[str, float | int]:
        """The figures as a flat dict (for logs)."""
        return {
            "samples": self.samples,
            "mean_ms": self.mean_ms,
            "p50_ms": self.p50_ms,
            "p99_ms": self.p99_ms,
            "max_ms": self.max_ms,
        }


def summarise(lags: list[float]) -> LagSummary:
    """Summary of lag samples given in seconds."""
    if not lags:
        return LagSummary(0, 0.0, 0.0, 0.0, 0.0)
    ordered = sorted(lags)

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]

    def ms(seconds: float) -> float:
        return round(seconds * 1000, 2)

    return LagSummary(
        samples=len(ordered),
        mean_ms=ms(sum(ordered) / len(ordered)),
        p50_ms=ms(pick(0.5)),
        p99_ms=ms(pick(0.99)),
        max_ms=ms(ordered[-1]),
    )


@dataclass
class LoopLagMonitor:
    """Samples the running loop's lag every ``tick`` seconds; :meth:`take` returns and resets the current window."""

    tick: float = 0.05
    _window: list[float] = field(default_factory=list)
    _all: list[float] = field(default_factory=list)

    async def run(self) -> None:
        """Sample until cancelled."""
        while True:
            started = time.perf_counter()
            await asyncio.sleep(self.tick)
            lag = max(0.0, time.perf_counter() - started - self.tick)
            self._window.append(lag)
            self._all.append(lag)
            if len(self._all) > 200_000:  # about three hours at 20 samples a second: keep the memory bounded
                del self._all[: len(self._all) // 2]

    def take(self) -> LagSummary:
        """Summary of the samples since the last call."""
        window, self._window = self._window, []
        return summarise(window)

    def overall(self) -> LagSummary:
        """Summary of every sample kept since the start."""
        return summarise(self._all)
