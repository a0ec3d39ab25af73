"""The Faust agent: wires the raw-articles topic to the enricher, and does nothing else."""

from __future__ import annotations

from typing import Any

import faust

from workers.stream.enricher import StreamEnricher
from workers.stream.faust_io import incoming

AGENT_NAME = "khabar.enrich"


def register_agent(app: faust.App, raw_topic: str, enricher: StreamEnricher, concurrency: int) -> Any:
    """Add the enrich agent to ``app``: ``concurrency`` actors, each handling one raw message at a time."""
    topic = app.topic(raw_topic, key_serializer="raw", value_serializer="raw")

    async def enrich(stream: faust.StreamT[Any]) -> None:
        # Faust acks an event when the loop asks for the next one, so the offset is committable only after
        # handle() has produced (and had acknowledged) everything for it.
        async for event in stream.events():
            await enricher.handle(incoming(event.message))

    return app.agent(topic, name=AGENT_NAME, concurrency=concurrency)(enrich)
