"""Every exported ``khabar_*`` metric follows the naming rules, and no label can take an unbounded set of values."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from prometheus_client import REGISTRY
from prometheus_client.metrics_core import Metric
from prometheus_client.samples import Sample

from workers import metrics
from workers.pipeline import Enriched, Failed
from workers.settings import Topics

NAME = re.compile(r"^khabar_[a-z][a-z0-9]*(_[a-z0-9]+)*$")
# Non-base units Prometheus' naming guide asks us to convert (to seconds, bytes, ratios).
NON_BASE_UNITS = {
    "milliseconds", "millis", "ms", "microseconds", "us", "nanoseconds", "ns", "minutes", "hours", "days",
    "kilobytes", "kb", "megabytes", "mb", "gigabytes", "gb", "bits", "percent", "percentage",
}
TIME_WORDS = {"duration", "latency", "time", "age", "seconds"}


def khabar_families() -> Iterator[Metric]:
    for family in REGISTRY.collect():
        if family.name.startswith("khabar_"):
            yield family


def feed_everything() -> None:
    """Touch every metric, so each family exports samples to check."""
    metrics.observe_consumed("articles.raw")
    metrics.observe_produced("articles.enriched")
    metrics.observe_enriched(
        Enriched(
            record={"lang": "en", "outcome": "ok", "entities": [], "quotes": [], "events": []},
            items={},
            stage_seconds={"analyse": 0.01},
        )
    )
    metrics.observe_failed(Failed(record={}, stage="decode", error_class="InvalidMessage"))
    metrics.observe_end_to_end(0.5)
    metrics.set_lag("articles.raw", 0, 3)
    metrics.set_build_info({"en_core_web_sm": "3.8.0"})


def test_every_family_has_a_khabar_snake_case_name_and_help() -> None:
    feed_everything()
    families = list(khabar_families())
    assert len(families) >= 10
    for family in families:
        assert NAME.match(family.name), family.name
        assert family.documentation.strip(), f"{family.name} has no help text"


def test_counters_end_in_total_and_nothing_else_does() -> None:
    feed_everything()
    for family in khabar_families():
        for sample in family.samples:
            if family.type == "counter":
                assert sample.name.endswith("_total"), sample.name
            else:
                assert not sample.name.endswith("_total"), sample.name


def test_names_use_base_units_and_time_is_in_seconds() -> None:
    feed_everything()
    for family in khabar_families():
        words = set(family.name.split("_"))
        assert not words & NON_BASE_UNITS, family.name
        if words & TIME_WORDS:
            assert family.name.endswith("_seconds"), family.name


def test_info_metrics_are_gauges_equal_to_one() -> None:
    feed_everything()
    infos = [f for f in khabar_families() if f.name.endswith("_info")]
    assert infos
    for family in infos:
        assert family.type == "gauge"
        assert all(s.value == 1 for s in family.samples)


# --- bounded labels ----------------------------------------------------------------------------------------------

HOSTILE_STRINGS = [
    "xx-unknown-very-long" * 10,
    "",
    "en\n",
    "EN",
    "https://example.com/article/123?utm=1",
    "article-8f2e9c1b",
    "Traceback (most recent call last): ValueError: bad thing at 0x7f",
    "\u0639\u0631\u0628\u064a",
    "other ",
]


def feed_hostile_values() -> None:
    for junk in HOSTILE_STRINGS:
        metrics.observe_consumed(junk)
        metrics.observe_produced(junk, 2)
        metrics.observe_enriched(
            Enriched(
                record={"lang": junk, "outcome": junk, "entities": junk, "quotes": None, "events": [1, 2]},
                items={},
                stage_seconds={junk: 0.2, "analyse": float("inf"), "dates": -1.0},
            )
        )
        metrics.observe_enriched(
            Enriched(record={"lang": junk, "outcome": "ok"}, items={}, stage_seconds={"entities": 0.1})
        )
        metrics.observe_failed(Failed(record={}, stage=junk, error_class=junk))
        metrics.set_lag(junk, 10**9, 5)
        metrics.set_lag("articles.raw", -1, 5)
    metrics.observe_enriched(
        Enriched(record={"lang": None, "outcome": 3}, items={}, stage_seconds={})
    )


def allowed_partition(v: str) -> bool:
    return v == metrics.OTHER or (v.isdigit() and int(v) < metrics.MAX_PARTITIONS and str(int(v)) == v)


TOPICS = {getattr(Topics(), f) for f in Topics.__dataclass_fields__} | {"tenant-a.raw", metrics.OTHER}
INFO_OK: Callable[[str], bool] = lambda v: 0 < len(v) <= metrics.MAX_INFO_VALUE  # noqa: E731
LABEL_RULES: dict[str, Callable[[str], bool]] = {
    "topic": lambda v: v in TOPICS,
    "partition": allowed_partition,
    "lang": lambda v: v in metrics.LANGS,
    "outcome": lambda v: v in metrics.OUTCOMES,
    "stage": lambda v: v in metrics.STAGES,
    "error_class": lambda v: v in metrics.ERROR_CLASSES,
    "kind": lambda v: v in metrics.ITEM_KINDS,
    # Bucket bounds: fixed by each histogram's definition.
    "le": lambda v: v == "+Inf" or float(v) >= 0,
    # Set once per process from our own package and model metadata, and length-capped.
    "version": INFO_OK,
    "python": INFO_OK,
    "pipeline": INFO_OK,
    "models": INFO_OK,
}


def khabar_samples() -> Iterator[Sample]:
    for family in khabar_families():
        yield from family.samples


def test_every_label_value_stays_in_its_allowed_set_under_hostile_input() -> None:
    feed_hostile_values()
    for sample in khabar_samples():
        for label, label_value in sample.labels.items():
            assert label in LABEL_RULES, f"{sample.name}: label {label!r} has no declared bound"
            assert LABEL_RULES[label](label_value), f"{sample.name}: {label}={label_value!r}"


def test_hostile_input_creates_no_new_series_after_the_first_round() -> None:
    feed_hostile_values()
    series = {(s.name, tuple(sorted(s.labels.items()))) for s in khabar_samples()}
    for junk in ("another-" * 30, "yet another error class", "zz"):
        metrics.observe_consumed(junk)
        metrics.observe_failed(Failed(record={}, stage=junk, error_class=junk))
        metrics.set_lag(junk, 5000, 1)
        metrics.observe_enriched(
            Enriched(record={"lang": junk, "outcome": junk}, items={}, stage_seconds={junk: 0.1})
        )
    assert {(s.name, tuple(sorted(s.labels.items()))) for s in khabar_samples()} == series


def test_a_long_model_version_is_capped() -> None:
    metrics.set_build_info({"model": "v" * 1000})
    (sample,) = (s for s in khabar_samples() if s.name == "khabar_build_info")
    assert len(sample.labels["models"]) <= metrics.MAX_INFO_VALUE


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_supported_languages_keep_their_own_label(lang: str) -> None:
    metrics.observe_enriched(Enriched(record={"lang": lang, "outcome": "ok"}, items={}, stage_seconds={}))
    assert REGISTRY.get_sample_value("khabar_articles_enriched_total", {"lang": lang, "outcome": "ok"})
