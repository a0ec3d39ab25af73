"""Prometheus metrics for the workers, and the batch summary ``khabar enrich`` prints from the same figures.

Every metric lives in prometheus-client's default registry, next to its process, platform and GC collectors, so
one ``/metrics`` page (see :mod:`workers.metrics_http`) shows everything. Label values are always drawn from fixed
sets: a stream of hostile messages must not be able to create new time series (each one costs Prometheus memory for
as long as it is retained), so anything unexpected is reported as ``other``.
"""

from __future__ import annotations

import math
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from prometheus_client import REGISTRY, CollectorRegistry, Gauge, Histogram, disable_created_metrics
from prometheus_client import Counter as PromCounter

from workers import __version__
from workers.metrics_http import Server, serve
from workers.pipeline import STAGE_NAMES, Enriched, Failed
from workers.settings import SettingsError, Topics, load_settings

__all__ = [
    "IN_FLIGHT",
    "Server",
    "Snapshot",
    "allow_topics",
    "clear_lag",
    "in_flight",
    "observe_consumed",
    "observe_end_to_end",
    "observe_enriched",
    "observe_failed",
    "observe_produced",
    "serve",
    "set_build_info",
    "set_lag",
    "snapshot",
    "summary_lines",
]

OTHER = "other"

# A ``*_created`` series per labelled child doubles what Prometheus stores and no panel or alert reads it.
disable_created_metrics()  # type: ignore[no-untyped-call]  # untyped in prometheus-client

# The bounded vocabularies of every label. The unit test feeds hostile values and checks that each exported label
# value is in one of these sets.
LANGS = frozenset({"ar", "en", OTHER})
OUTCOMES = frozenset({"ok", "lang_unsupported", OTHER})
ITEM_KINDS = ("entities", "quotes", "events")
# Stages where a dead letter can be born: the decoder, the schema check, every pipeline stage, the time budget, and
# the catch-all around a whole record; "output" and "produce" are the stream worker's checks after enrichment.
STAGES = frozenset({"decode", "validate", *STAGE_NAMES, "budget", "record", "output", "produce", OTHER})
# Error classes worth telling apart on a dashboard; anything else (a bug's own exception type, say) is "other", and
# the dead-letter record itself keeps the exact class for whoever investigates.
ERROR_CLASSES = frozenset(
    {
        "InvalidMessage",
        "EmptyText",
        "TimeBudgetExceeded",
        "ValueError",
        "TypeError",
        "KeyError",
        "IndexError",
        "AttributeError",
        "RuntimeError",
        "UnicodeError",
        "UnicodeDecodeError",
        "UnicodeEncodeError",
        "RecursionError",
        "MemoryError",
        "OSError",
        "TimeoutError",
        "AssertionError",
        "ZeroDivisionError",
        "NotImplementedError",
        "JSONDecodeError",
        "ValidationError",
        "KafkaError",
        "KafkaTimeoutError",
        "MessageSizeTooLargeError",
        OTHER,
    }
)
# Far more partitions than a raw-article topic will ever have; a larger number would be a bug, not a partition.
MAX_PARTITIONS = 1024
# Build and model versions come from our own code, but a long one still should not bloat every scrape.
MAX_INFO_VALUE = 120

# 1 ms to 10 s: the fastest stages (language) take about a millisecond, and the default per-article budget is 10 s.
STAGE_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
# Broker timestamp to enriched record: seconds when keeping up, minutes while a backlog drains.
END_TO_END_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0)
ITEM_BUCKETS = (0.0, 1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0)

CONSUMED = PromCounter("khabar_messages_consumed", "Messages read from Kafka, by topic.", ["topic"])
PRODUCED = PromCounter("khabar_messages_produced", "Messages written to Kafka, by topic.", ["topic"])
ENRICHED = PromCounter(
    "khabar_articles_enriched", "Articles enriched, by language and outcome (ok, lang_unsupported).",
    ["lang", "outcome"],
)
DEAD_LETTERS = PromCounter(
    "khabar_dead_letters", "Messages that became dead letters, by stage and error class.", ["stage", "error_class"]
)
STAGE_SECONDS = Histogram(
    "khabar_stage_duration_seconds", "Time spent in one pipeline stage for one article.", ["stage", "lang"],
    buckets=STAGE_BUCKETS,
)
ARTICLE_SECONDS = Histogram(
    "khabar_article_duration_seconds", "Time spent in all pipeline stages for one article.", ["lang"],
    buckets=STAGE_BUCKETS,
)
END_TO_END_SECONDS = Histogram(
    "khabar_end_to_end_seconds", "From the raw message's broker timestamp to its enriched record being produced.",
    buckets=END_TO_END_BUCKETS,
)
ITEMS = Histogram(
    "khabar_article_items", "Items extracted from one article (outcome ok), by kind (entities, quotes, events).",
    ["kind", "lang"], buckets=ITEM_BUCKETS,
)
IN_FLIGHT = Gauge("khabar_articles_in_flight", "Articles being enriched right now.")
LAG = Gauge(
    "khabar_consumer_lag_messages", "Consumer lag: the partition's high watermark minus the consumer's position.",
    ["topic", "partition"],
)
BUILD_INFO = Gauge(
    "khabar_build_info", "Always 1; the labels say which code and models this worker runs.",
    ["version", "python", "pipeline", "models"],
)

_extra_topics: set[str] = set()


@lru_cache(maxsize=1)
def _configured_topics() -> frozenset[str]:
    defaults = Topics()
    names = {getattr(defaults, f) for f in defaults.__dataclass_fields__}
    try:
        configured = load_settings().topics
    except SettingsError:
        # The worker itself refuses to start on bad settings; metrics need not repeat that complaint.
        return frozenset(names)
    return frozenset(names | {getattr(configured, f) for f in configured.__dataclass_fields__})


def allow_topics(names: Iterable[str]) -> None:
    """Accept these topic names as label values too (beyond the default and ``KHABAR_TOPIC_*`` topics)."""
    _extra_topics.update(names)


def topic_label(topic: str) -> str:
    """``topic`` if it is one of ours, else ``other``."""
    return topic if topic in _configured_topics() or topic in _extra_topics else OTHER


def lang_label(lang: object) -> str:
    """The article's language if it is one the workers support, else ``other``."""
    return lang if isinstance(lang, str) and lang in LANGS else OTHER


def _bounded(value: object, allowed: frozenset[str]) -> str:
    return value if isinstance(value, str) and value in allowed else OTHER


def observe_consumed(topic: str) -> None:
    """Count one message read from ``topic``."""
    CONSUMED.labels(topic_label(topic)).inc()


def observe_produced(topic: str, n: int = 1) -> None:
    """Count ``n`` messages written to ``topic``."""
    if n > 0:
        PRODUCED.labels(topic_label(topic)).inc(n)


def observe_enriched(enriched: Enriched) -> None:
    """Record one enriched article: its language and outcome, each stage's duration, and how much was extracted."""
    record = enriched.record
    lang = lang_label(record.get("lang"))
    outcome = _bounded(record.get("outcome"), OUTCOMES)
    ENRICHED.labels(lang, outcome).inc()
    total = 0.0
    for stage, seconds in enriched.stage_seconds.items():
        if math.isfinite(seconds) and seconds >= 0:
            STAGE_SECONDS.labels(_bounded(stage, STAGES), lang).observe(seconds)
            total += seconds
    ARTICLE_SECONDS.labels(lang).observe(total)
    if outcome == "ok":
        # Unsupported-language articles are never analysed; counting their zeros would drag every average down.
        for kind in ITEM_KINDS:
            items = record.get(kind)
            ITEMS.labels(kind, lang).observe(len(items) if isinstance(items, list) else 0)


def observe_failed(failed: Failed) -> None:
    """Count one dead letter by stage and error class (both mapped onto fixed sets)."""
    DEAD_LETTERS.labels(_bounded(failed.stage, STAGES), _bounded(failed.error_class, ERROR_CLASSES)).inc()


def observe_end_to_end(seconds: float) -> None:
    """Record the time from a raw message's broker timestamp to its enriched record being produced."""
    if math.isfinite(seconds):
        # Clocks of the producer's broker and this host can disagree by a little; a negative age means "just now".
        END_TO_END_SECONDS.observe(max(seconds, 0.0))


@contextmanager
def in_flight() -> Iterator[None]:
    """Count the enclosed block as one article in flight (the :data:`IN_FLIGHT` gauge)."""
    IN_FLIGHT.inc()
    try:
        yield
    finally:
        IN_FLIGHT.dec()


def _partition_label(partition: int) -> str:
    return str(partition) if isinstance(partition, int) and 0 <= partition < MAX_PARTITIONS else OTHER


def set_lag(topic: str, partition: int, lag: int) -> None:
    """Set the consumer lag of one partition: its high watermark minus our position (never below 0)."""
    LAG.labels(topic_label(topic), _partition_label(partition)).set(max(int(lag), 0))


def clear_lag(topic: str, partition: int) -> None:
    """Forget a partition's lag, e.g. when a rebalance moves it to another worker (its stale value would alert)."""
    with suppress(KeyError):
        LAG.remove(topic_label(topic), _partition_label(partition))


def _info_value(value: str) -> str:
    return value if len(value) <= MAX_INFO_VALUE else value[: MAX_INFO_VALUE - 1] + "…"


def set_build_info(models: Mapping[str, str]) -> None:
    """Publish ``khabar_build_info`` = 1 with the package version, Python version, stage order and model versions."""
    BUILD_INFO.clear()  # one series per process: a second call replaces the first rather than adding to it
    BUILD_INFO.labels(
        version=_info_value(__version__),
        python=f"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}",
        pipeline=_info_value(">".join(STAGE_NAMES)),
        models=_info_value(",".join(f"{name}={version}" for name, version in sorted(models.items()))),
    ).set(1)


# --- the batch summary ---------------------------------------------------------------------------------------------

SampleKey = tuple[str, tuple[tuple[str, str], ...]]


@dataclass(frozen=True)
class Snapshot:
    """The values of every ``khabar_*`` sample at one moment, to subtract from a later one."""

    values: dict[SampleKey, float]
    taken_at: float = field(default_factory=time.perf_counter)


def snapshot(registry: CollectorRegistry = REGISTRY) -> Snapshot:
    """Read every ``khabar_*`` sample of ``registry`` now."""
    values: dict[SampleKey, float] = {}
    for family in registry.collect():
        if not family.name.startswith("khabar_"):
            continue
        for sample in family.samples:
            values[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return Snapshot(values)


@dataclass(frozen=True)
class BatchFigures:
    """What happened between two snapshots."""

    seconds: float
    enriched: Counter[tuple[str, str]]  # (lang, outcome) -> articles
    dead_letters: Counter[tuple[str, str]]  # (stage, error_class) -> messages
    stage_seconds: dict[str, float]  # stage -> seconds spent
    items: Counter[str]  # kind -> items extracted from ok articles
    analysed: int  # articles with outcome ok

    @property
    def enriched_total(self) -> int:
        """Articles enriched, whatever the outcome."""
        return sum(self.enriched.values())

    @property
    def failed_total(self) -> int:
        """Messages that became dead letters."""
        return sum(self.dead_letters.values())


def batch_figures(since: Snapshot, registry: CollectorRegistry = REGISTRY) -> BatchFigures:
    """The figures of everything observed in ``registry`` since ``since`` was taken."""
    now = snapshot(registry)
    enriched: Counter[tuple[str, str]] = Counter()
    dead: Counter[tuple[str, str]] = Counter()
    stage_seconds: dict[str, float] = {}
    items: Counter[str] = Counter()
    analysed = 0
    for (name, labels), value in now.values.items():
        delta = value - since.values.get((name, labels), 0.0)
        if delta <= 0:
            continue
        by = dict(labels)
        if name == "khabar_articles_enriched_total":
            enriched[(by["lang"], by["outcome"])] += round(delta)
        elif name == "khabar_dead_letters_total":
            dead[(by["stage"], by["error_class"])] += round(delta)
        elif name == "khabar_stage_duration_seconds_sum":
            stage_seconds[by["stage"]] = stage_seconds.get(by["stage"], 0.0) + delta
        elif name == "khabar_article_items_sum":
            items[by["kind"]] += round(delta)
        elif name == "khabar_article_items_count" and by["kind"] == ITEM_KINDS[0]:
            analysed += round(delta)
    return BatchFigures(now.taken_at - since.taken_at, enriched, dead, stage_seconds, items, analysed)


def summary_lines(since: Snapshot, registry: CollectorRegistry = REGISTRY, name: str = "khabar") -> list[str]:
    """A short human summary of everything observed since ``since``: counts, rate, languages, yields, stage shares."""
    f = batch_figures(since, registry)
    total = f.enriched_total + f.failed_total
    rate = total / f.seconds if f.seconds > 0 else 0.0
    lines = [
        f"{name}: {total} articles in {f.seconds:.2f} s ({rate:.1f}/s): "
        f"{f.enriched_total} enriched, {f.failed_total} dead letters"
    ]
    if f.enriched_total:
        by_lang: Counter[str] = Counter()
        for (lang, _), n in f.enriched.items():
            by_lang[lang] += n
        langs = ", ".join(f"{lang} {n}" for lang, n in _largest_first(by_lang))
        line = f"  languages: {langs}"
        if f.analysed:
            per = ", ".join(f"{kind} {f.items[kind] / f.analysed:.1f}" for kind in ITEM_KINDS)
            line += f"; per article: {per}"
        lines.append(line)
        unsupported = sum(n for (_, outcome), n in f.enriched.items() if outcome == "lang_unsupported")
        if unsupported:
            lines.append(f"  unsupported language: {unsupported}")
        stage_total = sum(f.stage_seconds.values())
        if stage_total > 0:
            shares = ", ".join(f"{stage} {s / stage_total:.0%}" for stage, s in _largest_first(f.stage_seconds))
            lines.append(f"  time by stage: {shares}")
    if f.failed_total:
        reasons = ", ".join(f"{stage}/{error} {n}" for (stage, error), n in _largest_first(f.dead_letters))
        lines.append(f"  dead letters by stage/error: {reasons}")
    return lines


K = TypeVar("K", str, tuple[str, str])


def _largest_first(counts: Mapping[K, float]) -> list[tuple[K, float]]:
    # Ties broken by key, so the same batch always prints the same summary.
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
