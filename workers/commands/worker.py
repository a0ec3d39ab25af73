"""``khabar worker``: the stream enrichment worker (Faust) with the settings from ``KHABAR_*`` variables.

It consumes raw articles, produces enriched records, entity/quote/event records and dead letters, and serves
/metrics, /healthz and /readyz. SIGTERM or Ctrl-C finishes the articles in flight, commits, and exits.

Exit status: 0 after a clean stop; 1 when the worker crashed; 2 when the settings are invalid or the pipeline's
models cannot be loaded.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workers.settings import SettingsError, load_settings

EXIT_CONFIG = 2


def register(subparsers: Any) -> None:
    """Add the ``worker`` command."""
    p = subparsers.add_parser(
        "worker",
        help="run the stream enrichment worker (Kafka in, Kafka out)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--check", action="store_true", help="validate the settings, print them, and exit")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Validate settings, then run the worker until it is stopped."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"khabar worker: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    if args.check:
        print(f"khabar worker: settings OK: {settings}")
        return 0
    # Imported here: Faust and the Kafka clients are heavy, and the other commands do not need them.
    from workers.stream.runtime import run_worker

    return run_worker(settings)
