"""The batch summary that ``khabar enrich`` prints, computed from registry deltas."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry

from workers import metrics
from workers.deadletters import Origin
from workers.pipeline import Enriched, Failed, Pipeline


def article(lang: str, n_entities: int, n_quotes: int, **stages: float) -> Enriched:
    record: dict[str, Any] = {
        "lang": lang,
        "outcome": "ok",
        "entities": [{}] * n_entities,
        "quotes": [{}] * n_quotes,
        "events": [],
    }
    return Enriched(record=record, items={}, stage_seconds=stages)


def test_figures_count_only_what_happened_since_the_snapshot() -> None:
    metrics.observe_enriched(article("en", 1, 0, analyse=0.1))  # before: must not be counted
    since = metrics.snapshot()
    metrics.observe_enriched(article("ar", 4, 1, analyse=0.3, entities=0.1))
    metrics.observe_enriched(article("ar", 2, 1, analyse=0.3, entities=0.1))
    metrics.observe_failed(Failed(record={}, stage="validate", error_class="InvalidMessage"))
    figures = metrics.batch_figures(since)
    assert figures.enriched_total == 2
    assert figures.failed_total == 1
    assert figures.enriched == {("ar", "ok"): 2}
    assert figures.items["entities"] == 6
    assert figures.analysed == 2


def test_summary_lines_report_counts_languages_yields_and_stage_shares() -> None:
    since = metrics.snapshot()
    metrics.observe_enriched(article("en", 4, 1, analyse=0.3, entities=0.1))
    metrics.observe_enriched(article("en", 2, 0, analyse=0.3, entities=0.1))
    lines = metrics.summary_lines(since, name="khabar enrich")
    assert lines[0].startswith("khabar enrich: 2 articles in ")
    assert lines[0].endswith("2 enriched, 0 dead letters")
    assert lines[1] == "  languages: en 2; per article: entities 3.0, quotes 0.5, events 0.0"
    assert lines[2] == "  time by stage: analyse 75%, entities 25%"
    assert len(lines) == 3


def test_summary_lines_name_unsupported_languages_and_dead_letters() -> None:
    pipeline = Pipeline()
    since = metrics.snapshot()
    for message in (b'{"id": "1", "text": "Hola a todos.", "lang": "es"}', b"[]", b"\xff"):
        result = pipeline.process(message, Origin(file="t", line=1))
        if isinstance(result, Enriched):
            metrics.observe_enriched(result)
        else:
            metrics.observe_failed(result)
    lines = metrics.summary_lines(since)
    assert lines[0].endswith("1 enriched, 2 dead letters")
    assert "  unsupported language: 1" in lines
    assert lines[-1] == "  dead letters by stage/error: decode/InvalidMessage 1, validate/InvalidMessage 1"


def test_an_empty_registry_gives_a_zero_summary() -> None:
    registry = CollectorRegistry()
    since = metrics.snapshot(registry)
    lines = metrics.summary_lines(since, registry)
    assert len(lines) == 1
    assert "0 articles" in lines[0]
