"""Structured logs: one JSON object per line on stderr, the message plus the ``extra`` fields given to the logger.

Callers pass identifiers (topic, partition, offset, article id, stage, error class), never article text.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from typing import IO, Any

import orjson

# Attributes every LogRecord has; anything else on a record came from ``extra=`` and is a field of ours.
_STANDARD = frozenset(vars(logging.LogRecord("x", logging.INFO, "x", 0, "x", None, None))) | {"message", "asctime"}
# Chatty third-party loggers: their INFO lines are about client internals, not about articles.
_QUIET = ("aiokafka", "kafka", "faust.transport", "faust.tables", "mode.timers")


class JsonFormatter(logging.Formatter):
    """Formats a record as one compact JSON line."""

    def format(self, record: logging.LogRecord) -> str:
        """The record's time, level, logger, message and extra fields as JSON."""
        line: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                line[key] = value
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(line, default=str).decode("utf-8")


def configure(level: str = "INFO", stream: IO[str] | None = None) -> None:
    """Send every log record to ``stream`` (default stderr) as JSON at ``level``; quieten the Kafka clients."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in _QUIET:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))
