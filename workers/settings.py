"""One validated settings object, read from ``KHABAR_*`` environment variables.

Every bad value is reported at once, each with the variable's name and what it should be, so an operator fixes a
deployment in one pass rather than one crash at a time.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

PREFIX = "KHABAR_"
SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")
DEFAULT_LANGUAGES: tuple[str, ...] = ("ar", "en")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
OFFSET_RESETS = ("EARLIEST", "LATEST")
# Kafka brokers refuse sessions shorter than group.min.session.timeout.ms, 6 s by default.
MIN_SESSION_TIMEOUT_SECONDS = 6.0
T = TypeVar("T")


class SettingsError(ValueError):
    """Raised with one line per invalid variable."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid configuration:\n" + "\n".join(f"  - {p}" for p in problems))


@dataclass(frozen=True)
class Topics:
    """Names of the topics the workers read and write."""

    raw: str = "articles.raw"
    enriched: str = "articles.enriched"
    entities: str = "articles.entities"
    quotes: str = "articles.quotes"
    events: str = "articles.events"
    dlq: str = "articles.dlq"


@dataclass(frozen=True)
class Settings:
    """Everything a Khabar process can be configured with. Build it with :func:`load_settings`."""

    kafka_bootstrap: str | None = None
    topics: Topics = field(default_factory=Topics)
    consumer_group: str = "khabar-enricher"
    concurrency: int = 1
    time_budget_seconds: float = 10.0
    max_message_bytes: int = 1_048_576
    echo_text: bool = True
    validate_output: bool = False
    # Each extraction process claims a core of its own (lock files under $TMPDIR/khabar-cpu-claims).
    pin_cpus: bool = True
    languages: tuple[str, ...] = ("ar", "en")
    metrics_host: str = "127.0.0.1"
    metrics_port: int = 9108
    log_level: str = "INFO"
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str | None = None
    sasl_username: str | None = None
    sasl_password: str | None = field(default=None, repr=False)
    tls_ca_file: Path | None = None
    tls_cert_file: Path | None = None
    tls_key_file: Path | None = None
    tls: bool = False
    hard_timeout_seconds: float | None = None
    topic_partitions: int = 6
    topic_replication: int = 1
    offset_reset: str = "earliest"
    session_timeout_seconds: float = 30.0
    commit_interval_seconds: float = 1.0
    stats_interval_seconds: float = 30.0

    @property
    def bootstrap(self) -> str:
        """The bootstrap servers to use: the configured ones, or the local dev broker."""
        return self.kafka_bootstrap or "127.0.0.1:9092"

    @property
    def hard_timeout(self) -> float:
        """Seconds after which a stuck article's extraction process is killed (the budget is checked between stages)."""
        if self.hard_timeout_seconds is not None:
            return self.hard_timeout_seconds
        # One stage can overrun the soft budget on its own; leave it room before killing the process.
        return max(2 * self.time_budget_seconds, self.time_budget_seconds + 5.0)

    @property
    def heartbeat_interval_seconds(self) -> float:
        """Consumer heartbeat interval: well inside the session timeout, so a late beat or two is not fatal."""
        return min(3.0, self.session_timeout_seconds / 6)


class _Reader:
    """Reads and converts variables, collecting every problem instead of stopping at the first."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self.env = env
        self.problems: list[str] = []

    def get(self, name: str, default: T, convert: Callable[[str], T], expected: str) -> T:
        raw = self.env.get(PREFIX + name)
        if raw is None or raw.strip() == "":
            return default
        try:
            return convert(raw.strip())
        except (ValueError, TypeError):
            self.problems.append(f"{PREFIX}{name}={raw!r}: expected {expected}")
            return default


def _positive_int(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise ValueError(raw)
    return value


def _positive_float(raw: str) -> float:
    value = float(raw)
    if not value > 0 or value == float("inf"):
        raise ValueError(raw)
    return value


def _at_least(minimum: float) -> Callable[[str], float]:
    def convert(raw: str) -> float:
        value = _positive_float(raw)
        if value < minimum:
            raise ValueError(raw)
        return value

    return convert


def _port(raw: str) -> int:
    value = int(raw)
    if not 0 <= value <= 65535:
        raise ValueError(raw)
    return value


def _bool(raw: str) -> bool:
    lowered = raw.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError(raw)


def _bootstrap(raw: str) -> str:
    servers = [s.strip() for s in raw.split(",") if s.strip()]
    for server in servers:
        host, sep, port = server.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) <= 65535:
            raise ValueError(raw)
    if not servers:
        raise ValueError(raw)
    return ",".join(servers)


def _choice(options: tuple[str, ...]) -> Callable[[str], str]:
    def convert(raw: str) -> str:
        if raw.upper() not in options:
            raise ValueError(raw)
        return raw.upper()

    return convert


def _topic(raw: str) -> str:
    # Kafka's own rule for topic names.
    if len(raw) > 249 or raw in (".", "..") or any(not (c.isalnum() and c.isascii()) and c not in "._-" for c in raw):
        raise ValueError(raw)
    return raw


def _languages(raw: str) -> tuple[str, ...]:
    langs = tuple(x.strip().lower() for x in raw.split(",") if x.strip())
    if not langs or any(x not in ("ar", "en") for x in langs):
        raise ValueError(raw)
    return langs


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read settings from ``env`` (default: the environment); raise :class:`SettingsError` listing every bad value."""
    r = _Reader(os.environ if env is None else env)
    topic_defaults = Topics()
    topics = Topics(
        **{
            name: r.get(
                f"TOPIC_{name.upper()}",
                getattr(topic_defaults, name),
                _topic,
                "a Kafka topic name ([A-Za-z0-9._-], <= 249)",
            )
            for name in ("raw", "enriched", "entities", "quotes", "events", "dlq")
        }
    )
    values: dict[str, Any] = {
        "kafka_bootstrap": r.get("KAFKA_BOOTSTRAP", None, _bootstrap, "host:port[,host:port...]"),
        "topics": topics,
        "consumer_group": r.get("CONSUMER_GROUP", "khabar-enricher", str, "a consumer group id"),
        "concurrency": r.get("CONCURRENCY", 1, _positive_int, "a whole number >= 1"),
        "time_budget_seconds": r.get("TIME_BUDGET_SECONDS", 10.0, _positive_float, "a number of seconds > 0"),
        "max_message_bytes": r.get("MAX_MESSAGE_BYTES", 1_048_576, _positive_int, "a whole number of bytes >= 1"),
        "echo_text": r.get("ECHO_TEXT", True, _bool, "true or false"),
        "validate_output": r.get("VALIDATE_OUTPUT", False, _bool, "true or false"),
        "pin_cpus": r.get("PIN_CPUS", True, _bool, "true or false"),
        "languages": r.get("LANGUAGES", DEFAULT_LANGUAGES, _languages, "a comma-separated subset of ar,en"),
        "metrics_host": r.get("METRICS_HOST", "127.0.0.1", str, "a host name or address"),
        "metrics_port": r.get("METRICS_PORT", 9108, _port, "a port number 0-65535"),
        "log_level": r.get("LOG_LEVEL", "INFO", _choice(LOG_LEVELS), "one of " + ", ".join(LOG_LEVELS)),
        "sasl_mechanism": r.get(
            "SASL_MECHANISM", None, _choice(SASL_MECHANISMS), "one of " + ", ".join(SASL_MECHANISMS)
        ),
        "sasl_username": r.get("SASL_USERNAME", None, str, "a user name"),
        "sasl_password": r.get("SASL_PASSWORD", None, str, "a password"),
        "tls": r.get("TLS", False, _bool, "true or false"),
        "hard_timeout_seconds": r.get("HARD_TIMEOUT_SECONDS", None, _positive_float, "a number of seconds > 0"),
        "topic_partitions": r.get("TOPIC_PARTITIONS", 6, _positive_int, "a whole number >= 1"),
        "topic_replication": r.get("TOPIC_REPLICATION", 1, _positive_int, "a whole number >= 1"),
        "offset_reset": r.get("OFFSET_RESET", "EARLIEST", _choice(OFFSET_RESETS), "earliest or latest").lower(),
        "session_timeout_seconds": r.get(
            "SESSION_TIMEOUT_SECONDS", 30.0, _at_least(MIN_SESSION_TIMEOUT_SECONDS), "a number of seconds >= 6"
        ),
        "commit_interval_seconds": r.get("COMMIT_INTERVAL_SECONDS", 1.0, _positive_float, "a number of seconds > 0"),
        "stats_interval_seconds": r.get("STATS_INTERVAL_SECONDS", 30.0, _positive_float, "a number of seconds > 0"),
    }
    for name in ("CA", "CERT", "KEY"):
        path = r.get(f"TLS_{name}_FILE", None, Path, "a file path")
        if path is not None and not path.is_file():
            r.problems.append(f"{PREFIX}TLS_{name}_FILE={str(path)!r}: no such file")
        values[f"tls_{name.lower()}_file"] = path
    if values["sasl_mechanism"] and not (values["sasl_username"] and values["sasl_password"]):
        r.problems.append(
            f"{PREFIX}SASL_MECHANISM is set: {PREFIX}SASL_USERNAME and {PREFIX}SASL_PASSWORD are required"
        )
    hard = values["hard_timeout_seconds"]
    if hard is not None and hard < values["time_budget_seconds"]:
        r.problems.append(
            f"{PREFIX}HARD_TIMEOUT_SECONDS={hard:g}: must not be shorter than {PREFIX}TIME_BUDGET_SECONDS"
            f" ({values['time_budget_seconds']:g})"
        )
    if bool(values["tls_cert_file"]) != bool(values["tls_key_file"]):
        r.problems.append(f"{PREFIX}TLS_CERT_FILE and {PREFIX}TLS_KEY_FILE go together: set both or neither")
    tls = values["tls"] or any(values[k] for k in ("tls_ca_file", "tls_cert_file"))
    values["tls"] = tls
    sasl = bool(values["sasl_mechanism"])
    values["security_protocol"] = {
        (False, False): "PLAINTEXT",
        (True, False): "SSL",
        (False, True): "SASL_PLAINTEXT",
    }.get((tls, sasl), "SASL_SSL")
    if r.problems:
        raise SettingsError(r.problems)
    return Settings(**values)
