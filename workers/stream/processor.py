"""What each extraction process runs: the pipeline built from the settings, loaded before the first message."""

from __future__ import annotations

from workers.pipeline import Pipeline
from workers.settings import Settings


def build_processor(settings: Settings) -> Pipeline:
    """Build and preload the pipeline described by ``settings`` (runs in each extraction process)."""
    pipeline = Pipeline.from_settings(settings)
    pipeline.preload()
    return pipeline
