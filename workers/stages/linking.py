"""Tie text spans (speakers, actors, places) to the article's entities."""

from __future__ import annotations

from workers.doc import Doc, Span


def link(doc: Doc, span: Span | None) -> None:
    """Set ``span.entity_id`` to the entity one of whose mentions overlaps the span most, when there is one."""
    if span is None or span.entity_id is not None:
        return
    entity = doc.entity_of(span.start, span.end)
    if entity is not None:
        span.entity_id = entity.id
