"""Shared helpers (no tests here) for the Arabic pack tests: one loaded pack, documents through the real stages."""

from __future__ import annotations

import datetime as dt
from functools import cache

from workers.doc import Doc, Event
from workers.lang.ar.events import find_events
from workers.lang.ar.pack import ArabicPack, load_pack
from workers.stages import dates, entities, events, quotes


@cache
def pack() -> ArabicPack:
    return load_pack()


def analysed(text: str, published: dt.date | None = dt.date(2023, 9, 4), *, with_events: bool = True) -> Doc:
    """``text`` through analyse, entities, dates, quotes and (optionally) events, as the pipeline runs them."""
    doc = Doc(text=text, lang="ar", published_at=published)
    p = pack()
    p.analyse(doc)
    entities.run(doc, p)
    dates.run(doc, p)
    quotes.run(doc, p)
    if with_events:
        events.run(doc, p)
    return doc


class _RulesOnly:
    """The pack's events without the trained ASSAULT/PROTEST filter, for tests of the rules themselves."""

    def events(self, doc: Doc) -> list[Event]:
        return find_events(doc, None)


def rule_events(text: str) -> Doc:
    """``text`` through the stages, events found by the rules alone (the trained filter off)."""
    doc = analysed(text, with_events=False)
    events.run(doc, _RulesOnly())  # type: ignore[arg-type]
    return doc


def entity_names(doc: Doc, start: int, end: int) -> set[str]:
    """Names of the entity a span resolves to (its canonical name and mention texts), or empty."""
    entity = doc.entity_of(start, end)
    if entity is None:
        return set()
    return {entity.name} | {m.text for m in entity.mentions}
