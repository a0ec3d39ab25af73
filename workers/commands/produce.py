"""``khabar produce FILE...``: send raw articles from JSON Lines files (or ``-`` for stdin) to the raw topic.

Each non-blank line is one message, sent as is and keyed by the article's ``id``. A progress bar is shown when
stderr is a terminal; the throughput is printed at the end.

Exit status: 0 when every line was acknowledged; 1 when some were not; 2 on bad arguments, settings or no broker.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workers.settings import SettingsError, load_settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def register(subparsers: Any) -> None:
    """Add the ``produce`` command."""
    p = subparsers.add_parser(
        "produce",
        help="send raw articles (JSON Lines) to Kafka",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="+", help="raw-article JSON Lines files ('-' is stdin)")
    p.add_argument("--topic", help="topic to send to (default KHABAR_TOPIC_RAW, articles.raw)")
    p.add_argument("--quiet", action="store_true", help="no summary line")
    p.set_defaults(handler=run)


def _count_lines(paths: list[str]) -> int | None:
    if "-" in paths:
        return None
    return sum(1 for path in paths for line in Path(path).open("rb") if line.strip())


def run(args: argparse.Namespace) -> int:
    """Produce every line of every file; print the throughput."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"khabar produce: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for path in args.files:
        if path != "-" and not Path(path).is_file():
            print(f"khabar produce: no such file: {path}", file=sys.stderr)
            return EXIT_USAGE
    from kafka.errors import KafkaError

    from workers.stream.produce import make_producer, produce_lines, read_lines

    topic = args.topic or settings.topics.raw
    bar: Any = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=_count_lines(args.files), unit="msg", file=sys.stderr, leave=False)
    try:
        producer = make_producer(settings)
    except KafkaError as exc:
        print(f"khabar produce: no Kafka broker reachable at {settings.bootstrap} ({exc})", file=sys.stderr)
        return EXIT_USAGE
    try:
        report = produce_lines(producer, topic, read_lines(args.files, sys.stdin.buffer), bar.update if bar else None)
    finally:
        producer.close()
        if bar is not None:
            bar.close()
    if not args.quiet:
        print(report.render(topic), file=sys.stderr)
    return EXIT_FAILED if report.failed else EXIT_OK
