"""``khabar bench``: throughput, latency and memory, each figure beside its ceiling and the project's target.

In process (always): per language, articles/s and words/s of the whole pipeline in one process pinned to one core,
each stage's share of the time, model load time and peak RSS; for English, spaCy en_core_web_sm's full pipeline
alone over the same articles in the same run. With --kafka: end-to-end rate and produce-to-enriched latency through
a real broker with 1 and N worker processes, a passthrough worker (decode and re-encode only) as the ceiling, and
latency at half the maximum rate. The broker is $KHABAR_KAFKA_BOOTSTRAP, else the local dev broker
(deploy/kafka/broker.sh, port $KHABAR_BROKER_PORT or 9092), started and stopped by the bench if it was not running.

Exit status: 0 when the bench ran (missed targets are reported, not failed); 1 when a measurement failed; 2 on bad
arguments or settings.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

import orjson

from workers import __version__
from workers.compiled import status as compiled_status
from workers.settings import SettingsError, load_settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
SEED_DIR = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def register(subparsers: Any) -> None:
    """Add the ``bench`` command."""
    p = subparsers.add_parser("bench", help="throughput, latency and memory, beside ceilings and targets",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", type=Path, action="append", default=[], metavar="FILE",
                   help="raw-article JSON Lines (repeatable; default: the corpora in workers/bench_data)")
    p.add_argument("--lang", choices=("ar", "en", "all"), default="all", help="languages to measure (default all)")
    p.add_argument("--kafka", action="store_true", help="also measure through a real Kafka broker")
    p.add_argument("--workers", type=int, default=2, metavar="N",
                   help="with --kafka: measure with 1 and N worker processes (default 2)")
    p.add_argument("--kafka-seconds", type=float, default=20.0, metavar="S",
                   help="with --kafka: size each pipeline run to about S seconds (default 20)")
    p.add_argument("--limit", type=int, metavar="N", help="use only the first N articles of each corpus")
    p.add_argument("--seed-dir", type=Path, default=SEED_DIR,
                   help="seed article(s), measured as an extra 'ar-seed' figure when present (default ../shared/seeds)")
    p.add_argument("--profile", type=int, nargs="?", const=25, default=0, metavar="TOP",
                   help="profile one more pass per corpus (cProfile); list the TOP functions by own time (default 25)")
    p.add_argument("--json", action="store_true", help="print one JSON object with every figure")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Measure, then print the tables or the JSON object."""
    from workers.bench.corpus import load_corpora, seed_corpus
    from workers.bench.inprocess import run_inprocess
    from workers.bench.report import evaluate_targets, render

    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"khabar bench: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.workers < 1 or (args.limit is not None and args.limit < 1):
        print("khabar bench: --workers and --limit must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    missing = [str(p) for p in args.corpus if not p.is_file()]
    if missing:
        print(f"khabar bench: no such file: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    languages = ("ar", "en") if args.lang == "all" else (args.lang,)
    corpora = load_corpora(args.corpus, languages)
    if not corpora:
        print(f"khabar bench: no articles in {'/'.join(languages)} to measure", file=sys.stderr)
        return EXIT_USAGE
    if "ar" in languages:
        seed = seed_corpus(args.seed_dir)
        if seed is not None:
            corpora[seed.name] = seed
    if args.limit:
        corpora = {name: c.head(args.limit) for name, c in corpora.items()}
    started = time.perf_counter()
    # Whether the Arabic modules ran compiled (workers.compiled): compiled runs about 1.4 times the rate.
    result: dict[str, Any] = {"khabar_version": __version__, "machine": _machine(), "compiled": compiled_status()}
    result["corpora"] = (
        {n: {"lang": c.lang, "source": c.source, "articles": len(c.messages)} for n, c in corpora.items()}
    )
    _say(f"in process: {', '.join(f'{n} ({len(c.messages)})' for n, c in corpora.items())}, one core")
    try:
        result["inprocess"] = run_inprocess(corpora, languages, profile_top=args.profile)
    except Exception as exc:  # a pack that cannot load, a child that died: say which, do not dump a traceback
        print(f"khabar bench: in-process measurement failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    result["kafka"] = None
    if args.kafka:
        from workers.bench.through_kafka import BenchError, run_kafka

        measured = result["inprocess"]["pipeline"]["corpora"]
        rates = {name: c["articles_per_cpu_second"] for name, c in measured.items()}
        mix = [c for name, c in corpora.items() if name in languages]
        _say(f"through Kafka: pipeline and passthrough with 1 and {args.workers} workers")
        try:
            result["kafka"] = run_kafka(mix, settings, rates, args.workers, args.kafka_seconds)
        except BenchError as exc:
            print(f"khabar bench: {exc}", file=sys.stderr)
            return EXIT_FAILED
    result["seconds"] = round(time.perf_counter() - started, 1)
    result["machine"]["load_average_end"] = _load_average()
    result["targets"] = evaluate_targets(result)
    if args.json:
        sys.stdout.buffer.write(orjson.dumps(result, option=orjson.OPT_INDENT_2) + b"\n")
    else:
        print(render(result))
    return EXIT_OK


def _machine() -> dict[str, Any]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpus": os.cpu_count(),
        "usable_cpus": usable,
        "python": platform.python_version(),
        "platform": platform.platform(),
        # Other work on the machine skews every figure: the load average says how busy it was.
        "load_average_start": _load_average(),
    }


def _load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def _say(message: str) -> None:
    print(f"khabar bench: {message}", file=sys.stderr, flush=True)
