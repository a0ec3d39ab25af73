"""Message contracts in code: decoding raw articles, encoding records, and checking them against ``schemas/``.

Decoding never trusts the bytes: size first (before parsing), then orjson (which rejects invalid UTF-8 and nesting
deeper than 1024), then the raw-article schema. Each failure is an :class:`InvalidMessage` that names the field and
what is wrong, without echoing the article's content.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import orjson
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource

SCHEMA_NAMES = ("raw-article", "enriched-article", "entity-record", "quote-record", "event-record", "dead-letter")


class InvalidMessage(ValueError):
    """A message that cannot be an article. ``stage`` says where it failed (decode or validate)."""

    def __init__(self, stage: str, message: str) -> None:
        self.stage = stage
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class RawArticle:
    """A decoded, schema-valid raw article."""

    id: str
    text: str | None
    html: str | None
    title: str | None
    lang: str | None
    url: str | None
    source: str | None
    published_at: str | None
    metadata: dict[str, Any] | None

    @property
    def published_date(self) -> dt.date | None:
        """The publication date (the date part of ``published_at``), if given."""
        return dt.date.fromisoformat(self.published_at[:10]) if self.published_at else None


def schema_dir() -> Path:
    """Where the JSON Schemas live: ``schemas/`` in a checkout, ``workers/_schemas`` in an installed wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "schemas", here / "_schemas"):
        if (candidate / "raw-article.schema.json").is_file():
            return candidate
    raise FileNotFoundError("JSON Schemas not found next to the workers package")


@lru_cache(maxsize=1)
def _registry() -> tuple[Registry, dict[str, dict[str, Any]]]:
    schemas = {name: orjson.loads((schema_dir() / f"{name}.schema.json").read_bytes()) for name in SCHEMA_NAMES}
    registry: Registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
    )
    return registry, schemas


def schema_id(name: str) -> str:
    """The versioned ``$id`` of schema ``name`` (one of :data:`SCHEMA_NAMES`), e.g. for CloudEvents ``dataschema``."""
    return str(_registry()[1][name]["$id"])


@cache
def validator(name: str) -> Draft202012Validator:
    """A compiled validator for the schema ``name`` (one of :data:`SCHEMA_NAMES`)."""
    registry, schemas = _registry()
    return Draft202012Validator(schemas[name], registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(name: str, instance: Any) -> Iterator[str]:
    """Human-readable problems of ``instance`` against schema ``name`` (nothing when it is valid)."""
    for error in sorted(validator(name).iter_errors(instance), key=lambda e: list(e.absolute_path)):
        yield describe(error)


def describe(error: ValidationError) -> str:
    """Name the field and what is wrong, without quoting the offending value (it may be article text)."""
    where = ".".join(str(p) for p in error.absolute_path) or "message"
    kind = error.validator
    if kind == "required":
        missing = [r for r in error.validator_value if isinstance(error.instance, dict) and r not in error.instance]
        return f"missing required field {missing[0]!r}" if missing else f"{where}: missing a required field"
    if kind == "anyOf" and where == "message":
        return "one of 'text' or 'html' is required"
    if kind == "type":
        expected = error.validator_value
        wanted = expected if isinstance(expected, str) else " or ".join(expected)
        return f"{where}: expected {wanted}, got {_json_type(error.instance)}"
    if kind in ("minLength", "maxLength"):
        length = len(error.instance) if isinstance(error.instance, str) else 0
        return f"{where}: length {length} is outside the allowed range ({kind} {error.validator_value})"
    if kind == "pattern":
        return f"{where}: does not have the required format"
    if kind == "enum":
        return f"{where}: not one of the allowed values"
    return f"{where}: fails {kind}"


def _json_type(value: Any) -> str:
    for py, name in (
        (bool, "boolean"),
        (int, "integer"),
        (float, "number"),
        (str, "string"),
        (list, "array"),
        (dict, "object"),
    ):
        if isinstance(value, py):
            return name
    return "null"


def decode_raw(data: bytes, max_bytes: int) -> RawArticle:
    """Decode and validate one raw-article message; raise :class:`InvalidMessage` naming what is wrong."""
    if len(data) > max_bytes:
        raise InvalidMessage("decode", f"message is {len(data)} bytes, over the limit of {max_bytes}")
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise InvalidMessage("decode", f"not valid JSON: {_decode_reason(exc)}") from None
    if not isinstance(value, dict):
        raise InvalidMessage("validate", f"message: expected a JSON object, got {_json_type(value)}")
    problems = list(schema_errors("raw-article", value))
    if problems:
        raise InvalidMessage("validate", "; ".join(problems[:5]))
    published_at = value.get("published_at")
    if published_at:
        try:
            dt.date.fromisoformat(published_at[:10])
            if len(published_at) > 10:
                dt.datetime.fromisoformat(published_at.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise InvalidMessage("validate", "published_at: not a valid RFC 3339 date or date-time") from None
    return RawArticle(
        id=value["id"],
        text=value.get("text"),
        html=value.get("html"),
        title=value.get("title"),
        lang=value.get("lang"),
        url=value.get("url"),
        source=value.get("source"),
        published_at=published_at,
        metadata=value.get("metadata"),
    )


def _decode_reason(exc: orjson.JSONDecodeError) -> str:
    # orjson's message quotes the document around the error; keep only its kind and position.
    message = str(exc.args[0]) if exc.args else "invalid"
    return f"{message.split(':')[0]} (at byte {exc.pos})"


def encode(record: Mapping[str, Any]) -> bytes:
    """Encode a record as compact UTF-8 JSON."""
    return orjson.dumps(record)


def encode_pretty(record: Mapping[str, Any]) -> bytes:
    """Encode a record as indented JSON for people."""
    return orjson.dumps(record, option=orjson.OPT_INDENT_2)


def _spans(record: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for i, s in enumerate(record.get("sentences", [])):
        yield f"sentences[{i}]", s
    for e in record.get("entities", []):
        for j, m in enumerate(e["mentions"]):
            yield f"{e['id']}.mentions[{j}]", m
    for q in record.get("quotes", []):
        yield q["id"], q
        for part in ("cue", "speaker"):
            if q.get(part):
                yield f"{q['id']}.{part}", q[part]
    for ev in record.get("events", []):
        yield f"{ev['id']}.trigger", ev["trigger"]
        for role in ("source", "target"):
            for j, actor in enumerate(ev[role]):
                yield f"{ev['id']}.{role}[{j}]", actor
        for part in ("location", "date"):
            if ev.get(part):
                yield f"{ev['id']}.{part}", ev[part]
    for i, d in enumerate(record.get("dates", [])):
        yield f"dates[{i}]", d


def offset_errors(record: Mapping[str, Any]) -> list[str]:
    """Every span of an enriched record whose offsets do not select its text (empty when all are right).

    Spans without a ``text`` (sentences) only need to lie inside the analysed text.
    """
    text = record.get("text")
    if text is None:
        return []
    errors = []
    for where, span in _spans(record):
        start, end = span["start"], span["end"]
        if not 0 <= start <= end <= len(text):
            errors.append(f"{where}: offsets {start}-{end} outside the text")
        elif "text" in span and text[start:end] != span["text"]:
            errors.append(f"{where}: text[{start}:{end}] is not the span's text")
    return errors
