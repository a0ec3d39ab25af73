"""Structured logs: one JSON object per line on stderr, the message plus the ``extra`` fields given to the logger.

Callers pass identifiers (topic, partition, offset, article id, stage, error class), never article text.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
import time
from typing import IO, Any

import orjson

# Attributes every LogRecord has; anything else on a record came from ``extra=`` and is a field of ours.
_STANDARD = frozenset(vars(logging.LogRecord("x", logging.INFO, "x", 0, "x", None, None))) | {"message", "asctime"}
# Chatty third-party loggers: their INFO lines are about client internals, not about articles.
_QUIET = ("aiokafka", "kafka", "faust.transport", "faust.tables", "mode.timers")
OWN_LOGGERS = ("khabar", "workers")


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


class RepeatFilter(logging.Filter):
    """Lets one of a run of identical third-party lines through per ``window`` seconds, then says how many it held back.

    While a broker is down the Kafka client retries in a tight loop and logs every attempt: thousands of identical
    lines a second, which would bury everything else (and fill disks).
    """

    def __init__(self, window: float = 10.0, clock: Any = time.monotonic) -> None:
        super().__init__()
        self.window = window
        self.clock = clock
        self._seen: dict[tuple[str, int, str], tuple[float, int]] = {}
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        """False for a repeat inside the window; the first line after it carries the count of those dropped."""
        if record.name.startswith(OWN_LOGGERS):
            return True  # ours carry their facts in extra fields: equal messages are not equal lines
        key = (record.name, record.levelno, record.getMessage())
        now = self.clock()
        with self._lock:
            last, held = self._seen.get(key, (float("-inf"), 0))
            if now - last < self.window:
                self._seen[key] = (last, held + 1)
                return False
            self._seen[key] = (now, 0)
            if len(self._seen) > 10_000:  # distinct messages are not repeats; forget the oldest rather than grow
                self._seen = dict(list(self._seen.items())[-5_000:])
        if held:
            record.repeated = held
        return True


def configure(level: str = "INFO", stream: IO[str] | None = None) -> None:
    """Send every log record to ``stream`` (default stderr) as JSON at ``level``; quieten the Kafka clients."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RepeatFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in _QUIET:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))
