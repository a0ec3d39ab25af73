"""Event scoring: type and actors, and type alone (data/README.md, "events")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from workers.eval.matching import match_one_to_one
from workers.eval.metrics import Counts
from workers.eval.names import any_actor_matches
from workers.eval.records import actors_candidates, entity_index, items

_ROLES = ("source", "target")


@dataclass(slots=True)
class EventCounts:
    """Counts with actors checked (``full``) and with types alone (``type_only``)."""

    full: Counts = field(default_factory=Counts)
    type_only: Counts = field(default_factory=Counts)

    def add(self, other: EventCounts) -> None:
        """Accumulate ``other`` into these counts."""
        self.full.add(other.full)
        self.type_only.add(other.type_only)

    def scores(self) -> dict[str, Any]:
        """p/r/f1 with actors, and the same under "type_only"."""
        result = self.full.scores()
        result["type_only"] = self.type_only.scores()
        return result


@dataclass(frozen=True, slots=True)
class _Gold:
    types: frozenset[str]
    roles: dict[str, list[str]]  # only the roles the gold gives


@dataclass(frozen=True, slots=True)
class _Pred:
    type: str
    roles: dict[str, list[list[str]]]  # candidate names of each actor, per role


def _gold_events(doc: Mapping[str, Any]) -> list[_Gold]:
    """Gold events; a null (or empty) source or target is not given and is therefore not checked."""
    events = []
    for e in items(doc, "events"):
        types = frozenset(str(t).upper() for t in e.get("types") or [])
        roles = {role: [str(n) for n in e[role]] for role in _ROLES if e.get(role)}
        events.append(_Gold(types, roles))
    return events


def _predicted_events(record: Mapping[str, Any], scope: frozenset[str] | None) -> list[_Pred]:
    """Predicted events, without those whose type lies outside the document's ``events_scope`` when it has one."""
    entities = entity_index(record)
    events = []
    for e in items(record, "events"):
        event_type = str(e.get("type") or "").upper()
        if scope is not None and event_type not in scope:
            continue
        roles = {role: actors_candidates(e.get(role), entities) for role in _ROLES}
        events.append(_Pred(event_type, roles))
    return events


def _actors_match(pred: _Pred, gold: _Gold) -> bool:
    """Whether, for each role the gold gives, one predicted actor matches one gold name."""
    return all(
        any(any_actor_matches(candidates, names) for candidates in pred.roles[role])
        for role, names in gold.roles.items()
    )


def score_events(gold: Mapping[str, Any], prediction: Mapping[str, Any]) -> EventCounts:
    """Counts for one document: events matched one-to-one, once with actors and once by type alone."""
    scope_value = gold.get("events_scope")
    scope = frozenset(str(t).upper() for t in scope_value) if scope_value is not None else None
    golds = _gold_events(gold)
    preds = _predicted_events(prediction, scope)

    def full(p: int, g: int) -> float | None:
        return 1.0 if preds[p].type in golds[g].types and _actors_match(preds[p], golds[g]) else None

    def type_only(p: int, g: int) -> float | None:
        return 1.0 if preds[p].type in golds[g].types else None

    n_pred, n_gold = len(preds), len(golds)
    return EventCounts(
        Counts(len(match_one_to_one(n_pred, n_gold, full)), n_pred, n_gold),
        Counts(len(match_one_to_one(n_pred, n_gold, type_only)), n_pred, n_gold),
    )
