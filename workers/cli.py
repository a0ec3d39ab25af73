"""The ``khabar`` command: a thin dispatcher over the command modules in ``workers.commands``."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from workers import __version__

# Each module has register(subparsers) and sets a `handler(args) -> int` default on its parser.
COMMANDS = (
    "workers.commands.enrich",
    "workers.commands.eval",
    "workers.commands.bench",
    "workers.commands.worker",
    "workers.commands.topics",
    "workers.commands.produce",
    "workers.commands.tail",
    "workers.commands.demo",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    parser = argparse.ArgumentParser(
        prog="khabar", description="Entities, quotes and PLOVER events from news articles."
    )
    parser.add_argument("--version", action="version", version=f"khabar {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``khabar`` with ``argv`` (default: the process arguments); return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        status: int = args.handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `khabar enrich ... | head` closes our stdout early; that is not an error.
        sys.stderr.close()
        return 0
    return status


if __name__ == "__main__":
    sys.exit(main())
