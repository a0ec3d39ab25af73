"""``khabar demo``: the main job on one machine, end to end.

A local Apache Kafka broker (unless ``KHABAR_KAFKA_BOOTSTRAP`` names one), ``khabar worker`` as a child process, the
sample articles produced to the raw topic, and the enriched records read back and shown. Where Java or the broker
script is missing, or the broker does not start, it says so and runs the same pipeline without a broker
(``khabar enrich``) so the results are still shown.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import orjson

from workers.deadletters import Origin
from workers.pipeline import Enriched, Pipeline
from workers.render import render_record
from workers.settings import Settings, SettingsError, load_settings

REPO = Path(__file__).resolve().parents[2]
BROKER_SCRIPT = REPO / "deploy" / "kafka" / "broker.sh"
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles.jsonl"
SEED = REPO.parent / "shared" / "seeds" / "000_0b3fa9cc17318718.txt"


def register(subparsers: Any) -> None:
    """Add the ``demo`` command."""
    p = subparsers.add_parser("demo", help="broker + worker + sample articles, results shown (no-broker fallback)")
    p.add_argument("--no-broker", action="store_true", help="skip Kafka: run the pipeline in process")
    p.add_argument("--keep-broker", action="store_true", help="leave the local broker running afterwards")
    p.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for the worker and the results")
    p.set_defaults(handler=run)


def demo_articles(run_id: str) -> list[dict[str, Any]]:
    """The sample articles (and the seed article in a development checkout), tagged with this run's id."""
    articles = [orjson.loads(line) for line in SAMPLES.read_bytes().splitlines() if line.strip()]
    if SEED.is_file():
        text = SEED.read_text(encoding="utf-8")
        articles.insert(0, {"id": "seed-000", "lang": "ar", "published_at": "2023-09-04", "text": text})
    for article in articles:
        article["metadata"] = {**(article.get("metadata") or {}), "demo_run": run_id}
    return articles


def _say(message: str) -> None:
    print(f"khabar demo: {message}", file=sys.stderr, flush=True)


def _show(records: list[dict[str, Any]]) -> None:
    for record in records:
        print(render_record(record), end="\n\n", flush=True)


def run_without_broker(articles: list[dict[str, Any]]) -> int:
    """The fallback: the same pipeline in this process."""
    pipeline = Pipeline()
    records = []
    for i, article in enumerate(articles, 1):
        result = pipeline.process(orjson.dumps(article), Origin(file="samples", line=i))
        if isinstance(result, Enriched):
            records.append(result.record)
    _show(records)
    _say(
        f"{len(records)} of {len(articles)} articles enriched in process (no broker); "
        "raw JSON: khabar enrich workers/samples/articles.jsonl"
    )
    return 0 if len(records) == len(articles) else 1


def _broker(action: str) -> subprocess.CompletedProcess[str]:
    bash = shutil.which("bash") or "/bin/bash"
    # A fixed argument list naming the project's own script: no user input reaches the command line.
    return subprocess.run([bash, str(BROKER_SCRIPT), action], capture_output=True, text=True, check=False)  # noqa: S603


def _start_local_broker() -> str | None:
    """Start the dev broker; return why not when it cannot be."""
    missing = [tool for tool in ("java", "bash") if shutil.which(tool) is None]
    if missing:
        return f"{' and '.join(missing)} not found (the local broker needs Java 17+; Maven fetches Kafka once)"
    if not BROKER_SCRIPT.is_file():
        return f"{BROKER_SCRIPT} not found (run the demo from a checkout of the repository)"
    _say("starting a local Kafka broker (first run fetches Apache Kafka from Maven Central)…")
    done = _broker("start")
    if done.returncode != 0:
        return "the local broker did not start:\n" + "\n".join(done.stderr.strip().splitlines()[-8:])
    return None


def _metrics_excerpt(settings: Settings) -> str:
    url = f"http://{settings.metrics_host}:{settings.metrics_port}/metrics"
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            body = response.read().decode("utf-8")
    except OSError:
        return ""
    keep = ("khabar_articles_enriched_total", "khabar_dead_letters_total", "khabar_messages_produced_total")
    return "\n".join(line for line in body.splitlines() if line.startswith(keep))


def run_with_broker(settings: Settings, articles: list[dict[str, Any]], run_id: str, timeout: float) -> int:
    """Worker as a child process, samples produced, enriched records read back and shown."""
    from workers.stream.admin import ensure_topics
    from workers.stream.local import start_worker
    from workers.stream.produce import make_producer, produce_lines
    from workers.stream.tail import read

    ensure_topics(settings)
    log = Path(tempfile.mkdtemp(prefix="khabar-demo-")) / "worker.log"
    env = {"KHABAR_KAFKA_BOOTSTRAP": settings.bootstrap}
    _say(f"starting khabar worker (log: {log})…")
    worker = start_worker(env, log)
    try:
        worker.wait_ready(timeout=timeout)
        producer = make_producer(settings)
        report = produce_lines(producer, settings.topics.raw, [orjson.dumps(a) for a in articles])
        producer.close()
        _say(f"produced {report.sent} articles to {settings.topics.raw}; waiting for {settings.topics.enriched}…")
        wanted = {a["id"] for a in articles}
        records: dict[str, dict[str, Any]] = {}
        deadline = time.monotonic() + timeout
        for message in read(settings, settings.topics.enriched, count=0, from_beginning=True, follow=True, timeout=30):
            record = orjson.loads(message.value or b"{}")
            if (record.get("metadata") or {}).get("demo_run") == run_id:
                records[record["id"]] = record
            if wanted <= records.keys() or time.monotonic() > deadline:
                break
        _show([records[a["id"]] for a in articles if a["id"] in records])
        excerpt = _metrics_excerpt(settings)
        _say(f"{len(records)} of {len(articles)} articles enriched through Kafka at {settings.bootstrap}")
        _say(
            f"metrics: http://{settings.metrics_host}:{settings.metrics_port}/metrics (while a worker runs); "
            "dashboards: deploy/grafana, alerts: deploy/prometheus"
        )
        if excerpt:
            print(excerpt, file=sys.stderr)
        _say(f"read the topics yourself: khabar tail {settings.topics.enriched} --from-beginning")
        return 0 if wanted <= records.keys() else 1
    finally:
        worker.stop()


def run(args: argparse.Namespace) -> int:
    """Run the demo; fall back to the in-process pipeline when there is no broker to be had."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"khabar demo: {exc}", file=sys.stderr)
        return 2
    run_id = uuid.uuid4().hex[:12]
    articles = demo_articles(run_id)
    if args.no_broker:
        return run_without_broker(articles)
    started_broker = False
    if settings.kafka_bootstrap is None:
        problem = _start_local_broker()
        if problem:
            _say(problem)
            _say("falling back to the same pipeline without a broker (khabar enrich)")
            return run_without_broker(articles)
        started_broker = True
    from workers.stream.local import WorkerFailed

    try:
        return run_with_broker(settings, articles, run_id, args.timeout)
    except WorkerFailed as exc:
        _say(f"the worker failed: {exc}")
        return 1
    finally:
        if started_broker and not args.keep_broker:
            _broker("stop")
            _say("local broker stopped (keep it with --keep-broker; stop it with make broker-stop)")
