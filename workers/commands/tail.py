"""``khabar tail TOPIC``: show messages of a topic, with their headers.

TOPIC is a topic name, or one of raw, enriched, entities, quotes, events, dlq for the configured topics. By default
the last N messages; ``--from-beginning`` for the first N; ``--follow`` to keep reading new ones. Reading joins no
consumer group and commits nothing.

Formats: ``pretty`` (headers and indented JSON, for people), ``json`` (one JSON object per message with topic,
partition, offset, key, headers and value), ``raw`` (the values only, one per line: pipe them into other tools).

Exit status: 0; 1 when ``--expect`` messages did not all arrive in time; 2 on bad settings, no broker, no topic.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workers.commands.arguments import whole_number
from workers.settings import SettingsError, Topics, load_settings

EXIT_OK, EXIT_SHORT, EXIT_USAGE = 0, 1, 2


def register(subparsers: Any) -> None:
    """Add the ``tail`` command."""
    p = subparsers.add_parser(
        "tail",
        help="show messages of a topic",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("topic", help="topic name, or raw|enriched|entities|quotes|events|dlq")
    p.add_argument("-n", "--count", type=whole_number(0), default=10, help="how many messages (0 = all; default 10)")
    p.add_argument("--from-beginning", action="store_true", help="the first N messages instead of the last N")
    p.add_argument("-f", "--follow", action="store_true", help="keep reading new messages")
    p.add_argument("--timeout", type=float, help="stop after this many seconds without a message")
    p.add_argument("--format", choices=("pretty", "json", "raw"), default="pretty", help="output format")
    p.add_argument("--no-headers", action="store_true", help="pretty format without the headers")
    p.add_argument("--expect", action="store_true", help="exit 1 unless exactly N messages were shown")
    p.set_defaults(handler=run)


def resolve_topic(name: str, topics: Topics) -> str:
    """The configured topic for a short name (``enriched``), or ``name`` itself."""
    return str(getattr(topics, name)) if name in topics.__dataclass_fields__ else name


def run(args: argparse.Namespace) -> int:
    """Print the messages."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"khabar tail: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from kafka.errors import KafkaError

    from workers.stream.tail import TopicNotFound, format_json, format_pretty, read

    topic = resolve_topic(args.topic, settings.topics)
    out = sys.stdout.buffer
    shown = 0
    try:
        for message in read(
            settings,
            topic,
            count=args.count,
            from_beginning=args.from_beginning,
            follow=args.follow,
            timeout=args.timeout,
        ):
            if args.format == "pretty":
                out.write(format_pretty(message, show_headers=not args.no_headers).encode("utf-8") + b"\n")
            elif args.format == "json":
                out.write(format_json(message) + b"\n")
            else:
                out.write((message.value or b"") + b"\n")
            out.flush()
            shown += 1
    except TopicNotFound as exc:
        print(f"khabar tail: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KafkaError as exc:
        print(f"khabar tail: no Kafka broker reachable at {settings.bootstrap} ({exc})", file=sys.stderr)
        return EXIT_USAGE
    if args.expect and shown != args.count:
        print(f"khabar tail: {shown} of {args.count} messages", file=sys.stderr)
        return EXIT_SHORT
    return EXIT_OK
