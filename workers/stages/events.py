"""The events stage: the pack finds PLOVER events; here actors and places are tied to entities and dates attached."""

from __future__ import annotations

from workers.doc import Doc, Event, TimeExpr
from workers.lang.base import LanguagePack
from workers.stages.linking import link


def _date_for(doc: Doc, event: Event) -> TimeExpr | None:
    """The resolved temporal expression nearest the trigger within the event's sentence."""
    start, end = event.sentence
    candidates = [d for d in doc.dates if d.value and start <= d.start and d.end <= end]
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs(d.start - event.trigger.start))


def run(doc: Doc, pack: LanguagePack) -> None:
    """Fill ``doc.events`` in reading order, with actors linked and a date where the sentence gives one."""
    events = sorted(pack.events(doc), key=lambda e: (e.trigger.start, e.type))
    for event in events:
        for actor in (*event.source, *event.target):
            link(doc, actor)
        link(doc, event.location)
        if event.date is None:
            event.date = _date_for(doc, event)
    doc.events = events
