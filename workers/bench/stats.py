"""The bench's arithmetic: percentiles, rates and shares, on plain numbers so they can be checked by hand."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of ``values``, interpolating linearly between the closest ranks.

    This is the "linear" method (numpy's default): rank ``(n - 1) * q / 100`` in the sorted values. It never invents a
    value outside the observed range, and p100 is the maximum.
    """
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= q <= 100:
        raise ValueError(f"percentile {q} outside 0..100")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def rate(count: float, seconds: float) -> float:
    """``count`` per second over ``seconds`` of wall time."""
    if seconds <= 0:
        raise ValueError(f"rate over a non-positive duration ({seconds} s)")
    return count / seconds


def latency_summary(seconds: Sequence[float]) -> dict[str, float | int | None]:
    """Count, mean, p50, p95, p99 and max of latencies given in seconds, reported in milliseconds."""
    if not seconds:
        return {"count": 0, "mean_ms": None, "p50_ms": None, "p95_ms": None, "p99_ms": None, "max_ms": None}
    return {
        "count": len(seconds),
        "mean_ms": round(1000 * sum(seconds) / len(seconds), 3),
        "p50_ms": round(1000 * percentile(seconds, 50), 3),
        "p95_ms": round(1000 * percentile(seconds, 95), 3),
        "p99_ms": round(1000 * percentile(seconds, 99), 3),
        "max_ms": round(1000 * max(seconds), 3),
    }


def shares(parts: Mapping[str, float], total: float | None = None) -> dict[str, float]:
    """Each part as a fraction of ``total`` (default: the sum of the parts), largest first."""
    whole = sum(parts.values()) if total is None else total
    if whole <= 0:
        return {name: 0.0 for name in parts}
    return {name: round(value / whole, 4) for name, value in sorted(parts.items(), key=lambda kv: -kv[1])}


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """``numerator / denominator``, or None when either is unknown or the denominator is zero."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator
