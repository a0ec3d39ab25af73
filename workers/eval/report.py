"""Human-readable table of an :func:`workers.eval.scorer.evaluate` result."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_HEADER = ("task", "class", "P", "R", "F1", "support", "predicted")


def _row(task: str, label: str, scores: Mapping[str, Any]) -> tuple[str, ...]:
    """One table row from a scores block."""
    return (
        task,
        label,
        f"{scores['p']:.3f}",
        f"{scores['r']:.3f}",
        f"{scores['f1']:.3f}",
        str(scores.get("support", "")),
        str(scores.get("predicted", "")),
    )


def format_table(result: Mapping[str, Any]) -> str:
    """Render the scores as an aligned plain-text table, one row per task and class, with a summary line first."""
    head = f"documents: {result.get('docs', 0)}"
    if "seconds" in result:
        head += f"   pipeline seconds: {result['seconds']:.3f}"
    if result.get("missing_predictions"):
        head += f"   missing predictions: {result['missing_predictions']}"
    rows: list[tuple[str, ...]] = []
    notes: list[str] = []
    for task in ("ner", "entities"):
        block = result.get(task)
        if block:
            rows.extend(_row(task, cls, scores) for cls, scores in block.items())
    quotes = result.get("quotes")
    if quotes:
        rows.append(_row("quotes", "content", quotes))
        notes.append(
            f"quotes: speaker accuracy {quotes['speaker_accuracy']:.3f} over {quotes.get('tp', 0)} matched, "
            f"attributed F1 {quotes['attributed_f1']:.3f}"
        )
    events = result.get("events")
    if events:
        rows.append(_row("events", "type+actors", events))
        rows.append(_row("events", "type only", events["type_only"]))
    if not rows:
        return head + "\nno scored task: the gold documents carry no entities, tags, quotes or events"
    widths = [max(len(r[i]) for r in [_HEADER, *rows]) for i in range(len(_HEADER))]
    lines = [head, ""]
    for r in [_HEADER, *rows]:
        cells = [r[0].ljust(widths[0]), r[1].ljust(widths[1])] + [
            c.rjust(w) for c, w in zip(r[2:], widths[2:], strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
    if notes:
        lines.append("")
        lines.extend(notes)
    return "\n".join(lines)
