"""What one raw message becomes on Kafka: records keyed by article id with CloudEvents headers, or one dead letter
carrying the original bytes and the reason."""

from __future__ import annotations

import orjson
import pytest

from workers.deadletters import Origin
from workers.pipeline import Enriched, Failed, Pipeline
from workers.serialise import item_records
from workers.settings import Topics
from workers.stream.outputs import (
    Incoming,
    RecordTooLarge,
    counts_by_topic,
    dead_letter_message,
    enriched_messages,
)

TOPICS = Topics()
SOURCE = "urn:khabar:worker:test"
LIMIT = 1_048_576


def enriched_with_items() -> Enriched:
    record = {
        "record_id": "0123456789abcdef0123456789abcdef",
        "id": "art-7",
        "url": None,
        "source": "test",
        "published_at": "2024-03-12",
        "lang": "en",
        "outcome": "ok",
        "processed_at": "2024-03-12T10:00:00.000Z",
        "entities": [
            {"id": "e1", "type": "PERSON", "name": "Sergei Shoigu", "mentions": []},
            {"id": "e2", "type": "GPE", "name": "Pyongyang", "mentions": []},
        ],
        "quotes": [{"id": "q1", "kind": "direct", "text": "Why not", "start": 0, "end": 7}],
        "events": [],
    }
    return Enriched(record=record, items=item_records(record), stage_seconds={})


def headers_of(message: object) -> dict[str, str]:
    return {k: v.decode("utf-8") for k, v in message.headers}  # type: ignore[attr-defined]


def test_one_enriched_record_and_one_record_per_item_all_keyed_by_article_id() -> None:
    messages = enriched_messages(enriched_with_items(), TOPICS, SOURCE, LIMIT)
    assert counts_by_topic(messages) == {"articles.enriched": 1, "articles.entities": 2, "articles.quotes": 1}
    assert {m.key for m in messages} == {b"art-7"}


def test_each_record_carries_cloudevents_binary_headers_with_its_record_id() -> None:
    messages = enriched_messages(enriched_with_items(), TOPICS, SOURCE, LIMIT)
    by_topic = {m.topic: headers_of(m) for m in messages if m.topic != "articles.entities"}
    enriched = by_topic["articles.enriched"]
    assert enriched == {
        "ce_specversion": "1.0",
        "ce_id": "0123456789abcdef0123456789abcdef",
        "ce_source": SOURCE,
        "ce_type": "dev.khabar.article.enriched.v1",
        "ce_time": "2024-03-12T10:00:00.000Z",
        "ce_subject": "art-7",
        "ce_dataschema": "https://schemas.khabar.dev/enriched-article/1.2",
        "content-type": "application/json",
    }
    quote = by_topic["articles.quotes"]
    assert (quote["ce_id"], quote["ce_type"]) == ("0123456789abcdef0123456789abcdef:q1", "dev.khabar.article.quote.v1")


def test_the_value_is_the_record_as_json() -> None:
    result = enriched_with_items()
    messages = enriched_messages(result, TOPICS, SOURCE, LIMIT)
    assert orjson.loads(messages[0].value) == result.record
    entity_values = [orjson.loads(m.value) for m in messages if m.topic == "articles.entities"]
    assert [v["entity"]["name"] for v in entity_values] == ["Sergei Shoigu", "Pyongyang"]


def test_a_record_over_the_request_limit_is_refused_as_a_whole() -> None:
    result = enriched_with_items()
    result.record["title"] = "x" * 200_000
    with pytest.raises(RecordTooLarge, match=r"articles\.enriched record is"):
        enriched_messages(result, TOPICS, SOURCE, 150_000)


def failed_for(original: bytes, max_bytes: int = LIMIT) -> tuple[Failed, Incoming]:
    origin = Origin(topic="articles.raw", partition=3, offset=99)
    result = Pipeline(languages=(), max_message_bytes=max_bytes).process(original, origin)
    assert isinstance(result, Failed)
    incoming = Incoming(
        topic="articles.raw",
        partition=3,
        offset=99,
        key=b"k-1",
        value=original,
        headers=(("traceparent", b"00-abc-01"), ("__connect.errors.stage", b"stale")),
    )
    return result, incoming


def test_a_dead_letter_is_the_original_message_with_its_key_and_headers() -> None:
    failed, incoming = failed_for(b'{"id": "bad", "text": 42}')
    message = dead_letter_message(failed, incoming, "articles.dlq", LIMIT)
    assert (message.topic, message.key, message.value) == ("articles.dlq", b"k-1", b'{"id": "bad", "text": 42}')
    assert message.headers[0] == ("traceparent", b"00-abc-01")


def test_a_dead_letter_names_the_stage_error_and_source_once() -> None:
    failed, incoming = failed_for(b"{broken")
    headers = dead_letter_message(failed, incoming, "articles.dlq", LIMIT).headers
    names = [k for k, _ in headers]
    assert names.count("__connect.errors.stage") == 1
    found = dict(headers)
    assert found["__connect.errors.stage"] == b"decode"
    assert found["__connect.errors.class.name"] == b"InvalidMessage"
    assert (found["__connect.errors.topic"], found["__connect.errors.partition"], found["__connect.errors.offset"]) == (
        b"articles.raw",
        b"3",
        b"99",
    )
    assert found["__connect.errors.exception.message"].startswith(b"not valid JSON")


def test_an_original_too_large_to_produce_is_dropped_and_its_size_recorded() -> None:
    big = b'{"id": "big", "text": "' + b"a" * 300_000 + b'"}'
    failed, incoming = failed_for(big, max_bytes=200_000)
    message = dead_letter_message(failed, incoming, "articles.dlq", 200_000)
    assert message.value == b""
    assert dict(message.headers)["khabar.errors.original_dropped_bytes"] == str(len(big)).encode()
