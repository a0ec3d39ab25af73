"""promtool accepts the Prometheus configuration and rules, and the alert unit tests pass."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

PROMETHEUS_DIR = Path(__file__).resolve().parents[2] / "deploy" / "prometheus"
PROMTOOL = shutil.which("promtool")

pytestmark = pytest.mark.skipif(
    PROMTOOL is None, reason="promtool not installed (Debian package 'prometheus'; deploy/system-deps.sh installs it)"
)


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    assert PROMTOOL is not None
    return subprocess.run(
        [PROMTOOL, *args], cwd=PROMETHEUS_DIR, capture_output=True, text=True, timeout=60, check=False
    )


def test_check_config() -> None:
    result = promtool("check", "config", "prometheus.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_rules() -> None:
    result = promtool("check", "rules", "alerts.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS: 5 rules found" in result.stdout


def test_alert_unit_tests_pass() -> None:
    result = promtool("test", "rules", "tests/alerts.test.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_alert_has_a_firing_and_a_quiet_unit_test() -> None:
    rules = (PROMETHEUS_DIR / "alerts.yml").read_text(encoding="utf-8")
    tests = (PROMETHEUS_DIR / "tests" / "alerts.test.yml").read_text(encoding="utf-8")
    alerts = [line.split(":", 1)[1].strip() for line in rules.splitlines() if line.strip().startswith("- alert:")]
    assert len(alerts) == 5
    for alert in alerts:
        blocks = tests.split(f"alertname: {alert}\n")[1:]
        assert any(block.lstrip().startswith("exp_alerts: []") for block in blocks), f"{alert}: no quiet case"
        assert any(block.lstrip().startswith("exp_alerts:\n") for block in blocks), f"{alert}: no firing case"
