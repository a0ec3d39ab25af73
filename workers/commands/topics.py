"""``khabar topics create``: create Khabar's topics (raw, enriched, entities, quotes, events, dead letters).

Idempotent: topics that exist already are listed and left as they are. Names come from ``KHABAR_TOPIC_*``.

Exit status: 0 when every topic exists afterwards; 1 when the broker refused one; 2 on bad settings or no broker.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workers.commands.arguments import whole_number
from workers.settings import SettingsError, load_settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def register(subparsers: Any) -> None:
    """Add the ``topics`` command and its ``create`` action."""
    p = subparsers.add_parser(
        "topics",
        help="create the Kafka topics",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = actions.add_parser("create", help="create missing topics (idempotent)")
    create.add_argument(
        "--partitions", type=whole_number(1), help="partitions per new topic (default KHABAR_TOPIC_PARTITIONS, 6)"
    )
    create.add_argument(
        "--replication-factor",
        type=whole_number(1),
        help="replicas per partition (default KHABAR_TOPIC_REPLICATION, 1)",
    )
    create.add_argument("--wait", type=float, default=30.0, help="seconds to wait for a broker (default 30)")
    create.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Create the missing topics and print one line per topic."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"khabar topics: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from workers.stream.admin import BrokerUnavailable, create_topics

    try:
        statuses = create_topics(
            settings, partitions=args.partitions, replication=args.replication_factor, wait_seconds=args.wait
        )
    except BrokerUnavailable as exc:
        print(f"khabar topics: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for status in statuses:
        partitions = f" ({status.partitions} partitions)" if status.partitions else ""
        detail = f": {status.detail}" if status.detail else ""
        print(f"{status.name}: {status.status}{partitions}{detail}")
    return EXIT_FAILED if any(s.status == "error" for s in statuses) else EXIT_OK
