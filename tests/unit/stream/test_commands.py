"""The stream commands fail fast and clearly before touching Kafka: bad settings, missing files, no broker."""

from __future__ import annotations

import os
import subprocess
import sys

KHABAR = [sys.executable, "-m", "workers.cli"]


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KHABAR_")}
    return subprocess.run(
        [*KHABAR, *args], env={**clean, **env}, capture_output=True, text=True, timeout=60, check=False
    )


def test_the_worker_refuses_bad_settings_and_names_every_one() -> None:
    done = run("worker", KHABAR_CONCURRENCY="many", KHABAR_SESSION_TIMEOUT_SECONDS="1", KHABAR_TOPIC_RAW="a b")
    assert done.returncode == 2
    for name in ("KHABAR_CONCURRENCY='many'", "KHABAR_SESSION_TIMEOUT_SECONDS='1'", "KHABAR_TOPIC_RAW='a b'"):
        assert name in done.stderr
    assert "Traceback" not in done.stderr


def test_worker_check_prints_the_settings_without_the_password() -> None:
    done = run(
        "worker", "--check", KHABAR_SASL_MECHANISM="PLAIN", KHABAR_SASL_USERNAME="u", KHABAR_SASL_PASSWORD="hunter2"
    )
    assert done.returncode == 0
    assert "sasl_username='u'" in done.stdout and "hunter2" not in done.stdout


def test_produce_refuses_a_missing_file() -> None:
    done = run("produce", "/nonexistent/articles.jsonl")
    assert (done.returncode, done.stderr.strip()) == (2, "khabar produce: no such file: /nonexistent/articles.jsonl")


def test_topics_create_without_a_broker_says_so() -> None:
    done = run("topics", "create", "--wait", "1", KHABAR_KAFKA_BOOTSTRAP="127.0.0.1:1")
    assert done.returncode == 2
    assert "no Kafka broker reachable at 127.0.0.1:1" in done.stderr
