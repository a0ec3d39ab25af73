"""Tie text spans (speakers, actors, places) to the article's entities."""

from __future__ import annotations

from bisect import bisect_left

from workers.doc import Doc, Entity, Span


def link(doc: Doc, span: Span | None) -> None:
    """Set ``span.entity_id`` to the entity whose mention overlaps the span most, unless the pack resolved it.

    A span that begins with a title standing for a named person is that person, though a body named inside the title
    covers more of it ("[رئيس] [الهيئة]" is the authority's chairman, not the authority; "the head of [the agency]").
    """
    if span is None or span.entity_id is not None or span.resolved:
        return
    entity = _titled_person(doc, span) or doc.entity_of(span.start, span.end)
    if entity is not None:
        span.entity_id = entity.id


def _titled_person(doc: Doc, span: Span) -> Entity | None:
    """The person of a nominal mention (a title) that starts ``span`` and ends inside it, if any."""
    k = bisect_left(doc.mentions, span.start, key=lambda m: m.start)
    while k < len(doc.mentions) and doc.mentions[k].start == span.start:
        m = doc.mentions[k]
        if m.nominal and m.type == "PERSON" and m.end < span.end:
            return doc.entity_of(m.start, m.end)
        k += 1
    return None
