"""Read the parts of an enriched record (a prediction) that scoring needs, tolerating absent or null fields.

Records with outcome "lang_unsupported" or "empty" carry no entities, quotes or events: they score as empty
predictions, which is what they are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def items(record: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    """The list under ``key`` (entities, quotes, events), or an empty list when absent or null."""
    value = record.get(key)
    if not value:
        return []
    return [item for item in value if isinstance(item, Mapping)]


def entity_index(record: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """The record's entities by id."""
    return {str(e["id"]): e for e in items(record, "entities") if e.get("id") is not None}


def mention_texts(entity: Mapping[str, Any]) -> list[str]:
    """The text of each of an entity's mentions: what entity scoring matches against the gold names."""
    return [
        text
        for mention in entity.get("mentions") or []
        if isinstance(mention, Mapping) and isinstance(text := mention.get("text"), str) and text
    ]


def entity_names(entity: Mapping[str, Any]) -> list[str]:
    """An entity's canonical name (when present) and the text of each of its mentions: the names an actor or a
    speaker linked to it goes by."""
    name = entity.get("name")
    return ([name] if isinstance(name, str) and name else []) + mention_texts(entity)


def actor_candidates(actor: Mapping[str, Any] | None, entities: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Names a predicted speaker or actor may be matched by.

    Its own ``text``, plus, when its ``entity_id`` resolves to an entity of the same record, that entity's name and
    mention texts: a speaker written "الوزير" that the pipeline resolved to the entity "شويغو" is credited as شويغو.
    """
    if actor is None:
        return []
    names: list[str] = []
    text = actor.get("text")
    if isinstance(text, str) and text:
        names.append(text)
    entity_id = actor.get("entity_id")
    if entity_id is not None and str(entity_id) in entities:
        names.extend(entity_names(entities[str(entity_id)]))
    return names


def actors_candidates(
    actors: Sequence[Mapping[str, Any]] | None, entities: Mapping[str, Mapping[str, Any]]
) -> list[list[str]]:
    """Candidate names for each actor of a list (an event's source or target); null gives no actors."""
    return [actor_candidates(a, entities) for a in actors or [] if isinstance(a, Mapping)]
