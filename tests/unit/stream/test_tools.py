"""Pieces of the Kafka tools that need no broker: message keys, topic names, formatting, loop-lag figures."""

from __future__ import annotations

import orjson

from workers.commands.tail import resolve_topic
from workers.settings import load_settings
from workers.stream.looplag import summarise
from workers.stream.produce import ProduceReport, article_key
from workers.stream.tail import TailedMessage, format_json, format_pretty


def test_the_key_is_the_article_id() -> None:
    assert article_key(b'{"id": "voa-1", "text": "x"}') == b"voa-1"
    assert article_key('{"id": "مقال-٣"}'.encode()) == "مقال-٣".encode()


def test_lines_without_an_id_have_no_key() -> None:
    assert article_key(b"{broken") is None
    assert article_key(b'["id"]') is None
    assert article_key(b'{"id": 12}') is None


def test_the_summary_gives_throughput_and_failures() -> None:
    report = ProduceReport(
        sent=1000, failed=2, unkeyed=1, bytes=2_000_000, seconds=2.0, errors={"MessageSizeTooLargeError": 2}
    )
    line = report.render("articles.raw")
    assert "1000 messages (2.00 MB) to articles.raw in 2.00 s (500 msg/s, 1.00 MB/s)" in line
    assert "1 without an article id" in line and "2 FAILED (MessageSizeTooLargeError 2)" in line


def test_short_names_resolve_to_the_configured_topics() -> None:
    topics = load_settings({"KHABAR_TOPIC_ENRICHED": "prod.enriched"}).topics
    assert resolve_topic("enriched", topics) == "prod.enriched"
    assert resolve_topic("dlq", topics) == "articles.dlq"
    assert resolve_topic("other.topic", topics) == "other.topic"


MESSAGE = TailedMessage(
    topic="articles.enriched",
    partition=2,
    offset=17,
    timestamp_ms=1_710_237_600_000,
    key=b"art-7",
    value=b'{"id":"art-7","lang":"ar"}',
    headers=(("ce_type", b"dev.khabar.article.enriched.v1"), ("bin", b"\xff")),
)


def test_pretty_shows_where_headers_and_indented_json() -> None:
    text = format_pretty(MESSAGE)
    assert text.splitlines()[0] == "--- articles.enriched[2]@17  2024-03-12T10:00:00.000+00:00  key=art-7"
    assert "    ce_type: dev.khabar.article.enriched.v1" in text
    assert "    bin: base64:/w==" in text
    assert '  "lang": "ar"' in text


def test_json_lines_keep_headers_and_parse_the_value() -> None:
    envelope = orjson.loads(format_json(MESSAGE))
    assert envelope["value"] == {"id": "art-7", "lang": "ar"}
    assert envelope["headers"][0] == ["ce_type", "dev.khabar.article.enriched.v1"]
    assert (envelope["partition"], envelope["offset"], envelope["key"]) == (2, 17, "art-7")


def test_a_value_that_is_not_json_is_shown_as_text() -> None:
    raw = TailedMessage("articles.dlq", 0, 0, 0, None, b"{not json", ())
    assert format_pretty(raw).endswith("{not json")
    assert orjson.loads(format_json(raw))["value"] == "{not json"


def test_loop_lag_summary_in_milliseconds() -> None:
    summary = summarise([0.001] * 98 + [0.010, 0.200])
    assert (summary.samples, summary.p50_ms, summary.p99_ms, summary.max_ms) == (100, 1.0, 10.0, 200.0)
    assert summarise([]).samples == 0


def test_identical_log_lines_are_let_through_once_per_window_with_a_count() -> None:
    import logging

    from workers.stream.logs import RepeatFilter

    now = [0.0]
    repeat = RepeatFilter(window=10.0, clock=lambda: now[0])

    def record(msg: str) -> logging.LogRecord:
        return logging.LogRecord("aiokafka", logging.ERROR, "x", 0, msg, None, None)

    passed = []
    for second in range(25):
        now[0] = float(second)
        for _ in range(100):
            r = record("Unable to update metadata from [1]")
            if repeat.filter(r):
                passed.append(r)
        other = record("something else")
        assert repeat.filter(other) == (second % 10 == 0)
    assert len(passed) == 3
    assert [getattr(r, "repeated", 0) for r in passed] == [0, 999, 999]


def test_our_own_log_lines_are_never_held_back() -> None:
    import logging

    from workers.stream.logs import RepeatFilter

    repeat = RepeatFilter(window=10.0, clock=lambda: 0.0)
    records = [logging.LogRecord("khabar.worker", logging.INFO, "x", 0, "worker stats", None, None) for _ in range(3)]
    assert all(repeat.filter(r) for r in records)
