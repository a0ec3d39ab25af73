"""``khabar eval GOLD.jsonl [--json]``: run the pipeline over gold documents and score it (../shared/data/README.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from workers.lang.ar.newsfane import COARSE as NEWSFANE_COARSE
from workers.pipeline import Enriched, Pipeline
from workers.records import decode_raw


def register(subparsers: Any) -> None:
    """Add the ``eval`` command."""
    p = subparsers.add_parser("eval", help="score the pipeline on gold JSON Lines (entities, NER tags, quotes, events)")
    p.add_argument("gold", type=Path, help="gold JSON Lines file")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Score the pipeline on ``args.gold``; print a table or JSON."""
    from workers.eval import evaluate_file, format_table

    if not args.gold.is_file():
        print(f"khabar eval: no such file: {args.gold}", file=sys.stderr)
        return 2
    pipeline = Pipeline(echo_text=True, time_budget_seconds=None, max_message_bytes=1 << 30)

    def enrich(raw: dict[str, Any]) -> dict[str, Any]:
        result = pipeline.enrich(decode_raw(orjson.dumps(raw), 1 << 30))
        assert isinstance(result, Enriched)
        return result.record

    # Gold tags may use NewsFANE's fine classes (Politician, Nation...): score them as their coarse types.
    result = evaluate_file(args.gold, enrich, tag_map=NEWSFANE_COARSE.get)
    if args.json:
        sys.stdout.buffer.write(orjson.dumps(result, option=orjson.OPT_INDENT_2) + b"\n")
    else:
        print(format_table(result))
    return 0
