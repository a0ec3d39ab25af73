"""``khabar enrich``: raw-article JSON Lines in, enriched JSON Lines out, no broker.

Exit status: 0 when every input line was enriched; 1 when at least one line became a dead letter (the others are
still enriched and written); 2 when the command could not run (bad arguments, unreadable file, invalid settings).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from workers.deadletters import Origin
from workers.pipeline import Enriched, Pipeline
from workers.records import encode, encode_pretty
from workers.settings import SettingsError, load_settings

EXIT_OK, EXIT_DEAD_LETTERS, EXIT_USAGE = 0, 1, 2


def register(subparsers: Any) -> None:
    """Add the ``enrich`` command."""
    p = subparsers.add_parser("enrich", help="enrich raw articles from JSON Lines files or stdin (no broker)",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="*", type=Path, help="raw-article JSON Lines files (default: stdin; '-' is stdin)")
    p.add_argument("--text", help="enrich this one text instead of reading files")
    p.add_argument("--lang", help="language of --text (detected when omitted)")
    p.add_argument("--published-at", help="publication date of --text (YYYY-MM-DD), for resolving relative dates")
    p.add_argument("--id", default="cli-text", help="article id for --text")
    p.add_argument("--dlq", type=Path, help="write dead letters here (default: stderr)")
    p.add_argument("--pretty", action="store_true", help="indented JSON for people")
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
    pipeline = Pipeline(
        languages=settings.languages,
        echo_text=settings.echo_text,
        time_budget_seconds=settings.time_budget_seconds,
        max_message_bytes=settings.max_message_bytes,
    )
    dlq: IO[bytes] = args.dlq.open("wb") if args.dlq else sys.stderr.buffer
    out = sys.stdout.buffer
    dump = encode_pretty if args.pretty else encode
    summary = Summary()
    bar = _progress(None)
    try:
        for result in pipeline.process_many(_inputs(args)):
            if isinstance(result, Enriched):
                out.write(dump(result.record) + b"\n")
                summary.add_enriched(result)
            else:
                dlq.write(encode(result.record) + b"\n")
                summary.add_failed(result.stage, result.error_class)
            if bar is not None:
                bar.update(1)
        out.flush()
    finally:
        if bar is not None:
            bar.close()
        if args.dlq:
            dlq.close()
    if not args.quiet:
        print(summary.render(), file=sys.stderr)
    return EXIT_DEAD_LETTERS if summary.failed else EXIT_OK


class Summary:
    """Running figures for a batch: what ``khabar enrich`` prints at the end."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.enriched = 0
        self.failed = 0
        self.by_lang: Counter[str] = Counter()
        self.by_outcome: Counter[str] = Counter()
        self.items: Counter[str] = Counter()
        self.dead_letters: Counter[str] = Counter()
        self.stage_seconds: Counter[str] = Counter()

    def add_enriched(self, result: Enriched) -> None:
        """Count one enriched article."""
        self.enriched += 1
        self.by_lang[result.record["lang"]] += 1
        self.by_outcome[result.record["outcome"]] += 1
        for kind in ("entities", "quotes", "events"):
            self.items[kind] += len(result.record[kind])
        self.stage_seconds.update(result.stage_seconds)

    def add_failed(self, stage: str, error_class: str) -> None:
        """Count one dead letter."""
        self.failed += 1
        self.dead_letters[f"{stage}/{error_class}"] += 1

    def render(self) -> str:
        """A short human summary."""
        seconds = time.perf_counter() - self.started
        total = self.enriched + self.failed
        lines = [
            f"khabar enrich: {total} articles in {seconds:.2f} s ({total / seconds if seconds else 0:.1f}/s): "
            f"{self.enriched} enriched, {self.failed} dead letters"
        ]
        if self.enriched:
            langs = ", ".join(f"{k} {v}" for k, v in self.by_lang.most_common())
            per = ", ".join(f"{kind} {self.items[kind] / self.enriched:.1f}" for kind in ("entities", "quotes", "events"))
            lines.append(f"  languages: {langs}; per article: {per}")
            unsupported = self.by_outcome.get("lang_unsupported", 0)
            if unsupported:
                lines.append(f"  unsupported language: {unsupported}")
            stage_total = sum(self.stage_seconds.values()) or 1.0
            shares = ", ".join(f"{k} {v / stage_total:.0%}" for k, v in self.stage_seconds.most_common())
            lines.append(f"  time by stage: {shares}")
        if self.failed:
            reasons = ", ".join(f"{k} {v}" for k, v in self.dead_letters.most_common())
            lines.append(f"  dead letters by stage/error: {reasons}")
        return "\n".join(lines)
