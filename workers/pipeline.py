"""Text -> stages -> enriched record: the one extraction path that the Faust agent and ``khabar enrich`` share."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from workers import __version__
from workers.deadletters import Origin, dead_letter
from workers.doc import Doc
from workers.lang.base import LanguagePack
from workers.lang.registry import load_pack
from workers.records import InvalidMessage, RawArticle, decode_raw, offset_errors, schema_errors
from workers.serialise import analysis_fields, item_records
from workers.settings import Settings
from workers.stages import dates, entities, events, quotes
from workers.text.html import html_to_text
from workers.text.language import detect_language
from workers.text.normalise import clean_text

EXTRACTION_STAGES: tuple[tuple[str, Callable[[Doc, LanguagePack], None]], ...] = (
    ("entities", entities.run),
    ("dates", dates.run),
    ("quotes", quotes.run),
    ("events", events.run),
)
# The cyclic collector's thresholds once a pack is loaded. A pack (models, gazetteers, lexicons) holds over a
# hundred thousand containers that live as long as the process: frozen, the collector stops rescanning them.
# An article then makes tens of thousands of short-lived objects; a larger first generation and rarer older ones
# cut the collector's share of the bench corpus from about 7% to 3%, for a few megabytes of young garbage.
COLLECTOR_THRESHOLDS = (5000, 10, 10)
STAGE_NAMES = ("normalise", "language", "analyse", *(name for name, _ in EXTRACTION_STAGES))


class StageError(RuntimeError):
    """A failure inside one stage; ``cause`` is the original exception."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        self.stage = stage
        self.cause = cause
        super().__init__(f"{stage}: {type(cause).__name__}: {cause}")


class EmptyText(ValueError):
    """The article has no text left to analyse (blank text, or a page with no main content)."""


class TimeBudgetExceeded(RuntimeError):
    """The article took longer than the configured per-article budget."""


class OutputInvalid(ValueError):
    """A record the pipeline built breaks its published schema or its offsets (a bug on our side, not the input's)."""


@dataclass(slots=True)
class Enriched:
    """A successfully enriched article: the record and its per-item records by kind."""

    record: dict[str, Any]
    items: dict[str, list[dict[str, Any]]]
    stage_seconds: dict[str, float]


@dataclass(slots=True)
class Failed:
    """A message that became a dead letter."""

    record: dict[str, Any]
    stage: str
    error_class: str


@dataclass
class Pipeline:
    """Loads language packs once and enriches articles with them. Not thread-safe; one per worker process."""

    languages: tuple[str, ...] = ("ar", "en")
    echo_text: bool = True
    time_budget_seconds: float | None = None
    max_message_bytes: int = 1_048_576
    validate_output: bool = False
    _packs: dict[str, LanguagePack] = field(default_factory=dict, repr=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> Pipeline:
        """The pipeline a process configured by ``settings`` runs (the worker and ``khabar enrich`` alike)."""
        return cls(
            languages=settings.languages,
            echo_text=settings.echo_text,
            time_budget_seconds=settings.time_budget_seconds,
            max_message_bytes=settings.max_message_bytes,
            validate_output=settings.validate_output,
        )

    def preload(self) -> None:
        """Load every configured language's pack now (a worker does this before it reports ready)."""
        for lang in self.languages:
            self.pack(lang)

    def pack(self, lang: str) -> LanguagePack:
        """The loaded pack for ``lang``."""
        if lang not in self._packs:
            self._packs[lang] = load_pack(lang)
            gc.freeze()
            gc.set_threshold(*COLLECTOR_THRESHOLDS)
        return self._packs[lang]

    def model_versions(self) -> dict[str, str]:
        """Versions of the models loaded so far, by name."""
        versions: dict[str, str] = {}
        for pack in self._packs.values():
            versions.update(pack.model_versions())
        return dict(sorted(versions.items()))

    def enrich(self, raw: RawArticle) -> Enriched:
        """Run every stage on ``raw``; raise :class:`StageError` naming the stage that failed."""
        started = time.perf_counter()
        timings: dict[str, float] = {}

        def timed(stage: str, fn: Callable[[], Any]) -> Any:
            t0 = time.perf_counter()
            try:
                result = fn()
            except Exception as exc:
                raise StageError(stage, exc) from exc
            timings[stage] = time.perf_counter() - t0
            if self.time_budget_seconds is not None and time.perf_counter() - started > self.time_budget_seconds:
                raise StageError(
                    "budget", TimeBudgetExceeded(f"over {self.time_budget_seconds:g} s after stage {stage}")
                )
            return result

        text: str = timed("normalise", lambda: _article_text(raw))
        lang, detected, confidence = timed("language", lambda: _language(raw, text))
        doc = Doc(text=text, lang=lang, published_at=raw.published_date)
        supported = lang in self.languages
        stages_run = ["normalise", "language"]
        if supported:
            pack = self.pack(lang)
            timed("analyse", lambda: pack.analyse(doc))
            stages_run.append("analyse")
            for name, run in EXTRACTION_STAGES:
                timed(name, lambda run=run: run(doc, pack))  # type: ignore[misc]
                stages_run.append(name)
        record = self._record(
            raw,
            doc,
            detected=detected,
            confidence=confidence,
            outcome="ok" if supported else "lang_unsupported",
            stages_run=stages_run,
            timings=timings,
        )
        items = item_records(record)
        if self.validate_output:
            problem = output_problem(record, items)
            if problem:
                raise StageError("output", OutputInvalid(problem))
        return Enriched(record=record, items=items, stage_seconds=timings)

    def _record(
        self,
        raw: RawArticle,
        doc: Doc,
        *,
        detected: bool,
        confidence: float | None,
        outcome: str,
        stages_run: list[str],
        timings: dict[str, float],
    ) -> dict[str, Any]:
        text_sha256 = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        models = self.model_versions()
        record_id = hashlib.sha256(
            "\x1f".join([raw.id, text_sha256, __version__, *(f"{k}={v}" for k, v in models.items())]).encode("utf-8")
        ).hexdigest()[:32]
        record: dict[str, Any] = {
            "record_id": record_id,
            "id": raw.id,
            "title": raw.title,
            "url": raw.url,
            "source": raw.source,
            "published_at": raw.published_at,
            "metadata": raw.metadata,
            "lang": doc.lang,
            "lang_detected": detected,
            "lang_confidence": confidence,
            "outcome": outcome,
        }
        if self.echo_text:
            record["text"] = doc.text
        record.update(
            {
                "text_sha256": text_sha256,
                "text_length": len(doc.text),
                "pipeline": {"version": __version__, "stages": stages_run, "models": models},
                "processed_at": dt.datetime.now(dt.timezone.utc)
                .isoformat(timespec="milliseconds")
                .replace("+00:00", "Z"),
            }
        )
        record.update(analysis_fields(doc))
        record["timings"] = {k: round(v, 6) for k, v in timings.items()}
        return record

    def process(self, data: bytes, origin: Origin) -> Enriched | Failed:
        """Decode, validate and enrich one message; any failure becomes a :class:`Failed` dead letter, never raises."""
        article_id: str | None = None
        try:
            raw = decode_raw(data, self.max_message_bytes)
            article_id = raw.id
            return self.enrich(raw)
        except InvalidMessage as exc:
            return Failed(dead_letter(data, exc.stage, exc, origin, article_id), exc.stage, type(exc).__name__)
        except StageError as exc:
            return Failed(
                dead_letter(data, exc.stage, exc.cause, origin, article_id), exc.stage, type(exc.cause).__name__
            )
        except Exception as exc:  # the stream must go on whatever a message does to us
            return Failed(dead_letter(data, "record", exc, origin, article_id), "record", type(exc).__name__)

    def process_many(self, messages: Iterable[tuple[bytes, Origin]]) -> Iterable[Enriched | Failed]:
        """:meth:`process` over a sequence of messages, lazily."""
        for data, origin in messages:
            yield self.process(data, origin)


ITEM_SCHEMAS = {"entities": "entity-record", "quotes": "quote-record", "events": "event-record"}


def output_problem(record: dict[str, Any], items: dict[str, list[dict[str, Any]]]) -> str | None:
    """The first problem of an enriched record or its item records (schema or offsets), or None when all are right."""
    for problem in schema_errors("enriched-article", record):
        return f"enriched record: {problem}"
    for problem in offset_errors(record):
        return f"enriched record: {problem}"
    for kind, schema in ITEM_SCHEMAS.items():
        for item in items.get(kind, []):
            for problem in schema_errors(schema, item):
                return f"{kind} record: {problem}"
    return None


def _article_text(raw: RawArticle) -> str:
    text = clean_text(raw.text) if raw.text and raw.text.strip() else ""
    if not text and raw.html:
        text = clean_text(html_to_text(raw.html))
    if not text:
        raise EmptyText("no text to analyse after normalisation")
    return text


def _language(raw: RawArticle, text: str) -> tuple[str, bool, float | None]:
    if raw.lang:
        return raw.lang.split("-")[0].lower(), False, None
    lang, confidence = detect_language(text)
    return lang, True, confidence
