"""Decoding raw articles: each kind of bad message is refused with a reason that names the problem."""

from __future__ import annotations

import orjson
import pytest

from workers.records import InvalidMessage, decode_raw, offset_errors

LIMIT = 1_000_000


def test_valid_article_decodes_with_its_fields() -> None:
    raw = decode_raw(orjson.dumps({"id": "a", "text": "hello", "lang": "en", "published_at": "2023-09-04"}), LIMIT)
    assert (raw.id, raw.text, raw.lang, raw.published_date.isoformat() if raw.published_date else None) == (
        "a",
        "hello",
        "en",
        "2023-09-04",
    )


@pytest.mark.parametrize(
    ("data", "stage", "reason"),
    [
        (b"{not json", "decode", "not valid JSON"),
        (b"\xff\xfe{}", "decode", "UTF-8"),
        (b"[" * 10_000 + b"]" * 10_000, "decode", "not valid JSON"),
        (b'[{"id": "a", "text": "x"}]', "validate", "expected a JSON object, got array"),
        (b'{"text": "x"}', "validate", "missing required field 'id'"),
        (b'{"id": "a"}', "validate", "one of 'text' or 'html' is required"),
        (b'{"id": 5, "text": "x"}', "validate", "id: expected string, got integer"),
        (b'{"id": "a", "text": 5}', "validate", "text: expected string, got integer"),
        (b'{"id": "a", "text": ""}', "validate", "text: length 0"),
        (b'{"id": "a", "text": "x", "published_at": "2023-02-30"}', "validate", "published_at"),
        (b'{"id": "a", "text": "x", "published_at": "yesterday"}', "validate", "published_at"),
    ],
)
def test_bad_message_is_refused_with_a_reason(data: bytes, stage: str, reason: str) -> None:
    with pytest.raises(InvalidMessage) as caught:
        decode_raw(data, LIMIT)
    assert caught.value.stage == stage
    assert reason in str(caught.value)


def test_oversize_message_is_refused_before_parsing() -> None:
    data = orjson.dumps({"id": "a", "text": "x" * 5_000_000})
    with pytest.raises(InvalidMessage, match="over the limit"):
        decode_raw(data, LIMIT)


def test_reason_does_not_echo_article_text() -> None:
    with pytest.raises(InvalidMessage) as caught:
        decode_raw(orjson.dumps({"id": "a", "text": "SECRET-CONTENT", "lang": 3}), LIMIT)
    assert "SECRET-CONTENT" not in str(caught.value)


def test_offset_errors_names_a_span_that_does_not_select_its_text() -> None:
    record = {
        "text": "Shoigu spoke.",
        "entities": [{"id": "e1", "mentions": [{"text": "Shoigu", "start": 1, "end": 7}]}],
    }
    assert offset_errors(record) == ["e1.mentions[0]: text[1:7] is not the span's text"]
    record["entities"][0]["mentions"][0].update(start=0, end=6)
    assert offset_errors(record) == []
