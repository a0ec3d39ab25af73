"""The Kafka ceiling: a Faust worker that only decodes and re-encodes each raw article onto the enriched topic.

Same app configuration as ``khabar worker`` (``workers.stream.app.make_app``: serializers, acks, commit policy, poll
sizes), same topics from the same settings, and no extraction, so what it reaches is the most the stream plumbing
itself allows on this machine. Run it as ``python -m workers.bench.passthrough [--acked]`` with the ``KHABAR_*``
settings. With ``--acked`` it waits for the broker to acknowledge each record before taking the next message, as
``khabar worker`` does for at-least-once delivery; without, it leaves acknowledgements to the producer's batching.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

import faust
import orjson

from workers.settings import Settings, SettingsError, load_settings
from workers.stream.app import make_app


def make_passthrough_app(settings: Settings, datadir: Path, acked: bool = False) -> faust.App:
    """A Faust app with one agent: raw topic in, the same article re-encoded out on the enriched topic, same key."""
    app = make_app(settings, datadir)
    source = app.topic(settings.topics.raw)
    sink = app.topic(settings.topics.enriched)

    async def passthrough(stream: Any) -> None:
        async for event in stream.events():
            delivery = await sink.send(key=event.key, value=orjson.dumps(orjson.loads(event.value)))
            if acked:
                await delivery

    app.agent(source, name="khabar-bench-passthrough")(passthrough)
    return app


def main() -> int:
    """Run the passthrough worker until SIGTERM or Ctrl-C."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"passthrough: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="khabar-passthrough-") as datadir:
        app = make_passthrough_app(settings, Path(datadir), acked="--acked" in sys.argv[1:])
        # Faust's Worker reads sys.argv; ours is not its command line.
        sys.argv = sys.argv[:1]
        worker = faust.Worker(app, loglevel=settings.log_level, quiet=True)
        worker.execute_from_commandline()
    return 0


if __name__ == "__main__":
    sys.exit(main())
