"""Turn an analysed ``Doc`` into the enriched-article record and its per-item records."""

from __future__ import annotations

from typing import Any

from workers.doc import Doc, Mention, Span, TimeExpr


def _span(span: Span | None, with_entity: bool = True) -> dict[str, Any] | None:
    if span is None:
        return None
    out: dict[str, Any] = {"text": span.text, "start": span.start, "end": span.end}
    if with_entity:
        out["entity_id"] = span.entity_id
    return out


def _mention(m: Mention) -> dict[str, Any]:
    out: dict[str, Any] = {"text": m.text, "start": m.start, "end": m.end, "source": m.source}
    if m.nominal:
        # Only flagged when true, so name mentions keep the 1.0 shape (schema 1.1 added the field as optional).
        out["nominal"] = True
    if m.alias:
        out["alias"] = True  # since schema 1.2
    return out


def _date(d: TimeExpr | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {"text": d.text, "start": d.start, "end": d.end, "value": d.value, "granularity": d.granularity}


def analysis_fields(doc: Doc) -> dict[str, Any]:
    """The extraction part of the enriched record: sentences, entities, quotes, events, dates."""
    return {
        "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
        "entities": [
            {"id": e.id, "type": e.type, "name": e.name, "mentions": [_mention(m) for m in e.mentions]}
            for e in doc.entities
        ],
        "quotes": [
            {
                "id": f"q{i}",
                "kind": q.kind,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "cue": _span(q.cue, with_entity=False),
                "speaker": _span(q.speaker),
            }
            for i, q in enumerate(doc.quotes, 1)
        ],
        "events": [
            {
                "id": f"v{i}",
                "type": e.type,
                "mode": e.mode,
                "context": e.context,
                "trigger": _span(e.trigger, with_entity=False),
                "source": [_span(a) for a in e.source],
                "target": [_span(a) for a in e.target],
                "status": e.status,
                "date": _date(e.date),
                "location": _span(e.location),
                "sentence": {"start": e.sentence[0], "end": e.sentence[1]},
                "confidence": round(e.confidence, 3),
            }
            for i, e in enumerate(doc.events, 1)
        ],
        "dates": [_date(d) for d in doc.dates],
    }


ITEM_KINDS = (("entities", "entity"), ("quotes", "quote"), ("events", "event"))


def item_records(enriched: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """One self-contained record per entity, quote and event, keyed by the plural kind (the topic suffix)."""
    article = {
        "id": enriched["id"],
        "record_id": enriched["record_id"],
        "url": enriched.get("url"),
        "source": enriched.get("source"),
        "published_at": enriched.get("published_at"),
        "lang": enriched["lang"],
    }
    return {
        plural: [
            {"record_id": f"{enriched['record_id']}:{item['id']}", "article": article, singular: item}
            for item in enriched[plural]
        ]
        for plural, singular in ITEM_KINDS
    }
