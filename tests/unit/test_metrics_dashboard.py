"""The dashboard and the alert rules only use metrics the workers export, and the dashboard is well formed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import orjson
from prometheus_client import REGISTRY

from workers import metrics
from workers.pipeline import Enriched, Failed

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "khabar.json"
ALERTS = ROOT / "deploy" / "prometheus" / "alerts.yml"
METRIC = re.compile(r"\b(khabar_[a-z0-9_]+|process_[a-z0-9_]+|python_[a-z0-9_]+)\b")


def dashboard() -> dict[str, Any]:
    data: dict[str, Any] = orjson.loads(DASHBOARD.read_bytes())
    return data


def panels() -> list[dict[str, Any]]:
    return [p for p in dashboard()["panels"] if p["type"] != "row"]


def exported_sample_names() -> set[str]:
    metrics.observe_consumed("articles.raw")
    metrics.observe_enriched(Enriched(record={"lang": "en", "outcome": "ok"}, items={}, stage_seconds={"analyse": 0.1}))
    metrics.observe_failed(Failed(record={}, stage="decode", error_class="InvalidMessage"))
    metrics.set_lag("articles.raw", 0, 1)
    metrics.set_build_info({})
    return {s.name for family in REGISTRY.collect() for s in family.samples}


def test_every_panel_has_a_title_and_promql_targets() -> None:
    for panel in panels():
        assert panel["title"]
        assert panel["targets"], panel["title"]
        assert all(t["expr"].strip() for t in panel["targets"]), panel["title"]


def test_dashboard_metrics_are_all_exported() -> None:
    exported = exported_sample_names()
    used = {name for p in panels() for t in p["targets"] for name in METRIC.findall(t["expr"])}
    assert used
    assert used - exported == set()


def test_alert_metrics_are_all_exported() -> None:
    used = set(METRIC.findall(ALERTS.read_text(encoding="utf-8")))
    assert used
    assert used - exported_sample_names() == set()


def test_every_panel_queries_through_the_datasource_variable() -> None:
    variables = {v["name"] for v in dashboard()["templating"]["list"]}
    assert {"datasource", "instance"} <= variables
    for panel in panels():
        assert panel["datasource"]["uid"] == "${datasource}", panel["title"]
        for target in panel["targets"]:
            assert 'instance=~"$instance"' in target["expr"], (panel["title"], target["expr"])


def test_panels_do_not_overlap() -> None:
    taken: set[tuple[int, int]] = set()
    for panel in dashboard()["panels"]:
        g = panel["gridPos"]
        assert g["x"] + g["w"] <= 24, panel["title"]
        cells = {(x, y) for x in range(g["x"], g["x"] + g["w"]) for y in range(g["y"], g["y"] + g["h"])}
        assert not cells & taken, panel["title"]
        taken |= cells


def test_panel_ids_are_unique() -> None:
    ids = [p["id"] for p in dashboard()["panels"]]
    assert len(ids) == len(set(ids))


def test_the_issue_s_views_are_all_on_the_dashboard() -> None:
    exprs = " ".join(t["expr"] for p in panels() for t in p["targets"])
    for needed in (
        "khabar_messages_consumed_total",  # throughput in
        "khabar_messages_produced_total",  # throughput out
        "khabar_consumer_lag_messages",  # lag per partition
        "khabar_stage_duration_seconds_bucket",  # stage latency
        "khabar_end_to_end_seconds_bucket",  # end to end latency
        "khabar_dead_letters_total",  # dead letters by reason
        "khabar_article_items_sum",  # entities/quotes/events per article
        "khabar_articles_enriched_total",  # articles per language
        "up{",  # workers up
    ):
        assert needed in exprs, needed
    for q in ("0.5", "0.95", "0.99"):
        assert f"histogram_quantile({q}, sum by (stage, le)" in exprs
