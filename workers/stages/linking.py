"""Tie text spans (speakers, actors, places) to the article's entities."""

from __future__ import annotations

from workers.doc import Doc, Span


def link(doc: Doc, span: Span | None) -> None:
    """Set ``span.entity_id`` to the entity whose mention overlaps the span most, unless the pack resolved it."""
    if span is None or span.entity_id is not None or span.resolved:
        return
    entity = doc.entity_of(span.start, span.end)
    if entity is not None:
        span.entity_id = entity.id
