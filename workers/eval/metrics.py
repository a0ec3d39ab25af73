"""Counts and precision / recall / F1 with one explicit zero-division rule."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def ratio(numerator: int, denominator: int) -> float:
    """``numerator / denominator``, or 0.0 when the denominator is 0.

    0.0 rather than 1.0 or an error: a score must never be earned by predicting nothing, and the counts reported
    next to every score ("support", "predicted") show when a zero comes from an empty denominator.
    """
    return numerator / denominator if denominator else 0.0


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0.0 when both are 0)."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


@dataclass(slots=True)
class Counts:
    """True positives, predicted items and gold items for one task or class."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        """Accumulate ``other`` into these counts."""
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    def scores(self) -> dict[str, Any]:
        """``{"p", "r", "f1", "support", "predicted", "tp"}``; support is the number of gold items."""
        p = ratio(self.tp, self.predicted)
        r = ratio(self.tp, self.gold)
        return {"p": p, "r": r, "f1": f1(p, r), "support": self.gold, "predicted": self.predicted, "tp": self.tp}


def per_class_scores(counts: dict[str, Counts], classes: tuple[str, ...]) -> dict[str, Any]:
    """Scores for each of ``classes`` (in that order) plus their micro average under the key "micro"."""
    micro = Counts()
    result: dict[str, Any] = {}
    for cls in classes:
        c = counts.get(cls, Counts())
        micro.add(c)
        result[cls] = c.scores()
    result["micro"] = micro.scores()
    return result
