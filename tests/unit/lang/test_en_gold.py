"""The English pack against the English gold: the project's accuracy targets as regression tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from workers.eval.scorer import evaluate, gold_to_raw, read_gold
from workers.pipeline import Pipeline
from workers.records import decode_raw

REPO = Path(__file__).resolve().parents[3]
VOA_GOLD = REPO / "tests" / "data" / "gold" / "en-voa.gold.jsonl"
# Development data outside the repository; the test is skipped where it is not available.
PLOVER_DEV = REPO.parent / "shared" / "data" / "en" / "plover-gsr.dev.jsonl"


def scores(path: Path) -> dict[str, Any]:
    gold = read_gold(path)
    pipeline = Pipeline(languages=("en",))
    records = [pipeline.enrich(decode_raw(orjson.dumps(gold_to_raw(doc)), 10**7)).record for doc in gold]
    return evaluate(gold, records)


@pytest.fixture(scope="module")
def voa() -> dict[str, Any]:
    return scores(VOA_GOLD)


def test_voa_entities_micro_f1_is_at_least_085(voa: dict[str, Any]) -> None:
    assert voa["entities"]["micro"]["f1"] >= 0.85


def test_voa_quotes_f1_is_at_least_075(voa: dict[str, Any]) -> None:
    assert voa["quotes"]["f1"] >= 0.75


def test_voa_quote_speaker_accuracy_is_at_least_085(voa: dict[str, Any]) -> None:
    assert voa["quotes"]["speaker_accuracy"] >= 0.85


@pytest.mark.skipif(not PLOVER_DEV.exists(), reason="PLOVER dev data not available")
def test_plover_dev_events_meet_the_targets() -> None:
    events = scores(PLOVER_DEV)["events"]
    assert events["type_only"]["f1"] >= 0.65
    assert events["f1"] >= 0.50
