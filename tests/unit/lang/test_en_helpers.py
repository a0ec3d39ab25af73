"""Shared helpers (no tests here) for the English pack tests: one loaded pack, documents through the real stages."""

from __future__ import annotations

import datetime as dt
from functools import cache

from workers.doc import Doc, Entity, Event, Quote
from workers.lang.en.pack import EnglishPack, load_pack
from workers.stages import dates, entities, events, quotes


@cache
def pack() -> EnglishPack:
    """The English pack, loaded once per test session (the spaCy model takes about a second)."""
    return load_pack()


def analysed(text: str, published: dt.date | None = dt.date(2024, 3, 14)) -> Doc:
    """``text`` through analyse, entities, dates, quotes and events, as the pipeline runs them."""
    doc = Doc(text=text, lang="en", published_at=published)
    p = pack()
    p.analyse(doc)
    for stage in (entities, dates, quotes, events):
        stage.run(doc, p)
    return doc


def entity_named(doc: Doc, name: str) -> Entity:
    """The entity one of whose mentions reads ``name``."""
    return next(e for e in doc.entities if any(m.text == name for m in e.mentions))


def quote_containing(doc: Doc, words: str) -> Quote:
    """The quote whose text contains ``words``."""
    return next(q for q in doc.quotes if words in q.text)


def speaker_id(doc: Doc, words: str) -> str | None:
    """The entity id of who said the quote containing ``words``; the test fails when that quote has no speaker."""
    speaker = quote_containing(doc, words).speaker
    assert speaker is not None, f"no speaker for the quote containing {words!r}"
    return speaker.entity_id


def events_of(doc: Doc, type_: str) -> list[Event]:
    """The events of one PLOVER type."""
    return [e for e in doc.events if e.type == type_]
