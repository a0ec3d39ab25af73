"""What each extraction process runs: the pipeline built from the settings, optionally checking its own output."""

from __future__ import annotations

from dataclasses import dataclass

from workers.deadletters import Origin, dead_letter
from workers.pipeline import Enriched, Failed, Pipeline
from workers.records import schema_errors
from workers.settings import Settings

ITEM_SCHEMAS = {"entities": "entity-record", "quotes": "quote-record", "events": "event-record"}


class OutputInvalid(ValueError):
    """An enriched record or item record does not match its published schema (a bug on our side)."""


@dataclass
class CheckedPipeline:
    """The pipeline, plus a schema check of every record it emits when ``validate_output`` is on."""

    pipeline: Pipeline
    validate_output: bool = False

    def process(self, data: bytes, origin: Origin) -> Enriched | Failed:
        """Enrich one message; with validation on, a record that breaks its schema becomes an ``output`` dead letter."""
        result = self.pipeline.process(data, origin)
        if not self.validate_output or isinstance(result, Failed):
            return result
        problem = output_problem(result)
        if problem is None:
            return result
        error = OutputInvalid(problem)
        article_id = result.record.get("id")
        return Failed(dead_letter(data, "output", error, origin, article_id), "output", type(error).__name__)

    def model_versions(self) -> dict[str, str]:
        """Versions of the loaded models."""
        return self.pipeline.model_versions()


def output_problem(result: Enriched) -> str | None:
    """The first schema problem of the enriched record or one of its item records, or None when all are valid."""
    for problem in schema_errors("enriched-article", result.record):
        return f"enriched record: {problem}"
    for kind, schema in ITEM_SCHEMAS.items():
        for item in result.items.get(kind, []):
            for problem in schema_errors(schema, item):
                return f"{kind} record: {problem}"
    return None


def build_processor(settings: Settings) -> CheckedPipeline:
    """Build and preload the pipeline described by ``settings`` (runs in each extraction process)."""
    pipeline = Pipeline(
        languages=settings.languages,
        echo_text=settings.echo_text,
        time_budget_seconds=settings.time_budget_seconds,
        max_message_bytes=settings.max_message_bytes,
    )
    pipeline.preload()
    return CheckedPipeline(pipeline, validate_output=settings.validate_output)
