"""The PLOVER ontology table agrees with the published schema and rejects what PLOVER does not define."""

from __future__ import annotations

import json
from pathlib import Path

from workers import plover

SCHEMA = Path(__file__).resolve().parents[2] / "schemas" / "enriched-article.schema.json"


def test_event_types_equal_the_schema_enum() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert list(plover.EVENT_TYPES) == schema["$defs"]["event"]["properties"]["type"]["enum"]


def test_there_are_sixteen_types_each_with_a_mode_entry() -> None:
    assert len(plover.EVENT_TYPES) == 16
    assert set(plover.MODES) == set(plover.EVENT_TYPES)


def test_a_mode_of_the_type_is_valid() -> None:
    assert plover.is_valid("ASSAULT", "firearms")
    assert plover.is_valid("PROTEST", "hunger")
    assert plover.is_valid("CONSULT", "visit")


def test_a_mode_of_another_type_is_invalid() -> None:
    assert not plover.is_valid("CONSULT", "firearms")
    assert not plover.is_valid("AGREE", "visit")


def test_no_mode_is_valid_for_any_type() -> None:
    assert all(plover.is_valid(t, None) for t in plover.EVENT_TYPES)


def test_unknown_type_is_invalid() -> None:
    assert not plover.is_valid("DEMAND", None)
    assert not plover.is_valid("FIGHT", "firearms")


def test_contexts_include_military_and_exclude_special_statuses() -> None:
    assert plover.is_context("military")
    # future/negation/hypothetical are carried by Event.status, not listed as contexts.
    assert not plover.is_context("future")
