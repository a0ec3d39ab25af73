"""A real Prometheus scrapes a real ``khabar worker`` while articles flow through a real broker.

Then its HTTP API is asked: does every metric the dashboard uses have series, does every panel's PromQL return
data, and do the shipped alert rules load and evaluate cleanly? The Prometheus configuration is the shipped
``deploy/prometheus/prometheus.yml`` with its intervals shortened to 1 s and its target file pointing at the worker.
"""

from __future__ import annotations

import itertools
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
import pytest
from kafka import KafkaProducer

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
if TYPE_CHECKING:
    from tests.integration.conftest import Broker

PROMETHEUS_DIR = ROOT / "deploy" / "prometheus"
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "khabar.json"
RAW_TOPIC = "articles.raw"
# Grafana's own variables, as a panel over the last minutes would get them.
GRAFANA_VARIABLES = {"$__rate_interval": "1m", "$__interval": "1s", "$__range": "5m"}
METRIC = re.compile(r"\b(khabar_[a-z0-9_]+|process_[a-z0-9_]+|python_[a-z0-9_]+|up)\b(?=\s*[{\[)])")
WORKER_READY_TIMEOUT_S = 240
DATA_TIMEOUT_S = 180

ENGLISH = [
    "The United Nations Security Council met in New York on Tuesday to discuss the conflict in Sudan. "
    '"We call on all parties to cease hostilities immediately," said Linda Thomas-Greenfield, the US ambassador.',
    "Protesters gathered outside the parliament in Nairobi on Monday, demanding lower food prices. "
    "Police fired tear gas to disperse the crowd, according to witnesses.",
    "Egypt and Jordan signed an agreement in Cairo to expand trade in energy and agriculture, "
    "the Egyptian foreign ministry said in a statement.",
    '"The talks were constructive," the Iranian foreign minister told reporters in Geneva '
    "after meeting European envoys.",
]
ARABIC = [
    "اجتمع وزير الخارجية المصري مع نظيره الأردني في القاهرة يوم الأحد لبحث التعاون الاقتصادي بين البلدين.",
    "قال المتحدث باسم الحكومة إن الوزارة ستعلن عن خطة جديدة لدعم المزارعين في الأسبوع المقبل.",
    "تظاهر مئات الأشخاص في بيروت احتجاجا على ارتفاع الأسعار، وفق ما أفاد شهود عيان.",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def http_get(url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return int(response.status), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except OSError:
        return 0, b""


def tail(path: Path, lines: int = 60) -> str:
    if not path.exists():
        return f"({path} does not exist)"
    return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


# --- the broker --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def broker(kafka_broker: Broker) -> Broker:
    """The session's broker (tests/integration/conftest.py); this test uses the default topic names on it."""
    return kafka_broker


# --- the worker --------------------------------------------------------------------------------------------------


@dataclass
class Worker:
    process: subprocess.Popen[bytes]
    metrics_port: int
    log: Path

    def ready(self) -> bool:
        return http_get(f"http://127.0.0.1:{self.metrics_port}/readyz")[0] == 200


def khabar_command() -> list[str]:
    """The installed ``khabar`` script next to this Python, else the CLI module run by this Python."""
    script = Path(sys.executable).parent / "khabar"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "workers.cli"]


@pytest.fixture(scope="module")
def worker(broker: Broker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Worker]:
    """``khabar worker`` as a subprocess against the broker, ready to consume."""
    workdir = tmp_path_factory.mktemp("worker")
    log = workdir / "worker.log"
    port = free_port()
    env = {
        **os.environ,
        "KHABAR_KAFKA_BOOTSTRAP": broker.bootstrap,
        "KHABAR_METRICS_HOST": "127.0.0.1",
        "KHABAR_METRICS_PORT": str(port),
        "KHABAR_CONSUMER_GROUP": "khabar-prometheus-test",
        # Lag is sampled on the stats timer: often enough here that the lag panels fill within seconds.
        "KHABAR_STATS_INTERVAL_SECONDS": "2",
        "KHABAR_TOPIC_PARTITIONS": "2",
    }
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*khabar_command(), "worker"], cwd=workdir, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    started = Worker(process, port, log)
    try:
        deadline = time.monotonic() + WORKER_READY_TIMEOUT_S
        while not started.ready():
            assert process.poll() is None, f"khabar worker exited with {process.returncode}:\n{tail(log)}"
            waited = f"khabar worker not ready after {WORKER_READY_TIMEOUT_S} s"
            assert time.monotonic() < deadline, f"{waited}:\n{tail(log)}"
            time.sleep(1)
        yield started
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


# --- the article stream ------------------------------------------------------------------------------------------


def messages() -> Iterator[bytes]:
    """An endless mix of English and Arabic articles, an unsupported language, and two kinds of bad message."""
    texts = itertools.cycle([(t, "en") for t in ENGLISH] + [(t, "ar") for t in ARABIC])
    for n in itertools.count():
        if n % 10 == 9:
            yield b"{this is not json"
        elif n % 10 == 4:
            yield orjson.dumps({"id": f"prom-{n}", "title": "no text and no html"})
        elif n % 10 == 7:
            yield orjson.dumps({"id": f"prom-{n}", "text": "Bonjour à tous, la réunion commence à midi.", "lang": "fr"})
        else:
            text, lang = next(texts)
            yield orjson.dumps({"id": f"prom-{n}", "text": text, "lang": lang, "published_at": "2024-05-14"})


@pytest.fixture(scope="module")
def article_flow(broker: Broker, worker: Worker) -> Iterator[None]:
    """Articles produced at a steady few per second for as long as the tests run, so every rate window has data."""
    stop = threading.Event()
    errors: list[BaseException] = []

    def produce() -> None:
        producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks="all", linger_ms=0)
        try:
            for n, message in enumerate(messages()):
                if stop.is_set():
                    break
                producer.send(RAW_TOPIC, key=str(n).encode(), value=message)
                # Bursts of 6 then a pause (about 2.5 a second): backlog builds and drains, as in real traffic.
                stop.wait(0.05 if n % 6 else 2.0)
            producer.flush(timeout=30)
        except BaseException as exc:
            errors.append(exc)
        finally:
            producer.close(timeout=10)

    thread = threading.Thread(target=produce, name="article-producer", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=60)
    assert not errors, f"producer failed: {errors[0]!r}"


# --- Prometheus --------------------------------------------------------------------------------------------------


@dataclass
class Prometheus:
    url: str
    log: Path

    def query(self, expr: str) -> list[dict[str, Any]]:
        status, body = http_get(f"{self.url}/api/v1/query?" + urllib.parse.urlencode({"query": expr}))
        assert status == 200, f"query {expr!r}: HTTP {status}: {body[:500]!r}"
        answer: dict[str, Any] = orjson.loads(body)
        assert answer["status"] == "success", answer
        result: list[dict[str, Any]] = answer["data"]["result"]
        return result

    def series(self, metric: str) -> list[dict[str, str]]:
        status, body = http_get(f"{self.url}/api/v1/series?" + urllib.parse.urlencode({"match[]": metric}))
        assert status == 200, f"series {metric!r}: HTTP {status}"
        found: list[dict[str, str]] = orjson.loads(body)["data"]
        return found

    def get(self, path: str) -> Any:
        status, body = http_get(f"{self.url}{path}")
        assert status == 200, f"{path}: HTTP {status}"
        return orjson.loads(body)["data"]


def shipped_config_for(worker_port: int, workdir: Path) -> Path:
    """The repository's prometheus.yml and alerts.yml, with 1 s intervals and the worker as the only target."""
    config = (PROMETHEUS_DIR / "prometheus.yml").read_text(encoding="utf-8")
    for old, new in (
        ("scrape_interval: 15s", "scrape_interval: 1s"),
        ("evaluation_interval: 15s", "evaluation_interval: 1s"),
        ("scrape_timeout: 5s", "scrape_timeout: 1s"),
        ("refresh_interval: 1m", "refresh_interval: 5s"),
    ):
        assert old in config, f"prometheus.yml no longer contains {old!r}: update this test"
        config = config.replace(old, new)
    (workdir / "prometheus.yml").write_text(config, encoding="utf-8")
    shutil.copy(PROMETHEUS_DIR / "alerts.yml", workdir / "alerts.yml")
    (workdir / "targets").mkdir()
    (workdir / "targets" / "khabar.yml").write_text(
        f"- targets: ['127.0.0.1:{worker_port}']\n  labels:\n    env: test\n", encoding="utf-8"
    )
    return workdir / "prometheus.yml"


@pytest.fixture(scope="module")
def prometheus(worker: Worker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prometheus]:
    """Debian's Prometheus server on a free port with a throwaway data dir, scraping the worker every second."""
    binary = shutil.which("prometheus")
    assert binary, "the prometheus server is not installed (Debian package 'prometheus'; deploy/system-deps.sh)"
    workdir = tmp_path_factory.mktemp("prometheus")
    config = shipped_config_for(worker.metrics_port, workdir)
    port = free_port()
    log = workdir / "prometheus.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                binary,
                f"--config.file={config}",
                f"--storage.tsdb.path={workdir / 'data'}",
                f"--web.listen-address=127.0.0.1:{port}",
                "--storage.tsdb.retention.time=1h",
            ],
            cwd=workdir,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while http_get(f"{url}/-/ready")[0] != 200:
            assert process.poll() is None, f"prometheus exited with {process.returncode}:\n{tail(log)}"
            assert time.monotonic() < deadline, f"prometheus not ready after 60 s:\n{tail(log)}"
            time.sleep(0.5)
        yield Prometheus(url, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


# --- the dashboard's queries -------------------------------------------------------------------------------------


def dashboard() -> dict[str, Any]:
    data: dict[str, Any] = orjson.loads(DASHBOARD.read_bytes())
    return data


def panel_queries() -> list[tuple[str, str]]:
    """(panel title, PromQL with Grafana's variables substituted) for every query of every panel."""
    variables = dict(GRAFANA_VARIABLES)
    for variable in dashboard()["templating"]["list"]:
        if variable["type"] == "query":
            # "All" selected: Grafana sends the variable's allValue.
            variables[f"${variable['name']}"] = variable["allValue"]
    queries = []
    for panel in dashboard()["panels"]:
        for target in panel.get("targets", []):
            expr = target["expr"]
            # Longest names first, so $__rate_interval is not taken for $__range plus a suffix.
            for name in sorted(variables, key=len, reverse=True):
                expr = expr.replace(name, variables[name])
            assert "$" not in expr, f"{panel['title']}: unsubstituted variable in {expr!r}"
            queries.append((panel["title"], expr))
    return queries


def has_finite_value(result: list[dict[str, Any]]) -> bool:
    return any(math.isfinite(float(r["value"][1])) for r in result)


def wait_for(check: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while True:
        missing = check()
        if not missing:
            return
        if time.monotonic() > deadline:
            pytest.fail(f"{what} after {timeout:.0f} s: {missing}")
        time.sleep(2)


def test_every_dashboard_metric_has_series(prometheus: Prometheus, article_flow: None) -> None:
    metric_names = sorted({m for _, expr in panel_queries() for m in METRIC.findall(expr)})
    assert "khabar_consumer_lag_messages" in metric_names

    def missing() -> list[str]:
        return [m for m in metric_names if not prometheus.series(f'{m}{{job="khabar"}}')]

    wait_for(missing, DATA_TIMEOUT_S, "metrics used by the dashboard without series")


def test_every_panel_query_returns_data(prometheus: Prometheus, article_flow: None) -> None:
    queries = panel_queries()
    assert len(queries) >= 20

    def empty() -> list[str]:
        return [f"{title}: {expr}" for title, expr in queries if not has_finite_value(prometheus.query(expr))]

    wait_for(empty, DATA_TIMEOUT_S, "panel queries returning no finite value")


def test_the_worker_target_is_up(prometheus: Prometheus) -> None:
    def not_up() -> list[str]:
        targets = [t for t in prometheus.get("/api/v1/targets")["activeTargets"] if t["labels"]["job"] == "khabar"]
        if not targets:
            return ["no khabar target"]
        return [f"{t['scrapeUrl']}: {t['health']} {t['lastError']}" for t in targets if t["health"] != "up"]

    wait_for(not_up, 30, "khabar targets not up")


def test_shipped_alert_rules_load_and_evaluate_without_errors(prometheus: Prometheus, article_flow: None) -> None:
    def unhealthy() -> list[str]:
        groups = prometheus.get("/api/v1/rules")["groups"]
        rules = [rule for group in groups for rule in group["rules"]]
        if len(rules) != 5:
            return [f"{len(rules)} rules loaded, expected 5"]
        return [f"{r['name']}: {r['health']} {r.get('lastError', '')}" for r in rules if r["health"] != "ok"]

    wait_for(unhealthy, 30, "alert rules not evaluating cleanly")


def test_worker_down_and_no_progress_stay_quiet_while_articles_flow(prometheus: Prometheus, article_flow: None) -> None:
    # Their for: durations are minutes, so a wrong rule would show as pending here (for example, lag and consumption
    # series whose labels do not match, which would make "no progress" true for a worker that is consuming).
    # The other alerts may rightly be pending: this stream has 20% bad messages and may outpace a 2-core machine.
    wait_for(
        lambda: [] if prometheus.query('sum(rate(khabar_messages_consumed_total{job="khabar"}[1m])) > 0') else ["idle"],
        DATA_TIMEOUT_S,
        "the worker consuming nothing",
    )
    time.sleep(5)
    alerts = prometheus.get("/api/v1/alerts")["alerts"]
    wrong = [a for a in alerts if a["labels"]["alertname"] in ("KhabarWorkerDown", "KhabarNoProgress")]
    assert wrong == [], wrong
