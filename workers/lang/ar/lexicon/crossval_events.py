"""Cross-validate the Arabic event filter through the real pipeline and scorer.

    python -m workers.lang.ar.lexicon.crossval_events ../shared/data/ar/event-sentences.dev.jsonl [--folds 5]

Judged sentences (gold JSON Lines, one ``events_scope`` type each) are split into deterministic folds, stratified by
type and label, with near-duplicate sentences kept in one fold (:mod:`workers.lang.ar.lexicon.folds`). For each
fold, a filter is trained on the other folds (its threshold picked by an inner cross-validation on those folds
alone), the held-out sentences go through :class:`workers.pipeline.Pipeline` with that filter, and
:func:`workers.eval.evaluate` scores the records: events with actors and with types alone, per fold and pooled.
The rules without any filter are scored the same way, as a reference.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from workers.eval.scorer import evaluate, gold_to_raw, read_gold
from workers.lang.ar.lexicon.event_filter import EventFilter
from workers.lang.ar.lexicon.filter_model import (
    MAX_BYTES,
    Judged,
    fit,
    inner_threshold,
    judged_articles,
    judged_sentences,
)
from workers.lang.ar.lexicon.folds import assign_folds, near_duplicate_groups
from workers.lang.ar.pack import ArabicPack
from workers.pipeline import Enriched, Pipeline
from workers.records import decode_raw

FOLDS = 5


@dataclass(slots=True)
class Tally:
    """Event counts: matched with actors (``tp``), matched by type alone (``tp_type``), predicted, gold."""

    tp: int = 0
    tp_type: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Tally) -> None:
        """Accumulate ``other``."""
        self.tp += other.tp
        self.tp_type += other.tp_type
        self.predicted += other.predicted
        self.gold += other.gold

    def scores(self) -> dict[str, dict[str, float]]:
        """Precision, recall and F1 with actors ("actors") and by type alone ("type_only")."""
        return {
            "type_only": _prf(self.tp_type, self.predicted, self.gold),
            "actors": _prf(self.tp, self.predicted, self.gold),
        }


@dataclass(slots=True)
class Report:
    """Per-fold and pooled tallies of the filtered pipeline, the rules alone, and each fold's threshold."""

    folds: list[Tally] = field(default_factory=list)
    thresholds: list[float] = field(default_factory=list)
    pooled: Tally = field(default_factory=Tally)
    rules_only: Tally = field(default_factory=Tally)
    groups: int = 0

    def as_dict(self) -> dict[str, Any]:
        """The report as plain data (what the filter's metadata records)."""
        return {
            "folds": len(self.folds),
            "near_duplicate_groups": self.groups,
            "pooled": self.pooled.scores(),
            "per_fold": [t.scores() for t in self.folds],
            "thresholds": self.thresholds,
            "rules_only": self.rules_only.scores(),
        }


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def tally(gold_docs: Sequence[Mapping[str, Any]], records: Sequence[Mapping[str, Any]]) -> Tally:
    """The scorer's event counts for records paired with their gold documents."""
    keyed = [{**r, "id": g.get("id")} for g, r in zip(gold_docs, records, strict=True)]
    events = evaluate(gold_docs, keyed).get("events")
    if events is None:
        return Tally()
    return Tally(int(events["tp"]), int(events["type_only"]["tp"]), int(events["predicted"]), int(events["support"]))


def run_pipeline(
    pipeline: Pipeline, pack: ArabicPack, event_filter: EventFilter | None, gold_docs: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Records of the gold documents enriched by ``pipeline`` with ``event_filter`` in the Arabic pack."""
    pack.use_event_filter(event_filter)
    records = []
    for gold in gold_docs:
        result = pipeline.enrich(decode_raw(orjson.dumps(gold_to_raw(gold)), MAX_BYTES))
        if not isinstance(result, Enriched):
            raise TypeError("the pipeline returned no record")
        records.append(result.record)
    return records


def folds_of(gold_docs: Sequence[Mapping[str, Any]], folds: int) -> tuple[list[int], list[int]]:
    """(fold of each document, near-duplicate group of each document)."""
    groups = near_duplicate_groups([str(d.get("text") or "") for d in gold_docs])
    strata = [(str((d.get("events_scope") or [""])[0]), bool(d.get("events"))) for d in gold_docs]
    return assign_folds(strata, groups, folds), groups


def cross_validate(
    gold_docs: Sequence[Mapping[str, Any]], folds: int = FOLDS, pipeline: Pipeline | None = None
) -> Report:
    """Train on all folds but one, score the held-out fold with the real pipeline; every fold in turn."""
    pipeline, pack = _arabic(pipeline)
    fold_of, groups = folds_of(gold_docs, folds)
    judged = judged_sentences(gold_docs, pack)
    report = Report(groups=len(set(groups)))
    singles = [[item] for item in judged]
    return _held_out(report, pipeline, pack, gold_docs=gold_docs, fold_of=fold_of, judged=singles, groups=groups)


def cross_validate_articles(
    gold_articles: Sequence[Mapping[str, Any]], folds: int = FOLDS, pipeline: Pipeline | None = None
) -> Report:
    """The article filter's held-out estimate: articles split into folds (each article whole, in one fold); a
    filter trained on the other folds' articles (threshold by inner cross-validation on them) judges the held-out
    articles through the real pipeline, and the scorer counts their events."""
    pipeline, pack = _arabic(pipeline)
    fold_of = [k % folds for k in range(len(gold_articles))]
    judged = [judged_articles([gold], pack) for gold in gold_articles]
    report = Report(groups=len(gold_articles))
    groups = list(range(len(gold_articles)))
    return _held_out(report, pipeline, pack, gold_docs=gold_articles, fold_of=fold_of, judged=judged, groups=groups)


def _arabic(pipeline: Pipeline | None) -> tuple[Pipeline, ArabicPack]:
    pipeline = pipeline or Pipeline(languages=("ar",), echo_text=False, max_message_bytes=MAX_BYTES)
    pack = pipeline.pack("ar")
    if not isinstance(pack, ArabicPack):
        raise TypeError("the Arabic pack is not loaded")
    return pipeline, pack


def _held_out(
    report: Report,
    pipeline: Pipeline,
    pack: ArabicPack,
    *,
    gold_docs: Sequence[Mapping[str, Any]],
    fold_of: Sequence[int],
    judged: Sequence[Sequence[Judged]],
    groups: Sequence[int],
) -> Report:
    """Fill ``report``: the rules alone on every document, then for each fold a filter trained on the judged items
    of the other folds' documents (each document's items in its near-duplicate ``groups`` entry) scoring the fold's
    documents through the pipeline. The shipped filters are restored afterwards."""
    report.rules_only = tally(gold_docs, run_pipeline(pipeline, pack, None, gold_docs))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "fold.crfsuite"
            for fold in range(max(fold_of) + 1):
                train_idx = [k for k, f in enumerate(fold_of) if f != fold]
                held = [gold_docs[k] for k, f in enumerate(fold_of) if f == fold]
                train = [item for k in train_idx for item in judged[k]]
                threshold = inner_threshold(train, [groups[k] for k in train_idx for _ in judged[k]])
                fit(train, model, threshold)
                counts = tally(held, run_pipeline(pipeline, pack, EventFilter.open(model), held))
                report.folds.append(counts)
                report.thresholds.append(threshold)
                report.pooled.add(counts)
    finally:
        pack.use_shipped_event_filters()
    return report


def format_report(report: Report) -> str:
    """A plain-text table of the report."""

    def row(name: str, t: Tally) -> str:
        s = t.scores()
        a, o = s["actors"], s["type_only"]
        return (
            f"{name:<10} {o['p']:6.3f} {o['r']:6.3f} {o['f1']:6.3f}   {a['p']:6.3f} {a['r']:6.3f} {a['f1']:6.3f}"
            f"   {t.predicted:5d} {t.gold:5d}"
        )

    lines = [f"{'':<10} {'type only (P R F1)':<22}   {'with actors (P R F1)':<22}   pred  gold"]
    for k, (t, cut) in enumerate(zip(report.folds, report.thresholds, strict=True)):
        lines.append(row(f"fold {k}", t) + f"   threshold {cut:.3f}")
    lines.append(row("pooled", report.pooled))
    lines.append(row("rules", report.rules_only) + "   (no filter)")
    lines.append(f"{report.groups} near-duplicate groups")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the cross-validation of the filter on the judged sentences named on the command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sentences", type=Path, help="gold JSON Lines, one events_scope type per document")
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    report = cross_validate(read_gold(args.sentences), args.folds)
    if args.json:
        sys.stdout.buffer.write(orjson.dumps(report.as_dict(), option=orjson.OPT_INDENT_2) + b"\n")
    else:
        print(format_report(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
