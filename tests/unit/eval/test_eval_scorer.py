"""evaluate / evaluate_file / gold_to_raw / format_table, and the seed gold scored against itself."""

import re
from pathlib import Path
from typing import Any

import orjson
import pytest

from workers.eval import evaluate, evaluate_file, format_table, gold_to_raw, read_gold

SEED_GOLD = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "ar" / "seed.gold.jsonl"


def _prediction_from_gold(doc: dict[str, Any]) -> dict[str, Any]:
    """An enriched record that states exactly what the gold says, in the pipeline's shape."""
    text = doc["text"]

    def span(s: str) -> dict[str, Any]:
        start = max(text.find(s), 0)
        return {"text": s, "start": start, "end": start + len(s)}

    entities = [
        {"id": f"e{i}", "type": e["type"], "name": e["names"][0], "mentions": [span(n) for n in e["names"]]}
        for i, e in enumerate(doc.get("entities", []))
    ]
    quotes = [
        {
            "id": f"q{i}",
            "kind": q["kind"],
            **span(q["text"]),
            "cue": None,
            "speaker": {"entity_id": None, **span(q["speaker"][0])},
        }
        for i, q in enumerate(doc.get("quotes", []))
    ]
    events = [
        {
            "id": f"v{i}",
            "type": e["types"][0],
            "mode": e.get("mode"),
            "context": [],
            "trigger": span(e.get("trigger", "")),
            "source": [{"entity_id": None, **span(e["source"][0])}] if e.get("source") else [],
            "target": [{"entity_id": None, **span(e["target"][0])}] if e.get("target") else [],
            "status": "asserted",
            "date": None,
            "location": None,
            "sentence": {"start": 0, "end": len(text)},
            "confidence": 1.0,
        }
        for i, e in enumerate(doc.get("events", []))
    ]
    return {
        "id": doc["id"],
        "lang": doc["lang"],
        "outcome": "ok",
        "text": text,
        "entities": entities,
        "quotes": quotes,
        "events": events,
    }


@pytest.fixture
def seed_docs() -> list[dict[str, Any]]:
    if not SEED_GOLD.exists():
        pytest.skip("../shared/data is not available")
    return read_gold(SEED_GOLD)


def test_seed_gold_against_itself_scores_one(seed_docs: list[dict[str, Any]]) -> None:
    result = evaluate(seed_docs, [_prediction_from_gold(doc) for doc in seed_docs])
    assert result["entities"]["micro"]["f1"] == 1.0
    assert result["entities"]["micro"]["support"] == 22
    assert result["quotes"]["f1"] == 1.0
    assert result["quotes"]["attributed_f1"] == 1.0
    assert result["events"]["f1"] == 1.0
    assert result["events"]["support"] == 10


@pytest.mark.parametrize("name", ["en/plover-gsr.dev.jsonl", "ar/event-sentences.dev.jsonl"])
def test_event_dev_gold_against_itself_scores_one(name: str) -> None:
    path = SEED_GOLD.parents[1] / name
    if not path.exists():
        pytest.skip("../shared/data is not available")
    docs = read_gold(path)
    result = evaluate(docs, [_prediction_from_gold(doc) for doc in docs])
    assert result["events"]["f1"] == 1.0
    assert result["events"]["type_only"]["f1"] == 1.0


GOLD: list[dict[str, Any]] = [
    {
        "id": "a",
        "lang": "ar",
        "text": "زار شويغو موسكو",
        "published_at": "2023-09-04",
        "entities": [{"type": "PERSON", "names": ["شويغو"]}, {"type": "GPE", "names": ["موسكو"]}],
    },
    {"id": "b", "lang": "en", "text": "Protesters marched.", "events_scope": ["PROTEST"], "events": []},
]


def _entity(text: str, start: int, entity_type: str) -> dict[str, Any]:
    return {
        "id": text,
        "type": entity_type,
        "name": text,
        "mentions": [{"text": text, "start": start, "end": start + len(text)}],
    }


PRED: dict[str, dict[str, Any]] = {
    "a": {"id": "a", "outcome": "ok", "entities": [_entity("شويغو", 4, "PERSON"), _entity("موسكو", 10, "ORG")]},
    "b": {"id": "b", "outcome": "ok", "entities": [], "events": [{"type": "PROTEST", "source": [], "target": []}]},
}


def test_only_tasks_the_documents_carry_are_reported() -> None:
    result = evaluate(GOLD, list(PRED.values()))
    assert set(result) == {"docs", "missing_predictions", "entities", "events"}


def test_predictions_are_paired_by_id_not_position() -> None:
    assert evaluate(GOLD, [PRED["b"], PRED["a"]]) == evaluate(GOLD, [PRED["a"], PRED["b"]])


def test_entity_scores_per_class_and_micro() -> None:
    entities = evaluate(GOLD, list(PRED.values()))["entities"]
    assert entities["PERSON"]["f1"] == 1.0
    assert (entities["GPE"]["r"], entities["ORG"]["p"]) == (0.0, 0.0)
    assert entities["micro"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "support": 2, "predicted": 2, "tp": 1}


def test_events_are_scored_on_documents_with_an_empty_event_list() -> None:
    events = evaluate(GOLD, list(PRED.values()))["events"]
    assert (events["support"], events["predicted"], events["p"]) == (0, 1, 0.0)


def test_a_missing_prediction_scores_as_empty() -> None:
    result = evaluate(GOLD, [PRED["b"]])
    assert result["missing_predictions"] == 1
    assert result["entities"]["micro"]["r"] == 0.0


def test_two_predictions_for_one_document_are_an_error() -> None:
    with pytest.raises(ValueError, match="two predictions"):
        evaluate(GOLD, [PRED["a"], PRED["a"]])


def test_ner_is_scored_when_documents_carry_tags() -> None:
    gold = [{"id": "n", "lang": "ar", "tokens": ["زار", "شويغو"], "tags": ["O", "B-PERS"]}]
    record = {"id": "n", "text": "زار شويغو", "entities": [_entity("شويغو", 4, "PERSON")]}
    ner = evaluate(gold, [record])["ner"]
    assert list(ner) == ["PERSON", "ORG", "LOC", "micro"]
    assert ner["PERSON"]["f1"] == 1.0


def test_ner_fine_classes_go_through_the_tag_map() -> None:
    gold = [{"id": "n", "lang": "ar", "tokens": ["زار", "موسكو"], "tags": ["O", "B-Population-Center"]}]
    record = {"id": "n", "text": "زار موسكو", "entities": [_entity("موسكو", 4, "GPE")]}
    assert evaluate(gold, [record])["ner"]["LOC"]["p"] == 0.0
    assert evaluate(gold, [record], tag_map={"Population-Center": "GPE"}.get)["ner"]["LOC"]["f1"] == 1.0


def test_gold_to_raw_joins_tokens_and_drops_annotations() -> None:
    doc = {
        "id": "n",
        "lang": "ar",
        "text": "x",
        "published_at": "2023-09-04",
        "tokens": ["زار", "موسكو"],
        "tags": ["O", "B-LOC"],
    }
    assert gold_to_raw(doc) == {"id": "n", "lang": "ar", "text": "زار موسكو", "published_at": "2023-09-04"}


def test_gold_to_raw_uses_text_without_tokens() -> None:
    raw = gold_to_raw(GOLD[0])
    assert raw["text"] == "زار شويغو موسكو"
    assert "entities" not in raw


def test_evaluate_file_runs_the_pipeline_on_raw_articles(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b"\n".join(orjson.dumps(d) for d in GOLD) + b"\n\n")
    seen: list[dict[str, Any]] = []

    def enrich(raw: dict[str, Any]) -> dict[str, Any]:
        seen.append(raw)
        record = dict(PRED[raw["id"]])
        del record["id"]  # the pipeline need not echo the gold id; records pair by position
        return record

    result = evaluate_file(path, enrich)
    assert [r["id"] for r in seen] == ["a", "b"]
    assert all("entities" not in r and "events" not in r for r in seen)
    assert result["seconds"] >= 0.0
    assert result["entities"]["micro"]["tp"] == 1


def test_format_table_lists_every_scored_row() -> None:
    result = evaluate(GOLD, list(PRED.values()))
    result["seconds"] = 1.25
    table = format_table(result)
    assert "documents: 2" in table
    assert "pipeline seconds: 1.250" in table
    assert re.search(r"^entities +micro +0\.500 +0\.500 +0\.500 +2 +2$", table, re.MULTILINE)
    assert "type only" in table


def test_format_table_shows_quote_speaker_figures(seed_docs: list[dict[str, Any]]) -> None:
    table = format_table(evaluate(seed_docs, [_prediction_from_gold(doc) for doc in seed_docs]))
    assert "speaker accuracy 1.000 over 12 matched" in table
