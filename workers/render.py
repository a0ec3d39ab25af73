"""Enriched records as short human-readable reports (for `khabar demo` and people at a terminal)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_TYPE_ORDER = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "MISC")
_MAX_QUOTE = 90


def _clip(text: str, limit: int = _MAX_QUOTE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _actor(actors: list[Mapping[str, Any]], names: Mapping[str, str]) -> str:
    if not actors:
        return "—"
    return ", ".join(names.get(a.get("entity_id") or "", a["text"]) for a in actors)


def render_record(record: Mapping[str, Any]) -> str:
    """A few lines per article: its entities by type, quotes with speakers, events with actors and dates."""
    names = {e["id"]: e["name"] for e in record["entities"]}
    head = f"■ {record['id']}  [{record['lang']}, {record['outcome']}]"
    if record.get("title"):
        head += f"  {_clip(record['title'], 70)}"
    lines = [head]
    if record["outcome"] != "ok":
        lines.append("  (language not analysed)")
        return "\n".join(lines)
    for entity_type in _TYPE_ORDER:
        of_type = [e for e in record["entities"] if e["type"] == entity_type]
        if of_type:
            counts = [f" ×{len(e['mentions'])}" if len(e["mentions"]) > 1 else "" for e in of_type]
            listed = ", ".join(e["name"] + n for e, n in zip(of_type, counts, strict=True))
            lines.append(f"  {entity_type:<7} {listed}")
    for quote in record["quotes"]:
        speaker = quote["speaker"]
        who = names.get(speaker.get("entity_id") or "", speaker["text"]) if speaker else "?"
        mark = "“”" if quote["kind"] == "direct" else "~"
        lines.append(f"  QUOTE   {who}: {mark[0]}{_clip(quote['text'])}{mark[-1]}")
    for event in record["events"]:
        date = f" @{event['date']['value']}" if event.get("date") and event["date"].get("value") else ""
        status = "" if event["status"] == "asserted" else f" ({event['status']})"
        mode = f"/{event['mode']}" if event.get("mode") else ""
        lines.append(
            f"  EVENT   {event['type']}{mode}{status}: {_actor(event['source'], names)} → "
            f"{_actor(event['target'], names)}  «{event['trigger']['text']}»{date}"
        )
    return "\n".join(lines)
