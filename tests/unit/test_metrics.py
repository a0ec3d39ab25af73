"""What each ``observe_*``/``set_*`` call does to the exported samples (read as deltas of the default registry)."""

from __future__ import annotations

from typing import Any

import pytest
from prometheus_client import REGISTRY

from workers import metrics
from workers.deadletters import Origin
from workers.pipeline import Enriched, Failed, Pipeline


def value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def enriched(lang: str = "en", outcome: str = "ok", n_entities: int = 3, **stages: float) -> Enriched:
    record: dict[str, Any] = {
        "lang": lang,
        "outcome": outcome,
        "entities": [{"text": f"e{i}"} for i in range(n_entities)],
        "quotes": [{"text": "q"}],
        "events": [],
    }
    return Enriched(record=record, items={}, stage_seconds=stages or {"normalise": 0.002, "analyse": 0.3})


def test_consumed_counts_per_known_topic() -> None:
    before = value("khabar_messages_consumed_total", topic="articles.raw")
    metrics.observe_consumed("articles.raw")
    metrics.observe_consumed("articles.raw")
    assert value("khabar_messages_consumed_total", topic="articles.raw") - before == 2


def test_produced_adds_n() -> None:
    before = value("khabar_messages_produced_total", topic="articles.entities")
    metrics.observe_produced("articles.entities", 5)
    assert value("khabar_messages_produced_total", topic="articles.entities") - before == 5


def test_unknown_topic_is_counted_as_other() -> None:
    before = value("khabar_messages_consumed_total", topic="other")
    metrics.observe_consumed("someone.elses.topic")
    assert value("khabar_messages_consumed_total", topic="other") - before == 1
    assert REGISTRY.get_sample_value("khabar_messages_consumed_total", {"topic": "someone.elses.topic"}) is None


def test_allow_topics_makes_a_topic_its_own_label() -> None:
    metrics.allow_topics(["tenant-a.raw"])
    metrics.observe_consumed("tenant-a.raw")
    assert value("khabar_messages_consumed_total", topic="tenant-a.raw") >= 1


def test_enriched_counts_language_and_outcome() -> None:
    before = value("khabar_articles_enriched_total", lang="ar", outcome="ok")
    metrics.observe_enriched(enriched(lang="ar"))
    assert value("khabar_articles_enriched_total", lang="ar", outcome="ok") - before == 1


def test_stage_durations_land_in_their_buckets() -> None:
    le_5ms = value("khabar_stage_duration_seconds_bucket", stage="normalise", lang="en", le="0.005")
    le_1ms = value("khabar_stage_duration_seconds_bucket", stage="normalise", lang="en", le="0.001")
    metrics.observe_enriched(enriched(normalise=0.004))
    assert value("khabar_stage_duration_seconds_bucket", stage="normalise", lang="en", le="0.005") - le_5ms == 1
    assert value("khabar_stage_duration_seconds_bucket", stage="normalise", lang="en", le="0.001") - le_1ms == 0


def test_stage_buckets_span_1ms_to_10s() -> None:
    assert metrics.STAGE_BUCKETS[0] == 0.001
    assert metrics.STAGE_BUCKETS[-1] == 10.0


def test_article_duration_is_the_sum_of_its_stages() -> None:
    before = value("khabar_article_duration_seconds_sum", lang="en")
    metrics.observe_enriched(enriched(normalise=0.25, analyse=0.5))
    assert value("khabar_article_duration_seconds_sum", lang="en") - before == pytest.approx(0.75)


def test_items_per_article_are_observed_per_kind() -> None:
    before = value("khabar_article_items_sum", kind="entities", lang="en")
    count = value("khabar_article_items_count", kind="events", lang="en")
    metrics.observe_enriched(enriched(n_entities=7))
    assert value("khabar_article_items_sum", kind="entities", lang="en") - before == 7
    assert value("khabar_article_items_count", kind="events", lang="en") - count == 1


def test_unsupported_language_articles_add_no_item_observations() -> None:
    pipeline = Pipeline(languages=("ar", "en"))
    message = b'{"id": "fr-1", "text": "Bonjour tout le monde.", "lang": "fr"}'
    result = pipeline.process(message, Origin(file="t", line=1))
    assert isinstance(result, Enriched)
    counted = value("khabar_article_items_count", kind="entities", lang="other")
    unsupported = value("khabar_articles_enriched_total", lang="other", outcome="lang_unsupported")
    metrics.observe_enriched(result)
    assert value("khabar_articles_enriched_total", lang="other", outcome="lang_unsupported") - unsupported == 1
    assert value("khabar_article_items_count", kind="entities", lang="other") == counted


def test_dead_letter_from_the_decoder_is_counted_by_stage_and_class() -> None:
    result = Pipeline().process(b"{not json", Origin(file="t", line=1))
    assert isinstance(result, Failed)
    before = value("khabar_dead_letters_total", stage="decode", error_class="InvalidMessage")
    metrics.observe_failed(result)
    assert value("khabar_dead_letters_total", stage="decode", error_class="InvalidMessage") - before == 1


def test_unknown_error_class_is_counted_as_other() -> None:
    before = value("khabar_dead_letters_total", stage="entities", error_class="other")
    metrics.observe_failed(Failed(record={}, stage="entities", error_class="SomePluginError: at line 3"))
    assert value("khabar_dead_letters_total", stage="entities", error_class="other") - before == 1


def test_end_to_end_is_observed_and_negative_clock_skew_counts_as_zero() -> None:
    count = value("khabar_end_to_end_seconds_count")
    fastest = value("khabar_end_to_end_seconds_bucket", le="0.01")
    metrics.observe_end_to_end(2.0)
    metrics.observe_end_to_end(-0.3)
    metrics.observe_end_to_end(float("nan"))
    assert value("khabar_end_to_end_seconds_count") - count == 2
    assert value("khabar_end_to_end_seconds_bucket", le="0.01") - fastest == 1


def test_in_flight_counts_inside_the_block_and_recovers_after_an_error() -> None:
    before = value("khabar_articles_in_flight")
    with pytest.raises(ZeroDivisionError), metrics.in_flight():
        assert value("khabar_articles_in_flight") == before + 1
        _ = 1 / 0
    assert value("khabar_articles_in_flight") == before


def test_lag_is_set_per_partition_and_never_negative() -> None:
    metrics.set_lag("articles.raw", 2, 40)
    metrics.set_lag("articles.raw", 3, -5)
    assert value("khabar_consumer_lag_messages", topic="articles.raw", partition="2") == 40
    assert value("khabar_consumer_lag_messages", topic="articles.raw", partition="3") == 0


def test_clear_lag_removes_a_revoked_partition() -> None:
    metrics.set_lag("articles.raw", 7, 12)
    metrics.clear_lag("articles.raw", 7)
    metrics.clear_lag("articles.raw", 7)  # twice: a partition revoked before any lag was read is fine
    labels = {"topic": "articles.raw", "partition": "7"}
    assert REGISTRY.get_sample_value("khabar_consumer_lag_messages", labels) is None


def test_build_info_is_one_series_with_the_latest_models() -> None:
    metrics.set_build_info({"en_core_web_sm": "3.8.0"})
    metrics.set_build_info({"en_core_web_sm": "3.8.0", "ar_ner": "2024.1"})
    series = [s for f in REGISTRY.collect() if f.name == "khabar_build_info" for s in f.samples]
    assert len(series) == 1
    assert series[0].value == 1
    assert series[0].labels["models"] == "ar_ner=2024.1,en_core_web_sm=3.8.0"
    assert series[0].labels["version"] == metrics.__version__
