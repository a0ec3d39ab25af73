"""``khabar eval``: score enriched records against gold documents (data/README.md, "Gold format" and scoring).

A task is scored only on the gold documents that carry its key: "tags" (token NER), "entities", "quotes",
"events". Predictions are paired with gold documents by ``id``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson

from workers.eval.entities import ENTITY_CLASSES, score_entities
from workers.eval.events import EventCounts, score_events
from workers.eval.metrics import Counts, per_class_scores
from workers.eval.ner import NER_CLASSES, TagMap, score_ner
from workers.eval.quotes import QuoteCounts, score_quotes

_RAW_OPTIONAL = ("published_at", "url", "title")


def gold_to_raw(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The raw article to feed the pipeline for a gold document.

    Its text is the gold tokens joined by single spaces when the document has tokens (token offsets are defined on
    that text), else the gold ``text``. Only ``id``, ``lang``, ``text`` and, when present, ``published_at``, ``url``
    and ``title`` are passed on: the annotations must not reach the pipeline.
    """
    tokens = doc.get("tokens")
    text = " ".join(str(t) for t in tokens) if tokens else str(doc.get("text") or "")
    raw: dict[str, Any] = {"id": doc.get("id"), "lang": doc.get("lang"), "text": text}
    for key in _RAW_OPTIONAL:
        if doc.get(key) is not None:
            raw[key] = doc[key]
    return raw


def _pair(
    gold_docs: Sequence[Mapping[str, Any]], predictions: Sequence[Mapping[str, Any]]
) -> tuple[list[tuple[Mapping[str, Any], Mapping[str, Any]]], int]:
    """(gold, prediction) pairs by id, and how many gold documents had no prediction (scored as empty)."""
    by_id: dict[str, Mapping[str, Any]] = {}
    for record in predictions:
        key = str(record.get("id"))
        if key in by_id:
            raise ValueError(f"two predictions for document {key!r}")
        by_id[key] = record
    seen: set[str] = set()
    pairs: list[tuple[Mapping[str, Any], Mapping[str, Any]]] = []
    missing = 0
    for doc in gold_docs:
        if doc.get("id") is None:
            raise ValueError("a gold document has no id")
        key = str(doc["id"])
        if key in seen:
            raise ValueError(f"two gold documents with id {key!r}")
        seen.add(key)
        found = by_id.get(key)
        if found is None:
            missing += 1
        pairs.append((doc, found if found is not None else {}))
    return pairs, missing


def evaluate(
    gold_docs: Sequence[Mapping[str, Any]],
    predictions: Sequence[Mapping[str, Any]],
    *,
    tag_map: TagMap | None = None,
) -> dict[str, Any]:
    """Score predictions (enriched records, one per gold document, paired by ``id``) against gold documents.

    Returns ``{"docs": n, "missing_predictions": k}`` plus one key per task the documents carry:
    "ner" and "entities" (per class and "micro", each ``{"p", "r", "f1", "support", "predicted", "tp"}``),
    "quotes" (p/r/f1, "speaker_accuracy", "attributed_f1", counts) and "events" (p/r/f1 and "type_only").
    ``tag_map`` maps fine gold NER classes (NewsFANE) to coarse ones; coarse classes need no map.
    A gold document without a prediction is scored as an empty prediction.
    """
    pairs, missing = _pair(gold_docs, predictions)
    ner: dict[str, Counts] | None = None
    entities: dict[str, Counts] | None = None
    quotes: QuoteCounts | None = None
    events: EventCounts | None = None
    for gold, pred in pairs:
        if "tags" in gold:
            ner = _merge(ner, score_ner(gold, pred, tag_map))
        if "entities" in gold:
            entities = _merge(entities, score_entities(gold, pred))
        if "quotes" in gold:
            doc_quotes = score_quotes(gold, pred)
            if quotes is None:
                quotes = QuoteCounts(Counts())
            quotes.add(doc_quotes)
        if "events" in gold:
            if events is None:
                events = EventCounts()
            events.add(score_events(gold, pred))
    result: dict[str, Any] = {"docs": len(pairs), "missing_predictions": missing}
    if ner is not None:
        result["ner"] = per_class_scores(ner, NER_CLASSES)
    if entities is not None:
        result["entities"] = per_class_scores(entities, ENTITY_CLASSES)
    if quotes is not None:
        result["quotes"] = quotes.scores()
    if events is not None:
        result["events"] = events.scores()
    return result


def _merge(total: dict[str, Counts] | None, doc: dict[str, Counts]) -> dict[str, Counts]:
    """Add one document's per-class counts into the running totals."""
    if total is None:
        total = {}
    for cls, counts in doc.items():
        total.setdefault(cls, Counts()).add(counts)
    return total


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold documents of a JSON Lines file (blank lines skipped)."""
    docs: list[dict[str, Any]] = []
    with Path(path).open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            doc = orjson.loads(line)
            if not isinstance(doc, dict):
                raise ValueError(f"{path}:{number}: a gold line must be a JSON object")
            docs.append(doc)
    return docs


def evaluate_file(
    path: str | Path,
    enrich: Callable[[dict[str, Any]], dict[str, Any]],
    *,
    tag_map: TagMap | None = None,
) -> dict[str, Any]:
    """Run ``enrich`` on :func:`gold_to_raw` of every gold document in ``path`` and score the records.

    The result is :func:`evaluate`'s plus "seconds": wall time spent in ``enrich`` (the pipeline), not in scoring.
    """
    gold_docs = read_gold(path)
    started = time.perf_counter()
    predictions = [enrich(gold_to_raw(doc)) for doc in gold_docs]
    seconds = time.perf_counter() - started
    # The pipeline may not echo the id; pair by position, which is how the records were produced.
    keyed = [{**record, "id": doc.get("id")} for doc, record in zip(gold_docs, predictions, strict=True)]
    result = evaluate(gold_docs, keyed, tag_map=tag_map)
    result["seconds"] = round(seconds, 3)
    return result
