"""``khabar enrich``: raw-article JSON Lines in, enriched JSON Lines out, no broker.

Exit status: 0 when every input line was enriched; 1 when at least one line became a dead letter (the others are
still enriched and written); 2 when the command could not run (bad arguments, unreadable file, invalid settings).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from workers import metrics
from workers.deadletters import Origin
from workers.pipeline import Enriched, Pipeline
from workers.records import encode, encode_pretty
from workers.render import render_record
from workers.settings import SettingsError, load_settings

EXIT_OK, EXIT_DEAD_LETTERS, EXIT_USAGE = 0, 1, 2


def register(subparsers: Any) -> None:
    """Add the ``enrich`` command."""
    p = subparsers.add_parser(
        "enrich",
        help="enrich raw articles from JSON Lines files or stdin (no broker)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", type=Path, help="raw-article JSON Lines files (default: stdin; '-' is stdin)")
    p.add_argument("--text", help="enrich this one text instead of reading files")
    p.add_argument("--lang", help="language of --text (detected when omitted)")
    p.add_argument("--published-at", help="publication date of --text (YYYY-MM-DD), for resolving relative dates")
    p.add_argument("--id", default="cli-text", help="article id for --text")
    p.add_argument("--dlq", type=Path, help="write dead letters here (default: stderr)")
    p.add_argument("--pretty", action="store_true", help="indented JSON for people")
    p.add_argument("--report", action="store_true", help="a short readable report per article instead of JSON")
    p.add_argument("--quiet", action="store_true", help="no summary")
    p.set_defaults(handler=run)


def _inputs(args: argparse.Namespace) -> Iterator[tuple[bytes, Origin]]:
    if args.text is not None:
        raw: dict[str, Any] = {"id": args.id, "text": args.text}
        if args.lang:
            raw["lang"] = args.lang
        if args.published_at:
            raw["published_at"] = args.published_at
        yield orjson.dumps(raw), Origin(file="--text", line=1)
        return
    for path in args.files or [Path("-")]:
        stream = sys.stdin.buffer if str(path) == "-" else path.open("rb")
        name = "<stdin>" if str(path) == "-" else str(path)
        try:
            for number, line in enumerate(stream, 1):
                if line.strip():
                    yield line.rstrip(b"\r\n"), Origin(file=name, line=number)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()


def _report(record: dict[str, Any]) -> bytes:
    return render_record(record).encode("utf-8") + b"\n"


def _progress(total: int | None) -> Any:
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, leave=False)


def run(args: argparse.Namespace) -> int:
    """Enrich every input line; write records to stdout and dead letters to ``--dlq``; summarise on stderr."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"khabar enrich: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for path in args.files:
        if str(path) != "-" and not path.is_file():
            print(f"khabar enrich: no such file: {path}", file=sys.stderr)
            return EXIT_USAGE
    pipeline = Pipeline.from_settings(settings)
    dlq: IO[bytes] = args.dlq.open("wb") if args.dlq else sys.stderr.buffer
    out = sys.stdout.buffer
    dump = _report if args.report else encode_pretty if args.pretty else encode
    since = metrics.snapshot()
    failed = 0
    bar = _progress(None)
    try:
        for result in pipeline.process_many(_inputs(args)):
            if isinstance(result, Enriched):
                out.write(dump(result.record) + b"\n")
                metrics.observe_enriched(result)
            else:
                dlq.write(encode(result.record) + b"\n")
                metrics.observe_failed(result)
                failed += 1
            if bar is not None:
                bar.update(1)
        out.flush()
    finally:
        if bar is not None:
            bar.close()
        if args.dlq:
            dlq.close()
    if not args.quiet:
        # The same figures the worker exports on /metrics, as a short summary of this batch.
        print("\n".join(metrics.summary_lines(since, name="khabar enrich")), file=sys.stderr)
    return EXIT_DEAD_LETTERS if failed else EXIT_OK
